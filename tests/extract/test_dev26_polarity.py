"""Polarity where the speaker is right, read on dev26 (the twenty-fourth blind set, retired) and
classed with the other development sets (pol34, eval/README.md): each test is a sentence written
for the rule, not taken from an article."""

from conftest import scored_statements


def test_a_monitors_label_is_no_charge(lexicon):
    # منظمة حقوقية، تقرير سري: an unnamed monitor or report tells of mercenaries moved or present,
    # a label and no charge of it (convention 4), neutral
    assert scored_statements("وكشفت منظمة حقوقية أن شركة أمنية نقلت مرتزقة من بنغازي إلى دمشق.", lexicon) == [
        ("منظمة", "neutral", "unlisted"),
    ]
    assert scored_statements("وبحسب تقرير سري للأمم المتحدة، فإن هؤلاء المرتزقة يقاتلون إلى جانب قوات حفتر.", lexicon) == [
        ("تقرير سري للأمم المتحدة", "neutral", "unnamed"),
    ]
    # a word of wrongdoing is the monitor's charge, and a party to the war keeps its charge
    assert scored_statements("وكشفت منظمة حقوقية أن شركة أمنية نقلت مرتزقة من بنغازي في انتهاك لحظر الأسلحة.", lexicon) == [
        ("منظمة", "negative", "unlisted"),
    ]
    assert scored_statements("وقال الدبيبة إن حفتر استعان بمرتزقة من روسيا.", lexicon) == [
        ("dbeibah", "negative", "after_verb"),
    ]


def test_a_named_sides_worry_told_by_sources_with_adjectives(lexicon):
    # مصادر دبلوماسية غربية: an unnamed group with its adjectives takes no side, as «محللون» alone
    # did, so the named actor's worry is another's, reported (convention 4), neutral
    assert scored_statements("وذكرت مصادر دبلوماسية غربية أن الاتحاد الأوروبي قلق من خطط موسكو في المنطقة.", lexicon) == [
        ("مصادر دبلوماسية غربية", "neutral", "unnamed"),
    ]
    # their own worry is theirs
    assert scored_statements("وذكرت مصادر دبلوماسية غربية أنها قلقة من خطط موسكو في المنطقة.", lexicon) == [
        ("مصادر دبلوماسية غربية", "negative", "unnamed"),
    ]


def test_a_call_for_every_party_to_take_part(lexicon):
    # مشاركة جميع، مشاركة كافة: a call for all the parties to take part (in a government, a
    # dialogue) asks for unity, an aim of peace (convention 2), positive
    assert scored_statements("ودعت الخارجية المصرية، الأحد، إلى مشاركة جميع القوى السودانية في تشكيل حكومة انتقالية.",
                             lexicon) == [("egypt_mfa", "positive", "after_verb")]
    # only mentioned, it is none
    assert scored_statements("وقالت الخارجية المصرية إن المؤتمر سيعقد بمشاركة جميع القوى السودانية.", lexicon) == [
        ("egypt_mfa", "neutral", "after_verb"),
    ]


def test_a_harm_wished_not_to_follow(lexicon):
    # ألا تؤدي … إلى إراقة الدماء: a wish that the fighting cause no bloodshed, addressed to no one,
    # is an aim of peace (convention 2, settled in the thirtieth session), positive
    assert scored_statements('وقال بيسكوف: "أهم شيء ألا تؤدي المعارك الجارية هناك إلى إراقة الدماء".', lexicon) == [
        ("peskov", "positive", "after_verb"),
    ]
    assert scored_statements("وقالت زاخاروفا إن المهم أن لا تؤدي الخلافات بين الأطراف إلى صراع دموي.", lexicon) == [
        ("zakharova", "positive", "after_verb"),
    ]
    # what will follow, stated, keeps the warning
    assert scored_statements("وقالت زاخاروفا إن هذه الخطوات لن تؤدي إلا إلى إراقة الدماء.", lexicon) == [
        ("zakharova", "negative", "after_verb"),
    ]


def test_analysts_report_as_an_outlet_does(lexicon):
    # محللون، بعض المراقبين: unnamed analysts and observers report as an outlet does (convention 4,
    # reports by experts), their evaluative words no stance of theirs, neutral
    assert scored_statements("ويقول محللون إن هدف موسكو في المنطقة يكمن في دعم مصالحها الاقتصادية.", lexicon) == [
        ("محللون", "neutral", "unnamed"),
    ]
    assert scored_statements("ويرى بعض المراقبين أن أنقرة تسعى إلى إيجاد موطئ قدم لها في السودان.", lexicon) == [
        ("بعض المراقبين", "neutral", "unnamed"),
    ]
    # a report that contradicts what a party asserts rebuts it (framing.txt), negative
    assert scored_statements("ورأى مراقبون أن القصف يناقض تأكيدات الجيش أنه يسيطر على المدينة.", lexicon) == [
        ("مراقبون", "negative", "unnamed"),
    ]


def test_a_pressing_need_is_endorsed(lexicon):
    # حاجة ملحة، ضرورة مؤكدة: what the speaker calls a pressing need or a sure necessity he asks
    # for, positive (the evaluation is in the phrase, not in a verb of calling)
    assert scored_statements('وقال السفير التركي لدى السودان: "إن إعادة فتح القنصلية في بورتسودان حاجة ملحة".', lexicon) == [
        ("السفير التركي لدى السودان", "positive", "unnamed"),
    ]
    assert scored_statements("وأشار لافروف إلى أن الحوار ليس خيارا بل ضرورة مؤكدة.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    # in the writer's narration it is nobody's stance
    assert scored_statements("وتعد إعادة فتح القنصلية حاجة ملحة للجالية.", lexicon) == []
