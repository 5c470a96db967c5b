"""analysis.explore.summary: headline figures and the at-a-glance profile of the seeds."""

from __future__ import annotations

from analysis.explore.summary import HEADLINE_COLUMNS, headline, profile

from conftest import SEED_2017, SEED_2024


def test_headline(frames):
    table = headline(frames).set_index("doc_id")
    assert list(table.reset_index().columns) == HEADLINE_COLUMNS
    # 2017: 39 mentions and 11 actors, plus the army inside Haftar's title twice, the Presidential
    # Council inside al-Sarraj's (a 12th actor) and the bare الجيش of sentence 9.
    assert table.loc[SEED_2017, ["n_sentences", "n_tokens", "mentions", "actors", "topic_hits"]].tolist() == [14, 362, 43, 12, 25]
    # 2024: 48, plus the GNU inside al-Baour's title (already named elsewhere: still 21 actors).
    assert table.loc[SEED_2024, ["n_sentences", "n_tokens", "mentions", "actors", "topic_hits"]].tolist() == [9, 368, 49, 21, 20]
    assert table.loc[SEED_2024, "outlet"] == "العربي الجديد"


def test_profile(frames):
    rates = profile(frames, topics=["arms", "un_mediation"]).set_index(["doc_id", "measure"])
    assert rates.loc[(SEED_2017, "topic:un_mediation")].tolist() == [14, round(14000 / 362, 3)]  # see test_topics.py
    assert rates.loc[(SEED_2024, "mentions")].tolist() == [49, round(49000 / 368, 3)]
    assert list(rates.loc[SEED_2024].index) == [
        "mentions", "topic:arms", "topic:un_mediation", "stance:positive", "stance:negative", "stance:neutral",
    ]
