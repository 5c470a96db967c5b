"""Command line: ``python -m analysis analyze [PATH ...] --out DIR``, the ``corpus`` commands, ``score`` and ``report``.

``analyze`` writes CSV files, or with ``--format parquet`` a Parquet dataset partitioned by outlet
and month (:mod:`analysis.extract.dataset`); ``--workers N`` analyses in N processes, and
``--engine dask`` on a Dask cluster (:mod:`analysis.extract.cluster`): a local one, or the
scheduler at ``--scheduler ADDRESS``.

Problems are printed one per line on stderr as ``error: …``; the exit code is 0 on success,
1 when some input was rejected or the lexicon is invalid, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return args.handler(args)


def build_parser() -> argparse.ArgumentParser:
    from analysis.cli.corpus import add_corpus_commands, add_db_option
    from analysis.cli.output import reported

    parser = argparse.ArgumentParser(prog="python -m analysis", description="Marsad: Arabic news analysis.")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse articles and write the frames as CSV files or a Parquet dataset")
    analyze.add_argument("paths", nargs="*", metavar="PATH",
                         help=".txt/.html files or folders; none = the corpus store (seeded with the seeds)")
    analyze.add_argument("--out", required=True, metavar="DIR", help="folder for the CSV files or the Parquet dataset")
    analyze.add_argument("--format", choices=("csv", "parquet"), default="csv",
                         help="csv: one file per frame (default); parquet: one dataset per frame, partitioned by outlet and month")
    analyze.add_argument("--lexicon", metavar="DIR",
                         help="folder of lexicon CSVs (default: the edited lexicon if any, else data/)")
    analyze.add_argument("--workers", type=int, metavar="N",
                         help="processes to analyse with (default 1; with --engine dask, the local cluster's workers, default one per core)")
    analyze.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="local: this machine's processes (default); dask: a Dask cluster (needs requirements-dask.txt)")
    analyze.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: a running Dask scheduler (tcp://host:8786) instead of a local cluster")
    analyze.add_argument("--force", action="store_true", help="keep texts with no Arabic in them")
    add_db_option(analyze)
    analyze.set_defaults(handler=reported(run_analyze))
    add_corpus_commands(commands)
    from analysis.cli.score import add_score_command

    add_score_command(commands)
    from analysis.cli.report import add_report_command

    add_report_command(commands)
    from analysis.cli.groups import add_compare_groups_command

    add_compare_groups_command(commands)
    return parser


def run_analyze(args: argparse.Namespace) -> int:
    from analysis.corpus.export import provenance, write_frames
    from analysis.corpus.ingest import ingest_paths
    from analysis.lexicon.read import LexiconError, active_lexicon_dir, load_lexicon
    from analysis.extract.pipeline import analyze
    from analysis.cli.corpus import open_store
    from analysis.cli.output import out_folder_problem, print_problems, say
    from analysis.explore.labels import counted

    if args.paths and args.db is not None:
        # Files given are analysed as they are, not stored: a --db beside them would be ignored.
        print("error: --db names the store to analyse when no PATH is given; "
              "to add files to a store, run `corpus add PATH --db FILE` first", file=sys.stderr)
        return 2
    usage = engine_problem(args)
    if usage:
        say("error: ", usage, error=True)
        return 2
    try:
        lexicon_dir = Path(args.lexicon) if args.lexicon else active_lexicon_dir()
        lexicon = load_lexicon(lexicon_dir)
    except LexiconError as error:
        for problem in error.problems:
            say("error: ", problem, error=True)
        return 1
    out_problem = out_folder_problem(Path(args.out))
    if out_problem:
        print_problems([out_problem])
        return 1
    status = 0
    if args.paths:
        documents, problems = ingest_paths([Path(path) for path in args.paths], force=args.force)
        print_problems(problems)
        status = 1 if problems else 0
    else:
        store = open_store(args.db)
        documents = store.documents()
    if not documents:
        say("error: no documents to analyse", error=True)
        return 1
    if args.engine == "dask":
        from analysis.extract.cluster import analyze_on_cluster, connected

        try:
            with connected(args.scheduler, workers=args.workers) as client:
                frames = analyze_on_cluster(documents, lexicon, client=client)
        except OSError as error:  # an address nobody answers at, or a timeout
            say("error: cannot reach the Dask scheduler at ", args.scheduler or "the local cluster",
                f": {str(error).splitlines()[0] if str(error) else type(error).__name__}", error=True)
            return 1
    elif not args.paths and (args.workers or 1) == 1:
        # The store's results are kept beside it: only articles new since the last run (or all
        # of them, after a lexicon change) are analysed, with progress on stderr.
        from analysis.extract.results import load as load_results

        frames, update = load_results(store, lexicon, progress=_progress)
        say(f"analysed {counted(update.analysed, 'new or changed document')}, read {update.reused} from the stored results", error=True)
    elif (args.workers or 1) > 1:
        from analysis.extract.batch import analyze_parallel

        frames = analyze_parallel(documents, lexicon, workers=args.workers)
    else:
        frames = analyze(documents, lexicon)
    meta = provenance(lexicon_version=lexicon.version, settings={"lexicon": lexicon_dir.name})
    if args.format == "parquet":
        from analysis.extract.dataset import DatasetError, write_dataset

        try:
            written = write_dataset(frames, args.out, meta=meta)
        except DatasetError as error:
            say("error: ", str(error), error=True)
            return 1
    else:
        written = write_frames(frames, args.out, meta=meta)
    say(f"analysed {counted(len(documents), 'document')}; wrote {counted(len(written), 'file')} to ", args.out)
    return status


def engine_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with ``--workers``, ``--engine`` and ``--scheduler`` together (a usage error), or None."""
    if args.workers is not None and args.workers < 1:
        return "--workers must be at least 1"
    if args.scheduler and args.engine != "dask":
        return "--scheduler needs --engine dask"
    if args.scheduler and args.workers is not None:
        return "--workers sets a local cluster's size; a running scheduler has its own workers"
    if args.engine == "dask":
        try:
            import distributed  # noqa: F401  (only asked whether it is installed)
        except ImportError:
            return "--engine dask needs Dask: pip install -r requirements-dask.txt"
    return None


def _progress(done: int, total: int) -> None:
    print(f"\ranalysing {done:,}/{total:,}", end="\n" if done == total else "", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
