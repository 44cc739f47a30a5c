"""load_gazetteer: data location, per-process cache, compiled cache on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from textkit.errors import GazetteerError
from textkit.gazetteer import index, load_gazetteer

MINI = Path(__file__).parent / "data" / "gazetteer" / "mini"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    d = tmp_path / "gaz"
    shutil.copytree(MINI, d)
    return d


def test_gazetteer_load_env_var_and_process_cache(mini: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TEXTKIT_GAZETTEER", str(mini))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    index._CACHE.clear()
    a = load_gazetteer()
    assert load_gazetteer(mini) is a
    assert a.get("gn:112931") is not None
    assert list((tmp_path / "cache" / "textkit").glob("gazetteer-*.marshal"))


def test_gazetteer_load_compiled_cache_follows_data(
    mini: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    index._CACHE.clear()
    assert load_gazetteer(mini).lookup("تهرون", fuzzy=False) == []
    with (mini / "aliases.tsv").open("a", encoding="utf-8") as f:
        f.write("gn:112931\tfa\tتهرون\tmisspelling\ttest\n")
    index._CACHE.clear()
    assert load_gazetteer(mini).lookup("تهرون", fuzzy=False)[0].entry.id == "gn:112931"
    assert len(list((tmp_path / "cache" / "textkit").glob("gazetteer-*.marshal"))) == 2


def test_gazetteer_load_unwritable_cache_falls_back(
    mini: Path, tmp_path: Path, monkeypatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    index._CACHE.clear()
    assert load_gazetteer(mini).get("country:IR").name_fa == "ایران"


def test_gazetteer_load_missing_dir(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"no \.tsv files"):
        load_gazetteer(tmp_path)
