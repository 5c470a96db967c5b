"""Polarity groups read from eval/dev18 (articles chosen for evaluative statements, from outlets the
rules were not read from) and the older development sets, each checked on sentences written for
the test: the speaker of the statement, the polarity it carries and the attribution rule."""

from conftest import scored_statements


def statements(text, lexicon, date="2020"):
    return scored_statements(text, lexicon, date=date)


def test_an_abstention_a_speaker_explains_is_a_reservation(lexicon):
    # dev11 and dev18 (two outlets): a speaker who explains his state's abstention states a
    # reservation about the draft; before, the readiness of the parties he doubts made it positive
    text = ("وقال نيبينزيا إن موسكو امتنعت عن التصويت على المشروع لأنه ليس من الواضح "
            "ما إذا كانت الأطراف مستعدة لتنفيذه.")
    assert statements(text, lexicon) == [("nebenzia", "negative", "after_verb")]
    text = 'ونقلت وكالة تاس عن نيبينزيا قوله: "امتنعنا عن التصويت لأن النص غير متوازن".'
    assert statements(text, lexicon)[0][:2] == ("nebenzia", "negative")
    # the abstention told in the narration is nobody's statement (dev2, dev3, dev10)
    text = "وامتنعت روسيا عن التصويت على القرار في مجلس الأمن."
    assert statements(text, lexicon) == []


def test_a_third_partys_support_in_a_relative_clause_inside_a_quotation_describes(lexicon):
    # dev15: the rule that a third party's verb with the antecedent as its object (التي تدعمها
    # تركيا) describes the antecedent held outside quotation marks only; inside, it was the quoted
    # speaker's support
    text = 'وقال لافروف: "حفتر يقاتل القوات المنافسة التي تدعمها تركيا في طرابلس".'
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    text = "وقال لافروف إن حفتر يقاتل القوات المنافسة التي تدعمها تركيا في طرابلس."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    # the speaker's own support in the quotation stays his
    text = 'وقال لافروف: "روسيا تدعم الحوار بين الليبيين".'
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]


def test_another_sides_concern_or_support_named_after_the_noun_is_reported(lexicon):
    # convention 4 (a third party's feelings or wishes, reported, are neutral), for a noun whose
    # genitive or nisba names who holds it: dev14's expert on Haftar's backers
    text = "وقال لافروف إن الاتفاق أثار مخاوف واشنطن."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    text = "وقال نيبينزيا إن حفتر يحظى بدعم مصر."
    assert statements(text, lexicon) == [("nebenzia", "neutral", "after_verb")]
    text = "وقال لافروف إن الموقف تغير بسبب الدعم التركي لحكومة طرابلس."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    text = "وقال حفتر إن المعارك استمرت بسبب دعم تركيا لحكومة الوفاق."
    assert statements(text, lexicon) == [("haftar_khalifa", "neutral", "after_verb")]
    # a bare genitive after support is as often the one supported: it is not read
    text = "وقال حفتر إن الجيش يحتاج إلى دعم تركيا."
    assert statements(text, lexicon) == [("haftar_khalifa", "positive", "after_verb")]
    # the speaker's own side keeps its support
    text = "وأكد لافروف دعم روسيا للحل السياسي في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    text = "وأكد نيبينزيا الدعم الروسي للحوار الليبي."
    assert statements(text, lexicon) == [("nebenzia", "positive", "after_verb")]


def test_a_stated_aim_of_ending_the_crisis_is_positive(lexicon):
    # convention 2 (a declared aim of a solution is positive): ending or settling the crisis was
    # silenced only to keep «الأزمة» from reading as a complaint, so a warning after the aim decided
    # (dev18, two outlets)
    text = "وأضاف لافروف أن روسيا ستواصل جهودها لإنهاء الأزمة وإلا فإن الشعب الليبي سيعاني الكثير."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    text = "وقال بوغدانوف إن موسكو تعمل من أجل حل الأزمة في ليبيا."
    assert statements(text, lexicon) == [("bogdanov", "positive", "after_verb")]
    # the narration is nobody's
    assert statements("وبحث الجانبان سبل حل الأزمة في ليبيا.", lexicon) == []


def test_common_judgements_of_a_step_or_a_draft(lexicon):
    # words of judgement written for outlets' common phrasing, none listed before: a step that
    # contradicts the law or exceeds a mandate (dev15), a reservation, failure, a real chance, and
    # notable progress
    cases = [
        ("وقالت زاخاروفا إن هذه الخطوة تتعارض مع القانون الدولي.", "zakharova", "negative"),
        ("وقال لافروف إن ضربات التحالف تتجاوز تفويض مجلس الأمن.", "lavrov", "negative"),
        ("وأبدى لافروف تحفظه على مشروع القرار البريطاني.", "lavrov", "negative"),
        ("وقال نيبينزيا إن العقوبات لم تحقق أهدافها.", "nebenzia", "negative"),
        ("واعتبر لافروف أن الاتفاق يمثل فرصة حقيقية للسلام.", "lavrov", "positive"),
        ("وقال بوغدانوف إن العلاقات مع ليبيا تشهد تطورا ملحوظا.", "bogdanov", "positive"),
        ("وقال نيبينزيا إن بعض الدول الغربية تسعى إلى تقسيم ليبيا.", "nebenzia", "negative"),
        ("وقال لافروف إن العملية العسكرية لن تؤدي إلا إلى مزيد من الدماء.", "lavrov", "negative"),
        ("وقال لافروف إن روسيا تحترم خيار الشعب الليبي.", "lavrov", "positive"),
        ("وقال لافروف إن بلاده تقدر موقف ليبيا من الأزمة الأوكرانية.", "lavrov", "positive"),
        # respect denied is a charge
        ("وقال لافروف إن الغرب لا يحترم سيادة ليبيا.", "lavrov", "negative"),
    ]
    for text, speaker, polarity in cases:
        assert statements(text, lexicon) == [(speaker, polarity, "after_verb")], text
    # in the narration they are nobody's stance
    assert statements("وشهدت العلاقات بين البلدين تطورا ملحوظا.", lexicon) == []
