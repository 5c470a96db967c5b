"""Tests for analysis.corpus.store against real SQLite files: duplicates, ids, export, seeding, transactions."""

from __future__ import annotations

import csv
import multiprocessing
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.corpus.documents import SEEDS_DIR, Document
from analysis.corpus.ingest import ingest_paths
from analysis.corpus.store import LIST_COLUMNS, CorpusStore, UnknownDocumentError, content_hash, default_db_path

SENTENCE = "وقال لافروف في مستهل لقائه مع حفتر"
N_EACH = 150  # enough adds that the two processes really contend for the write lock


@pytest.fixture
def store(tmp_path: Path) -> CorpusStore:
    return CorpusStore(tmp_path / "corpus.sqlite3")


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    documents, problems = ingest_paths([SEEDS_DIR])
    assert problems == []
    return documents


def doc(doc_id: str, text: str, **fields: str) -> Document:
    return Document(doc_id=doc_id, text=text, source=f"{doc_id}.txt", **fields)


def test_adding_the_same_text_twice_keeps_one_row(store: CorpusStore, seed_docs: list[Document]) -> None:
    first = store.add([seed_docs[0]])
    again = store.add([seed_docs[0]])
    assert [d.doc_id for d in first.added] == ["000_6e8e4df2958d8f13"]
    assert again.added == ()
    assert [(d.document.doc_id, d.existing_id) for d in again.duplicates] == [("000_6e8e4df2958d8f13", "000_6e8e4df2958d8f13")]
    assert len(store) == 1


def test_same_text_under_another_id_is_a_duplicate(store: CorpusStore) -> None:
    report = store.add([doc("a", SENTENCE), doc("b", SENTENCE)])
    assert [d.doc_id for d in report.added] == ["a"]
    assert [(d.document.doc_id, d.existing_id) for d in report.duplicates] == [("b", "a")]


def test_taken_id_with_a_different_text_gets_a_suffix(store: CorpusStore) -> None:
    store.add([doc("lavrov", SENTENCE)])
    report = store.add([doc("lavrov", SENTENCE + "."), doc("lavrov", SENTENCE + "!")])
    assert [d.doc_id for d in report.added] == ["lavrov_2", "lavrov_3"]
    assert report.renamed == (("lavrov", "lavrov_2"), ("lavrov", "lavrov_3"))
    assert store.get("lavrov").text == SENTENCE
    assert store.get("lavrov_2").text == SENTENCE + "."


def test_unsafe_ids_are_made_safe(store: CorpusStore) -> None:
    report = store.add([doc("../../evil", SENTENCE)])
    assert report.added[0].doc_id == "evil"
    assert store.get("evil").text == SENTENCE


def test_everything_survives_reopening(tmp_path: Path, seed_docs: list[Document]) -> None:
    path = tmp_path / "corpus.sqlite3"
    CorpusStore(path).add(seed_docs)
    assert CorpusStore(path).documents() == seed_docs


def test_list_has_doc_id_first_and_no_text(store: CorpusStore, seed_docs: list[Document]) -> None:
    store.add(seed_docs)
    frame = store.list()
    assert list(frame.columns) == LIST_COLUMNS
    assert frame.columns[0] == "doc_id"
    assert "text" not in frame.columns
    assert frame["doc_id"].tolist() == ["000_6e8e4df2958d8f13", "004_de159ab6a08af78c"]
    assert frame["outlet"].tolist() == ["", "العربي الجديد"]
    assert frame["n_chars"].tolist() == [len(seed_docs[0].text), len(seed_docs[1].text)]
    assert frame["added_at"].str.endswith("Z").all()


def test_empty_list_still_has_its_columns(store: CorpusStore) -> None:
    frame = store.list()
    assert frame.empty
    assert list(frame.columns) == LIST_COLUMNS


def test_documents_come_in_added_order_then_by_id(store: CorpusStore) -> None:
    store.add([doc("zeta", "نص أول"), doc("alpha", "نص ثان")])
    store.add([doc("aardvark", "نص ثالث")])
    assert [d.doc_id for d in store.documents()] == ["alpha", "zeta", "aardvark"]


