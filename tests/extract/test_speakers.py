"""Attribution on sentences written for the purpose, one construction each, as real outlets write
them (see analysis/extract/speakers.py). Each asserts the speaker, the polarity and the rule."""

from analysis.extract.pipeline import analyze

from conftest import scored_statements, snippet


def statements(text, lexicon, date="2024"):
    """(cue, speaker id or name, polarity, attribution) of the statements (no evaluative rows)."""
    frame = analyze([snippet(text, date=date)], lexicon).stances
    frame = frame[frame["cue_type"] != "evaluative"]
    return [(row.cue, row.speaker_id or row.speaker_name, row.polarity, row.attribution) for row in frame.itertuples()]


def test_title_then_name_is_the_named_person(lexicon):
    text = "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو تتابع الوضع."
    assert statements(text, lexicon) == [("وقالت", "zakharova", "neutral", "after_verb")]


def test_title_with_qualifiers_then_an_unlisted_name(lexicon):
    # an invented envoy: the name after the title and its qualifiers is the speaker, as written
    text = "وأوضح المندوب الليبي الدائم لدى الأمم المتحدة منصور الكيلاني أن بلاده ترفض التدخل."
    assert statements(text, lexicon)[0] == ("وأوضح", "منصور الكيلاني", "neutral", "unlisted")
    # the real envoy once used here is listed (الطاهر السني; طاهر السني is his spelling without the article)
    text = "وأوضح المندوب الليبي الدائم لدى الأمم المتحدة طاهر السني أن بلاده ترفض التدخل."
    assert statements(text, lexicon)[0] == ("وأوضح", "sonni", "neutral", "after_verb")


def test_title_comma_name_is_one_speaker(lexicon):
    text = "وقال نائب وزير الخارجية الروسي، ميخائيل بوغدانوف، إن الحوار مستمر."
    assert statements(text, lexicon, date="2020") == [("وقال", "bogdanov", "neutral", "after_verb")]


def test_pluperfect_subject_before_qad(lexicon):
    text = "وكان وزير الخارجية الروسي سيرغي لافروف قد أكد أن بلاده تدعم الحل السياسي."
    assert statements(text, lexicon)[0] == ("أكد", "lavrov", "neutral", "before_verb")


def test_pluperfect_with_a_title_and_a_name_nobody_listed(lexicon):
    text = "وكان وزير النفط محمد العكروت قد أعلن أمس استئناف الإنتاج."
    assert statements(text, lexicon)[0] == ("أعلن", "محمد العكروت", "neutral", "unlisted")


def test_relay_names_the_one_quoted_not_the_agency(lexicon):
    text = "ونقلت وكالة تاس عن نيبينزيا قوله إن المجلس سيجتمع قريبا."
    rows = statements(text, lexicon)
    assert rows[0] == ("ونقلت", "nebenzia", "neutral", "relay")
    assert {speaker for _, speaker, _, _ in rows} == {"nebenzia"}


def test_relay_word_without_an_an_is_no_statement(lexicon):
    # لنقل النفط: transporting oil, nobody relays anything
    assert statements("وتستخدم الشاحنات لنقل النفط من الحقول إلى الموانئ.", lexicon) == []


def test_sourcing_phrase_is_a_neutral_attribution(lexicon):
    text = "ووفقاً لنيبينزيا، فإن توريد الأسلحة إلى ليبيا مستمر."
    assert statements(text, lexicon) == [("ووفقاً", "nebenzia", "neutral", "source")]


def test_sourcing_phrase_yields_to_the_reporting_verb(lexicon):
    # وأكد لافروف، بحسب وكالة تاس: Lavrov speaks, TASS relays
    text = "وأكد لافروف، بحسب وكالة تاس، أن موسكو مستعدة للوساطة."
    assert statements(text, lexicon) == [("وأكد", "lavrov", "neutral", "after_verb")]


def test_a_source_before_the_verb_is_no_subject_of_it(lexicon):
    # وبحسب وكالة سبوتنيك قال لافروف: with no comma Sputnik ended right before قال and was
    # taken for its subject (before_verb); the verb's own subject follows it, the agency relays
    text = "وبحسب وكالة سبوتنيك قال لافروف إن موسكو تدعم الحوار الليبي."
    assert statements(text, lexicon) == [("قال", "lavrov", "neutral", "after_verb")]
    text = "ووفقاً لسبوتنيك أكد الناطق باسم الكرملين دميتري بيسكوف أن الحل سياسي."
    assert statements(text, lexicon) == [("أكد", "peskov", "neutral", "after_verb")]
    # with the comma it was right already
    text = "وبحسب سبوتنيك، قال لافروف إن موسكو تدعم الحوار الليبي."
    assert statements(text, lexicon) == [("قال", "lavrov", "neutral", "after_verb")]
    # with no subject after the verb the source is still the one who speaks
    text = "وبحسب وكالة سبوتنيك قال إن الحل سياسي."
    assert statements(text, lexicon) == [("قال", "sputnik", "neutral", "carried")]
    # the source's name in quotes: past the closing mark the verb follows
    text = "وبحسب موقع “أفريكا إنتليجنس” قال مسؤول روسي إن عناصر روسية وصلوا إلى سبها."
    assert statements(text, lexicon) == [("قال", "مسؤول روسي", "neutral", "unnamed")]
    # the outlet that relayed may be referred back to in the next sentence
    text += " وأضاف الموقع أن عددهم كبير."
    assert statements(text, lexicon)[1] == ("وأضاف", "africa_intelligence", "neutral", "title_anaphora")


def test_a_bare_site_refers_back_to_the_outlet_its_head_noun_introduced(lexicon):
    # ذكر موقع “أفريكا إنتليجنس” … وأفاد الموقع: the head noun is the outlet's title in this
    # article; before, الموقع was kept as written
    text = ("ذكر موقع “أفريكا إنتليجنس” أن شركة روسية تعمل في الجنوب الليبي. "
            "وأفاد الموقع بأن عناصرها وصلوا إلى سبها.")
    assert statements(text, lexicon) == [
        ("ذكر", "africa_intelligence", "neutral", "after_verb"),
        ("وأفاد", "africa_intelligence", "neutral", "title_anaphora"),
    ]
    # a person quoted in between does not take it: a site is no person
    text = ("ذكر موقع “أفريكا إنتليجنس” أن شركة روسية تعمل في الجنوب الليبي. وقال لافروف إن موسكو لا تتدخل. "
            "وأفاد الموقع بأن عناصرها وصلوا إلى سبها.")
    assert [row[1:] for row in statements(text, lexicon)][2] == ("africa_intelligence", "neutral", "title_anaphora")


def test_a_bare_site_names_nobody_and_a_bare_report_speaks_as_written(lexicon):
    # no site named: no statement of "الموقع"
    assert statements("وأفاد الموقع بأن عناصر روسية وصلوا إلى سبها.", lexicon) == []
    # after a person: the report is not his (before, title_anaphora gave it to Lavrov); with no
    # issuer named it speaks as written, as the annotators of four sets read «وأوضح التقرير»
    text = "وقال لافروف إن موسكو لا تتدخل. وأشار التقرير إلى أن عناصر روسية وصلوا إلى سبها."
    assert statements(text, lexicon) == [
        ("وقال", "lavrov", "neutral", "after_verb"), ("وأشار", "التقرير", "neutral", "unnamed")]
    # in the sentence of the outlet whose report it is, the report is no second speaker
    text = "وزعمت رويترز في تقريرها أن طائرات روسية هبطت في الجفرة، بحسب التقرير."
    assert [row[1] for row in statements(text, lexicon, date="2020")] == ["reuters"]


def test_the_report_is_its_issuer_s(lexicon):
    # ونشرت صحيفة X تقريراً … وأشار التقرير: the paper that published it speaks
    text = "ونشرت صحيفة نيويورك تايمز الأمريكية تقريراً عن فاغنر. وأشار التقرير إلى أن عناصرها وصلوا إلى سرت."
    assert statements(text, lexicon, date="2020") == [("وأشار", "nyt", "neutral", "document")]
    # a sourcing phrase names the issuer after من, and the report is theirs later (the panel's
    # report is a mention of the panel, aliases.csv's anaphor التقرير: the verb's own subject)
    text = ("وصل مئات المقاتلين إلى ليبيا، وفقاً لتقرير سري من خبراء الأمم المتحدة. "
            "وذكر التقرير أن المقاتلين خبراء في القنص.")
    assert statements(text, lexicon, date="2020") == [
        ("وفقاً", "un_panel", "neutral", "source"), ("وذكر", "un_panel", "neutral", "after_verb")]
    # the issuer named, not whoever spoke last: Lavrov answers, the report stays the paper's
    text = ("ونشرت صحيفة نيويورك تايمز تقريراً عن فاغنر. وقال لافروف إن موسكو لا تتدخل. "
            "وأضاف التقرير أن عناصرها وصلوا إلى سرت.")
    assert [row[1:] for row in statements(text, lexicon, date="2020")] == [
        ("lavrov", "neutral", "after_verb"), ("nyt", "neutral", "document")]


def test_institution_speaks_for_itself(lexicon):
    text = "وأكدت وزارة الخارجية الروسية أنها تتابع التطورات في طرابلس."
    assert statements(text, lexicon) == [("وأكدت", "russia_mfa", "neutral", "after_verb")]


def test_institution_the_lexicon_lacks_is_kept_as_written(lexicon):
    text = "وأعلنت السفارة البريطانية في طرابلس أنها ستعيد فتح أبوابها."
    assert statements(text, lexicon) == [("وأعلنت", "السفارة البريطانية", "neutral", "unlisted")]


def test_carry_over_across_sentences_and_not_to_the_interlocutor(lexicon):
    text = "وقال الدبيبة إن الحكومة ماضية في خططها.\n\nوأضاف خلال لقائه مع لافروف أن الانتخابات ستجري في موعدها."
    rows = statements(text, lexicon)
    assert rows[1] == ("وأضاف", "dbeibah", "neutral", "carried")


def test_unnamed_speakers_are_not_replaced_by_an_earlier_one(lexicon):
    text = "وقال لافروف إن الحوار ضروري. وقال مسؤول عسكري إن القوات لن تنسحب."
    assert statements(text, lexicon)[1] == ("وقال", "مسؤول عسكري", "neutral", "unnamed")


def test_reporting_verb_that_warns_is_negative(lexicon):
    text = "وحذّر نيبينزيا من تصاعد العنف في العاصمة."
    assert statements(text, lexicon) == [("وحذّر", "nebenzia", "negative", "after_verb")]


def test_headline_name_colon_statement(lexicon):
    assert statements("زاخاروفا: موسكو تدعم الهدنة في ليبيا", lexicon) == [(":", "zakharova", "neutral", "headline")]


def test_headline_in_guillemets(lexicon):
    assert statements("«لافروف»: الوضع لا يزال صعبا", lexicon) == [(":", "lavrov", "neutral", "headline")]


def test_an_outlets_credit_before_a_tatweel_dash_is_not_the_subject(lexicon):
    # «روسيا اليوم ـ أعلنت»: outlets write a tatweel for the credit's dash (one or several); the
    # outlet is the credit, whoever the verb names or carries is the speaker
    assert scored_statements("روسيا اليوم ـ أعلنت وزارة الدفاع الروسية أن قواتها لن تغادر ليبيا.", lexicon,
                             date="2020") == [("russia_mod", "neutral", "after_verb")]
    assert scored_statements("روسيا اليوم ـ أعلنت أن قواتها لن تغادر ليبيا.", lexicon, date="2020") == []
    assert scored_statements("سبوتنيك ـــ قالت زاخاروفا إن موسكو تدعم الحوار.", lexicon,
                             date="2020") == [("zakharova", "positive", "after_verb")]
    text = "وقالت زاخاروفا إن موسكو تدعم الحوار.\nروسيا اليوم ـ وأضافت أن الحل السياسي ممكن."
    assert scored_statements(text, lexicon, date="2020") == [
        ("zakharova", "positive", "after_verb"), ("zakharova", "neutral", "carried")]


def test_credit_line_is_no_headline(lexicon):
    assert statements("المصدر: وكالة سبوتنيك", lexicon) == []


def test_fronted_subject_with_a_parenthesis(lexicon):
    text = "وزير النفط محمد العكروت، في تصريح لوكالة سبوتنيك، أضاف أن الإنتاج سيرتفع."
    assert statements(text, lexicon)[0] == ("أضاف", "محمد العكروت", "neutral", "unlisted")


def test_the_name_ali_is_not_the_preposition(lexicon):
    text = "وقال وزير الاستثمار الدكتور علي القرقني إن الشركات الروسية مدعوة."
    assert statements(text, lexicon)[0] == ("وقال", "علي القرقني", "neutral", "unlisted")


def test_an_object_after_the_verb_is_not_a_speaker(lexicon):
    # وأكد ضرورة …: no subject follows, the statement is the previous speaker's
    text = "وقال لافروف إن الوضع معقد. وأكد ضرورة وقف التصعيد."
    assert statements(text, lexicon)[1] == ("وأكد", "lavrov", "neutral", "carried")


def test_a_family_name_with_the_article_nobody_listed(lexicon):
    text = "وقال الغرياني إن المفتي لن يشارك."
    assert statements(text, lexicon)[0] == ("وقال", "الغرياني", "neutral", "unlisted")


def test_boilerplate_line_makes_no_stance(lexicon):
    text = ("وقال لافروف إن الحوار ضروري.\nاقرأ أيضاً: زاخاروفا تعلن موقف موسكو\nتابع أحدث الأخبار\n"
            "اترك تعليقاً\nاقترح تصحيحاً")
    assert [row[0] for row in statements(text, lexicon)] == ["وقال"]


def test_a_boilerplate_line_typed_with_one_letter_slipped_makes_no_stance(lexicon):
    # «اقرأ أبضا» (ب for ي): its second word was read as a speaker named أبضا (unlisted)
    text = "وحذر لافروف من التصعيد في الجنوب.\nاقرأ أبضا: بيسكوف يعلن موقف الكرملين\nتابع أحدت الأخبار\n"
    assert statements(text, lexicon) == [("وحذر", "lavrov", "negative", "after_verb")]


def test_a_vowelled_participle_after_a_title_is_no_name(lexicon):
    # مُفزع ("alarming") after the title was read as a person the lexicon lacks, and offered on the
    # Suggestions page; the title speaks, unnamed, and no name is found
    text = "وحذر السفير الروسي مُفزع من التصعيد في الجنوب."
    assert statements(text, lexicon) == [("وحذر", "السفير الروسي", "negative", "unnamed")]
    frames = analyze([snippet(text, date="2024")], lexicon)
    assert not frames.mentions["actor_id"].str.startswith("unlisted:").any()
    # a given name written with its vowels is still a name
    assert statements("وحذر السفير الليبي مُحمد الزوي من التصعيد.", lexicon) == [("وحذر", "مُحمد الزوي", "negative", "unlisted")]


def test_a_fronted_subject_reaches_its_verb_past_its_adjectives(lexicon):
    # وكانت وكالة بلومبيرغ الأمريكية قد كشفت: الأمريكية stopped the subject short of قد, and the
    # statement was carried over to the colonel of the sentence before
    text = ("وقال المتحدث باسم الجيش الليبي العقيد محمد قنونو إن الطيران قصف مواقع في الجنوب.\n"
            "وكانت وكالة بلومبيرغ الأمريكية قد كشفت في تقرير سابق عن وجود مقاتلين أجانب.")
    assert statements(text, lexicon, date="2019")[-1] == ("كشفت", "bloomberg", "neutral", "fronted")


def test_cue_inside_an_actor_name_is_silent(lexicon):
    # الدعم inside قوات الدعم السريع is a name, not support
    frame = analyze([snippet("وانتشرت قوات الدعم السريع في المدينة.")], lexicon).stances
    assert frame.empty


def test_in_addition_to_is_not_a_reporting_cue(lexicon):
    assert statements("وزار الوفد بنغازي، إضافة إلى طرابلس.", lexicon) == []


def test_narration_of_cooperation_is_not_the_article_speaking(lexicon):
    frame = analyze([snippet("وجاءت الزيارة في إطار تعزيز العلاقة بين البلدين.")], lexicon).stances
    assert frame.empty


def test_evaluation_inside_a_statement_belongs_to_its_speaker(lexicon):
    frame = analyze([snippet("وأعرب نيبينزيا عن قلق بلاده إزاء الوضع.")], lexicon).stances
    rows = [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()]
    assert rows == [("وأعرب", "nebenzia", "neutral", "after_verb"), ("قلق", "nebenzia", "negative", "in_statement")]


def test_doubled_waw_is_a_slip(lexicon):
    text = "وقالت زاخاروفا إن موسكو قلقة. ووتابعت أن الحوار هو الحل."
    assert statements(text, lexicon)[1][1:] == ("zakharova", "neutral", "carried")


def test_a_deputy_is_not_the_minister_whose_title_follows(lexicon):
    # وزير خارجية روسيا is Lavrov's title; after نائب it is part of a deputy's, and the noun in
    # construct with the title (خارجية) does not end the subject phrase before the name.
    text = "ونفى نائب وزير خارجية روسيا، سيرغي ريابكوف، الأنباء عن وصول مقاتلين."
    assert statements(text, lexicon, date="2020") == [("ونفى", "ryabkov", "negative", "after_verb")]
    # with no name, the deputy's title is the one the lexicon lists for Bogdanov (نائب وزير
    # الخارجية الروسي), in construct with the state: his, as the listed form is
    unnamed = "وقال نائب وزير خارجية روسيا إن الوضع خطير."
    assert statements(unnamed, lexicon, date="2020") == [("وقال", "bogdanov", "neutral", "after_verb")]
    assert statements(unnamed.replace("خارجية روسيا", "الخارجية الروسي"), lexicon, date="2020") == [
        ("وقال", "bogdanov", "neutral", "after_verb")]


def test_a_title_colleagues_share_names_the_one_whose_name_follows(lexicon):
    # نائب وزير الخارجية الروسي is listed for Bogdanov, but Russia has several deputy ministers:
    # Gatilov's full name right after it makes it his (same ministry).
    text = "وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن موسكو ترفض التدخل."
    assert statements(text, lexicon, date="2019") == [("وقال", "gatilov", "neutral", "after_verb")]
    # Not across bodies: Haftar is the one received, and the president keeps his title.
    mentions = analyze([snippet("واستقبل الرئيس الروسي خليفة حفتر في موسكو.", date="2019")], lexicon).mentions
    assert mentions[["actor_id", "surface"]].values.tolist()[:2] == [["putin", "الرئيس الروسي"], ["haftar_khalifa", "خليفة حفتر"]]


def test_a_definite_title_refers_back_to_the_previous_speaker_who_holds_it(lexicon):
    text = ("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو تتابع الوضع. "
            "وأوضحت الناطقة أن السفارة تعمل.")
    assert statements(text, lexicon)[1] == ("وأوضحت", "zakharova", "neutral", "title_anaphora")
    assert statements("قال لافروف إن الحل سياسي. وأضاف الوزير أن موسكو مستعدة.", lexicon)[1][1:] == (
        "lavrov", "neutral", "title_anaphora")
    # Not a title Lavrov holds, and not an indefinite one: those speak for themselves.
    assert statements("قال لافروف إن الحل سياسي. وقال المندوب الروسي إن موسكو مستعدة.", lexicon)[1][1:] == (
        "المندوب الروسي", "neutral", "unnamed")
    assert statements("قال لافروف إن الحل سياسي. وقال مسؤول عسكري إن موسكو مستعدة.", lexicon)[1][1:] == (
        "مسؤول عسكري", "neutral", "unnamed")


def test_a_subject_that_opens_the_sentence_before_its_verb_speaks_not_the_object(lexicon):
    # Headline order (subject, verb, object): Russia is threatened, not threatening.
    assert statements("الدبيبة يتوعد روسيا بالرد.", lexicon) == [("يتوعد", "dbeibah", "negative", "before_verb")]
    # The title is al-Dbeibah's from 2021; in 2010 no listed actor held it, and it speaks as written.
    assert statements("رئيس الحكومة الليبية يتوعد روسيا بالرد.", lexicon) == [
        ("يتوعد", "dbeibah", "negative", "before_verb")]
    assert statements("رئيس الحكومة الليبية يتوعد روسيا بالرد.", lexicon, date="2010") == [
        ("يتوعد", "رئيس الحكومة الليبية", "negative", "unnamed")]


def test_a_body_is_referred_back_to_by_a_word_of_its_name(lexicon):
    text = "أكدت الخارجية الروسية أن الوضع معقد. وقالت الخارجية في بيان إن موسكو لا تتدخل."
    assert [row[1:] for row in statements(text, lexicon)] == [
        ("russia_mfa", "neutral", "after_verb"), ("russia_mfa", "neutral", "title_anaphora")]


def test_the_paper_is_the_last_paper_named_unless_another_is_qualified(lexicon):
    text = ("ونشرت صحيفة نيويورك تايمز تقريرا عن المقاتلين. وزعمت الصحيفة أن مئات المقاتلين وصلوا. "
            "وقالت الصحيفة البريطانية إن العدد أقل.")
    assert [row[1:] for row in statements(text, lexicon, date="2020")] == [
        ("nyt", "neutral", "after_verb"), ("الصحيفة البريطانية", "neutral", "unnamed")]  # زعمت adds nothing (rule of eval/README.md)
    mentions = analyze([snippet(text, date="2020")], lexicon).mentions
    assert mentions[["actor_id", "surface", "match_kind"]].values.tolist() == [
        ["nyt", "نيويورك تايمز", "name"], ["nyt", "الصحيفة", "anaphora"]]


def test_a_colleague_s_given_name_spelt_as_nobody_listed_still_names_him(lexicon):
    # غوينادي is no listed spelling of Gatilov's given name; the surname after it is (جاتيلوف).
    text = "أعلن نائب وزير الخارجية الروسي غوينادي جاتيلوف أن موسكو لا تنوي عقد جلسة طارئة."
    assert statements(text, lexicon, date="2011") == [("أعلن", "gatilov", "neutral", "after_verb")]
    mention = analyze([snippet(text, date="2011")], lexicon).mentions.iloc[0]
    assert (mention["actor_id"], mention["surface"], mention["match_kind"]) == (
        "gatilov", "نائب وزير الخارجية الروسي غوينادي جاتيلوف", "title+name")
    # A common word there is not a given name: the deputy minister listed keeps the title.
    other = analyze([snippet("أعلن نائب وزير الخارجية الروسي أمس جاتيلوف.", date="2011")], lexicon).mentions
    assert other["actor_id"].tolist() == ["bogdanov", "gatilov"]


def test_the_envoy_of_the_president_is_the_envoy_not_the_president(lexicon):
    # للرئيس الروسي is whose envoy he is; إلى الشرق الأوسط qualifies the title, and the name in
    # quotation marks after it is the speaker.
    text = "وأعلن المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وأفريقيا “ميخائيل بوغدانوف”، أن السفارة ستعود."
    assert statements(text, lexicon, date="2022-12") == [("وأعلن", "bogdanov", "neutral", "after_verb")]
    mentions = analyze([snippet(text, date="2022-12")], lexicon).mentions
    assert "putin" not in mentions["actor_id"].tolist()
    adviser = "وقال مستشار الرئيس الروسي إن موسكو تدعم الحوار."
    assert statements(adviser, lexicon, date="2022-12") == [("وقال", "مستشار الرئيس الروسي", "neutral", "unnamed")]


def test_a_quotation_that_runs_on_past_a_full_stop_keeps_its_speaker(lexicon):
    text = ('وقال نيبينزيا في جلسة مجلس الأمن: "نحن قلقون من تدفق السلاح إلى ليبيا. ونحن ندعم الحوار بين جميع الأطراف".\n'
            "وشهدت طرابلس هدوءا حذرا.")
    frame = analyze([snippet(text, date="2020")], lexicon).stances
    continued = frame[frame["sentence_id"] == 2]
    assert continued[["cue", "speaker_id", "attribution", "quote"]].values.tolist() == [
        # his positive word (not نحافظ على الاتصال مع جميع الأطراف: contacts are neutral, convention 8)
        ["ونحن", "nebenzia", "quote_owner", True], ["ندعم", "nebenzia", "carried", True],
    ]
    assert frame[frame["sentence_id"] == 3].empty  # after the quotation: narration
    # A quotation opening with its own sentence, with no cue, continues nobody.
    alone = analyze([snippet('قال لافروف إن الحوار مستمر. "الحل سياسي فقط" شعار رفعه المحتجون.', date="2020")], lexicon).stances
    assert alone[alone["sentence_id"] == 2].empty


def test_commented_needs_its_own_subject_and_suspended_is_no_statement(lexicon):
    text = "علقت الخارجية الروسية الأربعاء على مقال نشرته صحيفة بريطانية، قائلة إنها لا تملك معلومات."
    assert statements(text, lexicon)[0] == ("علقت", "russia_mfa", "neutral", "after_verb")
    # عُلّقت (was suspended) is written with the same letters: no subject, so no statement,
    # and the previous speaker is not carried into it.
    suspended = "قال الدبيبة إن الحكومة ملتزمة بالعقود. وقد علقت العديد من العقود بسبب الحرب."
    assert [row[0] for row in statements(suspended, lexicon)] == ["قال"]


