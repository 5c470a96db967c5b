"""The Groups page through Streamlit's AppTest, from the entrypoint, on the seeds and three
articles of two outlets written for these tests."""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import plotly.io
import pytest
import streamlit as st
from streamlit.elements.plotly_chart import PlotlySelectionState, PlotlyState
from streamlit.testing.v1 import AppTest

from analysis.corpus.seeds import open_store

from conftest import ARABY, RT, TWO_OUTLETS, rendered

ROOT = Path(__file__).resolve().parents[2]
# RT's two articles against Al-Araby Al-Jadeed's of May 2023 (its 2024 seed is left out).
OUTLETS = {"ga.outlet": RT, "gb": "chosen", "gb.outlet": ARABY, "gb.from": "2023-05", "gb.to": "2023-05"}


@pytest.fixture(autouse=True)
def two_outlets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "corpus.sqlite3"
    monkeypatch.setenv("MARSAD_DB", str(db))
    monkeypatch.setenv("MARSAD_LEXICON", str(tmp_path / "user_lexicon"))
    open_store(db).add(TWO_OUTLETS)


def run(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/groups.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def select(monkeypatch: pytest.MonkeyPatch, pick: Callable[[list], bool]) -> None:
    """Make the keyness chart report the points ``pick`` accepts, as the browser would."""
    real = st.plotly_chart

    def plotly_chart(figure, *args, **kwargs):
        state = real(figure, *args, **kwargs)
        if not str(kwargs.get("key", "")).startswith("groups-keyness"):
            return state
        points = [{"customdata": list(d)} for trace in figure.data for d in (trace.customdata or []) if pick(list(d))]
        return PlotlyState({"selection": PlotlySelectionState({"points": points, "point_indices": [], "box": [], "lasso": []})})

    monkeypatch.setattr(st, "plotly_chart", plotly_chart)


def sets(at: AppTest) -> list[str]:
    """The captions naming the two sets, as read."""
    return [rendered(c.value) for c in at.caption if c.value.startswith(("A · ", "B · "))]


def evidence_blocks(at: AppTest) -> list[str]:
    return [h.value for h in at.get("html") if h.value.startswith('<div class="marsad-evidence"')]


def test_two_outlets_from_the_url(monkeypatch):
    at = run(OUTLETS)
    assert at.title[0].value == "Groups"
    assert sets(at) == [
        f"A · 2 articles: Outlets: {RT}", f"B · 1 article: Outlets: {ARABY}; From: 2023-05; To: 2023-05"
    ]
    # The widgets hold the link's settings.
    assert [m.value for m in at.multiselect if m.label == "Outlets"][:2] == [[RT], [ARABY]]
    assert [t.value for t in at.text_input if t.label in ("From", "To")] == ["", "", "2023-05", "2023-05"]
    table = at.dataframe[0].value
    lavrov = table[table["term"] == "lavrov"].iloc[0]
    # As worked out in tests/cli/test_compare_groups.py: 3 of A's 6 actor mentions, none of B's 3;
    # log-odds log(109/100) = 0.0862, z = 0.3593.
    assert (lavrov["label"], lavrov["kind"], lavrov["count_a"], lavrov["count_b"]) == ("Sergey Lavrov · سيرغي لافروف", "Actor", 3, 0)
    assert (round(lavrov["log_odds"], 4), round(lavrov["z"], 4)) == (0.0862, 0.3593)
    # Words as written: رحّب keeps its shadda; the function word إن is not counted.
    words = table[table["kind"] == "Word"]
    assert "رحّب" in set(words["label"]) and not {"رحب", "إن", "ان"} & set(words["label"])
    assert list(table["z"]) == sorted(table["z"], reverse=True)
    # The score it is sorted by beside the term, where an 800 px window shows it.
    assert list(at.dataframe[0].proto.column_order) == ["label", "z", "count_a", "count_b", "log_odds", "kind"]
    # And the counts: beside the open sidebar in an 800 px window a table has 468 px, 33 of them
    # the row picker; the term is at most 248 px (Sergey Lavrov · سيرغي لافروف is 27 × 7.5 + 24).
    settings = json.loads(at.dataframe[0].proto.columns)
    assert settings["label"]["width"] <= 248 and settings["label"]["alignment"] == "right"
    assert 33 + 248 + sum(settings[c]["width"] for c in ("z", "count_a", "count_b")) == 457
    # The date examples fit a field in half of an 800 px page's column (15 characters showed).
    assert {t.placeholder for t in at.text_input if t.label in ("From", "To")} == {"e.g. 2024-05", "e.g. 2024-06"}


def test_an_actor_whose_two_names_do_not_fit_the_term_column_keeps_its_english_name_whole():
    # Right-aligned in 248 px, "Vladimir Zhirinovsky · فلاديمير جيرينوفسكي" lost "Vl" at the left edge.
    at = run({"ga.outlet": ARABY})
    table = at.dataframe[0].value
    labels = dict(zip(table["term"], table["label"]))
    assert labels["gnu_mfa"] == "GNU Ministry of Foreign Affairs"
    assert labels["lavrov"] == "Sergey Lavrov · سيرغي لافروف"


def test_the_first_view_and_nothing_to_compare_when_a_is_everything():
    # A first visit compares the most common outlet (RT and Al-Araby Al-Jadeed have two articles
    # each: the first by name) with the rest.
    at = run()
    assert sets(at) == [f"A · 2 articles: Outlets: {ARABY}", "B · 3 articles: the rest"]
    at.multiselect(key="w_group_a_outlets").set_value([]).run()
    assert [rendered(i.value) for i in at.info] == [
        "Nothing to compare: set B holds no article under these settings. Widen the set's settings or the sidebar filters."
    ]
    at = run({"ga.actor": "haftar_khalifa"})
    # Haftar is named in aj1 and in both seeds: the rest is RT's two articles.
    assert sets(at) == [
        "A · 3 articles: Actors: Khalifa Haftar · خليفة حفتر", "B · 2 articles: the rest"
    ]


def test_the_first_view_starts_from_the_articles_the_sidebar_keeps():
    # The sidebar keeps RT's two articles: A is their first (all of one outlet, so not the
    # outlet), not Al-Araby Al-Jadeed, which the filters leave out (nothing to compare, before).
    at = run({"outlet": RT})
    assert sets(at) == ["A · 1 article: Articles: Article 4 (2024-03-01)", "B · 1 article: the rest"]
    assert at.query_params["ga.article"] == "rt1"
    # From 2024: the 2024 seed of Al-Araby Al-Jadeed and RT's two; RT is the most common.
    at = run({"from": "2024"})
    assert sets(at) == [f"A · 2 articles: Outlets: {RT}", "B · 1 article: the rest"]


def test_the_sidebar_filters_apply_to_both_sets():
    # The sidebar keeps RT's articles; A is rt1, so the rest is rt2 alone.
    at = run({"outlet": RT, "ga.article": "rt1"})
    assert sets(at) == [
        "A · 1 article: Articles: Article 4 (2024-03-01)", "B · 1 article: the rest"
    ]
    table = at.dataframe[0].value
    assert table.loc[table["label"] == "الحوار", ["count_a", "count_b"]].values.tolist() == [[2, 0]]


def test_settings_made_on_the_page_go_into_the_url():
    at = run({"ga.outlet": ARABY})
    at.multiselect(key="w_group_a_outlets").set_value([RT]).run()
    at.text_input(key="w_group_a_date_from").set_value("2024-04").run()
    assert (at.query_params["ga.outlet"], at.query_params["ga.from"]) == (RT, "2024-04")
    assert "gb" not in at.query_params  # B is the rest
    assert sets(at) == [
        f"A · 1 article: Outlets: {RT}; From: 2024-04", "B · 4 articles: the rest"
    ]


def test_a_bad_date_is_said_in_one_line():
    at = run({"ga.from": "2024-13"})
    assert [rendered(e.value) for e in at.error] == ["Set A: the date '2024-13' has no month 13."]


def test_a_point_opens_its_sentences_in_both_sets(monkeypatch):
    select(monkeypatch, lambda data: data[:2] == ["word", "الحوار"])
    at = run(OUTLETS)
    blocks = evidence_blocks(at)
    assert len(blocks) == 2
    side_a, side_b = blocks
    # A: both sentences of rt1 (بالحوار in rt2 is another word); B: aj1's second sentence.
    assert side_a.count('class="marsad-evidence"') == 2 and side_b.count('class="marsad-evidence"') == 1
    assert side_a.count(">الحوار</mark>") == 2 and "بالحوار" not in side_a
    assert "المجلس الرئاسي" in side_b and ">الحوار</mark>" in side_b
    assert 'dir="rtl"' in side_a
    captions = [rendered(c.value) for c in at.caption]
    assert "2 sentences behind الحوار in set A" in captions and "1 sentence behind الحوار in set B" in captions


def test_an_actors_point_opens_the_sentences_naming_it(monkeypatch):
    select(monkeypatch, lambda data: data[:2] == ["actor", "lavrov"])
    at = run(OUTLETS)
    captions = [rendered(c.value) for c in at.caption]
    assert "3 sentences behind Sergey Lavrov · سيرغي لافروف in set A" in captions
    assert [rendered(i.value) for i in at.info] == [
        "No sentence matches Sergey Lavrov · سيرغي لافروف in set B with the current filters."
    ]
    (side_a,) = evidence_blocks(at)
    assert side_a.count(">لافروف</mark>") == 3


def test_the_downloaded_scores_say_which_sets_were_compared(monkeypatch):
    # The provenance named the sidebar's filters only: a keyness file that did not say what A and B
    # were, where `analysis compare-groups` records both.
    from test_pages import download_buttons

    added = download_buttons(monkeypatch)
    run(OUTLETS)
    files = {name: data for data, name in added if name.endswith(".json") and not name.startswith("marsad-report-")}
    (payload,) = [json.loads(data()) for data in files.values()]
    settings = json.loads(payload["provenance"]["settings"])
    assert settings["a"] == {"outlet": [RT]}
    assert settings["b"] == {"outlet": [ARABY], "from": "2023-05", "to": "2023-05"}


def values(data) -> list:
    """A trace's numbers, as plotly writes them (a base64 typed array, or a list)."""
    if isinstance(data, dict) and "bdata" in data:
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=np.dtype(data["dtype"])).tolist()
    return list(data)


