"""A role or a part in the political process asked for a party named between the verb and its
object (pol47, polarity conventions 2 and 7 of eval/README.md): «ينبغي أن يلعب X، دورا»، «يتوجب أن
يكون X جزءا من …», and the inclusion of every party with كل as with جميع and كافة. Sentences written
for the constructions, after real articles' shapes."""
from conftest import scored_statements


def test_a_role_asked_for_a_party_named_before_it_is_positive(lexicon):
    # «ينبغي أن يلعب …، دورا»: the player between the verb and the role, a comma after him
    text = "وقال لافروف إنه ينبغي أن يلعب أنصار النظام السابق، دورا في الحياة السياسية."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "positive", "after_verb")]


def test_a_part_in_the_process_asked_for_a_party_is_positive(lexicon):
    # «يتوجب أن يكون … جزءا من»: يتوجب is a word of necessity as يتعين is
    text = "وصرح لافروف بأنه يتوجب أن يكون زعماء القبائل وأتباعهم جزءا من عملية بناء الدولة."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "positive", "after_verb")]


def test_a_role_forbidden_or_a_part_not_asked_is_not_a_call(lexicon):
    # «لا ينبغي أن يلعب»: a prohibition, negative as before
    text = "وقال لافروف إنه لا ينبغي أن يلعب قادة الفصائل دورا في الحكومة."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "negative", "after_verb")]
    # no word of necessity: a part told, not asked
    text = "وقال لافروف إن من الطبيعي أن يكون زعماء القبائل جزءا من الوفد."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "neutral", "after_verb")]


def test_every_party_asked_to_take_part_with_kull_is_positive(lexicon):
    # «مشاركة كل القوى»: كل as جميع and كافة (peace_aims.txt)
    text = "ودعت موسكو إلى مشاركة كل القوى السياسية في الحكومة المقبلة."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("moscow", "positive", "after_verb")]


def test_mediation_asked_is_a_call_for_a_settlement(lexicon):
    # «يدعو … إلى الوساطة»: talks brokered by a third party, an aim of peace (convention 2)
    text = "ودعت موسكو الاتحاد الأفريقي إلى الوساطة بين الحكومتين المتنافستين."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("moscow", "positive", "after_verb")]
    # who oversees the mediation is a mechanism asked, neutral (mechanisms.txt)
    text = "وشدد لافروف على ضرورة إشراف المنظمة الدولية على جهود الوساطة."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "neutral", "after_verb")]
