"""Words per article, as the Groups page compares them: counted on their normalised form
without the function words, shown as the corpus writes them most, kept per article beside a store."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.explore.words import corpus_word_counts, sentence_words, word_counts
from analysis.extract import schema
from analysis.extract.pipeline import analyze
from analysis.lexicon.language import load_language

from conftest import TWO_OUTLETS


@pytest.fixture(scope="module")
def outlets(lexicon):
    return analyze(TWO_OUTLETS, lexicon)


def test_word_counts_one_row_per_article_and_written_form(outlets):
    words = word_counts(schema.with_text(outlets.sentences, outlets.texts), function_words=load_language().function_words)
    rt1 = words[words["doc_id"] == "rt1"].set_index("form")["count"].to_dict()
    assert rt1 == {"قال": 1, "لافروف": 2, "موسكو": 1, "تدعم": 1, "الحوار": 2, "وأكد": 1, "الحلّ": 1}
    assert words.loc[words["form"] == "الحلّ", ["word", "shown"]].astype(str).values.tolist() == [["الحل", "الحل"]]
    # A piece holding two words counts each (روسيا/ليبيا), in every article that writes it.
    pair = word_counts(pd.DataFrame({"doc_id": ["b", "a", "b"], "text": ["روسيا/ليبيا", "ليبيا", "روسيا/ليبيا و روسيا"]}),
                       function_words=load_language().function_words)
    assert pair.astype(str).values.tolist() == [
        ["a", "ليبيا", "ليبيا", "ليبيا", "1"], ["b", "روسيا", "روسيا", "روسيا", "3"], ["b", "ليبيا", "ليبيا", "ليبيا", "2"]
    ]
    assert list(pair["doc_id"].cat.categories) == ["a", "b"]
    assert sentence_words("قال إنّ الأممَ المتحدة، 2024", load_language().function_words) == [
        ("قال", 0, 3), ("الامم", 8, 14), ("المتحده", 15, 22)
    ]


def test_word_counts_counted_a_few_articles_at_a_time_are_those_of_all_at_once(outlets):
    function_words = load_language().function_words
    whole = word_counts(schema.with_text(outlets.sentences, outlets.texts), function_words=function_words)
    # One article at a time, then joined: the same rows, categories and shown forms.
    joined = corpus_word_counts(outlets.sentences, outlets.texts, function_words=function_words, articles_at_once=1)
    key = ["doc_id", "word", "form"]
    pd.testing.assert_frame_equal(joined.sort_values(key, ignore_index=True), whole.sort_values(key, ignore_index=True))
    for column in ("doc_id", "word", "form", "shown"):
        assert joined[column].cat.categories.tolist() == whole[column].cat.categories.tolist()
    assert joined["doc_id"].astype(str).tolist() == sorted(joined["doc_id"].astype(str))  # by article
    assert corpus_word_counts(outlets.sentences, outlets.texts, function_words=function_words).equals(whole)


def test_a_word_counted_apart_is_shown_by_the_corpus_form(lexicon):
    from analysis.corpus.documents import Document
    # لافروف bare in two articles, لافروفُ (with a damma) three times in a third: the corpus writes
    # لافروفُ most, so every row shows it, also in the articles counted alone that never write it.
    frames = analyze([Document("a", "قال لافروف."), Document("b", "قال لافروف."),
                      Document("c", "لافروفُ ثم لافروفُ ثم لافروفُ.")], lexicon)
    joined = corpus_word_counts(frames.sentences, frames.texts, articles_at_once=1)
    rows = joined[joined["word"] == "لافروف"]
    assert rows[["doc_id", "form", "shown", "count"]].astype(str).values.tolist() == [
        ["a", "لافروف", "لافروفُ", "1"], ["b", "لافروف", "لافروفُ", "1"], ["c", "لافروفُ", "لافروفُ", "3"]]


def test_word_counts_kept_per_article_count_only_an_added_article(tmp_path, lexicon, monkeypatch):
    from analysis.corpus.seeds import load_seeds
    from analysis.corpus.store import CorpusStore
    from analysis.explore import words
    from analysis.extract.results import load

    from conftest import snippet

    def same(kept: pd.DataFrame, counted: pd.DataFrame) -> None:
        columns = ["doc_id", "word", "form", "shown"]
        order = ["doc_id", "word", "form"]
        pd.testing.assert_frame_equal(
            kept.astype({c: str for c in columns}).sort_values(order).reset_index(drop=True),
            counted.astype({c: str for c in columns}).sort_values(order).reset_index(drop=True))

    store = CorpusStore(tmp_path / "corpus.sqlite3")
    store.add(load_seeds())
    frames, _ = load(store, lexicon)
    function_words = lexicon.language.function_words
    kept = words.kept_word_counts(store, lexicon, frames.sentences)
    same(kept, words.corpus_word_counts(frames.sentences, frames.texts, function_words=function_words))
    assert len(kept) == 444  # the seeds' (article, word, form) rows, as word_counts gives them (كافة, a function word)

    store.add([snippet("وقال لافروف إن موسكو تدعم الحوار في ليبيا.", date="2024-05-01", doc_id="added")])
    frames, _ = load(store, lexicon)
    counted = []
    original = words.article_word_counts

    def counting(documents, *args, **kwargs):
        documents = list(documents)
        counted.append([doc.doc_id for doc in documents])
        return original(documents, *args, **kwargs)

    monkeypatch.setattr(words, "article_word_counts", counting)
    kept = words.kept_word_counts(store, lexicon, frames.sentences)
    assert counted == [["added"]]  # the seeds' words were kept, not counted again
    same(kept, words.corpus_word_counts(frames.sentences, frames.texts, function_words=function_words))
    # each word of the new article once, as written; إن and في are function words, not counted
    added = kept[kept["doc_id"] == "added"]
    assert dict(zip(added["form"].astype(str), added["count"])) == {
        "لافروف": 1, "موسكو": 1, "تدعم": 1, "الحوار": 1, "ليبيا": 1, "وقال": 1}
