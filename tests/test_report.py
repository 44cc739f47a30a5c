"""textkit report: one self-contained HTML page; checked as text here and in a
real browser (headless Chromium driven by Playwright) when one is installed."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.test_batch import ISFAHAN, SHIRAZ, TABRIZ, write
from textkit.export.merge import merge_agreements, read_results
from textkit.report import render_report
from textkit.report.render import highlight

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]  # fmt: skip


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small batch: three documents, one agreement found in two of them."""
    from textkit.batch import BatchOptions, run_batch

    root = tmp_path_factory.mktemp("report")
    docs = root / "docs"
    write(docs / "a.txt", "مقدمه\n\n" + ISFAHAN)
    write(docs / "b" / "b.txt", ISFAHAN + TABRIZ)
    write(docs / "c.txt", SHIRAZ)
    out = root / "out"
    report = run_batch(docs, out, BatchOptions(jobs=1))
    assert report.failed == 0
    (out / "foreign.json").write_text('{"hello": "world"}', "utf-8")
    return out


def test_report_highlight_escapes_and_marks():
    html = highlight("<b> تبریز & باکو", [
        {"start": 4, "end": 9, "type": "CITY", "link": {"id": "gn:1"}},
        {"start": 6, "end": 8, "type": "ORG"},  # overlaps: left unmarked
        {"start": 12, "end": 16, "type": "CITY"},
    ])  # fmt: skip
    assert html == (
        '&lt;b&gt; <mark class="ent ent-city" title="gn:1">تبریز<span class="lbl">CITY</span>'
        '</mark> &amp; <mark class="ent ent-city">باکو<span class="lbl">CITY</span></mark>'
    )


def test_report_cli_writes_one_page_and_warns_about_foreign_json(batch: Path, run_cli):
    code, _, err = run_cli("report", str(batch))
    assert code == 0
    assert f"textkit: warning: {batch / 'foreign.json'}: skipped, not a textkit result" in err
    page = (batch / "report.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fa" dir="rtl">' in page
    # self-contained: nothing to fetch (the SVG namespace is a name, not a request)
    assert not re.search(r"""<(link|img|iframe|object|embed)\b|\bsrc=|url\(|@import""", page)
    assert "default-src 'none'" in page


def test_report_names_both_cities_of_every_agreement(batch: Path):
    results, _ = read_results(batch)
    page = render_report(results)
    merged = merge_agreements(results)
    assert len(merged) == 3
    for m in merged:
        assert m.a.name in page and m.b.name in page


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip(f"no Chromium at {CHROMIUM}: install it with `apt-get install chromium`")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
            args=CHROMIUM_ARGS,
        )
        yield launched
        launched.close()


def test_report_in_a_browser(batch: Path, browser, tmp_path: Path):
    from textkit.report import write_report

    path, _ = write_report(batch, tmp_path / "page.html")
    page = browser.new_page()
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    assert problems == []
    assert requests == [path.as_uri()]  # the page itself, nothing else
    # every merged agreement names both its cities
    page.click("nav button[data-tab=tab-agreements]")
    table = page.inner_text("#agreements")
    results, _ = read_results(batch)
    for m in merge_agreements(results):
        assert m.a.name in table and m.b.name in table
    # Persian text sits in right-to-left elements, English in left-to-right ones
    page.click("nav button[data-tab=tab-documents]")
    page.click("#doc-1 summary")
    directions = page.eval_on_selector_all(
        "#doc-1 .blk", "els => els.map(e => [e.innerText, getComputedStyle(e).direction])"
    )
    persian = [d for t, d in directions if re.search("[\u0600-\u06ff]", t)]
    assert persian and set(persian) == {"rtl"}
    assert page.eval_on_selector("mark.ent-city", "e => getComputedStyle(e).direction") == "rtl"
    # a click on a city on the map keeps only its agreements
    page.click("nav button[data-tab=tab-network]")
    total = int(page.inner_text("#shown"))
    page.click("#map .city >> nth=0")
    assert 0 < int(page.inner_text("#shown")) < total
    assert problems == [] and len(requests) == 1
