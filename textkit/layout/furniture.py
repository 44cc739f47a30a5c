"""Running headers, footers and page numbers: lines repeated across pages.

A line is furniture when it is among the top or bottom lines of its page and
a line with the same *shape* (digits replaced, spaces dropped) sits at about
the same height on other pages.  Nothing is matched against known header
texts, so any document's furniture is found the same way.

A one- or two-page document has nothing to repeat, so a geometric rule works
on every page alone (:func:`margin_furniture`): the top-most line when it is
short, set in a smaller font than the body and far above the rest, and the
bottom-most line when it is only a number far below the rest.  A title is
larger than the body, so it stays.
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


# a folio: a number, maybe between dashes or bars ("- 3 -", "| ۱۲ |")
_FOLIO = re.compile(r"[-–—|\s]*\d+[-–—|\s]*")


def margin_furniture(lines: Sequence[Line], body: float) -> set[int]:
    """Ids of the header and folio lines of one page, found by geometry alone.

    * the top-most line, when it is set smaller than the body (or is a bare
      number), is at most 70% as wide as the widest line, and at least one
      body size of empty space separates it from the next line;
    * the bottom-most line, when it is a bare number with that much space above it.

    Example:
        >>> from textkit.layout.lines import Line
        >>> hdr = Line([], x0=200, x1=300, top=20, bottom=29, size=9, text="ماهنامه شهر")
        >>> body = [Line([], x0=50, x1=550, top=60 + 14 * k, bottom=71 + 14 * k, size=11,
        ...              text="متن") for k in range(5)]
        >>> folio = Line([], x0=295, x1=300, top=800, bottom=811, size=11, text="۳")
        >>> sorted(margin_furniture([hdr, *body, folio], 11)) == sorted([id(hdr), id(folio)])
        True
    """
    by_top = sorted((ln for ln in lines if ln.text.strip()), key=lambda ln: ln.top)
    if len(by_top) < 3:
        return set()
    widest = max(ln.x1 - ln.x0 for ln in by_top)
    out: set[int] = set()
    first, second = by_top[0], by_top[1]
    number = bool(_FOLIO.fullmatch(first.text.strip()))
    if (
        (number or first.size <= 0.93 * body)
        and first.x1 - first.x0 <= 0.7 * widest
        and second.top - first.bottom >= body
    ):
        out.add(id(first))
    last, above = by_top[-1], by_top[-2]
    if _FOLIO.fullmatch(last.text.strip()) and last.top - above.bottom >= body:
        out.add(id(last))
    return out


def find_furniture(
    pages: Sequence[Sequence[Line]], *, min_share: float = 0.3, body: float | None = None
) -> set[int]:
    """Ids (``id(line)``) of furniture lines over all pages.

    Args:
        pages: the lines of each page, with ``text`` filled.
        min_share: share of pages a shape must recur on (at least 2 pages).
        body: the body font size; when given, :func:`margin_furniture` also runs
            on every page of a document of one or two pages.
    """
    geometric: set[int] = set()
    if body is not None and len(pages) <= 2:
        for lines in pages:
            geometric |= margin_furniture(lines, body)
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
    out: set[int] = set(geometric)
    if len(pages) < 2:
        return out
    for cands in per_page:
        for ln, k1, k2 in cands:
            if counts[k1] >= need or counts[k2] >= need:
                out.add(id(ln))
    return out
