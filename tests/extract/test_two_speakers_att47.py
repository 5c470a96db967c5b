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



def test_the_owner_of_words_a_verb_refers_back_to_speaks_beside_the_one_answering(lexicon):
    # «رد X على تصريحات Y التي انتقد فيها حلف Z»: the verb's pronoun takes it back to the words,
    # whose named owner speaks; the body after the pronoun is what he criticises, not his subject
    text = "ورد الوزير مايك بومبيو على تصريحات لافروف التي انتقد فيها حلف الناتو بسبب التدخل."
    rows = scored_statements(text, lexicon, date="2020-06-01")
    assert rows[0][0] == "pompeo" and rows[0][2] == "after_verb"
    assert rows[1] == ("lavrov", "negative", "relative")
    # a definite noun of speech with its adjective and the owner behind ل, after what the first
    # speaker said (ردا على …): the owner speaks all the same
    text = ("وقالت المتحدثة ماريا زاخاروفا إن الخطة لم تكن مدروسة، وذلك ردا على التصريحات الأخيرة "
            "للرئيس الفرنسي إيمانويل ماكرون التي أقر فيها بأن التدخل كان خطأ.")
    rows = scored_statements(text, lexicon, date="2020-06-01")
    assert [row[0] for row in rows] == ["zakharova", "macron"]
    assert rows[1][2] == "relative"
    # a person named after the pronoun is the verb's own subject, not the owner of the words
    text = "وأشاد السفير بتصريحات بوتين التي رحب فيها لافروف بالاتفاق."
    assert "putin" not in [row[0] for row in scored_statements(text, lexicon, date="2020-06-01")]
