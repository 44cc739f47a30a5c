"""Fuzzy lookup: near spellings, without scanning the whole gazetteer.

Three candidate sources, all scored with rapidfuzz ``fuzz.ratio`` on keys with
``processor=None`` (rapidfuzz's default processor would turn ZWNJ into a space):

1. keys of the same script whose length is within ±25 % of the query's;
2. keys with the same consonant skeleton (``فوکوگا`` ~ ``فوکوئوکا``);
3. with a known country, that country's entries compared by cross-script
   sound skeleton (``یاسرنی`` ~ ``Jászberény``).

Score scale (calibrated so that one threshold means the same thing whatever
path found the candidate; see ``gazetteer/README.md``):

* ``1.0`` — exact key (not produced here);
* ``0.75–0.96`` — *sound match*: a spelling that sounds the same — same-script
  keys with the same sound skeleton («فوکوگا» ~ «فوکوئوکا», "Isfahan" ~
  "Esfahan": 0.85–0.96), or, with a known country, a Persian spelling whose
  cross-script skeleton agrees with the English name («یاسرنی» ~ Jászberény:
  0.755–0.95);
* ``0.60–0.74`` — *plain fuzzy*: similar letters, different sound («بابل» ~
  Bhopal, "Beilun" ~ "Beiliu").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from textkit.gazetteer.entries import Match
from textkit.gazetteer.keys import ARABIC_SCRIPT_RE, match_key, skeleton
from textkit.gazetteer.translit import fa_rough, fa_sound, latin_rough, latin_sound

if TYPE_CHECKING:
    from textkit.gazetteer.index import Gazetteer

#: Below this edit ratio a same-script candidate is not considered.
MIN_RATIO = 0.75
#: Below this (calibrated) score a fuzzy candidate is not returned.
MIN_SCORE = 0.6
#: A Latin query matched through a Persian name must agree this much with the
#: entry's English name, letter by letter.
LATIN_AGREE = 0.7
#: Lower bound of the sound-match band; plain fuzzy matches stay below it.
SOUND_BAND = 0.75
#: Cross-script sound skeletons must agree at least this much (ratio in [0, 1]).
SOUND_MIN = 0.85


@dataclass
class FuzzyIndex:
    """Candidate buckets for fuzzy lookup; builtins only, so it can be cached with
    :mod:`marshal` (``textkit.gazetteer.cache``) once per data version."""

    by_len: dict[tuple[bool, int], list[str]] = field(default_factory=dict)
    by_skeleton: dict[str, list[str]] = field(default_factory=dict)
    by_country: dict[tuple[str, bool], tuple[list[int], list[str]]] = field(default_factory=dict)
    by_cc_len: dict[tuple[str, bool, int], list[str]] = field(default_factory=dict)
    _keys: set[str] | None = None

    def state(self) -> tuple[Any, ...]:
        return (self.by_len, self.by_skeleton, self.by_country, self.by_cc_len)

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> FuzzyIndex:
        if not isinstance(state, tuple) or len(state) != 4:
            raise ValueError("malformed fuzzy index cache")
        return cls(*state)

    def add(self, gaz: Gazetteer, key: str, ei: int, ti: int, country: str | None) -> None:
        """File one more posting of *key* (entry *ei*, spelling *ti*)."""
        if self._keys is None:
            self._keys = {k for keys in self.by_len.values() for k in keys}
        arabic = bool(ARABIC_SCRIPT_RE.search(key))
        if key not in self._keys:
            self._keys.add(key)
            self.by_len.setdefault((arabic, len(key)), []).append(key)
            sk = skeleton(key)
            if arabic and len(sk) >= 2:
                self.by_skeleton.setdefault(sk, []).append(key)
        if not country:
            return
        cc_keys = self.by_cc_len.setdefault((country, arabic, len(key)), [])
        if key not in cc_keys:
            cc_keys.append(key)
        sound = fa_sound(key) if arabic else latin_sound_words(gaz.text(ti))
        if sound:
            eis, sounds = self.by_country.setdefault((country, arabic), ([], []))
            eis.append(ei)
            sounds.append(sound)


def _unzip(pairs: list[tuple[int, str]]) -> tuple[list[int], list[str]]:
    uniq = sorted(set(pairs))
    return [ei for ei, _ in uniq], [sd for _, sd in uniq]


def build_fuzzy_index(gaz: Gazetteer, *, base_only: bool = False) -> FuzzyIndex:
    """Build the buckets from every key of *gaz* (with *base_only*, only the
    postings of its base layer, filed under their base-layer countries)."""
    n_entries, n_texts = gaz._base_size if base_only else (1 << 40, 1 << 40)
    countries = gaz._base_country if base_only else None
    by_len: dict[tuple[bool, int], list[str]] = defaultdict(list)
    by_skel: dict[str, list[str]] = defaultdict(list)
    by_cc: dict[tuple[str, bool], list[tuple[int, str]]] = defaultdict(list)
    by_cc_len: dict[tuple[str, bool, int], set[str]] = defaultdict(set)
    for key in gaz.keys():  # noqa: SIM118 - a Gazetteer, not a dict
        posts = [p for p in gaz.raw_postings(key) if p[0] < n_entries and p[1] < n_texts]
        if not posts:
            continue
        arabic = bool(ARABIC_SCRIPT_RE.search(key))
        by_len[(arabic, len(key))].append(key)
        sk = skeleton(key)
        if arabic and len(sk) >= 2:
            by_skel[sk].append(key)
        for ei, ti, _n, _f in posts:
            cc = countries[ei] if countries is not None else gaz.entries[ei].country
            if not cc:
                continue
            # Latin: word by word, so "Hot Springs" is not read "ho-ts-prings"
            sound = fa_sound(key) if arabic else latin_sound_words(gaz.text(ti))
            if sound:
                by_cc[(cc, arabic)].append((ei, sound))
            by_cc_len[(cc, arabic, len(key))].add(key)
    return FuzzyIndex(
        dict(by_len),
        dict(by_skel),
        {k: _unzip(v) for k, v in by_cc.items()},
        {k: sorted(v) for k, v in by_cc_len.items()},
    )


def fuzzy_index(gaz: Gazetteer) -> FuzzyIndex:
    """The fuzzy index of *gaz*: the base layer's from the cache (built and
    cached on first use), plus the postings of the layers above it."""
    if gaz._fuzzy is None:
        from textkit.gazetteer import cache

        fx = cache.load_fuzzy(gaz._base_fp) if gaz._base_fp else None
        if fx is None:
            fx = build_fuzzy_index(gaz, base_only=bool(gaz._base_fp))
            if gaz._base_fp:
                cache.save_fuzzy(gaz._base_fp, fx)
        gaz._fuzzy = fx
        if not gaz._base_fp:
            gaz._fuzzy_pending.clear()  # built from everything there is
        apply_pending(gaz)
    return gaz._fuzzy


def apply_pending(gaz: Gazetteer) -> None:
    """File the postings added above the base layer since the index was built."""
    from textkit.gazetteer.postings import unpack

    fx = gaz._fuzzy
    if fx is None:
        return
    for key, packed in gaz._fuzzy_pending:
        ei, ti, _n, _f = unpack(packed)
        fx.add(gaz, key, ei, ti, gaz.entries[ei].country)
    gaz._fuzzy_pending.clear()


def fuzzy_lookup(
    gaz: Gazetteer,
    key: str,
    cc: str | None,
    etype: str | None,
    limit: int = 10,
    text: str | None = None,
) -> list[Match]:
    """Near matches for *key* (already a :func:`match_key` key), best first.
    *text*, the name as written, lets Latin sound skeletons go word by word."""
    from rapidfuzz import fuzz, process

    if len(key) < 3:
        return []
    fx = fuzzy_index(gaz)
    arabic = bool(ARABIC_SCRIPT_RE.search(key))
    spread = max(1, len(key) // 4)
    scored: dict[int, tuple[float, str]] = {}

    def offer(ei: int, score: float, matched: str) -> None:
        if not gaz.is_live(ei):
            return
        e = gaz.entries[ei]
        if (cc and e.country != cc) or (etype and e.type != etype):
            return
        if ei not in scored or scored[ei][0] < score:
            scored[ei] = (score, matched)

    qsound = sound_of(key, arabic)
    # with a country, scan only its keys: the cost follows the country's size
    choices: list[str] = []
    for n in range(len(key) - spread, len(key) + spread + 1):
        choices.extend(
            fx.by_cc_len.get((cc, arabic, n), ()) if cc else fx.by_len.get((arabic, n), ())
        )
    for cand, ratio, _ in process.extract(
        key, choices, scorer=fuzz.ratio, processor=None, score_cutoff=MIN_RATIO * 100, limit=50
    ):
        score = same_script_score(ratio / 100, qsound == sound_of(cand, arabic))
        for ei, ti, _n, _f in gaz.postings(cand):
            offer(ei, score, gaz.text(ti))
    if arabic:
        for cand in fx.by_skeleton.get(skeleton(key), ()):
            ratio = fuzz.ratio(key, cand, processor=None) / 100
            score = same_script_score(max(ratio, MIN_RATIO), qsound == sound_of(cand, True))
            for ei, ti, _n, _f in gaz.postings(cand):
                offer(ei, score, gaz.text(ti))
    # across scripts, only with a country: Persian spelling ~ English name
    if cc:
        for ei, score, matched in _cross_script(gaz, fx, key, cc, arabic, text):
            offer(ei, score, matched)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], -gaz.prior(gaz.entries[kv[0]])))
    return [
        Match(gaz.entries[ei], round(s, 3), m, False) for ei, (s, m) in ranked if s >= MIN_SCORE
    ][:limit]


def _cross_script(
    gaz: Gazetteer, fx: FuzzyIndex, key: str, cc: str, arabic: bool, text: str | None
) -> list[tuple[int, float, str]]:
    """(entry index, score, matched name) of entries of country *cc* whose name in
    the other script sounds like *key* (Persian spelling ~ English name)."""
    from rapidfuzz import fuzz, process

    xsound = fa_sound(key) if arabic else latin_sound_words(text or key)
    if (cc, not arabic) not in fx.by_country or len(xsound) < 2:
        return []
    eis, sounds = fx.by_country[(cc, not arabic)]
    out = []
    for _s, r, i in process.extract(
        xsound, sounds, scorer=fuzz.ratio, processor=None, score_cutoff=SOUND_MIN * 100, limit=30
    ):
        e = gaz.entries[eis[i]]
        # vowels break ties between same-skeleton names (Gyeongju / Gwangju)
        if arabic:
            rough = fuzz.ratio(fa_rough(key), latin_rough(match_key(e.name_en)), processor=None)
        else:
            # a Latin query has its vowels: it must also look like the English
            # name ("Beilun" is not Bailin, «بایلین», whose skeleton it shares)
            if fuzz.ratio(key, match_key(e.name_en), processor=None) < LATIN_AGREE * 100:
                continue
            rough = fuzz.ratio(latin_rough(key), fa_rough(match_key(e.name_fa)), processor=None)
        score = cross_script_score(r / 100, rough / 100)
        out.append((eis[i], score, e.name_en if arabic else e.name_fa))
    return out


# Letters that differ only by dots, often lost in print or typing: چ/ج, پ/ب.
_DOTS = str.maketrans({"چ": "ج", "پ": "ب"})


def sound_of(key: str, arabic: bool) -> str:
    """Sound skeleton of a key of the given script, for same-script comparison
    (Persian letters that differ only by dots merged: «جاباق سر» ~ «چاباق‌سر»)."""
    return fa_sound(key.translate(_DOTS)) if arabic else latin_sound(key)


def latin_sound_words(text: str) -> str:
    """Latin sound skeleton computed word by word and joined ("Hot Springs" →
    ``t`` + ``sprnks``; on the joined key "hotsprings" the ``ts`` would merge).

    Example:
        >>> latin_sound_words("Hot Springs")
        'tsprnks'
    """
    from textkit.gazetteer.keys import tokenize

    return "".join(latin_sound(t.key) for t in tokenize(text))


def same_script_score(ratio: float, same_sound: bool) -> float:
    """Calibrated score of a same-script candidate with edit *ratio* in
    [MIN_RATIO, 1]: [0.85, 0.96] (in the sound band) when the two keys sound
    the same (a transliteration variant), else the plain band [0.60, 0.74].

    Example:
        >>> same_script_score(0.9, True), same_script_score(0.9, False)
        (0.916, 0.684)
    """
    t = max(0.0, min(1.0, (ratio - MIN_RATIO) / (1 - MIN_RATIO)))
    return round(0.85 + 0.11 * t if same_sound else MIN_SCORE + 0.14 * t, 3)


def cross_script_score(sound_ratio: float, vowel_ratio: float) -> float:
    """Calibrated score of a cross-script candidate (a Persian spelling against
    an English name, or the reverse): skeleton agreement *sound_ratio* in
    [SOUND_MIN, 1] and vowel agreement *vowel_ratio* in [0, 1], mixed linearly:
    0.5 + 0.3 × sound + 0.15 × vowels, i.e. [0.755, 0.95] — the sound band.

    Example:
        >>> cross_script_score(1.0, 1.0), cross_script_score(0.9, 0.5)
        (0.95, 0.845)
    """
    return round(0.5 + 0.3 * sound_ratio + 0.15 * vowel_ratio, 3)
