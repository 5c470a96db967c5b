"""Corpus: add articles (several files at once, or pasted text), edit their metadata, remove them.

Every file that could not be added is listed with its reason while the good ones go in; after
any change the caches are cleared, so every page shows the corpus as it now is.
"""

import hashlib
import os

import streamlit as st

from analysis.corpus.store import DB_ENV_VAR, UnknownDocumentError
from analysis.explore.markup import escape_markdown
from dashboard import loading, navigation, render
from analysis.corpus.uploads import add_messages, date_problems, ingest_pasted, ingest_uploads, metadata_changes
from dashboard.labels import counted
from dashboard.render import say

navigation.require_entrypoint()  # a deep link opened first on a fresh server runs this file alone

FLASH = "corpus_flash"
FLASH_SHOWN = 12
# Pasted Arabic reads right to left while English stays left to right: each line's own first
# letter decides (unicode-bidi: plaintext).
st.html("<style>.st-key-paste_text textarea { unicode-bidi: plaintext; text-align: start; }</style>")


def done(messages: list[tuple[str, str]]) -> None:
    """Keep the outcome for the next run, clear every page's cache, and rerun with the new corpus."""
    st.session_state[FLASH] = messages
    st.cache_data.clear()
    st.cache_resource.clear()  # the analysis and the filter options too, whatever their keys say
    st.rerun()


store = loading.store()  # the active subject's

st.title("Corpus")
# The store really in use: $MARSAD_DB moves it, and an analyst with two stores must see which one this is.
where = f"`{store.path}`" + (f" (set by ${DB_ENV_VAR})" if os.environ.get(DB_ENV_VAR, "").strip() else "")
if loading.dataset_shown():
    st.caption(f"The articles of the corpus store, kept in {where}: they stay after a restart.")
    st.info(escape_markdown(loading.DATASET_STORE_WORDS), icon=":material/info:")
else:
    st.caption(f"The articles every page analyses, kept in {where}: they stay after a restart.")

# A batch of hundreds of files leaves hundreds of lines: the summary and the first few show, the
# rest fold away. File names and typed titles are shown as written (say escapes them).
flash = st.session_state.pop(FLASH, [])
for level, text in flash[:FLASH_SHOWN]:
    say(level, text)
if len(flash) > FLASH_SHOWN:
    with st.expander(f"{counted(len(flash) - FLASH_SHOWN, 'more file')} not added, and why"):
        for level, text in flash[FLASH_SHOWN:]:
            say(level, text)

add_files, paste = st.tabs(["Add files", "Paste text"])
with add_files, st.form("upload", clear_on_submit=True, border=False):
    files = st.file_uploader(
        "Articles as .txt (any encoding) or saved web pages (.html, .htm)",
        type=["txt", "html", "htm", "csv"], accept_multiple_files=True,
        help="Add a metadata.csv with them (columns file, title, outlet, date) to give each its outlet and date.",
    )
    force = st.checkbox("Also add texts that contain no Arabic letters", key="force_files")
    if st.form_submit_button("Add files", icon=":material/upload_file:", type="primary"):
        if not files:
            st.warning("Choose one or more files first.")
        else:
            bar = st.progress(0.0, text=f"Reading {counted(len(files), 'file')}…")

            def reading(done: int, total: int, name: str) -> None:
                bar.progress(done / total, text=f"Reading file {done + 1} of {total}: {name}")

            documents, problems = ingest_uploads([(f.name, f.getvalue()) for f in files], force=force, progress=reading)
            bar.progress(1.0, text=f"Storing {counted(len(documents), 'article')}…")
            done([(m.level, m.text) for m in add_messages(store.add(documents), problems)])

PASTED = ("paste_text", "paste_title", "paste_outlet", "paste_date")
PASTE_PROBLEMS = "paste_problems"


def add_pasted() -> None:
    """The Add text button's callback: add the pasted article and empty the form, or keep the
    text for fixing and say why not. A callback, as Streamlit documents for setting a widget's
    value: deleting the keys after the form was drawn left the text in the browser's box."""
    state = st.session_state
    documents, problems = ingest_pasted(state["paste_text"], title=state["paste_title"], outlet=state["paste_outlet"],
                                        date=state["paste_date"], force=state["force_text"])
    if problems:
        state[PASTE_PROBLEMS] = [(problem.severity, problem.reason) for problem in problems]
        return
    for key in PASTED:
        state[key] = ""
    state[FLASH] = [(m.level, m.text) for m in add_messages(store.add(documents), problems)]
    st.cache_data.clear()  # as done() does; the run after a callback is the rerun
    st.cache_resource.clear()


