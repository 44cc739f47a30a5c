"""Agreements named in footnotes: "Baltimore, Maryland – Xiamen, China", cited from a
paragraph about twinning.

Footnotes come as footnote blocks (with or without their label in the text) or as runs
that a PDF reader merged into another block ("۱۸Baltimore, Maryland – Xiamen, China
۱۹Norfolk, …"). A note is a pair when it is two places joined by a dash, "and", "&" or
"with", each a capitalised name with its region or country ("Hot Springs, AR"); it is
read when the note, the paragraph citing it or the paragraphs just before carry a
twinning word. The clause that cites the note («شیامن، چین - بالتیمور، مریلند۱۸») is a
second piece of evidence for the same pair. Labels are compared in ASCII digits; a
label that repeats (numbering restarting per section) is taken from the nearest
citing paragraph before the note.

Example:
    >>> from textkit.model import Block, Document
    >>> from textkit.extract.context import Context
    >>> p = Block("p", 1, "paragraph", "شهرهای خواهرخوانده بسیاری وجود دارند۱۸.")
    >>> f = Block("f", 1, "footnote", "۱۸ Baltimore, Maryland – Xiamen, China")
    >>> ctx = Context.of(Document("x.txt", "0", "text", 1, [p, f]), None)
    >>> [(c.subject.name, c.partner.name, c.partner.country, c.block.id)
    ...  for c in footnote_candidates(ctx)]
    [('Baltimore', 'Xiamen', 'CN', 'f'), ('Baltimore', 'Xiamen', 'CN', 'p')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textkit.extract.context import Context
from textkit.extract.cues import find_cues
from textkit.extract.model import Candidate, Place
from textkit.model import Block
from textkit.script import to_latin_digits, to_persian_digits

__all__ = ["Note", "footnote_candidates", "notes"]

NOTE = 0.9  # a pair footnote cited from a paragraph about twinning
CITING = 0.85  # the clause that cites it
_BODY_BLOCKS = 3  # paragraphs before a note that may cite it
_CLAUSE_REACH = 60  # characters before the marker that the citing clause may start at

# A pair: "Baltimore, Maryland – Xiamen, China", "Cincinnati, Ohio and New Taipei City, Taiwan".
_PAIR = re.compile(r"^(.{2,60}?)\s+(?:[-–—]|and|&|with)\s+(.{2,60})$")
# A note inside any block: a Persian-digit label, then Latin text up to the next label:
# "۱۸Baltimore, Maryland – Xiamen, China ۱۹Norfolk, …" → ("۱۸", "Baltimore, …").
_EMBEDDED = re.compile(r"(?:^|(?<=\s))([۰-۹]{1,3})\s?([A-Z][^\n]*?)(?=\s+[۰-۹]{1,3}\s?[A-Z]|$)")
# A paragraph that is itself a note: "۲۰ Tacoma, Washington – Fuzhou, China".
_NOTE_LIKE = re.compile(r"^\s*[۰-۹0-9]{1,3}\s?[A-Z]")
# The Latin run a note starts with: "Xiamen, China (۵۶-۵۷ :۱۳۹۳" → "Xiamen, China".
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z .,'’&\-–—]*")
_LABEL = re.compile(r"^\s*([۰-۹0-9]{1,3})?\s*")
_MAX_NAME_WORDS = 4


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote's Latin text: ``block.text[start:end]``; *host* is the index of
    *block* in the document; *label* is in ASCII digits (``""`` when unknown)."""

    label: str
    block: Block
    host: int
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


def _run(block: Block, label: str, at: int, host: int) -> Note | None:
    run = _LATIN_RUN.match(block.text, at)
    if run is None:
        return None
    start, end = run.start(), run.end()
    while end > start and block.text[end - 1] in " .,":
        end -= 1
    return Note(to_latin_digits(label), block, host, start, end)


def notes(blocks: list[Block]) -> list[Note]:
    """Footnotes with Latin text: footnote blocks and runs embedded in other blocks.

    Example:
        >>> b = Block("f", 1, "footnote", "۱۸ Baltimore, Maryland – Xiamen, China")
        >>> [(n.label, n.text) for n in notes([b])]
        [('18', 'Baltimore, Maryland – Xiamen, China')]
    """
    out: list[Note] = []
    for host, block in enumerate(blocks):
        if block.kind == "table":
            continue
        if block.kind == "footnote":
            m = _LABEL.match(block.text)
            label = block.label or (m.group(1) if m and m.group(1) else "")
            note = _run(block, label, m.end() if m else 0, host)
            out += [note] if note is not None else []
        elif re.search("[A-Z]", block.text):
            for m in _EMBEDDED.finditer(block.text):
                note = _run(block, m.group(1), m.start(2), host)
                out += [note] if note is not None else []
    return out


