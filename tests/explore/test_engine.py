"""The columnar engine (analysis.explore.engine) against the pandas path, on the five articles
written for the corpus views (tests/conftest.py OUTLET_ARTICLES), on a corpus built here from
sentences written for it, and on the seeds: the same frames for every filter, and the values
worked out by reading the articles."""

from __future__ import annotations

import threading
from dataclasses import replace

import pandas as pd
import pytest

from analysis.corpus.documents import Document
from analysis.explore.aggregate import (Taken, actor_article_counts, actor_totals, article_totals, page_of, polarity_by_speaker,
                                        sentence_positions, term_counts, topic_totals)
from analysis.explore.engine import Engine
from analysis.explore.filters import Filters, filter_frames, undated_left_out
from analysis.explore.summary import headline, profile
from analysis.explore.outlets import actor_rates, outlet_columns, outlet_sizes, speaker_rates, topic_rates
from analysis.explore.trends import BINS, MEASURE_SPLITS, place, trend
from analysis.extract.pipeline import analyze

RATES = {"actors": actor_rates, "speakers": speaker_rates, "topics": topic_rates}
HOSTILE = "x' OR 1=1 --"


def assert_same(frames, engine: Engine, settings: Filters) -> None:
    """Every figure the Trends and Outlets pages draw, by the engine and by the pandas path."""
    kept = filter_frames(frames, settings)
    pd.testing.assert_frame_equal(engine.documents(settings), kept.documents)
    assert engine.undated_left_out(settings) == undated_left_out(frames.documents, settings)
    assert_same_actors(frames, engine, settings)
    assert_same_stances(kept, engine, settings)
    assert_same_topics(kept, engine, settings)
    assert_same_overview(kept, engine, settings)
    if kept.documents.empty:
        return
    for bin in (None, *BINS):
        placement = place(kept.documents, bin)
        for measure, splits in MEASURE_SPLITS.items():
            for split in splits:
                for top in (1, 8):
                    ours = trend(kept, measure, placement=placement, split=split, top=top)
                    theirs = engine.trend(settings, measure, placement=placement, split=split, top=top)
                    pd.testing.assert_frame_equal(theirs.table, ours.table)
                    assert (theirs.groups, theirs.folded, theirs.left_out) == (ours.groups, ours.folded, ours.left_out)
    columns = outlet_columns(kept.documents)
    sizes = outlet_sizes(kept.documents, columns)
    for name, rates in RATES.items():
        pd.testing.assert_frame_equal(engine.rates(settings, name, columns, sizes), rates(kept, columns))


def assert_same_overview(kept, engine: Engine, settings: Filters) -> None:
    """The Overview's headline table, and the profile and mentions of the charted articles."""
    pd.testing.assert_frame_equal(engine.headline(settings), headline(kept))
    topics = sorted(set(engine.frames.topic_counts["topic"]))
    ids = kept.documents["doc_id"].tolist()
    for shown in (ids, ids[1:3], ["nowhere"]):
        frames = engine.shown_frames(settings, shown)
        pd.testing.assert_frame_equal(profile(frames, topics=topics, doc_ids=shown), profile(kept, topics=topics, doc_ids=shown))
        for doc_id in shown:
            assert (frames.mentions.loc[frames.mentions["doc_id"] == doc_id, "sentence_id"].unique().tolist()
                    == kept.mentions.loc[kept.mentions["doc_id"] == doc_id, "sentence_id"].unique().tolist())


