"""Places in a span of text, linked through the gazetteer — the one linking function.

:class:`Linker` wraps the gazetteer for one document: it finds the gazetteer's
mentions in each block once, links a name as a city (:meth:`Linker.link_city`:
exact names first; a near spelling only when the country is known and the score is
at least :data:`FUZZY_LINK_MIN`), and names countries. :func:`places_in` turns a
span into :class:`~textkit.extract.model.Place` objects:

1. the gazetteer's city, region and country mentions (minus numerals, demonyms and
   words of ``vocab/not_places.tsv``);
2. names the gazetteer does not know, read from context: after a place word
   («شهر X», "the city of X"), after an office («شهرداری X», "mayor of X"), before
   a country («یاسبرین مجارستان», "X, Hungary", "X (Hungary)", «X در مجارستان»);
3. a country or region written right after a city qualifies it (and is not a place
   of its own): «کازان روسیه», "Valencia, Venezuela", «کوردوبا (آرژانتین)», «شهر پچ در
   مجارستان»; a demonym before it does too ("the Polish city of Poznań"). A qualified
   city is linked again within that country, so namesakes are told apart.

Example:
    >>> from textkit.model import Block
    >>> b = Block("b1", 1, "paragraph", "تبریز با شهر کازان روسیه خواهرخوانده شد.")
    >>> [(p.name, p.type, p.country) for p in places_in(b, 0, len(b.text), Linker(None))]
    [('کازان', 'unknown', 'RU')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from textkit.extract.countries import country_code
from textkit.extract.cues import Cue, cue_words, demonym_country, find_cues, fold, read_vocab
from textkit.extract.model import Place, PlaceType, name_key
from textkit.gazetteer.protocol import GazetteerProtocol
from textkit.script import english_words

if TYPE_CHECKING:
    from textkit.gazetteer import Entry, Mention
    from textkit.model import Block

__all__ = [
    "FUZZY_LINK_MIN",
    "GazetteerLike",
    "Linker",
    "common_english_word",
    "is_function_word",
    "is_given_name",
    "is_not_place",
    "licensed_places",
    "named_place",
    "places_in",
    "plausible_name",
    "read_name",
]

#: A near spelling is linked only with a known country and at least this score: at 0.90
#: a known city under a new spelling is found 79–80 % of the time at 95–96 % precision,
#: and a town missing from the gazetteer is wrongly linked 14 % of the time
#: (``tests/bench/bench_gazetteer.py --translit``).
FUZZY_LINK_MIN = 0.90


#: What extraction asks of the gazetteer (see :mod:`textkit.gazetteer.protocol`).
GazetteerLike = GazetteerProtocol


@cache
def _word_set(file: str) -> frozenset[str]:
    return frozenset(fold(r[1]).text for r in read_vocab(file))


def is_function_word(word: str) -> bool:
    """A word that is never part of a place name («و», «در», "the", "city").

    Example:
        >>> is_function_word("The"), is_function_word("Kazan")
        (True, False)
    """
    return fold(word).text in _word_set("function_words.tsv")


def is_given_name(word: str) -> bool:
    """A common given name: a name that opens with it is a person's, not a place's.

    Example:
        >>> is_given_name("غلامرضا"), is_given_name("Shiraz")
        (True, False)
    """
    return fold(word.strip()).text in _word_set("given_names.tsv")


def is_not_place(word: str) -> bool:
    """A word the gazetteer knows as a place that running text almost never means as one."""
    return fold(word.strip()).text in _word_set("not_places.tsv")


class Linker:
    """The gazetteer, as extraction uses it, for one document (caches per document).

    Args:
        gazetteer: a loaded gazetteer, or ``None`` to read places from context only.
    """

    def __init__(self, gazetteer: GazetteerLike | None) -> None:
        self.gazetteer = gazetteer
        self._mentions: dict[str, list[Mention]] = {}
        self._cities: dict[tuple[str, str | None], tuple[Entry | None, float]] = {}
        self._countries: dict[str, str | None] = {}
        self._regions: dict[str, bool] = {}
        #: (block id, start, end) of names read as another place's qualifier ("Ankara"
        #: in "Çankaya district in Ankara") or barred («ایستگاه راه آهن پاریس»): no
        #: party there, even if named elsewhere
        self.qualifiers: set[tuple[str, int, int]] = set()

    def mentions(self, block: Block) -> list[Mention]:
        """The gazetteer's mentions in *block* (computed once per block)."""
        if self.gazetteer is None:
            return []
        key = f"{block.id}\x00{len(block.text)}\x00{hash(block.text)}"
        if key not in self._mentions:
            self._mentions[key] = self.gazetteer.find_mentions(block.text)
        return self._mentions[key]

    def link_city(self, name: str, country: str | None = None) -> tuple[Entry | None, float]:
        """The city *name* denotes (within *country* when given), and the link score.

        Exact names first; a near spelling only when *country* is known and the match
        scores at least :data:`FUZZY_LINK_MIN` («ترابزون» → Trabzon), so an unknown
        town does not borrow a neighbour's id.
        """
        if self.gazetteer is None or not name.strip():
            return None, 0.0
        key = (name, country)
        if key not in self._cities:
            self._cities[key] = self._link_city(name, country)
        return self._cities[key]

    def _link_city(self, name: str, country: str | None) -> tuple[Entry | None, float]:
        assert self.gazetteer is not None
        matches = self.gazetteer.lookup(name, country=country, type="city", fuzzy=False, limit=3)
        if not matches and "-" in name.strip("-"):
            # «تل آویو-یافا», "Stratford-upon-Avon" is whole; "Tel Aviv-Yafo" by its head
            head = name.split("-")[0]
            matches = self.gazetteer.lookup(
                head, country=country, type="city", fuzzy=False, limit=3
            )
        if not matches and country is not None and len(name_key(name)) >= 4:
            matches = self.gazetteer.lookup(name, country=country, type="city", limit=3)
        for m in matches:
            e = m.entry
            if m.exact and (country is None or e.country == country):
                return e, 1.0
            if country is not None and e.country == country and m.score >= FUZZY_LINK_MIN:
                return e, m.score
        return None, 0.0

    def region_named(self, name: str) -> bool:
        """Whether a region (province, state) is called exactly *name* («بصره», "Basra")."""
        if self.gazetteer is None:
            return False
        if name not in self._regions:
            hits = self.gazetteer.lookup(name, type="region", fuzzy=False, limit=1)
            self._regions[name] = bool(hits and hits[0].exact)
        return self._regions[name]

    def country_code(self, name: str) -> str | None:
        """ISO code of a country name (Persian or English), else ``None``."""
        key = name_key(name)
        if not key:
            return None
        if key not in self._countries:
            from textkit.extract.countries import country_code

            code = country_code(name)
            if code is None and self.gazetteer is not None and len(key) > 3:
                hits = self.gazetteer.lookup(name, type="country", fuzzy=False, limit=1)
                code = hits[0].entry.country if hits and hits[0].exact else None
            self._countries[key] = code
        return self._countries[key]


