"""Cue forms: a stance cue listed once in cues.csv is found in its regular inflected forms (issue #9).

Real articles write an evaluative word in whatever form the sentence wants (``يرفض التحريض``,
``اعتبره تحريضا``, ``تحريضات متكررة``); listing each form by hand made the lexicon grow form by
form and still miss the next article's. The forms are those topic terms get
(:func:`analysis.arabic.inflect.phrase_forms`: the article off, ة → ات/تان/تين, nisba
plurals and adverb, the accusative's tanween alif, agreement in a phrase), generated for the
evaluative and ``ignore`` rows (an ignore phrase follows the cue it silences: ``الدعم العسكري`` and
``دعما عسكريا``). Reporting cues are verbs, whose noun forms are other words (حذر warned, الحذر
caution): they get none. A verb among the evaluative cues and the reporting cues that carry a
polarity gets its regular persons (:func:`analysis.arabic.inflect.verb_forms`: شجب → شجبوا,
يعرقل → نعرقل، يعرقلون، سنعرقل); a neutral verb of saying is left to the speaker rules. Clitics stay the
matcher's business.

A generated form is dropped where it would be read wrongly:
- it is listed as a cue itself (any row: the listed one says what it is);
- two listed cues of different type, polarity or holder generate it (neither is sure);
- it is a common or a function word (language/common_words.txt, function_words.txt), a given
  name (language/given_names.txt), a title or an actor's alias;
- it puts the article on a cue listed without it (see :func:`_article_added`), or is a nisba's
  feminine plural (سلبيات); and no noun forms are made of a cue written with a pronoun (تطلعه),
  headed by a particle (غير واضح), in the imperfect (يدين) or whose ال is its root's (التزام).
How this was checked: tests/lexicon/test_cue_forms.py, and every generated form compared with
these lists when the lexicon loads (nothing is generated that any of them holds).
"""

from __future__ import annotations

from analysis.arabic.inflect import phrase_forms, verb_forms
from analysis.arabic.text import normalise_word
from analysis.lexicon.derived import derived
from analysis.lexicon.read import Cue, Lexicon

# The cue types whose rows get their forms generated.
# A stigma (الإرهاب) is left out: its accusative is mostly a comparison's (أقل تطرفا), no stigma.
GENERATED_TYPES = frozenset({"evaluative", "ignore"})


# Particles that head a listed phrase and are no noun to inflect, besides function_words.txt's.
PARTICLES = frozenset({"غير", "بلا"})


def _norm(text: str) -> str:
    return " ".join(normalise_word(word) for word in text.split())


def blocked_forms(lexicon: Lexicon) -> frozenset[str]:
    """Normalised words and phrases no generated form may be: common, function and given-name
    words, titles, actors' aliases and names, and every listed cue."""
    language = lexicon.language
    blocked = set(language.common_words) | set(language.function_words) | set(language.given_names)
    blocked.update(_norm(title) for title in lexicon.titles)
    blocked.update(_norm(alias.alias) for alias in lexicon.aliases)
    blocked.update(_norm(actor.name_ar) for actor in lexicon.actors.values() if actor.name_ar)
    blocked.update(_norm(cue.cue) for cue in lexicon.cues)
    return frozenset(blocked)


def _inflectable(cue: str, function_words: frozenset[str]) -> bool:
    """Whether a listed cue is a lemma whose forms can be generated: not one written with a pronoun
    (تطلعه is his aspiration, no تطلعة: its ه makes no تطلعات), nor a phrase headed by a particle
    (غير واضح: من غير الواضح is "it is unclear", لا يساعد), nor an imperfect verb (يدين condemns:
    اليدين is the hands)."""
    words = cue.split()
    if any(word.endswith("ه") for word in words) or normalise_word(words[0]).startswith("ي"):
        return False
    return normalise_word(words[0]) not in function_words


