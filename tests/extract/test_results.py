"""Tests for analysis.extract.results: the analysis kept beside the store, re-analysing only what changed."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis.corpus.seeds import load_seeds
from analysis.corpus.store import CorpusStore
from analysis.extract import schema
from analysis.extract.pipeline import analyze
from analysis.extract.results import kept, load, results_dir
from analysis.lexicon.read import DATA_DIR, build_lexicon, read_tables
from conftest import snippet

ADDED = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار في ليبيا."
# Nobody in the shipped lexicon is called شوكت: the changed lexicon below adds him.
NEW_ACTOR = "وأكد الوزير المفوض شوكت بلعيد أن الاتفاق على إعادة فتح السفارة قريب."


def assert_same(frames, expected) -> None:
    for name in schema.FRAMES:
        pd.testing.assert_frame_equal(getattr(frames, name), getattr(expected, name), check_exact=True)
        schema.check(getattr(frames, name), name)


@pytest.fixture
def store(tmp_path: Path) -> CorpusStore:
    store = CorpusStore(tmp_path / "corpus.sqlite3")
    store.add(load_seeds())
    store.add([snippet(NEW_ACTOR, date="2024-03-02", doc_id="belaid")])
    return store


def settle(store: CorpusStore) -> None:
    """Date the store's files ten seconds back: their stamp is only trusted once they are quiet."""
    past = time.time() - 10
    for path in store.path.parent.glob(store.path.name + "*"):
        if path.is_file():
            os.utime(path, (past, past))


def test_read_back_frames_are_those_of_a_fresh_analysis(store, lexicon):
    first, update = load(store, lexicon)
    assert (update.analysed, update.reused) == (3, 0)
    assert_same(first, analyze(store.documents(), lexicon))
    again, update = load(store, lexicon)
    assert (update.analysed, update.reused) == (0, 3)
    assert_same(again, first)
    assert len(again.documents) == 3 and len(again.mentions) > 0 and len(again.stances) > 0


def test_adding_an_article_analyses_only_it(store, lexicon):
    load(store, lexicon)
    store.add([snippet(ADDED, date="2024-05-01", doc_id="added")])
    frames, update = load(store, lexicon)
    assert (update.analysed, update.reused) == (1, 3)
    assert_same(frames, analyze(store.documents(), lexicon))
    # The new article's rows come last, as in the store's order: لافروف by his title and name.
    assert frames.mentions["doc_id"].iloc[-1] == "added"
    assert "lavrov" in set(frames.mentions.loc[frames.mentions["doc_id"] == "added", "actor_id"])


def test_removed_and_redated_articles(store, lexicon):
    load(store, lexicon)
    store.remove("belaid")
    frames, update = load(store, lexicon)
    assert update.analysed == 0
    assert "belaid" not in set(frames.documents["doc_id"])
    assert_same(frames, analyze(store.documents(), lexicon))
    # A new date decides which titles hold: the article is analysed again, alone.
    doc_id = store.documents()[0].doc_id
    store.update_metadata(doc_id, date="2019-01-01")
    frames, update = load(store, lexicon)
    assert (update.analysed, update.reused) == (1, 1)
    assert_same(frames, analyze(store.documents(), lexicon))


def test_an_article_added_back_keeps_the_store_order(store, lexicon):
    load(store, lexicon)
    first = store.documents()[0]
    store.remove(first.doc_id)
    store.add([first])  # same text and metadata: its stored results are reused, now last
    frames, update = load(store, lexicon)
    assert update.analysed == 0
    assert frames.documents["doc_id"].iloc[-1] == first.doc_id
    assert_same(frames, analyze(store.documents(), lexicon))


def test_a_lexicon_change_analyses_everything_again_with_progress(store, lexicon):
    load(store, lexicon)
    tables = read_tables(DATA_DIR)
    tables["actors"] = [*tables["actors"], {"actor_id": "belaid", "name_en": "Shawkat Belaid", "name_ar": "شوكت بلعيد",
                                            "type": "person", "affiliation": ""}]
    changed = build_lexicon(tables)
    assert changed.version != lexicon.version
    reports: list[tuple[int, int]] = []
    frames, update = load(store, changed, progress=lambda done, total: reports.append((done, total)))
    assert (update.analysed, update.reused) == (3, 0)
    assert reports[-1] == (3, 3)
    assert_same(frames, analyze(store.documents(), changed))
    assert "belaid" in set(frames.mentions["actor_id"])
    # The old lexicon's results are gone: one version folder is kept.
    assert len([p for p in results_dir(store).iterdir() if p.is_dir()]) == 1


