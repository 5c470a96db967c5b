"""Polarity misread by scope or negation, and cooperation forms (pol39, eval/README.md): each test
is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_an_intention_tied_to_conditions_allowing_is_cooperation(lexicon):
    # سـ or يعتزم and, after it, حالما / عندما / بمجرد with the conditions allowing: cooperation
    # intended, positive also when tied to a condition (convention 7) «سنعود حالما تسمح الظروف»
    assert scored_statements("وقال لافروف إن الشركات الروسية ستعود إلى العمل في ليبيا حالما تسمح الظروف الأمنية.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وأكد بوغدانوف أن موسكو تعتزم إعادة فتح سفارتها في طرابلس عندما يستتب الأمن.", lexicon) == [
        ("bogdanov", "positive", "after_verb"),
    ]
    assert scored_statements("وقال بوتين: سنبدأ المشاورات مع الحكومة الليبية بمجرد رفع الحظر.", lexicon) == [
        ("putin", "positive", "after_verb"),
    ]
    # negated it is a standing policy or deferral, none (convention 7)
    assert scored_statements("وقال لافروف إن روسيا لن ترسل خبراءها إلى ليبيا حالما تسمح الظروف.", lexicon)[0][1] != "positive"
    # a time with no condition named makes nothing positive
    assert scored_statements("وقال لافروف إن الوفد سيصل إلى طرابلس عندما ينتهي الاجتماع.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]


def test_work_towards_a_resumption_is_cooperation_sought(lexicon):
    # في اتجاه استئناف، باتجاه استئناف، نحو استئناف: work or a step towards resuming is cooperation
    # sought (convention 7); a resumption only announced stays none «نمضي نحو استئناف التعاون»
    assert scored_statements("وقال بوغدانوف إن الجانبين يعملان في اتجاه استئناف الاتفاقيات الموقعة سابقا.", lexicon) == [
        ("bogdanov", "positive", "after_verb"),
    ]
    assert scored_statements("وقال لافروف إن المحادثات خطوة نحو استئناف الرحلات الجوية بين البلدين.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وأعلن لافروف استئناف عمل السفارة الروسية في طرابلس.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
