"""Overview: the articles, their headline figures, and one chart that contrasts them."""

from dataclasses import replace

from plotly.subplots import make_subplots
import streamlit as st

from analysis.explore.charts import in_subplot
from analysis.explore.filters import evidence
from analysis.explore.markup import escape_html, escape_markdown
from dashboard import labels, loading, render, sidebar

corpus = loading.load()
active = sidebar.filters()

st.title("Overview")
st.caption(escape_markdown(corpus.lexicon.subject_description or "Arabic news: who is named, what is discussed, and who takes which stance."))
sidebar.filters_note(active, corpus)

table = loading.headline_of(corpus, active)
if table.empty:
    st.info("No article matches the filters.")
    st.stop()

st.subheader("Articles")
findings = table.set_index("doc_id")[["mentions", "topic_hits", "stances"]].sum(axis=1)
shown, colours = render.chart_articles(corpus, table["doc_id"], findings, what="findings (mentions, topic hits and stances)")
if len(shown) < len(table):
    st.caption(f"Cards for those {len(shown)}; the table below lists all {len(table):,}.")
# Two cards a row at most: three in an 800 px window with the sidebar open cut their figures to "3…".
cards = st.columns(min(len(shown), 2))
for i, row in enumerate(table[table["doc_id"].isin(shown)].itertuples(index=False)):
    with cards[i % len(cards)].container(border=True):
        st.markdown(f"**{escape_markdown(corpus.label(row.doc_id))}**")
        render.arabic(row.title or "(untitled)", title=True)
        outlet = f' · <bdi lang="ar" class="marsad-inline">{escape_html(row.outlet)}</bdi>' if row.outlet else ""
        st.html(f'<div class="marsad-meta">{escape_html(row.date or "undated")}{outlet}</div>')
        # Two figures a row: three cut their labels to "Sente…" in a card 185 px wide (800 px screen).
        a, b = st.columns(2)
        a.metric("Sentences", row.n_sentences)
        b.metric("Tokens", row.n_tokens)
        a.metric("Actors", row.actors, help="distinct actors named")
        b.metric("Mentions", row.mentions, help="actor mentions")
        a.metric("Topic hits", row.topic_hits)
        b.metric("Stances", row.stances, help=f"{row.positive} positive, {row.negative} negative")



def article_rows(rows):
    """The table's rows as the analyst reads them (labelled per page of 500, not for all articles)."""
    return rows.assign(article=[corpus.label(d) for d in rows["doc_id"]])[
        ["article", "title", "outlet", "date", "n_sentences", "n_tokens", "mentions", "actors", "topic_hits", "stances",
         "positive", "negative"]
    ]


rows, page = render.paged(table, key="overview-articles", readable=article_rows, name="articles")
articles = article_rows(rows)
# The article and its headline figures first, the title after them: with the title second (300 px)
# the figures were out of sight beside the open sidebar in an 800 px window, and Topic hits and
# Stances even at 1440 px. The article stays in view (pinned) while the table scrolls. Each figure
# as wide as its heading: with the row picker (33 px) and the article, 455 of the 468 px there.
figures = {"mentions": ("Mentions", 66), "actors": ("Actors", 56), "topic_hits": ("Topic hits", 78), "stances": ("Stances", 62)}
picked_article = st.dataframe(
    articles,
    hide_index=True, on_select="rerun", selection_mode="single-row",
    key=render.chart_key("overview-articles-table", active.to_query(), page),
    # The outlet and the date right after the title, the outlet 150 px: after Positive and Negative the
    # outlet column straddled the table's right edge at 1440 px (980 px of table), and its right-aligned
    # names were drawn in the part out of view, so every row looked as if it had no outlet.
    # 33 + 160 + 262 + 280 + 150 leave the date its 95 px.
    column_order=["article", *figures, "title", "outlet", "date", "positive", "negative", "n_sentences", "n_tokens"],
    column_config=render.arabic_columns(articles, {
        "article": st.column_config.TextColumn("Article", width=160, pinned=True), "title": "Title",
        "outlet": st.column_config.TextColumn("Outlet", width=150),
        "date": st.column_config.TextColumn("Date", width=95), "n_sentences": "Sentences", "n_tokens": "Tokens",
        **{column: st.column_config.NumberColumn(label, width=width) for column, (label, width) in figures.items()},
        "positive": "Positive", "negative": "Negative",
    }, widest=280, order=["article", *figures, "title", "outlet", "date", "positive", "negative", "n_sentences", "n_tokens"]),  # wider, a right-aligned title ran past an 800 px screen and hid its first words
)
chosen = render.picked_rows(picked_article)
if chosen:
    # The sentences behind the row's figures: those holding a mention, a topic hit or a stance.
    doc_id = rows["doc_id"].iloc[chosen[0]]
    items = evidence(corpus.frames, doc_id=doc_id, filters=active, found_only=True, speaker_label=corpus.speaker_label)
    render.show_evidence(items, corpus, what=f"the figures of {corpus.label(doc_id)}")
