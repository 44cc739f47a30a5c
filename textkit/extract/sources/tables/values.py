"""What one table cell or item note says: a stage, a kind of tie, a year, or nothing.

Stage and kind come from the cue vocabulary (``vocab/cues.tsv``, read by
:mod:`textkit.extract.cues`), so a phrasing added there is read in tables too. A
status column also uses a few words that only mean a stage in a cell of their own
(:data:`CELL_WORDS`: "active", "in force", «فعال», «رسمی»; in running text "active"
says nothing of a tie, and «روند رسمی» is an adjective).

The status policy: a kind of tie («دوستی», "friendship city", «تفاهم‌نامه», MoU) sets the
kind, never the stage; a cell is ``informal`` only when it says informal/unofficial
(«نارسمی», «غیررسمی»); planned/suspended/ended when it says so.

Example:
    >>> cell_stage("friendship (informal)"), cell_kind("friendship (informal)")
    ('informal', 'friendship city')
    >>> cell_stage("تفاهم‌نامه همکاری"), cell_kind("تفاهم‌نامه همکاری")
    (None, 'memorandum of understanding')
"""

from __future__ import annotations

import re

from textkit.dates import YearInfo, find_years
from textkit.extract.cues import find_cues, fold, stage_of

__all__ = ["CELL_WORDS", "cell_kind", "cell_stage", "cell_year", "is_empty"]

#: Cell words the cue vocabulary leaves out, as (pattern on folded text, role, value);
#: the first that matches wins, so "inactive" and «غیر فعال» come before "active"/«فعال».
CELL_WORDS: tuple[tuple[str, str, str], ...] = (
    (r"\binactive\b|غیر\s*فعال|راکد", "stage", "suspended"),
    (r"\bdissolved\b|پایان\s*یافته|^\s*(?:لغو|قطع)(?:\s*شده)?\s*$", "stage", "ended"),
    (
        r"\bactive\b|\bin\s+force\b|\bvalid\b|\bformal\b|(?<!\w)(?:فعال|رسمی)(?!\w)",
        "stage",
        "formal",
    ),
    (r"\bfriendship\b|(?<!\w)دوستی(?!\w)", "kind", "friendship city"),
)
_CELL_RX = tuple((re.compile(rx, re.I), role, value) for rx, role, value in CELL_WORDS)

# Stages a table can state; "formal-weak" (a bare «امضا») and "renewed" say too little.
_STAGES = frozenset({"formal", "planned", "suspended", "ended", "informal", "negated"})

# A cell that holds no value: empty, a dash, a question mark.
_EMPTY = re.compile(r"^[\s\-–—_.?؟]*$")


def is_empty(text: str) -> bool:
    """Whether a cell holds no value («-», "–", "").

    Example:
        >>> is_empty(" – "), is_empty("1999")
        (True, False)
    """
    return bool(_EMPTY.match(text))


def _cell_word(text: str, role: str) -> str | None:
    folded = fold(text).text
    for rx, r, value in _CELL_RX:
        if r == role and rx.search(folded):
            return value
    return None


def cell_stage(text: str) -> str | None:
    """The stage a status cell or item note states, else ``None``.

    Example:
        >>> [cell_stage(t) for t in ("in force", "frozen", "MoU", "نارسمی", "در حال مذاکره", "")]
        ['formal', 'suspended', None, 'informal', 'planned', None]
    """
    stage = stage_of(text)
    if stage in _STAGES:
        return stage
    return _cell_word(text, "stage")


def cell_kind(text: str) -> str | None:
    """The kind of tie a type cell or item note names, else ``None``.

    Example:
        >>> cell_kind("sister city (suspended 2018)"), cell_kind("دوستی"), cell_kind("2001")
        ('sister city', 'friendship city', None)
    """
    for cue in find_cues(text, ("twinning", "mou")):
        return cue.value
    return _cell_word(text, "kind")


def cell_year(text: str) -> YearInfo | None:
    """The first year written in a cell («۱۳۸۹/۰۷/۰۵» → 2010), else ``None``.

    Example:
        >>> cell_year("۱۳۸۶").gregorian, cell_year("–") is None
        (2007, True)
    """
    years = find_years(text)
    return years[0] if years else None
