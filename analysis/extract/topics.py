"""Topic hits: where an article speaks of arms, energy, infrastructure, UN mediation (or any
topic listed in data/topics.csv), and how much, raw and per 1,000 words.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.arabic.inflect import phrase_forms
from analysis.arabic.matcher import PhraseMatcher, longest_first, reads_ta_marbuta_as_pronoun
from analysis.arabic.text import PreparedText, normalise_word
from analysis.lexicon.read import IGNORE_TOPIC, Lexicon


@dataclass(frozen=True)
class TopicHit:
    topic: str
    term: str
    sentence_id: int
    first_token: int
    last_token: int  # exclusive
    start: int
    end: int


def topic_matcher(lexicon: Lexicon) -> PhraseMatcher[tuple[str, str]]:
    """A matcher over every topic term in its regular inflected forms (دبابة → دبابات،
    الدبابتين; see :mod:`analysis.arabic.inflect`); terms may carry a pronoun suffix (أسلحته).

    A generated form that is listed as a term of its own keeps only the listed term's topic.
    """
    listed = {normalise_word(term) for _, term in lexicon.topics}
    entries = []
    for topic, term in lexicon.topics:
        entries.append((term, (topic, term)))
        for form in phrase_forms(normalise_word(term))[1:]:
            if form not in listed:
                entries.append((form, (topic, term)))
    return PhraseMatcher(entries, enclitics=True)


def find_topic_hits(prepared: PreparedText, matcher: PhraseMatcher[tuple[str, str]]) -> list[TopicHit]:
    """Topic term hits in the article's sentences, in text order.

    A word in ة is not a term with the pronoun ه (المسلحة is not مسلح + ه): such readings are
    dropped before the longest match is chosen, so a shorter reading may still win. A phrase
    listed as ``ignore`` wins over the terms inside it and is no hit (مجلس الأمن القومي).
    """
    tokens = prepared.tokens
    hits = []
    candidates = [match for match in matcher.candidates(tokens) if not reads_ta_marbuta_as_pronoun(match, tokens, prepared.text)]
    for match in longest_first(candidates):
        sentence_id = prepared.sentence_of_token[match.first]
        if sentence_id == 0:
            continue
        topic, term = match.payloads[0]
        if topic == IGNORE_TOPIC:
            continue
        hits.append(
            TopicHit(topic, term, sentence_id, match.first, match.last, tokens[match.first].start, tokens[match.last - 1].end)
        )
    return hits


def per_thousand(hits: int, n_words: int) -> float:
    """Hits per 1,000 words; 0 for an empty article rather than a division error."""
    return round(1000.0 * hits / n_words, 3) if n_words else 0.0