# --- reading names from context ----------------------------------------------------

# A word of a name: letters (with ZWNJ, apostrophes and hyphens inside: "Xi’an",
# "Stratford-upon-Avon", «سی‌ینا») or a dotted abbreviation ("St.").
_WORD = re.compile(r"[^\W\d_](?:(?:[^\W\d_]|[\u200c'’\-])*[^\W\d_])?\.?")
# What ends a name: punctuation, digits, quotes and brackets.
_HARD_STOP = re.compile(r"[،,.;؛:!?؟()\[\]«»\"“”/|0-9\u06f0-\u06f9\n]")
_MAX_WORDS = 3


# A compass word that opens a name: "West Yorkshire", "North Rhine-Westphalia".
_COMPASS = re.compile(r"(?:North|South|East|West)(?:-?(?:east|west|East|West))?")


def _compass_opens_name(text: str, m: re.Match[str], limit: int) -> bool:
    """Whether the compass word *m* is followed by a capitalised name word ("West
    Bromwich"), not by a country ("North-West Iran")."""
    if not _COMPASS.fullmatch(m.group()):
        return False
    nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    return (
        nxt is not None
        and nxt.end() <= limit
        and nxt.group()[:1].isupper()
        and not is_function_word(nxt.group())
        and country_code(nxt.group()) is None
    )


def _ends_name(word: str, words: list[tuple[int, int]], text: str) -> bool:
    """Whether a common Persian *word* after a name's first words ends the name (a
    particle such as «سن» in «سن پترزبورگ» does not)."""
    first = text[words[0][0] : words[0][1]]
    if word in _NAME_ENDINGS:
        return False  # «اسعد آباد», «قلعه نو»: the second word of a place name
    return first not in _NAME_PARTICLES and _common_persian(word)


# Words that end Persian place names written apart: «اسعد آباد», «خرم شهر», «بتی کوت».
_NAME_ENDINGS = frozenset(["آباد", "اباد", "شهر", "کوت", "دشت", "کند", "سرا", "نو"])


def _is_name_word(word: str, lang: str) -> bool:
    w = word.rstrip(".")
    if not w or is_function_word(w) or is_function_word(w.split("\u200c")[0]):
        return False
    if lang == "en" and fold(w).text in _cue_words():
        return False  # "Twinning City Relations"
    if w.endswith(("\u200cهای", "\u200cها")):  # a plural is not a name: «شهرداری‌های»
        return False
    if lang == "fa" and len(w) >= 5 and w.endswith(("های", "هایی")):
        return False  # «مرزهای»: a plural written without its ZWNJ
    if lang == "en":
        return w[0].isupper() or w.lower() in ("de", "la", "del", "upon", "on", "am", "an")
    # Persian: no verbs («می…», «…شد») and nothing the cue vocabulary knows
    return not (w.startswith(("می", "نمی")) or fold(w).text in _cue_words())


@cache
def _cue_words() -> frozenset[str]:
    return cue_words()


#: How far back :func:`read_name` looks for a name's words (characters).
_WINDOW = 160


def read_name(
    text: str,
    pos: int,
    *,
    forward: bool,
    limit: int | None = None,
    stop: Callable[[str], bool] | None = None,
    cut_common: bool = False,
) -> tuple[int, int] | None:
    """The span of a name written right after (``forward``) or right before *pos*:
    up to three name words, stopping at punctuation, digits, function words and
    words for which *stop* says yes (a country name, say). With ``cut_common`` (where
    only a name can stand, «میان X و Y») a Persian name also ends before a common word.

    Example:
        >>> t = "شهرداری های یاسبرین مجارستان"
        >>> s, e = read_name(t, t.index("مجارستان"), forward=False)
        >>> t[s:e]
        'یاسبرین'
        >>> t = "the city of Stratford-upon-Avon, England"
        >>> s, e = read_name(t, t.index("Strat"), forward=True)
        >>> t[s:e]
        'Stratford-upon-Avon'
    """
    limit = len(text) if limit is None else limit
    if forward:
        words = _words_forward(text, pos, limit, stop, cut_common=cut_common)
    else:
        words = _words_backward(text, pos, stop)
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    if text[end - 1 : end] == "." and not text[start:end].startswith("St."):
        end -= 1
    return start, end


Stop = Callable[[str], bool] | None


