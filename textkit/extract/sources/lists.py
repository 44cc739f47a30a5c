"""Agreements listed one per line under a head that names the tie.

A **head** is a line with a twinning word («شهرهای خواهرخوانده مشهد», "Sister cities of
Portland", "Twinning Cities to Sariyer Municipality;", "Portland has nine sister cities.
They are listed below …") followed by at least one **item**: a line that starts with a
bullet or a number («۱-», "2.", "•", "-"), or a short line that names a place. Every item
is a partner of the head's city (the one city the head names, else the city the text
is about), never of the item before it. An item may carry its own year «(۱۳۸۳)»,
"(1959)" and stage ("– suspended in 2022", «نارسمی»); a head saying "former" ends every
item under it.

Example:
    >>> from textkit.model import Block, Document
    >>> from textkit.extract.context import Context
    >>> blocks = [Block("b1", 1, "heading", "Sister cities of Portland"),
    ...           Block("b2", 1, "list_item", "1. Sapporo, Japan (1959)")]
    >>> ctx = Context.of(Document("x.txt", "0", "text", 1, blocks), None)
    >>> [(c.subject.name, c.partner.name, c.year.gregorian) for c in list_candidates(ctx)]
    [('Portland', 'Sapporo', 1959)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from textkit.dates import YearInfo, find_years
from textkit.extract.context import Context
from textkit.extract.countries import country_code
from textkit.extract.cues import Cue, find_cues
from textkit.extract.linking import common_english_word, named_place, plausible_name, read_name
from textkit.extract.model import Candidate, Place, SourceKind
from textkit.model import Block

__all__ = ["list_candidates"]

ITEM = 0.9  # strength of an item under a head that names the subject city
ITEM_IMPLICIT = 0.75  # the head names no city: the document's subject city

# An item marker: «۱-», «۲.», "3)", "•", "-", "–", "*".
_MARKER = re.compile(r"^\s*(?:[0-9\u06f0-\u06f9]{1,3}\s?[.)\-–]|[•▪◦*\-–])\s*")
# Words before the name of an item: "Municipality of", "City of", «شهر», «شهرداری».
_LEAD = re.compile(
    r"(?:(?:the\s+)?(?:municipality|city|town|county|district)\s+of\s+|شهرداری\s+|شهر\s+|کلانشهر\s+)",
    re.I,
)
_MAX_ITEM_WORDS = 12
_BRACKETS = re.compile(r"\([^()]*\)")
_EMPTY = re.compile(r"")


@dataclass(frozen=True)
class _Line:
    block: Block
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


def _lines(blocks: list[Block]) -> list[_Line]:
    out = []
    for b in blocks:
        pos = 0
        for raw in b.text.split("\n"):
            s = pos + len(raw) - len(raw.lstrip())
            e = pos + len(raw.rstrip())
            if e > s:
                out.append(_Line(b, s, e))
            pos += len(raw) + 1
    return out


def list_candidates(ctx: Context) -> list[Candidate]:
    """Candidates from every head-and-items list of the document's running text."""
    lines = _lines([b for b in ctx.text_blocks() if b.kind != "footnote"])
    out: list[Candidate] = (
        _dash_pairs(ctx, lines) + _numbered_cells(ctx, lines) + _colon_items(ctx, lines)
    )
    about = _document_twin(ctx)  # a document about twinning: its cue, for place sub-heads
    i = 0
    while i < len(lines):
        head = lines[i]
        twin = find_cues(head.text, ("twinning",))
        if not twin and about and _place_subhead(ctx, head) is not None:
            twin = about  # «Anqing» over «- USA Calabasas, United States» in a list of twin towns
        items = _items(ctx, lines, i + 1) if twin and _can_head(head) else []
        if not items:
            i += 1
            continue
        out += _candidates(ctx, head, twin, items)
        i += 1 + len(items)
    return out


def _document_twin(ctx: Context) -> list[Cue]:
    """The twinning word of the document's title or first paragraph, if any."""
    blocks = ctx.text_blocks()[:3]
    return find_cues(" ".join(b.text for b in blocks)[:600], ("twinning",))


