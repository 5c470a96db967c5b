import re
import subprocess
import sys

import pandas as pd

from analysis.extract import schema
from analysis.extract.pipeline import analyze
from analysis.arabic.text import normalise, prepare

from conftest import SEED_2017, SEED_2024, snippet


def test_every_frame_follows_the_schema(frames):
    for name, frame in frames.items():
        schema.check(frame, name)


def test_documents_frame(frames):
    docs = frames.documents.set_index("doc_id")
    assert docs.loc[SEED_2017, "n_sentences"] == 14
    assert docs.loc[SEED_2024, "n_sentences"] == 9
    assert docs.loc[SEED_2024, "n_tokens"] == 368
    assert docs.loc[SEED_2024, "outlet"] == "العربي الجديد"
    assert docs.loc[SEED_2024, "dateline"] == "العربي الجديد"
    assert docs.loc[SEED_2017, "date"] == "2017-08-14"
    assert docs.loc[SEED_2017, "date_source"] == "metadata"  # seeds/metadata.csv gives it


def test_outlet_comes_from_the_dateline_when_metadata_has_none(lexicon):
    frames = analyze([snippet("العربي الجديد-\nوقال لافروف إن موسكو تدعم الحوار.")], lexicon)
    assert frames.documents.loc[0, "outlet"] == "العربي الجديد"
    assert frames.documents.loc[0, "n_sentences"] == 1
    assert frames.mentions["actor_id"].tolist() == ["lavrov", "moscow"]


def test_every_span_slices_the_original_text_exactly(frames):
    texts = frames.texts.of(frames.documents["doc_id"].tolist())
    exported = frames.exported()
    for name, column in (("mentions", "surface"), ("topics", "surface"), ("stances", "cue"), ("sentences", "text")):
        frame = getattr(exported, name)
        assert len(frame) > 0
        for row in frame.itertuples():
            assert texts[row.doc_id][row.start:row.end] == getattr(row, column), (name, row)


def test_a_sentence_text_is_its_article_text_between_its_offsets(seeds, frames):
    # Not held in memory (schema.DERIVED): read back from the article's text, it is what the
    # analysis split, sentence by sentence.
    assert "text" not in frames.sentences.columns
    texts = schema.sentence_text(frames.sentences, frames.texts)
    expected = [doc.text[s.start:s.end] for doc in seeds.values() for s in prepare(doc.text).sentences]
    assert texts.tolist() == expected and str(texts.dtype) == "string"
    first = frames.sentences.index[frames.sentences["doc_id"] == SEED_2024][0]
    assert (frames.sentences.at[first, "start"], frames.sentences.at[first, "end"]) == (15, 319)
    assert texts[first].startswith("التقى عضو المجلس الرئاسي عبد الله اللافي،")
    # A page of sentences reads only its own articles' texts; the order of the rows is kept.
    page = frames.sentences.iloc[[len(frames.sentences) - 1, 0]]
    assert schema.sentence_text(page, frames.texts).tolist() == [expected[-1], expected[0]]
    assert schema.sentence_text(frames.sentences.iloc[:0], frames.texts).tolist() == []


def test_exported_frames_have_every_column_of_the_schema(frames):
    exported = frames.exported()
    for name, frame in exported.items():
        assert list(frame.columns) == schema.columns(name)
    sentences = exported.sentences
    assert str(sentences["text"].dtype) == "string"
    pd.testing.assert_frame_equal(sentences.drop(columns="text"), frames.sentences)
    assert schema.with_text(sentences, frames.texts) is sentences  # already complete