def test_many_small_additions_are_merged(store, lexicon, monkeypatch):
    monkeypatch.setattr("analysis.extract.results.MAX_BATCHES", 2)
    load(store, lexicon)
    for n in range(3):
        store.add([replace(snippet(f"{ADDED} {n}", doc_id=f"added_{n}"), date=f"2024-0{n + 1}")])
        load(store, lexicon)
    folder = next(p for p in results_dir(store).iterdir() if p.is_dir())
    assert len(list(folder.glob("*.docs.parquet"))) <= 2
    frames, update = load(store, lexicon)
    assert update.analysed == 0
    assert_same(frames, analyze(store.documents(), lexicon))


def test_only_the_small_batches_are_merged_when_there_are_too_many(store, lexicon, monkeypatch):
    # The corpus's own batches (2 articles, then 1) are left as they are: the articles added one
    # at a time are merged among themselves, not with the whole corpus's results.
    from analysis.extract import results

    monkeypatch.setattr(results, "ANALYSED_AT_ONCE", 2)
    monkeypatch.setattr(results, "MAX_BATCHES", 4)
    load(store, lexicon)
    folder = next(p for p in results_dir(store).iterdir() if p.is_dir())
    [first] = [path.name for path in folder.glob("*.docs.parquet") if pq.ParquetFile(path).metadata.num_rows == 2]
    for n in range(2):
        store.add([replace(snippet(f"{ADDED} {n}", doc_id=f"added_{n}"), date=f"2024-0{n + 1}")])
        load(store, lexicon)
    assert len(list(folder.glob("*.docs.parquet"))) == 4  # 2 + 1, then two of one
    store.remove("added_0")
    store.add([replace(snippet(f"{ADDED} 2", doc_id="added_2"), date="2024-03")])
    frames, update = load(store, lexicon)
    assert update.analysed == 1
    sizes = sorted(pq.ParquetFile(path).metadata.num_rows for path in folder.glob("*.docs.parquet"))
    assert sizes == [2, 3]  # the corpus's 1, added_1 and added_2 in one (added_0 removed)
    assert (folder / first).is_file()
    assert_same(frames, analyze(store.documents(), lexicon))


SHTAIWI = "التقى المشير عبد الواحد الشتيوي وفدا عسكريا روسيا في بنغازي. وأكد المشير عبد الواحد الشتيوي أن الجيش مستعد."


def test_a_corpus_wide_table_is_kept_and_read_back_equal(store, lexicon):
    from analysis.explore.suggestions import suggest_actors

    store.add([snippet(SHTAIWI, doc_id="shtaiwi")])
    calls = []

    def compute():
        calls.append(1)
        return suggest_actors(store.documents(), lexicon)

    first = kept(store, "suggestions", f"{store.fingerprint()}|{lexicon.version}", compute)
    assert first.loc[0, ["candidate", "count"]].tolist() == ["عبد الواحد الشتيوي", 2]
    again = kept(store, "suggestions", f"{store.fingerprint()}|{lexicon.version}", compute)
    assert len(calls) == 1
    pd.testing.assert_frame_equal(again, first)
    assert again.loc[0, "doc_ids"] == ["shtaiwi"]
    # Another corpus is another key: computed again, and the old table is dropped.
    store.remove("belaid")
    kept(store, "suggestions", f"{store.fingerprint()}|{lexicon.version}", compute)
    assert len(calls) == 2
    assert len(list(results_dir(store).glob("suggestions-*.parquet"))) == 1


