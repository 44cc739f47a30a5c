"""The reference list: entries parsed into authors, year and title, and citations
linked to them.

The list is the run of blocks after a heading «منابع» / «فهرست منابع» /
"References" / "Bibliography" (or blocks the reader marked ``kind="reference"``
or ``role="references"``). An entry's year is the first year written in it
(«(۱۳۹۱)», "(2020)", "(2021 A, jun 11)", "(1398/08/11)"); the authors are the
text before it, split at «؛», "&" and — for English "Surname, I." lists — at
commas between names.

Example:
    >>> parse_reference("زینلی، هاجر (۱۳۸۷)، خواهرخواندگی شهرها", "r1").authors
    ['زینلی، هاجر']
"""

from __future__ import annotations

import re

from textkit.dates import DIGIT, find_years, to_ascii_digits
from textkit.extract.model import name_key
from textkit.model import Block
from textkit.schema import Citation, Reference

# Headings that open the reference list.
_REF_HEAD = re.compile(
    r"^\s*(?:منابع(?:\s+و\s+مآخذ)?|فهرست\s+منابع|مراجع|references|bibliography|works\s+cited|sources)\s*:?\s*$",
    re.I,
)
# The year of an entry, with its letter suffix: "(2021 A, jun 11)" → "2021 A"; «(۱۳۹۱)» → ۱۳۹۱.
_ENTRY_YEAR = re.compile(rf"\(?\s*({DIGIT}{{4}}(?:\s?[A-Za-z](?![A-Za-z]))?)(?=[\s/,.)،]|$)")


# Back matter after the list: an English abstract or keywords of a Persian paper.
_BACK_MATTER = re.compile(
    r"^\s*(?:abstract|keywords|key\s+words|چکیده|واژگان\s+کلیدی)\s*[:：]", re.I
)
# A line that only continues the previous entry: a DOI/URL wrapped onto its own line.
_WRAPPED_TAIL = re.compile(r"^(?:https?://\S+|doi:\s*\S+|10\.\d{3,}/\S+|[\w./\-]{1,40})$", re.I)
# A title line: capitalised words, no year, no «(»; "The Role of City Diplomacy in …".
_TITLE_LIKE = re.compile(r"^[A-Z](?=(?:\S+\s+){5})[^()\u0600-\u06ff\d]{20,250}[^.\d]$")


