"""Where the weakest attribution rules (carried, unnamed, before_verb, unlisted) must not fire:
constructions read from the wrong speakers of the development sets, each checked on sentences
written for the test: the speaker (or no statement), the polarity and the rule."""

from conftest import scored_statements


def statements(text, lexicon, date="2020"):
    return scored_statements(text, lexicon, date=date)


def test_a_pluperfect_with_its_own_subject_before_qad_carries_nobody(lexicon):
    # وكانت لجنة الاقتراع قد أعلنت: the committee (nobody listed, no head the finder knows)
    # announced; Lavrov, quoted before, is not carried into its sentence
    text = ("وقال لافروف إن الحوار ضروري. "
            "وكانت لجنة الاقتراع في البلدية، قد أعلنت قبل أيام، إرجاء موعد التصويت.")
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    # with no subject between the auxiliary and قد, the speaker goes on
    text = "وقال لافروف إن الحوار ضروري. وكان قد أكد أن بلاده تدعم الحل."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb"), ("lavrov", "positive", "carried")]


def test_a_later_verb_of_a_pluperfect_narration_carries_nobody(lexicon):
    # وكانت صحيفتان … قد نشرتا تقارير، لكن المنظمة لم تؤكد: the sentence narrates what others
    # did; the president quoted before says nothing in it
    text = ("وأكد بوتين أن موسكو تتطلع إلى التعاون. "
            "وكانت مجلتان فرنسيتان قد نشرتا مقالات عن صفقة السلاح، لكن المنظمة لم تؤكد ذلك.")
    assert statements(text, lexicon) == [("putin", "positive", "after_verb")]


def test_shibh_before_an_adjective_is_quasi_not_likened(lexicon):
    # مجموعة «فاغنر» شبه العسكرية: the paramilitary group, no verb; Wagner makes no statement
    text = "انتقد الرئيس الفرنسي مجموعة «فاغنر» شبه العسكرية بسبب عملياتها في الساحل."
    assert statements(text, lexicon) == [("macron", "negative", "after_verb")]
    text = "وهذه ثاني مرة تنتقد فيها باريس مجموعة «فاغنر» شبه العسكرية علنا."
    assert statements(text, lexicon) == []


def test_shibh_with_a_named_subject_its_title_and_an_object_is_the_verb(lexicon):
    # وشبه بوتين رئيس الوزراء الروسي القرار: the title apposed to the name is passed to the object
    text = "وشبه فلاديمير بوتين رئيس الوزراء الروسي الاتفاق بصفقة خاسرة."
    assert statements(text, lexicon, date="2005") == [("putin", "neutral", "after_verb")]


def test_a_quotation_right_after_a_verb_that_goes_on_is_no_subject(lexicon):
    # وتابع "معلومات متداولة …": the envoy goes on; the quotation's first words are no unnamed group
    text = ('وقال نيبينزيا إن الوضع صعب. '
            'وتابع "معلومات متداولة عن المواطنين الواردة أسماؤهم في الملحق لم تتأكد بعد".')
    assert statements(text, lexicon)[1] == ("nebenzia", "neutral", "carried")
    # a quoted name that closes at once is still the subject
    text = 'وقال نيبينزيا إن الوضع صعب. وأضافت "ميدوزا" أن المقاتلين غادروا.'
    assert statements(text, lexicon)[1] == ("meduza", "neutral", "after_verb")


def test_an_actor_after_a_noun_behind_b_is_its_genitive_not_the_subject(lexicon):
    # وطالب بتدخل الرئيس الروسي: the president is asked to step in; the speaker before goes on
    text = "وقال المشري إن الأزمة تتعمق. وطالب بتدخل الرئيس الروسي فلاديمير بوتين لوقف القتال في الجنوب."
    rows = statements(text, lexicon)
    assert rows[1] == ("mishri", "positive", "carried")
    assert "putin" not in {speaker for speaker, _, _ in rows}


def test_an_actor_after_bism_is_not_the_subject(lexicon):
    # المتحدث باسم القائد العام طالب موسكو: the spokesman asks, not the commander he speaks for;
    # inside the office's statement the spokesman's request is the office's; mediation asked is a
    # call for a settlement, positive (peace_aims.txt, pol47)
    text = "وقال المكتب الإعلامي إن المتحدث الرسمي باسم القائد العام للقوات المسلحة الليبية طالب موسكو بالوساطة."
    assert statements(text, lexicon) == [("المكتب الإعلامي", "positive", "unlisted")]


def test_an_imperfect_verb_right_after_a_noun_carries_nobody(lexicon):
    # عقب أنباء متداولة تفيد بأن: the reports tell; the prime minister quoted before does not
    text = ("وقال الدبيبة إن الحكومة ترفض التدخل. "
            "وجاء الموقف عقب أنباء متداولة على نطاق واسع تفيد بأن شحنات أسلحة وصلت الميناء.")
    assert statements(text, lexicon) == [("dbeibah", "negative", "after_verb")]
    # after a clause opener the verb goes on with the speaker as before
    text = "وقال الدبيبة إن الحكومة ترفض التدخل. كما يؤكد أن الحوار هو الحل."
    assert statements(text, lexicon)[1] == ("dbeibah", "neutral", "carried")


def test_an_imperfect_verb_that_opens_the_sentence_carries_nobody(lexicon):
    # تشير لقطات حديثة إلى أن: the pictures show, not the reports named in the sentence before
    text = ("وقال مسؤولون إن القوات تتوسع في الجنوب. "
            "تشير لقطات حديثة إلى أن مخازن جديدة شيدت قرب القاعدة.")
    assert statements(text, lexicon) == [("مسؤولون", "neutral", "unnamed")]
    # with و the verb that goes on keeps the speaker
    text = "وقال لافروف إن الحوار ضروري. ويضيف أن الحل سياسي."
    assert statements(text, lexicon)[1] == ("lavrov", "neutral", "carried")


def test_a_body_nobody_listed_after_a_verb_of_calling_is_called_on(lexicon):
    # ودعت الهيئة إلى إجراء انتخابات: Russia calls on the body, which says nothing
    text = "رحبت روسيا الأحد بتشكيل الهيئة الجديدة، ودعت الهيئة إلى إجراء انتخابات سريعة."
    assert statements(text, lexicon) == [("russia", "positive", "after_verb")]
