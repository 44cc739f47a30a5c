"""Agreements listed in tables: one candidate per partner of a home city.

The steps, in order, for each table block:

1. :mod:`.grid` — the cells, located in the block text (a two-row header read as one,
   :mod:`.columns`);
2. :mod:`.setting` — what the text around the table says: the home city its caption
   or heading names, the kind of tie, whether it is about twinning;
3. :mod:`.rows` — the rows, read by column role when the header names a partner
   column and no cell lists several partners, else by content (:mod:`.cells`:
   partner cells of place items read by :mod:`.items`, a home cell, a membership or
   organisation cell), or as plain rows of a table about twinning;
4. the table's status policy: when some items of a table are marked informal
   («نارسمی»), its unmarked items are formal by contrast (``by_contrast``, which
   :mod:`textkit.extract.resolve` scores lower); when none is marked, an unmarked
   item states no stage.

Stage, kind and year are what the row or the item says (:mod:`.values`): a kind of tie
(«دوستی», MoU) sets the kind, never the stage.

Example:
    >>> from textkit.model import Block, Document, Table
    >>> from textkit.extract.context import Context
    >>> cells = ("یزد", "۱. بم، ایران ۲. حمص، سوریه: نارسمی")
    >>> t = Table(header=("نام شهر", "نام خواهر شهر"), rows=(cells,))
    >>> b = Block("t1", 1, "table", "نام شهر\\nنام خواهر شهر\\n" + "\\n".join(cells), table=t)
    >>> ctx = Context.of(Document("x.txt", "0", "text", 1, [b]), None)
    >>> [(c.partner.name, c.stage, c.by_contrast) for c in table_candidates(ctx)]
    [('بم', 'formal', True), ('حمص', 'informal', False)]
"""

from __future__ import annotations

from dataclasses import replace

from textkit.extract.context import Context
from textkit.extract.model import Candidate
from textkit.extract.sources.tables.cells import cell_kind_of, is_partner_list
from textkit.extract.sources.tables.columns import header_roles
from textkit.extract.sources.tables.grid import Grid, grid_of
from textkit.extract.sources.tables.rows import by_content, by_role
from textkit.extract.sources.tables.setting import setting_of

__all__ = ["table_candidates"]


def table_candidates(ctx: Context) -> list[Candidate]:
    """Candidates from every table of the document (see the module doc)."""
    out: list[Candidate] = []
    for index, block in enumerate(ctx.blocks):
        if block.kind == "table" and block.table is not None:
            out += by_contrast(read_table(ctx, index))
    return out


def read_table(ctx: Context, index: int) -> list[Candidate]:
    """The candidates of the table at ``ctx.blocks[index]``, before the status policy."""
    grid = grid_of(ctx.blocks[index])
    setting = setting_of(ctx, index)
    roles = header_roles(grid.header, home_known=setting.home is not None) if grid.header else None
    if roles is not None and not _lists_in_cells(ctx, grid):
        return by_role(ctx, grid, roles, setting)
    return by_content(ctx, grid, setting)


def _lists_in_cells(ctx: Context, grid: Grid) -> bool:
    """Whether a cell lists several partners or memberships: then the columns do not
    hold one value each, and rows are read by content."""
    return any(
        is_partner_list(c.text, ctx.linker) or cell_kind_of(c.text, ctx.linker) == "members"
        for row in grid.rows
        for c in row
    )


def by_contrast(candidates: list[Candidate]) -> list[Candidate]:
    """The status policy of one table: when some items are marked informal, the
    unmarked ones are formal by contrast; otherwise nothing changes.

    Example:
        >>> by_contrast([])
        []
    """
    if not any(c.stage == "informal" for c in candidates):
        return candidates
    return [
        replace(c, stage="formal", by_contrast=True) if c.stage is None else c for c in candidates
    ]
