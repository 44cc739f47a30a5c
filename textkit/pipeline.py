"""The only module that knows the order of the stages:
load → normalise → recognise → extract → serialise.

>>> from textkit.pipeline import process                       # doctest: +SKIP
>>> result = process("corpora/sister-cities-iran/docs/article-plain.txt")  # doctest: +SKIP
>>> len(result.agreements) > 0                                 # doctest: +SKIP
True
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkit import __version__
from textkit.model import Block, Document, Table

if TYPE_CHECKING:
    from textkit.gazetteer import Gazetteer, GazetteerProtocol
    from textkit.schema import Entity, Result

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Config:
    """Pipeline switches. ``gazetteer``: the user's gazetteer folders, layered over
    the shipped data (and ``$TEXTKIT_GAZETTEER``), lowest first; one folder may be
    given as a string."""

    password: str | None = None
    gazetteer: tuple[str, ...] | str | None = ()
    normalize: bool = True
    extract: bool = True
    engine: str = "auto"  # PDF characters: "auto", "pdfium" or "pdfplumber"

    def __post_init__(self) -> None:
        from textkit.readers.chars import ENGINES

        if self.engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}, got {self.engine!r}")
        folders = self.gazetteer
        if folders is None:
            folders = ()
        elif isinstance(folders, str | os.PathLike):
            folders = (str(folders),)
        object.__setattr__(self, "gazetteer", tuple(str(f) for f in folders))
        for folder in self.gazetteer or ():
            if not Path(folder).is_dir():
                from textkit.errors import GazetteerError

                raise GazetteerError(
                    "gazetteer folder not found", path=folder, hint="pass a folder of TSV files"
                )

    def load_gazetteer(self) -> Gazetteer:
        """The shipped gazetteer with this config's folders on top."""
        from textkit.gazetteer import load_gazetteer

        return load_gazetteer(overlays=self.gazetteer or ())


def load(
    path: str | os.PathLike[str], *, password: str | None = None, engine: str = "auto"
) -> Document:
    """Read a PDF or text file (see :mod:`textkit.readers`)."""
    from textkit.readers import load as _load

    return _load(path, password=password, engine=engine)


def _normalize_table(table: Table, lang: str) -> Table:
    from textkit.normalize import normalize_text

    def cell(text: str) -> str:
        return "\n".join(normalize_text(part, lang=lang).text for part in text.split("\n"))

    return replace(
        table,
        header=tuple(cell(c) for c in table.header),
        rows=tuple(tuple(cell(c) for c in row) for row in table.rows),
    )


def normalize_block(block: Block) -> Block:
    """Normalise one block's text (line by line) and its table cells."""
    from textkit.normalize import normalize_text

    lang = block.lang if block.lang in ("fa", "en", "mixed") else None
    text = "\n".join(normalize_text(line, lang=lang).text for line in block.text.split("\n"))
    table = _normalize_table(block.table, lang or "fa") if block.table is not None else None
    return replace(block, text=text, table=table)


def normalize(doc: Document) -> Document:
    """A new document whose blocks are normalised (ZWNJ restored, letters unified)."""
    return replace(doc, blocks=[normalize_block(b) for b in doc.blocks])


def recognize(doc: Document, gazetteer: Gazetteer) -> list[Entity]:
    """Gazetteer mentions and years in every block, in reading order, with offsets
    into the block text (see :mod:`textkit.recognize`)."""
    from textkit.recognize import recognize as recognize_names
    from textkit.recognize import recognize_dates

    order = {b.id: i for i, b in enumerate(doc.blocks)}
    entities = recognize_names(doc, gazetteer) + recognize_dates(doc)
    entities.sort(key=lambda e: (order[e.block], e.start, -e.end))
    return entities


def render_text(doc: Document) -> str:
    """The document text in reading order, one block per line (tables: one cell per line)."""
    return "\n".join(b.text for b in doc.blocks if b.text.strip())


def text(path: str | os.PathLike[str], *, config: Config | None = None) -> str:
    """Load and normalise *path*; return :func:`render_text` of it."""
    config = config or Config()
    doc = load(path, password=config.password, engine=config.engine)
    if config.normalize:
        doc = normalize(doc)
    return render_text(doc)


def _languages(blocks: list[Block]) -> list[str]:
    weight: Counter[str] = Counter()
    for b in blocks:
        if b.lang == "mixed":
            weight["fa"] += len(b.text) // 2
            weight["en"] += len(b.text) // 2
        elif b.lang in ("fa", "en"):
            weight[b.lang] += len(b.text)
    return [lang for lang, _ in weight.most_common()]


def _block_out(block: Block) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": block.id,
        "page": block.page,
        "kind": block.kind,
        "lang": block.lang if block.lang in ("fa", "en", "mixed") else "unknown",
        "direction": block.direction,
        "text": block.text,
        "bbox": [round(v, 2) for v in block.bbox] if block.bbox else None,
        "line": block.line,
        "role": block.role,
        "label": block.label,
        "markers": list(block.markers),
    }
    if block.table is not None:
        out["table"] = {
            "header": list(block.table.header),
            "rows": [list(r) for r in block.table.rows],
            "pages": list(block.table.pages),
        }
    return out


