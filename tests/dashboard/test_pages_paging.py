"""Tables that page on the server, and charts that sum past their top N, through AppTest on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


# A fresh corpus store and lexicon folder for every test (conftest's user_dir).
pytestmark = pytest.mark.usefixtures("user_dir")


def stances_page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.run()
    at.switch_page("pages/stances.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_stance_table_pages_on_the_server(monkeypatch):
    # The seeds hold 50 stances: 10 a page makes 5 pages, the last of 10 rows.
    monkeypatch.setattr("dashboard.render.PAGE_ROWS", 10)
    at = stances_page()
    page = at.number_input(key="stances-table-page")
    assert (page.value, page.max) == (1, 5)
    assert "Rows 1–10 of 50 (5 pages of 10)." in [c.value for c in at.caption]
    first = at.dataframe[0].value
    assert len(first) == 10
    assert first[["speaker", "cue"]].values.tolist()[0] == ["Sergey Lavrov", "وأعلن"]
    page.set_value(5).run()
    assert "Rows 41–50 of 50 (5 pages of 10)." in [c.value for c in at.caption]
    last = at.dataframe[0].value
    assert len(last) == 10
    # Rows 41 and 50 of the whole table, in the second seed.
    assert last[["speaker", "cue"]].values.tolist()[0] == ["Abdullah al-Lafi", "تأكيده"]
    assert last["cue"].tolist()[-1] == "وكشفت"
    assert last["article"].str.startswith("Article 2").all()
    # The download holds every row, not the page's.
    button = at.get("download_button")[0]
    assert button.proto.label == "CSV, all rows"


def test_a_table_that_fits_one_page_has_no_page_selector():
    at = stances_page()
    assert len(at.dataframe[0].value) == 50
    assert not at.number_input


def test_the_speaker_chart_sums_past_the_top(monkeypatch):
    monkeypatch.setattr("dashboard.render.TOP_BARS", 3)
    at = stances_page()
    # Lavrov 21 cues (his call «يتعين أن يساهم في إيجاد حلول للتسوية» is one), Haftar 10, al-Lafi 8;
    # the GNU MFA, the Presidential Council, the article's
    # voice and the reports sum 9 cues in one bar (توسيع آفاق التعاون, a meeting's agenda, is no
    # positive cue of the GNU MFA's; الوقوف إلى جانب الليبيين is Lavrov's).
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    bars = {trace["name"]: dict(zip(trace["hovertext"], trace["x"])) for trace in spec["data"]}
    assert list(bars["Neutral"]) == ["Sergey Lavrov · سيرغي لافروف", "Khalifa Haftar · خليفة حفتر",
                                     "Abdullah al-Lafi · عبد الله اللافي", "4 other speakers"]
    assert [bars[p]["4 other speakers"] for p in ("Neutral", "Positive", "Negative")] == [5, 2, 2]
    assert ("The 3 speakers with the most cues, then the 4 other speakers in one bar; "
            "pick speakers in the sidebar's Speakers filter to chart them.") in [c.value for c in at.caption]
    # The others' 9 cues are fewer than Lavrov's 21: one scale for every bar, nothing cut.
    assert "range" not in spec["layout"]["xaxis"] and not spec["layout"].get("annotations")


def test_a_longer_bar_of_the_others_is_cut_to_the_named_speakers_scale(monkeypatch):
    # Over 2,100 articles the others' bar (20,000 cues) left the named speakers' bars slivers.
    # Here Lavrov keeps his bar (21 cues) and the 6 others sum 29: the axis ends past Lavrov's bar.
    monkeypatch.setattr("dashboard.render.TOP_BARS", 1)
    at = stances_page()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["xaxis"]["range"] == [0, pytest.approx(21 * 1.15)]
    (note,) = spec["layout"]["annotations"]
    assert (note["text"], note["y"]) == ("29 cues in all (bar shortened) →", "6 other speakers")
    # The others' bar ends at the axis's end, its segments in their proportions (the polarities'
    # mix stays readable), and each segment's hover gives its real count.
    others = {trace["name"]: (trace["x"][-1], trace["text"][-1]) for trace in spec["data"]}
    assert sum(x for x, _ in others.values()) == pytest.approx(21 * 1.15)
    counts = {name: int(text.split()[0]) for name, (_, text) in others.items()}
    assert sum(counts.values()) == 29
    for name, (x, _) in others.items():
        assert x == pytest.approx(counts[name] * 21 * 1.15 / 29)
