"""Find gazetteer names in running text.

Steps: tokenize (Persian-aware: digits and punctuation split off, ZWNJ kept
inside words) → look up every run of up to ``max_tokens`` words whose joined
key is in the index (cost per token does not depend on the gazetteer size) →
keep the longest non-overlapping spans → accept words that are also common
words (stoplist) only with context → choose among same-key entries by context
(a country or region named next to the name, cue words, population) → try
fuzzy lookup on the spans left over in «name، country» slots and after
«شهر» (:mod:`textkit.gazetteer.slots`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textkit.gazetteer.entries import Entry, Mention
from textkit.gazetteer.keys import ARABIC_SCRIPT_RE, Token, token_key, tokenize

if TYPE_CHECKING:
    from textkit.gazetteer.index import Gazetteer

from textkit.gazetteer.postings import F_ACRONYM, F_LATIN, F_UND, F_WEAK_KIND
from textkit.script import english_words

# What may stand between the words of one name: spaces, ZWNJ, a hyphen, an
# apostrophe, a period (St. Petersburg) — never a comma or a line break.
_GAP_RE = re.compile(r"[ \t\u00a0\u200c\u200d'’.\-–]{0,3}")
# What links a place to the region/country that follows it: a separator, or
# "in (the state of)": «تولدو در ایالت اوهایو», "Toledo in Ohio".
_LINK_RE = re.compile(
    r"[ \u00a0]*[،,:(][ \u00a0]*"  # «تولدو، اوهایو», "Shiraz (Iran)"
    r"|\s+(?:در|in)\s+(?:(?:ایالت|استان|کشور|the state of)\s+)?"
    r"|\s+(?:استان|ایالت|ولایت)\s+"  # «لار استان فارس»: a town and its province
)
_CELL_RE = re.compile(r"[ \u00a0]*\t[ \u00a0]*")
_LINK_BACK_RE = re.compile(r"[ \u00a0]*[،,:\t][ \u00a0]*$")
# The same, seen from the country's side; a bare space also counts
# («نوودی ساد صربستان»).
_SLOT_BEFORE_RE = re.compile(r"[ \u00a0]*[،,:\t][ \u00a0]*| ")
#: Fuzzy matches in slots below this score are not reported (single words need
#: SINGLE_WORD_EXTRA more; measured precision by score: tests/bench).
#: On the calibrated scale of :mod:`textkit.gazetteer.fuzzy` (0.628 = plain
#: fuzzy at edit ratio 0.80; the slot names its country, so plain fuzzy counts).
FUZZY_MIN = 0.628
SINGLE_WORD_EXTRA = 0.05
#: Texts of at most this many words are cells/list items (a bare space may
#: separate city and country there).
SHORT_TEXT = 8
# Clitics and plural endings written after a ZWNJ: «اصفهان‌ها» → «اصفهان».
_CLITICS = {"ها", "های", "ی", "ای", "یی", "اش", "شان", "مان", "تان", "است", "را"}
# Words before a name that say "a place follows" (keys).
CUES = {
    token_key(w)
    for w in (
        "شهر",
        "شهرهای",
        "شهرها",
        "بندر",
        "استان",
        "ایالت",
        "کشور",
        "کشورهای",
        "پایتخت",
        "ولایت",
        "city",
        "town",
        "province",
        "state",
        "port",
        "capital",
    )
}
#: Names this short (in key letters) of places smaller than SMALL_POP need context.
SHORT_KEY = 5
SMALL_POP = 100_000
#: Places smaller than this (villages and towns, «زیر آب») always need context.
TOWN_POP = 15_000
#: Cities outside the gazetteer's ``home_country`` (the country whose towns the
#: texts name without context) smaller than FOREIGN_POP need context in Persian
#: text («نمور» is "damp", not Namur; «گیتا» a person, not Geita).
FOREIGN_POP = 300_000
#: A place named next to another country is dropped unless it is this big.
CONFLICT_MAX_POP = 300_000
# What may follow a name in a list: a separator, «و», a closing bracket, the end.
_LIST_END_RE = re.compile(r"[ \u00a0]*(?:$|[،,؛;:.)\]\t\n]|و\s|\(\s*[۰-۹0-9]|[۰-۹0-9]+\s*[.\-)])")
# Between two items of a list: a separator, «و», or a numbering «۷.» / "7)".
# «…، پاکستان ۷. شاندیز زنوز»
_LIST_SEP_RE = re.compile(r"\s*(?:[،,؛;\t]|و|[^\S\n]*[۰-۹0-9]{1,3}\s*[.\-)])\s*")
# «(۱۹۸۹)», «(2000)»: a year after a list item.
_BRACKETED_NUMBER_RE = re.compile(r"\(\s*[\d۰-۹]+\s*\)")
# Cue words after which a fuzzy city lookup is tried («شهر فوکوگا»).
_CITY_CUES = {token_key(w) for w in ("شهر", "بندر", "شهرهای")}
#: Minimum score for such a cue-word fuzzy match (no country to narrow it).
#: (no country: only a sound match of close spelling, never plain fuzzy:
#: «شهر مشگین» is not Moshkān, «مشکان»).
CUE_FUZZY_MIN = 0.9
# Words allowed between names in a list.
_LIST_WORDS = {token_key(w) for w in ("و", "and")}
# Words that never start a place name in a fuzzy slot.
_FUNCTION_WORDS = {
    token_key(w)
    for w in (
        "در",
        "و",
        "از",
        "به",
        "با",
        "که",
        "را",
        "این",
        "آن",
        "ناحیه",
        "in",
        "and",
        "of",
        "the",
    )
}
_COUNTRY_CUES = {token_key(w) for w in ("کشور", "کشورهای")}
_REGION_CUES = {token_key(w) for w in ("استان", "ایالت", "ولایت", "province", "state")}


# "in" links («تولدو در ایالت اوهایو»): context for a small town, not for a
# common word («اگر در کردستان»).
_IN_LINK_RE = re.compile(r"\s+(?:در|in)\s")
# A light verb right after a cue-licensed word makes it a compound verb, not a
# place: «شهر جان می‌گرفت», «شهر دور می‌شد», «بندر لنگر بگیرند», «زنده بماند».
# Keys (ZWNJ dropped): optional prefix می/نمی/ب/ن, a light-verb stem, a
# personal ending.  Bare present stems (ده, زن, مان) are nouns too: prefix required.
_LIGHT_VERB_RE = re.compile(
    r"(?:(?:ن?می|ب|ن)?(?:شد|کرد|گرفت|ماند|داد|زد|خورد|کشید|آورد|یافت|ساخت|نمود|گشت)"
    r"|(?:ن?می|ب|ن)(?:شو|کن|گیر|مان|ده|زن|خور|کش|آور|یاب|ساز|نما|گرد))"
    r"(?:ه|ن|ند|ید|یم|م|ی|د|ست|اند|ام|ای|ایم|اید|هاند|هاست)?"
)
# What ends a phrase after a name: punctuation, «و», a bracket, the end of text.
_PHRASE_END_RE = re.compile(r"[ \u00a0]*(?:$|[،,؛;:.!?؟)\]\t\n«»\"(]|و\s|and\s)")
# Titles and words that make the next capitalised word a person's name.
_PERSON_TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "sir",
    "lord",
    "lady",
    "president",
    "senator",
    "general",
    "captain",
    "king",
    "queen",
    "saint",
}
# Capitalised function words that may stand before a place ("In Hamilton, …").
_LATIN_FUNCTION = {
    "in",
    "at",
    "from",
    "to",
    "the",
    "and",
    "with",
    "of",
    "for",
    "by",
    "on",
    "near",
    "between",
    "both",
    "as",
    "like",
    "via",
    "into",
    "outside",
    "inside",
    "across",
    "around",
    "since",
    "after",
    "before",
    "while",
    "when",
    "where",
    "if",
    "but",
    "or",
    "nor",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "his",
    "her",
    "new",
    "old",
    "greater",
    "north",
    "south",
    "east",
    "west",
    "central",
    "upper",
    "lower",
    "city",
    "town",
    "port",
}
# "Hamilton (2019)", "Hamilton, 2019)", "Hamilton et al.": a cited author.
_AUTHOR_AFTER_RE = re.compile(
    r"\s*\(\s*(?:1[89]|20)\d\d[a-z]?\s*[):,;]"  # Hamilton (2019)
    r"|\s*,\s*(?:1[89]|20)\d\d[a-z]?\s*[):;,]"  # (Hamilton, 2019)
    r"|\s+et\s+al\b"  # Hamilton et al.
    r"|['’]s\s+(?:study|book|paper|work|argument|view)"  # Hamilton's study
)


# A water body or mountain named after a place is not the place: «اقیانوس هند»,
# «خلیج مکزیک», «دریاچه ارومیه», «رود اردن», "Lake Urmia"; nor is a newspaper
# («نیویورک تایمز», "Washington Post").  («جزیره کیش» is Kish: islands stay.)
_FEATURE_BEFORE = {
    token_key(w)
    for w in (
        "اقیانوس", "دریای", "دریا", "دریاچه", "دریاچهٔ", "رود", "رودخانه", "رودخانهٔ",
        "خلیج", "تنگه", "تنگهٔ", "کوه", "کوهستان", "Lake", "Mount", "Gulf", "Sea", "River",
    )
}  # fmt: skip
# ezafe written «دریاچه‌ی ارومیه»: the key gains a final ی
_FEATURE_BEFORE |= {k + "ی" for k in _FEATURE_BEFORE if k.endswith("ه")}
_TITLE_AFTER = {
    token_key(w)
    for w in ("تایمز", "پست", "Times", "Post", "Ocean", "River", "Sea", "Lake", "Mountains")
}


def _is_feature_or_title(text: str, toks: list[Token], c: _Cand) -> bool:
    """See _FEATURE_BEFORE: a feature word right before the name, or a title
    word right after it, separated by a space (or "of": "Gulf of Mexico")."""
    if c.i > 0:
        # (a hamza above written after «دریاچه» stays outside the word: «دریاچهٔ ارومیه»)
        gap = text[toks[c.i - 1].end : c.start].replace("\u0654", "")
        if gap in (" ", "\u200c") and toks[c.i - 1].key in _FEATURE_BEFORE:
            return True
        if (
            c.i > 1
            and gap == " "
            and toks[c.i - 1].key == "of"
            and text[toks[c.i - 2].end : toks[c.i - 1].start] == " "
        ):
            return toks[c.i - 2].key in _FEATURE_BEFORE
    if c.j + 1 < len(toks) and text[c.end : toks[c.j + 1].start] == " ":
        return toks[c.j + 1].key in _TITLE_AFTER
    return False


def _cue_licenses(gaz: Gazetteer, c: _Cand, cue: str, text: str) -> bool:
    """Whether the cue word before *c* is context enough for a weak name.

    Not when a light verb follows (a compound verb: «شهر جان می‌گرفت»); for a
    strict stopword («آن», «دو», «جان») only a region/country cue of its own
    type («استان فارس»), or a name that ends a phrase («شهر ری، …»).
    """
    nxt = _next_token_key(text, c.end)
    if nxt is not None and _LIGHT_VERB_RE.fullmatch(nxt):
        return False
    if _common_english(text, c):
        # "the Friendship City Summit": a capitalised "City" before a common English
        # word is a title's, not a cue; "the city of Normal" still licenses it
        before = text[max(0, c.start - 12) : c.start]
        return re.search(r"\b(?:city|town|village)\s+of\s+$", before) is not None
    if c.key in gaz.strict_stopwords and cue not in _REGION_CUES and cue not in _COUNTRY_CUES:
        return _PHRASE_END_RE.match(text, c.end) is not None
    return True


def _next_token_key(text: str, pos: int) -> str | None:
    from textkit.gazetteer.keys import token_key

    m = re.match(r"[ \u00a0]*([^\W\d_]+(?:[\u200c][^\W\d_]+)*)", text[pos : pos + 40])
    return token_key(m.group(1)) if m else None


def _is_person_or_author(text: str, toks: list[Token], c: _Cand, context_cc: set[str]) -> bool:
    """A one-word Latin place name used as a person's name: after a given name
    or a title ("Alexander Hamilton", "Dr. Hamilton"), or as a cited author
    ("Hamilton (2019)", "(Hamilton, 2019)", "Hamilton et al.").  A country or
    region named right after it ("Hamilton, Ontario") keeps it a place."""
    if context_cc or c.i != c.j or ARABIC_SCRIPT_RE.search(text[c.start : c.end]):
        return False
    if _AUTHOR_AFTER_RE.match(text, c.end):
        return True
    if c.i == 0:
        return False
    prev = toks[c.i - 1]
    gap = text[prev.end : c.start]
    word = text[prev.start : prev.end]
    if prev.key in _PERSON_TITLES and gap.strip() in ("", "."):
        return True
    return (
        gap == " "
        and word[:1].isupper()
        and not word.isupper()
        and prev.key not in _LATIN_FUNCTION
        and not nationality_adjective(word)  # "Italian Padua", "Crimean Simferopol": a place
        and not ARABIC_SCRIPT_RE.search(word)
        # a sentence start ("Hamilton" after "Said.") has a period before the gap
        and len(word) >= 2
    )


# Adjectives of nationality before a name ("Italian Padua", "Turkish Eskisehir"), and the
# given names shaped like them that stay persons' ("Brian Hamilton").
_NATIONALITY_RE = re.compile(r"(?:[a-z]ian|[a-z]ean|[a-z]ese|[a-z]ish|[a-z]an|[a-z]i)$")
_NATIONALITY_WORDS = frozenset(
    ["german", "french", "dutch", "greek", "thai", "swiss", "czech", "uzbek", "kazakh",
     "tajik", "kyrgyz", "turkmen", "afghan", "iraqi", "kuwaiti", "omani", "saudi", "israeli"]
)  # fmt: skip
_GIVEN_LIKE = frozenset(
    ["brian", "christian", "sebastian", "adrian", "julian", "damian", "vivian", "lillian",
     "marian", "gillian", "jillian", "ian", "florian", "fabian", "maximilian", "ryan", "dan",
     "jonathan", "ivan", "alan", "allan", "dean", "sean", "evan", "nathan", "stefan", "jan",
     "juan", "roman", "morgan", "logan", "megan", "susan", "joan", "jordan", "duncan",
     "ali", "mehdi", "hadi", "majid", "naji", "sami", "rami", "fadi", "eli", "levi", "ravi",
     "ishaan", "hassan", "hussain", "imran", "kamran", "rohan", "aryan", "farhan", "rizwan"]
)  # fmt: skip


def nationality_adjective(word: str) -> bool:
    """"Italian", "Crimean", "Japanese", "Turkish", "German": an adjective of nationality
    (by its shape or a short list), not a given name."""
    w = word.lower().rstrip(".")
    if w in _GIVEN_LIKE:
        return False
    return w in _NATIONALITY_WORDS or (_NATIONALITY_RE.search(w) is not None and len(w) > 4)


@dataclass
class _Cand:
    i: int  # first token
    j: int  # last token (inclusive)
    start: int
    end: int
    key: str
    postings: list[tuple[int, int, int, int]]
    base: float  # 1.0 exact, lower for suffix-stripped / split forms
    weak: bool = False
    split: bool = False
    chosen: Entry | None = None
    score: float = 0.0


def _suffix_variants(raw: str, key: str, common: set[str]) -> list[tuple[str, int]]:
    """(key without clitic, characters to cut from the end of the token)."""
    out = []
    if "\u200c" in raw:
        head, _, tail = raw.rpartition("\u200c")
        if token_key(tail) in _CLITICS and head:
            out.append((token_key(head), len(tail) + 1))
    # ezafe ی after a final vowel letter: «کیوتوی ژاپن» → «کیوتو» (not «برای»)
    if len(key) > 3 and key.endswith("ی") and key[-2] in "او" and key not in common:
        out.append((key[:-1], 1))
    return out


def _candidates(gaz: Gazetteer, text: str, toks: list[Token]) -> list[_Cand]:
    cands = []
    n = len(toks)
    for i in range(n):
        key = ""
        for j in range(i, min(n, i + gaz.max_tokens)):
            if j > i and not _GAP_RE.fullmatch(text[toks[j - 1].end : toks[j].start]):
                break
            key += toks[j].key
            posts = gaz.postings(key)
            if posts:
                cands.append(_Cand(i, j, toks[i].start, toks[j].end, key, posts, 1.0))
            else:
                raw = text[toks[j].start : toks[j].end]
                for base_key, cut in _suffix_variants(raw, toks[j].key, gaz.common_words):
                    full = key[: len(key) - len(toks[j].key)] + base_key
                    posts = gaz.postings(full)
                    if posts:
                        cands.append(
                            _Cand(i, j, toks[i].start, toks[j].end - cut, full, posts, 0.95)
                        )
                        break
            if not gaz.is_prefix(key) and not (
                len(key) >= 3 and j - i < 3 and gaz.is_char_prefix(key)
            ):
                break
    return cands


_LATIN_SPAN_RE = re.compile(r"[A-Za-z\u00c0-\u024f\s'’.\-]+")


def _filter_postings(c: _Cand, text: str, types: set[str] | None, gaz: Gazetteer) -> None:
    span = text[c.start : c.end]
    ntok = c.j - c.i + 1
    kept = []
    for p in c.postings:
        ei, _ti, alias_ntok, flags = p
        if types and gaz.entries[ei].type not in types:
            continue
        if flags & F_ACRONYM and not span.isupper():
            continue
        if flags & F_LATIN and (
            not span[:1].isupper() or (len(c.key) < 3 and not flags & F_ACRONYM)
        ):
            continue  # "the bam", "CITY OF SAN ANTONIO" (Of, Türkiye)
        if alias_ntok < ntok and len(c.key) < 6:
            continue  # «ته ران» is not «تهران»; only long names may be split
        if alias_ntok < ntok and _LATIN_SPAN_RE.fullmatch(span) and alias_ntok < len(span.split()):
            continue  # "Dresden as" is not the one-word alias "Dresdenas": Latin names
            # are not written split (an apostrophe is no split: "Bishop's Stortford")
        kept.append(p)
    c.postings = kept
    if kept and min(p[2] for p in kept) < ntok:
        c.base = min(c.base, 0.9)
        # «آستارا خان», «برای آن»: joining words into a one-word name needs context
        c.split = min(p[2] for p in kept) == 1


def _cue_fits(cue: str, c: _Cand, gaz: Gazetteer) -> bool:
    """«کشور» licenses a country, «استان» a region, «شهر» a city: «کشور راهی
    پایتخت شد» does not make «راهی» (Raahe) a place."""
    wanted = "country" if cue in _COUNTRY_CUES else "region" if cue in _REGION_CUES else "city"
    return any(gaz.entries[p[0]].type == wanted for p in c.postings)


def _links(
    by_start: dict[int, _Cand], by_end: dict[int, _Cand], c: _Cand, text: str, gaz: Gazetteer
) -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str]]]:
    """Context of *c* from its neighbours in «city، region، country» chains.

    Returns the countries and (country, admin1) regions named right after *c*
    (up to three hops: «تولدو، اوهایو», "Norfolk, Virginia", «تولدو در ایالت
    اوهایو»), and the (country, admin1) of the places named right before it.
    """
    ccs: set[str] = set()
    adms: set[tuple[str, str]] = set()
    end = c.end
    for _ in range(3):
        m = _LINK_RE.match(text, end)
        if not m or m.end() == end:
            # a table cell: «شیراز<TAB>وایمار<TAB>آلمان» links a city to a country only
            m = _CELL_RE.match(text, end)
            cell = by_start.get(m.end()) if m else None
            if cell is not None and all(gaz.entries[p[0]].type == "country" for p in cell.postings):
                ccs.update(gaz.entries[p[0]].country or "" for p in cell.postings)
            break
        nxt = by_start.get(m.end())
        if nxt is None or not any(
            gaz.entries[p[0]].type in ("country", "region") for p in nxt.postings
        ):
            break  # the chain runs through regions and countries, not other cities
        for ei, _ti, _n, _f in nxt.postings:
            e = gaz.entries[ei]
            if e.type in ("country", "region") and e.country:
                ccs.add(e.country)
                if e.type == "region" and e.admin1:
                    adms.add((e.country, e.admin1))
        end = nxt.end
    back: set[tuple[str, str]] = set()
    m = _LINK_BACK_RE.search(text[max(0, c.start - 12) : c.start])
    prev = by_end.get(c.start - len(m.group())) if m else None
    if prev is not None:
        for ei, _ti, _n, _f in prev.postings:
            e = gaz.entries[ei]
            if e.type == "city" and e.country and e.admin1:
                back.add((e.country, e.admin1))
    return ccs, adms, back


def _choose(
    gaz: Gazetteer,
    c: _Cand,
    context_cc: set[str],
    context_adm: set[tuple[str, str]],
    back_adm: set[tuple[str, str]],
    doc_cc: set[str],
    cue: str | None,
) -> Entry:
    best, best_rank = None, -1e9
    capitals = gaz.capital_countries(c.postings)
    for ei, _ti, _n, flags in c.postings:
        e = gaz.entries[ei]
        rank = (
            gaz.prior(e)
            + gaz.name_bonus(e, flags, capitals)
            - (0.5 if flags & F_WEAK_KIND else 0.0)
        )
        if e.country in context_cc:
            rank += 6
        if e.admin1 and (e.country, e.admin1) in context_adm:
            rank += 4
        if e.type == "region" and (e.country, e.admin1) in back_adm:
            rank += 3  # "Norfolk, Virginia": the state of the city before; a country still wins
        if e.country in doc_cc:
            rank += 1
        if cue in _REGION_CUES and e.type == "region":
            rank += 8
        elif cue and e.type == "city":
            rank += 1
        if rank > best_rank:
            best, best_rank = e, rank
    assert best is not None
    return best


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest spans first; drop any candidate overlapping a kept one."""
    kept: list[_Cand] = []
    taken: set[int] = set()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.base, c.start)):
        if any(t in taken for t in range(c.start, c.end)):
            continue
        kept.append(c)
        taken.update(range(c.start, c.end))
    return sorted(kept, key=lambda c: c.start)


