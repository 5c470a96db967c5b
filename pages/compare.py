"""Compare: two articles side by side, their texts marked, and what they share and do not."""

from dataclasses import replace

import plotly.graph_objects as go
import streamlit as st

from analysis.explore.compare import compare
from analysis.explore.filters import evidence, spans
from analysis.explore.highlight import highlight_html, topic_kind
from analysis.explore.markup import escape_html, escape_markdown
from analysis.extract.unlisted import is_unlisted
from dashboard import labels, loading, render, sidebar, url

corpus = loading.load()
# The two articles are picked here, so the sidebar's article filter does not apply (the sidebar
# says so); the others do.
active = sidebar.filters()
frames = loading.filtered(corpus, active)
# Only the articles the outlet, date and search filters keep: the comparison reads the filtered
# frames, and an article they leave out is not in them (picked anyway, it stopped the page).
kept = set(frames.documents["doc_id"])
ids = [doc_id for doc_id in corpus.doc_ids if doc_id in kept]

st.title("Compare")
sidebar.filters_note(active, corpus)
if len(corpus.doc_ids) < 2:
    st.info(f"Comparing needs two articles; the corpus has {len(corpus.doc_ids)}. Add articles on the Corpus page or with `python -m analysis corpus add`.")
    st.stop()
if len(ids) < 2:
    st.info(f"Comparing needs two articles; {len(ids)} of the {len(corpus.doc_ids)} match the sidebar filters. Widen the filters to pick two.")
    st.stop()


def picked(side: str, key: str) -> str:
    """The article of one side: a list of the articles, or over
    :data:`dashboard.sidebar.ARTICLES_LISTED` of them a field of its number, as the sidebar's
    Articles filter (two lists of 100,000 articles took the browser 5 s to draw)."""
    if len(ids) <= sidebar.ARTICLES_LISTED:
        return st.selectbox(f"Article {side}", ids, key=key, format_func=loading.article_choice_of(corpus, outlet_first=True))
    numbers, doc_ids = f"{key}_number", corpus.doc_ids
    if numbers not in st.session_state:  # from the link or the session, as a list would be
        st.session_state[numbers] = doc_ids.index(st.session_state[key]) + 1
    number = st.number_input(f"Article {side}", min_value=1, max_value=len(doc_ids), step=1, key=numbers,
                             help="The article's number, as every page numbers the articles.")
    doc_id = doc_ids[int(number) - 1]
    if doc_id not in kept:
        shown = st.session_state[key]
        st.warning(f"{corpus.article_number(doc_id)} is left out by the sidebar filters; {corpus.article_number(shown)} stays.")
        return shown
    st.session_state[key] = doc_id  # its number, date and title head the text below
    return doc_id


# A link naming an article this corpus lacks (or the filters leave out) says so, as the sidebar
# does for its filters: the page silently showed another article in its place.
linked = {side: st.query_params.get(side.lower()) for side in ("A", "B")}
for side, doc_id in linked.items():
    if doc_id and doc_id not in ids:
        known = doc_id in set(corpus.doc_ids)
        named = corpus.label(doc_id) if known else f"“{doc_id}”"
        why = "is left out by the sidebar filters" if known else "is not in this corpus"
        st.warning(escape_markdown(f"The link's article {side}, {named}, {why}; another article is shown instead."))

picks = st.columns(2)
key_a = url.choice("compare_a", ids, ids[0], param="a", say=False)  # said above
with picks[0]:
    doc_a = picked("A", key_a)
key_b = url.choice("compare_b", ids, next(d for d in ids if d != doc_a), param="b", say=False)
with picks[1]:
    doc_b = picked("B", key_b)
url.keep("compare_a", doc_a, param="a")
url.keep("compare_b", doc_b, param="b")
if doc_a == doc_b:
    st.warning("Pick two different articles.")
    st.stop()

