"""The Corpus page through Streamlit's AppTest: uploads, pasted text, edits and removal."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.corpus.store import CorpusStore, content_hash
from dashboard.navigation import MANAGE_PAGES

from conftest import page_alone, rendered

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "pages" / "corpus.py")
SENTENCE = "وقال لافروف في مستهل لقائه مع حفتر إن الوضع في ليبيا لا يزال معقدا."
OTHER = "وأكد الوزير الروسي على ضرورة تركيز كافة مبادرات الوساطة في إطار عمل الأمم المتحدة."
NEW_TITLE = "الشتيوي يستقبل وفدا روسيا"
NEW_TEXT = "التقى المشير عبد الواحد الشتيوي وفدا عسكريا روسيا في بنغازي. وأكد الشتيوي أن الجيش مستعد للحوار."
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "corpus.sqlite3"
    monkeypatch.setenv("MARSAD_DB", str(path))
    monkeypatch.setenv("MARSAD_LEXICON", str(tmp_path / "user_lexicon"))
    return path


def run(page: str = PAGE) -> AppTest:
    at = page_alone(page, default_timeout=60).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label.startswith(label))


def values(elements) -> list[str]:
    """The messages as the analyst reads them (see :func:`conftest.rendered`)."""
    return [rendered(element.value) for element in elements]


def test_the_page_lists_the_seeded_corpus(db: Path) -> None:
    at = run()
    assert at.title[0].value == "Corpus"
    assert at.subheader[0].value == "2 articles"
    # The store in use is named, not the default file name: here $MARSAD_DB points elsewhere.
    assert at.caption[0].value == f"The articles every page analyses, kept in `{db}` (set by $MARSAD_DB): they stay after a restart."
    assert sorted(at.data_editor[0].value["doc_id"]) == ["000_6e8e4df2958d8f13", "004_de159ab6a08af78c"]
    uploader = at.file_uploader[0]
    assert uploader.accept_multiple_files
    assert sorted(uploader.allowed_type) == [".csv", ".htm", ".html", ".txt"]


def test_the_table_puts_what_an_analyst_reads_first_and_keeps_the_title_narrow(db: Path) -> None:
    # At 1440 px the title (640 px wide) and the id before it pushed the size and the rest out of view.
    editor = run().data_editor[0]
    assert list(editor.proto.column_order) == [
        "remove", "title", "outlet", "date", "n_chars", "doc_id", "date_source", "source", "added_at"]
    config = json.loads(editor.proto.columns)
    # The 2017 seed's title has 65 characters: 511 px at 7.5 px each (and padding), held to 320, and
    # widened by the 64 px the outlet had in view at the table's edge at 800 px (right-aligned, its
    # names were drawn out of view there): the outlet starts at the edge.
    assert (config["title"]["width"], config["title"]["alignment"]) == (384, "right")
    assert sum(config[c]["width"] for c in ("remove", "title")) == 468
    # The editor cannot cut a title at a word (the cell is what is saved): in 384 px the 65 letters
    # were cut mid-word ("…إلى اتفاق مع حكوم"); rows 65 px high wrap it whole onto two lines.
    assert editor.proto.row_height == 65
    assert config["n_chars"]["label"] == "Characters"
    # Left to share the width, the Date column wrapped "2017-08-14" onto two lines at 1440 px beside
    # a long id and a seven-digit size: it holds a whole date.
    assert config["date"]["width"] == 100


def test_uploading_a_mix_adds_the_good_files_and_lists_each_bad_one(db: Path) -> None:
    at = run()
    at.file_uploader[0].set_value([
        ("utf8.txt", SENTENCE.encode("utf-8"), "text/plain"),
        ("windows.txt", OTHER.encode("cp1256"), "text/plain"),
        ("utf16.txt", codecs.BOM_UTF16_LE + NEW_TEXT.encode("utf-16-le"), "text/plain"),
        ("photo.txt", PNG, "text/plain"),
        ("english.txt", b"Lavrov met Haftar in Moscow.", "text/plain"),
        ("empty.html", b"", "text/html"),
    ])
    button(at, "Add files").click().run()
    assert not at.exception
    assert values(at.success) == ["Added 3 articles: utf8.txt as utf8, windows.txt as windows, utf16.txt as utf16."]
    assert values(at.error) == [
        "photo.txt: The file looks binary (it contains NUL bytes), not like text.", "empty.html: The file is empty.",
    ]
    assert [w.split(":")[0] for w in values(at.warning)] == ["english.txt"]
    assert at.subheader[0].value == "5 articles"
    # A restart: a new session on the same database still has them.
    again = run()
    assert again.subheader[0].value == "5 articles"
    assert {"utf8", "windows", "utf16"} <= set(again.data_editor[0].value["doc_id"])
    assert CorpusStore(db).get("windows").text == OTHER


def test_a_metadata_csv_uploaded_with_the_texts_fills_their_outlet_and_date(db: Path) -> None:
    at = run()
    at.file_uploader[0].set_value([
        ("utf8.txt", SENTENCE.encode("utf-8"), "text/plain"),
        ("metadata.csv", "file,outlet,date\nutf8.txt,بوابة الوسط,2019-04-05\n".encode("utf-8"), "text/csv"),
    ])
    button(at, "Add files").click().run()
    assert values(at.success) == ["Added 1 article: utf8.txt as utf8."]
    assert not at.warning and not at.error
    stored = CorpusStore(db).get("utf8")
    assert (stored.outlet, stored.date, stored.date_source) == ("بوابة الوسط", "2019-04-05", "metadata")


def test_uploading_the_same_text_again_is_reported_as_a_duplicate(db: Path) -> None:
    at = run()
    at.file_uploader[0].set_value([("first.txt", SENTENCE.encode("utf-8"), "text/plain")])
    button(at, "Add files").click().run()
    at.file_uploader[0].set_value([("again.txt", SENTENCE.encode("cp1256"), "text/plain")])
    button(at, "Add files").click().run()
    assert values(at.warning) == ["again.txt: not added, the same text is already stored as first."]
    assert len(CorpusStore(db)) == 3


def test_pasting_a_text_with_its_metadata_adds_it(db: Path) -> None:
    at = run()
    at.text_area(key="paste_text").set_value(NEW_TEXT)
    at.text_input(key="paste_title").set_value(NEW_TITLE)
    at.text_input(key="paste_outlet").set_value("العربي الجديد")
    at.text_input(key="paste_date").set_value("2024-05-01")
    button(at, "Add text").click().run()
    assert not at.exception
    # Its id is made from its text, not its outlet and date: two of one outlet and day were
    # "العربي_الجديد-2024-05-01" and "…_2", alike but for the number.
    first = "pasted-" + content_hash(NEW_TEXT)[:12]
    assert values(at.success) == [f"Added 1 article: the pasted text “{NEW_TITLE}” (id {first})."]
    assert at.text_area(key="paste_text").value == ""
    doc = CorpusStore(db).get(first)
    assert (doc.text, doc.title, doc.outlet, doc.date) == (NEW_TEXT, NEW_TITLE, "العربي الجديد", "2024-05-01")
    at.text_area(key="paste_text").set_value(NEW_TEXT + " وأضاف أن الحوار مستمر.")
    at.text_input(key="paste_title").set_value("نص ثان")
    at.text_input(key="paste_outlet").set_value("العربي الجديد")
    at.text_input(key="paste_date").set_value("2024-05-01")
    button(at, "Add text").click().run()
    second = "pasted-" + content_hash(NEW_TEXT + " وأضاف أن الحوار مستمر.")[:12]
    assert second[:7] == first[:7] and second[7:] != first[7:]
    assert values(at.success) == [f"Added 1 article: the pasted text “نص ثان” (id {second})."]
    # With neither an outlet nor a date, the same: an id of its own, the same each time it is pasted.
    at.text_area(key="paste_text").set_value("وقال لافروف إن الحوار مستمر.")
    button(at, "Add text").click().run()
    third = "pasted-" + content_hash("وقال لافروف إن الحوار مستمر.")[:12]
    assert values(at.success) == [f"Added 1 article: the pasted text “وقال لافروف إن الحوار مستمر.” (id {third})."]


def test_a_pasted_text_with_a_bad_date_is_refused_and_kept_for_fixing(db: Path) -> None:
    at = run()
    at.text_area(key="paste_text").set_value(NEW_TEXT)
    at.text_input(key="paste_date").set_value("01/05/2024")
    button(at, "Add text").click().run()
    assert values(at.error) == ["The date '01/05/2024' is not written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-05-31)."]
    assert at.text_area(key="paste_text").value == NEW_TEXT
    assert len(CorpusStore(db)) == 2


def test_editing_title_outlet_and_date_saves_them(db: Path) -> None:
    at = run()
    editor = at.data_editor[0]
    row = list(editor.value["doc_id"]).index("004_de159ab6a08af78c")
    at.session_state[editor.key] = {
        "edited_rows": {row: {"title": NEW_TITLE, "outlet": "الوسط", "date": "2024-03"}}, "added_rows": [], "deleted_rows": [],
    }
    at.run()
    save = button(at, "Save 1 edit")
    assert not save.disabled
    save.click().run()
    assert not at.exception
    # Named by its (new) title too: the id alone left the analyst to find it in the table.
    assert values(at.success) == [f"Saved the edits to “{NEW_TITLE}” (004_de159ab6a08af78c)."]
    doc = CorpusStore(db).get("004_de159ab6a08af78c")
    assert (doc.title, doc.outlet, doc.date) == (NEW_TITLE, "الوسط", "2024-03")


def test_a_bad_date_in_the_table_is_not_saved(db: Path) -> None:
    at = run()
    editor = at.data_editor[0]
    at.session_state[editor.key] = {"edited_rows": {0: {"date": "2024-13"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    button(at, "Save 1 edit").click().run()
    doc_id = editor.value["doc_id"][0]
    assert values(at.error) == [f"{doc_id}: the date '2024-13' has no month 13."]
    assert CorpusStore(db).get(doc_id).date != "2024-13"


def test_ticking_an_article_and_pressing_remove_deletes_it(db: Path) -> None:
    at = run()
    editor = at.data_editor[0]
    assert button(at, "Remove 0").disabled
    doc_id, title = editor.value["doc_id"][1], editor.value["title"][1]
    at.session_state[editor.key] = {"edited_rows": {1: {"remove": True}}, "added_rows": [], "deleted_rows": []}
    at.run()
    button(at, "Remove 1 article").click().run()
    assert title == "اللافي والباعور يلتقيان لافروف في موسكو"
    assert values(at.success) == [f"Removed “{title}” ({doc_id})."]
    assert at.subheader[0].value == "1 article"
    assert CorpusStore(db).get(doc_id) is None


@pytest.mark.parametrize("path, title", [(path, title) for path, title, _ in MANAGE_PAGES])
def test_a_manage_page_opened_first_on_a_fresh_server_runs_through_the_entrypoint(db: Path, path: str, title: str) -> None:
    # Before its first run a server knows only the pages/ folder, so a deep link (/corpus) runs the
    # page file by itself: no sidebar, no stylesheet, Streamlit's own page list. The page must
    # rerun itself through app.py, which draws them.
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).switch_page(path).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.title[0].value == title
    assert [m.value for m in at.sidebar.markdown][:2] == ["### Marsad", "**Filters** · hold across pages"]
    assert sum("marsad-stylesheet" in h.value for h in at.sidebar.html) == 1


def test_an_upload_shows_up_on_the_other_pages(db: Path) -> None:
    if not (ROOT / "app.py").exists():
        pytest.skip("the dashboard entrypoint is not there yet")
    overview = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()

    def articles() -> list[int]:
        """The rows of the overview's table of articles."""
        return [len(frame.value) for frame in overview.dataframe if "n_tokens" in frame.value.columns]

    assert not overview.exception
    assert articles() == [2]
    # The upload on the page by itself: AppTest starts every run of a page reached by switch_page
    # as a fresh server does (the file alone), and the click would be spent on the rerun through app.py.
    at = run()
    at.file_uploader[0].set_value([("shtaiwi.txt", NEW_TEXT.encode("utf-8"), "text/plain")])
    button(at, "Add files").click().run()
    assert values(at.success) == ["Added 1 article: shtaiwi.txt as shtaiwi."]
    overview.run()
    assert not overview.exception
    # The overview's table of articles has the new one beside the two seeds.
    assert articles() == [3]


