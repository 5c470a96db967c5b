"""Actors: who each article names, how often, whom it names together, and the sentences behind it."""

from dataclasses import replace

import pandas as pd

import plotly.graph_objects as go
import streamlit as st

from analysis.explore import aggregate
from analysis.explore.charts import stacked_rows, unchecked_figure
from analysis.explore.cooccurrence import pair_counts
from analysis.explore.filters import evidence
from analysis.explore.markup import escape_markdown
from dashboard import labels, loading, render, sidebar, url

corpus = loading.load()
active = sidebar.filters()

st.title("Actors")
st.caption("Mentions of each actor in each article, grouped by the actor's type. Click a bar for the sentences behind it.")
sidebar.filters_note(active, corpus)
key = url.flag("actors_nested", True, param="nested")
include_nested = st.toggle(
    "Include nested mentions", key=key,
    help="A body named inside another actor's title: the Libyan National Army in "
         "القائد العام للجيش الوطني الليبي خليفة حفتر. Off: only Haftar is counted there.",
)
url.keep_flag("actors_nested", include_nested, True, param="nested")
analysed = loading.analysed(corpus, nested=include_nested)
# The counts alone: from the engine where it answers (loading.actor_counts_of), else from the
# filtered mentions; the page draws nothing else of the filtered frames.
totals_table, per_article = loading.actor_counts_of(corpus, active, nested=include_nested)
if totals_table.empty:
    st.info("No actor mention matches the filters.")
    st.stop()

# -- mentions per actor per article ---------------------------------------------------------------
# Totals per actor, and per actor and article for the charted articles only (analysis.explore.aggregate).
# Plain Python lists and dicts from here: looking values up one by one in arrow-backed pandas
# objects costs more than the rest of the page for a thousand articles.
totals = dict(zip(totals_table["actor_id"].tolist(), totals_table["total"].tolist()))
present = set(totals_table["actor_type"].tolist())
types = [t for t in labels.TYPE_LABELS if t in present] + sorted(present - set(labels.TYPE_LABELS))
of_type = {t: [] for t in types}
for actor_type, actor_id in zip(totals_table["actor_type"].tolist(), totals_table["actor_id"].tolist()):
    of_type[actor_type].append(actor_id)
actors_by_type = {t: sorted(of_type[t], key=lambda a: (-totals[a], corpus.actor_name(a))) for t in types}
# Bars for the most named actors of each type; the table lists every actor.
cut = {t: len(ids) - render.TOP_BARS for t, ids in actors_by_type.items() if len(ids) > render.TOP_BARS}
actors_by_type = {t: ids[:render.TOP_BARS] for t, ids in actors_by_type.items()}
if cut:
    st.caption("The chart shows the " + str(render.TOP_BARS) + " most named actors of each type; "
               + ", ".join(f"{n:,} more {labels.type_label(t).lower()}" for t, n in cut.items())
               + " are in the table below.")
doc_ids = per_article.index.tolist()  # the articles with a kept mention, in the corpus's order
shown, colours = render.chart_articles(corpus, doc_ids, per_article, what="actor mentions")
charted = loading.actor_article_counts_of(corpus, active, shown, nested=include_nested)
cells = dict(zip(zip(charted["doc_id"].tolist(), charted["actor_id"].tolist()), charted["mentions"].tolist()))
# The articles not charted, as one grey bar: an actor's bars add up to the total it is ranked by.
rest = aggregate.actor_rest_counts(totals_table, charted) if len(shown) < len(doc_ids) else {}
OTHER_ARTICLES = f"Other articles ({len(doc_ids) - len(shown):,})"

# The figure as plain data, unchecked (analysis.explore.charts.unchecked_figure): plotly checking
# the 63 bar traces (nine articles in seven rows of types) property by property was half of a
# filter change at 10,000 articles. Written as the checked figure would be (title as {"text": …}).
layout, axes = stacked_rows(len(types), vertical_spacing=0.35 / max(len(types), 1) / 2,
                            row_heights=[len(actors_by_type[t]) + 0.8 for t in types], titles=[labels.type_label(t) for t in types])
