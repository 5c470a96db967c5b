"""What every page shares: the cached analysis, the sidebar filters, the URL, Arabic blocks.

Pages stay short scripts (read, filter, render); anything a test would want to check lives in
``analysis/`` (filters and evidence in :mod:`analysis.filters`, marked-up text in
:mod:`analysis.highlight`).
"""

from __future__ import annotations

import hashlib
import html
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from analysis import export
from analysis.cooccurrence import cooccurrences
from analysis.corpus import Document, load_seeds
from analysis.corpus_cli import open_store
from analysis.filters import Evidence, Filters, QUERY_KEYS, filter_frames
from analysis.highlight import FONT_STACK, KIND_COLOURS, highlight_html, legend_html, stylesheet
from analysis.lexicon import FILES, Lexicon, LexiconError, active_lexicon_dir, build_lexicon, parse_csv
from analysis.pipeline import Frames, analyze
from analysis.store import CorpusStore, default_db_path

POLARITY_COLOURS = {"positive": "#2f9e44", "negative": "#e03131", "neutral": "#868e96"}
ARTICLE_COLOURS = ("#1c7ed6", "#f76707", "#0ca678", "#ae3ec9", "#e8590c", "#5c940d", "#c2255c", "#495057")
TYPE_LABELS = {
    "person": "Person", "state": "State", "organisation": "Organisation",
    "armed_group": "Armed group", "city": "City", "location": "Location",
}
TOPIC_LABELS = {"arms": "Arms", "energy": "Energy", "infrastructure": "Infrastructure", "un_mediation": "UN mediation"}
# Plotly's mode bar covers the legend on narrow charts and its lasso is rarely wanted on bars.
PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "autoScale2d"]}
EVIDENCE_LIMIT = 40
# Charts with one series per article draw at most this many (one colour each).
ARTICLE_CHART_LIMIT = len(ARTICLE_COLOURS)


# -- loading -----------------------------------------------------------------------------------

def load_documents() -> list[Document]:
    """The corpus: the analyst's SQLite store, seeded from ``seeds/`` the first time.

    Switching source is this one line (``return load_seeds()`` reads the seed files only).
    """
    return _documents_from_store()


@st.cache_resource(show_spinner=False)
def _store(path: str) -> CorpusStore:
    # Seeded the way the CLI and the Corpus page do it, the first time the store is opened.
    return open_store(Path(path))


def _documents_from_store() -> list[Document]:
    try:
        return _store(str(default_db_path())).documents()
    except (sqlite3.Error, OSError) as exc:
        # A read-only checkout or a locked file should not hide the seeds from the analyst.
        st.warning(f"The corpus database could not be opened ({exc}); showing the seed articles.")
        return load_seeds()


def lexicon_files() -> tuple[tuple[str, str], ...]:
    """The active lexicon's CSV files' contents, ``(name, text)`` (the analyst's edited copy if
    there is one, else ``data/``); a missing file is a LexiconError."""
    folder = active_lexicon_dir()
    contents, problems = [], []
    for name in FILES:
        path = folder / f"{name}.csv"
        try:
            contents.append((name, path.read_text(encoding="utf-8-sig")))
        except (FileNotFoundError, UnicodeDecodeError) as exc:
            problems.append(f"{name}.csv: {exc.__class__.__name__}")
    if problems:
        raise LexiconError(problems)
    return tuple(contents)


def analyse(documents: tuple[tuple[str, ...], ...], files: tuple[tuple[str, str], ...]) -> tuple[Frames, Lexicon]:
    """The analysis of ``documents`` (Document fields as tuples) with the lexicon in ``files``."""
    lexicon = build_lexicon({name: parse_csv(content, name=name) for name, content in files})
    return analyze([Document(*fields_) for fields_ in documents], lexicon), lexicon


def _digest(*parts: object) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8", errors="surrogatepass")).hexdigest()


def _source() -> tuple[str, Callable[[], list[Document]]]:
    """What the corpus is, cheaply (the store's fingerprint: ids, content hashes, metadata), and
    how to read it. A store that cannot be opened falls back to the seeds, with a warning."""
    try:
        store = _store(str(default_db_path()))
        return f"store:{store.path}:{store.fingerprint()}", load_documents
    except (sqlite3.Error, OSError) as exc:
        # A read-only checkout or a locked file should not hide the seeds from the analyst.
        st.warning(f"The corpus database could not be opened ({exc}); showing the seed articles.")
        return "seeds", load_seeds