with paste, st.form("paste", border=False):
    st.text_area("Article text", height=220, key="paste_text", placeholder="الصق نص المقال هنا")
    title_col, outlet_col, date_col = st.columns([3, 2, 1])
    title_col.text_input("Title", key="paste_title")
    outlet_col.text_input("Outlet", key="paste_outlet")
    date_col.text_input("Date", key="paste_date", placeholder="YYYY-MM-DD", help="YYYY-MM-DD, YYYY-MM or YYYY")
    st.checkbox("Also add a text that contains no Arabic letters", key="force_text")
    st.form_submit_button("Add text", icon=":material/post_add:", type="primary", on_click=add_pasted)
    for level, reason in st.session_state.pop(PASTE_PROBLEMS, []):
        say(level, reason)

articles = store.list()
st.subheader(counted(len(articles), "article"))
if articles.empty:
    st.info("The corpus is empty: add files or paste a text above.")
    st.stop()

st.caption("Edit a title, outlet or date in the table, or tick articles to remove, then save (before turning the page).")
table = articles[["doc_id", "title", "outlet", "date", "date_source", "source", "n_chars", "added_at"]].assign(remove=False)
# A page of the articles at a time: 100,000 rows in one editor took 6 s of the server's CPU and
# 200 MB on every view of this page, and comparing them all for edits two more seconds.
shown, page = render.paged(table, key="corpus-articles", name="articles")
# The key follows the stored rows, so after a save the editor starts again from the store.
version = hashlib.sha1(f"{page}|{shown.to_json()}".encode()).hexdigest()[:10]
# What an analyst reads first, first: at 1440 px a 640 px title and the id before it pushed the
# date's source, the file and the size out of view.
ORDER = ["remove", "title", "outlet", "date", "n_chars", "doc_id", "date_source", "source", "added_at"]
DATE_WIDTH = 100  # px: "2017-08-14" takes about 70 of them, the cell's padding and the edit mark the rest
settings = render.arabic_columns(shown, {
    "doc_id": "Id",
    "title": "Title",
    "outlet": "Outlet",
    # Checked when saved, by the one date parser (which also reads ٢٠٢٤-٠٥-١٠), not by a regex here.
    # Wide enough for a whole date: left to share the width with the others, the column wrapped
    # "2017-08-14" onto two lines at 1440 px beside a long id and a seven-digit size.
    "date": st.column_config.TextColumn("Date", help="YYYY-MM-DD, YYYY-MM or YYYY", width=DATE_WIDTH),
    "date_source": st.column_config.TextColumn(
        "Date from", help="metadata: given with the article or typed here; text: read from the article itself",
    ),
    "source": "Source",
    "n_chars": st.column_config.NumberColumn("Characters", format="%d"),
    "added_at": "Added",
    "remove": st.column_config.CheckboxColumn("Remove", help="Tick, then press Remove"),
}, widest=320, order=ORDER, picker=False)
edited = st.data_editor(
    shown,
    key=f"articles-{version}",
    hide_index=True,
    width="stretch",
    column_order=ORDER,
    disabled=["doc_id", "date_source", "source", "n_chars", "added_at"],
    column_config=settings,
    # A title longer than its column wraps at words onto two or three lines: the editor cannot cut it
    # with an ellipsis (the cell holds what is saved), and it was cut mid-word at the cell's edge.
    row_height=(tall := render.wrapped_row_height(shown["title"], settings.get("title"))),
    # Taller rows, a taller table: about eight of them in view, not the five of the default 400 px.
    height=min(38 + tall * len(shown), 560) if tall else "auto",
)
changes = metadata_changes(shown, edited)
to_remove = list(edited.loc[edited["remove"].astype(bool), "doc_id"])
# What was saved or removed, by title as well as id: "Saved the edits to 004_de159ab6a08af78c."
# left the analyst to find the id in the table.
titles = dict(zip(edited["doc_id"], edited["title"].fillna("")))


def named(doc_ids: list[str]) -> str:
    return ", ".join(f"“{titles[d]}” ({d})" if titles.get(d) else d for d in doc_ids)


actions = st.container(horizontal=True)
if actions.button(f"Save {counted(len(changes), 'edit')}", disabled=not changes, icon=":material/save:"):
    problems = date_problems(changes)
    if problems:
        for problem in problems:
            say("error", problem)
    else:
        saved, missing = [], []
        for doc_id, fields in changes.items():
            try:
                store.update_metadata(doc_id, **fields)
                saved.append(doc_id)
            except UnknownDocumentError as error:
                missing.append(("error", str(error)))  # removed meanwhile, in another tab or by the CLI
        done(([("success", f"Saved the edits to {named(saved)}.")] if saved else []) + missing)
if actions.button(
    f"Remove {counted(len(to_remove), 'article')}", disabled=not to_remove,
    icon=":material/delete:", type="primary" if to_remove else "secondary",
):
    for doc_id in to_remove:
        try:
            store.remove(doc_id)
        except UnknownDocumentError:
            pass  # already removed, in another tab or by the CLI: gone either way
    done([("success", f"Removed {named(to_remove)}.")])
