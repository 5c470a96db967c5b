"""The sidebar's "Report (HTML)" button, through AppTest: the report of the current filters, built on click."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from analysis.corpus.seeds import load_seeds
from analysis.explore.filters import Filters
from analysis.explore.report import report_html
from analysis.extract.pipeline import analyze
from analysis.lexicon.read import DATA_DIR, load_lexicon

# The page runner, a fresh store per test (autouse) and the download spy of the page tests.
from test_pages import downloaded, fresh_corpus, run  # noqa: F401


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> dict[str, Callable[[], bytes]]:
    return downloaded(monkeypatch)


def without_time(html: str) -> str:
    return re.sub(r"<tr><th>Generated</th><td>[^<]*</td></tr>", "", html)


def test_the_report_button_gives_the_report_of_the_current_filters(reports):
    at = run("stances", query={"actor": "lavrov", "polarity": "negative"})
    button = next(b for b in at.sidebar.get("download_button") if b.proto.label == "Report (HTML)")
    assert button.proto.ignore_rerun  # downloading does not rerun the page
    # Named for the one article it holds (the 2017 seed, with Lavrov's one negative stance), not 2017-2024.
    html = reports["marsad-report-2017-08-14-lavrov-negative.html"]().decode("utf-8")
    assert "<tr><th>View</th><td>Stances page</td></tr>" in html
    assert "<li><b>Actors:</b> <bdi>Sergey Lavrov · سيرغي لافروف</bdi></li><li><b>Polarity:</b> <bdi>Negative</bdi></li>" in html
    # The same report the command line writes for ?actor=lavrov&polarity=negative, but for where it was made.
    lexicon = load_lexicon(DATA_DIR)
    expected = report_html(analyze(load_seeds(), lexicon), lexicon, Filters(actor_ids=("lavrov",), polarities=("negative",)),
                           lexicon_words="the shipped lexicon", view="Stances page")
    assert without_time(html) == without_time(expected)


def test_a_filter_change_changes_the_report(reports):
    at = run("actors", query={"actor": "lavrov"})
    at.sidebar.multiselect(key="filter_actor_ids").set_value(["haftar_khalifa"]).run()
    html = reports["marsad-report-2017-2024-haftar-khalifa.html"]().decode("utf-8")
    assert "<li><b>Actors:</b> <bdi>Khalifa Haftar · خليفة حفتر</bdi></li>" in html and "Sergey Lavrov" not in html.split("</header>")[0]
    assert re.search(r'<div class="value">10</div><div class="name">Mentions</div>', html)


def test_the_management_pages_have_no_report(reports):
    at = run("corpus")
    assert [b.proto.label for b in at.sidebar.get("download_button")] == []
