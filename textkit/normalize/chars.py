"""Character folding: Arabic letter variants, presentation forms, tatweel, bidi
controls, odd spaces, Latin ligatures. Each change is one :class:`Edit`.

Policy:

* ``ي`` / ``ى`` -> ``ی``, ``ك`` -> ``ک``, ``ە`` / ``ھ`` -> ``ه``;
* presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) -> base letters (NFKC),
  so ``ﻻ`` becomes the two letters ``لا``; Latin ligatures ``ﬁ`` -> ``fi``;
* tatweel/kashida ``ـ`` removed; bidi controls (LRM, RLM, ALM, LRE…PDF, LRI…PDI),
  ZWJ, BOM and soft hyphen removed; **ZWNJ kept** (doubled ZWNJ folded to one,
  ZWNJ next to a space or at either end of the text dropped);
* no-break and other Unicode spaces -> plain space; tabs and newlines kept; a
  no-break space between two Arabic-script letters is left for the ZWNJ step,
  which turns it into a ZWNJ or a space (some PDF extractors emit U+00A0 for ZWNJ);
* **diacritics are kept as written** (``کاملاً``, ``خانهٔ``, ``ۀ``): removing them
  would change the text against the source without helping the ZWNJ repair;
* **digits keep their script** (Persian or Latin, as written); Arabic-Indic digits
  ``٤٥٦`` become the Persian digits ``۴۵۶`` they stand for in Persian text.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

from textkit.offsets import Edit
from textkit.script import TEXT_FOLD, to_latin_digits, to_persian_digits

#: Arabic-Indic digits (U+0660–U+0669). Fonts such as Noto Naskh Arabic map
#: Persian-looking 4/5/6 to these code points, so a PDF prints «۲۰۰٦» (U+0666) for
#: «۲۰۰۶»; they become the Persian digits they stand for (the digit script, Eastern
#: vs Latin, is still kept as written).
ARABIC_INDIC = frozenset(chr(c) for c in range(0x0660, 0x066A))
#: Single-letter replacements: the text-level letter folds of :mod:`textkit.script`
#: (``textkit/data/script/letters.tsv``, one row per code point with its reason)
#: plus the Arabic-Indic digits.
LETTERS: dict[str, str] = {
    **TEXT_FOLD,
    **{d: to_persian_digits(to_latin_digits(d)) for d in sorted(ARABIC_INDIC)},
}
#: Kashida (tatweel), removed outright: «ایـــران» -> «ایران».
KASHIDA = frozenset("\u0640")
#: Invisible controls, removed outright.
CONTROLS = frozenset(
    "\u200d"  # ZERO WIDTH JOINER
    "\u200e\u200f\u061c"  # LRM, RLM, ARABIC LETTER MARK
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
    "\ufeff"  # BYTE ORDER MARK / ZWNBSP
    "\u00ad"  # SOFT HYPHEN
)
#: Removed outright (kashida and controls).
DROP = KASHIDA | CONTROLS
#: Spaces folded to U+0020.
SPACES = frozenset(
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

#: Letter variants proper (no digits).
LETTER_VARIANTS = frozenset(LETTERS) - ARABIC_INDIC
_PRESENTATION = r"[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]"


@dataclass(frozen=True, slots=True)
class Fold:
    """Which kinds of characters :func:`fold_chars` changes (all by default)."""

    letters: bool = True  # ي ى ك ە ھ … -> ی ک ه
    forms: bool = True  # presentation forms and Latin ligatures -> base letters (NFKC)
    kashida: bool = True  # tatweel removed
    controls: bool = True  # bidi controls, ZWJ, BOM, soft hyphen removed
    spaces: bool = True  # no-break and other Unicode spaces -> U+0020
    digits: bool = True  # Arabic-Indic digits -> the Persian digits they stand for

    def chars(self) -> frozenset[str]:
        """The single characters this fold may change."""
        out: set[str] = set()
        for on, group in (
            (self.letters, LETTER_VARIANTS),
            (self.digits, ARABIC_INDIC),
            (self.kashida, KASHIDA),
            (self.controls, CONTROLS),
            (self.spaces, SPACES),
        ):
            if on:
                out |= group
        return frozenset(out)


@functools.cache
def _fold_re(fold: Fold) -> re.Pattern[str] | None:
    """Everything *fold* may change, in one pass:
    a letter variant or control            "علي"      -> "علی"
    a presentation form or Latin ligature  "ﺳﻼﻡ"      -> "سلام", "ﬁle" -> "file"
    """
    parts = []
    chars = "".join(sorted(fold.chars()))
    if chars:
        parts.append(f"[{re.escape(chars)}]")
    if fold.forms:
        parts.append(_PRESENTATION)
    return re.compile("|".join(parts)) if parts else None


#: A run of ZWNJ: dropped at an edge or next to whitespace, else folded to one.
_ZWNJ_RUN_RE = re.compile("\u200c+")


#: An Arabic-script letter or mark, base or presentation form.
_ARABIC = re.compile(
    # every Arabic-script letter and mark, so that a letter and the presentation form
    # it comes from agree (ﭐ -> ٱ) and a second pass decides the same
    r"[\u0621-\u063F\u0641-\u065F\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF"
    r"\u0670\ufb50-\ufdff\ufe70-\ufefc]"
)


def _nbsp_inside_word(text: str, start: int) -> bool:
    """A no-break space between two Arabic-script letters: "ظرفیت\u00a0ها".

    Some PDF extractors give U+00A0 where the PDF had a ZWNJ (XeLaTeX/xepersian);
    the ZWNJ step decides between ZWNJ and space, so it is kept here.
    """
    return (
        0 < start < len(text) - 1
        and _ARABIC.match(text[start - 1]) is not None
        and _ARABIC.match(text[start + 1]) is not None
    )


def _fold_char(ch: str, changes: frozenset[str]) -> str:
    if ch in LETTERS:
        return LETTERS[ch]
    if ch in DROP:
        return ""
    if ch in SPACES:
        return " "
    out = unicodedata.normalize("NFKC", ch)
    return "".join(LETTERS.get(c, c) if c in changes else c for c in out if c not in DROP)


def fold_chars(
    text: str, protected: list[tuple[int, int]] | None = None, fold: Fold = Fold()
) -> list[Edit]:
    """Find the character edits for ``text``.

    Args:
        text: any text.
        protected: sorted spans left untouched (URLs, DOIs, …).
        fold: which kinds of characters to change (default: all).

    Returns:
        Sorted, non-overlapping edits.

    Example:
        >>> from textkit.offsets import apply_edits
        >>> s = "ايـــران و كشورهاي ﺩﻳﮕﺮ"
        >>> apply_edits(s, fold_chars(s))
        'ایران و کشورهای دیگر'
        >>> apply_edits(s, fold_chars(s, fold=Fold(kashida=False)))
        'ایـــران و کشورهای دیگر'
    """
    pattern = _fold_re(fold)
    if pattern is None:
        return []
    inside = Protected(protected or [])
    changes = fold.chars()
    edits: list[Edit] = []
    for m in pattern.finditer(text):
        if inside(m.start()):
            continue
        if m.group() == "\u00a0" and _nbsp_inside_word(text, m.start()):
            continue
        repl = _fold_char(m.group(), changes)
        if repl != m.group():
            edits.append(Edit(m.start(), m.end(), repl, "chars"))
    return edits


class Protected:
    """``inside(i)``: is index *i* in one of the sorted, non-overlapping *spans*?
    A binary search, so a text with many URLs costs n log n, not n × URLs.

    Example:
        >>> inside = Protected([(2, 4), (8, 9)])
        >>> [i for i in range(10) if inside(i)]
        [2, 3, 8]
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]

    def __call__(self, i: int) -> bool:
        k = bisect.bisect_right(self._starts, i) - 1
        return k >= 0 and i < self._ends[k]


def clean_zwnj(text: str) -> list[Edit]:
    """Edits that drop a ZWNJ at either end of the text or next to whitespace and fold
    doubled ZWNJ. Run after :func:`fold_chars` (a dropped control may bring a ZWNJ
    next to a space).

    Example:
        >>> from textkit.offsets import apply_edits
        >>> s = "\u200cکتاب\u200c\u200cها\u200c و"
        >>> apply_edits(s, clean_zwnj(s)) == "کتاب\u200cها و"
        True
    """
    if "\u200c" not in text:
        return []
    return [
        Edit(m.start(), m.end(), "" if _at_edge(text, m) else "\u200c", "zwnj-cleanup")
        for m in _ZWNJ_RUN_RE.finditer(text)
        if _at_edge(text, m) or len(m.group()) > 1
    ]


def _at_edge(text: str, m: re.Match[str]) -> bool:
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return before.isspace() or after.isspace()
