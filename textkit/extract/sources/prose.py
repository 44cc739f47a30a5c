"""Agreements stated in running text: one pass over the sentences of the document.

A sentence is read when it carries a twinning word («خواهرخوانده», "sister city",
"twinned", "friendship city", "partner city", …; ``vocab/cues.tsv``), or when it
follows such a sentence and lists places after "agreements with", "signed with",
«با شهرهای» (the twinning word was in the sentence before). Its places
(:func:`~textkit.extract.linking.places_in`) are split into the **subject** — the
city whose ties the sentence states — and its **partners**:

1. "between X and Y", «بین X و Y», «میان X و Y» pair X and Y;
2. a twinning word owned by a city: «خواهرخوانده شیراز», «خواهرخوانده‌های مشهد»,
   "sister city of X", "X's sister cities" → that city is the subject;
3. the city before «با» / "with" is the subject, the places after it are partners
   ("Tabriz signed with Kazan", «تبریز با شهر کازان روسیه خواهرخوانده شد»);
4. otherwise the document's subject city if the sentence names it, else the first
   city named;
5. a sentence naming one city only pairs it with the document's subject city
   («این شهر», "the city" — the subject is then implicit).

Every partner of a list is a partner of the subject, never of the item before it;
a country or region written next to a city qualifies it and is not a partner. The
stage and year are read in the clause of each partner (then in the sentence): a
year written with the partner «(۱۳۸۳)», "(2001)", "in 2001" wins over one written
elsewhere; "today", «امروز» give the document's own date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from textkit.dates import YearInfo, find_years
from textkit.extract.context import Context
from textkit.extract.cues import Cue, demonym_country, find_cues
from textkit.extract.linking import (
    common_english_word,
    licensed_places,
    named_place,
    plausible_name,
    read_name,
)
from textkit.extract.model import Candidate, Place
from textkit.extract.text import DATE_LABELS, clauses, sentences, undated_day
from textkit.model import Block

__all__ = ["prose_candidates"]

# Strength of the evidence (see textkit.extract.resolve for the scale).
EXPLICIT = 0.85  # a pairing construction: between, «با», owner of the twinning word
COOCCUR = 0.75  # a twinning sentence naming the two places, no construction
IMPLICIT = 0.6  # one place named; the other is the document's subject city
CARRIED = 0.6  # no twinning word in the sentence; it follows one that has

# "between X and Y" / «بین X و Y» / «میان X و Y»
_BETWEEN = re.compile(
    r"\bbetween\b|\bpairs?\s+of\b|(?<=,\s)of\b|\btwinning\s+of\b"
    r"|(?<!\w)(?:بین|میان)(?!\w)(?!\s*\u200c?\s*الملل)",
    re.I,
)
# Between the two places of "between X and Y": and/و, after whatever qualifies X
# ("in Canada", a footnote mark), before a place word for Y.
_AND = re.compile(
    r"^[^.;؛\n]{0,40}?(?:^|\s|[»”\"])(?:and|&|و)\s*[«“\"]?\s*(?:the\s+)?(?:[A-Z]\w+['’]s\s+)?"
    r"(?:(?:city|town)\s+of\s+|شهر\s+|شهرداری\s+)?$",
    re.I,
)
# «با» / "with": the places after it are partners of the place before it
_WITH = re.compile(r"(?<!\w)(?:با|with)(?!\w)", re.I)
# Words that make a sentence after a twinning sentence a list of the same ties.
_AGREEMENT_WORDS = re.compile(
    r"agreements?|signed|ties|relations|links?|twins|تفاهم|قرارداد|پیمان|رابطه|روابط|پیوند",
    re.I,
)
# Between a twinning word and the city that owns it: «خواهرخوانده شیراز»,
# «خواهرخواندگان شهر شیراز», "sister city of Seattle", "sister cities of the city of X".
_OWNER_GAP = re.compile(
    r"^(?:\s*(?:of|to)\s+(?:the\s+)?(?:city\s+of\s+)?"
    r"|\s+(?:(?:جدید|تازه|رسمی|\S+مین|های|ی)\s+)?(?:شهر\s+|کلانشهر\s+)?)$",
    re.I,
)
# A city owning the twinning word before it: "Mashhad's sister cities".
_POSSESSIVE = re.compile(r"^['’]s\s+(?:\w+\s+){0,2}$")
# A year written right after a partner: " (2001)", «(۱۳۸۳)», ", 2004", " in 2001", «در سال ۱۳۸۳».
_ITEM_YEAR = re.compile(
    # ", Yemen (June 25, 1967)": the partner's country may stand between
    r"(?:[^\S\n]*[,،][^\S\n]*[^\W\d_]+(?:[^\S\n][^\W\d_]+)?(?=[^\S\n]*[(,،]))?"
    r"[^\S\n]*(?:\([^()]{0,30}?|[,،][^\S\n]*|[^\S\n]+(?:in|since|from|در|از)[^\S\n]+(?:سال[^\S\n]+)?)"
    r"(?P<y>[0-9\u06f0-\u06f9]{4})",
    re.I,
)


@dataclass
class _State:
    """What the pass remembers from earlier sentences."""

    kind: str | None = None  # the twinning word of the sentence before, if any
    distance: int = 99  # sentences since the last twinning word
    last: tuple[int, int] = (0, 0)  # the candidates of the last sentence that gave some
    topic_near: bool = False  # the subject city is named in this block or just before
    twinning_near: bool = False  # a twinning word is written within three sentences
    subject: Place | None = None  # the place the last twinning sentences were about
    subject_age: int = 99  # sentences since it was named


def _topic_nearby(ctx: Context, blocks: list[Block]) -> list[bool]:
    """Per block: is the document's subject city named in the title/lead, in this
    block or in one of the two blocks before? Only then may «این شهر», "the city" or a
    lone partner stand for a tie with it."""
    topic = ctx.topic
    if topic is None:
        return [False] * len(blocks)
    named = [any(p.same_place(topic) for p in ctx.places(b, 0, len(b.text))) for b in blocks]
    lead = any(named[:2])
    return [(lead and i < 6) or any(named[max(0, i - 2) : i + 1]) for i in range(len(blocks))]


def prose_candidates(ctx: Context) -> list[Candidate]:
    """Candidates from every sentence of the running text of the document."""
    out: list[Candidate] = []
    state = _State()
    runs = _runs(ctx.text_blocks())
    near = _topic_nearby(ctx, [r.block for r in runs])
    units = [(i, s, e) for i, run in enumerate(runs) for s, e in sentences(run.block.text)]
    twinning = [bool(find_cues(runs[i].block.text[s:e], ("twinning",))) for i, s, e in units]
    ended: tuple[int, str] | None = None  # a sentence that ended ties it names no party of
    for k, (i, s, e) in enumerate(units):
        run = runs[i]
        state.topic_near = near[i]
        # a memorandum counts when a twinning word is written within three sentences
        state.twinning_near = any(twinning[max(0, k - 3) : k + 4])
        found = _sentence(ctx, run.block, s, e, state)
        if found:
            if ended is not None and k - ended[0] <= 2:
                # "… severed sister city relations with the cities of the Russian
                # Federation. The sister cities of Dnipro were Samara, …": the ties the
                # sentences before ended, named now without a stage of their own
                from dataclasses import replace

                found = [c if c.stage else replace(c, stage=ended[1]) for c in found]
            ended = None
            state.last = (len(out), len(out) + len(found))
            out += [run.locate(c) for c in found]
        else:
            _follow_up(run.block.text, s, e, out, state)
            if twinning[k]:
                stage = _stage(find_cues(run.block.text[s:e], ("stage",)))
                if stage in ("ended", "suspended"):
                    ended = (k, stage)
    return out


@dataclass(frozen=True)
class _Run:
    """Blocks read as one text: a paragraph that a plain-text reader cut at its line
    ends («… relationships (Limeria, Brazil and» / «Christchurch, New Zealand.)»)."""

    block: Block
    parts: tuple[tuple[Block, int], ...]  # each real block and where its text starts

    def locate(self, c: Candidate) -> Candidate:
        """The candidate with its evidence in the real block that holds it (or, when
        the sentence spans blocks, in the first one, quoted whole)."""
        if len(self.parts) == 1:
            return c
        from dataclasses import replace

        for real, at in self.parts:
            if at <= c.start and c.end <= at + len(real.text):
                return replace(c, block=real, start=c.start - at, end=c.end - at)
        first = next(real for real, at in self.parts if at <= c.start < at + len(real.text) + 1)
        return replace(c, block=first, quote=self.block.text[c.start : c.end])


_TERMINAL = re.compile(r"[.!?؟:؛;»”\"]\s*$")
# A line that stops in the middle of a phrase: "… relationships (Limeria, Brazil and"
_OPEN_END = re.compile(r"(?:\b(?:and|or|of|the|with|to|in|a)|[(,،]|\s(?:و|با|از|به|در))\s*$", re.I)
_STARTS_ITEM = re.compile(r"\s*(?:[•▪◦*\-–]|[0-9\u06f0-\u06f9]{1,2}\s?[.)\-])")


def _runs(blocks: list[Block]) -> list[_Run]:
    """Group paragraphs cut at line ends back into one text each."""
    from dataclasses import replace

    runs: list[list[Block]] = []
    for b in blocks:
        prev = runs[-1][-1] if runs else None
        last_line = prev.text.rsplit("\n", 1)[-1] if prev is not None else ""
        if (
            prev is not None
            and prev.kind == b.kind == "paragraph"
            and len(last_line) >= 70
            and not _TERMINAL.search(prev.text)
            and not _STARTS_ITEM.match(b.text)
            and (
                b.text[:1].islower()
                or len(b.text.split("\n", 1)[0]) >= 70
                or _OPEN_END.search(last_line)
            )
        ):
            runs[-1].append(b)
        else:
            runs.append([b])
    out = []
    for group in runs:
        if len(group) == 1:
            out.append(_Run(group[0], ((group[0], 0),)))
            continue
        parts, pos = [], 0
        for b in group:
            parts.append((b, pos))
            pos += len(b.text) + 1
        text = "\n".join(b.text for b in group)
        ids = "+".join(b.id for b in group)
        out.append(_Run(replace(group[0], id=ids, text=text), tuple(parts)))
    return out


# "Neither of these relationships lasted", «این خواهرخواندگی لغو شد»: a sentence that
# names no place but speaks of the ties just stated.
_ANAPHOR = re.compile(
    r"\b(?:these|those|both|neither|the)\s+(?:[\w\-]+\s+)?(?:relationships?|ties|tie|agreements?|"
    r"links?|twinnings?|partnerships?)\b|\bneither\b|\b(?:the|these)\s+two\s+(?:cities|towns)\b"
    r"|(?<!\w)(?:این|آن)\s+(?:دو\s+شهر|خواهرخواندگی|پیوند|تفاهم\u200c?نامه|قرارداد|رابطه|پیمان)",
    re.I,
)


def _follow_up(text: str, s: int, e: int, out: list[Candidate], state: _State) -> None:
    """Apply what an anaphoric sentence says to the ties of the sentence before: its
    stage ("Neither of these relationships lasted"), or the year the tie was signed
    ("the town-twinning agreement between the two cities was signed on February 16, 1992")."""
    a, b = state.last
    if a == b or state.distance > 1 or not _ANAPHOR.search(text, s, e):
        return
    cues = find_cues(text[s:e], ("stage",))
    stage = _stage(cues)
    from dataclasses import replace

    if stage in ("ended", "suspended", "informal", "negated"):
        for i in range(a, b):
            out[i] = replace(out[i], stage=stage)
        return
    if stage not in ("formal", "formal-weak"):
        return
    years = [y for y in find_years(text[s:e]) if 1800 <= y.gregorian <= 2100]
    renewed = any(c.value == "renewed" for c in cues)
    if len(years) == 1 and not renewed:
        for i in range(a, b):
            if out[i].year is None:
                out[i] = replace(out[i], year=years[0], year_from="clause")


_LIST_CARRIER = re.compile(
    r"(?<!\w)(?:با\s+(?:\S+\s+){0,2}شهر|with\s+(?:the\s+)?(?:cities|towns))", re.I
)


def _sentence(ctx: Context, block: Block, s: int, e: int, state: _State) -> list[Candidate]:
    text = block.text
    cues = _shift(find_cues(text[s:e]), s)
    twin = [c for c in cues if c.role == "twinning"]
    if not twin and state.twinning_near:
        twin = [c for c in cues if c.role == "mou"]  # «تفاهم‌نامه همکاری» next to twinning
    state.distance += 1
    state.subject_age += 1
    strength_cap = 1.0
    if twin:
        state.kind, state.distance = twin[0].value, 0
    elif state.kind and (
        state.distance == 1
        or (
            state.distance <= 3
            and (
                _AGREEMENT_WORDS.search(text, s, e)
                or _LIST_CARRIER.search(text, s, e)
                or any(c.role == "list" for c in cues)
            )
        )
    ):
        strength_cap = CARRIED
    else:
        return []
    everything = ctx.places(block, s, e)
    everything = everything + licensed_places(block, s, e, ctx.linker, everything)
    everything = sorted(
        everything + ctx.known_again(block, s, e, everything), key=lambda p: p.start
    )
    places = [p for p in everything if p.type != "country"]
    places = sorted(places + _list_names(ctx, block, s, e, everything), key=lambda p: p.start)
    if not places:
        strict = ctx.linker.gazetteer is not None
        read = (
            _between(text, s, e, [], block.id, strict=strict, known=_linker_knows(ctx))
            if twin
            else []
        )
        pairs = [(_linked(ctx, a), _linked(ctx, b), EXPLICIT) for a, b in read]
        return [_candidate(ctx, block, s, e, cues, a, b, st, state) for a, b, st in pairs]
    if strength_cap == CARRIED:
        pairs = _carried_pairs(ctx, text, s, e, places, state)
    else:
        pairs = _pairs(ctx, text, s, e, places, twin, state)
    _remember_subject(text, s, places, twin, pairs, state)
    out = []
    for subject, partner, strength in pairs:
        if subject.same_place(partner) or _mixed_levels(ctx, block, subject, partner):
            continue
        out.append(
            _candidate(ctx, block, s, e, cues, subject, partner, min(strength, strength_cap), state)
        )
    return out


# Where a list of partners starts: "with", "including", «با», «شامل», «از جمله», ":".
_LIST_START = re.compile(
    r"(?<!\w)(?:with|including|such\s+as|namely|among\s+them|با|شامل|همچون|از\s+جمله|مانند|نظیر)(?!\w)"
    r"|(?:cities|towns|twins|partners|شهرها|شهرهای\s+خواهرخوانده|خواهرخوانده\u200cها)\s*:",
    re.I,
)
_ITEM_SEP = re.compile(r"\s*(?:[,،;؛]|\s(?:and|و|&)\s)\s*", re.I)
# Words before a partner's name: "the city of", «شهر», "the Polish city of".
_ITEM_LEAD = re.compile(
    r"[«“\"]?(?:(?:and|the|also|even|و|حتی|نیز|هم)\s+)*(?:(?:[A-Z][a-z]+\s+)?(?:city|town|cities|towns)\s+of\s+"
    r"|(?:شهر|شهرهای|کلانشهر|بندر)\s+)?",
    re.I,
)
# What may follow a partner's name in its item: a qualifier, a year, a bracket.
_ITEM_REST = re.compile(r"^[\s,،(\-–]*(?:(?:in|در|از)\s+)?[^\W\d_]*[\s\w()]*$")


def _list_names(ctx: Context, block: Block, s: int, e: int, places: list[Place]) -> list[Place]:
    """Partners of a list the gazetteer does not know ("… with Xi'an, Yash and Kuwait"),
    and city-states written as countries inside such a list ("Kuwait", «سنگاپور»)."""
    from dataclasses import replace

    from textkit.extract.countries import is_city_too

    text = block.text
    m = _LIST_START.search(text, s, e)
    if not m:
        return []
    out: list[Place] = []
    pos = m.end()
    after_place = False  # the item before was a place: a country after a comma qualifies it
    for sep in [*_ITEM_SEP.finditer(text, pos, e), None]:
        end = sep.start() if sep else e
        a, b = pos, end
        comma_before = text[pos - 2 : pos].strip() in (",", "،") if pos > m.end() else False
        pos = sep.end() if sep else e
        # "…, Baalbek, and Kuwait": an item opened by "and" is a new item, not a qualifier
        opens_and = re.match(r"\s*(?:and|و)\s", text[a:b], re.I) is not None
        qualifies = after_place and comma_before and not opens_and
        after_place = any(p.start < b and p.end > a and p.type != "country" for p in places)
        if qualifies and ctx.linker.country_code(text[a:b].strip(" .")) is not None:
            after_place = False
            continue  # "Najaf, Iraq": the country of the item before
        a = _item_start(text, a, b)
        if a >= b:
            continue
        inside = [p for p in places if p.start < b and p.end > a]
        if inside:
            if (
                len(inside) == 1
                and inside[0].type == "country"
                and inside[0].start == a
                and is_city_too(inside[0].name)  # "Kuwait", «سنگاپور»; not «عمان» (Oman)
            ):
                entry, score = ctx.linker.link_city(inside[0].name)
                if entry is not None and entry.type == "city":
                    out.append(replace(inside[0], type="city", entry=entry, score=score))
            continue
        span = read_name(text, a, forward=True, limit=b)
        if span is None or span[0] != a:
            continue
        if (block.id, span[0], span[1]) in ctx.linker.qualifiers:
            continue  # "Carmel, Indiana": the state of the item before
        span, country = _without_demonym(text, span)
        name = text[span[0] : span[1]]
        rest = text[span[1] : b]
        if name.isascii():
            rest = rest.rstrip(".!?")  # "…, including the Lebanese Nabatieh."
        if not plausible_name(name) or not _ITEM_REST.match(rest) or len(rest) > 40:
            continue
        if ctx.linker.gazetteer is not None and common_english_word(name):
            continue
        if (name.isupper() and len(name) > 1) or (not name.isascii() and not rest.strip()):
            continue  # an acronym; a Persian word with nothing saying it is a place
        if ctx.linker.country_code(name) is not None and (qualifies or not is_city_too(name)):
            continue  # a country is no partner of a city («… بوسنیا و هرزگوینا و تورکیه»)
        out.append(named_place(ctx.linker, name, block.id, span[0], country))
        after_place = True
    return out


def _item_start(text: str, a: int, b: int) -> int:
    """Where the name of a list item starts: after a second list start ("with several
    cities to pursue sisterhood, including …") and the words before a name."""
    restart = _LIST_START.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()), b)
    if restart:
        a = restart.end()
        a += len(text[a:b]) - len(text[a:b].lstrip())
    lead = _ITEM_LEAD.match(text, a, b)
    return lead.end() if lead else a


