"""Keyness: the words, actors and cue phrases that distinguish two sets of articles.

Each set is chosen by a :class:`analysis.explore.filters.Filters`, the dashboard's settings (outlet
vs outlet, period vs period, articles naming an actor vs the rest). Every term is scored by the
log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008), "Fightin'
Words" (Political Analysis 16(4), eq. 16 and 18): for a term ``w`` counted ``y_a`` times among
the ``n_a`` terms of its kind in set A (``y_b``, ``n_b`` in B), with the prior ``a_w = a_0 ·
(y_a + y_b) / (n_a + n_b)`` (the pooled frequency, weighted ``a_0``),

    delta = log((y_a + a_w) / (n_a + a_0 - y_a - a_w)) - log((y_b + a_w) / (n_b + a_0 - y_b - a_w))
    var  ≈ 1 / (y_a + a_w) + 1 / (y_b + a_w)
    z    = delta / sqrt(var)

A positive z is a term of A, a negative one a term of B. Each kind (words, actors, cues) is scored
against its own totals. The words are counted per article in :mod:`analysis.explore.words`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.arabic.text import normalise_word
from analysis.corpus.store import CorpusStore
from analysis.explore.filters import Evidence, Filters, apply, evidence, is_in, kept_articles, value_set
from analysis.explore.words import corpus_word_counts, kept_word_rows, kept_word_tables, most_written, no_word_counts, sentence_words
from analysis.extract.results import release_memory
from analysis.extract.pipeline import Frames
from analysis.lexicon.derived import derived
from analysis.lexicon.read import Lexicon

# The prior's weight a_0: how many pseudo-counts the pooled frequencies add to each set. Small
# next to a corpus's tokens (a few articles hold a thousand words), so frequent terms are judged
# on their own counts, while a term seen twice in one set and never in the other is not a find.
ALPHA_0 = 100.0
KINDS = ("word", "actor", "cue")
COLUMNS = ["term", "kind", "label", "count_a", "count_b", "log_odds", "z"]


class GroupError(ValueError):
    """A set of articles that cannot be compared (it is empty): the message says which."""


@dataclass(frozen=True)
class Keyness:
    """The result of :func:`keyness`.

    - ``table``: one row per term, :data:`COLUMNS`: ``term`` (the word as most often written,
      the actor id, or the cue's lexicon entry), ``kind`` (``word``, ``actor``, ``cue``),
      ``label`` (what to show: the word, the actor's English name, the cue), the counts in each
      set, ``log_odds`` (delta) and ``z``; highest z (most typical of A) first.
    - ``articles_a``, ``articles_b``: the doc ids of each set, in corpus order.
    """

    table: pd.DataFrame
    articles_a: tuple[str, ...]
    articles_b: tuple[str, ...]

    @property
    def overlap(self) -> int:
        """Articles in both sets (the score assumes none; the page says when there are)."""
        return len(set(self.articles_a) & set(self.articles_b))


def strongest(table: pd.DataFrame, n: int) -> pd.DataFrame:
    """The ``n`` rows of a keyness ``table`` furthest from zero (largest ``|z|``), strongest first and
    ties in the table's order: what a stable sort of the whole table by ``|z|`` then ``head(n)`` gives,
    without sorting or copying the whole table. The Groups page charts the 600 strongest of 100,000
    terms at 10,000 articles, and that sort (every column taken in the new order) was half of its
    change to the whole corpus."""
    strength = np.abs(table["z"].to_numpy(dtype="float64"))
    if len(strength) > n:
        # Every row at least as strong as the n-th strongest (ties with it included), then the order.
        kept = np.flatnonzero(strength >= np.partition(strength, len(strength) - n)[len(strength) - n])
    else:
        kept = np.arange(len(strength))
    order = kept[np.argsort(-strength[kept], kind="stable")][:n]
    return table.iloc[order]


def log_odds(y_a: np.ndarray, y_b: np.ndarray, *, alpha_0: float = ALPHA_0) -> tuple[np.ndarray, np.ndarray]:
    """Monroe et al.'s delta and z for counts ``y_a``, ``y_b`` of the same terms (see the module doc).

    ``n_a`` and ``n_b`` are the sums of ``y_a`` and ``y_b``; the prior is their pooled share.

    Returns:
        ``(delta, z)``, one value per term.
    """
    y_a, y_b = np.asarray(y_a, dtype=float), np.asarray(y_b, dtype=float)
    n_a, n_b = y_a.sum(), y_b.sum()
    if n_a + n_b == 0:
        return np.zeros(len(y_a)), np.zeros(len(y_a))
    prior = alpha_0 * (y_a + y_b) / (n_a + n_b)
    delta = np.log((y_a + prior) / (n_a + alpha_0 - y_a - prior)) - np.log((y_b + prior) / (n_b + alpha_0 - y_b - prior))
    variance = 1.0 / (y_a + prior) + 1.0 / (y_b + prior)
    return delta, delta / np.sqrt(variance)


def group_articles(frames: Frames, settings: Filters) -> set[str]:
    """The articles one set's ``settings`` choose: those the article settings keep (ids, outlets,
    date range) that also hold what each content setting asks for: a mention of one of the actors
    (or of an actor of the types), a hit of one of the topics, a stance of one of the speakers or
    polarities, a match of the search. ``Filters(actor_ids=("haftar",))`` chooses the articles
    naming Haftar, all their sentences counted."""
    kept = kept_articles(frames.documents, settings)
    for frame, names in (
        (frames.mentions, ("actor_ids", "actor_types")),
        (frames.topics, ("topics",)),
        (frames.stances, ("speakers", "polarities")),
        (frames.sentences, ("search",)),
    ):
        if any(getattr(settings, name) for name in names):
            kept &= set(apply(frame[is_in(frame["doc_id"], kept)], settings.only(names), texts=frames.texts)["doc_id"])
    return kept


def keyness(
    frames: Frames,
    group_a: Filters,
    group_b: Filters | None = None,
    *,
    within: Filters = Filters(),
    words: pd.DataFrame | Coded | None = None,
    function_words: Collection[str] | None = None,
    alpha_0: float = ALPHA_0,
) -> Keyness:
    """Score the terms that distinguish the articles ``group_a`` chooses from those ``group_b``
    chooses (``None``: the rest), both among the articles ``within`` chooses (the sidebar).

    Args:
        frames: the analysis.
        group_a, group_b: each set's settings (:func:`group_articles`); ``group_b=None`` is every
            article of ``within`` not in A.
        within: settings both sets are drawn from.
        words: :func:`~analysis.explore.words.word_counts` of ``frames.sentences`` with their text, or :func:`coded_words`
            of it (computed here when None).
        function_words: normalised words not counted (default: the language resources' list);
            only read when ``words`` is None.
        alpha_0: the prior's weight.

    Raises:
        GroupError: a set holds no article.
    """
    universe = group_articles(frames, within)
    chosen_a = universe & group_articles(frames, group_a)
    chosen_b = universe - chosen_a if group_b is None else universe & group_articles(frames, group_b)
    for name, chosen in (("A", chosen_a), ("B", chosen_b)):
        if not chosen:
            raise GroupError(f"set {name} holds no article under these settings")
    # Each set's ids made Arrow strings once for the three tables (3-4 ms each time at 10,000
    # articles), and B, when it is every other article, counted as the totals less A's.
    sets = Sides(value_set(chosen_a), value_set(chosen_b), rest=group_b is None and not within.active)
    if words is None:
        if function_words is None:
            from analysis.lexicon.language import load_language

            function_words = load_language().function_words
        words = corpus_word_counts(frames.sentences, frames.texts, function_words=function_words)
    order = frames.documents["doc_id"].tolist()
    # Highest z first, ties (every word seen once in A alone shares one z) by kind, then term: the
    # kinds laid in that order, each table in its terms' order, then a stable sort by z alone. Sorted
    # on the strings too, by Arrow, it took 35-40 ms of the Groups page's change at 10,000 articles.
    tables = [
        _counted(frames.mentions, "actor_id", "actor_name", "actor", sets),
        _counted(frames.stances, "cue_lemma", "cue_lemma", "cue", sets),
        _word_table(words, sets),
    ]
    scored = [_scored(table, alpha_0) for table in tables if not table.empty]
    table = pd.concat(scored, ignore_index=True) if scored else pd.DataFrame(columns=COLUMNS)
    table = table.take(np.argsort(-table["z"].to_numpy(dtype="float64"), kind="stable")).reset_index(drop=True)
    return Keyness(
        table.astype({"term": "string", "kind": "string", "label": "string", "count_a": "int64", "count_b": "int64",
                      "log_odds": "float64", "z": "float64"}),
        tuple(d for d in order if d in chosen_a),
        tuple(d for d in order if d in chosen_b),
    )


# Rows of the word codes worked on at once (counted per set, or turned into places): the whole
# column at once copies it, and numpy.bincount makes its weights float64 (16.8 million rows at
# 100,000 articles: 130-200 MB above the codes for a moment, the Groups page's peak); a block
# of a million holds a few MB.
ROWS_AT_ONCE = 1 << 20

@dataclass(frozen=True)
class Sides:
    """The two sets of articles a comparison counts in: their ids (Arrow strings, :func:`value_set`),
    and whether B is every article not in A (``rest``: B's counts are the totals less A's, one pass
    over the rows fewer; only for codes of the corpus's own articles, as every comparison's are)."""

    a: pa.Array | Collection[str]
    b: pa.Array | Collection[str]
    rest: bool = False


@dataclass(frozen=True)
class Coded:
    """Counts as :func:`keyness` reads them, on integer codes: each row's article (a position in
    ``docs``), key (a position in ``keys``, -1 for none) and weight (None: each row counts 1), and
    each key's term and label. Text is held once per distinct value, as Arrow strings.

    :func:`coded_words` makes one of :func:`~analysis.explore.words.word_counts`' table: at 100,000 articles its 16.85
    million rows took 442 MB as a frame of categories, about 270 MB coded (and the frame need not
    be held beside it). Frames' codes (:func:`_coded_frame`) are worked out once per frame object.
    """

    docs: pd.Series
    doc_codes: np.ndarray  # each row's article; or, rows sorted by article, where each article's rows start (and the end)
    codes: np.ndarray
    weights: np.ndarray | None
    keys: pa.Array
    terms: pa.Array
    labels: pa.Array
    runs: bool = False  # doc_codes are where each article's rows start (rows sorted by article)

    def of_rows(self, per_article: np.ndarray) -> np.ndarray:
        """A value per article (in ``docs`` order) as a value per row. ``doc_codes`` of one row
        per article, with the row counts, is a table sorted by article (:func:`coded_words`)."""
        if self.runs:
            return np.repeat(per_article, np.diff(self.doc_codes))
        return per_article[self.doc_codes]

    def sides(self, chosen_a: set[str] | pa.Array, chosen_b: set[str] | pa.Array, *, rest: bool = False) -> pd.DataFrame:
        """term, label, count_a and count_b of every key used in either set, in the order of the terms
        (Arrow's order of the strings). ``rest``: B is every article of these codes not in A."""
        count_a = self._counted(self._rows_of(chosen_a))
        count_b = self._totals() - count_a if rest else self._counted(self._rows_of(chosen_b))
        order = self._term_order()
        keys = order[(count_a + count_b)[order] > 0]
        taken = pa.array(keys)
        # The strings stay Arrow's (pandas' "string" type holds them as they are): a Python list of
        # the 100,000 distinct words of 10,000 articles and back took 30 ms of a filter change.
        return pd.DataFrame({"term": _string_series(self.terms.take(taken)), "label": _string_series(self.labels.take(taken)),
                             "count_a": count_a[keys], "count_b": count_b[keys]})

    def ready(self) -> Coded:
        """These codes with what every comparison reads worked out now (the totals, the terms'
        order), not in the first comparison that needs them: the Groups page's first change to
        the whole corpus spent 30 ms of 10,000 articles' 1.7 million word rows on the totals."""
        self._totals()
        self._term_order()
        return self

    def _rows_of(self, chosen: set[str] | pa.Array) -> np.ndarray:
        # is_in on the distinct ids (100,000 at 100,000 articles), then spread over the rows.
        return self.of_rows(is_in(self.docs, chosen).to_numpy(dtype=bool)) & (self.codes >= 0)

    def _totals(self) -> np.ndarray:
        """Every key's count in all the articles, worked out once per codes."""
        return derived(self, "keyness:totals", lambda coded: coded._counted(coded.codes >= 0))

    def _term_order(self) -> np.ndarray:
        """The keys in their terms' order, worked out once per codes (a word's key is its normalised
        form, its term the form written most often: ``أكّد`` and ``اكد`` are one key, shown ``أكد``)."""
        return derived(self, "keyness:term order", lambda coded: pc.sort_indices(coded.terms).to_numpy())

    def _counted(self, inside: np.ndarray) -> np.ndarray:
        """How many rows of each key ``inside`` keeps (each row weighted by ``weights``)."""
        counted = np.zeros(len(self.keys), dtype=np.float64)
        for start in range(0, len(self.codes), ROWS_AT_ONCE):
            block = slice(start, start + ROWS_AT_ONCE)
            kept = inside[block]
            weights = None if self.weights is None else self.weights[block][kept]
            counted += np.bincount(self.codes[block][kept], weights=weights, minlength=len(self.keys))
        return np.rint(counted).astype("int64")

    def arrays(self) -> dict[str, np.ndarray | pa.Array]:
        """The codes as named arrays, to be kept on disk (:func:`analysis.extract.results.kept_arrays`)
        and read back by :meth:`from_arrays`."""
        arrays = {"docs": pa.array(self.docs.tolist(), type=pa.string()), "doc_codes": self.doc_codes,
                  "codes": self.codes, "keys": self.keys, "terms": self.terms, "labels": self.labels,
                  "runs": np.array([self.runs])}
        if self.weights is not None:
            arrays["weights"] = self.weights
        return arrays

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray | pa.Array]) -> Coded:
        """The codes :meth:`arrays` gave (as they are: memory-mapped ones stay mapped)."""
        return cls(pd.Series(arrays["docs"].to_pylist(), dtype="string"), arrays["doc_codes"], arrays["codes"],
                   arrays.get("weights"), arrays["keys"], arrays["terms"], arrays["labels"], bool(arrays["runs"][0]))

    def articles_with(self, key: str) -> list[str]:
        """The articles with a row of ``key``, in ``docs`` order."""
        position = pc.index(self.keys, pa.scalar(key, type=self.keys.type)).as_py()
        if position < 0:
            return []
        found = np.zeros(len(self.docs), dtype=bool)
        found[self.of_rows(np.arange(len(self.docs)))[self.codes == position]] = True
        return self.docs[found].tolist()


