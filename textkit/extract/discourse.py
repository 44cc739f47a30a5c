"""Agreements whose home city is carried by the discourse, partner enumerations and
clauses with their own predicate.

The sentence readers of :mod:`.prose` need both parties inside one sentence. This
pass reads what they leave:

* **Partner enumerations** after «با شهرهای» / "with the cities of":
  «شهر مشهد … با شهرهای نجف (عراق)، کربلا (عراق) و کازان (روسیه) پیمان
  خواهرخواندگی بسته است» → one agreement per item, home = the sentence's subject.
* **An implicit home city**: «همچنین تفاهم‌نامه همکاری با شهر دوشنبه (تاجیکستان) …
  امضا شد» → home = the *current subject city*: the city the last sentence started
  with, else the one city named by the nearest heading/title before the paragraph
  (:func:`textkit.extract.tables.subject_city`). It carries across sentences and
  paragraphs until another subject appears. Confidence 0.6 (stated sentence subject:
  0.75).
* **Clauses**: a sentence is cut at ", and" / ", but" / ";" / «، اما» / «، ولی» / «؛»;
  each clause that names a partner («with Y», «of Y», «با (شهر) Y») gets the status
  and year of its own clause — "Hamadan has also been a friendship city of Kutaisi
  since 2012, and a memorandum of understanding with Plovdiv is expected to be
  signed next year" → Kutaisi 2012 informal (friendship), Plovdiv planned. A later
  clause without a partner of its own that says suspended/ended applies to the
  partners before it («… امضا شد، اما از سال ۱۴۰۰ به حالت تعلیق درآمده است»).
* **Follow-up years**: a sentence naming partners just enumerated with a year each
  («نخستین این پیمان‌ها در سال ۱۳۸۵ با نجف امضا شد») gives them that year; an
  anaphoric sentence ("The agreement was first signed in 1999", «این پیمان در سال …
  امضا شد») gives the last agreement the year it was first signed, and "renewed"
  makes it formal.

Output: new agreements (source ``prose``) and *corrections* keyed by pair for
agreements other readers also found, applied by :func:`apply_corrections` (a
clause-level status replaces a sentence-level one only when the sentence was cut
into clauses naming different partners; a year is only filled when missing).

Example:
    >>> from textkit.extract.discourse import split_clauses
    >>> [c for _, c in split_clauses("X signed in 2012, and a memorandum with Y is expected.")]
    ['X signed in 2012', ' a memorandum with Y is expected.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from textkit.dates import YearInfo, find_years
from textkit.extract.lexicon import has_twinning_word, kind_of, name_key, status_of
from textkit.extract.phrases import _right_phrase, _Side, _side, mask_citations
from textkit.extract.records import date_info, evidence, party_from_item
from textkit.model import Block
from textkit.schema import Agreement, Party

# Clause boundaries: ", and" / ", but" / ", while" / ";" / «، اما» / «، ولی» / «؛» /
# «، و» — each clause may carry its own predicate (status, year).
_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*|،\s*(?:اما|ولی|و)\s+|؛\s*", re.I)
# Agreement words: a clause with one of these and a partner is an agreement clause.
_AGREEMENT = re.compile(
    r"خواهرخوان|خواهر\s*شهر|تفاهم|پیمان|قرارداد|شهر\s+دوست|دوستی|"
    r"sister|twin|memorand|\bMoU\b|agreement|friendship|partnership",
    re.I,
)
# Where a partner follows: «با شهرهای» (an enumeration), «با (شهر) Y», "with (the city of) Y",
# "friendship/sister/partner city of Y".
_WITH_MANY = re.compile(r"(?:با\s+شهرهای|with\s+the\s+cities\s+of)\s+", re.I)
_WITH_ONE = re.compile(
    r"(?<!\S)با\s+(?:شهر\s+)?|\bwith\s+(?:the\s+city\s+of\s+)?|"
    r"\b(?:friendship|sister|partner|twin)\s+(?:city|town)\s+of\s+",
    re.I,
)
# Items of an enumeration: «نجف (عراق)، کربلا (عراق) و کازان (روسیه)», "A, B and C".
_ITEM_SEP = re.compile(r"\s*[،,]\s*(?:(?:و|and)\s+)?|\s+(?:و|and)\s+", re.I)
# Status words of one clause, most specific first (the clause decides, not the sentence).
_PLANNED = re.compile(
    r"expected\s+to\s+be\s+signed|will\s+be\s+signed|to\s+be\s+signed|would\s+be\s+signed|"
    r"planned|proposed|under\s+negotiation|negotiat|in\s+talks|"
    r"مذاکره|گفت\s?و\s?گو|گفتگو|رایزنی|در\s+دست|قرار\s+است|امضا\s+خواهد|پیشنهاد|مطرح\s+(?:شده|است)",
    re.I,
)
_SUSPENDED = re.compile(r"suspend|frozen|dormant|تعلیق|متوقف|معلق", re.I)
_ENDED = re.compile(r"\bended\b|terminat|cancell?ed|lapsed|لغو|پایان\s+یافت|خاتمه", re.I)
_FORMAL = re.compile(
    r"\bsigned\b|\brenew|\bconcluded|بسته\s+است|بسته\s+شد|امضا\s+(?:کرد|کرده|شد|رسید)|"
    r"به\s+امضا\s+رسید|منعقد|تمدید",
    re.I,
)
_RENEWED = re.compile(r"\brenew|تمدید|تجدید", re.I)
# An anaphoric opening: "The agreement …", "It was …", «این پیمان …», «این تفاهم‌نامه …».
_ANAPHOR = re.compile(
    r"^\s*(?:the\s+(?:agreement|twinning|pact|accord|partnership|memorandum)|it\b|"
    r"این\s+(?:پیمان|قرارداد|تفاهم|خواهرخواندگی))",
    re.I,
)
# "first signed in 1999", «نخستین بار در سال ۱۳۷۸ امضا شد»: the year of the first signing.
_FIRST_SIGNED = re.compile(
    r"(?:first\s+)?(?:signed|concluded|established)\s+(?:in|on)\s+(?:\d{1,2}\s+\w+\s+)?$", re.I
)


@dataclass
class DiscourseResult:
    """New agreements and per-pair corrections (status, year) for found ones."""

    agreements: list[Agreement] = field(default_factory=list)
    corrections: dict[frozenset[str], dict[str, Any]] = field(default_factory=dict)
    # pairs of items of one enumeration («فلورانس (ایتالیا)، خجند … و قونیه»): not agreements
    not_pairs: set[frozenset[str]] = field(default_factory=set)


def split_clauses(sent: str) -> list[tuple[int, str]]:
    """(offset, text) of the clauses of *sent* (see the module docstring)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _CLAUSE.finditer(sent):
        out.append((pos, sent[pos : m.start()]))
        pos = m.end() - 1 if sent[m.end() - 1].isspace() else m.end()
    out.append((pos, sent[pos:]))
    return [(o, c) for o, c in out if c.strip()]


