"""Command line: ``python -m analysis analyze [PATH ...] --out DIR``, the ``corpus`` commands and ``score``.

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
    analyze = commands.add_parser("analyze", help="analyse articles and write the frames as CSV files")
    analyze.add_argument("paths", nargs="*", metavar="PATH",
                         help=".txt/.html files or folders; none = the corpus store (seeded with the seeds)")
    analyze.add_argument("--out", required=True, metavar="DIR", help="folder for the CSV files")
    analyze.add_argument("--lexicon", metavar="DIR",
                         help="folder of lexicon CSVs (default: the edited lexicon if any, else data/)")
    analyze.add_argument("--workers", type=int, default=1, metavar="N", help="processes to analyse with (default 1)")
    analyze.add_argument("--force", action="store_true", help="keep texts with no Arabic in them")
    add_db_option(analyze)
    analyze.set_defaults(handler=reported(run_analyze))
    add_corpus_commands(commands)
    from analysis.cli.score import add_score_command

    add_score_command(commands)
    return parser


def run_analyze(args: argparse.Namespace) -> int:
    from analysis.corpus.export import provenance, write_frames
    from analysis.corpus.ingest import ingest_paths
    from analysis.lexicon.read import LexiconError, active_lexicon_dir, load_lexicon
    from analysis.extract.pipeline import analyze
    from analysis.cli.corpus import open_store
    from analysis.cli.output import out_folder_problem, print_problems, say

    if args.paths and args.db is not None:
        # Files given are analysed as they are, not stored: a --db beside them would be ignored.
        print("error: --db names the store to analyse when no PATH is given; "
              "to add files to a store, run `corpus add PATH --db FILE` first", file=sys.stderr)
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
    if args.workers < 1:
        say("error: --workers must be at least 1", error=True)
        return 2
    if not args.paths and args.workers == 1:
        # The store's results are kept beside it: only articles new since the last run (or all
        # of them, after a lexicon change) are analysed, with progress on stderr.
        from analysis.extract.results import load as load_results

        frames, update = load_results(store, lexicon, progress=_progress)
        say(f"analysed {update.analysed} new or changed document(s), read {update.reused} from the stored results", error=True)
    elif args.workers > 1:
        from analysis.extract.batch import analyze_parallel

        frames = analyze_parallel(documents, lexicon, workers=args.workers)
    else:
        frames = analyze(documents, lexicon)
    meta = provenance(lexicon_version=lexicon.version, settings={"lexicon": lexicon_dir.name})
    written = write_frames(frames, args.out, meta=meta)
    say(f"analysed {len(documents)} document(s); wrote {len(written)} files to ", args.out)
    return status


def _progress(done: int, total: int) -> None:
    print(f"\ranalysing {done:,}/{total:,}", end="\n" if done == total else "", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
