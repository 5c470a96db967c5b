"""analysis.explore.charts: the figures the pages and the report share, on the seeds."""

from __future__ import annotations

from analysis.explore.aggregate import polarity_by_speaker
from analysis.explore.charts import ellipsis, short, speaker_polarity_figure, top_actors, top_actors_figure
from analysis.explore.labels import actor_label


def test_top_actors_of_the_seeds(frames, lexicon):
    top = top_actors(frames.mentions, limit=3)
    # Libya 14, Lavrov 13, then Haftar and Moscow tie at 10: the tie goes by id.
    assert top[["actor_id", "actor_type", "mentions", "articles"]].values.tolist() == [
        ["libya", "state", 14, 2], ["lavrov", "person", 13, 2], ["haftar_khalifa", "person", 10, 2],
    ]
    figure = top_actors_figure(top, lambda actor_id: actor_label(lexicon, actor_id))
    bars = {trace.name: trace for trace in figure.data}
    # The counts in words on hover, one article in the singular.
    assert bars["Person"].x[0] == 13 and bars["Person"].hovertext[0] == "Sergey Lavrov · سيرغي لافروف"
    assert bars["Person"].text[0] == "13 mentions in 2 articles"  # on hover, the counts in words
    assert [list(point) for point in bars["Person"].customdata] == [["lavrov"], ["haftar_khalifa"]]
    assert list(figure.layout.yaxis.categoryarray) == ["Libya · ليبيا", "Sergey Lavrov · سيرغي لافروف", "Khalifa Haftar · خليفة حفتر"]


def test_stances_by_speaker_and_polarity(frames):
    lavrov = frames.stances[frames.stances["speaker_id"] == "lavrov"]
    counts = polarity_by_speaker(lavrov)
    speakers = list(dict.fromkeys(counts["speaker_name"]))
    assert speakers == ["Sergey Lavrov"]
    assert dict(zip(counts["polarity"], counts["cues"])) == {"negative": 2, "neutral": 11, "positive": 8}
    figure = speaker_polarity_figure(counts, speakers, {"Sergey Lavrov": "Sergey Lavrov · سيرغي لافروف"})
    assert [(trace.name, list(trace.x)) for trace in figure.data] == [("Positive", [8]), ("Negative", [2]), ("Neutral", [11])]
    assert [trace.text[0] for trace in figure.data] == ["8 positive cues", "2 negative cues", "11 neutral cues"]
    # On hover, one cue in the singular: without «لا يزال معقدا», one negative cue is left.
    counts = polarity_by_speaker(lavrov[lavrov["cue"] != "معقدا"])
    figure = speaker_polarity_figure(counts, speakers, {"Sergey Lavrov": "Sergey Lavrov · سيرغي لافروف"})
    assert [trace.text[0] for trace in figure.data] == ["8 positive cues", "1 negative cue", "11 neutral cues"]


def test_long_labels_are_cut_on_the_axis():
    assert short("GNU Ministry of Foreign Affairs · وزارة الخارجية") == "GNU Ministry of Foreign…"
    assert short("Presidential-Council-of-the-Government-of-National-Accord") == "Presidential-Council-of-the-G…"
    assert short("Sergey Lavrov") == "Sergey Lavrov"
    assert short("Sergey Lavrov · سيرغي لافروف") == "Sergey Lavrov · سيرغي لافروف"


def test_an_arabic_name_is_never_cut_in_half():
    # An actor's two names are kept whole, as many as fit: "عبد" alone (of عبد المجيد) read as a name.
    assert short("Abdelmadjid Tebboune · عبد المجيد تبون") == "Abdelmadjid Tebboune"
    assert short("Abdullah al-Lafi · عبد الله اللافي") == "Abdullah al-Lafi"
    assert short("United Nations · منظمة الأمم المتحدة", 40) == "United Nations · منظمة الأمم المتحدة"
    # A person the lexicon lacks keeps a mark for the words that do not fit (bare, the Arabic name
    # read as a lexicon actor without an English name); the page explains it.
    assert short("Not in lexicon · محمد عبد الرحمن السويحلي") == "* محمد عبد الرحمن السويحلي"
    assert short("Not in lexicon · سالم الورفلي") == "Not in lexicon · سالم الورفلي"
    # An unnamed source keeps its word: bare, «المختص في الشأن الليبي» read as a person's name.
    assert short("Unnamed · المختص في الشأن الليبي", 31) == "Unnamed · المختص في الشأن…\u200f"
    assert short("Unnamed · مسؤول عسكري") == "Unnamed · مسؤول عسكري"


