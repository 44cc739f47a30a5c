"""Check a gazetteer directory and report every bad row in one pass.

Each problem is ``path:line: message``.  Checks: unknown or missing columns,
empty or duplicate ids, bad id format, names missing, bad ISO 3166 codes,
coordinates out of range, bad population / GeoNames / Wikidata values, unknown
status, un-normalised Persian (Arabic ي/ى/ك, tatweel, bidi marks, presentation
forms), dangling aliases, unknown alias kinds, and an alias shared by two
entries of the same type and country.
"""

from __future__ import annotations

import logging
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from textkit.errors import GazetteerError
from textkit.gazetteer.keys import match_key
from textkit.gazetteer.load import (
    ALIAS_COLUMNS,
    ALIAS_KINDS,
    BAD_CHARS_RE,
    ENTITY_COLUMNS,
    FA_FIXES,
    STATUSES,
    data_files,
    file_type,
    read_rows,
)

log = logging.getLogger(__name__)

_ID_RE = re.compile(
    r"(?:gn:\d+|country:[A-Z]{2}|adm1:[A-Z]{2}\.\w+|org:[a-z0-9][a-z0-9.-]*|cur:[a-z0-9][a-z0-9.-]*)"
)
_WIKIDATA_RE = re.compile(r"Q[1-9]\d*")
_LANGS = {"fa", "en", "ar", "und", "fr", "de", "es", "ru", "tr", "zh", "ja", "ko"}


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad row: ``str(problem)`` is ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def _iso_codes() -> set[str]:
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries}
    return codes | {"XK"}  # Kosovo: user-assigned, used by GeoNames


def _fa_problem(text: str) -> str | None:
    bad = sorted({ch for ch in text if ch in FA_FIXES} | set(BAD_CHARS_RE.findall(text)))
    if bad:
        names = ", ".join(f"U+{ord(ch):04X}" for ch in bad)
        return (
            f"un-normalised Persian in {text!r} ({names}); "
            "use Persian ی/ک, no tatweel, bidi marks or presentation forms"
        )
    return None


