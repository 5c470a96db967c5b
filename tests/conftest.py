"""Fixtures built from the real seeds and the shipped lexicon."""

from __future__ import annotations

import pytest

from analysis.corpus.documents import Document, load_seeds
from analysis.lexicon.read import DATA_DIR, load_lexicon
from analysis.extract.pipeline import analyze

SEED_2017 = "000_6e8e4df2958d8f13"
SEED_2024 = "004_de159ab6a08af78c"


@pytest.fixture(scope="session")
def seeds() -> dict[str, Document]:
    return {doc.doc_id: doc for doc in load_seeds()}


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon(DATA_DIR)


@pytest.fixture(scope="session")
def frames(seeds, lexicon):
    return analyze(seeds.values(), lexicon)


def snippet(text: str, *, date: str = "2024", doc_id: str = "snippet") -> Document:
    """A short article made of real Arabic text, for a rule's test."""
    return Document(doc_id, text, date=date, source="test")
