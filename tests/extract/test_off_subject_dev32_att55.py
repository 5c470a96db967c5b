"""A development set off Libya read, thirty-seventh session (att55: eval/README.md "A development set
off Libya read, thirty-seventh session (att55)"): the constructions `dev32` showed the rules missing
or misreading, one class a test, each on sentences written for it."""
from conftest import scored_statements


def test_a_verb_of_saying_after_a_two_word_conditional_is_a_supposition(lexicon):
    # «… في حال طلبت ذلك الحكومة»: should the government ask; nobody asked, the government says nothing
    text = "وأكد لافروف أن موسكو مستعدة لتقديم المساعدة في حالة طلبت ذلك السلطات الليبية."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("lavrov", "positive", "after_verb")]
    text = "وقال أردوغان إن أنقرة سترسل مستشارين عسكريين في حال طلبت حكومة الوفاق ذلك."
    assert [row[0] for row in scored_statements(text, lexicon, date="2020-06-01")] == ["erdogan"]


def test_a_compound_given_name_is_not_another_one_letter_off(lexicon):
    # «عبد الحكيم الزبيدي» is not «عبد العاطي العبيدي» though the family names are one letter apart:
    # عبد opens a compound given name, compared whole
    text = "وكان وزير الدفاع، عبد الحكيم الزبيدي، أعلن مصادرة شحنة أسلحة."
    assert scored_statements(text, lexicon, date="2019-07-01") == [("عبد الحكيم الزبيدي", "neutral", "unlisted")]
    text = "وقال عبد العاطي العبيدي إن الحكومة ترفض التدخل."
    assert scored_statements(text, lexicon, date="2011-06-01")[0][0] == "obeidi"


def test_nader_opens_a_name_after_a_title(lexicon):
    # «المتحدث باسم الوزارة نادر حسن،»: نادر (also "rare") is a given name, the name comes before the comma
    text = "قال المتحدث باسم الوزارة نادر حسن، إن الشحنة وصلت إلى الميناء."
    assert scored_statements(text, lexicon, date="2022-02-27") == [("نادر حسن", "neutral", "unlisted")]
