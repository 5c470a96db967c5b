"""The persistent corpus: the analyst's documents in one SQLite file that survives restarts.

Shared by the ``corpus`` CLI and the dashboard. A text is stored once (by the SHA-256 of its
text); adding it again is reported as a duplicate. Every write is one transaction, and the
database runs in WAL mode with a busy timeout, so two processes adding at once lose nothing.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from analysis.arabic.dates import parse_date
from analysis.corpus.documents import _UNSAFE_ID, DATE_FROM_METADATA, DATE_FROM_TEXT, METADATA_FILE, Document
from analysis.corpus.metadata import date_from_text

DB_ENV_VAR = "MARSAD_DB"
DB_FILE_NAME = "marsad.sqlite3"
REPO_ROOT = Path(__file__).resolve().parents[2]
# Long enough to outwait another process's batch add; short enough that a stuck lock is reported.
BUSY_TIMEOUT_SECONDS = 30.0

LIST_COLUMNS = ["doc_id", "title", "outlet", "date", "date_source", "source", "language", "n_chars", "added_at"]
EXPORT_COLUMNS = ["file", "title", "outlet", "date", "language"]
# What a Document is read from, in its fields' order (see _document).
_DOCUMENT_COLUMNS = "doc_id, text, title, outlet, date, date_source, source, language"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    date_source TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class UnknownDocumentError(LookupError):
    """No document in the store has the given id."""


@dataclass(frozen=True)
class Duplicate:
    """A document that was not added because the store already holds its exact text."""

    document: Document
    existing_id: str


@dataclass(frozen=True)
class AddReport:
    """What :meth:`CorpusStore.add` did with each document offered.

    ``added`` holds the documents as stored: an id already taken by a different text gets a
    suffix (``lavrov`` → ``lavrov_2``), listed in ``renamed`` as ``(asked, given)`` pairs.
    """

    added: tuple[Document, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()


def default_db_path() -> Path:
    """``$MARSAD_DB`` if set, else ``marsad.sqlite3`` in the repository root (gitignored)."""
    configured = os.environ.get(DB_ENV_VAR, "").strip()
    return Path(configured) if configured else REPO_ROOT / DB_FILE_NAME


def content_hash(text: str) -> str:
    """The SHA-256 of a text's UTF-8 bytes, which identifies it in the store."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


