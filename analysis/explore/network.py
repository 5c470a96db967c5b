"""Networks of actors: who is named with whom, and who speaks about whom.

Two graphs over the actors of the (filtered) frames:

- **named together**: an undirected edge between two actors for every sentence naming both
  (:func:`analysis.explore.cooccurrence.cooccurrences`), weighted by the sentences;
- **speaks about**: a directed edge from a speaker to an actor a stance of theirs is about
  (stances with ``target_kind == "actor"`` and a ``speaker_id``), one per polarity, weighted by
  the cues. A speaker talking about themself is not an edge (a loop has nothing to point at).

A graph is capped to the actors with the most weight on their edges (:func:`cap`), so ten thousand
articles still draw a readable picture; what was left out is counted. :func:`layout` places the
nodes with a seeded force-directed layout (Fruchterman & Reingold 1991) in numpy: the same graph
always gets the same picture; :func:`label_places` writes the nodes' names where they overlap
nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.explore.cooccurrence import cooccurrences, pair_counts

KINDS = ("together", "speech")
NODE_COLUMNS = ["actor_id", "actor_name", "actor_type", "mentions", "degree"]
EDGE_COLUMNS = ["source", "target", "polarity", "weight", "articles"]


@dataclass(frozen=True)
class Network:
    """A graph to draw: nodes, edges, and what the cap left out.

    ``nodes``: actor_id, actor_name, actor_type, mentions (in the filtered mentions), degree
    (the summed weight of its edges), most connected first. ``edges``: source, target, polarity
    (empty for "named together"), weight (sentences or cues), articles; for an undirected edge
    ``source < target``.
    """

    kind: str
    nodes: pd.DataFrame
    edges: pd.DataFrame
    nodes_left_out: int = 0
    edges_left_out: int = 0

    @property
    def directed(self) -> bool:
        return self.kind == "speech"


def together(mentions: pd.DataFrame, *, pairs: pd.DataFrame | None = None) -> Network:
    """Actors named in the same sentence, one undirected edge per pair, weighted by sentences.

    Args:
        mentions: a (filtered) mentions frame: the actors, their names, types and mention counts.
        pairs: :func:`analysis.explore.cooccurrence.cooccurrences` of ``mentions`` when already
            computed (the dashboard caches it); worked out here otherwise.
    """
    pairs = cooccurrences(mentions) if pairs is None else pairs
    counts = pair_counts(pairs)
    edges = pd.DataFrame({
        "source": counts["actor_a"], "target": counts["actor_b"], "polarity": "",
        "weight": counts["sentences"], "articles": counts["articles"],
    })
    return from_counts("together", edges, named_actors(mentions))


def speech(stances: pd.DataFrame, mentions: pd.DataFrame) -> Network:
    """Who speaks about whom: speaker → target edges, one per polarity, weighted by the cues.

    Args:
        stances: a (filtered) stances frame; rows whose target is an actor and whose speaker is
            one (``speaker_id`` set) make edges, loops left out.
        mentions: the (filtered) mentions frame, for the actors' names, types and sizes; an actor
            in a stance but never mentioned under the filters still gets a node (0 mentions).
    """
    about = stances[(stances["target_kind"] == "actor") & (stances["speaker_id"].fillna("") != "")
                    & (stances["speaker_id"] != stances["target"])]
    grouped = (
        about.groupby(["speaker_id", "target", "polarity"])
        .agg(weight=("cue", "size"), articles=("doc_id", "nunique"))
        .reset_index()
        .rename(columns={"speaker_id": "source"})
    )
    return from_counts("speech", grouped, named_actors(mentions))


def named_actors(mentions: pd.DataFrame) -> pd.DataFrame:
    """Each actor of ``mentions``: its name and type (as first written) and its mentions, by actor_id."""
    return mentions.groupby("actor_id").agg(actor_name=("actor_name", "first"), actor_type=("actor_type", "first"),
                                            mentions=("start", "size"))


def from_counts(kind: str, edges: pd.DataFrame, named: pd.DataFrame) -> Network:
    """The graph of counted ``edges`` (source, target, polarity, weight, articles) and ``named``
    actors (:func:`named_actors`, or the same counted elsewhere: the columnar engine's)."""
    return Network(kind, _nodes(named, edges), _edges(edges))


def has_edge(network: Network, link: str) -> bool:
    """Whether ``link`` (``source>target>polarity``, as a page's URL names a link) is an edge of ``network``."""
    parts = link.split(">")
    if len(parts) != 3:
        return False
    edges = network.edges
    source, target, polarity = parts
    return bool(((edges["source"] == source) & (edges["target"] == target) & (edges["polarity"].fillna("") == polarity)).any())


def _edges(edges: pd.DataFrame) -> pd.DataFrame:
    edges = edges[EDGE_COLUMNS].astype({"source": "string", "target": "string", "polarity": "string",
                                        "weight": "int64", "articles": "int64"})
    return edges.sort_values(["weight", "source", "target", "polarity"], ascending=[False, True, True, True]).reset_index(drop=True)


def _nodes(named: pd.DataFrame, edges: pd.DataFrame) -> pd.DataFrame:
    """Every actor on an edge, with its name, type, mentions (from ``named``) and weighted degree."""
    ends = pd.concat([edges[["source", "weight"]].rename(columns={"source": "actor_id"}),
                      edges[["target", "weight"]].rename(columns={"target": "actor_id"})])
    degree = ends.groupby("actor_id")["weight"].sum()
    nodes = pd.DataFrame({"actor_id": degree.index.astype(str), "degree": degree.to_numpy()})
    nodes = nodes.join(named, on="actor_id")
    nodes["actor_name"] = nodes["actor_name"].fillna(nodes["actor_id"])
    nodes["actor_type"] = nodes["actor_type"].fillna("")
    nodes["mentions"] = nodes["mentions"].fillna(0)
    nodes = nodes[NODE_COLUMNS].astype({"actor_id": "string", "actor_name": "string", "actor_type": "string",
                                        "mentions": "int64", "degree": "int64"})
    return nodes.sort_values(["degree", "mentions", "actor_id"], ascending=[False, False, True]).reset_index(drop=True)


def cap(network: Network, top: int) -> Network:
    """The ``top`` most connected actors (by degree, then mentions) and the edges between them;
    the nodes and edges left out are counted in ``nodes_left_out`` and ``edges_left_out``."""
    if top < 1:
        raise ValueError(f"top must be 1 or more, not {top}")
    kept = network.nodes.iloc[:top].reset_index(drop=True)
    ids = set(kept["actor_id"])
    inside = network.edges["source"].isin(ids) & network.edges["target"].isin(ids)
    edges = network.edges[inside].reset_index(drop=True)
    return Network(network.kind, kept, edges, network.nodes_left_out + len(network.nodes) - len(kept),
                   network.edges_left_out + int((~inside).sum()))


def layout(nodes: list[str], edges: list[tuple[str, str, float]], *, iterations: int = 200, seed: int = 12,
           aspect: float = 1.0) -> dict[str, tuple[float, float]]:
    """Positions in [-aspect, aspect] × [-1, 1] for ``nodes``, pulled together by their ``edges``
    (source, target, weight) and pushed apart from each other (Fruchterman-Reingold); ``aspect``
    widens the picture to the chart's shape.

    The start is a circle in the nodes' order, nudged by a generator seeded with ``seed``, so the
    same input always gives the same positions. A heavier edge pulls harder (by the log of its
    weight, relative to the heaviest, so one busy pair does not collapse onto itself); the
    direction of an edge does not
    matter. Cost: ``iterations`` × n² for n nodes (capped graphs have a few dozen).
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    angles = np.linspace(0, 2 * math.pi, n, endpoint=False)
    position = np.column_stack([np.cos(angles), np.sin(angles)])
    position += np.random.default_rng(seed).normal(scale=0.05, size=position.shape)
    position[:, 0] *= aspect
    pull = np.zeros((n, n))
    for source, target, weight in edges:
        i, j = index[source], index[target]
        if i != j:
            pull[i, j] = pull[j, i] = pull[i, j] + 1 + math.log(max(weight, 1))
    if pull.max() > 0:
        pull /= pull.max()
    k = math.sqrt(4.0 * aspect / n)  # the ideal distance: the area shared among the nodes
    temperature = 0.2
    for _ in range(iterations):
        delta = position[:, None, :] - position[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        np.fill_diagonal(distance, 1.0)  # a node does not push itself: its delta is 0
        force = k * k / distance - pull * distance * distance / k
        displacement = (delta / distance[:, :, None] * force[:, :, None]).sum(axis=1)
        length = np.maximum(np.linalg.norm(displacement, axis=1), 1e-9)
        position += displacement / length[:, None] * np.minimum(length, temperature)[:, None]
        # A weak pull to the centre keeps a graph of several pieces from drifting apart.
        position -= 0.01 * position
        temperature *= 0.98
    position -= position.mean(axis=0)
    extent = np.abs(position).max(axis=0)
    position /= np.where(extent > 0, extent, 1.0)
    position[:, 0] *= aspect
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, position.round(6))}


def edge_line(start: tuple[float, float], end: tuple[float, float], *, bend: float = 0.0,
              points: int = 9) -> list[tuple[float, float]]:
    """The points of an edge from ``start`` to ``end``, bowed to the right of its direction by
    ``bend`` (a fraction of its length; 0 is straight).

    A → B and B → A then bow to opposite sides, and edges of different polarities between the
    same two actors get different bends, so none hides another.
    """
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    # The right-hand normal of the direction (dx, dy) is (dy, -dx).
    cx, cy = (x0 + x1) / 2 + bend * dy, (y0 + y1) / 2 - bend * dx
    line = []
    for step in range(points):
        t = step / (points - 1)
        # A quadratic Bézier curve through the control point (cx, cy).
        line.append(((1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1, (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1))
    return line


def width_classes(weights: list[int], *, classes: int = 5) -> list[int]:
    """Each edge's width class, 1 (lightest) to ``classes`` (heaviest), by the log of its weight
    relative to the heaviest: a chart draws one trace per class instead of one per edge."""
    if not weights:
        return []
    heaviest = math.log1p(max(weights))
    if heaviest == 0:
        return [1] * len(weights)
    return [1 + min(classes - 1, int(math.log1p(weight) / heaviest * classes)) if weight > 0 else 1 for weight in weights]


def edge_sentences(kind: str, mentions: pd.DataFrame, stances: pd.DataFrame, source: str, target: str,
                   polarity: str = "", *, pairs: pd.DataFrame | None = None) -> list[tuple[str, int]]:
    """The sentences behind one edge, ``(doc_id, sentence_id)`` in frame order, each once: those
    naming both actors (``together``; from ``pairs``, the co-occurrences of ``mentions``, when
    given), or holding a stance of ``source`` about ``target`` with ``polarity`` (``speech``;
    any polarity when empty)."""
    if kind == "together":
        if pairs is None:
            pairs = cooccurrences(mentions[mentions["actor_id"].isin([source, target])])
        rows = pairs[(pairs["actor_a"] == min(source, target)) & (pairs["actor_b"] == max(source, target))]
    elif kind == "speech":
        rows = stances[(stances["speaker_id"] == source) & (stances["target_kind"] == "actor") & (stances["target"] == target)]
        if polarity:
            rows = rows[rows["polarity"] == polarity]
    else:
        raise ValueError(f"network kind is one of {', '.join(KINDS)}, not {kind!r}")
    return list(dict.fromkeys(zip(rows["doc_id"].tolist(), (int(s) for s in rows["sentence_id"].tolist()))))


def touching(network: Network, actors: set[str]) -> Network:
    """The edges with at least one end in ``actors``, and their nodes: the neighbourhood of the
    actors a filter picked (filtering on Lavrov shows whom Lavrov is named with, not Lavrov alone)."""
    inside = network.edges["source"].isin(actors) | network.edges["target"].isin(actors)
    edges = network.edges[inside].reset_index(drop=True)
    ends = set(edges["source"]) | set(edges["target"])
    nodes = network.nodes[network.nodes["actor_id"].isin(ends)].reset_index(drop=True)
    return Network(network.kind, nodes, edges, network.nodes_left_out, network.edges_left_out)


def arrow(line: list[tuple[float, float]], *, at: float = 0.7) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where to draw an edge's arrowhead: the point ``at`` of the way along ``line``, and the point
    of the line just behind it. A chart points the head from the one to the other (plotly's
    ``marker.angleref="previous"``), so it follows the edge whatever the axes' scales."""
    index = min(len(line) - 1, max(1, round(at * (len(line) - 1))))
    return line[index - 1], line[index]


# Where a node's label may go, tried in this order: under the node first, as most charts write it.
LABEL_PLACES = ("bottom center", "top center", "middle right", "middle left", "bottom right", "bottom left", "top right",
                "top left")
# How far beyond the node a label may be set, in pixels, the nearest first: beside the node, then
# a line or two further out (joined to it by a line), where a crowd leaves no room beside it.
# Among the seeds' 27 actors three were left unnamed beside their nodes only.
LABEL_AWAY = (0, 16, 32, 48, 64, 80)


def label_places(where: dict[str, tuple[float, float]], labels: dict[str, list[str]], sizes: dict[str, float], *,
                 x_range: tuple[float, float], y_range: tuple[float, float], plot: tuple[float, float],
                 font: float = 11.0) -> dict[str, str | None]:
    """Where to write each node's label (one form per node): :func:`label_choices`' places alone."""
    chosen = label_choices(where, {node: [lines] for node, lines in labels.items()}, sizes, x_range=x_range,
                           y_range=y_range, plot=plot, font=font, away=(0,), over_node=False)
    return {node: choice[0] if choice else None for node, choice in chosen.items()}


def label_choices(where: dict[str, tuple[float, float]], forms: dict[str, list[list[str]]], sizes: dict[str, float], *,
                  x_range: tuple[float, float], y_range: tuple[float, float], plot: tuple[float, float],
                  font: float = 11.0, marks: list[tuple[float, float]] = (), mark_size: float = 10.0,
                  away: tuple[float, ...] = LABEL_AWAY, over_node: bool = True) -> dict[str, tuple[str, list[str], float] | None]:
    """Where to write each node's label, and in which of its forms, so that no two labels, and no
    label and node, overlap in a plot of ``plot`` (width, height) pixels over ``x_range`` ×
    ``y_range``, nor run out of it.

    Args:
        where: each node's position (:func:`layout`); nodes are placed in this order, so the
            most connected, listed first, are labelled first.
        forms: each node's label forms, longest first, each a list of lines (``[["Sergey Lavrov",
            "سيرغي لافروف"], ["Sergey Lavrov"]]``): a shorter form is tried where no longer one
            fits, so a node in a crowd is named in one line rather than not at all.
        sizes: each node's marker diameter in pixels.
        x_range, y_range: the axes' ranges. plot: the plot area the labels must fit, in pixels; a
            wider plot only moves labels apart. font: the labels' font size in pixels.
        marks: points the labels keep clear of where they can (arrowheads, the dots in the middle
            of links, ``mark_size`` pixels across): a label over an arrowhead hides it. Where
            no form fits clear of them, a label may cover them.
        away: how far beyond plotly's offset a label may be set, nearest first (:data:`LABEL_AWAY`).
        over_node: where no place beside the node is free, whether its shortest form may be written
            over the node itself (``middle center``).

    Returns:
        Per node, a place from :data:`LABEL_PLACES` or ``middle center`` (plotly's ``textposition``), the lines of the
        form written there and how many pixels further from the node than plotly's own offset
        (:data:`LABEL_AWAY`: a chart joins a label set apart to its node with a line), or None
        where none is free: that node's name is left to its hover text.
    """
    x_scale = plot[0] / (x_range[1] - x_range[0])
    y_scale = plot[1] / (y_range[1] - y_range[0])
    # In pixels, y downwards, as drawn.
    centres = {node: ((x - x_range[0]) * x_scale, (y_range[1] - y) * y_scale) for node, (x, y) in where.items()}
    discs = {node: (cx - sizes[node] / 2, cy - sizes[node] / 2, cx + sizes[node] / 2, cy + sizes[node] / 2)
             for node, (cx, cy) in centres.items()}
    points = np.array([((x - x_range[0]) * x_scale, (y_range[1] - y) * y_scale) for x, y in marks], dtype=float).reshape(-1, 2)
    half = mark_size / 2
    taken: list[tuple[float, float, float, float]] = []

    def free(node: str, box: tuple[float, float, float, float], clear_of_marks: bool) -> bool:
        if not (box[0] >= 0 and box[1] >= 0 and box[2] <= plot[0] and box[3] <= plot[1]):
            return False
        if any(_overlap(box, other) for other in taken):
            return False
        if any(_overlap(box, disc) for other, disc in discs.items() if other != node):
            return False
        if clear_of_marks and len(points):
            inside = ((points[:, 0] + half > box[0]) & (points[:, 0] - half < box[2])
                      & (points[:, 1] + half > box[1]) & (points[:, 1] - half < box[3]))
            return not inside.any()
        return True

    # Node by node, the most connected first, each taking the nearest free place.
    return {node: _place(node, cx, cy, forms.get(node) or [[""]], sizes[node], font, away, over_node, bool(len(points)), free, taken)
            for node, (cx, cy) in centres.items()}


def _place(node, cx, cy, options, size, font, away, over_node, marks, free, taken):
    """One node's label place, form and distance (:func:`label_choices`), its box added to ``taken``."""
    # plotly sets a label off its marker by 1.25 radii and a pixel, sideways, up or down or both.
    gap = size / 2 / 0.8 + 1
    for further in away:
        for lines in options:
            for clear_of_marks in (True, False) if marks else (False,):
                # About 0.55 em a character (Latin and Arabic alike), 1.3 em a line.
                width, height = 0.55 * font * max(len(line) for line in lines), 1.3 * font * len(lines)
                left = {"left": cx - gap - further - width, "center": cx - width / 2, "right": cx + gap + further}
                top = {"top": cy - gap - further - height, "middle": cy - height / 2, "bottom": cy + gap + further}
                for place in LABEL_PLACES:
                    vertical, horizontal = place.split()
                    box = (left[horizontal], top[vertical], left[horizontal] + width, top[vertical] + height)
                    if free(node, box, clear_of_marks):
                        taken.append(box)
                        return place, lines, further
    if over_node:
        # The last resort: the name on the node itself, on its pale ground (the node shows round
        # it, and answers a click through it), rather than no name at all.
        lines = options[-1]
        width, height = 0.55 * font * max(len(line) for line in lines), 1.3 * font * len(lines)
        box = (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)
        if free(node, box, False):
            taken.append(box)
            return "middle center", lines, 0.0
    return None


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
