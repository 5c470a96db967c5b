from analysis.extract.pipeline import analyze

from conftest import SEED_2017, SEED_2024, snippet


def stances(text, lexicon, date="2024"):
    frame = analyze([snippet(text, date=date)], lexicon).stances
    return [(row.cue, row.speaker_id, row.polarity, row.attribution) for row in frame.itertuples()]


def seed_rows(frames, doc_id, sentence_id):
    rows = frames.stances[(frames.stances["doc_id"] == doc_id) & (frames.stances["sentence_id"] == sentence_id)]
    return [(row.cue, row.speaker_id, row.polarity, row.target, row.quote, row.attribution) for row in rows.itertuples()]


def test_verb_subject(lexicon):
    # معقد (complicated) is an evaluation of the speaker's: issue #9's broader vocabulary
    assert stances("وقال لافروف إن الوضع في ليبيا معقد.", lexicon) == [
        ("وقال", "lavrov", "neutral", "after_verb"), ("معقد", "lavrov", "negative", "in_statement"),
    ]


def test_subject_verb_after_inna(lexicon):
    # (البيان with nobody named before it names nobody: no statement of its own)
    assert stances("وأوضح البيان أن لافروف أكد دعم بلاده للبعثة الأممية.", lexicon) == [
        ("أكد", "lavrov", "neutral", "before_verb"), ("دعم", "lavrov", "positive", "in_statement"),
    ]


def test_title_instead_of_a_name(lexicon):
    # the necessity of dialogue is a call for it, positive (convention 2, _obliges)
    assert stances("وأكد الوزير الروسي على ضرورة الحوار.", lexicon, date="2017-08-14") == [
        ("وأكد", "lavrov", "neutral", "after_verb"),
        ("الحوار", "lavrov", "positive", "in_statement"),
    ]


def test_speaker_carried_over_from_the_previous_sentence(lexicon):
    text = 'وقال حفتر إن الجيش مستعد. وأضاف: "نحن مصممون على مواصلة الكفاح".'
    frame = analyze([snippet(text)], lexicon).stances
    added = frame[frame["cue"] == "وأضاف"].iloc[0]
    assert (added["speaker_id"], added["attribution"], bool(added["quote"])) == ("haftar_khalifa", "carried", True)


def test_participle_continues_the_main_speaker_not_the_reported_one(frames):
    # قال المجلس الرئاسي إن لافروف أكد ...، مضيفاً أن لافروف أبدى ...: مضيفاً is the council's
    rows = seed_rows(frames, SEED_2024, 3)
    speakers = {cue: (speaker, how) for cue, speaker, _, _, _, how in rows}
    assert speakers["قال"] == ("presidential_council", "after_verb")
    assert speakers["أكد"] == ("lavrov", "before_verb")
    assert speakers["مضيفاً"] == ("presidential_council", "carried")
    assert speakers["أبدى"] == ("lavrov", "before_verb")


def test_relayed_speech_belongs_to_the_one_quoted(frames):
    rows = seed_rows(frames, SEED_2024, 6)
    assert rows[0][:2] == ("ونقل", "lafi")
    assert rows[0][5] == "relay"
    assert {speaker for _, speaker, *_ in rows} == {"lafi"}


def test_interlocutor_is_not_the_speaker(frames):
    # وقال خلال مباحثاته مع لافروف "...": Haftar speaks, Lavrov listens; the first thing he
    # speaks of is military (على الصعيد السياسي أو العسكري)
    rows = seed_rows(frames, SEED_2017, 8)
    assert rows[0] == ("وقال", "haftar_khalifa", "neutral", "arms", True, "carried")
    assert "lavrov" not in {speaker for _, speaker, *_ in rows}


def test_evaluations_inside_quotes_belong_to_the_quoted_speaker(frames):
    rows = seed_rows(frames, SEED_2017, 11)
    assert rows == [
        ("وأضاف", "haftar_khalifa", "neutral", "", True, "carried"),
        ("أخل", "haftar_khalifa", "negative", "sarraj", True, "quote_owner"),
    ]


