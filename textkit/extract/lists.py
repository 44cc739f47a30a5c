"""Agreements from lists and one-partner-per-row tables under a heading that
names the home city.

A *list head* is a heading, caption or paragraph with a twinning word that names
one city: "Sister cities of Portland, Oregon", "Portland has nine sister
cities", «خواهرخوانده‌های کرمان», «جدول ۲- شهرهای خواهرخوانده کرمان». The
numbered lines or list items right after it («۱. هرات، افغانستان (۱۳۸۶)»,
"6. Khabarovsk, Russia (1988) – suspended in 2022") are its partners, and so
are the rows of a table right after it whose cells are a city, a country, a year
and a status each.

A head may also be an intro sentence naming one city with a twinning word and
ending in «:» («شیراز پیش از این با شهرهای زیر پیمان خواهرخواندگی امضا کرده
است:»); a status it states (signed → formal) holds for items that state none.
Items naming both sides («• Shiraz – Dushanbe, Tajikistan (2007)») are pairs of
their own, the left side being the home city or a gazetteer city. A party must be
a place: a gazetteer hit or a name with its country, never a section word, status
word or common noun ("Other links", "friendship city", «زیر»).

Example:
    >>> home_city_from_text("Sister cities of Portland, Oregon", None).name
    'Portland'
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from textkit.dates import DIGIT, find_years
from textkit.extract.lexicon import country_code, has_twinning_word, name_key, status_of
from textkit.extract.places import clean_name, link_city, parse_item
from textkit.extract.records import date_info, evidence, party_from_item
from textkit.model import Block
from textkit.schema import Agreement, Party

# "sister cities of X", "twin towns of X", "partner cities of X"
_EN_OF = re.compile(
    r"(?:sister|twin|partner|friendship)\s+(?:cities|city|towns|town)\s+of\s+(?:the\s+city\s+of\s+)?",
    re.I,
)
# "X has nine sister cities", "X's sister cities", "X is twinned with:"
_EN_HAS = re.compile(r"^([A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2})(?:'s|’s|\s+has|\s+is\s+twinned)\b")
# «خواهرخوانده‌های کرمان», «شهرهای خواهرخوانده کرمان», «خواهرشهرهای شیراز»
_FA_OF = re.compile(
    r"(?:خواهرخوانده(?:\u200c?های|\u200c?ها)?|خواهر\s*شهرهای|شهرهای\s+خواهر(?:خوانده)?)\s+(?:شهر\s+)?"
)
# A list marker at the start of a line: "1. ", «۲- », "3) ", "• ".
_MARKER = re.compile(rf"^\s*(?:{DIGIT}{{1,3}}\s?[.)\-]|[•\-*▪◦])\s+")


def home_city_from_text(text: str, gazetteer: Any) -> Party | None:
    """The home city named by a list head, or ``None``.

    Example:
        >>> home_city_from_text("جدول ۲- شهرهای خواهرخوانده کرمان و وضعیت آنها", None).name
        'کرمان'
    """
    if not has_twinning_word(text):
        return None
    from textkit.extract.phrases import _right_phrase

    cands: list[str] = []
    for rx in (_EN_OF, _FA_OF):
        for m in rx.finditer(text):
            # the place phrase after the head words: «کرمان و وضعیت آنها» → «کرمان»,
            # "Portland, Oregon" → "Portland, Oregon"
            span = _right_phrase(text, m.end(), gazetteer)
            if span is not None:
                cands.append(text[span[0] : span[1]])
    m2 = _EN_HAS.match(text.strip())
    if m2:
        cands.append(m2.group(1))
    for c in cands:
        item = parse_item(clean_name(c), gazetteer=gazetteer)
        if item is None or not item.name or len(item.name.split()) > 3:
            continue
        if has_twinning_word(item.name) or country_code(item.name, None, strict=True):
            continue
        from textkit.extract.phrases import _DEMONYM

        if _DEMONYM.search(item.name) and not item.gazetteer_id:
            continue  # "Twin Towns of Iranian Cities": an adjective, not a city
        from textkit.extract.phrases import _NOT_NAME, _is_stop

        if any(_is_stop(w) or _NOT_NAME.search(w) for w in item.name.split()):
            continue  # «… خواهرخوانده می‌شوند»: a verb, not a city
        return party_from_item(item)
    if text.rstrip().endswith((":", "：")) and _LIST_INTRO.search(text):
        # «شیراز پیش از این با شهرهای زیر پیمان خواهرخواندگی امضا کرده است:»,
        # "Mashhad has signed twinning agreements with the following cities:": the
        # sentence's subject is the home city of the list that follows
        from textkit.extract.prose import _subject

        head = text.rstrip().rstrip(":：")
        side = _subject(head, gazetteer)
        if side is not None and not country_code(side.item.name, None, strict=True):
            from textkit.extract.phrases import _is_stop

            if not any(_is_stop(w) for w in side.item.name.split()):
                return party_from_item(side.item)
    return None


# An intro to a list of partners: «با شهرهای زیر», «شهرهای ذیل», "the following cities".
_LIST_INTRO = re.compile(
    r"شهرهای\s+(?:زیر|ذیل)|(?:موارد|شهرهای)\s+(?:زیر|ذیل)|زیر\s+است|following|as\s+follows|"
    r"below|these\s+(?:cities|towns)",
    re.I,
)


# A section head for ties that ended: "Former twin towns", "Past sister cities",
# «شهرهای خواهرخوانده پیشین», «خواهرخوانده‌های سابق».
_FORMER_HEAD = re.compile(
    r"^\W*(?:former|past|previous|ended|defunct|terminated|discontinued)\s+"
    r"(?:twin|sister|partner|friendship)\b|(?:خواهرخوانده|خواهر\s?شهر|پیوند|شهرهای\s+دوست)\S*"
    r"(?:\s+\S+){0,2}\s+(?:پیشین|سابق|گذشته|قبلی)\W*$",
    re.I,
)


def _item_lines(block: Block) -> list[tuple[int, str]]:
    """(offset, text) of the list items in *block* (one per marked line)."""
    out = []
    pos = 0
    for line in block.text.split("\n"):
        m = _MARKER.match(line)
        if m:
            out.append((pos + m.end(), line[m.end() :]))
        pos += len(line) + 1
    return out


def lists_to_agreements(blocks: list[Block], *, gazetteer: Any = None) -> list[Agreement]:
    """Agreements from partner lists that follow a list head.

    Args:
        blocks: the document's blocks in reading order.
        gazetteer: optional, to link the parties.
    """
    out: list[Agreement] = []
    home: Party | None = None
    gap = 0
    colon_head = False
    head_items: list[int] = []  # indices in *out* of the items of the current list
    head_status = "unknown"
    dash_run: list[int] = []  # items «A – B, country» of one city in consecutive blocks
    next_block = {id(x): y for x, y in itertools.pairwise(blocks)}
    last_item_block: Block | None = None
    former = False  # under a "Former twin towns" head: items are ended ties
    for b in blocks:
        if b.kind == "table":
            home, gap, former = None, 0, False
            continue
        if (
            home is not None
            and b.kind in ("heading", "paragraph", "caption")
            and len(b.text) < 80
            and _FORMER_HEAD.search(b.text.strip())
        ):
            # the same city's former ties follow: the list goes on, its items ended
            former, gap = True, 0
            continue
        items = _item_lines(b) if b.kind in ("paragraph", "list_item") else []
        if not items and b.kind in ("heading", "paragraph", "caption", "list_item"):
            h = home_city_from_text(b.text, gazetteer) if len(b.text) < 400 else None
            if h is not None:  # a new head: "Kyoto's sister cities are:"
                _close_list(out, head_items)
                home, gap, former = h, 0, False
                # «… با شهرهای زیر پیمان خواهرخواندگی امضا کرده است:»: a status the head
                # states holds for the items that state none
                head_status = (
                    status_of(b.text) if b.text.rstrip().endswith((":", "：")) else "unknown"
                )
                colon_head = b.text.rstrip().endswith((":", "：")) and "\n" not in b.text.strip()
                continue
        if (
            not items
            and home is not None
            and colon_head
            and b.kind in ("paragraph", "list_item")
            and len(b.text.split()) <= 8
            and "\n" not in b.text.strip()
        ):
            items = [(0, b.text)]  # after "Kyoto's sister cities are:" items may have no numbers
            cont = _continuation(b.text, gazetteer)
            if cont is not None and head_items:
                # «• Gyumri,» then «Armenia» then «(2013)»: the wrapped rest of the last item
                last = out[head_items[-1]]
                if last.year is None and cont is not False:
                    out[head_items[-1]] = last.model_copy(
                        update={"year": cont.gregorian, "date": date_info(cont)}
                    )
                gap = 0
                continue
        if items and home is None:
            # «• Shiraz – Dushanbe, Tajikistan (2007)»: an item that names both cities
            for off, text in items:
                pair = _dash_pair(text, None, gazetteer)
                if pair is None:
                    continue
                first, _, item = pair
                if dash_run and b is not last_item_block and b.kind != "list_item":
                    _close_list(out, dash_run)
                dash_run.append(len(out))
                out.append(
                    Agreement(
                        parties=[first, party_from_item(item)],
                        year=item.year.gregorian if item.year else None,
                        date=date_info(item.year),
                        status=item.status,
                        kind="sister city",
                        source="list",
                        evidence=[evidence(b, off, off + len(text))],
                        confidence=0.85,
                    )
                )
            last_item_block = next_block.get(id(b))
            continue
        if items and home is not None:
            found = 0
            for off, text in items:
                if len(text.split()) > 10:
                    continue  # a sentence, not a «city، country (year)» item
                first = home
                pair = _dash_pair(text, home, gazetteer)
                if pair is not None:
                    first, _, item = pair
                else:
                    item = parse_item(text, gazetteer=gazetteer)
                if (
                    item is None
                    or not _place_like(item)
                    or name_key(item.name) == name_key(first.name)
                ):
                    continue
                found += 1
                head_items.append(len(out))
                out.append(
                    Agreement(
                        parties=[first, party_from_item(item)],
                        year=item.year.gregorian if item.year else None,
                        date=date_info(item.year),
                        status=(
                            "ended"
                            if former and item.status in ("unknown", "formal", "informal")
                            else item.status
                            if item.status != "unknown"
                            else head_status
                        ),
                        kind="sister city",
                        source="list",
                        evidence=[evidence(b, off, off + len(text))],
                        confidence=0.9,
                    )
                )
            gap = 0 if found else gap + 1
            if gap > 1:
                home, former = None, False
            continue
        if home is not None:
            gap += 1
            if gap > 1:
                home = None
    _close_list(out, head_items)
    _close_list(out, dash_run)
    return out


def _continuation(text: str, gazetteer: Any) -> Any:
    """The wrapped rest of a list item: a country and/or a year in parentheses alone
    («Armenia», «(2013)», «Turkey (2008)»). Returns the year (or ``False`` when there
    is none), or ``None`` when *text* is not such a rest."""
    t = text.strip().rstrip(",،;؛")
    m = re.fullmatch(rf"(?P<c>[^\d()]*?)\s*(?:\(\s*(?P<y>{DIGIT}{{4}})\s*\))?", t)
    if not m or not t:
        return None
    c = m.group("c").strip(" ,،")
    if c and not country_code(c, gazetteer, strict=True):
        return None
    if not c and not m.group("y"):
        return None
    if m.group("y"):
        ys = find_years(m.group("y"))
        return ys[0] if ys else False
    return False


def _close_list(out: list[Agreement], idx: list[int]) -> None:
    """Apply the informal-contrast policy (:func:`.tables.contrast_formal`) to one list."""
    from textkit.extract.tables import contrast_formal

    if idx:
        fixed = contrast_formal([out[i] for i in idx])
        for i, a in zip(idx, fixed, strict=True):
            out[i] = a
    idx.clear()


# Words that are never a city in a list item: section words, status words, common nouns.
_NOT_PLACE = re.compile(
    r"^(?:other|links?|ended|suspended|friendship|city|cities|town|towns|list|see|also|"
    r"partnerships?|memorandum|note|notes|sister|twin|total|"
    r"سایر|دیگر|زیر|ذیل|فهرست|شهرها|شهرهای|پیوندها|موارد)\b",
    re.I,
)


def _place_like(item: Any) -> bool:
    """A list item is a place when the gazetteer knows it or it is name + country,
    and its first word is not a common noun or status word."""
    if _NOT_PLACE.match(item.name):
        return False
    return bool(item.gazetteer_id or item.country)


# «Shiraz – Dushanbe, Tajikistan (2007)»: an item naming both sides with a dash.
_DASH_ITEM = re.compile(r"^\s*([^–—\-،,():]{2,40}?)\s+[-–—]\s+(\S.*)$")


def _dash_pair(text: str, home: Party | None, gazetteer: Any) -> tuple[Party, int, Any] | None:
    """(first party, offset of the partner, partner item) for an item «A – B, country»,
    when A is the list's home city or a known city; else ``None``."""
    m = _DASH_ITEM.match(text)
    if not m:
        return None
    a = clean_name(m.group(1))
    if not a or len(a.split()) > 3:
        return None
    item = parse_item(m.group(2), gazetteer=gazetteer)
    if item is None or not _place_like(item):
        return None
    if home is not None and name_key(a) == name_key(home.name):
        return home, m.start(2), item
    gid, en, fa, cc = link_city(a, None, gazetteer)
    if gid is None:
        return None
    latin = a.isascii()
    first = Party(
        name=a,
        name_en=en or (a if latin else None),
        name_fa=fa or (None if latin else a),
        country=cc,
        gazetteer_id=gid,
    )
    return first, m.start(2), item


