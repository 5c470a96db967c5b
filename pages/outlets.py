"""Outlets: side by side per 1,000 words, whom each names, whom it quotes and how, what it covers."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from analysis.explore.charts import unchecked_figure
from analysis.explore.filters import evidence
from analysis.explore.markup import escape_chart_text
from analysis.explore.outlets import (
    NO_OUTLET, OTHER_OUTLETS, ROW_PIXELS, TOP_OUTLETS, articles_of, bubble_marker, outlet_columns, outlet_labels,
    outlet_sizes, rows_range, top_keys,
)
from dashboard import labels, loading, render, sidebar

# The kept articles alone: the rate tables come from the engine (loading.rates_of), which no
# longer needs every frame filtered in pandas on a filter change.
corpus, active, documents = sidebar.page_start_documents(
    "Outlets",
    "Outlets side by side, per 1,000 words of their articles: whom they name, whom they quote and with which "
    "polarity, which topics they cover. Bigger bubble, more per 1,000 words; click one for its sentences.",
)

columns = outlet_columns(documents)
sizes = outlet_sizes(documents, columns)
outlets = list(sizes["outlet"])
said = [labels.counted(len(outlets), "outlet column")]
if NO_OUTLET in outlets:
    n = int(sizes.loc[sizes["outlet"] == NO_OUTLET, "articles"].iloc[0])
    said.append(f"{labels.counted(n, 'article')} without an outlet counted as {NO_OUTLET}")
if OTHER_OUTLETS in outlets:
    folded = outlet_labels(documents)[columns == OTHER_OUTLETS].nunique()
    said.append(f"{labels.counted(folded, 'outlet')} beyond the {TOP_OUTLETS} with the most articles summed as {OTHER_OUTLETS}")
st.caption(" · ".join(said) + ".")
picked_outlet = st.dataframe(
    sizes.rename(columns={"outlet": "Outlet", "articles": "Articles", "words": "Words"}), hide_index=True,
    on_select="rerun", selection_mode="single-row", key=render.chart_key("outlets-table", active.to_query()),
    column_config=render.arabic_columns(sizes.rename(columns={"outlet": "Outlet"})),
)
chosen = render.picked_rows(picked_outlet)
if chosen:
    # The sentences behind the outlet's figures below: those holding a mention, a topic hit or a stance.
    outlet = sizes["outlet"].iloc[chosen[0]]
    items = evidence(corpus.frames, filters=replace(active, doc_ids=articles_of(columns, outlet)), found_only=True,
                     speaker_label=corpus.speaker_label)
    render.show_evidence(items, corpus, what=f"the figures of {outlet}")
else:
    st.caption("Select a row for the sentences behind the outlet's figures.")
top = st.slider("Rows shown (the most frequent over all outlets)", 3, 40, 15, key="outlets_top")
x_axis = {"categoryorder": "array", "categoryarray": [escape_chart_text(o) for o in outlets], "side": "top", "automargin": True}


def bubbles(traces: list[dict], rows: list[str], *, key: str, **layout) -> list[list]:
    """Draw a bubble matrix (outlets across, ``rows`` down) of ``traces`` (plain dicts, as plotly's
    check would leave them: lists, numpy arrays for numbers) and return the picked points' data.

    The figure is built unchecked (analysis.explore.charts.unchecked_figure): plotly checking the
    three charts' points and layouts property by property was a fifth of a date change at 10,000
    articles, for the same figure."""
    figure = unchecked_figure(traces, {
        **layout, "height": 120 + ROW_PIXELS * len(rows), "margin": {"l": 10, "r": 10, "t": 40, "b": 10}, "xaxis": dict(x_axis),
        "yaxis": {"categoryorder": "array", "categoryarray": rows[::-1], "automargin": True, "range": rows_range(len(rows))},
        "legend": {"orientation": "h", "y": 0, "yanchor": "top", "x": 0, "xanchor": "left"},
    })
    event = st.plotly_chart(figure, on_select="rerun", selection_mode=("points",), config=render.PLOTLY_CONFIG,
                            key=render.chart_key(key, active.to_query(), top))
    return render.selected(event)


def show_sentences(outlet: str, what: str, layer: str, **settings) -> None:
    """The sentences behind a clicked bubble: the outlet's articles, narrowed by ``settings``."""
    items = evidence(corpus.frames, filters=replace(active, doc_ids=articles_of(columns, outlet), **settings),
                     layers=(layer,), speaker_label=corpus.speaker_label)
    render.show_evidence(items, corpus, what=f"{what} in {outlet}")


def marker(values: pd.Series, colour: str, biggest: float) -> dict:
    """A bubble's marker, its sizes as the numpy array plotly's check made of them (sent as a typed array)."""
    return {**bubble_marker(values.to_numpy(dtype="float64"), biggest), "color": colour, "line": {"width": 0}}


# -- actors they name -----------------------------------------------------------------------------------
st.subheader("Whom they name")
actors = loading.rates_of(corpus, active, "actors", columns, sizes)
if actors.empty:
    st.info("No actor mention matches the filters.")
