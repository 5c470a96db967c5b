"""Statements found nowhere, thirty-sixth session (att52: eval/README.md "Statements found nowhere,
thirty-sixth session (att52)"): annotated statements whose sentence gave no statement at all, one
class a test, each on sentences written for it."""
from conftest import scored_statements


def test_a_readouts_passive_is_the_readouts_speaker(lexicon):
    # «كما تمت الإشارة إلى …», «وتم التأكيد على …», «وجرت الإشارة إلى …»: a readout's passive, "it
    # was pointed out", goes on with the speaker whose statement is read out
    text = "قالت الخارجية الروسية إن الوضع في ليبيا خطير. كما تمت الإشارة إلى أهمية الحوار بين الأطراف."
    assert scored_statements(text, lexicon, date="2020-01-01") == [
        ("russia_mfa", "negative", "after_verb"), ("russia_mfa", "positive", "carried")]
    text = "وأكد لافروف دعم موسكو للحوار. وتم التأكيد على ضرورة وقف إطلاق النار."
    assert [row[:2] for row in scored_statements(text, lexicon, date="2020-01-01")][1] == ("lavrov", "positive")
    text = "وقالت السفارة الروسية إن اللقاء كان بناء. وجرت الإشارة إلى أهمية الانتخابات."
    rows = scored_statements(text, lexicon, date="2020-01-01")
    assert [row[2] for row in rows] == ["after_verb", "carried"] and rows[0][0] == rows[1][0]
    # the agent after «من قبل» said it
    text = "وتم التأكيد على بدء المشروع من قبل الخارجية الروسية."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("russia_mfa", "neutral", "after_verb")]
    text = "وقد تم تأكيد الخبر من قبل المتحدث باسم الكرملين."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("peskov", "neutral", "after_verb")]
    text = "وتم التأكيد على انطلاق التدريبات من قبل مصدر في الشركة."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("مصدر في الشركة", "neutral", "unnamed")]
    # a name after the passive is what was said, never its subject; with nobody quoted before,
    # and after a narration of a meeting (one of two sides), nobody is named
    text = "وتمت الإشارة إلى دور روسيا في التسوية."
    assert scored_statements(text, lexicon, date="2020-01-01") == []
    text = "استقبل لافروف السراج في موسكو. وتمت الإشارة إلى أهمية الحوار."
    assert scored_statements(text, lexicon, date="2020-01-01") == []
    # a passive of another verb is narration, its agent no speaker
    text = "تم اعتقال المشتبه به من قبل الشرطة."
    assert scored_statements(text, lexicon, date="2020-01-01") == []