# The enumeration after a list head inside one sentence: "… sister cities are A, B and C",
# «خواهرخوانده‌های مشهد عبارتند از: A، B و C».
_ENUM = re.compile(
    r"(?:\s(?:are|include|includes|comprise)\s*:?|:|عبارتند\s+از\s*:?|عبارت\u200cاند\s+از\s*:?|شامل\s*:?)\s*(?P<list>.+)$"
)
# Separators of an enumeration: ",", «،», ";", "and", «و».
_ENUM_SEP = re.compile(r"\s*(?:[,،;؛]|\s+and\s+|\s+و\s+)\s*")


def _item_evidence(b: Block, start: int, text: str, s0: int, s1: int) -> Any:
    """The item's own span when it is printed as parsed, else the whole sentence."""
    if b.text[start : start + len(text)] == text:
        return evidence(b, start, start + len(text))
    return evidence(b, s0, s1)


def table_home(blocks: list[Block], index: int, gazetteer: Any) -> Party | None:
    """The home city of the table at *index*, from a head within two blocks before
    it (caption, heading or paragraph) or a caption right after it."""
    for j in range(index - 1, max(-1, index - 4), -1):
        b = blocks[j]
        if b.kind == "table":
            break
        h = home_city_from_text(b.text, gazetteer) if len(b.text) < 400 else None
        if h is not None:
            return h
    if index + 1 < len(blocks) and blocks[index + 1].kind == "caption":
        return home_city_from_text(blocks[index + 1].text, gazetteer)
    return None