def test_repeated_labels_are_shared_strings_with_the_same_values(frames):
    mentions = frames.mentions
    assert str(mentions["actor_type"].dtype) == "string" and mentions["actor_type"].dtype.storage == "python"
    persons = mentions.index[mentions["actor_type"] == "person"]
    # One Python string for every row that says "person".
    assert len({id(value) for value in mentions.loc[persons, "actor_type"]}) == 1
    shared = schema.shared_strings(pd.Series(["لافروف", None, "لافروف", "حفتر"], dtype="string"))
    assert shared.tolist()[0] == "لافروف" and shared.isna().tolist() == [False, True, False, False]
    assert shared.tolist()[2:] == ["لافروف", "حفتر"] and shared.iloc[0] is shared.iloc[2]
    # In a file every text column is large_string, as before they were shared.
    table = schema.to_arrow(mentions)
    assert {str(table.schema.field(column).type) for column in ("doc_id", "actor_type", "surface")} == {"large_string"}
    # Read back from a file's table, the frame is the same, labels shared again (one "person").
    for name, frame in frames.items():
        pd.testing.assert_frame_equal(schema.from_arrow(schema.to_arrow(frame), name), frame, check_exact=True, obj=name)
    back = schema.from_arrow(table, "mentions")
    assert len({id(value) for value in back.loc[persons, "actor_type"]}) == 1
    # A missing label stays missing, and an empty frame comes back typed.
    with_gap = schema.from_arrow(schema.to_arrow(frames.stances.head(2).assign(target=pd.array([pd.NA, "lavrov"], dtype="string"))), "stances")
    assert with_gap["target"].isna().tolist() == [True, False]
    schema.check(schema.from_arrow(schema.to_arrow(schema.empty("stances")), "stances"), "stances")


def _disguise(text: str) -> str:
    """The same article with diacritics, tatweel, bare alefs and Windows line endings."""
    text = text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    text = re.sub("([بتثجحخسشصضطظعغفقكلمنهي])(?=[بتثجحخسشصضطظعغفقكلمنهي])", "\\1\u0640", text, count=60)
    text = re.sub("([دذرزو])", "\\1\u064e", text)
    return text.replace("\n", "\r\n")


def _findings(frames):
    stances = frames.stances[["doc_id", "sentence_id", "speaker_id", "cue_lemma", "polarity", "target", "quote"]]
    # a text target is quoted as written, marks included; compare what it says
    stances = stances.assign(target=stances["target"].map(normalise).astype("string"))
    return (
        frames.mentions[["doc_id", "sentence_id", "actor_id", "match_kind"]].reset_index(drop=True),
        frames.topic_counts[["doc_id", "topic", "hits"]].reset_index(drop=True),
        stances.reset_index(drop=True),
    )


def test_findings_do_not_change_with_diacritics_tatweel_bare_alef_or_crlf(seeds, lexicon, frames):
    disguised = [doc.__class__(**{**doc.__dict__, "text": _disguise(doc.text)}) for doc in seeds.values()]
    assert "\u0640" in disguised[1].text and "\r\n" in disguised[1].text and "أ" not in disguised[0].text
    other = analyze(disguised, lexicon)
    for expected, found in zip(_findings(frames), _findings(other)):
        pd.testing.assert_frame_equal(expected, found)
    texts = other.texts.of(other.documents["doc_id"].tolist())
    for row in other.mentions.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.surface
    lavrov = other.mentions[(other.mentions["doc_id"] == SEED_2024) & (other.mentions["actor_id"] == "lavrov")].iloc[0]
    assert lavrov["surface"].replace("\u0640", "").replace("\u064e", "") == "وزير الخارجية الروسي سيرغي لافروف"


def test_importing_analysis_pulls_in_no_deep_learning_framework():
    code = "import analysis.extract.pipeline, sys; print(sorted(m for m in ('torch', 'transformers', 'tensorflow', 'streamlit') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_duplicate_doc_ids_are_refused(seeds, lexicon):
    doc = seeds[SEED_2017]
    try:
        analyze([doc, doc], lexicon)
    except ValueError as error:
        assert str(error) == f"two documents share the id '{SEED_2017}'"
    else:
        raise AssertionError("duplicate ids were accepted")


def test_outlet_in_brackets_after_a_place(lexicon):
    frames = analyze([snippet("طرابلس (رويترز) -\nوقال الدبيبة إن حكومته تسعى لإعادة الإعمار.")], lexicon)
    assert frames.documents.loc[0, ["outlet", "dateline"]].tolist() == ["رويترز", "طرابلس (رويترز)"]


def test_a_dateline_place_is_no_mention_and_its_outlet_is_the_outlet(lexicon):
    frames = analyze([snippet("موسكو - سبوتنيك\nقال لافروف إن موسكو تدعم الحوار.")], lexicon)
    assert frames.documents.loc[0, ["outlet", "dateline"]].tolist() == ["سبوتنيك", "موسكو - سبوتنيك"]
    assert frames.mentions[["actor_id", "start"]].values.tolist() == [["lavrov", 20], ["moscow", 30]]  # not the dateline's
