"""Constructions read in dev9 (thirteenth session, helper attrib22), on sentences written for
these tests: invented names stand for people the lexicon lacks."""

from analysis.extract.pipeline import analyze

from conftest import snippet


def stances(text, lexicon, date="2024"):
    frame = analyze([snippet(text, date=date)], lexicon).stances
    return [(row.cue, row.speaker_id, row.speaker_name, row.polarity, row.attribution) for row in frame.itertuples()]


def test_a_quotation_reopened_in_the_paragraph_after_a_continued_one(lexicon):
    # the quotation runs on over a sentence (continued) and reopens in the next paragraph: the
    # paragraph is still the quoted speaker's
    text = ('وقال سامر الدوري مدير شركة النخيل إن الشركة تصدر التمور. وأضاف "نرسل الدفعة الأولى إلى مالطا هذا الأسبوع. '
            'والدفعة الثانية تبحر بعد عشرة أيام.\n\n'
            '"يفضل المستوردون تمورنا لأنها أرخص وأجود."')
    rows = stances(text, lexicon)
    assert [(cue, name, how) for cue, _, name, _, how in rows] == [
        # سامر is also a word: with its surname and a title after it, it opens a name (unlisted)
        ("وقال", "سامر الدوري", "unlisted"), ("وأضاف", "سامر الدوري", "carried"),
        ("والدفعة", "سامر الدوري", "quote_owner"), ("يفضل", "سامر الدوري", "quote_owner"),
    ]
    assert {polarity for *_, polarity, _ in rows} == {"neutral"}


def test_already_between_a_subject_and_its_verb(lexicon):
    # سبق أن أكد: "had already said", the subject before it speaks as before قد
    text = "إلا أن السفير الروسي لدى ليبيا، إيفان مولوتكوف، سبق أن أكد أن موسكو تتابع الوضع عن كثب."
    assert stances(text, lexicon, date="2016-09-28")[0] == ("أكد", "molotkov", "Ivan Molotkov", "neutral", "before_verb")
    # with the pronoun behind ل, and a name nobody listed
    rows = stances("إلا أن الوزير سامر الدوري سبق له أن قال إن التدخل العسكري في ليبيا مرفوض.", lexicon)
    assert [row[2:] for row in rows] == [("سامر الدوري", "neutral", "before_verb"),
                                         ("سامر الدوري", "negative", "in_statement")]
    # fronted after كانت
    assert stances("وكانت وزارة الخارجية الروسية سبق أن أعلنت أن موسكو تدعم الحوار.", lexicon)[0] == (
        "أعلنت", "russia_mfa", "Russian Ministry of Foreign Affairs", "neutral", "before_verb")


def test_the_outlet_told_is_not_the_subject(lexicon):
    # وأبلغت رويترز "…": the agency is the one told; the speaker just quoted goes on
    text = 'وقال سامر الدوري مدير شركة النخيل إن الشركة تصدر التمور. وأبلغ رويترز "نرسل الدفعة الأولى هذا الأسبوع".'
    assert stances(text, lexicon)[1] == ("وأبلغ", "", "سامر الدوري", "neutral", "carried")
    text = 'وقال سامر الدوري مدير شركة النخيل إن الشركة تصدر التمور. وأبلغت وكالة رويترز أن الشحنة رفضت.'
    assert stances(text, lexicon)[1][2:] == ("سامر الدوري", "neutral", "carried")
    # the subject named after the outlet speaks
    assert stances("وأبلغ رويترز مسؤول ليبي أن الشحنة وصلت إلى بنغازي.", lexicon)[0] == (
        "وأبلغ", "", "مسؤول ليبي", "neutral", "unnamed")
    # a subject before the outlet is kept, and a verb that is not of telling keeps the outlet
    assert stances("وأبلغ لافروف رويترز أن الشحنة وصلت.", lexicon)[0][1] == "lavrov"
    assert stances("وذكرت رويترز أن الشحنة وصلت.", lexicon)[0][1] == "reuters"


def test_a_noun_in_taa_is_no_verb_with_a_pronoun(lexicon):
    # normalised, إشارة reads as أشار with ه, تابعة as تابع with ه, إضافة as أضاف with ه: the ة
    # writes the noun, and a narration sentence after a statement carries nobody's words
    for narration in ("وتأتي الزيارة في إشارة إلى تحسن العلاقات.",
                      "وتشارك في المناورات سفن تابعة للأسطول الروسي.",
                      "\n\n(لإضافة تفاصيل وتعليق)"):
        assert stances("وقال لافروف إن الحوار ضروري. " + narration, lexicon) == [
            ("وقال", "lavrov", "Sergey Lavrov", "neutral", "after_verb")]
    # the verb itself still reports
    assert stances("وأشار لافروف إلى أن الحوار ضروري.", lexicon) == [
        ("وأشار", "lavrov", "Sergey Lavrov", "neutral", "after_verb")]


def test_america_in_either_spelling(lexicon):
    # the lexicon lists القيادة العسكرية الأمريكية في أفريقيا; the outlet writes الأميركية
    text = "وأفادت القيادة العسكرية الأميركية في أفريقيا أن طائرات روسية نقلت إلى ليبيا."
    assert stances(text, lexicon)[0] == ("وأفادت", "africom", "US Africa Command (AFRICOM)", "neutral", "after_verb")
    frame = analyze([snippet(text)], lexicon).mentions
    assert list(frame["actor_id"]) == ["africom", "libya"]  # (a nisba of an object is no mention)