def _words_forward(
    text: str, pos: int, limit: int, stop: Stop, *, cut_common: bool
) -> list[tuple[int, int]]:
    words: list[tuple[int, int]] = []
    i = pos
    while len(words) < _MAX_WORDS:
        while i < limit and text[i] in " \u200c\t":
            i += 1
        m = _WORD.match(text, i)
        if not m or m.end() > limit:
            break
        lang = "en" if m.group().isascii() else "fa"
        named = _is_name_word(m.group(), lang) and not (stop is not None and stop(m.group()))
        if not named and (words or not _compass_opens_name(text, m, limit)):
            break  # a compass word may open a name: "West Bromwich"
        if cut_common and words and lang == "fa" and _ends_name(m.group(), words, text):
            break  # «میان بندرعباس و آکتائو مورد تأکید»: the name ends before a common word
        words.append((m.start(), m.end()))
        i = m.end()
        if i < limit and _HARD_STOP.match(text, i) and text[i] != ".":
            break
    return words


def _words_backward(text: str, pos: int, stop: Stop) -> list[tuple[int, int]]:
    words: list[tuple[int, int]] = []
    # a name is a few words: read back over a window, not the whole block (linear cost)
    lo = max(0, pos - _WINDOW)
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, pos)]
    if spans and spans[0][0] == lo and pos > _WINDOW:
        spans = spans[1:]  # the window may cut a word: leave it out
    for s, e in reversed(spans):
        gap = text[e : words[0][0] if words else pos]
        if _HARD_STOP.search(gap.replace(".", "")) or len(words) >= _MAX_WORDS:
            break
        w = text[s:e]
        if not _is_name_word(w, "en" if w.isascii() else "fa") or (stop and stop(w)):
            if words and _COMPASS.fullmatch(w) and text[e : words[0][0]] == " ":
                words.insert(0, (s, e))  # "West Yorkshire": a compass word opens it
            break
        if words and not w.isascii() and w not in _NAME_PARTICLES and _common_persian(w):
            break  # «مثال پیتمبورگ»: the name starts after the common word
        words.insert(0, (s, e))
    return words


# --- places in a span ------------------------------------------------------------------

_TYPES: dict[str, PlaceType] = {"city": "city", "region": "region", "country": "country"}
# Between a city and the country that qualifies it: "X, Hungary", "X (Hungary)",
# «X در مجارستان», «X از تاجیکستان», «X در کشور چین», «X Hungary», "X in Hungary".
_QUALIFIER_GAP = re.compile(
    r"^ی?[0-9\u06f0-\u06f9^]*[»”\"]?(?:\s*[,،]\s*(?:شهری|a\s+city|a\s+town)\s+(?:در|in)\s+|\s*[,،(]\s*(?:(?:in|در)\s+(?:the\s+state\s+of\s+)?)?"
    r"|(?:\s+(?:city|town))?\s+(?:در|از|in|of)\s+(?:the\s+)?(?:(?:کشور|استان|ایالت|اقلیم|منطقه)\s+|(?:state|province|region)\s+of\s+)?"
    r"|\s+(?:کشور\s+|پایتخت\s+(?:کشور\s+)?)?|\s*[-–]\s*)$",
    re.I,
)
# The same gap read backwards from a country, to find the name before it.
_GAP_BEFORE = re.compile(
    r"[0-9\u06f0-\u06f9^]*(?:\s*[,،]\s*(?:شهری|a\s+city|a\s+town)\s+(?:در|in)\s+"
    r"|[»”\"]?\s*[,،(]\s*|\s+(?:در|از|in)\s+(?:the\s+)?(?:کشور\s+)?"
    r"|\s+(?:کشور|پایتخت(?:\s+کشور)?)\s+|[»”\"]?\s+)$",
    re.I,
)
# A web address or an e-mail: names inside it are not mentions.
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.I)
# Weekday readings of city names: «دوشنبه، ۱۹ تیر» (Monday) is not Dushanbe.
_WEEKDAY_NAMES = frozenset({"دوشنبه", "Dushanbe"})
_WEEKDAY_CONTEXT = re.compile(r"\s*[،,]?\s*[0-9\u06f0-\u06f9]")


def _is_weekday(text: str, start: int, end: int) -> bool:
    """«دوشنبه، ۱۹ تیر», «روز دوشنبه»: the weekday, not the city that shares its name."""
    return text[start:end] in _WEEKDAY_NAMES and (
        _WEEKDAY_CONTEXT.match(text, end) is not None or "روز" in text[max(0, start - 6) : start]
    )


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    type: PlaceType
    entry: Entry | None
    score: float
    country: str | None = None
    region: str | None = None
    qualifier: bool = False
    qualified: bool = False
    cued: bool = False  # read right after a place word («شهر بم»)


def _mention_items(block: Block, start: int, end: int, linker: Linker) -> list[_Item]:
    out = []
    text = block.text
    for m in linker.mentions(block):
        if m.start < start or m.end > end:
            continue
        ptype = _TYPES.get(m.type.lower())
        if ptype is None or is_not_place(m.text) or demonym_country(m.text):
            continue
        if m.text.isascii() and (is_function_word(m.text) or m.text[:1].islower()):
            continue  # "From Wikipedia", "can", "far": words, not the towns so named
        if m.score < 1.0 and not m.text.isascii() and _common_persian(m.text):
            continue  # «واژه شهر مؤنث است»: a near spelling of a town is a common word
        words = m.text.split()
        own_name = m.text.isascii() and m.score >= 1.0 and _names_entry(m.text, m.entry)
        if (
            len(words) > 1
            and words[0].lower() != "the"
            and is_function_word(words[0])
            and not own_name  # "Council Bluffs" is the town's own name
        ):
            lead = _PLACE_WORD_LEAD.match(m.text)
            if lead is None or not _names_entry(m.text[lead.end() :], m.entry):
                if lead is None:
                    continue  # «بین Castellabate» read as Abano Terme: no name starts with «بین»
            else:
                # «بندر بوشهر», «شهر کویت»: an alias with its place word; the name is the
                # rest («بندر عباس» stays whole: «عباس» alone is not Bandar Abbas)
                m = replace(m, start=m.start + lead.end(), text=m.text[lead.end() :])
        if _is_weekday(text, m.start, m.end):
            continue  # «دوشنبه، ۱۹ تیر ۱۴۰۲», «روز دوشنبه»: Monday, not Dushanbe
        if ptype == "city" and not _CITY_WORD.search(text, max(0, m.start - 12), m.start):
            cc = linker.country_code(m.text)
            if cc is not None:  # «کشور عمان», «عراق، سوریه و عمان»: Oman, not Amman
                out.append(_Item(m.start, m.end, "country", None, 1.0, cc))
                continue
        if m.text.isascii() and _PERSON_OR_COMPOUND.match(text, m.end):
            continue  # "Chen Haosu, president", "Chen said", "Pre-taped"
        if m.text.isascii() and _inside_proper_name(text, m.start, m.end):
            continue  # "People's Republic", "Panorama Museum", "Puerto Morelos"
        country = m.entry.country if ptype != "unknown" else None
        out.append(_Item(m.start, m.end, ptype, m.entry, m.score, country))
    return out


