"""The README promises commands; keep it true."""

from __future__ import annotations

import re

from tests.conftest import ROOT
from textkit.cli import build_parser

README = (ROOT / "README.md").read_text("utf-8")


def test_docs_readme_names_every_cli_verb():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    missing = [verb for verb in sub.choices if f"`textkit {verb}" not in README]
    assert missing == []


def test_docs_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    commands = re.findall(r"^(\./bootstrap\.sh \w+)\s+#.*tests", README, flags=re.MULTILINE)
    assert commands, "README must give the test command"
    assert commands[0] in ci


def test_docs_readme_set_up_commands_exist():
    for verb in re.findall(r"^\./bootstrap\.sh (\w+)", README, flags=re.MULTILINE):
        assert f"  {verb})" in (ROOT / "bootstrap.sh").read_text("utf-8")
