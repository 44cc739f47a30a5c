"""Names the gazetteer does not know, collected from ``textkit batch`` output.

Reads every ``*.json`` result in a directory (schema: ``textkit/schema.py``)
and lists the agreement parties and membership cities whose ``gazetteer_id``
is null, and organisations whose ``gazetteer_id``/``organisation_id`` is null,
grouped by match key, with a context sentence and the gazetteer's best fuzzy
suggestion, so a researcher can add them (``textkit gazetteer add``).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textkit.errors import GazetteerError
from textkit.gazetteer.keys import match_key

log = logging.getLogger(__name__)


@dataclass
class Candidate:
    """An unknown name: how often it was seen, where, and a suggestion."""

    name: str
    kind: str  # "place" or "org"
    country: str | None = None
    count: int = 0
    documents: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    suggestion: str | None = None  # "id name_en (score)"


def _quote(item: dict[str, Any]) -> str:
    ev = item.get("evidence") or []
    return (ev[0].get("quote", "") if ev else "").replace("\n", " ").strip()


def find_candidates(outdir: str | os.PathLike[str], gazetteer: Any = None) -> list[Candidate]:
    """Unknown names in the JSON results under *outdir*, most frequent first.

    Args:
        outdir: a directory of result JSON files (searched recursively).
        gazetteer: used for suggestions; ``None`` loads the shipped one.

    Raises:
        GazetteerError: *outdir* does not exist or holds no JSON.

    Example:
        >>> [c.name for c in find_candidates("out/")][:1]  # doctest: +SKIP
        ['جاباق سر']
    """
    d = Path(outdir)
    files = sorted(d.rglob("*.json")) if d.is_dir() else []
    if not files:
        raise GazetteerError(
            "no JSON results found", path=str(d), hint="run `textkit batch … -o DIR` first"
        )
    if gazetteer is None:
        from textkit.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    found: dict[tuple[str, str], Candidate] = {}

    def note(name: str | None, kind: str, country: str | None, doc: str, context: str) -> None:
        if not name or not match_key(name):
            return
        c = found.setdefault(
            (kind, match_key(name)), Candidate(name=name, kind=kind, country=country)
        )
        c.count += 1
        if doc not in c.documents:
            c.documents.append(doc)
        if context and context not in c.contexts and len(c.contexts) < 3:
            c.contexts.append(context)
        c.country = c.country or country

    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            log.warning("%s: skipped (%s)", path, e)
            continue
        if not isinstance(data, dict) or "document" not in data:
            continue
        doc = str(data.get("document", {}).get("path") or path.name)
        for ag in data.get("agreements") or []:
            for party in ag.get("parties") or []:
                if not party.get("gazetteer_id"):
                    note(party.get("name"), "place", party.get("country"), doc, _quote(ag))
        for mem in data.get("memberships") or []:
            city = mem.get("city") or {}
            if not city.get("gazetteer_id"):
                note(city.get("name"), "place", city.get("country"), doc, _quote(mem))
            if not mem.get("organisation_id"):
                note(mem.get("organisation"), "org", None, doc, _quote(mem))
        for org in data.get("organisations") or []:
            if not org.get("gazetteer_id"):
                note(org.get("name"), "org", None, doc, _quote(org))
    for c in found.values():
        hits = gazetteer.lookup(
            c.name, country=c.country, type="org" if c.kind == "org" else None, limit=1
        )
        if hits:
            m = hits[0]
            c.suggestion = f"{m.entry.id} {m.entry.name_en or m.entry.name_fa} ({m.score:.2f})"
    return sorted(found.values(), key=lambda c: (-c.count, c.name))
