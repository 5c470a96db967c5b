from analysis.arabic.matcher import PhraseMatcher, enclitic_readings, proclitic_readings, reads_ta_marbuta_as_pronoun
from analysis.arabic.text import NormalisedText, tokenize


def found(matcher, text, **kwargs):
    tokens = tokenize(NormalisedText(text))
    return [(text[tokens[m.first].start:tokens[m.last - 1].end], m.payloads[0], m.form) for m in matcher.find(tokens, **kwargs)]


ACTORS = PhraseMatcher([
    ("الجيش الوطني الليبي", "lna"), ("القائد العام للجيش الوطني الليبي", "haftar"), ("حفتر", "haftar"),
    ("الأمم المتحدة", "un"), ("روسيا", "russia"), ("عبد الله اللافي", "lafi"), ("اللافي", "lafi"),
])


def test_proclitics_and_lam_alif_lam():
    assert ("للجيش", True) not in proclitic_readings("للجيش")
    assert ("الجيش", True) in proclitic_readings("للجيش")
    assert ("الامم", True) in proclitic_readings("وللامم")
    assert found(ACTORS, "دعم موسكو لحفتر وللأمم المتحدة") == [
        ("لحفتر", "haftar", "clitic"), ("وللأمم المتحدة", "un", "clitic"),
    ]


def test_fused_multiword_alias_from_seed_2017():
    assert found(ACTORS, "ضرورة إشراف الأممالمتحدة على كافة جهود الوساطة") == [("الأممالمتحدة", "un", "fused")]


def test_longest_match_first():
    text = "بالقائد العام للجيش الوطني الليبي المشير خليفة حفتر"
    assert found(ACTORS, text) == [("بالقائد العام للجيش الوطني الليبي", "haftar", "clitic"), ("حفتر", "haftar", "exact")]
    assert found(ACTORS, "عضو المجلس الرئاسي عبد الله اللافي") == [("عبد الله اللافي", "lafi", "exact")]


def test_candidates_keep_the_matches_inside_a_longer_one():
    text = "بالقائد العام للجيش الوطني الليبي المشير خليفة حفتر"
    tokens = tokenize(NormalisedText(text))
    every = [(text[tokens[m.first].start:tokens[m.last - 1].end], m.payloads[0]) for m in ACTORS.candidates(tokens)]
    assert every == [("بالقائد العام للجيش الوطني الليبي", "haftar"), ("للجيش الوطني الليبي", "lna"), ("حفتر", "haftar")]


def test_no_match_inside_an_unrelated_word():
    assert found(ACTORS, "العلاقات الليبية الروسية وروسيا") == [("وروسيا", "russia", "clitic")]
    assert found(ACTORS, "الحفترية") == []


def test_enclitics_only_where_allowed():
    cues = PhraseMatcher([("تأكيد", "confirm"), ("ترحيب", "welcome")], enclitics=True)
    assert found(cues, "ونقل المجلس الرئاسي عن اللافي تأكيده") == [("تأكيده", "confirm", "clitic")]
    assert found(cues, "وأعلن لافروف خلال اللقاء بترحيبه") == [("بترحيبه", "welcome", "clitic")]
    assert "اشاده" in enclitic_readings("اشادته")
    names = PhraseMatcher([("سلام", "peace")])
    assert found(names, "سلامه") == []


def test_a_phrase_s_last_preposition_may_carry_a_pronoun():
    # «وهو ما عبر عنه الوزير»: the cue عبر عن with its preposition's pronoun; two letters is too short a
    # stem for a pronoun anywhere else, so a phrase of one short word still takes none
    cues = PhraseMatcher([("عبر عن", "express"), ("يعاني من", "suffer"), ("عن", "about")], enclitics=True)
    assert found(cues, "وهو ما عبر عنه الوزير") == [("عبر عنه", "express", "clitic")]
    assert found(cues, "وهذا ما يعاني منها السكان") == [("يعاني منها", "suffer", "clitic")]
    assert found(cues, "عنه") == []
    assert found(cues, "عبر عنوان الموقع") == []


def test_accept_filters_payloads_so_a_shorter_phrase_can_match():
    matcher = PhraseMatcher([("رئيس المجلس الرئاسي", "sarraj"), ("المجلس الرئاسي", "pc")])
    text = "رئيس المجلس الرئاسي"
    assert [m[1] for m in found(matcher, text)] == ["sarraj"]
    assert [m[1] for m in found(matcher, text, accept=lambda p: p != "sarraj")] == ["pc"]


def test_diacritics_and_tatweel_do_not_stop_a_match():
    text = "وَقَالَ لافـــروفُ إنّ رُوسْيَا"
    assert found(PhraseMatcher([("روسيا", "russia")]), text) == [("رُوسْيَا", "russia", "exact")]


# -- candidate-then-verify: the Aho–Corasick scan proposes tokens, the word checks decide -------

def candidate_words(matcher, text):
    tokens = tokenize(NormalisedText(text))
    starting, _ = matcher.scanned(tokens)
    return [tokens[index].norm for index in starting]


def test_scan_finds_a_name_behind_a_proclitic_and_the_check_keeps_it():
    text = "وأكد المتحدث أن لحفتر دورا في الحوار"
    assert candidate_words(ACTORS, text) == ["لحفتر"]
    assert found(ACTORS, text) == [("لحفتر", "haftar", "clitic")]


