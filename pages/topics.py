"""Topics: arms, energy, infrastructure and UN mediation (and any topic the lexicon adds) per
article, raw and per 1,000 tokens, and where in each article they come up."""

from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.explore.filters import evidence
from analysis.explore.markup import escape_html
from analysis.explore.highlight import css_class, topic_kind
from dashboard import labels, loading, render, sidebar, url

corpus = loading.load()
active = sidebar.filters()
# The kept articles alone: the counts come from the engine where it answers (loading.topic_counts_of,
# topic_rows_of), else from the filtered frames.
topic_ids = [t for t in corpus.lexicon.topic_ids if not active.topics or t in active.topics]
doc_ids = loading.kept_documents(corpus, active)["doc_id"].tolist()

st.title("Topics")
st.caption("Topic terms found in each article (the terms are listed in data/topics.csv). Click a bar or a point for its sentences.")
sidebar.filters_note(active, corpus)
if not doc_ids or not topic_ids:
    st.info("No article or topic matches the filters.")
    st.stop()

MEASURES = {"hits": "Hits", "rate": "Per 1,000 tokens"}
key = url.choice("topics_measure", list(MEASURES), "rate", param="measure")
measure = st.segmented_control("Measure", list(MEASURES), key=key, format_func=MEASURES.get, required=True) or "rate"
url.keep("topics_measure", measure, param="measure")
column = "hits" if measure == "hits" else "per_1000_tokens"

# -- per article ------------------------------------------------------------------------------------
per_article, terms = loading.topic_counts_of(corpus, active, topic_ids)
shown, colours = render.chart_articles(corpus, doc_ids, per_article, what="topic hits")
# The charted articles' rows: their counts, their hits and their sentences' positions.
counts, charted, positions = loading.topic_rows_of(corpus, active, topic_ids, shown)
cells = counts.groupby(["doc_id", "topic"])[["hits", "per_1000_tokens"]].sum()
figure = go.Figure()
for doc_id in shown:
    rows = cells.reindex([(doc_id, t) for t in topic_ids], fill_value=0)
    figure.add_bar(
        name=corpus.label(doc_id), marker_color=colours[doc_id],
        x=[corpus.topic_label(t) for t in topic_ids], y=rows[column].tolist(),
        customdata=[[doc_id, t, int(h), float(r)] for t, h, r in zip(topic_ids, rows["hits"], rows["per_1000_tokens"])],
        hovertext=[labels.counted(int(h), "hit") for h in rows["hits"]],
        hovertemplate="%{x}: %{hovertext}, %{customdata[3]:.1f} per 1,000 tokens<extra>%{fullData.name}</extra>",
    )
figure.update_layout(
    barmode="group", height=380, margin={"l": 10, "r": 10, "t": 30, "b": 10}, yaxis={"title": MEASURES[measure].lower()},
    legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 1, "xanchor": "right"},
)
event = st.plotly_chart(
    figure, on_select="rerun", selection_mode=("points", "box"), config=render.PLOTLY_CONFIG,
    key=render.chart_key("topics-bars", active.to_query(), measure),
)
picked = render.selected(event)
if picked:
    render.legend([(topic_kind(t), corpus.topic_label(t)) for t in topic_ids])
    for doc_id, topic, *_ in picked[:4]:
        items = evidence(corpus.frames, doc_id=doc_id, filters=replace(active, topics=(topic,)), layers=("topics",))
        render.show_evidence(items, corpus, what=f"{corpus.topic_label(topic)} in {corpus.label(doc_id)}")
else:
    st.caption("Select a bar to read the sentences with that topic's terms marked.")

if len(shown) < len(doc_ids):
    # A column pair per article is unreadable for hundreds of them: the charted ones.
    st.caption(f"Columns for the {labels.counted(len(shown), 'charted article')} (every row is on the Data page).")
table = counts.assign(article=[corpus.label(d) for d in counts["doc_id"]], topic_label=counts["topic"].map(corpus.topic_label))
wide = table.pivot_table(index="topic_label", columns="article", values=["hits", "per_1000_tokens"], aggfunc="sum", fill_value=0)
# Articles in the corpus' order, not the labels' (Article 1, Article 10, Article 2).
tabled = set(table["doc_id"].tolist())
in_order = [corpus.label(d) for d in corpus.doc_ids if d in tabled]
# The measure the chart shows first: beside the open sidebar in an 800 px window only two
# articles' columns fit.
values = ("hits", "per_1000_tokens") if measure == "hits" else ("per_1000_tokens", "hits")
wide = wide.reindex(columns=[(value, article) for value in values for article in in_order])
short_name = {corpus.label(d): corpus.article_number(d) for d in corpus.doc_ids if d in tabled}
headings = {}
for value, article in wide.columns:
    name = f"{article}: {'hits' if value == 'hits' else 'per 1,000'}"
    # Short headings, the full one as their tooltip: headed "Article 1 (2017-08-14): per 1,000", the
    # seeds' table was 790 px wide, 470 px of it visible beside the open sidebar in an 800 px window.
    headings[name] = (st.column_config.NumberColumn(f"{short_name[article]} hits", help=name, width=100) if value == "hits" else
                      st.column_config.NumberColumn(f"{short_name[article]} per 1,000", help=name, width=130, format="%.1f"))
