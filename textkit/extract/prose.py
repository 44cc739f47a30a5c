"""Agreements stated in running text and footnotes, Persian and English.

A sentence is considered when it (or the sentence before it, for «برای مثال …»
follow-ups) contains a twinning word (:data:`lexicon.TWINNING_WORDS_FA`/``_EN``).
Pairs are then read with explicit patterns, anchored on connectors rather than
on a list of names, so unknown towns are still found:

* «بین/میان X و Y», "between X and Y";
* «X با Y», «X - Y», "X – Y", "X with Y", "X and Y" when both sides look like
  places (a country or region written with them, or known to the gazetteer);
* «X … به خواهر شهر خود Y», "X's sister city Y", "sister city of Y" (X = the
  sentence's first place);
* as a fallback, a sentence with exactly two places known to the gazetteer.

A side is a place when, after dropping function words, 1–3 words remain that
are not a country alone («یک شهر در فرانسه» is not a party). English footnotes
of the form "Baltimore, Maryland – Xiamen, China" are pairs when the paragraph
citing them speaks of twinning. A short Latin footnote glued to a Persian name
(«اودسا۷» + footnote ۷ "Odessa") supplies the party's English name.

Years: the year closest to the pair inside its sentence (Jalali or Gregorian,
see :mod:`textkit.dates`), only when the sentence states one pair. Status: the
status word closest before the pair (within 150 characters) or right after it
(within 50), e.g. «در سطح غیررسمی … بین ونکوور و اودسا» → informal.

Example:
    >>> from textkit.model import Block
    >>> b = Block(id="p1", page=1, kind="paragraph", text="خواهرخواندگی بین کاونتری و استالینگراد در سال ۱۹۴۴ رسمیت یافت.")
    >>> [(a.parties[0].name, a.parties[1].name, a.year, a.status) for a in prose_to_agreements([b])]
    [('کاونتری', 'استالینگراد', 1944, 'formal')]
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from textkit.dates import DIGIT, find_years, to_ascii_digits
from textkit.extract.lexicon import country_code, has_twinning_word, name_key, status_of
from textkit.extract.places import PlaceItem, clean_name, link_city, parse_item
from textkit.extract.records import date_info, evidence, party_from_item
from textkit.model import Block
from textkit.schema import Agreement

log = logging.getLogger(__name__)

# Persian function words and verbs that end a place name (a name never contains them).
_FA_STOP = set("""
و با در از به که را تا بر برای این آن یک دو هر بین میان سال سالهای مانند مثال عنوان شامل مبادله
بود است شد شده اند بودند هستند کرد کردند کرده دارد دارند داشت شود می نیز هم همچنین ولی اما یا
شهر شهرهای شهرها شهری کشور کشورهای ایالت استان منطقه خواهر خواهرخواندگی دوقلو پیوند رابطه روابط
قرارداد تفاهم‌نامه توافق‌نامه پیمان برقرار بسته امضا رسمیت یافت پایتخت مشارکت همکاری خود او آنها
پس پیش قبل بعد اولین نخستین دوره زمان ماه روز اوایل اواخر دهه قرن جنگ پروژه برنامه شهردار مردم
مختلف دولتی بین‌المللی جهانی ملی محلی بزرگ کوچک دیگر سایر برخی بسیاری همه تمام چند چندین ارکان
فراهم می‌سازد می‌شود می‌کند می‌کنند گسترش توسعه تقویت زمینه‌های جامعه نهاد سازمان
""".split())
# Plural and verb endings: «شهرداری‌ها», «می‌کنند» are never place names.
_NOT_NAME = re.compile(r"(?:‌ها|‌های|ها|های|‌اند)$|^(?:می|نمی)‌")
_EN_STOP = set("""
the a an and or with between of in on at to from for by as is are was were be been has have had its
their his her this that these those sister city cities twin town towns twinned twinning partner
partnership friendship relationship relations agreement signed since year years mayor in
""".split())
_MONTHS_EN = set("january february march april may june july august september october november december".split())

# Sentence ends: «.», "!", "?", «؟» followed by space/end; not after a single capital ("A.M").
_SENT_END = re.compile(r"(?<![A-Z])(?<!\bet al)(?<!\bDr)(?<!\bSt)[.!?؟](?=\s|$)")
# A glued footnote marker after a word: «اودسا۷» → ۷ (Persian digits right after a letter).
_GLUED_MARK = re.compile(r"(?<=[\u0600-\u06ff\w])([۰-۹]{1,3})(?![۰-۹])")
# Pair connectors between two place phrases.
_BETWEEN_FA = re.compile(r"(?:بین|میان)\s+(.{2,80}?)\s+و\s+")
_BETWEEN_EN = re.compile(r"\bbetween\s+(.{2,80}?)\s+and\s+", re.I)
_MID = re.compile(r"\s+(?:با|و)\s+|\s+[-–—]\s+|\s+(?:with|and|&)\s+|\s*–\s*", re.I)
_SISTER_OWN = re.compile(r"(?:به|با)\s+خواهر\s*شهر(?:\s+خود)?\s+|sister\s+city\s+(?:of\s+)?|twinned\s+with\s+|twin\s+town\s+of\s+|partner\s+city\s+(?:of\s+)?", re.I)
# A pair right after a twinning noun: «خواهر شهر سینسیناتی - خارکف», "sister cities Kyoto and Paris".
_AFTER_KEYWORD = re.compile(r"(?:خواهر\s*شهر(?:ی|های|ها)?|خواهرخواندگی|sister\s+cit(?:y|ies)|twin\s+(?:towns?|cities))\s+", re.I)
# A citation in parentheses, whose year is not the agreement's: "(Ogawa, 2012:16)", «(زینلی، ۱۳۸۷)».
_CITATION_PAREN = re.compile(r"\([^()]*?[،,]\s*[^()]*?\)")
# A narrative citation's year is not an agreement year: «کلارک (۲۰۱۰)», "Clark (2010)".
_NARRATIVE_YEAR = re.compile(rf"\(\s*{DIGIT}{{4}}\s*(?::[^)]*)?\)")
# Words tying a year to the agreement when they stand between the pair and the year:
# "became sister cities in 1957" (not "hosted a delegation in 2016").
_AGREEMENT_WORD = re.compile(
    r"sister|twin|agreement|signed|establish|became|since|formali|partnership|friendship|relationship|dat\w* back|"
    r"خواهر|دوقلو|پیوند|پیمان|امضا|تفاهم|قرارداد|برقرار|منعقد|رسمیت|آغاز", re.I)
# Words that introduce a year: «در سال ۱۳۷۳», "in 1994", "since 1990".
_YEAR_CUE = re.compile(r"(?:سال|در|از|in|since|of|year)\s*$", re.I)
_FOOTNOTE_PAIR = re.compile(r"^(.{2,60}?)\s+(?:[-–—]|and|&|with)\s+(.{2,60})$")


@dataclass(frozen=True, slots=True)
class _Side:
    item: PlaceItem
    start: int
    end: int


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of *text*.

    Example:
        >>> t = "الف است. ب است؟ C is."
        >>> [t[s:e] for s, e in split_sentences(t)]
        ['الف است.', 'ب است؟', 'C is.']
    """
    out = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        if text[pos:end].strip():
            s = pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
            out.append((s, end))
        pos = end
    if text[pos:].strip():
        s = pos + (len(text[pos:]) - len(text[pos:].lstrip()))
        out.append((s, len(text.rstrip())))
    return out


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
    if w.casefold() in _MONTHS_EN:
        return True
    return False


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
        s, e, w = toks[i]
        if w in "،," or _is_stop(w) or _HARD.search(text[pos + s : pos + s + 1]):
            break
        words.append(toks[i])
        hard_end = _HARD.search(w)
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
        if len(words) == 1 and re.match(r"^(?:سن|سان|سنت|نیو|لس|ریو|بوینس|آب|San|Saint|St\.?|New|Los|Las|Rio|Buenos|Le|La|El|Port|Fort)$", words[0][2]):
            continue  # «سن آنتونیو», "New York": first word of a known multi-word name pattern
        if words[0][2][:1].isupper() and nxt[:1].isupper():
            continue  # "Oklahoma City"
        break
    if not words:
        return None
    end = pos + words[-1][1]
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
    words = []
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
_CITY_WORD = re.compile(r"^\s*(?:(?:شهرهای|شهر|the\s+city\s+of|the\s+cities\s+of|city\s+of|the)\s+)+", re.I)
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
    phrase = re.sub(r"\s+در\s+|\s+in\s+", "، ", phrase)
    item = parse_item(clean_name(phrase), gazetteer=gazetteer)
    if item is None or not item.name or len(item.name.split()) > 4:
        return None
    if any(_is_stop(w) or _NOT_NAME.search(w) for w in item.name.split()):
        return None
    if strong and not (item.country or item.region or item.gazetteer_id):
        return None
    return _Side(item, s, e)


