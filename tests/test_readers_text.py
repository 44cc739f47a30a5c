from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textkit.errors import EncodingError, InputError
from textkit.readers.text import (
    MAX_BLOCK_CHARS,
    decode,
    decode_bytes,
    load_text,
    split_long,
    text_to_blocks,
)

PERSIAN = "شهرهای خواهرخوانده ایران"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param(PERSIAN.encode("utf-8"), PERSIAN, "utf-8", id="utf8"),
        pytest.param(
            b"\xef\xbb\xbf" + PERSIAN.encode("utf-8"), PERSIAN, "utf-8-sig", id="utf8-bom"
        ),
        pytest.param(PERSIAN.encode("utf-16"), PERSIAN, "utf-16", id="utf16-bom"),
        # Windows-1256 has no Persian ی (U+06CC): such files carry Arabic ي,
        # which the normaliser folds.
        pytest.param(
            "شهر تهران و شيراز".encode("cp1256"), "شهر تهران و شيراز", "windows-1256", id="cp1256"
        ),
        pytest.param(b"", "", "utf-8", id="empty"),
    ],
)
def test_readers_text_decodes(data, text, encoding):
    assert decode_bytes(data, "x.txt") == (text, encoding)


def test_readers_text_rejects_unknown_8bit():
    # Latin-1 French text is neither UTF-8 nor Persian cp1256: say so, name the line.
    with pytest.raises(EncodingError, match=r"x\.txt: not valid UTF-8 at line 2"):
        decode_bytes("ok\ncafé déjà vu".encode("latin-1"), "x.txt")


def test_readers_text_rejects_binary():
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.txt")


def test_readers_text_crlf_and_blocks():
    blocks = text_to_blocks("عنوان مقاله\r\n\r\nاین یک بند است.\r\n")
    assert [(b.kind, b.text, b.line) for b in blocks] == [
        ("heading", "عنوان مقاله", 1),
        ("paragraph", "این یک بند است.", 3),
    ]


def test_readers_text_footnotes_and_markers():
    blocks = text_to_blocks(
        "به نظر زلینسکی^۱ شهرها مهم‌اند.\n\n^۱ Zelinsky\n\nHossein Tafazzoli¹ wrote.\n"
    )
    para, note, eng = blocks
    assert para.text == "به نظر زلینسکی۱ شهرها مهم‌اند." and para.markers == ("۱",)
    assert (note.kind, note.label, note.text, note.lang) == ("footnote", "۱", "۱ Zelinsky", "en")
    assert eng.text == "Hossein Tafazzoli1 wrote." and eng.markers == ("1",)


def test_readers_text_tables_from_tabs_and_html():
    text = (
        "نام شهر\tنام خواهر شهر\n"
        "مشهد\t<p>۱. نجف، عراق</p> <p>۲. کربلا، عراق</p>\n"
        "\n"
        '<ul style="x"> • عضو الف • عضو ب</ul>\tقزوین\n'
        "\n\n"
        "پس از جدول.\n"
    )
    table, after = text_to_blocks(text)
    assert table.kind == "table" and table.line == 1
    assert table.table.header == ("نام شهر", "نام خواهر شهر")
    assert table.table.rows == (
        ("مشهد", "۱. نجف، عراق\n۲. کربلا، عراق"),
        ("عضو الف\nعضو ب", "قزوین"),
    )
    assert after.text == "پس از جدول." and after.line == 7


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- افزایش آگاهی فرهنگی", "list_item"),
        ("• این سازمان دفتر دارد", "list_item"),
        ("Keywords: sisterhood, culture", "paragraph"),
        ("someone@example.org", "paragraph"),
        ("۱- تاثیر جنگ جهانی", "heading"),
    ],
)
def test_readers_text_block_kinds(line, kind):
    (block,) = text_to_blocks(f"\n{line}\n\n")
    assert block.kind == kind


