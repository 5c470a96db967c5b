import pytest

from analysis.explore.compare import compare

from conftest import SEED_2017, SEED_2024


def test_actors_in_both_and_only_in_one(frames):
    result = compare(frames, SEED_2017, SEED_2024)
    actors = result.actors.set_index("actor_id")
    assert actors.loc["lavrov", ["count_a", "count_b", "presence"]].tolist() == [7, 6, "both"]
    assert actors.loc["sarraj", "presence"] == "only_a"
    assert actors.loc["lafi", ["count_a", "count_b", "presence"]].tolist() == [0, 3, "only_b"]
    # most mentioned first: Libya 8 + 6 (الدولة الليبية counts), then Lavrov 7 + 6
    assert result.actors["actor_id"].tolist()[:2] == ["libya", "lavrov"]


def test_topic_differences(frames):
    topics = compare(frames, SEED_2017, SEED_2024).topics.set_index("topic")
    # the hits listed in tests/extract/test_topics.py
    assert topics.loc["un_mediation", ["hits_a", "hits_b"]].tolist() == [14, 6]
    # 16.304 - 38.674 = -22.37, to one decimal
    assert topics.loc["un_mediation", "diff_per_1000"] == -22.4


def test_a_difference_that_rounds_to_zero_has_no_sign(frames):
    # Infrastructure: one hit in each, 1000 / 362 = 2.762 in 2017 and 1000 / 368 = 2.717 in 2024.
    # B − A is -0.045, which the Compare page showed as "-0.0"; the other way round it is +0.045.
    for doc_a, doc_b in ((SEED_2017, SEED_2024), (SEED_2024, SEED_2017)):
        diff = compare(frames, doc_a, doc_b).topics.set_index("topic").loc["infrastructure", "diff_per_1000"]
        assert diff == 0.0 and str(diff) == "0.0"


def test_stances_by_speaker(frames):
    stances = compare(frames, SEED_2017, SEED_2024).stances
    lavrov = stances[(stances["speaker_id"] == "lavrov") & (stances["polarity"] == "neutral")].iloc[0]
    # 2024: أكد and أبدى in sentence 3, وأكد in 4, أكد in 5
    assert (lavrov["count_a"], lavrov["count_b"]) == (7, 4)


def test_unknown_doc_id(frames):
    with pytest.raises(KeyError, match="unknown doc_id 'nope'"):
        compare(frames, SEED_2017, "nope")
