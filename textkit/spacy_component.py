"""The gazetteer as a spaCy pipeline component (``textkit_gazetteer``).

spaCy is imported only when :func:`register` (or :func:`add_to_pipe`) is called,
or when spaCy itself loads the factory through the ``spacy_factories`` entry
point (:mod:`textkit.spacy_factory`), which is what lets ``spacy.load`` read a
pipeline saved with ``nlp.to_disk`` in a fresh process.

The component sets ``doc.ents`` (labels CITY, COUNTRY, REGION, ORG) with
``kb_id_`` = gazetteer id, and keeps the match score in
``span._.gazetteer_score``.  It never changes the user's tokens: each mention
becomes a span over them (``alignment_mode`` ``"expand"``, the default, takes the
tokens the mention touches; ``"contract"`` only those inside it; ``"strict"``
drops a mention that does not fall on token edges).  Works on a blank ``fa`` or
``en`` pipeline: no model download.

Example:
    >>> import spacy  # doctest: +SKIP
    >>> nlp = spacy.blank("fa"); add_to_pipe(nlp, types=["CITY"])  # doctest: +SKIP
    >>> [(e.text, e.label_, e.kb_id_) for e in nlp("تولدو، اسپانیا").ents]  # doctest: +SKIP
    [('تولدو', 'CITY', 'gn:2510409')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FACTORY = "textkit_gazetteer"
TYPES = ("city", "country", "region", "org")
ALIGNMENTS = ("expand", "contract", "strict")
#: The factory's settings and their defaults (also its spaCy ``default_config``).
DEFAULT_CONFIG: dict[str, Any] = {
    "gazetteer_path": None,
    "overlays": [],
    "types": None,
    "overwrite": False,
    "alignment_mode": "expand",
}


def check_types(types: Iterable[str] | None) -> set[str] | None:
    """Entry types in any case (``"CITY"`` or ``"city"``); an unknown one is an error.

    Example:
        >>> sorted(check_types(["CITY", "Country"]))
        ['city', 'country']
    """
    if types is None:
        return None
    if isinstance(types, str):
        types = [types]
    wanted = {str(t).strip().lower() for t in types}
    unknown = sorted(wanted - set(TYPES))
    if unknown:
        raise ValueError(
            f"textkit_gazetteer: unknown entity type(s) {unknown}; use any of "
            f"{[t.upper() for t in TYPES]} (in any case)"
        )
    return wanted or None


class GazetteerComponent:
    """Plain class: ``__call__`` = find mentions, then set annotations.

    Args:
        nlp: the pipeline (unused; spaCy passes it).
        name: the component's name in the pipeline.
        gazetteer_path: a base gazetteer folder; ``None`` for the shipped data
            (with ``$TEXTKIT_GAZETTEER`` on top).
        overlays: the user's folders layered on top.
        types: entry types to tag (``["CITY"]`` or ``"CITY"``, any case); ``None`` for all.
        overwrite: replace entities already in ``doc.ents`` where they overlap.
        alignment_mode: how a mention snaps to the tokens (see the module docstring).
    """

    def __init__(
        self,
        nlp: Any,
        name: str = FACTORY,
        *,
        gazetteer_path: str | None = None,
        overlays: list[str] | None = None,
        types: list[str] | str | None = None,
        overwrite: bool = False,
        alignment_mode: str = "expand",
    ) -> None:
        from textkit.gazetteer import load_gazetteer

        if alignment_mode not in ALIGNMENTS:
            raise ValueError(
                f"textkit_gazetteer: alignment_mode must be one of {list(ALIGNMENTS)}, "
                f"got {alignment_mode!r}"
            )
        self.name = name
        self.types = check_types(types)
        self.gazetteer = load_gazetteer(gazetteer_path, overlays=overlays or ())
        self.overwrite = overwrite
        self.alignment_mode = alignment_mode

    def __call__(self, doc: Any) -> Any:
        from spacy.util import filter_spans

        spans = []
        for m in self.gazetteer.find_mentions(doc.text, types=self.types):
            span = doc.char_span(
                m.start, m.end, label=m.type, kb_id=m.entry.id, alignment_mode=self.alignment_mode
            )
            if span is not None and len(span):
                span._.gazetteer_score = m.score
                spans.append(span)
        spans = filter_spans(spans)  # two mentions expanded onto one token: keep one
        if self.overwrite:
            kept = [e for e in doc.ents if not any(_overlap(e, s) for s in spans)]
            doc.ents = filter_spans(kept + spans)
        else:
            existing = list(doc.ents)
            doc.ents = existing + [s for s in spans if not any(_overlap(s, e) for e in existing)]
        return doc


def _overlap(a: Any, b: Any) -> bool:
    return bool(a.start < b.end and b.start < a.end)


def make_component(
    nlp: Any,
    name: str,
    gazetteer_path: str | None,
    overlays: list[str],
    types: list[str] | str | None,
    overwrite: bool,
    alignment_mode: str,
) -> GazetteerComponent:
    """The factory function (registered with spaCy by :mod:`textkit.spacy_factory`)."""
    return GazetteerComponent(
        nlp,
        name,
        gazetteer_path=gazetteer_path,
        overlays=overlays,
        types=types,
        overwrite=overwrite,
        alignment_mode=alignment_mode,
    )


def register() -> None:
    """Register the ``textkit_gazetteer`` factory with spaCy (idempotent)."""
    import textkit.spacy_factory  # noqa: F401  (registers on import)


def add_to_pipe(nlp: Any, **config: Any) -> Any:
    """Register the factory and add the component to *nlp*; returns the component."""
    register()
    return nlp.add_pipe(FACTORY, config=config)
