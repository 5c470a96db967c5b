"""Actor mentions: which people, states, organisations and armed groups an article names.

Aliases are matched with clitics (لحفتر, ومصر, للجيش الوطني الليبي) and fused spellings
(الأممالمتحدة); titles count only while their holder held them at the article's date. A title
standing next to a name of the same actor (وزير الخارجية الروسي سيرغي لافروف) is one mention.

Two later rules read what the longest-first policy set aside (:func:`actor_candidates`):

- **Nested mentions.** A body named inside another actor's title is a mention too, flagged
  ``nested``: ``القائد العام للجيش الوطني الليبي خليفة حفتر`` names Haftar and, inside, the Libyan
  National Army. Only organisations, armed groups and media nest (:data:`NESTING_TYPES`); a
  state, city or person inside a title qualifies the office (``سفير روسيا لدى ليبيا``, ``نائب
  وزير الخارجية الروسي``) as the adjective ``الروسي`` does, and is not counted. Inside the name
  of a body, the person it is named after (``قوات حفتر``) and the place it is in (``السفارة
  الروسية في ليبيا``) are nested mentions (:data:`NAMED_IN_BODY_TYPES`).
- **Anaphora.** An alias of kind ``anaphor`` (``الجيش``) standing bare refers back to the last
  actor fully named that lists it, when no other such actor was named in between.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from analysis.corpus.metadata import MONTHS
from analysis.lexicon.cue_forms import all_cues
from analysis.lexicon.derived import derived
from analysis.lexicon.language import Language
from analysis.lexicon.read import UNRESOLVED, UNRESOLVED_PREFIX, Alias, Lexicon, actor_names
from analysis.arabic.slips import NAME_SLIP_LENGTH, one_letter_off
from analysis.arabic.matcher import Match, PhraseMatcher, has_article, is_nisba, longest_first, proclitic_readings
from analysis.arabic.text import PreparedText, Token, normalise_word
from analysis.arabic.variants import MIN_LENGTH, compound_spellings, name_variants
from analysis.extract.person import first_person
from analysis.extract.teasers import TeaserLines

TANWIN_FATH = "\u064b"
# What may stand between a title and a name that form one mention: الروسي، يونس بك يفكوروف, and
# the quotation marks some outlets put round the name: وزير الخارجية الروسي «سيرغي لافروف»
_APPOSITION_GAP = frozenset(" \t,،\"'«»“”„‟‘’")
_OPENING_MARKS = frozenset("(«“\"'‘„")
_CLOSING_MARKS = frozenset(")»”\"'’‟")
TODAY = "اليوم"
# The actor types named inside a title as a mention of their own: the body the title is an office
# of (رئيس المجلس الرئاسي, المتحدث باسم الكرملين). A state, city or person there only qualifies it.
NESTING_TYPES = frozenset({"organisation", "armed_group", "media"})
# The bodies whose name may hold a person's (قوات حفتر، حكومة السراج): the person is a nested mention.
BODY_TYPES = frozenset({"organisation", "armed_group"})
# The actors named inside a body's name as a nested mention: the person it is named after, and
# the place it is of or in (السفارة الروسية في طرابلس names Tripoli; سفارة روسيا الاتحادية, Russia).
NAMED_IN_BODY_TYPES = frozenset({"person", "state", "city", "location"})
ANAPHOR = "anaphor"


@dataclass(frozen=True)
class Mention:
    actor_id: str
    sentence_id: int
    first_token: int
    last_token: int  # exclusive
    start: int
    end: int
    match_kind: str
    form: str
    nested: bool = False  # named inside the title of another actor's mention


AMERICA_SPELLINGS = (("امريك", "اميرك"), ("اميرك", "امريك"))  # normalised أمريك / أميرك
# The prepositions of an envoy's post, one for another in a title: المبعوث الأممي إلى / لدى / في
# ليبيا (normalised إلى، لدى، في)
POST_PREPOSITIONS = ("الي", "لدي", "في")


def actor_matcher(lexicon: Lexicon) -> PhraseMatcher[Alias]:
    """A matcher over every alias of the lexicon (names take no pronoun suffix), and over the
    spellings outlets use for a person's transliterated name that nobody listed (زاخارفا for
    زاخاروفا, يفكيروف for يفكوروف; see :mod:`analysis.arabic.variants`), as ``variant`` matches.
    Built once per lexicon object: the analysis and the Suggestions page's two searches each
    built their own, 1.6 s apiece with the shipped lexicon, on the first page after an article
    was added."""
    return derived(lexicon, "actor_matcher", _actor_matcher)


def _actor_matcher(lexicon: Lexicon) -> PhraseMatcher[Alias]:
    entries = [(alias.alias, alias) for alias in lexicon.aliases]
    listed = {normalise_word(alias.alias) for alias in lexicon.aliases}
    language = lexicon.language
    keep = language.given_names | {"عبد", "ابو", "بن", "ابن", "ال"}
    generated: set[tuple[str, str]] = set()
    for alias in lexicon.aliases:
        if alias.kind not in ("name", "variant") or lexicon.actors[alias.actor_id].type != "person":
            continue
        name = normalise_word(alias.alias)
        # عبد الله باتيلي is also written عبدالله باتيلي, and the variants of either spelling occur
        spellings = [(name, keep)] + [(form, keep | (set(form.split()) - set(name.split()))) for form in compound_spellings(name)]
        for spelling, kept in spellings:
            forms = name_variants(spelling, common_words=language.common_words, keep=kept)
            if spelling != name:
                forms.add(spelling)
            for variant in forms:
                if variant not in listed and (alias.actor_id, variant) not in generated:
                    generated.add((alias.actor_id, variant))
                    entries.append((variant, Alias(alias.actor_id, variant, "variant", alias.valid_from, alias.valid_to)))
    for alias in lexicon.aliases:
        # أمريكا / أميركا: outlets write America both ways (القيادة العسكرية الأميركية في أفريقيا
        # for the listed الأمريكية), so each alias is also found in the other spelling
        name = normalise_word(alias.alias)
        twin = next((name.replace(one, other) for one, other in AMERICA_SPELLINGS if one in name), None)
        if twin is not None and twin not in listed and (alias.actor_id, twin) not in generated:
            generated.add((alias.actor_id, twin))
            entries.append((twin, replace(alias, alias=twin)))
    for alias in lexicon.aliases:
        # المبعوث الأممي إلى ليبيا is also written المبعوث الأممي لدى ليبيا and … في ليبيا
        words = normalise_word(alias.alias).split()
        if alias.kind != "title" or len(words) < 3:
            continue
        for at, word in enumerate(words[1:-1], start=1):
            if word not in POST_PREPOSITIONS:
                continue
            for other in POST_PREPOSITIONS:
                form = " ".join([*words[:at], other, *words[at + 1:]])
                if other != word and form not in listed and (alias.actor_id, form) not in generated:
                    generated.add((alias.actor_id, form))
                    entries.append((form, replace(alias, alias=form)))
    nisbas = state_nisbas(lexicon)
    for alias in lexicon.aliases:
        # رئيس الوزراء الليبي is also written رئيس وزراء ليبيا: the state in construct with the
        # title, instead of its adjective after it
        construct = _construct_title(alias, lexicon, nisbas) if alias.kind == "title" else None
        if construct is not None and construct not in listed and (alias.actor_id, construct) not in generated:
            generated.add((alias.actor_id, construct))
            entries.append((construct, replace(alias, alias=construct)))
    places = _host_places(lexicon)
    for alias in lexicon.aliases:
        words = normalise_word(alias.alias).split()
        if alias.kind != "title" or len(words) < 4 or words[-2] not in HOST_PREPOSITIONS:
            continue
        short = " ".join(words[:-2])
        if short not in listed and (alias.actor_id, short) not in generated:
            generated.add((alias.actor_id, short))
            entries.append((short, replace(alias, alias=short, host=words[-1], host_places=places.get(words[-1], frozenset()))))
    return PhraseMatcher(entries, enclitics=False)


def _construct_title(alias: Alias, lexicon: Lexicon, nisbas: dict[str, str]) -> str | None:
    """The title ``alias`` with its state's adjective turned into the state's name in construct,
    normalised: وزير الدفاع الروسي → وزير دفاع روسيا, السفير الروسي لدى ليبيا → سفير روسيا لدى
    ليبيا; None when the title has no state adjective, or a preposition before it (المتحدثة باسم
    الخارجية الروسية keeps its one form)."""
    words = normalise_word(alias.alias).split()
    at = next((k for k, word in enumerate(words) if k > 0 and word in nisbas), None)
    if at is None:
        return None
    state = normalise_word(lexicon.actors[nisbas[words[at]]].name_ar)
    head = words[:at]
    if " " in state or any(word in lexicon.language.prepositions or word in HOST_PREPOSITIONS for word in head):
        return None
    bare = [word[2:] if word.startswith("ال") and len(word) > 4 else word for word in head]
    return " ".join(bare + [state] + words[at + 1:])


# A title listed with its host (سفير روسيا لدى ليبيا) is also found without it when the host is
# named in the same sentence and no other host follows (إن سفير روسيا الاتحادية سيتوجه إلى ليبيا).
HOST_PREPOSITIONS = ("لدي", "في")  # normalised لدى، في
HOST_GAP = 1  # words between a shortened title and another host's preposition (الاتحادية لدى مصر)
HOST_REACH = 64  # tokens before and after a shortened title within which its host must be named


def _host_places(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Per state, by its one-word names (normalised), the one-word names of its listed cities:
    ليبيا → طرابلس، بنغازي، …; a title's host is also named by one of its cities (السفير
    الروسي في طرابلس is the ambassador to Libya)."""
    names: dict[str, set[str]] = {}
    for alias in lexicon.aliases:
        if alias.kind in ("name", "variant"):
            names.setdefault(alias.actor_id, set()).add(normalise_word(alias.alias))
    for actor_id, actor in lexicon.actors.items():
        names.setdefault(actor_id, set()).add(normalise_word(actor.name_ar))
    cities: dict[str, set[str]] = {}
    for actor_id, actor in lexicon.actors.items():
        if actor.type == "city" and actor.affiliation in lexicon.actors:
            cities.setdefault(actor.affiliation, set()).update(name for name in names[actor_id] if " " not in name)
    return {name: frozenset(places) for state, places in cities.items() for name in names[state] if " " not in name}


def _host_missing(match: Match[Alias], prepared: PreparedText) -> bool:
    """Whether a title generated without its host lacks the host in its sentence, or is
    followed by another host (سفير روسيا لدى مصر). One of the host's cities names it too
    (السفير الروسي في طرابلس)."""
    alias = match.payloads[0]
    if not alias.host:
        return False
    hosts = alias.host_places | {alias.host}

    def names_host(token) -> bool:
        return any(stem in hosts for stem, _ in proclitic_readings(token.norm))

    tokens = prepared.tokens
    for at in range(match.last, min(len(tokens), match.last + HOST_GAP + 1)):
        if tokens[at].norm in HOST_PREPOSITIONS:
            # سفير روسيا (الاتحادية) لدى مصر: another host; في طرابلس: the host's capital
            return not (at + 1 < len(tokens) and names_host(tokens[at + 1]))
    sentence = prepared.sentences[prepared.sentence_of_token[match.first] - 1]
    # Within the sentence and a bounded reach of the title, so that a sentence of thousands of
    # words (a page without full stops) is not read once per title.
    first = max(sentence.first_token, match.first - HOST_REACH)
    last = min(sentence.last_token, match.last + HOST_REACH)
    return not any(names_host(token) for token in tokens[first:last])


