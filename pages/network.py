"""Network: actors named in the same sentence, and who speaks about whom; a node or a link opens its sentences."""

import math
from dataclasses import replace

import plotly.graph_objects as go
import streamlit as st

from analysis.explore import network as net
from analysis.explore.filters import evidence
from analysis.explore.markup import escape_chart_text, escape_markdown
from analysis.extract.unlisted import is_unlisted
from dashboard import labels, loading, render, sidebar, url

corpus = loading.load()
active = sidebar.filters()

st.title("Network")
sidebar.filters_note(active, corpus)

KINDS = {"together": "Named together", "speech": "Speaks about"}
# The link's own link (link=…) is said when the page does not know it, on the run that opens the
# link only: after a switch of network the old one is the analyst's doing.
opened = "keep_network_kind" not in st.session_state
key = url.choice("network_kind", list(KINDS), "together", param="network")
kind = st.segmented_control("Network", list(KINDS), key=key, format_func=KINDS.get, required=True) or "together"
url.keep("network_kind", kind, param="network")
SIZES = ["10", "20", "30", "50", "80"]
key = url.choice("network_top", SIZES, "30", param="nodes")
top = st.select_slider("Actors shown (the most connected)", SIZES, key=key)
url.keep("network_top", top, param="nodes")

# Edges come from every actor the other filters allow; an actor filter then keeps the edges that
# touch its actors, so filtering on one actor shows its neighbourhood.
without_actors = replace(active, actor_ids=(), actor_types=())

if kind == "together":
    st.caption("Two actors are linked when a sentence names both; a thicker line, more shared sentences. "
               "Click an actor for its sentences, the dot in the middle of a line for the sentences naming both.")
else:
    st.caption("An arrow runs from a speaker to the actor a stance of theirs is about, coloured by polarity; "
               "a thicker arrow, more cues. Click an actor for its sentences, an arrowhead for the cues behind it.")
graph = loading.network_of(corpus, without_actors, kind)
if active.actor_ids or active.actor_types:
    graph = net.touching(graph, loading.actors_named(corpus, active) | set(active.actor_ids))
if graph.edges.empty:
    st.info("No link between two actors under the current filters." if kind == "together"
            else "No stance of a known speaker about another actor under the current filters.")
    st.stop()
shown = net.cap(graph, int(top))
if shown.nodes_left_out:
    st.caption(f"Showing the {len(shown.nodes)} most connected of {len(graph.nodes):,} actors; "
               f"{labels.counted(shown.edges_left_out, 'link')} to the other {shown.nodes_left_out:,} not drawn (raise the number above, "
               "or filter on an actor to see its links).")

nodes, edges = shown.nodes, shown.edges
# The picture about as wide for its height as the plot at 1440 px (958 × 700 px). The axes do not keep
# equal scales: with them, at 800 px the graph shrank to a strip about 450 × 280 px in the middle of
# the chart and its names ran over each other; now it takes the chart's height there too.
ASPECT = 1.3
X_RANGE, Y_RANGE = (-ASPECT - 0.2, ASPECT + 0.2), (-1.15, 1.1)
HEIGHT, MARGIN = 760, 10
# The narrowest plot drawn: beside the open sidebar in an 800 px window, 468 px less the margins
# wide, and 760 px less them and the legend's two rows high. Names placed not to overlap there only
# move apart in a wider one.
NARROWEST_PLOT = (448, 690)
where = net.layout(nodes["actor_id"].tolist(), list(zip(edges["source"], edges["target"], edges["weight"])), aspect=ASPECT)
names = {a: corpus.actor_label(a) for a in nodes["actor_id"]}
arabic = {a: actor.name_ar for a in nodes["actor_id"] if (actor := corpus.lexicon.actors.get(a))}
figure = go.Figure()
# Edges: one trace per polarity and width class (hundreds of links, a handful of traces).
BENDS = {"positive": 0.10, "neutral": 0.18, "negative": 0.26, "": 0.0}
classes = net.width_classes(edges["weight"].tolist())
lines = {}
heads = {}
for edge, width in zip(edges.itertuples(index=False), classes):
    line = net.edge_line(where[edge.source], where[edge.target], bend=BENDS.get(edge.polarity, 0.3),
                         points=9 if shown.directed else 2)
    lines.setdefault((edge.polarity, width), []).append(line)
    # An arrowhead is drawn pointing from the point behind it on the edge, whatever the scales;
    # an undirected link gets a dot in its middle.
    points = list(net.arrow(line)) if shown.directed else [((line[0][0] + line[1][0]) / 2, (line[0][1] + line[1][1]) / 2)]
    what = labels.counted(edge.weight, f"{edge.polarity} cue") if shown.directed else labels.counted(edge.weight, "sentence")
    text = f"{names[edge.source]} {'→' if shown.directed else '+'} {names[edge.target]}<br>{what} in {labels.counted(edge.articles, 'article')}"
    heads.setdefault(edge.polarity, []).append((points, [edge.source, edge.target, edge.polarity, "edge"], text, width))