def _string_series(values: pa.Array) -> pd.Series:
    """Arrow strings as a pandas "string" column, without copying them."""
    return pd.Series(pd.arrays.ArrowStringArray(values))


def _strings(values) -> pa.Array:
    return pa.array(np.asarray(values, dtype=object), type=pa.string())


def _coded_frame(frame: pd.DataFrame, key: str, label: str) -> Coded:
    """``frame`` coded by its ``key`` column (keys sorted, each its own term), each labelled by
    the first of its rows' ``label``."""
    def build(frame: pd.DataFrame) -> Coded:
        doc_codes, docs = pd.factorize(frame["doc_id"])
        codes, values = pd.factorize(frame[key], sort=True)
        terms = np.asarray(values, dtype=object)
        named = frame[list(dict.fromkeys([key, label]))].drop_duplicates(key)
        labels = dict(zip(named[key].tolist(), named[label].tolist()))
        return Coded(pd.Series(np.asarray(docs, dtype=object), dtype="string"), doc_codes, codes, None,
                     _strings(terms), _strings(terms), _strings([labels[term] for term in terms.tolist()]))

    return derived(frame, f"keyness:{key}:{label}", build)


class _Dictionaries:
    """The dictionaries of one column over the row groups read, each kept once (a row group most
    often repeats the one before it when a table was written from categories in parts), and each
    row group's codes as positions in all of them laid end to end, until :meth:`mapped` turns
    those into positions in the sorted distinct values of all."""

    def __init__(self) -> None:
        self.dictionaries: list[pa.Array] = []
        self.size = 0

    def offset(self, dictionary: pa.Array) -> int:
        """Where ``dictionary``'s values start among all (a dictionary equal to the last one
        given shares its place)."""
        if not self.dictionaries or not dictionary.equals(self.dictionaries[-1]):
            self.dictionaries.append(dictionary)
            self.size += len(dictionary)
        return self.size - len(self.dictionaries[-1])

    def codes(self, column: pa.ChunkedArray) -> np.ndarray:
        """``column``'s rows as positions among all the dictionaries given (int32)."""
        parts = [chunk.indices.to_numpy(zero_copy_only=False).astype(np.int32) + np.int32(self.offset(chunk.dictionary))
                 for chunk in column.chunks]
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    def mapped(self) -> tuple[pa.Array, np.ndarray]:
        """The sorted distinct values of all, and each position's place among them."""
        laid = pa.concat_arrays([dictionary.cast(pa.string()) for dictionary in self.dictionaries]) if self.dictionaries else pa.array([], pa.string())
        distinct = pc.unique(laid)
        distinct = distinct.take(pc.sort_indices(distinct))
        return distinct, pc.index_in(laid, value_set=distinct).to_numpy(zero_copy_only=False).astype(np.int32)


