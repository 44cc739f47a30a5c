"""Shared fixtures: paths to the bundled sample and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests run the same examples on every run (CI must not fail on the luck of the
# draw); HYPOTHESIS_PROFILE=explore draws new ones when hunting for bugs.
settings.register_profile("repro", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repro"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "corpora" / "sister-cities-iran"
SAMPLE_DOCS = SAMPLE_DIR / "docs"
SAMPLE_INPUTS = ["libreoffice.pdf", "xelatex.pdf", "chromium.pdf", "article-plain.txt"]
DATA = Path(__file__).resolve().parent / "data"


def sample_path(name: str) -> Path:
    """A sample input; the test is skipped when the corpus is absent."""
    path = SAMPLE_DOCS / name
    if not path.exists():
        pytest.skip(f"sample corpus file {path} not present")
    return path


@pytest.fixture
def run_cli(capsys):
    """Run ``textkit`` in-process: returns (exit code, stdout, stderr)."""
    from textkit.cli import main

    def run(*argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run
