"""The analysis on a Dask cluster (``dask.distributed``): the frames of :func:`analysis.extract.pipeline.analyze`,
computed by the cluster's workers.

The lexicon goes to each worker once, inside a worker plugin (:class:`AnalyserPlugin`), which also
reaches workers that join later; each worker thread builds its
:class:`~analysis.extract.pipeline.Analyser` once. Articles go in consecutive batches
(:func:`analysis.extract.batch.chunked`), a few per worker in flight at a time, so neither the
scheduler nor the workers ever hold the whole corpus; the rows come back as value tuples and are
assembled in input order by the same :class:`~analysis.extract.pipeline.FrameBuilder` as ``analyze``,
so the frames are identical.

Workers need Marsad importable (the same checkout, started from its root, with
``requirements.txt`` and ``requirements-dask.txt`` installed). The analysis is pure Python and holds
the GIL: start workers with one thread each (``dask worker ADDRESS --nthreads 1``) and as many
workers as cores.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from analysis.corpus.documents import Document
from analysis.extract.batch import chunk_rows, chunked, distinct_ids
from analysis.extract.pipeline import Analyser, FrameBuilder, Frames
from analysis.lexicon.read import Lexicon

# Batches waiting or running per worker: enough that no worker idles while the client assembles,
# few enough that the client never holds more than a handful of batches' rows.
IN_FLIGHT_PER_WORKER = 3


class AnalyserPlugin(WorkerPlugin):
    """Carries the lexicon to a worker once; each worker thread builds its analyser from it once."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        # Named by the lexicon: a run with another lexicon registers its own plugin.
        self.name = f"marsad-analyser-{lexicon.version or id(lexicon)}"
        self._local: threading.local | None = None

    def setup(self, worker) -> None:
        self._local = threading.local()

    def analyser(self) -> Analyser:
        """This thread's analyser (the matchers' caches are not shared between threads)."""
        if self._local is None:  # a plugin used outside a worker
            self._local = threading.local()
        if getattr(self._local, "analyser", None) is None:
            self._local.analyser = Analyser(self.lexicon)
        return self._local.analyser

    def __getstate__(self) -> dict:
        return {"lexicon": self.lexicon, "name": self.name, "_local": None}


def _analyse_batch(documents: list[Document], plugin: str) -> tuple[dict[str, list[tuple]], int]:
    return chunk_rows(get_worker().plugins[plugin].analyser(), documents)


def analyze_on_cluster(documents: Iterable[Document], lexicon: Lexicon, *, client: Client) -> Frames:
    """Analyse ``documents`` with ``lexicon`` on the workers of ``client``.

    Args:
        documents: the articles; their ids must be distinct, as for ``analyze``.
        lexicon: the lexicon, sent once to each worker.
        client: a connected ``distributed.Client`` (see :func:`connect`).

    Returns:
        :class:`~analysis.extract.pipeline.Frames` equal to ``analyze(documents, lexicon)``.
    """
    documents = list(documents)
    distinct_ids(documents)
    workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
    plugin = AnalyserPlugin(lexicon)
    client.register_plugin(plugin)
    builder = FrameBuilder()
    batches = iter(chunked(documents, workers=workers))
    pending: deque = deque()

    def submit_next() -> None:
        batch = next(batches, None)
        if batch is not None:
            pending.append(client.submit(_analyse_batch, batch, plugin.name, pure=False))

    try:
        for _ in range(IN_FLIGHT_PER_WORKER * workers):
            submit_next()
        while pending:
            # In submission order, whatever order the batches finish in.
            future = pending.popleft()
            builder.add(future.result())
            future.release()
            submit_next()
    finally:
        for future in pending:
            future.cancel()
        client.unregister_worker_plugin(plugin.name)
    return builder.frames()


@contextmanager
def connected(scheduler: str | None = None, *, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new ``LocalCluster`` of ``workers``
    single-threaded processes (default: one per core) when no address is given; the cluster
    is closed on leaving.

    Raises:
        OSError: the scheduler cannot be reached (within 10 seconds).
    """
    if scheduler:
        with Client(scheduler, timeout="10s") as client:
            yield client
        return
    with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client
