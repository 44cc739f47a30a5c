"""Tables without ruling lines, found from the alignment of their text.

Used on a page where pdfplumber's ruled-table finder found nothing.  A *row
candidate* is a line whose words fall into three or more *segments* set
apart by wide gaps (at least 1.5× the type size).  Three or more row
candidates in a row, close together and made of short segments (a few words
each), form a table.  Column boundaries are the x-ranges that most rows leave
empty; inside such a range the boundary is put next to the side whose cell
edges line up (cells of one column start at the same x), so a cell that
fills its column up to the next one («جمهوری آذربایجان» next to «باکو») is
still cut right.  The result is a :class:`~textkit.layout.tables.TableBox`
with one cell box per row and column; the caller fills the cells like a
ruled table's.

Guards, so that prose is never taken for a table: ordinary lines have no
gaps of 1.5× the type size (word gaps are a fraction of it); two-column text
gives two segments per line, not three; columns of prose give long segments.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from operator import attrgetter

from textkit.layout.columns import bands
from textkit.layout.lines import Glyph
from textkit.layout.tables import TableBox

#: a gap at least this many type sizes wide separates cells
CELL_GAP = 1.5
#: a gap wider than this share of the type size separates words
WORD_GAP = 0.15
#: at most this many words in a cell segment (prose columns are longer)
MAX_WORDS = 5
#: fewest rows of a table
MIN_ROWS = 3
_BULLETS = frozenset("•●▪◦‣")


def _median(xs: Sequence[float]) -> float:
    s = sorted(xs)
    return s[len(s) // 2] if s else 0.0


_x0 = attrgetter("x0")


def _segments(band: Sequence[Glyph], size: float) -> list[tuple[float, float, int]]:
    """(x0, x1, words) of the stretches of a line set apart by cell-wide gaps."""
    gs = sorted(band, key=_x0)
    out: list[tuple[float, float, int]] = []
    x0, x1, words = gs[0].x0, gs[0].x1, 1
    cell_gap, word_gap = CELL_GAP * size, WORD_GAP * size
    for g in gs[1:]:
        gap = g.x0 - x1
        if gap >= cell_gap:
            out.append((x0, x1, words))
            x0, x1, words = g.x0, g.x1, 1
            continue
        if gap > word_gap:
            words += 1
        if g.x1 > x1:
            x1 = g.x1
    out.append((x0, x1, words))
    return out


def find_text_tables(glyphs: Sequence[Glyph], page_no: int) -> list[TableBox]:
    """Tables of one page found from text alignment (no ruling lines).

    Args:
        glyphs: the page's glyphs (spaces and joiners are ignored).
        page_no: 1-based page number for the boxes.

    Returns:
        Table boxes with cell boxes in visual order (rows top to bottom,
        columns left to right); empty when the page has no such table.

    Example:
        >>> row = lambda top, xs: [Glyph(x, x + 20, top, top + 10, 10, "ب", "F") for x in xs]
        >>> g = row(0, (0, 60, 120)) + row(20, (0, 60, 120)) + row(40, (0, 60, 120))
        >>> [len(t.cells[0]) for t in find_text_tables(g, 1)]
        [3]
        >>> find_text_tables(row(0, range(0, 200, 22)), 1)
        []
    """
    # list bullets are not cells: «• Trabzon   • Kunming» is a list in two columns
    inked = [g for g in glyphs if g.text and g.text not in _BULLETS]
    if not inked:
        return []
    rows: list[tuple[list[Glyph], float, list[tuple[float, float, int]]]] = []
    for b in bands(inked):
        size = _median([g.size for g in b])
        segs = _segments(b, size)
        if rows and _is_row(rows[-1][2]) and not _is_row(segs):
            prev, psize, psegs = rows[-1]
            gap = min(g.top for g in b) - max(g.bottom for g in prev)
            inside = psegs[0][0] - size <= segs[0][0] and segs[-1][1] <= psegs[-1][1] + size
            if gap < 0.5 * size and inside and all(w <= MAX_WORDS for _, _, w in segs):
                # a wrapped cell: its next line, set tight under the row, joins the row
                merged = [*prev, *b]
                rows[-1] = (merged, psize, _segments(merged, psize))
                continue
        rows.append((b, size, segs))
    out: list[TableBox] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and _is_row(rows[j][2]):
            if j > i:
                prev_b, size = rows[j - 1][0], rows[j][1]
                if min(g.top for g in rows[j][0]) - max(g.bottom for g in prev_b) > 3 * size:
                    break
            j += 1
        if j - i >= MIN_ROWS:
            t = _table(rows[i:j], page_no)
            if t is not None:
                out.append(t)
        i = max(j, i + 1)
    return out


def _is_row(segs: Sequence[tuple[float, float, int]]) -> bool:
    return len(segs) >= 3 and all(w <= MAX_WORDS for _, _, w in segs)


def _table(
    run: Sequence[tuple[list[Glyph], float, list[tuple[float, float, int]]]], page_no: int
) -> TableBox | None:
    x_lo = min(s[0] for _, _, segs in run for s in segs)
    x_hi = max(s[1] for _, _, segs in run for s in segs)
    size = _median([sz for _, sz, _ in run])
    # x-positions (1 pt steps) that each row leaves empty in a cell-wide gap
    width = int(x_hi - x_lo) + 1
    free = [0] * width
    for _, _, segs in run:
        for (_, a1, _), (b0, _, _) in itertools.pairwise(segs):
            for x in range(int(a1 - x_lo) + 1, min(width, int(b0 - x_lo))):
                free[x] += 1
    need = max(2, (len(run) + 1) // 2)
    gaps: list[tuple[float, float]] = []
    x = 0
    while x < width:
        if free[x] >= need:
            y = x
            while y + 1 < width and free[y + 1] >= need:
                y += 1
            if y - x + 1 >= size:
                gaps.append((x_lo + x, x_lo + y + 1))
            x = y + 1
        else:
            x += 1
    if len(gaps) < 2:
        return None
    cuts = [_cut(g, run, size) for g in gaps]
    tops = [min(g.top for g in b) for b, _, _ in run]
    bottoms = [max(g.bottom for g in b) for b, _, _ in run]
    cells: list[list[tuple[float, float, float, float] | None]] = []
    for k, (band, sz, _) in enumerate(run):
        top = tops[k] if k == 0 else (bottoms[k - 1] + tops[k]) / 2
        bottom = bottoms[k] if k == len(run) - 1 else (bottoms[k] + tops[k + 1]) / 2
        words = _words(band, sz)
        row_cuts = [_row_cut(words, g, c) for g, c in zip(gaps, cuts, strict=True)]
        edges = [x_lo - 1, *row_cuts, x_hi + 1]
        cells.append([(edges[c], top, edges[c + 1], bottom) for c in range(len(edges) - 1)])
    return TableBox(x_lo - 1, tops[0], x_hi + 1, bottoms[-1], page_no, cells)


def _row_cut(words: Sequence[tuple[float, float]], gap: tuple[float, float], cut: float) -> float:
    """The cut for one row: the table's, unless the row has words inside the empty
    range (a header cell wider than its column); then the row's widest word gap there."""
    g0, g1 = gap
    inside = [w for w in words if w[1] > g0 and w[0] < g1]
    if not inside:
        return cut
    best: tuple[float, float] | None = None
    for (_, a1), (b0, _) in itertools.pairwise(words):
        lo, hi = max(a1, g0), min(b0, g1)
        if hi > lo and (best is None or hi - lo > best[1] - best[0]):
            best = (lo, hi)
    return (best[0] + best[1]) / 2 if best else cut


