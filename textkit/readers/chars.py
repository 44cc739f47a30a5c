"""What a character source gives the layout: the glyphs and rules of one page.

Two engines read a PDF's characters: :mod:`.chars_pdfium` (PDFium through
``pypdfium2``, fast) and :mod:`.chars_pdfplumber` (pdfminer through
``pdfplumber``, slow and tolerant).  Both hand the layout the same things, in
the same frame: a :class:`PageChars` per page, whose glyphs are
:class:`~textkit.layout.lines.Glyph` objects with the page read as if its
``/Rotate`` were 0, origin at the top left, y growing downwards, each glyph's
box running from its origin over its advance width and from its font's
descent up by its font size.  Nothing after this point knows which engine
read the page.

:func:`check_page` is the self-check the ``auto`` engine runs on PDFium's
reading of a page before trusting it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from textkit.layout.lines import Glyph

ENGINES = ("auto", "pdfium", "pdfplumber")
"""``--engine`` values: ``auto`` reads with PDFium and re-reads with pdfplumber a
page whose self-check fails."""

#: Where a glyph's box starts below its baseline, as a share of its font size.
#: Fonts claim very different descents (0 for LibreOffice's font descriptors,
#: 0.74 for Noto Sans Arabic) and the engines read them differently, so every
#: glyph gets this one: glyphs of different fonts on one baseline line up, and
#: a raised glyph (a note marker) sits higher than its neighbours by as much
#: as it was raised.
DESCENT = 0.2

Edge = tuple[float, float, float, float]
"""A straight ruling segment ``(x0, top, x1, bottom)``; horizontal when
``top == bottom``, vertical when ``x0 == x1``."""


@dataclass(slots=True)
class PageChars:
    """One page as a character source reads it (see the module docstring)."""

    number: int  # 1-based
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)  # upright glyphs only
    rotated: int = 0  # glyphs set sideways or upside down (not in ``glyphs``)
    rotated_sample: str = ""  # the start of their text, for the warning
    image_cover: float = 0.0  # share of the page covered by images
    drawn: bool = False  # vector graphics drawn on the page
    edges: list[Edge] = field(default_factory=list)  # horizontal and vertical rules
    engine: str = ""  # which engine read the page


class CharSource(Protocol):
    """An open PDF, read one page at a time by one engine."""

    name: str
    producer: str | None
    page_count: int

    def page(self, number: int) -> PageChars:
        """Read page ``number`` (1-based); raises on a page that cannot be read."""
        ...

    def close(self) -> None:
        """Release the file."""
        ...


def iter_pages(source: CharSource) -> Iterator[int]:
    """Page numbers of ``source``, 1-based."""
    return iter(range(1, source.page_count + 1))


# a page is re-read by the slow engine when more than this share of its glyphs
# fail a check (and at least ``_FEW`` of them): one odd glyph is no reason
_BAD_SHARE = 0.02
_FEW = 3


def check_page(page: PageChars) -> str | None:
    """Why a fast reading of ``page`` should not be trusted, or None when it is fine.

    Checks what PDFium gets wrong where pdfminer does not: glyphs without an
    advance width (a font with no widths), positions or sizes that are not
    finite numbers, and glyphs that fall outside the page (a broken text
    matrix).  Glyphs with no text are not counted: unmapped glyphs read as
    nothing in both engines.

    Example:
        >>> from textkit.layout.lines import Glyph
        >>> ok = PageChars(1, 100, 100, [Glyph(10, 15, 10, 20, 10, "ب", "F")] * 5)
        >>> check_page(ok) is None
        True
        >>> flat = PageChars(1, 100, 100, [Glyph(10, 10, 10, 20, 10, "ب", "F")] * 5)
        >>> check_page(flat)
        '5 of 5 glyphs have no width'
    """
    inked = [g for g in page.glyphs if g.text]
    if not inked:
        return None
    limit = max(_FEW, _BAD_SHARE * len(inked))
    flat = sum(1 for g in inked if g.x1 - g.x0 <= 0.01 * g.size)
    if flat >= limit:
        return f"{flat} of {len(inked)} glyphs have no width"
    margin = 0.1 * max(page.width, page.height)
    lo, hi = -margin, max(page.width, page.height) + margin
    # one pass for the usual page (every glyph finite and on the page), a count otherwise
    if all(lo < g.x0 < hi and lo < g.bottom < hi and 0 < g.size < hi for g in inked):
        return None
    bad = sum(
        1
        for g in inked
        if not all(map(math.isfinite, (g.x0, g.x1, g.top, g.bottom, g.size))) or g.size <= 0
    )
    if bad:
        return f"{bad} of {len(inked)} glyphs have no usable position or size"
    outside = sum(
        1
        for g in inked
        if g.x1 < -margin
        or g.x0 > page.width + margin
        or g.bottom < -margin
        or g.top > page.height + margin
    )
    if outside >= limit:
        return f"{outside} of {len(inked)} glyphs lie outside the page"
    return None


def bullet(x0: float, top: float, x1: float, bottom: float) -> Glyph | None:
    """A list bullet drawn as a filled round path (Chromium), as a «•» glyph; None if not one.

    ``(x0, top, x1, bottom)`` is the box of a filled path made of curves.
    A bullet is round (width and height within a quarter of each other) and
    2–8 pt across; it sits at mid-height of a line whose type is about 2.7
    times as large, which gives the glyph its size and baseline.  See
    :func:`keep_bullets` for the check that text follows it.

    Example:
        >>> g = bullet(506.2, 240.0, 510.7, 244.5)
        >>> g.text, round(g.size, 1)
        ('•', 12.0)
        >>> bullet(0, 0, 40, 40) is None
        True
    """
    w, h = x1 - x0, bottom - top
    if not (2.0 <= w <= 8.0 and 0.8 * w <= h <= 1.25 * w):
        return None
    from textkit.layout.lines import Glyph

    size = w / _BULLET_SHARE
    low = (top + bottom) / 2 + (0.5 + DESCENT) * size
    return Glyph(x0, x1, low - size, low, size, "•", "")


# a bullet's width as a share of the type size of its line (Chromium: 4.5 pt at 12 pt)
_BULLET_SHARE = 0.375


def keep_bullets(bullets: list[Glyph], glyphs: list[Glyph]) -> list[Glyph]:
    """The bullets with text beside them on their line (not dots of a chart).

    Example:
        >>> from textkit.layout.lines import Glyph
        >>> b = bullet(506.2, 240.0, 510.7, 244.5)
        >>> text = [Glyph(490.0, 500.0, 239.0, 251.0, 12.0, "ن", "F")]
        >>> len(keep_bullets([b], text)), len(keep_bullets([b], []))
        (1, 0)
    """
    out = []
    for b in bullets:
        reach = 2.5 * b.size
        for g in glyphs:
            if (
                g.text
                and min(g.bottom, b.bottom) - max(g.top, b.top) >= 0.5 * b.size
                and (0 <= b.x0 - g.x1 <= reach or 0 <= g.x0 - b.x1 <= reach)
            ):
                out.append(b)
                break
    return out


__all__ = [
    "DESCENT",
    "ENGINES",
    "CharSource",
    "Edge",
    "PageChars",
    "bullet",
    "check_page",
    "iter_pages",
    "keep_bullets",
]
