"""The gazetteer's record types: :class:`Entry`, :class:`Match`, :class:`Mention`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record (a row of ``cities.tsv``, ``countries.tsv``, …).

    Attributes:
        id: stable id: ``gn:<GeoNames id>`` (GeoNames places), ``country:<ISO>``,
            ``adm1:<CC>.<code>`` (regions), ``org:<slug>``, ``cur:<slug>`` (curated
            places without a GeoNames id).
        type: ``"city"``, ``"country"``, ``"region"`` or ``"org"``.
        name_en / name_fa: display names (``""`` when unknown).
        country: ISO 3166-1 alpha-2 code or ``None``.
        aliases: every other spelling, in file order.
    """

    id: str
    type: str
    name_en: str
    name_fa: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    geonames_id: int | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    admin1: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A result of :meth:`Gazetteer.lookup`: ``score`` is 1.0 for an exact key."""

    entry: Entry
    score: float
    matched: str
    exact: bool


@dataclass(frozen=True, slots=True)
class Mention:
    """A gazetteer name found in running text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    entry: Entry
    score: float
    type: str
