"""Building output records: evidence from a block span, parties from place items,
and merging agreements that name the same pair.

Confidence scale used by every extractor (``confidence`` in [0, 1]); it says how
direct the evidence is, not how likely the fact is true:

* 0.95 – an item of a partner list in a table, home city recognised in its row;
* 0.9  – an item of a numbered partner list under a head naming the home city
  ("Sister cities of Portland"), a one-partner-per-row table row with the home city
  in its caption, or an English footnote pair («Baltimore, Maryland – Xiamen, China»)
  cited from a paragraph that speaks of twinning;
* 0.85 – a prose clause with a twinning word and an explicit pairing pattern
  («بین X و Y», "X's sister city Y", «خواهرخواندگی X و Y»), or an enumeration
  ("X's sister cities are A, B and C"), or a row with two city cells;
* 0.8  – a prose clause with a twinning word, pairing two places by «با», «و», "-",
  "and", "with" when both carry a country/region or gazetteer link;
  memberships stated in prose;
* 0.75 – designations stated in prose;
* 0.7  – a twinning sentence with exactly two gazetteer cities and no pattern;
* 0.75 – (:mod:`.discourse`) a partner named after «با»/"with"/"friendship city of"
  whose home city is the sentence's own subject, or a "between X and Y" agreement
  sentence read with its first-signing year;
* 0.6  – (:mod:`.discourse`) the same with the home city only implied: the current
  subject city carried from earlier sentences or the heading/title;
* +0.04/0.05 (max 0.99) when both parties are linked to the gazetteer; when a pair
  is stated several times the records merge and keep the highest value.
* −0.1 when the status is inferred by contrast (below), −0.15 when the year is the
  news dateline's (:func:`dateline_fallback`).

Status policy for tables and lists (annotation decision, also applied in the gold of
``corpora/sister-cities-iran``): when some items of one sister-city table or list
carry an explicit informal marker («نارسمی», "MoU", "friendship city") and others
carry no status at all, the unmarked items are presented *by contrast* as formal
ties, so they get ``formal`` — with confidence 0.1 lower than an item whose status
is written, since no word states it. When no item of the table or list carries any
status marker, unmarked items stay ``unknown``. Statuses in a header-read table
column are mapped by :func:`textkit.extract.columns.status_value` (its kind by
:func:`~textkit.extract.columns.kind_value`: «دوستی»/friendship → "friendship city",
«تفاهم‌نامه»/MoU → "memorandum of understanding", both ``informal`` — lead's policy:
a friendship city is a less formal tie unless the text says it was made formal); a year of ending
or suspension («suspended in 2015») is never the agreement's ``year`` (it stays in
the evidence quote).

Example:
    >>> key_of_party(party_from_names("اصفهان"))
    'name:اصفهان'
"""

from __future__ import annotations

import re
from typing import Any

from textkit.extract.lexicon import name_key
from textkit.extract.places import PlaceItem
from textkit.model import Block
from textkit.schema import Agreement, DateInfo, Evidence, Party

_STATUS_RANK = {"unknown": 0, "formal": 1, "informal": 2, "planned": 2, "suspended": 3, "ended": 3}


# Characters that differ between a table cell and the block text that prints it
# (line breaks, bullet marks, runs of spaces): «• الف\nب» ~ «الف ب».
_LOOSE_SKIP = frozenset(" \t\n\r•▪◦·")


