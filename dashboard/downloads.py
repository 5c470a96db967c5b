"""Download buttons: a frame as CSV, Excel and JSON, built when clicked."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from analysis.corpus import export
from dashboard.loading import Corpus


@st.cache_resource(show_spinner=False, max_entries=16)
def _cells_excel_cannot_store(view_key: str, _frame: pd.DataFrame) -> int:
    """How many cells of the view lose characters in the Excel file, worked out once per view."""
    return export.xml_safe(_frame)[1]


def downloads(frame: pd.DataFrame, *, name: str, corpus: Corpus, settings: dict) -> None:
    """CSV (UTF-8 with BOM), Excel and JSON of exactly ``frame``, with their provenance.

    The bytes are built when a button is clicked (a callable as the button's data), not on every
    rerun: an Excel file of a thousand articles' mentions takes seconds to write.
    ``on_click="ignore"``: downloading must not rerun the page and reset the view.
    """
    version = corpus.lexicon.version

    def build(write):
        def data() -> bytes:
            return write(frame, export.provenance(lexicon_version=version, settings=settings))
        return data

    stem = f"marsad-{name}"
    columns = st.columns(3)
    columns[0].download_button(
        "CSV", build(export.csv_bytes), file_name=f"{stem}.csv", mime="text/csv",
        on_click="ignore", icon=":material/download:", key=f"dl-csv-{name}", width="stretch",
    )
    columns[1].download_button(
        "Excel", build(lambda f, meta: export.excel_bytes(f, meta, sheet=name)), file_name=f"{stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        on_click="ignore", icon=":material/download:", key=f"dl-xlsx-{name}", width="stretch",
    )
    view_key = json.dumps([corpus.key, name, settings], sort_keys=True, default=str, ensure_ascii=False)
    cleaned = _cells_excel_cannot_store(view_key, frame)
    if cleaned:
        st.caption(
            f"{cleaned:,} {'cells hold' if cleaned != 1 else 'cell holds'} control characters that Excel cannot store "
            "(such as \\x0b or U+FFFE): the Excel file leaves those characters out and says so on its provenance "
            "sheet; CSV and JSON keep them."
        )
    columns[2].download_button(
        "JSON", build(export.json_bytes), file_name=f"{stem}.json", mime="application/json",
        on_click="ignore", icon=":material/download:", key=f"dl-json-{name}", width="stretch",
    )