def kept_coded_word_counts(store: CorpusStore, lexicon: Lexicon, sentences: pd.DataFrame) -> Coded:
    """``coded_words(words.kept_word_counts(…))``, coded straight from the kept rows' dictionaries
    (:func:`kept_coded_words`): what the Groups page holds. What Arrow freed on the way is handed
    back (100 MB at 100,000 articles, in the server that opened the page)."""
    tables = kept_word_tables(store, lexicon, sentences)
    coded = kept_coded_words(tables, rows=kept_word_rows(store, lexicon))
    release_memory()
    return coded


def kept_coded_words(tables: Iterable[pa.Table], *, rows: int | None = None) -> Coded:
    """``coded_words(words.kept_word_counts(…))`` of the word rows kept per article (a table a row group,
    read as the caller goes on: :func:`analysis.extract.results.per_article_tables`), worked out
    on the Arrow dictionaries' codes: each row group's dictionaries mapped into the sorted
    vocabulary of all, and each word's shown form from the (word, form) totals of each group.
    One row group is held at a time, with the codes: at 100,000 articles (16.8 million rows)
    the whole table read at once and coded peaked 2.6 GB above a bare process.

    ``rows`` is at most how many rows the tables hold (None: the tables are read first to count
    them): each row's codes are written once into room made for them all, and turned in place
    into positions in the sorted vocabulary. Kept as a part per row group and joined, they were
    held twice (the parts and the whole), 370 MB above the codes at 100,000 articles."""
    if rows is None:
        tables = list(tables)
        rows = sum(table.num_rows for table in tables)
    docs, words, forms = _Dictionaries(), _Dictionaries(), _Dictionaries()
    doc_codes = np.empty(rows, dtype=np.int32)
    codes = np.empty(rows, dtype=np.int32)
    counts = np.empty(rows, dtype=np.uint32)
    filled = 0
    pair_parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for table in tables:
        if not table.num_rows:
            continue
        end = filled + table.num_rows
        if end > len(codes):  # more rows than the footers said: room for them (never seen)
            doc_codes, codes, counts = (np.resize(array, end) for array in (doc_codes, codes, counts))
        doc_codes[filled:end] = docs.codes(table.column("doc_id"))
        codes[filled:end] = words.codes(table.column("word"))
        form_codes = forms.codes(table.column("form"))
        # A count is how often one article writes one form: 32 bits, narrowed when all are read.
        counts[filled:end] = table.column("count").to_numpy()
        del table
        pair_parts.append(_pair_totals(codes[filled:end], form_codes, counts[filled:end]))
        del form_codes
        filled = end
    if not filled:
        return coded_words(no_word_counts())
    doc_codes, codes = doc_codes[:filled], codes[:filled]
    keys, word_place = words.mapped()
    shown_of, form_place = forms.mapped()
    doc_values, doc_place = docs.mapped()
    _place_in(codes, word_place)
    _place_in(doc_codes, doc_place)
    counts = _narrow(counts[:filled])
    # Each word's shown form: the one the corpus writes most often (ties: the first in
    # code-point order), from the groups' totals added up per (word, form).
    word_of = word_place[np.concatenate([part[0] for part in pair_parts])]
    form_of = form_place[np.concatenate([part[1] for part in pair_parts])]
    totals = np.concatenate([part[2] for part in pair_parts])
    del pair_parts
    word_of, form_of, totals = _added_up(word_of, form_of, totals, len(shown_of))
    named = most_written(word_of, form_of, totals, len(keys))
    shown = shown_of.take(pa.array(named))
    runs = _sorted(doc_codes)
    if runs:
        doc_codes = np.concatenate([[0], np.cumsum(np.bincount(doc_codes, minlength=len(doc_values)))]).astype(np.int64)
    return Coded(pd.Series(doc_values.to_pylist(), dtype="string"), doc_codes, codes, counts, keys, shown, shown, runs)


