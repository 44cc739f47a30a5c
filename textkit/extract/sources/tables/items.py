"""Place items in a partner cell: «۱. شیان، چین (۱۹۸۹) ۲. یاسرنی، مجارستان: نارسمی».

A partner cell is a run of items, numbered («۱. …  ۲. …») or not («… (۲۰۰۷) کاراگاندا،
قزاقستان (۲۰۰۸)», «وان، ترکیه؛ اربیل، عراق»). :func:`split_items` cuts a cell into
item spans; :func:`read_item` reads one item: a place name, its regions and country
(separated by «،», «,» or «:»; or a country written last without a comma; or in
brackets "Kyoto (Japan)"), then its notes — a year «(۱۹۸۹)», a span of years
"(1999–2011)" (a tie that ended), a stage («نارسمی», "– suspended in 2022") and a kind
("(2016) (friendship city)", «(۱۳۹۵، تفاهم‌نامه)»).

Example:
    >>> from textkit.extract.linking import Linker
    >>> it = read_item("یاسرنی، مجارستان: نارسمی (۱۹۹۶)", Linker(None))
    >>> it.name, it.country, it.stage, it.year.gregorian
    ('یاسرنی', 'HU', 'informal', 1996)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from textkit.dates import YearInfo, find_years
from textkit.extract.countries import is_city_too
from textkit.extract.cues import find_cues
from textkit.extract.linking import Linker, is_function_word
from textkit.extract.sources.tables.values import cell_kind, cell_stage
from textkit.script import DIGIT

__all__ = ["ITEM_NUMBER", "ItemText", "name_like", "read_item", "split_items"]

# An item number: «۱. », "2) ", «۳- »; never a year «(۱۹۸۹)».
ITEM_NUMBER = re.compile(rf"(?:^|(?<=\s))({DIGIT}{{1,2}})\s?[.)\-]\s")
# A year in brackets, alone «(۱۹۸۹)», with a note "(2005, memorandum of understanding)",
# or a span of years "(1999–2011)" (signed in the first, ended in the second).
_PAREN_YEAR = re.compile(rf"\(\s*({DIGIT}{{4}})\s*\)")
_PAREN_NOTE = re.compile(rf"\(\s*({DIGIT}{{4}})\s*[،,;؛]\s*([^()]{{2,60}})\)")
_PAREN_RANGE = re.compile(rf"\(\s*({DIGIT}{{4}})\s*[–—\-]\s*({DIGIT}{{4}})\s*\)")
# The text after a bracketed year, up to the next bracket or item separator.
_AFTER_YEAR = re.compile(r"[\s،,]*([^()؛;\n]*)")
# Any other bracket: a country or region "(Japan)", a note "(informal)", a gloss "(Bukhara)".
_PAREN = re.compile(r"\(([^()]{1,60})\)")
# A note after a dash or a semicolon: "Khabarovsk, Russia – suspended in 2022".
_NOTE_DASH = re.compile(r"\s[–—\-]\s|\s*;\s*")
# Between the parts of the place: «،», ",", ":".
_PART_SEP = re.compile(r"\s*[،,:]\s*")
# What may surround a name: bullets, brackets, punctuation, a glued footnote digit «بیشکک۵.».
_NAME_TRIM = re.compile(rf"^[\s.؛;،,:()\-–•*]+|[\s.؛;،,:()\-–]+$|(?<=\D){DIGIT}+$")
# A word of ending or suspension right before a year: "suspended in 2022" is not the signing.
_END_BEFORE = re.compile(
    r"(?:suspend|end|terminat|renew|تعلیق|لغو|تمدید)\w*\s*(?:in|on|در|از)?\s*$", re.I
)
# Codes of states that no longer exist: known as countries, written as none.
_HISTORIC = frozenset({"SU", "YU", "CS", "DD"})
_MAX_NAME_WORDS = 4


@dataclass(frozen=True, slots=True)
class ItemText:
    """One item read from text; offsets are into the string given to :func:`read_item`.

    Attributes:
        name: the place as written, at ``name_start:name_end``.
        regions: state/province parts as written ("Ohio"), joined by «، ».
        country: ISO code of the written country (or of the region).
        year: the year of the tie written with the item.
        stage: the stage its notes state («نارسمی» → informal), else ``None``.
        kind: the kind of tie its notes name (friendship city, MoU), else ``None``.
        gloss: a name in the other script in brackets («بخارا (Bukhara)»).
    """

    name: str
    name_start: int
    name_end: int
    regions: str | None = None
    country: str | None = None
    year: YearInfo | None = None
    stage: str | None = None
    kind: str | None = None
    gloss: str | None = None


def split_items(cell: str) -> list[tuple[int, int]]:
    """(start, end) of each item of a partner cell.

    Numbered lists are cut at their numbers (an item wrapped over two lines stays
    whole; text before the first number is item 1 printed without its number);
    other lists at «؛», ";", line breaks, and after a year in brackets that another
    place follows (a note stays with its item: «(۱۹۹۶) نارسمی», "(2009), friendship city").

    Example:
        >>> c = "۱. شیان، چین (۱۹۸۹) ۲. کوالالمپور، مالزی"
        >>> [c[s:e] for s, e in split_items(c)]
        ['شیان، چین (۱۹۸۹)', 'کوالالمپور، مالزی']
    """
    numbers = list(ITEM_NUMBER.finditer(cell))
    if numbers:
        pieces = [(0, numbers[0].start())] if cell[: numbers[0].start()].strip() else []
        ends = [m.start() for m in numbers[1:]] + [len(cell)]
        pieces += [(m.end(), end) for m, end in zip(numbers, ends, strict=True)]
    else:
        pieces = [(0, len(cell))]
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        out += _cut_piece(cell, start, end, by_lines=len(pieces) == 1)
    return out


def _cut_piece(cell: str, start: int, end: int, *, by_lines: bool) -> list[tuple[int, int]]:
    cuts = {start}
    if by_lines:
        cuts |= {start + m.end() for m in re.finditer(r"[؛;]|\n", cell[start:end])}
    for m in _PAREN_YEAR.finditer(cell, start, end):
        # what follows up to the next bracket or item separator: a note of this item
        # («(۱۹۹۶) نارسمی», "(2009), friendship city") or the next item
        after = _AFTER_YEAR.match(cell, m.end(), end)
        note = after.group(1).strip() if after else ""
        if note and not (cell_stage(note) or cell_kind(note)):
            cuts.add(m.end())
    out = []
    for a, b in pairwise([*sorted(cuts), end]):
        while a < b and cell[a] in " \t\n،,؛;":
            a += 1
        while b > a and cell[b - 1] in " \t\n،,؛;":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text[start:end]`` without surrounding bullets and punctuation."""
    piece = text[start:end]
    while True:
        m = _NAME_TRIM.search(piece)
        if m is None or m.start() == m.end():
            break
        if m.start() == 0:
            start += m.end()
        else:
            end -= len(piece) - m.start()
        piece = text[start:end]
    return start, end


