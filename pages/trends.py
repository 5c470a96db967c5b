"""Trends: articles, mentions, stances and topic shares over time, with the subject's events marked."""

import pandas as pd
import streamlit as st

from analysis.arabic.dates import date_period
from analysis.explore import charts
from analysis.explore.filters import evidence
from analysis.extract.archive import unread_words
from analysis.explore.markup import escape_chart_text, escape_html, escape_markdown, markdown_list
from analysis.explore.outlets import NO_OUTLET
from analysis.explore.trends import ALL, BINS, MEASURE_SPLITS, OTHERS, SPLITS, behind, bin_words, events_in, place
from dashboard import labels, loading, render, sidebar, url

# The kept articles alone: the charts' counts come from the engine (loading.trend_of), which no
# longer needs every frame filtered in pandas on a filter change.
corpus, active, documents = sidebar.page_start_documents(
    "Trends",
    "How the coverage moves over time: articles, actor mentions, stances by polarity and topic shares per "
    "day, week or month. Click a point for the sentences behind it.",
)

by_default = place(documents)
automatic = by_default.bin
BIN_WORDS = {"auto": f"Auto ({automatic})", **{b: b.capitalize() for b in BINS}}
SPLIT_WORDS = {"none": "Nothing", "outlet": "Outlet", "actor": "Actor"}
# One control a row: side by side, the four bins did not fit a half of an 800 px page.
key = url.choice("trends_bin", list(BIN_WORDS), "auto", param="bin")
chosen = st.segmented_control("Bin", list(BIN_WORDS), key=key, format_func=BIN_WORDS.get, required=True) or "auto"
url.keep("trends_bin", chosen, param="bin")
key = url.choice("trends_split", list(SPLITS), "none", param="split")
split = st.segmented_control("Split by", list(SPLITS), key=key, format_func=SPLIT_WORDS.get, required=True,
                             help="Outlet: one line per outlet. Actor: one line per actor named (for stances, per speaker). "
                                  "The most frequent are drawn, the rest summed as 'others'.") or "none"
url.keep("trends_split", split, param="split")

placement = by_default if chosen in ("auto", automatic) else place(documents, chosen)
unit = placement.bin
said = [f"{labels.counted(placement.placed, 'article')} on the axis, by {unit}"]
if placement.coarse:
    finer = "a month or a year" if unit in ("day", "week") else "a year"
    said.append(f"{placement.coarse:,} dated only to {finer} cannot be placed in a {unit} (a coarser bin takes them)")
if placement.undated:
    said.append(f"{placement.undated:,} undated, not on the time axis")
st.caption(" · ".join(said) + ".")
# -- said, not dropped: the articles the count leaves off the axis, listed under it -------------------
UNPLACED_SHOWN = 10
# At the bottom of the page, under four charts and the events, the list was far from its count.
unplaced = placement.articles[placement.articles["status"] != "placed"]
if not unplaced.empty:
    with st.expander(f"Not on the time axis: {labels.counted(len(unplaced), 'article')}"):
        st.caption(f"Undated, or dated less precisely than a {unit}: counted, not drawn"
                   + (f" (the first {UNPLACED_SHOWN} of {len(unplaced):,})" if len(unplaced) > UNPLACED_SHOWN else "") + ".")
        dates = dict(zip(documents["doc_id"].tolist(), documents["date"].fillna("").tolist()))
        st.html('<div class="marsad-list">' + "".join(
            f'<div class="marsad-item"><span class="marsad-names"><span>{escape_html(corpus.article_number(doc_id))}</span>'
            f'<span class="marsad-inline" dir="rtl" lang="ar">{escape_html(corpus.titles.get(doc_id) or "")}</span></span>'
            f'<b>{escape_html(dates.get(doc_id) or "undated")}</b></div>'
            for doc_id in unplaced["doc_id"].head(UNPLACED_SHOWN)
        ) + "</div>")
