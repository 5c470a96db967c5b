"""People the lexicon does not know, introduced by a title: still mentions.

``وقال وزير الخارجية التركي أرطغرل كاراطاش أوغلو``, ``الخبير العسكري عادل عبد الكافي``: the title
announces a person and the words after its qualifiers are that person's name. Such a mention is
kept with the name as written, the actor id ``unlisted:`` + its normalised form (so that the same
person is counted once across articles), type person and match kind ``unlisted``; the
Suggestions page offers to add it.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from analysis.arabic.matcher import Match, has_article
from analysis.arabic.text import PreparedText, normalise_word
from analysis.arabic.variants import word_variants
from analysis.extract.actors import (COMPOUND_GIVEN, Mention, _listed_given_names, compound_given_name, spelt_like_listed,
                                     _shared_title_holders, _skeleton, written_as_word)
from analysis.lexicon.derived import derived
from analysis.extract.speakers import SpeakerFinder, _name_particle, closed_words
from analysis.lexicon.read import Lexicon, people_names

UNLISTED_PREFIX = "unlisted:"


def unlisted_id(name: str) -> str:
    """The id of an unlisted actor: its normalised name (علي التكبالي → unlisted:علي التكبالي)."""
    return UNLISTED_PREFIX + " ".join(normalise_word(word) for word in name.split())


def is_unlisted(actor_id: str) -> bool:
    return actor_id.startswith(UNLISTED_PREFIX)


def find_unlisted(prepared: PreparedText, mentions: list[Mention], titles: list[Match[str]], lexicon: Lexicon,
                  nested: list[Mention] = ()) -> list[Mention]:
    """Mentions of people named after a title whom the lexicon lacks, in text order.

    Each title is read as the start of a subject phrase (see
    :meth:`analysis.extract.speakers.SpeakerFinder.phrase`); only a name found there counts, not
    an unnamed title or an institution, nor words of a body ``nested`` in a title phrase
    (النائب الأول لرئيس شركة "تاتنفت" رستم مينيخانوف: تاتنفت is the company, not a person).
    """
    finder = SpeakerFinder(prepared, mentions, lexicon, titles, set(), spelt_alike=False)
    tokens = prepared.tokens
    covered = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
    inside = {index for mention in nested for index in range(mention.first_token, mention.last_token)}
    starting = {mention.first_token: mention for mention in mentions if not mention.nested}
    found: list[Mention] = []
    taken = -1
    for title in titles:
        if title.first < taken or title.first in covered:
            continue  # نائب وزير الخارجية الروسي ميخائيل بوغدانوف is a mention already
        sentence_id = prepared.sentence_of_token[title.first]
        if sentence_id == 0:
            continue
        sentence = prepared.sentences[sentence_id - 1]
        speaker = finder.phrase(title.first, sentence.last_token, how="after_verb", after_preposition=True)
        if speaker is None or speaker.actor_id or speaker.how != "unlisted" or speaker.after_token <= title.last:
            continue
        last = speaker.after_token
        first = _name_start(prepared, last, speaker.name)
        if first is None or not _may_be_name(prepared, first, last, covered, lexicon, starting.get(last)):
            continue
        if not inside.isdisjoint(range(first, last)):
            continue
        # a listed person's name one letter off (توماس فالدهاومسر) is a mention of him, as his
        # statements are his (speakers._unlisted)
        listed = spelt_like_listed(speaker.name, lexicon)
        found.append(Mention(
            listed or unlisted_id(speaker.name), sentence_id, first, last, tokens[first].start, tokens[last - 1].end,
            "variant" if listed else "unlisted", "exact",
        ))
        taken = last
    return found


def _family_names(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The one-word names of listed people (their family names: دولغوف), with the spellings the
    matcher also finds (:func:`analysis.arabic.variants.word_variants`), each to its bearers."""
    found: dict[str, set[str]] = {}
    for actor_id, words in people_names(lexicon):
        if len(words) == 1:
            # a spelling that is a common word is no name (the matcher never makes one either)
            forms = {form for form in word_variants(words[0]) if form not in lexicon.language.common_words}
            for form in {words[0], *forms}:
                found.setdefault(form, set()).add(actor_id)
    return {form: frozenset(bearers) for form, bearers in found.items()}


