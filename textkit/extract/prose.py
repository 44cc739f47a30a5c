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
    >>> text = "خواهرخواندگی بین کاونتری و استالینگراد در سال ۱۹۴۴ رسمیت یافت."
    >>> b = Block(id="p1", page=1, kind="paragraph", text=text)
    >>> [(a.parties[0].name, a.parties[1].name, a.year, a.status) for a in prose_to_agreements([b])]
    [('کاونتری', 'استالینگراد', 1944, 'formal')]
"""

from __future__ import annotations

import logging
import re
from typing import Any

from textkit.dates import to_ascii_digits
from textkit.extract.clauses import closest_status, years_by_pair
from textkit.extract.footnotes import footnote_names, footnote_pairs, names_near, notes
from textkit.extract.lexicon import country_code, has_twinning_word, kind_of, name_key
from textkit.extract.phrases import (
    _latin_name,
    _left_phrase,
    _right_phrase,
    _Side,
    _side,
    _strong,
    mask_citations,
)
from textkit.extract.places import PlaceItem, link_city, region_country
from textkit.extract.records import date_info, evidence, party_from_item
from textkit.model import Block
from textkit.schema import Agreement

log = logging.getLogger(__name__)
# Sentence ends: «.», "!", "?", «؟» followed by space/end; not after a single capital ("A.M").
_SENT_END = re.compile(
    r"(?<![A-Z])(?<!\bet al)(?<!\bDr)(?<!\bSt)[.!?؟]"
    # a footnote marker may follow the stop: «… نرسید.[۳] در سوی دیگر»
    r"(?:\[[0-9\u06f0-\u06f9]{1,3}\]|(?<=[\u0600-\u06ff][.!؟])[\u06f0-\u06f9]{1,2})?(?=\s|$)"
)  # Pair connectors between two place phrases.
_BETWEEN_FA = re.compile(r"(?:بین|میان)\s+(.{2,80}?)\s+و\s+")
_BETWEEN_EN = re.compile(r"\bbetween\s+(.{2,80}?)\s+and\s+", re.I)
_MID = re.compile(r"\s+(?:با|و)\s+|\s+[-–—]\s+|\s+(?:with|and|&)\s+|\s*–\s*", re.I)
_SISTER_OWN = re.compile(
    r"(?:به|با)\s+خواهر\s*شهر(?:\s+خود)?\s+|sister\s+city\s+(?:of\s+)?|twinned\s+with\s+|twin\s+town\s+of\s+|partner\s+city\s+(?:of\s+)?",
    re.I,
)
# A pair right after a twinning noun: «خواهر شهر سینسیناتی - خارکف»,
# "sister cities Kyoto and Paris".
_AFTER_KEYWORD = re.compile(
    r"(?:خواهر\s*شهر(?:ی|های|ها)?|خواهرخواندگی|sister\s+cit(?:y|ies)|twin\s+(?:towns?|cities))\s+",
    re.I,
)
# Twinning denied: «… هنوز به خواهرخواندگی نینجامیده است», «… خواهرخوانده نیستند»,
# "have not (yet) become sister cities", "are not twinned".
_NEGATED = re.compile(
    r"(?:خواهرخواندگی|خواهرخوانده|خواهرشهر|خواهر\s+شهر)\S*\s+(?:\S+\s+)?"
    r"(?:نینجامیده|نیانجامیده|نشده|نشدند|نیستند|نیست|نبوده|نرسیده|نبسته|نکرده|ندارد|ندارند)"
    r"|\b(?:not|never)\s+(?:yet\s+)?(?:become|became|been)\s+(?:sister|twin)"
    r"|\bare\s+not\s+(?:sister|twin)",
    re.I,
)
# A pact that never came to be: «… هیچ‌گاه به امضا نرسید», «منعقد نشد», «امضا نشد»,
# "was never signed", "did not materialise", "was never concluded", "fell through".
# Read per clause: the clause naming the partner decides.
_NEVER = re.compile(
    r"به\s+امضا\s+نرسید|امضا\s+نشد|منعقد\s+نشد|منعقد\s+نگردید|نهایی\s+نشد|"
    r"هیچ\u200c?\s?گاه\s+(?:\S+\s+){0,3}(?:نرسید|نشد)|"
    r"\bnever\s+(?:been\s+)?(?:signed|concluded|ratified|materiali[sz]ed|finali[sz]ed)|"
    r"\bdid\s+not\s+(?:materiali[sz]e|go\s+ahead|come\s+about)|\bfell\s+through|"
    r"\bwas\s+(?:never|not)\s+(?:signed|concluded)|\bcame\s+to\s+nothing",
    re.I,
)


def never_signed(sent: str, pos: int) -> bool:
    """Whether the clause of *sent* holding offset *pos* says the pact never came to be.

    Example:
        >>> s = "شیراز با دوشنبه پیمان بست، اما پیش‌نویس پیمان با ورونا هیچ‌گاه به امضا نرسید."
        >>> never_signed(s, s.index("دوشنبه")), never_signed(s, s.index("ورونا"))
        (False, True)
    """
    from textkit.extract.discourse import split_clauses

    for off, clause in split_clauses(sent):
        if off <= pos < off + len(clause):
            return bool(_NEVER.search(clause))
    return bool(_NEVER.search(sent))


# A memorandum or friendship pact, which stands even when full twinning is denied.
_MEMORANDUM = re.compile(r"تفاهم|پیمان\s+دوستی|memorand|\bMoU\b|friendship\s+agreement", re.I)
# A twinning predicate after the pair: «… خواهرخوانده شدند», "… became sister cities".
_PREDICATE = re.compile(
    r"\s(?:خواهرخوانده|خواهر\s*شهر)\s*(?:شدند|شد|هستند|است|می‌باشند|گردیدند)"
    r"|\s(?:became|are|have\s+been|were)\s+(?:sister|twin)\s+(?:cities|towns)",
    re.I,
)
# An agreement noun then "with": "signed a sister city agreement with Y" / «… با شهر Y».
_AGREEMENT_WITH = re.compile(
    r"(?:agreement|relationship|partnership|ties|accord|memorandum)\s+with\s+",
    re.I,
)
# «… با (شهر) Y … تفاهم‌نامه/پیمان خواهرخواندگی …»: the partner after «با», the
# subject at the start of the sentence.
_AGREEMENT_WITH_FA = re.compile(
    r"\sبا\s+(?=(?:شهر\s+)?\S+[^.؛]{0,80}?(?:تفاهم|پیمان|قرارداد|خواهرخواندگی))"
)
# A plural noun after the second side: "between Iranian and Iraqi cities",
# «میان شهرهای ایرانی و عراقی».
_PLURAL_AFTER = re.compile(
    r"\s+(?:cities|towns|municipalities|communities|countries|states)\b", re.I
)


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


def prose_to_agreements(
    blocks: list[Block], *, gazetteer: Any = None, skip: frozenset[str] = frozenset()
) -> list[Agreement]:
    """Agreements stated in paragraphs, list items, captions and footnotes.

    Args:
        blocks: the document's blocks in reading order.
        gazetteer: optional; links parties and confirms bare names.

    Returns:
        Agreements with ``source`` ``"prose"`` or ``"footnote"`` (not merged).
    """
    out: list[Agreement] = []
    found_notes = notes(blocks)
    fn_names = footnote_names(found_notes)
    covered: dict[str, list[tuple[int, int]]] = {}
    out.extend(footnote_pairs(blocks, found_notes, gazetteer, covered))
    prev_text = ""
    last: tuple[_Side, int] | None = None  # the first party of the last pair, and its block
    for bi, b in enumerate(blocks):
        if b.kind not in ("paragraph", "list_item", "caption", "footnote") or b.role in (
            "references",
            "affiliation",
        ):
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
            negated = bool(_NEGATED.search(sent))
            if not context or (negated and not _MEMORANDUM.search(sent)):
                continue
            if _is_enumeration(sent, gazetteer):
                continue  # "X's sister cities are A, B and C": lists.enumerations_to_agreements
            masked_sent = mask_citations(sent)
            pairs = sorted(
                _sentence_pairs(masked_sent, gazetteer, weak=weak), key=lambda p: p[0].start
            )
            if not pairs and last is not None and bi - last[1] <= 1:
                pairs = _implied_subject(masked_sent, last[0], gazetteer)
            years = years_by_pair(masked_sent, pairs)
            for k, (a, c, conf) in enumerate(pairs):
                gs, ge = s0 + a.start, s0 + c.end
                if never_signed(sent, c.start):
                    continue  # «… ورونا … هیچ‌گاه به امضا نرسید»: no agreement
                if any(x <= gs < y or x < ge <= y for x, y in covered.get(b.id, [])):
                    continue
                lo = pairs[k - 1][1].end if k > 0 else 0
                hi = pairs[k + 1][0].start if k + 1 < len(pairs) else len(sent)
                ag = _agreement(
                    b,
                    sent,
                    s0,
                    a,
                    c,
                    conf,
                    (lo, hi),
                    names_near(fn_names, bi),
                    years.get(k, []),
                )
                if negated and ag.status in ("formal", "unknown"):
                    # «تفاهم‌نامه … امضا شد، اما به خواهرخواندگی رسمی نرسیده»: a memorandum only
                    ag = ag.model_copy(update={"status": "informal"})
                out.append(ag)
                last = (a, bi)
        if b.kind != "footnote":
            prev_text = b.text
    return out


def _implied_subject(sent: str, subject: _Side, gazetteer: Any) -> list[tuple[_Side, _Side, float]]:
    """ "… a similar memorandum with Najaf, Iraq, would be signed": an agreement
    "with" a place whose other party is the city of the pair just before."""
    out = []
    for m in list(_AGREEMENT_WITH.finditer(sent)) + list(_AGREEMENT_WITH_FA.finditer(sent)):
        if _subject(sent[: m.start()], gazetteer) is not None:
            continue
        c = _side(sent, _right_phrase(sent, m.end(), gazetteer), gazetteer, strong=True)
        if c is None or name_key(c.item.name) == name_key(subject.item.name):
            continue
        a = _Side(subject.item, m.start(), m.start())  # stated earlier; no span in this sentence
        out.append((a, c, 0.6))
    return out[:1]


def _is_enumeration(sent: str, gazetteer: Any) -> bool:
    from textkit.extract.lists import _ENUM, _ENUM_SEP, home_city_from_text

    masked = mask_citations(sent).rstrip(".")
    m = _ENUM.search(masked)
    if not m:
        return False
    pieces = [p for p in _ENUM_SEP.split(m.group("list")) if p.strip()]
    if len(pieces) < 2 or sum(len(p.split()) <= 4 for p in pieces) < len(pieces) * 0.7:
        return False  # a colon inside a sentence, not a list of places
    return home_city_from_text(masked[: m.start()], gazetteer) is not None


def _sentence_pairs(sent: str, gazetteer: Any, *, weak: bool) -> list[tuple[_Side, _Side, float]]:
    """The place pairs stated in one sentence, with a confidence each."""
    pairs: list[tuple[_Side, _Side, float]] = []
    used: list[tuple[int, int]] = []

    def add(a: _Side | None, c: _Side | None, conf: float) -> None:
        if (
            a is None
            or c is None
            or (name_key(a.item.name) == name_key(c.item.name) and a.item.country == c.item.country)
        ):
            return
        if any(not (c.end <= x or a.start >= y) for x, y in used):
            return
        if _PLURAL_AFTER.match(sent, c.end):
            return  # "between Iranian and Iraqi cities": adjectives, not places
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
            trimmed = re.sub(
                r"(?:\s+(?:is|are|was|were|has\s+been|have\s+been|became)|['’]s)?\s*$", "", head
            )
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
    if not weak:
        # «X با شهر Y خواهرخوانده شد», "X and Y became sister cities": the pair right
        # before a twinning predicate needs no country to be believed
        for m in _PREDICATE.finditer(sent):
            seg_start = max(0, m.start() - 120)
            mids = [x for x in _MID.finditer(sent, seg_start, m.start())]
            if not mids:
                continue
            mid = mids[-1]
            a = _side(sent, _left_phrase(sent, mid.start()), gazetteer, strong=False)
            c = _side(sent, _right_phrase(sent, mid.end(), gazetteer), gazetteer, strong=False)
            if a is not None and c is not None and c.end <= m.start() + 1:
                add(a, c, 0.85)
        # "X signed a sister city agreement with Y", «شهرداری X … با شهر Y … پیمان … امضا کرد»
        for m in list(_AGREEMENT_WITH.finditer(sent)) + list(_AGREEMENT_WITH_FA.finditer(sent)):
            c = _side(sent, _right_phrase(sent, m.end(), gazetteer), gazetteer, strong=False)
            a = _subject(sent[: m.start()], gazetteer)
            if a is not None and c is not None:
                add(a, c, 0.75)
    for m in _MID.finditer(sent):
        a = _side(sent, _left_phrase(sent, m.start()), gazetteer, strong=False)
        c = _side(sent, _right_phrase(sent, m.end(), gazetteer), gazetteer, strong=False)
        if a is None or c is None or _is_list_of_cities(a, sent, gazetteer):
            continue
        if _in_enumeration(sent, m, a, c):
            continue
        english = not weak and _latin_name(a.item.name) and _latin_name(c.item.name)
        if english or (_strong(a.item) and _strong(c.item)):
            add(a, c, 0.8)
    if not pairs and gazetteer is not None and not weak:
        pairs.extend(_two_known_places(sent, gazetteer))
    return pairs


# "and"/«و» between the last two items of an enumeration.
_AND = re.compile(r"\s+(?:و|and|&)\s+", re.I)
# What an enumeration of cities that act together is followed by: «… نیز به این جریان
# پیوستند», "… later also followed", "… also joined".
_TOGETHER = re.compile(
    r"^\s*(?:نیز|هم|همگی|(?:later\s+)?also|too|all|later|subsequently)\b"
    r"|^[^.؛;]{0,40}?(?:پیوستند|پیوسته‌اند|followed|joined)",
    re.I,
)


def _in_enumeration(sent: str, m: re.Match[str], a: _Side, c: _Side) -> bool:
    """«اردبیل، ارومیه و زنجان نیز … پیوستند», "Zanjan, Qazvin and Hamadan later also
    followed": the last two items of an enumeration joined by «و»/"and" are not a pair."""
    if not _AND.fullmatch(m.group()):
        return False
    left = sent[a.start : m.start()]
    comma_before = bool(re.search(r"[،,]\s*$", sent[: a.start]))
    comma_inside = bool(re.search(r"[،,]", left)) and a.item.country_text is None
    if comma_before or comma_inside:
        return True
    return bool(_TOGETHER.search(sent[c.end :]))


