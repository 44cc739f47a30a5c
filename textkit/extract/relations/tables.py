"""Memberships, designations and organisations in tables, whether the reader kept the
table (a :class:`~textkit.model.Table` block) or printed it one cell per paragraph.

Column order is not trusted; each cell is recognised by its content
(:func:`cell_kind`):

* a **membership cell** lists items starting with «عضو» / "member of";
* a **description cell** carries «تاسیس: ۱۹۸۰ مقر: مکه» ("Founded: 1980 Seat:
  Geneva"): the row is an organisation, named in its name cell (by header, acronym,
  no digits); a row that only continues the one before (a name cell «(METRO)
  (POLIS)», a seat alone) is merged into it, and «… عضو این انجمن هستند» lists member
  cities;
* a **partner cell** lists places (numbered, or «city، country» items);
* the **home cell** of a sister-city row is the shortest other cell that starts with
  a city, possibly followed by a title
  (:func:`~textkit.extract.relations.designations.parse_home_cell`). A row without
  one continues the home city of the row before.

Example:
    >>> from textkit.model import Block, Table
    >>> row = ("تبریز پایتخت گردشگری جهان اسلام (۲۰۱۸)", "۱. باکو ۲. قازان", "عضو مجمع شهرداران")
    >>> t = Table(header=(), rows=(row,))
    >>> b = Block(id="t", page=1, kind="table", text="\\n".join(row), table=t)
    >>> r = table_relations(b)
    >>> [(m.city.name, m.organisation) for m in r.memberships], [d.year for d in r.designations]
    ([('تبریز', 'مجمع شهرداران')], [2018])
"""

from __future__ import annotations

import re
from typing import Literal

from textkit.dates import DIGIT
from textkit.extract.linking import Linker
from textkit.extract.relations.designations import home_designation, parse_home_cell
from textkit.extract.relations.memberships import cell_memberships, is_membership_cell
from textkit.extract.relations.org_rows import Cell, OrgRows
from textkit.extract.relations.organisations import is_description_cell, is_organisation
from textkit.extract.relations.records import Relations, city_party
from textkit.model import Block
from textkit.schema import Party

__all__ = ["cell_kind", "cells_relations", "table_relations"]

CellKind = Literal["members", "org", "partners", "other"]

# An item number: «۱. », "2) ", «۳- » (followed by a space, so «(۱۹۸۹)» is no number).
_ITEM_NUMBER = re.compile(rf"(?:^|(?<=\s))({DIGIT}{{1,2}})\s?[.)\-]\s")
# Where items of an unnumbered partner list end: «؛», ";", a line break, or a year in
# parentheses followed by more text («… (۲۰۰۷) کاراگاندا، …») that is no status word.
_ITEM_END = re.compile(rf"[؛;\n]|(?<=\(){DIGIT}{{4}}\s*\)(?![\s،,]*(?:نارسمی|غیر|informal|\())")
# What may follow a place in an item: a year, a status word, a country in parentheses.
_ITEM_TAIL = re.compile(
    rf"\s*(?:\(\s*{DIGIT}{{4}}[^)]*\)|[:،,]?\s*(?:نارسمی|غیر\s?رسمی|informal))\s*$"
)


def _names_country(item: str, linker: Linker) -> bool:
    """Whether a partner item ends with a country: «شیان، چین», "Kyoto (Japan)",
    «نوودی ساد صربستان»."""
    body = _ITEM_TAIL.sub("", item).strip(" .،,:(")
    paren = re.search(r"\(([^()\d]{2,30})\)\s*$", body)
    if paren:
        return linker.country_code(paren.group(1)) is not None
    parts = [p for p in re.split(r"\s*[،,:]\s*", body) if p]
    if len(parts) > 1:
        return linker.country_code(parts[-1]) is not None
    words = body.split()
    return any(
        linker.country_code(" ".join(words[-n:])) is not None for n in (3, 2, 1) if len(words) > n
    )


