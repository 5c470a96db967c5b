"""Tests for analysis.explore.aggregate on the seeds' stances (49 cues, counted by hand below)."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import SEED_2017, SEED_2024

from analysis.explore.aggregate import OTHERS, actor_article_counts, actor_rest_counts, actor_totals, page_count, page_of, polarity_by_speaker, top_keys

# The seeds' stances by speaker and polarity, in first-seen order:
# Lavrov neutral 11, positive 8, negative 2 (21: his «لا يزال معقدا», the situation complicated; his
# «يتعين أن يساهم في إيجاد حلول للتسوية», a necessity calling for a settlement); Haftar neutral 6, negative 4 (10);
# GNU Ministry of Foreign Affairs neutral 2, positive 3 (5); Presidential Council neutral 2 (2);
# al-Lafi neutral 3, positive 5 (8); the article's voice negative 2 (2); تقارير إعلامية دولية neutral 1 (1).


def test_the_top_speakers_keep_their_bars_and_the_rest_are_summed(frames):
    rows = polarity_by_speaker(frames.stances, top=3)
    assert rows[["speaker_name", "polarity", "cues", "speakers"]].values.tolist() == [
        ["Sergey Lavrov", "neutral", 11, 1], ["Sergey Lavrov", "positive", 8, 1], ["Sergey Lavrov", "negative", 2, 1],
        ["Khalifa Haftar", "neutral", 6, 1], ["Khalifa Haftar", "negative", 6, 1],
        ["Abdullah al-Lafi", "neutral", 3, 1], ["Abdullah al-Lafi", "positive", 5, 1],
        # GNU MFA 2+2, Presidential Council 2, the article 2 negative, the reports 1: four speakers
        # (توسيع آفاق التعاون, a meeting's agenda, is no positive cue; الوقوف إلى جانب is Lavrov's).
        [OTHERS, "neutral", 5, 4], [OTHERS, "positive", 2, 4], [OTHERS, "negative", 2, 4],
    ]
    assert rows["speaker_id"].tolist()[:4] == ["lavrov", "lavrov", "lavrov", "haftar_khalifa"]
    assert rows["speaker_id"].iloc[-1] == ""
    assert rows["cues"].sum() == len(frames.stances) == 50


def test_no_others_row_when_every_speaker_fits(frames):
    rows = polarity_by_speaker(frames.stances, top=7)
    assert OTHERS not in set(rows["speaker_name"])
    # A tie keeps first appearance: the Presidential Council (2 cues) is seen before the article's voice (2).
    order = list(dict.fromkeys(rows["speaker_name"]))
    assert order == ["Sergey Lavrov", "Khalifa Haftar", "Abdullah al-Lafi", "GNU Ministry of Foreign Affairs",
                     "Presidential Council", "(article)", "تقارير إعلامية دولية"]


def test_no_stances_is_an_empty_typed_frame(frames):
    rows = polarity_by_speaker(frames.stances.iloc[0:0])
    assert rows.empty and list(rows.columns) == ["speaker_id", "speaker_name", "polarity", "cues", "speakers"]
    assert str(rows["cues"].dtype) == "int64"


def test_top_keys_breaks_ties_by_order():
    assert top_keys(pd.Series({"b": 2, "a": 3, "c": 2, "d": 1}), 3) == ["a", "b", "c"]


def test_pages():
    frame = pd.DataFrame({"n": range(1, 1201)})
    assert page_count(1200, 500) == 3 and page_count(0, 500) == 1 and page_count(500, 500) == 1
    assert page_of(frame, 3, 500)["n"].tolist() == list(range(1001, 1201))
    assert page_of(frame, 9, 500)["n"].iloc[0] == 1001  # past the end: the last page
    assert page_of(frame, 0, 500)["n"].iloc[-1] == 500
    with pytest.raises(ValueError):
        page_count(10, 0)


# The seeds' mentions, nested ones included: 43 in the 2017 article (12 actors) and 49 in the 2024
# one (21 actors), 27 actors in all (the Overview's figures); Lavrov 7 + 6.


def test_actor_totals_count_every_mention_once_per_actor(frames):
    totals = actor_totals(frames.mentions)
    assert len(totals) == 27 and totals["total"].sum() == 92
    # In order of first mention: the 2017 article opens with موسكو, then لافروف, then حفتر.
    assert totals[["actor_id", "actor_type", "total"]].values.tolist()[:3] == [
        ["moscow", "city", 10], ["lavrov", "person", 13], ["haftar_khalifa", "person", 10]]
    assert totals.set_index("actor_id").loc["lavrov", "actor_name_ar"] == "سيرغي لافروف"
    assert actor_totals(frames.mentions.iloc[:0]).dtypes.astype(str).tolist() == ["string"] * 4 + ["int64"]


def test_actor_article_counts_keep_the_articles_asked_in_their_order(frames):
    counts = actor_article_counts(frames.mentions, [SEED_2024, SEED_2017])
    # 21 actors in the 2024 article, then 12 in the 2017 one.
    assert counts["doc_id"].tolist() == [SEED_2024] * 21 + [SEED_2017] * 12
    assert counts[counts["actor_id"] == "lavrov"][["doc_id", "mentions"]].values.tolist() == [[SEED_2024, 6], [SEED_2017, 7]]
    only = actor_article_counts(frames.mentions, [SEED_2017])
    assert only["mentions"].sum() == 43
    assert actor_article_counts(frames.mentions, ["no such article"]).empty


def test_the_mentions_outside_the_charted_articles_make_each_actor_add_up(frames):
    totals = actor_totals(frames.mentions)
    # Only the 2017 article charted: Lavrov's 6 mentions of the 2024 article are the rest; with
    # both charted nothing is left, with neither everything is.
    rest = actor_rest_counts(totals, actor_article_counts(frames.mentions, [SEED_2017]))
    assert rest["lavrov"] == 6
    assert sum(rest.values()) == len(frames.mentions) - 43
    assert actor_rest_counts(totals, actor_article_counts(frames.mentions, [SEED_2017, SEED_2024])) == {}
    assert actor_rest_counts(totals, actor_article_counts(frames.mentions, ["no such article"])) == dict(
        zip(totals["actor_id"].tolist(), totals["total"].tolist()))