def process(
    path: str | os.PathLike[str],
    *,
    gazetteer: Gazetteer | None = None,
    config: Config | None = None,
) -> Result:
    """Run every stage on one file and return the :class:`~textkit.schema.Result`."""
    from textkit.errors import printable
    from textkit.schema import DocumentInfo, Result, WarningOut

    config = config or Config()
    doc = load(path, password=config.password, engine=config.engine)
    if config.normalize:
        doc = normalize(doc)
    if gazetteer is None:
        gazetteer = config.load_gazetteer()
    entities = recognize(doc, gazetteer)
    warnings = [WarningOut(code=w.code, message=w.message, page=w.page) for w in doc.warnings]
    result = Result(
        textkit_version=__version__,
        document=DocumentInfo(
            path=printable(str(path)),
            sha256=doc.sha256,
            pages=doc.pages,
            producer=doc.producer,
            source_kind=doc.source_kind,
            encoding=doc.encoding,
            languages=_languages(doc.blocks),
        ),
        blocks=[_block_out(b) for b in doc.blocks],
        entities=entities,
        warnings=warnings,
    )
    if config.extract:
        from textkit.extract import extract

        ex = extract(doc, gazetteer=gazetteer)
        result.metadata = ex.metadata
        result.agreements = ex.agreements
        result.memberships = ex.memberships
        result.designations = ex.designations
        result.organisations = ex.organisations
        result.citations = ex.citations
        result.references = ex.references
        result.warnings.extend(ex.warnings)
        result.entities = _with_extracted(result.entities, ex.entities, doc)
    return enrich(result, gazetteer)


def _with_extracted(entities: list[Entity], extra: list[Entity], doc: Document) -> list[Entity]:
    """The recogniser's entities plus the places extraction linked from context, where
    no recognised entity already covers them, in reading order."""
    taken = {(e.block, i) for e in entities for i in range(e.start, e.end)}
    added = [e for e in extra if not any((e.block, i) in taken for i in range(e.start, e.end))]
    if not added:
        return entities
    order = {b.id: i for i, b in enumerate(doc.blocks)}
    return sorted(entities + added, key=lambda e: (order.get(e.block, 0), e.start, -e.end))


def enrich(result: Result, gazetteer: GazetteerProtocol) -> Result:
    """Fill the contract fields computed after extraction, in place; returns *result*.

    * ``document.gazetteer_version``: the gazetteer's data version;
    * every linked party (agreements, memberships, designations) gets ``lat``,
      ``lon`` and ``wikidata`` from its gazetteer entry;
    * every agreement gets a stable ``id``: ``ag:`` + 16 hex digits of the sha256 of
      the document's content hash and the sorted pair of party keys (gazetteer id,
      else ``name:`` + the folded name), so it survives re-runs and renames; a pair
      seen again in the same document gets ``-2``, ``-3``, … in order.

    Example:
        >>> from textkit.schema import Agreement, DocumentInfo, Evidence, Party, Result
        >>> from textkit.gazetteer import Gazetteer
        >>> doc = DocumentInfo(path="a.txt", sha256="0" * 64, pages=1, source_kind="text",
        ...                    languages=["fa"])
        >>> ag = Agreement(parties=[Party(name="تبریز"), Party(name="Baku")], source="prose",
        ...                evidence=[Evidence(quote="…")], confidence=0.7)
        >>> r = enrich(Result(textkit_version="0", document=doc, agreements=[ag]), Gazetteer())
        >>> r.agreements[0].id
        'ag:110b97987876c6fe'
    """
    import hashlib

    from textkit.gazetteer import match_key

    result.document.gazetteer_version = gazetteer.version or None
    parties = [p for a in result.agreements for p in a.parties]
    parties += [m.city for m in result.memberships] + [d.city for d in result.designations]
    for party in parties:
        entry = gazetteer.get(party.gazetteer_id) if party.gazetteer_id else None
        if entry is not None:
            party.lat, party.lon, party.wikidata = entry.lat, entry.lon, entry.wikidata
    seen: Counter[str] = Counter()
    for ag in result.agreements:
        keys = sorted(
            p.gazetteer_id or "name:" + (match_key(p.name) or p.name.strip()) for p in ag.parties
        )
        digest = hashlib.sha256("\0".join([result.document.sha256, *keys]).encode()).hexdigest()
        seen[digest] += 1
        ag.id = f"ag:{digest[:16]}" + (f"-{seen[digest]}" if seen[digest] > 1 else "")
    return result


def summarize(result: Result) -> dict[str, Any]:
    """The short summary printed by the CLI and written to ``index.jsonl``."""
    return {
        "path": result.document.path,
        "ok": True,
        "pages": result.document.pages,
        "blocks": len(result.blocks),
        "agreements": len(result.agreements),
        "entities": len(result.entities),
        "memberships": len(result.memberships),
        "citations": len(result.citations),
        "warnings": len(result.warnings),
    }
