"""The seed articles, and the policy for opening a store: a new store starts with them.

The seeds are read like any folder the analyst adds (:func:`analysis.corpus.ingest.ingest_paths`,
with ``metadata.csv``), so there is one way to read them. The CLI and the dashboard both open the
corpus through :func:`open_store`; what to say about the seeding (a note, a problem) is theirs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analysis.corpus.documents import SEEDS_DIR, Document
from analysis.corpus.ingest import IngestProblem, ingest_paths
from analysis.corpus.store import CorpusStore


@dataclass(frozen=True)
class Seeding:
    """What opening a store did with the seeds: the articles it started with, and the seed files
    that could not be read (both empty for a store that was seeded before)."""

    added: tuple[Document, ...] = ()
    problems: tuple[IngestProblem, ...] = ()


def seed_documents(folder: Path | str = SEEDS_DIR) -> tuple[list[Document], list[IngestProblem]]:
    """The seed articles (``seeds/`` with its ``metadata.csv``) in file-name order, and any problem."""
    folder = Path(folder)
    if not folder.is_dir():
        return [], []
    return ingest_paths([folder])


def load_seeds(folder: Path | str = SEEDS_DIR) -> list[Document]:
    """The seed articles alone, for the benchmark and for a dashboard without a store."""
    return seed_documents(folder)[0]


def open_store(
    db: str | os.PathLike[str] | None = None, *, report: Callable[[Seeding], None] | None = None, demo: bool = True,
) -> CorpusStore:
    """The store at ``db`` (default: :func:`analysis.corpus.store.default_db_path`), seeded the
    first time it is used; ``report`` hears what the seeding did, if it did anything.

    ``demo``: whether a new store starts with the seed articles. They are the shipped subject's
    demo; the store of a subject the analyst created starts empty.
    """
    store = CorpusStore(db)
    if store.seeded:
        return store  # the usual case: a read, no write lock
    documents, problems = seed_documents() if demo else ([], [])
    added = store.ensure_seeded(documents).added
    if report is not None and (added or problems):
        report(Seeding(tuple(added), tuple(problems)))
    return store


__all__ = ["Seeding", "load_seeds", "open_store", "seed_documents"]
