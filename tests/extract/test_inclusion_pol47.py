"""A role or a part in the political process asked for a party named between the verb and its
object (pol47, polarity conventions 2 and 7 of eval/README.md): «ينبغي أن يلعب X، دورا»، «يتوجب أن
يكون X جزءا من …», and the inclusion of every party with كل as with جميع and كافة. Sentences written
for the constructions, after real articles' shapes."""
from conftest import scored_statements


def test_every_party_asked_to_take_part_with_kull_is_positive(lexicon):
    # «مشاركة كل القوى»: كل as جميع and كافة (peace_aims.txt)
    text = "ودعت موسكو إلى مشاركة كل القوى السياسية في الحكومة المقبلة."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("moscow", "positive", "after_verb")]
