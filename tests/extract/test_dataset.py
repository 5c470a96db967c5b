"""The frames as a Parquet dataset partitioned by outlet and month, written and read back."""

from pathlib import Path
from urllib.parse import unquote

import pandas.testing as pdt
import pyarrow.parquet as pq
import pytest

from analysis.corpus.documents import Document
from analysis.extract import schema
from analysis.extract.dataset import (
    DatasetError, fingerprint, month_partition, outlet_partition, read_dataset, write_dataset,
)
from analysis.extract.pipeline import analyze

from conftest import SEED_2017, SEED_2024


def layout(folder: Path) -> set[str]:
    """Every file under ``folder``, as a decoded relative path."""
    return {unquote(str(path.relative_to(folder))) for path in folder.rglob("*") if path.is_file()}


def in_doc_id_order(frame):
    """``frame`` with its documents in ``doc_id`` order, each document's rows kept in their order."""
    return frame.sort_values("doc_id", kind="stable").reset_index(drop=True)


def test_partition_values():
    assert outlet_partition("العربي الجديد") == "العربي الجديد"
    assert outlet_partition("") == "unknown"
    long = "صحيفة " * 10  # 60 characters: cut to 30, told apart from another long name by a hash
    cut = outlet_partition(long)
    assert cut.startswith("صحيفة صحيفة صحيفة صحيفة صحيفة ~") and len(cut) == 30 + 1 + 8
    assert outlet_partition(long + "أخرى") != cut
    assert month_partition("2024-05-10") == "2024-05"
    assert month_partition("2024-05") == "2024-05"
    assert month_partition("2024") == "2024"
    assert month_partition("") == "undated"


def test_seeds_are_filed_by_outlet_and_month(tmp_path, frames):
    written = write_dataset(frames, tmp_path / "out", meta={"lexicon_version": "test"})
    files = layout(tmp_path / "out")
    # The 2017 seed has no outlet in its metadata or dateline; the 2024 one is dated by year only.
    assert files == {"provenance.json"} | {
        f"{name}/{partition}/part-0.parquet"
        for name in schema.FRAMES
        for partition in ("by_outlet=unknown/by_month=2017-08", "by_outlet=العربي الجديد/by_month=2024")
    }
    assert len(written) == 13
    # The files hold the frame's own columns only: the partition keys live in the folder names.
    for name in schema.FRAMES:
        for path in (tmp_path / "out" / name).rglob("*.parquet"):
            assert pq.read_schema(path).names == schema.columns(name), path
    mentions = pq.read_table(next((tmp_path / "out" / "mentions").glob("by_outlet=unknown/*/*.parquet"))).to_pandas()
    assert set(mentions["doc_id"]) == {SEED_2017}
    assert mentions["surface"].tolist()[:3] == frames.mentions.query("doc_id == @SEED_2017")["surface"].tolist()[:3]


def test_read_back_equals_the_frames_with_their_dtypes(tmp_path, frames):
    write_dataset(frames, tmp_path / "out")
    back = read_dataset(tmp_path / "out")
    for (name, got), (_, want) in zip(back.items(), frames.items()):
        schema.check(got, name)
        pdt.assert_frame_equal(got, in_doc_id_order(want), check_exact=True, obj=name)
    # The articles' texts come back beside the frames, the ones the offsets refer to.
    assert "text" not in back.documents.columns
    assert back.texts.of([SEED_2024, SEED_2017]) == frames.texts.of([SEED_2024, SEED_2017])
    mention = back.mentions.query("doc_id == @SEED_2024").iloc[0]
    assert back.text(SEED_2024)[mention["start"]:mention["end"]] == mention["surface"]


def test_an_outlet_with_a_slash_is_one_folder_and_empty_frames_come_back_typed(tmp_path, lexicon):
    docs = [
        Document("b", "العاصمة هادئة اليوم.", outlet="الشرق/الأوسط", date="2023-11-02"),
        Document("a", "الطقس معتدل في المدينة.", outlet="الشرق/الأوسط", date="2023-11-30"),
    ]
    frames = analyze(docs, lexicon)
    assert frames.stances.empty and frames.mentions.empty
    write_dataset(frames, tmp_path / "out")
    # Percent-encoded, '/' included: one folder, decoded back to the outlet.
    assert [unquote(path.name) for path in (tmp_path / "out" / "documents").iterdir()] == ["by_outlet=الشرق/الأوسط"]
    assert layout(tmp_path / "out" / "documents") == {"by_outlet=الشرق/الأوسط/by_month=2023-11/part-0.parquet"}
    back = read_dataset(tmp_path / "out")
    assert back.documents["doc_id"].tolist() == ["a", "b"]
    # The files hold each sentence's text; the frames read back hold offsets into the article's.
    written = pq.read_table(next((tmp_path / "out" / "sentences").rglob("*.parquet"))).to_pandas()
    assert set(written["text"]) == {"العاصمة هادئة اليوم.", "الطقس معتدل في المدينة."}
    assert "text" not in back.sentences.columns
    assert schema.sentence_text(back.sentences, back.texts).tolist() == ["الطقس معتدل في المدينة.", "العاصمة هادئة اليوم."]
    schema.check(back.stances, "stances")
    assert back.stances.empty


def test_a_used_folder_is_refused_and_a_foreign_one_is_not_read(tmp_path, frames):
    write_dataset(frames, tmp_path / "out")
    with pytest.raises(DatasetError, match="documents already exists; give an empty folder"):
        write_dataset(frames, tmp_path / "out")
    (tmp_path / "other").mkdir()
    with pytest.raises(DatasetError, match="is not a Marsad Parquet dataset: it has no 'documents' folder"):
        read_dataset(tmp_path / "other")


def test_the_fingerprint_sees_a_dataset_written_again_and_a_month_added_without_reading_its_files(tmp_path, frames):
    import shutil

    write_dataset(frames, tmp_path / "out")
    first = fingerprint(tmp_path / "out")
    assert fingerprint(tmp_path / "out") == first
    # A cluster adds a month under an outlet that has one: a new folder in the outlet's.
    outlet = next((tmp_path / "out" / "mentions").iterdir())
    (outlet / "by_month=2030-01").mkdir()
    added = fingerprint(tmp_path / "out")
    assert added != first
    # The dataset removed and written again in the same place.
    shutil.rmtree(tmp_path / "out")
    write_dataset(frames, tmp_path / "out")
    assert fingerprint(tmp_path / "out") not in (first, added)
