"""End to end on the bundled sample: every input gives schema-valid JSON with
the sister-city table's agreements in it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLE_INPUTS, sample_path
from textkit.schema import SCHEMA_VERSION, Result, strict_json_schema

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def gazetteer():
    from textkit.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="module")
def results(gazetteer):
    from textkit.pipeline import process

    cache: dict[str, Result] = {}

    def get(name: str) -> Result:
        if name not in cache:
            cache[name] = process(sample_path(name), gazetteer=gazetteer)
        return cache[name]

    return get


@pytest.mark.parametrize("name", SAMPLE_INPUTS)
def test_pipeline_sample_output_validates_against_shipped_schema(name, results):
    import jsonschema

    data = json.loads(results(name).model_dump_json())
    jsonschema.validate(data, strict_json_schema())
    assert data["schema_version"] == SCHEMA_VERSION
    assert Result.model_validate(data).document.sha256 == data["document"]["sha256"]


@pytest.mark.parametrize("name", SAMPLE_INPUTS)
def test_pipeline_sample_has_table_agreements(name, results):
    result = results(name)
    from_table = [a for a in result.agreements if a.source == "table"]
    # The sister-city table alone lists 91 partner entries (sister_cities.json).
    assert len(from_table) >= 80
    pairs = {frozenset(p.name for p in a.parties): a for a in from_table}
    xian = pairs[frozenset({"اصفهان", "شیان"})]
    assert xian.year == 1989
    assert {p.country for p in xian.parties} == {"IR", "CN"}


@pytest.mark.parametrize("name", SAMPLE_INPUTS)
def test_pipeline_sample_blocks_have_provenance(name, results):
    result = results(name)
    blocks = {b.id: b for b in result.blocks}
    assert len(blocks) == len(result.blocks), "block ids are unique"
    pages = result.document.pages
    assert all(1 <= b.page <= pages for b in result.blocks)
    if result.document.source_kind == "pdf":
        assert all(b.bbox is not None for b in result.blocks)
    else:
        assert all(b.line is not None for b in result.blocks)
    for e in result.entities:
        assert blocks[e.block].text[e.start : e.end] == e.text
    records = [*result.agreements, *result.memberships, *result.designations]
    for record in records:
        for ev in record.evidence:
            assert ev.block in blocks
            assert ev.start is not None, f"evidence without offsets: {ev.quote[:60]}"
            assert blocks[ev.block].text[ev.start : ev.end] == ev.quote
