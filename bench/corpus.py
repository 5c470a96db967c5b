"""A deterministic benchmark corpus made of the seeds' real sentences.

The seeds are split into sentences with :func:`analysis.arabic.text.prepare` (the same splitter the
analysis uses), the sentences are dealt from a deck shuffled with a fixed seed, and each
article takes 8–20 of them in paragraphs of 2–4 sentences. Every article is real Arabic news
prose, so actors, topics and cues occur at the rate they do in real coverage; the same ``n``
always gives the same texts, ids and dates.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from analysis.corpus.documents import Document
from analysis.corpus.seeds import load_seeds
from analysis.arabic.text import prepare

SEED = 20240601
MIN_SENTENCES, MAX_SENTENCES = 8, 20
# Dates spread over the years the seeds cover, so dated titles (وزير الخارجية) are tested
# both inside and outside their holders' terms.
FIRST_DAY, DAYS = date(2017, 1, 1), 8 * 365


def seed_sentences(seeds: list[Document] | None = None) -> list[str]:
    """The seeds' sentences as written (datelines excluded), in seed and text order."""
    seeds = load_seeds() if seeds is None else seeds
    sentences = []
    for doc in seeds:
        prepared = prepare(doc.text)
        sentences.extend(doc.text[s.start:s.end] for s in prepared.sentences)
    return sentences


def generate(n: int, *, seed: int = SEED) -> list[Document]:
    """``n`` articles: the seeds themselves first, then generated ones (``bench_00001`` …).

    Args:
        n: how many articles in all (at least the number of seeds).
        seed: the shuffle's seed; the default gives the benchmark's corpus.

    Returns:
        Documents with distinct ids and distinct texts (the corpus store rejects duplicates).
    """
    seeds = load_seeds()
    if n < len(seeds):
        raise ValueError(f"n must be at least {len(seeds)}, the number of seeds")
    sentences = seed_sentences(seeds)
    rng = random.Random(seed)
    deck: list[str] = []
    documents = list(seeds)
    texts = {doc.text for doc in seeds}
    while len(documents) < n:
        wanted = rng.randint(MIN_SENTENCES, MAX_SENTENCES)
        picked: list[str] = []
        while len(picked) < wanted:
            if not deck:
                deck = sentences[:]
                rng.shuffle(deck)
            picked.append(deck.pop())
        text = _compose(picked, rng)
        if text in texts:
            continue  # astronomically rare, but the store would reject it
        texts.add(text)
        number = len(documents) - len(seeds) + 1
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        documents.append(Document(f"bench_{number:05d}", text, title=f"مقال {number}", date=day.isoformat(), source="bench"))
    return documents


def _compose(sentences: list[str], rng: random.Random) -> str:
    paragraphs, start = [], 0
    while start < len(sentences):
        size = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[start:start + size]))
        start += size
    return "\n".join(paragraphs) + "\n"


def word_count(documents: list[Document]) -> int:
    """Whitespace-separated words in the texts: the unit of every words-per-second figure."""
    return sum(len(doc.text.split()) for doc in documents)
