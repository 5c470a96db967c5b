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