def test_coordinated_subjects_both_speak(lexicon):
    frame = analyze([snippet("وأكد لافروف وشويغو أن موسكو تدعم الحوار.", date="2020")], lexicon).stances
    assert frame[["cue", "speaker_id", "polarity", "attribution", "target"]].values.tolist() == [
        ["وأكد", "lavrov", "neutral", "after_verb", "moscow"], ["وأكد", "shoigu", "neutral", "after_verb", "moscow"],
        ["تدعم", "lavrov", "positive", "in_statement", "الحوار"], ["تدعم", "shoigu", "positive", "in_statement", "الحوار"],
    ]
    # كل من before the coordinated subjects
    assert [row[1] for row in statements("وكتبت كل من الدبيبة والمنفي أن الحوار ضروري.", lexicon, date="2023")] == [
        "dbeibah", "menfi"]
    # A comma before the second: وفق ما أعلن الكرملين، وقوات حفتر
    text = "واستقبل بوتين حفتر في موسكو، وفق ما أعلن الكرملين، وقوات حفتر، أمس."
    assert [row[1] for row in statements(text, lexicon, date="2023")] == ["kremlin", "lna"]
    # Not a person with a city: Moscow is no second speaker here.
    assert [row[1] for row in statements("وقال لافروف وموسكو تتابع الوضع إن الحل سياسي.", lexicon)] == ["lavrov"]


def test_the_statement_speaks_for_the_previous_speaker_who_issued_it(lexicon):
    text = "وقالت وزارة الخارجية الروسية في بيان إن موسكو تدعم الحوار. وأضاف البيان أن السفارة ستعود إلى طرابلس."
    assert statements(text, lexicon)[1] == ("وأضاف", "russia_mfa", "neutral", "document")
    sourced = "وقالت وزارة الخارجية الروسية إن موسكو تدعم الحوار. وستعود السفارة إلى طرابلس، وفق البيان."
    assert statements(sourced, lexicon)[1] == ("وفق", "russia_mfa", "neutral", "document")
    # An indefinite statement, or one with its own nisba, is someone else's.
    other = "وقالت وزارة الخارجية الروسية إن موسكو تدعم الحوار. وأضاف البيان الليبي أن السفارة ستعود."
    assert statements(other, lexicon)[1][1:] == ("البيان الليبي", "neutral", "unnamed")


def test_a_document_with_the_adjective_of_the_previous_speakers_own_state_is_his(lexicon):
    # al-Mismari speaks for the army, which is Libya's: البيان الليبي is his statement, told apart
    # from the Russian side's by its country
    text = "وقال المسماري في بيان إن الوفد الروسي وصل إلى بنغازي. وتأتي الزيارة وفق البيان الليبي في إطار التعاون."
    assert statements(text, lexicon, date="2023")[1] == ("وفق", "mismari", "neutral", "document")
    other = "وقال المسماري في بيان إن الوفد الروسي وصل إلى بنغازي. وتأتي الزيارة، وفق البيان الروسي، في إطار التعاون."
    assert statements(other, lexicon, date="2023")[1][1:] == ("البيان الروسي", "neutral", "unnamed")


def test_on_the_tongue_of_and_informed_are_neutral_attributions(lexicon):
    assert statements("وجاء ذلك على لسان المتحدثة باسم الخارجية الروسية ماريا زاخاروفا.", lexicon) == [
        ("على لسان", "zakharova", "neutral", "source")]
    assert statements("وأفاد بوغدانوف بأن الاتصالات مستمرة مع جميع الأطراف.", lexicon) == [
        ("وأفاد", "bogdanov", "neutral", "after_verb")]


def test_a_paper_that_relays_someone_is_no_speaker_itself(lexicon):
    text = "وقالت صحيفة إزفستيا نقلاً عن نيبينزيا إن موسكو لن تصوت على القرار."
    assert statements(text, lexicon) == [("نقلاً", "nebenzia", "neutral", "relay")]


def test_a_participle_goes_on_with_the_subject_and_its_object_is_criticised(lexicon):
    # منتقدًا المجلس الرئاسي: the council is criticised; al-Dbeibah criticises.
    text = "وقال الدبيبة إن الحوار ضروري، منتقدًا المجلس الرئاسي."
    assert statements(text, lexicon, date="2023") == [
        ("وقال", "dbeibah", "neutral", "after_verb"), ("منتقدًا", "dbeibah", "negative", "carried")]
    frame = analyze([snippet(text, date="2023")], lexicon).stances
    assert frame.loc[frame["cue"] == "منتقدًا", "target"].tolist() == ["presidential_council"]


def test_the_one_who_looks_forward_is_the_subject_of_welcomed(lexicon):
    text = "ورحب المنفي بزيارة وزير الخارجية الروسي ويتطلع إلى تعاون أوسع."
    frame = analyze([snippet(text, date="2023")], lexicon).stances
    assert frame[["cue", "speaker_id", "polarity"]].values.tolist() == [
        ["ورحب", "menfi", "positive"], ["ويتطلع", "menfi", "positive"], ["تعاون", "menfi", "positive"]]


def test_a_verb_that_reports_and_evaluates_keeps_its_speaker(lexicon):
    assert statements("ودافع لافروف عن دور بلاده في ليبيا.", lexicon) == [("ودافع", "lavrov", "positive", "after_verb")]
    assert statements("وندد الدبيبة بالهجوم على طرابلس.", lexicon, date="2023") == [
        ("وندد", "dbeibah", "negative", "after_verb")]
    # بدافع (out of) is no defence: دافع speaks only with its own subject.
    assert statements("وقال لافروف إن بلاده تحركت بدافع الحرص على الاستقرار.", lexicon) == [
        ("وقال", "lavrov", "neutral", "after_verb")]


def test_a_rank_between_title_and_name_and_a_name_in_brackets_or_quotes(lexicon):
    text = "وقال وزير الخارجية المكلف السفير علي الصادق إن ليبيا ترحب بالحوار."
    assert statements(text, lexicon)[0] == ("وقال", "علي الصادق", "neutral", "unlisted")
    hemedti = "وأكد قائد قوات الدعم السريع محمد حمدان دقلو (حميدتي) أن قواته ستنسحب."
    assert statements(hemedti, lexicon) == [("وأكد", "hemedti", "neutral", "after_verb")]
    mentions = analyze([snippet(hemedti)], lexicon).mentions
    person = mentions[mentions["actor_id"] == "hemedti"]
    assert person["surface"].tolist() == ["محمد حمدان دقلو (حميدتي)"]  # one mention, the bracket included
    quoted = "وقالت السفيرة الأميركية لدى الأمم المتحدة “ليندا توماس غرينفيلد” إن بلادها قلقة."
    mentions = analyze([snippet(quoted, date="2023")], lexicon).mentions
    assert mentions.loc[mentions["actor_id"] == "thomas_greenfield", ["surface", "match_kind"]].values.tolist() == [
        ["السفيرة الأميركية لدى الأمم المتحدة “ليندا توماس غرينفيلد”", "title+name"]]


def test_unnamed_diplomats_speak_as_written(lexicon):
    text = "وقال لافروف إن الحل سياسي. وأعلن دبلوماسيون غربيون أن المشروع سيطرح للتصويت."
    assert statements(text, lexicon)[1] == ("وأعلن", "دبلوماسيون غربيون", "neutral", "unnamed")


def test_the_american_paper_is_the_american_paper_named_before(lexicon):
    text = ("ونشرت صحيفة نيويورك تايمز تقريرا عن ليبيا. وزعمت الصحيفة الأمريكية أن موسكو أرسلت طائرات.\n"
            "وقالت الصحيفة البريطانية إن الطائرات وصلت.")
    frames = analyze([snippet(text, date="2020")], lexicon)
    assert [row[1:] for row in statements(text, lexicon, date="2020")] == [
        ("nyt", "neutral", "after_verb"), ("الصحيفة البريطانية", "neutral", "unnamed")]  # زعمت adds nothing (rule of eval/README.md)
    anaphora = frames.mentions[frames.mentions["match_kind"] == "anaphora"]
    assert anaphora[["actor_id", "surface"]].values.tolist() == [["nyt", "الصحيفة الأمريكية"]]  # no British paper named


def test_it_came_in_a_statement_issued_by_names_the_issuer(lexicon):
    text = "وجاء في بيان صادر عن وزارة الخارجية الروسية أن موسكو تدعم الحوار."
    assert statements(text, lexicon) == [("وجاء في", "russia_mfa", "neutral", "source")]
    # جاء في المرتبة الأولى (came first) reports nobody.
    assert statements("وجاء الفريق الليبي في المرتبة الأولى.", lexicon) == []


def test_a_document_followed_by_its_issuer_names_the_issuer(lexicon):
    # وفقاً لمعلومات X، بحسب تقرير لصحيفة X: the agency and the paper speak, not "information" or "a report"
    text = "ووفقاً لمعلومات وكالة الأنباء الألمانية فإن الطائرات هبطت في قاعدة الجفرة."
    assert statements(text, lexicon) == [("ووفقاً", "dpa", "neutral", "source")]
    text = "وبحسب تقرير لصحيفة نيويورك تايمز فإن مئات المقاتلين غادروا سرت."
    assert statements(text, lexicon) == [("وبحسب", "nyt", "neutral", "source")]


def test_a_document_without_an_issuer_stays_unnamed(lexicon):
    # تقرير خبراء: experts are nobody in particular, the report stays the source as written
    text = "وبحسب تقرير خبراء مستقلين فإن مئات المقاتلين غادروا سرت."
    assert statements(text, lexicon) == [("وبحسب", "تقرير خبراء مستقلين", "neutral", "unnamed")]


def test_the_same_source_is_the_previous_speaker(lexicon):
    text = ("وقالت وزارة الخارجية الروسية إن الوفد سيزور بنغازي. "
            "وأضاف بيان آخر للمصدر ذاته أن الزيارة تستمر يومين. وأكد المصدر نفسه أن اللقاء مثمر.")
    assert statements(text, lexicon)[1:] == [
        ("وأضاف", "russia_mfa", "neutral", "same_source"), ("وأكد", "russia_mfa", "neutral", "same_source")]


def test_the_same_day_is_not_the_same_source(lexicon):
    # بيان لجهة أخرى في اليوم نفسه: نفسه refers to the day, the statement is another body's
    text = "وقالت وزارة الخارجية الروسية إن الوفد سيزور بنغازي. وأعلن مسؤولون عسكريون، في اليوم نفسه، وصول الوفد."
    assert statements(text, lexicon)[1] == ("وأعلن", "مسؤولون عسكريون", "neutral", "unnamed")


def test_a_subject_set_off_by_a_comma_speaks(lexicon):
    # أن نائب الوزير، X، أكد: the verb's own subject, not the source that reports it
    text = "وأشار المصدر إلى أن نائب وزير الخارجية الروسي، ميخائيل بوغدانوف، أكد في اتصال هاتفي دعم موسكو للحوار."
    assert statements(text, lexicon, date="2020")[1] == ("أكد", "bogdanov", "neutral", "before_verb")
    # A place before the comma is no subject: في بنغازي، قالت الخارجية
    text = "وبعد اللقاء في بنغازي، قالت وزارة الخارجية الروسية إن الحوار مستمر."
    assert statements(text, lexicon) == [("قالت", "russia_mfa", "neutral", "after_verb")]


def test_a_short_quoted_qualifier_between_title_and_name(lexicon):
    # القائد العام “للجيش الليبي” خليفة حفتر; حلف شمال الأطلسي "الناتو" then a name nobody listed
    text = "وأعلن القائد العام “للجيش الليبي” خليفة حفتر أن قواته ستنسحب."
    assert statements(text, lexicon) == [("وأعلن", "haftar_khalifa", "neutral", "after_verb")]
    text = 'وكشف مندوب روسيا الدائم لدى حلف شمال الأطلسي "الناتو" كيريل ساموخين عن رسالة إلى الحلف.'
    assert statements(text, lexicon) == [("وكشف", "كيريل ساموخين", "neutral", "unlisted")]


def test_whom_a_spokesman_spoke_to_is_not_the_speaker(lexicon):
    # لقناة الحدث السعودية: the channel he spoke to, and Saudi is its adjective
    text = "وقال متحدث باسم البيت الأبيض لقناة الحدث السعودية إن واشنطن تتابع الوضع."
    rows = statements(text, lexicon)
    assert rows[0] == ("وقال", "متحدث باسم البيت الأبيض", "neutral", "unnamed")
    assert "saudi_arabia" not in {row[1] for row in rows}


def test_the_title_the_article_gave_refers_back(lexicon):
    # الناطق الرسمي … العميد سالم الورفلي, witnesses, then وأضاف الناطق الرسمي: the lexicon lists no such title
    text = ("وأعلن الناطق الرسمي باسم الجيش العميد سالم الورفلي أن القوات انسحبت. "
            "وقال شهود إن الطريق مفتوح. وأضاف الناطق الرسمي أن الهدنة صامدة.")
    assert statements(text, lexicon) == [
        ("وأعلن", "سالم الورفلي", "neutral", "unlisted"), ("وقال", "شهود", "neutral", "unnamed"),
        ("وأضاف", "سالم الورفلي", "neutral", "title_anaphora")]


def test_a_time_with_a_colon_is_no_headline_speaker(lexicon):
    assert statements("١١:٠٤ بتوقيت غرينتش", lexicon) == []


def test_an_agency_nobody_listed_speaks_as_written(lexicon):
    # وكالة is a word, not و + كـ + الـ: the agency speaks, unnamed
    text = "وقالت وكالة الأنباء الروسية إن الوفد وصل إلى بنغازي."
    assert statements(text, lexicon) == [("وقالت", "وكالة الأنباء الروسية", "neutral", "unnamed")]


def test_an_outlet_quoted_or_bracketed_after_its_description_speaks(lexicon):
    text = "وقالت وكالة الأنباء الصينية «شينخوا» إن الوفد وصل."
    assert statements(text, lexicon) == [("وقالت", "xinhua", "neutral", "after_verb")]
    text = "وذكرت وكالة الأنباء الروسية (نوفوستي) أن الوفد وصل."
    assert statements(text, lexicon) == [("وذكرت", "ria_novosti", "neutral", "after_verb")]


def test_a_relay_set_off_by_commas_silences_the_relaying_paper(lexicon):
    text = "وذكرت صحيفة إزفستيا، نقلا عن نيبينزيا، أن المجلس سيجتمع."
    assert statements(text, lexicon) == [("نقلا", "nebenzia", "neutral", "relay")]


def test_a_place_before_a_headline_colon_is_a_section_label(lexicon):
    # ليبيا: بوليانسكي يتوقع…: Polyanskiy speaks, Libya is the section
    assert statements("ليبيا: بوليانسكي يتوقع تعيين مبعوث جديد قريبا", lexicon) == [
        ("يتوقع", "polyanskiy", "neutral", "before_verb")]
    # a state that speaks keeps its colon: روسيا: لن نسمح بالتدخل
    assert statements("روسيا: لن نسمح بالتدخل في ليبيا", lexicon)[0][1:] == ("russia", "neutral", "headline")


def test_an_html_entity_left_in_the_text_is_no_speaker(lexicon):
    # واضاف quot;…: a page lost the & of &quot;, the speaker is carried over
    text = "وقال لافروف إن الوضع صعب. واضاف quot;نعتقد ان الحل سياسيquot;."
    assert statements(text, lexicon)[1] == ("واضاف", "lavrov", "neutral", "carried")


def test_a_body_speaking_through_its_spokeswoman_is_her_statement(lexicon):
    # نفت الخارجية على لسان المتحدثة باسمها X: one statement, by the person named
    text = "نفت وزارة الخارجية الروسية على لسان المتحدثة باسمها ماريا زاخاروفا وجود قوات روسية في ليبيا."
    assert statements(text, lexicon) == [("نفت", "zakharova", "negative", "mouthpiece")]
    # a person speaking through another stays the speaker: no replacement
    text = "وقال لافروف على لسان مساعده إن الحوار مستمر."
    assert statements(text, lexicon)[0][1] == "lavrov"


def test_a_document_page_and_its_adjective_before_the_issuer(lexicon):
    text = "وجاء على الصفحة الرسمية لوزارة الخارجية الروسية أن موسكو تدعم الحكومة الجديدة."
    assert statements(text, lexicon) == [("وجاء على", "russia_mfa", "neutral", "source")]


def test_a_title_behind_the_sourcing_preposition(lexicon):
    # وفقا لرئيس الصندوق، X: the title's holder is the source
    text = "وفقا لرئيس الصندوق، كيريل ساموخين، فإن الفريق سيزور ليبيا."
    assert statements(text, lexicon) == [("وفقا", "كيريل ساموخين", "neutral", "unlisted")]


def test_an_outlet_interviewing_is_not_the_speaker(lexicon):
    # في مقابلة مع وكالة “سبوتنيك” أضاف: Sputnik asked, the earlier speaker answers
    text = "وقال وزير النفط محمد عون إن الإنتاج مستقر. وفي مقابلة مع وكالة “سبوتنيك” أضاف أن ليبيا تخطط للتنقيب."
    assert statements(text, lexicon)[1] == ("أضاف", "aoun", "neutral", "carried")


def test_a_participle_goes_on_with_the_subject_of_the_opening_verb(lexicon):
    # أصدر reports nothing, but مشددة goes on with its subject, the embassy
    text = "وأصدرت السفارة الروسية في ليبيا تحذيراً لمواطنيها، مشددة على أن الوضع ما يزال متوتراً."
    assert statements(text, lexicon) == [("مشددة", "russian_embassy_libya", "neutral", "opening_subject")]
    # a sentence opening with a preposition has no such subject: the previous speaker goes on
    text = "وقال لافروف إن الحوار مستمر. وفي طرابلس، مشيرا إلى أن الوفد وصل."
    assert statements(text, lexicon)[1] == ("مشيرا", "lavrov", "neutral", "carried")


def test_a_body_with_its_seat_before_a_headline_colon(lexicon):
    assert statements("السفارة الروسية في ليبيا: واشنطن ما زالت تخطئ", lexicon)[0][1:] == (
        "russian_embassy_libya", "neutral", "headline")


def test_a_report_referred_to_is_no_statement(lexicon):
    # إن ما ذكرته الصحيفة غير صحيح: the paper's report is what Mismari denies, the paper says nothing here
    text = "وقال المسماري إن ما ذكرته صحيفة صن البريطانية غير صحيح."
    assert statements(text, lexicon, date="2018") == [("وقال", "mismari", "neutral", "after_verb")]
    # after a sourcing word the verb after ما still names the source
    text = "وصل الوفد إلى بنغازي، وفق ما أعلنت وزارة الخارجية الروسية."
    assert statements(text, lexicon) == [("أعلنت", "russia_mfa", "neutral", "after_verb")]


def test_a_place_and_colon_before_a_reporting_verb_is_a_dateline(lexicon):
    text = "موسكو: اعتبرت روسيا أن الغارات غير مقبولة، معربة عن قلقها."
    assert statements(text, lexicon) == [
        ("اعتبرت", "russia", "neutral", "after_verb"), ("معربة", "russia", "neutral", "carried")]


def test_condemned_names_its_subject(lexicon):
    # من جانبه دان X: دان (condemned) is a negative report whose speaker follows it
    text = "من جانبه دان باشاغا الهجوم على المدنيين قائلا إنه انتهاك واضح."
    assert statements(text, lexicon) == [
        ("دان", "bashagha", "negative", "after_verb"), ("قائلا", "bashagha", "neutral", "carried")]


def test_a_body_named_in_quotes_after_its_description(lexicon):
    text = "من جهته أفاد المكتب الإعلامي بالرئاسة الروسية “الكرملين” بأن اللقاء تناول الوضع."
    assert statements(text, lexicon) == [("أفاد", "kremlin", "neutral", "after_verb")]


def located(text, lexicon, date="2024"):
    """(cue, speaker id or name, polarity, attribution, start, end) of the statements."""
    frame = analyze([snippet(text, date=date)], lexicon).stances
    frame = frame[frame["cue_type"] != "evaluative"]
    return [(row.cue, row.speaker_id or row.speaker_name, row.polarity, row.attribution, row.start, row.end)
            for row in frame.itertuples()]


def test_a_state_inside_what_a_person_says_makes_no_statement(lexicon):
    # قال X إن روسيا ترى…: the spokesman says what Russia sees; Russia makes no statement of its own
    text = "وقال لافروف إن روسيا ترى أن الحكومة الليبية يجب أن تضمن الأمن."
    at = text.index("ترى")
    assert located(text, lexicon) == [
        ("وقال", "lavrov", "neutral", "after_verb", 0, 4),
        ("ترى", "lavrov", "neutral", "in_statement", at, at + 3),
    ]
    # a city after the verb, past a clause opened inside the statement: حيث تدعو موسكو
    text = "وقالت زاخاروفا إن الهدنة مشجعة حيث تدعو موسكو إلى وقف القتال."
    assert [row[1:4] for row in located(text, lexicon)] == [
        ("zakharova", "neutral", "after_verb"), ("zakharova", "neutral", "in_statement")]
    # a person inside the statement still speaks: أن بوغدانوف أكد
    text = "وقال المصدر إن بوغدانوف أكد دعم موسكو للحوار."
    assert [row[1] for row in located(text, lexicon, date="2020")] == ["المصدر", "bogdanov"]


def test_a_name_before_a_verb_with_wa_is_not_its_subject(lexicon):
    # برئاسة “باشاغا” ورأت: the verb after و goes on with Russia, the name is برئاسة's object
    text = "رحبت روسيا بالحكومة الجديدة برئاسة “فتحي باشاغا” ورأت فيها خطوة مهمة."
    at = text.index("ورأت")
    assert located(text, lexicon) == [
        ("رحبت", "russia", "positive", "after_verb", 0, 4),
        ("ورأت", "russia", "neutral", "carried", at, at + 4),
    ]


def test_a_participle_of_a_plain_verb_goes_on_with_the_subject(lexicon):
    # «…بوتين»، داعياً: داعياً continues al-Dbeibah, not the name closing the quotation
    text = "وأشار الدبيبة إلى «الدعم الذي يقدمه الرئيس فلاديمير بوتين»، داعياً إلى تعزيز التعاون."
    at = text.index("داعياً")
    assert located(text, lexicon) == [
        ("وأشار", "dbeibah", "neutral", "after_verb", 0, 5),
        ("داعياً", "dbeibah", "neutral", "carried", at, at + 6),
    ]


def test_a_verb_after_a_relative_pronoun_has_the_antecedent_for_subject(lexicon):
    # X، الذي توقع: the one named before الذي expects, although the sentence's verb reports nothing
    text = "كما يشارك في المؤتمر وزير الخارجية سيرغي لافروف، الذي توقع أن تكون المحادثات صعبة."
    at = text.index("توقع")
    assert located(text, lexicon) == [("توقع", "lavrov", "neutral", "relative", at, at + 4)]
    # an antecedent that is no speaker: القرار الذي صرح بالتدخل authorised, nobody said anything
    text = "وقال لافروف إن الوضع صعب. وصدر القرار الذي صرح بالتدخل العسكري في ليبيا."
    assert located(text, lexicon) == [("وقال", "lavrov", "neutral", "after_verb", 0, 4)]


def test_what_was_not_said_is_no_statement(lexicon):
    # دون ذكر معلومات: the Kremlin announced the meeting without saying anything of it
    text = "وأعلن الكرملين لقاء بوتين وحفتر دون ذكر معلومات عن مضمونه."
    assert located(text, lexicon) == [("وأعلن", "kremlin", "neutral", "after_verb", 0, 5)]
    # من دون أن يوضح: no statement, and the previous speaker does not go on
    text = "وقال لافروف إن الوضع صعب. واستقبل بوتين حفتر من دون أن يوضح سبب الزيارة."
    assert located(text, lexicon) == [("وقال", "lavrov", "neutral", "after_verb", 0, 4)]


def test_a_paper_relaying_a_source_past_a_date_makes_no_statement(lexicon):
    # كشفت الصحيفة، أمس، نقلاً عن مصدر: the source speaks, the paper only relays
    text = "وكشفت صحيفة صن البريطانية، أمس الثلاثاء، نقلاً عن مصدر حكومي، أن موسكو تريد قاعدة في ليبيا."
    at = text.index("نقلاً")
    assert located(text, lexicon) == [("نقلاً", "مصدر حكومي", "neutral", "unnamed", at, at + 5)]


def test_a_latin_label_before_a_colon_is_no_speaker(lexicon):
    # NEWS: … in an embedded post names nobody
    assert located("NEWS: Russia is moving weapons to Libya", lexicon) == []


def test_a_bare_definite_noun_goes_back_to_the_person_just_named(lexicon):
    # وقال دينغوف إن…، وقال المسؤول: the official is Dengov, in the same sentence or the next
    text = "وقال دينغوف إن العقد سيوقع قريبا، وقال المسؤول: إن التوريد يبدأ العام القادم."
    at = text.index("وقال المسؤول")
    assert located(text, lexicon) == [
        ("وقال", "dengov", "neutral", "after_verb", 0, 4),
        ("وقال", "dengov", "neutral", "title_anaphora", at, at + 4),
    ]
    # after an unnamed group nobody is referred back to: المسؤول stays as written
    text = "وقال مسؤولون عسكريون إن الوضع هادئ. وأضاف المسؤول أن الحدود مغلقة."
    assert [row[1] for row in located(text, lexicon)] == ["مسؤولون عسكريون", "المسؤول"]


