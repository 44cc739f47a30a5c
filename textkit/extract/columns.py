"""Column roles of a sister-city table read from its header, and status values.

When a table has a header, its cells say what each column holds:
``No. | Iranian city | Partner city | Country | Year | Status`` or
«ردیف | شهر ایرانی | شهر خواهرخوانده | کشور | سال انعقاد». Roles are
``row`` (row number), ``city`` (home city), ``partner``, ``country``, ``year``,
``status`` and ``notes``. A row is then read cell by cell by role, so a status
value that is not a status word («active», «friendship city») can never be taken
for a place. Tables without a recognisable header fall back to reading by content
(:func:`textkit.extract.lists.row_to_agreement`).

Status values (:func:`status_value`) map the words tables use:
active/formal/signed/in force/«فعال»/«رسمی» → formal; friendship city, MoU,
memorandum, letter of intent, «نارسمی»/«تفاهم‌نامه» → informal; under
negotiation, in talks, proposed, planned, «در حال مذاکره» → planned;
suspended/frozen/dormant/«متوقف»/«تعلیق» → suspended; ended/terminated/
cancelled/lapsed/«لغو» → ended.

Example:
    >>> header_roles(("ردیف", "شهر ایرانی", "شهر خواهرخوانده", "کشور", "سال انعقاد"))
    {0: 'row', 1: 'city', 2: 'partner', 3: 'country', 4: 'year'}
    >>> status_value("friendship city"), status_value("در حال مذاکره")
    ('unknown', 'planned')
"""

from __future__ import annotations

import re
from typing import Any

from textkit.dates import DIGIT, find_years
from textkit.extract.lexicon import _FOLD, country_code, name_key
from textkit.extract.places import parse_item
from textkit.extract.records import date_info, evidence, party_from_item
from textkit.model import Block
from textkit.schema import Agreement, Party

# Header words per role, checked in this order on the folded, case-folded header cell.
_ROLE_RX: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("row", re.compile(r"^(?:no\.?|#|nr\.?|row|s\.?\s?no\.?|ردیف|شماره|ش)$")),
    (
        "partner",
        re.compile(
            r"partner|counterpart|sister|twin|friend|foreign|خواهر|طرف|همتا|دوست|خارجی|شریک"
        ),
    ),
    ("country", re.compile(r"country|nation|state\b|کشور")),
    ("year", re.compile(r"year|since|date|signed|established|سال|تاریخ|انعقاد")),
    ("status", re.compile(r"status|type|kind|level|stage|وضعیت|نوع|سطح")),
    ("notes", re.compile(r"note|remark|comment|detail|توضیح|ملاحظات|یادداشت")),
    ("city", re.compile(r"city|town|municipality|iranian|home|شهر|ایران")),
)

# Status values, most specific first (matched on folded, case-folded text).
_STATUS_VALUES: tuple[tuple[str, str], ...] = (
    (r"نارسمی|غیر\s?رسمی|informal|unofficial", "informal"),
    (
        r"در\s+حال\s+(?:مذاکره|بررسی|انعقاد)|مذاکره|پیشنهاد|در\s+دست|negotiat|in\s+talks|"
        r"proposed|planned|pending|under\s+discussion|under\s+consideration|prospective",
        "planned",
    ),
    (
        r"متوقف|تعلیق|معلق|راکد|غیرفعال|suspend|frozen|dormant|inactive|on\s+hold|paused",
        "suspended",
    ),
    (
        r"لغو|پایان|قطع|خاتمه|ended|terminat|cancell?ed|lapsed|expired|revoked|severed|dissolved",
        "ended",
    ),
    (
        r"فعال|رسمی|امضا|منعقد|خواهرخوان|خواهر\s?شهر|active|formal|official|signed|in\s+force|"
        r"valid|sister\s+cit|twin",
        "formal",
    ),
)
_STATUS_RX = tuple((re.compile(rx, re.I), st) for rx, st in _STATUS_VALUES)


def status_value(text: str) -> str:
    """Status named by a table cell or list note («active» → formal), else ``unknown``.

    Example:
        >>> status_value("memorandum of understanding"), status_value("فعال")
        ('unknown', 'formal')
    """
    low = text.casefold().translate(_FOLD)
    for rx, st in _STATUS_RX:
        if rx.search(low):
            return st
    return "unknown"


# Kind of tie named by a type/status cell: friendship links and memoranda are
# recorded as such (their status is what the row says of the stage; a type alone
# says nothing of it), everything else as a sister city.
_KIND_RX = (
    (re.compile(r"friendship|دوستی|شهر\s+دوست", re.I), "friendship city"),
    (
        re.compile(r"memorand|\bmou\b|تفاهم|letter\s+of\s+intent", re.I),
        "memorandum of understanding",
    ),
)


