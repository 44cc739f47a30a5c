"""Relations other than twinning: memberships (city → network), designations (city →
title for a year) and organisations (founding year, seat), from running text and from
tables — independent of the agreement sources.

Modules, lowest first:

* :mod:`.vocab` reads the cue words (``vocab/relations.tsv``);
* :mod:`.records` builds parties and evidence; :mod:`.cities` finds the city of a
  clause;
* :mod:`.organisations`, :mod:`.memberships`, :mod:`.designations` read running text
  (and give the cell readers their pieces);
* :mod:`.org_rows` and :mod:`.tables` read table blocks, and table cells a reader
  printed one per paragraph;
* :mod:`.merge` keeps one record per fact.

:func:`extract_relations` runs them all over a document's blocks.

Example:
    >>> from textkit.model import Block
    >>> import logging

from textkit.extract.linking import Linker
    >>> text = "شهر تبریز از سال ۱۳۹۰ عضو مجمع شهرداران آسیایی است."
    >>> b = Block(id="p", page=1, kind="paragraph", text=text)
    >>> found = extract_relations([b], Linker(None))
    >>> [(m.city.name, m.organisation, m.year) for m in found.memberships]
    [('تبریز', 'مجمع شهرداران آسیایی', 2011)]
"""

from __future__ import annotations

import logging

from textkit.extract.linking import Linker
from textkit.extract.relations.designations import prose_designations
from textkit.extract.relations.memberships import prose_memberships
from textkit.extract.relations.merge import (
    merge_designations,
    merge_memberships,
    merge_organisations,
)
from textkit.extract.relations.organisations import prose_organisations
from textkit.extract.relations.records import Relations
from textkit.extract.relations.tables import cells_relations, table_relations
from textkit.model import Block

log = logging.getLogger(__name__)

__all__ = [
    "Relations",
    "cells_relations",
    "extract_relations",
    "prose_designations",
    "prose_memberships",
    "prose_organisations",
    "table_relations",
]


def extract_relations(blocks: list[Block], linker: Linker) -> Relations:
    """Memberships, designations and organisations of a document, merged: tables first,
    then table cells printed as paragraphs, then running text.

    Args:
        blocks: the document's blocks in reading order.
        linker: the document's gazetteer access (``Linker(None)`` reads without one).
    """
    found = Relations()
    for b in blocks:
        try:
            found.extend(table_relations(b, linker))
        except Exception:  # one bad table must not lose the rest of the document
            log.exception("relations of table %s could not be read", b.id)
    found.extend(cells_relations(blocks, linker))
    found.memberships += prose_memberships(blocks, linker=linker)
    found.designations += prose_designations(blocks, linker=linker)
    found.organisations += prose_organisations(blocks)
    return Relations(
        merge_memberships(found.memberships),
        merge_designations(found.designations),
        merge_organisations(found.organisations),
    )
