"""The gazetteer as a spaCy pipeline component (``textkit_gazetteer``).

spaCy is imported only when :func:`register` (or :func:`add_to_pipe`) is
called.  The component sets ``doc.ents`` (labels CITY, COUNTRY, REGION, ORG)
with ``kb_id_`` = gazetteer id, and keeps the match score in
``span._.gazetteer_score``.  Works on a blank ``fa`` or ``en`` pipeline: no
model download.  Character offsets come from the textkit matcher, which splits
digits and punctuation off words even where spaCy's tokenizer does not
(``تهران(۱۳۷۹``); such tokens are split at the mention's edges.

Example:
    >>> import spacy  # doctest: +SKIP
    >>> nlp = spacy.blank("fa"); add_to_pipe(nlp)  # doctest: +SKIP
    >>> [(e.text, e.label_, e.kb_id_) for e in nlp("تولدو، اسپانیا").ents]  # doctest: +SKIP
    [('تولدو', 'CITY', 'gn:2510409'), ('اسپانیا', 'COUNTRY', 'country:ES')]
"""

from __future__ import annotations

import itertools
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
        from spacy.util import filter_spans

        mentions = self.gazetteer.find_mentions(doc.text, types=self.types)
        doc = _split_at(doc, {x for m in mentions for x in (m.start, m.end)})
        spans = []
        for m in mentions:
            span = doc.char_span(
                m.start, m.end, label=m.type, kb_id=m.entry.id, alignment_mode="expand"
            )
            if span is not None:
                span._.gazetteer_score = m.score
                spans.append(span)
        existing = [] if self.overwrite else list(doc.ents)
        keep = [s for s in spans if not any(s.start < e.end and e.start < s.end for e in existing)]
        doc.ents = filter_spans(existing + keep)
        return doc


def _split_at(doc: Any, offsets: set[int]) -> Any:
    """Split tokens at character offsets that fall inside them, so a mention
    that spaCy's tokenizer glued to punctuation or digits («تهران(۱۳۷۹») gets
    its own token."""
    cuts = []
    for tok in doc:
        inner = sorted(o - tok.idx for o in offsets if tok.idx < o < tok.idx + len(tok.text))
        if inner:
            bounds = [0, *inner, len(tok.text)]
            cuts.append((tok, [tok.text[a:b] for a, b in itertools.pairwise(bounds)]))
    if cuts:
        with doc.retokenize() as retokenizer:
            for tok, orths in cuts:
                retokenizer.split(tok, orths, heads=[(tok, 0)] * len(orths))
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