def clause_status(clause: str) -> str:
    """Status said by one clause; planned/suspended/ended beat formal.

    Example:
        >>> clause_status(" a memorandum with Y is expected to be signed next year.")
        'planned'
    """
    if _PLANNED.search(clause):
        return "planned"
    if _SUSPENDED.search(clause):
        return "suspended"
    if _ENDED.search(clause):
        return "ended"
    st = status_of(clause)
    if st in ("informal", "planned", "suspended", "ended"):
        return st
    kind = _kind(clause)
    if kind in ("friendship city", "memorandum of understanding") and not re.search(
        r"خواهر|sister|twin", clause, re.I
    ):
        return "informal"  # a friendship city or a memorandum: a less formal tie
    if _FORMAL.search(clause) or st == "formal":
        return "formal"
    return "unknown"


def _pkey(p: Party) -> str:
    return p.gazetteer_id or name_key(p.name_en or p.name)


def pair_key(a: Party, b: Party) -> frozenset[str]:
    """Unordered key of a pair of parties (gazetteer id, else a name key)."""
    return frozenset((_pkey(a), _pkey(b)))


def _items(text: str, gazetteer: Any) -> list[_Side]:
    """Places of an enumeration «نجف (عراق)، کربلا (عراق) و کازان (روسیه)» up to the
    first word that is not part of it."""
    out: list[_Side] = []
    pos = 0
    while pos < len(text):
        span = _right_phrase(text, pos, gazetteer)
        side = _side(text, span, gazetteer, strong=False)
        if side is None:
            break
        out.append(side)
        end = side.end
        paren = re.match(r"\s*\([^()]{2,40}\)", text[end:])
        if paren:
            end += paren.end()
        sep = _ITEM_SEP.match(text, end)
        if not sep:
            break
        pos = sep.end()
    return out


