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
