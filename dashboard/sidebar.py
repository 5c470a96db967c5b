"""The shared sidebar filters: drawn by the entrypoint, kept in the session and the URL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date

import pandas as pd
import streamlit as st

from analysis.arabic.dates import date_period
from analysis.explore.filters import (
    FRAME_FILTERS, QUERY_KEYS, SINGLE_VALUED, FilterError, Filters, applicable, article_numbers_text, date_bounds, date_settings,
    parse_article_numbers, undated_left_out, with_speaker_names,
)
from analysis.explore.charts import short
from analysis.explore.markup import escape_markdown
from analysis.explore.labels import SETTING_TITLES, counted, filter_words, setting_formats
from dashboard.labels import POLARITY_COLOURS, TYPE_LABELS
from analysis.extract.pipeline import Frames
from dashboard import loading
from dashboard.loading import Corpus
from dashboard.url import query, unknown_keys, write_query


@st.cache_resource(show_spinner=False, max_entries=4)
def _filter_options(corpus_key: str, _corpus: Corpus) -> dict[str, list[str]]:
    """What each sidebar filter offers, worked out once per analysed corpus (``corpus_key``)."""
    frames = _corpus.frames
    actors = frames.mentions.drop_duplicates("actor_id").sort_values("actor_name")
    actor_types = set(frames.mentions["actor_type"].unique())
    polarities = set(frames.stances["polarity"].unique())
    documents = frames.documents
    return {
        "doc_ids": _corpus.doc_ids,
        # An archive read in part offers every outlet it holds: picking one reads its articles.
        "outlets": (_corpus.archive.outlets if _corpus.archive
                    else sorted({outlet for outlet in documents["outlet"].fillna("") if outlet.strip()})),
        "actor_ids": list(actors["actor_id"]),
        "actor_types": [t for t in TYPE_LABELS if t in actor_types],
        "topics": _corpus.lexicon.topic_ids,
        "speakers": sorted(set(frames.stances["speaker_name"].unique())),
        "polarities": [p for p in POLARITY_COLOURS if p in polarities],
    }


def options(corpus: Corpus) -> dict[str, list[str]]:
    """What each sidebar filter offers (read-only): every outlet, actor (by name), article…"""
    return _filter_options(corpus.key, corpus)


@st.cache_resource(show_spinner=False, max_entries=4)
def _date_bounds(corpus_key: str, _corpus: Corpus) -> tuple[date, date] | None:
    """The first and last day the corpus's dated articles cover (None when none is dated); of an
    archive read in part, the whole archive's, so the range can reach the months not read."""
    if _corpus.archive:
        return _corpus.archive.bounds
    return date_bounds(_corpus.frames.documents)


TITLES = SETTING_TITLES
# Characters of a value from the address bar a message or the filter note quotes: a search of
# 10,000 characters pushed the page down by a screen.
QUOTED_LIMIT = 80
# The frames each page draws, so the filters that narrow none of them are shown as not applying.
# The Data page draws the table picked on it; the management pages draw no analysis.
PAGE_FRAMES = {
    "Overview": ("documents", "mentions", "topics", "topic_counts", "stances"),
    "Actors": ("mentions",),
    "Stances": ("stances",),
    "Topics": ("documents", "topics", "topic_counts"),
    "Compare": ("mentions", "topics", "stances"),
    "Network": ("mentions", "stances"),
    "Concordance": ("mentions", "topics", "stances"),
    # Groups: the filters choose the articles both sets are drawn from (keyness counts all their sentences).
    "Groups": ("documents", "sentences", "mentions", "stances"),
    "Trends": ("documents", "mentions", "topics", "topic_counts", "stances"),
    "Outlets": ("documents", "mentions", "topics", "topic_counts", "stances"),
}
# Settings a page makes itself: Compare picks its two articles.
PAGE_OWN = {"Compare": {"doc_ids": "the two articles are picked on the page"}}


def page_settings(page: str) -> set[str]:
    """The filter settings that narrow what ``page`` shows (the Data page: its chosen table)."""
    if page == "Data":
        return applicable([data_table()])
    return applicable(PAGE_FRAMES.get(page, ())) - set(PAGE_OWN.get(page, {}))


def data_table() -> str:
    """The table the Data page shows in this run: its widget, else the session, the URL, mentions."""
    state = st.session_state
    from_url = st.query_params.get_all("frame")
    for candidate in (state.get("w_data_frame"), state.get("keep_data_frame"), from_url[-1] if from_url else None):
        if candidate in FRAME_FILTERS:
            return candidate
    return "mentions"