# A heading sets the subject city only when it is about a city's ties: «روابط خارجی
# شهر تبریز», «پیوندهای بین‌المللی شیراز», "Partner cities of Tabriz", «شهرداری مشهد».
_HEAD_ABOUT = re.compile(
    r"شهر\s|شهردار|روابط|پیوند|خواهر|بین\s?الملل|دیپلماسی|"
    r"city|municipal|mayor|twin|sister|partner|relations|international|diplomacy",
    re.I,
)
# Function words that are also place names in the gazetteer («بدین ترتیب» "thus",
# «بالا» "above"): never a subject city.
_SUBJ_STOP = frozenset(
    [
        "بدین",
        "بدان",
        "بالا",
        "پایین",
        "چنین",
        "همین",
        "همان",
        "این",
        "آن",
        "برخی",
        "بعضی",
        "سپس",
        "اکنون",
        "امروز",
        "تنها",
        "فقط",
        "نیز",
        "همچنین",
        "ضمن",
        "طی",
        "پس",
    ]
)


def _sole_city(text: str, gazetteer: Any) -> Party | None:
    from textkit.extract.tables import _sole_city as sole

    if not _HEAD_ABOUT.search(text):
        return None
    p = sole(text, gazetteer)
    if p is None or p.name in _SUBJ_STOP:
        return None
    return p


def _confirmed_names(blocks: list[Block], gazetteer: Any) -> set[str]:
    """Persian names the document itself presents as cities: after «شهر»/«شهرداری», or
    the one city of a heading/title about a city's ties."""
    out: set[str] = set()
    for b in blocks:
        for m in re.finditer(r"(?:شهرداری|شهر)\s+([\u0600-\u06ff]+)", b.text):
            out.add(m.group(1))
        # a capitalised word inside a sentence ("the mayors of Hamadan"), not "One …"
        for m in re.finditer(r"(?<=[a-z,]\s)([A-Z][a-z\-']+)", b.text):
            out.add(m.group(1))
        if _is_head(b):
            p = _sole_city(b.text, gazetteer)
            if p is not None:
                out.add(p.name)
    return out


# The city whose mayor or municipality speaks: «شهردار شهر کاشان», «شهرداری کاشان»,
# "the Mayor of Kerman", "Kerman Municipality" — the home city of a press release.
_MAYOR_OF = re.compile(
    r"(?:شهرداری|شهردار)\s+(?:کلان\u200c?شهر\s+|شهر\s+)?(?P<fa>[\u0600-\u06ff\u200c]+(?:\s[\u0600-\u06ff\u200c]+)?)"
    r"|(?:mayor|municipality)\s+of\s+(?P<en>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)",
    re.I,
)


def _mayor_city(sent: str, gazetteer: Any) -> Party | None:
    """The one city whose mayor/municipality a sentence names, else ``None``
    (two different cities → ``None``)."""
    from textkit.extract.places import parse_item

    found: dict[str, Party] = {}
    for m in _MAYOR_OF.finditer(sent):
        words = (m.group("fa") or m.group("en")).split()
        for n in (2, 1):
            if len(words) < n:
                continue
            name = " ".join(words[:n])
            hits = gazetteer.lookup(name, type="city", fuzzy=False, limit=1)
            if hits and hits[0].exact:
                item = parse_item(name, gazetteer=gazetteer)
                if item is not None and item.gazetteer_id:
                    found[item.gazetteer_id] = party_from_item(item)
                    break
    return next(iter(found.values())) if len(found) == 1 else None