# A footnote inside any block: a Persian-digit label then Latin text, up to the next label:
# "۱۸Baltimore, Maryland – Xiamen, China ۱۹Norfolk, …" → ("۱۸", "Baltimore, Maryland – Xiamen, China").
_EMBEDDED_NOTE = re.compile(r"(?:^|(?<=\s))([۰-۹]{1,3})\s?([A-Z][^\n]*?)(?=\s+[۰-۹]{1,3}\s?[A-Z]|$)")
# A block that is itself a footnote: "۲۰ Tacoma, Washington – Fuzhou, China".
_NOTE_LIKE = re.compile(r"^\s*[۰-۹0-9]{1,3}\s?[A-Z]")
# The Latin run at the start of a note: "Xiamen, China (۵۶-۵۷ :۱۳۹۳" → "Xiamen, China".
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z .,'’&\-–—]*")


@dataclass(frozen=True, slots=True)
class _Note:
    label: str
    text: str
    block: Block
    start: int
    end: int


def _notes(blocks: list[Block]) -> list[tuple[_Note, int]]:
    """Footnotes with Latin text, from footnote blocks and from footnote runs
    embedded in other blocks; each with the index of its host block."""
    out = []
    for i, b in enumerate(blocks):
        if b.kind == "table":
            continue
        if b.kind == "footnote":
            m = re.match(r"^\s*([۰-۹0-9]{1,3})?\s*", b.text)
            label = to_ascii_digits(b.label or (m.group(1) if m and m.group(1) else ""))
            body_start = m.end() if m else 0
            run = _LATIN_RUN.match(b.text, body_start)
            if run:
                out.append((_Note(label, run.group().strip(" .,"), b, run.start(), run.end()), i))
            continue
        if not re.search("[A-Z]", b.text):
            continue
        for m in _EMBEDDED_NOTE.finditer(b.text):
            run = _LATIN_RUN.match(m.group(2))
            if run:
                out.append((_Note(to_ascii_digits(m.group(1)), run.group().strip(" .,"), b, m.start(2),
                                  m.start(2) + len(run.group())), i))
    return out


