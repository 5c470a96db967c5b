"""Constructions read in dev27 (the twenty-fifth blind set, retired in the thirty-second session:
eval/README.md "The twenty-fifth blind set read"), each on a sentence written for the test."""
from conftest import scored_statements


def test_the_diplomat_is_the_unlisted_person_just_named(lexicon):
    # «قال فيكتور بيلوف … وشدد الدبلوماسي الروسي … ونوه الدبلوماسي»: الدبلوماسي (generic_subjects.txt)
    # refers back to the person just named though the lexicon does not list him, and so does a
    # second description after the first, or after a verb that carried him
    text = ("قال فيكتور بيلوف مدير الإدارة في وزارة الخارجية الروسية إن الحوار هو الحل في ليبيا. "
            "وشدد الدبلوماسي الروسي على أن التدخل الأجنبي يعرقل التسوية. "
            "ونوه الدبلوماسي بأن الانتخابات ممكنة هذا العام. "
            "وأشار إلى أن الحوار متعثر. "
            "وأضاف الدبلوماسي أن موسكو مستعدة للمساعدة.")
    assert scored_statements(text, lexicon) == [
        ("فيكتور بيلوف", "neutral", "unlisted"), ("فيكتور بيلوف", "negative", "title_anaphora"),
        ("فيكتور بيلوف", "neutral", "title_anaphora"), ("فيكتور بيلوف", "negative", "carried"),
        ("فيكتور بيلوف", "positive", "title_anaphora")]
    # an unnamed source carried is no name: the diplomat after it is not that source
    text = ("وقال مصدر عسكري إن الطائرات هبطت في الجفرة. وأشار إلى أن الشحنة ضمت ذخائر. "
            "وأضاف الدبلوماسي أن موسكو مستعدة للمساعدة.")
    assert scored_statements(text, lexicon)[-1][0] != "مصدر عسكري"
