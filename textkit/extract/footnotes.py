"""Footnotes with Latin text: pair footnotes ("Baltimore, Maryland – Xiamen,
China") and name footnotes («اودسا۷» + "۷ Odessa").

Footnotes come as footnote blocks (with or without their label in the text) or
as runs embedded in another block when a PDF reader merged the footnote area
into a paragraph ("۱۸Baltimore, Maryland – Xiamen, China ۱۹Norfolk, …"). Labels
are compared in ASCII digits, and a label that repeats (numbering restarting per
section) is resolved to the footnote printed nearest after the citing block.

Example:
    >>> from textkit.model import Block
    >>> b = Block(id="f", page=1, kind="footnote", text="۱۸ Baltimore, Maryland – Xiamen, China")
    >>> [n.text for n, _ in notes([b])]
    ['Baltimore, Maryland – Xiamen, China']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from textkit.dates import to_ascii_digits
from textkit.digits import to_persian_digits
from textkit.extract.lexicon import country_code, has_twinning_word
from textkit.extract.places import parse_item
from textkit.extract.records import evidence, party_from_item
from textkit.model import Block
from textkit.schema import Agreement

# A pair footnote: "Baltimore, Maryland – Xiamen, China",
# "Cincinnati, Ohio and New Taipei City, Taiwan".
_FOOTNOTE_PAIR = re.compile(r"^(.{2,60}?)\s+(?:[-–—]|and|&|with)\s+(.{2,60})$")

# A footnote inside any block: a Persian-digit label then Latin text, up to the next label:
# "۱۸Baltimore, Maryland – Xiamen, China ۱۹Norfolk, …"
#   → ("۱۸", "Baltimore, Maryland – Xiamen, China").
_EMBEDDED_NOTE = re.compile(
    r"(?:^|(?<=\s))([۰-۹]{1,3})\s?([A-Z][^\n]*?)(?=\s+[۰-۹]{1,3}\s?[A-Z]|$)"
)
# A block that is itself a footnote: "۲۰ Tacoma, Washington – Fuzhou, China".
_NOTE_LIKE = re.compile(r"^\s*[۰-۹0-9]{1,3}\s?[A-Z]")
# The Latin run at the start of a note: "Xiamen, China (۵۶-۵۷ :۱۳۹۳" → "Xiamen, China".
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z .,'’&\-–—]*")


@dataclass(frozen=True, slots=True)
class _Note:
    label: str
    text: str
    block: Block
    start: int
    end: int


def notes(blocks: list[Block]) -> list[tuple[_Note, int]]:
    """Footnotes with Latin text, from footnote blocks and from footnote runs
    embedded in other blocks; each with the index of its host block."""
    out = []
    for i, b in enumerate(blocks):
        if b.kind == "table":
            continue
        if b.kind == "footnote":
            m = re.match(r"^\s*([۰-۹0-9]{1,3})?\s*", b.text)
            label = to_ascii_digits(b.label or (m.group(1) if m and m.group(1) else ""))
            body_start = m.end() if m else 0
            run = _LATIN_RUN.match(b.text, body_start)
            if run:
                out.append((_Note(label, run.group().strip(" .,"), b, run.start(), run.end()), i))
            continue
        if not re.search("[A-Z]", b.text):
            continue
        for m in _EMBEDDED_NOTE.finditer(b.text):
            run = _LATIN_RUN.match(m.group(2))
            if run:
                out.append(
                    (
                        _Note(
                            to_ascii_digits(m.group(1)),
                            run.group().strip(" .,"),
                            b,
                            m.start(2),
                            m.start(2) + len(run.group()),
                        ),
                        i,
                    )
                )
    return out


def _label_rx(label: str) -> str:
    """A footnote label in either digit script: "18" → "18|۱۸"."""
    fa = to_persian_digits(label)
    return f"{re.escape(label)}|{re.escape(fa)}"


def footnote_names(notes: list[tuple[_Note, int]]) -> dict[str, list[tuple[int, str]]]:
    """label → [(host block index, short Latin text)] («۷» → "Odessa"), for naming
    Persian parties. Labels repeat when numbering restarts, hence the positions."""
    out: dict[str, list[tuple[int, str]]] = {}
    for n, i in notes:
        if (
            n.label
            and len(n.text.split()) <= 4
            and "," not in n.text
            and not country_code(n.text, None)
        ):
            out.setdefault(n.label, []).append((i, n.text))
    return out


def names_near(fn_names: dict[str, list[tuple[int, str]]], index: int) -> dict[str, str]:
    """For a block at *index*: each label's note printed at or after it (else the last before)."""
    out = {}
    for label, places in fn_names.items():
        after = [(i, t) for i, t in places if i >= index]
        pick = min(after) if after else max(places)
        out[label] = pick[1]
    return out


