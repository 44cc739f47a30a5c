"""load_gazetteer: layers (user folders over the base), per-process cache,
compiled cache on disk (main + fuzzy index), old versions cleaned."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from textkit.errors import GazetteerError
from textkit.gazetteer import cache, fuzzy, load_gazetteer
from textkit.gazetteer.load import ENTITY_COLUMNS

MINI = Path(__file__).parent / "data" / "gazetteer" / "mini"
HEADER = "\t".join(ENTITY_COLUMNS) + "\n"
ALIASES = "id\tlang\talias\tkind\tsource\n"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    d = tmp_path / "gaz"
    shutil.copytree(MINI, d)
    return d


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TEXTKIT_GAZETTEER", raising=False)
    cache._CACHE.clear()
    yield tmp_path / "cache" / "textkit"
    cache._CACHE.clear()


def user_folder(root: Path, name: str = "user", *, cities: str = "", aliases: str = "") -> Path:
    """A user's folder: one new city (Shahr-e Now, IR) and a Persian alias."""
    d = root / name
    d.mkdir()
    (d / "cities_curated.tsv").write_text(
        HEADER
        + (
            cities
            or "cur:shahr-e-now\tShahr-e Now\tشهرنو\tIR\t\t35.1\t51.2\t20000\t\t\t"
            "curated\tcurated\n"
        ),
        encoding="utf-8",
    )
    (d / "aliases_curated.tsv").write_text(
        ALIASES + (aliases or "cur:shahr-e-now\tfa\tشهر نوین\talt\tcurated\n"), encoding="utf-8"
    )
    return d


def test_gazetteer_load_overlay_adds_to_the_base(mini: Path, tmp_path: Path, fresh_cache) -> None:
    user = user_folder(tmp_path)
    gaz = load_gazetteer(mini, overlays=[user])
    assert gaz.lookup("شهرنو")[0].entry.id == "cur:shahr-e-now"
    assert gaz.lookup("شهر نوین", fuzzy=False)[0].entry.id == "cur:shahr-e-now"
    assert gaz.lookup("تهران")[0].entry.id == "gn:112931"  # the base still answers
    assert gaz.path == os.pathsep.join([str(mini.resolve()), str(user.resolve())])
    assert gaz.version != load_gazetteer(mini).version


