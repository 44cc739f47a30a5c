"""Memberships (city → network or organisation) stated in running text or listed in
a membership cell.

In running text:

* «X عضو Y است/شد/هستند», «X به عضویت Y درآمد/پیوست», «X به شبکه Y پیوست»;
* "X is a member of Y", "X became a member of Y", "X joined Y (in 2010)".

The organisation must look like one: it starts (Persian) or ends (English) with an
organisation word of ``vocab/relations.tsv`` (role ``org_head``), or has an acronym,
or the gazetteer knows it. The city is read right before the verb
(:func:`~textkit.extract.relations.cities.city_before`); a second clause («… است و
از سال ۱۳۹۵ نیز به عضویت Y درآمد») keeps the sentence's subject.

In a membership cell («عضو مجمع شهرداران آسیایی؛ عضو اتحادیه شهرهای تاریخی»,
"Member of ICLEI; Member of UCLG") every item names one organisation of the row's
home city (:func:`member_items`).

Example:
    >>> from textkit.model import Block
    >>> text = "Kazan joined the Asian Mayors Forum in 2012."
    >>> b = Block(id="p", page=1, kind="paragraph", text=text)
    >>> [(m.city.name, m.organisation, m.year) for m in prose_memberships([b])]
    [('Kazan', 'Asian Mayors Forum', 2012)]
"""

from __future__ import annotations

import re
from functools import cache

from textkit.dates import find_years
from textkit.extract.linking import Linker
from textkit.extract.relations.cities import City, city_before, mask_citations, sentence_subject
from textkit.extract.relations.organisations import is_organisation, org_link
from textkit.extract.relations.records import city_party, evidence
from textkit.extract.relations.vocab import alternation, words
from textkit.model import Block
from textkit.schema import Membership, Party
from textkit.script import fold_key

__all__ = ["is_membership_cell", "member_items", "prose_memberships"]


@cache
def _fa_member() -> re.Pattern[str]:
    # «X عضو Y است» / «X به عضویت Y درآمد» / «X به شبکه Y پیوست»: Y runs to the verb; a
    # Latin gloss may follow the name: «… یونسکو (UNESCO Creative Cities Network)».
    return re.compile(
        rf"(?:^|\s)(?:به\s+عضویت|عضو|به(?=\s+{alternation('member_body', 'fa')}\s))\s+"
        r"(?P<org>[^.؛،:()]{3,80}?(?:\s*\([A-Za-z][A-Za-z&\-\s]{1,60}\))?)\s+"
        rf"{alternation('member_verb', 'fa')}"
    )


# "X is a member of Y", "X joined Y": Y runs to a preposition or punctuation.
_EN_MEMBER = re.compile(
    r"\s(?:is|are|was|were|became|has\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:a\s+|an\s+)?"
    r"(?:founding\s+|full\s+)?member\s+of\s+"
    r"(?P<org>(?:the\s+)?[A-Z][^.;:()]{2,80}?)(?=\s+(?:in|since|from)\s|[.;,(]|$)"
    r"|\sjoined\s+(?P<org2>(?:the\s+)?[A-Z][^.;:()]{2,80}?)(?=\s+(?:in|since|from)\s|[.;,(]|$)"
)
# A field or qualifier after an organisation's name: «… در حوزه صنایع دستی»,
# "… in the field of crafts", "… for gastronomy".
_QUALIFIER = re.compile(
    r"\s+(?:در\s+(?:حوزه|زمینه|بخش|رشته|شاخه)|in\s+the\s+(?:field|category|area)\s+of|for\s+(?=[a-z]))",
    re.I,
)
# A year right before the membership verb: «از سال ۱۳۹۰», "since 2010".
_YEAR_BEFORE = re.compile(r"\s*(?:از\s+سال|در\s+سال|سال|since|in)\s+[0-9\u06f0-\u06f9]{4}\s*$")
# A clause connector right before a membership clause: «… است و», «… نیست، اما», ", and".
_CONNECTOR = re.compile(
    r"(?:\s(?:و|اما|ولی)|،\s*(?:اما|ولی|و)?|,\s*(?:and|but)?|\s(?:and|but))\s*$"
)
_PROSE_KINDS = ("paragraph", "list_item", "caption")


@cache
def _adverbs() -> frozenset[str]:
    return frozenset(" ".join(fold_key(w).split()) for w in words("adverb"))


def _skip_adverbs(text: str, cut: int) -> int:
    """Move *cut* back over adverbs standing between the city and the verb: «کرمان
    همچنین …», "Rasht also joined …" (letters folded: «همچنين» is «همچنین»)."""
    while True:
        for n in (2, 1):
            m = re.search(rf"(?:\s+\S+){{{n}}}\s*$", text[:cut])
            if m and " ".join(fold_key(m.group()).split()) in _adverbs():
                cut = m.start()
                break
        else:
            return cut


