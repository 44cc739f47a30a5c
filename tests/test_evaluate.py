"""The scorer: pair matching, accuracies, multiset citations, formatting."""

from __future__ import annotations

import pytest

from textkit.evaluate import format_scores, same_party, score


def _ag(a: dict, b: dict, year: int | None = None, status: str = "unknown") -> dict:
    return {"parties": [a, b], "year": year, "status": status}


GOLD = {
    "agreements": [
        _ag({"name": "اصفهان"}, {"name": "شیان", "name_en": "Xi'an"}, 1989),
        _ag({"name": "یزد"}, {"name": "حمص"}, None, "informal"),
        _ag({"name": "Baltimore"}, {"name": "Xiamen"}),
    ],
    "memberships": [
        {
            "city": {"name": "مشهد"},
            "organisation": "انجمن جهانی مترو پلیس‌ها",
            "organisation_id": "org:m",
        }
    ],
    "citations": [{"authors": ["زینلی"], "year": "۱۳۸۷", "kind": "parenthetical"}] * 2,
}


def test_evaluate_perfect_and_empty() -> None:
    s = score(GOLD, GOLD)
    assert s["agreements"]["f1"] == 1.0
    assert s["agreements"]["year_accuracy"] == 1.0
    assert s["citations"]["f1"] == 1.0
    empty = score({}, GOLD)
    assert (empty["agreements"]["recall"], empty["agreements"]["f1"]) == (0.0, 0.0)


def test_evaluate_unordered_pairs_names_and_errors() -> None:
    pred = {
        "agreements": [
            _ag(
                {"name": "Xi'an", "gazetteer_id": "g1"}, {"name": "اصفهان"}, 1990
            ),  # reversed, English name, wrong year
            _ag({"name": "حمص"}, {"name": "یزد"}, None, "unknown"),  # wrong status
            _ag({"name": "Tehran"}, {"name": "Bishkek"}),  # spurious
        ],
        "memberships": [
            {
                "city": {"name": "مشهد"},
                "organisation": "سازمان متروپلیس",
                "organisation_id": "org:m",
            }
        ],
        "citations": [{"authors": ["زینلی"], "year": "1387", "kind": "parenthetical"}],
    }
    s = score(pred, GOLD)
    a = s["agreements"]
    assert (a["tp"], a["pred"], a["gold"]) == (2, 3, 3)
    assert (a["year_accuracy"], a["status_accuracy"]) == (0.5, 0.5)
    assert a["misses"] == ["Baltimore – Xiamen (None, unknown)"]
    assert s["memberships"]["f1"] == 1.0  # same organisation id, different names
    c = s["citations"]
    assert (c["tp"], c["precision"], c["recall"]) == (1, 1.0, 0.5)  # digits compared across scripts
    text = format_scores(s)
    assert "agreements" in text
    assert "year accuracy 0.500" in text


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param({"name": "کرهٔ جنوبی"}, {"name": "کره‌جنوبی"}, True, id="folded-letters"),
        pytest.param(
            {"name": "Saint Petersburg"},
            {"name": "St. Petersburg", "name_en": "Saint Petersburg"},
            True,
            id="name-en",
        ),
        pytest.param(
            {"name": "تولدو", "gazetteer_id": "a"},
            {"name": "تولدو", "gazetteer_id": "a"},
            True,
            id="same-id",
        ),
        pytest.param(
            {"name": "Toledo", "gazetteer_id": "a"},
            {"name": "Toledoo", "gazetteer_id": "b"},
            False,
            id="ids-differ",
        ),
        pytest.param({"name": "سینسیناتی"}, {"name": "سینسیناتي"}, True, id="one-letter-off"),
        pytest.param({"name": "یزد"}, {"name": "بم"}, False, id="different"),
    ],
)
def test_evaluate_same_party(a: dict, b: dict, same: bool) -> None:
    assert same_party(a, b) is same


def test_evaluate_metadata() -> None:
    gold = {
        "metadata": {
            "title": {"fa": "خواهرشهرها", "en": "Sister cities"},
            "keywords": {"fa": ["ایران"], "en": ["Iran", "twinning"]},
            "authors": [{"name": "Ali Rezaei", "email": "a@b.ir"}],
        }
    }
    pred = {
        "metadata": {
            "title": {"fa": "خواهر شهرها", "en": "Twin towns"},
            "keywords": {"fa": ["ایران"], "en": ["Iran"]},
            "authors": [{"name": "Ali Rezaei", "email": None}],
        }
    }
    md = score(pred, gold)["metadata"]
    assert md["title_fa"] is True  # spacing differences do not count
    assert md["title_en"] is False
    assert (md["keywords"]["precision"], md["keywords"]["recall"]) == (
        1.0,
        2 / 3 if False else 0.6667,
    )
    assert md["authors"]["f1"] == 0.0  # the email is missing
    assert "title_en WRONG" in format_scores(score(pred, gold))