def _label_rx(label: str) -> str:
    """A footnote label in either digit script: "18" → "18|۱۸"."""
    fa = label.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    return f"{re.escape(label)}|{re.escape(fa)}"


def _strong(item: PlaceItem) -> bool:
    """A place with a country, region or gazetteer link written with it."""
    return bool(item.country or item.region or item.gazetteer_id)


def _latin_name(text: str) -> bool:
    """A capitalised Latin name: "Kobe", "New Taipei City" (not "the", not "In")."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() and w.isascii() for w in words) and not _is_stop(words[-1])


def _footnote_names(notes: list[tuple[_Note, int]]) -> dict[str, list[tuple[int, str]]]:
    """label → [(host block index, short Latin text)] («۷» → "Odessa"), for naming
    Persian parties. Labels repeat when numbering restarts, hence the positions."""
    out: dict[str, list[tuple[int, str]]] = {}
    for n, i in notes:
        if n.label and len(n.text.split()) <= 4 and "," not in n.text and not country_code(n.text, None):
            out.setdefault(n.label, []).append((i, n.text))
    return out


def _names_near(fn_names: dict[str, list[tuple[int, str]]], index: int) -> dict[str, str]:
    """For a block at *index*: each label's note printed at or after it (else the last before)."""
    out = {}
    for label, places in fn_names.items():
        after = [(i, t) for i, t in places if i >= index]
        pick = min(after) if after else max(places)
        out[label] = pick[1]
    return out


