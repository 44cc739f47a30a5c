"""`validate` reports every bad row, one pass, `file:line: problem`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from textkit.errors import GazetteerError
from textkit.gazetteer.validate import validate

DATA = Path(__file__).parent / "data" / "gazetteer"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def problems() -> list[str]:
    return [str(p) for p in validate(DATA / "bad")]


@pytest.mark.parametrize(
    ("where", "words"),
    [
        pytest.param("cities.tsv:3:", "duplicate id gn:1", id="duplicate-id"),
        pytest.param("cities.tsv:4:", "ISO 3166-1 alpha-2", id="bad-iso"),
        pytest.param("cities.tsv:5:", "'lat'", id="bad-latitude"),
        pytest.param("cities.tsv:6:", "must look like Q123", id="bad-wikidata"),
        pytest.param("cities.tsv:7:", "un-normalised Persian", id="arabic-kaf-yeh"),
        pytest.param("cities.tsv:8:", "'status'", id="bad-status"),
        pytest.param("aliases.tsv:2:", "unknown id 'gn:99'", id="dangling-alias"),
        pytest.param(
            "aliases.tsv:4:", "also an alias of gn:7", id="shared-alias-same-type-country"
        ),
        pytest.param("aliases.tsv:5:", "alias lang", id="bad-alias-lang"),
        pytest.param("aliases.tsv:6:", "alias kind", id="bad-alias-kind"),
    ],
)
def test_gazetteer_validate_catches(problems: list[str], where: str, words: str) -> None:
    assert any(where in p and words in p for p in problems), problems


def test_gazetteer_validate_reports_all_in_one_pass(problems: list[str]) -> None:
    assert len(problems) == 10
    assert not any(
        "cities.tsv:2:" in p or "cities.tsv:9:" in p or "aliases.tsv:3:" in p for p in problems
    )


def test_gazetteer_validate_mini_fixture_is_clean() -> None:
    assert validate(DATA / "mini") == []


@pytest.mark.slow
def test_gazetteer_validate_shipped_data_is_clean() -> None:
    assert [str(p) for p in validate(ROOT / "gazetteer")] == []


def test_gazetteer_validate_empty_dir(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"no \.tsv files"):
        validate(tmp_path)


def test_gazetteer_validate_missing_columns(tmp_path: Path) -> None:
    shutil.copy(DATA / "mini" / "countries.tsv", tmp_path / "countries.tsv")
    (tmp_path / "cities.tsv").write_text("id\tname\nx\ty\n", encoding="utf-8")
    assert any("missing columns" in str(p) and p.line == 2 for p in validate(tmp_path))