def row_to_agreement(
    block: Block, row: list[str], offs: list[int | None], home: Party | None, gazetteer: Any
) -> Agreement | None:
    """One agreement from a row whose cells are a city (or two), a country, a year,
    a status («هرات | افغانستان | ۱۳۸۶ | رسمی»)."""
    places: list[tuple[int, str]] = []
    country = year = None
    status = "unknown"
    for i, cell in enumerate(row):
        c = " ".join(cell.split())
        if not c or re.fullmatch(r"[-–—]+", c):
            continue
        ys = find_years(c)
        if ys and re.fullmatch(rf"[\s(]*{DIGIT}{{4}}(?:[/\-.]{DIGIT}{{1,2}}){{0,2}}[\s)]*", c):
            year = ys[0]
            continue
        if country_code(c, gazetteer):
            country = c
            continue
        st = status_of(c)
        if st != "unknown" and len(c.split()) <= 3:
            status = st
            continue
        pair = re.fullmatch(r"(.{2,40}?)\s+[-–—]\s+(.{2,40})", c)
        if pair and all(len(x.split()) <= 4 for x in pair.groups()) and not re.search(DIGIT, c):
            places += [(i, pair.group(1)), (i, pair.group(2))]  # «اصفهان – فلورانس» in one cell
            continue
        if len(c.split()) <= 4 and not re.search(DIGIT, c):
            places.append((i, c))
    if len(places) == 1 and home is not None:
        i, c = places[0]
        item = parse_item(c if country is None else f"{c}، {country}", gazetteer=gazetteer)
        parties = [home, party_from_item(item)] if item else None
        conf = 0.9
    elif len(places) == 2:
        items = [
            parse_item(places[0][1], gazetteer=gazetteer),
            parse_item(
                places[1][1] if country is None else f"{places[1][1]}، {country}",
                gazetteer=gazetteer,
            ),
        ]
        parties = [party_from_item(x) for x in items if x is not None]
        i = places[0][0]
        conf = 0.85
    else:
        return None
    if not parties or len(parties) != 2 or name_key(parties[0].name) == name_key(parties[1].name):
        return None
    start = offs[i]
    ev = evidence(
        block, start, start + len(row[i].strip()) if start is not None else None, " | ".join(row)
    )
    return Agreement(
        parties=parties,
        year=year.gregorian if year else None,
        date=date_info(year),
        status=status,
        kind="sister city",
        source="table",
        evidence=[ev],
        confidence=conf,
    )

