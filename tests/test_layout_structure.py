"""Columns, furniture, blocks and footnote placement (textkit.layout)."""

from __future__ import annotations

from types import SimpleNamespace as Box

import pytest

from textkit.layout.blocks import Para, classify, detect_label, lines_to_paras
from textkit.layout.columns import bands, reading_order
from textkit.layout.footnotes import place_footnotes
from textkit.layout.furniture import find_furniture, shape_key
from textkit.layout.joins import join_lines
from textkit.layout.lines import Line


def _box(x0: float, x1: float, top: float, h: float = 10.0) -> Box:
    return Box(x0=x0, x1=x1, top=top, bottom=top + h)


def test_columns_empty() -> None:
    assert reading_order([], gutter=10) == []
    assert bands([]) == []


def test_columns_two_columns_under_a_full_width_title() -> None:
    title = [_box(50, 550, 0)]
    right = [_box(310, 550, 30 + 15 * k) for k in range(6)]
    left = [_box(50, 290, 33 + 15 * k) for k in range(6)]  # baselines offset from the right column
    regions = reading_order(title + left + right, gutter=15, rtl=True)
    assert [r[0].x0 for r in regions] == [50, 310, 50]
    assert len(regions[1]) == 6
    assert len(regions[2]) == 6
    ltr = reading_order(title + left + right, gutter=15, rtl=False)
    assert [r[0].x0 for r in ltr] == [50, 50, 310]


def test_columns_single_column_stays_one_region() -> None:
    # justified lines and a short last line: no gutter, one flow
    lines = [_box(50, 550, 15 * k) for k in range(5)] + [_box(300, 550, 75)]
    assert len(reading_order(lines, gutter=15)) == 1


def test_columns_margin_is_not_a_gutter() -> None:
    # a centred header over a two-column body must not pull the body into one column
    header = [_box(200, 390, 0)]
    body_r = [_box(310, 550, 30 + 15 * k) for k in range(3)]
    body_l = [_box(50, 290, 30 + 15 * k) for k in range(3)]
    regions = reading_order(header + body_l + body_r, gutter=15)
    assert len(regions) == 3
    assert regions[0][0].x0 == 200


def _line(
    text: str,
    top: float,
    *,
    x0: float = 50,
    x1: float = 550,
    size: float = 10.0,
    direction: str = "rtl",
    lead: str | None = None,
    bold: bool = False,
) -> Line:
    ln = Line(
        [],
        x0=x0,
        x1=x1,
        top=top,
        bottom=top + size,
        size=size,
        direction=direction,
        text=text,
        bold=bold,
    )
    ln.lead_marker = lead
    return ln


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", ""), ("۱۲", "#"), ("صفحه ۱۲", "صفحه#"), ("Page 3 of 10", "Page#of#")],
)
def test_furniture_shape_key(text: str, expected: str) -> None:
    assert shape_key(text) == expected


def test_furniture_repeated_header_and_page_numbers() -> None:
    pages = []
    for n in range(1, 5):
        body = [
            _line("سطر " + "ب" * (n + 3 * k), 60 + 15 * k) for k in range(6)
        ]  # text differs page to page
        pages.append([_line("تفضلی و همکاران", 20), *body, _line(str(n), 800, x0=295, x1=300)])
    furniture = find_furniture(pages)
    for lines in pages:
        flagged = [ln.text for ln in lines if id(ln) in furniture]
        assert flagged == ["تفضلی و همکاران", lines[-1].text]


def test_furniture_single_page_has_none() -> None:
    assert find_furniture([[_line("عنوان", 20), _line("۱", 800)]]) == set()


