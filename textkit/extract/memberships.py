"""Memberships and designations stated in running text.

Memberships (city → network or organisation):

* «X عضو Y است/شد/هستند», «X به عضویت Y درآمد/پیوست»;
* "X is a member of Y", "X became a member of Y", "X joined Y (in 2010)".

The organisation must look like one: it starts with an organisation word
(«شبکه», «مجمع», "Network", "Forum", …), or has an acronym, or the gazetteer
knows it. The city must be a place phrase (see :mod:`.phrases`).

Designations (a city named to a title for a year):

* «X به عنوان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶ انتخاب شد»,
  «X پایتخت گردشگری جهان اسلام (۲۰۱۸)»;
* "X was named/designated (the) European Capital of Culture for/in 2004".

Example:
    >>> from textkit.model import Block
    >>> text = "Kazan joined the Asian Mayors Forum in 2012."
    >>> b = Block(id="p", page=1, kind="paragraph", text=text)
    >>> [(m.city.name, m.organisation, m.year) for m in prose_memberships([b])]
    [('Kazan', 'Asian Mayors Forum', 2012)]
"""

from __future__ import annotations

import re
from typing import Any

from textkit.dates import find_years
from textkit.extract.lexicon import country_code
from textkit.extract.phrases import _left_phrase, _side, mask_citations
from textkit.extract.places import link_city
from textkit.extract.records import evidence
from textkit.extract.tables import _home_party
from textkit.model import Block
from textkit.schema import Designation, Membership

