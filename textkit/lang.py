"""Deprecated alias of the language functions in :mod:`textkit.script` (kept for one release).

>>> detect_lang("شهرهای خواهرخوانده")
'fa'
"""

from __future__ import annotations

from textkit.script import MIXED_SHARE, detect_lang, direction_of

__all__ = ["MIXED_SHARE", "detect_lang", "direction_of"]