def _is_head(b: Block) -> bool:
    """A heading, title or caption, or a short line without a sentence end that a
    plain-text reader left as a paragraph («فصل سوم: پیوندهای بین‌المللی شیراز»)."""
    if b.kind in ("heading", "caption") or b.role == "title":
        return True
    t = b.text.strip()
    return (
        b.kind == "paragraph"
        and len(t) <= 120
        and "\n" not in t
        # «… با شهر فلورانس، در … ۱۴۰۱؛»: an item of a list ends in «؛», a head never does
        and not re.search(r"[.!?؟؛;,،]$", t)
    )


def _sentence_subject(sent: str, gazetteer: Any, confirmed: set[str] | None = None) -> Party | None:
    from textkit.extract.prose import _subject

    side = _subject(sent, gazetteer)
    if side is None or not side.item.gazetteer_id or side.item.name in _SUBJ_STOP:
        return None
    if re.match(r"\s*(?:ترتیب|منظور|سبب|دلیل|جهت|لحاظ|رو)\b", sent[side.end :]):
        return None  # «بدین ترتیب …»: an adverb, not a city
    name = side.item.name
    verb = re.match(
        r"\s+(?:has|have|had|is|was|signed|became|entered|joined|also|and)\b", sent[side.end :]
    )
    if (
        confirmed is not None
        and not (name.isascii() and verb)
        and name.split()[0] not in confirmed
        and not re.match(r"\s*(?:شهرداری|شهر)\s", sent)
    ):
        return None  # «یکی از …»: a word that is also a place name somewhere
    from textkit.extract.lexicon import country_code

    if country_code(side.item.name, None, strict=True):
        return None
    return party_from_item(side.item)


def discourse_agreements(
    blocks: list[Block], *, gazetteer: Any = None, skip: frozenset[str] = frozenset()
) -> DiscourseResult:
    """Agreements read with a discourse subject city (see the module docstring).

    Example (no gazetteer → no subject can be confirmed → nothing):
        >>> discourse_agreements([]).agreements
        []
    """
    res = DiscourseResult()
    if gazetteer is None:
        return res
    subject: Party | None = None
    recent: list[tuple[Party, Party, int]] = []  # (home, partner, index in res.agreements or -1)
    last_pair: tuple[Party, Party] | None = None  # the pair an anaphor ("The agreement") means
    renewed = False
    confirmed = _confirmed_names(blocks, gazetteer)
    mayor_home: Party | None = None
    for b in blocks:
        if _is_head(b):
            p = _sole_city(b.text, gazetteer)
            if p is not None:
                subject = p
            if b.kind != "paragraph" or p is not None:
                continue
        if (
            b.kind not in ("paragraph", "list_item")
            or b.id in skip
            or b.role
            in (
                "references",
                "affiliation",
            )
        ):
            continue
        from textkit.extract.prose import split_sentences

        for s0, s1 in split_sentences(b.text):
            sent = mask_citations(b.text[s0:s1])
            own = _sentence_subject(sent, gazetteer, confirmed)
            if own is not None:
                subject = own
            elif b.kind == "paragraph":
                mayor = _mayor_city(sent, gazetteer)
                if mayor is not None:
                    mayor_home = mayor  # «شهردار شهر کاشان …»: the press release's city
            elif subject is None and b.role == "title":
                subject = _sole_city(sent, gazetteer)
            if _BETWEEN.search(sent) and _AGREEMENT.search(sent):
                two = _two_cities(sent, gazetteer)
                if two is not None:
                    _between(b, sent, s0, two, res)
                    last_pair, renewed = two, bool(_RENEWED.search(sent))
                    continue
            if _ANAPHOR.match(sent) and last_pair is not None:
                _anaphor(sent, last_pair, res, renewed=renewed)
                continue
            if recent and _follow_up(sent, recent, res):
                continue
            two = _two_cities(sent, gazetteer) if _AGREEMENT.search(sent) else None
            if two is not None:
                last_pair, renewed = two, bool(_RENEWED.search(sent))
            if not (_AGREEMENT.search(sent) or has_twinning_word(sent)):
                continue
            carried = subject
            if carried is None and b.kind == "list_item":
                # items of a list whose lead paragraph names the speaking mayor's city
                carried = mayor_home
            found = _read_sentence(b, sent, s0, carried, own, gazetteer, res)
            if found:
                recent = found
                last_pair, renewed = (found[-1][0], found[-1][1]), False
    return res


