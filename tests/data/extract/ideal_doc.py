"""Build the "ideal reader output" Document for the sample paper from the corpus's
``source.txt`` (one paragraph per line) and ``tables.json`` (table cells).

Used by the extraction tests and the benchmark when the readers are not wanted.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from textkit.model import Block, Document, Table

CORPUS = Path(__file__).resolve().parents[3] / "corpora" / "sister-cities-iran"
SHARED = Path("/work/shared/corpus/sister-cities-iran")


def corpus_file(name: str) -> Path | None:
    for base in (CORPUS / "expected", CORPUS / "docs", SHARED):
        p = base / name
        if p.exists():
            return p
    return None


def ideal_document() -> Document:
    src = corpus_file("source.txt")
    tab = corpus_file("tables.json")
    assert src is not None
    assert tab is not None
    lines = src.read_text(encoding="utf-8").split("\n")
    tables = json.loads(tab.read_text(encoding="utf-8"))
    spans = []
    for t in tables:
        first = t["header"][0]
        start = next(i for i, text in enumerate(lines) if text.strip() == first)
        end = next(i for i in range(start, len(lines)) if lines[i].startswith("منبع"))
        spans.append((start, end, t))
    blocks: list[Block] = []
    i = 0
    n = 0
    while i < len(lines):
        line = lines[i]
        span = next((s for s in spans if s[0] == i), None)
        if span:
            start, end, t = span
            text = "\n".join(lines[start:end])
            rows = tuple(tuple(r) for r in t["rows"])
            blocks.append(
                Block(
                    id=f"b{n}",
                    page=1,
                    kind="table",
                    text=text,
                    line=start + 1,
                    table=Table(header=tuple(t["header"]), rows=rows),
                )
            )
            n += 1
            i = end
            continue
        if line.strip():
            m = re.match(r"^([۰-۹]+) (.+)$", line)
            lang = "en" if sum(c.isascii() for c in line) > len(line) * 0.6 else "fa"
            if m:
                blocks.append(
                    Block(
                        id=f"b{n}",
                        page=1,
                        kind="footnote",
                        text=m.group(2),
                        label=m.group(1),
                        line=i + 1,
                        lang=lang,
                        direction="ltr" if lang == "en" else "rtl",
                    )
                )
            else:
                kind = "list_item" if line.startswith("•") else "paragraph"
                if i >= 205 and line.strip() != "منابع":
                    kind = "reference"
                blocks.append(
                    Block(
                        id=f"b{n}",
                        page=1,
                        kind=kind,
                        text=line,
                        line=i + 1,
                        lang=lang,
                        direction="ltr" if lang == "en" else "rtl",
                    )
                )
            n += 1
        i += 1
    return Document(path=str(src), sha256="0" * 64, source_kind="text", pages=1, blocks=blocks)
