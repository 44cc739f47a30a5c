"""The gazetteer as a spaCy pipeline component (``textkit_gazetteer``).

spaCy is imported only when :func:`register` (or :func:`add_to_pipe`) is
called.  The component sets ``doc.ents`` (labels CITY, COUNTRY, REGION, ORG)
with ``kb_id_`` = gazetteer id, and keeps the match score in
``span._.gazetteer_score``.  Works on a blank ``fa`` or ``en`` pipeline: no
model download.  Character offsets come from the textkit matcher, which splits
digits and punctuation off words even where spaCy's tokenizer does not
(``تهران(۱۳۷۹``); spans are snapped outward to token boundaries.

Example:
    >>> import spacy  # doctest: +SKIP
    >>> nlp = spacy.blank("fa"); add_to_pipe(nlp)  # doctest: +SKIP
    >>> [(e.text, e.label_, e.kb_id_) for e in nlp("تولدو، اسپانیا").ents]  # doctest: +SKIP
    [('تولدو', 'CITY', 'gn:2510409'), ('اسپانیا', 'COUNTRY', 'country:ES')]
"""

from __future__ import annotations

from typing import Any

FACTORY = "textkit_gazetteer"


class GazetteerComponent:
    """Plain class: ``__call__`` = find mentions, then set annotations."""

    def __init__(
        self,
        nlp: Any,
        name: str = FACTORY,
        *,
        gazetteer_path: str | None = None,
        types: list[str] | None = None,
        overwrite: bool = False,
    ) -> None:
        from textkit.gazetteer import load_gazetteer

        self.name = name
        self.gazetteer = load_gazetteer(gazetteer_path)
        self.types = set(types) if types else None
        self.overwrite = overwrite

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = []
        for m in self.gazetteer.find_mentions(doc.text, types=self.types):
            span = doc.char_span(
                m.start, m.end, label=m.type, kb_id=m.entry.id, alignment_mode="expand"
            )
            if span is not None:
                span._.gazetteer_score = m.score
                spans.append(span)
        existing = [] if self.overwrite else list(doc.ents)
        keep = [s for s in spans if not any(s.start < e.end and e.start < s.end for e in existing)]
        doc.ents = filter_spans(existing + keep) if existing else filter_spans(keep)
        assert all(isinstance(s, Span) for s in doc.ents)
        return doc


def register() -> None:
    """Register the ``textkit_gazetteer`` factory with spaCy (idempotent)."""
    from spacy.language import Language
    from spacy.tokens import Span

    if not Span.has_extension("gazetteer_score"):
        Span.set_extension("gazetteer_score", default=None)
    if Language.has_factory(FACTORY):
        return

    @Language.factory(
        FACTORY, default_config={"gazetteer_path": None, "types": None, "overwrite": False}
    )
    def make_gazetteer_component(
        nlp: Any, name: str, gazetteer_path: str | None, types: list[str] | None, overwrite: bool
    ) -> GazetteerComponent:
        return GazetteerComponent(
            nlp, name, gazetteer_path=gazetteer_path, types=types, overwrite=overwrite
        )


def add_to_pipe(nlp: Any, **config: Any) -> Any:
    """Register the factory and add the component to *nlp*; returns the component."""
    register()
    return nlp.add_pipe(FACTORY, config=config)