bars = []
marked = False  # a person the lexicon lacks, named too long for its words: "* سيرغي ميدفيديف"
for row, actor_type in enumerate(types, start=1):
    ids = actors_by_type[actor_type]
    # English name first, Arabic beside it: "Sergey Lavrov · سيرغي لافروف".
    names = [corpus.actor_label(a) for a in ids]
    axis = [render.short(name) for name in names]  # the full name on hover
    marked = marked or any(label.startswith(labels.UNLISTED_MARK + " ") for label in axis)
    x_axis, y_axis = axes[row - 1]
    for doc_id in shown:
        counts = [cells.get((doc_id, a), 0) for a in ids]
        bars.append({
            "type": "bar", "orientation": "h", "name": corpus.label(doc_id), "legendgroup": doc_id, "showlegend": row == 1,
            "marker": {"color": colours[doc_id]}, "y": axis, "x": counts,
            "customdata": [[doc_id, a] for a in ids], "hovertext": names,
            "text": [labels.counted(n, "mention") for n in counts], "textposition": "none",
            "hovertemplate": "%{hovertext}<br>%{text}<extra>%{fullData.name}</extra>", "xaxis": x_axis, "yaxis": y_axis,
        })
    if rest:
        counts = [rest.get(a, 0) for a in ids]
        bars.append({
            "type": "bar", "orientation": "h", "name": OTHER_ARTICLES, "legendgroup": "rest", "showlegend": row == 1,
            "marker": {"color": labels.OTHER_COLOUR}, "y": axis, "x": counts,
            "customdata": [["", a] for a in ids], "hovertext": names,
            "text": [labels.counted(n, "mention") for n in counts], "textposition": "none",
            "hovertemplate": "%{hovertext}<br>%{text}<extra>%{fullData.name}</extra>", "xaxis": x_axis, "yaxis": y_axis,
        })
    layout["yaxis" + y_axis[1:]].update(autorange="reversed", automargin=True)
for annotation in layout.get("annotations", []):
    annotation.update(x=0, xanchor="right", font={**annotation.get("font", {}), "size": 13, "weight": "bold"})
n_rows = sum(len(ids) for ids in actors_by_type.values())
# Side by side, each article keeps a slot on every actor's row even where it has no bar: past
# GROUPED_ARTICLES articles a lone bar stood by the next actor's name, so the bars stack.
grouped = len(shown) <= render.GROUPED_ARTICLES
layout.update(
    barmode="group" if grouped else "stack", height=90 + n_rows * (10 + 11 * (len(shown) if grouped else 1.5)) + 40 * len(types),
    bargap=0.25,
    # Top left, right of the first type's heading: at the right it ran into the heading at 800 px.
    legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left"},
    margin={"l": 10, "r": 10, "t": 70, "b": 30},
)
last_x = "xaxis" + axes[-1][0][1:]
layout[last_x] = {**layout.get(last_x, {}), "title": {"text": "mentions"}}
figure = unchecked_figure(bars, layout)
event = st.plotly_chart(
    figure, on_select="rerun", selection_mode=("points", "box"), config=render.PLOTLY_CONFIG,
    key=render.chart_key("actors-bars", active.to_query()),
)
if marked:
    st.caption(escape_markdown(labels.UNLISTED_NOTE))
picked = render.selected(event)
if picked:
    render.legend(render.actor_legend(types))
    for doc_id in dict.fromkeys(doc for doc, _ in picked):
        actor_ids = tuple(dict.fromkeys(a for d, a in picked if d == doc_id))
        names = ", ".join(corpus.actor_name(a) for a in actor_ids)
        if doc_id:
            items = evidence(analysed, doc_id=doc_id, filters=replace(active, actor_ids=actor_ids), layers=("actors",))
            render.show_evidence(items, corpus, what=f"{names} in {corpus.label(doc_id)}")
        else:  # the grey bar: the articles the chart does not draw
            charted_ids = set(shown)
            others = tuple(d for d in doc_ids if d not in charted_ids)
            items = evidence(analysed, filters=replace(active, actor_ids=actor_ids, doc_ids=others), layers=("actors",))
            render.show_evidence(items, corpus, what=f"{names} in the other articles")
else:
    st.caption("Select a bar (or drag a box over several) to read the sentences that name the actor.")

# -- the table ----------------------------------------------------------------------------------------
st.subheader("Actors and their mentions")
keys = aggregate.ACTOR_COLUMNS
# The total over every article, and a column for each charted article only: a pivot with a column
# per article (then dropped) cost seconds at 10,000 articles.
table = totals_table.sort_values("actor_id", kind="stable").reset_index(drop=True)
wide = charted.pivot_table(index="actor_id", columns="doc_id", values="mentions", fill_value=0, aggfunc="sum")
for doc_id in shown:
    column = wide[doc_id] if doc_id in wide.columns else pd.Series(dtype="int64")
    table[corpus.label(doc_id)] = table["actor_id"].map(column).fillna(0).astype("int64")
table = table[keys + [corpus.label(d) for d in shown] + ["total"]]
table["actor_type"] = table["actor_type"].map(labels.type_label)
if len(shown) < len(doc_ids):
    # A column per article is unreadable for hundreds of them: the charted ones, and the total of all.
    st.caption(f"Columns for the {labels.counted(len(shown), 'charted article')}; Total counts all {len(doc_ids):,} (every row is on the Data page).")
table = table.sort_values(["total", "actor_name"], ascending=[False, True]).reset_index(drop=True)
table, page = render.paged(table, key="actors-table", name="actors")
# The counts beside the name, the Arabic name and the type after them: with the Arabic name second
# (up to 640 px wide), the counts were out of sight beside the open sidebar in an 800 px window. The
# name stays in view (pinned) while the table scrolls to the rest.
article_columns = {corpus.label(d): st.column_config.NumberColumn(corpus.article_number(d), help=corpus.label(d), width=80)
                   for d in shown}
