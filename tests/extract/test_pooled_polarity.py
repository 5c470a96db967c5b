"""Polarity where the speaker is right, classed over every development set pooled (pol33,
eval/README.md): each test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_a_country_made_another_syria(lexicon):
    # سوريا جديدة، سورية أخرى: the figure of a war without end, a warning (negative); the phrase
    # opens with a name (سوريا) and goes on past it, so the name does not silence it
    assert scored_statements("وقال لافروف إن بعض العواصم تريد تحويل اليمن إلى سوريا جديدة.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    assert scored_statements('وأكد أردوغان أنه سيبحث مع بوتين منع تحول السودان إلى "سورية أخرى".', lexicon) == [
        ("erdogan", "negative", "after_verb"),
    ]
    # a cue word inside a name stays silent: قوات الدعم السريع is no support
    assert scored_statements("وقال لافروف إن قوات الدعم السريع دخلت المدينة.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]


def test_not_knowing_of_a_reported_presence_denies_it(lexicon):
    # لا يعرف عن، لا نعرف شيئا عن: not knowing of what a report says is a denial (convention 3),
    # as the listed «لا علم لنا» and «ليس على علم» are; «لا نعرف متى» asks, no charge is answered
    assert scored_statements("وأكد بيسكوف أنه لا يعرف عن وجود أنشطة لشركات روسية في السودان.", lexicon) == [
        ("peskov", "negative", "after_verb"),
    ]
    assert scored_statements('وقال لافروف: "لا نعرف شيئا عن هذه الصفقة".', lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements('وقال لافروف: "لا نعرف متى ستجرى الانتخابات".', lexicon) == [("lavrov", "neutral", "after_verb")]


def test_a_view_not_shared_is_rejected(lexicon):
    # لا نشاطر، لا تتفق: not sharing or agreeing with a view rejects it, negative (the listed
    # «لا نوافق» and «لا نتفق» were read; these persons were not). Only the negated forms are
    # listed: «تشاطر القاهرة قلقها» shares a concern, which is no praise
    assert scored_statements('وأضاف لافروف: "إذا كان المقصود الاعتراف بالمجلس ممثلا وحيدا، فإننا لا نشاطر هذا الموقف".',
                             lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements("وقال لافروف إن موسكو لا تتفق مع هذا الطرح.", lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements("وقال لافروف إن موسكو تشاطر القاهرة قلقها.", lexicon) == [("lavrov", "negative", "after_verb")]


def test_a_difficulty_another_side_meets_is_news(lexicon):
    # صعوبات تواجه تركيا، يواجه المجلس الانتقالي صعوبات: another side's difficulty, told as news, is
    # a bad event announced without evaluation (conventions 4 and 5), neutral
    assert scored_statements("وأكد لافروف أن النقل يتم جوا بسبب صعوبات تواجه تركيا في عبور المضيق.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
    assert scored_statements("وقال لافروف إنه يواجه المجلس الوطني الانتقالي صعوبات في بسط سيطرته.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]
    # the speaker's own side, a thing facing it and a hardship with no one facing it keep the stance
    assert scored_statements("وقال لافروف إن روسيا تواجه صعوبات في إجلاء قواتها.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    assert scored_statements('وقال لافروف: "نواجه صعوبات كبيرة في تنفيذ المشروع".', lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements("وأشار لافروف إلى وجود صعوبات أمام المشروع.", lexicon) == [("lavrov", "negative", "after_verb")]


def test_a_basis_with_the_verb_to_be(lexicon):
    # أن تكون أساسا، سيكون أساسا: the listed «يشكل أساسا» endorsement with كان, positive
    assert scored_statements('وقال لافروف: "أعتقد أن هذه المشاورات ينبغي أن تكون أساسا للتسوية المقبلة".', lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    # the writer's own words stay nobody's (held quoted)
    assert scored_statements("ويمكن أن يكون الاتفاق أساسا لمرحلة جديدة.", lexicon) == []


def test_puzzlement_is_criticism(lexicon):
    # محير، مستغرب، مثير للدهشة: the surprise family (listed as نستغرب، الاستغراب) as adjective and
    # participle; a measure called puzzling is criticised, negative
    assert scored_statements("وقالت زاخاروفا إن مشروع القانون أمر محير للغاية.", lexicon) == [
        ("zakharova", "negative", "after_verb"),
    ]
    assert scored_statements("وقالت زاخاروفا إن من المستغرب أن تصمت العواصم الغربية.", lexicon) == [
        ("zakharova", "negative", "after_verb"),
    ]