def test_gazetteer_load_env_var_layers_folders_in_order(
    mini: Path, tmp_path: Path, fresh_cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    low = user_folder(tmp_path, "low")
    high = user_folder(
        tmp_path,
        "high",
        cities="cur:shahr-e-now\tShahr-e Now (fixed)\tشهرنو\tIR\t\t35.2\t51.3\t\t\t\t"
        "curated\tcurated\n",
        aliases="gn:112931\tfa\tطهران قدیم\thistorical\tcurated\n",
    )
    monkeypatch.setattr(cache, "shipped_dir", lambda: mini)
    monkeypatch.setenv("TEXTKIT_GAZETTEER", os.pathsep.join([str(low), str(high)]))
    gaz = load_gazetteer()
    e = gaz.get("cur:shahr-e-now")
    assert (e.name_en, e.lat) == ("Shahr-e Now (fixed)", 35.2)  # the upper layer wins
    assert gaz.lookup("شهر نوین", fuzzy=False)[0].entry.id == "cur:shahr-e-now"  # lower alias kept
    assert gaz.lookup("طهران قدیم", fuzzy=False)[0].entry.id == "gn:112931"  # alias to the base
    assert load_gazetteer() is gaz


def test_gazetteer_load_user_row_wins_and_old_names_still_find_it(
    mini: Path, tmp_path: Path, fresh_cache
) -> None:
    user = user_folder(
        tmp_path,
        cities="gn:112931\tTeheran\tطهرون\tIR\t\t35.7\t51.4\t\t\tQ3616\tcurated\tcurated\n",
        aliases="gn:112931\tfa\tتهرانک\talt\tcurated\n",
    )
    gaz = load_gazetteer(mini, overlays=[user])
    e = gaz.get("gn:112931")
    assert (e.name_en, e.name_fa, e.wikidata) == ("Teheran", "طهرون", "Q3616")
    for name in ("تهران", "Tehran", "طهرون", "تهرانک"):
        assert gaz.lookup(name, fuzzy=False)[0].entry.id == "gn:112931", name


def test_gazetteer_load_deprecated_row_retires_an_entry(
    mini: Path, tmp_path: Path, fresh_cache
) -> None:
    user = user_folder(
        tmp_path,
        cities="gn:141736\tBam\tبم\tIR\t\t\t\t\t\t\tcurated\tdeprecated\n",
        aliases="gn:112931\tfa\tتهرانک\talt\tcurated\n",
    )
    gaz = load_gazetteer(mini, overlays=[user])
    assert gaz.get("gn:141736") is None
    assert [m.entry.id for m in gaz.lookup("بم")] == []
    assert "gn:141736" not in {e.id for e in gaz}


def test_gazetteer_load_fuzzy_index_covers_upper_layers(
    mini: Path, tmp_path: Path, fresh_cache
) -> None:
    user = user_folder(tmp_path)
    gaz = load_gazetteer(mini, overlays=[user])
    hits = gaz.lookup("شهرنوو", country="IR", type="city")
    assert hits and hits[0].entry.id == "cur:shahr-e-now" and not hits[0].exact


def test_gazetteer_load_compiled_cache_is_reused(mini: Path, fresh_cache, monkeypatch) -> None:
    gaz = load_gazetteer(mini)
    assert gaz.lookup("تهرون", country="IR")  # builds and caches the fuzzy index
    names = sorted(p.name for p in fresh_cache.iterdir())
    assert len(names) == 2 and names[0].endswith(".fuzzy.marshal")
    cache._CACHE.clear()

    def no_rebuild(*args, **kwargs):
        raise AssertionError("the cached index should have been used")

    monkeypatch.setattr(fuzzy, "build_fuzzy_index", no_rebuild)
    monkeypatch.setattr(cache, "read_layer", no_rebuild)
    again = load_gazetteer(mini)
    assert again is not gaz
    assert again.lookup("تهرون", country="IR")[0].entry.id == "gn:112931"


def test_gazetteer_load_compiled_cache_follows_data(mini: Path, fresh_cache) -> None:
    assert load_gazetteer(mini).lookup("تهرون", fuzzy=False) == []
    with (mini / "aliases.tsv").open("a", encoding="utf-8") as f:
        f.write("gn:112931\tfa\tتهرون\tmisspelling\ttest\n")
    assert load_gazetteer(mini).lookup("تهرون", fuzzy=False)[0].entry.id == "gn:112931"
    assert len(list(fresh_cache.glob("gazetteer-*.marshal"))) == 2


def test_gazetteer_load_cleans_old_versions(mini: Path, fresh_cache, monkeypatch) -> None:
    fresh_cache.mkdir(parents=True)
    stale = fresh_cache / "gazetteer-v1-0123.marshal"
    stale.write_bytes(b"old layout")
    monkeypatch.setattr(cache, "KEEP", 2)
    for i in range(4):
        with (mini / "words.tsv").open("a", encoding="utf-8") as f:
            f.write(f"کلمه{i}\ttest\n")
        load_gazetteer(mini)
    left = list(fresh_cache.glob("gazetteer-*.marshal"))
    assert not stale.exists()
    assert len(left) == 2  # the two most recent data versions


def test_gazetteer_load_unwritable_cache_falls_back(
    mini: Path, tmp_path: Path, monkeypatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    cache._CACHE.clear()
    gaz = load_gazetteer(mini)
    assert gaz.get("country:IR").name_fa == "ایران"
    assert gaz.lookup("تهرون", country="IR")[0].entry.id == "gn:112931"
    cache._CACHE.clear()


def test_gazetteer_load_corrupt_cache_is_rebuilt(mini: Path, fresh_cache) -> None:
    gaz = load_gazetteer(mini)
    for p in fresh_cache.iterdir():
        p.write_bytes(b"\x00garbage")
    cache._CACHE.clear()
    assert load_gazetteer(mini).get("gn:112931") == gaz.get("gn:112931")


def test_gazetteer_load_missing_dir(tmp_path: Path, fresh_cache) -> None:
    with pytest.raises(GazetteerError, match=r"no \.tsv files"):
        load_gazetteer(tmp_path)
    with pytest.raises(GazetteerError, match="gazetteer folder not found"):
        load_gazetteer(MINI, overlays=[tmp_path / "nope"])


def test_gazetteer_load_empty_overlay_is_fine(mini: Path, tmp_path: Path, fresh_cache) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert load_gazetteer(mini, overlays=[empty]).get("gn:112931") is not None


def test_gazetteer_load_lookup_by_id(mini: Path, fresh_cache) -> None:
    gaz = load_gazetteer(mini)
    (m,) = gaz.lookup("gn:418863")
    assert (m.entry.name_en, m.score, m.exact) == ("Isfahan", 1.0, True)
    assert gaz.lookup("gn:404") == []
