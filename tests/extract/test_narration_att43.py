"""Narration read as a statement, thirty-third session (att43: eval/README.md "Narration read as a
statement, thirty-third session"): sentences of the article's own narration that made a statement,
each on a sentence written for the test."""
from conftest import scored_statements


def test_a_negated_verb_of_disclosing_is_a_silence(lexicon):
    # «ولم يكشف موعد الزيارة»: what was not told is noted by the narration; the speaker of the
    # sentence before is not carried into it
    text = "قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر. ولم يكشف موعد الزيارة."
    assert scored_statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    # with a subject of its own after لم: no statement of the unnamed sources either
    text = ("وقالت مصادر محلية إن الوفد الروسي وصل إلى المدينة. "
            "لكن المصادر الرسمية في موسكو لم تؤكد وصول الوفد.")
    rows = scored_statements(text, lexicon)
    assert len(rows) == 1 and rows[0][2] == "unnamed"
    # the same verb unnegated is a statement
    text = "وأكد لافروف أن روسيا سترسل وفدا إلى طرابلس."
    assert scored_statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]


def test_a_negated_verb_with_its_subject_named_after_it_is_kept(lexicon):
    # «ولم يؤكد لافروف أن …»: a subject named right after the verb is kept as the rules read it
    # before (the narrower change); only a verb with no subject after it is the narration's
    text = "ولم يؤكد وزير الخارجية الروسي سيرغي لافروف أن روسيا سترسل وفدا إلى طرابلس."
    rows = scored_statements(text, lexicon)
    assert [row[0] for row in rows] == ["lavrov"]
