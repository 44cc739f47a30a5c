"""The city a membership or designation clause is about, read from the words around
its verb, and the text clean-ups those readers share.

A city is a name of up to three words (:func:`textkit.extract.linking.read_name`),
optionally followed by its country («کازان، روسیه», "Leeds, England"); a country,
a demonym ("Iranian") or a word of ``vocab/not_places.tsv`` alone is no city. It is
linked through :class:`~textkit.extract.linking.Linker` (within its country when one
is written); when a gazetteer is loaded, a name it does not know must look like a
name (:func:`~textkit.extract.linking.plausible_name`: no common Persian word).

Example:
    >>> from textkit.extract.linking import Linker
    >>> t = "کازان، روسیه عضو مجمع است"
    >>> c = city_before(t, t.index("عضو"), Linker(None))
    >>> (c.name, c.country)
    ('کازان', 'RU')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from textkit.dates import DIGIT
from textkit.extract.cues import demonym_country
from textkit.extract.linking import is_not_place, plausible_name, read_name
from textkit.extract.text import sentences

if TYPE_CHECKING:
    from textkit.extract.linking import Linker
    from textkit.gazetteer import Entry

__all__ = ["City", "city_before", "clean_name", "mask_citations", "sentence_subject"]


@dataclass(frozen=True, slots=True)
class City:
    """A city named in a block: ``text[start:end]`` is *name*, linked to *entry*."""

    name: str
    start: int
    end: int
    entry: Entry | None = None
    country: str | None = None


# A word and the separators before it: «روسیه», «، روسیه», " (Russia".
_WORD_BACK = re.compile(r"[^\s،,()]+")


def _trailing_country(text: str, end: int, linker: Linker) -> tuple[int, str] | None:
    """(where the name before it ends, ISO code) when ``text[:end]`` ends with a
    country of up to three words after a comma or a space («کازان، روسیه»)."""
    head = text[:end].rstrip()
    words = list(_WORD_BACK.finditer(head, max(0, len(head) - 60)))
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        tail = words[-n:]
        if any(head[a.end() : b.start()].strip() for a, b in pairwise(tail)):
            continue  # only spaces between the words of one country name
        code = linker.country_code(head[tail[0].start() :])
        if code is not None:
            return len(head[: tail[0].start()].rstrip(" \u200c،,(")), code
    return None


def _is_country(word: str, linker: Linker) -> bool:
    return linker.country_code(word) is not None


def city_before(text: str, end: int, linker: Linker) -> City | None:
    """The city whose name (and optional country) ends at *end*, or ``None``.

    Example:
        >>> from textkit.extract.linking import Linker
        >>> t = "Iranian cities joined"
        >>> city_before(t, t.index("joined"), Linker(None)) is None
        True
    """
    spans = sentences(text[:end])
    floor = spans[-1][0] if spans else 0  # the name does not reach into the sentence before
    country = None
    qualified = _trailing_country(text, end, linker)
    if qualified is not None:
        end, country = qualified
    span = read_name(
        text[floor:], end - floor, forward=False, stop=lambda w: _is_country(w, linker)
    )
    if span is None or text[floor + span[1] : end].strip():
        return None
    return _city(text, (floor + span[0], floor + span[1]), country, linker)


def _city(text: str, span: tuple[int, int], country: str | None, linker: Linker) -> City | None:
    name = text[span[0] : span[1]]
    if demonym_country(name) or is_not_place(name) or linker.country_code(name):
        return None
    entry, _score = linker.link_city(name, country)
    if entry is None and linker.gazetteer is not None and not plausible_name(name):
        return None  # «… هزار نفر سکنه عضو …»: a common word the gazetteer does not know
    return City(name, span[0], span[1], entry, country or (entry.country if entry else None))


# The start of a sentence before its subject city: «در سال ۱۳۹۰ شهرداری …», "In 2010, the city of".
_SUBJECT_LEAD = re.compile(
    r"\s*(?:(?:در\s+سال\s+\S+|In\s+\d{4},?)\s+)?"
    r"(?P<word>شهرداری|شهر|the\s+city\s+of|city\s+of|the\s+municipality\s+of)?\s*",
    re.I,
)


def sentence_subject(text: str, cut: int, linker: Linker) -> City | None:
    """The city the sentence holding *cut* starts with («شهرداری کرمانشاه …», "The city
    of Leeds …", "Leeds …"), or ``None``. A capitalised first word is a city only when
    a place word precedes it or the gazetteer knows it ("Officials said …").

    Example:
        >>> from textkit.extract.linking import Linker
        >>> t = "شهر مشهد عضو الف نیست، اما"
        >>> sentence_subject(t, len(t), Linker(None)).name
        'مشهد'
    """
    start = max(text.rfind(c, 0, cut) for c in ".!?؟\n") + 1
    m = _SUBJECT_LEAD.match(text, start, cut)
    pos = m.end() if m else start
    span = read_name(text, pos, forward=True, limit=cut, stop=lambda w: _is_country(w, linker))
    if span is None:
        return None
    city = _city(text, _name_words(text, span, linker), None, linker)
    if city is None:
        return None
    named = bool(m and m.group("word"))
    latin = city.name.isascii() and (linker.gazetteer is None or city.entry is not None)
    return city if (named or latin or city.entry is not None) else None


# First words of multi-word names: «سن آنتونیو», "New York", "St. Petersburg".
_NAME_START = re.compile(
    r"(?:سن|سان|سنت|نیو|لس|ریو|بوینس|San|Saint|St\.?|New|Los|Las|Rio|Buenos|Le|La|El|Port|Fort)$"
)


def _name_words(text: str, span: tuple[int, int], linker: Linker) -> tuple[int, int]:
    """The part of a name read forward that is the name: the longest run of its words
    the gazetteer knows as a city; without one, a Latin name's capitalised words, or a
    Persian name's first word (two after «سن», «نیو» …)."""
    words = [
        (m.start() + span[0], m.end() + span[0])
        for m in re.finditer(r"\S+", text[span[0] : span[1]])
    ]
    for n in range(len(words), 1, -1):
        if linker.link_city(text[span[0] : words[n - 1][1]])[0] is not None:
            return span[0], words[n - 1][1]
    if text[span[0] : span[1]].isascii() or len(words) == 1:
        return span
    n = 2 if _NAME_START.match(text[words[0][0] : words[0][1]]) else 1
    return span[0], words[n - 1][1]


# Parentheses holding letters and a year are a citation, whose names are no party:
# "(Pipa & Bouchet, 2020)", «(زینلی، ۱۳۸۷:۱۱۰)», and a PDF's scrambled "(.(Gibbs, et al, 2015:20";
# a year alone «(۲۰۱۸)» is not (Persian digits are no letters).
_CITE_LIKE = re.compile(
    rf"\((?=[^()]*[^\W\d_])(?=[^()]*{DIGIT}{{4}})[^()]{{2,120}}\)"
    r"|\(\.?\(?[A-Z][^()\n]{0,60}?\d{4}(?:\s?[A-Z]\b)?(?:\s*:\s*\.?\(?\s*\d+(?:\s*-\s*\d+)?)?"
)


def mask_citations(text: str) -> str:
    """*text* with citation parentheses blanked out (same length, so offsets hold).

    Example:
        >>> mask_citations("X (Pipa & Bouchet, 2020) Y")
        'X                        Y'
    """
    return _CITE_LIKE.sub(lambda m: " " * len(m.group()), text)


# Trailing punctuation or footnote digits, and leading bullets: «• بیشکک۵.» → «بیشکک».
_TRAIL = re.compile(rf"[\s.؛;،,:()\-–]+$|{DIGIT}+$")
_LEAD = re.compile(r"^[\s.؛;،,:()\-–•*]+")


def clean_name(text: str) -> str:
    """Strip list bullets, trailing punctuation and glued footnote digits.

    Example:
        >>> clean_name("• بیشکک۵.")
        'بیشکک'
    """
    prev = None
    t = text.strip()
    while prev != t:
        prev = t
        t = _LEAD.sub("", _TRAIL.sub("", t)).strip()
    return t
