"""Marsad: the analyst dashboard for Arabic news. Run with ``streamlit run app.py``.

The entrypoint declares the pages and draws what they share: page config, the stylesheet
(Arabic font on right-to-left blocks, highlight colours) and the sidebar filters. Each page in
``pages/`` is a short script that reads the cached analysis, filters it and draws it.
"""

from pathlib import Path

import streamlit as st

from dashboard import loading, render, sidebar, subject

HERE = Path(__file__).resolve().parent

# The favicon is a file served by the app itself: a material icon would be fetched from a font host.
st.set_page_config(page_title="Marsad", page_icon=HERE / "dashboard" / "favicon.png", layout="wide")

analysis_pages = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/actors.py", title="Actors", icon=":material/groups:"),
    st.Page("pages/stances.py", title="Stances", icon=":material/record_voice_over:"),
    st.Page("pages/topics.py", title="Topics", icon=":material/label:"),
    st.Page("pages/compare.py", title="Compare", icon=":material/compare:"),
    st.Page("pages/data.py", title="Data", icon=":material/table_view:"),
]
# Pages for managing the corpus and the lexicons are written separately; list them once they exist.
optional = [
    ("pages/corpus.py", "Corpus", ":material/library_books:"),
    ("pages/lexicons.py", "Lexicons", ":material/dictionary:"),
    ("pages/suggestions.py", "Suggestions", ":material/lightbulb:"),
]
manage_pages = [st.Page(path, title=title, icon=icon) for path, title, icon in optional if (HERE / path).exists()]

page = st.navigation({"Analysis": analysis_pages, **({"Manage": manage_pages} if manage_pages else {})})

subject.choose()  # before the analysis: the subject decides the lexicon and the store
corpus = loading.load()
with st.sidebar:
    st.markdown("### Marsad")
    st.caption(f"{len(corpus.doc_ids)} articles · {corpus.lexicon_words}")
sidebar.sidebar_filters(corpus, page.title)
# The stylesheet rides with a (hidden) element: a style-only st.html goes to Streamlit's event
# container, which is cleared when a deep link switches page, and the Arabic font went with it.
st.sidebar.html(f'<style>{render.css(corpus)}</style><div class="marsad-stylesheet" hidden></div>')

page.run()
