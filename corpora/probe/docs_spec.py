"""The probe documents, written for this probe (original text).

The facts (partner cities, years, people) are illustrative: they read like real
reports but were not checked, and some (the mayor's name, «Smith 2019») are
invented. Gold files describe what the *text* says, not the world.

Spec: ``~`` in a string stands for ZWNJ (U+200C); ``[[fn:...]]`` is a footnote
attached to the preceding word; ``ar=True`` writes the block with Arabic ي/ك in
the sources; ``dir`` is the block direction; ``col=True`` starts the two-column
part (documents with ``columns``).
"""

from __future__ import annotations

from typing import Any

ZWNJ = "\u200c"


def _b(t: str, text: str = "", **kw: Any) -> dict[str, Any]:
    return {"t": t, "text": text.replace("~", ZWNJ), **kw}


def _table(header: list[str], rows: list[list[str]]) -> dict[str, Any]:
    return {"t": "table", "header": header, "rows": rows}


NEWS_FA = {
    "title": "شیراز و خجند خواهرخوانده شدند",
    "dir": "rtl",
    "producers": ["lo", "chromium"],
    "font_lo": "Noto Naskh Arabic",
    "font_chromium": "Noto Sans Arabic",
    "txt_zwnj_lost": True,
    "blocks": [
        _b("title", "شیراز و خجند خواهرخوانده شدند"),
        _b(
            "p",
            "شیراز – ۱۴ اردیبهشت ۱۳۹۸ – به گزارش روابط عمومی شهرداری شیراز، سند خواهرخواندگی شیراز و خجند "
            "روز شنبه در کاخ فرهنگ خجند به امضای شهرداران دو شهر رسید.",
        ),
        _b(
            "p",
            "حیدر اسکندرپور، شهردار شیراز، در این مراسم گفت: «شیراز و خجند پیوندهای زبانی و تاریخی عمیقی دارند "
            "و این پیمان راه را برای گردشگری، تبادل دانشجو و همکاری~های اقتصادی هموار می~کند.»",
        ),
        _b(
            "p",
            "او افزود که در همین سفر تفاهم~نامه همکاری میان شیراز و شهر اوش در قرقیزستان نیز امضا شد و قرار است "
            "پیمان خواهرخواندگی کامل دو شهر در سال 2020 منعقد شود.",
        ),
        _b("p", "شیراز پیش از این با شهرهای زیر پیمان خواهرخواندگی امضا کرده است:"),
        _b("li", "• دوشنبه، تاجیکستان (۱۳۸۶)"),
        _b("li", "• وایمار، آلمان (۱۳۸۸)"),
        _b("li", "• سارایوو، بوسنی و هرزگوین (۱۳۹۰)"),
        _b("li", "• چنگدو، چین (۱۳۹۴)"),
        _b("li", "• ناپل، ایتالیا (۱۳۹۵)"),
        _b(
            "p",
            "پیمان خواهرخواندگی شیراز و سارایوو از سال ۱۳۹۴ به دلیل کاهش مراودات متوقف شده است و دو طرف "
            "هنوز برای احیای آن برنامه~ای اعلام نکرده~اند.",
            ar=True,
        ),
        _b(
            "p",
            "شیراز همچنین از سال 2014 عضو سازمان شهرها و دولت~های محلی متحد (UCLG) است و در نشست سالانه "
            "شبکه شهرهای میراث جهانی نیز به عنوان ناظر شرکت می~کند.",
        ),
        _b(
            "p",
            "متن کامل این سند در تارنمای شهرداری شیراز به نشانی https://www.shiraz.ir/fa/news/98/0214 "
            "در دسترس است.",
        ),
    ],
}

