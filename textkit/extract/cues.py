"""Cue words: the one place that reads the extraction vocabulary (``vocab/*.tsv``).

Twinning words (and the kind of tie they name), stage words (formal, planned,
suspended, ended, informal, negated, renewed), references to the document's own
date («امروز», "on Thursday"), list introducers, place-type words and offices are
rows of ``vocab/cues.tsv``; adjectives of nationality are ``vocab/demonyms.tsv``.
Patterns are matched on the text folded by :func:`textkit.script.fold_key` (so
Arabic ي/ك, ZWNJ, case and diacritics do not matter) and reported with offsets
into the original text.

Example:
    >>> [(c.role, c.value) for c in find_cues("تبریز با شهر کازان روسیه خواهرخوانده شد.")]
    [('place_word', 'before'), ('stage', 'formal'), ('twinning', 'sister city')]
    >>> stage_of("Porto and Isfahan will soon sign a sister city agreement")
    'planned'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from textkit.script import fold_key, to_latin_digits

__all__ = [
    "Cue",
    "Folded",
    "cue_words",
    "demonym_country",
    "find_cues",
    "fold",
    "kind_of",
    "read_vocab",
    "stage_of",
]

VOCAB = Path(__file__).parent / "vocab"

#: Roles of ``cues.tsv`` rows.
ROLES = ("twinning", "mou", "stage", "deixis", "list", "place_word", "subject", "non_party")
#: Stage values, most decisive first: when one clause carries several, the first wins.
#: ``formal`` is a verb that reports the tie concluded ("signed", «به امضا رسید»);
#: ``formal-weak`` a noun or infinitive that may name a signing still ahead
#: («انعقاد», "signing"), so a planned word in the same clause outranks it.
STAGE_ORDER = (
    "negated",
    "ended",
    "suspended",
    "informal",
    "formal",
    "planned",
    "formal-weak",
    "renewed",
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A vocabulary row found in text: ``text[start:end]`` is the matched phrase."""

    role: str
    value: str
    start: int
    end: int
    pattern: str


@dataclass(frozen=True, slots=True)
class Folded:
    """Text folded for matching, and for each folded character its index in the original."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the folded span ``[start, end)``."""
        if start >= len(self.origin):
            n = self.origin[-1] + 1 if self.origin else 0
            return n, n
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[start]


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    return to_latin_digits(fold_key(ch))


@lru_cache(maxsize=4096)
def fold(text: str) -> Folded:
    """Fold *text* for cue matching, keeping a map back to the original.

    Example:
        >>> f = fold("خواهرخوانده‌اند ۱۳۸۳")
        >>> f.text
        'خواهرخواندهاند 1383'
        >>> f.span(0, 4)
        (0, 4)
    """
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch == "/" and _inside_word(text, i):
            continue  # «پیش//نهاد»: a line-break mark left inside a word by a news reader
        f = _fold_char(ch)
        out.append(f)
        origin.extend([i] * len(f))
    return Folded("".join(out), tuple(origin))


def _inside_word(text: str, i: int) -> bool:
    """Whether the slash at *i* sits in a run of slashes between two letters."""
    a = i
    while a > 0 and text[a - 1] == "/":
        a -= 1
    b = i
    while b + 1 < len(text) and text[b + 1] == "/":
        b += 1
    return a > 0 and b + 1 < len(text) and text[a - 1].isalpha() and text[b + 1].isalpha()


# Between two words of a pattern: spaces or hyphens ("sister-city"); Persian words
# may also be written glued or with a ZWNJ, which folding removed («امضاشد»).
_GAP_EN = r"[\s\-–—]+"
_GAP_FA = r"[\s\-–—]*"
# "…": up to three more words; "…8": up to eight.
_ANY_WORDS = r"(?:[\s\-–—]+\S+){{0,{n}}}?"
_YEAR = r"[12]\d{3}"


def _token_rx(token: str) -> str:
    if token == "{Y}":
        return _YEAR
    if token.endswith("*"):
        return re.escape(fold(token[:-1]).text) + r"\w*"
    return re.escape(fold(token).text)


def compile_pattern(pattern: str, lang: str) -> str:
    r"""The regex (over folded text) for one vocabulary pattern.

    Example:
        >>> compile_pattern("will … sign*", "en")
        'will(?:[\\s\\-–—]+\\S+){0,3}?[\\s\\-–—]+sign\\w*'
    """
    gap = _GAP_FA if lang == "fa" else _GAP_EN
    parts: list[str] = []
    after_any = False
    for token in pattern.split():
        if token.startswith("…"):
            parts.append(_ANY_WORDS.format(n=int(token[1:] or 3)))
            after_any = True
            continue
        if parts:
            parts.append(r"[\s\-–—]+" if after_any else gap)
        after_any = False
        parts.append(_token_rx(token))
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Row:
    lang: str
    pattern: str
    role: str
    value: str


