"""Where the weakest attribution rules (carried, unnamed, before_verb, unlisted) must not fire:
constructions read from the wrong speakers of the development sets, each checked on sentences
written for the test: the speaker (or no statement), the polarity and the rule."""

from conftest import scored_statements


def statements(text, lexicon, date="2020"):
    return scored_statements(text, lexicon, date=date)


def test_a_pluperfect_with_its_own_subject_before_qad_carries_nobody(lexicon):
    # وكانت هيئة الانتخابات قد أعلنت: the commission (nobody listed, no head the finder knows)
    # announced; Lavrov, quoted before, is not carried into its sentence
    text = ("وقال لافروف إن الحوار ضروري. "
            "وكانت هيئة الانتخابات في البلاد، قد أعلنت في وقت سابق، تأجيل الجولة الأولى.")
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    # with no subject between the auxiliary and قد, the speaker goes on
    text = "وقال لافروف إن الحوار ضروري. وكان قد أكد أن بلاده تدعم الحل."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb"), ("lavrov", "positive", "carried")]


def test_a_later_verb_of_a_pluperfect_narration_carries_nobody(lexicon):
    # وكانت صحيفتان … قد نشرتا تقارير، لكن المنظمة لم تؤكد: the sentence narrates what others
    # did; the president quoted before says nothing in it
    text = ("وأكد بوتين أن موسكو تتطلع إلى التعاون. "
            "وكانت صحيفتان أمريكيتان قد نشرتا تقارير حول وجود المقاتلين، لكن المنظمة لم تؤكد ذلك.")
    assert statements(text, lexicon) == [("putin", "positive", "after_verb")]
