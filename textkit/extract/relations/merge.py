"""One record per fact: memberships, designations and organisations found more than
once (in a table and in prose, or in two tables) are merged, their evidence joined.

Example:
    >>> from textkit.schema import Evidence, Membership, Party
    >>> m = Membership(city=Party(name="تبریز"), organisation="مجمع شهرداران آسیایی",
    ...                source="table", evidence=[Evidence(quote="…")], confidence=0.95)
    >>> [len(x.evidence) for x in merge_memberships([m, m.model_copy(update={"confidence": 0.8})])]
    [2]
"""

from __future__ import annotations

from textkit.extract.model import name_key
from textkit.schema import Designation, Membership, Organisation, Party

__all__ = ["merge_designations", "merge_memberships", "merge_organisations"]


def _party_key(p: Party) -> str:
    """A party's identity: its gazetteer id, else its folded name."""
    return f"id:{p.gazetteer_id}" if p.gazetteer_id else "name:" + name_key(p.name)


def merge_memberships(items: list[Membership]) -> list[Membership]:
    """One membership per (city, organisation id or folded name); evidence joined, the
    highest confidence kept."""
    out: list[Membership] = []
    index: dict[tuple[str, str], int] = {}
    for m in items:
        k = (_party_key(m.city), m.organisation_id or name_key(m.organisation))
        if k not in index:
            index[k] = len(out)
            out.append(m)
            continue
        old = out[index[k]]
        out[index[k]] = old.model_copy(
            update={
                "evidence": old.evidence + m.evidence,
                "confidence": max(old.confidence, m.confidence),
            }
        )
    return out


def merge_designations(items: list[Designation]) -> list[Designation]:
    """One designation per (city, title, year); evidence joined."""
    out: list[Designation] = []
    index: dict[tuple[str, str, int | None], int] = {}
    for d in items:
        k = (_party_key(d.city), name_key(d.title), d.year)
        if k not in index:
            index[k] = len(out)
            out.append(d)
            continue
        old = out[index[k]]
        out[index[k]] = old.model_copy(update={"evidence": old.evidence + d.evidence})
    return out


def _org_keys(o: Organisation) -> set[str]:
    return {name_key(o.name)} | ({name_key(o.acronym)} if o.acronym else set())


def merge_organisations(items: list[Organisation]) -> list[Organisation]:
    """One organisation per acronym or folded name; the gaps of the first record are
    filled from the later ones, evidence joined."""
    out: list[Organisation] = []
    for o in items:
        keys = _org_keys(o)
        hit = next((i for i, x in enumerate(out) if keys & _org_keys(x)), None)
        if hit is None:
            out.append(o)
            continue
        x = out[hit]
        out[hit] = x.model_copy(
            update={
                "acronym": x.acronym or o.acronym,
                "name_en": x.name_en or o.name_en,
                "founded": x.founded or o.founded,
                "seat": x.seat or o.seat,
                "gazetteer_id": x.gazetteer_id or o.gazetteer_id,
                "evidence": x.evidence + o.evidence,
            }
        )
    return out