def _pair_totals(word_codes: np.ndarray, form_codes: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One row group's (word, form) pairs and how often each is written (words and forms as
    positions among the dictionaries). A written form has one normalised word (``الأممَ`` is
    ``الامم``), so the forms are counted by ``numpy.bincount`` over their positions; were a form
    ever read as two words, the pairs are hashed instead."""
    if not len(form_codes):
        return np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.uint32)
    low = int(form_codes.min())
    within = form_codes - low
    word_of_form = np.full(int(within.max()) + 1, -1, dtype=np.int32)
    word_of_form[within] = word_codes
    if bool((word_of_form[within] == word_codes).all()):
        total = np.bincount(within, weights=counts, minlength=len(word_of_form))
        written = np.flatnonzero(word_of_form >= 0)
        return word_of_form[written], (written + low).astype(np.int32), total[written].astype(np.uint32)
    n_forms = int(form_codes.max()) + 1
    inverse, pairs = pd.factorize(word_codes.astype(np.int64) * n_forms + form_codes)
    total = np.bincount(inverse, weights=counts, minlength=len(pairs))
    return (pairs // n_forms).astype(np.int32), (pairs % n_forms).astype(np.int32), total.astype(np.uint32)


def _added_up(word_of: np.ndarray, form_of: np.ndarray, totals: np.ndarray, n_forms: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The row groups' (word, form, total) triples with each pair once, totals added up: by form
    (one word each) with ``numpy.bincount``, else hashed."""
    word_of_form = np.full(n_forms, -1, dtype=np.int64)
    word_of_form[form_of] = word_of
    if bool((word_of_form[form_of] == word_of).all()):
        total = np.bincount(form_of, weights=totals, minlength=n_forms)
        written = np.flatnonzero(word_of_form >= 0)
        return word_of_form[written], written, total[written]
    n_forms = max(n_forms, 1)
    inverse, pairs = pd.factorize(word_of.astype(np.int64) * n_forms + form_of)
    return pairs // n_forms, pairs % n_forms, np.bincount(inverse, weights=totals, minlength=len(pairs))




