"""A Parquet dataset bigger than one process holds (issue #14): what it holds, counted by DuckDB
without reading it into memory, and the slice of it a laptop reads.

A dataset written by ``analyze --format parquet`` (on one machine or a Dask cluster) is partitioned
by outlet and month (:mod:`analysis.extract.dataset`). The dashboard reads all of it when it is
small enough (:data:`DEFAULT_BUDGET` articles). A bigger
archive is read a slice at a time: the outlets and the date range the analyst asks for, newest
months first, whole months, until the budget is reached. Only the Parquet files of those
partitions are opened (:func:`analysis.extract.dataset.read_dataset`).

What the archive holds, per outlet and month, is one DuckDB query over the ``documents`` files
(two small columns of every file, streamed and grouped, never loaded as a frame), so the sidebar
offers every outlet and date of the archive and the page says what it leaves out.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from analysis.arabic.dates import DateError, date_period
from analysis.extract.dataset import UNDATED, DatasetError, outlet_partition

# Articles the dashboard reads at once. On a 500,000-article archive of 120 outlets (bench/archive.py,
# bench/RESULTS.md), 25,000 opened the first page in 9.6 s with the server under 1.8 GB; 100,000
# took 18 s to read alone and 2.4 GB (an archive's frames are read, not kept per article like a store's).
DEFAULT_BUDGET = 25_000
BUDGET_ENV = "MARSAD_PARQUET_ARTICLES"

# Columns of :func:`holdings`, one row per outlet and month of the archive.
HOLDINGS_COLUMNS = ("outlet", "by_outlet", "by_month", "articles", "first_date", "last_date")


def budget(value: str | None) -> int:
    """The number of articles to read at once, from ``MARSAD_PARQUET_ARTICLES`` (unset: the default).

    Raises:
        DatasetError: the value is not a whole number of at least 1 (one line, quoting it).
    """
    if value is None or not value.strip():
        return DEFAULT_BUDGET
    text = value.strip().replace(",", "").replace("_", "")
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        raise DatasetError(f"{BUDGET_ENV} must be a whole number of articles, at least 1, not {value[:40]!r}")
    return int(text)


def holdings(folder: Path | str) -> pd.DataFrame:
    """Articles per outlet and month of the dataset at ``folder``, with each group's first and last date.

    One DuckDB query over the ``documents`` files; the month is the dataset's ``by_month`` value
    (``2024-05``, ``2024`` for a year-only date, ``undated``), the outlet as written ('' when none).

    Raises:
        DatasetError: the folder has no ``documents`` frame, or a file cannot be read as one.
    """
    import duckdb  # only where an archive is opened: 0.1 s, and a page over the store never needs it

    root = Path(folder) / "documents"
    if not root.is_dir():
        raise DatasetError(f"{folder} is not a Marsad Parquet dataset: it has no 'documents' folder")
    # Listed here, not globbed by DuckDB: a folder name may hold [ or * (it comes from outside).
    files = sorted(str(path) for path in root.rglob("*.parquet"))
    if not files:
        return pd.DataFrame({column: pd.Series(dtype="int64" if column == "articles" else "string")
                             for column in HOLDINGS_COLUMNS})
    query = """
        SELECT coalesce(outlet, '') AS outlet,
               CASE WHEN coalesce(date, '') = '' THEN $undated ELSE left(date, 7) END AS by_month,
               count(*) AS articles,
               min(nullif(date, '')) AS first_date,
               max(nullif(date, '')) AS last_date
        FROM read_parquet($files)
        GROUP BY ALL
        ORDER BY by_month, outlet
    """
    try:
        # No progress bar: DuckDB draws one on standard output for a query over two seconds.
        with duckdb.connect() as connection:
            connection.execute("SET enable_progress_bar = false")
            found = connection.execute(query, {"files": files, "undated": UNDATED}).df()
    except duckdb.Error as error:
        raise DatasetError(f"{root} cannot be read as the documents frame: {str(error).splitlines()[0]}") from None
    found["by_outlet"] = [outlet_partition(outlet) for outlet in found["outlet"]]
    found["articles"] = found["articles"].astype("int64")
    return found[list(HOLDINGS_COLUMNS)].astype({column: "string" for column in HOLDINGS_COLUMNS if column != "articles"})


@dataclass(frozen=True)
class Slice:
    """What of an archive the pages read: these outlets' partitions (empty: every outlet) in these
    months (None: every month, the whole archive)."""

    by_outlet: tuple[str, ...]
    by_month: tuple[str, ...] | None
    articles: int  # read
    matching: int  # in the archive, matching the outlets and dates asked for
    archived: int  # in the archive
    budget: int

    @property
    def partial(self) -> bool:
        """Whether some articles matching the request are left out."""
        return self.articles < self.matching

    def provenance(self) -> dict:
        """What of the archive a download's rows come from, for its provenance: without it a file
        of the newest months read looked like the whole archive's."""
        return {"articles_read": self.articles, "articles_in_archive": self.archived, "articles_asked_for": self.matching,
                "months_read": list(self.by_month or ()), "outlets_read": list(self.by_outlet) or "all"}

    @property
    def whole(self) -> bool:
        """Whether the pages read the whole archive (then the filters narrow it in memory, as a store's)."""
        return self.by_month is None


