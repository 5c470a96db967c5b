"""Four small gaps found in fresh articles, thirty-fifth session (att50: eval/README.md "Four small
gaps, thirty-fifth session (att50)"): each on a sentence written for the test."""
from conftest import scored_statements


def test_verbs_of_wondering_and_hinting_are_speech(lexicon):
    # «وألمح الوزير إلى أن …», «ملمحا إلى أن …»: a hint is said, like a statement; «تساءل» and
    # «متسائلا» were listed already
    text = "وألمح لافروف إلى أن موسكو قد تدعم الحوار بين الأطراف الليبية."
    assert scored_statements(text, lexicon, date="2019-05-01") == [("lavrov", "positive", "after_verb")]
    text = "ألمح الرئيس فلاديمير بوتين إلى إمكانية رفع العقوبات."
    assert scored_statements(text, lexicon, date="2019-05-01") == [("putin", "neutral", "after_verb")]
    text = "ورحب لافروف بالحوار، ملمحا إلى أن موسكو مستعدة لاستضافة الأطراف."
    assert scored_statements(text, lexicon, date="2019-05-01") == [("lavrov", "positive", "after_verb")]
    text = "وعبرت زاخاروفا عن قلقها، ملمحة إلى أن الغرب يعرقل التسوية."
    assert [row[0] for row in scored_statements(text, lexicon, date="2019-05-01")] == ["zakharova"]
    text = "وتساءلت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا عن أسباب صمت الغرب."
    assert scored_statements(text, lexicon, date="2019-05-01") == [("zakharova", "neutral", "after_verb")]
    text = "وانتقد لافروف السياسة الأمريكية، متسائلا عن جدوى التدخل العسكري في ليبيا."
    assert scored_statements(text, lexicon, date="2019-05-01")[0][:2] == ("lavrov", "negative")
    # «على المحك» (at stake) is spelt like ألمح with the pronoun ك: no verb, nobody speaks
    text = "ومع رحيل القائد، أصبح على المحك مصير الشبكة في أفريقيا."
    assert scored_statements(text, lexicon, date="2023-09-01") == []


def test_a_councils_vote_is_narration(lexicon):
    # «ووافق مجلس الأمن على مشروع القرار»: a body that decides by vote adopting something is its
    # act, narration (dev7's convention: adopting a resolution), not a statement of the Council
    for text in ("وافق مجلس الأمن الدولي على تمديد ولاية البعثة الأممية في ليبيا.",
                 "ووافق أعضاء مجلس الأمن على مشروع قرار بشأن وقف إطلاق النار في ليبيا.",
                 "وأقر مجلس الأمن قرارا يمدد حظر السلاح على ليبيا.",
                 "مجلس الأمن يوافق على تمديد ولاية البعثة الأممية في ليبيا."):
        assert scored_statements(text, lexicon, date="2019-05-01") == [], text
    # what the Council says stays its statement, and a state's agreement its stance
    text = "ورحب مجلس الأمن بالاتفاق السياسي بين الأطراف الليبية."
    assert scored_statements(text, lexicon, date="2019-05-01") == [("unsc", "positive", "after_verb")]
    text = "وافقت روسيا على مشروع القرار البريطاني."
    assert scored_statements(text, lexicon, date="2019-05-01") == [("russia", "positive", "after_verb")]
    # the Council named inside another subject is not the one who agrees
    text = "مندوب روسيا لدى مجلس الأمن يوافق على المسودة."
    assert scored_statements(text, lexicon, date="2019-05-01") == [("nebenzia", "positive", "before_verb")]
    # nor inside a speaker's clause: Lavrov speaks
    text = "وقال لافروف إن مجلس الأمن يوافق على كل ما يخدم الاستقرار."
    assert [row[0] for row in scored_statements(text, lexicon, date="2019-05-01")] == ["lavrov"]


def test_a_labelled_noun_of_speech_behind_lam_names_its_owner(lexicon):
    # «تصريح خطير لـ X»، «تصريحات نارية لX»: a headline's label of the words between the noun and ل;
    # the one behind ل speaks, the label is no stance of his, and the noun is never a speaker
    text = "تصريح خطير لـ لافروف حول ليبيا"
    assert scored_statements(text, lexicon, date="2019-05-01") == [("lavrov", "neutral", "speech_noun")]
    text = "تصريحات نارية لزاخاروفا عن التدخل الغربي في ليبيا"
    assert scored_statements(text, lexicon, date="2019-05-01") == [("zakharova", "neutral", "speech_noun")]
    text = "تصريحات مثيرة لوزير الخارجية الروسي سيرغي لافروف بشأن ليبيا"
    assert scored_statements(text, lexicon, date="2019-05-01") == [("lavrov", "neutral", "speech_noun")]
    # ل written apart, with no label
    text = "تصريح لـ لافروف حول ليبيا"
    assert scored_statements(text, lexicon, date="2019-05-01") == [("lavrov", "neutral", "speech_noun")]
    # an owner nobody listed, or none: no speaker, and not the noun
    # an outlet behind ل is whom the words were given to
    for text in ("تصريح خطير لمسؤول روسي حول ليبيا", "تصريح خطير حول ليبيا", "تصريح خاص لوكالة سبوتنيك حول ليبيا"):
        assert scored_statements(text, lexicon, date="2019-05-01") == [], text
    # the words' owner named in the sentence after the headline speaks there too
    text = "تصريح خطير لـ لافروف حول ليبيا\nقال وزير الخارجية الروسي سيرغي لافروف إن الوضع في ليبيا خطير."
    assert scored_statements(text, lexicon, date="2019-05-01") == [
        ("lavrov", "neutral", "speech_noun"), ("lavrov", "negative", "after_verb")]


def test_a_role_requested_of_a_party_is_cooperation_sought(lexicon):
    # «طلب من روسيا أن تلعب دورا في …»: a role asked by a request is sought cooperation, positive
    # (convention 7), as «دعا روسيا إلى لعب دور» (pol41)
    text = "وقال حفتر إنه طلب من روسيا أن تلعب دورا في رفع حظر التسليح عن الجيش."
    assert scored_statements(text, lexicon, date="2018-05-01") == [("haftar_khalifa", "positive", "after_verb")]
    text = "وأكد السراج أن حكومته طلبت من موسكو أن تلعب دورا في دعم الحوار."
    assert scored_statements(text, lexicon, date="2018-05-01")[0][:2] == ("sarraj", "positive")
    # a role only told of, with no request, is not made positive
    text = "وقال حفتر إن روسيا تلعب دورا في الأزمة."
    assert scored_statements(text, lexicon, date="2018-05-01")[0][1] != "positive"