DATELINED = "العربي الجديد-\n" + NEW_TITLE + "\nبنغازي في 2 أيار/مايو 2024: " + NEW_TEXT


def test_a_pasted_article_takes_title_outlet_and_date_from_its_text_and_a_correction_is_kept(db: Path) -> None:
    at = run()
    at.text_area(key="paste_text").set_value(DATELINED)
    button(at, "Add text").click().run()
    # The outlet and date its text gives are its own; its id is made from its text.
    doc = CorpusStore(db).get("pasted-" + content_hash(DATELINED)[:12])
    assert (doc.title, doc.outlet, doc.date) == (NEW_TITLE, "العربي الجديد", "2024-05-02")
    assert doc.text == DATELINED
    editor = at.data_editor[0]
    row = list(editor.value["doc_id"]).index(doc.doc_id)
    assert editor.value.loc[row, "title"] == NEW_TITLE
    at.session_state[editor.key] = {"edited_rows": {row: {"outlet": "الوسط", "date": "2024-05-03"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    button(at, "Save 1 edit").click().run()
    # A new session (a restart) reads the correction, not the guess.
    again = run()
    table = again.data_editor[0].value.set_index("doc_id")
    assert table.loc[doc.doc_id, ["title", "outlet", "date"]].tolist() == [NEW_TITLE, "الوسط", "2024-05-03"]


def test_an_import_of_hundreds_of_files_is_summed_up(db: Path) -> None:
    files = [(f"n{n:03d}.txt", f"وقال لافروف في اللقاء رقم {n} إن الوضع معقد.".encode("utf-8"), "text/plain") for n in range(200)]
    at = run()
    at.file_uploader[0].set_value(files + [("empty.txt", b"", "text/plain")])
    button(at, "Add files").click().run()
    assert not at.exception
    assert values(at.info)[0] == "201 files: 200 added, 0 skipped as already stored, 1 not added (1 × The file is empty)."
    assert values(at.success)[0].endswith("n009.txt as n009 and 190 more.")
    assert at.subheader[0].value == "202 articles"


def test_a_file_name_is_shown_as_written_never_as_markdown(db: Path) -> None:
    at = run()
    name = "**عاجل** [رابط](mailto:a@example.org) $1$.txt"
    at.file_uploader[0].set_value([(name, SENTENCE.encode("utf-8"), "text/plain")])
    button(at, "Add files").click().run()
    assert [s.value for s in at.success] == [
        r"Added 1 article\: \*\*عاجل\*\* \[رابط\]\(mailto\:a\@example\.org\) \$1\$\.txt as عاجل\_رابط\_mailto\_a\_example\_org\_1\."
    ]


def test_a_corpus_of_more_than_a_page_is_edited_a_page_at_a_time(db: Path) -> None:
    from analysis.corpus.documents import Document

    # The two seeds and 499 short articles added in one go (added_at ties: ordered by id, so
    # n000 … n498 come after the seeds' 000_… and 004_…): 501 rows, two pages of 500.
    at = run()
    CorpusStore(db).add(Document(f"n{n:03d}", f"وقال لافروف في اللقاء رقم {n} إن الوضع معقد.", source=f"n{n:03d}.txt")
                        for n in range(499))
    at = run()
    assert at.subheader[0].value == "501 articles"
    assert len(at.data_editor[0].value) == 500
    assert at.caption[2].value == "Rows 1–500 of 501 (2 pages of 500)."
    at.number_input(key="corpus-articles-page").set_value(2).run()
    editor = at.data_editor[0]
    assert editor.value["doc_id"].tolist() == ["n498"]
    at.session_state[editor.key] = {"edited_rows": {0: {"outlet": "الوسط"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    button(at, "Save 1 edit").click().run()
    assert values(at.success) == ["Saved the edits to n498."]
    assert CorpusStore(db).get("n498").outlet == "الوسط" and CorpusStore(db).get("n497").outlet != "الوسط"


def test_the_first_view_after_an_upload_shows_its_progress_at_once(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first view after an upload showed an empty page for 10-15 s (the store's kept analysis
    # read, the lexicon built) before the progress bar's first count: the bar is drawn first now.
    from streamlit.delta_generator import DeltaGenerator

    from analysis.explore import kept

    run()  # the seeds, analysed
    at = run()
    at.file_uploader[0].set_value([("shtaiwi.txt", NEW_TEXT.encode("utf-8"), "text/plain")])
    events: list[str] = []
    real_progress, real_update = DeltaGenerator.progress, kept.bring_up_to_date

    def progress(self, value, text=None):
        events.append(f"bar: {text}")
        return real_progress(self, value, text=text)

    def bring_up_to_date(*args, **kwargs):
        events.append("reading the kept analysis")
        return real_update(*args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "progress", progress)
    monkeypatch.setattr(kept, "bring_up_to_date", bring_up_to_date)
    button(at, "Add files").click().run()
    assert not at.exception
    # The next view (the Overview) analyses the new article.
    events.clear()
    overview = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not overview.exception
    analysis = events
    assert analysis[:2] == ["bar: Bringing the analysis up to date: reading the articles and what is kept of their analysis…",
                            "reading the kept analysis"], events
    assert any(event.startswith("bar: Analysing the articles… ") for event in analysis), analysis
