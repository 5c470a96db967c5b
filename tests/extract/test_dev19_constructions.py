"""Attribution read from eval/dev19 (Libyan officials and analysts the lexicon lacks, statements
carried over paragraphs), each construction checked on sentences written for the test: the speaker,
the polarity and the rule that found the speaker."""

from conftest import scored_statements


def statements(text, lexicon, date="2019"):
    return scored_statements(text, lexicon, date=date)


def test_a_title_spelt_with_ya_announces_the_name_after_it(lexicon):
    # الديبلوماسي for الدبلوماسي: the name after it speaks, not the bare title
    text = 'وقال الديبلوماسي الليبي السابق كمال الورفلي: "نرفض التدخل الأجنبي في بلادنا".'
    assert statements(text, lexicon) == [("كمال الورفلي", "negative", "unlisted")]


def test_a_participle_of_adducing_opening_a_sentence_goes_on_with_the_speaker(lexicon):
    # مدللا على ذلك: the analyst gives his evidence in a sentence of its own
    text = ("قال الخبير كمال الورفلي إن روسيا تدعم الحوار. "
            "مدللا على ذلك بترحيب موسكو بالاتفاق.")
    assert statements(text, lexicon) == [
        ("كمال الورفلي", "positive", "unlisted"), ("كمال الورفلي", "positive", "carried")]


def test_a_continuing_verb_and_a_comma_open_the_words_said(lexicon):
    # وأكمل، روسيا رفضت: the analyst goes on, Russia is what he speaks of, not a speaker
    text = ("قال الخبير العسكري كمال الورفلي إن الوضع معقد. "
            "وأكمل، روسيا رفضت التعاون مع الحكومة.")
    assert statements(text, lexicon) == [
        ("كمال الورفلي", "negative", "unlisted"), ("كمال الورفلي", "negative", "carried")]
    text = ("قال الخبير العسكري كمال الورفلي إن الوضع معقد. "
            "وأضاف، موسكو تنفي هذه التقارير.")
    assert statements(text, lexicon) == [
        ("كمال الورفلي", "negative", "unlisted"), ("كمال الورفلي", "negative", "carried")]


def test_a_name_set_off_by_commas_after_a_continuing_verb_still_speaks(lexicon):
    text = ("قال الخبير العسكري كمال الورفلي إن الوضع معقد. "
            "وأضاف، جمال السويحلي، إن موسكو تنفي هذه التقارير.")
    assert statements(text, lexicon) == [
        ("كمال الورفلي", "negative", "unlisted"), ("جمال السويحلي", "negative", "unlisted")]


def test_a_given_name_that_is_also_a_word_starts_a_name_after_a_title(lexicon):
    # شريف (noble), صلاح (reform): common words, but after a title and its comma a given name
    text = "أكد مدير المركز الليبي للدراسات الأمنية، شريف الزنتاني، أن الوضع معقد."
    assert statements(text, lexicon) == [("شريف الزنتاني", "negative", "unlisted")]
    text = "وقال المحلل السياسي صلاح المبروك إن موسكو تدعم الحوار."
    assert statements(text, lexicon) == [("صلاح المبروك", "positive", "unlisted")]


def test_a_compound_family_name_spaced_otherwise_is_the_same_man(lexicon):
    # شريف عبدالله, then عبد الله with a space: one analyst, named in full
    text = ("قال الخبير العسكري شريف عبدالله إن روسيا لن تتخلى عن نفوذها. "
            "وأشار عبد الله، إلى أن موسكو تدعم الحوار.")
    assert statements(text, lexicon) == [
        ("شريف عبدالله", "neutral", "unlisted"), ("شريف عبدالله", "positive", "unlisted")]


def test_members_of_parliament_as_a_subject_are_a_group_not_the_minister_before(lexicon):
    # وأشار النواب: the MPs answer the minister; they never carry his statement on
    text = ("وقال لافروف إن القوات جاءت بطلب من البرلمان. "
            "وأشار النواب إلى أن هذا التصريح مرفوض.")
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb"), ("النواب", "negative", "unnamed")]
    text = "وقال نواب ليبيون إن هذا التصريح مرفوض."
    assert statements(text, lexicon) == [("نواب ليبيون", "negative", "unnamed")]


def test_a_title_after_a_name_describes_that_man_not_the_title_s_holder(lexicon):
    # محمد الدايري وزير خارجية ليبيا: in 2019 the title alone would be Siala; here it is al-Dairi's
    text = "وأكد مصدر مطلع أن محمد الدايري وزير خارجية ليبيا أعلن رفضه للتدخل الأجنبي."
    found = statements(text, lexicon)
    assert ("dairi", "negative", "before_verb") in found
    assert all(speaker != "siala" for speaker, _, _ in found)