LAYERS = {"actors": "Actors", "topics": "Topic terms", "stances": "Stance cues"}
from_url = [layer for layer in st.query_params.get_all("mark") if layer in LAYERS]
if "w_compare_marks" not in st.session_state and "keep_compare_marks" not in st.session_state:
    # mark=cues (for stances) was dropped without a word, the texts marked otherwise than the link's.
    for strange in dict.fromkeys(layer for layer in st.query_params.get_all("mark") if layer not in LAYERS):
        url.say_unmatched("mark", strange, list(LAYERS), None)
if "w_compare_marks" not in st.session_state:
    st.session_state["w_compare_marks"] = st.session_state.get("keep_compare_marks") or from_url or ["actors", "topics"]
layers = st.pills("Mark in the texts", list(LAYERS), selection_mode="multi", key="w_compare_marks", format_func=LAYERS.get)
st.session_state["keep_compare_marks"] = layers
url.write_query({"mark": list(layers)}, keys=["mark"])

documents = corpus.frames.documents.set_index("doc_id")
result = compare(frames, doc_a, doc_b)

# -- the texts ----------------------------------------------------------------------------------------
legend = []
if "actors" in layers:
    legend += render.actor_legend(frames.mentions.loc[frames.mentions["doc_id"].isin([doc_a, doc_b]), "actor_type"])
if "topics" in layers:
    legend += [(topic_kind(t), f"topic: {corpus.topic_label(t)}") for t in corpus.lexicon.topic_ids]
if "stances" in layers:
    legend += [("cue-positive", "positive cue"), ("cue-negative", "negative cue"), ("cue-neutral", "neutral cue")]
if active.search:
    legend += [("search", "search match")]
if legend:
    render.legend(legend)
st.caption("Hover a marked word for the actor's English name or the topic.")
# Titles, details and texts each get their own row, so the two texts start level however long a title is.
sides = ((doc_a, "A"), (doc_b, "B"))
for column, (doc_id, side) in zip(st.columns(2), sides):
    with column:
        st.markdown(f"**{side} · {escape_markdown(corpus.label(doc_id))}**")
        render.arabic(documents.at[doc_id, "title"] or "(untitled)", title=True)
for column, (doc_id, _) in zip(st.columns(2), sides):
    row = documents.loc[doc_id]
    outlet = f' · <bdi lang="ar" class="marsad-inline">{escape_html(row["outlet"])}</bdi>' if row["outlet"] else ""
    column.html(f'<div class="marsad-meta">{escape_html(row["date"] or "undated")}{outlet} · {labels.counted(int(row["n_sentences"]), "sentence")}, {labels.counted(int(row["n_tokens"]), "token")}</div>')
for column, (doc_id, _) in zip(st.columns(2), sides):
    marks = spans(frames, doc_id, filters=active, layers=layers, speaker_label=corpus.speaker_label)
    # Full height, side by side: the page's scroll moves both texts together, nothing scrolls alone.
    column.html(render.arabic_html(highlight_html(frames.text(doc_id), marks), panel=True))

# -- actors -------------------------------------------------------------------------------------------
st.subheader("Actors")
actors = result.actors


def actor_list(rows, counts: str) -> str:
    """One line per actor: English name, Arabic name (right to left), mentions."""
    if rows.empty:
        return '<div class="marsad-meta">none</div>'
    items = []
    for row in rows.itertuples(index=False):
        actor = corpus.lexicon.actors.get(row.actor_id)
        arabic = f'<span class="marsad-inline" lang="ar" dir="rtl">{escape_html(actor.name_ar)}</span>' if actor else ""
        number = {"both": f"{row.count_a} / {row.count_b}", "a": str(row.count_a), "b": str(row.count_b)}[counts]
        # A person the lexicon lacks keeps a mark, explained under the lists: bare, the Arabic name
        # read as a lexicon actor without an English one.
        name = labels.unlisted_marked(row.actor_name) if is_unlisted(row.actor_id) else row.actor_name
        kind = labels.type_label(row.actor_type) + (f", {labels.UNLISTED.lower()}" if is_unlisted(row.actor_id) else "")
        items.append(
            f'<div class="marsad-item" title="{escape_html(kind)}">'
            f'<div class="marsad-names"><span>{escape_html(name)}</span>{arabic}</div><b>{number}</b></div>'
        )
    return f'<div class="marsad-list">{"".join(items)}</div>'


