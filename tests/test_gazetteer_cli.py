"""`textkit gazetteer …` verbs, run in-process."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from textkit import cli_gazetteer
from textkit.errors import GazetteerError

DATA = Path(__file__).parent / "data" / "gazetteer"


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="textkit")
    cli_gazetteer.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    d = tmp_path / "gaz"
    shutil.copytree(DATA / "mini", d)
    return d


@pytest.mark.parametrize("verb", ["validate", "add", "lookup", "candidates"])
def test_gazetteer_cli_help(verb: str, capsys) -> None:
    with pytest.raises(SystemExit) as e:
        run(["gazetteer", verb, "--help"])
    assert e.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_gazetteer_cli_validate(mini: Path, capsys) -> None:
    assert run(["gazetteer", "validate", str(mini)]) == 0
    assert run(["gazetteer", "validate", str(DATA / "bad")]) == 1
    out = capsys.readouterr().out
    assert "cities.tsv:3: duplicate id gn:1" in out


def test_gazetteer_cli_lookup(mini: Path, capsys) -> None:
    assert run(["gazetteer", "lookup", "تولدو", "--gazetteer", str(mini), "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:3] == ["1.000", "exact", "gn:2510409"]
    assert lines[1].split("\t")[1:3] == ["fuzzy", "gn:5174035"]
    assert run(["gazetteer", "lookup", "ناکجاآباد", "--gazetteer", str(mini)]) == 1


def test_gazetteer_cli_add_entry_and_alias(mini: Path, capsys) -> None:
    assert (
        run(
            [
                "gazetteer",
                "add",
                "--dir",
                str(mini),
                "--type",
                "city",
                "--name-en",
                "Shandiz",
                "--name-fa",
                "شاندیز",
                "--country",
                "IR",
                "--lat",
                "36.4",
                "--lon",
                "59.3",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == "cur:shandiz"
    assert (
        run(
            [
                "gazetteer",
                "add",
                "--dir",
                str(mini),
                "--alias",
                "تهرون",
                "--to",
                "gn:112931",
                "--kind",
                "misspelling",
            ]
        )
        == 0
    )
    from textkit.gazetteer import Gazetteer

    gaz = Gazetteer.from_dir(mini)
    assert gaz.lookup("شاندیز")[0].entry.id == "cur:shandiz"
    assert gaz.lookup("تهرون", fuzzy=False)[0].entry.id == "gn:112931"


def test_gazetteer_cli_add_rejects_bad_input(mini: Path) -> None:
    with pytest.raises(GazetteerError, match="no entry with id"):
        run(["gazetteer", "add", "--dir", str(mini), "--alias", "x y", "--to", "gn:404"])
    with pytest.raises(GazetteerError, match="already in use"):
        run(
            [
                "gazetteer",
                "add",
                "--dir",
                str(mini),
                "--type",
                "city",
                "--name-en",
                "T",
                "--geonames-id",
                "112931",
            ]
        )


def test_gazetteer_cli_candidates(mini: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    ev = [{"quote": "خواهرخواندگی یزد با جاباق سر، چواشستان"}]
    result = {
        "document": {"path": "paper.pdf"},
        "agreements": [
            {
                "parties": [
                    {"name": "یزد", "gazetteer_id": "gn:111822"},
                    {"name": "جاباق سر", "gazetteer_id": None, "country": "RU"},
                ],
                "evidence": ev,
            }
        ],
        "memberships": [
            {
                "city": {"name": "یزد", "gazetteer_id": "gn:111822"},
                "organisation": "شبکه ناشناخته",
                "organisation_id": None,
                "evidence": ev,
            }
        ],
    }
    (out / "paper.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    assert run(["gazetteer", "candidates", str(out), "--gazetteer", str(mini)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows[0][:4] == ["name", "kind", "country", "count"]
    assert {(r[0], r[1]) for r in rows[1:]} == {("جاباق سر", "place"), ("شبکه ناشناخته", "org")}
    assert any("چواشستان" in r[-1] for r in rows[1:])


def test_gazetteer_cli_candidates_needs_json(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no JSON results"):
        run(["gazetteer", "candidates", str(tmp_path)])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["--type", "city", "--name-en", "Testville", "--country", "XX"], "ISO 3166", id="bad-country"),
        pytest.param(["--type", "city", "--name-en", "New\nline", "--country", "IR"], "line break", id="newline"),
    ],
)
def test_gazetteer_cli_add_bad_row_writes_nothing(mini: Path, capsys, argv, message):
    from textkit.cli import main

    d = mini
    before = {p.name: p.read_bytes() for p in d.iterdir()}
    code = main(["gazetteer", "add", "--dir", str(d), *argv])
    err = capsys.readouterr().err
    assert code == 1 and message in err and err.count("\n") == 1
    assert {p.name: p.read_bytes() for p in d.iterdir()} == before


def test_gazetteer_cli_lookup_unknown_country_is_an_error(mini: Path, capsys) -> None:
    from textkit.cli import main

    code = main(["gazetteer", "lookup", "تهران", "--gazetteer", str(mini), "--country", "Narnia"])
    assert code == 1 and "unknown country 'Narnia'" in capsys.readouterr().err