if corpus.archive and (unread := unread_words(corpus.archive.chosen)):
    st.caption(escape_markdown(unread))
if not placement.placed:
    st.info(f"No article is dated precisely enough to be placed by {unit}.")
    st.stop()

events = events_in(corpus.lexicon.events, placement.first, placement.last)
HOVER_DATE = {"day": "%d %b %Y", "week": "week of %d %b %Y", "month": "%b %Y", "year": "%Y"}
# The axis' ticks a bin apart at least, written to the bin: a day or two of points made plotly
# zoom its ticks to milliseconds (23:59:59.999).
TICK_FORMAT = {"day": "%d %b %Y", "week": "%d %b %Y", "month": "%b %Y", "year": "%Y"}
TICK_MIN = {"day": 86_400_000, "week": 7 * 86_400_000, "month": "M1", "year": "M12"}
BIN_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}
# A line per group: eight colours apart from each other, and grey for the others.
GROUP_COLOURS = ("#1c7ed6", "#f76707", "#0ca678", "#ae3ec9", "#c2255c", "#5c940d", "#fab005", "#15aabf")
# One colour per outlet or actor on every chart of the page, given in the order first drawn.
colours: dict[str, str] = {}


def group_colours(groups: list[str]) -> dict[str, str]:
    """The groups' colours on one chart (charts.line_colours), the others grey; kept for the next charts."""
    chosen = charts.line_colours([g for g in groups if g != OTHERS], colours, GROUP_COLOURS)
    for group, colour in chosen.items():
        colours.setdefault(group, colour)
    return chosen | {OTHERS: "#868e96"}


def group_label(group: str, how: str) -> str:
    if group in (ALL, OTHERS) or how != "actor":
        return group
    # Mentions are split by actor id, stances by the speaker's name.
    return corpus.actor_name(group) if group in corpus.lexicon.actors else labels.speaker_words(group)


def series_label(series: str, measure: str) -> str:
    if measure == "stances":
        return series.capitalize()
    if measure == "topics":
        return corpus.topic_label(series)
    return series


def series_colour(series: str, measure: str, index: int) -> str:
    if measure == "stances":
        return labels.POLARITY_COLOURS.get(series, "#495057")
    if measure == "topics" and series in corpus.lexicon.topic_colours:
        # The topic's own colour is a light background under Arabic letters; a line on white needs it darker.
        light = corpus.lexicon.topic_colours[series]
        return "#" + "".join(f"{int(int(light[i:i + 2], 16) * 0.7):02x}" for i in (1, 3, 5))
    return GROUP_COLOURS[index % len(GROUP_COLOURS)]


FEW = 6  # up to this many a bin, a count's axis is ticked at every whole number
# One of what each chart counts, for its counts in words (labels.counted).
ONE = {"articles": "article", "mentions": "mention", "stances": "stance", "topics": "topic hit"}
EVENT_LEVELS = 3  # event numbers take turns on three lines, so that events weeks apart stay readable
EVENT_LINE = 19  # pixels between those lines: a number's box is 18 px high


def mark_events(layout: dict, rows: int) -> int:
    """A dotted vertical line per event, its number above the chart (the list under the charts
    says what each is; event names side by side ran into each other at 800 px), the date and
    label on hover (escaped: plotly reads tags in text); returns the room the numbers need at the
    top, in pixels."""
    above = 20 if rows > 1 else 0  # clear of the first panel's title
    shapes, notes = [], []
    for index, event in enumerate(events):
        when = date_period(event.date)[0].isoformat()
        for row in range(1, rows + 1):
            shapes.append({"type": "line", "x0": when, "x1": when, "y0": 0, "y1": 1, "yref": "y domain" if row == 1 else f"y{row} domain",
                           "xref": "x" if row == 1 else f"x{row}", "line": {"dash": "dot", "width": 1, "color": "#868e96"}})
        notes.append({"x": when, "y": 1, "yref": "paper", "yanchor": "bottom", "xanchor": "left", "showarrow": False,
                      "yshift": above + 4 + EVENT_LINE * (index % EVENT_LEVELS), "text": str(index + 1),
                      "hovertext": escape_chart_text(f"{event.date}: {event.label}"), "font": {"size": 11, "color": "#495057"}})
    if events:
        # Written into the layout as plain data (charts.unchecked_figure): a shape or an annotation
        # added at a time re-validated the layout each time (4 charts × events × panels a rerun).
        layout["shapes"] = [*layout.get("shapes", []), *shapes]
        layout["annotations"] = [*layout.get("annotations", []), *notes]
    return above + 10 + EVENT_LINE * EVENT_LEVELS if events else 0


