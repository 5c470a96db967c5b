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


def test_importance_intensified_is_praise(lexicon):
    # an adjective of importance with an intensifier, or «بالغ الأهمية», is the speaker's praise of
    # what he speaks of; the bare «مهمة» is also a mission, so only the intensified forms are cues
    text = "وقال سيرغي لافروف إن هذه الصفقة مهمة جدا للبلدين."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    text = "وقال سيرغي لافروف إن التعاون في مجال الطاقة بالغ الأهمية بالنسبة لنا."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    text = "وأكد سيرغي لافروف أن الحوار بين الأطراف أمر هام للغاية."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    # a mission named is no praise
    text = "وقال سيرغي لافروف إن البعثة أنهت مهمة في بنغازي."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]
