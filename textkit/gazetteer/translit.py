"""Cross-script sound skeletons: compare a Persian spelling with a Latin one.

Both scripts are mapped to one small alphabet of consonant classes, vowels
dropped.  It is used only to *rank* candidates (which Arabic-script alternate
name of a GeoNames city is its Persian name; which city of a given country an
unusual Persian spelling means), never to accept a match on its own.

Example: «یاسرنی» → ``ysrn``; ``Jászberény`` → ``ysbrn``.  ``h`` and mid-word ``v``/``w``
are dropped: transliterations disagree on them most.
"""

from __future__ import annotations

import re

# Persian letter → class.  Vowel letters and ع/ء vanish; و/ی are kept only
# word-initially (as v / y), where they are consonants.
_FA = {
    "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s",
    "ج": "j", "چ": "c", "ح": "", "ه": "", "خ": "k", "د": "d", "ذ": "z",
    "ز": "z", "ض": "z", "ظ": "z", "ر": "r", "ژ": "j", "ش": "S", "غ": "k",
    "ق": "k", "ک": "k", "گ": "k", "ف": "f", "ل": "l", "م": "m", "ن": "n",
    "و": "", "ی": "", "ا": "", "آ": "", "ع": "", "ء": "", "ئ": "",
}  # fmt: skip

# Latin digraphs first (longest first), then single letters.  Examples:
# "sch" → S (Schwäbisch), "cs" → c (Pécs, Hungarian), "kh" → k (Astrakhan).
_LATIN_RULES = [
    ("tsch", "c"), ("sch", "S"), ("tch", "c"), ("sh", "S"), ("ch", "c"), ("cs", "c"),
    ("cz", "c"), ("kh", "k"), ("gh", "k"), ("ph", "f"), ("th", "t"), ("dj", "j"),
    ("dzh", "j"), ("zh", "j"), ("ck", "k"), ("qu", "k"), ("sz", "s"), ("zs", "j"),
    ("ts", "s"), ("tz", "s"), ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("x", "ks"),
    ("c", "k"), ("q", "k"), ("g", "k"), ("w", ""), ("v", ""), ("h", ""),
]  # fmt: skip
_LATIN_RE = re.compile("|".join(re.escape(a) for a, _ in _LATIN_RULES))
_LATIN_MAP = dict(_LATIN_RULES)
_VOWELS_RE = re.compile(r"[aeiouy]")
_DOUBLE_RE = re.compile(r"(.)\1+")


def fa_sound(key: str) -> str:
    """Sound skeleton of a Persian key (see module doc).

    Example:
        >>> fa_sound("یاسرنی")
        'ysrn'
    """
    if not key:
        return ""
    head = {"ی": "y", "و": "v", "ا": "", "آ": "", "ع": ""}.get(key[0], _FA.get(key[0], ""))
    body = "".join(_FA.get(ch, "") for ch in key[1:])
    return _DOUBLE_RE.sub(r"\1", head + body)


def latin_sound(key: str) -> str:
    """Sound skeleton of a Latin key (lower-case ASCII after :func:`match_key`).

    Hungarian/Slavic initial ``j`` is a /y/, so a leading ``j`` before a vowel
    becomes ``y``.

    Example:
        >>> latin_sound("jaszbereny")
        'ysbrn'
    """
    if not key:
        return ""
    head = ""
    if key[0] == "y" or (key[0] in "ji" and len(key) > 1 and key[1] in "aeiou"):
        head, key = "y", key[1:]
    elif key[0] in "vw":
        head, key = "v", key[1:]
    out = _VOWELS_RE.sub("", _LATIN_RE.sub(lambda m: _LATIN_MAP[m.group()], key))
    return _DOUBLE_RE.sub(r"\1", head + out)


# Vowel-keeping romanisation for tie-breaks: «گیونگجو» → "kiunkju",
# "gyeongju" → "kiionkju" (both sides folded the same way).
_FA_ROUGH = str.maketrans({
    "ا": "a", "آ": "a", "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s",
    "ج": "j", "چ": "c", "ح": "h", "ه": "h", "خ": "k", "د": "d", "ذ": "z", "ز": "z", "ض": "z",
    "ظ": "z", "ر": "r", "ژ": "j", "ش": "S", "غ": "k", "ق": "k", "ک": "k", "گ": "k", "ف": "f",
    "ل": "l", "م": "m", "ن": "n", "و": "u", "ی": "i", "ع": "", "ء": "", "ئ": "i",
})  # fmt: skip
_LATIN_ROUGH_RULES = [("sch", "S"), ("sh", "S"), ("ch", "c"), ("kh", "k"), ("gh", "k"), ("ph", "f"),
                      ("th", "t"), ("zh", "j"), ("g", "k"), ("c", "k"), ("q", "k"), ("w", "u"),
                      ("v", "u"), ("o", "u"), ("e", "i"), ("y", "i"), ("x", "ks")]  # fmt: skip
_LATIN_ROUGH_RE = re.compile("|".join(re.escape(a) for a, _ in _LATIN_ROUGH_RULES))
_LATIN_ROUGH_MAP = dict(_LATIN_ROUGH_RULES)


def fa_rough(key: str) -> str:
    """Vowel-keeping Latin rendering of a Persian key (tie-breaks only)."""
    return key.translate(_FA_ROUGH).replace("v", "u")


def latin_rough(key: str) -> str:
    """The same folding for a Latin key, so the two can be compared."""
    return _LATIN_ROUGH_RE.sub(lambda m: _LATIN_ROUGH_MAP[m.group()], key).replace("h", "")
