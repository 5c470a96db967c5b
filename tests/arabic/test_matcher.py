from analysis.arabic.matcher import PhraseMatcher, enclitic_readings, proclitic_readings
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


def test_accept_filters_payloads_so_a_shorter_phrase_can_match():
    matcher = PhraseMatcher([("رئيس المجلس الرئاسي", "sarraj"), ("المجلس الرئاسي", "pc")])
    text = "رئيس المجلس الرئاسي"
    assert [m[1] for m in found(matcher, text)] == ["sarraj"]
    assert [m[1] for m in found(matcher, text, accept=lambda p: p != "sarraj")] == ["pc"]


def test_diacritics_and_tatweel_do_not_stop_a_match():
    text = "وَقَالَ لافـــروفُ إنّ رُوسْيَا"
    assert found(PhraseMatcher([("روسيا", "russia")]), text) == [("رُوسْيَا", "russia", "exact")]
