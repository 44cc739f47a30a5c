"""Optional normaliser steps: spacing around punctuation, repeated spaces,
diacritics and the digit script.  Each is pure, returns :class:`Edit` objects on
its input, and leaves protected spans (URLs, DOIs, …) alone.

These are switched on by :class:`textkit.normalize.Normalizer`; the pipeline's
:func:`~textkit.normalize.normalize_text` keeps spacing and digits as written.
"""

from __future__ import annotations

import bisect
import re

from textkit.normalize.chars import Protected
from textkit.offsets import Edit
from textkit.script import to_latin_digits, to_persian_digits

# An Arabic-script letter or a Persian / Arabic-Indic digit.
_FA = "\u0621-\u063a\u0641-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06f0-\u06f9"
_FA_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5"

#: Spaces before a Persian mark are always wrong:   "۱۲۳ ،"  -> "۱۲۳،", "چرا ؟" -> "چرا؟"
#: before other closing marks, after Persian text:   "سلام ." -> "سلام.", "(تهران )" -> "(تهران)"
_SPACE_BEFORE_RE = re.compile(
    rf" +(?=[،؛؟])|(?<=[{_FA}]) +(?=[.!:;,)\]»])"
)  # fmt: skip
#: Spaces after an opening bracket before Persian text: "( تهران" -> "(تهران", "« سلام" -> "«سلام"
_SPACE_AFTER_OPEN_RE = re.compile(rf"(?<=[(\[«]) +(?=[{_FA}])")
#: A missing space after a mark between Persian words: "سلام.می" -> "سلام. می",
#: "تهران،شیراز" -> "تهران، شیراز", "۱۳۹۵.می" -> "۱۳۹۵. می"; two letters (or a
#: Persian digit) before a period, so abbreviations such as «ق.م» and «ه.ش» stay; a
#: ZWNJ or no-break space between the two letters counts as none (a later step may drop it).
_MISSING_SPACE_RE = re.compile(
    rf"(?:(?<=[{_FA_LETTER}][{_FA_LETTER}])|(?<=[{_FA_LETTER}][\u200c\u00a0][{_FA_LETTER}])|(?<=[۰-۹]))"
    rf"[.!؟](?=[{_FA_LETTER}])"
    rf"|(?<=[{_FA}])[،؛](?=[{_FA_LETTER}])"
)
_RUN_OF_SPACES_RE = re.compile(r"  +")
#: Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, hamza marks),
#: and their presentation forms (U+FE70–U+FE7F).
_DIACRITICS_RE = re.compile("[\u064b-\u065f\u0670\ufe70-\ufe7f]+")
_LATIN_DIGITS_RE = re.compile(r"[0-9]+")
_EASTERN_DIGITS_RE = re.compile("[\u06f0-\u06f9\u0660-\u0669]+")
_LETTER_RE = re.compile(rf"[A-Za-z\u00c0-\u024f]|[{_FA_LETTER}]")


def drop_space_before_marks(
    text: str, protected: list[tuple[int, int]] | None = None
) -> list[Edit]:
    """Edits that remove spaces before punctuation (and after an opening bracket)
    in Persian text.  Run before :func:`space_after_marks`.

    Example:
        >>> from textkit.offsets import apply_edits
        >>> s = "عدد ۱۲۳ ، سلام . ( تهران )"
        >>> apply_edits(s, drop_space_before_marks(s))
        'عدد ۱۲۳، سلام. (تهران)'
    """
    inside = Protected(protected or [])
    edits = [
        Edit(m.start(), m.end(), "", "space-before-mark")
        for pattern in (_SPACE_BEFORE_RE, _SPACE_AFTER_OPEN_RE)
        for m in pattern.finditer(text)
        if not inside(m.start())
    ]
    return sorted(edits, key=lambda e: (e.start, e.end))


