"""The whole analysis: documents and a lexicon in, the schema's frames out.

This is the one place that runs the analysers in order for each document and assembles their
findings into frames (see :mod:`analysis.extract.schema`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from operator import itemgetter
from collections.abc import Iterable

import pandas as pd

from analysis.extract import schema
from analysis.corpus.documents import Document, date_period
from analysis.lexicon.derived import derived
from analysis.lexicon.read import Lexicon
from analysis.extract.steps import Findings, build_steps
from analysis.arabic.matcher import PhraseMatcher
from analysis.arabic.text import dateline_outlet, prepare
from analysis.extract.texts import Texts
from analysis.extract.topics import per_thousand
from analysis.extract.unlisted import is_unlisted


@dataclass(frozen=True, eq=False)
class Frames:
    """The analysis of a corpus: one frame per :data:`analysis.extract.schema.FRAMES` entry, and
    the articles' texts that their offsets refer to (held apart: :mod:`analysis.extract.texts`)."""

    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    topics: pd.DataFrame
    topic_counts: pd.DataFrame
    stances: pd.DataFrame
    texts: Texts = field(repr=False)

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        """(name, frame) pairs in schema order."""
        return [(name, getattr(self, name)) for name in schema.FRAMES]

    def exported(self) -> Frames:
        """The frames with every column a file of them has (:func:`analysis.extract.schema.columns`):
        the articles' and the sentences' text, which memory does not hold."""
        return replace(self, documents=schema.with_article_text(self.documents, self.texts),
                       sentences=schema.with_text(self.sentences, self.texts))

    def text(self, doc_id: str) -> str:
        """One article's text (empty if it is no longer in the store)."""
        return self.texts.of([doc_id]).get(doc_id, "")

    def without_nested(self) -> Frames:
        """The same frames without the nested mentions (a body named only inside a title)."""
        nested = self.mentions["nested"]
        if not nested.any():
            return self
        return replace(self, mentions=self.mentions[~nested].reset_index(drop=True))


