"""Polarity on the thirtieth blind set read, and evaluations found neutral across the newer
development sets, thirty-ninth session (pol46: eval/README.md "Polarity on the thirtieth blind set
read, thirty-ninth session (pol46)"): the constructions found there, each on a sentence written for
the test."""
from conftest import scored_statements

DATE = "2024-03-01"


def test_a_placing_line_naming_the_mouth_takes_the_statement_before(lexicon):
    # convention 1: «جاء ذلك على لسان X» only says whose mouth the statement before came out of;
    # it has that statement's polarity, though X is not who the sentence before named
    text = "أدانت الخارجية التركية قرار البرلمان. جاء ذلك على لسان المتحدث باسم الكرملين دميتري بيسكوف."
    assert scored_statements(text, lexicon, date=DATE)[1] == ("peskov", "negative", "source")
    text = "رحب الكرملين بالاتفاق الجديد. وجاء ذلك على لسان المتحدث باسم الكرملين دميتري بيسكوف."
    assert scored_statements(text, lexicon, date=DATE)[1] == ("peskov", "positive", "source")
    # a neutral announcement placed stays neutral
    text = "أعلنت وزارة الدفاع الروسية وصول السفينة إلى الميناء. جاء ذلك على لسان المتحدث باسم الكرملين دميتري بيسكوف."
    assert scored_statements(text, lexicon, date=DATE)[1] == ("peskov", "neutral", "source")
    # «على لسان» inside a sentence of its own words is no placing line
    text = "رحب الكرملين بالاتفاق الجديد. وقالت الصحيفة على لسان دميتري بيسكوف إن الطقس معتدل."
    assert all(polarity == "neutral" for _, polarity, _ in scored_statements(text, lexicon, date=DATE)[1:])
