"""The view is the URL: reading and writing query parameters, page widgets kept in the URL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import streamlit as st

from analysis.explore.filters import QUERY_KEYS
from analysis.explore.markup import escape_markdown

# The keys the pages keep in the URL besides the sidebar's filters (QUERY_KEYS), and the prefixes of
# the Groups page's two sets (ga.outlet=…). Any other key of a link is a mistake (date_from for
# from) that showed every article while staying in the address as if it applied: it is said and
# dropped. Streamlit's own embed keys never reach st.query_params; they are listed all the same.
PAGE_KEYS = frozenset({
    "subject", "nested", "a", "b", "mark", "of", "kw", "sort", "words", "frame", "gb", "gkind", "network", "nodes",
    "link", "measure", "bin", "split", "embed", "embed_options",
})
PAGE_PREFIXES = ("ga.", "gb.")


def unknown_keys(keys: Iterable[str]) -> list[str]:
    """The keys of a link that no filter and no page reads, in the link's order: ``["date_from"]``."""
    known = set(QUERY_KEYS.values()) | PAGE_KEYS
    return [key for key in keys if key not in known and not key.startswith(PAGE_PREFIXES)]


def query() -> dict[str, list[str]]:
    """The URL's query parameters, every key with all its values."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def write_query(values: dict[str, str | list[str]], *, keys: Sequence[str]) -> None:
    """Set the URL's ``keys`` to ``values`` (absent or empty: removed), leaving other keys alone.

    Streamlit clears the query string on a page switch, so every run writes its part again.
    """
    for key in keys:
        value = values.get(key)
        current = st.query_params.get_all(key)
        if not value:
            if current:
                del st.query_params[key]
        elif (current if isinstance(value, list) else current[-1:]) != (value if isinstance(value, list) else [value]):
            st.query_params[key] = value


def choice(name: str, options: Sequence[str], default: str | None, *, param: str, say: bool = True) -> str:
    """Prepare a page widget keyed ``name`` whose value is kept in the URL as ``param``.

    Its first value this session comes from the URL, else ``default``; after a page switch
    (which forgets a page's widgets) it comes back from the session. Call :func:`keep` after
    drawing the widget. A link's value that is none of ``options`` (``bin=century``) is said in
    one line (:func:`say_unmatched`) unless ``say`` is false (the page says it in its own words).

    Returns:
        The widget key to give the widget.
    """
    state = st.session_state
    widget_key = f"w_{name}"
    linked = unmatched(name, options, param=param) if say else None
    if widget_key not in state or state[widget_key] not in options:
        state[widget_key] = _restored(name, options, default, param=param)
    if linked is not None:
        say_unmatched(param, linked, options, state[widget_key])
    return widget_key


def say_unmatched(param: str, value: str, options: Sequence[str], shown: str | None, *, words=str) -> None:
    """One line saying that the link's ``param=value`` is none of ``options`` and what is shown in
    its place: a page setting from a link the page does not know was reset without a word, so the
    view was silently another than the link's. ``words`` gives an option as the analyst reads it."""
    listed = [words(option) for option in options if option]
    if 2 <= len(listed) <= 8:
        among = f"none of {', '.join(listed[:-1])} or {listed[-1]}"
    else:
        among = "not one this page offers"
    instead = f"{words(shown)} is shown instead" if shown else "it is left out"
    st.warning(escape_markdown(f"The link's “{param}={value}” is {among}; {instead}."))


def unmatched(name: str, options: Sequence[str], *, param: str) -> str | None:
    """The link's value of ``param`` when it is none of ``options``, while the page widget ``name``
    still takes its value from the link (this session has kept none for it): ``kw=wagner`` where the
    filters leave no mention of Wagner. The page says so: it showed another value in its place
    without a word. Call before :func:`choice`; once the widget is kept, a value that goes is the
    analyst's own doing (another kind picked), not the link's.
    """
    if f"keep_{name}" in st.session_state:
        return None
    values = st.query_params.get_all(param)
    return values[-1] if values and values[-1] not in options else None


def flag(name: str, default: bool, *, param: str) -> str:
    """Prepare a toggle keyed ``name`` kept in the URL as ``param``: ``0`` when off, ``1`` when on,
    absent when at ``default``. As :func:`choice`; call :func:`keep_flag` after drawing it.

    Returns:
        The widget key to give the toggle.
    """
    state = st.session_state
    widget_key = f"w_{name}"
    linked = unmatched(name, ("1", "0"), param=param)
    if not isinstance(state.get(widget_key), bool):
        state[widget_key] = _restored(name, ("1", "0"), "1" if default else "0", param=param) == "1"
    if linked is not None:
        say_unmatched(param, linked, ("1", "0"), "1" if state[widget_key] else "0")
    return widget_key


def keep_flag(name: str, value: bool, default: bool, *, param: str) -> None:
    """Remember a toggle's value for the session and put it in the URL unless it is the default."""
    keep(name, None if value == default else ("1" if value else "0"), param=param)


def _restored(name: str, options: Sequence[str], default: str | None, *, param: str) -> str | None:
    """A page widget's value after a page switch or from a shared link: the session's, else the URL's, else ``default``."""
    from_url = st.query_params.get_all(param)
    for candidate in (st.session_state.get(f"keep_{name}"), from_url[-1] if from_url else None, default):
        if candidate in options:
            return candidate
    return options[0] if options else None


def keep(name: str, value: str | None, *, param: str) -> None:
    """Remember a page widget's value for the session and put it in the URL."""
    st.session_state[f"keep_{name}"] = value
    write_query({param: value or ""}, keys=[param])
