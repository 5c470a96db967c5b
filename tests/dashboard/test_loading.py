"""The dashboard's corpus source: with MARSAD_PARQUET, a Parquet dataset the CLI (or a Dask
cluster) wrote, read instead of analysing the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis.extract.dataset import write_dataset
from analysis.extract.pipeline import analyze
from bench.corpus import generate

from conftest import rendered

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new store (the two seeds): a page showing five articles shows the dataset, not the store."""
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "corpus.sqlite3"))
    monkeypatch.setenv("MARSAD_LEXICON", str(tmp_path / "user_lexicon"))


def overview() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.run()
    return at


def test_the_overview_shows_the_datasets_articles(tmp_path, monkeypatch, lexicon):
    documents = generate(5)  # the two seeds and three articles made of their sentences
    write_dataset(analyze(documents, lexicon), tmp_path / "dataset")
    monkeypatch.setenv("MARSAD_PARQUET", str(tmp_path / "dataset"))
    at = overview()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value
    # Read back in doc_id order: the seeds' ids (000_…, 004_…) sort before bench_00001.
    assert table["title"].tolist()[2:] == ["مقال 1", "مقال 2", "مقال 3"]
    assert table["article"].tolist() == [
        "Article 1 (2017-08-14)", "Article 2 (2024)",
        *(f"Article {n} ({doc.date})" for n, doc in enumerate(documents[2:], start=3)),
    ]
    # The seeds' figures are the store's own (tests/dashboard/test_pages.py).
    assert table[["n_sentences", "n_tokens", "mentions", "actors"]].values.tolist()[:2] == [[14, 362, 43, 12], [9, 368, 49, 21]]


