"""In-text citations, Persian and English: parenthetical, narrative and ibid.

* parenthetical: «(زینلی، ۱۳۸۷:۱۱۰)», «(قورچی و امانی، ۱۳۸۸: ۷۵)»,
  "(Gibbs, et al, 2015:20)", "(Ritchie & Roser, 2019)", "(Sistercities, 2021 A)";
  several in one pair of parentheses are split at «؛» / ";";
* narrative: «زلینسکی۱ (۱۹۹۱)», "Zelinsky (1991)" — a name word right before a
  parenthesised year;
* ibid: «(پیشین)», «(همان: ۲۰)», "(Ibid:20)", "(ibid., p. 4)".

Years are kept as written (``year``) and converted (``year_gregorian``, with the
Jalali rule of :mod:`textkit.dates`). Table blocks and the reference list are
not searched.

Example:
    >>> from textkit.model import Block
    >>> b = Block(id="p", page=1, kind="paragraph", text="متن (زینلی، ۱۳۸۷:۱۱۰) و (Ibid:20).")
    >>> [(c.authors, c.year_gregorian, c.page, c.kind) for c in extract_citations([b])]
    [(['زینلی'], 2008, '110', 'parenthetical'), ([], None, '20', 'ibid')]
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from textkit.dates import DIGIT, classify_year, to_ascii_digits, to_gregorian
from textkit.extract.linking import Linker
from textkit.model import Block
from textkit.schema import Citation
from textkit.script import fold_key

# Country names, read without a gazetteer: «[۱] Sapporo, Japan 1959» is a place, not a citation.
_COUNTRIES = Linker(None)
# A footnote marker glued to a word: «زلینسکی۱» → «زلینسکی» (Persian digits right after a letter).
_GLUED_MARK = re.compile(r"(?<=[\u0600-\u06ff\w])([۰-۹]{1,3})(?![۰-۹])")

#: (authors, year as written, Gregorian year, page, kind) of one citation.
ParsedCitation = tuple[list[str], str | None, int | None, str | None, str]

# Parenthesised text without nested parentheses: "(Ogawa, 2012:17)" → "Ogawa, 2012:17".
_PAREN = re.compile(r"\(([^()\n]{2,200})\)")
# One citation inside the parentheses: author part, separator, year (4–5 digits, optional
# letter suffix «2021 A»), optional page(s) after «:» or "p.": "Gibbs, et al, 2015:15-16".
_ONE = re.compile(
    rf"^\s*(?P<auth>[^\d\u06f0-\u06f9]*?[^\s\d\u06f0-\u06f9،,:;؛])\s*[،,:]?\s*"
    rf"(?P<year>{DIGIT}{{4,5}}(?:\s?[A-Za-z](?![A-Za-z]))?)"
    rf"(?:\s*[،,:]\s*(?:(?:pp?\.|ص\.?|صص\.?)\s*)?(?P<page>{DIGIT}+(?:\s*[-–]\s*{DIGIT}+)?))?\s*\.?\s*$"
)
# Ibid forms: «پیشین», «همان», "Ibid" / "ibid." with an optional page: «(همان: ۲۰)».
_IBID = re.compile(
    rf"^\s*(?P<w>پیشین|همان|ibid\.?|Ibid\.?|op\.\s*cit\.?)\s*(?:[،,:]\s*(?:p\.\s*)?(?P<page>{DIGIT}+(?:\s*[-–]\s*{DIGIT}+)?))?\s*$"
)
# Narrative year right after a name: «زلینسکی۱ (۱۹۹۱)», "Clark (2010: 4)".
_NARRATIVE = re.compile(
    rf"(?P<name>[^\s()«»\"،,.:;؛]+)\s*\((?P<year>{DIGIT}{{4}})(?:\s*:\s*(?P<page>{DIGIT}+(?:\s*[-–]\s*{DIGIT}+)?))?\)"
)
# Split co-authors: «قورچی و امانی», "Ritchie & Roser", "Pipa and Bouchet", «دهشیری، خرمی».
_AUTH_SPLIT = re.compile(r"\s*(?:&|\band\b|\s+و\s+|[،;؛]|,(?!\s*(?:et\s*al|etal)))\s*")
_SCRAMBLED = re.compile(
    r"\(\.?\(?\s*(?P<inner>(?:[A-Z][^()\n]{0,60}?,\s*\.?\(?\d{4}(?:\s?[A-Z](?![a-z]))?(?:\s*:\s*\.?\(?\s*\d+(?:\s*-\s*\d+)?)?"
    r"|Ibid\s*:\s*\d+))(?![\d)])"
)
# A numbered or bulleted line: "1. Sapporo, Japan (1959)".
_LIST_LINE = re.compile(rf"^\s*(?:{DIGIT}{{1,3}}\s?[.)\-]|[•\-*])\s+")
_ET_AL = re.compile(r"[,،]?\s*(?:et\s*\.?\s*al\.?|etal\.?|و\s+همکاران|و\s+دیگران)\s*", re.I)


def _year_fields(year: str) -> tuple[str, int | None]:
    digits = to_ascii_digits(year)
    m = re.match(r"(\d{4,5})", digits)
    if not m or len(m.group(1)) != 4:
        return year.strip(), None
    value = int(m.group(1))
    cal = classify_year(value)
    return year.strip(), (to_gregorian(value, cal) if cal else None)


def _page(p: str | None) -> str | None:
    return to_ascii_digits(re.sub(r"\s+", "", p)) if p else None


# A pointer word before the author: "(see Zelinsky, 1991)", "(cf. …)", "(e.g. …)",
# «(نک. رضایی، ۱۳۹۲)», «(رک. …)», «(ر.ک. …)», «(نگاه کنید به …)».
_PREFIX = re.compile(
    r"^(?:(?:see\s+also|see|compare|نگاه\s+کنید\s+به|برای\s+نمونه|مثلاً|مثلا)\s+"
    r"|(?:cf|e\.\s?g|i\.\s?e|نک|رک|ر\s?\.\s?ک)\s?\.,?\s*)",
    re.I,
)


def strip_prefix(auth: str) -> str:
    """Drop a pointer word before a citation's author.

    Example:
        >>> strip_prefix("see Zelinsky"), strip_prefix("نک. رضایی")
        ('Zelinsky', 'رضایی')
    """
    return _PREFIX.sub("", auth, count=1).strip()


def split_authors(text: str) -> list[str]:
    """Author names of a citation's author part.

    Example:
        >>> split_authors("Gibbs, et al")
        ['Gibbs']
        >>> split_authors("قورچی و کاویانی راد")
        ['قورچی', 'کاویانی راد']
    """
    t = _ET_AL.sub(" ", text).strip(" ،,:")
    if t.startswith("&"):
        # "& Ritchie Roser": a PDF reader moved the ampersand of "Ritchie & Roser"
        rest = t[1:].split()
        if len(rest) == 2 and all(w[:1].isupper() for w in rest):
            return rest
    return [a.strip(" .") for a in _AUTH_SPLIT.split(t) if a.strip(" .")]


# Generic source nouns, not an author: "(municipal websites, 2023)", "(own calculations, 2020)".
_GENERIC_SOURCE = re.compile(
    r"\b(?:websites?|web\s?sites?|sites?|sources?|data|reports?|press|media|news|"
    r"municipal(?:ities)?|statistics|calculations?|compilation|survey|authors?)\b",
    re.I,
)


def parse_citation(inner: str) -> ParsedCitation | None:
    """Parse the text inside parentheses: (authors, year, gregorian, page, kind) or ``None``.

    Example:
        >>> parse_citation("Ritchie & Roser, 2019")
        (['Ritchie', 'Roser'], '2019', 2019, None, 'parenthetical')
    """
    m = _IBID.match(inner)
    if m:
        return [], None, None, _page(m.group("page")), "ibid"
    m = _ONE.match(inner)
    if not m:
        return None
    auth = strip_prefix(m.group("auth").strip())
    if not re.search(r"[A-Za-z\u0600-\u06ff]{2}", auth) or len(auth.split()) > 8:
        return None
    words = re.findall(r"[A-Za-z][\w'\-]*", auth)
    if auth.isascii() and not any(w[:1].isupper() for w in words) and _GENERIC_SOURCE.search(auth):
        return None  # "(municipal websites, 2023)": generic nouns, no author's name
    sep = re.search(r"[،,:]\s*$", inner[: m.start("year")])
    if not sep and len(auth.split()) > 2:
        return None  # "(the link was ended in 2022)": words and a year, not a citation
    authors = split_authors(auth)
    if not authors:
        return None
    year, greg = _year_fields(m.group("year"))
    if classify_year(int(to_ascii_digits(m.group("year"))[:4])) is None:
        return None  # «(هر یک بالاتر از ۱۰۰۰)»: a number, not a year
    return authors, year, greg, _page(m.group("page")), "parenthetical"


# A note in visual order: stop first, marker last («.Aksoy, 2021: 45 ۱»).
_VISUAL_NOTE = re.compile(rf"^\.(?P<b>[^\n.]{{3,200}}?)\s+{DIGIT}{{1,3}}\s*$")
# The marker opening a footnote body: «[۱]», "[3]", "1.", «۲)», "¹".
_NOTE_MARK = re.compile(rf"^\s*(?:\[{DIGIT}{{1,3}}\]|{DIGIT}{{1,3}}\s?[.)\-]?(?=\s)|[¹²³⁴-⁹⁰]+)\s*")


def _note_citations(b: Block) -> list[Citation]:
    """Citations that make up a whole footnote body, without parentheses:
    «[۲] ملکی، ۱۳۹۹: ۸۸.», «همان، ۹۲؛ Pluijm & Melissen, 2007: 11» (every part
    separated by «؛»/";" must read as a citation, else none is taken)."""
    m = _NOTE_MARK.match(b.text)
    vis = _VISUAL_NOTE.match(b.text)
    if vis is not None:
        # «.Aksoy, 2021: 45 ۱»: a note line an RTL reader left in visual order
        start, body = vis.start("b"), vis.group("b")
    elif b.kind != "footnote" and (m is None or not re.match(r"\s*[\[¹²³⁴-⁹⁰]", b.text)):
        return []  # a body paragraph is a note only with «[۱]» or a superscript marker
    elif m is None:
        start = len(b.text) - len(b.text.lstrip())
        body = b.text[start:].rstrip()
    else:
        start = m.end()
        body = b.text[start:].rstrip()
    if b.kind == "footnote" and vis is None:
        # «۳ همان، ۹۲؛ … 2007: 11. ۴ Aksoy, 2021: 60.»: two notes in one block
        pieces = re.split(rf"\.\s+{DIGIT}{{1,3}}\s+(?=\S)", body)
        if len(pieces) > 1:
            body = "؛ ".join(x.strip() for x in pieces)
    if not body or len(body) > 200 or "\n" in body or "(" in body:
        return []
    body = body.rstrip(".").rstrip()
    out: list[Citation] = []
    pos = start
    for part in re.split(r"\s*[;؛]\s*", body):
        i = b.text.find(part, pos)
        r = parse_citation(part)
        if r is None or i < 0:
            return []
        pos = i + len(part)
        authors, year, greg, page, kind = r
        if any(_COUNTRIES.country_code(a) for a in authors):
            return []  # «[۱] Sapporo, Japan 1959»: a place and a year
        out.append(
            Citation(
                text=part,
                authors=authors,
                year=year,
                year_gregorian=greg,
                page=page,
                kind=kind,
                block=b.id,
                start=i,
                end=i + len(part),
            )
        )
    return out


def extract_citations(blocks: list[Block], *, skip: frozenset[str] = frozenset()) -> list[Citation]:
    """All in-text citations in body blocks (paragraphs, list items, captions, footnotes).

    Args:
        blocks: the document's blocks.
        skip: ids of blocks not to search (the reference list).

    Returns:
        Citations in reading order, each with block id and offsets.
    """
    out: list[Citation] = []
    for b in blocks:
        if b.kind not in _BODY_KINDS or b.role == "references" or b.id in skip:
            continue
        if b.kind in ("paragraph", "footnote") and len(b.text) <= 220:
            notes = _note_citations(b)
            if notes:
                out.extend(notes)
                continue
        found = _parenthetical(b)
        found += _scrambled(b, [(c.start or 0, c.end or 0) for c in found])
        found += _narrative(b, [(c.start or 0, c.end or 0) for c in found])
        out.extend(found)
    order = {b.id: i for i, b in enumerate(blocks)}
    out.sort(key=lambda c: (order.get(c.block or "", 0), c.start or 0))
    return out


_BODY_KINDS = frozenset({"paragraph", "list_item", "caption", "footnote", "heading"})


def _citation(b: Block, m: re.Match[str], parsed: ParsedCitation) -> Citation:
    """The citation *parsed* from the text matched by *m* in block *b*."""
    authors, year, greg, page, kind = parsed
    return Citation(
        text=m.group(0),
        authors=authors,
        year=year,
        year_gregorian=greg,
        page=page,
        kind=kind,
        block=b.id,
        start=m.start(),
        end=m.end(),
    )


def _parenthetical(b: Block) -> list[Citation]:
    """Citations in parentheses; several in one pair are split at «؛» / ";", and a pair is
    taken only when every part reads as a citation."""
    out: list[Citation] = []
    for m in _PAREN.finditer(b.text):
        parsed = [parse_citation(part) for part in re.split(r"\s*[;؛]\s*", m.group(1))]
        if all(r is not None for r in parsed):
            out += [_citation(b, m, r) for r in parsed if r is not None]
    return out


def _scrambled(b: Block, taken: list[tuple[int, int]]) -> list[Citation]:
    """Latin citations whose parentheses a PDF reader moved in RTL text:
    "(.(Gibbs, et al, 2015:20", "(Ogawa, .(2012:16", "((Ogawa, 2012:18"."""
    out: list[Citation] = []
    for m in _SCRAMBLED.finditer(b.text):
        if any(s <= m.start("inner") < e for s, e in taken):
            continue
        r = parse_citation(re.sub(r"\.?\(", "", m.group("inner")).strip())
        if r is not None:
            out.append(_citation(b, m, r))
            taken = [*taken, (m.start(), m.end())]
    return out


def _narrative(b: Block, taken: list[tuple[int, int]]) -> list[Citation]:
    """Narrative citations: a name right before a parenthesised year, «زلینسکی۱ (۱۹۹۱)»."""
    out: list[Citation] = []
    for m in _NARRATIVE.finditer(b.text):
        if any(s <= m.start("year") < e for s, e in taken):
            continue
        name = _narrative_author(b.text, m)
        if name is None:
            continue
        year, greg = _year_fields(m.group("year"))
        parsed = ([name], year, greg, _page(m.group("page")), "narrative")
        out.append(_citation(b, m, parsed))
    return out


def _narrative_author(text: str, m: re.Match[str]) -> str | None:
    """The author of a narrative citation matched by *m*, or ``None`` when the word
    before the year is no author's name (a verb, a place, a list item)."""
    name = _GLUED_MARK.sub("", m.group("name"))
    if not name or not_author(name) or re.search(DIGIT, name) or name.isdigit():
        return None
    if name[:1].isascii() and not name[:1].isupper():
        return None
    before = text[: m.start()]
    if _COUNTRIES.country_code(name) or re.search(r"[،,]\s*$", before) or _LIST_LINE.match(text):
        return None  # "Sapporo, Japan (1959)": a place and its year, not an author
    if name.isascii():
        # "Sister Cities International (2021)": the capitalised words before the name
        more = re.search(r"((?:[A-Z][\w&.\-]*\s+){1,3})$", before)
        if more:
            name = more.group(1) + name
            if _COUNTRIES.country_code(name) or re.search(r"[،,]\s*$", before[: more.start()]):
                return None  # "Boston, United States (1959)"
    return name


@cache
def _not_authors() -> frozenset[str]:
    path = Path(__file__).parents[1] / "vocab" / "not_authors.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return frozenset(fold_key(r[1]) for r in rows if len(r) > 1 and r[0] in ("en", "fa"))


def not_author(word: str) -> bool:
    """Whether *word* is never a cited author: a word of ``vocab/not_authors.tsv``
    (function words, verbs, common nouns, "Table").

    Example:
        >>> not_author("دهه"), not_author("Table"), not_author("زلینسکی")
        (True, True, False)
    """
    return fold_key(word) in _not_authors()
