from analysis.extract.pipeline import analyze

from conftest import scored_statements, snippet


def mentions(text, lexicon, date="2024"):
    frame = analyze([snippet(text, date=date)], lexicon).mentions
    return [(row.actor_id, row.actor_name, row.match_kind, row.start, row.end) for row in frame.itertuples()]


def test_a_person_after_a_title_is_a_mention_named_as_written(lexicon):
    text = "وقال الخبير العسكري محمد القرقني إن القوات تقدمت."
    # وقال(0-4) الخبير(5-11) العسكري(12-19) محمد(20-24) القرقني(25-32)
    assert mentions(text, lexicon) == [("unlisted:محمد القرقني", "محمد القرقني", "unlisted", 20, 32)]


def test_the_same_person_has_one_id_across_spellings_of_alef(lexicon):
    # A title word that designates nobody (the Turkish foreign minister of 2024 is Hakan Fidan)
    first = mentions("وقال الدبلوماسي التركي أرطغرل كاراطاش أوغلو إن بلاده لن تنسحب.", lexicon)
    second = mentions("وصرح الدبلوماسي التركي أرطغرل كاراطاش اوغلو بأن الحوار ممكن.", lexicon)
    assert [m[0] for m in first] == [m[0] for m in second] == ["unlisted:ارطغرل كاراطاش اوغلو"]


def test_a_known_holder_after_a_title_is_not_unlisted(lexicon):
    found = mentions("وقال نائب وزير الخارجية الروسي ميخائيل بوغدانوف إن موسكو تدعم الحوار.", lexicon, date="2020")
    assert [m[0] for m in found] == ["bogdanov", "moscow"]


def test_a_common_word_after_a_title_is_not_a_name(lexicon):
    # مندوب مصر مطالبة بلاده: the envoy conveys his country's demand
    found = mentions("ونقل مندوب مصر مطالبة بلاده بخروج المرتزقة.", lexicon)
    assert [m[0] for m in found] == ["egypt"]


def test_the_real_people_once_used_as_examples_of_the_unlisted_are_listed(lexicon):
    expert = "وقال الخبير العسكري عادل عبد الكافي إن القوات تقدمت."
    # وقال(0-4) الخبير(5-11) العسكري(12-19) عادل(20-24) عبد(25-28) الكافي(29-35)
    assert mentions(expert, lexicon) == [("abdelkafi", "Adel Abdel Kafi", "name", 20, 35)]
    turkish = "وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده لن تنسحب."
    # وقال(0-4) وزير(5-9) الخارجية(10-18) التركي(19-25) مولود(26-31) جاويش(32-37) أوغلو(38-43)
    assert mentions(turkish, lexicon, date="2019") == [("cavusoglu", "Mevlüt Çavuşoğlu", "title+name", 5, 43)]
    # After June 2023 the title is Hakan Fidan's, but the name right beside it says who is meant:
    # one mention of Çavuşoğlu, title and name, and none of Fidan.
    assert mentions(turkish, lexicon, date="2024") == [("cavusoglu", "Mevlüt Çavuşoğlu", "title+name", 5, 43)]
    tunisian = "ورحب الرئيس التونسي قيس سعيد بالاتفاق."
    # ورحب(0-4) الرئيس(5-11) التونسي(12-19) قيس(20-23) سعيد(24-28)
    assert mentions(tunisian, lexicon, date="2021") == [("saied", "Kais Saied", "title+name", 5, 28)]
    oil = "وأعلن وزير النفط والغاز بحكومة الوحدة الوطنية محمد عون استئناف الإنتاج."
    # وأعلن(0-5) وزير(6-10) النفط(11-16) والغاز(17-23) بحكومة(24-30) الوحدة(31-37) الوطنية(38-45)
    # محمد(46-50) عون(51-54): the minister, and inside his title the government.
    assert mentions(oil, lexicon, date="2022") == [
        ("aoun", "Mohamed Aoun", "title+name", 6, 54),
        ("gnu", "Government of National Unity", "name", 24, 45),
    ]
    assert mentions("واستقبل المشير عبد الرازق الناظوري وفدا عسكريا.", lexicon) == [
        # واستقبل(0-7) المشير(8-14) عبد(15-18) الرازق(19-25) الناظوري(26-34)
        ("nadhuri", "Abdulrazek al-Nadhuri", "name", 15, 34),
    ]


