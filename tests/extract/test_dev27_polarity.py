"""Polarity where the speaker is right, read on dev27 (the twenty-fifth blind set, retired) and on
the negated denials a fresh tester found (qa33, classes G and E), classed with the other development
sets (pol36, eval/README.md): each test is a sentence written for the rule, not taken from an
article."""

from conftest import scored_statements


def test_a_denial_the_speaker_negates_denies_nothing(lexicon):
    # إنه لا ينفي، إننا لا ننفي، لم ينفي: the speaker does not deny, which is no rejection (and no
    # praise either): neutral, what follows decides
    assert scored_statements("وقال بيسكوف إنه لا ينفي حصول لقاءات مع الوفد الليبي في موسكو.", lexicon) == [
        ("peskov", "neutral", "after_verb"),
    ]
    assert scored_statements("وقالت زاخاروفا إننا لا ننفي حصول لقاءات مع الوفد الليبي.", lexicon) == [
        ("zakharova", "neutral", "after_verb"),
    ]
    assert scored_statements("ولم ينفي بيسكوف حصول لقاءات مع الوفد الليبي في موسكو.", lexicon) == [
        ("peskov", "neutral", "after_verb"),
    ]
    # what he does not deny keeps its own stance
    assert scored_statements("وقال بيسكوف إنه لا ينفي قلق موسكو من التصعيد في طرابلس.", lexicon) == [
        ("peskov", "negative", "after_verb"),
    ]


def test_a_denial_negated_of_another_stays_a_charge(lexicon):
    # ولا ينفيها أحد، إن واشنطن لا تنفي: nobody, or the other side, denies it: the charge is affirmed
    assert scored_statements("وقال لافروف إن هناك أنباء ولا ينفيها أحد عن ضربات على المدن.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    assert scored_statements("وقالت زاخاروفا إن واشنطن لا تنفي تسليح الفصائل في الغرب الليبي.", lexicon) == [
        ("zakharova", "negative", "after_verb"),
    ]


def test_refusing_to_confirm_or_deny_is_neither(lexicon):
    # رفض تأكيد أو نفي: the speaker neither confirms nor denies, no rejection
    assert scored_statements("ورفضت زاخاروفا تأكيد أو نفي الأنباء عن زيارة وفد عسكري إلى بنغازي.", lexicon) == [
        ("zakharova", "neutral", "after_verb"),
    ]
    # a refusal of anything else stays a rejection
    assert scored_statements("ورفضت زاخاروفا الاتهامات الأمريكية بشأن بنغازي.", lexicon) == [
        ("zakharova", "negative", "after_verb"),
    ]


def test_neither_confirming_nor_denying_is_neither(lexicon):
    # ولم يؤكد … أو ينفِ: the two verbs negated together, with the subject between them or after
    # both, deny nothing (found as a cue since «ينفِ» is a cue form: it read as a denial)
    assert scored_statements("ولم يؤكد بيسكوف أو ينفِ حصول لقاءات مع الوفد الليبي في موسكو.", lexicon) == [
        ("peskov", "neutral", "after_verb"),
    ]
    assert scored_statements("ولم تؤكد زاخاروفا أو تنفِ وجود خبراء روس في ليبيا.", lexicon) == [
        ("zakharova", "neutral", "after_verb"),
    ]
    assert scored_statements("وقال بيسكوف إن الكرملين يتابع التقارير، ولم يؤكد أو ينفِ حصول لقاءات مع الوفد الليبي.",
                             lexicon) == [("peskov", "neutral", "after_verb")]
    # a denial alone stays one
    assert scored_statements("ونفت زاخاروفا وجود خبراء روس في ليبيا.", lexicon) == [("zakharova", "negative", "after_verb")]


