"""Fuzzy lookup: near spellings, without scanning the whole gazetteer.

Three candidate sources, all scored with rapidfuzz ``fuzz.ratio`` on keys with
``processor=None`` (rapidfuzz's default processor would turn ZWNJ into a space):

1. keys of the same script whose length is within ±25 % of the query's;
2. keys with the same consonant skeleton (``فوکوگا`` ~ ``فوکوئوکا``);
3. with a known country, that country's entries compared by cross-script
   sound skeleton (``یاسرنی`` ~ ``Jászberény``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textkit.gazetteer.entries import Match
from textkit.gazetteer.keys import ARABIC_SCRIPT_RE, match_key, skeleton
from textkit.gazetteer.translit import fa_rough, fa_sound, latin_rough, latin_sound

if TYPE_CHECKING:
    from textkit.gazetteer.index import Gazetteer

#: Below this a fuzzy candidate is not returned.
MIN_SCORE = 0.75
#: Cross-script sound skeletons must agree at least this much (ratio in [0, 1]).
SOUND_MIN = 0.85


@dataclass
class _FuzzyIndex:
    by_len: dict[tuple[bool, int], list[str]] = field(default_factory=dict)
    by_skeleton: dict[str, list[str]] = field(default_factory=dict)
    by_country: dict[str, tuple[list[int], list[str]]] = field(default_factory=dict)
    by_cc_len: dict[tuple[str, bool, int], list[str]] = field(default_factory=dict)


def _unzip(pairs: list[tuple[int, str]]) -> tuple[list[int], list[str]]:
    uniq = sorted(set(pairs))
    return [ei for ei, _ in uniq], [sd for _, sd in uniq]


def _fuzzy_index(gaz: Gazetteer) -> _FuzzyIndex:
    if gaz._fuzzy is None:
        by_len: dict[tuple[bool, int], list[str]] = defaultdict(list)
        by_skel: dict[str, list[str]] = defaultdict(list)
        by_cc: dict[str, list[tuple[int, str]]] = defaultdict(list)
        by_cc_len: dict[tuple[str, bool, int], set[str]] = defaultdict(set)
        for key in gaz.keys():  # noqa: SIM118 - a Gazetteer, not a dict
            posts = gaz.postings(key)
            arabic = bool(ARABIC_SCRIPT_RE.search(key))
            by_len[(arabic, len(key))].append(key)
            sk = skeleton(key)
            if arabic and len(sk) >= 2:
                by_skel[sk].append(key)
            sound = fa_sound(key) if arabic else latin_sound(key)
            for ei, _ti, _n, _f in posts:
                cc = gaz.entries[ei].country
                if cc and sound:
                    by_cc[cc].append((ei, sound))
                if cc:
                    by_cc_len[(cc, arabic, len(key))].add(key)
        gaz._fuzzy = _FuzzyIndex(
            dict(by_len),
            dict(by_skel),
            {k: _unzip(v) for k, v in by_cc.items()},
            {k: sorted(v) for k, v in by_cc_len.items()},
        )
    return gaz._fuzzy


def fuzzy_lookup(
    gaz: Gazetteer, key: str, cc: str | None, etype: str | None, limit: int = 10
) -> list[Match]:
    """Near matches for *key* (already a :func:`match_key` key), best first."""
    from rapidfuzz import fuzz, process

    if len(key) < 3:
        return []
    fx = _fuzzy_index(gaz)
    arabic = bool(ARABIC_SCRIPT_RE.search(key))
    spread = max(1, len(key) // 4)
    scored: dict[int, tuple[float, str]] = {}

    def offer(ei: int, score: float, matched: str) -> None:
        e = gaz.entries[ei]
        if (cc and e.country != cc) or (etype and e.type != etype):
            return
        if ei not in scored or scored[ei][0] < score:
            scored[ei] = (score, matched)

    # with a country, scan only its keys: the cost follows the country's size
    choices: list[str] = []
    for n in range(len(key) - spread, len(key) + spread + 1):
        choices.extend(
            fx.by_cc_len.get((cc, arabic, n), ()) if cc else fx.by_len.get((arabic, n), ())
        )
    for cand, score, _ in process.extract(
        key, choices, scorer=fuzz.ratio, processor=None, score_cutoff=MIN_SCORE * 100, limit=50
    ):
        for ei, ti, _n, _f in gaz.postings(cand):
            offer(ei, score / 100, gaz.text(ti))
    if arabic:
        for cand in fx.by_skeleton.get(skeleton(key), ()):
            score = 0.7 + 0.2 * fuzz.ratio(key, cand, processor=None) / 100
            for ei, ti, _n, _f in gaz.postings(cand):
                offer(ei, score, gaz.text(ti))
    if cc and cc in fx.by_country:
        sound = fa_sound(key) if arabic else latin_sound(key)
        eis, sounds = fx.by_country[cc]
        if len(sound) >= 2:
            for _s, r, i in process.extract(
                sound,
                sounds,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=SOUND_MIN * 100,
                limit=30,
            ):
                e = gaz.entries[eis[i]]
                # vowels break ties between same-skeleton names (Gyeongju / Gwangju)
                rough = (
                    fuzz.ratio(
                        fa_rough(key) if arabic else key,
                        latin_rough(match_key(e.name_en)),
                        processor=None,
                    )
                    / 100
                )
                offer(eis[i], 0.5 + 0.3 * r / 100 + 0.15 * rough, e.name_en)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], -gaz.prior(gaz.entries[kv[0]])))
    return [
        Match(gaz.entries[ei], round(s, 3), m, False) for ei, (s, m) in ranked if s >= MIN_SCORE
    ][:limit]