def actor_candidates(
    prepared: PreparedText, matcher: PhraseMatcher[Alias], *, period: tuple[date, date] | None = None,
    language: Language | None = None, state_adjectives: frozenset[str] = frozenset(),
    slips: dict[str, list[tuple[tuple[str, ...], str, Alias]]] | None = None,
) -> list[Match[Alias]]:
    """Every alias match of the article's sentences, overlapping ones included, in token order.

    Args:
        prepared: the article, from :func:`analysis.arabic.text.prepare`.
        matcher: from :func:`actor_matcher`.
        period: the article's date as a range of days; titles held outside it are not matched.
        language: the word lists; with them, a word read as a clitic and a name that is really
            a common word or a verb is left out (:func:`_clitic_misreading`).
        state_adjectives: the states' nisbas (:func:`state_nisbas`); with them, a name ending in
            another adjective and followed by one is left out (:func:`_qualified_name`).
        slips: from :func:`name_slips`; with them, a listed person's full name whose family name
            carries a stray last letter is a ``variant`` match (:func:`_slipped_names`).
    """
    tokens = prepared.tokens
    found = []
    for match in matcher.candidates(tokens, accept=lambda alias: alias.valid_during(period)):
        if prepared.sentence_of_token[match.first] == 0:
            continue  # the dateline
        if TANWIN_FATH in prepared.text[tokens[match.last - 1].start:tokens[match.last - 1].end]:
            continue  # روسيًا، دوليًا: an adverb ("in Russian terms"); a name never takes tanwin
        if language is not None and _clitic_misreading(match, tokens, language):
            continue
        if state_adjectives and _qualified_name(match, tokens, state_adjectives):
            continue
        if _host_missing(match, prepared):
            continue
        found.append(match)
    if language is not None:
        found.extend(_quoted_names(prepared, matcher, language, lambda alias: alias.valid_during(period)))
    if slips:
        found.extend(_slipped_names(prepared, slips, language, lambda alias: alias.valid_during(period)))
    found.extend(_dual_heads(prepared, matcher, lambda alias: alias.valid_during(period)))
    found.extend(_second_of_duals(prepared, matcher, found, lambda alias: alias.valid_during(period)))
    found.extend(_dual_titles(prepared, matcher, lambda alias: alias.valid_during(period)))
    found.sort(key=lambda match: match.first)
    return found


def name_slips(lexicon: Lexicon) -> dict[str, list[tuple[tuple[str, ...], str, Alias]]]:
    """The listed persons' names of two words or more, by the word before the family name:
    ``{"حيدر": [(("حيدر",), "اغانين", alias)]}``, for :func:`_slipped_names`."""
    slips: dict[str, list[tuple[tuple[str, ...], str, Alias]]] = {}
    for alias in lexicon.aliases:
        if alias.kind not in ("name", "variant") or lexicon.actors[alias.actor_id].type != "person":
            continue
        words = normalise_word(alias.alias).split()
        if len(words) < 2 or len(words[-1]) < MIN_LENGTH:
            continue
        slips.setdefault(words[-2], []).append((tuple(words[:-1]), words[-1], alias))
    return slips


def _slipped_names(prepared: PreparedText, slips: dict[str, list[tuple[tuple[str, ...], str, Alias]]],
                   language: Language | None, accept) -> list[Match[Alias]]:
    """A listed person's full name whose family name carries a stray letter at its end, which
    the variant generator does not make (``حيدر أغانينو`` for ``حيدر أغانين``: a و glued on as if
    a conjunction), as a ``variant`` match of that person. The given name(s) before it must stand
    exactly as listed, the family name be at least MIN_LENGTH letters, and the word written be no
    common word. Only an added last letter: a letter changed inside the name may be another
    person's (فلاديمير ياكوبين is not فلاديمير ياكونين). One dictionary look-up per word and one
    comparison per listed name sharing the word before it: linear in the article."""
    tokens = prepared.tokens
    common = language.common_words if language is not None else frozenset()
    found = []
    for index in range(1, len(tokens)):
        word = tokens[index]
        if not word.is_word or len(word.norm) < MIN_LENGTH or word.norm in common:
            continue
        before = tokens[index - 1].norm
        entries = slips.get(before) or (slips.get(before[1:]) if before.startswith("و") else None)
        if not entries or prepared.sentence_of_token[index] == 0:
            continue
        for given, family, alias in entries:
            first = index - len(given)
            if first < 0 or not accept(alias) or word.norm[:-1] != family:
                continue
            words = [token.norm for token in tokens[first:index]]
            words[0] = words[0] if words[0] == given[0] or not words[0].startswith("و") else words[0][1:]
            if tuple(words) != given or prepared.sentence_of_token[first] != prepared.sentence_of_token[index]:
                continue
            variant = " ".join((*given, word.norm))
            found.append(Match(first, index + 1, variant, (Alias(alias.actor_id, variant, "variant", alias.valid_from, alias.valid_to),), "exact"))
            break
    return found


def _qualified_name(match: Match[Alias], tokens: list[Token], state_adjectives: frozenset[str]) -> bool:
    """Whether a name of two words or more that ends in an adjective other than a state's
    (الجيش الوطني) is followed by a state's adjective, which makes it another body: ``الجيش الوطني
    التشادي`` is Chad's army, not the Libyan one ``الجيش الوطني`` stands for. A name ending in a
    state's adjective says whose it is already (البرلمان الليبي الشرعي)."""
    if match.last - match.first < 2 or match.last >= len(tokens) or not tokens[match.last].is_word:
        return False
    last, after = tokens[match.last - 1].norm, tokens[match.last].norm
    return (
        last.startswith("ال") and last.endswith("ي") and last not in state_adjectives
        and after in state_adjectives and all(alias.kind == "name" for alias in match.payloads)
    )


DUAL_NAME_WORDS = 3  # words of a name after a dual head or its و (قاعدتي الجفرة وبراك الشاطئ)


def _headed(tokens: list[Token], head: str, words: list[Token], matcher: PhraseMatcher[Alias], accept):
    """The longest alias made of ``head`` (a singular head noun) and the first of ``words`` onward,
    as (match, how many of ``words`` it takes), or None."""
    window = [Token(0, head, words[0].start, words[0].start, True)]
    window += [Token(i + 1, word.norm, word.start, word.end, word.is_word) for i, word in enumerate(words)]
    for match in matcher.find(window, accept=accept):
        if match.first == 0 and match.last >= 2:
            return match, match.last - 1
    return None


def _dual_heads(prepared: PreparedText, matcher: PhraseMatcher[Alias], accept) -> list[Match[Alias]]:
    """The first body of a feminine dual head shared by two names: in ``قاعدتي الجفرة وبراك
    الشاطئ`` the dual ``قاعدتي`` heads ``قاعدة الجفرة`` (the second, behind و, is read by
    :func:`_second_of_duals`). The match runs from the dual (with its clitic: بقاعدتي) to the name's end."""
    tokens = prepared.tokens
    extra = []
    for index, token in enumerate(tokens[:-1]):
        # proclitics come off the front only, so a dual's stem ends as its word does (قاعدتي)
        if not token.is_word or not token.norm.endswith("تي") or prepared.sentence_of_token[index] == 0:
            continue
        for stem, stripped in proclitic_readings(token.norm):
            if len(stem) < 5 or not stem.endswith("تي"):
                continue
            found = _headed(tokens, stem[:-2] + "ه", tokens[index + 1:index + 1 + DUAL_NAME_WORDS], matcher, accept)
            if found is not None:
                match, taken = found
                extra.append(Match(index, index + 1 + taken, match.phrase, match.payloads, "clitic"))
                break
    return extra


def _dual_titles(prepared: PreparedText, matcher: PhraseMatcher[Alias], accept) -> list[Match[Alias]]:
    """Two holders of one title named by its definite dual and two nisbas, the second behind و:
    ``الرئيسين الروسي والتركي`` → ``الرئيس الروسي`` and ``الرئيس التركي``. The singular is the dual
    less ين/ان; both titles must be aliases (held at the article's date, by ``accept``). The first
    match runs from the dual to the first nisba, the second is the nisba behind و. At most
    DUAL_NAME_WORDS words are read after a dual. (The construct dual, وزيرا الخارجية الروسي
    والتركي, was tried and left out: a blind set's actor precision fell.)"""
    tokens = prepared.tokens
    extra = []
    for index, token in enumerate(tokens[:-2]):
        if not token.is_word or not token.norm.endswith(("ين", "ان")) or prepared.sentence_of_token[index] == 0:
            continue
        limit = min(len(tokens), index + 2 + DUAL_NAME_WORDS)
        second = next((j for j in range(index + 2, limit)
                       if tokens[j].norm.startswith("وال") and is_nisba(tokens[j].norm[1:])), -1)
        if second < 0 or not is_nisba(tokens[second - 1].norm):
            continue
        words = tokens[index + 1:second]
        for stem, _ in proclitic_readings(token.norm):
            singular = _dual_singular(stem)
            if singular is None:
                continue
            first = _headed(tokens, singular, words, matcher, accept)
            if first is None or first[1] != len(words):
                continue
            other = [*words[:-1], Token(0, tokens[second].norm[1:], tokens[second].start, tokens[second].end, True)]
            found = _headed(tokens, singular, other, matcher, accept)
            if found is None or found[1] != len(other):
                continue
            extra.append(Match(index, second, first[0].phrase, first[0].payloads, "clitic"))
            extra.append(Match(second, second + 1, found[0].phrase, found[0].payloads, "clitic"))
            break
    return extra


def _dual_singular(stem: str) -> str | None:
    """The singular of a definite dual title: الرئيسين، الوزيران → الرئيس، الوزير."""
    if stem.startswith("ال") and len(stem) >= 7 and stem.endswith(("ين", "ان")):
        return stem[:-2]
    return None



def _second_of_duals(prepared: PreparedText, matcher: PhraseMatcher[Alias], found: list[Match[Alias]], accept) -> list[Match[Alias]]:
    """The second body of a dual head shared by two: in ``مجلسي النواب والدولة`` the dual
    ``مجلسي`` heads ``مجلس النواب`` and, behind و, ``مجلس الدولة``, matched as the singular head
    and the words from و on, the head with the article before an adjective (``والأعلى للدولة``:
    ``المجلس الأعلى للدولة``). The match is those words (``والدولة``, ``وبراك الشاطئ``)."""
    tokens = prepared.tokens
    extra = []
    for match in found:
        head = tokens[match.first].norm
        after = match.last
        if match.last - match.first < 2 or not head.endswith("ي") or len(head) < 4 or after >= len(tokens):
            continue
        word = tokens[after].norm
        if not (tokens[after].is_word and word.startswith("و") and len(word) > 3):
            continue
        singular = head[:-1]
        if singular.endswith("ت"):
            singular = singular[:-1] + "ه"  # حكومتي → حكومه
        # the word behind و and the words of a longer name after it (وبراك الشاطئ)
        words = [Token(0, word[1:], tokens[after].start, tokens[after].end, True), *tokens[after + 1:after + DUAL_NAME_WORDS]]
        found_second = _headed(tokens, singular, words, matcher, accept)
        if found_second is None and word[1:].startswith("ال"):
            # an adjective behind و: the singular takes the article with it (مجلسي النواب والأعلى
            # للدولة: المجلس الأعلى للدولة)
            found_second = _headed(tokens, "ال" + singular, words, matcher, accept)
        if found_second is not None:
            second, taken = found_second
            extra.append(Match(after, after + taken, second.phrase, second.payloads, "clitic"))
    return extra


QUOTED_NAME_WORDS = 4  # words of a name in quotation marks after its head noun


