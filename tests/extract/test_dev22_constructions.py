"""Constructions read in the two retired blind sets dev22 and dev23 (eval/README, att32), checked
on sentences written for the test: the speaker, the polarity and the rule that found the speaker."""

from conftest import scored_statements


def test_it_is_worth_mentioning_is_the_writers_note_not_the_speakers(lexicon):
    # ومن الجدير ذكره، أن الشركة بدأت …: the writer's own note after a quotation; nothing in it
    # is carried over to the minister quoted before
    text = ("وقال الوزير الروسي إن بلاده تدعم الحوار. "
            "ومن الجدير ذكره، ان الشركة الروسية بدأت إنشاء الخط في عام 2008 ويربط المدن الرئيسية.")
    assert scored_statements(text, lexicon, date="2020") == [("lavrov", "positive", "after_verb")]


def test_follow_us_on_social_media_is_site_furniture(lexicon):
    # تابعنا على مواقع التواصل: the page's own line under the article, no statement carried into it
    text = ("قال الوزير الروسي سيرغي لافروف إن بلاده تدعم الحوار.\n"
            "تابعنا على مواقع التواصل الاجتماعي")
    assert scored_statements(text, lexicon, date="2020") == [("lavrov", "positive", "after_verb")]


def test_in_the_statement_issued_by_a_body_opens_the_bodys_words(lexicon):
    # وفي البيان الصادر عن وزارة الخارجية، فإن ليبيا "ترفض …": «وجاء في البيان الصادر عن» without
    # its verb; the ministry speaks, not the speaker quoted before it
    text = ("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم الحوار.\n"
            'وفي البيان الصادر عن وزارة الخارجية الليبية أمس، فإن ليبيا "ترفض الاعتراف باستقلال الإقليم".')
    assert scored_statements(text, lexicon, date="2022") == [
        ("lavrov", "positive", "after_verb"), ("gnu_mfa", "negative", "source")]
    # the ministry written in construct with the government (an alias)
    text = 'وفي البيان الصادر عن وزارة خارجية حكومة الوحدة الوطنية، فإن ليبيا "ترفض الاعتراف باستقلال الإقليم".'
    assert scored_statements(text, lexicon, date="2022") == [("gnu_mfa", "negative", "source")]


def test_a_relative_clause_ends_an_unnamed_speakers_name(lexicon):
    # قال مبعوث روسي في بنغازي التي يسيطر عليها المعارضون: the clause tells of the city
    text = "قال مبعوث روسي في مصراتة التي يسيطر عليها المسلحون إن موسكو تريد رأب الصدع."
    assert scored_statements(text, lexicon, date="2011") == [("مبعوث روسي في مصراتة", "positive", "unnamed")]


def test_the_two_ministers_are_the_two_people_met_before(lexicon):
    # التقى سيالة بنظيره الروسي لافروف … أعرب الوزيران: the dual of a title, one statement of each,
    # the counterpart named with no title of his own
    text = ("أجرى وزير الخارجية الليبي محمد سيالة زيارة إلى موسكو حيث التقى بنظيره الروسي سيرغي لافروف. "
            "أعرب الوزيران عن اهتمامهما بدعم الاستقرار.")
    assert scored_statements(text, lexicon, date="2020") == [
        ("siala", "positive", "both_sides"), ("lavrov", "positive", "both_sides")]


def test_both_sides_past_a_sentence_about_the_meeting(lexicon):
    # التقى … ⏎ وتم خلال اللقاء مناقشة … ⏎ حيث أعرب الجانبان: the sentence between names nobody
    text = ("التقى وزير الخارجية الليبي محمد سيالة وزير الخارجية الروسي سيرغي لافروف في موسكو.\n"
            "وتم خلال اللقاء مناقشة عودة السفارة إلى العاصمة.\n"
            "كما أعرب الجانبان عن دعم الحوار السياسي.")
    assert scored_statements(text, lexicon, date="2020") == [
        ("siala", "positive", "both_sides"), ("lavrov", "positive", "both_sides")]


def test_a_headline_opened_by_a_given_name_in_al(lexicon):
    # الكسندر سلطانوف: …: a given name that starts like the article opens a name nobody listed
    text = "الكسندر بوريسوف: العمل في المشروع يبدأ في العام المقبل"
    assert scored_statements(text, lexicon, date="2012") == [("الكسندر بوريسوف", "neutral", "headline")]