def _names_entry(name: str, entry: Entry) -> bool:
    """Whether *name* is the entry's own name or one of its aliases (letters folded)."""
    key = name_key(name)
    return any(name_key(n) == key for n in (entry.name_fa, entry.name_en, *entry.aliases) if n)


# A place word that opens an alias of the gazetteer («بندر بوشهر», «شهر کویت», "City of …").
_PLACE_WORD_LEAD = re.compile(r"(?:شهر|بندر|کلانشهر|city\s+of|port\s+of)\s+", re.I)

# Before a name that is also a country's: the city is meant («شهر کویت», "Kuwait City" is
# matched whole); otherwise the name is read as the country.
_CITY_WORD = re.compile(r"(?:شهر|city\s+of|town\s+of)\s+$", re.I)

# Capitalised words that may stand next to a place name without making a longer name.
_NEIGHBOURS = frozenset(
    [
        "city",
        "town",
        "municipality",
        "province",
        "county",
        "prefecture",
        "state",
        "region",
        "district",
        "metropolitan",
        "council",
        "mayor",
        "island",
        "shire",
        "borough",
        "sister",
        "sister-city",
        "twin",
        "partner",
        "friendship",
        "the",
        "in",
        "of",
        "and",
        "with",
        "to",
        "from",
        "mr",
        "mrs",
        "governor",
        "officials",
        "delegation",
    ]
)
_CAP_WORD = re.compile(r"[A-Z][\w'’\-]*")


def _inside_proper_name(text: str, start: int, end: int) -> bool:
    """Whether an English mention is one word of a longer capitalised name that it does
    not cover ("People's Republic of China", "Panorama Museum", "Puerto Morelos"); a
    line written in title case ("Tabriz Signs Sister City Deal") says nothing."""
    # the line, or 1,000 characters each side on a long one (a cost per mention, not per line)
    lo, hi = max(0, start - 1000), min(len(text), end + 1000)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, hi)
    line = text[max(line_start, lo) : line_end if line_end >= 0 else hi]
    words = re.findall(r"[A-Za-z][\w'’\-]*", line)
    if words and sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return False
    from textkit.gazetteer.match import nationality_adjective  # the matcher's own test

    after = re.match(r" ([A-Z][\w'’\-]*)", text[end : end + 40])
    before = re.search(r"([A-Z][\w'’\-]*) $", text[max(0, start - 40) : start])
    if before and before.group(1).endswith(("'s", "’s")):
        before = None  # "China's Tianjin": a possessive qualifies, it is not part of the name
    for m in (after, before):
        if (
            m
            and m.group(1).lower() not in _NEIGHBOURS
            and country_code(m.group(1)) is None
            and demonym_country(m.group(1)) is None  # "Italian Padua"
            and not (m is before and nationality_adjective(m.group(1)))
        ):  # "Crimean Simferopol": an adjective of a people or region before the name
            return True  # "Shenzhen China 2007.5.17": a country next to it is no longer name
    return False


# After an English name: a hyphen and a small letter ("Pre-taped"), a speech verb
# ("Chen said"), or a capitalised word that is no place word ("Chen Haosu"): a word
# part or a person, not a place.
_PERSON_OR_COMPOUND = re.compile(
    r"-[a-z]|\s+(?:said|says|told|added|noted|stated|explained)\b"
    # "the Newport-Balboa Rotary Club", "Cambridge Rotary Club": a body named after the town
    r"|(?:-[A-Z][\w'’]+)?(?:\s+[A-Z][\w'’]+)?\s+(?:Rotary|Lions|Club|Association|Society|"
    r"University|College|Company|Foundation|Institute|Chamber|Hotel|Airport|Stadium)\b"
    r"|\s+(?!(?:City|Town|Municipality|Province|County|Prefecture|State|Region|District|"
    r"Metropolitan|Council|Mayor|Island|Shire|Borough|Sister|Twin|Partner|Friendship|Signs?|"
    r"Signed|Becomes?|Became|And|To|In|On|With)\b)[A-Z][a-z]+\b(?=\s*,\s*[a-z])"
)


# A Persian name ending in a long vowel, written with its ezafe «ی» before what qualifies it:
# «آنکارای ترکیه», «باکوی آذربایجان», «دامبوویتای رومانی».
_EZAFE_WORD = re.compile(r"(?<![\w\u200c])([\u0621-\u06cc]{2,}[اوآ])ی(?![\w\u200c])")


def _ezafe_items(
    block: Block, start: int, end: int, items: list[_Item], linker: Linker
) -> list[_Item]:
    """Cities the gazetteer misses for their ezafe «ی»: the name without it is a city's
    own name, and a country, or a place word before it, says a place is meant."""
    text = block.text
    out: list[_Item] = []
    for m in _EZAFE_WORD.finditer(text, start, end):
        if any(it.start < m.end() and it.end > m.start() for it in items):
            continue
        entry, score = linker.link_city(m.group(1))
        if entry is None or score < 1.0:
            continue
        after = _country_after(text, m.end(), linker)
        placed = _CITY_WORD.search(text, max(0, m.start() - 12), m.start()) is not None
        if after is None and not placed:
            continue
        if after is None and (_common_persian(m.group()) or _common_persian(m.group(1))):
            continue  # «این دو شهر دارای تشابهات»: "having", not Daraa
        out.append(_Item(m.start(1), m.end(1), "city", entry, score, entry.country))
    return out


