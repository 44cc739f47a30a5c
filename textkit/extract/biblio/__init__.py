"""The scholarly apparatus of a paper: in-text citations, the reference list, and the
front matter (title, authors, keywords, abstract) — read independently of the
twinning extractors.

* :mod:`.references` finds the reference list (:func:`~.references.reference_blocks`),
  parses its entries and links citations to them;
* :mod:`.citations` finds parenthetical, narrative and ibid citations in body text;
* :mod:`.metadata` reads the front matter (and an English one printed after the
  reference list).

Example:
    >>> from textkit.model import Block
    >>> b = Block(id="p", page=1, kind="paragraph", text="چنان‌که زینلی (۱۳۸۷) نشان داد")
    >>> [(c.authors, c.year_gregorian) for c in extract_citations([b])]
    [(['زینلی'], 2008)]
"""

from __future__ import annotations

from textkit.extract.biblio.citations import extract_citations
from textkit.extract.biblio.metadata import extract_metadata
from textkit.extract.biblio.references import (
    extract_references,
    link_citations,
    reference_blocks,
)

__all__ = [
    "extract_citations",
    "extract_metadata",
    "extract_references",
    "link_citations",
    "reference_blocks",
]