def _place_in(codes: np.ndarray, place: np.ndarray) -> None:
    """Each code (a position among the dictionaries laid end to end) replaced by its ``place``
    in the sorted values, in ``codes`` itself, a block at a time."""
    for start in range(0, len(codes), ROWS_AT_ONCE):
        block = codes[start:start + ROWS_AT_ONCE]
        block[:] = place[block]


def _category_codes(column: pd.Series) -> tuple[np.ndarray, pa.Array]:
    """A pandas categorical column's codes (-1: missing) and its categories as Arrow strings."""
    return column.cat.codes.to_numpy(), _strings(column.cat.categories)


def coded_words(words: pd.DataFrame) -> Coded:
    """:func:`~analysis.explore.words.word_counts`' table coded by word: each word's term and label the form the corpus
    writes most often (a word's rows all name the same one)."""
    codes, keys = _category_codes(words["word"])
    codes = np.asarray(codes, dtype=np.int32)
    doc_codes, docs = _category_codes(words["doc_id"])
    shown_codes, shown = _category_codes(words["shown"])
    named = np.full(len(keys), -1, dtype=np.int64)
    named[codes] = shown_codes
    forms = shown.take(pa.array(named, mask=named < 0))
    counts = _narrow(np.asarray(words["count"]))
    doc_codes = np.asarray(doc_codes, dtype=np.int32)
    runs = _sorted(doc_codes)
    if runs:
        # Sorted by article, as word_counts makes it: where each article's rows start, not a code
        # per row (16.85 million rows at 100,000 articles).
        doc_codes = np.concatenate([[0], np.cumsum(np.bincount(doc_codes, minlength=len(docs)))]).astype(np.int64)
    return Coded(pd.Series(docs.to_pylist(), dtype="string"), doc_codes, codes, counts, keys, forms, forms, runs)


