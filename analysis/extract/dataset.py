"""The frames as a Parquet dataset partitioned by outlet and month: written by the CLI, read by the dashboard.

Layout, one folder per frame of :data:`analysis.extract.schema.FRAMES`, Hive-style::

    DIR/provenance.json
    DIR/documents/by_outlet=<outlet>/by_month=<month>/part-0.parquet
    DIR/mentions/by_outlet=<outlet>/by_month=<month>/part-0.parquet
    ...

Only ``documents`` has an outlet and a date; every other frame's rows are filed under the
partition of their document (joined on ``doc_id``). The partition keys are named ``by_outlet``
and ``by_month`` so they never clash with the ``documents`` frame's own ``outlet`` column: they
live only in the folder names, and each file holds exactly the frame's columns with the schema's
types. Read back with :func:`read_dataset`, every frame has the columns and dtypes of the CSV
(``schema.conform``). Any Parquet reader can open a frame's folder (DuckDB:
``read_parquet('DIR/mentions/*/*/*.parquet', hive_partitioning = true)``).

Partition values: ``by_month`` is the date's ``YYYY-MM`` (a year-only date gives ``YYYY``, an
undated article ``undated``); ``by_outlet`` is the outlet (``unknown`` when empty), cut to
:data:`MAX_OUTLET` characters plus a hash when longer, since a folder name has at most 255 bytes
and Arabic takes six once percent-encoded. Values are percent-encoded, so an outlet with a ``/``
stays one folder.

Rows come back grouped by document in ``doc_id`` order (a partitioned dataset has no order of
its own across folders); within a document, in the order the analysis gave them.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections.abc import Collection
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from analysis.extract import schema
from analysis.extract.pipeline import Frames
from analysis.extract.texts import Texts

PARTITION_KEYS = ("by_outlet", "by_month")
PARTITIONING = ds.partitioning(pa.schema([(key, pa.string()) for key in PARTITION_KEYS]), flavor="hive")
MAX_OUTLET = 30
NO_OUTLET, UNDATED = "unknown", "undated"
PROVENANCE = "provenance.json"


class DatasetError(Exception):
    """A folder that is not (or cannot become) a Marsad Parquet dataset; the message is one line."""


def outlet_partition(outlet: str) -> str:
    """The ``by_outlet`` value of an outlet: itself, ``unknown`` when empty, or cut with a hash when long."""
    if not outlet:
        return NO_OUTLET
    if len(outlet) <= MAX_OUTLET:
        return outlet
    digest = hashlib.sha1(outlet.encode("utf-8", errors="surrogatepass")).hexdigest()[:8]
    return f"{outlet[:MAX_OUTLET]}~{digest}"


def month_partition(date: str) -> str:
    """The ``by_month`` value of an ISO date: ``2024-05-10`` → ``2024-05``, ``2024`` → ``2024``, ``''`` → ``undated``."""
    return date[:7] if date else UNDATED


def partitions(documents: pd.DataFrame) -> pd.DataFrame:
    """``doc_id`` with the ``by_outlet`` and ``by_month`` of each document of a ``documents`` frame."""
    return pd.DataFrame({
        "doc_id": documents["doc_id"],
        "by_outlet": [outlet_partition(value) for value in documents["outlet"].fillna("")],
        "by_month": [month_partition(value) for value in documents["date"].fillna("")],
    })


def write_dataset(frames: Frames, out_dir: Path | str, *, meta: dict[str, str] | None = None) -> list[Path]:
    """Write every frame of ``frames`` under ``out_dir/<frame>/`` partitioned by outlet and month,
    plus ``provenance.json`` when ``meta`` is given.

    Returns:
        The Parquet files written (and the provenance file), sorted.

    Raises:
        DatasetError: a frame's folder already exists and is not empty (an earlier run's partitions
            would mix with this one's).
    """
    out = Path(out_dir)
    for name in schema.FRAMES:
        folder = out / name
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise DatasetError(f"{folder} already exists; give an empty folder for a Parquet dataset")
    out.mkdir(parents=True, exist_ok=True)
    frames = frames.exported()  # every column of the schema: the sentences' text too
    keys = partitions(frames.documents)
    n_partitions = max(1, len(keys[list(PARTITION_KEYS)].drop_duplicates()))
    written: list[Path] = []
    for name, frame in frames.items():
        # The partition columns come from the document; the frame's own columns are untouched.
        (out / name).mkdir(exist_ok=True)  # an empty frame (no stances) is an empty folder, not a missing one
        if not len(frame):
            continue
        keyed = frame.merge(keys, on="doc_id", how="left", sort=False, validate="many_to_one")
        table = schema.to_arrow(keyed)
        ds.write_dataset(
            table, out / name, format="parquet", partitioning=PARTITIONING,
            max_partitions=n_partitions + 1, existing_data_behavior="overwrite_or_ignore",
            # One thread: a CLI run once aborted at exit under load ("terminate called without an
            # active exception") with Arrow's writer threads; the files are small.
            use_threads=False,
            file_visitor=lambda file: written.append(Path(file.path)),
        )
        del table, keyed
    # Arrow's writer objects freed now, while Arrow is alive: left to the interpreter's last
    # collection, they sometimes abort the process at exit even with one thread (apache/arrow
    # #36980, "terminate called without an active exception"; seen here under load).
    gc.collect()
    if meta is not None:
        path = out / PROVENANCE
        path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return sorted(written)


def read_dataset(folder: Path | str, *, by_outlet: Collection[str] = (), by_month: Collection[str] | None = None) -> Frames:
    """The frames of a dataset :func:`write_dataset` wrote, with the schema's columns and dtypes.

    ``by_outlet`` and ``by_month`` read only those partitions (``by_outlet`` empty: every outlet;
    ``by_month`` None: every month): no other file is opened (:mod:`analysis.extract.archive`).

    Raises:
        DatasetError: a frame's folder is missing, or a file lacks one of the frame's columns.
    """
    root = Path(folder)
    frames = {}
    for name in schema.FRAMES:
        if not (root / name).is_dir():
            raise DatasetError(f"{root} is not a Marsad Parquet dataset: it has no '{name}' folder")
        files = partition_files(root / name, by_outlet=by_outlet, by_month=by_month)
        frames[name] = _read_files(files, name, root / name).to_pandas()
    # No store behind a dataset (it may come from a cluster): the texts are held, apart from the frames.
    documents = frames["documents"]
    texts = Texts(dict(zip(documents["doc_id"].tolist(), documents["text"].tolist())))
    return Frames(**{name: schema.conform(frame, name) for name, frame in frames.items()}, texts=texts)


def partition_files(frame_dir: Path, *, by_outlet: Collection[str] = (), by_month: Collection[str] | None = None) -> list[str]:
    """The Parquet files of one frame's folder in the partitions asked for (``by_outlet`` empty:
    every outlet; ``by_month`` None: every month), found by listing the partition folders, never
    by opening or stat-ing the files of others (an archive of 500,000 articles has 30,000 a frame)."""
    outlets, months = set(by_outlet) or None, None if by_month is None else set(by_month)
    files = []
    for outlet in _partitions(frame_dir, PARTITION_KEYS[0], outlets):
        for month in _partitions(Path(outlet), PARTITION_KEYS[1], months):
            with os.scandir(month) as entries:
                files.extend(sorted(entry.path for entry in entries if entry.name.endswith(".parquet") and entry.is_file()))
    return files


def _partitions(folder: Path, key: str, wanted: set[str] | None) -> list[str]:
    """The ``key=value`` folders of ``folder`` whose (percent-decoded) value is wanted (None: all;
    empty: none)."""
    with os.scandir(folder) as entries:
        return sorted(entry.path for entry in entries if entry.is_dir() and entry.name.startswith(f"{key}=")
                      and (wanted is None or unquote(entry.name.partition("=")[2]) in wanted))


def _read_files(files: list[str], name: str, where: Path) -> pa.Table:
    """The held columns of frame ``name`` in ``files``, typed as the schema says. DuckDB reads
    them: over thousands of small partition files it took a third of Arrow's dataset scan's time."""
    import duckdb  # only where a dataset is read (0.1 s)

    wanted = pa.schema([field for field in _arrow_schema(name) if field.name not in PARTITION_KEYS])
    if not files:
        return wanted.empty_table()
    try:
        with duckdb.connect() as connection:
            connection.execute("SET enable_progress_bar = false")  # DuckDB draws one on standard output
            # In doc_id order (a partitioned dataset has none of its own across folders); within a
            # document, as written: one file holds all its rows.
            relation = (connection.read_parquet(files, file_row_number=True).order("doc_id, file_row_number")
                        .select(*(duckdb.ColumnExpression(field.name) for field in wanted)))
            return relation.to_arrow_table().cast(wanted)
    except (duckdb.Error, pa.ArrowInvalid) as error:
        raise DatasetError(f"{where} cannot be read as the {name} frame: {str(error).splitlines()[0]}") from None


def _arrow_schema(name: str) -> pa.Schema:
    """The Arrow types of frame ``name``'s columns (as its pandas dtypes convert; an article's
    text, held apart from the frame in memory, included), then the partition keys."""
    empty = schema.empty(name).assign(**{column: pd.Series([], dtype="string") for column in schema.APART.get(name, ())})
    columns = schema.to_arrow(empty).schema
    return pa.schema([*columns.remove_metadata(), *PARTITIONING.schema])


def fingerprint(folder: Path | str) -> str:
    """What a dataset is, cheaply (for caching): the time stamps of its folders down to the
    outlets' and of its provenance file, not of its files.

    An archive of 500,000 articles has 180,000 files, and stat-ing them all took 8 s a rerun.
    A dataset is written whole (:func:`write_dataset` refuses a folder that holds one) and a
    cluster adds months as new folders under an outlet's: either changes a time stamp seen here.
    A file rewritten in place inside a month's folder is not seen until the server restarts.
    """
    root = Path(folder)
    parts = [_stamp(root, root)]
    if (root / PROVENANCE).is_file():
        parts.append(_stamp(root / PROVENANCE, root))
    for frame in schema.FRAMES:
        if (root / frame).is_dir():
            parts.append(_stamp(root / frame, root))
            with os.scandir(root / frame) as entries:
                parts.extend(_stamp(Path(entry.path), root) for entry in sorted(entries, key=lambda e: e.name) if entry.is_dir())
    return hashlib.sha1(json.dumps(parts).encode("utf-8", errors="surrogatepass")).hexdigest()


def _stamp(path: Path, root: Path) -> tuple:
    # The inode and change time too: a folder removed and made again in the same clock tick
    # has a new change time, and usually a new inode.
    stat = path.stat()
    return str(path.relative_to(root)), stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns
