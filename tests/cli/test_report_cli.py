"""``python -m analysis report``: the dashboard's report from the command line, run as a user runs it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=REPO, capture_output=True, text=True)


def test_the_report_of_a_filtered_view_is_written(tmp_path):
    out = tmp_path / "lavrov.html"
    result = run("report", "--out", str(out), "--db", str(tmp_path / "corpus.sqlite3"), "--filter", "actor=lavrov&from=2024")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote the report (1 of 2 articles) to {out}"
    html = out.read_text(encoding="utf-8")
    assert "<li><b>From:</b> <bdi>2024</bdi></li><li><b>Actors:</b> <bdi>Sergey Lavrov · سيرغي لافروف</bdi></li>" in html
    assert "<tr><th>Articles</th><td>1 of 2 articles, dated 2024</td></tr>" in html
    assert "<tr><th>View</th><td>command line</td></tr>" in html
    # The 2024 seed names Lavrov 6 times (its 48 mentions hold 6 of his 13).
    assert re.search(r'<div class="value">6</div><div class="name">Mentions</div>', html)


def test_a_speaker_is_given_by_name_or_by_id(tmp_path):
    # Lavrov's 21 cues in the seeds (11 neutral, 8 positive, 2 negative), by his id as by his name.
    for query in ("speaker=lavrov", "speaker=Sergey Lavrov"):
        out = tmp_path / "lavrov.html"
        result = run("report", "--out", str(out), "--db", str(tmp_path / "corpus.sqlite3"), "--filter", query)
        assert result.returncode == 0, result.stderr
        html = out.read_text(encoding="utf-8")
        assert re.search(r'<div class="value">21</div><div class="name">Stances</div>', html), query


@pytest.mark.parametrize(("query", "message"), [
    ("actr=lavrov", "error: --filter: unknown filter 'actr'; the filters are article, outlet, from, to, actor, type, topic, speaker, polarity, q"),
    ("from=May", "error: --filter: "),
    ("actor=lavrof", "error: --filter: actor 'lavrof' is not an actor id of the lexicon"),
    ("polarity=angry", "error: --filter: polarity 'angry' is not a polarity (negative, neutral, positive)"),
    ("speaker=zakharofa", "error: --filter: speaker 'zakharofa' is no speaker of the corpus (a speaker's name, or an actor id)"),
])
def test_a_bad_filter_is_one_line_and_exit_2(tmp_path, query, message):
    out = tmp_path / "report.html"
    result = run("report", "--out", str(out), "--db", str(tmp_path / "corpus.sqlite3"), "--filter", query)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if not line.startswith("note: ")]
    assert len(lines) == 1 and lines[0].startswith(message), result.stderr
    assert not out.exists()
