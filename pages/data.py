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
# Each article by its number: "Article 1 — title…" took 320 px, and beside the open sidebar in an
# 800 px window (468 px of table) the findings were past the table's edge, read only by scrolling
# sideways. The documents' title is their next column; elsewhere it is the last.
shown["article"] = [corpus.article_number(doc_id) for doc_id in rows_shown["doc_id"]]
if name != "documents":
    titles = {doc_id: render.short(" ".join((corpus.titles.get(doc_id) or "").split()), render.ARTICLE_TITLE_CHARS)
              for doc_id in rows_shown["doc_id"].unique()}
    shown["title"] = rows_shown["doc_id"].map(titles).tolist()
# What each row found right after where it is: a sentence's text came after its offsets and
# position (at 468 px), a stance's polarity after its lemma and cue type (887 px).
FIRST = {"sentences": ["article", "sentence_id", "text"], "stances": ["article", "sentence_id", "speaker_name", "cue", "polarity"]}
first = [column for column in FIRST.get(name, []) if column in shown.columns]
shown = shown[first + [column for column in shown.columns if column not in first]]
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
