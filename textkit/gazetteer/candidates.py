"""Names the gazetteer does not know, collected from ``textkit batch`` output,
as a TSV ready to review and import (``textkit gazetteer candidates`` / ``import``).

Reads every ``*.json`` result under a folder (schema: ``textkit/schema.py``) and
lists the agreement parties and membership cities whose ``gazetteer_id`` is
null, and organisations whose ``gazetteer_id``/``organisation_id`` is null,
grouped by match key, with up to three contexts and the gazetteer's best
existing matches.  A place name that is an organisation (an acronym such as
"UCLG", a name with «سازمان», "Network", …, or a known organisation's name) is
not proposed as a place.

The TSV (:data:`COLUMNS`) has the reviewer's columns last: set ``action`` to
``add`` (a new entry; check ``type``, ``name_en``/``name_fa``, ``country``,
``lat``/``lon``), ``alias`` (the name becomes a spelling of entry ``id``) or
``skip``, then run ``textkit gazetteer import FILE.tsv``.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textkit.errors import GazetteerError
from textkit.gazetteer.keys import ARABIC_SCRIPT_RE, match_key
from textkit.gazetteer.protocol import GazetteerProtocol

log = logging.getLogger(__name__)

COLUMNS = (
    "name",
    "script",
    "count",
    "documents",
    "contexts",
    "matches",
    "type",
    "action",
    "id",
    "name_en",
    "name_fa",
    "country",
    "lat",
    "lon",
)

# Words that make a name an organisation, not a place: «سازمان همکاری شانگهای»,
# "Mayors for Peace Network", «شبکه شهرهای خلاق».
_ORG_WORDS = re.compile(
    r"(?:^|\s)(?:سازمان|شبکه|اتحادیه|انجمن|مجمع|شورای|کنفرانس|برنامه|بنیاد|دانشگاه|کمیته"
    r"|فدراسیون|اتحاد|مجلس|نهاد|موسسه|مؤسسه)(?:\s|$)"
    r"|\b(?:organi[sz]ation|network|association|union|council|forum|federation|league"
    r"|committee|programme|program|university|institute|foundation|agency|conference"
    r"|alliance|partnership|secretariat|nations)\b",
    re.IGNORECASE,
)
# An acronym: "UCLG", "UN-Habitat", "C40", "ICLEI".
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}(?:[-‐][A-Za-z]+)?")


def is_organisation_name(name: str, gazetteer: GazetteerProtocol | None = None) -> bool:
    """Whether *name* names an organisation rather than a place.

    Example:
        >>> [is_organisation_name(n) for n in ("UCLG", "شبکه شهرهای خلاق", "جاباق سر")]
        [True, True, False]
    """
    text = name.strip()
    if _ACRONYM.fullmatch(text) or _ORG_WORDS.search(text):
        return True
    return gazetteer is not None and bool(gazetteer.lookup(text, type="org", fuzzy=False, limit=1))


def script_of(name: str) -> str:
    """``"fa"`` (Arabic script), ``"latin"`` or ``"mixed"``.

    Example:
        >>> script_of("جاباق سر"), script_of("Toledo"), script_of("قونیه (Konya)")
        ('fa', 'latin', 'mixed')
    """
    arabic = ARABIC_SCRIPT_RE.search(name) is not None
    latin = re.search(r"[A-Za-z]", name) is not None
    return "mixed" if arabic and latin else "fa" if arabic else "latin"


@dataclass
class Candidate:
    """An unknown name: how often it was seen, where, and what it may be."""

    name: str
    kind: str  # "place" or "org"
    country: str | None = None
    count: int = 0
    documents: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    matches: list[str] = field(default_factory=list)  # "id name (country, score)"

    @property
    def suggestion(self) -> str | None:
        """The best existing match, if any."""
        return self.matches[0] if self.matches else None

    def row(self) -> dict[str, str]:
        """The candidate as a TSV row (:data:`COLUMNS`), reviewer columns prefilled."""
        script = script_of(self.name)
        return {
            "name": self.name,
            "script": script,
            "count": str(self.count),
            "documents": ";".join(self.documents),
            "contexts": " | ".join(self.contexts),
            "matches": " | ".join(self.matches),
            "type": "org" if self.kind == "org" else "city",
            "action": "",
            "id": "",
            "name_en": self.name if script == "latin" else "",
            "name_fa": self.name if script == "fa" else "",
            "country": self.country or "",
            "lat": "",
            "lon": "",
        }


def _quote(item: dict[str, Any]) -> str:
    ev = item.get("evidence") or []
    first = ev[0] if ev and isinstance(ev[0], dict) else {}
    return str(first.get("quote", "")).replace("\n", " ").strip()


def _results(d: Path) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(d.rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            log.warning("%s: skipped (%s)", path, e)
            continue
        if isinstance(data, dict) and isinstance(data.get("document"), dict):
            out.append((str(data["document"].get("path") or path.name), data))
    return out


def _unknown_names(data: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    """(name, kind, country, context) of every unlinked name in one result."""
    out = []
    for ag in data.get("agreements") or []:
        for party in ag.get("parties") or []:
            if not party.get("gazetteer_id"):
                out.append((party.get("name"), "place", party.get("country"), _quote(ag)))
    for mem in data.get("memberships") or []:
        city = mem.get("city") or {}
        if not city.get("gazetteer_id"):
            out.append((city.get("name"), "place", city.get("country"), _quote(mem)))
        if not mem.get("organisation_id"):
            out.append((mem.get("organisation"), "org", None, _quote(mem)))
    for org in data.get("organisations") or []:
        if not org.get("gazetteer_id"):
            out.append((org.get("name"), "org", None, _quote(org)))
    return [(str(n), k, c, q) for n, k, c, q in out if n and isinstance(n, str)]


def find_candidates(
    outdir: str | os.PathLike[str], gazetteer: GazetteerProtocol | None = None
) -> list[Candidate]:
    """Unknown names in the JSON results under *outdir*, most frequent first.

    Args:
        outdir: a directory of result JSON files (searched recursively).
        gazetteer: used for matches; ``None`` loads the default one.

    Raises:
        GazetteerError: *outdir* does not exist or holds no JSON.

    Example:
        >>> [c.name for c in find_candidates("out/")][:1]  # doctest: +SKIP
        ['جاباق سر']
    """
    d = Path(outdir)
    results = _results(d) if d.is_dir() else []
    if not results:
        raise GazetteerError(
            "no JSON results found", path=str(d), hint="run `textkit batch … -o DIR` first"
        )
    if gazetteer is None:
        from textkit.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    found: dict[tuple[str, str], Candidate] = {}
    for doc, data in results:
        for name, kind, country, context in _unknown_names(data):
            key = match_key(name)
            if not key or (kind == "place" and is_organisation_name(name, gazetteer)):
                continue
            c = found.setdefault((kind, key), Candidate(name=name, kind=kind, country=country))
            c.count += 1
            if doc not in c.documents:
                c.documents.append(doc)
            if context and context not in c.contexts and len(c.contexts) < 3:
                c.contexts.append(context)
            c.country = c.country or country
    for c in found.values():
        hits = gazetteer.lookup(
            c.name, country=c.country, type="org" if c.kind == "org" else None, limit=3
        )
        c.matches = [
            f"{m.entry.id} {m.entry.name_en or m.entry.name_fa} "
            f"({m.entry.country or '-'}, {m.score:.2f})"
            for m in hits
        ]
    return sorted(found.values(), key=lambda c: (-c.count, c.name))


def candidates_tsv(cands: list[Candidate]) -> str:
    """The candidates as TSV text (header + one row each; tabs in values become spaces)."""
    lines = ["\t".join(COLUMNS)]
    for c in cands:
        row = c.row()
        lines.append("\t".join(re.sub(r"[\t\r\n]+", " ", row[col]) for col in COLUMNS))
    return "\n".join(lines) + "\n"
