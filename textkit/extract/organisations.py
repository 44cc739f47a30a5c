"""Organisations with their founding year and seat, and the cities listed as their
members, from organisation tables and from running text.

Table rows carry «تاسیس: ۱۹۸۰ مقر: مکه» ("Founded: 1980 Seat: Geneva") in one cell and
the name (often with an acronym) in another, found by content and header; a row
that only continues the one before (a name cell «(METRO) (POLIS)», a seat alone)
is merged into it; «… عضو این انجمن هستند» in a row lists member cities. Running
text is read for sentences such as «اتحادیه بین‌المللی مقامات محلی که در سال ۱۹۱۳ در گنت، بلژیک
تأسیس شد» or "ICLEI, founded in 1990 in Toronto".

Example:
    >>> from textkit.model import Block
    >>> text = "شورای شهرداری‌ها و مناطق اروپا که در سال ۱۹۵۱ تأسیس شد، موضع گرفت."
    >>> b = Block(id="p", page=1, kind="paragraph", text=text)
    >>> [(o.name, o.founded) for o in prose_organisations([b])]
    [('شورای شهرداری\u200cها و مناطق اروپا', 1951)]
"""

from __future__ import annotations

import re
from typing import Any

from textkit.dates import find_years
from textkit.extract.lexicon import country_code, name_key
from textkit.extract.places import clean_name, link_city
from textkit.extract.records import evidence
from textkit.extract.tables import _home_party
from textkit.model import Block
from textkit.schema import Membership, Organisation

# Organisation table markers: «تاسیس: ۱۹۸۰», «مقر: مکه», "Founded: 1980", "Seat: Geneva".
_FOUNDED_RE = re.compile(
    r"(?:تاسیس|تأسیس|founded|established)\s*[:：]?\s*([^\n•]*?)(?=\s*(?:مقر|seat|headquarters|$|\n|•))",
    re.I,
)
_SEAT_RE = re.compile(r"(?:مقر|seat|headquarters)\s*[:：]\s*([^\n•]+)", re.I)
# «از کشور ایران، شهردار شیراز، مشهد و کرج عضو این انجمن هستند» → the listed cities.
_MEMBERS_OF_THIS = re.compile(
    r"([^.؟!\n]*?)\s+عضو\s+این\s+(?:صندوق|انجمن|سازمان|شبکه|مجمع|اتحادیه|نهاد)"
)
# Acronym in parentheses: «(OICC)» → OICC.
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9\-&.]{1,15})\s*\)")
_PAREN = re.compile(r"\s*\([^)]*\)\s*")

# Words that start an organisation's name (Persian and English).
_ORG_HEAD = (
    r"(?:سازمان|اتحادیه|شورای|انجمن|مجمع|شبکه|صندوق|برنامه|بانک|کنفرانس|فدراسیون|مؤسسه|موسسه|گروه)"
)
_ORG_HEAD_EN = (
    r"(?:[A-Z][\w&\-]*\s+){0,6}"
    r"(?:Union|Council|Association|League|Network|Organi[sz]ation|Fund|Forum|Federation|Institute"
    r"|Conference|Programme|Program|Bank|Group|Alliance)\b"
    r"(?:\s+(?:of|for)\s+(?:[A-Z][\w\-]*\s?)+)?"
)
# «X که در سال ۱۹۱۳ در گنت، بلژیک تأسیس شد» → X, ۱۹۱۳, «گنت، بلژیک».
_FA_FOUNDED = re.compile(
    rf"({_ORG_HEAD}[^.؛:()«»]{{2,80}}?)\s*[۰-۹]*\s+که\s+در\s+سال\s+([۰-۹0-9]{{4}})\s*(?:در\s+([^.؛]{{2,40}}?)\s*)?(?:تأسیس|تاسیس|بنیان)"
)
# "X (ACR), founded in 1913 in Ghent" / "X was founded in 1913".
_EN_FOUNDED = re.compile(
    rf"({_ORG_HEAD_EN})(?:\s*\(([A-Z]{{2,10}})\))?,?\s+(?:was\s+)?(?:founded|established|created)\s+in\s+(\d{{4}})(?:\s+in\s+([A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?))?"
)