def _year(text: str) -> YearInfo | None:
    """The year a note gives the tie: the first not written after a word of ending."""
    for y in find_years(text):
        if not _END_BEFORE.search(text[max(0, y.start - 25) : y.start]):
            return y
    return None


@dataclass
class _Notes:
    """What :func:`_split_notes` takes off an item: where the place part ends, the
    note texts, the year, and a bracketed qualifier or gloss."""

    body_end: int
    notes: list[str]
    year: YearInfo | None = None
    ended: bool = False
    qualifier: str | None = None


def _split_notes(text: str) -> _Notes:
    """Cut the notes (brackets, a dash note, a semicolon note) off an item."""
    first = text.find("(")
    dash = _NOTE_DASH.search(text)
    if dash is not None and (first < 0 or dash.start() < first):
        after = text[dash.end() :]
        if re.search(r"[،,:]", after) and not (cell_stage(after) or _year(after)):
            dash = None  # «تل آویو - یافا، اسرائیل»: a dash inside the name
    ends = [i for i in (first, dash.start() if dash else -1) if i >= 0]
    out = _Notes(min(ends) if ends else len(text), [])
    tail = text[out.body_end :]
    for m in _PAREN.finditer(tail):
        _read_bracket(m.group(0), m.group(1), out)
    rest = _PAREN.sub(" ", tail).strip(" –—-;،,")
    if rest:
        out.notes.append(rest)
        out.year = out.year or _year(rest)
    return out


def _read_bracket(whole: str, inner: str, out: _Notes) -> None:
    """One bracket of an item's tail: a year (with a note or as a span), a note, or
    the place's country/region/gloss."""
    if m := _PAREN_RANGE.fullmatch(whole):
        out.year, out.ended = out.year or _year(m.group(1)), True
    elif m := _PAREN_NOTE.fullmatch(whole):
        out.year = out.year or _year(m.group(1))
        out.notes.append(m.group(2))
    elif _PAREN_YEAR.fullmatch(whole):
        out.year = out.year or _year(inner)
    elif cell_stage(inner) or cell_kind(inner):
        out.notes.append(inner)
    elif out.qualifier is None and not re.search(DIGIT, inner):
        out.qualifier = inner.strip()


