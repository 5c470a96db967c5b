"""``python -m analysis compare-groups``, run as a user runs it, on a store holding the seeds and
three articles of two outlets written for these tests."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli.groups import FilterSyntaxError, parse_filter
from analysis.corpus.seeds import open_store
from analysis.explore.filters import Filters

from conftest import ARABY, RT, TWO_OUTLETS

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.sqlite3"
    open_store(path).add(TWO_OUTLETS)
    return path


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "compare-groups", *args], cwd=REPO, capture_output=True, text=True)


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_outlet_against_an_outlet_in_a_month_writes_keyness_and_provenance(db, tmp_path):
    out = tmp_path / "out"
    result = run("--a", f"outlet={RT}", "--b", f"outlet={ARABY}&from=2023-05&to=2023-05", "--out", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("compared 2 articles in A with 1 in B; wrote ")
    rows = read(out / "keyness.csv")
    assert list(rows[0]) == ["term", "kind", "count_a", "count_b", "log_odds", "z", "label"]
    lavrov = next(r for r in rows if (r["kind"], r["term"]) == ("actor", "lavrov"))
    # Actors: 6 mentions in A (Lavrov 3), 3 in B (the seed dated 2024 is not in May 2023), alpha_0 = 100:
    # a_w = 100 * 3/9 = 100/3; delta = log((109/3)/(209/3)) - log((100/3)/(209/3)) = log(109/100) = 0.0862;
    # var = 3/109 + 3/100 = 0.057523, z = 0.086178 / 0.239839 = 0.3593.
    assert (lavrov["count_a"], lavrov["count_b"], lavrov["label"]) == ("3", "0", "Sergey Lavrov")
    assert (round(float(lavrov["log_odds"]), 4), round(float(lavrov["z"]), 4)) == (0.0862, 0.3593)
    assert [float(r["z"]) for r in rows] == sorted((float(r["z"]) for r in rows), reverse=True)
    meta = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    settings = json.loads(meta["settings"])
    assert settings["a"] == {"outlet": [RT]} and (settings["articles_a"], settings["articles_b"]) == (2, 1)
    assert meta["lexicon_version"]


def test_rest_is_every_other_article(db, tmp_path):
    # The seeds are in the store too: B is aj1 and the two seeds.
    result = run("--a", "actor=lavrov&from=2024-03", "--b", "rest", "--out", str(tmp_path / "out"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("compared 2 articles in A with 3 in B")
    # Within RT's articles, Lavrov's two from March 2024 leave no rest.
    result = run("--a", "actor=lavrov&from=2024-03", "--out", str(tmp_path / "out2"), "--db", str(db), "--within", f"outlet={RT}")
    assert result.returncode == 1 and result.stderr == "error: set B holds no article under these settings\n"


@pytest.mark.parametrize("given, message", [
    ("outlet", "error: bad FILTER: 'outlet' is not key=value"),
    ("from=2024-13", "error: bad FILTER: the date '2024-13' has no month 13"),
    ("colour=red", "error: bad FILTER: unknown filter 'colour'; the filters are article, outlet, from, to, actor, type, topic, speaker, polarity, q"),
])
def test_a_bad_filter_is_one_line_and_exit_2(db, tmp_path, given, message):
    result = run("--a", given, "--out", str(tmp_path / "out"), "--db", str(db))
    assert (result.returncode, result.stderr) == (2, message + "\n")
    assert not (tmp_path / "out").exists()


def test_the_filter_syntax_is_the_dashboards_url_query():
    assert parse_filter(f"outlet={RT}&from=2024-01&actor=lavrov&actor=haftar_khalifa") == Filters(
        outlets=(RT,), date_from="2024-01", actor_ids=("lavrov", "haftar_khalifa"))
    assert parse_filter("q=%D8%A7%D9%84%D8%AD%D9%88%D8%A7%D8%B1") == Filters(search="الحوار")
    assert Filters.from_query(Filters(outlets=(RT,), date_to="2024").to_query()) == parse_filter(f"outlet={RT}&to=2024")
    assert parse_filter("rest", rest_allowed=True) is None and parse_filter(" ", rest_allowed=True) is None
    with pytest.raises(FilterSyntaxError):
        parse_filter("rest")