def _sorted(codes: np.ndarray) -> bool:
    """Whether the codes never go down and none is missing (-1)."""
    return len(codes) == 0 or (codes[0] >= 0 and not bool((codes[1:] < codes[:-1]).any()))


def _narrow(counts: np.ndarray) -> np.ndarray:
    """Counts in the narrowest unsigned type that holds them (most are 1 or 2: 16 bits)."""
    largest = int(counts.max()) if len(counts) else 0
    return counts.astype(next(kind for kind in (np.uint16, np.uint32, np.int64) if largest <= np.iinfo(kind).max))


def _coded_words(words: pd.DataFrame | Coded) -> Coded:
    return words if isinstance(words, Coded) else derived(words, "keyness:words", coded_words)


def _side_counts(frame: pd.DataFrame, key: str, chosen_a: set[str], chosen_b: set[str], weight: str | None = None) -> pd.DataFrame:
    """count_a and count_b of each ``key`` value (rows weighted by ``weight``, else counted), in
    the order of the values (a category's order for a categorical ``key``).

    One factorisation of ``key`` and a ``numpy.bincount`` per set: the word counts of 10,000
    articles are millions of rows, which two ``groupby`` calls per rerun took a second over.
    """
    codes, values = pd.factorize(frame[key], sort=True)
    weights = frame[weight].to_numpy(dtype="float64") if weight else None
    sides = {}
    for name, chosen in (("count_a", chosen_a), ("count_b", chosen_b)):
        inside = np.asarray(is_in(frame["doc_id"], chosen), dtype=bool) & (codes >= 0)
        counted = np.bincount(codes[inside], weights=None if weights is None else weights[inside], minlength=len(values))
        sides[name] = np.rint(counted).astype("int64")
    both = pd.DataFrame(sides, index=pd.Index(np.asarray(values, dtype=object), name=key))
    return both[(both["count_a"] + both["count_b"]) > 0]