def formats(corpus: Corpus) -> dict:
    """How each filter's values are shown: names and words, never ids."""
    return setting_formats(corpus.lexicon, corpus.labels, corpus.written, corpus.unlisted)


def sidebar_filters(corpus: Corpus, page: str = "Overview") -> Filters:
    """Draw the shared filters in the sidebar and return those that apply on ``page``.

    The widgets live in the entrypoint, so their values hold across pages; the first run of a
    session takes them from the URL, and every run writes them back, so a link reproduces a view.
    A filter that cannot narrow what ``page`` shows is drawn disabled (its value kept for the
    pages it applies to) and named in the page's note, never silently ignored.
    """
    options = _filter_options(corpus.key, corpus)
    state = st.session_state
    if not state.get("filters_loaded"):
        from_url, error = Filters.from_link(query())
        if error is not None:
            # A hand-edited link: say what is wrong with the date, keep every other setting.
            st.warning(f"The link's date range was ignored: {escape_markdown(error)}.")
        from_url = with_speaker_names(from_url, corpus.frames.stances)  # speaker=zakharova, as other ids are written
        for name in options:
            state[f"filter_{name}"] = list(getattr(from_url, name))
        # A hand-edited or stale link: what the corpus lacks is left out, and said, once.
        lacking = [f"{QUERY_KEYS[name]} “{short(value, QUOTED_LIMIT)}”" for name, allowed in options.items()
                   for value in getattr(from_url, name) if value not in set(allowed)]
        if lacking:
            st.warning("The link names what this corpus does not have, so it was left out: "
                       + escape_markdown(", ".join(lacking)) + ".")
        strange = unknown_keys(st.query_params)
        if strange:
            names = ", ".join(f"“{short(key, QUOTED_LIMIT)}”" for key in strange)
            st.warning(escape_markdown(
                f"The link's {names} {'is no setting' if len(strange) == 1 else 'are no settings'} of these pages, so "
                f"{'it was' if len(strange) == 1 else 'they were'} ignored; the filters are written "
                f"{', '.join(list(QUERY_KEYS.values())[:-1])} and {list(QUERY_KEYS.values())[-1]} (as in ?from=2024-05&actor=lavrov)."))
            write_query({}, keys=strange)
        state["filter_search"] = from_url.search
        state["filter_dates"] = _as_days(from_url)
        state[loading.DATES_WRITTEN] = (from_url.date_from, from_url.date_to)
        bounds = _date_bounds(corpus.key, corpus) if state["filter_dates"] else None
        if state["filter_dates"] and state["filter_dates"][0] > state["filter_dates"][-1]:
            st.warning(f"The link's date range runs backwards (from {escape_markdown(from_url.date_from)} to "
                       f"{escape_markdown(from_url.date_to)}): no article can fall in it.")
        elif bounds and (state["filter_dates"][0] > bounds[1] or state["filter_dates"][-1] < bounds[0]):
            # ?from=2099-01-01: no article in the link's range, but the date widget keeps its days
            # inside the corpus's, which would show the last day's articles; so say so.
            st.warning(f"The link's dates fall outside this corpus's articles ({bounds[0]:%Y-%m-%d} to "
                       f"{bounds[1]:%Y-%m-%d}): they were moved inside them.")
        state["filters_loaded"] = True
    for name, allowed in options.items():
        # Values the corpus no longer has (an article removed on the Corpus page) are dropped.
        known = set(allowed)
        state[f"filter_{name}"] = [value for value in state.get(f"filter_{name}", []) if value in known]

    shown_as = formats(corpus)
    applies = page_settings(page)
    own = PAGE_OWN.get(page, {})

    def why_not(name: str) -> str | None:
        if name in applies:
            return None
        if name in own:
            return f"Not used here: {own[name]}."
        if page == "Data":
            return "Not used for this table: it has nothing this filter could narrow."
        if page in PAGE_FRAMES:
            return f"Not used on the {page} page: nothing it shows has this. It still applies on the other pages."
        return "Filters narrow the analysis pages, not this one."

    with st.sidebar:
        st.markdown("**Filters** · hold across pages")
        if len(applies) < len(TITLES):
            st.caption("Greyed-out filters do not apply on this page." if applies else "The filters do not apply on this page.")
        st.text_input(
            "Search the Arabic text", key="filter_search", placeholder="e.g. الأمم المتحدة", disabled="search" not in applies,
            help=why_not("search") or "Matches whatever the diacritics, alef forms (أ إ آ ا), ى/ي and ة/ه.",
        )
        for name, allowed in options.items():
            if name == "doc_ids" and len(allowed) > ARTICLES_LISTED:
                _article_numbers(allowed, disabled=name not in applies, why_not=why_not(name))
                continue
            # An article is picked by its outlet and title as well (the note above the page keeps its label).
            st.multiselect(TITLES[name], allowed, key=f"filter_{name}", placeholder="All",
                           format_func=loading.article_choice_of(corpus) if name == "doc_ids" else shown_as[name],
                           disabled=name not in applies, help=why_not(name))
            if name == "outlets":
                _date_range(_date_bounds(corpus.key, corpus), disabled="date_from" not in applies, why_not=why_not("date_from"))
        st.button("Clear filters", on_click=_clear_filters,
                  disabled=not any(state.get(f"filter_{n}") for n in [*options, "search", "dates"]))
    dates = date_settings(tuple(state.get("filter_dates") or ()), _date_bounds(corpus.key, corpus),
                          written=state.get(loading.DATES_WRITTEN, ("", "")))
    state[loading.DATES_WRITTEN] = (dates["date_from"], dates["date_to"])  # ?from=2016 stays 2016 from run to run
    held = Filters(**{name: tuple(state[f"filter_{name}"]) for name in options}, search=state["filter_search"].strip(),
                   **dates)
    write_query(held.to_query(), keys=list(QUERY_KEYS.values()))
    filters = held.only(applies)
    state["current_filters"] = filters
    state["held_filters"] = held
    return filters


