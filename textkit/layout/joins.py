"""Joining the lines of a paragraph: line-end hyphens and URLs broken at a line end.

A line-end hyphen in an English word is a word break or part of a compound;
the document's own words decide first (:func:`document_words`), then a list of
English words (``data/en_words.txt.gz``, SCOWL), then the producer's habit.
URLs broken at a line end are joined without a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textkit.script import english_words as script_english_words


@dataclass(frozen=True, slots=True)
class Words:
    """English words of a document as printed inside lines (never at a line end).

    ``plain`` holds lower-cased words, ``compounds`` hyphenated compounds
    («descriptive-analytical») seen whole in a line: the evidence that decides
    whether a line-end hyphen is a word break or part of a compound.
    """

    plain: frozenset[str] = frozenset()
    compounds: frozenset[str] = frozenset()


# a Latin word, or a hyphenated compound of Latin words
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def document_words(texts: Iterable[str]) -> Words:
    """Collect :class:`Words` from the text of every line of a document.

    Example:
        >>> w = document_words(["the nations of the world", "a long-term plan"])
        >>> "nations" in w.plain, "long-term" in w.compounds
        (True, True)
    """
    plain: set[str] = set()
    compounds: set[str] = set()
    for t in texts:
        body = t[:-1] if t.endswith("-") else t
        for m in _LATIN_WORD.finditer(body):
            w = m.group(0).lower()
            if "-" in w:
                compounds.add(w)
                plain.update(w.split("-"))
            else:
                plain.add(w)
    return Words(frozenset(plain), frozenset(compounds))


# the Latin word before a line-end hyphen, and the one that starts the next line
_HEAD = re.compile(r"([A-Za-z]+)-$")
_TAIL = re.compile(r"^([a-z]+)")


def _hyphen_is_break(out: str, t: str, hyphenates: bool, words: Words | None) -> bool | None:
    """Whether ``out``'s line-end hyphen breaks a word before ``t`` (None: not a Latin word)."""
    h, m = _HEAD.search(out), _TAIL.match(t)
    if not h or not m or not h.group(1)[-1].islower():
        return None
    a, b = h.group(1).lower(), m.group(1)
    if words is not None:
        if f"{a}-{b}" in words.compounds:
            return False  # the compound is printed whole elsewhere
        if a + b in words.plain:
            return True  # the joined word is printed elsewhere
    known = english_words()
    if a + b in known:
        return True  # a known English word: «agree-» + «ments»
    if b in known:
        return False  # a word after the hyphen, their join is none: «descriptive-analytical»
    return hyphenates


def english_words() -> frozenset[str]:
    """Known English words of five letters or more (:func:`textkit.script.english_words`).

    Example:
        >>> "agreements" in english_words(), "descriptiveanalytical" in english_words()
        (True, False)
    """
    return script_english_words()


def join_lines(
    texts: Sequence[str], direction: str, *, hyphenates: bool = True, words: Words | None = None
) -> str:
    """Join the lines of a paragraph; undo English line-end hyphenation.

    A URL broken at a line end (``<https://…`` not yet closed by ``>``, or a
    bare ``https:``/``www.`` token ending in a URL separator) is joined without
    a space and keeps its hyphens.  A line-end hyphen in an English word is a
    word break when the joined word is printed elsewhere in the document
    (``words``), part of a compound when the compound is; otherwise
    ``hyphenates`` decides: whether the producer breaks words with hyphens
    (TeX does by default; Writer and browsers only when asked).

    Example:
        >>> join_lines(["bring na-", "tions closer"], "ltr")
        'bring nations closer'
        >>> join_lines(["descriptive-", "analytical"], "ltr", hyphenates=False)
        'descriptive-analytical'
        >>> w = document_words(["the nations"])
        >>> join_lines(["bring na-", "tions closer"], "ltr", hyphenates=False, words=w)
        'bring nations closer'
        >>> join_lines(["see https:", "//doi.org/10.1"], "ltr")
        'see https://doi.org/10.1'
        >>> join_lines(["خواهر", "شهرها"], "rtl")
        'خواهر شهرها'
    """
    out = ""
    for t in texts:
        if not t:
            continue
        brk = _hyphen_is_break(out, t, hyphenates, words) if out.endswith("-") else None
        if open_url(out) or _bare_url_end(out, t) or out.endswith(("(", "[", "«", "‹")):
            # inside a URL, or after an opening bracket: the line break was no space
            out += t
        elif brk:
            out = out[:-1] + t
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha():
            # a compound broken at its hyphen: "دولت-" + "شهرها", "UN-" + "HABITAT"
            out += t
        elif out:
            out += " " + t
        else:
            out = t
    return out


# the last token of a line when it is an unfinished URL: "https:", "(www.", "https://a.org/"
_URL_END = re.compile(r"(?:https?:(?://\S*)?|www\.\S*|\S*://\S*)$")


def _bare_url_end(out: str, nxt: str) -> bool:
    """True when ``out`` ends inside a URL set without brackets and ``nxt`` continues it.

    Example:
        >>> _bare_url_end("(www.", "mashhad.ir)"), _bare_url_end("at https:", "//doi.org")
        (True, True)
        >>> _bare_url_end("see www.a.ir", "and more")
        False
        >>> _bare_url_end("https://doi.org/10.5555/usr.", "2018.0123")
        True
        >>> _bare_url_end("at https://a.org.", "The")
        False
    """
    if not nxt or nxt[0].isspace():
        return False
    # a match is whitespace-free and ends the text (or stands before its final "\n"):
    # only the last token is searched, not the whole paragraph joined so far
    start = len(out) - 1 if out.endswith("\n") else len(out)
    while start > 0 and not out[start - 1].isspace():
        start -= 1
    m = _URL_END.search(out, start)
    if not m:
        return False
    tok = m.group(0)
    if tok.endswith(":"):
        return nxt.startswith("//")
    # a final "." ends the sentence more often than it splits a host name, except "www."
    ends_open = tok.endswith(("/", "-", "_", "?", "=", "&", "#", "~", "www."))
    if not ends_open and tok.endswith(".") and "://" in tok:
        # a "." in a URL is followed by a digit or a small letter («…/usr.» ⏎ «2018.0123»,
        # xurl breaks anywhere); a new sentence starts with a capital or a Persian letter
        ends_open = nxt[0].isdigit() or nxt[0].islower()
    return ends_open and nxt[0].isascii() and not nxt[0].isspace()


def open_url(text: str) -> bool:
    """True when ``text`` ends inside a URL: ``<http…`` with no ``>`` yet.

    Example:
        >>> open_url("see <https://a.org/x"), open_url("see <https://a.org/x>")
        (True, False)
    """
    k = text.rfind("<http")
    return k >= 0 and ">" not in text[k:] and " " not in text[k:]
