"""Digit scripts: the one place that maps Persian, Arabic-Indic and Latin digits.

>>> to_latin_digits("سال ۱۳۷۳ و ٢٠٠٦")
'سال 1373 و 2006'
>>> to_persian_digits("12")
'۱۲'
"""

from __future__ import annotations

# Persian (U+06F0..9) and Arabic-Indic (U+0660..9) digits -> ASCII digits.
_TO_LATIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# ASCII digits -> Persian digits (footnote labels printed with Latin digits).
_TO_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def to_latin_digits(text: str) -> str:
    """Write Persian and Arabic-Indic digits as ASCII digits."""
    return text.translate(_TO_LATIN)


def to_persian_digits(text: str) -> str:
    """Write ASCII digits as Persian digits."""
    return text.translate(_TO_PERSIAN)
