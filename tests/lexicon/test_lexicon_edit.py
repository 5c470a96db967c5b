"""Tests for analysis.lexicon.edit: validated, atomic saves to the user's copy; reset; download."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from analysis.extract.actors import actor_matcher, find_mentions
from analysis.corpus.documents import date_period
from analysis.lexicon.read import (
    DATA_DIR, FILES, LexiconError, active_lexicon_dir, build_lexicon, load_lexicon, read_tables, user_lexicon_dir,
)
from analysis.lexicon.edit import (
    frames_from_tables,
    lexicon_zip_bytes,
    reset_to_defaults,
    save_tables,
    tables_from_frames,
)
from analysis.arabic.text import prepare

STRONGMAN = "الرجل القوي في الشرق"
SNIPPET = "وقال الرجل القوي في الشرق إن قواته لن تنسحب من سرت قبل خروج المرتزقة."


def shipped_frames():
    return frames_from_tables(read_tables(DATA_DIR))


def append(frame, **values: str) -> None:
    """Add a row at the end of an editor frame, as the analyst would; unnamed cells stay empty."""
    frame.loc[len(frame)] = [values.get(column, "") for column in frame.columns]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def haftar_mentions(text: str, lexicon) -> list[str]:
    mentions = find_mentions(prepare(text), actor_matcher(lexicon), period=date_period("2024"))
    return [text[m.start:m.end] for m in mentions if m.actor_id == "haftar_khalifa"]


def test_frames_round_trip_to_the_same_lexicon_with_spreadsheet_lines() -> None:
    frames = shipped_frames()
    assert list(frames["aliases"].columns) == list(FILES["aliases"])
    tables = tables_from_frames(frames)
    assert tables["actors"][0]["_line"] == "2"
    assert tables["aliases"][13]["_line"] == "15"
    assert build_lexicon(tables).version == load_lexicon(DATA_DIR).version


def test_duplicate_actor_id_is_refused_with_its_line_and_nothing_is_written(tmp_path: Path) -> None:
    frames = shipped_frames()
    actors = frames["actors"]
    append(actors, actor_id="lavrov", name_en="Sergey Lavrov (again)", name_ar="لافروف الثاني", type="person")
    folder = tmp_path / "user_lexicon"
    with pytest.raises(LexiconError) as raised:
        save_tables(tables_from_frames(frames), folder)
    assert raised.value.problems == [f"actors.csv:{len(actors) + 1}: duplicate actor_id 'lavrov'"]
    assert not folder.exists()


def test_empty_alias_is_refused_with_its_line(tmp_path: Path) -> None:
    frames = shipped_frames()
    frames["aliases"].loc[4, "alias"] = "  "
    with pytest.raises(LexiconError) as raised:
        save_tables(tables_from_frames(frames), tmp_path)
    actor_id = frames["aliases"].loc[4, "actor_id"]
    assert raised.value.problems == [f"aliases.csv:6: empty alias for '{actor_id}'"]
    assert list(tmp_path.iterdir()) == []


def test_alias_claimed_by_two_actors_is_refused_and_the_previous_files_stay(tmp_path: Path) -> None:
    save_tables(read_tables(DATA_DIR), tmp_path)
    before = snapshot(tmp_path)
    frames = shipped_frames()
    aliases = frames["aliases"]
    append(aliases, actor_id="putin", alias="لافروف", kind="name")
    with pytest.raises(LexiconError) as raised:
        save_tables(tables_from_frames(frames), tmp_path)
    assert raised.value.problems == [f"aliases.csv:{len(aliases) + 1}: alias 'لافروف' is claimed by both 'lavrov' and 'putin'"]
    assert snapshot(tmp_path) == before


def test_a_valid_edit_is_saved_and_loads_back(tmp_path: Path) -> None:
    frames = shipped_frames()
    actors = frames["actors"]
    append(actors, actor_id="shtaiwi", name_en="Abdulwahid al-Shtaiwi", name_ar="عبد الواحد الشتيوي", type="person", affiliation="lna")
    saved = save_tables(tables_from_frames(frames), tmp_path / "user_lexicon")
    loaded = load_lexicon(tmp_path / "user_lexicon")
    assert loaded.version == saved.version != load_lexicon(DATA_DIR).version
    assert loaded.actors["shtaiwi"].affiliation == "lna"
    assert len(loaded.actors) == len(load_lexicon(DATA_DIR).actors) + 1
    # Only the four files, no temporary files left behind; data/ untouched.
    assert sorted(p.name for p in (tmp_path / "user_lexicon").iterdir()) == sorted(f"{n}.csv" for n in FILES)


def test_adding_an_alias_makes_the_snippet_gain_one_haftar_mention(tmp_path: Path) -> None:
    shipped = load_lexicon(DATA_DIR)
    assert haftar_mentions(SNIPPET, shipped) == []
    frames = shipped_frames()
    aliases = frames["aliases"]
    append(aliases, actor_id="haftar_khalifa", alias=STRONGMAN, kind="title", valid_from="2015-03-02")
    edited = save_tables(tables_from_frames(frames), tmp_path)
    assert haftar_mentions(SNIPPET, edited) == [STRONGMAN]
    assert haftar_mentions(SNIPPET, load_lexicon(tmp_path)) == [STRONGMAN]


def test_a_failed_write_leaves_the_previous_files_and_no_temporary_file(tmp_path: Path) -> None:
    save_tables(read_tables(DATA_DIR), tmp_path)
    before = snapshot(tmp_path)
    tables = read_tables(DATA_DIR)
    # A lone surrogate passes validation but cannot be written as UTF-8: cues.csv, the last
    # file, fails after the other three were written to temporary files.
    tables["cues"].append({"cue": "قالت\ud800", "cue_type": "reporting", "polarity": "neutral", "_line": "999"})
    with pytest.raises(UnicodeEncodeError):
        save_tables(tables, tmp_path)
    assert snapshot(tmp_path) == before


def test_the_shipped_folder_is_never_written() -> None:
    with pytest.raises(ValueError, match="never changed"):
        save_tables(read_tables(DATA_DIR), DATA_DIR)
    with pytest.raises(ValueError):
        reset_to_defaults(DATA_DIR)


def test_reset_returns_to_the_shipped_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "user_lexicon"
    monkeypatch.setenv("MARSAD_LEXICON", str(folder))
    assert active_lexicon_dir() == DATA_DIR
    frames = shipped_frames()
    append(frames["topics"], topic="elections", term="صناديق الاقتراع")
    save_tables(tables_from_frames(frames), folder)
    assert active_lexicon_dir() == folder
    assert "elections" in load_lexicon().topic_ids
    reset_to_defaults(folder)
    assert active_lexicon_dir() == DATA_DIR
    assert not folder.exists()
    assert "elections" not in load_lexicon().topic_ids


def test_reset_keeps_a_folder_holding_other_files(tmp_path: Path) -> None:
    save_tables(read_tables(DATA_DIR), tmp_path)
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    reset_to_defaults(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_the_download_holds_the_seven_files_the_readme_and_the_version(tmp_path: Path) -> None:
    saved = save_tables(read_tables(DATA_DIR), tmp_path)
    archive = zipfile.ZipFile(io.BytesIO(lexicon_zip_bytes(tmp_path, settings={"lexicon": "edited"})))
    assert archive.namelist() == ["actors.csv", "aliases.csv", "topics.csv", "cues.csv", "titles.csv", "subject.csv", "events.csv",
                                  "README.md", "provenance.json"]
    assert archive.read("events.csv") == (DATA_DIR / "events.csv").read_bytes()
    assert archive.read("aliases.csv") == (tmp_path / "aliases.csv").read_bytes()
    assert archive.read("README.md") == (DATA_DIR / "README.md").read_bytes()
    meta = json.loads(archive.read("provenance.json"))
    assert meta["lexicon_version"] == saved.version
    assert json.loads(meta["settings"]) == {"lexicon": "edited"}


def test_a_copy_saved_before_events_existed_still_downloads(tmp_path: Path) -> None:
    save_tables(read_tables(DATA_DIR), tmp_path)
    (tmp_path / "events.csv").unlink()
    archive = zipfile.ZipFile(io.BytesIO(lexicon_zip_bytes(tmp_path)))
    assert "events.csv" not in archive.namelist() and "titles.csv" in archive.namelist()


def test_blank_editor_rows_are_dropped_and_cells_trimmed() -> None:
    frames = shipped_frames()
    topics = frames["topics"]
    topics.loc[len(topics)] = [None] * len(topics.columns)
    append(topics, topic="  energy ", term=" الغاز\nالطبيعي ")
    rows = tables_from_frames(frames)["topics"]
    assert rows[-1] == {"topic": "energy", "term": "الغاز الطبيعي", "label": "", "colour": "", "role": "", "supports": "", "_line": str(len(topics) + 1)}
    assert len(rows) == len(topics) - 1


def test_the_test_run_keeps_the_user_lexicon_out_of_the_checkout() -> None:
    # The session fixture in conftest.py moves it; the Lexicons page saves to this folder.
    assert not user_lexicon_dir().resolve().is_relative_to(Path(__file__).resolve().parents[2])


def test_a_cell_of_200000_characters_is_refused_at_save_time(tmp_path: Path) -> None:
    frames = shipped_frames()
    append(frames["aliases"], actor_id="lavrov", alias="لافروف " * 28_572, kind="variant")  # 200,004 characters
    line = len(frames["aliases"]) + 1
    with pytest.raises(LexiconError) as raised:
        save_tables(tables_from_frames(frames), tmp_path / "user_lexicon")
    assert raised.value.problems == [f"aliases.csv:{line}: alias is 200,003 characters long; at most 200 are allowed"]
    assert not (tmp_path / "user_lexicon").exists()


def test_a_control_character_in_a_cell_is_refused(tmp_path: Path) -> None:
    frames = shipped_frames()
    append(frames["topics"], topic="arms", term="صواريخ\x1b[31m")
    with pytest.raises(LexiconError) as raised:
        save_tables(tables_from_frames(frames), tmp_path / "user_lexicon")
    assert raised.value.problems == [f"topics.csv:{len(frames['topics']) + 1}: term contains a control character ('\\x1b')"]


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_refused(tmp_path: Path) -> None:
    # The lexicon's download is its files as they are, so the cell itself is refused.
    frames = shipped_frames()
    append(frames["actors"], actor_id="evil", name_en='=HYPERLINK("http://evil.example","x")', name_ar="شر", type="person")
    with pytest.raises(LexiconError) as raised:
        save_tables(tables_from_frames(frames), tmp_path / "user_lexicon")
    assert raised.value.problems == [f"actors.csv:{len(frames['actors']) + 1}: name_en starts with '=', as a spreadsheet formula does"]
    assert not (tmp_path / "user_lexicon").exists()


def test_saved_tables_are_readable_by_all_as_the_shipped_ones_are(tmp_path: Path) -> None:
    save_tables(read_tables(DATA_DIR), tmp_path)
    assert {oct((tmp_path / f"{name}.csv").stat().st_mode & 0o777) for name in ("actors", "aliases", "topics", "cues")} == {"0o644"}


def test_a_file_with_a_cell_over_the_csv_limit_is_a_lexicon_problem_not_a_crash(tmp_path: Path) -> None:
    # What an older Marsad saved: the CSV module refuses to read a field this long.
    save_tables(read_tables(DATA_DIR), tmp_path)
    with (tmp_path / "aliases.csv").open("a", encoding="utf-8") as handle:
        handle.write(f"lavrov,{'ل' * 200_000},variant,,\n")
    with pytest.raises(LexiconError) as raised:
        load_lexicon(tmp_path)
    line = len(read_tables(DATA_DIR)["aliases"]) + 2
    assert raised.value.problems == [
        f"aliases.csv:{line}: the file cannot be read as CSV (field larger than field limit (131072))"
    ]


@pytest.mark.parametrize(
    ("table", "row", "problem"),
    [
        ("aliases", {"actor_id": "lavrov", "alias": "في", "kind": "name"},
         "alias 'في' is a common function word (data/language/function_words.txt); it would match nearly every sentence"),
        ("aliases", {"actor_id": "lavrov", "alias": "إلى", "kind": "variant"},
         "alias 'إلى' is a common function word (data/language/function_words.txt); it would match nearly every sentence"),
        ("aliases", {"actor_id": "lavrov", "alias": "ل", "kind": "abbreviation"},
         "alias 'ل' is a single letter; it would match nearly every sentence"),
        ("cues", {"cue": "من", "cue_type": "reporting", "polarity": "neutral"},
         "cue 'من' is a common function word (data/language/function_words.txt); it would match nearly every sentence"),
    ],
)
def test_function_words_and_single_letters_are_refused_as_aliases_and_cues(tmp_path: Path, table, row, problem) -> None:
    frames = shipped_frames()
    append(frames[table], **row)
    with pytest.raises(LexiconError) as raised:
        save_tables(tables_from_frames(frames), tmp_path / "user_lexicon")
    assert raised.value.problems == [f"{table}.csv:{len(frames[table]) + 1}: {problem}"]


def test_the_function_words_come_from_the_documented_data_file() -> None:
    from analysis.lexicon.language import LANGUAGE_DIR, load_language

    lines = (LANGUAGE_DIR / "function_words.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# Common Arabic function words")
    function_words = load_language().function_words
    assert {"في", "من", "الي", "الذي"} <= function_words  # normalised: إلى → الي
    assert "قال" not in function_words and "ليبيا" not in function_words