def _drop_ezafe(text: str, items: list[_Item]) -> None:
    """A name read from context ends before its ezafe «ی» («دامبوویتای» → «دامبوویتا»)."""
    for it in items:
        m = _EZAFE_WORD.fullmatch(text, it.start, it.end) or _EZAFE_WORD.search(
            text, max(it.start, it.end - 40), it.end
        )
        if m is not None and m.end() == it.end:
            it.end = m.end(1)


def _named_city(text: str, it: _Item, linker: Linker) -> bool:
    """A name after a place word that is a common word too is a city when it is exactly
    a city's Persian name: «شهر بم» (Bam), «شهر بوشهر»; «شهر زیبا» stays a phrase."""
    if not it.cued:
        return False
    name = text[it.start : it.end]
    entry, score = linker.link_city(name)
    if entry is None or score < 1.0 or entry.name_fa.replace("\u200c", "") != name:
        return False
    it.entry, it.score, it.type, it.country = entry, score, "city", entry.country
    return True


# A Persian adjective right after a place word: «شهر تاریخی بم», «شهر مقدس مشهد».
_ADJECTIVE_AFTER_PLACE_WORD = re.compile(r"\s+([\u0600-\u06ff]{3,}(?:ی|یِ))(?=\s)")


def _context_items(
    block: Block, start: int, end: int, cues: list[Cue], items: list[_Item], linker: Linker
) -> list[_Item]:
    """Names the gazetteer missed, read after place words and offices and before countries."""
    text = block.text
    taken = [(it.start, it.end) for it in items]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def stop(word: str) -> bool:
        return linker.country_code(word) is not None or demonym_country(word) is not None

    def next_taken(pos: int) -> int:
        return min([a for a, _ in taken if a >= pos], default=end)

    found: list[_Item] = []
    for cue in cues:
        if cue.role not in ("place_word", "subject") or not start <= cue.start < end:
            continue
        if cue.role == "subject" and text[cue.start : cue.end].isascii():
            continue  # "Honorable Mayor": English offices name people, not places
        if cue.value in ("before", "region"):
            span = _name_after_cue(text, cue, next_taken, stop, linker)
        else:
            span = read_name(text, cue.start, forward=False, stop=stop)
            span = span if span and span[0] >= start else None
        kind: PlaceType = "region" if cue.value == "region" else "unknown"
        if span and free(*span):
            # «استان فوجیان», "the province of Gelderland": a region, never linked as a city
            found.append(_Item(span[0], span[1], kind, None, 0.0, cued=cue.role == "place_word"))
            taken.append(span)
        if cue.value == "before" and _PLURAL_CUE.search(text, cue.start, cue.end):
            # «شاروالی های اسعد آباد و ایبک», «شهرهای یزد و خجند»: each name after the first
            at = _SPACES.match(text, cue.end).end()  # type: ignore[union-attr]
            first = span or next(((a, b) for a, b in taken if a == at), None)
            for more in _names_after(text, first[1], next_taken, stop) if first else []:
                if not free(*more) or linker.link_city(text[more[0] : more[1]])[1] < 1.0:
                    break  # «… و ایبک، متنفذین، جوانان و زنان»: only known names go on
                found.append(_Item(more[0], more[1], kind, None, 0.0))
                taken.append(more)
    for it in items:
        if it.type in ("country", "region"):
            _name_qualified_by(text, start, it, found, taken, free, stop, linker)
    return found


def _name_qualified_by(
    text: str,
    start: int,
    it: _Item,
    found: list[_Item],
    taken: list[tuple[int, int]],
    free: Callable[[int, int], bool],
    stop: Stop,
    linker: Linker,
) -> None:
    """The name written right before the country or region *it* («کازان روسیه»)."""
    window = max(0, it.start - 16)
    gap = _GAP_BEFORE.search(text, window, it.start)
    if gap is None or (it.type == "region" and "," not in gap.group()):
        return  # a region qualifies across a comma only: "Keighley, England"
    span = _name_before(text, gap.start(), stop)
    if (
        span
        and span[0] >= start
        and free(*span)
        and _QUALIFIER_GAP.match(text[span[1] : it.start])
        and not _adjective_before_country(text[span[0] : span[1]], text[span[1] : it.start])
    ):
        found.append(_Item(span[0], span[1], "unknown", None, 0.0))
        taken.append(span)
        _chain_before(text, start, found, linker, free, taken)


def _name_after_cue(
    text: str, cue: Cue, next_taken: Callable[[int], int], stop: Stop, linker: Linker
) -> tuple[int, int] | None:
    """The name read after a place word or office; ``None`` when there is none, or when
    an adjective stands between and what follows is no city's own name."""
    at = cue.end
    adj = _ADJECTIVE_AFTER_PLACE_WORD.match(text, at)
    skipped = (
        adj is not None
        and text[cue.start : cue.end] in ("شهر", "بندر", "کلانشهر")
        and _common_persian(adj.group(1))
    )
    if skipped and adj is not None:
        at = adj.end()  # «شهر تاریخی بم», «شهر بندری X»: an adjective, then the name
    span = read_name(text, at, forward=True, limit=next_taken(at), stop=stop, cut_common=True)
    probe = _Item(*span, "unknown", None, 0.0, cued=True) if span else None
    if skipped and probe is not None and not _named_city(text, probe, linker):
        return None  # after an adjective only a city's own name is read
    return span


_SPACES = re.compile(r"\s*")
_AND_NEXT_PLACE = re.compile(r"\s+(?:و|and)\s+")


