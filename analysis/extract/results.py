"""The analysis kept beside the corpus store, so that only what changed is analysed again.

Results are keyed by article and by analysis version (the lexicon's version, which includes the
language word lists, and a digest of the analysis code): adding articles analyses only the new
ones; editing the lexicon, or upgrading Marsad, analyses everything again once.

Storage: Parquet files in a folder beside the SQLite file (``marsad.sqlite3`` →
``marsad.sqlite3.results/<version>/``), one file per frame per batch of analysed articles,
and a ``docs`` file per batch saying which articles (id and a key of their text and metadata)
the batch holds. Why Parquet, not result tables in the SQLite file: every page reads whole
columns of every article (counts per actor, per outlet, per month), which a columnar file gives
in one read of compressed columns straight into the Arrow-backed frames the schema asks for
(10,000 articles, over a million rows: well under a second), where SQLite would return a
million Python row tuples to convert. Writing stays out of the store's one write path: the
results are a cache, rebuilt from the store if deleted, never the record.

A batch is complete when its ``docs`` file exists: frames are written first, the ``docs`` file
last, each through a temporary name and an atomic rename, so a reader never sees half a batch.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from pathlib import Path

import pandas as pd
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis.corpus.documents import Document
from analysis.corpus.store import CorpusStore
from analysis.extract import schema
from analysis.extract.pipeline import Analyser, FrameBuilder, Frames, analyser_for, concat_frames, row_values
from analysis.extract.texts import StoreTexts, Texts
from analysis.lexicon.read import Lexicon

PACKAGE = Path(__file__).resolve().parents[1]
# The code whose change changes the frames: matching, extraction and the lexicon reader.
CODE_FOLDERS = ("arabic", "extract", "lexicon")
# Articles analysed between two progress reports (and the size of a written batch's pieces).
PROGRESS_EVERY = 100
# More batches than this are merged when the next batch is written (see _to_merge). A whole
# corpus analysed at once is written in half as many, leaving the rest to articles added later.
MAX_BATCHES = 32
# Articles analysed and written as one batch (more when that would make over MAX_BATCHES / 2);
# a batch of fewer articles is small, from articles added a few at a time.
ANALYSED_AT_ONCE = 2000

Progress = Callable[[int, int], None]


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the analysis code (``analysis/arabic``, ``extract``, ``lexicon``): results
    made by another version of Marsad are analysed again."""
    digest = hashlib.sha256()
    for folder in CODE_FOLDERS:
        for path in sorted((PACKAGE / folder).glob("*.py")):
            if path == Path(__file__).resolve():
                continue  # how results are kept does not change them
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def analysis_version(lexicon: Lexicon) -> str:
    """What results are keyed on besides the article: the lexicon and the code that read it."""
    return f"{lexicon.version}-{code_version()}"


