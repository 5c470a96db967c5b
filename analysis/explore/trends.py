"""Trends: mentions, stances and topic shares over time, binned by day, week, month or year.

An article is placed in the bin its date falls in. Dates are known at different precisions
(``2024-05-10``, ``2024-05``, ``2024``): an article dated only to a month has no week or day, so at
a week bin it is *not placeable* and counted as such (:attr:`Placement.coarse`), as is every
undated article (:attr:`Placement.undated`); a page says how many, nothing is dropped silently.

Topic shares are the share of the bin's topic term hits that each topic takes (``arms`` 40% of
the week's topic hits): they show what the coverage is about, whatever its volume; the hits
themselves are in ``count``.

Everything is grouped once per call (``groupby``), so the cost grows with the rows, not with
rows × bins. A split (by outlet or by actor) keeps the ``top`` groups with the most rows and
folds the rest into :data:`OTHERS`, so a chart never has hundreds of lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date

import numpy as np
import pandas as pd

from analysis.arabic.dates import article_period
from analysis.explore.filters import Filters
from analysis.explore.outlets import outlet_labels
from analysis.explore.summary import article_codes
from analysis.extract.pipeline import Frames
from analysis.lexicon.read import Event

BINS = ("day", "week", "month", "year")
# pandas period frequencies; a week runs Monday to Sunday (ISO 8601).
FREQUENCIES = {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}
# How precisely an article must be dated to be placed in a bin: 3 a day, 2 a month, 1 a year.
PRECISION = {"day": 3, "week": 3, "month": 2, "year": 1}
MEASURES = ("articles", "mentions", "stances", "topics")
SPLITS = ("none", "outlet", "actor")
# The splits each measure has: an article or a topic hit has no one actor it is about.
MEASURE_SPLITS = {
    "articles": ("none", "outlet"),
    "mentions": ("none", "outlet", "actor"),
    "stances": ("none", "outlet", "actor"),
    "topics": ("none", "outlet"),
}
ALL = "all"
OTHERS = "others"
TOP = 8


MIN_BINS = 12  # bins a sparse corpus is still drawn in: a year by month


def default_bin(first: date, last: date, articles: int | None = None) -> str:
    """The bin a span of dates is read in: up to 60 days by day, up to two years by week, else
    by month (``default_bin(date(2024, 1, 1), date(2024, 12, 31))`` → ``"week"``); and coarser
    while that draws more bins than there are ``articles`` (and more than :data:`MIN_BINS`):
    eight articles over seven years by month were 85 points, 77 of them zero, and by year are
    seven."""
    days = (last - first).days
    bin = "day" if days <= 60 else "week" if days <= 731 else "month"
    if articles is None:
        return bin
    most = max(articles, MIN_BINS)
    while bin != "year" and _bins(first, last, bin) > most:
        bin = BINS[BINS.index(bin) + 1]
    return bin


def _bins(first: date, last: date, bin: str) -> int:
    """How many bins of ``bin`` the span from ``first`` to ``last`` takes."""
    if bin == "day":
        return (last - first).days + 1
    if bin == "week":
        return (last - first).days // 7 + 1
    if bin == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    return last.year - first.year + 1


@dataclass(frozen=True)
class Placement:
    """Where each article of a documents frame goes at one bin.

    ``articles`` has one row per article: ``doc_id``, ``outlet`` (:func:`analysis.explore.outlets.outlet_labels`),
    ``period`` (the first day of its bin; NaT when not placed) and ``status``: ``placed``,
    ``coarse`` (dated less precisely than the bin) or ``undated``.
    """

    bin: str
    articles: pd.DataFrame
    first: date | None  # the first and last day the dated articles cover (None: none is dated)
    last: date | None

    @property
    def placed(self) -> int:
        return int((self.articles["status"] == "placed").sum())

    @property
    def coarse(self) -> int:
        return int((self.articles["status"] == "coarse").sum())

    @property
    def undated(self) -> int:
        return int((self.articles["status"] == "undated").sum())

    def periods(self) -> pd.DatetimeIndex:
        """Every bin from the first placed article's to the last's, empty bins included."""
        placed = self.articles["period"].dropna()
        if placed.empty:
            return pd.DatetimeIndex([])
        freq = FREQUENCIES[self.bin]
        spans = pd.period_range(placed.min().to_period(freq), placed.max().to_period(freq), freq=freq)
        return spans.start_time


def place(documents: pd.DataFrame, bin: str | None = None) -> Placement:
    """The articles of ``documents`` placed in bins (``None``: :func:`default_bin` of their dates
    and how many are dated).

    Each distinct date is read once, by the one date parser (:func:`analysis.arabic.dates.article_period`):
    ten thousand articles have a few hundred dates.
    """
    # Factorised: each distinct date is parsed once and its findings spread by code (numpy takes).
    codes, uniques = pd.factorize(documents["date"].fillna("").astype(str).to_numpy(dtype=object))
    periods = [_period(value) for value in uniques]
    known = [period for period in periods if period is not None]
    first = min((p[0] for p in known), default=None)
    last = max((p[1] for p in known), default=None)
    if bin is None:
        dated = int(np.count_nonzero(np.array([p is not None for p in periods], dtype=bool)[codes])) if len(codes) else 0
        bin = default_bin(first, last, dated) if first and last else "month"
    if bin not in BINS:
        raise ValueError(f"bin must be one of {', '.join(BINS)}, not {bin!r}")
    precision = np.array([_precision(p) for p in periods], dtype="int64")[codes] if len(codes) else np.zeros(0, "int64")
    starts = pd.DatetimeIndex([pd.Timestamp(p[0]) if p else pd.NaT for p in periods])
    bins = (starts.to_period(FREQUENCIES[bin]).start_time if len(starts) else starts).to_numpy()
    status = np.where(precision == 0, "undated", np.where(precision < PRECISION[bin], "coarse", "placed")).astype(object)
    period = np.where(status == "placed", bins[codes] if len(codes) else bins, np.datetime64("NaT")).astype("datetime64[ns]")
    articles = pd.DataFrame({
        "doc_id": documents["doc_id"].to_numpy(), "outlet": outlet_labels(documents).to_numpy(),
        "period": period, "status": status,
    })
    return Placement(bin, articles, first, last)


# Each date written once is read once per process: a filter change places its articles again, and
# ten thousand articles have hundreds of distinct dates (periods are tuples of dates: immutable).
_period = lru_cache(maxsize=65536)(article_period)


def _precision(period: tuple[date, date] | None) -> int:
    """3 for a day, 2 for a month, 1 for a year, 0 undated."""
    if period is None:
        return 0
    first, last = period
    if first == last:
        return 3
    return 2 if first.month == last.month else 1


@dataclass(frozen=True)
class Trend:
    """One measure over time.

    ``table`` has one row per bin × group × series, empty bins included (count 0): ``period``
    (first day of the bin), ``group`` (:data:`ALL`, an outlet, an actor id or a speaker name, or
    :data:`OTHERS`), ``series`` (``articles``, ``mentions``, a polarity or a topic id), ``count``
    and ``value`` (the count; for topics the share of the bin's topic hits, in percent, NaN when
    the bin has none). ``groups`` are in rank order, :data:`OTHERS` last; ``folded`` are the
    groups :data:`OTHERS` holds. ``left_out`` counts the rows of articles that are not placed
    (coarse or undated), by status.
    """

    measure: str
    split: str
    placement: Placement
    table: pd.DataFrame
    groups: tuple[str, ...]
    folded: tuple[str, ...]
    left_out: dict[str, int]


def trend(frames: Frames, measure: str, *, placement: Placement | None = None, bin: str | None = None,
          split: str = "none", top: int = TOP) -> Trend:
    """``measure`` (``articles``, ``mentions``, ``stances``, ``topics``) of ``frames`` over time.

    Args:
        frames: the (filtered) analysis.
        measure: what is counted: articles; actor mentions; statements, one series per polarity;
            topic term hits, one series per topic, valued as the share of the bin's hits.
        placement: where the articles go (from :func:`place`); made from ``bin`` when not given.
        split: ``none``, ``outlet`` (each article's outlet) or ``actor`` (the actor mentioned; for
            stances the speaker), as :data:`MEASURE_SPLITS` allows.
        top: groups kept by name; the others are summed as :data:`OTHERS`.

    Raises:
        ValueError: an unknown measure, or a split the measure does not have.
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
    if split not in MEASURE_SPLITS[measure]:
        raise ValueError(f"{measure} cannot be split by {split}")
    placement = placement or place(frames.documents, bin)
    articles = placement.articles
    doc_ids, group, values = _rows(frames, measure, split)
    # Plain arrays and integer codes from here: string columns are Arrow-backed, and a pandas
    # groupby over them costs more than the whole count (10,000 articles: 40 ms instead of 250).
    # Each row's article as its row of ``articles`` (-1: none), from one Arrow factorisation.
    ids = pd.DataFrame({"doc_id": pd.array(articles["doc_id"].to_numpy(dtype=object), dtype=doc_ids.dtype)})
    (at,) = article_codes(ids, doc_ids.to_frame())
    status = articles["status"].to_numpy(dtype=object)[at]
    left_out = {name: int((status == name).sum()) for name in ("coarse", "undated")}
    placed = status == "placed"
    at = at[placed]
    group = articles["outlet"].to_numpy(dtype=object)[at] if split == "outlet" else _placed(group, placed)
    values = _placed(values, placed)
    group_codes, group_names = _factorized(group, len(at))
    series_codes, series_found = _factorized(values, len(at))
    series = _series(frames, measure, [str(value) for value in series_found])
    return laid_out(measure, split, placement, left_out, periods_of_rows=articles["period"].to_numpy()[at],
                    group_codes=group_codes, group_names=group_names, series_codes=series_codes,
                    series_found=series_found, series=series, top=top)


