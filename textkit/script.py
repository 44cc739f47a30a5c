"""Scripts, letters and digits: the one place that knows them (a leaf module).

Every other module asks here instead of keeping its own table:

* **letters** — :data:`TEXT_FOLD` (Arabic/Urdu/Pashto letter variants a Persian text
  never wants: ``ي`` → ``ی``, ``ك`` → ``ک``) and :data:`KEY_FOLD` (variants that are
  legitimate in text but spell the same name: ``ة``, ZWNJ, ``ø``), both read from
  ``textkit/data/script/letters.tsv`` (one row per code point, with its reason);
  :func:`fold_letters` applies the first, :func:`fold_key` both (for comparing names);
* **digits** — :func:`to_latin_digits`, :func:`to_persian_digits` and :data:`DIGIT`,
  the regex class of any digit textkit reads;
* **scripts and languages** — :func:`script_counts`, :func:`script_of`,
  :func:`detect_lang` (block level: ``fa``/``en``/``mixed``/``unknown``) and
  :func:`document_language` (which language a whole text is written in, telling
  Persian from Arabic by their function words).

Examples:
    >>> fold_letters("كيش")
    'کیش'
    >>> fold_key("سنت‌پترزبورگ") == fold_key("سنت پترزبورگ".replace(" ", ""))
    True
    >>> to_latin_digits("سال ۱۳۷۳ و ٢٠٠٦")
    'سال 1373 و 2006'
    >>> detect_lang("شهرهای خواهرخوانده"), detect_lang("Sister cities of Iran")
    ('fa', 'en')
    >>> document_language("وافق المجلس البلدي لمدينة تبريز على مشروع قانون توأمة مع مدينة بورصة")
    'ar'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

__all__ = [
    "DIGIT",
    "KEY_FOLD",
    "TEXT_FOLD",
    "detect_lang",
    "direction_of",
    "document_language",
    "fold_key",
    "fold_letters",
    "is_arabic_letter",
    "script_counts",
    "script_of",
    "to_latin_digits",
    "to_persian_digits",
]

_LETTERS_TSV = Path(__file__).parent / "data" / "script" / "letters.tsv"


def _code_points(field: str) -> str:
    """``"U+0074 U+0068"`` → ``"th"``; an empty field → ``""``."""
    return "".join(chr(int(part[2:], 16)) for part in field.split())


@cache
def _letter_tables() -> tuple[dict[str, str], dict[str, str]]:
    text: dict[str, str] = {}
    key: dict[str, str] = {}
    for raw in _LETTERS_TSV.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("cp\t"):
            continue
        cp, to, level = raw.split("\t")[:3]
        (text if level == "text" else key)[_code_points(cp)] = _code_points(to)
    return text, key


#: Letter variants a Persian text never wants (one-to-one, length-preserving).
TEXT_FOLD: dict[str, str] = _letter_tables()[0]
#: Further folds used only to compare spellings of a name.
KEY_FOLD: dict[str, str] = _letter_tables()[1]

_TEXT_TABLE = str.maketrans(TEXT_FOLD)
_KEY_TABLE = str.maketrans({**TEXT_FOLD, **KEY_FOLD})


def fold_letters(text: str) -> str:
    """Replace the letter variants of :data:`TEXT_FOLD` (length is kept).

    Example:
        >>> fold_letters("شهري كه")
        'شهری که'
    """
    return text.translate(_TEXT_TABLE)


@lru_cache(maxsize=65536)
def fold_key(word: str) -> str:
    """The comparison form of *word*: compatibility-decomposed, combining marks
    (diacritics, hamza/madda above) removed, case-folded, and every row of
    ``letters.tsv`` applied. Spaces and punctuation are kept; callers that compare
    whole names drop them.

    Example:
        >>> fold_key("Jászberény"), fold_key("كربلاء") == fold_key("کربلا")
        ('jaszbereny', True)
    """
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_KEY_TABLE)


# --- digits ---------------------------------------------------------------------------

#: Persian (U+06F0..9) and Arabic-Indic (U+0660..9) digits → ASCII digits.
_TO_LATIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
#: ASCII digits → Persian digits.
_TO_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
#: A regex class matching one digit of any script textkit reads: «۱», «١», "1".
DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"


def to_latin_digits(text: str) -> str:
    """Write Persian and Arabic-Indic digits as ASCII digits.

    Example:
        >>> to_latin_digits("۱۴۰۲")
        '1402'
    """
    return text.translate(_TO_LATIN)


def to_persian_digits(text: str) -> str:
    """Write ASCII digits as Persian digits.

    Example:
        >>> to_persian_digits("12")
        '۱۲'
    """
    return text.translate(_TO_PERSIAN)


# --- scripts --------------------------------------------------------------------------

Script = Literal["arabic", "latin", "mixed", "other", "none"]

#: A block is "mixed" when the minority script has at least this share of its letters.
MIXED_SHARE = 0.3


def is_arabic_letter(ch: str) -> bool:
    """True for a letter of the Arabic script (Persian letters included).

    Example:
        >>> is_arabic_letter("پ"), is_arabic_letter("p"), is_arabic_letter("۱")
        (True, False, False)
    """
    o = ord(ch)
    return (
        0x0600 <= o <= 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFF
    ) and unicodedata.category(ch).startswith("L")


def script_counts(text: str) -> tuple[int, int, int]:
    """Letters of *text* by script: ``(arabic, latin, other)``.

    Example:
        >>> script_counts("Tehran تهران Москва")
        (5, 6, 6)
    """
    arabic = latin = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if is_arabic_letter(ch):
            arabic += 1
        elif ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF:
            latin += 1
        else:
            other += 1
    return arabic, latin, other


def script_of(text: str) -> Script:
    """The script of *text*: ``arabic``, ``latin``, ``mixed`` (minority script at
    least :data:`MIXED_SHARE` of the letters), ``other`` or ``none`` (no letters).

    Example:
        >>> script_of("تهران"), script_of("Tehran"), script_of("Москва"), script_of("۱۲")
        ('arabic', 'latin', 'other', 'none')
    """
    counts = script_counts(text)
    total = sum(counts)
    if not total:
        return "none"
    arabic, latin, other = counts
    top = max(counts)
    if top == other:
        return "other"
    if min(arabic, latin) >= MIXED_SHARE * total:
        return "mixed"
    return "arabic" if arabic >= latin else "latin"


def detect_lang(text: str, *, mixed_share: float = MIXED_SHARE) -> str:
    """Block-level language: ``"fa"`` (Arabic script), ``"en"`` (Latin script),
    ``"mixed"`` or ``"unknown"`` (no Arabic or Latin letters).

    Example:
        >>> detect_lang("Mashhad مشهد"), detect_lang("۱۲۳")
        ('mixed', 'unknown')
    """
    arabic, latin, _ = script_counts(text)
    total = arabic + latin
    if total == 0:
        return "unknown"
    if min(arabic, latin) >= mixed_share * total:
        return "mixed"
    return "fa" if arabic > latin else "en"


def direction_of(lang: str, text: str = "") -> str:
    """``"rtl"`` for Persian, and for mixed text whose first strong letter is RTL.

    Example:
        >>> direction_of("mixed", "سلام Tehran"), direction_of("en")
        ('rtl', 'ltr')
    """
    if lang == "fa":
        return "rtl"
    if lang == "mixed":
        for ch in text:
            bidi = unicodedata.bidirectional(ch)
            if bidi in ("R", "AL"):
                return "rtl"
            if bidi == "L":
                return "ltr"
    return "ltr"


# Function words that one language uses all the time and the other almost never
# (compared after fold_letters, so Arabic ي/ك spellings of Persian still count as Persian).
_FA_WORDS = frozenset(
    [
        "است",
        "این",
        "که",
        "را",
        "با",
        "از",
        "برای",
        "های",
        "می",
        "شد",
        "شده",
        "شود",
        "کرد",
        "کرده",
        "بود",
        "ها",
        "یک",
        "خود",
        "آن",
        "ایران",
    ]
)
_AR_WORDS = frozenset(
    ["في", "من", "على", "التي", "الذي", "إلى", "الى", "عن", "هذا", "هذه", "كان", "مع"]
)
_AR_FOLDED = frozenset(fold_letters(w) for w in _AR_WORDS)
# English function words: Latin-script text with almost none of them is another language
# (French, German, Spanish…), which textkit does not read.
_EN_WORDS = frozenset(
    [
        "the", "of", "and", "to", "in", "is", "was", "for", "with", "on", "by", "at", "from",
        "that", "this", "as", "are", "be", "has", "have", "it",
    ]
)  # fmt: skip
#: Below this share of English function words (in 25 words or more) Latin text is not English.
EN_SHARE_MIN = 0.05
_WORD = re.compile(r"[^\W\d_]+")


def document_language(text: str) -> str:
    """The language a whole text is written in: ``"fa"``, ``"ar"``, ``"en"``,
    ``"other"`` (another script, or Latin-script text with almost no English function
    words) or ``"unknown"`` (no letters).

    Arabic and Persian share a script; they are told apart by function words
    («است», «را», «می» vs «في», «على», «التي»).

    Example:
        >>> document_language("تبريز و استانبول خواهر خوانده شدند و اين تفاهمنامه امضا شد")
        'fa'
    """
    script = script_of(text)
    if script == "none":
        return "unknown"
    if script == "other":
        return "other"
    if script == "latin":
        words = [w.casefold() for w in _WORD.findall(text)]
        share = sum(w in _EN_WORDS for w in words) / max(1, len(words))
        return "other" if len(words) >= 25 and share < EN_SHARE_MIN else "en"
    words = [fold_letters(w) for w in _WORD.findall(text)]
    fa = sum(w in _FA_WORDS for w in words)
    ar = sum(w in _AR_FOLDED for w in words)
    if ar > 2 * fa and ar >= 2:
        return "ar"
    return "fa"


@cache
def english_words() -> frozenset[str]:
    """Known English words of five letters or more, lower case (SCOWL; see
    ``textkit/data/words/README.md``).

    Example:
        >>> "agreements" in english_words(), "isfahan" in english_words()
        (True, False)
    """
    import gzip

    data = (Path(__file__).parent / "data" / "words" / "en_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("ascii").split())
