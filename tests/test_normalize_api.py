"""Tests for textkit.normalize.normalize_text: contract, offsets, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textkit.normalize import Normalized, normalize_text

Z = "\u200c"
SAMPLE = Path("/work/shared/corpus/sister-cities-iran")

#: Characters the normaliser treats specially, mixed with ordinary ones.
_ALPHABET = st.sampled_from(
    [
        *"کتابهایشرمیندوزگ ",
        "ي",
        "ك",
        "ـ",
        Z,
        "\u200e",
        "\u202b",
        "ﻻ",
        "ﺳ",
        "ﬁ",
        "\u00a0",
        " ",
        "1",
        "۱",
        ".",
        "/",
        "@",
        "a",
        "\t",
    ]
)
_WORDS = st.sampled_from(
    [
        "کتابها",
        "میشود",
        "می",
        "شود",
        "ها",
        "شهر",
        "بینالمللی",
        "شبکهای",
        "http://x.org/a",
        "PDF",
        "علي",
        " ",
        "  ",
        "،",
        "\u00a0",
        "ظرفیت\u00a0های",
        "شهر\u00a0ها\u00a0ها",
    ]
)
_TEXT = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=40),
    st.lists(_WORDS, max_size=12).map(" ".join),
    st.lists(_WORDS, max_size=12).map("\u00a0".join),
)


def test_normalize_api_empty() -> None:
    n = normalize_text("")
    assert (n.text, n.source, n.edits) == ("", "", [])
    assert n.to_source(0) == 0


def test_normalize_api_rejects_unknown_lang() -> None:
    with pytest.raises(ValueError, match="lang"):
        normalize_text("x", lang="de")


def test_normalize_api_records_edits_in_source_coordinates() -> None:
    n = normalize_text("علي کتابها")
    assert isinstance(n, Normalized)
    assert n.text == f"علی کتاب{Z}ها"
    reasons = {e.reason for e in n.edits}
    assert reasons == {"chars", "zwnj-word"}
    zw = [e for e in n.edits if e.reason == "zwnj-word"]
    assert [(e.start, e.end, e.replacement) for e in zw] == [(8, 8, Z)]
    a, b = n.span_to_source(4, 11)
    assert n.source[a:b] == "کتابها"


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_normalize_api_idempotent(text: str) -> None:
    once = normalize_text(text).text
    assert normalize_text(once).text == once


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_normalize_api_offsets_round_trip(text: str) -> None:
    n = normalize_text(text)
    assert n.to_source(len(n.text)) == len(n.source)
    previous = 0
    for i, ch in enumerate(n.text):
        j = n.to_source(i)
        assert previous <= j <= len(n.source)
        previous = j
        a, b = n.span_to_source(i, i + 1)
        # Either the character is copied from the source, or an edit covers the place.
        if n.source[a:b] == ch:
            continue
        assert any(e.start <= a <= e.end for e in n.edits), (i, ch)
    if n.text:
        a, b = n.span_to_source(0, len(n.text))
        assert a == n.to_source(0)
        assert a <= b <= len(n.source)


@given(_TEXT)
@settings(max_examples=200, deadline=None)
def test_normalize_api_never_adds_newlines(text: str) -> None:
    assert normalize_text(text).text.count("\n") == text.count("\n")


@pytest.mark.corpus
@pytest.mark.skipif(not (SAMPLE / "source.txt").exists(), reason="sample paper not available")
def test_normalize_api_source_text_changes_few_characters() -> None:
    """source.txt with ZWNJ removed: the normaliser changes almost nothing else."""
    lines = (SAMPLE / "source.txt").read_text(encoding="utf-8").splitlines()
    changed = total = 0
    for line in lines:
        inp = line.replace(Z, "")
        out = normalize_text(inp).text.replace(Z, "")
        assert "\n" not in out
        total += len(inp)
        changed += abs(len(out) - len(inp)) + sum(
            a != b for a, b in zip(inp, out, strict=False) if len(out) == len(inp)
        )
    assert changed / total < 0.002


@pytest.mark.corpus
@pytest.mark.skipif(
    not (SAMPLE / "article-plain.txt").exists(), reason="sample paper not available"
)
def test_normalize_api_article_plain_glued_words() -> None:
    text = normalize_text((SAMPLE / "article-plain.txt").read_text(encoding="utf-8")).text
    for word in ["بین|المللی", "می|شود", "شهرداری|ها", "به|عنوان", "کلان|شهرها", "ظرفیت|های",
                 "پیش|بینی",
                 "همکاری|های"]:  # fmt: skip
        assert word.replace("|", Z) in text


@given(_TEXT)
@settings(max_examples=200, deadline=None)
def test_normalize_api_no_zwnj_after_non_joiner(text: str) -> None:
    from textkit.normalize.words import joins

    out = normalize_text(text.replace(Z, "")).text
    for i, ch in enumerate(out):
        if ch == Z:
            assert joins(out[:i]), out
