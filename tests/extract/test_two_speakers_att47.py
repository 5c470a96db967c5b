"""Sentences with two speakers across the development sets, thirty-fourth session (att47:
eval/README.md "Sentences with two speakers, thirty-fourth session (att47)"), each on a sentence
written for the test."""
from conftest import scored_statements


def test_a_verb_spelt_like_a_noun_after_a_connector_of_a_second_clause(lexicon):
    # «…، بينما طلب X مهلة»: after بينما/فيما/في حين the word is the verb, and the one named after it
    # makes a statement of his own beside the sentence's first speaker (one statement each)
    text = ("أعلن المتحدث باسم الكرملين دميتري بيسكوف أن الرئيس سيحضر القمة، "
            "بينما طلب المشير خليفة حفتر مهلة أسبوع للرد على الدعوة.")
    assert scored_statements(text, lexicon, date="2020-06-01") == [
        ("peskov", "neutral", "after_verb"), ("haftar_khalifa", "neutral", "after_verb")]
    # أيد (supported) is the speaker's support
    text = "رحبت جامعة الدول العربية بالاتفاق، بينما أيد الرئيس الروسي فلاديمير بوتين خطة السلام الجديدة."
    assert scored_statements(text, lexicon, date="2020-06-01") == [
        ("arab_league", "positive", "after_verb"), ("putin", "positive", "after_verb")]


def test_a_source_of_the_first_clause_keeps_its_statement_beside_the_second(lexicon):
    # «… حسب X، في حين تقدر Y …»: X is credited with the clause before the connector, Y speaks in
    # its own; the source is no relay of Y's estimate
    text = ("وقتل عشرات المدنيين في المواجهات حسب منظمة الصحة العالمية، "
            "في حين تقدر المنظمة الدولية للهجرة عدد المهجرين بالآلاف.")
    assert scored_statements(text, lexicon, date="2020-06-01") == [
        ("منظمة الصحة العالمية", "neutral", "unlisted"), ("iom", "neutral", "after_verb")]
    # a source set off inside the one statement still only relays it
    text = "وقال لافروف، بحسب وكالة تاس، إن الحل سياسي."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("lavrov", "neutral", "after_verb")]


def test_no_second_speaker_from_a_noun_or_a_mention(lexicon):
    # طلب with no speaker after it is the noun (a request); an addressee is no speaker
    assert scored_statements("ووقعت الحكومة الاتفاق، بينما طلب التعديل ما زال قيد الدرس.", lexicon) == []
    text = "وقال فلاديمير بوتين لنظيره التركي رجب طيب أردوغان إن الحوار هو الحل."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("putin", "neutral", "after_verb")]