def _without_demonym(text: str, span: tuple[int, int]) -> tuple[tuple[int, int], str | None]:
    """ "the Lebanese Nabatieh": the name without its demonym, and the demonym's country."""
    first = re.match(r"(\S+)\s+(?=\S)", text[span[0] : span[1]])
    if first and (country := demonym_country(first.group(1))):
        return (span[0] + first.end(), span[1]), country
    return span, None


def _carried_pairs(
    ctx: Context, text: str, s: int, e: int, places: list[Place], state: _State
) -> list[tuple[Place, Place, float]]:
    """A sentence with no twinning word after one that has: only explicit structures
    count — "X با Y" pairs, or a list of partners after "with"/«با»/"including"."""
    if places and all(_GENERIC_WITH.search(text, p.end, e) for p in places):
        return []  # examples of cities with ties to unnamed «شهرهای مختلف»
    between = _between(text, s, e, places, places[0].block if places else "")
    if between:
        return [(a, b, CARRIED) for a, b in between]
    bracketed = _bracket_pairs(text, places)
    if bracketed:
        return [(a, b, CARRIED) for a, b, _ in bracketed]
    withs = [m.start() for m in _WITH.finditer(text, s, e)]
    if withs and all(p.start >= withs[0] for p in places):
        # «نخستین این پیمان‌ها … با نجف امضا شد و آخرین آنها … با کازان»: each partner
        # right after its «با» (or in a list after one); «با اشاره به … به تهران سفر» is not
        return _with_topic(ctx, _after_with(text, places, withs), state)
    pairs = _with_pairs(text, places, withs, e) if withs else []
    if pairs:
        return [(a, b, CARRIED) for a, b, _ in pairs]
    if _is_list(text, s, e, places):
        m = _LIST_START.search(text, s, e)
        assert m is not None
        partners = [p for p in places if p.start >= m.end()]
        if len(partners) == len(places):
            return _with_topic(ctx, partners, state)
        return [(places[0], p, CARRIED) for p in partners if p is not places[0]]
    return []


