"""Drawing what pages share: the stylesheet, Arabic blocks, legends, evidence, chart helpers."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from analysis.explore.charts import AXIS_LABEL_LIMIT, short  # noqa: F401 (pages call render.short)
from analysis.corpus import export
from analysis.explore import columns
from analysis.explore.aggregate import Taken, page_count, page_of, whole
from analysis.explore.filters import Evidence
from analysis.explore.markup import escape_html, escape_markdown
from analysis.explore.highlight import FONT_STACK, KIND_COLOURS, highlight_html, legend_html, stylesheet, topic_kind
from dashboard.labels import ARTICLE_COLOURS, TYPE_LABELS, attribution_label, counted, type_label
from dashboard.loading import Corpus

ARABIC_LETTER = "[\u0621-\u064a]"
# Plotly's mode bar covers the legend on narrow charts and its lasso is rarely wanted on bars.
PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "autoScale2d"]}
EVIDENCE_LIMIT = 40
# Charts with one series per article draw at most this many (one colour each).
ARTICLE_CHART_LIMIT = len(ARTICLE_COLOURS)


def css(corpus: Corpus) -> str:
    """The app's stylesheet: the Arabic font on right-to-left blocks, and the highlight colours."""
    kinds = [*KIND_COLOURS, *(topic_kind(topic) for topic in corpus.lexicon.topic_ids)]
    topic_colours = {topic_kind(topic): colour for topic, colour in corpus.lexicon.topic_colours.items()}
    return f"""
.marsad-ar {{ font-family: {FONT_STACK}; font-size: 1.15rem; line-height: 2; text-align: right;
  white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; }}
.marsad-title {{ font-size: 1.35rem; font-weight: 600; line-height: 1.7; margin: .1rem 0 .2rem; }}
.marsad-box {{ max-height: 34rem; overflow-y: auto; padding: .6rem 1rem; border: 1px solid rgba(128, 128, 128, .35);
  border-radius: .5rem; }}
/* Compare: each article at full height, so the page's one scroll moves both texts together. */
.marsad-panel {{ padding: .6rem 1rem; border: 1px solid rgba(128, 128, 128, .35); border-radius: .5rem; }}
.marsad-panel mark.hl {{ line-height: 1.9; box-decoration-break: clone; -webkit-box-decoration-break: clone; }}
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
/* Chips carry English and Arabic names: wrap them rather than cut the Arabic mid-word. On a page too
   (the Groups page's articles): cut at the chip's right end, "Article 4 (undated) · مرصد الاختبار ·
   …رئيس حزب النهضة" lost the Arabic title's start, and at 800 px everything after "Article 4 (undate". */
[data-testid="stSidebar"] [data-tag], [data-testid="stMain"] [data-tag] {{ height: auto; max-height: none; }}
[data-testid="stSidebar"] [data-tag] > span[title], [data-testid="stMain"] [data-tag] > span[title] {{
  white-space: normal; overflow: visible; text-overflow: clip; width: auto; line-height: 1.35; padding: 2px 0; }}
/* The chips of a page's list one under another where they do not fit side by side: in one row that
   scrolls, two articles picked on the Groups page at 800 px read as one chip and a sliver. */
[data-testid="stMain"] [data-testid="stMultiSelectTagsContainer"],
[data-testid="stMain"] [data-testid="stMultiSelectTagsContainer"] > [role="group"] {{ flex-wrap: wrap; }}
[data-testid="stMain"] [data-testid="stMultiSelectTagsContainer"] {{ max-height: 12rem; overflow-y: auto; row-gap: 2px;
  padding-top: 2px; padding-bottom: 2px; }}
[data-testid="stMain"] [data-testid="stMultiSelect"] div:has(> [data-testid="stMultiSelectTagsContainer"]),
[data-testid="stMain"] [data-testid="stMultiSelect"] div:has(> div > [data-testid="stMultiSelectTagsContainer"]) {{
  height: auto; max-height: none; }}
{stylesheet(kinds, topic_colours)}
"""


def say(level: str, text: str) -> None:
    """Show a plain-text message (``level``: success, info, warning, error) exactly as written:
    Streamlit renders alerts as markdown, and messages carry file names and typed values."""
    getattr(st, level)(escape_markdown(text))


