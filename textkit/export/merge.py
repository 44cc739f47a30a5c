"""The agreements of many result files merged into one list.

Two agreements are the same when their parties are: the unordered pair of
gazetteer ids, or for an unlinked party its name (as a gazetteer match key) and
country. A merged agreement keeps every source (document, page, quote), the
earliest year, and the status most sources give.

Result files are read as plain JSON with ``.get()``, so outputs of older or
newer textkit versions export too; a file that is not JSON or not a textkit
result is skipped with a warning naming it.

Example:
    >>> doc = {"textkit_version": "0.1.0", "document": {"path": "p.pdf"}, "agreements": [
    ...     {"parties": [{"name": "Tabriz", "gazetteer_id": "gn:1"},
    ...                  {"name": "Baku", "gazetteer_id": "gn:2"}],
    ...      "year": 1980, "status": "formal", "evidence": [{"page": 3, "quote": "…"}]}]}
    >>> [(m.a.name, m.b.name, m.year, len(m.sources)) for m in merge_agreements([doc, doc])]
    [('Tabriz', 'Baku', 1980, 2)]
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textkit.errors import printable

log = logging.getLogger(__name__)

#: Status chosen when sources disagree and are equally many: the first listed.
STATUS_ORDER = ("formal", "informal", "planned", "suspended", "ended", "unknown")


@dataclass(frozen=True, slots=True)
class Place:
    """One party of a merged agreement, with what the gazetteer adds."""

    key: str
    name: str
    name_en: str | None = None
    name_fa: str | None = None
    country: str | None = None
    gazetteer_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    wikidata: str | None = None

    @property
    def point(self) -> tuple[float, float] | None:
        """``(lon, lat)`` when both are known and in range, else ``None``."""
        if self.lat is None or self.lon is None:
            return None
        if not (-90 <= self.lat <= 90 and -180 <= self.lon <= 180):
            return None
        return self.lon, self.lat

    @property
    def has_point(self) -> bool:
        return self.point is not None


@dataclass(frozen=True, slots=True)
class Source:
    """Where one agreement was found; *kind* is the evidence's own kind (table,
    prose, footnote, list) when the result states it."""

    document: str
    page: int | None
    quote: str
    agreement_id: str | None = None
    kind: str | None = None


@dataclass(slots=True)
class Merged:
    """One agreement across documents."""

    id: str
    a: Place
    b: Place
    year: int | None = None
    status: str = "unknown"
    statuses: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return sorted({s.document for s in self.sources})


def read_results(
    folder: Path, keep: frozenset[str] | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Every textkit result below *folder* (sorted by path), and a warning for
    each ``*.json`` file skipped because it is broken or not a textkit result.
    With *keep*, only those top-level fields are kept (less memory for a large
    batch: the export needs no blocks or entities)."""
    results, skipped = [], []
    for path in sorted(folder.rglob("*.json")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        name = printable(str(path))
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            skipped.append(f"{name}: skipped, not readable JSON ({e})")
            continue
        if not _is_result(data):
            skipped.append(f"{name}: skipped, not a textkit result")
            continue
        results.append(data if keep is None else {k: v for k, v in data.items() if k in keep})
    for warning in skipped:
        log.info("%s", warning)
    return results, skipped


def _is_result(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("textkit_version"), str)
        and isinstance(data.get("document"), dict)
        and isinstance(data.get("agreements", []), list)
    )


Lookup = Callable[[str], Any]
"""Gazetteer entry by id (``Gazetteer.get``), or ``None`` when unknown."""


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def place_of(party: dict[str, Any], lookup: Lookup | None) -> Place:
    """A :class:`Place` from a party; coordinates and Wikidata id from the party
    itself when it carries them, else from the gazetteer by ``gazetteer_id``."""
    from textkit.gazetteer import match_key

    gid = _text(party.get("gazetteer_id"))
    entry = lookup(gid) if gid and lookup is not None else None
    name = _text(party.get("name")) or ""
    country = _text(party.get("country")) or (entry.country if entry is not None else None)
    lat, lon = _number(party.get("lat")), _number(party.get("lon"))
    if (lat is None or lon is None) and entry is not None:
        lat, lon = entry.lat, entry.lon
    name_en = _text(party.get("name_en")) or (_text(entry.name_en) if entry else None)
    name_fa = _text(party.get("name_fa")) or (_text(entry.name_fa) if entry else None)
    wikidata = _text(party.get("wikidata")) or (_text(entry.wikidata) if entry else None)
    key = gid or f"name:{match_key(name)}|{country or ''}"
    return Place(
        key=key,
        name=name_en or name,
        name_en=name_en,
        name_fa=name_fa,
        country=country,
        gazetteer_id=gid,
        lat=lat,
        lon=lon,
        wikidata=wikidata,
    )


def merged_id(a: Place, b: Place) -> str:
    """A stable id for the pair (the same in every export of the same parties)."""
    digest = hashlib.sha256(f"{a.key}\n{b.key}".encode()).hexdigest()[:16]
    return f"tk-{digest}"


def _sources(result: dict[str, Any], agreement: dict[str, Any]) -> list[Source]:
    document = _text(result["document"].get("path")) or "?"
    out = []
    for ev in agreement.get("evidence") or []:
        if not isinstance(ev, dict):
            continue
        page = ev.get("page") if isinstance(ev.get("page"), int) else None
        out.append(
            Source(
                document=document,
                page=page,
                quote=_text(ev.get("quote")) or "",
                agreement_id=_text(agreement.get("id")),
                kind=_text(ev.get("source")) or _text(agreement.get("source")),
            )
        )
    return out or [Source(document=document, page=None, quote="")]


def merge_agreements(
    results: Iterable[dict[str, Any]], lookup: Lookup | None = None
) -> list[Merged]:
    """The agreements of *results* merged by their pair of parties, sorted by
    (year, names). *lookup* gives gazetteer entries by id (coordinates, Wikidata)."""
    merged: dict[tuple[str, str], Merged] = {}
    for result in results:
        for agreement in result.get("agreements") or []:
            parties = agreement.get("parties") if isinstance(agreement, dict) else None
            if not isinstance(parties, list) or len(parties) != 2:
                continue
            if not all(isinstance(p, dict) for p in parties):
                continue
            a, b = sorted((place_of(p, lookup) for p in parties), key=lambda p: p.key)
            item = merged.get((a.key, b.key))
            if item is None:
                item = merged[(a.key, b.key)] = Merged(id=merged_id(a, b), a=a, b=b)
            _add(item, result, agreement)
    for item in merged.values():
        item.status = _status(item.statuses)
    return sorted(merged.values(), key=lambda m: (m.year or 9999, m.a.name, m.b.name))


def _add(item: Merged, result: dict[str, Any], agreement: dict[str, Any]) -> None:
    year = agreement.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        item.year = year if item.year is None else min(item.year, year)
    status = agreement.get("status")
    if isinstance(status, str):
        item.statuses.append(status)
    kind = _text(agreement.get("kind"))
    if kind and kind not in item.kinds:
        item.kinds.append(kind)
    item.sources.extend(_sources(result, agreement))


def _status(statuses: list[str]) -> str:
    """The status most sources state (``unknown`` only when none states one)."""
    known = Counter(s for s in statuses if s != "unknown")
    if not known:
        return "unknown"
    rank = {s: i for i, s in enumerate(STATUS_ORDER)}
    return min(known, key=lambda s: (-known[s], rank.get(s, len(rank)), s))