def test_unjust_embargo_is_haftar_criticising_the_arms_embargo(frames):
    rows = [row for row in seed_rows(frames, SEED_2017, 7) if row[0] == "حظر ظالم"]
    assert rows == [("حظر ظالم", "haftar_khalifa", "negative", "arms", True, "quote_owner")]


def test_support_for_terrorism_is_condemned(frames):
    rows = [row for row in seed_rows(frames, SEED_2017, 8) if row[0] == "دعم"]
    assert rows == [("دعم", "haftar_khalifa", "negative", "للإرهاب", True, "quote_owner")]


def test_negation_flips_polarity(lexicon):
    assert stances("وقال لافروف إننا لا ندعم التصعيد.", lexicon)[1][1:3] == ("lavrov", "negative")


def test_the_article_own_voice(frames):
    rows = [row for row in seed_rows(frames, SEED_2024, 7)]
    assert [(cue, speaker, polarity, target) for cue, speaker, polarity, target, _, _ in rows] == [
        ("عدوانه", "", "negative", "tripoli"), ("مرتزقة", "", "negative", "wagner"),
    ]
    assert set(frames.stances[frames.stances["speaker_id"] == ""]["speaker_name"]) >= {"(article)"}


def test_welcome_of_haftar_by_lavrov(frames):
    rows = seed_rows(frames, SEED_2017, 2)
    assert rows[:2] == [
        ("وأعلن", "lavrov", "neutral", "haftar_khalifa", False, "after_verb"),
        ("بترحيبه", "lavrov", "positive", "haftar_khalifa", False, "in_statement"),
    ]


def test_statement_counts_per_speaker_in_seed_2017(frames):
    statements = frames.stances[(frames.stances["doc_id"] == SEED_2017) & (frames.stances["cue_type"] == "reporting")]
    # Lavrov: أعلن مشددا قال أضاف أكد موضحا كشف; Haftar: أكد مشيرا قال شدد قال أضاف
    assert statements["speaker_id"].value_counts().to_dict() == {"lavrov": 7, "haftar_khalifa": 6}


def test_every_cue_span_slices_the_text(frames):
    texts = frames.texts.of(frames.documents["doc_id"].tolist())
    for row in frames.stances.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.cue


def test_an_evaluative_verb_with_its_own_subject(lexicon):
    text = "من جهته، انتقد عبد الحميد الدبيبة وجود قوات الفيلق الأفريقي في قاعدة الجفرة."
    assert stances(text, lexicon, date="2025-03-01") == [("انتقد", "dbeibah", "negative", "after_verb")]


def test_an_evaluative_noun_is_the_speaker_s_word_not_its_neighbour_s(lexicon):
    # مرتزقة فاغنر: the article calls Wagner mercenaries; Wagner says nothing
    assert stances("وأرسلت موسكو مرتزقة فاغنر إلى ليبيا.", lexicon) == [("مرتزقة", "", "negative", "article")]


def test_what_a_denial_calls_the_reports_makes_it_negative(lexicon):
    # The reporting verb is neutral; the words of the statement carry its polarity.
    text = "وقالت زاخاروفا إن التقارير عن مشاركة مقاتلين روس تلفيقات، وإن الوضع يزداد تأزما."
    assert stances(text, lexicon) == [
        ("وقالت", "zakharova", "neutral", "after_verb"),
        ("تلفيقات", "zakharova", "negative", "in_statement"),
        ("تأزما", "zakharova", "negative", "in_statement"),
    ]


def test_a_statement_wrapped_over_lines_keeps_its_speaker(lexicon):
    # A paragraph hard-wrapped at a fixed width: the participle on the third line is still the ministry's.
    text = (
        "أكدت وزارة الخارجية الروسية\n"
        "اليوم الاثنين أنه لا يوجد أي عسكري روسي في مناطق\n"
        "القتال في ليبيا، معتبرة أن ما نشرته الصحف يدخل في باب\n"
        "\"الأخبار الكاذبة\".\n"
    )
    # (each verb the line break cuts from what it says takes that polarity: convention 1)
    assert stances(text, lexicon) == [
        ("أكدت", "russia_mfa", "negative", "after_verb"),
        ("لا يوجد", "russia_mfa", "negative", "in_statement"),  # a presence denied
        ("معتبرة", "russia_mfa", "negative", "carried"),
        ("الكاذبة", "russia_mfa", "negative", "quote_owner"),  # what the denial calls the reports
    ]


