"""Rows of an organisation table: the organisation (name, English name, acronym,
founding year, seat) and the cities its row lists as members.

A row is an organisation row when one of its cells is a description cell
(«تاسیس: ۱۹۸۰ مقر: مکه»). Its name cell is chosen by the header («نهاد»,
"Organisation"), an acronym or English name in parentheses, and the absence of
digits. A row that only continues the one before — a name cell with no real name
(«(METRO) (POLIS)»), or a seat alone — fills the gaps of the organisation before.

Example:
    >>> from textkit.model import Block, Table
    >>> row = ("سازمان متروپلیس (METROPOLIS)", "تاسیس: ۱۹۸۵ مقر: بارسلون")
    >>> b = Block(id="t", page=1, kind="table", text="\\n".join(row))
    >>> from textkit.extract.linking import Linker
    >>> rows = OrgRows(Linker(None))
    >>> rows.read([Cell(b, row[0], 0), Cell(b, row[1], 29)], ["other", "org"])
    True
    >>> [(o.name, o.acronym, o.founded, o.seat) for o in rows.relations.organisations]
    [('سازمان متروپلیس', 'METROPOLIS', 1985, 'بارسلون')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from textkit.extract.linking import Linker
from textkit.extract.relations.cities import clean_name
from textkit.extract.relations.organisations import english_name, founded_and_seat, org_link
from textkit.extract.relations.records import Relations, city_party, evidence
from textkit.model import Block
from textkit.schema import Membership, Organisation

__all__ = ["Cell", "OrgRows"]

# Header words naming the organisation column: «نهاد», «سازمان», "Organisation", "Name".
_NAME_HEADER = re.compile(r"نهاد|سازمان|نام|organi[sz]ation|name|network|body", re.I)
# Acronym in parentheses: «(OICC)» → OICC.
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9\-&.]{1,15})\s*\)")
_PAREN = re.compile(r"\s*\([^)]*\)\s*")
# «از کشور ایران، شهردار شیراز، مشهد و کرج عضو این انجمن هستند» → the listed cities.
_MEMBERS_OF_THIS = re.compile(
    r"([^.؟!\n]*?)\s+عضو\s+این\s+(?:صندوق|انجمن|سازمان|شبکه|مجمع|اتحادیه|نهاد)"
)


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a row: its text, the block that prints it, and where (``None``:
    not found verbatim)."""

    block: Block
    text: str
    offset: int | None