@pytest.mark.parametrize(
    ("texts", "direction", "expected"),
    [
        pytest.param([], "rtl", "", id="empty"),
        pytest.param(
            ["bring na-", "tions closer"], "ltr", "bring nations closer", id="english-hyphenation"
        ),
        pytest.param(
            ["COVID-19 era: <https://www.x.org/up-", "front/2020/>"],
            "ltr",
            "COVID-19 era: <https://www.x.org/up-front/2020/>",
            id="url-broken-at-line-end",
        ),
        pytest.param(
            ["Review, 12(3). https://doi.org/10.5555/usr.", "2018.0123"],
            "ltr",
            "Review, 12(3). https://doi.org/10.5555/usr.2018.0123",
            id="url-broken-after-a-dot",
        ),
        pytest.param(
            ["see https://a.org/x.", "The next sentence."],
            "ltr",
            "see https://a.org/x. The next sentence.",
            id="url-ends-a-sentence",
        ),
        pytest.param(["خواهر", "شهرها"], "rtl", "خواهر شهرها", id="persian"),
        pytest.param(["دولت-", "شهرها"], "rtl", "دولت-شهرها", id="persian-compound-hyphen"),
        pytest.param(["(UN-", "HABITAT)"], "rtl", "(UN-HABITAT)", id="latin-compound-hyphen"),
        pytest.param(
            ["سازمان ملل (", "UNDP)"], "rtl", "سازمان ملل (UNDP)", id="after-opening-bracket"
        ),
    ],
)
def test_blocks_join_lines(texts: list[str], direction: str, expected: str) -> None:
    assert join_lines(texts, direction) == expected


def test_blocks_paragraph_breaks() -> None:
    lines = [
        _line("عنوان بزرگ", 0, x0=400, size=14, bold=True),
        _line("سطر یک بند نخست", 30),
        _line("سطر دو بند نخست", 42, x0=300),  # short: the paragraph ends
        _line("بند دوم", 54),
        _line("• فهرست", 66),
        _line("۱Zelinsky", 80, size=8, direction="ltr", lead="۱"),
    ]
    paras = lines_to_paras(lines, 1, {10: 12.0, 8: 10.0})
    assert [[ln.text for ln in p.lines] for p in paras] == [
        ["عنوان بزرگ"],
        ["سطر یک بند نخست", "سطر دو بند نخست"],
        ["بند دوم"],
        ["• فهرست"],
        ["۱Zelinsky"],
    ]
    assert [classify(p, 10.0) for p in paras] == [
        "heading",
        "paragraph",
        "paragraph",
        "list_item",
        "footnote",
    ]


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("۱۵SAN ANTONIO", 8.5, "۱۵"),
        ("2Choral Synagogue", 8.5, "2"),
        ("۱۵SAN", 12.0, None),
        ("1998 was", 8.5, None),
        ("", 8.5, None),
    ],
)
def test_blocks_detect_printed_label(text: str, size: float, expected: str | None) -> None:
    ln = _line(text, 0, size=size)
    detect_label(ln, 12.0)
    assert ln.lead_marker == expected


def _para(
    text: str,
    kind: str = "paragraph",
    markers: tuple[str, ...] = (),
    label: str | None = None,
    direction: str = "rtl",
) -> Para:
    p = Para(
        1,
        [_line(text, 0), _line(text, 12)],
        kind=kind,
        label=label,
        markers=list(markers),
        text=text,
        direction=direction,
    )
    return p


def test_footnotes_follow_the_citing_paragraph() -> None:
    a = _para("بند یک زلینسکی۱ و سینسیناتی۲.", markers=("۱", "۲"))
    b = _para("بند دو بی‌پانوشت.")
    n2 = _para("2Cincinnati", kind="footnote", label="2", direction="ltr")
    n1 = _para("1Zelinsky", kind="footnote", label="1", direction="ltr")
    out = place_footnotes([a, b, n2, n1])
    assert [p.text for p in out] == [
        "بند یک زلینسکی۱ و سینسیناتی۲.",
        "۱ Zelinsky",
        "۲ Cincinnati",
        "بند دو بی‌پانوشت.",
    ]
    assert [n.label for n in out[1:3]] == [
        "۱",
        "۲",
    ]  # Latin labels cited from Persian text → Persian digits


def test_footnotes_without_citation_stay_in_place() -> None:
    a = _para("بند یک.")
    n = _para("۹ Note", kind="footnote", label="۹", direction="ltr")
    b = _para("بند دو.")
    assert place_footnotes([a, n, b]) == [a, n, b]


def test_footnotes_empty() -> None:
    assert place_footnotes([]) == []