def test_a_body_named_after_a_title_stays_out_of_the_holders_name(lexicon):
    text = "وقال الباحث في معهد كارنيغي علي يركس إن الحرب ستطول."
    assert mentions(text, lexicon) == [("unlisted:علي يركس", "علي يركس", "unlisted", 28, 36)]


def test_a_body_named_after_a_title_stays_out_of_a_name_whose_given_name_is_unlisted(lexicon):
    # وقال(0-4) الباحث(5-11) في(12-14) معهد(15-19) كارنيغي(20-27) يزيد(28-32) صايغ(33-37)
    text = "وقال الباحث في معهد كارنيغي يزيد صايغ إن الحرب ستطول."
    assert mentions(text, lexicon) == [("unlisted:يزيد صايغ", "يزيد صايغ", "unlisted", 28, 37)]


def test_a_given_name_alone_after_a_title_is_a_mention(lexicon):
    # وقال(0-4) الوزير(5-11) علي(12-15)
    assert mentions("وقال الوزير علي إن الحوار مستمر.", lexicon) == [("unlisted:علي", "علي", "unlisted", 12, 15)]
    # وقالت(0-5) الباحثة(6-13) أمل(14-17) قاسم(18-22)
    assert mentions("وقالت الباحثة أمل قاسم إن الاتفاق هش.", lexicon) == [("unlisted:امل قاسم", "أمل قاسم", "unlisted", 14, 22)]


def test_a_given_name_that_is_also_a_word_is_a_name_only_before_a_family_name(lexicon):
    text = "وقالت الباحثة منى الشريف إن الاتفاق هش."
    assert mentions(text, lexicon) == [("unlisted:مني الشريف", "منى الشريف", "unlisted", 14, 24)]
    # مني written with ي is "from me", and a pronoun object is no one's name
    assert mentions("وطلب الوزير مني الحضور إلى الاجتماع.", lexicon) == []


def test_a_name_right_after_a_definite_object_behind_li_is_the_holders(lexicon):
    # للاستثمار is definite and takes no noun in construct: خالد opens the chairman's name
    # وقال(0-4) رئيس(5-9) الهيئة(10-16) العامة(17-23) للاستثمار(24-33) خالد(34-38) الورفلي(39-46)
    text = "وقال رئيس الهيئة العامة للاستثمار خالد الورفلي إن الاستثمار سيعود."
    assert mentions(text, lexicon) == [("unlisted:خالد الورفلي", "خالد الورفلي", "unlisted", 34, 46)]


def test_a_noun_with_a_pronoun_ends_an_unlisted_name(lexicon):
    # قوله (his saying) after a relayed name is no part of it (a name one letter off the listed
    # Yakunin's, ياكوبين, would now be his: test_a_listed_persons_name_one_letter_off_is_that_person)
    # ونقلت(0-5) وكالة(6-11) رويترز(12-18) عن(19-21) رئيس(22-26) الشركة(27-33) فلاديمير(34-42) سوروكين(43-50)
    text = "ونقلت وكالة رويترز عن رئيس الشركة فلاديمير سوروكين قوله إن العمل مستمر."
    found = [row for row in mentions(text, lexicon, date="2011") if row[0].startswith("unlisted:")]
    assert found == [("unlisted:فلاديمير سوروكين", "فلاديمير سوروكين", "unlisted", 34, 50)]


def test_a_person_who_speaks_to_an_outlet_right_after_his_name_is_still_a_mention(lexicon):
    # The outlet behind ل is whom he spoke to, not more of his name (unlike the listed سيالة
    # after the given names محمد طه).
    text = "وقال الخبير العسكري سالم الورفلي لقناة الجزيرة إن المرتزقة يجب أن يغادروا."
    # وقال(0-4) الخبير(5-11) العسكري(12-19) سالم(20-24) الورفلي(25-32) لقناة(33-38) الجزيرة(39-46)
    found = mentions(text, lexicon)
    assert found[0] == ("unlisted:سالم الورفلي", "سالم الورفلي", "unlisted", 20, 32)
    assert [m[0] for m in found] == ["unlisted:سالم الورفلي", "aljazeera"]