def _is_list_of_cities(side: _Side, sent: str, gazetteer: Any) -> bool:
    """«اصفهان، شیراز، تبریز و مشهد …»: the left side is the head of an enumeration
    of cities, not one place with its region."""
    span = sent[side.start : side.end]
    if side.item.country is None and len(re.findall(r"[،,]", span)) >= 2:
        return True
    region = side.item.region
    if region and gazetteer is not None:
        first = re.split(r"[،,]", region)[0].strip()
        return bool(link_city(first, None, gazetteer)[0]) and not region_country(first, gazetteer)
    return False


def _subject(head: str, gazetteer: Any) -> _Side | None:
    """The city a sentence starts with: «شهرداری کرمانشاه …», "The city of Leeds …", "Leeds …"."""
    m = re.match(
        r"\s*(?:(?:در\s+سال\s+\S+|In\s+\d{4},?)\s+)?"
        r"(?:شهرداری|شهر|the\s+city\s+of|city\s+of|the\s+municipality\s+of)?\s*",
        head,
        re.I,
    )
    start = m.end() if m else 0
    side = _side(head, _right_phrase(head, start, gazetteer), gazetteer, strong=False)
    if side is None:
        return None
    # a capitalised first word is a city only if the gazetteer agrees ("Officials said …")
    latin = _latin_name(side.item.name) and (gazetteer is None or bool(side.item.gazetteer_id))
    return side if (latin or side.item.gazetteer_id or (m and m.group(0).strip())) else None


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
            continue  # a Latin name in a Persian sentence is a footnote run, not its own place
        if not country_code(m.text, None):
            seen.setdefault(m.entry.id, m)
    if len(seen) != 2:
        return []
    a, c = seen.values()
    sides = []
    for m in (a, c):
        e = m.entry
        it = PlaceItem(
            text=m.text,
            name=m.text,
            country=e.country,
            gazetteer_id=e.id,
            name_en=e.name_en,
            name_fa=e.name_fa,
            start=m.start,
            end=m.end,
        )
        sides.append(_Side(it, m.start, m.end))
    return [(sides[0], sides[1], 0.7)]