def _is_list(text: str, s: int, e: int, places: list[Place]) -> bool:
    """At least two places after a list start: a sentence that lists partners."""
    m = _LIST_START.search(text, s, e)
    return m is not None and sum(p.start >= m.end() for p in places) >= 2


def _shift(cues: list[Cue], by: int) -> list[Cue]:
    return [Cue(c.role, c.value, c.start + by, c.end + by, c.pattern) for c in cues]


Pair = tuple[Place, Place, float]


def _pairs(
    ctx: Context,
    text: str,
    s: int,
    e: int,
    places: list[Place],
    twin: list[Cue],
    state: _State,
) -> list[Pair]:
    """(subject, partner, strength) for the places of one sentence: clause by clause
    when several clauses each name two places ("Seattle and Kobe became sister cities
    in 1957, and Tacoma is twinned with Kitakyushu"), else for the whole sentence:
    first the constructions that say who is paired with whom, then what the number of
    places leaves."""
    unranked = _without_ranking(text, places)
    if len(unranked) < len(places):
        if len(unranked) < 2:
            return []
        places = unranked
    parts = clauses(text, s, e)
    if len(parts) > 1:
        out = _clause_pairs(ctx, text, parts, places, twin, state)
        if out:
            return out
        cued = [
            (cs, ce)
            for cs, ce in parts
            if any(cs <= c.start < ce for c in twin) or _has_stage(text, cs, ce)
        ]
        places = [p for p in places if any(cs <= p.start < ce for cs, ce in cued)] or places
    return _constructions(ctx, text, s, e, places, twin, state) or _by_count(
        ctx, text, s, e, places, twin, state
    )


def _without_ranking(text: str, places: list[Place]) -> list[Place]:
    """The places of a sentence less those ranked by their count of ties: "followed by
    Ankara and Bursa with 11, Konya with 10", «تهران با 22 شهر، اصفهان با 16 شهر» (two
    or more counted places; a place joined to a counted one by "and" is counted too)."""
    counted = {id(p) for p in places if _COUNTED.match(text, p.end)}
    if len(counted) < 2:
        return places
    for a, b in reversed(list(pairwise(places))):
        if id(b) in counted and re.fullmatch(r"\s*(?:and|و|&)\s*", text[a.end : b.start], re.I):
            counted.add(id(a))
    return [p for p in places if id(p) not in counted]


# A clause that is only the last item of the list before it: ", and Dushanbe."
_LAST_ITEM = re.compile(r"[\s,،]*(?:and|و)\s+(?:the\s+city\s+of\s+|شهر\s+)?", re.I)
_LAST_ITEM_REST = re.compile(r"(?:\s*[,،(]?\s*[^\W\d_]+\)?)?\s*[.!؟?]?\s*", re.I)


def _clause_pairs(
    ctx: Context,
    text: str,
    parts: list[tuple[int, int]],
    places: list[Place],
    twin: list[Cue],
    state: _State,
) -> list[Pair]:
    out: list[Pair] = []
    prev_end = parts[0][0] if parts else 0
    for cs, ce in parts:
        sep_at, prev_end = prev_end, ce
        local = [p for p in places if cs <= p.start < ce]
        if len(local) >= 2:
            local_twin = [c for c in twin if cs <= c.start < ce] or twin
            out += _pairs(ctx, text, cs, ce, local, local_twin, state)
        elif len(local) == 1 and out and _WITH.search(text, cs, local[0].start):
            # "…, and a memorandum with Plovdiv is expected": the sentence's subject
            out.append((out[0][0], local[0], EXPLICIT))
        elif (
            len(local) == 1
            and out
            and _LAST_ITEM.fullmatch(text, sep_at, local[0].start)
            and _LAST_ITEM_REST.fullmatch(text, local[0].end, ce)
        ):
            # "… include Istanbul, Coimbra, and Dushanbe.": the list's last item
            out.append((out[-1][0], local[0], out[-1][2]))
    return out


def _constructions(
    ctx: Context,
    text: str,
    s: int,
    e: int,
    places: list[Place],
    twin: list[Cue],
    state: _State,
) -> list[Pair]:
    """Pairs that a construction states: "between X and Y", "its sister city Y", the
    owner of the twinning word, «X با Y»; and «خواهرخواندگی X و Y» wherever it stands
    («بین تهران با بیشکک … و … تفاهم‌نامه خواهرخواندگی تهران و بوداپست»)."""
    pairs = _constructions_first(ctx, text, s, e, places, twin, state)
    nouns = _noun_pairs(ctx, text, s, e, places)
    return pairs + [n for n in nouns if not any(_same_pair(n, p) for p in pairs)]


def _constructions_first(
    ctx: Context,
    text: str,
    s: int,
    e: int,
    places: list[Place],
    twin: list[Cue],
    state: _State,
) -> list[Pair]:
    """The first construction that pairs the places of a sentence."""
    strict = ctx.linker.gazetteer is not None
    block = places[0].block if places else ""
    between = _between(text, s, e, places, block, strict=strict, known=_linker_knows(ctx))
    if between:
        return [(_linked(ctx, a), _linked(ctx, b), EXPLICIT) for a, b in between]
    dashed = _dash_pairs(text, places)
    if dashed:
        return dashed
    grouped = _pair_groups(text, s, e, places) or _bracket_pairs(text, places)
    if grouped:
        return grouped
    offices = _offices_of_two(text, s, e, places) or _all_listed_subjects(text, s, places, twin)
    if offices:
        return offices
    every = _all_of_n(text, s, e, places, twin)
    if every:
        return every
    owned = _owned_by_several(text, s, places, twin)
    if owned:
        return owned
    own = _own_partner(text, places, twin)
    if own:
        return own
    owner = _owner(text, places, twin)
    if owner is not None:
        return _owner_pairs(text, s, e, owner, places, twin)
    withs = [m.start() for m in _WITH.finditer(text, s, e)]
    if not withs:
        return []
    pairs = _with_pairs(text, places, withs, e)
    if pairs:
        return pairs
    after = [p for p in places if p.start >= withs[0]]
    if after and len(after) == len(places) and len(_distinct(places)) > 1:
        # only places right after a «با» («با بیان اینکه تهران …» names no partner)
        return _with_topic(ctx, _after_with(text, places, withs), state)
    return []