def test_a_stance_word_in_a_relative_clause_of_the_narration_is_no_statement(lexicon):
    # الحكومة التي تدعمها الأمم المتحدة: a description in the article's voice, not a UN statement
    text = "ويقود الحكومة التي تدعمها الأمم المتحدة عبد الحميد الدبيبة في طرابلس."
    frame = analyze([snippet(text)], lexicon).stances
    at = text.index("تدعمها")
    assert [(row.cue, row.speaker_name, row.polarity, row.attribution, row.start, row.end) for row in frame.itertuples()] == [
        ("تدعمها", "(article)", "positive", "article", at, at + 6)]


def test_noting_and_insisting_report_speech(lexicon):
    # يلاحظ، أصرت: neutral reporting verbs with their subject after them
    text = "ويلاحظ لافروف أن الهدنة صامدة. وأصرت روسيا على أن الحل سياسي."
    at = text.index("وأصرت")
    assert located(text, lexicon) == [
        ("ويلاحظ", "lavrov", "neutral", "after_verb", 0, 6),
        ("وأصرت", "russia", "neutral", "after_verb", at, at + 5),
    ]


def test_the_media_unnamed_are_a_source(lexicon):
    # وفق وسائل إعلام ليبية: an unnamed source, kept as written
    text = "وهذا اللقاء هو الأول منذ سنوات، وفق وسائل إعلام ليبية."
    at = text.index("وفق")
    assert located(text, lexicon) == [("وفق", "وسائل إعلام ليبية", "neutral", "unnamed", at, at + 3)]


def noun_rows(text, lexicon, date="2024"):
    """(cue as written, speaker id or name, polarity, attribution, start, end) of the statements."""
    frame = analyze([snippet(text, date=date)], lexicon).stances
    frame = frame[frame["cue_type"] != "evaluative"]
    return [(row.cue, row.speaker_id or row.speaker_name, row.polarity, row.attribution, row.start, row.end)
            for row in frame.itertuples()]


def test_noun_of_speech_in_construct_names_its_speaker(lexicon):
    # no reporting verb: the statement is carried by تصريحات, Lavrov in construct says it; what it
    # says (مخاوف … العدوان) gives the polarity through the evaluations inside it
    text = "وتحمل تصريحات لافروف انتقادا للعدوان على البلاد."
    start = text.index("تصريحات")
    rows = noun_rows(text, lexicon)
    assert rows == [("تصريحات", "lavrov", "neutral", "speech_noun", start, start + len("تصريحات"))]
    frame = analyze([snippet(text)], lexicon).stances
    inside = frame[frame["cue_type"] == "evaluative"]
    assert set(inside["speaker_id"]) == {"lavrov"} and "negative" in set(inside["polarity"])


def test_evaluative_noun_of_speech_carries_its_polarity(lexicon):
    # اتهام is a negative word: the accuser in construct makes a negative statement
    text = "وجاء ذلك بعد يوم من اتهام الولايات المتحدة مرتزقة بزرع ألغام قرب المدينة."
    start = text.index("اتهام")
    assert noun_rows(text, lexicon) == [("اتهام", "usa", "negative", "speech_noun", start, start + len("اتهام"))]


def test_noun_of_speech_issued_by_a_body(lexicon):
    # تحذيرا صدر عن السفارة: the body after صدر عن issues the warning
    text = "وتداولت صحف محلية تحذيرا صدر عن السفارة الروسية في ليبيا لرعاياها من السفر."
    start = text.index("تحذيرا")
    rows = noun_rows(text, lexicon)
    assert rows == [("تحذيرا", "russian_embassy_libya", "negative", "speech_noun", start, start + len("تحذيرا"))]


def test_noun_of_speech_behind_li_and_no_speaker_without_an_actor(lexicon):
    # بيان للخارجية الروسية: the ministry behind ل; an adjective after the noun names nobody
    text = "واستمرت المحادثات ساعتين، بحضور السفير، وفق بيان للخارجية الروسية."
    rows = noun_rows(text, lexicon)
    assert [(row[1], row[3]) for row in rows] == [("russia_mfa", "source")]  # the sourcing phrase's own rule
    text = "وتضمن بيان للخارجية الروسية دعوة إلى الحوار بين الأطراف."
    start = text.index("بيان")
    assert noun_rows(text, lexicon) == [("بيان", "russia_mfa", "neutral", "speech_noun", start, start + len("بيان"))]
    assert noun_rows("وأثارت تصريحات صحفية جدلا واسعا في البلاد.", lexicon) == []


def test_a_verb_statement_leaves_the_noun_alone(lexicon):
    # a sentence whose verb makes a statement is not read for nouns: تصريحات لافروف is what he refers to
    text = "وقال بوغدانوف إن تصريحات لافروف واضحة."
    assert statements(text, lexicon) == [("وقال", "bogdanov", "neutral", "after_verb")]


def test_quoted_body_then_comma_then_the_holder(lexicon):
    # قائد “الجيش الوطني الليبي”، خليفة حفتر: the quoted body qualifies the title, the name after
    # the comma holds it (a noun of speech here, read as a verb's subject is)
    text = "وجاء القرار بعد تصريح قائد “الجيش الوطني الليبي”، خليفة حفتر، رفض الاتفاق."
    start = text.index("تصريح")
    assert noun_rows(text, lexicon, date="2017") == [("تصريح", "haftar_khalifa", "neutral", "speech_noun", start, start + len("تصريح"))]


def test_gave_a_statement_with_the_subject_between(lexicon):
    # أدلى X بتصريح: the verb and its ب are split by the subject, who speaks
    text = "وأدلى بيسكوف، بهذا التصريح ردا على تقارير صحفية."
    assert noun_rows(text, lexicon, date="2020") == [("وأدلى", "peskov", "neutral", "after_verb", 0, 5)]
    # a subject-only cue never continues an earlier speaker: with no subject, no statement
    assert statements("وقال بيسكوف إن الأمر واضح. وأدلت بصوتها في الانتخابات.", lexicon, date="2020") == [
        ("وقال", "peskov", "neutral", "after_verb")]


def test_split_cue_with_the_subject_between_verb_and_particle(lexicon):
    # عبّر X عن: the two-word cue عبر عن with its subject between; the minister expresses concern
    text = "وعبّر وزير الخارجية الروسي سيرغي لافروف عن قلقه من تدهور الأوضاع."
    assert noun_rows(text, lexicon, date="2020") == [("وعبّر", "lavrov", "neutral", "after_verb", 0, 5)]
    frame = analyze([snippet(text, date="2020")], lexicon).stances
    assert set(frame["polarity"][frame["cue_type"] == "evaluative"]) == {"negative"}  # قلقه, تدهور
    # a subject nobody listed is kept as written; the adverb before عن is not part of it
    text = "ورغم ذلك عبّر قادة الأحزاب علنا عن رفضهم للاتفاق."
    start = text.index("عبّر")
    assert noun_rows(text, lexicon) == [("عبّر", "قادة الأحزاب", "neutral", "unnamed", start, start + 4)]
    # عبر after a verb of its own is "via": no second statement by the ministry
    text = "وأعلنت روسيا عبر وزارة الخارجية عن دعمها للحوار."
    assert statements(text, lexicon) == [("وأعلنت", "russia", "neutral", "after_verb")]
    # عبر before a noun that is no subject is "via", and no cue
    assert statements("ووصلت الشحنة عبر البحر عن طريق ميناء طرابلس.", lexicon) == []


