"""Issue 13: a user's folder with one new city and a Persian alias, given by
--gazetteer and by TEXTKIT_GAZETTEER, works end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textkit.cli import main
from textkit.gazetteer.load import ALIAS_COLUMNS, ENTITY_COLUMNS

TEXT = "شهر شیراز در سال ۱۳۹۵ با شهر نوا زرین در آلمان پیمان خواهرخواندگی امضا کرد.\n"


@pytest.fixture
def user(tmp_path: Path) -> Path:
    d = tmp_path / "my-places"
    d.mkdir()
    row = ["cur:nova-zarrin", "Nova Zarrin", "نوازرین", "DE", "", "50.1", "8.6", "250000"]
    (d / "cities_curated.tsv").write_text(
        "\t".join(ENTITY_COLUMNS) + "\n" + "\t".join([*row, "", "", "curated", "curated"]) + "\n",
        encoding="utf-8",
    )
    (d / "aliases_curated.tsv").write_text(
        "\t".join(ALIAS_COLUMNS) + "\ncur:nova-zarrin\tfa\tنوا زرین\talt\tcurated\n",
        encoding="utf-8",
    )
    return d


def _parties(out: str) -> set[tuple[str, str | None, float | None]]:
    data = json.loads(out)
    return {
        (p["name"], p["gazetteer_id"], p["lat"]) for a in data["agreements"] for p in a["parties"]
    }


@pytest.mark.issue(13)
@pytest.mark.parametrize("how", ["option", "env"])
def test_gazetteer_overlay_extract_links_new_and_shipped_city(
    user: Path, tmp_path: Path, how: str, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "news.txt"
    doc.write_text(TEXT, encoding="utf-8")
    monkeypatch.delenv("TEXTKIT_GAZETTEER", raising=False)
    if how == "env":
        monkeypatch.setenv("TEXTKIT_GAZETTEER", str(user))
        extra: list[str] = []
    else:
        extra = ["--gazetteer", str(user)]
    assert main(["gazetteer", "lookup", "نوا زرین", "--exact", *extra]) == 0
    assert main(["gazetteer", "lookup", "شیراز", "--exact", "--limit", "1", *extra]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[2] == "cur:nova-zarrin" and lines[1].split("\t")[2] == "gn:115019"
    assert main(["extract", str(doc), *extra]) == 0
    parties = _parties(capsys.readouterr().out)
    assert ("نوا زرین", "cur:nova-zarrin", 50.1) in parties
    assert any(name == "شیراز" and gid == "gn:115019" for name, gid, _ in parties)


def test_gazetteer_overlay_extract_without_the_folder_leaves_it_unlinked(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEXTKIT_GAZETTEER", raising=False)
    doc = tmp_path / "news.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(doc)]) == 0
    parties = _parties(capsys.readouterr().out)
    assert not any(gid == "cur:nova-zarrin" for _, gid, _ in parties)