def laid_out(measure: str, split: str, placement: Placement, left_out: dict[str, int], *, periods_of_rows,
             group_codes: np.ndarray, group_names, series_codes: np.ndarray, series_found, series: list[str],
             top: int, weights: np.ndarray | None = None) -> Trend:
    """A :class:`Trend` from each placed row's period, group code and series code (``weights``: how
    many each row counts, one when None): the ``top`` groups by their total kept by name and the rest
    summed as :data:`OTHERS`, every period × group × series cell counted, topics valued as their share
    of the bin. The pandas path (:func:`trend`, a row per finding) and the SQL one
    (:func:`analysis.explore.engine.counted_trend`, a row per counted cell) both end here."""
    totals = np.bincount(group_codes, weights=weights, minlength=len(group_names))
    ranked = sorted(range(len(group_names)), key=lambda code: (-totals[code], str(group_names[code])))
    kept, folded = ranked[:top], ranked[top:]
    groups = tuple(str(group_names[code]) for code in kept) + ((OTHERS,) if folded else ())
    position = np.full(len(group_names), len(kept), dtype="int64")  # a folded group counts as OTHERS
    position[kept] = np.arange(len(kept))
    series_at = np.array([series.index(str(value)) for value in series_found], dtype="int64")
    periods = placement.periods()
    period_codes = periods.get_indexer(periods_of_rows)
    shape = (len(periods), len(groups), len(series))
    flat = ((period_codes * shape[1] + position[group_codes]) * shape[2] + series_at[series_codes]
            if len(group_codes) else np.zeros(0, "int64"))
    counts = (np.bincount(flat, weights=weights, minlength=int(np.prod(shape))).astype("int64").reshape(shape)
              if all(shape) else np.zeros(shape, "int64"))
    if measure == "topics":
        per_bin = counts.sum(axis=2, keepdims=True)
        value = np.divide(counts * 100.0, per_bin, out=np.full(shape, np.nan), where=per_bin > 0)
    else:
        value = counts.astype("float64")
    table = pd.DataFrame({
        "period": np.repeat(periods.to_numpy(), shape[1] * shape[2]),
        "group": np.tile(np.repeat(np.array(groups, dtype=object), shape[2]), shape[0]),
        "series": np.tile(np.array(series, dtype=object), shape[0] * shape[1]),
        "count": counts.reshape(-1).astype("int64"),
        "value": value.reshape(-1),
    })
    return Trend(measure, split, placement, table, groups, tuple(str(group_names[code]) for code in folded), left_out)


