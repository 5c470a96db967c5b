"""Tests for analysis.explore.suggestions on real Arabic sentences, with the shipped lexicon."""

from __future__ import annotations

import hashlib

import pytest

from analysis.corpus.documents import Document
from analysis.lexicon.read import DATA_DIR, LexiconError, build_lexicon, read_tables
from analysis.arabic.romanise import romanise
from analysis.arabic.text import prepare
from analysis.extract.actors import actor_matcher, find_mentions
from analysis.extract.pipeline import analyze
from analysis.explore.suggestions import (
    COLUMNS,
    actor_id_for,
    add_actor_rows,
    likely_type,
    add_alias_row,
    family_name,
    suggest_actors,
    takes_subject_after,
)

from conftest import scored_statements, snippet

SHTAIWI = "عبد الواحد الشتيوي"


def found(*texts: str, lexicon) -> list[tuple[str, str, int]]:
    docs = [snippet(text, doc_id=f"doc{i}") for i, text in enumerate(texts, 1)]
    table = suggest_actors(docs, lexicon)
    return list(zip(table["candidate"], table["cue"], table["count"]))


def test_titles_file_lists_the_ranks_and_offices(lexicon) -> None:
    titles = list(lexicon.titles)
    for title in ("المشير", "الفريق", "اللواء", "العقيد", "الرئيس", "وزير", "السفير", "المبعوث", "الناطق باسم", "المتحدث باسم", "رئيس"):
        assert title in titles


def test_a_known_ambassador_is_not_suggested(lexicon) -> None:
    assert lexicon.actors["aganin"].name_ar == "أيدار أغانين"
    assert found("وقال السفير الروسي أيدار أغانين إن موسكو تدعم الحوار بين الأطراف الليبية.", lexicon=lexicon) == []


def test_peskov_spelled_another_way_is_not_suggested(lexicon) -> None:
    # The lexicon spells him دميتري بيسكوف and lists بيسكوف and المتحدث باسم الكرملين; ديمتري
    # runs into the known surname, so it is a spelling of Peskov, not a new actor.
    assert lexicon.actors["peskov"].name_ar == "دميتري بيسكوف"
    text = "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن روسيا لا تتدخل في الشؤون الداخلية الليبية."
    assert found(text, lexicon=lexicon) == []


def test_a_name_after_a_marshal_is_suggested_with_every_occurrence(lexicon) -> None:
    first = "التقى المشير عبد الواحد الشتيوي وفدا عسكريا روسيا في بنغازي. وأكد المشير عبد الواحد الشتيوي أن الجيش مستعد."
    second = "واستقبل المشير عبد الواحد الشتيوي السفير الروسي في مكتبه."
    docs = [snippet(first, doc_id="a"), snippet(second, doc_id="b")]
    table = suggest_actors(docs, lexicon)
    assert list(table.columns) == COLUMNS
    row = table.iloc[0]
    assert (row.candidate, row.cue, row["count"], row.doc_ids, row.first_doc_id) == (SHTAIWI, "المشير", 3, ["a", "b"], "a")
    assert first[row.start:row.end] == SHTAIWI
    assert row.start == first.index(SHTAIWI)
    assert row.sentence == "التقى المشير عبد الواحد الشتيوي وفدا عسكريا روسيا في بنغازي."
    assert len(table) == 1


def test_the_portfolio_and_nisba_after_a_title_are_skipped(lexicon) -> None:
    text = "وقال وزير الداخلية التركي أرطغرل كاراطاش أوغلو إن أنقرة تدعم حكومة الوفاق."
    assert found(text, lexicon=lexicon) == [("أرطغرل كاراطاش أوغلو", "وزير الداخلية التركي", 1)]


def test_a_qualifier_behind_a_preposition_is_skipped(lexicon) -> None:
    # للاتحاد is ل + الاتحاد: part of the office, not the start of the name.
    text = "ورحب الأمين العام للاتحاد المغاربي أحمد أبو الخيرات بالاتفاق."
    assert found(text, lexicon=lexicon) == [("أحمد أبو الخيرات", "الأمين العام للاتحاد المغاربي", 1)]