def assert_same_topics(kept, engine: Engine, settings: Filters) -> None:
    """The Topics page's counts: hits per article, the terms, the charted articles' rows and the
    positions of their hits' sentences, for every topic, one, and a topic no lexicon holds."""
    frames = engine.frames
    ids = kept.documents["doc_id"].tolist()
    for topics in (sorted(set(frames.topic_counts["topic"])), ["energy"], ["nowhere"]):
        pd.testing.assert_series_equal(engine.topic_totals(settings, topics), topic_totals(kept.topic_counts, topics))
        hits = kept.topics[kept.topics["topic"].isin(topics)]
        pd.testing.assert_frame_equal(engine.term_counts(settings, topics), term_counts(hits))
        for shown in (ids, ids[-2:], ["nowhere"]):
            for name in ("topic_counts", "topics"):
                frame = getattr(kept, name)
                theirs = frame[frame["topic"].isin(topics) & frame["doc_id"].isin(shown)].reset_index(drop=True)
                pd.testing.assert_frame_equal(Taken(getattr(frames, name), engine.kept_rows(settings, name, topics=topics, doc_ids=shown)).whole(),
                                              theirs)
            charted = hits[hits["doc_id"].isin(shown)]
            at = pd.MultiIndex.from_arrays([charted["doc_id"], charted["sentence_id"]])
            theirs = sentence_positions(kept.sentences).reindex(at).fillna(0.0)
            ours = sentence_positions(frames.sentences, shown, engine.kept_sentences(settings, shown)).reindex(at).fillna(0.0)
            pd.testing.assert_series_equal(ours, theirs)
            # the charted articles' sentences found by their counts (the page's way)
            rows = engine.sentence_rows(shown)
            ours = sentence_positions(frames.sentences.take(rows), shown, engine.kept_sentences(settings, shown)).reindex(at).fillna(0.0)
            pd.testing.assert_series_equal(ours, theirs)


def assert_same_stances(kept, engine: Engine, settings: Filters) -> None:
    """The Stances page's chart and table: polarity by speaker, and the kept stances a page at a time."""
    for top in (1, 2, 25):
        pd.testing.assert_frame_equal(engine.polarity_by_speaker(settings, top=top), polarity_by_speaker(kept.stances, top=top))
    taken = Taken(engine.frames.stances, engine.kept_rows(settings, "stances"))
    assert len(taken) == len(kept.stances) and taken.empty == kept.stances.empty
    pd.testing.assert_frame_equal(taken.whole(), kept.stances)
    for page in (1, 2, 9):
        pd.testing.assert_frame_equal(page_of(taken, page, 2), page_of(kept.stances, page, 2))


def assert_same_actors(frames, engine: Engine, settings: Filters) -> None:
    """The Actors page's counts, with and without the nested mentions, by the engine and by pandas."""
    ids = frames.documents["doc_id"].tolist()
    for nested in (True, False):
        mentions = filter_frames(frames if nested else frames.without_nested(), settings).mentions
        pd.testing.assert_frame_equal(engine.actor_totals(settings, nested=nested), actor_totals(mentions))
        pd.testing.assert_series_equal(engine.article_totals(settings, nested=nested), article_totals(mentions, ids))
        # the charted articles: the last, the first, and one of no mention or kept by no setting
        for shown in (ids[::-1][:3], ids[:1], ["nowhere", *ids[1:2]]):
            pd.testing.assert_frame_equal(engine.actor_article_counts(settings, shown, nested=nested),
                                          actor_article_counts(mentions, shown))


def counts(result, **where) -> dict:
    table = result.table
    for column, value in where.items():
        table = table[table[column] == value]
    return {(row.period.date().isoformat(), row.group, row.series): row.count for row in table.itertuples() if row.count}


@pytest.fixture(scope="module")
def outlet_engine(outlet_frames):
    return Engine(outlet_frames)


SPUTNIK, ARABY = "سبوتنيك", "العربي الجديد"


@pytest.mark.parametrize("settings", [
    Filters(),
    Filters(outlets=(SPUTNIK,)),
    Filters(outlets=(SPUTNIK, ARABY)),
    Filters(date_from="2024-05-07"),
    Filters(date_to="2024-05"),
    Filters(date_from="2024-05-06", date_to="2024-05-08", outlets=(SPUTNIK,)),
    Filters(actor_ids=("lavrov",)),
    Filters(actor_ids=("lavrov",), polarities=("positive",)),
    Filters(actor_types=("person",), date_from="2024-05"),
    Filters(topics=("energy",)),
    Filters(speakers=("Vladimir Putin",)),
    Filters(polarities=("negative",)),
    Filters(doc_ids=("a", "e")),
    Filters(outlets=(HOSTILE,)),
    Filters(actor_ids=(HOSTILE,)),
])
def test_the_engine_draws_what_the_pandas_path_draws(outlet_frames, outlet_engine, settings):
    assert_same(outlet_frames, outlet_engine, settings)