def test_a_folder_that_is_no_dataset_stops_the_page_with_one_line(tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("MARSAD_PARQUET", str(tmp_path / "empty"))
    at = overview()
    assert [rendered(e.value) for e in at.error] == [
        f"MARSAD_PARQUET names a dataset that cannot be read: {tmp_path / 'empty'} is not a Marsad Parquet dataset: "
        "it has no 'documents' folder"
    ]
    assert not at.dataframe


def _settle(folder: Path) -> None:
    """Date every file of ``folder`` ten seconds back: a stamp is only trusted once files are quiet."""
    import os
    import time

    past = time.time() - 10
    for path in folder.iterdir():
        os.utime(path, (past, past))


def test_store_fingerprint_is_taken_again_only_when_the_store_changed(tmp_path):
    from analysis.corpus.store import CorpusStore
    from analysis.extract import results
    from dashboard.loading import store_fingerprint

    from conftest import snippet

    store = CorpusStore(tmp_path / "corpus.sqlite3")
    store.add([snippet("قال لافروف إن المحادثات في موسكو كانت مفيدة.", doc_id="one")])
    # Just written: not kept (a write in the same timestamp tick would go unseen), but right.
    just_written = store_fingerprint(store)
    assert store.path not in results._KEYS
    _settle(tmp_path)
    first = store_fingerprint(store)
    assert first == just_written and results._KEYS[store.path][2] == first  # kept, with the files' stamp
    store.add([snippet("رحب بوتين بالاتفاق الذي وقعه الطرفان أمس.", doc_id="two")])
    second = store_fingerprint(store)
    assert second != first
    store.update_metadata("two", date="2024-06-01")  # a new date: the same texts, another corpus
    assert store_fingerprint(store) not in (first, second)

def test_filtered_and_computed_are_cached_per_corpus_and_filters(frames, lexicon):
    from analysis.explore.filters import Filters, filter_frames
    from analysis.explore.summary import headline
    from dashboard.loading import Corpus, computed, filtered

    from conftest import SEED_2017, SEED_2024

    corpus = Corpus(frames, lexicon, {}, {}, key="test-filtered-seeds")
    lavrov = Filters(actor_ids=("lavrov",))
    kept = filtered(corpus, lavrov)
    assert filtered(corpus, lavrov) is kept
    expected = filter_frames(frames, lavrov)
    for name, frame in kept.items():
        pd.testing.assert_frame_equal(frame, getattr(expected, name))
    assert set(kept.mentions["actor_id"]) == {"lavrov"}
    calls = []

    def count(frames_kept):
        calls.append(1)
        return headline(frames_kept)

    table = computed(corpus, lavrov, "headline", count)
    assert computed(corpus, lavrov, "headline", count) is table and len(calls) == 1
    # Lavrov: named in both seeds (the counts of the seeds' full table are in test_summary.py).
    assert table["doc_id"].tolist() == [SEED_2017, SEED_2024]
    assert table["mentions"].tolist() == expected.mentions.groupby("doc_id").size().reindex([SEED_2017, SEED_2024]).tolist()
    computed(corpus, Filters(), "headline", count)
    assert len(calls) == 2  # other filters, computed again


def test_past_the_memory_budget_the_pages_cached_results_are_let_go_and_the_corpus_kept(frames, lexicon, monkeypatch):
    import streamlit as st

    from analysis.explore.filters import Filters
    from analysis.explore.summary import headline
    from dashboard import loading

    corpus = loading.Corpus(frames, lexicon, {}, {}, key="test-memory-seeds")
    lavrov = Filters(actor_ids=("lavrov",))
    calls = []

    @loading.let_go_when_large
    @st.cache_resource(max_entries=4)
    def lines_of(view: str) -> list[str]:  # a page's own cache, listed with the page's results
        calls.append(view)
        return [view]

    def count(frames_kept):
        calls.append("headline")
        return headline(frames_kept)

    kept = loading.filtered(corpus, lavrov)
    loading.computed(corpus, lavrov, "headline", count)
    lines_of("russia")
    resident = loading.resident_mb()
    assert resident is not None and resident > 50  # this process: Python, pandas and the seeds' frames
    # Under the budget nothing is let go: asked again, nothing is worked out again.
    monkeypatch.setenv(loading.MEMORY_ENV, str(int(resident) + 4096))
    assert loading.keep_within_memory() is False
    assert loading.filtered(corpus, lavrov) is kept
    loading.computed(corpus, lavrov, "headline", count)
    lines_of("russia")
    assert calls == ["headline", "russia"]
    # Past it (a budget of 1 MiB), the page's results go; asked again, they are worked out again.
    monkeypatch.setenv(loading.MEMORY_ENV, "1")
    monkeypatch.setattr(loading, "_left_after_letting_go", [])
    assert loading.keep_within_memory() is True
    assert loading.filtered(corpus, lavrov) is not kept
    loading.computed(corpus, lavrov, "headline", count)
    lines_of("russia")
    assert calls == ["headline", "russia", "headline", "russia"]
    # Still past it, but not grown by 256 MiB since: kept, or every rerun would work it all out again.
    assert loading.keep_within_memory() is False
    lines_of("russia")
    assert calls == ["headline", "russia", "headline", "russia"]
    now = loading.resident_mb()
    monkeypatch.setattr(loading, "_left_after_letting_go", [now - loading.MEMORY_REGROWTH_MB - 64])  # grown since
    assert loading.keep_within_memory() is True
    # A budget that is no number is the default's (1,400 MiB, more than this process holds).
    monkeypatch.setenv(loading.MEMORY_ENV, "a lot")
    assert loading.keep_within_memory() is False


def test_filtered_frames_are_let_go_oldest_first_past_half_the_corpus_rows(frames, lexicon):
    # The seeds hold 220 rows (2 articles, 23 sentences, 92 mentions, 45 topic hits, 8 topic
    # counts, 50 stances): filtered copies may hold 110 of their own together.
    from analysis.explore.filters import Filters
    from dashboard import loading
    from dashboard.loading import Corpus, filtered

    from conftest import SEED_2017

    loading._filtered()[0].clear()
    corpus = Corpus(frames, lexicon, {}, {}, key="test-filtered-rows")
    lavrov, negative, first = Filters(actor_ids=("lavrov",)), Filters(polarities=("negative",)), Filters(doc_ids=(SEED_2017,))
    kept_lavrov, kept_negative = filtered(corpus, lavrov), filtered(corpus, negative)
    held, _ = loading._filtered()
    # Lavrov: 12 sentences, 13 mentions, 23 stances of their own (both seeds name him: the
    # documents and topic frames are the corpus's own); negative: 6 sentences, 10 stances.
    assert [rows for _, rows in held.values()] == [48, 16]
    assert filtered(corpus, lavrov) is kept_lavrov  # asked again: the newest now
    kept_first = filtered(corpus, first)  # 111 rows: the two others go, oldest first
    assert [rows for _, rows in held.values()] == [111]
    assert filtered(corpus, first) is kept_first
    assert filtered(corpus, negative) is not kept_negative  # filtered again
    assert [rows for _, rows in held.values()] == [16]  # 111 + 16 is past 110: the article's go


def test_one_frame_filtered_alone_is_held_and_the_frames_filtered_already_are_used(frames, lexicon):
    from analysis.explore.filters import Filters, filter_frames
    from dashboard import loading
    from dashboard.loading import Corpus, filtered, filtered_frame

    from conftest import SEED_2017

    loading._filtered()[0].clear()
    corpus = Corpus(frames, lexicon, {}, {}, key="test-filtered-frame")
    first = Filters(doc_ids=(SEED_2017,))
    mentions = filtered_frame(corpus, first, "mentions")
    pd.testing.assert_frame_equal(mentions, filter_frames(frames, first).mentions)
    assert filtered_frame(corpus, first, "mentions") is mentions  # held: a click filters nothing again
    held, _ = loading._filtered()
    # The mentions of the 2017 seed alone are rows of their own; nothing else was filtered.
    assert [rows for _, rows in held.values()] == [len(mentions)] and 0 < len(mentions) < len(frames.mentions)
    # Once every frame is filtered for these settings (another page), they are what is given.
    every = filtered(corpus, first)
    assert filtered_frame(corpus, first, "mentions") is every.mentions
    # A setting of findings ties the mentions to the sentences: every frame is filtered.
    lavrov = Filters(actor_ids=("lavrov",))
    assert filtered_frame(corpus, lavrov, "mentions") is filtered(corpus, lavrov).mentions


def test_a_corpus_made_is_set_aside_from_the_cyclic_collector():
    import gc

    from dashboard import loading

    loading._analysed()[0].clear()
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    corpus = loading.load()  # the two seeds, analysed here
    assert gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    assert loading.load().key == corpus.key and gc.get_freeze_count() == frozen  # read from the cache: nothing frozen again


def test_analysed_corpora_are_let_go_oldest_first_past_the_articles_held():
    from dashboard.loading import oldest_to_drop

    # A lexicon edit at 100,000 articles: the old corpus goes before the new one is analysed.
    assert oldest_to_drop({"old": 100_000}, 100_000, most=4, size=20_000) == ["old"]
    # Two corpora of 10,000 fit; a third does not, and the oldest goes first.
    assert oldest_to_drop({"old": 10_000}, 10_000, most=4, size=20_000) == []
    assert oldest_to_drop({"a": 15_000, "b": 3_000}, 5_000, most=4, size=20_000) == ["a"]
    # Small corpora: at most four, counting the coming one.
    assert oldest_to_drop({"a": 2, "b": 2, "c": 2, "d": 2}, 2, most=4, size=20_000) == ["a"]
    assert oldest_to_drop({}, 100_000, most=4, size=20_000) == []


def test_an_article_added_from_the_command_line_lets_go_of_the_old_corpora_past_the_articles_held(monkeypatch):
    # The Corpus and Lexicons pages clear every cache when they save; an article added with
    # `python -m analysis corpus add` while the dashboard runs does not.
    from analysis.corpus.documents import Document
    from analysis.corpus.seeds import open_store
    from dashboard import loading

    first = loading.load()  # the two seeds
    open_store(None).add([Document("added_1", "وقال لافروف إن موسكو تدعم الحوار في ليبيا.", date="2024-05-01", source="added_1.txt")])
    second = loading.load()
    corpora, _ = loading._analysed()
    assert len(second.doc_ids) == 3 and {first.key, second.key} <= set(corpora)  # 2 + 3 articles: both held
    # Past the articles held (4 here, 20,000 in use), the older corpora go before the new one is analysed.
    monkeypatch.setattr(loading, "MAX_ARTICLES_HELD", 4)
    open_store(None).add([Document("added_2", "وأكدت زاخاروفا أن روسيا تدعم وحدة ليبيا.", date="2024-05-02", source="added_2.txt")])
    third = loading.load()
    assert len(third.doc_ids) == 4 and list(corpora) == [third.key]


def test_many_articles_waiting_are_brought_up_to_date_in_a_process_of_its_own(monkeypatch, lexicon):
    from analysis.explore import kept
    from analysis.extract import results
    from dashboard import loading

    monkeypatch.setattr(kept, "IN_PROCESS_AT_MOST", 1)  # the two seeds are "many" (2,000 in use)
    apart = []
    original = kept.bring_up_to_date_apart

    def spied(*args, **kwargs):
        apart.append(args[0].path)
        return original(*args, **kwargs)

    monkeypatch.setattr(kept, "bring_up_to_date_apart", spied)
    corpus = loading.load()
    assert len(apart) == 1
    # What the other process kept is what this one shows: the analysis and the Groups codes.
    assert kept.waiting(corpus.store, corpus.lexicon) == 0
    assert results.is_kept(corpus.store, "words", loading._words_key(corpus.key))
    pd.testing.assert_frame_equal(corpus.frames.stances, analyze(corpus.store.documents(), lexicon).stances)
    assert loading.word_counts_of(corpus).articles_with("لافروف") == sorted(corpus.doc_ids)


def test_many_articles_read_from_the_store_have_their_groups_codes_made_apart(tmp_path, monkeypatch, lexicon):
    from analysis.explore import kept
    from analysis.extract import results
    from dashboard import loading

    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "corpus.sqlite3"))
    monkeypatch.setattr(loading, "_CODING", {})
    first = loading.load()  # the two seeds, analysed here: no codes kept, no process started
    key = loading._words_key(first.key)
    assert key not in loading._CODING and not results.is_kept(first.store, "words", key)
    loading._analysed()[0].clear()  # a new server reading the same store
    monkeypatch.setattr(loading, "CODED_APART_FROM", 1)  # the two seeds are "many" (20,000 in use)
    corpus = loading.load()
    assert loading._words_key(corpus.key) == key and kept.waiting(corpus.store, corpus.lexicon) == 0
    loading._CODING[key].join()
    # Made by the other process before this one asked: the Groups page maps them.
    assert results.is_kept(corpus.store, "words", key)
    assert loading.word_counts_of(corpus).articles_with("لافروف") == sorted(corpus.doc_ids)