def prose_to_agreements(blocks: list[Block], *, gazetteer: Any = None,
                        skip: frozenset[str] = frozenset()) -> list[Agreement]:
    """Agreements stated in paragraphs, list items, captions and footnotes.

    Args:
        blocks: the document's blocks in reading order.
        gazetteer: optional; links parties and confirms bare names.

    Returns:
        Agreements with ``source`` ``"prose"`` or ``"footnote"`` (not merged).
    """
    out: list[Agreement] = []
    notes = _notes(blocks)
    fn_names = _footnote_names(notes)
    covered: dict[str, list[tuple[int, int]]] = {}
    out.extend(_footnote_pairs(blocks, notes, gazetteer, covered))
    prev_text = ""
    for bi, b in enumerate(blocks):
        if b.kind not in ("paragraph", "list_item", "caption", "footnote") or b.role in ("references", "affiliation"):
            continue
        if b.id in skip:
            continue  # the reference list
        if b.kind == "footnote" and len(b.text) < 80:
            continue
        sents = split_sentences(b.text)
        for si, (s0, s1) in enumerate(sents):
            sent = b.text[s0:s1]
            context = has_twinning_word(sent)
            weak = False
            if not context:
                before = b.text[sents[si - 1][0] : sents[si - 1][1]] if si > 0 else prev_text
                if has_twinning_word(before[-300:]):
                    context, weak = True, True
            if not context:
                continue
            masked_sent = mask_citations(sent)
            pairs = sorted(_sentence_pairs(masked_sent, gazetteer, weak=weak), key=lambda p: p[0].start)
            years = _years_by_pair(masked_sent, pairs)
            for k, (a, c, conf) in enumerate(pairs):
                gs, ge = s0 + a.start, s0 + c.end
                if any(x <= gs < y or x < ge <= y for x, y in covered.get(b.id, [])):
                    continue
                lo = pairs[k - 1][1].end if k > 0 else 0
                hi = pairs[k + 1][0].start if k + 1 < len(pairs) else len(sent)
                out.append(_agreement(b, sent, s0, a, c, conf, (lo, hi), _names_near(fn_names, bi),
                                      years.get(k, [])))
        if b.kind != "footnote":
            prev_text = b.text
    return out


def _sentence_pairs(sent: str, gazetteer: Any, *, weak: bool) -> list[tuple[_Side, _Side, float]]:
    """The place pairs stated in one sentence, with a confidence each."""
    pairs: list[tuple[_Side, _Side, float]] = []
    used: list[tuple[int, int]] = []

    def add(a: _Side | None, c: _Side | None, conf: float) -> None:
        if a is None or c is None or name_key(a.item.name) == name_key(c.item.name) and a.item.country == c.item.country:
            return
        if any(not (c.end <= x or a.start >= y) for x, y in used):
            return
        used.append((a.start, c.end))
        pairs.append((a, c, conf))

    for rx in (_BETWEEN_FA, _BETWEEN_EN):
        for m in rx.finditer(sent):
            left = (m.start(1), m.end(1))
            a = _side(sent, left, gazetteer, strong=weak)
            c = _side(sent, _right_phrase(sent, m.end(), gazetteer), gazetteer, strong=weak)
            add(a, c, 0.85)
    for m in _SISTER_OWN.finditer(sent):
        c = _side(sent, _right_phrase(sent, m.end(), gazetteer), gazetteer, strong=False)
        head = sent[: m.start()]
        first = None
        for hm in re.finditer(r"(?:شهر|city of|City of)\s+", head):
            first = _side(head, _right_phrase(head, hm.end(), gazetteer), gazetteer, strong=False)
            if first:
                break
        if first is None:
            trimmed = re.sub(r"(?:\s+(?:is|are|was|were|has\s+been|have\s+been|became)|['’]s)?\s*$", "", head)
            span = _left_phrase(head, len(trimmed))
            latin = span is not None and _latin_name(head[span[0] : span[1]])
            first = _side(head, span, gazetteer, strong=not latin)
        if first and c:
            add(first, c, 0.85)
    for m in _AFTER_KEYWORD.finditer(sent):
        a = _side(sent, _right_phrase(sent, m.end(), gazetteer), gazetteer, strong=False)
        if a is None:
            continue
        mid = _MID.match(sent, a.end)
        if mid:
            c = _side(sent, _right_phrase(sent, mid.end(), gazetteer), gazetteer, strong=False)
            add(a, c, 0.85)
    for m in _MID.finditer(sent):
        a = _side(sent, _left_phrase(sent, m.start()), gazetteer, strong=False)
        c = _side(sent, _right_phrase(sent, m.end(), gazetteer), gazetteer, strong=False)
        if a is None or c is None:
            continue
        english = not weak and _latin_name(a.item.name) and _latin_name(c.item.name)
        if english or (_strong(a.item) and _strong(c.item)):
            add(a, c, 0.8)
    if not pairs and gazetteer is not None and not weak:
        pairs.extend(_two_known_places(sent, gazetteer))
    return pairs


