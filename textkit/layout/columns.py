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
    cur: Run[B] | None = None
    key = 0
    for it in sorted(items, key=lambda it: (round(it.bottom, 1), it.x0)):
        k = round(it.bottom * 10)
        if cur is not None and k == key and it.x0 - cur.x1 < gap:
            cur.items.append(it)
            if it.x1 > cur.x1:
                cur.x1 = it.x1
            if it.top < cur.top:
                cur.top = it.top
            continue
        cur = Run(it.x0, it.x1, it.top, it.bottom, [it])
        key = k
        out.append(cur)
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
    lo = min(it.x0 for it in items)
    hi = max(it.x1 for it in items)
    bs = bands(items)
    frees = [_free(b, lo, hi) for b in bs]
    regions: list[list[B]] = []
    flow: list[B] = []  # consecutive full-width bands: one region

    def extend(i: int, common: list[Interval], width: float = gutter) -> tuple[int, list[Interval]]:
        j = i + 1
        while j < len(bs) and common:
            nxt = _intersect(common, frees[j], width)
            if not nxt:
                break
            common = nxt
            j += 1
        return j, common

    def group_at(i: int) -> tuple[int, Interval | None]:
        """End of the group of bands starting at ``i`` and its gutter (None: no columns)."""
        if depth >= 3:
            return i + 1, None
        # only strips with content on both sides can be gutters (not the margins)
        j, common = extend(
            i, [f for f in frees[i] if f[1] - f[0] >= gutter and lo < f[0] and f[1] < hi]
        )
        group = [it for b in bs[i:j] for it in b]
        for g0, g1 in common:
            if any(it.x1 <= g0 for it in group) and any(it.x0 >= g1 for it in group):
                return j, (g0, g1)
        # columns whose lines never overlap vertically (loose line spacing): every band
        # has text on one side only; the strip they all leave empty is the gutter
        j2, common2 = extend(i, [f for f in frees[i] if f[1] - f[0] >= gutter])
        for g0, g1 in common2:
            if not (lo < g0 and g1 < hi):
                continue
            left = {k for k in range(i, j2) if any(it.x1 <= g0 for it in bs[k])}
            right = {k for k in range(i, j2) if any(it.x0 >= g1 for it in bs[k])}
            if len(left) >= 3 and len(right) >= 3:
                return j2, (g0, g1)
        narrow = _narrow_gutter(i)
        if narrow is not None:
            return narrow
        return max(j, i + 1), None

    def _narrow_gutter(i: int) -> tuple[int, Interval] | None:
        """A gutter narrower than ``gutter`` (XeLaTeX ``multicol``: 10pt at 10pt type).

        Accepted only with evidence a river of word gaps cannot give: at least
        four bands share the strip, most have text on both sides, and the text
        meets the strip at the same x on both sides (lines justified to the
        column width) in at least half of the bands.
        """
        width = _NARROW * gutter
        j, common = extend(
            i, [f for f in frees[i] if f[1] - f[0] >= width and lo < f[0] and f[1] < hi], width
        )
        if j - i < 4:
            return None
        tol = 0.1 * gutter
        for g0, g1 in common:
            both = flush_l = flush_r = 0
            for b in bs[i:j]:
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

    i = 0
    while i < len(bs):
        j, split = group_at(i)
        if split is None and i + 1 < len(bs):
            # one column may start a line higher than the other: a band with text on
            # one side of the next group's gutter only opens that group
            j2, split2 = group_at(i + 1)
            if split2 is not None and (
                all(it.x1 <= split2[0] for it in bs[i]) or all(it.x0 >= split2[1] for it in bs[i])
            ):
                j, split = j2, split2
        group = [it for b in bs[i:j] for it in b]
        if split is None:
            flow.extend(group)
        else:
            if flow:
                regions.append(flow)
                flow = []
            left = [it for it in group if it.x1 <= split[0]]
            right = [it for it in group if it.x0 >= split[1]]
            first, second = (right, left) if rtl else (left, right)
            regions.extend(reading_order(first, gutter=gutter, rtl=rtl, depth=depth + 1))
            regions.extend(reading_order(second, gutter=gutter, rtl=rtl, depth=depth + 1))
        i = j
    if flow:
        regions.append(flow)
    return regions
