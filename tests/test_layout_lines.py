"""Glyphs → lines → text (textkit.layout.lines), on hand-placed glyphs."""

from __future__ import annotations

import pytest

from textkit.layout.lines import Glyph, bracket_votes, cluster_lines, last_strong, line_text

SIZE = 10.0


def _word_glyphs(
    words: list[str],
    *,
    x: float = 300.0,
    top: float = 100.0,
    gap: float = 3.0,
    advance: float = 5.0,
    rtl: bool = True,
) -> list[Glyph]:
    """Glyphs for ``words`` (logical order) set as a line: right to left when ``rtl``."""
    out: list[Glyph] = []
    if rtl:
        right = x
        for w in words:
            for ch in w:
                out.append(Glyph(right - advance, right, top, top + SIZE, SIZE, ch, "F"))
                right -= advance
            right -= gap
    else:
        left = x
        for w in words:
            for ch in w:
                out.append(Glyph(left, left + advance, top, top + SIZE, SIZE, ch, "F"))
                left += advance
            left += gap
    return out


def _text(glyphs: list[Glyph], **kw: object) -> str:
    lines = cluster_lines(glyphs)
    assert len(lines) == 1
    return line_text(lines[0], **kw).text  # type: ignore[arg-type]


def test_lines_empty() -> None:
    assert cluster_lines([]) == []


def test_lines_words_from_gaps_without_space_glyphs() -> None:
    # XeLaTeX writes no space glyphs: the gap alone separates words
    assert _text(_word_glyphs(["خواهر", "شهر"])) == "خواهر شهر"


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        pytest.param(0.0, "خواهرشهر", id="no-gap-one-word"),
        pytest.param(0.5, "خواهرشهر", id="tiny-gap-one-word"),
        pytest.param(2.5, "خواهر شهر", id="word-gap"),
    ],
)
def test_lines_gap_threshold_scales_with_size(gap: float, expected: str) -> None:
    assert _text(_word_glyphs(["خواهر", "شهر"], gap=gap)) == expected


def test_lines_zero_advance_space_glyph_is_zwnj() -> None:
    g = _word_glyphs(["می", "شود"], gap=0.0)
    # a space glyph between the words that takes no room: a ZWNJ in disguise
    g.insert(2, Glyph(g[1].x0 - 2.0, g[1].x0, 100, 110, SIZE, " ", "F"))
    assert _text(g) == "می\u200cشود"


def test_lines_kashida_dropped_without_splitting() -> None:
    g = _word_glyphs(["سلام"], gap=0.0)
    # an unmapped kashida glyph drawn between س and ل (pdfminer: "(cid:30)")
    s_glyph = g[0]
    g.insert(1, Glyph(s_glyph.x0 - 4, s_glyph.x0, 100, 110, SIZE, "(cid:30)", "F"))
    for k in g[2:]:
        k.x0 -= 4
        k.x1 -= 4
    assert _text(g) == "سلام"


def test_lines_superscript_marker_glued_to_its_word() -> None:
    g = _word_glyphs(["زلینسکی", "گفت"], gap=7.0)
    word_end = g[6]  # last letter of the first word (left-most of it)
    g.append(Glyph(word_end.x0 - 4, word_end.x0 - 0.5, 98, 105, 6.0, "۱", "F"))
    lines = cluster_lines(g)
    assert len(lines) == 1
    ln = line_text(lines[0])
    assert ln.text.startswith("زلینسکی۱ ")
    assert ln.markers == [("۱", 7)]


def test_lines_leading_superscript_is_lead_marker() -> None:
    g = _word_glyphs(["Zelinsky"], x=100.0, rtl=False)
    g.insert(0, Glyph(95.5, 99.5, 98, 105, 6.0, "1", "F"))
    ln = line_text(cluster_lines(g)[0])
    assert ln.lead_marker == "1"
    assert ln.text == "1Zelinsky"


def test_lines_separate_lines_by_vertical_position() -> None:
    g = _word_glyphs(["یک"], top=100) + _word_glyphs(["دو"], top=115)
    lines = cluster_lines(g)
    assert [line_text(ln).text for ln in lines] == ["یک", "دو"]


