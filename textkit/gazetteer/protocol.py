"""The gazetteer as the rest of textkit sees it: a :class:`typing.Protocol`.

Annotate with :class:`GazetteerProtocol` where any gazetteer will do (the
extractors, test doubles); :class:`~textkit.gazetteer.index.Gazetteer` is the
implementation :func:`~textkit.gazetteer.load_gazetteer` returns.

Example:
    >>> from textkit.gazetteer import Gazetteer, GazetteerProtocol
    >>> isinstance(Gazetteer(), GazetteerProtocol)
    True
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from textkit.gazetteer.entries import Entry, Match, Mention


@runtime_checkable
class GazetteerProtocol(Protocol):
    """What code outside :mod:`textkit.gazetteer` may ask of a gazetteer.

    Attributes:
        version: the data version (equal versions, equal data).
        home_country: ISO code of the country whose towns the texts name
            without context, or ``None``.
    """

    version: str
    home_country: str | None

    def get(self, id: str) -> Entry | None:
        """The entry with this id («gn:115019», «country:IR»), or ``None``."""
        ...

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        type: str | None = None,
        fuzzy: bool = True,
        limit: int = 5,
    ) -> list[Match]:
        """Entries whose id, name or alias matches *name*, best first (exact = 1.0)."""
        ...

    def link(
        self,
        name: str,
        *,
        country: str | None = None,
        type: str | None = None,
        min_score: float = 0.9,
    ) -> Match | None:
        """The one entry to link *name* to: exact, or fuzzy ≥ *min_score* within *country*."""
        ...

    def find_mentions(self, text: str, *, types: set[str] | None = None) -> list[Mention]:
        """Gazetteer names in running text, non-overlapping, in text order."""
        ...

    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 code of a country name (Persian or English) or code."""
        ...

    def countries(self) -> dict[str, Entry]:
        """ISO alpha-2 code → the country's entry."""
        ...

    def regions(self, country: str | None = None) -> list[Entry]:
        """First-level regions (provinces, states), of one country if given."""
        ...

    def is_city(self, name: str, *, country: str | None = None) -> bool:
        """Whether *name* is exactly the name or an alias of a known city."""
        ...
