"""What a chart or a table over the whole corpus shows: the top N and the rest summed, one page.

A chart with a bar per speaker or per article is unreadable (and slow to draw) at 10,000
articles; these aggregate on the frames' columns with pandas' ``groupby`` (vectorised over the
Arrow-backed columns) and leave every label to the page, which labels only what it draws.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

# The label of the bar that sums everything past the top N.
OTHERS = "(others)"


def top_keys(totals: pd.Series, n: int) -> list:
    """The ``n`` index values of ``totals`` with the largest values; ties keep ``totals``' order."""
    return list(totals.sort_values(ascending=False, kind="stable").index[:n])


def polarity_by_speaker(stances: pd.DataFrame, *, top: int = 25) -> pd.DataFrame:
    """Stance cues per speaker and polarity, the ``top`` speakers with the most cues first
    (ties by first appearance), then every other speaker summed into one ``(others)`` speaker.

    Args:
        stances: a stances frame (:mod:`analysis.extract.schema`), filtered or not.
        top: how many speakers keep a bar of their own.

    Returns:
        Columns ``speaker_id``, ``speaker_name``, ``polarity``, ``cues`` (int64) and
        ``speakers`` (how many speakers the row sums: 1, or the number of the others), in
        speaker order (most cues first, others last), then polarity in first-seen order.
    """
    columns = ["speaker_id", "speaker_name", "polarity", "cues", "speakers"]
    if stances.empty:
        return pd.DataFrame({c: pd.Series([], dtype="int64" if c in ("cues", "speakers") else "string") for c in columns})
    # speaker_name alone is the speaker's key, as the filters' speakers are (a name belongs to one id).
    counts = stances.groupby(["speaker_name", "polarity"], sort=False, observed=True).size()
    ids = stances.drop_duplicates("speaker_name").set_index("speaker_name")["speaker_id"]
    return ranked_speakers(counts.rename("cues").reset_index(), ids, top=top)


def ranked_speakers(pairs: pd.DataFrame, ids: pd.Series, *, top: int) -> pd.DataFrame:
    """:func:`polarity_by_speaker` from its counts: ``pairs`` (``speaker_name``, ``polarity``,
    ``cues``, one row per pair in the order each pair first comes among the stances) and ``ids``
    (each speaker's ``speaker_id``, by ``speaker_name``). The columnar engine counts the pairs in
    SQL and ranks them here, as the pandas path does."""
    columns = ["speaker_id", "speaker_name", "polarity", "cues", "speakers"]
    totals = pairs.groupby("speaker_name", sort=False)["cues"].sum()
    kept = top_keys(totals, top)
    rank = {name: i for i, name in enumerate(kept)}
    frame = pairs
    inside = frame["speaker_name"].isin(rank)
    own = frame[inside].assign(speaker_id=lambda f: f["speaker_name"].map(ids), speakers=1)
    own = own.iloc[own["speaker_name"].map(rank).argsort(kind="stable")]
    rest = frame[~inside]
    others = pd.DataFrame(columns=columns)
    if len(rest):
        others = rest.groupby("polarity", sort=False)["cues"].sum().reset_index()
        others = others.assign(speaker_id="", speaker_name=OTHERS, speakers=rest["speaker_name"].nunique())
    joined = pd.concat([own[columns], others[columns]], ignore_index=True)
    return joined.astype({"speaker_id": "string", "speaker_name": "string", "polarity": "string",
                          "cues": "int64", "speakers": "int64"})


ACTOR_COLUMNS = ["actor_id", "actor_name", "actor_name_ar", "actor_type"]


