"""`textkit gazetteer …` verbs, run in-process, on the shipped data with a
user's folder on top."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textkit.cli import main
from textkit.gazetteer.load import ENTITY_COLUMNS

DATA = Path(__file__).parent / "data" / "gazetteer"
HEADER = "\t".join(ENTITY_COLUMNS) + "\n"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTKIT_GAZETTEER", raising=False)


@pytest.fixture
def user(tmp_path: Path) -> Path:
    """A user's folder with one city the shipped data lacks."""
    d = tmp_path / "user"
    d.mkdir()
    (d / "cities_curated.tsv").write_text(
        HEADER
        + "cur:qaleh-now\tQaleh Now\tقلعه‌نوشهر\tIR\t\t35.1\t51.2\t20000\t\t\tcurated\tcurated\n",
        encoding="utf-8",
    )
    return d


def files_of(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in d.iterdir() if not p.name.startswith(".")}


@pytest.mark.parametrize("verb", ["validate", "add", "import", "lookup", "candidates"])
def test_gazetteer_cli_help(verb: str, capsys) -> None:
    with pytest.raises(SystemExit) as e:
        main(["gazetteer", verb, "--help"])
    assert e.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_gazetteer_cli_validate(user: Path, capsys) -> None:
    assert main(["gazetteer", "validate", str(DATA / "mini")]) == 0
    assert main(["gazetteer", "validate", str(user)]) == 0
    assert main(["gazetteer", "validate", str(DATA / "bad")]) == 1
    out = capsys.readouterr().out
    assert "cities.tsv:3: duplicate id gn:1" in out


