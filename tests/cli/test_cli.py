"""The ``python -m analysis analyze`` command, run as a user runs it."""

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


def run(*args, cwd=REPO):
    command = [sys.executable, "-m", "analysis", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True)


def read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_analyze_the_seeds_writes_the_five_frames(tmp_path):
    out = tmp_path / "out"
    result = run("analyze", str(SEEDS), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    for name, columns in {
        "documents": "doc_id,title,outlet,date,n_sentences,n_tokens,source",
        "mentions": "doc_id,sentence_id,actor_id,actor_name,actor_type,surface,start,end,match_kind",
        "topics": "doc_id,sentence_id,topic,term,surface,start,end",
        "topic_counts": "doc_id,topic,hits,per_1000_tokens",
        "stances": "doc_id,sentence_id,speaker_id,speaker_name,cue,polarity,target,quote,start,end",
    }.items():
        header = (out / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        assert set(columns.split(",")) <= set(header), name
    documents = {row["doc_id"]: row for row in read(out / "documents.csv")}
    assert documents["004_de159ab6a08af78c"]["text"] == (SEEDS / "004_de159ab6a08af78c.txt").read_text(encoding="utf-8")
    mentions = read(out / "mentions.csv")
    for row in mentions:
        text = documents[row["doc_id"]]["text"]
        assert text[int(row["start"]):int(row["end"])] == row["surface"]
    assert sum(row["actor_id"] == "lavrov" for row in mentions) == 13
    stances = read(out / "stances.csv")
    relay = next(row for row in stances if row["cue"] == "ونقل")
    assert (relay["speaker_id"], relay["speaker_name"]) == ("lafi", "Abdullah al-Lafi")
    assert json.loads((out / "provenance.json").read_text(encoding="utf-8"))["lexicon_version"]


def test_no_path_analyses_the_store_seeded_with_the_seeds(tmp_path):
    result = run("analyze", "--out", str(tmp_path / "out"), "--db", str(tmp_path / "corpus.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert len(read(tmp_path / "out" / "documents.csv")) == 2


def test_a_second_run_on_the_store_reads_the_stored_results(tmp_path):
    db = str(tmp_path / "corpus.sqlite3")
    first = run("analyze", "--out", str(tmp_path / "one"), "--db", db)
    assert "analysing 2/2\n" in first.stderr
    assert "analysed 2 new or changed documents, read 0 from the stored results" in first.stderr
    second = run("analyze", "--out", str(tmp_path / "two"), "--db", db)
    assert "analysing" not in second.stderr
    assert "analysed 0 new or changed documents, read 2 from the stored results" in second.stderr
    for name in ("mentions", "stances", "documents"):
        assert (tmp_path / "two" / f"{name}.csv").read_bytes() == (tmp_path / "one" / f"{name}.csv").read_bytes()


def test_bad_files_are_reported_one_line_each_and_good_ones_still_analysed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("وقال لافروف إن موسكو تدعم الحوار.", encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run("analyze", str(folder), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("error: ") for line in lines)
    assert [row["doc_id"] for row in read(tmp_path / "out" / "documents.csv")] == ["good"]


def test_invalid_lexicon_is_an_error_naming_file_and_line(tmp_path):
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    for path in (REPO / "data").glob("*.csv"):
        (lexicon / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with open(lexicon / "aliases.csv", "a", encoding="utf-8") as handle:
        handle.write("nobody,لافروف,name,,\n")
    result = run("analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--lexicon", str(lexicon))
    assert result.returncode == 1
    assert "error: aliases.csv:" in result.stderr and "unknown actor_id 'nobody'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_usage_error_exits_2(tmp_path):
    assert run("analyze").returncode == 2


def test_db_beside_paths_is_refused_not_ignored(tmp_path):
    db = tmp_path / "corpus.sqlite3"
    result = run("analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--db", str(db))
    assert result.returncode == 2
    assert result.stderr == (
        "error: --db names the store to analyse when no PATH is given; "
        "to add files to a store, run `corpus add PATH --db FILE` first\n"
    )
    assert not db.exists() and not (tmp_path / "out").exists()


def test_the_cli_csv_keeps_text_exact_even_where_a_spreadsheet_would_see_a_formula(tmp_path):
    """Offsets index the text column, so the CLI writes it as it is (the dashboard's downloads do not)."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = "=1+1 قال لافروف إن الوضع معقد."
    (folder / "formula.txt").write_text(text, encoding="utf-8")
    result = run("analyze", str(folder), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    documents = read(tmp_path / "out" / "documents.csv")
    assert documents[0]["text"] == text
    mention = next(row for row in read(tmp_path / "out" / "mentions.csv") if row["actor_id"] == "lavrov")
    assert text[int(mention["start"]):int(mention["end"])] == "لافروف"


# -- what the system refuses is one error line, never a traceback ---------------------------------------


def one_error_line(result) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_a_corrupt_database_is_one_error_line(tmp_path):
    db = tmp_path / "corpus.sqlite3"
    db.write_bytes(b"this is not a database, " * 100)
    line = one_error_line(run("analyze", "--out", str(tmp_path / "out"), "--db", str(db)))
    assert line == (
        f"error: {db}: The corpus database cannot be used (file is not a database: "
        "the file is not a Marsad database, or it is damaged)."
    )
    assert one_error_line(run("corpus", "list", "--db", str(db))) == line


def test_out_that_is_a_file_is_one_error_line(tmp_path):
    out = tmp_path / "frames.csv"
    out.write_text("keep me", encoding="utf-8")
    line = one_error_line(run("analyze", str(SEEDS), "--out", str(out)))
    assert line == f"error: {out}: This is a file, not a folder; give a folder for the output."
    assert out.read_text(encoding="utf-8") == "keep me"


def test_a_store_path_inside_a_file_is_one_error_line(tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    db = tmp_path / "afile" / "corpus.sqlite3"
    line = one_error_line(run("analyze", "--out", str(tmp_path / "out"), "--db", str(db)))
    assert line.startswith(f"error: {db}: The corpus database cannot be used (unable to open database file")


def test_a_full_disk_is_one_error_line(tmp_path):
    # /dev/full answers every write with ENOSPC, exactly as a full disk does.
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.csv").symlink_to("/dev/full")
    line = one_error_line(run("analyze", str(SEEDS), "--out", str(out)))
    assert line == f"error: {out}: No space left on device."


def test_a_read_only_database_is_one_error_line(tmp_path):
    db = tmp_path / "corpus.sqlite3"
    assert run("corpus", "list", "--db", str(db)).returncode == 0
    (tmp_path / "new.txt").write_text("وقال لافروف إن موسكو تدعم الحوار.", encoding="utf-8")
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not permitted here (needs root on a filesystem with attributes)")
    try:
        line = one_error_line(run("corpus", "add", str(tmp_path / "new.txt"), "--db", str(db)))
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)
    assert line == f"error: {db}: The corpus database cannot be used (attempt to write a readonly database: the database is read-only)."


def test_a_folder_without_permission_is_reported_and_the_others_still_added(tmp_path):
    # Root reads every folder, so the command runs as the unprivileged user nobody.
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the command as another user")
    base = Path(tempfile.mkdtemp(prefix="marsad-perm-"))
    try:
        base.chmod(0o777)
        for name in ("locked", "open"):
            (base / name).mkdir()
            (base / name / f"{name}.txt").write_text(f"وقال لافروف إن موسكو تدعم الحوار في {name}.", encoding="utf-8")
        (base / "locked").chmod(0o700)
        db = base / "corpus.sqlite3"
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "analysis",
                   "corpus", "add", str(base / "locked"), str(base / "open"), "--db", str(db)]
        result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        assert result.returncode == 1
        problems = [line for line in result.stderr.splitlines() if not line.startswith("note:")]
        assert problems == [f"error: {base / 'locked'}: The folder could not be read (Permission denied)."]
        assert "added open: open.txt" in result.stdout
    finally:
        (base / "locked").chmod(0o755)
        shutil.rmtree(base)
