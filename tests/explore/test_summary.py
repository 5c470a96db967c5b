"""analysis.explore.summary: headline figures and the at-a-glance profile of the seeds."""

from __future__ import annotations

from analysis.explore.summary import HEADLINE_COLUMNS, headline, profile

from conftest import SEED_2017, SEED_2024


def test_headline(frames):
    table = headline(frames).set_index("doc_id")
    assert list(table.reset_index().columns) == HEADLINE_COLUMNS
    assert table.loc[SEED_2017, ["n_sentences", "n_tokens", "mentions", "actors", "topic_hits"]].tolist() == [14, 362, 39, 11, 19]
    assert table.loc[SEED_2024, ["n_sentences", "n_tokens", "mentions", "actors", "topic_hits"]].tolist() == [9, 368, 48, 21, 14]
    assert table.loc[SEED_2024, "outlet"] == "العربي الجديد"


def test_profile(frames):
    rates = profile(frames, topics=["arms", "un_mediation"]).set_index(["doc_id", "measure"])
    assert rates.loc[(SEED_2017, "topic:un_mediation")].tolist() == [11, round(11000 / 362, 3)]
    assert rates.loc[(SEED_2024, "mentions")].tolist() == [48, 130.435]
    assert list(rates.loc[SEED_2024].index) == [
        "mentions", "topic:arms", "topic:un_mediation", "stance:positive", "stance:negative", "stance:neutral",
    ]
