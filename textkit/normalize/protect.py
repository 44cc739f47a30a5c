"""Spans that no Persian rule may touch: URLs, DOIs, e-mail addresses, file names.

Latin words and numbers need no protection of their own: the Persian rules only
ever look at runs of Arabic-script letters, and digits are kept as written.
"""

from __future__ import annotations

import re

#: One alternation, tried left to right at each position:
#:   URL          "https://doi.org/10.1000/182." -> "https://doi.org/10.1000/182"
#:   www address  "www.shahrdari.ir،"            -> "www.shahrdari.ir"
#:   DOI          "doi:10.1016/j.cities.2020.1"  -> "10.1016/j.cities.2020.1"
#:   e-mail       "Tafazzoli_hossein@yahoo.de"   -> whole address
#:   file name    "Image2.jpg", "گزارش.pdf"      -> whole name
_PROTECT_RE = re.compile(
    r"""
      (?:https?|ftp)://[^\s<>"«»]+
    | www\.[^\s<>"«»]+
    | \b10\.\d{4,9}/[^\s<>"«»]+
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
    | [\w-]+\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|tiff?|txt|csv|json|xml|html?|zip|odt)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: Cheap test run first: text without any of these has nothing to protect.
_HINT_RE = re.compile(
    r"://|www\.|@|10\.\d|\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|tiff?|txt|csv|json|xml|html?|zip|odt)\b",
    re.IGNORECASE,
)
#: Sentence punctuation that ends a URL rather than belonging to it: "….ir)." -> "….ir".
_TRAILING = ".,;:!?)]}'،؛؟»"


def find_protected(text: str) -> list[tuple[int, int]]:
    """Return the sorted ``(start, end)`` spans of text to leave untouched.

    Example:
        >>> s = "نگاه کنید به https://doi.org/10.1000/182."
        >>> [s[a:b] for a, b in find_protected(s)]
        ['https://doi.org/10.1000/182']
    """
    spans: list[tuple[int, int]] = []
    if _HINT_RE.search(text) is None:
        return spans
    for m in _PROTECT_RE.finditer(text):
        start, end = m.span()
        while end > start and text[end - 1] in _TRAILING:
            # Keep a closing bracket that has its opening one inside: "(…wiki/Foo_(bar))".
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
