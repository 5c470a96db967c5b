"""Two gaps in cues.csv (pol47): an arena of conflict with an adjective between («ساحة جديدة
للمواجهة») is the family of «ساحة للمواجهة»; a parliament's vote of confidence («التصويت على الثقة»،
«نيل ثقة مجلس النواب») is no trust the speaker expresses. Sentences written for the words."""
from conftest import scored_statements


def test_a_new_arena_of_confrontation_is_a_charge(lexicon):
    text = "وقال لافروف إن بعض العواصم تسعى إلى جعل المنطقة ساحة جديدة للمواجهة مع موسكو."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "negative", "after_verb")]
    # refused, still against it (arenas.txt)
    text = "وقال لافروف إن البلاد لن تكون ساحة أخرى للصراع بين الكبار."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "negative", "after_verb")]


def test_a_vote_of_confidence_is_no_trust(lexicon):
    text = "وقال لافروف إن الحكومة ستبدأ عملها بعد التصويت على الثقة في البرلمان."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "neutral", "after_verb")]
    text = "وقال لافروف إن الحكومة ستبدأ عملها بعد نيل ثقة البرلمان."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "neutral", "after_verb")]
    # the speaker's own trust stays
    text = "وقال لافروف إنه على ثقة من أن الحكومة ستبدأ عملها قريبا."
    assert scored_statements(text, lexicon, date="2022-01-01") == [("lavrov", "positive", "after_verb")]
