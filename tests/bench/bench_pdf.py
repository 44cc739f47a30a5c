"""Speed of load_pdf next to pdfplumber's own extract_text() on the same pages.

usage: .venv/bin/python tests/bench/bench_pdf.py [PDF ...] [--runs N]

Default inputs: the three sample PDFs in corpora/sister-cities-iran/docs/.
For each PDF, in the same process and run order alternating, it reports (CPU
time of this process, so other work on the machine disturbs it less) the
median over N runs (default 3) of:

* ``pdfplumber``: open + ``page.extract_text()`` for every page;
* ``load_pdf``: textkit's reader (open, chars, tables, layout, blocks);
* the split of load_pdf: pdfminer parsing (``page.chars``, with textkit's
  glyph objects), ``find_tables`` and textkit's own layout work, from one
  more, instrumented run.

Never asserted; figures are written down in the report / README by hand.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _plumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def _split(path: Path) -> dict[str, float]:
    """One instrumented load_pdf: where its time goes.

    ``chars``: pdfminer parsing of the page and textkit's glyph objects (the
    ``_read_page`` pass minus the table finder); ``tables``: pdfplumber's
    ``find_tables`` and textkit's text-alignment table finder; ``layout``:
    everything else (lines, bidi, blocks).
    """
    import textkit.readers.pdf as reader

    spent = {"read": 0.0, "tables": 0.0}
    real_read, real_tables = reader._read_page, reader.find_table_boxes

    def read(page, number):  # type: ignore[no-untyped-def]
        t = time.process_time()
        try:
            return real_read(page, number)
        finally:
            spent["read"] += time.process_time() - t

    def tables(page, number):  # type: ignore[no-untyped-def]
        t = time.process_time()
        try:
            return real_tables(page, number)
        finally:
            spent["tables"] += time.process_time() - t

    real_text_tables = reader.find_text_tables

    def text_tables(glyphs, number):  # type: ignore[no-untyped-def]
        t = time.process_time()
        try:
            return real_text_tables(glyphs, number)
        finally:
            spent["tables"] += time.process_time() - t

    reader._read_page, reader.find_table_boxes = read, tables  # type: ignore[assignment]
    reader.find_text_tables = text_tables  # type: ignore[assignment]
    try:
        t = time.process_time()
        reader.load_pdf(path)
        total = time.process_time() - t
    finally:
        reader._read_page, reader.find_table_boxes = real_read, real_tables  # type: ignore[assignment]
        reader.find_text_tables = real_text_tables  # type: ignore[assignment]
    return {
        "chars": spent["read"] - spent["tables"],
        "tables": spent["tables"],
        "layout": total - spent["read"],
    }


def main(argv: list[str] | None = None) -> int:
    import pdfminer
    import pdfplumber

    from textkit.readers.pdf import load_pdf

    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args(argv)
    pdfs = a.pdfs or sorted((ROOT / "corpora" / "sister-cities-iran" / "docs").glob("*.pdf"))
    print(
        f"# {platform.platform()} | Python {platform.python_version()}"
        f" | pdfplumber {pdfplumber.__version__} | pdfminer.six {pdfminer.__version__}"
    )
    print(
        "| PDF | pages | pdfplumber extract_text ms/page | load_pdf ms/page | ratio"
        " | of which chars | find_tables | textkit layout |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for path in pdfs:
        t_pl: list[float] = []
        t_tk: list[float] = []
        pages = 1
        for _ in range(a.runs):
            t = time.process_time()
            pages = _plumber(path)
            t_pl.append(time.process_time() - t)
            t = time.process_time()
            load_pdf(path)
            t_tk.append(time.process_time() - t)
        pl = statistics.median(t_pl) * 1000 / pages
        tk = statistics.median(t_tk) * 1000 / pages
        split = _split(path)
        chars = split["chars"] * 1000 / pages
        tables = split["tables"] * 1000 / pages
        own = split["layout"] * 1000 / pages
        print(
            f"| {path.name} | {pages} | {pl:.1f} | {tk:.1f} | {tk / pl:.2f}"
            f" | {chars:.1f} | {tables:.1f} | {own:.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
