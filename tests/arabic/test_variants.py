import pytest

from analysis.lexicon.read import is_unresolved
from analysis.arabic.text import normalise_word
from analysis.arabic.variants import name_variants, word_variants
from analysis.extract.pipeline import analyze
from analysis.lexicon.language import load_language

from conftest import snippet


def test_one_change_spellings_outlets_use():
    assert {"زاخارفا"} <= word_variants("زاخاروفا")  # a long vowel dropped
    assert {"يفكيروف", "ايفكوروف"} <= word_variants("يفكوروف")  # و/ي swapped, an initial alef
    assert {"جاتيلوف", "قاتيلوف"} <= word_variants("غاتيلوف")  # g written three ways
    assert "بوغدانوف" in word_variants("بوغدانف")  # the long vowel written


def test_short_words_and_common_words_are_never_produced():
    assert word_variants("بوتن") == set()
    common = load_language().common_words
    assert not name_variants("سلامه", common_words=common) & common


@pytest.mark.parametrize("spelling, start, end", [("زاخارفا", 6, 13), ("زاخاروفا", 6, 14)])
def test_a_variant_nobody_listed_is_found_as_a_variant(lexicon, spelling, start, end):
    frame = analyze([snippet(f"وقالت {spelling} إن موسكو قلقة.")], lexicon).mentions
    row = frame.iloc[0]
    assert (row.actor_id, row.start, row.end) == ("zakharova", start, end)
    assert row.match_kind == ("variant" if spelling == "زاخارفا" else "name")


def test_every_foreign_person_has_a_variant_found_unlisted(lexicon):
    # A transliteration variant of every foreign person is found without being listed.
    foreign = [a for a in lexicon.actors.values() if a.type == "person" and a.affiliation in
               {"russia", "russia_mfa", "kremlin", "russia_mod"} and not is_unresolved(a.actor_id)]
    assert len(foreign) >= 10
    language = load_language()
    keep = language.given_names | {"عبد"}
    missed = []
    for actor in foreign:
        variants = name_variants(normalise_word(actor.name_ar), common_words=language.common_words, keep=keep)
        listed = {normalise_word(alias.alias) for alias in lexicon.aliases}
        fresh = sorted(variants - listed)
        if not fresh:
            missed.append(actor.actor_id)
            continue
        frame = analyze([snippet(f"وقال {fresh[0]} إن الوضع معقد.")], lexicon).mentions
        if list(frame["actor_id"]) != [actor.actor_id]:
            missed.append(actor.actor_id)
    assert missed == []
