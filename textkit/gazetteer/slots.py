"""Fuzzy matching in running text, only where context says a place is named.

Two kinds of slot: the one to three words before a country or region behind a
separator («یاسرنی، مجارستان», looked up in that country only), and the one or
two words after «شهر»/«بندر» («شهر فوکوگا»).  Ordinary words (``words*.tsv``)
are never fuzzy-matched on their own.  Scores and thresholds: see
``tests/bench/bench_gazetteer.py --translit``.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from textkit.gazetteer.entries import Entry, Match, Mention
from textkit.gazetteer.keys import ARABIC_SCRIPT_RE, Token
from textkit.gazetteer.match import (
    _CITY_CUES,
    _FUNCTION_WORDS,
    _GAP_RE,
    _LIGHT_VERB_RE,
    _SLOT_BEFORE_RE,
    CONFLICT_MAX_POP,
    CUE_FUZZY_MIN,
    CUES,
    FUZZY_MIN,
    SHORT_TEXT,
    SINGLE_WORD_EXTRA,
    _Cand,
)

if TYPE_CHECKING:
    from textkit.gazetteer.index import Gazetteer


def fuzzy_after_cue(gaz: Gazetteer, text: str, toks: list[Token], found: list[Mention],
                     types: set[str] | None) -> list[Mention]:  # fmt: skip
    """Near spellings right after «شهر»/«بندر» («شهر فوکوگا»): one or two
    unmatched Persian words, not common words, scoring ≥ CUE_FUZZY_MIN."""
    if types and "city" not in types:
        return []
    taken = Spans([(m.start, m.end) for m in found])
    out = []
    for k, t in enumerate(toks[:-1]):
        if t.key not in _CITY_CUES:
            continue
        best = None
        for last in (k + 1, k + 2):
            if last >= len(toks) or (
                last > k + 1 and not _GAP_RE.fullmatch(text[toks[last - 1].end : toks[last].start])
            ):
                break
            s, e = toks[k + 1].start, toks[last].end
            words = toks[k + 1 : last + 1]
            if (
                not ARABIC_SCRIPT_RE.match(text[s])
                or taken.overlaps(s, e)
                or any(_is_common(gaz, w.key, derived=True) for w in words)
                or any(w.key in gaz.stopwords for w in words)
            ):
                break
            nxt = toks[last + 1].key if last + 1 < len(toks) else ""
            if _LIGHT_VERB_RE.fullmatch(nxt):
                break  # «شهر جولان می‌دهند»: a compound verb, not a name
            hit = gaz.lookup(text[s:e], type="city", fuzzy=True, limit=1)
            if (
                hit
                and not hit[0].exact
                and hit[0].score >= CUE_FUZZY_MIN
                and (best is None or hit[0].score > best[2].score)
            ):
                best = (s, e, hit[0])
        if best:
            s, e, h = best
            out.append(Mention(s, e, text[s:e], h.entry, h.score, h.entry.type.upper()))
            taken.add(s, e)
    return out


#: Rank bonus per extra word of a slot span (spans compete by score + bonus).
LONGER_SPAN_BONUS = 0.05


def fuzzy_in(gaz: Gazetteer, span: str, countries: set[str]) -> Match | None:
    best = None
    for cc in sorted(countries):
        found = gaz.lookup(span, country=cc, type="city", fuzzy=True, limit=1)
        if found and found[0].score >= FUZZY_MIN and (best is None or found[0].score > best.score):
            best = found[0]
    return best


class Spans:
    """Sorted, non-overlapping ``[start, end)`` spans with a binary-search overlap
    test, so checking a span against all the mentions of a long text costs
    log n, not n.

    Example:
        >>> taken = Spans([(0, 5), (10, 12)])
        >>> taken.overlaps(4, 6), taken.overlaps(5, 10)
        (True, False)
        >>> taken.add(6, 8); taken.overlaps(7, 9)
        True
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._ends = [b for _, b in ordered]

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._starts, end) - 1  # the last span starting before end
        return k >= 0 and self._ends[k] > start

    def add(self, start: int, end: int) -> None:
        k = bisect.bisect_left(self._starts, start)
        self._starts.insert(k, start)
        self._ends.insert(k, end)