def test_get_and_remove(store: CorpusStore, seed_docs: list[Document]) -> None:
    store.add(seed_docs)
    assert store.get("004_de159ab6a08af78c") == seed_docs[1]
    assert store.get("nope") is None
    store.remove("004_de159ab6a08af78c")
    assert store.get("004_de159ab6a08af78c") is None
    assert [d.doc_id for d in store.documents()] == ["000_6e8e4df2958d8f13"]
    with pytest.raises(UnknownDocumentError, match="There is no document with id 'nope'"):
        store.remove("nope")


def test_update_metadata(store: CorpusStore, seed_docs: list[Document]) -> None:
    store.add(seed_docs)
    updated = store.update_metadata("000_6e8e4df2958d8f13", outlet="بوابة الوسط", date="2017-08")
    assert (updated.title, updated.outlet, updated.date) == (seed_docs[0].title, "بوابة الوسط", "2017-08")
    assert store.get("000_6e8e4df2958d8f13") == updated
    assert store.update_metadata("000_6e8e4df2958d8f13", title="").title == ""
    assert store.update_metadata("000_6e8e4df2958d8f13", date="٢٠١٧-٠٨-١٤").date == "2017-08-14"
    with pytest.raises(ValueError, match="14/08/2017"):
        store.update_metadata("000_6e8e4df2958d8f13", date="14/08/2017")
    with pytest.raises(UnknownDocumentError):
        store.update_metadata("nope", title="x")


def test_export_then_reimport_gives_identical_texts(tmp_path: Path, store: CorpusStore, seed_docs: list[Document]) -> None:
    windows_lines = doc("crlf", "سطر أول\r\nسطر ثان\r\n", title="عنوان", date="2020")
    store.add([*seed_docs, windows_lines])
    written = store.export(tmp_path / "out")

    assert [p.name for p in written] == ["000_6e8e4df2958d8f13.txt", "004_de159ab6a08af78c.txt", "crlf.txt"]
    assert (tmp_path / "out" / "crlf.txt").read_bytes() == "سطر أول\r\nسطر ثان\r\n".encode("utf-8")
    with (tmp_path / "out" / "metadata.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    with (SEEDS_DIR / "metadata.csv").open(encoding="utf-8", newline="") as handle:
        assert header == next(csv.reader(handle)) == ["file", "title", "outlet", "date", "language"]

    documents, problems = ingest_paths([tmp_path / "out"])
    assert problems == []
    assert [(d.doc_id, d.text, d.title, d.outlet, d.date, d.language) for d in documents] == [
        (d.doc_id, d.text, d.title, d.outlet, d.date, d.language) for d in store.documents()
    ]
    fresh = CorpusStore(tmp_path / "fresh.sqlite3")
    assert len(fresh.add(documents).added) == 3
    assert [d.text for d in fresh.documents()] == [d.text for d in store.documents()]


def test_seeds_load_once_and_removed_seeds_stay_removed(store: CorpusStore, seed_docs: list[Document]) -> None:
    assert not store.seeded
    assert len(store.ensure_seeded(seed_docs).added) == 2
    store.remove("000_6e8e4df2958d8f13")
    assert store.ensure_seeded(seed_docs).added == ()
    assert [d.doc_id for d in store.documents()] == ["004_de159ab6a08af78c"]
    assert store.seeded


def test_a_store_with_the_analysts_documents_is_not_seeded(store: CorpusStore, seed_docs: list[Document]) -> None:
    store.add([doc("mine", SENTENCE)])
    assert store.ensure_seeded(seed_docs).added == ()
    assert [d.doc_id for d in store.documents()] == ["mine"]
    assert store.seeded


def test_a_failure_mid_batch_leaves_the_store_as_it_was(tmp_path: Path, store: CorpusStore) -> None:
    store.add([doc("before", "نص سابق")])
    # A real failing insert: SQLite itself refuses the second document of the batch.
    with sqlite3.connect(store.path) as conn:
        conn.execute(
            "CREATE TRIGGER refuse_bad BEFORE INSERT ON documents WHEN NEW.doc_id = 'bad'"
            " BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END"
        )
    conn.close()
    with pytest.raises(sqlite3.IntegrityError, match="refused by test trigger"):
        store.add([doc("good", "نص جيد"), doc("bad", "نص سيئ"), doc("after", "نص لاحق")])
    assert [d.doc_id for d in store.documents()] == ["before"]
    # The store still works after the rollback.
    assert [d.doc_id for d in store.add([doc("good", "نص جيد")]).added] == ["good"]


def _add_from_another_process(path: str, worker: int, start: multiprocessing.synchronize.Event) -> None:
    store = CorpusStore(path)
    start.wait()
    for i in range(N_EACH):
        # Both workers ask for the same ids with different texts: the id check must be atomic too.
        store.add([Document(doc_id=f"shared_{i}", text=f"نص {worker} رقم {i}")])


def test_two_processes_adding_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "corpus.sqlite3"
    CorpusStore(path)
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_add_from_another_process, args=(str(path), n, start)) for n in (1, 2)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0, 0]

    documents = CorpusStore(path).documents()
    assert len(documents) == 2 * N_EACH
    assert {d.text for d in documents} == {f"نص {w} رقم {i}" for w in (1, 2) for i in range(N_EACH)}
    assert {d.doc_id for d in documents} == {f"shared_{i}" for i in range(N_EACH)} | {f"shared_{i}_2" for i in range(N_EACH)}