def _agreement(
    b: Block,
    sent: str,
    s0: int,
    a: _Side,
    c: _Side,
    conf: float,
    bounds: tuple[int, int],
    fn_names: dict[str, str],
    years: list[Any],
) -> Agreement:
    parties = []
    for side in (a, c):
        p = party_from_item(side.item)
        mk = re.search(
            re.escape(side.item.name) + r"([۰-۹]{1,3})(?![۰-۹])", sent[side.start : side.end + 5]
        )
        if mk and to_ascii_digits(mk.group(1)) in fn_names and not p.name_en:
            p = p.model_copy(update={"name_en": fn_names[to_ascii_digits(mk.group(1))]})
        parties.append(p)
    lo, hi = bounds
    year = (
        min(years, key=lambda y: min(abs(y.start - c.end), abs(y.start - a.start)))
        if years
        else None
    )
    status = closest_status(sent, max(lo, a.start - 150), a.start, c.end, min(hi, c.end + 200))
    if a.item.status != "unknown":
        status = a.item.status
    kind = kind_of(sent)
    if status == "unknown" and kind == "friendship city":
        status = "informal"  # a friendship pact is an informal tie unless called formal
    if parties[0].gazetteer_id and parties[1].gazetteer_id:
        conf = min(0.99, conf + 0.05)
    return Agreement(
        parties=parties,
        year=year.gregorian if year else None,
        date=date_info(year),
        status=status,
        kind=kind,
        source="footnote" if b.kind == "footnote" else "prose",
        evidence=[evidence(b, s0, s0 + len(sent))],
        confidence=round(conf, 2),
    )
