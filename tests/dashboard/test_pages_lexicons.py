"""The Lexicons page through Streamlit's AppTest: valid edits saved, invalid ones refused, reset."""

from __future__ import annotations

import json

from datetime import datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.lexicon.read import DATA_DIR, active_lexicon_dir, load_lexicon, read_tables

from conftest import page_alone, rendered

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "pages" / "lexicons.py")
STRONGMAN = "الرجل القوي في الشرق"
SHIPPED = load_lexicon(DATA_DIR).version


def run() -> AppTest:
    at = page_alone(PAGE, default_timeout=60).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def edit(at: AppTest, name: str, **state) -> None:
    """Seed a table editor's edits as the browser would send them, then rerun."""
    editor = next(e for e in at.data_editor if e.key.startswith(f"lexicon-{name}-"))
    at.session_state[editor.key] = {"edited_rows": {}, "added_rows": [], "deleted_rows": []} | state
    at.run()


def test_the_page_shows_the_shipped_tables(user_dir: Path) -> None:
    at = run()
    assert at.title[0].value == "Lexicons"
    # Said once: "The shipped lexicon (the shipped defaults)" said it twice.
    assert at.caption[0].value.startswith("The shipped lexicon: ")
    assert SHIPPED not in at.caption[0].value  # the hash is for the downloads
    assert [tab.label.split(" (")[0] for tab in at.tabs] == ["Actors", "Aliases", "Topics", "Stance cues", "Titles", "Subject", "Events"]
    tables = read_tables(DATA_DIR)
    assert [len(e.value) for e in at.data_editor] == [len(tables[n]) for n in ("actors", "aliases", "topics", "cues", "titles", "subject", "events")]
    assert button(at, "Save").disabled
    assert at.download_button[0].label == "Download lexicons (.zip)"
    # The caption counts what the tabs count: rows (627 topic rows hold 609 terms that count).
    caption = at.caption[0].value
    assert f"{len(tables['topics']):,} topic rows, {len(tables['cues']):,} cue rows" in caption
    assert f"Topics ({len(tables['topics'])})" in [tab.label for tab in at.tabs]
    # An empty role, polarity or holder cell shows empty, not Streamlit's grey "None".
    assert all(e.proto.HasField("placeholder") and e.proto.placeholder == "" for e in at.data_editor)


def test_a_valid_edit_is_saved_to_the_user_copy(user_dir: Path) -> None:
    at = run()
    edit(at, "aliases", added_rows=[{"actor_id": "haftar_khalifa", "alias": STRONGMAN, "kind": "title", "valid_from": "2015-03-02"}])
    assert [w.value for w in at.warning] == ["You have unsaved changes."]
    button(at, "Save").click().run()
    assert not at.exception
    saved = load_lexicon(user_dir)
    saved_at = datetime.fromtimestamp((user_dir / "aliases.csv").stat().st_mtime)
    words = f"lexicon of {saved_at.day} {saved_at:%b, %H:%M}"
    assert [rendered(s.value) for s in at.success] == [f"Saved the {words}; every page now analyses with it."]
    assert rendered(at.caption[0].value).startswith(f"Your edited copy of the shipped lexicon, saved {saved_at.day} {saved_at:%b, %H:%M}: ")
    assert any(a.actor_id == "haftar_khalifa" and a.alias == STRONGMAN for a in saved.aliases)
    assert active_lexicon_dir() == user_dir
    assert load_lexicon(DATA_DIR).version == SHIPPED  # the shipped files are untouched


def test_an_invalid_edit_is_refused_with_every_problem_and_nothing_written(user_dir: Path) -> None:
    at = run()
    edit(at, "actors", edited_rows={1: {"actor_id": "russia"}})
    edit(at, "aliases", added_rows=[{"actor_id": "putin", "alias": "لافروف", "kind": "name"}])
    button(at, "Save").click().run()
    assert not at.exception
    line = len(read_tables(DATA_DIR)["aliases"]) + 2
    message = rendered(at.error[0].value)
    assert message.startswith("Not saved: ")
    assert "\n- actors.csv:3: duplicate actor_id 'russia'\n" in message
    assert f"\n- aliases.csv:{line}: alias 'لافروف' is claimed by both 'lavrov' and 'putin'" in message
    assert not user_dir.exists()
    assert active_lexicon_dir() == DATA_DIR


