"""analysis.explore.network: who is named with whom, who speaks about whom, and where to draw them."""

from __future__ import annotations

import math

import pytest

from analysis.explore import network as net
from analysis.explore.cooccurrence import cooccurrences
from analysis.explore.filters import Filters, filter_frames

from conftest import SEED_2017
# Two articles from two outlets: Lavrov, Haftar and Moscow in one sentence, Lavrov and Moscow in
# the next; Dbeibah criticises Lavrov, Haftar welcomes what Lavrov said.
from test_concordance import small  # noqa: F401 (a fixture)


def test_named_together(small):
    graph = net.together(small.mentions)
    assert not graph.directed
    # a/1: Lavrov, Haftar, Moscow; a/2: Lavrov, Moscow; b/1: Dbeibah, Lavrov; b/2: Haftar, Lavrov.
    assert graph.edges.values.tolist() == [
        ["haftar_khalifa", "lavrov", "", 2, 2], ["lavrov", "moscow", "", 2, 1],
        ["dbeibah", "lavrov", "", 1, 1], ["haftar_khalifa", "moscow", "", 1, 1],
    ]
    # Degree is the weight of an actor's links; Haftar and Moscow tie on both, then by id.
    assert graph.nodes.values.tolist() == [
        ["lavrov", "Sergey Lavrov", "person", 4, 5], ["haftar_khalifa", "Khalifa Haftar", "person", 2, 3],
        ["moscow", "Moscow", "city", 2, 3], ["dbeibah", "Abdul Hamid Dbeibah", "person", 1, 1],
    ]


def test_speaks_about(small):
    graph = net.speech(small.stances, small.mentions)
    assert graph.directed
    # Lavrov's قال is about Moscow; his تدعم is about a text (الحوار), not an actor: no edge.
    assert graph.edges.values.tolist() == [
        ["dbeibah", "lavrov", "negative", 1, 1], ["haftar_khalifa", "lavrov", "positive", 1, 1],
        ["lavrov", "moscow", "neutral", 1, 1],
    ]
    assert graph.nodes["actor_id"].tolist() == ["lavrov", "haftar_khalifa", "moscow", "dbeibah"]
    assert graph.nodes["degree"].tolist() == [3, 1, 1, 1]


def test_a_speaker_about_themself_is_no_edge(small):
    stances = small.stances.copy()
    stances.loc[stances["cue_lemma"] == "قال", "target"] = "lavrov"
    assert net.speech(stances, small.mentions).edges[["source", "target"]].values.tolist() == [
        ["dbeibah", "lavrov"], ["haftar_khalifa", "lavrov"],
    ]


def test_polarities_of_one_pair_are_separate_edges(frames):
    graph = net.speech(frames.stances, frames.mentions)
    lafi = graph.edges[(graph.edges["source"] == "lafi") & (graph.edges["target"] == "libya")]
    assert lafi[["polarity", "weight"]].values.tolist() == [["neutral", 1], ["positive", 1]]
    # Heaviest first, then by name: Haftar speaks of the army twice in 2017 (قوات الجيش الليبي in
    # sentence 7, the anaphoric الجيش in 9), al-Lafi of the 5+5 committee twice, positively.
    assert [row.tolist() for _, row in graph.edges.iloc[:2].iterrows()] == [
        ["haftar_khalifa", "lna", "neutral", 2, 1], ["lafi", "jmc", "positive", 2, 1]]


def test_filters_narrow_the_graph(small):
    graph = net.together(filter_frames(small, Filters(outlets=("Outlet B",))).mentions)
    assert graph.edges[["source", "target", "weight"]].values.tolist() == [["dbeibah", "lavrov", 1], ["haftar_khalifa", "lavrov", 1]]


def test_cap_keeps_the_most_connected_and_counts_the_rest(small):
    capped = net.cap(net.together(small.mentions), 2)
    assert capped.nodes["actor_id"].tolist() == ["lavrov", "haftar_khalifa"]
    assert capped.edges[["source", "target"]].values.tolist() == [["haftar_khalifa", "lavrov"]]
    assert (capped.nodes_left_out, capped.edges_left_out) == (2, 3)
    with pytest.raises(ValueError):
        net.cap(capped, 0)


