"""Read gazetteer TSVs: one robust table reader, the folder layout, and layers.

File layout (see ``gazetteer/README.md``): one entity file per type, named by
prefix — ``cities*.tsv``, ``countries*.tsv``, ``regions*.tsv``,
``organizations*.tsv`` — all with :data:`ENTITY_COLUMNS`; aliases in long
format in ``aliases*.tsv`` (:data:`ALIAS_COLUMNS`); words that must not be read
as names without context in ``stopwords*.tsv`` (``word``, ``reason``); frequent
words that are never fuzzy-matched alone in ``words*.tsv``.

A gazetteer is a stack of *layers*: the shipped folder at the bottom, then the
user's folders (``$TEXTKIT_GAZETTEER``, ``--gazetteer DIR``).  :func:`read_layer`
turns one folder into a :class:`Layer`; :mod:`textkit.gazetteer.index` stacks them.

The reader never raises on bad content: :func:`read_table` returns the good rows
and a :class:`Problem` (``file:line: message``) for every bad one, so
``gazetteer validate`` can list them all and the loader can skip them.

Example:
    >>> normalize_fa("كيش ")
    'کیش'
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from textkit.errors import GazetteerError
from textkit.script import TEXT_FOLD

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
#: Columns an entity file cannot do without (the others may be left out of the header).
ENTITY_REQUIRED = ("id", "name_en", "name_fa", "country", "source", "status")
ALIAS_COLUMNS = ("id", "lang", "alias", "kind", "source")
WORD_COLUMNS = ("word",)
#: File-name prefix → entity type.
FILE_TYPES = {"cities": "city", "countries": "country", "regions": "region", "organizations": "org"}
#: Entity type → the file a user's new rows go to.
CURATED_FILES = {
    "city": "cities_curated.tsv",
    "country": "countries_curated.tsv",
    "region": "regions_curated.tsv",
    "org": "organizations.tsv",
}
ALIAS_FILE = "aliases_curated.tsv"
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
#: A cell longer than this is a broken row (two rows run together), not a name.
MAX_CELL = 1000

# Code points Persian data should not contain, and their replacements: the text
# folds of :mod:`textkit.script` («كيش» → «کیش») and tatweel (dropped).  Used to
# normalise data and to flag bad rows.
FA_FIXES = {**TEXT_FOLD, "\u0640": ""}
_FA_FIX_TABLE = str.maketrans(FA_FIXES)
# Bidi controls and presentation forms never belong in data.
BAD_CHARS_RE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb50-\ufdff\ufe70-\ufeff]")
# Characters that break a TSV row or hide in it: NUL and other C0/C1 controls
# (tab is the separator), a lone CR, and the Unicode line/paragraph separators.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def normalize_fa(text: str) -> str:
    """Persian-normalise a data string: Arabic ي/ى/ك → ی/ک, no tatweel, no bidi
    marks, single spaces.

    Example:
        >>> normalize_fa("كيش ")
        'کیش'
    """
    text = BAD_CHARS_RE.sub("", text.translate(_FA_FIX_TABLE))
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad row: ``str(problem)`` is ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(slots=True)
class Table:
    """One TSV file: its header, its well-formed rows and what was wrong with the rest.

    ``rows`` holds ``(line number, {column: value})``; the header is line 1.
    Blank lines and lines starting with ``#`` are skipped.  A row with more or
    fewer cells than the header, or one that is not UTF-8, is left out of
    ``rows`` and reported in ``problems``.
    """

    path: Path
    header: tuple[str, ...] = ()
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(str(self.path), line, message))


def _decode_lines(path: Path, table: Table) -> list[str] | None:
    """The file's lines (``\\n``-separated, a CRLF's CR dropped); ``None`` if unreadable.
    A line that is not UTF-8 is reported and replaced by ``""``."""
    try:
        data = path.read_bytes()
    except OSError as e:
        table.problem(1, f"cannot read the file ({e.strerror}); check it exists and is readable")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        lines = []
        for n, raw in enumerate(data.split(b"\n"), start=1):
            try:
                lines.append(raw.decode("utf-8"))
            except UnicodeDecodeError as e:
                table.problem(
                    n, f"not UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
                    "save the file as UTF-8"
                )  # fmt: skip
                lines.append("")
    return [s[:-1] if s.endswith("\r") else s for s in lines]


def _read_header(lines: list[str], table: Table, required: tuple[str, ...]) -> bool:
    if not lines or not lines[0].strip():
        table.problem(1, "empty header line (the first line must name the columns)")
        return False
    header = tuple(h.strip() for h in lines[0].split("\t"))
    table.header = header
    seen: set[str] = set()
    ok = True
    for h in header:
        if not h:
            table.problem(1, "empty column name in the header")
            ok = False
        elif h in seen:
            table.problem(1, f"column {h!r} appears twice in the header")
            ok = False
        seen.add(h)
    missing = [c for c in required if c not in seen]
    if missing:
        table.problem(1, f"missing columns {missing}; the header needs {list(required)}")
        ok = False
    return ok


def read_table(path: str | os.PathLike[str], required: tuple[str, ...] = ()) -> Table:
    """Read one TSV file (UTF-8, tab-separated, no quoting, one header line).

    Args:
        path: the file.
        required: columns the header must have; without them no row is read.

    Returns:
        A :class:`Table`; never raises on bad content.

    Example:
        >>> t = read_table("tests/data/gazetteer/mini/countries.tsv", ("id",))
        >>> t.header[:2], t.problems
        (('id', 'name_en'), [])
    """
    table = Table(Path(path))
    lines = _decode_lines(table.path, table)
    if lines is None or not _read_header(lines, table, required):
        return table
    width = len(table.header)
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width:
            more = "extra cells" if len(cells) > width else "missing cells"
            table.problem(
                lineno,
                f"{more}: {len(cells)} cells, the header has {width} columns "
                "(a tab too many or too few?)",
            )
            continue
        table.rows.append((lineno, dict(zip(table.header, cells, strict=True))))
    return table


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line number, row)`` for the well-formed rows of a TSV file, cells
    stripped; bad rows are logged and skipped (``gazetteer validate`` lists them)."""
    table = read_table(path)
    for p in table.problems:
        log.warning("%s (row skipped)", p)
    for lineno, row in table.rows:
        yield lineno, {k: v.strip() for k, v in row.items()}