def test_readers_text_load_records_file_facts(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("سلام\n".encode("cp1256"))
    doc = load_text(p)
    assert doc.encoding == "windows-1256" and doc.source_kind == "text" and doc.pages == 1
    assert len(doc.sha256) == 64 and doc.blocks[0].text == "سلام"


def test_readers_text_whitespace_only_is_an_error(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="no text"):
        load_text(p)


def test_readers_text_space_aligned_table():
    text = (
        "Home city   Partner city   Country   Year\n"
        "Isfahan     Freiburg       Germany   2000\n"
        "            Xi'an          China     1989\n"
        "Rasht       Astrakhan      Russia    2002\n"
    )
    (table,) = text_to_blocks(text)
    assert table.kind == "table"
    assert table.table.header == ("Home city", "Partner city", "Country", "Year")
    assert table.table.rows[1] == ("", "Xi'an", "China", "1989")


def test_readers_text_hard_wrapped_paragraphs_are_joined():
    text = (
        "Under the renewed agreement the two municipalities will exchange stu-\n"
        "dents of architecture and hold a joint music festival every second\n"
        "year, a descriptive-analytical study said, and a well-\n"
        "known descriptive-\n"
        "analytical method was used.\n"
        "\n"
        "- a list item stays apart\n"
    )
    para, item = text_to_blocks(text)
    assert para.text == (
        "Under the renewed agreement the two municipalities will exchange students of "
        "architecture and hold a joint music festival every second year, a "
        "descriptive-analytical study said, and a wellknown descriptive-analytical method was used."
    )
    assert para.line == 1 and item.kind == "list_item"


def test_readers_text_long_lines_are_not_joined():
    # One paragraph per line (article-plain.txt style): lines are kept apart.
    long = "این یک بند بلند است که " * 10
    blocks = text_to_blocks(f"{long}\n{long}\n{long}\n")
    assert len(blocks) == 3


def test_readers_text_space_table_with_spanning_header():
    text = (
        "No. Iranian city            Partner\n"
        "    Persian   English     City          Year\n"
        "1   کرمانشاه  Kermanshah  Sulaymaniyah  2011\n"
        "2   اردبیل    Ardabil     Ganja         2013\n"
    )
    (table,) = text_to_blocks(text)
    assert table.table.header == ("No.", "Iranian city", "", "Partner", "")
    assert table.table.rows == (
        ("", "Persian", "English", "City", "Year"),
        ("1", "کرمانشاه", "Kermanshah", "Sulaymaniyah", "2011"),
        ("2", "اردبیل", "Ardabil", "Ganja", "2013"),
    )


# --- issue 11: untrusted text input ------------------------------------------------

LONG_FA = "شهر اصفهان با شهر شیان چین خواهرخوانده است. " * 40


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_readers_text_utf32_by_its_bom(codec):
    data = PERSIAN.encode(codec)
    if codec != "utf-32":  # the -le/-be codecs write no BOM: add it
        data = "\ufeff".encode(codec) + data
    assert decode_bytes(data, "x.txt") == (PERSIAN, "utf-32")


def test_readers_text_stray_byte_in_utf8_is_utf8_with_a_warning():
    text = f"{LONG_FA}\nسطر دوم\n{LONG_FA}\n"
    data = text.encode("utf-8")
    cut = data.index("سطر".encode()) + 2  # inside the second line
    damaged = data[:cut] + b"\xff" + data[cut:]
    decoded = decode(damaged, "x.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text.replace("\ufffd", "") == text
    assert decoded.warnings == (
        "not valid UTF-8: 1 invalid byte sequence(s) on line(s) 2, shown as \ufffd; "
        "check the file's encoding",
    )


def test_readers_text_damaged_utf8_keeps_its_agreements(tmp_path):
    from textkit.pipeline import process

    text = "شهر اصفهان در سال ۱۹۸۹ با شهر شیان چین پیمان خواهرخواندگی امضا کرد.\n" * 3
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xa0" + text.encode("utf-8"))
    result = process(p)
    assert result.document.encoding == "utf-8"
    assert [w.code for w in result.warnings] == ["encoding"]
    assert any({"اصفهان", "شیان"} == {x.name for x in a.parties} for a in result.agreements)


def test_readers_text_western_legacy_encoding_is_detected_with_a_warning():
    text = "Les villes jumelées de l'Iran ont signé des accords à Paris et à Lyon. " * 4
    decoded = decode(text.encode("cp1252"), "x.txt")
    assert (decoded.text, decoded.encoding) == (text, "cp1252")
    assert decoded.warnings == ("read as cp1252: not valid UTF-8 (first at line 1)",)


def test_readers_text_cp1256_is_still_read_with_a_warning():
    decoded = decode("شهر تهران و شيراز\n".encode("cp1256"), "x.txt")
    assert decoded.encoding == "windows-1256"
    assert decoded.warnings == ("read as windows-1256: not valid UTF-8 (first at line 1)",)


@pytest.mark.parametrize(
    "line",
    [
        "See <https://www.example.org/sister-cities?id=4> for the list.",
        "The ratio was a < b > c in every case.",
        "Mail the office <info@example.org>.",
        "قرارداد <مهم> امضا شد.",
    ],
)
def test_readers_text_angle_brackets_are_text(line):
    (block,) = text_to_blocks(f"{line}\n")
    assert block.text == line


def test_readers_text_html_tags_are_still_markup():
    (block,) = text_to_blocks('<p class="x">شهر <b>تبریز</b></p><br/>\n')
    assert block.text == "شهر تبریز"


def test_readers_text_one_long_line_is_cut_at_sentence_ends():
    line = LONG_FA * 20  # ~37,000 characters on one line
    blocks = text_to_blocks(line + "\n")
    assert len(blocks) > 1
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    assert all(b.text.endswith(".") and b.line == 1 for b in blocks)
    assert " ".join(b.text for b in blocks) == line.strip()


def test_readers_text_split_long_without_sentence_ends_or_spaces():
    assert split_long("x" * 25, limit=10) == ["x" * 10, "x" * 10, "x" * 5]
    assert split_long("aaaa bbbb cccc dddd", limit=10) == ["aaaa bbbb", "cccc dddd"]


def test_readers_text_a_long_line_after_short_ones_is_not_padded():
    # a space-aligned-table check used to pad every line of a run to the longest
    lines = [f"row {n}  col  {n}" for n in range(2000)] + ["word " * 200_000]
    blocks = text_to_blocks("\n".join(lines) + "\n")
    assert sum(len(b.text) for b in blocks) > 1_000_000


_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآ" + "abcdefghijklmnopqrstuvwxyzABCDE" + "0123۰۱۲."


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_readers_text_decode_never_fails_unexpectedly(data):
    try:
        decoded = decode(data, "x.txt")
    except InputError as e:  # EncodingError is an InputError
        message = str(e)
    else:
        message = "x.txt: decoded"
        assert isinstance(decoded.text, str) and decoded.encoding
    assert message.startswith("x.txt: ")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_LETTERS + " \n", max_size=600))
def test_readers_text_blocks_keep_every_character(text):
    blocks = text_to_blocks(text)
    got = sorted("".join(b.text for b in blocks).replace(" ", "").replace("\n", ""))
    assert got == sorted(text.replace(" ", "").replace("\n", ""))
    assert all(b.text.strip() for b in blocks)
