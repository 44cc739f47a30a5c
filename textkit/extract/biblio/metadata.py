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
from textkit.extract.biblio.references import reference_blocks
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
            such as «مقدمه» / "Introduction" are examined, and the dozen after the
            reference list, where a Persian paper may print its English front matter).
    """
    reader = _FrontMatter()
    for b in _front_blocks(blocks):
        reader.read(b)
    return reader.metadata()


def _front_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks before the first body heading (at most 61), then the back matter: a
    Persian paper may print its English title, authors, abstract and keywords after
    the reference list."""
    front: list[Block] = []
    for b in blocks:
        if _BODY_START.match(b.text):
            break
        front.append(b)
        if len(front) > 60:
            break
    ref_ids = {b.id for b in reference_blocks(blocks)}
    last_ref = max((i for i, b in enumerate(blocks) if b.id in ref_ids), default=None)
    if last_ref is not None and last_ref + 1 < len(blocks):
        front += [b for b in blocks[last_ref + 1 : last_ref + 13] if b.kind != "table"]
    return front


class _FrontMatter:
    """Reads front-matter blocks one at a time; each ``_*`` method takes one kind of
    line and says whether it did."""

    def __init__(self) -> None:
        self.title = Bilingual()
        self.abstract = Bilingual()
        self.keywords = BilingualList()
        self.authors: dict[str, list[tuple[str, str]]] = {}
        self.affil: dict[str, dict[str, str]] = {"fa": {}, "en": {}}
        self.emails: dict[str, str] = {}
        self.pending_abstract: str | None = None  # an abstract heading, its text to follow
        self.last_label: str | None = None  # the author label of the last affiliation
        self.prev_author_block = False  # the block before listed authors

    def read(self, b: Block) -> None:
        text = b.text.strip()
        lang = _lang(text)
        steps = (
            self._abstract_body,
            self._keywords,
            self._abstract,
            self._email,
            self._affiliation,
            self._name_and_affiliation,
        )
        if any(step(b, text, lang) for step in steps):
            return
        if self._authors(b, text, lang):
            return
        self.prev_author_block = False
        self._title(b, text, lang)

    def _abstract_body(self, b: Block, text: str, lang: str) -> bool:
        """The paragraph after an abstract heading."""
        if (
            self.pending_abstract == lang
            and b.role in (None, "abstract")
            and not _KEYWORDS.match(text)
            and getattr(self.abstract, lang) is None
        ):
            setattr(self.abstract, lang, text)
            self.pending_abstract = None
            return True
        return False

    def _keywords(self, b: Block, text: str, lang: str) -> bool:
        m = _KEYWORDS.match(text)
        if not (m or b.role == "keywords"):
            return False
        if not getattr(self.keywords, lang):
            setattr(self.keywords, lang, _split_keywords(m.group(1) if m else text))
        return True

    def _abstract(self, b: Block, text: str, lang: str) -> bool:
        """An abstract with its heading («چکیده: …»), or the heading alone."""
        m = _ABSTRACT.match(text)
        if not (m or b.role == "abstract"):
            return False
        body = m.group(1).strip() if m else text
        if body and len(body) > 40:
            if getattr(self.abstract, lang) is None:
                setattr(self.abstract, lang, body)
        else:
            self.pending_abstract = lang
        return True

    def _email(self, b: Block, text: str, lang: str) -> bool:
        """An email printed on its own line, after an affiliation."""
        lone = _EMAIL.fullmatch(text)
        if lone and self.last_label is not None:
            self.emails.setdefault(self.last_label, lone.group())
            return True
        return False

    def _affiliation(self, b: Block, text: str, lang: str) -> bool:
        """«۱ دانشیار …», "1Assistant Professor, …": an affiliation by author label."""
        lab = re.match(r"^([0-9۰-۹]{1,2}|\*)\s*(\D.+)$", text)
        if not (
            lab
            and (b.role == "affiliation" or len(text) < 400)
            and lang in self.affil
            and self.authors.get(lang)
        ):
            return False
        self.last_label = to_ascii_digits(lab.group(1))
        self.affil[lang][self.last_label] = lab.group(2).strip()
        em = _EMAIL.search(lab.group(2))
        if em:
            self.emails.setdefault(self.last_label, em.group())
        return True

    def _name_and_affiliation(self, b: Block, text: str, lang: str) -> bool:
        """«مریم رحیمی، دانشیار گروه جغرافیا، دانشگاه تبریز»: name and affiliation."""
        na = _NAME_AFFIL.match(text) if getattr(self.title, lang) is not None else None
        if not (na and b.role in (None, "authors", "affiliation")):
            return False
        lst = self.authors.setdefault(lang, [])
        label = str(len(lst) + 1)
        lst.append((na.group(1).strip(), label))
        self.affil[lang].setdefault(label, na.group(2).strip())
        self.prev_author_block = True
        return True

    def _authors(self, b: Block, text: str, lang: str) -> bool:
        """An author line after the title; one author per line continues the list."""
        al = _authors_line(text) if (b.role in (None, "authors")) else None
        if not (al and getattr(self.title, lang) is not None):
            return False
        if lang not in self.authors:
            self.authors[lang] = al
            self.prev_author_block = True
            return True
        if self.prev_author_block:
            self.authors[lang].extend(al)
            return True
        return False

    def _title(self, b: Block, text: str, lang: str) -> None:
        """The first short line of each language that is nothing else is its title
        ("1 City Diplomacy" is a footnote, not a title)."""
        if (
            getattr(self.title, lang) is None
            and (
                b.role == "title" or (b.role is None and len(text) < 300 and not text.endswith("."))
            )
            and not re.match(r"^[0-9۰-۹]{1,3}\s", text)
        ):
            setattr(self.title, lang, " ".join(text.split()))

    def metadata(self) -> Metadata:
        return Metadata(
            title=self.title,
            authors=_combine_authors(self.authors, self.affil, self.emails),
            keywords=self.keywords,
            abstract=self.abstract,
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