def test_a_participle_agreeing_with_the_indefinite_noun_before_it_is_an_adjective(lexicon):
    # مؤكدة in ضرورة مؤكدة is "certain", no participle of reporting: it made a statement of its own
    # (the phrase is an evaluation of its own, a sure necessity asked for: positive, pol34)
    text = "وقال آغانين إن السلام ليس خيارا بل ضرورة مؤكدة، لافتا إلى أن السفارة ستفتح قنصلية."
    assert stances(text, lexicon) == [
        ("وقال", "aganin", "neutral", "after_verb"), ("ضرورة مؤكدة", "aganin", "positive", "in_statement"),
        ("لافتا", "aganin", "neutral", "carried"),
    ]
    # in the narration it carried the last speaker into a sentence where nobody speaks
    text = "وقال لافروف إن الوضع معقد. وتأتي الزيارة وفق معلومات مؤكدة."
    assert stances(text, lexicon) == [
        ("وقال", "lavrov", "neutral", "after_verb"), ("معقد", "lavrov", "negative", "in_statement"),
    ]
    # with its clause after it, it reports: الأزمة معقدة مؤكدة أن
    assert ("مؤكدة", "lavrov", "neutral", "carried") in stances("وقال لافروف إن الأزمة معقدة مؤكدة أن الحل سياسي.", lexicon)


def test_a_participle_after_ghayr_is_an_adjective(lexicon):
    # زيارة مفاجئة وغير معلنة: unannounced, no statement of the one who arrived
    text = "وصل المبعوث كمال الورداني إلى موسكو في زيارة مفاجئة وغير معلنة، التقى خلالها عددا من المسؤولين."
    assert stances(text, lexicon) == []
    # a reporting participle with its clause is still one
    text = "وقال لافروف إن الزيارة مهمة، معلنا أن الوفد سيعود."
    assert ("معلنا", "lavrov", "neutral", "carried") in stances(text, lexicon)


def test_present_tense_verbs_of_expressing_and_writing_report_speech(lexicon):
    # a headline in the present: تعبر عن like عبرت عن, its subject before it speaks
    assert stances("تركيا تعبر عن استعدادها لاستضافة الحوار الليبي.", lexicon)[0] == (
        "تعبر عن", "turkey", "neutral", "before_verb")
    # يكتب like كتب, with its subject after it (no byline colon)
    assert stances("يكتب لافروف في مقاله أن الحوار هو الطريق الوحيد.", lexicon)[0] == (
        "يكتب", "lavrov", "neutral", "after_verb")
    # the feminine present of a verb listed in the masculine: تندد like يندد, negative
    assert stances("الخارجية الروسية تندد بالقصف على طرابلس.", lexicon)[0] == (
        "تندد", "russia_mfa", "negative", "before_verb")


def test_the_accused_after_a_verb_of_accusing_is_not_its_speaker(lexicon):
    # واتهمت فاغنر بارتكاب: the charge behind ب right after the noun makes it the object; the
    # verb has no subject of its own and goes on with Lavrov, as any verb with none
    text = "وقال لافروف إن موسكو تدعم الحل. واتهمت فاغنر حينها بارتكاب جرائم حرب."
    assert stances(text, lexicon)[2] == ("واتهمت", "lavrov", "negative", "carried")
    # two nouns before the charge: the first accuses the second (بريطانيا is a name, not a charge)
    assert stances("اتهمت روسيا بريطانيا بتأجيج الصراع.", lexicon)[0] == ("اتهمت", "russia", "negative", "after_verb")


