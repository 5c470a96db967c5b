"""Polarity of the statements the attribution helper found in dev22 and dev23 (pol31, eval/README.md):
each test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_an_aim_of_peace_with_a_word_qualifying_it(lexicon):
    # وقف فوري لإطلاق النار: an adjective between the two words of the aim (polarity convention 2)
    assert scored_statements("ودعا لافروف إلى وقف فوري لإطلاق النار في السودان.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وطالب لافروف الطرفين بوقف شامل للقتال.", lexicon) == [("lavrov", "positive", "after_verb")]
    # a shooting that is no ceasefire: no aim, however it is called for
    assert scored_statements("ودعا لافروف إلى التحقيق في حادث لإطلاق النار.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]


def test_a_pledge_of_a_ceasefire_or_elections_is_positive(lexicon):
    # تعهد بوقف إطلاق النار: a declared aim of peace (polarity conventions 2 and 7), read as a call's
    assert scored_statements("وكان بوتين تعهد بوقف إطلاق النار في الإقليم.", lexicon) == [("putin", "positive", "before_verb")]
    assert scored_statements("وتعهد بوتين بإجراء انتخابات في موعدها.", lexicon) == [("putin", "positive", "after_verb")]
    # the aim behind ب past a time set off by commas, a month's two names with a slash among it
    assert scored_statements(
        "وكان بوتين وأردوغان تعهدا، خلال محادثات في أنقرة في مطلع أيار/مايو الماضي، بوقف مشروط لإطلاق النار.", lexicon
    ) == [("erdogan", "positive", "before_verb"), ("putin", "positive", "before_verb")]
    # a call with ب past commas, as one with إلى
    assert scored_statements("وطالب لافروف، خلال مؤتمر في موسكو، بوقف إطلاق النار.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]


def test_a_pledge_to_withdraw_is_no_call_on_one_party(lexicon):
    # تعهدت روسيا بسحب قواتها: the speaker's own pledge, not a demand on another (convention 2's negative)
    assert scored_statements("وتعهدت روسيا بسحب قواتها من المدينة.", lexicon) == [("russia", "neutral", "after_verb")]
    # a pledge alone carries no stance
    assert scored_statements("وتعهد بوتين بزيارة القاهرة الشهر المقبل.", lexicon) == [("putin", "neutral", "after_verb")]


def test_the_masculine_dual_of_a_past_verb_with_a_stance(lexicon):
    # نددا، أشادا: the dual of a listed past verb of saying that carries a polarity (ندد، أشاد)
    assert scored_statements("وكان بوتين وأردوغان نددا بالهجوم على السفارة في أنقرة.", lexicon) == [
        ("erdogan", "negative", "before_verb"), ("putin", "negative", "before_verb"),
    ]
    assert scored_statements("وكان بوتين وأردوغان أشادا بالاتفاق الأخير.", lexicon) == [
        ("erdogan", "positive", "before_verb"), ("putin", "positive", "before_verb"),
    ]
    # دافعا is mostly a motive (كان دافعا لـ), listed ignore: no statement of Russia's
    assert scored_statements("وكان ذلك دافعا لروسيا لزيادة وجودها.", lexicon) == []


def test_denied_is_a_verb_of_saying_and_a_lie_stays_a_judgement(lexicon):
    # كذب الأنباء (denied the reports): a denial, negative (convention 3), its subject the speaker
    assert scored_statements("كذب المتحدث باسم الكرملين دميتري بيسكوف الأنباء عن إرسال قوات روسية إلى السودان.", lexicon) == [
        ("peskov", "negative", "after_verb"),
    ]
    # كذب (a lie) inside another verb's statement: still negative, and no second statement
    assert scored_statements("ووصف لافروف التقرير بأنه كذب وتضليل.", lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements('وقال لافروف: "كل ما نشرته الصحيفة كذب".', lexicon) == [("lavrov", "negative", "after_verb")]


def test_a_noun_of_speech_placing_the_statement_before_takes_its_polarity(lexicon):
    # جاء ذلك في تصريحات لبيسكوف …، بحسب وكالة: the sentence places the denial before it (convention 1)
    text = ("نفى المتحدث باسم الكرملين دميتري بيسكوف، اليوم الاثنين، تقريرا صحفيا عن وجود قواعد روسية في السودان.\n\n"
            "جاء ذلك في تصريحات لبيسكوف في مؤتمر صحفي في موسكو، بحسب وكالة سبوتنيك.")
    assert scored_statements(text, lexicon) == [("peskov", "negative", "after_verb"), ("peskov", "negative", "speech_noun")]
    # no statement of his right before: the noun of speech alone carries none
    text = ("وصل وفد روسي إلى الخرطوم صباح اليوم.\n\n"
            "جاء ذلك في تصريحات لبيسكوف في مؤتمر صحفي في موسكو، بحسب وكالة سبوتنيك.")
    assert scored_statements(text, lexicon) == [("peskov", "neutral", "speech_noun")]