def kind_value(text: str) -> str:
    """Kind of tie named by a table's type cell («دوستی» → friendship city).

    Example:
        >>> kind_value("تفاهم‌نامه همکاری"), kind_value("خواهرخواندگی")
        ('memorandum of understanding', 'sister city')
    """
    low = text.casefold().translate(_FOLD)
    if re.search(r"formal\)|رسمی\)", low) and not re.search(r"informal|غیر\s?رسمی|نارسمی", low):
        return "sister city"
    for rx, kind in _KIND_RX:
        if rx.search(low):
            return kind
    return "sister city"


def header_roles(
    header: tuple[str, ...] | list[str], *, home_known: bool = False
) -> dict[int, str] | None:
    """Role of each header cell, or ``None`` when the header is not a sister-city
    table's (it must name a partner column, or two city columns, or — when the
    caption names the home city, *home_known* — one city column and a country or
    year column: «شهر | کشور | سال» under «شهرهای خواهرخوانده کرمان»)."""
    roles: dict[int, str] = {}
    for i, cell in enumerate(header):
        low = " ".join(cell.split()).casefold().translate(_FOLD)
        if not low or len(low.split()) > 6:
            continue
        for role, rx in _ROLE_RX:
            if rx.search(low):
                roles[i] = role
                break
    vals = list(roles.values())
    if "partner" not in vals and vals.count("city") == 2:
        # «شهر اول | شهر دوم»: the first city column is the home city
        second = [i for i, r in roles.items() if r == "city"][1]
        roles[second] = "partner"
        vals = list(roles.values())
    if (
        "partner" not in vals
        and home_known
        and vals.count("city") == 1
        and ("country" in vals or "year" in vals)
    ):
        only = next(i for i, r in roles.items() if r == "city")
        roles[only] = "partner"
        vals = list(roles.values())
    if "partner" not in vals:
        return None
    if "city" not in vals and vals.count("partner") >= 2:
        first = min(i for i, r in roles.items() if r == "partner")
        roles[first] = "city"  # "Iranian sister city | Foreign sister city"
    return roles


# A cell that is only a dash or empty: no value.
_EMPTY = re.compile(r"^[\s\-–—_.?]*$")
# A gloss in the other script in parentheses: "Isfahan (اصفهان)", «قونیه (Konya)».
_GLOSS = re.compile(r"\s*\(([^()]{2,40})\)\s*")


def split_gloss(text: str) -> tuple[str, str | None]:
    """«قونیه (Konya)» → («قونیه», "Konya"): a name with its other-script gloss.

    Example:
        >>> split_gloss("Isfahan (اصفهان)")
        ('Isfahan', 'اصفهان')
    """
    m = _GLOSS.search(text)
    if not m:
        return text, None
    inner = m.group(1).strip()
    outer = (text[: m.start()] + " " + text[m.end() :]).strip()
    fa_in = bool(re.search("[\u0600-\u06ff]", inner))
    fa_out = bool(re.search("[\u0600-\u06ff]", outer))
    if outer and fa_in != fa_out and not re.search(DIGIT, inner):
        return outer, inner
    return text, None


def _cell_party(text: str, country: str | None, gazetteer: Any) -> Party | None:
    name, gloss = split_gloss(" ".join(text.split()))
    item = parse_item(name if country is None else f"{name}، {country}", gazetteer=gazetteer)
    if item is None or not item.name or len(item.name.split()) > 4:
        return None
    if re.search(DIGIT, item.name):
        return None
    p = party_from_item(item)
    if gloss:
        if gloss.isascii():
            p = p.model_copy(update={"name_en": p.name_en if p.name_en != p.name else gloss})
            if not p.name_en or p.name_en == p.name:
                p = p.model_copy(update={"name_en": gloss})
        else:
            p = p.model_copy(update={"name_fa": gloss})
    return p


