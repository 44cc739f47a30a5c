"""Sentences, clauses and the document's own date: the text units extraction reads.

Example:
    >>> t = "Porto and Isfahan will sign. Tabriz, which is twinned with Kazan, has 8 twins."
    >>> [t[s:e] for s, e in sentences(t)]
    ['Porto and Isfahan will sign.', 'Tabriz, which is twinned with Kazan, has 8 twins.']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textkit.dates import YearInfo, find_years

if TYPE_CHECKING:
    from textkit.model import Block

__all__ = ["DATE_LABELS", "clauses", "document_date", "sentences", "undated_day"]

# A sentence ends at «.», "!", "?", «؟» or «!» followed by a space or the end, or at a
# line break; not after a single capital ("U.S.", "A. Smith"), a title or "St."
# («St. Petersburg»), nor inside a number ("2.5").
_SENT_END = re.compile(
    r"(?<![A-Z])(?<!\bet al)(?<!\bDr)(?<!\bSt)(?<!\bMr)(?<!\bMrs)(?<!\bNo)(?<!\bvs)"
    # «تهران، اصفهان و ... با شهرهای»: "and so on" inside a sentence, not its end
    r"(?<!\sو\s)(?<!\sو\s\.)(?<!\sو\s\.\.)(?<!\setc)"
    r"[.!?؟]+"
    # a footnote marker may follow the stop: «… نرسید.[۳] در سوی دیگر»
    r"(?:\[[0-9\u06f0-\u06f9]{1,3}\]|(?<=[\u0600-\u06ff][.!؟])[\u06f0-\u06f9]{1,2})?"
    r"[\"'”»)]*(?=\s|$)"
    r"|\n+"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of *text*, stripped of surrounding spaces.

    Example:
        >>> t = "تبریز با کازان خواهرخوانده شد؟ بله.\\nSt. Petersburg"
        >>> [t[s:e] for s, e in sentences(t)]
        ['تبریز با کازان خواهرخوانده شد؟', 'بله.', 'St. Petersburg']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if m.group()[0] == "\n":
            if _soft_wrap(text, pos, m.start(), m.end()):
                continue
            end = m.start()
        else:
            end = m.end()
        _add(text, pos, end, out)
        pos = m.end()
    _add(text, pos, len(text), out)
    return out


# A line that goes on: long, not ending in a stop, and followed by a line that does
# not start a list item.
_LINE_END = re.compile(r"[.!?؟:؛;]\s*$")
_ITEM_START = re.compile(r"\s*(?:[•▪◦*\-–]|[0-9\u06f0-\u06f9]{1,2}\s?[.)\-])")


def _soft_wrap(text: str, start: int, nl: int, after: int) -> bool:
    line_start = text.rfind("\n", start, nl) + 1
    line = text[max(line_start, start) : nl]
    if len(line) < 50 or _LINE_END.search(line) or text.count("\n", nl, after) > 1:
        return False
    return not _ITEM_START.match(text, after)


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    if not piece.strip():
        return
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    out.append((start + lead, end - trail))


# Clause boundaries inside a sentence: ", and" / ", but" / ", while" / ";" / «، اما» /
# «، ولی» / «؛» / «، و» — each clause may say its own stage and year.
_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas|although|however)\s+|;\s*|،\s*(?:اما|ولی|و|در حالی که)\s+|؛\s*"
    # reported speech: ", he added that", «افزود:»
    r"|,\s+(?:he|she|they|it|the\s+\w+)\s+(?:added|said|noted|stated|explained|continued)"
    r"(?:\s+that)?\s+|(?:افزود|گفت|تصریح\s+کرد|اظهار\s+داشت)\s*:\s*",
    re.I,
)


def clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the clauses of ``text[start:end]`` (offsets into *text*).

    Example:
        >>> t = "Tabriz signed with Kazan in 2005, but the tie with Gaza was suspended."
        >>> [t[s:e] for s, e in clauses(t)]
        ['Tabriz signed with Kazan in 2005', 'the tie with Gaza was suspended.']
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    after_semicolon = False
    for m in _CLAUSE.finditer(text, start, end):
        _add_clause(text, pos, m.start(), out, merge=after_semicolon)
        after_semicolon = m.group().strip() in (";", "؛")
        pos = m.end()
    _add_clause(text, pos, end, out, merge=after_semicolon)
    return out


def _add_clause(
    text: str, start: int, end: int, out: list[tuple[int, int]], *, merge: bool
) -> None:
    """Add a clause; a short piece after a semicolon is an item of a list, not a clause
    of its own ("its twin towns: Middelfart, Denmark; Mandal, Norway; Pärnu, Estonia")."""
    if merge and out and (len(text[start:end].split()) <= 5 or _named_item(text[start:end])):
        out[-1] = (out[-1][0], end)
        return
    _add(text, start, end, out)


def _named_item(piece: str) -> bool:
    """An English list item of names and a date ("Mazar-i Sharif, Afghanistan (July 13,
    1991)", "and Ankara, Turkey (December 11, 2003)"): every word capitalised but a few
    small ones."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", piece)
    small = {"and", "the", "of", "de", "la", "del", "since", "in", "am", "an", "upon", "on"}
    return (
        0 < len(words) <= 10
        and piece.isascii()
        and all(w[0].isupper() or w.lower() in small for w in words)
    )


