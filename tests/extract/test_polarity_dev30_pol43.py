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


def test_a_call_on_one_party_past_a_parenthesis_between_commas(lexicon):
    # convention 2: a call on one party to withdraw is negative; commas may set off a parenthesis
    # between the one asked and the withdrawal (_called_out), as they may before an aim of peace
    text = "ودعا سيرغي لافروف الحكومة التركية، دون ذكرها بالاسم، لسحب قواتها من البلاد."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وطالب سيرغي لافروف، في مؤتمر صحفي، الدول الغربية بسحب قواتها من البلاد."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    # behind ل with no parenthesis the reach is the short one, as before; a purpose is no call
    text = "وقال سيرغي لافروف إن الوفد زار أنقرة الأسبوع الماضي، لسحب الاستثمارات من البلاد."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]
    # asked of all it stays no call on one party
    text = "ودعا سيرغي لافروف، في مؤتمر صحفي، إلى انسحاب جميع القوات الأجنبية من البلاد."
    assert scored_statements(text, lexicon, date=DATE)[0][1] != "negative"


def test_an_agreement_on_a_ceasefire_sought_is_an_aim_of_peace(lexicon):
    # convention 2: «للتوصل إلى اتفاق لوقف إطلاق النار» seeks the ceasefire as «للتوصل إلى هدنة»
    # does; the agreement between the noun of achieving and the aim is no document's name here
    text = "وقال سيرغي لافروف إن موسكو ستبذل كل ما في وسعها للتوصل إلى اتفاق لوقف إطلاق النار."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    text = "وقال سيرغي لافروف إن بلاده تعمل مع الشركاء للتوصل إلى اتفاق هدنة دائمة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    # an agreement reached or signed is a report (convention 7)
    text = "وقال سيرغي لافروف إن الطرفين توصلا أمس إلى اتفاق لوقف إطلاق النار."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]
    text = "وقال سيرغي لافروف إن البلدين وقعا اتفاق هدنة في العاصمة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]


def test_no_need_for_something_is_a_rejection(lexicon):
    # «فلا داعي لعقد المؤتمر»: what the speaker finds needless he rejects, here as a condition
    # (convention 6); «لا داعي للقلق» reassures and is no stance (ignore rows)
    text = "وأضاف سيرغي لافروف أنه في حال استمر هذا الموقف فلا داعي لعقد المؤتمر."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وقال سيرغي لافروف إنه لا داعي للقلق بشأن الإمدادات."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]
