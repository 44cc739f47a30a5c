"""Registers the ``textkit_gazetteer`` factory with spaCy when imported.

spaCy imports this module itself, through the ``spacy_factories`` entry point
declared in ``pyproject.toml``, whenever it creates a pipeline; so
``spacy.load`` finds the factory of a saved pipeline in a fresh process without
``import textkit``.  Importing it is cheap: the gazetteer is only loaded when a
component is created.  Everything else lives in :mod:`textkit.spacy_component`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from textkit.spacy_component import DEFAULT_CONFIG, FACTORY, make_component

if not Span.has_extension("gazetteer_score"):
    Span.set_extension("gazetteer_score", default=None)

if not Language.has_factory(FACTORY):
    make_gazetteer_component = Language.factory(FACTORY, default_config=DEFAULT_CONFIG)(
        make_component
    )
else:  # already registered (re-import under another name)
    make_gazetteer_component = make_component