class OrgRows:
    """Reads the organisation rows of one table, in order.

    Args:
        linker: links organisations and member cities.
        header: the table's header cells (they tell which column names the organisation).

    Attributes:
        relations: the organisations read so far and the memberships their rows list.
    """

    def __init__(self, linker: Linker, header: Sequence[str] = ()) -> None:
        self.linker = linker
        self.header = header
        self.relations = Relations()
        self._prev: Organisation | None = None

    def read(self, cells: list[Cell], kinds: Sequence[str], *, name: int | None = None) -> bool:
        """Read one row; ``False`` when it is no organisation row. *name* is the index of
        the name cell when the caller knows it (else it is chosen by content)."""
        org = self._organisation(cells, kinds, name)
        if org is None:
            return False
        orgs = self.relations.organisations
        if self._prev is not None and _is_continuation(org, self._prev):
            merged = self._prev.model_copy(
                update={
                    "seat": self._prev.seat or org.seat,
                    "founded": self._prev.founded or org.founded,
                    "acronym": self._prev.acronym or org.acronym,
                }
            )
            orgs[orgs.index(self._prev)] = merged
            org = merged
        else:
            orgs.append(org)
        self._prev = org
        self.relations.memberships += self._members_of_this(cells, org)
        return True

    def _name_cell(self, row: list[Cell], kinds: Sequence[str]) -> int | None:
        """The cell naming the organisation: header hint, acronym, no digits, short."""
        best, best_score = None, -1.0
        for i, (c, k) in enumerate(zip((c.text for c in row), kinds, strict=True)):
            words = c.split()
            if k == "org" or not words or len(words) > 14:
                continue
            sc = 3.0 if i < len(self.header) and _NAME_HEADER.search(self.header[i]) else 0.0
            if _ACRONYM.search(c) or re.search(r"\([A-Za-z][^)]*\)", c):
                sc += 2
            if not re.search(r"[0-9\u06f0-\u06f9]", c):
                sc += 1
            sc -= len(words) / 100
            if sc > best_score:
                best, best_score = i, sc
        return best

    def _organisation(
        self, row: list[Cell], kinds: Sequence[str], name_at: int | None
    ) -> Organisation | None:
        if "org" not in kinds:
            return None
        i = self._name_cell(row, kinds) if name_at is None else name_at
        if i is None:
            return None
        name_cell = " ".join(row[i].text.split()).lstrip("•- ")
        name_en = english_name(name_cell)
        acr = _ACRONYM.search(name_cell)
        if acr:
            name = _PAREN.sub(" ", name_cell).strip()
        else:
            name = re.sub(r"\s*\(([^)]*)\)?\s*$", "", name_cell).strip() or name_cell
        name = " ".join(name.split())
        gid = None
        for q in ([acr.group(1)] if acr else []) + ([name] if name else []):
            entry = org_link(q, self.linker)
            if entry is not None:
                gid = entry.id
                if name_en is None and not name.isascii():
                    name_en = entry.name_en or None
                break
        if name_en:
            name = re.sub(r"\s*\(\s*" + re.escape(name_en) + r"[^)]*\)\s*", " ", name).strip()
        founded, seat = founded_and_seat(row[kinds.index("org")].text)
        off = row[i].offset
        end = off + len(row[i].text.strip()) if off is not None else None
        return Organisation(
            name=name,
            name_en=name_en,
            acronym=acr.group(1) if acr else None,
            gazetteer_id=gid,
            founded=founded,
            seat=seat,
            evidence=[evidence(row[i].block, off, end, name_cell)],
        )

    def _members_of_this(self, row: list[Cell], org: Organisation) -> list[Membership]:
        """Cities listed as members of the row's organisation («… عضو این صندوق هستند»)."""
        out: list[Membership] = []
        for cell in row:
            for m in _MEMBERS_OF_THIS.finditer(cell.text):
                for n in self._member_cities(m.group(1)):
                    s = cell.text.find(n, m.start())
                    off = cell.offset
                    start = off + s if off is not None and s >= 0 else None
                    end = start + len(n) if start is not None else None
                    entry, _score = self.linker.link_city(n)
                    out.append(
                        Membership(
                            city=city_party(n, entry),
                            organisation=org.name,
                            organisation_id=org.gazetteer_id,
                            source="table",
                            evidence=[evidence(cell.block, start, end, m.group(0))],
                            confidence=0.8,
                        )
                    )
        return out

    def _member_cities(self, clause: str) -> list[str]:
        """The city names of a «… عضو این …» clause; with a gazetteer that knows cities,
        only the names it knows."""
        # drop «از کشور ایران،» / «از ایران،» and «شهردار(ان)» before the list
        clause = re.sub(r"^.*?از\s+(?:کشور\s+)?[^\s،,]+\s*[،,]\s*", "", clause)
        clause = re.sub(r"^\s*(?:شهرداران|شهردار|شهرهای|شهر)\s+", "", clause)
        out = []
        for n in (clean_name(n) for n in re.split(r"\s*[،,]\s*|\s+و\s+", clause)):
            if not n or len(n.split()) > 3 or self.linker.country_code(n):
                continue
            if self._knows_cities() and self.linker.link_city(n)[0] is None:
                continue
            out.append(n)
        return out

    def _knows_cities(self) -> bool:
        """Whether the gazetteer knows a common city (else it is too sparse to filter with)."""
        return self.linker.link_city("Tehran")[0] is not None


def _is_continuation(org: Organisation, prev: Organisation) -> bool:
    """A table row continuing the previous organisation (a row split across lines): its
    name cell holds no real name («(METRO) (POLIS)»), or it only adds the seat."""
    real = re.sub(r"\([^)]*\)?", " ", org.name)
    if not re.search(r"[A-Za-z\u0600-\u06ff]{3}", real):
        return True
    return (
        org.founded is None
        and org.seat is not None
        and prev.seat is None
        and org.gazetteer_id is None
    )
