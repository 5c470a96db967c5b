"""Inflected forms of a lexicon term, so that a term is listed once and found in its forms.

Only regular morphology is generated, and only on the normalised form (ة is ه there):
- the article on and off: ``الأسلحة`` ↔ ``أسلحة``, on each word of a phrase's head;
- the sound feminine plural and the dual of a word in ة: ``دبابة`` → ``دبابات``, ``دبابتان``,
  ``دبابتين``; ``منظومة دفاع جوي`` → ``منظومات دفاع جوي``, and the dual governing a noun
  without its ن (``قاعدة الجفرة`` → ``قاعدتي الجفرة``, ``منظومتي دفاع جوي``);
- the sound masculine plural and dual of a nisba adjective in ي, and its adverb in ـًا:
  ``عسكري`` → ``عسكريون``, ``عسكريين``, ``عسكريان``, ``عسكريا`` (تدخل عسكريا);
- the accusative of an indefinite noun, its tanween written on an alif: ``الحرب`` → ``حربا``,
  its adjectives in the accusative with it (``الحل السياسي`` → ``حلا سياسيا``);
- agreement in a phrase: adjectives take the head's article and its dual (``الحوار السياسي`` ↔
  ``حوار سياسي``, ``قاعدة عسكرية`` → ``قاعدتين عسكريتين``), and a governed noun carries the
  article of the whole (``حاملة طائرات`` ↔ ``حاملة الطائرات``).
For a verb (a stance cue), :func:`verb_forms` gives the regular persons of a sound one: the past
``شجب`` → ``شجبت``, ``شجبوا``, ``شجبتا``; the imperfect ``يستغل`` → ``تستغل``, ``نستغل``,
``يستغلون``, ``يستغلان``, ``تستغلان``, and each with the future's ``س`` (``سيستغل``, ``سنستغل``).
Broken plurals (``قاعدة`` / ``قواعد``, ``مرتزق`` / ``مرتزقة``) are not regular: they are listed in
the lexicon as terms of their own. Clitics (وبالأسلحة, أسلحته) are the matcher's business.
"""

from __future__ import annotations

MIN_STEM = 3  # shorter words have too many neighbours to inflect safely
DUAL_ENDINGS = ("تان", "تين")
CONSTRUCT_DUAL_ENDINGS = ("تا", "تي")  # the dual governing a noun: قاعدتا / قاعدتي الجفرة والخادم
# Endings that take no alif for the accusative tanween: ة (ه here) and a long vowel or hamza carry
# it themselves, and sound plurals and duals have none (أسلحةً، مفاوضاتٍ، مستشارين).
NO_TANWEEN_ALIF = ("ه", "ا", "ى", "ي", "و", "ء", "ات", "ون", "ين", "ان")


def _definite(word: str) -> bool:
    return word.startswith("ال") and len(word) > 4


def word_forms(word: str) -> list[str]:
    """Regular forms of one normalised word, itself first."""
    forms = [word]
    bare = word[2:] if _definite(word) else word
    definite = bare != word
    stems = []
    indefinite_only = []
    if bare.endswith("ه") and len(bare) > MIN_STEM:
        stem = bare[:-1]
        stems = [stem + "ات", stem + "تان", stem + "تين"]
    elif bare.endswith("ي") and len(bare) > MIN_STEM:
        stems = [bare + "ون", bare + "ين", bare + "ان", bare + "ه", bare + "ات"]
        # the adverb (accusative, tanween alif) has no article: تدخل عسكريا, not العسكريا
        indefinite_only = [bare + "ا"]
    elif len(bare) >= MIN_STEM and not bare.endswith(NO_TANWEEN_ALIF):
        # an indefinite noun in the accusative writes its tanween on an alif: نعتبره حربا أهلية
        indefinite_only = [bare + "ا"]
    for form in [bare, *stems]:
        for variant in ("ال" + form, form) if definite or form is not bare else (form, "ال" + form):
            if variant not in forms:
                forms.append(variant)
    forms.extend(form for form in indefinite_only if form not in forms)
    return forms


def _accusative(word: str) -> str:
    """An indefinite word of a phrase in the accusative: the article off, the tanween on an alif
    where the ending takes one (سياسي → سياسيا; الأهلية → أهلية, its ة carrying it)."""
    bare = word[2:] if _definite(word) else word
    if bare.endswith("ي") and len(bare) >= MIN_STEM:  # a nisba: its adverb's form (جوي → جويا)
        return bare + "ا"
    return bare if bare.endswith(NO_TANWEEN_ALIF) else bare + "ا"