def _loose(text: str) -> tuple[str, list[int]]:
    """*text* with whitespace runs and bullets folded to one space, and for each
    kept character its index in *text*."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _LOOSE_SKIP:
            if out and out[-1] != " ":
                out.append(" ")
                index.append(i)
            continue
        out.append(ch)
        index.append(i)
    return "".join(out), index


def locate(text: str, quote: str) -> tuple[int, int] | None:
    r"""Where *quote* is printed in *text*, ignoring line breaks, bullets and
    spacing; ``None`` when it is not there.

    Example:
        >>> locate("عضو الف؛\n• عضو ب", "عضو الف؛ عضو ب")
        (0, 16)
    """
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    loose_text, index = _loose(text)
    loose_quote = _loose(quote)[0].strip()
    if not loose_quote:
        return None
    at = loose_text.find(loose_quote)
    if at < 0:
        return None
    return index[at], index[at + len(loose_quote) - 1] + 1


def evidence(
    block: Block, start: int | None, end: int | None, quote: str | None = None
) -> Evidence:
    """Evidence for ``block.text[start:end]``; when offsets are unknown, *quote* is
    located in the block text (so ``quote == block.text[start:end]`` whenever
    offsets are given), else kept as written with null offsets."""
    if not (start is not None and end is not None and 0 <= start <= end <= len(block.text)):
        found = locate(block.text, quote) if quote else None
        start, end = found if found else (None, None)
    if start is not None and end is not None:
        q = block.text[start:end]
    else:
        q = quote or block.text[:200]
    return Evidence(page=block.page, block=block.id, quote=q, start=start, end=end, line=block.line)


def party_from_item(item: PlaceItem) -> Party:
    """A schema :class:`Party` from a parsed place item."""
    return Party(
        name=item.name,
        name_en=item.name_en,
        name_fa=item.name_fa,
        country=item.country,
        gazetteer_id=item.gazetteer_id,
        region=item.region,
    )


def party_from_names(name: str, **kw: Any) -> Party:
    """A :class:`Party` with just a name (and optional fields)."""
    return Party(name=name, **kw)


def key_of_party(p: Party) -> str:
    """Identity of a party: its gazetteer id, else its folded name."""
    if p.gazetteer_id:
        return f"id:{p.gazetteer_id}"
    return "name:" + name_key(p.name)


def party_keys(p: Party) -> set[str]:
    """All identities of a party (id, Persian, English and written name keys)."""
    keys = {"name:" + name_key(p.name)}
    if p.gazetteer_id:
        keys.add(f"id:{p.gazetteer_id}")
    for n in (p.name_en, p.name_fa):
        if n:
            keys.add("name:" + name_key(n))
    return {k for k in keys if k not in ("name:", "id:")}


def date_info(year: Any) -> DateInfo | None:
    """:class:`DateInfo` from a :class:`textkit.dates.YearInfo` (or ``None``)."""
    if year is None:
        return None
    return DateInfo(
        text=year.text,
        calendar=year.calendar,
        gregorian=year.gregorian,
        iso=getattr(year, "iso", None),
    )


def _richer(a: Party, b: Party) -> Party:
    """Fill the gaps of *a* from *b* (same place seen twice)."""
    data = a.model_dump()
    for k, v in b.model_dump().items():
        if data.get(k) in (None, "") and v not in (None, ""):
            data[k] = v
    return Party(**data)


def merge_agreements(items: list[Agreement]) -> list[Agreement]:
    """Merge agreements naming the same unordered pair; keep first-seen order.

    Evidence lists are concatenated, the first known year wins, a specific
    status beats ``unknown``, confidence is the maximum.
    """
    out: list[Agreement] = []
    index: dict[str, int] = {}
    for ag in items:
        ka, kb = party_keys(ag.parties[0]), party_keys(ag.parties[1])
        p0, p1 = ag.parties
        if ka & kb and p0.country == p1.country and p0.region == p1.region:
            continue  # a place twinned with itself is a parsing error
        pair_keys = {f"{x}|{y}" for x in ka for y in kb} | {f"{y}|{x}" for x in ka for y in kb}
        hit = next((index[k] for k in pair_keys if k in index), None)
        if hit is None:
            index.update({k: len(out) for k in pair_keys})
            out.append(ag)
            continue
        old = out[hit]
        a0, a1 = old.parties
        if party_keys(a0) & ka:
            parties = [_richer(a0, ag.parties[0]), _richer(a1, ag.parties[1])]
        else:
            parties = [_richer(a0, ag.parties[1]), _richer(a1, ag.parties[0])]
        status = old.status
        if _STATUS_RANK[ag.status] > _STATUS_RANK[old.status]:
            status = ag.status
        merged = old.model_copy(
            update={
                "parties": parties,
                "year": old.year if old.year is not None else ag.year,
                "date": old.date if old.date is not None else ag.date,
                "status": status,
                "kind": old.kind or ag.kind,
                "evidence": old.evidence + ag.evidence,
                "confidence": max(old.confidence, ag.confidence),
            }
        )
        out[hit] = merged
        index.update({k: hit for k in pair_keys})
    return out


def merge_memberships(items: list[Any]) -> list[Any]:
    """Drop repeated (city, organisation) memberships, keeping all evidence."""
    out: list[Any] = []
    index: dict[tuple[str, str], int] = {}
    for m in items:
        k = (key_of_party(m.city), m.organisation_id or name_key(m.organisation))
        if k in index:
            old = out[index[k]]
            out[index[k]] = old.model_copy(
                update={
                    "evidence": old.evidence + m.evidence,
                    "confidence": max(old.confidence, m.confidence),
                }
            )
            continue
        index[k] = len(out)
        out.append(m)
    return out


def merge_designations(items: list[Any]) -> list[Any]:
    """One designation per (city, title, year); evidence lists joined."""
    out: list[Any] = []
    index: dict[tuple[str, str, int | None], int] = {}
    for d in items:
        k = (key_of_party(d.city), name_key(d.title), d.year)
        if k in index:
            old = out[index[k]]
            out[index[k]] = old.model_copy(update={"evidence": old.evidence + d.evidence})
            continue
        index[k] = len(out)
        out.append(d)
    return out


# A news dateline at the start of a paragraph: «شیراز – ۱۴ اردیبهشت ۱۳۹۸ –», "TABRIZ, 3 May 2019 –".
_DATELINE = re.compile(r"^\s*\S+(?:\s+\S+)?\s*[–—\-,،]\s*(?P<date>[^–—\-]{6,40}?)\s*[–—\-:]")


def dateline_year(blocks: list[Block]) -> Any:
    """The full date of a news item's dateline (a :class:`textkit.dates.YearInfo`
    with ``iso``), looked for in the first four blocks; ``None`` without one.

    Example:
        >>> t = "شیراز – ۱۴ اردیبهشت ۱۳۹۸ – به گزارش …"
        >>> b = Block(id="b", page=1, kind="paragraph", text=t)
        >>> dateline_year([b]).iso
        '2019-05-04'
    """
    from textkit.dates import find_years

    for b in blocks[:4]:
        m = _DATELINE.match(b.text)
        if not m:
            continue
        ys = [y for y in find_years(m.group("date")) if y.iso]
        if ys:
            return ys[0]
    return None


def dateline_fallback(agreements: list[Agreement], blocks: list[Block]) -> list[Agreement]:
    """Give the dateline's date to agreements reported as news in the item's lead.

    Rule: a formal (or unknown-status) agreement without a year whose evidence lies
    in the headline or the first two paragraphs of a news item that opens with a
    dateline («شیراز – ۱۴ اردیبهشت ۱۳۹۸ –») was, as reported, made at that date.
    The year is an inference, so confidence drops by 0.15. Planned, suspended and
    ended ties and agreements stated further down (earlier history) are left alone.
    """
    when = dateline_year(blocks)
    if when is None:
        return agreements
    lead_ids: set[str] = set()
    for i, b in enumerate(blocks[:4]):
        if _DATELINE.match(b.text):
            lead_ids = {x.id for x in blocks[: i + 2]}
            break
    out = []
    for a in agreements:
        if (
            a.year is None
            and a.status in ("formal", "unknown")
            and a.evidence
            and all(e.block in lead_ids for e in a.evidence)
        ):
            a = a.model_copy(
                update={
                    "year": when.gregorian,
                    "date": date_info(when),
                    "confidence": round(max(0.0, a.confidence - 0.15), 2),
                }
            )
        out.append(a)
    return out
