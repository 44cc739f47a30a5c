"""Add rows to a user's gazetteer folder: ``textkit gazetteer add`` and ``import``.

New places and organisations go to ``<type>_curated.tsv`` (``organizations.tsv``
for organisations), new spellings to ``aliases_curated.tsv``, in the folder
given (a user's layer over the shipped data; see :mod:`textkit.gazetteer.cache`).

Every change is made under a lock on the folder (``.gazetteer.lock``), checked,
and written atomically: the new file is written next to the old one, the folder
is validated with it in place (a change that would add a validation problem is
refused and nothing is written), and then it replaces the old file in one
rename.  So concurrent adds all land, an add of something that is already there
(by id, or the same name, type and country) is refused with the entry it
collides with, and an interrupted add leaves the old file.

Example:
    >>> added = add_entry("my-places", type="city", name_en="Shandiz",
    ...                   name_fa="شاندیز", country="IR")  # doctest: +SKIP
    >>> describe(added.entry)  # doctest: +SKIP
    'cur:shandiz Shandiz «شاندیز» (city, IR)'

Importing a reviewed candidates file goes through the same checks:
:mod:`textkit.gazetteer.imports`.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from textkit.errors import GazetteerError
from textkit.gazetteer.entries import Entry, entry_from_row
from textkit.gazetteer.index import ID_RE, Gazetteer
from textkit.gazetteer.keys import ARABIC_SCRIPT_RE, match_key
from textkit.gazetteer.load import (
    ALIAS_COLUMNS,
    ALIAS_FILE,
    ALIAS_KINDS,
    CURATED_FILES,
    ENTITY_COLUMNS,
    Layer,
    Problem,
    data_files,
    file_kind,
    normalize_fa,
    read_layer,
    read_table,
)

LOCK_NAME = ".gazetteer.lock"
#: Seconds to wait for another add/import on the same folder.
LOCK_TIMEOUT = 60.0


class RowsRefused(GazetteerError):
    """New rows that would make the folder fail validation; ``problems`` lists them."""

    def __init__(self, problems: list[str], *, path: str) -> None:
        self.problems = problems
        super().__init__(
            f"not added: {listed(problems)}",
            path=path,
            hint="fix the values and run the command again; nothing was written",
        )


@dataclass(frozen=True, slots=True)
class Added:
    """What one add did: the entry as it now reads, and the row written."""

    entry: Entry
    path: Path
    line: int
    action: str  # "added", "updated" or "alias"
    alias: str | None = None

    def __str__(self) -> str:
        what = f"alias {self.alias!r} for " if self.alias else f"{self.action} "
        return f"{self.path}:{self.line}: {what}{describe(self.entry)}"


def describe(entry: Entry) -> str:
    """One line naming an entry: id, names, type and country.

    Example:
        >>> describe(Entry("gn:115019", "city", "Urmia", "ارومیه", "IR"))
        'gn:115019 Urmia «ارومیه» (city, IR)'
    """
    names = " ".join(x for x in (entry.name_en, f"«{entry.name_fa}»" if entry.name_fa else "") if x)
    return f"{entry.id} {names} ({entry.type}, {entry.country or 'no country'})"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@contextmanager
def folder_lock(directory: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the folder's lock file (one writer at a time, across processes)."""
    from filelock import FileLock, Timeout

    try:
        with FileLock(str(directory / LOCK_NAME), timeout=timeout):
            yield
    except Timeout as e:
        raise GazetteerError(
            f"another textkit is editing this folder (waited {timeout:.0f} s)",
            path=str(directory),
            hint=f"try again; if none is running, delete {LOCK_NAME}",
        ) from e


def check_dir(directory: Path) -> None:
    """Raise a one-line :class:`GazetteerError` unless *directory* is a folder."""
    if not directory.is_dir():
        raise GazetteerError(
            "no such folder",
            path=str(directory),
            hint="create it (it may start empty) or give another with --dir",
        )


