"""The JSON contract (issue 13): stable agreement ids, gazetteer version and
coordinates, a schema consumers can extend, our own output strictly valid."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import sample_path
from textkit.schema import SCHEMA_VERSION, Result, json_schema, strict_json_schema


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory) -> tuple[Result, Result]:
    from textkit.gazetteer import load_gazetteer
    from textkit.pipeline import process

    src = sample_path("article-plain.txt")
    renamed = tmp_path_factory.mktemp("elsewhere") / "renamed copy.txt"
    shutil.copy(src, renamed)
    gaz = load_gazetteer()
    return process(src, gazetteer=gaz), process(renamed, gazetteer=gaz)


@pytest.mark.corpus
@pytest.mark.issue(13)
def test_contract_agreement_ids_stable_and_unique(two_runs) -> None:
    first, second = two_runs
    assert first.document.path != second.document.path
    ids = [a.id for a in first.agreements]
    assert len(ids) >= 80 and all(ids)
    assert len(set(ids)) == len(ids)
    assert ids == [a.id for a in second.agreements]


@pytest.mark.corpus
@pytest.mark.issue(13)
def test_contract_gazetteer_version_and_coordinates(two_runs) -> None:
    from textkit.gazetteer import load_gazetteer

    result = two_runs[0]
    assert result.document.gazetteer_version == load_gazetteer().version
    linked = [p for a in result.agreements for p in a.parties if p.gazetteer_id]
    placed = [
        p
        for p in linked
        if p.lat is not None and p.lon is not None and -90 <= p.lat <= 90 and -180 <= p.lon <= 180
    ]
    assert len(linked) >= 80 and len(placed) / len(linked) >= 0.95


@pytest.mark.corpus
def test_contract_output_is_strictly_valid(two_runs) -> None:
    import jsonschema

    data = json.loads(two_runs[0].model_dump_json())
    jsonschema.validate(data, strict_json_schema())
    assert data["schema_version"] == SCHEMA_VERSION == "1.1"


def test_contract_published_schema_lets_consumers_ignore_new_fields() -> None:
    import jsonschema

    assert "additionalProperties" not in json.dumps(json_schema())
    doc = {
        "textkit_version": "9.9",
        "document": {
            "path": "x.txt",
            "sha256": "0" * 64,
            "pages": 1,
            "source_kind": "text",
            "languages": [],
            "a_field_from_the_future": 1,
        },
        "agreements": [],
        "another_new_list": [],
    }
    jsonschema.validate(doc, json_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, strict_json_schema())
    assert Result.model_validate(doc).document.path == "x.txt"  # read by an older textkit


def test_contract_changelog_names_the_schema_version() -> None:
    changelog = (Path(__file__).resolve().parent.parent / "CHANGELOG.md").read_text("utf-8")
    assert f"schema {SCHEMA_VERSION}" in changelog


@pytest.mark.parametrize(
    ("source", "ok"),
    [("table", True), ("prose", True), (None, True), ("hearsay", False)],
)
def test_contract_evidence_may_name_its_source(source, ok) -> None:
    from pydantic import ValidationError

    from textkit.schema import Evidence

    if ok:
        assert Evidence(quote="…", source=source).source == source
    else:
        with pytest.raises(ValidationError):
            Evidence(quote="…", source=source)
