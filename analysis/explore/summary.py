"""Headline figures: what each article holds, in counts and per 1,000 tokens.

Articles differ in length, so a contrast between them is made per 1,000 word tokens; the raw
counts stay beside the rates so a reader can check them against the sentences.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd

from analysis.extract.pipeline import Frames
from analysis.extract.topics import per_thousand

HEADLINE_COLUMNS = [
    "doc_id", "title", "outlet", "date", "n_sentences", "n_tokens",
    "mentions", "actors", "topic_hits", "stances", "positive", "negative",
]
PROFILE_COLUMNS = ["doc_id", "measure", "hits", "per_1000_tokens"]
POLARITY_MEASURES = ("positive", "negative", "neutral")


def article_codes(documents: pd.DataFrame, *frames: pd.DataFrame) -> list[np.ndarray]:
    """Each row's article as its position in ``documents`` (``-1`` for an article not there),
    one array per frame: counting per article is then ``numpy.bincount``, not a ``groupby`` on
    a string column per count.

    One factorisation of every id column together: the documents' ids come first and are
    unique, so their codes are their positions.
    """
    ids = documents["doc_id"]
    columns = [frame["doc_id"] for frame in frames]
    if not columns:
        return []
    codes, _ = pd.factorize(pd.concat([ids, *columns], ignore_index=True))
    codes[codes >= len(ids)] = -1
    bounds = np.cumsum([len(ids), *(len(column) for column in columns)])
    return [codes[first:last] for first, last in zip(bounds[:-1], bounds[1:])]


def per_article(codes: np.ndarray, n_articles: int) -> np.ndarray:
    """How many of ``codes`` (from :func:`article_codes`) fall on each article, as int64."""
    return np.bincount(codes[codes >= 0], minlength=n_articles).astype("int64")


def _holding(column: pd.Series, value: str) -> np.ndarray:
    """Which rows of a text column hold ``value`` (missing: none), compared as the column is
    stored: an object array of 1.25 million polarities took 0.19 s."""
    return (column == value).to_numpy(dtype=bool, na_value=False)


def headline(frames: Frames) -> pd.DataFrame:
    """One row per article: its metadata, sizes, and counts of what was found in it.

    Returns:
        :data:`HEADLINE_COLUMNS`: ``mentions`` are actor mentions, ``actors`` distinct actors,
        ``topic_hits`` topic term hits, ``stances`` stance cues, ``positive``/``negative``
        those cues by polarity.
    """
    docs = frames.documents
    n = len(docs)
    mentions, topics, stances = article_codes(docs, frames.mentions, frames.topics, frames.stances)
    # Distinct actors of an article: distinct (article, actor) pairs, as one integer each.
    actor_codes, actor_ids = pd.factorize(frames.mentions["actor_id"])
    named = (mentions >= 0) & (actor_codes >= 0)
    pairs = pd.unique(mentions[named].astype("int64") * max(len(actor_ids), 1) + actor_codes[named])
    positive, negative = (_holding(frames.stances["polarity"], value) for value in ("positive", "negative"))
    return headline_table(docs, {
        "mentions": per_article(mentions, n),
        "actors": per_article(pairs // max(len(actor_ids), 1), n),
        "topic_hits": per_article(topics, n),
        "stances": per_article(stances, n),
        "positive": per_article(stances[positive], n),
        "negative": per_article(stances[negative], n),
    })


def headline_table(docs: pd.DataFrame, counts: dict[str, np.ndarray]) -> pd.DataFrame:
    """:func:`headline`'s table of the articles ``docs`` and their ``counts`` (``mentions``,
    ``actors``, ``topic_hits``, ``stances``, ``positive``, ``negative``: one value per article, in
    ``docs``' order), however they were counted (the columnar engine counts them in SQL)."""
    table = pd.DataFrame({
        "doc_id": docs["doc_id"].tolist(),
        "title": docs["title"].tolist(),
        "outlet": docs["outlet"].tolist(),
        "date": docs["date"].tolist(),
        "n_sentences": docs["n_sentences"].astype("int64").tolist(),
        "n_tokens": docs["n_tokens"].astype("int64").tolist(),
        **counts,
    }, columns=HEADLINE_COLUMNS)
    return table.astype({column: "int64" for column in HEADLINE_COLUMNS[4:]})


def profile(frames: Frames, *, topics: list[str], doc_ids: Collection[str] | None = None) -> pd.DataFrame:
    """The measures that contrast articles at a glance, one row per article and measure.

    Measures: ``mentions`` (actor mentions), ``topic:<id>`` for each of ``topics``, and
    ``stance:<polarity>`` for positive, negative and neutral stance cues.

    Args:
        frames: the analysis (filtered or not).
        topics: the topics measured.
        doc_ids: only these articles (a chart draws a few of 10,000; counting the others
            would be thrown away); None for every article of ``frames``.

    Returns:
        :data:`PROFILE_COLUMNS`, in article order, then measure order.
    """
    docs, mentions, counts, stances = frames.documents, frames.mentions, frames.topic_counts, frames.stances
    if doc_ids is not None:
        wanted = list(doc_ids)
        docs, mentions, counts, stances = (frame[frame["doc_id"].isin(wanted)] for frame in (docs, mentions, counts, stances))
    n = len(docs)
    mention_codes, count_codes, stance_codes = article_codes(docs, mentions, counts, stances)
    columns = {"mentions": per_article(mention_codes, n)}
    topic_of = counts["topic"].to_numpy(dtype=object, na_value="")
    hits = counts["hits"].to_numpy(dtype="int64")
    for topic in topics:
        inside = (topic_of == topic) & (count_codes >= 0)
        columns[f"topic:{topic}"] = np.bincount(count_codes[inside], weights=hits[inside], minlength=n).astype("int64")
    for value in POLARITY_MEASURES:
        columns[f"stance:{value}"] = per_article(stance_codes[_holding(stances["polarity"], value)], n)
    measures = list(columns)
    table = np.column_stack([columns[m] for m in measures]) if n else np.zeros((0, len(measures)), dtype="int64")
    rows = [
        (doc_id, measure, int(count), per_thousand(int(count), int(words)))
        for doc_id, words, values in zip(docs["doc_id"].tolist(), docs["n_tokens"].tolist(), table.tolist())
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
