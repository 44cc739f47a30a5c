"""A bilingual (Persian–English) gazetteer of cities, countries, regions and
organisations, and a matcher for running text.

Modules: :mod:`~textkit.gazetteer.load` (TSV reading and folders),
:mod:`~textkit.gazetteer.index` (the :class:`Gazetteer`),
:mod:`~textkit.gazetteer.cache` (:func:`load_gazetteer`: layers and the compiled
cache), :mod:`~textkit.gazetteer.fuzzy`, :mod:`~textkit.gazetteer.match` and
:mod:`~textkit.gazetteer.slots` (names in running text),
:mod:`~textkit.gazetteer.validate`, :mod:`~textkit.gazetteer.edit` (``add`` and
``import``), :mod:`~textkit.gazetteer.candidates`.

Example:
    >>> from textkit.gazetteer import load_gazetteer, match_key
    >>> match_key("كيش") == match_key("کیش")
    True
    >>> gaz = load_gazetteer()  # doctest: +SKIP
    >>> gaz.country_code("چین")  # doctest: +SKIP
    'CN'
"""

from __future__ import annotations

from textkit.gazetteer.cache import load_gazetteer
from textkit.gazetteer.entries import Entry, Match, Mention
from textkit.gazetteer.index import Gazetteer
from textkit.gazetteer.keys import match_key
from textkit.gazetteer.protocol import GazetteerProtocol

__all__ = [
    "Entry",
    "Gazetteer",
    "GazetteerProtocol",
    "Match",
    "Mention",
    "load_gazetteer",
    "match_key",
]