for (polarity, width), drawn in sorted(lines.items()):
    xs, ys = [], []
    for line in drawn:
        xs += [p[0] for p in line] + [None]
        ys += [p[1] for p in line] + [None]
    colour = labels.POLARITY_COLOURS.get(polarity, "#adb5bd")
    figure.add_scatter(x=xs, y=ys, mode="lines", line={"width": 0.6 + 1.4 * width, "color": colour}, opacity=0.55,
                       hoverinfo="skip", showlegend=False)
for polarity, marks in heads.items():
    directed = shown.directed
    # An arrow is two points, the one behind the head drawn at size 0: "previous" turns the head
    # along the line from it. Both carry the edge, so either answers a click.
    drawn = []
    for points, data, text, width in marks:
        drawn += [(point, data, text, 0) for point in points[:-1]]
        drawn.append((points[-1], data, text, 9 + 2 * width if directed else 6))
    figure.add_scatter(
        x=[d[0][0] for d in drawn], y=[d[0][1] for d in drawn], mode="markers",
        name=f"{polarity.capitalize()} stance" if directed else "Link", showlegend=directed, legendgroup=f"edge-{polarity}",
        marker={"symbol": "arrow" if directed else "circle", "angleref": "previous" if directed else "up",
                "size": [d[3] for d in drawn], "color": labels.POLARITY_COLOURS.get(polarity, "#868e96"), "line": {"width": 0},
                "opacity": 1 if directed else 0.45},
        customdata=[d[1] for d in drawn], hovertext=[d[2] for d in drawn], hovertemplate="%{hovertext}<extra></extra>",
    )
# Nodes: one trace per actor type (the legend), sized by mentions, in the highlight colours.
most = max(int(nodes["mentions"].max()), 1)
sizes = {a: 12 + 30 * math.sqrt(m / most) for a, m in zip(nodes["actor_id"], nodes["mentions"])}
# English above, Arabic below: the analyst meets the Arabic name in the sentences. A name with no
# room of its own is left to the hover text, the most connected actors' named first.
# Where the two lines find no room, the English name alone, in one line: in the middle of a
# crowded graph five of thirty actors (the most connected among them) went unnamed.
names_shown = {}
for a in nodes["actor_id"]:
    # A person the lexicon lacks is marked as on the Actors chart (``* سالم عبد الكريم``): bare, the
    # Arabic name read as a lexicon actor without an English name.
    english, arabic_name = render.short(corpus.marked_name(a), 22), render.short(arabic.get(a, ""), 22)
    names_shown[a] = [[english, arabic_name], [english]] if arabic_name else [[english]]
# Labels keep clear of the arrowheads (the dots in the middle of links) where they can.
marks = [points[-1] for drawn in heads.values() for points, *_ in drawn]
chosen = net.label_choices(where, names_shown, sizes, x_range=X_RANGE, y_range=Y_RANGE, plot=NARROWEST_PLOT, marks=marks)
for actor_type in [t for t in labels.TYPE_LABELS if t in set(nodes["actor_type"])] + sorted(set(nodes["actor_type"]) - set(labels.TYPE_LABELS)):
    rows = nodes[nodes["actor_type"] == actor_type]
    ids = rows["actor_id"].tolist()
    figure.add_scatter(
        x=[where[a][0] for a in ids], y=[where[a][1] for a in ids], mode="markers", name=labels.type_label(actor_type or "other"),
        marker={"size": [sizes[a] for a in ids], "color": labels.type_colour(actor_type),
                "line": {"width": 1.2, "color": "#495057"}},
        customdata=[[a, "", "", "node"] for a in ids],
        hovertext=[f"{names[a]}<br>{labels.counted(m, 'mention')}, links weighing {d}"
                   for a, m, d in zip(ids, rows["mentions"], rows["degree"])],
        hovertemplate="%{hovertext}<extra></extra>",
    )
