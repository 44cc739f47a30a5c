"""Visual → logical order for one line of glyphs (the inverse of UAX #9 reordering).

A PDF stores where each glyph is drawn, i.e. the *visual* order of a line
(left to right).  The Unicode Bidirectional Algorithm maps logical → visual;
here we invert its effect for the cases that occur in text lines (no explicit
embeddings): in a right-to-left line the runs are read from right to left,
except that *left-to-right runs* keep their inner order.  A left-to-right run
is, as the UBA resolves it,

* Latin letters with the neutrals between them, plus numbers that follow
  Latin text (rule W7: a number after Latin text takes the Latin direction),
  e.g. ``Ogawa, 2012:17``;
* a number with its inner separators (rules W4/W5), e.g. ``۱۳۹۳``, ``2012:17``,
  ``۵۷-۵۶``, ``۱۰٪``.

Reversing characters one by one (what ``char_dir="rtl"`` does) breaks exactly
these runs: ``Ogawa, 2012:17`` → ``71:2102 ,awagO``.

Units are whole glyphs: a lam-alef ligature folded to ``لا`` is one unit and
keeps its inner order.  Whether mirrored brackets must be swapped depends on the
producer's ToUnicode map and is decided by the caller (:func:`mirror`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from textkit.script import to_latin_digits

#: Bracket pairs swapped when a glyph drawn mirrored is read back.
MIRROR: dict[str, str] = {
    "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{",
    "«": "»", "»": "«", "<": ">", ">": "<", "‹": "›", "›": "‹",
}  # fmt: skip

# unit classes: R (right-to-left letter), L (left-to-right letter), N (digit),
# S (common separator inside a number: CS and AN punctuation, e.g. ":" "/" "٫"),
# E (European separator: ES, e.g. "-" "+"), T (terminator: ET, e.g. "%" "٪"),
# W (white space), O (other neutral)
_CLASS_OF_BIDI = {
    "R": "R", "AL": "R", "L": "L", "EN": "N", "AN": "S",
    "ES": "E", "CS": "S", "ET": "T", "WS": "W", "S": "W", "B": "W",
}  # fmt: skip

#: neutrals that stay with the Latin word they follow at a line end ("Gibbs," "UN-")
_TRAILING = frozenset(",.;:-–!?'\"/")  # "/": a URL broken after its slash


@lru_cache(maxsize=8192)  # pure, and a document has a few hundred distinct glyph texts
def unit_class(unit: str) -> str:
    """Class of one glyph's text for reordering: R, L, N, S, E, T, W or O.

    The first strong character decides; a digit run is N.

    Example:
        >>> [unit_class(u) for u in ("لا", "fi", "۱", ":", "-", "٪", " ", "(", "")]
        ['R', 'L', 'N', 'S', 'E', 'T', 'W', 'O', 'O']
    """
    weak = "O"
    for ch in unit:
        b = unicodedata.bidirectional(ch)
        if b in ("R", "AL"):
            return "R"
        if b == "L":
            return "L"
        if b in ("EN", "AN") and unicodedata.category(ch) == "Nd":
            weak = "N"
        elif weak == "O":
            weak = _CLASS_OF_BIDI.get(b, "O")
    return weak


def _number_end(cls: Sequence[str], i: int, arabic: bool, *, digits_only: bool = False) -> int:
    """Last index of the number run starting at ``i``.

    Rules W4/W5: a single common separator between digits joins them
    (``2012:17``, ``۱۳۹۸/۰۸/۱۱``); after Arabic-script letters the number is an
    *Arabic number* (rule W2), which a "-" or "%" does not join: ``۵۷-۵۶`` is
    drawn as two numbers, ``۱۰٪`` with the sign on the left.  ``digits_only``:
    no separator joins (XeTeX, see :func:`_ltr_spans`).
    """
    n = len(cls)
    end = i
    j = i + 1
    while j < n:
        c = cls[j]
        if c == "N":
            end = j
            j += 1
        elif digits_only:
            break
        elif (c == "S" or (c == "E" and not arabic)) and j + 1 < n and cls[j + 1] == "N":
            end = j + 1
            j += 2
        elif c == "T" and not arabic:  # 10%
            end = j
            j += 1
        else:
            break
    return end


def _after_arabic(cls: Sequence[str], end: int, hi: int, start: str = "R") -> bool:
    """True when the strong letter read before a number (to its right) is right-to-left."""
    for j in range(end + 1, hi):
        if cls[j] == "R":
            return True
        if cls[j] == "L":
            return False
    return start == "R"  # line start: what the previous line ended with


# round and square brackets, whichever way a glyph's text says they face: which
# way they really face is decided later (:mod:`textkit.layout.brackets`), and a
# character source may have mirrored them
_BRACKETS = frozenset("()[]")


def _ltr_spans(
    cls: Sequence[str],
    lo: int,
    hi: int,
    units: Sequence[str],
    start: str = "R",
    signs_join: bool = False,
    split_numbers: bool = False,
) -> list[tuple[int, int]]:
    """Left-to-right runs (inclusive index pairs) inside ``cls[lo:hi]`` of a right-to-left line.

    ``start`` is the strong direction read before the line (``"R"``, ``"L"``,
    or ``"sos"`` at a paragraph start).  After Latin text (``start == "L"``)
    the numbers and Latin words before the first Persian letter form one run
    (rule W7 across a line break: ``(Gibbs, et al,`` / ``2015: 15-16)``).
    """
    spans: list[tuple[int, int]] = []
    lead = _lead_run(cls, lo, hi, units) if start == "L" else None
    i = lo
    while i < hi:
        c = cls[i]
        if lead is not None and i == lead[0]:
            end = lead[1]
        elif c == "L" or (
            c == "T" and i + 1 < hi and cls[i + 1] == "N" and not _after_arabic(cls, i, hi, start)
        ):
            end = _latin_run_end(cls, lo, hi, units, i, tex=signs_join)
        elif c == "N":
            end = _number_run_end(cls, hi, units, i, start, signs_join, split_numbers)
        else:
            i += 1
            continue
        spans.append((i, end))
        i = end + 1
    return spans


def _lead_run(cls: Sequence[str], lo: int, hi: int, units: Sequence[str]) -> tuple[int, int] | None:
    """The Latin run after the last Persian letter of a line that goes on from Latin text."""
    r = max((k for k in range(lo, hi) if cls[k] == "R"), default=lo - 1)
    strong = [
        k for k in range(r + 1, hi) if cls[k] == "L" or (cls[k] == "N" and units[k].isascii())
    ]
    if not strong:
        return None
    end = strong[-1]
    # closing brackets and punctuation right after the run are at its level
    # (rule N0: a bracket pair inside Latin context takes the Latin direction)
    while end + 1 < hi and (units[end + 1] in _TRAILING or units[end + 1] in _BRACKETS):
        end += 1
    return (strong[0], end)


def _latin_run_end(
    cls: Sequence[str], lo: int, hi: int, units: Sequence[str], i: int, *, tex: bool = False
) -> int:
    """End of the left-to-right run that starts with a Latin letter (or a sign before a number).

    ``tex``: XeTeX does not run the UBA; a Latin run is an ``\\lr{…}`` box,
    and boxes with a bracket between them («\\lr{Yazd} (\\lr{Iran})») are set
    right to left, so a run ends before a bracket.
    """
    c = cls[i]
    end = i
    j = i + 1
    while j < hi and cls[j] != "R":
        if cls[j] == "N" and c == "L" and not units[j].isascii():
            # a Persian-digit number is not part of the Latin text before it
            # ("۲. Weimar," drawn as "Weimar, .۲"); W7 joins "Ogawa, 2012"
            break
        if tex and units[j] in _BRACKETS:
            break
        if cls[j] in ("L", "N"):
            end = j
        j += 1
    if c == "T" and end == i:
        end = _number_end(cls, i + 1, False)
    end = _bracket_inside(units, end, hi)
    if not tex:
        end = _closing_bracket(cls, units, i, end, hi)
    if c == "L" and all(cls[k] != "R" for k in range(lo, i)):
        # the run ends the line: punctuation drawn right after it belongs to it
        # (the paragraph goes on in Latin on the next line: "(Gibbs," / "etal, …)")
        while end + 1 < hi:
            nxt = units[end + 1]
            if nxt in _TRAILING:
                end += 1
            elif nxt == " " and end + 2 < hi and units[end + 2] in MIRROR:
                end += 1  # the line-end space, drawn between the run and its bracket
            else:
                break
    return end


def _number_run_end(
    cls: Sequence[str],
    hi: int,
    units: Sequence[str],
    i: int,
    start: str,
    signs_join: bool,
    split_numbers: bool,
) -> int:
    """End of the left-to-right run that starts with the number at ``i``."""
    arabic = _after_arabic(cls, _number_end(cls, i, True), hi, start)
    # XeTeX with a digit font of its own (xepersian's \setdigitfont) does not run
    # the UBA over a number: it sets each run of Persian digits left to right
    # and the runs, with the "/" or ":" between them, right to left —
    # «۱۳۸۵/۰۴/۱۲» is drawn «۱۲/۰۴/۱۳۸۵» (see :func:`digit_runs_split`)
    split = split_numbers and not units[i].isascii()
    end = _number_end(cls, i, arabic, digits_only=split)
    if signs_join and arabic:
        # XeTeX draws a percent sign on the right of a Persian number: «۴۰٪»
        while end + 1 < hi and cls[end + 1] == "T":
            end += 1
    # a number glued to Latin letters on its right ("3rd", "2nd") belongs to them
    if end + 1 < hi and cls[end + 1] == "L":
        j = end + 1
        while j < hi and cls[j] != "R":
            if cls[j] in ("L", "N"):
                end = j
            j += 1
    return end


def _closing_bracket(cls: Sequence[str], units: Sequence[str], i: int, end: int, hi: int) -> int:
    """Take into a Latin run the bracket that closes one opened inside it.

    UBA rule N0: a bracket pair whose enclosed text is Latin takes the Latin
    direction when the text before the opening bracket is Latin too, so in
    «شهر Yazd (Iran) با» the pair belongs to the run «Yazd (Iran)».  The run
    found so far ends at its last letter; a bracket drawn right after it
    closes one of its family that stands an odd number of times before that
    letter.  (A bracket after the last letter, XeTeX's «UNDP)» of
    :func:`_bracket_inside`, closes nothing inside the run.)
    """
    k = end + 1
    if k >= hi or units[k] not in _BRACKETS:
        return end
    family = _family(units[k])
    last = max((j for j in range(i, k) if cls[j] in ("L", "N")), default=i)
    inside = sum(1 for j in range(i, last) if _family(units[j]) == family)
    return k if inside % 2 == 1 else end


def _bracket_inside(units: Sequence[str], end: int, hi: int) -> int:
    """Extend a Latin run over a bracket drawn inside it.

    ``(\\lr{UNDP)}`` in xepersian puts the closing bracket inside the
    left-to-right box: the line shows the run's own ``)`` followed by the
    mirrored opening bracket, ``UNDP))``.  Two bracket glyphs of one family in
    a row cannot both be mirrored brackets of the surrounding text, so the
    first one (with any punctuation after it) belongs to the run.
    """
    k = end + 1
    if k >= hi or units[k] not in _BRACKETS:
        return end
    family = _family(units[k])
    j = k
    while j < hi and (units[j] in _TRAILING or _family(units[j]) == family):
        if j > k and _family(units[j]) == family:
            return j - 1
        j += 1
    return end


def _family(unit: str) -> str:
    """``"("`` for a round bracket either way, ``"["`` for a square one, else ``""``."""
    return _FAMILY.get(unit, "")


_FAMILY = {"(": "(", ")": "(", "[": "[", "]": "["}


def _rtl_items(
    cls: Sequence[str],
    lo: int,
    hi: int,
    units: Sequence[str],
    start: str = "R",
    signs_join: bool = False,
    split_numbers: bool = False,
) -> list[tuple[int, int, bool]]:
    """Logical order of ``[lo, hi)`` read as a right-to-left run.

    Returns (start, end, mirrored) items: LTR runs as one item, other units
    one by one (neutrals flagged as drawn mirrored).
    """
    items: list[tuple[int, int, bool]] = []
    spans = _ltr_spans(cls, lo, hi, units, start, signs_join, split_numbers)
    k = 0
    i = lo
    while i < hi:
        if k < len(spans) and spans[k][0] == i:
            items.append((spans[k][0], spans[k][1], False))
            i = spans[k][1] + 1
            k += 1
        else:
            items.append((i, i, cls[i] == "O"))
            i += 1
    items.reverse()
    return items


def visual_to_logical(
    units: Sequence[str],
    base: str = "rtl",
    *,
    para_start: bool = False,
    carry: str | None = None,
    signs_join: bool = False,
    split_numbers: bool = False,
    classes: Sequence[str] | None = None,
) -> list[tuple[int, bool]]:
    """Logical order of a line given as glyph texts in visual (left-to-right) order.

    Args:
        units: the text of each glyph (or gap) of the line, left to right.
        base: the paragraph direction, ``"rtl"`` or ``"ltr"``.
        para_start: the line starts a paragraph, so a number at its start
            follows no Persian letter (UBA rule W2 sees the paragraph start).
        carry: class of the last strong letter of the previous line of the
            paragraph (``"R"`` or ``"L"``), when known.
        signs_join: a percent sign drawn right of a Persian number is part of
            it (XeTeX, which does not run the UBA; ``«۴۰٪»`` reads «۴۰٪»).
        split_numbers: Persian-digit runs are not joined by "/" or ":" (XeTeX
            with a digit font, see :func:`digit_runs_split`).
        classes: :func:`unit_class` of each unit, when the caller has them.

    Returns:
        ``(index, mirrored)`` pairs in logical order; ``mirrored`` is True for
        neutral glyphs read at right-to-left level (candidates for bracket
        swapping, see :func:`mirror`).

    Example:
        >>> u = list("71 :۱۳۹۱ :دیرف")  # visual order of «فرید: ۱۳۹۱: 71»
        >>> "".join(u[i] for i, _ in visual_to_logical(u))
        'فرید: ۱۳۹۱: 71'
    """
    cls = classes if classes is not None else [unit_class(u) for u in units]
    n = len(units)
    out: list[tuple[int, bool]] = []
    if base == "rtl" and "L" not in cls and "N" not in cls:
        # no left-to-right run (no Latin letter, no digit): every unit read right to
        # left, whatever came before the line (the most common line, by far)
        return [(i, cls[i] == "O") for i in range(n - 1, -1, -1)]
    if base != "rtl" and "R" not in cls:
        return [(i, False) for i in range(n)]  # nothing to reverse
    if base == "rtl":
        start = "sos" if para_start else (carry or "R")
        for a, b, m in _rtl_items(cls, 0, n, units, start, signs_join, split_numbers):
            if a == b:
                out.append((a, m))
            else:
                out.extend([(j, m) for j in range(a, b + 1)])
        return out
    # left-to-right line: reverse each right-to-left stretch
    i = 0
    after_latin = carry == "L" and not para_start  # the line goes on from Latin text
    for first, last in _rtl_stretches(cls, units, after_latin=after_latin):
        out.extend((k, False) for k in range(i, first))
        for a, b, m in _rtl_items(cls, first, last + 1, units):
            out.extend((jj, m) for jj in range(a, b + 1))
        i = last + 1
    out.extend((k, False) for k in range(i, n))
    return out


def _rtl_stretches(
    cls: Sequence[str], units: Sequence[str], *, after_latin: bool = False
) -> list[tuple[int, int]]:
    """The right-to-left stretches (inclusive index pairs) of a left-to-right line.

    A stretch runs from an RTL letter to the last RTL letter before the next
    Latin one; numbers drawn left of its first letter, with no Latin letter
    before them on the line, belong to it (UBA W2/N1: a number after Persian
    text counts as right-to-left), and so does a bracket drawn left of them
    that closes one inside it (rule N0): «• کوسکو، پرو (۲۰۱۶)» laid out left
    to right.  The line's first stretch does not when the line goes on from
    Latin text (``after_latin``: «…/twin-towns-» / «2023 در دسترس …»).
    """
    out: list[tuple[int, int]] = []
    n = len(cls)
    floor = 0
    i = 0
    while i < n:
        if cls[i] != "R":
            i += 1
            continue
        end = i
        j = i + 1
        while j < n and cls[j] != "L":
            if cls[j] == "R":
                end = j
            j += 1
        start = i
        latin = after_latin and floor == 0
        if not latin and all(cls[k] != "L" for k in range(floor, i)):  # after Latin: Latin
            start = next((k for k in range(floor, i) if cls[k] == "N"), i)
        if start > floor and units[start - 1] in _BRACKETS:
            family = _family(units[start - 1])
            if sum(1 for k in range(start, end + 1) if _family(units[k]) == family) % 2:
                start -= 1
        out.append((start, end))
        floor = i = end + 1
    return out


# a year as printed in a date or a citation: Jalali 13xx/14xx or Gregorian 19xx/20xx
_YEAR = re.compile(r"^(?:1[34]|19|20)\d\d$")


def digit_runs_split(lines: Iterable[Sequence[str]]) -> bool:
    """Whether a document draws Persian-digit numbers with "/" or ":" as separate runs.

    XeTeX runs the UBA over a word (``۱۳۸۵/۰۴/۱۲`` drawn as one left-to-right
    run), except when xepersian sets digits in a font of their own
    (``\\setdigitfont``): then each digit run is set left to right and the
    runs right to left, ``۱۲/۰۴/۱۳۸۵``.  Both look the same in the PDF (same
    font, same operators), so the two readings are told apart by content:
    Persian dates and citations put the year first (``۱۳۸۵/۰۴/۱۲``,
    ``(زینلی، ۱۳۸۷:۱۱۰)``).  Each number drawn with separators and a year at
    exactly one end votes; ``lines`` are visual-order glyph texts.

    Example:
        >>> digit_runs_split([list("۱۲/۰۴/۱۳۸۵"), list("۱۱۰:۱۳۸۷")])
        True
        >>> digit_runs_split([list("۱۳۸۷:۱۱۰")]), digit_runs_split([])
        (False, False)
    """
    split = joined = 0
    for units in lines:
        text = "".join(u if len(u) == 1 else "\0" for u in units)
        for m in _SEPARATED.finditer(text):
            parts = [to_latin_digits(x) for x in re.split(r"[/:]", m.group())]
            first, last = bool(_YEAR.match(parts[0])), bool(_YEAR.match(parts[-1]))
            if first and not last:
                joined += 1
            elif last and not first:
                split += 1
    return split > joined


# Persian digits joined by "/" or ":" (a date, a year:page citation, a time)
_SEPARATED = re.compile(r"[۰-۹]+(?:[/:][۰-۹]+)+")


def mirror(unit: str) -> str:
    """Swap a bracket for its mirror image; other text is returned unchanged.

    Example:
        >>> mirror("("), mirror("»"), mirror("ب")
        (')', '«', 'ب')
    """
    return MIRROR.get(unit, unit)


def reorder(text: str, base: str = "rtl", *, swap_brackets: bool = False) -> str:
    """Convenience form of :func:`visual_to_logical` for a string of one-character glyphs.

    Example:
        >>> reorder("(Ogawa, 2012:17) دیرف", swap_brackets=True)
        'فرید (Ogawa, 2012:17)'
    """
    units = list(text)
    return "".join(
        mirror(units[i]) if (m and swap_brackets) else units[i]
        for i, m in visual_to_logical(units, base)
    )
