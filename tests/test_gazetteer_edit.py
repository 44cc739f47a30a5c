"""`gazetteer add` is atomic and locked: concurrent adds all land, the same
entry added concurrently leaves one row, a refused row leaves the file as it was."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from textkit.errors import GazetteerError
from textkit.gazetteer import load_gazetteer
from textkit.gazetteer.edit import add_alias, add_entry, describe
from textkit.gazetteer.validate import validate

N = 8


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTKIT_GAZETTEER", raising=False)


def _add(args: tuple[str, str, str, multiprocessing.Queue]) -> None:
    folder, name_en, name_fa, queue = args
    try:
        added = add_entry(folder, type="city", name_en=name_en, name_fa=name_fa, country="IR")
        queue.put(("ok", added.entry.id))
    except GazetteerError as e:
        queue.put(("error", str(e)))


def _run_parallel(jobs: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    load_gazetteer()  # the children inherit the loaded shipped data
    validate(Path(__file__).parent / "data" / "gazetteer" / "mini")  # and pycountry
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_add, args=((*job, queue),)) for job in jobs]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return results


@pytest.mark.issue(11)
def test_gazetteer_edit_concurrent_adds_all_land(tmp_path: Path) -> None:
    letters = "ابپتجچخد"
    jobs = [(str(tmp_path), f"Testabad {chr(65 + i)}", f"تست‌آباد {letters[i]}") for i in range(N)]
    results = _run_parallel(jobs)
    assert sorted(r[0] for r in results) == ["ok"] * N, results
    rows = (tmp_path / "cities_curated.tsv").read_text("utf-8").splitlines()[1:]
    assert sorted(r.split("\t")[1] for r in rows) == sorted(j[1] for j in jobs)
    assert validate(tmp_path) == []
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


@pytest.mark.issue(11)
def test_gazetteer_edit_same_entry_concurrently_leaves_one_row(tmp_path: Path) -> None:
    results = _run_parallel([(str(tmp_path), "Testabad", "تست‌آباد")] * N)
    assert sorted(r[0] for r in results) == ["error"] * (N - 1) + ["ok"]
    assert all(
        "already in the gazetteer: cur:testabad Testabad «تست‌آباد» (city, IR)" in msg
        for status, msg in results
        if status == "error"
    )
    rows = (tmp_path / "cities_curated.tsv").read_text("utf-8").splitlines()
    assert len(rows) == 2
    assert validate(tmp_path) == []


def test_gazetteer_edit_refused_row_keeps_the_file(tmp_path: Path) -> None:
    add_entry(tmp_path, type="city", name_en="Testabad", country="IR")
    before = (tmp_path / "cities_curated.tsv").read_bytes()
    with pytest.raises(GazetteerError, match="must be a number"):
        add_entry(tmp_path, type="city", name_en="Otherabad", country="IR", lat=95.0, lon=1.0)
    assert (tmp_path / "cities_curated.tsv").read_bytes() == before


def test_gazetteer_edit_persian_only_name_gets_an_id(tmp_path: Path) -> None:
    a = add_entry(tmp_path, type="city", name_fa="تست‌آباد", country="IR")
    assert a.entry.id.startswith("cur:fa-")
    assert describe(a.entry) == f"{a.entry.id} «تست‌آباد» (city, IR)"


def test_gazetteer_edit_alias_to_own_entry(tmp_path: Path) -> None:
    a = add_entry(tmp_path, type="org", name_en="Testers Network", country="IR")
    b = add_alias(tmp_path, a.entry.id, "TNW", lang="en", kind="acronym")
    assert (b.entry.id, b.alias, b.line) == ("org:testers-network", "TNW", 2)
    gaz = load_gazetteer(overlays=[tmp_path])
    assert gaz.lookup("TNW", fuzzy=False)[0].entry.id == "org:testers-network"