def _placed(values: np.ndarray | str, placed: np.ndarray) -> np.ndarray | str:
    """The values of the placed rows (a value every row shares stays one value)."""
    return values if isinstance(values, str) else values[placed]


def _factorized(values: np.ndarray | str, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """``pandas.factorize`` of ``values``; one value every one of ``rows`` rows shares (``mentions``,
    ``all``) is code 0 of every row without an array of 200,000 copies made and factorised (10 ms
    of each of the Trends page's charts at 10,000 articles)."""
    if not isinstance(values, str):
        return pd.factorize(values)
    return np.zeros(rows, dtype=np.intp), np.array([values] if rows else [], dtype=object)


def _rows(frames: Frames, measure: str, split: str) -> tuple[pd.Series, np.ndarray | str, np.ndarray | str]:
    """The rows a measure counts: their doc_id, group (before outlets are known) and series, each an
    array, or one value all rows share (the series of articles and mentions, the group unsplit)."""
    frame = {"articles": frames.documents, "mentions": frames.mentions, "stances": frames.stances, "topics": frames.topics}[measure]
    # Kept as the frame's column: Arrow factorises it for the article codes faster than an
    # object array of 200,000 ids is made and looked up.
    doc_ids = frame["doc_id"].reset_index(drop=True)
    if measure in ("articles", "mentions"):
        series = measure
    else:
        series = frame["polarity" if measure == "stances" else "topic"].to_numpy(dtype=object)
    if split == "actor":
        group = frame["actor_id" if measure == "mentions" else "speaker_name"].to_numpy(dtype=object)
    else:
        group = ALL
    return doc_ids, group, series


def _series(frames: Frames, measure: str, found: list[str]) -> list[str]:
    """The series a chart draws, in a fixed order: polarities positive, negative, neutral; topics
    in the order their rows first appear in topic_counts (the lexicon's order)."""
    listed = [str(topic) for topic in frames.topic_counts["topic"].unique()] if measure == "topics" else []
    return series_order(measure, found, listed)


def series_order(measure: str, found: list[str], listed: list[str]) -> list[str]:
    """:func:`_series` from the topics ``listed`` in the kept topic counts' order (the SQL side,
    :mod:`analysis.explore.engine`, lists them from its own tables)."""
    if measure == "stances":
        return [p for p in ("positive", "negative", "neutral") if p in found] + sorted(set(found) - {"positive", "negative", "neutral"})
    if measure == "topics":
        return listed + sorted(set(found) - set(listed))
    return [measure]


# English whatever the machine's locale (strftime's %B follows it).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December")


def bin_words(period: str, unit: str) -> str:
    """The bin starting ``period`` (an ISO date) in words: ``2017-08-14``, ``week of 2017-08-14``,
    ``August 2017``, ``2017`` ("year of 2017-01-01" read as a year starting on a given day)."""
    start = pd.Timestamp(period)
    return {"day": f"{start:%Y-%m-%d}", "week": f"week of {start:%Y-%m-%d}", "month": f"{MONTHS[start.month - 1]} {start:%Y}",
            "year": f"{start:%Y}"}.get(unit, f"{unit} of {start:%Y-%m-%d}")


def behind(trend: Trend, base: Filters, *, period: str, group: str, series: str) -> Filters | None:
    """The filter settings whose sentences make one point of ``trend``: ``base`` narrowed to the
    articles of the bin starting ``period`` (ISO date) and to the point's group and series; None
    when no article is in that bin (and group), as an empty article setting would mean "all".

    A point of :data:`OTHERS` stands for every folded group.
    """
    articles = trend.placement.articles
    start = pd.Timestamp(period)
    chosen = articles[(articles["status"] == "placed") & (articles["period"] == start)]
    members = trend.folded if group == OTHERS else (group,)
    if trend.split == "outlet":
        chosen = chosen[chosen["outlet"].isin(members)]
    if chosen.empty:
        return None
    settings = replace(base, doc_ids=tuple(chosen["doc_id"]))
    if trend.split == "actor" and trend.measure == "mentions":
        settings = replace(settings, actor_ids=members)
    if trend.split == "actor" and trend.measure == "stances":
        settings = replace(settings, speakers=members)
    if trend.measure == "stances":
        settings = replace(settings, polarities=(series,))
    if trend.measure == "topics":
        settings = replace(settings, topics=(series,))
    return settings


def events_in(events: Iterable[Event], first: date | None, last: date | None) -> list[Event]:
    """The events (:class:`analysis.lexicon.read.Event`) dated within ``first``–``last``, in order."""
    if first is None or last is None:
        return []
    kept = []
    for event in events:
        period = article_period(event.date)
        if period is not None and first <= period[0] <= last:
            kept.append(event)
    return kept


__all__ = [
    "ALL", "BINS", "MEASURES", "MEASURE_SPLITS", "OTHERS", "SPLITS", "Placement", "Trend", "behind", "default_bin",
    "events_in", "place", "trend",
]