class Analyser:
    """Runs the extraction steps (:mod:`analysis.extract.steps`), built once for a lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.steps = build_steps(lexicon)
        # read once: the property walks topics.csv's rows, and every article asks
        self.topic_ids = lexicon.topic_ids

    def matcher(self, step: type) -> PhraseMatcher:
        """The phrase matcher of the step of class ``step`` (the benchmark empties its cache)."""
        return next(built.matcher for built in self.steps if isinstance(built, step))

    def rows(self, doc: Document) -> dict[str, list[dict]]:
        """The rows one document contributes to each frame."""
        lexicon = self.lexicon
        prepared = prepare(doc.text)
        text = doc.text
        found = Findings(prepared, date_period(doc.date))
        for step in self.steps:
            step(found)
        mentions, hits, stances = found.mentions, found.topics, found.stances
        n_words = prepared.n_words
        last = max(len(prepared.sentences) - 1, 1)
        counts = Counter(hit.topic for hit in hits)
        return {
            "documents": [{
                "doc_id": doc.doc_id, "title": doc.title, "outlet": doc.outlet or dateline_outlet(prepared.dateline),
                "date": doc.date, "date_source": doc.date_source, "n_sentences": len(prepared.sentences), "n_tokens": n_words,
                "source": doc.source, "dateline": prepared.dateline, "body_start": prepared.body_start, "text": text,
            }],
            "sentences": [
                {"doc_id": doc.doc_id, "sentence_id": s.sentence_id, "start": s.start, "end": s.end,
                 "position": round((s.sentence_id - 1) / last, 4)}
                for s in prepared.sentences
            ],
            "mentions": [
                {"doc_id": doc.doc_id, "sentence_id": m.sentence_id, "actor_id": m.actor_id,
                 **_actor_columns(lexicon, m.actor_id, text[m.start:m.end]),
                 "surface": text[m.start:m.end], "start": m.start, "end": m.end, "match_kind": m.match_kind, "form": m.form,
                 "nested": m.nested}
                for m in mentions
            ],
            "topics": [
                {"doc_id": doc.doc_id, "sentence_id": h.sentence_id, "topic": h.topic, "term": h.term,
                 "surface": text[h.start:h.end], "start": h.start, "end": h.end}
                for h in hits
            ],
            "topic_counts": [
                {"doc_id": doc.doc_id, "topic": topic, "hits": counts[topic], "per_1000_tokens": per_thousand(counts[topic], n_words)}
                for topic in self.topic_ids
            ],
            "stances": [
                {"doc_id": doc.doc_id, "sentence_id": s.sentence_id, "speaker_id": s.speaker_id, "speaker_name": s.speaker_name,
                 "cue": text[s.start:s.end], "cue_lemma": s.cue_lemma, "cue_type": s.cue_type, "polarity": s.polarity,
                 "target": s.target, "target_kind": s.target_kind, "quote": s.quote, "attribution": s.attribution,
                 "start": s.start, "end": s.end}
                for s in stances
            ],
        }


def _actor_columns(lexicon: Lexicon, actor_id: str, surface: str) -> dict[str, str]:
    """Name, type and affiliation of a mentioned actor; an unlisted person is named as written."""
    if is_unlisted(actor_id):
        return {"actor_name": surface, "actor_name_ar": surface, "actor_type": "person", "affiliation": ""}
    actor = lexicon.actors[actor_id]
    return {"actor_name": actor.name_en, "actor_name_ar": actor.name_ar, "actor_type": actor.type,
            "affiliation": actor.affiliation}


def analyser_for(lexicon: Lexicon) -> Analyser:
    """The :class:`Analyser` of ``lexicon``, built once per lexicon object: building one (the
    matchers, their generated spellings and the Aho-Corasick automaton over 40,000 keys) takes
    about a second with the shipped lexicon, and a caller that analyses a few articles at a time
    (a test, a page) would pay it each call."""
    return derived(lexicon, "analyser", Analyser)


def analyze(documents: Iterable[Document], lexicon: Lexicon) -> Frames:
    """Analyse ``documents`` with ``lexicon``.

    Returns:
        :class:`Frames`, each conforming to :mod:`analysis.extract.schema`; documents in the order given.
    """
    analyser = analyser_for(lexicon)
    builder = FrameBuilder()
    seen: set[str] = set()
    for doc in documents:
        if doc.doc_id in seen:
            raise ValueError(f"two documents share the id '{doc.doc_id}'")
        seen.add(doc.doc_id)
        builder.add(row_values(analyser.rows(doc)))
    return builder.frames()


# A row's values as a tuple in the schema's column order: a third of the memory of its dict.
# The columns held apart (an article's text) come last, and go to the frames' texts.
ROW_COLUMNS = {name: schema.held(name) + list(schema.APART.get(name, ())) for name in schema.FRAMES}
ROW_VALUES = {name: itemgetter(*columns) for name, columns in ROW_COLUMNS.items()}


def row_values(rows: dict[str, list[dict]], *, documents: int = 1) -> tuple[dict[str, list[tuple]], int]:
    """Rows as :meth:`Analyser.rows` gives them, as value tuples, with how many documents
    they are the rows of (the form :meth:`FrameBuilder.add` takes)."""
    return {name: list(map(ROW_VALUES[name], frame_rows)) for name, frame_rows in rows.items()}, documents


class FrameBuilder:
    """Frames built from documents' rows as they come (shared with the parallel batch mode).

    Rows wait as value tuples, and every ``FRAME_CHUNK`` documents become typed frames, whose
    text columns are compact Arrow strings; the pieces are joined at the end. 10,000 articles
    make over a million rows: kept as dicts until the end they took 700 MB and put the analysis
    over 1 GB. The frames are the same for any chunk size.
    """

    def __init__(self) -> None:
        self._pieces: list[Frames] = []
        self._rows: dict[str, list[tuple]] = {name: [] for name in schema.FRAMES}
        self._documents = 0

    def add(self, values: tuple[dict[str, list[tuple]], int]) -> None:
        """Add the rows of the next document(s), from :func:`row_values`."""
        rows, documents = values
        for name, frame_rows in rows.items():
            self._rows[name].extend(frame_rows)
        self._documents += documents
        if self._documents >= FRAME_CHUNK:
            self._flush()

    def frames(self) -> Frames:
        """The frames of every document added, in the order added."""
        if not self._pieces or self._documents:
            self._flush()
        return concat_frames(self._pieces)

    def _flush(self) -> None:
        self._pieces.append(frames_from_rows(self._rows))
        self._rows = {name: [] for name in schema.FRAMES}
        self._documents = 0


FRAME_CHUNK = 1000


def concat_frames(pieces: list[Frames]) -> Frames:
    """The frames of consecutive batches of documents, joined in order."""
    if len(pieces) == 1:
        return pieces[0]
    joined = {}
    for name in schema.FRAMES:
        parts = [getattr(piece, name) for piece in pieces if len(getattr(piece, name))]
        joined[name] = pd.concat(parts, ignore_index=True) if parts else schema.empty(name)
    return Frames(**joined, texts=pieces[0].texts.joined(*(piece.texts for piece in pieces[1:])))


def frames_from_rows(collected: dict[str, list[dict] | list[tuple]]) -> Frames:
    """Frames from per-frame row lists (shared with the parallel batch mode).

    A row is a dict keyed by column (as :meth:`Analyser.rows` gives it) or a tuple in the
    schema's column order (``ROW_VALUES[name](row)``); either gives the same frame.
    """
    frames = {
        name: pd.DataFrame(rows, columns=ROW_COLUMNS[name]) if rows else schema.empty(name)
        for name, rows in collected.items()
    }
    documents = frames["documents"]
    texts = Texts(dict(zip(documents["doc_id"].tolist(), documents["text"].tolist())) if "text" in documents.columns else {})
    # conform keeps the held columns: the texts live in ``texts``, not in the frame.
    return Frames(**{name: schema.conform(frame, name) for name, frame in frames.items()}, texts=texts)