def _common_english(text: str, c: _Cand) -> bool:
    """A one-word Latin name of a town under SMALL_POP that is also a common English word
    ("the Friendship City Summit": Summit, New Jersey; "Normal"): it needs context."""
    if c.i != c.j or c.chosen is None or c.chosen.type != "city":
        return False
    if (c.chosen.population or 0) >= SMALL_POP:
        return False  # Nice, Split, Mobile, Buffalo
    word = text[c.start : c.end]
    return word.isascii() and word.lower() in english_words()


def find_mentions(gaz: Gazetteer, text: str, *, types: set[str] | None = None) -> list[Mention]:
    """See :meth:`textkit.gazetteer.Gazetteer.find_mentions`."""
    from textkit.gazetteer.slots import fuzzy_after_cue, fuzzy_in, fuzzy_slots

    toks = tokenize(text)
    cands = _candidates(gaz, text, toks)
    for c in cands:
        _filter_postings(c, text, types, gaz)
    cands = _select([c for c in cands if c.postings and c.key not in CUES])
    # First pass: entries chosen without context, to find countries/regions.
    for c in cands:
        c.chosen = _choose(gaz, c, set(), set(), set(), set(), None)
        c.weak = (
            c.split
            or c.key in gaz.stopwords
            or _common_english(text, c)
            or (
                # names of small places collide with words and person names («آلن»,
                # «اوباما» for Obama, Japan); foreign towns are named in Persian text
                # mostly with a country or a cue word
                c.chosen.type == "city"
                and (
                    (len(c.key) <= SHORT_KEY and (c.chosen.population or 0) < SMALL_POP)
                    or (c.chosen.population or 0) < TOWN_POP
                    or (
                        c.chosen.country != gaz.home_country
                        and ARABIC_SCRIPT_RE.match(c.key) is not None
                        and (
                            (c.chosen.population or 0) < FOREIGN_POP
                            # known only by an untagged (Arabic, Urdu…) alternate:
                            # «بسیط» (Albacete), «کندو» (Kindu), «جان» (Dschang)
                            or all(
                                p[3] & F_UND for p in c.postings if gaz.entries[p[0]] is c.chosen
                            )
                        )
                    )
                )
            )
        )
    # A text made only of names (a table cell «شاندیز زنوز», a list) is context
    # enough for the weak ones.
    covered = {k for c in cands for k in range(c.i, c.j + 1)}
    only_names = (
        bool(toks)
        and all(k in covered or toks[k].key in _LIST_WORDS for k in range(len(toks)))
        # «اصفهان، بم ۱۳۹۱» is a date line; a year in brackets is fine: «بم (۲۰۰۹)»
        and not any(ch.isdigit() for ch in _BRACKETED_NUMBER_RE.sub("", text))
    )
    doc_cc = {
        c.chosen.country
        for c in cands
        if c.chosen and c.chosen.type == "country" and c.chosen.country
    }
    out: list[Mention] = []
    accepted: list[_Cand] = []
    by_start = {c.start: c for c in cands}
    by_end = {c.end: c for c in cands}
    for c in cands:
        cue = toks[c.i - 1].key if c.i > 0 and toks[c.i - 1].key in CUES else None
        context_cc, context_adm, back_adm = _links(by_start, by_end, c, text, gaz)
        if c.weak:
            prev_ok = (
                bool(accepted)
                and accepted[-1].chosen is not None
                and not accepted[-1].weak
                and accepted[-1].chosen.type in ("city", "country", "region")
                and _LIST_SEP_RE.fullmatch(text, accepted[-1].end, c.start) is not None
                # …and the weak name must itself end a list item: «تهران و سایر شهرها»,
                # «اصفهان، مهر ۱۳۹۱» are not lists of places
                and _LIST_END_RE.match(text, c.end) is not None
            )
            cue_fits = (
                cue is not None and _cue_fits(cue, c, gaz) and _cue_licenses(gaz, c, cue, text)
            )
            if context_cc and c.key in gaz.strict_stopwords and _IN_LINK_RE.match(text, c.end):
                # «اگر در کردستان», «هفته در ترکیه»: "in" is no link for a word
                context_cc = set()
            if not (cue_fits or context_cc or prev_ok or only_names):
                continue
        if _is_person_or_author(text, toks, c, context_cc) or _is_feature_or_title(text, toks, c):
            continue
        c.chosen = _choose(gaz, c, context_cc, context_adm, back_adm, doc_cc, cue)
        if (
            context_cc
            and c.chosen.type in ("city", "region")
            and c.chosen.country not in context_cc
            and (c.chosen.population or 0) < CONFLICT_MAX_POP
        ):
            # «تولدو در ایالت اوهایو» is not Toledo, Spain: look for a near
            # spelling in the linked country instead («آستارا خان، روسیه»).
            alt = fuzzy_in(gaz, text[c.start : c.end], context_cc)
            if alt is None:
                continue
            c.chosen, c.base = alt.entry, alt.score
        c.score = c.base
        accepted.append(c)
        out.append(
            Mention(
                c.start,
                c.end,
                text[c.start : c.end],
                c.chosen,
                round(c.score, 3),
                c.chosen.type.upper(),
            )
        )
    extra, replaced = fuzzy_slots(gaz, text, toks, accepted, types)
    out = [m for m in out if m.start not in replaced] + extra
    out += fuzzy_after_cue(gaz, text, toks, out, types)
    return sorted(out, key=lambda m: m.start)
