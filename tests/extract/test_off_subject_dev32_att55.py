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


def test_a_verb_of_saying_joined_right_after_the_opening_subject(lexicon):
    # «ابتسم الوزير وقال …»: the subject of the opening verb says it, no comma between
    text = "ابتسم وزير الخارجية الروسي وقال للصحفيين إن الاجتماع كان مثمرا."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("lavrov", "positive", "opening_subject")]
    # an object between the subject and the verb of saying: not read so
    text = "استقبل الرئيس المصري وزير الخارجية الروسي وقال إن الاجتماع كان مثمرا."
    assert scored_statements(text, lexicon, date="2020-06-01") == []


def test_the_emir_of_kuwait_and_the_one_addressed_before_the_particle(lexicon):
    # «عبّر أمير الكويت للرئيس الروسي عن …»: the emir, listed by his title and its dates, speaks; the
    # one he addresses, behind ل, stands between the split cue's subject and its particle
    text = "وعبر أمير دولة الكويت للرئيس الروسي عن قلقه من التصعيد."
    assert scored_statements(text, lexicon, date="2016-03-01") == [("sabah_al_ahmad", "negative", "after_verb")]
    text = "وعبّر أمير الكويت للرئيس الروسي عن شكره على الدعوة."
    assert scored_statements(text, lexicon, date="2016-03-01") == [("sabah_al_ahmad", "positive", "after_verb")]
    text = "وقال أمير الكويت إن بلاده تدعم الحوار."
    assert scored_statements(text, lexicon, date="2022-01-01")[0][0] == "nawaf_al_ahmad"
    assert scored_statements(text, lexicon, date="2024-06-01")[0][0] == "mishal_al_ahmad"


def test_a_verb_of_accusing_with_the_charge_right_after_it_is_the_passive(lexicon):
    # «وتُتهم بانتهاك …»: accused of, by nobody named; the company that opens the sentence is accused
    text = "وتنشط الشركة في أفريقيا، وتتهم بانتهاك حقوق الإنسان هناك."
    assert scored_statements(text, lexicon, date="2021-09-01") in ([], [("(article)", "negative", "article")])
    # the active names the accused first and keeps its subject
    text = "واتهمت فرنسا الشركة بانتهاك حقوق الإنسان."
    assert scored_statements(text, lexicon, date="2021-09-01") == [("france", "negative", "after_verb")]


def test_nader_opens_a_name_after_a_title(lexicon):
    # «المتحدث باسم الوزارة نادر حسن،»: نادر (also "rare") is a given name, the name comes before the comma
    text = "قال المتحدث باسم الوزارة نادر حسن، إن الشحنة وصلت إلى الميناء."
    assert scored_statements(text, lexicon, date="2022-02-27") == [("نادر حسن", "neutral", "unlisted")]
