"""Roles of front-matter and back-matter blocks, and table captions.

Works on the finished reading-order blocks.  The cues are layout (the largest
headings, a one-line block with footnote markers under a title, a short block
next to a table) and the section names academic papers use in Persian and
English (``Abstract``/``چکیده``, ``Keywords``/``واژگان کلیدی``,
``References``/``منابع``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textkit.model import Block

# section names, compared after dropping spaces, ZWNJ, digits and punctuation
_ABSTRACT = {"abstract", "summary", "چکیده", "خلاصه", "چکیدهمقاله"}
_REFERENCES = {
    "references",
    "bibliography",
    "works cited",
    "منابع",
    "فهرستمنابع",
    "منابعومآخذ",
    "کتابنامه",
    "مراجع",
}
# a keywords line: "Keywords: …", "Key words: …", "واژگان کلیدی: …", "کلیدواژه‌ها: …"
_KEYWORDS = re.compile(
    r"^\s*(?:key\s*words?|واژ(?:ه|گان)[\s\u200c]*(?:های[\s\u200c]*)?کلیدی|کلید[\s\u200c]*واژه(?:[\s\u200c]*ها)?)\s*[:：]",
    re.I,
)
# a source line under a table or figure: "منبع: (…)", "Source: …"
_SOURCE = re.compile(r"^\s*(?:منبع|منابع|ماخذ|مأخذ|source|sources)\s*[:：]", re.I)
_NON_LETTERS = re.compile(r"[\W\d_]+")


def _name(text: str) -> str:
    return _NON_LETTERS.sub("", text.lower())


def assign_roles(blocks: list[Block], sizes: dict[str, float] | None = None) -> list[Block]:
    """Set ``role`` (title, authors, abstract, keywords, affiliation, references)
    and mark table captions; returns new blocks (the input is not changed).

    Args:
        blocks: reading-order blocks.
        sizes: font size of each block by id (titles are the largest headings).

    Example:
        >>> from textkit.model import Block
        >>> bs = [Block("b1", 1, "heading", "چکیده"), Block("b2", 1, "paragraph", "متن")]
        >>> [b.role for b in assign_roles(bs)]
        [None, 'abstract']
    """
    out = list(blocks)
    sizes = sizes or {}
    top_size = max((sizes.get(b.id, 0.0) for b in out if b.kind == "heading"), default=0.0)
    in_refs = False
    for i, b in enumerate(out):
        prev = out[i - 1] if i else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        role = b.role
        kind = b.kind
        name = _name(b.text)
        if b.kind == "heading":
            in_refs = name in {_name(r) for r in _REFERENCES}
            # a title: a heading over an author line (a short block with note markers)
            if (
                b.page <= 3
                and nxt is not None
                and nxt.markers
                and len(nxt.text) < 300
                and nxt.kind != "footnote"
            ):
                role = "title"
        elif in_refs and b.kind in ("paragraph", "list_item"):
            kind, role = "reference", "references"
        elif (
            prev is not None
            and prev.kind == "heading"
            and _name(prev.text) in {_name(a) for a in _ABSTRACT}
        ):
            role = "abstract"
        elif _KEYWORDS.match(b.text):
            role = "keywords"
        if kind == "paragraph" and (
            (nxt is not None and nxt.kind == "table" and len(b.text) < 200)
            or (prev is not None and prev.kind == "table" and _SOURCE.match(b.text))
        ):
            kind = "caption"
        out[i] = replace(b, kind=kind, role=role) if (kind, role) != (b.kind, b.role) else b
    if not any(b.role == "title" for b in out):
        # no author line: the largest heading of the first page
        first = [b for b in out if b.kind == "heading" and b.page == min(x.page for x in out)]
        if first and top_size:
            best = max(first, key=lambda b: sizes.get(b.id, 0.0))
            k = out.index(best)
            out[k] = replace(best, role="title")
    # authors: a short block with markers right under a title; its notes are affiliations
    for i, b in enumerate(out):
        if b.role == "title" and i + 1 < len(out):
            a = out[i + 1]
            if a.markers and len(a.text) < 300 and a.kind in ("paragraph", "heading"):
                out[i + 1] = replace(a, kind="paragraph", role="authors")
                labels = set(a.markers)
                for j in range(i + 2, min(len(out), i + 12)):
                    n = out[j]
                    if n.kind == "footnote" and n.label in labels:
                        out[j] = replace(n, role="affiliation")
    return out