def layers_below(directory: Path) -> Gazetteer | None:
    """The gazetteer a user's folder is stacked on (the shipped data and the
    other ``$TEXTKIT_GAZETTEER`` folders), or ``None`` for the shipped folder itself."""
    from textkit.gazetteer.cache import layer_dirs, load_gazetteer

    base, tops = layer_dirs(None)
    d = directory.resolve()
    if d == base:
        return None
    return load_gazetteer(base, overlays=[t for t in tops if t != d])


@dataclass
class FolderEdit:
    """Rows to append (or replace) in a folder's files, checked and written together."""

    directory: Path
    below: Gazetteer | None
    appended: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    replaced: dict[str, dict[int, dict[str, str]]] = field(default_factory=dict)

    def folder(self) -> tuple[Gazetteer, Layer]:
        """The folder's own entries and rows, read now (under the lock)."""
        from textkit.gazetteer.cache import load_gazetteer

        layer = read_layer(self.directory)
        if self.below is None:  # the shipped folder: its compiled cache is worth it
            return load_gazetteer(self.directory, overlays=[]), layer
        g = Gazetteer()
        g.add_layer(layer, alone=True)
        return g, layer

    def commit(self, origin: dict[tuple[str, int], str] | None = None) -> dict[str, int]:
        """Validate the folder with the new rows in place and write every file;
        returns the line number of the first new row per file name.

        Args:
            origin: where each appended row came from, ``(file name, index of
                the row among that file's appended rows) → "FILE:line"``; a
                problem of such a row is reported there.

        Raises:
            GazetteerError: the rows would add validation problems (all listed);
                nothing is written.
        """
        known = set(self.below.entries.ids()) if self.below is not None else set()
        before = {(Path(p.path).name, p.message) for p in self._problems(known, {})}
        staged: dict[Path, Path] = {}
        first: dict[str, int] = {}
        try:
            for name in sorted({*self.appended, *self.replaced}):
                target = self.directory / name
                staged[target], first[name] = self._stage(target)
            new = [
                _where(p, first, origin or {})
                for p in self._problems(known, staged)
                if (Path(p.path).name, p.message) not in before
            ]
            if new:
                raise RowsRefused(new, path=str(self.directory))
            for target, tmp in staged.items():
                os.replace(tmp, target)
        finally:
            for tmp in staged.values():
                tmp.unlink(missing_ok=True)
        return first

    def _problems(self, known: set[str], staged: dict[Path, Path]) -> list[Problem]:
        """Validation problems of the folder with *staged* files (real → temporary)
        standing in for the real ones, reported under the real names."""
        from textkit.gazetteer.validate import validate

        real = data_files(self.directory)
        files = sorted({*real, *staged}, key=lambda p: ("curated" in p.name, p.name))
        if not files:
            return []
        back = {str(t): str(p) for p, t in staged.items()}
        found = validate(self.directory, known_ids=known, files=[staged.get(p, p) for p in files])
        return [Problem(back.get(p.path, p.path), p.line, p.message) for p in found]

    def _stage(self, target: Path) -> tuple[Path, int]:
        """Write the new content of *target* to a temporary file beside it;
        returns it and the line number of the first appended row."""
        columns = ALIAS_COLUMNS if target.name.startswith("aliases") else ENTITY_COLUMNS
        if target.exists():
            lines = target.read_text(encoding="utf-8").split("\n")
            if lines and lines[-1] == "":
                lines.pop()
        else:
            lines = ["\t".join(columns)]
        header = tuple(h.strip() for h in lines[0].split("\t")) if lines else columns
        for lineno, row in self.replaced.get(target.name, {}).items():
            lines[lineno - 1] = _format(header, row)
        first = len(lines) + 1
        lines += [_format(header, row) for row in self.appended.get(target.name, [])]
        fd, tmp = tempfile.mkstemp(prefix=f"{target.name}.", suffix=".tmp", dir=self.directory)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write("\n".join(lines) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        return Path(tmp), first


def _where(p: Problem, first: dict[str, int], origin: dict[tuple[str, int], str]) -> str:
    """A problem as ``FILE:line: message``, naming the input row it came from if known."""
    name = Path(p.path).name
    src = origin.get((name, p.line - first.get(name, p.line + 1)))
    return f"{src}: {p.message}" if src else f"{name}:{p.line}: {p.message}"


def listed(problems: list[str], at_most: int = 5) -> str:
    """The first *at_most* problems joined by ``; ``, and how many more there are."""
    more = f" (and {len(problems) - at_most} more)" if len(problems) > at_most else ""
    return "; ".join(problems[:at_most]) + more


def _format(header: tuple[str, ...], row: dict[str, str]) -> str:
    return "\t".join(str(row.get(c, "") or "") for c in header)


def clean_cell(col: str, value: str, where: str) -> str:
    """*value* stripped; an error naming *col* if it holds a tab, line break or NUL."""
    if any(ch in value for ch in "\t\r\n\x00\u2028\u2029"):
        raise GazetteerError(
            f"{col} contains a tab, line break or NUL", path=where, hint="nothing was written"
        )
    return value.strip()


def entity_row(
    *,
    id: str,
    type: str,
    name_en: str,
    name_fa: str,
    country: str,
    lat: float | None,
    lon: float | None,
    population: int | None,
    geonames_id: int | None,
    wikidata: str,
    source: str,
) -> dict[str, str]:
    """A full entity row (:data:`~textkit.gazetteer.load.ENTITY_COLUMNS`) from the
    values given, status ``curated``; Persian normalised, coordinates to 5 places."""
    return {
        "id": id,
        "name_en": name_en.strip(),
        "name_fa": normalize_fa(name_fa),
        "country": country.strip().upper(),
        "lat": "" if lat is None else f"{lat:.5f}",
        "lon": "" if lon is None else f"{lon:.5f}",
        "population": "" if population is None else str(population),
        "geonames_id": "" if geonames_id is None else str(geonames_id),
        "wikidata": wikidata.strip(),
        "source": source.strip() or "curated",
        "status": "curated",
    }


def _same_place(gaz: Gazetteer, row: dict[str, str], etype: str) -> Entry | None:
    """An entry of the same type and country already known by one of *row*'s names."""
    for name in (row["name_en"], row["name_fa"]):
        if name:
            for m in gaz.lookup(name, country=row["country"] or None, type=etype, fuzzy=False):
                if m.entry.country == (row["country"] or None):
                    return m.entry
    return None


def new_id(row: dict[str, str], etype: str, taken: set[str]) -> str:
    """An id for a new row: ``gn:<GeoNames id>``, ``country:<ISO>``, else
    ``cur:``/``org:`` + a slug of the English name (a hash of the Persian one),
    made unique against *taken* with the country or a number."""
    if row["geonames_id"]:
        return f"gn:{row['geonames_id']}"
    if etype == "country":
        return f"country:{row['country']}"
    prefix = "org" if etype == "org" else "cur"
    # a Persian-only name: a short hash of its key («شاندیز» → cur:fa-…)
    slug = (
        _slug(row["name_en"])
        or "fa-" + hashlib.sha1(match_key(row["name_fa"]).encode()).hexdigest()[:8]
    )
    for candidate in (slug, f"{slug}-{row['country'].lower()}"):
        if candidate.strip("-") and f"{prefix}:{candidate.strip('-')}" not in taken:
            return f"{prefix}:{candidate.strip('-')}"
    n = 2
    while f"{prefix}:{slug}-{n}" in taken:
        n += 1
    return f"{prefix}:{slug}-{n}"


class FolderState:
    """What is known while an edit holds the lock: the layers below and the folder."""

    def __init__(self, edit: FolderEdit) -> None:
        self.edit = edit
        self.below = edit.below
        self.own, self.layer = edit.folder()
        self.pending: dict[str, Entry] = {}  # entries added by this edit

    def get(self, eid: str) -> Entry | None:
        if eid in self.pending:
            return self.pending[eid]
        e = self.own.get(eid)
        if e is None and self.below is not None:
            e = self.below.get(eid)
        return e

    def ids(self) -> set[str]:
        ids = set(self.own.entries.ids()) | set(self.pending)
        if self.below is not None:
            ids |= set(self.below.entries.ids())
        return ids

    def same_place(self, row: dict[str, str], etype: str) -> Entry | None:
        for g in (self.own, self.below):
            if g is not None:
                found = _same_place(g, row, etype)
                if found is not None:
                    return found
        keys = {match_key(row["name_en"]), match_key(row["name_fa"])} - {""}
        for e in self.pending.values():
            if (
                e.type == etype
                and e.country == (row["country"] or None)
                and keys & {match_key(e.name_en), match_key(e.name_fa)}
            ):
                return e
        return None

    def spellings(self, eid: str) -> set[str]:
        e = self.get(eid)
        if e is None:
            return set()
        keys = {match_key(x) for x in (e.name_en, e.name_fa, *e.aliases)}
        keys |= {match_key(a.alias) for a in self.layer.aliases if a.id == eid}
        for row in self.edit.appended.get(ALIAS_FILE, []):
            if row["id"] == eid:
                keys.add(match_key(row["alias"]))
        return keys

    def own_row(self, eid: str) -> tuple[str, int, dict[str, str]] | None:
        """The folder's own row for *eid*: (file name, line, row)."""
        for p in data_files(self.edit.directory):
            if file_kind(p) == "entity":
                for line, row in read_table(p).rows:
                    if row.get("id", "").strip() == eid:
                        return p.name, line, row
        return None


def plan_entry(folder: FolderState, etype: str, row: dict[str, str], *, update: bool) -> str:
    """Check one new (or updated) entity row and queue it; returns ``"added"``/``"updated"``."""
    edit = folder.edit
    existing = folder.get(row["id"]) if row["id"] else None
    if update:
        if existing is None:
            raise GazetteerError(
                f"--update: no entry with id {row['id']!r}",
                path=str(edit.directory),
                hint="find the id with `textkit gazetteer lookup NAME`",
            )
        merged = _merge_update(existing, row)
        own = folder.own_row(row["id"])
        if own is not None:
            edit.replaced.setdefault(own[0], {})[own[1]] = {**own[2], **merged}
        else:
            edit.appended.setdefault(CURATED_FILES[existing.type], []).append(merged)
        folder.pending[row["id"]] = entry_from_row(row["id"], existing.type, merged, [])
        return "updated"
    if existing is not None:
        raise GazetteerError(
            f"id {row['id']} is already in use by {describe(existing)}",
            path=str(edit.directory),
            hint="to change that entry pass --update; to add a spelling use --alias … --to "
            f"{row['id']}; for another place give another --id",
        )
    same = folder.same_place(row, etype)
    if same is not None:
        raise GazetteerError(
            f"already in the gazetteer: {describe(same)}",
            path=str(edit.directory),
            hint=f"to change it pass --update --id {same.id}; "
            "if it is another place of the same name, give it its own --id",
        )
    edit.appended.setdefault(CURATED_FILES[etype], []).append(row)
    folder.pending[row["id"]] = entry_from_row(row["id"], etype, row, [])
    return "added"


def _merge_update(existing: Entry, row: dict[str, str]) -> dict[str, str]:
    """The full row of *existing* with the values given in *row* put in."""
    base = {
        "id": existing.id,
        "name_en": existing.name_en,
        "name_fa": existing.name_fa,
        "country": existing.country or "",
        "admin1": existing.admin1 or "",
        "lat": "" if existing.lat is None else f"{existing.lat:.5f}",
        "lon": "" if existing.lon is None else f"{existing.lon:.5f}",
        "population": "" if existing.population is None else str(existing.population),
        "geonames_id": "" if existing.geonames_id is None else str(existing.geonames_id),
        "wikidata": existing.wikidata or "",
        "source": "curated",
        "status": "curated",
    }
    given = {k: v for k, v in row.items() if v and k not in ("id", "status", "source")}
    return {**base, **given, "source": row.get("source") or "curated"}


def add_entry(
    directory: str | os.PathLike[str],
    *,
    type: str,
    name_en: str = "",
    name_fa: str = "",
    country: str = "",
    lat: float | None = None,
    lon: float | None = None,
    population: int | None = None,
    geonames_id: int | None = None,
    wikidata: str = "",
    source: str = "curated",
    id: str | None = None,
    update: bool = False,
) -> Added:
    """Add a place or organisation to a user's folder (or, with *update*, put a
    corrected row for an existing id there, which wins over the shipped one).

    Raises:
        GazetteerError: bad values, an id already in use, the same place
            already there (the message names the entry), or a row that would
            not validate; nothing is written then.
    """
    if type not in CURATED_FILES:
        raise GazetteerError(f"unknown type {type!r}", hint=f"use one of {sorted(CURATED_FILES)}")
    if not (name_en or name_fa or update):
        raise GazetteerError("an entry needs --name-en or --name-fa")
    d = Path(directory)
    check_dir(d)
    where = str(d / CURATED_FILES[type])
    row = entity_row(
        id=id or "",
        type=type,
        name_en=clean_cell("name_en", name_en, where),
        name_fa=clean_cell("name_fa", name_fa, where),
        country=clean_cell("country", country, where),
        lat=lat,
        lon=lon,
        population=population,
        geonames_id=geonames_id,
        wikidata=clean_cell("wikidata", wikidata, where),
        source=clean_cell("source", source, where),
    )
    if update and not id:
        raise GazetteerError("--update needs the --id of the entry to change")
    if id and not ID_RE.fullmatch(id):
        raise GazetteerError(
            f"id {id!r} must look like gn:123, country:IR, adm1:IR.07, org:slug or cur:slug"
        )
    edit = FolderEdit(d, layers_below(d))
    with folder_lock(d):
        folder = FolderState(edit)
        if not row["id"]:
            row["id"] = new_id(row, type, folder.ids())
        action = plan_entry(folder, type, row, update=update)
        first = edit.commit()
    name = next(iter(first))
    line = (
        first[name] if action == "added" or name not in edit.replaced else min(edit.replaced[name])
    )
    return Added(folder.pending[row["id"]], d / name, line, action)


def plan_alias(folder: FolderState, row: dict[str, str]) -> Entry:
    entry = folder.get(row["id"])
    if entry is None:
        raise GazetteerError(
            f"no entry with id {row['id']!r}",
            path=str(folder.edit.directory),
            hint="look it up with `textkit gazetteer lookup NAME` (or give a new entry first)",
        )
    if match_key(row["alias"]) in folder.spellings(row["id"]):
        raise GazetteerError(
            f"{describe(entry)} already has the spelling {row['alias']!r}",
            path=str(folder.edit.directory),
            hint="nothing to add",
        )
    folder.edit.appended.setdefault(ALIAS_FILE, []).append(row)
    return entry


def add_alias(
    directory: str | os.PathLike[str],
    id: str,
    alias: str,
    *,
    lang: str = "fa",
    kind: str = "alt",
    source: str = "curated",
) -> Added:
    """Add a spelling for entry *id* (of this folder or the shipped data).

    Example:
        >>> a = add_alias("my-places", "gn:1863967", "فوکوگا", kind="misspelling")  # doctest: +SKIP
        >>> describe(a.entry)  # doctest: +SKIP
        'gn:1863967 Fukuoka «فوکوئوکا» (city, JP)'
    """
    if kind not in ALIAS_KINDS:
        raise GazetteerError(f"unknown alias kind {kind!r}", hint=f"use one of {list(ALIAS_KINDS)}")
    d = Path(directory)
    check_dir(d)
    where = str(d / ALIAS_FILE)
    text = clean_cell("alias", alias, where)
    text = normalize_fa(text) if lang != "en" and ARABIC_SCRIPT_RE.search(text) else text
    row = {"id": id, "lang": lang, "alias": text, "kind": kind, "source": source.strip()}
    edit = FolderEdit(d, layers_below(d))
    with folder_lock(d):
        folder = FolderState(edit)
        entry = plan_alias(folder, row)
        first = edit.commit()
    return Added(entry, d / ALIAS_FILE, first[ALIAS_FILE], "alias", alias=text)


__all__ = [
    "Added",
    "add_alias",
    "add_entry",
    "describe",
    "folder_lock",
]
