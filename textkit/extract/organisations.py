"""Organisations named in running text with their founding year and seat.

Table rows («تاسیس: ۱۹۸۰ مقر: مکه») are read in :mod:`.tables`; this module reads
sentences such as «اتحادیه بین‌المللی مقامات محلی که در سال ۱۹۱۳ در گنت، بلژیک
تأسیس شد» or "ICLEI, founded in 1990 in Toronto".

Example:
    >>> from textkit.model import Block
    >>> text = "شورای شهرداری‌ها و مناطق اروپا که در سال ۱۹۵۱ تأسیس شد، موضع گرفت."
    >>> b = Block(id="p", page=1, kind="paragraph", text=text)
    >>> [(o.name, o.founded) for o in prose_organisations([b])]
    [('شورای شهرداری\u200cها و مناطق اروپا', 1951)]
"""

from __future__ import annotations

import re

from textkit.dates import find_years
from textkit.extract.lexicon import name_key
from textkit.extract.places import clean_name
from textkit.extract.records import evidence
from textkit.model import Block
from textkit.schema import Organisation

# Words that start an organisation's name (Persian and English).
_ORG_HEAD = (
    r"(?:سازمان|اتحادیه|شورای|انجمن|مجمع|شبکه|صندوق|برنامه|بانک|کنفرانس|فدراسیون|مؤسسه|موسسه|گروه)"
)
_ORG_HEAD_EN = (
    r"(?:[A-Z][\w&\-]*\s+){0,6}"
    r"(?:Union|Council|Association|League|Network|Organi[sz]ation|Fund|Forum|Federation|Institute"
    r"|Conference|Programme|Program|Bank|Group|Alliance)\b"
    r"(?:\s+(?:of|for)\s+(?:[A-Z][\w\-]*\s?)+)?"
)
# «X که در سال ۱۹۱۳ در گنت، بلژیک تأسیس شد» → X, ۱۹۱۳, «گنت، بلژیک».
_FA_FOUNDED = re.compile(
    rf"({_ORG_HEAD}[^.؛:()«»]{{2,80}}?)\s*[۰-۹]*\s+که\s+در\s+سال\s+([۰-۹0-9]{{4}})\s*(?:در\s+([^.؛]{{2,40}}?)\s*)?(?:تأسیس|تاسیس|بنیان)"
)
# "X (ACR), founded in 1913 in Ghent" / "X was founded in 1913".
_EN_FOUNDED = re.compile(
    rf"({_ORG_HEAD_EN})(?:\s*\(([A-Z]{{2,10}})\))?,?\s+(?:was\s+)?(?:founded|established|created)\s+in\s+(\d{{4}})(?:\s+in\s+([A-Z][\w\-]+(?:,\s*[A-Z][\w\-]+)?))?"
)


def prose_organisations(blocks: list[Block]) -> list[Organisation]:
    """Organisations whose founding is stated in paragraphs or footnotes."""
    out: list[Organisation] = []
    for b in blocks:
        if b.kind not in ("paragraph", "list_item", "footnote", "caption"):
            continue
        for m in _FA_FOUNDED.finditer(b.text):
            name = clean_name(re.sub(r"[۰-۹]+(?=\s|$)", "", m.group(1)))
            ys = find_years(m.group(2))
            seat = clean_name(re.sub(r"[۰-۹]+", "", m.group(3))) if m.group(3) else None
            out.append(
                Organisation(
                    name=name,
                    founded=ys[0].gregorian if ys else None,
                    seat=seat or None,
                    evidence=[evidence(b, m.start(), m.end())],
                )
            )
        for m in _EN_FOUNDED.finditer(b.text):
            out.append(
                Organisation(
                    name=m.group(1).strip(),
                    acronym=m.group(2),
                    founded=int(m.group(3)),
                    seat=m.group(4),
                    evidence=[evidence(b, m.start(), m.end())],
                )
            )
    return out


def merge_organisations(items: list[Organisation]) -> list[Organisation]:
    """One record per organisation (same acronym or same folded name); gaps filled."""
    out: list[Organisation] = []
    for o in items:
        keys = {name_key(o.name)} | ({name_key(o.acronym)} if o.acronym else set())
        hit = next(
            (
                i
                for i, x in enumerate(out)
                if keys & ({name_key(x.name)} | ({name_key(x.acronym)} if x.acronym else set()))
            ),
            None,
        )
        if hit is None:
            out.append(o)
            continue
        x = out[hit]
        out[hit] = x.model_copy(
            update={
                "acronym": x.acronym or o.acronym,
                "founded": x.founded or o.founded,
                "seat": x.seat or o.seat,
                "gazetteer_id": x.gazetteer_id or o.gazetteer_id,
                "evidence": x.evidence + o.evidence,
            }
        )
    return out
