"""`validate` reports every bad row, one pass, `file:line: problem`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textkit.errors import GazetteerError
from textkit.gazetteer import Gazetteer
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
    assert any("missing columns" in str(p) and p.line == 1 for p in validate(tmp_path))


# --- issue 11: hostile rows are reported as file:line: problem, never crash ---
_ALIAS_HEADER = "id\tlang\talias\tkind\tsource\n"
_GOOD = "gn:112931\tfa\tطهران\talt\ttest\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(DATA / "mini", tmp_path / "gaz")
    return tmp_path / "gaz"


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        pytest.param(
            _ALIAS_HEADER + "gn:112931\tfa\tطهران\talt\ttest\textra\n",
            2,
            "extra cells",
            id="extra-column",
        ),
        pytest.param(
            _ALIAS_HEADER + "gn:112931\tfa\tطهران\talt\n", 2, "missing cells", id="missing-column"
        ),
        pytest.param(
            _ALIAS_HEADER + "gn:112931\tfa\t طهران\talt\ttest\n",
            2,
            "surrounding spaces",
            id="leading-space",
        ),
        pytest.param(
            _ALIAS_HEADER + "gn:112931\tfa\tطهران \talt\ttest\n",
            2,
            "surrounding spaces",
            id="trailing-space",
        ),
        pytest.param(
            _ALIAS_HEADER + "gn:112931\tfa\tطه\x00ران\talt\ttest\n", 2, "U+0000", id="nul"
        ),
        pytest.param(
            _ALIAS_HEADER + "gn:112931\tfa\tطه\u2028ران\talt\ttest\n",
            2,
            "U+2028",
            id="line-separator",
        ),
        pytest.param(
            _ALIAS_HEADER + "gn:112931\tfa\tطه\rران\talt\ttest\n", 2, "U+000D", id="lone-cr"
        ),
        pytest.param(
            "id\tlang\talias\tkind\tsource\tlang\n" + _GOOD,
            1,
            "'lang' appears twice",
            id="duplicate-header",
        ),
        pytest.param(
            "id\tlang\t\tkind\tsource\n" + _GOOD, 1, "empty column name", id="empty-header-cell"
        ),
        pytest.param(
            "id\tlang\tkind\tsource\n", 1, "missing columns ['alias']", id="missing-header-column"
        ),
        pytest.param("", 1, "empty header line", id="empty-file"),
        pytest.param(
            _ALIAS_HEADER + "gn:112931\tfa\t" + "ب" * 131_072 + "\talt\ttest\n",
            2,
            "131072 characters",
            id="huge-field",
        ),
        pytest.param(
            _ALIAS_HEADER + _GOOD + "gn:112931\tfa\tطهران\xff\talt\ttest\n",
            3,
            "not UTF-8",
            id="bad-byte",
        ),
    ],
)
def test_gazetteer_validate_hostile_rows(folder: Path, content: str, line: int, words: str) -> None:
    path = folder / "aliases_curated.tsv"
    data = content.encode("utf-8").replace("\xff".encode(), b"\xff")
    path.write_bytes(data)
    problems = validate(folder)
    assert any(p.path == str(path) and p.line == line and words in p.message for p in problems), [
        str(p) for p in problems
    ]


@pytest.mark.issue(11)
def test_gazetteer_validate_cli_reports_and_exits_1(folder: Path, capsys) -> None:
    from textkit.cli import main

    (folder / "aliases_curated.tsv").write_bytes(
        (_ALIAS_HEADER + "gn:112931\tfa\t" + "ب" * 131_072 + "\talt\ttest\n").encode()
    )
    (folder / "regions_curated.tsv").write_bytes(b"id\tname_en\n\xff\xfe\x00\n")
    assert main(["gazetteer", "validate", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err
    lines = out.splitlines()
    assert lines and all(line.startswith(str(folder)) and ":" in line for line in lines)
    assert any("aliases_curated.tsv:2:" in line for line in lines)
    assert any("regions_curated.tsv:1: missing columns" in line for line in lines)


@pytest.mark.issue(11)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=300))
def test_gazetteer_validate_and_load_never_crash(tmp_path_factory, data: bytes) -> None:
    d = tmp_path_factory.mktemp("fuzz")
    shutil.copy(DATA / "mini" / "countries.tsv", d / "countries.tsv")
    (d / "aliases.tsv").write_bytes(_ALIAS_HEADER.encode() + data)
    (d / "cities.tsv").write_bytes(data)
    problems = validate(d)
    assert all(isinstance(p.line, int) and p.line >= 1 for p in problems)
    gaz = Gazetteer.from_dir(d)  # the loader skips what validate reports
    assert gaz.get("country:IR") is not None