def test_a_given_name_opening_with_kaf_is_a_name_not_a_preposition(lexicon):
    # كمال is not ك + مال (money): the analyst's name follows his title and qualifier
    text = "وقال المحلل السياسي كمال المرعاش إن الحل سياسي."
    # وقال(0-4) المحلل(5-11) السياسي(12-19) كمال(20-24) المرعاش(25-32)
    assert mentions(text, lexicon) == [("unlisted:كمال المرعاش", "كمال المرعاش", "unlisted", 20, 32)]
    stance = analyze([snippet(text, date="2024")], lexicon).stances.iloc[0]
    assert (stance.speaker_name, stance.attribution) == ("كمال المرعاش", "unlisted")


def test_a_preposition_noun_and_pronoun_after_a_title_is_no_name(lexicon):
    # لمنصب رئيس ليبيا في الرسالة لاعتقاده: ل + اعتقاد + ه (because he believed), not a holder
    text = "ولم يطرح مسألة ترشحه لمنصب رئيس ليبيا في الرسالة لاعتقاده أنه من السابق لأوانه."
    frame = analyze([snippet(text)], lexicon).mentions
    assert frame["actor_id"].tolist() == ["libya"]


def test_no_name_is_read_past_the_body_a_title_heads(lexicon):
    # لرئيس شركة "تاتنفت" قدم عرضا توضيحيا: after the company, قدم opens the clause; توضيحيا
    # (explanatory) is no holder's name
    text = 'وأشار إلى أن النائب الأول لرئيس شركة "تاتنفت" قدم عرضا توضيحيا عن خبرة الشركة.'
    frame = analyze([snippet(text)], lexicon).mentions
    assert frame["actor_id"].tolist() == ["tatneft", "tatneft"]


def test_a_company_nested_in_a_title_phrase_and_a_nisba_after_a_title_are_no_names(lexicon):
    # النائب الأول لرئيس شركة "تاتنفت" رستم مينيخانوف: تاتنفت is the company inside the holder's title
    text = 'ناقش الوزير مع النائب الأول لرئيس شركة "تاتنفت" رستم مينيخانوف سبل التعاون.'
    frame = analyze([snippet(text)], lexicon).mentions
    assert [(row.actor_id, row.nested) for row in frame.itertuples()] == [("tatneft", True), ("minnikhanov", False)]
    # أول سفير سوفييتي: an adjective of the title, no person; a name after a title still is one
    assert analyze([snippet("حينما قدم أول سفير سوفييتي إلى ليبيا أوراق اعتماده.")], lexicon).mentions["actor_id"].tolist() == ["libya"]
    assert analyze([snippet("وقال الخبير العسكري سالم الورفلي إن الوضع صعب.")], lexicon).mentions["actor_id"].tolist() == [
        "unlisted:سالم الورفلي"]


def test_the_preposition_ala_before_a_listed_family_name_is_no_other_bearer(lexicon):
    # للتأثير على حفتر: على (on) normalises to علي (Ali), yet it is the preposition; the mention
    # is Haftar's, and the statement Lavrov's
    text = "وقال الوزير سيرغي لافروف إن موسكو لا تؤيد خطوات المشير وليس لديها أدوات للتأثير على حفتر حاليا."
    assert [m[:3] for m in mentions(text, lexicon, date="2017")] == [
        ("lavrov", "Sergey Lavrov", "name"), ("moscow", "Moscow", "name"), ("haftar_khalifa", "Khalifa Haftar", "name")]
    assert scored_statements(text, lexicon, date="2017") == [("lavrov", "negative", "after_verb")]
    # written with ي it is the given name of another bearer of the family name
    found = mentions("وقال الوزير سيرغي لافروف إنه التقى علي حفتر في موسكو.", lexicon, date="2017")
    assert [m[0] for m in found] == ["lavrov", "unlisted:علي حفتر", "moscow"]


