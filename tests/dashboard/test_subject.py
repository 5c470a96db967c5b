"""dashboard.subject: the subject and its lexicon files, re-read only when a file changed."""

from __future__ import annotations

import os
import time

from dashboard.subject import files_stamp


def test_files_stamp_changes_with_the_files_and_waits_for_them_to_settle(tmp_path):
    actors = tmp_path / "actors.csv"
    actors.write_text("actor_id\n", encoding="utf-8")
    assert files_stamp(tmp_path) is None  # just written: a second write in the same tick would go unseen
    past = time.time() - 10
    os.utime(actors, (past, past))
    stamp = files_stamp(tmp_path)
    assert stamp == ((str(tmp_path),), ((str(actors), actors.stat().st_mtime_ns, len("actor_id\n")),))
    (tmp_path / "notes.txt").write_text("ليست من المعجم", encoding="utf-8")
    os.utime(tmp_path / "notes.txt", (past, past))
    assert files_stamp(tmp_path) == stamp  # not a .csv
    actors.write_text("actor_id\nlavrov\n", encoding="utf-8")
    os.utime(actors, (past + 1, past + 1))
    assert files_stamp(tmp_path) != stamp
    assert files_stamp(tmp_path / "missing") == ((str(tmp_path / "missing"),), ())
