"""Visual → logical reordering of one line (textkit.layout.bidi).

Each case gives a line as drawn (left to right, one character per glyph) and
the text in logical order.
"""

from __future__ import annotations

import pytest

from textkit.layout.bidi import digit_runs_split, mirror, reorder, unit_class, visual_to_logical


@pytest.mark.parametrize(
    ("visual", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("مالس", "سلام", id="one-word"),
        pytest.param("ناریا رد زاریش", "شیراز در ایران", id="words"),
        pytest.param("۱۹۸۲ لاس رد", "در سال ۱۹۸۲", id="persian-number-stays-ltr"),
        pytest.param("1982 لاس رد", "در سال 1982", id="latin-number-stays-ltr"),
        pytest.param("Shiraz رد", "در Shiraz", id="latin-word"),
        pytest.param("New York رهش", "شهر New York", id="latin-phrase-keeps-order"),
        pytest.param("Ogawa, 2012:17 کی", "یک Ogawa, 2012:17", id="w7-number-after-latin-joins-it"),
        pytest.param("۱۴ :۱۳۹۱ :دیرف", "فرید: ۱۳۹۱: ۱۴", id="numbers-separated-by-colon-space"),
        pytest.param("۱۳۹۸/۰۸/۱۱ خیرات", "تاریخ ۱۳۹۸/۰۸/۱۱", id="date-with-slashes-one-number"),
        pytest.param(
            "۵۶-۵۷ :۱۳۹۳ ،یلیلج", "جلیلی، ۱۳۹۳: ۵۷-۵۶", id="w2-arabic-number-range-not-joined"
        ),
        pytest.param("٪۲۵ شیازفا", "افزایش ۲۵٪", id="w2-percent-after-arabic-number"),
        pytest.param(
            ">https://x.org/a-b< :عبنم",
            "منبع: <https://x.org/a-b>",
            id="url-brackets-mapped-to-characters",
        ),
        pytest.param("Gibbs, شخصی", "یصخش Gibbs,", id="latin-run-ending-the-line-keeps-its-comma"),
    ],
)
def test_bidi_reorder_rtl(visual: str, expected: str) -> None:
    assert reorder(visual, "rtl") == expected


@pytest.mark.parametrize(
    ("visual", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("Hossein Tafazzoli", "Hossein Tafazzoli", id="latin-only"),
        pytest.param(
            "shabestan.ir (1398), نارهت یگدناوخرهاوخ",
            "shabestan.ir (1398), خواهرخواندگی تهران",
            id="persian-run-in-ltr-line",
        ),
    ],
)
def test_bidi_reorder_ltr(visual: str, expected: str) -> None:
    assert reorder(visual, "ltr") == expected


def test_bidi_paragraph_start_number_is_european() -> None:
    # at a paragraph start no Persian letter precedes the number (UBA W2 sees sos): "-" joins it
    visual = list(":(۱۳۶۰-۱۳۵۷)")  # drawn mirrored: shapes as the glyphs show them
    start = "".join(visual[i] for i, _ in visual_to_logical(visual, "rtl", para_start=True))
    inside = "".join(visual[i] for i, _ in visual_to_logical(visual, "rtl"))
    assert "۱۳۶۰-۱۳۵۷" in start
    assert "۱۳۵۷-۱۳۶۰" in inside


def test_bidi_carry_latin_from_previous_line() -> None:
    # "(Gibbs, et al," ended the previous line: the numbers continue the Latin run
    visual = list(".)2015: 15-16")
    with_carry = "".join(visual[i] for i, _ in visual_to_logical(visual, "rtl", carry="L"))
    assert with_carry.startswith("2015: 15-16")


def test_bidi_swap_brackets() -> None:
    assert reorder("(Ogawa) دیرف", swap_brackets=True) == "فرید (Ogawa)"
    assert reorder("(Ogawa) دیرف", swap_brackets=False) == "فرید )Ogawa("


def test_bidi_bracket_inside_latin_box() -> None:
    # xepersian "(\lr{UNDP)}": the run's own ")" then the mirrored "(" drawn as ")"
    assert reorder("UNDP)) للم", swap_brackets=True) == "ملل (UNDP)"


