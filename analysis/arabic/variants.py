"""Spelling variants of a transliterated name, the ones Arabic outlets really write.

A foreign name has no one Arabic spelling: زاخاروفا / زاخارفا, يفكوروف / يفكيروف, غاتيلوف /
جاتيلوف / قاتيلوف, إيفكوروف. Each rule below makes one change to one normalised word (a long
vowel dropped or written, و and ي swapped, the letters that stand for g, k, t and v exchanged,
an initial vowel carrier added); a form that is a common Arabic word, or reads as a clitic and one
(لامين: ل + أمين), is never produced, since it would match that word everywhere. Arabic compound
given names are written joined or apart (عبد الله / عبدالله, عبد الرؤوف كارة / عبدالرؤوف كارة):
:func:`compound_spellings` gives the other.
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.arabic.matcher import proclitic_readings

LONG_VOWELS = "اوي"
# Letters outlets use for one foreign sound, each group exchangeable: g, k, t/th, v/f, s
# (باتيلي / باثيلي for Bathily).
SOUND_GROUPS = ("غجق", "كق", "تطث", "فف", "سص")
# The servant-of compounds whose second word takes the article: عبد الله, عبد الحميد, عبد الرحمن.
COMPOUND_HEAD = "عبد"
MIN_LENGTH = 5  # shorter words have too many Arabic neighbours


def word_variants(word: str) -> set[str]:
    """One-change spellings of a normalised word (itself excluded)."""
    found: set[str] = set()
    if len(word) < MIN_LENGTH or not word.isalpha():
        return found
    for i, char in enumerate(word):
        if 0 < i < len(word) - 1 and char in LONG_VOWELS:
            found.add(word[:i] + word[i + 1:])  # زاخاروفا → زاخارفا
            if char in "وي":
                found.add(word[:i] + ("ي" if char == "و" else "و") + word[i + 1:])  # يفكوروف → يفكيروف
        for group in SOUND_GROUPS:
            if char in group:
                for other in group:
                    if other != char:
                        found.add(word[:i] + other + word[i + 1:])  # غاتيلوف → جاتيلوف
    # A long vowel written where the name drops it, after a consonant: بوغدانف → بوغدانوف
    for i in range(1, len(word) - 1):
        if word[i] not in LONG_VOWELS and word[i + 1] not in LONG_VOWELS:
            found.add(word[:i + 1] + "و" + word[i + 1:])
    if word[0] == "ي":
        found.add("ا" + word)  # يفكوروف → إيفكوروف
    found.discard(word)
    return found


def name_variants(name: str, *, common_words: Iterable[str] = frozenset(), keep: Iterable[str] = frozenset()) -> set[str]:
    """Variants of a normalised multiword name, one word changed at a time.

    Args:
        name: the name, normalised (``ماريا زاخاروفا``).
        common_words: forms never produced (a frequency list of Arabic).
        keep: words left as they are (given names such as محمد, particles such as عبد).
    """
    words = name.split()
    common = set(common_words)
    kept = set(keep)
    variants: set[str] = set()
    for i, word in enumerate(words):
        if word in kept:
            continue
        for variant in word_variants(word):
            # Nor a clitic and a common word: ليامين → لامين would take للأمين العام (ل + الأمين)
            if not any(stem in common for stem, _ in proclitic_readings(variant)):
                variants.add(" ".join([*words[:i], variant, *words[i + 1:]]))
    return variants


def compound_spellings(name: str) -> set[str]:
    """The other spelling of each compound given name in a normalised name: ``عبد الله بن زايد``
    is also written ``عبدالله بن زايد``, and ``عبدالرؤوف كارة`` also ``عبد الرؤوف كارة``. Only
    ``عبد`` before a word with the article is joined or split (``عبد ربه`` stays apart)."""
    words = name.split()
    joined: list[str] = []
    split: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word == COMPOUND_HEAD and i + 1 < len(words) and words[i + 1].startswith("ال") and len(words[i + 1]) > 3:
            joined.append(word + words[i + 1])
            split.extend((word, words[i + 1]))
            i += 2
            continue
        rest = word[len(COMPOUND_HEAD):]
        if word.startswith(COMPOUND_HEAD + "ال") and len(rest) > 3:
            split.extend((COMPOUND_HEAD, rest))
        else:
            split.append(word)
        joined.append(word)
        i += 1
    return {" ".join(form) for form in (joined, split)} - {name}