def arabic(text: str, *, title: bool = False, box: bool = False) -> None:
    """Show Arabic ``text`` right-to-left in the Arabic font (escaped: it is shown, never run)."""
    classes = "marsad-ar" + (" marsad-title" if title else "") + (" marsad-box" if box else "")
    st.html(f'<div class="{classes}" dir="rtl" lang="ar">{escape_html(text)}</div>')


def arabic_html(markup: str, *, box: bool = False, panel: bool = False) -> str:
    """An rtl block around already-escaped markup (from :func:`analysis.explore.highlight.highlight_html`):
    ``box`` scrolls inside a bounded height, ``panel`` is framed at full height."""
    classes = "marsad-ar" + (" marsad-box" if box else "") + (" marsad-panel" if panel else "")
    return f'<div class="{classes}" dir="rtl" lang="ar">{markup}</div>'


def legend(kinds: Sequence[tuple[str, str]]) -> None:
    st.html(legend_html(kinds))


def actor_legend(types: Sequence[str]) -> list[tuple[str, str]]:
    return [(f"actor-{t}", type_label(t)) for t in TYPE_LABELS if t in set(types)]


def show_evidence(items: list[Evidence], corpus: Corpus, *, what: str, limit: int = EVIDENCE_LIMIT) -> None:
    """The sentences behind a selection, each with where it is and its spans marked."""
    if not items:
        st.info(f"No sentence matches {escape_markdown(what)} with the current filters.")
        return
    page = 1
    if len(items) > limit:
        # Every sentence a page away: a count an analyst cannot read to its end is not trusted.
        pages = page_count(len(items), limit)
        key = "evidence-" + hashlib.sha1(f"{what}|{len(items)}".encode("utf-8", errors="surrogatepass")).hexdigest()[:10]
        page = int(st.number_input("Sentences page", min_value=1, max_value=pages, value=1, step=1, key=key))
    shown = items[(page - 1) * limit: page * limit]
    more = f" ({(page - 1) * limit + 1}–{(page - 1) * limit + len(shown)} shown)" if len(items) > limit else ""
    st.caption(f"{counted(len(items), 'sentence')} behind {escape_markdown(what)}{more}")
    blocks = []
    for item in shown:
        meta = f"{corpus.label(item.doc_id)} · sentence {item.sentence_id} · {item.position:.0%} into the article"
        blocks.append(
            f'<div class="marsad-evidence"><div class="marsad-meta" dir="ltr">{escape_html(meta)}</div>'
            f"{arabic_html(highlight_html(item.text, item.spans, offset=item.start))}</div>"
        )
    st.html("".join(blocks))


GROUPED_ARTICLES = 3  # articles a bar chart sets side by side on each row; more are stacked


def chart_articles(corpus: Corpus, doc_ids: Sequence[str], score: pd.Series, *, what: str) -> tuple[list[str], dict[str, str]]:
    """The articles a chart with one series per article draws, and their colours.

    Up to :data:`ARTICLE_CHART_LIMIT` articles, all of them in the corpus' colours; beyond that,
    the ones with the highest ``score`` (a value per doc_id), in corpus order, each its own
    colour, and a caption saying so: a thousand series would be unreadable and slow to draw.
    """
    # tolist(): iterating an Arrow-backed column value by value costs 20 ms at 10,000 articles.
    doc_ids = doc_ids.tolist() if isinstance(doc_ids, pd.Series | pd.Index) else list(doc_ids)
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


# Bars of their own on a chart over the whole corpus (speakers, actors); the rest are summed in one.
TOP_BARS = 25
# Rows a table sends to the browser at a time; the rest stay on the server, a page away.
PAGE_ROWS = 500


