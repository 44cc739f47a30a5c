"""Writers for merged agreements: CSV, JSON Lines, GeoJSON, GraphML, QuickStatements.

Each takes the list from :func:`~textkit.export.merge.merge_agreements` and
returns the whole file as text.

Example:
    >>> from textkit.export.merge import Merged, Place, Source
    >>> m = Merged(id="tk-1", a=Place("gn:1", "Tabriz", country="IR", gazetteer_id="gn:1"),
    ...            b=Place("gn:2", "Baku", country="AZ", gazetteer_id="gn:2"), year=1980,
    ...            status="formal",
    ...            sources=[Source("p.pdf", 3, "…")])
    >>> to_csv([m]).splitlines()[1]
    'tk-1,Tabriz,,IR,gn:1,Baku,,AZ,gn:2,1980,formal,1,1,p.pdf'
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any
from xml.etree import ElementTree as ET

from textkit.export.merge import Merged, Place

CSV_COLUMNS = (
    "id", "city_a", "city_fa_a", "country_a", "id_a", "city_b", "city_fa_b", "country_b", "id_b",
    "year", "status", "n_sources", "n_documents", "documents",
)  # fmt: skip


def to_csv(agreements: list[Merged]) -> str:
    """One row per merged agreement, with a header row; ``documents`` is ``;``-separated."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m in agreements:
        writer.writerow(
            [
                m.id,
                m.a.name,
                m.a.name_fa or "",
                m.a.country or "",
                m.a.gazetteer_id or "",
                m.b.name,
                m.b.name_fa or "",
                m.b.country or "",
                m.b.gazetteer_id or "",
                m.year if m.year is not None else "",
                m.status,
                len(m.sources),
                len(m.documents),
                ";".join(m.documents),
            ]
        )
    return buf.getvalue()


def _place(p: Place) -> dict[str, Any]:
    return {
        "key": p.key, "name": p.name, "name_en": p.name_en, "name_fa": p.name_fa,
        "country": p.country, "gazetteer_id": p.gazetteer_id, "lat": p.lat, "lon": p.lon,
        "wikidata": p.wikidata,
    }  # fmt: skip


def to_jsonl(agreements: list[Merged]) -> str:
    """One JSON object per merged agreement, every source included."""
    lines = []
    for m in agreements:
        record = {
            "id": m.id, "a": _place(m.a), "b": _place(m.b), "year": m.year, "status": m.status,
            "statuses": m.statuses, "kinds": m.kinds, "n_sources": len(m.sources),
            "documents": m.documents,
            "sources": [
                {"document": s.document, "page": s.page, "quote": s.quote,
                 "agreement_id": s.agreement_id, "kind": s.kind}
                for s in m.sources
            ],
        }  # fmt: skip
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return "".join(line + "\n" for line in lines)


def places(agreements: list[Merged]) -> list[Place]:
    """Every party once, by key, in first-seen order."""
    seen: dict[str, Place] = {}
    for m in agreements:
        for p in (m.a, m.b):
            seen.setdefault(p.key, p)
    return list(seen.values())


def to_geojson(agreements: list[Merged]) -> str:
    """A FeatureCollection: a Point per city with coordinates, a LineString per
    agreement whose parties both have them (coordinates are [lon, lat])."""
    degree: dict[str, int] = {}
    for m in agreements:
        for p in (m.a, m.b):
            degree[p.key] = degree.get(p.key, 0) + 1
    features: list[dict[str, Any]] = []
    for p in places(agreements):
        if p.has_point:
            props = {**_place(p), "n_agreements": degree[p.key]}
            geometry: dict[str, Any] = {"type": "Point", "coordinates": [p.lon, p.lat]}
            features.append({"type": "Feature", "geometry": geometry, "properties": props})
    for m in agreements:
        if m.a.has_point and m.b.has_point:
            line = [[m.a.lon, m.a.lat], [m.b.lon, m.b.lat]]
            props = {"id": m.id, "a": m.a.name, "b": m.b.name, "year": m.year,
                     "status": m.status, "n_sources": len(m.sources)}  # fmt: skip
            path = {"type": "LineString", "coordinates": line}
            features.append({"type": "Feature", "geometry": path, "properties": props})
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"