def footnote_pairs(
    blocks: list[Block],
    notes: list[tuple[_Note, int]],
    gazetteer: Any,
    covered: dict[str, list[tuple[int, int]]],
) -> list[Agreement]:
    """ "Baltimore, Maryland – Xiamen, China" footnotes cited from a twinning paragraph."""
    out: list[Agreement] = []
    for note, host in notes:
        m = _FOOTNOTE_PAIR.match(" ".join(note.text.split()))
        if not m:
            continue
        body: list[Block] = []
        for b in reversed(blocks[: host + 1]):
            if _NOTE_LIKE.match(b.text) and len(b.text) < 300:
                continue  # another footnote printed as a paragraph
            if b.kind in ("paragraph", "list_item", "caption") and b is not note.block:
                body.insert(0, b)
                if len(body) == 3:
                    break
            elif b.kind not in ("footnote",) and b is not note.block:
                break
        glued = re.compile(rf"(?<=[^\W\d]|[\"”»)])(?:{_label_rx(note.label)})(?![۰-۹0-9])")
        cite = next((x for x in reversed(body) if note.label and glued.search(x.text)), None)
        if cite is None:
            cite = next(
                (
                    x
                    for x in blocks
                    if note.label
                    and x.kind != "footnote"
                    and note.label in {to_ascii_digits(k) for k in x.markers}
                ),
                None,
            )
        context = [note.block.text] + [x.text for x in body[-2:]] + ([cite.text] if cite else [])
        if not any(has_twinning_word(t) for t in context):
            continue
        sides = []
        for g in (1, 2):
            part = m.group(g).strip()
            if not part[:1].isupper():
                break
            item = parse_item(part, gazetteer=gazetteer)
            if (
                item is None
                or len(item.name.split()) > 4
                or not (item.region or item.country or "," in part)
            ):
                break
            sides.append(item)
        if len(sides) != 2:
            continue
        evs = [evidence(note.block, note.start, note.end)]
        if cite is not None and note.label:
            mk = glued.search(cite.text) or re.search(
                rf"(?<![۰-۹0-9])(?:{_label_rx(note.label)})(?![۰-۹0-9])", cite.text
            )
            if mk:
                cs = (
                    max(
                        cite.text.rfind("؛", 0, mk.start()),
                        cite.text.rfind(";", 0, mk.start()),
                        cite.text.rfind(".", 0, mk.start()),
                        mk.start() - 61,
                    )
                    + 1
                )
                ends = [
                    i
                    for i in (cite.text.find("؛", mk.end()), cite.text.find(";", mk.end()))
                    if i >= 0
                ]
                ce = min(ends) if ends else mk.end()
                covered.setdefault(cite.id, []).append((cs, ce))
                evs.append(evidence(cite, cs, ce))
                persian = _persian_names(cite.text[cs:ce], sides, gazetteer)
            else:
                persian = {}
        else:
            persian = {}
        parties = [party_from_item(x) for x in sides]
        parties = [
            p.model_copy(update={"name_fa": persian[i]}) if i in persian and not p.name_fa else p
            for i, p in enumerate(parties)
        ]
        conf = 0.95 if all(p.gazetteer_id for p in parties) else 0.9
        out.append(
            Agreement(
                parties=parties,
                status="unknown",
                kind="sister city",
                source="footnote",
                evidence=evs,
                confidence=conf,
            )
        )
    return out


# The pair connector in the Persian clause that cites a pair footnote:
# «شیامن، چین - بالتیمور، مریلند۱۸», «تایپه، تایوان به سینسیناتی۱۷، اوهایو».
_FA_PAIR_SEP = re.compile(r"\s+[-–—]\s+|\s+(?:به|با|و)\s+")


def _persian_names(clause: str, sides: list[Any], gazetteer: Any) -> dict[int, str]:
    """Persian names for the two English sides of a pair footnote, read from the
    clause that cites it, matched by country (or by gazetteer id); {} when unsure."""
    from textkit.extract.phrases import _left_phrase, _right_phrase, _side

    clause = re.sub(r"(?<=[^\W\d])[۰-۹]{1,3}(?![۰-۹])", "", clause)  # glued markers
    seps = list(_FA_PAIR_SEP.finditer(clause))
    if not seps or not re.search("[\u0600-\u06ff]", clause):
        return {}
    sep = (
        seps[-1]
        if len(seps) == 1
        else next((x for x in seps if x.group().strip() in "-–—"), seps[0])
    )
    a = _side(clause, _left_phrase(clause, sep.start()), gazetteer, strong=False)
    c = _side(clause, _right_phrase(clause, sep.end(), gazetteer), gazetteer, strong=False)
    if a is None or c is None:
        return {}
    fa = [a.item, c.item]
    out: dict[int, str] = {}
    for i, en in enumerate(sides):
        hits = [
            f
            for f in fa
            if (en.gazetteer_id and f.gazetteer_id == en.gazetteer_id)
            or (en.country and f.country == en.country)
        ]
        if len(hits) == 1:
            out[i] = hits[0].name
    if len(out) == 1:  # the other side is the other Persian name
        ((i, name),) = out.items()
        other = next(f.name for f in fa if f.name != name)
        out[1 - i] = other
    if len(set(out.values())) != len(out):
        return {}
    return out
