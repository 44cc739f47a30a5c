"""Cells of a table read by what they hold, and the places written in them.

A row of a sister-city table may come with its columns in any order (a PDF reader does
not keep them), so each cell is recognised by content (:func:`cell_kind_of`):

* a **partner cell** lists place items (numbered, or several «city، country» items);
* a **membership cell** lists items that start with «عضو» / "member of";
* an **organisation cell** gives a founding year or a seat («تاسیس: ۱۹۸۵ مقر: بارسلون»);
* anything else is ``other`` — the **home cell** is the shortest ``other`` cell that
  starts with a city name (a title may follow: «اصفهان پایتخت فرهنگی جهان اسلام»).

Places are linked through the document's :class:`~textkit.extract.linking.Linker`.

Example:
    >>> from textkit.extract.linking import Linker
    >>> cell_kind_of("۱. شیان، چین (۱۹۸۹) ۲. کوالالمپور، مالزی", Linker(None))
    'partners'
    >>> cell_kind_of("عضو مجمع شهرداران آسیایی؛ عضو اتحادیه شهرهای تاریخی", Linker(None))
    'members'
"""

from __future__ import annotations

import re
from typing import Literal

from textkit.extract.linking import Linker
from textkit.extract.model import Place
from textkit.extract.sources.tables.grid import Cell
from textkit.extract.sources.tables.items import (
    ITEM_NUMBER,
    ItemText,
    name_like,
    read_item,
    split_items,
)
from textkit.model import Block

__all__ = ["CellKind", "cell_kind_of", "home_cell_place", "is_partner_list", "item_place"]

CellKind = Literal["partners", "members", "org", "other"]

# A membership item: «عضو مجمع شهرداران آسیایی», "Member of ICLEI".
_MEMBER = re.compile(
    r"^\s*(?:[•\-*]\s*)?(?:عضو(?:یت)?(?:\s+در)?|member\s+of|membership\s+(?:of|in))\s+\S", re.I
)
_MEMBER_SEP = re.compile(r"\s*(?:[؛;]|\n|•)\s*")
# An organisation's founding year or seat: «تاسیس: ۱۹۸۵», "founded 1944", «مقر: مکه».
_ORG_INFO = re.compile(
    r"(?:تاسیس|تأسیس|founded|established)\s*[:：]?\s*(?:در\s+|in\s+)?[0-9\u06f0-\u06f9]"
    r"|(?:مقر|seat|headquarters)\s*[:：]",
    re.I,
)
# Words after the home city's name that start a title: «پایتخت فرهنگی جهان اسلام»,
# "European Capital of Culture", «شهر خلاق».
_TITLE = re.compile(r"پایتخت|capital|شهر\s+جهانی|شهر\s+خلاق|creative\s+city", re.I)
# Where a title or a note starts after the city: "Isfahan (Islamic …)", "Liverpool, European …".
_TITLE_CUT = re.compile(r"\s*[(،,:\-–]")
_MAX_HOME_WORDS = 4
_PUNCT = " .،,:;()-–•*"
# Words per item at most in a partner list («شیان، چین (۱۹۸۹)» is 3).
_NUMBERED_WORDS = 8
_ITEM_WORDS = 7


