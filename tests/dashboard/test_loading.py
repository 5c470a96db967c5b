"""The dashboard's corpus source: with MARSAD_PARQUET, a Parquet dataset the CLI (or a Dask
cluster) wrote, read instead of analysing the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.extract.dataset import write_dataset
from analysis.extract.pipeline import analyze
from bench.corpus import generate

from conftest import rendered

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new store (the two seeds): a page showing five articles shows the dataset, not the store."""
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "corpus.sqlite3"))
    monkeypatch.setenv("MARSAD_LEXICON", str(tmp_path / "user_lexicon"))


def overview() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.run()
    return at


def test_the_overview_shows_the_datasets_articles(tmp_path, monkeypatch, lexicon):
    documents = generate(5)  # the two seeds and three articles made of their sentences
    write_dataset(analyze(documents, lexicon), tmp_path / "dataset")
    monkeypatch.setenv("MARSAD_PARQUET", str(tmp_path / "dataset"))
    at = overview()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value
    # Read back in doc_id order: the seeds' ids (000_…, 004_…) sort before bench_00001.
    assert table["title"].tolist()[2:] == ["مقال 1", "مقال 2", "مقال 3"]
    assert table["article"].tolist() == [
        "Article 1 (2017-08-14)", "Article 2 (2024)",
        *(f"Article {n} ({doc.date})" for n, doc in enumerate(documents[2:], start=3)),
    ]
    # The seeds' figures are the store's own (tests/dashboard/test_pages.py).
    assert table[["n_sentences", "n_tokens", "mentions", "actors"]].values.tolist()[:2] == [[14, 362, 43, 12], [9, 368, 49, 21]]


def test_a_folder_that_is_no_dataset_stops_the_page_with_one_line(tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("MARSAD_PARQUET", str(tmp_path / "empty"))
    at = overview()
    assert [rendered(e.value) for e in at.error] == [
        f"MARSAD_PARQUET names a dataset that cannot be read: {tmp_path / 'empty'} is not a Marsad Parquet dataset: "
        "it has no 'documents' folder"
    ]
    assert not at.dataframe