def test_a_known_institution_after_a_title_is_skipped(lexicon) -> None:
    text = "وقال المتحدث باسم المجلس الرئاسي خالد القمودي في مؤتمر صحفي إن القوات تقدمت."
    assert found(text, lexicon=lexicon) == [("خالد القمودي", "المتحدث باسم المجلس الرئاسي", 1)]


def test_a_known_holder_after_a_title_ends_the_search(lexicon) -> None:
    text = "وقال الرئيس الروسي فلاديمير بوتين إن بلاده لا تتدخل. وقال الرئيس الموريتاني يوسف كبيرو إن بلاده ستبقى."
    assert found(text, lexicon=lexicon) == [("يوسف كبيرو", "الرئيس الموريتاني", 1)]


def test_a_later_title_wins_over_an_earlier_one(lexicon) -> None:
    # رئيس الأركان … الفريق أول: the rank, not أول, introduces the name.
    text = "وقال رئيس الأركان الفريق أول عبد الواحد الشتيوي إن الجيش جاهز."
    assert found(text, lexicon=lexicon) == [(SHTAIWI, "الفريق أول", 1)]


def test_a_subject_of_reported_speech_must_be_seen_twice(lexicon) -> None:
    once = "وقال عماد الفيتوني إن الوضع الأمني مستقر."
    again = "وأضاف عماد الفيتوني أن الأمن في طرابلس تحسن."
    assert found(once, lexicon=lexicon) == []
    assert found(once, again, lexicon=lexicon) == [("عماد الفيتوني", "قال", 2)]


def test_generic_subjects_participles_and_known_speakers_are_not_names(lexicon) -> None:
    texts = [
        "وقالت مصادر مطلعة إن الاجتماع تأجل.",
        "وقالت مصادر مطلعة إن الاجتماع تأجل مرة أخرى.",
        "وقال في بيان إن الاجتماع تأجل. وأضاف أن الحوار مستمر.",
        "وأكد لافروف أن موسكو تدعم الحل. وأكد لافروف أن موسكو تدعم الحوار.",
        "وجدد دعمه للحل مؤكدا ضرورة الحل في ليبيا. وجدد دعمه مؤكدا ضرورة الحل في ليبيا.",
    ]
    assert found(*texts, lexicon=lexicon) == []


def test_the_seeds_have_no_suggestion_since_the_lexicon_covers_them(seeds, lexicon) -> None:
    table = suggest_actors(seeds.values(), lexicon)
    assert table.empty
    assert list(table.columns) == COLUMNS


@pytest.mark.parametrize(
    ("cue", "expected"),
    [("قال", True), ("أكدت", True), ("يقول", True), ("دعا", True), ("مؤكدا", False), ("قائلة", False),
     ("تأكيد", False), ("نقلا", False)],
)
def test_only_finite_verbs_take_a_subject_after_them(cue: str, expected: bool) -> None:
    assert takes_subject_after(cue) is expected


def test_adding_a_suggestion_makes_it_known(lexicon) -> None:
    text = "التقى المشير عبد الواحد الشتيوي وفدا عسكريا روسيا في بنغازي."
    tables = read_tables(DATA_DIR)
    before = len(tables["actors"])
    new = add_actor_rows(
        tables, actor_id="shtaiwi", name_en="Abdulwahid al-Shtaiwi", name_ar=SHTAIWI, type="person",
        aliases=[SHTAIWI, "الشتيوي"],
    )
    assert len(tables["actors"]) == before  # the input is left alone
    assert new["actors"][-1] == {
        "actor_id": "shtaiwi", "name_en": "Abdulwahid al-Shtaiwi", "name_ar": SHTAIWI, "type": "person",
        "affiliation": "", "_line": str(before + 2),
    }
    # The Arabic name is matched already, so only the surname becomes an alias row.
    assert [row["alias"] for row in new["aliases"] if row["actor_id"] == "shtaiwi"] == ["الشتيوي"]
    assert found(text, lexicon=build_lexicon(new)) == []