_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("name", "string"), ("name_fa", "string"), ("country", "string"),
              ("gazetteer_id", "string"), ("wikidata", "string"), ("lat", "double"),
              ("lon", "double"))  # fmt: skip
_EDGE_KEYS = (("id", "string"), ("year", "int"), ("status", "string"), ("n_sources", "int"),
              ("documents", "string"))  # fmt: skip
# XML 1.0 forbids most control characters, even escaped
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _data(parent: ET.Element, key: str, value: object) -> None:
    if value is None or value == "":
        return
    ET.SubElement(parent, "data", key=key).text = _XML_BAD.sub("", str(value))


def to_graphml(agreements: list[Merged]) -> str:
    """An undirected graph: a node per city, an edge per merged agreement
    (readable by networkx ``read_graphml`` and Gephi)."""
    root = ET.Element("graphml", xmlns=_GRAPHML_NS)
    for scope, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, "key", {"id": f"{scope[0]}_{name}", "for": scope,
                                        "attr.name": name, "attr.type": kind})  # fmt: skip
    graph = ET.SubElement(root, "graph", id="agreements", edgedefault="undirected")
    for p in places(agreements):
        node = ET.SubElement(graph, "node", id=p.key)
        for name, _ in _NODE_KEYS:
            _data(node, f"n_{name}", getattr(p, name))
    for m in agreements:
        edge = ET.SubElement(graph, "edge", id=m.id, source=m.a.key, target=m.b.key)
        values = {"id": m.id, "year": m.year, "status": m.status,
                  "n_sources": len(m.sources), "documents": ";".join(m.documents)}  # fmt: skip
        for name, _ in _EDGE_KEYS:
            _data(edge, f"e_{name}", values[name])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


_QID = re.compile(r"^Q[1-9][0-9]*$")
#: Longest quote Wikidata takes as a monolingual text.
_QUOTE_MAX = 1500


def _qs_string(text: str) -> str:
    """A QuickStatements string: one line, no tabs, no double quotes inside."""
    return '"' + " ".join(text.replace('"', "'").split())[:_QUOTE_MAX] + '"'


def _quote_lang(text: str) -> str:
    return "fa" if re.search("[\u0600-\u06ff]", text) else "en"


def to_quickstatements(agreements: list[Merged]) -> str:
    """QuickStatements (v1, tab-separated): ``P190`` (twinned administrative
    body) both ways between parties with Wikidata ids, a ``P580`` start-time
    qualifier when the year is known, and as reference the first source's
    quote (``S1683``) and page (``S304``)."""
    lines = []
    for m in agreements:
        qa, qb = m.a.wikidata or "", m.b.wikidata or ""
        if not (_QID.match(qa) and _QID.match(qb)) or qa == qb:
            continue
        tail: list[str] = []
        if m.year is not None and 0 < m.year < 10000:
            tail += ["P580", f"+{m.year:04d}-00-00T00:00:00Z/9"]
        source = next((s for s in m.sources if s.quote), None)
        if source is not None:
            tail += ["S1683", f"{_quote_lang(source.quote)}:{_qs_string(source.quote)}"]
            if source.page is not None:
                tail += ["S304", _qs_string(str(source.page))]
        for subject, other in ((qa, qb), (qb, qa)):
            lines.append("\t".join([subject, "P190", other, *tail]))
    return "".join(line + "\n" for line in lines)


WRITERS = {
    "csv": to_csv,
    "jsonl": to_jsonl,
    "geojson": to_geojson,
    "graphml": to_graphml,
    "quickstatements": to_quickstatements,
}
