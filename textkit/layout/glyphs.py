"""Letter repair for the text of one PDF glyph.

PDF producers map glyphs to Unicode in ways that break Persian text:
XeLaTeX and Chromium give Arabic presentation forms (U+FBxx/U+FExx), legacy
fonts map final ی/ک to Arabic ى/ك, LibreOffice's kashida glyphs have no
mapping at all (pdfminer prints ``(cid:30)``), and some producers leave soft
hyphens or U+FFFE behind.  :func:`fold_glyph` turns the text of one glyph into
plain Persian letters; the caller decides about spaces and order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from textkit.script import TEXT_FOLD

#: Code points that carry no text: kashida/tatweel, soft hyphen, non-characters.
DROPPED = frozenset(
    {
        "\u0640",  # ARABIC TATWEEL (kashida): justification only
        "\u001e",  # what some extractors give for an unmapped kashida glyph
        "\u00ad",  # SOFT HYPHEN
        "\ufffe",  # non-character (pypdfium2 writes the soft hyphen as this)
        "\ufeff",  # ZERO WIDTH NO-BREAK SPACE / BOM
        "\ufffd",  # REPLACEMENT CHARACTER: nothing to recover
    }
)

# pdfminer's placeholder for a glyph without a Unicode mapping: "(cid:30)" → ""
_CID = re.compile(r"\(cid:\d+\)")

_SPACES = frozenset(
    " \u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)


@lru_cache(maxsize=4096)
def is_space(text: str) -> bool:
    """True for a glyph that stands for a gap: a space, NBSP or ZWNJ glyph.

    Whether it is a word gap or a ZWNJ is decided from geometry later
    (:mod:`textkit.layout.lines`).

    Example:
        >>> is_space("\u00a0"), is_space("\u200c"), is_space("ب")
        (True, True, False)
    """
    return bool(text) and all(ch in _SPACES or ch == "\u200c" for ch in text)


@lru_cache(maxsize=8192)  # pure, and a document uses a few hundred distinct glyph texts
def fold_glyph(text: str) -> str:
    """Return the plain text of one glyph: letters unified, placeholders dropped.

    Presentation forms are folded with NFKC one glyph at a time (so a lam-alef
    glyph ``ﻻ`` becomes ``لا`` and stays one unit when the line is reordered),
    then the letter variants Persian does not write (Arabic ي/ى/ك …) are folded
    with :data:`textkit.script.TEXT_FOLD`.  Kashida, soft hyphens, U+FFFE and
    ``(cid:N)`` placeholders give the empty string.  A single glyph mapped to
    «ال» is a lam-alef ligature whose ToUnicode entry is in visual order: «لا».

    Args:
        text: the ``text`` of a pdfplumber char.

    Returns:
        The repaired text; may be empty or longer than one code point.

    Example:
        >>> fold_glyph("ﻰ"), fold_glyph("ﻻ"), fold_glyph("(cid:30)"), fold_glyph("ﮐ")
        ('ی', 'لا', '', 'ک')
        >>> fold_glyph("الً") == fold_glyph("ًلا") == "لاً"
        True
    """
    if not text:
        return ""
    if "(cid:" in text:
        text = _CID.sub("", text)
    out = []
    for ch in text:
        if ch in DROPPED:
            continue
        if ch in _SPACES:
            out.append(" ")
            continue
        if ch == "\u200c" or ch == "\u200d":
            out.append(ch)
            continue
        o = ord(ch)
        # presentation forms A/B, ligatures (ﬁ) and compatibility digits: NFKC per glyph
        if (
            0xFB00 <= o <= 0xFDFF
            or 0xFE70 <= o <= 0xFEFF
            or o in (0x2070, 0x00B9, 0x00B2, 0x00B3)
            or 0x2074 <= o <= 0x2079
        ):
            ch = unicodedata.normalize("NFKC", ch)
        for c in ch:
            if c in DROPPED:
                continue
            out.append(TEXT_FOLD.get(c, c))
    folded = "".join(out)
    if len(folded) < 2:
        return folded
    # a mark (ً) on a ligature glyph goes after its letters, whatever order the PDF gives
    marks = "".join(ch for ch in folded if unicodedata.category(ch) == "Mn")
    letters = "".join(ch for ch in folded if unicodedata.category(ch) != "Mn") if marks else folded
    if len(letters) == 2 and letters[0] in _ALEFS and letters[1] == "\u0644":
        # one glyph mapped to alef + lam: no font has such a ligature (alef never
        # joins the next letter), so it is a lam-alef written in visual order
        letters = letters[::-1]
    return letters + marks


# alef and its hamza/madda forms (for lam-alef ligatures)
_ALEFS = frozenset("\u0627\u0622\u0623\u0625")


def is_digit_text(text: str) -> bool:
    """True when ``text`` is one or more digits of any script.

    Example:
        >>> is_digit_text("۱۲"), is_digit_text("1a"), is_digit_text("")
        (True, False, False)
    """
    return bool(text) and all(unicodedata.category(c) == "Nd" for c in text)