def test_a_few_articles_are_analysed_here_and_the_groups_codes_wait_for_the_groups_page(lexicon):
    from analysis.explore import kept
    from analysis.extract import results
    from dashboard import loading

    corpus = loading.load()  # the two seeds: in this process
    assert kept.waiting(corpus.store, corpus.lexicon) == 0
    # The word rows are kept per article, but joining them into the corpus's codes is the
    # Groups page's: a first page after one article was added does not pay for it.
    assert not results.is_kept(corpus.store, "words", loading._words_key(corpus.key))
    assert loading.word_counts_of(corpus).articles_with("لافروف") == sorted(corpus.doc_ids)
    assert results.is_kept(corpus.store, "words", loading._words_key(corpus.key))


def test_the_unfiltered_overview_table_and_pairs_are_kept_beside_the_results(lexicon):
    from analysis.explore.cooccurrence import cooccurrences
    from analysis.explore.filters import Filters, filter_frames
    from analysis.explore.summary import headline
    from analysis.extract import results
    from dashboard import loading

    corpus = loading.load()
    before = sorted(p.name for p in results.results_dir(corpus.store).iterdir() if p.name.startswith("headline-"))
    table = loading.headline_of(corpus, Filters())
    kept = [p for p in results.results_dir(corpus.store).iterdir() if p.name.startswith("headline-")]
    assert before == [] and len(kept) == 1
    pd.testing.assert_frame_equal(table, headline(corpus.frames))
    # A new server reads it back the same (the cache of this one forgotten).
    loading._kept_headline.clear()
    pd.testing.assert_frame_equal(loading.headline_of(corpus, Filters()), headline(corpus.frames))
    assert table["mentions"].tolist() == [43, 49]
    # Filtered, it is counted from the filtered frames: Lavrov's mentions only.
    lavrov = loading.headline_of(corpus, Filters(actor_ids=("lavrov",)))
    assert lavrov["mentions"].tolist() == [7, 6] and lavrov["actors"].tolist() == [1, 1]
    # The Actors and Network pages' pairs, the same way.
    pairs = loading.cooccurrences_under(corpus, Filters())
    assert [p.name.split("-")[0] for p in results.results_dir(corpus.store).iterdir() if p.name.startswith("cooccurrences-")] == ["cooccurrences"]
    loading._kept_cooccurrences.clear()
    pd.testing.assert_frame_equal(loading.cooccurrences_under(corpus, Filters()), cooccurrences(corpus.frames.mentions))
    # «التقي اليوم الاثنين في موسكو وزير الخارجية الروسي سيرجي لافروف بالقائد العام للجيش الوطني
    # الليبي المشير خليفة حفتر»: Moscow, Lavrov and Haftar (Russia and the army only inside titles).
    first = pairs[(pairs["doc_id"] == corpus.doc_ids[0]) & (pairs["sentence_id"] == 1)]
    assert list(zip(first["actor_a"], first["actor_b"])) == [("haftar_khalifa", "lavrov"), ("haftar_khalifa", "moscow"), ("lavrov", "moscow")]
    # Articles chosen and nothing else: the kept pairs of those articles, the same rows as
    # pairing their mentions again (the seed of 2017 alone, then a date range holding it).
    for setting in (Filters(doc_ids=(corpus.doc_ids[0],)), Filters(date_to="2018")):
        chosen = loading.cooccurrences_under(corpus, setting)
        pd.testing.assert_frame_equal(chosen, cooccurrences(filter_frames(corpus.frames, setting).mentions))
        assert set(chosen["doc_id"]) == {corpus.doc_ids[0]} and len(chosen) == (pairs["doc_id"] == corpus.doc_ids[0]).sum()


