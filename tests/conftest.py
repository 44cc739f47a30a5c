"""Shared fixtures: paths to the bundled sample and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest

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
