"""Speaker constructions read across all the development sets in the thirty-third session (att41:
eval/README.md "Speaker misses across the development sets, thirty-third session"), each on a
sentence written for the test."""
from conftest import scored_statements


def test_a_dash_line_names_the_speaker_of_the_line_before(lexicon):
    # «نقدر جهودك … ⏎ - قال X»: dialogue and translated interviews give the words first and a line
    # opening with a dash and a verb of saying after them; the words on the line before are his,
    # and what they evaluate (read first as the article's own voice) is his too
    text = ("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الليبي في موسكو أمس.\n"
            "نقدر جهودكم في دعم الحوار بين الليبيين. العلاقات بيننا تتطور بثبات.\n"
            "- أوضح لافروف في بداية اللقاء.\n")
    assert scored_statements(text, lexicon) == [
        ("lavrov", "positive", "tagged_after"), ("lavrov", "neutral", "tagged_after"),
        ("lavrov", "neutral", "after_verb")]
    # a sentence of the line before that made a statement of its own stops the reach
    text = ("قال رئيس الوزراء إن الوضع صعب. الاقتصاد يحتاج إلى استثمارات كبيرة.\n"
            "- أوضح لافروف.\n")
    rows = scored_statements(text, lexicon)
    assert rows[0][0] != "lavrov" and rows[1] == ("lavrov", "neutral", "tagged_after")
    # without the dash the line is a statement of its own and the line before stays narration
    text = ("وصل الوفد الليبي إلى العاصمة الروسية صباح اليوم.\n"
            "وقال لافروف إن المحادثات ستتناول الطاقة.\n")
    assert scored_statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]


def test_a_bare_verb_of_saying_closes_the_sentence_before_it(lexicon):
    # «… الأزمة الطويلة. قال.»: a sentence that is the verb alone (or the verb and its subject)
    # says nothing itself; the words before it on its line are the speaker's
    text = ("وأضاف وزير الدفاع الروسي سيرغي شويغو أن التعاون العسكري مستمر.\n"
            "إنني على ثقة من أن الشعب سيتغلب على الأزمة الطويلة. قال.\n")
    assert scored_statements(text, lexicon) == [
        ("shoigu", "neutral", "after_verb"), ("shoigu", "neutral", "tagged_after"),
        ("shoigu", "neutral", "carried")]
    # a verb with what is said after it is a statement of its own: the sentence before is narration
    text = ("وصل الوزير إلى موسكو صباح اليوم. قال شويغو إن الاجتماع سيعقد غدا.\n")
    assert scored_statements(text, lexicon) == [("shoigu", "neutral", "after_verb")]
    # the sentence before on another line is not reached
    text = ("وأضاف شويغو أن التعاون مستمر.\n"
            "الشعب سيتغلب على الأزمة.\n"
            "قال.\n")
    rows = scored_statements(text, lexicon)
    assert [row[2] for row in rows] == ["after_verb", "carried"]


def test_a_dash_line_with_a_bare_title_hands_nothing_back(lexicon):
    # «- قال نائب رئيس الوزراء»: the title stands for someone named elsewhere in the dialogue,
    # whom the rules do not resolve; the line before stays unsaid rather than his
    text = ("نقدر جهودكم في دعم الحوار بين الليبيين. العلاقات بيننا تتطور بثبات.\n"
            "- قال نائب رئيس الوزراء.\n")
    rows = scored_statements(text, lexicon)
    assert [row[2] for row in rows if row[2] == "tagged_after"] == []


def test_a_noun_of_speech_followed_by_its_words_beside_another_statement(lexicon):
    # «تصريحات X بأن …» inside a sentence that has a statement already: the noun's named owner
    # states the words that follow it (بأن، حول) too, before or after the verb
    text = "وعن تصريح وزير الخارجية الروسي سيرغي لافروف، بأن الحوار متعثر، قال المتحدث باسم البرلمان إن الحوار مستمر."
    rows = scored_statements(text, lexicon, date="2020-06-01")
    assert rows[0] == ("lavrov", "negative", "speech_noun") and rows[1][0] == "المتحدث باسم البرلمان"
    text = "وأضاف الأكاديمي أن تصريحات الخارجية الروسية بأن الوضع في ليبيا يتدهور هي دعوة للتدخل."
    rows = scored_statements(text, lexicon, date="2020-06-01")
    assert rows[0][0] == "الأكاديمي" and rows[1] == ("russia_mfa", "negative", "speech_noun")
    # the object of the verb, after its subject (and an apposition), is the words answered: no
    # statement; a clause opened by أن between the verb and the noun makes it a subject again
    text = "ونفى المتحدث تصريحات لافروف بأن الجيش يتلقى دعما."
    assert [row[0] for row in scored_statements(text, lexicon, date="2020-01-10")] == ["المتحدث"]
    text = "وانتقد المتحدث باسم البرلمان، عبد الله بليحق، تصريحات لافروف بأن الجيش يتلقى دعما."
    assert "lavrov" not in [row[0] for row in scored_statements(text, lexicon, date="2020-01-10")]
    # a noun with no words after it names no statement beside the verb's
    text = "وقال المتحدث إن تصريحات لافروف أثارت جدلا واسعا."
    assert [row[0] for row in scored_statements(text, lexicon, date="2020-01-10")] == ["المتحدث"]


def test_an_adjective_after_a_verbal_noun_is_no_speaker(lexicon):
    # «وفي ترحيب لافت، …»: لافت is rarer than its feminine لافتة (a common word), so it is the
    # noun's adjective, not an unknown name that speaks
    text = "وفي ترحيب لافت، أشاد الوزير بالاتفاق بين الأطراف الليبية."
    assert [row[0] for row in scored_statements(text, lexicon)] == ["الوزير"]
    # an unknown name after a verb still speaks
    text = "وقال فيكتور بيلوف إن الحوار هو الحل."
    assert scored_statements(text, lexicon) == [("فيكتور بيلوف", "neutral", "unlisted")]


def test_a_bare_body_head_names_the_body_the_narration_named(lexicon):
    # «اجتمع مجلس الأمن … . وحث المجلس …»: the bare definite head is the body named before with
    # it, though that body had not spoken; the definite word after it is the verb's object
    text = "اجتمع مجلس الأمن الدولي أمس لبحث الوضع في ليبيا. وحث المجلس الأطراف على وقف القتال."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("unsc", "positive", "introduced_title")]
    text = "اجتمع مجلس النواب الليبي أمس في طبرق. وأكد المجلس أن الحوار مستمر."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("hor", "neutral", "introduced_title")]
    # a nisba after the head makes another body, which refers back to none
    text = "اجتمع مجلس الأمن الدولي أمس لبحث الوضع في ليبيا. وأكد المجلس العسكري أن الحوار مستمر."
    assert scored_statements(text, lexicon, date="2020-06-01")[0][0] != "unsc"
