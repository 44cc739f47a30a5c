"""The typed gazetteer interface the rest of textkit uses (GazetteerProtocol)."""

from __future__ import annotations

from pathlib import Path

import pytest

from textkit.gazetteer import Gazetteer, GazetteerProtocol

MINI = Path(__file__).parent / "data" / "gazetteer" / "mini"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_dir(MINI)


def test_gazetteer_protocol_is_implemented(gaz: Gazetteer) -> None:
    assert isinstance(gaz, GazetteerProtocol)


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        pytest.param("تولیدو", None, "gn:5174035", id="exact-without-country"),
        pytest.param("تولیدوو", "US", "gn:5174035", id="fuzzy-with-country"),
        pytest.param("تولیدوو", None, None, id="fuzzy-needs-a-country"),
        pytest.param("تهرانن", "ES", None, id="nothing-near-in-that-country"),
        pytest.param("تهرانن", "IR", "gn:112931", id="fuzzy-in-its-country"),
        pytest.param("", None, None, id="empty"),
    ],
)
def test_gazetteer_protocol_link(gaz: Gazetteer, name: str, country, expected) -> None:
    m = gaz.link(name, country=country, type="city")
    assert (m.entry.id if m else None) == expected


def test_gazetteer_protocol_tables(gaz: Gazetteer) -> None:
    assert gaz.is_city("تهران") and not gaz.is_city("ایران")
    assert gaz.countries()["IR"].name_fa == "ایران"
    assert [r.id for r in gaz.regions("US")] == ["adm1:US.OH"]
    assert gaz.regions("IR") == []


@pytest.mark.issue(13)
@pytest.mark.parametrize(("home", "expected"), [("IR", []), ("BE", ["gn:2790471"])])
def test_gazetteer_protocol_home_country_is_a_setting(home: str, expected: list[str]) -> None:
    # a foreign town under 300,000 people needs context in Persian text; a town of
    # the home country does not
    g = Gazetteer.from_dir(MINI, home_country=home)
    assert g.home_country == home
    assert [m.entry.id for m in g.find_mentions("دیروز از نمور دیدن کردیم")] == expected
