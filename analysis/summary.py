"""Headline figures: what each article holds, in counts and per 1,000 tokens.

Articles differ in length, so a contrast between them is made per 1,000 word tokens; the raw
counts stay beside the rates so a reader can check them against the sentences.
"""

from __future__ import annotations

import pandas as pd

from .pipeline import Frames
from .topics import per_thousand

HEADLINE_COLUMNS = [
    "doc_id", "title", "outlet", "date", "n_sentences", "n_tokens",
    "mentions", "actors", "topic_hits", "stances", "positive", "negative",
]
PROFILE_COLUMNS = ["doc_id", "measure", "hits", "per_1000_tokens"]
POLARITY_MEASURES = ("positive", "negative", "neutral")


def headline(frames: Frames) -> pd.DataFrame:
    """One row per article: its metadata, sizes, and counts of what was found in it.

    Returns:
        :data:`HEADLINE_COLUMNS`: ``mentions`` are actor mentions, ``actors`` distinct actors,
        ``topic_hits`` topic term hits, ``stances`` stance cues, ``positive``/``negative``
        those cues by polarity.
    """
    docs = frames.documents.set_index("doc_id")
    ids = list(frames.documents["doc_id"])

    def per_doc(series: pd.Series) -> list[int]:
        return [int(series.get(doc_id, 0)) for doc_id in ids]

    stances = frames.stances
    table = pd.DataFrame({
        "doc_id": ids,
        "title": [docs.at[i, "title"] for i in ids],
        "outlet": [docs.at[i, "outlet"] for i in ids],
        "date": [docs.at[i, "date"] for i in ids],
        "n_sentences": [int(docs.at[i, "n_sentences"]) for i in ids],
        "n_tokens": [int(docs.at[i, "n_tokens"]) for i in ids],
        "mentions": per_doc(frames.mentions.groupby("doc_id").size()),
        "actors": per_doc(frames.mentions.groupby("doc_id")["actor_id"].nunique()),
        "topic_hits": per_doc(frames.topics.groupby("doc_id").size()),
        "stances": per_doc(stances.groupby("doc_id").size()),
        "positive": per_doc(stances[stances["polarity"] == "positive"].groupby("doc_id").size()),
        "negative": per_doc(stances[stances["polarity"] == "negative"].groupby("doc_id").size()),
    }, columns=HEADLINE_COLUMNS)
    return table.astype({column: "int64" for column in HEADLINE_COLUMNS[4:]})


def profile(frames: Frames, *, topics: list[str]) -> pd.DataFrame:
    """The measures that contrast articles at a glance, one row per article and measure.

    Measures: ``mentions`` (actor mentions), ``topic:<id>`` for each of ``topics``, and
    ``stance:<polarity>`` for positive, negative and neutral stance cues.

    Returns:
        :data:`PROFILE_COLUMNS`, in article order, then measure order.
    """
    counts = frames.topic_counts.set_index(["doc_id", "topic"])["hits"]
    rows = []
    for doc_id, n_tokens in zip(frames.documents["doc_id"], frames.documents["n_tokens"]):
        measures = [("mentions", int((frames.mentions["doc_id"] == doc_id).sum()))]
        measures += [(f"topic:{topic}", int(counts.get((doc_id, topic), 0))) for topic in topics]
        in_doc = frames.stances[frames.stances["doc_id"] == doc_id]
        measures += [(f"stance:{p}", int((in_doc["polarity"] == p).sum())) for p in POLARITY_MEASURES]
        rows += [(doc_id, measure, hits, per_thousand(hits, int(n_tokens))) for measure, hits in measures]
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS).astype({"hits": "int64", "per_1000_tokens": "float64"})
