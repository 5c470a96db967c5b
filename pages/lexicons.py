"""Lexicons: view and edit the actors, aliases, topics and stance cues, validated before saving.

Edits are saved to the user's lexicon folder (never over the shipped ``data/``), all four files
at once and only when every row is valid; every page then re-analyses with them. Deleting the
edited copy brings back the shipped defaults.
"""

import streamlit as st

from analysis.lexicon.read import (
    ACTOR_TYPES, ALIAS_KINDS, CUE_TYPES, DATA_DIR, HOLDERS, POLARITIES, TOPIC_ROLES, LexiconError,
    build_lexicon, lexicon_version, read_tables,
)
from analysis.explore.markup import escape_markdown, markdown_list
from analysis.lexicon.subjects import SubjectError, create_subject
from dashboard import loading, navigation, render, subject
from analysis.explore.labels import lexicon_heading
from dashboard.labels import counted, lexicon_label
from dashboard.render import say
from analysis.lexicon.edit import frames_from_tables, lexicon_zip_bytes, reset_to_defaults, save_tables, tables_from_frames

navigation.require_entrypoint()  # a deep link opened first on a fresh server runs this file alone

FLASH = "lexicons_flash"
TABS = {"actors": "Actors", "aliases": "Aliases", "topics": "Topics", "cues": "Stance cues", "titles": "Titles", "subject": "Subject",
        "events": "Events"}
HELP = {
    "actors": "Who can be mentioned. `actor_id`: short lowercase id; `affiliation`: the actor_id it belongs to.",
    "aliases": "Other ways an actor is written. A `title` holds only between `valid_from` and `valid_to` (a day, "
               "month or year: 2023-02-14, 2023-02, 2023; either may be empty). Two actors may share an alias only as titles held at different times.",
    "topics": "Words and phrases that signal a topic. Add a topic by writing a new topic id; topic `ignore` lists "
              "phrases that silence a term inside them (`مجلس الأمن الروسي`). `role` `broad`: a term that counts only "
              "near another term or a `context` word of its topic in its sentence (`الأمم المتحدة` near `جهود`); "
              "a context row's `supports` names the broad terms it supports, split by `|` (empty: all of its topic).",
    "cues": "How stance is expressed: `reporting` verbs, `relay` (نقل عن), `evaluative` words with a polarity, "
            "`ignore` phrases that silence a cue inside them, `stigma` targets. `holder`: `subject` when an "
            "evaluative cue's stance belongs to its own subject.",
    "subject": "What this lexicon is about, in a line: its `name` and the `description` the Overview page shows.",
    "events": "Events marked on the Trends page's time axis: a `date` (2019-04-04, 2020-10 or 2023) and a short `label` "
              "(at most 100 characters). They change no finding.",
    "titles": "Words that announce a person's name (`وزير`, `المتحدث باسم`, `المشير`): a name the lexicon does not "
              "know after one of them is still found as a person, and offered on the Suggestions page.",
}
COLUMNS = {
    # The Arabic name 200 px wide, not as wide as its longest (its type was off an 800 px window's
    # edge): a longer name loses its end, shown whole when its cell is edited.
    "actors": {"type": st.column_config.SelectboxColumn("type", options=list(ACTOR_TYPES), required=True),
               "name_ar": st.column_config.TextColumn("name_ar", width=200)},
    "aliases": {
        "kind": st.column_config.SelectboxColumn("kind", options=list(ALIAS_KINDS), required=True),
        # Checked when saved, by the one date parser; a year or month is a period.
        "valid_from": st.column_config.TextColumn("valid_from", help="YYYY-MM-DD, YYYY-MM or YYYY (from its first day), or empty"),
        "valid_to": st.column_config.TextColumn("valid_to", help="YYYY-MM-DD, YYYY-MM or YYYY (to its last day), or empty"),
    },
    "topics": {"role": st.column_config.SelectboxColumn("role", options=list(TOPIC_ROLES))},
    "titles": {},
    "subject": {},
    # Checked when saved, by the one date parser.
    "events": {"date": st.column_config.TextColumn("date", help="YYYY-MM-DD, YYYY-MM or YYYY")},
    "cues": {
        "cue_type": st.column_config.SelectboxColumn("cue_type", options=list(CUE_TYPES), required=True),
        "polarity": st.column_config.SelectboxColumn("polarity", options=["", *POLARITIES]),
        "holder": st.column_config.SelectboxColumn(
            "holder", options=list(HOLDERS), help="subject: the stance is its own subject's (انتقد الدبيبة)"
        ),
    },
}


def done(level: str, text: str) -> None:
    """Keep the outcome for the next run, clear every page's cache, and rerun with the new lexicon."""
    st.session_state[FLASH] = (level, text)
    st.cache_data.clear()
    st.cache_resource.clear()  # the analysis and the filter options too, whatever their keys say
    st.rerun()


current = subject.active()
folder = current.edit_dir  # where Save writes: never data/
active = current.lexicon_dir
edited_copy = current.shipped and active != DATA_DIR