def paged(frame: pd.DataFrame | Taken, *, key: str, size: int | None = None,
          readable: Callable[[pd.DataFrame], pd.DataFrame] | None = None, name: str = "rows",
          download: bool = True) -> tuple[pd.DataFrame, int]:
    """The page of ``frame`` a table shows, with a page selector above it when there are more
    pages, and a CSV of every row (built when clicked, through ``readable`` like the page;
    ``download=False`` when the page has downloads of its own). ``frame`` may be rows kept on the
    server (:class:`analysis.explore.aggregate.Taken`): only the page's rows are taken.

    Returns:
        The page's rows (a slice of ``frame``: a table's selection, positions in the page,
        picks ``rows.iloc[selected]``) and the page's number, for the table's key, so that a
        selection made on one page is not applied to another.
    """
    size = size or PAGE_ROWS
    pages = page_count(len(frame), size)
    page = 1
    if pages > 1:
        left, right, button = st.columns([1, 3, 1], vertical_alignment="bottom")
        page = left.number_input("Page", min_value=1, max_value=pages, value=1, step=1, key=f"{key}-page")
        first = (page - 1) * size + 1
        right.caption(f"Rows {first:,}–{min(page * size, len(frame)):,} of {len(frame):,} ({pages:,} pages of {size:,}).")
        make = readable or (lambda rows: rows)
        if download:
            button.download_button(
                "CSV, all rows", lambda: export.csv_bytes(make(whole(frame))), file_name=f"marsad-{name}.csv", mime="text/csv",
                on_click="ignore", icon=":material/download:", key=f"{key}-csv",
            )
    return page_of(frame, page, size), int(page)


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


def picked_rows(event) -> list[int]:
    """The positions of the rows selected in a table drawn with ``st.dataframe(on_select="rerun")``,
    in the order of the frame it was given (empty if none): ``frame.iloc[rows]`` are the picked rows."""
    return event.selection.rows if event else []


ARTICLE_TITLE_CHARS = 36


