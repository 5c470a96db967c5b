"""The Suggestions page through Streamlit's AppTest: a candidate listed, then added as an actor."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.corpus.documents import Document
from analysis.corpus.seeds import open_store
from dashboard.labels import lexicon_label
from analysis.lexicon.read import active_lexicon_dir, load_lexicon

from conftest import rendered

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "pages" / "suggestions.py")
NADOORI = "عبد الرازق الناظوري"
ARTICLE = (
    "التقى المشير عبد الرازق الناظوري وفدا عسكريا روسيا في بنغازي. "
    "وأكد المشير عبد الرازق الناظوري أن الجيش مستعد للتعاون مع موسكو."
)


def run() -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_the_seeds_alone_have_nothing_to_suggest(user_dir: Path) -> None:
    at = run()
    assert at.title[0].value == "Suggestions"
    assert [i.value for i in at.info] == ["No names to suggest: every name found in the 2 articles is in the lexicon."]


def test_a_candidate_is_listed_with_its_count_and_evidence(user_dir: Path) -> None:
    open_store(None).add([Document("nadoori", ARTICLE, date="2024", source="nadoori.txt")])
    at = run()
    table = at.dataframe[0].value
    assert list(table["candidate"]) == [NADOORI]
    assert list(table["cue"]) == ["المشير"]
    assert list(table["count"]) == [2]
    evidence = [h.value for h in at.html if "<mark" in h.value]
    assert len(evidence) == 1
    assert f">{NADOORI}</mark>" in evidence[0]
    assert 'dir="rtl"' in evidence[0]


def test_adding_a_candidate_needs_an_english_name(user_dir: Path) -> None:
    open_store(None).add([Document("nadoori", ARTICLE, date="2024", source="nadoori.txt")])
    at = run()
    at.button[0].click().run()
    assert [rendered(e.value) for e in at.error] == ["Give the English name the dashboard will show."]
    assert not user_dir.exists()


def test_one_click_adds_the_candidate_as_an_actor(user_dir: Path) -> None:
    open_store(None).add([Document("nadoori", ARTICLE, date="2024", source="nadoori.txt")])
    at = run()
    at.text_input[0].set_value("Abdulrazek al-Nadoori")
    at.selectbox[0].set_value("person")
    at.button[0].click().run()
    assert not at.exception
    lexicon = load_lexicon(user_dir)
    assert active_lexicon_dir() == user_dir
    actor = lexicon.actors["abdulrazek_al_nadoori"]
    assert (actor.name_en, actor.name_ar, actor.type) == ("Abdulrazek al-Nadoori", NADOORI, "person")
    assert [rendered(s.value) for s in at.success] == [
        f"Added Abdulrazek al-Nadoori to the {lexicon_label(user_dir)}."
    ]
    # Now known, it is no longer suggested.
    assert [i.value for i in at.info] == ["No names to suggest: every name found in the 3 articles is in the lexicon."]
