"""Tests for analysis.explore.near_misses on Arabic sentences written for them, with the shipped lexicon."""

from __future__ import annotations

from rapidfuzz import fuzz

from analysis.arabic.text import prepare
from analysis.corpus.documents import Document
from analysis.explore.near_misses import COLUMNS, MIN_SCORE, near_misses, occurrences
from analysis.extract.actors import actor_matcher, find_mentions

from conftest import snippet

YEVKUROV_VISIT = "وزار يوفكوروف بنغازي أمس."


def candidates(*texts: str, lexicon) -> list[tuple[str, str, int]]:
    docs = [snippet(text, doc_id=f"doc{i}") for i, text in enumerate(texts, 1)]
    table = near_misses(docs, lexicon)
    return list(zip(table["candidate"], table["actor_id"], table["count"]))


def test_a_spelling_no_rule_generates_is_suggested_as_possibly_yevkurov(lexicon) -> None:
    # The lexicon writes him يونس بك يفكوروف and يفكوروف; يوفكوروف adds a و after the initial ي.
    assert lexicon.actors["yevkurov"].name_ar == "يونس بك يفكوروف"
    table = near_misses([snippet(YEVKUROV_VISIT, doc_id="visit")], lexicon)
    assert list(table.columns) == COLUMNS
    assert len(table) == 1
    row = table.iloc[0]
    assert (row.candidate, row.actor_id, row.actor_name, row.actor_name_ar) == (
        "يوفكوروف", "yevkurov", "Yunus-Bek Yevkurov", "يونس بك يفكوروف"
    )
    assert (row.near, row.score, row["count"], row.doc_ids, row.first_doc_id) == ("يفكوروف", 93.3, 1, ["visit"], "visit")
    assert (row.start, row.end) == (5, 13)
    assert YEVKUROV_VISIT[row.start:row.end] == "يوفكوروف"
    assert (row.sentence, row.sentence_start) == (YEVKUROV_VISIT, 0)


def test_listed_and_generated_spellings_are_found_not_suggested(lexicon) -> None:
    matcher = actor_matcher(lexicon)
    # يفكوروف is listed (name), إيفكوروف too (variant); يفكيروف is generated (و → ي).
    for spelling, kind in (("يفكوروف", "name"), ("إيفكوروف", "variant"), ("يفكيروف", "variant")):
        text = f"وزار {spelling} بنغازي أمس."
        mentions = find_mentions(prepare(text), matcher)
        assert [(m.actor_id, m.match_kind) for m in mentions][0] == ("yevkurov", kind)
        assert candidates(text, lexicon=lexicon) == []


def test_a_proclitic_is_left_out_of_the_candidate_with_its_vowel(lexicon) -> None:
    text = "وقال وَيوفكوروف إن موسكو تدعم الحوار."
    row = near_misses([snippet(text)], lexicon).iloc[0]
    assert (row.candidate, row.start, row.end) == ("يوفكوروف", 7, 15)
    assert text[row.start:row.end] == "يوفكوروف"


def test_a_common_word_close_to_a_name_is_never_suggested(lexicon) -> None:
    # الدبابة (the tank) is one letter from الدبيبة and scores above the cutoff, but it is a
    # common word; السراح (إطلاق السراح) is سراح with the article, one letter from السراج.
    assert fuzz.ratio("الدبابه", "الدبيبه") > MIN_SCORE
    assert fuzz.ratio("السراح", "السراج") > MIN_SCORE
    assert "الدبابه" in lexicon.language.common_words
    assert candidates(
        "وقصفت الدبابة مواقع قرب طرابلس.", "وطالب المجلس بإطلاق السراح الفوري للمحتجزين.", lexicon=lexicon
    ) == []


def test_a_candidate_is_listed_once_with_its_count_most_frequent_first(lexicon) -> None:
    first = "والتقى المشير خليفة حفتار وفدا روسيا. وزار يوفكوروف بنغازي."
    second = "وأكد يوفكوروف أن موسكو تدعم الاستقرار، وقال إن يوفكوروف سيعود."
    table = near_misses([snippet(first, doc_id="a"), snippet(second, doc_id="b")], lexicon)
    assert list(zip(table["candidate"], table["actor_id"], table["near"], table["count"])) == [
        ("يوفكوروف", "yevkurov", "يفكوروف", 3),
        ("خليفة حفتار", "haftar_khalifa", "خليفه حفتر", 1),
    ]
    assert table.iloc[0].doc_ids == ["a", "b"]
    assert (table.iloc[0].first_doc_id, table.iloc[0].start, table.iloc[0].sentence_start) == ("a", 43, 38)
    assert table.iloc[0].sentence == "وزار يوفكوروف بنغازي."


