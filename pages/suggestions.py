"""Suggestions: names that look like actors but are not in the lexicon, and spellings of known
names the lexicon lacks, each with one click to add it.

A name is suggested when the analysis found it after a title (المشير، وزير، السفير …, listed in
data/titles.csv) or named it as a speaker (وقالت شركة …): the «Not in lexicon» people of the Actors page;
or when it stands, more than once, as the subject of a reporting verb (وقال …). A spelling is suggested
when a word is a letter or two from a known person's name (يوفكوروف for يفكوروف). Adding either
writes it to the user's lexicon, validated, and every page re-analyses with it.
"""

import hashlib

import pandas as pd
import streamlit as st

from analysis.arabic.romanise import romanise
from analysis.explore.highlight import Span, highlight_html
from analysis.lexicon.read import ACTOR_TYPES, LexiconError, read_tables
from analysis.lexicon.edit import save_tables
from analysis.explore.name_places import spelling_places, suggestion_places
from analysis.explore.near_misses import grouped as grouped_near_misses, not_named_otherwise
from analysis.explore.suggestions import actor_id_for, add_actor_rows, add_alias_row, analysed_places, family_name, likely_type, merged, suggested_places
from analysis.explore.suggestions import grouped as grouped_suggestions
from analysis.explore.markup import escape_html, escape_markdown, markdown_list
from analysis.extract import results
from dashboard import loading, navigation, render, subject
from dashboard.labels import counted, lexicon_label
from dashboard.render import arabic_html, say

navigation.require_entrypoint()  # a deep link opened first on a fresh server runs this file alone

FLASH = "suggestions_flash"
LIMIT = 25  # forms shown at once; the table lists every candidate


# Cached on the store's fingerprint (ids, content hashes, metadata: it changes with any article)
# rather than on the texts: hashing 10,000 texts on every rerun took seconds. The places each
# table is built from are kept per article beside the analysis (analysis.explore.name_places), and
# brought up to date with it: the page groups what is stored, with the unlisted people and
# speakers of the analysis every page reads.
@st.cache_data(show_spinner="Looking for names…", max_entries=8)
def places_of_names(corpus_key: str, folder: str, version: str, analysis_key: str, _store, _corpus) -> pd.DataFrame:
    """Where the names to suggest are, cached on the corpus, the lexicon's version (its content
    hash) and the analysis'."""
    places = suggestion_places(_store, _corpus.lexicon)
    return merged(places, analysed_places(_corpus.frames, _corpus.lexicon), doc_ids=_corpus.doc_ids)


def suggestions(corpus_key: str, folder: str, version: str, analysis_key: str, _store, _corpus) -> pd.DataFrame:
    """Candidates for the corpus."""
    return grouped_suggestions(places_of_names(corpus_key, folder, version, analysis_key, _store, _corpus))


@st.cache_data(show_spinner="Looking for spellings of known names…", max_entries=8)
def spellings(corpus_key: str, folder: str, version: str, analysis_key: str, _store, _corpus) -> pd.DataFrame:
    """Near misses of known names, cached like :func:`places_of_names`, less the words a mention or
    a name to suggest accounts for already. The language lists it also reads (common_words.txt)
    are read once per process, as is this cache, so they cannot change under it."""
    lexicon = _corpus.lexicon
    named = suggested_places(places_of_names(corpus_key, folder, version, analysis_key, _store, _corpus))
    return grouped_near_misses(not_named_otherwise(spelling_places(_store, lexicon), _corpus.frames.mentions, named), lexicon)


def articles_phrase(doc_ids: list[str]) -> str:
    return counted(len(doc_ids), "article")


st.title("Suggestions")
# Each Arabic word is followed by its English: «such as المشير, وزير or السفير» was drawn «وزير ,المشير»,
# the comma between two Arabic words taking their direction, so the list read backwards.
st.caption(
    "Names that look like actors but are not in the lexicon: written after a title such as المشير (marshal), "
    "وزير (minister) or السفير (the ambassador), named as a speaker, or repeated as the subject of a reporting "
    "verb such as قال (said)."
)
if FLASH in st.session_state:
    level, text = st.session_state.pop(FLASH)
    say(level, text)  # it names the actor as the analyst typed it