def test_a_kept_table_of_categories_is_one_row_group_with_its_dictionaries(store):
    import pyarrow.parquet as pq

    # Written in row groups of a million rows, each held its own copy of a column's dictionary
    # (or plain text past the writer's 1 MB dictionary page): 60,000 distinct words of 40
    # characters over 1.2 million rows are one row group, read back equal.
    words = pd.Categorical.from_codes([n % 60_000 for n in range(1_200_000)],
                                      categories=[f"{'ك' * 36}{n:04x}" for n in range(60_000)])
    table = pd.DataFrame({"word": words, "count": range(1_200_000)})
    back = kept(store, "words", "key", lambda: table)
    path = next(results_dir(store).glob("words-*.parquet"))
    assert pq.ParquetFile(path).metadata.num_row_groups == 1
    again = kept(store, "words", "key", lambda: pytest.fail("read back, not computed"))
    pd.testing.assert_frame_equal(again, back)
    assert again["word"].cat.categories.tolist() == table["word"].cat.categories.tolist()
    assert again["word"].iloc[60_001] == f"{'ك' * 36}0001" and again["count"].iloc[-1] == 1_199_999


def test_kept_arrays_are_read_back_mapped_and_replace_the_older_key(store):
    import pyarrow as pa

    from analysis.extract.results import is_kept, kept_arrays

    calls = []

    def compute():
        calls.append(1)
        return {"codes": np.array([0, 2, 1, 2], dtype=np.int32), "weights": np.array([1, 3, 1, 2], dtype=np.uint16),
                "keys": pa.array(["روسيا", "ليبيا", "موسكو"]), "runs": np.array([True])}

    assert not is_kept(store, "coded", "one")
    first = kept_arrays(store, "coded", "one", compute)
    assert is_kept(store, "coded", "one") and len(calls) == 1
    again = kept_arrays(store, "coded", "one", lambda: pytest.fail("read back, not computed"))
    # Mapped from the kept files, not copied: read-only numpy memory maps, Arrow over a memory map.
    assert isinstance(again["codes"], np.memmap) and not again["codes"].flags.writeable
    assert again["codes"].tolist() == [0, 2, 1, 2] and again["weights"].dtype == np.uint16
    assert again["keys"].to_pylist() == ["روسيا", "ليبيا", "موسكو"] and bool(again["runs"][0])
    assert first["weights"].tolist() == again["weights"].tolist() == [1, 3, 1, 2]
    # Another key: computed again, and the folder of the old one is removed.
    kept_arrays(store, "coded", "two", compute)
    assert len(calls) == 2 and not is_kept(store, "coded", "one")
    assert len(list(results_dir(store).glob("coded-*"))) == 1


# A name only reporting verbs signal: the places the Suggestions page's own finder keeps.
FITOUNI = "وقال عماد الفيتوني إن الوضع الأمني مستقر. وأضاف عماد الفيتوني أن الأمن في طرابلس تحسن."


def test_a_table_kept_per_article_reads_only_new_articles(store, lexicon):
    from analysis.explore.suggestions import occurrences
    from analysis.extract.results import per_article

    seen: list[list[str]] = []

    def places(documents):
        documents = list(documents)
        seen.append([doc.doc_id for doc in documents])
        return occurrences(documents, lexicon)

    first = per_article(store, lexicon, "suggestions", places, code="v1")
    assert len(seen) == 1 and len(seen[0]) == 3
    pd.testing.assert_frame_equal(first, occurrences(store.documents(), lexicon))
    # Added: only its text is read; its two places (after قال and أضاف) come last, in the store's order.
    store.add([snippet(FITOUNI, doc_id="fitouni")])
    table = per_article(store, lexicon, "suggestions", places, code="v1")
    assert seen[-1] == ["fitouni"]
    pd.testing.assert_frame_equal(table, occurrences(store.documents(), lexicon))
    assert table.loc[table["doc_id"] == "fitouni", ["candidate", "start"]].values.tolist() == [
        ["عماد الفيتوني", 5], ["عماد الفيتوني", 48]]
    assert FITOUNI[5:18] == FITOUNI[48:61] == "عماد الفيتوني"
    # Removed: nothing is read; another code of the table reads everything again.
    store.remove("belaid")
    calls = len(seen)
    pd.testing.assert_frame_equal(per_article(store, lexicon, "suggestions", places, code="v1"),
                                  occurrences(store.documents(), lexicon))
    assert len(seen) == calls
    # Brought up to date without reading (as the dashboard does with the analysis): the new
    # article is read there, and a later read computes nothing.
    store.add([snippet(ADDED, date="2024-05-01", doc_id="added")])
    assert per_article(store, lexicon, "suggestions", places, code="v1", read=False) is None
    assert seen[-1] == ["added"]
    calls = len(seen)
    pd.testing.assert_frame_equal(per_article(store, lexicon, "suggestions", places, code="v1"),
                                  occurrences(store.documents(), lexicon))
    assert len(seen) == calls
    per_article(store, lexicon, "suggestions", places, code="v2")
    assert len(seen[-1]) == 4
    assert [p.name for p in (results_dir(store)).rglob("suggestions-*")] == ["suggestions-v2"]