class CorpusStore:
    """The documents in one SQLite file.

    Each call opens its own short-lived connection, so one store object may be shared by the
    dashboard's threads and several processes may use the same file.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        """Open the store at ``path`` (None means :func:`default_db_path`).

        Opening only reads: the dashboard builds a store on every rerun, and that must not queue
        behind another process's batch for the write lock. The schema is written only into a
        file that does not exist yet or lacks it.
        """
        self.path = Path(path) if path is not None else default_db_path()
        if not self._has_schema():
            with self._transaction() as conn:
                # Not executescript(): it commits first, which would end our transaction.
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                _add_date_source(conn)

    def _has_schema(self) -> bool:
        if not self.path.is_file():
            return False
        with self._reading() as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return {"documents", "meta"} <= tables and "date_source" in _document_columns(conn)

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> pd.DataFrame:
        """One row per document, ``doc_id`` first, without the text (``n_chars`` is its length)."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT doc_id, title, outlet, date, date_source, source, language, length(text) AS n_chars,"
                " added_at FROM documents ORDER BY added_at, doc_id"
            ).fetchall()
        frame = pd.DataFrame([tuple(row) for row in rows], columns=LIST_COLUMNS)
        return frame.astype({"n_chars": "int64"})

    def documents(self) -> list[Document]:
        """Every document, in the order they were added, then by id."""
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents"
                " ORDER BY added_at, doc_id"
            ).fetchall()
        return [_document(row) for row in rows]

    def documents_with_ids(self, doc_ids: Iterable[str]) -> list[Document]:
        """The documents of ``doc_ids`` that exist, in :meth:`documents`' order."""
        wanted = sorted(set(doc_ids))
        rows = []
        with self._reading() as conn:
            # In slices: SQLite limits the parameters of one statement.
            for start in range(0, len(wanted), 500):
                part = wanted[start:start + 500]
                rows += conn.execute(
                    f"SELECT added_at, {_DOCUMENT_COLUMNS} FROM documents"
                    f" WHERE doc_id IN ({', '.join('?' * len(part))})",
                    part,
                ).fetchall()
        return [_document(row[1:]) for row in sorted(rows, key=lambda row: (row[0], row[1]))]

    def texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The texts of ``doc_ids`` that exist, by id, without the rest of their rows: what a
        page reads for the sentences it shows (:class:`analysis.extract.texts.StoreTexts`)."""
        wanted = list(dict.fromkeys(doc_ids))
        found: dict[str, str] = {}
        with self._reading() as conn:
            # In slices: SQLite limits the parameters of one statement.
            for start in range(0, len(wanted), 500):
                part = wanted[start:start + 500]
                found.update(conn.execute(
                    f"SELECT doc_id, text FROM documents WHERE doc_id IN ({', '.join('?' * len(part))})", part,
                ).fetchall())
        return {doc_id: found[doc_id] for doc_id in wanted if doc_id in found}

    def index(self) -> list[tuple[str, ...]]:
        """Every document as ``(doc_id, content_hash, title, outlet, date, date_source, source, language)``, in
        :meth:`documents`' order: what identifies each text and its metadata, without the texts."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT doc_id, content_hash, title, outlet, date, date_source, source, language FROM documents"
                " ORDER BY added_at, doc_id"
            ).fetchall()
        return [tuple(row) for row in rows]

    def fingerprint(self) -> str:
        """A digest of every document's id, content hash and metadata, in :meth:`documents`'
        order: it changes when an article is added, removed, edited or re-dated, and costs one
        query without the texts."""
        # repr() quotes and escapes every field, so no two lists of rows give the same text.
        return hashlib.sha1(repr(self.index()).encode("utf-8", errors="surrogatepass")).hexdigest()

    def get(self, doc_id: str) -> Document | None:
        """The document with this id, or None."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents"
                " WHERE doc_id = ?",
                (doc_id,),
            ).fetchone()
        return _document(row) if row else None

    def __len__(self) -> int:
        with self._reading() as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    @property
    def seeded(self) -> bool:
        """Whether the seeds were ever offered to this store (even if since removed)."""
        with self._reading() as conn:
            return _is_seeded(conn)

    # -- writing ---------------------------------------------------------------------------

    def add(self, docs: Iterable[Document]) -> AddReport:
        """Add documents in one transaction: all of them go in, or (on an error) none.

        Returns:
            Which were added (with their final ids) and which were duplicates of a stored text.
        """
        docs = list(docs)
        with self._transaction() as conn:
            return _insert(conn, docs, added_at=_now())

    def ensure_seeded(self, seed_documents: Iterable[Document]) -> AddReport:
        """Load the seeds into a store that has never been seeded and is empty.

        The store remembers that it was seeded, so seeds the analyst removed do not come back;
        a store that already holds the analyst's own documents is marked seeded and left alone.
        """
        seed_documents = list(seed_documents)
        with self._transaction() as conn:
            if _is_seeded(conn):
                return AddReport()
            empty = conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
            report = _insert(conn, seed_documents, added_at=_now()) if empty else AddReport()
            conn.execute("INSERT INTO meta (key, value) VALUES ('seeded_at', ?)", (_now(),))
            return report

    def remove(self, doc_id: str) -> None:
        """Delete one document; :class:`UnknownDocumentError` if there is none with this id."""
        with self._transaction() as conn:
            if conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,)).rowcount == 0:
                raise UnknownDocumentError(f"There is no document with id {doc_id!r}.")

    def update_metadata(
        self,
        doc_id: str,
        *,
        title: str | None = None,
        outlet: str | None = None,
        date: str | None = None,
    ) -> Document:
        """Change a document's title, outlet or date (None leaves a field, "" clears it).

        Raises:
            UnknownDocumentError: no document has this id.
            DateError: ``date`` is not a date (see :func:`analysis.arabic.dates.parse_date`).
        """
        if date is not None:
            date = parse_date(date)  # ٢٠٢٤-٠٥ is stored as 2024-05
        date_source = None if date is None else DATE_FROM_METADATA if date else ""
        changes = {
            key: value
            for key, value in (("title", title), ("outlet", outlet), ("date", date), ("date_source", date_source))
            if value is not None
        }
        with self._transaction() as conn:
            if changes:
                assignments = ", ".join(f"{key} = ?" for key in changes)  # keys are the fixed names above
                conn.execute(f"UPDATE documents SET {assignments} WHERE doc_id = ?", (*changes.values(), doc_id))
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id = ?",
                (doc_id,),
            ).fetchone()
            if row is None:
                raise UnknownDocumentError(f"There is no document with id {doc_id!r}.")
            return _document(row)

    def export(self, folder: str | os.PathLike[str]) -> list[Path]:
        """Write each text as ``<doc_id>.txt`` (UTF-8, exactly as stored) plus ``metadata.csv``.

        The folder has the layout of ``seeds/``, so it can be added back with ``corpus add``.
        File names are the ids made safe and bounded (:func:`export_file_name`). Everything is
        written to a temporary folder beside ``folder`` first and moved into place only when
        complete, so a failure (a full disk) leaves no half export; files of the same names
        already in ``folder`` are replaced.

        Returns:
            The text files written, in the store's order.
        """
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".marsad-export-", dir=folder.parent))
        try:
            names, rows = [], []
            for doc in self.documents():
                name = export_file_name(doc.doc_id, taken=names)
                # newline="" writes the text byte for byte: no \n → \r\n on Windows.
                with (staging / name).open("w", encoding="utf-8", newline="") as handle:
                    handle.write(doc.text)
                names.append(name)
                rows.append({"file": name, "title": doc.title, "outlet": doc.outlet, "date": doc.date, "language": doc.language})
            with (staging / METADATA_FILE).open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)
            if not folder.exists():
                os.rename(staging, folder)  # one step: the folder appears complete or not at all
            else:
                for name in [*names, METADATA_FILE]:
                    os.replace(staging / name, folder / name)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return [folder / name for name in names]

    # -- connections -----------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection (``mode=ro``): reading never writes, so it needs no write
        access to the file and takes no lock a writer waits for (WAL lets reads run beside a write)."""
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        with closing(conn):
            yield conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """The one way to write: a transaction, committed on success and rolled back on any error."""
        # isolation_level=None: no implicit transactions; BEGIN IMMEDIATE is said below.
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        with closing(conn):
            conn.execute("PRAGMA journal_mode = WAL")
            # IMMEDIATE takes the write lock up front, so the duplicate and id checks and the
            # inserts that follow them cannot interleave with another process's batch.
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                # Some errors (e.g. a full disk) already end the transaction in SQLite itself.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")