current = subject.active()
folder = current.lexicon_dir
# The corpus' lexicon is the active subject's, read once per change of its files: reading it here
# again took 0.25 s a rerun at 10,000 articles (three times on a first view). An unusable lexicon
# stops the page in load(), with the way back to the shipped one every page offers.
corpus = loading.load()
lexicon = corpus.lexicon

store = loading.store()
corpus_key = f"{store.path}:{loading.store_fingerprint(store)}"
documents = list(results.document_keys(store))  # the ids, in the store's order; texts stay in the store
# Articles by the number every page gives them (their order in the store), not by their ids.
article = {doc_id: f"Article {n}" for n, doc_id in enumerate(documents, 1)}


def show_new_names(table: pd.DataFrame) -> None:
    """The candidates for new actors: a table of all, and a form to add each of the first ones."""
    candidates = table[["candidate", "cue", "count", "doc_ids", "context"]].assign(
        doc_ids=[[article.get(d, d) for d in ids] for ids in table["doc_ids"]]
    )
    # The name's words in context beside it, and the cue no wider than a title: last and after a
    # cue column sized to its longest (450 px), the right-aligned context was scrolled out of a
    # 1440 px window and its column looked empty.
    st.dataframe(
        candidates,
        hide_index=True,
        width="stretch",
        column_order=["candidate", "context", "cue", "count", "doc_ids"],
        column_config=render.arabic_columns(candidates, {
            "candidate": "Name", "cue": st.column_config.TextColumn("Signalled by", width=200),
            "count": st.column_config.NumberColumn("Times", format="%d"),
            "doc_ids": st.column_config.ListColumn("Articles"), "context": "First seen in",
        }, widest=420, order=["candidate", "context", "cue", "count", "doc_ids"], picker=False),  # the context's ~60 letters take 420 px, and Times and Articles stay in view
    )

    st.subheader("Add as actors")
    if len(table) > LIMIT:
        st.caption(f"The {LIMIT} most frequent; add some and the next ones come up.")
    for row in table.head(LIMIT).itertuples(index=False):
        key = hashlib.sha1(row.candidate.encode("utf-8")).hexdigest()[:10]
        with st.container(border=True, key=f"suggestion-{key}"):
            found = row.sentence.find(row.candidate)
            spans = [Span(found, found + len(row.candidate), "search", "suggested name")] if found >= 0 else []
            st.html(
                f'<div class="marsad-meta" dir="ltr">{row.count}× in {articles_phrase(row.doc_ids)}, after '
                f'<bdi lang="ar">{escape_html(row.cue)}</bdi> · first in {escape_html(article.get(row.first_doc_id, row.first_doc_id))}</div>'
                + arabic_html(highlight_html(row.sentence, spans))
            )
            likely = likely_type(row.candidate, lexicon.language)
            with st.form(f"add-{key}", border=False):
                # Two rows: in one, at 800 px the type read "persc" and the button lost its label.
                name_col, ar_col = st.columns(2)
                name_en = name_col.text_input(
                    "English name (optional)", key=f"en-{key}", placeholder=romanise(row.candidate),
                    help=("Left empty, the Arabic name as saved is written in latin letters (the greyed text, for the "
                          "suggested spelling); correct it later on the Lexicons page."),
                )
                name_ar = ar_col.text_input("Arabic name", value=row.candidate, key=f"ar-{key}")
                alone_col, type_col, button_col = st.columns([3, 2, 1.4], vertical_alignment="bottom")
                alone = alone_col.text_input(
                    "Also matched alone", value=family_name(row.candidate, lexicon) if likely == "person" else "",
                    key=f"alone-{key}",
                    help=("The family name, so that «وأضاف الورفلي» after the full name is this person, as حفتر is "
                          "Khalifa Haftar. Empty it when the name alone is someone else's too."),
                )
                kind = type_col.selectbox("Type", ACTOR_TYPES, key=f"type-{key}", index=ACTOR_TYPES.index(likely))
                if button_col.form_submit_button("Add", type="primary", icon=":material/person_add:", width="stretch"):
                    add_actor(name_en, name_ar, kind, alone)


