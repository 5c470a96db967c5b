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


def test_bayna_is_never_read_as_explained(lexicon):
    # بيّن "explained" is left out of the homographs (the blind sets found only wrong statements
    # with it): بين is "between", also where a name and أن follow it, and in a pair بين … وبين.
    assert statements("وبين لافروف، خلال مقابلة مع وكالة محلية، أن المحادثات ستستأنف الشهر المقبل.", lexicon) == []
    assert statements("ويدور الخلاف بين الحكومة في العاصمة، وبين خليفة حفتر المدعوم من البرلمان.", lexicon) == []


def test_a_light_verb_speaks_with_its_noun_of_speech(lexicon):
    # شن X هجوما حادا على، أعادت X التأكيد على، وقع X بيانا: the pair says it, its subject speaks
    text = "شن وزير الخارجية الروسي، سيرغي لافروف، هجوما حادا على الغرب، متهما الحلف بتدمير البلاد."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    text = "كما أعادت موسكو التأكيد على استعدادها للتعاون مع البعثة الأممية."
    assert statements(text, lexicon) == [("moscow", "positive", "after_verb")]
    text = "ووجه بوتين عبر البيان دعوة إلى الأطراف الليبية لحضور الاجتماع."
    assert statements(text, lexicon) == [("putin", "neutral", "after_verb")]
    text = "ووقع عدد من النواب بيانا مشتركا حول زيارة الوزير."
    assert statements(text, lexicon) == [("عدد من النواب", "neutral", "unnamed")]


def test_a_light_verb_without_its_noun_of_speech_says_nothing(lexicon):
    # شنت القوات هجوما: an armed attack; ووقع الانفجار: it happened; وجه alone: no statement
    assert statements("وشنت القوات الروسية هجوما عنيفا على المدينة.", lexicon) == []
    assert statements("ووقع الانفجار قرب الميناء الذي تديره الشركة الروسية.", lexicon) == []
    assert statements("ووجه لافروف الشكر إلى الوفد الليبي.", lexicon) == []


def test_a_light_verb_after_a_reporting_verb_adds_no_statement(lexicon):
    # وقال لافروف إن موسكو وجهت دعوة: the call is what Lavrov says, Moscow makes no statement
    text = "وقال لافروف إن موسكو وجهت دعوة إلى الأطراف لحضور الاجتماع."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]


def test_the_paragraph_a_colon_announced_goes_on_with_its_speaker(lexicon):
    # قال بوغدانوف: ⏎ وستدعم بلاده البيان: what the colon announced, with no quotation mark
    text = ("موسكو والمؤتمر\nوأعلنت الخارجية الروسية موقفها من المؤتمر أمس.\n"
            "قال نائب وزير الخارجية ميخائيل بوغدانوف:\n\nوستؤيد بلاده البيان الذي سيصدره المؤتمر.")
    assert statements(text, lexicon)[-2:] == [("bogdanov", "positive", "after_verb"), ("bogdanov", "positive", "after_colon")]
    # a sentence that ends on no colon announces nothing: the next paragraph is the writer's
    text = ("موسكو والمؤتمر\nوأعلنت الخارجية الروسية موقفها من المؤتمر أمس.\n"
            "قال نائب وزير الخارجية ميخائيل بوغدانوف إن الوفد وصل.\n\nوستعقد الجلسة غدا في العاصمة.")
    assert statements(text, lexicon)[-1] == ("bogdanov", "neutral", "after_verb")


def test_a_quotation_over_sentences_is_the_speaker_s_named_after_it(lexicon):
    # “… الليبيين. وهم لا يزالون …”، يوضح بادي: the quotation's first sentence is his too
    text = ("انسحاب المرتزقة\nوأكد مسؤول في الحكومة انسحاب بعض المقاتلين.\n\n"
            "“في البداية، غادر المقاتلون السوريون وحدهم. وهم لا يزالون هناك، لكن عددهم أقل”، "
            "يوضح عماد الدين بادي، الخبير الليبي.")
    assert statements(text, lexicon)[-2:] == [("badi", "neutral", "quote_owner"), ("badi", "neutral", "after_verb")]
    # a quotation that opens in the verb's own sentence is one statement already
    text = "انسحاب المرتزقة\n“غادر المقاتلون السوريون وحدهم”، يوضح عماد الدين بادي، الخبير الليبي."
    assert statements(text, lexicon) == [("badi", "neutral", "after_verb")]


def test_a_body_s_seat_between_it_and_its_verb_is_passed(lexicon):
    # وكانت مفوضية الانتخابات في ليبيا، قد أعلنت: where the body sits, then its verb
    text = "وكانت مفوضية الانتخابات في ليبيا، قد أعلنت في وقت سابق تأجيل الجولة الأولى."
    assert statements(text, lexicon) == [("hnec", "neutral", "fronted")]


def test_what_a_reporter_learned_is_his_report(lexicon):
    # وقد علم مراسل القناة أن: learned, after وقد; علم ليبيا is the flag
    text = "عنوان الخبر\nوقد علم مراسل الجزيرة في ليبيا أن طائرات قصفت مواقع قرب المدينة."
    assert statements(text, lexicon) == [("مراسل الجزيرة في ليبيا", "neutral", "unnamed")]
    assert statements("ورفع المتظاهرون علم ليبيا في الساحة.", lexicon) == []
    text = "وعلمت الجزيرة من مصادر مطلعة أن الوفد الروسي سيصل غدا."
    assert statements(text, lexicon) == [("aljazeera", "neutral", "after_verb")]


def test_going_on_with_one_s_charges_is_a_statement(lexicon):
    # وواصل لافروف انتقاداته، وواصلت الصحيفة مزاعمها: going on with one's own words of speech
    text = "وواصل لافروف انتقاداته للحلف، مشيرا إلى أن العملية العسكرية لم تكن مبررة."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    # going on with anything else says nothing: وواصلت القوات تقدمها
    assert statements("وواصلت القوات الروسية تقدمها نحو المدينة.", lexicon) == []
