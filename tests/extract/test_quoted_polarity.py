"""Polarity of quotations, headlines and carried statements (the twenty-seventh session, pol29):
rules read from the development sets' misses where the speaker is right, each checked on
sentences written for the test: the speaker of the statement, its polarity and its attribution."""

from conftest import scored_statements


def statements(text, lexicon, date="2020"):
    return scored_statements(text, lexicon, date=date)


def test_a_negated_wish_of_a_loss_is_for_what_would_be_lost(lexicon):
    # dev13 («لا نريد أن تخرج روسيا من سوريا …»), dev21 («ليس في مصلحة روسيا أبدا خسارة شريك»):
    # not wanting a departure or a loss (language/wishing.txt, losing.txt) wants the party kept
    text = 'وقال لافروف إن موسكو تتابع الوضع. وأضاف: "لا نريد أن تنسحب الشركات الروسية من ليبيا".'
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb"), ("lavrov", "positive", "carried")]
    text = "وقال لافروف إنه ليس في مصلحة موسكو أبدا خسارة شريك مثل ليبيا."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    # a negated wish of anything else stays a rejection
    text = "وقال لافروف إن موسكو لا تريد الحرب في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
