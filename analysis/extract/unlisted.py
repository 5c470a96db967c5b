"""People the lexicon does not know, introduced by a title: still mentions.

``وقال وزير الخارجية التركي أرطغرل كاراطاش أوغلو``, ``الخبير العسكري عادل عبد الكافي``: the title
announces a person and the words after its qualifiers are that person's name. Such a mention is
kept with the name as written, the actor id ``unlisted:`` + its normalised form (so that the same
person is counted once across articles), type person and match kind ``unlisted``; the
Suggestions page offers to add it.
"""

from __future__ import annotations

from analysis.arabic.matcher import Match
from analysis.arabic.text import PreparedText, normalise_word
from analysis.extract.actors import Mention
from analysis.extract.speakers import SpeakerFinder
from analysis.lexicon.read import Lexicon

UNLISTED_PREFIX = "unlisted:"


def unlisted_id(name: str) -> str:
    """The id of an unlisted actor: its normalised name (علي التكبالي → unlisted:علي التكبالي)."""
    return UNLISTED_PREFIX + " ".join(normalise_word(word) for word in name.split())


def is_unlisted(actor_id: str) -> bool:
    return actor_id.startswith(UNLISTED_PREFIX)


def find_unlisted(prepared: PreparedText, mentions: list[Mention], titles: list[Match[str]], lexicon: Lexicon) -> list[Mention]:
    """Mentions of people named after a title whom the lexicon lacks, in text order.

    Each title is read as the start of a subject phrase (see
    :meth:`analysis.extract.speakers.SpeakerFinder.phrase`); only a name found there counts, not
    an unnamed title or an institution.
    """
    finder = SpeakerFinder(prepared, mentions, lexicon, titles, set())
    tokens = prepared.tokens
    covered = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
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
        if first is None:
            continue
        found.append(Mention(
            unlisted_id(speaker.name), sentence_id, first, last, tokens[first].start, tokens[last - 1].end,
            "unlisted", "exact",
        ))
        taken = last
    return found


def _name_start(prepared: PreparedText, last: int, name: str) -> int | None:
    """The first token of the name that ends before token ``last`` (the name is 1–3 words)."""
    tokens = prepared.tokens
    end = tokens[last - 1].end
    for first in range(last - 1, max(last - 6, -1), -1):
        if prepared.text[tokens[first].start:end] == name:
            return first
    return None
