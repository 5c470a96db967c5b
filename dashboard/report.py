"""The sidebar's "Report (HTML)" button: the current view as one self-contained HTML file.

The report (:func:`analysis.explore.report.report_html`) is built when the button is clicked (a
callable as the button's data), never on a rerun: it draws three charts and looks up the sentences
behind the top figures, which a filter change should not wait for.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import streamlit as st

from analysis.explore.filters import Filters
from analysis.explore.report import FINDING_SETTINGS, report_html, report_name
from analysis.extract.pipeline import Frames
from dashboard.loading import Corpus, engine_for, filtered, held_filtered, kept_documents
from dashboard.navigation import ANALYSIS_PAGES


@st.cache_resource(show_spinner=False, max_entries=64)
def _file_name(corpus_key: str, query: str, _corpus: Corpus, _filters: Filters, _kept: Callable[[], Frames | None]) -> str:
    # Worked out once per corpus and filters: the date span of the kept articles takes 0.1-0.2 s
    # at 3,000 articles, and the button is drawn on every rerun of every analysis page. With an
    # actor, a topic or a search set, the report's articles are the filtered frames' (``_kept()``)
    # when the page filters the same frames, else found alone (report_name).
    chosen_by_findings = any(getattr(_filters, name) for name in FINDING_SETTINGS)
    return report_name(_corpus.frames, _filters, kept=_kept() if chosen_by_findings else None)


# Pages that score sets of articles of their own and never draw the frames the sidebar's filters
# keep: filtering every frame for the report's name was 40-65 ms of the Groups page's filter change
# at 10,000 articles, where the articles alone take 20-35 ms (analysis.explore.filters.kept_documents).
OWN_SETS = {"Groups"}


# Pages that draw from the columnar engine (analysis.explore.engine) and filter no frame in
# pandas where it answers: the report's name reads the kept articles the page reads (on the Actors,
# Stances, Topics and Overview pages, an actor or a topic set filtered every frame for the name alone).
ENGINE_PAGES = {"Trends", "Outlets", "Actors", "Stances", "Topics", "Overview"}


def _kept_for_name(corpus: Corpus, held: Filters, page: str) -> Frames | None:
    """The frames the report's file name reads its dates from: those the page draws when it draws
    every filter the report holds (filtered once for both; the page runs after the sidebar), the
    ones filtered already otherwise, else None (the name finds the kept articles alone)."""
    current: Filters | None = st.session_state.get("current_filters")
    same = current is not None and current.to_query() == held.to_query()
    if page in ENGINE_PAGES and same and engine_for(corpus, held) is not None:
        # The name reads the documents alone (report_name): the engine's kept articles, which the
        # page reads next. Filtering every frame for them was 40 ms of an actor change at 10,000.
        return replace(corpus.frames, documents=kept_documents(corpus, held))
    if page not in OWN_SETS and same:
        return filtered(corpus, held)
    return held_filtered(corpus, held)


def report_button(corpus: Corpus, page: str) -> None:
    """On an analysis page, a download button for the report of the filters set in the sidebar
    (all of them, as the URL holds them: the report shows actors, topics and stances together)."""
    if page not in {title for _, title, _ in ANALYSIS_PAGES}:
        return
    held: Filters = st.session_state.get("held_filters", Filters())

    def build() -> bytes:
        return report_html(corpus.frames, corpus.lexicon, held, lexicon_words=corpus.lexicon_words,
                           view=f"{page} page", archive=corpus.archive.words if corpus.archive else "").encode("utf-8")

    st.sidebar.download_button(
        "Report (HTML)", build, file_name=_file_name(corpus.key, json.dumps(held.to_query(), sort_keys=True, ensure_ascii=False), corpus, held,
                              lambda: _kept_for_name(corpus, held, page)), mime="text/html", on_click="ignore",
        icon=":material/description:", key="report-html", width="stretch",
        help="The current filters' headline figures, charts and evidence sentences in one HTML file that opens offline and prints.",
    )