def readable(frame: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """A frame as the analyst reads it: articles as ``Article 1 — title``, actors, speakers, targets,
    types, topics and attribution rules in words, and no id column. Rows keep their order, so a
    selection in it picks the same rows of ``frame`` (which the downloads hold, ids and all)."""
    shown = frame.copy()
    if "doc_id" in shown.columns:
        # A short title: the column repeats it on every row, and a long one pushed the findings
        # out of view (two thirds of the table's width at 1440 px).
        titles = {d: corpus.article_title(d, limit=ARTICLE_TITLE_CHARS) for d in shown["doc_id"].unique()}
        shown.insert(0, "article", shown["doc_id"].map(titles))
    if "speaker_name" in shown.columns:
        pairs = list(zip(shown["speaker_id"], shown["speaker_name"]))
        words = {pair: corpus.speaker_label(*pair) for pair in set(pairs)}
        shown["speaker_name"] = [words[pair] for pair in pairs]
    if "target_kind" in shown.columns:
        pairs = list(zip(shown["target"], shown["target_kind"]))
        words = {pair: corpus.target_label(*pair) for pair in set(pairs)}
        shown["target"] = [words[pair] for pair in pairs]
    for column, label in (("actor_type", type_label), ("topic", corpus.topic_label), ("attribution", attribution_label)):
        if column in shown.columns:
            shown[column] = shown[column].map(label)
    # The source file name of a seed is its id (000_6e8e4df2958d8f13.txt); the Corpus page lists sources.
    hidden = ("doc_id", "actor_id", "speaker_id", "target_kind", "source", "body_start")
    return shown.drop(columns=[c for c in hidden if c in shown.columns])


# Where a table in an expander ends, for arabic_columns(edges=…).
IN_EXPANDER = columns.IN_EXPANDER

# Headings a column's name does not give in words: "Actor name ar", "N tokens".
HEADERS = {"actor_name_ar": "Arabic name", "n_sentences": "Sentences", "n_tokens": "Tokens",
           "per_1000_tokens": "Per 1,000 tokens"}


def header(column: str) -> str:
    """``sentence_id`` → ``Sentence id``, ``actor_name_ar`` → ``Arabic name``: a frame's column as
    a table heading."""
    return HEADERS.get(column) or column.replace("_", " ").capitalize()


def arabic_columns(frame: pd.DataFrame, config: dict | None = None, *, widest: int = 640,
                   order: Sequence[str] | None = None, picker: bool = True, edges: Sequence[int] = columns.FULL) -> dict:
    """Column settings for a table: each column holding Arabic as wide as its longest cell (up to
    ``widest`` pixels), so Arabic is not clipped, and right-aligned when any of its cells is
    Arabic: the table draws a right-to-left text in a left-aligned cell leftwards from the cell's
    left edge, so a mixed column (English targets and one ``التطرف``) showed ``ال`` and lost
    the rest. ``config`` (labels, other columns) is kept and extended; a width it sets is kept (a page
    sizes a column to fit the window), unless the column would straddle the table's visible edge.

    Right-aligned, an Arabic column across the edge of what the table shows had its text drawn out
    of view (:mod:`analysis.explore.columns`): the columns up to the last Arabic one are given
    widths that keep every Arabic column on one side of the edges, or ending at one.

    Args:
        order: the columns in the order the table draws them (its ``column_order``; default the frame's).
        picker: whether the table has a row picker before its first column (rows can be selected).
        edges: where the table's view ends, in pixels (:data:`analysis.explore.columns.IN_EXPANDER` in an expander).
    """
    config = dict(config or {})
    right: set[str] = set()
    for column in frame.columns:
        values = frame[column]
        if not (pd.api.types.is_string_dtype(values) or values.dtype == object):
            continue
        texts = values.dropna().astype(str)
        texts = texts[texts.str.strip() != ""]
        arabic = texts.str.contains(ARABIC_LETTER)
        if texts.empty or not arabic.any():
            continue
        if column in config and config[column] is None:
            continue  # hidden: a visible column titled "actor_id" appeared once an unlisted id held Arabic
        given = config.get(column)
        label = given if isinstance(given, str) else given.get("label") if isinstance(given, dict) else None
        longest = max(int(texts.str.len().max()), len(str(label or column)))
        # About 7.5 px per character of Arabic in the table's font, plus the cell's padding.
        width = min(max(int(longest * 7.5) + 24, 90), widest)
        if isinstance(given, dict):  # a column config already (a validated date, an editor's options)
            config[column] = {**given, "width": given.get("width") or width, "alignment": "right"}
        else:
            config[column] = st.column_config.TextColumn(label or column, width=width, alignment="right")
        right.add(column)
    return _fitted(frame, config, right, order=order, picker=picker, edges=edges)


def wrapped_row_height(values: pd.Series, setting) -> int | None:
    """The row height a table needs to show ``values`` whole in their column (its ``setting`` from
    :func:`arabic_columns`), wrapped at words; None when every value fits on one line."""
    texts = values.dropna().astype(str)
    width = _setting(setting, "width")
    if texts.empty or not isinstance(width, int):
        return None
    return columns.wrapped_row_height(int(texts.str.len().max()), width)


def _fitted(frame: pd.DataFrame, config: dict, right: set[str], *, order: Sequence[str] | None, picker: bool,
            edges: Sequence[int]) -> dict:
    """``config`` with a width for every column up to the last right-aligned one, none of them across an edge."""
    drawn = [c for c in (order if order is not None else frame.columns) if c in frame.columns and config.get(c, "") is not None]
    # Pinned columns are drawn first, whatever the order.
    drawn = [c for c in drawn if _setting(config.get(c), "pinned")] + [c for c in drawn if not _setting(config.get(c), "pinned")]
    last = max((i for i, c in enumerate(drawn) if c in right), default=-1)
    if last < 0:
        return config
    drawn = drawn[: last + 1]
    widths = [_width(frame[c], config.get(c), c) for c in drawn]
    fitted = columns.fit_to_edges(widths, [c in right for c in drawn], start=columns.PICKER if picker else 0, edges=edges)
    for column, width in zip(drawn, fitted):
        given = config.get(column)
        if isinstance(given, dict):
            config[column] = {**given, "width": width}
        else:
            config[column] = {"label": given if isinstance(given, str) else column, "width": width}
    return config


def _setting(given, name: str):
    return given.get(name) if isinstance(given, dict) else None


def _width(values: pd.Series, given, column: str) -> int:
    """A column's width in pixels: the one its settings give, else about what the table would size it to."""
    width = _setting(given, "width")
    if isinstance(width, int):
        return width
    if width in columns.NAMED:
        return columns.NAMED[width]
    label = given if isinstance(given, str) else _setting(given, "label") or column
    # The heading (with room for the sort arrow) or the longest cell as the table writes it.
    cells = values.dropna().astype(str).str.len().max() if len(values) else 0
    return max(columns.heading_width(str(label)), columns.text_width(int(cells or 0)))
