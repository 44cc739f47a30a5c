"""One dataset across papers: ``textkit export OUTDIR --format FORMAT``.

1. :mod:`~textkit.export.merge` reads every result JSON under OUTDIR (skipping,
   with a warning, files that are not textkit results) and merges their
   agreements by the pair of parties;
2. :mod:`~textkit.export.formats` writes them as CSV, JSON Lines, GeoJSON,
   GraphML or QuickStatements.

Example:
    >>> from textkit.export import export                       # doctest: +SKIP
    >>> text, skipped = export("out/", "csv")                   # doctest: +SKIP
    >>> print(text.splitlines()[0])                             # doctest: +SKIP
    id,city_a,city_fa_a,country_a,id_a,city_b,city_fa_b,country_b,id_b,year,status,…
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkit.errors import InputError
from textkit.export.formats import WRITERS
from textkit.export.merge import Lookup, Merged, Place, Source, merge_agreements, read_results

if TYPE_CHECKING:
    from textkit.gazetteer import GazetteerProtocol

FORMATS = tuple(WRITERS)


#: The fields of a result the export reads.
EXPORT_FIELDS = frozenset({"textkit_version", "document", "agreements"})


def load_results(
    folder: str | os.PathLike[str], keep: frozenset[str] | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """The results under *folder* (only the *keep* fields, if given) and the
    warnings for files skipped; an error when *folder* holds none."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError("not a folder", path=str(root), hint="give the OUTDIR of `textkit batch`")
    results, skipped = read_results(root, keep)
    if not results:
        raise InputError(
            "no textkit results (*.json) found", path=str(root), hint="run `textkit batch` first"
        )
    return results, skipped


def lookup_in(gazetteer: GazetteerProtocol | None) -> Lookup:
    """Entries by id from *gazetteer* (the shipped one when ``None``)."""
    if gazetteer is None:
        from textkit.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    return gazetteer.get


def merged_from(
    folder: str | os.PathLike[str], *, gazetteer: GazetteerProtocol | None = None
) -> list[Merged]:
    """The merged agreements of the results under *folder* (coordinates and
    Wikidata ids, where a result lacks them, from *gazetteer*)."""
    results, _ = load_results(folder, EXPORT_FIELDS)
    return merge_agreements(results, lookup_in(gazetteer))


def export(
    folder: str | os.PathLike[str],
    fmt: str,
    *,
    gazetteer: GazetteerProtocol | None = None,
) -> tuple[str, list[str]]:
    """The merged agreements of the results under *folder* as one *fmt* file,
    and the warnings for files skipped."""
    if fmt not in WRITERS:
        raise InputError(f"unknown format {fmt!r}", hint=f"choose one of {', '.join(FORMATS)}")
    results, skipped = load_results(folder, EXPORT_FIELDS)
    merged = merge_agreements(results, lookup_in(gazetteer))
    return WRITERS[fmt](merged), skipped


__all__ = [
    "FORMATS",
    "Merged",
    "Place",
    "Source",
    "export",
    "load_results",
    "merge_agreements",
    "merged_from",
]
