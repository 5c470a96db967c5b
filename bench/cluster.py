"""Throughput of the Dask engine with 1, 2, 4 and 8 workers, against one process in the same run.

``python -m bench.cluster`` generates the realistic corpus (:mod:`bench.realistic`; ``--corpus recombined``
for the earlier figures' :mod:`bench.corpus`), analyses it once in
this process (:func:`analysis.extract.pipeline.analyze`, the reference), then on a ``LocalCluster`` of
N single-threaded worker processes for each N (:func:`analysis.extract.cluster.analyze_on_cluster`),
and prints a Markdown table: wall-clock seconds, articles and words per second, and the speed-up
over the reference. Starting a cluster is timed apart: it is paid once per cluster, not per corpus.
Each cluster's first run warms it (imports, the lexicon sent to the workers); the best of the
repeats after it is kept. Needs ``requirements-dask.txt``.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time

from distributed import Client, LocalCluster

from analysis.extract.cluster import analyze_on_cluster
from analysis.extract.pipeline import analyze
from analysis.lexicon.read import load_lexicon
from bench import corpus, realistic


def best_of(repeats: int, run) -> float:
    """The best wall-clock seconds of ``repeats`` calls of ``run``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cluster", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--workers", default="1,2,4,8", help="cluster sizes (default 1,2,4,8)")
    parser.add_argument("--repeats", type=int, default=2, help="runs per figure after the warm-up; the best is kept")
    parser.add_argument("--corpus", choices=("realistic", "recombined"), default="realistic", help="which benchmark corpus")
    args = parser.parse_args(argv)
    lexicon = load_lexicon()
    documents = (realistic.generate(args.articles, lexicon=lexicon) if args.corpus == "realistic"
                 else corpus.generate(args.articles))
    words = sum(len(doc.text.split()) for doc in documents)
    print(f"Machine: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {os.cpu_count()} CPUs · "
          f"Python {platform.python_version()} · load average {', '.join(f'{v:.1f}' for v in os.getloadavg())} (before)")
    print(f"Corpus: {len(documents):,} articles, {words:,} words (bench/{'realistic' if args.corpus == 'realistic' else 'corpus'}.py)\n")
    print("| engine | start, s | analysis, wall-clock s | articles/s | words/s | speed-up over one process |")
    print("|---|---|---|---|---|---|")
    reference = best_of(args.repeats, lambda: analyze(documents, lexicon))
    print(f"| one process (`analyze`) | — | {reference:.2f} | {len(documents) / reference:,.0f} | {words / reference:,.0f} | 1.00× |")
    sys.stdout.flush()
    for n in (int(value) for value in args.workers.split(",")):
        start = time.perf_counter()
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            started = time.perf_counter() - start
            analyze_on_cluster(documents[:50], lexicon, client=client)  # warm-up
            seconds = best_of(args.repeats, lambda: analyze_on_cluster(documents, lexicon, client=client))
        print(f"| Dask, {n} worker{'s' if n > 1 else ''} | {started:.1f} | {seconds:.2f} | {len(documents) / seconds:,.0f} | "
              f"{words / seconds:,.0f} | {reference / seconds:.2f}× |")
        sys.stdout.flush()
    print(f"\nload average {', '.join(f'{v:.1f}' for v in os.getloadavg())} (after)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
