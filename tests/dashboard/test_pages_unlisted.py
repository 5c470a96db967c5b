"""A person the lexicon lacks keeps a mark where a long name leaves no room for its words."""

from __future__ import annotations

import json

from analysis.corpus.documents import Document
from analysis.corpus.seeds import open_store

from test_pages import fresh_corpus, html_of, run  # noqa: F401 (fresh_corpus: autouse fixture)

from conftest import SEED_2024, rendered

# "Not in lexicon · سالم عبد الكريم" is longer than a chart's axis label (30 characters).
LONG = "وقال النائب في البرلمان الليبي سالم عبد الكريم إن الوجود الأجنبي خطر على ليبيا."
NOTE = "* not in the lexicon (add it on the Suggestions page)"


def test_a_long_unlisted_name_keeps_a_mark_on_the_actors_chart(fresh_corpus):
    # "Not in lexicon" was dropped past the axis's limit: the bare Arabic name read as a lexicon
    # actor without an English name.
    open_store(fresh_corpus).add([Document("long", LONG, date="2024-06-01")])
    at = run("actors")
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    axis = {label for trace in figure["data"] for label in trace["y"]}
    assert "* سالم عبد الكريم" in axis and "سالم عبد الكريم" not in axis
    assert NOTE in [rendered(c.value) for c in at.caption]


def test_compare_marks_an_unlisted_person_in_its_lists(fresh_corpus):
    open_store(fresh_corpus).add([Document("long", LONG, date="2024-06-01")])
    at = run("compare", query={"a": SEED_2024, "b": "long"})
    assert "<span>* سالم عبد الكريم</span>" in html_of(at)
    assert NOTE in [rendered(c.value) for c in at.caption]
    # Two seeds, every actor listed: no mark, no note.
    assert NOTE not in [rendered(c.value) for c in run("compare").caption]


def test_the_network_marks_an_unlisted_person_in_its_names(fresh_corpus):
    # Its node was named by the bare Arabic name, read as a lexicon actor without an English name.
    open_store(fresh_corpus).add([Document("long", LONG, date="2024-06-01")])
    at = run("network")
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = [note["text"] for note in figure["layout"]["annotations"]]
    assert "* سالم عبد الكريم" in names and "سالم عبد الكريم" not in names
    assert NOTE in [rendered(c.value) for c in at.caption]
