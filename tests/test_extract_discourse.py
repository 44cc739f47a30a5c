# ruff: noqa: E501 - Persian test sentences are long
"""Agreements whose home city comes from the discourse (headings, earlier sentences),
partner enumerations, clause-level statuses, caption-only home cities in tables,
spanning home cells, two memberships in one sentence and citation pointer words.
Each test is a table of (input, expected) cases run through :func:`textkit.extract.extract`."""

from __future__ import annotations

import pytest

from textkit.errors import GazetteerError
from textkit.extract import extract
from textkit.extract.citations import parse_citation
from textkit.extract.discourse import clause_status, mask_quotes, split_clauses
from textkit.model import Block, Document, Table


@pytest.fixture(scope="module")
def gaz() -> object:
    try:
        from textkit.gazetteer import load_gazetteer

        return load_gazetteer()
    except GazetteerError as e:  # the shipped data may be missing in a partial checkout
        pytest.skip(f"no gazetteer: {e}")


def _doc(*blocks: tuple[str, str] | Block) -> Document:
    out = []
    for i, b in enumerate(blocks):
        if isinstance(b, Block):
            out.append(b)
        else:
            out.append(Block(id=f"b{i}", page=1, kind=b[0], text=b[1]))
    return Document(path="t.txt", sha256="0", source_kind="text", pages=1, blocks=out)


def _pairs(doc: Document, gaz: object) -> set[tuple[str, str, int | None, str]]:
    ex = extract(doc, gazetteer=gaz)
    return {
        (
            a.parties[0].name_en or a.parties[0].name,
            a.parties[1].name_en or a.parties[1].name,
            a.year,
            a.status,
        )
        for a in ex.agreements
    }


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Block:
    text = "\n".join("\t".join(r) for r in [header, *rows])
    return Block(
        id="t", page=1, kind="table", text=text, table=Table(header=header, rows=tuple(rows))
    )


# 1. a table with no home-city column: home city from the caption/heading
TABLE_CASES = [
    (
        ("caption", "جدول ۲-۱- روابط خارجی شهر تبریز"),
        ("ردیف", "شهر", "کشور", "نوع رابطه", "تاریخ امضا"),
        [
            ("۱", "استانبول", "ترکیه", "خواهرخواندگی", "۱۳۸۵/۰۴/۱۲"),
            ("۲", "باکو", "جمهوری آذربایجان", "دوستی", "۱۳۹۰/۰۷/۰۳"),
            ("۳", "کازان", "روسیه", "تفاهم‌نامه همکاری", "۱۳۹۵/۱۰/۲۰"),
        ],
        {
            ("Tabriz", "Istanbul", 2006, "formal"),
            ("Tabriz", "Baku", 2011, "informal"),
            ("Tabriz", "Kazan", 2017, "informal"),
        },
    ),
    (
        ("heading", "Partner cities of Shiraz"),
        ("No.", "City", "Country", "Type", "Date signed"),
        [
            ("1", "Florence", "Italy", "friendship", "1999"),
            ("2", "Osh", "Kyrgyzstan", "sister city", "2005"),
        ],
        {("Shiraz", "Florence", 1999, "informal"), ("Shiraz", "Osh", 2005, "formal")},
    ),
]


@pytest.mark.parametrize(("head", "header", "rows", "expected"), TABLE_CASES)
def test_table_home_from_caption(gaz, head, header, rows, expected) -> None:
    got = _pairs(_doc(head, _table(header, rows)), gaz)
    names = {(a, b, y, s) for a, b, y, s in got}
    for e in expected:
        assert any(
            e[1] in (x[0], x[1]) and x[2] == e[2] and x[3] == e[3] and e[0] in (x[0], x[1])
            for x in names
        ), (e, got)
    assert len(got) == len(expected), got


def test_table_kind_column(gaz) -> None:
    head, header, rows, _ = TABLE_CASES[0]
    ex = extract(_doc(head, _table(header, rows)), gazetteer=gaz)
    kinds = {a.parties[1].name: a.kind for a in ex.agreements}
    assert kinds == {
        "استانبول": "sister city",
        "باکو": "friendship city",
        "کازان": "memorandum of understanding",
    }
    iso = {a.parties[1].name: a.date.iso if a.date else None for a in ex.agreements}
    assert iso["استانبول"] == "2006-07-03"