def test_adding_an_actor_is_validated(lexicon) -> None:
    tables = read_tables(DATA_DIR)
    with pytest.raises(LexiconError) as raised:
        add_actor_rows(tables, actor_id="lavrov", name_en="Lavrov", name_ar="لافروف الآخر", type="person")
    assert raised.value.problems == [f"actors.csv:{len(tables['actors']) + 2}: duplicate actor_id 'lavrov'"]
    with pytest.raises(LexiconError) as raised:
        add_actor_rows(tables, actor_id="haftar_x", name_en="X", name_ar="س", type="person", aliases=["حفتر"])
    line = len(tables["aliases"]) + 2
    assert raised.value.problems == [f"aliases.csv:{line}: alias 'حفتر' is claimed by both 'haftar_khalifa' and 'haftar_x'"]
    with pytest.raises(LexiconError, match="lowercase ascii"):
        add_actor_rows(tables, actor_id="Shtaiwi!", name_en="X", name_ar="س", type="person")


def test_a_confirmed_spelling_becomes_a_variant_that_is_found(lexicon) -> None:
    text = "وزار يوفكوروف بنغازي أمس."
    assert [m.actor_id for m in find_mentions(prepare(text), actor_matcher(lexicon))] == ["benghazi"]
    tables = read_tables(DATA_DIR)
    before = len(tables["aliases"])
    new = add_alias_row(tables, actor_id="yevkurov", alias=" يوفكوروف ")
    assert len(tables["aliases"]) == before  # the input is left alone
    assert new["aliases"][-1] == {
        "actor_id": "yevkurov", "alias": "يوفكوروف", "kind": "variant", "valid_from": "", "valid_to": "",
        "_line": str(before + 2),
    }
    mentions = find_mentions(prepare(text), actor_matcher(build_lexicon(new)))
    assert [(m.actor_id, m.match_kind, m.start, m.end) for m in mentions] == [("yevkurov", "variant", 5, 13), ("benghazi", "name", 14, 20)]


def test_adding_a_spelling_is_validated() -> None:
    tables = read_tables(DATA_DIR)
    line = len(tables["aliases"]) + 2
    with pytest.raises(LexiconError) as raised:
        add_alias_row(tables, actor_id="yevkurov", alias="حفتر")
    assert raised.value.problems == [f"aliases.csv:{line}: alias 'حفتر' is claimed by both 'haftar_khalifa' and 'yevkurov'"]
    with pytest.raises(LexiconError) as raised:
        add_alias_row(tables, actor_id="nobody", alias="يوفكوروف")
    assert raised.value.problems == [f"aliases.csv:{line}: unknown actor_id 'nobody'"]


def test_actor_ids_come_from_the_english_name() -> None:
    assert actor_id_for("Abdulwahid al-Shtaiwi") == "abdulwahid_al_shtaiwi"
    assert actor_id_for("Abdulwahid al-Shtaiwi", taken={"abdulwahid_al_shtaiwi"}) == "abdulwahid_al_shtaiwi_2"
    assert actor_id_for("5+5 Commission") == "actor_5_5_commission"
    assert actor_id_for("الشتيوي") == "actor"


def test_without_an_english_name_the_id_comes_from_the_arabic() -> None:
    # The same Arabic name gives the same id, hamza and ta marbuta written or not.
    assert actor_id_for("", name_ar=SHTAIWI) == "abd_al_wahid_al_shtywi"
    assert actor_id_for("  ", name_ar="وليام بيرنز") == "wlyam_birnz"
    assert actor_id_for("", name_ar="أسامة حماد") == actor_id_for("", name_ar="اسامه حماد") == "osama_hmad"
    assert actor_id_for("", name_ar="وليام بيرنز", taken={"wlyam_birnz"}) == "wlyam_birnz_2"
    # a typed English name still decides
    assert actor_id_for("William Burns", name_ar="وليام بيرنز") == "william_burns"
    # nothing to spell in latin letters: a hash of the normalised Arabic, still a valid id
    assert actor_id_for("", name_ar="ء") == "ar_" + hashlib.sha1("ء".encode()).hexdigest()[:8]
    assert actor_id_for("", name_ar="") == "actor"


