"""Four gaps read in the retired blind sets dev22 and dev23 that the last helper left (eval/README,
att33), checked on sentences written for the test: the speaker, the polarity and the rule that
found the speaker."""

from conftest import scored_statements


def test_a_refusal_to_comment_is_no_statement(lexicon):
    # ورفض الدبلوماسي الروسي التعليق على …: nothing was said, neither a rejection nor a comment
    # (language/refusing.txt, declined_speech.txt); the statement before stays the only one
    text = ("وقال السفير الروسي في تونس إن الضربات الجوية تفتقر إلى أي أساس قانوني. "
            "ورفض الدبلوماسي الروسي التعليق على إمكانية مشاركة بلاده في الضربات.")
    assert scored_statements(text, lexicon, date="2020") == [("السفير الروسي في تونس", "negative", "unnamed")]
    # a long subject between the verb and its object
    text = "رفضت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا التعليق على التقرير."
    assert scored_statements(text, lexicon, date="2020") == []
    # a refusal of something said is still a rejection
    text = "ورفض السفير الروسي في تونس الاتهامات الموجهة إلى بلاده."
    assert scored_statements(text, lexicon, date="2020") == [("السفير الروسي في تونس", "negative", "unnamed")]


def test_a_headlines_second_verb_goes_on_with_its_opening_subject(lexicon):
    # حفتر يلتقي وزير خارجية روسيا ويدعو موسكو لتلعب دوراً: Moscow is called on, Haftar calls
    text = "الدبيبة يستقبل سفير روسيا ويدعو موسكو إلى دعم الانتخابات"
    assert scored_statements(text, lexicon, date="2022") == [("dbeibah", "positive", "opening_subject")]
    # a statement before the verb keeps the verb's own subject after it
    text = "وقال الدبيبة إن روسيا شريك، وتدعو موسكو إلى الحوار."
    assert scored_statements(text, lexicon, date="2022") == [("dbeibah", "positive", "after_verb")]


def test_a_hard_wrapped_quotation_goes_on_past_its_line(lexicon):
    # وقال المبعوث "نحن مستعدون للعمل ⏎ كوسطاء. روسيا مستعدة للمساعدة ⏎ بأي شكل.": a line of a
    # hard-wrapped paragraph ends no quotation, so Russia is inside what the envoy says
    text = ("ويقول محللون ان موسكو تريد الاحتفاظ بنفوذ في المنطقة حيث كان لها\n"
            "عقود كبيرة في مجالات الطاقة والنقل.\n"
            "وقال المبعوث الروسي ميخائيل مارغيلوف في مؤتمر صحفي \"نحن مستعدون للعمل\n"
            "كوسطاء في حوار سياسي بين الأطراف. روسيا مستعدة للمساعدة سياسيا\n"
            "واقتصاديا بكل شكل ممكن.\"")
    assert scored_statements(text, lexicon, date="2011") == [
        ("محللون", "neutral", "unnamed"), ("margelov", "positive", "after_verb"),
        ("margelov", "positive", "quote_owner")]


def test_an_unnamed_counterpart_is_the_matching_title_at_the_date(lexicon):
    # ودعا بوتين ونظيره التركي الى وقف للنار: the Turkish holder of Putin's title, Erdogan
    # (undated: a title Putin held in turn still names his counterpart's)
    text = "ودعا بوتين ونظيره التركي إلى وقف القتال في المدينة اعتبارا من صباح الاثنين."
    assert scored_statements(text, lexicon, date="") == [
        ("putin", "positive", "after_verb"), ("erdogan", "positive", "after_verb")]
    # a counterpart named after the nisba is that name, as before
    text = "ودعا بوتين ونظيره التركي رجب طيب أردوغان إلى وقف القتال في المدينة."
    assert scored_statements(text, lexicon, date="2020") == [
        ("putin", "positive", "after_verb"), ("erdogan", "positive", "after_verb")]
    # a minister's counterpart at the article's date
    text = "وقال وزير الخارجية الروسي سيرغي لافروف ونظيره التركي في مؤتمر صحفي إن الحوار ضروري."
    assert scored_statements(text, lexicon, date="2020") == [
        ("lavrov", "neutral", "after_verb"), ("cavusoglu", "neutral", "after_verb")]