def test_mentions_per_week_of_an_outlet_a_date_range_and_an_actor(outlet_frames, outlet_engine):
    by_week = lambda settings: outlet_engine.trend(  # noqa: E731
        settings, "mentions", placement=place(outlet_engine.documents(settings), "week"), top=8)
    # Every article: a and b (week of 6 May) name two actors each, c (13 May) three; d, dated only
    # May, and e, undated, name two each: not on a weekly axis, and counted as such.
    every = by_week(Filters())
    assert counts(every) == {("2024-05-06", "all", "mentions"): 4, ("2024-05-13", "all", "mentions"): 3}
    assert every.left_out == {"coarse": 2, "undated": 2}
    # Sputnik: a and b.
    sputnik = by_week(Filters(outlets=(SPUTNIK,)))
    assert counts(sputnik) == {("2024-05-06", "all", "mentions"): 4}
    assert sputnik.left_out == {"coarse": 0, "undated": 0}
    # From 7 May: b and c; d (the whole of May) starts before it, e has no date and is said.
    later = Filters(date_from="2024-05-07")
    assert counts(by_week(later)) == {("2024-05-06", "all", "mentions"): 2, ("2024-05-13", "all", "mentions"): 3}
    assert outlet_engine.undated_left_out(later) == 1
    # Lavrov: his mentions in a and c, one each.
    assert counts(by_week(Filters(actor_ids=("lavrov",)))) == {("2024-05-06", "all", "mentions"): 1,
                                                               ("2024-05-13", "all", "mentions"): 1}


def test_stances_by_polarity_split_by_speaker(outlet_engine):
    settings = Filters(actor_ids=("lavrov",))
    result = outlet_engine.trend(settings, "stances", placement=place(outlet_engine.documents(settings), "week"),
                                 split="actor", top=8)
    # Lavrov welcomes in a (positive), says and supports in c (neutral, positive).
    assert counts(result) == {("2024-05-06", "Sergey Lavrov", "positive"): 1, ("2024-05-13", "Sergey Lavrov", "positive"): 1,
                              ("2024-05-13", "Sergey Lavrov", "neutral"): 1}


def test_rates_per_thousand_words_of_each_outlet(outlet_engine):
    documents = outlet_engine.documents(Filters())
    columns = outlet_columns(documents)
    sizes = outlet_sizes(documents, columns)
    actors = outlet_engine.rates(Filters(), "actors", columns, sizes)
    # Sputnik's a and b hold 14 + 6 words; Lavrov is named once in them: 50 per 1,000 words.
    row = actors[(actors["outlet"] == SPUTNIK) & (actors["actor_id"] == "lavrov")]
    assert row[["mentions", "per_1000_words"]].values.tolist() == [[1, 50.0]]
    speakers = outlet_engine.rates(Filters(), "speakers", columns, sizes)
    # The article's own voice (e's) is no one an outlet quotes.
    assert "(article)" not in set(speakers["speaker_name"])
    assert set(speakers.loc[speakers["outlet"] == "(no outlet)", "polarity"]) == {"positive"}  # Haftar welcomes in d


def test_a_hostile_outlet_name_matches_nothing(outlet_frames, outlet_engine):
    for settings in (Filters(outlets=(HOSTILE,)), Filters(outlets=(SPUTNIK + "' OR '1'='1",)), Filters(speakers=("'); DROP TABLE articles; --",))):
        assert outlet_engine.documents(settings).empty
    # and the tables are still there, whole
    assert len(outlet_engine.documents(Filters())) == len(outlet_frames.documents)


def test_an_empty_selection(outlet_engine):
    nothing = Filters(actor_ids=("nobody",))
    assert outlet_engine.documents(nothing).empty
    empty = outlet_engine.documents(nothing)
    columns = outlet_columns(empty)
    rates = outlet_engine.rates(nothing, "actors", columns, outlet_sizes(empty, columns))
    assert rates.empty and list(rates.columns) == ["outlet", "actor_id", "mentions", "per_1000_words"]
    # one article of Sputnik's, but no negative statement in a
    assert outlet_engine.documents(Filters(doc_ids=("a",), polarities=("negative",))).empty


def test_an_engine_made_whole_beforehand_draws_the_same(outlet_frames):
    engine = Engine(outlet_frames).prime()
    for settings in (Filters(), Filters(actor_ids=("lavrov",)), Filters(date_to="2024-05")):
        assert_same(outlet_frames, engine, settings)