def _quoted_names(prepared: PreparedText, matcher: PhraseMatcher[Alias], language: Language, accept) -> list[Match[Alias]]:
    """A body's or place's name whose head noun stands outside the quotation marks round the rest:
    ``صحيفة "صن" البريطانية``, ``قناة “الحدث” السعودية``, ``قاعدة «الجفرة» الجوية`` are ``صحيفة صن``,
    ``قناة الحدث`` and ``قاعدة الجفرة``. The match runs from the head noun to the closing mark. Head
    nouns: ``language/institution_heads.txt`` and ``language/place_heads.txt``."""
    tokens, text = prepared.tokens, prepared.text
    heads = language.institution_heads | language.place_heads
    found = []
    for index, token in enumerate(tokens[:-3]):
        opening = tokens[index + 1]  # the mark first: most words have none after them
        if opening.is_word or not token.is_word or text[opening.start:opening.end] not in _OPENING_MARKS:
            continue
        if prepared.sentence_of_token[index] == 0 or not any(stem in heads for stem, _ in proclitic_readings(token.norm)):
            continue
        close = index + 2
        while close < len(tokens) and close - index - 2 <= QUOTED_NAME_WORDS and tokens[close].is_word:
            close += 1
        if close == index + 2 or close >= len(tokens) or text[tokens[close].start:tokens[close].end] not in _CLOSING_MARKS:
            continue
        inner = [token, *tokens[index + 2:close]]
        for match in matcher.find(inner, accept=accept):
            if match.first == 0 and match.last == len(inner):
                found.append(Match(index, close + 1, match.phrase, match.payloads, match.form))
    return found


def _clitic_misreading(match: Match[Alias], tokens: list[Token], language: Language) -> bool:
    """Whether a one-word name behind a proclitic is a misreading of a common word.

    - A generated spelling (``variant``) whose word, clitic and all, is a common word: وسيلة is
      "means", not و + a spelling of سيالة.
    - A name behind a conjunction right after a function word, where Arabic never puts one: in
      ``التي فسرت بها`` the word is the verb "explained", not ف + سرت.
    """
    if match.form != "clitic" or match.last - match.first != 1:
        return False
    word = tokens[match.first].norm
    if all(alias.kind == "variant" for alias in match.payloads) and word in language.common_words \
            and word not in {normalise_word(alias.alias) for alias in match.payloads}:
        return True
    before = match.first - 1
    return (
        word[:1] in ("و", "ف") and before >= 0 and tokens[before].is_word
        and tokens[before].norm in language.function_words and tokens[before].norm not in ("و", "ف")
    )


def find_mentions(
    prepared: PreparedText, matcher: PhraseMatcher[Alias], *, period: tuple[date, date] | None = None,
    candidates: list[Match[Alias]] | None = None, lexicon: Lexicon | None = None,
) -> list[Mention]:
    """Mentions in the article's sentences, in text order: the longest of overlapping matches,
    a title and a name of the same actor side by side merged; no nested mention, no anaphora.

    Args:
        prepared: the article, from :func:`analysis.arabic.text.prepare`.
        matcher: from :func:`actor_matcher`.
        period: the article's date as a range of days; titles held outside it are not matched.
        candidates: :func:`actor_candidates` of the same, when already found.
        lexicon: the lexicon the matcher was built from; without it, a title is its holder's
            even after a deputy word (``language/deputies.txt``) or before a colleague's name,
            and روسيا اليوم is the outlet even before a weekday (``language/weekdays.txt``).
    """
    if candidates is None:
        candidates = actor_candidates(prepared, matcher, period=period)
    tokens = prepared.tokens
    deputies = lexicon.language.deputies if lexicon is not None else frozenset()
    weekdays = lexicon.language.weekdays if lexicon is not None else frozenset()
    accept = lambda alias: alias.valid_during(period)  # noqa: E731
    mentions: list[Mention] = []
    holders: dict[int, tuple[str, ...]] = {}  # an unresolved title's mention index -> who held it
    # a title several people held in turn, matched for the one the date says: its other holders,
    # one of whom its apposition may name (رئيس مجلس النواب الروسي سيرجي ناريشكين in a later article)
    in_turn: dict[int, tuple[str, ...]] = {}
    shared_holders = _shared_title_holders(lexicon) if lexicon is not None else {}
    for match in _today_apart(longest_first(candidates), matcher, tokens, accept, weekdays):
        alias = match.payloads[0]
        if alias.kind == ANAPHOR:
            continue
        if alias.kind in ("title", UNRESOLVED) and match.first > 0 and _is_deputy(tokens[match.first - 1].norm, deputies):
            continue  # نائب وزير خارجية روسيا: a deputy minister, not the minister
        if alias.kind in ("title", UNRESOLVED) and lexicon is not None and _former(match, tokens, lexicon.language):
            continue  # الرئيس الأمريكي السابق: not the president at the article's date
        if lexicon is not None and _another_bearer(match, prepared, lexicon):
            continue  # فيكتور أوزروف is not أوليغ أوزيروف: a surname after another given name
        if lexicon is not None and (not mentions or mentions[-1].last_token < match.first):
            match = _with_given_name(match, prepared, lexicon)  # ديمتري مدفيديف: his given name spelt otherwise
        if alias.holders:
            holders[len(mentions)] = alias.holders
        elif alias.shared:
            in_turn[len(mentions)] = shared_holders.get(UNRESOLVED_PREFIX + normalise_word(alias.alias), ())
        mentions.append(_mention(prepared, match, alias.actor_id, alias.kind))
    stand_ins = {mentions[index].actor_id: held for index, held in holders.items()}
    tenures = _title_tenures(lexicon) if lexicon is not None and stand_ins else {}
    mentions = _named_holders(_merge_appositions(mentions, prepared.text, {**in_turn, **holders}, lexicon, tokens), stand_ins,
                              tenures)
    if lexicon is None:
        return mentions
    return _without_furniture(prepared, _unnamed_counterparts(prepared, mentions, lexicon, period), lexicon)


def _unnamed_counterparts(prepared: PreparedText, mentions: list[Mention], lexicon: Lexicon,
                          period: tuple[date, date] | None) -> list[Mention]:
    """A counterpart with no name after a named person (language/counterparts.txt and a state's
    nisba: ودعا بوتين ونظيره التركي الى وقف للنار) is the holder of the person's own title with
    that state's nisba at the article's date: Putin is الرئيس الروسي, so ونظيره التركي is الرئيس
    التركي, Erdogan. The nisba becomes a mention of him when exactly one person holds that title
    then. Each person mention reads the two tokens after it (a comma between allowed)."""
    tokens, language = prepared.tokens, lexicon.language
    nisbas = derived(lexicon, "state nisbas", state_nisbas)
    titles = derived(lexicon, "title aliases by text", _title_aliases)
    starts = {mention.first_token for mention in mentions}
    added = []
    for mention in mentions:
        actor = lexicon.actors.get(mention.actor_id)
        if actor is None or actor.type != "person":
            continue
        index = mention.last_token
        if index < len(tokens) and tokens[index].norm in ("،", ","):
            index += 1
        if index + 1 >= len(tokens) or index + 1 in starts:
            continue
        word, nisba = tokens[index].norm, tokens[index + 1].norm
        if not (word.startswith("و") and word[1:] in language.counterparts) or nisba not in nisbas:
            continue
        after = index + 2 + (index + 2 < len(tokens) and tokens[index + 2].norm in ("،", ","))
        if after in starts:
            continue  # ونظيره التركي، رجب طيب أردوغان: named
        holders = set()
        for alias in titles.get(("", mention.actor_id), ()):
            words = normalise_word(alias.alias).split()
            # undated, any title he held: a title held in turn (الرئيس الروسي) holds at no date
            if (len(words) > 1 and words[-1] in nisbas and nisbas[words[-1]] != nisbas[nisba]
                    and (period is None or alias.valid_during(period))):
                counterpart = " ".join([*words[:-1], nisba])
                holders.update(found.actor_id for found in titles.get((counterpart, ""), ()) if found.valid_during(period))
        holders.discard(mention.actor_id)
        if len(holders) == 1:
            token = tokens[index + 1]
            added.append(Mention(holders.pop(), prepared.sentence_of_token[index + 1], index + 1, index + 2,
                                 token.start, token.end, "title", "counterpart"))
    return sorted([*mentions, *added], key=lambda mention: mention.first_token) if added else mentions


def _title_aliases(lexicon: Lexicon) -> dict[tuple[str, str], tuple[Alias, ...]]:
    """The title aliases by their normalised text, keyed (text, ""), and by holder, keyed ("", id)."""
    found: dict[tuple[str, str], list[Alias]] = {}
    for alias in lexicon.aliases:
        if alias.kind == "title":
            found.setdefault((normalise_word(alias.alias), ""), []).append(alias)
            found.setdefault(("", alias.actor_id), []).append(alias)
    return {key: tuple(aliases) for key, aliases in found.items()}


# Letters dropped or merged when two spellings of a given name are compared: the long vowels,
# hamza carriers and the final ة/ه, and the letters outlets exchange for one foreign sound.
_SKELETON_DROPPED = str.maketrans("", "", "اويىءأإآئؤةه")
_SKELETON_MERGED = str.maketrans("جقكطثصضذظ", "غغغتتسدزز")


def _skeleton(word: str) -> str:
    """The consonants of a normalised given name, so that its spellings compare equal: سيرغي,
    سيرجي and سيرجى are سرغ; فائز and فايز are فز."""
    return word.translate(_SKELETON_DROPPED).translate(_SKELETON_MERGED)


def _person_names(lexicon: Lexicon) -> list[tuple[str, str]]:
    """Every (actor_id, name) of a listed person: the Arabic name, and the name and variant aliases."""
    names = [(actor_id, actor.name_ar) for actor_id, actor in lexicon.actors.items() if actor.type == "person"]
    return names + [(alias.actor_id, alias.alias) for alias in lexicon.aliases
                    if alias.kind in ("name", "variant") and lexicon.actors[alias.actor_id].type == "person"]


def _people_by_given_name(lexicon: Lexicon) -> dict[str, tuple[tuple[str, str], ...]]:
    """The listed people's names of two words or more, by the skeleton of their first word:
    سرغ → (لافروف, lavrov), …; what :func:`spelt_like_listed` compares a name nobody listed with."""
    found: dict[str, set[tuple[str, str]]] = {}
    for actor_id, name in _person_names(lexicon):
        words = normalise_word(name).split()
        if len(words) >= 2:
            found.setdefault(_given_skeleton(words), set()).add((words[-1], actor_id))
    return {given: tuple(sorted(families)) for given, families in found.items()}


# The first word of a compound given name, which names nobody alone: عبد الكريم is not عبد العاطي.
COMPOUND_GIVEN = frozenset({"عبد", "ابو"})


def compound_given_name(tokens: list[Token], index: int) -> str:
    """The compound given name (COMPOUND_GIVEN and a noun) that ends at token ``index``, joined and
    normalised, or "": ``عبد الواحد`` and ``عبدالواحد`` are عبدالواحد, ``أبو بكر`` ابوبكر. Two tokens read."""
    word = tokens[index].norm
    if not tokens[index].is_word:
        return ""
    if index > 0 and tokens[index - 1].is_word and tokens[index - 1].norm in COMPOUND_GIVEN and word not in COMPOUND_GIVEN:
        return tokens[index - 1].norm + word
    head = next((head for head in COMPOUND_GIVEN if word.startswith(head)), "")
    return word if head and len(word) >= len(head) + 3 else ""


def _given_skeleton(words: list[str]) -> str:
    """The skeleton of a name's given name: its first word, or its first two joined when the first
    opens a compound (COMPOUND_GIVEN) and a family name follows them: ``عبد الكريم الزبيدي`` → عبدالكريم,
    so that it is not ``عبد العاطي العبيدي`` one letter off (att55); ``عبدالعاطي`` written joined is the same."""
    if words[0] in COMPOUND_GIVEN and len(words) >= 3:
        return _skeleton(words[0] + words[1])
    return _skeleton(words[0])