def test_gazetteer_cli_lookup_overlay_and_shipped(user: Path, capsys) -> None:
    assert main(["gazetteer", "lookup", "قلعه‌نوشهر", "--gazetteer", str(user), "--limit", "1"]) == 0
    assert main(["gazetteer", "lookup", "تولدو", "--gazetteer", str(user), "--limit", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:3] == ["1.000", "exact", "cur:qaleh-now"]
    assert lines[1].split("\t")[:3] == ["1.000", "exact", "gn:2510409"]
    main(["gazetteer", "lookup", "قلعه‌نوشهر"])  # without the user's folder
    assert "cur:qaleh-now" not in capsys.readouterr().out


@pytest.mark.issue(13)
def test_gazetteer_cli_lookup_by_id(capsys) -> None:
    assert main(["gazetteer", "lookup", "gn:115019"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split("\t")[:5] == ["1.000", "exact", "gn:115019", "city", "IR"]


def test_gazetteer_cli_lookup_unknown_country_is_an_error(capsys) -> None:
    code = main(["gazetteer", "lookup", "تهران", "--country", "Narnia"])
    assert code == 1 and "unknown country 'Narnia'" in capsys.readouterr().err


@pytest.mark.issue(13)
def test_gazetteer_cli_add_prints_the_entry(user: Path, capsys) -> None:
    argv = ["gazetteer", "add", "--dir", str(user), "--type", "city", "--name-en", "Testabad"]
    code = main([*argv, "--name-fa", "تست‌آباد", "--country", "IR", "--lat", "36.5"])
    captured = capsys.readouterr()
    assert code == 1 and "lat and lon" in captured.err  # refused: nothing written
    assert main([*argv, "--name-fa", "تست‌آباد", "--country", "IR"]) == 0
    out, err = capsys.readouterr()
    assert out == "cur:testabad Testabad «تست‌آباد» (city, IR)\n"
    assert err.endswith("cities_curated.tsv:3: added\n")


@pytest.mark.issue(13)
def test_gazetteer_cli_add_alias_to_shipped_entry(user: Path, capsys) -> None:
    argv = ["gazetteer", "add", "--dir", str(user), "--alias", "فوکواوکا", "--to", "gn:1863967"]
    assert main([*argv, "--kind", "misspelling"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("gn:1863967 Fukuoka «") and out.endswith("(city, JP)\n")
    assert err.endswith("aliases_curated.tsv:2: alias 'فوکواوکا' added\n")
    assert main([*argv, "--kind", "misspelling"]) == 1  # the same spelling again
    assert "already has the spelling" in capsys.readouterr().err
    assert main(["gazetteer", "lookup", "فوکواوکا", "--gazetteer", str(user), "--exact"]) == 0
    assert capsys.readouterr().out.split("\t")[2] == "gn:1863967"


@pytest.mark.issue(13)
def test_gazetteer_cli_add_existing_id_names_the_entry(user: Path, capsys) -> None:
    code = main(
        [
            "gazetteer",
            "add",
            "--dir",
            str(user),
            "--type",
            "city",
            "--name-en",
            "T",
            "--geonames-id",
            "112931",
        ]
    )
    err = capsys.readouterr().err
    assert (
        code == 1 and "id gn:112931 is already in use by gn:112931 Tehran «تهران» (city, IR)" in err
    )
    assert "--update" in err and err.count("\n") == 1


@pytest.mark.issue(13)
def test_gazetteer_cli_add_update_fixes_a_shipped_name(user: Path, capsys) -> None:
    argv = ["gazetteer", "add", "--dir", str(user), "--update", "--id", "gn:115019"]
    assert main([*argv, "--name-fa", "شیراز نو"]) == 0
    out, err = capsys.readouterr()
    assert out == "gn:115019 Shiraz «شیراز نو» (city, IR)\n" and err.endswith(": updated\n")
    assert main(["gazetteer", "lookup", "شیراز", "--gazetteer", str(user), "--exact"]) == 0
    row = capsys.readouterr().out.split("\t")
    assert row[2] == "gn:115019" and row[6] == "شیراز نو"  # the old name still finds it
    assert main([*argv, "--wikidata", "Q1234"]) == 0  # second update rewrites the same row
    rows = [
        r for r in (user / "cities_curated.tsv").read_text("utf-8").splitlines() if "gn:115019" in r
    ]
    assert len(rows) == 1 and "Q1234" in rows[0] and "شیراز نو" in rows[0]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(
            ["--type", "city", "--name-en", "Testville", "--country", "XX"],
            "ISO 3166",
            id="bad-country",
        ),
        pytest.param(
            ["--type", "city", "--name-en", "New\nline", "--country", "IR"],
            "line break",
            id="newline",
        ),
        pytest.param(
            ["--type", "city", "--name-en", "Nul\x00", "--country", "IR"], "NUL", id="nul"
        ),
        pytest.param(
            ["--type", "city", "--name-en", "Tehran", "--country", "IR"],
            "already in the gazetteer: gn:112931",
            id="same-place",
        ),
        pytest.param(["--alias", "x y", "--to", "gn:404"], "no entry with id", id="dangling-alias"),
    ],
)
def test_gazetteer_cli_add_bad_row_writes_nothing(user: Path, capsys, argv, message):
    before = files_of(user)
    code = main(["gazetteer", "add", "--dir", str(user), *argv])
    err = capsys.readouterr().err
    assert code == 1 and message in err and err.count("\n") == 1
    assert files_of(user) == before


def test_gazetteer_cli_add_needs_a_folder(capsys) -> None:
    assert main(["gazetteer", "add", "--type", "city", "--name-en", "X", "--country", "IR"]) == 1
    assert "--dir" in capsys.readouterr().err


def _batch_output(tmp_path: Path) -> Path:
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
            },
            {
                "parties": [
                    {"name": "یزد", "gazetteer_id": "gn:111822"},
                    {"name": "UCLG", "gazetteer_id": None},
                ],
                "evidence": ev,
            },
        ],
        "memberships": [
            {
                "city": {"name": "شبکه شهرهای خلاق", "gazetteer_id": None},
                "organisation": "شبکه ناشناخته",
                "organisation_id": None,
                "evidence": ev,
            }
        ],
    }
    (out / "paper.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return out


@pytest.mark.issue(13)
def test_gazetteer_cli_candidates_tsv_to_review(tmp_path: Path, capsys) -> None:
    review = tmp_path / "review.tsv"
    assert main(["gazetteer", "candidates", str(_batch_output(tmp_path)), "-o", str(review)]) == 0
    rows = [line.split("\t") for line in review.read_text("utf-8").splitlines()]
    header = rows[0]
    assert header[:8] == [
        "name",
        "script",
        "count",
        "documents",
        "contexts",
        "matches",
        "type",
        "action",
    ]
    got = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert set(got) == {"جاباق سر", "شبکه ناشناخته"}  # organisations are not proposed as places
    place = got["جاباق سر"]
    assert (place["script"], place["type"], place["country"], place["name_fa"]) == (
        "fa",
        "city",
        "RU",
        "جاباق سر",
    )
    assert "چواشستان" in place["contexts"]
    assert got["شبکه ناشناخته"]["type"] == "org"


@pytest.mark.issue(13)
def test_gazetteer_cli_import_reviewed_rows(user: Path, tmp_path: Path, capsys) -> None:
    review = tmp_path / "review.tsv"
    assert main(["gazetteer", "candidates", str(_batch_output(tmp_path)), "-o", str(review)]) == 0
    lines = review.read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    for r in rows:
        if r["name"] == "جاباق سر":
            r.update(action="add", name_en="Jabaghsar", lat="55.5", lon="47.5")
        else:
            r.update(action="skip")
    rows.append({**rows[0], "name": "یزدک", "action": "alias", "id": "gn:111822", "script": "fa"})
    review.write_text(
        "\n".join(["\t".join(header)] + ["\t".join(r[c] for c in header) for r in rows]) + "\n",
        encoding="utf-8",
    )
    assert main(["gazetteer", "import", str(review), "--dir", str(user)]) == 0
    out = capsys.readouterr().out
    assert "added cur:jabaghsar Jabaghsar «جاباق سر» (city, RU)" in out
    assert "alias 'یزدک' for gn:111822" in out
    assert main(["gazetteer", "validate", str(user)]) == 0


@pytest.mark.issue(13)
def test_gazetteer_cli_import_bad_rows_write_nothing(user: Path, tmp_path: Path, capsys) -> None:
    review = tmp_path / "review.tsv"
    review.write_text(
        "name\taction\ttype\tid\tname_en\tname_fa\tcountry\tlat\tlon\n"
        "Newtown\tadd\tcity\t\tNewtown\t\tIR\t\t\n"
        "Badtown\tadd\tvillage\t\tBadtown\t\tIR\t\t\n"
        "Otherbad\tadd\tcity\t\tOtherbad\t\tXX\t\t\n"
        "Lost\talias\t\tgn:404\t\t\t\t\t\n",
        encoding="utf-8",
    )
    before = files_of(user)
    assert main(["gazetteer", "import", str(review), "--dir", str(user)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing imported" in err
    assert f"{review}:3: type must be one of" in err and f"{review}:5: no entry with id" in err
    assert "ISO 3166" in err  # row 4, found when the folder is validated with the rows in it
    assert files_of(user) == before
