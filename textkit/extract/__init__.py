"""Structured records from a :class:`~textkit.model.Document`: twinning agreements,
memberships, designations, organisations, citations, references and metadata.

``extract(doc, gazetteer=gaz)`` runs every extractor and returns an
:class:`Extraction`. Twinning agreements come from independent sources
(:mod:`.sources`: tables, prose sentences, lists, footnotes), each giving candidates
that :func:`textkit.extract.resolve.resolve` merges into agreements (a pair listed
under both cities, or in a table and in prose, is one agreement whose evidence lists
every place) and whose status, year and confidence it decides. Memberships,
designations and organisations come from :mod:`.relations`; citations, references and
metadata from :mod:`.biblio`.

Example:
    >>> from textkit.model import Block, Document
    >>> text = "خواهرخواندگی بین توکیو و نیویورک در سال ۱۹۶۰ بسته شد."
    >>> b = Block(id="b1", page=1, kind="paragraph", text=text)
    >>> doc = Document(path="x.txt", sha256="0", source_kind="text", pages=1, blocks=[b])
    >>> [a.year for a in extract(doc, gazetteer=None).agreements]
    [1960]
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from textkit.model import Document
from textkit.schema import (
    Agreement,
    Citation,
    Designation,
    Entity,
    Membership,
    Metadata,
    Organisation,
    Reference,
    WarningOut,
)
from textkit.script import document_language

log = logging.getLogger(__name__)

__all__ = ["Extraction", "extract"]


@dataclass
class Extraction:
    """Everything :func:`extract` found in one document."""

    metadata: Metadata = field(default_factory=Metadata)
    agreements: list[Agreement] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    designations: list[Designation] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    warnings: list[WarningOut] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    #: places the extractor linked that the recogniser did not (read from context:
    #: «شهرداری آرماویر»، «یاسبرین مجارستان»), as CITY entities
    entities: list[Entity] = field(default_factory=list)


#: Languages textkit does not read, as named in the warning.
_NOT_READ = {"ar": "Arabic", "other": "a language other than Persian and English"}
#: How much of a document decides its language (characters).
_LANGUAGE_SAMPLE = 20_000


def extract(doc: Document, *, gazetteer: Any = None) -> Extraction:
    """Run all extractors on *doc*.

    Args:
        doc: reader output (normalised blocks in reading order).
        gazetteer: a :class:`textkit.gazetteer.Gazetteer` (or ``None`` to extract
            without linking; bare names are then matched by spelling only).

    Returns:
        An :class:`Extraction`; ``timings`` holds seconds per stage.
    """
    from textkit.extract.biblio import (
        extract_citations,
        extract_metadata,
        extract_references,
        link_citations,
        reference_blocks,
    )
    from textkit.extract.context import Context
    from textkit.extract.model import Candidate
    from textkit.extract.relations import extract_relations
    from textkit.extract.resolve import resolve
    from textkit.extract.sources.footnotes import footnote_candidates
    from textkit.extract.sources.lists import list_candidates
    from textkit.extract.sources.prose import prose_candidates
    from textkit.extract.sources.tables import table_candidates

    ex = Extraction()
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        ex.timings[name] = ex.timings.get(name, 0.0) + now - t
        t = now

    blocks = doc.blocks
    lang = document_language(" ".join(b.text for b in blocks)[:_LANGUAGE_SAMPLE])
    if lang in _NOT_READ:
        # «…في مدينة…», a French page: nothing is invented from words textkit cannot read
        ex.warnings.append(
            WarningOut(
                code="language",
                message=f"{doc.path}: the text is in {_NOT_READ[lang]}; textkit reads Persian "
                "and English, so nothing was extracted",
            )
        )
        return ex
    skip = frozenset(b.id for b in reference_blocks(blocks))
    ctx = Context.of(doc, gazetteer, skip)
    candidates: list[Candidate] = []
    try:
        candidates += table_candidates(ctx)
    except Exception as e:  # one bad table must not lose the rest of the document
        log.exception("table extraction failed in %s", doc.path)
        ex.warnings.append(
            WarningOut(code="extract-table", message=f"{doc.path}: table extraction failed: {e}")
        )
    lap("tables")
    candidates += prose_candidates(ctx)
    lap("prose")
    candidates += list_candidates(ctx)
    candidates += footnote_candidates(ctx)
    lap("lists")
    ex.agreements = resolve(candidates)
    ex.entities = _place_entities(candidates, blocks)
    rel = extract_relations(blocks, ctx.linker)
    ex.memberships, ex.designations, ex.organisations = (
        rel.memberships,
        rel.designations,
        rel.organisations,
    )
    lap("merge")
    ex.references = extract_references(blocks)
    lap("references")
    ex.citations = link_citations(extract_citations(blocks, skip=skip), ex.references)
    lap("citations")
    ex.metadata = extract_metadata(blocks)
    lap("metadata")
    if not ex.agreements and any(b.kind == "table" for b in blocks):
        ex.warnings.append(
            WarningOut(
                code="no-agreements",
                message=f"{doc.path}: tables found but no sister-city list recognised",
            )
        )
    return ex


def _place_entities(candidates: list[Any], blocks: list[Any]) -> list[Entity]:
    """CITY entities for the linked places of the candidates, where they are written."""
    from textkit.schema import GazetteerLink

    by_id = {b.id: b for b in blocks}
    seen: set[tuple[str, int, int]] = set()
    out: list[Entity] = []
    for c in candidates:
        for p in (c.subject, c.partner):
            block = by_id.get(p.block)
            if p.entry is None or p.implicit or block is None or p.end <= p.start:
                continue
            if block.text[p.start : p.end] != p.name or (p.block, p.start, p.end) in seen:
                continue
            seen.add((p.block, p.start, p.end))
            e = p.entry
            link = GazetteerLink(
                id=e.id,
                name_en=e.name_en or None,
                name_fa=e.name_fa or None,
                country=e.country,
                type=e.type,
            )
            out.append(
                Entity(
                    type="CITY",
                    text=p.name,
                    block=p.block,
                    start=p.start,
                    end=p.end,
                    page=block.page,
                    link=link,
                    score=round(p.score, 3),
                )
            )
    return out
