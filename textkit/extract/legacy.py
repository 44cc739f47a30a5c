"""Bridge from the record-producing table, list and footnote readers to candidates.

Those readers still build :class:`~textkit.schema.Agreement` records; this module
turns each into a :class:`~textkit.extract.model.Candidate` so that
:mod:`textkit.extract.resolve` decides status, year and confidence for all sources
in one place. The reader's own status becomes the candidate's stage (``unknown`` →
none stated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textkit.dates import YearInfo
from textkit.extract.context import Context
from textkit.extract.model import Candidate, Place, SourceKind
from textkit.schema import Agreement, Party

if TYPE_CHECKING:
    from textkit.model import Block

__all__ = ["as_candidates", "footnote_agreements"]

_STRENGTH = {"table": 0.95, "list": 0.9, "footnote": 0.9, "prose": 0.85}


def footnote_agreements(blocks: list[Block], *, gazetteer: Any = None) -> list[Agreement]:
    """"Baltimore, Maryland – Xiamen, China" footnotes cited from a twinning paragraph."""
    from textkit.extract.footnotes import footnote_pairs, notes

    return footnote_pairs(blocks, notes(blocks), gazetteer, {})


def _place(p: Party, block: Block, ctx: Context) -> Place:
    entry = None
    gaz = ctx.linker.gazetteer
    if p.gazetteer_id and gaz is not None:
        entry = gaz.get(p.gazetteer_id)  # type: ignore[attr-defined]
    return Place(
        name=p.name,
        block=block.id,
        start=0,
        end=0,
        type="city",
        entry=entry,
        country=p.country,
        region=p.region,
        score=1.0 if entry is not None else 0.0,
    )


def as_candidates(agreements: list[Agreement], ctx: Context) -> list[Candidate]:
    """One candidate per record (subject = the first party)."""
    by_id = {b.id: b for b in ctx.blocks}
    out = []
    for a in agreements:
        ev = a.evidence[0]
        block = by_id.get(ev.block or "") or _by_line(ctx, ev.line)
        if block is None:
            continue
        start = ev.start if ev.start is not None else 0
        end = ev.end if ev.end is not None else len(block.text)
        year = None
        if a.year is not None:
            d = a.date
            year = YearInfo(
                text=d.text if d else str(a.year),
                calendar=d.calendar if d else "gregorian",
                gregorian=a.year,
                iso=d.iso if d else None,
            )
        source: SourceKind = a.source
        out.append(
            Candidate(
                subject=_place(a.parties[0], block, ctx),
                partner=_place(a.parties[1], block, ctx),
                source=source,
                block=block,
                start=start,
                end=end,
                strength=min(_STRENGTH.get(source, 0.85), a.confidence + 0.05),
                kind=a.kind,
                stage=None if a.status == "unknown" else a.status,
                year=year,
                year_from="table" if source in ("table", "list") else "item",
                by_contrast=a.status == "formal" and a.confidence < 0.9 and source == "table",
            )
        )
    return out


def _by_line(ctx: Context, line: int | None) -> Block | None:
    if line is None:
        return ctx.blocks[0] if ctx.blocks else None
    best = None
    for b in ctx.blocks:
        if b.line is not None and b.line <= line:
            best = b
    return best