def test_roles_front_and_back_matter() -> None:
    from textkit.layout.roles import assign_roles
    from textkit.model import Block

    bs = [
        Block("b1", 1, "heading", "بررسی جایگاه خواهر شهرها", bbox=(0, 0, 1, 1)),
        Block("b2", 1, "paragraph", "حسین تفضلی۱، یوسف محمدی۲", markers=("۱", "۲")),
        Block("b3", 1, "heading", "چکیده"),
        Block("b4", 1, "paragraph", "متن چکیده."),
        Block("b5", 1, "paragraph", "واژگان کلیدی: خواهرخواندگی، دیپلماسی"),
        Block("b6", 1, "footnote", "۱استادیار", label="۱"),
        Block("b7", 2, "paragraph", "کارکردهای سازمان‌ها"),
        Block("b8", 2, "table", "نهاد"),
        Block("b9", 2, "paragraph", "منبع: (بصیرت، ۱۳۹۳)"),
        Block("b10", 3, "heading", "منابع"),
        Block("b11", 3, "paragraph", "احسانی فرید، مینا (۱۳۹۱)، تبیین نقش شهرها."),
    ]
    out = assign_roles(bs, {"b1": 18.0, "b3": 14.0, "b10": 14.0})
    assert [(b.kind, b.role) for b in out] == [
        ("heading", "title"),
        ("paragraph", "authors"),
        ("heading", None),
        ("paragraph", "abstract"),
        ("paragraph", "keywords"),
        ("footnote", "affiliation"),
        ("caption", None),
        ("table", None),
        ("caption", None),
        ("heading", None),
        ("reference", "references"),
    ]
    assert bs[0].role is None  # the input blocks are not changed


def test_roles_empty() -> None:
    from textkit.layout.roles import assign_roles

    assert assign_roles([]) == []


def test_columns_one_column_starting_higher() -> None:
    # the left column's first line sits above the right column's heading: still read after it
    title = [_box(50, 550, 0)]
    left = [_box(50, 290, 30 + 15 * k) for k in range(6)]
    right = [_box(450, 550, 45)] + [_box(310, 550, 60 + 15 * k) for k in range(5)]
    regions = reading_order(title + left + right, gutter=15, rtl=True)
    assert [r[0].x0 for r in regions] == [50, 450, 50]
    assert len(regions[2]) == 6


def test_blocks_wrapped_long_word_does_not_end_the_paragraph() -> None:
    from textkit.layout.lines import Glyph

    # "… Tehran, Iran" is short only because the e-mail address did not fit after it
    a = _line("Assistant Professor, Tehran, Iran", 0, x0=50, x1=480, direction="ltr")
    email = [
        Glyph(50 + 5 * k, 55 + 5 * k, 12, 22, 10.0, ch, "F")
        for k, ch in enumerate("Tafazzoli_hossein@yahoo.de")
    ]
    b = Line(
        email,
        x0=50,
        x1=180,
        top=12,
        bottom=22,
        size=10.0,
        direction="ltr",
        text="Tafazzoli_hossein@yahoo.de",
    )
    c = _line("Next paragraph", 30, x0=50, x1=200, direction="ltr")
    d = _line("starts here.", 42, x0=50, x1=550, direction="ltr")
    paras = lines_to_paras([a, b, c, d], 1, {10.0: 12.0})
    # the e-mail stays with its line; "Next paragraph" is short and "starts" would have fit
    assert [[ln.text for ln in p.lines] for p in paras] == [
        ["Assistant Professor, Tehran, Iran", "Tafazzoli_hossein@yahoo.de"],
        ["Next paragraph"],
        ["starts here."],
    ]


def test_blocks_language_switch_ends_the_paragraph() -> None:
    a = _line("مرکز مطالعات و برنامه‌ریزی، تهران.", 0)
    b = _line("Blanco, I., & Ricard, G. (2020).", 12, direction="ltr")
    assert len(lines_to_paras([a, b], 1, {10.0: 12.0})) == 2


def test_columns_narrow_gutter_with_justified_edges() -> None:
    # XeLaTeX multicol: a 10pt gutter at 10pt type, both columns justified flush to it
    right = [_box(303, 533, 90 + 14 * k) for k in range(6)]
    left = [_box(62, 293, 90 + 14 * k) for k in range(6)]
    regions = reading_order(left + right, gutter=15, rtl=True)
    assert [r[0].x0 for r in regions] == [303, 62]


def test_columns_narrow_river_is_not_a_gutter() -> None:
    # word gaps that line up by chance: ragged edges, so no columns
    words = []
    for k in range(6):
        cut = 280 + 4 * k
        words += [_box(62, cut, 90 + 14 * k), _box(cut + 11, 533, 90 + 14 * k)]
    assert len(reading_order(words, gutter=15)) == 1


