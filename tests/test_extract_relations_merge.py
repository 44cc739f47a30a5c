"""One record per fact (textkit.extract.relations.merge)."""

from __future__ import annotations

import pytest

from textkit.extract.relations.merge import (
    merge_designations,
    merge_memberships,
    merge_organisations,
)
from textkit.schema import Designation, Evidence, Membership, Organisation, Party


def _m(
    city: str, org: str, conf: float = 0.8, gid: str | None = None, org_id: str | None = None
) -> Membership:
    return Membership(
        city=Party(name=city, gazetteer_id=gid),
        organisation=org,
        organisation_id=org_id,
        source="prose",
        evidence=[Evidence(quote=f"{city} {org}")],
        confidence=conf,
    )


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param(
            [_m("تبریز", "مجمع شهرداران آسیایی", 0.8), _m("تبريز", "مجمع شهرداران آسيايی", 0.95)],
            [("تبریز", 2, 0.95)],
            id="same-city-and-organisation-by-folded-name",
        ),
        pytest.param(
            [
                _m("Tabriz", "Metropolis", gid="c:1", org_id="o:m"),
                _m("تبریز", "متروپلیس", gid="c:1", org_id="o:m"),
            ],
            [("Tabriz", 2, 0.8)],
            id="same-ids",
        ),
        pytest.param(
            [_m("تبریز", "مجمع شهرداران آسیایی"), _m("مشهد", "مجمع شهرداران آسیایی")],
            [("تبریز", 1, 0.8), ("مشهد", 1, 0.8)],
            id="two-cities",
        ),
        pytest.param([], [], id="empty"),
    ],
)
def test_extract_relations_merge_memberships(
    items: list[Membership], expected: list[tuple[str, int, float]]
) -> None:
    assert [
        (m.city.name, len(m.evidence), m.confidence) for m in merge_memberships(items)
    ] == expected


def _d(city: str, title: str, year: int | None) -> Designation:
    return Designation(
        city=Party(name=city),
        title=title,
        year=year,
        evidence=[Evidence(quote=title)],
        confidence=0.8,
    )


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param(
            [
                _d("اصفهان", "پایتخت فرهنگی جهان اسلام", 2006),
                _d("اصفهان", "پایتخت فرهنگی  جهان اسلام", 2006),
            ],
            [(2006, 2)],
            id="same-title-and-year",
        ),
        pytest.param(
            [
                _d("اصفهان", "پایتخت فرهنگی جهان اسلام", 2006),
                _d("اصفهان", "پایتخت فرهنگی جهان اسلام", 2007),
            ],
            [(2006, 1), (2007, 1)],
            id="different-years",
        ),
        pytest.param([], [], id="empty"),
    ],
)
def test_extract_relations_merge_designations(
    items: list[Designation], expected: list[tuple[int, int]]
) -> None:
    assert [(d.year, len(d.evidence)) for d in merge_designations(items)] == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param(
            [
                Organisation(name="سازمان متروپلیس", acronym="METROPOLIS", founded=1985),
                Organisation(name="Metropolis", acronym="METROPOLIS", seat="Barcelona"),
            ],
            [("سازمان متروپلیس", 1985, "Barcelona")],
            id="same-acronym-gaps-filled",
        ),
        pytest.param(
            [
                Organisation(name="Asian Mayors Forum"),
                Organisation(name="asian mayors  forum", founded=2007),
            ],
            [("Asian Mayors Forum", 2007, None)],
            id="same-folded-name",
        ),
        pytest.param(
            [Organisation(name="UCLG"), Organisation(name="ICLEI")],
            [("UCLG", None, None), ("ICLEI", None, None)],
            id="different",
        ),
        pytest.param([], [], id="empty"),
    ],
)
def test_extract_relations_merge_organisations(
    items: list[Organisation], expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert [(o.name, o.founded, o.seat) for o in merge_organisations(items)] == expected
