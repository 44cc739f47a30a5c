"""Tests for textkit.normalize.zwnj: ZWNJ restoration in glued and spaced text."""

from __future__ import annotations

import pytest

from textkit.normalize import normalize_text
from textkit.normalize.words import joins, restore_word

Z = "\u200c"


def _z(s: str) -> str:
    """Test strings write the ZWNJ as "|" for readability."""
    return s.replace("|", Z)


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        pytest.param("بینالمللی", "بین|المللی", id="lexicon"),
        pytest.param("میشود", "می|شود", id="mi-prefix"),
        pytest.param("نمیرفتند", "نمی|رفتند", id="nemi-prefix"),
        pytest.param("برمیگردد", "برمی|گردد", id="preverb-mi"),
        pytest.param("شهرداریها", "شهرداری|ها", id="plural"),
        pytest.param("ظرفیتهای", "ظرفیت|های", id="plural-ezafe"),
        pytest.param("کتابهایمان", "کتاب|هایمان", id="plural-clitic"),
        pytest.param("بهعنوان", "به|عنوان", id="preposition"),
        pytest.param("کلانشهرها", "کلان|شهرها", id="compound-plus-plural-after-non-joiner"),
        pytest.param("پیشبینی", "پیش|بینی", id="compound"),
        pytest.param("همکاریهای", "همکاری|های", id="ye-final-plural"),
        pytest.param("شبکهای", "شبکه|ای", id="heh-indefinite-not-shabak-haye"),
        pytest.param("بزرگترین", "بزرگ|ترین", id="superlative"),
        pytest.param("رفتهاند", "رفته|اند", id="participle-clitic"),
        pytest.param("توسعهی", "توسعه|ی", id="ezafe-heh-ye"),
        pytest.param("زئولیتها", "زئولیت|ها", id="unknown-stem-plural"),
        pytest.param("شهرها", "شهرها", id="no-zwnj-after-non-joiner"),
        pytest.param("تنها", "تنها", id="known-word-not-split"),
        pytest.param("میراث", "میراث", id="not-a-mi-verb"),
        pytest.param("میلیون", "میلیون", id="not-a-mi-verb-2"),
        pytest.param("پایتان", "پایتان", id="glide-ye-no-clitic-split"),
        pytest.param("هیات", "هیات", id="short-stem-no-split"),
        pytest.param("زلینسکی", "زلینسکی", id="unknown-name-left-alone"),
        pytest.param("موافقتنامهٔ", "موافقت|نامهٔ", id="diacritics-set-aside"),
        pytest.param("کتابهایِ", "کتاب|هایِ", id="kasra-kept"),
    ],
)
def test_normalize_zwnj_glued_word(glued: str, expected: str) -> None:
    assert restore_word(glued) == _z(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("می شود", "می|شود", id="spaced-mi"),
        pytest.param("نمی توانند", "نمی|توانند", id="spaced-nemi"),
        pytest.param("کتاب ها", "کتاب|ها", id="spaced-plural"),
        pytest.param("شهر ها", "شهرها", id="spaced-plural-after-non-joiner"),
        pytest.param("PDF ها", "PDF ها", id="latin-before-plural"),
        pytest.param("محیط زیست", "محیط زیست", id="spaced-compound-kept"),
        pytest.param("می خواهم که", "می|خواهم که", id="spaced-mi-in-sentence"),
        pytest.param("می و ساغر", "می و ساغر", id="mi-as-a-noun"),
        pytest.param(
            "بینالمللی میشود شهرداریها بهعنوان کلانشهرها ظرفیتهای پیشبینی نمیرفتند همکاریهای",
            "بین|المللی می|شود شهرداری|ها به|عنوان کلان|شهرها ظرفیت|های "
            "پیش|بینی نمی|رفتند همکاری|های",
            id="pdf-glued-sentence",
        ),
        pytest.param(f"کتاب{Z}ها", "کتاب|ها", id="existing-zwnj-kept"),
        pytest.param("حرفهای که", "حرفه|ای که", id="hay-before-function-word-is-heh-ay"),
        pytest.param("حرفهای مختلف", "حرف|های مختلف", id="hay-before-content-word-is-plural"),
        pytest.param("شهرهای که", "شهرهای که", id="hay-after-non-joiner-stays-plural"),
        pytest.param("ظرفیت\u00a0های", "ظرفیت|های", id="nbsp-as-zwnj"),
        pytest.param("شهر\u00a0ها", "شهرها", id="nbsp-after-non-joiner"),
        pytest.param("کتاب\u00a0دیگر", "کتاب دیگر", id="nbsp-as-space"),
        pytest.param("ﻇﺮﻓﯿﺖ\u00a0ﻫﺎی", "ظرفیت|های", id="nbsp-presentation-forms"),
        pytest.param("(کتابها)،", "(کتاب|ها)،", id="punctuation-around"),
    ],
)
def test_normalize_zwnj_text(text: str, expected: str) -> None:
    assert normalize_text(text).text == _z(expected)


@pytest.mark.parametrize(
    ("word", "expected"), [("کتاب", True), ("شهر", False), ("خانهٔ", True), ("", False)]
)
def test_normalize_zwnj_joins(word: str, expected: bool) -> None:
    assert joins(word) is expected


def test_normalize_zwnj_english_left_alone() -> None:
    s = "Keywords: sisterhood, public diplomacy"
    assert normalize_text(s, lang="en").text == s
    assert normalize_text("کتابها", lang="en").text == "کتابها"
