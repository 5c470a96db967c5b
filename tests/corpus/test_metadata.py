"""Metadata from an article's own text: title from its first line, outlet from its dateline, date near the top."""

from __future__ import annotations

from analysis.corpus.ingest import ingest_text
from analysis.corpus.metadata import date_from_text, metadata_from_text, title_from_text

ARTICLE = (
    "العربي الجديد-\n"
    "لافروف يستقبل حفتر في موسكو\n"
    "موسكو في ١٤ آب/أغسطس ٢٠١٧: التقى وزير الخارجية الروسي سيرغي لافروف المشير خليفة حفتر.\n"
)


def test_title_outlet_and_date_come_from_the_text():
    assert metadata_from_text(ARTICLE) == {"title": "لافروف يستقبل حفتر في موسكو", "outlet": "العربي الجديد", "date": "2017-08-14"}


def test_a_first_line_that_is_a_paragraph_gives_its_first_words():
    paragraph = "التقى عضو المجلس الرئاسي عبد الله اللافي، ووزير الخارجية المكلف بحكومة الوحدة الوطنية الطاهر الباعور، اليوم الاثنين، وزير الخارجية الروسي سيرغي لافروف بالعاصمة الروسية موسكو."
    assert title_from_text(paragraph + "\nوأكد لافروف دعم بلاده.") == "التقى عضو المجلس الرئاسي عبد الله اللافي، ووزير الخارجية المكلف بحكومة الوحدة…"


def test_a_first_line_that_is_a_place_a_date_and_an_agency_is_no_title():
    # "موسكو-28 مارس 2023م (وام)" headed the Overview's card as the article's title.
    text = "دمشق-3 يناير 2024م (سانا)\nقال نائب وزير الخارجية إن السفير سيتوجه إلى طرابلس.\nوأضاف أن البعثة تعمل."
    assert metadata_from_text(text) == {"title": "قال نائب وزير الخارجية إن السفير سيتوجه إلى طرابلس.", "outlet": "", "date": "2024-01-03"}
    # A title that holds a date stays the title: the words around the date are more than a place and an agency.
    assert title_from_text("قمة موسكو في 14 آب/أغسطس 2017 تبحث الأزمة\nقال لافروف.") == "قمة موسكو في 14 آب/أغسطس 2017 تبحث الأزمة"
    assert title_from_text("طرابلس 2024-5-2 (رويترز)") == "طرابلس 2024-5-2 (رويترز)"  # all there is


def test_dates_in_the_forms_arabic_news_writes_them():
    assert date_from_text("نشر في 03/05/2024 وقال لافروف") == "2024-05-03"
    assert date_from_text("تقرير مايو 2024 عن ليبيا") == "2024-05"
    assert date_from_text("طرابلس 2024-5-2 (رويترز)") == "2024-05-02"
    assert date_from_text("في 31 فبراير 2024 قال") == ""  # no such day: no date rather than a wrong one
    assert date_from_text("قال لافروف إن 2024 عام مهم") == ""
    # Month first, and a comma before the year, as some sites' top lines write them.
    assert date_from_text("الجمعة، يونيو 17، 2011\nقال لافروف") == "2011-06-17"
    assert date_from_text("نشر في تشرين الأول 5, 2019 الساعة 10:00") == "2019-10-05"
    assert date_from_text("تقرير أغسطس، 2017 عن ليبيا") == "2017-08"
    assert date_from_text("قال إن يونيو 2030 موعد") == "2030-06"  # a year and month, as before


def test_what_the_analyst_gives_wins_over_the_text():
    document = ingest_text(ARTICLE, metadata={"title": "عنوان المحلل", "date": "2017-08"}).document
    assert (document.title, document.outlet, document.date) == ("عنوان المحلل", "العربي الجديد", "2017-08")
    assert document.text == ARTICLE


def test_the_documents_say_where_their_date_came_from():
    given = ingest_text(ARTICLE, metadata={"date": "2017-08"}).document
    read = ingest_text(ARTICLE).document
    undated = ingest_text("وقال لافروف إن الحوار مستمر.").document
    assert (given.date, given.date_source) == ("2017-08", "metadata")
    assert (read.date, read.date_source) == ("2017-08-14", "text")  # ١٤ آب/أغسطس ٢٠١٧ under the title
    assert (undated.date, undated.date_source) == ("", "")
