"""The whole analysis: documents and a lexicon in, the schema's frames out.

This is the one place that runs the analysers in order for each document and assembles their
findings into frames (see :mod:`analysis.schema`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from collections.abc import Iterable

import pandas as pd

from . import schema
from .actors import actor_matcher, find_mentions
from .corpus import Document, date_period
from .lexicon import Lexicon
from .stance import cue_matcher, find_stances
from .text import prepare
from .topics import find_topic_hits, per_thousand, topic_matcher


@dataclass(frozen=True)
class Frames:
    """The analysis of a corpus: one frame per :data:`analysis.schema.FRAMES` entry."""

    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    topics: pd.DataFrame
    topic_counts: pd.DataFrame
    stances: pd.DataFrame

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        """(name, frame) pairs in schema order."""
        return [(field.name, getattr(self, field.name)) for field in fields(self)]


class Analyser:
    """Runs the analysers with matchers built once for a lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.actors = actor_matcher(lexicon)
        self.topics = topic_matcher(lexicon)
        self.cues = cue_matcher(lexicon)

    def rows(self, doc: Document) -> dict[str, list[dict]]:
        """The rows one document contributes to each frame."""
        lexicon = self.lexicon
        prepared = prepare(doc.text)
        text = doc.text
        mentions = find_mentions(prepared, self.actors, period=date_period(doc.date))
        hits = find_topic_hits(prepared, self.topics)
        stances = find_stances(prepared, self.cues.find(prepared.tokens), mentions, hits, lexicon)
        n_words = prepared.n_words
        last = max(len(prepared.sentences) - 1, 1)
        counts = Counter(hit.topic for hit in hits)
        return {
            "documents": [{
                "doc_id": doc.doc_id, "title": doc.title, "outlet": doc.outlet or prepared.dateline,
                "date": doc.date, "n_sentences": len(prepared.sentences), "n_tokens": n_words,
                "source": doc.source, "dateline": prepared.dateline, "body_start": prepared.body_start, "text": text,
            }],
            "sentences": [
                {"doc_id": doc.doc_id, "sentence_id": s.sentence_id, "start": s.start, "end": s.end,
                 "position": round((s.sentence_id - 1) / last, 4), "text": text[s.start:s.end]}
                for s in prepared.sentences
            ],
            "mentions": [
                {"doc_id": doc.doc_id, "sentence_id": m.sentence_id, "actor_id": m.actor_id,
                 "actor_name": lexicon.actors[m.actor_id].name_en, "actor_name_ar": lexicon.actors[m.actor_id].name_ar,
                 "actor_type": lexicon.actors[m.actor_id].type, "affiliation": lexicon.actors[m.actor_id].affiliation,
                 "surface": text[m.start:m.end], "start": m.start, "end": m.end, "match_kind": m.match_kind, "form": m.form}
                for m in mentions
            ],
            "topics": [
                {"doc_id": doc.doc_id, "sentence_id": h.sentence_id, "topic": h.topic, "term": h.term,
                 "surface": text[h.start:h.end], "start": h.start, "end": h.end}
                for h in hits
            ],
            "topic_counts": [
                {"doc_id": doc.doc_id, "topic": topic, "hits": counts[topic], "per_1000_tokens": per_thousand(counts[topic], n_words)}
                for topic in lexicon.topic_ids
            ],
            "stances": [
                {"doc_id": doc.doc_id, "sentence_id": s.sentence_id, "speaker_id": s.speaker_id, "speaker_name": s.speaker_name,
                 "cue": text[s.start:s.end], "cue_lemma": s.cue_lemma, "cue_type": s.cue_type, "polarity": s.polarity,
                 "target": s.target, "target_kind": s.target_kind, "quote": s.quote, "attribution": s.attribution,
                 "start": s.start, "end": s.end}
                for s in stances
            ],
        }


def analyze(documents: Iterable[Document], lexicon: Lexicon) -> Frames:
    """Analyse ``documents`` with ``lexicon``.

    Returns:
        :class:`Frames`, each conforming to :mod:`analysis.schema`; documents in the order given.
    """
    analyser = Analyser(lexicon)
    collected: dict[str, list[dict]] = {name: [] for name in schema.FRAMES}
    seen: set[str] = set()
    for doc in documents:
        if doc.doc_id in seen:
            raise ValueError(f"two documents share the id '{doc.doc_id}'")
        seen.add(doc.doc_id)
        for name, rows in analyser.rows(doc).items():
            collected[name].extend(rows)
    return frames_from_rows(collected)


def frames_from_rows(collected: dict[str, list[dict]]) -> Frames:
    """Frames from per-frame row lists (shared with the parallel batch mode)."""
    return Frames(**{
        name: schema.conform(pd.DataFrame(rows, columns=schema.columns(name)), name) if rows else schema.empty(name)
        for name, rows in collected.items()
    })
