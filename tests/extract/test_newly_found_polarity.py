"""Polarity of the statements the attribution helper found in dev22 and dev23 (pol31, eval/README.md):
each test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_an_aim_of_peace_with_a_word_qualifying_it(lexicon):
    # وقف فوري لإطلاق النار: an adjective between the two words of the aim (polarity convention 2)
    assert scored_statements("ودعا لافروف إلى وقف فوري لإطلاق النار في السودان.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وطالب لافروف الطرفين بوقف شامل للقتال.", lexicon) == [("lavrov", "positive", "after_verb")]
    # a shooting that is no ceasefire: no aim, however it is called for
    assert scored_statements("ودعا لافروف إلى التحقيق في حادث لإطلاق النار.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
