"""The Trends and Outlets pages on the columnar engine (analysis.explore.engine) through AppTest,
on the five articles written for the corpus views (tests/conftest.py OUTLET_ARTICLES): a search,
which the engine does not answer, drawn by the pandas path with the same figures; an outlet a link
writes as an injection, which is no outlet."""

from __future__ import annotations

from test_pages import fresh_corpus, run  # noqa: F401  (fresh_corpus: the autouse fixture)
from test_pages_trends import captions, charts, lines, outlet_store


def test_a_search_on_the_trends_page_is_counted_by_pandas(fresh_corpus, monkeypatch):
    outlet_store(fresh_corpus)
    drawn = charts(monkeypatch)
    # لافروف is in a and c: a (week of 6 May) names Lavrov and Haftar, c (13 May) three actors;
    # the search narrows each frame by its own text, so the mentions kept are those whose surface
    # is لافروف, one in each week.
    at = run("trends", query={"bin": "week", "q": "لافروف"})
    assert "2 articles on the axis, by week." in captions(at)
    assert lines(drawn["trends-mentions"]) == {"Mentions": [1, 1]}


def test_an_outlet_written_as_an_injection_is_no_outlet(fresh_corpus):
    # No outlet of the corpus: the sidebar leaves it out of the link, and every article is drawn
    # (the engine, given it, matches no article: tests/explore/test_engine.py).
    outlet_store(fresh_corpus)
    at = run("trends", query={"outlet": "x' OR 1=1 --", "bin": "week"})
    assert "3 articles on the axis, by week" in captions(at)
    assert "outlet" not in at.query_params
    at = run("outlets", query={"outlet": "x' OR 1=1 --"})
    assert "3 outlet columns" in captions(at)


def test_the_actors_and_stances_pages_count_a_search_with_pandas_and_the_rest_with_the_engine(fresh_corpus):
    outlet_store(fresh_corpus)
    # Without a search the engine counts: Lavrov is named in a and c, Haftar in a and d; nine actors in all.
    table = run("actors").dataframe[0].value
    totals = dict(zip(table["actor_name"], table["total"]))
    assert totals["Sergey Lavrov"] == 2 and totals["Khalifa Haftar"] == 2 and len(totals) == 9
    # A search narrows the mentions by their own text (the pandas path): لافروف is Lavrov's surface alone.
    table = run("actors", query={"q": "لافروف"}).dataframe[0].value
    assert dict(zip(table["actor_name"], table["total"])) == {"Sergey Lavrov": 2}
    # The stances: negative ones are al-Dbeibah's criticism (b) and the article's own voice (e).
    assert len(run("stances", query={"polarity": "negative"}).dataframe[0].value) == 2


def test_an_unfiltered_overview_of_a_large_corpus_builds_no_engine(fresh_corpus, monkeypatch):
    # A fresh server's first page: unfiltered, the kept frames are the corpus's own, and past
    # CODED_APART_FROM articles (here: past 3 of the 5) the engine (DuckDB's import, the articles
    # placed, columns coded) waits for a page that filters.
    from dashboard import loading

    outlet_store(fresh_corpus)
    monkeypatch.setattr(loading, "CODED_APART_FROM", 3)
    made, primed = [], []

    class Counted(loading.Engine):
        def __init__(self, *args, **kwargs):
            made.append(1)
            super().__init__(*args, **kwargs)

        def prime(self):
            primed.append(1)
            return super().prime()

    monkeypatch.setattr(loading, "Engine", Counted)
    loading._engine.clear()
    at = run("overview")
    assert not at.exception and made == []
    # Sputnik's two articles (a, b): the headline figures of a filtered setting come from the engine.
    at = run("overview", query={"outlet": "سبوتنيك"})
    assert not at.exception and made == [1] and primed == []  # its columns coded as queries read them
    # A smaller corpus makes it on its first view, every column coded: its first filter change
    # then counts at once.
    monkeypatch.setattr(loading, "CODED_APART_FROM", 5)
    loading._engine.clear()
    at = run("overview")
    assert not at.exception and made == [1, 1] and primed == [1]
