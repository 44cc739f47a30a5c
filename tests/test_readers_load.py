from __future__ import annotations

import pytest

from textkit.errors import InputError, PdfError
from textkit.readers import load


def test_readers_load_missing_file(tmp_path):
    with pytest.raises(InputError) as err:
        load(tmp_path / "nope.pdf")
    assert str(err.value) == f"{tmp_path / 'nope.pdf'}: no such file; check the path"


def test_readers_load_empty_file(tmp_path):
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.pdf: file is empty"):
        load(p)


def test_readers_load_html_named_pdf(tmp_path):
    p = tmp_path / "paper.pdf"
    p.write_text("<html><body>Not found</body></html>", encoding="utf-8")
    with pytest.raises(PdfError, match=r"paper\.pdf: not a PDF"):
        load(p)


def test_readers_load_folder(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        load(tmp_path)


def test_readers_load_unsupported_suffix(tmp_path):
    p = tmp_path / "paper.docx"
    p.write_bytes(b"PK\x03\x04 zip")
    with pytest.raises(InputError, match=r"does not read \.docx"):
        load(p)
