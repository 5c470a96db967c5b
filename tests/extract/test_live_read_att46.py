"""Fresh articles read live, thirty-fourth session (att46: eval/README.md "Fresh articles read live,
thirty-fourth session (att46)"): the constructions found there, each on a sentence written for the
test."""
from conftest import scored_statements


def test_another_sides_interest_or_wish_shown_is_reported_not_held(lexicon):
    # convention 4: a speaker reporting another side's wish, interest or readiness is neutral; an
    # adjective of interest (مهتم) is read as a feeling, and a verb of showing (أبدى) before the
    # wish it shows is its predicate, as تشعر before بخيبة أمل is
    text = "قال وزير الخارجية الروسي سيرغي لافروف إن الطرف السوري مهتم بتوسيع التبادل التجاري."
    assert scored_statements(text, lexicon, date="2025-10-10") == [("lavrov", "neutral", "after_verb")]
    text = "وأوضح سيرغي لافروف أن الحكومة السورية أبدت رغبتها في توسيع التبادل التجاري."
    assert scored_statements(text, lexicon, date="2025-10-10") == [("lavrov", "neutral", "after_verb")]
    # the speaker's own side's interest or wish is his stance
    text = "قال سيرغي لافروف إن موسكو مهتمة بتوسيع التبادل التجاري."
    assert scored_statements(text, lexicon, date="2025-10-10") == [("lavrov", "positive", "after_verb")]
    text = "وأوضح سيرغي لافروف أن روسيا أبدت رغبتها في تعزيز التعاون."
    assert scored_statements(text, lexicon, date="2025-10-10") == [("lavrov", "positive", "after_verb")]
    # and so is a wish he shows himself
    text = "وأبدى سيرغي لافروف رغبته في تعزيز التعاون مع سوريا."
    assert scored_statements(text, lexicon, date="2025-10-10")[0][:2] == ("lavrov", "positive")


def test_the_name_of_the_rapid_support_forces_is_no_support(lexicon):
    # «الدعم السريع» without «قوات» is still the force's name (aliases.csv), and a span that is an
    # actor's mention silences the cues inside it: the speaker's accusation against it is his stance
    text = "وقال السفير السوداني محمد أحمد إن هجمات الدعم السريع على القرى جرائم حرب."
    rows = scored_statements(text, lexicon, date="2025-12-11")
    assert len(rows) == 1 and rows[0][1:] == ("negative", "unlisted")
    text = "وقال المسؤول محمد أحمد إن تسليح ميليشيات الدعم السريع انتهاك للقانون الدولي."
    rows = scored_statements(text, lexicon, date="2025-12-11")
    assert len(rows) == 1 and rows[0][1] == "negative"
    # support itself is still support
    text = "وأكد الوزير محمد أحمد أن بلاده تقدم الدعم الكامل للحكومة الشرعية."
    assert scored_statements(text, lexicon, date="2025-12-11")[0][1] == "positive"


def test_the_occasion_behind_fi_is_no_part_of_an_unnamed_subject(lexicon):
    # «وقالت X في تقرير لها إن»: what the subject said it in (language/occasions.txt, تقرير added)
    # ends the subject kept as written, as it ends a title's phrase
    text = "وقالت الشرق الاوسط في تقرير لها إن الوضع في البلاد خطير."
    assert scored_statements(text, lexicon) == [("الشرق الاوسط", "negative", "unnamed")]
    text = "وقال مصدر عسكري سوداني في بيان له إن الوضع في البلاد خطير."
    assert scored_statements(text, lexicon) == [("مصدر عسكري سوداني", "negative", "unnamed")]
    # a place behind في, definite, stays part of the subject
    text = "وقال أستاذ العلوم السياسية في جامعة طرابلس إن الوضع خطير."
    assert scored_statements(text, lexicon)[0][0] == "أستاذ العلوم السياسية في جامعة طرابلس"

