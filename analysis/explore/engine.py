"""The corpus views' aggregations in SQL: DuckDB over the corpus's frames (issue #12).

An :class:`Engine` registers a corpus's frames once in an in-process DuckDB connection, as Arrow
tables, with what every filter change needs of the articles worked out once: each article's row,
its outlet as shown, the days its date covers, and its bin and status at each bin
(:func:`analysis.explore.trends.place`, which places each article by its own date). The frames'
text columns are registered as integer codes, made once (their values kept here): all but
``doc_id`` are Python strings, which Arrow cannot share without a copy, and an Arrow text column of
225,000 actor ids scanned by each query took it 35 ms at 10,000 articles where its codes take 9.
Each column is made the first time a query reads it; the registered tables are views over those
arrays, never copied. A filter change then works out its kept articles once (one query) and
runs one query per chart over them, instead of filtering every frame in pandas
(:func:`analysis.explore.filters.filter_frames`) and counting the copies.

It answers what the Trends, Outlets, Actors, Stances, Topics, Overview and Network pages draw, for
a :class:`~analysis.explore.filters.Filters` value, with the values of the pandas path
(``tests/explore/test_engine.py`` and ``test_engine_network.py`` compare them):

- :meth:`Engine.documents`: ``filter_frames(frames, filters).documents``;
- :meth:`Engine.trend`: :func:`analysis.explore.trends.trend` (articles, mentions, stances by
  polarity, topic shares; split by outlet or actor; undated and coarse rows counted apart);
- :meth:`Engine.rates`: :func:`analysis.explore.outlets.actor_rates`, ``speaker_rates`` and
  ``topic_rates`` (per 1,000 words of each outlet column);
- the Actors page (thirtieth session): :meth:`Engine.actor_totals`, :meth:`Engine.article_totals`
  and :meth:`Engine.actor_article_counts` (:mod:`analysis.explore.aggregate`'s functions of the
  kept mentions). The page's toggle without the nested mentions (``frames.without_nested()``) is
  answered on the same mentions table, by its ``nested`` column (``nested=False``): no second
  table, no copy of the frame;
- the Stances page: :meth:`Engine.polarity_by_speaker` (the pairs of speaker and polarity counted
  here, ranked by :func:`analysis.explore.aggregate.ranked_speakers` as the pandas path ranks them)
  and :meth:`Engine.kept_rows` (the kept stances' positions in the corpus's frame, which the table
  pages through a page's rows at a time: :class:`analysis.explore.aggregate.Taken`);
- the Topics page: :meth:`Engine.topic_totals` (hits per article), :meth:`Engine.term_counts` (the
  per-term table), and for the charted articles alone their rows of the topic counts and hits
  (:meth:`Engine.kept_rows`) and their kept sentences (:meth:`Engine.kept_sentences`: a setting of
  findings keeps the hits of a kept article but not every sentence of it, and the strip of positions
  places a hit outside the kept sentences at 0, as the pandas path does);
- the Overview page: :meth:`Engine.headline` (:func:`analysis.explore.summary.headline` of a
  filtered setting; unfiltered, the stored one is read) and :meth:`Engine.shown_frames` (the
  charted articles' kept rows, which the profile and the evidence read);
- the Network page: :meth:`Engine.network` (:func:`analysis.explore.network.together` over the
  sentences' pairs of actors, which the caller hands in, or :func:`~analysis.explore.network.speech`
  over the stances; the named actors' counts beside) and :meth:`Engine.actors_named` (the actors an
  actor setting keeps, whose links the page shows).

A free-text search (``filters.search``) reads the texts, which are not registered: with one set,
:meth:`Engine.answers` is False and the caller keeps the pandas path.

Every value that comes from a setting, a URL or a file is a bound parameter (``$name``), never
written into the SQL: an outlet named ``x' OR 1=1 --`` matches no article. The connection is shared;
each call runs on a cursor of its own (``connection.cursor()``), as Streamlit reruns pages on
several threads at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.explore.aggregate import (ACTOR_COLUMNS, actor_article_counts, actor_totals, article_series, polarity_by_speaker,
                                        ranked_speakers, term_counts, topic_totals)
from analysis.explore.cooccurrence import cooccurrences
from analysis.explore.filters import Filters, cached_article_period, positions_in
from analysis.explore.network import Network, from_counts
from analysis.explore.outlets import OTHER_OUTLETS, outlet_labels
from analysis.explore.summary import headline_table
from analysis.explore.trends import ALL, BINS, MEASURE_SPLITS, MEASURES, Placement, Trend, laid_out, series_order, place
from analysis.arabic.dates import date_period
from analysis.extract.pipeline import Frames
from analysis.extract.schema import ARTICLE_VOICE

# The columns of each frame the queries read, each text column as integer codes (its values kept
# apart, in the order pandas' factorize finds them): scanning an Arrow text column of 225,000
# mentions' actor ids took a query 35 ms at 10,000 articles, for a count that takes 9 ms on codes.
# Beside them each row's article (``doc``, its row in the documents) and its own row (``row``).
COLUMNS = {
    "mentions": ("sentence_id", "actor_id", "actor_type"),
    "stances": ("sentence_id", "speaker_id", "speaker_name", "polarity", "target_kind", "target"),
    "topics": ("sentence_id", "topic", "term"),
    "topic_counts": ("topic",),
}
CODED = {"actor_id", "actor_type", "speaker_id", "speaker_name", "polarity", "target_kind", "target", "topic", "term",
         "actor_a", "actor_b"}
# What each measure counts, and the column its actor split groups by and its series are.
MEASURE_FRAMES = {"articles": None, "mentions": "mentions", "stances": "stances", "topics": "topics"}
ACTOR_GROUPS = {"mentions": "actor_id", "stances": "speaker_name"}
SERIES = {"stances": "polarity", "topics": "topic"}
# The Outlets page's tables: the frame, the keys counted per outlet column, and the count's name.
RATES = {
    "actors": ("mentions", ("actor_id",), "mentions"),
    "speakers": ("stances", ("speaker_id", "speaker_name", "polarity"), "stances"),
    "topics": ("topics", ("topic",), "hits"),
}
# The articles' columns made at once: what the article settings read.
ARTICLE_COLUMNS = ("doc", "doc_id", "outlet", "first_day", "last_day")
# Settings whose kept articles an engine holds (Engine.rows).
ROWS_HELD = 8
# Which frames a setting of findings narrows the sentences by (as analysis.explore.filters does).
NARROWING = (("mentions", ("actor_ids", "actor_types")), ("topics", ("topics",)), ("stances", ("speakers", "polarities")))


class Codes:
    """A text column's distinct values, each an integer code: ``codes[i]`` is row i's (None: missing)."""

    def __init__(self, column: pd.Series) -> None:
        # The frames' text columns but doc_id are Python strings (pandas' "python" string storage):
        # factorised by pandas, faster than made Arrow first (0.10 s against 0.13 s a corpus of 10,000).
        codes, uniques = pd.factorize(column)
        self.codes = pa.array(codes.astype(np.int32), mask=codes < 0)
        self.values = np.asarray(uniques, dtype=object)
        self.code = {value: code for code, value in enumerate(self.values.tolist())}

    def of(self, values) -> list[int]:
        """The codes of ``values`` (a value the column never holds has none: it matches nothing)."""
        return [self.code[value] for value in values if value in self.code]

    def names(self, codes: pd.Series) -> np.ndarray:
        """The values of ``codes`` (a result's column), as an object array (None where missing)."""
        held = codes.to_numpy(dtype="float64", na_value=np.nan)
        out = np.full(len(held), None, dtype=object)
        inside = ~np.isnan(held)
        out[inside] = self.values[held[inside].astype(np.int64)]
        return out


@dataclass(frozen=True)
class Kept:
    """The SQL naming the kept articles of a filter setting (the common table expression ``art``),
    its parameters and the tables it reads."""

    sql: str
    params: dict
    tables: dict[str, pa.Table]


class Engine:
    """A corpus's frames registered in DuckDB, answering the corpus views' aggregations."""

    def __init__(self, frames: Frames, *, threads: int = 2, pairs: Callable[[], pd.DataFrame] | None = None) -> None:
        import duckdb  # imported here: the pages that never aggregate do not load it

        documents = frames.documents
        self.frames = frames
        self.documents_frame = documents
        self.connection = duckdb.connect(":memory:")
        self.connection.execute(f"SET threads TO {int(threads)}")
        self.ids = documents["doc_id"].to_numpy(dtype=object)
        spans = [cached_article_period(value) for value in documents["date"].fillna("").astype(str).tolist()]
        self.labels = Codes(outlet_labels(documents).reset_index(drop=True))
        self.statuses = ("placed", "coarse", "undated")
        # What every query of the articles reads, made now; each bin's periods and each frame's
        # columns are made when a query first reads them (_array): a first view of the Trends page
        # codes neither the speakers nor the stances' targets, and places by one bin.
        # (Beside them, made once too: the ids' index, "articles"/"index", and where each article's
        # sentences start, "sentences"/"starts".)
        self._arrays: dict[tuple[str, str], object] = {("articles", name): array for name, array in {
            "doc": pa.array(np.arange(len(documents), dtype=np.int32)),
            # Read by the outlet setting only: the outlet as written (not the shown label).
            "outlet": pa.array(documents["outlet"].to_numpy(dtype=object), type=pa.string(), from_pandas=True),
            "label": self.labels.codes,
            "first_day": pa.array([span[0] if span else None for span in spans], type=pa.date32()),
            "last_day": pa.array([span[1] if span else None for span in spans], type=pa.date32()),
            "doc_id": pa.array(self.ids, type=pa.string()),
        }.items()}
        self._coded: dict[tuple[str, str], Codes] = {}
        # The sentences' pairs of actors (analysis.explore.cooccurrence.cooccurrences of the
        # mentions), read the first time a network asks: the dashboard keeps them beside the store.
        self._read_pairs = pairs or (lambda: cooccurrences(frames.mentions))
        self._pairs: pd.DataFrame | None = None
        self._rows: dict[tuple[Filters, bool], np.ndarray] = {}
        self._lock = threading.Lock()

    def _array(self, frame: str, column: str) -> pa.Array:
        """One column of a registered table (``articles`` or a frame), made the first time it is read."""
        key = (frame, column)
        with self._lock:
            found = self._arrays.get(key)
        if found is not None:
            return found
        made: dict[tuple[str, str], pa.Array] = {}
        if frame == "articles":  # period_<bin> and status_<bin>
            bin = column.split("_", 1)[1]
            placed = place(self.documents_frame, bin).articles
            made[frame, f"period_{bin}"] = pa.array(placed["period"].to_numpy(dtype="datetime64[ns]"), type=pa.timestamp("ns"),
                                                    mask=placed["period"].isna().to_numpy())
            status = pd.Series(placed["status"].to_numpy(dtype=object)).map({name: i for i, name in enumerate(self.statuses)})
            made[frame, f"status_{bin}"] = pa.array(status.to_numpy(dtype=np.int8))
        elif column == "doc":
            made[key] = pa.array(positions_in(self._frame(frame)["doc_id"], self.ids).astype(np.int32))
        elif column == "row":
            made[key] = pa.array(np.arange(len(self._frame(frame)), dtype=np.int64))
        elif column in CODED:
            made[key] = self.coded(frame, column).codes
        else:
            made[key] = pa.array(self._frame(frame)[column].to_numpy())
        with self._lock:
            for name, array in made.items():
                self._arrays.setdefault(name, array)
            return self._arrays[key]

    def _frame(self, name: str) -> pd.DataFrame:
        """A frame of the corpus, or (``pairs``) its sentences' pairs of actors."""
        if name != "pairs":
            return getattr(self.frames, name)
        with self._lock:
            if self._pairs is None:
                self._pairs = self._read_pairs()
            return self._pairs

    def coded(self, frame: str, column: str) -> Codes:
        """A text column of a frame as codes, made the first time it is asked for."""
        with self._lock:
            found = self._coded.get((frame, column))
        if found is None:
            found = Codes(self._frame(frame)[column])
            with self._lock:
                found = self._coded.setdefault((frame, column), found)
        return found

    def _table(self, frame: str, columns) -> pa.Table:
        """The registered table of ``frame`` with ``columns`` (and ``doc``), over the arrays made once."""
        return pa.table({column: self._array(frame, column) for column in dict.fromkeys(["doc", *columns])})

    def prime(self) -> Engine:
        """Every column any query reads, made now (the server's warm start does it before any page
        asks: the first Outlets view coded the actors and speakers, 30-60 ms at 10,000 articles)."""
        for name, columns in COLUMNS.items():
            self._table(name, ["row", *columns])
        for bin in BINS:
            self._array("articles", f"period_{bin}")
        return self

    def close(self) -> None:
        self.connection.close()

    @staticmethod
    def answers(filters: Filters) -> bool:
        """Whether the engine answers for ``filters``: every setting but the free-text search."""
        return not filters.search

    # -- the kept rows ----------------------------------------------------------------------------

    def kept(self, filters: Filters, *, nested: bool = True) -> Kept:
        """The SQL of the articles ``filter_frames(frames, filters)`` keeps (``art``), as
        :func:`filter_frames` reads the settings: the article settings keep articles; actors, types,
        topics, speakers and polarities narrow their frames, and (any of them set) keep only the
        articles holding a sentence with a kept finding of each frame they concern. ``nested``
        False: of ``frames.without_nested()`` (an actor named only inside a title keeps no article)."""
        if not self.answers(filters):
            raise ValueError("the engine does not search the texts: filter with analysis.explore.filters")
        params: dict = {}
        where = ["TRUE"]
        if filters.doc_ids:
            params["doc_ids"] = list(filters.doc_ids)
            where.append("list_contains($doc_ids, doc_id)")
        if filters.outlets:
            params["outlets"] = list(filters.outlets)
            where.append("list_contains($outlets, outlet)")
        if filters.dated:
            where.append("first_day IS NOT NULL")
            if filters.date_from:
                params["first"] = date_period(filters.date_from)[0]
                where.append("first_day >= $first")
            if filters.date_to:
                params["last"] = date_period(filters.date_to)[1]
                where.append("last_day <= $last")
        conditions = self._conditions(filters, nested=nested)
        narrowing = [name for name, settings in NARROWING if any(getattr(filters, setting) for setting in settings)]
        tables = {"articles": self._table("articles", ARTICLE_COLUMNS)}
        parts = [f"art0 AS (SELECT * FROM articles WHERE {' AND '.join(where)})"]
        for name in narrowing:
            own, values, read = conditions[name]
            params.update(values)
            tables[name] = self._table(name, ["sentence_id", *read])
            parts.append(f"{name}0 AS (SELECT f.* FROM {name} AS f SEMI JOIN art0 USING (doc) WHERE {' AND '.join(own)})")
        if narrowing:
            # The sentences holding a kept finding of every frame set, and their articles.
            held = " INTERSECT ".join(f"SELECT doc, sentence_id FROM {name}0" for name in narrowing)
            parts.append(f"held AS (SELECT DISTINCT doc FROM ({held}))")
            parts.append("art AS (SELECT * FROM art0 SEMI JOIN held USING (doc))")
        else:
            parts.append("art AS (SELECT * FROM art0)")
        return Kept("WITH " + ",\n".join(parts) + "\n", params, tables)

    def _conditions(self, filters: Filters, *, nested: bool = True) -> dict[str, tuple[list[str], dict, list[str]]]:
        """Each frame's own settings as SQL, the values they bind (as the column's codes) and the
        columns they read (``nested`` False: the mentions of ``frames.without_nested()``)."""
        found: dict[str, tuple[list[str], dict, list[str]]] = {name: (["TRUE"], {}, []) for name in COLUMNS}
        if not nested:
            # The Actors page's toggle: the mentions without the nested ones are the same rows less
            # those flagged, answered on the one mentions table (no second copy of the frame).
            found["mentions"][0].append("NOT f.nested")
            found["mentions"][2].append("nested")

        def bound(frame: str, column: str, name: str, values) -> str:
            found[frame][1][name] = self.coded(frame, column).of(values)
            found[frame][2].append(column)
            return f"list_contains(${name}, f.{column})"

        mentions, stances, topics, topic_counts = (found[name][0] for name in ("mentions", "stances", "topics", "topic_counts"))
        if filters.actor_ids:
            mentions.append(bound("mentions", "actor_id", "m_actor_ids", filters.actor_ids))
            stances.append(f"({bound('stances', 'speaker_id', 's_actor_ids', filters.actor_ids)} OR "
                           f"({bound('stances', 'target_kind', 'target_actor', ['actor'])} AND "
                           f"{bound('stances', 'target', 't_actor_ids', filters.actor_ids)}))")
        if filters.actor_types:
            mentions.append(bound("mentions", "actor_type", "actor_types", filters.actor_types))
        if filters.topics:
            topics.append(bound("topics", "topic", "topics", filters.topics))
            topic_counts.append(bound("topic_counts", "topic", "tc_topics", filters.topics))
            stances.append(f"({bound('stances', 'target_kind', 'target_topic', ['topic'])} AND "
                           f"{bound('stances', 'target', 't_topics', filters.topics)})")
        if filters.speakers:
            stances.append(bound("stances", "speaker_name", "speakers", filters.speakers))
        if filters.polarities:
            stances.append(bound("stances", "polarity", "polarities", filters.polarities))
        return found

    def _run(self, sql: str, params: dict, tables: dict[str, pa.Table]) -> pd.DataFrame:
        cursor = self.connection.cursor()  # one per call: reruns run on several threads
        try:
            # A registered table is the registering connection's own view (a cursor does not see
            # the connection's): the tables the query reads registered on it, over the same Arrow buffers.
            for name, table in tables.items():
                cursor.register(name, table)
            return cursor.execute(sql, params).df()
        finally:
            cursor.close()

    def _query(self, kept: Kept, select: str) -> pd.DataFrame:
        return self._run(kept.sql + select, kept.params, kept.tables)

    def rows(self, filters: Filters, *, nested: bool = True) -> np.ndarray:
        """The kept articles' rows in the documents frame, in order; worked out once for the last
        :data:`ROWS_HELD` settings (each chart of a page asks again)."""
        # The toggle changes the kept articles only through an actor setting.
        key = (filters, nested or not (filters.actor_ids or filters.actor_types))
        with self._lock:
            found = self._rows.get(key)
        if found is not None:
            return found
        found = self._query(self.kept(filters, nested=nested), "SELECT doc FROM art ORDER BY doc")["doc"].to_numpy(dtype=np.int64)
        with self._lock:
            self._rows[key] = found
            while len(self._rows) > ROWS_HELD:
                self._rows.pop(next(iter(self._rows)))
        return found

    def _over(self, filters: Filters, frame: str | None, params: dict, *, articles: tuple[str, ...],
              columns: tuple[str, ...] = (), nested: bool = True, within=None) -> tuple[str, dict[str, pa.Table]]:
        """``FROM … WHERE …`` over the kept rows of ``frame`` (``f``, its ``columns`` read) joined to
        their kept articles (``a``, their ``articles`` columns read; the kept articles alone when
        ``frame`` is None), and the tables it reads. The kept articles are worked out once per
        setting (:meth:`rows`) and taken from the articles' table, so that each chart joins two
        tables and filters one. ``within``: only these articles' rows (ids), a chart's few: joined
        to those alone, a query of the nine charted articles' rows took 16 ms where a test of each
        row's article against them scanned the frame."""
        rows = self.rows(filters, nested=nested)
        if within is not None:
            rows = np.intersect1d(rows, np.asarray(self._positions(within), dtype=np.int64))
        table = self._table("articles", articles)
        kept = table if len(rows) == table.num_rows else table.take(pa.array(rows))
        if frame is None:
            return "FROM kept AS a", {"kept": kept}
        own, values, read = self._conditions(filters, nested=nested)[frame]
        params.update(values)
        return (f"FROM {frame} AS f JOIN kept AS a USING (doc) WHERE {' AND '.join(own)}",
                {"kept": kept, frame: self._table(frame, [*columns, *read])})

    def documents(self, filters: Filters) -> pd.DataFrame:
        """``filter_frames(frames, filters).documents``: the kept articles' rows, in the corpus's order."""
        rows = self.rows(filters)
        documents = self.documents_frame
        if len(rows) == len(documents):
            return documents.reset_index(drop=True)
        return documents.take(rows).reset_index(drop=True)

    def undated_left_out(self, filters: Filters) -> int:
        """:func:`analysis.explore.filters.undated_left_out`: the articles the date range leaves out
        only because their date is unknown (0 with no date bound)."""
        if not filters.dated:
            return 0
        kept = self.kept(filters.only(("doc_ids", "outlets")))
        return int(self._query(kept, "SELECT count(*) AS n FROM art WHERE first_day IS NULL")["n"].iloc[0])

    # -- Trends ----------------------------------------------------------------------------------

    def trend(self, filters: Filters, measure: str, *, placement: Placement, split: str = "none", top: int) -> Trend:
        """:func:`analysis.explore.trends.trend` of ``filter_frames(frames, filters)`` (``placement``
        is :func:`~analysis.explore.trends.place` of the kept articles, as the page makes it)."""
        if measure not in MEASURES:
            raise ValueError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
        if split not in MEASURE_SPLITS[measure]:
            raise ValueError(f"{measure} cannot be split by {split}")
        bin = placement.bin
        if bin not in BINS:
            raise ValueError(f"bin must be one of {', '.join(BINS)}, not {bin!r}")
        frame = MEASURE_FRAMES[measure]
        group = "a.label" if split == "outlet" else f"f.{ACTOR_GROUPS[measure]}" if split == "actor" else "NULL"
        series = f"f.{SERIES[measure]}" if measure in SERIES else "NULL"
        params: dict = {}
        read = tuple(column for column in (ACTOR_GROUPS.get(measure) if split == "actor" else None, SERIES.get(measure)) if column)
        source, tables = self._over(filters, frame, params, articles=("doc", "label", f"status_{bin}", f"period_{bin}"),
                                    columns=read)
        rows = self._run(f"SELECT a.status_{bin} AS status, a.period_{bin} AS period, {group} AS grp, {series} AS series, "
                         f"count(*) AS n {source} GROUP BY ALL", params, tables)
        rows["status"] = np.array(self.statuses, dtype=object)[rows["status"].to_numpy(dtype=np.int64)]
        if split == "outlet":
            rows["grp"] = self.labels.names(rows["grp"])
        elif split == "actor":
            rows["grp"] = self.coded(frame, ACTOR_GROUPS[measure]).names(rows["grp"])
        if measure in SERIES:
            rows["series"] = self.coded(frame, SERIES[measure]).names(rows["series"])
        listed = self._topic_order(filters) if measure == "topics" else None
        return counted_trend(measure, split, placement, rows, top=top, listed=listed)

    def _topic_order(self, filters: Filters) -> list[str]:
        """The topics of the kept topic counts in the order their rows first come (the series'
        order, :func:`analysis.explore.trends._series`), from the codes in numpy: a query of its
        own cost a Trends rerun 3-5 ms, for a list of a few topics."""
        topics = self.coded("topic_counts", "topic")
        codes = self._array("topic_counts", "topic").to_numpy(zero_copy_only=False)
        doc = self._array("topic_counts", "doc").to_numpy()
        kept = np.zeros(len(self.documents_frame) + 1, dtype=bool)  # the last: a row of no article (-1)
        kept[self.rows(filters)] = True
        inside = kept[doc]
        if filters.topics:
            inside &= np.isin(codes, topics.of(filters.topics))
        found = codes[inside]
        found = found[~np.isnan(found)] if found.dtype.kind == "f" else found
        _, first = np.unique(found, return_index=True)
        return [str(value) for value in topics.values[found[np.sort(first)].astype(np.int64)]]

    # -- Outlets ---------------------------------------------------------------------------------

    def rates(self, filters: Filters, table: str, columns: pd.Series, sizes: pd.DataFrame) -> pd.DataFrame:
        """:func:`analysis.explore.outlets.actor_rates` (``table`` ``actors``), ``speaker_rates``
        (``speakers``) or ``topic_rates`` (``topics``) of ``filter_frames(frames, filters)``, for
        the outlet ``columns`` and ``sizes`` the page made of the kept articles
        (:func:`~analysis.explore.outlets.outlet_columns`, ``outlet_sizes``)."""
        frame, keys, count = RATES[table]
        # Each outlet shown in a column of its own is its label's code; the others share -1.
        params = {"shown": self.labels.of(set(columns.tolist()) - {OTHER_OUTLETS})}
        source, tables = self._over(filters, frame, params, articles=("doc", "label"), columns=keys)
        if table == "speakers":
            # The article's own voice is no one the outlet quotes.
            params["voice"] = self.coded("stances", "speaker_name").of([ARTICLE_VOICE])
            source += " AND NOT list_contains($voice, f.speaker_name)"
        names = ", ".join(f"f.{key} AS {key}" for key in keys)
        select = (f"SELECT CASE WHEN list_contains($shown, a.label) THEN a.label ELSE -1 END AS outlet, {names}, "
                  f"count(*) AS {count} {source} GROUP BY ALL")
        found = self._run(select, params, tables)
        outlets = self.labels.names(found["outlet"])
        outlets[found["outlet"].to_numpy() == -1] = OTHER_OUTLETS
        # Made as the pandas path makes its frame (from plain arrays: text columns as pandas infers them).
        counted = pd.DataFrame({"outlet": outlets, **{key: self.coded(frame, key).names(found[key]) for key in keys},
                                count: found[count].to_numpy(dtype=np.int64)})
        words = dict(zip(sizes["outlet"], sizes["words"]))
        per = counted["outlet"].map(words).astype("float64")
        counted["per_1000_words"] = (counted[count] / per.where(per > 0) * 1000).fillna(0.0)
        return counted.sort_values(["outlet", *keys]).reset_index(drop=True)

    # -- Actors ----------------------------------------------------------------------------------

    def actor_totals(self, filters: Filters, *, nested: bool = True) -> pd.DataFrame:
        """:func:`analysis.explore.aggregate.actor_totals` of the kept mentions (``nested`` False:
        of ``frames.without_nested()``): each actor's total, its names from its first kept mention."""
        params: dict = {}
        source, tables = self._over(filters, "mentions", params, articles=("doc",), columns=("row", "actor_id"), nested=nested)
        found = self._run(f"SELECT min(f.row) AS first_row, count(*) AS total {source} GROUP BY f.actor_id ORDER BY first_row",
                          params, tables)
        mentions = self.frames.mentions
        if found.empty:
            return actor_totals(mentions.iloc[:0])
        # The names as the pandas path takes them: the first kept mention's row of the corpus's frame.
        table = mentions[ACTOR_COLUMNS].take(found["first_row"].to_numpy(dtype=np.int64)).reset_index(drop=True)
        return table.assign(total=found["total"].to_numpy(dtype=np.int64))

    def article_totals(self, filters: Filters, *, nested: bool = True) -> pd.Series:
        """:func:`analysis.explore.aggregate.article_totals` of the kept mentions: mentions per
        article, the articles with some only, in the corpus's order."""
        params: dict = {}
        source, tables = self._over(filters, "mentions", params, articles=("doc",), nested=nested)
        found = self._run(f"SELECT f.doc AS doc, count(*) AS n {source} GROUP BY f.doc ORDER BY f.doc", params, tables)
        return article_series(self.ids[found["doc"].to_numpy(dtype=np.int64)], found["n"].to_numpy(dtype=np.int64))

    def actor_article_counts(self, filters: Filters, doc_ids, *, nested: bool = True) -> pd.DataFrame:
        """:func:`analysis.explore.aggregate.actor_article_counts` of the kept mentions: each actor's
        mentions in each of ``doc_ids`` (the charted articles), by article in ``doc_ids``' order, then
        actor in order of first mention."""
        chosen = list(dict.fromkeys(doc_ids))
        params: dict = {}
        source, tables = self._over(filters, "mentions", params, articles=("doc",), columns=("row", "actor_id"), nested=nested,
                                    within=chosen)
        found = self._run(f"SELECT f.doc AS doc, f.actor_id AS actor, min(f.row) AS first_row, count(*) AS n {source} "
                          "GROUP BY f.doc, f.actor_id", params, tables)
        if found.empty:
            return actor_article_counts(self.frames.mentions.iloc[:0], chosen)
        position = {doc: i for i, doc in enumerate(self._positions(chosen))}
        found = found.assign(at=found["doc"].map(position)).sort_values(["at", "first_row"], kind="stable")
        counts = pd.DataFrame({"doc_id": self.ids[found["doc"].to_numpy(dtype=np.int64)],
                               "actor_id": self.coded("mentions", "actor_id").names(found["actor"]),
                               "mentions": found["n"].to_numpy(dtype=np.int64)})
        return counts.astype({"doc_id": "string", "actor_id": "string", "mentions": "int64"})

    # -- Stances ---------------------------------------------------------------------------------

    def kept_rows(self, filters: Filters, frame: str, *, topics=None, doc_ids=None) -> np.ndarray:
        """The rows of ``frame`` (``stances``…) that ``filter_frames(frames, filters)`` keeps, as
        positions in the corpus's frame, in order: a table pages through them
        (:class:`analysis.explore.aggregate.Taken`) without a copy of every kept row. ``topics``,
        ``doc_ids``: only the rows of these topics (``topics``, ``topic_counts``), these articles."""
        params: dict = {}
        source, tables = self._over(filters, frame, params, articles=("doc",),
                                    columns=("row", "topic") if topics is not None else ("row",), within=doc_ids)
        if topics is not None:
            source += self._topics_in(frame, topics, params)
        found = self._run(f"SELECT f.row AS row {source} ORDER BY f.row", params, tables)
        return found["row"].to_numpy(dtype=np.int64)

    def _topics_in(self, frame: str, topics, params: dict) -> str:
        """`` AND …``: the rows of ``frame`` whose topic is one of ``topics`` (bound as codes). With
        every topic the column holds (the Topics page without a topic setting), only a missing
        topic is left out: no test of each row against the list."""
        coded = self.coded(frame, "topic")
        codes = coded.of(list(topics))
        if len(set(codes)) == len(coded.values):
            return " AND f.topic IS NOT NULL"
        params["only_topics"] = codes
        return " AND list_contains($only_topics, f.topic)"

    def _positions(self, doc_ids) -> list[int]:
        """The rows of ``doc_ids`` in the documents (an id of no article has none), from an index
        of the ids made once: looked up in the whole column each time, nine ids took 2.6 ms."""
        with self._lock:
            index = self._arrays.get(("articles", "index"))
        if index is None:
            index = pd.Index(self.ids)
            with self._lock:
                self._arrays[("articles", "index")] = index
        found = index.get_indexer(list(doc_ids))
        return found[found >= 0].tolist()

    def polarity_by_speaker(self, filters: Filters, *, top: int) -> pd.DataFrame:
        """:func:`analysis.explore.aggregate.polarity_by_speaker` of the kept stances: the pairs of
        speaker and polarity counted here, ranked by :func:`~analysis.explore.aggregate.ranked_speakers`."""
        params: dict = {}
        source, tables = self._over(filters, "stances", params, articles=("doc",), columns=("row", "speaker_name", "polarity"))
        # pandas' group-by leaves out a missing key; so do these.
        found = self._run(f"SELECT f.speaker_name AS speaker, f.polarity AS polarity, min(f.row) AS first_row, count(*) AS cues "
                          f"{source} AND f.speaker_name IS NOT NULL AND f.polarity IS NOT NULL GROUP BY ALL ORDER BY first_row",
                          params, tables)
        stances = self.frames.stances
        if found.empty:
            return polarity_by_speaker(stances.iloc[:0], top=top)
        names = self.coded("stances", "speaker_name").names(found["speaker"])
        pairs = pd.DataFrame({"speaker_name": names, "polarity": self.coded("stances", "polarity").names(found["polarity"]),
                              "cues": found["cues"].to_numpy(dtype=np.int64)})
        # Each speaker's id from its first kept stance, as the pandas path takes it.
        first = pd.Series(found["first_row"].to_numpy(dtype=np.int64)).groupby(names, sort=False).min()
        ids = pd.Series(stances["speaker_id"].take(first.to_numpy()).to_numpy(dtype=object), index=first.index)
        return ranked_speakers(pairs, ids, top=top)

    # -- Topics ----------------------------------------------------------------------------------

    def topic_totals(self, filters: Filters, topics) -> pd.Series:
        """:func:`analysis.explore.aggregate.topic_totals` of the kept topic counts: hits of
        ``topics`` per article."""
        params: dict = {}
        source, tables = self._over(filters, "topic_counts", params, articles=("doc",), columns=("topic", "hits"))
        source += self._topics_in("topic_counts", topics, params)
        found = self._run(f"SELECT f.doc AS doc, sum(f.hits) AS hits {source} GROUP BY f.doc", params, tables)
        counts = self.frames.topic_counts
        if found.empty:
            return topic_totals(counts.iloc[:0], topics)
        index = pd.Index(self.ids[found["doc"].to_numpy(dtype=np.int64)], dtype=counts["doc_id"].dtype, name="doc_id")
        return pd.Series(found["hits"].to_numpy(dtype=np.int64), index=index, name="hits").sort_index()

    def term_counts(self, filters: Filters, topics) -> pd.DataFrame:
        """:func:`analysis.explore.aggregate.term_counts` of the kept topic hits of ``topics``."""
        params: dict = {}
        source, tables = self._over(filters, "topics", params, articles=("doc",), columns=("topic", "term"))
        source += self._topics_in("topics", topics, params)
        found = self._run(f"SELECT f.topic AS topic, f.term AS term, count(*) AS hits {source} "
                          "AND f.term IS NOT NULL GROUP BY ALL", params, tables)
        hits = self.frames.topics
        if found.empty:
            return term_counts(hits.iloc[:0])
        counted = pd.DataFrame({name: pd.array(self.coded("topics", name).names(found[name]), dtype=hits[name].dtype)
                                for name in ("topic", "term")})
        counted["hits"] = found["hits"].to_numpy(dtype=np.int64)
        return counted.sort_values(["topic", "term"]).reset_index(drop=True)

    def kept_sentences(self, filters: Filters, doc_ids) -> pd.DataFrame | None:
        """The sentences of the articles ``doc_ids`` that ``filter_frames(frames, filters)`` keeps
        (``doc_id``, ``sentence_id``), or None where it keeps every sentence of the kept articles
        (no setting of findings). A setting of findings keeps the sentences holding a kept finding of
        each frame it concerns; the topic hits are kept by article (Topics page: a hit outside the
        kept sentences has no position there)."""
        narrowing = [name for name, settings in NARROWING if any(getattr(filters, setting) for setting in settings)]
        if not narrowing:
            return None
        kept = self.kept(filters)
        held = " INTERSECT ".join(f"SELECT doc, sentence_id FROM {name}0 WHERE list_contains($only_docs, doc)" for name in narrowing)
        found = self._run(kept.sql + f"SELECT * FROM ({held}) ORDER BY doc, sentence_id", {**kept.params, "only_docs": self._positions(doc_ids)}, kept.tables)
        return pd.DataFrame({"doc_id": self.ids[found["doc"].to_numpy(dtype=np.int64)],
                             "sentence_id": found["sentence_id"].to_numpy(dtype=np.int64)})

    def sentence_rows(self, doc_ids) -> np.ndarray | None:
        """The rows of the sentences frame of the articles ``doc_ids``, from each article's
        ``n_sentences`` (the frame holds an article's sentences together, in the documents' order),
        each span checked to hold that article's id alone; None where one does not (the caller
        then looks the ids up in the whole column: 10 ms at 10,000 articles)."""
        sentences = self.frames.sentences
        with self._lock:
            starts = self._arrays.get(("sentences", "starts"))
        if starts is None:
            sizes = self.documents_frame["n_sentences"].to_numpy(dtype=np.int64)
            starts = np.concatenate([[0], np.cumsum(sizes)])
            with self._lock:
                self._arrays[("sentences", "starts")] = starts
        if starts[-1] != len(sentences):
            return None
        spans = []
        for doc in dict.fromkeys(self._positions(doc_ids)):
            first, last = int(starts[doc]), int(starts[doc + 1])
            held = sentences["doc_id"].iloc[first:last]
            if len(held) and not (held == self.ids[doc]).all():
                return None
            spans.append(np.arange(first, last, dtype=np.int64))
        return np.concatenate(spans) if spans else np.zeros(0, dtype=np.int64)

    # -- Overview --------------------------------------------------------------------------------

    def headline(self, filters: Filters) -> pd.DataFrame:
        """:func:`analysis.explore.summary.headline` of ``filter_frames(frames, filters)``: each kept
        article's figures, counted here (three queries: mentions and distinct actors, topic hits,
        stances by polarity)."""
        rows = self.rows(filters)
        at = np.full(len(self.documents_frame), -1, dtype=np.int64)
        at[rows] = np.arange(len(rows))
        counts = {name: np.zeros(len(rows), dtype=np.int64) for name in ("mentions", "actors", "topic_hits", "stances", "positive", "negative")}
        polarity = self.coded("stances", "polarity")
        asked = (("mentions", ("actor_id",), "count(*) AS mentions, count(DISTINCT f.actor_id) AS actors", {}),
                 ("topics", (), "count(*) AS topic_hits", {}),
                 ("stances", ("polarity",), "count(*) AS stances, count_if(list_contains($positive, f.polarity)) AS positive, "
                                            "count_if(list_contains($negative, f.polarity)) AS negative",
                  {"positive": polarity.of(["positive"]), "negative": polarity.of(["negative"])}))
        for frame, columns, select, params in asked:
            params = dict(params)
            source, tables = self._over(filters, frame, params, articles=("doc",), columns=columns)
            found = self._run(f"SELECT f.doc AS doc, {select} {source} GROUP BY f.doc", params, tables)
            where = at[found["doc"].to_numpy(dtype=np.int64)]
            for name in found.columns.drop("doc"):
                counts[name][where] = found[name].to_numpy(dtype=np.int64)
        return headline_table(self.documents(filters), counts)

    def shown_frames(self, filters: Filters, doc_ids) -> Frames:
        """``filter_frames(frames, filters)`` of the articles ``doc_ids`` alone (the few a chart
        draws): their kept documents, mentions, topic hits, topic counts and stances, taken from the
        corpus's frames. The sentences are left the corpus's, unfiltered: the Overview's profile and
        evidence read none of them."""
        wanted = set(doc_ids)
        documents = self.documents(filters)
        taken = {name: getattr(self.frames, name).take(self.kept_rows(filters, name, doc_ids=doc_ids)).reset_index(drop=True)
                 for name in ("mentions", "topics", "topic_counts", "stances")}
        return replace(self.frames, documents=documents[documents["doc_id"].isin(wanted)].reset_index(drop=True), **taken)

    # -- Network ---------------------------------------------------------------------------------

    def network(self, filters: Filters, kind: str) -> Network:
        """:func:`analysis.explore.network.together` (``kind`` ``together``: the kept articles'
        sentence pairs) or :func:`~analysis.explore.network.speech` (``speech``) of
        ``filter_frames(frames, filters)``: the edges and the named actors counted in SQL."""
        if kind == "together":
            params: dict = {}
            source, tables = self._over(filters, None, params, articles=("doc",))
            tables["pairs"] = self._table("pairs", ["actor_a", "actor_b"])
            found = self._run("SELECT p.actor_a, p.actor_b, count(*) AS weight, count(DISTINCT p.doc) AS articles "
                              f"FROM pairs AS p SEMI JOIN ({'SELECT a.doc ' + source}) USING (doc) GROUP BY ALL", params, tables)
            edges = pd.DataFrame({"source": self.coded("pairs", "actor_a").names(found["actor_a"]),
                                  "target": self.coded("pairs", "actor_b").names(found["actor_b"]), "polarity": "",
                                  "weight": found["weight"].to_numpy(dtype=np.int64),
                                  "articles": found["articles"].to_numpy(dtype=np.int64)})
        elif kind == "speech":
            params = {"actor_kind": self.coded("stances", "target_kind").of(["actor"])}
            source, tables = self._over(filters, "stances", params, articles=("doc",),
                                        columns=("speaker_id", "target", "polarity", "target_kind"))
            found = self._run("SELECT f.speaker_id, f.target, f.polarity, count(*) AS weight, count(DISTINCT f.doc) AS articles "
                              f"{source} AND list_contains($actor_kind, f.target_kind) GROUP BY ALL", params, tables)
            edges = pd.DataFrame({"source": self.coded("stances", "speaker_id").names(found["speaker_id"]),
                                  "target": self.coded("stances", "target").names(found["target"]),
                                  "polarity": self.coded("stances", "polarity").names(found["polarity"]),
                                  "weight": found["weight"].to_numpy(dtype=np.int64),
                                  "articles": found["articles"].to_numpy(dtype=np.int64)})
            # A stance of no known speaker, or of a speaker about themself, is no edge (as network.speech).
            speakers = edges["source"].fillna("")
            edges = edges[(speakers != "") & (speakers != edges["target"]) & edges["polarity"].notna()].reset_index(drop=True)
        else:
            raise ValueError(f"network kind is one of together, speech, not {kind!r}")
        return from_counts(kind, edges, self._named(filters))

    def _named(self, filters: Filters) -> pd.DataFrame:
        """:func:`analysis.explore.network.named_actors` of the kept mentions: each actor's count,
        and its name and type as its first kept mention writes them (an unlisted person is named as
        written, which may differ from one mention to the next)."""
        params: dict = {}
        source, tables = self._over(filters, "mentions", params, articles=("doc",), columns=("actor_id", "row"))
        found = self._run(f"SELECT f.actor_id, min(f.row) AS first, count(*) AS mentions {source} GROUP BY ALL", params, tables)
        first = found["first"].to_numpy(dtype=np.int64)
        mentions = self.frames.mentions
        return pd.DataFrame({"actor_name": mentions["actor_name"].to_numpy(dtype=object)[first],
                             "actor_type": mentions["actor_type"].to_numpy(dtype=object)[first],
                             "mentions": found["mentions"].to_numpy(dtype=np.int64)},
                            index=pd.Index(self.coded("mentions", "actor_id").names(found["actor_id"]), name="actor_id"))

    def actors_named(self, filters: Filters) -> set[str]:
        """The actors of ``filter_frames(frames, filters).mentions`` (a network filtered on an
        actor shows the links touching them: :func:`analysis.explore.network.touching`)."""
        params: dict = {}
        source, tables = self._over(filters, "mentions", params, articles=("doc",), columns=("actor_id",))
        found = self._run(f"SELECT DISTINCT f.actor_id {source}", params, tables)
        return {str(value) for value in self.coded("mentions", "actor_id").names(found["actor_id"]) if value is not None}


def counted_trend(measure: str, split: str, placement: Placement, rows: pd.DataFrame, *, top: int,
                  listed: list[str] | None = None) -> Trend:
    """A :class:`Trend` from counted rows: ``status``, ``period`` (the bin's first day, NaT when not
    placed), ``grp`` (the outlet or actor, None unsplit), ``series`` (None for articles and
    mentions) and ``n``; ``listed``: the topics in the order the kept topic counts hold them.
    Ranks, folds and lays the table out as :func:`analysis.explore.trends.trend` does."""
    status = rows["status"].to_numpy(dtype=object)
    n = rows["n"].to_numpy(dtype=np.int64)
    left_out = {name: int(n[status == name].sum()) for name in ("coarse", "undated")}
    placed = rows[status == "placed"]
    counts_in = placed["n"].to_numpy(dtype=np.int64)
    group_values = np.array([ALL] * len(placed), dtype=object) if split == "none" else placed["grp"].to_numpy(dtype=object)
    series_values = (np.array([measure] * len(placed), dtype=object) if measure not in SERIES
                     else placed["series"].to_numpy(dtype=object))
    group_codes, group_names = pd.factorize(group_values)
    series_codes, series_found = pd.factorize(series_values)
    series = series_order(measure, [str(value) for value in series_found], listed or [])
    return laid_out(measure, split, placement, left_out,
                    periods_of_rows=pd.DatetimeIndex(placed["period"].to_numpy(dtype="datetime64[ns]")),
                    group_codes=group_codes, group_names=group_names, series_codes=series_codes,
                    series_found=series_found, series=series, top=top, weights=counts_in)


__all__ = ["Engine", "Kept", "counted_trend"]