def _nisba_plural(cue: str, form: str) -> bool:
    """Whether ``form`` is the feminine plural of a nisba the cue lists: it is a noun of its own
    (سلبي negative, سلبيات وإيجابيات the pros and cons)."""
    head = normalise_word(cue.split()[0])
    return head.endswith(("ي", "يه")) and form.split()[0].endswith("يات")


def _article_added(cue: str, form: str) -> bool:
    """Whether ``form`` puts the article on a cue listed without it: the indefinite judges
    (نريد مشاريع مشتركة، يعيش انسدادا), the definite mostly names a thing the sentence is about
    (في المشاريع المشتركة التي تنفذ، في معالجة حالة الانسداد). The development sets lost
    polarity to these forms and gained none; a definite form that judges is listed as a row."""
    return not normalise_word(cue).startswith("ال") and form.startswith("ال")


def _article_of_root(cue: str, lexicon_words: frozenset[str]) -> bool:
    """Whether the cue's first word starts with ال that is no article: التزام (commitment) is
    written الالتزام with it, so تزام is no word. Told by the article on it being a common word
    or a listed cue (الالتزام)."""
    head = normalise_word(cue.split()[0])
    return head.startswith("ال") and "ال" + head in lexicon_words


def _verb(cue: Cue, listed: frozenset[str]) -> bool | None:
    """Whether a cue is a verb whose persons can be generated: True for an imperfect (يعرقل), False
    for a past one, None for no verb. A past verb is known by another person of it listed (شجب with
    شجبت or شجبوا), an imperfect by its ي; only evaluative cues and reporting cues that carry a
    polarity (شجب، فند) are conjugated: a neutral verb of saying is the speaker rules' business."""
    if cue.cue_type != "evaluative" and not (cue.cue_type == "reporting" and cue.polarity != "neutral"):
        return None
    word = _norm(cue.cue)
    if " " in word:
        return None
    if word.startswith("ي"):
        return True
    return False if word + "ت" in listed or word + "وا" in listed else None


def _generate(lexicon: Lexicon) -> tuple[Cue, ...]:
    blocked = blocked_forms(lexicon)
    generated: dict[str, Cue] = {}
    clashing: set[str] = set()
    particles = lexicon.language.function_words | PARTICLES
    listed = frozenset(_norm(cue.cue) for cue in lexicon.cues)
    for cue in lexicon.cues:
        forms = []
        if cue.cue_type in GENERATED_TYPES and _inflectable(cue.cue, particles) and not _article_of_root(cue.cue, blocked):
            forms = phrase_forms(_norm(cue.cue))[1:]
        verb = _verb(cue, listed)
        if verb is not None:
            # شجب is a verb and its noun: شجبا (its accusative) and شجبوا are both its forms
            forms += verb_forms(_norm(cue.cue), imperfect=verb)[1:]
        for form in forms:
            if form in blocked or form in clashing or _nisba_plural(cue.cue, form) or _article_added(cue.cue, form):
                continue
            held = generated.get(form)
            if held is None:
                generated[form] = Cue(form, cue.cue_type, cue.polarity, cue.holder, lemma=cue.cue)
            elif (held.cue_type, held.polarity, held.holder) != (cue.cue_type, cue.polarity, cue.holder):
                # الحرب from حرب and from the listed phrase's head: two readings, neither sure
                clashing.add(form)
                del generated[form]
    return tuple(generated.values())


def all_cues(lexicon: Lexicon) -> tuple[Cue, ...]:
    """The listed cues, then their generated forms: what the stances, the name suggestions and the
    first-person check all match."""
    return derived(lexicon, "all_cues", lambda lexicon: (*lexicon.cues, *generated_cues(lexicon)))


def generated_cues(lexicon: Lexicon) -> tuple[Cue, ...]:
    """The forms generated from the lexicon's cues, each a :class:`Cue` of its listed row's type,
    polarity and holder whose ``lemma`` is the listed cue; none is a listed cue. Worked out once
    per lexicon object."""
    return derived(lexicon, "generated_cues", _generate)