def test_a_headline_opened_by_a_states_body_nobody_listed(lexicon):
    # الجيش الأمريكي: روسيا أرسلت …: a definite institution's head and a state's adjective speak
    text = "الجيش الأمريكي: روسيا أرسلت 14 طائرة إلى القاعدة"
    assert scored_statements(text, lexicon, date="2020") == [("الجيش الأمريكي", "neutral", "unlisted")]
    # a credit line is none
    assert scored_statements("المصدر: وكالة الأناضول", lexicon, date="2020") == []


def test_a_pledge_is_a_statement_of_who_pledged(lexicon):
    # وكان حفتر والسراج تعهدا بوقف إطلاق النار: a pledge reports what they said, one statement of
    # each of the two before the dual verb
    text = "وكان حفتر ورئيس الوزراء الليبي فائز السراج تعهدا، خلال لقاء في روما، بإجراء انتخابات."
    assert scored_statements(text, lexicon, date="2017") == [
        ("sarraj", "neutral", "before_verb"), ("haftar_khalifa", "neutral", "before_verb")]
    assert scored_statements("وتعهدت روسيا بتسليم الشحنة في موعدها.", lexicon, date="2017") == [
        ("russia", "neutral", "after_verb")]


def test_many_of_a_group_is_the_group_as_written(lexicon):
    # إلى ذلك أكدت العديد من المصادر: the quantifier العديد opens an unnamed group, not the sources
    # quoted before it carried on
    text = "وقالت مصادر محلية إن الهجوم وقع ليلا. إلى ذلك أكدت العديد من المصادر المتقاطعة أن القائد قتل."
    assert scored_statements(text, lexicon, date="2020") == [
        ("مصادر محلية", "neutral", "unnamed"), ("العديد من المصادر المتقاطعة", "neutral", "unnamed")]


def test_an_unnamed_site_referred_back_to_twice(lexicon):
    # أكد موقع “X” العسكري … وأوضح الموقع العسكري … وأردف الموقع: each reference is the site,
    # also after the first made it a reference itself
    text = ("أكد موقع “ديفنس نيوز” العسكري، أنه يجري نشر قوات في الجنوب.\n"
            "وأوضح الموقع العسكري، أن هذه القوات تصل بالطائرات.\n"
            "وأردف الموقع، أن القوات ستنتقل إلى دول أخرى.")
    site = "موقع ديفنس نيوز العسكري"
    assert scored_statements(text, lexicon, date="2024") == [
        (site, "neutral", "unlisted"), (site, "neutral", "title_anaphora"), (site, "neutral", "title_anaphora")]


def test_a_credit_before_a_dash_leaves_the_subject_after_it(lexicon):
    # الشروق - المتحدث باسم الجيش ينفي تقارير: the outlet's credit opens the line; the spokesman
    # speaks, not the reports the verb denies
    text = "الوطن - المتحدث باسم الجيش الليبي ينفي تقارير عن وجود قواعد أجنبية في بلاده"
    assert scored_statements(text, lexicon, date="2017") == [("المتحدث باسم الجيش الليبي", "negative", "unnamed")]


def test_a_second_portfolio_joined_by_wa_is_part_of_the_title(lexicon):
    # وزير الخارجية والتعاون الدولي الليبي محمد عبد العزيز: the holder named after both portfolios
    text = "أكد وزير الخارجية والتعاون الدولي الليبي محمد عبد العزيز أن بلاده تدعم الحوار."
    assert scored_statements(text, lexicon, date="2013") == [("abdelaziz_mohamed", "positive", "after_verb")]


def test_offering_condolences_is_a_statement(lexicon):
    # وقدم بوتين تعازيه لنظيره: a light verb with the noun of condolences
    text = "وقدم الرئيس الروسي فلاديمير بوتين تعازيه لنظيره المصري بضحايا الهجوم."
    assert scored_statements(text, lexicon, date="2015") == [("putin", "positive", "after_verb")]


def test_a_light_verbs_noun_past_a_date_set_off_by_commas(lexicon):
    # قدم بوتين، الاثنين 16 فبراير/شباط، تعازيه: the day and date between the subject and the noun
    text = "قدم الرئيس الروسي فلاديمير بوتين، الاثنين 16 فبراير/شباط، تعازيه لنظيره المصري بضحايا الهجوم."
    assert scored_statements(text, lexicon, date="2015") == [("putin", "positive", "after_verb")]


