"""Batch mode: the same analysis as :func:`analysis.extract.pipeline.analyze`, over several processes.

The analysis is pure Python and holds the GIL, so threads would not help; processes do. Each
worker holds an :class:`~analysis.extract.pipeline.Analyser` (inherited where processes fork, built
once otherwise), analyses
chunks of documents into rows, and the parent reassembles the rows in input order with the
same :class:`~analysis.extract.pipeline.FrameBuilder` (over ``frames_from_rows``) as ``analyze``, so the
frames are identical.
"""

from __future__ import annotations

import math
import multiprocessing
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor

from analysis.corpus.documents import Document
from analysis.lexicon.read import Lexicon
from analysis.extract.pipeline import Analyser, FrameBuilder, Frames, analyser_for, analyze, row_values

# Chunks small enough that the workers finish together (a chunk is the unit of balancing) and
# large enough that pickling rows back costs little next to analysing them.
CHUNKS_PER_WORKER = 4
MAX_CHUNK = 250

# The worker's analyser, built once per process by _start_worker.
_analyser: Analyser | None = None


def _start_worker(built: Analyser | Lexicon) -> None:
    global _analyser
    _analyser = built if isinstance(built, Analyser) else Analyser(built)


def _pool(workers: int, lexicon: Lexicon) -> ProcessPoolExecutor:
    """Worker processes that each hold an analyser of ``lexicon``.

    Where processes fork (Linux), the parent's analyser is inherited as it stands: building one
    costs about 0.9 s with the shipped lexicon (matchers, generated spellings, an automaton of
    40,000 keys), and each worker building its own made two workers barely faster than one
    (bench/RESULTS.md). Elsewhere each worker builds its own from the lexicon it is sent.
    """
    if "fork" in multiprocessing.get_all_start_methods():
        # forked, not pickled: initargs reach the child with the rest of the parent's memory
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_start_worker, initargs=(analyser_for(lexicon),))
    return ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(lexicon,))


def _analyse_chunk(documents: list[Document]) -> tuple[dict[str, list[tuple]], int]:
    assert _analyser is not None, "worker started without its analyser"
    return chunk_rows(_analyser, documents)


def chunk_rows(analyser: Analyser, documents: list[Document]) -> tuple[dict[str, list[tuple]], int]:
    """The rows of a chunk of documents, in the form :meth:`FrameBuilder.add` takes (shared with
    the Dask engine, :mod:`analysis.extract.cluster`)."""
    rows: dict[str, list[dict]] = {}
    for doc in documents:
        for name, doc_rows in analyser.rows(doc).items():
            rows.setdefault(name, []).extend(doc_rows)
    # Value tuples, as analyze keeps them: smaller to send back than dicts, too.
    return row_values(rows, documents=len(documents))


def distinct_ids(documents: list[Document]) -> None:
    """Raise ValueError, with analyze's message, when two documents share an id."""
    seen: set[str] = set()
    for doc in documents:
        if doc.doc_id in seen:
            raise ValueError(f"two documents share the id '{doc.doc_id}'")
        seen.add(doc.doc_id)


def chunked(documents: list[Document], *, workers: int) -> list[list[Document]]:
    """``documents`` cut into consecutive chunks, about ``CHUNKS_PER_WORKER`` per worker."""
    size = max(1, min(MAX_CHUNK, math.ceil(len(documents) / (workers * CHUNKS_PER_WORKER))))
    return [documents[start:start + size] for start in range(0, len(documents), size)]


def analyze_parallel(documents: Iterable[Document], lexicon: Lexicon, *, workers: int) -> Frames:
    """Analyse ``documents`` with ``lexicon`` in ``workers`` processes.

    Args:
        documents: the articles; their ids must be distinct, as for ``analyze``.
        lexicon: the lexicon, sent once to each worker.
        workers: processes to use; 1 (or a single document) analyses in this process.

    Returns:
        :class:`~analysis.extract.pipeline.Frames` equal to ``analyze(documents, lexicon)``.
    """
    documents = list(documents)
    if workers < 1:
        raise ValueError("workers must be at least 1")
    # The same check, and the same message, as analyze: before any process is started.
    distinct_ids(documents)
    if workers == 1 or len(documents) <= 1:
        return analyze(documents, lexicon)
    chunks = chunked(documents, workers=workers)
    builder = FrameBuilder()
    with _pool(min(workers, len(chunks)), lexicon) as pool:
        # map() yields in submission order whatever order the chunks finish in.
        for part in pool.map(_analyse_chunk, chunks):
            builder.add(part)
    return builder.frames()