def read_vocab(name: str) -> list[list[str]]:
    """The data rows of a vocabulary file (``vocab/<name>``): no comments, blank lines
    or header; each row split at tabs."""
    lines = (VOCAB / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [r for r in rows if r[0] != "lang"]


def cue_words() -> frozenset[str]:
    """Every one-word cue pattern, folded (without its ``*``): words that are never part
    of a name ("Twinning City Relations")."""
    return frozenset(fold(r.pattern.rstrip("*")).text for r in _rows() if " " not in r.pattern)


@cache
def _rows() -> tuple[_Row, ...]:
    return tuple(_Row(r[0], r[1], r[2], r[3]) for r in read_vocab("cues.tsv"))


@dataclass(frozen=True, slots=True)
class _Matcher:
    """The patterns of one role, indexed by the first two folded letters of their
    first word, so each word of the text is tried only against the patterns that
    could start there (linear in the text)."""

    by_start: dict[str, tuple[tuple[re.Pattern[str], _Row], ...]]

    def find(self, text: str) -> list[tuple[int, int, _Row]]:
        """Non-overlapping matches in folded *text*: at each word start the longest
        pattern that matches there wins; the search goes on after it."""
        out: list[tuple[int, int, _Row]] = []
        pos = 0
        for w in _WORD_START.finditer(text):
            start = w.start()
            if start < pos:
                continue
            best: tuple[int, _Row] | None = None
            for rx, row in self.by_start.get(text[start : start + 2], ()):
                m = rx.match(text, start)
                if m and (best is None or m.end() > best[0]):
                    best = (m.end(), row)
            if best is not None:
                out.append((start, best[0], best[1]))
                pos = best[0]
        return out


_WORD_START = re.compile(r"(?<!\w)\w")


def _first_letters(pattern: str) -> str:
    first = pattern.split()[0]
    return "19" if first == "{Y}" else fold(first.rstrip("*")).text[:2]


@cache
def _matcher(role: str) -> _Matcher:
    groups: dict[str, list[tuple[re.Pattern[str], _Row]]] = {}
    for row in _rows():
        if row.role != role:
            continue
        rx = re.compile(compile_pattern(row.pattern, row.lang) + r"(?!\w)")
        keys = ["19", "20"] if row.pattern.startswith("{Y}") else [_first_letters(row.pattern)]
        for key in keys:
            groups.setdefault(key, []).append((rx, row))
    return _Matcher({k: tuple(v) for k, v in groups.items()})


def find_cues(text: str, roles: tuple[str, ...] = ROLES) -> list[Cue]:
    """Every vocabulary phrase of the given roles in *text*, in text order.

    Within a role, matches do not overlap (the earlier, then the longer, wins).

    Example:
        >>> [(c.value, c.start, c.end) for c in find_cues("signed in 2005", ("stage",))]
        [('formal', 0, 6)]
    """
    folded = fold(text)
    out: list[Cue] = []
    for role in roles:
        for fs, fe, row in _matcher(role).find(folded.text):
            start, end = folded.span(fs, fe)
            out.append(Cue(role, row.value, start, end, row.pattern))
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def stage_of(text: str, *, default: str | None = None) -> str | None:
    """The stage *text* states (see :data:`STAGE_ORDER` for which wins), else *default*.

    Example:
        >>> stage_of("The Perthshire village is unofficially twinned with Boring")
        'informal'
        >>> stage_of("قرار است تفاهم‌نامه خواهرخواندگی امضا شود") is None
        False
    """
    values = {c.value for c in find_cues(text, ("stage",))}
    for stage in STAGE_ORDER:
        if stage in values:
            return stage
    return default


def kind_of(text: str, *, default: str = "sister city") -> str:
    """The kind of tie the twinning words of *text* name (the first one found).

    Example:
        >>> kind_of("Seattle and Kobe became friendship cities"), kind_of("خواهرخواندگی")
        ('friendship city', 'sister city')
    """
    for cue in find_cues(text, ("twinning",)):
        return cue.value
    return default


@cache
def _demonyms() -> dict[str, str]:
    return {fold(r[1]).text: r[2] for r in read_vocab("demonyms.tsv")}


def demonym_country(word: str) -> str | None:
    """ISO code of the country an adjective of nationality names, else ``None``.

    Example:
        >>> demonym_country("Tajik"), demonym_country("ارمنی"), demonym_country("Tabriz")
        ('TJ', 'AM', None)
    """
    return _demonyms().get(fold(word.strip()).text)
