"""Designations: a city named to a title for a year, in running text or in the home
cell of a sister-city table row.

* «X به عنوان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶ انتخاب شد»,
  «X پایتخت گردشگری جهان اسلام (۲۰۱۸)»;
* "X was named/designated (the) European Capital of Culture for/in 2004";
* a home cell «اصفهان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶», "Isfahan (Islamic
  Cultural Capital 2006)": the city, then a title that starts with a word of role
  ``designation`` in ``vocab/relations.tsv`` (:func:`parse_home_cell`).

Example:
    >>> from textkit.model import Block
    >>> text = "Liverpool was named European Capital of Culture for 2008."
    >>> b = Block(id="p", page=1, kind="paragraph", text=text)
    >>> [(d.city.name, d.title, d.year) for d in prose_designations([b])]
    [('Liverpool', 'European Capital of Culture', 2008)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from textkit.dates import YearInfo, find_years
from textkit.extract.linking import Linker
from textkit.extract.relations.cities import city_before, clean_name, mask_citations
from textkit.extract.relations.records import city_party, evidence
from textkit.extract.relations.vocab import alternation
from textkit.model import Block
from textkit.schema import Designation

if TYPE_CHECKING:
    from textkit.gazetteer import Entry

__all__ = ["HomeCell", "parse_home_cell", "prose_designations"]

# «X به عنوان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶ انتخاب شد», «… (۲۰۱۸)»
_FA_DESIGNATION = re.compile(
    r"(?:به\s*‌?\s*عنوان\s+)?(?P<title>پایتخت\s+[^.؛،:()]{3,60}?)\s*"
    r"(?:در\s+سال\s+|سال\s+|\(\s*)(?P<year>[0-9\u06f0-\u06f9]{4})"
)
# "X was named European Capital of Culture for 2004"
_EN_DESIGNATION = re.compile(
    r"\s(?:was|were|is|has\s+been)\s+(?:named|designated|chosen\s+as|selected\s+as|declared)\s+(?:the\s+|a\s+)?"
    r"(?P<title>[A-Z][\w\s\-]{3,60}?(?:Capital|City)[\w\s\-]{0,40}?)\s+(?:for|in|of)\s+(?:the\s+year\s+)?"
    r"(?P<year>\d{4})"
)


def prose_designations(blocks: list[Block], *, linker: Linker | None = None) -> list[Designation]:
    """Designations («پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶») stated in paragraphs, list
    items, captions and headings.

    Args:
        blocks: the document's blocks (other kinds are skipped).
        linker: links cities (``None``: read without a gazetteer).
    """
    linker = linker or Linker(None)
    out: list[Designation] = []
    for b in blocks:
        if b.kind not in ("paragraph", "list_item", "caption", "heading"):
            continue
        text = mask_citations(b.text)
        for m in [*_FA_DESIGNATION.finditer(text), *_EN_DESIGNATION.finditer(text)]:
            before = re.sub(r"\s*(?:به\s*‌?\s*عنوان|as)$", "", text[: m.start()].rstrip())
            city = city_before(before, len(before), linker)
            if city is None:
                continue
            ys = find_years(m.group("year"))
            out.append(
                Designation(
                    source="prose",
                    city=city_party(city.name, city.entry),
                    title=" ".join(m.group("title").split()),
                    year=ys[0].gregorian if ys else None,
                    evidence=[evidence(b, city.start, m.end())],
                    confidence=0.75,
                )
            )
    return out


@dataclass(frozen=True, slots=True)
class HomeCell:
    """The home cell of a sister-city table row: the city, its gazetteer entry, and the
    title it holds («پایتخت فرهنگی جهان اسلام») with the title's year."""

    city: str
    entry: Entry | None = None
    title: str | None = None
    year: YearInfo | None = None


@cache
def _designation_word() -> re.Pattern[str]:
    return re.compile(alternation("designation"), re.I)


_PAREN = re.compile(r"\s*\([^)]*\)\s*")
# A year closing a title: «… در سال ۲۰۰۶», "… 2006", «(۲۰۱۸)».
_TITLE_YEAR = re.compile(r"\s*(?:در\s+سال|سال|in)?\s*\(?[0-9\u06f0-\u06f9]{4}\)?\s*$")


def parse_home_cell(cell: str, linker: Linker | None = None) -> HomeCell | None:
    """Split a home cell into the city and the title it holds; ``None`` when the cell
    is empty or too long to be a city.

    Example:
        >>> h = parse_home_cell("تبریز پایتخت گردشگری جهان اسلام (۲۰۱۸)")
        >>> (h.city, h.title, h.year.gregorian)
        ('تبریز', 'پایتخت گردشگری جهان اسلام', 2018)
        >>> parse_home_cell("Isfahan (Islamic Cultural Capital 2006)").title
        'Islamic Cultural Capital'
    """
    text = " ".join(cell.split())
    if not text:
        return None
    m = _designation_word().search(text)
    city = text[: m.start()].strip() if m else text
    title = text[m.start() :].strip() if m else None
    cut = re.search(r"\s*[(،,:\-–]\s*", city)
    if m and cut:
        # "Isfahan (Islamic Cultural Capital 2006)", "Liverpool, European Capital of Culture"
        title = (city[cut.end() :] + " " + (title or "")).strip(" ()")
        city = city[: cut.start()]
    city = clean_name(_PAREN.sub(" ", city))
    # the words after a known city without a title word are no title: «مشهد مقدس», or a
    # whole column of cities a reader put in one cell
    entry, city = _linked_head(city, linker or Linker(None))
    if not city or len(city.split()) > 4:
        return None
    if not title:
        return HomeCell(city, entry)
    ys = find_years(title)
    return HomeCell(city, entry, _TITLE_YEAR.sub("", title).strip() or None, ys[0] if ys else None)


def _linked_head(city: str, linker: Linker) -> tuple[Entry | None, str]:
    """The longest head (up to three words) of *city* that the gazetteer knows as a city,
    with its entry; (``None``, *city*) when none is known."""
    words = city.split()
    for n in range(min(3, len(words)), 0, -1):
        entry, _score = linker.link_city(" ".join(words[:n]))
        if entry is not None:
            return entry, " ".join(words[:n])
    return None, city


def home_designation(
    block: Block, home: HomeCell, start: int | None, cell: str, *, confidence: float
) -> Designation | None:
    """The designation a home cell printed at *start* in *block* states, if any."""
    if not home.title:
        return None
    end = start + len(cell.strip()) if start is not None else None
    return Designation(
        source="table",
        city=city_party(home.city, home.entry),
        title=home.title,
        year=home.year.gregorian if home.year else None,
        evidence=[evidence(block, start, end, cell)],
        confidence=confidence,
    )
