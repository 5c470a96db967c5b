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
from collections.abc import Collection
from pathlib import Path

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
    ``by_month`` None: every month): Arrow opens no other file (:mod:`analysis.extract.archive`).

    Raises:
        DatasetError: a frame's folder is missing, or a file lacks one of the frame's columns.
    """
    root = Path(folder)
    only = None
    if by_outlet:
        only = ds.field(PARTITION_KEYS[0]).isin(pa.array(list(by_outlet), pa.string()))
    if by_month is not None:
        months = ds.field(PARTITION_KEYS[1]).isin(pa.array(list(by_month), pa.string()))  # typed: () is no month
        only = months if only is None else only & months
    frames = {}
    for name in schema.FRAMES:
        if not (root / name).is_dir():
            raise DatasetError(f"{root} is not a Marsad Parquet dataset: it has no '{name}' folder")
        try:
            table = ds.dataset(root / name, schema=_arrow_schema(name), format="parquet",
                               partitioning=PARTITIONING).to_table(columns=schema.held(name) + list(schema.APART.get(name, ())),
                                                                     filter=only)
        except (pa.ArrowInvalid, OSError) as error:
            raise DatasetError(f"{root / name} cannot be read as the {name} frame: {str(error).splitlines()[0]}") from None
        frames[name] = table.to_pandas()
    order = frames["documents"]["doc_id"].sort_values(kind="stable")
    rank = pd.Series(range(len(order)), index=order.to_numpy())
    for name, frame in frames.items():
        # Stable: within a document the rows keep the order they were written in (one partition holds them all).
        frame = frame.iloc[rank.reindex(frame["doc_id"].to_numpy()).argsort(kind="stable").to_numpy()]
        frames[name] = frame
    # No store behind a dataset (it may come from a cluster): the texts are held, apart from the frames.
    documents = frames["documents"]
    texts = Texts(dict(zip(documents["doc_id"].tolist(), documents["text"].tolist())))
    return Frames(**{name: schema.conform(frame, name) for name, frame in frames.items()}, texts=texts)


def _arrow_schema(name: str) -> pa.Schema:
    """The Arrow types of frame ``name``'s columns (as its pandas dtypes convert; an article's
    text, held apart from the frame in memory, included), then the partition keys."""
    empty = schema.empty(name).assign(**{column: pd.Series([], dtype="string") for column in schema.APART.get(name, ())})
    columns = schema.to_arrow(empty).schema
    return pa.schema([*columns.remove_metadata(), *PARTITIONING.schema])


def fingerprint(folder: Path | str) -> str:
    """What a dataset is, cheaply: every file's path, size and modification time (for caching)."""
    root = Path(folder)
    parts = sorted(
        (str(path.relative_to(root)), stat.st_size, stat.st_mtime_ns)
        for path in root.rglob("*") if path.is_file() for stat in [path.stat()]
    )
    return hashlib.sha1(json.dumps(parts).encode("utf-8", errors="surrogatepass")).hexdigest()
