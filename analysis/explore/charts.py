"""Charts as plotly figures, built from frames and names alone (no Streamlit): the pages draw them
with ``st.plotly_chart`` and the HTML report (:mod:`analysis.explore.report`) embeds the same ones.

Each builder takes what it counts and a function that names an id, so a chart says ``Sergey Lavrov
· سيرغي لافروف`` and never ``lavrov``; ``customdata`` carries the ids a click hands back to a page.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go

from analysis.explore.aggregate import OTHERS
from analysis.explore.labels import (
    NAME_SEPARATOR, POLARITY_COLOURS, TYPE_LABELS, UNDATED_TITLE, UNLISTED, UNNAMED, counted, is_unresolved_name, type_label, unlisted_marked,
)

# Chart labels longer than this are cut on the axis (the full text shows on hover): at 800 px a
# "GNU Ministry of Foreign Affairs · وزارة الخارجية بحكومة الوحدة الوطنية" label left no room for bars.
AXIS_LABEL_LIMIT = 30
# One colour per actor type (dark enough for white gaps between bars).
TYPE_COLOURS = {
    "person": "#f76707", "state": "#1c7ed6", "organisation": "#0ca678",
    "armed_group": "#e03131", "city": "#ae3ec9", "location": "#868e96",
}
TOP_ACTORS = 15


def in_subplot(figure: go.Figure, row: int, col: int, **trace) -> dict:
    """A trace as a dict placed in the subplot at ``row``, ``col`` of a figure made by
    ``make_subplots``, for one ``figure.add_traces`` call with the others: plotly checks every
    property of every ``add_bar(row=…, col=…)`` on its own, and 70 bars (the Actors page at 10,000
    articles) took 90 ms against 30 ms added at once."""
    subplot = figure.get_subplot(row, col)
    return {**trace, "xaxis": subplot.xaxis.plotly_name.replace("axis", ""), "yaxis": subplot.yaxis.plotly_name.replace("axis", "")}


def stacked_rows(rows: int, *, vertical_spacing: float, titles: Sequence[str] | None = None,
                 row_heights: Sequence[float] | None = None) -> tuple[dict, list[tuple[str, str]]]:
    """The layout of ``make_subplots(rows=rows, cols=1, shared_xaxes=True, …)`` as a plain dict
    (its template left to the figure), and each row's axes, ``("x", "y2")``, as a trace names them.

    The dict is the caller's to change: layout settings written into it, and traces placed with the
    axes, are drawn as ``update_yaxes(row=…)`` and ``add_bar(row=…)`` drew them, for
    :func:`unchecked_figure`. ``make_subplots`` checked and set every axis property on its own
    (about 15 ms a rerun for the Actors page's seven rows); a grid is laid out once per process for
    each set of rows.
    """
    layout, axes = _stacked_rows(rows, float(vertical_spacing), None if titles is None else tuple(titles),
                                 None if row_heights is None else tuple(float(h) for h in row_heights))
    return json.loads(layout), list(axes)


@lru_cache(maxsize=64)
def _stacked_rows(rows: int, vertical_spacing: float, titles: tuple[str, ...] | None,
                  row_heights: tuple[float, ...] | None) -> tuple[str, tuple]:
    # make_subplots' arithmetic for one column of rows, step by step as it does it (so the floats
    # are the same to the last bit; tests/explore/test_charts.py compares them), without its
    # checked figure: the heights follow the data, so the grid seldom repeats, and make_subplots
    # took 50-150 ms of an Actors filter change at 10,000 articles.
    if row_heights is None:
        heights = [(1.0 - vertical_spacing * (rows - 1)) / rows] * rows
    else:
        total = float(sum(row_heights))
        heights = list(reversed([(1.0 - vertical_spacing * (rows - 1)) * (h / total) for h in row_heights]))
    layout: dict = {}
    domains = []
    for row in range(rows):  # the top row first, as plotly numbers the axes
        below = rows - 1 - row
        bottom = sum(heights[:below]) + below * vertical_spacing
        top = bottom + heights[-1 - row]
        bottom, top = (min(max(edge, 0.0), 1.0) for edge in (bottom, top))
        suffix = "" if row == 0 else str(row + 1)
        layout[f"xaxis{suffix}"] = {"anchor": f"y{suffix}", "domain": [0.0, 1.0]}
        layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "domain": [bottom, top]}
        if rows > 1 and row < rows - 1:
            layout[f"xaxis{suffix}"].update(matches=f"x{rows}", showticklabels=False)
        domains.append(top)
    annotations = [{"font": {"size": 16}, "showarrow": False, "text": title, "x": 0.5, "xanchor": "center", "xref": "paper",
                    "y": top, "yanchor": "bottom", "yref": "paper"} for title, top in zip(titles or (), domains) if title]
    if annotations:
        layout["annotations"] = annotations
    axes = tuple(("x" if row == 0 else f"x{row + 1}", "y" if row == 0 else f"y{row + 1}") for row in range(rows))
    return json.dumps(layout), axes


def update_axes(layout: dict, letter: str, **settings) -> None:
    """Write ``settings`` into every ``x`` (``letter``) or ``y`` axis of ``layout`` (a plain dict),
    as ``figure.update_xaxes(**settings)`` does to a checked figure. A title is given as plotly
    keeps it, ``{"text": …}``."""
    for name, axis in layout.items():
        if name.startswith(letter + "axis"):
            axis.update(settings)


def unchecked_figure(data: list[dict], layout: dict) -> go.Figure:
    """A figure of ``data`` (traces as dicts, each with its ``type``) and ``layout``, taken as they
    are: plotly does not check them property by property.

    The Actors page's 63 bar traces (nine articles' bars in seven rows of actor types), checked as
    they were added, took half of a filter change at 10,000 articles. Unchecked, the figure must
    be written as plotly's check would leave it: plain lists, strings and numbers, a title as
    ``{"text": …}``, never a shorthand such as ``marker_color`` or ``title="…"``
    (``tests/explore/test_charts.py`` compares it with the checked figure). Streamlit sends a
    figure's dict as it is (``st.plotly_chart`` checks only dicts, not figures).
    """
    return go.Figure(data=data, layout=layout, _validate=False)


def short(label: str, limit: int = AXIS_LABEL_LIMIT) -> str:
    """``label`` in at most ``limit`` characters (whole when it fits).

    A label naming one actor twice, ``Abdelmadjid Tebboune · عبد المجيد تبون``
    (:func:`analysis.explore.labels.actor_label`), keeps its names whole from the first, as many as
    fit: ``Abdelmadjid Tebboune``, never ``Abdelmadjid Tebboune · عبد…``, where half an Arabic
    name (``عبد``, "servant of") read as a name of its own. The words before a person the lexicon
    lacks give way to a mark the page explains (:data:`analysis.explore.labels.UNLISTED_NOTE`):
    ``Not in lexicon · محمد عبد الرحمن السويحلي`` → ``* محمد عبد الرحمن السويحلي`` (bare, it read as
    a lexicon actor without an English name; an unnamed source keeps its word: ``Unnamed · المختص في الشأن…``). A title no date resolves is named by its Arabic,
    after ``Holder unclear`` where that fits: ``Holder unclear · الرئيس الروسي``.

    A text that is one name or title too long is cut with an ellipsis, at the last space that
    leaves at least half of it (a word cut in two, ``عبد الله ا…``, reads as another word), the
    ellipsis where the cut text reads on (:func:`ellipsis`).
    """
    if len(label) <= limit:
        return label
    names = [name for name in label.split(NAME_SEPARATOR) if name]
    if len(names) > 1 and (names[0] == UNDATED_TITLE or is_unresolved_name(names[0])):
        # A title no date resolves, ``Unresolved title (Vitaly Churkin or Vassily Nebenzia) · مندوب
        # روسيا لدى الأمم المتحدة``, is told apart by its Arabic: cut to its English start, four
        # such titles all read "Unresolved title (Vitaly…".
        names = [UNDATED_TITLE, *names[1:]] if len(UNDATED_TITLE) + len(NAME_SEPARATOR) + len(names[1]) <= limit else names[1:]
        label = names[0]
        if len(names) == 1 and len(label) <= limit:
            return label
    if len(names) > 1 and names[0] == UNNAMED:
        # An unnamed source keeps its word and loses the end of its Arabic: shown bare, «المختص في
        # الشأن الليبي» (a title, no one named) read as a person's name beside the named speakers.
        prefix = UNNAMED + NAME_SEPARATOR
        return prefix + _cut(NAME_SEPARATOR.join(names[1:]), limit - len(prefix))
    if len(names) > 1 and names[0] == UNLISTED:
        return unlisted_marked(_cut(NAME_SEPARATOR.join(names[1:]), limit - len(unlisted_marked(""))))
    if len(names) > 1:
        kept = names[0]
        for name in names[1:]:
            if len(kept) + len(NAME_SEPARATOR) + len(name) > limit:
                break
            kept += NAME_SEPARATOR + name
        if len(kept) <= limit:
            return kept
        label = names[0]
    return _cut(label, limit)


def _cut(label: str, limit: int) -> str:
    """``label`` whole when it fits, else cut with an ellipsis at the last space that leaves at
    least half of ``limit`` (a word cut in two, ``عبد الله ا…``, reads as another word)."""
    if len(label) <= limit:
        return label
    cut = label[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return ellipsis(cut.rstrip(" ·"))


def ellipsis(cut: str) -> str:
    """``cut`` and an ellipsis that shows at its reading end: after Arabic, followed by a
    right-to-left mark (U+200F).

    An ellipsis is neutral: at the end of a left-to-right line (a chart's axis, a markdown list, a
    table cell) it took the line's direction and was drawn right of the Arabic before it, where
    an Arabic reader starts, so ``Article 3 — لافروف يستقبل…`` read as "…لافروف يستقبل". Between
    the Arabic and the mark it takes the Arabic's direction and is drawn at its left end, where
    the cut is. After Latin text (``GNU Ministry of…``) nothing is added."""
    for char in reversed(cut):
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return cut + "…\u200f"
        if direction == "L":
            break
    return cut + "…"


def line_colours(groups: Sequence[str], given: Mapping[str, str], palette: Sequence[str]) -> dict[str, str]:
    """A colour per group of one chart, none shared within it while the palette lasts: a group
    keeps the colour ``given`` it on an earlier chart of the page, a new one takes the first
    colour neither this chart nor an earlier group holds.

    Coloured in the order first drawn, over a palette of eight, the Trends page's ninth outlet
    (in the mentions' top eight, not the articles') took the first outlet's blue, and both
    lines of one chart were blue.
    """
    used: set[str] = set()
    chosen: dict[str, str] = {}
    # Colours the groups of this chart hold from earlier ones: not for a newcomer before them.
    claimed = {given[group] for group in groups if group in given}
    held = set(given.values())
    for group in groups:
        colour = given.get(group)
        if colour is None or colour in used:
            free = [c for c in palette if c not in used]
            colour = next((c for c in free if c not in held), None) or next((c for c in free if c not in claimed), None) \
                or (free[0] if free else palette[len(chosen) % len(palette)])
        chosen[group] = colour
        used.add(colour)
    return chosen


def speaker_polarity_figure(counts: pd.DataFrame, speakers: Sequence[str], axis: Mapping[str, str],
                            more: Mapping[str, str] | None = None) -> go.Figure:
    """Stacked bars: one per speaker (``axis`` names each ``speaker_name``), a segment per polarity.

    ``counts`` come from :func:`analysis.explore.aggregate.polarity_by_speaker`, ``speakers`` are its
    speaker names in order; a segment's ``customdata`` is ``[speaker_name, polarity]``. ``more`` gives
    a speaker a second line on hover (who may hold a title no date resolves).
    """
    more = {s: f"<br>{line}" for s, line in (more or {}).items() if line}
    figure = go.Figure()
    for polarity, colour in POLARITY_COLOURS.items():
        rows = counts[counts["polarity"] == polarity].set_index("speaker_name")
        if rows.empty:
            continue
        figure.add_bar(
            name=polarity.capitalize(), orientation="h", marker_color=colour,
            y=[short(axis[s]) for s in speakers], x=[int(rows["cues"].get(s, 0)) for s in speakers],
            customdata=[[s, polarity] for s in speakers], hovertext=[axis[s] for s in speakers],
            text=[counted(int(rows["cues"].get(s, 0)), f"{polarity} cue") + more.get(s, "") for s in speakers], textposition="none",
            hovertemplate="%{hovertext}: %{text}<extra></extra>",
        )
    figure.update_layout(
        barmode="stack", height=110 + 30 * len(speakers), margin={"l": 10, "r": 10, "t": 30, "b": 30},
        yaxis={"autorange": "reversed", "automargin": True}, xaxis={"title": "stance cues", "nticks": 6},
        legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left", "traceorder": "normal"},
    )
    _cut_others(figure, counts, axis)
    return figure


def _cut_others(figure: go.Figure, counts: pd.DataFrame, axis: Mapping[str, str]) -> None:
    """Scale the axis to the named speakers when the bar of the others (summed) is longer: the
    others' bar is drawn shortened to the axis's end, its segments in their proportions, with its
    total written on it (each segment's real count stays on hover).

    Over 2,100 articles 1,044 other speakers summed 20,000 cues against 300 for the most quoted
    one: drawn to one scale, the 25 named bars were slivers and the chart told nothing. Cut at
    the axis instead, the others' bar showed only its first (positive) segment, as if every cue
    of theirs were positive.
    """
    totals = counts.groupby("speaker_name", sort=False)["cues"].sum()
    if OTHERS not in totals.index or len(totals) < 2:
        return
    longest = int(totals.drop(OTHERS).max())
    others = int(totals[OTHERS])
    if others <= longest:
        return
    edge = longest * 1.15
    figure.update_xaxes(range=[0, edge])
    label = short(axis[OTHERS])
    for trace in figure.data:
        trace.x = [x * edge / others if y == label else x for x, y in zip(trace.x, trace.y)]
    figure.add_annotation(
        x=edge, y=label, xanchor="right", showarrow=False, bgcolor="rgba(255,255,255,0.85)",
        text=f"{counted(others, 'cue')} in all (bar shortened) →", font={"size": 11},
    )


def top_actors(mentions: pd.DataFrame, *, limit: int = TOP_ACTORS) -> pd.DataFrame:
    """The ``limit`` most mentioned actors: ``actor_id, actor_type, mentions, articles``, most first
    (ties by id, so the order is the same from one run to the next)."""
    grouped = mentions.groupby(["actor_id", "actor_type"]).agg(mentions=("doc_id", "size"), articles=("doc_id", "nunique"))
    ranked = grouped.reset_index().sort_values(["mentions", "actor_id"], ascending=[False, True], kind="stable")
    return ranked.head(limit).reset_index(drop=True)


def marks_unlisted(figure: go.Figure) -> bool:
    """Whether a bar of ``figure`` is named with the mark of a person the lexicon lacks
    (``* عبد السلام الورشفاني``, :func:`short`): the chart then needs
    :data:`analysis.explore.labels.UNLISTED_NOTE` beside it, or the star reads as nothing."""
    return any(str(name).startswith(unlisted_marked("")) for trace in figure.data for name in (trace.y if trace.y is not None else ()))


def top_actors_figure(actors: pd.DataFrame, label: Callable[[str], str]) -> go.Figure:
    """Horizontal bars of :func:`top_actors`, coloured by actor type, ``label`` naming each actor;
    a bar's ``customdata`` is ``[actor_id]``."""
    figure = go.Figure()
    names = {actor_id: label(actor_id) for actor_id in actors["actor_id"]}
    order = [short(names[a]) for a in actors["actor_id"]]
    present = list(dict.fromkeys(actors["actor_type"]))
    for actor_type in [t for t in TYPE_LABELS if t in present] + [t for t in present if t not in TYPE_LABELS]:
        rows = actors[actors["actor_type"] == actor_type]
        figure.add_bar(
            name=type_label(actor_type), orientation="h", marker_color=TYPE_COLOURS.get(actor_type, "#495057"),
            y=[short(names[a]) for a in rows["actor_id"]], x=rows["mentions"].tolist(),
            customdata=[[a] for a in rows["actor_id"]], hovertext=[names[a] for a in rows["actor_id"]],
            text=[f"{counted(m, 'mention')} in {counted(n, 'article')}" for m, n in zip(rows["mentions"].tolist(), rows["articles"].tolist())],
            textposition="none", hovertemplate="%{hovertext}: %{text}<extra></extra>",
        )
    figure.update_layout(
        barmode="overlay", height=110 + 26 * len(actors), margin={"l": 10, "r": 10, "t": 30, "b": 30},
        yaxis={"categoryorder": "array", "categoryarray": order, "autorange": "reversed", "automargin": True},
        xaxis={"title": "mentions", "nticks": 6},
        legend={"orientation": "h", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left"},
    )
    return figure


def topic_rates_figure(shares: pd.DataFrame, label: Callable[[str], str], colours: Mapping[str, str]) -> go.Figure:
    """Bars of topic hits per 1,000 word tokens (from :func:`analysis.explore.summary.topic_shares`),
    each topic in its lexicon colour; a bar's ``customdata`` is ``[topic, hits, share]``."""
    figure = go.Figure(go.Bar(
        x=[label(t) for t in shares["topic"]], y=shares["per_1000_tokens"].tolist(),
        marker_color=[colours.get(t, "#868e96") for t in shares["topic"]],
        customdata=shares[["topic", "hits", "share"]].values.tolist(),
        hovertext=[counted(int(hits), "hit") for hits in shares["hits"]],
        hovertemplate="%{x}: %{y:.2f} per 1,000 words (%{hovertext}, %{customdata[2]:.0%} of topic hits)<extra></extra>",
    ))
    figure.update_layout(height=340, margin={"l": 10, "r": 10, "t": 30, "b": 10}, yaxis={"title": "hits per 1,000 words"})
    return figure


# The keyness scatter (Groups) at its narrowest: beside the open sidebar in an 800 px window the
# chart is 468 px wide, its plot about 390 × 470 px inside the axes. Labels placed apart there
# only move further apart in a wider one.
SCATTER_PLOT = (390.0, 470.0)


def padded_range(values: Sequence[float], *, share: float = 0.08, least: float = 0.5) -> tuple[float, float]:
    """An axis range round ``values`` with room at each end (``share`` of their span, at least
    ``least`` of a unit in all): the labels are placed knowing the range, so the chart must draw it."""
    low, high = float(min(values)), float(max(values))
    pad = max((high - low) * share, least / 2)
    return low - pad, high + pad


def point_labels(points: Mapping, names: Mapping, *, x_range: tuple[float, float], y_range: tuple[float, float],
                 plot: tuple[float, float] = SCATTER_PLOT, others: Sequence[tuple[float, float]] = (),
                 font: float = 13.0, size: float = 8.0) -> dict:
    """Where to write the labels of a scatter's points so that no two overlap (plotly's ``textposition``).

    Args:
        points: each labelled point's position in axis units (a log axis's in log10), the most
            important first: they are placed in this order.
        names: each labelled point's label.
        x_range, y_range: the axes' ranges, as the chart draws them. plot: the plot area, in pixels.
        others: the unlabelled points, which a label keeps clear of where it can.
        font: the labels' size in pixels. size: the markers' diameter in pixels.

    Returns:
        Per point, ``"top center"``, ``"bottom center"``, ``"middle right"``… or None where no place
        is free: that point is named by its hover text and in the table. With every label
        "top center", two terms near each other on the chart were written over each other
        ("Libyan National Army" across "روسيا").
    """
    from analysis.explore.network import label_choices  # the network's labels are placed the same way

    chosen = label_choices(dict(points), {key: [[names[key]]] for key in points}, {key: size for key in points},
                           x_range=x_range, y_range=y_range, plot=plot, font=font, marks=list(others), mark_size=size,
                           away=(0,), over_node=False)
    return {key: choice[0] if choice else None for key, choice in chosen.items()}


def keyness_labels(charted: pd.DataFrame, texts: Mapping) -> tuple[dict, tuple[float, float], tuple[float, float]]:
    """Where the keyness scatter writes its labels, and the axes' ranges it must draw them in.

    Args:
        charted: the terms charted (``count_a``, ``count_b``, ``z``), x being ``count_a + count_b``
            on a log axis.
        texts: the label of each labelled term, by its index in ``charted``.

    Returns:
        The place of each label that finds room (:func:`point_labels`; the strongest z first),
        and the x (log10) and y ranges.
    """
    x_log = (charted["count_a"] + charted["count_b"]).clip(lower=1).astype(float).map(math.log10)
    x_range = padded_range(x_log.tolist(), share=0.05, least=0.3)
    y_range = padded_range(charted["z"].tolist())
    ordered = sorted(texts, key=lambda index: -abs(float(charted.at[index, "z"])))
    places = point_labels({index: (x_log[index], float(charted.at[index, "z"])) for index in ordered}, texts,
                          x_range=x_range, y_range=y_range,
                          others=[(x, float(z)) for index, x, z in zip(charted.index, x_log, charted["z"]) if index not in texts])
    return {index: place for index, place in places.items() if place}, x_range, y_range


# The log axis's ticks, as many of them as reach the largest count.
KEYNESS_TICKS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000)


def keyness_figure(charted: pd.DataFrame, kinds: Sequence[str], *, names: Mapping[str, str], colours: Mapping[str, str],
                   texts: Mapping, places: Mapping, x_range: tuple[float, float], y_range: tuple[float, float]) -> go.Figure:
    """The Groups page's scatter: each term of ``charted`` (``kind``, ``term``, ``name``, ``count_a``,
    ``count_b``, ``z``) at x = its count in both sets (log axis), y = z, one trace per kind of
    ``kinds`` (legend ``names[kind]``, colour ``colours[kind]``); ``texts`` and ``places`` label
    some points (:func:`keyness_labels`). A point's ``customdata`` is ``[kind, term, name, count_a, count_b]``.

    Built unchecked (:func:`unchecked_figure`): plotly's check of 600 points' custom data, item by
    item, took 70 ms of each filter change at 10,000 articles."""
    data = []
    for kind in kinds:
        rows = charted[charted["kind"] == kind]
        if rows.empty:
            continue
        counts_a, counts_b = rows["count_a"].astype("int64").tolist(), rows["count_b"].astype("int64").tolist()
        data.append({
            "type": "scatter", "name": names[kind], "mode": "markers+text",
            "x": [a + b for a, b in zip(counts_a, counts_b)], "y": rows["z"].astype(float).tolist(),
            "marker": {"color": colours[kind], "size": 8, "opacity": 0.75},
            "text": [texts.get(index, "") for index in rows.index],
            "textposition": [places.get(index) or "top center" for index in rows.index], "textfont": {"size": 13},
            "customdata": [[k, t, n, a, b] for k, t, n, a, b in zip(rows["kind"].tolist(), rows["term"].tolist(),
                                                                   rows["name"].tolist(), counts_a, counts_b)],
            "hovertemplate": "%{customdata[2]}<br>A: %{customdata[3]} · B: %{customdata[4]}<br>z = %{y:.2f}<extra>%{fullData.name}</extra>",
        })
    largest = int((charted["count_a"] + charted["count_b"]).max())
    ticks = [v for v in KEYNESS_TICKS if v <= largest * 1.5] or [1]
    layout = {
        "shapes": [{"type": "line", "xref": "x domain", "x0": 0, "x1": 1, "yref": "y", "y0": 0, "y1": 0,
                    "line": {"color": "rgba(128,128,128,.5)", "width": 1}}],
        "height": 560, "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "xaxis": {"type": "log", "title": {"text": "times used in A and B (log scale)"}, "tickvals": ticks, "range": list(x_range)},
        "yaxis": {"title": {"text": "z (up: more in A, down: more in B)"}, "range": list(y_range)},
        "legend": {"orientation": "h", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left"},
    }
    return unchecked_figure(data, layout)
