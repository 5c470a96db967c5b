"""Unicode as it arrives in the wild: matched like the ordinary forms, offsets still exact."""

import pytest

from analysis.arabic.text import normalise
from analysis.extract.pipeline import analyze

from conftest import snippet


@pytest.mark.parametrize("raw, norm", [
    ("یفکوروف", "يفكوروف"),  # Persian ye and keheh
    ("ڤلاديمير", "فلاديمير"),  # ve
    ("گاتيلوف", "غاتيلوف"),  # gaf
    ("ﺍﻟﺴﻼﻡ", "السﻼم"),  # presentation forms; the lam-alef ligature is left (it is two letters)
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
