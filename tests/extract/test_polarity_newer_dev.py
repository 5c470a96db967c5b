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

