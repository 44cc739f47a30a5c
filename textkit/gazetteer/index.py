"""The :class:`Gazetteer`: entries plus a key index, loaded from TSVs or a cache.

The index maps :func:`~textkit.gazetteer.keys.match_key` keys to postings, so
an exact lookup is one dict access whatever the gazetteer size.  Fuzzy lookups
scan only keys of similar length in the same script (rapidfuzz, explicit
scorer, no processor) plus a phonetic-skeleton dict, and — when the country is
known — that country's entries compared across scripts by sound.
"""

from __future__ import annotations

import logging
import marshal
import math
import os
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from textkit.errors import GazetteerError
from textkit.gazetteer.entries import Entry, Match, Mention
from textkit.gazetteer.keys import ARABIC_SCRIPT_RE, match_key, skeleton, tokenize
from textkit.gazetteer.load import (
    AliasRow,
    _num,
    data_files,
    default_dir,
    file_type,
    fingerprint,
    read_rows,
)
from textkit.gazetteer.translit import fa_sound, latin_sound

log = logging.getLogger(__name__)

CACHE_VERSION = 7
#: Rank bonus for an entry's own display name over an alias («آبادان»: Abadan,
#: not Ibadan, whose untagged alternate name it also is).
NAME_BONUS = 1.0
# Posting flags.
F_ACRONYM = 1  # match only text written in capitals (IMF, UCLG)
F_LATIN = 2  # Latin-script alias: the text must start with a capital
F_NAME = 4  # the entry's own display name (not an alias)
F_WEAK_KIND = 8  # machine-generated or misspelling: scored a little lower
F_UND = 16  # GeoNames' untagged alternate name (language unknown: Arabic, Urdu, …)

#: Regions have no population in the data: rank them like a city of ~30k
#: people, so «تهران» is the city unless «استان» or a linked city says otherwise.
REGION_PRIOR = 4.5
#: A city this big shares its name with its region on equal terms.
CAPITAL_POP = 100_000
# A leading cue word and the entry type it implies.
_CUE_PREFIX_RE = re.compile(
    r"(استان|ایالت|ولایت|شهر|کشور|Province of|State of|City of)\s+", re.IGNORECASE
)
_CUE_TYPES = {
    match_key(w): t
    for w, t in (
        ("استان", "region"),
        ("ایالت", "region"),
        ("ولایت", "region"),
        ("شهر", "city"),
        ("کشور", "country"),
        ("Province of", "region"),
        ("State of", "region"),
        ("City of", "city"),
    )
}
# "Name (gloss)": a name followed by a bracketed acronym or other-script form.
_GLOSS_RE = re.compile(r"\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*")
# A leading English article before a country name: "the United States".
_THE_RE = re.compile(r"^the\s+(?=[A-Z])")
_SPLIT_RE = re.compile(r"\s*[،,:؛;]\s*|\s+-\s+")


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "textkit"