# Above this many articles the Articles filter is a field of article numbers, not a list: the
# list of 100,000 articles went to the browser with every page and took 2.5-3 s of its time there.
ARTICLES_LISTED = 2000
NUMBERS_PROBLEM = "filter_doc_numbers_problem"


def _article_numbers(doc_ids: list[str], *, disabled: bool, why_not: str | None) -> None:
    """The Articles filter of a large corpus: the articles' numbers (``12, 40-45``), kept in step
    with ``filter_doc_ids`` (set by a link or Clear filters); what cannot be read is said in one
    line and changes nothing."""
    state = st.session_state
    position = {doc_id: number for number, doc_id in enumerate(doc_ids, 1)}
    held = [position[doc_id] for doc_id in state.get("filter_doc_ids", []) if doc_id in position]
    if not state.get(NUMBERS_PROBLEM):
        try:
            same = parse_article_numbers(state.get("filter_doc_numbers", ""), len(doc_ids)) == sorted(held)
        except FilterError:
            same = False
        if not same:
            state["filter_doc_numbers"] = article_numbers_text(held)
    st.text_input(TITLES["doc_ids"], key="filter_doc_numbers", placeholder=f"All · numbers 1-{len(doc_ids)}, e.g. 12, 40-45",
                  disabled=disabled, on_change=_read_article_numbers, args=(doc_ids,),
                  help=why_not or "Article numbers, as every page numbers the articles; a range with a hyphen.")
    if state.get(NUMBERS_PROBLEM):
        st.caption(f":red[{escape_markdown(state[NUMBERS_PROBLEM])}] The articles filtered are unchanged.")


def _read_article_numbers(doc_ids: list[str]) -> None:
    state = st.session_state
    try:
        numbers = parse_article_numbers(state.get("filter_doc_numbers", ""), len(doc_ids))
    except FilterError as error:
        state[NUMBERS_PROBLEM] = str(error)
        return
    state[NUMBERS_PROBLEM] = ""
    state["filter_doc_ids"] = [doc_ids[number - 1] for number in numbers]


def _as_days(settings: Filters) -> tuple[date, ...]:
    """The date bounds as the date widget holds them: ``from=2024`` is 1 January 2024, ``to=2024``
    31 December (the same articles pass); an open end is left for :func:`_date_range` to fill."""
    if not settings.dated:
        return ()
    first = date_period(settings.date_from)[0] if settings.date_from else date.min
    last = date_period(settings.date_to)[1] if settings.date_to else date.max
    return (first, last)


