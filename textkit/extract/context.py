"""What every source may know about the document as a whole: its text blocks, the
linker, its own date, and its subject city (the city the document is about).

Example:
    >>> from textkit.model import Block, Document
    >>> b = Block("b1", 1, "heading", "Sister cities of Mashhad")
    >>> doc = Document("x.txt", "0", "text", 1, [b])
    >>> ctx = Context.of(doc, None)
    >>> ctx.topic.name
    'Mashhad'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from textkit.extract.cues import find_cues
from textkit.extract.linking import GazetteerLike, Linker, places_in
from textkit.extract.model import Place
from textkit.extract.text import document_date, sentences, undated_day

if TYPE_CHECKING:
    from textkit.dates import YearInfo
    from textkit.model import Block, Document

__all__ = ["Context"]

# Blocks that carry running text (tables and reference lists are read by their own sources).
TEXT_KINDS = frozenset({"heading", "paragraph", "list_item", "caption", "footnote"})
# How many blocks count as the top of the document (title, lead, dateline).
_TOP = 4


@dataclass
class Context:
    """The document as extraction sees it.

    Attributes:
        doc: the normalised document.
        linker: gazetteer access for this document.
        skip: ids of blocks no source reads as prose (the reference list).
    """

    doc: Document
    linker: Linker
    skip: frozenset[str] = frozenset()
    _places: dict[tuple[str, int, int], list[Place]] = field(default_factory=dict)

    @classmethod
    def of(
        cls, doc: Document, gazetteer: GazetteerLike | None, skip: frozenset[str] = frozenset()
    ) -> Context:
        """A context for *doc*, linking through *gazetteer* (``None``: context only)."""
        return cls(doc, Linker(gazetteer), skip)

    @property
    def blocks(self) -> list[Block]:
        return self.doc.blocks

    def text_blocks(self) -> list[Block]:
        """Blocks of running text, in reading order."""
        return [b for b in self.doc.blocks if b.kind in TEXT_KINDS and b.id not in self.skip]

    def places(self, block: Block, start: int, end: int) -> list[Place]:
        """:func:`~textkit.extract.linking.places_in`, computed once per span."""
        key = (block.id, start, end)
        if key not in self._places:
            self._places[key] = places_in(block, start, end, self.linker)
        return self._places[key]

    @cached_property
    def known(self) -> dict[str, Place]:
        """Names the document itself shows to be places (linked to the gazetteer, or
        qualified by a country), by their written form: a later bare «کازان» is the
        same Kazan as «کازان (روسیه)» earlier (one sense per document)."""
        out: dict[str, Place] = {}
        for block in self.text_blocks():
            for s, e in sentences(block.text):
                for p in self.places(block, s, e):
                    if p.type in ("city", "unknown") and (p.entry is not None or p.qualified):
                        out.setdefault(p.name, p)
        return out

    def known_again(self, block: Block, start: int, end: int, taken: list[Place]) -> list[Place]:
        """Mentions in ``block.text[start:end]`` of the names of :attr:`known` that no
        place in *taken* covers."""
        from dataclasses import replace

        text = block.text
        used = [(p.start, p.end) for p in taken]
        out = []
        for name, place in self.known.items():
            at = text.find(name, start, end)
            while at >= 0:
                b = at + len(name)
                bounded = (at == 0 or not text[at - 1].isalnum()) and (
                    b >= len(text) or not text[b].isalnum()
                )
                if bounded and (block.id, at, b) in self.linker.qualifiers:
                    bounded = False  # "Çankaya district in Ankara": read as a qualifier
                if bounded and self._qualifies(text, at, name, taken):
                    bounded = False  # "Renton, Washington": the state of the city before
                if bounded and not any(at < e and b > s for s, e in used):
                    out.append(replace(place, block=block.id, start=at, end=b, implicit=False))
                    used.append((at, b))
                at = text.find(name, b, end)
        return out

    def _qualifies(self, text: str, at: int, name: str, taken: list[Place]) -> bool:
        """Whether *name* at *at* is a region written right after a city of *taken*."""
        return any(
            p.type in ("city", "unknown") and re.fullmatch(r"\s*[,،(]\s*", text[p.end : at])
            for p in taken
            if p.end <= at
        ) and self.linker.region_named(name)

    @cached_property
    def date(self) -> YearInfo | None:
        """The document's own date (dateline, publication line), if it gives one."""
        return document_date(self.doc.blocks)

    @cached_property
    def dated_lead(self) -> bool:
        """Whether the lead of a dated news item says when its event happened without
        a year ("On Nov 21, representatives … gathered", «روز گذشته»): a signing it
        reports without a year is then of the item's own year."""
        if self.date is None:
            return False
        lead = " ".join(b.text for b in self.text_blocks()[:4])[:1500]
        return undated_day(lead) or any(c.role == "deixis" for c in find_cues(lead, ("deixis",)))

    @cached_property
    def topic(self) -> Place | None:
        """The city the document is about: named in its title or first lines, as the
        city that acts («شهرداری X», "X Municipality", "mayor of X"), or as the owner of
        sister cities; else the city named most often. ``None`` when no city is named.
        """
        score: Counter[str] = Counter()
        first: dict[str, Place] = {}
        for i, block in enumerate(self.text_blocks()):
            for s, e in sentences(block.text):
                places = [p for p in self.places(block, s, e) if p.type in ("city", "unknown")]
                subjects = _subject_spans(block.text, s, e)
                lead = _lead_place(block.text, s, e, places)
                for p in places:
                    key = p.key
                    first.setdefault(key, p)
                    score[key] += 1
                    score[key] += 3 if i == 0 else 1 if i < _TOP else 0
                    if any(a <= p.start < b for a, b in subjects):
                        score[key] += 2
                    if p is lead:
                        score[key] += 2
        if not score:
            return None
        ranked = sorted(score, key=lambda k: (-score[k], _order(first, k)))
        best = ranked[0]
        runner_up = score[ranked[1]] if len(ranked) > 1 else 0
        # a paper about many cities has no subject city: the best must stand out
        if score[best] < 1.5 * runner_up and score[best] < 0.3 * sum(score.values()):
            return None
        return first[best]


def _order(first: dict[str, Place], key: str) -> int:
    return list(first).index(key)


def _lead_place(text: str, start: int, end: int, places: list[Place]) -> Place | None:
    """The place a twinning sentence is about: the first one, when it comes before the
    twinning word ("Isfahan has sister city agreements with 13 cities")."""
    cues = find_cues(text[start:end], ("twinning",))
    if not cues or not places:
        return None
    first = places[0]
    return first if first.start < start + cues[0].start else None


def _subject_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans right after (or before) an office word, where the acting city is named."""
    out = []
    for cue in find_cues(text[start:end], ("subject",)):
        a, b = cue.start + start, cue.end + start
        out.append((b, b + 40) if cue.value == "before" else (max(start, a - 40), a))
    return out
