"""Check a gazetteer folder and report every bad row in one pass.

Each problem is ``path:line: message``.  Checks, by question:

* *Can the row be read?* UTF-8, a header without empty or repeated column
  names, the required columns, as many cells as the header has columns, no
  control characters (NUL, CR, U+2028 …), no value with surrounding spaces, no
  value longer than :data:`~textkit.gazetteer.load.MAX_CELL` characters;
* *Is the entity row sound?* a unique id of a known form, a name, an ISO 3166
  country (required for places), coordinates in range (both or neither), whole
  numbers, a Wikidata Q-id, a known status, a source, normalised Persian;
* *Is the alias row sound?* an id that exists (in this folder or a layer
  below), at least two letters, a known kind and language, normalised Persian,
  not shared with another entry of the same type and country.

Example:
    >>> [str(p) for p in validate("tests/data/gazetteer/bad")][0]
    'tests/data/gazetteer/bad/cities.tsv:3: duplicate id gn:1 (first at cities.tsv:2)'
"""

from __future__ import annotations

import logging
import os
import re
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from textkit.errors import GazetteerError
from textkit.gazetteer.index import ID_RE
from textkit.gazetteer.keys import match_key
from textkit.gazetteer.load import (
    ALIAS_COLUMNS,
    ALIAS_KINDS,
    BAD_CHARS_RE,
    CONTROL_RE,
    ENTITY_REQUIRED,
    FA_FIXES,
    MAX_CELL,
    STATUSES,
    WORD_COLUMNS,
    Problem,
    data_files,
    file_kind,
    file_type,
    read_table,
)

__all__ = ["Problem", "validate"]

log = logging.getLogger(__name__)

_WIKIDATA_RE = re.compile(r"Q[1-9]\d*")
LANGS = frozenset({"fa", "en", "ar", "und", "fr", "de", "es", "ru", "tr", "zh", "ja", "ko"})


