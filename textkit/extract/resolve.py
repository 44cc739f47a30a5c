"""Candidates → agreements: the one place that merges evidence and decides status,
kind, year and confidence.

Candidates that name the same two places (same gazetteer entry, or same folded name
and no conflicting country) are one agreement; every candidate stays in its
``evidence``. Then, once:

* **status** (:func:`decide_status`): a tie that the text says never came to be
  («به امضا نرسید», "was never signed") is dropped unless other evidence says it was
  concluded; otherwise the most decisive stage written wins — ``ended`` >
  ``suspended`` > ``informal`` > ``formal`` > renewed (``formal``, inferred) >
  ``planned``. When no evidence says
  anything of the stage but a twinning word states the tie as a fact ("X's sister
  cities", «خواهرخوانده است»), the status is ``formal`` with lower confidence; with no
  twinning word at all it stays ``unknown``.
* **kind**: the kind named by the strongest evidence (a friendship city or a
  partnership stays so; it is never relabelled a sister city).
* **year**: a year written with the partner beats one written elsewhere in the
  statement, which beats the document's own date ("today"); among equals, the
  earliest (the first signing, not a renewal). A planned tie gets no year from the
  document's date.
* **confidence** (how direct the evidence is, not how likely the fact is):
  0.95 a table row; 0.9 a list under a heading naming the subject city; 0.85 a
  sentence with a pairing construction (between, «با», the owner of the twinning
  word); 0.75 a twinning sentence naming both places; 0.6 one place only (the other
  is the document's subject city) or a sentence continuing a twinning sentence;
  then +0.04 when both parties are linked to the gazetteer, −0.1 when the status is
  inferred by contrast, −0.05 when it is inferred from the twinning word alone,
  −0.1 when the year is the document's date; at most 0.99.

Example:
    >>> decide_status(["planned", "formal"]), decide_status([None], has_kind=True)
    (('formal', False), ('formal', True))
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textkit.extract.model import Candidate, Place, name_key
from textkit.schema import Agreement, DateInfo, Evidence, Party

if TYPE_CHECKING:
    from textkit.dates import YearInfo

__all__ = ["decide_status", "resolve"]

_PRECEDENCE = ("ended", "suspended", "informal", "formal", "renewed", "planned", "formal-weak")
_YEAR_RANK = {"item": 0, "table": 0, "clause": 1, "document": 2}


def decide_status(
    stages: Iterable[str | None], *, has_kind: bool = False
) -> tuple[str, bool] | None:
    """(status, inferred) from the stages the evidence states; ``None`` to drop the tie.

    Example:
        >>> decide_status(["negated"]) is None, decide_status([None])
        (True, ('unknown', False))
    """
    written = [s for s in stages if s]
    if "negated" in written and not any(s in ("formal", "ended", "suspended") for s in written):
        return None
    for status in _PRECEDENCE:
        if status in written:
            # a noun of signing alone («انعقاد», "signing") says the tie is concluded,
            # less directly than a verb
            # and a renewal says it exists (a tie renewed, or to be renewed, was concluded)
            if status in ("formal-weak", "renewed"):
                return "formal", True
            return status, False
    return ("formal", True) if has_kind else ("unknown", False)


class _Places:
    """Union of the places named by all candidates: one identity per place.

    Names are compared without their country unless one name is written with two
    different countries in the document (Toledo, Spain and Toledo, Ohio): then the
    country is part of the identity.
    """

    def __init__(self, places: Iterable[Place]) -> None:
        self.parent: dict[str, str] = {}
        countries: dict[str, set[str]] = {}
        for p in places:
            for n in _names(p):
                if p.country and p.qualified:
                    countries.setdefault(n, set()).add(p.country)
        self.ambiguous = {n for n, cc in countries.items() if len(cc) > 1}

    def find(self, key: str) -> str:
        while self.parent.setdefault(key, key) != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def add(self, p: Place) -> str:
        keys = [f"id:{p.entry.id}"] if p.entry is not None else []
        for n in sorted(_names(p)):
            keys.append(f"name:{n}:{p.country or ''}" if n in self.ambiguous else f"name:{n}")
        keys = keys or [f"raw:{p.name}"]
        for k in keys[1:]:
            self.union(keys[0], k)
        return self.find(keys[0])


#: How alike two spellings of an unlinked name must be to be one place in one document.
SPELLING_MIN = 85.0


def _join_spellings(places: _Places, found: list[Place]) -> None:
    """One writer's two transliterations of a place the gazetteer lacks («دامبوویتا»,
    «دامبووتیا»; "Tsao Twen", "Tsaotwen") are one place: unlinked names of five letters
    or more, in no two different countries, that rapidfuzz scores at least
    :data:`SPELLING_MIN`."""
    from rapidfuzz.fuzz import ratio

    unlinked: dict[str, Place] = {}
    for p in found:
        if p.entry is None and len(name_key(p.name)) >= 5:
            unlinked.setdefault(name_key(p.name), p)
    keys = sorted(unlinked)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            pa, pb = unlinked[a], unlinked[b]
            if pa.country and pb.country and pa.country != pb.country:
                continue
            if ratio(a, b) >= SPELLING_MIN:
                places.union(places.add(pa), places.add(pb))


def _names(p: Place) -> set[str]:
    names = {name_key(p.name)}
    if p.entry is not None:
        names |= {name_key(p.entry.name_en), name_key(p.entry.name_fa)}
    return names - {""}


def resolve(candidates: list[Candidate]) -> list[Agreement]:
    """Merge *candidates* into agreements (see the module doc), in document order."""
    places = _Places(p for c in candidates for p in (c.subject, c.partner))
    for c in candidates:  # first every identity, then the groups (roots are final)
        places.add(c.subject)
        places.add(c.partner)
    _join_spellings(places, [p for c in candidates for p in (c.subject, c.partner)])
    groups: dict[frozenset[str], list[tuple[str, Candidate]]] = {}
    for c in candidates:
        a, b = places.add(c.subject), places.add(c.partner)
        if a == b:
            continue
        groups.setdefault(frozenset((a, b)), []).append((a, c))
    out = []
    for group in groups.values():
        agreement = _agreement(group)
        if agreement is not None:
            out.append(agreement)
    return out


def _agreement(rooted: list[tuple[str, Candidate]]) -> Agreement | None:
    group = [c for _, c in rooted]
    decided = decide_status(
        [c.stage for c in group], has_kind=any(c.kind is not None for c in group)
    )
    if decided is None:
        return None
    status, inferred = decided
    best_root, best = max(rooted, key=lambda rc: rc[1].strength)
    # every mention of the subject's place, whichever side its candidate wrote it on
    sides = [
        (c.subject, c.partner) if r == best_root else (c.partner, c.subject) for r, c in rooted
    ]
    subject = _richest([a for a, _ in sides if not a.implicit] or [a for a, _ in sides])
    partner = _richest([b for _, b in sides if not b.implicit] or [b for _, b in sides])
    year, year_from = _decide_year(group, status)
    confidence = best.strength
    if subject.entry is not None and partner.entry is not None:
        confidence += 0.04
    if inferred:
        confidence -= 0.05
    if any(c.by_contrast for c in group if c.stage == status):
        confidence -= 0.1
    if year_from == "document":
        confidence -= 0.1
    return Agreement(
        parties=[_party(subject), _party(partner)],
        year=year.gregorian if year else None,
        date=_date(year),
        status=status,
        kind=best.kind or next((c.kind for c in group if c.kind), None),
        source=best.source,
        evidence=_evidence(group),
        confidence=round(max(0.0, min(0.99, confidence)), 2),
    )


def _richest(places: list[Place]) -> Place:
    """The most informative spelling of a place: linked, qualified, longest name."""
    return max(
        places, key=lambda p: (p.qualified, p.entry is not None, p.country is not None, -p.start)
    )


def _decide_year(group: list[Candidate], status: str) -> tuple[YearInfo | None, str | None]:
    years = [
        (c.year, c.year_from or "clause")
        for c in group
        if c.year is not None and not (status == "planned" and c.year_from == "document")
    ]
    if not years:
        return None, None
    best = min(years, key=lambda y: (_YEAR_RANK.get(y[1], 1), y[0].gregorian))
    return best


def _date(year: YearInfo | None) -> DateInfo | None:
    if year is None:
        return None
    return DateInfo.model_validate(
        {"text": year.text, "calendar": year.calendar, "gregorian": year.gregorian, "iso": year.iso}
    )


def _party(p: Place) -> Party:
    e = p.entry
    fa_written = any("\u0600" <= ch <= "\u06ff" for ch in p.name)
    return Party(
        name=p.name,
        name_en=(e.name_en or None) if e is not None else (None if fa_written else p.name),
        name_fa=(e.name_fa or None) if e is not None else (p.name if fa_written else None),
        country=p.country or (e.country if e is not None else None),
        gazetteer_id=e.id if e is not None else None,
        region=p.region,
    )


def _evidence(group: list[Candidate]) -> list[Evidence]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in sorted(group, key=lambda c: -c.strength):
        key = (c.block.id, c.start, c.end)
        if key in seen:
            continue
        seen.add(key)
        whole = c.quote is None
        out.append(
            Evidence(
                page=c.block.page,
                block=c.block.id,
                quote=c.block.text[c.start : c.end] if whole else c.quote or "",
                start=c.start if whole else None,
                end=c.end if whole else None,
                line=c.block.line,
                source=c.source,
            )
        )
    return out