def test_noun_of_speech_with_a_state_adjective_is_the_state_speaking(lexicon):
    # a headline: نفي (the noun, spelt like the verb نفى) with روسي after it is Russia denying
    text = "نفي روسي قاطع لوجود قوات في ليبيا."
    assert noun_rows(text, lexicon) == [("نفي", "russia", "negative", "nisba", 0, 3)]
    # a noun of speech in a sentence with no verb, the adjective feminine
    text = "وأثارت تصريحات روسية جديدة جدلا في طرابلس."
    start = text.index("تصريحات")
    assert noun_rows(text, lexicon) == [("تصريحات", "russia", "neutral", "nisba", start, start + len("تصريحات"))]
    # an evaluative noun whose holder is its subject: Turkey welcomes
    frame = analyze([snippet("ترحيب تركي بالاتفاق الجديد.")], lexicon).stances
    assert [(row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [("turkey", "positive", "nisba")]
    # an unnamed official of a state stays the official
    assert statements("وتحدث مسؤول روسي عن الوضع في ليبيا.", lexicon) == [("وتحدث", "مسؤول روسي", "neutral", "unnamed")]


def test_saying_verb_with_a_subject_nobody_listed_carries_no_earlier_speaker(lexicon):
    # قال takes no object: the words before إن are its subject, kept as written, not Lavrov again
    text = "وقال لافروف إن الحوار مهم. وقال أستاذ العلوم السياسية بجامعة بنغازي سالم الورفلي إن روسيا تبحث عن نفوذ."
    assert statements(text, lexicon, date="2020") == [
        ("وقال", "lavrov", "neutral", "after_verb"),
        ("وقال", "أستاذ العلوم السياسية بجامعة بنغازي سالم الورفلي", "neutral", "unnamed"),
    ]
    # بأن opens the clause too; an aside after a comma is left out of the subject
    text = "وقال لافروف إن الحوار مهم. وصرّح ناشط حقوقي من مصراتة، في حديث للقناة، بأن الانتخابات مؤجلة."
    assert statements(text, lexicon, date="2020")[1] == ("وصرّح", "ناشط حقوقي من مصراتة", "neutral", "unnamed")
    # no subject: a prepositional phrase, an adverbial accusative, a noun with a pronoun
    for said in ("وقال للصحفيين إن الأمر محسوم.", "وقال ردا على سؤال إن الأمر محسوم.", "وتابع حديثه: الأمر محسوم."):
        assert statements("وقال لافروف إن الحوار مهم. " + said, lexicon, date="2020")[1][1:] == ("lavrov", "neutral", "carried")


def test_reply_speaks_only_with_its_own_subject(lexicon):
    # رد (replied) with its subject after the resumptive فيه: Bashagha replies, not Russia again
    text = "وقالت روسيا إنها ترحب بالحكومة. في وقت رد فيه باشاغا على الاتهامات بإدانته للهجوم."
    start = text.index("رد فيه")
    assert noun_rows(text, lexicon, date="2022")[1] == ("رد", "bashagha", "neutral", "after_verb", start, start + 2)
    # رد فعل (a reaction) has no subject that speaks: no statement, and Russia is not carried over
    assert statements("وقالت روسيا إنها ترحب بالحكومة. وكان رد فعل الأسواق سريعا.", lexicon, date="2022") == [
        ("وقالت", "russia", "neutral", "after_verb")]


def test_clause_describing_an_indefinite_noun_carries_no_earlier_speaker(lexicon):
    # قمة دعت إليها: the verb describes the summit (إليها refers back to it); Lavrov, quoted
    # before, does not call anyone to it
    text = "وقال لافروف إن الحل سياسي. وتستضيف روما الأسبوع المقبل قمة دعت إليها كلا من السراج وحفتر."
    assert statements(text, lexicon, date="2019") == [("وقال", "lavrov", "neutral", "after_verb")]


def test_likened_speaks_only_with_its_own_subject(lexicon):
    # شبّه (likened) with its subject after it: Putin speaks
    text = "وشبّه فلاديمير بوتين القرار بدعوة إلى حملة عسكرية."
    assert noun_rows(text, lexicon, date="2011") == [("وشبّه", "putin", "neutral", "after_verb", 0, 5)]
    # شبه (semi-, near) before a noun that is no actor: no statement, nobody carried over
    text = "وقال لافروف إن الحل سياسي. وهناك شبه إجماع على الحوار."
    assert statements(text, lexicon, date="2011") == [("وقال", "lavrov", "neutral", "after_verb")]


def test_coordinated_outlets_with_the_conjunction_written_apart(lexicon):
    # كتبت كل من "آر بي سي" و "ذا صن": و apart and both names in quotes, both papers write
    text = 'وفي الشهر الماضي، كتبت كل من "آر بي سي" و "ذا صن" أن مقاتلين وصلوا إلى شرق ليبيا.'
    assert [row[1:4] for row in statements(text, lexicon, date="2019")] == [
        ("rbc", "neutral", "after_verb"), ("the_sun", "neutral", "after_verb")]


def test_subject_after_the_outlet_told_in_quotes(lexicon):
    # أبلغت «الوسط» مصادر: the paper in quotes is the one told, the sources speak; not Lavrov again
    text = "وقال لافروف إن الحل سياسي. وأبلغت «الوسط» مصادر في بنغازي أن الاجتماع تأجل."
    assert statements(text, lexicon, date="2019")[1] == ("وأبلغت", "مصادر في بنغازي", "neutral", "unnamed")
    # a quotation that opens after the verb is what is said, not an object: the speaker goes on
    text = "وقال لافروف إن الحل سياسي. وأضاف «لا بديل عن الحوار» مشددا على الهدنة."
    assert statements(text, lexicon, date="2019")[1][1:] == ("lavrov", "neutral", "carried")


def test_split_cue_past_an_aside_in_a_statement(lexicon):
    # عبّر X في بيان له عن: the council's statement, the aside between subject and particle
    text = "وعبّر المجلس الرئاسي في بيان له عن رفضه لأي تدخل أجنبي."
    assert noun_rows(text, lexicon) == [("وعبّر", "presidential_council", "neutral", "after_verb", 0, 5)]


def test_a_definite_person_noun_does_not_refer_back_to_an_unlisted_body(lexicon):
    # المسؤول الأمريكي is not the media office (a body nobody listed) that spoke just before
    text = "وأكد المكتب الإعلامي لرئيس الحكومة أن اللقاء تم. وأشار المسؤول الأمريكي إلى أن موسكو تعزز وجودها."
    assert statements(text, lexicon) == [
        ("وأكد", "المكتب الإعلامي", "neutral", "unlisted"), ("وأشار", "المسؤول الأمريكي", "neutral", "unnamed")]


def test_subject_after_a_prepositional_phrase_with_a_definite_object(lexicon):
    # verb, object behind a preposition, then the subject: the head of parliament welcomes
    text = "ورحب بالاتفاق رئيس مجلس النواب عقيلة صالح."
    assert noun_rows(text, lexicon, date="2021") == [("ورحب", "saleh_aguila", "positive", "after_verb", 0, 4)]
    text = "وأكد في هذا السياق وزير الخارجية الروسي سيرغي لافروف أن موسكو تدعم الحوار."
    assert statements(text, lexicon, date="2020") == [("وأكد", "lavrov", "neutral", "after_verb")]
    # an indefinite object takes the title in construct: the minister visits, he does not welcome
    text = "قال المنفي إن الحوار مهم. ورحب بزيارة وزير الخارجية الروسي سيرغي لافروف."
    assert statements(text, lexicon, date="2021")[1] == ("ورحب", "menfi", "positive", "carried")


def test_a_body_named_after_a_definite_prepositional_object_is_the_subject(lexicon):
    # verb, object behind a preposition, then a body: the council and the ministry welcome
    text = "ورحب بالقرار المجلس الرئاسي الليبي في بيان مساء أمس."
    assert statements(text, lexicon, date="2021") == [("ورحب", "presidential_council", "positive", "after_verb")]
    text = "ورحبت بالخطوة وزارة الخارجية الروسية."
    assert statements(text, lexicon, date="2021") == [("ورحبت", "russia_mfa", "positive", "after_verb")]
    # a state's adjective after the object qualifies it: no subject there, the speaker before goes on
    text = "قال المنفي إن الحوار مهم. وأشاد بالدور الروسي في دعم الاستقرار."
    assert statements(text, lexicon, date="2021")[1] == ("وأشاد", "menfi", "positive", "carried")


def test_verb_with_no_subject_after_narration_takes_the_narrated_person(lexicon):
    # واستقبل الدبيبة السفير. وأكد …: al-Dbeibah, who received the ambassador, stresses; not Lavrov
    text = ("وقال لافروف إن موسكو تدعم الحوار. واستقبل رئيس الحكومة عبد الحميد الدبيبة السفير الروسي. "
            "وأكد خلال اللقاء أهمية التعاون.")
    assert statements(text, lexicon, date="2022")[1] == ("وأكد", "dbeibah", "neutral", "narrated_subject")
    # وأضاف goes on with the one quoted, past a sentence about someone else
    text = "وقال لافروف إن موسكو تدعم الحوار. ويزور الدبيبة موسكو الأسبوع المقبل. وأضاف أن الحل سياسي."
    assert statements(text, lexicon, date="2022")[1] == ("وأضاف", "lavrov", "neutral", "carried")
    # a state opening the narration is background, not the speaker
    text = "وقال لافروف إن موسكو تدعم الحوار. وتشهد ليبيا أزمة منذ سنوات. وأكد أن الحل سياسي."
    assert statements(text, lexicon, date="2022")[1] == ("وأكد", "lavrov", "neutral", "carried")


def test_titled_person_nobody_listed_before_the_verb_inside_a_clause(lexicon):
    # أن + title + name + verb: the deputy confirms, not the agency whose report holds the clause
    # (الوكالة with no agency named before it names nobody, so only the deputy speaks)
    text = "وذكرت الوكالة أن عضو مجلس النواب سعيد امغيب أكد أن الوجود الروسي مرفوض."
    start = text.index("أكد")
    assert noun_rows(text, lexicon) == [("أكد", "سعيد امغيب", "neutral", "before_verb", start, start + 3)]


def test_unnamed_sources_are_not_the_outlet_they_spoke_to(lexicon):
    # مصادر لـ"العربي الجديد": the outlet in quotes behind لـ is whom the sources spoke to
    text = 'وقالت مصادر ليبية لـ"العربي الجديد" إن الاجتماع تأجل.'
    assert statements(text, lexicon) == [("وقالت", "مصادر ليبية", "neutral", "unnamed")]


def test_a_definite_unnamed_subject_takes_no_indefinite_object_into_it(lexicon):
    # الطرفان ضرورة: ضرورة is the verb's object, not an adjective of the definite head
    text = "وأكد الطرفان ضرورة الحل السياسي."
    assert statements(text, lexicon) == [("وأكد", "الطرفان", "neutral", "unnamed")]


def test_a_nominative_plural_after_the_verb_is_an_unnamed_group(lexicon):
    # المتظاهرون (nominative) is the subject; the last one quoted is not carried over to it
    text = "وقال لافروف إن الحل سياسي. وطالب المتظاهرون بخروج المرتزقة الروس."
    assert statements(text, lexicon, date="2020")[1] == ("وطالب", "المتظاهرون", "neutral", "unnamed")
    text = "وقال لافروف إن الحل سياسي. وشدد المشاركون في الاجتماع على وحدة ليبيا."
    assert statements(text, lexicon, date="2020")[1] == ("وشدد", "المشاركون", "neutral", "unnamed")


def test_quotation_running_on_into_the_next_paragraph(lexicon):
    # the quotation left open at the end of the line is closed in the next paragraph, with no cue
    text = 'وأوضح لافروف أن "الوجود الأجنبي يهدد الاستقرار.\n\nونحن لن نقبل بذلك".\n\nوتشهد ليبيا أزمة منذ سنوات.'
    frame = analyze([snippet(text, date="2020")], lexicon).stances
    rows = [(row.sentence_id, row.speaker_id, row.attribution, row.start, row.end) for row in frame.itertuples()
            if row.cue_type == "reporting" and row.cue_lemma == ""]
    start = text.index("ونحن")
    assert rows == [(2, "lavrov", "quote_owner", start, start + len("ونحن"))]
    # reopened with « at the start of the paragraph, as outlets do in a long quotation
    text = "وقال لافروف: «لا نريد حربا جديدة.\n«نحن ندعم الحل السلمي».\nوتشهد ليبيا أزمة."
    assert [(row.sentence_id, row.speaker_id) for row in analyze([snippet(text, date="2020")], lexicon).stances.itertuples()
            if row.cue_lemma == ""] == [(2, "lavrov")]


def test_a_title_alias_followed_by_another_name_names_that_person(lexicon):
    # وزير الخارجية الليبي is listed for al-Baour in 2024; an invented minister named right after
    # it (also after a comma) is the speaker and the mention, as written, not the listed holder.
    text = "وقال وزير الخارجية الليبي منصور الكيلاني إن بلاده ترفض التدخل."
    assert statements(text, lexicon)[0] == ("وقال", "منصور الكيلاني", "neutral", "unlisted")
    mentions = analyze([snippet(text)], lexicon).mentions
    assert mentions[["actor_id", "surface", "start", "end"]].values.tolist() == [
        ["unlisted:منصور الكيلاني", "منصور الكيلاني", 26, 40]]
    text = "وقال وزير الخارجية الليبي، منصور الكيلاني، إن بلاده ترفض التدخل."
    assert statements(text, lexicon)[0] == ("وقال", "منصور الكيلاني", "neutral", "unlisted")
    # the preposition على (not the name علي) and a noun with a pronoun leave the holder speaking
    assert statements("وشدد وزير الخارجية الليبي على ضرورة الحوار.", lexicon) == [
        ("وشدد", "baour", "neutral", "after_verb")]
    assert statements("وأعلن وزير الخارجية الليبي رفضه للقرار.", lexicon)[0][:2] == ("وأعلن", "baour")


def test_a_statement_nobody_is_known_to_make_and_a_byline_are_no_stance(lexicon):
    # an article opening with a verb and no subject: nobody to credit, no row (it was "(unknown)")
    assert statements("وأكد أن العلاقات بين البلدين جيدة.", lexicon) == []
    # a byline between paragraphs says nothing and does not carry Lavrov; the next verb still does
    text = "وقال لافروف إن موسكو تدعم الحل.\n\nكتب: محمد علي\n\nوأكد الوزير أن العلاقات جيدة."
    assert statements(text, lexicon) == [("وقال", "lavrov", "neutral", "after_verb"),
                                         ("وأكد", "lavrov", "neutral", "title_anaphora")]
    # كتب with its subject and no byline colon right after it is a statement
    text = "وقال لافروف إن موسكو تدعم الحل.\n\nوكتب لافروف أن العلاقات جيدة."
    assert statements(text, lexicon)[-1] == ("وكتب", "lavrov", "neutral", "after_verb")


def test_an_outlet_introduced_by_its_kind_speaks_not_the_previous_speaker(lexicon):
    # مجلة is a head noun: the listed outlet after it speaks; an invented one is kept as written
    text = "وقال لافروف إن موسكو تدعم الحل. وأكدت مجلة بوليتيكو أن واشنطن قلقة."
    assert statements(text, lexicon)[1] == ("وأكدت", "politico", "neutral", "after_verb")
    text = "وقال لافروف إن موسكو تدعم الحل. وذكرت مجلة كيكيريكو أن واشنطن قلقة."
    assert statements(text, lexicon)[1] == ("وذكرت", "مجلة كيكيريكو", "neutral", "unlisted")
    # an adjective after the kind is no name: the paper stays unnamed, still not Lavrov
    text = "وقال لافروف إن موسكو تدعم الحل. وذكرت صحيفة روسية أن واشنطن قلقة."
    assert statements(text, lexicon)[1] == ("وذكرت", "صحيفة روسية", "neutral", "unnamed")


def test_the_issuer_of_a_document_speaks_in_the_clause_that_describes_it(lexicon):
    # بياناً عبرت فيه عن: the pronoun فيه refers back to the statement the ministry issued
    text = "وأصدرت الخارجية الروسية بياناً عبرت فيه عن ترحيبها بالاتفاق."
    frame = analyze([snippet(text)], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution, row.start) for row in frame.itertuples()] == [
        ("عبرت", "russia_mfa", "neutral", "opening_subject", 31),
        ("ترحيبها", "russia_mfa", "positive", "in_statement", 43)]
    text = "ونشرت مجلة بوليتيكو تقريراً قالت فيه إن واشنطن قلقة."
    assert statements(text, lexicon)[0] == ("قالت", "politico", "neutral", "opening_subject")
    # a verb with its own subject after the document keeps it
    text = "وأصدرت الخارجية الروسية بياناً، وأكد لافروف فيه أن الاتفاق مهم."
    assert statements(text, lexicon) == [("وأكد", "lavrov", "neutral", "after_verb")]


def test_a_document_that_asserts_speaks_for_its_issuer_also_after_an_auxiliary(lexicon):
    # تقريراً يؤكد: the report is the verb's subject, so the paper that published it speaks, not
    # Lavrov carried over; a short time phrase may stand between the report and its verb
    text = "وقال لافروف إن موسكو تدعم الحل. ونشرت مجلة بوليتيكو تقريراً في مارس الماضي يؤكد وجود مقاتلين روس."
    assert statements(text, lexicon)[1] == ("يؤكد", "politico", "neutral", "opening_subject")
    # وكانت … قد نشرت: the auxiliary opens the sentence, the document follows قد and the verb
    text = "وقال لافروف إن موسكو تدعم الحل. وكانت مجلة بوليتيكو الأمريكية قد نشرت تقريراً يؤكد وجود مقاتلين روس."
    assert statements(text, lexicon)[1] == ("يؤكد", "politico", "neutral", "opening_subject")
    text = "وقال لافروف إن موسكو تدعم الحل. وكانت مجلة بوليتيكو قد نشرت تقريراً أكدت فيه وجود مقاتلين روس."
    assert statements(text, lexicon)[1] == ("أكدت", "politico", "neutral", "opening_subject")
    # and the definite report later is the paper's too
    text = ("وقال لافروف إن موسكو تدعم الحل. وكانت مجلة بوليتيكو قد نشرت تقريراً مطولاً. "
            "وذكر التقرير أن مقاتلين روساً وصلوا.")
    assert statements(text, lexicon)[1] == ("وذكر", "politico", "neutral", "document")
    # a named subject right after the verb is its own speaker
    text = "وقال بوتين إن موسكو تدعم الحل. ونشرت مجلة بوليتيكو تقريراً أكد لافروف أن الاتفاق مهم."
    assert statements(text, lexicon)[1] == ("أكد", "lavrov", "neutral", "after_verb")


def test_the_verb_s_own_ila_ends_an_unnamed_subject(lexicon):
    # وأشار المسؤول إلى وجود: إلى is the verb's complement, not where the official is sent, so
    # the definite noun refers back to the official quoted before
    text = "وقال مسؤول عسكري إن القوات وصلت. وأشار المسؤول إلى وجود مقاتلين."
    assert statements(text, lexicon)[1] == ("وأشار", "مسؤول عسكري", "neutral", "title_anaphora")
    # and the report stands alone for the paper that published it
    text = "ونشرت مجلة بوليتيكو تقريراً مطولاً. وأشار التقرير إلى وجود مقاتلين روس."
    assert statements(text, lexicon) == [("وأشار", "politico", "neutral", "document")]
    text = "وقال لافروف إن موسكو تدعم الحل. وأشارت مصادر مطلعة إلى وجود مقاتلين."
    assert statements(text, lexicon)[1] == ("وأشارت", "مصادر مطلعة", "neutral", "unnamed")


def test_a_source_that_is_a_document_naming_nobody_makes_no_statement(lexicon):
    # وفقاً لتقرير سري: a secret report, nobody named for it; Lavrov is not carried into it either
    text = "وقال لافروف إن موسكو تدعم الحل. ووفقاً لتقرير سري، انتشر مئات المقاتلين في الجنوب."
    assert statements(text, lexicon) == [("وقال", "lavrov", "neutral", "after_verb")]
    # a definite noun after the document names its issuer: kept as written; الجهاز heads a body's
    # name (language/institution_heads.txt), so the body speaks, as in بيان الوزارة
    text = "وقال لافروف إن موسكو تدعم الحل. وبحسب بيان الجهاز، انتشر مئات المقاتلين في الجنوب."
    assert statements(text, lexicon)[1] == ("وبحسب", "الجهاز", "neutral", "unlisted")
    text = "وقال لافروف إن موسكو تدعم الحل. وبحسب بيان اللقاء، انتشر مئات المقاتلين في الجنوب."
    assert statements(text, lexicon)[1] == ("وبحسب", "بيان اللقاء", "neutral", "unnamed")


def test_a_feminine_description_is_a_title_and_its_holder_speaks(lexicon):
    # الباحثة like الباحث: an invented researcher is the speaker, not Lavrov carried over
    text = "وقال لافروف إن موسكو تدعم الحل. وأكدت الباحثة الليبية فاطمة الزوي أن واشنطن قلقة."
    assert statements(text, lexicon)[1] == ("وأكدت", "فاطمة الزوي", "neutral", "unlisted")


def test_a_title_qualified_by_a_body_then_a_name_nobody_listed_names_the_person_only(lexicon):
    # the institute's own name (كارنيغي) ends where a given name (علي) opens the researcher's
    text = "وقال الباحث في معهد كارنيغي علي يركس إن الحرب ستطول."
    frame = analyze([snippet(text)], lexicon).stances
    row = frame.iloc[0]
    assert (row.cue, row.speaker_name, row.attribution, row.start, row.end) == ("وقال", "علي يركس", "unlisted", 0, 4)
    # a given name the lists lack (يزيد, also "increases"): three words after the institute's head
    # noun are its one-word name and the researcher's two
    text = "وقال الباحث في معهد كارنيغي يزيد صايغ إن الحرب ستطول."
    assert statements(text, lexicon) == [("وقال", "يزيد صايغ", "neutral", "unlisted")]


def test_a_given_name_that_is_a_cue_word_opens_the_holders_name(lexicon):
    # أمل (hope) after a title and before a family name is the researcher's name: she speaks, and
    # no row of "hope" is made
    text = "وقالت الباحثة أمل قاسم إن الاتفاق هش."
    frame = analyze([snippet(text)], lexicon).stances
    assert [(row.cue, row.speaker_name, row.polarity, row.attribution, row.start, row.end) for row in frame.itertuples()] == [
        ("وقالت", "أمل قاسم", "neutral", "unlisted", 0, 5)]
    # the word after عن is hope, the minister's
    rows = analyze([snippet("وأعرب الوزير عن أمل بلاده في نجاح الحوار.")], lexicon).stances
    assert ("أمل", "الوزير", "positive") in [(row.cue, row.speaker_name, row.polarity) for row in rows.itertuples()]


def test_a_given_name_alone_after_a_title_names_the_holder(lexicon):
    # علي alone, then إن: the minister علي speaks; وقال(0-4) الوزير(5-11) علي(12-15)
    assert statements("وقال الوزير علي إن الحوار مستمر.", lexicon) == [("وقال", "علي", "neutral", "unlisted")]
    # على written with ي before أن is the preposition (شدد على أن): the minister is unnamed
    assert statements("وشدد الوزير علي أن الحوار مستمر.", lexicon) == [("وشدد", "الوزير", "neutral", "unnamed")]


def test_a_given_name_that_is_also_a_word_opens_a_name_after_a_title(lexicon):
    # منى is also a word (مني، from me, once normalised); before a family name after a title it is the name
    text = "وقالت الباحثة منى الشريف إن الاتفاق هش."
    frame = analyze([snippet(text)], lexicon).stances
    row = frame.iloc[0]
    assert (row.cue, row.speaker_name, row.attribution, row.start, row.end) == ("وقالت", "منى الشريف", "unlisted", 0, 5)
    assert statements("وقال الصحفي نور الدين إن الوضع صعب.", lexicon) == [("وقال", "نور الدين", "neutral", "unlisted")]


def test_a_feminine_noun_after_a_verb_of_saying_is_its_subject_not_a_pronoun(lexicon):
    # الصحافة ends in ة, not in the pronoun ه (حديثه): the Russian press speaks, kept as written
    text = "وقالت الصحافة الروسية إن الضيف الليبي حمل هدية."
    assert statements(text, lexicon) == [("وقالت", "الصحافة الروسية", "neutral", "unnamed")]


def test_a_sourcing_phrase_with_a_pronoun_goes_on_with_the_source_just_quoted(lexicon):
    # ووفقا له: the unnamed source of the sentence before, not nobody
    text = "وقال مصدر عسكري إن الوحدات تقدمت. ووفقا له، فإن القوات تسيطر على الساحل."
    frame = analyze([snippet(text)], lexicon).stances
    rows = [(row.cue, row.speaker_name, row.attribution, text[row.start:row.end]) for row in frame.itertuples()]
    assert rows == [("وقال", "مصدر عسكري", "unnamed", "وقال"), ("ووفقا", "مصدر عسكري", "carried", "ووفقا")]


def test_a_topic_preposition_qualifies_a_title_before_its_holders_name(lexicon):
    # حول التسوية: what the group deals with, part of the title; the named head speaks
    text = 'وأعلن رئيس مجموعة الاتصال حول التسوية "ليف دينغوف"، أن المشروع يناقش.'
    assert statements(text, lexicon, date="2019") == [("وأعلن", "dengov", "neutral", "after_verb")]
    text = "وقال رئيس اللجنة بشأن الانتخابات خالد المنصوري إن الموعد ثابت."
    assert statements(text, lexicon) == [("وقال", "خالد المنصوري", "neutral", "unlisted")]
    # with no name after it, the title is shown without what it was said about
    assert statements("وقال الوزير حول الوضع إن الحوار مستمر.", lexicon) == [("وقال", "الوزير", "neutral", "unnamed")]


def test_the_holder_of_a_long_title_named_between_commas_speaks(lexicon):
    # the office runs past the phrase's reach and through مع; its holder follows between commas,
    # and التعاون inside his title is no stance of his
    text = ("أعلن رئيس لجنة الشؤون الدولية في مجلس الفدرالية الروسي، مبعوث الرئيس الروسي لشؤون التعاون مع "
            "بلدان أفريقيا، ميخائيل مارغيلوف، أنه سيزور طرابلس.")
    frame = analyze([snippet(text, date="2011")], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [
        ("أعلن", "margelov", "neutral", "after_verb")]
    # a name nobody listed opening with a given name, set off by commas after the title's qualifiers
    text = "وأعرب وزير السياحة في الحكومة المكلفة من البرلمان، خالد الزنتاني، عن أمله في عودة الشركات."
    assert statements(text, lexicon)[0] == ("وأعرب", "خالد الزنتاني", "neutral", "unlisted")


def test_a_person_between_commas_after_whom_the_holder_met_is_no_speaker(lexicon):
    # نظيره: a noun with a pronoun, the one met; the minister stays unnamed
    text = "وقال الوزير الليبي خلال لقائه مع نظيره الروسي، سيرغي لافروف، إن الحوار مستمر."
    assert statements(text, lexicon) == [("وقال", "الوزير الليبي", "neutral", "unnamed")]


def test_a_title_made_definite_by_its_governed_noun_refers_back_to_its_holder(lexicon):
    # رئيس المؤسسة, with no article on رئيس, is the chairman just quoted
    text = ("أكد رئيس المؤسسة الوطنية للنفط في ليبيا، مصطفى صنع الله، أن الشركة ستعود. "
            "وتابع رئيس المؤسسة، إن الشركة لديها برنامج.")
    assert statements(text, lexicon, date="2019") == [
        ("أكد", "sanalla", "neutral", "after_verb"), ("وتابع", "sanalla", "neutral", "title_anaphora")]
    # the same for a holder nobody listed, from the title the article gave him
    text = "وقال رئيس الهيئة العامة للاستثمار خالد الورفلي إن الاستثمار سيعود. وأضاف رئيس الهيئة أن العقود جاهزة."
    assert [row[1] for row in statements(text, lexicon)] == ["خالد الورفلي", "خالد الورفلي"]
    # another body's head is someone else
    text = "وقال رئيس الهيئة العامة للاستثمار خالد الورفلي إن الاستثمار سيعود. وأضاف رئيس الحكومة أن العقود جاهزة."
    assert [row[1] for row in statements(text, lexicon)] == ["خالد الورفلي", "رئيس الحكومة"]


def test_a_bodys_office_speaks_for_the_body_behind_li(lexicon):
    # the army's media office: the army speaks
    text = "وأوضح المكتب الإعلامي للجيش الوطني الليبي أن اللقاء تناول التعاون."
    assert statements(text, lexicon) == [("وأوضح", "lna", "neutral", "after_verb")]
    # a body nobody listed, its head and the nouns it governs, kept with the office
    text = "وأوضح المكتب الإعلامي لرئاسة أركان القوات البحرية أن الزيارة انتهت."
    assert statements(text, lexicon) == [("وأوضح", "المكتب الإعلامي لرئاسة أركان القوات البحرية", "neutral", "unlisted")]


def test_a_state_as_a_verbs_subject_inside_a_quotation_is_the_quoted_speakers_words(lexicon):
    # "لم تعلن ليبيا…" is what the chairman says; Libya makes no statement
    text = 'ونقلت وكالة نوفوستي عن رئيس الشركة فلاديمير سوروكين قوله "لم تعلن ليبيا حالة الطوارئ ولذلك سنواصل العمل".'
    speakers = {row[1] for row in statements(text, lexicon, date="2011")}
    assert speakers == {"فلاديمير سوروكين"}


def test_the_present_of_a_reporting_verb_in_a_headline_has_its_subject_before_it(lexicon):
    # تعرب, the feminine present of أعرب: the ministry before it speaks
    text = "عنوان\nالخارجية الروسية تعرب عن قلقها من التصعيد في ليبيا\nوقال مصدر إن الوضع صعب."
    assert statements(text, lexicon)[0] == ("تعرب", "russia_mfa", "neutral", "before_verb")


def test_contact_group_head_title_in_both_spellings_is_dengov(lexicon):
    # the head of the Russian contact group on Libya, the title alone, الاتصال or الاتصالات
    text = "وقال رئيس مجموعة الاتصالات الروسية: “نجري الحوار مع جميع الأطراف”."
    assert statements(text, lexicon, date="2017")[0][1] == "dengov"
    text = "وأكد رئيس مجموعة الاتصال الروسية أن موسكو لا تدعم طرفا بعينه."
    assert statements(text, lexicon, date="2017")[0][1] == "dengov"


def test_transposed_spelling_of_peskov(lexicon):
    # بيكسوف for بيسكوف, as one outlet spelled the Kremlin spokesman
    text = "وقال المتحدث باسم الكرملين، ديمتري بيكسوف، إن الرئيسين ناقشا الوضع في ليبيا."
    assert statements(text, lexicon, date="2023")[0][1] == "peskov"


def test_a_verb_after_fiima_has_its_own_speaker(lexicon):
    # فيما / في حين open a second main clause: the state after it speaks, it is no part of what
    # the first speakers said
    text = "أكدت الجزائر أنها تؤيد حلا سياسيا في ليبيا، فيما عبرت روسيا عن استعدادها للمشاركة في التحالف."
    rows = statements(text, lexicon, date="2015")
    assert [(cue, speaker, how) for cue, speaker, _, how in rows] == [
        ("أكدت", "algeria", "after_verb"), ("عبرت", "russia", "after_verb")]
    text = "وقال بيسكوف إن الرئيسين ناقشا الوضع في ليبيا، في حين قالت وكالة ريا نوفوستي إن اللقاء شمل شويغو."
    rows = statements(text, lexicon, date="2023")
    assert [(cue, speaker, how) for cue, speaker, _, how in rows] == [
        ("وقال", "peskov", "after_verb"), ("قالت", "ria_novosti", "after_verb")]


def test_a_state_inside_the_statement_still_speaks_for_nobody(lexicon):
    # the rule above does not reach a state inside what is said when no فيما stands before it
    text = "وقال بيسكوف إن روسيا أكدت دائما دعمها للحل السياسي."
    assert {speaker for _, speaker, _, _ in statements(text, lexicon, date="2023")} == {"peskov"}


def test_the_definite_noun_refers_back_to_the_unnamed_speaker(lexicon):
    # مسؤول أمني سوري … then المسؤول المتمركز: the same unnamed official, as first written
    text = ("قال مسؤول أمني سوري في اللاذقية إن طائرة شحن غادرت القاعدة. "
            "وأضاف المسؤول المتمركز عند البوابة أن طائرات أخرى ستغادر.")
    rows = statements(text, lexicon)
    assert [(speaker, how) for _, speaker, _, how in rows] == [
        ("مسؤول أمني سوري في اللاذقية", "unnamed"), ("مسؤول أمني سوري في اللاذقية", "title_anaphora")]


def test_a_different_nisba_is_no_reference_back(lexicon):
    # المسؤول الأمريكي is not the Syrian official introduced before
    text = ("قال مسؤول أمني سوري إن طائرة شحن غادرت القاعدة. "
            "وقال المسؤول الأمريكي إن بلاده تتابع الوضع.")
    speakers = [speaker for _, speaker, _, _ in statements(text, lexicon)]
    assert speakers[0] == "مسؤول أمني سوري" and speakers[1] != "مسؤول أمني سوري"


def test_a_quoted_outlet_name_after_its_head_then_the_definite_reference(lexicon):
    # an outlet nobody listed, in quotation marks after صحيفة, with its nisba; then الصحيفة الفرنسية
    text = ("وتحدثت صحيفة “لو كوتيديان” الفرنسية عن وصول شحنات إلى ميناء طبرق. "
            "وقالت الصحيفة الفرنسية إن المعدات وصلت.")
    rows = statements(text, lexicon)
    assert [(speaker, how) for _, speaker, _, how in rows] == [
        ("صحيفة لو كوتيديان الفرنسية", "unlisted"), ("صحيفة لو كوتيديان الفرنسية", "title_anaphora")]


def test_the_correspondent_after_a_quoted_outlet_speaks(lexicon):
    # مراسل “التايمز” البريطانية سامر الأطرش: the correspondent speaks, the paper is whose he is
    text = "ومن جهته، قال مراسل “التايمز” البريطانية سامر الأطرش على حساب إكس: “القوات تغادر القاعدة”."
    assert statements(text, lexicon)[0][1:] == ("سامر الأطرش", "neutral", "unlisted")


def test_an_agency_with_its_quoted_name_still_speaks_itself(lexicon):
    # وكالة … «شينخوا» is the agency, whatever follows it
    text = "وقالت وكالة الأنباء الصينية «شينخوا» الرسمية إن الوفد وصل إلى طرابلس."
    assert statements(text, lexicon)[0][1] == "xinhua"


def test_a_speaker_inside_a_running_quotation_is_part_of_it(lexicon):
    # the quotation opened in the sentence before: the group it cites makes no statement of its own
    text = ("وقال لافروف: “القوات تغادر القاعدة. "
            "تقول هيئة تحرير الشام إنهم سيغادرون جميعا”.")
    rows = statements(text, lexicon)
    assert [(speaker, how) for _, speaker, _, how in rows] == [("lavrov", "after_verb"), ("lavrov", "quote_owner")]


def test_given_names_nobody_listed_before_a_listed_family_name_are_the_listed_person(lexicon):
    # the lexicon lists Siala as سيالة: محمد طه before it are his given names, not another speaker
    text = "وقال وزير خارجية ليبيا محمد طه سيالة إن الحل سياسي."
    assert statements(text, lexicon, date="2020") == [("وقال", "siala", "neutral", "after_verb")]


def test_a_relative_clause_describing_anothers_words_is_theirs(lexicon):
    # the one commenting speaks first; the statement he comments on (تصريحات شينكر التي قال فيها)
    # is Schenker's, and so is what it says about Russia
    text = "وانتقد بيسكوف تصريحات شينكر التي قال فيها إن روسيا تهدد استقرار ليبيا."
    frame = analyze([snippet(text, date="2019")], lexicon).stances
    rows = [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()]
    assert rows[0] == ("وانتقد", "peskov", "negative", "after_verb")
    assert ("قال", "schenker", "neutral", "relative") in rows
    assert ("تهدد", "schenker", "negative", "in_statement") in rows


def test_a_relative_clause_with_its_own_subject_keeps_it(lexicon):
    text = "وأشار بيسكوف إلى البيان الذي أعلن فيه لافروف دعم موسكو للحوار."
    assert ("أعلن", "lavrov", "neutral", "after_verb") in statements(text, lexicon)


def test_an_unnamed_speaker_may_open_a_headline(lexicon):
    # an indefinite noun and its qualifier, a colon, what they say
    text = "مصادر دبلوماسية: موسكو ترفض العقوبات"
    assert statements(text, lexicon)[0] == (":", "مصادر دبلوماسية", "neutral", "unnamed")
    # a definite credit line is still no statement
    assert statements("المصدر: وكالة الأناضول", lexicon) == []


def test_the_actor_after_a_noun_of_accusing_with_its_charge_is_the_accused(lexicon):
    # Russia is accused of exploiting the conflict: no statement of Russia's
    text = "وأثارت محاولات اتهام روسيا باستغلال النزاع جدلا واسعا."
    assert analyze([snippet(text, date="2019")], lexicon).stances.empty
    # with no charge after it, the one named after the noun accuses
    spoken = "وتنطوي اتهامات واشنطن على مخاوف."
    frame = analyze([snippet(spoken, date="2019")], lexicon).stances
    assert (frame.iloc[0].cue, frame.iloc[0].speaker_id, frame.iloc[0].attribution) == ("اتهامات", "washington", "speech_noun")


def test_a_name_then_its_title_and_a_long_aside_still_speak(lexicon):
    # an invented adviser: the aside after the comma (في تصريحات … من العاصمة الروسية) carries
    # the clause past the subject phrase; the speaker is the name before his title
    text = ("وقال عبد الحميد الساعدي المستشار الإعلامي لرئيس مجلس النواب، في تصريحات صحفية من "
            "العاصمة الروسية، إن الزيارة مهمة.")
    # a man nobody listed, so the rule says unlisted (a person), not unnamed (a source left unnamed)
    assert statements(text, lexicon, date="2020") == [("وقال", "عبد الحميد الساعدي", "neutral", "unlisted")]


def test_an_honorific_of_office_before_the_title_keeps_the_holder(lexicon):
    # فخامة (His Excellency) opens the subject phrase; the outlet he spoke to follows his name
    text = "وأكد فخامة رئيس مجلس النواب المستشار عقيلة صالح لوكالة سبوتنيك، أن الحل سياسي."
    assert statements(text, lexicon, date="2020") == [("وأكد", "saleh_aguila", "neutral", "after_verb")]


def test_the_antecedent_of_a_relative_clause_may_follow_a_preposition(lexicon):
    # محادثات مع ماتفيينكو … التي أكدت: she affirms, though she is the object of مع
    text = "وأجرى صالح محادثات مع فالنتينا ماتفيينكو، رئيسة مجلس الاتحاد الروسي، التي أكدت أن روسيا تدعم المفاوضات."
    assert statements(text, lexicon, date="2020") == [("أكدت", "matviyenko", "neutral", "relative")]


def test_a_participle_goes_on_with_the_opening_verbs_subject_past_a_preface(lexicon):
    # «في سياق متصل،» before the verb: مشيراً is Novak's, not the oil chief quoted before
    # (قرر reports nothing; وعد is a verb of saying since a promise is a statement)
    text = ("قال صنع الله إن الإنتاج ارتفع. في سياق متصل، قرر وزير الطاقة الروسي، ألكسندر نوفاك، "
            "فتح تحقيق مع شركات روسية، مشيراً إلى دعمه الكامل للمؤسسة.")
    assert statements(text, lexicon, date="2018")[1] == ("مشيراً", "novak", "neutral", "opening_subject")


def test_a_bodys_head_word_does_not_refer_back_to_the_person_whose_title_holds_it(lexicon):
    # المؤسسة is the corporation of «رئيس المؤسسة الوطنية للنفط» (its anaphor in aliases.csv), not
    # its chairman; while «المتحدثة» still refers back to Zakharova
    text = "قال رئيس المؤسسة الوطنية للنفط مصطفى صنع الله إن الإنتاج ارتفع. وأشارت المؤسسة إلى أن الاجتماع بحث التعاون."
    assert statements(text, lexicon, date="2018")[1][1:] == ("noc", "neutral", "after_verb")
    spokeswoman = "قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو قلقة. وأضافت المتحدثة أن الحل سياسي."
    assert statements(spokeswoman, lexicon)[1] == ("وأضافت", "zakharova", "neutral", "title_anaphora")


def test_the_subject_of_a_split_cue_may_refer_back_to_the_previous_speaker(lexicon):
    # «وعبر المندوب الروسي عن قلقه» after Nebenzia is named: the envoy is he
    # (المندوب الروسي is a mention of him already, a description of the envoy just named: the
    # verb's own subject)
    text = ("دعا مندوب روسيا في مجلس الأمن فاسيلي نيبينزيا الأمين العام إلى تقديم مرشح. "
            "وعبر المندوب الروسي عن قلقه من الجمود.")
    assert statements(text, lexicon, date="2025")[1] == ("وعبر", "nebenzia", "neutral", "after_verb")


def test_a_definite_plural_group_is_its_own_speaker_not_the_one_quoted_before(lexicon):
    # وأشار الخبراء went to Lavrov as a title referring back to him: a plural is a group (language/groups.txt)
    text = "وقال لافروف إن موسكو تدعم الحوار. وأشار الخبراء إلى أن روسيا تسعى إلى قاعدة في ليبيا."
    assert statements(text, lexicon) == [
        ("وقال", "lavrov", "neutral", "after_verb"), ("وأشار", "الخبراء", "neutral", "unnamed"),
    ]
    text = "وقال لافروف إن موسكو تدعم الحوار. وأوضح المسؤولون أن الاتصالات مستمرة."
    assert statements(text, lexicon)[1] == ("وأوضح", "المسؤولون", "neutral", "unnamed")
    # a singular definite noun still refers back to the person just named
    text = "وقال لافروف إن موسكو تدعم الحوار. وقال المسؤول إن الاتصالات مستمرة."
    assert statements(text, lexicon)[1] == ("وقال", "lavrov", "neutral", "title_anaphora")


def test_a_quantifier_opens_the_unnamed_group(lexicon):
    # ويقول بعض المسؤولين: the previous speaker was carried over; the group with its quantifier speaks
    text = "وقال لافروف إن موسكو تدعم الحوار. ويقول بعض المسؤولين الليبيين إن المقاتلين الروس يعملون مع حفتر."
    assert statements(text, lexicon)[1] == ("ويقول", "بعض المسؤولين الليبيين", "neutral", "unnamed")
    text = "وقال لافروف إن موسكو تدعم الحوار. وأكد عدد من الخبراء أن المقاتلين الروس يعملون مع حفتر."
    assert statements(text, lexicon)[1] == ("وأكد", "عدد من الخبراء", "neutral", "unnamed")
    # no group noun after the quantifier: nothing changes (بعض الحضور is no listed group)
    text = "وقال لافروف إن موسكو تدعم الحوار. وأكد بعض الحضور أن المقاتلين الروس يعملون مع حفتر."
    assert statements(text, lexicon)[1] == ("وأكد", "lavrov", "neutral", "carried")


def test_the_topic_before_amma_speaks_for_the_verb_behind_fa(lexicon):
    # أما X فـ: the verb carries ف, so the word before it was never taken for its subject and the
    # previous speaker was carried over
    text = "وقال الدبيبة إن روسيا تدعم حفتر، أما المشري فأكد أن الحل سياسي."
    assert statements(text, lexicon) == [
        ("وقال", "dbeibah", "neutral", "after_verb"), ("فأكد", "mishri", "neutral", "fronted"),
    ]
    text = "وقال الدبيبة إن روسيا تدعم حفتر. أما الكرملين فقد نفى وجود قوات روسية."
    assert statements(text, lexicon)[1] == ("نفى", "kremlin", "negative", "fronted")
    # no subject between أما and the verb (أما عن الاتفاق فقال): the previous speaker goes on
    text = "وقال الدبيبة إن روسيا تدعم حفتر. أما عن الاتفاق فقال إن موسكو لا تدعم أحدا."
    assert statements(text, lexicon)[1] == ("فقال", "dbeibah", "neutral", "carried")


def test_fi_waqt_opens_a_second_main_clause_with_its_own_speaker(lexicon):
    # في وقت نفى فيه الكرملين: the Kremlin was taken for a body inside al-Mishri's statement
    text = "وأكد المشري أن الحل سياسي، في وقت نفى فيه الكرملين وجود قوات روسية."
    assert statements(text, lexicon) == [
        ("وأكد", "mishri", "neutral", "after_verb"), ("نفى", "kremlin", "negative", "after_verb"),
    ]


def test_wahuwa_ma_opens_a_clause_whose_own_subject_speaks(lexicon):
    # وهو ما تنفيه موسكو: Moscow was read as a state inside Erdogan's statement (his words)
    text = "وقال أردوغان إن فاغنر تدعم حفتر، وهو ما تنفيه موسكو."
    assert statements(text, lexicon) == [
        ("وقال", "erdogan", "neutral", "after_verb"), ("تنفيه", "moscow", "negative", "after_verb"),
    ]
    text = "وقال الدبيبة إن السلطات الليبية قادرة على حماية الدبلوماسيين، وذلك ما أكدته موسكو."
    assert statements(text, lexicon)[1] == ("أكدته", "moscow", "neutral", "after_verb")
    # with no subject of its own (وهو ما يعني) the clause stays the speaker's: no second statement
    text = "وقال لافروف إن موسكو تدعم الحوار، وهو ما يعني أن روسيا لن تتدخل."
    assert statements(text, lexicon) == [("وقال", "lavrov", "neutral", "after_verb")]


def test_verbs_of_answering_and_refuting_report_speech(lexicon):
    assert statements("وأجاب بيسكوف بأنه لا يعرف شيئا عن ذلك.", lexicon) == [
        ("وأجاب", "peskov", "neutral", "after_verb"),
    ]
    assert statements("ودحض دينغوف ما نشرته صحيفة صن البريطانية.", lexicon) == [
        ("ودحض", "dengov", "negative", "after_verb"),
    ]


def test_al_akhir_is_the_person_named_last(lexicon):
    # ونفى الأخير: the previous speaker (Macron) was carried over; the latter is Putin
    text = "وقال ماكرون إنه تحدث إلى بوتين بشأن ليبيا، ونفى الأخير أي وجود عسكري لروسيا هناك."
    assert statements(text, lexicon) == [
        ("وقال", "macron", "neutral", "after_verb"), ("ونفى", "putin", "negative", "latter"),
    ]
    # a state named after him (بشأن ليبيا) is no person: still Putin, across the full stop too
    text = "وقال ماكرون إنه تحدث إلى بوتين بشأن ليبيا. ونفى الأخير أي وجود عسكري لروسيا هناك."
    assert statements(text, lexicon)[1] == ("ونفى", "putin", "negative", "latter")
    # a title nobody listed between the person and the verb: the latter is that holder, not named
    text = "والتقى الدبيبة السفير الروسي في القاهرة، وأكد الأخير دعم بلاده للحوار."
    assert statements(text, lexicon) == []
    # in Tripoli, the capital names the host of the listed السفير الروسي لدى ليبيا: Aganin in 2024
    text = "والتقى الدبيبة السفير الروسي في طرابلس، وأكد الأخير دعم بلاده للحوار."
    assert statements(text, lexicon) == [("وأكد", "aganin", "neutral", "latter")]


def test_a_post_on_social_media_speaks_for_whoever_posted_it(lexicon):
    # منشور، تدوينة، تغريدة were no documents: بحسب تدوينة للسفارة made no statement at all
    text = "وتباحث الجانبان حول التعاون العسكري، بحسب تدوينة للسفارة الروسية في ليبيا."
    assert statements(text, lexicon) == [("بحسب", "russian_embassy_libya", "neutral", "source")]
    text = "وتباحث الجانبان حول التعاون العسكري، بحسب تغريدة لوزارة الخارجية الروسية."
    assert statements(text, lexicon) == [("بحسب", "russia_mfa", "neutral", "source")]
    # the definite post refers back to the one who posted it, as وفق البيان does
    text = ("وأفادت السفارة الروسية في ليبيا عبر فيسبوك في منشور مساء السبت، بأن حفتر التقى بوتين. "
            "ويأتي اللقاء وفق المنشور، ضمن زيارة رسمية.")
    assert statements(text, lexicon) == [
        ("وأفادت", "russian_embassy_libya", "neutral", "after_verb"), ("وفق", "russian_embassy_libya", "neutral", "document"),
    ]


def test_a_noun_of_denial_names_its_speaker(lexicon):
    # ورغم إنكار الكرملين: إنكار was no cue, so the Kremlin never spoke and the denial made no stance
    text = "ورغم إنكار الكرملين وجود قوات روسية في ليبيا، فإن التقارير تتحدث عن آلاف المقاتلين."
    assert statements(text, lexicon) == [("إنكار", "kremlin", "negative", "after_verb")]
    # with the speaker's pronoun, after his statement, it is his
    text = "وأكد لافروف أن موسكو تدعم الحوار، مع إنكاره وجود أي قوات روسية."
    assert statements(text, lexicon) == [
        ("وأكد", "lavrov", "neutral", "after_verb"), ("إنكاره", "lavrov", "negative", "carried"),
    ]


def test_a_title_alias_followed_by_another_listed_person_names_that_person(lexicon):
    # وزير الخارجية الليبي is al-Baour's title in 2024; the listed minister of 2013 named in
    # apposition after it is the speaker, not the title's holder that year
    text = "وقال وزير الخارجية الليبي، محمد عبد العزيز، إن بلاده تريد التعاون."
    assert statements(text, lexicon) == [("وقال", "abdelaziz_mohamed", "neutral", "after_verb")]
    text = "وقال وزير الخارجية الليبي، علي أبو زعكوك، إن بلاده تريد التعاون."
    assert statements(text, lexicon) == [("وقال", "abuzaakouk", "neutral", "after_verb")]
    # a second title, coordinated, is a second person: the first title keeps its holder
    mentions = analyze([snippet("وأشاد رئيس حكومة الوفاق الوطني ورئيس مجلس النواب بالاتفاق.", date="2017")],
                       lexicon).mentions
    assert mentions["actor_id"].tolist() == ["sarraj", "gna", "saleh_aguila", "hor"]  # the bodies nested in the titles too


def test_an_unlisted_family_name_may_open_with_abd_or_abu(lexicon):
    # محمد عبد الله, أحمد أبو شناف (invented): عبد and أبو are common words, so no name was seen
    text = "وقال وزير الخارجية الليبي أحمد أبو شناف إن بلاده تريد التعاون."
    assert statements(text, lexicon) == [("وقال", "أحمد أبو شناف", "neutral", "unlisted")]
    text = "وقال وزير الخارجية الليبي محمد عبد الله إن بلاده تريد التعاون."
    assert statements(text, lexicon) == [("وقال", "محمد عبد الله", "neutral", "unlisted")]


def test_refuting_is_a_negative_reporting_verb_in_the_masculine_too(lexicon):
    # only فندت was listed: the spokesman's refutation made no statement
    text = "فنّد الناطق باسم القيادة العامة اللواء المسماري كل ما جاء في بعض وسائل الإعلام."
    assert statements(text, lexicon, date="2022") == [("فنّد", "mismari", "negative", "after_verb")]


def test_a_relays_definite_title_refers_back_to_the_one_who_holds_it(lexicon):
    # the ambassador named in the first sentence is the one the agency quotes in the second
    text = ("وأعلن السفير الروسي لدى ليبيا أيدار أغانين أن بلاده تدعم الحوار. "
            "ونقلت وكالة سبوتنيك عن السفير قوله إن موسكو ترحب بالاتفاق.")
    frame = analyze([snippet(text)], lexicon).stances
    second = frame[frame["sentence_id"] == 2]
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in second.itertuples()] == [
        ("ونقلت", "aganin", "neutral", "title_anaphora"), ("قوله", "aganin", "neutral", "carried"),
        ("ترحب", "aganin", "positive", "in_statement")]


def test_a_noun_of_speech_after_a_relays_speaker_is_that_speakers(lexicon):
    # the government reports the meeting; what follows نقل عن السفير is the ambassador's
    text = "وقالت الحكومة الليبية في بيان إن الدبيبة التقى السفير الروسي، فيما نقل عن السفير تأكيده دعم بلاده للحوار."
    frame = analyze([snippet(text)], lexicon).stances
    rows = [(row.cue, row.speaker_id or row.speaker_name, row.polarity, row.attribution) for row in frame.itertuples()]
    assert rows[2:] == [("تأكيده", "السفير", "neutral", "carried"), ("دعم", "السفير", "positive", "in_statement")]


def test_an_office_in_construct_speaks_for_whom_it_serves(lexicon):
    # the media office named with its owner in construct, or a person's office behind ل
    text = "وقال مكتب الدبيبة الإعلامي إن اللقاء تناول دعم الاستقرار."
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in
            analyze([snippet(text)], lexicon).stances.itertuples()] == [
        # تناول دعم الاستقرار: a topic the meeting dealt with, no stance (polarity convention 7)
        ("وقال", "dbeibah", "neutral", "after_verb"), ("دعم", "dbeibah", "neutral", "in_statement")]
    text = "وأوضح مكتب إعلام الجيش الوطني الليبي أن الزيارة انتهت."
    assert statements(text, lexicon) == [("وأوضح", "lna", "neutral", "after_verb")]
    text = "وقال المكتب الإعلامي للدبيبة إن الزيارة انتهت."
    assert statements(text, lexicon) == [("وقال", "dbeibah", "neutral", "after_verb")]


