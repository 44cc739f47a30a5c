"""textkit.Normalizer: one switch per step, offsets kept, idempotent; `textkit
normalize FILE...`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import textkit
from textkit.normalize import Normalizer, normalize_text

Z = "\u200c"


@pytest.mark.parametrize(
    ("switches", "text", "expected"),
    [
        pytest.param({}, "", "", id="empty"),
        pytest.param({}, "عدد ۱۲۳ ،", "عدد ۱۲۳،", id="space-before-persian-comma"),
        pytest.param({}, "سلام.میشود", f"سلام. می{Z}شود", id="space-after-period"),
        pytest.param({}, "تهران،شیراز", "تهران، شیراز", id="space-after-comma"),
        pytest.param({}, "سال ۱۳۹۵.در", "سال ۱۳۹۵. در", id="space-after-period-after-digit"),
        pytest.param({}, "۱۲.۵ درصد", "۱۲.۵ درصد", id="decimal-kept"),
        pytest.param({}, "سال ۱۳۵۷ ه.ش", "سال ۱۳۵۷ ه.ش", id="abbreviation-kept"),
        pytest.param({}, "( تهران )", "(تهران)", id="brackets"),
        pytest.param({}, "شهر   تهران", "شهر تهران", id="double-spaces"),
        pytest.param({}, "a  b\tc", "a b\tc", id="double-spaces-latin-tab-kept"),
        pytest.param({}, "see https://x.org/a  ,b", "see https://x.org/a ,b", id="url-kept"),
        pytest.param({}, "Hello , world", "Hello , world", id="latin-punctuation-kept"),
        pytest.param({"punctuation": False}, "۱۲۳ ،", "۱۲۳ ،", id="punctuation-off"),
        pytest.param({"collapse_spaces": False}, "شهر  تهران", "شهر  تهران", id="collapse-off"),
        pytest.param({"kashida": False}, "ایـــران", "ایـــران", id="kashida-off"),
        pytest.param({}, "ایـــران", "ایران", id="kashida-on"),
        pytest.param({"letters": False}, "علي", "علي", id="letters-off"),
        pytest.param({}, "علي", "علی", id="letters-on"),
        pytest.param({"presentation_forms": False}, "ﺳﻼﻡ", "ﺳﻼﻡ", id="forms-off"),
        pytest.param({"controls": False}, "شهر\u200fتهران", "شهر\u200fتهران", id="controls-off"),
        pytest.param({"spaces": False}, "a\u2009b", "a\u2009b", id="spaces-off"),
        pytest.param({"zwnj": False}, "میشود", "میشود", id="zwnj-off"),
        pytest.param({"diacritics": True}, "کِتابِ خانهٔ", "کتاب خانه", id="diacritics-on"),
        pytest.param({}, "کِتاب", "کِتاب", id="diacritics-kept-by-default"),
        pytest.param({"digits": "latin"}, "سال ۱۳۹۵ و ٢٠٠٦", "سال 1395 و 2006", id="digits-latin"),
        pytest.param(
            {"digits": "fa"}, "سال 1395 طبق ISO 3166", "سال ۱۳۹۵ طبق ISO 3166", id="digits-fa"
        ),
        pytest.param({"digits": "fa"}, "C40 و G20", "C40 و G20", id="digits-fa-latin-tokens"),
        pytest.param({}, "سال 1395 و ٢٠٠٦", "سال 1395 و ۲۰۰۶", id="digits-keep"),
    ],
)
def test_normalize_normalizer_switches(switches: dict, text: str, expected: str) -> None:
    assert Normalizer(**switches)(text).text == expected


def test_normalize_normalizer_is_exported_and_checks_settings() -> None:
    assert textkit.Normalizer is Normalizer
    with pytest.raises(ValueError, match="digits must be one of"):
        Normalizer(digits="roman")
    with pytest.raises(ValueError, match="lang"):
        Normalizer()("x", lang="de")


def test_normalize_normalizer_pipeline_preset_unchanged() -> None:
    text = "عدد ۱۲۳ ،  سلام.میشود"
    assert normalize_text(text).text == f"عدد ۱۲۳ ،  سلام.می{Z}شود"


_ALPHABET = st.sampled_from(
    [
        *"کتابهایشرمیندوزگ ",
        "ي",
        "ـ",
        Z,
        "\u200f",
        "ﻻ",
        "\u00a0",
        " ",
        "1",
        "۱",
        ".",
        "،",
        "؟",
        "(",
        ")",
        "«",
        "»",
        "/",
        "a",
        "C",
        "\t",
        "ِ",
    ]
)


@pytest.mark.parametrize("text", ["ا\xa0م؟ا", "ا\u200cم؟ا"])
def test_normalize_normalizer_idempotent_when_a_later_step_joins_words(text: str) -> None:
    # found by the property test below: the space after «؟» must not wait for a second pass
    norm = Normalizer(digits="keep", diacritics=True)
    once = norm(text).text
    assert norm(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.sampled_from(["keep", "fa", "latin"]))
def test_normalize_normalizer_idempotent_and_offsets_round_trip(text: str, digits: str) -> None:
    norm = Normalizer(digits=digits, diacritics=True)
    n = norm(text)
    assert norm(n.text).text == n.text
    assert n.to_source(len(n.text)) == len(text)
    prev = 0
    for i in range(len(n.text) + 1):
        j = n.to_source(i)
        assert prev <= j <= len(text)
        prev = j


@pytest.mark.issue(13)
def test_normalize_cli_reads_files(run_cli, tmp_path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("عدد ۱۲۳ ، سلام.میشود  شهر\nکتاب ها\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_bytes("\ufeffعلي\r\n".encode())
    code, out, _ = run_cli("normalize", str(a), str(b))
    assert code == 0
    assert out == f"عدد ۱۲۳، سلام. می{Z}شود شهر\nکتاب{Z}ها\nعلی\n"


def test_normalize_cli_bad_file_does_not_stop_the_others(run_cli, tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("میشود\n", encoding="utf-8")
    code, out, err = run_cli("normalize", str(tmp_path / "missing.txt"), str(good), "--no-zwnj")
    assert code == 1 and out == "میشود\n"
    assert "missing.txt: cannot read" in err and "1 of 2 failed" in err
