"""Polarity on the twenty-eighth blind set read, and evaluations found neutral across the newer
development sets, thirty-eighth session (pol45: eval/README.md "Polarity on the twenty-eighth blind
set read, thirty-eighth session (pol45)"): the constructions found there, each on a sentence
written for the test."""
from conftest import scored_statements

DATE = "2024-03-01"


def test_support_by_a_state_adjective_is_a_report(lexicon):
    # convention 4: one side's support of a fighting party, told by someone else, is a report; the
    # supporter may be named only by a state adjective after إن or عن, and the party supported may
    # stand behind its title
    text = "وقال محمد الساعدي إن هناك خبراء بريطانيين يقدمون الدعم لخليفة حفتر."
    assert scored_statements(text, lexicon, date=DATE) == [("محمد الساعدي", "neutral", "unlisted")]
    text = "وقال مسؤولون فرنسيون إن وصول طائرات روسية قد يكون محاولة لدعم القائد العسكري الليبي خليفة حفتر."
    assert scored_statements(text, lexicon, date=DATE)[0][1] == "neutral"
    # an unlisted speaker's named state after أن may be the subject of another verb, the
    # supporter named after the support word: the support stays his praise
    text = "وقال محمد الساعدي إن ليبيا تقدر دعم روسيا لوحدة البلاد."
    assert scored_statements(text, lexicon, date=DATE) == [("محمد الساعدي", "positive", "unlisted")]


def test_support_of_ones_own_side_or_of_an_aim_stays_praise(lexicon):
    # the speaker's own state supporting (by name or by adjective) is his stance
    text = "وأكد الرئيس التركي رجب طيب أردوغان أن تركيا تدعم حكومة الوفاق."
    assert scored_statements(text, lexicon, date=DATE)[0][1] == "positive"
    text = "وقال مصدر تركي إن القوات التركية تدعم حكومة الوفاق."
    assert scored_statements(text, lexicon, date=DATE)[0][1] == "positive"
    # support of an aim, not of a party, may be praise of the supporter
    text = "وقال سيرغي لافروف إن روسيا تدعم الحل السياسي في ليبيا."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]


def test_talks_scheduled_list_topics(lexicon):
    # convention 7: «من المقرر أن يناقش», «يفترض أن يبحث» tell talks to come, as «سيناقش» does:
    # what they will discuss is listed, not judged
    text = "وقالت وزارة الخارجية الروسية إنه من المقرر أن يناقش الوزيران سبل تعزيز التعاون بين البلدين."
    assert scored_statements(text, lexicon, date=DATE)[0][1] == "neutral"
    text = "وأعلن سيرغي لافروف أنه من المتوقع أن يبحث مع نظيره الليبي التعاون في مجال الطاقة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]
    # a present alone is an effort going on, the speaker's intent
    text = "وقال سيرغي لافروف إن روسيا تناقش مع الحكومة إمكانية استئناف التعاون."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]


def test_help_asked_is_cooperation_asked(lexicon):
    # convention 7: help asked of someone by a call is cooperation requested, positive
    text = "وناشد سيرغي لافروف الدول المانحة مساعدة السودان في مواجهة الفيضانات."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    text = "وطالب سيرغي لافروف المجتمع الدولي بتقديم المساعدة للمتضررين."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    # a call on one party to stop its help is a demand (convention 2)
    text = "وطالب سيرغي لافروف الدول الغربية بوقف تقديم الدعم للمسلحين."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]


def test_no_link_denied_with_laysa(lexicon):
    # convention 3: «لا علاقة» was listed; the same denial with ليس and an optional أي was not
    text = "وقال سيرغي لافروف إن هذه الشركة ليس لها أي علاقة بالحكومة الروسية."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وقال سيرغي لافروف إن الخبراء ليس لهم علاقة بوزارة الدفاع."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وقال سيرغي لافروف إن هذه الأنباء لا صلة لها بالحقيقة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