def cell_kind_of(text: str, linker: Linker) -> CellKind:
    """What a cell holds: ``partners``, ``members``, ``org`` or ``other`` (module doc).

    Example:
        >>> from textkit.extract.linking import Linker
        >>> [cell_kind_of(t, Linker(None)) for t in ("تاسیس: ۱۹۸۰ مقر: مکه", "اصفهان", "")]
        ['org', 'other', 'other']
    """
    text = text.strip()
    if not text:
        return "other"
    items = [i for i in _MEMBER_SEP.split(text) if i.strip()]
    if sum(1 for i in items if _MEMBER.match(i)) >= max(1, len(items) // 2):
        return "members"
    if _ORG_INFO.search(text):
        return "org"
    words = len(text.split())
    numbered = len(ITEM_NUMBER.findall(text))
    if (numbered >= 2 or ITEM_NUMBER.match(text)) and words / max(numbered, 1) <= _NUMBERED_WORDS:
        return "partners"  # a numbered list, or the rest of one continued from the row above
    spans = split_items(text)
    read = [read_item(text[s:e], linker) for s, e in spans]
    if any(it is not None and it.country for it in read) and words / len(spans) <= _ITEM_WORDS:
        return "partners"
    return "other"


def is_partner_list(text: str, linker: Linker) -> bool:
    """A partner cell of several items, or one numbered item («۳. بم (۲۰۰۱)»): such a
    cell is read item by item even under a header that names its columns."""
    if cell_kind_of(text, linker) != "partners":
        return False
    return len(split_items(text)) >= 2 or ITEM_NUMBER.match(text.strip()) is not None


def item_place(
    block: Block,
    base: int,
    item: ItemText,
    linker: Linker,
    *,
    country: str | None = None,
    home_country: str | None = None,
) -> Place:
    """The place an item names, linked (within its written country, or within the home
    city's country for a bare name: «آستارا» in a table of Iranian cities' partners).
    The cell's structure says it is a place: a name the gazetteer does not know is
    kept («شاندیز زنوز»), and no common-word test is made («رشت» is also a verb stem).

    Args:
        block: the table block; *base* is where the item's text starts in it (-1: not
            printed there, the place then gets the offsets 0, 0).
        country: the country written in a cell of its own, when the item has none.
    """
    country = item.country or country
    entry, score = linker.link_city(item.name, country)
    if entry is None and item.regions:
        # «سوون، گیونگی دو، کره جنوبی»: some cities are known with their region
        entry, score = linker.link_city(f"{item.name} {item.regions}", country)
    if entry is None and item.gloss:
        entry, score = linker.link_city(item.gloss, country)
    if entry is None and country is None and home_country:
        entry, score = linker.link_city(item.name, home_country)
    start, end = (base + item.name_start, base + item.name_end) if base >= 0 else (0, 0)
    return Place(
        name=item.name,
        block=block.id,
        start=start,
        end=end,
        type="city" if entry is not None else "unknown",
        entry=entry,
        country=country or (entry.country if entry is not None else None),
        region=item.regions,
        score=score,
        qualified=country is not None or item.regions is not None,
    )


def home_cell_place(block: Block, cell: Cell, linker: Linker) -> Place | None:
    """The city a home cell starts with, or ``None`` when the cell is no home cell.

    A title after the city is left out («تبریز پایتخت گردشگری جهان اسلام (۲۰۱۸)»,
    "Isfahan (Islamic Cultural Capital 2006)"); with a gazetteer, the longest first
    one to three words that name a city are the city («مشهد مقدس» → «مشهد»).

    Example:
        >>> from textkit.extract.linking import Linker
        >>> from textkit.model import Block
        >>> t = "اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶"
        >>> home_cell_place(Block("t", 1, "table", t), Cell(t, 0, len(t)), Linker(None)).name
        'اصفهان'
    """
    text = cell.text
    title = _TITLE.search(text)
    end = title.start() if title else len(text)
    cut = _TITLE_CUT.search(text, 0, end) if title else None
    end = cut.start() if cut is not None else _unbracketed_end(text, end)
    words = list(re.finditer(r"\S+", text[:end]))
    if not words:
        return None
    span = _linked_head(text, words, linker)
    entry, score = linker.link_city(text[span[0] : span[1]]) if span else (None, 0.0)
    if span is None:
        span = (words[0].start(), words[-1].end())
        if len(words) > _MAX_HOME_WORDS:
            return None
    raw = text[span[0] : span[1]]
    name = raw.strip(_PUNCT)
    if not name or not name_like(name):
        return None
    base = cell.start if cell.found else -1
    start = base + span[0] + len(raw) - len(raw.lstrip(_PUNCT)) if base >= 0 else 0
    return Place(
        name=name,
        block=block.id,
        start=start,
        end=start + len(name) if base >= 0 else 0,
        type="city" if entry is not None else "unknown",
        entry=entry,
        country=entry.country if entry is not None else None,
        score=score,
    )


def _unbracketed_end(text: str, end: int) -> int:
    """Where a bracket starts in a home cell without a title ("Tabriz (تبریز)")."""
    at = text.find("(", 0, end)
    return at if at > 0 else end


def _linked_head(text: str, words: list[re.Match[str]], linker: Linker) -> tuple[int, int] | None:
    """The longest first one to three words that the gazetteer links as a city."""
    for n in range(min(3, len(words)), 0, -1):
        span = (words[0].start(), words[n - 1].end())
        if linker.link_city(text[span[0] : span[1]])[0] is not None:
            return span
    return None
