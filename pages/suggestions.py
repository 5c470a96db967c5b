"""Suggestions: names that look like actors but are not in the lexicon, with one click to add them.

A name is suggested when it follows a title (المشير، وزير، السفير …, listed in data/titles.csv)
or stands, more than once, as the subject of a reporting verb (وقال …). Adding one writes it to
the user's lexicon, validated, and every page re-analyses with it.
"""

import hashlib

import pandas as pd
import streamlit as st

from analysis.corpus.documents import Document
from analysis.explore.highlight import Span, highlight_html
from analysis.lexicon.read import ACTOR_TYPES, LexiconError, load_lexicon, read_tables
from analysis.lexicon.edit import save_tables
from analysis.explore.suggestions import actor_id_for, add_actor_rows, suggest_actors
from analysis.explore.markup import escape_html, markdown_list
from dashboard import loading, render, subject
from dashboard.labels import lexicon_label
from dashboard.render import arabic_html, say

FLASH = "suggestions_flash"
LIMIT = 25  # forms shown at once; the table lists every candidate


@st.cache_data(show_spinner="Looking for names…", max_entries=8)
def suggestions(documents: tuple[tuple[str, ...], ...], folder: str, version: str) -> pd.DataFrame:
    """Candidates for the corpus, cached on the texts and the lexicon's version (its content hash)."""
    del version  # part of the cache key only
    return suggest_actors([Document(*fields) for fields in documents], load_lexicon(folder))


st.title("Suggestions")
st.caption(
    "Names that look like actors but are not in the lexicon: written after a title such as المشير, وزير or "
    "السفير, or repeated as the subject of a reporting verb such as قال."
)
if FLASH in st.session_state:
    level, text = st.session_state.pop(FLASH)
    say(level, text)  # it names the actor as the analyst typed it

current = subject.active()
folder = current.lexicon_dir
try:
    lexicon = load_lexicon(folder)
except LexiconError as error:
    st.error("The lexicon has problems; fix them on the Lexicons page:\n\n" + markdown_list(error.problems))
    st.stop()

documents = loading.store().documents()
table = suggestions(
    tuple((d.doc_id, d.text, d.title, d.outlet, d.date, d.source, d.language) for d in documents), str(folder), lexicon.version
)
if table.empty:
    st.info(f"No names to suggest: every name found in the {len(documents)} articles is in the lexicon.")
    st.stop()

# Articles by the number every page gives them (their order in the store), not by their ids.
article = {doc.doc_id: f"Article {n}" for n, doc in enumerate(documents, 1)}
candidates = table[["candidate", "cue", "count", "doc_ids", "sentence"]].assign(
    doc_ids=[[article.get(d, d) for d in ids] for ids in table["doc_ids"]]
)
st.dataframe(
    candidates,
    hide_index=True,
    width="stretch",
    column_config=render.arabic_columns(candidates, {
        "candidate": "Name", "cue": "Signalled by", "count": st.column_config.NumberColumn("Times", format="%d"),
        "doc_ids": st.column_config.ListColumn("Articles"), "sentence": "First seen in",
    }),
)

st.subheader("Add as actors")
if len(table) > LIMIT:
    st.caption(f"The {LIMIT} most frequent; add some and the next ones come up.")
for row in table.head(LIMIT).itertuples(index=False):
    key = hashlib.sha1(row.candidate.encode("utf-8")).hexdigest()[:10]
    with st.container(border=True, key=f"suggestion-{key}"):
        found = row.sentence.find(row.candidate)
        spans = [Span(found, found + len(row.candidate), "search", "suggested name")] if found >= 0 else []
        articles = f"{len(row.doc_ids)} article{'s' if len(row.doc_ids) != 1 else ''}"
        st.html(
            f'<div class="marsad-meta" dir="ltr">{row.count}× in {articles}, after '
            f'<bdi lang="ar">{escape_html(row.cue)}</bdi> · first in {escape_html(article.get(row.first_doc_id, row.first_doc_id))}</div>'
            + arabic_html(highlight_html(row.sentence, spans))
        )
        with st.form(f"add-{key}", border=False):
            name_col, ar_col, type_col, button_col = st.columns([3, 3, 2, 1.4], vertical_alignment="bottom")
            name_en = name_col.text_input("English name", key=f"en-{key}", placeholder="e.g. Abdulrazek al-Nadoori")
            name_ar = ar_col.text_input("Arabic name", value=row.candidate, key=f"ar-{key}")
            kind = type_col.selectbox("Type", ACTOR_TYPES, key=f"type-{key}")
            if button_col.form_submit_button("Add", type="primary", icon=":material/person_add:", width="stretch"):
                if not name_en.strip():
                    st.error("Give the English name the dashboard will show.")
                else:
                    actor_id = actor_id_for(name_en, taken=lexicon.actors)
                    try:
                        tables = add_actor_rows(
                            read_tables(folder), actor_id=actor_id, name_en=name_en, name_ar=name_ar or row.candidate,
                            type=kind, aliases=[row.candidate],
                        )
                        save_tables(tables, current.edit_dir)
                    except LexiconError as error:
                        st.error("Not added:\n\n" + markdown_list(error.problems))
                    else:
                        st.session_state[FLASH] = (
                            "success", f"Added {name_en.strip()} to the {lexicon_label(current.edit_dir)}."
                        )
                        st.cache_data.clear()
                        st.rerun()
