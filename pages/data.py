"""Data: every frame, filtered by the sidebar, and downloads of exactly the rows shown."""

import streamlit as st

from analysis.extract import schema
from analysis.explore.filters import evidence
from dashboard import downloads, loading, render, sidebar, url
from dashboard.labels import counted

corpus = loading.load()
active = sidebar.filters()
frames = loading.filtered(corpus, active)

st.title("Data")
st.caption("The analysis as tidy tables, one row per observation. The sidebar filters narrow every table; the downloads hold exactly the rows shown.")

NAMES = [name for name, _ in corpus.frames.items()]
TITLES = {"documents": "Documents", "sentences": "Sentences", "mentions": "Mentions", "topics": "Topic hits",
          "topic_counts": "Topic counts", "stances": "Stances"}
key = url.choice("data_frame", NAMES, "mentions", param="frame")
name = st.segmented_control("Table", NAMES, key=key, format_func=TITLES.get, required=True) or "mentions"
url.keep("data_frame", name, param="frame")

frame = getattr(frames, name)
total = len(getattr(corpus.frames, name))
st.markdown(f"**{len(frame):,}** of {counted(total, 'row')}" + (f" · filtered by {sidebar.describe_markdown(active, corpus)}" if active.active else ""))
if frame.empty:
    # Said in words, as every other page does: an empty grid, "Select rows to read their
    # sentences" and four buttons downloading a header alone looked like a page still loading.
    ONE = {"documents": "article", "sentences": "sentence", "mentions": "actor mention", "topics": "topic hit",
           "topic_counts": "topic count", "stances": "stance"}
    st.info(f"No {ONE.get(name, 'row')} matches the filters." if active.active
            else f"No {ONE.get(name, 'row')} was found in these articles.")
    st.stop()
# On screen: names and words (Article 1 — title, Khalifa Haftar), a page at a time (10,000
# articles make 200,000 sentences); the downloads below keep the ids and hold every row.
rows_shown, page = render.paged(frame, key=f"data-{name}", download=False)
# A sentence's text is read from its article's for the page shown (memory does not hold it twice).
shown = render.readable(schema.with_text(rows_shown, corpus.frames.texts) if name == "sentences" else rows_shown, corpus)
if name == "documents":
    # The title is the next column: "Article 1 — title…" beside it took 390 px for nothing, and at
    # 1440 px the outlet column straddled the table's edge, its right-aligned names out of view.
    shown["article"] = [corpus.article_number(doc_id) for doc_id in rows_shown["doc_id"]]
selection = st.dataframe(
    # Arabic columns at most 320 px: the article (390 px) and an actor's Arabic name sized to the
    # longest of the page (470 px) put the Arabic name across the table's edge at 1440 px, its
    # right-aligned names cut mid-word ("رون" of ماكرون) or out of view.
    shown, hide_index=True,
    column_config=render.arabic_columns(shown, {column: render.header(column) for column in shown.columns}, widest=320),
    height=min(36 + 35 * max(len(shown), 1), 520), key=f"data-{name}-{page}", on_select="rerun", selection_mode="multi-row",
)
rows = render.picked_rows(selection)
if rows and "sentence_id" in frame.columns:
    chosen = rows_shown.iloc[rows]
    items = []
    for doc_id, sentence_ids in chosen.groupby("doc_id", sort=False)["sentence_id"]:
        items += evidence(corpus.frames, doc_id=doc_id, sentence_ids=sentence_ids, filters=active,
                          speaker_label=corpus.speaker_label)
    render.show_evidence(items, corpus, what="the selected rows")
elif "sentence_id" in frame.columns:
    st.caption("Select rows to read their sentences.")

st.markdown("**Download these rows**")
downloads.downloads(frame, name=name, corpus=corpus, filters=active)
st.caption(
    "The files hold the ids as well as the names. CSV is UTF-8 with a byte-order mark (Excel shows the Arabic) and starts "
    "with its header; the zip adds a .json saying which lexicon and filters it came from, as the Excel file's second "
    "sheet and the JSON do. A text cell starting with = + - @ gets a leading ' in the CSV, so no spreadsheet runs it."
)

with st.expander("What the columns mean"):
    described = schema.describe()
    st.dataframe(described[described["frame"] == name].drop(columns="frame"), hide_index=True)
