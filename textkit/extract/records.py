"""Building output records of the legacy membership, designation and organisation
readers: evidence from a block span, and merging repeated records.

The confidence scale and status policy of agreements live in
:mod:`textkit.extract.resolve`, where they are applied.

Example:
    >>> b = Block(id="b", page=1, kind="paragraph", text="عضو الف؛\\n• عضو ب")
    >>> evidence(b, None, None, "عضو الف؛ عضو ب").quote == b.text
    True
"""

from __future__ import annotations

from typing import Any

from textkit.extract.lexicon import name_key
from textkit.model import Block
from textkit.schema import Evidence, Party

__all__ = ["evidence", "locate", "merge_designations", "merge_memberships"]

# Characters that differ between a table cell and the block text that prints it
# (line breaks, bullet marks, runs of spaces): «• الف\nب» ~ «الف ب».
_LOOSE_SKIP = frozenset(" \t\n\r•▪◦·")


def _loose(text: str) -> tuple[str, list[int]]:
    """*text* with whitespace runs and bullets folded to one space, and for each
    kept character its index in *text*."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _LOOSE_SKIP:
            if out and out[-1] != " ":
                out.append(" ")
                index.append(i)
            continue
        out.append(ch)
        index.append(i)
    return "".join(out), index


def locate(text: str, quote: str) -> tuple[int, int] | None:
    r"""Where *quote* is printed in *text*, ignoring line breaks, bullets and
    spacing; ``None`` when it is not there.

    Example:
        >>> locate("عضو الف؛\n• عضو ب", "عضو الف؛ عضو ب")
        (0, 16)
    """
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    loose_text, index = _loose(text)
    loose_quote = _loose(quote)[0].strip()
    if not loose_quote:
        return None
    at = loose_text.find(loose_quote)
    if at < 0:
        return None
    return index[at], index[at + len(loose_quote) - 1] + 1


def evidence(
    block: Block, start: int | None, end: int | None, quote: str | None = None
) -> Evidence:
    """Evidence for ``block.text[start:end]``; when offsets are unknown, *quote* is
    located in the block text (so ``quote == block.text[start:end]`` whenever
    offsets are given), else kept as written with null offsets."""
    if not (start is not None and end is not None and 0 <= start <= end <= len(block.text)):
        found = locate(block.text, quote) if quote else None
        start, end = found if found else (None, None)
    if start is not None and end is not None:
        q = block.text[start:end]
    else:
        q = quote or block.text[:200]
    return Evidence(page=block.page, block=block.id, quote=q, start=start, end=end, line=block.line)


def key_of_party(p: Party) -> str:
    """Identity of a party: its gazetteer id, else its folded name."""
    if p.gazetteer_id:
        return f"id:{p.gazetteer_id}"
    return "name:" + name_key(p.name)


def merge_memberships(items: list[Any]) -> list[Any]:
    """Drop repeated (city, organisation) memberships, keeping all evidence."""
    out: list[Any] = []
    index: dict[tuple[str, str], int] = {}
    for m in items:
        k = (key_of_party(m.city), m.organisation_id or name_key(m.organisation))
        if k in index:
            old = out[index[k]]
            out[index[k]] = old.model_copy(
                update={
                    "evidence": old.evidence + m.evidence,
                    "confidence": max(old.confidence, m.confidence),
                }
            )
            continue
        index[k] = len(out)
        out.append(m)
    return out


def merge_designations(items: list[Any]) -> list[Any]:
    """One designation per (city, title, year); evidence lists joined."""
    out: list[Any] = []
    index: dict[tuple[str, str, int | None], int] = {}
    for d in items:
        k = (key_of_party(d.city), name_key(d.title), d.year)
        if k in index:
            old = out[index[k]]
            out[index[k]] = old.model_copy(update={"evidence": old.evidence + d.evidence})
            continue
        index[k] = len(out)
        out.append(d)
    return out