PAPER_FA = {
    "title": "نقش دیپلماسی شهری در توسعه گردشگری",
    "dir": "rtl",
    "producers": ["lo", "lo-plain", "xelatex"],
    "font_lo": "Noto Naskh Arabic",
    "txt_encoding": "cp1256",
    "header": "فصلنامه مطالعات شهری، سال هشتم، شماره ۲",
    "blocks": [
        _b(
            "title",
            "نقش دیپلماسی شهری در توسعه گردشگری؛ مطالعه موردی خواهرخواندگی شهرهای شمال غرب ایران",
        ),
        _b("meta", "مریم رحیمی، دانشیار گروه جغرافیا، دانشگاه تبریز"),
        _b("meta", "علیرضا نوروزی، کارشناس ارشد برنامه~ریزی شهری، دانشگاه تبریز"),
        _b("h", "چکیده"),
        _b(
            "p",
            "این مقاله اثر پیمان~های خواهرخواندگی چهار شهر تبریز، ارومیه، اردبیل و زنجان را بر جریان گردشگری "
            "بررسی می~کند. یافته~ها نشان می~دهد که پیوند با شهرهای کشورهای همسایه بیشترین اثر را داشته است.",
        ),
        _b("p", "واژگان کلیدی: دیپلماسی شهری، خواهرخواندگی، گردشگری، تبریز"),
        _b("h", "۱- مقدمه"),
        _b(
            "p",
            "دیپلماسی شهری[[fn:City Diplomacy]] به مجموعه فعالیت~هایی گفته می~شود که شهرها و نهادهای محلی برای "
            "پیشبرد منافع خود در عرصه بین~المللی انجام می~دهند (نوروزی، ۱۳۹۵: ۱۲). زلینسکی[[fn:Wilbur Zelinsky]] "
            "خواهرخواندگی را «جهانی شدن از پایین» می~نامد (Zelinsky, 1991:4) و اسمیت[[fn:Jonathan Smith]] آن را "
            "ابزار قدرت نرم (soft power) شهرها می~داند (Smith, 2019:4).",
        ),
        _b(
            "p",
            "در ایران نخستین پیمان~های خواهرخواندگی در دهه ۱۳۷۰ منعقد شد. تبریز در سال ۱۳۷۸ با شهر باکو در "
            "جمهوری آذربایجان پیمان خواهرخواندگی امضا کرد (رحیمی، ۱۳۹۷: ۴۵) و پس از آن اردبیل، ارومیه و زنجان "
            "نیز به این جریان پیوستند (رحیمی و نوروزی، ۱۳۹۸).",
        ),
        _b("h", "۲- یافته~ها"),
        _b(
            "p",
            "جدول ۱ فهرست پیمان~های شهرهای منتخب را نشان می~دهد. داده~ها از تارنمای شهرداری~ها و گزارش~های "
            "وزارت کشور گردآوری شده است.",
        ),
        _b("caption", "جدول ۱- پیمان~های خواهرخواندگی شهرهای منتخب شمال غرب ایران"),
        _table(
            ["ردیف", "شهر ایرانی", "شهر خواهرخوانده", "کشور", "سال انعقاد"],
            [
                ["۱", "تبریز", "باکو", "جمهوری آذربایجان", "۱۹۹۹"],
                ["۲", "تبریز", "کازان", "روسیه", "۲۰۰۹"],
                ["۳", "تبریز", "لاهور", "پاکستان", "۲۰۰۴"],
                ["۴", "ارومیه", "وان", "ترکیه", "۲۰۱۰"],
                ["۵", "اردبیل", "گنجه", "جمهوری آذربایجان", "۲۰۰۶"],
                ["۶", "زنجان", "سلیمانیه", "عراق", "۲۰۱۲"],
                ["۷", "اردبیل", "نخجوان", "جمهوری آذربایجان", "-"],
            ],
        ),
        _b(
            "p",
            "پیمان ارومیه و وان در سال ۱۳۹۴ به دلیل کاهش مراودات به حالت تعلیق درآمد. تبریز همچنین از سال ۲۰۱۸ "
            "عضو شبکه شهرهای خلاق یونسکو در حوزه صنایع دستی است؛ اطلاعات بیشتر در "
            "https://en.unesco.org/creative-cities آمده است.",
            ar=True,
        ),
        _b("h", "منابع"),
        _b(
            "ref",
            "رحیمی، مریم (۱۳۹۷). خواهرخواندگی در شمال غرب ایران. فصلنامه مطالعات شهری، ۸(۲)، ۳۳-۵۲.",
        ),
        _b(
            "ref",
            "رحیمی، مریم و نوروزی، علیرضا (۱۳۹۸). گردشگری شهری و پیوندهای بین~المللی. تبریز: انتشارات دانشگاه تبریز.",
        ),
        _b("ref", "نوروزی، علیرضا (۱۳۹۵). دیپلماسی شهری. تهران: نشر میزان."),
        _b("ref", "Smith, J. (2019). Twin Towns and Soft Power. London: Routledge.", dir="ltr"),
        _b(
            "ref",
            "Zelinsky, W. (1991). The twinning of the world: Sister cities in geographic and historical "
            "perspective. Annals of the Association of American Geographers, 81(1), 1–31. "
            "https://doi.org/10.1111/j.1467-8306.1991.tb01676.x",
            dir="ltr",
        ),
        _b(
            "h",
            "The Role of City Diplomacy in Tourism Development: The Case of Twinned Cities in North-West Iran",
            dir="ltr",
        ),
        _b("meta", "Maryam Rahimi, Alireza Norouzi", dir="ltr"),
        _b(
            "p",
            "Abstract: This paper examines how sister-city agreements signed by Tabriz, Urmia, Ardabil and Zanjan "
            "have affected tourist flows. Using municipal records for 1999–2019, it finds that partnerships with "
            "neighbouring countries produced the largest gains.",
            dir="ltr",
        ),
        _b("p", "Keywords: city diplomacy, twinning, tourism, Tabriz", dir="ltr"),
    ],
}

