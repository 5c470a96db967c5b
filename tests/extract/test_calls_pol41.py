"""Calls and demands read by what they ask (pol41, eval/README.md, polarity conventions 2, 5 and 7):
each test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_a_call_on_one_party_not_to_do_something_is_negative(lexicon):
    # دعا / حث / طالب … إلى عدم، على عدم، بعدم، لألا: one party asked not to do something, a warning or
    # a demand to back down (conventions 2 and 5) «حثت السفارة رعاياها على عدم السفر»
    assert scored_statements("وحث بوغدانوف الدول الغربية على عدم إرسال أسلحة إلى ليبيا.", lexicon) == [
        ("bogdanov", "negative", "after_verb"),
    ]
    assert scored_statements("ودعا لافروف المجتمع الدولي إلى عدم الانجرار وراء الدعوات.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    # asked of all parties it is a call for calm: not made negative by the rule
    assert scored_statements("ودعا لافروف الأطراف إلى عدم التصعيد.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    # a negation only mentioned, with no call, is none
    assert scored_statements("وقال لافروف إن الاجتماع انتهى إلى عدم تحديد موعد جديد.", lexicon)[0][1] != "negative"


def test_a_role_asked_of_someone_is_cooperation_sought(lexicon):
    # دعا X إلى لعب دور، لتلعب دورا: a role asked is a request for cooperation, positive (convention 7)
    assert scored_statements("ودعا حفتر موسكو لتلعب دورا في الأزمة.", lexicon) == [
        ("haftar_khalifa", "positive", "after_verb"),
    ]
    assert scored_statements("ودعا حفتر روسيا إلى لعب دور في حل الأزمة الليبية.", lexicon) == [
        ("haftar_khalifa", "positive", "after_verb"),
    ]
    # a role only told of, with no call, is not made positive
    assert scored_statements("وقال لافروف إن تركيا تلعب دورا في الأزمة.", lexicon)[0][1] != "positive"


def test_a_call_to_confront_is_against_what_is_confronted(lexicon):
    # دعا إلى التصدي ل، لمواجهة: confronting asked by a call is a stance against it, negative (convention 2)
    assert scored_statements("ودعت الخارجية الروسية إلى التصدي بحزم لممارسات التنظيم.", lexicon) == [
        ("russia_mfa", "negative", "after_verb"),
    ]
    assert scored_statements("ودعا السراج قواته لمواجهة تحركات الخصوم.", lexicon) == [
        ("sarraj", "negative", "after_verb"),
    ]
    # confronting only told of, with no call, is none
    assert scored_statements("وقال لافروف إن البلدين يتعاونان في مواجهة التحديات.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
