"""Fixes of the speaker failures a fifth fresh tester (qa34) found, on sentences written for these
tests: verbs of thanking, wishing, condemning and praising that open a statement with their subject,
the edges of an unnamed or unlisted speaker's span, unlisted names, listed people by their family
name alone, and a narrated question's answer."""

from conftest import scored_statements


def test_verbs_of_thanking_wishing_condemning_and_praising_open_a_statement(lexicon):
    # وشكر X روسيا، وتمنى X أن، وشجب X الهجمات، وامتدح X المبادرة: the verb's subject holds the
    # stance, as after أثنى or شكرت (holder `subject` in data/cues.csv), not only a fronted subject
    cases = [("وشكر المنفي الجزائر على استضافتها اجتماع دول الجوار.", [("menfi", "positive", "after_verb")]),
             ("وشجب الاتحاد الأفريقي قصف الأحياء السكنية في الخرطوم.", [("au", "negative", "after_verb")]),
             ("وتمنى سفير تونس لدى طرابلس أن تنجح الانتخابات البلدية.",
              [("سفير تونس لدى طرابلس", "positive", "unnamed")]),
             ("وامتدح الكاتب المصري رشيد بوعزة أداء المنتخب في البطولة.",
              [("رشيد بوعزة", "positive", "unlisted")]),
             ("وامتدحت وزيرة الخارجية الليبية نجلاء المنقوش دور روسيا.", [("mangoush", "positive", "after_verb")])]
    for text, expected in cases:
        assert scored_statements(text, lexicon, date="2022-06-01") == expected, text


def test_an_unnamed_or_unlisted_speaker_ends_where_the_verbs_complement_starts(lexicon):
    # the body's or the title's span stops before ب (its complement), ل and the ones told
    # (language/addressed.txt), a feminine plural that qualifies no singular head (its object) and a
    # definite noun after a place's name with no article (عميد بلدية غات الجهود)
    cases = [("ورحبت وزارة الخارجية العمانية بالهدنة المعلنة في اليمن.",
              [("وزارة الخارجية العمانية", "positive", "unlisted")]),
             ("وتحدث وزير الصحة الأردني للصحفيين عن حملة التطعيم الجديدة.",
              [("وزير الصحة الأردني", "neutral", "unnamed")]),
             ("وقالت وزارة الداخلية للصحافيين إن الطريق آمن.", [("وزارة الداخلية", "neutral", "unlisted")]),
             ("وانتقد وزير التعليم المنظمات النقابية بسبب الإضراب.", [("وزير التعليم", "negative", "unnamed")]),
             ("وناشد رئيس المجلس المحلي في الكفرة المنظمات الإنسانية مساعدة النازحين.",
              [("رئيس المجلس المحلي في الكفرة", "neutral", "unnamed")]),
             ("وثمن عميد بلدية نالوت الجهود المبذولة لإعادة فتح المعبر.", [("عميد بلدية نالوت", "positive", "unnamed")]),
             ("وأشاد عميد بلدية نالوت بالجهود المبذولة لإعادة فتح المعبر.", [("عميد بلدية نالوت", "positive", "unnamed")])]
    for text, expected in cases:
        assert scored_statements(text, lexicon, date="2023-03-01") == expected, text


def test_a_states_adjective_ends_a_bodys_name_and_a_city_after_an_unlisted_title_is_its_genitive(lexicon):
    # وأكدت الخارجية المغربية: the state's adjective says whose ministry it is; رئيس غرفة تجارة
    # مصراتة: the city ends the chain of nouns in construct with the title, and the title speaks
    assert scored_statements("وأكدت الخارجية المغربية أن المملكة تدعم الحوار.", lexicon,
                             date="2023-03-01") == [("الخارجية المغربية", "positive", "unlisted")]
    assert scored_statements("وأعرب رئيس غرفة تجارة مصراتة عن قلقه من ارتفاع الأسعار.", lexicon,
                             date="2023-03-01") == [("رئيس غرفة تجارة مصراتة", "negative", "unnamed")]
    # a name after the chain is still the holder's
    assert scored_statements("وقال رئيس غرفة تجارة مصراتة سالم الرعيض إن الأسعار مستقرة.", lexicon,
                             date="2023-03-01") == [("سالم الرعيض", "neutral", "unlisted")]


def test_a_genitive_behind_lam_belongs_to_the_bodys_name(lexicon):
    # المجلس الأعلى لقبائل ورشفانة، رئيس الاتحاد العام لنقابات عمال ليبيا: ل and an indefinite noun
    # ending in a definite word or a listed place is part of the body's name (the one the title
    # heads); an outlet behind ل is whom it spoke to (لوكالة سبوتنيك)
    cases = [("ورفض المجلس الأعلى لقبائل ورفلة نتائج المؤتمر.",
              [("المجلس الأعلى لقبائل ورفلة", "negative", "unlisted")]),
             ("وقالت الهيئة الوطنية لحقوق الإنسان إن الاعتقالات تعسفية.",
              [("الهيئة الوطنية لحقوق الإنسان", "negative", "unlisted")]),
             ("وأعرب رئيس الاتحاد العام لنقابات عمال تونس عن قلقه من البطالة.",
              [("رئيس الاتحاد العام لنقابات عمال تونس", "negative", "unnamed")]),
             ("وقالت الوزارة لوكالة سبوتنيك إن الطريق مفتوح.", [("الوزارة", "neutral", "unlisted")])]
    for text, expected in cases:
        assert scored_statements(text, lexicon, date="2023-03-01") == expected, text


