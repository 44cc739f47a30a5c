"""A table block as a grid of cells that know where the block text prints them.

The block text of a table is its cells in reading order, one per line (header, then
row by row). Each cell is found there in order, so a place read in a cell has exact
offsets into the block; a cell the normaliser printed with other spacing is found by
its words, and one that cannot be found at all keeps ``start == -1``.

Example:
    >>> from textkit.model import Block, Table
    >>> t = Table(header=("شهر", "کشور"), rows=(("هرات", "افغانستان"),))
    >>> g = grid_of(Block("t1", 1, "table", "شهر\\nکشور\\nهرات\\nافغانستان", table=t))
    >>> [(c.text, c.start) for c in g.rows[0]]
    [('هرات', 9), ('افغانستان', 14)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textkit.extract.sources.tables.columns import merge_header_rows
from textkit.model import Block

__all__ = ["Cell", "Grid", "grid_of"]


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: its text as printed in the block (``block.text[start:end]``) when it
    was found there, else as the table holds it with ``start == end == -1``."""

    text: str
    start: int
    end: int

    @property
    def found(self) -> bool:
        return self.start >= 0


@dataclass(frozen=True, slots=True)
class Grid:
    """A table block read as a header (two-row headers merged) and located rows."""

    block: Block
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _pattern(cell: str) -> re.Pattern[str]:
    """The cell's words with any spacing between them."""
    return re.compile(r"\s+".join(re.escape(w) for w in cell.split()))


def _locate(text: str, cell: str, pos: int) -> Cell:
    want = cell.strip()
    if not want:
        return Cell("", -1, -1)
    at = text.find(want, pos)
    if at < 0:
        at = text.find(want)
    if at >= 0:
        return Cell(want, at, at + len(want))
    m = _pattern(want).search(text, pos) or _pattern(want).search(text)
    if m is not None:
        return Cell(m.group(), m.start(), m.end())
    return Cell(" ".join(want.split()), -1, -1)


def grid_of(block: Block) -> Grid:
    """The grid of a table block (``block.table`` must be set)."""
    assert block.table is not None
    table = block.table
    header, taken = merge_header_rows(table.header, table.rows)
    text = block.text
    pos = 0
    for cell in table.header:  # the header is printed first: step over it
        located = _locate(text, cell, pos)
        pos = located.end if located.found else pos
    rows: list[tuple[Cell, ...]] = []
    for row in table.rows:
        cells = []
        for cell in row:
            located = _locate(text, cell, pos)
            pos = located.end if located.found else pos
            cells.append(located)
        rows.append(tuple(cells))
    return Grid(block, header, tuple(rows[taken:]))
