"""textkit.script: one letter table, one digit table, one script/language detector."""

from __future__ import annotations

from pathlib import Path

import pytest

from textkit import script


def test_script_letters_tsv_has_each_code_point_once() -> None:
    rows = [
        line.split("\t")
        for line in (Path(script.__file__).parent / "data/script/letters.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith(("#", "cp\t"))
    ]
    cps = [r[0] for r in rows]
    assert len(cps) == len(set(cps))
    assert all(r[2] in ("text", "key") for r in rows)
    assert all(len(r) == 5 for r in rows)


def test_script_text_fold_keeps_length() -> None:
    assert all(len(v) == 1 for v in script.TEXT_FOLD.values())
    s = "".join(script.TEXT_FOLD)
    assert len(script.fold_letters(s)) == len(s)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("كربلاء", "کربلا", id="arabic-kaf-hamza"),
        pytest.param("سنت‌پترزبورگ", "سنتپترزبورگ", id="zwnj"),
        pytest.param("Tromsø", "tromso", id="o-stroke"),
        pytest.param("Diyarbakır", "diyarbakir", id="dotless-i"),
        pytest.param("مشهدِ", "مشهد", id="kasra"),
        pytest.param("خانهٔ", "خانه", id="hamza-above"),
    ],
)
def test_script_fold_key_equates_spellings(a: str, b: str) -> None:
    assert script.fold_key(a) == script.fold_key(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", "none", id="empty"),
        pytest.param("۱۲۳", "none", id="digits-only"),
        pytest.param("تهران", "arabic", id="persian"),
        pytest.param("Tehran", "latin", id="latin"),
        pytest.param("Tehran تهران", "mixed", id="mixed"),
        pytest.param("Москва", "other", id="cyrillic"),
    ],
)
def test_script_of(text: str, expected: str) -> None:
    assert script.script_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", "unknown", id="empty"),
        pytest.param("تبریز با شهر کازان روسیه خواهرخوانده شد.", "fa", id="persian"),
        pytest.param(
            "شهرداري تبريز با شهر كربلا تفاهمنامه امضا كرد كه اين شهر را",
            "fa",
            id="persian-arabic-ya",
        ),
        pytest.param(
            "وافق المجلس البلدي لمدينة تبريز على مشروع قانون توأمة مع مدينة بورصة التي",
            "ar",
            id="arabic",
        ),
        pytest.param("Tabriz and Kazan became sister cities.", "en", id="english"),
        pytest.param("Казань и Тебриз стали городами-побратимами", "other", id="russian"),
    ],
)
def test_script_document_language(text: str, expected: str) -> None:
    assert script.document_language(text) == expected


def test_script_digits_round_trip() -> None:
    assert script.to_latin_digits(script.to_persian_digits("0123456789")) == "0123456789"
    assert script.to_latin_digits("٠١٢") == "012"
