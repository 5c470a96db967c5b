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


def test_article_codes_count_per_article(frames):
    import numpy as np

    from analysis.explore.summary import article_codes, per_article

    documents = frames.documents
    mentions, stances = article_codes(documents, frames.mentions, frames.stances)
    assert per_article(mentions, 2).tolist() == [43, 49]  # as test_headline counts them
    # An article outside the documents given is coded -1 and counted nowhere.
    only_2024 = documents[documents["doc_id"] == SEED_2024]
    (codes,) = article_codes(only_2024, frames.mentions)
    assert set(np.unique(codes).tolist()) == {-1, 0}
    assert per_article(codes, 1).tolist() == [49]


def test_profile_of_some_articles(frames):
    every = profile(frames, topics=["arms", "un_mediation"])
    some = profile(frames, topics=["arms", "un_mediation"], doc_ids=[SEED_2024])
    assert some["doc_id"].unique().tolist() == [SEED_2024]
    assert some.equals(every[every["doc_id"] == SEED_2024].reset_index(drop=True))
    assert some.set_index("measure").loc["mentions", ["hits", "per_1000_tokens"]].tolist() == [49, round(49000 / 368, 3)]


def test_headline_counts_distinct_actors_and_polarities(lexicon):
    from analysis.extract.pipeline import analyze
    from conftest import snippet

    # Lavrov twice in the first article (3 actors, 4 mentions) and his neutral وتحدث عن, Putin's
    # neutral قال in the second, and one arms term (الأسلحة) in the first.
    frames = analyze([
        snippet("استقبل لافروف المشير خليفة حفتر في موسكو أمس. وتحدث لافروف عن الأسلحة والتجارة.", doc_id="a", date="2024-03-01"),
        snippet("قال بوتين إن الحوار مهم للجميع. ثم زار لافروف القاهرة لاحقا.", doc_id="b", date="2024-03-02"),
    ], lexicon)
    table = headline(frames).set_index("doc_id")
    assert table.loc["a", ["mentions", "actors", "topic_hits", "stances", "positive", "negative"]].tolist() == [4, 3, 1, 1, 0, 0]
    assert table.loc["b", ["mentions", "actors", "topic_hits", "stances", "positive", "negative"]].tolist() == [3, 3, 0, 1, 0, 0]
    rates = profile(frames, topics=["arms"], doc_ids=["b"])
    assert rates[["measure", "hits"]].values.tolist() == [
        ["mentions", 3], ["topic:arms", 0], ["stance:positive", 0], ["stance:negative", 0], ["stance:neutral", 1],
    ]
    assert rates["per_1000_tokens"].tolist() == [round(3000 / 11, 3), 0.0, 0.0, 0.0, round(1000 / 11, 3)]