def prose_organisations(blocks: list[Block]) -> list[Organisation]:
    """Organisations whose founding is stated in paragraphs or footnotes."""
    out: list[Organisation] = []
    for b in blocks:
        if b.kind not in ("paragraph", "list_item", "footnote", "caption"):
            continue
        for m in _FA_FOUNDED.finditer(b.text):
            name = clean_name(re.sub(r"[۰-۹]+(?=\s|$)", "", m.group(1)))
            ys = find_years(m.group(2))
            seat = clean_name(re.sub(r"[۰-۹]+", "", m.group(3))) if m.group(3) else None
            out.append(
                Organisation(
                    name=name,
                    name_en=english_name(m.group(0)),
                    founded=ys[0].gregorian if ys else None,
                    seat=seat or None,
                    evidence=[evidence(b, m.start(), m.end())],
                )
            )
        for m in _EN_FOUNDED.finditer(b.text):
            out.append(
                Organisation(
                    name=m.group(1).strip(),
                    acronym=m.group(2),
                    founded=int(m.group(3)),
                    seat=m.group(4),
                    evidence=[evidence(b, m.start(), m.end())],
                )
            )
    return out


# An English name in parentheses after a Persian one:
# «مجمع شهرداران آسیایی (Asian Mayors Forum)», «… (Organisation of Islamic Cities, OICC)».
_EN_PAREN = re.compile(r"\(\s*([A-Za-z][A-Za-z'’&.\- ]{3,90}?)\s*(?:[,،]\s*[A-Z]{2,15}\s*)?\)")


def english_name(text: str) -> str | None:
    """The English name printed in parentheses next to a Persian name, else ``None``.

    Example:
        >>> english_name("مجمع شهرداران آسیایی (Asian Mayors Forum)")
        'Asian Mayors Forum'
        >>> english_name("سازمان همکاری اسلامی (OIC)") is None
        True
    """
    if not re.search("[\u0600-\u06ff]", text):
        return None
    for m in _EN_PAREN.finditer(text):
        cand = m.group(1).strip()
        if len(cand.split()) >= 2:
            return cand
    return None


def merge_organisations(items: list[Organisation]) -> list[Organisation]:
    """One record per organisation (same acronym or same folded name); gaps filled."""
    out: list[Organisation] = []
    for o in items:
        keys = {name_key(o.name)} | ({name_key(o.acronym)} if o.acronym else set())
        hit = next(
            (
                i
                for i, x in enumerate(out)
                if keys & ({name_key(x.name)} | ({name_key(x.acronym)} if x.acronym else set()))
            ),
            None,
        )
        if hit is None:
            out.append(o)
            continue
        x = out[hit]
        out[hit] = x.model_copy(
            update={
                "acronym": x.acronym or o.acronym,
                "name_en": x.name_en or o.name_en,
                "founded": x.founded or o.founded,
                "seat": x.seat or o.seat,
                "gazetteer_id": x.gazetteer_id or o.gazetteer_id,
                "evidence": x.evidence + o.evidence,
            }
        )
    return out


# Header words naming the organisation column: «نهاد», «سازمان», "Organisation", "Name".
_NAME_HEADER = re.compile(r"نهاد|سازمان|نام|organi[sz]ation|name|network|body", re.I)


def _name_cell_index(row: list[str], kinds: list[str], header: tuple[str, ...]) -> int | None:
    """The cell naming the organisation: header hint, acronym, no digits, short."""
    best, best_score = None, -1.0
    for i, (c, k) in enumerate(zip(row, kinds, strict=True)):
        words = c.split()
        if k == "org" or not words or len(words) > 14:
            continue
        sc = 0.0
        if i < len(header) and _NAME_HEADER.search(header[i]):
            sc += 3
        if _ACRONYM.search(c) or re.search(r"\([A-Za-z][^)]*\)", c):
            sc += 2
        if not re.search(r"[0-9\u06f0-\u06f9]", c):
            sc += 1
        sc -= len(words) / 100
        if sc > best_score:
            best, best_score = i, sc
    return best


