"""The Stances page through Streamlit's AppTest: one name for a title no date resolves."""

from __future__ import annotations

import json

from analysis.corpus.documents import Document
from analysis.corpus.seeds import open_store

from test_pages import fresh_corpus, html_of, on_screen, run, select  # noqa: F401 (fresh_corpus: autouse fixture)

from conftest import rendered

TITLE = "Holder unclear · الرئيس الروسي"
HOLDERS = "Dmitry Medvedev or Vladimir Putin"


def test_a_title_no_date_resolves_has_one_name_wherever_it_is_read(fresh_corpus, monkeypatch):
    # The caption, bars and table said "Holder unclear · الرئيس الروسي", the hover and the
    # sentences' header "Unresolved title (Dmitry Medvedev or Vladimir Putin) · الرئيس الروسي".
    open_store(fresh_corpus).add([Document("undated", "وقال الرئيس الروسي إن موسكو تدعم الحوار في ليبيا.")])
    select(monkeypatch, "stances-speakers", lambda data: data[0].startswith("Unresolved title") and data[1] == "neutral")
    at = run("stances")
    assert TITLE in set(at.dataframe[0].value["speaker"])
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    bars = [(y, text) for trace in figure["data"] for y, text in zip(trace["y"], trace["text"]) if y == TITLE]
    assert bars and all(text.endswith(f"<br>may be {HOLDERS}") for _, text in bars)
    header = [rendered(c.value) for c in at.caption if "behind" in c.value]
    assert header == [f"1 sentence behind neutral cues of {TITLE} (may be {HOLDERS})"]
    assert f'title="{TITLE}: ' in html_of(at)
    # The sidebar's Speakers filter names it so too.
    speakers = at.sidebar.multiselect(key="filter_speakers")
    assert TITLE in speakers.options
    assert "Unresolved title" not in on_screen(at) + html_of(at) + "".join(speakers.options)