def test_a_given_name_the_word_list_counts_as_a_word_opens_the_name_after_a_title(lexicon):
    # مروان and فادي are in common_words.txt; before, the speaker was the whole title phrase,
    # unnamed («المحلل السياسي الليبي مروان القماطي»), and no mention was made
    text = "وقال المحلل السياسي الليبي مروان القماطي إن النفوذ الروسي خطير."
    assert mentions(text, lexicon) == [("unlisted:مروان القماطي", "مروان القماطي", "unlisted", 27, 40)]
    assert scored_statements(text, lexicon) == [("مروان القماطي", "negative", "unlisted")]
    text = "وحذر الخبير العسكري فادي البرعصي من أن النفوذ الروسي يتنامى."
    assert scored_statements(text, lexicon) == [("فادي البرعصي", "negative", "unlisted")]


def test_a_former_title_names_nobody_at_the_articles_date(lexicon):
    # الرئيس الأمريكي السابق in 2021 is not the president of 2021: the name after it speaks, and
    # alone the title is an unnamed speaker, no mention
    text = "وانتقد الرئيس الأمريكي السابق دونالد ترامب الوجود الروسي في ليبيا."
    assert [m[:3] for m in mentions(text, lexicon, date="2021-03")] == [
        ("trump", "Donald Trump", "name"), ("libya", "Libya", "name")]
    assert scored_statements(text, lexicon, date="2021-03") == [("trump", "negative", "after_verb")]
    text = "وانتقد وزير الخارجية الروسي الأسبق الوجود الأمريكي في ليبيا."
    assert [m[0] for m in mentions(text, lexicon, date="2021-03")] == ["libya"]
    assert scored_statements(text, lexicon, date="2021-03") == [("وزير الخارجية الروسي الأسبق", "negative", "unnamed")]
    # without it, the title is its holder's
    text = "وانتقد وزير الخارجية الروسي الوجود الأمريكي في ليبيا."
    assert scored_statements(text, lexicon, date="2021-03") == [("lavrov", "negative", "after_verb")]


def test_a_specialist_is_a_title_before_his_name_in_apposition(lexicon):
    # المختص was no title: the speaker was the unnamed «المختص في الشأن الليبي», not the name
    # set off by commas after its qualifiers
    text = "قال المختص في الشأن الليبي، سامي الزنتاني، إن وجود القوات الروسية في الجنوب يتوسع."
    assert scored_statements(text, lexicon) == [("سامي الزنتاني", "neutral", "unlisted")]
    assert [m[0] for m in mentions(text, lexicon)] == ["unlisted:سامي الزنتاني", "russian_armed_forces"]


def test_a_listed_persons_name_one_letter_off_is_that_person(lexicon):
    # An extra letter in the family name (فالدهاومسر for فالدهاوسر) after a title that is not his:
    # the speaker and the mention are the listed Waldhauser, the words as written
    text = "وقال الجنرال الأمريكي توماس فالدهاومسر للصحفيين إن الوضع في ليبيا يتدهور."
    # وقال(0-4) الجنرال(5-12) الأمريكي(13-21) توماس(22-27) فالدهاومسر(28-38)
    assert ("waldhauser", "Thomas Waldhauser", "variant", 22, 38) in mentions(text, lexicon)
    assert scored_statements(text, lexicon)[0][::2] == ("waldhauser", "after_verb")
    # a patronymic between, and the family name's first vowel written otherwise (مولوتكوف)
    text = "وأدان السفير الروسي أيفان نيكلايفتش مالوتكوف الهجوم على السفارة."
    assert scored_statements(text, lexicon, date="2014") == [("molotkov", "negative", "after_verb")]


def test_a_name_spelt_near_a_listed_one_with_another_given_name_stays_unlisted(lexicon):
    # Another given name (أندريه, not إيفان): another man, whatever his family name is like
    text = "وأدان الخبير الروسي أندريه مالوتكوف الهجوم على السفارة."
    assert scored_statements(text, lexicon) == [("أندريه مالوتكوف", "negative", "unlisted")]
    assert [m[0] for m in mentions(text, lexicon)] == ["unlisted:اندريه مالوتكوف"]
