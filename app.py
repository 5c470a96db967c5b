"""Marsad: the analyst dashboard for Arabic news. Run with ``streamlit run app.py``.

The entrypoint declares the pages and draws what they share: page config, the stylesheet
(Arabic font on right-to-left blocks, highlight colours) and the sidebar filters. Each page in
``pages/`` is a short script that reads the cached analysis, filters it and draws it.
"""

from pathlib import Path

import streamlit as st

from dashboard import loading, navigation, render, report, sidebar, subject
from analysis.explore.markup import escape_markdown
from dashboard.labels import counted

HERE = Path(__file__).resolve().parent

# The favicon is a file served by the app itself: a material icon would be fetched from a font host.
st.set_page_config(page_title="Marsad", page_icon=HERE / "dashboard" / "favicon.png", layout="wide")

# Everything below runs as the entrypoint: a page run inside it is not run by itself.
with navigation.entrypoint():
    page = st.navigation(navigation.pages())

    subject.choose()  # before the analysis: the subject decides the lexicon and the store
    corpus = loading.load()
    with st.sidebar:
        st.markdown("### Marsad")
        read = counted(len(corpus.doc_ids), 'article')
        if corpus.archive:
            read = f"{read} of {corpus.archive.chosen.archived:,} in the archive"
        st.caption(f"{read} · {corpus.lexicon_words}")
    sidebar.sidebar_filters(corpus, page.title)
    # What of the archive the analysis pages show, on those pages: on the Corpus page, which manages
    # the store and not the archive, "Narrow the outlets or the dates in the sidebar" pointed at
    # filters greyed out there.
    if corpus.archive and page.title in navigation.ANALYSIS_TITLES:
        st.info(escape_markdown(corpus.archive.words))
    report.report_button(corpus, page.title)
    # The stylesheet rides with a (hidden) element: a style-only st.html goes to Streamlit's event
    # container, which is cleared when a deep link switches page, and the Arabic font went with it.
    st.sidebar.html(f'<style>{render.css(corpus)}</style><div class="marsad-stylesheet" hidden></div>')

    page.run()
