"""The textkit_gazetteer spaCy component on blank pipelines."""

from __future__ import annotations

import subprocess
import sys
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


@pytest.mark.issue(13)
@pytest.mark.parametrize("types", [["CITY"], ["city"], ["City"], "CITY"])
def test_spacy_component_types_any_case(types) -> None:
    nlp = spacy.blank("fa")
    add_to_pipe(nlp, gazetteer_path=MINI, types=types)
    doc = nlp("همکاری تهران و ژاپن در کیوتو")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("تهران", "CITY", "gn:112931"),
        ("کیوتو", "CITY", "gn:1857910"),
    ]


@pytest.mark.issue(13)
def test_spacy_component_unknown_type_is_an_error() -> None:
    nlp = spacy.blank("fa")
    with pytest.raises(ValueError, match=r"unknown entity type\(s\) \['town'\]"):
        add_to_pipe(nlp, gazetteer_path=MINI, types=["town"])


@pytest.mark.issue(13)
def test_spacy_component_keeps_the_users_tokens() -> None:
    nlp = spacy.blank("fa")
    add_to_pipe(nlp, gazetteer_path=MINI, types=["city"])
    words = ["در", "تهران(۱۳۷۹)", "و", "ژاپن"]
    doc = nlp(spacy.tokens.Doc(nlp.vocab, words=words))
    assert [t.text for t in doc] == words  # not re-tokenised
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("تهران(۱۳۷۹)", "gn:112931")]

    strict = spacy.blank("fa")
    add_to_pipe(strict, gazetteer_path=MINI, types=["city"], alignment_mode="strict")
    assert strict(spacy.tokens.Doc(strict.vocab, words=words)).ents == ()


def test_spacy_component_keeps_existing_ents_unless_overwrite() -> None:
    nlp = spacy.blank("fa")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PLACE", "pattern": "تهران"}])
    add_to_pipe(nlp, gazetteer_path=MINI)
    assert [e.label_ for e in nlp("تهران و ژاپن").ents] == ["PLACE", "COUNTRY"]
    nlp2 = spacy.blank("fa")
    nlp2.add_pipe("entity_ruler").add_patterns([{"label": "PLACE", "pattern": "تهران"}])
    add_to_pipe(nlp2, gazetteer_path=MINI, overwrite=True)
    assert [e.label_ for e in nlp2("تهران و ژاپن").ents] == ["CITY", "COUNTRY"]


@pytest.mark.slow
@pytest.mark.issue(13)
def test_spacy_component_saved_pipeline_loads_in_a_fresh_process(tmp_path: Path) -> None:
    nlp = spacy.blank("fa")
    add_to_pipe(nlp, gazetteer_path=MINI, types=["CITY"])
    text = "خواهرخواندگی تهران با کیوتو"
    expected = [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]
    assert expected == [("تهران", "CITY", "gn:112931"), ("کیوتو", "CITY", "gn:1857910")]
    nlp.to_disk(tmp_path / "pipeline")
    code = (
        "import sys, spacy; nlp = spacy.load(sys.argv[1]); "
        "print(repr([(e.text, e.label_, e.kb_id_) for e in nlp(sys.argv[2]).ents]))"
    )
    # a fresh interpreter that never imports textkit itself: spaCy finds the
    # factory through the spacy_factories entry point
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "pipeline"), text],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert out.stdout.strip() == repr(expected)
