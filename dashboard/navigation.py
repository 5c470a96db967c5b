"""The dashboard's pages, and running one of them through the entrypoint.

``app.py`` declares the pages with ``st.navigation`` and draws what they share (the sidebar
filters, the stylesheet) before running the chosen page. Streamlit still runs a page file by
itself in one case: a server that has not yet run ``st.navigation`` treats the ``pages/`` folder
as the old automatic page list, so a deep link (``/compare?a=…``) opened first on a fresh server
would run ``pages/compare.py`` alone, without the filters or the Arabic font.
:func:`require_entrypoint` catches that with public calls only: it declares the same pages (which
switches the server to ``st.navigation`` for good) and reruns, through ``app.py``, the same page
with the same URL.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent.parent

ANALYSIS_PAGES = [
    ("pages/overview.py", "Overview", ":material/dashboard:"),
    ("pages/actors.py", "Actors", ":material/groups:"),
    ("pages/stances.py", "Stances", ":material/record_voice_over:"),
    ("pages/topics.py", "Topics", ":material/label:"),
    ("pages/trends.py", "Trends", ":material/timeline:"),
    ("pages/outlets.py", "Outlets", ":material/newspaper:"),
    ("pages/groups.py", "Groups", ":material/compare_arrows:"),
    ("pages/compare.py", "Compare", ":material/compare:"),
    ("pages/network.py", "Network", ":material/hub:"),
    ("pages/concordance.py", "Concordance", ":material/format_align_center:"),
    ("pages/data.py", "Data", ":material/table_view:"),
]
ANALYSIS_TITLES = frozenset(title for _, title, _ in ANALYSIS_PAGES)
MANAGE_PAGES = [
    ("pages/corpus.py", "Corpus", ":material/library_books:"),
    ("pages/lexicons.py", "Lexicons", ":material/dictionary:"),
    ("pages/suggestions.py", "Suggestions", ":material/lightbulb:"),
]

# Set while app.py runs a page, per script thread (each browser session runs in its own).
_entry = threading.local()


def pages() -> dict[str, list[st.Page]]:
    """The page list by section, as ``st.navigation`` takes it (Overview is the default)."""
    sections = {"Analysis": ANALYSIS_PAGES, "Manage": MANAGE_PAGES}
    return {
        section: [st.Page(path, title=title, icon=icon, default=path == "pages/overview.py")
                  for path, title, icon in listed if (ROOT / path).exists()]
        for section, listed in sections.items()
    }


@contextmanager
def entrypoint() -> Iterator[None]:
    """Mark the pages run inside this block as run through ``app.py``."""
    _entry.running = True
    try:
        yield
    finally:
        _entry.running = False


def require_entrypoint() -> None:
    """Rerun through ``app.py`` when Streamlit ran a page file by itself (see the module doc)."""
    if not getattr(_entry, "running", False):
        st.navigation(pages(), position="hidden")
        st.rerun()