# A plural office or place word: «شهرداری‌های», «شاروالی های», «شهرداران», «شهرهای».
_PLURAL_CUE = re.compile(r"(?:ها|های|ان)\s*$")
_AND_NEXT = re.compile(r"\s*(?:[،,]\s*(?:و\s+)?|\s+و\s+)")


def _names_after(
    text: str, pos: int, next_taken: Callable[[int], int], stop: Stop
) -> list[tuple[int, int]]:
    """The names that follow a name read after a plural cue: «X و Y», «X، Y و Z»."""
    out = []
    for _ in range(4):
        m = _AND_NEXT.match(text, pos)
        if m is None:
            break
        span = read_name(
            text, m.end(), forward=True, limit=next_taken(m.end()), stop=stop, cut_common=True
        )
        if span is None or span[0] != m.end():
            break
        out.append(span)
        pos = span[1]
    return out


def _chain_before(
    text: str,
    start: int,
    found: list[_Item],
    linker: Linker,
    free: Callable[[int, int], bool],
    taken: list[tuple[int, int]],
) -> None:
    """ "Keighley, West Yorkshire, England": an English name read before a country may
    itself qualify a name before it, across a comma; then it is a region."""
    last = found[-1]
    name = text[last.start : last.end]
    if not name.isascii():
        return
    gap = re.search(r",\s*$", text[max(start, last.start - 3) : last.start])
    if gap is None:
        return
    span = read_name(text, last.start - len(gap.group()), forward=False)
    if span is None or span[0] < start or not free(*span):
        return
    before = text[span[0] : span[1]]
    if not plausible_name(before) or linker.country_code(before) is not None:
        return
    last.type = "region"
    found.append(_Item(span[0], span[1], "unknown", None, 0.0))
    taken.append(span)


def _name_before(text: str, pos: int, stop: Stop) -> tuple[int, int] | None:
    """The name written right before a country at *pos*, without an ezafe «ی» after a
    vowel («آنکونای ایتالیا»: the name is «آنکونا»)."""
    span = read_name(text, pos, forward=False, stop=stop)
    if span and _vowel_ezafe(text[span[0] : span[1]]):
        return span[0], span[1] - 1
    return span


def _vowel_ezafe(name: str) -> bool:
    """«آنکونای», «باکوی»: a one-word name that ends in a vowel, then the ezafe «ی» that
    joins it to its country; not a common word in «ای» («سینمای ایران»)."""
    if " " in name or name.isascii() or not re.search(r"[او]ی$", name):
        return False
    stem = name[:-1]
    return len(stem) > 2 and not _common_persian(stem) and not is_given_name(stem)


def _adjective_before_country(name: str, gap: str) -> bool:
    """«هیات پارلمانی ایران»: a Persian word in «ی» joined to a country by a bare space
    (an ezafe) is an adjective of the country's, not a place in it."""
    if is_given_name(name.split()[0]) and len(name.split()) > 1:
        return True  # «غلامرضا تاجگردون در تانزانیا»: a person in a country
    return not gap.strip() and not name.isascii() and name.endswith("ی")


# The words after a place that may name its country: "(Hungary)", «در کشور چین», «روسیه».
_AFTER = re.compile(
    r"[0-9\u06f0-\u06f9^]*[»”\"]?(?:\s*[,،]\s*(?:شهری|a\s+city|a\s+town)\s+(?:در|in)\s+|\s*[,،(]\s*|\s+(?:در|از|in)\s+(?:کشور\s+)?|\s+(?:پایتخت\s+)?)"
    r"([^\W\d_]+(?:\s[^\W\d_]+)?)"
)


def _country_after(text: str, pos: int, linker: Linker) -> str | None:
    """The country named right after *pos* (one or two words), if any."""
    m = _AFTER.match(text, pos)
    if not m:
        return None
    words = m.group(1).split()
    for n in (2, 1):
        if len(words) >= n and (cc := linker.country_code(" ".join(words[:n]))):
            return cc
    return None


# "Çankaya district in Ankara", "Amasya's Merzifon district": a district and its city.
_DISTRICT_IN = re.compile(r"\s+(?:district|borough|ward)\s+(?:in|of)\s+", re.I)
_DISTRICT_OF = re.compile(r"['’]s\s+", re.I)
_DISTRICT_AFTER = re.compile(r"\s+(?:district|borough|ward)\b", re.I)


def _district_of(text: str, a: _Item, b: _Item) -> bool:
    """Whether one of two neighbouring places is a district and the other its city;
    the city then only qualifies the district (it is no party of its own)."""
    if a.type == "country" or b.type == "country":
        return False
    if _DISTRICT_IN.fullmatch(text, a.end, b.start):
        city, district = b, a
    elif _DISTRICT_OF.fullmatch(text, a.end, b.start) and _DISTRICT_AFTER.match(text, b.end):
        city, district = a, b
    else:
        return False
    city.qualifier = True
    district.qualified = True
    district.region = text[city.start : city.end]
    if district.country is None:
        district.country = city.entry.country if city.entry else city.country
    return True


def _qualify(text: str, a: _Item, b: _Item) -> None:
    """*b*, a country or region written right after the place *a*, qualifies it."""
    if a.type in ("country",) or b.type not in ("country", "region"):
        return
    if not _QUALIFIER_GAP.match(text[a.end : b.start]):
        return
    a.qualified = True
    if b.type == "country":
        a.country = b.entry.country if b.entry else (b.country or a.country)
    else:
        a.region = text[b.start : b.end]
        if b.qualified and b.country:
            a.country = b.country
        elif b.entry is not None and b.entry.country:
            a.country = b.entry.country
    b.qualifier = True


