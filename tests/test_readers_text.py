from __future__ import annotations

import pytest

from textkit.errors import EncodingError, InputError
from textkit.readers.text import decode_bytes, load_text, text_to_blocks

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