ARABI = "العربي الجديد"


@pytest.fixture
def archive(tmp_path, monkeypatch, seeds, lexicon):
    """The seeds and the five outlet articles as a dataset, read four articles at a time."""
    from conftest import outlet_articles

    write_dataset(analyze([*seeds.values(), *outlet_articles()], lexicon), tmp_path / "archive")
    monkeypatch.setenv("MARSAD_PARQUET", str(tmp_path / "archive"))
    monkeypatch.setenv("MARSAD_PARQUET_ARTICLES", "4")


def test_an_archive_bigger_than_the_budget_shows_its_newest_month_and_says_so(archive):
    at = overview()
    assert not at.exception, [e.value for e in at.exception]
    assert at.dataframe[0].value["title"].size == 4  # a, b, c, d: May 2024
    assert [rendered(i.value) for i in at.info][0] == (
        "This archive holds 7 articles, more than the 4 read at once (MARSAD_PARQUET_ARTICLES). The pages show 4 "
        "of the 7 articles in it: the newest month, 2024-05. Narrow the outlets or the dates in the sidebar to read others.")
    assert at.sidebar.caption[0].value.startswith("4 articles of 7 in the archive · ")
    # The sidebar offers the archive's outlets and dates, not only the slice's.
    outlets = at.multiselect(key="filter_outlets")
    assert outlets.options == [ARABI, "سبوتنيك"]
    assert (at.date_input(key="filter_dates").min, at.date_input(key="filter_dates").max) == (date(2017, 8, 14), date(2024, 12, 31))