def _attach_qualifiers(text: str, items: list[_Item], linker: Linker) -> None:
    """A country or region right after a city qualifies it; a demonym right before
    a place word before it ("the Polish city of X") does too."""
    items.sort(key=lambda it: it.start)
    # right to left, so a region's own qualifier comes first: «سلیمانیه در اقلیم کردستان
    # عراق» is in Iraq, whatever other Kurdistan the gazetteer knows
    for a, b in reversed(list(pairwise(items))):
        if not _district_of(text, a, b):
            _qualify(text, a, b)
    for it in items:
        if it.type == "country":
            continue
        if it.country is None or it.type == "unknown" or not it.qualified:
            after = _country_after(text, it.end, linker)
            if after is not None:
                it.country, it.qualified = after, True
        before = text[max(0, it.start - 40) : it.start]
        m = re.search(
            r"([A-Za-z\u0600-\u06ff]+)\s+(?:city|town|village|port)(?:\s+of)?\s*$", before
        )
        if m and (cc := demonym_country(m.group(1))):
            it.country, it.qualified = it.country or cc, True
    for it in items:
        if (
            it.type in ("city", "unknown")
            and it.country
            and not it.qualifier
            and (it.entry is None or it.entry.country != it.country)
        ):
            entry, score = linker.link_city(text[it.start : it.end], it.country)
            if entry is not None:
                it.entry, it.score, it.type = entry, score, "city"


def places_in(block: Block, start: int, end: int, linker: Linker) -> list[Place]:
    """The places named in ``block.text[start:end]``, in text order (see the module doc).

    Countries that only qualify a city are left out; a country standing alone is kept
    (type ``country``), so callers can tell "twinned with Lyon, France" from a tie
    between two countries.
    """
    text = block.text
    cues = find_cues(text[start:end], ("place_word", "subject", "non_party"))
    cues = [Cue(c.role, c.value, c.start + start, c.end + start, c.pattern) for c in cues]
    items = _mention_items(block, start, end, linker)
    items += _ezafe_items(block, start, end, items, linker)
    context = _context_items(block, start, end, cues, items, linker)
    _drop_ezafe(text, context)
    items += [
        it
        for it in context
        if plausible_name(text[it.start : it.end]) or _named_city(text, it, linker)
    ]
    _attach_qualifiers(text, items, linker)
    barred = [c.end for c in cues if c.role == "non_party"]
    urls = [(m.start(), m.end()) for m in _URL.finditer(text, start, end)]
    out = []
    for it in sorted(items, key=lambda it: it.start):
        if it.qualifier:
            linker.qualifiers.add((block.id, it.start, it.end))
            continue
        if any(0 <= it.start - b <= 3 for b in barred):
            # «ایستگاه راه آهن پاریس و تهران»: the place coordinated with a barred one
            # is barred too
            nxt = _AND_NEXT_PLACE.match(text, it.end)
            if nxt is not None:
                barred.append(nxt.end())
            linker.qualifiers.add((block.id, it.start, it.end))
            continue
        if any(a <= it.start < b for a, b in urls):
            continue  # «…/news/19376/شهر-نانجینگ-چین-هم-خواهرخوانده-شیراز»: an address
        name = text[it.start : it.end]
        if len(name) > 1 and name.isupper() and name.isascii() and it.type != "country":
            continue  # "TEHRAN –" (a dateline), "IRNA" (an acronym)
        entry, score = it.entry, it.score
        if entry is None and it.type == "unknown":
            entry, score = linker.link_city(name, it.country)
        ptype: PlaceType = it.type if entry is None or it.type != "unknown" else "city"
        country = it.country or (entry.country if entry is not None else None)
        out.append(
            Place(
                name=name,
                block=block.id,
                start=it.start,
                end=it.end,
                type=ptype,
                entry=entry,
                country=country,
                region=it.region,
                score=score,
                qualified=it.qualified,
            )
        )
    return out


def common_english_word(name: str) -> bool:
    """A one-word English name that is a common word ("Exchange", "Cultural"): as a list
    item no gazetteer knows, it starts a phrase ("Exchange of experts"), not a town's name
    (a town so named, Dull or Boring, is still read where a construction names it).
    A name of several words is common when each is ("Staff Presentation")."""
    words = name.split()
    if not name.isascii() or not words:
        return False
    if len(words) == 1:
        return name.casefold() in english_words()
    return all(w.casefold() in english_words() or is_function_word(w) for w in words) and any(
        len(w) >= 5 for w in words
    )


def plausible_name(name: str, *, strict: bool = True) -> bool:
    """Whether an unlinked name read from context may be a place: English names are
    capitalised; no word of a Persian one is a common Persian word or a verb
    («گفت», «خارجی», «زیادی» after «شهرهای»). With ``strict=False`` (a construction
    that only places fill, «بین X و Y») only verbs are refused, since the common-word
    list also holds famous names («توکیو»)."""
    words = name.split()
    if _CONTRACTION.search(name) or name in ("I", "I’m", "I'm"):
        return False  # "and I’m ready": a pronoun, not a town
    if _OTHER_SCRIPT.search(name):
        return False  # «홈» (Korean "home"): a script textkit does not read names in
    if name.endswith("ست") and len(words) == 1 and country_code(name[:-2]) is not None:
        return False  # «ایتالیاست» (Italy + «است», "is"): a country, not a town
    if demonym_country(name) is not None or is_not_place(name):
        return False  # "Iranian", «تاجیک»: people, not places; «یکی», "Africa"
    if len(words) == 2 and words[1] in ("آباد", "اباد"):
        return True  # «اسعد آباد», «حسن آباد»: «آباد» written apart ends a place's name
    if len(words) > 1 and is_given_name(words[0]):
        return False  # «غلامرضا تاجگردون», "Mohammad Ali": a person
    if name.isascii():
        return all(w[0].isupper() or is_function_word(w) for w in words) and not all(
            is_function_word(w) for w in words
        )
    if not strict:
        from textkit.normalize.lexicon import load_lexicon

        verbs = load_lexicon().verbs
        return not any(w.replace("\u200c", "") in verbs for w in words)
    if len(words) == 1 and _plural_of_common(name):
        return False  # «شهر بزرگان دین», «شهر سرداران غیور»: people, not a town
    return not any(_common_persian(w) for w in words if w not in _NAME_PARTICLES)


