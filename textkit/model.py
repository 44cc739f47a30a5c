"""Frozen dataclasses that flow through the pipeline.

Readers produce a :class:`Document` of reading-order :class:`Block` objects; later
stages never mutate them but derive new ones (``dataclasses.replace``). Only
``schema.py`` turns these into JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Block kinds, as written to JSON.
BLOCK_KINDS = (
    "heading",
    "paragraph",
    "footnote",
    "table",
    "caption",
    "list_item",
    "reference",
)

BBox = tuple[float, float, float, float]
"""(x0, top, x1, bottom) in PDF points, origin at the top-left of the page."""


@dataclass(frozen=True, slots=True)
class Table:
    """A table in logical order: ``rows[i][j]`` is row *i*, column *j* counted
    from the reading start (the right-hand column of an RTL table is column 0).

    ``header`` holds the header row (empty when none was recognised); a header
    repeated on a continuation page is merged away, not kept as a row.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    pages: tuple[int, ...] = ()
    direction: str = "rtl"


@dataclass(frozen=True, slots=True)
class Block:
    """One reading-order unit: a paragraph, heading, footnote, table, …

    Attributes:
        id: stable within the document, e.g. ``"b17"``.
        page: 1-based page number (for text input: 1).
        kind: one of :data:`BLOCK_KINDS`.
        text: the block text in logical order. For tables, the cells joined in
            reading order (header, then row by row, one cell per line).
        lang: ``"fa"``, ``"en"`` or ``"mixed"``.
        direction: ``"rtl"`` or ``"ltr"``.
        bbox: where the block is printed (PDF input only).
        line: 1-based first line in the source (text input only).
        table: the cells, for ``kind == "table"``.
        label: footnote number for footnote blocks (as printed, e.g. ``"۳"``).
        markers: footnote labels cited inside this block, in order.
        role: optional finer role set by the reader (``"title"``, ``"authors"``,
            ``"abstract"``, ``"keywords"``, ``"affiliation"``, ``"references"``),
            or ``None`` when unknown.
    """

    id: str
    page: int
    kind: str
    text: str
    lang: str = "fa"
    direction: str = "rtl"
    bbox: BBox | None = None
    line: int | None = None
    table: Table | None = None
    label: str | None = None
    markers: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Warning_:
    """A non-fatal problem, kept in the output (``warnings``)."""

    code: str
    message: str
    page: int | None = None


@dataclass(slots=True)
class Document:
    """What a reader returns: the blocks of one input file."""

    path: str
    sha256: str
    source_kind: str  # "pdf" or "text"
    pages: int
    blocks: list[Block]
    producer: str | None = None
    encoding: str | None = None
    warnings: list[Warning_] = field(default_factory=list)