def test_a_verb_joined_after_a_comma_goes_on_with_the_sentences_subject(lexicon):
    # وتزور ميركل روسيا للمرة الأولى، وأشادت بجهود موسكو: the visitor praises, not the minister
    # quoted in the sentence before
    text = ("وقال وزير الخارجية التركي مولود جاويش أوغلو إن على موسكو إقناع حفتر. "
            "وتزور ميركل روسيا للمرة الأولى منذ 2018، وأشادت بجهود موسكو وأنقرة.")
    assert scored_statements(text, lexicon, date="2020") == [
        ("cavusoglu", "neutral", "after_verb"), ("merkel", "positive", "opening_subject")]


def test_an_intelligence_service_speaks_for_itself(lexicon):
    # أفادت المخابرات العسكرية الأوكرانية بأن: a body nobody listed, kept as written
    text = "وأفادت الاستخبارات العسكرية البريطانية بأن موسكو تنقل معداتها إلى الجنوب."
    assert scored_statements(text, lexicon, date="2025") == [
        ("الاستخبارات العسكرية البريطانية", "neutral", "unlisted")]


def test_an_outlet_credited_as_the_only_source_relays_a_noun_of_speech(lexicon):
    # جاء ذلك في تصريحات للمسماري …، بحسب "بوابة أفريقيا": the spokesman's words, the site relays them
    text = "جاء ذلك في تصريحات للافروف في مؤتمر صحفي في موسكو، بحسب وكالة سبوتنيك."
    assert scored_statements(text, lexicon, date="2020") == [("lavrov", "neutral", "speech_noun")]


def test_a_listed_body_joined_to_one_nobody_listed_speaks_too(lexicon):
    # بحسب ما أعلنت الحكومة في طرابلس ووزارة الخارجية الروسية: past the first body's seat, the
    # ministry joined by و announced it too (the first one's rule names both)
    text = "وقالت الحكومة في طرابلس ووزارة الخارجية الروسية إن اللقاء تناول الوضع العسكري."
    assert scored_statements(text, lexicon, date="2015") == [
        ("الحكومة", "neutral", "unlisted"), ("russia_mfa", "neutral", "unlisted")]


def test_the_definite_delegation_speaks_as_written(lexicon):
    # ومن جانبه، أعرب الوفد الروسي عن دعم بلاده: the delegation, after both sides spoke
    text = ("التقى وزير الخارجية الليبي محمد سيالة وزير الخارجية الروسي سيرغي لافروف في موسكو.\n"
            "وأعرب الجانبان عن دعم الحوار السياسي.\n"
            "ومن جانبه، أعرب الوفد الروسي عن دعم بلاده الكامل للحكومة.")
    assert scored_statements(text, lexicon, date="2020")[-1] == ("الوفد الروسي", "positive", "unnamed")


def test_a_relative_clause_inside_what_is_said_is_the_speakers(lexicon):
    # وأعرب سيالة عن أمله في أن تحذو موسكو حذو القاهرة التي وعدت بفتح سفارتها: Cairo's promise is
    # told by the minister, no statement of Cairo's
    text = "وقال سيالة إن القاهرة التي وعدت بفتح سفارتها ستفعل ذلك قريبا."
    assert scored_statements(text, lexicon, date="2020") == [("siala", "positive", "after_verb")]


def test_a_qualified_title_repeated_whole_is_the_man_introduced_with_it(lexicon):
    # أجرى وزير الخارجية في حكومة الوفاق محمد سيالة زيارة … بدوره، قال وزير الخارجية في حكومة الوفاق:
    # al-Siala, not the last foreign minister who spoke
    text = ("أجرى وزير الخارجية في حكومة الوفاق محمد سيالة زيارة إلى موسكو حيث التقى بنظيره الروسي سيرغي لافروف.\n"
            "وقال لافروف إن الوضع صعب.\n"
            "بدوره، قال وزير الخارجية في حكومة الوفاق، أنه ناقش مع الجانب الروسي استئناف الحوار.")
    assert scored_statements(text, lexicon, date="2020")[1] == ("siala", "neutral", "introduced_title")
