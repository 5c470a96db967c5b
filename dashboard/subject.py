"""The active subject: chosen in the sidebar, kept in the session and the URL (``?subject=``).

Every page reads its lexicon, its store and where edits go from :func:`active`; the entrypoint
draws the choice (:func:`choose`) before anything is analysed.
"""

from __future__ import annotations

import streamlit as st

from analysis.lexicon.subjects import SHIPPED, Subject, SubjectError, subject, subjects
from analysis.explore.markup import escape_markdown
from dashboard.url import write_query

PARAM = "subject"
STATE = "subject_key"


def active() -> Subject:
    """The subject this session works on (the shipped one until another is chosen)."""
    try:
        return subject(st.session_state.get(STATE, SHIPPED))
    except SubjectError:
        st.session_state[STATE] = SHIPPED  # removed meanwhile, or a hand-made URL
        return subject(SHIPPED)


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
    available = subjects()
    if len(available) > 1:
        names = {item.key: item.name for item in available}
        if state[STATE] not in names:
            state[STATE] = SHIPPED
        st.sidebar.selectbox("Subject", list(names), key=STATE, format_func=names.get,
                             help="Each subject has its own lexicon and its own articles.")
    write_query({PARAM: state[STATE]}, keys=[PARAM])
    return active()