def test_not_ruling_out_rules_nothing_out(lexicon):
    # لم يستبعد، لا نستبعد: the speaker holds a prospect possible, no rejection: neutral
    assert scored_statements("ولم يستبعد الدبيبة أن تستأنف الشركات الإيطالية أعمالها في الحقول الجنوبية.", lexicon,
                             date="2022") == [("dbeibah", "neutral", "after_verb")]
    assert scored_statements("وقال لافروف إننا لا نستبعد عقد لقاء ثان مع الوفد الليبي.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
    # a prospect evaluated keeps its stance: an intervention not ruled out is a warning
    assert scored_statements("ولم يستبعد لافروف تدخلا عسكريا أجنبيا في ليبيا.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]


def test_harm_and_burden_in_the_future_and_slowness(lexicon):
    # سيضر: the future of a doubled verb is no regular person (يضر gets none), so it is listed;
    # يثقل كاهل (weighs on), ببطء شديد (far too slowly): a complaint, negative
    assert scored_statements("وقال المحلل المالي إن تأخير الرواتب سيضر بالموظفين في الجنوب.", lexicon) == [
        ("المحلل المالي", "negative", "unnamed"),
    ]
    assert scored_statements("واعتبر النائب أن الرسوم الجمركية الجديدة ستثقل كاهل صغار التجار.", lexicon) == [
        ("النائب", "negative", "unnamed"),
    ]
    assert scored_statements("وقال رئيس البلدية إن صيانة شبكة المياه تسير ببطء شديد.", lexicon) == [
        ("رئيس البلدية", "negative", "unnamed"),
    ]


def test_the_pressing_need_with_its_article(lexicon):
    # على الحاجة الملحة لـ: the definite form of حاجة ملحة (pol34), what the speaker asks for, positive
    assert scored_statements("وشدد بوغدانوف على الحاجة الملحة لتوحيد المؤسسة العسكرية.", lexicon) == [
        ("bogdanov", "positive", "after_verb"),
    ]
    # in the writer's narration it is nobody's
    assert scored_statements("وتبرز الحاجة الماسة إلى توحيد المؤسسة العسكرية.", lexicon) == []


def test_a_country_turned_into_an_arena(lexicon):
    # ساحة مواجهة، ساحة صراع، ساحة معركة، ساحة لتصفية: a country made an arena of others' conflict,
    # a charge or a refusal, negative
    assert scored_statements("وقال الوزير إن قوى خارجية تعمل على تحويل السودان إلى ساحة صراع مع جيرانه.", lexicon) == [
        ("الوزير", "negative", "unnamed"),
    ]
    assert scored_statements("وأضاف زايتسيف أن أطرافا غربية جعلت مالي ساحة للمواجهة مع موسكو.", lexicon) == [
        ("زايتسيف", "negative", "unlisted"),
    ]
    # an arena refused, negated, is still against it (arenas.txt)
    assert scored_statements("وقال الدبيبة إن السودان لن يكون ساحة صراع بين القوى الكبرى.", lexicon, date="2023") == [
        ("dbeibah", "negative", "after_verb"),
    ]
    # the battlefield itself, with its article, is a place
    assert scored_statements("وقال لافروف إن الوفد زار ساحة المعركة القديمة في العلمين.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]


def test_launching_a_dialogue_is_an_aim_sought(lexicon):
    # لإطلاق حوار: launching a dialogue or talks is an aim of peace the speaker states, as لتحقيق
    # مصالحة (achieving.txt), positive (convention 2)
    assert scored_statements("وقالت المبعوثة الأممية إن البعثة تستعد لإطلاق حوار سياسي بين الأطراف الليبية.",
                             lexicon) == [("المبعوثة الأممية", "positive", "unnamed")]
    # releasing prisoners and gunfire are no aim of peace
    assert scored_statements("وقالت المبعوثة الأممية إن البعثة تعمل لإطلاق سراح المحتجزين.", lexicon) == [
        ("المبعوثة الأممية", "neutral", "unnamed"),
    ]


def test_abandoning_a_good_with_words_between(lexicon):
    # انسحبت واشنطن عمليا منذ سنوات من تسوية الأزمة: the verb of abandoning (stopping.txt: انسحبت
    # من) with its subject and adverbs before its preposition still turns the good it leaves against
    # it, a reproach, negative
    assert scored_statements("وقالت زاخاروفا إن واشنطن انسحبت عمليا منذ سنوات من تسوية الأزمة في سوريا.", lexicon) == [
        ("zakharova", "negative", "after_verb"),
    ]
    # what is not abandoned keeps its support
    assert scored_statements("وقالت زاخاروفا إن موسكو لم تنسحب يوما من تسوية الأزمة في سوريا.", lexicon) == [
        ("zakharova", "positive", "after_verb"),
    ]
