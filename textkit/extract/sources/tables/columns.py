"""Column roles read from a table's header, and two-row headers read as one.

When a header says what each column holds — ``No. | Iranian city | Partner city |
Country | Year | Status`` or «ردیف | شهر ایرانی | شهر خواهرخوانده | کشور | سال انعقاد»
— each row is read cell by cell by role, so a status value («active», «friendship
city») is never taken for a place.

Example:
    >>> header_roles(("ردیف", "شهر ایرانی", "شهر خواهرخوانده", "کشور", "سال انعقاد"))
    {0: 'row', 1: 'city', 2: 'partner', 3: 'country', 4: 'year'}
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from textkit.extract.cues import fold

__all__ = ["Role", "header_roles", "merge_header_rows"]

Role = Literal["row", "city", "partner", "country", "year", "status", "notes"]

# Header words per role, tried in this order on the folded header cell (ZWNJ removed,
# case folded): «شهر خواهرخوانده» is a partner column before it is a city column.
_ROLE_RX: tuple[tuple[Role, re.Pattern[str]], ...] = (
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
# Words of a second header row that name a script or a name form («Persian | English»).
_SUBHEAD_WORD = re.compile(
    r"^(?:persian|farsi|english|latin|original|local|name|native|فارسی|انگلیسی|لاتین|نام|اصلی)$"
)
_DIGIT = re.compile(r"[0-9]")  # folded text has Latin digits only


def _folded(cell: str) -> str:
    return " ".join(fold(cell).text.split())


def cell_role(cell: str) -> Role | None:
    """The role a header cell names, else ``None``.

    Example:
        >>> cell_role("Partner city"), cell_role("Population")
        ('partner', None)
    """
    low = _folded(cell)
    if not low or len(low.split()) > 6:
        return None
    return next((role for role, rx in _ROLE_RX if rx.search(low)), None)


def header_roles(header: Sequence[str], *, home_known: bool = False) -> dict[int, Role] | None:
    """Role of each header cell, or ``None`` when the header is not a sister-city
    table's: it must name a partner column, or two city columns (the first is the
    home city), or — when the caption names the home city (*home_known*) — one city
    column and a country or year column («شهر | کشور | سال» under «شهرهای خواهرخوانده
    کرمان»).

    Example:
        >>> header_roles(("شهر اول", "شهر دوم", "سال"))
        {0: 'city', 1: 'partner', 2: 'year'}
        >>> header_roles(("Name", "Population")) is None
        True
    """
    roles: dict[int, Role] = {}
    for i, cell in enumerate(header):
        role = cell_role(cell)
        if role is not None:
            roles[i] = role
    cities = [i for i, r in roles.items() if r == "city"]
    values = set(roles.values())
    if "partner" not in values and len(cities) == 2:
        roles[cities[1]] = "partner"
    elif (
        "partner" not in values and home_known and len(cities) == 1 and values & {"country", "year"}
    ):
        roles[cities[0]] = "partner"
    partners = [i for i, r in roles.items() if r == "partner"]
    if not partners:
        return None
    if "city" not in roles.values() and len(partners) >= 2:
        roles[partners[0]] = "city"  # "Iranian sister city | Foreign sister city"
    return roles


def _is_header_word(cell: str) -> bool:
    low = _folded(cell)
    if not low:
        return True
    if _DIGIT.search(low) or len(low.split()) > 3:
        return False
    return bool(_SUBHEAD_WORD.match(low)) or cell_role(cell) is not None


def merge_header_rows(
    header: Sequence[str], rows: Sequence[Sequence[str]]
) -> tuple[tuple[str, ...], int]:
    """The header, read together with a second header row when the first body row is
    made only of header words (no digit: «Persian | English | City | Country | Year |
    Type»); also how many body rows that header took (0 or 1).

    Each merged cell keeps its parent's words (a spanning parent «Partner» also
    covers the empty cells to its right) and the sub cell's; a sub cell naming a
    country/year/status/row/notes role replaces the parent («Agreement» + «Year» →
    «Year»), any other is added to it («Partner» + «City» → «Partner City»).

    Example:
        >>> merge_header_rows(("No.", "Partner", "", "Agreement"),
        ...                   [("", "City", "Country", "Year"), ("1", "Van", "Turkey", "2009")])
        (('No.', 'Partner City', 'Country', 'Year'), 1)
        >>> merge_header_rows(("شهر", "کشور"), [("کرمان", "۱۳۸۰")])
        (('شهر', 'کشور'), 0)
    """
    if not header or not rows:
        return tuple(header), 0
    first = rows[0]
    if len([c for c in first if c.strip()]) < 2 or not all(_is_header_word(c) for c in first):
        return tuple(header), 0
    if not any(cell_role(c) for c in first):
        return tuple(header), 0
    merged: list[str] = []
    parent = ""
    for i in range(max(len(header), len(first))):
        top = " ".join(header[i].split()) if i < len(header) else ""
        sub = " ".join(first[i].split()) if i < len(first) else ""
        if top:
            parent = top
        elif not sub:
            parent = ""
        merged.append(_merge_cell(top or parent, sub))
    return tuple(merged), 1


def _merge_cell(top: str, sub: str) -> str:
    if not sub:
        return top
    if not top or cell_role(sub) in ("row", "country", "year", "status", "notes"):
        return sub
    return f"{top} {sub}"
