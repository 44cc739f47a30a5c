"""Organisations: what looks like one, linking to the gazetteer, and those whose
founding running text states.

Running text is read for sentences such as «اتحادیه بین‌المللی مقامات محلی که در سال
۱۹۱۳ در گنت، بلژیک تأسیس شد» or "ICLEI, founded in 1990 in Toronto". An organisation's
name starts (Persian) or ends (English) with a word of role ``org_head`` in
``vocab/relations.tsv``. Organisation tables are read in :mod:`.tables`.

Example:
    >>> from textkit.model import Block
    >>> text = "شورای شهرداری‌ها و مناطق اروپا که در سال ۱۹۵۱ تأسیس شد، موضع گرفت."
    >>> b = Block(id="p", page=1, kind="paragraph", text=text)
    >>> [(o.name, o.founded) for o in prose_organisations([b])]
    [('شورای شهرداری\u200cها و مناطق اروپا', 1951)]
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from textkit.dates import find_years
from textkit.extract.relations.cities import clean_name
from textkit.extract.relations.records import evidence
from textkit.extract.relations.vocab import alternation
from textkit.model import Block
from textkit.schema import Organisation

if TYPE_CHECKING:
    from textkit.extract.linking import Linker
    from textkit.gazetteer import Entry

__all__ = ["english_name", "is_organisation", "org_link", "prose_organisations"]


@cache
def _org_name() -> re.Pattern[str]:
    # «شبکه …», "the UNESCO Creative Cities Network": an organisation word first (Persian)
    # or last among up to six capitalised words (English).
    return re.compile(
        rf"^(?:{alternation('org_head', 'fa')}|(?:the\s+)?(?:[A-Z][\w\-]*\s+){{0,5}}"
        rf"{alternation('org_head', 'en')})"
    )


def org_link(name: str, linker: Linker) -> Entry | None:
    """The gazetteer's organisation *name* denotes (exact, or a near spelling scoring at
    least 0.9), else ``None``."""
    gaz = linker.gazetteer
    if gaz is None or not name:
        return None
    try:
        ms = gaz.lookup(name, type="org", fuzzy=True, limit=1)
    except Exception:  # a gazetteer problem leaves the organisation unlinked
        return None
    return ms[0].entry if ms and (ms[0].exact or ms[0].score >= 0.9) else None


def is_organisation(name: str, linker: Linker) -> bool:
    """Whether *name* looks like an organisation: an organisation word, an acronym in
    parentheses, or a gazetteer entry.

    Example:
        >>> from textkit.extract.linking import Linker
        >>> [is_organisation(n, Linker(None)) for n in ("مجمع شهرداران آسیایی", "هیئت مدیره")]
        [True, False]
    """
    if _org_name().match(name) or re.search(r"\([A-Z]{2,}\)", name):
        return True
    return org_link(name, linker) is not None


@cache
def _fa_founded() -> re.Pattern[str]:
    # «X که در سال ۱۹۱۳ در گنت، بلژیک تأسیس شد» → X, ۱۹۱۳, «گنت، بلژیک».
    return re.compile(
        rf"({alternation('org_head', 'fa')}[^.؛:()«»]{{2,80}}?)\s*[۰-۹]*\s+که\s+در\s+سال\s+"
        r"([۰-۹0-9]{4})\s*(?:در\s+([^.؛]{2,40}?)\s*)?(?:تأسیس|تاسیس|بنیان)"
    )


@cache
def _en_founded() -> re.Pattern[str]:
    # "X (ACR), founded in 1913 in Ghent" / "X was founded in 1913".
    head = (
        rf"(?:[A-Z][\w&\-]*\s+){{0,6}}{alternation('org_head', 'en')}\b"
        r"(?:\s+(?:of|for)\s+(?:[A-Z][\w\-]*\s?)+)?"
    )
    return re.compile(
        rf"({head})(?:\s*\(([A-Z]{{2,10}})\))?,?\s+(?:was\s+)?(?:founded|established|created)\s+in\s+"
        r"(\d{4})(?:\s+in\s+([A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?))?"
    )


def prose_organisations(blocks: list[Block]) -> list[Organisation]:
    """Organisations whose founding is stated in paragraphs, list items, footnotes or
    captions."""
    out: list[Organisation] = []
    for b in blocks:
        if b.kind not in ("paragraph", "list_item", "footnote", "caption"):
            continue
        for m in _fa_founded().finditer(b.text):
            ys = find_years(m.group(2))
            seat = clean_name(re.sub(r"[۰-۹]+", "", m.group(3))) if m.group(3) else None
            out.append(
                Organisation(
                    name=clean_name(re.sub(r"[۰-۹]+(?=\s|$)", "", m.group(1))),
                    name_en=english_name(m.group(0)),
                    founded=ys[0].gregorian if ys else None,
                    seat=seat or None,
                    evidence=[evidence(b, m.start(), m.end())],
                )
            )
        for m in _en_founded().finditer(b.text):
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


# Organisation table markers: «تاسیس: ۱۹۸۰», «مقر: مکه», "Founded: 1980", "Seat: Geneva".
@cache
def _founded_label() -> re.Pattern[str]:
    return re.compile(
        rf"{alternation('founded')}\s*[:：]?\s*([^\n•]*?)(?=\s*(?:{alternation('seat')}|$|\n|•))",
        re.I,
    )


@cache
def _seat_label() -> re.Pattern[str]:
    return re.compile(rf"{alternation('seat')}\s*[:：]\s*([^\n•]+)", re.I)


@cache
def _label() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('founded')}|{alternation('seat')})\s*[:：]", re.I)


def is_description_cell(cell: str, *, labelled: bool = False) -> bool:
    """Whether *cell* describes an organisation: «تاسیس: ۱۹۸۰ مقر: مکه», "Seat: Geneva";
    with *labelled*, only with a colon after the label (not "was established in 1990").

    Example:
        >>> is_description_cell("تاسیس: ۱۹۸۰ مقر: مکه"), is_description_cell("۱. شیان، چین")
        (True, False)
        >>> is_description_cell("The tie was established in 1990.", labelled=True)
        False
    """
    if labelled and not _label().search(cell):
        return False
    return bool(_founded_label().search(cell) or _seat_label().search(cell))


def founded_and_seat(cell: str) -> tuple[int | None, str | None]:
    """The founding year (Gregorian) and the seat a description cell gives.

    Example:
        >>> founded_and_seat("تاسیس: ۵ مه ۲۰۰۴ مقر: بارسلونا، اسپانیا")
        (2004, 'بارسلونا، اسپانیا')
    """
    founded = None
    fm = _founded_label().search(cell)
    if fm:
        ys = find_years(fm.group(1))
        founded = ys[-1].gregorian if ys else None
    sm = _seat_label().search(cell)
    return founded, sm.group(1).strip().rstrip(".،,") if sm else None
