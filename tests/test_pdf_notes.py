"""Footnote bodies recognised by the number of a marker cited just before (readers.pdf)."""

from __future__ import annotations

from textkit.layout.assemble import _notes_by_citation
from textkit.layout.blocks import Para
from textkit.layout.lines import Line


def _para(
    text: str, *, size: float = 10.0, direction: str = "rtl", markers: tuple[str, ...] = ()
) -> Para:
    ln = Line([], x0=0, x1=100, top=0, bottom=size, size=size, direction=direction, text=text)
    return Para(1, [ln], text=text, direction=direction, markers=list(markers))


def test_pdf_notes_body_size_note_in_other_direction() -> None:
    citing = _para("به گفته زلینسکی1 نخستین پیوند.", markers=("1",))
    note = _para("1 Zelinsky", direction="ltr")
    _notes_by_citation([citing, note], 10.0)
    assert note.kind == "footnote"
    assert note.label == "1"


def test_pdf_notes_glued_small_number() -> None:
    citing = _para("سان آنتونیو۱۵، شهری در تگزاس.", markers=("۱۵",))
    note = _para("۱۵SAN ANTONIO", size=8.5, direction="ltr")
    _notes_by_citation([citing, note], 10.0)
    assert note.kind == "footnote"


def test_pdf_notes_paragraph_starting_with_a_number_is_not_a_note() -> None:
    citing = _para("در این سال ۲۰ شهر۲۰ پیوستند.", markers=("۲۰",))
    para = _para("۲۰ درصد از شهرها در آسیا هستند.")
    _notes_by_citation([citing, para], 10.0)
    assert para.kind == "paragraph"


def test_pdf_notes_uncited_number() -> None:
    para = _para("3 Zelinsky", direction="ltr")
    _notes_by_citation([_para("بند بی‌پانوشت."), para], 10.0)
    assert para.kind == "paragraph"


def test_pdf_notes_marker_used_once() -> None:
    citing = _para("به گفته زلینسکی1 نخستین پیوند.", markers=("1",))
    first = _para("1 Zelinsky", direction="ltr")
    second = _para("1 Other", direction="ltr")
    _notes_by_citation([citing, first, second], 10.0)
    assert [first.kind, second.kind] == ["footnote", "paragraph"]