def test_content_hash_is_sha256_of_utf8() -> None:
    assert content_hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_journal_is_wal(store: CorpusStore) -> None:
    store.add([doc("a", SENTENCE)])
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_default_db_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MARSAD_DB", raising=False)
    assert default_db_path() == Path(__file__).resolve().parents[2] / "marsad.sqlite3"
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "elsewhere.sqlite3"))
    assert default_db_path() == tmp_path / "elsewhere.sqlite3"


def test_fingerprint_changes_with_the_corpus_and_only_then(store: CorpusStore, seed_docs: list[Document]) -> None:
    empty = store.fingerprint()
    store.add(seed_docs)
    full = store.fingerprint()
    assert full != empty and store.fingerprint() == full == CorpusStore(store.path).fingerprint()
    doc_id = seed_docs[0].doc_id
    store.update_metadata(doc_id, title="another title")
    retitled = store.fingerprint()
    assert retitled not in (empty, full)
    store.remove(doc_id)
    assert store.fingerprint() not in (empty, full, retitled)


def test_the_test_run_keeps_the_default_store_out_of_the_checkout() -> None:
    # The session fixture in conftest.py moves it; a page run under AppTest opens this path.
    assert not default_db_path().resolve().is_relative_to(Path(__file__).resolve().parents[2])


def test_a_long_id_exports_under_a_bounded_name_and_comes_back(tmp_path: Path, store: CorpusStore) -> None:
    # 200 Arabic letters are 400 bytes: more than the 255 a file name may have.
    long_id = "تقرير" * 40
    store.add([doc(long_id, SENTENCE), doc(long_id + "ب", SENTENCE + ".")])
    written = store.export(tmp_path / "out")
    names = [p.name for p in written]
    assert all(len(name.encode("utf-8")) <= 120 and name.endswith(".txt") for name in names)
    assert names[0].startswith("تقرير" * 10) and names[0] != names[1]
    assert [p.read_text(encoding="utf-8") for p in written] == [SENTENCE, SENTENCE + "."]
    with (tmp_path / "out" / "metadata.csv").open(encoding="utf-8", newline="") as handle:
        assert [row["file"] for row in csv.DictReader(handle)] == names
    documents, problems = ingest_paths([tmp_path / "out"])
    assert problems == [] and [d.text for d in documents] == [SENTENCE, SENTENCE + "."]


