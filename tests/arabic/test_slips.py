"""Opening phrases through one slip of a letter (analysis/arabic/slips.py)."""

from analysis.arabic.slips import one_letter_off, opening_phrase

PHRASES = [("اقرا", "ايضا"), ("تابع", "احدث", "الاخبار"), ("اشترك",), ("شارك", "هذا", "المقال")]


def test_an_exact_opening_is_its_phrase():
    assert opening_phrase(["اقرا", "ايضا", "روسيا"], PHRASES) == ("اقرا", "ايضا")


def test_one_letter_changed_or_two_swapped_in_a_phrase_of_several_words_still_opens_it():
    assert opening_phrase(["اقرا", "ابضا", "روسيا"], PHRASES) == ("اقرا", "ايضا")  # ب for ي
    assert opening_phrase(["تابع", "احدث", "الاخابر"], PHRASES) == ("تابع", "احدث", "الاخبار")  # ب ا swapped


def test_two_slips_a_letter_added_or_dropped_or_a_one_word_phrase_slipped_open_nothing():
    assert opening_phrase(["اقرا", "ابصا"], PHRASES) is None  # two letters changed
    assert opening_phrase(["اقزا", "ابضا"], PHRASES) is None  # one in each word
    assert opening_phrase(["شارك", "هذا", "المقاتل", "في"], PHRASES) is None  # a letter added: a sentence
    assert opening_phrase(["اشتركت", "روسيا"], PHRASES) is None
    assert opening_phrase(["اشترت", "روسيا"], PHRASES) is None
    assert opening_phrase(["اقرا"], PHRASES) is None  # shorter than the phrase


def test_one_letter_off_names_the_slips_readers_never_notice():
    assert one_letter_off("القليوشي", "القيلوشي")  # two neighbours swapped
    assert one_letter_off("فالدهاومسر", "فالدهاوسر")  # a letter added
    assert not one_letter_off("فالدهاومسر", "فالدهاوسر", same_length=True)
    assert one_letter_off("ابضا", "ايضا", same_length=True)  # a letter changed
    assert not one_letter_off("لافروف", "لافروف")  # the same word is no slip
    assert not one_letter_off("اغاميم", "اغانين")  # two letters changed
