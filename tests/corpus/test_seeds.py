"""Tests for analysis.corpus.seeds: the one seed loader and the store that starts with the seeds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from analysis.corpus.documents import SEEDS_DIR
from analysis.corpus.ingest import ingest_paths
from analysis.corpus.seeds import Seeding, load_seeds, open_store

from conftest import SEED_2017, SEED_2024

REPO = Path(__file__).resolve().parents[2]


def test_the_seeds_are_read_as_any_folder_is() -> None:
    seeds = load_seeds()
    assert seeds == ingest_paths([SEEDS_DIR])[0]
    assert [(d.doc_id, d.date, d.outlet) for d in seeds] == [(SEED_2017, "2017-08-14", ""), (SEED_2024, "2024", "العربي الجديد")]


def test_a_new_store_starts_with_the_seeds_once_and_says_so(tmp_path: Path) -> None:
    heard: list[Seeding] = []
    store = open_store(tmp_path / "corpus.sqlite3", report=heard.append)
    assert [d.doc_id for d in store.documents()] == [SEED_2017, SEED_2024]
    assert [[d.doc_id for d in s.added] for s in heard] == [[SEED_2017, SEED_2024]] and heard[0].problems == ()
    store.remove(SEED_2017)
    open_store(tmp_path / "corpus.sqlite3", report=heard.append)
    assert len(heard) == 1  # nothing more to say, and a removed seed does not come back
    assert [d.doc_id for d in store.documents()] == [SEED_2024]


def test_the_dashboard_opens_the_store_without_the_command_line() -> None:
    # Arrows point down: pages → dashboard → analysis; the CLI sits beside the dashboard, not below it.
    code = "import sys, dashboard.loading; print(sorted(m for m in sys.modules if m.startswith('analysis.cli')))"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
