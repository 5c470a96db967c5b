"""The Trends and Outlets pages through AppTest: on the seeds, and on five articles of two outlets
written for them (tests/conftest.py OUTLET_ARTICLES), with values worked out by reading them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import streamlit as st

from analysis.corpus.store import CorpusStore
from analysis.lexicon.read import DATA_DIR
from dashboard import loading
from conftest import outlet_articles, rendered
from test_pages import fresh_corpus, html_of, run, select  # noqa: F401  (fresh_corpus: the autouse fixture)


def outlet_store(db: Path) -> None:
    """Only the five articles: a store holding the analyst's documents is never seeded."""
    CorpusStore(db).add(outlet_articles())


def charts(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The figures the pages draw from now on, by chart key (without its digest)."""
    drawn: dict[str, object] = {}
    real = st.plotly_chart

    def plotly_chart(figure, *args, **kwargs):
        drawn[str(kwargs.get("key", "")).rsplit("-", 1)[0]] = figure
        return real(figure, *args, **kwargs)

    monkeypatch.setattr(st, "plotly_chart", plotly_chart)
    return drawn


def lines(figure) -> dict[str, list]:
    return {trace.name: list(trace.y) for trace in figure.data}


def captions(at) -> str:
    return "\n".join(rendered(c.value) for c in at.caption)


def test_trends_on_the_seeds_says_what_is_not_on_the_axis():
    at = run("trends")
    assert at.title[0].value == "Trends" and not at.error
    # 2017-08-14 and 2024: two articles over eight years are read by year, both on the axis (by
    # month they were one point among 89 bins, the other article off the axis)
    assert "2 articles on the axis, by year." in captions(at)
    assert at.button_group[0].options[0] == "Auto (year)"
    at = run("trends", query={"bin": "month"})
    # by month, the article dated only 2024 has no month
    assert "1 article on the axis, by month · 1 dated only to a year cannot be placed in a month" in captions(at)
    not_drawn = html_of(at)
    assert 'dir="rtl" lang="ar">اللافي والباعور يلتقيان لافروف في موسكو</span></span><b>2024</b>' in not_drawn
    # Listed right under that count, not at the bottom of the page under four charts and the events.
    assert [e.label for e in at.main.expander] == ["Not on the time axis: 1 article"]
    main = list(at.main)
    count = next(i for i, e in enumerate(main) if e.type == "caption" and "on the axis, by month" in rendered(e.value))
    assert main[count + 1].type == "expander" and "Not on the time axis" not in [h.value for h in at.subheader]
    at = run("trends", query={"bin": "year"})
    assert "2 articles on the axis, by year." in captions(at)
    assert at.query_params["bin"] == "year"
    # The shipped events between August 2017 and 2024 are listed, the first the offensive on Tripoli.
    listed = next(m.value for m in at.markdown if "2019\\-04\\-04" in m.value or "2019-04-04" in m.value)
    assert "offensive on Tripoli" in rendered(listed)
    assert not at.main.expander


def test_events_far_from_the_points_leave_the_ticks_to_plotly(monkeypatch):
    # The seeds put one month on the axis (August 2017); the shipped events run from 2019 to 2023,
    # and their lines widen the axis to about 75 months: a tick a month was a smear of labels.
    drawn = charts(monkeypatch)
    run("trends", query={"bin": "month"})
    figure = drawn["trends-articles"]
    assert [str(x)[:7] for x in figure.data[0].x] == ["2017-08"]
    assert len(figure.layout.shapes) >= 9  # the events' lines
    assert (figure.layout.xaxis.tickformat, figure.layout.xaxis.dtick) == (None, None)


def test_trends_by_week_split_by_outlet(fresh_corpus, monkeypatch):
    outlet_store(fresh_corpus)
    drawn = charts(monkeypatch)
    at = run("trends", query={"bin": "week", "split": "outlet"})
    assert ("3 articles on the axis, by week · 1 dated only to a month or a year cannot be placed in a week "
            "(a coarser bin takes them) · 1 undated, not on the time axis.") in captions(at)
    # a and b (سبوتنيك) in the week of 6 May: 2 + 2 mentions; c (العربي الجديد) the next week: 3.
    assert lines(drawn["trends-mentions"]) == {"سبوتنيك": [4, 0], "العربي الجديد": [0, 3]}
    assert [str(x)[:10] for x in drawn["trends-mentions"].data[0].x] == ["2024-05-06", "2024-05-13"]
    # Two weeks of points: a tick a week, written as a day (plotly zoomed to milliseconds before).
    axis = drawn["trends-mentions"].layout.xaxis
    assert (axis.tickformat, axis.dtick) == ("%d %b %Y", 7 * 86_400_000)
    assert "Not on the axis: 2 mentions in articles dated too coarsely for a week, 2 mentions in undated articles." in captions(at)
    # Stances: a panel per outlet, a line per polarity.
    stances = {(trace.name, trace.yaxis): list(trace.y) for trace in drawn["trends-stances"].data}
    assert stances[("Negative", "y")] == [1, 0] and stances[("Neutral", "y2")] == [0, 1]
    assert at.query_params["bin"] == "week" and at.query_params["split"] == "outlet"
    # An outlet keeps its colour from chart to chart.
    colour = {trace.name: trace.line.color for trace in drawn["trends-articles"].data}
    assert {trace.name: trace.line.color for trace in drawn["trends-mentions"].data} == colour
    # Counts of one or two a week are ticked at whole numbers (0, 0.5, 1 … articles before);
    # the mentions, up to 4, too.
    assert (drawn["trends-articles"].layout.yaxis.tick0, drawn["trends-articles"].layout.yaxis.dtick) == (0, 1)
    assert drawn["trends-mentions"].layout.yaxis.dtick == 1


def test_a_point_on_the_trend_opens_its_sentences(fresh_corpus, monkeypatch):
    outlet_store(fresh_corpus)
    select(monkeypatch, "trends-stances", lambda data: data[:3] == ["2024-05-06", "سبوتنيك", "negative"])
    at = run("trends", query={"bin": "week", "split": "outlet"})
    page = html_of(at)
    assert page.count('class="marsad-evidence"') == 1
    assert ">انتقد</mark> الدبيبة صفقات الأسلحة مع موسكو." in page
    assert "1 sentence behind Negative · سبوتنيك · week of 2024-05-06" in captions(at)


def test_a_point_of_articles_names_its_week_and_not_the_unsplit_line(fresh_corpus, monkeypatch):
    # Unsplit, the caption read "2 articles in articles · all · week of 2024-05-06".
    outlet_store(fresh_corpus)
    select(monkeypatch, "trends-articles", lambda data: data[:2] == ["2024-05-06", "all"])
    at = run("trends", query={"bin": "week"})
    assert "2 articles in the week of 2024-05-06:" in captions(at)


def test_a_point_of_mentions_names_its_week_and_not_the_unsplit_line(fresh_corpus, monkeypatch):
    outlet_store(fresh_corpus)
    select(monkeypatch, "trends-mentions", lambda data: data[:2] == ["2024-05-13", "all"])
    at = run("trends", query={"bin": "week"})
    # c's three mentions, all in its one sentence; the unsplit line ("all") is not named.
    assert "1 sentence behind mentions · week of 2024-05-13" in captions(at)


def test_a_point_of_an_outlets_articles_names_the_outlet(fresh_corpus, monkeypatch):
    outlet_store(fresh_corpus)
    select(monkeypatch, "trends-articles", lambda data: data[:2] == ["2024-05-06", "سبوتنيك"])
    at = run("trends", query={"bin": "week", "split": "outlet"})
    assert "2 articles in the week of 2024-05-06 (سبوتنيك):" in captions(at)


def test_topic_shares_and_a_measure_that_cannot_be_split(fresh_corpus, monkeypatch):
    outlet_store(fresh_corpus)
    drawn = charts(monkeypatch)
    at = run("trends", query={"bin": "week", "split": "actor"})
    shares = lines(drawn["trends-topics"])
    assert [round(v) for v in shares["Arms"]] == [33, 0] and shares["UN mediation"] == [pytest.approx(100 / 3), 100]
    assert "Not split by actor here: a topic hit has no one actor." in captions(at)
    # Mentions by actor: Lavrov twice, then the rest.
    assert list(lines(drawn["trends-mentions"]))[0] == "Sergey Lavrov"


def test_outlets_side_by_side(fresh_corpus, monkeypatch):
    outlet_store(fresh_corpus)
    drawn = charts(monkeypatch)
    at = run("outlets")
    assert at.title[0].value == "Outlets" and not at.error
    assert "3 outlet columns · 1 article without an outlet counted as (no outlet)." in captions(at)
    assert at.dataframe[0].value.values.tolist() == [["العربي الجديد", 2, 21], ["سبوتنيك", 2, 20], ["(no outlet)", 1, 7]]
    actors = drawn["outlets-actors"].data[0]
    cells = {(row[0], row[1]): round(row[3], 1) for row in actors.customdata}
    assert cells[("سبوتنيك", "lavrov")] == 50.0 and cells[("(no outlet)", "haftar_khalifa")] == 142.9
    speakers = {trace.name: sorted((row[0], row[1]) for row in trace.customdata) for trace in drawn["outlets-speakers"].data}
    assert speakers["Negative"] == [("سبوتنيك", "Abdul Hamid Dbeibah")]  # the article's own العدوان is left out


def test_an_outlet_bubble_opens_its_sentences(fresh_corpus, monkeypatch):
    outlet_store(fresh_corpus)
    select(monkeypatch, "outlets-actors", lambda data: data[:2] == ["العربي الجديد", "lavrov"])
    at = run("outlets")
    page = html_of(at)
    assert page.count('class="marsad-evidence"') == 1
    assert "قال <mark" in page and ">لافروف</mark> إن روسيا تدعم الحل السياسي في ليبيا." in page


def test_an_event_saved_later_is_marked_without_analysing_again(fresh_corpus, tmp_path, monkeypatch):
    edited = tmp_path / "user_lexicon"
    shutil.copytree(DATA_DIR, edited, ignore=shutil.ignore_patterns("language", "*.md"))
    at = run("trends", query={"bin": "year"})
    analysed = []
    real_build = loading._build
    monkeypatch.setattr(loading, "_build", lambda *args: analysed.append(args[0]) or real_build(*args))
    with (edited / "events.csv").open("a", encoding="utf-8") as events:
        events.write("2024-01-15,زيارة وفد روسي إلى بنغازي\n")
    at.run()
    assert any("زيارة وفد روسي إلى بنغازي" in rendered(m.value) for m in at.markdown)
    assert analysed == []  # the events changed no finding: the analysis was not redone
    with (edited / "titles.csv").open("a", encoding="utf-8") as titles:
        titles.write("العريف,corporal\n")
    at.run()
    assert not at.error, [e.value for e in at.error]  # a title the lexicon lacks: it stays valid
    assert len(analysed) == 1  # a title does change findings
