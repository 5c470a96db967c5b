"""The view is the URL: reading and writing query parameters, page widgets kept in the URL."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


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


def choice(name: str, options: Sequence[str], default: str | None, *, param: str) -> str:
    """Prepare a page widget keyed ``name`` whose value is kept in the URL as ``param``.

    Its first value this session comes from the URL, else ``default``; after a page switch
    (which forgets a page's widgets) it comes back from the session. Call :func:`keep` after
    drawing the widget.

    Returns:
        The widget key to give the widget.
    """
    state = st.session_state
    widget_key = f"w_{name}"
    if widget_key not in state or state[widget_key] not in options:
        from_url = st.query_params.get_all(param)
        for candidate in (state.get(f"keep_{name}"), from_url[-1] if from_url else None, default):
            if candidate in options:
                state[widget_key] = candidate
                break
        else:
            state[widget_key] = options[0] if options else None
    return widget_key


def keep(name: str, value: str | None, *, param: str) -> None:
    """Remember a page widget's value for the session and put it in the URL."""
    st.session_state[f"keep_{name}"] = value
    write_query({param: value or ""}, keys=[param])