def fuzzy_slots(
    gaz: Gazetteer, text: str, toks: list[Token], accepted: list[_Cand], types: set[str] | None
) -> tuple[list[Mention], set[int]]:
    """Fuzzy-match unmatched words in a «name، country» / «name، region» slot.

    The one to three words before the country (or region) are looked up in
    that country only; the best-scoring word span wins.  A small place of
    another country matched inside the span gives way («آستارا خان، روسیه»:
    not Astara, Iran).  Returns new mentions and the starts of replaced ones.
    *accepted* is sorted by start and non-overlapping.
    """
    if types and "city" not in types:
        return [], set()
    tok_at_end = {t.end: k for k, t in enumerate(toks)}
    ends = [a.end for a in accepted]
    out: list[Mention] = []
    made = Spans([])
    replaced: set[int] = set()
    for ci, c in enumerate(accepted):
        slot = _slot_before(text, toks, tok_at_end, c)
        if slot is None:
            continue
        last, bare, place = slot
        cc = place.country or ""
        # the mentions the one to three words before c may touch
        near = accepted[bisect.bisect_right(ends, toks[max(0, last - 2)].start) : ci]
        hard = Spans([(a.start, a.end) for a in near if not _yields(a, cc)])
        soft = [a for a in near if _yields(a, cc)]
        best = _best_slot_span(gaz, text, toks, place, last, bare, hard, made, soft)
        if best:
            s, e, f = best
            out.append(Mention(s, e, text[s:e], f.entry, f.score, f.entry.type.upper()))
            made.add(s, e)
            replaced.update(a.start for a in soft if a.start < e and s < a.end)
    return out, replaced


def _slot_before(
    text: str, toks: list[Token], tok_at_end: dict[int, int], c: _Cand
) -> tuple[int, bool, Entry] | None:
    """For a country or region mention *c*: the index of the word before it,
    whether only a bare space separates them, and the country or region;
    ``None`` when it is no slot."""
    if c.chosen is None or c.chosen.type not in ("country", "region") or not c.chosen.country:
        return None
    # the text between the previous word and the country must be a separator
    m = _SLOT_BEFORE_RE.search(text, max(0, c.start - 4), c.start)
    if not m or m.end() != c.start or m.start() not in tok_at_end:
        return None
    bare = m.group() == " "
    if bare and (c.chosen.type != "country" or len(toks) > SHORT_TEXT):
        return None  # a bare space only before a country, in a cell («نوودی ساد صربستان»)
    return tok_at_end[m.start()], bare, c.chosen


def _best_slot_span(
    gaz: Gazetteer,
    text: str,
    toks: list[Token],
    place: Entry,
    last: int,
    bare: bool,
    hard: Spans,
    made: Spans,
    soft: list[_Cand],
) -> tuple[int, int, Match] | None:
    """The best fuzzy match, in the country or region *place*, among the one to
    three words ending at token *last*."""
    need = FUZZY_MIN + (0.05 if bare else 0.0)
    best: tuple[int, int, Match, float] | None = None
    for first in range(last, max(-1, last - 3), -1):
        if first < last and not _GAP_RE.fullmatch(text[toks[first].end : toks[first + 1].start]):
            break
        s, e = toks[first].start, toks[last].end
        if (
            hard.overlaps(s, e)
            or made.overlaps(s, e)
            or toks[first].key in CUES
            or toks[first].key in _FUNCTION_WORDS
        ):
            break
        if any(a.start == s and a.end == e for a in soft):
            continue  # already a mention of exactly these words
        if bare and first == last:
            continue  # «کتاب ژاپن», «سفیر چین»: one word before a bare country is a noun phrase
        if not text[s].isupper() and not ARABIC_SCRIPT_RE.match(text[s]):
            break  # "culture, Iran": Latin names are capitalised
        if all(_is_common(gaz, t.key, derived=first < last) for t in toks[first : last + 1]):
            continue  # «فرهنگ، ایران», «خواهر شهری ایران»: ordinary words
        need_here = need + (SINGLE_WORD_EXTRA if first == last else 0.0)
        found = gaz.lookup(text[s:e], country=place.country, type="city", fuzzy=True, limit=20)
        if place.type == "region" and place.admin1:
            # «…، آرکانزاس»: a city of that state, not the best of the country
            found = [f for f in found if f.entry.admin1 == place.admin1]
        # a longer span that matches wins over its last word alone
        # («هات اسپرینگز، آرکانزاس»: Hot Springs, not Spring)
        rank = found[0].score + LONGER_SPAN_BONUS * (last - first) if found else 0.0
        if found and found[0].score >= need_here and (best is None or rank > best[3]):
            best = (s, e, found[0], rank)
    return best[:3] if best else None


def _is_common(gaz: Gazetteer, key: str, *, derived: bool) -> bool:
    """A frequent Persian word; with *derived*, also one with a plural or
    adjective ending («خواهر شهری»; not for single words: «دیزلی» is Denizli)."""
    if key in gaz.common_words:
        return True
    return derived and any(
        key.endswith(s) and key[: -len(s)] in gaz.common_words
        for s in ("ی", "ها", "های", "ان", "ای")
    )


def _yields(a: _Cand, cc: str) -> bool:
    """True for a mention a fuzzy slot match in country *cc* may replace."""
    e = a.chosen
    return (
        e is not None
        and e.type == "city"
        and e.country != cc
        and (e.population or 0) < CONFLICT_MAX_POP
    )
