"""Gazetteer.lookup / find_mentions on a 20-entry fixture gazetteer."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textkit.gazetteer import Gazetteer, match_key
from textkit.gazetteer.fuzzy import SOUND_BAND
from textkit.gazetteer.keys import tokenize
from textkit.gazetteer.match import FUZZY_MIN

MINI = Path(__file__).parent / "data" / "gazetteer" / "mini"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_dir(MINI)


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entry.id) for m in gaz.find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("در تهران(۱۳۷۹) بود", [("تهران", "gn:112931")], id="digits-attached"),
        pytest.param("تهرانی‌ها آمدند", [], id="no-match-inside-longer-word"),
        pytest.param(
            "اصفهان‌ها و تهران",
            [("اصفهان", "gn:418863"), ("تهران", "gn:112931")],
            id="plural-clitic-split-off",
        ),
        pytest.param(
            "شهر کیوتوی ژاپن",
            [("کیوتو", "gn:1857910"), ("ژاپن", "country:JP")],
            id="ezafe-after-vowel",
        ),
        pytest.param("سنت‌پترزبورگ", [("سنت‌پترزبورگ", "gn:498817")], id="zwnj-variant"),
        pytest.param("سنتپترزبورگ", [("سنتپترزبورگ", "gn:498817")], id="no-space-variant"),
        pytest.param("سن پترزبورگ", [("سن پترزبورگ", "gn:498817")], id="space-variant"),
        pytest.param("تهـران", [("تهـران", "gn:112931")], id="tatweel"),
        pytest.param(
            "Leningrad and Esfahan",
            [("Leningrad", "gn:498817"), ("Esfahan", "gn:418863")],
            id="english-aliases",
        ),
        pytest.param("the bam of a drum", [], id="lowercase-latin-not-a-name"),
        # "with Dresden as an act": two Latin words do not join into a one-word alias
        # ("Dresdenas"); Persian may be split («سن پترزبورگ»), Latin script is not
        pytest.param("Lenin Grad", [], id="latin-words-not-joined"),
        pytest.param("عضو UCLG شد", [("UCLG", "org:uclg")], id="acronym"),
        pytest.param("uclg", [], id="acronym-needs-capitals"),
    ],
)
def test_gazetteer_match_boundaries(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "city"),
    [
        pytest.param("تولدو، اسپانیا", "gn:2510409", id="toledo-spain"),
        pytest.param("تولیدو، اوهایو", "gn:5174035", id="toledo-ohio-region"),
        pytest.param("تولدو، اوهایو", "gn:5174035", id="spelling-of-spain-but-ohio-named"),
        pytest.param("شهر تولدو در ایالت اوهایو", "gn:5174035", id="in-the-state-of"),
        pytest.param("آستارا خان، روسیه", "gn:580497", id="split-name-with-country"),
        pytest.param("آستارا و تهران", "gn:142676", id="astara-without-context"),
    ],
)
def test_gazetteer_match_context_disambiguates(gaz: Gazetteer, text: str, city: str) -> None:
    cities = [m.entry.id for m in gaz.find_mentions(text) if m.type == "CITY"]
    assert cities[0] == city


@pytest.mark.parametrize(
    ("text", "has_bam"),
    [
        pytest.param("صدای بم او", False, id="stopword-alone"),
        pytest.param("شهر بم لرزید", True, id="cue-word-before"),
        pytest.param("بم، ایران", True, id="country-after"),
        pytest.param("تهران، بم و اصفهان", True, id="in-a-list-of-cities"),
    ],
)
def test_gazetteer_match_stopwords_need_context(gaz: Gazetteer, text: str, has_bam: bool) -> None:
    assert any(m.entry.id == "gn:141736" for m in gaz.find_mentions(text)) is has_bam


def test_gazetteer_match_fuzzy_slot_before_country(gaz: Gazetteer) -> None:
    (city, country) = gaz.find_mentions("یاسرنی، مجارستان")
    assert city.entry.id == "gn:3050907"
    # a cross-script sound match, accepted in a slot
    assert FUZZY_MIN < SOUND_BAND <= city.score < 1
    assert country.entry.id == "country:HU"
    assert country.score == 1.0


def test_gazetteer_match_mention_offsets(gaz: Gazetteer) -> None:
    text = "«تهران»، ژاپن و Ispahan."
    for m in gaz.find_mentions(text):
        assert text[m.start : m.end] == m.text
        assert m.type == m.entry.type.upper()


def test_gazetteer_match_types_filter(gaz: Gazetteer) -> None:
    assert [m.type for m in gaz.find_mentions("تولدو، اسپانیا", types={"country"})] == ["COUNTRY"]


@pytest.mark.parametrize(
    ("name", "kwargs", "first", "exact"),
    [
        pytest.param("اصفهان", {}, "gn:418863", True, id="exact-fa"),
        pytest.param("Ispahan", {}, "gn:418863", True, id="historical-en"),
        pytest.param(
            "تولدو", {"country": "US"}, "gn:5174035", False, id="country-filter-then-fuzzy"
        ),
        pytest.param("تولدو، اوهایو", {}, "gn:5174035", False, id="country-from-region-text"),
        pytest.param("آمریکا", {"type": "country"}, "country:US", True, id="type-filter"),
        pytest.param("اصفهن", {}, "gn:418863", False, id="typo"),
    ],
)
def test_gazetteer_lookup(gaz: Gazetteer, name: str, kwargs: dict, first: str, exact: bool) -> None:
    found = gaz.lookup(name, **kwargs)
    assert found[0].entry.id == first
    assert found[0].exact is exact
    assert (found[0].score == 1.0) is exact
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("چین", "CN"),
        ("China", "CN"),
        ("PRC", "CN"),
        ("CN", "CN"),
        ("آمریکا", "US"),
        ("ناکجاآباد", None),
        ("", None),
    ],
)
def test_gazetteer_country_code(gaz: Gazetteer, name: str, code: str | None) -> None:
    assert gaz.country_code(name) == code


def test_gazetteer_get(gaz: Gazetteer) -> None:
    assert gaz.get("gn:112931").name_fa == "تهران"
    assert gaz.get("gn:0") is None
    assert "Esfahan" in gaz.get("gn:418863").aliases


# --- oracle: the index agrees with a brute-force scan -----------------------
_NAMES = ["تهران", "اصفهان", "کیوتو", "سنت پترزبورگ", "ژاپن", "روسیه", "اسپانیا", "چین"]
_FILLER = ["و", "در", "از", "شهر", "کتاب", "،", "(۱۳۷۹)", " ", "\u200c"]


def _oracle(gaz: Gazetteer, text: str) -> set[str]:
    """Every name whose key equals the key of some run of whole tokens."""
    toks = tokenize(text)
    keys = {match_key(n) for n in _NAMES}
    out = set()
    for i in range(len(toks)):
        for j in range(i, min(len(toks), i + 3)):
            if j > i and text[toks[j - 1].end : toks[j].start].strip(" \u200c"):
                break
            k = "".join(t.key for t in toks[i : j + 1])
            if k in keys:
                out.add(k)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_NAMES + _FILLER), max_size=12))
def test_gazetteer_match_agrees_with_brute_force(parts: list[str]) -> None:
    gaz = Gazetteer.from_dir(MINI)
    text = " ".join(parts)
    mentions = gaz.find_mentions(text)
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start  # non-overlapping, in text order
    got = {match_key(m.text) for m in mentions}
    # every mention is a name the brute-force scan also finds ...
    assert got <= _oracle(gaz, text)
    # ... and every standalone name is found (names here are unambiguous, not stopwords),
    # possibly inside a longer mention that the oracle also accepts
    for p in parts:
        if p in _NAMES:
            assert any(match_key(p) in k for k in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("کوچه‌های نمور و تاریک", [], id="foreign-town-alone-is-a-word"),
        pytest.param("نمور، بلژیک", ["gn:2790471", "country:BE"], id="foreign-town-with-country"),
        pytest.param("شهر نمور", ["gn:2790471"], id="foreign-town-after-cue"),
        pytest.param("اصفهان، بم ۱۳۹۱", ["gn:418863"], id="list-item-must-end"),
        pytest.param("دیپلماسی، فرهنگ، ایران", ["country:IR"], id="common-word-not-fuzzy"),
        pytest.param("CITY OF TEHRAN", ["gn:112931"], id="latin-two-letters-ignored"),
    ],
)
def test_gazetteer_match_context_rules(gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert [m.entry.id for m in gaz.find_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "has_bam"),
    [
        pytest.param("بم", True, id="cell-with-one-name"),
        pytest.param("بم (۲۰۰۹)", True, id="cell-with-year-in-brackets"),
        pytest.param("بم ۱۳۹۱", False, id="date-line"),
    ],
)
def test_gazetteer_match_cells_are_context(gaz: Gazetteer, text: str, has_bam: bool) -> None:
    assert any(m.entry.id == "gn:141736" for m in gaz.find_mentions(text)) is has_bam


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "تهران\tنمور\tبلژیک\t۱۳۷۸", ["gn:112931", "gn:2790471", "country:BE"], id="tsv-row"
        ),
        pytest.param(
            "اصفهان\tتولدو، اوهایو", ["gn:418863", "gn:5174035", "adm1:US.OH"], id="cell-then-list"
        ),
        pytest.param("شیراز (ایران)", ["country:IR"], id="bracketed-country-shiraz-not-in-fixture"),
        pytest.param("تولیدو (اوهایو)", ["gn:5174035", "adm1:US.OH"], id="bracketed-region"),
    ],
)
def test_gazetteer_match_tables_and_brackets(
    gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert [m.entry.id for m in gaz.find_mentions(text)] == expected


@pytest.mark.parametrize(
    ("name", "first"),
    [
        pytest.param("شهر اصفهان", "gn:418863", id="city-cue"),
        pytest.param("کشور ژاپن", "country:JP", id="country-cue"),
        pytest.param("ایالت اوهایو", "adm1:US.OH", id="region-cue"),
        pytest.param("City of Tehran", "gn:112931", id="english-cue"),
    ],
)
def test_gazetteer_lookup_strips_cue_words(gaz: Gazetteer, name: str, first: str) -> None:
    assert gaz.lookup(name)[0].entry.id == first