def test_unlisted_names_are_read_whole(lexicon):
    # a family name that is a common word after a compound given name, the clause after it (عبد الله
    # الكبير أن، عبد الرزاق الشريف عن); a family name in ل after a given name before إن (أحمد لنقي);
    # a given name made with الله (جاب الله، عطا الله); مالك as a given name (language/given_names.txt)
    cases = [("واعتبر الباحث الليبي عبد الله الكبير أن الميزانية الموحدة خطوة إيجابية.",
              [("عبد الله الكبير", "positive", "unlisted")]),
             ("وأعرب نقيب المعلمين عبد الرزاق الشريف عن استيائه من تأخر الرواتب.",
              [("عبد الرزاق الشريف", "negative", "unlisted")]),
             ("وقال عضو مجلس الدولة أحمد لنقي إن المجلس يرفض القانون.", [("أحمد لنقي", "negative", "unlisted")]),
             ("وتساءل عضو مجلس النواب عطا الله الشيباني عن مصير أموال الإعمار.",
              [("عطا الله الشيباني", "neutral", "unlisted")]),
             ("وانتقد عضو مجلس السيادة مالك عقار تجاهل العالم لأزمة النازحين.", [("مالك عقار", "negative", "unlisted")])]
    for text, expected in cases:
        assert scored_statements(text, lexicon, date="2023-03-01") == expected, text
    # a definite noun after a compound given name with no clause after it is still the verb's object
    assert scored_statements("وانتقد عبد الله الحكومة بسبب تأخر الرواتب.", lexicon,
                             date="2023-03-01") == [("عبد الله", "negative", "unlisted")]


def test_a_listed_actor_by_a_state_word_an_alias_or_a_bare_family_name(lexicon):
    # دولة الإمارات، دولة قطر: the word for a state before its name; البنك المركزي الليبي: an alias
    # of the central bank (data/aliases.csv)
    assert scored_statements("وأدانت دولة قطر التفجير الذي استهدف سوقا شعبية.", lexicon,
                             date="2024-02-01") == [("qatar", "negative", "after_verb")]
    assert scored_statements("وأعلن البنك المركزي الليبي أن السيولة ستتوفر الأسبوع المقبل.", lexicon,
                             date="2024-02-01") == [("cbl", "neutral", "after_verb")]
    # وحذر حماد من، وأشاد صالح ب: a listed person's family name alone after a verb, his complement
    # right after it; a family name that is also a given name only once the article named him
    text = "واستقبل أسامة حماد وفدا من رجال الأعمال. وحذر حماد من عرقلة مشاريع الإعمار في درنة."
    assert scored_statements(text, lexicon, date="2024-02-01") == [("hamad_osama", "negative", "after_verb")]
    text = "والتقى الوفد عقيلة صالح في القبة. وأشاد صالح بالدعم الروسي للمصالحة."
    assert scored_statements(text, lexicon, date="2021-02-01") == [("saleh_aguila", "positive", "after_verb")]
    # a family name no given name shares is its bearer's at once
    assert scored_statements("وقال زيدان إن الحكومة لن تتفاوض مع المسلحين.", lexicon,
                             date="2013-05-01") == [("zeidan", "neutral", "after_verb")]
    # a given name alone, its bearer not named before, is no listed person
    assert scored_statements("وقال محمد إن الأسعار ارتفعت كثيرا.", lexicon,
                             date="2021-02-01")[0][0] != "faki"


def test_associations_and_unions_speak_under_their_names(lexicon):
    # جمعية، نقابة، رابطة head a body's name (language/institution_heads.txt), and an indefinite noun
    # in construct with the head goes with its definite genitive (جمعية حماية المستهلك)
    cases = [("وانتقدت جمعية حماية المستهلك ارتفاع أسعار الخبز.", [("جمعية حماية المستهلك", "negative", "unlisted")]),
             ("ورفضت نقابة الأطباء قرار تخفيض الأجور.", [("نقابة الأطباء", "negative", "unlisted")]),
             ("ورحبت منظمة حماية الطفولة بقرار المحكمة.", [("منظمة حماية الطفولة", "positive", "unlisted")])]
    for text, expected in cases:
        assert scored_statements(text, lexicon, date="2023-03-01") == expected, text
    # an indefinite adjective after the head is no noun in construct: the definite word after it is the object
    rows = scored_statements("وأدانت منظمة حقوقية الهجوم على المتظاهرين.", lexicon, date="2023-03-01")
    assert len(rows) == 1 and "الهجوم" not in rows[0][0]


def test_the_one_asked_answers(lexicon):
    # وسأل الصحفيون X عن …، فأجاب بأن: the verb of answering with no subject of its own is the
    # answer of the one asked (the phrase after the asker's), not of anyone quoted before
    text = "وسأل الصحفيون المتحدث باسم الجيش عن الهجوم، فأجاب بأن القوات صدته."
    assert scored_statements(text, lexicon, date="2022-05-01") == [("المتحدث باسم الجيش", "neutral", "carried")]
    text = "وسألت الصحيفة الوزير عن خطط الحكومة فأجاب بأن البرنامج سيعلن قريبا."
    assert scored_statements(text, lexicon, date="2022-05-01") == [("الوزير", "neutral", "carried")]
    text = "وسأل الصحفيون بيسكوف عن الانتخابات الليبية، فأجاب بأن موسكو تتابعها."
    assert scored_statements(text, lexicon, date="2022-05-01") == [("peskov", "neutral", "carried")]
    # a definite title after a definite unnamed subject is the verb's object
    assert [row[0] for row in scored_statements("وانتقدت المصادر الوزير بسبب تصريحاته.", lexicon,
                                                date="2022-05-01")] == ["المصادر"]