def _word_table(words: pd.DataFrame | Coded, sets: Sides) -> pd.DataFrame:
    if not isinstance(words, Coded) and not all(isinstance(words[column].dtype, pd.CategoricalDtype) for column in ("doc_id", "word", "shown")):
        both = _side_counts(words, "word", sets.a, sets.b, weight="count")
        shown = words.groupby("word", observed=True)["shown"].first()
        terms = shown.reindex(both.index).astype(str).tolist()
        if not terms:
            return pd.DataFrame(columns=["term", "kind", "label", "count_a", "count_b"])
        table = pd.DataFrame({"term": terms, "kind": "word", "label": terms,
                              "count_a": both["count_a"].to_numpy(), "count_b": both["count_b"].to_numpy()})
        return table.sort_values("term", kind="stable", ignore_index=True)  # in the terms' order, as the codes give it
    table = _coded_words(words).sides(sets.a, sets.b, rest=sets.rest)
    if table.empty:
        return pd.DataFrame(columns=["term", "kind", "label", "count_a", "count_b"])
    return table.assign(kind="word")[["term", "kind", "label", "count_a", "count_b"]]


def _counted(frame: pd.DataFrame, key: str, label: str, kind: str, sets: Sides) -> pd.DataFrame:
    return _coded_frame(frame, key, label).sides(sets.a, sets.b, rest=sets.rest).assign(kind=kind)[["term", "kind", "label", "count_a", "count_b"]]


