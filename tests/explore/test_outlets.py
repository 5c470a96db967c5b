"""Outlets side by side per 1,000 words, on five articles written for it (tests/conftest.py
OUTLET_ARTICLES): سبوتنيك has a and b (14 + 6 = 20 words), العربي الجديد c and e (9 + 12 = 21
words), d has no outlet (7 words)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.explore.outlets import (
    NO_OUTLET, OTHER_OUTLETS, actor_rates, articles_of, outlet_columns, outlet_sizes, speaker_rates, top_keys, topic_rates,
)

SPUTNIK, ARABY = "سبوتنيك", "العربي الجديد"


def by(frame, *keys, value="per_1000_words"):
    return {tuple(row[key] for key in keys): row[value] for _, row in frame.iterrows()}


def test_outlets_and_their_words(outlet_frames):
    columns = outlet_columns(outlet_frames.documents)
    assert dict(columns) == {"a": SPUTNIK, "b": SPUTNIK, "c": ARABY, "d": NO_OUTLET, "e": ARABY}
    sizes = outlet_sizes(outlet_frames.documents, columns)
    # Two articles each: العربي الجديد first by name (ا before س); the article without outlet last.
    assert sizes.values.tolist() == [[ARABY, 2, 21], [SPUTNIK, 2, 20], [NO_OUTLET, 1, 7]]


def test_beyond_the_top_outlets_the_rest_share_a_column(outlet_frames):
    columns = outlet_columns(outlet_frames.documents, top=1)
    assert dict(columns) == {"a": OTHER_OUTLETS, "b": OTHER_OUTLETS, "c": ARABY, "d": OTHER_OUTLETS, "e": ARABY}
    assert outlet_sizes(outlet_frames.documents, columns).values.tolist() == [[ARABY, 2, 21], [OTHER_OUTLETS, 3, 27]]
    assert articles_of(columns, OTHER_OUTLETS) == ("a", "b", "d")


def test_actor_mentions_per_1000_words(outlet_frames):
    rates = actor_rates(outlet_frames, outlet_columns(outlet_frames.documents))
    per = by(rates, "outlet", "actor_id")
    assert per[(SPUTNIK, "lavrov")] == pytest.approx(50.0)        # 1 in 20 words
    assert per[(ARABY, "lavrov")] == pytest.approx(1000 / 21)     # 1 in 21 words
    assert per[(NO_OUTLET, "haftar_khalifa")] == pytest.approx(1000 / 7)
    assert by(rates, "outlet", "actor_id", value="mentions")[(SPUTNIK, "haftar_khalifa")] == 1
    assert len(rates) == 11  # the 11 mentions fall in 11 different (outlet, actor) cells
    assert top_keys(rates, "actor_id", "mentions", top=2) == ["haftar_khalifa", "lavrov"]


def test_whom_each_outlet_quotes_and_how(outlet_frames):
    rates = speaker_rates(outlet_frames, outlet_columns(outlet_frames.documents))
    # The article's own voice (e's العدوان) is no one the outlet quotes.
    assert rates[["outlet", "speaker_name", "polarity", "stances"]].values.tolist() == [
        [NO_OUTLET, "Khalifa Haftar", "positive", 1],
        [ARABY, "Sergey Lavrov", "neutral", 1],
        [ARABY, "Sergey Lavrov", "positive", 1],
        [ARABY, "Vladimir Putin", "neutral", 1],
        [SPUTNIK, "Abdul Hamid Dbeibah", "negative", 1],
        [SPUTNIK, "Khalifa Haftar", "neutral", 1],
        [SPUTNIK, "Sergey Lavrov", "positive", 1],
    ]
    assert by(rates, "outlet", "speaker_id", "polarity")[(SPUTNIK, "dbeibah", "negative")] == pytest.approx(50.0)


def test_topics_each_outlet_covers(outlet_frames):
    rates = topic_rates(outlet_frames, outlet_columns(outlet_frames.documents))
    assert by(rates, "outlet", "topic", value="hits") == {
        (ARABY, "energy"): 1, (ARABY, "un_mediation"): 1,
        (SPUTNIK, "arms"): 1, (SPUTNIK, "energy"): 1, (SPUTNIK, "un_mediation"): 1,
    }
    assert by(rates, "outlet", "topic")[(ARABY, "energy")] == pytest.approx(1000 / 21)


def test_top_keys_ranks_by_the_total_over_every_outlet_and_breaks_ties_by_value():
    rates = pd.DataFrame({"outlet": ["A", "B", "A", "B", "A"], "speaker": ["zaid", "zaid", "amr", "huda", "badr"],
                          "stances": [1, 2, 3, 3, 1]})
    assert top_keys(rates, "speaker", "stances", top=3) == ["amr", "huda", "zaid"]
    assert top_keys(rates, "speaker", "stances", top=9) == ["amr", "huda", "zaid", "badr"]
