"""Polarity on the twenty-sixth blind set read and evaluations found neutral (pol40, eval/README.md):
each test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_agreeing_with_a_rule_or_a_position_is_approval(lexicon):
    # يتفق مع، ينسجم مع، يتماشى مع، يتوافق مع: what the speaker finds in keeping with resolutions, the
    # law or a position he approves of, praise; negated, a disagreement «لا ينسجم مع القانون الدولي»
    assert scored_statements("وقال لافروف إن قرار الحكومة الليبية يتفق مع قرارات مجلس الأمن.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وأكد بوغدانوف أن موقف موسكو ينسجم مع الشرعية الدولية.", lexicon) == [
        ("bogdanov", "positive", "after_verb"),
    ]
    assert scored_statements("وقال لافروف إن هذا الإجراء لا يتماشى مع القانون الدولي.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    # in the narration it is nobody's stance (holder quoted)
    assert scored_statements("ويتفق الاتفاق الجديد مع قرارات مجلس الأمن.", lexicon) == []


def test_victims_of_a_natural_disaster_are_bad_news_told(lexicon):
    # ضحايا الإعصار، ضحايا الفيضانات، ضحايا الزلزال: the toll of a storm or an earthquake, told
    # without blame, is bad news (convention 5), not a charge «تبحث الفرق عن ضحايا الزلزال»
    assert scored_statements("وأعلنت وزارة الطوارئ الروسية أن فرقها تواصل البحث عن جثث ضحايا الفيضانات في المدينة.", lexicon) == [
        ("russia_emergencies", "neutral", "after_verb"),
    ]
    # condolences keep their praise; victims of shelling stay a charge
    assert scored_statements("وأعرب بوتين عن تعازيه في ضحايا الزلزال.", lexicon) == [("putin", "positive", "after_verb")]
    assert scored_statements("وقال لافروف إن القصف خلف ضحايا في صفوف المدنيين.", lexicon) == [("lavrov", "negative", "after_verb")]


def test_mercenaries_counted_by_a_noun_of_number_are_a_label(lexicon):
    # عدد المرتزقة، أعداد مرتزقة فاغنر: how many there are, told as a count, is a report with a
    # label, no charge (convention 4), as «عدد من المرتزقة» already was «انخفض عدد المرتزقة»
    assert scored_statements("وقال خبير أممي إن عدد المرتزقة الأجانب في ليبيا انخفض هذا العام.", lexicon) == [
        ("خبير أممي", "neutral", "unnamed"),
    ]
    assert scored_statements("وأضاف لافروف أن أعداد مرتزقة فاغنر في ليبيا انخفضت.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
    # the label with a charge beside it keeps the charge
    assert scored_statements("وقال المنفي إن مرتزقة فاغنر يهددون الاستقرار.", lexicon) == [("menfi", "negative", "after_verb")]


def test_an_intention_denied_for_now_is_a_deferral(lexicon):
    # لا تنوي … حتى اللحظة، حتى الآن، في الوقت الراهن: a negated intention limited to the present defers,
    # a standing policy, neutral (convention 7) «لا ننوي حاليا فتح قنصلية»
    assert scored_statements("وأضاف بوغدانوف أن موسكو لا تنوي حتى الآن إرسال مراقبين إلى ليبيا.", lexicon) == [
        ("bogdanov", "neutral", "after_verb"),
    ]
    assert scored_statements("وقال لافروف إن روسيا لا تنوي أيضا في الوقت الراهن فتح قنصلية في بنغازي.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
    # without the limit it stays a refusal
    assert scored_statements("وقال لافروف إن روسيا لا تنوي إرسال قوات إلى ليبيا.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]


def test_cooperation_kept_or_continued_is_support(lexicon):
    # سنحافظ على، الحفاظ على التعاون، استمرار التعاون، استمرار الحوار بين: a pledge to keep interests or
    # ties, or cooperation said to go on, is readiness to cooperate (convention 7) «سنحافظ على مصالحكم»
    assert scored_statements("وقال المنفي: سنحافظ على المصالح الروسية في ليبيا.", lexicon) == [
        ("menfi", "positive", "after_verb"),
    ]
    assert scored_statements("وقال شويغو إن الزيارة خطوة في الحفاظ على تعاون وثيق بين البلدين.", lexicon) == [
        ("shoigu", "positive", "after_verb"),
    ]
    assert scored_statements("وأكد بوغدانوف استمرار الحوار بين البلدين رغم الظروف.", lexicon) == [
        ("bogdanov", "positive", "after_verb"),
    ]
    # contacts kept with all stay neutral (convention 8); a readout's topic stays none (convention 7)
    assert scored_statements("وقال لافروف: سنحافظ على الاتصال مع جميع الأطراف.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
    assert scored_statements("وقال الكرملين إن الزيارة تناولت استمرار التعاون العسكري.", lexicon) == [
        ("kremlin", "neutral", "after_verb"),
    ]


def test_threats_hardship_and_no_room_are_negative(lexicon):
    # ستواجه مقاومة، سيلقى ردا حازما: a threat told as what will befall (convention 6); صعب للغاية: the
    # speaker's concern; لا نرى مجالا ل: a refusal «لا أرى مجالا للموافقة»
    assert scored_statements("وقال الدبيبة إن أي قوة تدخل البلاد دون إذن ستواجه مقاومة.", lexicon) == [
        ("dbeibah", "negative", "after_verb"),
    ]
    assert scored_statements("وقال لافروف إن الوضع في ليبيا صعب للغاية.", lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements("وقال نيبينزيا: لا نرى مجالا لتمرير هذا المشروع.", lexicon) == [
        ("nebenzia", "negative", "after_verb"),
    ]
    # a hedge with the article is no concern
    assert scored_statements("وقال المنفي إنه من الصعب جدا التكهن بموعد الانتخابات.", lexicon) == [
        ("menfi", "neutral", "after_verb"),
    ]


def test_only_through_dialogue_is_support_of_it(lexicon):
    # لا يمكن … إلا من خلال الحوار، إلا عبر الحل السياسي: dialogue or a political solution named as the
    # only way is a declared support of it (convention 2), as «لا بديل عن» «لا حل إلا بالحوار»
    assert scored_statements("وقال بوغدانوف إنه لا يمكن تسوية الأزمة الليبية إلا من خلال الحوار بين جميع الأطراف.", lexicon) == [
        ("bogdanov", "positive", "after_verb"),
    ]
    assert scored_statements("وأكد لافروف أن الاستقرار لن يعود إلا عبر الحل السياسي.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    # a negation with إلا after it restricts, it does not deny: the settlement is wanted (لا … إلا)
    assert scored_statements("وقال بوغدانوف إنه لا يمكن تسوية الأزمة الليبية إلا سياسيا.", lexicon) == [
        ("bogdanov", "positive", "after_verb"),
    ]
    # «إلا أن» is however, and the negation stands; «لن تؤدي إلا إلى تصعيد» stays a warning
    assert scored_statements("وقال لافروف إن روسيا لا تدعم التدخل العسكري، إلا أن الحوار مستمر.", lexicon)[0][1] == "negative"
    assert scored_statements("وقال لافروف إن هذه الخطوات لن تؤدي إلا إلى تصعيد.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
