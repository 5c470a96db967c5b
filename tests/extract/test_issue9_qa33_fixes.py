"""Fixes of what a fourth fresh analyst (qa33) found Marsad reading wrong, on sentences written for
these tests: office titles the lexicon lacked (محافظ، عميد بلدية، أمير، الناشطة), plural unnamed
groups, a name after a title running into the verb's object, a subject set off from its verb by an
adverbial between commas, and names holding ordinary words or given names nobody listed."""

from conftest import scored_statements


def test_local_and_other_office_titles_announce_their_holder_with_any_reporting_verb(lexicon):
    # أعلن محافظ حماة X، رحب عميد بلدية زليتن X، حذرت الناشطة الحقوقية X: titles an analyst of any
    # Arab country expects (data/titles.csv), so the holder speaks whatever the verb, not only قال
    cases = [("أعلن محافظ حماة كريم السعدي أن المدارس ستفتح أبوابها الأسبوع المقبل.",
              [("كريم السعدي", "neutral", "unlisted")]),
             ("ورحب عميد بلدية زليتن سالم الفيتوري بافتتاح الطريق الساحلي.",
              [("سالم الفيتوري", "positive", "unlisted")]),
             ("وحذرت الناشطة الحقوقية منى الفاسي من تدهور أوضاع المهاجرين في الجنوب.",
              [("منى الفاسي", "negative", "unlisted")]),
             ("وأدان نقيب المحامين عادل الكيلاني الاعتداء على المحاكم في طرابلس.",
              [("عادل الكيلاني", "negative", "unlisted")]),
             ("ورحب المدير العام للشركة حسن المقريف بالقرار.", [("حسن المقريف", "positive", "unlisted")])]
    for text, expected in cases:
        assert scored_statements(text, lexicon, date="2023-05-10") == expected, text


def test_an_unnamed_local_official_speaks_under_his_title(lexicon):
    # وأكد عميد بلدية سرت أن، وقال حاكم إقليم دارفور إن، وأشاد العاهل المغربي، وحذر عمدة البلدة:
    # no name follows, and the title with whose office it is speaks
    cases = [("وأكد عميد بلدية سرت أن البلدية ترحب بعودة النازحين إلى منازلهم.",
              [("عميد بلدية سرت", "positive", "unnamed")]),
             ("وقال حاكم إقليم دارفور إن الأوضاع الإنسانية في الإقليم كارثية.",
              [("حاكم إقليم دارفور", "negative", "unnamed")]),
             ("وأشاد العاهل المغربي بالتعاون مع روسيا في مجال الطاقة.", [("العاهل المغربي", "positive", "unnamed")]),
             ("وحذر عمدة البلدة من انهيار الجسر الوحيد.", [("عمدة البلدة", "negative", "unnamed")]),
             ("وشدد أمير الكويت على أهمية تعزيز العمل الخليجي المشترك.", [("أمير الكويت", "positive", "unnamed")])]
    for text, expected in cases:
        assert scored_statements(text, lexicon, date="2023-12-10") == expected, text