# A quotation of five words or more: what someone said, not a statement of ties.
_QUOTE = re.compile(
    r"«[^«»]*(?:\s+[^«»\s]+){4,}[^«»]*»|“[^“”]*(?:\s+[^“”\s]+){4,}[^“”]*”|\"[^\"]{30,}\""
)


def mask_quotes(sent: str) -> str:
    """Blank long quotations, keeping offsets.

    Example:
        >>> mask_quotes("گفت «گسترش روابط با شهرهای آسیای میانه اولویت است» و رفت")[:8]
        'گفت     '
    """
    return _QUOTE.sub(lambda m: " " * len(m.group()), sent)


def _read_sentence(
    b: Block,
    sent: str,
    s0: int,
    subject: Party | None,
    own: Party | None,
    gazetteer: Any,
    res: DiscourseResult,
) -> list[tuple[Party, Party, int]]:
    clauses = split_clauses(mask_quotes(sent))
    hits: list[tuple[int, _Side, int]] = []  # (clause index, partner side, absolute offset)
    for ci, (off, clause) in enumerate(clauses):
        if not (_AGREEMENT.search(clause) or has_twinning_word(clause)):
            continue
        many = _WITH_MANY.search(clause)
        if many:
            items = _items(clause[many.end() :], gazetteer)
            if len(items) < 2:
                continue  # «با شهرهای جهان اسلام»: a description, not an enumeration
            for side in items:
                hits.append((ci, side, off + many.end()))
            ps = [party_from_item(x.item) for x in items]
            res.not_pairs |= {pair_key(x, y) for x in ps for y in ps if x is not y}
            continue
        for m in _WITH_ONE.finditer(clause):
            side = _side(clause, _right_phrase(clause, m.end(), gazetteer), gazetteer, strong=False)
            if side is None or not side.item.gazetteer_id:
                side = _glossed(clause, m.end(), gazetteer)
            if side is not None and side.item.gazetteer_id:
                hits.append((ci, side, off))
                break
    if not hits:
        return []
    home = own or subject
    if home is None:
        return []
    if own is None:
        # «کرمان نیز … با هرات …», «بیرجند در حال مذاکره با شهر دوشنبه»: another place
        # before the partner is the sentence's own subject; the carried one does not apply
        first = min(base + side.start for _, side, base in hits)
        before = [
            m
            for m in gazetteer.find_mentions(sent[:first], types={"city"})
            if m.score >= 0.95 and name_key(m.text) != name_key(home.name)
        ]
        if before:
            return []
    conf = 0.75 if own is not None else 0.6
    partner_clauses = {ci for ci, _, _ in hits}
    split = len(partner_clauses) > 1
    out: list[tuple[Party, Party, int]] = []
    for ci, side, base in hits:
        partner = party_from_item(side.item)
        if _pkey(partner) == _pkey(home) or name_key(partner.name) == name_key(home.name):
            continue
        off, clause = clauses[ci]
        status = clause_status(clause)
        for cj in range(ci + 1, len(clauses)):
            if cj in partner_clauses:
                break
            later = clause_status(clauses[cj][1])
            if later in ("suspended", "ended"):
                status = later  # «… امضا شد، اما از سال ۱۴۰۰ به حالت تعلیق درآمده است»
        in_clause = sum(1 for cj, _, _ in hits if cj == ci)
        year = _clause_year(clause, base - off + side.start, many=in_clause > 1)
        kind = _kind(clause)
        ag = Agreement(
            parties=[home, partner],
            year=year.gregorian if year else None,
            date=date_info(year),
            status=status,
            kind=kind,
            source="prose",
            evidence=[evidence(b, s0, s0 + len(sent))],
            confidence=conf,
        )
        res.agreements.append(ag)
        fix: dict[str, Any] = {}
        if split and status != "unknown":
            fix["status"] = status
            fix["kind"] = kind
        elif status != "unknown":
            fix["fill_status"] = status
        if year is not None:
            fix["year"] = year
        if fix:
            res.corrections[pair_key(home, partner)] = fix
        out.append((home, partner, len(res.agreements) - 1))
    return out