def test_a_masculine_verb_after_allati_is_the_speakers_not_the_antecedents(lexicon):
    # ليبيا التي قال إنها: Libya is what Lavrov speaks of; قال is his, the feminine antecedent cannot be its subject
    text = "وحذر لافروف من انتقال المسلحين إلى ليبيا التي قال إنها ستصبح ملاذا."
    assert statements(text, lexicon) == [("وحذر", "lavrov", "negative", "after_verb"), ("قال", "lavrov", "neutral", "carried")]
    # a feminine verb agrees: the antecedent speaks
    text = "وتحدث عن روسيا التي تقول إنها تدعم الحل السياسي."
    assert statements(text, lexicon) == [("تقول", "russia", "neutral", "relative")]


def test_a_plural_group_ends_before_the_name_it_addresses(lexicon):
    # مسؤولون أمريكيون warn Haftar: the group speaks, Haftar is the verb's object
    text = "وحذر مسؤولون أمريكيون حفتر من صفقة خطيرة."
    frame = analyze([snippet(text)], lexicon).stances
    assert [(row.cue, row.speaker_name, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [
        ("وحذر", "مسؤولون أمريكيون", "", "negative", "unnamed"), ("خطيرة", "مسؤولون أمريكيون", "", "negative", "in_statement")]
    text = "وطالب دبلوماسيون أوروبيون موسكو بسحب قواتها."
    assert statements(text, lexicon) == [("وطالب", "دبلوماسيون أوروبيون", "neutral", "unnamed")]


def test_a_quotation_after_the_verbs_comma_is_said_not_a_subject(lexicon):
    # وقال، “ليبيا …”: Libya opens what Lavrov says; the verb goes on with him
    text = "وأكد لافروف أن موسكو تدعم الحوار. وقال، “ليبيا تحتاج إلى حكومة موحدة”."
    assert statements(text, lexicon) == [("وأكد", "lavrov", "neutral", "after_verb"), ("وقال", "lavrov", "neutral", "carried")]
    text = 'وأكد لافروف أن موسكو تدعم الحوار. وأضاف، "روسيا لن تتدخل في الشؤون الليبية".'
    assert statements(text, lexicon)[1] == ("وأضاف", "lavrov", "neutral", "carried")


def test_a_participle_after_a_sourced_verb_goes_on_with_the_verbs_subject(lexicon):
    # the agency only relays Lavrov's words; the warning is his
    text = "وبحسب وكالة سبوتنيك، أكد لافروف أن الحوار هو الحل، محذرا من التدخل الأجنبي."
    frame = analyze([snippet(text)], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [
        ("أكد", "lavrov", "neutral", "after_verb"), ("محذرا", "lavrov", "negative", "carried"),
        ("التدخل الأجنبي", "lavrov", "negative", "in_statement")]


def test_a_participle_after_a_mouthpiece_goes_on_with_the_person(lexicon):
    # Russia warns through Lavrov; his participle is his, as the verb is
    text = "حذرت روسيا على لسان وزير خارجيتها سيرغي لافروف من خطورة التدخل، معتبرا أن ذلك مؤشر على حرب."
    frame = analyze([snippet(text)], lexicon).stances
    assert [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()] == [
        ("حذرت", "lavrov", "negative", "mouthpiece"), ("خطورة", "lavrov", "negative", "in_statement"),
        ("معتبرا", "lavrov", "neutral", "carried")]


def test_two_subjects_before_a_dual_verb_both_speak(lexicon):
    # a headline «X وY يدعوان»: the verb's subject is both, the second joined by و
    text = "لافروف وشويغو يدعوان الأطراف الليبية إلى الحوار."
    assert sorted(statements(text, lexicon, date="2020")) == [
        ("يدعوان", "lavrov", "neutral", "before_verb"), ("يدعوان", "shoigu", "neutral", "before_verb")]
    # inside another's statement (persons keep their own statement, and so does the reporter)
    text = "وقال المتحدث إن لافروف وشويغو أكدا أهمية الهدنة."
    assert sorted(statements(text, lexicon, date="2020")) == [
        ("أكدا", "lavrov", "neutral", "before_verb"), ("أكدا", "shoigu", "neutral", "before_verb"),
        ("وقال", "المتحدث", "neutral", "unnamed")]
    # the first behind a preposition is the one met, not a speaker
    text = "والتقى الوزير مع لافروف وشويغو أكدا أهمية الهدنة."
    assert [row[1] for row in statements(text, lexicon, date="2020")] == ["shoigu"]
    # a comma between them: the first closes another clause
    text = "واستقبل حفتر لافروف، وشويغو أكد أهمية الهدنة."
    assert [row[1] for row in statements(text, lexicon, date="2020")] == ["shoigu"]


def test_a_counterpart_named_after_the_subject_speaks_too(lexicon):
    # دعا X، ونظيره التركي Y: the counterpart, named, is a second speaker of the same call
    text = "دعا وزير الخارجية الروسي سيرغي لافروف، ونظيره التركي مولود تشاووش أوغلو، الأطراف الليبية إلى الحوار."
    assert statements(text, lexicon, date="2019") == [
        ("دعا", "lavrov", "neutral", "after_verb"), ("دعا", "cavusoglu", "neutral", "after_verb")]
    # a counterpart with no name after him is the holder of his title in that state at the date
    # (att33: وزير الخارجية الروسي → وزير الخارجية الليبي, al-Siala in 2019)
    text = "وأكد لافروف ونظيره الليبي ضرورة الحوار."
    assert statements(text, lexicon, date="2019") == [
        ("وأكد", "lavrov", "neutral", "after_verb"), ("وأكد", "siala", "neutral", "after_verb")]
    # and with no state's adjective either, nobody new
    text = "وأكد لافروف ونظيره خلال اللقاء ضرورة الحوار."
    assert statements(text, lexicon, date="2019") == [("وأكد", "lavrov", "neutral", "after_verb")]


def test_the_holder_after_a_body_with_a_number_label(lexicon):
    # عضو اللجنة العسكرية المشتركة 5+5 الفريق X: the label is part of the body's name, the
    # member named after it speaks, not the committee
    text = "أعلن عضو اللجنة العسكرية المشتركة 5+5 الفريق خيري التميمي، أن اللجنة ستجتمع في سرت."
    assert statements(text, lexicon, date="2021") == [("أعلن", "tamimi_khairi", "neutral", "after_verb")]
    # an unlisted holder likewise
    text = "وقال عضو اللجنة العسكرية المشتركة 5+5 اللواء فرج المحجوب إن الاجتماع تأجل."
    assert statements(text, lexicon, date="2021") == [("وقال", "فرج المحجوب", "neutral", "unlisted")]
    # the committee alone still speaks
    text = "وقالت اللجنة العسكرية المشتركة 5+5 إن الاجتماع تأجل."
    assert statements(text, lexicon, date="2021") == [("وقالت", "jmc", "neutral", "after_verb")]


def test_a_source_refers_back_to_the_outlet_with_its_nisba(lexicon):
    # كشفت مجلة X الفرنسية …، وبحسب المجلة الفرنسية: the head and the nisba the article gave the
    # outlet refer back to it behind a sourcing phrase too
    text = "كشفت مجلة لوبوان الفرنسية عن تفاصيل الغارة. وبحسب المجلة الفرنسية، قضى القائد عقوبة بالسجن."
    assert statements(text, lexicon, date="2019") == [
        ("كشفت", "le_point", "neutral", "after_verb"), ("وبحسب", "le_point", "neutral", "title_anaphora")]
    # another nisba is another outlet
    text = "كشفت مجلة لوبوان الفرنسية عن تفاصيل الغارة. وبحسب الصحيفة البريطانية، قضى القائد عقوبة بالسجن."
    assert statements(text, lexicon, date="2019")[1] == ("وبحسب", "الصحيفة البريطانية", "neutral", "unnamed")


def test_a_statement_of_a_title_just_held_is_its_holder_s(lexicon):
    # وأكد بيان المتحدثة الرسمية: the document in construct with the title of the one just quoted
    text = ("أشادت المتحدثة الرسمية باسم وزارة الخارجية الأمريكية، مورغان أورتاغوس، بالقرار. "
            "وأكد بيان المتحدثة الرسمية أن واشنطن ملتزمة بالعمل مع الأمم المتحدة.")
    assert statements(text, lexicon, date="2025") == [
        ("أشادت", "ortagus", "positive", "after_verb"), ("وأكد", "ortagus", "neutral", "title_anaphora")]
    # a title nobody held before keeps the document as written
    text = "أشادت الخارجية الليبية بالقرار. وأكد بيان المتحدث العسكري أن الهدنة صامدة."
    assert statements(text, lexicon)[1] == ("وأكد", "بيان المتحدث العسكري", "neutral", "unnamed")


def test_a_subject_described_by_a_relative_clause_before_its_verb(lexicon):
    # لكن X التي [clause naming another body] حذرت: the antecedent speaks, not the body the
    # relative clause names last
    text = "لكن روسيا التي تحتفظ بحق النقض داخل مجلس الأمن حذرت من التدخل العسكري."
    assert statements(text, lexicon, date="2011") == [("حذرت", "russia", "negative", "fronted")]
    # set off by commas, and a title for its holder
    text = "لكن روسيا، التي تحتفظ بحق النقض داخل مجلس الأمن، حذرت من التدخل العسكري."
    assert statements(text, lexicon, date="2011") == [("حذرت", "russia", "negative", "fronted")]
    text = "وزير الخارجية الروسي الذي التقى حفتر أمس أكد أهمية الحوار."
    assert statements(text, lexicon, date="2019") == [("أكد", "lavrov", "neutral", "fronted")]
    # a verb right after the pronoun is the relative clause's own (the older rule)
    text = "التقى حفتر بالوزير لافروف، الذي أكد أهمية الحوار."
    assert statements(text, lexicon, date="2019") == [("أكد", "lavrov", "neutral", "relative")]


def test_the_subject_after_a_clause_opener_set_off_by_commas(lexicon):
    # إن [title]، [name]، أبلغ [title]، [name]: the noun after إن is the verb's subject; the one
    # named after the verb is whom he told
    text = ("وقال مصدر مطلع إن نائب وزير الدفاع الروسي، يونس بك يفكوروف، أبلغ قائد الجيش الليبي، "
            "خليفة حفتر، أن القوات ستبقى.")
    assert statements(text, lexicon, date="2023") == [
        ("وقال", "مصدر مطلع", "neutral", "unnamed"), ("أبلغ", "yevkurov", "neutral", "before_verb")]
    # with no clause opener the subject follows the verb as before
    text = "وفي بنغازي، أبلغ نائب وزير الدفاع الروسي، يونس بك يفكوروف، حفتر أن القوات ستبقى."
    assert statements(text, lexicon, date="2023") == [("أبلغ", "yevkurov", "neutral", "after_verb")]


def test_a_fund_speaks_as_a_body(lexicon):
    # صندوق heads a body's name like هيئة or مؤسسة: an unlisted fund is kept as written
    text = "وأفاد صندوق التنمية في بيان له: “تم خلال الاجتماع بحث مشاريع الإسكان”."
    assert statements(text, lexicon) == [("وأفاد", "صندوق التنمية", "neutral", "unlisted")]
    text = "وقال الصندوق إن الاجتماع تأجل."
    assert statements(text, lexicon) == [("وقال", "الصندوق", "neutral", "unlisted")]


def test_a_second_body_after_the_first_one_s_adjectives(lexicon):
    # X الليبية المملوكة للدولة وشركة Y: past the first body's adjectives, و and the second body's
    # head noun before its name; both speak
    text = "وقالت المؤسسة الوطنية للنفط الليبية المملوكة للدولة وشركة تاتنفط إنهما اكتشفتا حقلا جديدا."
    assert statements(text, lexicon) == [
        ("وقالت", "noc", "neutral", "after_verb"), ("وقالت", "tatneft", "neutral", "after_verb")]
    # a person with a body is still one speaker
    text = "وأكد لافروف الروسي ووزارة الخارجية أن الحل سياسي."
    assert statements(text, lexicon, date="2019") == [("وأكد", "lavrov", "neutral", "after_verb")]


def test_an_office_in_a_body_speaks_for_the_body(lexicon):
    # إدارة شؤون الإعلام والاتصالات في وزارة X: the office in construct, then في and the body
    text = "فقد أعلنت إدارة شؤون الإعلام والاتصالات في وزارة الدفاع الروسية، أن الطراد غادر الميناء."
    assert statements(text, lexicon) == [("أعلنت", "russia_mod", "neutral", "after_verb")]
    # an office in a state is the office where it is, kept as written
    text = "وقال مكتب الإعلام في ليبيا إن الوضع هادئ."
    assert statements(text, lexicon) == [("وقال", "مكتب الإعلام", "neutral", "unlisted")]


def test_a_verb_of_commenting_with_a_direct_object_reports_nothing(lexicon):
    # وعلقت شركة X عملياتها: suspended, no statement; علق with على, a colon or قائلا comments
    text = "وعلقت شركة نفط الواحة عملياتها في ليبيا عدة مرات خلال الحرب."
    assert statements(text, lexicon) == []
    text = "وعلقت زاخاروفا على التقرير بأنه غير دقيق."
    assert statements(text, lexicon) == [("وعلقت", "zakharova", "neutral", "after_verb")]
    text = "وعلقت الخارجية الروسية: لا نعلم شيئا عن ذلك."
    assert statements(text, lexicon) == [("وعلقت", "russia_mfa", "neutral", "after_verb")]


def test_a_verb_of_blaming_speaks_only_with_responsibility(lexicon):
    # حمّل X Y مسؤولية: X blames Y, a negative statement; حمل without مسؤولية is "carried"
    text = "وحمّل وزير النفط في حكومة طرابلس محمد عون المؤسسة الوطنية للنفط مسؤولية توقف الإنتاج."
    assert statements(text, lexicon) == [("وحمّل", "aoun", "negative", "after_verb")]
    text = "وحمّلت الخارجية الروسية واشنطن المسؤولية الكاملة عن تدهور الأوضاع."
    assert statements(text, lexicon) == [("وحمّلت", "russia_mfa", "negative", "after_verb")]
    text = "وحمل الوفد الروسي رسالة من بوتين إلى حفتر."
    assert statements(text, lexicon) == []
    # the noun right before the responsibility is the one blamed; the speaker goes on
    text = "وقال لافروف إن موسكو تدعم الحوار. وحمّل الغرب المسؤولية عن الفوضى."
    assert statements(text, lexicon)[-1] == ("وحمّل", "lavrov", "negative", "carried")


def test_a_foreign_given_name_after_a_title_and_a_comma_is_the_speaker(lexicon):
    # توماس is in the common-word list; as a given name after a title it opens the holder's name,
    # and a family name may begin with ف (not the conjunction). Names invented for the test.
    text = "صرح قائد القوات الأمريكية، توماس فالدنبرغ، بأن روسيا تحاول التأثير في ليبيا."
    assert statements(text, lexicon) == [("صرح", "توماس فالدنبرغ", "neutral", "unlisted")]
    text = "وقال المبعوث الأمريكي جون فاريلسون إن الحل سياسي."
    assert statements(text, lexicon) == [("وقال", "جون فاريلسون", "neutral", "unlisted")]


def test_a_family_name_alone_is_the_full_name_given_before(lexicon):
    # وأضاف فالدنبرغ after توماس فالدنبرغ: one speaker, shown by the full name
    text = ("صرح قائد القوات الأمريكية، توماس فالدنبرغ، بأن روسيا تحاول التأثير. "
            "وأضاف، فالدنبرغ، إن تدخل روسيا واضح.")
    assert [row[1] for row in statements(text, lexicon)] == ["توماس فالدنبرغ", "توماس فالدنبرغ"]
    # a slip in the family name (two letters swapped) folds too
    text = "وقال محمد القيروشي، أحد أعضاء الفريق، إن الرسالة وصلت. واعتبر القريوشي أن المبادرة مفيدة."
    assert [row[1] for row in statements(text, lexicon)] == ["محمد القيروشي", "محمد القيروشي"]
    # a different family name stays as written
    text = "وقال محمد القيروشي إن الرسالة وصلت. وقال المنصوري إن المبادرة مفيدة."
    assert [row[1] for row in statements(text, lexicon)][-1] == "المنصوري"


def test_a_state_after_the_complement_of_a_title_is_no_speaker(lexicon):
    # وأشار السفير إلى رغبة ليبيا: إلى opens the verb's complement; Libya is the wish's, not speaking
    text = "وكشف السفير الليبي في موسكو سالم المرغني أن الشحنة وصلت. وأشار السفير إلى رغبة ليبيا في تطوير التعاون."
    assert statements(text, lexicon) == [
        ("وكشف", "سالم المرغني", "neutral", "unlisted"), ("وأشار", "سالم المرغني", "neutral", "title_anaphora")]
    # a destination after a title still qualifies it
    text = "وقال المبعوث الخاص إلى الشرق الأوسط ميخائيل بوغدانوف إن الحل سياسي."
    assert statements(text, lexicon) == [("وقال", "bogdanov", "neutral", "after_verb")]


def test_a_verb_describing_a_document_speaks_for_its_issuer(lexicon):
    # بيانًا عن مجلس الأمن يدعو الجيش: the council calls, the army is called on
    text = "وزعت بريطانيا مسودة بيان عن مجلس الأمن يدعو الجيش الوطني الليبي إلى وقف هجومه."
    assert statements(text, lexicon) == [("يدعو", "unsc", "neutral", "opening_subject")]
    # behind an adjective of the document and a resumptive pronoun: the sentence's subject issued it
    text = ("كان مجلس الأمن الدولي قد عقد جلسة مغلقة، أصدر في ختامها بيانا صحفيا دعا فيه "
            "الجيش الوطني الليبي إلى وقف هجومه.")
    assert statements(text, lexicon) == [("دعا", "unsc", "neutral", "opening_subject")]
    # a blocked document was never issued: nobody's statement, and never the army's
    text = "منعت روسيا صدور بيان عن مجلس الأمن الدولي، يدعو الجيش الوطني الليبي إلى وقف هجومه."
    assert statements(text, lexicon) == []
    # inside what someone says, the document is not the sentence subject's
    text = "وقال لافروف إن الحكومة أصدرت بيانا يدعو إلى الحوار."
    assert [row[1] for row in statements(text, lexicon)] == ["lavrov"]


def test_headlines_of_accusing_and_answering_name_their_subjects(lexicon):
    # أمريكا تتهم روسيا: America accuses; وروسيا ترد: Russia answers; each a headline line
    text = "أمريكا تتهم روسيا بدعم المشير حفتر\nوروسيا ترد\nصرح مسؤول عسكري بأن ذلك غير صحيح."
    assert statements(text, lexicon) == [
        ("تتهم", "usa", "negative", "before_verb"), ("ترد", "russia", "neutral", "before_verb"),
        ("صرح", "مسؤول عسكري", "neutral", "unnamed")]
    # لم يستبعد: not ruling out is a statement of its subject, and no rejection (neutral, pol36)
    text = "ولم يستبعد لافروف أن تستخدم ليبيا الأسلحة الروسية."
    assert statements(text, lexicon, date="2019") == [("يستبعد", "lavrov", "neutral", "after_verb")]


def test_a_byline_with_a_slash_or_a_date_is_no_statement(lexicon):
    # كتب/مروان محمد and كتب: بوابة الأخبار الإثنين 08-04-2019 09:16: the writer, not the last speaker
    text = "وقال لافروف إن الوضع صعب.\nكتب/مروان محمد\nوقال بيسكوف إن الوضع جيد."
    assert [row[:2] for row in statements(text, lexicon)] == [("وقال", "lavrov"), ("وقال", "peskov")]
    text = "روسيا ترد\nكتب: بوابة الاخبار الإثنين 08-04-2019 09:16\nمنعت روسيا صدور البيان."
    assert [row[:2] for row in statements(text, lexicon)] == [("ترد", "russia")]


def test_a_russian_given_name_in_fa_opens_a_name(lexicon):
    # فياتشيسلاف is not ف and a word: the explicit subject speaks, not the previous speaker
    text = "وقال بيسكوف إن اللقاء كان جيدا. وقال فياتشيسلاف كرينوف، نائب مدير الهيئة الروسية، إن الصفقات مستمرة."
    assert [row[1] for row in statements(text, lexicon)] == ["peskov", "فياتشيسلاف كرينوف"]


def test_the_dual_aqarra_needs_its_own_subject(lexicon):
    # أقرا (the two approved) is written like اقرأ (read!): only with its own subject is it a verb
    text = "وذكر المتحدث أن لافروف وشويغو أقرا بيانا مشتركا حول التسوية."
    assert sorted(statements(text, lexicon, date="2020")) == [
        ("أقرا", "lavrov", "neutral", "before_verb"), ("أقرا", "shoigu", "neutral", "before_verb"),
        ("وذكر", "المتحدث", "neutral", "unnamed")]
    # a teaser line: no statement
    assert statements("اقرأ أيضا: الوفاق تعدد إنجازاتها", lexicon) == []


def rows(text, lexicon, date="2024"):
    """(cue, speaker id or name, polarity, attribution) of every stance, evaluative ones too."""
    frame = analyze([snippet(text, date=date)], lexicon).stances
    return list(zip(frame["cue"], frame["speaker_id"].where(frame["speaker_id"] != "", frame["speaker_name"]),
                    frame["polarity"], frame["attribution"]))


def test_a_first_person_verb_after_a_state_and_colon_is_the_state_speaking(lexicon):
    # روسيا: نرفض …: «we» is the state before the colon, a headline, not a dateline
    assert rows("روسيا: نرفض التدخل الأجنبي في ليبيا", lexicon)[:2] == [
        (":", "russia", "neutral", "headline"), ("نرفض", "russia", "negative", "headline")]
    assert rows("روسيا: رفضنا التدخل العسكري في ليبيا", lexicon)[:2] == [
        (":", "russia", "neutral", "headline"), ("رفضنا", "russia", "negative", "headline")]


def test_a_third_person_verb_starting_with_nun_after_a_place_and_colon_is_a_dateline(lexicon):
    # نقلت، ناشدت: third person verbs whose root opens with ن name their own subject
    assert rows("موسكو: ناشدت روسيا الأطراف الليبية وقف القتال", lexicon) == [
        ("ناشدت", "russia", "neutral", "after_verb"), ("وقف", "russia", "positive", "in_statement")]  # a call for calm
    assert rows("موسكو: نقلت وكالة تاس عن لافروف قوله إن الحل سياسي", lexicon) == [
        ("نقلت", "lavrov", "neutral", "relay"), ("قوله", "lavrov", "neutral", "carried")]


def test_a_given_name_in_ya_that_is_also_a_word_opens_the_holders_name(lexicon):
    # سامي (also «lofty») is a name written with ي; only names written with ى (منى) need it
    text = "وأكد المتحدث باسم حكومة الوحدة الوطنية سامي الورشفاني أن الحكومة ترفض التدخل."
    assert statements(text, lexicon) == [("وأكد", "سامي الورشفاني", "neutral", "unlisted")]
    text = "وقالت المتحدثة باسم الخارجية الليبية سلمى الفرجاني إن طرابلس ترحب بالخطوة."
    assert statements(text, lexicon) == [("وقالت", "سلمى الفرجاني", "neutral", "unlisted")]
    assert statements("وطلب الوزير مني أن أنتظر.", lexicon) == []


def test_title_ends_before_the_occasion_of_the_speech(lexicon):
    # في كلمته is where he said it, not the title's host: the speaker is the title alone
    text = "ورحب السفير الروسي في كلمته بالاتفاق الجديد بين الطرفين."
    assert statements(text, lexicon) == [("ورحب", "السفير الروسي", "positive", "unnamed")]


def test_ambassador_described_by_nisba_is_the_one_named_before(lexicon):
    # السفير الروسي after the ambassador was named with his title and name is him
    text = ("وحضر الاحتفال السفير الروسي لدى ليبيا أيدار أغانين وعدد من الضيوف. "
            "من جانبه، أشاد السفير الروسي في كلمته بجهود المنظمين.")
    assert statements(text, lexicon, date="2025") == [("أشاد", "aganin", "positive", "after_verb")]
    # another state's ambassador named before: no one is meant
    text = "وحضر الاحتفال سفير مصر لدى ليبيا وعدد من الضيوف. من جانبه، أشاد السفير الروسي في كلمته بجهود المنظمين."
    assert statements(text, lexicon, date="2025") == [("أشاد", "السفير الروسي", "positive", "unnamed")]


def test_title_ends_before_an_indefinite_occasion(lexicon):
    # في بيان صحفي says where it was said; a definite body after في is still the title's host
    text = "وأكد المتحدث باسم الجيش في بيان صحفي أن الوضع هادئ."
    assert statements(text, lexicon) == [("وأكد", "المتحدث باسم الجيش", "neutral", "unnamed")]
    text = "وحذر مسؤول عسكري في تصريح صحفي من تدهور الأوضاع."
    assert statements(text, lexicon) == [("وحذر", "مسؤول عسكري", "negative", "unnamed")]
    text = "وقال الباحث في معهد الدراسات الاستراتيجية إن الوضع هادئ."
    assert statements(text, lexicon) == [("وقال", "الباحث في معهد الدراسات الاستراتيجية", "neutral", "unnamed")]


def test_section_label_before_a_headline_whose_title_speaks(lexicon):
    # the place before the colon labels the section; the unnamed title after it is the subject
    text = "الخميس، مايو 5، 2011\n\nليبيا : نائب الرئيس الروسي يعلن أن الأسلحة تهرب من المستودعات\n\nوقال المسؤول إن التحقيق مستمر."
    assert statements(text, lexicon, date="2011")[0] == ("يعلن", "نائب الرئيس الروسي", "neutral", "unnamed")
    # a city label, which is furniture, and a group that warns
    text = "الخميس، مايو 5، 2011\n\nطرابلس: مسؤول روسي يحذر من تهريب الأسلحة"
    assert statements(text, lexicon, date="2011") == [("يحذر", "مسؤول روسي", "negative", "unnamed")]
    # a speaker before the colon is still the headline's
    text = "الخميس، مايو 5، 2011\n\nزاخاروفا: موسكو تدعم الهدنة"
    assert statements(text, lexicon, date="2011")[0] == (":", "zakharova", "neutral", "headline")


def test_an_evaluative_verb_takes_the_subject_that_opens_its_sentence(lexicon):
    # مسؤول روسي يرحب بالاتفاق: the unnamed official welcomes, not the article's voice; لافروف
    # ينتقد حفتر: Lavrov criticises, Haftar after the verb is its object
    cases = [
        ("مسؤول روسي يرحب بالاتفاق الجديد بين الأطراف.", ["", "مسؤول روسي", "positive", "unnamed"]),
        ("لافروف ينتقد حفتر بشدة.", ["lavrov", "Sergey Lavrov", "negative", "before_verb"]),
        ("دبلوماسي روسي يرفض الاتهامات الغربية.", ["", "دبلوماسي روسي", "negative", "unnamed"]),
    ]
    for text, expected in cases:
        rows = analyze([snippet(text)], lexicon).stances
        assert rows[["speaker_id", "speaker_name", "polarity", "attribution"]].values.tolist()[:1] == [expected], text
    # a noun of the same stance still takes the name after it
    rows = analyze([snippet("إدانة مصر للهجوم على طرابلس.")], lexicon).stances
    assert rows[["speaker_id", "polarity", "attribution"]].values.tolist()[:1] == [["egypt", "negative", "after_verb"]]


def test_a_city_before_a_colon_speaks_when_a_first_person_verb_follows(lexicon):
    # موسكو: نرفض … is Moscow speaking, as روسيا: نرفض is Russia; موسكو: قال لافروف is a dateline
    text = "تقرير خاص\nموسكو: نرفض أي تدخل أجنبي في الشؤون الليبية"
    frame = analyze([snippet(text)], lexicon)
    rows = frame.stances[frame.stances["cue"] == "نرفض"]
    assert rows[["speaker_id", "polarity", "attribution"]].values.tolist() == [["moscow", "negative", "headline"]]
    assert "moscow" in frame.mentions["actor_id"].tolist()
    for text in ("موسكو: قال لافروف إن روسيا تدعم الحوار.", "موسكو: نقلت وكالة تاس عن لافروف قوله إن روسيا تدعم الحوار."):
        frame = analyze([snippet(text)], lexicon)
        assert "moscow" not in frame.mentions["actor_id"].tolist(), text
        assert set(frame.stances["speaker_id"]) == {"lavrov"}, text


def test_a_reassurance_is_positive_for_who_reassures(lexicon):
    # مسؤول روسي يطمئن الليبيين: the official reassures, a positive stance of his; the ones
    # reassured after the verb are its object. طمأن reports speech; طمأنة inside a statement is its speaker's
    rows = analyze([snippet("مسؤول روسي رفيع يطمئن الليبيين قبل الزيارة.")], lexicon).stances
    assert rows[["speaker_id", "speaker_name", "polarity", "attribution"]].values.tolist() == [
        ["", "مسؤول روسي رفيع", "positive", "unnamed"]]
    text = "وطمأن السفير الروسي جمال الكيلاني الحكومة الليبية بأن الشركات ستعود."
    assert statements(text, lexicon) == [("وطمأن", "جمال الكيلاني", "positive", "unlisted")]
    rows = analyze([snippet("وقال الوزير سالم الورفلي إن الزيارة تهدف إلى طمأنة الشركاء.")], lexicon).stances
    rows = rows[rows["cue"] == "طمأنة"]
    assert rows[["speaker_name", "polarity", "attribution"]].values.tolist() == [["سالم الورفلي", "positive", "in_statement"]]


def test_an_envoy_in_construct_with_his_state_is_the_one_of_that_state_named(lexicon):
    # موفد روسيا: the one Russian person named in the last sentences, or, in a lead that names him
    # only after (تحدث موفد روسيا … وأكد ليف دينغوف), in the next ones; the state is not counted
    text = "وصل ليف دينغوف إلى طرابلس أمس. وقال موفد روسيا إن الحوار مع جميع الأطراف مستمر."
    frame = analyze([snippet(text)], lexicon)
    assert statements(text, lexicon) == [("وقال", "dengov", "neutral", "after_verb")]
    assert frame.mentions["actor_id"].tolist() == ["dengov", "tripoli", "dengov"]
    text = "تحدث موفد روسيا إلى ليبيا عن خطط بلاده للمصالحة. وأكد ليف دينغوف في تصريح أن الحوار مستمر."
    assert [row[1:] for row in statements(text, lexicon)] == [
        ("dengov", "neutral", "after_verb"), ("dengov", "neutral", "after_verb")]
    # with a name after it in its own sentence, the title is that name's: one mention, not two
    text = "أعلن مندوب روسيا الدائم لدى الأممالمتحدة فيتالي تشوركين أن بلاده امتنعت عن التصويت. وأضاف تشوركين أن المجلس منقسم."
    frame = analyze([snippet(text, date="2011-03")], lexicon)
    assert frame.mentions["actor_id"].tolist().count("churkin") == 2
    # ضيف روسيا is Russia's guest, no Russian: no description
    text = "وصل ليف دينغوف إلى طرابلس أمس. وقال ضيف روسيا إن الزيارة مهمة."
    frame = analyze([snippet(text)], lexicon)
    assert frame.mentions["actor_id"].tolist() == ["dengov", "tripoli", "russia"]
    assert "dengov" not in frame.stances["speaker_id"].tolist()


def test_the_first_or_second_of_two_who_spoke_together(lexicon):
    # وقالت الأولى، وأضاف الثاني: the first or second of the two speakers of the last statement
    text = "وقالت المؤسسة الوطنية للنفط وشركة تاتنفت إنهما اكتشفتا حقلا جديدا. وقالت الأولى في بيان إن حصتها كبيرة."
    assert statements(text, lexicon)[2] == ("وقالت", "noc", "neutral", "ordinal")
    text = "وأكد لافروف وشويغو أنهما بحثا الوضع في ليبيا. وأضاف الثاني أن التعاون مستمر."
    assert statements(text, lexicon)[2] == ("وأضاف", "shoigu", "neutral", "ordinal")
    # a date (الأول من أمس) is no ordinal subject; with one speaker before, nobody is counted
    text = "وقال لافروف إن الحوار مستمر. وأعلن الأول من أمس أن الوفد سيصل."
    assert statements(text, lexicon)[1] == ("وأعلن", "lavrov", "neutral", "carried")
    text = "وقال لافروف إن الحوار مستمر. وقالت الأولى إن الزيارة مهمة."
    assert statements(text, lexicon)[1][3] != "ordinal"


def test_went_on_speaks_only_with_a_complement(lexicon):
    # وأكمل قائلا / وأكمل الورفلي “…”: the speaker goes on; وأكملت القوات انسحابها, وأكمل
    # الإجراءات: completed something, no statement
    said = "وقال الوزير سالم الورفلي إن الشركات ستعود. "
    assert statements(said + "وأكمل قائلا إن العمل سيبدأ قريبا.", lexicon)[1] == (
        "وأكمل", "سالم الورفلي", "neutral", "carried")
    frame = analyze([snippet(said + "وأكمل الورفلي “العودة خطوة ممتازة”.")], lexicon).stances
    assert frame[["speaker_name", "polarity", "attribution"]].values.tolist()[1:] == [
        ["سالم الورفلي", "neutral", "unlisted"], ["سالم الورفلي", "positive", "quote_owner"]]
    for text in ("وأكملت القوات انسحابها من المدينة.", "وأكمل الإجراءات اللازمة للسفر."):
        assert len(statements(said + text, lexicon)) == 1, text


def test_an_indefinite_title_in_construct_with_a_state_is_the_envoy_speaking(lexicon):
    # وقال مبعوث روسيا إن: the envoy speaks (unnamed), not Russia; with his name after it, he speaks
    assert statements("وقال مبعوث روسيا إن الحوار ضروري.", lexicon) == [("وقال", "مبعوث روسيا", "neutral", "unnamed")]
    assert statements("وقال موفد روسيا إن الحوار ضروري.", lexicon) == [("وقال", "موفد روسيا", "neutral", "unnamed")]
    text = "وقال مندوب روسيا فاسيلي نيبينزيا إن الحل سياسي."
    assert statements(text, lexicon, date="2020") == [("وقال", "nebenzia", "neutral", "after_verb")]


# --- attrib23 (dev8) ---------------------------------------------------------------------------
def test_the_eastern_forces_are_the_libyan_national_army(lexicon):
    # قوات الشرق (الليبي) is how several outlets name Haftar's forces; a statement of theirs is
    # the LNA's, and the statement read back later (وذكر البيان) too
    text = "واستقبل القائد العام الوفد في بنغازي، وفق بيان لقوات الشرق. وذكر البيان أن اللقاء يأتي في إطار التنسيق."
    assert statements(text, lexicon) == [("وفق", "lna", "neutral", "source"), ("وذكر", "lna", "neutral", "document")]
    text = "وقالت قوات الشرق الليبي في بيان إن الوفد وصل إلى بنغازي."
    assert statements(text, lexicon) == [("وقالت", "lna", "neutral", "after_verb")]


def test_a_quotation_right_after_a_title_names_no_holder(lexicon):
    # قال السفير "حفتر يريد …": the actor opening the quotation is what is said about; the title
    # speaks, as written (or as the holder it refers back to)
    text = 'وعن طلب حفتر السلاح، قال المتحدث العسكري "حفتر يريد السلاح ولكن نحن لا نوفره له".'
    assert statements(text, lexicon)[0] == ("قال", "المتحدث العسكري", "neutral", "unnamed")
    text = 'وقالت الوزيرة "ليبيا لن تقبل التدخل في شؤونها".'
    assert statements(text, lexicon)[0] == ("وقالت", "الوزيرة", "neutral", "unnamed")
    # a quoted name, or a quoted qualifier before the name, is still the holder
    text = 'وقال المتحدث باسم الخارجية الروسية "ماريا زاخاروفا" إن موسكو تتابع الوضع.'
    assert statements(text, lexicon)[0] == ("وقال", "zakharova", "neutral", "after_verb")
    text = 'وقال القائد العام "للجيش الليبي" خليفة حفتر إن القوات تقدمت.'
    assert statements(text, lexicon)[0] == ("وقال", "haftar_khalifa", "neutral", "after_verb")


def test_a_document_in_construct_with_an_unlisted_body_is_the_bodys(lexicon):
    # وأشار بيان الشركة الصادر: the company speaks through its statement, not "the statement of
    # the company issued" as a name; a ministry in construct is shown as written
    text = "وأشار بيان الشركة الصادر، اليوم، إلى أن البحارة عادوا إلى بلادهم."
    assert statements(text, lexicon) == [("وأشار", "الشركة", "neutral", "unlisted")]
    text = "وأكد بيان وزارة الزراعة أن الموسم سيبدأ قريبا."
    assert statements(text, lexicon) == [("وأكد", "وزارة الزراعة", "neutral", "unlisted")]
    # a meeting, a final communiqué or a newspaper's report keep their words
    assert statements("وقال بيان الاجتماع إن الوفد وصل.", lexicon)[0][1] == "بيان الاجتماع"
    assert statements("وأكد البيان الختامي أن الوفد وصل.", lexicon)[0][1] == "البيان الختامي"


def test_a_saying_verb_read_with_the_suffix_ya_is_a_noun(lexicon):
    # إضافي (additional) is no أضاف and ذكرى (anniversary) no ذكر: a verb takes ني for "me", never
    # ي alone, so the sentence after a statement carries nobody's words
    said = "وقال الوزير سالم الورفلي إن الهدنة صامدة. "
    for text in ("ودخل الاتفاق حيز التنفيذ بعد مخاوف من تدويل إضافي للصراع.", "وفي ذكرى الثورة خرج الناس إلى الساحات."):
        assert statements(said + text, lexicon) == [("وقال", "سالم الورفلي", "neutral", "unlisted")], text
    # the verb itself still speaks, carried
    assert statements(said + "وأضاف أن الحوار مستمر.", lexicon)[1] == ("وأضاف", "سالم الورفلي", "neutral", "carried")


def test_a_name_in_reversed_marks_leaves_the_narration_unquoted(lexicon):
    # الناقلة ”نجمة الشمال“ التي: the name's marks reversed; what follows is the article's narration,
    # not a quotation carried over from the last speaker
    said = "وقال الوزير سالم الورفلي إن الطاقم سيعود قريبا. "
    text = said + "واحتجزت الناقلة ”نجمة الشمال“ التي تحمل العلم الروسي بشبهة محاولة لتهريب الوقود."
    rows = analyze([snippet(text)], lexicon).stances
    assert rows[["speaker_name", "polarity", "attribution"]].values.tolist() == [["سالم الورفلي", "neutral", "unlisted"]]


def test_kadyrov_as_most_outlets_spell_him(lexicon):
    # قاديروف with the long vowel the lexicon's قديروف drops; no rule writes a long alef
    text = "وقال الرئيس الشيشاني رمضان قاديروف إن الطاقم سيعود إلى روسيا."
    assert statements(text, lexicon) == [("وقال", "kadyrov", "neutral", "after_verb")]


def test_whom_a_name_nobody_listed_spoke_to_is_no_part_of_it(lexicon):
    # وقال يوسف الحمداني للصحفيين / لوكالة الأنباء: the name alone speaks
    for text in ("وقال يوسف الحمداني للصحفيين إن الاتفاق لم يوقع بعد.", "وقال يوسف الحمداني لوكالة الأنباء إن الاتفاق لم يوقع بعد."):
        assert statements(text, lexicon) == [("وقال", "يوسف الحمداني", "neutral", "unlisted")], text  # a person


def test_a_definite_noun_after_an_unnamed_speaker_is_the_verbs_object(lexicon):
    # وحث المبعوث الأطراف: a definite head takes no noun in construct; الأطراف is whom he urged
    text = "وحث المبعوث الأطراف على الحوار."
    assert statements(text, lexicon) == [("وحث", "المبعوث", "neutral", "unnamed")]
    text = "ودعا المتحدث الأطراف الليبية إلى الحوار."
    frame = analyze([snippet(text)], lexicon).stances
    assert frame[["cue", "speaker_name", "polarity"]].values.tolist() == [
        ["ودعا", "المتحدث", "neutral"], ["الحوار", "المتحدث", "positive"]]  # a call for dialogue: rule 2
    # an adjective of any kind still belongs to the speaker: nisba, participle, العام/الخاص
    text = "وقال المبعوث الخاص للأمين العام إن الوضع خطير. وقالت المصادر المطلعة إن الاجتماع تأجل."
    assert [row[1] for row in statements(text, lexicon)] == ["المبعوث الخاص للأمين العام", "المصادر المطلعة"]
    text = "وأكد المسؤولون الليبيون أن الاتفاق صامد."
    assert statements(text, lexicon) == [("وأكد", "المسؤولون الليبيون", "neutral", "unnamed")]


def test_a_plural_nationality_after_an_unnamed_group_belongs_to_it(lexicon):
    # الروس is no nisba in form, yet an adjective of القادة, not the object of انتقد
    text = "وانتقد القادة الروس مرارا نطاق العقوبات."
    assert statements(text, lexicon) == [("وانتقد", "القادة الروس", "negative", "unnamed")]


def test_a_definite_word_behind_a_conjunction_stays_with_the_speaker(lexicon):
    # والروس is coordinated with the adjective before it, not the verb's object
    text = "وقال المسؤولون الليبيون والروس إن اللقاء مثمر."
    assert statements(text, lexicon) == [("وقال", "المسؤولون الليبيون والروس", "neutral", "unnamed")]


def test_a_deputy_named_with_his_title_is_referred_back_to_by_it(lexicon):
    # نائب وزير الخارجية الروسي غينادي غاتيلوف is one title+name mention: نائب الوزير goes back to him
    text = "وقال نائب وزير الخارجية الروسي غينادي غاتيلوف إن الحوار مهم. وأضاف نائب الوزير أن حفتر شخصية رئيسية."
    assert statements(text, lexicon, date="2019") == [
        ("وقال", "gatilov", "neutral", "after_verb"), ("وأضاف", "gatilov", "neutral", "title_anaphora")]


def test_a_given_name_that_is_a_word_opens_an_unlisted_speakers_name(lexicon):
    # حسن and خالد are words too; with a surname and the clause or an apposition after it they name
    # the speaker of أكد, who was lost before (no statement, or the previous speaker carried)
    text = "وقال لافروف إن الحل سياسي. وأكد حسن الهوني أن الوفد جاهز."
    assert statements(text, lexicon, date="2019")[1] == ("وأكد", "حسن الهوني", "neutral", "unlisted")
    # his title in apposition is what a later sentence refers back to him with
    text = ("أكد خالد المنتصر، المستشار الإعلامي لرئيس المجلس الرئاسي، حضور الوفد. "
            "وقال المستشار الإعلامي لرئيس المجلس الرئاسي إن الوفد جاهز.")
    assert statements(text, lexicon, date="2019") == [
        ("أكد", "خالد المنتصر", "neutral", "unlisted"), ("وقال", "خالد المنتصر", "neutral", "title_anaphora")]
    # a word that only may be a name, before an object, is no speaker: the previous one goes on
    text = "وقال لافروف إن الحل سياسي. وأكد جمال الموقف الروسي."
    assert statements(text, lexicon, date="2019")[1] == ("وأكد", "lavrov", "neutral", "carried")


def test_a_service_speaks_as_a_body_and_is_referred_back_to(lexicon):
    # جهاز heads a body's name like وزارة: the intelligence service speaks, then الجهاز is it again
    text = "وأكد جهاز المخابرات العسكرية الأوكرانية أن النقل يتم جوا. وذكر الجهاز أن السفن لم تدخل الميناء."
    assert statements(text, lexicon) == [
        ("وأكد", "جهاز المخابرات العسكرية الأوكرانية", "neutral", "unlisted"),
        ("وذكر", "جهاز المخابرات العسكرية الأوكرانية", "neutral", "title_anaphora")]


def test_statements_someone_gave_are_theirs(lexicon):
    # تصريحات أدلى بها X: the noun of speech and the verb of giving name the speaker, named or not
    # (the verb of giving is a cue too, whose subject follows its pronoun: one statement, the same speaker)
    text = 'وفي تصريحات سابقة أدلى بها مصدر برلماني لـ"العربي الجديد"، فإن الزيارة سبقتها ترتيبات.'
    assert statements(text, lexicon) == [("أدلى", "مصدر برلماني", "neutral", "unnamed")]
    text = "وفي تصريح أدلى به وزير الخارجية الروسي سيرغي لافروف للصحفيين، فإن موسكو تدعم الحوار."
    assert statements(text, lexicon) == [("أدلى", "lavrov", "neutral", "after_verb")]


def test_a_title_set_off_after_a_listed_name_is_referred_back_with(lexicon):
    # غاتيلوف، نائب وزير الخارجية الروسي، …: نائب الوزير later is him, not an unnamed deputy
    text = ("وقال غينادي غاتيلوف، نائب وزير الخارجية الروسي، في حديث لوكالة بلومبرغ، إن الحوار ضروري. "
            "وأضاف غاتيلوف أن الليبيين سيتوافقون. وأضاف نائب الوزير أن حفتر شخصية رئيسية.")
    assert statements(text, lexicon, date="2019")[2] == ("وأضاف", "gatilov", "neutral", "title_anaphora")
def test_a_short_object_before_the_subject_leaves_it_the_speaker(lexicon):
    # a demonstrative object, then the subject: Peskov speaks, not the one quoted before
    text = "وقال لافروف إن الحوار ضروري. فيما أكد هذا الخبر المتحدث باسم الكرملين، دميتري بيسكوف، للصحفيين."
    assert statements(text, lexicon)[1] == ("أكد", "peskov", "neutral", "after_verb")
    # a preposition with a pronoun, then the subject
    text = "وقال لافروف إن الحوار ضروري. وهو ما صرح به بيسكوف للصحفيين أمس."
    assert statements(text, lexicon)[1] == ("صرح", "peskov", "neutral", "after_verb")
    # a demonstrative behind ب, then the subject; a body nobody listed is kept as written
    text = "وقال لافروف إن الحوار ضروري. ورحب بذلك رئيس المجلس الرئاسي محمد المنفي."
    assert statements(text, lexicon, date="2022")[1] == ("ورحب", "menfi", "positive", "after_verb")
    text = "وقال لافروف إن موسكو ستعيد فتح سفارتها. ورحبت بهذه الخطوة الحكومة الليبية."
    assert statements(text, lexicon)[1] == ("ورحبت", "الحكومة الليبية", "positive", "unlisted")
    text = "وقال لافروف إن موسكو ستعيد فتح سفارتها. ورحبت بها الحكومة الليبية."
    assert statements(text, lexicon)[1] == ("ورحبت", "الحكومة الليبية", "positive", "unlisted")
    # a nisba after the object is its adjective, and an outlet after a short object credits: the speaker goes on
    text = "وقال لافروف إن موسكو ستعيد فتح سفارتها. وأشاد بهذه السياسة الخارجية الروسية."
    assert statements(text, lexicon)[1] == ("وأشاد", "lavrov", "positive", "carried")
    text = "وقال لافروف إن موسكو ستعيد فتح سفارتها، وذلك حسب ما أفاد به موقع الأخبار."
    assert [row[1] for row in statements(text, lexicon)] == ["lavrov", "lavrov"]
    # a two-word cue whose preposition carries the pronoun (عبر عن → عبر عنه)
    text = "وقال لافروف إن الحوار ضروري. وهو ما عبر عنه المتحدث باسم الكرملين دميتري بيسكوف للصحفيين."
    assert statements(text, lexicon)[1] == ("عبر عنه", "peskov", "neutral", "after_verb")
    text = "وقال لافروف إن الحوار ضروري. وأكد له مسؤول ليبي أن الزيارة ناجحة."
    assert statements(text, lexicon)[1] == ("وأكد", "مسؤول ليبي", "neutral", "unnamed")


def test_a_short_object_with_nobody_after_it_continues_the_speaker(lexicon):
    # وأكد ذلك أن / وأكد له أن: no subject follows the object, the previous speaker goes on
    text = "وقال لافروف إن الحوار ضروري. وأكد له أن موسكو تدعم الحل السياسي."
    assert statements(text, lexicon)[1] == ("وأكد", "lavrov", "neutral", "carried")
    # a demonstrative before an unnamed subject word is that subject's, not an object
    text = "وقال لافروف إن الحوار ضروري. وأضاف هذا المسؤول لوزير الخارجية أن الحل سياسي."
    assert statements(text, lexicon)[1][3] != "after_verb"


def test_an_unnamed_subject_set_off_by_a_comma_before_its_verb(lexicon):
    # an inner clause whose unnamed subject, with a qualifier of two words, ends at a comma
    text = "وقال لافروف إن الحوار ضروري. وذكرت الوكالة أن مسئول ليبي رفيع المستوى، صرح، أمس، بأن الحكومة مستعدة للحوار."
    rows = statements(text, lexicon)
    assert ("صرح", "مسئول ليبي رفيع المستوى", "neutral", "unnamed") in rows
    # a verb behind و after the comma starts a clause of its own: the group is no subject of it
    text = "وقال لافروف إن مصادر دبلوماسية التقت الوفد، وأكد أن الحل سياسي."
    assert statements(text, lexicon)[-1] == ("وأكد", "lavrov", "neutral", "carried")


def test_a_delegation_speaks_with_whom_it_comes_from(lexicon):
    text = "أكد وفد من مجلس النواب لسفير روسيا أهمية الحوار الوطني."
    assert statements(text, lexicon)[0] == ("أكد", "وفد من مجلس النواب", "neutral", "unnamed")
    # a delegation as the object of a preposition is whom the speaker met, not the speaker
    text = "وقال لافروف إن الحوار ضروري. وأكد خلال لقائه مع وفد من مجلس النواب أن الحل سياسي."
    assert statements(text, lexicon)[1] == ("وأكد", "lavrov", "neutral", "carried")


def test_a_verb_spelt_like_a_noun_is_read_by_what_follows_it(lexicon):
    # ثمّن (praised), written without its shadda: a subject, then an object, after a dateline
    text = "موسكو 5 مايو (وكالات) – ثمن السفير الروسي لدى ليبيا، أيدار أغانين، الدور الذي يلعبه البرلمان."
    assert statements(text, lexicon, date="2023")[0][1:] == ("aganin", "positive", "after_verb")
    # ثمن (price) in construct after a noun, or with no clause after its phrase: no statement
    text = "وقال لافروف إن الحوار ضروري. وارتفع ثمن النفط الليبي أمس."
    assert [row[0] for row in statements(text, lexicon)] == ["وقال"]
    text = "وقال لافروف إن الحوار ضروري. ثمن الوقود الروسي مرتفع."
    assert [row[0] for row in statements(text, lexicon)] == ["وقال"]
def test_the_press_as_a_whole_opening_the_sentence_speaks(lexicon):
    # الصحافة البريطانية تكشف: a definite group noun before its verb is the subject, never the
    # minister quoted in the sentence before (as a bare definite noun for a person would be)
    text = "وقال لافروف إن الحل سياسي. الصحافة البريطانية تكشف تفاصيل الصفقة"
    assert statements(text, lexicon)[1] == ("تكشف", "الصحافة البريطانية", "neutral", "unnamed")
    # right after a verb the same noun may be the object of a dropped subject: he criticised the media
    text = "وقال لافروف إن الحل سياسي. وانتقد الإعلام الغربي بشدة."
    assert statements(text, lexicon)[1] == ("وانتقد", "lavrov", "negative", "carried")


def test_the_press_as_a_whole_reports_like_an_outlet(lexicon):
    # an outlet's report is another article's narration: its labels (المرتزقة) are no stance of it
    frame = analyze([snippet("الإعلام الروسي يكشف مصير المرتزقة في سوريا")], lexicon).stances
    assert frame[["cue", "speaker_name", "polarity", "attribution"]].values.tolist() == [
        ["يكشف", "الإعلام الروسي", "neutral", "unnamed"]]


def test_a_word_of_someones_stance_with_the_subject_opening_the_sentence(lexicon):
    # تستنكر is a stance only in someone's words (holder quoted); a subject that opens the
    # sentence and reaches it, the shape of a headline, is whose it is
    frame = analyze([snippet("روسيا تستنكر قصف المدنيين في طرابلس")], lexicon).stances
    assert frame[["cue", "speaker_id", "polarity", "attribution"]].values.tolist() == [
        ["تستنكر", "russia", "negative", "fronted"]]
    frame = analyze([snippet("روسيا منزعجة من القصف")], lexicon).stances
    assert frame[["cue", "speaker_id", "polarity", "attribution"]].values.tolist() == [
        ["منزعجة", "russia", "negative", "fronted"]]
    # told of a body in a relative clause, or of whom a narrated verb names, it stays nobody's
    assert analyze([snippet("الحكومة التي تستنكر القصف لم تتحرك")], lexicon).stances.empty
    assert analyze([snippet("واستقبل الوزير وفدا يستنكر العقوبات")], lexicon).stances.empty
    # a subject opening the sentence before a verb of no speech (a meeting) makes no statement
    assert analyze([snippet("وقال لافروف إن الحل سياسي. نائب وزير الخارجية الروسي يلتقي بالسراج")], lexicon).stances[
        "sentence_id"].tolist() == [1]


def test_a_participle_after_a_narrated_verb_and_a_preface_of_time(lexicon):
    # وفي وقت لاحق أصدرت منظمة …، مشيرة: past a phrase of time with no comma, the sentence's
    # verb names the participle's subject, not the minister quoted before
    text = ("وقال لافروف إن الحل سياسي. وفي وقت لاحق أصدرت منظمة “رقابة” الألمانية تقريرا عن السجون "
            "مشيرة إلى اكتظاظها.")
    assert statements(text, lexicon)[1] == ("مشيرة", "منظمة رقابة الألمانية", "neutral", "opening_subject")
    # an unnamed group kept as written goes on too, and its object (صورا) is not part of it
    text = "وقال لافروف إن الحل سياسي. وفي الأسبوع الماضي نشرت مصادر عسكرية ليبية صورا للقافلة، واصفة إياها بالضخمة."
    assert statements(text, lexicon)[1] == ("واصفة", "مصادر عسكرية ليبية", "neutral", "unnamed")
    # a preface that is no phrase of time, with no comma, hides the verb: the minister goes on
    text = "وقال لافروف إن الحل سياسي. وفي الجولة الثانية نشرت مصادر عسكرية ليبية صورا للقافلة، واصفة إياها بالضخمة."
    assert statements(text, lexicon)[1] == ("واصفة", "lavrov", "neutral", "carried")


# Sentences with two speakers (session attrib22c). Sentences written for the tests.

def test_a_second_subject_after_the_first_ones_title_set_off_by_commas(lexicon):
    # كل من X، title، وكذلك title، Y: one verb, two speakers, the dual noun of speech theirs too
    text = "أعلن كل من لافروف، وزير الخارجية الروسي، وكذلك وزير الدفاع، سيرغي شويغو، تأييدهما للحوار."
    assert statements(text, lexicon, date="2020") == [
        ("أعلن", "lavrov", "neutral", "after_verb"), ("أعلن", "shoigu", "neutral", "after_verb"),
    ]
    # a title, then a common noun joined by و and no name: one speaker
    text = "قال لافروف، وزير الخارجية الروسي، والدبلوماسي المخضرم، إن الحوار مستمر."
    assert statements(text, lexicon, date="2020") == [("قال", "lavrov", "neutral", "after_verb")]
    # names in a list, not a title then a second subject: left alone
    text = "قال لافروف، بوتين، وشويغو إن الحوار مستمر."
    assert statements(text, lexicon, date="2020") == [("قال", "lavrov", "neutral", "after_verb")]


def test_an_outlet_credited_after_a_statement_only_relays_it(lexicon):
    # حسبما ذكرت الوكالة after the envoy's words: the agency makes no statement of its own
    text = "وأشار بوغدانوف إلى ضرورة الحوار، حسبما ذكرت وكالة تاس."
    assert statements(text, lexicon, date="2020") == [("وأشار", "bogdanov", "neutral", "after_verb")]
    # nobody else speaks: the agency's report is its statement
    text = "وصل الوفد الليبي إلى موسكو، حسبما ذكرت وكالة تاس."
    assert statements(text, lexicon, date="2020") == [("ذكرت", "tass", "neutral", "after_verb")]


def test_an_outlets_report_credited_to_what_a_body_published_is_the_bodys(lexicon):
    # بحسب ما نشره: a verb of issuing, not of saying; the one who published speaks, the paper relays
    text = "وذكرت وكالة تاس أن الوفد الروسي وصل إلى بنغازي، بحسب ما نشره الجيش الوطني الليبي عبر فيسبوك."
    assert statements(text, lexicon, date="2020") == [("بحسب", "lna", "neutral", "source")]
    # with no verb of its own, the sentence is the army's too
    text = "ووصل الوفد الروسي إلى بنغازي، وفق ما بثته وزارة الخارجية الروسية من صور."
    assert statements(text, lexicon, date="2020") == [("وفق", "russia_mfa", "neutral", "source")]
    # a verb of saying after ما names its speaker as before
    text = "ووصل الوفد الروسي إلى بنغازي، بحسب ما أعلن الجيش الوطني الليبي."
    assert statements(text, lexicon, date="2020") == [("أعلن", "lna", "neutral", "after_verb")]


def test_pieces_after_two_dots_on_a_statements_line_go_on_with_it(lexicon):
    # two dots glued to the next word are a pause in what he says: each piece is his, with the
    # polarity of what he said before it
    text = "وأضاف حفتر قائلا ( الليبيون يرفضون التدخل الأجنبي ..ونحن نطلب الهدوء ..نطلب بناء الجيش .\nووصل الوفد."
    assert statements(text, lexicon, date="2020") == [
        ("وأضاف", "haftar_khalifa", "neutral", "after_verb"), ("قائلا", "haftar_khalifa", "neutral", "carried"),
        ("ونحن", "haftar_khalifa", "negative", "after_dots"), ("نطلب", "haftar_khalifa", "negative", "after_dots")]
    # the writer's question after the dots, outside any quotation, is nobody's statement
    text = "حفتر يطالب بالتدخل.. ماذا يريد؟\nووصل الوفد."
    assert statements(text, lexicon, date="2020") == [("يطالب", "haftar_khalifa", "neutral", "before_verb")]
    # a full stop ends the statement; narration after it is nobody's
    text = "وأضاف حفتر أن الليبيين يرفضون التدخل الأجنبي. ونحن نطلب الهدوء."
    assert statements(text, lexicon, date="2020") == [("وأضاف", "haftar_khalifa", "neutral", "after_verb")]


def test_a_company_behind_the_preposition_of_a_source_is_named_as_written(lexicon):
    # لشركة: ل and the head of a company's name, written as a common word; the name keeps its
    # Latin words joined by & and drops the ل
    text = "وارتفع إنتاج الحقل في العام الماضي، وفقا لشركة Wood&Mackenzie Energy."
    assert statements(text, lexicon, date="2023") == [("وفقا", "شركة Wood&Mackenzie Energy", "neutral", "unlisted")]
    text = "وارتفع إنتاج الحقل في العام الماضي، بحسب شركة أرغوس."
    assert statements(text, lexicon, date="2023") == [("بحسب", "شركة أرغوس", "neutral", "unlisted")]


def test_a_line_break_that_cuts_a_phrase_goes_on_with_the_statement(lexicon):
    # a name cut in two by the break, then a definite adjective after its noun: the pieces after
    # the break are the statement's
    text = "وأعلن السفير الروسي، إيفان مولوتكوف، أن المشير خليفة\nحفتر التقى وزير الدفاع في موسكو."
    assert statements(text, lexicon, date="2017") == [
        ("وأعلن", "molotkov", "neutral", "after_verb"), ("حفتر", "molotkov", "neutral", "wrapped_line")]
    text = "وأكدت وزارة الخارجية الروسية أن موسكو تعترف بالمجلس الانتقالي ممثلا للثورة\nالليبية في الخارج."
    assert statements(text, lexicon, date="2011")[1] == ("الليبية", "russia_mfa", "positive", "wrapped_line")
    # a line that opens a sentence of its own is narration
    text = "وأعلن السفير الروسي، إيفان مولوتكوف، أن الوفد وصل\nوالتقى حفتر وزير الدفاع في موسكو."
    assert statements(text, lexicon, date="2017") == [("وأعلن", "molotkov", "neutral", "after_verb")]


def test_a_sentence_that_only_credits_an_outlet_is_the_statement_before_it(lexicon):
    # the agency relays the ambassador's words, the line is his
    text = "وأعلن السفير الروسي، إيفان مولوتكوف، أن الوفد الليبي وصل إلى موسكو. حسب وكالة تاس الروسية."
    assert statements(text, lexicon, date="2017") == [
        ("وأعلن", "molotkov", "neutral", "after_verb"), ("حسب", "molotkov", "neutral", "credited")]
    # after narration the outlet's report is its own
    text = "ووصل الوفد الليبي إلى موسكو. حسب وكالة تاس الروسية."
    assert statements(text, lexicon, date="2017") == [("حسب", "tass", "neutral", "source")]


def test_figures_a_body_published_are_its_statement(lexicon):
    # أرقام نشرها مكتب …: the office that published the figures speaks for the body it serves
    text = "وتجاوز عدد النازحين عشرة آلاف، وفقا لأرقام نشرها مكتب الأمم المتحدة للشؤون الإنسانية أمس."
    assert statements(text, lexicon, date="2023") == [("وفقا", "un", "neutral", "source")]
    # figures nobody is named for name nobody
    assert statements("وتجاوز عدد النازحين عشرة آلاف، وفقا لأرقام رسمية.", lexicon, date="2023") == []


def test_a_person_described_by_his_states_adjective_inside_a_statement(lexicon):
    # the Libyan side's statement says what the Russian official said: he speaks (the relay
    # convention), the one the narration named with a Russian title
    # (far enough that no mention refers back to him)
    text = ("بحث نائب وزير الدفاع الروسي يونس بك يفكوروف مع حفتر الأوضاع في بنغازي. "
            "جاء ذلك خلال لقاء في المدينة، وفق بيان للجيش الوطني الليبي. "
            "وذكر البيان أن اللقاء يأتي في إطار الاجتماعات المكثفة حول الفيضانات. "
            "وأضاف أن المسؤول الروسي “عبر عن دعم بلاده للحوار”.")
    assert statements(text, lexicon, date="2023")[-1] == ("عبر عن", "yevkurov", "neutral", "introduced_title")
    # an adjective of another state describes someone else, kept as written
    text = ("بحث نائب وزير الدفاع الروسي يونس بك يفكوروف مع حفتر الأوضاع في بنغازي. "
            "وقال حفتر إن المسؤول الأمريكي أكد دعم بلاده للحوار.")
    assert statements(text, lexicon, date="2023")[-1] == ("أكد", "المسؤول الأمريكي", "neutral", "unnamed")


def test_the_state_after_a_joined_verb_of_calling_is_called_on(lexicon):
    # ودعت روسيا إلى: the ministry goes on speaking and calls on Russia
    text = "وأكدت وزارة الخارجية الروسية التزامها بالحوار، ودعت تركيا إلى التهدئة."
    assert statements(text, lexicon, date="2022") == [
        ("وأكدت", "russia_mfa", "neutral", "after_verb"), ("ودعت", "russia_mfa", "neutral", "carried")]
    # opening its own sentence the verb has its subject after it
    text = "وأكدت وزارة الخارجية الروسية التزامها بالحوار. ودعت تركيا إلى التهدئة."
    assert statements(text, lexicon, date="2022")[-1] == ("ودعت", "turkey", "neutral", "after_verb")


def test_a_writers_note_carries_no_earlier_speaker(lexicon):
    # يذكر أن: the writer's note; its verb's subject, which no rule names here, is not al-Sarraj
    text = ("وقال السراج إن هناك أدلة على مشاركة مرتزقة. "
            "يذكر أن الناطق باسم عناصر حفتر الداعمة للهجوم اعترف، السبت، بوجود قوات أجنبية.")
    assert statements(text, lexicon, date="2020") == [("وقال", "sarraj", "neutral", "after_verb")]
    # with no note, the verb with no subject goes on with him
    text = "وقال السراج إن هناك أدلة على مشاركة مرتزقة. واعترف، السبت، بوجود قوات أجنبية."
    assert statements(text, lexicon, date="2020")[-1] == ("واعترف", "sarraj", "neutral", "carried")


def test_a_number_of_a_group_just_named_speaks(lexicon):
    # أكثر من 30 منها: part of the states invited, kept as written
    text = "ودعيت الدول الأفريقية إلى القمة، وأكد أكثر من 30 منها مشاركتها."
    assert statements(text, lexicon, date="2020") == [("وأكد", "أكثر من 30 منها", "neutral", "unnamed")]
    # the same words inside what a named speaker says: his statement only
    text = "وقال لافروف إن أكثر من 30 منها حضرت."
    assert statements(text, lexicon, date="2020") == [("وقال", "lavrov", "neutral", "after_verb")]


def test_unnamed_sources_joined_to_a_named_source(lexicon):
    # نقلا عن وكالة رويترز ومصادر دبلوماسية: both are relayed, the channel makes no statement
    text = "وأفادت قناة الجزيرة، نقلا عن وكالة رويترز ومصادر دبلوماسية، أن الاجتماع تأجل."
    assert statements(text, lexicon, date="2020") == [
        ("نقلا", "reuters", "neutral", "relay"), ("نقلا", "مصادر", "neutral", "unnamed"),
    ]
    # a common noun that is no group of speakers after و: the one source only
    text = "ونقلت الوكالة عن لافروف وحضور المؤتمر أن الاجتماع تأجل."
    assert statements(text, lexicon, date="2020") == [("ونقلت", "lavrov", "neutral", "relay")]


def test_a_promise_is_a_statement_of_whoever_promised(lexicon):
    # a relative clause with وعدت: Moscow promised, positive (an intention to support)
    text = "وتأتي الخطوة بعد زيارة إلى موسكو التي وعدت الحكومة الليبية بتقديم المساعدة."
    assert statements(text, lexicon, date="2020") == [("وعدت", "moscow", "positive", "relative")]
    # يعد (is considered) is no promise
    text = "ويعد ذلك تحولا مهما في العلاقات."
    assert statements(text, lexicon, date="2020") == []


def test_a_name_right_after_a_state_is_whom_it_addresses(lexicon):
    # وطالبت موسكو حفتر: Moscow demands, Haftar is asked; a person named in the phrase wins only
    # as a title's holder or apposed to it
    assert statements("وطالبت موسكو حفتر بالانسحاب من طرابلس.", lexicon, date="2020") == [
        ("وطالبت", "moscow", "neutral", "after_verb")]
    assert statements("وقال رئيس روسيا فلاديمير بوتين إن الحل سياسي.", lexicon, date="2020") == [
        ("وقال", "putin", "neutral", "after_verb")]


def test_a_name_written_with_a_madda_is_no_pronoun(lexicon):
    # آنا (Anna) normalises to انا (I), a function word; an invented deputy envoy's full name
    text = "وقالت نائبة المندوب الروسي، آنا كوزلوفا، خلال الجلسة إن موسكو تتابع الوضع."
    assert statements(text, lexicon) == [("وقالت", "آنا كوزلوفا", "neutral", "unlisted")]
    # the pronoun itself, written with a hamza, still ends a name nobody listed
    text = "وقال الباحث كريم الزاوي أنا أرى أن الحل بعيد."
    assert statements(text, lexicon) == [("وقال", "كريم الزاوي", "neutral", "unlisted")]


def test_a_sentence_placing_the_statement_before_it_is_that_statement(lexicon):
    text = ("أعلن الدبيبة رفضه أن تكون ليبيا ساحة لتصفية الصراعات. "
            "جاء ذلك في رده على سؤال حول نقل منظومات دفاع جوي إلى ليبيا.")
    frame = analyze([snippet(text, date="2024")], lexicon).stances
    placed = frame[frame["sentence_id"] == 2]
    assert list(zip(placed["cue"], placed["speaker_id"], placed["polarity"], placed["attribution"])) == [
        ("جاء ذلك", "dbeibah", "negative", "placed")]
    assert text[placed["start"].iloc[0]:placed["end"].iloc[0]] == "جاء ذلك"
    # with و, after a neutral statement: neutral
    text = "وقال لافروف إن الوزيرين بحثا الوضع في ليبيا. وجاء ذلك خلال لقائه السفير الليبي في موسكو."
    assert statements(text, lexicon)[-1] == ("وجاء ذلك", "lavrov", "neutral", "placed")
    # not after a sentence that made no statement, and not where the sentence has its own speaker
    assert statements("وصل الوفد إلى موسكو. وجاء ذلك بعد أيام من المحادثات.", lexicon) == []
    text = "وقال لافروف إن الحوار مستمر. وجاء ذلك بينما أكدت زاخاروفا أن موسكو تدعم الحل."
    assert [row[1] for row in statements(text, lexicon)] == ["lavrov", "zakharova"]


def test_the_statement_placed_by_hayth_is_that_statement(lexicon):
    # حيث جاء التصريح: the declaration just quoted, placed in time by a clause of its own
    text = ("أكد لافروف أن موسكو ستوقع عقدا لتوريد القمح إلى ليبيا. "
            "حيث جاء التصريح عقب لقائه رئيس الحكومة الليبية في سوتشي.")
    assert statements(text, lexicon)[-1] == ("حيث جاء التصريح", "lavrov", "neutral", "placed")


def test_evstigneeva_with_the_g_outlets_write(lexicon):
    # Евстигнеева: the g the lexicon's إيفستينييفا drops, with or without the initial alef
    for name in ("يفستيغنييفا", "إيفستيغنييفا"):
        text = f"وقالت نائبة المندوب الروسي آنا {name} إن موسكو تتابع الوضع."
        assert statements(text, lexicon) == [("وقالت", "evstigneeva", "neutral", "after_verb")]


def test_a_title_the_narration_gave_refers_back_to_its_holder(lexicon):
    # an invented ambassador, named with his title as the object of a meeting, not as a speaker:
    # the bare title later is his statement, not an unnamed speaker's (ماركو, a given name, opens
    # his name: language/given_names.txt)
    text = ("استقبل رئيس المجلس الرئاسي السفير الإيطالي ماركو بيلّيني في طرابلس. "
            "وأكد السفير الإيطالي أن بلاده تتابع الحوار.")
    assert statements(text, lexicon) == [("وأكد", "ماركو بيلّيني", "neutral", "introduced_title")]
    # an indefinite noun introduces someone new, whatever the narration named before
    text = "وصل الخبير العسكري ماركو بيلّيني إلى طرابلس. وقال مسؤول عسكري إن القوات تتقدم."
    assert statements(text, lexicon) == [("وقال", "مسؤول عسكري", "neutral", "unnamed")]


def test_a_title_with_no_name_is_the_holder_the_next_lines_name_with_it(lexicon):
    # an invented ambassador: the headline and the opening line name the office, the body the man
    text = ("السفير البريطاني: الحوار هو الطريق الوحيد\n"
            "قال السفير البريطاني، جون هاريسون، إن بلاده تدعم الحوار.")
    assert statements(text, lexicon) == [
        (":", "جون هاريسون", "neutral", "named_later"), ("قال", "جون هاريسون", "neutral", "unlisted")]
    text = ("جدد السفير البريطاني دعم بلاده للحوار. ووصل الوفد إلى طرابلس. "
            "وقال بيان للحكومة إن السفير البريطاني، جون هاريسون، أكد دعم بلاده.")
    assert statements(text, lexicon)[0] == ("جدد", "جون هاريسون", "neutral", "named_later")
    # named later without the title, the office stays as written; a headline with no holder after
    # it is a label, no statement
    text = "جدد السفير البريطاني دعم بلاده للحوار. وقال جون هاريسون إن بلاده تتابع."
    assert statements(text, lexicon)[0] == ("جدد", "السفير البريطاني", "neutral", "unnamed")
    assert statements("السفير البريطاني: الحوار هو الطريق الوحيد\nووصل الوفد إلى طرابلس.", lexicon) == []
    # a word of the title is not the office: the ministry stays the ministry, not its minister
    text = "وأكدت الخارجية أن الحوار مستمر. وقال وزير الخارجية البريطاني، جون هاريسون، إن بلاده تتابع."
    assert statements(text, lexicon)[0] == ("وأكدت", "الخارجية", "neutral", "unlisted")


def test_a_delegation_head_named_after_his_title_and_a_comma(lexicon):
    # invented head: the name between commas after the title heads the delegation, not the
    # next listed person of the list (the chargé d'affaires)
    text = ("استقبل الوكيل وفدا من الاتحاد الروسي برئاسة مدير إدارة الشرق الأوسط بوزارة الخارجية الروسية، "
            "حيدر سالم تيموروف، والقائم بالأعمال بالسفارة الروسية، دجاشميد بولتايف. "
            "وأكد رئيس الوفد الروسي أن السفارة ستفتح قريبا.")
    assert statements(text, lexicon) == [("وأكد", "حيدر سالم تيموروف", "neutral", "title_anaphora")]


def test_a_given_name_in_a_spelling_nobody_listed_before_a_listed_family_name(lexicon):
    # سيرغيه: a spelling of Sergey no list holds; the family name the lexicon lists decides,
    # after a title or alone
    text = "وقال الوزير سيرغيه لافروف إن روسيا تدعم الحوار."
    assert statements(text, lexicon)[0] == ("وقال", "lavrov", "neutral", "after_verb")
    text = "وقال سيرغيه لافروف إن روسيا تدعم الحوار."
    assert statements(text, lexicon)[0] == ("وقال", "lavrov", "neutral", "after_verb")
    # a listed given name that is not his is another bearer of the family name (an invented one)
    text = "وقال الفريق منصور حفتر إن القوات جاهزة."
    assert statements(text, lexicon)[0][1] != "haftar_khalifa"


def test_africom_generals_in_the_spellings_outlets_use(lexicon):
    text = "واعتبر الجنرال برادفورد جيرينج أن روسيا تواصل الدفع نحو الجنوب."
    assert statements(text, lexicon)[0] == ("واعتبر", "gering", "neutral", "after_verb")
    text = "وقال الجنرال توماس فالدهاوسر إن روسيا تحاول ممارسة نفوذ في ليبيا."
    assert statements(text, lexicon, date="2018")[0] == ("وقال", "waldhauser", "neutral", "after_verb")
    text = "وأضاف والدهاوسر أن المحاولات الروسية مثيرة للقلق."
    assert statements(text, lexicon, date="2018")[0] == ("وأضاف", "waldhauser", "neutral", "after_verb")


def test_a_quotation_opening_with_the_verb_of_someone_a_statement_reports(lexicon):
    # the mark between the subject and its verb: the ambassador speaks, and the quotation's stance
    # words are his, not those of the statement that reports him
    text = "وقال بيان لحكومة الوفاق إن السفير الروسي، إيفان مولوتكوف، «جدد دعم بلاده للحكومة الشرعية»."
    rows = statements(text, lexicon, date="2019")
    assert rows == [("وقال", "gna", "neutral", "after_verb"), ("جدد", "molotkov", "neutral", "before_verb")]
    frame = analyze([snippet(text, date="2019")], lexicon).stances
    support = frame[frame["cue"] == "دعم"]
    assert list(zip(support["speaker_id"], support["polarity"], support["attribution"])) == [
        ("molotkov", "positive", "quote_owner")]


def test_a_dual_outlet_noun_names_both_outlets(lexicon):
    text = "وذكرت صحيفتا نيويورك تايمز وواشنطن بوست أن الشركة تعمل في الجنوب."
    assert statements(text, lexicon) == [("وذكرت", "nyt", "neutral", "after_verb"),
                                         ("وذكرت", "washington_post", "neutral", "after_verb")]


def test_a_claim_sourced_to_two_outlets_is_each_one_s(lexicon):
    # one statement per source (eval/README.md, dev22's convention, made as heldout13), with or without the dual noun
    text = "وبحسب وكالتي رويترز وفرانس برس، فإن القوات انسحبت من القاعدة."
    assert statements(text, lexicon) == [("وبحسب", "reuters", "neutral", "source"), ("وبحسب", "afp", "neutral", "source")]
    text = "وبحسب رويترز وفرانس برس، فإن القوات انسحبت من القاعدة."
    assert statements(text, lexicon) == [("وبحسب", "reuters", "neutral", "source"), ("وبحسب", "afp", "neutral", "source")]
    # a verb's own subject still makes the sources mere relays
    text = "وأكد لافروف، بحسب رويترز وفرانس برس، أن القوات انسحبت."
    assert [row[1] for row in statements(text, lexicon)] == ["lavrov"]


def test_verbs_of_saying_in_more_of_their_forms(lexicon):
    # present tenses, participles and a dual written as outlets write them
    text = "وقال المنفي إن الحوار مستمر، مردفا أن الانتخابات قريبة."
    assert statements(text, lexicon)[1] == ("مردفا", "menfi", "neutral", "carried")
    text = "ويتساءل المحلل السياسي فرج الزروق عن جدوى الاتفاق."
    assert statements(text, lexicon)[0] == ("ويتساءل", "فرج الزروق", "neutral", "unlisted")
    text = "ورجح المبعوث الأممي أن تجرى الانتخابات العام المقبل."
    assert statements(text, lexicon)[0][0] == "ورجح"
    # بحث (discussed) holds حث after a ب, and is no verb of urging
    assert statements("وبحث المنفي مع السفير الروسي سبل التعاون.", lexicon) == []


def test_a_participle_after_a_quotation_opened_before_goes_on_with_the_quoted(lexicon):
    # the quotation runs over a sentence break («..»); the participle after its end is the
    # speaker's, not Russia's, named inside it
    text = "ودان باشاغا الهجوم قائلا: “.. هجوم روسيا انتهاك واضح للقانون الدولي” مصرحا بأنه يصلي من أجل السلام."
    rows = statements(text, lexicon, date="2022")
    assert rows[-1] == ("مصرحا", "bashagha", "neutral", "carried")


def test_what_a_command_detected_is_its_statement(lexicon):
    # eval/README.md (dev9): a command's detection is its statement, neutral; the verb reports
    # only with its own subject, so inside another's words it adds nobody
    text = "ورصدت القيادة العسكرية الأمريكية في أفريقيا إقلاع طائرات من قاعدة الجفرة."
    assert statements(text, lexicon) == [("ورصدت", "africom", "neutral", "after_verb")]
    text = "وقالت المؤسسة الوطنية للنفط إنها رصدت تسربا في الميناء."
    assert [row[1] for row in statements(text, lexicon)] == ["noc"]


def test_a_counted_group_quoted_by_a_relay(lexicon):
    # عن ثلاثة مصادر: the relay quotes the counted group, which speaks as written (the number in words or digits)
    text = "ونقلت رويترز عن ثلاثة مصادر مطلعة قولها إن المقاتلين غادروا القاعدة."
    assert statements(text, lexicon)[0] == ("ونقلت", "ثلاثة مصادر مطلعة", "neutral", "unnamed")
    text = "ونقلت رويترز عن 3 مصادر مطلعة قولها إن المقاتلين غادروا القاعدة."
    assert statements(text, lexicon)[0] == ("ونقلت", "3 مصادر مطلعة", "neutral", "unnamed")
    # a number that counts no group of speakers names nobody
    assert statements("ونقلت السفينة 3 آلاف طن من القمح إلى طرابلس.", lexicon) == []


def test_a_relay_by_attributing_behind_ila(lexicon):
    # نسب quotes behind إلى, as نقل does behind عن; a counted group behind a comparative too
    text = "ونسبت الوكالة إلى مسؤول روسي قوله إن القوات ستبقى في الجنوب."
    assert statements(text, lexicon)[0] == ("ونسبت", "مسؤول روسي", "neutral", "unnamed")
    text = "ونقلت رويترز عن أكثر من خمسة مصادر قولها إن القوات باقية."
    assert statements(text, lexicon)[0] == ("ونقلت", "أكثر من خمسة مصادر", "neutral", "unnamed")
    # a deed ascribed to someone quotes no words
    assert statements("وينسب القرار إلى الحكومة السابقة.", lexicon) == []


def test_a_headline_speaker_with_whom_he_told_before_the_colon(lexicon):
    # «X لـ"outlet": …», «X لنظيره: …»: whom the words were told stands before the colon
    text = 'مسؤولون أمريكيون لـ"رويترز": روسيا أرسلت طائرات إلى الجفرة'
    assert statements(text, lexicon) == [(":", "مسؤولون أمريكيون", "neutral", "unnamed")]
    text = "لافروف لنظيره الليبي: موسكو تدعم وحدة ليبيا"
    assert statements(text, lexicon) == [(":", "lavrov", "neutral", "headline")]
    # a verb before the colon makes it no headline's speaker
    text = "لافروف يقول لنظيره الليبي: موسكو تدعم وحدة ليبيا"
    assert (":", "lavrov", "neutral", "headline") not in statements(text, lexicon)


def test_a_speaker_behind_la_between_sabaqa_and_an(lexicon):
    # وسبق لفلان أن قال: the one behind ل is the verb's subject, as سبق له أن already was
    text = "وسبق لزاخاروفا أن انتقدت التدخل الغربي في ليبيا."
    assert statements(text, lexicon) == [("انتقدت", "zakharova", "negative", "before_verb")]
    text = "كما سبق لوزير الخارجية الروسي سيرغي لافروف أن أكد دعم موسكو للحوار."
    assert statements(text, lexicon)[0] == ("أكد", "lavrov", "neutral", "before_verb")


def test_verbs_of_hinting_and_documenting_in_their_other_forms(lexicon):
    # cues.csv had رصدت but not رصد or وثق, and no verb of hinting: a monitor that documents
    # deaths, a state that hints at a veto named nobody (eval/dev13)
    text = "ألمحت الصين أمس إلى أنها قد تعترض على مشروع القرار."
    assert statements(text, lexicon)[0] == ("ألمحت", "china", "neutral", "after_verb")
    text = "ووثق المرصد السوري لحقوق الإنسان سقوط ثلاثة قتلى في القصف."
    assert statements(text, lexicon) == [("ووثق", "sohr", "neutral", "after_verb")]
    # ألمح is left out: normalised المح, with a pronoun it reads على المحك ("at stake")
    assert statements("وعلى المحك مصير الاتفاق.", lexicon) == []


def test_associated_press_spelt_with_ya(lexicon):
    # أسيوشيتد برس, a spelling Arabic outlets use beside أسوشيتد برس (eval/dev13)
    text = "وتقول وكالة أسيوشيتد برس إن العقوبات شملت المجموعة."
    assert statements(text, lexicon) == [("وتقول", "ap", "neutral", "after_verb")]


def test_a_verb_after_a_conditional_particle_is_a_supposition(lexicon):
    # ما إذا طلبت الحكومة: whether the government asked, not that it did (dev/dev10 and dev12
    # write a verb of asking after إذا); behind و, and with ما between, too
    assert statements("ومن غير الواضح ما إذا طلبت الحكومة توجيه الضربات.", lexicon) == []
    assert statements("سنرسل المساعدات إذا ما طلبت الأمم المتحدة ذلك.", lexicon) == []
    assert statements("ولو قال لافروف ذلك لكان محقا.", lexicon) == []


def test_a_request_is_a_positive_statement_of_its_own_subject(lexicon):
    # «حفتر يطلب من روسيا …» (dev9's headline, twice): a request to supply or help is a positive
    # statement of the one who asks (polarity convention 7). Only the verb's unambiguous forms:
    # bare طلب is also the noun (بناء على طلب الحكومة), which asks nothing
    text = "حفتر يطلب من روسيا تزويد قواته بالأسلحة"
    assert statements(text, lexicon, date="2016") == [("يطلب", "haftar_khalifa", "positive", "before_verb")]
    text = "وطلبت وزارة الخارجية الروسية من السلطات الليبية ضمان أمن البعثة."
    assert statements(text, lexicon) == [("وطلبت", "russia_mfa", "positive", "after_verb")]
    assert statements("وجاء ذلك بناء على طلب الحكومة الليبية.", lexicon) == []


def test_what_a_sentence_going_on_with_a_statement_evaluates_is_the_speakers(lexicon):
    # a piece after two dots goes on with Lavrov: the rejection in it is his, not the article's
    text = "وقال لافروف إن الوضع في ليبيا صعب.. ونرفض التدخل الأجنبي."
    assert rows(text, lexicon, date="2020") == [
        ("وقال", "lavrov", "neutral", "after_verb"), ("ونرفض", "lavrov", "neutral", "after_dots"),
        ("ونرفض", "lavrov", "negative", "in_statement"), ("التدخل الأجنبي", "lavrov", "negative", "in_statement")]
    # a sentence placing his statement: the welcome after the comma is his
    text = "قال لافروف إن الحوار مستمر. وجاء ذلك خلال لقائه بوزير الخارجية الليبي، مرحبا بالاتفاق."
    assert rows(text, lexicon, date="2020") == [
        ("قال", "lavrov", "neutral", "after_verb"), ("وجاء ذلك", "lavrov", "neutral", "placed"),
        ("مرحبا", "lavrov", "positive", "in_statement")]
    # a full stop ends the statement: the narration after it keeps the article's voice (and a
    # word only someone says, التدخل الأجنبي, is nobody's there)
    text = "وقال لافروف إن الوضع في ليبيا صعب. ونرفض التدخل الأجنبي."
    assert rows(text, lexicon, date="2020")[1:] == [("ونرفض", "(article)", "negative", "article")]


def test_a_third_person_perfect_with_a_pronoun_is_not_the_first_person():
    from analysis.extract.person import first_person
    # نقلتهم (she moved them): the listed نقلت with هم after it, not «we»
    assert not first_person("نقلتهم", "نقلت")
    assert first_person("ننقل", "نقلت") and first_person("ونرفض", "رفض") and first_person("رفضنا", "رفض")


def test_a_statement_of_a_titled_person_after_a_sourcing_phrase_is_his(lexicon):
    # وفقاً لتصريح الرئيس فلاديمير بوتين: the title between the statement and the name left the
    # whole phrase an unnamed source («تصريح الرئيس فلاديمير بوتين»)
    text = "وأكد أن المقاتلين الروس هناك لا يتلقون أموالا من الدولة، وفقاً لتصريح الرئيس فلاديمير بوتين."
    assert scored_statements(text, lexicon, date="2020-06") == [("putin", "neutral", "source")]


def test_a_speaker_written_again_with_other_diacritics_is_one_speaker(lexicon):
    # معلّى, then معلى: the Stances page grouped them as two speakers; the name as first written holds
    text = "قال المحلل السياسي مروان معلّى إن روسيا تريد قاعدة. وقال مروان معلى إن الوضع معقد."
    assert rows(text, lexicon) == [
        ("قال", "مروان معلّى", "neutral", "unlisted"), ("وقال", "مروان معلّى", "neutral", "unlisted"),
        ("معقد", "مروان معلّى", "negative", "in_statement")]


def test_an_unnamed_title_ends_before_the_verbs_complement(lexicon):
    # The speaker was shown as «الوزير بالانتخابات لكنه» and «الوزير جميع الأطراف الليبية إلى …»:
    # ب after a definite title, a quantifier and لكنه open what the verb takes, not the title
    text = "ورحب الوزير بالانتخابات لكنه أبدى تحفظا على موعدها."
    assert statements(text, lexicon)[0] == ("ورحب", "الوزير", "positive", "unnamed")
    text = "ودعا الوزير جميع الأطراف الليبية إلى الحوار."
    assert statements(text, lexicon) == [("ودعا", "الوزير", "neutral", "unnamed")]
    text = "ودعا المجلس كافة الأطراف إلى الحوار."
    assert statements(text, lexicon) == [("ودعا", "المجلس", "neutral", "unlisted")]
    # a title's own ب before the name read on is kept: the expert speaks, by name
    text = "وقال الخبير بشؤون الشرق الأوسط أليكسي كليبنيكوف إن موسكو حذرة."
    assert statements(text, lexicon) == [("وقال", "khlebnikov", "neutral", "after_verb")]


def test_the_accusative_of_a_common_word_after_a_verb_is_no_speaker(lexicon):
    # «شكوكا» was an unlisted speaker of أبدى; the minister before it speaks again
    text = "ورحب الوزير بالانتخابات لكنه أبدى شكوكا في نتائجها."
    assert [row[1] for row in statements(text, lexicon)] == ["الوزير", "الوزير"]
    # a given name in ـا with a surname after it is a name: إيرينا أندريانوفا speaks
    text = "وقد أعلنت إيرينا أندريانوفا، مديرة الإعلام في الوزارة، أن الأجواء مفتوحة."
    assert statements(text, lexicon) == [("أعلنت", "إيرينا أندريانوفا", "neutral", "unlisted")]


def test_a_city_or_body_in_construct_with_a_title_says_whose_office_speaks(lexicon):
    # سفير موسكو is Russia's ambassador, عميد بلدية مصراتة the mayor: the office speaks, not the city
    text = "وقال سفير موسكو لدى طرابلس إن بلاده تدعم الحوار."
    assert statements(text, lexicon, date="2023") == [("وقال", "سفير موسكو لدى طرابلس", "neutral", "unnamed")]
    text = "وقال عميد بلدية مصراتة إن المدينة آمنة."
    assert statements(text, lexicon, date="2023") == [("وقال", "عميد بلدية مصراتة", "neutral", "unnamed")]
    # the city alone as subject still speaks for its government
    assert statements("وقالت موسكو إن الحوار ضروري.", lexicon)[0][1] == "moscow"
    # so does a body's office nobody listed: the force's commander, not the force
    text = "وقال قائد قوات الدعم السريع إن الهدنة صامدة."
    assert statements(text, lexicon, date="2023") == [("وقال", "قائد قوات الدعم السريع", "neutral", "unnamed")]


def test_an_outlet_behind_li_ends_an_unnamed_speaker(lexicon):
    # «مسؤول في وزارة الخارجية الروسية لوكالة سبوتنيك» was the speaker: the agency is whom he told
    text = "وقال مسؤول في وزارة الخارجية الروسية لوكالة سبوتنيك إن موسكو لم تتلق أي طلب."
    assert statements(text, lexicon)[0] == ("وقال", "مسؤول في وزارة الخارجية الروسية", "neutral", "unnamed")
    # a report's ل names its issuer, who speaks
    assert statements("وأشار تقرير لوكالة رويترز إلى أن النفوذ الروسي يتزايد.", lexicon)[0][1] == "reuters"


def test_a_noun_in_construct_with_an_actor_after_a_definite_title_is_the_verbs_object(lexicon):
    # ثمن read as the verb needs a definite object after its subject; «الوزير جهود روسيا» had been
    # read as one title, so no object followed and ثمن was «price»: the minister praises
    text = "وثمن الوزير جهود روسيا في دعم الاستقرار."
    assert statements(text, lexicon)[0] == ("وثمن", "الوزير", "positive", "unnamed")
    # a given name after a definite title still opens the holder's name (جوناثان, given_names.txt)
    text = "وأكد السفير البريطاني جوناثان آلن أن الوضع صعب."
    assert statements(text, lexicon) == [("وأكد", "جوناثان آلن", "neutral", "unlisted")]
