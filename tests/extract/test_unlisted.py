from analysis.extract.pipeline import analyze

from conftest import snippet


def mentions(text, lexicon, date="2024"):
    frame = analyze([snippet(text, date=date)], lexicon).mentions
    return [(row.actor_id, row.actor_name, row.match_kind, row.start, row.end) for row in frame.itertuples()]


def test_a_person_after_a_title_is_a_mention_named_as_written(lexicon):
    text = "وقال الخبير العسكري عادل عبد الكافي إن القوات تقدمت."
    # وقال(0-4) الخبير(5-11) العسكري(12-19) عادل(20-24) عبد(25-28) الكافي(29-35)
    assert mentions(text, lexicon) == [("unlisted:عادل عبد الكافي", "عادل عبد الكافي", "unlisted", 20, 35)]


def test_the_same_person_has_one_id_across_spellings_of_alef(lexicon):
    first = mentions("وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده لن تنسحب.", lexicon)
    second = mentions("وصرح وزير الخارجية التركي مولود جاويش اوغلو بأن الحوار ممكن.", lexicon)
    assert [m[0] for m in first] == [m[0] for m in second] == ["unlisted:مولود جاويش اوغلو"]


def test_a_known_holder_after_a_title_is_not_unlisted(lexicon):
    found = mentions("وقال نائب وزير الخارجية الروسي ميخائيل بوغدانوف إن موسكو تدعم الحوار.", lexicon, date="2020")
    assert [m[0] for m in found] == ["bogdanov", "moscow"]


def test_a_common_word_after_a_title_is_not_a_name(lexicon):
    # مندوب مصر مطالبة بلاده: the envoy conveys his country's demand
    found = mentions("ونقل مندوب مصر مطالبة بلاده بخروج المرتزقة.", lexicon)
    assert [m[0] for m in found] == ["egypt"]