def test_an_arabic_name_in_latin_letters() -> None:
    # Common name parts in their usual English form (data/language/name_spellings.csv), with the
    # article too; any other word by its letters, no vowel added.
    assert romanise(SHTAIWI) == "Abd al-Wahid al-Shtywi"
    assert romanise("وليام بيرنز") == "Wlyam Birnz"
    assert romanise("عبد الله الثني") == "Abd Allah al-Thni"
    assert romanise("خليفة حفتر") == "Khalifa Hftr"
    assert romanise("سالم بن عمران") == "Salem bin Omran"
    assert romanise("محمد بن سلمان") == "Mohammed bin Slman"
    assert romanise("بن عمران") == "Bin Omran"
    assert romanise("نور الدين") == "Nur al-Din"
    assert romanise("سالم بن عمران", spellings={}) == "Salm Bn Amran"
    # عبد and أبو written joined to a listed name read as the two words (letter by letter they were
    # "Abdalwahd", "Abubkr"); a one-word form the list has keeps its own (عبدالرحمن → Abdulrahman),
    # and a word whose rest is no listed name is spelled by its letters.
    assert romanise("عبدالواحد الشتيوي") == romanise(SHTAIWI) == "Abd al-Wahid al-Shtywi"
    assert romanise("أبوبكر") == romanise("أبو بكر") == "Abu Bakr"
    assert romanise("عبدالرحمن") == "Abdulrahman"
    assert romanise("عبدالحي") == "Abdalhi"
    assert romanise("«!»") == ""


@pytest.mark.parametrize("after", ["حين التقى", "عندما التقى", "أثناء لقائه", "بعد لقائه", "خلال لقائه", "عقب لقائه"])
def test_a_clause_after_the_name_is_no_part_of_it(after: str, lexicon) -> None:
    # وقال مدير المخابرات الفرنسية وليام كيرنز حين التقى …: the name ends before the conjunction
    text = f"وقال مدير المخابرات الفرنسية وليام كيرنز {after} وزير الخارجية في موسكو إن الحوار ضروري."
    assert found(text, lexicon=lexicon) == [("وليام كيرنز", "مدير المخابرات الفرنسية", 1)]
    mentions = analyze([snippet(text)], lexicon).mentions
    unlisted = mentions[mentions["match_kind"] == "unlisted"]
    assert list(zip(unlisted["actor_id"], unlisted["surface"], unlisted["start"])) == [
        ("unlisted:وليام كيرنز", "وليام كيرنز", 29)
    ]
    assert text[29:40] == "وليام كيرنز"


def test_a_conjunction_joined_to_a_closed_word_ends_the_name(lexicon) -> None:
    text = "وقال مدير المخابرات الفرنسية وليام كيرنز وعندما سئل عن ليبيا قال إن الحل سياسي."
    assert found(text, lexicon=lexicon) == [("وليام كيرنز", "مدير المخابرات الفرنسية", 1)]
    mentions = analyze([snippet(text)], lexicon).mentions
    assert mentions.loc[mentions["match_kind"] == "unlisted", "surface"].tolist() == ["وليام كيرنز"]


def test_a_person_who_spoke_to_an_outlet_named_right_after_him_is_suggested(lexicon) -> None:
    # the outlet behind ل ends his name; before, the name «ran into» a known actor and was dropped
    text = "وقال الخبير العسكري سالم الورفلي لقناة روسيا اليوم إن المرتزقة يجب أن يغادروا."
    table = suggest_actors([snippet(text)], lexicon)
    assert list(zip(table["candidate"], table["cue"], table["start"], table["end"])) == [("سالم الورفلي", "الخبير العسكري", 20, 32)]


def test_a_body_the_analysis_names_as_speaker_is_suggested_with_its_verb(lexicon) -> None:
    # Seen once, after a verb: the analysis named it as the speaker, so it is no noise.
    text = "وقالت شركة نوردمار للأمن البحري إن السفن الروسية وصلت إلى طبرق."
    table = suggest_actors([snippet(text)], lexicon)
    assert list(zip(table["candidate"], table["cue"], table["start"], table["end"])) == [("شركة نوردمار", "قالت", 6, 18)]
    assert text[6:18] == "شركة نوردمار"


def test_the_whole_title_before_an_unlisted_name_is_shown_as_written(lexicon) -> None:
    # نائب and رئيس are two listed titles side by side: one title, with its qualifiers.
    text = "وقال نائب رئيس الوزراء الروسي سيرغي إيفانوف إن موسكو قلقة."
    table = suggest_actors([snippet(text)], lexicon)
    assert list(zip(table["candidate"], table["cue"], table["start"])) == [("سيرغي إيفانوف", "نائب رئيس الوزراء الروسي", 30)]