def test_a_report_published_by_an_outlet_in_quotes_is_the_outlet_s(lexicon):
    # تقرير نشره موقع “…”: the site nobody listed speaks, named with its quoted name
    text = "كشف تقرير نشره موقع “الراصد” الأميركي عن استمرار التحضيرات الروسية."
    assert statements(text, lexicon) == [("موقع الراصد الأميركي", "neutral", "unlisted")]


def test_drawing_someone_s_attention_is_no_speech(lexicon):
    # يلفت انتباه واشنطن: Moscow's role draws attention; nobody speaks, Moscow least of all
    text = ("قال الخبير العسكري كمال الورفلي إن الوضع معقد. "
            "ويبدو أن دور موسكو يلفت انتباه واشنطن.")
    assert statements(text, lexicon) == [("كمال الورفلي", "negative", "unlisted")]
    # drawing attention to something is speech
    text = ("قال الخبير العسكري كمال الورفلي إن الوضع معقد. "
            "ولفت انتباه الحضور إلى أن موسكو تدعم الحوار.")
    assert statements(text, lexicon)[1] == ("كمال الورفلي", "positive", "carried")


def test_an_actor_in_the_genitive_of_a_mute_head_is_no_subject(lexicon):
    # أن دور موسكو يؤكد: the role shows it; nobody speaks, Moscow least of all
    assert statements("ويبدو أن دور موسكو يؤكد أهمية الحوار.", lexicon) == []


def test_a_noun_of_speech_that_a_verb_of_speech_takes_as_object_is_no_statement(lexicon):
    # أدانوا فيه تصريحات الوزير: the minister's words are condemned, he says nothing here
    text = "وقع 25 عضوا بالمجلس الأعلى، بيانا موحدا، انتقدوا فيه تصريحات وزير الخارجية الروسي سيرغي لافروف."
    assert all(speaker != "lavrov" for speaker, _, _ in statements(text, lexicon))
    # with no verb before it, the noun still names its speaker
    assert statements("وتنطوي تصريحات لافروف على مخاوف.", lexicon) == [("lavrov", "negative", "speech_noun")]


def test_the_agency_named_again_is_the_one_that_relayed_not_its_sources(lexicon):
    # ذكرت وكالة … نقلا عن مصادر … وأضافت الوكالة: the agency goes on, not the sources it quoted
    text = ("ذكرت وكالة أنباء روسية نقلا عن مصادر في السفارة الليبية أن الوزير سيصل إلى موسكو. "
            "وأضافت الوكالة أن الوزير يخطط لإجراء محادثات مع لافروف.")
    assert statements(text, lexicon) == [
        ("مصادر في السفارة الليبية", "neutral", "unnamed"), ("وكالة أنباء روسية", "neutral", "same_source")]
    # the same after a verb of relaying: نقلت صحيفة “…” عن مصادر
    text = ("نقلت صحيفة “الراصد” عن مصادر مطلعة أن الوزير سيصل إلى موسكو. "
            "وأضافت الصحيفة أن الوزير يخطط لإجراء محادثات مع لافروف.")
    assert statements(text, lexicon) == [
        ("مصادر مطلعة", "neutral", "unnamed"), ("صحيفة الراصد", "neutral", "same_source")]


def test_the_house_s_spokesman_by_his_title_is_belhaq_not_the_house(lexicon):
    # وقال المتحدث باسم مجلس النواب الليبي، إن: the spokesman speaks, the House is his title's body
    text = "وقال المتحدث باسم مجلس النواب الليبي، إن إيطاليا ارتكبت أخطاء كثيرة."
    assert statements(text, lexicon, date="2017") == [("belhaq", "negative", "after_verb")]


def test_a_source_verb_with_b_fused_to_its_noun_is_the_source_cue_with_fi(lexicon):
    # dev19 (وجاء بالتقرير …): «جاء ب» + a definite noun is «جاء في»; the report goes on speaking
    # (a report's مرتزقة is its label, no charge: neutral, polarity convention 4, pol34)
    text = ("وكشف تقرير سري للأمم المتحدة أن مرتزقة فاغنر ينتشرون في ليبيا. "
            "وجاء بالتقرير المؤلف من 50 صفحة أن الشركة نشرت قناصة.")
    assert statements(text, lexicon) == [
        ("تقرير سري للأمم المتحدة", "neutral", "unnamed"), ("تقرير سري للأمم المتحدة", "neutral", "title_anaphora")]
    # a definite document after a statement: its issuer's (as وجاء في البيان)
    text = "وأصدرت الخارجية الروسية بيانا. وجاء بالبيان أن موسكو ترحب بالاتفاق."
    assert statements(text, lexicon) == [("russia_mfa", "positive", "document")]
    # جاء with another ب (at the same time as) sources nothing
    text = "وقال لافروف إن موسكو تدعم الحوار. وجاء بالتزامن مع زيارته إعلان عن اتفاق جديد."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