def _two_known_places(sent: str, gazetteer: Any) -> list[tuple[_Side, _Side, float]]:
    """Fallback: exactly two distinct gazetteer cities in a twinning sentence."""
    try:
        ms = [m for m in gazetteer.find_mentions(sent, types={"city"}) if m.score >= 0.95]
    except Exception:
        return []
    seen: dict[str, Any] = {}
    persian = len(re.findall("[\u0600-\u06ff]", sent)) > len(re.findall("[A-Za-z]", sent))
    for m in ms:
        if persian and m.text.isascii():
            continue  # a Latin name in a Persian sentence is a footnote run, not the text's own place
        if not country_code(m.text, None):
            seen.setdefault(m.entry.id, m)
    if len(seen) != 2:
        return []
    a, c = seen.values()
    sides = []
    for m in (a, c):
        e = m.entry
        it = PlaceItem(text=m.text, name=m.text, country=e.country, gazetteer_id=e.id, name_en=e.name_en,
                       name_fa=e.name_fa, start=m.start, end=m.end)
        sides.append(_Side(it, m.start, m.end))
    return [(sides[0], sides[1], 0.7)]


def _years_by_pair(sent: str, pairs: list[tuple[_Side, _Side, float]]) -> dict[int, list[Any]]:
    """Each year of *sent* (citations masked) given to the pair nearest to it."""
    masked = _NARRATIVE_YEAR.sub(lambda m: " " * len(m.group()), sent)
    masked = _CITATION_PAREN.sub(lambda m: " " * len(m.group()), masked)
    out: dict[int, list[Any]] = {}
    for y in find_years(masked):
        cue = bool(_YEAR_CUE.search(masked[max(0, y.start - 12) : y.start]))
        best, dist = None, 10**9
        for k, (a, c, _) in enumerate(pairs):
            d = 0 if a.start <= y.start <= c.end else min(abs(y.start - a.start), abs(y.start - c.end))
            between = masked[c.end : y.start] if y.start > c.end else masked[y.end : a.start]
            if re.search(r"[,،;؛]", between):
                d += 100  # a clause boundary between the year and the pair: "…in 1957, and Tacoma …"
            between_text = masked[c.end : y.start] if y.start > c.end else masked[y.end : a.start]
            tied = a.start <= y.start <= c.end or len(between_text.strip()) <= 12 or bool(_AGREEMENT_WORD.search(between_text))
            ok = tied and ((cue and a.start - 150 <= y.start <= c.end + 100) or a.start <= y.start <= c.end + 60)
            if ok and d < dist:
                best, dist = k, d
        if best is not None:
            out.setdefault(best, []).append(y)
    return out


def _agreement(b: Block, sent: str, s0: int, a: _Side, c: _Side, conf: float, bounds: tuple[int, int],
               fn_names: dict[str, str], years: list[Any]) -> Agreement:
    parties = []
    for side in (a, c):
        p = party_from_item(side.item)
        mk = re.search(re.escape(side.item.name) + r"([۰-۹]{1,3})(?![۰-۹])", sent[side.start : side.end + 5])
        if mk and to_ascii_digits(mk.group(1)) in fn_names and not p.name_en:
            p = p.model_copy(update={"name_en": fn_names[to_ascii_digits(mk.group(1))]})
        parties.append(p)
    lo, hi = bounds
    year = min(years, key=lambda y: min(abs(y.start - c.end), abs(y.start - a.start))) if years else None
    status = _closest_status(sent, max(lo, a.start - 150), a.start, c.end, min(hi, c.end + 80))
    if a.item.status != "unknown":
        status = a.item.status
    if parties[0].gazetteer_id and parties[1].gazetteer_id:
        conf = min(0.99, conf + 0.05)
    return Agreement(parties=parties, year=year.gregorian if year else None, date=date_info(year),
                     status=status, kind="sister city", source="footnote" if b.kind == "footnote" else "prose",  # type: ignore[arg-type]
                     evidence=[evidence(b, s0, s0 + len(sent))], confidence=round(conf, 2))


