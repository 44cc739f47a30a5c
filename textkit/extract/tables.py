"""Agreements, memberships, designations and organisations from table blocks.

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
from dataclasses import dataclass, field, replace
from typing import Any

from textkit.dates import find_years
from textkit.extract.lexicon import name_key
from textkit.extract.places import _ITEM_NUMBER, clean_name, link_city, parse_item, split_items
from textkit.extract.records import date_info, evidence, party_from_item
from textkit.model import Block
from textkit.schema import Agreement, Designation, Membership, Organisation, Party

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
    """What the table extractor found in one document."""

    agreements: list[Agreement] = field(default_factory=list)
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
    numbered = len(_ITEM_NUMBER.findall(text))
    starts_numbered = bool(_ITEM_NUMBER.match(text))
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
    """All records found in the table blocks of a document.

    Args:
        blocks: the document's blocks (non-table blocks are skipped).
        gazetteer: optional gazetteer used to link cities and organisations.

    Returns:
        Agreements (not yet merged across tables), memberships, designations
        and organisations.

    Example:
        >>> from textkit.model import Block, Table
        >>> cells = ("یزد", "۱. بم، ایران ۲. حمص، سوریه: نارسمی")
        >>> t = Table(header=("نام شهر", "نام خواهر شهر"), rows=(cells,))
        >>> b = Block(id="t1", page=1, kind="table", text="\\n".join(cells), table=t)
        >>> [a.status for a in tables_to_records([b]).agreements]  # formal by contrast
        ['formal', 'informal']
    """
    from textkit.extract.columns import header_roles, merge_header_rows
    from textkit.extract.lexicon import has_twinning_word
    from textkit.extract.lists import row_to_agreement, table_home
    from textkit.extract.organisations import _is_continuation, _members_of_this, _org_row

    rec = TableRecords()
    for bi, block in enumerate(blocks):
        if block.kind != "table" or block.table is None:
            continue
        head2, rows2 = merge_header_rows(block.table.header, block.table.rows)
        if rows2 is not block.table.rows:
            # a two-row header («Partner» over «City | Country»): one header
            block = replace(block, table=replace(block.table, header=head2, rows=rows2))
        caption_home = table_home(blocks, bi, gazetteer)
        context = (
            caption_home is not None
            or has_twinning_word(" ".join(block.table.header))
            or any(
                has_twinning_word(b.text) for b in blocks[max(0, bi - 2) : bi] if b.kind != "table"
            )
        )
        if caption_home is None and block.table.header:
            loose = header_roles(block.table.header, home_known=True)
            if loose is not None and "city" not in loose.values():
                # «ردیف | شهر | کشور | نوع رابطه» under «روابط خارجی شهر تبریز»: no
                # home-city column, no twinning word in the head; the home city is
                # the one city the caption/heading/paragraph before the table names
                caption_home = subject_city(blocks, bi, gazetteer)
        home: tuple[Party, Block] | None = None
        prev_org: Organisation | None = None
        table_start = len(rec.agreements)
        roles = (
            header_roles(block.table.header, home_known=caption_home is not None)
            if block.table.header
            else None
        )
        if roles is not None and not any(
            # a cell listing several partners («وان، ترکیه؛ اربیل، عراق») is read by content
            classify_cell(c) == "members"
            or (
                classify_cell(c) == "partners"
                and (len(split_items(c)) >= 2 or _ITEM_NUMBER.match(c.strip()) is not None)
            )
            for row in block.table.rows
            for c in row
        ):
            # a header naming a partner column: read every row by column role
            rec.agreements.extend(_rows_by_role(block, roles, caption_home, gazetteer))
            continue
        for row in block.table.rows:
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
                if context:
                    ag = row_to_agreement(block, cells, offs, caption_home, gazetteer)
                    if ag is not None:
                        rec.agreements.append(ag)
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
                party = _home_party(city, link)
                home = (party, block)
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
                            city=party,
                            title=desig,
                            year=dyear.gregorian if dyear else None,
                            evidence=[ev],
                            confidence=0.9,
                        )
                    )
            elif home is None:
                log.debug("table %s: a row without a home city before any home city", block.id)
                continue
            party = home[0]
            for i, (c, k) in enumerate(zip(cells, kinds, strict=True)):
                off = offs[i]
                if k == "partners":
                    rec.agreements.extend(_partners(block, c, off, party, gazetteer))
                elif k == "members":
                    rec.memberships.extend(_memberships(block, c, off, party, gazetteer))
        rec.agreements[table_start:] = contrast_formal(rec.agreements[table_start:])
    return rec


def _sole_city(text: str, gazetteer: Any) -> Party | None:
    """The one city *text* names (by the gazetteer), or ``None`` when it names
    none or several («روابط خارجی شهر تبریز» → تبریز)."""
    from textkit.extract.places import parse_item
    from textkit.extract.records import party_from_item

    if gazetteer is None or not text.strip():
        return None
    ms = [m for m in gazetteer.find_mentions(text, types={"city"}) if m.score >= 0.95]
    ids = {getattr(m.entry, "id", m.text) for m in ms}
    if len(ids) != 1:
        return None
    item = parse_item(ms[0].text, gazetteer=gazetteer)
    return party_from_item(item) if item is not None else None


def subject_city(blocks: list[Block], index: int, gazetteer: Any) -> Party | None:
    """The city a document part is about, seen from block *index*: the nearest
    caption/heading/short paragraph before it (up to four blocks, then any earlier
    heading) or a caption right after it that names exactly one city.

    Example (no gazetteer → nothing can be told):
        >>> subject_city([], 0, None) is None
        True
    """
    if gazetteer is None:
        return None
    if index + 1 < len(blocks) and blocks[index + 1].kind == "caption":
        p = _sole_city(blocks[index + 1].text, gazetteer)
        if p is not None:
            return p
    for j in range(index - 1, max(-1, index - 5), -1):
        b = blocks[j]
        if b.kind == "table":
            break
        if len(b.text) < 300:
            p = _sole_city(b.text, gazetteer)
            if p is not None:
                return p
    for j in range(index - 1, -1, -1):
        b = blocks[j]
        if b.kind == "heading" or b.role == "title":
            p = _sole_city(b.text, gazetteer)
            if p is not None:
                return p
    return None


def _rows_by_role(
    block: Block, roles: dict[int, str], home: Party | None, gazetteer: Any
) -> list[Agreement]:
    """Agreements from a table whose header names its columns (see :mod:`.columns`)."""
    from textkit.extract.columns import header_row_agreement

    out: list[Agreement] = []
    marked: list[bool] = []
    city_cols = [i for i, r in roles.items() if r == "city"]
    above: dict[int, str] = {}
    for row in block.table.rows if block.table else ():
        cells = list(row)
        offs = _cell_offsets(block, cells)
        for i in city_cols:
            # a spanning home-city cell (rowspan) leaves the cells below it empty:
            # they inherit the nearest non-empty cell above in the same column
            if i < len(cells) and cells[i].strip():
                above[i] = cells[i]
            elif i < len(cells) and i in above and any(c.strip() for c in cells):
                cells[i] = above[i]
        ag, explicit = header_row_agreement(block, cells, offs, roles, home, gazetteer)
        if ag is not None:
            out.append(ag)
            marked.append(explicit)
    return contrast_formal(out)


def contrast_formal(items: list[Agreement]) -> list[Agreement]:
    """Annotation policy for one table or list: when some items carry an explicit
    informal marker («نارسمی», "MoU") and others carry no status at all, the
    unmarked ones are presented by contrast as formal ties → ``formal`` with
    confidence lowered by 0.1. When no item carries a marker, ``unknown`` stays.

    Example:
        >>> contrast_formal([])
        []
    """
    if not any(a.status == "informal" for a in items):
        return items
    return [
        a.model_copy(update={"status": "formal", "confidence": round(a.confidence - 0.1, 2)})
        if a.status == "unknown"
        else a
        for a in items
    ]


def _partners(
    block: Block, cell: str, off: int | None, home: Party, gazetteer: Any, *, single: bool = False
) -> list[Agreement]:
    from textkit.extract.lists import _NOT_PLACE, _dash_pair

    out: list[Agreement] = []
    if single:  # one bullet item: «• Shiraz – Weimar, Germany (2009), friendship city»
        lead = len(cell) - len(cell.lstrip(" •-*▪◦\t"))
        pieces = [(lead, cell[lead:].strip())]
    else:
        pieces = split_items(cell)
    for s, text in pieces:
        pair = _dash_pair(text, home, gazetteer)
        if pair is not None and pair[0] is home:
            item = pair[2]  # «Shiraz – Dushanbe, Tajikistan (2007)» under the home city Shiraz
        else:
            item = parse_item(text, gazetteer=gazetteer, home_country=home.country)
        if item is None or name_key(item.name) == name_key(home.name):
            continue
        if _NOT_PLACE.match(item.name) and not item.gazetteer_id:
            continue
        start = off + s if off is not None else None
        end = (
            start + len(text)
            if start is not None and block.text[start : start + len(text)] == text
            else None
        )
        ev = evidence(block, start if end is not None else None, end, text)
        partner = party_from_item(item)
        conf = 0.95 + (0.04 if home.gazetteer_id and partner.gazetteer_id else 0.0)
        out.append(
            Agreement(
                parties=[home, partner],
                year=item.year.gregorian if item.year else None,
                date=date_info(item.year),
                status=item.status,
                kind="sister city",
                source="table",
                evidence=[ev],
                confidence=round(conf, 2),
            )
        )
    return out


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


def loose_rows_to_records(blocks: list[Block], *, gazetteer: Any = None) -> TableRecords:
    """Sister-city table rows a reader did not recognise as a table: a short home
    block («اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶») followed by a numbered
    partner list and, optionally, a membership list, each as its own block.

    Only read after a block that speaks of twinning (within the 8 blocks before),
    so numbered lists elsewhere in a paper are left alone.

    Example:
        >>> bs = [Block(id="a", page=1, kind="paragraph", text="جدول خواهرخوانده‌ها"),
        ...       Block(id="b", page=1, kind="paragraph", text="یزد"),
        ...       Block(id="c", page=1, kind="paragraph", text="۱. بم، ایران ۲. حمص، سوریه")]
        >>> [(a.parties[0].name, a.parties[1].name) for a in loose_rows_to_records(bs).agreements]
        [('یزد', 'بم'), ('یزد', 'حمص')]
    """
    from textkit.extract.lexicon import has_twinning_word

    rec = TableRecords()
    home: Party | None = None
    last_twin = -100
    in_rows = False
    group: list[Party] = []  # the home city whose items are being read
    group_start = 0
    for i, b in enumerate(blocks):
        if b.kind == "table":
            home, in_rows = None, False
            continue
        if b.kind not in ("paragraph", "list_item", "heading", "caption"):
            continue
        kind = classify_cell(b.text)
        if kind == "other":
            if has_twinning_word(b.text):
                last_twin = i
            parsed = parse_home_cell(b.text, gazetteer) if len(b.text.split()) <= 10 else None
            if parsed is not None and has_twinning_word(b.text) and not (parsed[3] and parsed[3][0]):
                parsed = None  # "Former twin towns": a section head, not a home city
            home = None
            if parsed is None or b.text.rstrip().endswith((".", ":")):
                in_rows = False  # a sentence: the run of rows is over
                if group:  # the whole run (all its home cities) is one list
                    _flush(rec, group_start)
                    group = []
                continue
            if i - last_twin <= 8 or in_rows:
                city, desig, dyear, link = parsed
                home = _home_party(city, link)
                if desig:
                    rec.designations.append(
                        Designation(
                            source="table",
                            city=home,
                            title=desig,
                            year=dyear.gregorian if dyear else None,
                            evidence=[evidence(b, 0, len(b.text))],
                            confidence=0.8,
                        )
                    )
            continue
        if home is None:
            continue
        if kind == "partners":
            one = b.kind == "list_item" and "\n" not in b.text.strip()
            ags = _partners(b, b.text, 0, home, gazetteer, single=one)
            if not group:
                group, group_start = [home], len(rec.agreements)
            rec.agreements.extend(a.model_copy(update={"confidence": 0.85}) for a in ags)
            in_rows = in_rows or bool(ags)
        elif kind == "members":
            rec.memberships.extend(_memberships(b, b.text, 0, home, gazetteer))
    _flush(rec, group_start if group else len(rec.agreements))
    return rec


def _flush(rec: TableRecords, start: int) -> None:
    """Apply :func:`contrast_formal` to the agreements from *start* on (one list)."""
    rec.agreements[start:] = contrast_formal(rec.agreements[start:])