def _month_period(by_month: str) -> tuple[date, date] | None:
    if by_month == UNDATED:
        return None
    try:
        return date_period(by_month)
    except DateError:
        return None  # a hand-made partition with no date shape is read with the undated


def _newest_first(period: tuple[date, date] | None) -> tuple:
    """Sort key, reversed: later first days first; on the same first day a month before its year
    (``2024-01`` then ``2024``, whose articles may be of any month); undated last."""
    if period is None:
        return (False, date.min, False)
    return (True, period[0], period[1].month == period[0].month)


def choose_slice(held: pd.DataFrame, *, limit: int, outlets: Collection[str] = (), date_from: date | None = None,
                 date_to: date | None = None) -> Slice:
    """What to read of an archive whose :func:`holdings` are ``held``.

    All of it when it holds at most ``limit`` articles (the filters then narrow it in memory). A
    bigger one is read in the partitions of ``outlets`` (all when empty) whose month meets the date
    range, newest month first, whole months, until ``limit`` articles; at least the newest month.
    With a date range undated articles are left out, as the date filter leaves them out; without
    one they come last.
    """
    archived = int(held["articles"].sum())
    if archived <= limit:
        return Slice((), None, archived, archived, archived, limit)
    wanted = held
    # Outlets the archive lacks (a stale link) narrow nothing, as the sidebar drops them and says so.
    outlets = set(outlets) & set(held["outlet"])
    if outlets:
        wanted = wanted[wanted["outlet"].isin(outlets)]
    periods = {month: _month_period(month) for month in wanted["by_month"].unique()}
    if date_from or date_to:
        first, last = date_from or date.min, date_to or date.max
        wanted = wanted[[(p := periods[m]) is not None and p[0] <= last and p[1] >= first for m in wanted["by_month"]]]
    per_month = wanted.groupby("by_month", sort=False)["articles"].sum()
    chosen, read = [], 0
    for month in sorted(per_month.index, key=lambda m: _newest_first(periods[m]), reverse=True):
        if chosen and read + int(per_month[month]) > limit:
            break
        chosen.append(month)
        read += int(per_month[month])
    by_outlet = tuple(sorted(set(wanted["by_outlet"]))) if outlets else ()
    return Slice(by_outlet, tuple(reversed(chosen)), read, int(per_month.sum()), archived, limit)


def archive_bounds(held: pd.DataFrame) -> tuple[date, date] | None:
    """The first and last day the archive's dated articles cover (None when none is dated)."""
    periods = []
    for value in pd.concat([held["first_date"], held["last_date"]]).dropna().unique():
        try:
            periods.append(date_period(value))
        except DateError:
            continue  # a date the dataset's writer would not have written; the sidebar spans the rest
    return (min(p[0] for p in periods), max(p[1] for p in periods)) if periods else None


def unread_words(chosen: Slice) -> str:
    """Under a chart over time of an archive read in part: the lines start at the first month read,
    not where the coverage starts ('' when nothing asked for is left out)."""
    if not chosen.partial:
        return ""
    dated = [month for month in chosen.by_month if month != UNDATED]
    first = f" start at {dated[0]}, the first month read, not where the coverage starts" if dated else ""
    return (f"The lines{first}: {chosen.matching - chosen.articles:,} more articles the archive holds for the outlets "
            "and dates asked for, of earlier months or undated, are not read. Pick dates in the sidebar to chart them.")


def slice_words(chosen: Slice) -> str:
    """What the pages show of an archive read in part, and how to see the rest ('' when read whole)."""
    if chosen.whole:
        return ""
    dated = [month for month in chosen.by_month if month != UNDATED]
    span = (f"{dated[0]} to {dated[-1]}" if len(dated) > 1 else dated[0]) if dated else ""
    if UNDATED in chosen.by_month:
        span = f"{span} and the undated" if span else "the undated"
    if not chosen.matching:
        return (f"This archive holds {chosen.archived:,} articles, more than the {chosen.budget:,} read at once "
                f"({BUDGET_ENV}); none of them matches the outlets and dates asked for.")
    asked = "of the outlets and dates asked for" if chosen.matching < chosen.archived else "in it"
    words = (f"This archive holds {chosen.archived:,} articles, more than the {chosen.budget:,} read at once "
             f"({BUDGET_ENV}). The pages show {chosen.articles:,} of the {chosen.matching:,} articles {asked}: ")
    if not chosen.partial:
        # "136 of the 136 articles …: all of them" said it three times.
        shown = f"all {chosen.articles:,} articles" if chosen.articles != 1 else "the 1 article"
        return (f"This archive holds {chosen.archived:,} articles, more than the {chosen.budget:,} read at once "
                f"({BUDGET_ENV}). The pages show {shown} {asked}" + (f" ({span})." if span else "."))
    newest = f"the newest months, {span}" if len(chosen.by_month) > 1 else f"the newest month, {span}"
    if chosen.articles > chosen.budget:
        newest += f" (more than {chosen.budget:,}, but a month is read whole)"
    return words + f"{newest}. Narrow the outlets or the dates in the sidebar to read others."