# «این سه شهر خواهرخوانده شوند», "the three cities": a tie among every pair of them.
_N_CITIES = re.compile(
    r"(?<!\w)(?:این|the|these)\s+(?P<n>سه|چهار|three|four)\s+(?:شهر|cities|towns)",
    re.I,
)
_NUMBERS = {"سه": 3, "three": 3, "چهار": 4, "four": 4}


def _all_of_n(text: str, s: int, e: int, places: list[Place], twin: list[Cue]) -> list[Pair]:
    """Every pair of the places of a sentence that says "these N cities" and names N,
    when the twinning word is what they do (it follows within a few words)."""
    m = _N_CITIES.search(text, s, e)
    distinct = _distinct(places)
    if m is None or _NUMBERS[m.group("n").lower()] != len(distinct):
        return []
    if not any(0 <= c.start - m.start() <= 100 for c in twin):
        return []  # "…, all three cities having been bombed": not a tie among them
    return [(a, b, EXPLICIT) for i, a in enumerate(distinct) for b in distinct[i + 1 :]]


# "Shusha of Azerbaijan - Khiva of Uzbekistan, Lankaran - Bukhara, Sheki - Kokand":
# places joined by a dash (a qualifier "of Azerbaijan" may come between).
_DASH_JOIN = re.compile(r"^(?:\s+(?:of|in|از|در)\s+[^\W\d_]+(?:\s[^\W\d_]+)?)?\s*[-–—]\s*$")


def _pair_groups(text: str, s: int, e: int, places: list[Place]) -> list[Pair]:
    """A list whose items are pairs: "… include Northwich and Carlow; Hartford and
    Mornant; Winsford and Deuil-la-Barre" (two or more items separated by semicolons,
    each two places joined by "and", "&", "with", «و», «با» or a dash)."""
    bounds = [s] + [s + m.end() for m in re.finditer(r"[;؛]", text[s:e])] + [e]
    if len(bounds) < 3:
        return []
    out: list[Pair] = []
    for a, b in pairwise(bounds):
        local = [p for p in places if a <= p.start and p.end <= b]
        if not local:
            continue
        if len(local) == 1:
            other = _other_of_pair(text, a, b, local[0])
            if other is None:
                return []
            local = sorted([local[0], other], key=lambda p: p.start)
        if len(local) != 2 or not _PAIR_JOIN.fullmatch(text, local[0].end, local[1].start):
            return []
        out.append((local[0], local[1], EXPLICIT))
    return out if len(out) > 1 else []


def _bracket_pairs(text: str, places: list[Place]) -> list[Pair]:
    """A list of "A (B)" items: "The severed cities are Moscow (by Chicago and Santa
    Clara County), Stravropol (Des Moines, Iowa) …" — each place and the places in the
    bracket after it (two such items at least; a country in a bracket is a qualifier,
    not a place here)."""
    out: list[Pair] = []
    for i, a in enumerate(places):
        opened = _OPEN_PAIR.match(text, a.end)
        if opened is None:
            continue
        close = text.find(")", opened.end())
        if close < 0:
            continue
        inner = [p for p in places[i + 1 :] if p.start >= opened.end() and p.end <= close]
        if not inner or inner[0].start != opened.end():
            continue
        out += [(a, b, EXPLICIT) for b in inner if not b.same_place(a)]
    return out if len({id(a) for a, _, _ in out}) > 1 else []


_OPEN_PAIR = re.compile(r"(?:[,،]\s*[^\W\d_]+(?:\s[^\W\d_]+)?)?\s*\(\s*(?:by\s+|with\s+)?", re.I)


def _all_listed_subjects(text: str, s: int, places: list[Place], twin: list[Cue]) -> list[Pair]:
    """ "Cities of Dakar (Senegal), Kinshasa (DRC) and Brazzaville (Congo) have signed a
    twinning agreement": three or more places that open the sentence as its subject, before
    its twinning word, are each other's partners (one record per pair)."""
    if not places or not twin or not _SUBJECT_LEAD.fullmatch(text, s, places[0].start):
        return []
    run = [places[0]]
    for a, b in pairwise(places):
        if b.end > twin[0].start or not _LIST_SEP.fullmatch(text, a.end, b.start):
            break
        run.append(b)
    if len(run) < 3 or not re.match(
        r"\s*(?:\([^()]{1,30}\))?\s+(?:have|has|had|were|are|signed|became|become|خواهر\s*خوانده)",
        text[run[-1].end :],
        re.I,
    ):
        return []
    return [
        (a, b, EXPLICIT) for i, a in enumerate(run) for b in run[i + 1 :] if not a.same_place(b)
    ]


_SUBJECT_LEAD = re.compile(
    r"\s*(?:(?:the\s+)?(?:cities|towns|municipalities)\s+of\s+|شهرهای\s+)?", re.I
)


def _offices_of_two(text: str, s: int, e: int, places: list[Place]) -> list[Pair]:
    """«شاروالی های اسعد آباد و ایبک … تفاهم نامه خواهر شهری», «شهرداران قشم و
    کراسنودار», "the mayors of Kazan and Isfahan": the offices of two places, named
    together in a twinning sentence, are those of its two parties."""
    out: list[Pair] = []
    for cue in find_cues(text[s:e], ("subject",)):
        if not _PLURAL_OFFICE.search(cue.pattern):
            continue
        at = s + cue.end
        two = [p for p in places if p.start >= at][:2]
        if (
            len(two) == 2
            and not text[at : two[0].start].strip()
            and _PAIR_JOIN.fullmatch(text, two[0].end, two[1].start)
            and not _PAIR_JOIN.match(text, two[1].end)
            and not two[0].same_place(two[1])
        ):
            out.append((two[0], two[1], EXPLICIT))
    return out


_PLURAL_OFFICE = re.compile(r"(?:ها|های|ان)$|mayors\s+of$|municipalities\s+of$", re.I)


def _other_of_pair(text: str, a: int, b: int, known: Place) -> Place | None:
    """The name the gazetteer does not know on the other side of "and" in a pair item
    ("Hartford and Mornant"): a capitalised name, nothing after it but the item's end."""
    after = re.match(r"\s+(?:and|&)\s+", text[known.end : b])
    span = None
    if after:
        span = read_name(text, known.end + after.end(), forward=True, limit=b)
        if span and text[span[1] : b].strip(" .;؛"):
            span = None
    else:
        before = re.search(r"\s+(?:and|&)\s+$", text[a : known.start])
        if before:
            span = read_name(text, a + before.start(), forward=False)
            if span and span[0] < a:
                span = None
    if span is None:
        return None
    name = text[span[0] : span[1]]
    if not name[:1].isupper() or not plausible_name(name) or common_english_word(name):
        return None
    return Place(name, known.block, span[0], span[1], "unknown")


_PAIR_JOIN = re.compile(r"\s+(?:and|&|with|و|با)\s+|\s*[-–]\s*", re.I)


def _dash_pairs(text: str, places: list[Place]) -> list[Pair]:
    """Pairs written "A - B" in a twinning sentence (each place in one pair at most)."""
    out: list[Pair] = []
    used: set[int] = set()
    for i in range(len(places) - 1):
        a, b = places[i], places[i + 1]
        if i in used or a.same_place(b) or not _DASH_JOIN.match(text[a.end : b.start]):
            continue  # "Cape Town - Cape Town mayor …": a dateline, not a pair
        out.append((a, b, EXPLICIT))
        used |= {i, i + 1}
    return out


def _owner_pairs(
    text: str, s: int, e: int, owner: Place, places: list[Place], twin: list[Cue]
) -> list[Pair]:
    """The partners of the city that owns a twinning word: after a «با»/"with" that
    follows it («خواهرخواندگی محمدشهر با مدینه»), else the places before the twinning
    word («شهر نانجینگ چین هم خواهرخوانده شیراز شد»), else the others of the sentence."""
    after_owner = [m.start() for m in _WITH.finditer(text, owner.end, e)]
    if after_owner:
        partners = [p for p in places if p.start >= after_owner[0]]
        return [(owner, p, EXPLICIT) for p in _run_of_items(text, partners)]
    cue_at = min((c.start for c in twin if c.end <= owner.start), default=owner.start)
    before = [p for p in places if p.end <= cue_at and p is not owner]
    chosen = before or [p for p in places if p is not owner]
    return [(owner, p, EXPLICIT) for p in chosen]


# «با شهرهای مختلفی», "with various cities", "with cities around the world": partners
# named by a generic plural, not by name.
_GENERIC_WITH = re.compile(
    r"(?<!\w)(?:با|with)\s+(?:(?:the|many|several|various|other|numerous)\s+)?"
    r"(?:شهرهای|شهر\u200cهای|cities|towns)\s+(?:مختلف|دیگر|زیاد|متعدد|بسیار|of\s+the\s+world|around|across|in\s+other)",
    re.I,
)


