"""Links the pages do not know: a page setting or a date range from a shared link that the page
cannot show as written is said in one line, never changed without a word."""

from __future__ import annotations

import pytest

from test_pages import fresh_corpus, run  # noqa: F401 (fresh_corpus: autouse fixture)

from conftest import rendered


def warnings(at) -> list[str]:
    return [rendered(w.value) for w in at.warning]


@pytest.mark.parametrize(("page", "query", "said"), [
    ("trends", {"bin": "century"}, "The link's “bin=century” is none of auto, day, week, month or year; auto is shown instead."),
    ("trends", {"split": "everything"}, "The link's “split=everything” is none of none, outlet or actor; none is shown instead."),
    ("network", {"nodes": "-5"}, "The link's “nodes=-5” is none of 10, 20, 30, 50 or 80; 30 is shown instead."),
    ("network", {"network": "xyz"}, "The link's “network=xyz” is none of together or speech; together is shown instead."),
    ("network", {"link": "<script>"}, "The link's “link=<script>” is not one this page offers; it is left out."),
    ("topics", {"measure": "weird"}, "The link's “measure=weird” is none of hits or rate; rate is shown instead."),
    ("data", {"frame": "../../etc/passwd"}, "The link's “frame=../../etc/passwd” is none of documents, sentences, "
                                            "mentions, topics, topic_counts or stances; mentions is shown instead."),
    ("actors", {"nested": "2"}, "The link's “nested=2” is none of 1 or 0; 1 is shown instead."),
    ("groups", {"gb": "all"}, "The link's “gb=all” is none of rest or chosen; rest is shown instead."),
    ("compare", {"mark": ["actors", "cues"]}, "The link's “mark=cues” is none of actors, topics or stances; it is left out."),
])
def test_a_page_setting_the_page_does_not_know_is_said_once(page, query, said):
    # Each fell back to the page's default without a word, so the view was silently another than the link's.
    at = run(page, query=query)
    assert said in warnings(at)
    # Said for the link only: the next run is the analyst's own view.
    at.run()
    assert said not in warnings(at)


@pytest.mark.parametrize(("page", "query"), [
    ("trends", {"bin": "year", "split": "outlet"}), ("network", {"nodes": "10", "network": "speech"}),
    ("topics", {"measure": "hits"}), ("data", {"frame": "stances"}), ("actors", {"nested": "0"}),
    ("compare", {"mark": ["actors", "stances"]}),
])
def test_a_setting_the_page_knows_says_nothing(page, query):
    assert not [w for w in warnings(run(page, query=query)) if "The link's" in w]


def test_a_backwards_date_range_stays_as_the_link_wrote_it():
    # The sidebar says the range runs backwards; the address became from=2024-12-31 (the newest
    # article's day), so the link copied afterwards was not the one opened.
    at = run(query={"from": "2025", "to": "2017"})
    assert warnings(at) == ["The link's date range runs backwards (from 2025 to 2017): no article can fall in it."]
    assert (at.query_params["from"], at.query_params["to"]) == ("2025", "2017")
    at.switch_page("pages/actors.py").run()
    assert (at.query_params["from"], at.query_params["to"]) == ("2025", "2017")
    # A range wholly past the corpus is still moved inside it, as said.
    at = run(query={"from": "2099"})
    assert at.query_params["from"] == "2024-12-31"
