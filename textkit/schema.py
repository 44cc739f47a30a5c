"""The output contract: pydantic models for everything textkit writes as JSON.

Other tools (and our scoring) rely on these field names. ``textkit schema``
prints the JSON Schema generated from :class:`Result`, which also ships in the
package as ``textkit/data/schema.json`` (regenerate it with ``python -m
textkit.schema``).  Every change is listed in ``CHANGELOG.md``.

Versioning policy (``SCHEMA_VERSION`` = ``MAJOR.MINOR``):

* **minor** (1.0 → 1.1): something is *added* that a consumer written for the
  older version can ignore — a new field (optional or always present), a new
  object type in a list of its own, a new warning ``code``, a new value of an
  open vocabulary (``Entity.type``, ``kind``).  Old consumers keep working if
  they ignore fields they do not know, which the published schema allows
  (no ``additionalProperties: false``).
* **major** (1.x → 2.0): a field is removed or renamed, its type or meaning
  changes, a field becomes required that was optional, or a value is added to
  or removed from a closed set (``Status``, ``Source``, ``BlockKind``,
  ``Lang``, ``calendar``) — anything an old consumer could misread.

The models themselves ignore unknown fields when reading (a newer document can
be read with an older textkit); our own tests validate our output against
:func:`strict_json_schema`, which forbids fields the schema does not list.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

Lang = Literal["fa", "en", "mixed", "unknown"]
BlockKind = Literal[
    "heading", "paragraph", "footnote", "table", "caption", "list_item", "reference"
]
Source = Literal["table", "prose", "footnote", "list"]
Status = Literal["formal", "informal", "planned", "suspended", "ended", "unknown"]


class _Model(BaseModel):
    # unknown fields are ignored when reading, and not forbidden by the published schema
    model_config = ConfigDict(extra="ignore")


class DocumentInfo(_Model):
    path: str
    sha256: str = Field(description="hex SHA-256 of the input file's bytes")
    pages: int = Field(description="page count (1 for text input)")
    producer: str | None = Field(None, description="PDF Producer/Creator, when given")
    source_kind: Literal["pdf", "text"]
    encoding: str | None = Field(None, description="detected text encoding (text input)")
    languages: list[str] = Field(description="languages found, most text first: 'fa', 'en'")
    gazetteer_version: str | None = Field(
        None,
        description="version of the gazetteer data used (a sha256 prefix over its files, "
        "user folders included); equal versions mean equal data (since 1.1)",
    )


class Bilingual(_Model):
    fa: str | None = None
    en: str | None = None


class BilingualList(_Model):
    fa: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class Author(_Model):
    name: str
    name_fa: str | None = None
    affiliation: str | None = None
    email: str | None = None


class Metadata(_Model):
    title: Bilingual = Field(default_factory=Bilingual)
    authors: list[Author] = Field(default_factory=list)
    keywords: BilingualList = Field(default_factory=BilingualList)
    abstract: Bilingual = Field(default_factory=Bilingual)


class TableData(_Model):
    header: list[str]
    rows: list[list[str]] = Field(description="logical column order: column 0 is read first")
    pages: list[int] = Field(default_factory=list)


class BlockOut(_Model):
    id: str
    page: int = Field(ge=1)
    kind: BlockKind
    lang: Lang
    direction: Literal["rtl", "ltr"]
    text: str
    bbox: list[float] | None = Field(None, description="[x0, top, x1, bottom] in PDF points")
    line: int | None = Field(None, description="1-based line in a text input")
    role: str | None = None
    label: str | None = Field(None, description="footnote number as printed")
    markers: list[str] = Field(default_factory=list, description="footnote labels cited here")
    table: TableData | None = None


class GazetteerLink(_Model):
    id: str
    name_en: str | None = None
    name_fa: str | None = None
    country: str | None = None
    type: str | None = None


class Entity(_Model):
    type: str = Field(description="CITY, COUNTRY, REGION, ORG, PERSON, DATE, …")
    text: str = Field(description="as written in the block text")
    block: str
    start: int = Field(ge=0, description="character offset into the block text")
    end: int = Field(ge=0)
    page: int | None = None
    link: GazetteerLink | None = None
    score: float | None = Field(None, description="match score in [0, 1]; 1 = exact key match")
    calendar: Literal["gregorian", "jalali", "hijri"] | None = Field(None, description="DATE only")
    gregorian: int | None = Field(None, description="DATE only: the Gregorian year")


class Evidence(_Model):
    page: int | None = None
    block: str | None = None
    quote: str
    start: int | None = Field(None, description="offset of the quote in the block text")
    end: int | None = None
    line: int | None = None
    source: Source | None = Field(
        None, description="the kind of evidence this is: table, prose, footnote, list (since 1.1)"
    )


class Party(_Model):
    name: str = Field(description="as written")
    name_en: str | None = None
    name_fa: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    gazetteer_id: str | None = None
    region: str | None = Field(None, description="state/province as written, if given")
    lat: float | None = Field(
        None, ge=-90, le=90, description="latitude of the linked gazetteer entry (since 1.1)"
    )
    lon: float | None = Field(
        None, ge=-180, le=180, description="longitude of the linked gazetteer entry (since 1.1)"
    )
    wikidata: str | None = Field(
        None,
        pattern=r"^Q[1-9][0-9]*$",
        description="Wikidata id of the linked entry, where the gazetteer knows it (since 1.1)",
    )


class DateInfo(_Model):
    text: str = Field(description="as written")
    calendar: Literal["gregorian", "jalali", "hijri"]
    gregorian: int | None = Field(None, description="Gregorian year")
    iso: str | None = Field(
        None, description="the full Gregorian date YYYY-MM-DD, when day and month are written"
    )


class Agreement(_Model):
    id: str | None = Field(
        None,
        pattern=r"^ag:[0-9a-f]{16}(-[0-9]+)?$",
        description="stable id: a hash of the document's content sha256 and the unordered "
        "pair of parties (gazetteer ids, else folded names); the same across re-runs and "
        "renames, unique in the document (a repeated pair gets -2, -3, …) (since 1.1)",
    )
    parties: list[Party] = Field(min_length=2, max_length=2)
    year: int | None = Field(None, description="Gregorian year")
    date: DateInfo | None = None
    status: Status = "unknown"
    kind: str | None = Field(None, description="sister city, friendship city, partner city, …")
    source: Source = Field(description="the strongest kind of evidence; each evidence has its own")
    evidence: list[Evidence] = Field(min_length=1)
    confidence: float = Field(ge=0, le=1)


class Membership(_Model):
    city: Party
    organisation: str = Field(description="as written")
    organisation_id: str | None = None
    year: int | None = None
    source: Source
    evidence: list[Evidence] = Field(min_length=1)
    confidence: float = Field(ge=0, le=1)


class Designation(_Model):
    city: Party
    title: str
    year: int | None = None
    source: Source | None = None
    evidence: list[Evidence] = Field(min_length=1)
    confidence: float = Field(ge=0, le=1)


class Organisation(_Model):
    name: str
    name_en: str | None = Field(None, description="English name when printed next to it")
    acronym: str | None = None
    gazetteer_id: str | None = None
    founded: int | None = None
    seat: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Reference(_Model):
    id: str
    text: str
    authors: list[str] = Field(default_factory=list)
    year: str | None = Field(None, description="as written")
    year_gregorian: int | None = None
    title: str | None = None
    lang: Lang = "unknown"


class Citation(_Model):
    text: str = Field(description="as written, e.g. '(زینلی، ۱۳۸۷:۱۱۰)'")
    authors: list[str] = Field(default_factory=list)
    year: str | None = Field(None, description="as written")
    year_gregorian: int | None = None
    page: str | None = None
    kind: Literal["parenthetical", "narrative", "ibid"] = "parenthetical"
    reference: str | None = Field(None, description="id of the matched reference entry")
    block: str | None = None
    start: int | None = None
    end: int | None = None


class WarningOut(_Model):
    code: str
    message: str
    page: int | None = None


class Result(_Model):
    """One processed document."""

    schema_version: str = SCHEMA_VERSION
    textkit_version: str
    document: DocumentInfo
    metadata: Metadata = Field(default_factory=Metadata)
    blocks: list[BlockOut] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    memberships: list[Membership] = Field(default_factory=list)
    designations: list[Designation] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    warnings: list[WarningOut] = Field(default_factory=list)


def json_schema() -> dict[str, Any]:
    """The published JSON Schema of :class:`Result` (draft 2020-12): consumers
    may meet fields it does not list (see the versioning policy above).

    Example:
        >>> json_schema()["properties"]["schema_version"]["default"] == SCHEMA_VERSION
        True
    """
    schema = Result.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://textkit.invalid/schema/{SCHEMA_VERSION}/result.json"
    return schema


def strict_json_schema() -> dict[str, Any]:
    """:func:`json_schema` with ``additionalProperties: false`` on every object: what
    our tests check our own output against (no field the schema does not list).

    Example:
        >>> strict_json_schema()["additionalProperties"]
        False
    """
    schema = json_schema()
    for obj in [schema, *schema.get("$defs", {}).values()]:
        if obj.get("type") == "object":
            obj["additionalProperties"] = False
    return schema


SCHEMA_FILE = "data/schema.json"


def write_schema_file() -> str:
    """Regenerate ``textkit/data/schema.json`` (run ``python -m textkit.schema``)."""
    import json
    from pathlib import Path

    path = Path(__file__).parent / SCHEMA_FILE
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return str(path)


if __name__ == "__main__":
    write_schema_file()
