"""Running headers, footers and page numbers: lines repeated across pages.

A line is furniture when it is among the top or bottom lines of its page and
a line with the same *shape* (digits replaced, spaces dropped) sits at about
the same height on other pages.  Nothing is matched against known header
texts, so any document's furniture is found the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from textkit.layout.lines import Line

# every run of digits (any script) is one wildcard: "صفحه ۱۲" and "صفحه ۳" share a key
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
#: how many lines at each end of a page are candidates
EDGE_LINES = 2


def shape_key(text: str) -> str:
    """Key under which repeated furniture lines are counted.

    Example:
        >>> shape_key("۱۲") == shape_key("۳"), shape_key("تفضلی و همکاران")
        (True, 'تفضلیوهمکاران')
    """
    return _SPACE.sub("", _DIGITS.sub("#", text))


def _candidates(lines: Sequence[Line]) -> list[Line]:
    by_top = sorted(lines, key=lambda ln: ln.top)
    if len(by_top) <= 2 * EDGE_LINES:
        return by_top
    return by_top[:EDGE_LINES] + by_top[-EDGE_LINES:]


def find_furniture(pages: Sequence[Sequence[Line]], *, min_share: float = 0.3) -> set[int]:
    """Ids (``id(line)``) of furniture lines over all pages.

    Args:
        pages: the lines of each page, with ``text`` filled.
        min_share: share of pages a shape must recur on (at least 2 pages).
    """
    counts: Counter[tuple[str, int]] = Counter()
    per_page: list[list[tuple[Line, tuple[str, int], tuple[str, int]]]] = []
    for lines in pages:
        seen = set()
        cands = []
        for ln in _candidates(lines):
            key = shape_key(ln.text)
            if not key:
                continue
            # height in 12-point steps, and the neighbouring step (a key near a step boundary)
            k1 = (key, int(ln.top // 12))
            k2 = (key, int((ln.top + 6) // 12))
            cands.append((ln, k1, k2))
            for k in {k1, k2}:
                if k not in seen:
                    seen.add(k)
                    counts[k] += 1
        per_page.append(cands)
    need = max(2, int(min_share * len(pages) + 0.999))
    out: set[int] = set()
    if len(pages) < 2:
        return out
    for cands in per_page:
        for ln, k1, k2 in cands:
            if counts[k1] >= need or counts[k2] >= need:
                out.add(id(ln))
    return out
