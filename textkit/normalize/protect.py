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
#: The rest of a whitespace-free token: "doi.org/10.1000/182." -> the whole of it.
_TOKEN_REST_RE = re.compile(r"\S*")
#: A whitespace-free token longer than this is no address (and a regex over it
#: could cost the square of its length).
MAX_TOKEN = 2048


def find_protected(text: str) -> list[tuple[int, int]]:
    """Return the sorted ``(start, end)`` spans of text to leave untouched.

    Every protected span contains a hint (``://``, ``www.``, ``@``, ``10.`` +
    digit, a file suffix) and no whitespace, so only the whitespace-free tokens
    around hints are searched: the cost is linear in the text, whatever its
    line lengths.

    Example:
        >>> s = "نگاه کنید به https://doi.org/10.1000/182."
        >>> [s[a:b] for a, b in find_protected(s)]
        ['https://doi.org/10.1000/182']
    """
    spans: list[tuple[int, int]] = []
    done = 0  # text before this index has been searched
    for hint in _HINT_RE.finditer(text):
        if hint.start() < done:
            continue
        a = hint.start()
        while a > done and not text[a - 1].isspace():
            a -= 1
        m = _TOKEN_REST_RE.match(text, hint.start())
        b = m.end() if m else hint.end()
        done = b
        if b - a <= MAX_TOKEN:
            spans += _protected_in(text, a, b)
    return spans


def _protected_in(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The protected spans inside ``text[a:b]`` (one whitespace-free token)."""
    spans = []
    for m in _PROTECT_RE.finditer(text, a, b):
        start, end = m.span()
        while end > start and text[end - 1] in _TRAILING:
            # Keep a closing bracket that has its opening one inside: "(…wiki/Foo_(bar))".
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