def _place_subhead(ctx: Context, line: _Line) -> Place | None:
    """A line that is only a place's name: the head of the items below it."""
    if len(line.text.split()) > 4 or _MARKER.match(line.text):
        return None
    places = [p for p in ctx.places(line.block, line.start, line.end) if p.type != "country"]
    if len(places) == 1 and places[0].start == line.start and places[0].end == line.end:
        return places[0]
    return None


def _is_head(line: _Line) -> bool:
    return bool(find_cues(line.text, ("twinning",))) and _can_head(line)


def _can_head(line: _Line) -> bool:
    """A heading, a short line, or a sentence that announces a list."""
    text = line.text
    return (
        line.block.kind == "heading"
        or len(text.split()) <= _MAX_ITEM_WORDS
        or text.rstrip().endswith((":", ";", "؛"))
        or bool(_ANNOUNCES.search(text))
    )


_ANNOUNCES = re.compile(
    r"listed below|as follows|the following|عبارتند از|به شرح زیر|زیر است", re.I
)


def _items(ctx: Context, lines: list[_Line], start: int) -> list[tuple[_Line, Place]]:
    """The items after a head; one line of prose may stand between the head and its
    items ("Former twin towns" / a sentence / "Split, Croatia (1999–2011)")."""
    for first in (start, start + 1):
        if first > start and first - 1 < len(lines) and _is_head(lines[first - 1]):
            break  # the line between is a head of its own ("Nottingham is twinned with:")
        if first > start and start < len(lines) and _place_subhead(ctx, lines[start]):
            break  # "Tehran" over "- Paris, France": the sub-head heads them, not the title
        out = []
        for k in range(first, len(lines)):
            line = lines[k]
            place = _item_place(ctx, line)
            if place is None or _is_subhead(line, place, lines[k + 1 : k + 2]):
                if k == start and lines[k - 1].text.rstrip().endswith((":", "：")):
                    return _inline_items(ctx, line)
                break
            out.append((line, place))
        if out:
            return out
    return []


# Between two items written on one line: a comma or semicolon, or "and"/«و».
_INLINE_SEP = re.compile(r"\s*(?:[,،;؛]\s*(?:and\s+|و\s+)?|\s(?:and|و)\s)\s*", re.I)


def _inline_items(ctx: Context, line: _Line) -> list[tuple[_Line, Place]]:
    """"The sister cities of Tbilisi are:" / "Saarbruken, Nantes, Ljubljana, …": the items
    written on one line after a head that ends in a colon (two at least)."""
    text = line.block.text
    pieces, pos = [], line.start
    for m in [*_INLINE_SEP.finditer(text, line.start, line.end), None]:
        end = m.start() if m else line.end
        if end > pos:
            pieces.append(_Line(line.block, pos, end))
        pos = m.end() if m else line.end
    out = []
    for piece in pieces:
        place = _item_place(ctx, piece, numbered=True)
        if place is None:
            return []  # a sentence, not a list of names
        out.append((piece, place))
    return out if len(out) > 1 else []


_NOT_WORDS = re.compile(r"\([^()]*\)|[0-9\u06f0-\u06f9]+|[^\w\s]")


# A country code printed before an item (a flag's label): "- KOR Dongdaemun (Seoul), South Korea".
_FLAG = re.compile(r"[A-Z]{3}\s+(?=[A-Z\u00c0-\u024f])")
# A date in a table row: "2007.5.17", «۱۳۹۵/۰۴/۱۲», a year.
_ROW_DATE = re.compile(
    r"^[0-9\u06f0-\u06f9]{4}(?:[./\-][0-9\u06f0-\u06f9]{1,2}){0,2}\b"
    r"|^[0-9\u06f0-\u06f9]{1,2}[./\-][0-9\u06f0-\u06f9]{1,2}[./\-][0-9\u06f0-\u06f9]{4}"
)


