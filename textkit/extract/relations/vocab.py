"""The cue words of memberships, designations and organisations: ``vocab/relations.tsv``.

Each row is a literal word or phrase with a role (``org_head``, ``member_verb``,
``adverb``, ``designation``, ``founded``, ``seat``); :func:`alternation` turns the
words of a role into one regular-expression alternation, longest first, so a new
phrasing is one row.

Example:
    >>> import re
    >>> bool(re.fullmatch(alternation("member_verb", "fa"), "درآمد"))
    True
    >>> "Network" in words("org_head", "en")
    True
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

__all__ = ["alternation", "words"]

_FILE = Path(__file__).parents[1] / "vocab" / "relations.tsv"


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    """(lang, word, role) of every data row."""
    out = []
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or cols[0] == "lang":
            continue
        out.append((cols[0], cols[1], cols[2]))
    return tuple(out)


@cache
def words(role: str, lang: str | None = None) -> tuple[str, ...]:
    """The words of *role* (of one language when *lang* is given), in file order."""
    return tuple(w for lg, w, r in _rows() if r == role and (lang is None or lg == lang))


@cache
def alternation(role: str, lang: str | None = None) -> str:
    r"""``(?:w1|w2|…)`` over the words of *role*, longest first; spaces inside a phrase
    match any run of spaces.

    Example:
        >>> alternation("adverb", "en")
        '(?:since\\s+then|later|also|then|too|now)'
    """
    ws = sorted(words(role, lang), key=lambda w: (-len(w), words(role, lang).index(w)))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ws) + ")"