st.title("Lexicons")
if FLASH in st.session_state:
    level, text = st.session_state.pop(FLASH)
    say(level, text)

try:
    tables = read_tables(active)
    lexicon = build_lexicon(tables)
except LexiconError as error:
    st.error("The lexicon files have problems:\n\n" + markdown_list(error.problems))
    if edited_copy and st.button("Go back to the shipped defaults", icon=":material/restart_alt:"):
        reset_to_defaults(folder)
        done("success", "Back to the shipped lexicon.")
    st.stop()

where = "your edited copy" if edited_copy else ("the shipped defaults" if current.shipped else f"subject: {current.name}")
# The version is a content hash (downloads record it); the analyst reads when it was saved. Said
# once: "The shipped lexicon (the shipped defaults)" said it twice.
st.caption(
    f"{escape_markdown(lexicon_heading(active, edited_copy=edited_copy, subject='' if current.shipped else current.name))}: {counted(len(tables['actors']), 'actor')}, {counted(len(tables['aliases']), 'alias', 'aliases')}, "
    f"{counted(len(tables['topics']), 'topic row')}, {counted(len(tables['cues']), 'cue row')} (the tabs count rows too). "
    "Every download records which lexicon it came from."
)

if loading.dataset_shown():
    st.info(escape_markdown(loading.DATASET_LEXICON_WORDS), icon=":material/info:")

# The columns an analyst reads first: the Actors table drew line, actor_id and name_en, and its
# Arabic name and type were reached only by scrolling it sideways in an 800 px window. Drawn in
# this order; the file keeps its own.
ORDER = {"actors": ["line", "name_ar", "type", "name_en", "actor_id", "affiliation"]}
frames = frames_from_tables(tables)
edited = {}
for tab, name in zip(st.tabs([f"{TABS[name]} ({len(tables[name])})" for name in TABS]), TABS):
    with tab:
        st.caption(HELP[name])
        # Each row shows the line it takes in the CSV file, which is what a problem names; a
        # new row gets its line when saved (the column is not part of the lexicon).
        frame = frames[name].copy()
        frame.insert(0, "line", range(2, len(frame) + 2))
        order = [column for column in ORDER.get(name, frame.columns) if column in frame.columns]
        order += [column for column in frame.columns if column not in order]
        edited[name] = st.data_editor(
            frame, key=f"lexicon-{name}-{lexicon.version}", num_rows="dynamic", width="stretch", height=420,
            hide_index=True, disabled=["line"], placeholder="",  # an empty cell is empty, not a grey "None"
            column_order=order,
            column_config=render.arabic_columns(frame, {
                "line": st.column_config.NumberColumn("line", help="line in the CSV file", format="%d"), **COLUMNS[name]},
                order=order),
        )

rows = tables_from_frames(edited)
changed = lexicon_version(rows) != lexicon.version
if changed:
    st.warning("You have unsaved changes.", icon=":material/edit_note:")

# One row that wraps: four equal columns cut the labels to "Downl…" and "New…" in an 800 px window.
actions = st.container(horizontal=True)
if actions.button("Save", type="primary", disabled=not changed, icon=":material/save:"):
    try:
        saved = save_tables(rows, folder)
    except LexiconError as error:
        st.error(
            f"Not saved: {counted(len(error.problems), 'problem')} to fix first.\n\n"
            + markdown_list(error.problems)
        )
    else:
        done("success", f"Saved the {lexicon_label(folder)}; every page now analyses with it.")

actions.download_button(
    "Download lexicons (.zip)", lexicon_zip_bytes(active, settings={"lexicon": where}),
    file_name=f"marsad-lexicons-{lexicon.version}.zip", mime="application/zip", on_click="ignore",
    icon=":material/download:",
)
with actions.popover("New subject", icon=":material/add:"):
    # A subject is a lexicon of its own with articles of its own; the seeds stay with the shipped one.
    st.write("Start another subject: an empty lexicon, or a copy of this one to adapt.")
    new_name = st.text_input("Name", key="new_subject_name", placeholder="e.g. The Nile dam")
    new_key = st.text_input("Key", key="new_subject_key", placeholder="nile_dam", help="lowercase letters, digits and _")
    start = st.radio("Start from", ["An empty lexicon", f"A copy of {current.name}"], key="new_subject_start")
    if st.button("Create the subject", type="primary", key="create_subject"):
        try:
            made = create_subject(new_key.strip(), new_name, copy_from=None if start.startswith("An empty") else current)
        except SubjectError as error:
            say("error", str(error))
        else:
            subject.use(made.key)
            done("success", f"Created the subject {made.name}; every page now works on it (switch in the sidebar).")
with actions.popover("Reset to defaults", icon=":material/restart_alt:", disabled=not edited_copy):
    st.write("Delete your edited lexicon and go back to the one shipped with Marsad?")
    if st.button("Delete my edits", type="primary", key="reset"):
        reset_to_defaults(folder)
        done("success", "Back to the shipped lexicon; every page now analyses with it.")
