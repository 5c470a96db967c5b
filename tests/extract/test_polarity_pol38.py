"""Polarity where the speaker is right, classed over every development set and a fresh tester's
sentences (pol38, eval/README.md): each test is a sentence written for the rule, not taken from an
article."""

from conftest import scored_statements


def test_verbs_of_thanking_wishing_deploring_and_lauding_open_a_statement(lexicon):
    # وشكر، وتمنى، وشجب، وامتدح: a past verb that carries its stance, as رحب and أشاد do, opens a
    # statement of its named subject; as evaluative words only someone's statement owned them
    # «وشكر الدبيبة موسكو على دعمها» → al-Dbeibah, positive
    assert scored_statements("وشكر الدبيبة الحكومة الروسية على مساعدتها في إعادة الإعمار.", lexicon) == [
        ("dbeibah", "positive", "after_verb"),
    ]
    assert scored_statements("وتمنى لافروف أن تنجح جهود المبعوث الأممي.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وشجبت الخارجية الروسية الاعتداء على البعثة الدبلوماسية.", lexicon) == [
        ("russia_mfa", "negative", "after_verb"),
    ]
    assert scored_statements("وامتدحت زاخاروفا موقف الحكومة الليبية.", lexicon) == [
        ("zakharova", "positive", "after_verb"),
    ]