def _organisations(whole: str, linker: Linker) -> list[tuple[str, str | None]]:
    """The organisations a membership clause names, with their gazetteer ids: "the Asian
    Mayors Forum and of Metropolis" is two; none when one of them is no organisation."""
    qual = _QUALIFIER.search(whole)
    if qual:  # «… یونسکو در حوزه صنایع دستی»: the field is not part of the name
        whole = whole[: qual.start()].strip()
    if re.match(r"^این\s", whole):
        return []  # «عضو این انجمن»: the table row names the organisation
    orgs = [re.sub(r"^the\s+", "", o) for o in re.split(r"\s+and\s+(?:of|the)\s+", whole) if o]
    if orgs and all(is_organisation(o, linker) for o in orgs):
        return [(o, _org_id(o, linker)) for o in orgs]
    one = re.sub(r"^the\s+", "", whole)
    return [(one, _org_id(one, linker))] if is_organisation(one, linker) else []


def _org_id(name: str, linker: Linker) -> str | None:
    entry = org_link(name, linker)
    return entry.id if entry is not None else None


def _member_city(text: str, start: int, linker: Linker) -> tuple[City | None, re.Match[str] | None]:
    """The city of a membership clause starting at *start*, and the year written between
    them («تبریز از سال ۱۳۹۰ عضو …»)."""
    cut = _skip_adverbs(text, start + (1 if text[start].isspace() else 0))
    when = _YEAR_BEFORE.search(text[:cut])
    if when:
        cut = _skip_adverbs(text, when.start())
    city = city_before(text, cut, linker)
    if city is None and _CONNECTOR.search(text[:cut]):
        # «مشهد عضو X است و از سال ۱۳۹۵ نیز به عضویت Y درآمده», «تبریز عضو X نیست، اما …
        # عضو Y است»: the second clause keeps the sentence's subject
        city = sentence_subject(text, cut, linker)
    return city, when


def prose_memberships(blocks: list[Block], *, linker: Linker | None = None) -> list[Membership]:
    """Memberships stated in paragraphs, list items and captions.

    Args:
        blocks: the document's blocks (other kinds are skipped).
        linker: links cities and organisations (``None``: read without a gazetteer).
    """
    linker = linker or Linker(None)
    out: list[Membership] = []
    for b in blocks:
        if b.kind not in _PROSE_KINDS:
            continue
        text = mask_citations(b.text)
        for m in [*_fa_member().finditer(text), *_EN_MEMBER.finditer(text)]:
            orgs = _organisations((m.group("org") or m.group("org2") or "").strip(), linker)
            if not orgs:
                continue
            city, when = _member_city(text, m.start(), linker)
            if city is None:
                continue
            after = re.split(r"\s(?:و|and|but|اما|ولی)\s|[،,;؛]", text[m.end() : m.end() + 20])[0]
            ys = find_years(when.group(0)) if when else find_years(after)
            for org, gid in orgs:
                out.append(
                    Membership(
                        city=city_party(city.name, city.entry),
                        organisation=org,
                        organisation_id=gid,
                        year=ys[0].gregorian if ys else None,
                        source="prose",
                        evidence=[evidence(b, city.start, m.end())],
                        confidence=0.8,
                    )
                )
    return out


# Membership items: «عضو مجمع شهرداران آسیایی» → «مجمع شهرداران آسیایی»;
# "Member of ICLEI" → "ICLEI".
_MEMBER_ITEM = re.compile(
    r"^\s*(?:[•\-*]\s*)?(?:عضو(?:یت)?(?:\s+در)?|member\s+of|membership\s+(?:of|in))\s+(.+)$", re.I
)
# Item separators in a membership cell: «؛», ";", newline, bullet.
_MEMBER_SEP = re.compile(r"\s*(?:[؛;]|\n|•)\s*")


def is_membership_cell(cell: str) -> bool:
    """Whether at least half the items of *cell* (and one) start with «عضو» / "member of".

    Example:
        >>> is_membership_cell("عضو مجمع شهرداران آسیایی؛ ثبت بافت تاریخی در یونسکو")
        True
    """
    items = [i for i in _MEMBER_SEP.split(cell.strip()) if i.strip()]
    return bool(items) and sum(1 for i in items if _MEMBER_ITEM.match(i)) >= max(1, len(items) // 2)


def member_items(cell: str) -> list[tuple[int, str, str]]:
    """(offset, item, organisation) of each membership item of *cell*.

    Example:
        >>> [org for _, _, org in member_items("Member of Asian Mayors Forum; Member of UCLG.")]
        ['Asian Mayors Forum', 'UCLG']
    """
    out: list[tuple[int, str, str]] = []
    pos = 0
    for item in _MEMBER_SEP.split(cell):
        i = cell.find(item, pos) if item else -1
        if i >= 0:
            pos = i + len(item)
        m = _MEMBER_ITEM.match(item)
        if m:
            out.append((i, item, " ".join(m.group(1).split()).rstrip(".،,")))
    return out


def cell_memberships(
    block: Block, cell: str, off: int | None, home: Party, linker: Linker, *, confidence: float
) -> list[Membership]:
    """The memberships of *home* listed in a membership cell printed at *off* in *block*."""
    out: list[Membership] = []
    for i, item, org in member_items(cell):
        start = off + i if off is not None and i >= 0 else None
        out.append(
            Membership(
                city=home,
                organisation=org,
                organisation_id=_org_id(org, linker),
                source="table",
                evidence=[
                    evidence(block, start, start + len(item) if start is not None else None, item)
                ],
                confidence=confidence,
            )
        )
    return out
