"""Add rows to the curated gazetteer files (``textkit gazetteer add``).

New places and organisations go to ``<type>_curated.tsv``, new spellings to
``aliases_curated.tsv``; the build never overwrites these files.  Every row is
checked before it is written: a row that would add a validation problem (or that
holds a tab or line break) is not written, and the file is left as it was.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from textkit.errors import GazetteerError
from textkit.gazetteer.load import ALIAS_COLUMNS, ALIAS_KINDS, ENTITY_COLUMNS, normalize_fa

_FILES = {
    "city": "cities_curated.tsv",
    "country": "countries_curated.tsv",
    "region": "regions_curated.tsv",
    "org": "organizations.tsv",
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "entry"


def _append(path: Path, columns: tuple[str, ...], row: dict[str, str]) -> int:
    """Append *row*; create the file with a header first.  Returns the line number."""
    new = not path.exists()
    lines = 1 if new else sum(1 for _ in path.open(encoding="utf-8"))
    with path.open("a", encoding="utf-8", newline="") as f:
        if new:
            f.write("\t".join(columns) + "\n")
        elif path.stat().st_size and not path.read_bytes().endswith(b"\n"):
            f.write("\n")
        f.write("\t".join(str(row.get(c, "") or "") for c in columns) + "\n")
    return lines + 1


def _check_dir(directory: Path) -> None:
    if not directory.is_dir():
        raise GazetteerError(
            "no such folder", path=str(directory), hint="give the gazetteer folder with --dir"
        )


def _append_checked(
    directory: Path, path: Path, columns: tuple[str, ...], row: dict[str, str]
) -> int:
    """Append *row* only if the folder stays as valid as it was: the row is
    written, the folder validated, and the file restored when the row brought a
    new problem. Returns the new row's line number."""
    from textkit.gazetteer.validate import validate

    _check_dir(directory)
    for col, value in row.items():
        if any(ch in str(value) for ch in "\t\r\n"):
            raise GazetteerError(
                f"{col} contains a tab or line break", path=str(path), hint="nothing was written"
            )
    before = {str(p) for p in validate(directory)} if any(directory.glob("*.tsv")) else set()
    old = path.read_bytes() if path.exists() else None
    line = _append(path, columns, row)
    new = [p for p in validate(directory) if str(p) not in before]
    if new:
        if old is None:
            path.unlink()
        else:
            path.write_bytes(old)
        raise GazetteerError(
            "row not added: " + "; ".join(p.message for p in new[:3]),
            path=str(path),
            line=line,
            hint="fix the values and run the command again; the file is unchanged",
        )
    return line


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
) -> str:
    """Append a curated entry; return its id.

    Example:
        >>> add_entry("gazetteer", type="city", name_en="Shandiz", country="IR")  # doctest: +SKIP
        'cur:shandiz'

    Raises:
        GazetteerError: bad type, no name, or an id already in use.
    """
    from textkit.gazetteer.index import Gazetteer

    if type not in _FILES:
        raise GazetteerError(f"unknown type {type!r}", hint=f"use one of {sorted(_FILES)}")
    if not (name_en or name_fa):
        raise GazetteerError("an entry needs --name-en or --name-fa")
    d = Path(directory)
    _check_dir(d)
    if id is None:
        if geonames_id:
            id = f"gn:{geonames_id}"
        elif type == "country":
            id = f"country:{country.upper()}"
        else:
            id = f"{'org' if type == 'org' else 'cur'}:{_slug(name_en or name_fa)}"
    existing = Gazetteer.from_dir(d) if any(d.glob("*.tsv")) else None
    if existing is not None and existing.get(id) is not None:
        raise GazetteerError(
            f"id {id} is already in use", path=str(d), hint="pass a different --id or add an alias"
        )
    row = {
        "id": id,
        "name_en": name_en.strip(),
        "name_fa": normalize_fa(name_fa),
        "country": country.upper(),
        "lat": "" if lat is None else f"{lat:.5f}",
        "lon": "" if lon is None else f"{lon:.5f}",
        "population": str(population or ""),
        "geonames_id": str(geonames_id or ""),
        "wikidata": wikidata,
        "source": source,
        "status": "curated",
    }
    _append_checked(d, d / _FILES[type], ENTITY_COLUMNS, row)
    return id


def add_alias(
    directory: str | os.PathLike[str],
    id: str,
    alias: str,
    *,
    lang: str = "fa",
    kind: str = "alt",
    source: str = "curated",
) -> int:
    """Append a spelling for entry *id* to ``aliases_curated.tsv``; return its line.

    Example:
        >>> add_alias("gazetteer", "gn:1863967", "فوکوگا", kind="misspelling")  # doctest: +SKIP
        42
    """
    from textkit.gazetteer.index import Gazetteer

    if kind not in ALIAS_KINDS:
        raise GazetteerError(f"unknown alias kind {kind!r}", hint=f"use one of {list(ALIAS_KINDS)}")
    d = Path(directory)
    _check_dir(d)
    if Gazetteer.from_dir(d).get(id) is None:
        raise GazetteerError(
            f"no entry with id {id!r}",
            path=str(d),
            hint="look it up with `textkit gazetteer lookup NAME`",
        )
    text = normalize_fa(alias) if lang != "en" else alias.strip()
    row = {"id": id, "lang": lang, "alias": text, "kind": kind, "source": source}
    return _append_checked(d, d / "aliases_curated.tsv", ALIAS_COLUMNS, row)
