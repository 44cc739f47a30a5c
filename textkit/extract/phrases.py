"""Place phrases in running text: tokens, function words, the name left or right
of a connector, and the checks that make a phrase a party.

A name is 1–3 words without function words («شهر سن آنتونیو» → «سن آنتونیو»),
optionally followed by «، کشور» / «در کشور» / ", Region". Without a gazetteer a
name to the right of a connector is one word unless a country follows or the
first word starts a known multi-word pattern («سن», "New").

Example:
    >>> t = "بین ونکوور در کانادا و اودسا"
    >>> s, e = _right_phrase(t, t.index("ونکوور"), None)
    >>> t[s:e]
    'ونکوور در کانادا'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from textkit.dates import DIGIT
from textkit.extract.lexicon import country_code
from textkit.extract.places import PlaceItem, clean_name, link_city, parse_item

# Persian function words and verbs that end a place name (a name never contains them).
_FA_STOP = frozenset(
    """
    هیچ هیچکدام
    آن آنها ارکان از است استان اما امضا اند او اواخر اوایل اولین ایالت این با بر برای برخی
    برقرار برنامه بزرگ بسته بسیاری بعد به بود بودند بین بین‌المللی تا تفاهم‌نامه تقویت تمام
    توافق‌نامه توسعه جامعه جنگ جهانی خواهر خواهرخواندگی خود دارد دارند داشت در دهه دو دوره
    دوقلو دولتی دیگر را رابطه رسمیت روابط روز زمان زمینه‌های سازمان سال سالهای سایر شامل شد شده
    شهر شهردار شهرها شهرهای شهری شود عنوان فراهم قبل قرارداد قرن مانند ماه مبادله مثال محلی
    مختلف مردم مشارکت ملی منطقه می میان می‌سازد می‌شود می‌کند می‌کنند نخستین نهاد نیز هر هستند
    هم همه همچنین همکاری و ولی پایتخت پروژه پس پیش پیمان پیوند چند چندین کرد کردند کرده کشور
    کشورهای که کوچک گسترش یا یافت یک
    زیر ذیل فوق مذکور پیوستند پیوست جریان دوستی برگزاری امضای انعقاد تبادل هفته
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Plural and verb endings: «شهرداری‌ها», «می‌کنند» are never place names.
_NOT_NAME = re.compile(r"(?:\u200cها|\u200cهای|ها|های|\u200cاند)$|^(?:می|نمی)\u200c")
_EN_STOP = frozenset(
    """
    a agreement an and are as at be been between by cities city for friendship from had has
    have her his in is its mayor of on or partner partnership relations relationship signed
    since sister that the their these this those to town towns twin twinned twinning was were
    with year years other links following below above note briefing overview
    """.split()  # noqa: SIM905
)
_MONTHS_EN = frozenset(
    """
    april august december february january july june march may november october september
    """.split()  # noqa: SIM905
)

# A glued footnote marker after a word: «اودسا۷» → ۷ (Persian digits right after a letter).
_GLUED_MARK = re.compile(r"(?<=[\u0600-\u06ff\w])([۰-۹]{1,3})(?![۰-۹])")


