"""The ``corpus`` subcommands of ``python -m analysis``: add, list, remove and export stored articles.

``add_corpus_commands(subparsers)`` registers them; each sets ``args.handler``, a function
``(args) -> int`` returning the exit code: 0 when everything went in, 1 when any input was rejected
(the good ones are still added), and argparse's 2 for usage errors. Problems go to stderr, one line
each, as ``error: <file>: <reason>`` or ``warning: <file>: <reason>``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from pathlib import Path

from analysis.corpus import seeds
from analysis.corpus.ingest import MAX_BYTES, IngestProblem, ingest_paths
from analysis.corpus.store import LIST_COLUMNS, CorpusStore, UnknownDocumentError, default_db_path
from analysis.cli.output import print_problems, reported, say
from analysis.explore.markup import printable

Handler = Callable[[argparse.Namespace], int]

# The table view is for reading in a terminal: long Arabic titles would push every row apart.
_TABLE_COLUMNS = ["doc_id", "title", "outlet", "date", "source", "n_chars"]
_TABLE_MAX_WIDTH = 40


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Give ``parser`` the ``--db PATH`` option; left unset, :func:`default_db_path` applies."""
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=None,
        help="the corpus database (default: $MARSAD_DB, else marsad.sqlite3 in the repository root)",
    )


def add_corpus_commands(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``corpus add|list|remove|export`` on an argparse subparsers object.

    Returns:
        The ``corpus`` parser, for callers that want to add more to it.
    """
    corpus = subparsers.add_parser(
        "corpus",
        help="manage the stored corpus of articles",
        description="Add, list, remove and export the articles the dashboard analyses.",
    )
    commands = corpus.add_subparsers(dest="corpus_command", metavar="COMMAND", required=True)

    add = commands.add_parser("add", help="add .txt/.html files or folders of them")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files, or folders of .txt/.html/.htm files")
    add.add_argument("--force", action="store_true", help="also add texts that contain no Arabic letters")
    add.add_argument(
        "--max-bytes", type=_positive_int, default=MAX_BYTES, metavar="N", help=f"largest file accepted (default {MAX_BYTES:,})"
    )
    add.set_defaults(handler=reported(cmd_add))

    listing = commands.add_parser("list", help="list the stored articles")
    listing.add_argument("--format", choices=("table", "csv"), default="table", help="table (default) or csv")
    listing.set_defaults(handler=reported(cmd_list))

    remove = commands.add_parser("remove", help="remove one article")
    remove.add_argument("doc_id", metavar="DOC_ID")
    remove.set_defaults(handler=reported(cmd_remove))

    export = commands.add_parser("export", help="write the articles and metadata.csv to a folder")
    export.add_argument("folder", type=Path, metavar="DIR")
    export.set_defaults(handler=reported(cmd_export))

    for parser in (add, listing, remove, export):
        add_db_option(parser)
    return corpus


def open_store(db: Path | None) -> CorpusStore:
    """The store at ``db`` (or the default), seeded the first time (:func:`analysis.corpus.seeds.open_store`),
    saying on stderr what the seeding did."""
    return seeds.open_store(db, report=_report_seeding)


def _report_seeding(seeding: seeds.Seeding) -> None:
    print_problems(seeding.problems)
    if seeding.added:
        say(f"note: the new corpus starts with {len(seeding.added)} articles from seeds/", error=True)


def cmd_add(args: argparse.Namespace) -> int:
    """``corpus add PATH... [--force] [--max-bytes N]``."""
    store = open_store(args.db)
    documents, problems = ingest_paths(args.paths, max_bytes=args.max_bytes, force=args.force)
    report = store.add(documents)
    asked_for = {given: asked for asked, given in report.renamed}
    for doc in report.added:
        note = f" (asked for id {asked_for[doc.doc_id]})" if doc.doc_id in asked_for else ""
        say(f"added {doc.doc_id}: ", doc.source, note)
    for duplicate in report.duplicates:
        say("skipped ", duplicate.document.source, f": the same text is already stored as {duplicate.existing_id}")
    print_problems(problems)
    say(f"{len(report.added)} added, {len(report.duplicates)} already stored, {len(problems)} with problems")
    return 1 if problems else 0


def cmd_list(args: argparse.Namespace) -> int:
    """``corpus list [--format table|csv]``: csv is a header, then one row per article."""
    frame = open_store(args.db).list()
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(LIST_COLUMNS)
        writer.writerows(frame[LIST_COLUMNS].itertuples(index=False, name=None))
    elif frame.empty:
        say("The corpus is empty.")
    else:
        table = frame[_TABLE_COLUMNS].copy()
        for column in ("title", "outlet", "source"):
            # Escaped cell by cell: the table's own line breaks must stay.
            table[column] = [printable(value) for value in table[column]]
        table["title"] = [_shorten(title) for title in table["title"]]
        print(table.to_string(index=False))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """``corpus remove DOC_ID``."""
    store = open_store(args.db)
    try:
        store.remove(args.doc_id)
    except UnknownDocumentError as exc:
        print_problems([IngestProblem(args.doc_id, str(exc))])
        return 1
    say("removed ", args.doc_id)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """``corpus export DIR``: texts as ``<doc_id>.txt`` and a ``metadata.csv``, re-importable."""
    written = open_store(args.db).export(args.folder)
    say(f"exported {len(written)} articles to ", args.folder)
    return 0


def _shorten(text: str) -> str:
    return text if len(text) <= _TABLE_MAX_WIDTH else text[: _TABLE_MAX_WIDTH - 1] + "…"


def _positive_int(value: str) -> int:
    """An argparse type: a whole number above zero (anything else is a usage error, exit 2)."""
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not above zero")
    return number


__all__ = [
    "add_corpus_commands",
    "add_db_option",
    "cmd_add",
    "cmd_export",
    "cmd_list",
    "cmd_remove",
    "default_db_path",
    "open_store",
]
