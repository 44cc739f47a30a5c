"""textkit export: agreements of many documents merged by their two cities, as
CSV, JSON Lines, GeoJSON, GraphML and QuickStatements."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from textkit.export import export, merged_from
from textkit.export.formats import to_quickstatements
from textkit.export.merge import merge_agreements, read_results


@pytest.fixture(scope="module")
def ids() -> dict[str, str]:
    """Gazetteer ids of a few cities (the shipped gazetteer)."""
    from textkit.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    names = {"Isfahan": "IR", "Xi'an": "CN", "Tabriz": "IR", "Baku": "AZ", "Freiburg": "DE"}
    out = {}
    for name, country in names.items():
        match = gaz.lookup(name, country=country, type="city", fuzzy=False)[0]
        out[name] = match.entry.id
    return out


def party(name: str, gid: str | None = None, country: str | None = None, **extra) -> dict:
    return {"name": name, "gazetteer_id": gid, "country": country, **extra}


def agreement(a: dict, b: dict, year: int | None, status: str, quote: str, page: int) -> dict:
    return {"parties": [a, b], "year": year, "status": status, "source": "prose",
            "evidence": [{"page": page, "quote": quote}], "confidence": 0.9}  # fmt: skip


def result(path: str, *agreements: dict) -> dict:
    document = {"path": path, "sha256": "0" * 64}
    return {"textkit_version": "0.1.0", "document": document, "agreements": list(agreements)}


@pytest.fixture
def outdir(tmp_path: Path, ids: dict[str, str]) -> Path:
    isf, xian = party("اصفهان", ids["Isfahan"], "IR"), party("شیان", ids["Xi'an"], "CN")
    tab, baku = party("تبریز", ids["Tabriz"], "IR"), party("Baku", ids["Baku"], "AZ")
    ghost = party("Nowhereville", None, "XX")
    docs = {
        "a/one.pdf.json": result("docs/a/one.pdf",
            agreement(isf, xian, 1989, "formal", "اصفهان و شیان (۱۹۸۹)", 4),
            agreement(tab, baku, None, "unknown", "Tabriz – Baku", 5)),
        "two.txt.json": result("docs/two.txt",
            agreement(xian, isf, 1991, "formal", "Xi'an and Isfahan", 1),
            agreement(party("nowhereville", None, "XX"), tab, 2001, "informal", "…", 1)),
        "b/three.pdf.json": result("docs/b/three.pdf",
            agreement(ghost, tab, 2003, "informal", "Nowhereville, Tabriz", 7)),
    }  # fmt: skip
    for name, data in docs.items():
        path = tmp_path / "out" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    (tmp_path / "out" / "index.jsonl").write_text("{}\n", "utf-8")
    return tmp_path / "out"


def test_export_merges_by_the_pair_of_cities(outdir: Path, ids: dict[str, str]) -> None:
    merged = {frozenset({m.a.key, m.b.key}): m for m in merged_from(outdir)}
    assert len(merged) == 3
    isf_xian = merged[frozenset({ids["Isfahan"], ids["Xi'an"]})]
    assert isf_xian.year == 1989  # the earliest
    assert {s.document for s in isf_xian.sources} == {"docs/a/one.pdf", "docs/two.txt"}
    assert {(s.page, s.quote) for s in isf_xian.sources} == {
        (4, "اصفهان و شیان (۱۹۸۹)"),
        (1, "Xi'an and Isfahan"),
    }
    (ghost,) = [m for m in merged.values() if "Nowhereville" in {m.a.name, m.b.name}]
    # unlinked parties merge by name key and country: «Nowhereville» = «nowhereville»
    assert len(ghost.sources) == 2 and ghost.year == 2001 and ghost.status == "informal"
    assert ghost.a.point is None or ghost.b.point is None
    assert isf_xian.a.point is not None and isf_xian.b.point is not None  # from the gazetteer


def test_export_csv(outdir: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(export(outdir, "csv")[0])))
    assert len(rows) == 3
    required = {"city_a", "country_a", "city_b", "country_b", "id_a", "id_b", "year", "status",
                "n_sources"}  # fmt: skip
    assert required <= set(rows[0])
    assert sum(int(r["n_sources"]) for r in rows) == 5
    first = rows[0]
    assert {first["country_a"], first["country_b"]} == {"IR", "CN"}
    assert first["year"] == "1989" and first["n_documents"] == "2"


def test_export_jsonl_keeps_every_source(outdir: Path) -> None:
    records = [json.loads(line) for line in export(outdir, "jsonl")[0].splitlines()]
    assert len(records) == 3
    assert sum(len(r["sources"]) for r in records) == 5
    assert all(r["id"].startswith("tk-") for r in records)


def test_export_geojson(outdir: Path) -> None:
    data = json.loads(export(outdir, "geojson")[0])
    assert data["type"] == "FeatureCollection"
    points = [f for f in data["features"] if f["geometry"]["type"] == "Point"]
    lines = [f for f in data["features"] if f["geometry"]["type"] == "LineString"]
    assert len(points) == 4  # Isfahan, Xi'an, Tabriz, Baku; Nowhereville has no coordinates
    assert len(lines) == 2
    for f in points:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    isfahan = next(f for f in points if f["properties"]["name"] == "Isfahan")
    lon, lat = isfahan["geometry"]["coordinates"]
    assert 50 < lon < 53 and 31 < lat < 34  # Isfahan, not swapped


def test_export_graphml_loads_in_networkx(outdir: Path, tmp_path: Path) -> None:
    nx = pytest.importorskip("networkx", reason="networkx is in the test extra")
    path = tmp_path / "g.graphml"
    path.write_text(export(outdir, "graphml")[0], "utf-8")
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 3
    years = sorted(d.get("year", 0) for _, _, d in graph.edges(data=True))
    assert years == [0, 1989, 2001]  # Tabriz–Baku has no year


def test_export_quickstatements() -> None:
    a = party("Isfahan", "gn:1", "IR", wikidata="Q42053")
    b = party("Xi'an", "gn:2", "CN", wikidata="Q5826")
    c = party("Nowhere", None, "XX")
    merged = merge_agreements(
        [result("p.pdf", agreement(a, b, 1989, "formal", 'the "pact" of\tIsfahan', 12),
                agreement(a, c, 1990, "formal", "no Wikidata id", 1))]
    )  # fmt: skip
    lines = to_quickstatements(merged).splitlines()
    tail = ["P580", "+1989-00-00T00:00:00Z/9", "S1683", "en:\"the 'pact' of Isfahan\"",
            "S304", '"12"']  # fmt: skip
    assert lines == [
        "\t".join(["Q42053", "P190", "Q5826", *tail]),
        "\t".join(["Q5826", "P190", "Q42053", *tail]),
    ]


def test_export_skips_broken_and_foreign_files_with_a_warning(outdir: Path, run_cli) -> None:
    (outdir / "broken.json").write_text('{"agreements": [', "utf-8")
    (outdir / "other.json").write_text('{"name": "a package.json"}', "utf-8")
    code, out, err = run_cli("export", str(outdir), "--format", "csv")
    assert code == 0
    assert len(list(csv.DictReader(io.StringIO(out)))) == 3
    assert f"{outdir / 'broken.json'}: skipped, not readable JSON" in err
    assert f"{outdir / 'other.json'}: skipped, not a textkit result" in err


def test_export_of_a_folder_without_results(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("export", str(tmp_path))
    assert code == 1
    expected = f"{tmp_path}: no textkit results (*.json) found; run `textkit batch` first"
    assert err == f"textkit: error: {expected}\n"


def test_export_counts_agree_with_a_real_batch(tmp_path: Path, run_cli) -> None:
    from tests.test_batch import ISFAHAN, SHIRAZ, TABRIZ, write

    docs = tmp_path / "docs"
    write(docs / "a.txt", ISFAHAN)
    write(docs / "b.txt", ISFAHAN + TABRIZ)
    write(docs / "c.txt", SHIRAZ + TABRIZ)
    out = tmp_path / "out"
    assert run_cli("batch", str(docs), "-o", str(out), "-q")[0] == 0
    results, skipped = read_results(out)
    assert skipped == []
    found = sum(len(r["agreements"]) for r in results)
    quotes = sum(len(a["evidence"]) for r in results for a in r["agreements"])
    merged = merge_agreements(results)
    code, csv_text, _ = run_cli("export", str(out), "-o", str(tmp_path / "x.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text("utf-8"))))
    assert code == 0 and csv_text == ""
    assert len(rows) == len(merged) == 3 and found == 5
    assert sum(int(r["n_sources"]) for r in rows) == quotes  # a source is one evidence quote
