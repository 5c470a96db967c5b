"""Polarity of what is said (issue #9): the evaluative vocabulary of cues.csv and where it counts."""

import pytest

from analysis.extract.pipeline import analyze

from conftest import scored_statements, snippet


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
    assert evaluations('وقال لافروف: "نحن نؤيد وقف القتال فورا".', lexicon) == [
        ("نؤيد", "lavrov", "positive", "quote_owner"),
    ]
    # لن تؤيد: a refusal to support is a rejection
    assert evaluations("وأعلنت روسيا أنها لن تؤيد أي قرار جديد بشأن ليبيا.", lexicon) == [
        ("تؤيد", "russia", "negative", "in_statement"),
    ]


def test_agreeing_is_positive_and_a_refusal_to_agree_negative(lexicon):
    # وافق had no cue: لم نوافق على… was no stance at all; the negator before it flips it
    assert evaluations('وقال لافروف: "لم نوافق على إرسال قوات إلى ليبيا".', lexicon) == [
        ("نوافق", "lavrov", "negative", "quote_owner"),
    ]
    # in the narration the state that does not agree takes the stance (holder subject)
    assert evaluations("لم توافق روسيا على الخطة الأمريكية.", lexicon) == [("توافق", "russia", "negative", "after_verb")]
    assert evaluations("ووافقت روسيا على القرار الجديد.", lexicon) == [("ووافقت", "russia", "positive", "after_verb")]
    # inside a statement it is the speaker's
    assert evaluations("وقال لافروف إن روسيا لم توافق على الخطة الأمريكية.", lexicon) == [
        ("توافق", "lavrov", "negative", "in_statement"),
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
    assert evaluations("وأكد لافروف أن الأزمة الليبية دخلت مرحلة جديدة.", lexicon) == []
    # its solution is a stated aim (polarity convention 2), not a complaint about the crisis
    assert evaluations("وأكد لافروف أن حل الأزمة الليبية يمر عبر المفاوضات.", lexicon) == [
        ("حل الأزمة", "lavrov", "positive", "in_statement")]
    assert evaluations("وقال لافروف إن ليبيا تعيش أزمة عميقة.", lexicon) == [("أزمة", "lavrov", "negative", "in_statement")]


def test_military_cooperation_is_a_subject_not_a_stance(lexicon):
    assert evaluations("وقال لافروف إن اتفاقيات التعاون العسكري تحتاج إلى حكومة موحدة.", lexicon) == []


def test_support_in_the_narration_is_no_stance(lexicon):
    # أيدت القرار عشر دول: a vote told by the article, not something anyone says
    assert evaluations("وقد أيدت القرار عشر دول في مجلس الأمن.", lexicon) == []


def test_a_negation_reaches_across_a_modal(lexicon):
    # لا يمكن أن تدعم: the negator stands three words before the cue, with only يمكن and أن between
    assert evaluations("وأكد لافروف أن روسيا لا يمكن أن تدعم قرارا يوسع الحرب.", lexicon) == [
        ("تدعم", "lavrov", "negative", "in_statement"),
    ]
    # ...but not across an ordinary word: لا أحد ينكر أهمية — the negation is of أحد, not of أهمية
    assert evaluations("وقال لافروف إنه لا أحد ينكر أهمية التعاون.", lexicon) == [
        ("أهمية", "lavrov", "positive", "in_statement"), ("التعاون", "lavrov", "positive", "in_statement"),
    ]


def test_achieving_stability_is_what_a_speaker_hopes_for(lexicon):
    text = "وشدد نيبينزيا على أن بلاده تسعى إلى تحقيق الاستقرار في ليبيا."
    assert evaluations(text, lexicon) == [("تحقيق الاستقرار", "nebenzia", "positive", "in_statement")]
    # عدم تحقيق الاستقرار: failing to achieve it is deplored
    assert evaluations("وقال لافروف إن عدم تحقيق الاستقرار يضر بالجميع.", lexicon) == [
        ("تحقيق الاستقرار", "lavrov", "negative", "in_statement"),
        ("يضر", "lavrov", "negative", "in_statement"),  # a cue since the tenth session
    ]


def test_ruling_out_is_a_rejection(lexicon):
    frame = analyze([snippet("واستبعد لافروف إرسال قوات روسية إلى ليبيا.")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity) for row in frame.itertuples()] == [("واستبعد", "lavrov", "negative")]


def test_illegal_migration_is_a_subject_not_a_stance(lexicon):
    # الهجرة غير الشرعية names a subject; غير شرعي alone is a judgement, and only in a statement
    assert evaluations("وتواجه ليبيا موجات من الهجرة غير الشرعية.", lexicon) == []
    assert evaluations("وقال لافروف إن الهجرة غير الشرعية تتزايد.", lexicon) == []
    assert evaluations("وقال لافروف إن الحكومة الموازية غير شرعية.", lexicon) == [
        ("غير شرعية", "lavrov", "negative", "in_statement"),
    ]


def test_commitment_and_reconciliation_are_positive_fuelling_a_conflict_negative(lexicon):
    assert evaluations("وقال لافروف إن موسكو ملتزمة بدعم المصالحة الوطنية.", lexicon) == [
        ("ملتزمة", "lavrov", "positive", "in_statement"),
        ("بدعم", "lavrov", "positive", "in_statement"),
        ("المصالحة", "lavrov", "positive", "in_statement"),
    ]
    assert evaluations("وأكد نيبينزيا أن تدفق السلاح يؤجج الصراع، وأن الفوضى تهدد المنطقة.", lexicon) == [
        ("يؤجج", "nebenzia", "negative", "in_statement"), ("الفوضى", "nebenzia", "negative", "in_statement"),
        ("تهدد", "nebenzia", "negative", "in_statement"),
    ]


def test_calling_reports_baseless_or_fake_is_negative(lexicon):
    text = "وقالت زاخاروفا إن هذه الاتهامات لا أساس لها وإن الأخبار المزيفة تسيء إلى العلاقات."
    assert evaluations(text, lexicon) == [
        ("الاتهامات", "zakharova", "negative", "in_statement"), ("لا أساس", "zakharova", "negative", "in_statement"),
        ("المزيفة", "zakharova", "negative", "in_statement"),
        ("تسيء", "zakharova", "negative", "in_statement"),  # harming relations, a cue since vocab22
    ]


def test_keeping_up_contacts_with_all_parties_is_neutral(lexicon):
    # polarity conventions, rule 8 (written after this test first said positive): contacts or
    # dialogue kept with all parties take no side
    assert evaluations('وقال نيبينزيا: "ونحن نحافظ على اتصالاتنا مع جميع الأطراف".', lexicon) == []


def test_a_cue_is_not_found_in_a_word_it_spells_with_a_suffix(lexicon):
    # أيد (supported) with the suffix ي would spell أيدي (hands): only the forms أيدت، يؤيد … are cues
    assert evaluations("وقال لافروف إن مستقبل ليبيا بأيدي الليبيين أنفسهم.", lexicon) == []


def test_explosive_devices_are_a_charge_not_a_regret(lexicon):
    # ناسفة (explosive) would read as نأسف (we regret) + a suffix: the phrase is the cue, and a
    # statement that speaks of mines and explosive devices is an accusation or a warning
    text = "وقالت القيادة الأمريكية في أفريقيا إن مجموعة فاغنر زرعت ألغاما وعبوات ناسفة قرب طرابلس."
    assert evaluations(text, lexicon) == [
        ("ألغاما", "africom", "negative", "in_statement"), ("وعبوات ناسفة", "africom", "negative", "in_statement"),
    ]


def spans(text, lexicon):
    """The evaluative rows with where they stand: (cue, speaker, polarity, start, end)."""
    frame = analyze([snippet(text)], lexicon).stances
    return [
        (row.cue, row.speaker_id, row.polarity, row.start, row.end)
        for row in frame.itertuples() if row.cue_type == "evaluative"
    ]


def test_opposing_and_violating_are_negative(lexicon):
    # تعارض speaks for its own subject, as يرفض does; تنتهك is a charge inside a statement
    assert spans("وتعارض روسيا أي تدخل عسكري أجنبي في ليبيا.", lexicon) == [("وتعارض", "russia", "negative", 0, 6)]
    text = "وقال نيبينزيا إن هذه الشحنات تنتهك حظر السلاح المفروض على ليبيا."
    assert spans(text, lexicon) == [("تنتهك", "nebenzia", "negative", 29, 34)]


def test_calling_reports_untrue_or_unrelated_to_reality_is_a_denial(lexicon):
    text = "وقالت زاخاروفا إن هذه التقارير غير صحيحة ولا علاقة لها بالواقع."
    assert spans(text, lexicon) == [
        ("غير صحيحة", "zakharova", "negative", 31, 40), ("ولا علاقة", "zakharova", "negative", 41, 50),
    ]


def test_warning_of_consequences_is_negative(lexicon):
    text = "وحذر لافروف من عواقب لا تحمد عقباها إذا استمر القتال."
    assert spans(text, lexicon) == [
        ("عواقب", "lavrov", "negative", 15, 20), ("لا تحمد عقباها", "lavrov", "negative", 21, 35),
    ]


def test_praise_and_pleasure_are_positive_and_negated_pleasure_negative(lexicon):
    assert spans("وأثنى الدبيبة على دور روسيا في ليبيا.", lexicon) == [("وأثنى", "dbeibah", "positive", 0, 5)]
    assert spans('وقال لافروف: "يسرنا أن نرى تقدما في الحوار بين الليبيين".', lexicon) == [
        ("يسرنا", "lavrov", "positive", 14, 19),
    ]
    # لا يسرنا: what does not please the speaker displeases him
    assert spans('وقال لافروف: "لا يسرنا ما يجري في ليبيا".', lexicon) == [("يسرنا", "lavrov", "negative", 17, 22)]


def test_future_support_and_refusing_dictates(lexicon):
    # ستدعم: the future prefix س is not a proclitic the matcher strips, so the form is listed
    text = "وأكد بوغدانوف أن موسكو ستدعم أي اتفاق يتوصل إليه الليبيون."
    assert spans(text, lexicon) == [("ستدعم", "bogdanov", "positive", 23, 28)]
    assert spans('وقالت زاخاروفا: "لن نقبل أي إملاءات من الخارج".', lexicon) == [
        ("لن نقبل", "zakharova", "negative", 17, 24), ("إملاءات", "zakharova", "negative", 28, 35),
    ]


def test_instability_in_the_narration_is_no_stance(lexicon):
    # عدم الاستقرار is a judgement in a statement only (holder quoted); a surname that spells
    # شكر with a suffix (شكري) is not thanks
    assert spans("وشهدت البلاد حالة من عدم الاستقرار منذ سنوات.", lexicon) == []
    assert spans("وقال وزير الخارجية المصري سامح شكري إن القاهرة تتابع الوضع.", lexicon) == []


def test_disclaiming_an_intention_is_a_denial(lexicon):
    # لا تنوي، ليست لدينا نية: the answer to a charge or a request, a denial or a refusal
    text = "وقال بوغدانوف إن روسيا لا تنوي إرسال قوات إلى ليبيا."
    assert spans(text, lexicon) == [("لا تنوي", "bogdanov", "negative", 23, 30)]
    text = 'وقال لافروف: "ليست لدينا نية لإقامة قاعدة عسكرية في ليبيا".'
    assert spans(text, lexicon) == [("ليست لدينا نية", "lavrov", "negative", 14, 28)]


def test_a_pivotal_role_is_praise(lexicon):
    text = "وأكد الدبيبة أن لروسيا دورا محوريا في دعم الاستقرار."
    assert spans(text, lexicon) == [("محوريا", "dbeibah", "positive", 28, 34), ("دعم", "dbeibah", "positive", 38, 41)]


def test_a_negation_reaches_across_a_light_verb_and_any(lexicon):
    # لم يبد أي استعداد: readiness denied is a reproach; the cooperation after it is still hoped for
    text = "وقال لافروف إن الغرب لم يبد أي استعداد للتعاون مع موسكو."
    assert spans(text, lexicon) == [("استعداد", "lavrov", "negative", 31, 38), ("للتعاون", "lavrov", "positive", 39, 46)]
    # لا نرى أي خطر: a danger denied reassures
    assert spans('وقال بيسكوف: "لا نرى أي خطر في هذه الزيارة".', lexicon) == [("خطر", "peskov", "positive", 24, 27)]


def test_disappointment_and_encouragement(lexicon):
    text = "وقالت زاخاروفا إن نتائج الاجتماع كانت مخيبة للآمال وإن الوضع الأمني سيئ."
    assert spans(text, lexicon) == [("مخيبة للآمال", "zakharova", "negative", 38, 50), ("سيئ", "zakharova", "negative", 68, 71)]
    text = "وقال بوغدانوف إن المحادثات حققت تقدما ملموسا وإن المؤشرات مشجعة."
    assert spans(text, lexicon) == [("تقدما ملموسا", "bogdanov", "positive", 32, 44), ("مشجعة", "bogdanov", "positive", 58, 63)]


def test_a_presence_denied_is_a_denial(lexicon):
    # لا توجد أي قوات: the answer to a charge; أي between does not make it a negated positive
    assert spans("وقال بيسكوف إنه لا توجد أي قوات روسية في ليبيا.", lexicon) == [("لا توجد", "peskov", "negative", 16, 23)]


def test_no_alternative_to_a_settlement_is_advocacy_before_the_hostilities_it_ends(lexicon):
    # The first evaluative row decides a statement: the settlement argued for (لا بديل) comes before
    # the hostilities it would end. A settlement or a political solution named alone evaluates
    # nothing (الحل السياسي تعثر is no praise): it is a topic term, not a cue.
    text = "وأكدت زاخاروفا أنه لا بديل عن تسوية سياسية تنهي الأعمال العدائية."
    assert spans(text, lexicon) == [
        ("لا بديل", "zakharova", "positive", 19, 26), ("العدائية", "zakharova", "negative", 56, 64),
    ]


def test_a_warning_in_the_first_person_a_bloodbath_a_civil_war_lost_legitimacy(lexicon):
    assert spans('وقال لافروف: "نحذر من حمام دم جديد في طرابلس".', lexicon) == [
        ("نحذر", "lavrov", "negative", 14, 18), ("حمام دم", "lavrov", "negative", 22, 29),
    ]
    assert spans("وقال لافروف إن الغارات تعد تدخلا في حرب أهلية.", lexicon) == [
        ("تدخلا", "lavrov", "negative", 27, 32), ("حرب أهلية", "lavrov", "negative", 36, 45),
    ]
    # فقد شرعيته: the phrase in ة found with its pronoun
    assert spans("وقال لافروف إن النظام السابق فقد شرعيته.", lexicon) == [("فقد شرعيته", "lavrov", "negative", 29, 39)]


def test_answering_with_a_denial_belongs_to_who_answers(lexicon):
    # ورد (replied) is Peskov's statement, and the denial in it is his
    assert evaluations("ورد بيسكوف بالنفي على سؤال عن الاتفاق.", lexicon) == [("بالنفي", "peskov", "negative", "in_statement")]


def test_interest_and_being_part_of_the_solution_are_positive(lexicon):
    text = "وقال بوغدانوف إن موسكو مهتمة بتوسيع التجارة وإنها جزء من الحل."
    assert spans(text, lexicon) == [("مهتمة", "bogdanov", "positive", 23, 28), ("جزء من الحل", "bogdanov", "positive", 50, 61)]


def test_phrases_that_carry_no_stance_of_their_own(lexicon):
    # الأكثر أهمية ranks what follows; خلال الأزمة dates it; مجالات التعاون are a topic of talks;
    # بدعم من says who backs something, not that the speaker does
    assert spans("وقال لافروف إن الأكثر أهمية هو تجنب حمام دم.", lexicon) == [("حمام دم", "lavrov", "negative", 36, 43)]
    text = "وقال لافروف إن على الليبيين التوحد خلال الأزمة، وإن موسكو مستعدة للمساعدة."
    assert spans(text, lexicon) == [("مستعدة", "lavrov", "positive", 58, 64)]
    assert spans("وقال بوغدانوف إن الجانبين بحثا مجالات التعاون.", lexicon) == []
    assert spans("وقال نيبينزيا إن الانتخابات حققت بدعم من البعثة.", lexicon) == []


def test_mocking_is_a_negative_report(lexicon):
    frame = analyze([snippet("وسخرت زاخاروفا من التقرير الأخير.")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.start, row.end) for row in frame.itertuples()] == [
        ("وسخرت", "zakharova", "negative", 0, 5),
    ]


def test_doubting_is_a_negative_report(lexicon):
    frame = analyze([snippet("وشكك لافروف في جدوى العقوبات الجديدة.")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.start, row.end) for row in frame.itertuples()] == [
        ("وشكك", "lavrov", "negative", 0, 4),
    ]


def test_interference_in_affairs_is_condemned_and_refraining_from_it_upheld(lexicon):
    assert spans('وقالت زاخاروفا: "نستنكر التدخل في الشؤون الداخلية لليبيا".', lexicon) == [
        ("نستنكر", "zakharova", "negative", 17, 23), ("التدخل في الشؤون", "zakharova", "negative", 24, 40),
    ]
    # عدم التدخل: the principle of non-interference, a negated charge
    assert spans("وقال لافروف إن موقف بلاده هو عدم التدخل في شؤون الدول الأخرى.", lexicon) == [
        ("التدخل في شؤون", "lavrov", "positive", 33, 47),
    ]


def test_a_peaceful_solution_and_territorial_integrity_are_upheld(lexicon):
    text = "وقال بوغدانوف إن الحل السلمي وحده يحفظ سلامة أراضي ليبيا."
    assert spans(text, lexicon) == [
        ("الحل السلمي", "bogdanov", "positive", 17, 28), ("سلامة أراضي", "bogdanov", "positive", 39, 50),
    ]


def test_urging_is_a_report_of_what_is_urged_and_discussing_is_none(lexicon):
    # حث is listed with its conjunction (وحث، وحثت): bare, ب + حثت would read بحثت (discussed).
    # The verb reports; urging every side to restraint is a call for calm, positive (the polarity
    # conventions of eval/README.md, rule 2).
    frame = analyze([snippet("وحثت زاخاروفا جميع الأطراف على ضبط النفس.")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.start, row.end) for row in frame.itertuples()] == [
        ("وحثت", "zakharova", "neutral", 0, 4), ("ضبط", "zakharova", "positive", 31, 34),
    ]
    assert analyze([snippet("وبحثت زاخاروفا مع السفير الليبي ملف التأشيرات.")], lexicon).stances.empty


def test_breaking_the_law_and_an_assault_are_charges(lexicon):
    text = "وقال لافروف إن هذه الغارات تخالف القانون الدولي وتعد اعتداء على سيادة ليبيا."
    assert spans(text, lexicon) == [("تخالف", "lavrov", "negative", 27, 32), ("اعتداء", "lavrov", "negative", 53, 59)]


def test_respect_is_upheld_and_disrespect_deplored(lexicon):
    # توحيد المؤسسات is what is proposed, no stance (dev4: a call to unify forces is neutral)
    text = "وقال بوغدانوف إن احترام إرادة الليبيين وتوحيد المؤسسات أولوية."
    assert spans(text, lexicon) == [("احترام", "bogdanov", "positive", 17, 23)]
    text = "وقال لافروف إن عدم احترام الاتفاقات لا يخدم أحدا."
    assert spans(text, lexicon) == [("احترام", "lavrov", "negative", 19, 25), ("لا يخدم", "lavrov", "negative", 36, 43)]


def test_a_memorandum_of_understanding_is_a_document_not_a_stance(lexicon):
    # تفاهم alone is an understanding hoped for; مذكرة تفاهم names a signed paper
    assert spans("وقال بوغدانوف إن الجانبين وقعا مذكرة تفاهم في مجال الطاقة.", lexicon) == []
    assert spans("وقال بوغدانوف إن الحوار يقود إلى تفاهم أوسع.", lexicon) == [("تفاهم", "bogdanov", "positive", 33, 38)]


def test_failing_is_a_reproach_in_every_person(lexicon):
    # فشلوا: the plural verb is a form of its own, as فشلت is
    assert spans("وقال الدبيبة إن الوسطاء فشلوا في جمع الأطراف.", lexicon) == [
        ("فشلوا", "dbeibah", "negative", 24, 29),
    ]


def test_the_only_way_and_no_other_option_are_advocacy(lexicon):
    # like لا بديل: what is called the only way, or left without rival, is argued for
    text = "وقال بيسكوف إن المفاوضات تبقى السبيل الوحيد لإنهاء الخلاف."
    assert spans(text, lexicon) == [("السبيل الوحيد", "peskov", "positive", 30, 43)]
    assert spans('وقال بيسكوف: "ليس هناك خيار سوى التفاوض".', lexicon) == [
        ("ليس هناك خيار", "peskov", "positive", 14, 27),
    ]


def test_doing_all_one_can_is_a_commitment(lexicon):
    # ما بوسعها: like قصارى جهدها, found with its pronoun
    text = "وقال بوغدانوف إن موسكو ستبذل ما بوسعها لإنجاح الانتخابات."
    # and the elections it works for are a stated aim of peace (achieving.txt)
    assert spans(text, lexicon) == [("ما بوسعها", "bogdanov", "positive", 29, 38), ("الانتخابات", "bogdanov", "positive", 46, 56)]


def test_suffering_from_is_a_complaint_that_comes_first(lexicon):
    # The first evaluative row decides: the complaint, before the good relation conceded after it
    text = "وقال حفتر إن المدينة تعاني من نقص الوقود، وإن محادثاته مع الحكومة كانت جيدة."
    assert spans(text, lexicon) == [
        ("تعاني من", "haftar_khalifa", "negative", 21, 29), ("جيدة", "haftar_khalifa", "positive", 71, 75),
    ]


def test_confronting_anyone_is_a_threat(lexicon):
    assert spans('وقال حفتر: "سنتصدى لأي قوة تقترب من حدودنا".', lexicon) == [
        ("سنتصدى لأي", "haftar_khalifa", "negative", 12, 22),
    ]


def test_recognising_a_body_is_positive_and_refusing_to_negative(lexicon):
    text = "وقال لافروف إن بلاده تعترف بالحكومة الجديدة في طرابلس."
    assert spans(text, lexicon) == [("تعترف", "lavrov", "positive", 21, 26)]
    # اعترافها: the noun with the pronoun of who recognises
    assert spans("وأكدت روسيا اعترافها بالبرلمان المنتخب.", lexicon) == [("اعترافها", "russia", "positive", 12, 20)]
    assert spans("وقال لافروف إن موسكو لا تعترف بالحكومة الموازية.", lexicon) == [("تعترف", "lavrov", "negative", 24, 29)]
    # told by the article, a recognition withheld is nobody's statement
    assert spans("ولا تعترف الحكومتان ببعضهما.", lexicon) == []


def test_wishing_standing_by_and_anger(lexicon):
    assert spans("وقال بوغدانوف إن موسكو تتمنى النجاح للمحادثات.", lexicon) == [
        ("تتمنى", "bogdanov", "positive", 23, 28), ("النجاح", "bogdanov", "positive", 29, 35),
    ]
    assert spans("وقال لافروف إن روسيا تقف إلى جانب الشعب الليبي.", lexicon) == [
        ("تقف إلى جانب", "lavrov", "positive", 21, 33),
    ]
    assert spans("وأعربت زاخاروفا عن غضبها من قرار المحكمة.", lexicon) == [("غضبها", "zakharova", "negative", 19, 24)]


def test_the_agenda_of_talks_is_no_stance(lexicon):
    # أوجه التعاون، سبل تعزيز العلاقات: what the two sides discussed, as مجالات التعاون; wanting
    # stronger relations is still hoped for
    assert spans("وقال بوغدانوف إن الوفدين ناقشا أوجه التعاون في قطاع الصحة.", lexicon) == []
    assert spans("وقال بوغدانوف إن الجانبين بحثا سبل تعزيز العلاقات الثنائية.", lexicon) == []
    assert spans("وقال لافروف إن موسكو تريد تعزيز العلاقات مع طرابلس.", lexicon) == [
        ("تعزيز العلاقات", "lavrov", "positive", 26, 40),
    ]


def test_however_is_no_negation(lexicon):
    # غير أن (however): غير is no negator of the cooperation after أن
    text = "وقال بوغدانوف إن المحادثات تعثرت، غير أن التعاون مستمر."
    assert spans(text, lexicon) == [("التعاون", "bogdanov", "positive", 41, 48)]


def test_an_outlet_reports_what_happened_and_takes_no_stance_by_it(lexicon):
    # The words a statement needs to carry a stance (holder quoted) are narration in an outlet's
    # report, as in the article's own: the agency tells of an assault, it does not condemn one
    assert spans("وذكرت وكالة سبوتنيك أن الاعتداء على القنصلية وقع فجر الأحد.", lexicon) == []
    # ...while a minister who tells of it deplores it
    assert spans("وقال لافروف إن الاعتداء على القنصلية وقع فجر الأحد.", lexicon) == [
        ("الاعتداء", "lavrov", "negative", 15, 23),
    ]
    # A label that is the speaker's own word (مرتزقة, holder empty) is the outlet's narration too
    assert spans("وذكرت وكالة سبوتنيك أن أفريقيا أصبحت ساحة لمجموعات المرتزقة من دول عدة.", lexicon) == []
    assert spans("وقال لافروف إن أفريقيا أصبحت ساحة لمجموعات المرتزقة من دول عدة.", lexicon) == [
        ("المرتزقة", "lavrov", "negative", 43, 51),
    ]


def test_a_friendly_state_an_important_role_success_and_intransigence(lexicon):
    text = "وقال الدبيبة إن روسيا دولة صديقة لعبت دورا مهما في دعم ليبيا."
    assert spans(text, lexicon) == [
        ("صديقة", "dbeibah", "positive", 27, 32), ("دورا مهما", "dbeibah", "positive", 38, 47),
        ("دعم", "dbeibah", "positive", 51, 54),
    ]
    # the intransigence after رغم is conceded (neutral since the tenth session): the success is the point
    assert spans("وقال حفتر إن المحادثات نجحت رغم تعنت الطرف الآخر.", lexicon) == [
        ("نجحت", "haftar_khalifa", "positive", 23, 27), ("تعنت", "haftar_khalifa", "neutral", 32, 36),
    ]
    text = "وقالت زاخاروفا إن تجاهل مجلس الأمن لهذه الانتهاكات خطأ."
    assert spans(text, lexicon) == [
        ("تجاهل", "zakharova", "negative", 18, 23), ("الانتهاكات", "zakharova", "negative", 40, 50),
        ("خطأ", "zakharova", "negative", 51, 54),
    ]


def test_a_state_that_sees_inside_a_statement_is_the_speakers_view(lexicon):
    # إن ليبيا ترى: al-Dbeibah gives Libya's view, with its evaluation; Libya says nothing itself
    frame = analyze([snippet("وقال الدبيبة إن ليبيا ترى في الاتفاق خطوة مهمة.")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.start, row.end) for row in frame.itertuples()] == [
        ("وقال", "dbeibah", "neutral", 0, 4), ("ترى", "dbeibah", "neutral", 22, 25),
        ("خطوة مهمة", "dbeibah", "positive", 37, 46),
    ]
    # a state's verb inside the statement joins it too (speakers.py: a body inside what another
    # speaker says makes no statement of its own): al-Dbeibah tells of Libya's demand
    frame = analyze([snippet("وقال الدبيبة إن ليبيا طالبت بتمديد المهلة.")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.attribution) for row in frame.itertuples()] == [
        ("وقال", "dbeibah", "after_verb"), ("طالبت", "dbeibah", "in_statement"),
    ]
    # with no statement before it, the state's view is its own
    assert spans("وترى روسيا أن الحوار هو السبيل الوحيد.", lexicon) == [("السبيل الوحيد", "russia", "positive", 24, 37)]


def test_a_cue_counts_with_and_without_the_article(lexicon):
    # The article is no clitic the matcher strips: توتر does not find التوتر, so both are listed.
    assert evaluations("وقال لافروف إن التوتر في طرابلس يتصاعد.", lexicon) == [
        ("التوتر", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وأكدت زاخاروفا رفض موسكو أي تدخل خارجي في ليبيا.", lexicon) == [
        ("رفض", "zakharova", "negative", "in_statement"), ("تدخل خارجي", "zakharova", "negative", "in_statement"),
    ]
    assert evaluations("وجدد بوغدانوف التمسك بوحدة ليبيا.", lexicon) == [
        ("التمسك", "bogdanov", "positive", "in_statement"),
    ]


def test_no_military_solution_is_advocacy_not_a_denial(lexicon):
    # لا يوجد alone denies a presence; لا يوجد حل عسكري advocates a political way out (longest wins)
    assert evaluations("وقال لافروف إنه لا يوجد حل عسكري للأزمة في ليبيا.", lexicon) == [
        ("لا يوجد حل عسكري", "lavrov", "positive", "in_statement"), ("للأزمة", "lavrov", "negative", "in_statement"),
    ]


def test_conspiring_and_bloodshed_are_charges(lexicon):
    assert evaluations("وقال نيبينزيا إن الغرب يتآمر على ليبيا ويريد نزيف الدم.", lexicon) == [
        ("يتآمر", "nebenzia", "negative", "in_statement"), ("نزيف الدم", "nebenzia", "negative", "in_statement"),
    ]


def test_fabricated_reports_and_serving_interests(lexicon):
    assert evaluations("وقالت زاخاروفا إن هذه الأخبار مفبركة ولا تستند إلى أي دليل.", lexicon) == [
        ("مفبركة", "zakharova", "negative", "in_statement"), ("ولا تستند", "zakharova", "negative", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن الاتفاق يصب في مصلحة الشعب الليبي.", lexicon) == [
        ("يصب في مصلحة", "lavrov", "positive", "in_statement"),
    ]


def test_a_negation_reaches_across_a_verb_of_achieving_and_its_object(lexicon):
    assert evaluations("وقال نيبينزيا إن فرض هياكل من الخارج لا يحقق نتائج إيجابية.", lexicon) == [
        ("إيجابية", "nebenzia", "negative", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن الاجتماع لم يؤد إلى أي تقدم ملموس.", lexicon) == [
        ("تقدم ملموس", "lavrov", "negative", "in_statement"),
    ]


def test_a_way_out_is_hoped_for_and_a_rebuttal_is_negative(lexicon):
    # مخرج من comes before the evil it leads out of, and the first evaluation decides the statement
    assert evaluations("وقال بوغدانوف إن الانتخابات ستكون مخرجا من الوضع الذي لا يطاق.", lexicon) == [
        ("مخرجا من", "bogdanov", "positive", "in_statement"), ("لا يطاق", "bogdanov", "negative", "in_statement"),
    ]
    assert evaluations("وجاء تصريح زاخاروفا ردا على تقارير نشرتها صحف غربية.", lexicon)[:1] == [
        ("ردا على تقارير", "zakharova", "negative", "in_statement"),
    ]


def test_without_flips_what_follows_it(lexicon):
    # دون تدخلات أجنبية: a choice made without interference is upheld
    assert evaluations("وقال السفير أغانين إن على الليبيين أن يقرروا مصيرهم دون تدخلات أجنبية.", lexicon)[-1:] == [
        ("تدخلات أجنبية", "aganin", "positive", "in_statement"),
    ]
    # من دون أن: past أن as well (unlike غير أن, however)
    assert evaluations("وقال لافروف إن الاجتماع انتهى من دون أن يحقق نتائج إيجابية.", lexicon) == [
        ("إيجابية", "lavrov", "negative", "in_statement"),
    ]


def test_claims_talked_about_are_no_judgement_of_them(lexicon):
    # بشأن مزاعم: the claims are what the letter is about; رفض المزاعم judges them
    assert evaluations("وقال الدبيبة إن حكومته خاطبت روسيا بشأن مزاعم نقل أسلحة إلى ليبيا.", lexicon) == []
    assert evaluations("وقال بيسكوف إن موسكو ترفض المزاعم حول نقل أسلحة إلى ليبيا.", lexicon) == [
        ("ترفض", "peskov", "negative", "in_statement"), ("المزاعم", "peskov", "negative", "in_statement"),
    ]
    # the concern still counts when what it is about follows حيال
    assert evaluations("وأعرب نيبينزيا عن قلقه حيال التصعيد في طرابلس.", lexicon) == [
        ("قلقه", "nebenzia", "negative", "in_statement"),
    ]


def test_his_interests_are_no_reconciliation_and_suffering_ahead_is_a_warning(lexicon):
    # مصالحه (his interests) is spelt as مصالحة once ة and ه are one letter: only المصالحة is listed
    assert evaluations("وقال السفير أغانين إن الشعب الليبي هو من يحدد مصيره ومصالحه.", lexicon) == []
    assert evaluations("وأضاف لافروف أن الشعب الليبي سيعاني الكثير.", lexicon) == [
        ("سيعاني", "lavrov", "negative", "in_statement"),
    ]


def test_cooperation_in_an_organisations_name_is_no_praise(lexicon):
    # مجلس التعاون، منظمة الأمن والتعاون: a name, not the cooperation a speaker welcomes
    assert evaluations("وقال لافروف إن دول مجلس التعاون الخليجي شاركت في الاجتماع.", lexicon) == []
    assert evaluations("وقال لافروف أمام منظمة الأمن والتعاون في أوروبا إن الغرب تجاهل ليبيا.", lexicon) == [
        ("تجاهل", "lavrov", "negative", "in_statement"),
    ]


def test_seeking_a_foothold_is_a_charge(lexicon):
    assert evaluations("وقال المشري إن الروس يبحثون عن موطئ قدم في شمال أفريقيا.", lexicon)[-1:] == [
        ("موطئ قدم", "mishri", "negative", "in_statement"),
    ]


def test_what_follows_but_is_the_point_and_what_precedes_it_is_conceded(lexicon):
    text = 'وقال حفتر: "نحن ملتزمون بتعهداتنا لكنني لست مسؤولا عن سلبية السراج".'
    assert evaluations(text, lexicon) == [
        ("ملتزمون", "haftar_khalifa", "neutral", "quote_owner"), ("سلبية", "haftar_khalifa", "negative", "quote_owner"),
    ]
    # غير أن as one phrase, and a turn with nothing evaluative after it concedes nothing
    text = "وقال لافروف إن روسيا تؤيد الحوار، غير أن الأطراف الليبية لم تجتمع بعد."
    assert evaluations(text, lexicon) == [("تؤيد", "lavrov", "positive", "in_statement")]
    # a reporting verb between opens another statement: the complaint before it stands
    text = "وقال تشوركين إن الفكرة تم تحريفها، مشيرا إلى أن بلاده ترى ضرورة ذلك ولكنها تأمل في الحل."
    assert [(cue, polarity) for cue, _, polarity, _ in evaluations(text, lexicon)] == [
        ("تحريفها", "negative"), ("تأمل", "positive"),
    ]


def test_thanks_determination_and_political_not_military_are_positive(lexicon):
    # أعرب عن شكره: the thanks carry the stance, the verb only introduces it; شكر is a reporting
    # verb with its polarity since pol38 (وشكر المنفي روسيا opens a statement), so the noun with its
    # pronoun is read as that cue too and the statement stays positive
    assert scored_statements("وكان لافروف قد أعرب عن شكره للحكومة الليبية على موقفها.", lexicon) == [
        ("lavrov", "positive", "before_verb"),
    ]
    assert evaluations("وأكد لافروف عزم روسيا تنفيذ المشروع.", lexicon) == [("عزم", "lavrov", "positive", "in_statement")]
    assert evaluations("وشدد بيسكوف على أن حل الأزمة سياسي وليس عسكريا.", lexicon) == [
        ("حل الأزمة", "peskov", "positive", "in_statement"), ("وليس عسكريا", "peskov", "positive", "in_statement"),
    ]


def test_unjust_with_the_article_theft_belittling_and_the_middle_ages_are_negative(lexicon):
    assert evaluations('وطالب حفتر برفع حظر الأسلحة الذي وصفه بالقرار "الظالم".', lexicon) == [
        ("الظالم", "haftar_khalifa", "negative", "quote_owner"),
    ]
    # a theft announced is a bad event without evaluation, neutral (polarity conventions, rule 5)
    assert evaluations("وقال لافروف إن معدات المشروع تم سرقتها بعد الحرب.", lexicon) == []
    assert evaluations("واعتبر حفتر أن الحملة تهدف إلى التقليل من دور الجيش.", lexicon) == [
        ("التقليل من", "haftar_khalifa", "negative", "in_statement"),
    ]
    assert evaluations("ووصف بوتين القرار بأنه من دعوات القرون الوسطى.", lexicon) == [
        ("القرون الوسطى", "putin", "negative", "in_statement"),
    ]


def test_a_call_to_unify_forces_is_a_call_for_unity(lexicon):
    # a proposal with no stance before the polarity conventions of eval/README.md; a call for
    # unity is positive by their rule 2
    assert evaluations("ودعا لافروف إلى توحيد المؤسسات العسكرية في ليبيا.", lexicon) == [
        ("توحيد", "lavrov", "positive", "in_statement")]


def test_a_phrase_describing_the_statement_before_its_verb_is_the_speakers(lexicon):
    # Before, ساخر/انتقاد before the verb went to the article's voice or to nobody
    text = "وفي تعليق ساخر على موقع تلغرام، قالت السفارة الروسية في ليبيا إن واشنطن تسلينا."
    assert evaluations(text, lexicon) == [
        ("ساخر", "russian_embassy_libya", "negative", "preface"),
        ("تسلينا", "russian_embassy_libya", "negative", "in_statement"),  # derision, a cue since polarity18
    ]
    text = "وفي انتقاد واضح للغرب، قال لافروف إن الحظر لم يطبق."
    assert evaluations(text, lexicon) == [("انتقاد", "lavrov", "negative", "preface")]
    # ردا على اتهامات: answering a charge is denying it
    text = "وردا على اتهامات واشنطن، قالت زاخاروفا إن روسيا لا ترسل أسلحة إلى ليبيا."
    assert evaluations(text, lexicon) == [
        ("وردا على اتهامات", "zakharova", "negative", "preface"),
        ("لا ترسل أسلحة", "zakharova", "negative", "in_statement"),  # the denial itself, a cue since pol19
    ]
    # a circumstance is no preface: the tension is not Lavrov's word
    assert evaluations("وفي ظل التوتر المتصاعد، قال لافروف إن الحظر لم يطبق.", lexicon) == []


def test_a_rhetorical_question_in_a_statement_is_a_challenge(lexicon):
    # Before, a question with no evaluative word was neutral, one with a positive word positive
    text = 'وقال نيبينزيا: «كيف يمكن أن نقبل بقوات دخلت البلاد بلا دعوة من حكومتها؟».'
    # (accepting has a row since dev20: inside the question it is denied too, as ندعم below)
    assert evaluations(text, lexicon) == [
        ("كيف", "nebenzia", "negative", "quote_owner"), ("نقبل", "nebenzia", "negative", "quote_owner"),
    ]
    # what the question asks is denied: ندعم inside it is no support
    assert evaluations('وقال لافروف: "كيف يمكن أن ندعم قرارا يبيح القصف؟".', lexicon) == [
        ("كيف", "lavrov", "negative", "quote_owner"), ("ندعم", "lavrov", "negative", "quote_owner"),
    ]
    # a question in the article's narration is nobody's stance
    assert evaluations("هل تعود الشركات الروسية إلى ليبيا؟", lexicon) == []


def test_a_necessity_with_a_negation_is_a_warning(lexicon):
    # Before, ضرورة ألا and لا ينبغي carried no stance: no evaluative word
    text = "وأكد لافروف على ضرورة ألا تضيع الأطراف الليبية فرصة الحوار."
    assert evaluations(text, lexicon) == [("ضرورة", "lavrov", "negative", "in_statement")]
    text = "بوغدانوف: الانتخابات عملية طويلة ولا ينبغي تحديد موعد لها"
    assert evaluations(text, lexicon) == [("ولا ينبغي", "bogdanov", "negative", "headline")]
    # the negation a few words on, past the one addressed
    assert evaluations('وقال لافروف: "يجب على الأطراف الليبية عدم التصعيد".', lexicon)[0] == (
        "يجب", "lavrov", "negative", "quote_owner")
    # a necessity alone is a proposal, no stance
    assert evaluations("وشدد بوغدانوف على ضرورة تحديد موعد الانتخابات.", lexicon) == []
    # but the participation of all it asks for is inclusion, supported (convention 2; two fresh
    # development articles were annotated so: يجب مشاركة جميع القوى، حفتر يجب أن يشارك)
    # (the elections it names are also an aim the necessity calls for, _obliges: positive too)
    assert evaluations("وشدد بوغدانوف على ضرورة مشاركة الجميع في الانتخابات.", lexicon) == [
        ("ضرورة مشاركة", "bogdanov", "positive", "in_statement"),
        ("الانتخابات", "bogdanov", "positive", "in_statement")]


def test_a_state_after_a_headline_colon_speaks_through_the_headline_speaker(lexicon):
    # Before, تدعم (whose own subject takes the stance) went to روسيا, a second speaker the
    # headline does not have, and the headline's speaker stayed neutral
    assert evaluations("لافروف: روسيا تدعم وقف إطلاق النار في ليبيا", lexicon) == [
        ("تدعم", "lavrov", "positive", "headline"),
    ]
    # without a colon the state still takes the stance of its own verb
    assert evaluations("روسيا تدعم وقف إطلاق النار في ليبيا", lexicon) == [("تدعم", "russia", "positive", "before_verb")]


def test_not_supporting_one_side_over_another_is_even_handedness_not_rejection(lexicon):
    # Before, لا تدعم made the statement negative; a speaker who takes no side rejects nothing
    assert evaluations("وقال لافروف إن روسيا لا تدعم طرفا على آخر في ليبيا.", lexicon) == [
        ("تدعم", "lavrov", "neutral", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن موسكو لا تدعم أي طرف على حساب الآخر.", lexicon) == [
        ("تدعم", "lavrov", "neutral", "in_statement"),
    ]
    # so the support that follows «وإنما» decides the statement
    assert evaluations('وقال لافروف: "لا ندعم طرفا ضد آخر، وإنما ندعم الحوار بين الليبيين".', lexicon) == [
        ("ندعم", "lavrov", "neutral", "quote_owner"),
        ("ندعم", "lavrov", "positive", "quote_owner"),
    ]
    # refusing to support an attack is still a rejection, even with على after it
    assert evaluations("وقال لافروف إن روسيا لا تدعم الهجوم على طرابلس.", lexicon) == [
        ("تدعم", "lavrov", "negative", "in_statement"),
    ]


def test_not_backing_one_side_alone_is_even_handedness(lexicon):
    # convention 8: «not X alone», «no side in particular» takes no side, it rejects nobody
    assert evaluations("وقال بوغدانوف إن بلاده لا تؤيد المنفي وحده بل تتحدث مع الجميع.", lexicon)[0] == (
        "تؤيد", "bogdanov", "neutral", "in_statement")
    assert evaluations("وقالت زاخاروفا إن روسيا لا تساند أي جهة بعينها في النزاع.", lexicon) == [
        ("تساند", "zakharova", "neutral", "in_statement")]
    # وحدة (unity) is no وحده: refusing what harms it stays a rejection
    assert evaluations("وقال لافروف إن موسكو لا تؤيد تقسيم وحدة ليبيا.", lexicon) == [
        ("تؤيد", "lavrov", "negative", "in_statement")]
    # the writer's gloss in brackets after the object is stepped over; before, a rejection
    assert evaluations('وقال بوغدانوف: "لا نؤيد حفتر (قائد الجيش الوطني الليبي) وحده".', lexicon) == [
        ("نؤيد", "bogdanov", "neutral", "quote_owner")]
    # an aside that never closes reaches nothing: a rejection
    assert evaluations('وقال بوغدانوف: "لا نؤيد حفتر (قائد الجيش الوطني الليبي الذي يقاتل في الجنوب منذ سنوات طويلة جدا وحده".',
                       lexicon)[0] == ("نؤيد", "bogdanov", "negative", "quote_owner")


def test_without_consent_and_ineffective_are_negative(lexicon):
    # موافقة and فعال had no cue: what is done without consent, or does not work, was no stance
    assert evaluations("وقال لافروف إن العملية جرت من دون موافقة الحكومة الليبية.", lexicon) == [
        ("موافقة", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وأكد نيبينزيا أن الحظر لا يزال غير فعال.", lexicon) == [
        ("فعال", "nebenzia", "negative", "in_statement"),
    ]
    assert evaluations("وقال نيبينزيا إن للأمم المتحدة دورا فعالا في ليبيا.", lexicon) == [
        ("فعالا", "nebenzia", "positive", "in_statement"),
    ]


def test_standby_and_air_support_are_no_evaluation(lexicon):
    # الاستعداد (readiness) in وضع الاستعداد is a state of the aircraft, الدعم الجوي an operation
    assert evaluations("وقال المصدر إن الطائرات في وضع الاستعداد للإقلاع.", lexicon) == []
    assert evaluations("وقال لافروف إن واشنطن قدمت الدعم الجوي للقوات.", lexicon) == []


def test_a_threat_growing_is_negative(lexicon):
    # Before, no word of the sentence was evaluative: the growth of a stigma is a concern
    assert evaluations("كما لفتت زاخاروفا إلى تزايد نشاط التنظيمات الإرهابية في غرب ليبيا.", lexicon) == [
        ("تزايد", "zakharova", "negative", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن تنامي الإرهاب في ليبيا يقلقنا.", lexicon)[0] == (
        "تنامي", "lavrov", "negative", "in_statement")
    # fighting terrorism is no growth of it, and the narration's growth is nobody's stance
    assert evaluations("وقال لافروف إن روسيا تشارك في مكافحة الإرهاب.", lexicon) == []
    assert evaluations("وتشهد ليبيا تصاعد نشاط داعش.", lexicon) == []


def test_what_follows_wa_innama_is_the_point(lexicon):
    # «لا … وإنما …» corrects itself like لكن: before, لا ترفض counted as a positive of its own
    assert evaluations("وقال لافروف إن موسكو لا ترفض الحوار، وإنما تدعمه.", lexicon) == [
        ("ترفض", "lavrov", "neutral", "in_statement"),
        ("تدعمه", "lavrov", "positive", "in_statement"),
    ]


def targeted(text, lexicon, date="2024"):
    """The evaluative rows with their target: (cue, speaker, polarity, target)."""
    frame = analyze([snippet(text, date=date)], lexicon).stances
    return [(row.cue, row.speaker_id, row.polarity, row.target) for row in frame.itertuples() if row.cue_type == "evaluative"]


def test_support_for_a_fight_against_terrorism_is_support(lexicon):
    # Before, لدعم with الإرهاب three words after it counted as support for terrorism, negative
    assert targeted("وأكد لافروف استعداد موسكو لدعم ليبيا في مكافحة الإرهاب.", lexicon) == [
        ("استعداد", "lavrov", "positive", "moscow"),
        ("لدعم", "lavrov", "positive", "libya"),  # the one supported, not the stigma
    ]
    assert evaluations("وقال بوغدانوف إن روسيا تدعم الجيش في الحرب ضد داعش.", lexicon) == [
        ("تدعم", "bogdanov", "positive", "in_statement"),
    ]
    # support for terrorism itself is still condemned
    assert evaluations("وقال لافروف إن بعض الدول تدعم الإرهاب في ليبيا.", lexicon) == [
        ("تدعم", "lavrov", "negative", "in_statement"),
    ]


def test_a_negation_reaches_across_a_passive_auxiliary(lexicon):
    # Before, لا يتم stopped the negation: the ceasefire not being respected read as commitment
    assert evaluations("وقال لافروف إن وقف إطلاق النار لا يتم الالتزام به.", lexicon) == [
        ("الالتزام", "lavrov", "negative", "in_statement"),
    ]
    assert targeted("وأكد بوغدانوف أنه لم يتم احترام الهدنة.", lexicon) == [
        ("احترام", "bogdanov", "negative", "un_mediation"),
    ]


def test_by_admission_is_no_recognition(lexicon):
    # Before, باعتراف (by the admission of, with the recognition of) counted as praise
    assert evaluations("وقال لافروف إن الحكومة، وباعتراف الجميع، لم تسيطر على العاصمة.", lexicon) == []
    assert evaluations("وقال لافروف إن الحكومة التي تحظى باعتراف دولي لم تسيطر على العاصمة.", lexicon) == []
    # recognising a body is still a stance
    assert targeted("وأكد لافروف اعتراف روسيا بالمجلس.", lexicon) == [("اعتراف", "lavrov", "positive", "russia")]


def test_helplessness_circumvention_and_complicity_are_negative(lexicon):
    # Before, none of these words had a cue and each statement was neutral
    # السني alone before إن is Taher al-Sonni (att38: a listed family name that is also a word)
    assert targeted("وقال السني إن مجلس الأمن لا يزال يقف عاجزا أمام الأزمة في ليبيا.", lexicon)[0] == (
        "عاجزا", "sonni", "negative", "libya")
    assert targeted("وأضافت زاخاروفا أن الأسلحة تصل إلى ليبيا التفافا على الحظر.", lexicon) == [
        ("التفافا على", "zakharova", "negative", "الحظر"),
    ]
    assert targeted("وقال لافروف إن الأطراف الليبية لم تتمكن من الاتفاق على موعد الانتخابات.", lexicon) == [
        ("لم تتمكن", "lavrov", "negative", "un_mediation"),
    ]
    assert targeted("وقال بوغدانوف إن الغرب متورط في تسليح الميليشيات.", lexicon) == [
        ("متورط", "bogdanov", "negative", "arms"),
    ]


def test_forms_of_protest_threat_and_support_carry_their_polarity(lexicon):
    # Before, these forms had no cue: قلل من, لوحت and دعمت made neutral statements
    frame = analyze([snippet("وقلل وزير الخارجية الروسي من أهمية التقارير الغربية.")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity) for row in frame.itertuples()][0] == ("وقلل", "lavrov", "negative")
    frame = analyze([snippet("ولوحت روسيا باستخدام حق النقض ضد القرار.")], lexicon).stances
    # (حق النقض is a negative cue of its own since pol22: a second row of the same stance)
    assert [(row.speaker_id, row.polarity, row.target) for row in frame.itertuples()][0] == ("russia", "negative", "un_mediation")
    assert targeted("وقال لافروف إن موسكو دعمت جهود المبعوث الأممي.", lexicon) == [
        ("دعمت", "lavrov", "positive", "un_mediation"),
    ]
    # an adjective of support describing a crowd in the narration is nobody's stance
    assert targeted("وكانت مظاهرة مؤيدة للحكومة قد خرجت في طرابلس.", lexicon) == []



def test_deterioration_deadlock_and_lost_trust_are_negative(lexicon):
    # Before, متدهور, جمود, سئموا and فقد الثقة had no cue (الثقة alone read as trust, positive)
    assert targeted("وقال نيبينزيا إن الوضع الأمني في ليبيا متدهور.", lexicon) == [
        ("متدهور", "nebenzia", "negative", ""),
    ]
    assert targeted("وقال السني إن المواطن الليبي فقد الثقة في المبادرات الدولية.", lexicon) == [
        ("فقد الثقة", "sonni", "negative", "في المبادرات الدولية"),  # Taher al-Sonni (att38)
    ]
    assert [row[:3] for row in targeted("وأكد نيبينزيا أن العملية السياسية في حالة جمود.", lexicon)] == [
        ("جمود", "nebenzia", "negative"),
    ]
    # breaking the deadlock is hoped for
    # (helping has a row since dev20, positive too)
    assert [row[:3] for row in targeted("وقال لافروف إن الاتفاق يساعد على كسر الجمود.", lexicon)] == [
        ("يساعد", "lavrov", "positive"), ("كسر الجمود", "lavrov", "positive"),
    ]


def test_support_told_in_the_narration_is_nobodys_stance(lexicon):
    # دعمت is a stance only in someone's words: the article's account of who backed whom is no statement
    assert analyze([snippet("ودعمت روسيا قوات حفتر خلال الهجوم على طرابلس.")], lexicon).stances.empty


def test_openness_and_a_possibility_expressed_are_positive(lexicon):
    # Before, منفتحة, جاهزية and عن إمكانية had no cue: readiness to take part was neutral
    assert [row[:3] for row in targeted("وقال السفير إن روسيا منفتحة على التعاون مع جميع الدول.", lexicon)][:1] == [
        ("منفتحة", "", "positive"),
    ]
    # (since pol22 by إمكانية مشاركة: عن إمكانية alone made any possibility announced a support)
    assert [row[:3] for row in targeted("وكشف تشوركين عن إمكانية مشاركة بلاده في التحالف.", lexicon)] == [
        ("إمكانية مشاركة", "churkin", "positive"),
    ]
    # not helping is negative; حل النزاع is a cue since pol38 (as حل الأزمة), a row after it, and
    # the statement stays negative (its first row decides)
    assert [row[:3] for row in targeted("وقال بيسكوف إن تدخل الدول لن يساعد في حل النزاع.", lexicon)] == [
        ("لن يساعد", "peskov", "negative"), ("حل النزاع", "peskov", "positive"),
    ]
    assert scored_statements("وقال بيسكوف إن تدخل الدول لن يساعد في حل النزاع.", lexicon) == [
        ("peskov", "negative", "after_verb"),
    ]


def test_what_is_conceded_after_despite_is_not_the_stance(lexicon):
    # Before, التوتر and التصعيد came first and made the statement negative: the point is the commitment
    assert targeted("وقال لافروف: رغم التوتر والتصعيد، نحن ملتزمون بالاتفاق.", lexicon) == [
        ("التوتر", "lavrov", "neutral", ""),  # a new conjunct, then a comma: no words of its own to show
        ("والتصعيد", "lavrov", "neutral", ""),
        ("ملتزمون", "lavrov", "positive", "بالاتفاق"),
    ]
    # the clause ends at فإن: the deterioration is the point, the efforts conceded
    assert [row[:3] for row in targeted("وقال لافروف على الرغم من الجهود الإيجابية فإن الوضع متدهور.", lexicon)] == [
        ("الإيجابية", "lavrov", "neutral"), ("متدهور", "lavrov", "negative"),
    ]
    # with nothing else said, what is conceded stays; رغم ذلك (nevertheless) concedes nothing
    assert [row[:3] for row in targeted("وقالت زاخاروفا على الرغم من الجهود الإيجابية للبعثة تحدث اشتباكات.", lexicon)] == [
        ("الإيجابية", "zakharova", "positive"),
    ]
    assert [row[:3] for row in targeted("وقال لافروف إن الوضع متوتر ورغم ذلك هناك تقدم ملموس.", lexicon)] == [
        ("متوتر", "lavrov", "negative"), ("تقدم ملموس", "lavrov", "positive"),
    ]


def test_the_writer_s_hedge_after_a_statement_makes_it_no_claim(lexicon):
    # على حد زعمه: زعمه was read as a second, negative statement of Haftar's, and the first
    # polarity that is not neutral made his neutral statement negative
    frame = analyze([snippet("وقال حفتر إن قواته ستدخل طرابلس قريبا، على حد زعمه.", date="2024")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [
        ("وقال", "haftar_khalifa", "neutral", "after_verb"),
    ]
    # a hedge opening the sentence sources what follows: the speaker goes on
    text = "وقال لافروف إن الحل سياسي. وعلى حد قوله، فإن روسيا لن تتدخل عسكريا."
    frame = analyze([snippet(text, date="2024")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [
        ("وقال", "lavrov", "neutral", "after_verb"), ("قوله", "lavrov", "neutral", "carried"),
    ]
    # زعم as the verb of the statement adds nothing by itself (polarity conventions: label what
    # the speaker says, not the reporting verb)
    frame = analyze([snippet("وزعم حفتر أن قواته ستدخل طرابلس.", date="2024")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [
        ("وزعم", "haftar_khalifa", "neutral", "after_verb"),
    ]


def test_a_negation_reaches_across_the_passive_auxiliary(lexicon):
    # وأن لا يتم تدميرها: يتم stood between the negator and the cue, so the call not to destroy
    # the facilities counted as destruction (negative)
    text = "وقالت زاخاروفا إن على الأطراف حماية المنشآت النفطية وأن لا يتم تدميرها."
    assert evaluations(text, lexicon) == [("تدميرها", "zakharova", "positive", "in_statement")]
    assert evaluations("وقال لافروف إنه لم يتم الالتزام بالهدنة.", lexicon) == [
        ("الالتزام", "lavrov", "negative", "in_statement"),
    ]
    # with no negator the auxiliary changes nothing
    assert evaluations("وقال لافروف إنه تم تدمير المنشآت.", lexicon) == [("تدمير", "lavrov", "negative", "in_statement")]


def test_by_the_admission_of_is_a_source_not_a_recognition(lexicon):
    # وباعتراف مجلس الأمن: اعتراف (a state's recognition, positive) made the Council praise something
    frame = analyze([snippet("وباعتراف مجلس الأمن، فإن الأسلحة تتدفق إلى ليبيا.", date="2024")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [
        ("وباعتراف", "unsc", "neutral", "source"),
    ]
    # a recognition stays one
    assert evaluations("وأكدت موسكو اعترافها بالمجلس الانتقالي.", lexicon) == [
        ("اعترافها", "moscow", "positive", "in_statement"),
    ]


def test_the_reactions_a_statement_provoked_are_not_its_speaker_s(lexicon):
    # ، ما أثار ردود فعل دولية رافضة: the rejection was credited to Haftar, its target
    frame = analyze([snippet("وقال حفتر إن قواته ستدخل طرابلس، ما أثار ردود فعل دولية رافضة لتصريحه.", date="2024")],
                    lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [
        ("وقال", "haftar_khalifa", "neutral", "after_verb"),
    ]
    # a stance word of the narration goes to the article's own voice, as outside any statement
    text = "وقال حفتر إن قواته ستدخل طرابلس، الأمر الذي أثار انتقادات واسعة."
    assert evaluations(text, lexicon) == [("انتقادات", "", "negative", "article")]
    # a statement after the account is its own speaker's again
    text = "وقال حفتر إن قواته ستدخل طرابلس، ما أثار قلق الأمم المتحدة، وقال المبعوث الأممي إن الوضع خطير."
    assert evaluations(text, lexicon) == [("خطير", "", "negative", "in_statement")]


def test_fruits_legitimacy_participation_isolation_force_hostages_and_withdrawal(lexicon):
    # Each was read as neutral: no word of it was in the vocabulary.
    assert evaluations('وقال لافروف: "بدأنا نقطف ثمار هذه الجهود".', lexicon) == [
        ("ثمار", "lavrov", "positive", "quote_owner"),
    ]
    assert evaluations("وقالت الخارجية الروسية إن المجلس الرئاسي هو الممثل الشرعي للشعب الليبي.", lexicon) == [
        ("الممثل الشرعي", "russia_mfa", "positive", "in_statement"),
    ]
    assert evaluations("وأكد بيسكوف أن البرلمان هو الجسم الشرعي الوحيد في البلاد.", lexicon) == [
        ("الشرعي الوحيد", "peskov", "positive", "in_statement"),
    ]
    assert evaluations("وأعلنت روسيا إمكانية مشاركتها في مراقبة الهدنة.", lexicon) == [
        ("إمكانية مشاركتها", "russia", "positive", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن هذه سياسة العزل التي يتبعها الغرب.", lexicon) == [
        ("سياسة العزل", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وقالت زاخاروفا إن الطرفين يراهنان على استخدام القوة.", lexicon) == [
        ("استخدام القوة", "zakharova", "negative", "in_statement"),
    ]
    assert evaluations("وقال نيبينزيا إن المسلحين يحتجزون رهائن في الجنوب.", lexicon) == [
        ("رهائن", "nebenzia", "negative", "in_statement"),
    ]
    assert evaluations("وقال حفتر إنه يعلن الانسحاب من الاتفاق السياسي.", lexicon) == [
        ("الانسحاب من الاتفاق", "haftar_khalifa", "negative", "in_statement"),
    ]
    # in the narration they are nobody's stance (holder quoted)
    assert evaluations("واحتجز المسلحون رهائن في الجنوب.", lexicon) == []


def test_a_negation_behind_wa_or_fa_and_the_negated_forms_of_laysa(lexicon):
    # ولا تدعم: the negator behind و was not read, so the second refusal counted as support
    assert evaluations("وقال لافروف إن روسيا لا تؤيد ولا تدعم التدخل الأجنبي.", lexicon) == [
        ("تؤيد", "lavrov", "negative", "in_statement"),
        ("تدعم", "lavrov", "negative", "in_statement"),
        ("التدخل الأجنبي", "lavrov", "negative", "in_statement"),
    ]
    # لسنا (we are not) negates as ليس does
    assert evaluations('وقال لافروف: "لسنا مستعدين لهذه الخطوة".', lexicon) == [
        ("مستعدين", "lavrov", "negative", "quote_owner"),
    ]


def test_a_negated_verb_of_denial_affirms_and_a_negated_participle_flips(lexicon):
    frame = analyze([snippet("وقال لافروف إن هناك تقارير ولا ينفيها أحد عن قصف المدن.", date="2024")], lexicon).stances
    # nobody denies the reports: the speaker affirms the charge, no praise
    assert [(row.cue, row.speaker_id, row.polarity) for row in frame.itertuples()] == [
        ("وقال", "lavrov", "neutral"), ("ينفيها", "lavrov", "negative"),
    ]
    frame = analyze([snippet('وقال حفتر: "ليس مستغربا أن نزور موسكو".', date="2024")], lexicon).stances
    # ليس مستغربا: not surprising, an adjective negated
    assert [(row.cue, row.speaker_id, row.polarity) for row in frame.itertuples()] == [
        ("وقال", "haftar_khalifa", "neutral"), ("مستغربا", "haftar_khalifa", "positive"),
    ]


def test_a_negation_reaches_across_a_form_of_being_and_ever(lexicon):
    # لم تكن يوما داعمة: تكن and يوما stood between the negator and the cue, so it read as support
    assert evaluations("وأكد لافروف أن روسيا لم تكن يوما داعمة لحفتر.", lexicon) == [
        ("داعمة", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن موسكو لم ترحب قط بهذه الخطوة.", lexicon) == [
        ("ترحب", "lavrov", "negative", "in_statement"),
    ]


def test_more_of_the_vocabulary_of_condemnation_regret_and_praise(lexicon):
    # none of these words carried a stance before
    assert evaluations('وقال بيسكوف: "هذه مسرحية سخيفة".', lexicon) == [
        ("مسرحية", "peskov", "negative", "quote_owner"), ("سخيفة", "peskov", "negative", "quote_owner"),
    ]
    assert evaluations("وقالت الخارجية الروسية إنها تنظر إلى العقوبات الجائرة على أنها الكيل بمكيالين.", lexicon) == [
        ("الجائرة", "russia_mfa", "negative", "in_statement"),
        ("الكيل بمكيالين", "russia_mfa", "negative", "in_statement"),
    ]
    assert evaluations('وقال نيبينزيا: "للأسف لم يتغير شيء".', lexicon) == [("للأسف", "nebenzia", "negative", "quote_owner")]
    assert evaluations("وقال الدبيبة إن الحكومة تعتز بعلاقاتها مع روسيا.", lexicon) == [
        ("تعتز", "dbeibah", "positive", "in_statement"),
    ]
    assert evaluations("وأكد لافروف أن روسيا تتضامن مع الشعب الليبي.", lexicon) == [
        ("تتضامن", "lavrov", "positive", "in_statement"),
    ]
    # an objection is the speaker's own pronoun's: أنظمة اعتراض (interception systems) is none
    assert evaluations("وأعربت روسيا عن اعتراضها على القرار.", lexicon) == [
        ("اعتراضها", "russia", "negative", "in_statement"),
    ]
    assert evaluations("وقال المسؤولون إن الطائرات نقلت أنظمة اعتراض إلى ليبيا.", lexicon) == []


def test_an_operation_s_name_and_the_fight_against_corruption_carry_no_stance(lexicon):
    # بركان الغضب (the name of a military operation) made الغضب (anger) the speaker's stance
    assert evaluations("وقال المتحدث إن قوات بركان الغضب تقدمت نحو سرت.", lexicon) == []
    # مكافحة الفساد (an agency, a policy) made الفساد (corruption) one
    assert evaluations("وقال المسؤول إن هيئة مكافحة الفساد فتحت تحقيقا.", lexicon) == []
    # corruption named as such is still condemned
    assert evaluations("وقال المسؤول إن الفساد ينتشر في المؤسسات.", lexicon) == [("الفساد", "", "negative", "in_statement")]


def test_idioms_of_approval_and_of_blame_and_warning(lexicon):
    # each was read as no stance
    assert evaluations('وقال لافروف: "لا مانع لدينا من استقبال الوفد".', lexicon) == [
        ("لا مانع", "lavrov", "positive", "quote_owner"),
    ]
    assert evaluations("وقال لافروف إن الاتفاق خطوة إلى الأمام.", lexicon) == [
        ("خطوة إلى الأمام", "lavrov", "positive", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن الاتفاق بقي حبرا على ورق.", lexicon) == [
        ("حبرا على ورق", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن الغرب يصب الزيت على النار.", lexicon) == [
        ("الزيت على النار", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن التقرير لا يعكس الواقع.", lexicon) == [
        ("لا يعكس الواقع", "lavrov", "negative", "in_statement"),
    ]
    # a negated verb before the idiom does not turn the warning into praise
    assert evaluations("وقال لافروف إن روسيا لن تقف مكتوفة الأيدي.", lexicon) == [
        ("مكتوفة الأيدي", "lavrov", "negative", "in_statement"),
    ]


def test_the_accusative_forms_of_evaluative_adjectives(lexicon):
    # مرفوض, مثمر were cues, مرفوضا, مثمرا (after كان، ما زال، أصبح) were not. معقدا stays
    # unlisted: it is in a seed sentence, and the seeds keep every result (it would add a row).
    assert evaluations("وقال لافروف إن التدخل في ليبيا ما زال مرفوضا.", lexicon) == [
        ("مرفوضا", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن الاجتماع كان مثمرا.", lexicon) == [("مثمرا", "lavrov", "positive", "in_statement")]
    # جيدا is also the adverb "well": no stance in ندرك جيدا
    assert evaluations('وقال لافروف: "ندرك جيدا أن الوضع في ليبيا هادئ".', lexicon) == []


def test_the_forms_with_the_article_of_evaluative_adjectives(lexicon):
    # the matcher strips no article: مفبركة, متورطة, وطيدة were cues, their definite forms were not
    assert evaluations("وقال لافروف إن الدول المتورطة في تسليح الميليشيات معروفة.", lexicon) == [
        ("المتورطة", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وقال الدبيبة إن العلاقات الوطيدة بين البلدين تسمح بذلك.", lexicon) == [
        ("الوطيدة", "dbeibah", "positive", "in_statement"),
    ]
    # the complex file is a cliché of description, no stance: المعقد stays out
    assert evaluations("وقال لافروف إن روسيا تتابع الملف الليبي المعقد.", lexicon) == []


def test_the_writer_s_account_of_a_statement_s_circumstances_is_not_the_speaker_s(lexicon):
    # ، في ظل …، وسط …، وذلك بعد …: the narration's context after a comma; its tension, crisis and
    # fears were taken for the speaker's
    assert evaluations("وقال لافروف إن روسيا تتابع الوضع، وذلك بعد تصاعد التوتر في طرابلس.", lexicon) == []
    assert evaluations("وقال لافروف إن الوفد سيصل غدا، وسط مخاوف من انهيار الهدنة.", lexicon) == []
    # a word of the narration that is no one's only when quoted goes to the article's voice
    assert evaluations("وقال لافروف إن روسيا ستستضيف الاجتماع، في ظل العدوان على طرابلس.", lexicon) == [
        ("العدوان", "", "negative", "article"),
    ]
    # inside quotation marks the words stay the speaker's
    assert evaluations('وقال لافروف: "سنواصل دعمنا، في ظل هذه الأزمة".', lexicon) == [
        ("دعمنا", "lavrov", "positive", "quote_owner"), ("الأزمة", "lavrov", "negative", "quote_owner"),
    ]
    # and what the speaker says before the clause is his
    assert evaluations("وقال لافروف إن الوضع خطير، في ظل التدخل الأجنبي.", lexicon) == [
        ("خطير", "lavrov", "negative", "in_statement"),
    ]


def test_a_stance_word_in_an_unnamed_holder_s_title_is_no_stance(lexicon):
    # the subject phrase stopped at المصالحة, a stance word, and the committee's name was read as
    # what رئيس لجنة said
    assert evaluations("وقال رئيس لجنة المصالحة الوطنية إن الاجتماع سيعقد غدا.", lexicon) == []
    assert evaluations("وقال مدير مكتب التعاون الدولي إن الاجتماع سيعقد غدا.", lexicon) == []
    # a manner after the speaker is his: قالت روسيا بارتياح
    assert evaluations("وقالت روسيا بارتياح إن الاجتماع سيعقد غدا.", lexicon) == [
        ("بارتياح", "russia", "positive", "in_statement"),
    ]
    # and what follows إن is said
    assert evaluations("وقال لافروف إن المصالحة مهمة.", lexicon) == [("المصالحة", "lavrov", "positive", "in_statement")]


def test_a_relative_clause_about_the_speaker_before_what_he_says_is_narration(lexicon):
    # وقال الدبيبة، الذي تواجه حكومته أزمة خانقة، إن: the crisis was taken for his words
    assert evaluations("وقال الدبيبة، الذي تواجه حكومته أزمة خانقة، إن الانتخابات ستجرى.", lexicon) == []
    assert evaluations("وأكد سفير روسيا لدى ليبيا، الذي يحظى بدعم واسع، أن الاجتماع سيعقد غدا.", lexicon) == []
    # what he says after إن is his
    assert evaluations("وقال الدبيبة، الذي تواجه حكومته أزمة خانقة، إن الوضع خطير.", lexicon) == [
        ("خطير", "dbeibah", "negative", "in_statement"),
    ]
    # a relative clause inside what is said is said
    assert evaluations("وقال الدبيبة إن الحكومة، التي تواجه أزمة، ستصمد.", lexicon) == [
        ("أزمة", "dbeibah", "negative", "in_statement"),
    ]


def test_closeness_an_agreeable_solution_the_only_settlement_and_mediation_are_positive(lexicon):
    assert evaluations('وقال حفتر: "نحن أقرب إلى موسكو من أي عاصمة أخرى".', lexicon) == [
        ("أقرب إلى", "haftar_khalifa", "positive", "quote_owner"),
    ]
    assert evaluations("وقال لافروف إن روسيا تسعى إلى حل يرتضيه الجميع.", lexicon) == [
        ("يرتضيه", "lavrov", "positive", "in_statement"),
    ]
    assert evaluations("وقال أردوغان إن أنقرة وموسكو تعملان على التوسط بين الأطراف.", lexicon) == [
        ("التوسط", "erdogan", "positive", "in_statement"),
    ]


def test_stressing_dialogue_is_a_call_and_leaving_a_crisis_no_complaint(lexicon):
    # stressing the importance of dialogue is a call for it, positive: polarity conventions, rules 2
    # and 7 (written after this test first said neutral, when dev5 and dev6 were labelled so)
    assert evaluations("وشدد لافروف على أهمية الحوار بين الأطراف الليبية.", lexicon) == [
        ("أهمية", "lavrov", "positive", "in_statement"),
    ]
    # الأزمة after الخروج من is what is left behind, as in حل الأزمة: no complaint, and leaving it
    # is a stated aim (polarity convention 2; dev18)
    assert evaluations("وقال لافروف إن الحوار يمكن أن يساعد على الخروج من الأزمة.", lexicon) == [
        ("يساعد", "lavrov", "positive", "in_statement"),  # helping has a row since dev20
        ("الخروج من الأزمة", "lavrov", "positive", "in_statement")]
    # the importance of anything else is still a stance
    # (and preserving unity is itself supported)
    assert evaluations("وشدد لافروف على أهمية الحفاظ على وحدة ليبيا.", lexicon) == [
        ("أهمية", "lavrov", "positive", "in_statement"), ("الحفاظ على وحدة", "lavrov", "positive", "in_statement"),
    ]


def test_derision_and_calling_a_company_a_state_s_armed_arm_are_negative(lexicon):
    assert evaluations('وقالت السفارة الروسية: "تصريحاتهم تسلينا، كنا نضحك طوال اليوم".', lexicon) == [
        ("تسلينا", "russian_embassy_libya", "negative", "quote_owner"),
        ("نضحك", "russian_embassy_libya", "negative", "quote_owner"),
    ]
    assert evaluations("وقال المسؤول الأمريكي إن الشركة ذراع مسلح لدولة أجنبية.", lexicon) == [
        ("ذراع مسلح", "", "negative", "in_statement"),
    ]


def test_no_objection_and_indispensable_are_positive(lexicon):
    # a negated objection is consent; each was read as no stance
    assert evaluations("وقال لافروف إن روسيا لا تمانع في المشاركة.", lexicon) == [
        ("لا تمانع", "lavrov", "positive", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن موسكو لا تعترض على المبادرة.", lexicon) == [
        ("لا تعترض", "lavrov", "positive", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن دور الأمم المتحدة لا غنى عنه.", lexicon) == [
        ("لا غنى عنه", "lavrov", "positive", "in_statement"),
    ]


def test_apprehension_procrastination_and_a_grave_error_are_negative(lexicon):
    assert evaluations("وأبدى لافروف تخوفه من انزلاق البلاد نحو الحرب.", lexicon)[0] == (
        "تخوفه", "lavrov", "negative", "in_statement")
    assert evaluations("وقال لافروف إن مماطلة الأطراف تطيل الأزمة.", lexicon)[0] == (
        "مماطلة", "lavrov", "negative", "in_statement")
    assert evaluations("وقال لافروف إن التدخل كان خطأ فادحا.", lexicon) == [
        ("خطأ", "lavrov", "negative", "in_statement"),
        ("فادحا", "lavrov", "negative", "in_statement"),
    ]


def test_asking_for_the_end_of_support_is_against_it(lexicon):
    # بوقف دعمها: the support was read as Washington's
    assert evaluations("وطالبت واشنطن موسكو بوقف دعمها لقوات حفتر.", lexicon) == [
        ("دعمها", "washington", "negative", "in_statement"),
    ]
    assert evaluations("ودعا الاتحاد الأوروبي روسيا إلى الكف عن دعم المرتزقة.", lexicon) == [
        ("دعم", "eu", "negative", "in_statement"), ("المرتزقة", "eu", "negative", "in_statement"),
    ]
    # continuing support is support, and stopping violence keeps the word's polarity
    assert evaluations("وقال لافروف إن روسيا ستواصل دعم الحكومة.", lexicon) == [("دعم", "lavrov", "positive", "in_statement")]
    assert evaluations("وقال لافروف إن وقف العنف ضروري.", lexicon) == [("العنف", "lavrov", "negative", "in_statement")]


def test_unjustified_and_futile_are_negative(lexicon):
    assert evaluations("وقال لافروف إن القصف كان بلا مبرر.", lexicon) == [("بلا مبرر", "lavrov", "negative", "in_statement")]
    assert evaluations("وقال لافروف إن المحادثات انتهت دون جدوى.", lexicon) == [
        ("دون جدوى", "lavrov", "negative", "in_statement"),
    ]


def test_a_wish_and_interest_are_positive(lexicon):
    # رغبة and اهتمام had no cue: a wish to buy or an interest shown was no stance
    assert evaluations("وأشار لافروف إلى رغبة بلاده في شراء القمح الليبي.", lexicon) == [
        ("رغبة", "lavrov", "positive", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن موسكو تبدي اهتماما بالاستثمار في ليبيا.", lexicon) == [
        ("اهتماما", "lavrov", "positive", "in_statement"),
    ]
    # in the narration they are nobody's stance (holder quoted)
    assert evaluations("وتحظى المسألة باهتمام كبير في موسكو.", lexicon) == []


def test_cooperation_as_a_matter_discussed_is_no_stance(lexicon):
    # شؤون التعاون is what a meeting discussed, like قضايا التعاون and ملفات التعاون
    assert evaluations("وقال بيسكوف إن اللقاء شهد مناقشة شؤون التعاون الاقتصادي بين البلدين.", lexicon) == []
    # cooperation the speaker speaks for is still positive
    assert evaluations("وقال بيسكوف إن موسكو تريد التعاون مع طرابلس.", lexicon)[0][2] == "positive"


def test_the_withdrawal_of_mercenaries_is_a_plain_matter(lexicon):
    # إخراج المرتزقة names a file of talks, as a ceasefire does: no accusation
    assert evaluations("وأعلن المتحدث أن اللجنة ستتوجه إلى موسكو للتباحث حول ملف إخراج المرتزقة من ليبيا.", lexicon) == []
    assert evaluations("وقال لافروف إن خروج المرتزقة يجب أن يكون متزامنا.", lexicon) == []
    # mercenaries named for what they do are still condemned
    assert evaluations("وقال لافروف إن المرتزقة يزعزعون الأمن.", lexicon)[0] == (
        "المرتزقة", "lavrov", "negative", "in_statement")


def test_destabilising_malign_acts_difficulties_and_smuggling_are_negative(lexicon):
    assert evaluations("وقال لافروف إن على واشنطن أن توقف أفعالها الخبيثة والمزعزعة للاستقرار.", lexicon) == [
        ("الخبيثة", "lavrov", "negative", "in_statement"),
        ("والمزعزعة للاستقرار", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن الشحنات تواجه صعوبات كبيرة بسبب العقوبات.", lexicon)[0] == (
        "صعوبات", "lavrov", "negative", "in_statement")
    # smuggling announced is a bad event without evaluation, neutral (polarity conventions, rule 5);
    # framed as a violation it is negative
    assert evaluations("وقال لافروف إن الأسلحة تم تهريبها إلى خارج ليبيا.", lexicon) == []
    assert evaluations("وقال لافروف إن تهريب الأسلحة انتهاك للقرار.", lexicon)[0] == (
        "انتهاك", "lavrov", "negative", "in_statement")
    # fighting smuggling is no accusation: منع/الحد من/مكافحة تهريب
    assert evaluations("وقال لافروف إن على الحكومة منع تهريب الأسلحة عبر الحدود.", lexicon) == []
    assert evaluations("ودعا لافروف إلى تعزيز الرقابة للحد من تهريب البشر.", lexicon) == []


def test_good_news_and_common_ground_are_positive(lexicon):
    assert evaluations("وقال لافروف إن الزيارة حملت الأنباء الطيبة للبلدين.", lexicon)[0] == (
        "الطيبة", "lavrov", "positive", "in_statement")
    assert evaluations('وأضاف لافروف: "نريد الوصول إلى قاسم مشترك بشأن عمل البعثة".', lexicon)[0][0] == "قاسم مشترك"


def test_a_call_to_resume_or_return_is_positive(lexicon):
    # a call verb with استئناف/العودة behind ل, ب or after إلى asks for what stopped to start again
    assert evaluations("وقال لافروف إن موسكو تدعو الشركات الليبية لاستئناف العمل في حقولها.", lexicon)[0][1:] == (
        "lavrov", "positive", "in_statement")
    assert evaluations("وأوضح لافروف أن بلاده دعت بعض الشركات الليبية الكبرى للعودة إلى العمل.", lexicon)[0][1:] == (
        "lavrov", "positive", "in_statement")
    assert evaluations("وقال لافروف إن روسيا تطالب الشركات بعودة سريعة إلى المشاريع.", lexicon)[0][1:] == (
        "lavrov", "positive", "in_statement")
    # a resumption only mentioned, or a call to something else, carries no stance
    assert evaluations("وأشار لافروف إلى استئناف عمل السفارة في طرابلس.", lexicon) == []
    assert evaluations("ودعا لافروف إلى عقد اجتماع جديد، واستئناف الحوار لاحقا.", lexicon) == []


def test_a_call_for_an_aim_of_peace_is_positive(lexicon):
    # the polarity conventions' rule 2 (eval/README.md): a call for a ceasefire, calm, dialogue or a
    # settlement is the caller's positive stance; the aim may stand anywhere in the call's reach
    assert evaluations("ودعا لافروف الأطراف الليبية إلى وقف إطلاق النار.", lexicon)[0] == ("وقف", "lavrov", "positive", "in_statement")
    assert evaluations("وحث لافروف جميع الأطراف على التهدئة.", lexicon)[0] == ("التهدئة", "lavrov", "positive", "in_statement")
    assert evaluations("وقال لافروف إن بلاده تدعو الأطراف إلى إعلان هدنة فورية.", lexicon)[0] == (
        "هدنة", "lavrov", "positive", "in_statement")
    assert evaluations("وطالب لافروف بالحل السياسي للأزمة.", lexicon)[0] == ("بالحل", "lavrov", "positive", "in_statement")
    # an aim only mentioned, or past a comma after the call, is none
    assert evaluations("وأشار لافروف إلى انهيار وقف إطلاق النار في طرابلس.", lexicon) == []
    assert evaluations("ودعا لافروف إلى عقد اجتماع جديد، ثم الحوار.", lexicon) == []


def test_a_call_reaches_its_aim_past_long_names_and_commas(lexicon):
    # دعا X، ونظيره Y الأطراف، إلى إعلان هدنة: both callers, the aim right after إلى 12 words on
    text = "دعا الرئيس الروسي فلاديمير بوتين، ونظيره التركي رجب طيب أردوغان أطراف الأزمة الليبية، إلى إعلان هدنة فورية."
    assert evaluations(text, lexicon, date="2020") == [
        ("هدنة", "putin", "positive", "in_statement"), ("هدنة", "erdogan", "positive", "in_statement")]
    # a noun of calling with the article calls too, and elections are an aim of peace (rule 2)
    text = 'وقالت المنقوش: "نجدد الدعوة إلى التهدئة والتراجع".'
    assert evaluations(text, lexicon, date="2022") == [("التهدئة", "mangoush", "positive", "quote_owner")]
    assert evaluations("ودعا لافروف إلى إجراء الانتخابات في موعدها.", lexicon)[0] == (
        "الانتخابات", "lavrov", "positive", "in_statement")
    # elections only reported are none, and the long reach needs إلى or على right before the aim
    assert evaluations("وقال لافروف إن الانتخابات ستجري في موعدها.", lexicon) == []
    assert evaluations("ودعا لافروف، في مؤتمر صحفي عقده أمس في موسكو، جميع الأطراف الليبية إلى الحوار.", lexicon) == [
        ("الحوار", "lavrov", "positive", "in_statement")]
    assert evaluations("ودعا لافروف الصحفيين إلى مؤتمره، وقال إن جهود التهدئة فشلت.", lexicon) == [
        ("فشلت", "lavrov", "negative", "in_statement")]
    # a colon after the caller, as after a name in a headline-like lead, is crossed like a comma
    assert evaluations("ودعا لافروف: طرفي الصراع في ليبيا إلى وقف القتال فورا.", lexicon) == [
        ("وقف", "lavrov", "positive", "in_statement")]


def test_another_sides_feeling_in_a_statement_is_reported_not_taken(lexicon):
    # the predicate of its own clause after أن, its subject another side's: that side's mood
    assert evaluations("وأضاف لافروف أن حفتر متفائل جدا بنتائج المحادثات.", lexicon) == []
    assert evaluations("وقالت مصادر إن العواصم الأوروبية أصبحت أكثر قلقا من الهجرة.", lexicon) == []
    # the speaker's own side, or himself, keeps it
    assert evaluations("وقال لافروف إن موسكو قلقة من تصاعد القتال.", lexicon)[0] == (
        "قلقة", "lavrov", "negative", "in_statement")
    assert evaluations("وقال لافروف إنه قلق من تصاعد القتال.", lexicon)[0] == (
        "قلق", "lavrov", "negative", "in_statement")
    # another side's readiness is reported too (polarity conventions, rule 4: "X is ready to
    # sign"); the speaker's own side's readiness is his stance
    assert evaluations("وقال لافروف إن حفتر مستعد لتوقيع الاتفاق.", lexicon) == []
    assert evaluations("وقال لافروف إن موسكو مستعدة لتوقيع الاتفاق.", lexicon)[0] == (
        "مستعدة", "lavrov", "positive", "in_statement")


def test_concern_shown_in_the_accusative_is_negative(lexicon):
    # أبدى قلقاً: the accusative of قلق, the speaker's own concern
    assert evaluations("وأبدى لافروف قلقاً من وصول الأسلحة إلى المتطرفين.", lexicon)[0] == (
        "قلقاً", "lavrov", "negative", "in_statement")


def test_we_in_the_future_is_the_headlines_state(lexicon):
    # روسيا: سندعم …: the future's س stands before the imperfect's ن; «we» is still the state
    # before the colon, which speaks (the place-label rule took it for a section before)
    assert evaluations("روسيا: سندعم الحكومة الليبية", lexicon) == [("سندعم", "russia", "positive", "headline")]


def test_cooperating_in_the_present_and_hopes_are_positive(lexicon):
    # thirteenth session (polarity21): only the noun تعاون was a cue; تتعاون (cooperates) and the
    # plural آمال (hopes) said nothing
    assert evaluations("وقال لافروف إن بلاده تتعاون مع الشركاء الأوروبيين في الملف الليبي.", lexicon) == [
        ("تتعاون", "lavrov", "positive", "in_statement"),
    ]
    assert evaluations("وقال المتحدث باسم الحكومة محمد حمودة إننا لا نتعاون مع أي قوة أجنبية.", lexicon) == [
        ("نتعاون", "hamouda_mohamed", "negative", "in_statement"),
    ]
    assert evaluations("وأعرب الدبيبة عن آماله في أن تعود الشركات الروسية قريبا.", lexicon) == [
        ("آماله", "dbeibah", "positive", "in_statement"),
    ]


def test_risk_laden_is_negative_and_a_historic_summit_positive(lexicon):
    assert evaluations("ووصف لافروف إرسال قوات جديدة إلى ليبيا بالأمر المحفوف بالمخاطر.", lexicon) == [
        ("المحفوف بالمخاطر", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وقال الدبيبة إن المؤتمر قمة تاريخية للبلدين.", lexicon) == [
        ("قمة تاريخية", "dbeibah", "positive", "in_statement"),
    ]


def test_working_towards_a_settlement_is_positive(lexicon):
    text = "وأكدت زاخاروفا أن موسكو ستعمل مع الأطراف الليبية من أجل التوصل إلى تسوية دائمة."
    assert evaluations(text, lexicon) == [("التوصل إلى تسوية", "zakharova", "positive", "in_statement")]


def test_confronting_and_not_allowing_are_negative(lexicon):
    assert evaluations("ودعا لافروف إلى التصدي للجماعات المتطرفة في الساحل.", lexicon) == [
        ("التصدي", "lavrov", "negative", "in_statement"),
    ]
    assert evaluations("وقال لافروف إنه لا يمكن السماح للمرتزقة بالبقاء في ليبيا.", lexicon)[0] == (
        "لا يمكن السماح", "lavrov", "negative", "in_statement")
    # in the narration a quoted word is nobody's
    assert evaluations("وفي إطار التصدي للتهريب أغلقت السلطات المعبر الحدودي.", lexicon) == []
    # repelling an attack is a military report, no stance
    text = "وقال المتحدث باسم الجيش أحمد المسماري إن الدفاعات الجوية تمكنت من التصدي لهجوم بطائرات مسيرة."
    assert evaluations(text, lexicon) == []


def test_permission_a_finished_task_and_a_stock_description_carry_no_stance(lexicon):
    # الحصول على موافقة: seeking a permit, not agreeing; إنجاز مهمتهم: a task completed, not an
    # achievement praised; البلد الغارق في الفوضى: the agencies' stock description of Libya;
    # مستعدون للمغادرة: ready to leave, no readiness to cooperate
    for text in ("وقال لافروف إن الرعايا الروس تجمعوا في السفارة وإنهم مستعدون للمغادرة فور وصول الطائرات.",
                 "وقال لافروف إن البعثة تعمل على الحصول على موافقة السلطات لإرسال الطائرة.",
                 "وقال لافروف إن الخبراء عادوا بعد إنجاز مهمتهم في طرابلس.",
                 "وقال لافروف إن القتال أودى بحياة المئات في البلد الغارق في الفوضى منذ سنوات."):
        assert evaluations(text, lexicon) == []
        frame = analyze([snippet(text, date="2024")], lexicon).stances
        assert list(frame.speaker_id) == ["lavrov"]



def test_not_allowing_in_a_headline_is_the_states_refusal(lexicon):
    # روسيا: لن نسمح …: the cue phrase opens with لن; its verb is «we», the state before the colon
    assert evaluations("روسيا: لن نسمح بالتدخل في ليبيا", lexicon) == [("لن نسمح", "russia", "negative", "headline")]


def test_a_stance_word_in_a_bodys_or_documents_name_is_no_stance(lexicon):
    # thirteenth session (polarity21): للتعاون in the name of a commission or an agreement was the
    # speaker's praise of cooperation; a committee's name is neutral news
    for text in ("قالت وزارة الطاقة الروسية إن الطرفين ناقشا استئناف عمل اللجنة الحكومية الروسية الليبية للتعاون التجاري.",
                 "وقال الدبيبة إن الاجتماع ترأسه مدير إدارة التعاون الاقتصادي في الوزارة.",
                 "وقال الدبيبة إنه تم التوقيع على اتفاق للتعاون في مجال الطاقة."):
        assert evaluations(text, lexicon) == []
    frame = analyze([snippet("وقال الدبيبة إنه تم التوقيع على اتفاق للتعاون في مجال الطاقة.", date="2024")], lexicon).stances
    assert list(zip(frame.speaker_id, frame.polarity)) == [("dbeibah", "neutral")]
    # readiness to cooperate is no name, nor is a body that welcomes (the company's readiness is
    # its own, reported: rule 4; the cooperation it offers stays positive)
    assert evaluations("وقال الدبيبة إن الشركة الروسية مستعدة للتعاون مع ليبيا.", lexicon) == [
        ("للتعاون", "dbeibah", "positive", "in_statement"),
    ]
    assert evaluations("وقال لافروف إن اللجنة ترحب بالاتفاق.", lexicon) == [("ترحب", "lavrov", "positive", "in_statement")]


def statement_polarities(text, lexicon):
    """Each speaker's statement polarity as the scorer reads it: the first row that carries one."""
    frame = analyze([snippet(text, date="2024")], lexicon).stances
    found: dict[str, str] = {}
    for speaker, polarity in zip(frame.speaker_id, frame.polarity):
        if found.get(speaker, "neutral") == "neutral":
            found[speaker] = polarity
    return found


@pytest.mark.parametrize("text, speaker, polarity", [
    # vocab22: evaluative expressions read in articles nobody had used, each in a sentence of our own
    ("وقالت زاخاروفا إن التقرير حملة مغرضة ضد موسكو.", "zakharova", "negative"),
    ("وقال لافروف إن هذه التصريحات تهدف إلى النيل من سمعة روسيا.", "lavrov", "negative"),
    ("وقال لافروف إن توريد السلاح يؤدي إلى إطالة أمد النزاع.", "lavrov", "negative"),
    ("وأعرب لافروف عن دهشته من موقف واشنطن.", "lavrov", "negative"),
    ("وقال الدبيبة إن إغلاق الموانئ لا يصب في مصلحة الليبيين.", "dbeibah", "negative"),
    ("وقال بيسكوف إن العقوبات عديمة الجدوى.", "peskov", "negative"),
    ("وقالت زاخاروفا إن الدبلوماسيين الروس تعرضوا لمضايقات.", "zakharova", "negative"),
    ("وقال لافروف إن الغرب يتعامل بمعايير مزدوجة.", "lavrov", "negative"),
    ("وقال المشري إن قرار البرلمان باطل.", "mishri", "negative"),
    ("وقال لافروف إن وسائل الإعلام الغربية تعمد إلى قلب الحقائق.", "lavrov", "negative"),
    ("وقال الدبيبة إن أي تدخل أجنبي يمس سيادة ليبيا.", "dbeibah", "negative"),
    ("وأعرب الدبيبة عن صدمته من حجم الخراب.", "dbeibah", "negative"),
    ("وقال الدبيبة إن الحكومة لن تتهاون مع من يعبث بأمن البلاد.", "dbeibah", "negative"),
    ("وقال لافروف إن الإعلان خطوة جادة نحو الحل.", "lavrov", "positive"),
    ("وقال لافروف إن موسكو تقدر المساعي الحميدة للجزائر.", "lavrov", "positive"),
    ("وقال لافروف إن الجزائر تبذل جهودا حثيثة لتقريب وجهات النظر.", "lavrov", "positive"),
    ("وقال لافروف إن قرار الرئيس كان حكيما.", "lavrov", "positive"),
    ("وقال لافروف إن ليبيا شريك استراتيجي لموسكو.", "lavrov", "positive"),
    ("وأعرب بوتين عن سعادته بنتائج المحادثات.", "putin", "positive"),
    ("وقال لافروف إن النتائج الأولية مبشرة.", "lavrov", "positive"),
    ("وبارك لافروف الاتفاق الذي توصل إليه الطرفان.", "lavrov", "positive"),
])
def test_vocabulary_read_in_unused_articles_gives_the_speakers_stance(lexicon, text, speaker, polarity):
    assert statement_polarities(text, lexicon) == {speaker: polarity}


@pytest.mark.parametrize("text, speaker", [
    # the same words' neighbours that name no judgement: a crime-fighting label, a courtesy title,
    # a landslide, non-binding wording, a counting-on that annotators read as neutral
    ("وقال المتحدث باسم الحكومة إن الأجهزة تعمل على مكافحة الهجرة غير المشروعة.", "المتحدث باسم الحكومة"),
    ("وأكد لافروف أن التحقيق في قضية الأموال غير المشروعة مستمر.", "lavrov"),
    ("وقال لافروف إن سعادة السفير استقبل الوفد الليبي.", "lavrov"),
    ("وقال الدبيبة إن الانزلاقات الأرضية أغلقت الطريق المؤدي إلى درنة.", "dbeibah"),
    ("وقال لافروف إن الجانب الروسي يعول على ضمان أمن بعثته.", "lavrov"),
])
def test_neighbours_of_the_new_vocabulary_stay_neutral(lexicon, text, speaker):
    found = statement_polarities(text, lexicon)
    assert list(found.values()) == ["neutral"]


def test_a_feeling_joined_by_and_shares_its_subject(lexicon):
    # ومنزعجة goes with أكثر قلقا: the European governments' mood, which the sources only report
    text = "وقالت مصادر إن الحكومات الأوروبية باتت أكثر قلقا من الهجرة، ومنزعجة من الفوضى."
    assert [row for row in evaluations(text, lexicon) if row[0] == "ومنزعجة"] == []
    # the speaker's own feeling stays: وقالت روسيا إنها منزعجة
    assert evaluations("وقال لافروف إن روسيا قلقة ومنزعجة من القصف.", lexicon)[-1][:3] == ("ومنزعجة", "lavrov", "negative")


def test_claiming_adds_nothing_and_a_report_of_the_claim_is_neutral(lexicon):
    # polarity22: زعم and ادعى were negative reporting cues; the polarity conventions label what
    # the speaker says, not the reporting verb
    frame = analyze([snippet("وزعمت الصحيفة البريطانية أن خبراء روسا يعملون في مطار ليبي.", date="2020")], lexicon).stances
    assert list(frame.polarity) == ["neutral"]
    # a charge the words carry still counts
    assert evaluations("وادعى حفتر أن الحكومة تدعم الإرهاب.", lexicon)[0][2] == "negative"


def test_advice_not_to_travel_is_a_warning(lexicon):
    # polarity22: rule 5 of the polarity conventions, travel advice is negative
    assert evaluations("ودعت السفارة الروسية مواطنيها إلى عدم زيارة المناطق الجنوبية.", lexicon) == [
        ("عدم زيارة", "russian_embassy_libya", "negative", "in_statement")]
    assert evaluations("وقالت السفارة الروسية إنها تنصح رعاياها بالامتناع عن السفر جنوبا.", lexicon) == [
        ("بالامتناع عن السفر", "russian_embassy_libya", "negative", "in_statement")]
    # a visit announced is no warning
    assert evaluations("وقالت السفارة الروسية إن زيارة الوفد إلى ليبيا ستتم الأسبوع المقبل.", lexicon) == []


def test_done_successfully_is_a_report_not_praise(lexicon):
    # polarity22: بنجاح tells how an act went (وصلت الشحنة بنجاح), news without evaluation
    assert evaluations("وقالت الخارجية الروسية إن الشحنة وصلت إلى الميناء بنجاح.", lexicon) == []
    # success as a noun of its own is still praise
    assert evaluations("وقال لافروف إن نجاح المؤتمر خطوة مهمة.", lexicon)[0][:3] == ("نجاح", "lavrov", "positive")


def test_urging_the_parties_to_de_escalate_is_a_call_for_calm(lexicon):
    # polarity22: تشجيع is a verb of calling (language/calling.txt), rule 2
    text = 'وقال نيبينزيا: "على العواصم المؤثرة تشجيع الليبيين على خفض التصعيد".'
    assert [row[2] for row in evaluations(text, lexicon, date="2020")] == ["positive"]
    # urging towards no aim of peace is no call for calm
    text = "وقال لافروف إن القرار شجع المتطرفين على التصعيد."
    assert "positive" not in [row[2] for row in evaluations(text, lexicon)]
def test_a_stance_verb_with_two_subjects_is_the_stance_of_each(lexicon):
    # توافق بوتين وأردوغان: one verb of stance, two subjects (session attrib22c; sentence written for the test)
    text = "توافق بوتين وأردوغان على وقف إطلاق النار."
    assert evaluations(text, lexicon, date="2020") == [
        ("توافق", "putin", "positive", "after_verb"), ("توافق", "erdogan", "positive", "after_verb"),
    ]
    # the second name behind مع is whom he agreed with, not a second subject
    text = "توافق بوتين مع أردوغان على وقف إطلاق النار."
    assert evaluations(text, lexicon, date="2020") == [("توافق", "putin", "positive", "after_verb")]


def test_violating_in_the_plural_and_raising_suspicion_are_negative(lexicon):
    text = "وقال لافروف إن الذين يستخدمون القرار لهذا الغرض ينتهكون تفويض الأمم المتحدة."
    assert evaluations(text, lexicon) == [("ينتهكون", "lavrov", "negative", "in_statement")]
    text = "وقالت الخارجية الروسية إن الأمر الأكثر إثارة للشك هو الترويج للخطط."
    assert evaluations(text, lexicon) == [("إثارة للشك", "russia_mfa", "negative", "in_statement")]


def test_an_aim_of_peace_the_speaker_works_for_is_positive(lexicon):
    # polarity convention 2: a declared aim of a truce or a settlement
    text = "وأضافت الخارجية الروسية أن روسيا ستواصل العمل مع جميع الليبيين لتحقيق هدنة دائمة."
    assert evaluations(text, lexicon) == [("هدنة", "russia_mfa", "positive", "in_statement")]
    assert evaluations("وقال لافروف إن موسكو تعمل من أجل التوصل إلى حل سياسي.", lexicon)[0][2] == "positive"
    # others' efforts described by what they aim at are no aim of the speaker's
    assert evaluations("وقال لافروف إن الجهود الرامية لتحقيق السلام فشلت.", lexicon) == [("فشلت", "lavrov", "negative", "in_statement")]
    # an aim mentioned in narration is nobody's stance
    assert evaluations("وعقد الطرفان اجتماعا لتحقيق هدنة دائمة.", lexicon) == []


def test_a_vow_to_fight_on_until_is_negative(lexicon):
    # convention 6: سنواصل القتال حتى …
    assert evaluations("وقال حفتر إن قواته ستواصل القتال حتى السيطرة على كل المدن.", lexicon) == [
        ("ستواصل القتال", "haftar_khalifa", "negative", "in_statement")]
    assert evaluations("وتابع حفتر أنهم مصممون على مواصلة الكفاح ضد الإرهاب حتى النصر.", lexicon)[0][2] == "negative"
    # going on fighting with no "until" is a report, no vow
    assert evaluations("وقال حفتر إن قواته تواصل القتال في الجنوب.", lexicon) == []
    # going on talking until a settlement is no vow
    assert [row[0] for row in evaluations("وقال لافروف إن روسيا ستواصل الحوار حتى التوصل إلى حل.", lexicon)] == ["التوصل إلى حل"]


def test_participation_and_joint_projects_are_supported(lexicon):
    assert evaluations("وقال غاتيلوف إن حفتر يجب أن يشارك في إدارة ليبيا.", lexicon) == [
        ("يجب أن يشارك", "gatilov", "positive", "in_statement")]
    assert evaluations("وقال موزغوفوي إن تاتنفت تخطط لإنشاء مشروع مشترك مع المؤسسة الوطنية للنفط.", lexicon)[0][2] == "positive"
    # forbidding participation stays a warning
    assert evaluations("وقال لافروف إنه يجب ألا يشارك الإرهابيون في الحوار.", lexicon)[0][2] == "negative"


def test_praise_with_an_object_in_construct_with_an_actor(lexicon):
    # ثمّن (praised), not ثمن (price): its object حرص روسيا is a noun in construct with an actor
    rows = evaluations("وثمن اللافي حرص روسيا على دعم المسار السلمي.", lexicon)
    assert rows[0] == ("حرص", "lafi", "positive", "in_statement")
    # the price of something stays a noun
    assert evaluations("وقال اللافي إن ثمن القمح الروسي ارتفع.", lexicon) == []


def test_unilateral_steps_warnings_and_hopes(lexicon):
    text = "وقالت الخارجية الروسية إن الاتحاد الأوروبي يسعى إلى العمل بشكل أحادي الجانب."
    assert evaluations(text, lexicon)[0][2] == "negative"
    text = "ودعا لافروف إلى عدم السماح بتحويل ليبيا إلى بؤرة للإرهاب."
    assert [row[2] for row in evaluations(text, lexicon)] == ["negative", "negative"]
    text = "وأعربت حكومة الوفاق عن تطلعها لعودة الاستثمارات الروسية."
    assert evaluations(text, lexicon) == [("تطلعها", "gna", "positive", "in_statement")]
    text = "وشدد لافروف على ضرورة المحافظة على وحدة ليبيا."
    assert evaluations(text, lexicon)[0][2] == "positive"


def test_arrogant_states_are_criticised(lexicon):
    assert evaluations("وقال تشوركين إن البلاد تحولت إلى ميدان للمنافسة بين دول متغطرسة.", lexicon) == [
        ("متغطرسة", "churkin", "negative", "in_statement")]


def test_no_knowledge_of_what_a_report_says_is_a_denial(lexicon):
    # polarity convention 3: "we are not aware" answering a report is negative
    text = "وقالت الخارجية الروسية في بيان إنها ليس لديها علم بوجود متعاقدين روس في سرت."
    assert evaluations(text, lexicon) == [("ليس لديها علم", "russia_mfa", "negative", "in_statement")]
    text = "وقال لافروف إن بلاده لا علم لها بالخبراء الذين تحدثت عنهم الصحيفة."
    assert evaluations(text, lexicon) == [("لا علم لها", "lavrov", "negative", "in_statement")]


@pytest.mark.parametrize("text, cue, speaker, polarity", [
    # the forms of verbs of warning, disapproval, protest and objection that the lexicon had in
    # one person or tense only (حذروا but not يحذرون, استهجن but not تستهجن, اعترض but not تعترض)
    ("وقال الدبيبة إن الليبيين يحذرون من عودة الحرب.", "يحذرون", "dbeibah", "negative"),
    ("وقالت زاخاروفا إن موسكو مستاءة من تصرفات السفارة الأمريكية.", "مستاءة", "zakharova", "negative"),
    ("وقال لافروف إن الروس مستاءون من سلوك الحلف.", "مستاءون", "lavrov", "negative"),
    ("وقال لافروف إنه مستاء من نتائج الاجتماع.", "مستاء", "lavrov", "negative"),
    ("وقالت زاخاروفا إن الإعلام الغربي يواصل حملة شيطنة روسيا.", "شيطنة", "zakharova", "negative"),
    ("وقال المشري إن التقرير يفتقر إلى الدقة.", "يفتقر", "mishri", "negative"),
    ("وقالت زاخاروفا إن المزاعم الأمريكية تفتقر إلى الأدلة.", "تفتقر", "zakharova", "negative"),
    ('وقال حفتر: "نهدد كل من يعتدي على أرضنا".', "نهدد", "haftar_khalifa", "negative"),
    ('وقال لافروف: "ننفي كل ما جاء في التقرير".', "ننفي", "lavrov", "negative"),
    ("وقال المنفي إن المجلس يستهجن الهجوم على المدنيين.", "يستهجن", "menfi", "negative"),
    ("وقالت الخارجية الليبية إنها تستهجن تصريحات السفير.", "تستهجن", "gnu_mfa", "negative"),
    ('وقال الدبيبة: "نستهجن هذه الحملة الإعلامية".', "نستهجن", "dbeibah", "negative"),
    ("ونفى لافروف الأنباء، مستهجنا ما نشرته الصحيفة.", "مستهجنا", "lavrov", "negative"),
    ("وقال المشري إن ليبيا تحتج على خرق أجوائها.", "تحتج", "mishri", "negative"),
    ("وقال المشري إن المجلس يحتج على تأجيل الجلسة.", "يحتج", "mishri", "negative"),
    ("وعارض لافروف الخطة الغربية.", "وعارض", "lavrov", "negative"),
    ("ويعترض الدبيبة على التدخل الأجنبي.", "ويعترض", "dbeibah", "negative"),
    ("وقالت الخارجية الليبية إن الحكومة تعترض على القرار.", "تعترض", "gnu_mfa", "negative"),
    ('وقال الدبيبة: "نعترض على هذا الإجراء".', "نعترض", "dbeibah", "negative"),
    ("وقال لافروف إن التدخل فاقم الانقسام.", "فاقم", "lavrov", "negative"),
    ("وقال لافروف إن الضربات فاقمت معاناة المدنيين.", "فاقمت", "lavrov", "negative"),
    ("وقال لافروف إن استمرار القتال يفاقم الأوضاع.", "يفاقم", "lavrov", "negative"),
    ("وقالت زاخاروفا إن القرار تعسفي.", "تعسفي", "zakharova", "negative"),
    ("وقالت زاخاروفا إن العقوبات تعسفية.", "تعسفية", "zakharova", "negative"),
    ("وقال لافروف إن ما جرى تجاوز فاضح للقرار.", "فاضح", "lavrov", "negative"),
    ("وقال لافروف إن الأمر تجاوزات فاضحة.", "فاضحة", "lavrov", "negative"),
    ("وقال لافروف إن الغرب تجاوز القرار تجاوزا فاضحا.", "فاضحا", "lavrov", "negative"),
    ("وقال المشري إن المسلحين يمارسون ترهيب المدنيين.", "ترهيب", "mishri", "negative"),
    ("وقال لافروف إنه متشائم بشأن فرص الحل.", "متشائم", "lavrov", "negative"),
    ("وقالت زاخاروفا إنها متشائمة بشأن فرص الحل.", "متشائمة", "zakharova", "negative"),
    # support, praise, blessing, thanks and hope in the forms the lexicon lacked
    ("وساند لافروف مقترح المبعوث الأممي.", "وساند", "lavrov", "positive"),
    ("وساندت روسيا مقترح المبعوث الأممي.", "وساندت", "russia", "positive"),
    ("ويساند لافروف مقترح المبعوث الأممي.", "ويساند", "lavrov", "positive"),
    ("وتساند روسيا مقترح المبعوث الأممي.", "وتساند", "russia", "positive"),
    ('وقال لافروف: "نساند جهود المبعوث".', "نساند", "lavrov", "positive"),
    ("وأكد لافروف مساندة موسكو لجهود المبعوث.", "مساندة", "lavrov", "positive"),
    ("وقال لافروف إن موسكو تثني على جهود الوساطة.", "تثني", "lavrov", "positive"),
    ('وقال لافروف: "نثني على جهود الوساطة".', "نثني", "lavrov", "positive"),
    ("وقال لافروف إن موسكو تبارك الاتفاق بين الطرفين.", "تبارك", "lavrov", "positive"),
    ('وقال لافروف: "نبارك الاتفاق بين الطرفين".', "نبارك", "lavrov", "positive"),
    ("وقالت زاخاروفا إن موسكو تشكر الجانب الليبي.", "تشكر", "zakharova", "positive"),
    ("وقال لافروف إن الحوار ضروري، آملا أن يتوصل الطرفان إلى اتفاق.", "آملا", "lavrov", "positive"),
    ("وقالت زاخاروفا إن الحوار ضروري، آملة أن يتوصل الطرفان إلى اتفاق.", "آملة", "zakharova", "positive"),
    ("وقال لافروف إن الحوار ضروري، متطلعا إلى نتائج ملموسة.", "متطلعا", "lavrov", "positive"),
    ("وقالت زاخاروفا إن الحوار ضروري، متطلعة إلى نتائج ملموسة.", "متطلعة", "zakharova", "positive"),
    ("وقال لافروف إنه مسرور بنتائج الزيارة.", "مسرور", "lavrov", "positive"),
    ("وقالت زاخاروفا إنها مسرورة بنتائج الزيارة.", "مسرورة", "zakharova", "positive"),
])
def test_paradigm_forms_of_stance_verbs_and_adjectives(lexicon, text, cue, speaker, polarity):
    frame = analyze([snippet(text)], lexicon).stances
    rows = [(row.speaker_id, row.polarity) for row in frame.itertuples() if row.cue == cue]
    assert rows == [(speaker, polarity)]


def test_a_noun_in_hamza_with_its_pronoun_on_the_seat(lexicon):
    # استياء with ها is written استيائها: the hamza on ya before the pronoun is still the word
    assert evaluations("وعبرت زاخاروفا عن استيائها الشديد من قرار العقوبات.", lexicon) == [
        ("استيائها", "zakharova", "negative", "in_statement")]
    assert evaluations("وأبدى لافروف استياءه من تأخر الرد.", lexicon)[0][:3] == ("استياءه", "lavrov", "negative")


@pytest.mark.parametrize("text, cue, speaker, polarity", [
    # reservations, surprise, doubt, calling a lie, refuting, brandishing and blame: negative
    ("وقال لافروف إن لدى موسكو تحفظات على مشروع القرار.", "تحفظات", "lavrov", "negative"),
    ("وقال لافروف إن موسكو تستغرب صمت المجتمع الدولي.", "تستغرب", "lavrov", "negative"),
    ("وقال لافروف إنه يستغرب صمت المجتمع الدولي.", "يستغرب", "lavrov", "negative"),
    ('وقال لافروف: "نستغرب صمت المجتمع الدولي".', "نستغرب", "lavrov", "negative"),
    ("وقالت زاخاروفا إن الحوار متعثر، مستغربة صمت المجتمع الدولي.", "مستغربة", "zakharova", "negative"),
    ('وقال لافروف: "نشكك في صحة هذه الرواية".', "نشكك", "lavrov", "negative"),
    ("وقالت زاخاروفا إن الحوار متعثر، مشككة في نوايا الغرب.", "مشككة", "zakharova", "negative"),
    ("وقال لافروف إن الصحيفة تكذب على قرائها.", "تكذب", "lavrov", "negative"),
    ("وقال لافروف إن الوزير يكذب على الرأي العام.", "يكذب", "lavrov", "negative"),
    ("ونفى لافروف الخبر، مكذبا ما نشرته الصحيفة.", "مكذبا", "lavrov", "negative"),
    ("ورد لافروف على التقرير، مفندا ما جاء فيه.", "مفندا", "lavrov", "negative"),
    ("وردت زاخاروفا على التقرير، مفندة ما جاء فيه.", "مفندة", "zakharova", "negative"),
    ("وقال لافروف إن الوقائع تدحض هذه الرواية.", "تدحض", "lavrov", "negative"),
    ("وقال لافروف إن هذا الدليل يدحض الرواية الغربية.", "يدحض", "lavrov", "negative"),
    ("وقال لافروف إن واشنطن تلوح بفرض عقوبات جديدة.", "تلوح", "lavrov", "negative"),
    ("وقال لافروف إن الغرب يلوح بفرض عقوبات جديدة.", "يلوح", "lavrov", "negative"),
    ("وقال لافروف إن الحل ممكن، ملوحا باستخدام الفيتو.", "ملوحا", "lavrov", "negative"),
    ("وقال لافروف إن موسكو لامت الغرب على ما جرى.", "لامت", "lavrov", "negative"),
    ("وقال لافروف إنه يلوم الغرب على ما جرى.", "يلوم", "lavrov", "negative"),
    ("وقالت زاخاروفا إنها تلوم الغرب على ما جرى.", "تلوم", "zakharova", "negative"),
    ('وقال لافروف: "نلوم الغرب على ما جرى".', "نلوم", "lavrov", "negative"),
    ("وقال لافروف إن الوضع صعب، لائما الغرب على ما جرى.", "لائما", "lavrov", "negative"),
    # defending, praising, holding to and commitment: positive
    ("وقال لافروف إن موسكو تدافع عن سيادة ليبيا.", "تدافع", "lavrov", "positive"),
    ("وقال المنفي إن المجلس يدافع عن وحدة البلاد.", "يدافع", "menfi", "positive"),
    ('وقال لافروف: "ندافع عن القانون الدولي".', "ندافع", "lavrov", "positive"),
    ("وقالت زاخاروفا إن الحل ممكن، مدافعة عن الوساطة الأفريقية.", "مدافعة عن", "zakharova", "positive"),
    ("وقال لافروف إن موسكو تمتدح جهود الوساطة.", "تمتدح", "lavrov", "positive"),
    ("وقال لافروف إن الحل ممكن، ممتدحا جهود الوساطة.", "ممتدحا", "lavrov", "positive"),
    ("وقال لافروف إن موسكو تمسكت بالحل السياسي.", "تمسكت", "lavrov", "positive"),
    ("وقال لافروف إن موسكو تتمسك بالحل السياسي.", "تتمسك", "lavrov", "positive"),
    ("وقال لافروف إن الوفد يتمسك بالحل السياسي.", "يتمسك", "lavrov", "positive"),
    ('وقال لافروف: "نتمسك بالحل السياسي".', "نتمسك", "lavrov", "positive"),
    ("وقال لافروف إن الحل ممكن، متمسكا بالوساطة الأممية.", "متمسكا", "lavrov", "positive"),
    ('وقال لافروف: "نلتزم بقرارات مجلس الأمن".', "نلتزم", "lavrov", "positive"),
])
def test_more_paradigm_forms_of_stance_verbs(lexicon, text, cue, speaker, polarity):
    frame = analyze([snippet(text)], lexicon).stances
    rows = [(row.speaker_id, row.polarity) for row in frame.itertuples() if row.cue == cue]
    assert rows == [(speaker, polarity)]


@pytest.mark.parametrize("text, cue, speaker, polarity", [
    # a setback, double standards, belying the truth, short-sightedness: negative;
    # standing by someone (بجانب beside إلى جانب) and the right way: positive
    ("وقال لافروف إن هذه الخطوة تمثل انتكاسة للعملية السياسية.", "انتكاسة", "lavrov", "negative"),
    ("وقال لافروف إن الليبيين يخشون الانتكاسة بعد الهدنة.", "الانتكاسة", "lavrov", "negative"),
    ("وقال لافروف إن العملية السياسية شهدت انتكاسات متتالية.", "انتكاسات", "lavrov", "negative"),
    ("وقال لافروف إن الغرب يتعامل بمكيالين مع الأزمات.", "بمكيالين", "lavrov", "negative"),
    ("وقال لافروف إن التقرير يجافي الحقيقة.", "يجافي الحقيقة", "lavrov", "negative"),
    ("وقالت زاخاروفا إن هذه الرواية تجافي الحقيقة.", "تجافي الحقيقة", "zakharova", "negative"),
    ("وقالت زاخاروفا إن هذه التصريحات مجافية للحقيقة.", "مجافية للحقيقة", "zakharova", "negative"),
    ("وقالت زاخاروفا إن هذا الادعاء مجاف للحقيقة.", "مجاف للحقيقة", "zakharova", "negative"),
    ("وقالت زاخاروفا إن هذه المعلومات منافية للحقيقة.", "منافية للحقيقة", "zakharova", "negative"),
    ("وقالت زاخاروفا إن هذا الكلام مناف للحقيقة.", "مناف للحقيقة", "zakharova", "negative"),
    ("وقال لافروف إن هذه المعلومات عارية من الصحة.", "عارية من الصحة", "lavrov", "negative"),
    ("وقال لافروف إن هذا الخبر عار من الصحة.", "عار من الصحة", "lavrov", "negative"),
    ("وقال لافروف إن هذا النهج قصير النظر.", "قصير النظر", "lavrov", "negative"),
    ("وقال لافروف إن هذه السياسة تعكس قصر النظر.", "قصر النظر", "lavrov", "negative"),
    ("وقال لافروف إن روسيا تقف بجانب ليبيا في محنتها.", "تقف بجانب", "lavrov", "positive"),
    ("وقال لافروف إن الشعب الروسي يقف بجانب الليبيين.", "يقف بجانب", "lavrov", "positive"),
    ('وقال لافروف: "نقف بجانب الشعب الليبي".', "نقف بجانب", "lavrov", "positive"),
    ("وأكد لافروف على الوقوف بجانب الشعب الليبي.", "الوقوف بجانب", "lavrov", "positive"),
    ("وقال لافروف إن روسيا وقفت بجانب ليبيا دائما.", "وقفت بجانب", "lavrov", "positive"),
    ("وقال لافروف إن الحوار هو الطريق الصحيح للحل.", "الطريق الصحيح", "lavrov", "positive"),
])
def test_setbacks_falsehood_and_standing_by(lexicon, text, cue, speaker, polarity):
    frame = analyze([snippet(text)], lexicon).stances
    rows = [(row.speaker_id, row.polarity) for row in frame.itertuples() if row.cue == cue]
    assert rows == [(speaker, polarity)]


@pytest.mark.parametrize("text", [
    "وقال لافروف إن الحكومة الليبية تلتزم الصمت حيال الضربات.",
    "وقال لافروف إن البرلمان يلتزم الصمت حيال الضربات.",
    "وقال لافروف إن المبعوث التزم الصمت حيال الضربات.",
    "وقال لافروف إن الحكومة التزمت الصمت حيال الضربات.",
    "وانتقد لافروف التزام الصمت حيال الضربات.",
])
def test_keeping_silent_is_no_commitment(lexicon, text):
    # يلتزم (committed) is positive; with الصمت it only says nobody spoke
    assert [row[2] for row in evaluations(text, lexicon)] == []


@pytest.mark.parametrize("text, cue, speaker", [
    # a wish that was not met (we would have liked) and what should have been done: regret and
    # reproach, negative
    ('وقال الدبيبة: "كنا نود أن تكون موسكو أقرب إلى الليبيين".', "كنا نود", "dbeibah"),
    ('وقال الدبيبة: "كنا نأمل أن تصل المساعدات قبل الشتاء".', "كنا نأمل", "dbeibah"),
    ('وقال الدبيبة: "كنا نتمنى أن يحضر الوفد الروسي".', "كنا نتمنى", "dbeibah"),
    ('وقال الدبيبة: "كنت أتمنى أن يحضر الوفد الروسي".', "كنت أتمنى", "dbeibah"),
    ('وقال الدبيبة: "كنت آمل أن يحضر الوفد الروسي".', "كنت آمل", "dbeibah"),
    ('وقال الدبيبة: "كنت أود أن يحضر الوفد الروسي".', "كنت أود", "dbeibah"),
    ("وقال لافروف إنه كان يجب على الغرب احترام القرار.", "كان يجب", "lavrov"),
    ("وقال لافروف إنه كان ينبغي على الغرب احترام القرار.", "كان ينبغي", "lavrov"),
    ("وقال لافروف إنه كان من الأجدر بالغرب احترام القرار.", "كان من الأجدر", "lavrov"),
    ("وقال لافروف إنه كان الأجدر بالغرب احترام القرار.", "كان الأجدر", "lavrov"),
    ("وقال لافروف إنه كان من الأفضل انتظار نتائج التحقيق.", "كان من الأفضل", "lavrov"),
    ("وقال لافروف إنه كان من الأولى انتظار نتائج التحقيق.", "كان من الأولى", "lavrov"),
    # not wanting something is refusing it
    ('وقال الدبيبة: "لا نريد قواعد أجنبية على أرضنا".', "لا نريد", "dbeibah"),
    ("وقال الدبيبة إن ليبيا لا تريد قواعد أجنبية على أرضها.", "لا تريد", "dbeibah"),
    ("وقال الدبيبة إن الشعب الليبي لا يريد قواعد أجنبية على أرضه.", "لا يريد", "dbeibah"),
    # a crusade, the word for a war of aggression
    ("وقال لافروف إن الغرب شن حملة صليبية على ليبيا.", "حملة صليبية", "lavrov"),
    ("وقال لافروف إن الغرب قاد الحملة الصليبية على ليبيا.", "الحملة الصليبية", "lavrov"),
    ("وقال لافروف إن ليبيا عانت من حملات صليبية متكررة.", "حملات صليبية", "lavrov"),
])
def test_regret_reproach_refusal_and_crusades_are_negative(lexicon, text, cue, speaker):
    rows = evaluations(text, lexicon)
    assert rows[0][:3] == (cue, speaker, "negative")


def test_a_statement_wrapped_over_lines_carries_its_polarity_on_its_verb(lexicon):
    # convention 1: a page wrapped at a fixed width cuts the statement after في; the piece with the
    # verb takes the polarity of what follows it on the next lines
    text = ('وقالت الخارجية الروسية في\nبيان على موقعها إن "هذه الأنباء\nالتي نشرتها الصحيفة ملفقة ولا أساس\n'
            'لها"، داعية إلى التحقق من المصادر.')
    frame = analyze([snippet(text)], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity) for row in frame.itertuples()] == [
        ("وقالت", "russia_mfa", "negative"), ("ملفقة", "russia_mfa", "negative"), ("ولا أساس", "russia_mfa", "negative")]
    # a verb with another of the speaker's verbs after it on its own line keeps its neutral
    # polarity: only the one whose line the break cuts takes it
    text = ("وقال لافروف إن الوفد الروسي سيصل غدا، وأضاف أن\nالوضع في العاصمة الليبية لا يزال\n"
            "صعبا بسبب الخلافات بين الأطراف\nالليبية المتنافسة على السلطة.")
    frame = analyze([snippet(text)], lexicon).stances
    assert [(row.cue, row.polarity) for row in frame.itertuples()] == [
        ("وقال", "neutral"), ("وأضاف", "negative"), ("صعبا", "negative")]
    # on one line nothing changes: the statement's polarity is its first evaluation's
    frame = analyze([snippet('وقالت الخارجية الروسية في بيان إن "هذه الأنباء ملفقة".')], lexicon).stances
    assert [(row.cue, row.polarity) for row in frame.itertuples()] == [("وقالت", "neutral"), ("ملفقة", "negative")]


def test_a_call_to_reopen_or_restart_is_a_call_to_resume(lexicon):
    # two-word entries of resumption.txt: إعادة فتح، إعادة تفعيل، إعادة تشغيل asked for
    assert evaluations("وطالب المنفي روسيا بإعادة فتح سفارتها في طرابلس.", lexicon) == [
        ("بإعادة", "menfi", "positive", "in_statement")]
    assert evaluations("ودعا الدبيبة الشركات الروسية إلى إعادة تشغيل محطات الكهرباء.", lexicon) == [
        ("إعادة", "dbeibah", "positive", "in_statement")]
    assert evaluations("وطالبت ليبيا بإعادة تفعيل اللجنة الحكومية المشتركة.", lexicon)[0][1:3] == ("libya", "positive")
    # إعادة alone is no resumption (إعادة النظر: reconsider), and a mere mention is no call
    assert evaluations("ودعا الدبيبة موسكو إلى إعادة النظر في موقفها.", lexicon) == []
    assert evaluations("وأشار الدبيبة إلى إعادة فتح السفارة الروسية.", lexicon) == []



@pytest.mark.parametrize("text, cue, speaker, polarity", [
    # votes against and for, misuse, a coup against, war criminals, worsening and
    # fallacies; improvement
    ("وقال نيبينزيا إن روسيا صوتت ضد مشروع القرار.", "صوتت ضد", "nebenzia", "negative"),
    ("وقال نيبينزيا إن الوفد صوت ضد مشروع القرار.", "صوت ضد", "nebenzia", "negative"),
    ("وقال نيبينزيا إن روسيا ستصوت ضد مشروع القرار.", "ستصوت ضد", "nebenzia", "negative"),
    ("وقال نيبينزيا إن الوفد يصوت ضد كل قرار منحاز.", "يصوت ضد", "nebenzia", "negative"),
    ("وقال نيبينزيا إن موسكو قررت التصويت ضد مشروع القرار.", "التصويت ضد", "nebenzia", "negative"),
    ("وقال نيبينزيا إن روسيا صوتت لصالح مشروع القرار.", "صوتت لصالح", "nebenzia", "positive"),
    ("وقال نيبينزيا إن الوفد صوت لصالح مشروع القرار.", "صوت لصالح", "nebenzia", "positive"),
    ("وقال نيبينزيا إن روسيا ستصوت لصالح مشروع القرار.", "ستصوت لصالح", "nebenzia", "positive"),
    ("وقال نيبينزيا إن الوفد يصوت لصالح مشروع القرار.", "يصوت لصالح", "nebenzia", "positive"),
    ("وقال نيبينزيا إن موسكو قررت التصويت لصالح مشروع القرار.", "التصويت لصالح", "nebenzia", "positive"),
    ("وقال لافروف إن الغرب أساء استخدام القرار.", "أساء استخدام", "lavrov", "negative"),
    ("وقال لافروف إن واشنطن أساءت استخدام القرار.", "أساءت استخدام", "lavrov", "negative"),
    ("وقال لافروف إن ما جرى سوء استخدام للقرار.", "سوء استخدام", "lavrov", "negative"),
    ("وقال الدبيبة إن العلاقات مع موسكو تشهد تحسنا.", "تحسنا", "dbeibah", "positive"),
    ("وقال الدبيبة إن العلاقات مع موسكو شهدت تحسن ملحوظ.", "تحسن ملحوظ", "dbeibah", "positive"),
    ("وقال السراج إن حفتر انقلب على الشرعية.", "انقلب على", "sarraj", "negative"),
    ("وقال السراج إن قوات حفتر انقلبت على الاتفاق السياسي.", "انقلبت على", "sarraj", "negative"),
    ("وقال السراج إن حفتر مجرم حرب.", "مجرم حرب", "sarraj", "negative"),
    ("وقال السراج إن المحكمة ستلاحق مجرم الحرب.", "مجرم الحرب", "sarraj", "negative"),
    ("وقال السراج إن هؤلاء مجرمي حرب.", "مجرمي حرب", "sarraj", "negative"),
    ("وقال السراج إن المحكمة ستلاحق مجرمي الحرب.", "مجرمي الحرب", "sarraj", "negative"),
    ("وقال المتحدث إن الأوضاع المعيشية تدهورت بشكل كبير.", "تدهورت", "المتحدث", "negative"),
    ("وقال المتحدث إن الوضع يتدهور يوما بعد يوم.", "يتدهور", "المتحدث", "negative"),
    ("وقال المتحدث إن الأوضاع تتدهور يوما بعد يوم.", "تتدهور", "المتحدث", "negative"),
    ("وقال المتحدث إن التقرير يتضمن مغالطات.", "مغالطات", "المتحدث", "negative"),
    ("وقال المتحدث إن ما ورد في التقرير مغالطة.", "مغالطة", "المتحدث", "negative"),
])
def test_votes_vetoes_misuse_and_worsening(lexicon, text, cue, speaker, polarity):
    frame = analyze([snippet(text)], lexicon).stances
    rows = [(row.speaker_id or row.speaker_name, row.polarity) for row in frame.itertuples() if row.cue == cue]
    assert rows == [(speaker, polarity)]


def test_a_verb_ending_its_line_in_a_colon_takes_the_polarity_of_the_quotation_after_it(lexicon):
    # convention 1: «وقال X:» and the quotation on the next line are one statement in two pieces
    text = 'الدبيبة يتحدث عن موسكو\n\nوقال الدبيبة:\n"إن وجود المرتزقة يهدد استقرار ليبيا".\n\nوأضاف:\n\n«نرحب بالشركات الروسية».'
    frame = analyze([snippet(text)], lexicon).stances
    rows = [(row.cue, row.speaker_id, row.polarity) for row in frame.itertuples()]
    assert rows[0] == ("وقال", "dbeibah", "negative")
    assert ("وأضاف", "dbeibah", "positive") in rows
    # a sentence that says something of its own before the colon keeps its own polarity
    text = ('الدبيبة يتحدث عن موسكو\n\nوقال الدبيبة إن الوفد سيصل غدا، وقال رئيس الحكومة:\n'
            '"نرحب بالشركات الروسية".')
    frame = analyze([snippet(text)], lexicon).stances
    assert [row.polarity for row in frame.itertuples() if row.cue == "وقال"] == ["neutral", "neutral"]


@pytest.mark.parametrize("text, cue, polarity", [
    # benefit to both sides is positive; unkept commitments, stalling and stalled work negative
    ("وقال الوزير إن الاتفاقية تعود بالنفع على الشعبين.", "بالنفع", "positive"),
    ("وقال الوزير إن المشروع سيعود بالفائدة على البلدين.", "بالفائدة على", "positive"),
    ("وقال الوزير إن التعاون قائم على المنفعة المتبادلة.", "المنفعة المتبادلة", "positive"),
    ("وقال الوزير إن الشراكة مع روسيا مفيدة للطرفين.", "مفيدة", "positive"),
    ("وقال الوزير إن الاتفاق مفيد للطرفين.", "مفيد", "positive"),
    ("وقال الوزير إن روسيا لم تف بالتزاماتها.", "لم تف", "negative"),
    ("وقال الوزير إن الشريك الروسي لم يف بوعوده.", "لم يف", "negative"),
    ("وقال الوزير إن موسكو تماطل في تنفيذ الاتفاق.", "تماطل", "negative"),
    ("وقال الوزير إن الشريك الروسي يماطل في تنفيذ الاتفاق.", "يماطل", "negative"),
    ("وقال الوزير إن الجانب الروسي يتلكأ في التنفيذ.", "يتلكأ", "negative"),
    ("وقال الوزير إن الشركة تتلكأ في التنفيذ.", "تتلكأ", "negative"),
    ("وقال الوزير إن المشروع متعثر منذ سنوات.", "متعثر", "negative"),
    ("وقال الوزير إن المفاوضات متعثرة منذ أشهر.", "متعثرة", "negative"),
])
def test_benefit_and_stalling(lexicon, text, cue, polarity):
    frame = analyze([snippet(text)], lexicon).stances
    rows = [(row.speaker_name, row.polarity) for row in frame.itertuples() if row.cue == cue]
    assert rows == [("الوزير", polarity)]


@pytest.mark.parametrize("text, cue", [
    # denials (convention 3): rumours, wrong information, premature talk, innocence of a charge
    ("وقال بيسكوف إن ما نشرته الصحيفة مجرد شائعات.", "شائعات"),
    ("وقال بيسكوف إن موسكو لا تلتفت إلى الشائعات.", "الشائعات"),
    ("وقال بيسكوف إن هذه إشاعات يروجها الخصوم.", "إشاعات"),
    ("وقال بيسكوف إن موسكو لا ترد على الإشاعات.", "الإشاعات"),
    ("وقال بيسكوف إن هذه المعلومات مغلوطة.", "مغلوطة"),
    ("وقال بيسكوف إن هذا الخبر مغلوط.", "مغلوط"),
    ("وقال بيسكوف إن الحديث عن قاعدة روسية في ليبيا سابق لأوانه.", "سابق لأوانه"),
    ("وقال بيسكوف إن هذه الخطوة سابقة لأوانها.", "سابقة لأوانها"),
    ("وقال بيسكوف إن روسيا بريئة من هذه الاتهامات.", "بريئة من"),
    ("وقال بيسكوف إن الجيش الروسي بريء من هذه الاتهامات.", "بريء من"),
])
def test_rumours_and_wrong_information_are_denied(lexicon, text, cue):
    frame = analyze([snippet(text)], lexicon).stances
    assert [(row.speaker_id, row.polarity) for row in frame.itertuples() if row.cue == cue] == [("peskov", "negative")]


def test_contacts_are_neutral_reconsidering_and_denied_arms_negative_radicals_a_stigma(lexicon):
    # نحافظ على الحوار مع جميع الأطراف: dialogue kept with everyone (polarity conventions, rule 8);
    # before, نحافظ على was positive
    assert evaluations('وقال لافروف: "نحن نحافظ على الحوار مع جميع الأطراف الليبية".', lexicon) == []
    # a call on others to reconsider is a reproach
    assert evaluations('وقال لافروف: "على الدول التي راهنت على الحرب أن تعيد حساباتها".', lexicon) == [
        ("تعيد حساباتها", "lavrov", "negative", "quote_owner"),
    ]
    # denying arms to anyone (polarity conventions, rule 3)
    assert evaluations("وأكد لافروف أن بلاده لا توفر السلاح لأي طرف في ليبيا.", lexicon) == [
        ("لا توفر السلاح", "lavrov", "negative", "in_statement"),
    ]
    # support given to radicals is condemned, as support to terrorists is
    assert evaluations("وقال لافروف إن بعض الدول تدعم المتشددين في ليبيا.", lexicon) == [
        ("تدعم", "lavrov", "negative", "in_statement"),
    ]


def test_a_stand_against_renewed_and_a_matter_shrouded_in_mystery_are_negative(lexicon):
    # موقف بلاده الرافض: the stance the speaker renews is a rejection (before, no cue)
    assert evaluations("وجدد لافروف موقف بلاده الرافض للتدخل العسكري في ليبيا.", lexicon) == [
        ("موقف بلاده الرافض", "lavrov", "negative", "in_statement"),
    ]
    # a complaint that the matter is obscure
    assert evaluations("وقال لافروف إن الغموض يكتنف مصير الاتفاق.", lexicon) == [
        ("الغموض يكتنف", "lavrov", "negative", "in_statement"),
    ]


def test_an_outlets_report_keeps_its_words_of_wrongdoing_and_only_those(lexicon):
    # polarity conventions, rule 4: a paper's labels are narration (دعما, مرتزقة: no stance of it),
    # but a charge of wrongdoing is its own; before, لمجرم الحرب was dropped with the other labels
    assert evaluations("وقالت صحيفة نيويورك تايمز إن روسيا تقدم دعما لمجرم الحرب في ليبيا.", lexicon) == [
        ("لمجرم الحرب", "nyt", "negative", "in_statement"),
    ]
    assert evaluations("وقالت صحيفة نيويورك تايمز إن الدور الروسي تعاظم بشكل مريب في ليبيا.", lexicon) == [
        ("مريب", "nyt", "negative", "in_statement"),
    ]
    assert evaluations("وقالت صحيفة نيويورك تايمز إن مرتزقة روسا وصلوا إلى ليبيا.", lexicon) == []


def test_strengthening_accord_or_stability_is_positive_but_not_in_a_laws_name(lexicon):
    # تعزيز الوفاق الوطني: an aim of peace the speaker states (before, no cue)
    assert evaluations("وأكد لافروف ضرورة تعزيز الوفاق الوطني في ليبيا.", lexicon) == [
        ("تعزيز الوفاق", "lavrov", "positive", "in_statement"),
    ]
    # قانون تعزيز الاستقرار: the purpose in a law's name is no stance of whoever names the law; the
    # puzzlement she states (محير) is hers, negative
    assert evaluations("وقالت زاخاروفا في تعليق على مشروع قانون تعزيز الاستقرار في ليبيا إن الأمر محير.",
                       lexicon) == [("محير", "zakharova", "negative", "in_statement")]


def test_coming_too_late_and_not_deeming_it_right_are_reproaches(lexicon):
    # تأخرت كثيرا: a step that came too late is a reproach (before, no cue)
    assert evaluations("وقال سيالة إن زيارة الوفد تأخرت كثيرا.", lexicon) == [
        ("تأخرت كثيرا", "siala", "negative", "in_statement"),
    ]
    # لا نعتبر هذا صحيحا: a course the speaker does not deem right is rejected
    assert evaluations('وقال لافروف: "لا نعتبر هذا صحيحا".', lexicon) == [
        ("لا نعتبر هذا صحيحا", "lavrov", "negative", "quote_owner"),
    ]


def test_giving_importance_to_something_takes_the_stance_of_what_it_is(lexicon):
    # إعطاء أهمية لمشكلة: attention asked for a problem is a warning, not praise (before, أهمية
    # came first and made it positive)
    assert evaluations("وشدد لافروف على ضرورة إعطاء أهمية لمشكلة الأسلحة الخطيرة في ليبيا.", lexicon)[0] == (
        "الخطيرة", "lavrov", "negative", "in_statement")
    # given to cooperation, it is support of cooperation
    assert evaluations("وقال لافروف إن روسيا تولي أهمية كبيرة للتعاون مع ليبيا.", lexicon) == [
        ("للتعاون", "lavrov", "positive", "in_statement"),
    ]


def test_support_someone_seeks_to_obtain_is_no_support_of_the_speaker(lexicon):
    # الحصول على دعم: what another tries to get, reported; before, دعم was the sources' support
    assert evaluations("وكشفت مصادر ليبية عن مساعي سيف الإسلام للحصول على دعم من موسكو.", lexicon) == []


def test_a_third_partys_verb_on_the_antecedent_inside_a_statement_is_no_stance(lexicon):
    # الحكومة التي تدعمها تركيا describes the government in a statement as in the narration: the
    # support is neither the speaker's nor a statement of Turkey's (eval/dev13; dev2, dev6, dev9
    # write the same relative clause in the narration)
    text = "وقال المرصد السوري إن المقاتلين يقاتلون ضد حكومة الوفاق التي تدعمها تركيا."
    assert evaluations(text, lexicon) == []
    assert analyze([snippet(text)], lexicon).stances[["speaker_id", "polarity", "attribution"]].values.tolist() == [
        ["sohr", "neutral", "after_verb"]]
    # ى written ا before the pronoun: ترعى → ترعاها
    text = "وقالت أفريكوم إن الطائرات تستخدم في العمليات التي ترعاها الحكومة الروسية."
    assert evaluations(text, lexicon) == []
    # the speaker's own support, or the antecedent's, stays his stance
    text = "وقال لافروف إن الحكومة التي ندعمها تعمل بجد."
    assert evaluations(text, lexicon) == [("ندعمها", "lavrov", "positive", "in_statement")]
    text = "وقال لافروف إن روسيا التي تدعم الحوار لن تتدخل."
    assert evaluations(text, lexicon) == [("تدعم", "lavrov", "positive", "in_statement")]


def test_denying_is_a_negative_statement_and_not_denying_none(lexicon):
    # أنكر، ينكر (denied, denies) were no cue: a denial is negative, as نفى is; the generated persons
    # (أنكروا، ينكرون) come with it. «لا تنكر» (does not deny) makes no denial.
    assert scored_statements("وأنكر بيسكوف أن تكون موسكو قد أرسلت أسلحة إلى ليبيا.", lexicon) == [
        ("peskov", "negative", "after_verb")]
    assert scored_statements("وأنكرت زاخاروفا صحة التقارير عن وجود مرتزقة روس.", lexicon) == [
        ("zakharova", "negative", "after_verb")]
    assert scored_statements("وقال لافروف إن موسكو لا تنكر وجود اتصالات مع حفتر.", lexicon) == [
        ("lavrov", "neutral", "after_verb")]


def test_a_third_partys_support_of_a_party_is_reported_not_praised(lexicon):
    # pol27: the support of an actor of another side, named as the subject of the clause, for a
    # party named after it is the speaker's report (dev21); before, لدعم was the command's praise
    assert scored_statements("وقالت أفريكوم إن روسيا أرسلت مقاتلات إلى ليبيا لدعم قوات حفتر.", lexicon) == [
        ("africom", "neutral", "after_verb")]
    assert evaluations("وقال الدبيبة إن روسيا ساندت المشير خليفة حفتر طوال الحرب.", lexicon) == [
        ("ساندت", "dbeibah", "neutral", "in_statement")]
    # the speaker's own side supporting, or supported, keeps the stance; so does support of an aim
    assert scored_statements("وقال لافروف إن روسيا أرسلت خبراء لدعم قوات حفتر.", lexicon) == [
        ("lavrov", "positive", "after_verb")]
    assert scored_statements("وقال الدبيبة إن تركيا ساندت حكومة الوحدة الوطنية في أصعب الظروف.", lexicon) == [
        ("dbeibah", "positive", "after_verb")]
    assert scored_statements("وقال الدبيبة إن روسيا تدعم العملية السياسية في ليبيا.", lexicon) == [
        ("dbeibah", "positive", "after_verb")]
    # support of a stigma stays a charge
    assert scored_statements("وقال الدبيبة إن تركيا تدعم الإرهابيين في ليبيا.", lexicon) == [
        ("dbeibah", "negative", "after_verb")]


def test_thanks_or_support_received_is_no_praise_of_the_receiver(lexicon):
    # pol27: تلقى الشكر tells what another gave the speaker (dev21); before, الشكر was his praise
    assert evaluations("وقال الدبيبة إنه تلقى الشكر من الرئاسة على جهوده.", lexicon) == [
        ("الشكر", "dbeibah", "neutral", "in_statement")]
    assert scored_statements("وقال الدبيبة إنه تلقى الشكر من الرئاسة على جهوده.", lexicon) == [
        ("dbeibah", "neutral", "after_verb")]
    # thanks given stay the speaker's
    assert scored_statements("وقال الدبيبة إنه يقدم الشكر لروسيا على موقفها.", lexicon) == [
        ("dbeibah", "positive", "after_verb")]


def test_a_positive_word_in_what_is_talked_about_is_no_stance(lexicon):
    # pol27: حول خطط … لتحقيق المصالحة names the topic, a few words past the preposition (_about
    # reads only the word right after it); before, المصالحة was the speaker's praise (dev5)
    assert evaluations("وتحدث لافروف حول خطط موسكو لتحقيق المصالحة في ليبيا.", lexicon) == [
        ("المصالحة", "lavrov", "neutral", "in_statement")]
    assert scored_statements("وتحدث لافروف حول خطط موسكو لتحقيق المصالحة في ليبيا.", lexicon) == [
        ("lavrov", "neutral", "after_verb")]
    # a mark or a clause of its own ends the topic: what follows keeps its stance
    assert scored_statements("وتحدث لافروف حول الوضع، وأكد دعم الحوار.", lexicon) == [
        ("lavrov", "positive", "after_verb")]
    assert scored_statements("وقال لافروف بشأن ليبيا إن المصالحة ضرورية.", lexicon) == [
        ("lavrov", "positive", "after_verb")]


def test_i_own_is_no_hope(lexicon):
    # pol27: لا أملك معلومات (I have no information) was read as أمل + ك (your hope), negated:
    # a rejection; the ignore row keeps it out, the hope (أملنا) stays
    text = 'وقال لافروف: "لا أملك معلومات عن هذه المسألة".'
    assert evaluations(text, lexicon) == []
    assert scored_statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    assert scored_statements("وقال لافروف إن أملنا كبير في نجاح الحوار.", lexicon) == [("lavrov", "positive", "after_verb")]


def test_the_writers_label_of_the_speaker_is_no_stance_of_his(lexicon):
    # pol27: غير الشرعية right after the speaker named after the verb is how the writer labels him
    # (dev21); before, the speaker called himself illegitimate
    assert scored_statements("وزعمت حكومة الوفاق غير الشرعية أنها رصدت طائرات روسية فوق ليبيا.", lexicon) == [
        ("gna", "neutral", "after_verb")]
    # inside what is said the label is the speaker's; a definite word right after may be the object
    assert scored_statements("وقال لافروف إن الحكومة غير الشرعية لا تمثل الليبيين.", lexicon) == [
        ("lavrov", "negative", "after_verb")]
    assert evaluations("وأكد لافروف الدعم الروسي للحوار الليبي.", lexicon) == [("الدعم", "lavrov", "positive", "in_statement")]