def test_picking_an_outlet_reads_its_articles_from_every_month(archive):
    at = overview()
    at.multiselect(key="filter_outlets").set_value([ARABI]).run()
    assert not at.exception, [e.value for e in at.exception]
    # Al-Araby's three: the second seed (2024), c (May 2024) and e (undated), none of them all read before.
    assert at.dataframe[0].value["article"].tolist() == ["Article 1 (2024)", "Article 2 (2024-05-15)", "Article 3 (undated)"]
    # "3 of the 3 articles …: all of them" said it three times.
    assert [rendered(i.value) for i in at.info][0].endswith(
        "The pages show all 3 articles of the outlets and dates asked for (2024 to 2024-05 and the undated).")
    assert at.sidebar.caption[0].value.startswith("3 articles of 7 in the archive · ")


def test_a_links_dates_choose_the_months_read(archive):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.query_params["to"] = "2019-12-31"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.dataframe[0].value["article"].tolist() == ["Article 1 (2017-08-14)"]
    assert [rendered(i.value) for i in at.info][0].endswith("The pages show the 1 article of the outlets and dates asked for (2017-08).")


def test_a_budget_that_is_no_number_stops_the_page_with_one_line(archive, monkeypatch):
    monkeypatch.setenv("MARSAD_PARQUET_ARTICLES", "lots")
    at = overview()
    assert [rendered(e.value) for e in at.error] == [
        "MARSAD_PARQUET_ARTICLES must be a whole number of articles, at least 1, not 'lots'"]
    assert not at.dataframe