def test_the_ellipsis_of_cut_arabic_is_at_its_reading_end():
    # After Arabic, a right-to-left mark keeps the ellipsis inside the Arabic run, at its left end,
    # in a left-to-right line (a chart's axis, a markdown list): not where an Arabic reader starts.
    title = "لافروف يستقبل حفتر في موسكو لبحث الأزمة الليبية"
    assert short(title) == "لافروف يستقبل حفتر في موسكو…\u200f"
    assert short("Not in lexicon · محمد عبد الرحمن السويحلي بن علي الكبير") == "* محمد عبد الرحمن السويحلي…\u200f"
    assert ellipsis("عبد الله") == "عبد الله…\u200f"
    # Latin last (digits and punctuation do not count): nothing added.
    assert ellipsis("Article 3 — لافروف in Moscow") == "Article 3 — لافروف in Moscow…"
    assert ellipsis("لافروف 2024,") == "لافروف 2024,…\u200f"


def test_two_labels_close_together_are_placed_apart():
    from analysis.explore.charts import padded_range, point_labels
    # Two points 10 px apart in a 390 × 470 px plot: "top center" for both wrote one over the other.
    points = {"army": (0.70, -1.34), "russia": (0.72, -1.30)}
    places = point_labels(points, {"army": "Libyan National Army", "russia": "روسيا"}, x_range=(0.0, 1.3), y_range=(-1.5, 1.5))
    assert places == {"army": "bottom center", "russia": "top center"}
    assert padded_range([1.0, 3.0], least=0.2) == (0.84, 3.16) and padded_range([2.0]) == (1.75, 2.25)


def test_a_trace_placed_in_a_subplot_names_its_axes():
    from plotly.subplots import make_subplots

    from analysis.explore.charts import in_subplot

    rows = make_subplots(rows=3, cols=1, shared_xaxes=True)
    assert in_subplot(rows, 1, 1, type="bar", name="a") == {"type": "bar", "name": "a", "xaxis": "x", "yaxis": "y"}
    assert in_subplot(rows, 3, 1, type="bar")["yaxis"] == "y3"
    panels = make_subplots(rows=1, cols=3)
    placed = [in_subplot(panels, 1, col, type="bar", x=["a"], y=[col]) for col in (1, 2, 3)]
    assert [(trace["xaxis"], trace["yaxis"]) for trace in placed] == [("x", "y"), ("x2", "y2"), ("x3", "y3")]
    panels.add_traces(placed)  # the same places add_bar(row=1, col=…) gives
    assert [(trace.xaxis, trace.yaxis) for trace in panels.data] == [("x", "y"), ("x2", "y2"), ("x3", "y3")]


def test_no_two_lines_of_a_chart_share_a_colour_and_a_group_keeps_its_colour():
    from analysis.explore.charts import line_colours

    palette = ("blue", "orange", "green")
    first = line_colours(["RT", "Sputnik", "(no outlet)"], {}, palette)
    assert first == {"RT": "blue", "Sputnik": "orange", "(no outlet)": "green"}
    # The next chart's top groups differ: RT and Sputnik keep theirs, the new outlet takes the
    # colour of the group this chart leaves out, never RT's blue a second time.
    assert line_colours(["Sputnik", "Al-Ain", "RT"], first, palette) == {"Sputnik": "orange", "Al-Ain": "green", "RT": "blue"}
    # More groups than colours: the palette comes round again only then.
    assert list(line_colours(["a", "b", "c", "d"], {}, palette).values()) == ["blue", "orange", "green", "blue"]