REPORT_EN = {
    "title": "Twin Towns of Iranian Cities: A Briefing Note",
    "dir": "ltr",
    "producers": ["lo", "chromium"],
    "font_lo": "Noto Serif",
    "font_chromium": "Noto Sans",
    "blocks": [
        _b("title", "Twin Towns of Iranian Cities: A Briefing Note"),
        _b("meta", "Prepared for the Urban Cooperation Desk, March 2021"),
        _b("h", "1. Overview"),
        _b(
            "p",
            "Town twinning has been used by Iranian municipalities since the late 1980s as a channel of public "
            "diplomacy (Zelinsky, 1991). Clarke (2009) describes such links as a soft infrastructure for "
            "exchange. The list below gives the main partnerships of four cities; years are those of signature.",
        ),
        _b("h", "2. Partnerships by city"),
        _b("p", "Shiraz"),
        _b("li", "• Shiraz – Dushanbe, Tajikistan (2007)"),
        _b("li", "• Shiraz – Weimar, Germany (2009), friendship city"),
        _b("li", "• Shiraz – Chengdu, China (2015)"),
        _b("p", "Isfahan"),
        _b("li", "• Isfahan – Florence, Italy (1998)"),
        _b("li", "• Isfahan – Kuala Lumpur, Malaysia (2005, memorandum of understanding)"),
        _b("li", "• Isfahan – Yerevan, Armenia (2000); ended in 2011"),
        _b("p", "Mashhad"),
        _b("li", "• Mashhad – Karbala, Iraq (2012); suspended in 2015"),
        _b("li", "• Mashhad – Lahore, Pakistan (2006)"),
        _b("p", "Tabriz"),
        _b("li", "• Tabriz – Baku, Azerbaijan (1999)"),
        _b("li", "• Tabriz - Kazan, Russia (2009)"),
        _b("h", "3. Other links"),
        _b(
            "p",
            "In 2016 Kish Island and Varadero (Cuba) signed a memorandum of understanding on tourism; a full "
            "sister-city agreement is expected to follow. Yazd has been a member of the League of Historical "
            "Cities since 2010, and Isfahan joined the UNESCO Creative Cities Network in 2015.",
        ),
        _b("h", "References"),
        _b(
            "ref",
            "Clarke, N. (2009). In what sense 'spaces of neoliberalism'? The new localism, the new politics of "
            "scale, and town twinning. Political Geography, 28(8), 496–507.",
        ),
        _b(
            "ref",
            "Zelinsky, W. (1991). The twinning of the world: Sister cities in geographic and historical "
            "perspective. Annals of the Association of American Geographers, 81(1), 1–31. "
            "https://doi.org/10.1111/j.1467-8306.1991.tb01676.x",
        ),
    ],
}