def _org_row(
    block: Block, row: list[str], offs: list[int | None], gazetteer: Any, kinds: list[str]
) -> Organisation | None:
    if "org" not in kinds:
        return None
    info = row[kinds.index("org")]
    header = block.table.header if block.table is not None else ()
    i = _name_cell_index(row, kinds, header)
    if i is None:
        return None
    name_cell = " ".join(row[i].split()).lstrip("•- ")
    name_en = english_name(name_cell)
    acr = _ACRONYM.search(name_cell)
    name = _PAREN.sub(" ", name_cell).strip() if acr else name_cell
    if not acr:
        name = re.sub(r"\s*\(([^)]*)\)?\s*$", "", name_cell).strip() or name_cell
    name = " ".join(name.split())
    founded = None
    fm = _FOUNDED_RE.search(info)
    if fm:
        ys = find_years(fm.group(1))
        founded = ys[-1].gregorian if ys else None
    sm = _SEAT_RE.search(info)
    seat = sm.group(1).strip().rstrip(".،,") if sm else None
    gid = None
    if gazetteer is not None and name:
        try:
            for q in ([acr.group(1)] if acr else []) + [name]:
                ms = gazetteer.lookup(q, type="org", fuzzy=True, limit=1)
                if ms and (ms[0].exact or ms[0].score >= 0.9):
                    gid = ms[0].entry.id
                    if name_en is None and not name.isascii():
                        name_en = getattr(ms[0].entry, "name_en", None)
                    break
        except Exception:
            gid = None
    ev = [
        evidence(
            block,
            offs[i],
            (offs[i] or 0) + len(row[i].strip()) if offs[i] is not None else None,
            name_cell,
        )
    ]
    if name_en:
        name = re.sub(r"\s*\(\s*" + re.escape(name_en) + r"[^)]*\)\s*", " ", name).strip()
    return Organisation(
        name=name,
        name_en=name_en,
        acronym=acr.group(1) if acr else None,
        gazetteer_id=gid,
        founded=founded,
        seat=seat,
        evidence=ev,
    )


def _is_continuation(org: Organisation, prev: Organisation | None) -> bool:
    """A table row continuing the previous organisation (a row split across lines):
    its name cell holds no real name («(METRO) (POLIS)»), or it only adds the seat."""
    if prev is None:
        return False
    real = re.sub(r"\([^)]*\)?", " ", org.name)
    if not re.search(r"[A-Za-z\u0600-\u06ff]{3}", real):
        return True
    return (
        org.founded is None
        and org.seat is not None
        and prev.seat is None
        and org.gazetteer_id is None
    )


def _members_of_this(
    block: Block, row: list[str], offs: list[int | None], org: Organisation, gazetteer: Any
) -> list[Membership]:
    """Cities listed as members of the row's organisation («… عضو این صندوق هستند»)."""
    out: list[Membership] = []
    for cell, off in zip(row, offs, strict=True):
        for m in _MEMBERS_OF_THIS.finditer(cell):
            clause = m.group(1)
            # drop «از کشور ایران،» / «از ایران،» and «شهردار(ان)» before the list
            clause = re.sub(r"^.*?از\s+(?:کشور\s+)?[^\s،,]+\s*[،,]\s*", "", clause)
            clause = re.sub(r"^\s*(?:شهرداران|شهردار|شهرهای|شهر)\s+", "", clause)
            names = [clean_name(n) for n in re.split(r"\s*[،,]\s*|\s+و\s+", clause)]
            for n in names:
                if not n or len(n.split()) > 3 or country_code(n, None):
                    continue
                link = link_city(n, None, gazetteer)
                if gazetteer is not None and link[0] is None and _gazetteer_has_cities(gazetteer):
                    continue
                s = cell.find(n, m.start())
                start = off + s if off is not None and s >= 0 else None
                ev = evidence(
                    block, start, start + len(n) if start is not None else None, m.group(0)
                )
                out.append(
                    Membership(
                        city=_home_party(n, link),
                        organisation=org.name,
                        organisation_id=org.gazetteer_id,
                        source="table",
                        evidence=[ev],
                        confidence=0.8,
                    )
                )
    return out


def _gazetteer_has_cities(gazetteer: Any) -> bool:
    """Whether the gazetteer knows a common city (else it is too sparse to filter with)."""
    try:
        return bool(gazetteer.lookup("Tehran", type="city", fuzzy=False, limit=1))
    except Exception:
        return False
