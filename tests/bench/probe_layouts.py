"""Text CER of textkit on the layout documents in ``corpora/layouts`` (issue 14).

Each document (``expected/<name>.expected.txt``) is rendered by LibreOffice,
Chromium and XeLaTeX (``docs/<name>.<producer>.pdf``, see ``render.sh``); this
prints the CER of the normalised text (``textkit.pipeline.text``, the
normalisation of ``/work/shared/tools/sample_scores.py``) per PDF and engine,
and the mean and worst per engine.

usage (from the repository root):
    .venv/bin/python tests/bench/probe_layouts.py [--engine auto|pdfium|pdfplumber ...] [--diff]

``--diff`` prints, for each PDF above CER 0.01, the expected and extracted
lines that differ.  The first run, before any tuning on these documents, is
kept in ``corpora/layouts/first-run.txt``.
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
LAYOUTS = ROOT / "corpora" / "layouts"


def main(argv: list[str] | None = None) -> int:
    from probe import cer  # the sample_scores.py normalisation

    from textkit.pipeline import Config, text

    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", action="append", choices=("auto", "pdfium", "pdfplumber"))
    ap.add_argument("--diff", action="store_true")
    a = ap.parse_args(argv)
    engines = a.engine or ["auto", "pdfplumber"]
    scores: dict[str, list[float]] = {e: [] for e in engines}
    for pdf in sorted((LAYOUTS / "docs").glob("*.pdf")):
        name, producer = pdf.name.removesuffix(".pdf").split(".", 1)
        expected = (LAYOUTS / "expected" / f"{name}.expected.txt").read_text(encoding="utf-8")
        row = f"{name:16s} {producer:12s}"
        for engine in engines:
            try:
                got = text(pdf, config=Config(engine=engine))
            except Exception as e:  # a failing document is a score, not a crash
                row += f"  {engine} ERROR {type(e).__name__}: {e}"
                scores[engine].append(1.0)
                continue
            c = cer(expected, got)
            scores[engine].append(c)
            row += f"  {engine} CER {c:.3f}"
            if a.diff and c > 0.01:
                diff = difflib.unified_diff(
                    expected.splitlines(), got.splitlines(), lineterm="", n=0
                )
                row += "\n" + "\n".join("      " + d for d in list(diff)[2:40])
        print(row)
    for engine, xs in scores.items():
        print(
            f"ALL {engine}: {len(xs)} PDFs, mean CER {statistics.mean(xs):.3f}, worst {max(xs):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
