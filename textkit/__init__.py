"""textkit: bilingual Persian–English document processing for city-diplomacy papers.

The public API, one function per stage (imported lazily, so ``import textkit``
stays light — no spaCy, hazm or pdfminer until a stage needs them)::

    import textkit
    result = textkit.process("paper.pdf")      # every stage → schema.Result
    doc = textkit.load("paper.pdf")            # readers → model.Document
    textkit.normalize_text("میشود").text       # 'می‌شود'
    norm = textkit.Normalizer(digits="fa")     # a normaliser with one switch per step
    gaz = textkit.load_gazetteer()             # bilingual gazetteer (+ user folders)
    textkit.dump(result, "paper.json")         # the only JSON writer
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "load": "textkit.pipeline",
    "normalize": "textkit.pipeline",
    "recognize": "textkit.pipeline",
    "process": "textkit.pipeline",
    "process_batch": "textkit.batch",
    "text": "textkit.pipeline",
    "Config": "textkit.pipeline",
    "normalize_text": "textkit.normalize",
    "Normalizer": "textkit.normalize",
    "load_gazetteer": "textkit.gazetteer",
    "Gazetteer": "textkit.gazetteer",
    "GazetteerProtocol": "textkit.gazetteer",
    "enrich": "textkit.pipeline",
    "extract": "textkit.extract",
    "dump": "textkit.serialize",
    "dumps": "textkit.serialize",
    "TextkitError": "textkit.errors",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'textkit' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
