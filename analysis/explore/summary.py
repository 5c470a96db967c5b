"""Headline figures: what each article holds, in counts and per 1,000 tokens.

Articles differ in length, so a contrast between them is made per 1,000 word tokens; the raw
counts stay beside the rates so a reader can check them against the sentences.
"""

from __future__ import annotations

import pandas as pd

from analysis.extract.pipeline import Frames
from analysis.extract.topics import per_thousand

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
    docs = frames.documents
    ids = pd.Index(docs["doc_id"])

    def per_doc(series: pd.Series) -> list[int]:
        return series.reindex(ids, fill_value=0).astype("int64").tolist()

    stances = frames.stances
    table = pd.DataFrame({
        "doc_id": list(ids),
        "title": docs["title"].tolist(),
        "outlet": docs["outlet"].tolist(),
        "date": docs["date"].tolist(),
        "n_sentences": docs["n_sentences"].astype("int64").tolist(),
        "n_tokens": docs["n_tokens"].astype("int64").tolist(),
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
    docs = frames.documents
    ids = pd.Index(docs["doc_id"])
    columns = {"mentions": frames.mentions.groupby("doc_id").size().reindex(ids, fill_value=0)}
    by_topic = frames.topic_counts.groupby(["doc_id", "topic"])["hits"].sum()
    for topic in topics:
        found = by_topic.xs(topic, level="topic") if topic in by_topic.index.get_level_values("topic") else pd.Series(dtype="int64")
        columns[f"topic:{topic}"] = found.reindex(ids, fill_value=0)
    by_polarity = frames.stances.groupby(["doc_id", "polarity"]).size()
    for polarity in POLARITY_MEASURES:
        found = by_polarity.xs(polarity, level="polarity") if polarity in by_polarity.index.get_level_values("polarity") else pd.Series(dtype="int64")
        columns[f"stance:{polarity}"] = found.reindex(ids, fill_value=0)
    measures = list(columns)
    hits = pd.DataFrame({m: column.to_numpy() for m, column in columns.items()}, index=ids).fillna(0).astype("int64")
    n_tokens = docs["n_tokens"].to_numpy()
    rows = [
        (doc_id, measure, int(count), per_thousand(int(count), int(n)))
        for doc_id, n, values in zip(ids, n_tokens, hits.to_numpy())
        for measure, count in zip(measures, values)
    ]
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS).astype({"hits": "int64", "per_1000_tokens": "float64"})


TOPIC_SHARE_COLUMNS = ["topic", "hits", "share", "per_1000_tokens"]


def totals(frames: Frames) -> dict[str, int]:
    """The headline figures of a set of articles: ``articles``, ``words`` (word tokens),
    ``sentences``, ``mentions`` (actor mentions), ``actors`` (distinct), ``topic_hits``,
    ``stances``, and ``positive``/``negative``/``neutral`` stance cues."""
    stances = frames.stances
    by_polarity = stances["polarity"].value_counts()
    return {
        "articles": len(frames.documents),
        "words": int(frames.documents["n_tokens"].sum()),
        "sentences": int(frames.documents["n_sentences"].sum()),
        "mentions": len(frames.mentions),
        "actors": int(frames.mentions["actor_id"].nunique()),
        "topic_hits": len(frames.topics),
        "stances": len(stances),
        **{polarity: int(by_polarity.get(polarity, 0)) for polarity in POLARITY_MEASURES},
    }


def topic_shares(frames: Frames, *, topics: list[str]) -> pd.DataFrame:
    """Each of ``topics`` over all the articles: its hits, its ``share`` of all topic hits (0–1),
    and hits per 1,000 word tokens of the articles together (not a mean of per-article rates, which
    would weigh a short article like a long one).

    Returns:
        :data:`TOPIC_SHARE_COLUMNS`, one row per topic in ``topics`` order (0 where none is found).
    """
    hits = frames.topics["topic"].value_counts()
    found = int(hits.reindex(topics, fill_value=0).sum())
    words = int(frames.documents["n_tokens"].sum())
    rows = [
        (topic, int(hits.get(topic, 0)), (int(hits.get(topic, 0)) / found) if found else 0.0, per_thousand(int(hits.get(topic, 0)), words))
        for topic in topics
    ]
    return pd.DataFrame(rows, columns=TOPIC_SHARE_COLUMNS).astype({"hits": "int64", "share": "float64", "per_1000_tokens": "float64"})
