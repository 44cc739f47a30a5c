"""Third generalisation probe: run textkit on the unseen documents in ``corpora/probe3``.

Scoring and printing are imported, not copied: ``tests/bench/probe.py`` (text CER
with the ``sample_scores.py`` normalisation, ZWNJ token recall, ``textkit eval``
agreement P/R/F1 with year/status accuracy, membership / citation / reference F1)
and ``tests/bench/probe2.py`` (the loop and the micro totals); only the corpus
folder differs.

usage (from the repository root):
    .venv/bin/python tests/bench/probe3.py [--only NAME] [--misses] [--keep DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe
import probe2

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    """Point the shared probe code at ``corpora/probe3`` and run it."""
    probe.PROBE = ROOT / "corpora" / "probe3"
    probe2.main()


if __name__ == "__main__":
    main()
