"""Read the gazetteer TSVs into :class:`Entry` records and alias rows.

File layout (see ``gazetteer/README.md``): one entity file per type, named by
prefix — ``cities*.tsv``, ``countries*.tsv``, ``regions*.tsv``,
``organizations*.tsv`` — all with :data:`ENTITY_COLUMNS`; aliases in long
format in ``aliases*.tsv`` (:data:`ALIAS_COLUMNS`); words that must not be read
as names without context in ``stopwords*.tsv`` (``word``, ``reason``).
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from textkit.errors import GazetteerError

log = logging.getLogger(__name__)

ENTITY_COLUMNS = (
    "id",
    "name_en",
    "name_fa",
    "country",
    "admin1",
    "lat",
    "lon",
    "population",
    "geonames_id",
    "wikidata",
    "source",
    "status",
)
ALIAS_COLUMNS = ("id", "lang", "alias", "kind", "source")
#: File-name prefix → entity type.
FILE_TYPES = {"cities": "city", "countries": "country", "regions": "region", "organizations": "org"}
#: Alias kinds.  ``preferred`` replaces the display name of its language.
ALIAS_KINDS = (
    "alt",
    "short",
    "historical",
    "translit",
    "misspelling",
    "acronym",
    "abbrev",
    "preferred",
    "generated",
    "demonym",
)
STATUSES = ("ok", "curated", "review", "deprecated")

# Arabic code points that Persian text should not contain, and their Persian
# replacements: «كيش» → «کیش».  Used to normalise data and to flag bad rows.
FA_FIXES = {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0640": ""}
_FA_FIX_TABLE = str.maketrans(FA_FIXES)
# Bidi controls and presentation forms never belong in data.
BAD_CHARS_RE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb50-\ufdff\ufe70-\ufeff]")


def normalize_fa(text: str) -> str:
    """Persian-normalise a data string: Arabic ي/ى/ك → ی/ک, no tatweel, no bidi
    marks, single spaces.

    Example:
        >>> normalize_fa("كيش ")
        'کیش'
    """
    text = BAD_CHARS_RE.sub("", text.translate(_FA_FIX_TABLE))
    return re.sub(r"\s+", " ", text).strip()


def file_type(path: Path) -> str | None:
    """Entity type of an entity file from its name (``cities_curated.tsv`` → ``city``)."""
    stem = path.stem.split("_")[0]
    return FILE_TYPES.get(stem)


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for a TSV file; the header is line 1.

    Raises:
        GazetteerError: unreadable file or missing header.
    """
    try:
        f = path.open(encoding="utf-8", newline="")
    except OSError as e:
        raise GazetteerError(f"cannot read: {e.strerror}", path=str(path)) from e
    with f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        try:
            header = next(reader)
        except StopIteration:
            raise GazetteerError(
                "empty file (needs a header line)", path=str(path), line=1
            ) from None
        except UnicodeDecodeError as e:
            raise GazetteerError("not UTF-8", path=str(path), hint="save the file as UTF-8") from e
        header = [h.strip().lstrip("\ufeff") for h in header]
        for lineno, cells in enumerate(reader, start=2):
            if not cells or (len(cells) == 1 and not cells[0].strip()) or cells[0].startswith("#"):
                continue
            yield lineno, {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header)}


def read_entity_rows(path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield ``(type, row)`` for an entity file."""
    etype = file_type(path) or "city"
    for _, row in read_rows(path):
        yield etype, row


def data_files(directory: Path) -> list[Path]:
    """The TSV files of a gazetteer directory, in load order (generated first)."""
    files = sorted(p for p in directory.glob("*.tsv") if p.is_file())
    return sorted(files, key=lambda p: ("curated" in p.name, p.name))


def default_dir() -> Path:
    """Where the shipped data lives: ``$TEXTKIT_GAZETTEER``, then the wheel's
    ``textkit/_data/gazetteer``, then the repository's ``gazetteer/``."""
    env = os.environ.get("TEXTKIT_GAZETTEER")
    if env:
        return Path(env)
    import textkit

    pkg = Path(textkit.__file__).resolve().parent
    for candidate in (pkg / "_data" / "gazetteer", pkg.parent / "gazetteer"):
        if (candidate / "cities.tsv").exists() or any(candidate.glob("*.tsv")):
            return candidate
    raise GazetteerError(
        "no gazetteer data found",
        path=str(pkg / "_data" / "gazetteer"),
        hint="set TEXTKIT_GAZETTEER to a directory of gazetteer TSVs",
    )


def fingerprint(files: list[Path]) -> str:
    """sha256 over the names and bytes of *files* (keys the compiled cache)."""
    h = hashlib.sha256()
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class AliasRow:
    """One row of an aliases file."""

    id: str
    lang: str
    alias: str
    kind: str
    source: str
    path: str
    line: int


def _num(value: str, kind: type) -> float | int | None:
    if not value:
        return None
    try:
        return kind(float(value)) if kind is int else kind(value)
    except ValueError:
        return None
