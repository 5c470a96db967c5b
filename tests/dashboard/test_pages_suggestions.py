"""The Suggestions page through Streamlit's AppTest: a candidate listed, then added as an actor; a
near miss of a known name listed, then added as its spelling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.corpus.documents import Document
from analysis.corpus.seeds import open_store
from dashboard.labels import lexicon_label
from analysis.extract.pipeline import analyze
from analysis.lexicon.edit import save_tables
from analysis.lexicon.read import DATA_DIR, active_lexicon_dir, load_lexicon, read_tables

from conftest import page_alone, rendered

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "pages" / "suggestions.py")
SHTAIWI = "عبد الواحد الشتيوي"
ARTICLE = (
    "التقى المشير عبد الواحد الشتيوي وفدا عسكريا روسيا في بنغازي. "
    "وأكد المشير عبد الواحد الشتيوي أن الجيش مستعد للتعاون مع موسكو."
)
# يوفكوروف is one letter from يفكوروف (Yevkurov), a spelling neither listed nor generated.
YEVKUROV = "وزار يوفكوروف بنغازي أمس. وأكد يوفكوروف أن موسكو تدعم الاستقرار."
# A name only a reporting verb signals, twice: the page's own finder reads it.
FITOUNI = "وقال عماد الفيتوني إن الوضع الأمني مستقر. وأضاف عماد الفيتوني أن الأمن في طرابلس تحسن."
NO_SPELLINGS = "No possible spellings: no word in the {} articles is a near miss of a known name."


def run() -> AppTest:
    at = page_alone(PAGE, default_timeout=60).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_the_seeds_alone_have_nothing_to_suggest(user_dir: Path) -> None:
    at = run()
    assert at.title[0].value == "Suggestions"
    assert [i.value for i in at.info] == [
        "No names to suggest: every name found in the 2 articles is in the lexicon.", NO_SPELLINGS.format(2)
    ]
    assert [s.value for s in at.subheader] == ["Possible spellings of known names"]


def test_the_captions_never_put_two_arabic_words_side_by_side_in_english(user_dir: Path) -> None:
    # «such as المشير, وزير or السفير» was drawn «وزير ,المشير»: between two Arabic words a comma takes
    # their direction, and in a left-to-right line the list read backwards. Each is glossed now.
    import re
    captions = [c.value for c in run().caption]
    assert captions[0].startswith("Names that look like actors but are not in the lexicon: written after a title "
                                  "such as المشير (marshal), وزير (minister) or السفير (the ambassador)")
    arabic = "[\u0600-\u06ff]+"
    assert not [c for c in captions if re.search(f"{arabic}[\\s,،]+{arabic}", c)]


def test_a_candidate_is_listed_with_its_count_and_evidence(user_dir: Path) -> None:
    open_store(None).add([Document("shtaiwi", ARTICLE, date="2024", source="shtaiwi.txt")])
    at = run()
    table = at.dataframe[0].value
    assert list(table["candidate"]) == [SHTAIWI]
    assert list(table["cue"]) == ["المشير"]
    assert list(table["count"]) == [2]
    # The name's words in context come beside it, and the cue is no wider than a title: after a cue
    # column sized to its longest, the context was scrolled out of a 1440 px window.
    shown = at.dataframe[0].proto
    assert list(shown.column_order) == ["candidate", "context", "cue", "count", "doc_ids"]
    assert json.loads(shown.columns)["cue"]["width"] == 200
    evidence = [h.value for h in at.html if "<mark" in h.value]
    assert len(evidence) == 1
    assert f">{SHTAIWI}</mark>" in evidence[0]
    assert 'dir="rtl"' in evidence[0]


def test_one_click_adds_the_candidate_with_only_its_arabic_name(user_dir: Path) -> None:
    open_store(None).add([Document("shtaiwi", ARTICLE, date="2024", source="shtaiwi.txt")])
    at = run()
    # the family name is matched alone too, unless the analyst empties it
    assert [t.value for t in at.text_input] == ["", SHTAIWI, "الشتيوي"]
    assert at.text_input[0].proto.placeholder == "Abd al-Wahid al-Shtywi"  # what an empty field saves
    at.button[0].click().run()
    assert not at.exception
    assert active_lexicon_dir() == user_dir
    tables = read_tables(user_dir)
    assert [(r["actor_id"], r["name_en"], r["name_ar"], r["type"]) for r in tables["actors"][-1:]] == [
        ("abd_al_wahid_al_shtywi", "Abd al-Wahid al-Shtywi", SHTAIWI, "person")
    ]
    assert [(r["alias"], r["kind"]) for r in tables["aliases"] if r["actor_id"] == "abd_al_wahid_al_shtywi"] == [
        ("الشتيوي", "name")]
    assert [rendered(s.value) for s in at.success] == [
        f"Added {SHTAIWI} as Abd al-Wahid al-Shtywi (and الشتيوي alone) to the {lexicon_label(user_dir)}."
    ]
    assert at.info[0].value == "No names to suggest: every name found in the 3 articles is in the lexicon."


def test_the_arabic_name_saved_is_the_one_in_the_field(user_dir: Path) -> None:
    # The analyst writes the compound given name joined before adding: that spelling is the
    # actor's name, and the suggested one is not kept beside it as an alias.
    open_store(None).add([Document("shtaiwi", ARTICLE, date="2024", source="shtaiwi.txt")])
    at = run()
    at.text_input[1].set_value("عبدالواحد الشتيوي")
    at.button[0].click().run()
    assert not at.exception
    tables = read_tables(user_dir)
    assert [(r["actor_id"], r["name_en"], r["name_ar"]) for r in tables["actors"][-1:]] == [
        ("abd_al_wahid_al_shtywi", "Abd al-Wahid al-Shtywi", "عبدالواحد الشتيوي")
    ]
    assert [r["alias"] for r in tables["aliases"] if r["actor_id"] == "abd_al_wahid_al_shtywi"] == ["الشتيوي"]
    assert len(tables["aliases"]) == len(read_tables(DATA_DIR)["aliases"]) + 1
    assert [rendered(s.value) for s in at.success] == [
        f"Added عبدالواحد الشتيوي as Abd al-Wahid al-Shtywi (and الشتيوي alone) to the {lexicon_label(user_dir)}."
    ]


def test_an_emptied_arabic_name_is_not_added(user_dir: Path) -> None:
    open_store(None).add([Document("shtaiwi", ARTICLE, date="2024", source="shtaiwi.txt")])
    at = run()
    at.text_input[0].set_value("Abdulwahid al-Shtaiwi")
    at.text_input[1].set_value("  ")
    at.button[0].click().run()
    assert [rendered(e.value) for e in at.error] == ["Give the Arabic name the articles write."]
    assert not user_dir.exists()


def test_one_click_adds_the_candidate_as_an_actor(user_dir: Path) -> None:
    open_store(None).add([Document("shtaiwi", ARTICLE, date="2024", source="shtaiwi.txt")])
    at = run()
    at.text_input[0].set_value("Abdulwahid al-Shtaiwi")
    at.selectbox[0].set_value("person")
    at.button[0].click().run()
    assert not at.exception
    lexicon = load_lexicon(user_dir)
    assert active_lexicon_dir() == user_dir
    actor = lexicon.actors["abdulwahid_al_shtaiwi"]
    assert (actor.name_en, actor.name_ar, actor.type) == ("Abdulwahid al-Shtaiwi", SHTAIWI, "person")
    assert [rendered(s.value) for s in at.success] == [
        f"Added Abdulwahid al-Shtaiwi (and الشتيوي alone) to the {lexicon_label(user_dir)}."
    ]
    # Now known, it is no longer suggested.
    assert [i.value for i in at.info] == [
        "No names to suggest: every name found in the 3 articles is in the lexicon.", NO_SPELLINGS.format(3)
    ]


def test_the_family_name_alone_is_the_added_person_in_the_later_sentences(user_dir: Path) -> None:
    # وأضاف الشتيوي after the full name: before, the added person spoke only in the first sentence
    # and an «Not in lexicon» الشتيوي in the next; now both are his, and the mention is counted
    text = "قال المشير عبد الواحد الشتيوي إن الجيش مستعد. وأضاف الشتيوي أن موسكو شريك مهم."
    open_store(None).add([Document("later", text, date="2024", source="later.txt")])
    at = run()
    assert at.text_input[2].value == "الشتيوي"
    at.text_input[0].set_value("Abdulwahid al-Shtaiwi")
    at.button[0].click().run()
    assert not at.exception
    frames = analyze([Document("later", text, date="2024")], load_lexicon(user_dir))
    statements = frames.stances[frames.stances["cue_type"] != "evaluative"]
    assert list(zip(statements["speaker_id"], statements["polarity"], statements["attribution"])) == [
        ("abdulwahid_al_shtaiwi", "neutral", "after_verb"), ("abdulwahid_al_shtaiwi", "neutral", "after_verb")]
    mentions = frames.mentions[frames.mentions["actor_id"] == "abdulwahid_al_shtaiwi"]
    assert mentions["surface"].tolist() == [SHTAIWI, "الشتيوي"]


def test_an_emptied_family_name_is_not_matched_alone(user_dir: Path) -> None:
    open_store(None).add([Document("shtaiwi", ARTICLE, date="2024", source="shtaiwi.txt")])
    at = run()
    at.text_input[2].set_value("")
    at.button[0].click().run()
    tables = read_tables(user_dir)
    assert [r for r in tables["aliases"] if r["actor_id"] == "abd_al_wahid_al_shtywi"] == []
    assert [rendered(s.value) for s in at.success] == [
        f"Added {SHTAIWI} as Abd al-Wahid al-Shtywi to the {lexicon_label(user_dir)}."]


def test_a_near_miss_is_listed_as_possibly_the_known_person(user_dir: Path) -> None:
    open_store(None).add([Document("visit", YEVKUROV, date="2024", source="visit.txt")])
    at = run()
    assert [i.value for i in at.info] == ["No names to suggest: every name found in the 3 articles is in the lexicon."]
    spelling = [h.value for h in at.html if "possibly" in h.value]
    assert len(spelling) == 1
    assert (
        '<bdi lang="ar">يوفكوروف</bdi>: possibly <b>Yunus-Bek Yevkurov</b> (<bdi lang="ar">يونس بك يفكوروف</bdi>) · '
        "2× in 1 article · first in Article 3</div>"
    ) in spelling[0]
    assert '<div class="marsad-ar" dir="rtl" lang="ar">وزار <mark' in spelling[0]
    assert 'title="possibly Yunus-Bek Yevkurov">يوفكوروف</mark> بنغازي أمس.</div>' in spelling[0]
    assert [rendered(b.label) for b in at.button] == ["Add as a spelling of Yunus-Bek Yevkurov"]


def test_one_click_adds_the_spelling_and_it_is_found_as_a_mention(user_dir: Path) -> None:
    open_store(None).add([Document("visit", YEVKUROV, date="2024", source="visit.txt")])
    at = run()
    at.button[0].click().run()
    assert not at.exception
    assert active_lexicon_dir() == user_dir
    lexicon = load_lexicon(user_dir)
    assert [(a.actor_id, a.alias, a.kind) for a in lexicon.aliases if a.alias == "يوفكوروف"] == [("yevkurov", "يوفكوروف", "variant")]
    assert len(read_tables(user_dir)["aliases"]) == len(read_tables(DATA_DIR)["aliases"]) + 1
    assert [rendered(s.value) for s in at.success] == [
        f"Added يوفكوروف as a spelling of Yunus-Bek Yevkurov to the {lexicon_label(user_dir)}."
    ]
    assert at.info[-1].value == NO_SPELLINGS.format(3)
    mentions = analyze([Document("visit", YEVKUROV, date="2024")], lexicon).mentions
    yevkurov = mentions[mentions["actor_id"] == "yevkurov"]
    assert list(zip(yevkurov["surface"], yevkurov["start"], yevkurov["end"], yevkurov["match_kind"])) == [
        ("يوفكوروف", 5, 13, "variant"), ("يوفكوروف", 31, 39, "variant"),
    ]
    assert YEVKUROV[31:39] == "يوفكوروف"


def test_a_hostile_actor_name_is_shown_as_written(user_dir: Path) -> None:
    tables = read_tables(DATA_DIR)
    for row in tables["actors"]:
        if row["actor_id"] == "yevkurov":
            row["name_en"] = "<img src=x onerror=alert(1)> **Yevkurov** :red[x]"
    save_tables(tables, user_dir)
    open_store(None).add([Document("visit", YEVKUROV, date="2024", source="visit.txt")])
    at = run()
    spelling = next(h.value for h in at.html if "possibly" in h.value)
    assert "<img" not in spelling
    assert "possibly <b>&lt;img src=x onerror=alert(1)&gt; **Yevkurov** :red[x]</b>" in spelling
    assert [rendered(b.label) for b in at.button] == ["Add as a spelling of <img src=x onerror=alert(1)> **Yevkurov** :red[x]"]


def test_the_places_of_names_are_found_with_the_analysis(user_dir: Path) -> None:
    # The Overview analyses the store and, with it, finds where names are suggested, so the
    # Suggestions page's first view only groups them: nothing is left for the page to read.
    # The Groups page's word rows are kept per article beside the analysis too; the Groups page
    # joins them into the corpus's codes when it is first opened.
    import pandas as pd

    from analysis.explore import near_misses, suggestions
    from analysis.extract.results import per_article, results_dir, source_version

    open_store(None).add([Document("shtaiwi", ARTICLE, date="2024", source="shtaiwi.txt"),
                          Document("yevkurov", YEVKUROV, date="2024", source="yevkurov.txt"),
                          Document("fitouni", FITOUNI, date="2024", source="fitouni.txt")])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    assert not at.exception
    store, lexicon = open_store(None), load_lexicon(active_lexicon_dir())
    left: list[str] = []

    def unread(documents):
        left.extend(doc.doc_id for doc in documents)
        return suggestions.occurrences([], lexicon)

    named = per_article(store, lexicon, "suggestions", unread, code=source_version(Path(suggestions.__file__)))
    spelled = per_article(store, lexicon, "spellings", unread, code=source_version(Path(near_misses.__file__)))
    assert left == []
    # Kept: the subjects of reporting verbs. A name after a title is the analysis' unlisted mention.
    assert named[["doc_id", "candidate", "start"]].values.tolist() == [
        ["fitouni", "عماد الفيتوني", 5], ["fitouni", "عماد الفيتوني", 48], ["yevkurov", "يوفكوروف", 31]
    ]
    assert spelled[["written", "actor_id", "start"]].values.tolist() == [["يوفكوروف", "yevkurov", 5], ["يوفكوروف", "yevkurov", 31]]
    # The Groups page's word counts, kept as their codes (one file per array) once it is opened.
    import numpy as np
    import pyarrow as pa

    from analysis.explore.keyness import Coded
    from analysis.explore.words import word_rows_waiting

    assert word_rows_waiting(store, lexicon) == 0 and list(results_dir(store).glob("words-*")) == []
    at.switch_page("pages/groups.py").run()
    assert not at.exception
    kept_words = list(results_dir(store).glob("words-*"))
    assert len(kept_words) == 1 and kept_words[0].is_dir()
    coded = Coded.from_arrays({path.stem: np.load(path) if path.suffix == ".npy" else pa.ipc.open_file(path).get_batch(0).column(0)
                               for path in kept_words[0].iterdir()})
    counts = coded.sides({"shtaiwi"}, set()).set_index("term")["count_a"]
    assert counts["الشتيوي"] == 2


def test_an_unusable_edited_lexicon_stops_the_page_with_the_way_back(user_dir):
    # The page reads the corpus' lexicon through the one loader every page uses, so a broken edit
    # says what every page says and offers the shipped lexicon back, instead of a page of its own.
    user_dir.mkdir()
    for name in ("actors", "aliases", "cues", "topics", "titles"):
        (user_dir / f"{name}.csv").write_text((DATA_DIR / f"{name}.csv").read_text(encoding="utf-8"), encoding="utf-8")
    with (user_dir / "aliases.csv").open("a", encoding="utf-8") as handle:
        handle.write("nobody_listed,نيمو,variant,,\n")
    at = page_alone(PAGE, default_timeout=60).run()
    assert not at.exception, [e.message for e in at.exception]
    message = rendered(at.error[0].value)
    assert message.startswith("Your edited lexicon cannot be used:")
    assert "nobody_listed" in message
    assert at.button(key="reset_broken_lexicon").label == "Go back to the shipped lexicon"


def test_one_click_spells_common_name_parts_as_english_writes_them(user_dir: Path) -> None:
    # «سالم بن عمران» was added as "Salm Bn Amran": its letters alone, بن as "Bn". Common name parts
    # take their usual English form now (data/language/name_spellings.csv); the rest its letters.
    article = ("قال رئيس حزب النهضة الليبي سالم بن عمران إن الحوار ضروري. "
               "وأكد رئيس حزب النهضة الليبي سالم بن عمران أن موسكو شريك مهم.")
    open_store(None).add([Document("omran", article, date="2024", source="omran.txt")])
    at = run()
    assert list(at.dataframe[0].value["candidate"]) == ["سالم بن عمران"]
    assert at.text_input[0].proto.placeholder == "Salem bin Omran"
    at.button[0].click().run()
    actors = read_tables(user_dir)["actors"]
    assert [(r["actor_id"], r["name_en"]) for r in actors[-1:]] == [("salem_bin_omran", "Salem bin Omran")]