@st.cache_resource(show_spinner="Analysing the articles…", max_entries=4)
def _corpus(corpus_key: str, files_key: str, _files: tuple[tuple[str, str], ...],
            _read: Callable[[], list[Document]]) -> Corpus:
    """The analysed corpus, cached on the corpus fingerprint and the lexicon files' contents:
    editing a lexicon file or adding an article re-analyses; changing a filter does not.

    A resource, not data: every rerun gets the same frames without a copy, so pages must treat
    them as read-only (filtering returns new frames).
    """
    documents = _read()
    frames, lexicon = analyse(tuple(tuple(getattr(doc, f.name) for f in fields(Document)) for doc in documents), _files)
    docs = frames.documents
    labels = {
        doc_id: f"Article {n} ({date or 'undated'})" for n, (doc_id, date) in enumerate(zip(docs["doc_id"], docs["date"]), 1)
    }
    colours = {doc_id: ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)] for i, doc_id in enumerate(docs["doc_id"])}
    return Corpus(frames, lexicon, labels, colours, key=f"{corpus_key}|{files_key}")


@dataclass(frozen=True)
class Corpus:
    """The analysed corpus as a page needs it."""

    frames: Frames
    lexicon: Lexicon
    labels: dict[str, str]
    colours: dict[str, str]
    key: str = ""  # what the analysis was cached on: the corpus fingerprint and the lexicon files

    @property
    def doc_ids(self) -> list[str]:
        return list(self.labels)

    def label(self, doc_id: str) -> str:
        return self.labels.get(doc_id, doc_id)

    def actor_label(self, actor_id: str) -> str:
        """``Sergey Lavrov · سيرغي لافروف``: English first, Arabic beside it."""
        actor = self.lexicon.actors.get(actor_id)
        return f"{actor.name_en} · {actor.name_ar}" if actor else actor_id

    def actor_name(self, actor_id: str) -> str:
        actor = self.lexicon.actors.get(actor_id)
        return actor.name_en if actor else actor_id

    def target_label(self, target: str, kind: str) -> str:
        """A stance target in English where it is an id; a text target stays as written."""
        if kind == "actor":
            return self.actor_name(target)
        if kind == "topic":
            return f"topic: {topic_label(target)}"
        return target


def load() -> Corpus:
    """The analysed corpus (cached); stops the page with the problems if the lexicon is invalid."""
    _require_entrypoint()
    try:
        files = lexicon_files()
        corpus_key, read = _source()
        return _corpus(corpus_key, _digest(files), files, read)
    except LexiconError as error:
        st.error("The lexicon files in data/ have problems:\n\n" + "\n".join(f"- `{p}`" for p in error.problems))
        st.stop()


