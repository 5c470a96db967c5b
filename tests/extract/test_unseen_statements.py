"""Statements no cue saw (att31): constructions that say something with no verb of saying the
lexicon listed, each checked on sentences written for the test: the speaker, the polarity and
the rule that found the speaker."""

from conftest import scored_statements


def statements(text, lexicon, date="2024"):
    return scored_statements(text, lexicon, date=date)


def test_a_body_that_believes_speaks(lexicon):
    # تعتقد الحكومة … أن: believing is a view stated, its subject's own
    text = "تعتقد الحكومة الليبية المدعومة من الأمم المتحدة أن خبيرين روسيين كانا يعملان لدى الشركة."
    assert statements(text, lexicon, date="2019") == [("gna", "neutral", "after_verb")]
    text = "ويعتقد الخبراء أن الشركة الروسية عادت إلى الميناء."
    assert statements(text, lexicon) == [("الخبراء", "neutral", "unnamed")]


def test_believing_with_no_subject_is_nobody_s(lexicon):
    # ويعتقد أن (it is believed that): passive, the speaker before does not go on
    text = "قال لافروف إن الوضع صعب. ويعتقد أن الخبراء الروس غادروا الميناء."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]


def test_bayyana_explained_is_read_by_what_follows(lexicon):
    # وبيّن لافروف، خلال مقابلة، أن: the verb, past an aside; بين روسيا وليبيا: between
    text = "وبين لافروف، خلال مقابلة مع وكالة محلية، أن المحادثات ستستأنف الشهر المقبل."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    assert statements("وبحث الجانبان العلاقات بين روسيا وليبيا.", lexicon) == []


def test_the_second_member_of_a_pair_with_bayna_is_no_verb(lexicon):
    # صراع بين الحكومة … وبين حفتر المدعوم: وبين repeats the بين before it, nobody explains
    text = "ويدور الخلاف بين الحكومة في العاصمة، وبين خليفة حفتر المدعوم من البرلمان."
    assert statements(text, lexicon) == []
