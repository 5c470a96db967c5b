"""The shared sidebar filters: drawn by the entrypoint, kept in the session and the URL."""

from __future__ import annotations

from dataclasses import fields

import streamlit as st

from analysis.explore.filters import Filters, QUERY_KEYS
from analysis.explore.markup import escape_markdown
from dashboard.labels import POLARITY_COLOURS, TYPE_LABELS, topic_label, type_label
from dashboard.loading import Corpus
from dashboard.url import query, write_query


@st.cache_resource(show_spinner=False, max_entries=4)
def _filter_options(corpus_key: str, _corpus: Corpus) -> dict[str, list[str]]:
    """What each sidebar filter offers, worked out once per analysed corpus (``corpus_key``)."""
    frames = _corpus.frames
    actors = frames.mentions.drop_duplicates("actor_id").sort_values("actor_name")
    actor_types = set(frames.mentions["actor_type"].unique())
    polarities = set(frames.stances["polarity"].unique())
    return {
        "doc_ids": _corpus.doc_ids,
        "actor_ids": list(actors["actor_id"]),
        "actor_types": [t for t in TYPE_LABELS if t in actor_types],
        "topics": _corpus.lexicon.topic_ids,
        "speakers": sorted(set(frames.stances["speaker_name"].unique())),
        "polarities": [p for p in POLARITY_COLOURS if p in polarities],
    }


def sidebar_filters(corpus: Corpus) -> Filters:
    """Draw the shared filters in the sidebar and return them.

    The widgets live in the entrypoint, so their values hold across pages; the first run of a
    session takes them from the URL, and every run writes them back, so a link reproduces a view.
    """
    options = _filter_options(corpus.key, corpus)
    state = st.session_state
    if not state.get("filters_loaded"):
        from_url = Filters.from_query(query())
        for name in options:
            state[f"filter_{name}"] = list(getattr(from_url, name))
        state["filter_search"] = from_url.search
        state["filters_loaded"] = True
    for name, allowed in options.items():
        # Values the corpus no longer has (an article removed on the Corpus page) are dropped.
        known = set(allowed)
        state[f"filter_{name}"] = [value for value in state.get(f"filter_{name}", []) if value in known]

    formats = {
        "doc_ids": corpus.label,
        "actor_ids": corpus.actor_label,
        "actor_types": type_label,
        "topics": topic_label,
        "speakers": lambda name: name,
        "polarities": lambda name: name.capitalize(),
    }
    titles = {
        "doc_ids": "Articles", "actor_ids": "Actors", "actor_types": "Actor types",
        "topics": "Topics", "speakers": "Speakers", "polarities": "Polarity",
    }
    with st.sidebar:
        st.markdown("**Filters** · apply to every page")
        st.text_input(
            "Search the Arabic text", key="filter_search", placeholder="e.g. الأمم المتحدة",
            help="Matches whatever the diacritics, alef forms (أ إ آ ا), ى/ي and ة/ه.",
        )
        for name, allowed in options.items():
            st.multiselect(titles[name], allowed, key=f"filter_{name}", format_func=formats[name], placeholder="All")
        st.button("Clear filters", on_click=_clear_filters, disabled=not any(state.get(f"filter_{n}") for n in [*options, "search"]))
    filters = Filters(**{name: tuple(state[f"filter_{name}"]) for name in options}, search=state["filter_search"].strip())
    write_query(filters.to_query(), keys=list(QUERY_KEYS.values()))
    state["current_filters"] = filters
    return filters


def _clear_filters() -> None:
    for field in fields(Filters):
        st.session_state[f"filter_{field.name}"] = "" if field.name == "search" else []


def filters() -> Filters:
    """The sidebar filters of this run (set by the entrypoint)."""
    return st.session_state.get("current_filters", Filters())


def filters_note(active: Filters) -> None:
    """A caption saying which filters narrow what the page shows."""
    if active.active:
        # The search comes from the URL (?q=…): shown as typed, never as markdown.
        st.caption(f"Filtered: {escape_markdown(active.describe())}")
