"""Polarity of what is said (issue #9): the evaluative vocabulary of cues.csv and where it counts."""

from analysis.extract.pipeline import analyze

from conftest import snippet


def evaluations(text, lexicon, date="2024"):
    """The evaluative rows: (cue, speaker, polarity, attribution)."""
    frame = analyze([snippet(text, date=date)], lexicon).stances
    return [
        (row.cue, row.speaker_id, row.polarity, row.attribution)
        for row in frame.itertuples() if row.cue_type == "evaluative"
    ]


def test_a_headline_speaker_owns_the_evaluation_after_the_colon(lexicon):
    # Before, صعبا went to the article's own voice: the headline has no reporting verb.
    assert evaluations("لافروف: الوضع في ليبيا لا يزال صعبا", lexicon) == [("صعبا", "lavrov", "negative", "headline")]


def test_support_is_positive_and_negated_support_negative(lexicon):
    assert evaluations('وقال لافروف: "نحن نؤيد الحوار بين الأطراف الليبية".', lexicon) == [
        ("نؤيد", "lavrov", "positive", "quote_owner"),
    ]
    # لن تؤيد: a refusal to support is a rejection
    assert evaluations("وأعلنت روسيا أنها لن تؤيد أي قرار جديد بشأن ليبيا.", lexicon) == [
        ("تؤيد", "russia", "negative", "in_statement"),
    ]


def test_readiness_and_aspiration_are_positive(lexicon):
    assert evaluations("وأكد لافروف أن موسكو مستعدة لاستضافة جولة جديدة من المحادثات.", lexicon) == [
        ("مستعدة", "lavrov", "positive", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن بلاده تتطلع إلى عودة الشركات إلى ليبيا.", lexicon) == [
        ("تتطلع", "lavrov", "positive", "in_statement"),
    ]


def test_fear_and_concern_are_negative(lexicon):
    text = "وأعرب نيبينزيا عن القلق من تدفق السلاح إلى ليبيا خشية انهيار الهدنة."
    assert evaluations(text, lexicon) == [
        ("القلق", "nebenzia", "negative", "in_statement"),
        ("خشية", "nebenzia", "negative", "in_statement"),
    ]


def test_denying_knowledge_of_a_charge_is_negative(lexicon):
    assert evaluations("وقال بيسكوف إننا لسنا على علم بوجود عسكريين روس في ليبيا.", lexicon) == [
        ("لسنا على علم", "peskov", "negative", "in_statement"),
    ]


def test_calling_something_unlawful_is_negative_not_a_negated_positive(lexicon):
    # غير قانوني is one cue: غير is part of it, not a negator of something positive
    assert evaluations("ووصف لافروف الحصار البحري بأنه غير قانوني.", lexicon) == [
        ("الحصار", "lavrov", "negative", "in_statement"),
        ("غير قانوني", "lavrov", "negative", "in_statement"),
    ]


def test_the_name_of_a_conflict_is_no_evaluation(lexicon):
    # الأزمة الليبية names the conflict; أزمة alone is still the speaker's word for a crisis
    assert evaluations("وأكد لافروف أن حل الأزمة الليبية يمر عبر الحوار.", lexicon) == []
    assert evaluations("وقال لافروف إن ليبيا تعيش أزمة عميقة.", lexicon) == [("أزمة", "lavrov", "negative", "in_statement")]


def test_military_cooperation_is_a_subject_not_a_stance(lexicon):
    assert evaluations("وقال لافروف إن اتفاقيات التعاون العسكري تحتاج إلى حكومة موحدة.", lexicon) == []


def test_support_in_the_narration_is_no_stance(lexicon):
    # أيدت القرار عشر دول: a vote told by the article, not something anyone says
    assert evaluations("وقد أيدت القرار عشر دول في مجلس الأمن.", lexicon) == []