# Names as annotations on a pale ground, drawn above the links: as the markers' text they lay
# under every line and arrow crossing them, and could not be read in the middle of the graph.
# An annotation takes no clicks (no hover text of its own), so a node or arrow under it still answers.
ANCHOR_X = {"left": "right", "center": "center", "right": "left"}
ANCHOR_Y = {"top": "bottom", "middle": "middle", "bottom": "top"}
LINE_HEIGHT = 1.3 * 11  # pixels a line of the labels takes (net.label_choices' measure)
notes = []
for a, choice in chosen.items():
    if not choice:
        continue
    place, lines, further = choice
    vertical, horizontal = place.split()
    gap = sizes[a] / 2 / 0.8 + 1
    note = {"x": where[a][0], "y": where[a][1], "xref": "x", "yref": "y",
            "text": "<br>".join(escape_chart_text(line) for line in lines), "font": {"size": 11, "color": "#343a40"},
            "bgcolor": "rgba(255, 255, 255, 0.82)", "borderpad": 0}
    if further:
        # Set apart from its node in a crowd: a thin line from the label's middle to the node.
        width, height = 0.55 * 11 * max(len(line) for line in lines), LINE_HEIGHT * len(lines)
        note |= {"showarrow": True, "arrowhead": 0, "arrowwidth": 1, "arrowcolor": "#495057", "standoff": sizes[a] / 2,
                 "axref": "pixel", "ayref": "pixel",
                 "ax": {"left": -(gap + further + width / 2), "center": 0, "right": gap + further + width / 2}[horizontal],
                 "ay": {"top": -(gap + further + height / 2), "middle": 0, "bottom": gap + further + height / 2}[vertical]}
    else:
        note |= {"showarrow": False, "xanchor": ANCHOR_X[horizontal], "yanchor": ANCHOR_Y[vertical],
                 "xshift": {"left": -gap, "center": 0, "right": gap}[horizontal],
                 "yshift": {"top": gap, "middle": 0, "bottom": -gap}[vertical]}
    notes.append(note)
figure.update_layout(
    annotations=notes,
    height=HEIGHT, margin={"l": MARGIN, "r": MARGIN, "t": MARGIN, "b": MARGIN}, plot_bgcolor="rgba(0,0,0,0)",
    hovermode="closest",
    # Above the graph: now that the graph fills the plot, the legend at its top left would cover nodes.
    # "normal": in plotly's default "grouped" order (the edges have legend groups) a horizontal legend
    # stacks the actor types in one column.
    legend={"orientation": "h", "traceorder": "normal", "y": 1, "yanchor": "bottom", "x": 0, "xanchor": "left"},
    xaxis={"visible": False, "range": list(X_RANGE)}, yaxis={"visible": False, "range": list(Y_RANGE)},
)
event = st.plotly_chart(
    figure, on_select="rerun", selection_mode="points", config=render.PLOTLY_CONFIG,
    key=render.chart_key("network-graph", kind, top, active.to_query()),
)
if any(is_unlisted(a) for a in nodes["actor_id"]):
    st.caption(escape_markdown(labels.UNLISTED_NOTE))

# -- the sentences behind a node or a link -------------------------------------------------------------
link_keys = [f"{e.source}>{e.target}>{e.polarity}" for e in graph.edges.head(200).itertuples(index=False)]


def link_words(link: str) -> str:
    if not link:
        return "—"
    source, target, polarity = link.split(">")
    arrow = f" → ({polarity}) " if kind == "speech" else " + "
    return f"{corpus.actor_label(source)}{arrow}{corpus.actor_label(target)}"