def test_an_export_that_fails_midway_leaves_no_half_folder(tmp_path: Path, store: CorpusStore) -> None:
    # A real write failure: the command runs with a file-size limit (RLIMIT_FSIZE) that the
    # second text exceeds, so writing it fails with EFBIG after the first was written.
    store.add([doc("short", SENTENCE), doc("long", (SENTENCE + "\n") * 1000)])
    out = tmp_path / "out"

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write instead of killing the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    result = subprocess.run(
        [sys.executable, "-m", "analysis", "corpus", "export", str(out), "--db", str(store.path)],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, preexec_fn=limit_file_size,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"error: {out}: File too large."]
    assert not out.exists()
    # No staging folder left behind (SQLite's own -wal and -shm files may sit beside the store).
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("corpus.sqlite3")] == []


def test_opening_and_reading_take_no_write_lock(tmp_path: Path, seed_docs: list[Document]) -> None:
    path = tmp_path / "corpus.sqlite3"
    CorpusStore(path).add(seed_docs)
    # Another process's batch holds the write lock; the dashboard rerunning must not wait for it.
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        store = CorpusStore(path)
        assert [d.doc_id for d in store.documents()] == [d.doc_id for d in seed_docs]
        assert len(store) == 2 and store.fingerprint() and not store.seeded
        assert time.monotonic() - started < 5
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_store_on_a_read_only_file_can_be_read_and_refuses_writes(tmp_path: Path, seed_docs: list[Document]) -> None:
    path = tmp_path / "corpus.sqlite3"
    CorpusStore(path).add(seed_docs)
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not permitted here (needs root on a filesystem with attributes)")
    try:
        store = CorpusStore(path)
        assert [d.doc_id for d in store.documents()] == [d.doc_id for d in seed_docs]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.add([doc("new", SENTENCE)])
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    assert len(CorpusStore(path)) == 2


def test_the_schema_is_written_only_into_a_file_without_it(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()  # an empty file is an empty SQLite database: it gets the schema
    assert len(CorpusStore(empty)) == 0
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x TEXT)")
    conn.close()
    assert len(CorpusStore(other)) == 0  # the tables are added beside what was there
    with sqlite3.connect(other) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert tables == {"notes", "documents", "meta"}


def test_the_date_source_is_stored_and_follows_an_edit(store: CorpusStore) -> None:
    read = Document("read", "موسكو في ١٤ آب/أغسطس ٢٠١٧: قال لافروف إن الحوار مستمر.", date="2017-08-14", date_source="text")
    store.add([read])
    assert store.get("read").date_source == "text"
    assert list(store.list()[["date", "date_source"]].iloc[0]) == ["2017-08-14", "text"]
    assert store.update_metadata("read", date="2017-08").date_source == "metadata"  # the analyst typed it
    assert store.update_metadata("read", title="عنوان").date_source == "metadata"
    assert store.update_metadata("read", date="").date_source == ""


def test_a_store_written_before_date_source_gains_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "CREATE TABLE documents (doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, text TEXT NOT NULL,"
            " title TEXT NOT NULL DEFAULT '', outlet TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',"
            " source TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', added_at TEXT NOT NULL);"
            " CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        )
        rows = [
            ("in_text", "طرابلس 2024-5-2 (رويترز) قال الدبيبة إن الحوار مستمر.", "2024-05-02"),
            ("given", "قال الدبيبة إن الحوار مستمر.", "2023"),
            ("undated", "قال المنفي إن الحوار مستمر.", ""),
        ]
        for n, (doc_id, text, date) in enumerate(rows):
            conn.execute(
                "INSERT INTO documents VALUES (?, ?, ?, '', '', ?, 'x.txt', 'ar', ?)", (doc_id, str(n), text, date, f"t{n}")
            )
    conn.close()
    store = CorpusStore(path)
    assert [(d.doc_id, d.date, d.date_source) for d in store.documents()] == [
        ("in_text", "2024-05-02", "text"), ("given", "2023", "metadata"), ("undated", "", ""),
    ]
