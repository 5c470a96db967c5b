"""Polarity where the speaker is right, classed over dev17 … dev26 (pol37, eval/README.md): each
test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_an_end_put_to_the_fighting(lexicon):
    # وضع حد للمواجهة، يضع حدا للحرب: the fighting ended, as the listed «إنهاء القتال», is an aim
    # of peace (convention 2), positive, asked for or stated
    assert scored_statements('وقال بوتين: "من المهم وضع حد للمواجهة المسلحة في البلاد".', lexicon) == [
        ("putin", "positive", "after_verb"),
    ]
    assert scored_statements("ودعا لافروف جميع الأطراف إلى وضع حدٍّ للاقتتال.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    # a limit set on anything else is none
    assert scored_statements("وقال لافروف إن القانون الجديد يضع حدا لعدد الموظفين.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]


def test_a_placing_line_with_a_credit_clause(lexicon):
    # جاء ذلك خلال كلمته …، حسب ما أفاد به موقع: the line places the statement before it, and the
    # site credited only tells where it was heard; the line takes the statement's polarity
    # (convention 1), as a placing line with no credit clause does
    text = ('وأعلن الدبيبة رفضه القاطع لنقل أي قوات أجنبية إلى البلاد. '
            'وجاء ذلك خلال كلمته في مؤتمر للشباب، حسب ما أفاد به موقع "الوسط".')
    assert scored_statements(text, lexicon) == [("dbeibah", "negative", "after_verb"), ("dbeibah", "negative", "carried")]
    # a neutral statement placed stays neutral
    text = ('وقال الدبيبة إن الاجتماع سيعقد غدا. '
            'وجاء ذلك خلال كلمته في مؤتمر للشباب، حسب ما أفاد به موقع "الوسط".')
    assert scored_statements(text, lexicon) == [("dbeibah", "neutral", "after_verb"), ("dbeibah", "neutral", "carried")]
    # a credit clause after a complete statement of its own keeps that statement's polarity
    text = ('وأعلن الدبيبة رفضه القاطع لنقل أي قوات أجنبية إلى البلاد. '
            'وقال الدبيبة إن الاجتماع سيعقد غدا، حسب ما أفاد به موقع "الوسط".')
    assert scored_statements(text, lexicon) == [("dbeibah", "negative", "after_verb"), ("dbeibah", "neutral", "after_verb")]
