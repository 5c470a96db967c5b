"""Which engine should a filter change aggregate on? The dashboard's path against DuckDB (issue #12).

``python -m bench.engine --db STORE --copies 1,10`` reads the analysed store's frames (analysed
beforehand, e.g. by ``bench.dashboard --db STORE --skip-browser``), makes each size by copying
them (``--copies 10`` of a 10,000-article store is 100,000 articles under new ids), and times, per
distinct filter change (outlets and a date range, as the sidebar sets them), the Trends page's
"mentions per actor and month" three ways, taking turns:

- **the dashboard's path**: :func:`analysis.explore.filters.filter_frames` (every frame, as each
  filter change does once for all the pages) and :func:`analysis.explore.trends.trend`, on the
  frames the server holds (pandas over Arrow columns, counted with numpy);
- **DuckDB on the same frames**: the one SQL query a columnar engine would run, over the frames
  registered once (Arrow, no copy), the articles' periods worked out once beforehand;
- **DuckDB over Parquet**: the same query over the kept Parquet files themselves (the store's
  results folder: the store's own size only, not its copies).

Checks that all three count the same mentions per month, then prints the medians in ms and the
ratios. Filter-only work the other pages then reuse is in the dashboard's figure, not DuckDB's:
the comparison favours DuckDB.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.arabic.dates import article_period, date_period
from analysis.corpus.store import CorpusStore
from analysis.explore.filters import Filters, filter_frames
from analysis.explore.trends import trend
from analysis.extract import results
from analysis.extract.pipeline import Frames
from analysis.lexicon.read import DATA_DIR, load_lexicon

QUERY = """
SELECT a.period, m.actor_id, count(*) AS mentions
FROM {mentions} AS m JOIN articles AS a USING (doc_id)
WHERE a.outlet IN (SELECT unnest($outlets)) AND a.first_day >= $first AND a.last_day <= $last AND a.placed
GROUP BY ALL
"""


def copied(frames: Frames, copies: int) -> Frames:
    """``copies`` copies of every frame, each copy's articles under ids of their own."""
    if copies == 1:
        return frames
    parts = {}
    for name, frame in frames.items():
        shifted = []
        for copy in range(copies):
            part = frame.copy()
            part["doc_id"] = part["doc_id"].astype(str) + (f"#{copy}" if copy else "")
            shifted.append(part)
        parts[name] = pd.concat(shifted, ignore_index=True)
    return Frames(**parts, texts=frames.texts)


def articles_table(documents: pd.DataFrame) -> pd.DataFrame:
    """Each article's outlet, the days its date covers and its month (placed: dated to the month
    or the day), worked out once, as a columnar engine would keep them."""
    periods = {value: article_period(value) for value in documents["date"].fillna("").astype(str).unique()}
    spans = [periods[value] for value in documents["date"].fillna("").astype(str)]
    first = [span[0] if span else date.max for span in spans]
    last = [span[1] if span else date.min for span in spans]
    placed = [bool(span) and (span[0].year, span[0].month) == (span[1].year, span[1].month) for span in spans]
    return pd.DataFrame({
        "doc_id": documents["doc_id"].astype(str).to_numpy(), "outlet": documents["outlet"].astype(str).to_numpy(),
        "first_day": pd.to_datetime(first, errors="coerce"), "last_day": pd.to_datetime(last, errors="coerce"),
        "period": pd.to_datetime([date(f.year, f.month, 1) if ok else None for f, ok in zip(first, placed)]),
        "placed": placed,
    })


def changes(documents: pd.DataFrame, n: int) -> list[Filters]:
    """``n`` distinct filter settings: two to four of the largest outlets and a six to twelve
    month range, different each time."""
    outlets = documents["outlet"].value_counts().index.tolist()[:12]
    rng = np.random.default_rng(7)
    picked = []
    while len(picked) < n:
        chosen = tuple(sorted(rng.choice(outlets, size=int(rng.integers(2, 5)), replace=False).tolist()))
        start = int(rng.integers(0, 12))
        months = int(rng.integers(6, 13))
        first = f"{2023 + start // 12}-{start % 12 + 1:02d}"
        end = start + months - 1
        last = f"{2023 + end // 12}-{end % 12 + 1:02d}"
        setting = Filters(outlets=chosen, date_from=first, date_to=last)
        if setting not in picked:
            picked.append(setting)
    return picked


def dashboard_counts(frames: Frames, setting: Filters) -> pd.Series:
    table = trend(filter_frames(frames, setting), "mentions", bin="month", split="actor", top=10**6).table
    table = table[table["count"] > 0]
    return table.groupby("period")["count"].sum()


def duckdb_counts(connection, mentions: str, setting: Filters) -> pd.Series:
    first = pd.Timestamp(date_period(setting.date_from)[0])
    last = pd.Timestamp(date_period(setting.date_to)[1])
    rows = connection.execute(QUERY.format(mentions=mentions), {"outlets": list(setting.outlets), "first": first, "last": last}).df()
    return rows.groupby("period")["mentions"].sum()


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    out = work()
    return (time.perf_counter() - start) * 1000, out


def main(argv: list[str] | None = None) -> int:
    import duckdb

    parser = argparse.ArgumentParser(prog="python -m bench.engine", description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an analysed corpus store")
    parser.add_argument("--copies", default="1,10", help="sizes, as copies of the store's articles")
    parser.add_argument("--changes", type=int, default=7, help="distinct filter changes timed per size")
    args = parser.parse_args(argv)
    store = CorpusStore(Path(args.db))
    frames, _ = results.load(store, load_lexicon(DATA_DIR))
    folder = results.results_dir(store)
    print("| articles | filter change | dashboard's path, ms | DuckDB on the same frames, ms | DuckDB over Parquet, ms | dashboard ÷ DuckDB |")
    print("|---|---|---|---|---|---|")
    for copies in [int(value) for value in args.copies.split(",")]:
        held = copied(frames, copies)
        connection = duckdb.connect()
        connection.execute("SET threads TO 2")
        articles = articles_table(held.documents)
        mentions = held.mentions[["doc_id", "actor_id"]]
        connection.register("articles", articles)
        connection.register("mentions", mentions)
        parquet = f"read_parquet('{folder}/*/*.mentions.parquet')"
        times = {"dashboard": [], "frames": [], "parquet": []}
        settings = changes(held.documents, args.changes)
        for setting in settings:
            ms, ours = timed(lambda: dashboard_counts(held, setting))
            times["dashboard"].append(ms)
            ms, theirs = timed(lambda: duckdb_counts(connection, "mentions", setting))
            times["frames"].append(ms)
            if not ours.sort_index().astype("int64").equals(theirs.sort_index().astype("int64")):
                print(f"counts differ for {setting.to_query()}: {ours.sum()} against {theirs.sum()}", file=sys.stderr)
                return 1
            if copies == 1:
                ms, on_disk = timed(lambda: duckdb_counts(connection, parquet, setting))
                times["parquet"].append(ms)
                if not on_disk.sort_index().astype("int64").equals(ours.sort_index().astype("int64")):
                    print("counts over Parquet differ", file=sys.stderr)
                    return 1
        medians = {name: statistics.median(values) if values else float("nan") for name, values in times.items()}
        print(f"| {len(held.documents):,} | {len(settings)} distinct, medians | {medians['dashboard']:.0f} | {medians['frames']:.0f} "
              f"| {medians['parquet']:.0f} | {medians['dashboard'] / medians['frames']:.2f}× |")
        connection.close()
        del held, articles, mentions
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