def _body(blocks: list[Block], note: Note) -> list[Block]:
    """The paragraphs just before a note (up to three), in reading order."""
    body: list[Block] = []
    for b in reversed(blocks[: note.host + 1]):
        if b is note.block or (_NOTE_LIKE.match(b.text) and len(b.text) < 300):
            continue  # the note itself, or another note printed as a paragraph
        if b.kind in ("paragraph", "list_item", "caption"):
            body.insert(0, b)
            if len(body) == _BODY_BLOCKS:
                break
        elif b.kind != "footnote":
            break
    return body


def _glued(label: str) -> re.Pattern[str]:
    """A marker glued to the word it follows, in either digit script: «مریلند۱۸»."""
    both = f"{re.escape(label)}|{re.escape(to_persian_digits(label))}"
    return re.compile(rf"(?<=[^\W\d]|[\"”»)])(?:{both})(?![۰-۹0-9])")


def _citing(blocks: list[Block], note: Note, body: list[Block]) -> Block | None:
    """The paragraph that cites the note: the last of *body* with its marker glued to a
    word, else any block that lists the label among its markers."""
    if not note.label:
        return None
    glued = _glued(note.label)
    found = next((b for b in reversed(body) if glued.search(b.text)), None)
    if found is not None:
        return found
    return next(
        (
            b
            for b in blocks
            if b.kind != "footnote" and note.label in {to_latin_digits(k) for k in b.markers}
        ),
        None,
    )


def _clause(block: Block, label: str) -> tuple[int, int] | None:
    """The clause around the note's marker in the citing paragraph: from the «؛», ";" or
    "." before it (at most :data:`_CLAUSE_REACH` characters back) to the «؛» or ";" after."""
    text = block.text
    both = f"{re.escape(label)}|{re.escape(to_persian_digits(label))}"
    mark = _glued(label).search(text) or re.search(rf"(?<![۰-۹0-9])(?:{both})(?![۰-۹0-9])", text)
    if mark is None:
        return None
    start = 1 + max(
        text.rfind("؛", 0, mark.start()),
        text.rfind(";", 0, mark.start()),
        text.rfind(".", 0, mark.start()),
        mark.start() - _CLAUSE_REACH - 1,
    )
    ends = [i for i in (text.find("؛", mark.end()), text.find(";", mark.end())) if i >= 0]
    end = min(ends) if ends else mark.end()
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _side(ctx: Context, block: Block, start: int, end: int) -> Place | None:
    """The place one side of a pair names: a capitalised name written with its region
    or country ("Norfolk, Virginia", "Ningbo-Beilun, China")."""
    text = block.text
    if not text[start : start + 1].isupper():
        return None
    comma = text.find(",", start, end)
    name_end = comma if comma >= 0 else end
    places = [p for p in ctx.places(block, start, end) if p.type in ("city", "unknown")]
    if places and places[0].start == start and places[0].end == name_end:
        return places[0] if (comma >= 0 or places[0].qualified) else None
    name = text[start:name_end].strip()
    if comma < 0 or not name or len(name.split()) > _MAX_NAME_WORDS:
        return None
    # a name the gazetteer does not know whole ("Ningbo-Beilun"): its country is the
    # one written after the comma
    country = ctx.linker.country_code(text[comma + 1 : end].strip())
    entry, score = ctx.linker.link_city(name, country)
    return Place(
        name=name,
        block=block.id,
        start=start,
        end=start + len(name),
        type="city" if entry is not None else "unknown",
        entry=entry,
        country=country or (entry.country if entry is not None else None),
        score=score,
        qualified=True,
    )


def _pair(ctx: Context, note: Note) -> tuple[Place, Place] | None:
    m = _PAIR.match(note.text)
    if m is None:
        return None
    a = _side(ctx, note.block, note.start + m.start(1), note.start + m.end(1))
    b = _side(ctx, note.block, note.start + m.start(2), note.start + m.end(2))
    return (a, b) if a is not None and b is not None else None


def footnote_candidates(ctx: Context) -> list[Candidate]:
    """Candidates from pair footnotes cited from a paragraph about twinning."""
    blocks = ctx.blocks
    out: list[Candidate] = []
    for note in notes(blocks):
        pair = _pair(ctx, note)
        if pair is None:
            continue
        body = _body(blocks, note)
        cite = _citing(blocks, note, body)
        context = [note.block, *body[-2:], *([cite] if cite is not None else [])]
        twin = next((c for b in context for c in find_cues(b.text, ("twinning",))), None)
        if twin is None:
            continue
        found = [(note.block, note.start, note.end, NOTE)]
        clause = _clause(cite, note.label) if cite is not None else None
        if cite is not None and clause is not None:
            found.append((cite, clause[0], clause[1], CITING))
        for block, start, end, strength in found:
            out.append(
                Candidate(
                    subject=pair[0],
                    partner=pair[1],
                    source="footnote",
                    block=block,
                    start=start,
                    end=end,
                    strength=strength,
                    kind=twin.value,
                )
            )
    return out