def test_a_large_store_is_analysed_and_written_in_batches(store, lexicon, monkeypatch):
    # Each batch is written as it is done, so memory holds one batch's texts and rows, not the
    # whole corpus's; the frames read back are those of one analysis of everything.
    from analysis.extract import results

    monkeypatch.setattr(results, "ANALYSED_AT_ONCE", 2)
    done: list[tuple[int, int]] = []
    frames, update = load(store, lexicon, progress=lambda d, t: done.append((d, t)))
    assert (update.analysed, update.reused) == (3, 0)
    assert len(list((results_dir(store)).rglob("*.docs.parquet"))) == 2  # 2 articles, then 1
    assert done[-1] == (3, 3)
    assert_same(frames, analyze(store.documents(), lexicon))


def test_document_keys_are_read_once_per_change_of_the_store(store):
    from analysis.extract.results import document_keys

    # Just written: read, not kept (a write in the same timestamp tick would go unseen), but right.
    assert document_keys(store) is not document_keys(store)
    settle(store)
    first = document_keys(store)
    assert list(first) == [doc.doc_id for doc in store.documents()] and len(first) == 3
    assert document_keys(store) is first  # the files have not changed: the same keys, not read again
    store.add([snippet(ADDED, date="2024-05-01", doc_id="added")])
    added = document_keys(store)
    assert list(added)[-1] == "added" and {k: v for k, v in added.items() if k != "added"} == first
    # A new date is a new key: the date decides which titles hold.
    store.update_metadata("added", date="2024-06-01")
    assert document_keys(store)["added"] != added["added"]


def test_document_keys_are_kept_for_a_new_process_until_the_store_changes(store, monkeypatch):
    from analysis.extract import results

    settle(store)
    first = dict(results.document_keys(store))
    assert (results_dir(store) / "keys.parquet").is_file()
    fingerprint = results.corpus_fingerprint(store)
    # A new process holds no keys in memory: it reads the kept ones, not the index.
    monkeypatch.setattr(results, "_KEYS", {})
    monkeypatch.setattr(CorpusStore, "index", lambda self: pytest.fail("the index was read"))
    assert results.document_keys(store) == first and results.corpus_fingerprint(store) == fingerprint
    monkeypatch.undo()
    # A change of the store's files makes them stale: read from the index again, and kept anew
    # once the files are quiet.
    store.update_metadata("belaid", date="2024-06-01")
    settle(store)
    results._KEYS.clear()
    changed = results.document_keys(store)
    assert results.corpus_fingerprint(store) != fingerprint
    assert changed["belaid"] != first["belaid"] and {k: v for k, v in changed.items() if k != "belaid"} == {
        k: v for k, v in first.items() if k != "belaid"}
    results._KEYS.clear()
    assert results.document_keys(store) == changed


def test_one_stored_frame_is_read_without_the_others(store, lexicon):
    from analysis.extract.results import analyse, stored_frame

    update = analyse(store, lexicon)
    assert (update.analysed, update.reused) == (3, 0)
    frames, update = load(store, lexicon)
    assert update.analysed == 0
    sentences = stored_frame(store, lexicon, "sentences")
    pd.testing.assert_frame_equal(sentences, frames.sentences)
    assert sentences["doc_id"].astype(str).value_counts()["belaid"] == len(frames.sentences[frames.sentences["doc_id"] == "belaid"])