def test_two_words_close_to_a_two_word_name_are_one_candidate(lexicon) -> None:
    # حفتار alone is compared with no name (حفتر has four letters), but خليفة حفتار as a pair is
    # one letter from خليفة حفتر, the last two words of المشير خليفة حفتر.
    text = "والتقى المشير خليفة حفتار وفدا روسيا."
    row = near_misses([snippet(text)], lexicon).iloc[0]
    assert (row.candidate, row.actor_name, row.score) == ("خليفة حفتار", "Khalifa Haftar", 95.2)
    assert text[row.start:row.end] == "خليفة حفتار"
    assert (row.start, row.end) == (14, 25)


def test_a_family_name_two_persons_share_is_nobodys_near_miss(lexicon) -> None:
    # القذافي names Muammar and Saif al-Islam: القذاقي, one letter off, cannot say which.
    assert fuzz.ratio("القذاقي", "القذافي") > MIN_SCORE
    assert candidates("وقال القذاقي إن الانتخابات ستجري في موعدها.", lexicon=lexicon) == []


def test_the_seeds_have_no_near_misses(seeds, lexicon) -> None:
    # في مستهل لقائه ("at the start of"): one letter from مساهل (Messahel), a five-letter name, which
    # admits a letter added or dropped but not changed.
    assert near_misses(seeds.values(), lexicon).empty


def test_a_family_name_after_another_given_name_is_not_the_known_person(lexicon) -> None:
    # سالم الورفلي (an invented expert) shares his family name with Mahmoud al-Werfalli: not a
    # spelling of him. A misspelled name after its own given name is still offered, as a pair.
    assert candidates("وقال الخبير العسكري سالم الورفلي إن المرتزقة يجب أن يغادروا.", lexicon=lexicon) == []
    assert candidates("وقال سيرغي لافرووف إن الحل سياسي.", lexicon=lexicon) == [("سيرغي لافرووف", "lavrov", 1)]


def test_a_word_a_mention_or_a_suggested_name_accounts_for_is_no_spelling_to_suggest(lexicon):
    from analysis.explore import suggestions
    from analysis.explore.near_misses import not_named_otherwise
    from analysis.extract.pipeline import analyze

    # حيدر أغانينو (a given name, then Aganin's name a letter off) is a near miss, but the analysis counts it as him already;
    # إيفانوف is Timur Ivanov's family name, but here it is سيرغي إيفانوف's, a name to suggest.
    docs = [Document("a", "وقال السفير الروسي حيدر أغانينو إن موسكو تدعم الحوار.", date="2024"),
            Document("b", "وقال سيرغي إيفانوف إن الوضع مستقر. وأضاف إيفانوف أن الأمن تحسن.", date="2024")]
    frames = analyze(docs, lexicon)
    found = occurrences(docs, lexicon)
    assert found[["doc_id", "written", "actor_id", "start", "end"]].values.tolist() == [
        ["a", "حيدر أغانينو", "aganin", 19, 31], ["b", "إيفانوف", "ivanov_timur", 41, 48]]  # حيدر is a given name
    assert frames.mentions[["doc_id", "actor_id", "start", "end"]].values.tolist()[0] == ["a", "aganin", 19, 31]
    names = suggestions.suggested_places(suggestions.merged(
        suggestions.occurrences(docs, lexicon), suggestions.analysed_places(frames, lexicon), doc_ids=["a", "b"]))
    assert names[["key", "doc_id", "start", "end"]].values.tolist() == [["سيرغي ايفانوف", "b", 5, 18], ["ايفانوف", "b", 41, 48]]
    assert not_named_otherwise(found, frames.mentions, names).empty
    # With neither the mention nor the name, both stay.
    assert len(not_named_otherwise(found, frames.mentions.iloc[:0], names.iloc[:0])) == 2
