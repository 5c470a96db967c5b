"""Polarity where the speaker is right, read on the two blind sets retired into dev24 and dev25
(pol32, eval/README.md): each test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_a_judgement_with_the_article_after_ghayr(lexicon):
    # غير المقبول: the definite of a listed «غير مقبول» (no form is generated after the particle)
    assert scored_statements("وقال نيبينزيا إن الوضع غير المقبول في قيادة البعثة دفعنا إلى الاعتراض.", lexicon) == [
        ("nebenzia", "negative", "after_verb"),
    ]
    assert scored_statements("وقال لافروف إنه من غير المقبول أن تتدخل دول أجنبية في الانتخابات.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    assert scored_statements("وقال بيسكوف إن الإجراءات غير الدستورية تهدد العملية السياسية.", lexicon) == [
        ("peskov", "negative", "after_verb"),
    ]


def test_an_open_question_is_no_judgement(lexicon):
    # من غير الواضح ما إذا: «it is unclear whether» asks, it judges nothing (غير الواضح is not listed)
    assert scored_statements("وقال بيسكوف إنه من غير الواضح ما إذا كان الاجتماع سيعقد الأسبوع المقبل.", lexicon) == [
        ("peskov", "neutral", "after_verb"),
    ]


def test_a_call_to_end_the_fighting_named_by_what_is_fought(lexicon):
    # وقف العمليات، وقف المعارك: a ceasefire asked of the parties (convention 2), positive; the
    # chaos the call would prevent comes after and does not decide (convention 9)
    assert scored_statements(
        "دعت وزارة الخارجية الروسية جميع الأطراف في السودان إلى وقف العمليات القتالية والحيلولة دون انزلاق البلاد نحو الفوضى.",
        lexicon,
    ) == [("russia_mfa", "positive", "after_verb")]
    assert scored_statements("دعا لافروف الطرفين إلى وقف المعارك حول المدينة.", lexicon) == [("lavrov", "positive", "after_verb")]
