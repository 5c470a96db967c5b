"""Polarity on the twenty-seventh blind set read, thirty-sixth session (pol43: eval/README.md
"Polarity on the twenty-seventh blind set read, thirty-sixth session (pol43)"): the constructions
found there, each on a sentence written for the test."""
from conftest import scored_statements

DATE = "2024-03-01"


def test_being_lured_into_a_war_is_a_warning(lexicon):
    # convention 5: a warning that a party is being drawn into a war («يستدرج … إلى حرب») is
    # negative, as «الانزلاق إلى» already was; cues.csv, held quoted
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن الحلف يستدرج إلى حرب جديدة في المنطقة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وأضاف سيرغي لافروف أن هذه التصريحات قد تستدرج واشنطن مع حلفائها إلى صراع طويل."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وحذر سيرغي لافروف من استدراج الدول الأوروبية إلى مواجهة مفتوحة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    # in the article's own narration it is nobody's stance
    text = "ويستدرج الصيادون الأسماك إلى الشباك في الصباح."
    assert scored_statements(text, lexicon, date=DATE) == []


def test_measures_said_to_fall_short_are_a_criticism(lexicon):
    # «لن تكفي», «غير كافية»: what the speaker finds insufficient is criticised; the aim it falls
    # short of (لعودة الاستقرار) follows the cue and does not decide (convention 9, the first clause)
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن هذه العقوبات لن تكفي وحدها لعودة الاستقرار إلى البلاد."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وقال سيرغي لافروف إن الخطوات المعلنة غير كافية لإحلال السلام."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    # without the negation the aim is the speaker's hope
    text = "وقال سيرغي لافروف إن هذه الخطوات تكفي لعودة الاستقرار إلى البلاد."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
