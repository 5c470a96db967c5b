"""Bringing what is kept beside a store up to date, in the process or in one of its own."""

from __future__ import annotations

import pandas as pd

from analysis.corpus.seeds import load_seeds
from analysis.corpus.store import CorpusStore
from analysis.explore import kept
from analysis.explore.keyness import Coded, kept_coded_word_counts
from analysis.explore.name_places import suggestion_places
from analysis.extract import results
from analysis.extract.pipeline import analyze
from analysis.lexicon.read import DATA_DIR, build_lexicon, read_files, tables_from_files

from conftest import snippet

FITOUNI = "وقال عماد الفيتوني إن الوضع الأمني مستقر. وأضاف عماد الفيتوني أن الأمن في طرابلس تحسن."


def test_a_process_of_its_own_keeps_the_analysis_places_and_words_this_one_then_reads(tmp_path):
    files = tuple(read_files(DATA_DIR).items())
    lexicon = build_lexicon(tables_from_files(dict(files)))
    store = CorpusStore(tmp_path / "corpus.sqlite3")
    store.add(load_seeds())
    store.add([snippet(FITOUNI, date="2024-05-01", doc_id="fitouni")])
    assert kept.waiting(store, lexicon) == 3
    seen: list[tuple[str, int, int]] = []
    kept.bring_up_to_date_apart(store, files, words_key="corpus-a", progress=lambda *report: seen.append(report))
    # Its progress came back here, stage by stage, each to the last article.
    assert [report for report in seen if report[1] == report[2]] == [
        ("analysis", 3, 3), ("suggestions", 3, 3), ("spellings", 3, 3), ("words", 3, 3)]
    assert kept.waiting(store, lexicon) == 0
    # Read here, nothing is analysed again, and the frames are one analysis of everything.
    frames, update = results.load(store, lexicon)
    assert (update.analysed, update.reused) == (0, 3)
    pd.testing.assert_frame_equal(frames.stances, analyze(store.documents(), lexicon).stances)
    # The places and the Groups codes it kept are read, not worked out again.
    places = suggestion_places(store, lexicon)
    assert places.loc[places["doc_id"] == "fitouni", ["candidate", "start"]].values.tolist() == [
        ["عماد الفيتوني", 5], ["عماد الفيتوني", 48]]
    assert results.is_kept(store, "words", "corpus-a")
    coded = Coded.from_arrays(results.kept_arrays(store, "words", "corpus-a", lambda: {}))
    fresh = kept_coded_word_counts(store, lexicon, frames.sentences)
    assert coded.keys.equals(fresh.keys) and coded.articles_with("الفيتوني") == ["fitouni"]


def test_a_process_that_fails_says_so_and_this_one_does_the_work(tmp_path):
    lexicon = build_lexicon(tables_from_files(dict(read_files(DATA_DIR))))
    store = CorpusStore(tmp_path / "corpus.sqlite3")
    store.add(load_seeds())
    # Lexicon files it cannot read (an actors table without its columns): the process stops, nothing is kept.
    broken = (("actors", "not,a,lexicon\n"),)
    try:
        kept.bring_up_to_date_apart(store, broken)
    except RuntimeError as error:
        assert str(error) == ("bringing the analysis up to date stopped (exit code 1): analysis.lexicon.read.LexiconError: "
                              "actors.csv:1: missing column(s) actor_id, name_en, name_ar, type, affiliation; "
                              "expected actor_id,name_en,name_ar,type,affiliation")
    else:
        raise AssertionError("no error")
    assert kept.waiting(store, lexicon) == 2
    frames = kept.bring_up_to_date(store, lexicon)
    assert len(frames.documents) == 2 and kept.waiting(store, lexicon) == 0