wide.columns = list(headings)
picked_topic = st.dataframe(
    wide.reindex([corpus.topic_label(t) for t in topic_ids]).rename_axis("Topic"), on_select="rerun", selection_mode="single-row",
    key=render.chart_key("topics-table", active.to_query()),
    column_config={"_index": st.column_config.TextColumn("Topic", width=110), **headings},
)
chosen = render.picked_rows(picked_topic)
if chosen:
    # Rows are topic_ids in order; the sentences of the articles the table has columns for.
    topic = topic_ids[chosen[0]]
    within = {"doc_ids": tuple(shown)} if len(shown) < len(doc_ids) else {}
    render.legend([(topic_kind(topic), corpus.topic_label(topic))])
    items = evidence(corpus.frames, filters=replace(active, topics=(topic,), **within), layers=("topics",))
    render.show_evidence(items, corpus, what=corpus.topic_label(topic) + (" in the charted articles" if within else ""))
else:
    st.caption("Select a row for every sentence with that topic's terms.")

# -- where in the article -----------------------------------------------------------------------------
st.subheader("Where in each article")
st.caption("Each point is a sentence with the topic's terms, placed by its position in the article (0% = first sentence, 100% = last).")
if terms.empty:
    st.info("No topic term found under the current filters.")
    st.stop()
if len(shown) < len(doc_ids):
    st.caption(f"The same {labels.counted(len(shown), 'article')} as the chart above.")
# Only the charted articles' sentences: the strip draws nothing else.
per_sentence = charted.groupby(["doc_id", "sentence_id", "topic"]).agg(hits=("term", "size"), terms=("surface", lambda s: "، ".join(dict.fromkeys(s)))).reset_index()
at = pd.MultiIndex.from_arrays([per_sentence["doc_id"], per_sentence["sentence_id"]])
per_sentence["position"] = positions.reindex(at).fillna(0.0).to_numpy() if len(per_sentence) else []
strip = go.Figure()
# Added last first: plotly stacks horizontal groups bottom-up, and article 1 belongs on top.
by_doc = {doc_id: rows for doc_id, rows in per_sentence.groupby("doc_id", sort=False)}
for doc_id in reversed(shown):
    rows = by_doc.get(doc_id)
    if rows is None or rows.empty:
        continue
    strip.add_scatter(
        name=corpus.label(doc_id), mode="markers", offsetgroup=doc_id, orientation="h",
        x=rows["position"], y=[corpus.topic_label(t) for t in rows["topic"]],
        marker={"color": colours[doc_id], "size": 9 + 5 * rows["hits"], "line": {"width": 1, "color": "white"}},
        customdata=rows[["doc_id", "sentence_id", "topic", "hits", "terms"]].values.tolist(),
        hovertext=[labels.counted(int(h), "hit") for h in rows["hits"]],
        hovertemplate="sentence %{customdata[1]} (%{x:.0%}): %{hovertext}<br>%{customdata[4]}<extra>%{fullData.name}</extra>",
    )
strip.update_layout(
    scattermode="group", height=130 + 60 * len(topic_ids), margin={"l": 10, "r": 10, "t": 30, "b": 10},
    xaxis={"title": "position in the article", "range": [-0.04, 1.04], "tickformat": ".0%"},
    yaxis={"categoryorder": "array", "categoryarray": [corpus.topic_label(t) for t in reversed(topic_ids)], "automargin": True},
    legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 1, "xanchor": "right", "traceorder": "reversed"},
)
event = st.plotly_chart(
    strip, on_select="rerun", selection_mode=("points", "box"), config=render.PLOTLY_CONFIG,
    key=render.chart_key("topics-positions", active.to_query()),
)
picked = render.selected(event)
if picked:
    items = []
    for doc_id, sentence_id, topic, *_ in picked[:20]:
        items += evidence(corpus.frames, doc_id=doc_id, sentence_ids=[sentence_id], filters=replace(active, topics=(topic,)), layers=("topics",))
    render.show_evidence(list({(i.doc_id, i.sentence_id): i for i in items}.values()), corpus, what="the selected points")
else:
    st.caption("Click a point (or drag a box) to read its sentence.")

st.subheader("Terms found")
rows = []
for topic in topic_ids:
    found = terms[terms["topic"] == topic].sort_values("hits", ascending=False)
    if found.empty:
        continue
    chips = "".join(
        f'<span class="marsad-chip"><span lang="ar" dir="rtl" class="marsad-inline">{escape_html(term)}</span> <b>{hits_}</b></span>'
        for term, hits_ in zip(found["term"], found["hits"])
    )
    rows.append(
        f'<div class="marsad-terms"><mark class="hl {css_class(topic_kind(topic))}">{escape_html(corpus.topic_label(topic))}</mark>'
        f'<div class="marsad-chips">{chips}</div></div>'
    )
st.html("".join(rows))
st.caption("Terms as listed in the lexicon, with the hits in the articles shown (clitics such as و and لل included).")