# Where a document's own date is written: the first lines, a "date 2021-06-11" field,
# «تاریخ انتشار: ۱۷:۴۳ - ۲۸-۰۶-۱۳۸۹», «۲۹ اردیبهشت ۱۳۹۷ ساعت ۸:۱۳», "June 11, 2021".
#: Words that label a page's own date ("date", "published", «تاریخ انتشار»).
DATE_LABELS = r"date|published|posted|updated|تاریخ|انتشار|منتشر"
_DATE_LABEL = re.compile(
    rf"{DATE_LABELS}|کد خبر|ساعت|[0-9۰-۹]{{1,2}}:[0-9۰-۹]{{2}}",
    re.I,
)
_HEAD_BLOCKS = 12


def document_date(blocks: list[Block]) -> YearInfo | None:
    """The document's own date: a full date (day, month and year) near its top,
    preferring one on a line that says it is a date, else ``None``.

    Example:
        >>> from textkit.model import Block
        >>> b = [Block("b1", 1, "paragraph", "29 اردیبهشت 1397 ساعت 8:13")]
        >>> document_date(b).iso
        '2018-05-19'
    """
    best: tuple[int, YearInfo] | None = None
    for i, block in enumerate(blocks[:_HEAD_BLOCKS]):
        for line in block.text.split("\n")[:6]:
            for y in find_years(line):
                # a full date; or, on a line that says it is a date, a numeric date whose
                # day and month cannot be told apart ("Published at: 07/05/2016") — the
                # year is what is used
                if y.iso is None and not (_DATE_LABEL.search(line) and _NUMERIC_DATE.search(line)):
                    continue
                rank = (0 if _DATE_LABEL.search(line) else 10) + i + (0 if y.iso else 5)
                if best is None or rank < best[0]:
                    best = (rank, y)
    return best[1] if best else None


_NUMERIC_DATE = re.compile(
    r"[0-9\u06f0-\u06f9]{1,2}[/.\-][0-9\u06f0-\u06f9]{1,2}[/.\-][0-9\u06f0-\u06f9]{4}"
)


def _month_names() -> str:
    from textkit.dates import MONTHS

    return "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))


_UNDATED: list[re.Pattern[str]] = []


def undated_day(text: str) -> bool:
    """Whether *text* names a day and month without a year («چهارم مهر», "25 September",
    "on May 3"), which a news item dates by its own date.

    Example:
        >>> undated_day("در روز چهارم مهر (۲۵ سپتامبر) به امضا رسید"), undated_day("in May 2019")
        (True, False)
    """
    if not _UNDATED:
        months = _month_names()
        day = r"(?:[0-9\u06f0-\u06f9]{1,2}|[\u0600-\u06ff]+م)"
        _UNDATED.append(
            re.compile(
                rf"(?<!\w)(?:{day}\s+(?:{months})|(?:{months})\s+[0-9]{{1,2}})(?!\w)(?!\s*,?\s*[0-9\u06f0-\u06f9]{{4}})",
                re.I,
            )
        )
    return bool(_UNDATED[0].search(text))
