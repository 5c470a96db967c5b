"""Unnamed-looking speakers that name an actor the article named (att30): a party to talks by its
state's nisba, a bare title for the last listed holder of it. Each construction is checked on
sentences written for the test: the speaker, the polarity and the rule that found the speaker."""

from conftest import scored_statements


def statements(text, lexicon, date="2024"):
    return scored_statements(text, lexicon, date=date)


def test_a_side_with_a_states_nisba_is_that_state(lexicon):
    # sides.txt: الجانب التركي is Turkey, as the listed الجانب الروسي is Russia
    text = "استقبل وزير الخارجية الليبي نظيره التركي في طرابلس. وأكد الجانب التركي دعمه للحوار بين الليبيين."
    assert statements(text, lexicon) == [("turkey", "positive", "after_verb")]
    text = "وقال الطرف المصري إن الحل السياسي هو الطريق الوحيد."
    assert statements(text, lexicon) == [("egypt", "positive", "after_verb")]


def test_a_side_without_a_states_nisba_stays_unnamed(lexicon):
    # الجانب الأمني is no state: the phrase is kept as written, and the dual names two parties
    text = "وقال الجانب الأمني إن الوضع مستقر."
    assert [speaker for speaker, _, _ in statements(text, lexicon)] == ["الجانب الأمني"]
    text = "أجرى لافروف اتصالا مع وزير الخارجية المصري سامح شكري. وأكد الجانبان ضرورة الحل السياسي."
    assert all(speaker not in ("egypt", "russia") for speaker, _, _ in statements(text, lexicon))