def test_touching_keeps_an_actors_neighbourhood(small):
    around = net.touching(net.together(small.mentions), {"dbeibah"})
    assert around.edges[["source", "target"]].values.tolist() == [["dbeibah", "lavrov"]]
    assert around.nodes["actor_id"].tolist() == ["lavrov", "dbeibah"]


def test_the_sentences_behind_an_edge(small, frames):
    assert net.edge_sentences("together", small.mentions, small.stances, "lavrov", "haftar_khalifa") == [("a", 1), ("b", 2)]
    assert net.edge_sentences("speech", small.mentions, small.stances, "dbeibah", "lavrov", "negative") == [("b", 1)]
    assert net.edge_sentences("speech", small.mentions, small.stances, "dbeibah", "lavrov", "positive") == []
    assert net.edge_sentences("speech", small.mentions, small.stances, "lavrov", "dbeibah") == []
    # The seeds: Haftar and Lavrov share the first three sentences of the 2017 article ("وقال لافروف في
    # مستهل لقائه مع حفتر" is the third; in the eighth Haftar speaks without being named).
    assert net.edge_sentences("together", frames.mentions, frames.stances, "haftar_khalifa", "lavrov") == [
        (SEED_2017, 1), (SEED_2017, 2), (SEED_2017, 3)]
    with pytest.raises(ValueError, match="network kind"):
        net.edge_sentences("friends", small.mentions, small.stances, "a", "b")


def test_layout_is_seeded_and_pulls_linked_actors_together():
    nodes = ["a", "b", "c", "d"]
    edges = [("a", "b", 5), ("c", "d", 5)]
    where = net.layout(nodes, edges)
    assert where == net.layout(nodes, edges)
    assert net.layout(nodes, edges, seed=1) != where
    def apart(x, y):
        return math.dist(where[x], where[y])
    assert apart("a", "b") < apart("a", "c") and apart("c", "d") < apart("b", "d")
    assert max(abs(v) for point in where.values() for v in point) == pytest.approx(1.0)
    wide = net.layout(nodes, edges, aspect=1.6)
    assert max(abs(x) for x, _ in wide.values()) == pytest.approx(1.6)
    assert max(abs(y) for _, y in wide.values()) == pytest.approx(1.0)
    assert net.layout([], []) == {} and net.layout(["a"], []) == {"a": (0.0, 0.0)}


def test_edge_lines_bow_to_the_right_of_their_direction():
    straight = net.edge_line((0.0, 0.0), (1.0, 0.0), points=3)
    assert straight == [(0.0, 0.0), (0.5, 0.0), (1.0, 0.0)]
    # Heading +x, the right-hand side is -y: the middle of a Bézier curve is half way to its control point.
    there = net.edge_line((0.0, 0.0), (1.0, 0.0), bend=0.2, points=3)
    back = net.edge_line((1.0, 0.0), (0.0, 0.0), bend=0.2, points=3)
    assert there[1] == pytest.approx((0.5, -0.1)) and back[1] == pytest.approx((0.5, 0.1))
    assert there[0] == (0.0, 0.0) and there[-1] == (1.0, 0.0)


def test_arrowheads_point_along_the_edge():
    # The 7th of 9 points (0.75 of the way) and the 6th behind it: the head points from one to the other.
    assert net.arrow(net.edge_line((0.0, 0.0), (1.0, 0.0))) == ((0.625, 0.0), (0.75, 0.0))
    assert net.arrow(net.edge_line((0.0, 0.0), (0.0, -1.0))) == ((0.0, -0.625), (0.0, -0.75))
    assert net.arrow(net.edge_line((0.0, 0.0), (1.0, 0.0), points=2)) == ((0.0, 0.0), (1.0, 0.0))