def _table_row(ctx: Context, line: _Line) -> Place | None:
    """A table a reader flattened to one row per line: the line opens with a place, its
    country and a date ("Shenzhen China 2007.5.17 1952 8,912 Fourth largest …")."""
    text = line.block.text
    places = [
        p for p in ctx.places(line.block, line.start, line.end) if p.type in ("city", "unknown")
    ]
    if not places or places[0].start != line.start or not places[0].qualified:
        return None
    rest = text[places[0].end : line.end]
    m = re.match(r"[\s,،(]*(?:\S+\s+){1,3}?", rest)  # the country's words
    after_country = rest[m.end() :] if m else rest
    return places[0] if _ROW_DATE.match(after_country.strip()) else None


def _only_qualifiers(rest: str) -> bool:
    """What follows the place on an unmarked item line: a country, a year, a note in
    brackets ("Weimar, Germany (2009)"), not a clause ("Portland also has a port.")."""
    from textkit.extract.linking import is_function_word

    words = _NOT_WORDS.sub(" ", rest).split()
    if words and country_code(" ".join(words)) is not None:
        return True  # "…, South Africa": a country, whatever its words
    return len(words) <= 3 and not any(is_function_word(w) for w in words)


def _is_subhead(line: _Line, place: Place, after: list[_Line]) -> bool:
    """A bare city name over marked items ("Shiraz" / "• Shiraz – Dushanbe …") heads
    them; it is not an item itself."""
    bare = place.start == line.start and place.end == line.end
    return (
        bare and not _MARKER.match(line.text) and bool(after) and bool(_MARKER.match(after[0].text))
    )


def _item_place(ctx: Context, line: _Line, *, numbered: bool = False) -> Place | None:
    """The partner an item line names, or ``None`` when the line is not an item.
    ``numbered``: the caller already cut the item at its number."""
    text = line.text
    marked = _MARKER.match(text) or (_EMPTY.match("") if numbered else None)
    if _DASH.search(text):
        places = [
            p for p in ctx.places(line.block, line.start, line.end) if p.type in ("city", "unknown")
        ]
        if len(places) >= 2 and _DASH.fullmatch(line.block.text[places[0].end : places[1].start]):
            return None  # "• Shiraz – Dushanbe, Tajikistan (2007)": a pair of its own
    row = _table_row(ctx, line)
    if row is not None:
        return row  # "Osaka Japan 2008.5.21 221 2,630 Second largest city …": a table row
    if not marked and (len(text.split()) > 6 or line.block.kind == "heading"):
        return None
    unbracketed = _BRACKETS.sub(" ", text)  # "Kunming, China (2016) (friendship city)"
    if len(text.split()) > _MAX_ITEM_WORDS or find_cues(unbracketed, ("twinning",)):
        return None
    a = line.start + (marked.end() if marked else 0)
    lead = _LEAD.match(line.block.text, a, line.end) or _FLAG.match(line.block.text, a, line.end)
    a = lead.end() if lead else a
    places = [p for p in ctx.places(line.block, a, line.end) if p.type != "country"]
    if places and places[0].type == "region":
        # "AUS New South Wales, Australia": a region is a partner only as the whole item
        whole = places[0].start == a and _only_qualifiers(line.block.text[places[0].end : line.end])
        return places[0] if whole else None
    if places and re.search(r"[^\W\d_]", line.block.text[a : places[0].start]):
        return None  # "• About Gangdong": a menu entry, words before the place
    if places and (
        marked
        or (places[0].start == a and _only_qualifiers(line.block.text[places[0].end : line.end]))
    ):
        return places[0]  # an unmarked line is an item when it is a place and its qualifiers
    if not marked:
        return None  # an unmarked line is an item only when it names a known place
    span = read_name(line.block.text, a, forward=True, limit=line.end)
    if span is None or span[0] != a:
        return None
    name = line.block.text[span[0] : span[1]]
    strict = ctx.linker.gazetteer is not None
    if not plausible_name(name, strict=strict) or (strict and common_english_word(name)):
        return None
    return named_place(ctx.linker, name, line.block.id, span[0])