def document_key(row: tuple[str, ...]) -> str:
    """A digest of everything the analysis of an article reads, from its row of
    :meth:`CorpusStore.index`: its text (by content hash) and its metadata (the date decides
    which titles hold; the outlet and title are columns of the documents frame)."""
    # repr() quotes and escapes every field, so no two rows give the same text.
    return hashlib.sha1(repr(row).encode("utf-8", errors="surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Update:
    """What :func:`load` did: how many articles it analysed and how many it read back."""

    analysed: int
    reused: int


# The last stores' document keys and fingerprint, with the stamp of their files when read.
_KEYS: dict[Path, tuple[tuple, dict[str, str], str]] = {}


def document_keys(store: CorpusStore) -> dict[str, str]:
    """Every article's :func:`document_key`, by id in the store's order (read-only: callers share
    it). Read again only when the store's files (the database and its write-ahead log) have
    changed since: the results and the two places tables each asked on a server's first page,
    and at 100,000 articles each read of the index and its keys took 0.85 s. The stamp is taken
    before the index, so a write in between makes the next call read it again."""
    stamp = _files_stamp(store.path)
    held = _KEYS.get(store.path)
    if stamp is not None and held is not None and held[0] == stamp:
        return held[1]
    keys = _kept_keys(store, stamp)
    if keys is None:
        keys = {row[0]: document_key(row) for row in store.index()}
        _keep_keys(store, stamp, keys)
    if stamp is not None:
        if len(_KEYS) >= 4:
            _KEYS.pop(next(iter(_KEYS)))
        _KEYS[store.path] = (stamp, keys, _fingerprint(keys))
    return keys


def corpus_fingerprint(store: CorpusStore) -> str:
    """A digest of every article's :func:`document_key` in the store's order: it changes when an
    article is added, removed, edited or re-dated. Taken with the keys, once per change of the
    store's files: the dashboard asks for it twice a rerun, and reading the index for it took
    0.5 s at 100,000 articles."""
    keys = document_keys(store)
    held = _KEYS.get(store.path)
    return held[2] if held is not None and held[1] is keys else _fingerprint(keys)


def _fingerprint(keys: dict[str, str]) -> str:
    digest = hashlib.sha1()
    for doc_id, key in keys.items():
        digest.update(f"{doc_id}\0{key}\n".encode("utf-8", errors="surrogatepass"))
    return digest.hexdigest()


def _keys_path(store: CorpusStore) -> Path:
    return results_dir(store) / "keys.parquet"


def _kept_keys(store: CorpusStore, stamp: tuple | None) -> dict[str, str] | None:
    """The keys a process wrote for the store's files as they are now (same stamp), or None: a
    new server's first page read the index and hashed every row (0.98 s of CPU at 100,000
    articles) where the file takes a few hundredths."""
    path = _keys_path(store)
    if stamp is None or not path.is_file():
        return None
    try:
        table = pq.read_table(path, use_threads=False)
    except (OSError, pa.ArrowInvalid):
        return None  # half written by a process that stopped: read the index
    if (table.schema.metadata or {}).get(b"stamp") != repr(stamp).encode():
        return None
    return dict(zip(table.column("doc_id").to_pylist(), table.column("key").to_pylist()))


def _keep_keys(store: CorpusStore, stamp: tuple | None, keys: dict[str, str]) -> None:
    if stamp is None or not store.path.parent.is_dir():
        return
    table = pa.table({"doc_id": list(keys), "key": list(keys.values())}).replace_schema_metadata({"stamp": repr(stamp)})
    try:
        results_dir(store).mkdir(exist_ok=True)
        _write(_keys_path(store), table)
    except OSError:
        pass  # a store in a folder this process may not write: the keys are read from the index


def _files_stamp(path: Path) -> tuple | None:
    """(size, modification time) of the database file and of its write-ahead log (None for a log
    that is missing or empty: the first reader creates it empty, nothing was written); None for
    the whole while either was modified in the last :data:`SETTLED_S` seconds, since a later
    write in the same timestamp tick, of the same size (an article re-dated), would go unseen and
    its keys, kept on disk, outlive the server."""
    stamp = []
    newest = 0
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            stat = file.stat()
        except FileNotFoundError:
            if file == path:
                return None
            stamp.append(None)
        else:
            stamp.append((stat.st_size, stat.st_mtime_ns) if stat.st_size or file == path else None)
            if stamp[-1] is not None:
                newest = max(newest, stat.st_mtime_ns)
    if time.time_ns() - newest < SETTLED_S * 1e9:
        return None
    return tuple(stamp)


# A store's files changed this recently may change again within their timestamps' resolution.
SETTLED_S = 2.0


def results_dir(store: CorpusStore) -> Path:
    """The folder of the store's results: ``<db file>.results`` beside it."""
    return store.path.with_name(store.path.name + ".results")


def load(
    store: CorpusStore,
    lexicon: Lexicon,
    *,
    progress: Progress | None = None,
    analyser: Analyser | None = None,
) -> tuple[Frames, Update]:
    """The frames of every article in ``store``, analysing only those without stored results.

    Args:
        store: the corpus store; results live in :func:`results_dir` beside it.
        lexicon: the lexicon to analyse with; another lexicon's results are not used.
        progress: called as ``progress(done, total)`` while articles are analysed.
        analyser: the analyser to use (built from ``lexicon`` if None).

    Returns:
        Frames equal to ``analyze(store.documents(), lexicon)`` (same rows, order and dtypes),
        and what was analysed.
    """
    update = analyse(store, lexicon, progress=progress, analyser=analyser)
    # The texts stay in the store, read for the articles a page shows.
    frames = replace(_read(results_dir(store) / analysis_version(lexicon), document_keys(store)), texts=StoreTexts(store))
    return frames, update


def analyse(store: CorpusStore, lexicon: Lexicon, *, progress: Progress | None = None,
            analyser: Analyser | None = None) -> Update:
    """Analyse the articles of ``store`` without stored results and keep theirs, reading none back
    (:func:`load` then reads them)."""
    # The texts are read only for the articles to analyse: the index carries their hashes.
    keys = document_keys(store)
    version = analysis_version(lexicon)
    folder = results_dir(store) / version
    stored = _stored_keys(folder)  # (doc_id, key) -> batch holding it
    pending = [doc_id for doc_id, key in keys.items() if (doc_id, key) not in stored]
    if pending:
        _forget_other_versions(folder)
        analyser = analyser or analyser_for(lexicon)
        # In batches, each written as it is done: 100,000 articles analysed at once held every
        # text and every row in memory (2.6 GB at 83,000 articles); a batch holds its own.
        step = max(ANALYSED_AT_ONCE, -(-len(pending) // max(MAX_BATCHES // 2, 1)))
        for first in range(0, len(pending), step):
            documents = store.documents_with_ids(pending[first:first + step])
            frames = _analyse(documents, analyser, progress, done=first, total=len(pending))
            _write_batch(folder, frames, [keys[doc.doc_id] for doc in documents])
            del documents, frames
        if len(_batches(folder)) > MAX_BATCHES:
            _merge_batches(folder, keys)
    return Update(analysed=len(pending), reused=len(keys) - len(pending))


def stored_frame(store: CorpusStore, lexicon: Lexicon, name: str) -> pd.DataFrame:
    """One frame of the stored results (``sentences``: what the Groups page's words are counted
    from), without the others (100,000 articles: the six frames take 850 MB). Call :func:`analyse`
    first: every article must have stored results."""
    return _read(results_dir(store) / analysis_version(lexicon), document_keys(store), (name,))[name]


def waiting(store: CorpusStore, lexicon: Lexicon, name: str | None = None, *, code: str = "") -> int:
    """How many of the store's articles have no stored results with ``lexicon`` (``name``: no
    rows of that :func:`per_article` table, computed by ``code``), without reading any."""
    folder = results_dir(store) / analysis_version(lexicon)
    stored = _stored_keys(folder if name is None else _per_article_folder(store, lexicon, name, code))
    return sum((doc_id, key) not in stored for doc_id, key in document_keys(store).items())


def kept(store: CorpusStore, name: str, key: str, compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """A table worked out over the whole corpus (the Suggestions page's candidates), kept beside
    the results as ``<name>-<digest of key>.parquet`` so that a new server reads it instead of
    reading every text again; ``key`` must name everything the table depends on (the store's
    fingerprint, the lexicon's version). Only the latest table of each name is kept.

    List cells (``doc_ids``) come back as lists; a folder that cannot be written computes.
    """
    path = _kept_path(store, name, key)
    if path.is_file():
        table = _table(path)
        frame = table.to_pandas()
        for column in frame.columns:
            if pa.types.is_list(table.schema.field(column).type):
                frame[column] = frame[column].map(list)
        del table
        release_memory()
        return frame
    frame = compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # One row group holding each column's whole dictionary: past the writer's 1 MB dictionary
        # page, a categorical column was written as plain text in each row group, and reading it
        # back took seconds and memory to encode it again.
        written = pa.Table.from_pandas(frame, preserve_index=False)
        _write(path, written, row_group_size=max(written.num_rows, 1), dictionary_pagesize_limit=1 << 30)
        _forget_other_tables(path)
    except OSError:
        pass  # a read-only folder: computed again next time
    return frame


Arrays = dict[str, "np.ndarray | pa.Array"]


def kept_arrays(store: CorpusStore, name: str, key: str, compute: Callable[[], Arrays]) -> Arrays:
    """Like :func:`kept`, for a table held as arrays (the Groups page's coded word counts): each
    kept as a file of its own in ``<name>-<digest of key>/`` (numpy arrays as ``.npy``, Arrow
    arrays as Arrow IPC files) and read back memory-mapped, so reading them makes no copy.

    At 100,000 articles the word counts (16.8 million rows) kept as one Parquet table peaked
    800 MB above the server while Arrow decoded its pages, for the 145 MB of codes kept; mapped,
    the codes are read from the page cache as a page touches them. Arrays read back are read-only.
    """
    folder = _kept_path(store, name, key).with_suffix("")
    if folder.is_dir():
        return {path.stem: _mapped(path) for path in sorted(folder.iterdir())}
    arrays = compute()
    temporary = folder.with_name(f".{folder.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temporary.mkdir(parents=True)
        for array_name, array in arrays.items():
            if isinstance(array, np.ndarray):
                np.save(temporary / f"{array_name}.npy", array, allow_pickle=False)
            else:
                with pa.OSFile(str(temporary / f"{array_name}.arrow"), "wb") as sink:
                    batch = pa.record_batch([array], names=["values"])
                    with pa.ipc.new_file(sink, batch.schema) as writer:
                        writer.write_batch(batch)
        os.replace(temporary, folder)  # whole or not at all: a reader never sees half of it
        _forget_other_tables(folder)
    except OSError:
        shutil.rmtree(temporary, ignore_errors=True)  # a read-only folder, or another server wrote it first
        return arrays
    return {path.stem: _mapped(path) for path in sorted(folder.iterdir())}


def _mapped(path: Path) -> np.ndarray | pa.Array:
    if path.suffix == ".npy":
        return np.load(path, mmap_mode="r", allow_pickle=False)
    return pa.ipc.open_file(pa.memory_map(str(path))).get_batch(0).column(0)


def _forget_other_tables(path: Path) -> None:
    """Earlier kept tables of the same name (another key, or another way of keeping it)."""
    name = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{name}-*"):
        if old != path:
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)


def is_kept(store: CorpusStore, name: str, key: str) -> bool:
    """Whether :func:`kept` or :func:`kept_arrays` holds the table ``name`` for ``key`` (without
    reading it)."""
    path = _kept_path(store, name, key)
    return path.is_file() or path.with_suffix("").is_dir()


def _kept_path(store: CorpusStore, name: str, key: str) -> Path:
    digest = hashlib.sha1(f"{key}|{code_version()}".encode("utf-8", errors="surrogatepass")).hexdigest()[:16]
    return results_dir(store) / f"{name}-{digest}.parquet"


def source_version(*paths: Path) -> str:
    """A digest of source files besides the analysis code, for :func:`per_article` tables that
    other modules work out (the Suggestions page's finders)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def per_article(
    store: CorpusStore,
    lexicon: Lexicon,
    name: str,
    compute: Callable[[Iterable[Document]], pd.DataFrame],
    *,
    code: str = "",
    progress: Progress | None = None,
    read: bool = True,
) -> pd.DataFrame | None:
    """Rows worked out article by article, besides the frames (the places a name is suggested),
    kept like the frames: only articles without stored rows are read and given to ``compute``,
    so adding an article to 10,000 reads one text, not all of them again.

    Args:
        store: the corpus store.
        lexicon: the lexicon ``compute`` uses; its version (and the analysis code's) keys the rows.
        name: the table's name, a folder of the results.
        compute: rows of the articles given (read from the store as it iterates, a hundred at a
            time), each row with the ``doc_id`` of its article.
        code: a digest of the code of ``compute`` (:func:`source_version`): a change computes again.
        progress: called as ``progress(done, total)`` while articles are computed.
        read: False only brings the stored rows up to date, and returns None (the dashboard
            does so with the analysis, and a page reads them when it is opened).

    Returns:
        The rows of every article in the store, in the store's order of articles (each article's
        rows in the order ``compute`` gave them).
    """
    keys = document_keys(store)
    folder = _per_article_folder(store, lexicon, name, code)
    stored = _stored_keys(folder)
    pending = [doc_id for doc_id, key in keys.items() if (doc_id, key) not in stored]
    if pending:
        parent = folder.parent
        if parent.is_dir():  # another code of the same table: never read again
            for other in parent.glob(f"{name}-*"):
                if other != folder:
                    shutil.rmtree(other, ignore_errors=True)

        def no_rows() -> pa.Table:
            return pa.Table.from_pandas(compute([]), preserve_index=False)

        try:
            _write_rows(folder, _computed_row_groups(store, pending, compute, progress), no_rows,
                        pending, [keys[doc_id] for doc_id in pending])
        except OSError:  # a folder that cannot be written: every article's rows, worked out now
            return compute(store.documents()) if read else None
        if len(_batches(folder)) > MAX_BATCHES:
            old = _to_merge(folder)
            live = _held_by(folder, keys, old)
            _write_rows(folder, _coalesced(_live_row_groups(folder, live)), no_rows, list(live), list(live.values()))
            for batch in old:
                (folder / f"{batch}.docs.parquet").unlink(missing_ok=True)  # first: the batch is no longer complete
                (folder / f"{batch}.rows.parquet").unlink(missing_ok=True)
        release_memory()  # what the row groups took, handed back before the caller reads them all
    if not read:
        return None
    rows = _read_rows(folder, keys)
    return compute([]) if rows is None else rows


# Articles whose per-article rows are worked out and written at once, as one row group: the
# Groups page's words of 100,000 articles worked out at once and joined peaked 4.3 GB; 5,000
# at a time hold about 840,000 word rows.
ARTICLES_PER_ROW_GROUP = 5000

# Row groups smaller than this (articles added a few at a time) are joined into one when the
# batches are merged, so that their number does not grow with every article added.
ROWS_PER_ROW_GROUP = 500_000


def _computed_row_groups(store: CorpusStore, pending: list[str], compute: Callable[[Iterable[Document]], pd.DataFrame],
                         progress: Progress | None) -> Iterator[pa.Table]:
    """The rows of the ``pending`` articles, :data:`ARTICLES_PER_ROW_GROUP` articles at a time."""
    for first in range(0, len(pending), ARTICLES_PER_ROW_GROUP):
        rows = compute(_read_in_batches(store, pending[first:first + ARTICLES_PER_ROW_GROUP], progress,
                                        done=first, total=len(pending)))
        yield pa.Table.from_pandas(rows, preserve_index=False)


def _row_group_schema(table: pa.Table) -> pa.Schema:
    """``table``'s schema with every dictionary column's indices 32-bit: each row group is written
    from its own frame, whose categories take 8 bits for 100 words and 32 for 100,000."""
    return pa.schema([field.with_type(pa.dictionary(pa.int32(), field.type.value_type))
                      if pa.types.is_dictionary(field.type) else field for field in table.schema],
                     metadata=table.schema.metadata)


def _coalesced(tables: Iterable[pa.Table]) -> Iterator[pa.Table]:
    """``tables`` with the small ones that follow each other joined into one of at least
    :data:`ROWS_PER_ROW_GROUP` rows (their dictionaries unified); large ones as they are."""
    waiting: list[pa.Table] = []
    for table in chain(tables, [None]):
        if table is not None:
            waiting.append(table)
            if sum(part.num_rows for part in waiting) < ROWS_PER_ROW_GROUP:
                continue
        if len(waiting) == 1:
            yield waiting[0]
        elif waiting:
            yield pa.concat_tables(waiting).unify_dictionaries().combine_chunks()
        waiting = []


def per_article_tables(store: CorpusStore, lexicon: Lexicon, name: str, *, code: str = "") -> Iterator[pa.Table]:
    """The rows :func:`per_article` keeps for every article in the store, as Arrow tables read
    one row group at a time as the caller goes on (categories as the dictionaries they were
    written as), never as one frame: the Groups page's word counts are 16.8 million rows at
    100,000 articles. Articles without kept rows (call :func:`per_article` first) are missing."""
    return _live_row_groups(_per_article_folder(store, lexicon, name, code), document_keys(store))


def per_article_rows(store: CorpusStore, lexicon: Lexicon, name: str, *, code: str = "") -> int:
    """At most how many rows :func:`per_article_tables` gives: the sizes its files' footers
    record, before the rows of articles removed or changed since are left out. Room for the
    rows can then be made once (the Groups page's codes, 16.8 million rows at 100,000 articles)."""
    folder = _per_article_folder(store, lexicon, name, code)
    return sum(pq.ParquetFile(folder / f"{batch}.rows.parquet").metadata.num_rows
               for batch in _live_batches(folder, document_keys(store)))


def _per_article_folder(store: CorpusStore, lexicon: Lexicon, name: str, code: str) -> Path:
    return results_dir(store) / analysis_version(lexicon) / "tables" / f"{name}-{code}"


def _read_in_batches(store: CorpusStore, doc_ids: list[str], progress: Progress | None, *,
                     done: int = 0, total: int | None = None) -> Iterator[Document]:
    total = len(doc_ids) if total is None else total
    for first in range(0, len(doc_ids), PROGRESS_EVERY):
        yield from store.documents_with_ids(doc_ids[first:first + PROGRESS_EVERY])
        if progress:
            progress(done + min(first + PROGRESS_EVERY, len(doc_ids)), total)


def _write_rows(folder: Path, row_groups: Iterable[pa.Table], no_rows: Callable[[], pa.Table],
                doc_ids: list[str], keys: list[str]) -> None:
    """One batch of per-article rows: ``row_groups`` written as they come, each as one row group
    (a group written from categories in parts of 128 Ki rows carried the whole dictionary in each:
    the word rows of 100,000 articles were 129 copies of 516,000 words), then the ``docs`` file.
    The columns are the first group's (``no_rows()``'s when there is none)."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{pd.Timestamp.now('UTC').strftime('%Y%m%dT%H%M%S%f')}-{uuid.uuid4().hex[:8]}"
    path = folder / f"{name}.rows.parquet"
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    tables = iter(row_groups)
    first = next(tables, None)
    columns = _row_group_schema(first if first is not None else no_rows())
    try:
        with pq.ParquetWriter(temporary, columns, compression="zstd") as writer:
            for table in chain([first], tables):
                if table is not None and table.num_rows:
                    writer.write_table(table.cast(columns), row_group_size=table.num_rows)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    _write(folder / f"{name}.docs.parquet", pa.table({"doc_id": doc_ids, "key": keys}))


def _read_rows(folder: Path, keys: dict[str, str]) -> pd.DataFrame | None:
    """The stored rows of the articles ``keys`` names, in its order (None when it names none)."""
    parts = [table.to_pandas() for table in _live_row_groups(folder, keys)]
    if not parts:
        return None
    rows = pd.concat(parts, ignore_index=True)
    order = pd.Series(range(len(keys)), index=list(keys))
    return rows.iloc[order.reindex(rows["doc_id"].astype(str)).to_numpy().argsort(kind="stable")].reset_index(drop=True)


def _live_row_groups(folder: Path, keys: dict[str, str]) -> Iterator[pa.Table]:
    """The stored rows of the articles ``keys`` names (doc_id → key), a table a row group in the
    batches' order, without the rows of articles removed or changed since; an article with no
    stored rows is missing. Each is read when the caller asks for it."""
    for batch, doc_ids in sorted(_live_batches(folder, keys).items()):
        live = pa.array(doc_ids, type=pa.string())
        rows = pq.ParquetFile(folder / f"{batch}.rows.parquet")
        if not rows.num_row_groups:  # the articles gave no rows: their columns
            yield rows.schema_arrow.empty_table()
        for group in range(rows.num_row_groups):
            table = rows.read_row_group(group, use_threads=False)
            keep = _live_mask(table.column("doc_id"), live)
            yield table if keep is None else table.filter(keep)


def _live_batches(folder: Path, keys: dict[str, str]) -> dict[str, list[str]]:
    """The batches holding the stored rows of the articles ``keys`` names, each with those articles."""
    stored = _stored_keys(folder)
    by_batch: dict[str, list[str]] = {}
    for doc_id, key in keys.items():
        batch = stored.get((doc_id, key))
        if batch is not None:
            by_batch.setdefault(batch, []).append(doc_id)
    return by_batch


def _live_mask(doc_ids: pa.ChunkedArray, live: pa.Array) -> pa.ChunkedArray | None:
    """Which rows belong to a ``live`` article (None: all of them). A dictionary column is looked
    up once per distinct article, not per row (840,000 word rows in a group of 5,000 articles)."""
    masks = []
    for chunk in doc_ids.chunks:
        if pa.types.is_dictionary(chunk.type):
            entries = pc.is_in(chunk.dictionary.cast(pa.string()), value_set=live).to_numpy(zero_copy_only=False)
            masks.append(entries[chunk.indices.to_numpy(zero_copy_only=False)])
        else:
            masks.append(pc.is_in(chunk.cast(pa.string()), value_set=live).to_numpy(zero_copy_only=False))
    if all(mask.all() for mask in masks):
        return None
    return pa.chunked_array([pa.array(mask) for mask in masks], type=pa.bool_())


def _analyse(documents: list[Document], analyser: Analyser, progress: Progress | None, *, done: int, total: int) -> Frames:
    """The frames of ``documents``, reporting progress from ``done`` of ``total`` articles on."""
    builder = FrameBuilder()
    for done, doc in enumerate(documents, done + 1):
        builder.add(row_values(analyser.rows(doc)))
        if progress and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    return builder.frames()


def _batches(folder: Path) -> list[str]:
    """Complete batches (those whose ``docs`` file exists), oldest first."""
    if not folder.is_dir():
        return []
    return sorted(path.name.removesuffix(".docs.parquet") for path in folder.glob("*.docs.parquet"))


def _to_merge(folder: Path) -> list[str]:
    """The batches to merge when there are too many: the small ones (articles added a few at a
    time, the newest), when there are two or more; else all. Merging all of them rewrote the
    whole corpus's results each time an article came after the 16 batches of a full analysis
    (100,000 articles: about 1.2 GB of frames read and written again for one article)."""
    batches = _batches(folder)
    small = [batch for batch in batches
             if pq.ParquetFile(folder / f"{batch}.docs.parquet").metadata.num_rows < ANALYSED_AT_ONCE]
    return small if len(small) >= 2 else batches


def _held_by(folder: Path, keys: dict[str, str], batches: list[str]) -> dict[str, str]:
    """The articles of ``keys`` (in its order) whose latest rows are in one of ``batches``."""
    stored, chosen = _stored_keys(folder), set(batches)
    return {doc_id: key for doc_id, key in keys.items() if stored.get((doc_id, key)) in chosen}


def _stored_keys(folder: Path) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for batch in _batches(folder):
        table = _table(folder / f"{batch}.docs.parquet")
        for doc_id, key in zip(table.column("doc_id").to_pylist(), table.column("key").to_pylist()):
            found[(doc_id, key)] = batch  # a later batch wins
    return found


def _write_batch(folder: Path, frames: Frames, keys: list[str]) -> None:
    """Write ``frames`` as one batch; ``keys`` are the document keys of ``frames.documents``' rows."""
    folder.mkdir(parents=True, exist_ok=True)
    # Sortable by time, unique across processes writing the same folder.
    name = f"{pd.Timestamp.now('UTC').strftime('%Y%m%dT%H%M%S%f')}-{uuid.uuid4().hex[:8]}"
    for frame_name, frame in frames.items():
        _write(folder / f"{name}.{frame_name}.parquet", schema.to_arrow(frame))
    doc_ids = frames.documents["doc_id"].astype(str).tolist()
    _write(folder / f"{name}.docs.parquet", pa.table({"doc_id": doc_ids, "key": keys}))


def _write(path: Path, table: pa.Table, **options) -> None:
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(table, temporary, compression="zstd", **options)
    os.replace(temporary, path)


def _read(folder: Path, keys: dict[str, str], names: tuple[str, ...] = schema.FRAMES) -> Frames | dict[str, pd.DataFrame]:
    """The rows of the articles ``keys`` names (doc_id → key, in the store's order) from every
    batch, in that order, typed by the schema: the frames, or only those ``names`` as a dict."""
    wanted = _stored_keys(folder)
    by_batch: dict[str, list[str]] = {}
    for doc_id, key in keys.items():
        by_batch.setdefault(wanted[(doc_id, key)], []).append(doc_id)
    # Batches are written in the store's order, one after the other: read in turn they are in it
    # already, and sorting 2 million rows by their article's place (100,000 articles) took a
    # second per frame. An article removed and added again comes back later in the store's
    # order but not in its batch's: then the rows are sorted.
    in_order = [doc_id for doc_ids in by_batch.values() for doc_id in doc_ids] == list(keys)
    for batch, doc_ids in by_batch.items():
        if not in_order:
            break
        kept = set(doc_ids)
        written = [d for d in _table(folder / f"{batch}.docs.parquet").column("doc_id").to_pylist() if d in kept]
        in_order = written == doc_ids
    joined = {}
    for name in names:
        parts = []
        for batch, doc_ids in by_batch.items():
            # The held columns only: results written before a sentence's text and an article's
            # were left out of memory still have them (schema.DERIVED, schema.APART), and reading
            # them would take them back in.
            table = _table(folder / f"{batch}.{name}.parquet", columns=schema.held(name), shared=schema.SHARED.get(name, ()))
            if len(doc_ids) < len(pc.unique(table.column("doc_id"))):  # articles removed or re-analysed since
                table = table.filter(pc.is_in(table.column("doc_id"), value_set=pa.array(doc_ids, type=table.schema.field("doc_id").type)))
            parts.append(table)
        if not parts:
            joined[name] = schema.empty(name)
            continue
        table = pa.concat_tables(parts)
        del parts
        if table.num_rows and schema.SHARED.get(name):
            table = table.unify_dictionaries()  # one dictionary over the batches: its indices are the codes
        if table.num_rows and not in_order:
            # Articles in the store's order, rows of an article in the order analysed (a stable sort).
            order = pa.array(list(keys), type=table.schema.field("doc_id").type)
            position = pc.index_in(table.column("doc_id"), value_set=order).to_numpy(zero_copy_only=False)
            table = table.take(pa.array(np.argsort(position, kind="stable")))
        joined[name] = schema.from_arrow(table, name)
        del table
    release_memory()
    return Frames(**joined, texts=Texts()) if names == schema.FRAMES else joined


def _table(path: Path, columns: list[str] | None = None, shared: tuple[str, ...] = ()) -> pa.Table:
    """The Parquet file ``path`` (its ``columns``), the ``shared`` ones (schema.SHARED) read as
    Arrow dictionaries: the writer stored them dictionary-encoded, and decoding them to plain
    strings only for :func:`schema.from_arrow` to encode them again took most of the read
    (100,000 articles: 2.4-3.7 s of CPU for the six frames, 1.1-1.3 s read as dictionaries; the
    same frames)."""
    # One thread: on a busy machine (the dashboard's server beside other work) Arrow's thread
    # pool made reading 10,000 articles' results several times slower, never faster.
    shared = [column for column in shared if columns is None or column in columns]
    return pq.read_table(path, columns=columns, use_threads=False, read_dictionary=shared or None)


def release_memory() -> None:
    """Hand the memory Arrow freed back to the system. Arrow's allocator keeps what it freed for
    later use; after a read whose Arrow buffers became Python strings, category codes or nothing
    (a sentence's text), that was 290 MB of the server's 1.5 GB at 100,000 articles, never used
    again."""
    pa.default_memory_pool().release_unused()


def _forget_other_versions(folder: Path) -> None:
    """Results of other lexicons or code: never read again, so removed (the folder is a cache)."""
    parent = folder.parent
    if parent.is_dir():
        for other in parent.iterdir():
            if other.is_dir() and other != folder:
                shutil.rmtree(other, ignore_errors=True)


def _merge_batches(folder: Path, keys: dict[str, str]) -> None:
    """Too many batches merged into one (:func:`_to_merge`), live articles only."""
    old = _to_merge(folder)
    live = _held_by(folder, keys, old)
    _write_batch(folder, _read(folder, live), list(live.values()))
    for batch in old:
        (folder / f"{batch}.docs.parquet").unlink(missing_ok=True)  # first: the batch is no longer complete
        for name in schema.FRAMES:
            (folder / f"{batch}.{name}.parquet").unlink(missing_ok=True)


__all__ = ["Update", "analyse", "analysis_version", "code_version", "corpus_fingerprint", "document_key", "document_keys", "is_kept", "kept", "kept_arrays", "load", "per_article", "per_article_rows", "per_article_tables", "release_memory", "results_dir", "source_version", "stored_frame", "waiting"]
