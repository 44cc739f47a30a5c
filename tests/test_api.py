from __future__ import annotations

import subprocess
import sys

import textkit


def test_api_lazy_exports_resolve():
    for name in textkit.__all__:
        assert getattr(textkit, name) is not None


def test_api_import_stays_light():
    code = (
        "import sys, textkit; heavy = {'spacy', 'hazm', 'pdfminer', 'pdfplumber', 'rapidfuzz'};"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_api_normalize_text_example():
    assert textkit.normalize_text("شهرداریها بهعنوان").text == "شهرداری\u200cها به\u200cعنوان"
