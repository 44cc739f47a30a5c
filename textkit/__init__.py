"""textkit: bilingual Persian–English document processing for city-diplomacy papers."""

from __future__ import annotations

__version__ = "0.1.0"