# Well under the 255 bytes most file systems allow a name, leaving room for a prefix or a copy's suffix.
MAX_FILE_NAME_BYTES = 120


def export_file_name(doc_id: str, *, taken: Iterable[str] = ()) -> str:
    """``<doc_id>.txt`` with the id made safe (as ids are when added) and at most
    :data:`MAX_FILE_NAME_BYTES` bytes: a longer id keeps its start and gets a short hash of the
    whole id, so two long ids that begin alike still get two names."""
    stem = _safe_id(doc_id)
    suffix = ".txt"
    if len((stem + suffix).encode("utf-8")) > MAX_FILE_NAME_BYTES:
        digest = hashlib.sha1(doc_id.encode("utf-8", errors="surrogatepass")).hexdigest()[:10]
        budget = MAX_FILE_NAME_BYTES - len(f"_{digest}{suffix}")
        # Cut whole characters: an Arabic letter is two bytes and must not be split.
        stem = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip("_") + f"_{digest}"
    name, taken, n = stem + suffix, set(taken), 1
    while name in taken:
        n += 1
        name = f"{stem}_{n}{suffix}"
    return name


def _insert(conn: sqlite3.Connection, docs: list[Document], *, added_at: str) -> AddReport:
    """Insert within the caller's transaction, skipping stored texts and renaming taken ids."""
    added: list[Document] = []
    duplicates: list[Duplicate] = []
    renamed: list[tuple[str, str]] = []
    for doc in docs:
        digest = content_hash(doc.text)
        existing = conn.execute("SELECT doc_id FROM documents WHERE content_hash = ?", (digest,)).fetchone()
        if existing:
            duplicates.append(Duplicate(doc, existing[0]))
            continue
        asked = _safe_id(doc.doc_id)
        doc_id = _free_id(conn, asked)
        if doc_id != doc.doc_id:
            renamed.append((doc.doc_id, doc_id))
        stored = replace(doc, doc_id=doc_id)
        conn.execute(
            "INSERT INTO documents (doc_id, content_hash, text, title, outlet, date, date_source, source, language, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, digest, doc.text, doc.title, doc.outlet, doc.date, doc.date_source, doc.source, doc.language, added_at),
        )
        added.append(stored)
    return AddReport(tuple(added), tuple(duplicates), tuple(renamed))


def _safe_id(doc_id: str) -> str:
    """The id with anything but letters, digits, _ and - replaced, as :func:`doc_id_for` does.

    Ids become export file names, so ``../x`` must not survive into the store.
    """
    return _UNSAFE_ID.sub("_", doc_id).strip("_") or "document"


def _free_id(conn: sqlite3.Connection, doc_id: str) -> str:
    """``doc_id``, or the first of ``doc_id_2``, ``doc_id_3``, … that no document has."""
    candidate, n = doc_id, 1
    while conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (candidate,)).fetchone():
        n += 1
        candidate = f"{doc_id}_{n}"
    return candidate


def _is_seeded(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = 'seeded_at'").fetchone() is not None


def _document_columns(conn: sqlite3.Connection) -> set[str]:
    return {row[1] for row in conn.execute("PRAGMA table_info(documents)")}


def _add_date_source(conn: sqlite3.Connection) -> None:
    """Give a store written before ``date_source`` existed that column: a stored date the text
    itself gives is taken to come from the text, any other from the metadata."""
    if "date_source" in _document_columns(conn):
        return
    conn.execute("ALTER TABLE documents ADD COLUMN date_source TEXT NOT NULL DEFAULT ''")
    for doc_id, text, date in conn.execute("SELECT doc_id, text, date FROM documents WHERE date != ''").fetchall():
        source = DATE_FROM_TEXT if date_from_text(text) == date else DATE_FROM_METADATA
        conn.execute("UPDATE documents SET date_source = ? WHERE doc_id = ?", (source, doc_id))


def _document(row: tuple[str, ...]) -> Document:
    doc_id, text, title, outlet, date, date_source, source, language = row
    return Document(doc_id=doc_id, text=text, title=title, outlet=outlet, date=date, date_source=date_source,
                    source=source, language=language)


def _now() -> str:
    """Now in UTC, ISO 8601 to the microsecond, so batches added in the same second keep their order."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


__all__ = [
    "AddReport",
    "CorpusStore",
    "Duplicate",
    "UnknownDocumentError",
    "content_hash",
    "default_db_path",
]