groups = st.columns(3)
for column, presence, title, counts in (
    (groups[0], "both", "In both (A / B mentions)", "both"),
    (groups[1], "only_a", f"Only in A · {corpus.label(doc_a)}", "a"),
    (groups[2], "only_b", f"Only in B · {corpus.label(doc_b)}", "b"),
):
    rows = actors[actors["presence"] == presence]
    with column:
        st.markdown(f"**{escape_markdown(title)}** ({len(rows)})")
        st.html(actor_list(rows, counts))
if any(is_unlisted(actor_id) for actor_id in actors["actor_id"]):
    st.caption(escape_markdown(labels.UNLISTED_NOTE))


def both_sides(what: str, settings: dict, layer: str) -> None:
    """The sentences behind a picked row: A's, then B's, each under its own caption."""
    for doc_id, side in sides:
        items = evidence(corpus.frames, doc_id=doc_id, filters=replace(active, **settings), layers=(layer,),
                         speaker_label=corpus.speaker_label)
        render.show_evidence(items, corpus, what=f"{what} in {side} · {corpus.label(doc_id)}")


with st.expander("Actor table"):
    actor_table = actors.assign(
        actor_type=actors["actor_type"].map(labels.type_label),
        actor_name_ar=[corpus.lexicon.actors[a].name_ar if a in corpus.lexicon.actors else "" for a in actors["actor_id"]],
    )
    picked_actor = st.dataframe(
        actor_table,
        hide_index=True, on_select="rerun", selection_mode="single-row",
        key=render.chart_key("compare-actors-table", doc_a, doc_b, active.to_query()),
        column_order=["actor_name", "actor_name_ar", "actor_type", "count_a", "count_b", "presence"],
        column_config=render.arabic_columns(actor_table, {
            "actor_name": "Actor", "actor_name_ar": "Arabic name", "actor_type": "Type",
            "count_a": "Mentions in A", "count_b": "Mentions in B", "presence": "Where"},
            order=["actor_name", "actor_name_ar", "actor_type", "count_a", "count_b", "presence"], edges=render.IN_EXPANDER),
    )
    chosen = render.picked_rows(picked_actor)
    if chosen:
        actor_id = actors["actor_id"].iloc[chosen[0]]
        render.legend(render.actor_legend([actors["actor_type"].iloc[chosen[0]]]))
        both_sides(corpus.actor_name(actor_id), {"actor_ids": (actor_id,)}, "actors")
    else:
        st.caption("Select a row for the sentences naming the actor in each article.")

# -- topics -------------------------------------------------------------------------------------------
st.subheader("Topics")
topics = result.topics
figure = go.Figure()
for doc_id, side, column in ((doc_a, "A", "per_1000_a"), (doc_b, "B", "per_1000_b")):
    hits = "hits_a" if side == "A" else "hits_b"
    figure.add_bar(
        name=f"{side} · {corpus.label(doc_id)}", marker_color=corpus.colours[doc_id], orientation="h",
        legendrank=1 if side == "A" else 2,
        y=[corpus.topic_label(t) for t in topics["topic"]], x=topics[column],
        customdata=[[doc_id, t, int(h)] for t, h in zip(topics["topic"], topics[hits])],
        hovertext=[labels.counted(int(h), "hit") for h in topics[hits]],
        hovertemplate="%{y}: %{x:.1f} per 1,000 tokens (%{hovertext})<extra>%{fullData.name}</extra>",
    )