def actor_totals(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions of each actor: ``actor_id``, ``actor_name``, ``actor_name_ar``, ``actor_type``
    and ``total`` (int64), one row per actor in order of first mention.

    One factorisation of ``actor_id`` and a ``bincount``: a group-by on the four label columns
    and the article (the Actors page's, before) held a row per actor and article, 2.27 million
    mentions' worth at 100,000 articles, and took the server's peak past 2 GB.
    """
    if mentions.empty:
        return pd.DataFrame({c: pd.Series([], dtype="string") for c in ACTOR_COLUMNS}).assign(total=pd.Series([], dtype="int64"))
    codes, _ = pd.factorize(mentions["actor_id"], sort=False)
    first = np.unique(codes, return_index=True)[1]  # codes number actors in order of first mention
    table = mentions[ACTOR_COLUMNS].iloc[first].reset_index(drop=True)
    return table.assign(total=np.bincount(codes, minlength=len(first)).astype("int64"))


def article_series(doc_ids, counts) -> pd.Series:
    """Counts by article, as :func:`article_totals` gives them (index ``doc_id``, name ``count``)."""
    return pd.Series(np.asarray(counts, dtype=np.int64), index=pd.Index(np.asarray(doc_ids, dtype=object), name="doc_id"),
                     name="count")


def article_totals(mentions: pd.DataFrame, doc_ids) -> pd.Series:
    """Mentions in each article that has some, in the order of ``doc_ids`` (the corpus's): a chart
    with a series per article ranks them by it (``dashboard.render.chart_articles``), and the
    articles it lists are its index."""
    counts = mentions["doc_id"].value_counts()
    present = set(counts.index.tolist())  # tolist(): an Arrow-backed index iterated value by value is slow
    order = [doc_id for doc_id in doc_ids if doc_id in present]
    return article_series(order, counts.reindex(order).to_numpy(dtype=np.int64) if order else [])


def actor_article_counts(mentions: pd.DataFrame, doc_ids) -> pd.DataFrame:
    """Mentions of each actor in each of the articles ``doc_ids`` (the ones a chart draws):
    ``doc_id``, ``actor_id``, ``mentions`` (int64), the pairs that occur only, by article in
    ``doc_ids``' order, then actor in order of first mention."""
    chosen = list(dict.fromkeys(doc_ids))
    rows = mentions[mentions["doc_id"].isin(chosen)]
    columns = {"doc_id": pd.Series([], dtype="string"), "actor_id": pd.Series([], dtype="string"),
               "mentions": pd.Series([], dtype="int64")}
    if rows.empty:
        return pd.DataFrame(columns)
    counts = rows.groupby(["doc_id", "actor_id"], sort=False, observed=True).size().rename("mentions").reset_index()
    position = {doc_id: i for i, doc_id in enumerate(chosen)}
    counts = counts.iloc[counts["doc_id"].map(position).to_numpy().argsort(kind="stable")].reset_index(drop=True)
    return counts.astype({"doc_id": "string", "actor_id": "string", "mentions": "int64"})


def actor_rest_counts(totals: pd.DataFrame, charted: pd.DataFrame) -> dict[str, int]:
    """Mentions of each actor outside the charted articles: ``totals`` (:func:`actor_totals`) less
    ``charted`` (:func:`actor_article_counts` of the articles a chart draws), by ``actor_id``,
    the actors with some only. A chart that ranks actors by their total and draws a bar per
    charted article draws these as one more bar, so that each actor's bars add up to its total."""
    in_chart = charted.groupby("actor_id", sort=False)["mentions"].sum().to_dict() if len(charted) else {}
    rest = {actor_id: int(total) - int(in_chart.get(actor_id, 0))
            for actor_id, total in zip(totals["actor_id"].tolist(), totals["total"].tolist())}
    return {actor_id: count for actor_id, count in rest.items() if count > 0}


def page_count(rows: int, size: int) -> int:
    """Pages of ``size`` rows needed for ``rows`` rows (at least 1, an empty table's page)."""
    if size < 1:
        raise ValueError("a page holds at least one row")
    return max(1, math.ceil(rows / size))


def topic_totals(topic_counts: pd.DataFrame, topics) -> pd.Series:
    """Hits of the ``topics`` in each article (``topic_counts`` rows, filtered or not): a Series
    named ``hits`` by ``doc_id``, in the ids' sorted order, the articles with a row only."""
    return topic_counts[topic_counts["topic"].isin(list(topics))].groupby("doc_id")["hits"].sum()


def term_counts(hits: pd.DataFrame) -> pd.DataFrame:
    """Hits of each term of each topic (a topic hits frame): ``topic``, ``term``, ``hits`` (int64),
    sorted by topic then term."""
    return hits.groupby(["topic", "term"]).size().rename("hits").reset_index()


def sentence_positions(sentences: pd.DataFrame, doc_ids=None, kept: pd.DataFrame | None = None) -> pd.Series:
    """Each sentence's ``position`` by ``(doc_id, sentence_id)``: of the articles ``doc_ids`` (every
    article when None), and of the ``kept`` sentences only (``doc_id``, ``sentence_id``) when given."""
    if doc_ids is not None:
        sentences = sentences[sentences["doc_id"].isin(list(doc_ids))]
    if kept is not None:
        keys = pd.MultiIndex.from_arrays([kept["doc_id"].astype(object), kept["sentence_id"]])
        inside = pd.MultiIndex.from_arrays([sentences["doc_id"].astype(object), sentences["sentence_id"]]).isin(keys)
        sentences = sentences[inside]
    return sentences.set_index(["doc_id", "sentence_id"])["position"]


class Taken:
    """Rows of a frame taken when they are read: ``rows`` (positions in ``frame``, in order) stand
    for ``frame.take(rows)`` with a fresh index, and a table pages through them (:func:`page_of`)
    taking one page's rows at a time. The columnar engine gives the kept rows of a frame; copying
    every kept stance to show 500 of them was the Stances page's one filtered frame."""

    def __init__(self, frame: pd.DataFrame, rows: np.ndarray) -> None:
        self.frame = frame
        self.rows = np.asarray(rows, dtype=np.int64)
        self.iloc = _TakenRows(self)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def empty(self) -> bool:
        return len(self.rows) == 0

    def whole(self) -> pd.DataFrame:
        """Every row, as one frame (a download of all rows)."""
        return self.iloc[:]


class _TakenRows:
    def __init__(self, taken: Taken) -> None:
        self.taken = taken

    def __getitem__(self, part: slice) -> pd.DataFrame:
        if not isinstance(part, slice) or part.step not in (None, 1):
            raise TypeError("rows taken when read are read a slice of consecutive rows at a time")
        start = part.indices(len(self.taken.rows))[0]
        found = self.taken.frame.take(self.taken.rows[part])
        found.index = pd.RangeIndex(start, start + len(found))  # as the filtered frame's slice is numbered
        return found


def whole(frame: pd.DataFrame | Taken) -> pd.DataFrame:
    """``frame`` itself, or every row a :class:`Taken` stands for."""
    return frame.whole() if isinstance(frame, Taken) else frame


def page_of(frame: pd.DataFrame, page: int, size: int) -> pd.DataFrame:
    """Rows of page ``page`` (1-based; clamped to the pages there are) of ``size`` rows."""
    page = min(max(1, page), page_count(len(frame), size))
    return frame.iloc[(page - 1) * size: page * size]


__all__ = ["ACTOR_COLUMNS", "OTHERS", "actor_article_counts", "actor_rest_counts", "actor_totals", "article_series", "article_totals", "page_count", "page_of", "polarity_by_speaker", "ranked_speakers", "sentence_positions", "Taken", "term_counts", "top_keys", "topic_totals", "whole"]
