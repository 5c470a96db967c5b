"""Batch mode: several processes, the same frames as one."""

import subprocess
import sys
from pathlib import Path

import pandas.testing as pdt
import pytest

from analysis.extract.batch import analyze_parallel, chunked
from analysis.extract.pipeline import analyze
from bench.corpus import generate

REPO = Path(__file__).resolve().parents[2]
# The two seeds and 34 articles made of their sentences (bench/corpus.py).
N_DOCUMENTS = 36


@pytest.fixture(scope="module")
def documents():
    return generate(N_DOCUMENTS)


def test_chunks_keep_the_input_order(documents):
    chunks = chunked(documents, workers=2)
    assert len(chunks) == 8  # 36 documents, 4 chunks a worker, 5 documents a chunk
    assert [doc for chunk in chunks for doc in chunk] == documents


def test_two_workers_give_the_frames_of_one(documents, lexicon):
    expected = analyze(documents, lexicon)
    frames = analyze_parallel(documents, lexicon, workers=2)
    assert frames.documents["doc_id"].tolist() == [doc.doc_id for doc in documents]
    assert len(frames.stances) > N_DOCUMENTS  # the comparison below is not between empty frames
    for (name, got), (_, want) in zip(frames.items(), expected.items()):
        pdt.assert_frame_equal(got, want, check_exact=True, obj=name)


def test_duplicate_ids_are_refused_before_any_worker_starts(seeds, lexicon):
    doc = seeds["000_6e8e4df2958d8f13"]
    with pytest.raises(ValueError, match="two documents share the id '000_6e8e4df2958d8f13'"):
        analyze_parallel([doc, doc], lexicon, workers=2)


def test_cli_workers_2_writes_the_csvs_of_workers_1(tmp_path, documents):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    lines = ["file,title,outlet,date,language"]
    for doc in documents:
        (corpus / f"{doc.doc_id}.txt").write_text(doc.text, encoding="utf-8")
        lines.append(f"{doc.doc_id}.txt,{doc.title},{doc.outlet},{doc.date},ar")
    (corpus / "metadata.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        result = subprocess.run(
            [sys.executable, "-m", "analysis", "analyze", str(corpus), "--workers", str(workers), "--out", str(out)],
            cwd=REPO, capture_output=True, text=True,
        )
        assert result.returncode == 0, result.stderr
        assert f"analysed {N_DOCUMENTS} documents" in result.stdout
        outputs[workers] = {path.name: path.read_bytes() for path in sorted(out.glob("*.csv"))}
    assert sorted(outputs[1]) == ["documents.csv", "mentions.csv", "sentences.csv", "stances.csv", "topic_counts.csv", "topics.csv"]
    for name, content in outputs[1].items():
        assert outputs[2][name] == content, name


def test_frames_built_in_pieces_equal_frames_built_at_once(documents, lexicon, monkeypatch):
    import analysis.extract.pipeline as pipeline

    expected = analyze(documents, lexicon)  # 36 documents: one piece
    monkeypatch.setattr(pipeline, "FRAME_CHUNK", 5)  # 8 pieces, the last of one document
    for frames in (analyze(documents, lexicon), analyze_parallel(documents, lexicon, workers=2)):
        assert len(frames.documents) == N_DOCUMENTS
        for (name, got), (_, want) in zip(frames.items(), expected.items()):
            pdt.assert_frame_equal(got, want, check_exact=True, obj=name)