# After a place: a count of its ties («با 23 مورد», ", with 23 sister cities", "has 23").
_COUNTED = re.compile(
    r"\s*[,،]?\s*(?:با|with|has|have|which\s+has)\s+[0-9\u06f0-\u06f9]+(?!\s*[0-9\u06f0-\u06f9]|[/.][0-9\u06f0-\u06f9])",
    re.I,
)


def _by_count(
    ctx: Context,
    text: str,
    s: int,
    e: int,
    places: list[Place],
    twin: list[Cue],
    state: _State,
) -> list[Pair]:
    """No construction: one place is a partner of the city the text is about (only
    when written as one, after «با»/"with"); two places are each other's; more pair
    with the one before the twinning word, or with the document's city in a list."""
    if places and all(_GENERIC_WITH.search(text, p.end, e) for p in places):
        # «بسیاری از شهرهای کشور مانند تهران، اصفهان … با شهرهای مختلفی از دنیا قرارداد
        # خواهرخواندگی دارند»: examples of cities with ties, whose partners go unnamed
        return []
    if any(p.type in ("city", "unknown") for p in places):
        places = [p for p in places if p.type != "region"]  # a region beside cities is no party
    # «تهران با 23 مورد بیشترین خواهرخواندگی را دارد», "Tehran, with 23 sister cities,":
    # a place described by its count of ties is no party of this sentence's tie
    places = [p for p in places if not _COUNTED.match(text, p.end)]
    distinct = _distinct(places)
    if len(distinct) == 1 and (other := _and_unknown_twin(ctx, text, distinct[0], e)):
        return [(distinct[0], other, EXPLICIT)]  # «تبریز و خجند خواهر خوانده می شوند»
    if len(distinct) == 1:
        # not «قم تاکنون با هیچ شهری …», nor «… و تهران به تنهایی …»
        withs_before = [m.start() for m in _WITH.finditer(text, s, distinct[0].start)]
        if not withs_before or not _WITH_LEAD.match(text[withs_before[-1] : distinct[0].start]):
            return []
        return _with_topic(ctx, distinct, state)
    if len(distinct) == 2:
        return [(distinct[0], distinct[1], COOCCUR)]
    split = _around_cue(distinct, twin)
    if split:
        return split
    topic = ctx.topic
    listed = bool(find_cues(text[s:e], ("list",)))
    subject = next((p for p in places if topic is not None and p.same_place(topic)), None)
    if subject is None or not listed:
        return []  # many places and no construction that says which are paired
    return [(subject, p, COOCCUR) for p in places if p is not subject]


def _and_unknown_twin(ctx: Context, text: str, place: Place, e: int) -> Place | None:
    """«تبریز و خجند خواهر خوانده می شوند», "Kerman and Dambovita became sister cities":
    the name joined by «و»/"and" to a known place right before the twinning word is its
    partner, known to the gazetteer or not."""
    m = _AND_NAME_TWIN.match(text, place.end, e)
    if m is None:
        return None
    name = m.group("name")
    if not plausible_name(name) or common_english_word(name):
        return None
    return named_place(ctx.linker, name, place.block, m.start("name"))


_AND_NAME_TWIN = re.compile(
    r"\s+(?:و|and)\s+(?P<name>[^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)\s+"
    r"(?:خواهر\s*خوانده|خواهرخوانده|became\s+sister|are\s+now\s+sister|have\s+become\s+sister)",
    re.I,
)


def _with_pairs(
    text: str, places: list[Place], withs: list[int], e: int
) -> list[tuple[Place, Place, float]]:
    """Each «با» / "with" pairs the place right before it with the places after it, up to
    the next «با»: «هوستون، ایالات متحده با باکو، آذربایجان … جنوا، ایتالیا با روتردام»."""
    out: list[Pair] = []
    bounds = [*withs, e]
    s = min(p.start for p in places) if places else 0
    parts = clauses(text, s, e) if places else []
    for i, at in enumerate(withs):
        before = [p for p in places if p.end <= at and (i == 0 or p.start >= bounds[i - 1])]
        if not before and i > 0:
            continue
        stop = bounds[i + 1]
        opened = text.rfind("(", max(0, at - 400), at) > text.rfind(")", max(0, at - 400), at)
        brk = (_GROUP_END if opened else _CLAUSE_END).search(text, at, stop)
        end_at = brk.start() if brk else stop
        if i + 1 < len(withs):
            end_at = min(
                end_at, _next_clause(text, at, stop), _next_subject(text, at, stop, places)
            )
        after = [p for p in places if at <= p.start < end_at]
        if after and not _WITH_LEAD.match(text[at : after[0].start]):
            after = []  # «تهران با ۲۲ شهر، اصفهان با …»: a count, not a partner, follows
        after = _run_of_items(text, after)  # «… با شهر باکو … امضا کرد و پس از آن اردبیل …»
        if not before:
            before = [p for p in places if p.end <= at]
        clause = next(((a, b) for a, b in parts if a <= at < b), None)
        if clause is not None and before and before[-1].end <= clause[0]:
            # nothing before «با» in its own clause: the partner is the sentence's
            # subject's ("Hamadan has been a friendship city of Kutaisi, …, and a
            # memorandum with Plovdiv is expected"), not the place just before
            before = before[:1]
        if before and after and i == 0:
            # «شهرهای تبریز و اصفهان در ایران با استانبول خواهرخوانده هستند»: each city
            # of a plural place word's list is a subject
            subjects = _coordinated_subjects(text, before)
            if len(subjects) > 1:
                out += [(a, p, EXPLICIT) for a in subjects for p in after]
                continue
        if before and after:
            subject = before[-1]
            if (
                out
                and any(subject.same_place(partner) for _, partner, _ in out)
                and _LIST_GOES_ON.fullmatch(text, subject.end, at)
            ):
                # «تبریز با … باکو در آذربایجان و خجند در تاجیکستان، با هامبورگ آلمان»:
                # the list of partners goes on; the «با» is its subject's again
                subject = out[-1][0]
            out += [(subject, p, EXPLICIT) for p in after]
    return out


def _coordinated_subjects(text: str, before: list[Place]) -> list[Place]:
    """The places right before a «با»/"with" joined by «و»/"and"/commas, when a plural
    place word opens them («شهرهای تبریز و اصفهان در ایران با …», "the cities of A and
    B with …"); else the last place only."""
    run = [before[-1]]
    for a, b in reversed(list(pairwise(before))):
        if not _LIST_SEP.fullmatch(text, a.end, b.start):
            break
        run.insert(0, a)
    if len(run) > 1 and _PLURAL_PLACE_WORD.search(text, max(0, run[0].start - 20), run[0].start):
        return run
    return [before[-1]]


_PLURAL_PLACE_WORD = re.compile(
    r"(?:شهرهای|شهر\u200cهای|کلانشهرهای|the\s+cities\s+of|the\s+towns\s+of|both)\s*$", re.I
)


def _next_subject(text: str, at: int, stop: int, places: list[Place]) -> int:
    """Where the pair of the next «با» starts: «ایالت بمبئی با ولایت قندهار، ایالت
    اجمیرشریف با هرات» — the separator before the place written right before it."""
    subject = next((p for p in reversed(places) if at < p.start and p.end <= stop), None)
    if subject is None or not re.fullmatch(r"[\s»”\")]*", text[subject.end : stop]):
        return stop
    seps = list(_CLAUSE_SEP.finditer(text, at, subject.start))
    return seps[-1].start() if seps else stop


def _next_clause(text: str, at: int, stop: int) -> int:
    """Where the clause of the next «با»/"with" starts: "with Djibouti City, Amasya's
    Merzifon district has become sister cities with Dakar" — the separator before the
    first twinning or stage word between the two, else *stop*."""
    first = (
        c.start
        for c in find_cues(text[at:stop], ("twinning", "stage"))
        if text[at : at + c.start].strip() not in ("with", "با")
    )
    cue_at = next(first, None)
    if cue_at is None:
        return stop
    seps = list(_CLAUSE_SEP.finditer(text, at, at + cue_at))
    return seps[-1].start() if seps else stop


_CLAUSE_SEP = re.compile(r"[,،]\s*(?:and\s+|و\s+)?|\s(?:and|و)\s", re.I)


# Between the last partner of a list and a «با» that continues it: its qualifier, a comma.
_LIST_GOES_ON = re.compile(
    r"(?:\)|\s*\([^()]{0,30}\))?(?:\s+(?:در|از|in)\s+[^\s,،]+(?:\s[^\s,،]+)?)?\s*[,،]?\s*(?:and\s+later\s+|و\s+)?",
    re.I,
)
# Between «با»/"with" and its first partner: a few words at most, no number
# («با شهر کازان», "with the Polish city of", «با شهرهای»).
_WITH_LEAD = re.compile(r"^(?:با|with)(?:\s+[^\s\d\u06f0-\u06f9]+){0,4}?\s*$", re.I)
# Where the partners of one «با» end: a semicolon, and a closing bracket when the «با»
# is itself in brackets.
_GROUP_END = re.compile(r"[)؛;]")
_CLAUSE_END = re.compile(r"[؛;]")