picked = render.selected(event)
picked_links = [">".join(p[:3]) for p in picked if p[3] == "edge"]
# A link of the graph named in the URL is offered even beyond the 200 strongest, as a link clicked is.
from_url = [value for value in st.query_params.get_all("link")[-1:] if net.has_edge(graph, value)]
link_options = list(dict.fromkeys(["", *link_keys, *picked_links, *from_url]))
key = url.choice(f"network_link_{kind}", link_options, "", param="link", say=opened)
# A link clicked on the chart becomes the chosen link, so the URL holds it and the view can be
# shared (it was shown, but the link to the page did not say which). Only a new click does: the
# chart keeps its selection, and a link chosen in the box afterwards must not be undone.
seen = f"network_clicked_{kind}"
if picked_links and picked_links != st.session_state.get(seen):
    st.session_state[key] = picked_links[0]
st.session_state[seen] = picked_links
link = st.selectbox("Or choose a link (the strongest first)", link_options, key=key, format_func=link_words)
url.keep(f"network_link_{kind}", link, param="link")
legend = render.actor_legend(list(nodes["actor_type"]))
if kind == "speech":
    legend += [("cue-positive", "positive cue"), ("cue-negative", "negative cue"), ("cue-neutral", "neutral cue")]
# The links clicked while the box holds the first of them; else the link the box (or the URL) holds.
chosen = ([tuple(edge.split(">")) for edge in picked_links] if picked_links and link == picked_links[0]
          else [tuple(link.split(">"))] if link else [])
for actor_id in dict.fromkeys(p[0] for p in picked if p[3] == "node"):
    render.legend(legend)
    items = evidence(corpus.frames, filters=replace(active, actor_ids=(actor_id,)), layers=("actors",))
    render.show_evidence(items, corpus, what=corpus.actor_name(actor_id))
for source, target, polarity in chosen[:3]:
    render.legend(legend)
    # The filtered frames only for the sentences behind a link: the graph came from the engine.
    frames = loading.filtered(corpus, without_actors)
    pairs = loading.cooccurrences_under(corpus, without_actors) if kind == "together" else None
    behind = net.edge_sentences(kind, frames.mentions, frames.stances, source, target, polarity, pairs=pairs)
    wanted = set(behind)
    # One evidence call over the articles concerned, narrowed to the link's sentences.
    settings = replace(without_actors, doc_ids=tuple(dict.fromkeys(d for d, _ in behind)), actor_ids=(source, target),
                       polarities=(polarity,) if polarity else ())
    items = [item for item in evidence(corpus.frames, filters=settings, sentence_ids={s for _, s in behind},
                                       layers=("actors", "stances") if kind == "speech" else ("actors",),
                                       speaker_label=corpus.speaker_label)
             if (item.doc_id, item.sentence_id) in wanted]
    what = (f"{polarity} stances of {corpus.actor_name(source)} about {corpus.actor_name(target)}" if kind == "speech"
            else f"{corpus.actor_name(source)} with {corpus.actor_name(target)}")
    render.show_evidence(items, corpus, what=what)
if not picked and not link:
    st.caption("Click an actor or a link in the chart (or choose a link above) to read the sentences behind it.")

def link_rows(rows):
    """The links in words, each actor named once (10,000 articles make tens of thousands of links)."""
    ends = [*rows["source"].tolist(), *rows["target"].tolist()]
    named = {actor: corpus.actor_label(actor) for actor in set(ends)}
    table = rows.assign(source=[named[a] for a in rows["source"].tolist()], target=[named[a] for a in rows["target"].tolist()])
    if kind == "together":
        return table.drop(columns=["polarity"]).rename(columns={"source": "actor", "target": "named with", "weight": "sentences"})
    return table.rename(columns={"source": "speaker", "target": "about", "weight": "cues"})


with st.expander(f"The links as a table ({len(graph.edges):,})"):
    # A page of links at a time, labelled per page; the CSV holds them all.
    rows, _ = render.paged(graph.edges, key=f"network-links-{kind}", readable=link_rows, name="links")
    table = link_rows(rows)
    st.dataframe(table, hide_index=True, column_config=render.arabic_columns(table, picker=False, edges=render.IN_EXPANDER))
