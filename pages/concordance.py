"""Concordance: every occurrence of an actor, a topic term or a cue as key-word-in-context lines."""

import pandas as pd
import streamlit as st

from analysis.explore import concordance as kwic
from analysis.explore.highlight import topic_kind
from analysis.explore.markup import escape_markdown
from dashboard import downloads, loading, sidebar, url
from dashboard.labels import counted

corpus, active, frames = sidebar.page_start(
    "Concordance",
    "Every occurrence of an actor, a topic term or a cue, with the words before it (on its right, as Arabic reads) "
    "and after it (on its left). Sort by the words before or after to see the patterns around it.",
    needs_articles=False,
)

KINDS = {"actor": "Actor", "term": "Topic term", "cue": "Cue"}
# A link naming what this view lacks says so (url.choice), as the sidebar does for its filters.
key = url.choice("kwic_kind", list(KINDS), "actor", param="of")
kind = st.segmented_control("Occurrences of", list(KINDS), key=key, format_func=KINDS.get, required=True) or "actor"
url.keep("kwic_kind", kind, param="of")

# What can be looked up: what the filtered frames hold, the most frequent first.
if kind == "actor":
    source, column = frames.mentions, "actor_id"
    shown_as = corpus.actor_label
elif kind == "term":
    source, column = frames.topics, "term"
    topic_of = dict(zip(frames.topics["term"], frames.topics["topic"]))
    def shown_as(term: str) -> str:
        return f"{term} · {corpus.topic_label(topic_of[term])}" if term in topic_of else term
else:
    source, column = frames.stances, "cue_lemma"
    kinds_of = frames.stances.drop_duplicates("cue_lemma").set_index("cue_lemma")[["polarity", "cue_type"]]
    def shown_as(lemma: str) -> str:
        return f"{lemma} · {kinds_of.loc[lemma, 'polarity']} {kinds_of.loc[lemma, 'cue_type']} cue" if lemma in kinds_of.index else lemma
counts = source[column].value_counts()
if counts.empty:
    st.info(f"No {KINDS[kind].lower()} occurs under the current filters.")
    st.stop()
options = sorted(counts.index, key=lambda value: (-int(counts[value]), value))
linked = url.unmatched("kwic_key", options, param="kw")
key = url.choice("kwic_key", options, options[0], param="kw", say=False)  # said below, in words
# A left-to-right mark before the count: after an Arabic name the count joined the Arabic's
# direction and was drawn between the two names ("United Nations · (1,166) منظمة الأمم المتحدة").
chosen = st.selectbox(KINDS[kind], options, key=key, format_func=lambda value: f"{shown_as(value)}\u200e ({int(counts[value]):,})")
url.keep("kwic_key", chosen, param="kw")
if linked is not None:
    st.warning(escape_markdown(f"The link's {kind} “{shown_as(linked)}” does not occur under these filters; {shown_as(chosen)} is shown instead."))

SORTS = {"position": "Article order", "left": "Words before", "right": "Words after"}
WIDTHS = ["3", "4", "6", "8", "10"]
# Side by side where both fit, one above the other where not: in a half-width column the sort's
# third option, "Words after", was scrolled out of sight in an 800 px window.
controls = st.container(horizontal=True)
with controls:
    key = url.choice("kwic_sort", list(SORTS), "position", param="sort")
    sort = st.segmented_control("Sort by", list(SORTS), key=key, format_func=SORTS.get, required=True) or "position"
    url.keep("kwic_sort", sort, param="sort")
    key = url.choice("kwic_words", WIDTHS, "6", param="words")
    words = st.select_slider("Words of context on each side", WIDTHS, key=key, width=300)
    url.keep("kwic_words", words, param="words")


@loading.let_go_when_large
@st.cache_resource(show_spinner=False, max_entries=16)
def lines_for(view: str, _hits: pd.DataFrame, _frames, words: int, sort: str, _order: tuple[str, ...]) -> pd.DataFrame:
    """The sorted lines of one view (corpus, filters, choice, width, sort), worked out once."""
    return kwic.sort_lines(kwic.concordance(_hits, _frames.documents, _frames.texts, words=words), by=sort, doc_order=_order)


hits = source[source[column] == chosen]
view = repr((corpus.key, active.to_query(), kind, chosen, words, sort))
lines = lines_for(view, hits, corpus.frames, int(words), sort, tuple(corpus.doc_ids))

PAGE_SIZE = 50
pages = max(1, -(-len(lines) // PAGE_SIZE))
if st.session_state.get("kwic_view") != view:
    # A new choice starts at its first page.
    st.session_state["kwic_view"] = view
    st.session_state["kwic_page"] = 1
number = st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key="kwic_page") if pages > 1 else 1
first = (int(number) - 1) * PAGE_SIZE
page = lines.iloc[first:first + PAGE_SIZE]
st.caption(f"Lines {first + 1:,}–{first + len(page):,} of {counted(len(lines), 'occurrence')} of {escape_markdown(shown_as(chosen))}")
where = [(corpus.article_number(d), outlet or "no outlet", date or "undated", f"s.{s}")
         for d, outlet, date, s in zip(page["doc_id"], page["outlet"], page["date"], page["sentence_id"])]
if kind == "actor":
    mark = f"actor-{hits['actor_type'].iloc[0]}"
elif kind == "term":
    mark = topic_kind(hits['topic'].iloc[0])
else:
    mark = f"cue-{hits['polarity'].iloc[0]}"
st.html(f'<style>{kwic.STYLE}</style><div class="marsad-kwic-box">{kwic.kwic_html(page, where, kind=mark)}</div>')

st.subheader("Download")
st.caption(f"{'All ' if len(lines) != 1 else ''}{counted(len(lines), 'line')} in the order shown, with the article, sentence and offsets of each keyword.")
# Named for what it holds: marsad-concordance-2017-2024.csv did not say whose lines these were.
downloads.downloads(lines, name="concordance", corpus=corpus, filters=active, about={"of": kind, "keyword": chosen},
                    named=(kind, chosen))
