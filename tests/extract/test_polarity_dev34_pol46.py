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


def test_negotiating_to_buy_is_cooperation_intended(lexicon):
    # convention 7: an intention to buy or be supplied is positive; negotiating to buy, with the
    # partner between the verb and what it buys, is such an intention
    text = "وقال سيرغي لافروف إن مصر تتفاوض مع روسيا على شراء طائرات مدنية."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    text = "وأكد سيرغي لافروف: نتفاوض مع الجزائر لتزويد جيشها بمنظومات حديثة."
    assert scored_statements(text, lexicon, date=DATE)[0][1] == "positive"
    # negotiating something else, or a noun of talks reported, is no intention to buy
    text = "وقال سيرغي لافروف إن الطرفين يتفاوضان حول تبادل الأسرى."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]
    text = "وقال سيرغي لافروف إن هناك مفاوضات بشأن استيراد الحبوب."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]


def test_support_of_indefinite_terrorist_groups_is_a_charge(lexicon):
    # a stigma listed in the definite («الجماعات الإرهابية») was not found indefinite or in the
    # singular, so support of it read as praise; support of a stigma is a charge
    text = "وقال سيرغي لافروف إن هناك دولا تدعم ميليشيات وجماعات إرهابية في المنطقة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    text = "وقال سيرغي لافروف إن جهات أجنبية تمول تنظيما إرهابيا في الجنوب."
    assert scored_statements(text, lexicon, date=DATE)[0][1] != "positive"
    # fighting them, supported, stays praise
    text = "وقال سيرغي لافروف إن روسيا تدعم الحكومة في حربها على جماعات إرهابية."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]


def test_peace_achieved_by_a_verb_is_praise(lexicon):
    # convention 2: the noun تحقيق was read by the call rules; a verb of achieving with an aim of
    # peace or a good end as its object says peace achieved or to be achieved
    text = "وقال سيرغي لافروف إن الطرفين سيحققان السلام في المنطقة."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "positive", "after_verb")]
    text = "وقال سيرغي لافروف إن العملية العسكرية لم تحقق الاستقرار."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "negative", "after_verb")]
    # investigating (حقق في) is no achieving
    text = "وقال سيرغي لافروف إن الشرطة حققت في الحادث."
    assert scored_statements(text, lexicon, date=DATE) == [("lavrov", "neutral", "after_verb")]