def phrase_forms(phrase: str) -> list[str]:
    """Regular forms of a normalised phrase: its head (first word) inflected.

    The words after the head keep their article as listed (``حقول النفط``: a noun governing
    another), and, where they agree with the head in definiteness, also follow the head's
    article (``الحوار السياسي`` → ``حوار سياسي``: a noun and its adjectives); after an indefinite
    head they take or drop the article together (``حاملة طائرات`` ↔ ``حاملة الطائرات``: the governed
    noun makes the phrase definite); a dual head puts its adjectives in ة in the dual too
    (``قاعدة عسكرية`` → ``قاعدتين عسكريتين``). Forms that this
    makes of a noun governing another (``الصفقة الأسلحة``) are not Arabic and match nothing.
    """
    words = phrase.split()
    if not words:
        return []
    if len(words) == 1:
        return word_forms(words[0])
    head, rest = words[0], words[1:]
    agreeing = all(_definite(word) == _definite(head) for word in rest)
    # the words after an indefinite head, all with the article or all without: a noun governing
    # another is made definite by its last word (حاملة طائرات ↔ حاملة الطائرات, حقول النفط ↔ حقول نفط)
    alike = len({_definite(word) for word in rest}) == 1
    toggled = [word[2:] if _definite(word) else "ال" + word for word in rest]
    forms = [phrase]
    if alike and not _definite(head):
        forms.append(" ".join([head, *toggled]))
    bare_head = head[2:] if _definite(head) else head
    accusative = bare_head + "ا"
    inflections = word_forms(head)[1:]
    if agreeing and accusative not in inflections and len(bare_head) > 1 and not bare_head.endswith(NO_TANWEEN_ALIF):
        # a short head is safe to inflect inside its phrase: حل سياسي → حلا سياسيا
        inflections.append(accusative)
    for inflected in inflections:
        if inflected == accusative:
            # a noun governing another takes no tanween (حقول النفط, never حقولا النفط); an
            # adjective takes the accusative with its noun: تؤيد حلا سياسيا, يرفض تدخلا عسكريا
            if agreeing:
                form = " ".join([accusative, *map(_accusative, rest)])
                if form not in forms:
                    forms.append(form)
            continue
        followers = [rest]
        if agreeing and _definite(inflected) != _definite(head):
            followers.append(toggled)
        elif alike and not _definite(inflected) and not _definite(head):
            followers.append(toggled)
        dual = next((ending for ending in DUAL_ENDINGS if inflected.endswith(ending) and not head.endswith(ending)), None)
        if dual:
            followers += [[word[:-1] + dual if word.endswith("ه") and len(word) > MIN_STEM else word for word in words_]
                          for words_ in followers]
        for words_ in followers:
            form = " ".join([inflected, *words_])
            if form not in forms:
                forms.append(form)
    # A head in ة governing a noun (not followed by its adjective) loses the dual's ن in the
    # construct: قاعدة الجفرة → قاعدتي الجفرة والقرضابية, حاملة طائرات → حاملتا الطائرات
    governs = not agreeing or not rest[0].endswith(("ي", "ه"))
    if governs and not _definite(head) and head.endswith("ه") and len(head) > MIN_STEM:
        for ending in CONSTRUCT_DUAL_ENDINGS:
            for words_ in [rest, toggled] if alike else [rest]:
                form = " ".join([head[:-1] + ending, *words_])
                if form not in forms:
                    forms.append(form)
    return forms


# A verb ending in one of these is weak or carries its hamza on a seat that moves (ادعى، يسيء،
# يتلكأ), or is no 3rd person masculine singular (رفضت، رفضوا): its persons are not regular.
WEAK_ENDINGS = ("ا", "ى", "ي", "و", "ء", "ه", "ت", "ئ", "ؤ")


def verb_forms(verb: str, *, imperfect: bool) -> list[str]:
    """Regular persons of a normalised one-word verb in the 3rd person masculine singular, itself
    first; a weak verb (:data:`WEAK_ENDINGS`) gets none.

    The past takes suffixes: ``انتهك`` → ``انتهكت`` (she), ``انتهكوا`` (they), ``انتهكا`` (they two,
    m.), ``انتهكتا`` (they two, f.). The imperfect (``imperfect=True``, the word opening with ي) changes its prefix and
    takes the plural and dual endings: ``يعرقل`` → ``تعرقل``, ``نعرقل``, ``يعرقلون``, ``يعرقلان``,
    ``تعرقلان``, and each of them the future's prefix (``سيعرقل``, ``سنعرقل``, ``ستعرقلان``); one
    that has the endings already (يرهبون) gets none.
    """
    if " " in verb or len(verb) < MIN_STEM or verb.endswith(WEAK_ENDINGS):
        return [verb]
    if not imperfect:
        # the dual's both genders: انتهكا (they two, m.), انتهكتا (they two, f.): «الطرفان انتهكا الهدنة»
        return [verb, verb + "ت", verb + "وا", verb + "ا", verb + "تا"]
    if not verb.startswith("ي") or len(verb) < MIN_STEM + 1 or verb.endswith(("ون", "ان", "ين")):
        return [verb]
    stem = verb[1:]
    persons = [verb, "ت" + stem, "ن" + stem, verb + "ون", verb + "ان", "ت" + stem + "ان"]
    # the future's prefix س on each person: سنرفض، ستدعم، سيعرقلون («سنحترم العقود الموقعة»)
    return persons + ["س" + person for person in persons]
