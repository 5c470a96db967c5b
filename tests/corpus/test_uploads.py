"""Tests for analysis.corpus.uploads: a batch of real uploaded bytes, pasted text, and table edits."""

from __future__ import annotations

import codecs
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.documents import SEEDS_DIR
from analysis.corpus.ingest import IngestProblem
from analysis.corpus.store import AddReport, CorpusStore, Duplicate, content_hash
from analysis.corpus.uploads import (
    Message,
    add_messages,
    date_problems,
    ingest_pasted,
    ingest_uploads,
    metadata_changes,
)

SEED = (SEEDS_DIR / "000_6e8e4df2958d8f13.txt").read_text(encoding="utf-8")
SENTENCE = "وقال لافروف في مستهل لقائه مع حفتر إن الوضع في ليبيا لا يزال معقدا ولم يتم التغلب على خطر التطرف."
OTHER = "وأكد الوزير الروسي على ضرورة تركيز كافة مبادرات الوساطة في إطار عمل الأمم المتحدة."
THIRD = "ونقل المجلس الرئاسي عن اللافي تأكيده أهمية التعاون مع روسيا في مجال الطاقة."
PAGE = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>لافروف يستقبل حفتر</title>
<script>var tracker = "سكربت";</script></head><body><nav><a href="/">الرئيسية</a></nav>
<article><h1>لافروف يستقبل حفتر</h1><p>{SENTENCE}</p><p>{OTHER}</p></article></body></html>"""
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")


def mixed_batch() -> list[tuple[str, bytes]]:
    """What a new user drops on the page: three good files in three encodings, a web page, and bad ones."""
    return [
        ("seed-utf8.txt", SEED.encode("utf-8")),
        ("windows.txt", OTHER.encode("cp1256")),
        ("utf16.txt", codecs.BOM_UTF16_LE + THIRD.encode("utf-16-le")),
        ("page.html", PAGE.encode("utf-8")),
        ("photo.txt", PNG),
        ("huge.txt", ("، " + SENTENCE).encode("utf-8") * 40),
        ("english.txt", b"Lavrov met Haftar in Moscow."),
        ("empty.htm", b""),
        ("report.pdf", b"%PDF-1.7"),
    ]


def test_a_mixed_batch_keeps_the_good_files_and_gives_each_bad_one_its_reason() -> None:
    documents, problems = ingest_uploads(mixed_batch(), max_bytes=4_000)
    assert [d.doc_id for d in documents] == ["seed-utf8", "windows", "utf16", "page"]
    assert documents[0].text == SEED
    assert documents[1].text == OTHER
    assert documents[2].text == THIRD
    assert SENTENCE in documents[3].text and "سكربت" not in documents[3].text
    assert documents[3].title == "لافروف يستقبل حفتر"
    assert [(p.source, p.severity) for p in problems] == [
        ("photo.txt", "error"), ("huge.txt", "error"), ("english.txt", "warning"), ("empty.htm", "error"),
        ("report.pdf", "error"),
    ]
    reasons = {p.source: p.reason for p in problems}
    assert reasons["photo.txt"] == "The file looks binary (it contains NUL bytes), not like text."
    assert reasons["huge.txt"].startswith("The file is ") and "over the limit of 4,000 bytes" in reasons["huge.txt"]
    assert reasons["english.txt"].startswith("The text contains no Arabic letters")
    assert reasons["empty.htm"] == "The file is empty."
    assert reasons["report.pdf"] == "Only .txt, .html and .htm files (and a metadata.csv for them) can be added."


def test_forcing_adds_the_english_text() -> None:
    documents, problems = ingest_uploads([("english.txt", b"Lavrov met Haftar in Moscow.")], force=True)
    assert [(d.doc_id, d.language) for d in documents] == [("english", "")]
    assert problems == []


def test_a_browser_path_is_reduced_to_the_file_name() -> None:
    documents, _ = ingest_uploads([("C:\\Users\\me\\..\\lavrov.txt", SENTENCE.encode("utf-8"))])
    assert (documents[0].doc_id, documents[0].source) == ("lavrov", "lavrov.txt")


def test_the_store_adds_the_good_ones_once_and_reports_duplicates(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path / "corpus.sqlite3")
    documents, problems = ingest_uploads(mixed_batch(), max_bytes=4_000)
    first = store.add(documents)
    assert len(store) == 4
    again_docs, _ = ingest_uploads([("copy.txt", OTHER.encode("utf-8")), ("windows.txt", SENTENCE.encode("cp1256"))])
    again = store.add(again_docs)
    assert len(store) == 5
    messages = add_messages(again, [])
    assert messages == [
        Message("success", "Added 1 article: windows.txt as windows_2 (the id windows was taken)."),
        Message("warning", "copy.txt: not added, the same text is already stored as windows."),
    ]
    first_messages = add_messages(first, problems)
    assert first_messages[0] == Message(
        "success", "Added 4 articles: seed-utf8.txt as seed-utf8, windows.txt as windows, utf16.txt as utf16, page.html as page."
    )
    assert Message("error", "photo.txt: The file looks binary (it contains NUL bytes), not like text.") in first_messages
    assert sum(m.level == "error" for m in first_messages) == 4
    # The analyst's articles are still there when the store is opened again (a restart); one
    # batch shares its time, so its articles come in id order.
    assert [d.doc_id for d in CorpusStore(tmp_path / "corpus.sqlite3").documents()] == [
        "page", "seed-utf8", "utf16", "windows", "windows_2",
    ]


def test_pasted_text_takes_the_typed_metadata() -> None:
    documents, problems = ingest_pasted("  " + SENTENCE + "\n", title="لافروف وحفتر", outlet="العربي الجديد", date="2017-08-14")
    assert problems == []
    doc = documents[0]
    # Its id is made from its text: five pasted articles were pasted, pasted_2 … pasted_5 in every
    # download's doc_id column, and then two of one outlet and day "العربي_الجديد-2017-08-14", "…_2".
    assert (doc.doc_id, doc.text, doc.title, doc.outlet, doc.date, doc.source) == (
        "pasted-" + content_hash("  " + SENTENCE + "\n")[:12], "  " + SENTENCE + "\n", "لافروف وحفتر", "العربي الجديد",
        "2017-08-14", "pasted",
    )


@pytest.mark.parametrize(("outlet", "date"), [("Al.Wasat", "٢٠٢٤-٠٥"), ("<b>bold</b> & co", ""), ("", "2024"), ("", "")])
def test_a_pasted_texts_id_is_made_from_its_text(outlet: str, date: str) -> None:
    documents, _ = ingest_pasted(SENTENCE, outlet=outlet, date=date)
    assert documents[0].doc_id == "pasted-" + content_hash(SENTENCE)[:12]
    other, _ = ingest_pasted(SENTENCE + " وأضاف أن الحوار مستمر.", outlet=outlet, date=date)
    assert other[0].doc_id != documents[0].doc_id


@pytest.mark.parametrize(
    ("text", "date", "reason"),
    [
        ("", "", "The text is empty."),
        ("   \n", "", "The text contains only whitespace."),
        (SENTENCE, "14/08/2017", "The date '14/08/2017' is not written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-05-31)."),
        (SENTENCE, "2017-02-30", "The date '2017-02-30' is not a real day: 2017-02 has no day 30."),
    ],
)
def test_bad_pasted_text_is_refused_with_its_reason(text: str, date: str, reason: str) -> None:
    assert ingest_pasted(text, date=date) == ([], [IngestProblem("pasted text", reason)])


def test_a_pasted_date_in_arabic_indic_digits_is_stored_in_ascii() -> None:
    documents, problems = ingest_pasted(SENTENCE, date="٢٠١٧-٠٨-١٤")
    assert problems == [] and documents[0].date == "2017-08-14"


def test_metadata_changes_between_the_stored_and_the_edited_table() -> None:
    before = pd.DataFrame({
        "doc_id": ["a", "b", "c"], "title": ["عنوان", "", "ثالث"], "outlet": ["", "", ""], "date": ["2024", "", "2017-08-14"],
        "source": ["a.txt", "b.txt", "c.txt"],
    })
    after = before.copy()
    after.loc[0, "title"] = " عنوان جديد "
    after.loc[1, "outlet"] = "العربي الجديد"
    after.loc[1, "date"] = "2024-13"
    after.loc[2, "date"] = None
    after.loc[2, "source"] = "ignored.txt"
    changes = metadata_changes(before, after)
    assert changes == {"a": {"title": "عنوان جديد"}, "b": {"outlet": "العربي الجديد", "date": "2024-13"}, "c": {"date": ""}}
    assert date_problems(changes) == ["b: the date '2024-13' has no month 13."]


def test_a_long_import_reports_its_progress_and_sums_up_what_happened():
    texts = [(f"article_{n:03d}.txt", f"وقال لافروف في اللقاء رقم {n} إن الوضع في ليبيا معقد.".encode("utf-8")) for n in range(150)]
    files = texts + [("empty.txt", b""), ("photo.png", b"\x89PNG"), ("blank.txt", b"")]
    seen: list[tuple[int, int, str]] = []
    documents, problems = ingest_uploads(files, progress=lambda done, total, name: seen.append((done, total, name)))
    assert len(seen) == 153 and seen[0] == (0, 153, "article_000.txt") and seen[-1] == (152, 153, "blank.txt")
    report = AddReport(added=tuple(documents[:148]), duplicates=tuple(Duplicate(d, "seed") for d in documents[148:]))
    messages = add_messages(report, problems)
    assert messages[0] == Message("info", (
        "153 files: 148 added, 2 skipped as already stored, 3 not added "
        "(2 × The file is empty; 1 × Only .txt, .html and .htm files (and a metadata.csv for them) can be added)."
    ))
    assert messages[1].text.startswith("Added 148 articles: article_000.txt as article_000, ")
    assert messages[1].text.endswith("article_009.txt as article_009 and 138 more.")


def test_a_metadata_csv_uploaded_with_the_texts_gives_them_their_outlet_and_date() -> None:
    # As beside the texts in a folder: without it ten uploaded texts had no outlet and no date,
    # typed one by one on the Corpus page before Outlets, Groups or Trends could use them.
    metadata = ("file,title,outlet,date\r\n"
                "a.txt,لافروف يستقبل حفتر,بوابة الوسط,2017-08-14\r\n"
                "page.html,,صوت حائل,٢٠١٧-٠٨-١٥\r\n"
                "missing.txt,,العين,2022\r\n").encode("utf-8-sig")
    documents, problems = ingest_uploads([("a.txt", SENTENCE.encode()), ("metadata.csv", metadata),
                                          ("page.html", PAGE.encode()), ("b.txt", OTHER.encode())])
    assert [(d.doc_id, d.title, d.outlet, d.date, d.date_source) for d in documents] == [
        ("a", "لافروف يستقبل حفتر", "بوابة الوسط", "2017-08-14", "metadata"),
        ("page", "لافروف يستقبل حفتر", "صوت حائل", "2017-08-15", "metadata"),
        ("b", documents[2].title, "", "", ""),
    ]
    # The metadata file is no article; a row naming a file not uploaded is said, the rest go in.
    assert [(p.source, p.severity, p.reason) for p in problems] == [
        ("metadata.csv", "warning", "It names files not uploaded with it: missing.txt."),
    ]


def test_a_metadata_csv_without_a_file_column_is_said_and_the_texts_go_in_without_it() -> None:
    documents, problems = ingest_uploads([("a.txt", SENTENCE.encode()), ("metadata.csv", b"name,outlet\na.txt,x\n")])
    assert [(d.doc_id, d.outlet) for d in documents] == [("a", "")]
    assert [(p.source, p.severity) for p in problems] == [("metadata.csv", "warning")]
    assert problems[0].reason.startswith("The metadata file could not be read (no 'file' column")