def test_a_title_no_date_resolves_is_named_by_its_arabic_when_cut_short():
    # Cut at its English start, four such titles on one chart all read "Unresolved title (Vitaly…".
    assert short("Unresolved title (Dmitry Medvedev or Vladimir Putin) · الرئيس الروسي") == "Holder unclear · الرئيس الروسي"
    assert short("Unresolved title (Ivan Molotkov or Aydar Aganin) · السفير الروسي في ليبيا") == "السفير الروسي في ليبيا"
    assert short("Unresolved title (Vitaly Churkin or Vassily Nebenzia) · المندوب الروسي الدائم لدى الأمم المتحدة") == \
        "المندوب الروسي الدائم لدى…\u200f"


def test_a_figure_built_unchecked_is_the_figure_plotly_checks():
    from plotly.subplots import make_subplots

    from analysis.explore.charts import in_subplot, stacked_rows, unchecked_figure

    heights, titles = [3.8, 1.8], ["People", "States"]
    bar = {"type": "bar", "orientation": "h", "name": "Article 1", "marker": {"color": "#1c7ed6"}, "y": ["Sergey Lavrov"],
           "x": [2], "customdata": [["doc1", "lavrov"]], "text": ["2 mentions"], "textposition": "none"}
    checked = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.1, row_heights=heights, subplot_titles=titles)
    checked.add_traces([in_subplot(checked, 2, 1, **bar)])
    checked.update_yaxes(row=2, col=1, autorange="reversed")
    checked.update_xaxes(row=2, col=1, title="mentions")
    checked.update_layout(barmode="group", height=300)

    layout, axes = stacked_rows(2, vertical_spacing=0.1, titles=titles, row_heights=heights)
    assert axes == [("x", "y"), ("x2", "y2")]
    layout["yaxis2"]["autorange"] = "reversed"
    layout["xaxis2"]["title"] = {"text": "mentions"}
    layout.update(barmode="group", height=300)
    unchecked = unchecked_figure([{**bar, "xaxis": "x2", "yaxis": "y2"}], layout)
    assert unchecked.to_plotly_json() == checked.to_plotly_json()
    # Each call gets a grid of its own to change: not the dict changed above.
    assert "autorange" not in stacked_rows(2, vertical_spacing=0.1, titles=titles, row_heights=heights)[0]["yaxis2"]


def test_axis_settings_written_into_a_plain_layout_reach_every_axis_of_that_letter():
    from plotly.subplots import make_subplots

    from analysis.explore.charts import stacked_rows, unchecked_figure, update_axes

    checked = make_subplots(rows=3, cols=1, shared_xaxes=True, vertical_spacing=0.08)
    checked.update_yaxes(title="articles", rangemode="tozero")
    checked.update_xaxes(dtick="M1")
    layout, _ = stacked_rows(3, vertical_spacing=0.08)
    update_axes(layout, "y", title={"text": "articles"}, rangemode="tozero")
    update_axes(layout, "x", dtick="M1")
    assert [layout[f"yaxis{n}"]["rangemode"] for n in ("", 2, 3)] == ["tozero"] * 3
    assert "rangemode" not in layout["xaxis"] and layout["xaxis3"]["dtick"] == "M1"
    assert unchecked_figure([], layout).to_plotly_json() == checked.to_plotly_json()


