"""Years and statuses stated around a pair in one sentence.

* A year belongs to the pair nearest to it (a clause boundary in between counts as
  far), when a cue introduces it («در سال ۱۳۷۳», "in 1994", "since 1990") or it
  stands inside or right after the pair, and when what stands between the pair and
  the year is short or an agreement word ("became sister cities in 1957", not
  "hosted a delegation in 2016"). Years in citations («کلارک (۲۰۱۰)»,
  "(Ogawa, 2012:16)") are never agreement years.
* The status is the closest status word around the pair; informal, planned,
  suspended and ended beat formal («امضا شده بود، … لغو شد» → ended).

Example:
    >>> closest_status("در سطح غیررسمی، رابطه بین ونکوور و اودسا", 0, 30, 40, 40)
    'informal'
"""

from __future__ import annotations

import re
from typing import Any

from textkit.dates import DIGIT, find_years
from textkit.extract.phrases import _Side

# A citation in parentheses, whose year is not the agreement's: "(Ogawa, 2012:16)", «(زینلی، ۱۳۸۷)».
_CITATION_PAREN = re.compile(r"\([^()]*?[،,]\s*[^()]*?\)")
# A narrative citation's year is not an agreement year: «کلارک (۲۰۱۰)», "Clark (2010)".
_NARRATIVE_YEAR = re.compile(rf"\(\s*{DIGIT}{{4}}\s*(?::[^)]*)?\)")
# Words tying a year to the agreement when they stand between the pair and the year:
# "became sister cities in 1957" (not "hosted a delegation in 2016").
_AGREEMENT_WORD = re.compile(
    r"sister|twin|agreement|signed|establish|became|since|formali|partnership|friendship|"
    r"relationship|dat\w* back|conclu|entered|"
    r"خواهر|دوقلو|پیوند|پیمان|امضا|تفاهم|قرارداد|برقرار|منعقد|رسمیت|آغاز|بسته",
    re.I,
)
# A year of ending or suspension, kept apart from the signing year: "suspended in 2015",
# "lapsed in 2018", «… در سال ۲۰۱۴ به حالت تعلیق درآمد», «… در سال 2015 متوقف شد».
_END_WORDS = (
    r"suspend\w*|ended|terminat\w*|lapsed|cancell?ed|frozen|expired|revoked|severed|halted|until"
)
_END_BEFORE = re.compile(rf"\b(?:{_END_WORDS})\s+(?:in|on|since)?\s*$", re.I)
_END_AFTER = re.compile(
    r"^[^.؛;،,]{0,40}?(?:متوقف|تعلیق|لغو|قطع\s+شد|پایان\s+یافت|به\s+پایان|معلق)"
    r"|^\s*(?:,\s*)?(?:when|after)\s+\S+\s+(?:was\s+)?(?:suspend|ended|terminat)",
    re.I,
)
# Words that introduce a year: «در سال ۱۳۷۳», "in 1994", "since 1990".
_YEAR_CUE = re.compile(r"(?:سال|در|از|in|since|of|year)\s*$", re.I)


def _only_place_words(text: str) -> bool:
    """«در ترکیه نیز در سال»: only a country, adverbs and year cues stand between."""
    from textkit.extract.lexicon import country_code

    words = [w for w in re.split(r"[\s،,]+", text) if w]
    rest = [
        w
        for w in words
        if not re.fullmatch(r"در|نیز|هم|سال|in|also|too|the|year|of", w, re.I)
        and not country_code(w, None)
    ]
    return bool(words) and not rest


def years_by_pair(sent: str, pairs: list[tuple[_Side, _Side, float]]) -> dict[int, list[Any]]:
    """Each year of *sent* (citations masked) given to the pair nearest to it."""
    masked = _NARRATIVE_YEAR.sub(lambda m: " " * len(m.group()), sent)
    masked = _CITATION_PAREN.sub(lambda m: " " * len(m.group()), masked)
    out: dict[int, list[Any]] = {}
    for y in find_years(masked):
        if _END_BEFORE.search(masked[max(0, y.start - 40) : y.start]) or _END_AFTER.match(
            masked[y.end : y.end + 60]
        ):
            continue  # the year it was suspended or ended, not the year it was signed
        cue = bool(_YEAR_CUE.search(masked[max(0, y.start - 12) : y.start]))
        best, dist = None, 10**9
        for k, (a, c, _) in enumerate(pairs):
            d = (
                0
                if a.start <= y.start <= c.end
                else min(abs(y.start - a.start), abs(y.start - c.end))
            )
            between = masked[c.end : y.start] if y.start > c.end else masked[y.end : a.start]
            if re.search(r"[,،;؛]", between):
                d += (
                    100  # a clause boundary between the year and the pair: "…in 1957, and Tacoma …"
                )
            between_text = masked[c.end : y.start] if y.start > c.end else masked[y.end : a.start]
            tied = (
                a.start <= y.start <= c.end
                or len(between_text.strip()) <= 12
                or _only_place_words(between_text)
                or bool(_AGREEMENT_WORD.search(between_text))
            )
            ok = tied and (
                (cue and a.start - 150 <= y.start <= c.end + 100)
                or a.start <= y.start <= c.end + 60
            )
            if ok and d < dist:
                best, dist = k, d
        if best is not None:
            out.setdefault(best, []).append(y)
    return out


def closest_status(sent: str, lo: int, a_start: int, c_end: int, hi: int) -> str:
    """Status stated around a pair: the closest informal/planned/suspended/ended word
    in ``sent[lo:hi]`` wins over a formal one («امضا شده بود، … لغو شد» → ended)."""
    found: list[tuple[int, int, str]] = []
    window = sent[lo:hi]
    low = window.casefold()
    from textkit.extract.lexicon import _FOLD, STATUS_WORDS

    low = low.translate(_FOLD)
    taken: list[tuple[int, int]] = []
    for word, st in STATUS_WORDS:
        w = word.translate(_FOLD)
        rx = (
            r"\b" + re.escape(w) + (r"\w*\b" if w == "negotiat" else r"\b")
            if w.isascii()
            else re.escape(w)
        )
        for m in re.finditer(rx, low):
            if any(x <= m.start() < y for x, y in taken):
                continue  # «رسمی» inside «غیررسمی» was already counted
            taken.append((m.start(), m.end()))
            pos = lo + m.start()
            dist = 0 if a_start <= pos <= c_end else min(abs(pos - a_start), abs(pos - c_end))
            found.append(({"formal": 2, "informal": 1}.get(st, 0), dist, st))
    return min(found)[2] if found else "unknown"