def test_a_search_is_left_to_the_pandas_path(outlet_engine):
    assert Engine.answers(Filters(actor_ids=("lavrov",))) and not Engine.answers(Filters(search="لافروف"))
    with pytest.raises(ValueError, match="search"):
        outlet_engine.documents(Filters(search="لافروف"))


def test_charts_asked_from_several_threads_at_once(outlet_frames, outlet_engine):
    settings = [Filters(), Filters(outlets=(SPUTNIK,)), Filters(actor_ids=("lavrov",)), Filters(date_to="2024-05")]
    expected = [trend(filter_frames(outlet_frames, s), "stances", placement=place(filter_frames(outlet_frames, s).documents, "day"),
                      top=4).table for s in settings]
    found: dict[int, pd.DataFrame] = {}
    errors: list[BaseException] = []

    def ask(index: int) -> None:
        try:
            for _ in range(5):
                s = settings[index % len(settings)]
                found[index] = outlet_engine.trend(s, "stances", placement=place(outlet_engine.documents(s), "day"), top=4).table
        except BaseException as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    threads = [threading.Thread(target=ask, args=(index,)) for index in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    for index, table in found.items():
        pd.testing.assert_frame_equal(table, expected[index % len(settings)])


# A corpus written for these tests: three outlets (one written with a space after it), dates to
# the day, to the month, to the year and none, and an outlet a link could never name.
OWN = (
    ("p1", "وكالة الشمال", "2023-01-04", "رحب لافروف بالاتفاق. وانتقد حفتر الحكومة في طرابلس."),
    ("p2", "وكالة الشمال ", "2023-01-20", "قال بوتين إن موسكو تدعم الحوار."),
    ("p3", "صحيفة الجنوب", "2023-02", "انتقد الدبيبة صفقات الأسلحة. وقال لافروف إن الغاز مهم."),
    ("p4", "صحيفة الجنوب", "2023", "رحب حفتر بزيارة الوفد إلى بنغازي."),
    ("p5", HOSTILE, "2023-03-02", "قال لافروف إن النفط يجب أن يبقى بعيدا عن الصراع."),
    ("p6", "", "", "قال بوتين إن روسيا تدعم الحل السياسي في ليبيا."),
)


@pytest.fixture(scope="module")
def own_frames(lexicon):
    return analyze([Document(doc_id, text, outlet=outlet, date=date, source="test") for doc_id, outlet, date, text in OWN], lexicon)


@pytest.mark.parametrize("settings", [
    Filters(),
    Filters(outlets=("وكالة الشمال",)),
    Filters(outlets=(HOSTILE,)),
    Filters(date_from="2023-01-10", date_to="2023-02"),
    Filters(date_to="2023"),
    Filters(actor_ids=("lavrov",)),
    Filters(actor_ids=("putin", "haftar_khalifa"), polarities=("negative", "positive")),
    Filters(topics=("energy",), outlets=("صحيفة الجنوب", HOSTILE)),
])
def test_a_corpus_written_here(own_frames, settings):
    assert_same(own_frames, Engine(own_frames), settings)


def test_a_corpus_written_here_by_reading(own_frames):
    engine = Engine(own_frames)
    # The outlet named like an injection is an outlet: its one article, p5, bound and matched as written.
    assert engine.documents(Filters(outlets=(HOSTILE,)))["doc_id"].tolist() == ["p5"]
    # January to February 2023: p2 (20 January) and p3 (February); p1 is before, p4 (2023) is not
    # wholly inside, p6 has no date and is counted as left out.
    settings = Filters(date_from="2023-01-10", date_to="2023-02")
    assert engine.documents(settings)["doc_id"].tolist() == ["p2", "p3"]
    assert engine.undated_left_out(settings) == 1
    # By month, with every article: p4 (a year) is too coarse, p6 undated; the articles chart says so.
    articles = engine.trend(Filters(), "articles", placement=place(engine.documents(Filters()), "month"), split="outlet", top=8)
    assert articles.left_out == {"coarse": 1, "undated": 1}
    assert counts(articles) == {("2023-01-01", "وكالة الشمال", "articles"): 2, ("2023-02-01", "صحيفة الجنوب", "articles"): 1,
                                ("2023-03-01", HOSTILE, "articles"): 1}


def test_the_seeds(frames):
    engine = Engine(frames)
    documents = frames.documents
    actors = frames.mentions["actor_id"].value_counts().index.tolist()
    for settings in (Filters(), Filters(outlets=(documents["outlet"].iloc[1],)), Filters(date_from="2020"), Filters(date_to="2017-08"),
                     Filters(actor_ids=tuple(actors[:1])), Filters(actor_ids=tuple(actors[1:3]), polarities=("negative",)),
                     Filters(actor_types=("person",)), Filters(outlets=(HOSTILE,)), Filters(polarities=("positive",), topics=("energy",))):
        assert_same(frames, engine, settings)


# One more article, with a body named inside a title (the Actors page's toggle): the Libyan National
# Army is nested in its commander's title in the first sentence, named alone in the second.
NESTED = OWN + (("p7", "وكالة الشمال", "2023-01-05",
                 "وصل القائد العام للجيش الوطني الليبي خليفة حفتر إلى القاهرة. وقال الجيش الوطني الليبي إن الهدوء عاد."),)


@pytest.fixture(scope="module")
def nested_frames(lexicon):
    return analyze([Document(doc_id, text, outlet=outlet, date=date, source="test") for doc_id, outlet, date, text in NESTED], lexicon)


@pytest.mark.parametrize("settings", [
    Filters(),
    Filters(outlets=("وكالة الشمال",)),
    Filters(outlets=(HOSTILE,)),
    Filters(date_from="2023-01-05", date_to="2023-02"),
    Filters(actor_ids=("lna",)),
    Filters(actor_types=("armed_group", "city")),
    Filters(actor_ids=("haftar_khalifa", "lavrov"), polarities=("positive",)),
    Filters(topics=("energy",)),
    Filters(actor_ids=("nobody",)),
])
def test_the_actors_counts_of_a_corpus_written_here(nested_frames, settings):
    assert_same(nested_frames, Engine(nested_frames), settings)


def test_the_actors_counts_by_reading(nested_frames):
    engine = Engine(nested_frames)
    totals = lambda settings, nested: dict(zip(*engine.actor_totals(settings, nested=nested)[["actor_id", "total"]].T.values))  # noqa: E731
    # The army: nested in p7's first sentence, named alone in its second. Haftar: p1, p4 and p7.
    assert totals(Filters(), True)["lna"] == 2 and totals(Filters(), False)["lna"] == 1
    assert totals(Filters(), True)["haftar_khalifa"] == totals(Filters(), False)["haftar_khalifa"] == 3
    # Unnested, the army is first named after Cairo (p7's second sentence): last of the totals' order.
    assert engine.actor_totals(Filters(), nested=False)["actor_id"].tolist()[-1] == "lna"
    # The army as the setting: nested, p7's two mentions; unnested, its one (p7 is still kept).
    army = Filters(actor_ids=("lna",))
    assert engine.article_totals(army).to_dict() == {"p7": 2}
    assert engine.article_totals(army, nested=False).to_dict() == {"p7": 1}
    # The outlet spelled as an injection: p5 alone, Lavrov once.
    assert totals(Filters(outlets=(HOSTILE,)), True) == {"lavrov": 1}
    # Charted p7 then p1: p7's actors in the order it names them, then p1's.
    charted = engine.actor_article_counts(Filters(), ["p7", "p1"])
    assert charted[["doc_id", "actor_id", "mentions"]].values.tolist()[:3] == [["p7", "haftar_khalifa", 1], ["p7", "lna", 2],
                                                                               ["p7", "cairo", 1]]
    assert engine.actor_totals(Filters(actor_ids=("nobody",))).empty


def test_polarity_by_speaker_by_reading(own_frames):
    engine = Engine(own_frames)
    top = engine.polarity_by_speaker(Filters(), top=1)
    rows = top[["speaker_name", "polarity", "cues", "speakers"]].values.tolist()
    # Putin says and supports in p2 and p6: four cues, the most. The other three speakers summed:
    # Lavrov welcomes (p1) and says twice (p3, p5), Haftar criticises (p1) and welcomes (p4), Dbeibah
    # criticises (p3): two of each polarity, positive first (p1's welcome comes first).
    assert rows == [["Vladimir Putin", "neutral", 2, 1], ["Vladimir Putin", "positive", 2, 1], ["(others)", "positive", 2, 3],
                    ["(others)", "negative", 2, 3], ["(others)", "neutral", 2, 3]]
    # The outlet spelled as an injection: p5, Lavrov saying.
    assert engine.polarity_by_speaker(Filters(outlets=(HOSTILE,)), top=1)[["speaker_name", "cues"]].values.tolist() == [["Sergey Lavrov", 1]]
    # Negative statements: p1's and p3's, two rows of the stances frame (1 and 4), paged one at a time.
    negative = Taken(own_frames.stances, engine.kept_rows(Filters(polarities=("negative",)), "stances"))
    assert negative.rows.tolist() == [1, 4]
    assert page_of(negative, 2, 1)["doc_id"].tolist() == ["p3"] and page_of(negative, 2, 1).index.tolist() == [1]
    assert engine.polarity_by_speaker(Filters(actor_ids=("nobody",)), top=1).empty


def test_the_topics_counts_by_reading(own_frames):
    engine = Engine(own_frames)
    # p3 names the arms deals (صفقات الأسلحة) and gas (الغاز), p5 oil (النفط): every article has a row
    # of counts, zero or not.
    assert engine.topic_totals(Filters(), ["energy", "arms"]).to_dict() == {"p1": 0, "p2": 0, "p3": 2, "p4": 0, "p5": 1, "p6": 0}
    assert engine.term_counts(Filters(), ["energy"])[["term", "hits"]].values.tolist() == [["الغاز", 1], ["النفط", 1]]
    # The outlet spelled as an injection: p5's oil.
    assert engine.topic_totals(Filters(outlets=(HOSTILE,)), ["energy"]).to_dict() == {"p5": 1}
    # Lavrov kept: p1's first sentence and p3's second hold him; p3's arms hit (its first sentence) is
    # kept with its article but its sentence is not.
    lavrov = Filters(actor_ids=("lavrov",))
    assert engine.kept_sentences(lavrov, ["p3", "p1"]).values.tolist() == [["p1", 1], ["p3", 2]]
    assert engine.kept_rows(lavrov, "topics", topics=["arms", "energy"], doc_ids=["p3"]).tolist() == [0, 1]
    assert engine.kept_sentences(Filters(outlets=(HOSTILE,)), ["p5"]) is None
    assert engine.term_counts(Filters(actor_ids=("nobody",)), ["energy"]).empty


def test_the_headline_figures_by_reading(own_frames):
    engine = Engine(own_frames)
    table = engine.headline(Filters(actor_ids=("lavrov",)))
    # Lavrov's articles, p1, p3 and p5, each counting what the setting keeps: his one mention, and
    # his one stance (he welcomes in p1; says in p3 and p5): Haftar's criticism in p1 is not his.
    figures = table.set_index("doc_id")[["mentions", "actors", "stances", "positive", "negative"]]
    assert figures.index.tolist() == ["p1", "p3", "p5"]
    assert figures.values.tolist() == [[1, 1, 1, 1, 0], [1, 1, 1, 0, 0], [1, 1, 1, 0, 0]]
    # Unfiltered, p1 names three actors and holds a welcome and a criticism.
    assert engine.headline(Filters()).set_index("doc_id").loc["p1", ["mentions", "actors", "stances", "positive", "negative"]].tolist() == [3, 3, 2, 1, 1]
    # The outlet spelled as an injection: p5's one row.
    assert engine.headline(Filters(outlets=(HOSTILE,)))["doc_id"].tolist() == ["p5"]
    assert engine.headline(Filters(actor_ids=("nobody",))).empty


def test_sentences_found_by_their_counts_or_not_at_all(own_frames):
    engine = Engine(own_frames)
    # p1 and p3 hold two sentences each, p2 one: p3's are the frame's rows 3 and 4.
    assert engine.sentence_rows(["p3"]).tolist() == [3, 4]
    assert own_frames.sentences.take(engine.sentence_rows(["p3", "p1", "nowhere"]))["doc_id"].tolist() == ["p3", "p3", "p1", "p1"]
    # Sentences out of the articles' order (p1's first moved last): the counts do not find them, and say so.
    order = [*range(1, len(own_frames.sentences)), 0]
    shuffled = replace(own_frames, sentences=own_frames.sentences.iloc[order].reset_index(drop=True))
    assert Engine(shuffled).sentence_rows(["p3"]) is None