def _scored(table: pd.DataFrame, alpha_0: float) -> pd.DataFrame:
    delta, z = log_odds(table["count_a"].to_numpy(), table["count_b"].to_numpy(), alpha_0=alpha_0)
    return table.assign(log_odds=delta, z=z)[COLUMNS]


def term_evidence(
    frames: Frames,
    kind: str,
    term: str,
    articles: Sequence[str],
    *,
    words: pd.DataFrame | Coded | None = None,
    limit: int = 40,
) -> list[Evidence]:
    """The sentences of ``articles`` that hold ``term`` (a row of :attr:`Keyness.table`), with it
    marked, from the first ``limit`` articles (in the order given) that hold it.

    A word is found with the search of :mod:`analysis.explore.filters` (diacritics and alef forms
    aside), and a sentence is kept when one of its words is the word itself: ``قال`` does not
    bring the sentences of ``استقال``. ``words`` (:func:`~analysis.explore.words.word_counts`) says which articles hold the
    word, so only those are searched.
    """
    if kind == "actor":
        holding = _in_order(frames.mentions.loc[frames.mentions["actor_id"] == term, "doc_id"], articles, limit)
        if not holding:
            return []
        return evidence(_of(frames, holding), filters=Filters(doc_ids=holding, actor_ids=(term,)), layers=("actors",))
    if kind == "cue":
        rows = frames.stances[frames.stances["cue_lemma"] == term]
        holding = _in_order(rows["doc_id"], articles, limit)
        if not holding:
            return []
        cues = set(zip(rows["doc_id"], rows["start"]))
        found = evidence(_of(frames, holding), filters=Filters(doc_ids=holding), layers=("stances",))
        return _only(found, lambda item, span: (item.doc_id, span.start) in cues)
    if kind == "word":
        word = normalise_word(term)
        if isinstance(words, Coded):
            articles = _in_order(words.articles_with(word), articles, limit)
        elif words is not None:
            articles = _in_order(words.loc[words["word"] == word, "doc_id"].astype(str), articles, limit)
        if not articles:
            return []
        found = evidence(_of(frames, articles), filters=Filters(doc_ids=tuple(articles), search=term), layers=())
        kept: list[Evidence] = []
        seen: set[str] = set()
        for item in found:
            places = [(item.start + start, item.start + end) for norm, start, end in sentence_words(item.text) if norm == word]
            if not places:
                continue
            seen.add(item.doc_id)
            if len(seen) > limit:
                break
            # The search also marks the word inside longer ones (قال in استقال): only whole words stay.
            spans = tuple(s for s in item.spans if any(a <= s.start and s.end <= b for a, b in places))
            kept.append(replace(item, spans=spans))
        return kept
    raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")


def _of(frames: Frames, articles: Collection[str]) -> Frames:
    """``frames`` cut to ``articles``: the search runs over every row it is given, so the sentences
    behind a term are looked for in the few articles that hold it, not in the whole corpus."""
    wanted = set(articles)
    return Frames(**{name: frame[frame["doc_id"].isin(wanted)] for name, frame in frames.items()}, texts=frames.texts)


def _in_order(doc_ids: Iterable[str], articles: Sequence[str], limit: int) -> tuple[str, ...]:
    present = set(doc_ids)
    return tuple(d for d in articles if d in present)[:limit]


def _only(items: list[Evidence], keep) -> list[Evidence]:
    """``items`` with only the spans ``keep(item, span)`` accepts, and only the items left with one."""
    result = []
    for item in items:
        spans = tuple(span for span in item.spans if keep(item, span))
        if spans:
            result.append(replace(item, spans=spans))
    return result