else:
    kept = top_keys(actors, "actor_id", "mentions", top=top)
    shown = actors[actors["actor_id"].isin(kept)]
    names = {a: escape_chart_text(render.short(corpus.actor_label(a))) for a in kept}
    bubble = {
        "type": "scatter", "x": [escape_chart_text(o) for o in shown["outlet"]], "y": shown["actor_id"].map(names).tolist(), "mode": "markers",
        "marker": marker(shown["per_1000_words"], "#1c7ed6", shown["per_1000_words"].max()),
        "customdata": shown[["outlet", "actor_id", "mentions", "per_1000_words"]].values.tolist(),
        "hovertext": [labels.counted(int(n), "mention") for n in shown["mentions"]],
        "hovertemplate": "%{y} in %{x}<br>%{hovertext}, %{customdata[3]:.1f} per 1,000 words<extra></extra>",
    }
    picked = bubbles([bubble], [names[a] for a in kept], key="outlets-actors")
    if picked:
        outlet, actor_id = picked[0][0], picked[0][1]
        show_sentences(outlet, corpus.actor_name(actor_id), "actors", actor_ids=(actor_id,))

# -- whom they quote ----------------------------------------------------------------------------------
st.subheader("Whom they quote, and how")
st.caption("Statements by each speaker, by polarity (the article's own words, not a quote, are left out).")
speakers = loading.rates_of(corpus, active, "speakers", columns, sizes)
if speakers.empty:
    st.info("No quoted speaker matches the filters.")
else:
    # Each speaker labelled once (a row per outlet and polarity repeats them), from plain lists:
    # iterating the Arrow columns and labelling 11,000 rows one by one took 25 ms of every rerun.
    pairs = list(zip(speakers["speaker_id"].tolist(), speakers["speaker_name"].tolist()))
    named = {pair: corpus.speaker_label(*pair) for pair in set(pairs)}
    speakers = speakers.assign(speaker=[named[pair] for pair in pairs])
    kept = top_keys(speakers, "speaker", "stances", top=top)
    shown = speakers[speakers["speaker"].isin(kept)]
    names = {s: escape_chart_text(render.short(s)) for s in kept}
    traces = []
    for polarity, colour in labels.POLARITY_COLOURS.items():
        rows = shown[shown["polarity"] == polarity]
        if rows.empty:
            continue
        traces.append({
            "type": "scatter", "x": [escape_chart_text(o) for o in rows["outlet"]], "y": rows["speaker"].map(names).tolist(),
            "mode": "markers", "name": polarity.capitalize(),
            "offsetgroup": polarity, "marker": marker(rows["per_1000_words"], colour, shown["per_1000_words"].max()),
            "customdata": rows[["outlet", "speaker_name", "polarity", "stances", "per_1000_words"]].values.tolist(),
            "hovertext": [labels.counted(int(n), f"{polarity} statement") for n in rows["stances"]],
            "hovertemplate": "%{y} in %{x}<br>%{hovertext}, "
                             "%{customdata[4]:.1f} per 1,000 words<extra></extra>",
        })
    picked = bubbles(traces, [names[s] for s in kept], key="outlets-speakers", scattermode="group")
    if picked:
        outlet, speaker_name, polarity = picked[0][0], picked[0][1], picked[0][2]
        show_sentences(outlet, f"{polarity} statements by {labels.speaker_words(speaker_name)}", "stances",
                       speakers=(speaker_name,), polarities=(polarity,))

# -- topics they cover --------------------------------------------------------------------------------
st.subheader("What they cover")
topics = loading.rates_of(corpus, active, "topics", columns, sizes)
if topics.empty:
    st.info("No topic term matches the filters.")
else:
    order = [t for t in corpus.lexicon.topic_ids if t in set(topics["topic"])]
    names = {t: escape_chart_text(corpus.topic_label(t)) for t in order}
    traces = []
    biggest = topics["per_1000_words"].max()
    for topic in order:
        rows = topics[topics["topic"] == topic]
        light = corpus.lexicon.topic_colours.get(topic, "#adb5bd")
        traces.append({
            "type": "scatter", "x": [escape_chart_text(o) for o in rows["outlet"]], "y": rows["topic"].map(names).tolist(),
            "mode": "markers", "name": names[topic], "showlegend": False,
            "marker": {**marker(rows["per_1000_words"], light, biggest), "line": {"width": 1, "color": "#495057"}},
            "customdata": rows[["outlet", "topic", "hits", "per_1000_words"]].values.tolist(),
            "hovertext": [labels.counted(int(n), "hit") for n in rows["hits"]],
            "hovertemplate": "%{y} in %{x}<br>%{hovertext}, %{customdata[3]:.1f} per 1,000 words<extra></extra>",
        })
    picked = bubbles(traces, [names[t] for t in order], key="outlets-topics")
    if picked:
        outlet, topic = picked[0][0], picked[0][1]
        show_sentences(outlet, corpus.topic_label(topic), "topics", topics=(topic,))