def test_the_charts_labels_do_not_overlap_at_800_px():
    # Every label "top center", two terms near each other were written over each other (at 1440 px
    # "Libyan National Army" across "روسيا"). Each is placed where it overlaps no other in the plot
    # at 800 px (390 × 470 px), and the chart draws the ranges they were placed in.
    chart = plotly.io.from_json(run({"ga.outlet": ARABY}).get("plotly_chart")[0].proto.spec)
    x_range, y_range = chart.layout.xaxis.range, chart.layout.yaxis.range
    boxes, places = [], {}
    for trace in chart.data:
        for x, y, text, place in zip(values(trace.x), values(trace.y), trace.text, trace.textposition):
            if not text:
                continue
            places[text] = place
            # In pixels as charts.point_labels measures them (0.55 em a letter, 1.3 em a line, 13 px).
            cx = (math.log10(x) - x_range[0]) / (x_range[1] - x_range[0]) * 390
            cy = (y_range[1] - y) / (y_range[1] - y_range[0]) * 470
            width, height, gap = 0.55 * 13 * len(text), 1.3 * 13, 4 / 0.8 + 1
            vertical, horizontal = place.split()
            left = {"left": cx - gap - width, "center": cx - width / 2, "right": cx + gap}[horizontal]
            top = {"top": cy - gap - height, "middle": cy - height / 2, "bottom": cy + gap}[vertical]
            boxes.append((left, top, left + width, top + height))
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]
    # Below their points where there is room, the army's English name beside its point.
    assert places == {"الجيش": "bottom center", "الرئاسي": "bottom center", "العام": "bottom center", "الليبي": "top center",
                      "الروسية": "bottom center", "إيجاد": "bottom center", "Libyan National Army": "bottom right"}


def test_a_link_naming_what_the_corpus_lacks_says_so():
    # A stale or hand-edited link: the outlet and actor the corpus lacks were dropped from the set
    # without a word, and the set compared was another than the link's (the sidebar says so for its filters).
    at = run({"ga.outlet": "nowhere", "ga.actor": "nobody", "gb": "chosen", "gb.outlet": RT})
    assert [rendered(w.value) for w in at.warning if "link" in w.value] == [
        "Set A: the link names what this corpus does not have, so it was left out: outlet “nowhere”, actor “nobody”."
    ]
    assert sets(at)[0].startswith("A · 5 articles")
    # Said once, for the link: a setting changed on the page is the analyst's own.
    at.multiselect(key="w_group_a_outlets").set_value([ARABY]).run()
    assert [w.value for w in at.warning if "link" in w.value] == []
    # A link that names what is there says nothing.
    assert [w.value for w in run(OUTLETS).warning if "link" in w.value] == []
