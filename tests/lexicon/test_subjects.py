"""Subjects: a second small subject, written for the tests, next to the shipped one."""

from pathlib import Path

import pytest

from analysis.corpus.seeds import open_store
from analysis.lexicon.read import DATA_DIR, load_lexicon
from analysis.lexicon.subjects import SHIPPED, SubjectError, create_subject, subject, subjects

NILE_ACTORS = "actor_id,name_en,name_ar,type,affiliation\negypt,Egypt,مصر,state,\nethiopia,Ethiopia,إثيوبيا,state,\n"
NILE_TOPICS = "topic,term,label,colour\ndam,السد,The dam,#74c0fc\ndam,سد النهضة,,\n"


@pytest.fixture
def lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MARSAD_LEXICON", str(tmp_path / "user_lexicon"))
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "marsad.sqlite3"))
    return tmp_path


def make_nile() -> None:
    made = create_subject("nile", "The Nile dam")
    (made.lexicon_dir / "actors.csv").write_text(NILE_ACTORS, encoding="utf-8")
    (made.lexicon_dir / "topics.csv").write_text(NILE_TOPICS, encoding="utf-8")


def test_the_shipped_subject_is_data_and_seeds_its_store(lexicons):
    shipped = subject(SHIPPED)
    assert (shipped.lexicon_dir, shipped.name, shipped.seeded_with_demo) == (DATA_DIR, "Russia–Libya relations", True)
    assert len(open_store(shipped.db_path, demo=shipped.seeded_with_demo)) == 2


def test_a_new_subject_has_its_own_lexicon_and_an_empty_store(lexicons):
    make_nile()
    nile = subject("nile")
    assert nile.db_path == lexicons / "marsad.nile.sqlite3" and not nile.seeded_with_demo
    assert [s.key for s in subjects()] == [SHIPPED, "nile"]
    lexicon = load_lexicon(nile.lexicon_dir)
    assert (sorted(lexicon.actors), lexicon.topic_labels, lexicon.subject_name) == (["egypt", "ethiopia"], {"dam": "The dam"}, "The Nile dam")
    assert len(open_store(nile.db_path, demo=nile.seeded_with_demo)) == 0  # the seeds are not its business


def test_a_copy_starts_from_the_subject_it_copies(lexicons):
    copy = create_subject("libya_energy", "Libyan energy", copy_from=subject(SHIPPED))
    assert len(load_lexicon(copy.lexicon_dir).actors) == len(load_lexicon(DATA_DIR).actors)
    assert load_lexicon(copy.lexicon_dir).subject_name == "Libyan energy"


@pytest.mark.parametrize("key, name, message", [
    ("Nile", "x", "The key is lowercase letters, digits and _, starting with a letter (at most 40)."),
    ("../x", "x", "The key is lowercase letters, digits and _, starting with a letter (at most 40)."),
    ("nile", "", "Give the subject a name of at most 80 characters."),
])
def test_bad_keys_and_names_are_refused_in_one_line(lexicons, key, name, message):
    with pytest.raises(SubjectError) as raised:
        create_subject(key, name)
    assert str(raised.value) == message


def test_a_subject_is_not_created_twice_or_found_when_missing(lexicons):
    make_nile()
    with pytest.raises(SubjectError, match="exists already"):
        create_subject("nile", "Again")
    with pytest.raises(SubjectError, match="There is no subject 'sahel'."):
        subject("sahel")
