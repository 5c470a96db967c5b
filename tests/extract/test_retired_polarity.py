"""Polarity where the speaker is right, read on the two blind sets retired into dev22 and dev23
(pol30, eval/README.md): each test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_a_topic_of_talks_is_no_stance(lexicon):
    # a readout lists what was discussed (polarity convention 7): the positive word is a topic
    assert scored_statements("وقال دميتري بيسكوف إن المجلس بحث قضية تهريب السلاح وتسوية الأزمة في السودان.", lexicon) == [
        ("peskov", "neutral", "after_verb"),
    ]
    assert scored_statements(
        "وذكر بيان للجيش الوطني الليبي أن المحادثات ستتناول تطورات الوضع الأمني وسبل دعم الاستقرار في البلاد.", lexicon
    ) == [("lna", "neutral", "after_verb")]


def test_a_stance_outside_a_list_of_topics_stays(lexicon):
    # no verb of discussing: the speaker's own support
    assert scored_statements("وقال دميتري بيسكوف إن موسكو تدعم تسوية الأزمة في السودان.", lexicon) == [
        ("peskov", "positive", "after_verb"),
    ]
    # البحث عن: a search for a solution, an aim (convention 2), not a topic
    assert scored_statements("وأكد لافروف ضرورة البحث عن حل سياسي للأزمة.", lexicon) == [("lavrov", "positive", "after_verb")]
    # a present: an effort going on, the speaker's side's intent to cooperate (convention 7)
    assert scored_statements("وقال بوغدانوف إن روسيا تناقش مع الحكومة الجديدة إمكانية استئناف التعاون.", lexicon) == [
        ("bogdanov", "positive", "after_verb"),
    ]
    # a stance verb after the topics ends them
    assert scored_statements("وقال لافروف إن الجانبين بحثا الوضع في ليبيا، ورحبا بالاتفاق الأخير.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]


def test_negation_reaches_across_a_verb_of_giving_attention(lexicon):
    # لا نولي اهتماما: no attention paid, a dismissal (convention 3), not an interest shown
    assert scored_statements('وقال لافروف: "لا نولي أي اهتمام لما تنشره تلك الصحف".', lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    assert scored_statements('وقال لافروف: "لم نعر اهتماما لتلك الشائعات".', lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements('وقال لافروف: "نحن نولي اهتماما كبيرا لهذه المبادرة".', lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]


def test_concealment_charged_is_negative(lexicon):
    # a party said to hide or disguise what it does: framed as wrongdoing (convention 4)
    assert scored_statements("وقالت أفريكوم إن الشحنات نقلت عبر مالي لإخفاء مصدرها.", lexicon) == [
        ("africom", "negative", "after_verb"),
    ]
    assert scored_statements("وأوضح لافروف أن السفن غيرت أعلامها لتمويه هويتها الحقيقية.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    # an outlet's report keeps its words as another article's narration (held quoted, not framing.txt)
    assert scored_statements("وذكرت صحيفة الوسط أن المسلحين حاولوا إخفاء الأسلحة.", lexicon) == [
        ("صحيفة الوسط", "neutral", "unnamed"),
    ]


def test_a_call_for_a_ceasefire_in_its_short_spellings(lexicon):
    # وقف النار، وقف للنار: وقف إطلاق النار written short (convention 2)
    # (the counterpart with no name is the Turkish foreign minister at the date, att33)
    assert scored_statements("ودعا لافروف ونظيره التركي الى وقف للنار اعتبارا من صباح الغد.", lexicon) == [
        ("lavrov", "positive", "after_verb"), ("fidan", "positive", "after_verb"),
    ]
    assert scored_statements("ودعا لافروف الطرفين إلى وقف النار فورا.", lexicon) == [("lavrov", "positive", "after_verb")]
    # mentioned, not asked for: none
    assert scored_statements("وأشار لافروف إلى انهيار وقف النار.", lexicon) == [("lavrov", "neutral", "after_verb")]


def test_a_hope_reported_of_another_is_neutral(lexicon):
    # an unnamed group of onlookers takes no side: the named actor's hope is reported (convention 4)
    assert scored_statements("ويقول محللون إن روسيا تأمل في الحفاظ على نفوذها في السودان.", lexicon) == [
        ("محللون", "neutral", "unnamed"),
    ]
    # another side's hope, told by a speaker of a side
    assert scored_statements("وقال لافروف إن حفتر يأمل في زيارة موسكو قريبا.", lexicon) == [("lavrov", "neutral", "after_verb")]
    # the speaker's own side, and an unnamed speaker of a side, keep it
    assert scored_statements("وقال لافروف إن موسكو تأمل في عقد الجولة المقبلة قريبا.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وقال مسؤول روسي إن موسكو تأمل في عقد الجولة المقبلة قريبا.", lexicon) == [
        ("مسؤول روسي", "positive", "unnamed"),
    ]


def test_a_claim_cited_inside_a_statement_is_rebutted(lexicon):
    # another's claim inside the speaker's words: cited to be denied (convention 3)
    assert scored_statements(
        "وأكد المسماري أن عدد الخبراء الروس في القاعدة عشرة فقط وليس ثلاثمائة كما زعمت صحيفة التايمز.", lexicon
    ) == [("mismari", "negative", "after_verb")]
    assert scored_statements("وقال لافروف إن واشنطن زعمت أن روسيا أرسلت طائرات إلى ليبيا.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    # the statement's own verb adds nothing (the polarity conventions' first line)
    assert scored_statements("وزعمت صحيفة التايمز أن روسيا أرسلت طائرات إلى ليبيا.", lexicon) == [
        ("times_uk", "neutral", "after_verb"),
    ]


def test_a_bare_said_after_a_statement_gives_it_again(lexicon):
    # «قال.» cut off as a sentence of its own after the speaker's statement (a translation's «he
    # said»): one statement in pieces, the piece takes the whole's polarity (convention 1)
    assert scored_statements('وقال لافروف: "إننا واثقون من أن الشعب الليبي سيتجاوز الأزمة". قال.', lexicon) == [
        ("lavrov", "positive", "after_verb"), ("lavrov", "positive", "carried"),
    ]
    # a verb with words after it is a statement of its own
    assert scored_statements('وقال لافروف: "إننا واثقون من النصر". وقال إن المحادثات ستستأنف غدا.', lexicon) == [
        ("lavrov", "positive", "after_verb"), ("lavrov", "neutral", "carried"),
    ]
    # a verb ending in a colon opens the quotation after it and takes its polarity instead
    assert scored_statements('وقال لافروف: "إننا قلقون من التصعيد".\n\nوأضاف:\n\n«نرحب بالاتفاق».', lexicon) == [
        ("lavrov", "negative", "after_verb"), ("lavrov", "positive", "carried"), ("lavrov", "positive", "carried"),
    ]
