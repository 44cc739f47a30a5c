"""The output contract: pydantic models for everything textkit writes as JSON.

Other tools (and our scoring) rely on these field names. ``SCHEMA_VERSION``
changes with every incompatible change; ``textkit schema`` prints the JSON
Schema generated from :class:`Result`, which also ships in the package as
``textkit/data/schema.json``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Lang = Literal["fa", "en", "mixed", "unknown"]
BlockKind = Literal[
    "heading", "paragraph", "footnote", "table", "caption", "list_item", "reference"
]
Source = Literal["table", "prose", "footnote", "list"]
Status = Literal["formal", "informal", "planned", "suspended", "ended", "unknown"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentInfo(_Model):
    path: str
    sha256: str = Field(description="hex SHA-256 of the input file's bytes")
    pages: int = Field(description="page count (1 for text input)")
    producer: str | None = Field(None, description="PDF Producer/Creator, when given")
    source_kind: Literal["pdf", "text"]
    encoding: str | None = Field(None, description="detected text encoding (text input)")
    languages: list[str] = Field(description="languages found, most text first: 'fa', 'en'")


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


class Party(_Model):
    name: str = Field(description="as written")
    name_en: str | None = None
    name_fa: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    gazetteer_id: str | None = None
    region: str | None = Field(None, description="state/province as written, if given")


class DateInfo(_Model):
    text: str = Field(description="as written")
    calendar: Literal["gregorian", "jalali", "hijri"]
    gregorian: int | None = Field(None, description="Gregorian year")
    iso: str | None = Field(
        None, description="the full Gregorian date YYYY-MM-DD, when day and month are written"
    )


class Agreement(_Model):
    parties: list[Party] = Field(min_length=2, max_length=2)
    year: int | None = Field(None, description="Gregorian year")
    date: DateInfo | None = None
    status: Status = "unknown"
    kind: str | None = Field(None, description="sister city, friendship city, partner city, …")
    source: Source
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


def json_schema() -> dict:
    """The JSON Schema of :class:`Result` (draft 2020-12)."""
    schema = Result.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://textkit.invalid/schema/{SCHEMA_VERSION}/result.json"
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