def test_scan_finds_a_ta_marbuta_word_written_with_ta_before_a_pronoun():
    # مبادرة is مبادره normalised; before the pronoun it is written مبادرته, with ت
    cues = PhraseMatcher([("مبادرة", "initiative")], enclitics=True)
    text = "أشاد الوزير بمبادرته الجديدة"
    assert candidate_words(cues, text) == ["بمبادرته"]
    assert found(cues, text) == [("بمبادرته", "initiative", "clitic")]


def test_a_final_hamza_on_its_seat_before_a_pronoun_is_the_word_in_hamza():
    # استياء with ها is written استيائها, with ه in the nominative استياؤه: the hamza sits on ya or
    # waw before the suffix, and the word is still the cue
    cues = PhraseMatcher([("استياء", "displeasure"), ("عداء", "hostility")], enclitics=True)
    assert found(cues, "وأبدى الوزير استياءه ثم عبر عن استيائه من عدائهم") == [
        ("استياءه", "displeasure", "clitic"), ("استيائه", "displeasure", "clitic"), ("عدائهم", "hostility", "clitic"),
    ]
    assert found(cues, "وقال إن استياؤه كبير") == [("استياؤه", "displeasure", "clitic")]
    assert "استياء" in enclitic_readings("استيائها")
    # a noun in ئة is found like any word in ة read as a pronoun, and refused the same way
    text = "حماية بيئة نظيفة"
    tokens = tokenize(NormalisedText(text))
    assert [reads_ta_marbuta_as_pronoun(m, tokens, text) for m in PhraseMatcher([("بيء", "x")], enclitics=True).find(tokens)] == [True]


def test_scan_finds_a_fused_multiword_name():
    text = "دعت الأممالمتحدة إلى وقف إطلاق النار"
    assert candidate_words(ACTORS, text) == ["الاممالمتحده"]
    assert found(ACTORS, text) == [("الأممالمتحدة", "un", "fused")]


def test_overlapping_longer_name_wins_over_the_names_inside_it():
    matcher = PhraseMatcher([
        ("الأمم المتحدة", "un"), ("ليبيا", "libya"), ("المبعوث الخاص للأمم المتحدة إلى ليبيا", "envoy"),
    ])
    text = "والتقى المبعوث الخاص للأمم المتحدة إلى ليبيا بالوفد"
    tokens = tokenize(NormalisedText(text))
    starting, multiword = matcher.scanned(tokens)
    # المبعوث starts the long title; للامم the shorter name (behind ل); ليبيا stands alone
    assert [tokens[index].norm for index in starting] == ["المبعوث", "للامم", "ليبيا"]
    assert len(multiword[starting[0]]) == 1 and len(multiword[starting[1]]) == 1
    assert found(matcher, text) == [("المبعوث الخاص للأمم المتحدة إلى ليبيا", "envoy", "exact")]


def test_a_name_inside_a_longer_word_is_a_candidate_the_check_rejects():
    text = "أكدت الصحف المصرية أن مصر تتابع الوضع في مصراتة"
    egypt = PhraseMatcher([("مصر", "egypt")])
    # the scan sees مصر inside المصرية and مصراته; only the word that is مصر is a match
    assert candidate_words(egypt, text) == ["المصريه", "مصر", "مصراته"]
    assert found(egypt, text) == [("مصر", "egypt", "exact")]


def test_a_multiword_name_is_no_candidate_when_its_later_words_do_not_follow():
    text = "اجتمع ممثلو الأمم الأفريقية في القاهرة"
    tokens = tokenize(NormalisedText(text))
    starting, multiword = ACTORS.scanned(tokens)
    assert starting == [] and multiword == {}
    assert ACTORS.find(tokens) == []


def test_an_empty_matcher_and_an_empty_text_find_nothing():
    assert PhraseMatcher([]).find(tokenize(NormalisedText("قال لافروف"))) == []
    assert ACTORS.find(tokenize(NormalisedText(""))) == []


def test_matchers_scanned_together_find_what_each_finds_alone():
    from analysis.arabic.matcher import scan_together

    def build():
        return (
            PhraseMatcher([("الأمم المتحدة", "un"), ("حفتر", "haftar")]),
            PhraseMatcher([("المبعوث", "envoy"), ("المبعوث الخاص", "envoy")]),
            PhraseMatcher([("تأكيد", "confirm"), ("دعم", "support")], enclitics=True),
        )

    text = "ونقل المبعوث الخاص للأمم المتحدة عن حفتر تأكيده دعمه للحوار"
    alone = [found(matcher, text) for matcher in build()]
    together = build()
    scan_together(together)
    assert [found(matcher, text) for matcher in together] == alone == [
        [("للأمم المتحدة", "un", "clitic"), ("حفتر", "haftar", "exact")],
        [("المبعوث الخاص", "envoy", "exact")],
        [("تأكيده", "confirm", "clitic"), ("دعمه", "support", "clitic")],
    ]


def test_a_ta_marbuta_is_never_read_as_a_pronoun():
    terms = PhraseMatcher([("سلام", "peace"), ("دعم", "support")], enclitics=True)
    text = "التقى غسان سلامةَ وأكد دعمه لسلام دائم وسلامه"
    tokens = tokenize(NormalisedText(text))
    kept = [
        (text[tokens[m.first].start:tokens[m.last - 1].end], m.payloads[0])
        for m in terms.find(tokens) if not reads_ta_marbuta_as_pronoun(m, tokens, text)
    ]
    # سلامةَ (a name, with its vowel) is not سلام + ه; سلامه (his peace) is
    assert kept == [("دعمه", "support"), ("لسلام", "peace"), ("وسلامه", "peace")]
