"""Scoring against an annotation, on an article written for the test."""

import json
import subprocess
import sys
from pathlib import Path

from analysis.corpus.documents import Document
from analysis.explore.scoring import (annotation_from_json, by_rule, polarity_confusion, score, sentence_bounds,
                                      speaker_errors)
from analysis.extract.pipeline import analyze

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "وقال لافروف إن الحوار ضروري.\n"
    "وأضاف أن موسكو تدعم الحل السياسي.\n"
    "وشهدت طرابلس ليلة عصيبة.\n"
    "وقالت زاخاروفا إن الوضع مقلق."
)
ANNOTATION = {
    "id": "t1", "url": "", "query": "", "outlet": "test", "date": "2024",
    "sentences": [
        {"starts": "وقال لافروف", "statements": [{"speaker": "لافروف", "speaker_id": "lavrov", "polarity": "neutral"}],
         "actors": ["lavrov"], "topics": []},
        {"starts": "وأضاف أن", "statements": [{"speaker": "لافروف", "speaker_id": "lavrov", "polarity": "positive"}],
         "actors": ["moscow"], "topics": ["un_mediation"]},
        {"starts": "وشهدت طرابلس", "statements": [], "actors": ["tripoli"], "topics": ["arms"]},
        # written by the annotator as a name, not an id: matched through the lexicon's names
        {"starts": "وقالت زاخاروفا", "statements": [{"speaker": "ماريا زاخاروفا", "speaker_id": "", "polarity": "negative"}],
         "actors": ["zakharova"], "topics": []},
    ],
}


def test_sentences_are_found_by_their_first_words():
    annotation = annotation_from_json(ANNOTATION)
    bounds = sentence_bounds(TEXT, annotation)
    assert [TEXT[start:start + 5] for start, _ in bounds] == ["وقال ", "وأضاف", "وشهدت", "وقالت"]
    assert bounds[-1][1] == len(TEXT)


def test_scores_per_frame(lexicon):
    frames = analyze([Document("t1", TEXT, date="2024")], lexicon)
    summary, details = score(frames, [annotation_from_json(ANNOTATION)], lexicon)
    values = dict(zip(summary["measure"], summary["value"]))
    # three statements, all with the right speaker (the last one through the name ماريا زاخاروفا)
    assert values["speaker recall (statements with the right speaker)"] == 1.0
    # polarity: لافروف neutral ✓, وأضاف … تدعم positive ✓, مقلق negative ✓
    assert values["polarity right where the speaker is"] == 1.0
    assert values["speaker-less sentences with no attributed stance"] == 1.0
    # actors: lavrov, moscow, tripoli, zakharova all found once
    assert values["actor recall"] == 1.0 and values["actor precision"] == 1.0
    # topics: الحل السياسي (un_mediation) found; the annotator read fighting into ليلة عصيبة, which no
    # term says (اشتباكات now is one): 1 of 2
    assert values["topic recall (sentence × topic)"] == 0.5
    assert details[details["frame"] == "topics"]["expected"].tolist() == ["arms"]


def test_a_nested_mention_counts_when_annotated_and_is_no_error_when_not(lexicon):
    # The army inside Haftar's title is a nested mention: one annotator lists it, another not.
    text = "واستقبل بوتين القائد العام للجيش الوطني الليبي خليفة حفتر في موسكو."
    frames = analyze([Document("t2", text, date="2019")], lexicon)
    assert frames.mentions["nested"].tolist() == [False, False, True, False]
    for actors, recall, precision in ((["putin", "haftar_khalifa", "moscow"], 1.0, 1.0),
                                      (["putin", "haftar_khalifa", "lna", "moscow"], 1.0, 1.0),
                                      (["putin", "haftar_khalifa", "lna", "lna"], 0.75, 0.75)):
        annotation = {"id": "t2", "date": "2019", "sentences": [
            {"starts": "واستقبل بوتين", "statements": [], "actors": actors, "topics": []}]}
        summary, _ = score(frames, [annotation_from_json(annotation)], lexicon)
        values = dict(zip(summary["measure"], summary["value"]))
        assert (values["actor recall"], values["actor precision"]) == (recall, precision)


def _score_command(tmp_path, *options: str) -> subprocess.CompletedProcess:
    """``python -m analysis score`` on the test's article and annotation, saved under ``tmp_path``."""
    annotations, texts = tmp_path / "annotations", tmp_path / "texts"
    annotations.mkdir()
    texts.mkdir()
    (annotations / "t1.json").write_text(json.dumps(ANNOTATION, ensure_ascii=False), encoding="utf-8")
    (texts / "t1.txt").write_text(TEXT, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "analysis", "score", str(annotations), "--texts", str(texts), *options],
                          capture_output=True, text=True, cwd=REPO)


def test_score_command_prints_the_measures(tmp_path):
    result = _score_command(tmp_path)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if "speaker recall" in line)
    assert line.split()[-2:] == ["100.0%", "(n=3)"]