else:
    st.caption("Select a row for the sentences behind its figures.")

st.subheader("At a glance: per 1,000 tokens")
topics = corpus.lexicon.topic_ids
# Only the charted articles: the rates of the other thousands would be thrown away below. Where the
# engine answers, their kept rows alone (loading.shown_frames_of), no frame filtered.
rates = loading.profile_of(corpus, active, topics, shown)
measure_labels = {
    "mentions": "Actor mentions",
    **{f"topic:{t}": f"Topic: {corpus.topic_label(t)}" for t in topics},
    "stance:positive": "Positive stances", "stance:negative": "Negative stances", "stance:neutral": "Neutral stances",
}
short = {"mentions": "Mentions", **{f"topic:{t}": corpus.topic_label(t) for t in topics},
         "stance:positive": "Positive", "stance:negative": "Negative", "stance:neutral": "Neutral"}
# Three panels with their own scales: mentions outnumber topic hits tenfold and would flatten them.
panels = [
    ("Actors", ["mentions"]),
    ("Topics", [f"topic:{t}" for t in topics]),
    ("Stances", ["stance:positive", "stance:negative", "stance:neutral"]),
]
figure = make_subplots(rows=1, cols=3, column_widths=[max(len(m), 1.6) for _, m in panels], subplot_titles=[p for p, _ in panels],
                       horizontal_spacing=0.06)
figure.add_traces([
    in_subplot(
        figure, 1, col, type="bar",
        name=corpus.label(doc_id), x=[short[m] for m in rows["measure"]], y=rows["per_1000_tokens"].tolist(),
        marker={"color": colours[doc_id]}, customdata=[[doc_id, m] for m in rows["measure"]], text=rows["hits"].tolist(),
        textposition="none", legendgroup=doc_id, showlegend=col == 1,
        hovertemplate="%{x}: %{y:.1f} per 1,000 tokens (%{text} found)<extra>%{fullData.name}</extra>",
    )
    for col, (_, measures) in enumerate(panels, start=1)
    for doc_id, rows in rates[rates["measure"].isin(measures)].groupby("doc_id", sort=False)
])
figure.update_layout(
    barmode="group", height=420, legend={"orientation": "h", "y": -0.22, "x": 0},
    margin={"l": 10, "r": 10, "t": 40, "b": 10}, yaxis={"title": "per 1,000 word tokens"},
)
event = st.plotly_chart(
    figure, on_select="rerun", selection_mode="points", config=render.PLOTLY_CONFIG,
    key=render.chart_key("overview-profile", active.to_query()),
)

st.subheader("Evidence")
picked = render.selected(event)
if not picked:
    st.caption("Click a bar to see the sentences behind it.")
frames = loading.shown_frames_of(corpus, active, shown) if picked else None  # the clicked bars' articles are charted
for doc_id, measure in picked[:3]:
    if measure == "mentions":
        items = evidence(corpus.frames, doc_id=doc_id, filters=active, layers=("actors",),
                         sentence_ids=frames.mentions.loc[frames.mentions["doc_id"] == doc_id, "sentence_id"].unique())
    elif measure.startswith("topic:"):
        items = evidence(corpus.frames, doc_id=doc_id, filters=replace(active, topics=(measure[6:],)), layers=("topics",))
    else:
        items = evidence(corpus.frames, doc_id=doc_id, filters=replace(active, polarities=(measure[7:],)), layers=("stances",),
                         speaker_label=corpus.speaker_label)
    render.show_evidence(items, corpus, what=f"{measure_labels[measure].lower()} in {corpus.label(doc_id)}")