def header_row_agreement(
    block: Block,
    row: list[str],
    offs: list[int | None],
    roles: dict[int, str],
    home: Party | None,
    gazetteer: Any,
) -> tuple[Agreement | None, bool]:
    """One agreement from a row read by column role.

    Returns ``(agreement or None, whether the row carries an explicit status)``.
    """
    cells = {r: "" for r in ("city", "partner", "country", "year", "status", "notes")}
    idx: dict[str, int] = {}
    for i, cell in enumerate(row):
        r = roles.get(i)
        if r in cells and not cells[r]:
            cells[r] = " ".join(cell.split())
            idx[r] = i
    if _EMPTY.match(cells["partner"]):
        return None, False
    country = cells["country"] if not _EMPTY.match(cells["country"]) else None
    partner = _cell_party(cells["partner"], country, gazetteer)
    if partner is None:
        return None, False
    if partner.country is None and country:
        partner = partner.model_copy(update={"country": country_code(country, gazetteer)})
    first = home
    if cells["city"] and not _EMPTY.match(cells["city"]):
        first = _cell_party(cells["city"], None, gazetteer) or home
    if first is None or name_key(first.name) == name_key(partner.name):
        return None, False
    year = None
    if cells["year"]:
        ys = find_years(cells["year"])
        year = ys[0] if ys else None
    explicit = False
    status = "unknown"
    kind = "sister city"
    for r in ("status", "notes"):
        if cells[r] and not _EMPTY.match(cells[r]):
            st = status_value(cells[r])
            if st != "unknown":
                status, explicit = st, True
                kind = kind_value(cells[r])
                break
    if year is None and cells["notes"]:
        ys = find_years(cells["notes"])
        year = ys[0] if ys and status in ("unknown", "formal", "informal") else None
    i = idx.get("partner", 0)
    start = offs[i] if i < len(offs) else None
    ev = evidence(
        block,
        start,
        start + len(row[i].strip()) if start is not None else None,
        " | ".join(" ".join(c.split()) for c in row),
    )
    conf = 0.95 if first.gazetteer_id or partner.gazetteer_id else 0.9
    return (
        Agreement(
            parties=[first, partner],
            year=year.gregorian if year else None,
            date=date_info(year),
            status=status,
            kind=kind,
            source="table",
            evidence=[ev],
            confidence=conf,
        ),
        explicit,
    )


# Cells a second header row is made of: role words plus the words that name a
# script or a name form («Persian | English», «فارسی | لاتین», «نام»).
_SUBHEAD_WORD = re.compile(
    r"^(?:persian|farsi|english|latin|original|local|name|native|فارسی|انگلیسی|لاتین|نام|اصلی)$"
)


def _is_header_word_cell(cell: str) -> bool:
    low = " ".join(cell.split()).casefold().translate(_FOLD)
    if not low:
        return True
    if re.search(DIGIT, low) or len(low.split()) > 3:
        return False
    if _SUBHEAD_WORD.match(low):
        return True
    return any(rx.search(low) for _, rx in _ROLE_RX)


def _cell_role(cell: str) -> str | None:
    low = " ".join(cell.split()).casefold().translate(_FOLD)
    if not low:
        return None
    for role, rx in _ROLE_RX:
        if rx.search(low):
            return role
    return None


def merge_header_rows(
    header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """A two-row header read as one: when the first body row is made only of header
    words (no digit; «Persian | English | City | Country | Year | Type»), it
    continues the header. Each merged cell keeps the parent's words (a spanning
    parent cell «Partner» also covers the empty cells to its right) and the sub
    cell's; a sub cell naming a country/year/status/row role wins over the parent
    («Agreement» + «Year» → year), otherwise the parent's role is kept first
    («Partner» + «City» → «Partner City»; «Iranian city» + «English»).

    Example:
        >>> h, r = merge_header_rows(("No.", "Partner", "", "Agreement"),
        ...     (("", "City", "Country", "Year"), ("1", "Van", "Turkey", "2009")))
        >>> h, len(r)
        (('No.', 'Partner City', 'Country', 'Year'), 1)
        >>> merge_header_rows(("شهر", "کشور"), (("نام", "سال"), ("کرمان", "۱۳۸۰")))[1][0]
        ('کرمان', '۱۳۸۰')
    """
    if not header or not rows:
        return header, rows
    first = rows[0]
    filled = [c for c in first if c.strip()]
    if len(filled) < 2 or not all(_is_header_word_cell(c) for c in first):
        return header, rows
    if not any(_cell_role(c) for c in first):
        return header, rows
    merged: list[str] = []
    parent = ""
    for i in range(max(len(header), len(first))):
        h = " ".join(header[i].split()) if i < len(header) else ""
        s = " ".join(first[i].split()) if i < len(first) else ""
        if h:
            parent = h
        elif not s:
            parent = ""
        top = h or parent
        srole = _cell_role(s) if s else None
        if not s:
            merged.append(top)
        elif not top:
            merged.append(s)
        elif srole in ("row", "country", "year", "status", "notes"):
            merged.append(s)
        else:
            merged.append(f"{top} {s}")
    return tuple(merged), rows[1:]