def test_labels_go_where_they_overlap_nothing():
    # A plot of 300 × 200 px over [-1.5, 1.5] × [-1, 1]: 100 px a unit. Labels of one line of 10
    # characters at 10 px are 55 × 13 px; nodes 10 px across.
    labels = {node: ["abcdefghij"] for node in "abcd"}
    sizes = dict.fromkeys("abcd", 10.0)
    def places(where):
        return net.label_places(where, labels, sizes, x_range=(-1.5, 1.5), y_range=(-1.0, 1.0), plot=(300, 200), font=10)
    # Apart, every label goes under its node.
    assert places({"a": (-1.0, 0.5), "b": (1.0, 0.5), "c": (-1.0, -0.5), "d": (1.0, -0.5)}) == dict.fromkeys("abcd", "bottom center")
    # b 0.1 under a: a's label under a would cover b, so it goes above; b's goes under b.
    assert places({"a": (0.0, 0.2), "b": (0.0, 0.1)}) == {"a": "top center", "b": "bottom center"}
    # Three in a column 10 px apart: the middle one has no free place left but its right; at the
    # bottom edge of the plot a label cannot go under its node.
    close = places({"a": (0.0, 0.1), "b": (0.0, 0.0), "c": (0.0, -0.1), "d": (0.0, -0.95)})
    assert close == {"a": "top center", "b": "middle right", "c": "bottom center", "d": "top center"}
    # In the top left corner only under and right of the node is inside the plot.
    assert places({"a": (-1.45, 0.95)}) == {"a": "bottom right"}
    # Five on one spot: four places around it, and the fifth is left to its hover text.
    labels["e"], sizes["e"] = ["abcdefghij"], 10.0
    assert list(places(dict.fromkeys("abcde", (0.0, 0.0))).values()) == [
        "bottom center", "top center", "middle right", "middle left", None]


def test_a_crowded_node_is_named_in_one_line_or_further_out_rather_than_not_at_all():
    # The plot of the test above; each label has two lines (English, Arabic) or the English alone.
    settings = {"x_range": (-1.5, 1.5), "y_range": (-1.0, 1.0), "plot": (300, 200), "font": 10}
    forms = {node: [["abcdefghij", "ابتثجحخدذر"], ["abcdefghij"]] for node in "abcde"}
    sizes = dict.fromkeys("abcde", 10.0)
    # Five on one spot: under and above in two lines, then the sides in one (two lines no longer
    # fit there), and the fifth 32 px further out, under the first (a chart joins it with a line).
    assert net.label_choices(dict.fromkeys("abcde", (0.0, 0.0)), forms, sizes, **settings) == {
        "a": ("bottom center", ["abcdefghij", "ابتثجحخدذر"], 0), "b": ("top center", ["abcdefghij", "ابتثجحخدذر"], 0),
        "c": ("middle right", ["abcdefghij"], 0), "d": ("middle left", ["abcdefghij"], 0),
        "e": ("bottom center", ["abcdefghij", "ابتثجحخدذر"], 32)}
    # Without those fallbacks (label_places) the fifth went unnamed.
    assert net.label_places(dict.fromkeys("abcde", (0.0, 0.0)), {n: f[0] for n, f in forms.items()}, sizes, **settings)["e"] is None


def test_labels_keep_clear_of_arrowheads_where_they_can():
    settings = {"x_range": (-1.5, 1.5), "y_range": (-1.0, 1.0), "plot": (300, 200), "font": 10}
    one = {"a": [["abcdefghij"]]}
    assert net.label_choices({"a": (0.0, 0.0)}, one, {"a": 10.0}, **settings) == {"a": ("bottom center", ["abcdefghij"], 0)}
    # An arrowhead 12 px under the node: the label goes above it rather than hide it.
    assert net.label_choices({"a": (0.0, 0.0)}, one, {"a": 10.0}, marks=[(0.0, -0.12)], **settings) == {
        "a": ("top center", ["abcdefghij"], 0)}


def test_width_classes_by_log_weight():
    # log1p: 0.69, 2.40, 4.62 of 4.62, times 5 classes: 0.75, 2.6, 5 → classes 1, 3, 5.
    assert net.width_classes([1, 10, 100]) == [1, 3, 5]
    assert net.width_classes([3, 3]) == [5, 5]
    assert net.width_classes([]) == []


def test_the_sentences_of_a_pair_from_given_cooccurrences(frames):
    pairs = cooccurrences(frames.mentions)
    assert net.edge_sentences("together", frames.mentions, frames.stances, "lavrov", "haftar_khalifa", pairs=pairs) == [
        (SEED_2017, 1), (SEED_2017, 2), (SEED_2017, 3)]
