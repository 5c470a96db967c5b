"""Stances: who says what about whom, with which polarity, and the sentences it rests on."""

import re
from dataclasses import replace

import streamlit as st

from analysis.explore import charts, columns
from analysis.explore.aggregate import OTHERS
from analysis.explore.filters import evidence
from analysis.explore.labels import UNDATED_TITLE, UNLISTED, UNLISTED_MARK, UNNAMED, speaker_words
from analysis.explore.markup import escape_markdown
from analysis.extract.schema import ARTICLE_VOICE
from dashboard import labels, loading, render, sidebar

corpus = loading.load()
active = sidebar.filters()
# The kept stances: where the engine answers, their rows of the corpus's frame, a page taken at a
# time by the table (loading.stances_of), and the chart counted by the engine; no frame filtered.
stances = loading.stances_of(corpus, active)

st.title("Stances")
st.caption(
    "A stance is a cue (a reporting verb like قال, or an evaluative word like رحب or عدوان) attributed to a speaker, "
    f"with a polarity and a target; outside any quoted statement it is the article's own (\"{speaker_words(ARTICLE_VOICE)}\")."
)
# What the speakers' prefixes mean, said once where they are read (issue 9: in an analyst's words).
st.caption(
    f"{UNLISTED} · a person or body named in the text whom the lexicon lacks (add them on the Suggestions page; "
    f"{escape_markdown(UNLISTED_MARK)} before a name too long for these words); "
    f"{UNNAMED} · a source the article does not name (Libyan sources, an expert); {UNDATED_TITLE} · a title held by "
    "several people over time, in an article with no date (a bar's hover and its sentences say who may hold it)."
)
sidebar.filters_note(active, corpus)
if stances.empty:
    st.info("No stance matches the filters.")
    st.stop()


speaker_label = corpus.speaker_label



# -- polarity by speaker ------------------------------------------------------------------------------
st.subheader("Polarity by speaker")
# The speakers with the most cues, each a bar, and the rest summed in one: a bar per speaker is
# unreadable (and took 43 s to draw) at 10,000 articles.
by_speaker = loading.polarity_by_speaker_of(corpus, active, stances, top=render.TOP_BARS)
speakers = list(dict.fromkeys(by_speaker["speaker_name"]))
n_others = int(by_speaker.loc[by_speaker["speaker_name"] == OTHERS, "speakers"].max()) if OTHERS in speakers else 0
others_words = labels.counted(n_others, "other speaker")
speaker_names = {row.speaker_name: others_words if row.speaker_name == OTHERS else speaker_label(row.speaker_id, row.speaker_name)
                 for row in by_speaker.itertuples()}
# On the chart a known speaker carries the Arabic name too: "Khalifa Haftar · خليفة حفتر".
axis = {row.speaker_name: others_words if row.speaker_name == OTHERS
        else corpus.actor_label(row.speaker_id) if row.speaker_id else speaker_label("", row.speaker_name)
        for row in by_speaker.itertuples()}
# Who may hold a title no date resolves, on a second line of its hover and beside its sentences.
holders = {row.speaker_name: f"may be {held}" for row in by_speaker.itertuples()
           if row.speaker_id and (held := labels.title_holders(corpus.lexicon, row.speaker_id))}
figure = charts.speaker_polarity_figure(by_speaker, speakers, axis, holders)
if n_others:
    st.caption(f"The {len(speakers) - 1} speakers with the most cues, then the {others_words} in one bar; "
               "pick speakers in the sidebar's Speakers filter to chart them.")