def _closest_status(sent: str, lo: int, a_start: int, c_end: int, hi: int) -> str:
    """Status stated around a pair: the closest informal/planned/suspended/ended word
    in ``sent[lo:hi]`` wins over a formal one («امضا شده بود، … لغو شد» → ended)."""
    found: list[tuple[int, int, str]] = []
    window = sent[lo:hi]
    low = window.casefold()
    from textkit.extract.lexicon import STATUS_WORDS, _FOLD

    low = low.translate(_FOLD)
    taken: list[tuple[int, int]] = []
    for word, st in STATUS_WORDS:
        w = word.translate(_FOLD)
        rx = r"\b" + re.escape(w) + (r"\w*\b" if w == "negotiat" else r"\b") if w.isascii() else re.escape(w)
        for m in re.finditer(rx, low):
            if any(x <= m.start() < y for x, y in taken):
                continue  # «رسمی» inside «غیررسمی» was already counted
            taken.append((m.start(), m.end()))
            pos = lo + m.start()
            dist = 0 if a_start <= pos <= c_end else min(abs(pos - a_start), abs(pos - c_end))
            found.append((0 if st != "formal" else 1, dist, st))
    return min(found)[2] if found else "unknown"


def _footnote_pairs(blocks: list[Block], notes: list[tuple[_Note, int]], gazetteer: Any,
                    covered: dict[str, list[tuple[int, int]]]) -> list[Agreement]:
    """"Baltimore, Maryland – Xiamen, China" footnotes cited from a twinning paragraph."""
    out: list[Agreement] = []
    for note, host in notes:
        m = _FOOTNOTE_PAIR.match(" ".join(note.text.split()))
        if not m:
            continue
        body = []
        for b in reversed(blocks[: host + 1]):
            if _NOTE_LIKE.match(b.text) and len(b.text) < 300:
                continue  # another footnote printed as a paragraph
            if b.kind in ("paragraph", "list_item", "caption") and b is not note.block:
                body.insert(0, b)
                if len(body) == 3:
                    break
            elif b.kind not in ("footnote",) and b is not note.block:
                break
        glued = re.compile(rf"(?<=[^\W\d]|[\"”»)])(?:{_label_rx(note.label)})(?![۰-۹0-9])")
        cite = next((x for x in reversed(body) if note.label and glued.search(x.text)), None)
        if cite is None:
            cite = next((x for x in blocks if note.label and x.kind != "footnote"
                         and note.label in {to_ascii_digits(k) for k in x.markers}), None)
        context = [note.block.text] + [x.text for x in body[-2:]] + ([cite.text] if cite else [])
        if not any(has_twinning_word(t) for t in context):
            continue
        sides = []
        for g in (1, 2):
            part = m.group(g).strip()
            if not part[:1].isupper():
                break
            item = parse_item(part, gazetteer=gazetteer)
            if item is None or len(item.name.split()) > 4 or not (item.region or item.country or "," in part):
                break
            sides.append(item)
        if len(sides) != 2:
            continue
        evs = [evidence(note.block, note.start, note.end)]
        if cite is not None and note.label:
            mk = glued.search(cite.text) or re.search(rf"(?<![۰-۹0-9])(?:{_label_rx(note.label)})(?![۰-۹0-9])", cite.text)
            if mk:
                cs = max(cite.text.rfind("؛", 0, mk.start()), cite.text.rfind(";", 0, mk.start()),
                         cite.text.rfind(".", 0, mk.start()), mk.start() - 61) + 1
                ends = [i for i in (cite.text.find("؛", mk.end()), cite.text.find(";", mk.end())) if i >= 0]
                ce = min(ends) if ends else mk.end()
                covered.setdefault(cite.id, []).append((cs, ce))
                evs.append(evidence(cite, cs, ce))
        parties = [party_from_item(x) for x in sides]
        conf = 0.9 + (0.05 if all(p.gazetteer_id for p in parties) else 0.0)
        out.append(Agreement(parties=parties, status="unknown", kind="sister city", source="footnote",
                             evidence=evs, confidence=conf))
    return out
