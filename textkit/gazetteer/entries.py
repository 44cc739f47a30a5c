"""The gazetteer's record types (:class:`Entry`, :class:`Match`, :class:`Mention`),
the :class:`EntryTable` that holds them, and how a TSV row becomes an :class:`Entry`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textkit.gazetteer.load import AliasRow


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


_ENTRY_FIELDS = tuple(Entry.__dataclass_fields__)
#: Position of ``country`` in a cached entry row.
_COUNTRY_FIELD = _ENTRY_FIELDS.index("country")


class EntryTable:
    """The entries, indexable by position: cached row tuples turned into
    :class:`Entry` objects on first access, plus entries added or replaced
    by upper layers."""

    __slots__ = ("_objs", "_rows")

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows
        self._objs: list[Entry | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._objs)

    def __getitem__(self, i: int) -> Entry:
        e = self._objs[i]
        if e is None:
            e = self._objs[i] = Entry(*self._rows[i])
        return e

    def __iter__(self) -> Iterator[Entry]:
        return (self[i] for i in range(len(self._objs)))

    def append(self, entry: Entry) -> int:
        self._objs.append(entry)
        return len(self._objs) - 1

    def replace(self, i: int, entry: Entry) -> None:
        self._objs[i] = entry

    def ids(self) -> list[str]:
        return [self._rows[i][0] if e is None else e.id for i, e in enumerate(self._objs)]

    def countries(self) -> list[str | None]:
        return [
            self._rows[i][_COUNTRY_FIELD] if e is None else e.country
            for i, e in enumerate(self._objs)
        ]

    def rows(self) -> list[tuple[Any, ...]]:
        return [
            self._rows[i] if e is None else tuple(getattr(e, f) for f in _ENTRY_FIELDS)
            for i, e in enumerate(self._objs)
        ]


def entry_from_row(eid: str, etype: str, r: dict[str, str], own: list[AliasRow]) -> Entry:
    name_en, name_fa = r.get("name_en", ""), r.get("name_fa", "")
    for a in own:
        if a.kind == "preferred" and a.lang in ("fa", "en"):
            name_fa, name_en = (a.alias, name_en) if a.lang == "fa" else (name_fa, a.alias)
    lat, lon = _coord(r.get("lat", ""), 90), _coord(r.get("lon", ""), 180)
    return Entry(
        id=eid,
        type=etype,
        name_en=name_en,
        name_fa=name_fa,
        country=r.get("country") or None,
        lat=lat if lon is not None else None,
        lon=lon if lat is not None else None,
        population=_int(r.get("population", "")),
        geonames_id=_int(r.get("geonames_id", "")),
        wikidata=r.get("wikidata") or None,
        aliases=tuple(a.alias for a in own),
        admin1=r.get("admin1") or None,
    )


def with_aliases(entry: Entry, own: list[AliasRow]) -> Entry:
    """*entry* with more spellings; a ``preferred`` one becomes its display name."""
    name_en, name_fa = entry.name_en, entry.name_fa
    for a in own:
        if a.kind == "preferred" and a.lang in ("fa", "en"):
            name_fa, name_en = (a.alias, name_en) if a.lang == "fa" else (name_fa, a.alias)
    return replace(
        entry,
        name_en=name_en,
        name_fa=name_fa,
        aliases=(*entry.aliases, *(a.alias for a in own)),
    )


def _coord(value: str, bound: float) -> float | None:
    from textkit.gazetteer.load import _num

    v = _num(value, float)
    return float(v) if v is not None and -bound <= v <= bound else None


def _int(value: str) -> int | None:
    from textkit.gazetteer.load import _num

    n = _num(value, int)
    return None if n is None else int(n)
