"""The peer: spaCy's blank Arabic tokenizer and ``PhraseMatcher`` over Marsad's own lexicon,
and the clitic-form recall of both.

This is what an engineer would otherwise reach for: ``spacy.blank("ar")`` (rule-based, no model
to download) and a ``PhraseMatcher`` per kind, with ``filter_spans`` keeping the longest of
overlapping matches as Marsad does. spaCy matches exact token text, so ``لحفتر`` is not
``حفتر`` and ``وللأمم المتحدة`` is not ``الأمم المتحدة``: the recall figures measure that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.corpus.documents import Document
from analysis.lexicon.read import Lexicon
from analysis.arabic.matcher import PROCLITICS
from analysis.extract.pipeline import Frames
from analysis.arabic.text import NormalisedText, normalise_word


@dataclass(frozen=True)
class Hit:
    """A found actor or topic: ``label`` is ``actor:<actor_id>`` or ``topic:<topic>``;
    ``start``/``end`` are offsets into the document's text."""

    doc_id: str
    label: str
    start: int
    end: int


def actor_phrases(lexicon: Lexicon) -> list[tuple[str, str]]:
    """(label, alias) for every alias valid at any date (dated titles are left out, since
    Marsad rightly refuses them outside their holder's term and spaCy cannot tell)."""
    # A name several actors share (الجيش) names none of them: Marsad leaves it out, and a label
    # would have to pick one.
    owners: dict[str, set[str]] = {}
    for alias in lexicon.aliases:
        owners.setdefault(normalise_word(alias.alias), set()).add(alias.actor_id)
    return [
        (f"actor:{alias.actor_id}", alias.alias)
        for alias in lexicon.aliases
        if alias.valid_from is None and alias.valid_to is None and len(owners[normalise_word(alias.alias)]) == 1
    ]


def topic_phrases(lexicon: Lexicon) -> list[tuple[str, str]]:
    """(label, term) for every topic term (``ignore`` rows are no topic: they silence a term)."""
    return [(f"topic:{topic}", term) for topic, term in lexicon.topics if topic != "ignore"]


class SpacyPeer:
    """spaCy's blank Arabic pipeline with one ``PhraseMatcher`` for actors, one for topics."""

    def __init__(self, lexicon: Lexicon):
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("ar")
        self.matchers = []
        for phrases in (actor_phrases(lexicon), topic_phrases(lexicon)):
            matcher = PhraseMatcher(self.nlp.vocab)  # attr="ORTH": the token's exact text
            by_label: dict[str, list] = {}
            for label, phrase in phrases:
                by_label.setdefault(label, []).append(self.nlp.make_doc(phrase))
            for label, patterns in by_label.items():
                matcher.add(label, patterns)
            self.matchers.append(matcher)

    def find(self, documents: Iterable[Document]) -> list[Hit]:
        """Actor and topic hits in every document, longest first where matches overlap."""
        from spacy.util import filter_spans

        documents = list(documents)
        hits = []
        for document, doc in zip(documents, self.nlp.pipe(doc.text for doc in documents)):
            for matcher in self.matchers:
                for span in filter_spans(matcher(doc, as_spans=True)):
                    hits.append(Hit(document.doc_id, span.label_, span.start_char, span.end_char))
        return hits


def marsad_hits(frames: Frames) -> list[Hit]:
    """Marsad's actor mentions and topic hits as :class:`Hit` s."""
    mentions = frames.mentions
    topics = frames.topics
    return [
        *(Hit(d, f"actor:{a}", s, e) for d, a, s, e in zip(mentions["doc_id"], mentions["actor_id"], mentions["start"], mentions["end"])),
        *(Hit(d, f"topic:{t}", s, e) for d, t, s, e in zip(topics["doc_id"], topics["topic"], topics["start"], topics["end"])),
    ]


# -- the labelled set of clitic forms ----------------------------------------------------------

# A proclitic before a phrase: و ف, then ب ل ك (وللأمم → و + ل + الأمم, written لل).
_PROCLITIC_RE = "(?:" + "|".join(sorted(PROCLITICS, key=len, reverse=True)) + ")"


