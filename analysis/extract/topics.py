"""Topic hits: where an article speaks of arms, energy, infrastructure, UN mediation (or any
topic listed in data/topics.csv), and how much, raw and per 1,000 words.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from analysis.arabic.inflect import phrase_forms
from analysis.arabic.matcher import Match, PhraseMatcher, longest_first, reads_ta_marbuta_as_pronoun
from analysis.arabic.text import PreparedText, normalise_word
from analysis.extract.teasers import TeaserLines
from analysis.lexicon.read import IGNORE_TOPIC, Lexicon

# How far (in words, either side, within its sentence) a broad term looks for its support: a
# clause or two, so that a long sentence of many matters does not lend one topic to another.
SUPPORT_WINDOW = 12


@dataclass(frozen=True)
class TopicHit:
    topic: str
    term: str
    sentence_id: int
    first_token: int
    last_token: int  # exclusive
    start: int
    end: int


class TopicMatcher(PhraseMatcher[tuple[str, str]]):
    """The topic terms and the context words (topics.csv's role ``context``) in one matcher, so
    one scan finds both; ``broad`` and ``context`` say which payloads are which, and ``supports``
    which broad terms a context word narrowed by topics.csv's supports column supports;
    ``teasers`` the phrases that open a line pointing to another article (no hit there)."""

    def __init__(self, entries, *, broad: frozenset[tuple[str, str]], context: frozenset[tuple[str, str]],
                 supports: dict[tuple[str, str], frozenset[str]] | None = None, teasers: tuple[str, ...] = ()):
        super().__init__(entries, enclitics=True)
        self.broad = broad
        self.context = context
        self.supports = supports or {}
        self.teasers = teasers


def topic_matcher(lexicon: Lexicon) -> TopicMatcher:
    """A matcher over every topic term and context word in its regular inflected forms (دبابة →
    دبابات، الدبابتين; see :mod:`analysis.arabic.inflect`); they may carry a pronoun suffix (أسلحته).

    A generated form that is listed as a term (or context word) of its own keeps only the listed one.
    """
    rows = [*lexicon.topics, *lexicon.topic_context]
    listed = {normalise_word(term) for _, term in rows}
    entries = []
    for topic, term in rows:
        entries.append((term, (topic, term)))
        for form in phrase_forms(normalise_word(term))[1:]:
            if form not in listed:
                entries.append((form, (topic, term)))
    supports: dict[tuple[str, str], set[str]] = {}
    for topic, word, term in lexicon.context_supports:
        supports.setdefault((topic, word), set()).add(term)
    return TopicMatcher(entries, broad=frozenset(lexicon.broad_terms), context=frozenset(lexicon.topic_context),
                        supports={key: frozenset(terms) for key, terms in supports.items()}, teasers=lexicon.language.teasers)


def find_topic_hits(prepared: PreparedText, matcher: PhraseMatcher[tuple[str, str]]) -> list[TopicHit]:
    """Topic term hits in the article's sentences, in text order.

    A word in ة is not a term with the pronoun ه (المسلحة is not مسلح + ه): such readings are
    dropped before the longest match is chosen, so a shorter reading may still win. A phrase
    listed as ``ignore`` wins over the terms inside it and is no hit (مجلس الأمن القومي). A
    ``broad`` term is a hit only with support near it (see :func:`supported`). A term on a line
    pointing to another article (اقرأ أيضاً ⏎ ارتفاع أسعار النفط) is no hit: the article is not about it.
    """
    tokens = prepared.tokens
    teasers = TeaserLines.of(prepared, getattr(matcher, "teasers", ()))
    hits = []
    candidates = [match for match in matcher.candidates(tokens) if not reads_ta_marbuta_as_pronoun(match, tokens, prepared.text)]
    context_words = getattr(matcher, "context", frozenset())
    context: list[Match] = []
    if context_words:
        # Context words stand beside the terms, never in the way of one (no longest match between them).
        terms = []
        for match in candidates:
            inner = tuple(payload for payload in match.payloads if payload in context_words)
            if inner:
                context.append(match)
            if len(inner) < len(match.payloads):
                terms.append(replace(match, payloads=tuple(p for p in match.payloads if p not in context_words)) if inner else match)
        candidates = terms
    for match in longest_first(candidates):
        sentence_id = prepared.sentence_of_token[match.first]
        if sentence_id == 0:
            continue
        topic, term = match.payloads[0]
        if topic == IGNORE_TOPIC or teasers.covers(tokens[match.first].start):
            continue
        hits.append(
            TopicHit(topic, term, sentence_id, match.first, match.last, tokens[match.first].start, tokens[match.last - 1].end)
        )
    broad = getattr(matcher, "broad", frozenset())
    if broad and any((hit.topic, hit.term) in broad for hit in hits):
        hits = supported(hits, context, broad, prepared.sentence_of_token, getattr(matcher, "supports", {}))
    return hits


def supported(hits: list[TopicHit], context: list[Match], broad: frozenset[tuple[str, str]],
              sentence_of_token: list[int], supports: dict[tuple[str, str], frozenset[str]] | None = None) -> list[TopicHit]:
    """``hits`` without the broad terms that stand alone: a broad term counts when another term of
    its topic (a different one) or a context word of its topic stands within
    :data:`SUPPORT_WINDOW` words of it in its sentence. A context word listed in ``supports``
    supports only the broad terms named there.

    وأطلقت قوات حفتر هجوما للسيطرة على طرابلس: قوات and هجوما support each other (arms);
    واستقبل بوتين حفتر وقوات حفتر في شرق ليبيا: قوات alone is no arms.
    وحددت الأمم المتحدة موعد زيارتها: موعد, naming الانتخابات only, leaves الأمم المتحدة alone.
    """
    supports = supports or {}
    # Per topic, each term and context word by its first token, in text order: a bisection
    # finds the window, and only the words inside it are looked at. A term supports every other
    # term (None); a context word, the broad terms it names or, naming none, all of them (None).
    marks: dict[str, list[tuple[int, int, str, frozenset[str] | None]]] = {}
    for hit in hits:
        marks.setdefault(hit.topic, []).append((hit.first_token, hit.last_token, hit.term, None))
    for match in context:
        for topic, word in match.payloads:
            marks.setdefault(topic, []).append((match.first, match.last, "", supports.get((topic, word))))
    for marked in marks.values():
        marked.sort(key=lambda mark: mark[:3])  # the supported terms are no order
    firsts = {topic: [first for first, _, _, _ in marked] for topic, marked in marks.items()}
    kept = []
    for hit in hits:
        if (hit.topic, hit.term) not in broad:
            kept.append(hit)
            continue
        marked, starts = marks[hit.topic], firsts[hit.topic]
        lo = bisect_left(starts, hit.first_token - SUPPORT_WINDOW)
        hi = bisect_left(starts, hit.last_token + SUPPORT_WINDOW)
        for first, last, term, only in marked[lo:hi]:
            if only is not None and hit.term not in only:
                continue
            if term != hit.term and sentence_of_token[first] == hit.sentence_id and (last <= hit.first_token or first >= hit.last_token):
                kept.append(hit)
                break
    return hits if len(kept) == len(hits) else kept


def per_thousand(hits: int, n_words: int) -> float:
    """Hits per 1,000 words; 0 for an empty article rather than a division error."""
    return round(1000.0 * hits / n_words, 3) if n_words else 0.0
