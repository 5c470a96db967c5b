"""The active subject: chosen in the sidebar, kept in the session and the URL (``?subject=``).

Every page reads its lexicon, its store and where edits go from :func:`active`; the entrypoint
draws the choice (:func:`choose`) before anything is analysed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import streamlit as st

from analysis.corpus.store import default_db_path
from analysis.extract.results import SETTLED_S  # a file changed this recently may change again in its timestamp tick
from analysis.lexicon.read import DATA_DIR, user_lexicon_dir
from analysis.lexicon.subjects import SHIPPED, Subject, SubjectError, subject, subjects, subjects_root
from analysis.explore.markup import escape_markdown
from dashboard.url import write_query

PARAM = "subject"
STATE = "subject_key"


def files_stamp(*folders: Path, pattern: str = "*.csv") -> tuple | None:
    """Every file matching ``pattern`` in ``folders`` as (path, modified, size), or None while one
    was modified in the last :data:`SETTLED_S` seconds (a later change in the same timestamp tick
    would go unseen). Costs a ``stat`` per file: what a rerun checks instead of reading them."""
    found = []
    newest = 0
    for folder in folders:
        for path in sorted(folder.glob(pattern)):
            try:
                info = path.stat()
            except OSError:
                continue
            found.append((str(path), info.st_mtime_ns, info.st_size))
            newest = max(newest, info.st_mtime_ns)
    if time.time_ns() - newest < SETTLED_S * 1e9:
        return None
    return (tuple(str(folder) for folder in folders), tuple(found))


def _lexicon_stamp() -> tuple | None:
    """What the subjects are read from: the shipped and the analyst's lexicon files (each
    subject's folder too), and where the stores are."""
    folders = [DATA_DIR, user_lexicon_dir()]
    root = subjects_root()
    if root.is_dir():
        folders += sorted(path for path in root.iterdir() if path.is_dir())
    return (str(default_db_path()), os.environ.get("MARSAD_LEXICON", ""), files_stamp(*folders))


@st.cache_resource(show_spinner=False, max_entries=16)
def _subject(key: str, stamp: tuple) -> Subject:
    return subject(key)


@st.cache_resource(show_spinner=False, max_entries=4)
def _subjects(stamp: tuple) -> list[Subject]:
    return subjects()


def _cached(key: str) -> Subject:
    # subject() reads every lexicon file of the subject for its name: 50 ms, several times a
    # rerun; the files' stamp says when that has to happen again.
    stamp = _lexicon_stamp()
    return subject(key) if stamp[-1] is None else _subject(key, stamp)


def shipped() -> Subject:
    """The shipped subject, what a session starts on (no session needed: the server warms it)."""
    return _cached(SHIPPED)


def active() -> Subject:
    """The subject this session works on (the shipped one until another is chosen)."""
    try:
        return _cached(st.session_state.get(STATE, SHIPPED))
    except SubjectError:
        st.session_state[STATE] = SHIPPED  # removed meanwhile, or a hand-made URL
        return _cached(SHIPPED)


def use(key: str) -> None:
    """Make ``key`` the session's subject (the Lexicons page after creating one)."""
    st.session_state[STATE] = key


def choose() -> Subject:
    """The sidebar's subject choice; the URL's ``?subject=`` decides on a session's first run.

    With one subject there is nothing to choose, and nothing is drawn.
    """
    state = st.session_state
    if STATE not in state:
        wanted = (st.query_params.get_all(PARAM) or [SHIPPED])[-1]
        try:
            state[STATE] = subject(wanted).key
        except SubjectError as error:
            state[STATE] = SHIPPED
            st.sidebar.warning(escape_markdown(str(error)))
    stamp = _lexicon_stamp()
    available = subjects() if stamp[-1] is None else _subjects(stamp)
    if len(available) > 1:
        names = {item.key: item.name for item in available}
        if state[STATE] not in names:
            state[STATE] = SHIPPED
        st.sidebar.selectbox("Subject", list(names), key=STATE, format_func=names.get,
                             help="Each subject has its own lexicon and its own articles.")
    write_query({PARAM: state[STATE]}, keys=[PARAM])
    return active()
