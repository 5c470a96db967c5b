"""Carry-over inside a sentence, fortieth session: a verb joined by و goes on with the subject of
the verb that opens its sentence, past that verb's object; a verb in the plural never goes on with
one person. Sentences written for the constructions, after real articles' shapes."""
from conftest import scored_statements


def test_a_joined_verb_goes_on_with_the_opening_subject_past_its_object(lexicon):
    # «واستقبل الدبيبة السفير الروسي وأكد …»: the one who received says it, not the sources before
    text = "وقالت مصادر إن روسيا نشرت قوات. واستقبل الدبيبة السفير الروسي وأكد أهمية التعاون."
    assert scored_statements(text, lexicon, date="2022-01-01") == [
        ("مصادر", "neutral", "unnamed"), ("dbeibah", "positive", "opening_subject")]
    # «وسارعت موسكو إلى التعليق على التقرير ونفت صحته»: a prepositional phrase between
    text = "وقالت مصادر إن روسيا نشرت قوات. وسارعت موسكو إلى التعليق على التقرير ونفت صحته."
    assert scored_statements(text, lexicon, date="2022-01-01") == [
        ("مصادر", "neutral", "unnamed"), ("moscow", "negative", "opening_subject")]


def test_a_relative_or_a_comma_before_the_joined_verb_is_left_to_other_rules(lexicon):
    # «السفير الروسي الذي أكد»: the ambassador's clause, not the receiver's second verb
    text = "وقالت مصادر إن روسيا نشرت قوات. واستقبل الدبيبة السفير الروسي الذي أكد أهمية التعاون."
    assert [row[0] for row in scored_statements(text, lexicon, date="2022-01-01")] == ["مصادر"]


def test_a_plural_verb_does_not_go_on_with_one_person(lexicon):
    # «وأشاروا»: they pointed out; Lavrov, one man quoted before, is not «they»
    text = "وقال لافروف إن الحل سياسي. وأشاروا إلى أن المقاتلين غادروا المدينة."
    assert [row[0] for row in scored_statements(text, lexicon, date="2022-01-01")] == ["lavrov"]
    # a group quoted before goes on in the plural
    text = "وقال مسؤولون إن الحل سياسي. وأشاروا إلى أن المقاتلين غادروا المدينة."
    assert [row[:1] + row[2:] for row in scored_statements(text, lexicon, date="2022-01-01")] == [
        ("مسؤولون", "unnamed"), ("مسؤولون", "carried")]
    # the singular still goes on with him
    text = "وقال لافروف إن الحل سياسي. وأشار إلى أن المقاتلين غادروا المدينة."
    assert [row[::2] for row in scored_statements(text, lexicon, date="2022-01-01")] == [
        ("lavrov", "after_verb"), ("lavrov", "carried")]