def _candidates(
    ctx: Context, head: _Line, twin: list[Cue], items: list[tuple[_Line, Place]]
) -> list[Candidate]:
    owners = [
        p for p in ctx.places(head.block, head.start, head.end) if p.type in ("city", "unknown")
    ]
    subject, strength = (owners[0], ITEM) if len(owners) == 1 else (ctx.topic, ITEM_IMPLICIT)
    if subject is None:
        return []
    if len(owners) != 1:
        subject = replace(subject, implicit=True)
    head_stage = _stage(find_cues(head.text, ("stage",)))
    out = []
    for line, partner in items:
        if partner.same_place(subject):
            continue
        if (
            not _MARKER.match(line.text)
            and not partner.qualified
            and partner.country is not None
            and partner.country == subject.country
        ):
            continue  # bare names of one country under each other: a list of heads, not ties
        cues = find_cues(line.text, ("stage",))
        stage = _stage(cues) or (
            head_stage if head_stage in ("ended", "suspended", "planned", "informal") else None
        )
        own_kind = find_cues(line.text, ("twinning",))
        kind = own_kind[0].value if own_kind else twin[0].value
        out.append(
            _item_candidate(line, subject, partner, cues, kind=kind, stage=stage, strength=strength)
        )
    return out


def _item_candidate(
    line: _Line,
    subject: Place,
    partner: Place,
    cues: list[Cue],
    *,
    kind: str,
    stage: str | None,
    strength: float = ITEM,
    source: SourceKind = "list",
) -> Candidate:
    """The candidate an item line gives: *subject* and *partner*, the item's year."""
    year = _item_year(line, partner, cues)
    return Candidate(
        subject=subject,
        partner=partner,
        source=source,
        block=line.block,
        start=line.start,
        end=line.end,
        strength=strength,
        kind=kind,
        stage=stage,
        year=year,
        year_from="item" if year else None,
    )


# "• Shiraz – Dushanbe, Tajikistan (2007)": an item that names both of its places.
_DASH = re.compile(r"\s+[–—-]\s+")


def _dash_pairs(ctx: Context, lines: list[_Line]) -> list[Candidate]:
    """Item lines of the form "A – B …" in a document about twinning (its first
    blocks carry a twinning word): each is a pair of its own."""
    head = " ".join(b.text for b in ctx.text_blocks()[:3])
    if not find_cues(head, ("twinning",)):
        return []
    out = []
    for line in lines:
        marked = _MARKER.match(line.text)
        if not marked or len(line.text.split()) > _MAX_ITEM_WORDS:
            continue
        places = [
            p for p in ctx.places(line.block, line.start, line.end) if p.type in ("city", "unknown")
        ]
        if len(places) < 2:
            continue
        a, b = places[0], places[1]
        if not _DASH.fullmatch(line.block.text[a.end : b.start]):
            continue
        cues = find_cues(line.text, ("stage",))
        kinds = find_cues(line.text, ("twinning", "mou"))
        kind = kinds[0].value if kinds else "sister city"
        out.append(_item_candidate(line, a, b, cues, kind=kind, stage=_stage(cues)))
    return out


# "• Birmingham: Twins include Leipzig, Germany; Milan, Italy": a city, a colon, its partners.
_COLON = re.compile(r"\s*:\s*")


def _colon_items(ctx: Context, lines: list[_Line]) -> list[Candidate]:
    """Item lines "City: A, Country; B, Country" in a document about twinning (its first
    blocks carry a twinning word), or with a twinning word of their own: the city before
    the colon is the subject, every place after it (its countries aside) a partner."""
    about = _document_twin(ctx)
    out = []
    for line in lines:
        marked = _MARKER.match(line.text)
        at = line.start + (marked.end() if marked else 0)
        places = [p for p in ctx.places(line.block, line.start, line.end) if p.type != "country"]
        if len(places) < 2 or places[0].start != at:
            continue
        colon = _COLON.match(line.block.text, places[0].end)
        own = find_cues(line.text, ("twinning",))
        if colon is None or not (own or (about and marked)) or line.text.count(":") != 1:
            continue  # «۱. استانبول: ترکیه ۲. باکو: آذربایجان»: cities and their countries
        cues = find_cues(line.text, ("stage",))
        for partner in places[1:]:
            if partner.same_place(places[0]):
                continue
            kind = (own or about)[0].value
            out.append(
                _item_candidate(line, places[0], partner, cues, kind=kind, stage=_stage(cues))
            )
    return out