def test_the_outlet_a_statement_is_made_to_is_not_its_target(lexicon):
    # لوكالة تاس: the agency Lavrov spoke to; the statement is about what follows (the dialogue).
    # An outlet as the subject of what is said stays the target.
    def targets(text):
        frame = analyze([snippet(text)], lexicon).stances
        return [(row.cue, row.speaker_id, row.target, row.target_kind) for row in frame.itertuples()]

    assert targets("وقال لافروف لوكالة تاس إن الحوار الليبي ضروري.") == [("وقال", "lavrov", "un_mediation", "topic")]
    assert targets("وقال لافروف لقناة روسيا اليوم إن موسكو تدعم الحوار.")[0] == ("وقال", "lavrov", "moscow", "actor")
    assert targets("وقال لافروف إن وكالة تاس نشرت الخبر.") == [("وقال", "lavrov", "tass", "actor")]


def test_a_negated_verb_before_a_question_leaves_it_open(lexicon):
    # ولم توضح هل …: the writer says the question was left open; the previous speaker says nothing here
    text = "وقالت الخارجية الروسية إن الحل سياسي. وكانت روسيا قد سحبت الحاملة ولم توضح هل عليها طائرات."
    assert stances(text, lexicon) == [("وقالت", "russia_mfa", "neutral", "after_verb")]
    # past the verb's subject: ما إذا
    assert stances("ولم يوضح لافروف ما إذا كانت موسكو ستشارك.", lexicon) == []
    # negated with its clause, it is still a statement
    assert stances("ولم يوضح لافروف أن موسكو ستشارك.", lexicon)[0] == ("يوضح", "lavrov", "neutral", "after_verb")


def test_a_text_target_is_the_phrase_after_the_evaluation_not_the_next_one(lexicon):
    # no actor or topic after the cue: its target is the words it governs, cut at a new conjunct,
    # a clause opener or a dangling preposition, and past an opening quotation mark
    def targets(text):
        frame = analyze([snippet(text)], lexicon).stances
        return [(row.cue, row.target, row.target_kind) for row in frame.itertuples() if row.cue_type == "evaluative"]

    assert targets("وأكد لافروف أهمية “دور الشباب” في البناء.") == [("أهمية", "دور الشباب", "text")]
    assert targets("وقال لافروف إن موسكو ترحب وفي الوقت ذاته تراقب الوضع.") == [("ترحب", "", "")]
    assert targets("وأبدى لافروف استعداد بلاده في كل وقت.") == [("استعداد", "بلاده", "text")]


def named(text, lexicon, date="2024"):
    frame = analyze([snippet(text, date=date)], lexicon).stances
    return [(row.cue, row.speaker_id, row.speaker_name, row.attribution) for row in frame.itertuples()]


def test_a_reporting_verb_spelt_wakkada_and_awrada_reports(lexicon):
    # وكّد is أكّد in another form; أورد ("carried, reported") reports as ذكر does
    assert named("وقال سيالة إن الزيارة مهمة. وكد سيالة أن الزيارة تأخرت.", lexicon)[1] == ("وكد", "siala", "Mohamed Taher Siala", "after_verb")
    assert named("وأوردت تقارير روسية أن السفن ستتوقف في ميناء طرطوس.", lexicon) == [("وأوردت", "", "تقارير روسية", "unnamed")]


def test_a_foreign_officers_rank_between_title_and_name(lexicon):
    # الكابتن stands between the title and the name, as العقيد does: the named officer speaks
    rows = named("وقال الناطق باسم البحرية الروسية الكابتن إيغور ديغالو إن السفن ستتوقف في طرابلس.", lexicon, date="2008")
    assert rows[0][2:] == ("إيغور ديغالو", "unlisted")


def test_the_same_unnamed_source_is_the_one_introduced_with_that_noun(lexicon):
    # المسؤول ذاته: the one official quoted first, not the Western officials quoted last
    text = ("وأكد مسؤول ليبي رفيع للصحيفة البريطانية انسحاب المقاتلين. وأكد مسؤولون غربيون أن مئتي مقاتل غادروا. "
            "ووفقا للمسؤول ذاته، فقد بقي في ليبيا نحو خمسة آلاف.")
    rows = named(text, lexicon)
    assert [row[2] for row in rows if row[0] != "مرتزقة"] == ["مسؤول ليبي رفيع", "مسؤولون غربيون", "مسؤول ليبي رفيع"]
    assert rows[-1][3] == "same_source"
    # with no earlier speaker of that noun, the last speaker is meant, as before
    rows = named("وقال مصدر عسكري إن القوات انسحبت. وأضاف المسؤول ذاته أن الهدوء عاد.", lexicon)
    assert [row[2] for row in rows] == ["مصدر عسكري", "مصدر عسكري"]