@cache
def iso_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes (pycountry), plus XK (Kosovo, used by GeoNames)."""
    import pycountry

    return frozenset({c.alpha_2 for c in pycountry.countries} | {"XK"})


def fa_problem(text: str) -> str | None:
    """What is un-normalised about Persian *text*, or ``None``.

    Example:
        >>> fa_problem("كيش") is not None, fa_problem("کیش")
        (True, None)
    """
    bad = sorted({ch for ch in text if ch in FA_FIXES} | set(BAD_CHARS_RE.findall(text)))
    if bad:
        names = ", ".join(f"U+{ord(ch):04X}" for ch in bad)
        return (
            f"un-normalised Persian in {text!r} ({names}); "
            "use Persian ی/ک, no tatweel, bidi marks or presentation forms"
        )
    return None


#: Anything :func:`cell_problems` could object to, in one search over the joined row
#: (a control character, whitespace at a cell's edge): most rows have none.
_SUSPECT_RE = re.compile(rf"{CONTROL_RE.pattern}|(?:^|\t)[^\S\t]|[^\S\t](?:\t|$)")


def cell_problems(row: dict[str, str]) -> list[str]:
    """Problems of the cells of one row that any file can have.

    Example:
        >>> cell_problems({"alias": " x", "kind": "a\u2028b"})
        ["column 'alias' has surrounding spaces: ' x'", "column 'kind' contains U+2028"]
    """
    joined = "\t".join(row.values())
    if len(joined) <= MAX_CELL and not _SUSPECT_RE.search(joined):
        return []  # the usual case, one regex search per row
    out = []
    for col, value in row.items():
        if len(value) > MAX_CELL:
            out.append(f"column {col!r} is {len(value)} characters long (at most {MAX_CELL})")
            continue
        bad = sorted(set(CONTROL_RE.findall(value)))
        if bad:
            out.append(f"column {col!r} contains " + ", ".join(f"U+{ord(c):04X}" for c in bad))
        elif value != value.strip():
            out.append(f"column {col!r} has surrounding spaces: {value!r}")
    return out


@dataclass
class _Checker:
    """The state of one validation pass over a folder."""

    known_below: Collection[str]
    problems: list[Problem] = field(default_factory=list)
    ids: dict[str, tuple[str, int]] = field(default_factory=dict)
    meta: dict[str, tuple[str, str]] = field(default_factory=dict)
    claims: dict[tuple[str, str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    alias_seen: dict[tuple[str, str, str], tuple[str, str, int]] = field(default_factory=dict)

    def read(self, path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
        table = read_table(path, required)
        self.problems.extend(table.problems)
        rows = []
        for line, row in table.rows:
            bad = cell_problems(row)
            for msg in bad:
                self.problems.append(Problem(str(path), line, msg))
            if not bad:
                rows.append((line, row))
        return rows

    # --- entity files ---------------------------------------------------------
    def entity_file(self, path: Path) -> None:
        etype = file_type(path) or ""
        for line, row in self.read(path, ENTITY_REQUIRED):
            say = _reporter(self.problems, path, line)
            eid = row.get("id", "")
            if not eid:
                say("empty id")
                continue
            if eid in self.ids:
                first = self.ids[eid]
                say(f"duplicate id {eid} (first at {Path(first[0]).name}:{first[1]})")
                continue
            self.ids[eid] = (str(path), line)
            for msg in _entity_problems(eid, etype, row):
                say(msg)
            cc = row.get("country", "")
            self.meta[eid] = (etype, cc)
            for col in ("name_en", "name_fa"):
                if row.get(col):
                    self.claims[(etype, cc, match_key(row[col]))].add(eid)

    # --- alias files ----------------------------------------------------------
    def alias_file(self, path: Path) -> None:
        for line, row in self.read(path, ALIAS_COLUMNS):
            say = _reporter(self.problems, path, line)
            eid, alias = row.get("id", ""), row.get("alias", "")
            if eid not in self.meta and eid not in self.known_below:
                say(f"alias {alias!r} points to unknown id {eid!r}")
                continue
            if not alias:
                say(f"{eid}: empty alias")
                continue
            key = match_key(alias)
            for msg in _alias_problems(eid, row, key):
                say(msg)
            if eid in self.meta:
                self._shared(path, line, eid, row, key)

    def _shared(self, path: Path, line: int, eid: str, row: dict[str, str], akey: str) -> None:
        """An alias that also names another entry of the same type and country."""
        alias = row["alias"]
        etype, cc = self.meta[eid]
        key = (etype, cc, akey)
        others = self.claims.get(key, set()) - {eid}
        prev = self.alias_seen.get(key)
        if others and row.get("kind") != "preferred":  # a preferred form is a name
            msg = (
                f"{eid}: alias {alias!r} is also the name of {sorted(others)[0]} "
                f"({etype}, {cc or 'no country'})"
            )
        elif prev and prev[0] != eid:
            msg = (
                f"{eid}: alias {alias!r} is also an alias of {prev[0]} "
                f"({Path(prev[1]).name}:{prev[2]}) — same {etype} and country"
            )
        else:
            self.alias_seen[key] = (eid, str(path), line)
            return
        self.problems.append(Problem(str(path), line, msg))

    def word_file(self, path: Path) -> None:
        for line, row in self.read(path, WORD_COLUMNS):
            if not row.get("word"):
                self.problems.append(Problem(str(path), line, "empty word"))


def _reporter(problems: list[Problem], path: Path, line: int) -> Callable[[str], None]:
    return lambda msg: problems.append(Problem(str(path), line, msg))


def _entity_problems(eid: str, etype: str, row: dict[str, str]) -> list[str]:
    out = []
    if not ID_RE.fullmatch(eid):
        out.append(
            f"id {eid!r} must look like gn:123, country:IR, adm1:IR.07, org:slug or cur:slug"
        )
    if not row.get("name_en") and not row.get("name_fa"):
        out.append(f"{eid}: needs name_en or name_fa")
    cc = row.get("country", "")
    if cc and cc not in iso_codes():
        out.append(f"{eid}: column 'country' must be an ISO 3166-1 alpha-2 code, got {cc!r}")
    if etype in ("city", "country", "region") and not cc:
        out.append(f"{eid}: column 'country' is required for a {etype}")
    out += [f"{eid}: {msg}" for msg in _value_problems(row)]
    for col in ("name_fa", "name_en"):
        msg = fa_problem(row.get(col, ""))
        if msg:
            out.append(f"{eid}: {msg}")
    return out


def _value_problems(row: dict[str, str]) -> list[str]:
    """Coordinates, numbers, Wikidata id, status and source of one entity row."""
    out = []
    for col, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
        v = row.get(col, "")
        if v and not _in_range(v, lo, hi):
            out.append(f"column {col!r} must be a number in [{lo}, {hi}], got {v!r}")
    if bool(row.get("lat")) != bool(row.get("lon")):
        out.append("give both lat and lon, or neither")
    for col in ("population", "geonames_id"):
        v = row.get(col, "")
        if v and not (v.isascii() and v.isdigit()):
            out.append(f"column {col!r} must be a whole number, got {v!r}")
    wd = row.get("wikidata", "")
    if wd and not _WIKIDATA_RE.fullmatch(wd):
        out.append(f"column 'wikidata' must look like Q123, got {wd!r}")
    st = row.get("status", "")
    if st not in STATUSES:
        out.append(f"column 'status' must be one of {list(STATUSES)}, got {st!r}")
    if not row.get("source"):
        out.append("column 'source' is empty (say where the row came from, or 'curated')")
    return out


def _in_range(value: str, lo: float, hi: float) -> bool:
    try:
        return lo <= float(value) <= hi
    except ValueError:
        return False


def _alias_problems(eid: str, row: dict[str, str], key: str) -> list[str]:
    alias = row["alias"]
    out = []
    if len(key) < 2:
        out.append(f"{eid}: alias {alias!r} has fewer than 2 letters")
    if row.get("kind") not in ALIAS_KINDS:
        out.append(f"{eid}: alias kind must be one of {list(ALIAS_KINDS)}, got {row.get('kind')!r}")
    if row.get("lang") not in LANGS:
        out.append(f"{eid}: alias lang must be one of {sorted(LANGS)}, got {row.get('lang')!r}")
    msg = fa_problem(alias)
    if msg:
        out.append(f"{eid}: {msg}")
    return out


def validate(
    directory: str | os.PathLike[str],
    *,
    known_ids: Collection[str] = (),
    files: list[Path] | None = None,
) -> list[Problem]:
    """Check every TSV in *directory*; return all problems (empty list = valid).

    Args:
        directory: a gazetteer folder (``gazetteer/`` or a user's folder).
        known_ids: ids of the layers below (the shipped data), which aliases in
            a user's folder may point to.
        files: check these files instead of the folder's (used by ``add`` to
            check a file before it replaces the real one).

    Returns:
        Problems in file order.

    Raises:
        GazetteerError: the folder does not exist or has no TSV files.
    """
    d = Path(directory)
    if not d.is_dir():
        raise GazetteerError("no such folder", path=str(d), hint="give a gazetteer folder")
    files = data_files(d) if files is None else files
    if not files:
        raise GazetteerError("no .tsv files", path=str(d), hint="point to a gazetteer directory")
    check = _Checker(known_below=known_ids)
    kinds = {p: file_kind(p) for p in files}
    for p in files:  # entities first: aliases refer to them
        if kinds[p] == "entity":
            check.entity_file(p)
        elif kinds[p] in ("stopwords", "words"):
            check.word_file(p)
        elif kinds[p] is None:
            check.problems.append(
                Problem(
                    str(p),
                    1,
                    "unknown file name (expected cities*, countries*, regions*, "
                    "organizations*, aliases*, stopwords*, words*)",
                )
            )
    for p in files:
        if kinds[p] == "aliases":
            check.alias_file(p)
    # entity and word files first (in load order), then aliases; by line within a file
    order = {str(p): (kinds[p] == "aliases", i) for i, p in enumerate(files)}
    return sorted(check.problems, key=lambda p: (order.get(p.path, (False, 0)), p.line))
