"""Which engine should a filter change aggregate on? The pandas path against DuckDB (issue #12).

``python -m bench.engine --db STORE --copies 1,10`` reads the analysed store's frames (analysed
beforehand, e.g. by ``bench.dashboard --db STORE --skip-browser``), makes each size by copying
them (``--copies 10`` of a 10,000-article store is 100,000 articles under new ids), and times, per
distinct filter change (outlets and a date range, as the sidebar sets them):

- **the count alone**, as the twenty-second session compared it: the Trends page's "mentions per
  actor and month" by :func:`analysis.explore.filters.filter_frames` and
  :func:`analysis.explore.trends.trend` (pandas over Arrow columns, counted with numpy), by one
  SQL query over the frames registered once (Arrow, no copy), and by the same query over the kept
  Parquet files (the store's own size only);
- **what each page draws** (twenty-eighth session): the Trends page's kept articles placed and
  its four charts (articles, mentions, stances, topic shares, unsplit) and the Outlets page's
  columns and three rate tables, by the pandas path (``filter_frames`` once, then the counts) and
  by :class:`analysis.explore.engine.Engine` (the kept articles, then one query per chart).

Checks that both count the same, then prints the medians in ms and the ratios. The pandas path's
``filter_frames`` is work the dashboard then shares with the other pages of the same filters.
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
from analysis.explore.engine import Engine
from analysis.explore.filters import Filters, filter_frames
from analysis.explore.outlets import actor_rates, outlet_columns, outlet_sizes, speaker_rates, topic_rates
from analysis.explore.trends import place, trend
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


# The Trends page's charts as it draws them: (measure, top).
TRENDS = (("articles", 8), ("mentions", 8), ("stances", 4), ("topics", 4))
RATES = {"actors": actor_rates, "speakers": speaker_rates, "topics": topic_rates}


def pandas_pages(frames: Frames, setting: Filters) -> tuple[list, list]:
    """The Trends and Outlets pages' aggregations on the frames ``filter_frames`` keeps."""
    kept = filter_frames(frames, setting)
    placement = place(kept.documents)
    trends = [trend(kept, measure, placement=placement, top=top).table for measure, top in TRENDS]
    columns = outlet_columns(kept.documents)
    outlet_sizes(kept.documents, columns)
    return trends, [rates(kept, columns) for rates in RATES.values()]


def engine_pages(engine: Engine, setting: Filters) -> tuple[list, list]:
    """The same from the engine: the kept articles, then one query per chart."""
    documents = engine.documents(setting)
    placement = place(documents)
    trends = [engine.trend(setting, measure, placement=placement, top=top).table for measure, top in TRENDS]
    columns = outlet_columns(documents)
    sizes = outlet_sizes(documents, columns)
    return trends, [engine.rates(setting, name, columns, sizes) for name in RATES]


def same(ours: tuple[list, list], theirs: tuple[list, list]) -> bool:
    return all(a.equals(b) for a, b in zip([*ours[0], *ours[1]], [*theirs[0], *theirs[1]]))


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
    pages = ["", "| articles | the engine made (once per corpus), ms | Trends + Outlets by pandas, ms | by the engine, ms | pandas ÷ engine |",
             "|---|---|---|---|---|"]
    for copies in [int(value) for value in args.copies.split(",")]:
        held = copied(frames, copies)
        connection = duckdb.connect()
        connection.execute("SET threads TO 2")
        articles = articles_table(held.documents)
        mentions = held.mentions[["doc_id", "actor_id"]]
        connection.register("articles", articles)
        connection.register("mentions", mentions)
        parquet = f"read_parquet('{folder}/*/*.mentions.parquet')"
        times = {"dashboard": [], "frames": [], "parquet": [], "pages_pandas": [], "pages_engine": [], "engine_made": []}
        ms, engine = timed(lambda: Engine(held))
        times["engine_made"].append(ms)
        settings = changes(held.documents, args.changes)
        for setting in settings:
            ms, by_pandas = timed(lambda: pandas_pages(held, setting))
            times["pages_pandas"].append(ms)
            ms, answered = timed(lambda: engine_pages(engine, setting))
            times["pages_engine"].append(ms)
            if not same(by_pandas, answered):
                print(f"the pages' figures differ for {setting.to_query()}", file=sys.stderr)
                return 1
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
        pages.append(f"| {len(held.documents):,} | {medians['engine_made']:.0f} | {medians['pages_pandas']:.0f} | {medians['pages_engine']:.0f} "
                     f"| {medians['pages_pandas'] / medians['pages_engine']:.2f}× |")
        engine.close()
        connection.close()
        del held, articles, mentions, engine
    print("\n".join(pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