def _require_entrypoint() -> None:
    """Rerun through ``app.py`` when Streamlit ran a page file by itself.

    Because a ``pages/`` folder exists, a fresh server starts in the old multipage mode until
    ``app.py`` has called ``st.navigation`` once; a deep link such as ``/compare?a=…`` opened
    first would run ``pages/compare.py`` alone, without the sidebar filters or the stylesheet.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def topic_label(topic: str) -> str:
    return TOPIC_LABELS.get(topic, topic.replace("_", " ").capitalize())


def type_label(actor_type: str) -> str:
    return TYPE_LABELS.get(actor_type, actor_type.replace("_", " ").capitalize())


# -- the URL -----------------------------------------------------------------------------------

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


# -- the sidebar filters -----------------------------------------------------------------------

@st.cache_resource(show_spinner=False, max_entries=4)
def _filter_options(corpus_key: str, _corpus: Corpus) -> dict[str, list[str]]:
    """What each sidebar filter offers, worked out once per analysed corpus (``corpus_key``)."""
    frames = _corpus.frames
    actors = frames.mentions.drop_duplicates("actor_id").sort_values("actor_name")
    actor_types = set(frames.mentions["actor_type"].unique())
    polarities = set(frames.stances["polarity"].unique())
    return {
        "doc_ids": _corpus.doc_ids,
        "actor_ids": list(actors["actor_id"]),
        "actor_types": [t for t in TYPE_LABELS if t in actor_types],
        "topics": _corpus.lexicon.topic_ids,
        "speakers": sorted(set(frames.stances["speaker_name"].unique())),
        "polarities": [p for p in POLARITY_COLOURS if p in polarities],
    }


def sidebar_filters(corpus: Corpus) -> Filters:
    """Draw the shared filters in the sidebar and return them.

    The widgets live in the entrypoint, so their values hold across pages; the first run of a
    session takes them from the URL, and every run writes them back, so a link reproduces a view.
    """
    options = _filter_options(corpus.key, corpus)
    state = st.session_state
    if not state.get("filters_loaded"):
        from_url = Filters.from_query(query())
        for name in options:
            state[f"filter_{name}"] = list(getattr(from_url, name))
        state["filter_search"] = from_url.search
        state["filters_loaded"] = True
    for name, allowed in options.items():
        # Values the corpus no longer has (an article removed on the Corpus page) are dropped.
        known = set(allowed)
        state[f"filter_{name}"] = [value for value in state.get(f"filter_{name}", []) if value in known]

    formats = {
        "doc_ids": corpus.label,
        "actor_ids": corpus.actor_label,
        "actor_types": type_label,
        "topics": topic_label,
        "speakers": lambda name: name,
        "polarities": lambda name: name.capitalize(),
    }
    titles = {
        "doc_ids": "Articles", "actor_ids": "Actors", "actor_types": "Actor types",
        "topics": "Topics", "speakers": "Speakers", "polarities": "Polarity",
    }
    with st.sidebar:
        st.markdown("**Filters** · apply to every page")
        st.text_input(
            "Search the Arabic text", key="filter_search", placeholder="e.g. الأمم المتحدة",
            help="Matches whatever the diacritics, alef forms (أ إ آ ا), ى/ي and ة/ه.",
        )
        for name, allowed in options.items():
            st.multiselect(titles[name], allowed, key=f"filter_{name}", format_func=formats[name], placeholder="All")
        st.button("Clear filters", on_click=_clear_filters, disabled=not any(state.get(f"filter_{n}") for n in [*options, "search"]))
    filters = Filters(**{name: tuple(state[f"filter_{name}"]) for name in options}, search=state["filter_search"].strip())
    write_query(filters.to_query(), keys=list(QUERY_KEYS.values()))
    state["current_filters"] = filters
    return filters


def _clear_filters() -> None:
    for field in fields(Filters):
        st.session_state[f"filter_{field.name}"] = "" if field.name == "search" else []


def filters() -> Filters:
    """The sidebar filters of this run (set by the entrypoint)."""
    return st.session_state.get("current_filters", Filters())


def filters_note(active: Filters) -> None:
    """A caption saying which filters narrow what the page shows."""
    if active.active:
        st.caption(f"Filtered: {active.describe()}")


# -- Arabic and highlighted text -----------------------------------------------------------------

def css(corpus: Corpus) -> str:
    """The app's stylesheet: the Arabic font on right-to-left blocks, and the highlight colours."""
    kinds = [*KIND_COLOURS, *(f"topic-{topic}" for topic in corpus.lexicon.topic_ids)]
    return f"""
.marsad-ar {{ font-family: {FONT_STACK}; font-size: 1.15rem; line-height: 2; text-align: right;
  white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; }}
.marsad-title {{ font-size: 1.35rem; font-weight: 600; line-height: 1.7; margin: .1rem 0 .2rem; }}
.marsad-box {{ max-height: 34rem; overflow-y: auto; padding: .6rem 1rem; border: 1px solid rgba(128, 128, 128, .35);
  border-radius: .5rem; }}
.marsad-evidence {{ border-top: 1px solid rgba(128, 128, 128, .25); padding: .35rem 0 .45rem; }}
.marsad-meta {{ font-size: .8rem; opacity: .7; text-align: left; }}
.marsad-inline {{ font-family: {FONT_STACK}; }}
.marsad-terms {{ display: flex; gap: .6rem; align-items: baseline; margin: .3rem 0; }}
.marsad-terms > mark {{ flex: 0 0 9rem; text-align: center; }}
.marsad-list {{ max-height: 26rem; overflow-y: auto; }}
.marsad-item {{ display: flex; align-items: baseline; gap: .5rem; padding: .2rem .1rem;
  border-bottom: 1px solid rgba(128, 128, 128, .2); }}
.marsad-names {{ flex: 1 1 auto; min-width: 0; display: flex; flex-wrap: wrap; column-gap: .5rem; }}
.marsad-item > b {{ flex: 0 0 auto; text-align: right; white-space: nowrap; }}
.marsad-chips {{ display: flex; flex-wrap: wrap; gap: .3rem; }}
.marsad-chip {{ border: 1px solid rgba(128, 128, 128, .4); border-radius: 1rem; padding: .05rem .6rem; font-size: .9rem; }}
.marsad-chip [lang="ar"] {{ font-family: {FONT_STACK}; }}
/* Filter chips carry English and Arabic names: wrap them rather than cut the Arabic mid-word. */
[data-testid="stSidebar"] [data-tag] {{ height: auto; max-height: none; }}
[data-testid="stSidebar"] [data-tag] > span[title] {{ white-space: normal; overflow: visible; text-overflow: clip;
  width: auto; line-height: 1.35; padding: 2px 0; }}
{stylesheet(kinds)}
"""


