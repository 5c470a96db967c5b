"""Trends over time on five articles written for it (tests/conftest.py OUTLET_ARTICLES): counts
worked out by reading the articles, bins by the calendar (6 May 2024 is a Monday)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.explore.filters import Filters, evidence, filter_frames
from analysis.explore.trends import OTHERS, behind, default_bin, events_in, place, trend
from analysis.lexicon.read import Event

WEEK_1, WEEK_2 = pd.Timestamp("2024-05-06"), pd.Timestamp("2024-05-13")


def counts(result, **where) -> dict:
    table = result.table
    for column, value in where.items():
        table = table[table[column] == value]
    return {(row.period.date().isoformat(), row.group, row.series): row.count for row in table.itertuples()}


@pytest.mark.parametrize("first, last, expected", [
    (date(2024, 5, 1), date(2024, 6, 30), "day"),       # 60 days
    (date(2024, 5, 1), date(2024, 7, 1), "week"),       # 61 days
    (date(2023, 1, 1), date(2024, 12, 31), "week"),     # 730 days
    (date(2023, 1, 1), date(2025, 1, 2), "month"),      # 732 days
])
def test_the_default_bin_follows_the_span(first, last, expected):
    assert default_bin(first, last) == expected


def test_articles_are_placed_or_said_to_be_too_coarse_or_undated(outlet_frames):
    weekly = place(outlet_frames.documents, "week")
    assert dict(zip(weekly.articles["doc_id"], weekly.articles["status"])) == {
        "a": "placed", "b": "placed", "c": "placed", "d": "coarse", "e": "undated"}
    assert (weekly.placed, weekly.coarse, weekly.undated) == (3, 1, 1)
    assert list(weekly.articles["period"][:3]) == [WEEK_1, WEEK_1, WEEK_2]
    # d, dated May 2024, covers the first to the last of May: 31 days, by day more points than the
    # four dated articles and twelve, so read by week
    default = place(outlet_frames.documents)
    assert (default.bin, default.first, default.last) == ("week", date(2024, 5, 1), date(2024, 5, 31))
    monthly = place(outlet_frames.documents, "month")
    assert (monthly.placed, monthly.coarse, monthly.undated) == (4, 0, 1)
    assert set(monthly.articles["period"].dropna()) == {pd.Timestamp("2024-05-01")}


def test_mentions_per_week_with_what_is_left_out(outlet_frames):
    result = trend(outlet_frames, "mentions", bin="week")
    assert counts(result) == {("2024-05-06", "all", "mentions"): 4, ("2024-05-13", "all", "mentions"): 3}
    # d's two mentions (a month) and e's two (undated) are not on the weekly axis, and said so.
    assert result.left_out == {"coarse": 2, "undated": 2}


def test_empty_days_are_zero_on_a_daily_axis(outlet_frames):
    result = trend(outlet_frames, "mentions", bin="day")
    assert len(result.table) == 10  # 6 to 15 May
    assert {day: n for (day, _, _), n in counts(result).items() if n} == {"2024-05-06": 2, "2024-05-08": 2, "2024-05-15": 3}


def test_a_split_by_actor_keeps_the_top_and_folds_the_rest(outlet_frames):
    result = trend(outlet_frames, "mentions", bin="week", split="actor", top=2)
    # Lavrov twice, then five actors once each: the first by id (dbeibah) is kept.
    assert result.groups == ("lavrov", "dbeibah", OTHERS)
    assert result.folded == ("haftar_khalifa", "libya", "moscow", "russia")
    assert counts(result) == {
        ("2024-05-06", "lavrov", "mentions"): 1, ("2024-05-06", "dbeibah", "mentions"): 1, ("2024-05-06", OTHERS, "mentions"): 2,
        ("2024-05-13", "lavrov", "mentions"): 1, ("2024-05-13", "dbeibah", "mentions"): 0, ("2024-05-13", OTHERS, "mentions"): 2,
    }


def test_stances_by_polarity_and_articles_by_outlet(outlet_frames):
    stances = trend(outlet_frames, "stances", bin="week")
    assert counts(stances) == {
        ("2024-05-06", "all", "positive"): 1, ("2024-05-06", "all", "negative"): 1, ("2024-05-06", "all", "neutral"): 1,
        ("2024-05-13", "all", "positive"): 1, ("2024-05-13", "all", "negative"): 0, ("2024-05-13", "all", "neutral"): 1,
    }
    assert stances.left_out == {"coarse": 1, "undated": 2}
    articles = trend(outlet_frames, "articles", bin="month", split="outlet")
    # Two articles each for سبوتنيك and العربي الجديد, but e is undated; "(" sorts before Arabic letters.
    assert articles.groups == ("سبوتنيك", "(no outlet)", "العربي الجديد")
    assert counts(articles) == {("2024-05-01", "سبوتنيك", "articles"): 2, ("2024-05-01", "(no outlet)", "articles"): 1,
                                ("2024-05-01", "العربي الجديد", "articles"): 1}


def test_topic_shares_are_of_the_bins_topic_hits(outlet_frames):
    result = trend(outlet_frames, "topics", bin="week")
    shares = {(row.period.date().isoformat(), row.series): row.value for row in result.table.itertuples()}
    # Week 1: one hit each of un_mediation, energy and arms; week 2: un_mediation alone.
    assert shares[("2024-05-06", "arms")] == pytest.approx(100 / 3)
    assert shares[("2024-05-06", "infrastructure")] == 0
    assert shares[("2024-05-13", "un_mediation")] == 100
    assert list(result.table["series"][:4]) == ["arms", "energy", "infrastructure", "un_mediation"]


def test_a_bin_without_topic_hits_has_no_share(outlet_frames):
    result = trend(outlet_frames, "topics", bin="day")
    day = result.table[result.table["period"] == pd.Timestamp("2024-05-07")]
    assert day["count"].sum() == 0 and day["value"].isna().all()


def test_a_measure_is_split_only_by_what_it_has(outlet_frames):
    with pytest.raises(ValueError, match="topics cannot be split by actor"):
        trend(outlet_frames, "topics", split="actor")
    with pytest.raises(ValueError, match="bin must be one of"):
        place(outlet_frames.documents, "fortnight")


def test_a_point_leads_to_its_sentences(outlet_frames):
    result = trend(outlet_frames, "stances", bin="week", split="outlet")
    settings = behind(result, Filters(), period="2024-05-06", group="سبوتنيك", series="negative")
    assert settings == Filters(doc_ids=("a", "b"), polarities=("negative",))
    items = evidence(outlet_frames, filters=settings, layers=("stances",))
    assert [(item.doc_id, item.sentence_id) for item in items] == [("b", 1)]
    assert [item.text[span.start:span.end] for item in items for span in item.spans] == ["انتقد"]
    # No article of العربي الجديد in the first week: nothing, rather than "every article".
    assert behind(result, Filters(), period="2024-05-06", group="العربي الجديد", series="negative") is None


def test_a_point_of_others_stands_for_every_folded_actor(outlet_frames):
    result = trend(outlet_frames, "mentions", bin="week", split="actor", top=2)
    settings = behind(result, Filters(), period="2024-05-13", group=OTHERS, series="mentions")
    assert settings.actor_ids == ("haftar_khalifa", "libya", "moscow", "russia") and settings.doc_ids == ("c",)
    items = evidence(outlet_frames, filters=settings, layers=("actors",))
    assert sorted(item.text[span.start:span.end] for item in items for span in item.spans) == sorted(["روسيا", "ليبيا"])


def test_filters_narrow_the_trend(outlet_frames):
    kept = filter_frames(outlet_frames, Filters(outlets=("سبوتنيك",), actor_ids=("lavrov",)))
    result = trend(kept, "mentions", bin="week")
    assert counts(result) == {("2024-05-06", "all", "mentions"): 1}


def test_events_within_the_span_are_marked():
    events = [Event("2019-04-04", "offensive"), Event("2024-05", "a month"), Event("2024-05-10", "a day"), Event("2025", "later")]
    assert [e.label for e in events_in(events, date(2024, 5, 1), date(2024, 5, 31))] == ["a month", "a day"]
    assert events_in(events, None, None) == []


def test_an_empty_corpus_has_an_empty_trend(outlet_frames):
    nothing = filter_frames(outlet_frames, Filters(outlets=("none such",)))
    result = trend(nothing, "mentions")
    assert result.table.empty and result.groups == () and result.placement.placed == 0


def test_a_bin_is_named_as_an_analyst_says_it():
    # "34 sentences behind mentions · year of 2017-01-01" read as a year starting on a given day.
    from analysis.explore.trends import bin_words

    assert [bin_words("2017-08-14", unit) for unit in ("day", "week")] == ["2017-08-14", "week of 2017-08-14"]
    assert (bin_words("2017-08-01", "month"), bin_words("2017-01-01T00:00:00", "year")) == ("August 2017", "2017")


@pytest.mark.parametrize("first, last, articles, expected", [
    (date(2016, 11, 29), date(2024, 12, 31), 8, "year"),      # 98 months for 8 articles: 9 years
    (date(2016, 11, 29), date(2024, 12, 31), 98, "month"),    # as many articles as months
    (date(2024, 1, 1), date(2024, 12, 31), 30, "month"),      # 53 weeks for 30 articles: 12 months
    (date(2024, 1, 1), date(2024, 12, 31), 53, "week"),
    (date(2024, 5, 1), date(2024, 5, 20), 3, "week"),         # 20 days for 3 articles: 3 weeks
    (date(2024, 5, 1), date(2024, 5, 10), 3, "day"),          # 10 days: never fewer than 12 bins
    (date(2024, 5, 1), date(2024, 6, 30), 3, "week"),         # 61 days, 9 weeks
])
def test_the_default_bin_draws_no_more_bins_than_articles(first, last, articles, expected):
    assert default_bin(first, last, articles) == expected


def test_a_value_every_row_shares_is_code_zero_of_every_row():
    import numpy as np

    from analysis.explore.trends import _factorized, _placed

    codes, uniques = _factorized("mentions", 3)
    assert codes.tolist() == [0, 0, 0] and uniques.tolist() == ["mentions"]
    codes, uniques = _factorized("mentions", 0)
    assert codes.tolist() == [] and uniques.tolist() == []
    # An array is factorised as pandas does it, first seen first.
    codes, uniques = _factorized(np.array(["negative", "positive", "negative"], dtype=object), 3)
    assert codes.tolist() == [0, 1, 0] and uniques.tolist() == ["negative", "positive"]
    placed = np.array([True, False, True])
    assert _placed("all", placed) == "all"
    assert _placed(np.array(["a", "b", "c"], dtype=object), placed).tolist() == ["a", "c"]
