"""Constructions read in dev27 (the twenty-fifth blind set, retired in the thirty-second session:
eval/README.md "The twenty-fifth blind set read"), each on a sentence written for the test."""
from conftest import scored_statements


def test_the_diplomat_is_the_unlisted_person_just_named(lexicon):
    # «قال فيكتور بيلوف … وشدد الدبلوماسي الروسي … ونوه الدبلوماسي»: الدبلوماسي (generic_subjects.txt)
    # refers back to the person just named though the lexicon does not list him, and so does a
    # second description after the first, or after a verb that carried him
    text = ("قال فيكتور بيلوف مدير الإدارة في وزارة الخارجية الروسية إن الحوار هو الحل في ليبيا. "
            "وشدد الدبلوماسي الروسي على أن التدخل الأجنبي يعرقل التسوية. "
            "ونوه الدبلوماسي بأن الانتخابات ممكنة هذا العام. "
            "وأشار إلى أن الحوار متعثر. "
            "وأضاف الدبلوماسي أن موسكو مستعدة للمساعدة.")
    assert scored_statements(text, lexicon) == [
        ("فيكتور بيلوف", "neutral", "unlisted"), ("فيكتور بيلوف", "negative", "title_anaphora"),
        ("فيكتور بيلوف", "neutral", "title_anaphora"), ("فيكتور بيلوف", "negative", "carried"),
        ("فيكتور بيلوف", "positive", "title_anaphora")]
    # an unnamed source carried is no name: the diplomat after it is not that source
    text = ("وقال مصدر عسكري إن الطائرات هبطت في الجفرة. وأشار إلى أن الشحنة ضمت ذخائر. "
            "وأضاف الدبلوماسي أن موسكو مستعدة للمساعدة.")
    assert scored_statements(text, lexicon)[-1][0] != "مصدر عسكري"


def test_a_titles_quoted_body_stands_between_the_title_and_the_name(lexicon):
    # «رئيس “جمهورية الشيشان” رمضان قديروف»: the quoted words close within a name's length and the
    # holder's name follows, so they are the title's body, not a quotation that ends the phrase
    text = "وقال رئيس “جمهورية الشيشان” رمضان قديروف إن بلاده مستعدة لدعم الحوار في ليبيا."
    assert scored_statements(text, lexicon) == [("kadyrov", "positive", "after_verb")]
    text = "وأكد وزير “الخارجية” سيرغي لافروف أن موسكو تدعم الحوار الليبي."
    assert scored_statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    # a quotation after the title with no name after it is what is said
    text = "وقال السفير الروسي “ندعم الحوار بين الليبيين” في مقابلة."
    assert scored_statements(text, lexicon)[0][0] == "السفير الروسي"


def test_names_and_titles_the_lexicon_lacked(lexicon):
    # data/aliases.csv: the Chechen head's titles (since 2007), BP in Latin letters as outlets
    # write it, and Libya's revolutionaries of 2011 as the transitional council they answered to
    text = "ودعا الرئيس الشيشاني الجميع إلى وقف القتال في ليبيا."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("kadyrov", "positive", "after_verb")]
    text = "وأكد رئيس الشيشان أن روسيا تدعم الحوار الليبي."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("kadyrov", "positive", "after_verb")]
    text = 'وأعلنت شركة "BP" البريطانية أنها سترسل خبراءها إلى حقول النفط.'
    assert scored_statements(text, lexicon) == [("bp", "neutral", "after_verb")]
    text = "وأعلن ثوار ليبيا أنهم سيراجعون عقود النفط."
    assert scored_statements(text, lexicon, date="2011-08-22") == [("ntc", "neutral", "after_verb")]
    assert scored_statements(text, lexicon, date="2014-05-01") != [("ntc", "neutral", "after_verb")]


def test_a_states_authorities_speak_as_its_government_does(lexicon):
    # السلطات heads a body that speaks (institution_heads.txt); with a state's nisba it is kept as
    # written since att57 (the development sets annotate the authorities so four times in five, and
    # the fifth, France's, writes the same words): «أكدت السلطات الفرنسية» is the authorities, not
    # France; a Libyan one stays as written too, also before its verb
    text = "وأكدت السلطات الفرنسية أن المقاتلين وصلوا إلى ليبيا."
    assert scored_statements(text, lexicon) == [("السلطات الفرنسية", "neutral", "unlisted")]
    text = "السلطات الليبية تدعو روسيا إلى المساعدة في إنهاء النزاع"
    assert scored_statements(text, lexicon)[0][0] == "السلطات الليبية"
    # after a masculine verb they are its object, as دول are (group_bodies.txt): the speaker goes on
    said = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار الليبي. "
    assert scored_statements(said + "ودعا السلطات الليبية إلى إجراء الانتخابات.", lexicon)[-1][::2] == (
        "lavrov", "carried")
    assert scored_statements(said + "ودعت السلطات الليبية إلى إجراء الانتخابات.", lexicon)[-1][::2] == (
        "السلطات الليبية", "unlisted")


def test_both_sides_are_the_one_who_met_and_the_first_he_met(lexicon):
    # «التقى كوبيش لافروف ونائبه بوغدانوف … وشدد الطرفان»: the visitor named with no title is one
    # side, the first he met the other (the deputy is on that side), and a second «الطرفان» in the
    # next sentence is the same two, its object not part of it (وحث الطرفان مجلس النواب)
    text = ("وقالت البعثة الأممية إن يان كوبيش زار موسكو. "
            "والتقى كوبيش وزير الخارجية الروسي سيرغي لافروف، ونائبه ميخائيل بوغدانوف. "
            "وتناولت المحادثات الوضع في ليبيا. "
            "وشدد الطرفان على أهمية الحوار الليبي. "
            "وحث الطرفان مجلس النواب الليبي على الانعقاد.")
    found = scored_statements(text, lexicon, date="2021-03-01")
    assert [row for row in found if row[2] == "both_sides"] == [
        ("kubis", "positive", "both_sides"), ("lavrov", "positive", "both_sides"),
        ("kubis", "neutral", "both_sides"), ("lavrov", "neutral", "both_sides")]