# 6. a spanning home cell: empty cells inherit from the cell above, not the top
def test_table_spanning_home_cell(gaz) -> None:
    header = ("Home city", "Partner city", "Country", "Since", "Type")
    rows = [
        ("Isfahan", "Xi'an", "China", "1989", "sister city (formal)"),
        ("", "Kuala Lumpur", "Malaysia", "1997", "friendship (informal)"),
        ("Rasht", "Astrakhan", "Russia", "2002", "sister city (formal)"),
        ("", "Sochi", "Russia", "2009", "friendship (informal)"),
    ]
    got = _pairs(
        _doc(("caption", "Table 2. Partner cities of Isfahan and Rasht"), _table(header, rows)), gaz
    )
    homes = {b: a for a, b, _, _ in got}
    assert homes["Sochi"] == "Rasht", got
    assert homes["Kuala Lumpur"] == "Isfahan", got


# 2, 3. inline enumerations, follow-up years, implicit home city
PROSE_CASES = [
    (
        [
            ("heading", "گزارش روابط بین‌الملل شهرداری مشهد"),
            (
                "paragraph",
                "شهر مشهد تاکنون با شهرهای نجف (عراق)، کربلا (عراق)، لاهور (پاکستان) و کازان (روسیه) پیمان خواهرخواندگی بسته است. نخستین این پیمان‌ها در سال ۱۳۸۵ با نجف امضا شد و آخرین آنها در سال ۱۳۹۸ با کازان.",
            ),
            (
                "paragraph",
                "همچنین تفاهم‌نامه همکاری با شهر دوشنبه (تاجیکستان) در سال 2019 امضا شد، اما از سال ۱۴۰۰ به حالت تعلیق درآمده است.",
            ),
        ],
        {
            ("Mashhad", "Najaf", 2006, "formal"),
            ("Mashhad", "Karbala", None, "formal"),
            ("Mashhad", "Lahore", None, "formal"),
            ("Mashhad", "Kazan", 2019, "formal"),
            ("Mashhad", "Dushanbe", 2019, "suspended"),
        },
    ),
    (
        [
            ("heading", "پیوندهای بین‌المللی شیراز"),
            (
                "paragraph",
                "شیراز از دهه ۱۳۷۰ روابط خارجی خود را گسترش داده است. گفتگو برای پیوند با شهر ایروان نیز آغاز شده است.",
            ),
        ],
        {("Shiraz", "Yerevan", None, "planned")},
    ),
    # 4. one sentence, two partners, each with its own clause
    (
        [
            (
                "paragraph",
                "Hamadan has also been a friendship city of Kutaisi, Georgia, since 2012, and a memorandum of understanding with Plovdiv, Bulgaria, is expected to be signed next year.",
            )
        ],
        {("Hamadan", "Kutaisi", 2012, "informal"), ("Hamadan", "Plovdiv", None, "planned")},
    ),
    # 5. first signing year, renewal date only evidence
    (
        [
            (
                "paragraph",
                "The agreement between Hamadan and Graz was first signed in 1999 and renewed on 12 May 2016.",
            )
        ],
        {("Hamadan", "Graz", 1999, "formal")},
    ),
    (
        [
            (
                "paragraph",
                "The mayors of Hamadan, Iran, and Graz, Austria, renewed the twinning agreement between the two cities on 12 May 2016. The agreement was first signed in 1999, but it was suspended in 2003.",
            )
        ],
        {("Hamadan", "Graz", 1999, "formal")},
    ),
]


def _norm(s: str) -> str:
    import unicodedata

    return "".join(
        c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
    ).replace("ā", "a")


@pytest.mark.parametrize(("blocks", "expected"), PROSE_CASES)
def test_prose_discourse(gaz, blocks, expected) -> None:
    got = {(_norm(a), _norm(b), y, s) for a, b, y, s in _pairs(_doc(*blocks), gaz)}
    got = {(*sorted((a, b)), y, s) for a, b, y, s in got}
    want = {(*sorted((a, b)), y, s) for a, b, y, s in expected}
    assert got == want