def _parts(text: str, end: int) -> list[tuple[int, int]]:
    """The «،»/«,»/«:»-separated parts of ``text[:end]``, trimmed, non-empty."""
    bounds = [0]
    for m in _PART_SEP.finditer(text, 0, end):
        bounds += [m.start(), m.end()]
    bounds.append(end)
    spans = [_trim(text, a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    return [(a, b) for a, b in spans if b > a]


def _status_parts(text: str, parts: list[tuple[int, int]], notes: list[str]) -> None:
    """Move trailing parts that are notes («: نارسمی») from *parts* to *notes*."""
    while len(parts) > 1:
        word = text[parts[-1][0] : parts[-1][1]]
        if not (cell_stage(word) or cell_kind(word)):
            return
        notes.insert(0, word)
        parts.pop()


def read_item(text: str, linker: Linker) -> ItemText | None:
    """Read one item (see the module doc); ``None`` when no place name is left, or when
    the item is a country alone.

    Example:
        >>> from textkit.extract.linking import Linker
        >>> it = read_item("Khabarovsk, Russia (1988) – suspended in 2022", Linker(None))
        >>> it.name, it.country, it.year.gregorian, it.stage
        ('Khabarovsk', 'RU', 1988, 'suspended')
    """
    notes = _split_notes(text)
    parts = _parts(text, notes.body_end)
    _status_parts(text, parts, notes.notes)
    if not parts:
        return None
    names = [text[a:b] for a, b in parts]
    bracket, gloss = notes.qualifier, None
    if bracket is not None and _is_persian(bracket) != _is_persian(names[0]):
        bracket, gloss = None, notes.qualifier  # «بخارا (Bukhara)»: the name in the other script
    country, regions = _qualifiers(names, bracket, linker)
    if country is None and len(parts) == 1 and bracket is None:
        parts, country = _trailing_country(text, parts[0], linker)
    if len(parts) == 1 and country is None and _country_alone(names[0], linker):
        return None
    start, end = parts[0]
    name = text[start:end]
    if not name_like(name):
        return None
    note = " ".join(notes.notes)
    return ItemText(
        name=name,
        name_start=start,
        name_end=end,
        regions=regions,
        country=None if country in _HISTORIC else country,
        year=notes.year,
        stage="ended" if notes.ended and not cell_stage(note) else cell_stage(note),
        kind=cell_kind(note),
        gloss=gloss,
    )


def _is_persian(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _qualifiers(
    names: list[str], bracket: str | None, linker: Linker
) -> tuple[str | None, str | None]:
    """(country, regions) of the place parts after the name and the bracket qualifier:
    the last part is the country when it names one; the rest are regions, whose
    country the gazetteer may know («تولدو، اوهایو» → US)."""
    rest = names[1:] + ([bracket] if bracket else [])
    if not rest:
        return None, None
    country = linker.country_code(rest[-1])
    if country is not None:
        rest = rest[:-1]
    regions = "، ".join(rest) if rest else None
    if country is None and rest:
        country = _region_country(rest[-1], linker)
    if bracket and country is None and len(names) == 1 and not regions:
        return None, None
    return country, regions


def _region_country(region: str, linker: Linker) -> str | None:
    """The country of a state or province the gazetteer knows («اوهایو» → US)."""
    gaz = linker.gazetteer
    if gaz is None:
        return None
    hits = gaz.lookup(region, type="region", fuzzy=False, limit=2)
    countries = {m.entry.country for m in hits if m.exact and m.entry.country}
    return countries.pop() if len(countries) == 1 else None


def _trailing_country(
    text: str, part: tuple[int, int], linker: Linker
) -> tuple[list[tuple[int, int]], str | None]:
    """«نوودی ساد صربستان» → the name «نوودی ساد» and RS: a country written last without
    a comma (not when the whole is a city's name, «کویت شهر»)."""
    start, end = part
    words = list(re.finditer(r"\S+", text[start:end]))
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        cut = start + words[-n].start()
        rest = text[start:cut].strip()
        if len(rest.split()) == 1 and find_cues(rest, ("place_word",)):
            continue  # «شهر کویت»: Kuwait City, not «شهر» in Kuwait
        tail = text[cut:end]
        if is_city_too(tail):
            continue  # «… مکزیک»: a name that is also a city's ends no item by itself
        code = linker.country_code(tail)
        if code is not None and linker.link_city(text[start:end])[0] is None:
            return [_trim(text, start, cut)], code
    return [part], None


def _country_alone(name: str, linker: Linker) -> bool:
    """A country named alone («ترکیه») is no party, unless a city has that name
    (Singapore, «کویت»)."""
    if linker.country_code(name) is None or is_city_too(name):
        return False
    return linker.link_city(name)[0] is None


def name_like(name: str) -> bool:
    """Could *name* be a place: at most four words, no digits, no cue or function words
    only, capitalised when in Latin letters («Other links», "friendship city" are not).
    A Persian name is not tested against common words: in a cell it stands as a
    name («رشت» is Rasht, though also a verb stem)."""
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or re.search(DIGIT, name):
        return False
    if all(is_function_word(w) for w in words) or find_cues(name, ("twinning", "mou", "stage")):
        return False
    if name.isascii():  # "Freiburg im Breisgau", not "Other links"
        return all(w[0].isupper() for w in words if len(w) > 3) and name[0].isupper()
    return True