class Gazetteer:
    """A loaded gazetteer: use :func:`load_gazetteer` to get one.

    Example:
        >>> gaz = load_gazetteer()  # doctest: +SKIP
        >>> gaz.lookup("اصفهان")[0].entry.name_en  # doctest: +SKIP
        'Isfahan'
    """

    def __init__(
        self,
        entries: list[Entry],
        names: list[tuple[int, str, int]],
        stopwords: set[str],
        path: str,
    ):
        """Build the index.  *names* holds ``(entry index, spelling, flags)``."""
        self.entries: Any = entries
        self.path = path
        self._by_id: dict[str, int] | None = None
        self._texts: list[str] = []
        index: dict[str, list[int]] = defaultdict(list)
        prefixes: set[str] = set()
        max_tokens = 1
        for ei, text, flags in names:
            toks = tokenize(text)
            key = "".join(t.key for t in toks)
            if len(key) < 2:
                continue
            ti = len(self._texts)
            self._texts.append(text)
            index[key].append(_pack(ei, ti, len(toks), flags))
            acc = ""
            for t in toks[:-1]:
                acc += t.key
                prefixes.add(acc)
            max_tokens = max(max_tokens, len(toks))
        # one posting → a bare int; several → a tuple (fewer objects to load)
        self._index: dict[str, int | tuple[int, ...]] = {
            k: v[0] if len(v) == 1 else tuple(v) for k, v in index.items()
        }
        self._prefixes = prefixes
        self._sorted_keys: list[str] | None = None
        self.max_tokens = min(max_tokens, 10)
        self.stopwords = stopwords
        #: stopwords that a cue word alone does not license («آن», «جان»)
        self.strict_stopwords: set[str] = set()
        self.common_words: set[str] = set()
        self._fuzzy: Any = None

    def _state(self) -> tuple:
        """Builtins-only state for the compiled cache (written with marshal)."""
        rows = [tuple(getattr(e, f) for f in _ENTRY_FIELDS) for e in self.entries]
        return (
            CACHE_VERSION,
            rows,
            self._index,
            self._texts,
            self._prefixes,
            self.stopwords,
            self.strict_stopwords,
            self.common_words,
            self.max_tokens,
        )

    @classmethod
    def _from_state(cls, state: tuple, path: str) -> Gazetteer:
        if not state or state[0] != CACHE_VERSION:
            raise ValueError("stale cache")
        version, rows, index, texts, prefixes, stopwords, strict, common, max_tokens = state
        if version != CACHE_VERSION:
            raise ValueError("stale cache")
        gaz = cls.__new__(cls)
        gaz.entries = _LazyEntries(rows)
        gaz.path = path
        gaz._by_id = None
        gaz._texts, gaz._index, gaz._prefixes = texts, index, prefixes
        gaz.stopwords, gaz.common_words, gaz.max_tokens = stopwords, common, max_tokens
        gaz.strict_stopwords = strict
        gaz._sorted_keys = None
        gaz._fuzzy = None
        return gaz

    # --- basic access --------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    def get(self, id: str) -> Entry | None:
        """The entry with this id, or ``None``."""
        if self._by_id is None:
            ids = (
                self.entries.ids()
                if isinstance(self.entries, _LazyEntries)
                else [e.id for e in self.entries]
            )
            self._by_id = {eid: i for i, eid in enumerate(ids)}
        i = self._by_id.get(id)
        return None if i is None else self.entries[i]

    def keys(self) -> Any:
        """All index keys."""
        return self._index.keys()

    def postings(self, key: str) -> list[tuple[int, int, int, int]]:
        """Postings ``(entry index, text index, tokens, flags)`` of a key."""
        v = self._index.get(key)
        if v is None:
            return []
        return [_unpack(v)] if isinstance(v, int) else [_unpack(x) for x in v]

    def is_prefix(self, key: str) -> bool:
        """True when *key* is the key of the first words of a multi-word name."""
        return key in self._prefixes

    def is_char_prefix(self, key: str) -> bool:
        """True when some key starts with *key* (for names split by a space)."""
        import bisect

        if self._sorted_keys is None:
            self._sorted_keys = sorted(self._index)  # built on first use
        i = bisect.bisect_right(self._sorted_keys, key)
        return i < len(self._sorted_keys) and self._sorted_keys[i].startswith(key)

    def text(self, ti: int) -> str:
        """The spelling with text index *ti*."""
        return self._texts[ti]

    @staticmethod
    def prior(entry: Entry) -> float:
        """Context-free preference: countries and organisations first, then
        places by population (log scale)."""
        if entry.type in ("country", "org"):
            return 8.0
        if entry.type == "region":
            return REGION_PRIOR
        return math.log10((entry.population or 0) + 10)

    def capital_countries(self, posts: list[tuple[int, int, int, int]]) -> set[str]:
        """Countries with a city of at least CAPITAL_POP people among *posts*."""
        return {
            e.country or ""
            for e in (self.entries[p[0]] for p in posts)
            if e.type == "city" and (e.population or 0) >= CAPITAL_POP
        }

    @staticmethod
    def name_bonus(entry: Entry, flags: int, capitals: set[str]) -> float:
        """:func:`_name_bonus`, except that a region whose name is also that of a
        big city of its country gets none: «مرو» is the city (Merv/Mary), not
        Mary Province; «تهران» the city, not the province."""
        if entry.type == "region" and entry.country in capitals:
            return 0.0
        return _name_bonus(flags)

    # --- lookup --------------------------------------------------------------
    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        type: str | None = None,
        fuzzy: bool = True,
        limit: int = 5,
    ) -> list[Match]:
        """Entries whose name or alias matches *name*, best first.

        Exact key matches score 1.0.  If there is none and *name* looks like
        «city، country» (or «city: country», "City, Country"), the last part is
        read as the country.  Then, if *fuzzy*, near spellings are scored.

        Args:
            name: a name as written, e.g. «تولدو، اسپانیا» or "Isfahan".
            country: ISO alpha-2 code (or a country name) to restrict to.
            type: ``"city"``, ``"country"``, ``"region"`` or ``"org"``.
            fuzzy: also return near matches (score < 1).
            limit: at most this many results.

        Example:
            >>> gaz.lookup("یاسرنی", country="HU")[0].entry.name_en  # doctest: +SKIP
            'Jászberény'
        """
        if country and len(country) != 2:
            country = self.country_code(country) or country
        cc = country.upper() if country else None
        name = _THE_RE.sub("", name.strip())  # "the United States", "The Hague" is keyed whole
        key = match_key(name)
        results = self._exact(key, cc, type)
        if not results:
            # "Name (UCLG)", «قونیه (Konya)»: a gloss in brackets after the name;
            # the head decides, the gloss may confirm it
            m = _GLOSS_RE.fullmatch(name)
            if m:
                head = self._exact(match_key(m.group(1)), cc, type)
                gloss = {x.entry.id for x in self._exact(match_key(m.group(2)), cc, type)}
                if head:
                    return sorted(head, key=lambda x: x.entry.id not in gloss)[:limit]
        if not results:
            # «استان فارس», «شهر کیوتو», "City of Toledo": a cue word names the type
            m = _CUE_PREFIX_RE.match(name.strip())
            if m and m.end() < len(name.strip()):
                implied = _CUE_TYPES[match_key(m.group(1))]
                if type in (None, implied):
                    found = self.lookup(
                        name.strip()[m.end() :], country=cc, type=implied, fuzzy=fuzzy, limit=limit
                    )
                    if found:
                        return found
        if not results:
            parts = [p for p in _SPLIT_RE.split(name) if p.strip()]
            if len(parts) >= 2:
                cc2 = cc or self.country_code(parts[-1])
                if not cc2:  # «تولدو، اوهایو»: a region names the country too
                    region = self._exact(match_key(parts[-1]), None, "region")
                    cc2 = region[0].entry.country if region else None
                if cc2:
                    return self.lookup(parts[0], country=cc2, type=type, fuzzy=fuzzy, limit=limit)
        if fuzzy and key and len(results) < limit:
            from textkit.gazetteer.fuzzy import fuzzy_lookup

            have = {m.entry.id for m in results}
            results += [
                m for m in fuzzy_lookup(self, key, cc, type, text=name) if m.entry.id not in have
            ]
        return results[:limit]

    def _exact(self, key: str, cc: str | None, etype: str | None) -> list[Match]:
        best: dict[int, tuple[float, Match]] = {}
        posts = self.postings(key)
        capitals = self.capital_countries(posts)
        for ei, ti, _ntok, flags in posts:
            e = self.entries[ei]
            if (cc and e.country != cc) or (etype and e.type != etype):
                continue
            rank = self.prior(e) + self.name_bonus(e, flags, capitals)
            if ei not in best or best[ei][0] < rank:
                best[ei] = (rank, Match(e, 1.0, self._texts[ti], True))
        return [m for _, m in sorted(best.values(), key=lambda rm: -rm[0])]

    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 code for a country name in Persian or English, or a code.

        Example:
            >>> gaz.country_code("چین")  # doctest: +SKIP
            'CN'
        """
        name = _THE_RE.sub("", name.strip())
        if re.fullmatch(r"[A-Z]{2}", name) and self.get(f"country:{name}"):
            return name
        found = self._exact(match_key(name), None, "country")
        if not found:
            from textkit.gazetteer.fuzzy import fuzzy_lookup

            found = [
                m for m in fuzzy_lookup(self, match_key(name), None, "country") if m.score >= 0.85
            ]
        return found[0].entry.country if found else None

    def find_mentions(self, text: str, *, types: set[str] | None = None) -> list[Mention]:
        """Gazetteer names in running text, non-overlapping, in text order.

        Args:
            text: any text (Persian, English or mixed).
            types: restrict to these entry types (``{"city", "country"}``).

        Example:
            >>> [m.entry.name_en for m in gaz.find_mentions("تولدو، اسپانیا")]  # doctest: +SKIP
            ['Toledo', 'Spain']
        """
        from textkit.gazetteer.match import find_mentions

        return find_mentions(self, text, types=types)

    # --- construction --------------------------------------------------------
    @classmethod
    def from_dir(cls, directory: str | os.PathLike[str]) -> Gazetteer:
        """Read every TSV in *directory* (no cache).  Bad rows are skipped with a
        log warning; run :func:`textkit.gazetteer.validate.validate` to list them."""
        d = Path(directory)
        files = data_files(d)
        if not files:
            raise GazetteerError(
                "no .tsv files", path=str(d), hint="point to a gazetteer directory"
            )
        rows: dict[str, tuple[str, dict[str, str]]] = {}
        alias_rows: list[AliasRow] = []
        stop: set[str] = set()
        strict: set[str] = set()
        common: set[str] = set()
        for p in files:
            stem = p.stem.split("_")[0]
            if stem == "aliases":
                for line, r in read_rows(p):
                    alias_rows.append(
                        AliasRow(
                            r.get("id", ""),
                            r.get("lang", ""),
                            r.get("alias", ""),
                            r.get("kind", "alt"),
                            r.get("source", ""),
                            str(p),
                            line,
                        )
                    )
            elif stem == "stopwords":
                for _, r in read_rows(p):
                    stop.add(match_key(r.get("word", "")))
                    if r.get("level") == "strict":
                        strict.add(match_key(r.get("word", "")))
            elif stem == "words":
                common.update(match_key(r.get("word", "")) for _, r in read_rows(p))
            elif file_type(p):
                etype = file_type(p) or "city"
                for _, r in read_rows(p):
                    if r.get("id") and r.get("status") != "deprecated":
                        rows[r["id"]] = (etype, r)  # curated files load last and win
        by_alias: dict[str, list[AliasRow]] = defaultdict(list)
        for a in alias_rows:
            if a.id in rows and a.alias.strip():
                by_alias[a.id].append(a)
        entries: list[Entry] = []
        names: list[tuple[int, str, int]] = []
        for eid, (etype, r) in rows.items():
            name_en, name_fa = r.get("name_en", ""), r.get("name_fa", "")
            own = by_alias.get(eid, [])
            for a in own:
                if a.kind == "preferred":
                    if a.lang == "fa":
                        name_fa = a.alias
                    elif a.lang == "en":
                        name_en = a.alias
            ei = len(entries)
            entries.append(
                Entry(
                    id=eid,
                    type=etype,
                    name_en=name_en,
                    name_fa=name_fa,
                    country=r.get("country") or None,
                    lat=_num(r.get("lat", ""), float),
                    lon=_num(r.get("lon", ""), float),
                    population=_int(r.get("population", "")),
                    geonames_id=_int(r.get("geonames_id", "")),
                    wikidata=r.get("wikidata") or None,
                    aliases=tuple(a.alias for a in own),
                    admin1=r.get("admin1") or None,
                )
            )
            for nm in (name_en, name_fa):
                if nm:
                    names.append((ei, nm, F_NAME | _flags(nm, "name")))
            for a in own:
                names.append(
                    (ei, a.alias, _flags(a.alias, a.kind) | (F_UND if a.lang == "und" else 0))
                )
        gaz = cls(entries, names, stop, str(d))
        gaz.common_words = common
        gaz.strict_stopwords = strict
        return gaz


_ENTRY_FIELDS = tuple(Entry.__dataclass_fields__)


def _pack(ei: int, ti: int, ntok: int, flags: int) -> int:
    return (ei << 29) | (ti << 9) | (min(ntok, 15) << 5) | flags


def _unpack(v: int) -> tuple[int, int, int, int]:
    return v >> 29, (v >> 9) & 0xFFFFF, (v >> 5) & 0xF, v & 0x1F


class _LazyEntries:
    """A list of entries built on first access from cached row tuples."""

    __slots__ = ("_objs", "_rows")

    def __init__(self, rows: list[tuple]) -> None:
        self._rows = rows
        self._objs: list[Entry | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i: int) -> Entry:
        e = self._objs[i]
        if e is None:
            e = self._objs[i] = Entry(*self._rows[i])
        return e

    def __iter__(self) -> Any:
        return (self[i] for i in range(len(self._rows)))

    def ids(self) -> list[str]:
        return [r[0] for r in self._rows]


def _name_bonus(flags: int) -> float:
    """Rank bonus of a posting.  Persian display names beat untagged
    Arabic-script alternates («آبادان» is Abadan, not Ibadan); Latin names and
    alternates weigh almost the same ("Hanover" is Hannover, an exonym, not
    Hanover, Pennsylvania)."""
    if flags & F_LATIN:
        return 0.3 if flags & F_NAME else 0.0
    return (NAME_BONUS if flags & F_NAME else 0.0) - (0.5 if flags & F_UND else 0.0)


def _int(value: str) -> int | None:
    n = _num(value, int)
    return None if n is None else int(n)


def _flags(text: str, kind: str) -> int:
    flags = 0
    if not ARABIC_SCRIPT_RE.search(text):
        flags |= F_LATIN
        if kind == "acronym" or (text.isupper() and len(text) <= 6):
            flags |= F_ACRONYM
    if kind in ("generated", "misspelling"):
        flags |= F_WEAK_KIND
    return flags


_CACHE: dict[str, Gazetteer] = {}


def load_gazetteer(path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Load a gazetteer directory (``None``: the shipped data), cached per process.

    A compiled copy is kept in ``$XDG_CACHE_HOME/textkit`` (or
    ``~/.cache/textkit``), keyed by the sha256 of the data files, so a fresh
    process loads in well under a second; if that directory is not writable the
    TSVs are simply read each time.

    Args:
        path: a directory of gazetteer TSVs; ``None`` for ``$TEXTKIT_GAZETTEER``,
            the packaged data, or the repository's ``gazetteer/``.

    Raises:
        GazetteerError: no data, or an unreadable file.

    Example:
        >>> gaz = load_gazetteer()  # doctest: +SKIP
        >>> gaz.country_code("چین")  # doctest: +SKIP
        'CN'
    """
    d = Path(path) if path is not None else default_dir()
    d = d.resolve()
    files = data_files(d)
    if not files:
        raise GazetteerError("no .tsv files", path=str(d), hint="point to a gazetteer directory")
    fp = fingerprint(files)
    if fp in _CACHE:
        return _CACHE[fp]
    cache_file = _cache_dir() / f"gazetteer-v{CACHE_VERSION}-{fp}.marshal"
    gaz = None
    try:
        gaz = Gazetteer._from_state(marshal.loads(cache_file.read_bytes()), str(d))
    except (OSError, EOFError, ValueError, TypeError):
        gaz = None
    if gaz is None:
        gaz = Gazetteer.from_dir(d)
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache_file.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(marshal.dumps(gaz._state()))
            tmp.replace(cache_file)
        except (OSError, ValueError) as e:
            log.info("gazetteer cache not written (%s); loading from TSV each time", e)
    _CACHE[fp] = gaz
    return gaz


def sound_key(key: str) -> str:
    """Cross-script sound skeleton of a key (Persian or Latin)."""
    return fa_sound(key) if ARABIC_SCRIPT_RE.search(key) else latin_sound(key)


__all__ = ["Gazetteer", "Mention", "load_gazetteer", "skeleton", "sound_key"]
