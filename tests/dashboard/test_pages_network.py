"""The Network page through Streamlit's AppTest, on the seeds: both graphs, the toggle in the URL,
a node and a link opening their sentences, the cap and the actor filter."""

from __future__ import annotations

import json

from test_pages import fresh_corpus, html_of, run, select  # noqa: F401 (fresh_corpus: autouse fixture)

from conftest import rendered


# Seed actors named in one line (English alone), where two lines found no room at 800 px.
ONE_LINE = 2


def figure(at) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def node_ids(at) -> set[str]:
    return {data[0] for trace in figure(at)["data"] for data in trace.get("customdata") or [] if data[3] == "node"}


def captions(at) -> list[str]:
    return [rendered(c.value) for c in at.caption]


def test_named_together_is_the_default_and_caps_the_actors():
    at = run("network")
    assert at.title[0].value == "Network"
    assert not at.error
    # 27 actors of the seeds share a sentence with another: 30 shown means all of them.
    assert len(node_ids(at)) == 27
    assert not any(c.startswith("Showing the") for c in captions(at))
    traces = {trace.get("name") for trace in figure(at)["data"]}
    assert {"Person", "State", "Organisation", "Armed group", "City", "Location"} <= traces
    # Names go where they overlap no other name and no node at 800 px, as annotations on a pale
    # ground above the links; where two lines find no room, the English name in one, or the label
    # further out, joined to its node by a line: all 27 are named (24 were, beside their nodes only).
    chart = figure(at)
    nodes = [trace for trace in chart["data"] if trace.get("customdata") and trace["customdata"][0][3] == "node"]
    at_point = {(x, y): data[0] for trace in nodes for x, y, data in zip(trace["x"], trace["y"], trace["customdata"])}
    notes = chart["layout"]["annotations"]
    named = {at_point[(note["x"], note["y"])]: note["text"] for note in notes}
    assert len(named) == len(notes) == 27
    assert named["lavrov"] == "Sergey Lavrov<br>سيرغي لافروف"
    assert sum(1 for text in named.values() if "<br>" not in text) == ONE_LINE
    assert {note["bgcolor"] for note in notes} == {"rgba(255, 255, 255, 0.82)"}
    assert not any(trace.get("text") for trace in nodes)  # no name drawn under the links any more
    joined = {at_point[(note["x"], note["y"])] for note in notes if note["showarrow"]}
    assert joined == {"jufra_base", "kharruba_base", "bathily", "lna"}
    at = run("network", query={"nodes": "10"})
    assert len(node_ids(at)) == 10 and {"lavrov", "libya", "moscow", "haftar_khalifa"} <= node_ids(at)
    assert ("Showing the 10 most connected of 27 actors; 63 links to the other 17 not drawn (raise the number above, "
            "or filter on an actor to see its links).") in captions(at)
    assert at.query_params["nodes"] == "10" and at.query_params["network"] == "together"


def test_a_node_opens_its_sentences(monkeypatch):
    select(monkeypatch, "network-graph", lambda data: data == ["lavrov", "", "", "node"])
    at = run("network")
    # Seven sentences of 2017 and five of 2024 name Lavrov (one of them twice).
    assert "12 sentences behind Sergey Lavrov" in captions(at)
    assert '<mark class="hl hl-actor-person" title="Sergey Lavrov (person)">لافروف</mark>' in html_of(at)


def test_a_link_opens_the_sentences_naming_both(monkeypatch):
    select(monkeypatch, "network-graph", lambda data: data == ["haftar_khalifa", "lavrov", "", "edge"])
    at = run("network")
    assert "3 sentences behind Khalifa Haftar with Sergey Lavrov" in captions(at)
    page = html_of(at)
    assert '<mark class="hl hl-actor-person" title="Khalifa Haftar (person)">حفتر</mark>' in page
    assert "sentence 3 · " in page and "sentence 8 · " not in page


def test_speaks_about_is_kept_in_the_url_and_its_arrows_open_the_cues(monkeypatch):
    select(monkeypatch, "network-graph", lambda data: data == ["presidential_council", "lavrov", "neutral", "edge"])
    at = run("network", query={"network": "speech"})
    assert at.query_params["network"] == "speech"
    chart = figure(at)
    arrows = [trace for trace in chart["data"] if trace.get("marker", {}).get("symbol") == "arrow"]
    assert sorted(trace["name"] for trace in arrows) == ["Negative stance", "Neutral stance", "Positive stance"]
    # 19 arrowheads (Haftar's vow to fight on until the army holds the land, convention 6, speaks
    # about the army; Lavrov's «الوضع في ليبيا لا يزال معقدا» about Libya), each drawn turned from
    # the point behind it (size 0) on its edge, so it points along the edge whatever the axes' scales.
    assert sum(1 for trace in arrows for size in trace["marker"]["size"] if size > 0) == 19
    assert sum(len(trace["customdata"]) for trace in arrows) == 2 * 19
    assert {trace["marker"]["angleref"] for trace in arrows} == {"previous"}
    assert len(node_ids(at)) == 13
    # The Presidential Council's two neutral cues about Lavrov are in one sentence of 2024.
    assert "1 sentence behind neutral stances of Presidential Council about Sergey Lavrov" in captions(at)
    assert 'class="hl hl-cue-neutral"' in html_of(at)


def test_a_link_clicked_on_the_chart_is_put_in_the_url(monkeypatch):
    # Clicked, the link's sentences showed, but the URL did not name it: the view could not be shared.
    select(monkeypatch, "network-graph", lambda data: data == ["presidential_council", "lavrov", "neutral", "edge"])
    at = run("network", query={"network": "speech"})
    assert at.query_params["link"] == "presidential_council>lavrov>neutral"
    assert at.selectbox(key="w_network_link_speech").value == "presidential_council>lavrov>neutral"
    # A link chosen in the box afterwards wins over the chart's standing selection.
    at.selectbox(key="w_network_link_speech").set_value("").run()
    assert "link" not in at.query_params
    assert not any("behind neutral stances of Presidential Council" in c for c in captions(at))


def test_a_link_chosen_in_the_url():
    at = run("network", query={"link": "haftar_khalifa>lavrov>"})
    assert "3 sentences behind Khalifa Haftar with Sergey Lavrov" in captions(at)
    assert at.query_params["link"] == "haftar_khalifa>lavrov>"


def test_an_actor_filter_shows_its_neighbourhood():
    at = run("network", query={"actor": "wagner"})
    # Wagner is named with six actors; their links with each other (Haftar and Libya…) are left out.
    assert node_ids(at) == {"wagner", "haftar_khalifa", "jufra_base", "kharruba_base", "libya", "moscow", "tripoli"}
    assert "Filtered: Actors: Wagner Group · مجموعة فاغنر" in captions(at)
