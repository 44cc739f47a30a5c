"""HTML pieces of the review page: the map, the merged agreements, each document.

Every function returns escaped HTML text; nothing here reads files.

Example:
    >>> highlight("شهر تبریز", [{"start": 4, "end": 9, "type": "CITY"}])
    'شهر <mark class="ent ent-city">تبریز<span class="lbl">CITY</span></mark>'
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from textkit.export.merge import Merged, Place

#: Map size in SVG units (equirectangular: 360° × 180°).
MAP_W, MAP_H = 1000, 500
_ARABIC = re.compile("[\u0600-\u06ff]")


def text_dir(text: str) -> str:
    """``rtl`` for text with Persian/Arabic letters, else ``ltr``."""
    return "rtl" if _ARABIC.search(text) else "ltr"


def _x(lon: float) -> float:
    return round((lon + 180) / 360 * MAP_W, 1)


def _y(lat: float) -> float:
    return round((90 - lat) / 180 * MAP_H, 1)


def _graticule() -> list[str]:
    out = []
    for lon in range(-180, 181, 30):
        out.append(f'<line class="grid" x1="{_x(lon)}" y1="0" x2="{_x(lon)}" y2="{MAP_H}"/>')
    for lat in range(-90, 91, 30):
        out.append(f'<line class="grid" x1="0" y1="{_y(lat)}" x2="{MAP_W}" y2="{_y(lat)}"/>')
    return out


def map_svg(agreements: list[Merged], places: list[Place]) -> str:
    """An equirectangular map: a dot per city with coordinates, a line per
    agreement between two such cities (``data-*`` attributes for the script)."""
    parts = [f'<svg id="map" viewBox="0 0 {MAP_W} {MAP_H}" role="img" '
             'aria-label="twinning network" xmlns="http://www.w3.org/2000/svg">',
             f'<rect class="sea" width="{MAP_W}" height="{MAP_H}"/>', *_graticule()]  # fmt: skip
    for m in agreements:
        a, b = m.a.point, m.b.point
        if a is not None and b is not None:
            parts.append(
                f'<line class="link st-{escape(m.status)}" data-id="{escape(m.id)}" '
                f'data-a="{escape(m.a.key)}" data-b="{escape(m.b.key)}" '
                f'x1="{_x(a[0])}" y1="{_y(a[1])}" x2="{_x(b[0])}" y2="{_y(b[1])}">'
                f"<title>{escape(m.a.name)} – {escape(m.b.name)} {m.year or ''}</title></line>"
            )
    for p in places:
        if p.point is not None:
            label = escape(p.name + (f" / {p.name_fa}" if p.name_fa else ""))
            parts.append(
                f'<circle class="city" data-key="{escape(p.key)}" cx="{_x(p.point[0])}" '
                f'cy="{_y(p.point[1])}" r="3"><title>{label}</title></circle>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


def _place_cell(p: Place) -> str:
    fa = f' <span dir="rtl" lang="fa">{escape(p.name_fa)}</span>' if p.name_fa else ""
    country = f" <small>{escape(p.country)}</small>" if p.country else ""
    return f'<span dir="auto">{escape(p.name)}</span>{fa}{country}'


def _source_item(document: str, page: int | None, quote: str) -> str:
    where = "، ".join(x for x in (escape(document), f"ص. {page}" if page is not None else "") if x)
    return f'<li><q dir="{text_dir(quote)}">{escape(quote)}</q> <cite dir="ltr">{where}</cite></li>'


def agreements_table(agreements: list[Merged]) -> str:
    """The merged agreements, one row each, every source listed."""
    rows = []
    for m in agreements:
        sources = "".join(_source_item(s.document, s.page, s.quote) for s in m.sources)
        rows.append(
            f'<tr data-keys="{escape(m.a.key)} {escape(m.b.key)}" data-status="{escape(m.status)}">'
            f"<td>{_place_cell(m.a)}</td><td>{_place_cell(m.b)}</td>"
            f"<td>{m.year or ''}</td><td>{escape(m.status)}</td>"
            f"<td><details><summary>{len(m.sources)}</summary><ul>{sources}</ul></details></td>"
            "</tr>"
        )
    head = (
        "<thead><tr><th>شهر</th><th>شهر</th><th>سال</th><th>وضعیت</th><th>منابع</th></tr></thead>"
    )
    return f'<table id="agreements">{head}<tbody>{"".join(rows)}</tbody></table>'


def highlight(text: str, entities: list[dict[str, Any]]) -> str:
    """*text* escaped, with each entity (``start``/``end`` offsets, ``type``)
    marked; an entity overlapping an earlier one is left unmarked."""
    out, pos = [], 0
    spans = sorted(
        (e for e in entities if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)),
        key=lambda e: (e["start"], -e["end"]),
    )
    for e in spans:
        start, end = e["start"], e["end"]
        if start < pos or not 0 <= start < end <= len(text):
            continue
        kind = str(e.get("type") or "ENT")
        link = e.get("link") if isinstance(e.get("link"), dict) else None
        title = f' title="{escape(str(link.get("id")))}"' if link and link.get("id") else ""
        out.append(escape(text[pos:start]))
        out.append(
            f'<mark class="ent ent-{escape(kind.lower())}"{title}>{escape(text[start:end])}'
            f'<span class="lbl">{escape(kind)}</span></mark>'
        )
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _block_html(block: dict[str, Any], entities: list[dict[str, Any]]) -> str:
    text = str(block.get("text") or "")
    direction = block.get("direction") if block.get("direction") in ("rtl", "ltr") else None
    lang = block.get("lang") if block.get("lang") in ("fa", "en") else None
    attrs = f' dir="{direction or text_dir(text)}"' + (f' lang="{lang}"' if lang else "")
    page = block.get("page")
    mark = f'<span class="pg" dir="ltr">p. {page}</span>' if isinstance(page, int) else ""
    body = highlight(text, entities).replace("\n", "<br>")
    return f'<p class="blk"{attrs}>{mark}{body}</p>'


def _doc_agreement(a: dict[str, Any]) -> str:
    parties = [p for p in a.get("parties") or [] if isinstance(p, dict)]
    names = " – ".join(escape(str(p.get("name") or "?")) for p in parties)
    evidence = [e for e in a.get("evidence") or [] if isinstance(e, dict)]
    items = "".join(
        _source_item("", e.get("page") if isinstance(e.get("page"), int) else None,
                     str(e.get("quote") or ""))
        for e in evidence
    )  # fmt: skip
    year = a.get("year") if isinstance(a.get("year"), int) else ""
    return (
        f'<li><b dir="auto">{names}</b> {year} <small>{escape(str(a.get("status") or ""))}'
        f"</small><ul>{items}</ul></li>"
    )


def document_section(result: dict[str, Any], n: int) -> str:
    """One document: its agreements with evidence and page, then its text with
    entities highlighted."""
    doc = result.get("document") or {}
    path = str(doc.get("path") or f"document {n}")
    agreements = [a for a in result.get("agreements") or [] if isinstance(a, dict)]
    by_block: dict[str, list[dict[str, Any]]] = {}
    for e in result.get("entities") or []:
        if isinstance(e, dict):
            by_block.setdefault(str(e.get("block")), []).append(e)
    blocks = [b for b in result.get("blocks") or [] if isinstance(b, dict)]
    text = "\n".join(_block_html(b, by_block.get(str(b.get("id")), [])) for b in blocks)
    listing = "".join(_doc_agreement(a) for a in agreements) or "<li>—</li>"
    return (
        f'<details class="doc" id="doc-{n}"><summary dir="ltr">{escape(path)} '
        f"<small>({len(agreements)})</small></summary>"
        f'<h3>پیمان‌ها</h3><ul class="doc-agreements">{listing}</ul>'
        f'<h3>متن</h3><div class="text">{text}</div></details>'
    )