def reference_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks of the reference list."""
    out: list[Block] = []
    inside = False
    for b in blocks:
        if _REF_HEAD.match(b.text) and len(b.text) < 40:
            inside = True
            continue
        if _BACK_MATTER.match(b.text):
            inside = False  # "Abstract: …", "Keywords: …" after the list: back matter
            continue
        if b.kind == "reference" or b.role == "references":
            out.append(b)
            continue
        if inside:
            if out and _WRAPPED_TAIL.match(b.text.strip()):
                continue  # a DOI or URL wrapped onto its own line belongs to the entry before
            if not _ENTRY_YEAR.search(b.text) and _TITLE_LIKE.match(b.text.strip()):
                inside = False  # an English title after a Persian list: back matter starts
                continue
            if b.kind == "heading" and not _ENTRY_YEAR.search(b.text):
                inside = False
                continue
            if b.kind in ("paragraph", "list_item", "footnote"):
                out.append(b)
    return out


def parse_reference(text: str, ref_id: str) -> Reference:
    """One reference entry.

    Example:
        >>> r = parse_reference("Blanco, I., & Ricard, G. (2020). Retrieved from …", "r9")
        >>> r.authors, r.year, r.year_gregorian
        (['Blanco, I.', 'Ricard, G.'], '2020', 2020)
    """
    t = " ".join(text.split())
    m = _ENTRY_YEAR.search(t)
    year = m.group(1).strip() if m else None
    years = find_years(t[m.start() : m.start() + 14]) if m else []
    greg = years[0].gregorian if years else None
    head = t[: m.start()].strip(" (،,") if m else t.split("،")[0]
    authors = _split_ref_authors(head)
    title = None
    if m:
        rest = t[m.end() :]
        rest = (
            re.sub(r"^[^)]*\)\s*[.،,]?\s*", "", rest) if ")" in rest[:20] else rest.lstrip(" .،,")
        )
        rest = re.sub(r"^Retrieved from\s+", "", rest)
        title = re.split(r"[،]|\.\s|:\s*<|\s<http", rest)[0].strip(" .،,") or None
    lang = "fa" if re.search("[\u0600-\u06ff]", t[:40]) else "en"
    return Reference(
        id=ref_id,
        text=t,
        authors=authors,
        year=year,
        year_gregorian=greg,
        title=title,
        lang=lang,
    )


def _split_ref_authors(head: str) -> list[str]:
    head = head.strip()
    if not head:
        return []
    if re.search("[\u0600-\u06ff]", head):
        parts = re.split(r"\s*؛\s*|\.\s+(?=[\u0600-\u06ff])", head)
        out = []
        for p in parts:
            # «رحیمی، مریم و نوروزی، علیرضا»: «و» between two «surname، name» authors
            pieces = re.split(r"\s+و\s+", p)
            if len(pieces) > 1 and all("،" in x for x in pieces):
                out.extend(pieces)
            else:
                out.append(p)
        return [p.strip(" .") for p in out if p.strip(" .")]
    head = head.rstrip(" .") if not re.search(r",\s*[A-Z]\.$", head) else head
    # "Blanco, I., & Ricard, G." → ["Blanco, I.", "Ricard, G."]
    if re.search(r",\s*[A-Z]\.", head):
        return [a.strip(" ,&") for a in re.findall(r"[^,&]+,\s*(?:[A-Z]\.\s*)+", head)]
    head = head.rstrip(".")
    return [a.strip() for a in re.split(r"\s*(?:,|&|\band\b)\s*", head) if a.strip()]


# Where a second entry starts inside one block: after a closing URL «…>» or before
# "Surname, I. (2020" / "Name. (2007" (two entries printed as one paragraph).
_ENTRY_START = re.compile(
    r"(?<=>)\s+(?=[^\s<])"
    r"|(?<=[.>)])\s+(?=[A-Z][\w\-]+(?:\.|,\s*[A-Z]\.)(?:,?\s*&?\s*[A-Z][\w\-]+,\s*[A-Z]\.)*\s*\(\d{4})"
)


def reference_entries(blocks: list[Block]) -> list[str]:
    """Entry texts of the reference list: blocks split where two entries were
    printed as one, and continuation lines (a URL alone, text without a year)
    joined to the entry before them."""
    entries: list[str] = []
    for b in reference_blocks(blocks):
        for piece in _ENTRY_START.split(b.text):
            piece = piece.strip()
            if not piece:
                continue
            if entries and (piece.startswith("<") or not _ENTRY_YEAR.search(piece)):
                entries[-1] = entries[-1] + " " + piece
            else:
                entries.append(piece)
    return entries


def extract_references(blocks: list[Block]) -> list[Reference]:
    """Parse the reference list of a document (``r1``, ``r2``, … in order)."""
    return [parse_reference(t, f"r{i}") for i, t in enumerate(reference_entries(blocks), 1)]


def _surname_keys(ref: Reference) -> list[str]:
    keys = []
    for a in ref.authors[:1] + ref.authors[1:]:
        a = a.strip()
        if re.search("[\u0600-\u06ff]", a) or "," in a:
            s = re.split(r"[،,]", a)[0]
        else:
            s = a.split()[-1] if a.split() else a
        keys.append(name_key(s))
    if not keys and ref.text:
        keys.append(name_key(re.split(r"[\s.(]", ref.text)[0]))
    return keys


def link_citations(citations: list[Citation], references: list[Reference]) -> list[Citation]:
    """Set ``reference`` on each citation whose first author and year match an entry.

    Ibid citations point to the reference of the citation before them. When the
    year does not match (typos such as «۱۳۸۵۹»), a unique author match is used.
    """
    by_author: dict[str, list[Reference]] = {}
    for r in references:
        for k in _surname_keys(r)[:1]:
            by_author.setdefault(k, []).append(r)
        if r.text:
            first = name_key(re.split(r"[\s.(،,]", r.text)[0])
            if first and first not in by_author:
                by_author[first] = [r]
    out: list[Citation] = []
    last: str | None = None
    for c in citations:
        ref_id = None
        if c.kind == "ibid":
            ref_id = last
        elif c.authors:
            k = name_key(c.authors[0])
            cands = by_author.get(k, [])
            if not cands:
                cands = [
                    r
                    for kk, rs in by_author.items()
                    for r in rs
                    if kk and (kk.startswith(k) or k.startswith(kk)) and min(len(k), len(kk)) >= 4
                ]
            y = _year_key(c.year)
            exact = [r for r in cands if _year_key(r.year) == y]
            if not exact and y:
                exact = [r for r in cands if _year_key(r.year)[:4] == y[:4]]
            pick = exact or (cands if len({r.id for r in cands}) == 1 else [])
            ref_id = pick[0].id if pick else None
            last = ref_id
        out.append(c.model_copy(update={"reference": ref_id}) if ref_id != c.reference else c)
    return out


def _year_key(year: str | None) -> str:
    return re.sub(r"\s+", "", to_ascii_digits(year or "")).lower()