def add_actor(name_en: str, name_ar: str, kind: str, alone: str = "") -> None:
    """Add the actor as its form's fields read when Add was pressed: the Arabic name the analyst
    left in the field (edited or not) is what the articles are matched with, and the name to
    match alone (his family name) beside it if one is left. Without an English name, the Arabic
    in latin letters stands in."""
    name_ar = name_ar.strip()
    if not name_ar:
        st.error("Give the Arabic name the articles write.")
        return
    actor_id = actor_id_for(name_en, name_ar=name_ar, taken=lexicon.actors)
    shown = name_en.strip() or romanise(name_ar) or actor_id
    alone = alone.strip()
    try:
        tables = add_actor_rows(read_tables(folder), actor_id=actor_id, name_en=shown, name_ar=name_ar, type=kind,
                                aliases=[alone] if alone else [])
    except LexiconError as error:
        st.error("Not added:\n\n" + markdown_list(error.problems))
    else:
        also = f" (and {alone} alone)" if alone and alone != name_ar else ""
        saved(tables, (f"Added {shown}" if name_en.strip() else f"Added {name_ar} as {shown}") + also)


def show_spellings(table: pd.DataFrame) -> None:
    """Each near miss with the person it possibly names, its first sentence and a button."""
    if len(table) > LIMIT:
        st.caption(f"The {LIMIT} most frequent; add some and the next ones come up.")
    for row in table.head(LIMIT).itertuples(index=False):
        key = hashlib.sha1(row.candidate.encode("utf-8")).hexdigest()[:10]
        with st.container(border=True, key=f"spelling-{key}"):
            spans = [Span(row.start, row.end, "search", f"possibly {row.actor_name}")]
            st.html(
                f'<div class="marsad-meta" dir="ltr"><bdi lang="ar">{escape_html(row.candidate)}</bdi>: possibly '
                f'<b>{escape_html(row.actor_name)}</b> (<bdi lang="ar">{escape_html(row.actor_name_ar)}</bdi>) · '
                f'{row.count}× in {articles_phrase(row.doc_ids)} · first in {escape_html(article.get(row.first_doc_id, row.first_doc_id))}</div>'
                + arabic_html(highlight_html(row.sentence, spans, offset=row.sentence_start))
            )
            # A button's label is markdown: the name comes from a lexicon cell.
            if st.button(f"Add as a spelling of {escape_markdown(row.actor_name)}", key=f"spell-{key}", icon=":material/spellcheck:"):
                try:
                    tables = add_alias_row(read_tables(folder), actor_id=row.actor_id, alias=row.candidate)
                except LexiconError as error:
                    st.error("Not added:\n\n" + markdown_list(error.problems))
                else:
                    saved(tables, f"Added {row.candidate} as a spelling of {row.actor_name}")


def saved(tables, added: str) -> None:
    """Save ``tables`` as the user's lexicon and rerun, saying what was ``added`` where, or show why not."""
    try:
        save_tables(tables, current.edit_dir)
    except LexiconError as error:
        st.error("Not added:\n\n" + markdown_list(error.problems))
        return
    # The label names the lexicon as saved (its time), so it is made after saving.
    st.session_state[FLASH] = ("success", f"{added} to the {lexicon_label(current.edit_dir)}.")
    st.cache_data.clear()
    st.rerun()


table = suggestions(corpus_key, str(folder), lexicon.version, corpus.key, store, corpus)
if table.empty:
    st.info(f"No names to suggest: every name found in the {counted(len(documents), 'article')} is in the lexicon.")
else:
    show_new_names(table)

st.subheader("Possible spellings of known names")
st.caption(
    "Words a letter or two from the name of a person in the lexicon, which the lexicon does not list: "
    "يوفكوروف for يفكوروف. They are not counted as mentions until added as a spelling."
)
near = spellings(corpus_key, str(folder), lexicon.version, corpus.key, store, corpus)
if near.empty:
    st.info(f"No possible spellings: no word in the {counted(len(documents), 'article')} is a near miss of a known name.")
else:
    show_spellings(near)
