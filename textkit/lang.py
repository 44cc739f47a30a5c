"""Language and direction of a piece of text, from its letters.

>>> detect_lang("شهرهای خواهرخوانده")
'fa'
>>> detect_lang("Sister cities of Iran")
'en'
"""

from __future__ import annotations

import unicodedata

# A block is "mixed" when the minority script has at least this share of letters.
MIXED_SHARE = 0.3


def _script_counts(text: str) -> tuple[int, int]:
    arabic = latin = 0
    for ch in text:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFEFF or 0x0750 <= o <= 0x077F:
            if unicodedata.category(ch).startswith("L"):
                arabic += 1
        elif ch.isalpha() and o < 0x0250:
            latin += 1
    return arabic, latin


def detect_lang(text: str) -> str:
    """``"fa"``, ``"en"``, ``"mixed"`` or ``"unknown"`` (no letters)."""
    arabic, latin = _script_counts(text)
    total = arabic + latin
    if total == 0:
        return "unknown"
    share = min(arabic, latin) / total
    if share >= MIXED_SHARE:
        return "mixed"
    return "fa" if arabic > latin else "en"


def direction_of(lang: str, text: str = "") -> str:
    """``"rtl"`` for Persian and for mixed text that starts with Persian."""
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
