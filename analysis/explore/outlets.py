"""Outlets side by side: whom each names, whom it quotes and with which polarity, what it covers.

Every figure is per 1,000 words of the outlet's articles (``documents.n_tokens`` summed), so a
wire service with two hundred articles and a weekly with ten can be read on one scale. An article
without an outlet is counted under :data:`NO_OUTLET`, never dropped; beyond the ``top`` outlets
with the most articles, the rest share one column, :data:`OTHER_OUTLETS`, so a table never has
hundreds of columns.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.explore.filters import positions_in
from analysis.extract.pipeline import Frames
from analysis.extract.schema import ARTICLE_VOICE

# The biggest bubble's diameter, in pixels, on rows 30 px apart (and more): at 30 px, the biggest
# bubbles of two rows touched, and a first row's touched the outlets' names above it.
BUBBLE_DIAMETER = 22
ROW_PIXELS = 30

NO_OUTLET = "(no outlet)"
OTHER_OUTLETS = "(other outlets)"
TOP_OUTLETS = 12


def outlet_labels(documents: pd.DataFrame) -> pd.Series:
    """Each article's outlet as shown (``documents.outlet`` trimmed, :data:`NO_OUTLET` when empty),
    indexed by doc_id."""
    # Factorised: an outlet's name is cleaned once, however many articles it has.
    codes, uniques = pd.factorize(documents["outlet"].fillna("").to_numpy(dtype=object))
    shown = np.array([str(outlet).strip() or NO_OUTLET for outlet in uniques] or [NO_OUTLET], dtype=object)
    return pd.Series(shown[codes], index=documents["doc_id"].to_numpy(dtype=object), dtype=object)


def outlet_columns(documents: pd.DataFrame, *, top: int = TOP_OUTLETS) -> pd.Series:
    """Each article's column: its outlet when among the ``top`` with the most articles (ties by
    name), else :data:`OTHER_OUTLETS`; indexed by doc_id."""
    labels = outlet_labels(documents)
    counts = labels.value_counts()
    ranked = sorted(counts.index, key=lambda outlet: (-counts[outlet], outlet))
    kept = set(ranked[:top])
    return labels.where(labels.isin(kept), OTHER_OUTLETS)


def outlet_sizes(documents: pd.DataFrame, columns: pd.Series) -> pd.DataFrame:
    """One row per column: ``outlet``, ``articles``, ``words``; most articles first, the merged
    :data:`OTHER_OUTLETS` last."""
    codes, names = pd.factorize(columns.to_numpy(dtype=object))
    articles = np.bincount(codes, minlength=len(names))
    words = np.bincount(codes, weights=documents["n_tokens"].to_numpy(dtype="int64"), minlength=len(names))
    order = sorted(range(len(names)), key=lambda code: (names[code] == OTHER_OUTLETS, -articles[code], names[code]))
    return pd.DataFrame({"outlet": [names[code] for code in order], "articles": articles[order].astype("int64"),
                         "words": words[order].astype("int64")})


def articles_of(columns: pd.Series, outlet: str) -> tuple[str, ...]:
    """The doc_ids counted in one column."""
    return tuple(columns.index[columns.to_numpy() == outlet])


def _rates(frame: pd.DataFrame, columns: pd.Series, keys: Sequence[str], count: str, sizes: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``frame`` counted per outlet column and ``keys``, with the count per 1,000 of the
    outlet's words, sorted by outlet and keys.

    Counted on integer codes with ``np.unique``: the string columns are Arrow-backed, and a pandas
    groupby over them costs several times more at 10,000 articles.
    """
    # Each row's article found by Arrow, and its outlet column by code: the 100,000 ids of a year
    # made into Python strings and hashed took a third of the time.
    at = positions_in(frame["doc_id"], columns.index.to_numpy(dtype=object))
    outlet_codes, outlet_names = pd.factorize(columns.to_numpy(dtype=object))
    arrays = [np.asarray(outlet_names, dtype=object)[outlet_codes[at]], *(frame[key].to_numpy(dtype=object) for key in keys)]
    combined = outlet_codes[at].astype("int64")
    for array in arrays[1:]:
        codes, uniques = pd.factorize(array)
        combined = combined * max(len(uniques), 1) + codes
    _, first, counts = np.unique(combined, return_index=True, return_counts=True)
    counted = pd.DataFrame({name: array[first] for name, array in zip(["outlet", *keys], arrays)})
    counted[count] = counts.astype("int64")
    words = dict(zip(sizes["outlet"], sizes["words"]))
    per = counted["outlet"].map(words).astype("float64")
    counted["per_1000_words"] = (counted[count] / per.where(per > 0) * 1000).fillna(0.0)
    return counted.sort_values(["outlet", *keys]).reset_index(drop=True)


def actor_rates(frames: Frames, columns: pd.Series) -> pd.DataFrame:
    """Mentions of each actor per outlet: ``outlet``, ``actor_id``, ``mentions``, ``per_1000_words``."""
    return _rates(frames.mentions, columns, ["actor_id"], "mentions", outlet_sizes(frames.documents, columns))


def speaker_rates(frames: Frames, columns: pd.Series) -> pd.DataFrame:
    """Statements per outlet, speaker and polarity (whom the outlet quotes, and how): ``outlet``,
    ``speaker_id``, ``speaker_name``, ``polarity``, ``stances``, ``per_1000_words``.

    The article's own voice is no one the outlet quotes: it is left out.
    """
    stances = frames.stances[frames.stances["speaker_name"] != ARTICLE_VOICE]
    return _rates(stances, columns, ["speaker_id", "speaker_name", "polarity"], "stances", outlet_sizes(frames.documents, columns))


def topic_rates(frames: Frames, columns: pd.Series) -> pd.DataFrame:
    """Topic term hits per outlet: ``outlet``, ``topic``, ``hits``, ``per_1000_words``."""
    return _rates(frames.topics, columns, ["topic"], "hits", outlet_sizes(frames.documents, columns))


def top_keys(rates: pd.DataFrame, key: str, count: str, *, top: int) -> list[str]:
    """The ``top`` values of ``key`` with the highest ``count`` over every outlet (ties by value)."""
    totals = rates.groupby(key)[count].sum()
    # From plain lists: looking each of 7,000 speakers' totals up in the Series took 25 ms a rerun.
    ranked = zip(totals.to_numpy().tolist(), totals.index.tolist())
    return [value for _, value in heapq.nsmallest(top, ((-total, value) for total, value in ranked))]


__all__ = [
    "NO_OUTLET", "OTHER_OUTLETS", "TOP_OUTLETS", "actor_rates", "articles_of", "outlet_columns", "outlet_labels",
    "outlet_sizes", "speaker_rates", "top_keys", "topic_rates",
]


def bubble_marker(values, biggest: float) -> dict:
    """A bubble chart's marker sizes: area in proportion to ``values``, ``biggest`` drawn
    :data:`BUBBLE_DIAMETER` pixels across, none smaller than 4."""
    return {"size": values, "sizemode": "area", "sizeref": 2.0 * max(float(biggest), 1e-9) / BUBBLE_DIAMETER**2, "sizemin": 4}


def rows_range(rows: int) -> list[float]:
    """The range of a bubble matrix's row axis (categories 0 to ``rows - 1``): three quarters of a
    row beyond the first and the last, where plotly leaves half, so the first row's bubbles stand
    clear of the names above them and the last row's of the legend below."""
    return [-0.75, rows - 0.25]