def test_lines_misencoded_kashida_letter_dropped() -> None:
    g = _word_glyphs(["سال"], gap=0.0)
    a = g[1]  # ا
    g.insert(1, Glyph(a.x1, a.x1 + 2.0, 100, 110, SIZE, "A", "F"))  # touching both neighbours
    g[0].x0 += 2
    g[0].x1 += 2
    assert _text(g) == "سال"


def test_lines_bracket_votes_per_font() -> None:
    # "(Smith)" in a Persian line, brackets mapped by shape:
    # a mirrored pair reads ")Smith(" unless swapped
    g = _word_glyphs(["ﺩﺭ", "ﺷﻬﺮ"]) + _word_glyphs(["(Smith)"], x=200.0, rtl=False)
    lines = cluster_lines(g)
    votes = bracket_votes(lines)
    assert votes.shape("F") is True
    assert line_text(lines[0], swap_brackets=votes).text == "در شهر (Smith)"


@pytest.mark.parametrize(
    ("text", "expected"), [("", None), ("12", None), ("(Gibbs,", "L"), ("شهر 12", "R")]
)
def test_lines_last_strong(text: str, expected: str | None) -> None:
    assert last_strong(text) == expected


@pytest.mark.parametrize(
    ("advance", "expected"),
    [
        pytest.param(0.0, "می\u200cشود", id="zwnj-glyph-without-advance-is-zwnj"),
        pytest.param(2.6, "می شود", id="zwnj-glyph-with-advance-is-a-space"),
    ],
)
def test_lines_zwnj_glyph_decided_by_geometry(advance: float, expected: str) -> None:
    # LibreOffice's RTL font subset maps its space glyph to U+200C: the gap tells them apart
    g = _word_glyphs(["می", "شود"], gap=advance)
    left_of_mi = g[1].x0
    g.insert(2, Glyph(left_of_mi - 2.6, left_of_mi, 100, 110, SIZE, "\u200c", "F"))
    assert _text(g) == expected


def _set_rtl(parts: list[tuple[str, str]], *, x: float = 300.0) -> list[Glyph]:
    """Glyphs for (text, font) pairs in logical order, set right to left with no gaps."""
    out: list[Glyph] = []
    right = x
    for text, font in parts:
        width = 2.4 if text in "()" else 5.0
        out.append(Glyph(right - width, right, 100, 100 + SIZE, SIZE, text, font))
        right -= width
    return out


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # Noto Naskh subset maps kashida to ")": same font, after a dual-joining letter
        ([("ش", "N"), (")", "N"), ("گ", "N")], "شگ"),
        ([("ن", "N"), (")", "N"), (")", "N"), ("و", "N")], "نو"),
        # a real bracket from a fallback font stays
        ([("ب", "N"), ("(", "D"), ("ه", "N")], "ب(ه"),
        # after a letter that never joins forward there is no kashida: the bracket
        # stays (glued on both sides and closing nothing, it is read as opening)
        ([("د", "N"), (")", "N"), ("ه", "N")], "د(ه"),
        # a hyphen between Persian letters is a compound, not a stretch
        ([("ت", "N"), ("-", "N"), ("ش", "N")], "ت-ش"),
        # a bracket before Persian punctuation is a bracket
        ([("ن", "N"), (")", "N"), ("؛", "N")], "ن)؛"),
    ],
)
def test_lines_kashida_mapped_to_a_sign(parts: list[tuple[str, str]], expected: str) -> None:
    assert _text(_set_rtl(parts)).replace("\u200c", "") == expected


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("«", "»"), ("»", "«")],  # glyphs mapped by character (Chromium, Noto Naskh) or by shape
)
def test_lines_guillemets_voted_by_glued_side(opening: str, closing: str) -> None:
    # a quotation over two lines: «بر پایه / زبان» — no line balances on its own
    first = _word_glyphs(["گفت", opening + "بر", "پایه"], top=100)
    second = _word_glyphs(["زبان" + closing, "است"], top=115)
    lines = cluster_lines(first + second)
    votes = bracket_votes(lines)
    texts = [line_text(ln, swap_brackets=votes).text for ln in lines]
    assert texts == ["گفت «بر پایه", "زبان» است"]