def test_compliance_demanded_of_one_party_is_negative(lexicon):
    # بالإفراج عن، إلى الكشف عن، بتوضيح، بإطلاق سراح: a call on one party to comply, as a call to
    # withdraw (convention 2, language/demands.txt) «طالبت موسكو طرابلس بالإفراج عن مواطنيها»
    assert scored_statements("وطالبت الخارجية الروسية السلطات الليبية بالإفراج عن المواطنين الروس.", lexicon) == [
        ("russia_mfa", "negative", "after_verb"),
    ]
    assert scored_statements("ودعا لافروف حكومة الوحدة إلى الكشف عن مصير الصحفيين المختطفين.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    # جميع after it names who is released, not who is asked: still a demand
    assert scored_statements("وطالبت زاخاروفا سلطات طرابلس بإطلاق سراح جميع المحتجزين الروس.", lexicon) == [
        ("zakharova", "negative", "after_verb"),
    ]
    # only mentioned, it is none
    assert scored_statements("وقال لافروف إن الجانبين بحثا الإفراج عن المحتجزين.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
    # إطلاق alone is a launching (achieving.txt), an aim sought, not a release
    assert scored_statements("ودعا لافروف إلى إطلاق حوار وطني شامل.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]


def test_restraint_asked_of_all_is_calm(lexicon):
    # إلى الامتناع عن: restraint asked of all the parties is calm (convention 2), positive, whatever
    # bad thing is named after it «دعا الأطراف إلى الامتناع عن التصعيد»
    assert scored_statements("ودعا بوتين جميع الأطراف الليبية إلى الامتناع عن أي عمل يهدد الهدنة.", lexicon) == [
        ("putin", "positive", "after_verb"),
    ]
    # asked of one party it is no aim of peace: the interference named decides, negative
    assert scored_statements("وطالبت الخارجية الروسية واشنطن بالامتناع عن التدخل في الشؤون الليبية.", lexicon) == [
        ("russia_mfa", "negative", "after_verb"),
    ]


def test_a_third_partys_welcome_or_feeling_reported_is_no_stance(lexicon):
    # أن الحكومة الجزائرية ترحب، إن العواصم الأوروبية تشعر بخيبة أمل: another's welcome or feeling
    # told by a source is reported, neutral (convention 4), as «إن الدول الغربية قلقة» was
    assert scored_statements("وقالت مصادر دبلوماسية إن الحكومة التونسية ترحب بأي حوار بين الليبيين.", lexicon) == [
        ("مصادر دبلوماسية", "neutral", "unnamed"),
    ]
    assert scored_statements("وقال مصدر أوروبي إن العواصم الغربية تشعر بخيبة أمل من تأجيل الانتخابات.", lexicon) == [
        ("مصدر أوروبي", "neutral", "unnamed"),
    ]
    # a subject a place qualifies behind في, and a negated or comma-parted predicate, too
    assert scored_statements("وقال لافروف إن المعارضة في سوريا تأمل في تغيير سريع للحكومة.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
    assert scored_statements("وأضاف لافروف أن واشنطن، لا ترحب بأي دور روسي في ليبيا.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
    # a bare definite body as the subject of a verb whose subject holds its stance may be the
    # speaker's own: «أكد عضو المجلس أن المجلس يرحب» keeps his welcome
    assert scored_statements("وأكد المتحدث باسم البرلمان أن المجلس يرحب بالاتفاق.", lexicon) == [
        ("المتحدث باسم البرلمان", "positive", "unnamed"),
    ]
    # the speaker's own side keeps its stance
    assert scored_statements("وقال لافروف إن موسكو ترحب بالاتفاق بين الأطراف الليبية.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وقال لافروف إن روسيا تشعر بخيبة أمل من موقف واشنطن.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]


def test_forms_the_lexicon_lacked(lexicon):
    # حل النزاع، حل الصراع: the settlement of the conflict, as the listed «حل الأزمة», asked for
    # or stated (convention 2) «دعت الحكومة إلى حل النزاع سلميا»
    assert scored_statements("وحث الدبيبة روسيا على المساعدة في حل النزاع الليبي.", lexicon) == [
        ("dbeibah", "positive", "after_verb"),
    ]
    # إقصاء، يقصي: exclusion charged «المسودة تقصي المرشحين المستقلين»
    assert scored_statements("وقال المنفي إن القانون الجديد يقصي الأحزاب الصغيرة من المنافسة.", lexicon) == [
        ("menfi", "negative", "after_verb"),
    ]
    # a budget's deficit is a figure, no failure (convention 5): عجزا قدره، عجز الموازنة
    assert scored_statements("وقال وزير المالية الروسي إن الموازنة ستسجل عجزا قدره ثلاثة مليارات دولار.", lexicon) == [
        ("وزير المالية الروسي", "neutral", "unnamed"),
    ]


def test_a_loss_in_production_counted_is_news(lexicon):
    # خسائر في إنتاج النفط بمقدار: a shortfall counted, as a budget's deficit, is bad news told
    # without evaluation (convention 5), neutral; a loss blamed on someone keeps its charge
    assert scored_statements("وقالت المؤسسة الوطنية للنفط إن العاصفة تسببت في خسائر في إنتاج الغاز بمقدار مليون متر مكعب.", lexicon) == [
        ("noc", "neutral", "after_verb"),
    ]


def test_a_few_quoted_words_cut_off_by_dots_are_a_piece(lexicon):
    # وتابع "نحن... ⏎ نرفض …": a quotation cut after a few words by two or three dots goes on in the
    # next sentence, one statement in pieces, each with the polarity of the whole (convention 1)
    assert scored_statements('وتابع لافروف: "نحن... نرفض أي تدخل عسكري في ليبيا".', lexicon) == [
        ("lavrov", "negative", "after_verb"), ("lavrov", "negative", "quote_owner"),
    ]
    # the piece after the dots takes it too
    assert scored_statements('وقال لافروف: "نرفض أي تدخل عسكري أجنبي.. مطلقا".', lexicon) == [
        ("lavrov", "negative", "after_verb"), ("lavrov", "negative", "quote_owner"),
    ]
    # a full clause cut by dots is a sentence of its own, labelled on its own
    assert scored_statements('وقال لافروف: "نتابع عن كثب تطورات الوضع في طرابلس... ونرفض أي تدخل عسكري أجنبي".', lexicon) == [
        ("lavrov", "neutral", "after_verb"), ("lavrov", "negative", "quote_owner"),
    ]


def test_a_demand_behind_b_after_a_long_subject(lexicon):
    # وطالب عضو مجلس النواب فلان الحكومة بتوضيح: the verb of calling seven words or more before the
    # demand, past the speaker's title and name and the one asked, still makes it a call on one
    # party (convention 2); a said clause between ends the reach
    assert scored_statements("وطالب رئيس المجلس الرئاسي الليبي محمد المنفي الحكومة الروسية بسحب قواتها من ليبيا.", lexicon) == [
        ("menfi", "negative", "after_verb"),
    ]
    assert scored_statements("وطالب عضو مجلس النواب الليبي سالم الورفلي وزارة الداخلية بتوضيح أسباب الاعتقال.", lexicon) == [
        ("سالم الورفلي", "negative", "unlisted"),
    ]
    assert scored_statements("وطالب المنفي الحكومة الروسية بأن الاجتماع المقبل سيبحث الإفراج عن المحتجزين.", lexicon) == [
        ("menfi", "neutral", "after_verb"),
    ]