figure.update_layout(
    barmode="group", height=110 + 52 * len(topics), margin={"l": 10, "r": 10, "t": 30, "b": 10},
    yaxis={"autorange": "reversed", "automargin": True}, xaxis={"title": "per 1,000 tokens"},
    legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left"},
)
event = st.plotly_chart(figure, on_select="rerun", selection_mode="points", config=render.PLOTLY_CONFIG,
                        key=render.chart_key("compare-topics", doc_a, doc_b, active.to_query()))
# Below the chart, not beside it: beside it the last column ("B − A") was cut even at 1440 px.
picked_topic = st.dataframe(
    topics.assign(topic=topics["topic"].map(corpus.topic_label)), hide_index=True, on_select="rerun", selection_mode="single-row",
    key=render.chart_key("compare-topics-table", doc_a, doc_b, active.to_query()),
    # The rates and their difference first, the raw hits last, in widths that fit beside the open
    # sidebar at 800 px: in the frame's order and 580 px wide, "B per 1,000" and "B − A" were cut off.
    column_order=["topic", "per_1000_a", "per_1000_b", "diff_per_1000", "hits_a", "hits_b"],
    column_config={
        "topic": st.column_config.TextColumn("Topic", width=100), "hits_a": st.column_config.NumberColumn("Hits A", width=52),
        "hits_b": st.column_config.NumberColumn("Hits B", width=52),
        "per_1000_a": st.column_config.NumberColumn("A per 1,000", width=80, format="%.1f"),
        "per_1000_b": st.column_config.NumberColumn("B per 1,000", width=80, format="%.1f"),
        # No "%+.1f": it writes a zero difference "+0.0"; the heading says which way the difference goes.
        "diff_per_1000": st.column_config.NumberColumn("B − A", width=56, format="%.1f"),
    },
)
for doc_id, topic, _ in render.selected(event)[:2]:
    items = evidence(corpus.frames, doc_id=doc_id, filters=replace(active, topics=(topic,)), layers=("topics",))
    render.show_evidence(items, corpus, what=f"{corpus.topic_label(topic)} in {corpus.label(doc_id)}")
chosen = render.picked_rows(picked_topic)
if chosen:
    topic = topics["topic"].iloc[chosen[0]]
    both_sides(corpus.topic_label(topic), {"topics": (topic,)}, "topics")
elif not render.selected(event):
    st.caption("Click a bar or select a row for the sentences with that topic's terms in each article.")

# -- stances ------------------------------------------------------------------------------------------
st.subheader("Stances by speaker")
stances = result.stances
if stances.empty:
    st.info("Neither article has a stance under the current filters.")
else:
    by_speaker = stances.assign(speaker=[corpus.speaker_label(i, n) for i, n in zip(stances["speaker_id"], stances["speaker_name"])])
    picked_stance = st.dataframe(
        by_speaker, hide_index=True, column_order=["speaker", "polarity", "count_a", "count_b"],
        on_select="rerun", selection_mode="single-row", key=render.chart_key("compare-stances-table", doc_a, doc_b, active.to_query()),
        # At most 230 px for the speaker: sized for Arabic, English names got 260 and pushed "Cues in B"
        # out of an 800 px window.
        column_config=render.arabic_columns(by_speaker, {"speaker": "Speaker", "polarity": "Polarity", "count_a": "Cues in A",
                                                         "count_b": "Cues in B"}, widest=230,
                                                order=["speaker", "polarity", "count_a", "count_b"]),
    )
    chosen = render.picked_rows(picked_stance)
    if chosen:
        row = by_speaker.iloc[chosen[0]]
        both_sides(f"{row['polarity']} stances by {row['speaker']}",
                   {"speakers": (row["speaker_name"],), "polarities": (row["polarity"],)}, "stances")
    else:
        st.caption("Select a row for the speaker's statements of that polarity in each article.")
