"""Stances: who says what about whom, with which polarity, and the sentences it rests on."""

from dataclasses import replace

import streamlit as st

from analysis.explore import charts
from analysis.explore.filters import evidence, filter_frames
from dashboard import labels, loading, render, sidebar

corpus = loading.load()
active = sidebar.filters()
frames = filter_frames(corpus.frames, active)
stances = frames.stances

st.title("Stances")
st.caption(
    "A stance is a cue (a reporting verb like قال, or an evaluative word like رحب or عدوان) attributed to a speaker, "
    "with a polarity and a target; outside any statement it is the article's own voice."
)
sidebar.filters_note(active, corpus)
if stances.empty:
    st.info("No stance matches the filters.")
    st.stop()


speaker_label = corpus.speaker_label


# -- polarity by speaker ------------------------------------------------------------------------------
st.subheader("Polarity by speaker")
by_speaker, speakers = charts.polarity_by_speaker(stances)
speaker_names = {row.speaker_name: speaker_label(row.speaker_id, row.speaker_name) for row in by_speaker.itertuples()}
# On the chart a known speaker carries the Arabic name too: "Khalifa Haftar · خليفة حفتر".
axis = {row.speaker_name: corpus.actor_label(row.speaker_id) if row.speaker_id else speaker_label("", row.speaker_name)
        for row in by_speaker.itertuples()}
figure = charts.speaker_polarity_figure(by_speaker, speakers, axis)
event = st.plotly_chart(
    figure, on_select="rerun", selection_mode=("points", "box"), config=render.PLOTLY_CONFIG,
    key=render.chart_key("stances-speakers", active.to_query()),
)
render.legend([("cue-positive", "positive cue"), ("cue-negative", "negative cue"), ("cue-neutral", "neutral cue")])
picked = [(speaker, polarity) for speaker, polarity in render.selected(event)]
if picked:
    for speaker in dict.fromkeys(s for s, _ in picked):
        polarities = tuple(p for s, p in picked if s == speaker)
        items = evidence(corpus.frames, filters=replace(active, speakers=(speaker,), polarities=polarities), layers=("stances",),
                         speaker_label=corpus.speaker_label)
        render.show_evidence(items, corpus, what=f"{' and '.join(polarities)} cues of {speaker_names[speaker]}")
else:
    st.caption("Click a bar segment to read that speaker's cues in their sentences.")

# -- the table ----------------------------------------------------------------------------------------
st.subheader("Stance table")
speaker_pairs = list(zip(stances["speaker_id"].tolist(), stances["speaker_name"].tolist()))
target_pairs = list(zip(stances["target"].tolist(), stances["target_kind"].tolist()))
# Each distinct value labelled once: a thousand articles hold tens of thousands of stances.
speaker_labels = {pair: speaker_label(*pair) for pair in set(speaker_pairs)}
target_labels = {pair: corpus.target_label(*pair) for pair in set(target_pairs)}
table = stances.assign(
    article=[corpus.label(d) for d in stances["doc_id"].tolist()],
    speaker=[speaker_labels[pair] for pair in speaker_pairs],
    target_label=[target_labels[pair] for pair in target_pairs],
    found_by=stances["attribution"].map(labels.attribution_label),
)
shown = table[["article", "sentence_id", "speaker", "cue", "polarity", "target_label", "quote", "cue_type", "found_by"]]
selection = st.dataframe(
    shown, hide_index=True, on_select="rerun", selection_mode="multi-row", key="stances-table",
    column_config=render.arabic_columns(shown, {
        "article": "Article", "sentence_id": st.column_config.NumberColumn("Sentence", width="small"),
        "speaker": "Speaker", "cue": "Cue", "polarity": "Polarity", "target_label": "Target",
        "quote": st.column_config.CheckboxColumn("Quote", width="small"), "cue_type": "Cue type", "found_by": "Found by",
    }),
)
rows = selection.selection.rows if selection else []
if rows:
    items = []
    for row in table.iloc[rows].itertuples(index=False):
        items += evidence(
            corpus.frames, doc_id=row.doc_id, sentence_ids=[row.sentence_id],
            filters=replace(active, speakers=(row.speaker_name,), polarities=(row.polarity,)), layers=("stances", "actors"),
            speaker_label=corpus.speaker_label,
        )
    unique = {(item.doc_id, item.sentence_id): item for item in items}
    render.show_evidence(list(unique.values()), corpus, what="the selected stances")
else:
    st.caption("Select rows to read their sentences, cue and actors marked.")