# «به خواهر شهر خود چنای», "its sister city Kobe": the partner follows, the subject is the
# place the sentence is about (the nearest place before the twinning word).
def _own_partner(
    text: str, places: list[Place], twin: list[Cue]
) -> list[tuple[Place, Place, float]]:
    """«به خواهر شهر خود چنای», "listing its twin towns: A, B and C": the places after
    the twinning word are partners of the nearest place before it."""
    for cue in twin:
        after = [p for p in places if p.start >= cue.end]
        before = [p for p in places if p.end <= cue.start]
        if len(before) > 1 and _APPOSED_OWN.fullmatch(text, before[-1].end, cue.start):
            # "… Villiers-sur-Marne in France and Friedberg in Germany, its twin towns
            # since 1965": the list before the apposition is the subject's partners
            listed = [before[-1]]
            for a, b in reversed(list(pairwise(before))):
                if not _LIST_SEP.fullmatch(text, a.end, b.start):
                    break
                listed.insert(0, a)
            subject = next((p for p in reversed(before) if p.end <= listed[0].start), None)
            if subject is not None and not any(subject.same_place(p) for p in listed):
                return [(subject, p, EXPLICIT) for p in listed]
        if not (after and before):
            continue
        if re.match(
            r"^\s+(?:خود|its|their)\s+$", text[cue.end : after[0].start], re.I
        ) or re.search(r"(?:its|their|خود)\s+(?:\w+\s+)?$", text[before[-1].end : cue.start], re.I):
            return [(before[-1], p, EXPLICIT) for p in _run_of_items(text, after)]
    return []


# ", its twin towns", «، خواهرخوانده‌های خود»: what the places before it are to the subject.
_APPOSED_OWN = re.compile(
    r"(?:\s+(?:in|در)\s+[^\s,،]+(?:\s[^\s,،]+)?)?\s*[,،]\s*(?:its|their|his|her)\s+(?:\w+\s+)?",
    re.I,
)
# Between two items of a list: what qualifies the first ("in France", "(Senegal)"), then
# a comma or "and"/«و».
_LIST_SEP = re.compile(
    r"(?:\s+(?:in|در)\s+[^\s,،]+(?:\s[^\s,،]+)?|\s*\([^()]{1,30}\))?"
    r"\s*(?:[,،]\s*(?:and\s+|و\s+)?|\s(?:and|و)\s+)",
    re.I,
)


# Between two items of one list: a separator and what qualifies the item before
# (", Denmark; ", «، شهری در هند، », « (عراق)، »), no full stop, no citation in brackets.
_ITEM_GAP = re.compile(r"^(?:[^()\[\].!?؟]|\([^()\d\u06f0-\u06f9]{1,30}\))*$")


def _run_of_items(text: str, places: list[Place]) -> list[Place]:
    """The first place and the places that follow it as items of the same list."""
    out = places[:1]
    for a, b in pairwise(places):
        gap = text[a.end : b.start]
        if len(gap) > 45 or not _ITEM_GAP.match(gap) or find_cues(gap, ("twinning", "stage")):
            break  # «… ولگوگراد روسیه خواهرخوانده شد و اصفهان …»: a new clause, not an item
        out.append(b)
    return out


def _remember_subject(
    text: str,
    start: int,
    places: list[Place],
    twin: list[Cue],
    pairs: list[tuple[Place, Place, float]],
    state: _State,
) -> None:
    """The place this sentence is about, for «این شهر» / "The city" in the next ones: the
    explicit subject of its pairs, or a lone place written before its twinning word
    ("Isfahan has sister city agreements with 13 cities")."""
    explicit = [a for a, _, _ in pairs if not a.implicit]
    implicit = [a for a, _, _ in pairs if a.implicit]
    lead = _lead(text, places, twin, start)
    subject = explicit[0] if explicit else lead or (implicit[0] if implicit else None)
    if subject is not None:
        state.subject, state.subject_age = subject, 0


def _is_own_subject(text: str, place: Place) -> bool:
    """The place stands before «با»/"with" (or before the verb when there is none)."""
    nxt = _WITH.search(text, place.end)
    return nxt is None or nxt.start() > place.end


def _lead(text: str, places: list[Place], twin: list[Cue], s: int = 0) -> Place | None:
    """The sentence's own subject: its first place, written before both its twinning
    word and its «با»/"with" ("Isfahan has sister city agreements with 13 cities";
    not «این شهر با شهرهای فلورانس …»)."""
    if not places or not twin or places[0].end > twin[0].start:
        return None
    first_with = _WITH.search(text, s, places[0].start)
    return None if first_with is not None else places[0]


def _mixed_levels(ctx: Context, block: Block, a: Place, b: Place) -> bool:
    """A region paired with a city: provinces twin with provinces («خوزستان و شاندونگ»),
    cities with cities; a city that is also its province's name (Basra) counts as both.
    *block* is the sentence's (the offsets of the places written in it point into it)."""
    kinds = {_level(ctx, block, a), _level(ctx, block, b)}
    return kinds == {"region", "city"}


def _level(ctx: Context, block: Block, p: Place) -> str:
    if p.type == "region":
        # "the cities of Shusha of Azerbaijan - Khiva": a region named as a city is both
        written_here = p.block == block.id and not p.implicit
        if written_here and _CITY_WORD_BEFORE.search(block.text, max(0, p.start - 40), p.start):
            return "both"
        return "region"
    if p.type == "city" and ctx.linker.region_named(p.name):
        return "both"
    return "city"


_CITY_WORD_BEFORE = re.compile(
    r"(?:\b(?:city|cities|town|towns)\s+of\s+(?:the\s+)?|(?<!\w)(?:شهر|شهرهای)\s+)$", re.I
)


def _has_stage(text: str, start: int, end: int) -> bool:
    return bool(find_cues(text[start:end], ("stage",)))


def _distinct(places: list[Place]) -> list[Place]:
    """Each place once (its first mention)."""
    out: list[Place] = []
    for p in places:
        if not any(p.same_place(q) for q in out):
            out.append(p)
    return out


def _around_cue(places: list[Place], twin: list[Cue]) -> list[tuple[Place, Place, float]]:
    """One place before the twinning word, the others after it: "the City of Fort
    Collins entered into two Sister City relationships (Limeria, Brazil and
    Christchurch, New Zealand)"."""
    if not twin:
        return []
    before = [p for p in places if p.end <= twin[0].start]
    after = [p for p in places if p.start >= twin[0].end]
    if len(before) == 1 and len(after) >= 1 and len(before) + len(after) == len(places):
        return [(before[0], p, COOCCUR) for p in after]
    return []


def _after_with(text: str, places: list[Place], withs: list[int]) -> list[Place]:
    """The places that follow a «با»/"with" closely, with the items of a list after one."""
    out: list[Place] = []
    for i, p in enumerate(places):
        led = any(w < p.start and _WITH_LEAD.match(text[w : p.start]) for w in withs) or any(
            withs[0] < m.start() and len(text[m.end() : p.start].split()) <= 2
            for m in _LIST_START.finditer(text, withs[0], p.start)
        )  # «با سیزده شهر دنیا از جمله شیان چین، …»
        if led:
            out += [q for q in _run_of_items(text, places[i:]) if q not in out]
    return out


def _with_topic(
    ctx: Context, partners: list[Place], state: _State
) -> list[tuple[Place, Place, float]]:
    """Partners of the place the text is about: the subject of the twinning sentences
    just before («این شهر», "The city has signed agreements with …"), else the
    document's subject city when it is named nearby."""
    from dataclasses import replace

    if state.subject is not None and state.subject_age <= 2:
        topic: Place | None = state.subject
    else:
        topic = ctx.topic if state.topic_near else None
    if topic is None:
        return []
    subject = replace(topic, implicit=True)
    same_kind = [p for p in partners if (p.type == "region") == (topic.type == "region")]
    return [(subject, p, IMPLICIT) for p in same_kind if not p.same_place(topic)]


def _linked(ctx: Context, place: Place) -> Place:
    """A name read from the text, linked to the gazetteer when it names a known city."""
    if place.entry is not None:
        return place
    from dataclasses import replace

    entry, score = ctx.linker.link_city(place.name, place.country)
    if entry is None:
        return place
    return replace(
        place, entry=entry, score=score, type="city", country=place.country or entry.country
    )


def _linker_knows(ctx: Context) -> Callable[[str], bool]:
    return lambda name: ctx.linker.link_city(name)[0] is not None


def _between(
    text: str,
    s: int,
    e: int,
    places: list[Place],
    block: str = "",
    *,
    strict: bool = True,
    known: Callable[[str], bool] = lambda name: False,
) -> list[tuple[Place, Place]]:
    """ "between X and Y": two places joined by and/و right after "between"/«بین»
    (every such pair of the sentence). Names the gazetteer does not know are read
    from the text («بین توکیو و نیویورک» without a gazetteer)."""
    out = []
    for m in _BETWEEN.finditer(text, s, e):
        after = [p for p in places if m.end() <= p.start < e]
        if (
            len(after) >= 2
            and _AND.match(text[after[0].end : after[1].start])
            and not _HARD_BREAK.search(text, m.end(), after[0].start)
        ):
            out.append((after[0], after[1]))
            continue
        _add_read(out, _read_between(text, m.end(), block, strict=strict, known=known), places, e)
    return out