def _prefix(path: Path) -> str:
    """The name up to the first ``_`` or ``.``: ``cities_curated.tsv`` → ``cities``."""
    return re.split(r"[._]", path.name, maxsplit=1)[0]


def file_type(path: Path) -> str | None:
    """Entity type of an entity file from its name (``cities_curated.tsv`` → ``city``)."""
    return FILE_TYPES.get(_prefix(path))


def file_kind(path: Path) -> str | None:
    """``"entity"``, ``"aliases"``, ``"stopwords"``, ``"words"`` or ``None`` (unknown name)."""
    stem = _prefix(path)
    if stem in FILE_TYPES:
        return "entity"
    return stem if stem in ("aliases", "stopwords", "words") else None


def data_files(directory: Path) -> list[Path]:
    """The TSV files of a gazetteer directory, in load order (generated first)."""
    files = sorted(p for p in directory.glob("*.tsv") if p.is_file())
    return sorted(files, key=lambda p: ("curated" in p.name, p.name))


def shipped_dir() -> Path:
    """Where the shipped data lives: the wheel's ``textkit/_data/gazetteer``, or
    the repository's ``gazetteer/``."""
    import textkit

    pkg = Path(textkit.__file__).resolve().parent
    for candidate in (pkg / "_data" / "gazetteer", pkg.parent / "gazetteer"):
        if (candidate / "cities.tsv").exists():
            return candidate
    raise GazetteerError(
        "no shipped gazetteer data found",
        path=str(pkg / "_data" / "gazetteer"),
        hint="reinstall textkit, or pass a gazetteer folder explicitly",
    )


#: Environment variable: user folders layered over the shipped data
#: (``os.pathsep``-separated, lowest first).
ENV_VAR = "TEXTKIT_GAZETTEER"


def env_overlays() -> list[Path]:
    """The folders in ``$TEXTKIT_GAZETTEER`` (``os.pathsep``-separated), in order."""
    value = os.environ.get(ENV_VAR, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def default_dir() -> Path:
    """The folder ``gazetteer add`` writes to when none is given: the last folder
    of ``$TEXTKIT_GAZETTEER`` (the user's top layer)."""
    layers = env_overlays()
    if not layers:
        raise GazetteerError(
            "no user gazetteer folder given",
            hint=f"pass --dir DIR (a folder of your own) or set {ENV_VAR}=DIR; "
            "the shipped data is not edited in place",
        )
    return layers[-1]


def fingerprint(files: list[Path]) -> str:
    """sha256 over the names and bytes of *files* (the data version; keys the cache).

    Example:
        >>> fingerprint([]) == fingerprint([])
        True
    """
    h = hashlib.sha256()
    for p in files:
        h.update(p.name.encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
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


@dataclass(slots=True)
class Layer:
    """The rows of one gazetteer folder, ready to be stacked.

    ``entities`` maps id → (type, row) with later files winning (curated files
    load after generated ones); ``deprecated`` holds ids retired in this layer.
    """

    path: str
    entities: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    deprecated: set[str] = field(default_factory=set)
    aliases: list[AliasRow] = field(default_factory=list)
    stopwords: set[str] = field(default_factory=set)
    strict_stopwords: set[str] = field(default_factory=set)
    common_words: set[str] = field(default_factory=set)


def read_layer(directory: Path, files: list[Path] | None = None) -> Layer:
    """Read every TSV of one gazetteer folder into a :class:`Layer` (bad rows skipped).

    Example:
        >>> layer = read_layer(Path("tests/data/gazetteer/mini"))
        >>> layer.entities["country:IR"][0]
        'country'
    """
    from textkit.gazetteer.keys import match_key

    layer = Layer(str(directory))
    for p in data_files(directory) if files is None else files:
        kind = file_kind(p)
        if kind == "aliases":
            for line, r in read_rows(p):
                layer.aliases.append(
                    AliasRow(
                        r.get("id", ""),
                        r.get("lang", ""),
                        r.get("alias", ""),
                        r.get("kind", "") or "alt",
                        r.get("source", ""),
                        str(p),
                        line,
                    )
                )
        elif kind == "stopwords":
            for _, r in read_rows(p):
                layer.stopwords.add(match_key(r.get("word", "")))
                if r.get("level") == "strict":
                    layer.strict_stopwords.add(match_key(r.get("word", "")))
        elif kind == "words":
            layer.common_words.update(match_key(r.get("word", "")) for _, r in read_rows(p))
        elif kind == "entity":
            _read_entities(p, layer)
    return layer


def _read_entities(path: Path, layer: Layer) -> None:
    etype = file_type(path) or "city"
    for _, r in read_rows(path):
        eid = r.get("id", "")
        if not eid:
            continue
        if r.get("status") == "deprecated":
            layer.entities.pop(eid, None)
            layer.deprecated.add(eid)
        else:
            layer.entities[eid] = (etype, r)  # curated files load last and win
            layer.deprecated.discard(eid)


def _num(value: str, kind: type) -> float | int | None:
    if not value:
        return None
    try:
        return kind(float(value)) if kind is int else kind(value)
    except (ValueError, OverflowError):
        return None
