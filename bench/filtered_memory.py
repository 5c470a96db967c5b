"""How much memory the filtered frames the dashboard keeps take at corpus scale (issue #12).

``python -m bench.filtered_memory --db STORE --copies 10`` reads an analysed store's frames
(analyse it first, e.g. ``bench.dashboard --db STORE --skip-browser``), copies them to the size
asked (``--copies 10`` of a 10,000-article store is 100,000 articles under new ids, as
:mod:`bench.engine` makes them), then asks :func:`dashboard.loading.filtered` for the settings
an analyst tries one after another (date ranges, a polarity, an actor type, an actor) and prints
the resident memory after each. It runs twice, each in a process of its own: with the cache's
limit on rows (:data:`dashboard.loading.FILTERED_ROWS_SHARE`) and with the count alone
(:data:`dashboard.loading.MAX_FILTERED` settings, whatever their size), as before that limit.

Not a test: nothing fails on a slow machine.
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
from pathlib import Path

SETTINGS = (
    {"date_from": "2023-03"}, {"date_to": "2024-09"}, {"date_from": "2023-01", "date_to": "2024-06"},
    {"polarities": ("neutral",)}, {"actor_types": ("state",)}, {"actor_ids": ("lavrov",)},
)


def resident_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
    return 0


def run(db: Path, copies: int, share: float) -> None:
    """One process's run: print the resident memory after reading and after each setting."""
    from analysis.corpus.store import CorpusStore
    from analysis.explore.filters import Filters
    from analysis.extract.results import load
    from analysis.lexicon.read import DATA_DIR, load_lexicon
    from bench.engine import copied
    from dashboard import loading

    loading.FILTERED_ROWS_SHARE = share
    lexicon = load_lexicon(DATA_DIR)
    frames, _ = load(CorpusStore(db), lexicon)
    frames = copied(frames, copies)
    gc.collect()
    corpus = loading.Corpus(frames, lexicon, {}, {}, key=f"bench-{copies}")
    print(f"read ({len(frames.documents):,} articles): {resident_mb():,} MB", flush=True)
    for setting in SETTINGS:
        loading.filtered(corpus, Filters(**setting))
        gc.collect()
        held = loading._filtered()[0]
        print(f"{Filters(**setting).describe()}: {resident_mb():,} MB, {len(held)} kept", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.filtered_memory", description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="an analysed corpus store")
    parser.add_argument("--copies", type=int, default=10, help="size, as copies of the store's articles")
    parser.add_argument("--share", type=float, help=argparse.SUPPRESS)  # one run, in this process
    args = parser.parse_args(argv)
    if args.share is not None:
        run(args.db, args.copies, args.share)
        return 0
    from dashboard.loading import FILTERED_ROWS_SHARE

    for label, share in (("rows limited", FILTERED_ROWS_SHARE), ("count alone", 1e6)):
        print(f"## {label}", flush=True)
        subprocess.run([sys.executable, "-m", "bench.filtered_memory", "--db", str(args.db), "--copies", str(args.copies),
                        "--share", str(share)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
