from analysis.arabic.text import NormalisedText, find_dateline, normalise, prepare, quote_spans, tokenize, without_marks, written_letter

from conftest import SEED_2017, SEED_2024


def test_normalise_maps_alef_forms_maqsura_ta_marbuta_and_drops_marks():
    assert normalise("أإآٱ") == "اااا"
    assert normalise("إلى") == "الي"
    assert normalise("المتحدة") == "المتحده"
    assert normalise("بنّاء") == "بناء"
    assert normalise("ليـــبيا") == "ليبيا"
    assert normalise("لاف\u200cروف\u00a0قال") == "لافروف قال"


def test_camel_tools_normalisation_is_copied_character_for_character():
    # text.py copies the characters camel-tools' normalisers touch, so that importing it does not
    # build camel-tools' Unicode charsets; this is the check that the copy says what camel-tools does.
    import unicodedata

    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

    from analysis.arabic.text import _camel_normalise

    chars = [chr(code) for code in [*range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0x08A0, 0x0900)]]
    chars += [unicodedata.normalize("NFKC", chr(code)) for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]]
    differing = [char for char in chars if len(char) == 1 and _camel_normalise(char)
                 != normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(char))))]
    assert differing == []
    assert normalise("ٱلْقُرْآنُ") == "القران"


def test_crlf_becomes_lf_but_lone_cr_is_a_line_break():
    assert normalise("سطر\r\nسطر") == "سطر\nسطر"
    assert normalise("سطر\rسطر") == "سطر\nسطر"


def test_token_offsets_slice_the_original_text_with_its_marks():
    text = "وقالَ لافـروفُ\r\n«إنّ»"
    tokens = tokenize(NormalisedText(text))
    assert [token.norm for token in tokens] == ["وقال", "لافروف", "«", "ان", "»"]
    assert [text[token.start:token.end] for token in tokens] == ["وقالَ", "لافـروفُ", "«", "إنّ", "»"]


def test_a_tatweel_standing_alone_is_a_dash_and_one_inside_a_word_is_deleted():
    # «روسيا اليوم ـ أعلنت» credits the outlet with a tatweel for a dash; «لافـــروف» stretches a name
    text = "روسيا اليوم ـ أعلنت لافـــروف ــ"
    assert normalise(text) == "روسيا اليوم - اعلنت لافروف --"
    tokens = tokenize(NormalisedText(text))
    assert [token.norm for token in tokens] == ["روسيا", "اليوم", "-", "اعلنت", "لافروف", "-", "-"]
    assert [text[token.start:token.end] for token in tokens] == ["روسيا", "اليوم", "ـ", "أعلنت", "لافـــروف", "ـ", "ـ"]

def test_seed_2017_has_14_sentences_and_no_dateline(seeds):
    prepared = prepare(seeds[SEED_2017].text)
    assert prepared.dateline == ""
    assert len(prepared.sentences) == 14
    third = prepared.sentences[2]
    assert prepared.text[third.start:third.end].startswith("وقال لافروف في مستهل لقائه")
    assert prepared.text[third.start:third.end].endswith('في بلدكم".')


def test_seed_2024_dateline_is_the_outlet_and_not_a_sentence(seeds):
    text = seeds[SEED_2024].text
    assert find_dateline(text) == ("العربي الجديد", 15)
    prepared = prepare(text)
    assert len(prepared.sentences) == 9
    assert text[prepared.sentences[0].start:].startswith("التقى عضو المجلس الرئاسي")


def test_a_first_sentence_ending_in_a_colon_is_not_a_dateline():
    assert find_dateline("وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحافي اليوم:\n") == ("", 0)


def test_decimal_point_does_not_end_a_sentence():
    prepared = prepare("ارتفع إنتاج النفط إلى 1.2 مليون برميل. وقال المسؤول ذلك.")
    assert len(prepared.sentences) == 2


def test_the_abbreviation_of_doctor_does_not_end_a_sentence():
    text = "وقال د. محمد الزاهي إن الحل سياسي. وانتهى الاجتماع في الساعة 8 م. ثم غادر الوفد."
    prepared = prepare(text)
    assert [text[s.start:s.end] for s in prepared.sentences] == [
        "وقال د. محمد الزاهي إن الحل سياسي.", "وانتهى الاجتماع في الساعة 8 م.", "ثم غادر الوفد."]
    # a word ending in د before a full stop ends its sentence as before
    assert len(prepare("وصل الوفد إلى البلد. وقال المسؤول ذلك.").sentences) == 2


def test_quotes_straight_and_curly(seeds):
    text = seeds[SEED_2024].text
    spans = quote_spans(text)
    assert len(spans) == 6
    assert text[spans[3][0]:spans[3][1]] == "“فاغنر”"
    assert quote_spans('قال "غير مغلق\nسطر') == [(4, 13)]


