"""Speed of textkit's PDF reading next to pdfplumber's own extract_text() on the same pages.

usage: .venv/bin/python tests/bench/bench_pdf.py [PDF ...] [--runs N] [--cli]

Default inputs: the three sample PDFs in corpora/sister-cities-iran/docs/.
For each PDF, in one process with the runs interleaved, the median over N
runs (default 3) of the CPU time of this process (other work on the machine
disturbs it less than wall time) for:

* ``pdfplumber``: open + ``page.extract_text()`` for every page (the yardstick);
* ``text``: ``textkit.pipeline.text()`` — what ``textkit text FILE`` runs
  (read with the default engine, normalise, render), once per engine;
* ``extract``: ``textkit.pipeline.process()`` — what ``textkit extract`` runs
  (the whole pipeline with a gazetteer loaded once beforehand, as a batch
  does), default engine;
* the text CER of ``text`` against ``expected/source.txt`` (the normalisation
  of ``/work/shared/tools/sample_scores.py``) for each engine, so that speed is
  compared at the same quality.

Imports and the gazetteer are loaded before timing starts, and the garbage of
the run before is collected before each timed run (pdfminer leaves reference
cycles whose collection would otherwise be charged to the next run).  ``--cli``
also times ``textkit text`` as a command (wall time, a fresh process: Python
start-up and imports included) next to the in-process figure.

Never asserted; the figures are written down in tests/bench/RESULTS.md by hand.
"""

from __future__ import annotations

import argparse
import gc
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "corpora" / "sister-cities-iran"


def _plumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def _cpu(fn: Callable[[], object]) -> float:
    # collect the garbage of the run before (pdfminer leaves reference cycles) outside
    # the timing, so that each run starts clean, as a fresh `textkit text` does
    gc.collect()
    t = time.process_time()
    fn()
    return time.process_time() - t


def _cer(text: str) -> float:
    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    from probe import cer  # the sample_scores.py normalisation

    return cer((SAMPLE / "expected" / "source.txt").read_text(encoding="utf-8"), text)


def _cli_seconds(path: Path) -> float:
    exe = Path(sys.executable).parent / "textkit"
    t = time.perf_counter()
    subprocess.run([str(exe), "text", str(path)], capture_output=True, check=True)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    import pdfplumber
    import pypdfium2

    from textkit.pipeline import Config, process, text

    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cli", action="store_true", help="also time `textkit text` as a command")
    a = ap.parse_args(argv)
    pdfs = a.pdfs or sorted((SAMPLE / "docs").glob("*.pdf"))
    gazetteer = Config().load_gazetteer()
    engines = ("auto", "pdfplumber")
    print(
        f"# {platform.platform()} | Python {platform.python_version()}"
        f" | pdfplumber {pdfplumber.__version__} | pypdfium2 {pypdfium2.PYPDFIUM_INFO}"
        f" | pdfium {pypdfium2.PDFIUM_INFO} | median of {a.runs}, CPU seconds"
    )
    print(
        "| PDF | pages | pdfplumber extract_text | text (auto) | ratio | CER auto"
        " | text (pdfplumber) | CER pdfplumber | extract (auto) | ratio |"
        + (" CLI text wall |" if a.cli else "")
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---:|" if a.cli else ""))
    totals = {"plumber": 0.0, "text": 0.0, "extract": 0.0}
    for path in pdfs:
        pages = _plumber(path)
        for engine in engines:  # warm caches (fonts, lexicons) outside the timing
            text(path, config=Config(engine=engine))
        runs: dict[str, list[float]] = {}
        for _ in range(a.runs):
            runs.setdefault("plumber", []).append(_cpu(partial(_plumber, path)))
            for engine in engines:
                read = partial(text, path, config=Config(engine=engine))
                runs.setdefault(f"text-{engine}", []).append(_cpu(read))
            whole = partial(process, path, gazetteer=gazetteer, config=Config())
            runs.setdefault("extract", []).append(_cpu(whole))
        med = {k: statistics.median(v) for k, v in runs.items()}
        cers = {e: _cer(text(path, config=Config(engine=e))) for e in engines}
        pl = med["plumber"]
        totals["plumber"] += pl
        totals["text"] += med["text-auto"]
        totals["extract"] += med["extract"]
        cli = f" {statistics.median(_cli_seconds(path) for _ in range(a.runs)):.2f} |"
        print(
            f"| {path.name} | {pages} | {pl:.2f} | {med['text-auto']:.2f}"
            f" | {med['text-auto'] / pl:.2f}× | {cers['auto']:.4f}"
            f" | {med['text-pdfplumber']:.2f} | {cers['pdfplumber']:.4f}"
            f" | {med['extract']:.2f} | {med['extract'] / pl:.2f}× |" + (cli if a.cli else "")
        )
    pl = totals["plumber"]
    print(
        f"| all | | {pl:.2f} | {totals['text']:.2f} | {totals['text'] / pl:.2f}× | |"
        f" | | {totals['extract']:.2f} | {totals['extract'] / pl:.2f}× |" + (" |" if a.cli else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
