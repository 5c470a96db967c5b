"""Tests for analysis.corpus.ingest: decoding, HTML extraction, rejections and batches, on real files."""

from __future__ import annotations

import codecs
import csv
import os
from pathlib import Path

import pytest

from analysis.corpus.documents import SEEDS_DIR
from analysis.corpus.ingest import IngestProblem, ingest_bytes, ingest_files, ingest_path, ingest_paths, ingest_text

SEED = SEEDS_DIR / "000_6e8e4df2958d8f13.txt"
SENTENCE = "وقال لافروف في مستهل لقائه مع حفتر"
PNG_HEADER = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001")

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>لافروف يستقبل حفتر في موسكو</title>
<style>.menu { color: red; } /* نمط القائمة */</style>
<script>var tracker = "سكربت التتبع"; console.log(tracker);</script></head>
<body><nav><ul><li><a href="/">الصفحة الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article><h1>لافروف يستقبل حفتر في موسكو</h1>
<p>وقال لافروف في مستهل لقائه مع حفتر إن الوضع في ليبيا لا يزال معقدا ولم يتم التغلب على خطر التطرف في بلدكم.</p>
<p>وأضاف لافروف أننا نعلم بالتدابير المتخذة من قبلكم، وندعم تنشيط عمليات التسوية السياسية.</p>
</article><script>document.write("إعلان منبثق")</script></body></html>
"""
PARAGRAPH = "وقال لافروف في مستهل لقائه مع حفتر إن الوضع في ليبيا لا يزال معقدا ولم يتم التغلب على خطر التطرف في بلدكم."


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_the_sentence_is_real_seed_text() -> None:
    assert SENTENCE in SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [SENTENCE, "وقال لافروف", "قال"])
def test_windows_1256_decodes_to_the_same_string(tmp_path: Path, text: str) -> None:
    result = ingest_path(write(tmp_path / "legacy.txt", text.encode("cp1256")))
    assert result.problem is None
    assert result.document.text == text


def test_a_whole_seed_in_windows_1256_decodes_exactly(tmp_path: Path) -> None:
    original = SEED.read_text(encoding="utf-8")
    result = ingest_path(write(tmp_path / "seed.txt", original.encode("cp1256")))
    assert result.document.text == original


@pytest.mark.parametrize(
    "bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
)
def test_utf16_with_bom_decodes_exactly_without_the_bom(tmp_path: Path, bom: bytes, codec: str) -> None:
    text = SENTENCE + "\r\nسطر ثان\n"
    result = ingest_path(write(tmp_path / "u16.txt", bom + text.encode(codec)))
    assert result.document.text == text


def test_utf8_bom_is_removed_and_nothing_else_changes(tmp_path: Path) -> None:
    text = "  " + SENTENCE + "\r\n\tسطر ثان \n\n"
    result = ingest_path(write(tmp_path / "bom.txt", codecs.BOM_UTF8 + text.encode("utf-8")))
    assert result.document.text == text
    assert result.document.text[2] == "و"


def test_plain_utf8_document_fields(tmp_path: Path) -> None:
    result = ingest_path(write(tmp_path / "lavrov-haftar 2017.txt", SENTENCE.encode("utf-8")))
    assert result.document.doc_id == "lavrov-haftar_2017"
    assert result.document.source == "lavrov-haftar 2017.txt"
    # No title given: the one line of the text, which is short, stands for it.
    assert result.document.title == SENTENCE
    assert result.document.language == "ar"


def test_html_yields_the_article_not_nav_script_or_style(tmp_path: Path) -> None:
    result = ingest_path(write(tmp_path / "page.html", ARTICLE_HTML.encode("utf-8")))
    text = result.document.text
    assert PARAGRAPH in text
    for unwanted in ("الصفحة الرئيسية", "رياضة", "سكربت التتبع", "tracker", "إعلان منبثق", "color", "نمط القائمة"):
        assert unwanted not in text
    assert result.document.title == "لافروف يستقبل حفتر في موسكو"
    assert result.document.doc_id == "page"


def test_a_web_page_saved_under_a_text_name_is_read_as_the_page() -> None:
    # Its doctype (after a comment) tells it: the article, not the script and menus, is the text.
    saved = "\ufeff<!-- saved from url=(0040)https://example.org/news -->\n" + ARTICLE_HTML
    text = ingest_bytes(saved.encode("utf-8"), name="page.txt").document.text
    assert PARAGRAPH in text and "سكربت التتبع" not in text and "<" not in text
    # A text that only mentions a tag, or opens an unclosed comment, stays text as written.
    for plain in ("وسم <html> يفتح الصفحة، قال المحرر.", "<!-- وقال لافروف إن موسكو تدعم الحوار."):
        assert ingest_bytes(plain.encode("utf-8"), name="note.txt").document.text == plain


def test_html_in_windows_1256_is_decoded_before_extraction(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace('<meta charset="utf-8">', '<meta charset="windows-1256">')
    result = ingest_path(write(tmp_path / "old.htm", page.encode("cp1256")))
    assert PARAGRAPH in result.document.text


def test_metadata_title_wins_over_the_page_title(tmp_path: Path) -> None:
    result = ingest_bytes(ARTICLE_HTML.encode("utf-8"), name="page.html", metadata={"title": "عنوان آخر", "date": "2017-08-14"})
    assert result.document.title == "عنوان آخر"
    assert result.document.date == "2017-08-14"


def test_a_saved_page_gives_its_own_date_and_site_as_date_and_outlet() -> None:
    # A page saved from a news site carries its publication date and the site's name in its markup;
    # they were dropped, and every saved page was an undated article of no outlet (left out of Trends
    # and of any date range) until the analyst typed both in on the Corpus page.
    head = ('<meta property="og:site_name" content="بوابة الوسط">'
            '<meta property="article:published_time" content="2024-02-11T10:00:00+02:00">')
    page = ARTICLE_HTML.replace("</title>", "</title>" + head)
    document = ingest_bytes(page.encode("utf-8"), name="page.html").document
    assert (document.outlet, document.date, document.date_source) == ("بوابة الوسط", "2024-02-11", "metadata")
    # A date in JSON-LD or a <time> counts too; the analyst's metadata wins over the page's.
    dated = ARTICLE_HTML.replace("<h1>", '<time datetime="2022-05-03">3 مايو 2022</time><h1>')
    assert ingest_bytes(dated.encode("utf-8"), name="page.html").document.date == "2022-05-03"
    given = ingest_bytes(page.encode("utf-8"), name="page.html", metadata={"outlet": "الوسط", "date": "2024-02"}).document
    assert (given.outlet, given.date) == ("الوسط", "2024-02")


def test_a_saved_page_with_no_date_in_its_markup_stays_undated() -> None:
    # Not guessed from elsewhere in the page: the footer's "© 2019" made 2019-01-01 of it.
    page = ARTICLE_HTML.replace("</article>", "</article><footer>© 2019 جميع الحقوق محفوظة</footer>")
    document = ingest_bytes(page.encode("utf-8"), name="page.html").document
    assert (document.date, document.date_source, document.outlet) == ("", "", "")


def test_html_with_nothing_to_extract_is_a_problem() -> None:
    page = b"<html><head><style>p { margin: 0 }</style></head><body><script>var x = 1;</script></body></html>"
    result = ingest_bytes(page, name="empty.html")
    assert result.document is None
    assert result.problem == IngestProblem("empty.html", "No article text could be extracted from this web page.", "error")


def test_binary_file_is_rejected_as_binary(tmp_path: Path) -> None:
    result = ingest_path(write(tmp_path / "scan.txt", PNG_HEADER))
    assert result.document is None
    assert result.problem.source == "scan.txt"
    assert result.problem.severity == "error"
    assert "binary" in result.problem.reason


def test_undecodable_bytes_without_nul_are_rejected_as_binary() -> None:
    result = ingest_bytes(bytes(range(1, 256)) * 4, name="noise.txt")
    assert result.document is None
    assert "binary" in result.problem.reason


def test_oversized_file_is_rejected_with_its_size(tmp_path: Path) -> None:
    result = ingest_path(write(tmp_path / "big.txt", ("ب" * 500).encode("utf-8")), max_bytes=100)
    assert result.document is None
    assert result.problem.reason == "The file is 1,000 bytes, over the limit of 100 bytes."


def test_oversized_file_is_rejected_without_being_read(tmp_path: Path) -> None:
    # A sparse 20 GB file: reading it would exhaust the machine, stat() costs nothing.
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(20_000_000_000)
    result = ingest_path(huge)
    assert result.problem.reason == "The file is 20,000,000,000 bytes, over the limit of 10,000,000 bytes."


def test_oversized_bytes_and_text_are_rejected() -> None:
    assert ingest_bytes(b"a" * 101, name="a.txt", max_bytes=100).problem.reason == (
        "The file is 101 bytes, over the limit of 100 bytes."
    )
    assert ingest_text("ب" * 60, max_bytes=100).problem.reason == "The text is 120 bytes, over the limit of 100 bytes."


def test_empty_and_whitespace_only_files_are_rejected(tmp_path: Path) -> None:
    empty = ingest_path(write(tmp_path / "empty.txt", b""))
    blank = ingest_path(write(tmp_path / "blank.txt", b" \r\n\t \n"))
    assert empty.problem == IngestProblem("empty.txt", "The file is empty.", "error")
    assert blank.problem == IngestProblem("blank.txt", "The file contains only whitespace.", "error")


def test_english_only_text_warns_and_is_added_only_when_forced(tmp_path: Path) -> None:
    path = write(tmp_path / "english.txt", b"Lavrov met Haftar in Moscow.")
    warned = ingest_path(path)
    forced = ingest_path(path, force=True)
    assert warned.document is None
    assert warned.problem.severity == "warning"
    assert "no Arabic letters" in warned.problem.reason
    assert forced.problem is None
    assert forced.document.text == "Lavrov met Haftar in Moscow."
    assert forced.document.language == ""


def test_user_supplied_names_are_reduced_to_their_base_name() -> None:
    result = ingest_bytes(SENTENCE.encode("utf-8"), name="../../etc/passwd.txt")
    assert result.document.doc_id == "passwd"
    assert result.document.source == "passwd.txt"
    windows = ingest_bytes(SENTENCE.encode("utf-8"), name="C:\\Users\\me\\..\\تقرير.txt")
    assert windows.document.source == "تقرير.txt"
    assert windows.document.doc_id == "تقرير"


def test_pasted_text_is_kept_exactly() -> None:
    text = "\n" + SENTENCE + "  \r\n"
    result = ingest_text(text)
    assert result.document.text == text
    assert result.document.source == "pasted"
    assert result.document.doc_id == "pasted"
    assert ingest_text("   \n").problem == IngestProblem("pasted", "The text contains only whitespace.", "error")


def test_problem_prints_as_one_cli_line() -> None:
    assert str(IngestProblem("a.txt", "The file is empty.")) == "error: a.txt: The file is empty."


def test_batch_keeps_the_good_and_reports_each_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    write(folder / "b_legacy.txt", SENTENCE.encode("cp1256"))
    write(folder / "a_good.txt", SENTENCE.encode("utf-8"))
    write(folder / "c_page.HTML", ARTICLE_HTML.encode("utf-8"))
    write(folder / "d_scan.txt", PNG_HEADER)
    write(folder / "e_empty.txt", b"")
    write(folder / "f_english.txt", b"Only English here.")
    write(folder / "notes.md", "ملاحظات".encode("utf-8"))  # not an article type: folders skip it
    missing = tmp_path / "missing.txt"

    documents, problems = ingest_paths([folder, missing], max_bytes=10_000)

    assert [doc.doc_id for doc in documents] == ["a_good", "b_legacy", "c_page"]
    assert documents[1].text == SENTENCE
    assert [(p.source, p.severity) for p in problems] == [
        ("d_scan.txt", "error"),
        ("e_empty.txt", "error"),
        ("f_english.txt", "warning"),
        ("missing.txt", "error"),
    ]
    assert problems[3].reason == "The file does not exist."


def test_metadata_csv_beside_the_files_is_applied(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", SENTENCE.encode("utf-8"))
    (tmp_path / "metadata.csv").write_text(
        "file,title,outlet,date,language\none.txt,لقاء موسكو,العربي الجديد,2024-05,ar\n", encoding="utf-8"
    )
    documents, problems = ingest_paths([tmp_path / "one.txt"])
    assert problems == []
    assert (documents[0].title, documents[0].outlet, documents[0].date) == ("لقاء موسكو", "العربي الجديد", "2024-05")


def test_seeds_folder_reads_with_its_metadata() -> None:
    documents, problems = ingest_paths([SEEDS_DIR])
    assert problems == []
    assert [doc.doc_id for doc in documents] == ["000_6e8e4df2958d8f13", "004_de159ab6a08af78c"]
    assert documents[1].outlet == "العربي الجديد"
    assert documents[1].date == "2024"
    assert documents[0].title == "لافروف يستقبل حفتر في موسكو ويرحب بسعيه إلى اتفاق مع حكومة الوفاق"


def test_empty_folder_and_explicit_metadata_file_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "metadata.csv").write_text("file,title\n", encoding="utf-8")
    documents, problems = ingest_paths([tmp_path / "empty", tmp_path / "metadata.csv"])
    assert documents == []
    assert [p.reason for p in problems] == [
        "The folder has no .txt, .html or .htm files.",
        "This is a metadata file, not an article; add its folder to use it.",
    ]


def test_nothing_is_written_next_to_the_inputs(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", SENTENCE.encode("utf-8"))
    ingest_paths([tmp_path])
    ingest_bytes(SENTENCE.encode("utf-8"), name=str(tmp_path / "two.txt"))
    assert sorted(os.listdir(tmp_path)) == ["one.txt"]


def test_metadata_dates_in_arabic_indic_digits_are_stored_in_ascii(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("وقال رئيس المجلس الرئاسي إن الحوار مستمر.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,title,outlet,date\na.txt,,,٢٠١٩-٠٥-١٠\n", encoding="utf-8")
    documents, problems = ingest_paths([tmp_path])
    assert problems == []
    assert documents[0].date == "2019-05-10"


@pytest.mark.parametrize(
    ("date", "reason"),
    [
        ('<a href="https://example.org">x</a>', "is not written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-05-31)"),
        ("<style>body{display:none}</style>", "is not written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-05-31)"),
        ("2024-02-30", "is not a real day: 2024-02 has no day 30"),
    ],
)
def test_a_metadata_date_that_is_not_a_date_refuses_that_file_only(tmp_path: Path, date: str, reason: str) -> None:
    (tmp_path / "bad.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "good.txt").write_text(PARAGRAPH, encoding="utf-8")
    with (tmp_path / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["file", "title", "outlet", "date"], ["bad.txt", "", "", date], ["good.txt", "", "", "2024"]])
    documents, problems = ingest_paths([tmp_path])
    assert [(d.doc_id, d.date) for d in documents] == [("good", "2024")]
    assert [(p.source, p.severity) for p in problems] == [("bad.txt", "error")]
    assert problems[0].reason.startswith("metadata.csv: the date ") and reason in problems[0].reason


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_decodes_exactly(tmp_path: Path, codec: str) -> None:
    result = ingest_path(write(tmp_path / "no-bom.txt", PARAGRAPH.encode(codec)))
    assert result.problem is None
    assert result.document.text == PARAGRAPH


def test_utf16_without_a_bom_of_a_short_text_decodes_too() -> None:
    assert ingest_bytes(SENTENCE.encode("utf-16-le"), name="short.txt").document.text == SENTENCE


def test_uploaded_files_and_files_on_disk_take_the_one_ingest_path(tmp_path: Path) -> None:
    data = ARTICLE_HTML.encode("cp1256")
    on_disk, disk_problems = ingest_paths([write(tmp_path / "page.html", data)])
    uploaded, upload_problems = ingest_files([("page.html", data), ("scan.pdf", b"%PDF-1.7")])
    assert uploaded == on_disk and disk_problems == []
    assert upload_problems == [IngestProblem("scan.pdf", "Only .txt, .html and .htm files (and a metadata.csv for them) can be added.")]


@pytest.mark.parametrize("site", ["alwasat", "بوابة الوسط - alwasat", "<b>x</b>"])
def test_a_saved_page_keeps_its_site_name_as_written(site: str) -> None:
    # trafilatura title-cases a site name that starts with no capital: «alwasat» became «Alwasat», an
    # outlet apart from the «alwasat» of a metadata.csv; the page's own spelling is kept.
    written = site.replace("<", "&lt;").replace(">", "&gt;")
    page = ARTICLE_HTML.replace("</title>", f'</title><meta property="og:site_name" content="{written}">')
    assert ingest_bytes(page.encode("utf-8"), name="page.html").document.outlet == site


def test_a_capitalised_site_name_is_kept_and_not_taken_from_the_text() -> None:
    page = ARTICLE_HTML.replace("</title>", '</title><meta property="og:site_name" content="Libya Observer">')
    assert ingest_bytes(page.encode("utf-8"), name="page.html").document.outlet == "Libya Observer"
