"""Download buttons: a frame as CSV, CSV with its provenance (zip), Excel and JSON, built when clicked."""

from __future__ import annotations

import json
from collections.abc import Callable

import pandas as pd
import streamlit as st

from analysis.corpus import export
from analysis.extract import schema
from analysis.explore.filters import Filters, file_stem, is_in
from dashboard.loading import Corpus


@st.cache_resource(show_spinner=False, max_entries=16)
def _cells_excel_cannot_store(view_key: str, _frame: Callable[[], pd.DataFrame]) -> tuple[int, int]:
    """How many cells of the view (``_frame()``, its file's rows) lose characters in the Excel
    file, and how many of its texts (an article's, a sentence's) are longer than an Excel cell
    holds, worked out once per view; the other columns are names and words, far shorter."""
    frame = _frame()
    return export.xml_safe(frame)[1], export.cells_too_long_for_excel(frame, ["text"])


def downloads(frame: pd.DataFrame, *, name: str, corpus: Corpus, filters: Filters, about: dict | None = None,
              named: tuple[str, ...] = ()) -> None:
    """The rows of ``frame`` (ids and all) in four files named for what they hold
    (``marsad-stances-2024-05-lavrov.csv``), with their provenance beside the rows.

    The bytes are built when a button is clicked (a callable as the button's data), not on every
    rerun: an Excel file of a thousand articles' mentions takes seconds to write.
    ``on_click="ignore"``: downloading must not rerun the page and reset the view. ``about``: the
    page's own settings the rows depend on (the Concordance's keyword, the Groups page's two sets),
    recorded in the provenance; ``named``: those the file name says (``actor``, ``lavrov``).
    """
    settings = {"frame": name, **(about or {}), "filters": filters.to_query(), "lexicon": corpus.lexicon_words}
    if corpus.archive:
        settings["archive"] = corpus.archive.chosen.provenance()
    documents = corpus.frames.documents
    held = frame

    def complete() -> pd.DataFrame:
        # Every column of the schema: an article's text, and a sentence's (a slice of it), are
        # read when a file is built, not held beside the rows.
        if name == "sentences":
            return schema.with_text(held, corpus.frames.texts)
        return schema.with_article_text(held, corpus.frames.texts) if name == "documents" else held

    # The distinct ids by Arrow: a Python set of 2.2 million mentions' ids took 1.3 s.
    dates = documents.loc[is_in(documents["doc_id"], frame["doc_id"].unique().tolist()), "date"] if "doc_id" in frame.columns else []
    stem = file_stem(name, filters, dates, about=named)

    def build(write):
        def data() -> bytes:
            return write(complete(), export.provenance(lexicon_version=corpus.lexicon.version, settings=settings))
        return data

    files = (
        ("CSV", lambda f, meta: export.csv_bytes(f), "csv", "text/csv"),
        ("CSV + provenance", lambda f, meta: export.csv_zip_bytes(f, meta, stem=stem), "zip", "application/zip"),
        ("Excel", lambda f, meta: export.excel_bytes(f, meta, sheet=name), "xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("JSON", export.json_bytes, "json", "application/json"),
    )
    # One row that wraps: four equal columns cut "CSV + provenance" to "CSV + …" in an 800 px window.
    row = st.container(horizontal=True)
    too_many = export.excel_row_problem(len(frame))
    for label, write, suffix, mime in files:
        unable = too_many if suffix == "xlsx" else ""
        row.download_button(
            label, build(write), file_name=f"{stem}.{suffix}", mime=mime, on_click="ignore",
            icon=":material/download:", key=f"dl-{suffix}-{name}", disabled=bool(unable), help=unable or None,
        )
    if too_many:
        st.caption(too_many)
    view_key = json.dumps([corpus.key, name, settings], sort_keys=True, default=str, ensure_ascii=False)
    cleaned, cut = _cells_excel_cannot_store(view_key, complete)
    if cleaned:
        st.caption(
            f"{cleaned:,} {'cells hold' if cleaned != 1 else 'cell holds'} control characters that Excel cannot store "
            "(such as \\x0b or U+FFFE): the Excel file leaves those characters out and says so on its provenance "
            "sheet; CSV and JSON keep them."
        )
    if cut:
        st.caption(f"{cut:,} {'texts are' if cut != 1 else 'text is'} longer than the 32,767 characters an Excel cell holds: the "
                   "Excel file cuts them there and says so on its provenance sheet; CSV and JSON hold them whole.")
