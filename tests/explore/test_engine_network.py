"""The columnar engine's networks (analysis.explore.engine.Engine.network) against the pandas path
(analysis.explore.network.together and speech of the filtered frames), on the five articles written
for the corpus views (tests/conftest.py OUTLET_ARTICLES) and on the seeds, and the values worked out
by reading the five."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from analysis.explore import network as net
from analysis.explore.cooccurrence import cooccurrences
from analysis.explore.engine import Engine
from analysis.explore.filters import Filters, filter_frames

HOSTILE = "x' OR 1=1 --"
SPUTNIK, ARABY = "سبوتنيك", "العربي الجديد"


def pandas_network(frames, settings: Filters, kind: str) -> net.Network:
    kept = filter_frames(frames, settings)
    return net.together(kept.mentions) if kind == "together" else net.speech(kept.stances, kept.mentions)


def assert_same(frames, engine: Engine, settings: Filters) -> None:
    """Both graphs as the Network page draws them (the actor settings left to ``touching``), and the
    actors an actor setting keeps."""
    without_actors = replace(settings, actor_ids=(), actor_types=())
    for kind in net.KINDS:
        ours, theirs = pandas_network(frames, without_actors, kind), engine.network(without_actors, kind)
        pd.testing.assert_frame_equal(theirs.nodes, ours.nodes)
        pd.testing.assert_frame_equal(theirs.edges, ours.edges)
    assert engine.actors_named(settings) == set(filter_frames(frames, settings).mentions["actor_id"])


@pytest.fixture(scope="module")
def outlet_engine(outlet_frames):
    return Engine(outlet_frames)


@pytest.mark.parametrize("settings", [
    Filters(),
    Filters(outlets=(SPUTNIK,)),
    Filters(outlets=(SPUTNIK, ARABY)),
    Filters(date_from="2024-05-07"),
    Filters(date_from="2024-05-06", date_to="2024-05-08", outlets=(SPUTNIK,)),
    Filters(actor_ids=("lavrov",)),
    Filters(actor_types=("person",), date_from="2024-05"),
    Filters(topics=("energy",)),
    Filters(speakers=("Sergey Lavrov",)),
    Filters(polarities=("positive",)),
    Filters(doc_ids=("b", "d")),
    Filters(outlets=(HOSTILE,)),
    Filters(actor_ids=(HOSTILE,)),
])
def test_the_engine_draws_the_networks_the_pandas_path_draws(outlet_frames, outlet_engine, settings):
    assert_same(outlet_frames, outlet_engine, settings)


def test_pairs_and_speech_worked_out_by_reading(outlet_engine):
    # b: «انتقد الدبيبة صفقات الأسلحة مع موسكو» names Dbeibah with Moscow; c: «قال لافروف إن روسيا
    # تدعم الحل السياسي في ليبيا» names Lavrov, Russia and Libya together: three pairs.
    together = outlet_engine.network(Filters(), "together")
    links = {(row.source, row.target): (row.weight, row.articles) for row in together.edges.itertuples()}
    assert links == {("benghazi", "haftar_khalifa"): (1, 1), ("dbeibah", "moscow"): (1, 1), ("lavrov", "libya"): (1, 1),
                     ("lavrov", "russia"): (1, 1), ("libya", "russia"): (1, 1)}
    # Lavrov is named in a and c: two mentions, and two links (Libya, Russia).
    lavrov = together.nodes.set_index("actor_id").loc["lavrov"]
    assert (lavrov["actor_name"], lavrov["mentions"], lavrov["degree"]) == ("Sergey Lavrov", 2, 2)
    # d: «رحب حفتر بزيارة الوفد الروسي إلى بنغازي», Haftar's welcome about Benghazi; c: Lavrov's
    # statement about Russia. e's «العدوان على طرابلس» has no speaker: no arrow.
    speech = outlet_engine.network(Filters(), "speech")
    assert speech.edges[["source", "target", "polarity", "weight"]].values.tolist() == [
        ["haftar_khalifa", "benghazi", "positive", 1], ["lavrov", "russia", "neutral", 1]]
    # Sputnik's two articles (a, b): the one pair of b, and no stance about an actor.
    assert outlet_engine.network(Filters(outlets=(SPUTNIK,)), "together").edges[["source", "target"]].values.tolist() == [
        ["dbeibah", "moscow"]]
    assert outlet_engine.network(Filters(outlets=(SPUTNIK,)), "speech").edges.empty


def test_an_actor_setting_keeps_its_actors(outlet_engine):
    # The people of the articles dated in May 2024 or later: every dated one but e (undated) holds
    # Lavrov, Haftar or Dbeibah; Putin speaks only in e.
    assert outlet_engine.actors_named(Filters(actor_types=("person",), date_from="2024-05")) == {
        "lavrov", "haftar_khalifa", "dbeibah"}
    assert outlet_engine.actors_named(Filters(actor_ids=(HOSTILE,))) == set()


def test_an_empty_selection_draws_no_link(outlet_engine):
    for kind in net.KINDS:
        graph = outlet_engine.network(Filters(outlets=(HOSTILE,)), kind)
        assert graph.edges.empty and graph.nodes.empty
        assert list(graph.edges.columns) == net.EDGE_COLUMNS and list(graph.nodes.columns) == net.NODE_COLUMNS


def test_pairs_given_by_the_caller_are_the_ones_read(outlet_frames):
    # The dashboard hands the engine the pairs it keeps beside the store; the engine reads them
    # the first time a network asks, and only then.
    asked = []

    def pairs():
        asked.append(1)
        return cooccurrences(outlet_frames.mentions)

    engine = Engine(outlet_frames, pairs=pairs)
    engine.network(Filters(), "speech")
    assert asked == []
    assert len(engine.network(Filters(), "together").edges) == 5
    engine.network(Filters(outlets=(SPUTNIK,)), "together")
    assert asked == [1]


def test_an_unknown_kind_is_refused(outlet_engine):
    with pytest.raises(ValueError, match="network kind"):
        outlet_engine.network(Filters(), "friends")


@pytest.mark.parametrize("settings", [Filters(), Filters(actor_ids=("lavrov",)), Filters(polarities=("negative",)),
                                      Filters(topics=("un_mediation",))])
def test_the_seeds(frames, settings):
    assert_same(frames, Engine(frames), settings)
