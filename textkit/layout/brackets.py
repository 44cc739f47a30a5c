"""Which way a bracket glyph faces: per-font votes, then the context of the logical text.

A bracket drawn in right-to-left text is mirrored, and producers map the
mirrored glyph to Unicode in two ways (see :class:`Brackets`); a character
source may also mirror brackets itself (PDFium does, in the runs its own
bidi pass reads right to left).  So the glyph's text tells the bracket's
*family* (round, square, guillemet, …) for sure, but not always whether it
opens or closes.  Two steps decide:

1. :func:`bracket_votes` (in :mod:`.lines`) decides per font how its bracket
   glyphs map, from lines whose brackets balance under one reading only;
   :func:`Brackets.shape` gives the answer while a line is read;
2. :func:`resolve_brackets` then looks at each bracket in the line's logical
   text: one glued to the word after it and set off before (``␣(word``) opens,
   one glued to the word before it and set off after (``word)␣``) closes,
   whatever step 1 said; only a bracket whose context says neither (``a(b``)
   keeps step 1's reading, and is turned to open when it would close nothing.

Step 2 is what keeps ``(Smith, 2019)`` right inside a Persian paragraph
whatever the producer or engine did to the glyphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from textkit.layout.bidi import mirror

# opening → closing of each family read by context; "<" ">" only when glued
# (they are also comparison signs: "a < b" is left as read)
_OPEN = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›", "<": ">"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# what may follow a closing bracket without a space: punctuation and other closers
_AFTER_CLOSE = frozenset(".,;:!?،؛؟…'\"”’") | frozenset(_CLOSE)
_COMPARISON = frozenset("<>")
# any character of a family above: "a (b" → a match at "("
_ANY_BRACKET = re.compile("[" + re.escape("".join(_OPEN) + "".join(_CLOSE)) + "]")


@dataclass(frozen=True, slots=True)
class Brackets:
    """How each font's ToUnicode maps bracket glyphs.

    A *shape* font maps the glyph ``(`` to "(" whatever it stood for
    (XeLaTeX, Chromium): a bracket read at right-to-left level was drawn
    mirrored and must be swapped back.  A *character* font maps each glyph to
    the character it was first drawn for (LibreOffice): the glyph ``(`` drawn
    for a mirrored ")" reads ")" everywhere, so brackets at right-to-left
    level are right as read and those at left-to-right level are swapped.
    """

    shape_fonts: frozenset[str] = frozenset()
    char_fonts: frozenset[str] = frozenset()
    default_shape: bool = False

    def shape(self, font: str) -> bool:
        """True when ``font`` maps bracket glyphs by their shape."""
        if font in self.shape_fonts:
            return True
        if font in self.char_fonts:
            return False
        return self.default_shape


def _facing(prev: str, nxt: str) -> str:
    """``"open"``, ``"close"`` or ``""`` (undecided) for a bracket between ``prev`` and ``nxt``."""
    set_off_before = not prev or prev.isspace() or prev in _OPEN
    set_off_after = not nxt or nxt.isspace() or nxt in _AFTER_CLOSE
    if set_off_before and not set_off_after:
        return "open"
    if set_off_after and not set_off_before:
        return "close"
    return ""


def _after(text: str, i: int) -> str:
    """What follows the bracket at ``i``, past other brackets (not yet decided):
    in «(SCI)»» the round bracket is followed by the end of the quotation."""
    j = i + 1
    while j < len(text) and (text[j] in _OPEN or text[j] in _CLOSE) and text[j] not in "<>":
        j += 1
    return text[j] if j < len(text) else ""


def resolve_brackets(text: str) -> str:
    """Turn each bracket of a logical-order line to face the way its context says.

    The result has the same length as ``text`` (only bracket characters change).

    Example:
        >>> resolve_brackets(")Smith, 2019( و «شهر»")
        '(Smith, 2019) و «شهر»'
        >>> resolve_brackets("کتاب)ها) و <https://uclg.org<")
        'کتاب(ها) و <https://uclg.org>'
        >>> resolve_brackets("a > b"), resolve_brackets(""), resolve_brackets("«(SCI(« بود")
        ('a > b', '', '«(SCI)» بود')
    """
    if not _ANY_BRACKET.search(text):
        return text
    out = list(text)
    depth: dict[str, int] = {}
    for i, ch in enumerate(text):
        opener = ch if ch in _OPEN else _CLOSE.get(ch)
        if opener is None:
            continue
        facing = _facing(out[i - 1] if i else "", _after(text, i))
        if not facing:
            if opener in _COMPARISON:
                continue  # "a<b", "a > b": as read
            # undecided: as read, but a bracket that would close nothing opens
            facing = "open" if ch in _OPEN or depth.get(opener, 0) <= 0 else "close"
        out[i] = opener if facing == "open" else _OPEN[opener]
        depth[opener] = depth.get(opener, 0) + (1 if facing == "open" else -1)
    return "".join(out)


def guillemet_votes(
    units: Sequence[str],
    fonts: Sequence[str],
    order: Sequence[tuple[int, bool]],
    votes: dict[str, list[int]],
) -> None:
    """Vote on each guillemet's font from the side it is glued to.

    A quotation often spans lines, so «…» rarely balances within one line;
    but an opening « is glued to the word after it and a closing » to the
    word before it (Persian «بر پایه»).  Each reading (shape or character
    mapping) names the glyph; the one that agrees with its glued side gets
    the vote.
    """
    n = len(order)
    for k, (i, m) in enumerate(order):
        u = units[i]
        if u not in "«»":
            continue
        before = units[order[k - 1][0]] if k > 0 else " "
        after = units[order[k + 1][0]] if k + 1 < n else " "
        if before.isspace() and not after.isspace():
            want = "«"
        elif after.isspace() and not before.isspace():
            want = "»"
        else:
            continue
        as_shape = mirror(u) if m else u
        as_char = u if m else mirror(u)
        if as_shape != as_char:
            votes.setdefault(fonts[i], [0, 0])[0 if as_shape == want else 1] += 1


def balanced(s: str) -> bool:
    """True when ``s`` has round brackets and they pair up.

    Example:
        >>> balanced("(a (b))"), balanced(")a("), balanced("a")
        (True, False, False)
    """
    depth = 0
    seen = False
    for ch in s:
        if ch == "(":
            depth += 1
            seen = True
        elif ch == ")":
            depth -= 1
            seen = True
            if depth < 0:
                return False
    return seen and depth == 0


__all__ = ["Brackets", "balanced", "guillemet_votes", "resolve_brackets"]