def test_one_common_word_after_a_reporting_verb_is_no_name(lexicon) -> None:
    # المجلة points back to a magazine; السيد is an honorific before a known name.
    texts = [
        "وذكرت المجلة أن الغارة قتلت عشرة. وذكرت المجلة أن الطائرات عادت.",
        "وأعرب السيد لافروف عن أمله. وأعرب السيد لافروف عن تقديره.",
    ]
    assert found(*texts, lexicon=lexicon) == []


def test_a_family_name_alone_is_counted_with_the_full_name(lexicon) -> None:
    # إيفانوف in the second sentence is سيرغي إيفانوف of the first; the first place is shown.
    text = "وقال نائب رئيس الوزراء الروسي سيرغي إيفانوف إن موسكو قلقة. ونقلت وكالة نوفوستي عن إيفانوف قوله إن الحل سياسي."
    table = suggest_actors([snippet(text)], lexicon)
    assert list(zip(table["candidate"], table["count"], table["start"])) == [("سيرغي إيفانوف", 2, 30)]


def test_a_description_pointing_back_is_no_name(lexicon) -> None:
    # المجلة الفرنسية: common words with the article, a magazine named before, not a new actor.
    text = "وحسب المجلة الفرنسية فإن الطائرات وصلت إلى الجفرة. وقالت هيئة الرقابة البحرية الروسية إن السفن غادرت."
    table = suggest_actors([snippet(text)], lexicon)
    assert list(table["candidate"]) == ["هيئة الرقابة البحرية الروسية"]


def test_the_table_shows_the_name_with_four_words_either_side(lexicon) -> None:
    text = ("وفي مؤتمر صحفي عقد في العاصمة أمس وقال الخبير العسكري سالم الورفلي إن المرتزقة "
            "يجب أن يغادروا البلاد قبل نهاية العام الجاري.")
    table = suggest_actors([snippet(text)], lexicon)
    assert table["context"].tolist() == ["… أمس وقال الخبير العسكري سالم الورفلي إن المرتزقة يجب أن …"]


def test_a_suggested_name_is_offered_with_the_type_its_head_word_gives(lexicon) -> None:
    # شركة أمبري is a company, صحيفة الوسط an outlet, كتيبة طارق بن زياد an armed group
    language = lexicon.language
    assert likely_type("شركة أمبري", language) == "organisation"
    assert likely_type("صحيفة الوسط", language) == "media"
    assert likely_type("كتيبة طارق بن زياد", language) == "armed_group"
    assert likely_type("سيرغي إيفانوف", language) == "person"


def test_a_person_added_with_his_family_name_is_its_speaker_alone(lexicon) -> None:
    # سالم الورفلي, added from the Suggestions page: his family name alone in the next sentences
    # is him, not an «Not in lexicon» الورفلي
    text = "وقال الخبير العسكري سالم الورفلي إن القوات تتمركز في الجفرة. وأضاف الورفلي أن الوضع خطير."
    assert family_name("سالم الورفلي", lexicon) == "الورفلي"
    new = build_lexicon(add_actor_rows(read_tables(DATA_DIR), actor_id="salem_alwarfali", name_en="Salem al-Warfali",
                                       name_ar="سالم الورفلي", type="person", aliases=[family_name("سالم الورفلي", lexicon)]))
    assert scored_statements(text, new) == [("salem_alwarfali", "neutral", "after_verb"), ("salem_alwarfali", "negative", "after_verb")]
    found = analyze([snippet(text)], new).mentions
    assert found[found["actor_id"] == "salem_alwarfali"]["surface"].tolist() == ["سالم الورفلي", "الورفلي"]


@pytest.mark.parametrize("name", ["الورفلي", "محمد علي", "علي حفتر"])
def test_no_family_name_alone_from_one_word_a_given_name_or_another_actors_name(name: str, lexicon) -> None:
    assert family_name(name, lexicon) == ""


def test_a_family_name_keeps_its_particle(lexicon) -> None:
    assert family_name("ناصر أبو زيتونة", lexicon) == "أبو زيتونة"


def test_a_vowelled_adjective_after_a_title_is_not_suggested(lexicon):
    # مُفزع ("alarming"), written with the participle's damma, was offered as a person to add
    text = "وحذر السفير الروسي مُفزع من التصعيد في الجنوب."
    assert suggest_actors([Document("a", text, date="2024")], lexicon).empty
