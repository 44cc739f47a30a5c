"""Canonical match keys and Persian-aware word tokens.

One function, :func:`match_key`, defines when two spellings are "the same name":
it is used both to build the gazetteer index and to look text up in it.  The key
folds letter variants (:func:`textkit.script.fold_key`: Arabic ي/ى/ك → Persian
ی/ک, ۀ/ة → ه, hamza carriers and madda → bare letter), drops diacritics, tatweel,
bidi controls, ZWNJ and spaces,
and case-folds Latin text (``Jászberény`` → ``jaszbereny``).  Because spaces and
ZWNJ vanish, «سنت پترزبورگ», «سنت‌پترزبورگ» and «سنتپترزبورگ» share one key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textkit.script import fold_key

# A word character: any letter or combining mark, plus ZWNJ/ZWJ and tatweel
# inside a word.  Digits, punctuation, hyphens and apostrophes split words, so
# «تهران(۱۳۷۹» → «تهران» and "Xi'an" → "Xi", "an" (keys join them again);
# only short Latin acronyms keep their digits ("C40").
_WORD_RE = re.compile(
    # Latin acronyms with digits stay whole: "C40", "G20" (but "Tehran1" splits)
    r"\b[A-Za-z]{1,3}[0-9]{1,3}\b"
    r"|[^\W\d_]+(?:[\u200c\u200d\u0640\u064b-\u065f\u0670\u0300-\u036f]*[^\W\d_]+)*"
)

# Characters that are "letters" to \w but act as separators in names:
# modifier letters such as ʼ ʻ (Raʼs, Oʻzbekiston).
_SEPARATOR_LETTERS = "\u02bb\u02bc\u02be\u02bf\u02b9"

ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of running text: ``text[start:end]`` and its key."""

    start: int
    end: int
    key: str


def token_key(word: str) -> str:
    """Key of one word (no spaces inside): :func:`textkit.script.fold_key`.

    Args:
        word: a word as written.

    Returns:
        The folded form: NFKD, combining marks removed, case-folded, and every
        letter fold of ``textkit/data/script/letters.tsv`` applied (ZWNJ and
        tatweel dropped, ي → ی, ة → ه, ø → o, …).

    Example:
        >>> token_key("كيش") == token_key("کیش")
        True
    """
    return fold_key(word)


def tokenize(text: str) -> list[Token]:
    """Split running text into word tokens with offsets and keys.

    Digits and punctuation attached to a word are split off; a ZWNJ inside a
    word stays in the token (its key drops it).

    Example:
        >>> [text[t.start:t.end] for text in ["تهران(۱۳۷۹)"] for t in tokenize(text)]
        ['تهران']
    """
    if any(ch in text for ch in _SEPARATOR_LETTERS):
        text = text.translate({ord(ch): " " for ch in _SEPARATOR_LETTERS})
    tokens = []
    for m in _WORD_RE.finditer(text):
        key = token_key(m.group())
        if key:
            tokens.append(Token(m.start(), m.end(), key))
    return tokens


def match_key(text: str) -> str:
    """The canonical key of a name: the keys of its words joined with nothing.

    Args:
        text: a name as written, in any script.

    Returns:
        The key; ``""`` when the text has no letters.

    Example:
        >>> match_key("سنت‌پترزبورگ") == match_key("سنت پترزبورگ") == match_key("سنتپترزبورگ")
        True
        >>> match_key("Jászberény")
        'jaszbereny'
    """
    return "".join(t.key for t in tokenize(text))


# --- phonetic skeletons, for fuzzy candidates only -------------------------------
# Persian: drop vowel letters (ا و ی and hamza seats) after the first letter and
# merge letters that transliterations confuse: گ/ک/ق/غ, س/ص/ث, ز/ذ/ض/ظ, ت/ط, ه/ح.
# «فوکوگا» → «فکک», «فوکوئوکا» → «فکک».
_FA_SKELETON = str.maketrans(
    {
        "گ": "ک",
        "ق": "ک",
        "غ": "ک",
        "ص": "س",
        "ث": "س",
        "ذ": "ز",
        "ض": "ز",
        "ظ": "ز",
        "ط": "ت",
        "ح": "ه",
        "ع": "",
        "ا": "",
        "و": "",
        "ی": "",
    }
)


def skeleton(key: str) -> str:
    """Consonant skeleton of a key (Persian letters only; Latin keys unchanged).

    Example:
        >>> skeleton(match_key("فوکوگا")) == skeleton(match_key("فوکوئوکا"))
        True
    """
    if not key or not ARABIC_SCRIPT_RE.search(key):
        return key
    return key[0] + key[1:].translate(_FA_SKELETON)
