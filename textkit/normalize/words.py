"""Readings of one glued Persian word: where its lost ZWNJs go.

Tried in order: the lexicon (``forms``/``plain``); ``می``/``نمی`` (+ preverb) +
verb; stem + suffix (plural, comparative, clitics after ``ه``/``ی``, ezafe
``ه‌ی``), ranked by whether the stem is known and how frequent it is; ``به`` +
known word; known word + productive tail, or productive head + known word.
A word nothing explains (a name, a rare word) comes back unchanged.
"""

from __future__ import annotations

import functools

from textkit.normalize.lexicon import Lexicon, load_lexicon

ZWNJ = "\u200c"

#: Letters that do not join to the following letter: no ZWNJ is ever needed after them.
NON_JOINING = frozenset("اآأإٱدذرزژوؤۀءةٲٳ")
#: Combining marks skipped when looking for the last letter of a stem: "خانهٔ" ends in ه.
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0656)) | {"\u0670"}

#: Suffixes that take a ZWNJ after a joining letter: کتاب‌ها, بزرگ‌ترین; شهرها, دورتر.
ZWNJ_SUFFIXES = (
    "هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "هاست", "های", "ها",
    "ترین", "تری", "تر",
)  # fmt: skip
#: Suffixes written with a ZWNJ only after a final ه (or ی): خانه‌ای, رفته‌اند, علمی‌ای,
#: تنهایی‌اش, روحیه‌تان. Maps suffix -> the stem-final letters it may follow.
HEH_SUFFIXES: dict[str, str] = {
    "اند": "ه", "ایم": "ه", "اید": "ه", "است": "ه",
    "ای": "هی", "ام": "هی", "ات": "هی", "اش": "هی",
    "شان": "هی", "تان": "هی", "مان": "هی",
    "ی": "ه",  # ezafe written ه‌ی: توسعه‌ی پایدار
}  # fmt: skip
#: Clitics after a participle: رفته‌اند, می‌کرده‌ام.
VERB_CLITICS = ("اند", "ایم", "اید", "ام", "ای", "است")
#: Prepositions written with a ZWNJ before a known noun when glued: به‌عنوان, به‌منزله.
PREPOSITIONS = ("به",)
#: Shortest part of a compound split by the head/tail rule ("کم‌رم" from کمرم is not one).
MIN_PART = 3
#: Plural suffixes added even to an unknown stem of 3+ letters: زئولیت‌ها, میتینگ‌های.
PLURALS = ("هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها")
#: Verb prefixes always followed by ZWNJ: می‌شود, نمی‌رفتند.
VERB_PREFIXES = ("نمی", "می")
#: Preverbs written glued before می: برمی‌گردد, درمی‌آید.
PREVERBS = ("بر", "در", "فرا", "باز", "وا", "ور", "فرو")


def last_letter(word: str) -> str:
    """The last letter of ``word``, skipping combining marks ("خانهٔ" -> "ه")."""
    for ch in reversed(word):
        if ch not in _MARKS:
            return ch
    return ""


def joins(word: str) -> bool:
    """True when the last letter of ``word`` joins to the next one (so a ZWNJ is needed).

    Example:
        >>> joins("کتاب"), joins("شهر")
        (True, False)
    """
    last = last_letter(word)
    return bool(last) and last not in NON_JOINING


def glue(left: str, right: str) -> str:
    """Attach ``right`` to ``left`` with a ZWNJ only where the letters would join."""
    return left + ZWNJ + right if joins(left) else left + right


def known(word: str, lex: Lexicon) -> str | None:
    """The written form of a known stem, or None."""
    form = lex.forms.get(word)
    if form is not None:
        return form
    if word in lex.plain:
        return word
    return None


def is_verb(rest: str, lex: Lexicon) -> bool:
    """True if ``rest`` is an inflected verb that can follow می/نمی."""
    if rest in lex.verbs:
        return True
    # Participle plus clitic: رفته‌اند, کرده‌ام (after می: می‌کرده‌اند).
    for suffix in VERB_CLITICS:
        if (
            rest.endswith(suffix)
            and rest[: -len(suffix)] in lex.verbs
            and rest[: -len(suffix)].endswith("ه")
        ):
            return True
    return False


def verb_form(rest: str, lex: Lexicon) -> str:
    """ "کردهاند" -> "کرده‌اند" when ``rest`` is a participle plus clitic."""
    for suffix in VERB_CLITICS:
        stem = rest[: -len(suffix)]
        if (
            rest.endswith(suffix)
            and rest not in lex.verbs
            and stem in lex.verbs
            and stem.endswith("ه")
        ):
            return stem + ZWNJ + suffix
    return rest


def _prefix_reading(word: str, lex: Lexicon) -> str | None:
    """می/نمی (+ preverb) readings: "میشود" -> "می‌شود", "برمیگردد" -> "برمی‌گردد"."""
    for pre in VERB_PREFIXES:
        if word.startswith(pre) and len(word) > len(pre) + 1 and is_verb(word[len(pre) :], lex):
            return pre + ZWNJ + verb_form(word[len(pre) :], lex)
    for pv in PREVERBS:
        if word.startswith(pv):
            inner = (
                _prefix_reading(word[len(pv) :], lex)
                if word[len(pv) :].startswith(VERB_PREFIXES)
                else None
            )
            if inner is not None:
                return pv + inner
    return None