# 7. two memberships in one sentence; a negated one next to a positive one
MEMBER_CASES = [
    (
        "مشهد عضو سازمان شهرها و دولت‌های محلی متحد است و از سال ۱۳۹۵ نیز به عضویت سازمان پایتخت‌ها و شهرهای اسلامی درآمده است.",
        {("سازمان شهرها و دولت‌های محلی متحد", None), ("سازمان پایتخت‌ها و شهرهای اسلامی", 2016)},
    ),
    (
        "تبریز عضو سازمان شهرهای میراث جهانی نیست، اما از سال ۱۳۹۴ عضو شبکه شهرهای خلاق یونسکو (UNESCO Creative Cities Network) است.",
        {("شبکه شهرهای خلاق یونسکو (UNESCO Creative Cities Network)", 2015)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER_CASES)
def test_memberships_two_clauses(gaz, text, expected) -> None:
    ex = extract(_doc(("paragraph", text)), gazetteer=gaz)
    assert {(m.organisation, m.year) for m in ex.memberships} == expected


# 8. pointer words before a citation's author
CITATION_CASES = [
    ("see Zelinsky, 1991", ["Zelinsky"]),
    ("cf. Brown & Lee, 2018", ["Brown", "Lee"]),
    ("نک. رضایی، ۱۳۹۲", ["رضایی"]),
    ("ر.ک. زینلی، ۱۳۸۷: ۱۱۰", ["زینلی"]),
    ("Seeley, 2001", ["Seeley"]),
    ("نکویی، ۱۳۹۰", ["نکویی"]),
]


@pytest.mark.parametrize(("inner", "authors"), CITATION_CASES)
def test_citation_prefix(inner: str, authors: list[str]) -> None:
    got = parse_citation(inner)
    assert got is not None
    assert got[0] == authors


CLAUSE_CASES = [
    ("X signed in 2012, and a memorandum with Y is expected.", 2),
    ("امضا شد، اما از سال ۱۴۰۰ به حالت تعلیق درآمده است.", 2),
    ("Tehran and Kyiv became sister cities in 1993.", 1),
]


@pytest.mark.parametrize(("sent", "n"), CLAUSE_CASES)
def test_split_clauses(sent: str, n: int) -> None:
    assert len(split_clauses(sent)) == n


STATUS_CASES = [
    (" a memorandum of understanding with Plovdiv is expected to be signed next year.", "planned"),
    ("Hamadan has also been a friendship city of Kutaisi since 2012", "informal"),
    ("با شهرهای نجف (عراق) و کازان (روسیه) پیمان خواهرخواندگی بسته است", "formal"),
    (" اما از سال ۱۴۰۰ به حالت تعلیق درآمده است.", "suspended"),
    ("مذاکره با شهر سمرقند برای انعقاد پیمان خواهرخواندگی آغاز شده است", "planned"),
]


@pytest.mark.parametrize(("clause", "status"), STATUS_CASES)
def test_clause_status(clause: str, status: str) -> None:
    assert clause_status(clause) == status


def test_quotes_masked() -> None:
    s = "او گفت «گسترش روابط با شهرهای آسیای میانه اولویت است» و رفت"
    assert "آسیای" not in mask_quotes(s)
    assert len(mask_quotes(s)) == len(s)
    assert mask_quotes("عضو «مجمع شهرداران» است") == "عضو «مجمع شهرداران» است"


# the carried subject city never overrides a sentence's own (unconfirmed) subject,
# and «با شهرهای جهان اسلام» is a description, not an enumeration
NEGATIVE_CASES = [
    [
        ("heading", "پیوندهای شهری در شرق ایران"),
        ("paragraph", "مشهد به عنوان دومین کلان‌شهر ایران پیوندهای متعددی با شهرهای جهان اسلام برقرار کرده است. مشهد و کربلا در سال ۱۳۹۱ پیمان خواهرخواندگی امضا کردند."),
        ("paragraph", "بیرجند در حال مذاکره با شهر دوشنبه در تاجیکستان برای انعقاد پیمان دوستی است."),
    ],
]


@pytest.mark.parametrize("blocks", NEGATIVE_CASES)
def test_carried_subject_not_misapplied(gaz, blocks) -> None:
    got = {frozenset((_norm(a), _norm(b))) for a, b, _, _ in _pairs(_doc(*blocks), gaz)}
    assert frozenset(("Mashhad", "Dushanbe")) not in got, got
    assert not any("جهان" in p or "Jahan" in p for pair in got for p in pair), got


def test_list_items_take_the_mayors_city(gaz) -> None:
    # the home city is the one whose mayor speaks in the lead paragraph; an item's
    # city is never the next item's home city; a day written in words gives the iso date
    doc = _doc(
        ("paragraph", "به گزارش روابط عمومی، شهردار شهر یزد در استان یزد از دهم آبان ۱۴۰۰ میهمان دو شهر ایتالیایی بود."),
        ("paragraph", "اسناد زیر به امضای طرفین رسید:"),
        ("list_item", "- تفاهم‌نامه همکاری فرهنگی با شهر فلورانس، در بیست و هفتم آبان ۱۴۰۰؛"),
        ("list_item", "- بیانیه مشترک برای آغاز مذاکره درباره پیمان خواهرخواندگی با شهر پروجا."),
    )
    ex = extract(doc, gazetteer=gaz)
    got = {(a.parties[0].name, a.parties[1].name, a.year, a.status) for a in ex.agreements}
    assert got == {("یزد", "فلورانس", 2021, "informal"), ("یزد", "پروجا", None, "planned")}
    flor = next(a for a in ex.agreements if a.parties[1].name == "فلورانس")
    assert flor.date is not None and flor.date.iso == "2021-11-18"


def test_negated_pact_and_persian_verbs(gaz) -> None:
    doc = _doc(
        (
            "paragraph",
            "کرمان در سال ۱۳۸۷ با شهر هرات پیمان خواهرخواندگی بست، اما پیش‌نویس پیمان کرمان و شهر ورونا هیچ‌گاه به امضا نرسید.[۲] "
            "در سوی دیگر، شهرداری قونیه و شهرداری نیشابور در سال ۲۰۱۶ یک تفاهم‌نامه دوستی امضا کردند.",
        ),
        ("paragraph", "The twinning of Shiraz and Florence was never concluded."),
    )
    got = _pairs(doc, gaz)
    assert got == {("Kerman", "Herāt", 2008, "formal"), ("Konya", "Neyshābūr", 2016, "informal")}


def test_partner_known_by_its_latin_gloss(gaz) -> None:
    doc = _doc(
        ("paragraph", "شهردار شهر یزد گفت که سفر موفقی بود."),
        ("paragraph", "اسناد زیر به امضای طرفین رسید:"),
        ("list_item", "- پیمان دوستی با شهر سی‌ینا (Siena)، در بیست و هشتم مهر ۱۴۰۱؛"),
    )
    ex = extract(doc, gazetteer=gaz)
    got = [(a.parties[0].name, a.parties[1].name, a.parties[1].country, a.year) for a in ex.agreements]
    assert got == [("یزد", "سی‌ینا", "IT", 2022)]


def test_unmarked_list_item_is_not_a_head(gaz) -> None:
    # items printed without bullets end in «؛»: the previous item's city is never the home city
    doc = _doc(
        ("heading", "امضای دو سند در سفر شهردار یزد به ایتالیا"),
        ("paragraph", "اسناد زیر به امضای طرفین رسید:"),
        ("paragraph", "تفاهم‌نامه همکاری فرهنگی با شهر فلورانس، در بیست و هفتم مهر ۱۴۰۱؛"),
        ("paragraph", "بیانیه مشترک برای آغاز مذاکره درباره پیمان خواهرخواندگی با شهر پروجا."),
    )
    ex = extract(doc, gazetteer=gaz)
    got = {(a.parties[0].name, a.parties[1].name) for a in ex.agreements}
    assert got == {("یزد", "فلورانس"), ("یزد", "پروجا")}