event = st.plotly_chart(
    figure, on_select="rerun", selection_mode=("points", "box"), config=render.PLOTLY_CONFIG,
    key=render.chart_key("stances-speakers", active.to_query()),
)
render.legend([("cue-positive", "positive cue"), ("cue-negative", "negative cue"), ("cue-neutral", "neutral cue")])
picked = [(speaker, polarity) for speaker, polarity in render.selected(event)]
if picked:
    if any(speaker == OTHERS for speaker, _ in picked):
        st.caption(f"The last bar sums {others_words}: pick them in the sidebar's Speakers filter to read their cues.")
    for speaker in dict.fromkeys(s for s, _ in picked if s != OTHERS):
        polarities = tuple(p for s, p in picked if s == speaker)
        items = evidence(corpus.frames, filters=replace(active, speakers=(speaker,), polarities=polarities), layers=("stances",),
                         speaker_label=corpus.speaker_label)
        held = f" ({holders[speaker]})" if speaker in holders else ""
        render.show_evidence(items, corpus, what=f"{' and '.join(polarities)} cues of {speaker_names[speaker]}{held}")
else:
    st.caption("Click a bar segment to read that speaker's cues in their sentences.")

# -- the table ----------------------------------------------------------------------------------------
st.subheader("Stance table")


SPEAKER_LETTERS = 31  # "GNU Ministry of Foreign Affairs" fits the Speaker column's 200 px whole


def stance_rows(rows):
    """The table's rows in words; labelled per page (500 rows), not for every stance of the corpus."""
    speaker_pairs = list(zip(rows["speaker_id"].tolist(), rows["speaker_name"].tolist()))
    target_pairs = list(zip(rows["target"].tolist(), rows["target_kind"].tolist()))
    # Each distinct value labelled once.
    # Cut to what the 200 px column holds, at a word: right-aligned (for the Arabic names) a longer
    # name lost its start at the cell's left edge ("ssian Ministry of Foreign Affairs").
    speaker_labels = {pair: render.short(speaker_label(*pair), SPEAKER_LETTERS) for pair in set(speaker_pairs)}
    target_labels = {pair: corpus.target_label(*pair) for pair in set(target_pairs)}
    return rows.assign(
        article=[corpus.label(d) for d in rows["doc_id"].tolist()],
        speaker=[speaker_labels[pair] for pair in speaker_pairs],
        target_label=[target_labels[pair] for pair in target_pairs],
        found_by=rows["attribution"].map(labels.attribution_label),
    )[["article", "sentence_id", "speaker", "cue", "polarity", "target_label", "quote", "cue_type", "found_by"]]


table, page = render.paged(stances, key="stances-table", readable=stance_rows, name="stances")
shown = stance_rows(table)
# Who says what first, and where after: with the article and sentence first, beside the open sidebar
# in an 800 px window the speaker (sized to its longest name, right-aligned for the Arabic ones) was cut
# to its first letters and the cue out of sight. Speaker, cue and polarity fit there now: 200 px keep
# "GNU Ministry of Foreign Affairs" whole, and a cue longer than 100 px loses its end, not its start.
ORDER = ["speaker", "cue", "polarity", "target_label", "article", "sentence_id", "quote", "cue_type", "found_by"]
settings = render.arabic_columns(shown, {
    "article": "Article", "sentence_id": st.column_config.NumberColumn("Sentence", width="small"),
    "speaker": st.column_config.TextColumn("Speaker", width=200), "cue": st.column_config.TextColumn("Cue", width=100),
    "polarity": "Polarity",
    "target_label": st.column_config.TextColumn("Target", width=170),
    "quote": st.column_config.CheckboxColumn("Quote", width="small"), "cue_type": "Cue type", "found_by": "Found by",
}, order=ORDER)
# Right-aligned for its Arabic targets and narrowed off an 800 px window's edge, the Target column
# showed "opic: UN mediation" and "ernment of National Accord": an English label is cut at a word
# to what the column shows (an Arabic one overflowing loses its end, where a cut would be).
fits = columns.latin_letters(settings["target_label"]["width"])
shown["target_label"] = [label if re.search(render.ARABIC_LETTER, label) else render.short(label, fits) for label in shown["target_label"]]
selection = st.dataframe(
    shown, hide_index=True, on_select="rerun", selection_mode="multi-row", key=f"stances-table-{page}",
    column_order=ORDER, column_config=settings,
)
rows = render.picked_rows(selection)
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