def space_after_marks(text: str, protected: list[tuple[int, int]] | None = None) -> list[Edit]:
    """Edits that add the missing space after a mark between Persian words.

    Example:
        >>> from textkit.offsets import apply_edits
        >>> s = "سلام.می رسم،تهران ق.م"
        >>> apply_edits(s, space_after_marks(s))
        'سلام. می رسم، تهران ق.م'
    """
    inside = Protected(protected or [])
    return [
        Edit(m.end(), m.end(), " ", "space-after-mark")
        for m in _MISSING_SPACE_RE.finditer(text)
        if not inside(m.start())
    ]


def collapse_spaces(text: str, protected: list[tuple[int, int]] | None = None) -> list[Edit]:
    """Edits that turn runs of spaces (U+0020) into one; tabs and newlines stay.

    Example:
        >>> from textkit.offsets import apply_edits
        >>> apply_edits("شهر   تهران", collapse_spaces("شهر   تهران"))
        'شهر تهران'
    """
    inside = Protected(protected or [])
    return [
        Edit(m.start() + 1, m.end(), "", "collapse-spaces")
        for m in _RUN_OF_SPACES_RE.finditer(text)
        if not inside(m.start())
    ]


def remove_diacritics(text: str, protected: list[tuple[int, int]] | None = None) -> list[Edit]:
    """Edits that remove Arabic diacritics («کِتاب» -> «کتاب», «کاملاً» -> «کاملا»).

    Example:
        >>> from textkit.offsets import apply_edits
        >>> apply_edits("کِتابِ خانهٔ", remove_diacritics("کِتابِ خانهٔ"))
        'کتاب خانه'
    """
    inside = Protected(protected or [])
    return [
        Edit(m.start(), m.end(), "", "diacritics")
        for m in _DIACRITICS_RE.finditer(text)
        if not inside(m.start())
    ]


def latin_digits(text: str, protected: list[tuple[int, int]] | None = None) -> list[Edit]:
    """Edits that write Persian and Arabic-Indic digits as ASCII digits.

    Example:
        >>> from textkit.offsets import apply_edits
        >>> apply_edits("سال ۱۳۹۵", latin_digits("سال ۱۳۹۵"))
        'سال 1395'
    """
    inside = Protected(protected or [])
    return [
        Edit(m.start(), m.end(), to_latin_digits(m.group()), "digits")
        for m in _EASTERN_DIGITS_RE.finditer(text)
        if not inside(m.start())
    ]


def persian_digits(text: str, protected: list[tuple[int, int]] | None = None) -> list[Edit]:
    """Edits that write ASCII (and Arabic-Indic) digits as Persian digits in Persian
    text: only a number whose nearest letters are Persian, none Latin, so "ISO 3166",
    "C40" and a bare "2020" stay as they are.

    Example:
        >>> from textkit.offsets import apply_edits
        >>> s = "در سال 1395 طبق ISO 3166"
        >>> apply_edits(s, persian_digits(s))
        'در سال ۱۳۹۵ طبق ISO 3166'
    """
    inside = Protected(protected or [])
    letters = [(m.start(), _is_fa(m.group())) for m in _LETTER_RE.finditer(text)]
    starts = [pos for pos, _ in letters]
    edits = []
    for m in re.finditer(r"[0-9\u0660-\u0669]+", text):
        if inside(m.start()) or not _persian_context(starts, letters, m.start()):
            continue
        repl = to_persian_digits(to_latin_digits(m.group()))
        edits.append(Edit(m.start(), m.end(), repl, "digits"))
    return edits


def _is_fa(ch: str) -> bool:
    return re.match(f"[{_FA_LETTER}]", ch) is not None


def _persian_context(starts: list[int], letters: list[tuple[int, bool]], start: int) -> bool:
    """The nearest letters before and after ``text[start:end]`` are Persian (and
    there is at least one)."""
    k = bisect.bisect_left(starts, start)
    around = [letters[i][1] for i in (k - 1, k) if 0 <= i < len(letters)]
    return bool(around) and all(around)
