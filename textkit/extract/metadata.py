"""Front matter: titles, authors (with affiliations and emails), keywords and
abstracts, in Persian and English.

Reader roles (``title``, ``authors``, ``abstract``, ``keywords``, ``affiliation``)
are used when present; otherwise the front matter is recognised by content:
«چکیده» / "Abstract" headings or prefixes, «واژگان کلیدی:» / "Keywords:" lines,
an author line of comma-separated names with footnote digits
(«حسین تفضلی۱، یوسف محمدی۲») and affiliation lines starting with those digits.

Example:
    >>> from textkit.model import Block
    >>> text = "واژگان کلیدی: خواهرخواندگی، دیپلماسی عمومی"
    >>> bs = [Block(id="1", page=1, kind="paragraph", text=text)]
    >>> extract_metadata(bs).keywords.fa
    ['خواهرخواندگی', 'دیپلماسی عمومی']
"""

from __future__ import annotations

import re

from textkit.dates import to_ascii_digits
from textkit.model import Block
from textkit.schema import Author, Bilingual, BilingualList, Metadata

# "Keywords: a, b" / «واژگان کلیدی: الف، ب» / «کلیدواژه‌ها: …».
_KEYWORDS = re.compile(
    r"^\s*(?:key\s*words?|واژگان\s+کلیدی|واژه‌های\s+کلیدی|واژه\s+های\s+کلیدی|کلید\s*واژه(?:‌ها|ها)?|کلمات\s+کلیدی)\s*[:：]\s*(.+)$",
    re.I | re.S,
)
# Abstract heading alone, or as a prefix: "Abstract", «چکیده:».
_ABSTRACT = re.compile(r"^\s*(?:abstract|چکیده|خلاصه)\s*[:：.]?\s*(.*)$", re.I | re.S)
# Author labels: "Tafazzoli1", «تفضلی۱», "Smith*", "Smith a".
_AUTHOR_LABEL = re.compile(r"^(.*?[^\d\s*۰-۹])\s*([0-9۰-۹]{1,2}|\*)$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Headings that end the front matter.
_BODY_START = re.compile(
    r"^\s*(?:[0-9۰-۹]{1,2}\s*[-.)]?\s*)?(?:مقدمه|درآمد|introduction|overview)\s*$", re.I
)


def _lang(text: str) -> str:
    fa = len(re.findall("[\u0600-\u06ff]", text))
    en = len(re.findall("[A-Za-z]", text))
    return "fa" if fa >= en else "en"


def _split_keywords(text: str) -> list[str]:
    return [k.strip(" .") for k in re.split(r"\s*[,،؛;]\s*", text) if k.strip(" .")]


def _authors_line(text: str) -> list[tuple[str, str]] | None:
    """«حسین تفضلی۱، یوسف محمدی۲» → [(«حسین تفضلی», "1"), …] or ``None``."""
    parts = [p.strip() for p in re.split(r"\s*(?:[,،]|\band\b|\s+و\s+)\s*", text) if p.strip()]
    if len(parts) < 1 or len(text) > 300:
        return None
    out = []
    for i, p in enumerate(parts):
        m = _AUTHOR_LABEL.match(p)
        if not m or len(m.group(1).split()) > 5:
            if _BARE_NAME.match(p):
                out.append((p, str(i + 1)))  # "Maryam Rahimi, Alireza Norouzi": no labels
                continue
            return None
        out.append((m.group(1).strip(), to_ascii_digits(m.group(2))))
    return out


# An unlabelled personal name: 2–4 capitalised Latin words ("Maryam Rahimi").
_BARE_NAME = re.compile(r"^[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-.]*){1,3}$")
# «مریم رحیمی، دانشیار گروه جغرافیا، دانشگاه تبریز»: a name, then an academic affiliation.
_NAME_AFFIL = re.compile(
    r"^([^\d،,]{3,40}?)\s*[،,]\s*(.*(?:دانشیار|استادیار|استاد|دانشجو|کارشناس|دانشگاه|پژوهشگر|"
    r"Professor|University|Lecturer|Researcher|Institute).*)$"
)


def extract_metadata(blocks: list[Block]) -> Metadata:
    """Titles, authors, keywords and abstracts from the front matter.

    Args:
        blocks: the document's blocks (only those before the first body heading
            such as «مقدمه» / "Introduction" are examined).
    """
    front: list[Block] = []
    for b in blocks:
        if _BODY_START.match(b.text):
            break
        front.append(b)
        if len(front) > 60:
            break
    # back matter: a Persian paper may print its English title, authors, abstract and
    # keywords after the reference list
    from textkit.extract.references import reference_blocks

    ref_ids = {b.id for b in reference_blocks(blocks)}
    last_ref = max((i for i, b in enumerate(blocks) if b.id in ref_ids), default=None)
    if last_ref is not None and last_ref + 1 < len(blocks):
        front += [b for b in blocks[last_ref + 1 : last_ref + 13] if b.kind != "table"]
    title = Bilingual()
    abstract = Bilingual()
    keywords = BilingualList()
    authors: dict[str, list[tuple[str, str]]] = {}
    affil: dict[str, dict[str, str]] = {"fa": {}, "en": {}}
    pending_abstract: str | None = None
    emails: dict[str, str] = {}
    last_label: str | None = None
    prev_author_block = False
    for b in front:
        text = b.text.strip()
        lang = _lang(text)
        if (
            pending_abstract == lang
            and b.role in (None, "abstract")
            and not _KEYWORDS.match(text)
            and getattr(abstract, lang) is None
        ):
            setattr(abstract, lang, text)
            pending_abstract = None
            continue
        m = _KEYWORDS.match(text)
        if m or b.role == "keywords":
            kws = _split_keywords(m.group(1) if m else text)
            if not getattr(keywords, lang):
                setattr(keywords, lang, kws)
            continue
        m = _ABSTRACT.match(text)
        if m or b.role == "abstract":
            body = m.group(1).strip() if m else text
            if body and len(body) > 40:
                if getattr(abstract, lang) is None:
                    setattr(abstract, lang, body)
            else:
                pending_abstract = lang
            continue
        lone = _EMAIL.fullmatch(text)
        if lone and last_label is not None:
            emails.setdefault(last_label, lone.group())  # an email printed on its own line
            continue
        lab = re.match(r"^([0-9۰-۹]{1,2}|\*)\s*(\D.+)$", text)
        if (
            lab
            and (b.role == "affiliation" or len(text) < 400)
            and lang in affil
            and authors.get(lang)
        ):
            last_label = to_ascii_digits(lab.group(1))
            affil[lang][last_label] = lab.group(2).strip()
            em = _EMAIL.search(lab.group(2))
            if em:
                emails.setdefault(last_label, em.group())
            continue
        na = _NAME_AFFIL.match(text) if getattr(title, lang) is not None else None
        if na and b.role in (None, "authors", "affiliation"):
            # «مریم رحیمی، دانشیار گروه جغرافیا، دانشگاه تبریز»: name and affiliation
            lst = authors.setdefault(lang, [])
            label = str(len(lst) + 1)
            lst.append((na.group(1).strip(), label))
            affil[lang].setdefault(label, na.group(2).strip())
            prev_author_block = True
            continue
        al = _authors_line(text) if (b.role in (None, "authors")) else None
        if al and getattr(title, lang) is not None:
            if lang not in authors:
                authors[lang] = al
                prev_author_block = True
                continue
            if prev_author_block:
                authors[lang].extend(al)  # one author per line
                continue
        prev_author_block = False
        if (
            getattr(title, lang) is None
            and (
                b.role == "title" or (b.role is None and len(text) < 300 and not text.endswith("."))
            )
            and not re.match(r"^[0-9۰-۹]{1,3}\s", text)
        ):  # "1 City Diplomacy": a footnote
            setattr(title, lang, " ".join(text.split()))
    return Metadata(
        title=title,
        authors=_combine_authors(authors, affil, emails),
        keywords=keywords,
        abstract=abstract,
    )


def _combine_authors(
    authors: dict[str, list[tuple[str, str]]],
    affil: dict[str, dict[str, str]],
    emails: dict[str, str],
) -> list[Author]:
    en = authors.get("en", [])
    fa = authors.get("fa", [])
    main, other = (en, fa) if en else (fa, en)
    out = []
    for i, (name, label) in enumerate(main):
        twin = next(
            (n for n, lab in other if lab == label), other[i][0] if i < len(other) else None
        )
        aff_en = affil["en"].get(label)
        aff_fa = affil["fa"].get(label)
        aff = (aff_en if main is en else aff_fa) or aff_en or aff_fa
        if aff:
            aff = _EMAIL.sub("", aff).strip(" .،,") or None
        name_fa = twin if main is en else name
        name_en = name if main is en else twin
        out.append(
            Author(name=name_en or name, name_fa=name_fa, affiliation=aff, email=emails.get(label))
        )
    return out