def test_the_report_of_an_archive_read_in_part_says_what_was_read(archive, monkeypatch):
    from test_pages import downloaded

    files = downloaded(monkeypatch)
    at = overview()
    assert not at.exception
    html = files["marsad-report-2024-05.html"]().decode("utf-8")
    assert ("<tr><th>Articles</th><td>4 of 4 articles, dated 2024-05</td></tr><tr><th>Archive</th><td>This archive holds 7 "
            "articles, more than the 4 read at once (MARSAD_PARQUET_ARTICLES).") in html


def test_a_link_whose_dates_no_article_of_the_archive_has_shows_an_empty_slice_and_says_why(archive):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.query_params["from"] = "2099-01-01"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [rendered(i.value) for i in at.info][0].endswith("none of them matches the outlets and dates asked for.")
    assert at.sidebar.caption[0].value.startswith("0 articles of 7 in the archive · ")
    # The sidebar moves the link's dates inside the archive's: from its last day, 2024-12-31. The
    # next run reads the one partition that can hold such articles, the year-only 2024 (read to
    # be filtered: the date filter keeps an article whose whole date is in the range, and it is not).
    assert "The link's dates fall outside this corpus's articles (2017-08-14 to 2024-12-31)" in " ".join(w.value for w in at.warning)
    at.run()
    assert at.sidebar.caption[0].value.startswith("1 article of 7 in the archive · ")
    assert [rendered(i.value) for i in at.info][1] == "No article matches the filters."


def test_the_corpus_page_says_it_manages_the_store_and_not_the_archive(archive):
    # It said "The articles every page analyses" of the store's two articles, under the archive's note
    # ("Narrow the outlets or the dates in the sidebar", greyed out there): which was shown was unclear.
    at = overview()
    at.switch_page("pages/corpus.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert [rendered(i.value) for i in at.info] == [
        "The analysis pages show the Parquet dataset set by $MARSAD_PARQUET, not these articles: this page manages "
        "the corpus store, which they analyse when the dashboard is started without MARSAD_PARQUET. "
        "Articles added here do not appear on them until then."]
    assert rendered(at.caption[0].value).startswith("The articles of the corpus store, kept in ")
    at.switch_page("pages/lexicons.py").run()
    assert [rendered(i.value) for i in at.info][0].startswith("The analysis pages show the Parquet dataset set by $MARSAD_PARQUET, "
                                                             "with the findings it was analysed with")
    at.switch_page("pages/actors.py").run()
    assert [rendered(i.value) for i in at.info][0].startswith("This archive holds 7 articles")


def test_a_download_from_an_archive_read_in_part_records_which_part(archive, monkeypatch):
    # Its provenance named the filters and the lexicon only: a file of the newest month read looked
    # like the whole archive's.
    import json
    from test_pages import downloaded

    files = downloaded(monkeypatch)
    at = overview()
    at.switch_page("pages/data.py").run()
    assert not at.exception, [e.value for e in at.exception]
    payload = json.loads(files["marsad-mentions-2024-05.json"]())
    assert json.loads(payload["provenance"]["settings"])["archive"] == {
        "articles_read": 4, "articles_in_archive": 7, "articles_asked_for": 7, "months_read": ["2024-05"], "outlets_read": "all"}


def test_trends_over_an_archive_read_in_part_say_where_the_lines_start(archive):
    # The lines started at the first month read: read as the start of the coverage.
    at = overview()
    at.switch_page("pages/trends.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert ("The lines start at 2024-05, the first month read, not where the coverage starts: 3 more articles the archive "
            "holds for the outlets and dates asked for, of earlier months or undated, are not read. Pick dates in the sidebar to chart them.") in [
        rendered(c.value) for c in at.caption]


def _held_for(folder: Path) -> list[str]:
    """The analysed corpora the server holds for the store in ``folder``."""
    from dashboard import loading

    return [key for key in loading._analysed()[0] if key.startswith(f"store:{folder}")]