def _phrase_patterns(lexicon: Lexicon, phrases: list[tuple[str, str]] | None = None) -> list[tuple[str, re.Pattern]]:
    """(label, pattern) finding each phrase in normalised text behind a proclitic, as a regular
    expression: independent of Marsad's matcher, so the labelled set is not only its hits.
    ``phrases`` given (label, phrase) are found with or without a proclitic."""
    patterns = []
    given = phrases is not None
    for label, phrase in phrases if given else actor_phrases(lexicon) + topic_phrases(lexicon):
        words = normalise_word(phrase).split()
        if not words:
            continue
        body = r"\s+".join(re.escape(word) for word in words)
        forms = [(_PROCLITIC_RE + "?" if given else _PROCLITIC_RE) + body]
        if words[0].startswith("ال"):
            # ل + ال → لل: للجيش, وللامم
            forms.append("[وف]?لل" + r"\s+".join(re.escape(word) for word in [words[0][2:], *words[1:]]))
        patterns.append((label, re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)")))
    return patterns


def strip_proclitic(word: str) -> list[str]:
    """The stems ``word`` may be behind a proclitic (none if it has none): بالعاصمة → العاصمة."""
    stems = []
    for prefix in PROCLITICS:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            stems.append(word[len(prefix):])
            if prefix.endswith("ل") and word[len(prefix)] == "ل":
                stems.append("ال" + word[len(prefix) + 1:])
    return stems


def _verified(surface: str, phrases: set[str]) -> bool:
    """Whether ``surface`` is exactly a lexicon phrase behind a proclitic."""
    words = normalise_word(surface).split()
    return bool(words) and any(" ".join([stem, *words[1:]]) in phrases for stem in strip_proclitic(words[0]))


@dataclass(frozen=True)
class Occurrence:
    """A labelled clitic-form occurrence, with how often its context recurs in the corpus."""

    hit: Hit
    surface: str
    copies: int


def clitic_occurrences(documents: list[Document], frames: Frames, lexicon: Lexicon) -> list[Occurrence]:
    """The labelled set: phrases of the lexicon written with a proclitic, in ``documents``.

    Candidates are Marsad's own hits and a regular-expression scan of the normalised text;
    each is kept only when its surface, normalised, is a proclitic followed by exactly a phrase
    of its label (``لحفتر``, ``وللأمم المتحدة``, ``بالعاصمة الروسية``), and when no longer
    candidate of the same kind (actor or topic) contains it, and not a conjunction right after
    a function word (:func:`_conjunction_after_function_word`). The generated corpus
    repeats the seeds' sentences, so an occurrence is counted once per distinct sentence and
    place in it, and the first of each is kept.
    """
    texts = {doc.doc_id: doc.text for doc in documents}
    function_words = frozenset(lexicon.language.function_words)
    phrases: dict[str, set[str]] = {}
    for label, phrase in actor_phrases(lexicon) + topic_phrases(lexicon):
        phrases.setdefault(label, set()).add(normalise_word(phrase))
    broad: dict[str, set[str]] = {}
    for topic, term in lexicon.broad_terms:
        broad.setdefault(f"topic:{topic}", set()).add(normalise_word(term))
    candidates = set(marsad_hits(frames))
    patterns = _phrase_patterns(lexicon)
    # An ignore row is no label, but silences the terms inside it as in the analysis: القيادة
    # العامة للقوات المسلحة holds القوات and says nothing of arms.
    silencing = _phrase_patterns(lexicon, [("topic:ignore", term) for topic, term in lexicon.topics if topic == "ignore"])
    for doc in documents:
        normalised = NormalisedText(doc.text)
        for label, pattern in patterns + silencing:
            for match in pattern.finditer(normalised.norm):
                start, end = normalised.span_to_original(match.start(), match.end())
                candidates.add(Hit(doc.doc_id, label, start, end))
    # A phrase inside a longer one of the same kind is not an occurrence of its own, as in the
    # analysis: بالقائد العام للجيش الوطني الليبي names Haftar, not the LNA.
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for hit in candidates:
        spans.setdefault((hit.doc_id, hit.label.split(":")[0]), []).append((hit.start, hit.end))
    sentences: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in zip(frames.sentences["doc_id"], frames.sentences["start"], frames.sentences["end"]):
        sentences.setdefault(doc_id, []).append((start, end))
    found: dict[tuple[str, str, int], Occurrence] = {}
    for hit in sorted(candidates, key=lambda h: (h.doc_id, h.start, h.label)):
        if any(
            start <= hit.start and hit.end <= end and end - start > hit.end - hit.start
            for start, end in spans[(hit.doc_id, hit.label.split(":")[0])]
        ):
            continue
        text = texts[hit.doc_id]
        surface = text[hit.start:hit.end]
        if hit.label == "topic:ignore" or not _verified(surface, phrases.get(hit.label, set())):
            continue
        if _verified(surface, broad.get(hit.label, set())):
            continue  # a broad term (topics.csv role) is a hit only with support near it: no label alone
        if _conjunction_after_function_word(text, hit, function_words):
            continue
        context = (hit.label, *_in_sentence(hit, sentences.get(hit.doc_id, []), text))
        if context in found:
            previous = found[context]
            found[context] = Occurrence(previous.hit, previous.surface, previous.copies + 1)
        else:
            found[context] = Occurrence(hit, surface, 1)
    return list(found.values())


_LAST_WORD = re.compile(r"(\S+)\s+$")


def _conjunction_after_function_word(text: str, hit: Hit, function_words: frozenset[str]) -> bool:
    """Whether ``hit`` starts with و or ف right after a function word: Arabic joins no conjunction
    to a name there (من وإسبانيا), so only the realistic corpus's random filler writes it, and
    Marsad reads such a word as something else (التي فسرت is "which explained", not ف + سرت)."""
    if normalise_word(text[hit.start:hit.start + 1]) not in ("و", "ف"):
        return False
    before = _LAST_WORD.search(text, max(0, hit.start - 40), hit.start)
    return before is not None and normalise_word(before.group(1)) in function_words - {"و", "ف"}


def _in_sentence(hit: Hit, sentences: list[tuple[int, int]], text: str) -> tuple[str, int]:
    """The sentence holding ``hit`` and the hit's offset in it (the whole text outside any)."""
    for start, end in sentences:
        if start <= hit.start < end:
            return text[start:end], hit.start - start
    return text, hit.start


def recall(occurrences: list[Occurrence], hits: Iterable[Hit]) -> float:
    """Share of ``occurrences`` that some hit of the same label overlaps."""
    by_doc: dict[tuple[str, str], list[Hit]] = {}
    for hit in hits:
        by_doc.setdefault((hit.doc_id, hit.label), []).append(hit)
    found = sum(
        1 for occurrence in occurrences
        if any(h.start < occurrence.hit.end and occurrence.hit.start < h.end
               for h in by_doc.get((occurrence.hit.doc_id, occurrence.hit.label), ()))
    )
    return found / len(occurrences) if occurrences else 0.0
