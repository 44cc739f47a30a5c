"""Tables: pdfplumber's ruling-line finder for the cell grid, our own text per cell.

:func:`ruled_tables` finds the cells from the drawn rules; the text of
each cell is rebuilt from the glyphs inside it with the same line, bidi and
letter code as body text (pdfplumber's own cell text is in visual order).
Right-to-left tables get their columns reversed so that column 0 is the one
read first.  Tables continued on the next page are merged by the caller with
:func:`merge_continued`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from textkit.layout.brackets import Brackets
from textkit.layout.lines import Glyph, Line, cluster_lines, last_strong, line_text

# a cell line that starts a bullet item: "• متن", "- متن" → new item
_BULLET = re.compile(r"^[•●▪◦‣∙·\-–]\s*")
_WS = re.compile(r"\s+")


@dataclass(slots=True)
class TableBox:
    """A table found on one page: its cell boxes (visual order) and, later, cell texts."""

    x0: float
    top: float
    x1: float
    bottom: float
    page: int
    cells: list[list[tuple[float, float, float, float] | None]]
    glyphs: list[list[list[Glyph]]] = field(default_factory=list)
    # logical order: rows of cells, each cell a list of items (bullet items or lines)
    rows: list[list[list[str]]] = field(default_factory=list)
    direction: str = "rtl"
    pages: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.pages = self.pages or [self.page]


def ruled_tables(
    edges: Sequence[tuple[float, float, float, float]], width: float, height: float, page_no: int
) -> list[TableBox]:
    """Tables drawn with rules, from a page's horizontal and vertical edges.

    The cell grid is pdfplumber's table finder (default settings: edges
    snapped and joined within 3 pt, cells from their intersections) run on the
    edges alone, so it gives the same cells whichever engine read the page.

    Args:
        edges: ``(x0, top, x1, bottom)`` segments (see :mod:`textkit.readers.chars`).
        width, height: the page size, in points.
        page_no: 1-based page number for the boxes.

    Example:
        >>> h = [(10, y, 110, y) for y in (10, 30, 50)]
        >>> v = [(x, 10, x, 50) for x in (10, 60, 110)]
        >>> [len(r) for r in ruled_tables(h + v, 200, 200, 1)[0].cells]
        [2, 2]
    """
    h = sum(1 for e in edges if e[1] == e[3])
    if h < 2 or len(edges) - h < 2:
        return []  # a grid needs two rules each way
    from pdfplumber.table import TableFinder

    page = _RulesOnly([_edge_dict(e) for e in edges], (0.0, 0.0, width, height))
    out = []
    for t in TableFinder(page).tables:  # type: ignore[arg-type]
        x0, top, x1, bottom = t.bbox
        cells = [list(r.cells) for r in t.rows]
        out.append(TableBox(x0, top, x1, bottom, page_no, cells))
    return out


@dataclass(slots=True)
class _RulesOnly:
    """The two things pdfplumber's table finder reads from a page with the
    ``lines`` strategy: its edges and its box."""

    edges: list[dict[str, object]]
    bbox: tuple[float, float, float, float]


def _edge_dict(e: tuple[float, float, float, float]) -> dict[str, object]:
    x0, top, x1, bottom = e
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": "h" if top == bottom else "v",
        "object_type": "line",
    }


def take_glyphs(tables: list[TableBox], glyphs: list[Glyph]) -> list[Glyph]:
    """Move glyphs that lie inside a table into its cells; return the others."""
    if not tables:
        return glyphs
    for t in tables:
        t.glyphs = [[[] for _ in row] for row in t.cells]
    rest = []
    for g in glyphs:
        cx = (g.x0 + g.x1) / 2
        cy = (g.top + g.bottom) / 2
        for t in tables:
            if t.x0 <= cx <= t.x1 and t.top <= cy <= t.bottom:
                _place(t, g, cx, cy)
                break
        else:
            rest.append(g)
    return rest


def _place(t: TableBox, g: Glyph, cx: float, cy: float) -> None:
    for r, row in enumerate(t.cells):
        for c, box in enumerate(row):
            if box is not None and box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                t.glyphs[r][c].append(g)
                return


def fill_cells(
    t: TableBox, *, swap_brackets: bool | Brackets, tex: bool = False, split_numbers: bool = False
) -> None:
    """Compute the cell texts of ``t`` in logical order (rows × columns × items).

    ``tex``: the producer is XeTeX, which sets numbers its own way (see
    :func:`~textkit.layout.lines.line_text`); ``split_numbers`` see
    :func:`~textkit.layout.bidi.digit_runs_split`.
    """
    rtl_votes = 0
    ltr_votes = 0
    lines_by_cell: list[list[list[Line]]] = []
    for row in t.glyphs:
        out_row = []
        for cell in row:
            lines = cluster_lines(cell)
            for ln in lines:
                if ln.direction == "rtl":
                    rtl_votes += len(ln.glyphs)
                else:
                    ltr_votes += len(ln.glyphs)
            out_row.append(lines)
        lines_by_cell.append(out_row)
    t.direction = "rtl" if rtl_votes >= ltr_votes else "ltr"
    t.rows = []
    for line_row in lines_by_cell:
        cells = [
            _cell_items(cell_lines, swap_brackets, t.direction, tex, split_numbers)
            for cell_lines in line_row
        ]
        if t.direction == "rtl":
            cells.reverse()
        t.rows.append(cells)


def _cell_items(
    lines: list[Line],
    swap_brackets: bool | Brackets,
    direction: str,
    tex: bool = False,
    split_numbers: bool = False,
) -> list[str]:
    items: list[str] = []
    # XeTeX sets a cell's first line like any other right-to-left line (no UBA paragraph start)
    start = not (tex and direction == "rtl")
    carry: str | None = None
    for ln in lines:
        text = line_text(
            ln,
            swap_brackets=swap_brackets,
            base=direction,
            para_start=start,
            carry=carry,
            tex=tex,
            split_numbers=split_numbers,
        ).text
        if _BULLET.match(text) and not text.startswith(("-", "–")):
            # a bullet starts a new item: read its first line as a paragraph start
            text = line_text(
                ln,
                swap_brackets=swap_brackets,
                base=direction,
                para_start=not tex,
                tex=tex,
                split_numbers=split_numbers,
            ).text
        start = False
        carry = last_strong(text) or carry
        if not text:
            continue
        if (_BULLET.match(text) and text[0] not in "-–") or not items:
            items.append(text)
        else:
            items[-1] = _join(items[-1], text)
    return items


def _join(a: str, b: str) -> str:
    # English line-end hyphenation inside a cell: "inter-" + "national" → "international"
    if a.endswith("-") and len(a) > 1 and a[-2].isalpha() and a[-2].isascii() and b[:1].islower():
        return a[:-1] + b
    if a.endswith(("(", "[", "«")):  # the line broke right after an opening bracket
        return a + b
    if a.endswith("-") and len(a) > 1 and a[-2].isalpha():  # a compound: "UN-" + "HABITAT"
        return a + b
    return a + " " + b


def cell_text(items: list[str]) -> str:
    """One cell as a single string (bullets dropped), as ``Table.rows`` stores it.

    Example:
        >>> cell_text(["• حفظ هویت", "• حمایت"])
        'حفظ هویت حمایت'
    """
    return _WS.sub(
        " ", " ".join(_BULLET.sub("", it) if it.startswith(("•", "●", "▪")) else it for it in items)
    ).strip()


def _key(row: list[list[str]]) -> str:
    return "|".join(_WS.sub("", cell_text(c)) for c in row)


def merge_continued(prev: TableBox, nxt: TableBox) -> bool:
    """Append ``nxt`` to ``prev`` when it continues it; True if merged.

    A continuation has the same number of columns; its first row repeats the
    header (dropped).  A first data row whose column 0 is empty finishes the
    last row of ``prev`` (a row broken by the page end).
    """
    if not prev.rows or not nxt.rows or len(prev.rows[0]) != len(nxt.rows[0]):
        return False
    rows = nxt.rows
    if _key(rows[0]) == _key(prev.rows[0]):
        rows = rows[1:]
    if rows and prev.rows and not any(rows[0][0]) and len(prev.rows) > 1:
        last = prev.rows[-1]
        for c, items in enumerate(rows[0]):
            if items and last[c] and not _BULLET.match(items[0]):
                # the item broken by the page end goes on
                last[c] = [*last[c][:-1], _join(last[c][-1], items[0]), *items[1:]]
            else:
                last[c] = last[c] + items
        rows = rows[1:]
    prev.rows.extend(rows)
    prev.pages.extend(nxt.pages)
    return True