def _is_partner_list(text: str, linker: Linker) -> bool:
    """A numbered list of short items, or short items that name their countries."""
    numbered = len(_ITEM_NUMBER.findall(text))
    if (numbered >= 2 or _ITEM_NUMBER.match(text)) and len(text.split()) / max(numbered, 1) <= 8:
        return True  # a numbered list, or the rest of one continued from the previous row
    items = [i for i in _ITEM_END.split(text) if i.strip()]
    with_country = sum(1 for i in items if _names_country(i, linker))
    return with_country >= 1 and len(text.split()) / max(len(items), 1) <= 7


def cell_kind(cell: str, linker: Linker | None = None) -> CellKind:
    """``members``, ``org`` (an organisation's description), ``partners`` or ``other``.

    Example:
        >>> cells = ("عضو مجمع شهرداران", "تاسیس: ۱۹۸۰ مقر: مکه", "۱. شیان ۲. باکو", "اصفهان", "")
        >>> [cell_kind(c) for c in cells]
        ['members', 'org', 'partners', 'other', 'other']
    """
    text = cell.strip()
    if not text:
        return "other"
    if is_membership_cell(text):
        return "members"
    if is_description_cell(text):
        return "org"
    return "partners" if _is_partner_list(text, linker or Linker(None)) else "other"


def _cell_offsets(block: Block, cells: list[str]) -> list[int | None]:
    """Offsets of *cells* in ``block.text`` (searched in order); ``None`` if not found."""
    out: list[int | None] = []
    pos = 0
    for c in cells:
        c2 = c.strip()
        i = block.text.find(c2, pos) if c2 else -1
        if c2 and i < 0:
            i = block.text.find(c2)
        out.append(i if i >= 0 else None)
        if i >= 0:
            pos = i + len(c2)
    return out


def _home_index(cells: list[str], kinds: list[CellKind], linker: Linker) -> int | None:
    """The row's home cell: the shortest other cell that reads as a city."""
    best = None
    for i, (c, k) in enumerate(zip(cells, kinds, strict=True)):
        if k != "other" or not c.strip() or (best is not None and len(c) >= len(cells[best])):
            continue
        if parse_home_cell(c, linker) is not None:
            best = i
    return best


def table_relations(block: Block, linker: Linker | None = None) -> Relations:
    """Memberships, designations and organisations of one table block (see the module
    doc); nothing for other blocks."""
    linker = linker or Linker(None)
    out = Relations()
    if block.kind != "table" or block.table is None:
        return out
    orgs = OrgRows(linker, block.table.header)
    home: Party | None = None
    for row in block.table.rows:
        cells = list(row)
        offs = _cell_offsets(block, cells)
        kinds = [cell_kind(c, linker) for c in cells]
        if orgs.read([Cell(block, c, o) for c, o in zip(cells, offs, strict=True)], kinds):
            continue
        if "partners" not in kinds and "members" not in kinds:
            continue
        i = _home_index(cells, kinds, linker)
        if i is not None:
            cell = parse_home_cell(cells[i], linker)
            assert cell is not None
            home = city_party(cell.city, cell.entry)
            d = home_designation(block, cell, offs[i], cells[i], confidence=0.9)
            out.designations += [d] if d is not None else []
        if home is None:
            continue  # a row without a home city before any home city
        for c, k, off in zip(cells, kinds, offs, strict=True):
            if k == "members":
                out.memberships += cell_memberships(block, c, off, home, linker, confidence=0.95)
    out.extend(orgs.relations)
    return out


_CELL_BLOCKS = ("paragraph", "list_item")
# A home cell is short and no sentence: «اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶».
_MAX_HOME_WORDS = 10


