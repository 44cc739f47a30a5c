"""Output pieces shared by the relation readers: a :class:`~textkit.schema.Party` for a
city, :class:`~textkit.schema.Evidence` for a span of a block, and the result
bundle :class:`Relations`.

Example:
    >>> from textkit.model import Block
    >>> b = Block(id="t", page=2, kind="table", text="عضو الف؛\\n• عضو ب")
    >>> e = evidence(b, None, None, "عضو الف؛ عضو ب")
    >>> (e.start, e.end, e.quote == b.text)
    (0, 16, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textkit.schema import Designation, Evidence, Membership, Organisation, Party

if TYPE_CHECKING:
    from textkit.gazetteer import Entry
    from textkit.model import Block

__all__ = ["Relations", "city_party", "evidence", "locate"]


@dataclass
class Relations:
    """Memberships, designations and organisations found in one part of a document."""

    memberships: list[Membership] = field(default_factory=list)
    designations: list[Designation] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)

    def extend(self, other: Relations) -> None:
        """Append everything *other* found."""
        self.memberships += other.memberships
        self.designations += other.designations
        self.organisations += other.organisations


def city_party(name: str, entry: Entry | None) -> Party:
    """The party for a city written as *name*, linked to *entry* when there is one.

    Example:
        >>> p = city_party("Kazan", None)
        >>> (p.name, p.name_en, p.name_fa, p.gazetteer_id)
        ('Kazan', 'Kazan', None, None)
    """
    latin = name.isascii()
    if entry is None:
        return Party(name=name, name_en=name if latin else None, name_fa=None if latin else name)
    return Party(
        name=name,
        name_en=entry.name_en or (name if latin else None),
        name_fa=entry.name_fa or (None if latin else name),
        country=entry.country,
        gazetteer_id=entry.id,
    )


# Characters that differ between a table cell and the block text that prints it
# (line breaks, bullet marks, runs of spaces): «• الف\nب» ~ «الف ب».
_LOOSE_SKIP = frozenset(" \t\n\r•▪◦·")


def _loose(text: str) -> tuple[str, list[int]]:
    """*text* with whitespace runs and bullets folded to one space, and for each kept
    character its index in *text*."""
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
    r"""Where *quote* is printed in *text*, ignoring line breaks, bullets and spacing;
    ``None`` when it is not there.

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
    """Evidence for ``block.text[start:end]``; when the offsets are unknown, *quote* is
    located in the block text (so ``quote == block.text[start:end]`` whenever offsets
    are given), else kept as written with null offsets."""
    if not (start is not None and end is not None and 0 <= start <= end <= len(block.text)):
        found = locate(block.text, quote) if quote else None
        start, end = found if found else (None, None)
    if start is not None and end is not None:
        q = block.text[start:end]
    else:
        q = quote or block.text[:200]
    return Evidence(page=block.page, block=block.id, quote=q, start=start, end=end, line=block.line)
