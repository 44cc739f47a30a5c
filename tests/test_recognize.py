"""recognize(doc, gazetteer) → schema Entities with block offsets."""

from __future__ import annotations

from pathlib import Path

from textkit.gazetteer import Gazetteer
from textkit.model import Block, Document
from textkit.recognize import recognize

MINI = Path(__file__).parent / "data" / "gazetteer" / "mini"


def test_recognize_blocks_to_entities() -> None:
    gaz = Gazetteer.from_dir(MINI)
    doc = Document(
        "x.txt",
        "0" * 64,
        "text",
        2,
        [
            Block("b1", 1, "paragraph", "خواهرخواندگی اصفهان با کیوتو، ژاپن"),
            Block("b2", 2, "footnote", "Toledo, Ohio"),
            Block("b3", 2, "paragraph", ""),
        ],
    )
    ents = recognize(doc, gaz)
    assert [(e.block, e.text, e.type, e.link.id) for e in ents] == [
        ("b1", "اصفهان", "CITY", "gn:418863"),
        ("b1", "کیوتو", "CITY", "gn:1857910"),
        ("b1", "ژاپن", "COUNTRY", "country:JP"),
        ("b2", "Toledo", "CITY", "gn:5174035"),
        ("b2", "Ohio", "REGION", "adm1:US.OH"),
    ]
    for e in ents:
        block = next(b for b in doc.blocks if b.id == e.block)
        assert block.text[e.start : e.end] == e.text
        assert e.page == block.page
        assert e.score == 1.0