def test_a_missing_text_is_one_error_line(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "t1.json").write_text(json.dumps(ANNOTATION, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "analysis", "score", str(tmp_path / "a"), "--texts", str(tmp_path)],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith("error: t1.json: no t1.txt in ")


def test_each_line_of_a_hard_wrapped_statement_is_answered_by_its_sentence(lexicon):
    text = (
        "وقالت وزارة الخارجية الروسية في\n"
        "بيان نشرته على موقعها إن موسكو لم تتلق\n"
        "أي معلومات عن مشاركة مواطنين روس في\n"
        "المعارك الدائرة في ليبيا.\n"
    )
    statement = [{"speaker": "الخارجية الروسية", "speaker_id": "russia_mfa", "polarity": "neutral"}]
    annotation = {"id": "w", "date": "2024", "sentences": [
        {"starts": starts, "statements": statement, "actors": [], "topics": []}
        for starts in ("وقالت وزارة", "بيان نشرته", "أي معلومات", "المعارك الدائرة")
    ]}
    frames = analyze([Document("w", text, date="2024")], lexicon)
    assert len(frames.sentences) == 1 and frames.stances["cue"].tolist() == ["وقالت"]
    summary, _ = score(frames, [annotation_from_json(annotation)], lexicon)
    values = dict(zip(summary["measure"], summary["value"]))
    assert values["speaker recall (statements with the right speaker)"] == 1.0  # 4 of 4 lines, one cue


def test_an_unresolved_title_matches_the_title_the_annotator_wrote(lexicon):
    # an undated article: the envoy is Churkin or Nebenzia, kept as the title; an annotator who
    # writes the title as written (no id) is answered, and another title is not
    text = "أكد مندوب روسيا لدى مجلس الأمن أن ليبيا لم تعد قادرة على التكيف."
    frames = analyze([Document("u", text)], lexicon)
    assert frames.stances["speaker_id"].tolist() == ["unresolved:مندوب روسيا لدي مجلس الامن"]
    for speaker, recall in (("مندوب روسيا لدى مجلس الأمن", 1.0), ("مندوب روسيا", 1.0), ("سفير روسيا", 0.0)):
        annotation = {"id": "u", "date": "", "sentences": [{
            "starts": "أكد مندوب", "statements": [{"speaker": speaker, "speaker_id": "", "polarity": "neutral"}],
            "actors": [], "topics": []}]}
        summary, _ = score(frames, [annotation_from_json(annotation)], lexicon)
        values = dict(zip(summary["measure"], summary["value"]))
        assert values["speaker recall (statements with the right speaker)"] == recall, speaker


def test_a_statement_takes_the_polarity_of_its_first_evaluation(lexicon):
    # رحب (positive) heads the statement; العنف and الفوضى (negative) are what the agreement ends:
    # the statement is a welcome, though its negative rows outnumber the positive one
    text = "ورحب لافروف بالاتفاق الذي ينهي العنف والفوضى في ليبيا."
    annotation = {"id": "m", "date": "2024", "sentences": [{
        "starts": "ورحب لافروف",
        "statements": [{"speaker": "لافروف", "speaker_id": "lavrov", "polarity": "positive"}],
        "actors": ["lavrov"], "topics": []}]}
    frames = analyze([Document("m", text, date="2024")], lexicon)
    rows = [(row.cue, row.speaker_id, row.polarity) for row in frames.stances.itertuples()]
    assert rows == [("ورحب", "lavrov", "positive"), ("العنف", "lavrov", "negative"), ("والفوضى", "lavrov", "negative")]
    summary, details = score(frames, [annotation_from_json(annotation)], lexicon)
    values = dict(zip(summary["measure"], summary["value"]))
    assert values["polarity right where the speaker is"] == 1.0
    assert details[details["frame"] == "stances"]["found_polarity"].tolist() == ["positive"]


def test_precision_per_attribution_rule(lexicon):
    # The annotator of this copy gives the وأضاف sentence to Zakharova: the carried-over speaker
    # (Lavrov) is then the carried rule's one wrong statement, and the two after_verb ones are right.
    annotation = json.loads(json.dumps(ANNOTATION))
    annotation["sentences"][1]["statements"] = [{"speaker": "زاخاروفا", "speaker_id": "zakharova", "polarity": "positive"}]
    frames = analyze([Document("t1", TEXT, date="2024")], lexicon)
    assert frames.stances["attribution"].tolist()[:2] == ["after_verb", "carried"]
    _, details = score(frames, [annotation_from_json(annotation)], lexicon)
    table = by_rule(details)
    assert table.to_dict("records") == [
        {"rule": "after_verb", "found": 2, "right": 2, "precision": 1.0, "polarity_right": 2},
        {"rule": "carried", "found": 1, "right": 0, "precision": 0.0, "polarity_right": 0},
    ]


def test_score_command_prints_the_rules_when_asked(tmp_path):
    result = _score_command(tmp_path, "--by-rule")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    rules = lines[lines.index(next(line for line in lines if line.startswith("attribution rule"))) + 1:]
    assert [line.split() for line in rules] == [["after_verb", "2", "2", "100.0%", "2"], ["carried", "1", "1", "100.0%", "1"]]


def test_kinds_of_speaker_error_and_polarities_confused(lexicon):
    # This copy's annotator gives the وأضاف sentence to Zakharova (Lavrov is found: another speaker),
    # hears residents in «وشهدت طرابلس» (nothing is found there) and reads Zakharova's «الوضع مقلق»
    # as positive (found negative); Lavrov's first sentence stays right and neutral.
    annotation = json.loads(json.dumps(ANNOTATION))
    annotation["sentences"][1]["statements"] = [{"speaker": "زاخاروفا", "speaker_id": "zakharova", "polarity": "positive"}]
    annotation["sentences"][2]["statements"] = [{"speaker": "سكان", "speaker_id": "", "polarity": "negative"}]
    annotation["sentences"][3]["statements"][0]["polarity"] = "positive"
    frames = analyze([Document("t1", TEXT, date="2024")], lexicon)
    _, details = score(frames, [annotation_from_json(annotation)], lexicon)
    assert speaker_errors(details).to_dict("records") == [
        {"kind": "statement missed, nothing found in its sentence", "count": 1},
        {"kind": "statement missed, another speaker found", "count": 1},
        {"kind": "statement found in a sentence without one", "count": 0},
        {"kind": "missed, its speaker an actor named in the sentence", "count": 0},
        {"kind": "missed, its speaker the statement before's", "count": 0},
        # Zakharova is named two sentences on, the residents nowhere
        {"kind": "missed, its speaker recognised nowhere near", "count": 2},
    ]
    confusion = polarity_confusion(details)
    assert confusion.loc["neutral", "neutral"] == 1 and confusion.loc["positive", "negative"] == 1
    assert int(confusion.to_numpy().sum()) == 2


def test_a_statement_found_where_none_is_annotated_is_its_own_kind(lexicon):
    annotation = json.loads(json.dumps(ANNOTATION))
    annotation["sentences"][3]["statements"] = []
    frames = analyze([Document("t1", TEXT, date="2024")], lexicon)
    _, details = score(frames, [annotation_from_json(annotation)], lexicon)
    assert speaker_errors(details)["count"].tolist() == [0, 0, 1, 0, 0, 0]


def test_a_missed_speaker_is_placed_where_it_was_to_be_seen(lexicon):
    # This copy's annotator gives «وأضاف أن موسكو تدعم» to Moscow, named in that sentence (Lavrov is
    # found: a rule's miss), and hears Lavrov in «وشهدت طرابلس», where nothing is found: the speaker
    # of the statement before (a carry-over missed).
    annotation = json.loads(json.dumps(ANNOTATION))
    annotation["sentences"][1]["statements"] = [{"speaker": "موسكو", "speaker_id": "moscow", "polarity": "positive"}]
    annotation["sentences"][2]["statements"] = [{"speaker": "لافروف", "speaker_id": "lavrov", "polarity": "neutral"}]
    frames = analyze([Document("t1", TEXT, date="2024")], lexicon)
    _, details = score(frames, [annotation_from_json(annotation)], lexicon)
    missed = details[(details["frame"] == "stances") & (details["right"] == False)]  # noqa: E712
    assert missed["speaker_seen"].tolist() == ["named in its sentence", "the statement before's"]
    assert speaker_errors(details)["count"].tolist() == [1, 1, 0, 1, 1, 0]


def test_score_command_prints_the_classes_when_asked(tmp_path):
    result = _score_command(tmp_path, "--by-class")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    errors = lines.index(next(line for line in lines if line.startswith("speaker errors")))
    assert [line.split()[-1] for line in lines[errors + 1:errors + 4]] == ["0", "0", "0"]
    table = lines.index(next(line for line in lines if line.startswith("polarity annotated")))
    # the three right statements: Lavrov neutral, Lavrov positive (وأضاف … تدعم), Zakharova negative
    assert [line.split() for line in lines[table + 1:table + 4]] == [
        ["negative", "1", "0", "0"], ["neutral", "0", "1", "0"], ["positive", "0", "0", "1"]]


def test_an_unnamed_speaker_matches_the_words_the_annotator_wrote_for_a_listed_actor(lexicon):
    # The annotator wrote «تقارير أممية» and gave it the UN's id; Marsad finds the unnamed reports as
    # written, «تقارير أممية عديدة»: the same speaker. Libyan sources are not the annotator's UN.
    text = "وكانت تقارير أممية عديدة أكدت وجود مرتزقة أجانب في ليبيا.\nوقالت مصادر ليبية إن الوضع هادئ."
    annotation = {"id": "u", "date": "2024", "sentences": [
        {"starts": "وكانت تقارير", "statements": [{"speaker": "تقارير أممية", "speaker_id": "un", "polarity": "neutral"}],
         "actors": [], "topics": []},
        {"starts": "وقالت مصادر", "statements": [{"speaker": "تقارير أممية", "speaker_id": "un", "polarity": "neutral"}],
         "actors": [], "topics": []},
    ]}
    frames = analyze([Document("u", text, date="2024")], lexicon)
    assert frames.stances["speaker_name"].tolist() == ["تقارير أممية عديدة", "مصادر ليبية"]
    _, details = score(frames, [annotation_from_json(annotation)], lexicon)
    assert details[details["frame"] == "stances"]["right"].tolist() == [True, False]
