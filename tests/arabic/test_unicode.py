"""Unicode as it arrives in the wild: matched like the ordinary forms, offsets still exact."""

import pytest

from analysis.arabic.text import normalise
from analysis.extract.pipeline import analyze

from conftest import snippet


@pytest.mark.parametrize("raw, norm", [
    ("یفکوروف", "يفكوروف"),  # Persian ye and keheh
    ("ڤلاديمير", "فلاديمير"),  # ve
    ("گاتيلوف", "غاتيلوف"),  # gaf
    ("ﺍﻟﺴﻼﻡ", "السلام"),  # presentation forms, the lam-alef ligature ﻼ as its two letters
    ("ﻷن ﷲ", "لان الله"),  # the ligature of lam and hamza on alef, and of the word Allah
    ("٢٠٢٤-٠٥-١٠", "2024-05-10"),  # Arabic-Indic digits
    ("\u2067لافروف\u2069", "لافروف"),  # bidi isolates
])
def test_normalised_like_the_ordinary_forms(raw, norm):
    assert normalise(raw) == norm


def test_a_name_in_persian_letters_and_isolates_is_found_at_its_exact_place(lexicon):
    text = "وقال \u2067یفکوروف\u2069 إن التعاون مستمر."
    frame = analyze([snippet(text)], lexicon).mentions
    row = frame.iloc[0]
    assert row.actor_id == "yevkurov"
    assert text[row.start:row.end] == "یفکوروف"


def test_a_name_written_with_the_lam_alef_ligature_is_found_whole(lexicon):
    # An old keyboard or a PDF writes لافروف with the ligature ﻻ and the Persian ve (ﭬ, itself a
    # presentation form): one character of the text is two of the normalised form.
    text = "وأكد ﻻﭬروف أن روسيا مستعدة للمساعدة."
    mentions = analyze([snippet(text)], lexicon).mentions
    assert list(mentions.actor_id) == ["lavrov", "russia"]
    assert [(row.start, row.end) for row in mentions.itertuples()] == [(5, 10), (14, 19)]
    assert text[5:10] == "ﻻﭬروف"


def test_a_negation_written_as_a_ligature_still_negates(lexicon):
    text = "وقال ﻻفروف إن مجلس الأمن ﻻ يدعم الحل العسكري في ليبيا."
    stances = analyze([snippet(text)], lexicon).stances
    evaluative = stances[stances.cue_type == "evaluative"].iloc[0]
    assert (evaluative.speaker_id, evaluative.cue, evaluative.polarity) == ("lavrov", "يدعم", "negative")
