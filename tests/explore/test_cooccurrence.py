"""analysis.explore.cooccurrence: actors named in the same sentence of the seeds."""

from __future__ import annotations

from analysis.explore.cooccurrence import cooccurrences, pair_counts
from analysis.extract.pipeline import analyze

from conftest import SEED_2017, snippet


def test_pairs_per_sentence(frames):
    pairs = cooccurrences(frames.mentions)
    assert list(pairs.columns) == ["doc_id", "sentence_id", "actor_a", "actor_b"]
    assert (pairs["actor_a"] < pairs["actor_b"]).all()
    # Lavrov receives Haftar in Moscow: sentence 1 of 2017 names all three (the LNA only
    # inside Haftar's title, which is one mention of Haftar).
    first = pairs[(pairs["doc_id"] == SEED_2017) & (pairs["sentence_id"] == 1)]
    assert first[["actor_a", "actor_b"]].values.tolist() == [
        ["haftar_khalifa", "lavrov"], ["haftar_khalifa", "moscow"], ["lavrov", "moscow"],
    ]


def test_pair_counts(frames):
    counts = pair_counts(cooccurrences(frames.mentions))
    assert counts.iloc[0].tolist() == ["lavrov", "libya", 7, 2]
    together = counts[(counts["actor_a"] == "haftar_khalifa") & (counts["actor_b"] == "lavrov")]
    assert together[["sentences", "articles"]].values.tolist() == [[3, 1]]
    symmetric = pair_counts(cooccurrences(frames.mentions), symmetric=True)
    assert len(symmetric) == 2 * len(counts)
    assert symmetric[(symmetric["actor_a"] == "lavrov") & (symmetric["actor_b"] == "haftar_khalifa")]["sentences"].tolist() == [3]


def test_co_occurrence_leaves_a_title_s_own_body_out(lexicon):
    text = (
        "التقى القائد العام للجيش الوطني الليبي خليفة حفتر وزير الخارجية الروسي سيرغي لافروف. "
        "وقال حفتر إن الجيش الوطني الليبي مستعد للحوار."
    )
    frames = analyze([snippet(text, date="2019-04-01")], lexicon)
    # The army inside Haftar's title is a nested row, but not paired with him; named on its own, it is.
    assert frames.mentions["nested"].tolist() == [False, True, False, False, False]
    pairs = cooccurrences(frames.mentions)
    assert pairs[["sentence_id", "actor_a", "actor_b"]].values.tolist() == [
        [1, "haftar_khalifa", "lavrov"], [2, "haftar_khalifa", "lna"],
    ]
