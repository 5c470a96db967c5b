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
    assert topics.loc["un_mediation", "diff_per_1000"] == round(round(6000 / 368, 3) - round(14000 / 362, 3), 3)


def test_stances_by_speaker(frames):
    stances = compare(frames, SEED_2017, SEED_2024).stances
    lavrov = stances[(stances["speaker_id"] == "lavrov") & (stances["polarity"] == "neutral")].iloc[0]
    # 2024: أكد and أبدى in sentence 3, وأكد in 4, أكد in 5
    assert (lavrov["count_a"], lavrov["count_b"]) == (7, 4)


def test_unknown_doc_id(frames):
    with pytest.raises(KeyError, match="unknown doc_id 'nope'"):
        compare(frames, SEED_2017, "nope")
