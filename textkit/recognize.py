"""Recognise gazetteer names (places, organisations) in a document's blocks.

``recognize(doc, gazetteer)`` runs :meth:`Gazetteer.find_mentions` on every
block and returns :class:`textkit.schema.Entity` records with block ids,
character offsets into the block text, page numbers and gazetteer links.

Example:
    >>> from textkit.model import Block, Document
    >>> block = Block("b1", 1, "paragraph", "تولدو، اسپانیا")
    >>> doc = Document("x.txt", "0" * 64, "text", 1, [block])
    >>> [(e.text, e.type, e.link.id) for e in recognize(doc)]  # doctest: +SKIP
    [('تولدو', 'CITY', 'gn:2510409'), ('اسپانیا', 'COUNTRY', 'country:ES')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textkit.gazetteer import Gazetteer, Mention
    from textkit.model import Document
    from textkit.schema import Entity


def mention_to_entity(m: Mention, *, block: str, page: int | None) -> Entity:
    """One :class:`Mention` as an output :class:`~textkit.schema.Entity`."""
    from textkit.schema import Entity, GazetteerLink

    e = m.entry
    link = GazetteerLink(
        id=e.id,
        name_en=e.name_en or None,
        name_fa=e.name_fa or None,
        country=e.country,
        type=e.type,
    )
    return Entity(
        type=m.type,
        text=m.text,
        block=block,
        start=m.start,
        end=m.end,
        page=page,
        link=link,
        score=m.score,
    )


def recognize(
    doc: Document, gazetteer: Gazetteer | None = None, *, types: set[str] | None = None
) -> list[Entity]:
    """Gazetteer mentions in every block of *doc*, in reading order.

    Args:
        doc: a loaded (and preferably normalised) document.
        gazetteer: ``None`` loads the shipped gazetteer.
        types: restrict to entry types, e.g. ``{"city", "country"}``.

    Returns:
        Entities; ``start``/``end`` are offsets into ``block.text``.
    """
    if gazetteer is None:
        from textkit.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    out = []
    for block in doc.blocks:
        for m in gazetteer.find_mentions(block.text, types=types):
            out.append(mention_to_entity(m, block=block.id, page=block.page))
    return out


def recognize_dates(doc: Document) -> list[Entity]:
    """Years in every block (``DATE`` entities with their calendar and Gregorian year).

    Example:
        >>> from textkit.model import Block, Document
        >>> block = Block("b1", 1, "paragraph", "در سال ۱۳۷۳")
        >>> doc = Document("x.txt", "0" * 64, "text", 1, [block])
        >>> [(e.text, e.calendar, e.gregorian) for e in recognize_dates(doc)]
        [('۱۳۷۳', 'jalali', 1994)]
    """
    from textkit.dates import find_years
    from textkit.schema import Entity

    out = []
    for block in doc.blocks:
        for y in find_years(block.text):
            out.append(
                Entity(
                    type="DATE",
                    text=y.text,
                    block=block.id,
                    start=y.start,
                    end=y.end,
                    page=block.page,
                    calendar=y.calendar,
                    gregorian=y.gregorian,
                )
            )
    return out