def _words(band: Sequence[Glyph], size: float) -> list[tuple[float, float]]:
    """(x0, x1) of the words of a line: glyphs closer than a word gap."""
    gs = sorted(band, key=lambda g: g.x0)
    out: list[tuple[float, float]] = []
    x0, x1 = gs[0].x0, gs[0].x1
    for g in gs[1:]:
        if g.x0 - x1 > WORD_GAP * size:
            out.append((x0, x1))
            x0 = g.x0
        x1 = max(x1, g.x1)
    out.append((x0, x1))
    return out


def _cut(
    gap: tuple[float, float],
    run: Sequence[tuple[list[Glyph], float, list[tuple[float, float, int]]]],
    size: float,
) -> float:
    """Where to cut inside an empty range: through as few words as possible (a header
    cell may reach into the range), then next to the side whose cell edges line up."""
    g0, g1 = gap
    starts = [s[0] for _, _, segs in run for s in segs if g1 - 0.5 <= s[0] <= g1 + 2 * size]
    ends = [s[1] for _, _, segs in run for s in segs if g0 - 2 * size <= s[1] <= g0 + 0.5]

    def aligned(xs: list[float]) -> int:
        if not xs:
            return 0
        m = _median(xs)
        return sum(1 for v in xs if abs(v - m) <= 0.2 * size)

    a_start, a_end = aligned(starts), aligned(ends)
    if a_start > a_end:
        best = min(s for s in starts if abs(s - _median(starts)) <= 0.2 * size) - 0.5
    elif a_end > a_start:
        best = max(e for e in ends if abs(e - _median(ends)) <= 0.2 * size) + 0.5
    else:
        best = (g0 + g1) / 2
    words = [w for b, sz, _ in run for w in _words(b, sz)]
    lo, hi = min(g0, best) - size, max(g1, best) + size
    near = [w for w in words if w[1] > lo and w[0] < hi]

    def crossed(x: float) -> int:
        return sum(1 for a, b in near if a < x < b)

    candidates = [best] + [g0 + 0.5 * k for k in range(int(2 * (g1 - g0)) + 1)]
    return min(candidates, key=lambda x: (crossed(x), abs(x - best)))