def _suffix_reading(word: str, lex: Lexicon, depth: int = 0) -> str | None:
    """Stem + suffix readings (see the ranking below).

    "شبکهای" -> "شبکه‌ای" (not "شبک‌های"), "کلانشهرها" -> "کلان‌شهرها".
    """
    best: tuple[tuple[bool, int, bool, int], str] | None = None
    for suffix in (*ZWNJ_SUFFIXES, *HEH_SUFFIXES):
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if len(stem) < 2:
            continue
        if (
            suffix in HEH_SUFFIXES
            and (
                len(stem) < MIN_PART
                or last_letter(stem) not in HEH_SUFFIXES[suffix]
                # ی after ا/و is a glide, not the ی of یای نسبت: پایتان, دعوایشان stay glued.
                or (stem.endswith("ی") and stem[-2:-1] in ("ا", "و"))
                # ه after ا/و (گاه, کوه, گروه) or in الله is a consonant: گاهی, آیت‌اللهی.
                or (suffix == "ی" and (stem[-2:-1] in ("ا", "و") or stem.endswith("الله")))
            )
        ):
            continue
        form = known(stem, lex)
        direct = form is not None
        if form is None and depth == 0:
            form = (
                _prefix_reading(stem, lex)
                or _suffix_reading(stem, lex, depth + 1)
                or _compound_reading(stem, lex)
            )
        if form is None:
            continue
        # Rank: a stem found as such, then the more frequent stem (دندان‌هایم, not
        # دندانه‌ایم; دسته‌ای, not دست‌های), then the plural family, then the longer stem.
        rank = (direct, lex.freq.get(stem, 0), suffix in PLURALS, len(stem))
        if best is None or rank > best[0]:
            best = (rank, glue(form, suffix))
    if best is None and depth == 0:
        for suffix in PLURALS:
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 3 and joins(stem):
                return stem + ZWNJ + suffix
    return best[1] if best else None


def _compound_reading(word: str, lex: Lexicon) -> str | None:
    """Known word + productive tail, or productive head + known word.

    "اعتراضبرانگیز" -> "اعتراض‌برانگیز" (tail برانگیز), "نیمهراه" -> "نیمه‌راه" (head نیمه).
    The longest known part wins.
    """
    best: tuple[int, str] | None = None
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:i], word[i:]
        if not joins(head):
            continue
        if tail in lex.tails:
            form = known(head, lex)
            if form is not None and (best is None or len(head) > best[0]):
                best = (len(head), form + ZWNJ + tail)
        if head in lex.heads and tail not in HEH_SUFFIXES:
            form = known(tail, lex)
            if form is not None and (best is None or len(tail) > best[0]):
                best = (len(tail), head + ZWNJ + form)
    if best is None:
        for prep in PREPOSITIONS:
            rest = word[len(prep) :]
            if word.startswith(prep) and len(rest) >= MIN_PART and rest in lex.plain:
                # "بهعنوان" -> "به‌عنوان", "بهمنزله" -> "به‌منزله" (rest must be a known word).
                best = (0, prep + ZWNJ + rest)
    return best[1] if best else None


def restore_word(word: str, lex: Lexicon | None = None) -> str:
    """Restore the ZWNJs of one glued word; unknown words come back unchanged.

    Args:
        word: a Persian word without ZWNJ.
        lex: the lexicon (default: the shipped one).

    Returns:
        The word as it should be written.

    Example:
        >>> restore_word("شهرداریها") == "شهرداری\u200cها"
        True
    """
    lex = lex or load_lexicon()
    return reading(word, lex)


@functools.lru_cache(maxsize=65536)
def reading(word: str, lex: Lexicon) -> str:
    """:func:`restore_word` with an explicit lexicon, cached per (word, lexicon)."""
    form = known(word, lex)
    if form is not None:
        return form
    form = _prefix_reading(word, lex) or _suffix_reading(word, lex) or _compound_reading(word, lex)
    if form is None and any(ch in _MARKS for ch in word):
        form = _reading_without_marks(word, lex)
    return form or word


def _reading_without_marks(word: str, lex: Lexicon) -> str | None:
    """Read the word with its diacritics set aside, then put them back.

    "موافقتنامهٔ" -> "موافقت‌نامهٔ", "کتابهایِ" -> "کتاب‌هایِ".
    """
    bases = [i for i, ch in enumerate(word) if ch not in _MARKS]
    bare = "".join(word[i] for i in bases)
    if not bare:
        return None
    form = reading(bare, lex)
    if form == bare:
        return None
    out: list[str] = []
    k = 0  # index into bare
    for ch in form:
        if ch == ZWNJ:
            out.append(ZWNJ)
            continue
        end = bases[k + 1] if k + 1 < len(bases) else len(word)
        out.append(word[bases[k] : end])  # the letter and the marks on it
        k += 1
    if bases[0] > 0:  # marks before the first letter (rare): keep them in front
        out.insert(0, word[: bases[0]])
    return "".join(out)