def draw(measure: str, value_title: str, *, top: int) -> None:
    how = split if split in MEASURE_SPLITS[measure] else "none"
    if how != split:
        st.caption(f"Not split by {split} here: a {'topic hit' if measure == 'topics' else 'count of articles'} has no one {split}.")
    result = loading.trend_of(corpus, active, measure, placement=placement, split=how, top=top)
    if result.table.empty or not result.table["count"].any():
        st.info(f"No {measure} on the axis under the current filters.")
        return
    table = result.table
    series = list(dict.fromkeys(table["series"]))
    # Articles and mentions: a line per group. Stances and topics: a line per polarity or topic,
    # in a panel per group when split.
    by_series = measure in ("stances", "topics")
    panels = list(result.groups) if by_series else [ALL]
    # The figure as plain data, unchecked (charts.unchecked_figure): plotly checking each property
    # of four charts' lines, events and axes was over half of a date change at 10,000 articles.
    layout, axes = charts.stacked_rows(len(panels), vertical_spacing=0.08 if len(panels) > 1 else 0.02,
                                       titles=[escape_chart_text(group_label(g, how)) for g in panels] if len(panels) > 1 else None)
    if by_series:
        lines = [(row, group, name, series_label(name, measure), series_colour(name, measure, series.index(name)))
                 for row, group in enumerate(panels, start=1) for name in series]
    else:
        chosen = group_colours(list(result.groups))
        lines = [(1, group, measure, measure.capitalize() if group == ALL else group_label(group, how), chosen[group])
                 for group in result.groups]
    traces = []
    for row, group, name, title, colour in lines:
        rows = table[(table["group"] == group) & (table["series"] == name)]
        traces.append({
            "type": "scatter", "x": rows["period"].tolist(), "y": rows["value"].tolist(), "mode": "lines+markers",
            "name": escape_chart_text(title),
            "legendgroup": title, "showlegend": row == 1, "line": {"color": colour, "width": 2.5}, "marker": {"size": 7},
            "customdata": [[period.date().isoformat(), g, s, int(n)] for period, g, s, n in
                           zip(rows["period"], rows["group"], rows["series"], rows["count"])],
            "hovertext": [labels.counted(int(n), ONE[measure]) for n in rows["count"]],
            "hovertemplate": f"%{{x|{HOVER_DATE[unit]}}}<br>%{{hovertext}}"
                             + (" (%{y:.0f}% of the topic hits)" if measure == "topics" else "") + "<extra>%{fullData.name}</extra>",
            "xaxis": axes[row - 1][0], "yaxis": axes[row - 1][1],
        })
    room = mark_events(layout, len(panels))
    layout.update(
        height=(300 if len(panels) == 1 else 150 * len(panels) + 60) + room,
        margin={"l": 10, "r": 10, "t": 30 + room, "b": 10}, hovermode="closest",
        legend={"orientation": "h", "y": -0.12 if len(panels) == 1 else -0.04, "yanchor": "top", "x": 0, "xanchor": "left"},
    )
    charts.update_axes(layout, "y", title={"text": value_title}, rangemode="tozero", automargin=True)
    if measure != "topics" and table["value"].max() <= FEW:
        # Whole counts: a year of one article each was ticked 0, 0.2 … 1 articles.
        charts.update_axes(layout, "y", tick0=0, dtick=1)
    # The events' lines widen the axis too: one month of articles among events of six years drew
    # a tick for each of 75 months, a smear of labels even at 1440 px.
    periods = pd.concat([pd.to_datetime(table["period"]), pd.to_datetime(pd.Series([date_period(e.date)[0] for e in events], dtype=object))])
    span = (periods.max() - periods.min()).days / BIN_DAYS[unit] if len(periods) else 0
    if span <= 12:
        # A tick per bin over a short span; over a long one plotly's own ticks are never under a
        # day, and written to their own spacing (2012, 2014 …).
        charts.update_axes(layout, "x", tickformat=TICK_FORMAT[unit], dtick=TICK_MIN[unit])
    figure = charts.unchecked_figure(traces, layout)
    event = st.plotly_chart(figure, on_select="rerun", selection_mode=("points",), config=render.PLOTLY_CONFIG,
                            key=render.chart_key(f"trends-{measure}", active.to_query(), unit, how))
    picked = render.selected(event)
    left_out = result.left_out
    if any(left_out.values()) and measure != "articles":  # the articles are counted at the top
        parts = [f"{labels.counted(left_out['coarse'], ONE[measure])} in articles dated too coarsely for a {unit}" if left_out["coarse"] else "",
                 f"{labels.counted(left_out['undated'], ONE[measure])} in undated articles" if left_out["undated"] else ""]
        st.caption(f"Not on the axis: {', '.join(part for part in parts if part)}.")
    if not picked:
        st.caption("Click a point to read the sentences behind it.")
        return
    period, group, name, _ = picked[0]
    settings = behind(result, active, period=period, group=group, series=name)
    # Unsplit, the one line is "all": "45 articles in articles · all · week of 2023-01-09" told the
    # analyst nothing the week did not.
    group_words = [] if group == ALL else [group_label(group, how)]
    when = bin_words(period, unit)
    what = " · ".join([series_label(name, measure), *group_words, when])
    if settings is None:
        st.info(f"No article in {escape_markdown(what)}.")
    elif measure == "articles":
        of = f" ({escape_markdown(group_words[0])})" if group_words else ""
        st.caption(f"{labels.counted(len(settings.doc_ids), 'article')} {'on' if unit == 'day' else 'in'} {'the ' if unit == 'week' else ''}{when}{of}:")
        st.markdown(markdown_list([corpus.article_title(doc_id) for doc_id in settings.doc_ids]))
    else:
        layer = {"mentions": "actors", "stances": "stances", "topics": "topics"}[measure]
        items = evidence(corpus.frames, filters=settings, layers=(layer,), speaker_label=corpus.speaker_label)
        render.show_evidence(items, corpus, what=what)


st.subheader("Articles")
draw("articles", "articles", top=8)
st.subheader("Actor mentions")
draw("mentions", "mentions", top=8)
st.subheader("Stances by polarity")
st.caption("Statements and evaluations found, by their polarity (the article's own, outside any quote, included).")
draw("stances", "stances", top=4)
st.subheader("Topic shares")
st.caption("Each topic's share of the topic terms found in the bin (100% = every topic hit of that bin).")
draw("topics", "% of topic hits", top=4)

if events:
    st.subheader("Events marked")
    st.caption("From the lexicon's events.csv (edit them on the Lexicons page).")
    st.markdown(markdown_list([f"({number}) {event.date}: {event.label}" for number, event in enumerate(events, 1)]))
elif corpus.lexicon.events:
    st.caption("No event of the lexicon's events.csv falls within these articles' dates.")
if NO_OUTLET in set(placement.articles["outlet"]) and split == "outlet":
    st.caption(f"Articles without an outlet are drawn as {NO_OUTLET}.")
