"""What ``scripts/start.sh`` and ``scripts/test.sh`` install: the dashboard's packages only, and the
test-only ones on top for the tests."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pinned(name: str) -> set[str]:
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    return {re.split(r"==", line)[0].strip().lower() for line in lines if line.strip() and not line.startswith("#")}


def test_the_dashboard_installs_no_test_package():
    runtime, dev = pinned("requirements.txt"), pinned("requirements-dev.txt")
    assert dev == {"pytest", "playwright", "greenlet"}
    assert not runtime & dev
    assert {"streamlit", "pandas", "plotly", "openpyxl"} <= runtime
    start = (ROOT / "scripts" / "start.sh").read_text(encoding="utf-8") + (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "-r requirements-dev" not in start
    assert "-r requirements-dev.txt" in (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")


def test_the_dask_engine_is_installed_for_the_tests_only():
    runtime, dask = pinned("requirements.txt"), pinned("requirements-dask.txt")
    assert dask == {"dask", "distributed"}
    assert not runtime & dask
    start = (ROOT / "scripts" / "start.sh").read_text(encoding="utf-8") + (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "requirements-dask" not in start
    assert "-r requirements-dask.txt" in (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