def arabic(text: str, *, title: bool = False, box: bool = False) -> None:
    """Show Arabic ``text`` right-to-left in the Arabic font (escaped: it is shown, never run)."""
    classes = "marsad-ar" + (" marsad-title" if title else "") + (" marsad-box" if box else "")
    st.html(f'<div class="{classes}" dir="rtl" lang="ar">{html.escape(text, quote=False)}</div>')


def arabic_html(markup: str, *, box: bool = False) -> str:
    """An rtl block around already-escaped markup (from :func:`analysis.highlight.highlight_html`)."""
    return f'<div class="marsad-ar{" marsad-box" if box else ""}" dir="rtl" lang="ar">{markup}</div>'


def legend(kinds: Sequence[tuple[str, str]]) -> None:
    st.html(legend_html(kinds))


def actor_legend(types: Sequence[str]) -> list[tuple[str, str]]:
    return [(f"actor-{t}", type_label(t)) for t in TYPE_LABELS if t in set(types)]


def show_evidence(items: list[Evidence], corpus: Corpus, *, what: str, limit: int = EVIDENCE_LIMIT) -> None:
    """The sentences behind a selection, each with where it is and its spans marked."""
    if not items:
        st.info(f"No sentence matches {what} with the current filters.")
        return
    shown = items[:limit]
    more = f" (showing the first {limit})" if len(items) > limit else ""
    st.caption(f"{len(items)} sentence{'s' if len(items) != 1 else ''} behind {what}{more}")
    blocks = []
    for item in shown:
        meta = f"{corpus.label(item.doc_id)} · sentence {item.sentence_id} · {item.position:.0%} into the article"
        blocks.append(
            f'<div class="marsad-evidence"><div class="marsad-meta" dir="ltr">{html.escape(meta)}</div>'
            f"{arabic_html(highlight_html(item.text, item.spans, offset=item.start))}</div>"
        )
    st.html("".join(blocks))


# -- charts and downloads ------------------------------------------------------------------------

@st.cache_resource(show_spinner=False, max_entries=8)
def _cooccurring(key: str, _corpus: Corpus, _filters: Filters) -> pd.DataFrame:
    return cooccurrences(filter_frames(_corpus.frames, _filters).mentions)


def cooccurrences_under(corpus: Corpus, active: Filters) -> pd.DataFrame:
    """:func:`analysis.cooccurrence.cooccurrences` of the mentions ``active`` keeps, cached per
    corpus and filters (read-only: filter it into a new frame)."""
    return _cooccurring(_digest(corpus.key, active.to_query()), corpus, active)


def chart_articles(corpus: Corpus, doc_ids: Sequence[str], score: pd.Series, *, what: str) -> tuple[list[str], dict[str, str]]:
    """The articles a chart with one series per article draws, and their colours.

    Up to :data:`ARTICLE_CHART_LIMIT` articles, all of them in the corpus' colours; beyond that,
    the ones with the highest ``score`` (a value per doc_id), in corpus order, each its own
    colour, and a caption saying so: a thousand series would be unreadable and slow to draw.
    """
    doc_ids = list(doc_ids)
    if len(doc_ids) <= ARTICLE_CHART_LIMIT:
        return doc_ids, {d: corpus.colours[d] for d in doc_ids}
    ranked = score.reindex(doc_ids, fill_value=0).sort_values(ascending=False, kind="stable")
    top = set(ranked.index[:ARTICLE_CHART_LIMIT])
    shown = [d for d in doc_ids if d in top]
    st.caption(
        f"The chart shows the {len(shown)} of {len(doc_ids):,} articles with the most {what}; "
        "pick articles in the sidebar's Articles filter to chart others."
    )
    return shown, {d: ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)] for i, d in enumerate(shown)}


def chart_key(name: str, *parts: object) -> str:
    """A chart's widget key that changes with what it shows, so a stale selection is dropped."""
    digest = hashlib.sha1(json.dumps(parts, default=str, sort_keys=True).encode()).hexdigest()[:10]
    return f"{name}-{digest}"


def selected(event) -> list[list]:
    """The ``customdata`` of the points selected in a plotly chart event (empty if none)."""
    if not event:
        return []
    points = event.selection.get("points", []) if hasattr(event, "selection") else []
    return [list(point["customdata"]) for point in points if point.get("customdata") is not None]


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
    columns[2].download_button(
        "JSON", build(export.json_bytes), file_name=f"{stem}.json", mime="application/json",
        on_click="ignore", icon=":material/download:", key=f"dl-json-{name}", width="stretch",
    )