# A name with its Latin gloss: «سی‌ینا (Siena)».
_GLOSSED = re.compile(
    r"([\u0600-\u06ff\u200c]+(?:\s[\u0600-\u06ff\u200c]+)?)\s*\(([A-Z][a-z\-]+(?:\s[A-Z][a-z\-]+)?)\)"
)


def _glossed(clause: str, pos: int, gazetteer: Any) -> _Side | None:
    """The partner right at *pos* written with a Latin gloss the gazetteer knows,
    when the Persian spelling is not in it: «با شهر سی‌ینا (Siena)» → Siena."""
    from dataclasses import replace as _replace

    from textkit.extract.places import parse_item

    m = _GLOSSED.match(clause, pos)
    if m is None:
        return None
    hits = gazetteer.lookup(m.group(2), type="city", fuzzy=False, limit=1)
    if not hits or not hits[0].exact:
        return None
    item = parse_item(m.group(2), gazetteer=gazetteer)
    if item is None or not item.gazetteer_id:
        return None
    item = _replace(item, name=m.group(1), name_fa=m.group(1), text=m.group(0))
    return _Side(item=item, start=m.start(), end=m.end())


def _kind(clause: str) -> str:
    """Kind of tie a clause names: a memorandum, a friendship city or a sister city."""
    kind = kind_of(clause)
    if (
        kind == "sister city"
        and not re.search(r"sister|twin|خواهر", clause, re.I)
        and re.search(r"memorand|\bMoU\b|تفاهم", clause, re.I)
    ):
        return "memorandum of understanding"
    return kind


def _clause_year(clause: str, pos: int, *, many: bool) -> YearInfo | None:
    """The signing year of a clause: not a suspension year, not several years for an
    enumeration of partners (each partner's year is then unknown)."""
    from textkit.extract.clauses import _END_BEFORE

    years = [
        y
        for y in find_years(clause)
        if not _END_BEFORE.search(clause[: y.start])
        and not _SUSPENDED.search(clause[y.end : y.end + 40])
    ]
    if not years or (many and len(years) != 1):
        return None
    return years[0] if not many else None


def _follow_up(sent: str, recent: list[tuple[Party, Party, int]], res: DiscourseResult) -> bool:
    """«نخستین این پیمان‌ها در سال ۱۳۸۵ با نجف امضا شد و آخرین آنها در سال ۱۳۹۸ با کازان»:
    a year for each just-enumerated partner this sentence names."""
    years = find_years(sent)
    if not years:
        return False
    done = False
    for home, partner, idx in recent:
        for name in {partner.name, partner.name_fa or "", partner.name_en or ""} - {""}:
            m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sent)
            if not m:
                continue
            before = [y for y in years if y.end <= m.start() and m.start() - y.end <= 40]
            after = [y for y in years if y.start >= m.end() and y.start - m.end() <= 25]
            y = before[-1] if before else (after[0] if after else None)
            if y is None:
                break
            ag = res.agreements[idx]
            if ag.year is None:
                res.agreements[idx] = ag.model_copy(
                    update={"year": y.gregorian, "date": date_info(y)}
                )
                res.corrections.setdefault(pair_key(home, partner), {})["year"] = y
                done = True
            break
    return done


def _two_cities(sent: str, gazetteer: Any) -> tuple[Party, Party] | None:
    """The two distinct cities a sentence names (by the gazetteer), else ``None``."""
    from textkit.extract.lexicon import country_code

    seen: dict[str, Any] = {}
    for m in gazetteer.find_mentions(sent, types={"city"}):
        if m.score >= 0.95 and not country_code(m.text, None, strict=True):
            seen.setdefault(m.entry.id, m)
    if len(seen) != 2:
        return None
    from textkit.extract.places import parse_item

    items = [parse_item(m.text, gazetteer=gazetteer) for m in seen.values()]
    if any(i is None for i in items):
        return None
    return party_from_item(items[0]), party_from_item(items[1])  # type: ignore[arg-type]