def test_a_name_set_off_by_reversed_marks_opens_no_quotation():
    # ”اسم السفينة“: the marks reversed around a short name; the “ after it opens nothing
    text = "واحتجزت الناقلة ”نجمة الشمال“ التي تحمل العلم قرب السواحل."
    assert [text[a:b] for a, b in quote_spans(text)] == ["”نجمة الشمال“"]
    # a stray ” before a clause (with a comma) pairs with nothing; the quotation after it stands
    text = "ووصف العملية بـ”الصعبة، موضحا أن نظام “سويفت” مغلق."
    assert [text[a:b] for a, b in quote_spans(text)] == ["“سويفت”"]


def test_word_count_excludes_punctuation_and_dateline(seeds):
    assert prepare("وقال لافروف: «نعم».").n_words == 3
    # wc -w of the body after the dateline; seed 2017 has one free-standing full stop
    assert prepare(seeds[SEED_2024].text).n_words == 368
    assert prepare(seeds[SEED_2017].text).n_words == 362


def _sentences(text):
    return [text[s.start:s.end] for s in prepare(text).sentences]


def test_a_break_after_a_word_no_sentence_ends_on_stays_inside_the_sentence():
    text = "وقالت المتحدثة إن الحصار المفروض على\n\nالحقول النفطية أضر بالاقتصاد.\nوأضافت أن الحوار مستمر."
    assert _sentences(text) == [
        "وقالت المتحدثة إن الحصار المفروض على\n\nالحقول النفطية أضر بالاقتصاد.",
        "وأضافت أن الحوار مستمر.",
    ]



def test_a_break_after_a_comma_stays_inside_the_sentence():
    # A paragraph pasted in two after the time phrase between commas: the verb and what was said
    # are one sentence, so the statement keeps its speaker.
    text = "كشف نائب وزير الخارجية الروسي، اليوم الاثنين،\n\nعن أن موسكو ستركز على الحوار.\nوأضاف أن الوضع صعب."
    assert _sentences(text) == [
        "كشف نائب وزير الخارجية الروسي، اليوم الاثنين،\n\nعن أن موسكو ستركز على الحوار.",
        "وأضاف أن الوضع صعب.",
    ]


HARD_WRAPPED = (
    "أكدت وزارة الخارجية الروسية\n"
    "اليوم الاثنين أنه لا يوجد أي عسكري روسي في مناطق\n"
    "القتال في ليبيا، معتبرة أن ما نشرته الصحف يدخل في باب\n"
    "\"الأخبار الكاذبة\".\n"
    "وقالت الوزارة في بيانها إن موسكو\n"
    "تدعو إلى وقف إطلاق النار.\n"
)


def test_a_hard_wrapped_paragraph_is_read_as_its_sentences():
    assert _sentences(HARD_WRAPPED) == [
        "أكدت وزارة الخارجية الروسية\nاليوم الاثنين أنه لا يوجد أي عسكري روسي في مناطق\n"
        "القتال في ليبيا، معتبرة أن ما نشرته الصحف يدخل في باب\n\"الأخبار الكاذبة\".",
        "وقالت الوزارة في بيانها إن موسكو\nتدعو إلى وقف إطلاق النار.",
    ]


# A forum's copy wrapped at its editor's width: lines of 50-90 characters and one that runs past 100.
WINDOW_WRAPPED = (
    "قال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين اليوم\n"
    "الثلاثاء إن موسكو لم ترسل أي قوات إلى ليبيا وإن كل ما يقال عن مشاركة عسكريين روس في القتال الدائر منذ أشهر\n"
    "هناك لا أساس له من الصحة، مضيفا أن روسيا تتواصل مع كل الأطراف الليبية دون استثناء وتدعو\n"
    "إلى حل سياسي.\n"
    "وأضاف أن بلاده مستعدة للمساعدة في\n"
    "إعادة الإعمار.\n"
)


def test_a_paragraph_wrapped_by_a_window_is_read_as_its_sentences_though_a_line_runs_past_the_width():
    assert max(len(line) for line in WINDOW_WRAPPED.split("\n")) > 100
    sentences = _sentences(WINDOW_WRAPPED)
    assert len(sentences) == 2
    assert sentences[0].startswith("قال المتحدث") and sentences[0].endswith("إلى حل سياسي.")
    assert sentences[1] == "وأضاف أن بلاده مستعدة للمساعدة في\nإعادة الإعمار."


