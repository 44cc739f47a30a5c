"""The textkit_gazetteer spaCy component on blank pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from textkit.spacy_component import add_to_pipe  # noqa: E402

MINI = str(Path(__file__).parent / "data" / "gazetteer" / "mini")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fa",
            "تولدو، اسپانیا",
            [("تولدو", "CITY", "gn:2510409"), ("اسپانیا", "COUNTRY", "country:ES")],
        ),
        (
            "en",
            "Toledo, Ohio",
            [("Toledo", "CITY", "gn:5174035"), ("Ohio", "REGION", "adm1:US.OH")],
        ),
        ("fa", "", []),
    ],
)
def test_spacy_component_sets_ents(lang: str, text: str, expected: list) -> None:
    nlp = spacy.blank(lang)
    add_to_pipe(nlp, gazetteer_path=MINI)
    doc = nlp(text)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == expected
    assert all(e._.gazetteer_score == 1.0 for e in doc.ents)


def test_spacy_component_types_and_attached_digits() -> None:
    nlp = spacy.blank("fa")
    add_to_pipe(nlp, gazetteer_path=MINI, types=["city"])
    doc = nlp("در تهران(۱۳۷۹) و ژاپن")
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("تهران", "gn:112931")]  # token split off
    assert doc.text == "در تهران(۱۳۷۹) و ژاپن"
