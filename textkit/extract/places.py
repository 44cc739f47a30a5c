"""Parse place items such as «شیان، چین (۱۹۸۹)» into a party, a year and a status.

A partner list in a table cell is a run of items, usually numbered
(«۱. شیان، چین (۱۹۸۹) ۲. کوالالمپور، مالزی»), sometimes not
(«نوودی ساد صربستان (۲۰۰۷) کاراگاندا، قزاقستان (۲۰۰۸)»). An item is a city,
optional regions and an optional country, separated by «،», «,» or «:», then
optional markers: a year in parentheses and a status word («نارسمی»).

Example:
    >>> item = parse_item("ارومچی، سین کیانگ، چین")
    >>> item.name, item.region, item.country
    ('ارومچی', 'سین کیانگ', 'CN')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from textkit.dates import DIGIT, YearInfo, find_years
from textkit.extract.lexicon import country_code, status_of
from textkit.script import fold_letters

# Status values of a note, most specific first (matched on folded, case-folded text).
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
    """Status named by a note («نارسمی» → informal), else ``unknown``.

    Example:
        >>> status_value("(informal)"), status_value("memorandum")
        ('informal', 'unknown')
    """
    low = fold_letters(text).casefold()
    for rx, st in _STATUS_RX:
        if rx.search(low):
            return st
    return "unknown"


# An item number at the start of an item: «۱. », "2) ", «۳- ». The number must be
# followed by . ) or - and a space, so a year «(۱۹۸۹)» is never taken for one.
ITEM_NUMBER = re.compile(rf"(?:^|(?<=\s))({DIGIT}{{1,2}})\s?[.)\-]\s")
# A year in parentheses closing an item: «(۱۹۸۹)» → ۱۹۸۹; also "(1996)".
_PAREN_YEAR = re.compile(rf"\(\s*({DIGIT}{{4}})\s*\)")
# A year with a note in parentheses: "(2005, memorandum of understanding)", «(۱۳۹۵، تفاهم‌نامه)».
_PAREN_YEAR_NOTE = re.compile(rf"\(\s*({DIGIT}{{4}})\s*[،,;؛]\s*([^()]{{2,60}})\)")
# A country in parentheses after the name: "Kyoto (Japan)" → Japan.
# A span of years in parentheses: "(1999–2011)", «(۱۳۷۸-۱۳۹۰)» — a tie that ended.
_PAREN_RANGE = re.compile(rf"\(\s*({DIGIT}{{4}})\s*[–—\-]\s*({DIGIT}{{4}})\s*\)")
_PAREN_COUNTRY = re.compile(r"\(\s*([^()\d\u06f0-\u06f9]{2,30}?)\s*\)")
# Separators inside an item: «،», ",", ":" and «؛» (Persian semicolon only between items).
_PART_SEP = re.compile(r"\s*[،,:]\s*")
# Status words written after the place: «: نارسمی», "(informal)".
_STATUS_TAIL = re.compile(
    r"[\s:،,(]*(نارسمی|غیر\s?رسمی|informal|unofficial|proposed|planned|suspended|ended)\)?\s*$",
    re.I,
)
# Codes of states that no longer exist: recognised as countries, written as null.
_HISTORIC = {"SU", "YU", "CS", "DD"}
# Status words in an item or its note: «نارسمی», "suspended in 2022".
_STATUS_WORDS_RE = re.compile(
    r"نارسمی|غیر\s?رسمی|تعلیق|لغو|پیشنهاد|informal|unofficial|proposed|planned|suspended|ended|terminated|cancell?ed|frozen|pending",
    re.I,
)
# Trailing punctuation and footnote digits: «بیشکک۵.» → «بیشکک».
_TRAIL = re.compile(rf"[\s.؛;،,:()\-–]+$|{DIGIT}+$")
_LEAD = re.compile(r"^[\s.؛;،,:()\-–•*]+")


@dataclass(frozen=True, slots=True)
class PlaceItem:
    """One parsed place item.

    Attributes:
        text: the item as written (without its list number).
        name: the city as written.
        region: state/province as written, or ``None``.
        country: ISO alpha-2 code or ``None``.
        country_text: the country as written.
        year: the year written with the item.
        status: ``informal`` etc. when a marker is written, else ``unknown``.
        start: offset of the item in the parsed string.
        end: end offset.
        gazetteer_id: the matched gazetteer entry id, if any.
        name_en: English name from the gazetteer (or the name if written in Latin).
        name_fa: Persian name from the gazetteer (or the name if written in Persian).
    """

    text: str
    name: str
    region: str | None = None
    country: str | None = None
    country_text: str | None = None
    year: YearInfo | None = None
    status: str = "unknown"
    start: int = 0
    end: int = 0
    gazetteer_id: str | None = None
    name_en: str | None = None
    name_fa: str | None = None


def clean_name(text: str) -> str:
    """Strip list bullets, trailing punctuation and glued footnote digits.

    Example:
        >>> clean_name("• بیشکک۵.")
        'بیشکک'
    """
    prev = None
    t = text.strip()
    while prev != t:
        prev = t
        t = _LEAD.sub("", _TRAIL.sub("", t)).strip()
    return t


def _is_latin(text: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in text) and not any(
        "\u0600" <= c <= "\u06ff" for c in text
    )


#: Lowest fuzzy score that links a party to a gazetteer city of the stated country.
FUZZY_LINK_MIN = 0.90


def link_city(
    name: str, country: str | None, gazetteer: Any
) -> tuple[str | None, str | None, str | None, str | None]:
    """Look *name* up as a city: (gazetteer_id, name_en, name_fa, country).

    Exact matches first; a fuzzy match only when it agrees with a known country
    and scores ≥ :data:`FUZZY_LINK_MIN` («ترابزون» → Trabzon at 0.92), so an
    unknown town does not borrow a neighbour's id. The threshold comes from the
    gazetteer's held-out measurement (``tests/bench/bench_gazetteer.py --translit``):
    at 0.90 a known city under a new spelling is found 79–80 % of the time at
    95–96 % precision, and a town missing from the gazetteer is wrongly linked
    14 % of the time (37–40 % at 0.85).
    """
    if gazetteer is None or not name:
        return None, None, None, None
    if _LINK_OWNER[0] is not gazetteer:
        # The cache answers for one gazetteer at a time; holding it keeps its id()
        # from being reused by a new gazetteer while the cache lives.
        _LINK_CACHE.clear()
        _LINK_OWNER[0] = gazetteer
    key = (id(gazetteer), name, country)
    if key in _LINK_CACHE:
        return _LINK_CACHE[key]
    result: tuple[str | None, str | None, str | None, str | None] = (None, None, None, None)
    try:
        matches = gazetteer.lookup(name, country=country, type="city", fuzzy=False, limit=3)
        if not matches and country is not None and len(name) >= 4:
            matches = gazetteer.lookup(name, country=country, type="city", fuzzy=True, limit=3)
    except Exception:  # a gazetteer problem leaves the party unlinked
        matches = []
    for m in matches:
        e = m.entry
        if (m.exact and (country is None or e.country == country)) or (
            country is not None and e.country == country and m.score >= FUZZY_LINK_MIN
        ):
            result = (e.id, e.name_en, e.name_fa, e.country)
            break
    if len(_LINK_CACHE) > 50_000:
        _LINK_CACHE.clear()
    _LINK_CACHE[key] = result
    return result


_LINK_CACHE: dict[
    tuple[int, str, str | None], tuple[str | None, str | None, str | None, str | None]
] = {}
_LINK_OWNER: list[Any] = [None]


def region_country(region: str, gazetteer: Any) -> str | None:
    """Country of a state/province name known to the gazetteer («اوهایو» → "US")."""
    if gazetteer is None or not region:
        return None
    try:
        ms = gazetteer.lookup(region, type="region", fuzzy=False, limit=2)
    except Exception:
        return None
    countries = {m.entry.country for m in ms if m.exact and m.entry.country}
    return countries.pop() if len(countries) == 1 else None


def _split_trailing_country(text: str, gazetteer: Any) -> tuple[str, str | None, str | None]:
    """«نوودی ساد صربستان» → («نوودی ساد», «صربستان», "RS"): a country written without a comma."""
    words = text.split()
    for n in (3, 2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:])
            code = country_code(tail, None, strict=True)
            if code:
                return " ".join(words[:-n]), tail, code
    return text, None, None


def parse_item(
    text: str, *, gazetteer: Any = None, start: int = 0, home_country: str | None = None
) -> PlaceItem | None:
    """Parse one item «city[، region]*[، country] [(year)] [status]».

    Args:
        text: the item without its list number.
        gazetteer: optional gazetteer to link the city.
        start: offset of *text* in its cell (copied to the result).
        home_country: country assumed for a bare city name when the gazetteer
            knows a city of that name there (Iranian partners of an Iranian city).

    Returns:
        The item, or ``None`` when nothing like a name is left.

    Example:
        >>> it = parse_item("یاسرنی، مجارستان: نارسمی (۱۹۹۶)")
        >>> it.name, it.country, it.status, it.year.gregorian
        ('یاسرنی', 'HU', 'informal', 1996)
    """
    body, year, year_note, note = _notes_of(text)
    status = _status_of(body, note, year_note)
    body = _STATUS_TAIL.sub("", body.strip())
    read = _place_parts(body, gazetteer)
    if read is None:
        return None
    parts, country, country_text = read
    name = parts[0]
    region = "، ".join(parts[1:]) if len(parts) > 1 else None
    if country is None and region:
        country = region_country(parts[-1], gazetteer)  # «تولدو، اوهایو» → US
    if country is None and len(parts) == 1 and country_code(name, None, strict=True):
        return None  # a country alone is not a party
    gid, en, fa, gcountry = _link_item(name, region, country, home_country, gazetteer)
    if country is None and gcountry:
        country = gcountry
    if _is_latin(name):
        en = en or name
    else:
        fa = fa or name
    return PlaceItem(
        text=text.strip(),
        name=name,
        region=region,
        country=country,
        country_text=country_text,
        year=year,
        status=status,
        start=start,
        end=start + len(text.rstrip()),
        gazetteer_id=gid,
        name_en=en,
        name_fa=fa,
    )


def _notes_of(text: str) -> tuple[str, YearInfo | None, str, str]:
    """(the place part, the year, a note written with the year, a note after a dash)."""
    body = text
    year: YearInfo | None = None
    m = _PAREN_YEAR.search(body) or _PAREN_YEAR_NOTE.search(body)
    year_note = ""
    rng = _PAREN_RANGE.search(body) if m is None else None
    if rng:
        # "Split, Croatia (1999–2011)": signed in the first year, ended in the second
        ys = find_years(rng.group(1))
        year = ys[0] if ys else None
        year_note = "ended"
        body = body[: rng.start()] + " " + body[rng.end() :]
    if m:
        ys = find_years(m.group(0))
        year = ys[0] if ys else None
        if m.re is _PAREN_YEAR_NOTE:
            year_note = m.group(2) or ""  # "(2005, memorandum of understanding)"
        after = body[m.end() :]
        tm = re.match(r"\s*[;؛,،]\s*(\D{3,40})$", after)
        pm = re.match(r"\s*\(([^()\d]{3,40})\)\s*$", after)
        if pm and status_value(pm.group(1)) != "unknown":
            # "(2016) (friendship city)": the item's own status note in parentheses
            year_note = (year_note + " " + pm.group(1)).strip()
            after = ""
        if tm and status_value(tm.group(1)) != "unknown":
            # "(2009), friendship city", "(2000); ended in 2011": a note after the year
            year_note = (year_note + " " + tm.group(1)).strip()
            after = ""
        body = body[: m.start()] + " " + after
    paren = _PAREN_COUNTRY.search(body)
    paren_country = None
    if paren and not _STATUS_WORDS_RE.search(paren.group(1)):
        # "Kyoto (Japan)", «کیوتو (ژاپن)», "Toledo (Ohio)": the country or region in parentheses
        paren_country = paren.group(1).strip()
        body = body[: paren.start()] + body[paren.end() :]
    note = ""
    dash = re.search(r"\s[–—-]\s|\s*;\s*", body)
    if (dash and not re.search(r"[،,:]", body[dash.end() :])) or (
        dash and _STATUS_WORDS_RE.search(body[dash.end() :])
    ):
        # "Khabarovsk, Russia – suspended in 2022": the note after the dash is not the place
        body, note = body[: dash.start()], body[dash.end() :]
    if year is None and note:
        ys = find_years(note)
        if ys and not _STATUS_WORDS_RE.search(note):
            year = ys[0]  # "Sapporo, Japan – 1959"
    if paren_country:
        body = f"{body.strip()}، {paren_country}"
    return body, year, year_note, note


def _status_of(body: str, note: str, year_note: str) -> str:
    status = "unknown"
    if _STATUS_WORDS_RE.search(body + " " + note):
        status = status_of(body + " " + note)
    if status == "formal":
        status = "unknown"  # «امضا» inside an item names no status of its own
    if year_note:
        status = status_value(year_note)  # "(1998, signed)", "(2009), friendship city"
    return status


def _place_parts(body: str, gazetteer: Any) -> tuple[list[str], str | None, str | None] | None:
    """(name and region parts, country code, country as written), or ``None``."""
    parts = [clean_name(p) for p in _PART_SEP.split(body)]
    parts = [p for p in parts if p]
    if not parts:
        return None
    if len(parts) == 1 and country_code(parts[0], None, strict=True):
        return None  # «جمهوری آذربایجان»: a country alone, not «جمهوری» in Azerbaijan
    country: str | None = None
    country_text: str | None = None
    if len(parts) > 1:
        code = country_code(parts[-1], gazetteer)
        if code:
            country, country_text = code, parts[-1]
            parts = parts[:-1]
    if country is None and len(parts) == 1:
        rest, tail, tail_code = _split_trailing_country(parts[0], gazetteer)
        if tail_code and rest:
            parts, country, country_text = [rest], tail_code, tail
    if country in _HISTORIC:
        country = None  # «اتحاد جماهیر شوروی»: a state that no longer has a code
    return parts, country, country_text


def _link_item(
    name: str, region: str | None, country: str | None, home_country: str | None, gazetteer: Any
) -> tuple[str | None, str | None, str | None, str | None]:
    gid, en, fa, gcountry = link_city(name, country, gazetteer)
    if gid is None and region:
        # «سوون، گیونگی دو، کره جنوبی»: the gazetteer may know the city only with its region.
        gid, en, fa, gcountry = link_city(f"{name} {region}", country, gazetteer)
    if gid is None and country is None and home_country:
        gid, en, fa, gcountry = link_city(name, home_country, gazetteer)
        if gid is None:
            gcountry = None
    return gid, en, fa, gcountry


def split_items(cell: str) -> list[tuple[int, str]]:
    """Split a partner-list cell into (offset, item text) pairs.

    Numbered lists are split at the numbers (a wrapped item keeps its lines);
    otherwise at «؛», newlines between complete items, and after a year in
    parentheses.

    Example:
        >>> [t for _, t in split_items("۱. شیان، چین (۱۹۸۹) ۲. کوالالمپور، مالزی")]
        ['شیان، چین (۱۹۸۹)', 'کوالالمپور، مالزی']
    """
    text = cell
    numbers = list(ITEM_NUMBER.finditer(text))
    pieces: list[tuple[int, str]] = []
    if numbers:
        bounds = [m.start() for m in numbers] + [len(text)]
        heads = [m.end() for m in numbers]
        if numbers[0].start() > 0 and text[: numbers[0].start()].strip():
            pieces.append((0, text[: numbers[0].start()]))  # item 1 printed without its number
        for h, b in zip(heads, bounds[1:], strict=True):
            pieces.append((h, text[h:b]))
    else:
        pieces = [(0, text)]
    out: list[tuple[int, str]] = []
    for off, piece in pieces:
        for off2, sub in _split_unnumbered(piece, numbered=len(pieces) > 1):
            s = sub.strip()
            if s:
                lead = len(sub) - len(sub.lstrip())
                out.append((off + off2 + lead, s.replace("\n", " ")))
    return out


def _split_unnumbered(piece: str, *, numbered: bool) -> list[tuple[int, str]]:
    """Split inside one numbered item (rarely needed) or an unnumbered list."""
    cuts: list[int] = [0]
    if not numbered:
        for m in re.finditer(r"[؛;]|\n", piece):
            cuts.append(m.end())
    # after «(۲۰۰۷)» a new item starts when more text follows: «… (۲۰۰۷) کاراگاندا، …»
    for m in _PAREN_YEAR.finditer(piece):
        rest = piece[m.end() :]
        # status written after the year («(۱۹۹۶) نارسمی») stays with the item
        nxt = re.match(r"[\s،,]*(\S+)", rest)
        if nxt and not re.match(r"نارسمی|غیر|informal|\(", nxt.group(1)):
            cuts.append(m.end())
    cuts = sorted(set(cuts))
    out = []
    for a, b in zip(cuts, [*cuts[1:], len(piece)], strict=True):
        seg = piece[a:b]
        seg2 = re.sub(r"^[\s،,؛;]+", "", seg)
        out.append((a + len(seg) - len(seg2), seg2.rstrip(" ،,؛;\n")))
    return [(o, s) for o, s in out if s.strip()]