selection = st.dataframe(
    table, hide_index=True, on_select="rerun", selection_mode="multi-row", key=f"actors-table-{page}",
    column_order=["actor_name", "total", *article_columns, "actor_name_ar", "actor_type"],
    column_config=render.arabic_columns(table, {
        "actor_id": None, "actor_name": st.column_config.TextColumn("Actor", width=200, pinned=True), "actor_name_ar": "Arabic name",
        "actor_type": "Type", "total": st.column_config.NumberColumn("Total", width=60), **article_columns}, widest=300,
        order=["actor_name", "total", *article_columns, "actor_name_ar", "actor_type"]),
)
rows = render.picked_rows(selection)
if rows:
    chosen = tuple(table["actor_id"].iloc[rows])
    render.legend(render.actor_legend(types))
    items = evidence(analysed, filters=replace(active, actor_ids=chosen), layers=("actors",))
    render.show_evidence(items, corpus, what=", ".join(corpus.actor_name(a) for a in chosen))
else:
    st.caption("Select rows of the table to read every sentence naming those actors.")

# -- co-occurrence --------------------------------------------------------------------------------------
st.subheader("Named together")
st.caption("Sentences in which two actors are both named (a body named only inside the other's title does not count). "
           "Bigger bubble, more shared sentences; click one to read them.")
# Pairs come from every actor the other filters allow, so that filtering on one actor shows whom
# it is named with; a pair is kept when one of its actors passes the actor filters.
without_actors = replace(active, actor_ids=(), actor_types=())
kept = set(totals_table["actor_id"].tolist())
pairs = loading.cooccurrences_under(corpus, without_actors)
pairs = pairs[pairs["actor_a"].isin(kept) | pairs["actor_b"].isin(kept)]
if pairs.empty:
    st.info("No two actors share a sentence under the current filters.")
    st.stop()
partners = pd.concat([pairs["actor_a"], pairs["actor_b"]]).value_counts()
top_n = st.slider("Actors shown (most often named with another)", 2, max(3, min(40, len(partners))),
                  min(15, len(partners)))
top = list(partners.index[:top_n])
matrix = pair_counts(pairs[pairs["actor_a"].isin(top) & pairs["actor_b"].isin(top)], symmetric=True)
order = [corpus.actor_name(a) for a in top]
bubbles = go.Figure(go.Scatter(
    x=[corpus.actor_name(a) for a in matrix["actor_a"]], y=[corpus.actor_name(b) for b in matrix["actor_b"]],
    mode="markers", marker={"size": matrix["sentences"], "sizemode": "area", "sizeref": 2.0 * max(matrix["sentences"].max(), 1) / 34**2,
                            "sizemin": 5, "color": matrix["articles"], "colorscale": [[0, "#74c0fc"], [1, "#1864ab"]],
                            "cmin": 1, "cmax": max(2, len(doc_ids)), "line": {"width": 0}},
    customdata=matrix[["actor_a", "actor_b", "sentences", "articles"]].values.tolist(),
    hovertext=[f"{labels.counted(int(n), 'sentence')} in {labels.counted(int(m), 'article')}"
               for n, m in zip(matrix["sentences"], matrix["articles"])],
    hovertemplate="%{x} + %{y}<br>%{hovertext}<extra></extra>",
))
side = 140 + 26 * len(top)
bubbles.update_layout(
    height=side, margin={"l": 10, "r": 10, "t": 10, "b": 10},
    xaxis={"categoryorder": "array", "categoryarray": order, "tickangle": -45, "automargin": True},
    yaxis={"categoryorder": "array", "categoryarray": order[::-1], "automargin": True},
)
event = st.plotly_chart(
    bubbles, on_select="rerun", selection_mode="points", config=render.PLOTLY_CONFIG,
    key=render.chart_key("actors-pairs", active.to_query(), top_n),
)
picked = render.selected(event)
if picked:
    actor_a, actor_b = picked[0][0], picked[0][1]
    shared = pairs[(pairs["actor_a"] == min(actor_a, actor_b)) & (pairs["actor_b"] == max(actor_a, actor_b))]
    items = []
    named = loading.analysed(corpus, nested=False)  # the mentions that made the pair
    for doc_id, sentence_ids in shared.groupby("doc_id", sort=False)["sentence_id"]:
        items += evidence(named, doc_id=doc_id, sentence_ids=sentence_ids,
                          filters=replace(active, actor_ids=(actor_a, actor_b)), layers=("actors",))
    position = {d: i for i, d in enumerate(corpus.doc_ids)}
    items.sort(key=lambda item: (position[item.doc_id], item.sentence_id))
    render.show_evidence(items, corpus, what=f"{corpus.actor_name(actor_a)} with {corpus.actor_name(actor_b)}")
