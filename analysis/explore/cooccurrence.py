"""Co-occurrence: which actors an article names in the same sentence.

Two actors named in one sentence are usually being related to each other (``Lavrov received
Haftar in Moscow``), so counting the sentences they share shows who an article puts together.
A body named only inside a title (the army in ``القائد العام للجيش الوطني الليبي خليفة حفتر``, a
``nested`` mention) is not put together with the title's holder: every Haftar would bring the
army, every Peskov the Kremlin, and the pairs would say what the titles say, not the articles.
Named on its own in the same sentence, it is paired as any actor.
"""

from __future__ import annotations

import pandas as pd

COLUMNS = ["doc_id", "sentence_id", "actor_a", "actor_b"]


def cooccurrences(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence and pair of distinct actors named in it.

    Args:
        mentions: a mentions frame (:mod:`analysis.extract.schema`).

    Returns:
        doc_id, sentence_id, actor_a, actor_b with ``actor_a < actor_b`` (by id); an actor named
        twice in a sentence counts once; nested mentions are left out.
    """
    named = mentions.loc[~mentions["nested"].astype(bool), ["doc_id", "sentence_id", "actor_id"]].drop_duplicates()
    named = named.astype({"doc_id": "string", "sentence_id": "int64", "actor_id": "string"})
    pairs = named.merge(named, on=["doc_id", "sentence_id"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["actor_id_a"] < pairs["actor_id_b"]].rename(columns={"actor_id_a": "actor_a", "actor_id_b": "actor_b"})
    pairs = pairs.sort_values(COLUMNS, kind="stable").reset_index(drop=True)[COLUMNS]
    return pairs.astype({"doc_id": "string", "sentence_id": "int64", "actor_a": "string", "actor_b": "string"})


def pair_counts(pairs: pd.DataFrame, *, symmetric: bool = False) -> pd.DataFrame:
    """Sentences shared per pair of actors (from :func:`cooccurrences`), most shared first.

    Args:
        pairs: rows from :func:`cooccurrences`, already narrowed to the articles wanted.
        symmetric: also list each pair the other way round (``b, a``), as a matrix needs.

    Returns:
        actor_a, actor_b, sentences, articles.
    """
    if symmetric:
        swapped = pairs.rename(columns={"actor_a": "actor_b", "actor_b": "actor_a"})
        pairs = pd.concat([pairs, swapped[pairs.columns]], ignore_index=True)
    counts = (
        pairs.groupby(["actor_a", "actor_b"])
        .agg(sentences=("sentence_id", "size"), articles=("doc_id", "nunique"))
        .reset_index()
        .astype({"sentences": "int64", "articles": "int64"})
    )
    return counts.sort_values(["sentences", "actor_a", "actor_b"], ascending=[False, True, True]).reset_index(drop=True)