def test_short_lines_that_end_sentences_or_long_paragraphs_are_not_joined():
    headlines = "لافروف يستقبل حفتر.\nالدبيبة في موسكو.\nالمنفي يلتقي بوغدانوف.\nنيبينزيا يدعو إلى الحوار."
    assert len(_sentences(headlines)) == 4
    # A paragraph per line without full stops, as some sites write: lines longer than a wrap width.
    paragraph = "وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي عقده في موسكو إن بلاده تدعم الحوار الليبي الليبي"
    assert len(paragraph) > 100
    assert len(_sentences("\n".join([paragraph] * 4))) == 4


def test_the_datelines_outlets_write_are_not_sentences_and_name_the_outlet():
    from analysis.arabic.text import dateline_outlet

    cases = {
        "الخرطوم- الصيحة\nقال الوزير إن الحوار مستمر.": ("الخرطوم- الصيحة", "الصيحة"),
        "بورتسودان – صقر الجديان\nقال الوزير إن الحوار مستمر.": ("بورتسودان – صقر الجديان", "صقر الجديان"),
        "طرابلس (رويترز) -\nقال الوزير إن الحوار مستمر.": ("طرابلس (رويترز)", "رويترز"),
        "موسكو - سبوتنيك\nقال الوزير إن الحوار مستمر.": ("موسكو - سبوتنيك", "سبوتنيك"),
        "موسكو- سبوتنيك. وقال الوزير إن الحوار مستمر.": ("موسكو- سبوتنيك", "سبوتنيك"),
        "طرابلس (رويترز) - قال الوزير إن الحوار مستمر.": ("طرابلس (رويترز)", "رويترز"),
    }
    for text, (dateline, outlet) in cases.items():
        found, body_start = find_dateline(text)
        assert (found, dateline_outlet(found)) == (dateline, outlet)
        assert text[body_start:].lstrip().startswith(("قال", "وقال"))
        prepared = prepare(text)
        assert len(prepared.sentences) == 1 and prepared.sentences[0].start >= body_start
    # A first line that is a sentence, or a headline with a dash in it, is no dateline.
    assert find_dateline("قالت زاخاروفا إن موسكو تدعم الهدنة: الوضع خطير\nوأضافت.") == ("", 0)
    assert find_dateline("روسيا تدعم الحوار في ليبيا - لافروف يستقبل حفتر\nقال.") == ("", 0)


def test_a_word_and_an_article_are_normalised_alike():
    # Short strings go through one translate table, long ones through a replace per character:
    # the same word must come out the same either way (diacritics, tatweel, presentation forms,
    # Persian letters, a lone carriage return).
    word = "وَالأُمَـمِ ﻻفروف یکی\rگ"
    assert normalise(word) == "والامم لافروف يكي\nغ"  # گ is written غ in Arabic (غورباتشوف)
    article = (word + " ") * 20
    assert len(article) > 128
    assert normalise(article) == (normalise(word) + " ") * 20


def test_a_ligature_beside_deleted_vowels_keeps_every_offset_exact():
    # ﻻ is two letters of the normalised form, the vowels none: each token still spans its word.
    text = "قالَ ﻻفروفُ ﻻ"
    normalised = NormalisedText(text)
    assert normalised.norm == "قال لافروف لا"
    assert [(token.norm, text[token.start:token.end]) for token in tokenize(normalised)] == [
        ("قال", "قالَ"), ("لافروف", "ﻻفروفُ"), ("لا", "ﻻ")]
    assert normalised.span_to_original(5, 6) == (5, 6)  # the ا of the first لا is the ligature


def test_a_short_first_line_with_a_colon_before_a_quotation_is_its_speaker_not_a_dateline():
    # Seen on a real page: the first line says who speaks, the quotation follows on the next line.
    # Taken for a dateline, the line became the article's outlet and its speaker was lost.
    text = 'قالت زاخاروفا في مؤتمر صحفي:\n"ستعود البعثة إلى طرابلس قريباً".\nوأضافت أن الأمن أولوية.'
    assert find_dateline(text) == ("", 0)
    prepared = prepare(text)
    assert text[prepared.sentences[0].start:].startswith("قالت زاخاروفا")
    # An outlet's dateline with a colon, before a sentence, stays one.
    assert find_dateline("العربي الجديد:\nقال الوزير إن الحوار مستمر.") == ("العربي الجديد", 15)


def test_a_word_written_in_taa_keeps_its_taa_behind_its_vowel_marks():
    # Normalised, «حملةٌ» (a campaign) and «حمّله» (he charged him) are one word; the text tells them apart.
    assert normalise("حملةٌ") == normalise("حمّله") == "حمله"
    assert written_letter("حملةٌ") == "ة"
    assert written_letter("حمّلهُ") == "ه"
    assert written_letter("التسويـــة") == "ة"  # tatweel before the ending
    assert written_letter("") == ""
    assert without_marks("للتسوَيـةِ") == "للتسوية"
