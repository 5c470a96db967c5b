"""What the command line prints: one line per message, and one line for any failure.

Every line goes through :func:`analysis.explore.markup.printable`, so a file name with a line
break or an escape sequence in it stays on its line and cannot rewrite the terminal. A handler
wrapped in :func:`reported` never shows a traceback for what the system refused (a corrupt or
read-only database, a full disk, a path that is a file, a folder without permission): it prints
``error: <where>: <why>`` and exits 1.
"""

from __future__ import annotations

import argparse
import functools
import sqlite3
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from analysis.corpus.ingest import IngestProblem
from analysis.corpus.store import default_db_path
from analysis.explore.markup import printable

Handler = Callable[[argparse.Namespace], int]


def say(*parts: object, error: bool = False) -> None:
    """Print one line made of ``parts`` (each escaped) on stdout, or stderr with ``error``."""
    print("".join(printable(part) for part in parts), file=sys.stderr if error else sys.stdout)


def print_problems(problems: Iterable[IngestProblem]) -> None:
    """``error: <file>: <reason>`` (or ``warning: …``) on stderr, one line each."""
    for problem in problems:
        say(f"{problem.severity}: ", problem.source, ": ", problem.reason, error=True)


def reported(handler: Handler) -> Handler:
    """``handler`` with the failures the system causes turned into one ``error:`` line and exit 1."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except sqlite3.Error as exc:
            db = getattr(args, "db", None) or default_db_path()
            print_problems([IngestProblem(str(db), f"The corpus database cannot be used ({_sqlite_reason(exc)}).")])
        except OSError as exc:
            # A failed write (a full disk) names no file: the output the command was writing then.
            where = next((w for w in (exc.filename, getattr(args, "out", None), getattr(args, "folder", None)) if w), "")
            reason = exc.strerror or str(exc)
            print_problems([IngestProblem(str(where), f"{reason[:1].upper()}{reason[1:]}.")])
        return 1

    return run


def _sqlite_reason(exc: sqlite3.Error) -> str:
    """SQLite's own words, with what they mean where it is terse."""
    text = str(exc)
    hints = {
        "file is not a database": "the file is not a Marsad database, or it is damaged",
        "attempt to write a readonly database": "the database is read-only",
        "database or disk is full": "the disk is full",
        "unable to open database file": "the database file or its folder cannot be opened",
    }
    return next((f"{text}: {hint}" for key, hint in hints.items() if key in text), text)


def lexicon_or_report(given: str | None):
    """The lexicon of ``--lexicon`` (else the active one) as ``(folder, Lexicon)``, or None after
    printing its problems one ``error:`` line each."""
    from analysis.lexicon.read import LexiconError, active_lexicon_dir, load_lexicon

    try:
        folder = Path(given) if given else active_lexicon_dir()
        return folder, load_lexicon(folder)
    except LexiconError as error:
        for problem in error.problems:
            say("error: ", problem, error=True)
        return None


def out_folder_problem(folder: Path) -> IngestProblem | None:
    """Why ``folder`` cannot take output files (it is a file), or None."""
    if folder.exists() and not folder.is_dir():
        return IngestProblem(str(folder), "This is a file, not a folder; give a folder for the output.")
    return None


__all__ = ["lexicon_or_report", "out_folder_problem", "print_problems", "reported", "say"]