@dataclass(frozen=True, slots=True)
class _Side:
    item: PlaceItem
    start: int
    end: int


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with offsets; «،» and "," are their own tokens; a glued footnote
    marker is dropped and splits the word («بریستول۸در» → «بریستول», «در»)."""
    out = []
    for m in re.finditer(r"[،,]|[^\s،,]+", text):
        w = m.group()
        if w.isdigit() or not _GLUED_MARK.search(w):
            out.append((m.start(), m.end(), w))
            continue
        pos = 0
        for g in _GLUED_MARK.finditer(w):
            if g.start() > pos:
                out.append((m.start() + pos, m.start() + g.start(), w[pos : g.start()]))
            pos = g.end()
        if pos < len(w):
            out.append((m.start() + pos, m.end(), w[pos:]))
    return out


def _is_stop(word: str) -> bool:
    w = word.strip(".:;؛()«»\"'").replace("\u200c", "")
    if not w:
        return True
    if w.casefold() in _EN_STOP or w in _FA_STOP or word.strip("()") in _FA_STOP:
        return True
    if re.fullmatch(rf"{DIGIT}+|[\-–—]", w):
        return True
    if w.isascii() and w[:1].isalpha() and not w[:1].isupper():
        return True  # lower-case English words are not names
    return w.casefold() in _MONTHS_EN


_HARD = re.compile(r"[.؛;:()\[\]«»\"!?؟]")


def _right_phrase(text: str, pos: int, gazetteer: Any) -> tuple[int, int] | None:
    """Span of the place phrase starting at *pos*: a name (1–3 words), then an
    optional «،»/«در»/"," + country or short region."""
    lead = re.match(r"(?:\s*(?:شهر|شهرهای|the\s+city\s+of|city\s+of|the)\s+)+", text[pos:], re.I)
    if lead:
        pos += lead.end()
    toks = [t for t in _tokens(text[pos:])]
    if not toks:
        return None
    words: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks) and len(words) < 3:
        s, _e, w = toks[i]
        if w in "،," or _is_stop(w) or _HARD.search(text[pos + s : pos + s + 1]):
            break
        words.append(toks[i])
        hard_end = _HARD.search(w) and not re.fullmatch(r"(?:St|Ste|Ft|Mt)\.", w)
        i += 1
        if hard_end:
            break
        # without a gazetteer a name is one word unless a country follows
        nxt = toks[i][2] if i < len(toks) else ""
        if not nxt or _is_stop(nxt) or nxt in "،,":
            break
        rest = " ".join(t[2] for t in toks[i : i + 3])
        if country_code(nxt, None, strict=True) or country_code(rest, None, strict=True):
            continue
        joined = " ".join(t[2] for t in words) + " " + nxt
        if gazetteer is not None and link_city(joined, None, gazetteer)[0]:
            continue
        if len(words) == 1 and re.fullmatch(r"(?:St|Ste|Ft|Mt)\.?", words[0][2]):
            continue  # "St. Petersburg"
        if len(words) == 1 and re.match(
            r"^(?:سن|سان|سنت|نیو|لس|ریو|بوینس|آب|San|Saint|St\.?|New|Los|Las|Rio|Buenos|Le|La|El|Port|Fort)$",
            words[0][2],
        ):
            continue  # «سن آنتونیو», "New York": first word of a known multi-word name pattern
        if words[0][2][:1].isupper() and nxt[:1].isupper():
            continue  # "Oklahoma City"
        break
    if not words:
        return None
    end = pos + words[-1][1]
    gloss = re.match(r"\s*\((?=[^()]*[A-Za-z])[^()\d]{2,40}\)", text[end:])
    if gloss and re.search("[\u0600-\u06ff]", text[pos + words[0][0] : end]):
        end += gloss.end()  # «قونیه (Konya)»: the English gloss belongs to the name
    glued = re.match(r"[۰-۹]{1,3}(?![۰-۹])", text[end:])
    if glued:
        end += glued.end()  # «هانوفر۹ در آلمان»: step over the footnote marker
    # optional «، country» / «در country» / ", Region" right after the name
    tail = text[end:]
    m = re.match(r"\s*(?:[،,]|\s+در|\s+in)\s+([^\s،,.؛;:()]+(?:\s+[^\s،,.؛;:()]+){0,3})", tail)
    if m:
        cand = m.group(1).split()
        for n in range(len(cand), 0, -1):
            phrase = " ".join(cand[:n])
            if country_code(phrase, None):
                return pos + words[0][0], end + m.start(1) + len(phrase)
        if tail.lstrip()[:1] in "،," and len(cand) <= 2 and not any(_is_stop(c) for c in cand[:1]):
            after = tail[m.end() :]
            if not after.strip() or after.lstrip()[:1] in ").؛;":
                return pos + words[0][0], end + m.end() - m.start()
    return pos + words[0][0], end


def _left_phrase(text: str, end: int) -> tuple[int, int] | None:
    """Span of the place phrase ending at *end* (words back to a function word)."""
    toks = _tokens(text[:end])
    words: list[tuple[int, int, str]] = []
    for s, e, w in reversed(toks):
        if w in "،,":
            if words and len(words) < 4:
                words.append((s, e, w))
                continue
            break
        if _is_stop(w) or _HARD.search(w):
            if _HARD.search(w) and not _is_stop(w.strip(".:;؛()«»")) and w.startswith(("(", "«")):
                words.append((s + 1, e, w[1:]))
            break
        words.append((s, e, w))
        if len([x for x in words if x[2] not in "،,"]) >= 5:
            break
    while words and words[-1][2] in "،,":
        words.pop()
    if not words:
        return None
    return words[-1][0], words[0][1]


# A leading "city" word before a name: «شهرهای مشهد», «شهر اوساکا», "the city of Oakland".
_CITY_WORD = re.compile(
    r"^\s*(?:(?:شهرهای|شهر|the\s+city\s+of|the\s+cities\s+of|city\s+of|the)\s+)+", re.I
)
# Parentheses holding letters and a year: a citation, whose names and year are not a pair's:
# "(Pipa & Bouchet, 2020)", «(زینلی، ۱۳۸۷:۱۱۰)», and a PDF's scrambled "(.(Gibbs, et al, 2015:20".
_CITE_LIKE = re.compile(
    rf"\((?=[^()]*[A-Za-z\u0600-\u06ff])(?=[^()]*{DIGIT}{{4}})[^()]{{2,120}}\)"
    r"|\(\.?\(?[A-Z][^()\n]{0,60}?\d{4}(?:\s?[A-Z]\b)?(?:\s*:\s*\.?\(?\s*\d+(?:\s*-\s*\d+)?)?"
)


def mask_citations(text: str) -> str:
    """*text* with citation parentheses blanked out (same length, so offsets hold).

    Example:
        >>> mask_citations("X (Pipa & Bouchet, 2020) Y")
        'X                        Y'
    """
    return _CITE_LIKE.sub(lambda m: " " * len(m.group()), text)


def _side(text: str, span: tuple[int, int] | None, gazetteer: Any, *, strong: bool) -> _Side | None:
    """Parse a phrase span into a place; *strong* requires a country/region or a gazetteer link."""
    if span is None:
        return None
    s, e = span
    phrase = text[s:e]
    phrase = _GLUED_MARK.sub(" ", phrase)
    phrase = _CITY_WORD.sub("", phrase)  # «شهرهای مشهد» → «مشهد»
    gloss = None
    g = re.search(r"\s*\(([A-Za-z][^()\d]{1,40})\)", phrase)
    if g and re.search("[\u0600-\u06ff]", phrase[: g.start()]):
        gloss = g.group(1).strip()  # «قونیه (Konya)» → name_en "Konya"
        phrase = phrase[: g.start()] + phrase[g.end() :]
    phrase = re.sub(r"\s+در\s+|\s+in\s+", "، ", phrase)
    item = parse_item(clean_name(phrase), gazetteer=gazetteer)
    if item is None or not item.name or len(item.name.split()) > 4:
        return None
    if any(_is_stop(w) or _NOT_NAME.search(w) for w in item.name.split()):
        return None
    if _DEMONYM.search(item.name) and not item.gazetteer_id:
        return None  # "Iranian", "Chinese": adjectives, not places
    if strong and not (item.country or item.region or item.gazetteer_id):
        return None
    if gloss and not item.name_en:
        from dataclasses import replace

        item = replace(item, name_en=gloss)
    return _Side(item, s, e)


# English adjectives of nationality ("Iranian cities", "Chinese partners"): never a place
# unless the gazetteer knows the word as a city.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ese|ish|ean)$")


def _strong(item: PlaceItem) -> bool:
    """A place with a country, region or gazetteer link written with it."""
    return bool(item.country or item.region or item.gazetteer_id)


def _latin_name(text: str) -> bool:
    """A capitalised Latin name: "Kobe", "New Taipei City" (not "the", not "In")."""
    words = text.split()
    return (
        bool(words)
        and all(w[:1].isupper() and w.isascii() for w in words)
        and not _is_stop(words[-1])
    )
