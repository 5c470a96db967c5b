"""Words per article: what the Groups page compares besides actors and cues.

Words are the tokens of the analysed sentences, counted on their normalised form (``الأمم`` and
``الامم`` are one word) without the function words (``data/language/function_words.txt``), and
named by the form the articles write most often: normalised text is never shown.

The rows are kept per article beside a store's results (:func:`kept_word_counts`), under this
module's own code version: scoring them (:mod:`analysis.explore.keyness`) can change without
counting 100,000 articles' words again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from itertools import chain
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.api.types import union_categoricals

from analysis.arabic.text import NormalisedText, tokenize
from analysis.corpus.documents import Document
from analysis.corpus.store import CorpusStore
from analysis.explore.filters import is_in
from analysis.extract import schema
from analysis.extract.results import Progress, per_article, per_article_rows, per_article_tables, source_version, waiting
from analysis.extract.texts import Texts
from analysis.lexicon.read import Lexicon

# The word-count table :func:`word_counts` returns: one row per article and written form.
WORD_COLUMNS = ["doc_id", "word", "form", "shown", "count"]


_SPACED = re.compile(r"\S+")


@lru_cache(maxsize=1 << 18)
def _word_tokens(spaced: str) -> tuple[tuple[str, int, int], ...]:
    """The word tokens of one whitespace-separated piece of text, with offsets into it: the
    tokeniser splits each such piece on its own, and news repeats its words, so each piece is
    tokenised once (tokenising every sentence again took most of the time)."""
    return tuple(
        (token.norm, token.start, token.end)
        for token in tokenize(NormalisedText(spaced))
        if token.is_word and any(char.isalpha() for char in token.norm)
    )


def sentence_words(text: str, function_words: Collection[str] = ()) -> list[tuple[str, int, int]]:
    """The counted words of one sentence: ``(normalised word, start, end)``, ``text[start:end]``
    being the word as written. Punctuation, numbers and function words are left out.

    ``sentence_words("قال إنّ الأممَ المتحدة، 2024")`` → ``قال`` (0, 3), ``الامم`` (8, 14),
    ``المتحده`` (15, 22) when ``إن`` is a function word.
    """
    return [
        (norm, piece.start() + start, piece.start() + end)
        for piece in _SPACED.finditer(text)
        for norm, start, end in _word_tokens(piece.group())
        if norm not in function_words
    ]


def word_counts(sentences: pd.DataFrame, *, function_words: Collection[str] = ()) -> pd.DataFrame:
    """How often each article writes each word: :data:`WORD_COLUMNS`, one row per article and
    written form (``word`` normalised, ``form`` as written, ``shown`` the form the whole corpus
    writes most often, ``count``), every column but ``count`` categorical, categories sorted.

    Built once per corpus; :func:`keyness` sums it per set. Counted on codes rather than per
    word in Python (10,000 articles write 3 million words, 160,000 distinct pieces): each
    whitespace-separated piece is factorised, each distinct piece tokenised once, and each
    (article, piece) pair counted with ``numpy.unique`` before it is spread over the piece's words.
    """
    doc_codes, doc_values = pd.factorize(sentences["doc_id"].astype(str), sort=True)
    split = [text.split() for text in sentences["text"].astype(str).tolist()]
    lengths = np.fromiter(map(len, split), dtype=np.int64, count=len(split))
    pieces = np.fromiter(chain.from_iterable(split), dtype=object, count=int(lengths.sum()))
    del split
    piece_codes, piece_values = pd.factorize(pieces)
    del pieces
    docs = np.repeat(doc_codes.astype(np.int64), lengths)
    # Each distinct piece's counted words, as ids of (normalised word, form as written).
    form_ids: dict[tuple[str, str], int] = {}
    piece_forms: list[int] = []
    words_in_piece = np.zeros(len(piece_values), dtype=np.int64)
    for index, piece in enumerate(piece_values):
        for norm, start, end in _word_tokens(piece):
            if norm not in function_words:
                piece_forms.append(form_ids.setdefault((norm, piece[start:end]), len(form_ids)))
                words_in_piece[index] += 1
    forms = np.asarray(piece_forms, dtype=np.int64)
    first_form = np.cumsum(words_in_piece) - words_in_piece
    n_pieces, n_forms = max(len(piece_values), 1), max(len(form_ids), 1)
    pairs, pair_counts = np.unique(docs * n_pieces + piece_codes, return_counts=True)
    del docs, piece_codes
    pair_doc, pair_piece = pairs // n_pieces, pairs % n_pieces
    spread = words_in_piece[pair_piece]  # each pair becomes one row per word of its piece
    within = np.arange(int(spread.sum())) - np.repeat(np.cumsum(spread) - spread, spread)
    row_form = forms[np.repeat(first_form[pair_piece], spread) + within]
    row_count = np.repeat(pair_counts, spread)
    keys, inverse = np.unique(np.repeat(pair_doc, spread) * n_forms + row_form, return_inverse=True)
    count = np.rint(np.bincount(inverse, weights=row_count)).astype("int64") if len(keys) else np.zeros(0, dtype="int64")
    word_code, words = pd.factorize(np.array([word for word, _ in form_ids], dtype=object), sort=True)
    form_code, written = pd.factorize(np.array([form for _, form in form_ids], dtype=object), sort=True)
    # The form the corpus writes most often names the word (ties: the first in code-point order).
    total = np.bincount(row_form, weights=row_count, minlength=len(form_ids))
    named = most_written(word_code, form_code, total, len(words))
    shown_code, shown = pd.factorize(np.asarray(written, dtype=object)[named], sort=True)
    form_of_row = keys % n_forms
    word_of_row = word_code[form_of_row] if len(keys) else np.zeros(0, dtype=np.int64)
    return pd.DataFrame({
        "doc_id": pd.Categorical.from_codes(keys // n_forms, categories=pd.Index(np.asarray(doc_values, dtype=object)).astype("str")),
        "word": pd.Categorical.from_codes(word_of_row, categories=pd.Index(words).astype("str")),
        "form": pd.Categorical.from_codes(form_code[form_of_row] if len(keys) else word_of_row, categories=pd.Index(written).astype("str")),
        "shown": pd.Categorical.from_codes(shown_code[word_of_row] if len(keys) else word_of_row, categories=pd.Index(shown).astype("str")),
        "count": count,
    }, columns=WORD_COLUMNS)


# Articles whose words are counted at once: every sentence's text and its words in Python lists
# at once took 7.6 GB at 100,000 articles.
ARTICLES_COUNTED_AT_ONCE = 5000


def corpus_word_counts(sentences: pd.DataFrame, texts: Texts, *, function_words: Collection[str] = (),
                       articles_at_once: int | None = None) -> pd.DataFrame:
    """:func:`word_counts` of ``sentences`` (their texts read from ``texts``), counted
    ``articles_at_once`` articles at a time and joined: the same rows (each article's in another
    order), the same categories, each word shown by the form the whole corpus writes most often."""
    step = articles_at_once or ARTICLES_COUNTED_AT_ONCE
    article, articles = pd.factorize(sentences["doc_id"])
    if len(articles) <= step:
        return word_counts(schema.with_text(sentences, texts), function_words=function_words)
    # The rows of each batch of articles, found once by sorting, not by a mask over every row per batch.
    order = np.argsort(article, kind="stable")
    bounds = np.searchsorted(article[order], np.arange(0, len(articles) + step, step))
    parts = [word_counts(schema.with_text(sentences.iloc[order[start:end]], texts), function_words=function_words)
             for start, end in zip(bounds[:-1], bounds[1:]) if end > start]
    return _joined_counts(parts)


KEPT_WORD_COLUMNS = ["doc_id", "word", "form", "count"]  # shown is the whole corpus's: worked out when joined


def article_word_counts(documents: Iterable[Document], sentences: pd.DataFrame, *,
                        function_words: Collection[str] = ()) -> pd.DataFrame:
    """:func:`word_counts` of ``documents`` (their sentences in ``sentences``, the analysis'),
    without ``shown``: the rows kept per article (:func:`kept_word_counts`), counted
    :data:`ARTICLES_COUNTED_AT_ONCE` articles at a time as they are read."""
    parts, batch = [], []
    for document in chain(documents, [None]):
        if document is not None:
            batch.append(document)
        if batch and (document is None or len(batch) >= ARTICLES_COUNTED_AT_ONCE):
            texts = Texts({doc.doc_id: doc.text for doc in batch})
            mine = sentences[is_in(sentences["doc_id"], set(texts.ids())).to_numpy(dtype=bool)]
            parts.append(word_counts(schema.with_text(mine, texts), function_words=function_words))
            batch = []
    if not parts:
        return no_word_counts()[KEPT_WORD_COLUMNS]
    return (parts[0] if len(parts) == 1 else _joined_counts(parts))[KEPT_WORD_COLUMNS]


def kept_word_counts(store: CorpusStore, lexicon: Lexicon, sentences: pd.DataFrame, *,
                     progress: Progress | None = None, read: bool = True) -> pd.DataFrame | None:
    """:func:`word_counts` of every article in ``store``, each article counted once and kept
    beside the analysis (:func:`analysis.extract.results.per_article`): adding an article to
    100,000 counts its words, not the corpus's again (74 s of CPU). The kept rows are read as
    the dictionaries they were written as and joined (:func:`_joined_counts`), which is where
    ``shown``, the form the whole corpus writes most often, is worked out. ``read=False`` only
    brings the kept rows up to date (with the analysis), and returns None."""
    tables = kept_word_tables(store, lexicon, sentences, progress=progress, read=read)
    if tables is None:
        return None
    parts = [table.to_pandas() for table in tables if table.num_rows]
    if not parts:
        return no_word_counts()
    return _joined_counts(parts)


def no_word_counts() -> pd.DataFrame:
    """:func:`word_counts` of no sentence: its columns and dtypes, no row."""
    return word_counts(pd.DataFrame({"doc_id": pd.Series([], dtype="string"), "text": pd.Series([], dtype="string")}))


def word_rows_waiting(store: CorpusStore, lexicon: Lexicon) -> int:
    """How many articles have no kept word rows (see :func:`analysis.extract.results.waiting`)."""
    return waiting(store, lexicon, "words", code=source_version(Path(__file__)))


def kept_word_tables(store: CorpusStore, lexicon: Lexicon, sentences: pd.DataFrame, *,
                      progress: Progress | None = None, read: bool = True) -> Iterator[pa.Table] | None:
    """The kept word rows brought up to date (the articles without any counted), and read as
    Arrow tables, a row group at a time, unless ``read`` is False."""
    code = source_version(Path(__file__))
    per_article(store, lexicon, "words", lambda documents: article_word_counts(
        documents, sentences, function_words=lexicon.language.function_words), code=code, progress=progress, read=False)
    return per_article_tables(store, lexicon, "words", code=code) if read else None


def kept_word_rows(store: CorpusStore, lexicon: Lexicon) -> int:
    """At most how many rows :func:`kept_word_tables` gives (the kept rows' footers)."""
    return per_article_rows(store, lexicon, "words", code=source_version(Path(__file__)))


def most_written(word_of: np.ndarray, form_of: np.ndarray, total: np.ndarray, n_words: int) -> np.ndarray:
    """Each word's form code (a position per word): of the (word, form) pairs given with their
    totals, the form written most often; ties go to the first form in code-point order."""
    order = np.lexsort((form_of, -total, word_of))
    leading = order[np.r_[True, word_of[order][1:] != word_of[order][:-1]]] if len(order) else order
    named = np.zeros(n_words, dtype=np.int64)
    named[word_of[leading]] = form_of[leading]
    return named


def _joined_counts(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Word counts of batches of articles as one table, as :func:`word_counts` of them all gives it."""
    doc = union_categoricals([part["doc_id"] for part in parts], sort_categories=True)
    word = union_categoricals([part["word"] for part in parts], sort_categories=True)
    form = union_categoricals([part["form"] for part in parts], sort_categories=True)
    count = np.concatenate([part["count"].to_numpy() for part in parts])
    del parts
    word_code, form_code = word.codes.astype(np.int64), form.codes.astype(np.int64)
    # The form the corpus writes most often names the word (ties: the first in code-point order).
    n_forms = max(len(form.categories), 1)
    # Hashed, not sorted (np.unique sorted 16.8 million pairs at 100,000 articles, 3.9 s): the
    # pairs' order does not matter, most_written orders them.
    inverse, pairs = pd.factorize(word_code * n_forms + form_code)
    total = np.bincount(inverse, weights=count, minlength=len(pairs))
    named = most_written(pairs // n_forms, pairs % n_forms, total, len(word.categories))
    shown_code, shown = pd.factorize(np.asarray(form.categories, dtype=object)[named], sort=True)
    # By article, as word_counts gives them.
    rows = np.argsort(doc.codes, kind="stable")
    return pd.DataFrame({
        "doc_id": doc.take(rows),
        "word": word.take(rows),
        "form": form.take(rows),
        "shown": pd.Categorical.from_codes(shown_code[word_code[rows]], categories=pd.Index(shown).astype("str")),
        "count": count[rows],
    }, columns=WORD_COLUMNS)