def spelt_like_listed(name: str, lexicon: Lexicon) -> str | None:
    """The listed person whom a name the lexicon does not hold names all the same, its given name
    spelt another way and its family name one letter off (changed, dropped, added, or two
    swapped), or None: ``أيفان نيكلايفتش مالوتكوف`` is Ivan Molotkov (إيفان مولوتكوف), ``توماس
    فالدهاومسر`` Thomas Waldhauser. The family name must have NAME_SLIP_LENGTH letters; two
    people fitting is none. A dictionary lookup and one comparison per listed bearer of the
    given name."""
    words = normalise_word(name).split()
    if len(words) < 2 or len(words[-1]) < NAME_SLIP_LENGTH:
        return None
    family = words[-1]
    bearers = derived(lexicon, "people by given name", _people_by_given_name).get(_given_skeleton(words), ())
    fits = {actor_id for known, actor_id in bearers if known == family or one_letter_off(known, family)}
    return fits.pop() if len(fits) == 1 else None


def _listed_given_names(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Per person, the skeletons of the given names the lexicon writes before the family name
    (every word but the last of each name of two words or more, a compound joined: عبد الله →
    عبدالله). A person listed under one word only is absent: nothing to compare with."""
    found: dict[str, set[str]] = {}
    names = _person_names(lexicon)
    for actor_id, name in names:
        words = normalise_word(name).split()
        if len(words) >= 2:
            given = found.setdefault(actor_id, set())
            given.update(_skeleton(word) for word in words[:-1])
            given.add(_skeleton("".join(words[:-1])))
    return {actor_id: frozenset(given) for actor_id, given in found.items()}


def _former(match: Match[Alias], tokens: list[Token], language: Language) -> bool:
    """Whether a title is followed by a word that puts its holder in the past (language/former.txt),
    right after it or after a nisba: الرئيس الأمريكي السابق، وزير الخارجية الليبي الأسبق. Two tokens read."""
    j = match.last
    if j < len(tokens) and is_nisba(tokens[j].norm) and tokens[j].norm not in language.former:
        j += 1
    return j < len(tokens) and tokens[j].norm in language.former


def written_as_word(prepared: PreparedText, token: Token, language: Language) -> bool:
    """Whether a given name in ي (normalised) is written with ى, and so is a word, not the name:
    على (on) is علي once ى and ي are one letter (للتأثير على حفتر). The names that do end in ى
    (منى، موسى) are listed in language/maqsura_names.txt and keep it."""
    written = prepared.text[token.start:token.end]
    return written.endswith("ى") and token.norm.endswith("ي") and token.norm not in language.maqsura_names


def _another_bearer(match: Match[Alias], prepared: PreparedText, lexicon: Lexicon) -> bool:
    """Whether a listed person's one-word name (his family name) is another man's, being written
    right after a given name (``language/given_names.txt``) that none of his listed names opens
    with: ``السيناتور فيكتور أوزروف`` is no mention of Oleg Ozerov, as ``حافظ الأسد`` is none of
    Bashar. The word before that given name is tried too, for a father's name in between
    (``محمد يونس المنفي``); a given name spelt otherwise (سيرجي لافروف) still matches. Two tokens
    are read. The preposition على before the name (للتأثير على حفتر) is no given name علي.
    A lineage name listed alone (بن سلمان for Mohammed bin Salman) is read so too: in ``وزير الطاقة
    الأمير عبد العزيز بن سلمان`` it is his brother's, a compound given name (عبد and a noun) read
    as one word. (att57)"""
    alias = match.payloads[0]
    tokens = prepared.tokens
    lineage = match.last - match.first == 2 and tokens[match.first].norm in LINEAGE_WORDS
    if alias.kind not in ("name", "variant") or not (match.last - match.first == 1 or lineage) or match.form == "clitic":
        return False
    given = derived(lexicon, "listed given names", _listed_given_names).get(alias.actor_id)
    before = match.first - 1
    if not given or before < 0 or not tokens[before].is_word:
        return False
    word = tokens[before].norm
    compound = compound_given_name(tokens, before)
    if compound:
        # عبد الواحد القماطي، عبدالواحد القماطي، عبد العزيز بن سلمان: a compound given name none of his
        return _skeleton(compound) not in given
    if word not in lexicon.language.given_names or _skeleton(word) in given or written_as_word(prepared, tokens[before], lexicon.language):
        return False
    earlier = before - 1
    return not (earlier >= 0 and tokens[earlier].is_word and _skeleton(tokens[earlier].norm) in given)


def _with_given_name(match: Match[Alias], prepared: PreparedText, lexicon: Lexicon) -> Match[Alias]:
    """``match`` widened over the given name right before a listed person's one-word name when it
    is one of his given names spelt another way (language/given_names.txt, compared by skeleton):
    ``الرئيس ديمتري مدفيديف`` names Dmitry Medvedev (listed as دميتري) whole, so the title before it
    is his and the phrase after a verb is his name, not an unknown man's. One token read. (att49)"""
    alias = match.payloads[0]
    tokens = prepared.tokens
    before = match.first - 1
    if alias.kind not in ("name", "variant") or match.last - match.first != 1 or match.form == "clitic" or before < 0:
        return match
    word = tokens[before].norm
    if not tokens[before].is_word or word not in lexicon.language.given_names \
            or written_as_word(prepared, tokens[before], lexicon.language):
        return match
    if _skeleton(word) not in derived(lexicon, "listed given names", _listed_given_names).get(alias.actor_id, ()):
        return match
    return replace(match, first=before)


PLACE_TYPES = frozenset({"state", "city", "location"})
PATRONYMIC = frozenset({"بن", "ابن", "بنت", "ال", "عبد", "ابو"})  # normalised: بن سلمان، آل ثاني، عبد العزيز
LINEAGE_WORDS = frozenset({"بن", "ابن"})  # normalised: a listed name of one of these and a father's name (بن سلمان)
LOOK_BACK = 200  # characters read back from an outlet for the bracket that opens before it
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LINE_BREAK = re.compile("\n")
# After a place that opens its line, what makes it a dateline: a date, a bracketed outlet, then
# a dash or colon (موسكو - كشف، موسكو 03 يوليو 2020 ( وال ) - أعلن، ليبيا – قالت).
_DATELINE_TAIL = re.compile(
    r"[ \t]*(?:[0-9٠-٩]{1,2}[ \t]+\S+[ \t]+[0-9٠-٩]{4}\S*[ \t]*)?(?:\([^()\n]{1,40}\)[ \t]*)?(?P<mark>[-–—:])"
)
# A place, a comma and a day of a named month, the year left out (موسكو، 5 أبريل - سبوتنيك،
# موسكو ، 5 أبريل.): a dateline whatever mark ends it.
_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_DATED_TAIL = re.compile(
    rf"[ \t]*[،,][ \t]*[0-9٠-٩]{{1,2}}[ \t]+(?:{_MONTH_NAMES})(?:[ \t]*/[ \t]*(?:{_MONTH_NAMES}))?"
    rf"(?:[ \t]+[0-9٠-٩]{{4}})?[ \t]*(?P<mark>[-–—:.،,]|\n|$)"
)


def _without_furniture(prepared: PreparedText, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` without the names that are page furniture or part of an event's name, which
    the guide lists with no actors:

    - a place opening its line before a dash or colon, behind a date or a bracketed outlet: a
      dateline (``موسكو - كشف مندوب روسيا``); a state before a colon only when a person is named
      after it on the line (``ليبيا: بوليانسكي يتوقع``, but ``روسيا: لن نسمح`` is Russia speaking);
      a city before a colon and a listed verb cue in the first person plural is the city speaking
      (``موسكو: نرفض``);
      a place, a comma and a day of a named month is one whatever mark follows (``موسكو ، 5 أبريل.``);
    - an outlet (and a place) alone in brackets after no word: a dateline's or a sign-off's credit
      (``موسكو 03 يوليو 2020 ( وال ) -``، ``(وال – القاهرة)``);
    - an outlet alone on its line, or after a credit word (``المصدر: وكالة سبوتنيك``);
    - a place right after an event's head word (``مؤتمر برلين``، ``قمة روسيا - أفريقيا``);
    - a state whose name is a nisba adjective agreeing with the body just named: ``قناة الحدث
      السعودية`` is the Saudi channel, as ``الروسي`` in ``الوزير الروسي`` is no mention of Russia.
    """
    text, tokens = prepared.text, prepared.tokens
    actors, language = lexicon.actors, lexicon.language

    def kind(mention: Mention) -> str:
        actor = actors.get(mention.actor_id)
        return actor.type if actor is not None else ""

    # Lines, tokens and mentions are found by bisection over their starts, so that each mention
    # reads only its own line's neighbourhood: no pass over the article per mention.
    breaks = [match.start() for match in _LINE_BREAK.finditer(text)]
    token_starts = [token.start for token in tokens]
    mention_starts = [mention.start for mention in mentions]
    first_letter: dict[int, int] = {}  # line start -> where its first Arabic letter is

    def line_of(mention: Mention) -> tuple[int, int]:
        after_break = bisect.bisect_left(breaks, mention.start)
        start = breaks[after_break - 1] + 1 if after_break else 0
        end = bisect.bisect_left(breaks, mention.end)
        return start, breaks[end] if end < len(breaks) else len(text)

    def letter_before(line_start: int, position: int) -> bool:
        if line_start not in first_letter:
            found = _ARABIC_LETTER.search(text, line_start)
            first_letter[line_start] = found.start() if found else len(text)
        return first_letter[line_start] < position

    def mentions_within(start: int, end: int) -> range:
        return range(bisect.bisect_left(mention_starts, start), bisect.bisect_left(mention_starts, end))

    def words_within(start: int, end: int) -> list[Token]:
        return [token for token in tokens[bisect.bisect_left(token_starts, start):bisect.bisect_left(token_starts, end)]
                if token.is_word and token.end <= end]

    words_before = list(accumulate((token.is_word for token in tokens), initial=0))
    longest_credit = max((len(credit.split()) for credit in language.credits), default=0)
    teaser_lines = TeaserLines.of(prepared, language.teasers)

    first_person_cues = derived(lexicon, "first-person cue words", _verb_cue_words)

    def speaks_after(colon_end: int, line_end: int) -> bool:
        """Whether the line goes on, after a place and its colon, with a listed verb cue in the
        first person plural, a negator before it at most: موسكو: نرفض، موسكو: لن نسمح — the city
        speaks, as روسيا: نرفض does; موسكو: قال لافروف is a dateline. Two words are read."""
        words = [token.norm for token in words_within(colon_end, line_end)[:2]]
        if words and words[0] in language.negators:
            words = words[1:]
        return bool(words) and any(
            first_person(words[0], cue) for stem, _ in proclitic_readings(words[0]) for cue in first_person_cues.get(stem, ()))

    def opens_clause(colon_end: int, start: int, line_end: int) -> bool:
        """Whether the person starting at ``start`` is the first word after the colon: ليبيا:
        بوليانسكي يتوقع is a section label, while in روسيا: استهداف الناتو للقذافي تجاوز the state
        speaks of the person. One word is read."""
        words = words_within(colon_end, line_end)[:1]
        return bool(words) and words[0].start == start

    dropped: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.nested:
            continue
        line_start, line_end = line_of(mention)
        if teaser_lines.covers(line_start):
            dropped.add(index)
            continue
        if kind(mention) in PLACE_TYPES and not letter_before(line_start, mention.start):
            tail = _DATELINE_TAIL.match(text, mention.end, line_end) or _DATED_TAIL.match(text, mention.end, line_end)
            if tail and (tail.group("mark") != ":" or (kind(mention) != "state" and not speaks_after(tail.end(), line_end)) or any(
                kind(mentions[other]) == "person" and mentions[other].start > mention.end
                and opens_clause(tail.end(), mentions[other].start, line_end)
                for other in mentions_within(mention.end + 1, line_end)
            )):
                dropped.add(index)
                dropped.update(
                    other for other in mentions_within(mention.end, tail.end())
                    if mentions[other].end <= tail.end() and kind(mentions[other]) == "media"
                )
                continue
        if kind(mention) == "media":
            base = max(line_start, mention.start - LOOK_BACK)
            opened = text[base:mention.start].rstrip()
            closing = text.find(")", mention.end, line_end) if opened.endswith("(") else -1
            if closing >= 0 and not _ARABIC_LETTER.search(opened[:-1].rstrip()[-1:]):
                bracket = base + len(opened) - 1
                inside = [other for other in mentions_within(bracket + 1, closing) if mentions[other].end <= closing]
                words = [
                    token for token in words_within(mention.start, closing)
                    if not any(mentions[i].start <= token.start < mentions[i].end for i in inside)
                ]
                if not words and all(kind(mentions[i]) in PLACE_TYPES | {"media"} for i in inside):
                    dropped.update(inside)
                    continue
            line_words = words_before[bisect.bisect_left(token_starts, line_end)] - words_before[bisect.bisect_left(token_starts, line_start)]
            outside_words = line_words - (words_before[mention.last_token] - words_before[mention.first_token])
            if outside_words <= longest_credit:  # alone on its line, or a short credit line: read its words
                outside = [token for token in words_within(line_start, line_end) if not mention.start <= token.start < mention.end]
                if not outside or " ".join(token.norm for token in outside) in language.credits:
                    dropped.add(index)
                    continue
        if kind(mention) == "state" and index > 0 and _nisba_after_body(mention, mentions[index - 1], tokens, kind):
            dropped.add(index)
            continue
        if kind(mention) == "person" and _work_title(mention, tokens, text, language):
            dropped.add(index)  # فيلم "شوغالي": the film, not Shugaley
            continue
        if kind(mention) == "state" and _accusative_nisba(mention, tokens, language) and not (
                index > 0 and mentions[index - 1].last_token == mention.first_token  # بليبيا روسيا
                or index + 1 < len(mentions) and mentions[index + 1].first_token == mention.last_token
                and kind(mentions[index + 1]) == "state"):  # التقى وفدا روسيا وتركيا: two delegations
            dropped.add(index)
            continue
        if kind(mention) in PLACE_TYPES and mention.first_token > 0:
            previous = tokens[mention.first_token - 1]
            if previous.is_word and any(stem in language.event_heads for stem, _ in proclitic_readings(previous.norm)):
                dropped.add(index)
            elif index - 1 in dropped and not previous.is_word and text[previous.start:previous.end] in "-–—" \
                    and kind(mentions[index - 1]) in PLACE_TYPES and mentions[index - 1].last_token == mention.first_token - 1:
                dropped.add(index)  # قمة روسيا - أفريقيا: the second place of the event's name
    return [mention for index, mention in enumerate(mentions) if index not in dropped]


def _verb_cue_words(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """The one-word reporting and evaluative cues and their generated forms (نأسف from يأسف),
    normalised, each with its listed form (for :func:`analysis.extract.person.first_person`)."""
    words: dict[str, list[str]] = {}
    for cue in all_cues(lexicon):
        form = normalise_word(cue.cue)
        if cue.cue_type in ("reporting", "evaluative") and " " not in form:
            words.setdefault(form, []).append(cue.cue)
    return {form: tuple(listed) for form, listed in words.items()}


def _nisba_after_body(mention: Mention, previous: Mention, tokens: list[Token], kind) -> bool:
    """Whether a one-word state name that is a definite nisba (السعودية) follows a body's
    mention with nothing between: it is that body's adjective."""
    word = tokens[mention.first_token].norm
    return (
        mention.last_token - mention.first_token == 1 and previous.last_token == mention.first_token
        and word.startswith("ال") and word.endswith("يه") and kind(previous) in ("organisation", "media", "armed_group")
    )


def _work_title(mention: Mention, tokens: list[Token], text: str, language: Language) -> bool:
    """Whether a person's name stands alone in quotation marks right after a noun heading a work's
    title (``language/work_heads.txt``): فيلم "شوغالي" is the film called after Shugaley."""
    first, last = mention.first_token, mention.last_token
    if first < 2 or last >= len(tokens) or tokens[first - 1].is_word or tokens[last].is_word:
        return False
    head = tokens[first - 2]
    return (
        text[tokens[first - 1].start:tokens[first - 1].end] in _OPENING_MARKS
        and text[tokens[last].start:tokens[last].end] in _CLOSING_MARKS and head.is_word
        and any(stem in language.work_heads for stem, _ in proclitic_readings(head.norm))
    )


def _accusative_nisba(mention: Mention, tokens: list[Token], language: Language) -> bool:
    """Whether a one-word state name that is also its nisba in the accusative (روسيا، ليبيا،
    تركيا: روسيًا) follows an indefinite noun in alef with nothing between: it is that noun's
    adjective (أجرى مباحثات ضمن استعدادا روسيا، أعاد معتقلا روسيا). A verb in alef is no such
    noun: a plural (خاطبوا روسيا), a pronoun suffix (تشهدها ليبيا), a short one (دعا روسيا); nor is
    a definite word (الاخبار افريقيا), a function word or an adverb that singles the state out
    (بينما روسيا، خصوصا روسيا); nor a name right after another's (ليبيا: بليبيا روسيا تعبر)."""
    if mention.form != "exact" or mention.last_token - mention.first_token != 1 or mention.first_token == 0:
        return False
    word, previous = tokens[mention.first_token].norm, tokens[mention.first_token - 1]
    if not word.endswith("يا") or not previous.is_word:
        return False
    noun = previous.norm
    return (
        len(noun) >= 4 and noun.endswith("ا") and not noun.startswith("ال") and not noun.endswith(("وا", "ها", "نا"))
        and noun not in language.function_words and noun not in language.adverbs and noun not in language.focus_adverbs
    )


_SHARED_HOLDERS: dict[str, dict[str, tuple[str, ...]]] = {}  # lexicon version -> its shared titles' holders


def _shared_title_holders(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Who held each title several people held in turn, by its stand-in's id: read once per lexicon."""
    if not lexicon.version:  # a lexicon built in memory has no version to key on
        return {alias.actor_id: alias.holders for alias in lexicon.aliases if alias.holders}
    if lexicon.version not in _SHARED_HOLDERS:
        _SHARED_HOLDERS[lexicon.version] = {alias.actor_id: alias.holders for alias in lexicon.aliases if alias.holders}
    return _SHARED_HOLDERS[lexicon.version]


_TENURES: dict[str, dict[str, tuple[date, date]]] = {}  # lexicon version -> each titled actor's years in office


def _title_tenures(lexicon: Lexicon) -> dict[str, tuple[date, date]]:
    """Each actor with a dated title, from the first day of his dated titles to the last (open: today's
    far end): read once per lexicon. باتيلي, المبعوث الأممي 2022-09-02 to 2024-05-31."""
    def read() -> dict[str, tuple[date, date]]:
        spans: dict[str, tuple[date, date]] = {}
        for alias in lexicon.aliases:
            if alias.kind != "title" or alias.valid_from is None:
                continue
            first, last = alias.valid_from, alias.valid_to or date.max
            old = spans.get(alias.actor_id)
            spans[alias.actor_id] = (min(first, old[0]), max(last, old[1])) if old else (first, last)
        return spans
    if not lexicon.version:
        return read()
    if lexicon.version not in _TENURES:
        _TENURES[lexicon.version] = read()
    return _TENURES[lexicon.version]


def _named_holders(mentions: list[Mention], stand_ins: dict[str, tuple[str, ...]],
                   tenures: dict[str, tuple[date, date]] | None = None) -> list[Mention]:
    """An unresolved title is the one of its holders the article names elsewhere: in an undated
    article, ``رئيس الحكومة الليبية`` is al-Dbeibah when ``عبد الحميد الدبيبة`` is named and no other
    holder is. Two holders named leave it unresolved.

    With none of its holders named, the persons the article names date it from below (``tenures``,
    from :func:`_title_tenures`): it is written after the latest first day of office among them, and
    the title is the one holder still in office (by his dated titles) after that day. «حذّر ممثل روسيا
    في مجلس الأمن … لجهود باتيلي» is Nebenzia (from 2017), not Churkin (to 2017), since Bathily became
    the envoy in 2022. A person of the past (القذافي) sets no later bound and is no evidence against
    a later holder. Nobody dated named, or two holders in office after that day, leave it unresolved.
    """
    if not stand_ins:
        return mentions
    named = {mention.actor_id for mention in mentions if mention.actor_id not in stand_ins}
    # the latest first day of office among the persons named: the article is no older, read once
    latest_first = max((tenures[actor][0] for actor in named if tenures and actor in tenures), default=None)
    result = []
    for mention in mentions:
        if mention.actor_id in stand_ins:
            held = [holder for holder in stand_ins[mention.actor_id] if holder in named]
            if not held and latest_first is not None:
                held = [holder for holder in stand_ins[mention.actor_id] if holder in tenures
                        and tenures[holder][1] >= latest_first]
            if len(held) == 1:
                mention = replace(mention, actor_id=held[0], match_kind="title")
        result.append(mention)
    return result


def _mention(prepared: PreparedText, match: Match[Alias], actor_id: str, kind: str, *, nested: bool = False) -> Mention:
    tokens = prepared.tokens
    return Mention(
        actor_id, prepared.sentence_of_token[match.first], match.first, match.last,
        tokens[match.first].start, tokens[match.last - 1].end, kind, match.form, nested,
    )


def possessed_bodies(lexicon: Lexicon) -> dict[tuple[str, str], str]:
    """The bodies named after a person: ``{("قوات", "haftar_khalifa"): "lna"}`` from the alias
    ``قوات حفتر`` of the army, whose last words are a name of Haftar. Read by :func:`add_nested`."""
    actors = lexicon.actors
    people: dict[str, set[str]] = {}
    for alias in lexicon.aliases:
        if alias.kind in ("name", "variant") and actors[alias.actor_id].type == "person":
            people.setdefault(" ".join(normalise_word(alias.alias).split()), set()).add(alias.actor_id)
    bodies: dict[tuple[str, str], str] = {}
    for alias in lexicon.aliases:
        if alias.kind not in ("name", "variant") or actors[alias.actor_id].type not in BODY_TYPES:
            continue
        head, _, rest = " ".join(normalise_word(alias.alias).split()).partition(" ")
        for person in people.get(rest, ()):
            bodies.setdefault((head, person), alias.actor_id)
    return bodies


def add_nested(
    prepared: PreparedText, mentions: list[Mention], candidates: list[Match[Alias]], lexicon: Lexicon,
    bodies: dict[tuple[str, str], str] | None = None,
) -> list[Mention]:
    """``mentions`` with the bodies named inside their titles added after each, flagged nested,
    and the people named inside a body's name (:func:`possessed_bodies`).

    Inside a title (or title and name) of one actor, the alias matches of another actor of a
    :data:`NESTING_TYPES` type, the longest where they overlap: ``المجلس الرئاسي الليبي`` in
    ``رئيس المجلس الرئاسي الليبي``, not also ``المجلس الرئاسي``. Inside the name of a body, the
    person it is named after: ``قوات حفتر`` is the army and, nested, Haftar; so is ``قوات «خليفة
    حفتر»``, the head word before a person's fuller name; and the place it is of or in:
    ``السفارة الروسية في ليبيا`` is the embassy and, nested, Libya. One pass over both lists, which are in
    token order and whose mentions do not overlap.
    """
    actors = lexicon.actors
    if bodies:
        mentions = _bodies_before_people(prepared, mentions, bodies)
    result: list[Mention] = []
    position = 0
    candidate_firsts = [match.first for match in candidates]
    for mention in mentions:
        result.append(mention)
        if mention.nested:
            continue
        if "title" not in mention.match_kind:
            if mention.last_token - mention.first_token > 1 and actors.get(mention.actor_id) is not None \
                    and actors[mention.actor_id].type in BODY_TYPES:
                # the candidates inside the body's name, found by bisection (candidates are in
                # token order): no pass over the article per mention
                inner = [
                    match for match in candidates[bisect.bisect_right(candidate_firsts, mention.first_token):
                                                  bisect.bisect_left(candidate_firsts, mention.last_token)]
                    if match.last <= mention.last_token
                    and match.payloads[0].kind in ("name", "variant")
                    and match.payloads[0].actor_id != mention.actor_id
                    and actors[match.payloads[0].actor_id].type in NAMED_IN_BODY_TYPES
                ]
                result.extend(
                    _mention(prepared, match, match.payloads[0].actor_id, match.payloads[0].kind, nested=True)
                    for match in longest_first(inner)
                )
            continue
        while position < len(candidates) and candidates[position].first < mention.first_token:
            position += 1
        inside = []
        while position < len(candidates) and candidates[position].first < mention.last_token:
            match = candidates[position]
            position += 1
            alias = match.payloads[0]
            if (
                match.last <= mention.last_token
                and alias.kind != ANAPHOR
                and alias.actor_id != mention.actor_id
                and actors[alias.actor_id].type in NESTING_TYPES
            ):
                inside.append(match)
        result.extend(
            _mention(prepared, match, match.payloads[0].actor_id, match.payloads[0].kind, nested=True)
            for match in longest_first(inside)
        )
    return result


def _bodies_before_people(
    prepared: PreparedText, mentions: list[Mention], bodies: dict[tuple[str, str], str]
) -> list[Mention]:
    """``قوات «خليفة حفتر»``, ``حكومة فايز السراج``: the head word of a body named after a person
    (``قوات`` of ``قوات حفتر``), right before that person's mention, names the body with it."""
    tokens, text = prepared.tokens, prepared.text
    result: list[Mention] = []
    taken = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
    for mention in mentions:
        before = mention.first_token - 1
        while before >= 0 and not tokens[before].is_word and set(text[tokens[before].start:tokens[before].end]) <= _APPOSITION_GAP:
            before -= 1
        body = None
        if before >= 0 and before not in taken and tokens[before].is_word and not mention.nested \
                and prepared.sentence_of_token[before] == mention.sentence_id:
            for stem, _ in proclitic_readings(tokens[before].norm):
                body = bodies.get((stem, mention.actor_id))
                if body:
                    form = "exact" if stem == tokens[before].norm else "clitic"
                    break
        if body is None:
            result.append(mention)
            continue
        last, end = mention.last_token, mention.end
        opened = not set(text[tokens[before].end:mention.start]).isdisjoint(_OPENING_MARKS)
        if opened and last < len(tokens) and text[tokens[last].start:tokens[last].end] in _CLOSING_MARKS:
            last, end = last + 1, tokens[last].end  # قوات «خليفة حفتر»: the closing mark too
        # The person inside is added back, nested, from the candidates (add_nested).
        result.append(Mention(body, mention.sentence_id, before, last, tokens[before].start, end, "name", form))
    return result


def anaphors_of(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The anaphor words (normalised) each actor lists: ``{"lna": {"الجيش"}}``."""
    listing: dict[str, set[str]] = {}
    for alias in lexicon.aliases:
        if alias.kind == ANAPHOR:
            listing.setdefault(alias.actor_id, set()).add(_anaphor_word(alias))
    return {actor_id: frozenset(words) for actor_id, words in listing.items()}


def _anaphor_word(alias: Alias) -> str:
    return " ".join(normalise_word(alias.alias).split())


def families(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Family names several listed people share, normalised, and who bears each: حفتر → Khalifa,
    Khaled, Saddam Haftar. Read from persons' Arabic names and name aliases of two words or more."""
    bearers: dict[str, set[str]] = {}
    names = _person_names(lexicon)
    for actor_id, name in names:
        words = normalise_word(name).split()
        # محمد بن سلمان، سلمان بن عبد العزيز، آل ثاني: a father's or a house's name is no family name
        if (len(words) >= 2 and len(words[-1]) >= 3 and words[-2] not in PATRONYMIC
                and not actor_id.startswith(UNRESOLVED_PREFIX)):
            bearers.setdefault(words[-1], set()).add(actor_id)
    return {family: frozenset(ids) for family, ids in bearers.items() if len(ids) > 1}


def resolve_family_names(prepared: PreparedText, mentions: list[Mention], shared: dict[str, frozenset[str]]) -> list[Mention]:
    """A family name alone that several listed people bear, in a later sentence, is the one of them
    the article named first in full: ``أكد رئيس الأركان اللواء خالد حفتر … وأوضح حفتر`` → Khaled,
    not Khalifa, whom the lexicon gives the bare name. In the sentence that names the relative the
    bare name is still the one the lexicon gives it (واستقبل الصديق حفتر وفدا، وقال إن حفتر يرحب:
    the son speaks of his father). One pass over the mentions, in text order."""
    if not shared:
        return mentions
    text = prepared.text
    first_named: dict[str, tuple[str, int]] = {}  # family name -> the bearer named first in full, and where
    resolved: list[Mention] = []
    for mention in mentions:
        words = normalise_word(text[mention.start:mention.end]).split()
        family = _family_of(words[-1], shared) if words else ""
        if family and mention.actor_id in shared[family] and not mention.nested:
            if len(words) >= 2:
                first_named.setdefault(family, (mention.actor_id, mention.sentence_id))
            elif family in first_named:
                bearer, named_in = first_named[family]
                if bearer != mention.actor_id and named_in < mention.sentence_id:
                    mention = replace(mention, actor_id=bearer)
        resolved.append(mention)
    return resolved


def _family_of(word: str, shared: dict[str, frozenset[str]]) -> str:
    """The shared family name ``word`` is, with its clitics (وحفتر، لحفتر), or ""."""
    word = word.strip("\"'“”«»()")
    if word in shared:
        return word
    return next((stem for stem, _ in proclitic_readings(word) if stem in shared), "")


def resolve_anaphora(
    prepared: PreparedText, mentions: list[Mention], candidates: list[Match[Alias]], listing: dict[str, frozenset[str]],
    bodies: dict[str, str] | None = None,
) -> list[Mention]:
    """``mentions`` with the bare anaphors that refer back added, ``match_kind`` ``anaphora``.

    ``وصل وفد الجيش الوطني الليبي … وقال الجيش``: the second is the Libyan National Army, the last
    actor listing the anaphor ``الجيش`` named before it. Another such actor named in between takes
    the anaphor over; a qualified one (``الجيش الروسي``, an army the lexicon may lack) leaves it to
    nobody, and with nobody named before, a bare anaphor is no mention. One pass: the last actor
    named is kept per anaphor word as the text is read.

    A person's body stands in for a body of its kind nobody named: ``قال لافروف إن … وأضافت الوزارة``
    is the Russian foreign ministry, Lavrov's (``bodies``), when no ministry was named before;
    a ministry named before keeps the anaphor.

    Args:
        listing: :func:`anaphors_of` the lexicon.
        bodies: each listed person's body (:func:`person_bodies`).
    """
    if not listing:
        return mentions
    taken = {index for mention in mentions if not mention.nested for index in range(mention.first_token, mention.last_token)}
    bare = [
        match for match in longest_first([match for match in candidates if match.payloads[0].kind == ANAPHOR])
        if taken.isdisjoint(range(match.first, match.last))
    ]
    result: list[Mention] = []
    last: dict[str, str | None] = {}  # anaphor word -> the actor it refers back to
    others = _other_bodies(prepared, taken, {_anaphor_word(match.payloads[0]) for match in bare})
    starts = {mention.first_token for mention in mentions if not mention.nested}
    position = 0
    # others are in token order and are passed in token order, so a pointer drops them (rebuilding
    # the list at each anaphor and mention made a page of bodies nobody listed quadratic)
    passed = 0
    for mention in [*mentions, None]:
        while position < len(bare) and (mention is None or bare[position].first < mention.first_token):
            match = bare[position]
            position += 1
            word = _anaphor_word(match.payloads[0])
            while passed < len(others) and others[passed][0] <= match.first:
                if others[passed][1] == word and others[passed][0] < match.first:
                    last[word] = None  # وزارة الداخلية named since: الوزارة is that one
                passed += 1
            if _qualified(prepared, match):
                last[word] = None
            elif _governs_mention(prepared, match, starts):
                pass  # القيادة العامة لـ«القوات المسلحة العربية الليبية»: named in full right after
            elif last.get(word):
                result.append(_mention(prepared, match, last[word], "anaphora"))
        if mention is not None:
            while passed < len(others) and others[passed][0] <= mention.first_token:
                passed += 1
            result.append(mention)
            for word in listing.get(mention.actor_id, ()):
                last[word] = mention.actor_id
            body = (bodies or {}).get(mention.actor_id, "")
            for word in listing.get(body, ()):
                if word not in last:  # قال لافروف … وأضافت الوزارة: no ministry named, his is meant
                    last[word] = body
    return result


def person_bodies(lexicon: Lexicon) -> dict[str, str]:
    """Each listed person's body, the organisation of his affiliation: ``lavrov`` → ``russia_mfa``.
    Not an armed group: الجيش after حفتر is as often the army he fights (قوات الجيش)."""
    return {actor_id: actor.affiliation for actor_id, actor in lexicon.actors.items()
            if actor.type == "person" and actor.affiliation in lexicon.actors
            and lexicon.actors[actor.affiliation].type == "organisation"}


def _governs_mention(prepared: PreparedText, match: Match[Alias], starts: set[int]) -> bool:
    """Whether the anaphor's body is named right after it behind ل: ``القيادة العامة لـ«القوات
    المسلحة العربية الليبية»``, ``القيادة العامة للجيش الوطني الليبي`` name it in full, once."""
    tokens, text = prepared.tokens, prepared.text
    index, preposition = match.last, False
    while index < len(tokens) and index - match.last < 3:
        token = tokens[index]
        if token.is_word and token.norm == "ل":
            preposition = True  # لـ written apart
        elif token.is_word:
            break
        elif not set(text[token.start:token.end]) <= _OPENING_MARKS | {"ـ", " "}:
            return False
        index += 1
    if index >= len(tokens) or index not in starts:
        return False
    return preposition or tokens[index].norm.startswith("ل")


def _other_bodies(prepared: PreparedText, taken: set[int], words: set[str]) -> list[tuple[int, str]]:
    """Where a body of an anaphor's kind that the lexicon lacks is named, in token order:
    the anaphor's noun in the construct state outside every mention (``وزارة الداخلية`` for
    ``الوزارة``, ``سفارة واشنطن`` for ``السفارة``). After it the bare anaphor is that body's."""
    heads = {word[2:]: word for word in words if word.startswith("ال") and " " not in word and len(word) > 4}
    if not heads:
        return []
    found = []
    for index, token in enumerate(prepared.tokens):
        if index in taken or not token.is_word:
            continue
        for stem, _ in proclitic_readings(token.norm):
            if stem in heads:
                found.append((index, heads[stem]))
                break
    return found


def _qualified(prepared: PreparedText, match: Match[Alias]) -> bool:
    """Whether a definite nisba adjective follows the anaphor: الجيش الروسي، الجيش التركي، الجيش
    الوطني name an army of their own, not the last one named."""
    tokens = prepared.tokens
    if match.last >= len(tokens) or not tokens[match.last].is_word:
        return False  # punctuation next: الجيش، الذي
    word = tokens[match.last].norm
    return word.startswith("ال") and len(word) >= 5 and word.endswith(("ي", "يه"))


def _today_apart(matches: list[Match[Alias]], matcher: PhraseMatcher[Alias], tokens: list[Token], accept,
                 weekdays: frozenset[str]) -> Iterator[Match[Alias]]:
    """``matches``, where a name ending in اليوم right before a weekday is matched again without
    it: ``أعلنت روسيا اليوم الثلاثاء`` names Russia, today, not the outlet روسيا اليوم."""
    for match in matches:
        after = match.last
        if (
            weekdays and match.last - match.first > 1 and tokens[match.last - 1].norm == TODAY
            and after < len(tokens) and tokens[after].norm in weekdays
        ):
            for shorter in matcher.find(tokens[match.first:match.last - 1], accept=accept):
                yield replace(shorter, first=shorter.first + match.first, last=shorter.last + match.first)
        else:
            yield match


def _colleagues(lexicon: Lexicon, holder: str, named: str) -> bool:
    """Two people of the same body (الخارجية الروسية): a title of one may be the other's too.
    Never across bodies: in ``استقبل الرئيس الروسي خليفة حفتر`` Haftar is received, not president."""
    first, second = lexicon.actors.get(holder), lexicon.actors.get(named)
    return (first is not None and second is not None and holder != named and first.type == second.type == "person"
            and bool(first.affiliation) and first.affiliation == second.affiliation)


# How many words nobody listed may stand between a title and its holder's one-word name: a given
# name and a second one (يونس بك, جونوس بيك), no more, so the window stays bounded.
GIVEN_NAME_WORDS = 2


def _given_name_between(title: Mention, name: Mention, tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether a given name nobody listed (one or two words, the first no common noun unless a
    given name, none a function word, adverb or honorific), after an optional comma, stands
    between a title and a one-word name:
    ``نائب وزير الخارجية الروسي غوينادي جاتيلوف``, ``نائب وزير الدفاع الروسي، جونوس بيك إفكوروف``."""
    if name.last_token - name.first_token != 1 or name.first_token - title.last_token > GIVEN_NAME_WORDS + 1:
        return False  # the words and one comma at most: no slice of a long gap
    between = tokens[title.last_token:name.first_token]
    words = [token for token in between if token.is_word]
    if not 1 <= len(words) <= GIVEN_NAME_WORDS:
        return False
    # punctuation only before the given name (the title's apposition comma), never inside it
    if any(not token.is_word for token in between[len(between) - len(words):]):
        return False
    if any(not set(token.norm) <= _APPOSITION_GAP for token in between if not token.is_word):
        return False
    language = lexicon.language
    first = words[0].norm
    if first in language.common_words and first not in language.given_names:
        return False
    # the second word of a given name may be a common word elsewhere (بيك), never a particle
    return not any(
        token.norm in language.function_words or token.norm in language.prepositions
        or token.norm in language.adverbs or token.norm in language.honorifics
        for token in words
    )


def _is_deputy(word: str, deputies: frozenset[str]) -> bool:
    return any(stem in deputies for stem, _ in proclitic_readings(word))


def _merge_appositions(mentions: list[Mention], text: str, holders: dict[int, tuple[str, ...]] | None = None,
                       lexicon: Lexicon | None = None, tokens: list[Token] | None = None) -> list[Mention]:
    """A title and the name of the same actor standing together are one mention (``title+name``).

    The name beside a title says who holds it: in an undated article ``رئيس المجلس الرئاسي محمد
    المنفي`` is al-Menfi, and a title several colleagues hold at once names the one whose full name
    follows (``نائب وزير الخارجية الروسي غينادي غاتيلوف`` is Gatilov, not the deputy minister listed),
    also when the given name is spelt in a way nobody listed (``غوينادي جاتيلوف``).
    """
    holders = holders or {}
    merged: list[Mention] = []
    for index, mention in enumerate(mentions):
        previous = merged[-1] if merged else None
        given_name = (
            previous is not None and lexicon is not None and tokens is not None
            and _given_name_between(previous, mention, tokens, lexicon)
        )
        if (
            previous is not None
            and mention.actor_id in holders.get(index - 1, ())
            and previous.sentence_id == mention.sentence_id
            and (set(text[previous.end:mention.start]) <= _APPOSITION_GAP or given_name)
        ):
            previous = merged[-1] = replace(previous, actor_id=mention.actor_id, match_kind="title")
        elif (
            previous is not None
            and lexicon is not None
            and previous.match_kind == "title"
            and mention.match_kind in ("name", "variant")
            and (mention.last_token - mention.first_token >= 2 or given_name)
            and previous.sentence_id == mention.sentence_id
            and (set(text[previous.end:mention.start]) <= _APPOSITION_GAP or given_name)
            and _colleagues(lexicon, previous.actor_id, mention.actor_id)
        ):
            previous = merged[-1] = replace(previous, actor_id=mention.actor_id)
        gap = text[previous.end:mention.start] if previous is not None else ""
        # The same actor again in brackets or quotation marks right after it is one mention:
        # محمد حمدان دقلو (حميدتي)، السفيرة الأميركية لدى الأمم المتحدة “ليندا توماس غرينفيلد”,
        # and a body's abbreviation after its name: حلف شمال الأطلسي (الناتو).
        # The brackets must close right after the name: in حفتر (خليفة حفتر قاد الجيش) they open an
        # aside of its own, which names him again.
        bracketed = (
            bool(gap) and set(gap) <= _APPOSITION_GAP | _OPENING_MARKS and not set(gap).isdisjoint(_OPENING_MARKS)
            and lexicon is not None and mention.actor_id in lexicon.actors
            and text[mention.end:mention.end + 3].lstrip(" ")[:1] in _CLOSING_MARKS
        )
        # A title in brackets before its holder's name is one mention with it, as a title written
        # bare is: قوات (الزعيم الليبي) معمر القذافي
        title_in_brackets = (
            previous is not None and previous.match_kind == "title" and bool(gap)
            and set(gap) <= _APPOSITION_GAP | _CLOSING_MARKS and not set(gap).isdisjoint(_CLOSING_MARKS)
            and text[max(0, previous.start - 2):previous.start].strip()[-1:] in _OPENING_MARKS
        )
        if (
            previous is not None
            and previous.actor_id == mention.actor_id
            and previous.sentence_id == mention.sentence_id
            and ("title" in (previous.match_kind, mention.match_kind) or bracketed)
            and (set(gap) <= _APPOSITION_GAP or bracketed or title_in_brackets
                 or (given_name and previous.match_kind == "title"))
        ):
            kinds = "title+name" if previous.match_kind == "title" else f"{previous.match_kind}+{mention.match_kind}"
            if previous.match_kind == mention.match_kind:
                kinds = previous.match_kind
            form = previous.form if previous.form == mention.form else "clitic"
            end, last_token = mention.end, mention.last_token
            opened = not set(gap).isdisjoint(_OPENING_MARKS)
            if opened and text[end:end + 1] in _CLOSING_MARKS and tokens is not None and last_token < len(tokens):
                end, last_token = end + 1, last_token + 1  # the closing mark belongs to the mention
            start, first_token = previous.start, previous.first_token
            if title_in_brackets and tokens is not None and first_token > 0 \
                    and text[tokens[first_token - 1].start:tokens[first_token - 1].end] in _OPENING_MARKS:
                first_token -= 1  # the opening mark belongs to the mention: (الزعيم الليبي) معمر القذافي
                start = tokens[first_token].start
            merged[-1] = Mention(
                previous.actor_id, previous.sentence_id, first_token, last_token,
                start, end, kinds, form,
            )
        else:
            merged.append(mention)
    return merged


DESCRIPTION_SENTENCES = 3  # how many sentences back a description looks for the person it means
DESCRIPTION_REACH = 200  # and how many tokens at most, so that a page without full stops stays linear


def affiliation_root(lexicon: Lexicon, actor_id: str) -> str:
    """The actor at the top of an actor's chain of affiliations (لافروف → وزارة الخارجية → روسيا,
    مجلس الأمن → الأمم المتحدة); the actor itself when it has none. A cycle stops the walk."""
    seen = set()
    while actor_id in lexicon.actors and actor_id not in seen:
        seen.add(actor_id)
        affiliation = lexicon.actors[actor_id].affiliation
        if not affiliation or affiliation not in lexicon.actors:
            break
        actor_id = affiliation
    return actor_id


def _affiliated_state(lexicon: Lexicon, actor_id: str) -> str:
    """The state an actor belongs to, following affiliations (لافروف → وزارة الخارجية → روسيا)."""
    root = affiliation_root(lexicon, actor_id)
    actor = lexicon.actors.get(root)
    return root if actor is not None and actor.type == "state" else ""


def state_nisbas(lexicon: Lexicon) -> dict[str, str]:
    """The definite nisba adjective of each state named in one word, normalised, masculine and
    feminine: روسيا → الروسي، الروسيه; مصر → المصري; from names and spelling variants alike
    (أمريكا → الأمريكي, أميركا → الأميركي). Names in two words or irregular adjectives are not
    derived and so never refer back."""
    nisbas = {}
    # أميركا, a variant: الأميركي
    for actor_id, words in actor_names(lexicon, ("state",), kinds=("name", "variant")):
        if len(words) != 1:
            continue
        word = words[0]
        stem = word[2:] if word.startswith("ال") else word
        stem = stem[:-1] if stem.endswith("ا") else stem
        stem = stem if stem.endswith("ي") else stem + "ي"
        for adjective in ("ال" + stem, "ال" + stem + "ه"):
            nisbas.setdefault(adjective, actor_id)
    return nisbas


def _states_with_government(lexicon: Lexicon) -> frozenset[str]:
    """The states the lexicon lists a government of: an organisation affiliated to the state whose
    name or an alias opens with a word of ``language/governments.txt`` (حكومة الوفاق → Libya;
    الحكومة الروسية → Russia), with or without the article."""
    words = {word[2:] if word.startswith("ال") else word for word in lexicon.language.governments}
    names = [(actor.actor_id, actor.name_ar) for actor in lexicon.actors.values()]
    names += [(alias.actor_id, alias.alias) for alias in lexicon.aliases]
    states = set()
    for actor_id, name in names:
        actor = lexicon.actors.get(actor_id)
        first = normalise_word(name).split()[:1]
        if actor is None or actor.type != "organisation" or not first:
            continue
        if (first[0][2:] if first[0].startswith("ال") else first[0]) in words:
            states.add(actor.affiliation)
    return frozenset(states)


def _office_holders(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The people holding a title alias, by its first word: ``{"المندوب": {"nebenzia", ...}}``."""
    holders: dict[str, set[str]] = {}
    for alias in lexicon.aliases:
        if alias.kind == "title" and alias.actor_id in lexicon.actors and lexicon.actors[alias.actor_id].type == "person":
            holders.setdefault(normalise_word(alias.alias).split()[0], set()).add(alias.actor_id)
    return {head: frozenset(ids) for head, ids in holders.items()}


def resolve_descriptions(
    prepared: PreparedText, mentions: list[Mention], lexicon: Lexicon, nisbas: dict[str, str]
) -> list[Mention]:
    """``mentions`` with the descriptions that refer back to a person added, ``match_kind``
    ``anaphora``: a head noun of ``language/person_descriptions.txt`` and a state's nisba, standing
    outside every mention and before no name, is the one person of that state named in the last
    ``DESCRIPTION_SENTENCES`` sentences (ليف دينغوف … عقب لقاء المسؤول الروسي → Dengov); a head
    that opens titles of the lexicon (المندوب) is one of their holders (نيبينزيا … المندوب الروسي,
    not لافروف). With two such people named there, or none, it names nobody. Each description looks back over the
    mentions before it in its window only.

    An indefinite head of the list in construct with a state named in one word (``موفد روسيا``,
    ``مبعوث روسيا``, ``سفير روسيا``) is read the same way, and takes the state's place: the state
    says whose envoy he is, as in a title. A headline or a lead often names him only after it
    (``تحدث موفد روسيا إلى ليبيا … وأكد ليف دينغوف``), so when nobody of that state was named
    before, the next sentences of the same window are read, once: the one person of the state
    named there."""
    heads = lexicon.language.person_descriptions
    if not heads or not nisbas:
        return mentions
    office_holders = derived(lexicon, "office holders by head", _office_holders)
    tokens = prepared.tokens
    taken = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
    starts = {mention.first_token for mention in mentions}
    people = [mention for mention in mentions if not mention.nested and lexicon.actors.get(mention.actor_id)
              and lexicon.actors[mention.actor_id].type == "person"]
    firsts = [mention.first_token for mention in people]
    # موفد روسيا: a state named in one word, after an indefinite head of the list
    states = {mention.first_token: mention for mention in mentions if not mention.nested
              and mention.last_token == mention.first_token + 1 and lexicon.actors.get(mention.actor_id)
              and lexicon.actors[mention.actor_id].type == "state"}
    added = []
    replaced = set()  # the states that a construct description took the place of
    for index in range(len(tokens) - 1):
        head, adjective = tokens[index], tokens[index + 1]
        if not (head.is_word and adjective.is_word) or index in taken:
            continue
        construct = states.get(index + 1)
        if (index + 1 in taken and construct is None) or index + 2 in starts:
            continue  # المسؤول الروسي ليف دينغوف is a title before a name
        if prepared.sentence_of_token[index] == 0:
            continue  # the dateline
        if construct is not None:
            state = construct.actor_id
            stem = next((stem for stem, _ in proclitic_readings(head.norm) if stem in heads and not stem.startswith("ال")), None)
        else:
            state = nisbas.get(adjective.norm)  # the nisba first: one lookup, and most words are none
            stem = next((stem for stem, _ in proclitic_readings(head.norm) if stem in heads), None) if state else None
        if stem is None:
            continue
        # المندوب heads titles (المندوب الروسي لدى الأمم المتحدة): only their holders are meant
        holding = office_holders.get(stem)
        sentence = prepared.sentence_of_token[index]
        named = set()
        for earlier in range(bisect.bisect_left(firsts, index) - 1, -1, -1):  # no slice: a copy per description
            mention = people[earlier]
            if sentence - mention.sentence_id >= DESCRIPTION_SENTENCES or index - mention.first_token > DESCRIPTION_REACH:
                break  # people are in text order: the window is over (a page without full stops: its reach)
            if len(named) > 1:
                break  # two people of the state: nobody in particular
            if _affiliated_state(lexicon, mention.actor_id) == state and (holding is None or mention.actor_id in holding):
                named.add(mention.actor_id)
        if not named and construct is not None:
            # تحدث موفد روسيا إلى ليبيا … وأكد ليف دينغوف: the envoy is named after, in the next
            # sentences of the same window; one of the state named after it in its own sentence is
            # its title's name (مندوب روسيا الدائم لدى الأمم المتحدة فيتالي تشوركين), found as such
            for later in range(bisect.bisect_left(firsts, index + 2), len(people)):
                mention = people[later]
                if mention.sentence_id - sentence >= DESCRIPTION_SENTENCES or mention.first_token - index > DESCRIPTION_REACH:
                    break
                if len(named) > 1:
                    break
                if _affiliated_state(lexicon, mention.actor_id) == state and (holding is None or mention.actor_id in holding):
                    if mention.sentence_id == sentence:
                        named.clear()
                        break
                    named.add(mention.actor_id)
        if len(named) == 1:
            added.append(Mention(named.pop(), sentence, index, index + 2, head.start, adjective.end, "anaphora", ""))
            if construct is not None:
                replaced.add(id(construct))
    if not added:
        return mentions
    kept = [mention for mention in mentions if id(mention) not in replaced]
    return sorted([*kept, *added], key=lambda mention: (mention.first_token, mention.nested))


def resolve_sides(prepared: PreparedText, mentions: list[Mention], lexicon: Lexicon, nisbas: dict[str, str]) -> list[Mention]:
    """``mentions`` with a party to talks named by its state's nisba added as that state: a noun of
    ``language/sides.txt`` (``الجانب``، ``الطرف``), with or without a proclitic, outside every
    mention, right before a definite state nisba (:func:`state_nisbas`) is the state, as the
    lexicon's own ``الجانب الروسي`` is Russia: ``وأكد الجانب التركي دعمه للحوار`` → Turkey. The
    dual (``الجانبان``) is no entry of the list and so names nobody. One pass over the tokens."""
    sides = lexicon.language.sides
    if not sides or not nisbas:
        return mentions
    governments = lexicon.language.governments
    governed = derived(lexicon, "states with a listed government", _states_with_government)
    tokens = prepared.tokens
    taken = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
    added = []
    for index in range(len(tokens) - 1):
        head, adjective = tokens[index], tokens[index + 1]
        if not (head.is_word and adjective.is_word) or index in taken or index + 1 in taken:
            continue
        state = nisbas.get(adjective.norm)
        if state is None:
            continue
        stripped = next((stripped for stem, stripped in proclitic_readings(head.norm) if stem in sides), None)
        if stripped is None and state not in governed:
            # وأكدت الحكومة التركية: the government of a state the lexicon lists none for is the state
            stripped = next((stripped for stem, stripped in proclitic_readings(head.norm) if stem in governments), None)
        if stripped is None:
            continue
        added.append(Mention(state, prepared.sentence_of_token[index], index, index + 2, head.start, adjective.end,
                             "name", "clitic" if stripped else "exact"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda mention: (mention.first_token, mention.nested))


TITLE_REACH = 10  # tokens from a title word to the name it introduces (الناطق الرسمي باسم القائد العام … أحمد المسماري)
TITLE_BACK_SENTENCES = 6  # how many sentences back a bare title looks for the person it introduced
TITLE_BACK_REACH = 400  # and how many tokens at most, so that a page without full stops stays linear
_TITLE_GAP = _APPOSITION_GAP | frozenset("-–—")



def resolve_title_anaphora(
    prepared: PreparedText, mentions: list[Mention], titles: list[Match[str]], lexicon: Lexicon
) -> list[Mention]:
    """``mentions`` with the titles used bare for a person the article introduced with them, added
    with ``match_kind`` ``anaphora``: after ``الناطقة باسم وزارة الخارجية الروسية، ماريا زاخاروفا``,
    ``وأوضحت الناطقة`` is Zakharova; after ``المشير الليبي خليفة حفتر``, ``وكان المشير`` is Haftar.

    A person is introduced by a title word (titles.csv) that a person's mention follows within
    :data:`TITLE_REACH` tokens of the same sentence, with no clause word or stop between, or by a
    mention of a person that is a title or a description itself (``المسؤول الروسي``). Later, outside
    every mention and every such phrase, the phrase's first word alone, with the article (``الناطقة``،
    ``المشير``، ``المسؤول``), is the last person introduced with it in the last
    :data:`TITLE_BACK_SENTENCES` sentences, unless it is part of another title: a definite word or a
    name after it (``الناطق الرسمي باسم الحكومة``، ``الرئيس عبد المجيد تبون``), a longer title from it
    (``المتحدث باسم الكرملين``), or a title, deputy or body before it whose genitive it is (``نائب
    الرئيس``، ``المتحدث باسم الرئيس``، ``مكتب المشير``). Only the one word: an office in a construct
    (``وزير الداخلية``) or with its adjective (``القائد العام``) is too often another holder's.
    """
    tokens = prepared.tokens
    actors = lexicon.actors
    language = lexicon.language
    closed = language.function_words | language.clause_openers | language.negators
    governing = (language.deputies | language.institution_heads | language.office_heads | {"باسم"}
                 | {normalise_word(title) for title in lexicon.titles if " " not in title.strip()})
    given = language.given_names | {"عبد", "ابو", "بن"}

    def is_person(mention: Mention) -> bool:
        actor = actors.get(mention.actor_id)
        return (actor.type == "person") if actor is not None else mention.actor_id.startswith("unlisted:")

    people = [mention for mention in mentions if not mention.nested and is_person(mention)]
    if not people or not titles:
        return mentions
    taken = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
    starts = {mention.first_token for mention in mentions}
    firsts = [mention.first_token for mention in people]
    introduced: list[tuple[int, int, str, str]] = []  # (first token, sentence, actor, first word), in token order
    opening: set[int] = set()  # the tokens of the phrases that introduce someone: no bare use there
    reach_end = -1
    for title in titles:
        if title.first < reach_end or prepared.sentence_of_token[title.first] == 0:
            continue  # a title inside another's phrase (الناطق باسم القائد العام): the first one speaks
        at = bisect.bisect_right(firsts, title.first) - 1
        if at >= 0 and people[at].last_token > title.first:
            person, end = people[at], people[at].last_token  # inside the mention: الناطقة باسم …، ماريا زاخاروفا
        else:
            at += 1
            if at >= len(people) or people[at].first_token - title.first > TITLE_REACH:
                continue
            person, end = people[at], people[at].first_token
            if person.sentence_id != prepared.sentence_of_token[title.first] or any(
                (token.is_word and token.norm in closed) or (not token.is_word and not set(token.norm) <= _TITLE_GAP)
                for token in tokens[title.last:end]
            ):
                continue
        introduced.append((title.first, person.sentence_id, person.actor_id, tokens[title.first].norm))
        opening.update(range(title.first, end))  # الفريق in رئيس الأركان الفريق ركن خالد حفتر: his own phrase
        reach_end = end
    for person in people:
        if "title" in person.match_kind or person.match_kind == "anaphora":
            introduced.append((person.first_token, person.sentence_id, person.actor_id, tokens[person.first_token].norm))
    if not introduced:
        return mentions
    introduced.sort(key=lambda item: item[0])
    title_ends = {title.first: title.last for title in titles}
    last: dict[str, tuple[int, int, str, str]] = {}  # a definite first word -> the last person it introduced
    added: list[Mention] = []
    position = 0
    for index, token in enumerate(tokens):
        while position < len(introduced) and introduced[position][0] <= index:
            entry = introduced[position]
            for stem, _ in proclitic_readings(entry[3]):
                if stem.startswith("ال"):
                    last[stem] = entry
            position += 1
        if not token.is_word or not last or index in taken or index in starts or index in opening:
            continue
        sentence = prepared.sentence_of_token[index]
        for stem, stripped in proclitic_readings(token.norm):
            entry = last.get(stem)
            if entry is None or sentence - entry[1] >= TITLE_BACK_SENTENCES or index - entry[0] > TITLE_BACK_REACH:
                continue
            after = index + 1
            if after < len(tokens) and tokens[after].is_word and (
                    after in starts or has_article(tokens[after].norm, min_length=4)
                    or any(word in given for word, _ in proclitic_readings(tokens[after].norm))):
                break  # الناطق الرسمي، الرئيس عبد المجيد تبون: another title, or a name nobody listed
            if title_ends.get(index, after) > after:
                break  # المتحدث باسم الكرملين: a longer title of someone else
            if index > 0 and tokens[index - 1].is_word and any(
                    before in governing for before, _ in proclitic_readings(tokens[index - 1].norm)):
                break  # نائب الرئيس، المتحدث باسم الرئيس: someone else's title
            added.append(Mention(entry[2], sentence, index, after, token.start, token.end, "anaphora",
                                 "clitic" if stripped else "exact"))
            break
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda mention: (mention.first_token, mention.nested))