def other_bearers(prepared: PreparedText, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """People named by a given name and a listed person's family name, the given name none of
    his: ``مواطني روسيا فلاديمير دولغوف`` names a Russian held in Tripoli, not the diplomat
    Konstantin Dolgov, whom :func:`analysis.extract.actors.find_mentions` therefore did not find
    there. Each is an unlisted person, the two words as written (three for a compound given name:
    ``عبد الواحد القماطي`` is not Anas El Gomati). A word before the given name that
    is one of his (a father's name between: ``محمد يونس المنفي``) leaves it to the lexicon. One pass
    over the tokens, three read at each given name."""
    tokens, given_names = prepared.tokens, lexicon.language.given_names
    families = derived(lexicon, "listed family names", _family_names)
    given = derived(lexicon, "listed given names", _listed_given_names)
    covered = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
    found: list[Mention] = []
    for index in range(len(tokens) - 1):
        first = tokens[index]
        if index > 0 and tokens[index - 1].norm in COMPOUND_GIVEN:
            continue  # الواحد of عبد الواحد: the compound is read at its first word
        # عبد الواحد القماطي: a compound given name is two tokens before the family name
        span = 2 if first.norm in COMPOUND_GIVEN and index + 2 < len(tokens) and tokens[index + 1].is_word else 1
        family = tokens[index + span]
        if (not first.is_word or not (first.norm in given_names or compound_given_name(tokens, index)) or not family.is_word
                or any(k in covered for k in range(index, index + span + 1))):
            continue
        bearers = families.get(family.norm, ())
        if bearers and written_as_word(prepared, first, lexicon.language):
            continue  # للتأثير على حفتر: the preposition على before Haftar, not a man named علي
        sentence_id = prepared.sentence_of_token[index]
        if not bearers or sentence_id == 0 or prepared.sentence_of_token[index + span] != sentence_id:
            continue
        before = tokens[index - 1] if index > 0 else None
        own = compound_given_name(tokens, index + span - 1) or first.norm
        written = [_skeleton(own)] + ([_skeleton(before.norm)] if before is not None and before.is_word else [])
        if any(skeleton in given.get(bearer, ()) for bearer in bearers for skeleton in written):
            continue
        name = prepared.text[first.start:family.end]
        found.append(Mention(unlisted_id(name), sentence_id, index, index + span + 1, first.start, family.end, "unlisted", "exact"))
    return found


def titles_naming_another(prepared: PreparedText, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` without a person's title alias that a personal name nobody listed follows:
    ``وقال وزير الخارجية الليبي منصور الكيلاني`` names al-Kilani, not the listed holder of the
    title (his own name would have joined the title as one mention, ``title+name``). The title is
    then read as any title, and the speaker and the unlisted mention are the name as written.

    A personal name here is precise: right after the title (or one comma or dash), not a mention,
    its first word a given name (language/given_names.txt), or a word that is no common word,
    no article, no place, with a second such word (a family name may carry the article but is
    no common word either); and no listed name right after it (سيرغي لافروف is the holder's).
    Each check reads the next five tokens, so an article costs its number of mentions.
    """
    actors = lexicon.actors
    covered = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
    starting = {mention.first_token: mention for mention in mentions}
    kept = []
    for mention in mentions:
        actor = actors.get(mention.actor_id)
        misspelt = (_misspelt_holder_after(prepared, mention, covered, lexicon)
                    if mention.match_kind in ("title", "unresolved") else None)
        if misspelt is not None:
            kept.append(misspelt)
            continue
        if (mention.match_kind == "title" and actor is not None and actor.type == "person" and not mention.nested
                and (_personal_name_after(prepared, mention, covered, lexicon)
                     or _other_person_after(prepared, mention, starting, lexicon))):
            continue
        kept.append(mention)
    return kept


MISSPELT_SHARE = 0.6  # of the holder's family name's letters the misspelt one must have


def _spelt_like(words: list[str], name: str) -> bool:
    """Whether a name (normalised words) is ``name`` with its last word spelt otherwise."""
    theirs = [normalise_word(word) for word in name.split()]
    if len(words) < 2 or not theirs or words[-1] == theirs[-1] or not set(words[:-1]) & set(theirs[:-1]):
        return False
    shared = set(words[-1]) & set(theirs[-1])
    return len(shared) >= MISSPELT_SHARE * len(set(theirs[-1])) and abs(len(words[-1]) - len(theirs[-1])) <= 2


def _misspelt_holder_after(prepared: PreparedText, mention: Mention, covered: set[int], lexicon: Lexicon) -> Mention | None:
    """The title mention of a person stretched over his name when the name after it (or one comma
    or dash) is his with its last word misspelt (letters swapped or dropped: مندوب روسيا لدى الأمم
    المتحدة فاسيلى بينيزيا is Nebenzia, heldout11's convention), as title and name are one mention;
    or None. Two words are read."""
    actor = lexicon.actors.get(mention.actor_id)
    if mention.nested or (actor is not None and actor.type != "person"):
        return None
    # an undated title several people held: the one whose name it is
    holders = list(_shared_title_holders(lexicon).get(mention.actor_id, ())) or [mention.actor_id]
    tokens = prepared.tokens
    sentence_end = prepared.sentences[mention.sentence_id - 1].last_token if mention.sentence_id else len(tokens)
    j = mention.last_token
    if j < sentence_end and tokens[j].norm in ("،", ",", "-", "–", "—"):
        j += 1
    if j + 2 > sentence_end or not (tokens[j].is_word and tokens[j + 1].is_word) or j in covered or j + 1 in covered:
        return None
    fits = [holder for holder in holders if _spelt_like([tokens[j].norm, tokens[j + 1].norm], lexicon.actors[holder].name_ar)]
    if len(fits) != 1:
        return None
    return replace(mention, actor_id=fits[0], last_token=j + 2, end=tokens[j + 1].end, match_kind="title+name")


def _other_person_after(prepared: PreparedText, mention: Mention, starting: dict[int, Mention], lexicon: Lexicon) -> bool:
    """Whether another listed person is named in apposition right after the title mention, set off
    by a comma or dash: ``وقال وزير الخارجية الليبي، محمد عبد العزيز،`` in an article of 2024 is
    Abdelaziz, the minister of 2013, not the title's holder that year; ``انضم الرئيس السوري، دميتري
    ميدفيديف`` (a page's slip) is Medvedev. Without the comma the name may be the verb's object
    (واستقبل الرئيس الروسي خليفة حفتر). A name, not another title, and not behind و. Two tokens
    are looked at."""
    tokens = prepared.tokens
    j = mention.last_token
    if j >= len(tokens) or tokens[j].norm not in ("،", ",", "-", "–", "—"):
        return False  # واستقبل الرئيس الروسي خليفة حفتر: with no comma the name is the object
    after = starting.get(j + 1)
    if (after is None or after.actor_id == mention.actor_id or after.sentence_id != mention.sentence_id
            or after.match_kind == "title" or tokens[j].norm.startswith("و")):
        return False  # رئيس الحكومة ورئيس مجلس النواب: a second title, coordinated, is a second person
    actor = lexicon.actors.get(after.actor_id)
    return actor is not None and actor.type == "person"


def _personal_name_after(prepared: PreparedText, mention: Mention, covered: set[int], lexicon: Lexicon) -> bool:
    """Whether a personal name nobody listed follows the title mention (see titles_naming_another)."""
    tokens, language = prepared.tokens, lexicon.language
    sentence_end = prepared.sentences[mention.sentence_id - 1].last_token if mention.sentence_id else len(tokens)
    j = mention.last_token
    if j < sentence_end and tokens[j].norm in ("،", ",", "-", "–", "—"):
        j += 1  # وزير الخارجية الليبي، منصور الكيلاني
    words: list[str] = []
    while j < sentence_end and len(words) < 3 and tokens[j].is_word and j not in covered:
        words.append(tokens[j].norm)
        j += 1
    if not words or (j < sentence_end and j in covered and len(words) < 3):
        return False  # سيرغي لافروف: the given name of a listed name
    closed = closed_words(lexicon)
    # محمد عبد العزيز، علي أبو زعكوك: a family name opening with عبد or أبو goes on after it
    surname = words[2] if len(words) == 3 and _name_particle(words[1]) else words[1] if len(words) >= 2 else ""
    if len(words) < 2 or words[0] in closed or not (_surname(surname, closed, language) or (
            surname != words[1] and has_article(surname, min_length=4) and surname not in closed)):
        return False
    first = words[0]
    start = mention.last_token if tokens[mention.last_token].is_word else mention.last_token + 1
    if first == "علي" and not prepared.text[tokens[start].start:tokens[start].end].endswith("ي"):
        return False  # وشدد الوزير على ضرورة: the preposition, not the name علي
    if first in language.given_names:
        return True
    if first in language.common_words or has_article(first, min_length=4) or first.startswith(("و", "ف", "ب", "ل")):
        return False
    # اعترافها: a noun with a pronoun is the title's object, not a name
    return not any(first.endswith(suffix) and first[:-len(suffix)] in language.common_words for suffix in ("ه", "ها", "هم"))


def _surname(word: str, closed: frozenset[str], language) -> bool:
    """Whether a word may follow a given name in a name: no closed-class word, no common word,
    no object behind a preposition (بالمعارضين، للحوار)."""
    stripped = word[1:] if word[:1] in ("و", "ف") else word
    return (word not in closed and word not in language.common_words
            and not stripped.startswith(("بال", "لل", "كال")) and not word.startswith(("و", "ف")))


def _may_be_name(prepared: PreparedText, first: int, last: int, covered: set[int], lexicon: Lexicon,
                 following: Mention | None = None) -> bool:
    """Whether tokens ``[first, last)`` after a title may be a name nobody listed.

    Not words right before another mention (``وزير خارجية ليبيا محمد طه سيالة``: the given names
    of the listed سيالة), unless that mention is a body or an outlet behind a preposition, whom the
    person speaks to (``الخبير العسكري سالم الورفلي لقناة روسيا اليوم``); not a word with tanwin
    (``ظل المنصب شاغراً``), and not adjectives (``مبعوث أممي خاص``): a name opening with a nisba
    that is no given name ends in no common word.
    """
    tokens, language = prepared.tokens, lexicon.language
    if last in covered and not spoken_to(prepared, following, lexicon):
        return False
    if "\u064b" in prepared.text[tokens[first].start:tokens[last - 1].end]:
        return False
    words = [token.norm for token in tokens[first:last] if token.is_word]
    if len(words) == 1 and words[0].endswith("ي") and words[0] not in language.given_names and not has_article(words[0], min_length=4):
        return False  # سفير سوفييتي: an adjective of the title, not a one-word name
    return not (
        words and words[0].endswith("ي") and words[0] not in language.given_names
        and words[-1] in language.common_words and words[-1] not in language.given_names
    )


def spoken_to(prepared: PreparedText, mention: Mention | None, lexicon: Lexicon) -> bool:
    """Whether ``mention`` is a body or an outlet behind the preposition ل or ب: لقناة الجزيرة."""
    if mention is None or mention.form != "clitic":
        return False
    actor = lexicon.actors.get(mention.actor_id)
    word = prepared.tokens[mention.first_token].norm
    return actor is not None and actor.type not in ("person", "state", "city", "location") and word[:1] in ("ل", "ب")


def _name_start(prepared: PreparedText, last: int, name: str) -> int | None:
    """The first token of the name that ends before token ``last`` (the name is 1–3 words)."""
    tokens = prepared.tokens
    end = tokens[last - 1].end
    for first in range(last - 1, max(last - 6, -1), -1):
        if prepared.text[tokens[first].start:end] == name:
            return first
    return None


def join_title_phrases(prepared: PreparedText, mentions: list[Mention], titles: list[Match[str]], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with a title phrase that ends in a listed person's name read as one mention
    of that person, as the guide counts a title and its name.

    A title word starts a subject phrase (:meth:`analysis.extract.speakers.SpeakerFinder.phrase`)
    whose qualifiers may stand between it and the name, set off by commas or quotation marks:
    ``رئيس المجلس الرئاسي لحكومة الوفاق الوطني في ليبيا، فايز السراج``, ``رئيس مجلس النواب المنعقد
    بطبرق " عقيلة صالح "``. Inside it, the person's own title joins the name (one mention, ``title+name``);
    a state or city says where the office is and is no mention (``في ليبيا``, ``بطبرق``), like the
    adjective ``الروسي``; a body is a nested mention (``لحكومة الوفاق الوطني``); a person's title
    there is part of the office (``مبعوث الرئيس`` in Bogdanov's); an outlet stays a mention (whom the
    holder spoke to: ``لوكالة سبوتنيك``). A title word right before the name changes nothing.
    """
    actors = lexicon.actors
    speaking = [mention for mention in mentions if not mention.nested]
    finder = SpeakerFinder(prepared, speaking, lexicon, titles, set())
    tokens = prepared.tokens
    result = sorted(mentions, key=lambda mention: (mention.start, mention.nested))
    firsts = [mention.first_token for mention in result]
    for title in titles:
        # Only the mentions a title phrase can reach are read and rewritten: no pass over the
        # article per title.
        lo = bisect.bisect_left(firsts, title.first)
        hi = bisect.bisect_left(firsts, title.first + TITLE_WINDOW)
        window = result[lo:hi]
        sentence_id = prepared.sentence_of_token[title.first]
        if sentence_id == 0:
            continue
        sentence = prepared.sentences[sentence_id - 1]
        speaker = finder.phrase(title.first, sentence.last_token, how="after_verb", after_preposition=True)
        if speaker is None:
            continue
        if speaker.actor_id:
            person = next((mention for mention in window if not mention.nested and mention.actor_id == speaker.actor_id
                           and mention.last_token == speaker.after_token), None)
        else:  # وزير خارجية ليبيا محمد طه سيالة: given names nobody listed before a listed name
            person = next((mention for mention in window if not mention.nested and mention.first_token == speaker.after_token), None)
        if person is None or person.actor_id not in actors or actors[person.actor_id].type != "person":
            continue
        if "title" in person.match_kind or person.match_kind == UNRESOLVED_KIND:
            # رئيس المجلس الرئاسي لحكومة الوفاق في ليبيا، فايز السراج: the title's own qualifiers
            # and places, then its holder's name
            person = _name_after_title(prepared, window, person, lexicon) or person
        if person.first_token <= title.first:
            continue
        inside = [mention for mention in window if mention is not person
                  and title.first <= mention.first_token and mention.last_token <= person.first_token]
        if not inside:
            continue
        start_token = person.first_token
        kind = person.match_kind
        kept: list[Mention] = []
        for mention in window:
            if mention not in inside:
                kept.append(mention)
                continue
            actor = actors.get(mention.actor_id)
            if mention.actor_id == person.actor_id and "title" in mention.match_kind:
                start_token = min(start_token, mention.first_token)
                kind = "title+name"
            elif actor is not None and actor.type == "media":
                kept.append(mention)
            elif actor is not None and actor.type in ("organisation", "armed_group"):
                kept.append(replace(mention, nested=True))
            elif actor is not None and actor.type == "person" and "title" not in mention.match_kind:
                kept.append(mention)
        joined = replace(person, first_token=start_token, start=tokens[start_token].start, match_kind=kind)
        window = sorted((joined if mention is person else mention for mention in kept),
                        key=lambda mention: (mention.start, mention.nested))
        result[lo:hi] = window
        firsts[lo:hi] = [mention.first_token for mention in window]
    return result


UNRESOLVED_KIND = "unresolved"
# What may stand between a person's title and his name: commas, dashes and quotation marks
_TITLE_GAP = frozenset(" \t,،\"'«»“”„‟‘’-–—")
TITLE_REACH = 10  # tokens from the end of a title to its holder's name
# Tokens from a title's first word within which its phrase, its holder's name and the name past the
# holder's own title all lie (a subject phrase reads at most 16 tokens, then TITLE_REACH more)
TITLE_WINDOW = 64


def _name_after_title(prepared: PreparedText, mentions: list[Mention], title: Mention, lexicon: Lexicon) -> Mention | None:
    """The name of the same person after his title, past its qualifiers: bodies, places,
    prepositions and definite words (``لحكومة الوفاق الوطني في ليبيا،``, ``المنعقد بطبرق "``), or None
    when a verb or any other indefinite word, or another person, comes first."""
    tokens, language, actors = prepared.tokens, lexicon.language, lexicon.actors
    starting = {mention.first_token: mention for mention in mentions if not mention.nested}
    j = title.last_token
    while j < min(len(tokens), title.last_token + TITLE_REACH) and prepared.sentence_of_token[j] == title.sentence_id:
        mention = starting.get(j)
        if mention is not None:
            actor = actors.get(mention.actor_id)
            if mention.actor_id == title.actor_id and "title" not in mention.match_kind:
                return mention
            if actor is None or actor.type == "person":
                return None
            j = mention.last_token
            continue
        token = tokens[j]
        text = prepared.text[token.start:token.end]
        if not token.is_word:
            if not set(text) <= _TITLE_GAP:
                return None
        elif not (token.norm in language.prepositions or has_article(token.norm, min_length=4)):
            return None
        j += 1
    return None
