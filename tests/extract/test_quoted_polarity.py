"""Polarity of quotations, headlines and carried statements (the twenty-seventh session, pol29):
rules read from the development sets' misses where the speaker is right, each checked on
sentences written for the test: the speaker of the statement, its polarity and its attribution."""

from conftest import scored_statements


def statements(text, lexicon, date="2020"):
    return scored_statements(text, lexicon, date=date)


def test_a_negated_wish_of_a_loss_is_for_what_would_be_lost(lexicon):
    # dev13 («لا نريد أن تخرج روسيا من سوريا …»), dev21 («ليس في مصلحة روسيا أبدا خسارة شريك»):
    # not wanting a departure or a loss (language/wishing.txt, losing.txt) wants the party kept
    text = 'وقال لافروف إن موسكو تتابع الوضع. وأضاف: "لا نريد أن تنسحب الشركات الروسية من ليبيا".'
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb"), ("lavrov", "positive", "carried")]
    text = "وقال لافروف إنه ليس في مصلحة موسكو أبدا خسارة شريك مثل ليبيا."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    # a negated wish of anything else stays a rejection
    text = "وقال لافروف إن موسكو لا تريد الحرب في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]


def test_the_clause_an_opening_subject_s_verb_opens_is_his_stance(lexicon):
    # dev13 («وسعى القائد العام … إلى طمأنة روسيا، واصفا إياها»): a participle goes on with the
    # subject of the verb that opens the sentence; the stance words of that verb's clause were
    # read as nobody's narration, and the statement was neutral
    text = "وسعى رئيس المجلس الرئاسي محمد المنفي إلى طمأنة موسكو، واصفا العلاقات بأنها تاريخية."
    assert statements(text, lexicon) == [("menfi", "positive", "opening_subject")]
    text = "وأصدرت السفارة الروسية في ليبيا تحذيرا لرعاياها، مشددة على متابعة الوضع."
    assert statements(text, lexicon) == [("russian_embassy_libya", "negative", "opening_subject")]
    # with no stance word in the clause, the statement is the participle's
    text = "وزار رئيس المجلس الرئاسي محمد المنفي موسكو، مؤكدا متابعة الملفات المشتركة."
    assert statements(text, lexicon) == [("menfi", "neutral", "opening_subject")]


def test_support_of_one_side_against_the_other_is_a_charge(lexicon):
    # dev15 («التحالف ينزلق … باتجاه دعم طرف في النزاع الليبي على حساب الآخر»): support of one
    # side at the other's expense, told of another, was read as the speaker's praise
    text = 'وقال لافروف إن موسكو تتابع الوضع. وأضاف: "إن الحلف يتجه نحو دعم فريق في الأزمة الليبية ضد الآخر".'
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb"), ("lavrov", "negative", "carried")]
    # negated, it is even-handedness (polarity convention 8); with no other side, support
    text = "وقال لافروف إن روسيا لا تدعم طرفا على آخر."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    text = "وقال لافروف إن موسكو تدعم الحوار بين جميع الأطراف."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]


def test_a_necessity_in_the_speaker_s_words_calls_as_a_verb_of_calling_does(lexicon):
    # a quotation calls with يجب، ينبغي، لا بد من where the narration writes دعا:
    # «يجب وقف إطلاق النار» asks for an aim of peace (polarity convention 2), as «دعا إلى وقف
    # إطلاق النار» does; the necessity alone was no stance, so the call was neutral
    text = 'وقال لافروف إن موسكو تتابع الوضع. وأضاف: "يجب وقف إطلاق النار في ليبيا فورا".'
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb"), ("lavrov", "positive", "carried")]
    text = 'وقالت زاخاروفا: "لا بد من العودة إلى الحوار بين الليبيين".'
    assert statements(text, lexicon) == [("zakharova", "positive", "after_verb")]
    # told in the narration, the necessity stays a proposal (tests/extract/test_polarity.py)
    text = "وشدد لافروف على ضرورة تحديد موعد الانتخابات في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    # negated, a prohibition (negative); with no aim of peace, a proposal (no stance)
    text = 'وقال لافروف: "لا ينبغي وقف الحوار مع طرابلس".'
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    text = 'وقال لافروف: "يجب تعديل القانون الانتخابي قبل الموعد".'
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
