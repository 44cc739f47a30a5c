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

from textkit.dates import DIGIT, classify_year, to_ascii_digits, to_gregorian
from textkit.extract.lexicon import country_code
from textkit.extract.phrases import _FA_STOP, _GLUED_MARK
from textkit.model import Block
from textkit.schema import Citation

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
_NOT_AUTHOR = (
    set(
        [
            "سال",
            "دهه",
            "قرن",
            "تا",
            "از",
            "در",
            "و",
            "به",
            "Table",
            "Figure",
            "Fig",
            "In",
            "in",
            "the",
        ]
    )
    | _FA_STOP
)


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


def parse_citation(inner: str) -> tuple[list[str], str | None, int | None, str | None, str] | None:
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
    if (
        auth.isascii()
        and not any(w[:1].isupper() for w in words)
        and _GENERIC_SOURCE.search(auth)
    ):
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
        if any(country_code(a, None) for a in authors):
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
        if (
            b.kind not in ("paragraph", "list_item", "caption", "footnote", "heading")
            or b.role == "references"
        ):
            continue
        if b.id in skip:
            continue
        taken: list[tuple[int, int]] = []
        if b.kind in ("paragraph", "footnote") and len(b.text) <= 220:
            notes = _note_citations(b)
            if notes:
                out.extend(notes)
                continue
        for m in _PAREN.finditer(b.text):
            inner = m.group(1)
            parts = re.split(r"\s*[;؛]\s*", inner)
            found: list[tuple[list[str], str | None, int | None, str | None, str]] = []
            for part in parts:
                r = parse_citation(part)
                if r is None:
                    found = []
                    break
                found.append(r)
            for authors, year, greg, page, kind in found:
                out.append(
                    Citation(
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
                )
            if found:
                taken.append((m.start(), m.end()))
        # Latin citations whose parentheses a PDF reader moved in RTL text:
        # "(.(Gibbs, et al, 2015:20", "(Ogawa, .(2012:16", "((Ogawa, 2012:18".
        for m in _SCRAMBLED.finditer(b.text):
            if any(s <= m.start("inner") < e for s, e in taken):
                continue
            inner = re.sub(r"\.?\(", "", m.group("inner")).strip()
            r = parse_citation(inner)
            if r is None:
                continue
            authors, year, greg, page, kind = r
            out.append(
                Citation(
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
            )
            taken.append((m.start(), m.end()))
        for m in _NARRATIVE.finditer(b.text):
            if any(s <= m.start("year") < e for s, e in taken):
                continue
            name = _GLUED_MARK.sub("", m.group("name"))
            if not name or name in _NOT_AUTHOR or re.search(DIGIT, name) or name.isdigit():
                continue
            if name[:1].isascii() and not name[:1].isupper():
                continue
            before = b.text[: m.start()]
            if (
                country_code(name, None)
                or re.search(r"[،,]\s*$", before)
                or _LIST_LINE.match(b.text)
            ):
                continue  # "Sapporo, Japan (1959)": a place and its year, not an author
            if name.isascii():
                # "Sister Cities International (2021)": the capitalised words before the name
                more = re.search(r"((?:[A-Z][\w&.\-]*\s+){1,3})$", before)
                if more:
                    name = more.group(1) + name
                    if country_code(name, None) or re.search(r"[،,]\s*$", before[: more.start()]):
                        continue  # "Boston, United States (1959)"
            year, greg = _year_fields(m.group("year"))
            out.append(
                Citation(
                    text=m.group(0),
                    authors=[name],
                    year=year,
                    year_gregorian=greg,
                    page=_page(m.group("page")),
                    kind="narrative",
                    block=b.id,
                    start=m.start(),
                    end=m.end(),
                )
            )
    order = {b.id: i for i, b in enumerate(blocks)}
    out.sort(key=lambda c: (order.get(c.block or "", 0), c.start or 0))
    return out
