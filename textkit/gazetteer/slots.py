"""Fuzzy matching in running text, only where context says a place is named.

Two kinds of slot: the one to three words before a country or region behind a
separator («یاسرنی، مجارستان», looked up in that country only), and the one or
two words after «شهر»/«بندر» («شهر فوکوگا»).  Ordinary words (``words*.tsv``)
are never fuzzy-matched on their own.  Scores and thresholds: see
``tests/bench/bench_gazetteer.py --translit``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textkit.gazetteer.entries import Match, Mention
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
    taken = [(m.start, m.end) for m in found]
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
                or any(a < e and s < b for a, b in taken)
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
            taken.append((s, e))
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


def fuzzy_slots(
    gaz: Gazetteer, text: str, toks: list[Token], accepted: list[_Cand], types: set[str] | None
) -> tuple[list[Mention], set[int]]:
    """Fuzzy-match unmatched words in a «name، country» / «name، region» slot.

    The one to three words before the country (or region) are looked up in
    that country only; the best-scoring word span wins.  A small place of
    another country matched inside the span gives way («آستارا خان، روسیه»:
    not Astara, Iran).  Returns new mentions and the starts of replaced ones.
    """
    if types and "city" not in types:
        return [], set()
    tok_at_end = {t.end: k for k, t in enumerate(toks)}
    out: list[Mention] = []
    replaced: set[int] = set()
    for c in accepted:
        if c.chosen is None or c.chosen.type not in ("country", "region") or not c.chosen.country:
            continue
        cc = c.chosen.country
        # the text between the previous word and the country must be a separator
        m = _SLOT_BEFORE_RE.search(text, max(0, c.start - 4), c.start)
        if not m or m.end() != c.start or m.start() not in tok_at_end:
            continue
        bare = m.group() == " "
        if bare and (c.chosen.type != "country" or len(toks) > SHORT_TEXT):
            continue  # a bare space only before a country, in a cell («نوودی ساد صربستان»)
        need = FUZZY_MIN + (0.05 if bare else 0.0)
        # spans already taken, except small places of another country
        hard = [(a.start, a.end) for a in accepted if a is not c and not _yields(a, cc)]
        soft = [a for a in accepted if a is not c and _yields(a, cc)]
        hard += [(mm.start, mm.end) for mm in out]
        last = tok_at_end[m.start()]
        best = None
        for first in range(last, max(-1, last - 3), -1):
            if first < last and not _GAP_RE.fullmatch(
                text[toks[first].end : toks[first + 1].start]
            ):
                break
            s, e = toks[first].start, toks[last].end
            if (
                any(a < e and s < b for a, b in hard)
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
            found = gaz.lookup(text[s:e], country=cc, type="city", fuzzy=True, limit=20)
            if c.chosen.type == "region" and c.chosen.admin1:
                # «…، آرکانزاس»: a city of that state, not the best of the country
                found = [f for f in found if f.entry.admin1 == c.chosen.admin1]
            # a longer span that matches wins over its last word alone
            # («هات اسپرینگز، آرکانزاس»: Hot Springs, not Spring)
            rank = found[0].score + LONGER_SPAN_BONUS * (last - first) if found else 0.0
            if found and found[0].score >= need_here and (best is None or rank > best[3]):
                best = (s, e, found[0], rank)
        if best:
            s, e, f, _rank = best
            out.append(Mention(s, e, text[s:e], f.entry, f.score, f.entry.type.upper()))
            replaced.update(a.start for a in soft if a.start < e and s < a.end)
    return out, replaced


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
