"""Memberships, designations and organisations from table blocks (legacy reader).

Agreements in tables are read by :mod:`textkit.extract.sources.tables`; this module
keeps the rest of the old table reader until ``textkit/extract/relations/`` replaces it.
Column order is not trusted. Each row's cells are recognised by content:

* a **partner cell** holds a list of place items (numbered, or several
  «city، country» items, or one item with a country);
* a **membership cell** holds items starting with «عضو» / "member of";
* the **home cell** is the short remaining cell that starts with a city name,
  possibly followed by a designation («اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶»).

A row with a partner cell but no home cell continues the previous row (a table
row broken across pages). Tables whose rows carry «تاسیس» / «مقر» ("founded",
"headquarters") are read as organisation tables.

Example:
    >>> classify_cell("۱. شیان، چین (۱۹۸۹) ۲. کوالالمپور، مالزی")
    'partners'
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from textkit.dates import find_years
from textkit.extract.places import ITEM_NUMBER, clean_name, link_city, parse_item, split_items
from textkit.extract.records import evidence
from textkit.extract.sources.tables.columns import header_roles, merge_header_rows
from textkit.model import Block
from textkit.schema import Designation, Membership, Organisation, Party

log = logging.getLogger(__name__)

# Membership items: «عضو مجمع شهرداران آسیایی» → «مجمع شهرداران آسیایی»;
# "Member of ICLEI" → "ICLEI".
_MEMBER_RE = re.compile(
    r"^\s*(?:[•\-*]\s*)?(?:عضو(?:یت)?(?:\s+در)?|member\s+of|membership\s+(?:of|in))\s+(.+)$", re.I
)
# Item separators in a membership cell: «؛», ";", newline, bullet.
_MEMBER_SEP = re.compile(r"\s*(?:[؛;]|\n|•)\s*")
# Designation words after the home city: «پایتخت فرهنگی …», "European Capital of Culture".
_DESIGNATION_RE = re.compile(
    r"پایتخت|capital\s+of|capital|شهر\s+جهانی|شهر\s+خلاق|creative\s+city", re.I
)
# Acronym in parentheses: «(OICC)» → OICC.
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9\-&.]{1,15})\s*\)")
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


@dataclass
class TableRecords:
    """What the legacy table reader found in one document."""

    memberships: list[Membership] = field(default_factory=list)
    designations: list[Designation] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)


def classify_cell(cell: str) -> str:
    """``"partners"``, ``"members"``, ``"org"`` or ``"other"`` for one cell, by content.

    Example:
        >>> classify_cell("عضو مجمع شهرداران آسیایی؛ عضو اتحادیه شهرهای تاریخی")
        'members'
    """
    text = cell.strip()
    if not text:
        return "other"
    items = [i for i in _MEMBER_SEP.split(text) if i.strip()]
    if items and sum(1 for i in items if _MEMBER_RE.match(i)) >= max(1, len(items) // 2):
        return "members"
    from textkit.extract.organisations import _FOUNDED_RE, _SEAT_RE

    if _FOUNDED_RE.search(text) or _SEAT_RE.search(text):
        return "org"
    parsed = [parse_item(t) for _, t in split_items(text)]
    with_country = sum(1 for p in parsed if p is not None and p.country)
    numbered = len(ITEM_NUMBER.findall(text))
    starts_numbered = bool(ITEM_NUMBER.match(text))
    if (numbered >= 2 or starts_numbered) and len(text.split()) / max(numbered, 1) <= 8:
        return "partners"  # a numbered list, or the rest of one continued from the previous row
    if with_country >= 1 and len(parsed) >= 1 and len(text.split()) / max(len(parsed), 1) <= 7:
        return "partners"
    return "other"


def _cell_offsets(block: Block, cells: list[str]) -> list[int | None]:
    """Offsets of *cells* in ``block.text`` (searched in order); ``None`` if not found."""
    out: list[int | None] = []
    pos = 0
    for c in cells:
        c2 = c.strip()
        if not c2:
            out.append(None)
            continue
        i = block.text.find(c2, pos)
        if i < 0:
            i = block.text.find(c2)
        out.append(i if i >= 0 else None)
        if i >= 0:
            pos = i + len(c2)
    return out


def parse_home_cell(
    cell: str, gazetteer: Any
) -> tuple[str, str | None, Any, tuple[Any, ...]] | None:
    """Split the home cell into (city, designation text, designation year, gazetteer link).

    Example:
        >>> parse_home_cell("اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶", None)[:2]
        ('اصفهان', 'پایتخت فرهنگی جهان اسلام')
        >>> parse_home_cell("Isfahan (Islamic Cultural Capital 2006)", None)[:2]
        ('Isfahan', 'Islamic Cultural Capital')
    """
    text = " ".join(cell.split())
    if not text:
        return None
    m = _DESIGNATION_RE.search(text)
    city = text[: m.start()].strip() if m else text
    designation = text[m.start() :].strip() if m else None
    cut = re.search(r"\s*[(،,:\-–]\s*", city)
    if m and cut:
        # "Isfahan (Islamic Cultural Capital 2006)", "Liverpool, European Capital of Culture"
        designation = (city[cut.end() :] + " " + (designation or "")).strip(" ()")
        city = city[: cut.start()]
    city = clean_name(_PAREN.sub(" ", city))
    words = city.split()
    link: tuple[Any, ...] = (None, None, None, None)
    if gazetteer is not None and words:
        for n in range(min(3, len(words)), 0, -1):
            link = link_city(" ".join(words[:n]), None, gazetteer)
            if link[0]:
                if not m:
                    designation = " ".join(words[n:]) or None
                city = " ".join(words[:n])
                break
    if not city or len(city.split()) > 4:
        return None
    year = None
    if designation:
        ys = find_years(designation)
        year = ys[0] if ys else None
        designation = (
            re.sub(
                r"\s*(?:در\s+سال|سال|in)?\s*\(?[0-9\u06f0-\u06f9]{4}\)?\s*$", "", designation
            ).strip()
            or None
        )
    return city, designation, year, link


def _home_party(city: str, link: tuple[Any, ...]) -> Party:
    gid, en, fa, country = link
    latin = city.isascii()
    return Party(
        name=city,
        name_en=en or (city if latin else None),
        name_fa=fa or (None if latin else city),
        country=country,
        gazetteer_id=gid,
    )


def tables_to_records(blocks: list[Block], *, gazetteer: Any = None) -> TableRecords:
    """The memberships, designations and organisations of the document's tables.

    Args:
        blocks: the document's blocks (non-table blocks are skipped).
        gazetteer: optional gazetteer used to link cities and organisations.

    Example:
        >>> from textkit.model import Table
        >>> cells = ("یزد", "۱. بم، ایران ۲. حمص، سوریه", "عضو اتحادیه شهرهای تاریخی")
        >>> t = Table(header=("نام شهر", "نام خواهر شهر", "عضویت"), rows=(cells,))
        >>> b = Block(id="t1", page=1, kind="table", text="\\n".join(cells), table=t)
        >>> [(m.city.name, m.organisation) for m in tables_to_records([b]).memberships]
        [('یزد', 'اتحادیه شهرهای تاریخی')]
    """
    rec = TableRecords()
    for block in blocks:
        if block.kind == "table" and block.table is not None:
            _read_table(block, gazetteer, rec)
    return rec


def _read_table(block: Block, gazetteer: Any, rec: TableRecords) -> None:
    from textkit.extract.organisations import _is_continuation, _members_of_this, _org_row

    assert block.table is not None
    header, taken = merge_header_rows(block.table.header, block.table.rows)
    rows = block.table.rows[taken:]
    by_role = bool(header) and header_roles(header, home_known=True) is not None
    if by_role and not any(_is_list(c) for row in rows for c in row):
        return  # a table of one tie per row, read by the agreement source only
    home: Party | None = None
    prev_org: Organisation | None = None
    for row in rows:
        cells = list(row)
        offs = _cell_offsets(block, cells)
        kinds = [classify_cell(c) for c in cells]
        org = _org_row(block, cells, offs, gazetteer, kinds)
        if org is not None:
            if _is_continuation(org, prev_org):
                assert prev_org is not None
                merged = prev_org.model_copy(
                    update={
                        "seat": prev_org.seat or org.seat,
                        "founded": prev_org.founded or org.founded,
                        "acronym": prev_org.acronym or org.acronym,
                    }
                )
                rec.organisations[rec.organisations.index(prev_org)] = merged
                org = prev_org = merged
            else:
                rec.organisations.append(org)
                prev_org = org
            rec.memberships.extend(_members_of_this(block, cells, offs, org, gazetteer))
            continue
        if "partners" not in kinds and "members" not in kinds:
            continue
        home_i = None
        for i, (c, k) in enumerate(zip(cells, kinds, strict=True)):
            if (
                k == "other"
                and c.strip()
                and parse_home_cell(c, gazetteer) is not None
                and (home_i is None or len(c) < len(cells[home_i]))
            ):
                home_i = i
        if home_i is not None:
            city, desig, dyear, link = parse_home_cell(cells[home_i], gazetteer)  # type: ignore[misc]
            home = _home_party(city, link)
            if desig:
                off = offs[home_i]
                ev = evidence(
                    block,
                    off,
                    off + len(cells[home_i].strip()) if off is not None else None,
                    cells[home_i],
                )
                rec.designations.append(
                    Designation(
                        source="table",
                        city=home,
                        title=desig,
                        year=dyear.gregorian if dyear else None,
                        evidence=[ev],
                        confidence=0.9,
                    )
                )
        elif home is None:
            log.debug("table %s: a row without a home city before any home city", block.id)
            continue
        for c, k, off in zip(cells, kinds, offs, strict=True):
            if k == "members":
                rec.memberships.extend(_memberships(block, c, off, home, gazetteer))


def _is_list(cell: str) -> bool:
    """A cell listing memberships or several partners."""
    kind = classify_cell(cell)
    if kind == "members":
        return True
    return kind == "partners" and (
        len(split_items(cell)) >= 2 or ITEM_NUMBER.match(cell.strip()) is not None
    )


def _memberships(
    block: Block, cell: str, off: int | None, home: Party, gazetteer: Any
) -> list[Membership]:
    out: list[Membership] = []
    pos = 0
    for item in _MEMBER_SEP.split(cell):
        m = _MEMBER_RE.match(item)
        i = cell.find(item, pos) if item else -1
        if i >= 0:
            pos = i + len(item)
        if not m:
            continue
        org = " ".join(m.group(1).split()).rstrip(".،,")
        gid = None
        if gazetteer is not None:
            try:
                ms = gazetteer.lookup(org, type="org", fuzzy=True, limit=1)
                gid = ms[0].entry.id if ms and ms[0].score >= 0.9 else None
            except Exception:
                gid = None
        start = off + i if off is not None and i >= 0 else None
        ev = evidence(block, start, start + len(item) if start is not None else None, item)
        out.append(
            Membership(
                city=home,
                organisation=org,
                organisation_id=gid,
                source="table",
                evidence=[ev],
                confidence=0.95,
            )
        )
    return out