def _plural_of_common(word: str) -> bool:
    """«بزرگان», «سرداران», «جوانان»: the plural in «ان» of a common word (an adjective or
    a noun of people). Only for names no gazetteer knows (Kerman and Gorgan are)."""
    for suffix in ("ان", "یان", "گان"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and _common_persian(stem):
            return True
    return False


# Letters of scripts other than Latin (with its extensions) and Arabic.
_OTHER_SCRIPT = re.compile(r"[\u0370-\u05ff\u0900-\u1dff\u2e80-\ua4ff\uac00-\ud7ff\uf900-\ufaff]")
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d)$|n['’]t$|^I['’]")


# Words of transliterated names that are also common words: «سن» in «سن آنتونیو».
_NAME_PARTICLES = frozenset(
    ["سن", "سان", "سنت", "سانتا", "لا", "ال", "دل", "دو", "نیو", "پورت", "فورت", "بندر", "تل"]
)


def _common_persian(word: str) -> bool:
    """A Persian word that is a common word, not a name: a verb form, a compound the ZWNJ
    lexicon knows, a word hazm's word list gives a frequency of 1,000 or more or a tag
    other than noun, or an adjective in «ی» of such a word («ساحلی» from «ساحل»).
    Rare nouns («هوستون», frequency 20) may be names and are not common."""
    from textkit.normalize.lexicon import load_lexicon

    lex = load_lexicon()
    forms = {word, word.replace("\u200c", ""), word.replace("ؤ", "و").replace("أ", "ا")}
    forms |= set(word.split("\u200c"))
    words = _hazm_words()
    for f in forms:
        if not f:
            continue
        if f in lex.forms or f in lex.verbs or f in words:
            return True
        if len(f) > 3 and f.endswith("ی") and f[:-1] in words:
            return True
    return False


@cache
def _hazm_words() -> frozenset[str]:
    """Common words of hazm's word list (``hazm/data/words.dat``: word, frequency, tags),
    read as data; hazm itself is not imported."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "words.dat"
    out = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    for line in lines:
        parts = line.split("\t")
        if len(parts) < 3 or not parts[1].isdigit():
            continue
        freq, tags = int(parts[1]), set(parts[2].split(","))
        if freq >= 1000 or (freq > 0 and tags - {"N", "PL"}):
            out.add(parts[0])
    return frozenset(out)


#: A name the recogniser only accepts in context («بصره», «کربلا» are also common words) is
#: a place in a twinning sentence when it names a city at least this large.
LICENSED_POPULATION = 300_000


def licensed_places(
    block: Block, start: int, end: int, linker: Linker, taken: list[Place]
) -> list[Place]:
    """Cities of a Persian twinning sentence that the recogniser left for want of
    context: one or two words that are exactly the name of a city of
    :data:`LICENSED_POPULATION` or more, outside the places already found."""
    if linker.gazetteer is None:
        return []
    text = block.text
    # Persian only: English capitals already tell the recogniser where names are
    words = [
        m
        for m in _WORD.finditer(text, start, end)
        if not m.group().isascii() and not is_function_word(m.group())
    ]
    out: list[Place] = []
    used = [(p.start, p.end) for p in taken]
    # a country the sentence names lowers the bar for its towns («… با «جلالآباد»، … با
    # سایر شهرهای افغانستان»)
    named = {p.country for p in taken if p.type == "country" and p.country}
    for i, w in enumerate(words):
        for j in (i + 1, i):  # two words first: «سن پترزبورگ»
            if j >= len(words) or (j > i and words[j].start() - words[i].end() > 1):
                continue
            a, b = w.start(), words[j].end()
            if any(a < e and b > s for s, e in used):
                continue
            if (block.id, a, b) in linker.qualifiers:
                continue  # read as a qualifier or barred («ایستگاه راه آهن تهران»)
            if _is_weekday(text, a, b):
                continue  # «دوشنبه 1 بهمن 1403»: Monday, not Dushanbe
            name = text[a:b]
            if not name.strip() or demonym_country(name) or is_not_place(name):
                continue
            if linker.country_code(name) is not None:
                continue  # «کشورهای اسپانیا، هند، عمان»: Oman, not Amman
            entry, score = linker.link_city(name)
            bar = LICENSED_POPULATION if entry is None or entry.country not in named else 50_000
            if entry is None or (entry.population or 0) < bar:
                continue
            written = name.replace("\u200c", "")
            # the name as the gazetteer writes it, or without its «شهر» («شهر ایروان»);
            # other aliases are too loose here («قوم» for Qom, a country for its capital)
            own = [entry.name_fa, re.sub(r"^شهر\s+", "", entry.name_fa)]
            if all(n.replace("\u200c", "") != written for n in own):
                continue  # «آب» is not Ibb («اب»): only a Persian name of the city, as written
            out.append(Place(name, block.id, a, b, "city", entry, entry.country, None, score))
            used.append((a, b))
            break
    return out


def named_place(
    linker: Linker, name: str, block: str, start: int, country: str | None = None
) -> Place:
    """A name read from the text at *start* as a place: linked to the gazetteer's city when
    it knows one (in *country*, when the text gives it), else a place of unknown type."""
    entry, score = linker.link_city(name, country)
    return Place(
        name,
        block,
        start,
        start + len(name),
        "city" if entry else "unknown",
        entry,
        entry.country if entry else country,
        None,
        score,
        qualified=country is not None,
    )


def with_entry(place: Place, linker: Linker) -> Place:
    """*place* linked again as a city within its country (after a qualifier was found)."""
    entry, score = linker.link_city(place.name, place.country)
    if entry is None:
        return place
    return replace(place, entry=entry, score=score, type="city")