def test_bidi_lam_alef_unit_keeps_inner_order() -> None:
    units = ["ی", "م", "لا", "س", "ا"]  # «اسلامی» drawn right to left, lam-alef as one glyph
    assert "".join(units[i] for i, _ in visual_to_logical(units, "rtl")) == "اسلامی"


@pytest.mark.parametrize(
    ("unit", "cls"),
    [
        ("", "O"),
        ("ب", "R"),
        ("لا", "R"),
        ("a", "L"),
        ("۱", "N"),
        ("1", "N"),
        (":", "S"),
        ("-", "E"),
        ("%", "T"),
        (" ", "W"),
        ("(", "O"),
    ],
)
def test_bidi_unit_class(unit: str, cls: str) -> None:
    assert unit_class(unit) == cls


@pytest.mark.parametrize(
    ("ch", "expected"), [("(", ")"), (")", "("), ("«", "»"), ("[", "]"), ("a", "a"), ("", "")]
)
def test_bidi_mirror(ch: str, expected: str) -> None:
    assert mirror(ch) == expected


def test_bidi_line_end_space_between_latin_run_and_bracket() -> None:
    # LibreOffice draws the line-end space after the run: "World (" for «بانک جهانی (World⏎Bank)»
    assert reorder("World ( یناهج کناب").strip() == "بانک جهانی (World"


def test_bidi_carry_latin_keeps_closing_bracket_with_the_run() -> None:
    # "(Ogawa," ended the previous line; this one starts "2012:16). در …" (rule N0)
    visual = list("رد 2012:16).")
    order = visual_to_logical(visual, "rtl", carry="L")
    assert "".join(visual[i] for i, _ in order) == "2012:16). در"


@pytest.mark.parametrize(
    ("visual", "signs_join", "expected"),
    [
        (["ز", "ا", " ", "۴", "۰", "٪", " ", "ش"], True, "ش ۴۰٪ از"),  # XeTeX draws «۴۰٪»
        (["ز", "ا", " ", "٪", "۴", "۰", " ", "ش"], False, "ش ۴۰٪ از"),  # the UBA draws «٪۴۰»
        ([], True, ""),
    ],
)
def test_bidi_tex_percent_sign_joins_its_number(
    visual: list[str], signs_join: bool, expected: str
) -> None:
    order = visual_to_logical(visual, "rtl", signs_join=signs_join)
    assert "".join(visual[i] for i, _ in order) == expected


@pytest.mark.parametrize(
    ("lines", "split"),
    [
        ([], False),
        ([list("۱۲/۰۴/۱۳۸۵")], True),  # year drawn last: runs set right to left
        ([list("۱۳۸۵/۰۴/۱۲")], False),  # year drawn first: one UBA run
        ([list("(۱۳۸۷:۱۱۰ ،یلنیز)"), list("درایلیم ۹/۸")], False),
        ([list("۱۱۰:۱۳۸۷"), list("۰۲/۱۱/۱۳۸۹"), list("۱۳۹۹:۸")], True),  # majority
        ([list("۱۲/۰۴")], False),  # no year: no vote
    ],
)
def test_layout_bidi_digit_runs_split_votes_by_year_position(
    lines: list[list[str]], split: bool
) -> None:
    assert digit_runs_split(lines) is split


@pytest.mark.parametrize(
    ("visual", "split", "logical"),
    [
        ("", True, ""),
        ("۱۲/۰۴/۱۳۸۵", True, "۱۳۸۵/۰۴/۱۲"),
        ("۱۲/۰۴/۱۳۸۵", False, "۱۲/۰۴/۱۳۸۵"),
        ("دش ۳۰:۱۲ تعاس", True, "ساعت ۱۲:۳۰ شد"),
        ("Ogawa, 2012:17", True, "Ogawa, 2012:17"),  # Latin digits keep the UBA reading
    ],
)
def test_layout_bidi_split_numbers_reads_runs_right_to_left(
    visual: str, split: bool, logical: str
) -> None:
    units = list(visual)
    order = visual_to_logical(units, "rtl", split_numbers=split)
    assert "".join(units[i] for i, _ in order) == logical