def _same_pair(a: Pair, b: Pair) -> bool:
    return (a[0].same_place(b[0]) and a[1].same_place(b[1])) or (
        a[0].same_place(b[1]) and a[1].same_place(b[0])
    )


def _noun_pairs(ctx: Context, text: str, s: int, e: int, places: list[Place]) -> list[Pair]:
    """«خواهرخواندگی بندر لنگه و لارستان»: the twinning noun right before "X و Y"."""
    strict = ctx.linker.gazetteer is not None
    block = places[0].block if places else ""
    out: list[Pair] = []
    for m in _TWIN_NOUN.finditer(text, s, e):
        read = _after_twin_noun(
            text, m.end(), e, places, block, strict=strict, known=_linker_knows(ctx)
        )
        if read is not None:
            out.append((_linked(ctx, read[0]), _linked(ctx, read[1]), EXPLICIT))
    return out


def _after_twin_noun(
    text: str,
    pos: int,
    e: int,
    places: list[Place],
    block: str,
    *,
    strict: bool,
    known: Callable[[str], bool],
) -> tuple[Place, Place] | None:
    """«خواهرخواندگی X و Y» with X a place found right after the noun and Y a place or a
    name read after «و»."""
    from textkit.extract.linking import is_not_place, plausible_name, read_name

    first = next((p for p in places if p.start >= pos), None)
    if first is None or text[pos : first.start].strip():
        return None
    link = _AND_WORD.match(text, first.end)
    if link is None:
        return None
    second = next((p for p in places if p.start == link.end()), None)
    if second is not None:
        return first, second
    b = read_name(text, link.end(), forward=True, limit=e, cut_common=True)
    if b is None:
        return None
    name = text[b[0] : b[1]]
    if is_not_place(name) or not (plausible_name(name, strict=strict) or known(name)):
        return None
    return first, Place(name, block, b[0], b[1])


# A twinning noun that may open "X و Y" like «میان» does.
_TWIN_NOUN = re.compile(r"(?<!\w)(?:خواهرخواندگی|خواهر\s+خواندگی)(?!\w)")


def _add_read(
    out: list[tuple[Place, Place]],
    read: tuple[Place, Place] | None,
    places: list[Place],
    e: int,
) -> None:
    """Add the pair read by name after "between", as the places found there when they
    are the same spans."""
    if read is None or read[1].end > e:
        return
    covered = [p for p in places if p.start < read[1].end and p.end > read[0].start]
    if not covered:
        out.append(read)
    elif covered[0].start == read[0].start and len(covered) == 1:
        out.append((covered[0], read[1]))  # «میان ساری و ریزه»: the second read by name


# Words between "between" and its first name: "the two cities of", «دو شهر بندری», «شهرهای».
_BETWEEN_LEAD = re.compile(
    r"\s+(?:(?:the\s+)?(?:two\s+)?(?:cities|city|towns?)\s+of\s+"
    r"|(?:دو\s+)?(?:شهرهای|شهر)(?:\s+[\u0600-\u06ff]+ی)?\s+(?=\S)|دو\s+"
    r"|(?:شهرداری|شاروالی)(?:\u200c|\s)?(?:های|ها)\s+|the\s+municipalities\s+of\s+)?",
    re.I,
)
_AND_WORD = re.compile(r"\s+(?:and|&|و)\s+(?:(?:the\s+)?(?:city|town)\s+of\s+|شهر\s+)?", re.I)


def _read_between(
    text: str,
    pos: int,
    block: str,
    *,
    strict: bool,
    known: Callable[[str], bool] = lambda name: False,
) -> tuple[Place, Place] | None:
    """ "between X and Y" with X and Y read as names (one to three name words each); a
    common word is a name here only when *known* says the gazetteer has a city so
    called («میان ساری و ریزه»: Rize)."""
    from textkit.extract.linking import is_not_place, plausible_name, read_name

    lead = _BETWEEN_LEAD.match(text, pos)
    a = read_name(text, lead.end() if lead else pos, forward=True)
    if a is None:
        return None
    link = _AND_WORD.match(text, a[1])
    if link is None:
        return None
    b = read_name(text, link.end(), forward=True, cut_common=True)
    if b is None:
        return None
    names = [text[a[0] : a[1]], text[b[0] : b[1]]]
    if any(is_not_place(n) for n in names):
        return None  # «ما بین رشت و یکی از شهرهای ترکیه»: "one of", whatever the gazetteer has
    if not all(plausible_name(n, strict=strict) or known(n) for n in names):
        return None
    return (
        Place(names[0], block, a[0], a[1]),
        Place(names[1], block, b[0], b[1]),
    )


# Between "between" and its first place: no clause may end.
_HARD_BREAK = re.compile(r"[.;؛!?؟]")


def _owned_by_several(text: str, s: int, places: list[Place], twin: list[Cue]) -> list[Pair]:
    """ "Abu Dhabi and Cairo are sister cities of Rahim Yar Khan, Manchester and Kobe are
    sister cities of Faisalabad while Redditch is a sister town of Gujar Khan": each
    owner after "are … of" takes the places between the previous owner and its verb."""
    found: list[tuple[int, Place]] = []
    for cue in twin:
        verb = _COPULA_BEFORE.search(text, max(s, cue.start - 40), cue.start)
        if verb is None:
            continue
        owner = next(
            (p for p in places if p.start >= cue.end and _OWNER_GAP.match(text[cue.end : p.start])),
            None,
        )
        if owner is not None and text[cue.end : owner.start].strip():
            found.append((verb.start(), owner))
    if len(found) < 2:
        return []
    out: list[Pair] = []
    bound = s
    for verb_at, owner in found:
        partners = [p for p in places if bound <= p.start and p.end <= verb_at]
        out += [(owner, p, EXPLICIT) for p in partners if not p.same_place(owner)]
        bound = owner.end
    return out


# "are sister cities of", "is a sister town of": the places before the verb are the
# owner's partners.
_COPULA_BEFORE = re.compile(
    r"\s(?:is|are|was|were|became|become|remains?)\s+(?:(?:a|an|the|both|also|now)\s+)*\Z",
    re.I,
)


def _owner(text: str, places: list[Place], twin: list[Cue]) -> Place | None:
    """The city that owns a twinning word: «خواهرخوانده شیراز», "Mashhad's sister cities"."""
    for cue in twin:
        for p in places:
            if p.start >= cue.end and _OWNER_GAP.match(text[cue.end : p.start]):
                return p
            if p.end <= cue.start and _POSSESSIVE.match(text[p.end : cue.start]):
                return p
    return None


def _candidate(
    ctx: Context,
    block: Block,
    s: int,
    e: int,
    cues: list[Cue],
    subject: Place,
    partner: Place,
    strength: float,
    state: _State,
) -> Candidate:
    cs, ce = _clause_of(block.text, s, e, partner)
    local = [c for c in cues if cs <= c.start < ce] or cues
    later = _later_stage(block.text, s, e, ce, cues, ctx.places(block, s, e))
    kind = (
        next((c.value for c in local if c.role == "twinning"), None)
        or next((c.value for c in local if c.role == "mou" and state.twinning_near), None)
        or next((c.value for c in cues if c.role == "twinning"), state.kind)
    )
    stage = later or _stage(local) or _stage(cues)
    if later is None:
        stage = _stage_of_mentions(ctx, block, s, e, partner, cues) or stage
    year, year_from = _year(ctx, block.text, cs, ce, partner, local, stage, s)
    return Candidate(
        subject=subject,
        partner=partner,
        source="prose" if block.kind != "footnote" else "footnote",
        block=block,
        start=s,
        end=e,
        strength=strength,
        kind=kind,
        stage=stage,
        year=year,
        year_from=year_from,
    )


def _later_stage(
    text: str, s: int, e: int, ce: int, cues: list[Cue], places: Sequence[Place] = ()
) -> str | None:
    """The stage a following clause of the same sentence gives the tie when it names no
    place of its own: «… به امضا رسید، اما از سال ۱۳۹۹ متوقف شده است» → suspended (not
    "…; and Exeter is pausing its links with Yaroslavl", another tie's)."""
    for cs2, ce2 in clauses(text, s, e):
        if cs2 < ce:
            continue
        if any(cs2 <= p.start < ce2 for p in places):
            continue
        stage = _stage([c for c in cues if cs2 <= c.start < ce2])
        if stage in ("ended", "suspended", "informal", "negated"):
            return stage
    return None


