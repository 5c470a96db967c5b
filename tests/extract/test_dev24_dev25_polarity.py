"""Polarity where the speaker is right, read on the two blind sets retired into dev24 and dev25
(pol32, eval/README.md): each test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements
def test_a_call_to_end_the_fighting_named_by_what_is_fought(lexicon):
    # وقف العمليات، وقف المعارك: a ceasefire asked of the parties (convention 2), positive; the
    # chaos the call would prevent comes after and does not decide (convention 9)
    assert scored_statements(
        "دعت وزارة الخارجية الروسية جميع الأطراف في السودان إلى وقف العمليات القتالية والحيلولة دون انزلاق البلاد نحو الفوضى.",
        lexicon,
    ) == [("russia_mfa", "positive", "after_verb")]
    assert scored_statements("دعا لافروف الطرفين إلى وقف المعارك حول المدينة.", lexicon) == [("lavrov", "positive", "after_verb")]
def test_a_plan_endorsed_as_a_basis(lexicon):
    # يشكل أساسا للحوار، يصلح أساسا: the speaker endorses a plan as the ground of talks, positive
    assert scored_statements("وقال لافروف إن إعلان الجزائر يمكن أن يشكل أساسا للحوار بين الأطراف اليمنية.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وقال بوغدانوف إن الاتفاق يصلح أساسا لاستئناف المفاوضات.", lexicon) == [
        ("bogdanov", "positive", "after_verb"),
    ]
    # the writer's own words are nobody's stance (held quoted); a starting point told is no praise
    assert scored_statements("ويشكل النفط أساسا لاقتصاد البلاد منذ عقود.", lexicon) == []
    assert scored_statements("وذكر لافروف أن لقاء مارس كان نقطة الانطلاق لهذه العلاقات.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]


def test_an_evaluative_verb_in_the_future(lexicon):
    # سنحترم، سيدعم، سنرحب: the future's س on a listed verb's persons (نحترم، يدعم، يرحب)
    assert scored_statements('وقال الوزير الليبي فرج بومطاري: "سنحترم الاتفاقات الموقعة مع الشركات الروسية".', lexicon) == [
        ("فرج بومطاري", "positive", "unlisted"),
    ]
    assert scored_statements("وقال لافروف إن الكرملين سيدعم أي اتفاق ليبي ليبي.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements('وقال بيسكوف: "سندين أي هجوم على المدنيين".', lexicon) == [("peskov", "negative", "after_verb")]
def test_the_first_person_plural_of_doubled_and_hollow_verbs(lexicon):
    # أدنّا، أيدنا، أشدنا: أدان، أيد، أشاد with نا (the regular persons add it to no listed form)
    assert scored_statements('وقال لافروف: "أدنّا هذا الهجوم بشدة".', lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements('وقال لافروف: "أيدنا قرار مجلس الأمن".', lexicon) == [("lavrov", "positive", "after_verb")]
    assert scored_statements('وقال لافروف: "أشدنا بجهود المبعوث".', lexicon) == [("lavrov", "positive", "after_verb")]
    # أدناه (below) is no condemnation
    assert scored_statements("وقال البيان الموقع أدناه إن الاجتماع سيعقد غدا.", lexicon) == [("البيان الموقع", "neutral", "unnamed")]


def test_relations_at_their_best(lexicon):
    # في أفضل حالاتها: praise of the relations (يخدم مصالحها left out: mostly self-serving, reported)
    assert scored_statements("وقال السفير الروسي إن العلاقات بين البلدين في أفضل حالاتها.", lexicon) == [
        ("السفير الروسي", "positive", "unnamed"),
    ]


def test_open_doors_worth_attention_and_charges_of_playing_with_fire(lexicon):
    # أبوابها مفتوحة، جديرة بالاهتمام: a welcome and an endorsement, positive
    assert scored_statements("وقال الدبيبة إن ليبيا تفتح أبوابها أمام الاستثمارات الروسية.", lexicon) == [
        ("dbeibah", "positive", "after_verb"),
    ]
    assert scored_statements("وقال لافروف إن المبادرة المصرية جديرة بالاهتمام.", lexicon) == [("lavrov", "positive", "after_verb")]
    # يلعب بالنار، تطمع، تصفية الحسابات، متناقض: charges, negative
    assert scored_statements("وقال لافروف إن الغرب يلعب بالنار في ليبيا.", lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements("وقال الدبيبة إن بعض الدول تطمع في ثروات ليبيا.", lexicon) == [("dbeibah", "negative", "after_verb")]
    assert scored_statements("وقال الدبيبة إن ليبيا ليست ساحة لتصفية الحسابات.", lexicon) == [("dbeibah", "negative", "after_verb")]
    assert scored_statements("وقال المشري إن الموقف الروسي متناقض.", lexicon) == [("mishri", "negative", "after_verb")]
    # the narration's own words stay no one's (held quoted)
    assert scored_statements("وتفتح المدارس أبوابها الأسبوع المقبل.", lexicon) == []
