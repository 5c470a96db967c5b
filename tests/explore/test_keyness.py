"""Keyness between two sets of articles: the Fightin' Words score, worked out by hand, on a small
corpus of two outlets written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.explore.filters import Filters
from analysis.explore.keyness import COLUMNS, GroupError, group_articles, keyness, log_odds, strongest, term_evidence
from analysis.explore.words import word_counts
from analysis.extract import schema
from analysis.extract.pipeline import analyze
from analysis.lexicon.language import load_language

from conftest import ARABY, RT, TWO_OUTLETS



@pytest.fixture(scope="module")
def outlets(lexicon):
    return analyze(TWO_OUTLETS, lexicon)


def row(result, kind: str, term: str) -> dict:
    rows = result.table[(result.table["kind"] == kind) & (result.table["term"] == term)]
    assert len(rows) == 1, (kind, term)
    return rows.iloc[0].to_dict()


def test_the_score_of_two_words_worked_out_by_hand():
    # Two words, 10 tokens in each set, alpha_0 = 10. Word 1: 8 in A, 2 in B; pooled share
    # 10/20, so a_w = 10 * 0.5 = 5.
    #   delta = log((8+5)/(10+10-8-5)) - log((2+5)/(10+10-2-5)) = log(13/7) - log(7/13) = 2 log(13/7) = 1.238
    #   var = 1/(8+5) + 1/(2+5) = 1/13 + 1/7 = 0.21978;  z = 1.238078 / 0.468807 = 2.641
    # Word 2 is its mirror image: the same numbers, negative.
    delta, z = log_odds([8, 2], [2, 8], alpha_0=10)
    assert [round(v, 3) for v in delta] == [1.238, -1.238]
    assert [round(v, 3) for v in z] == [2.641, -2.641]


def test_actors_of_one_outlet_against_the_other(outlets):
    result = keyness(outlets, Filters(outlets=(RT,)), Filters(outlets=(ARABY,)), alpha_0=10)
    assert (result.articles_a, result.articles_b) == (("rt1", "rt2"), ("aj1",))
    assert list(result.table.columns) == COLUMNS
    # Actor mentions: A has Lavrov 3, Moscow 1, Kremlin 1, Libya 1 (n_a = 6); B has Haftar 1,
    # Moscow 1, Presidential Council 1 (n_b = 3); 9 in all.
    # Lavrov: a_w = 10 * 3/9 = 10/3. delta = log((3 + 10/3)/(6 + 10 - 3 - 10/3)) - log((10/3)/(3 + 10 - 10/3))
    #   = log((19/3)/(29/3)) - log((10/3)/(29/3)) = log(19/10) = 0.642;
    #   var = 3/19 + 3/10 = 0.457895, z = 0.641854 / 0.676679 = 0.949.
    lavrov = row(result, "actor", "lavrov")
    assert (lavrov["label"], lavrov["count_a"], lavrov["count_b"]) == ("Sergey Lavrov", 3, 0)
    assert (round(lavrov["log_odds"], 3), round(lavrov["z"], 3)) == (0.642, 0.949)
    # Moscow, once in each: a_w = 20/9; delta = log((29/9)/(115/9)) - log((29/9)/(88/9)) = log(88/115) = -0.268;
    #   var = 9/29 + 9/29 = 18/29, z = -0.267595 / 0.787839 = -0.340: named as often, but B is smaller.
    moscow = row(result, "actor", "moscow")
    assert (moscow["count_a"], moscow["count_b"], round(moscow["log_odds"], 3), round(moscow["z"], 3)) == (1, 1, -0.268, -0.340)


def test_the_strongest_terms_are_those_a_sort_of_the_whole_table_gives(outlets):
    # The Groups page charts the terms furthest from zero; strongest() finds them without sorting the
    # whole table. Many terms share a z (every word seen once in one set alone), so ties decide which
    # of them make the cut: the table's order, as a stable sort keeps it.
    table = keyness(outlets, Filters(outlets=(RT,)), Filters(outlets=(ARABY,))).table
    by_sort = table.assign(strength=table["z"].abs()).sort_values("strength", ascending=False, kind="stable")
    assert len(table) == 30 and table["z"].round(9).duplicated().sum() >= 10
    for n in (1, 5, 17, len(table) - 1, len(table), len(table) + 3):
        assert strongest(table, n).index.tolist() == by_sort.head(n).index.tolist()
    # The cut falls inside a run of ties: two terms at |z| = 3, then three at |z| = 2 for the last two
    # places; the first two of the three, in the table's order, are kept.
    ties = pd.DataFrame({"term": list("abcdefg"), "z": [1.0, -2.0, 3.0, 2.0, -3.0, 2.0, 0.5]})
    assert strongest(ties, 4)["term"].tolist() == ["c", "e", "b", "d"]


def test_the_table_is_ordered_by_z_then_kind_then_term_with_b_the_rest_counted_from_the_totals(outlets):
    # Highest z first; ties (many: a word seen once in A alone) by kind, then by the term as Arrow
    # orders strings. The kinds are laid in that order and each table in its terms' order, then
    # sorted by z alone (stable): the same order a sort on all three keys gives.
    from analysis.explore.keyness import coded_words

    words = word_counts(schema.with_text(outlets.sentences, outlets.texts), function_words=load_language().function_words)
    for given in (words, coded_words(words)):
        table = keyness(outlets, Filters(outlets=(RT,)), words=given, alpha_0=10).table
        resorted = table.sort_values(["z", "kind", "term"], ascending=[False, True, True], kind="stable")
        assert table["z"].round(9).duplicated().sum() >= 10
        assert table.index.tolist() == resorted.index.tolist() == list(range(len(table)))
        assert table["kind"].iloc[:3].tolist() == ["actor", "word", "word"]  # Lavrov, then RT's words
        # B as "the rest" of the whole corpus is counted as the totals less A's: with two outlets,
        # the same counts and scores as naming Al-Araby, or as the rest within both outlets
        # (where B is counted row by row).
        for other in (keyness(outlets, Filters(outlets=(RT,)), Filters(outlets=(ARABY,)), words=given, alpha_0=10),
                      keyness(outlets, Filters(outlets=(RT,)), within=Filters(outlets=(RT, ARABY)), words=given, alpha_0=10)):
            pd.testing.assert_frame_equal(other.table, table)
        assert row(keyness(outlets, Filters(outlets=(RT,)), words=given, alpha_0=10), "actor", "moscow")["count_b"] == 1
    # Codes made ready work out their totals and terms' order once, and count the same.
    coded = coded_words(words)
    assert coded.ready() is coded
    pd.testing.assert_frame_equal(keyness(outlets, Filters(outlets=(RT,)), words=coded, alpha_0=10).table,
                                  keyness(outlets, Filters(outlets=(RT,)), words=words, alpha_0=10).table)


def test_ties_follow_the_written_form_not_the_normalised_word(lexicon):
    # Four words once each in A alone share one z. A word's key is its normalised form (اكد), its
    # term the form written (أكد): ordered by the term, أكد (U+0623) comes before ابتعاد (U+0627),
    # though اكد comes after ابتعاد.
    from analysis.corpus.documents import Document
    from analysis.explore.keyness import coded_words

    frames = analyze([Document("x1", "أكد الوفد ابتعاد الخطر.", outlet="X", date="2024-01-01", source="x1.txt"),
                      Document("y1", "رفض الوزير العرض.", outlet="Y", date="2024-01-02", source="y1.txt")], lexicon)
    words = word_counts(schema.with_text(frames.sentences, frames.texts), function_words=load_language().function_words)
    # The word table as counted (categories), as codes, and as plain columns (counted row by row).
    plain = words.astype({"doc_id": str, "word": str, "shown": str})
    for given in (words, coded_words(words), plain):
        table = keyness(frames, Filters(outlets=("X",)), words=given, alpha_0=10).table
        assert table["term"].head(4).tolist() == ["أكد", "ابتعاد", "الخطر", "الوفد"]
        assert table["z"].head(4).round(9).nunique() == 1


def test_words_are_counted_normalised_without_function_words_and_shown_as_written(outlets):
    result = keyness(outlets, Filters(outlets=(RT,)), None)
    words = result.table[result.table["kind"] == "word"]
    # إن, أنّ (أن), هو and في are function words; punctuation is not a word.
    assert not {"إن", "أنّ", "أن", "هو", "في", "."} & set(words["term"])
    assert (row(result, "word", "لافروف")["count_a"], row(result, "word", "لافروف")["count_b"]) == (3, 0)
    # الحوار twice in rt1 and once in aj1; بالحوار is a word of its own.
    assert (row(result, "word", "الحوار")["count_a"], row(result, "word", "الحوار")["count_b"]) == (2, 1)
    assert row(result, "word", "بالحوار")["count_a"] == 1
    # الحلّ (rt1) and الحل (rt2) are one word, written each way once: the tie goes to الحل.
    assert row(result, "word", "الحل")["count_a"] == 2 and "الحلّ" not in set(words["term"])
    # رحّب is written with its shadda, never as the matching form رحب.
    assert row(result, "word", "رحّب")["label"] == "رحّب" and "رحب" not in set(words["term"])
    # Cues by their lexicon entry: قال twice in A (قال, وقال), once in B.
    said = row(result, "cue", "قال")
    assert (said["count_a"], said["count_b"]) == (2, 1)
    # Highest z first: Lavrov's name, 3 times in A and never in B.
    assert (result.table.iloc[0]["kind"], result.table.iloc[0]["term"]) == ("word", "لافروف")


def test_swapping_the_sets_turns_the_score_around(outlets):
    forward = keyness(outlets, Filters(outlets=(RT,)), Filters(outlets=(ARABY,))).table.set_index(["kind", "term"])
    backward = keyness(outlets, Filters(outlets=(ARABY,)), Filters(outlets=(RT,))).table.set_index(["kind", "term"])
    backward = backward.loc[forward.index]
    assert (forward["count_a"] == backward["count_b"]).all()
    assert ((forward["z"] + backward["z"]).abs() < 1e-9).all()


def test_the_sets_periods_actors_and_the_rest(outlets):
    # Period vs period: 2023 against 2024 (an article is in a period when its whole date is).
    assert keyness(outlets, Filters(date_to="2023"), Filters(date_from="2024")).articles_a == ("aj1",)
    # The articles naming Haftar, all their sentences, against the rest.
    assert group_articles(outlets, Filters(actor_ids=("haftar_khalifa",))) == {"aj1"}
    result = keyness(outlets, Filters(actor_ids=("haftar_khalifa",)))
    assert (result.articles_a, result.articles_b) == (("aj1",), ("rt1", "rt2"))
    assert row(result, "word", "متعثر")["count_a"] == 1  # a sentence without Haftar still counts
    # Each content setting asks the article, not one sentence: Lavrov and the Kremlin are named in
    # different sentences of rt2.
    assert group_articles(outlets, Filters(actor_ids=("lavrov",), search="الكرملين")) == {"rt2"}
    assert group_articles(outlets, Filters(polarities=("negative",), outlets=(ARABY,))) == {"aj1"}
    # The sidebar's settings choose the articles both sets come from: the rest within Lavrov's articles.
    within = keyness(outlets, Filters(doc_ids=("rt1",)), within=Filters(actor_ids=("lavrov",)))
    assert (within.articles_a, within.articles_b, within.overlap) == (("rt1",), ("rt2",), 0)
    assert keyness(outlets, Filters(outlets=(RT,)), Filters(date_from="2024-04")).overlap == 1


def test_an_empty_set_is_refused_with_its_name(outlets):
    with pytest.raises(GroupError, match="set A holds no article"):
        keyness(outlets, Filters(outlets=("BBC",)))
    with pytest.raises(GroupError, match="set B holds no article"):
        keyness(outlets, Filters())  # everything in A leaves no rest


def test_the_sentences_behind_a_word_hold_the_whole_word(outlets):
    words = word_counts(schema.with_text(outlets.sentences, outlets.texts), function_words=load_language().function_words)
    # The search finds الحوار inside بالحوار (rt2) too; only the sentences with the word itself stay.
    items = term_evidence(outlets, "word", "الحوار", ("rt1", "rt2"), words=words)
    assert [(i.doc_id, i.sentence_id) for i in items] == [("rt1", 1), ("rt1", 2)]
    assert [item.text[s.start - item.start:s.end - item.start] for item in items for s in item.spans] == ["الحوار", "الحوار"]
    # قال: rt1's first sentence; وقال (rt2) is another word, and the search's mark inside it is dropped.
    items = term_evidence(outlets, "word", "قال", ("rt1", "rt2"))
    assert [(i.doc_id, i.sentence_id, len(i.spans)) for i in items] == [("rt1", 1, 1)]


def test_the_sentences_behind_an_actor_and_a_cue(outlets):
    items = term_evidence(outlets, "actor", "lavrov", ("rt1", "rt2"))
    assert [(i.doc_id, i.sentence_id) for i in items] == [("rt1", 1), ("rt1", 2), ("rt2", 2)]
    items = term_evidence(outlets, "cue", "قال", ("aj1",))
    assert [(i.doc_id, i.sentence_id) for i in items] == [("aj1", 2)]
    # Only the cue asked for is marked (انتقد in the first sentence is another cue).
    assert [items[0].text[s.start - items[0].start:s.end - items[0].start] for s in items[0].spans] == ["وقال"]
    assert term_evidence(outlets, "actor", "lavrov", ("rt1", "rt2"), limit=1)[-1].doc_id == "rt1"


def test_the_codes_of_a_frame_are_worked_out_once_and_count_any_two_sets(outlets):
    from analysis.explore.keyness import _coded_frame, _coded_words

    # Held by the frame object itself: a second comparison on the same frames factorises nothing.
    coded = _coded_frame(outlets.mentions, "actor_id", "actor_name")
    assert _coded_frame(outlets.mentions, "actor_id", "actor_name") is coded
    assert _coded_frame(outlets.mentions.copy(), "actor_id", "actor_name") is not coded
    # The same counts as the worked-out score above: Lavrov 3 in RT's two articles, none in aj1.
    sides = coded.sides({"rt1", "rt2"}, {"aj1"}).set_index("term")
    assert sides.loc["lavrov", ["label", "count_a", "count_b"]].tolist() == ["Sergey Lavrov", 3, 0]
    assert sides.loc["moscow", ["count_a", "count_b"]].tolist() == [1, 1]
    # Swapped sets, swapped counts; an article in neither set counts in neither.
    swapped = coded.sides({"aj1"}, {"rt1", "rt2"}).set_index("term")
    assert swapped.loc["lavrov", ["count_a", "count_b"]].tolist() == [0, 3]
    assert "lavrov" not in set(coded.sides({"aj1"}, set())["term"])
    # Word counts: the words of every article once, whichever sets are asked.
    words = word_counts(schema.with_text(outlets.sentences, outlets.texts), function_words=load_language().function_words)
    coded_words = _coded_words(words)
    everything = coded_words.sides({"rt1", "rt2", "aj1"}, set())
    assert everything["count_a"].sum() == words["count"].sum() and everything["count_b"].sum() == 0
    assert _coded_words(words) is coded_words
    again = keyness(outlets, Filters(outlets=(RT,)), Filters(outlets=(ARABY,)), words=words, alpha_0=10)
    pd.testing.assert_frame_equal(again.table, keyness(outlets, Filters(outlets=(RT,)), Filters(outlets=(ARABY,)), words=words, alpha_0=10).table)


def test_coded_word_counts_score_and_find_as_the_table_does(outlets):
    from analysis.explore.keyness import Coded, coded_words

    words = word_counts(schema.with_text(outlets.sentences, outlets.texts), function_words=load_language().function_words)
    coded = coded_words(words)
    assert isinstance(coded, Coded) and coded.codes.dtype.name == "int32" and coded.weights.dtype.name == "uint16"
    # Sorted by article: where each of the three articles starts, not an article per row.
    assert len(coded.doc_codes) == 4 and coded.doc_codes[0] == 0 and coded.doc_codes[-1] == len(words)
    by_table = keyness(outlets, Filters(outlets=(RT,)), Filters(outlets=(ARABY,)), words=words, alpha_0=10)
    by_codes = keyness(outlets, Filters(outlets=(RT,)), Filters(outlets=(ARABY,)), words=coded, alpha_0=10)
    pd.testing.assert_frame_equal(by_codes.table, by_table.table)
    # The articles that write a word, by its normalised form: لافروف in both RT articles, not in aj1.
    assert coded.articles_with("لافروف") == sorted(set(words.loc[words["word"] == "لافروف", "doc_id"].astype(str)))
    assert set(coded.articles_with("لافروف")) == {"rt1", "rt2"}
    assert coded.articles_with("كلمةليستهنا") == []
    # Rows in any order (a table not sorted by article) count the same.
    shuffled = coded_words(words.sample(frac=1, random_state=0))
    assert not shuffled.runs and coded.runs
    pd.testing.assert_frame_equal(shuffled.sides({"rt1"}, {"aj1", "rt2"}).sort_values("term", ignore_index=True),
                                  coded.sides({"rt1"}, {"aj1", "rt2"}).sort_values("term", ignore_index=True))
    assert shuffled.articles_with("لافروف") == ["rt1", "rt2"]
    # Kept as arrays and read back (memory-mapped in the dashboard): the same codes and counts;
    # aj1 writes 8 words besides function words (انتقد حفتر موسكو وقال المجلس الرئاسي الحوار متعثر),
    # rt1 7 forms and rt2 8.
    back = Coded.from_arrays(coded.arrays())
    assert back.runs and back.doc_codes.tolist() == coded.doc_codes.tolist() == [0, 8, 15, 23]
    assert back.docs.tolist() == ["aj1", "rt1", "rt2"] and back.terms.to_pylist() == coded.terms.to_pylist()
    pd.testing.assert_frame_equal(back.sides({"rt1"}, {"aj1", "rt2"}), coded.sides({"rt1"}, {"aj1", "rt2"}))
    found = term_evidence(outlets, "word", "لافروف", ["rt2", "rt1", "aj1"], words=coded)
    assert [item.doc_id for item in found] == [item.doc_id for item in term_evidence(outlets, "word", "لافروف", ["rt2", "rt1", "aj1"], words=words)]
    assert {item.doc_id for item in found} == {"rt1", "rt2"}


def test_word_rows_kept_per_article_are_coded_as_the_joined_table_is(tmp_path, lexicon):
    from analysis.corpus.seeds import load_seeds
    from analysis.corpus.store import CorpusStore
    from analysis.explore import keyness, words
    from analysis.extract.results import load

    from conftest import SEED_2017, SEED_2024, snippet

    store = CorpusStore(tmp_path / "corpus.sqlite3")
    store.add(load_seeds())
    frames, _ = load(store, lexicon)
    words.kept_word_counts(store, lexicon, frames.sentences, read=False)
    # Added later, in a batch of its own, with an id that sorts before the seeds': rows no longer in id order.
    store.add([snippet("وقال لافروف إن موسكو تدعم الحوار في ليبيا.", date="2024-05-01", doc_id="0000_first")])
    frames, _ = load(store, lexicon)
    coded = keyness.kept_coded_word_counts(store, lexicon, frames.sentences)
    joined = keyness.coded_words(words.kept_word_counts(store, lexicon, frames.sentences))
    assert coded.keys.equals(joined.keys) and coded.terms.equals(joined.terms)
    every = set(frames.documents["doc_id"])
    for set_a, set_b in (({"0000_first"}, every), ({SEED_2017}, {SEED_2024})):
        pd.testing.assert_frame_equal(coded.sides(set_a, set_b), joined.sides(set_a, set_b))
    assert coded.articles_with("لافروف") == ["0000_first", SEED_2017, SEED_2024]
    # Room for the codes is made once, from the kept files' footers: as many rows as the tables give.
    tables = list(words.kept_word_tables(store, lexicon, frames.sentences))
    assert words.kept_word_rows(store, lexicon) == sum(table.num_rows for table in tables) == len(coded.codes)
    sides = coded.sides({"0000_first"}, {SEED_2024}).set_index("term")
    assert sides.loc["لافروف", ["count_a", "count_b"]].tolist() == [1, 6]  # Lavrov: once in the new article, six times in 2024's


def test_word_rows_are_written_and_coded_a_row_group_at_a_time(tmp_path, lexicon, monkeypatch):
    import pyarrow.parquet as pq

    from analysis.corpus.seeds import load_seeds
    from analysis.corpus.store import CorpusStore
    from analysis.explore import keyness, words
    from analysis.extract import results

    from conftest import SEED_2017, SEED_2024, snippet

    # One article a row group (5,000 in use), each with a dictionary of its own words.
    monkeypatch.setattr(results, "ARTICLES_PER_ROW_GROUP", 1)
    store = CorpusStore(tmp_path / "corpus.sqlite3")
    store.add(load_seeds())
    store.add([snippet("وقال لافروف إن موسكو تدعم الحوار في ليبيا.", date="2024-05-01", doc_id="0000_first")])
    frames, _ = results.load(store, lexicon)
    words.kept_word_counts(store, lexicon, frames.sentences, read=False)
    folder = next(results.results_dir(store).rglob("words-*"))
    [rows] = folder.glob("*.rows.parquet")
    assert pq.ParquetFile(rows).num_row_groups == 3

    def same_as_counted(coded: keyness.Coded) -> None:
        counted = keyness.coded_words(words.corpus_word_counts(
            frames.sentences, frames.texts, function_words=lexicon.language.function_words))
        assert coded.keys.equals(counted.keys) and coded.terms.equals(counted.terms)
        every = set(frames.documents["doc_id"])
        for set_a, set_b in (({"0000_first"}, every), ({SEED_2017}, {SEED_2024})):
            pd.testing.assert_frame_equal(coded.sides(set_a, set_b), counted.sides(set_a, set_b))

    coded = keyness.kept_coded_word_counts(store, lexicon, frames.sentences)
    same_as_counted(coded)
    sides = coded.sides({"0000_first"}, {SEED_2024}).set_index("term")
    assert sides.loc["لافروف", ["count_a", "count_b"]].tolist() == [1, 6]

    # A second batch merges the first (one batch allowed): the three small groups and the new
    # one are joined into one row group, the removed article's rows left out.
    monkeypatch.setattr(results, "MAX_BATCHES", 1)
    store.remove("0000_first")
    store.add([snippet("وأكدت زاخاروفا أن روسيا تدعم وحدة ليبيا.", date="2024-05-02", doc_id="zzz_last")])
    frames, _ = results.load(store, lexicon)
    words.kept_word_counts(store, lexicon, frames.sentences, read=False)
    [rows] = folder.glob("*.rows.parquet")
    assert pq.ParquetFile(rows).num_row_groups == 1
    coded = keyness.kept_coded_word_counts(store, lexicon, frames.sentences)
    assert coded.articles_with("لافروف") == [SEED_2017, SEED_2024]
    assert coded.articles_with("زاخاروفا") == ["zzz_last"]
    counted = keyness.coded_words(words.corpus_word_counts(
        frames.sentences, frames.texts, function_words=lexicon.language.function_words))
    assert coded.keys.equals(counted.keys) and coded.terms.equals(counted.terms)
    pd.testing.assert_frame_equal(coded.sides({"zzz_last"}, {SEED_2017, SEED_2024}),
                                  counted.sides({"zzz_last"}, {SEED_2017, SEED_2024}))


def test_a_form_read_as_two_words_is_coded_by_its_pairs():
    import pyarrow as pa

    from analysis.explore import keyness

    def group(doc_ids, words, forms, counts):
        return pa.table({"doc_id": pa.array(doc_ids).dictionary_encode(), "word": pa.array(words).dictionary_encode(),
                         "form": pa.array(forms).dictionary_encode(), "count": pa.array(counts, pa.int64())})

    # الأمم is three times a writing of الامم and, in another group, four times a word of its own:
    # the (word, form) pairs are totalled, not the forms (by forms, الامم would be named الامم).
    groups = [group(["b", "b"], ["الامم", "الامم"], ["الأمم", "الامم"], [3, 2]),
              group(["a"], ["الأمم"], ["الأمم"], [4])]
    coded = keyness.kept_coded_words(iter(groups))
    assert coded.keys.to_pylist() == ["الأمم", "الامم"]
    assert coded.terms.to_pylist() == ["الأمم", "الأمم"]  # الامم is written الأمم 3 times, الامم twice
    assert coded.docs.tolist() == ["a", "b"]
    sides = coded.sides({"a"}, {"b"}).set_index("term")
    assert sides["count_a"].tolist() == [4, 0] and sides["count_b"].tolist() == [0, 5]
    # Told of fewer rows than the groups hold, room is made for the rest: the same codes.
    short = keyness.kept_coded_words(iter(groups), rows=1)
    assert short.keys.equals(coded.keys) and short.terms.equals(coded.terms) and short.docs.tolist() == ["a", "b"]
    pd.testing.assert_frame_equal(short.sides({"a"}, {"b"}), coded.sides({"a"}, {"b"}))
