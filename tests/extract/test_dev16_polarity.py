"""Polarity groups read from eval/dev16 (articles chosen for evaluative statements), each checked on
sentences written for the test: the speaker of the statement and the polarity it carries."""

from conftest import scored_statements


def statements(text, lexicon, date="2023"):
    return scored_statements(text, lexicon, date=date)


def test_condolences_are_sympathy_not_the_victims_they_name(lexicon):
    # تعازي came second to ضحايا, so a message of condolence read as the speaker's condemnation
    text = "وأعرب الرئيس الروسي فلاديمير بوتين عن تعازيه لأسر ضحايا الفيضانات في ليبيا."
    assert statements(text, lexicon) == [("putin", "positive", "after_verb")]
    text = 'وقال لافروف: "نقدم التعازي والمواساة لذوي الضحايا".'
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    # a condemnation before the condolence keeps the statement negative (convention 9)
    text = "وأدان السفير الروسي الهجوم الإرهابي وقدم التعازي لأسر الضحايا."
    assert [polarity for _, polarity, _ in statements(text, lexicon)] == ["negative"]


def test_denying_participation_or_sending_forces_is_negative(lexicon):
    # convention 3: the words answer the reports of Russian fighters; before, no stance at all
    text = "وقال بيسكوف إن العسكريين الروس لا يشاركون في أي عمليات في ليبيا."
    assert statements(text, lexicon, date="2020") == [("peskov", "negative", "after_verb")]
    text = "وأعلن الكرملين أن الرئيس لم يصدر أي أوامر بإرسال جنود إلى ليبيا."
    assert statements(text, lexicon, date="2020") == [("kremlin", "negative", "after_verb")]
    text = 'وقالت زاخاروفا: "لم نرسل أي قوات إلى ليبيا".'
    assert statements(text, lexicon, date="2020") == [("zakharova", "negative", "after_verb")]


def test_a_situation_growing_more_complicated_is_negative(lexicon):
    text = "وقال نيبينزيا إن المشهد في ليبيا يزداد تعقيدا يوما بعد يوم."
    assert statements(text, lexicon) == [("nebenzia", "negative", "after_verb")]
    text = "وحذر بوغدانوف من التعقيدات التي يسببها التدخل الخارجي."
    assert statements(text, lexicon) == [("bogdanov", "negative", "after_verb")]


def test_a_veto_is_a_rejection(lexicon):
    # heldout5's convention (a threat to veto is negative), which no cue carried: before, neutral
    text = "وألمحت روسيا إلى أنها ستستخدم حق النقض ضد مشروع القرار."
    assert statements(text, lexicon) == [("russia", "negative", "after_verb")]
    text = "وقال نيبينزيا إن بلاده لجأت إلى حق النقض لحماية سيادة ليبيا."
    assert statements(text, lexicon, date="2020")[0][:2] == ("nebenzia", "negative")


def test_a_claim_without_evidence_is_rebutted(lexicon):
    # convention 3: the report is rejected whatever the wording
    text = "وقالت زاخاروفا إن التقرير لا يتضمن أي دليل، وإن اتهاماته بلا أدلة."
    assert statements(text, lexicon) == [("zakharova", "negative", "after_verb")]


def test_the_consent_of_all_parties_is_a_condition_not_an_approval(lexicon):
    # موافقة was the speaker's approval: a requirement of everyone's consent read as support
    text = "وقال لافروف إن أي تدخل في ليبيا يجب أن يستند إلى موافقة جميع القوى الليبية."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    text = "وأوضح لافروف أن الانتخابات يجب أن تجرى بعد توافق القوى السياسية."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    # the speaker's own approval stays positive
    text = "وأعلن لافروف موافقة روسيا على المبادرة."
    assert statements(text, lexicon)[0][:2] == ("lavrov", "positive")


def test_a_call_to_expel_one_party_is_negative(lexicon):
    # convention 2, like سحب: طرد (expel) was no withdrawal word, so the call was neutral
    text = "وحثت واشنطن حلفاءها على طرد مجموعة فاغنر من ليبيا."
    assert statements(text, lexicon) == [("washington", "negative", "after_verb")]


def test_cooperation_in_the_libyan_ministrys_name_is_no_stance(lexicon):
    # وزارة الخارجية والتعاون الدولي is the ministry's full name: its التعاون made every
    # mention of it a positive stance
    text = "وقالت وزارة الخارجية والتعاون الدولي إن الوكيل استقبل وفدا روسيا."
    assert statements(text, lexicon) == [("gnu_mfa", "neutral", "after_verb")]


def test_exploiting_a_resolution_or_a_conflict_is_negative(lexicon):
    # استغل had no cue: the charge that the West used the 2011 resolution for its own ends was neutral
    text = "لكن موسكو تقول إن الغرب استغل غموض قرار مجلس الأمن لقصف ليبيا."
    assert statements(text, lexicon) == [("moscow", "negative", "before_verb")]
    text = "وحذر المسؤول الأمريكي من استغلال الصراع في ليبيا."
    assert [polarity for _, polarity, _ in statements(text, lexicon)] == ["negative"]
    # the noun alone is also the working of a field: no cue
    text = "وقال عون إن الوزارة تسعى إلى استغلال الحقول الجديدة."
    assert [polarity for _, polarity, _ in statements(text, lexicon)] == ["neutral"]


def test_a_possibility_announced_is_no_stance_but_a_possible_participation_is(lexicon):
    # عن إمكانية made any possibility the speaker's support: a release that may come is news
    text = "وكشف الرئيس الشيشاني رمضان قاديروف عن إمكانية الإفراج عن البحارة المحتجزين."
    assert [polarity for _, polarity, _ in statements(text, lexicon, date="2020")] == ["neutral"]
    # readiness to take part stays positive (إمكانية مشاركة, convention 7)
    text = "وعبرت روسيا عن إمكانية مشاركتها في التحالف الدولي."
    assert statements(text, lexicon, date="2015") == [("russia", "positive", "after_verb")]


def test_a_dilemma_is_a_problem_word_like_an_obstacle(lexicon):
    text = "وشدد بوغدانوف على أن المعضلة الرئيسية أمام الليبيين هي توحيد المؤسسات."
    assert statements(text, lexicon) == [("bogdanov", "negative", "after_verb")]