# Words that start an organisation's name, Persian and English.
_ORG_WORD = re.compile(
    r"^(?:شبکه|مجمع|انجمن|اتحادیه|سازمان|صندوق|اجلاس|فدراسیون|کنفرانس|"
    r"(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,5}(?:Network|Forum|Association|Union|League|Alliance|"
    r"Organi[sz]ation|Council|Federation|Conference|Programme|Program|Cities|Mayors))",
)
# «X عضو Y است» / «X به عضویت Y درآمد»: Y runs to the verb.
# «… به شبکه/سازمان Y پیوست» also (an organisation word right after «به»); a Latin
# gloss in parentheses may follow the name: «… یونسکو (UNESCO Creative Cities Network)».
_FA_MEMBER = re.compile(
    r"(?:^|\s)(?:به\s+عضویت|عضو|به(?=\s+(?:شبکه|مجمع|انجمن|اتحادیه|سازمان)\s))\s+"
    r"(?P<org>[^.؛،:()]{3,80}?(?:\s*\([A-Za-z][A-Za-z&\-\s]{1,60}\))?)\s+"
    r"(?:است|شد|شدند|هستند|می‌باشد|می‌باشند|بود|بودند|درآمد|درآمدند|پیوست|پیوستند)"
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
# Adverbs between the city and the verb: «کرمان همچنین …», "Rasht also joined …".
_ADVERBS = re.compile(r"(?:\s+(?:همچنین|نیز|هم|also|too|later|then|now|since\s+then))+\s*$", re.I)


def _skip_adverbs(text: str, cut: int) -> int:
    """Move *cut* back over adverbs standing between the city and the verb."""
    m = _ADVERBS.search(text[:cut])
    return m.start() if m else cut


# A year right before the membership verb: «از سال ۱۳۹۰», "since 2010".
_YEAR_BEFORE = re.compile(r"\s*(?:از\s+سال|در\s+سال|سال|since|in)\s+[0-9\u06f0-\u06f9]{4}\s*$")
# «X به عنوان پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶ انتخاب شد»
_FA_DESIGNATION = re.compile(
    r"(?:به\s*‌?\s*عنوان\s+)?(?P<title>پایتخت\s+[^.؛،:()]{3,60}?)\s*"
    r"(?:در\s+سال\s+|سال\s+|\(\s*)(?P<year>[0-9\u06f0-\u06f9]{4})"
)
# "X was named European Capital of Culture for 2004"
_EN_DESIGNATION = re.compile(
    r"\s(?:was|were|is|has\s+been)\s+(?:named|designated|chosen\s+as|selected\s+as|declared)\s+(?:the\s+|a\s+)?"
    r"(?P<title>[A-Z][\w\s\-]{3,60}?(?:Capital|City)[\w\s\-]{0,40}?)\s+(?:for|in|of)\s+(?:the\s+year\s+)?"
    r"(?P<year>\d{4})"
)


def _org_ok(org: str, gazetteer: Any) -> tuple[bool, str | None]:
    gid = None
    if gazetteer is not None:
        try:
            ms = gazetteer.lookup(org, type="org", fuzzy=True, limit=1)
            if ms and (ms[0].exact or ms[0].score >= 0.9):
                gid = ms[0].entry.id
        except Exception:
            gid = None
    return bool(gid or _ORG_WORD.match(org) or re.search(r"\([A-Z]{2,}\)", org)), gid


def _city_before(text: str, end: int, gazetteer: Any) -> Any:
    span = _left_phrase(text, end)
    side = _side(text, span, gazetteer, strong=False)
    if side is None or country_code(side.item.name, None):
        return None
    return side


# A clause connector right before a membership clause: «… است و», «… نیست، اما», ", and".
_CONNECTOR = re.compile(
    r"(?:\s(?:و|اما|ولی)|،\s*(?:اما|ولی|و)?|,\s*(?:and|but)?|\s(?:and|but))\s*$"
)


def _subject(head: str, gazetteer: Any) -> Any:
    """The city a sentence starts with: «شهرداری کرمانشاه …», "The city of Leeds …", "Leeds …"."""
    from textkit.extract.phrases import _latin_name, _right_phrase

    m = re.match(
        r"\s*(?:(?:در\s+سال\s+\S+|In\s+\d{4},?)\s+)?"
        r"(?:شهرداری|شهر|the\s+city\s+of|city\s+of|the\s+municipality\s+of)?\s*",
        head,
        re.I,
    )
    start = m.end() if m else 0
    side = _side(head, _right_phrase(head, start, gazetteer), gazetteer, strong=False)
    if side is None:
        return None
    # a capitalised first word is a city only if the gazetteer agrees ("Officials said …")
    latin = _latin_name(side.item.name) and (gazetteer is None or bool(side.item.gazetteer_id))
    return side if (latin or side.item.gazetteer_id or (m and m.group(0).strip())) else None


def _sentence_subject(text: str, cut: int, gazetteer: Any) -> Any:
    """The city the sentence holding *cut* starts with, or ``None``."""
    start = max(text.rfind(c, 0, cut) for c in ".!?؟\n") + 1
    side = _subject(text[start:cut], gazetteer)
    if side is None or country_code(side.item.name, None):
        return None
    from textkit.extract.phrases import _Side

    return _Side(side.item, start + side.start, start + side.end)


def prose_memberships(blocks: list[Block], *, gazetteer: Any = None) -> list[Membership]:
    """Memberships stated in paragraphs and list items."""
    out: list[Membership] = []
    for b in blocks:
        if b.kind not in ("paragraph", "list_item", "caption"):
            continue
        text = mask_citations(b.text)
        for m in list(_FA_MEMBER.finditer(text)) + list(_EN_MEMBER.finditer(text)):
            whole = (m.groupdict().get("org") or m.groupdict().get("org2") or "").strip()
            qual = _QUALIFIER.search(whole)
            if qual:  # «… یونسکو در حوزه صنایع دستی»: the field is not part of the name
                whole = whole[: qual.start()].strip()
            if re.match(r"^این\s", whole):
                continue  # «عضو این انجمن»: resolved in the organisations table
            # "the Asian Mayors Forum and of Metropolis": two organisations
            orgs = [re.sub(r"^the\s+", "", o) for o in re.split(r"\s+and\s+(?:of|the)\s+", whole)]
            checked = [(o, *_org_ok(o, gazetteer)) for o in orgs if o]
            if not checked or not all(ok for _, ok, _ in checked):
                checked = [(whole, *_org_ok(re.sub(r"^the\s+", "", whole), gazetteer))]
                if not checked[0][1]:
                    continue
            cut = m.start() + (1 if text[m.start()].isspace() else 0)
            # «تبریز از سال ۱۳۹۰ عضو …»: the year between the city and «عضو»
            cut = _skip_adverbs(text, cut)
            when = _YEAR_BEFORE.search(text[:cut])
            if when:
                cut = _skip_adverbs(text, when.start())
            side = _city_before(text, cut, gazetteer)
            if side is None and _CONNECTOR.search(text[:cut]):
                # «مشهد عضو X است و از سال ۱۳۹۵ نیز به عضویت Y درآمده», «تبریز عضو X
                # نیست، اما … عضو Y است»: the second clause keeps the sentence's subject
                side = _sentence_subject(text, cut, gazetteer)
            if side is None:
                continue
            after = re.split(r"\s(?:و|and|but|اما|ولی)\s|[،,;؛]", text[m.end() : m.end() + 20])[0]
            ys = find_years(when.group(0)) if when else find_years(after)
            link = link_city(side.item.name, side.item.country, gazetteer)
            for org, _ok, gid in checked:
                out.append(
                    Membership(
                        city=_home_party(side.item.name, link),
                        organisation=re.sub(r"^the\s+", "", org),
                        organisation_id=gid,
                        year=ys[0].gregorian if ys else None,
                        source="prose",
                        evidence=[evidence(b, side.start, m.end())],
                        confidence=0.8,
                    )
                )
    return out


def prose_designations(blocks: list[Block], *, gazetteer: Any = None) -> list[Designation]:
    """Designations («پایتخت فرهنگی جهان اسلام در سال ۲۰۰۶») stated in running text."""
    out: list[Designation] = []
    for b in blocks:
        if b.kind not in ("paragraph", "list_item", "caption", "heading"):
            continue
        text = mask_citations(b.text)
        for m in list(_FA_DESIGNATION.finditer(text)) + list(_EN_DESIGNATION.finditer(text)):
            start = m.start()
            before = text[:start].rstrip()
            before = re.sub(r"\s*(?:به\s*‌?\s*عنوان|as)$", "", before)
            side = _city_before(before, len(before), gazetteer)
            if side is None:
                continue
            ys = find_years(m.group("year"))
            link = link_city(side.item.name, side.item.country, gazetteer)
            out.append(
                Designation(
                    source="prose",
                    city=_home_party(side.item.name, link),
                    title=" ".join(m.group("title").split()),
                    year=ys[0].gregorian if ys else None,
                    evidence=[evidence(b, side.start, m.end())],
                    confidence=0.75,
                )
            )
    return out