def validate(directory: str | os.PathLike[str]) -> list[Problem]:
    """Check every TSV in *directory*; return all problems (empty list = valid).

    Args:
        directory: a gazetteer directory (``gazetteer/``).

    Returns:
        Problems in file order.

    Raises:
        GazetteerError: the directory has no TSV files.

    Example:
        >>> [str(p) for p in validate("tests/data/gazetteer/bad")][:1]  # doctest: +SKIP
        ['tests/data/gazetteer/bad/cities.tsv:3: duplicate id gn:1 (first at cities.tsv:2)']
    """
    d = Path(directory)
    files = data_files(d)
    if not files:
        raise GazetteerError("no .tsv files", path=str(d), hint="point to a gazetteer directory")
    iso = _iso_codes()
    problems: list[Problem] = []
    ids: dict[str, tuple[str, int]] = {}
    meta: dict[str, tuple[str, str]] = {}
    claims: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    alias_files = []
    for path in files:
        stem = path.stem.split("_")[0]
        if stem == "aliases":
            alias_files.append(path)
            continue
        if stem in ("stopwords", "words") or not file_type(path):
            if stem not in ("stopwords", "words"):
                problems.append(
                    Problem(
                        str(path),
                        1,
                        "unknown file name (expected cities*, countries*, regions*, "
                        "organizations*, aliases*, stopwords*, words*)",
                    )
                )
            continue
        etype = file_type(path)
        for line, row in read_rows(path):
            p = lambda msg, line=line, path=path: problems.append(Problem(str(path), line, msg))  # noqa: E731
            if line == 2:
                missing = [
                    c
                    for c in ("id", "name_en", "name_fa", "country", "source", "status")
                    if c not in row
                ]
                if missing:
                    p(f"missing columns {missing}; expected {list(ENTITY_COLUMNS)}")
                    break
            eid = row.get("id", "").strip()
            if not eid:
                p("empty id")
                continue
            if eid in ids:
                p(f"duplicate id {eid} (first at {Path(ids[eid][0]).name}:{ids[eid][1]})")
                continue
            ids[eid] = (str(path), line)
            if not _ID_RE.fullmatch(eid):
                p(f"id {eid!r} must look like gn:123, country:IR, adm1:IR.07, org:slug or cur:slug")
            if not row.get("name_en") and not row.get("name_fa"):
                p(f"{eid}: needs name_en or name_fa")
            cc = row.get("country", "")
            if cc and cc not in iso:
                p(f"{eid}: column 'country' must be an ISO 3166-1 alpha-2 code, got {cc!r}")
            if etype in ("city", "country", "region") and not cc:
                p(f"{eid}: column 'country' is required for a {etype}")
            for col, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
                v = row.get(col, "")
                if v:
                    try:
                        ok = lo <= float(v) <= hi
                    except ValueError:
                        ok = False
                    if not ok:
                        p(f"{eid}: column {col!r} must be a number in [{lo}, {hi}], got {v!r}")
            if bool(row.get("lat")) != bool(row.get("lon")):
                p(f"{eid}: give both lat and lon, or neither")
            for col in ("population", "geonames_id"):
                v = row.get(col, "")
                if v and not v.isdigit():
                    p(f"{eid}: column {col!r} must be a whole number, got {v!r}")
            wd = row.get("wikidata", "")
            if wd and not _WIKIDATA_RE.fullmatch(wd):
                p(f"{eid}: column 'wikidata' must look like Q123, got {wd!r}")
            st = row.get("status", "")
            if st not in STATUSES:
                p(f"{eid}: column 'status' must be one of {list(STATUSES)}, got {st!r}")
            if not row.get("source"):
                p(f"{eid}: column 'source' is empty (say where the row came from, or 'curated')")
            for col in ("name_fa", "name_en"):
                msg = _fa_problem(row.get(col, ""))
                if msg:
                    p(f"{eid}: {msg}")
            meta[eid] = (etype or "", cc)
            for col in ("name_en", "name_fa"):
                if row.get(col):
                    claims[(etype or "", cc, match_key(row[col]))].add(eid)
    alias_seen: dict[tuple[str, str, str], tuple[str, str, int]] = {}
    for path in alias_files:
        for line, row in read_rows(path):
            p = lambda msg, line=line, path=path: problems.append(Problem(str(path), line, msg))  # noqa: E731
            if line == 2 and any(c not in row for c in ALIAS_COLUMNS):
                p(f"missing columns; expected {list(ALIAS_COLUMNS)}")
                break
            eid, alias = row.get("id", ""), row.get("alias", "")
            if eid not in meta:
                p(f"alias {alias!r} points to unknown id {eid!r}")
                continue
            if not alias.strip():
                p(f"{eid}: empty alias")
                continue
            key = match_key(alias)
            if len(key) < 2:
                p(f"{eid}: alias {alias!r} has fewer than 2 letters")
            if row.get("kind") not in ALIAS_KINDS:
                p(f"{eid}: alias kind must be one of {list(ALIAS_KINDS)}, got {row.get('kind')!r}")
            if row.get("lang") not in _LANGS:
                p(f"{eid}: alias lang must be one of {sorted(_LANGS)}, got {row.get('lang')!r}")
            msg = _fa_problem(alias)
            if msg:
                p(f"{eid}: {msg}")
            etype, cc = meta[eid]
            others = claims.get((etype, cc, key), set()) - {eid}
            prev = alias_seen.get((etype, cc, key))
            if others and row.get("kind") != "preferred":  # a preferred form is a name
                p(
                    f"{eid}: alias {alias!r} is also the name of {sorted(others)[0]} "
                    f"({etype}, {cc or 'no country'})"
                )
            elif prev and prev[0] != eid:
                p(
                    f"{eid}: alias {alias!r} is also an alias of {prev[0]} "
                    f"({Path(prev[1]).name}:{prev[2]}) — same {etype} and country"
                )
            else:
                alias_seen[(etype, cc, key)] = (eid, str(path), line)
    return problems