def test_a_server_reads_the_analysed_store_before_the_first_view_and_that_view_uses_it(tmp_path, lexicon):
    from analysis.corpus.seeds import open_store
    from analysis.explore import kept
    from dashboard import loading

    from conftest import SEED_2017, SEED_2024

    # The store as an analyst leaves it: the seeds, analysed and kept beside it.
    kept.bring_up_to_date(open_store(tmp_path / "corpus.sqlite3"), lexicon)
    assert loading.warm() is True
    [key] = _held_for(tmp_path)
    warmed = loading._analysed()[0][key]
    assert warmed.doc_ids == [SEED_2017, SEED_2024]
    at = overview()
    assert not at.exception, [e.value for e in at.exception]
    # The first view found what the server read, under the same key, and read nothing again.
    assert _held_for(tmp_path) == [key] and loading._analysed()[0][key] is warmed
    assert at.dataframe[0].value["article"].tolist() == ["Article 1 (2017-08-14)", "Article 2 (2024)"]


def test_a_server_leaves_articles_waiting_for_analysis_to_the_first_view(tmp_path):
    from analysis.corpus.seeds import open_store
    from dashboard import loading

    open_store(tmp_path / "corpus.sqlite3")  # seeded, never analysed: the first view's progress bar analyses them
    assert loading.warm() is False
    assert _held_for(tmp_path) == []


def test_a_server_serving_a_dataset_reads_no_store_ahead(tmp_path, monkeypatch, lexicon):
    from analysis.corpus.seeds import open_store
    from analysis.explore import kept
    from dashboard import loading

    kept.bring_up_to_date(open_store(tmp_path / "corpus.sqlite3"), lexicon)
    monkeypatch.setenv("MARSAD_PARQUET", str(tmp_path / "dataset"))
    assert loading.warm() is False
    assert _held_for(tmp_path) == []


def test_a_one_line_article_choice_shows_its_label_whole(frames, lexicon):
    # Compare's picker at 800 px shows about 32 characters: "مرصد الاختبار · Article 4 (undated)"
    # lost the date's end ("Article 4 (undat"). The label is the compact one, a long outlet is cut
    # to leave it room (its start kept), and a title after it is cut to what is left.
    from dashboard.loading import Corpus

    labels = {"d1": "Article 4 (undated)", "d2": "Article 3 (undated)", "d3": "Article 1 (2017-08-14)"}
    corpus = Corpus(frames, lexicon, labels, {}, outlets={"d1": "مرصد الاختبار", "d2": "صحيفة الوسط الليبية"},
                    titles={"d1": "التقى رئيس حزب النهضة الليبي وفدا روسيا", "d3": "لافروف يستقبل حفتر في موسكو"})
    assert corpus.article_choice("d1", outlet_first=True) == "\u2068مرصد الاختبار\u2069 · Art. 4, undated"
    assert corpus.article_choice("d2", outlet_first=True) == "\u2068صحيفة…\u200f\u2069 · Art. 3, undated"
    assert corpus.article_choice("d3", outlet_first=True) == "Art. 1, 2017-08-14 · \u2068لافروف…\u200f\u2069"
    # Elsewhere (the sidebar, Groups) the whole label first, as before.
    assert corpus.article_choice("d1").startswith("Article 4 (undated) · \u2068مرصد الاختبار\u2069 · ")


def test_article_choices_are_worked_out_once_per_corpus(frames, lexicon):
    from dashboard.loading import Corpus, article_choice_of, held_filtered
    from analysis.explore.filters import Filters

    labels = {"d1": "Article 1 (2024-05-14)", "d2": "Article 2 (2024-05-15)"}
    corpus = Corpus(frames, lexicon, labels, {}, key="test-article-choices", outlets={"d1": "الأهرام"},
                    titles={"d1": "أعلن  وزير الخارجية", "d2": ""})
    choice = article_choice_of(corpus)
    assert choice("d1") == "Article 1 (2024-05-14) · \u2068الأهرام\u2069 · \u2068أعلن وزير الخارجية\u2069"
    assert choice("d2") == "Article 2 (2024-05-15)"
    assert choice("d9") == "d9"  # no such article: its id, as Corpus.article_choice gives it
    # Kept with the corpus's key: the same corpus read again gets the labels made the first time.
    again = Corpus(frames, lexicon, {"d1": "changed"}, {}, key="test-article-choices")
    assert article_choice_of(again)("d1") == choice("d1")
    # Nothing filtered for these settings yet: nothing held.
    assert held_filtered(corpus, Filters(actor_ids=("putin",))) is None
