"""Reading order of a page: horizontal bands, then column gutters (an XY-cut).

Items are anything with ``x0, x1, top, bottom`` (glyphs, table boxes).
Vertically overlapping items form a *band*; consecutive bands that share an
empty vertical strip (a *gutter*) with content on both sides form a
multi-column group, which is split at the gutter and read column by column
(right column first on a right-to-left page).  Everything else is read top to
bottom.  No coordinates are fixed: the gutter width scales with the text size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter
from typing import Protocol


class _Boxed(Protocol):
    x0: float
    x1: float
    top: float
    bottom: float


Interval = tuple[float, float]

# a narrow gutter (fraction of ``gutter``) is accepted only with justified edges on both sides
_NARROW = 0.4


_top = attrgetter("top")


def bands[B: _Boxed](items: Sequence[B]) -> list[list[B]]:
    """Split items into bands of vertically overlapping items, top to bottom.

    Example:
        >>> from types import SimpleNamespace as S
        >>> a = S(x0=0, x1=1, top=0, bottom=10)
        >>> b = S(x0=5, x1=6, top=5, bottom=12)
        >>> bs = bands([a, b, S(x0=0, x1=1, top=20, bottom=30)])
        >>> [len(b) for b in bs]
        [2, 1]
    """
    out: list[list[B]] = []
    bottom = float("-inf")
    for it in sorted(items, key=_top):
        # a sliver of overlap (descenders touching ascenders) does not join bands
        if out and it.top < bottom - 0.5:
            out[-1].append(it)
            if it.bottom > bottom:
                bottom = it.bottom
        else:
            out.append([it])
            bottom = it.bottom
    return out


@dataclass(slots=True)
class Run[B: _Boxed]:
    """Items on one baseline that touch or nearly touch (the glyphs of a word)."""

    x0: float
    x1: float
    top: float
    bottom: float
    items: list[B]


def runs[B: _Boxed](items: Sequence[B], *, gap: float) -> list[Run[B]]:
    """Group items that share a bottom (to 0.1 pt) and are less than ``gap`` apart.

    :func:`reading_order` on the runs gives the regions it gives on the items
    when ``gap`` is narrower than any gutter (a run never crosses one), with a
    fifth of the items to look at.

    Example:
        >>> from types import SimpleNamespace as S
        >>> word = [S(x0=x, x1=x + 5, top=0, bottom=10) for x in (0, 5, 10)]
        >>> [len(r.items) for r in runs([*word, S(x0=40, x1=45, top=0, bottom=10)], gap=3)]
        [3, 1]
    """
    out: list[Run[B]] = []
    key = None  # the current run's rounded bottom
    x1 = top = 0.0  # the current run's right edge and top, written back when it ends
    group: list[B] = []
    keyed = sorted([(int(it.bottom * 10 + 0.5), it.x0, n, it) for n, it in enumerate(items)])
    for k, x0, _, it in keyed:
        if k == key and x0 - x1 < gap:
            group.append(it)
            if it.x1 > x1:
                x1 = it.x1
            if it.top < top:
                top = it.top
            continue
        if out:
            out[-1].x1, out[-1].top = x1, top
        x1, top, group = it.x1, it.top, [it]
        out.append(Run(x0, x1, top, it.bottom, group))
        key = k
    if out:
        out[-1].x1, out[-1].top = x1, top
    return out


def _free[B: _Boxed](items: Sequence[B], lo: float, hi: float) -> list[Interval]:
    """Empty x-intervals of ``items`` within [lo, hi]."""
    spans = sorted((it.x0, it.x1) for it in items)
    free: list[Interval] = []
    x = lo
    for a, b in spans:
        if a > x:
            free.append((x, a))
        x = max(x, b)
    if x < hi:
        free.append((x, hi))
    return free


def _intersect(a: list[Interval], b: list[Interval], width: float) -> list[Interval]:
    out: list[Interval] = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= width:
                out.append((lo, hi))
    return out


def reading_order[B: _Boxed](
    items: Sequence[B], *, gutter: float, rtl: bool = True, depth: int = 0
) -> list[list[B]]:
    """Regions of ``items`` in reading order; each region is read top to bottom.

    Args:
        items: glyphs and other boxes of one page (or of one column).
        gutter: the narrowest empty strip that separates columns (points);
            callers pass about 1.5× the body font size.
        rtl: read the right column first.
        depth: nesting level (columns inside columns), at most 3.

    Returns:
        A list of regions (lists of items).

    Example:
        >>> from types import SimpleNamespace as S
        >>> left = [S(x0=0, x1=40, top=t, bottom=t + 8) for t in (0, 10, 20)]
        >>> right = [S(x0=60, x1=100, top=t + 3, bottom=t + 11) for t in (0, 10, 20)]
        >>> [r[0].x0 for r in reading_order(left + right, gutter=10)]
        [60, 0]
    """
    if not items:
        return []
    return _Order(items, gutter, rtl, depth).regions()


class _Order[B: _Boxed]:
    """The XY-cut of one set of items: bands top to bottom, groups of bands split at gutters."""

    def __init__(self, items: Sequence[B], gutter: float, rtl: bool, depth: int) -> None:
        self.gutter = gutter
        self.rtl = rtl
        self.depth = depth
        self.lo = min(it.x0 for it in items)
        self.hi = max(it.x1 for it in items)
        self.bs = bands(items)
        self.frees = [_free(b, self.lo, self.hi) for b in self.bs]

    def regions(self) -> list[list[B]]:
        regions: list[list[B]] = []
        flow: list[B] = []  # consecutive full-width bands: one region
        i = 0
        while i < len(self.bs):
            j, split = self._group(i)
            group = [it for b in self.bs[i:j] for it in b]
            if split is None:
                flow.extend(group)
            else:
                if flow:
                    regions.append(flow)
                    flow = []
                left = [it for it in group if it.x1 <= split[0]]
                right = [it for it in group if it.x0 >= split[1]]
                for side in (right, left) if self.rtl else (left, right):
                    regions.extend(
                        reading_order(side, gutter=self.gutter, rtl=self.rtl, depth=self.depth + 1)
                    )
            i = j
        if flow:
            regions.append(flow)
        return regions

    def _group(self, i: int) -> tuple[int, Interval | None]:
        """End of the group of bands starting at ``i`` and the gutter it is split at."""
        j, split = self._group_at(i)
        if split is None and i + 1 < len(self.bs):
            # one column may start a line higher than the other: a band with text on
            # one side of the next group's gutter only opens that group
            j2, split2 = self._group_at(i + 1)
            if split2 is not None and (
                all(it.x1 <= split2[0] for it in self.bs[i])
                or all(it.x0 >= split2[1] for it in self.bs[i])
            ):
                j, split = j2, split2
        while split is not None and j < len(self.bs):
            # the same columns going on with a narrower gutter (a first line indented
            # into the gutter of a justified column below it): one group
            j3, split3 = self._group_at(j)
            both = None if split3 is None else _overlap(split, split3)
            if both is None:
                break
            j, split = j3, both
        return j, split

    def _extend(self, i: int, common: list[Interval], width: float) -> tuple[int, list[Interval]]:
        j = i + 1
        while j < len(self.bs) and common:
            nxt = _intersect(common, self.frees[j], width)
            if not nxt:
                break
            common = nxt
            j += 1
        return j, common

    def _inner(self, f: Interval) -> bool:
        """Content on both sides of the strip (not a margin)."""
        return self.lo < f[0] and f[1] < self.hi

    def _group_at(self, i: int) -> tuple[int, Interval | None]:
        """End of the group of bands starting at ``i`` and its gutter (None: no columns)."""
        if self.depth >= 3:
            return i + 1, None
        wide = [f for f in self.frees[i] if f[1] - f[0] >= self.gutter]
        j, common = self._extend(i, [f for f in wide if self._inner(f)], self.gutter)
        group = [it for b in self.bs[i:j] for it in b]
        for g0, g1 in common:
            if _columns_both_sides(group, g0, g1, 3 * self.gutter) and _side_by_side(
                self.bs[i:j], g0, g1
            ):
                return j, (g0, g1)
        loose = self._loose_columns(i, wide)
        if loose is not None:
            return loose
        narrow = self._narrow_gutter(i)
        if narrow is not None:
            return narrow
        return max(j, i + 1), None

    def _loose_columns(self, i: int, wide: list[Interval]) -> tuple[int, Interval] | None:
        """Columns whose lines never overlap vertically (loose line spacing).

        Every band has text on one side only; the strip they all leave empty
        is the gutter.
        """
        j, common = self._extend(i, wide, self.gutter)
        for g0, g1 in common:
            if not self._inner((g0, g1)):
                continue
            left = {k for k in range(i, j) if any(it.x1 <= g0 for it in self.bs[k])}
            right = {k for k in range(i, j) if any(it.x0 >= g1 for it in self.bs[k])}
            group = [it for b in self.bs[i:j] for it in b]
            if (
                len(left) >= 3
                and len(right) >= 3
                and _columns_both_sides(group, g0, g1, 3 * self.gutter)
                and _side_by_side(self.bs[i:j], g0, g1)
            ):
                return j, (g0, g1)
        return None

    def _narrow_gutter(self, i: int) -> tuple[int, Interval] | None:
        """A gutter narrower than ``gutter`` (XeLaTeX ``multicol``: 10pt at 10pt type).

        Accepted only with evidence a river of word gaps cannot give: at least
        four bands share the strip, most have text on both sides, and the text
        meets the strip at the same x on both sides (lines justified to the
        column width) in at least half of the bands.
        """
        width = _NARROW * self.gutter
        j, common = self._extend(
            i, [f for f in self.frees[i] if f[1] - f[0] >= width and self._inner(f)], width
        )
        if j - i < 4:
            return None
        tol = 0.1 * self.gutter
        group = [it for b in self.bs[i:j] for it in b]
        for g0, g1 in common:
            if not _columns_both_sides(group, g0, g1, 3 * self.gutter):
                continue  # a column of list bullets or numbers beside the text
            both = flush_l = flush_r = 0
            for b in self.bs[i:j]:
                lx = [it.x1 for it in b if it.x1 <= g0 + 0.01]
                rx = [it.x0 for it in b if it.x0 >= g1 - 0.01]
                if lx and rx:
                    both += 1
                flush_l += bool(lx) and g0 - max(lx) <= tol
                flush_r += bool(rx) and min(rx) - g1 <= tol
            n = j - i
            if both >= 0.75 * n and flush_l >= 0.5 * n and flush_r >= 0.5 * n:
                return j, (g0, g1)
        return None


def _columns_both_sides[B: _Boxed](items: Sequence[B], g0: float, g1: float, width: float) -> bool:
    """Whether the text on each side of the strip ``(g0, g1)`` is at least ``width`` wide.

    A column is text; a strip of list bullets, item numbers or flags beside the
    text is not (Chromium draws bullets as dots, set off by a wide gap).
    """
    left = [it for it in items if it.x1 <= g0 + 0.01]
    right = [it for it in items if it.x0 >= g1 - 0.01]
    return (
        bool(left and right)
        and max(it.x1 for it in left) - min(it.x0 for it in left) >= width
        and max(it.x1 for it in right) - min(it.x0 for it in right) >= width
    )


def _side_by_side[B: _Boxed](bs: Sequence[Sequence[B]], g0: float, g1: float) -> bool:
    """Whether the text on the two sides of the strip runs side by side, as columns do.

    In columns some bands have text on both sides, or (lines that do not
    line up) the side changes from one band to the next.  Blocks set on one side
    after blocks set on the other — right-aligned headings over left-aligned
    list items, as LibreOffice sets a page with no direction — are not
    columns: read top to bottom, each heading stays before its list.

    Example:
        >>> from types import SimpleNamespace as S
        >>> right = [[S(x0=60, x1=100, top=t, bottom=t + 8)] for t in (0, 10)]
        >>> left = [[S(x0=0, x1=40, top=t, bottom=t + 8)] for t in (20, 30, 40)]
        >>> _side_by_side(right + left + right, 45, 55)
        False
    """
    sides: list[str] = []
    both = 0
    for b in bs:
        on_left = any(it.x1 <= g0 + 0.01 for it in b)
        on_right = any(it.x0 >= g1 - 0.01 for it in b)
        if on_left and on_right:
            both += 1
        elif on_left or on_right:
            sides.append("L" if on_left else "R")
    switches = sum(1 for a, c in pairwise(sides) if a != c)
    # (a column that ends early leaves the other one alone below: two bands in
    # common are enough)
    return both >= 2 or 2 * switches >= len(sides) - 1


def _overlap(a: Interval, b: Interval) -> Interval | None:
    """The common part of two gutters, if any."""
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if hi > lo else None
