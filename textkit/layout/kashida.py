"""Kashida (tatweel) glyphs that a font's ToUnicode maps to some other text.

LibreOffice stretches justified Persian lines with kashida glyphs.  Depending
on the font subset the glyph reads as nothing (``(cid:N)``, handled by
:mod:`.glyphs`), as a Latin letter (DejaVu Sans: ``A``), as a sign (Noto Naskh
Arabic: ``)``) or as a space (Noto Naskh Arabic in other builds).  The
functions here find such glyphs by position, font and width and turn them into
*joiners*: ink that joins letters and carries no text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from textkit.layout.bidi import unit_class

if TYPE_CHECKING:
    from textkit.layout.lines import Glyph


# letters that join only to the letter before them: a kashida can never follow them
_RIGHT_JOINING = frozenset("اآأإٱدذرزژوؤۀة")


def _joiner_candidate(g: Glyph) -> bool:
    """A one-character glyph that is not a letter of Arabic script, a digit, a space or a
    hyphen (a hyphen between Persian letters is a compound: «دولت-شهرها»)."""
    return _candidate_text(g.text)


@lru_cache(maxsize=4096)
def _candidate_text(text: str) -> bool:
    """:func:`_joiner_candidate` of a glyph's text."""
    return len(text) == 1 and text not in _HYPHENS and unit_class(text) not in ("R", "N", "W")


_HYPHENS = frozenset("-‐‑‒–—_")


def _is_letter(g: Glyph) -> bool:
    return bool(g.text) and unicodedata.category(g.text[-1]).startswith("L")


def misencoded_kashida(glyphs: list[Glyph]) -> None:
    """Turn glyphs drawn inside a joined Persian word into joiners (kashida).

    Some font subsets map the kashida glyph to an arbitrary code point:
    LibreOffice with DejaVu Sans writes ``A`` («سAال‌ها»), with Noto Naskh
    Arabic ``)`` («گردش)گری»).  A run of one to three such glyphs touching
    Persian letters on both sides with no gap is a stretch when

    * they are Latin letters (real Latin text is set off by spaces), or
    * they are neutral signs drawn in the *same font* as both neighbours
      (the real bracket of a Persian font subset comes from a fallback font)
      and the letter before them (on their right) joins to the next letter:
      a kashida only follows a dual-joining letter, so «کتاب(ها)» with a
      real bracket after «ب» from another font stays.
    """
    candidates = {t for t in {g.text for g in glyphs} if _candidate_text(t)}
    if not candidates:
        return  # the usual line: nothing that could be a kashida
    n = len(glyphs)
    j = -1
    # the candidates one after the other (glyphs turned into joiners are passed over:
    # a joiner is no candidate any more, and the others keep their text)
    for i in [k for k, g in enumerate(glyphs) if g.text in candidates]:
        if i <= j:
            continue
        j = i
        # Latin "letters": one to three; one repeated sign: any number (a long stretch)
        while (
            j + 1 < n
            and _joiner_candidate(glyphs[j + 1])
            and (j - i < 3 or glyphs[j + 1].text == glyphs[i].text)
        ):
            j += 1
        left = glyphs[i - 1] if i > 0 else None
        right = glyphs[j + 1] if j + 1 < n else None
        if (
            left is not None
            and right is not None
            and unit_class(left.text) == "R"
            and unit_class(right.text) == "R"
            and _is_letter(left)
            and _is_letter(right)
            and glyphs[i].x0 - left.x1 < 0.1 * left.size
            and right.x0 - glyphs[j].x1 < 0.1 * right.size
        ):
            run = glyphs[i : j + 1]
            latin = all(unit_class(g.text) == "L" for g in run)
            same_font = all(g.font == left.font == right.font for g in run)
            joins = right.text[-1] not in _RIGHT_JOINING
            if (latin and len(run) <= 3) or (
                same_font and joins and len({g.text for g in run}) == 1
            ):
                for g in run:
                    g.text = ""
                    g.joiner = True


def space_kashidas(glyphs: Sequence[Glyph]) -> int:
    """Turn kashida glyphs mapped to a space into joiners; return how many.

    LibreOffice stretches justified Persian lines with kashida glyphs, and some
    font subsets map that glyph to U+0020 (Noto Naskh Arabic in some builds).
    Two space glyphs that overlap each other cannot be word spaces: they are
    kashidas, and their advance width names the kashida glyph of that font.
    Every other space glyph of that font and width (to 0.02 pt) is one too,
    provided the font also draws spaces of another width (the word spaces);
    otherwise the two cannot be told apart and only the overlapping ones go.

    Example:
        >>> from textkit.layout.lines import Glyph
        >>> k1 = Glyph(10.0, 12.31, 0, 10, 10, " ", "N")
        >>> k2 = Glyph(11.0, 13.31, 0, 10, 10, " ", "N")
        >>> k3 = Glyph(30.0, 32.31, 0, 10, 10, " ", "N")
        >>> sp = Glyph(50.0, 52.43, 0, 10, 10, " ", "N")
        >>> space_kashidas([k1, k2, k3, sp]), sp.space, k3.joiner
        (3, True, True)
    """
    spaces = sorted((g for g in glyphs if g.space and g.x1 - g.x0 >= 0.1 * g.size), key=_top_x)
    kashida_widths: dict[str, set[float]] = {}
    overlapping: set[int] = set()
    for a, b in pairwise(spaces):
        if (
            a.font == b.font
            and abs(a.top - b.top) < 0.2 * a.size
            and a.x0 <= b.x0 < a.x1 - 0.1 * a.size
        ):
            overlapping.update((id(a), id(b)))
            kashida_widths.setdefault(a.font, set()).update(
                (round(a.x1 - a.x0, 2), round(b.x1 - b.x0, 2))
            )
    if not overlapping:
        return 0
    # a font whose spaces all have the kashida width: only the overlapping ones are sure
    other_widths = {
        g.font
        for g in spaces
        if id(g) not in overlapping
        and all(abs(round(g.x1 - g.x0, 2) - k) > 0.02 for k in kashida_widths.get(g.font, ()))
    }
    n = 0
    for g in spaces:
        w = round(g.x1 - g.x0, 2)
        widths = kashida_widths.get(g.font, set())
        if id(g) in overlapping or (
            g.font in other_widths and any(abs(w - k) <= 0.02 for k in widths)
        ):
            g.space = False
            g.joiner = True
            n += 1
    return n


def _top_x(g: Glyph) -> tuple[float, float]:
    return (round(g.top), g.x0)