# "between X and Y", «میان/بین X و Y»
_BETWEEN = re.compile(r"\bbetween\s+\S.{0,60}?\s+and\s|(?:میان|بین)\s+\S.{0,60}?\s+و\s", re.I)


def _signing_year(sent: str) -> YearInfo | None:
    """The first-signing year of a sentence: "first signed in 1999", «در سال … امضا»,
    else its only year; a renewal or suspension date is not it."""
    years = find_years(sent)
    for y in years:
        if _FIRST_SIGNED.search(sent[: y.start]) or re.search(
            r"^\D{0,12}(?:امضا|منعقد)", sent[y.end :]
        ):
            return y
    from textkit.extract.clauses import _END_BEFORE

    rest = [
        y
        for y in years
        if not _END_BEFORE.search(sent[: y.start])
        and not re.search(r"renew\w*\s+(?:in|on)\s+(?:\d{1,2}\s+\w+\s+)?$", sent[: y.start], re.I)
    ]
    return rest[0] if len(rest) == 1 else None


def _between(b: Block, sent: str, s0: int, pair: tuple[Party, Party], res: DiscourseResult) -> None:
    """ "The agreement between Hamadan and Graz was first signed in 1999 and renewed
    on 12 May 2016" → the pair, its first-signing year; renewed → formal."""
    y = _signing_year(sent)
    status = "formal" if _RENEWED.search(sent) else clause_status(sent)
    if status == "formal" and not re.search(r"\bsigned\b|امضا", sent, re.I):
        status = "unknown"  # «… بین توکیو و نیویورک … بسته شد»: left to the sentence readers
    res.agreements.append(
        Agreement(
            parties=list(pair),
            year=y.gregorian if y else None,
            date=date_info(y),
            status=status,
            kind=_kind(sent),
            source="prose",
            evidence=[evidence(b, s0, s0 + len(sent))],
            confidence=0.75,
        )
    )
    fix = res.corrections.setdefault(pair_key(*pair), {})
    if y is not None:
        fix["year"], fix["first"] = y, True
    if status not in ("unknown", "formal"):
        fix["fill_status"] = status  # a pair other readers found keeps their reading of "formal"
    if _RENEWED.search(sent):
        fix["status"] = "formal"


def _anaphor(sent: str, pair: tuple[Party, Party], res: DiscourseResult, *, renewed: bool) -> None:
    """ "The agreement was first signed in 1999, …": the first-signing year of the last
    pair; "renewed" → formal."""
    fix = res.corrections.setdefault(pair_key(*pair), {})
    for y in find_years(sent):
        if _FIRST_SIGNED.search(sent[: y.start]) or re.search(
            r"امضا|منعقد", sent[y.end : y.end + 30]
        ):
            fix["year"] = y
            fix["first"] = True
            break
    if renewed or _RENEWED.search(sent):
        fix["status"] = "formal"  # renewed: in force again, whatever happened in between


def apply_corrections(agreements: list[Agreement], res: DiscourseResult) -> list[Agreement]:
    """Apply :attr:`DiscourseResult.corrections` to merged agreements: a missing year
    is filled (a first-signing year replaces a later one), a clause-level status and
    kind replace the sentence-level ones."""
    out = []
    for ag in agreements:
        if pair_key(*ag.parties) in res.not_pairs and ag.source == "prose":
            continue
        fix = res.corrections.get(pair_key(*ag.parties))
        if not fix:
            out.append(ag)
            continue
        upd: dict[str, Any] = {}
        y = fix.get("year")
        if y is not None and (ag.year is None or (fix.get("first") and y.gregorian < ag.year)):
            upd["year"], upd["date"] = y.gregorian, date_info(y)
        if ag.status == "unknown" and "fill_status" in fix:
            upd["status"] = fix["fill_status"]
        if "status" in fix:
            upd["status"] = fix["status"]
            if "kind" in fix:
                upd["kind"] = fix["kind"]
        out.append(ag.model_copy(update=upd) if upd else ag)
    return out