def test_the_keyness_scatter_built_unchecked_is_the_one_plotly_checks():
    import pandas as pd
    import plotly.graph_objects as go

    from analysis.explore.charts import keyness_figure

    # Three terms: روسيا 6 times in A and once in B, Lavrov (an actor) 2 and 0, a cue 0 and 3.
    charted = pd.DataFrame({"kind": ["word", "actor", "cue"], "term": ["روسيا", "lavrov", "أدان"],
                            "name": ["روسيا", "Sergey Lavrov", "أدان"], "count_a": [6, 2, 0], "count_b": [1, 0, 3],
                            "z": [1.9, 1.2, -1.5]}, index=[4, 7, 9])
    names, colours = {"word": "Words", "actor": "Actors", "cue": "Cue phrases"}, {"word": "#1c7ed6", "actor": "#f76707", "cue": "#2f9e44"}
    texts, places = {4: "روسيا", 9: "أدان"}, {4: "middle right"}
    figure = keyness_figure(charted, ["word", "cue"], names=names, colours=colours, texts=texts, places=places,
                            x_range=(-0.1, 1.0), y_range=(-2.0, 2.5))

    checked = go.Figure()
    for kind in ("word", "cue"):
        rows = charted[charted["kind"] == kind]
        checked.add_scatter(
            # Lists, as the figure holds them (a Series would be sent as a typed array: the same points).
            name=names[kind], mode="markers+text", x=(rows["count_a"] + rows["count_b"]).tolist(), y=rows["z"].tolist(),
            marker={"color": colours[kind], "size": 8, "opacity": 0.75},
            text=[texts.get(i, "") for i in rows.index], textposition=[places.get(i) or "top center" for i in rows.index],
            textfont={"size": 13},
            customdata=[[k, t, n, int(a), int(b)] for k, t, n, a, b in zip(rows["kind"], rows["term"], rows["name"], rows["count_a"], rows["count_b"])],
            hovertemplate="%{customdata[2]}<br>A: %{customdata[3]} · B: %{customdata[4]}<br>z = %{y:.2f}<extra>%{fullData.name}</extra>",
        )
    checked.add_hline(y=0, line={"color": "rgba(128,128,128,.5)", "width": 1})
    checked.update_layout(
        height=560, margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"type": "log", "title": "times used in A and B (log scale)", "tickvals": [1, 2, 5, 10], "range": [-0.1, 1.0]},
        yaxis={"title": "z (up: more in A, down: more in B)", "range": [-2.0, 2.5]},
        legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left"},
    )
    assert figure.to_plotly_json() == checked.to_plotly_json()
    # The actors were not picked; the largest count, 7, takes the ticks up to 10 (within 1.5 times it).
    assert [trace.name for trace in figure.data] == ["Words", "Cue phrases"]
    assert figure.data[0].customdata[0] == ["word", "روسيا", "روسيا", 6, 1] and figure.layout.xaxis.tickvals == (1, 2, 5, 10)


def test_the_rows_laid_out_without_make_subplots_are_its_layout_to_the_last_bit():
    import json

    from plotly.subplots import make_subplots

    from analysis.explore.charts import stacked_rows

    # The Actors page's seven types (heights by how many actors each shows), the Trends page's
    # panels, one row, and titles with an empty one (make_subplots writes no annotation for it).
    cases = [(7, 0.35 / 7 / 2, ("People", "States", "Organisations", "Armed groups", "Media", "Places", "دول"),
              (9.0, 3.5, 2.25, 1.75, 1.0, 0.5, 0.75)),
             (3, 0.08, None, None), (1, 0.02, None, None), (2, 0.02, ("Mentions", ""), (2.0, 1.0))]
    for rows, spacing, titles, heights in cases:
        checked = make_subplots(rows=rows, cols=1, shared_xaxes=True, vertical_spacing=spacing,
                                row_heights=None if heights is None else list(heights),
                                subplot_titles=None if titles is None else list(titles))
        expected = checked.to_plotly_json()["layout"]
        expected.pop("template")
        layout, axes = stacked_rows(rows, vertical_spacing=spacing, titles=titles, row_heights=heights)
        assert layout == json.loads(json.dumps(expected))
        assert axes == [("x", "y")] + [(f"x{n}", f"y{n}") for n in range(2, rows + 1)]
    # Three equal rows 0.08 apart: each 0.28 high, the top one from 0.72 to 1.
    assert [round(v, 6) for v in stacked_rows(3, vertical_spacing=0.08)[0]["yaxis"]["domain"]] == [0.72, 1.0]
