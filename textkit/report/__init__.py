"""``textkit report OUTDIR``: one self-contained HTML page to review a batch.

The page (``OUTDIR/report.html`` by default) holds a map of the twinning
network (inline SVG: a dot per city with coordinates, a line per merged
agreement; click a city to filter), the merged agreements with every source's
quote and page, and each document's agreements and text with its entities
highlighted, Persian right to left. Styles and script (``page.css``,
``page.js``) are written into the page, and a Content-Security-Policy forbids
any request, so it works offline and sends nothing anywhere.

Example:
    >>> from textkit.report import write_report                  # doctest: +SKIP
    >>> write_report("out/")                                     # doctest: +SKIP
    (PosixPath('out/report.html'), [])
"""

from __future__ import annotations

import os
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textkit.export import load_results, lookup_in
from textkit.export.formats import places
from textkit.export.merge import Lookup, merge_agreements
from textkit.report.render import agreements_table, document_section, map_svg

if TYPE_CHECKING:
    from textkit.gazetteer import GazetteerProtocol

REPORT_NAME = "report.html"
#: No request of any kind: inline styles and scripts only, images from data: URLs.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _asset(name: str) -> str:
    return files("textkit.report").joinpath(name).read_text("utf-8")


def render_report(results: list[dict[str, Any]], lookup: Lookup | None = None) -> str:
    """The page for *results* (parsed result JSONs); *lookup* gives gazetteer
    entries by id, for coordinates."""
    merged = merge_agreements(results, lookup)
    cities = places(merged)
    unplaced = [p for p in cities if not p.has_point]
    missing = "، ".join(escape(p.name) for p in unplaced) or "—"
    docs = "\n".join(document_section(r, n) for n, r in enumerate(results, start=1))
    n_found = sum(len(r.get("agreements") or []) for r in results)
    return f"""<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>textkit — گزارش</title>
<style>
{_asset("page.css")}
</style>
</head>
<body>
<header>
<h1>شهرهای خواهرخوانده در {len(results)} سند</h1>
<p>{len(merged)} پیمان (از {n_found} یافته در متن‌ها)، {len(cities)} شهر</p>
<nav>
<button type="button" data-tab="tab-network" aria-selected="true">شبکه</button>
<button type="button" data-tab="tab-agreements" aria-selected="false">پیمان‌ها</button>
<button type="button" data-tab="tab-documents" aria-selected="false">اسناد</button>
</nav>
</header>
<main>
<section id="tab-network">
{map_svg(merged, cities)}
<p><small>بدون مختصات:</small> <span dir="auto">{missing}</span></p>
</section>
<section id="tab-agreements" hidden>
<div class="tools"><input id="filter" type="search" placeholder="جستجو…" dir="auto">
<span><span id="shown">{len(merged)}</span> / {len(merged)}</span></div>
{agreements_table(merged)}
</section>
<section id="tab-documents" hidden>
{docs}
</section>
</main>
<script>
{_asset("page.js")}
</script>
</body>
</html>
"""


def write_report(
    folder: str | os.PathLike[str],
    output: str | os.PathLike[str] | None = None,
    *,
    gazetteer: GazetteerProtocol | None = None,
) -> tuple[Path, list[str]]:
    """Write the review page for the results under *folder* (default
    ``folder/report.html``); return its path and the warnings for files skipped."""
    from textkit.serialize import write_atomic

    results, skipped = load_results(folder)
    target = Path(output) if output is not None else Path(folder) / REPORT_NAME
    write_atomic(target, render_report(results, lookup_in(gazetteer)))
    return target, skipped


__all__ = ["REPORT_NAME", "render_report", "write_report"]
