from analysis.arabic.inflect import phrase_forms, word_forms
from analysis.extract.pipeline import analyze

from conftest import snippet


def test_sound_plural_dual_and_the_article():
    forms = word_forms("دبابه")
    assert {"الدبابات", "دبابات", "دبابتان", "الدبابتين"} <= set(forms)
    assert forms[0] == "دبابه"


def test_a_phrase_inflects_its_head():
    assert "منظومات دفاع جوي" in phrase_forms("منظومه دفاع جوي")


def test_inflected_forms_are_found_with_exact_offsets(lexicon):
    text = "ونشرت موسكو دبابات ومنظومات دفاع جوي قرب سرت."
    frame = analyze([snippet(text)], lexicon).topics
    found = [(row.topic, row.surface, row.start, row.end) for row in frame.itertuples()]
    assert ("arms", "دبابات", 12, 18) in found
    assert ("arms", "ومنظومات دفاع جوي", 19, 36) in found
    for _, surface, start, end in found:
        assert text[start:end] == surface


def test_peace_is_not_found_inside_islam(lexicon):
    frame = analyze([snippet("وتحدث عن الإسلام السياسي في ليبيا.")], lexicon).topics
    assert "سلام" not in " ".join(frame["surface"])


def test_adjectives_follow_the_head_in_article_and_dual():
    assert "حوار سياسي" in phrase_forms("الحوار السياسي")
    assert "المستشارين العسكريين" in phrase_forms("مستشارين عسكريين")
    assert {"قاعدتين عسكريتين", "القاعدتان العسكريتان"} <= set(phrase_forms("قاعده عسكريه"))
    # a noun governing another is made definite by the governed noun: never نفط on its own
    assert phrase_forms("حقول النفط") == ["حقول النفط", "حقول نفط", "الحقول النفط"]


def test_the_governed_noun_carries_the_article_of_the_phrase():
    assert {"حامله الطائرات", "حاملات الطائرات", "حاملات طائرات"} <= set(phrase_forms("حامله طائرات"))
    # after a head with the article, only agreeing adjectives follow it
    assert "الحوار سياسي" not in phrase_forms("الحوار السياسي")


def test_a_nisba_has_its_adverb_without_the_article():
    forms = word_forms("عسكري")
    assert "عسكريا" in forms
    assert "العسكريا" not in forms


def test_agreeing_forms_and_the_adverb_are_found_with_exact_offsets(lexicon):
    text = "وهدد الوزير بالتدخل عسكريا، وتحدث عن قاعدتين عسكريتين، وبدأ حوار سياسي."
    frame = analyze([snippet(text)], lexicon).topics
    found = [(row.topic, row.surface, row.start, row.end) for row in frame.itertuples()]
    assert found == [
        ("arms", "عسكريا", 20, 26),
        ("arms", "قاعدتين عسكريتين", 37, 53),
        ("un_mediation", "حوار سياسي", 60, 70),
    ]
    assert all(text[start:end] == surface for _, surface, start, end in found)


def test_a_word_in_ta_marbuta_is_no_term_with_a_pronoun(lexicon):
    # مسلح is a term; المسلحة (armed, feminine) is not مسلح + the pronoun ه (and رئيس أركان
    # القوات is a title, an ignore row of topics.csv, not arms)
    text = "واستقبل رئيس أركان القوات المسلحة الوفد، وقال إن مسلحه انسحبوا."
    frame = analyze([snippet(text)], lexicon).topics
    assert frame["surface"].tolist() == ["مسلحه"]


def test_an_indefinite_accusative_writes_its_tanween_on_an_alif(lexicon):
    assert word_forms("الحرب")[-1] == "حربا"
    # ة, a plural in ات and a dual carry the case themselves: no alif is added.
    assert not {form for form in word_forms("الهدنه") + word_forms("مفاوضات") if form.endswith("ا")}
    text = "وقال إن روسيا تعتبر ما يجري حرباً أهلية، وإن هجوما جديدا سيطيلها."
    found = [(row.topic, row.surface, row.start, row.end) for row in analyze([snippet(text)], lexicon).topics.itertuples()]
    # حرباً heads the phrase الحرب الأهلية, its adjective indefinite too
    assert found == [("arms", "حرباً أهلية", 28, 39), ("arms", "هجوما", 45, 50)]
    assert text[28:39] == "حرباً أهلية" and text[45:50] == "هجوما"
    assert "حقولا النفط" not in phrase_forms("حقول النفط")


def test_an_adjective_takes_the_accusative_with_its_noun(lexicon):
    # a short head inflects only inside its phrase: حلا سياسيا, while حلا alone is no term
    assert "حلا سياسيا" in phrase_forms("حل سياسي")
    assert "حوارا سياسيا" in phrase_forms("الحوار السياسي")
    assert "حوارا سياسي" not in phrase_forms("الحوار السياسي")
    assert "حقولا نفطا" not in phrase_forms("حقول النفط")  # a governed noun takes no tanween
    text = "وقالت الوزارة إن موسكو تؤيد حلاً سياسياً وترفض دعما عسكريا لأي طرف."
    found = [(row.topic, row.surface, row.start, row.end) for row in analyze([snippet(text)], lexicon).topics.itertuples()]
    assert found == [("un_mediation", "حلاً سياسياً", 28, 40), ("arms", "دعما عسكريا", 47, 58)]
    assert text[28:40] == "حلاً سياسياً" and text[47:58] == "دعما عسكريا"
    other = "ودعا الوزير إلى حل سياسي، وقال إن حلا واحدا لا يكفي."
    assert [(row.surface, row.start, row.end) for row in analyze([snippet(other)], lexicon).topics.itertuples()] == [("حل سياسي", 16, 24)]


def test_a_dual_governing_a_noun_drops_its_nun(lexicon):
    # the construct dual: قاعدة الجفرة → قاعدتي الجفرة; an adjective after the head is no governed
    # noun, so قاعدة عسكرية keeps its full dual (قاعدتين عسكريتين) and no construct form
    assert {"قاعدتي الجفره", "قاعدتا الجفره"} <= set(phrase_forms("قاعده الجفره"))
    assert {"منظومتي دفاع جوي", "منظومتي الدفاع الجوي"} <= set(phrase_forms("منظومه دفاع جوي"))
    assert not [form for form in phrase_forms("قاعده عسكريه") if form.startswith(("قاعدتي ", "قاعدتا "))]
    text = "وانتشرت قوات روسية في قاعدتي الجفرة والخادم، ورصدت الأقمار منظومتي دفاع جوي."
    found = [(row.topic, row.surface, row.start, row.end) for row in analyze([snippet(text)], lexicon).topics.itertuples()]
    assert found == [("arms", "قوات روسية", 8, 18), ("arms", "قاعدتي الجفرة", 22, 35), ("arms", "منظومتي دفاع جوي", 59, 75)]
    assert [text[22:35], text[59:75]] == ["قاعدتي الجفرة", "منظومتي دفاع جوي"]
    # my base (قاعدتي + the pronoun ي) followed by no listed noun is nothing
    assert analyze([snippet("وقال إن قاعدتي الشعبية في الجنوب.")], lexicon).topics.empty