def _home_before(blocks: list[Block], i: int, linker: Linker) -> int | None:
    """The home cell of the membership cell ``blocks[i]``: the block before it, or the
    one before a partner cell before it, when it reads as a city (and is no sentence)."""
    for j in (i - 1, i - 2):
        if j < 0 or blocks[j].kind not in (*_CELL_BLOCKS, "heading"):
            return None
        text = blocks[j].text.strip()
        if j == i - 1 and cell_kind(text, linker) == "partners":
            continue
        if len(text.split()) > _MAX_HOME_WORDS or text.endswith((".", ":", "؟")):
            return None
        cell = parse_home_cell(text, linker)
        if cell is None or (linker.gazetteer is not None and cell.entry is None):
            return None  # with a gazetteer, a home cell's city must be known
        return j
    return None


def cells_relations(blocks: list[Block], linker: Linker | None = None) -> Relations:
    """Memberships, designations and organisations of tables that a reader printed one
    cell per paragraph: a home cell, (a partner cell,) a membership cell; an
    organisation's name cell, its labelled description cell («تاسیس: ۱۹۸۰ مقر: مکه»),
    and up to two more cells of its row.

    Example:
        >>> cells = ["مشهد", "۱. نجف، عراق ۲. کوالالمپور، مالزی", "عضو مجمع شهرداران آسیایی"]
        >>> bs = [Block(id=f"c{i}", page=1, kind="paragraph", text=t) for i, t in enumerate(cells)]
        >>> found = cells_relations(bs)
        >>> [(m.city.name, m.organisation, m.evidence[0].block) for m in found.memberships]
        [('مشهد', 'مجمع شهرداران آسیایی', 'c2')]
    """
    linker = linker or Linker(None)
    out = Relations()
    for i, b in enumerate(blocks):
        if b.kind not in _CELL_BLOCKS or cell_kind(b.text, linker) != "members":
            continue
        j = _home_before(blocks, i, linker)
        if j is None:
            continue
        cell = parse_home_cell(blocks[j].text, linker)
        assert cell is not None
        home = city_party(cell.city, cell.entry)
        d = home_designation(blocks[j], cell, None, blocks[j].text, confidence=0.8)
        out.designations += [d] if d is not None else []
        out.memberships += cell_memberships(b, b.text, 0, home, linker, confidence=0.85)
    out.extend(_organisation_cells(blocks, linker))
    return out


# An organisation's row printed as paragraphs: a short name cell, a short description.
_MAX_NAME_WORDS = 14
_MAX_DESCRIPTION_WORDS = 20


def _is_description(b: Block) -> bool:
    return (
        b.kind in _CELL_BLOCKS
        and len(b.text.split()) <= _MAX_DESCRIPTION_WORDS
        and is_description_cell(b.text, labelled=True)
    )


def _is_name_cell(b: Block, linker: Linker) -> bool:
    """A short block, no sentence, that names an organisation (an organisation word, an
    acronym, an English name in parentheses)."""
    text = b.text.strip()
    if b.kind not in _CELL_BLOCKS or len(text.split()) > _MAX_NAME_WORDS or text.endswith("."):
        return False
    return is_organisation(text, linker) or re.search(r"\([A-Za-z][^()]*\)", text) is not None


def _organisation_cells(blocks: list[Block], linker: Linker) -> Relations:
    """Organisation rows printed one cell per paragraph (see :func:`cells_relations`)."""
    rows = OrgRows(linker)
    for i, b in enumerate(blocks):
        if i == 0 or not _is_description(b) or not _is_name_cell(blocks[i - 1], linker):
            continue
        row = [Cell(blocks[i - 1], blocks[i - 1].text, 0), Cell(b, b.text, 0)]
        for j in range(i + 1, min(i + 3, len(blocks))):
            nxt = blocks[j]
            if nxt.kind not in _CELL_BLOCKS or _is_description(nxt):
                break
            if j + 1 < len(blocks) and _is_description(blocks[j + 1]):
                break  # the name cell of the next row
            row.append(Cell(nxt, nxt.text, 0))
        rows.read(row, ["other", "org"] + ["other"] * (len(row) - 2), name=0)
    return rows.relations