def _page_lines(first_text: str, first_size: float, *, folio: str = "۳") -> list[Line]:
    head = _line(first_text, 20, x0=200, x1=330, size=first_size)
    body = [_line("متن بدنه", 70 + 14 * k, size=11) for k in range(6)]
    foot = _line(folio, 800, x0=295, x1=300, size=11)
    return [head, *body, foot]


def test_furniture_one_page_header_and_folio_by_geometry() -> None:
    lines = _page_lines("ماهنامه شهر – پاییز ۱۴۰۰", 9)
    assert find_furniture([lines], body=11) == {id(lines[0]), id(lines[-1])}


def test_furniture_one_page_title_stays() -> None:
    # a title is larger than the body: not a running header, even alone on top
    lines = _page_lines("پیوندهای شهری", 16)
    assert find_furniture([lines], body=11) == {id(lines[-1])}
    # a last line that is not a bare number stays
    lines = _page_lines("پیوندهای شهری", 16, folio="۱ یادداشت")
    assert find_furniture([lines], body=11) == set()


@pytest.mark.parametrize(("size", "expected"), [(8.0, "1 City Diplomacy"), (10.0, None)])
def test_notes_ltr_note_with_number_on_the_right(size: float, expected: str | None) -> None:
    from textkit.layout.assemble import _starts_with_note_number
    from textkit.layout.lines import Glyph, cluster_lines, line_text

    glyphs, x = [], 57.0
    for word in ("City", "Diplomacy"):
        for ch in word:
            glyphs.append(Glyph(x, x + 0.5 * size, 700, 700 + size, size, ch, "S"))
            x += 0.5 * size
        x += 0.3 * size
    glyphs.append(Glyph(x + 8, x + 8 + 0.5 * size, 700, 700 + size, size, "1", "N"))
    (ln,) = cluster_lines(glyphs)
    flip = _starts_with_note_number(ln, 10.0)
    assert flip is (expected is not None)
    if flip:
        ln.direction, ln.number_on_right = "rtl", True
        assert line_text(ln).text == expected


@pytest.mark.parametrize(
    ("texts", "printed", "hyphenates", "expected"),
    [
        (["the na-", "tions agree"], ["nations"], False, "the nations agree"),
        (
            ["a descriptive-", "analytical study"],
            ["descriptive-analytical"],
            True,
            "a descriptive-analytical study",
        ),
        (["a descriptive-", "analytical study"], [], False, "a descriptive-analytical study"),
        (["a develop-", "ment plan"], [], True, "a development plan"),
        (["see https:", "//doi.org/10.1"], [], False, "see https://doi.org/10.1"),
        (["site (www.", "city.ir) here"], [], False, "site (www.city.ir) here"),
        (["at www.city.ir.", "The next"], [], False, "at www.city.ir. The next"),
        # no evidence in the document: the English word list decides
        (["partnership agree-", "ments signed"], [], False, "partnership agreements signed"),
        (["a well-", "known case"], [], True, "a well-known case"),
        ([], [], False, ""),
    ],
)
def test_blocks_line_end_hyphens_and_urls(
    texts: list[str], printed: list[str], hyphenates: bool, expected: str
) -> None:
    from textkit.layout.joins import document_words

    words = document_words(printed)
    assert join_lines(texts, "ltr", hyphenates=hyphenates, words=words) == expected


@pytest.mark.parametrize(
    ("tex", "expected"), [(True, "(۱۳۶۰-۱۳۵۷): در"), (False, "(۱۳۵۷-۱۳۶۰): در")]
)
def test_blocks_tex_range_at_paragraph_start(tex: bool, expected: str) -> None:
    # XeTeX draws «(۱۳۶۰-۱۳۵۷): در» as two right-to-left numbers even at a paragraph
    # start; by the UBA (Writer, Chromium) the same drawing reads as one range
    from textkit.layout.assemble import _finish_para
    from textkit.layout.brackets import Brackets
    from textkit.layout.lines import Glyph, cluster_lines

    visual = ["ر", "د", " ", ":", "(", *"۱۳۵۷", "-", *"۱۳۶۰", ")"]
    glyphs, x = [], 100.0
    for ch in visual:
        if ch == " ":
            x += 3
            continue
        glyphs.append(Glyph(x, x + 5, 100, 110, 10, ch, "F"))
        x += 5
    (ln,) = cluster_lines(glyphs)
    para = Para(1, [ln], region=0, edges=(ln.x0, ln.x1))
    _finish_para(para, 10.0, True, Brackets(default_shape=True), tex)
    assert para.text == expected
