"""Polarity on the twenty-ninth blind set read, and evaluations found neutral, thirty-seventh session
(pol44: eval/README.md "Polarity on the twenty-ninth blind set read, thirty-seventh session (pol44)"):
the constructions found there, each on a sentence written for the test."""
from conftest import scored_statements

DATE = "2024-03-01"


def test_a_part_credited_in_a_good_end_is_praise(lexicon):
    # conventions 2 and 7: a contribution or help credited or offered to a good end (stability, an
    # agreement, a settlement) is positive; a parenthesis between commas may stand before its في
    text = "وقال سيرغي لافروف إن الجهود المشتركة، على المدى البعيد، تسهم في استقرار المنطقة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    text = "وأضاف سيرغي لافروف أن الوساطة الروسية ساهمت في التوصل إلى اتفاق بين الطرفين."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    # the verbal noun of helping, with the one helped between it and في
    text = "وقال سيرغي لافروف إن بلاده أرسلت الخبراء بهدف مساعدة الحكومة في تطبيع الوضع."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    # negated it is a criticism, as «لن يساعد» is
    text = "وقال سيرغي لافروف إن هذه العقوبات لن تسهم في حل الأزمة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]


def test_a_part_in_something_not_good_is_no_stance(lexicon):
    # a contribution to what is no good end (a force doubled, a rumour spread) is a report
    text = "وقال سيرغي لافروف إن وصول المقاتلين ساهم في تضاعف عدد القوات هناك."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]
    text = "وقال سيرغي لافروف إن التصريحات ساهمت في تعزيز الشائعات."
    assert scored_statements(text, lexicon, date=DATE)[0][1] != "positive"
    # in the article's own narration it is nobody's stance
    text = "وساهمت الأمطار في استقرار أسعار القمح الشهر الماضي."
    assert scored_statements(text, lexicon, date=DATE) == []


def test_a_wish_in_the_past_is_a_regret(lexicon):
    # convention 9 and the base definition (regret): «كنا نود», «كنا نأمل» were listed, the other
    # verbs of wishing and preferring in the same frame were not
    text = "وقال سيرغي لافروف: كنا نفضل لو أن الشركاء استمعوا إلى رأينا في هذه المسألة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وقال سيرغي لافروف إنه كان بودنا أن تبقى السفارة مفتوحة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وقال سيرغي لافروف إنه كان يتعين على الدول انتظار نتائج التحقيق."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    # the present wish is no regret
    text = "وقال سيرغي لافروف: نريد أن تبقى السفارة مفتوحة."
    assert scored_statements(text, lexicon, date=DATE)[0][1] != "negative"


def test_not_only_but_also_affirms(lexicon):
    # «لا … فحسب، بل …» ("not only … but also") affirms the first clause and adds another: the
    # negation does not flip the cue inside it (a charge stays a charge)
    text = "وقال سيرغي لافروف إن هؤلاء المقاتلين لا يستغلون البلاد فحسب، بل يعرضون المدنيين للخطر."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وقال سيرغي لافروف إن بلاده لا تدعم الحوار فقط بل تشارك فيه بنشاط."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    # a plain negation still flips
    text = "وقال سيرغي لافروف إن بلاده لا تدعم أي عمل عسكري في المنطقة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]


def test_a_wish_to_work_with_others_is_readiness_to_cooperate(lexicon):
    # convention 7: a wish to work with others, as «نريد شراء» and «نسعى إلى شراء» were listed
    text = "وقال سيرغي لافروف: نريد العمل مع جميع الشركاء الإقليميين في هذا الملف."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    text = "وقال سيرغي لافروف إننا نسعى إلى العمل مع الحكومة الجديدة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    # negated it is a refusal
    text = "وقال سيرغي لافروف: لا نريد العمل مع هذه الجماعات."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]


def test_a_coup_attempt_named_is_a_charge(lexicon):
    # the base definition (accusation): what the speaker calls an attempted coup is condemned, as
    # «الانقلابيين» and «الانقلابي» were listed; coups counted as history are no charge
    text = "وقال المتحدث باسم الحكومة إن ما جرى في العاصمة كان محاولة انقلابية."
    assert scored_statements(text, lexicon, date=DATE)[0][1] == "negative"
    text = "وقال سيرغي لافروف إن الهجوم على القصر محاولة انقلاب على السلطات المنتخبة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وقال سيرغي لافروف إن البلاد شهدت ثلاثة انقلابات منذ الاستقلال."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]
