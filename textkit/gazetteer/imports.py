"""``textkit gazetteer import FILE.tsv``: add the reviewed rows of a candidates
file (:mod:`textkit.gazetteer.candidates`) to a user's folder, all or none.

The rows go through the same checks as ``gazetteer add``
(:mod:`textkit.gazetteer.edit`), under the folder's lock; then the folder is
validated with all of them in place, and every problem is reported as
``FILE.tsv:line: problem`` (nothing is written if there is one).
"""

from __future__ import annotations

import os
from pathlib import Path

from textkit.errors import GazetteerError
from textkit.gazetteer.edit import (
    Added,
    FolderEdit,
    FolderState,
    RowsRefused,
    check_dir,
    clean_cell,
    entity_row,
    folder_lock,
    layers_below,
    listed,
    new_id,
    plan_alias,
    plan_entry,
)
from textkit.gazetteer.keys import ARABIC_SCRIPT_RE
from textkit.gazetteer.load import ALIAS_FILE, CURATED_FILES, normalize_fa, read_table

#: Columns of a reviewed candidates file that ``import`` reads.
IMPORT_COLUMNS = ("name", "action", "type", "id", "name_en", "name_fa", "country")


def import_rows(directory: str | os.PathLike[str], tsv: str | os.PathLike[str]) -> list[Added]:
    """Add every reviewed row of a candidates TSV (``gazetteer candidates -o``) at once.

    ``action`` says what to do with a row: ``add`` (a new entry of ``type``,
    named ``name_en``/``name_fa`` — the ``name`` column fills the one of its
    script when left empty — in ``country``, with ``lat``/``lon`` if given),
    ``alias`` (``name`` becomes a spelling of entry ``id``), or empty/``skip``.
    All rows are checked first; if any is bad nothing is written and every
    problem is reported as ``FILE:line: problem``.

    Raises:
        GazetteerError: unreadable file, bad rows (all listed), or a lock timeout.
    """
    src = Path(tsv)
    table = read_table(src, ("name", "action"))
    problems = [str(p) for p in table.problems]
    if not table.header and not problems:
        problems.append(f"{src}:1: empty file")
    d = Path(directory)
    check_dir(d)
    edit = FolderEdit(d, layers_below(d))
    done: list[tuple[int, str, str, str | None]] = []  # (line, action, id, alias)
    origin: dict[tuple[str, int], str] = {}
    with folder_lock(d):
        folder = FolderState(edit)
        for line, raw in table.rows:
            try:
                planned = _plan_import_row(folder, {k: v.strip() for k, v in raw.items()})
            except GazetteerError as e:
                problems.append(f"{src}:{line}: {e.message}")
                continue
            if planned is not None:
                name = planned[0]
                origin[(name, len(edit.appended[name]) - 1)] = f"{src}:{line}"
                done.append((line, *planned[1:]))
        try:
            first = edit.commit(origin) if done else {}
        except RowsRefused as e:
            problems += e.problems
        if problems:
            raise GazetteerError(
                f"{len(problems)} bad row(s), nothing imported: {listed(problems)}",
                hint="fix the rows (or set action to skip) and import again",
            )
    return _import_report(folder, edit, first, done)


def _plan_import_row(
    folder: FolderState, r: dict[str, str]
) -> tuple[str, str, str, str | None] | None:
    """Check and queue one reviewed row; returns (file written, action, id, alias)."""
    action = r.get("action", "").lower()
    if action in ("", "skip"):
        return None
    name = clean_cell("name", r.get("name", ""), "")
    if action == "alias":
        lang = "fa" if ARABIC_SCRIPT_RE.search(name) else "en"
        text = normalize_fa(name) if lang == "fa" else name
        kind = r.get("kind") or "alt"
        row = {
            "id": r.get("id", ""),
            "lang": lang,
            "alias": text,
            "kind": kind,
            "source": "curated",
        }
        plan_alias(folder, row)
        return ALIAS_FILE, "alias", row["id"], text
    if action != "add":
        raise GazetteerError(f"action must be add, alias or skip, got {action!r}")
    etype = r.get("type", "").lower()
    if etype not in CURATED_FILES:
        raise GazetteerError(f"type must be one of {sorted(CURATED_FILES)}, got {etype!r}")
    fa = ARABIC_SCRIPT_RE.search(name) is not None
    row = entity_row(
        id=r.get("id", ""),
        type=etype,
        name_en=r.get("name_en") or ("" if fa else name),
        name_fa=r.get("name_fa") or (name if fa else ""),
        country=r.get("country", ""),
        lat=_float(r.get("lat", "")),
        lon=_float(r.get("lon", "")),
        population=None,
        geonames_id=None,
        wikidata=r.get("wikidata", ""),
        source="curated",
    )
    if not row["id"]:
        row["id"] = new_id(row, etype, folder.ids())
    plan_entry(folder, etype, row, update=False)
    return CURATED_FILES[etype], "added", row["id"], None


def _float(value: str) -> float | None:
    try:
        return float(value) if value else None
    except ValueError as e:
        raise GazetteerError(f"not a number: {value!r}") from e


def _import_report(
    folder: FolderState,
    edit: FolderEdit,
    first: dict[str, int],
    done: list[tuple[int, str, str, str | None]],
) -> list[Added]:
    """One :class:`Added` per imported row, with the line it was written to."""
    out = []
    next_line = dict(first)
    for _line, action, eid, alias in done:
        entry = folder.get(eid)
        assert entry is not None  # planned rows name known or pending entries
        name = ALIAS_FILE if action == "alias" else CURATED_FILES[entry.type]
        out.append(Added(entry, edit.directory / name, next_line[name], action, alias))
        next_line[name] += 1
    return out
