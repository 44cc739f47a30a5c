"""A bilingual (Persian–English) gazetteer of cities, countries, regions and
organisations, and a matcher for running text.

Example:
    >>> from textkit.gazetteer import load_gazetteer, match_key
    >>> match_key("كيش") == match_key("کیش")
    True
    >>> gaz = load_gazetteer()  # doctest: +SKIP
    >>> gaz.country_code("چین")  # doctest: +SKIP
    'CN'
"""

from __future__ import annotations

from textkit.gazetteer.entries import Entry, Match, Mention
from textkit.gazetteer.index import Gazetteer, load_gazetteer
from textkit.gazetteer.keys import match_key

__all__ = ["Entry", "Gazetteer", "Match", "Mention", "load_gazetteer", "match_key"]
