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

import re
import unicodedata

from textkit.offsets import Edit

#: Single-letter replacements (one row per code point; each appears once).
LETTERS: dict[str, str] = {
    "\u064a": "\u06cc",  # ARABIC LETTER YEH -> FARSI YEH
    "\u0649": "\u06cc",  # ARABIC LETTER ALEF MAKSURA -> FARSI YEH
    "\u0643": "\u06a9",  # ARABIC LETTER KAF -> KEHEH
    "\u06d5": "\u0647",  # ARABIC LETTER AE -> HEH
    "\u06be": "\u0647",  # ARABIC LETTER HEH DOACHASHMEE -> HEH
    "\u06c1": "\u0647",  # ARABIC LETTER HEH GOAL (Urdu keyboards) -> HEH
    "\u06d2": "\u06cc",  # ARABIC LETTER YEH BARREE (Urdu keyboards) -> FARSI YEH
    "\u06d0": "\u06cc",  # ARABIC LETTER E (Pashto/Uyghur keyboards) -> FARSI YEH
    "\u06aa": "\u06a9",  # ARABIC LETTER SWASH KAF -> KEHEH
    "\u0620": "\u06cc",  # ARABIC LETTER KASHMIRI YEH -> FARSI YEH
    # Arabic-Indic digits -> the Persian (Extended Arabic-Indic) digits they stand for.
    # Fonts such as Noto Naskh Arabic map Persian-looking 4/5/6 to these code points,
    # so a PDF prints «۲۰۰٦» (U+0666) for «۲۰۰۶»; the digit script (Eastern vs Latin)
    # is still kept as written.
    "\u0660": "\u06f0",  # ARABIC-INDIC DIGIT ZERO -> EXTENDED ARABIC-INDIC DIGIT ZERO
    "\u0661": "\u06f1",  # ... ONE
    "\u0662": "\u06f2",  # ... TWO
    "\u0663": "\u06f3",  # ... THREE
    "\u0664": "\u06f4",  # ... FOUR
    "\u0665": "\u06f5",  # ... FIVE
    "\u0666": "\u06f6",  # ... SIX
    "\u0667": "\u06f7",  # ... SEVEN
    "\u0668": "\u06f8",  # ... EIGHT
    "\u0669": "\u06f9",  # ... NINE
}
#: Removed outright.
DROP = frozenset(
    "\u0640"  # TATWEEL (kashida)
    "\u200d"  # ZERO WIDTH JOINER
    "\u200e\u200f\u061c"  # LRM, RLM, ARABIC LETTER MARK
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
    "\ufeff"  # BYTE ORDER MARK / ZWNBSP
    "\u00ad"  # SOFT HYPHEN
)
#: Spaces folded to U+0020.
SPACES = frozenset(
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

_FOLD_CLASS = "".join(sorted(set(LETTERS) | DROP | SPACES))
#: Everything this step may change, in one pass:
#:   a letter variant or control            "علي"      -> "علی"
#:   a presentation form or Latin ligature  "ﺳﻼﻡ"      -> "سلام", "ﬁle" -> "file"
_FOLD_RE = re.compile(
    rf"[{_FOLD_CLASS}]"
    r"|[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]"
)
#: A run of ZWNJ: dropped at an edge or next to whitespace, else folded to one.
_ZWNJ_RUN_RE = re.compile("\u200c+")


#: An Arabic-script letter or mark, base or presentation form.
_ARABIC = re.compile(
    r"[\u0621-\u063F\u0641-\u0655\u0670\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\ufb50-\ufdff\ufe70-\ufefc]"
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


def _fold_char(ch: str) -> str:
    if ch in LETTERS:
        return LETTERS[ch]
    if ch in DROP:
        return ""
    if ch in SPACES:
        return " "
    out = unicodedata.normalize("NFKC", ch)
    return "".join(LETTERS.get(c, c) for c in out if c not in DROP)


def fold_chars(text: str, protected: list[tuple[int, int]] | None = None) -> list[Edit]:
    """Find the character edits for ``text``.

    Args:
        text: any text.
        protected: spans left untouched (URLs, DOIs, …).

    Returns:
        Sorted, non-overlapping edits.

    Example:
        >>> from textkit.offsets import apply_edits
        >>> s = "ايـــران و كشورهاي ﺩﻳﮕﺮ"
        >>> apply_edits(s, fold_chars(s))
        'ایران و کشورهای دیگر'
    """
    protected = protected or []
    edits: list[Edit] = []
    for m in _FOLD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in protected):
            continue
        if m.group() == "\u00a0" and _nbsp_inside_word(text, m.start()):
            continue
        repl = _fold_char(m.group())
        if repl != m.group():
            edits.append(Edit(m.start(), m.end(), repl, "chars"))
    return edits


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