def test_the_outlet_an_unnamed_speaker_told_is_not_part_of_the_speaker(lexicon):
    assert named("وقال مسؤول عسكري للصحيفة الأمريكية إن الطائرات وصلت.", lexicon) == [("وقال", "", "مسؤول عسكري", "unnamed")]
    # a document's ل names its issuer, and the phrase goes on to it
    rows = named("وجاء في تحليل للوضع صادر عن وزارة الخارجية الروسية أن الحل سياسي.", lexicon)
    assert rows[0][1] == "russia_mfa"


def test_a_document_sent_by_a_body_is_that_bodys_statement(lexicon):
    # رسالة وجهتها البعثة الأممية: the mission sent the letter, and speaks
    rows = named("جاء ذلك وفق ما أكدته رسالة وجهتها البعثة الأممية إلى أعضاء الملتقى.", lexicon)
    assert rows == [("أكدته", "unsmil", "UN Support Mission in Libya", "after_verb")]
    # a letter the mission received is not the mission's
    rows = named("وأشارت رسالة تلقتها البعثة الأممية إلى أن الاجتماع سيعقد.", lexicon)
    assert rows == [("وأشارت", "", "رسالة", "unnamed")]


def test_the_agency_that_carried_a_statement_made_none(lexicon):
    # بيان أوردته وكالة سبوتنيك: the ministry speaks; the agency only carried its statement
    rows = named("وأشار بيان لوزارة الخارجية الروسية، أوردته وكالة سبوتنيك، إلى أن الطرفين ناقشا الوضع.", lexicon)
    assert [row[1] for row in rows] == ["russia_mfa"]
    rows = named("وذكرت المؤسسة الوطنية للنفط في بيان صحفي أوردته وكالة سبوتنيك أن الجانبين ناقشا الاتفاقية.", lexicon)
    assert [row[1] for row in rows] == ["noc"]
    # a verb of saying with its pronoun is a statement: nobody denies the reports
    rows = stances('وقال لافروف: "هناك تقارير - ولا أحد ينفيها - عن ضربات جوية".', lexicon)
    assert rows[1] == ("ينفيها", "lavrov", "negative", "carried")


def test_a_link_glued_to_a_boilerplate_phrase_is_site_furniture(lexicon):
    text = "انسخ الرابطhttps://example.com/news/1\n\nأفادت الخارجية الروسية بأنها تواصل جهودها."
    assert [row[1] for row in named(text, lexicon)] == ["russia_mfa"]


def test_the_head_of_a_delegation_named_with_biriasat_speaks_as_its_head(lexicon):
    # وفد … برئاسة سيالة, then رئيس الوفد: the head named before, not an unnamed title
    text = "وصل إلى موسكو وفد ليبي برئاسة وزير الخارجية محمد سيالة. وقال رئيس الوفد الليبي إن المباحثات مثمرة."
    assert named(text, lexicon, date="2020")[0] == ("وقال", "siala", "Mohamed Taher Siala", "title_anaphora")
    # no head named: the title stays as written
    text = "وصل إلى موسكو وفد ليبي. وقال رئيس الوفد الليبي إن المباحثات مثمرة."
    assert named(text, lexicon, date="2020")[0] == ("وقال", "", "رئيس الوفد الليبي", "unnamed")


def test_we_asked_names_whom_we_asked_not_a_speaker(lexicon):
    # طالبنا: «we» asked; the state after the verb is the one asked, and the speaker stays
    rows = named("المسماري: طالبنا روسيا بدعم إجراء الانتخابات الليبية", lexicon)
    assert [row[1] for row in rows] == ["mismari", "mismari", "mismari", "mismari"]
    assert rows[1][3] == "carried"
    # a verb in the third person still names its subject after it
    assert named("وطالبت روسيا بإجراء الانتخابات.", lexicon)[0][1] == "russia"
