"""Tests for analysis.cli.corpus: the corpus subcommands run through a real argparse parser."""

from __future__ import annotations

import argparse
import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from analysis.cli.corpus import add_corpus_commands, add_db_option, default_db_path
from analysis.corpus.store import CorpusStore

SENTENCE = "وقال لافروف في مستهل لقائه مع حفتر"
SEED_IDS = ["000_6e8e4df2958d8f13", "004_de159ab6a08af78c"]
CSV_HEADER = "doc_id,title,outlet,date,date_source,source,language,n_chars,added_at"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "corpus.sqlite3"


def run(*argv: str) -> int:
    """Parse and run a command as ``python -m analysis`` would."""
    parser = argparse.ArgumentParser(prog="analysis")
    add_corpus_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.handler(args)


def listed_ids(db: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert run("corpus", "list", "--format", "csv", "--db", str(db)) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    return [row["doc_id"] for row in rows]


def test_list_csv_on_a_new_store_shows_the_seeds(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("corpus", "list", "--format", "csv", "--db", str(db)) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == CSV_HEADER
    assert [line.split(",")[0] for line in lines[1:]] == SEED_IDS
    assert "2024" in lines[2]
    assert captured.err == "note: the new corpus starts with 2 articles from seeds/\n"


def test_list_table(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("corpus", "list", "--db", str(db)) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["doc_id", "title", "outlet", "date", "source", "n_chars"]
    assert "004_de159ab6a08af78c" in out


def test_add_good_and_bad_adds_the_good_and_exits_1(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d"))
    (tmp_path / "english.txt").write_text("Lavrov met Haftar.", encoding="utf-8")

    code = run("corpus", "add", str(tmp_path / "good.txt"), str(tmp_path / "scan.txt"), str(tmp_path / "english.txt"), "--db", str(db))

    captured = capsys.readouterr()
    assert code == 1
    problems = [line for line in captured.err.splitlines() if not line.startswith("note:")]
    assert problems == [
        "error: scan.txt: The file looks binary (it contains NUL bytes), not like text.",
        "warning: english.txt: The text contains no Arabic letters, so it was not added (force it to add it anyway).",
    ]
    assert "added good: good.txt" in captured.out
    assert listed_ids(db, capsys) == [*SEED_IDS, "good"]


def test_add_only_good_files_exits_0_and_a_repeat_reports_duplicates(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    assert run("corpus", "add", str(tmp_path), "--db", str(db)) == 0
    capsys.readouterr()
    assert run("corpus", "add", str(tmp_path), "--db", str(db)) == 0
    captured = capsys.readouterr()
    assert "skipped good.txt: the same text is already stored as good" in captured.out
    assert captured.err == ""


def test_force_and_max_bytes(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "english.txt").write_text("Lavrov met Haftar.", encoding="utf-8")
    (tmp_path / "long.txt").write_text(SENTENCE * 10, encoding="utf-8")
    assert run("corpus", "add", str(tmp_path / "english.txt"), "--force", "--db", str(db)) == 0
    assert run("corpus", "add", str(tmp_path / "long.txt"), "--max-bytes", "100", "--db", str(db)) == 1
    assert "error: long.txt: The file is 620 bytes, over the limit of 100 bytes." in capsys.readouterr().err
    assert listed_ids(db, capsys) == [*SEED_IDS, "english"]


def test_remove(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("corpus", "remove", SEED_IDS[0], "--db", str(db)) == 0
    assert run("corpus", "remove", "nope", "--db", str(db)) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "error: nope: There is no document with id 'nope'."
    # A removed seed does not come back on the next use.
    assert listed_ids(db, capsys) == [SEED_IDS[1]]


def test_export_folder_can_be_added_back(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "export"
    assert run("corpus", "export", str(out), "--db", str(db)) == 0
    assert sorted(p.name for p in out.iterdir()) == [f"{SEED_IDS[0]}.txt", f"{SEED_IDS[1]}.txt", "metadata.csv"]

    other = tmp_path / "other.sqlite3"
    CorpusStore(other).ensure_seeded([])  # a store that wants no seeds of its own
    assert run("corpus", "add", str(out), "--db", str(other)) == 0
    # Everything comes back but the source, which is now the exported file.
    assert CorpusStore(other).documents() == [replace(doc, source=f"{doc.doc_id}.txt") for doc in CorpusStore(db).documents()]


@pytest.mark.parametrize(
    "argv",
    [
        ["corpus"],
        ["corpus", "add"],
        ["corpus", "add", "x.txt", "--max-bytes", "0"],
        ["corpus", "list", "--format", "xml"],
        ["corpus", "remove"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(*argv)
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_db_option_defaults_to_the_env_var(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    add_db_option(parser)
    assert parser.parse_args([]).db is None
    assert parser.parse_args(["--db", "x.sqlite3"]).db == Path("x.sqlite3")

    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "from_env.sqlite3"))
    assert default_db_path() == tmp_path / "from_env.sqlite3"
    assert run("corpus", "list") == 0
    assert (tmp_path / "from_env.sqlite3").exists()


def test_unopenable_database_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "missing-folder" / "corpus.sqlite3"
    assert run("corpus", "list", "--db", str(db)) == 1
    err = capsys.readouterr().err
    assert err == (
        f"error: {db}: The corpus database cannot be used "
        "(unable to open database file: the database file or its folder cannot be opened).\n"
    )


def test_control_characters_in_file_names_stay_on_their_line(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "two\nlines.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "red\x1b[31m.txt").write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d"))
    assert run("corpus", "add", str(tmp_path / "two\nlines.txt"), str(tmp_path / "red\x1b[31m.txt"), "--db", str(db)) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["added two_lines: two\\nlines.txt", "1 added, 0 already stored, 1 with problems"]
    assert captured.err.splitlines()[-1] == "error: red\\x1b[31m.txt: The file looks binary (it contains NUL bytes), not like text."