TWOCOL_FA = {
    "title": "پیوندهای شهری در شرق ایران",
    "dir": "rtl",
    "producers": ["chromium", "xelatex"],
    "font_chromium": "Noto Naskh Arabic",
    "columns": True,
    "header": "ویژه~نامه دیپلماسی شهری – پاییز ۱۴۰۰".replace("~", ZWNJ),
    "folio": "۳",
    "blocks": [
        _b("title", "پیوندهای شهری در شرق ایران"),
        _b(
            "p",
            "مشهد به عنوان دومین کلان~شهر ایران در سال~های اخیر پیوندهای متعددی با شهرهای جهان اسلام برقرار "
            "کرده است. مشهد و کربلا در سال ۱۳۹۱ پیمان خواهرخواندگی امضا کردند و این پیمان در سال 2015 به دلیل "
            "شرایط امنیتی متوقف شد.",
            col=True,
        ),
        _b(
            "p",
            "کرمان نیز در سال ۱۳۸۴ با هرات در افغانستان پیمان خواهرخواندگی منعقد کرد. به گفته معاون امور "
            "بین~الملل شهرداری کرمان، این پیمان «بر پایه زبان و فرهنگ مشترک» شکل گرفته و تاکنون ده~ها برنامه "
            "فرهنگی مشترک در چارچوب آن برگزار شده است.",
        ),
        _b(
            "p",
            "زاهدان و کراچی در پاکستان در سال 2008 تفاهم~نامه همکاری امضا کردند، اما این تفاهم~نامه هرگز به "
            "پیمان رسمی تبدیل نشد و همکاری دو شهر در حد تبادل هیئت~های تجاری باقی ماند.",
        ),
        _b(
            "p",
            "بیرجند در حال مذاکره با شهر دوشنبه در تاجیکستان برای انعقاد پیمان دوستی است. کارشناسان معتقدند "
            "زبان مشترک فارسی مهم~ترین سرمایه این دو شهر برای گسترش همکاری~های فرهنگی و دانشگاهی است.",
        ),
        _b(
            "p",
            "نیشابور و قونیه (Konya) در ترکیه نیز در سال ۱۳۸۹ شهرهای خواهرخوانده شدند؛ پیوندی که بر میراث "
            "مشترک عطار و مولوی تکیه دارد و هر سال با برگزاری هفته فرهنگی در یکی از دو شهر گرامی داشته می~شود.",
        ),
        _b(
            "p",
            "تجربه این شهرها نشان می~دهد که خواهرخواندگی زمانی پایدار می~ماند که به برنامه~های مشخص، بودجه "
            "سالانه و نهادی مسئول در شهرداری متکی باشد. بسیاری از پیمان~ها پس از امضا تنها در حد یک سند "
            "تشریفاتی باقی مانده~اند و هیچ برنامه مشترکی در چارچوب آن~ها اجرا نشده است.",
            ar=True,
        ),
        _b(
            "p",
            "به گزارش اداره کل امور بین~الملل شهرداری مشهد (www.mashhad.ir)، مشهد از سال ۲۰۰۶ عضو سازمان "
            "پایتخت~ها و شهرهای اسلامی است و در سال ۲۰۱۷ به عنوان پایتخت فرهنگی جهان اسلام برگزیده شد.",
        ),
        _b(
            "p",
            "کارشناسان پیشنهاد می~کنند که شهرداری~های شرق کشور به جای امضای پیمان~های متعدد، بر چند پیوند "
            "فعال تمرکز کنند و نتایج آن را هر سال در گزارشی عمومی منتشر کنند تا شهروندان نیز از دستاوردهای "
            "این همکاری~ها آگاه شوند.",
        ),
    ],
}

TABLE_EN = {
    "title": "Sister-city links of Iranian provincial capitals",
    "dir": "ltr",
    "producers": ["lo", "chromium"],
    "font_lo": "Noto Serif",
    "font_chromium": "Noto Sans",
    "table_dir": "ltr",
    "blocks": [
        _b("title", "Sister-city links of Iranian provincial capitals, 1989–2020"),
        _b(
            "p",
            "Table 1 lists the sister-city agreements recorded by the international affairs offices of ten "
            "Iranian municipalities. The status column gives the state of each link as reported in 2021; "
            "a dash means that the year of signature could not be found.",
        ),
        _b("caption", "Table 1. Partner cities of Iranian provincial capitals"),
        _table(
            ["No.", "Iranian city", "Partner city", "Country", "Year", "Status"],
            [
                ["1", "Isfahan (اصفهان)", "Xi'an", "China", "1989", "active"],
                ["2", "Isfahan (اصفهان)", "Florence", "Italy", "1998", "active"],
                ["3", "Isfahan (اصفهان)", "Freiburg im Breisgau", "Germany", "2000", "suspended"],
                ["4", "Shiraz (شیراز)", "Weimar", "Germany", "2009", "friendship city"],
                ["5", "Tabriz (تبریز)", "Kazan", "Russia", "2009", "active"],
                ["6", "Yazd (یزد)", "Bukhara", "Uzbekistan", "2016", "memorandum of understanding"],
                ["7", "Qazvin (قزوین)", "Nizhny Novgorod", "Russia", "–", "under negotiation"],
                ["8", "Hamedan (همدان)", "Kutaisi", "Georgia", "2017", "active"],
                ["9", "Rasht (رشت)", "Astrakhan", "Russia", "2004", "active"],
                ["10", "Kermanshah (کرمانشاه)", "Sulaymaniyah", "Iraq", "2014", "active"],
            ],
        ),
        _b(
            "p",
            "Source: municipal websites, accessed March 2021; for Isfahan see https://www.isfahan.ir/en/.",
        ),
        _b(
            "p",
            "Outside the table, Ahvaz and Basra (Iraq) have discussed a partnership since 2019, but no "
            "agreement has been signed. Rasht also joined the UNESCO Creative Cities Network in 2015 as a "
            "City of Gastronomy.",
        ),
    ],
}

DOCS: dict[str, dict[str, Any]] = {
    "table-en": TABLE_EN,
    "news-fa": NEWS_FA,
    "paper-fa": PAPER_FA,
    "report-en": REPORT_EN,
    "twocol-fa": TWOCOL_FA,
}
