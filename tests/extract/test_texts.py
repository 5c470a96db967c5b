"""Tests for analysis.extract.texts: the articles' texts held apart from the frames."""

from __future__ import annotations

from pathlib import Path

from analysis.corpus.documents import Document
from analysis.corpus.store import CorpusStore
from analysis.extract import schema
from analysis.extract.pipeline import analyze
from analysis.extract.results import load
from analysis.extract.texts import StoreTexts, Texts

FIRST = "قال لافروف إن موسكو تدعم الحوار. وأضاف أن الحل سياسي."
SECOND = "وأكدت زاخاروفا أن روسيا ترفض التدخل في ليبيا."


def test_frames_hold_no_text_and_their_texts_give_it_back(lexicon):
    frames = analyze([Document("a", FIRST), Document("b", SECOND)], lexicon)
    assert "text" not in frames.documents.columns and "text" not in frames.sentences.columns
    assert frames.texts.of(["b", "a", "missing"]) == {"b": SECOND, "a": FIRST}
    assert frames.text("a") == FIRST and frames.text("missing") == ""
    # Every file still has the schema's columns: the article's text and the sentence's slice of it.
    exported = frames.exported()
    assert exported.documents["text"].tolist() == [FIRST, SECOND]
    assert exported.sentences["text"].tolist() == ["قال لافروف إن موسكو تدعم الحوار.", "وأضاف أن الحل سياسي.",
                                                   "وأكدت زاخاروفا أن روسيا ترفض التدخل في ليبيا."]


def test_results_read_back_leave_the_texts_in_the_store(tmp_path: Path, lexicon, monkeypatch):
    store = CorpusStore(tmp_path / "corpus.sqlite3")
    store.add([Document("a", FIRST), Document("b", SECOND)])
    load(store, lexicon)
    frames, update = load(store, lexicon)
    assert update.analysed == 0 and isinstance(frames.texts, StoreTexts)
    assert frames.texts.of(["b", "a"]) == {"b": SECOND, "a": FIRST}
    # Read a text at a time, the sentences' slices are the same; an article removed since gives
    # empty sentences, not an error.
    monkeypatch.setattr(schema, "TEXTS_AT_ONCE", 1)
    assert schema.sentence_text(frames.sentences, frames.texts).tolist()[1:] == ["وأضاف أن الحل سياسي.",
                                                                                "وأكدت زاخاروفا أن روسيا ترفض التدخل في ليبيا."]
    store.remove("b")
    assert schema.sentence_text(frames.sentences, frames.texts).tolist()[2] == ""
    mention = frames.mentions[frames.mentions["doc_id"] == "a"].iloc[0]
    assert frames.text("a")[mention["start"]:mention["end"]] == mention["surface"] == "لافروف"


def test_texts_of_later_batches_join():
    joined = Texts({"a": "أ"}).joined(Texts({"b": "ب"}), Texts({"c": "ج"}))
    assert joined.of(["c", "a", "b"]) == {"c": "ج", "a": "أ", "b": "ب"}