# Streamlit's date field applies typed dates when it loses focus (Tab, a click elsewhere) or on Esc,
# not on Enter (its key handler takes Esc, Alt+Down and Tab only): the help says so.
DATES_HELP = ("Articles whose whole date falls in the range; undated articles are then left out (the page says how many). "
              "Typed dates apply when you leave the field (Tab or a click elsewhere) or press Esc; Enter does not apply them.")


def _date_range(bounds: tuple[date, date] | None, *, disabled: bool, why_not: str | None) -> None:
    """The date range picker, spanning the corpus's dated articles.

    A range from the corpus's first day to its last is no restriction (undated articles stay);
    a link's bounds outside the corpus are clamped to it, as the widget refuses them.
    """
    state = st.session_state
    if bounds is None:
        state["filter_dates"] = ()
        st.caption("Dates: no article of this corpus is dated.")
        return
    days = tuple(state.get("filter_dates") or ())
    state["filter_dates"] = tuple(min(max(day, bounds[0]), bounds[1]) for day in days)
    st.date_input("Dates", key="filter_dates", min_value=bounds[0], max_value=bounds[1], format="YYYY-MM-DD",
                  disabled=disabled, help=why_not or DATES_HELP)



def _clear_filters() -> None:
    for field in fields(Filters):
        if field.name not in ("date_from", "date_to"):
            st.session_state[f"filter_{field.name}"] = "" if field.name in SINGLE_VALUED else []
    st.session_state["filter_dates"] = ()
    st.session_state[NUMBERS_PROBLEM] = ""


def filters() -> Filters:
    """The sidebar filters of this run (set by the entrypoint)."""
    return st.session_state.get("current_filters", Filters())


def describe_markdown(active: Filters, corpus: Corpus) -> str:
    """The settings in words, as markdown (``Actors: Khalifa Haftar · خليفة حفتر; Polarity: Negative``;
    ids never shown), each value of a list escaped on its own and, when it has no
    Arabic letter, isolated: after an Arabic outlet, ``=1+1`` read ``1+1=``."""
    parts = [escape_markdown(f"{heading}: ") + escape_markdown(", ").join(escape_markdown(short(v, QUOTED_LIMIT), isolate=True) for v in values)
             for heading, values in filter_words(active, formats(corpus))]
    return escape_markdown("; ").join(parts) or escape_markdown("all rows")


def filters_note(active: Filters, corpus: Corpus) -> None:
    """A caption saying which filters narrow what the page shows, and which set ones do not.

    The search comes from the URL (?q=…) and names come from lexicon cells: shown as typed,
    never as markdown.
    """
    held: Filters = st.session_state.get("held_filters", active)
    unused = [TITLES[f.name] for f in fields(held) if getattr(held, f.name) and not getattr(active, f.name)]
    note = [f"Filtered: {describe_markdown(active, corpus)}"] if active.active else []
    if unused:
        note.append(f"Not applied on this page: {', '.join(unused)}")
    undated = undated_left_out(corpus.frames.documents, active)
    if undated:
        note.append(f"{counted(undated, 'undated article')} left out by the date range")
    if note:
        st.caption(" · ".join(note))


def page_start(title: str, caption: str, *, needs_articles: bool = True) -> tuple[Corpus, Filters, Frames]:
    """What an analysis page opens with: its title and caption, the note on the filters, and the
    analysed corpus, this run's filters and the frames they keep. With ``needs_articles``, a page
    whose filters keep no article says so and stops there."""
    return _started(title, caption, needs_articles, lambda corpus, active: loading.filtered(corpus, active))


def page_start_documents(title: str, caption: str, *, needs_articles: bool = True) -> tuple[Corpus, Filters, pd.DataFrame]:
    """:func:`page_start` for a page that aggregates through the engine (``loading.trend_of``,
    ``loading.rates_of``): the kept articles' documents frame alone, no frame filtered in pandas
    where the engine answers (:func:`dashboard.loading.kept_documents`)."""
    return _started(title, caption, needs_articles, loading.kept_documents)


def _started(title: str, caption: str, needs_articles: bool, kept: Callable) -> tuple:
    corpus = loading.load()
    active = filters()
    found = kept(corpus, active)
    st.title(title)
    st.caption(caption)
    filters_note(active, corpus)
    documents = found if isinstance(found, pd.DataFrame) else found.documents
    if needs_articles and documents.empty:
        st.info("No article matches the filters.")
        st.stop()
    return corpus, active, found
