"""analysis.explore.filters: filter settings, the URL round trip, Arabic search, and evidence."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.extract import schema
from analysis.arabic.dates import DateError
from analysis.explore.filters import (
    Filters, FilterError, apply, contains, date_bounds, date_settings, evidence, filter_frames, find_matches, frame_name, kept_articles,
    parse_query, rows_apart, spans, undated_left_out,
)

from conftest import SEED_2017, SEED_2024


def test_query_round_trip():
    filters = Filters(doc_ids=(SEED_2024,), actor_ids=("lavrov", "haftar_khalifa"), polarities=("negative",), search="الأمم")
    query = filters.to_query()
    assert query == {"article": [SEED_2024], "actor": ["lavrov", "haftar_khalifa"], "polarity": ["negative"], "q": "الأمم"}
    assert Filters.from_query(query) == filters
    # As st.query_params gives a single value: a string.
    assert Filters.from_query({"actor": "lavrov", "unknown": "x"}) == Filters(actor_ids=("lavrov",))
    assert Filters().to_query() == {} and not Filters().active


def test_describe():
    assert Filters(actor_ids=("lavrov",), search="حظر").describe() == "actor: lavrov; q: حظر"
    assert Filters().describe() == "all rows"


def test_frame_name(frames):
    assert frame_name(frames.stances) == "stances"
    with pytest.raises(ValueError):
        frame_name(pd.DataFrame({"x": [1]}))


def test_actor_filter_on_mentions_and_stances(frames):
    lavrov = Filters(actor_ids=("lavrov",))
    mentions = apply(frames.mentions, lavrov)
    assert len(mentions) == 13
    assert mentions.groupby("doc_id").size().to_dict() == {SEED_2017: 7, SEED_2024: 6}
    # Stances by Lavrov or about him (the Presidential Council's قال about Lavrov in 2024).
    stances = apply(frames.stances, lavrov)
    assert set(stances["speaker_id"]) == {"lavrov", "presidential_council"}


def test_polarity_filter_narrows_sentences_to_those_holding_a_stance(frames):
    kept = filter_frames(frames, Filters(polarities=("negative",)))
    # مواصلة القتال، مواصلة الكفاح: Haftar's vows to fight on until …, convention 6
    assert kept.stances["cue"].tolist() == ["معقدا", "خطر", "مواصلة القتال", "حظر ظالم", "حظر ظالم", "دعم", "مواصلة الكفاح", "أخل", "عدوانه", "مرتزقة"]
    assert kept.sentences[["doc_id", "sentence_id"]].values.tolist() == [
        [SEED_2017, 3], [SEED_2017, 7], [SEED_2017, 8], [SEED_2017, 9], [SEED_2017, 11], [SEED_2024, 7],
    ]
    # Frames the setting does not concern keep the articles holding a negative stance: both seeds.
    assert len(kept.mentions) == len(frames.mentions) and len(kept.documents) == 2


def test_article_and_actor_type(frames):
    kept = filter_frames(frames, Filters(doc_ids=(SEED_2024,), actor_types=("armed_group",)))
    assert kept.mentions[["actor_id", "surface"]].values.tolist() == [
        ["wagner", "فاغنر"], ["wagner", "فاغنر"], ["africa_corps", "الفيلق الأفريقي"],
    ]
    assert kept.sentences["sentence_id"].tolist() == [7, 9]
    assert kept.documents["doc_id"].tolist() == [SEED_2024]


def test_topic_filter_reaches_stances_about_the_topic(frames):
    stances = apply(frames.stances, Filters(topics=("arms",)))
    # 8: وقال … "على الصعيد السياسي أو العسكري": the first thing Haftar speaks of is military
    assert stances[["sentence_id", "cue"]].values.tolist() == [[7, "مشيرا"], [7, "حظر ظالم"], [8, "وقال"], [8, "حظر ظالم"]]
    counts = apply(frames.topic_counts, Filters(topics=("arms",)))
    assert counts["hits"].tolist() == [9, 11]  # the arms hits listed in tests/extract/test_topics.py


@pytest.mark.parametrize("query", ["الامم المتحده", "الأُمم المتّحدة", "الإمم  المتحدة"])
def test_search_ignores_diacritics_alef_forms_and_ta_marbuta(frames, query):
    # 2017: الأممالمتحدة (fused, twice) and للأمم المتحدة (ل + ال → لل).
    found = apply(frames.sentences, Filters(search=query), texts=frames.texts)
    assert found[["doc_id", "sentence_id"]].values.tolist() == [[SEED_2017, 2], [SEED_2017, 5], [SEED_2017, 6]]


def test_a_search_reads_the_texts_a_slice_of_rows_at_a_time(frames, monkeypatch):
    from analysis.explore import filters as filters_module

    # One row at a time finds what all at once finds: the three sentences of the 2017 article,
    # and that article alone among the documents (its text holds الأمم المتحدة; 2024's does not).
    monkeypatch.setattr(filters_module, "SEARCHED_AT_ONCE", {"documents": 1, "sentences": 1})
    found = apply(frames.sentences, Filters(search="الامم المتحده"), texts=frames.texts)
    assert found[["doc_id", "sentence_id"]].values.tolist() == [[SEED_2017, 2], [SEED_2017, 5], [SEED_2017, 6]]
    assert apply(frames.documents, Filters(search="الامم المتحده"), texts=frames.texts)["doc_id"].tolist() == [SEED_2017]


def test_searching_sentences_needs_their_articles():
    # A sentence's text is its article's text[start:end]: without the articles it cannot be searched.
    sentences = schema.empty("sentences")
    with pytest.raises(ValueError, match="pass texts=frames.texts"):
        apply(sentences, Filters(search="موسكو"))


def test_search_matches_english_names_in_any_case(frames):
    assert len(apply(frames.mentions, Filters(search="LAVROV"))) == 13


def test_contains_and_find_matches():
    values = pd.Series(["مُوسكو", "موسكو", "روسيا", None])
    assert contains(values, "موسكو").tolist() == [True, True, False, False]
    assert contains(values, "  ").tolist() == [True, True, True, True]
    text = "مُوسكو وموسكو للأمم المتحدة"
    assert find_matches(text, "موسكو") == [(0, 6), (8, 13)]
    assert [text[s:e] for s, e in find_matches(text, "الأمم المتحدة")] == ["للأمم المتحدة"]
    assert find_matches(text, "") == []


def test_evidence_for_an_actor_in_one_article(frames):
    items = evidence(frames, doc_id=SEED_2017, filters=Filters(actor_ids=("lavrov",)), layers=("actors",))
    assert [item.sentence_id for item in items] == [1, 2, 3, 4, 5, 6, 8]
    marked = {item.text[s.start - item.start:s.end - item.start] for item in items for s in item.spans}
    assert marked == {"وزير الخارجية الروسي سيرجي لافروف", "لافروف", "الوزير الروسي"}
    assert {s.kind for item in items for s in item.spans} == {"actor-person"}


def test_evidence_with_a_search_keeps_the_actor_and_marks_the_match(frames):
    # The Lavrov mention does not contain الأمم, but its sentence does: the sentence is kept.
    items = evidence(frames, filters=Filters(actor_ids=("lavrov",), search="الأمم"), layers=("actors",))
    assert [(item.doc_id, item.sentence_id) for item in items] == [(SEED_2017, 2), (SEED_2017, 5), (SEED_2017, 6), (SEED_2024, 5)]
    first = items[0]
    assert [(first.text[s.start - first.start:s.end - first.start], s.kind) for s in first.spans] == [
        ("لافروف", "actor-person"), ("الأمم", "search"),
    ]


def test_evidence_restricted_to_sentences(frames):
    items = evidence(frames, doc_id=SEED_2024, sentence_ids=[7], filters=Filters(polarities=("negative",)), layers=("stances",))
    (item,) = items
    assert item.position == pytest.approx(0.75)
    assert [(s.kind, s.label) for s in item.spans] == [
        ("cue-negative", "(article): negative evaluative cue"), ("cue-negative", "(article): negative evaluative cue"),
    ]


def test_evidence_of_the_sentences_holding_a_finding(lexicon):
    from analysis.extract.pipeline import analyze
    from conftest import snippet

    # Lavrov and his قال in sentence 1, nothing in 2 (the weather), the arms term صفقات الأسلحة in 3.
    frames = analyze([snippet("قال لافروف إن الحوار مهم. الطقس جميل في المدينة اليوم. وانتشرت صفقات الأسلحة في المنطقة.")], lexicon)
    assert [item.sentence_id for item in evidence(frames)] == [1, 2, 3]
    assert [item.sentence_id for item in evidence(frames, found_only=True)] == [1, 3]
    assert [item.sentence_id for item in evidence(frames, found_only=True, layers=("topics",))] == [3]
    assert [item.sentence_id for item in evidence(frames, found_only=True, layers=("stances",))] == [1]
    assert evidence(frames, found_only=True, layers=()) == []


def test_spans_of_a_whole_article(frames):
    marks = spans(frames, SEED_2024, filters=Filters(topics=("energy",)), layers=("topics",))
    text = frames.text(SEED_2024)
    assert [text[s.start:s.end] for s in marks] == ["قطاعات النفط", "والغاز"]


def test_outlet_and_date_settings_round_trip_through_the_url():
    filters = Filters(outlets=("العربي الجديد",), date_from="2024-05", date_to="٢٠٢٤-٠٦-١٠")
    assert filters.date_to == "2024-06-10"  # Arabic-Indic digits read as the same date
    assert filters.to_query() == {"outlet": ["العربي الجديد"], "from": "2024-05", "to": "2024-06-10"}
    assert Filters.from_query(filters.to_query()) == filters
    with pytest.raises(DateError, match="no month 13"):
        Filters.from_query({"from": "2024-13"})


def test_a_date_range_keeps_articles_whose_whole_date_is_inside():
    # As the store gives them: string columns, where a missing date is <NA>.
    documents = pd.DataFrame({
        "doc_id": ["day", "month", "year", "undated", "before"],
        "outlet": ["RT", "RT", "سبوتنيك", "RT", ""],
        "date": ["2024-05-10", "2024-06", "2024", None, "2023-12-31"],
    }, dtype="string")
    assert kept_articles(documents, Filters(date_from="2024-05")) == {"day", "month"}
    assert kept_articles(documents, Filters(date_to="2024-05-31")) == {"day", "before"}
    # The year 2024 lies inside 2024 but not inside May 2024.
    assert kept_articles(documents, Filters(date_from="2024", date_to="2024")) == {"day", "month", "year"}
    assert kept_articles(documents, Filters(outlets=("RT",), date_from="2024")) == {"day", "month"}
    assert undated_left_out(documents, Filters(date_from="2024")) == 1
    assert undated_left_out(documents, Filters(outlets=("سبوتنيك",), date_from="2024")) == 0
    assert undated_left_out(documents, Filters(outlets=("RT",))) == 0
    # The corpus's first and last day: the month and the year count whole; the undated not at all.
    assert date_bounds(documents) == (date(2023, 12, 31), date(2024, 12, 31))
    assert date_bounds(documents[documents["doc_id"] == "undated"]) is None


def test_outlet_and_date_settings_narrow_every_frame(frames):
    # The 2024 seed is dated 2024 and comes from العربي الجديد; the 2017 seed has no outlet.
    for settings in (Filters(outlets=("العربي الجديد",)), Filters(date_from="2018"), Filters(date_from="2024", date_to="2024")):
        kept = filter_frames(frames, settings)
        for name, frame in kept.items():
            assert set(frame["doc_id"]) == {SEED_2024}, (settings, name)
    assert filter_frames(frames, Filters(date_to="2017-08-13")).mentions.empty
    assert set(filter_frames(frames, Filters(date_to="2017-08-14")).mentions["doc_id"]) == {SEED_2017}
    with pytest.raises(ValueError, match="documents frame"):
        apply(frames.mentions, Filters(outlets=("العربي الجديد",)))
    assert {e.doc_id for e in evidence(frames, filters=Filters(outlets=("العربي الجديد",), actor_ids=("lavrov",)))} == {SEED_2024}


def test_a_query_string_as_the_address_bar_holds_it():
    assert parse_query("?actor=lavrov&actor=haftar_khalifa&polarity=negative&from=2024-05") == Filters(
        actor_ids=("lavrov", "haftar_khalifa"), polarities=("negative",), date_from="2024-05",
    )
    # %-encoded Arabic, as a copied link holds it: ?q=الأمم
    assert parse_query("q=%D8%A7%D9%84%D8%A3%D9%85%D9%85").search == "الأمم"
    assert parse_query("") == Filters()


def test_a_query_string_naming_no_setting_or_no_date_is_refused():
    with pytest.raises(FilterError, match="unknown filter 'actr'; the filters are article, outlet, from, to, actor"):
        parse_query("actr=lavrov")
    with pytest.raises(DateError):
        parse_query("from=May")


# Two articles whose sentence numbers overlap: Lavrov is named in sentence 1 of "a" and in
# sentence 2 of "b", so sentence 2 of "a" (which names him again, and is no finding of "b")
# tells an (article, sentence) key from a sentence number alone.
TWO_ARTICLES = (
    ("a", "2024-03-01", "استقبل لافروف المشير خليفة حفتر في موسكو أمس. وتحدث الطرفان عن الأسلحة والتجارة."),
    ("b", "2024-03-02", "قال بوتين إن الحوار مهم للجميع. ثم زار لافروف القاهرة لاحقا."),
)


@pytest.fixture(scope="module")
def two_frames(lexicon):
    from analysis.extract.pipeline import analyze
    from conftest import snippet

    return analyze([snippet(text, doc_id=doc_id, date=date) for doc_id, date, text in TWO_ARTICLES], lexicon)


def test_a_setting_of_findings_keeps_the_articles_that_hold_one_in_every_frame(two_frames):
    # Putin is named in "b" only: its article, its words and its other findings (Lavrov's visit
    # to Cairo), never "a" (Haftar, the weapons), though no setting names those frames.
    kept = filter_frames(two_frames, Filters(actor_ids=("putin",)))
    assert kept.documents["doc_id"].tolist() == ["b"]
    assert kept.sentences[["doc_id", "sentence_id"]].values.tolist() == [["b", 1]]
    assert kept.mentions["actor_id"].tolist() == ["putin"]
    assert set(two_frames.topics["doc_id"]) == {"a"} and kept.topics.empty
    assert set(kept.topic_counts["doc_id"]) == {"b"} and kept.topic_counts["hits"].sum() == 0  # a row per topic, 0 hits
    # Weapons (topic hits in "a" only) keep "a", with all its mentions but none of "b"'s.
    arms = filter_frames(two_frames, Filters(topics=("arms",)))
    assert arms.documents["doc_id"].tolist() == ["a"] and set(arms.mentions["doc_id"]) == {"a"}
    assert {"lavrov", "haftar_khalifa", "moscow"} <= set(arms.mentions["actor_id"])


def test_holding_matches_article_and_sentence_together(two_frames):
    from analysis.explore.filters import holding

    sentences, mentions = two_frames.sentences, two_frames.mentions
    assert list(zip(sentences["doc_id"], sentences["sentence_id"])) == [("a", 1), ("a", 2), ("b", 1), ("b", 2)]
    lavrov = mentions[mentions["actor_id"] == "lavrov"]
    assert holding(sentences, lavrov).tolist() == [True, False, False, True]
    putin = mentions[mentions["actor_id"] == "putin"]
    assert holding(sentences, putin).tolist() == [False, False, True, False]
    assert holding(sentences, lavrov.iloc[:0]).tolist() == [False] * 4
    # filter_frames narrows the sentences the same way.
    narrowed = filter_frames(two_frames, Filters(actor_ids=("lavrov",)))
    assert schema.sentence_text(narrowed.sentences, narrowed.texts).tolist() == [
        "استقبل لافروف المشير خليفة حفتر في موسكو أمس.", "ثم زار لافروف القاهرة لاحقا.",
    ]


def test_is_in_with_many_ids_as_pandas_isin(two_frames):
    from analysis.explore.filters import is_in

    ids = two_frames.documents["doc_id"]
    # 150 ids that are no article, then "b": past 100 values Arrow looks the set up at once.
    wanted = [f"other-{n}" for n in range(150)] + ["b", None]
    assert is_in(ids, wanted).tolist() == [False, True]
    assert is_in(ids, ["a"]).tolist() == [True, False]
    with_missing = pd.Series(["b", None, "a"], dtype="string[pyarrow]")
    assert is_in(with_missing, wanted).tolist() == [True, False, False]
    # The same set made Arrow strings once (value_set: missing values left out), for many columns.
    from analysis.explore.filters import value_set

    made = value_set(wanted)
    assert len(made) == 151 and made.null_count == 0
    assert is_in(ids, made).tolist() == [False, True] and is_in(with_missing, made).tolist() == [True, False, False]
    assert is_in(ids, value_set(["a"])).tolist() == [True, False]


def test_a_link_with_a_date_that_is_no_date_keeps_its_other_settings():
    # One reading of a link for the sidebar and for the archive's slice (dashboard/loading.py).
    settings, error = Filters.from_link({"outlet": ["سبوتنيك"], "from": "2024-13", "actor": "lavrov"})
    assert (settings.outlets, settings.actor_ids, settings.date_from) == (("سبوتنيك",), ("lavrov",), "")
    assert error is not None and "2024-13" in str(error)
    assert Filters.from_link({"from": "2024-05"}) == (Filters(date_from="2024-05"), None)


def test_rows_a_filtered_copy_holds_apart_from_the_corpus(frames):
    # No setting: every frame is the corpus's own columns.
    assert rows_apart(filter_frames(frames, Filters()), frames) == 0
    # Lavrov is named in both seeds: documents, topics and topic counts stay whole; 12 sentences,
    # 13 mentions and 23 stances are copies.
    assert rows_apart(filter_frames(frames, Filters(actor_ids=("lavrov",))), frames) == 12 + 13 + 23
    assert rows_apart(filter_frames(frames, Filters(polarities=("negative",))), frames) == 6 + 10


def test_positions_of_ids_in_another_column():
    from analysis.explore.filters import positions_in

    ids = pd.Series(["b", "a", None, "zz", "b"], dtype="string")
    assert positions_in(ids, ["a", "b", "c"]).tolist() == [1, 0, -1, -1, 1]
    assert positions_in(ids.iloc[:0], ["a"]).tolist() == []


def test_a_date_range_keeps_the_ends_a_link_wrote_while_the_widget_holds_them():
    bounds = (date(2016, 11, 29), date(2024, 12, 31))
    # from=2016 is clamped to the corpus's first day, which alone reads as no bound
    assert date_settings((date(2016, 11, 29), date(2024, 12, 31)), bounds) == {"date_from": "", "date_to": ""}
    assert date_settings((date(2016, 11, 29), date(2024, 12, 31)), bounds, written=("2016", "")) == {
        "date_from": "2016", "date_to": ""}
    # a month is kept as a month at either end
    assert date_settings((date(2020, 5, 1), date(2020, 6, 30)), bounds, written=("2020-05", "2020-06")) == {
        "date_from": "2020-05", "date_to": "2020-06"}
    # a day picked since replaces what was written
    assert date_settings((date(2020, 5, 2), date(2024, 12, 31)), bounds, written=("2020-05", "")) == {
        "date_from": "2020-05-02", "date_to": ""}
    # no days: no range, whatever was written (Clear filters)
    assert date_settings((), bounds, written=("2016", "")) == {"date_from": "", "date_to": ""}
    # a range wholly past the corpus is moved inside it, as the sidebar's warning says: from=2099
    # becomes the corpus's last day, to=2001 its first
    assert date_settings((date(2024, 12, 31), date(2024, 12, 31)), bounds, written=("2099-01-01", "")) == {
        "date_from": "2024-12-31", "date_to": ""}
    assert date_settings((date(2016, 11, 29), date(2016, 11, 29)), bounds, written=("", "2001")) == {
        "date_from": "", "date_to": "2016-11-29"}


def test_kept_documents_are_the_articles_filter_frames_keeps(frames, two_frames):
    from analysis.explore.filters import kept_documents

    # Putin is named in "b" only, the weapons in "a" only; Lavrov in both, but the search keeps
    # the sentences naming him in "b" only (ثم زار لافروف القاهرة).
    assert kept_documents(two_frames, Filters(actor_ids=("putin",)))["doc_id"].tolist() == ["b"]
    assert kept_documents(two_frames, Filters(topics=("arms",)))["doc_id"].tolist() == ["a"]
    assert kept_documents(two_frames, Filters(actor_ids=("lavrov",), search="القاهرة"))["doc_id"].tolist() == ["b"]
    assert kept_documents(two_frames, Filters(actor_ids=("putin",), topics=("arms",))).empty
    assert kept_documents(two_frames, Filters(date_from="2024-03-02"))["doc_id"].tolist() == ["b"]
    assert kept_documents(frames, Filters(speakers=("Khalifa Haftar",)))["doc_id"].tolist() == [SEED_2017]
    for settings in (Filters(), Filters(actor_ids=("lavrov",)), Filters(polarities=("negative",)), Filters(search="حظر ظالم"),
                     Filters(doc_ids=(SEED_2024,), actor_types=("armed_group",)), Filters(speakers=("Khalifa Haftar",)),
                     Filters(actor_ids=("haftar_khalifa",), polarities=("positive",), date_to="2017")):
        pd.testing.assert_frame_equal(kept_documents(frames, settings), filter_frames(frames, settings).documents)


def test_period_codes_read_each_distinct_date_once():
    from analysis.explore.filters import _period_codes

    documents = pd.DataFrame({"doc_id": ["a", "b", "c", "d", "e"], "date": ["2024-05-14", None, "2024-05-14", "2024-05", ""]})
    codes, periods = _period_codes(documents)
    assert codes.tolist() == [0, 1, 0, 2, 1]
    assert periods == [(date(2024, 5, 14), date(2024, 5, 14)), None, (date(2024, 5, 1), date(2024, 5, 31))]
    # A month is inside a range that holds the whole month only; the undated are counted apart.
    assert kept_articles(documents, Filters(date_from="2024-05-14")) == {"a", "c"}
    assert kept_articles(documents, Filters(date_to="2024-05")) == {"a", "c", "d"}
    assert undated_left_out(documents, Filters(date_to="2024-05")) == 2


def test_in_articles_is_is_in_by_each_rows_article_code(two_frames):
    from analysis.explore.filters import in_articles, is_in

    mentions = two_frames.mentions
    assert in_articles(mentions, {"b"}).tolist() == (mentions["doc_id"] == "b").tolist()
    # Asked again of the same frame, the codes are reused; other ids give another mask.
    assert in_articles(mentions, {"a", "x"}).tolist() == is_in(mentions["doc_id"], {"a", "x"}).tolist()
    assert not in_articles(mentions, set()).any()
    # A row without an article is in none.
    unknown = pd.DataFrame({"doc_id": pd.array(["a", None, "b"], dtype="string")})
    assert in_articles(unknown, {"a", "b"}).tolist() == [True, False, True]


def test_one_frame_filtered_alone_is_that_frame_of_every_frame_filtered(frames, two_frames):
    from analysis.explore.filters import filter_frame, stands_alone

    for corpus in (frames, two_frames):
        for settings in (Filters(), Filters(date_from="2024"), Filters(date_from="2024-03-02"), Filters(outlets=("العربي الجديد",)),
                         Filters(doc_ids=("b",)), Filters(search="لافروف"), Filters(actor_ids=("putin",)),
                         Filters(date_from="2024", topics=("arms",)), Filters(polarities=("negative",))):
            every = filter_frames(corpus, settings)
            for name, frame in every.items():
                alone = filter_frame(corpus, settings, name)
                pd.testing.assert_frame_equal(alone, frame, obj=f"{settings} {name}")
    # A setting of findings ties each frame to the sentences holding one; with none, only the sentences are tied.
    assert stands_alone(Filters(date_from="2024", search="لافروف"), "mentions")
    assert not stands_alone(Filters(date_from="2024"), "sentences")
    assert not stands_alone(Filters(actor_ids=("putin",)), "mentions") and not stands_alone(Filters(speakers=("Putin",)), "documents")


@pytest.mark.parametrize("search", ["\u202e", "\u200f", "َ", " ّ "])
def test_a_search_with_nothing_to_look_for_is_no_search(frames, search):
    # A bidi mark from a pasted link, or a lone diacritic: normalised, nothing is left to match, so
    # every row matched while the pages said "filtered by Search".
    filters = Filters.from_query({"q": search})
    assert filters.search == "" and not filters.active and filters.to_query() == {}
    assert Filters(search=search) == Filters()


def test_a_search_with_a_letter_beside_a_mark_is_kept():
    assert Filters.from_query({"q": "\u200fلافروف"}).to_query() == {"q": "\u200fلافروف"}
