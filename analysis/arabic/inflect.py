"""Inflected forms of a lexicon term, so that a term is listed once and found in its forms.

Only regular morphology is generated, and only on the normalised form (ة is ه there):
- the article on and off: ``الأسلحة`` ↔ ``أسلحة``, on each word of a phrase's head;
- the sound feminine plural and the dual of a word in ة: ``دبابة`` → ``دبابات``, ``دبابتان``,
  ``دبابتين``; ``منظومة دفاع جوي`` → ``منظومات دفاع جوي``;
- the sound masculine plural and dual of a nisba adjective in ي: ``عسكري`` → ``عسكريون``,
  ``عسكريين``, ``عسكريان``.
Broken plurals (``قاعدة`` / ``قواعد``, ``مرتزق`` / ``مرتزقة``) are not regular: they are listed in
the lexicon as terms of their own. Clitics (وبالأسلحة, أسلحته) are the matcher's business.
"""

from __future__ import annotations

MIN_STEM = 3  # shorter words have too many neighbours to inflect safely


def word_forms(word: str) -> list[str]:
    """Regular forms of one normalised word, itself first."""
    forms = [word]
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
    definite = word.startswith("ال") and bare != word
    stems = []
    if bare.endswith("ه") and len(bare) > MIN_STEM:
        stem = bare[:-1]
        stems = [stem + "ات", stem + "تان", stem + "تين"]
    elif bare.endswith("ي") and len(bare) > MIN_STEM:
        stems = [bare + "ون", bare + "ين", bare + "ان", bare + "ه", bare + "ات"]
    for form in [bare, *stems]:
        for variant in ("ال" + form, form) if definite or form is not bare else (form, "ال" + form):
            if variant not in forms:
                forms.append(variant)
    return forms


def phrase_forms(phrase: str) -> list[str]:
    """Regular forms of a normalised phrase: its head (first word) inflected, the article of
    the words after it following the head's (حقول النفط → الحقول النفطية is listed apart)."""
    words = phrase.split()
    if not words:
        return []
    if len(words) == 1:
        return word_forms(words[0])
    forms = [phrase]
    for head in word_forms(words[0])[1:]:
        forms.append(" ".join([head, *words[1:]]))
    return forms
