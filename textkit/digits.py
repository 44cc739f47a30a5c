"""Deprecated alias of the digit functions in :mod:`textkit.script` (kept for one release).

>>> to_latin_digits("۱۲")
'12'
"""

from __future__ import annotations

from textkit.script import to_latin_digits, to_persian_digits

__all__ = ["to_latin_digits", "to_persian_digits"]