def test_reset_goes_back_to_the_shipped_defaults(user_dir: Path) -> None:
    at = run()
    edit(at, "topics", added_rows=[{"topic": "elections", "term": "صناديق الاقتراع"}])
    button(at, "Save").click().run()
    assert active_lexicon_dir() == user_dir
    button(at, "Delete my edits").click().run()
    assert not at.exception
    assert [rendered(s.value) for s in at.success] == ["Back to the shipped lexicon; every page now analyses with it."]
    assert at.caption[0].value.startswith("The shipped lexicon: ")
    assert not user_dir.exists()


def test_a_new_alias_changes_the_counts_every_page_reads(user_dir: Path) -> None:
    from analysis.corpus.documents import Document
    from analysis.corpus.seeds import open_store
    from dashboard import loading

    open_store(None).add([Document("strongman", f"وقال {STRONGMAN} إن قواته لن تنسحب من سرت.", date="2024", source="strongman.txt")])

    def haftar_mentions() -> int:
        mentions = loading.load().frames.mentions  # what every page draws from
        return int(((mentions["doc_id"] == "strongman") & (mentions["actor_id"] == "haftar_khalifa")).sum())

    assert haftar_mentions() == 0
    at = run()
    edit(at, "aliases", added_rows=[{"actor_id": "haftar_khalifa", "alias": STRONGMAN, "kind": "title", "valid_from": "2015-03-02"}])
    button(at, "Save").click().run()
    assert not at.exception
    assert haftar_mentions() == 1


def test_a_new_subject_is_created_from_the_page_and_becomes_the_active_one(user_dir: Path) -> None:
    at = run()
    at.text_input(key="new_subject_name").input("The Nile dam")
    at.text_input(key="new_subject_key").input("nile")
    at.radio(key="new_subject_start").set_value("An empty lexicon")
    at.button(key="create_subject").click().run()
    assert not at.exception
    assert [rendered(s.value) for s in at.success] == [
        "Created the subject The Nile dam; every page now works on it (switch in the sidebar)."
    ]
    assert (user_dir / "subjects" / "nile" / "actors.csv").read_text(encoding="utf-8") == "actor_id,name_en,name_ar,type,affiliation\n"
    assert at.session_state["subject_key"] == "nile"
    assert rendered(at.caption[0].value).startswith("The lexicon of The Nile dam, saved ")  # its own, empty
    assert "): 0 actors" not in at.caption[0].value and ": 0 actors" in at.caption[0].value


def test_a_bad_subject_key_is_refused_in_one_line(user_dir: Path) -> None:
    at = run()
    at.text_input(key="new_subject_name").input("Sahel")
    at.text_input(key="new_subject_key").input("../sahel")
    at.button(key="create_subject").click().run()
    assert [rendered(e.value) for e in at.error] == ["The key is lowercase letters, digits and _, starting with a letter (at most 40)."]
    assert not (user_dir / "subjects").exists()


def test_a_second_actor_of_the_same_english_name_is_refused_and_the_saved_lexicon_kept(user_dir: Path) -> None:
    at = run()
    edit(at, "aliases", added_rows=[{"actor_id": "haftar_khalifa", "alias": STRONGMAN, "kind": "title", "valid_from": "2015-03-02"}])
    button(at, "Save").click().run()
    saved = {path.name: path.read_bytes() for path in user_dir.iterdir()}
    at = run()
    # The shipped actors.csv holds Russia on line 2; the new row is the line after the last.
    line = len(read_tables(DATA_DIR)["actors"]) + 2
    edit(at, "actors", added_rows=[{"actor_id": "russian_federation", "name_en": "Russia", "name_ar": "فدرالية روسية تجريبية", "type": "state"}])
    button(at, "Save").click().run()
    assert not at.exception
    assert rendered(at.error[0].value) == (
        "Not saved: 1 problem to fix first.\n\n"
        f"- actors.csv:{line}: actor 'russian_federation' has the English name 'Russia' of actor 'russia' (actors.csv:2); "
        "give each actor its own name_en"
    )
    assert {path.name: path.read_bytes() for path in user_dir.iterdir()} == saved
    assert "russian_federation" not in load_lexicon(user_dir).actors


def test_the_actors_table_draws_the_arabic_name_and_type_first(user_dir: Path) -> None:
    # In an 800 px window the table showed line, actor_id and part of name_en: the Arabic name and
    # the type were reached only by scrolling it sideways.
    at = run()
    actors = at.data_editor[0]
    assert list(actors.proto.column_order)[:4] == ["line", "name_ar", "type", "name_en"]
    # …and the Arabic name no wider than 200 px: as wide as its longest, it pushed the type out of view.
    assert json.loads(actors.proto.columns)["name_ar"]["width"] == 200
    # The file keeps its own order.
    assert list(actors.value.columns) == ["line", "actor_id", "name_en", "name_ar", "type", "affiliation"]
