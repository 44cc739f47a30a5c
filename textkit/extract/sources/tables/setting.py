"""What the text around a table says of it: its home city, the kind of tie it lists,
and whether it is about twinning at all.

* The **head** of a table is a caption, heading or short paragraph just before it (up
  to three blocks) or a caption right after it. A head with a twinning word that
  names one city names the table's home city («جدول ۲- شهرهای خواهرخوانده کرمان»,
  "Sister cities of Portland, Oregon"); its twinning word names the kind of tie.
* A table whose header has no home-city column («ردیف | شهر | کشور | نوع رابطه») and
  whose head names no home city lists the ties of its **subject city**: the one city
  named by the nearest caption, heading or short paragraph («جدول ۲-۱- روابط خارجی شهر
  تبریز»), or by an earlier heading or the title.

Example:
    >>> from textkit.model import Block, Document, Table
    >>> from textkit.extract.context import Context
    >>> cap = Block("c", 1, "caption", "جدول ۲- شهرهای خواهرخوانده کرمان")
    >>> t = Block("t", 1, "table", "شهر\\nهرات", table=Table(("شهر",), (("هرات",),)))
    >>> ctx = Context.of(Document("x.txt", "0", "text", 1, [cap, t]), None)
    >>> s = setting_of(ctx, 1)
    >>> s.home.name, s.kind, s.about_twinning
    ('کرمان', 'sister city', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textkit.extract.context import Context
from textkit.extract.cues import Cue, find_cues
from textkit.extract.linking import plausible_name, read_name
from textkit.extract.model import Place
from textkit.extract.sources.tables.columns import header_roles, merge_header_rows
from textkit.model import Block

__all__ = ["Setting", "setting_of", "subject_city"]

DEFAULT_KIND = "sister city"
_HEAD_REACH = 3  # blocks before a table that may be its head
_HEAD_CHARS = 400  # a longer block is running text, not a head
_SUBJECT_REACH = 4  # blocks before a table that may name its subject city
_SUBJECT_CHARS = 300


@dataclass(frozen=True, slots=True)
class Setting:
    """What the text around one table says of it.

    Attributes:
        home: the home city its head names (or its subject city), if any.
        kind: the kind of tie its head names (``sister city`` when none).
        about_twinning: the head, the header or the two blocks before the table
            carry a twinning word (rows without a partner list are then read too).
    """

    home: Place | None
    kind: str
    about_twinning: bool


def _heads(blocks: list[Block], index: int) -> list[Block]:
    """The blocks that may be a table's head, nearest first."""
    out = []
    for j in range(index - 1, max(-1, index - 1 - _HEAD_REACH), -1):
        if blocks[j].kind == "table":
            break
        if len(blocks[j].text) < _HEAD_CHARS:
            out.append(blocks[j])
    if index + 1 < len(blocks) and blocks[index + 1].kind == "caption":
        out.append(blocks[index + 1])
    return out


def _cities(ctx: Context, block: Block, *, linked: bool) -> list[Place]:
    """The cities *block* names, one per place (the same city named twice counts once)."""
    out: list[Place] = []
    for p in ctx.places(block, 0, len(block.text)):
        if p.type not in ("city", "unknown") or (linked and p.entry is None):
            continue
        if not any(p.same_place(q) for q in out):
            out.append(p)
    return out


def _named_home(ctx: Context, heads: list[Block]) -> Place | None:
    """The home city a head names."""
    for head in heads:
        twin = find_cues(head.text, ("twinning",))
        if not twin:
            continue
        cities = _cities(ctx, head, linked=False) or _owner(ctx, head, twin[0])
        if len(cities) == 1:
            return cities[0]
    return None


def _kind(heads: list[Block]) -> str:
    """The kind of tie the heads name: a sister city when any says so (a caption
    "Partner cities of …" over "sister-city agreements"), else the nearest head's."""
    kinds = [c.value for head in heads for c in find_cues(head.text, ("twinning",))]
    if not kinds or DEFAULT_KIND in kinds:
        return DEFAULT_KIND
    return kinds[0]


# Between a twinning word and the city that owns it: «شهرهای خواهرخوانده کرمان»,
# «خواهرخوانده‌های شهر کرمان», "sister cities of (the city of) X".
_OWNER_GAP = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:city\s+of\s+)?|(?:شهر|کلانشهر)\s+)?", re.I)


def _owner(ctx: Context, head: Block, twin: Cue) -> list[Place]:
    """The name written right after the head's twinning word, when the gazetteer does
    not know it («شهرهای خواهرخوانده کرمان» read without a gazetteer)."""
    gap = _OWNER_GAP.match(head.text, twin.end)
    at = gap.end() if gap else twin.end
    span = read_name(head.text, at, forward=True)
    if span is None or span[0] != at:
        return []
    name = head.text[span[0] : span[1]]
    if not plausible_name(name, strict=ctx.linker.gazetteer is not None):
        return []
    entry, score = ctx.linker.link_city(name)
    return [
        Place(
            name,
            head.id,
            span[0],
            span[1],
            "city" if entry is not None else "unknown",
            entry,
            entry.country if entry is not None else None,
            score=score,
        )
    ]


def subject_city(ctx: Context, index: int) -> Place | None:
    """The one city named by the caption right after the table, by a short block up
    to four before it, or by an earlier heading or the title (gazetteer cities only)."""
    blocks = ctx.blocks
    near: list[Block] = []
    if index + 1 < len(blocks) and blocks[index + 1].kind == "caption":
        near.append(blocks[index + 1])
    for j in range(index - 1, max(-1, index - 1 - _SUBJECT_REACH), -1):
        if blocks[j].kind == "table":
            break
        if len(blocks[j].text) < _SUBJECT_CHARS:
            near.append(blocks[j])
    near += [b for b in reversed(blocks[:index]) if b.kind == "heading" or b.role == "title"]
    for block in near:
        cities = _cities(ctx, block, linked=True)
        if len(cities) == 1:
            return cities[0]
    return None


def setting_of(ctx: Context, index: int) -> Setting:
    """The :class:`Setting` of the table at ``ctx.blocks[index]``."""
    blocks = ctx.blocks
    table = blocks[index].table
    assert table is not None
    heads = _heads(blocks, index)
    home = _named_home(ctx, heads)
    before = [b for b in blocks[max(0, index - 2) : index] if b.kind != "table"]
    about = (
        home is not None
        or bool(find_cues(" \n".join(table.header), ("twinning",)))
        or any(find_cues(b.text, ("twinning",)) for b in before)
    )
    if home is None and table.header:
        header, _ = merge_header_rows(table.header, table.rows)
        roles = header_roles(header, home_known=True)
        if roles is not None and "city" not in roles.values():
            home = subject_city(ctx, index)
    return Setting(home, _kind(heads), about)