def _stage_of_mentions(
    ctx: Context, block: Block, s: int, e: int, partner: Place, cues: list[Cue]
) -> str | None:
    """The most decisive stage among the clauses of a sentence that name the partner
    («از نهایی شدن خواهرخواندگی با غزه … خبر داد و افزود: موضوع خواهرخواندگی تبریز با
    غزه … مورد تصویب قرار گرفت»: concluded, though a clause on it speaks of approval)."""
    if partner.implicit or len(partner.name) < 2:
        return None
    text = block.text
    starts = [p.start for p in ctx.places(block, s, e) if p.same_place(partner)]
    at = text.find(partner.name, s, e)
    while at >= 0:  # also the mentions other readers found («… با غزه»)
        starts.append(at)
        at = text.find(partner.name, at + len(partner.name), e)
    if len(set(starts)) < 2:
        return None
    found = set()
    parts = clauses(text, s, e)
    for start in set(starts):
        cs, ce = next(((a, b) for a, b in parts if a <= start < b), (s, e))
        found.add(_stage([c for c in cues if cs <= c.start < ce]))
    return next((v for v in _STAGE_ORDER if v in found), None)


def _clause_of(text: str, s: int, e: int, place: Place) -> tuple[int, int]:
    for cs, ce in clauses(text, s, e):
        if cs <= place.start < ce:
            return cs, ce
    return s, e


# a renewal («تمدید», «به روز رسانی تفاهم‌نامه») says the tie exists: it outranks a
# planned word in the same clause ("the update was discussed")
_STAGE_ORDER = (
    "negated",
    "ended",
    "suspended",
    "informal",
    "formal",
    "renewed",
    "planned",
    "formal-weak",
)


def _stage(cues: list[Cue]) -> str | None:
    """The stage the cues of one clause say (see :data:`_STAGE_ORDER`); a formal verb
    right after a planned word is governed by it ("expected to be signed",
    «قرار است … امضا شود»)."""
    stages = [c for c in cues if c.role == "stage"]
    values = set()
    for c in stages:
        if c.value == "formal" and any(
            p.value == "planned" and 0 <= c.start - p.end <= 20 for p in stages
        ):
            continue
        values.add(c.value)
    return next((v for v in _STAGE_ORDER if v in values), None)


# «در سال ۷۳», «اردیبهشت ماه سال 94»: a Jalali year written with two digits.
_SHORT_YEAR = re.compile(r"(?<!\w)سال\s+([0-9\u06f0-\u06f9]{2})(?![0-9\u06f0-\u06f9])")


def _short_jalali(text: str) -> list[YearInfo]:
    """Two-digit Jalali years: 40–99 are 13xx, 00–39 are 14xx («سال ۷۳» → 1373 → 1994)."""
    from textkit.script import to_latin_digits

    out = []
    for m in _SHORT_YEAR.finditer(text):
        n = int(to_latin_digits(m.group(1)))
        jalali = 1300 + n if n >= 40 else 1400 + n
        out.append(YearInfo(m.group(1), "jalali", jalali + 621, m.start(1), m.end(1)))
    return out


_SINCE = re.compile(
    r"(?:since|from|(?:starting|beginning|dating)\s+(?:in|from)|از\s+سال|از)\s+$", re.I
)
_DECADE = re.compile(r"\d{4}['’]?s\b|[0-9\u06f0-\u06f9]{4}(?:\u200c)?ها|دهه\s+[0-9\u06f0-\u06f9]")


# A citation in brackets: an author, a comma, the year.
_CITATION = re.compile(r"\([^()]{1,80}?[،,]\s*[0-9\u06f0-\u06f9]{4}[^()]{0,30}\)")


def _in_citation(text: str, at: int) -> bool:
    open_at = text.rfind("(", max(0, at - 80), at)
    if open_at < 0:
        return False
    m = _CITATION.match(text, open_at)
    return m is not None and m.end() > at


def _near(at: int, cues: list[Cue], chars: int) -> bool:
    return any(abs(at - c.end) <= chars or abs(c.start - at) <= chars for c in cues)


def _year(
    ctx: Context,
    text: str,
    cs: int,
    ce: int,
    partner: Place,
    cues: list[Cue],
    stage: str | None,
    sentence_start: int = 0,
) -> tuple[YearInfo | None, str | None]:
    """The year of the tie: written with the partner, else in its clause (not a year of
    renewal, suspension or ending), else the document's date when the clause says
    "today"; ``(None, None)`` when there is none."""
    stages = [c for c in cues if c.role == "stage"]
    skip_near = [c for c in stages if c.value in ("renewed", "suspended", "ended")]
    m = _ITEM_YEAR.match(text, partner.end, ce)
    # "ended its relationship with St. Petersburg in 2022": a year after "in" is the
    # ending's when the clause ends, suspends or renews the tie; "(2001)" stays the tie's
    if m and not (skip_near and re.search(r"[^\W\d_]", text[partner.end : m.start("y")])):
        found = find_years(text[m.start("y") : m.end("y")])
        if found:
            return found[0], "item"
    formal = [c for c in stages if c.value in ("formal", "formal-weak")]
    twin = [c for c in cues if c.role == "twinning"]
    # with several years in a clause, the one nearest the partner first
    # («نخستین … در سال ۱۳۸۵ با نجف امضا شد و آخرین آنها در سال ۱۳۹۸ با کازان»)
    mid = (partner.start + partner.end) // 2
    found = find_years(text[cs:ce]) or _short_jalali(text[cs:ce])
    for y in sorted(found, key=lambda y: abs(cs + y.start - mid)):
        at = cs + y.start
        if not 1800 <= y.gregorian <= 2100 or _DECADE.search(text, max(0, at - 6), at + 6):
            continue  # "in the 1970s", «دهه ۱۳۷۰»: a decade, not a year
        if _in_citation(text, at):
            continue  # «(رحیمی، ۱۳۹۷: ۴۵)», "(Zelinsky, 1991)": a reference, not the tie
        if _TIMESTAMP.match(text, cs + y.end) or _DATE_FIELD.search(text, max(0, at - 24), at):
            continue  # «… 1403 - 11:03:49», "date 2026-01-01": the page's date, not the tie's
        nearest = min(stages, key=lambda c: min(abs(at - c.end), abs(c.start - at)), default=None)
        if nearest is not None and nearest.value in ("renewed", "suspended", "ended"):
            continue  # "suspended in 2020", "renewed on 12 May 2016": not the year of the tie
        since = _SINCE.search(text, max(cs, at - 12), at)
        # a year belongs to the tie when a verb of concluding it is in the clause
        # ("became sister cities in 1957"), or "since 1999", or it opens the clause
        # next to the twinning word; "hosted a delegation in 2016" is another event
        if (
            formal
            or since
            or stage == "planned"
            or (stage is None and not skip_near and _near(at, twin, 30))
        ):
            if stage in ("ended", "suspended") and not formal and not since:
                continue  # the year of the ending
            return y, "clause"
    if (
        stage in ("formal", "formal-weak", None)
        and ctx.date is not None
        and (any(c.role == "deixis" for c in cues) or undated_day(text[cs:ce]))
    ):
        return ctx.date, "document"
    if stage == "formal" and _signed_news(ctx, text, sentence_start, ce, formal):
        return ctx.date, "document"
    return None, None


def _signed_news(ctx: Context, text: str, s: int, ce: int, formal: list[Cue]) -> bool:
    """ "… and San Francisco Mayor Li signed a Friendship Agreement" in an item whose lead
    dates its event "On Nov 21": the signing is the item's news (not "has so far signed",
    nor "the protocol signed between …")."""
    return (
        any(
            c.value == "formal"
            and _SIGNED.fullmatch(text, c.start, c.end)
            and not _SIGNED_DOCUMENT.search(text, max(0, c.start - 30), c.start)
            for c in formal
        )
        and not _BACKGROUND.search(text, s, ce)
        and ctx.dated_lead
    )


# A signing verb in the past, and words that make a clause background, not news.
_SIGNED = re.compile(r"signed|inked|امضا\s+(?:شد|کرد|کردند|رسید)|به\s+امضا\s+رسید", re.I)
# "date 2026-01-01", «تاریخ انتشار: …»: the labels `document_date` reads the page's date by.
_DATE_FIELD = re.compile(
    rf"(?<!\w)(?:{DATE_LABELS})\s*:?\s*(?:[0-9\u06f0-\u06f9]{{1,2}}[-/.]){{0,2}}$", re.I
)
_TIMESTAMP = re.compile(r"\s*[-–,،]?\s*[0-9\u06f0-\u06f9]{1,2}:[0-9\u06f0-\u06f9]{2}")
# "the friendship protocol signed between Amman and Athens": a document named by its
# signing, not the news of it.
_SIGNED_DOCUMENT = re.compile(
    r"(?:protocol|agreement|memorandum|mou|accord|treaty|charter|document)s?\s+$", re.I
)
_BACKGROUND = re.compile(
    r"\b(?:already|currently|previously|earlier|so\s+far|to\s+date|has\s+signed|have\s+signed)\b"
    r"|(?<!\w)(?:تاکنون|پیش\s+از\s+این|قبلا|قبلاً|سابقا)(?!\w)",
    re.I,
)
