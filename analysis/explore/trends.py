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
from datetime import date

import numpy as np
import pandas as pd

from analysis.arabic.dates import article_period
from analysis.explore.filters import Filters
from analysis.explore.outlets import outlet_labels
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


def default_bin(first: date, last: date) -> str:
    """The bin a span of dates is read in: up to 60 days by day, up to two years by week, else
    by month (``default_bin(date(2024, 1, 1), date(2024, 12, 31))`` → ``"week"``)."""
    days = (last - first).days
    if days <= 60:
        return "day"
    if days <= 731:
        return "week"
    return "month"


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
    """The articles of ``documents`` placed in bins (``None``: :func:`default_bin` of their dates).

    Each distinct date is read once, by the one date parser (:func:`analysis.arabic.dates.article_period`):
    ten thousand articles have a few hundred dates.
    """
    # Factorised: each distinct date is parsed once and its findings spread by code (numpy takes).
    codes, uniques = pd.factorize(documents["date"].fillna("").astype(str).to_numpy(dtype=object))
    periods = [article_period(value) for value in uniques]
    known = [period for period in periods if period is not None]
    first = min((p[0] for p in known), default=None)
    last = max((p[1] for p in known), default=None)
    if bin is None:
        bin = default_bin(first, last) if first and last else "month"
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
    rows = _rows(frames, measure, split)
    articles = placement.articles
    at = pd.Index(articles["doc_id"].to_numpy(dtype=object)).get_indexer(rows["doc_id"].to_numpy(dtype=object))
    rows = rows.assign(**{column: articles[column].to_numpy()[at] for column in ("period", "status", "outlet")})
    if split == "outlet":
        rows["group"] = rows["outlet"]
    left_out = {status: int((rows["status"] == status).sum()) for status in ("coarse", "undated")}
    rows = rows[rows["status"] == "placed"]
    totals = rows.groupby("group").size()
    ranked = sorted(totals.index, key=lambda group: (-totals[group], str(group)))
    kept, folded = ranked[:top], ranked[top:]
    if folded:
        rows = rows.assign(group=rows["group"].where(rows["group"].isin(kept), OTHERS))
    groups = tuple(kept) + ((OTHERS,) if folded else ())
    series = _series(frames, measure, rows)
    counts = rows.groupby(["period", "group", "series"]).size()
    index = pd.MultiIndex.from_product([placement.periods(), list(groups), series], names=["period", "group", "series"])
    table = counts.reindex(index, fill_value=0).rename("count").reset_index().astype({"count": "int64"})
    if measure == "topics":
        per_bin = table.groupby(["period", "group"])["count"].transform("sum")
        table["value"] = table["count"] / per_bin.where(per_bin > 0) * 100
    else:
        table["value"] = table["count"].astype("float64")
    return Trend(measure, split, placement, table, groups, tuple(folded), left_out)


def _rows(frames: Frames, measure: str, split: str) -> pd.DataFrame:
    """The rows a measure counts: ``doc_id``, ``group`` (before outlets are known) and ``series``."""
    if measure == "articles":
        frame = frames.documents
        series = pd.Series("articles", index=frame.index)
    elif measure == "mentions":
        frame = frames.mentions
        series = pd.Series("mentions", index=frame.index)
    elif measure == "stances":
        frame = frames.stances
        series = frame["polarity"]
    else:
        frame = frames.topics
        series = frame["topic"]
    if split == "actor":
        group = frame["actor_id"] if measure == "mentions" else frame["speaker_name"]
    else:
        group = pd.Series(ALL, index=frame.index)
    return pd.DataFrame({"doc_id": frame["doc_id"].to_numpy(dtype=object), "group": group.to_numpy(dtype=object),
                         "series": series.to_numpy(dtype=object)})


def _series(frames: Frames, measure: str, rows: pd.DataFrame) -> list[str]:
    """The series a chart draws, in a fixed order: polarities positive, negative, neutral; topics
    in the order their rows first appear in topic_counts (the lexicon's order)."""
    if measure == "stances":
        found = set(rows["series"])
        return [p for p in ("positive", "negative", "neutral") if p in found] + sorted(found - {"positive", "negative", "neutral"})
    if measure == "topics":
        listed = list(dict.fromkeys(frames.topic_counts["topic"]))
        return listed + sorted(set(rows["series"]) - set(listed))
    return [measure]


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