# An item number inside a line: «۱. شیان، چین (۱۹۸۹) ۲. کوالالامپور، مالزی».
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))([0-9\u06f0-\u06f9]{1,2})\s?[.)\-]\s")
#: How many paragraphs of prose may separate a twinning word from a table cell printed
#: as a paragraph.
_CELL_REACH = 3


def _numbered_cells(ctx: Context, lines: list[_Line]) -> list[Candidate]:
    """A sister-city table a reader printed one cell per paragraph: a short line naming
    the home city, then a cell that numbers its partners («۱. شیان، چین (۱۹۸۹) ۲. …»),
    with at most :data:`_CELL_REACH` paragraphs of prose since a twinning word."""
    out: list[Candidate] = []
    prose_since_twin = _CELL_REACH + 1  # prose lines since the last twinning word
    for i, line in enumerate(lines):
        if find_cues(line.text, ("twinning",)):
            prose_since_twin = 0
        numbers = list(_INLINE_NUMBER.finditer(line.block.text, line.start, line.end))
        if len(numbers) < 2:
            if len(line.text.split()) > 25:
                prose_since_twin += 1
            continue
        if prose_since_twin > _CELL_REACH:
            continue
        home = _home_cell(ctx, lines, i)
        if home is None:
            continue
        bounds = [m.start() for m in numbers] + [line.end]
        for m, stop in zip(numbers, bounds[1:], strict=False):
            item = _Line(line.block, m.end(), stop)
            partner = _item_place(ctx, item, numbered=True)
            if partner is None or partner.same_place(home):
                continue
            cues = find_cues(item.text, ("stage",))
            out.append(
                _item_candidate(
                    item,
                    home,
                    partner,
                    cues,
                    kind="sister city",
                    stage=_stage(cues),
                    source="table",
                )
            )
    return out


def _home_cell(ctx: Context, lines: list[_Line], i: int) -> Place | None:
    """The home city of a partner cell: the nearest short line before it that names
    one place."""
    for line in reversed(lines[max(0, i - 3) : i]):
        if len(line.text.split()) > _MAX_ITEM_WORDS or _INLINE_NUMBER.search(line.text):
            continue
        # the cell starts with the city; a title may follow («اصفهان پایتخت فرهنگی …»)
        places = [p for p in ctx.places(line.block, line.start, line.end) if p.type != "country"]
        if places and places[0].start == line.start:
            return places[0]
        span = read_name(line.block.text, line.start, forward=True, limit=line.end)
        if span is not None and span[0] == line.start:
            name = line.block.text[span[0] : span[1]]
            rest = len(line.text.split()) - len(name.split())
            if rest == 0 and not name.isascii():
                return Place(name, line.block.id, span[0], span[1])  # a cell that is a name
            if (rest == 0 or _TITLE.search(line.text)) and plausible_name(
                name, strict=ctx.linker.gazetteer is not None
            ):
                return Place(name, line.block.id, span[0], span[1])
    return None


# A title written in the home cell after the city's name: «اصفهان پایتخت فرهنگی جهان اسلام».
_TITLE = re.compile(r"پایتخت|capital|شهر\s+جهانی|world\s+city", re.I)


_ORDER = ("negated", "ended", "suspended", "informal", "formal", "planned", "formal-weak")


def _stage(cues: list[Cue]) -> str | None:
    values = {c.value for c in cues}
    return next((v for v in _ORDER if v in values), None)


def _item_year(line: _Line, partner: Place, cues: list[Cue]) -> YearInfo | None:
    """The item's year: the one written nearest after the name, unless a word of
    ending, suspension or renewal stands right before it ("– suspended in 2022")."""
    text = line.text
    for y in find_years(text):
        before = text[max(0, y.start - 25) : y.start]
        if any(
            c.value in ("ended", "suspended", "renewed")
            and c.end <= y.start
            and y.start - c.end < 12
            for c in cues
        ):
            continue
        if re.search(
            r"(?:suspend|end|terminat|renew|تعلیق|لغو|تمدید)\w*\s*(?:in|on|در|از)?\s*$",
            before,
            re.I,
        ):
            continue
        return y
    return None
