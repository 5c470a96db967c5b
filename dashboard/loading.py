"""The analysed corpus as pages read it: the store, the active lexicon, the cached analysis.

Analysis is cached as a resource on the store's fingerprint and the lexicon files' contents, so
a filter change reruns nothing expensive; pages treat the frames as read-only. Behind the cache,
the analysis of a store is kept beside it (:mod:`analysis.extract.results`): a new server, or an
added article, reads the stored results and analyses only what is new, with a progress bar.

With ``MARSAD_PARQUET=DIR`` in the environment, the pages show the Parquet dataset that
``python -m analysis analyze --format parquet --out DIR`` wrote (on this machine or a Dask
cluster) instead of analysing the store: the frames are read, not recomputed. An archive of more
than ``MARSAD_PARQUET_ARTICLES`` articles (25,000 by default) is read a slice at a time, the
outlets and dates the sidebar holds, newest months first (:mod:`analysis.extract.archive`).
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis.corpus.documents import Document
from analysis.corpus.seeds import load_seeds, open_store
from analysis.corpus.store import CorpusStore, default_db_path
from analysis.explore.charts import short
from analysis.explore import aggregate, cooccurrence, network
from analysis.explore.engine import Engine
from analysis.explore.outlets import actor_rates, speaker_rates, topic_rates
from analysis.explore.trends import Placement, Trend, trend
from analysis.explore.filters import (
    ARTICLE_SETTINGS, Filters, date_settings, filter_frame, filter_frames, is_in, rows_apart, stands_alone,
)
from analysis.explore import keyness as keyness_module
from analysis.explore import words as words_module
from analysis.explore import summary
from analysis.explore import kept
from analysis.explore.keyness import Coded, Keyness, coded_words, keyness, kept_coded_word_counts
from analysis.explore.words import corpus_word_counts
from analysis.explore.markup import escape_markdown, markdown_list
from analysis.arabic.dates import date_period
from analysis.extract import archive
from analysis.extract.archive import Slice
from analysis.extract.dataset import DatasetError, fingerprint, read_dataset
from analysis.extract import results
from analysis.extract.pipeline import Frames, analyze
from analysis.lexicon.edit import reset_to_defaults
from analysis.lexicon.language import LANGUAGE_DIR, language_version, load_language
from analysis.lexicon.read import (
    DATA_DIR, DISPLAY_FILES, Lexicon, LexiconError, displayed, active_lexicon_dir, build_lexicon, read_files, tables_from_files, user_lexicon_dir,
)
from dashboard import navigation, subject
from dashboard.url import query
from analysis.explore import labels as names
from dashboard.labels import ARTICLE_COLOURS, lexicon_label


def load_documents() -> list[Document]:
    """The corpus: the analyst's SQLite store, seeded from ``seeds/`` the first time.

    Switching source is this one line (``return load_seeds()`` reads the seed files only).
    """
    return _documents_from_store()


@st.cache_resource(show_spinner=False)
def _store(path: str, demo: bool) -> CorpusStore:
    # Seeded the way the CLI and the Corpus page do it, the first time the store is opened; a
    # subject the analyst created starts empty (the seeds are the shipped subject's demo).
    return open_store(path, demo=demo)


def store() -> CorpusStore:
    """The active subject's corpus store (one per subject and process)."""
    current = subject.active()
    return _store(str(current.db_path), current.seeded_with_demo)


def _documents_from_store() -> list[Document]:
    try:
        return store().documents()
    except (sqlite3.Error, OSError) as exc:
        # A read-only checkout or a locked file should not hide the seeds from the analyst.
        st.warning(f"The corpus database could not be opened ({escape_markdown(exc)}); showing the seed articles.")
        return load_seeds()


def _digest(*parts: object) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8", errors="surrogatepass")).hexdigest()


def _source() -> tuple[str, Callable[[], list[Document]], CorpusStore | None]:
    """What the corpus is, cheaply (the store's fingerprint: ids, content hashes, metadata), how
    to read it, and the store (None for the seeds). A store that cannot be opened falls back to
    the seeds, with a warning."""
    try:
        opened = store()
        return _store_key(opened), load_documents, opened
    except (sqlite3.Error, OSError) as exc:
        # A read-only checkout or a locked file should not hide the seeds from the analyst.
        st.warning(f"The corpus database could not be opened ({escape_markdown(exc)}); showing the seed articles.")
        return "seeds", load_seeds, None


def _store_key(opened: CorpusStore) -> str:
    return f"store:{opened.path}:{store_fingerprint(opened)}"


def store_fingerprint(opened: CorpusStore) -> str:
    """The store's :func:`analysis.extract.results.corpus_fingerprint`: a digest of every
    article's id, text and metadata, taken again only when the store's files have changed, and
    from the keys a server before this one kept (every rerun asks for it twice)."""
    return results.corpus_fingerprint(opened)


# The characters a one-line article picker shows (Compare's, 176 px of text at 800 px, measured in
# Chromium): ``مرصد الاختبار · Art. 4, undated`` and ``روسيا اليوم · Art. 4, 2024-03-01`` fit,
# ``… · Article 4 (undated)`` lost its end.
ONE_LINE_CHOICE = 32

# At most this many analysed corpora are kept (a lexicon being edited makes a new one per save),
# holding at most this many articles together: at 100,000 articles an edit of the lexicon held
# the old corpus's frames (850 MB) beside the new one's while it was analysed, and after.
MAX_CORPORA = 4
MAX_ARTICLES_HELD = 20_000


def oldest_to_drop(held: dict[str, int], coming: int, *, most: int, size: int) -> list[str]:
    """The held entries (key → its size, oldest first) to let go before one of size ``coming`` is
    added: the oldest first, until fewer than ``most`` remain and, with the coming one, they hold
    at most ``size`` (the coming one alone may hold more). Corpora are sized in articles, filtered
    frames in rows."""
    keys, total, dropped = list(held), sum(held.values()) + coming, []
    while keys and (len(keys) >= most or total > size):
        key = keys.pop(0)
        dropped.append(key)
        total -= held[key]
    return dropped


@st.cache_resource(show_spinner=False)
def _analysed() -> tuple[dict[str, Corpus], threading.Lock]:
    """The analysed corpora by key, and the lock that lets one session analyse at a time.

    A dict held as a resource rather than ``st.cache_resource`` on the analysis itself: the
    analysis draws a progress bar, and elements drawn inside a cached function are replayed on
    every later rerun.
    """
    return {}, threading.Lock()


def _corpus(key: str, files: tuple[tuple[str, str], ...], read: Callable[[], list[Document]],
            opened: CorpusStore | None, *, kept_only: bool = False) -> Corpus | None:
    """The analysed corpus, cached on the corpus fingerprint and the lexicon files' contents:
    editing a lexicon file or adding an article re-analyses (only the new articles, when the
    store's results are up to date); changing a filter does not.

    Every rerun gets the same frames without a copy, so pages must treat them as read-only
    (filtering returns new frames). ``kept_only`` (:func:`warm`, outside any page) reads what is
    kept beside the store and nothing else: None, and nothing held, when articles wait.
    """
    corpora, lock = _analysed()
    if key in corpora:
        return corpora[key]
    # Drawn at once: the first view after an upload showed an empty page for 10-15 s (the lexicon
    # built, the store's kept analysis read, another session's analysis waited for) before the bar's
    # first count.
    bar = None if kept_only else st.empty()
    if bar is not None:
        bar.progress(0.0, text=STAGE_WORDS["start"])
    try:
        with lock:
            if key not in corpora:  # another session may have analysed it while this one waited
                lexicon = build_lexicon(tables_from_files(dict(files)))
                if kept_only and (opened is None or kept.waiting(opened, lexicon)):
                    return None
                coming = len(results.document_keys(opened)) if opened is not None else 0
                dropped = oldest_to_drop({held: len(corpus.doc_ids) for held, corpus in corpora.items()}, coming,
                                         most=MAX_CORPORA, size=MAX_ARTICLES_HELD)
                for held in dropped:
                    corpora.pop(held)
                if dropped:
                    _forget_derived()
                corpus = _build(key, files, lexicon, read, opened, bar)
                corpora[key] = corpus
                out_of_collection()
                _code_words_in_background(corpus, files)
    finally:
        if bar is not None:
            bar.empty()
    return corpora[key]


# The Groups page's word codes being made in a process of their own, by words key (see below).
_CODING: dict[str, threading.Thread] = {}
# Articles past which they are: at 10,000 articles coding them takes the server 50 MB for a moment,
# and the process apart 2 s of CPU (its interpreter and imports) beside the first page's.
CODED_APART_FROM = 20_000


def _code_words_in_background(corpus: Corpus, files: tuple[tuple[str, str], ...]) -> None:
    """A corpus of more than CODED_APART_FROM articles read from a store whose Groups codes are not kept: the codes
    made by another process while the analyst reads other pages (:func:`kept.code_words_apart`),
    not by the server on the Groups page's first view, where at 100,000 articles they took 450 MB
    above the server for a moment (its peak). A corpus analysed in a process apart has them."""
    if corpus.store is None or len(corpus.doc_ids) <= CODED_APART_FROM:
        return
    key = _words_key(corpus.key)
    if key in _CODING or results.is_kept(corpus.store, "words", key):
        return
    thread = threading.Thread(target=_code_words_apart, args=(corpus.store, files, key), name="marsad-word-codes", daemon=True)
    _CODING[key] = thread
    thread.start()


def _code_words_apart(store: CorpusStore, files: tuple[tuple[str, str], ...], key: str) -> None:
    try:
        kept.code_words_apart(store, files, words_key=key)
    except (RuntimeError, OSError):
        pass  # the Groups page makes them itself, as for a few articles


def out_of_collection() -> None:
    """Collect what is garbage now, then set every object left aside from Python's cyclic
    collector (``gc.freeze``): a corpus is held for the server's life, and a full collection
    walked its frames each time, 0.2-0.7 s at 10,000 articles, in whichever filter change
    happened to set it off (the worst single changes timed). Called when a corpus is made; what
    an earlier freeze set aside is collected with the rest first (``gc.unfreeze``), so a corpus
    let go is not kept."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _build(key: str, files: tuple[tuple[str, str], ...], lexicon: Lexicon, read: Callable[[], list[Document]],
           opened: CorpusStore | None, bar) -> Corpus:
    def shown(stage: str, done: int, total: int) -> None:
        if bar is not None:
            bar.progress(done / max(total, 1), text=f"{STAGE_WORDS[stage]} {done:,} of {total:,}")

    frames = None
    if opened is not None:
        if kept.waiting(opened, lexicon) > kept.IN_PROCESS_AT_MOST:
            # Many articles waiting: brought up to date in a process of its own, which hands its
            # memory back when done; this one then reads what it kept.
            try:
                kept.bring_up_to_date_apart(opened, files, words_key=_words_key(key), progress=shown)
            except (RuntimeError, OSError):
                pass  # done here instead, as for a few articles
        try:
            # The analysis, with the Suggestions page's places and the Groups page's word rows:
            # their first views then only read them. The Groups page joins the word rows into its
            # codes itself, when first opened (100,000 articles, one added: 3 s of a first page's
            # 12, for a page the analyst may not open).
            frames = kept.bring_up_to_date(opened, lexicon, progress=shown)
        except OSError:
            frames = None  # results cannot be written beside the store (a read-only folder): analyse in memory
    if frames is None:
        with st.spinner(STAGE_WORDS["analysis"]):
            frames = analyze(read(), lexicon)
    return replace(_corpus_of(frames, lexicon, key=key), store=opened)


# What each stage of bringing the kept tables up to date is called on the progress bar.
STAGE_WORDS = {"start": "Bringing the analysis up to date: reading the articles and what is kept of their analysis…",
               "analysis": "Analysing the articles…", "suggestions": "Looking for names to suggest…",
               "spellings": "Looking for spellings of known names…", "words": "Counting the words…"}


def _forget_derived() -> None:
    """Let go of what was worked out from corpora no longer held: an unfiltered view is the
    corpus's own frames, so a cached one would keep a dropped corpus in memory."""
    _clear_derived()
    gc.unfreeze()  # a corpus let go was set aside from the collector when made (out_of_collection)
    gc.collect()
    results.release_memory()


# Caches of what pages work out from a corpus (each cached function's ``clear``), let go with
# the ones above: a page's own cache is listed by the page (:func:`let_go_when_large`).
_PAGE_CACHES: dict[str, Callable[[], None]] = {}


def let_go_when_large(cached):
    """List a page's cached function (``st.cache_resource``) among those :func:`keep_within_memory`
    clears; returns it, so a page puts ``@loading.let_go_when_large`` above its cache's decorator."""
    _PAGE_CACHES[cached.__qualname__] = cached.clear
    return cached


def _clear_derived() -> None:
    _filtered()[0].clear()
    for cached in (_unnested, _computed, _cooccurring, _word_counts, _keyness, _kept_headline,
                   _kept_cooccurrences, _engine, _network):
        cached.clear()
    for clear in list(_PAGE_CACHES.values()):
        clear()


# Resident memory past which the caches of what pages worked out are let go before a page runs
# (MiB; MARSAD_MEMORY_MB sets another). Each cache is bounded in entries, not in bytes: at 100,000
# articles a Concordance of Russia held 100 MB, a Groups table 50-100 MB, and a session going
# through many settings took the server past 2 GB. The corpus itself is kept. 1,400: with the engine
# answering every corpus view (thirtieth session), 1,536 let the server peak at 1,921 MiB going
# through every page at 100,000 articles; 1,400 at 1,824, every page still within 10 s.
MEMORY_ENV = "MARSAD_MEMORY_MB"
MEMORY_BUDGET_MB = 1400


def resident_mb() -> float | None:
    """The server process's resident memory in MiB, where the system says (Linux); else None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError, AttributeError):
        return None


# Growth past what was left after letting go that lets go again: the corpus and one page's
# results can stay above the budget, and letting go on every rerun then made each filter change
# work everything out again (the Groups page at 100,000 articles: 866 ms, not 330).
MEMORY_REGROWTH_MB = 256
_left_after_letting_go: list[float] = []


def keep_within_memory() -> bool:
    """Let go of every page's cached results when the process holds more than the budget
    (:data:`MEMORY_BUDGET_MB`) and has grown by :data:`MEMORY_REGROWTH_MB` since it last did:
    they are worked out again when asked. True when it did."""
    try:
        budget = float(os.environ.get(MEMORY_ENV, MEMORY_BUDGET_MB))
    except ValueError:
        budget = MEMORY_BUDGET_MB
    resident = resident_mb()
    if resident is None or resident <= budget:
        return False
    if _left_after_letting_go and resident < _left_after_letting_go[-1] + MEMORY_REGROWTH_MB:
        return False
    _clear_derived()
    out_of_collection()  # the corpus's objects set aside again after the collection
    results.release_memory()
    _left_after_letting_go[:] = [resident_mb() or resident]
    return True


PARQUET_ENV = "MARSAD_PARQUET"


def dataset_shown() -> bool:
    """Whether the analysis pages show a Parquet dataset (``MARSAD_PARQUET``) rather than the store."""
    return bool(os.environ.get(PARQUET_ENV, "").strip())


# On the pages that manage the store and the lexicon while the analysis pages show a dataset: what
# they change, and what not (the dataset's findings are read as it was analysed, never recomputed).
DATASET_STORE_WORDS = (
    "The analysis pages show the Parquet dataset set by $MARSAD_PARQUET, not these articles: this page manages "
    "the corpus store, which they analyse when the dashboard is started without MARSAD_PARQUET. "
    "Articles added here do not appear on them until then."
)
DATASET_LEXICON_WORDS = (
    "The analysis pages show the Parquet dataset set by $MARSAD_PARQUET, with the findings it was analysed with: "
    "an edit here renames its actors and topics there, but finds nothing new in it (analyse its articles again "
    "with this lexicon for that). The corpus store's analysis takes every edit."
)


@st.cache_resource(show_spinner="Reading the Parquet dataset…", max_entries=2)
def _dataset_corpus(folder: str, dataset_key: str, files_key: str, _files: tuple[tuple[str, str], ...],
                    by_outlet: tuple[str, ...] = (), by_month: tuple[str, ...] | None = None) -> Corpus:
    """The corpus of a Parquet dataset (of its partitions ``by_outlet`` × ``by_month`` when given),
    cached on its files, the partitions and the lexicon (which names the actors)."""
    lexicon = build_lexicon(tables_from_files(dict(_files)))
    part = "" if by_month is None else "|" + _digest(by_outlet, by_month)
    frames = read_dataset(folder, by_outlet=by_outlet, by_month=by_month)
    corpus = _corpus_of(frames, lexicon, key=f"parquet:{folder}:{dataset_key}{part}|{files_key}")
    out_of_collection()
    return corpus


@st.cache_resource(show_spinner="Counting the archive's articles…", max_entries=2)
def _holdings(folder: str, dataset_key: str) -> pd.DataFrame:
    return archive.holdings(folder)


@dataclass(frozen=True)
class Archive:
    """A Parquet archive bigger than the pages read at once: the slice read, and what the sidebar offers of the whole."""

    chosen: Slice
    outlets: list[str]  # every outlet of the archive, for the sidebar
    bounds: tuple | None  # the first and last day of its dated articles, for the sidebar

    @property
    def words(self) -> str:
        return archive.slice_words(self.chosen)


# The slice of each archive held: a new one is read only after the last is let go (two slices
# of 100,000 articles would hold about 5 GB; bench/RESULTS.md).
_slices_held: dict[str, tuple] = {}


def _corpus_of(frames: Frames, lexicon: Lexicon, *, key: str) -> Corpus:
    """The frames with what pages show beside them: article labels, colours and titles."""
    docs = frames.documents
    labels = names.article_labels(docs)
    ids = docs["doc_id"].tolist()  # one list: a dict made over the column itself took 0.1-0.2 s at 100,000
    colours = {doc_id: ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)] for i, doc_id in enumerate(ids)}
    titles = dict(zip(ids, docs["title"].tolist()))
    outlets = dict(zip(ids, docs["outlet"].tolist()))
    return Corpus(frames, lexicon, labels, colours, key=key, titles=titles, outlets=outlets,
                  written=names.written_names(frames.mentions), unlisted=names.unlisted_speakers(frames.stances))


@dataclass(frozen=True)
class Corpus:
    """The analysed corpus as a page needs it."""

    frames: Frames
    lexicon: Lexicon
    labels: dict[str, str]
    colours: dict[str, str]
    key: str = ""  # what the analysis was cached on: the corpus fingerprint and the lexicon files
    titles: dict[str, str] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)  # unlisted id -> the name as first written
    # a speaker without an id -> "Unnamed · خبراء عسكريون" or "Not in lexicon · سالم الورفلي"
    unlisted: dict[str, str] = field(default_factory=dict)
    lexicon_words: str = "the shipped lexicon"  # the lexicon in words: "lexicon of 28 Nov, 14:02"
    store: CorpusStore | None = None  # the store the frames were analysed from (None: seeds, a Parquet dataset)
    archive: Archive | None = None  # a Parquet archive read in part: what it holds, what was read

    @property
    def doc_ids(self) -> list[str]:
        return list(self.labels)

    def label(self, doc_id: str) -> str:
        return self.labels.get(doc_id, doc_id)

    def article_number(self, doc_id: str) -> str:
        """``Article 1``: the label without its date."""
        return names.article_number(self.label(doc_id))

    def article_title(self, doc_id: str, *, limit: int = 60) -> str:
        """``Article 1 — لافروف يستقبل حفتر في موسكو…``: the number the charts use, and the title."""
        number = self.article_number(doc_id)
        title = " ".join((self.titles.get(doc_id) or "").split())
        if not title:
            return self.label(doc_id)
        # Cut between words (never «وير…»), the ellipsis at the Arabic's reading end.
        return f"{number} — {short(title, limit)}"

    def article_choice(self, doc_id: str, *, limit: int = 30, outlet_first: bool = False) -> str:
        """An article as a list to pick from shows it: ``Article 4 (2017-08-14) · ahram · أعلن وزير…``.

        Three articles of one day were three "Article n (2017-08-14)"; the outlet and the title tell
        them apart (and typing an outlet finds its articles). Each is isolated (FSI … PDI): an Arabic
        outlet before an Arabic title took the title's direction and was read after it. The title is
        cut short: a picker cuts what overflows at its right edge, where an Arabic title starts.

        ``outlet_first``, for a one-line picker (the Compare page's, whose value is a field cut at
        its right edge): ``مرصد الاختبار · Art. 4, undated · التقى…``. After the article's number, in a
        290 px picker at 800 px, an Arabic outlet lost its start there («مرصد الاختبار» read «صد الاختبار»);
        first, with the whole label, the date's end ("Article 4 (undat"): the label is the compact one
        there, and the outlet is cut to leave it room in :data:`ONE_LINE_CHOICE` characters.
        """
        outlet, title = (" ".join(value.split()) if isinstance(value, str) else ""  # None or NaN: none given
                         for value in (self.outlets.get(doc_id), self.titles.get(doc_id)))
        if not outlet_first:
            isolated = {name: f"\u2068{short(text, limit)}\u2069" for name, text in (("outlet", outlet), ("title", title)) if text}
            parts = {**isolated, "label": self.label(doc_id)}
            return " · ".join(parts[name] for name in ("label", "outlet", "title") if name in parts)
        # One line: the outlet, cut to leave the compact label whole, then as much of the title as
        # is left, so that its start shows (after "Art. 1, 2017-08-14" a longer title showed its end).
        parts = {"label": names.compact_article_label(self.label(doc_id))}
        room = ONE_LINE_CHOICE - len(parts["label"])
        for name, text in (("outlet", outlet), ("title", title)):
            if not text:
                continue
            room -= len(" · ")
            if name == "title" and room < 6:
                continue  # a title cut shorter than a word or two: the header under the picker has it
            # The ellipsis of a cut name is about three letters wide (13 px).
            shown = text if len(text) <= room else short(text, max(room - 3, 6))
            parts[name] = f"\u2068{shown}\u2069"
            room -= len(shown) + 3 * (shown != text)
        return " · ".join(parts[name] for name in ("outlet", "label", "title") if name in parts)

    # Names from the lexicon, spelled as everywhere else (analysis.explore.labels).
    def speaker_label(self, speaker_id: str, speaker_name: str) -> str:
        return names.speaker_label(self.lexicon, speaker_id, speaker_name, self.unlisted)

    def actor_label(self, actor_id: str) -> str:
        return names.actor_label(self.lexicon, actor_id, self.written)

    def actor_name(self, actor_id: str) -> str:
        return names.actor_name(self.lexicon, actor_id, self.written)

    def marked_name(self, actor_id: str) -> str:
        return names.marked_name(self.lexicon, actor_id, self.written)

    def topic_label(self, topic: str) -> str:
        return names.topic_label(self.lexicon, topic)

    def target_label(self, target: str, kind: str) -> str:
        """A stance target in English where it is an id; a text target stays as written."""
        if kind == "actor":
            return self.actor_name(target)
        if kind == "topic":
            return f"topic: {self.topic_label(target)}"
        return target


def load() -> Corpus:
    """The analysed corpus (cached); stops the page with the problems if the lexicon is invalid."""
    navigation.require_entrypoint()
    keep_within_memory()
    try:
        folder = subject.active().lexicon_dir
        files, files_key, shown = _lexicon(folder)
        corpus_key, read, opened = _source()
        if os.environ.get(PARQUET_ENV):
            corpus = _parquet_corpus(os.environ[PARQUET_ENV], files_key, files)
        else:
            corpus = _corpus(_corpus_key(corpus_key, files_key), files, read, opened)
        return replace(corpus, lexicon=replace(corpus.lexicon, **shown), lexicon_words=lexicon_label(folder))
    except LexiconError as error:
        _lexicon_problems(error)


def _corpus_key(source_key: str, files_key: str) -> str:
    return f"{source_key}|{files_key}"


def warm() -> bool:
    """Read the shipped subject's store, analysed and kept beside it, into the cache :func:`load`
    reads, before any page asks: ``serve.py`` calls it while the server starts, so the first
    analyst to open the dashboard does not wait for it (at 10,000 articles, 0.5-0.8 s of the
    first view's 1.5 s of server CPU).

    Reads and analyses nothing else: False, and nothing held, when articles wait for analysis
    (the first view analyses them, with its progress bar), a Parquet dataset is served, or the
    store or lexicon cannot be read (the first view says why).
    """
    if os.environ.get(PARQUET_ENV):
        return False
    try:
        shipped = subject.shipped()
        files, files_key, _ = _lexicon(shipped.lexicon_dir)
        opened = _store(str(shipped.db_path), shipped.seeded_with_demo)
        corpus = _corpus(_corpus_key(_store_key(opened), files_key), files, opened.documents, opened, kept_only=True)
        # The Trends and Outlets pages' engine is left to the first of them (DuckDB's import and its
        # columns, 0.15-0.25 s of CPU at 10,000 articles): made here, its columns took the fresh
        # server's first page 2 s more at 100,000 articles, and the engine's memory was held by a
        # server whose analysts might never open either page.
        return corpus is not None
    except (LexiconError, sqlite3.Error, OSError):
        return False


def _read_lexicon(folder: Path) -> tuple[tuple[tuple[str, str], ...], str, dict]:
    """The lexicon files of ``folder``, the key of what they make the analysis find, and what
    they show besides (events, the subject's name).

    The key is named outside the analysis' cache: the same files saved again are the same
    analysis, a newer lexicon. It holds everything the analysis reads: the lexicon files and
    the word lists; files that change no finding (events, the subject's name) are left out, so
    editing an event re-analyses nothing.
    """
    files = tuple(read_files(folder).items())
    files_key = _digest([(name, text) for name, text in files if name not in DISPLAY_FILES], language_version())
    shown = displayed(tables_from_files({name: text for name, text in files if name in DISPLAY_FILES}))
    return files, files_key, shown


@st.cache_resource(show_spinner=False, max_entries=8)
def _read_lexicon_once(folder: str, stamps: str) -> tuple[tuple[tuple[str, str], ...], str, dict]:
    return _read_lexicon(Path(folder))


def _lexicon(folder: Path) -> tuple[tuple[tuple[str, str], ...], str, dict]:
    """:func:`_read_lexicon`, read again only when a lexicon file or a word list changed (every
    rerun asks, three times: reading and digesting them took 10-20 ms each time). The files'
    stamps are keyed as one digest: Streamlit hashing their 190 tuples itself took 3-8 ms a call."""
    stamp, language = subject.files_stamp(folder), subject.files_stamp(LANGUAGE_DIR, pattern="*.txt")
    if stamp is None or language is None:
        return _read_lexicon(folder)
    return _read_lexicon_once(str(folder), _digest(stamp, language))


def _parquet_corpus(folder: str, files_key: str, files: tuple[tuple[str, str], ...]) -> Corpus:
    """The dataset at ``folder`` (``MARSAD_PARQUET``), whole or the slice the sidebar asks for;
    stops the page with one line if it cannot be read or ``MARSAD_PARQUET_ARTICLES`` is no number."""
    try:
        limit = archive.budget(os.environ.get(archive.BUDGET_ENV))
    except DatasetError as error:
        st.error(escape_markdown(error))
        st.stop()
    try:
        stamp = fingerprint(folder)
        held = _holdings(folder, stamp)
        bounds = archive.archive_bounds(held)
        chosen = archive.choose_slice(held, limit=limit, **_asked_scope(bounds))
        if chosen.whole:
            return _dataset_corpus(folder, stamp, files_key, files)
        wanted = (stamp, files_key, chosen.by_outlet, chosen.by_month)
        if _slices_held.get(folder, wanted) != wanted:
            _dataset_corpus.clear()  # the last slice goes before the next is read: memory for one
            _forget_derived()
        _slices_held[folder] = wanted
        corpus = _dataset_corpus(folder, stamp, files_key, files, chosen.by_outlet, chosen.by_month)
        outlets = sorted({outlet for outlet in held["outlet"].dropna() if outlet.strip()})
        return replace(corpus, archive=Archive(chosen, outlets, bounds))
    except (DatasetError, OSError) as error:
        st.error(f"{PARQUET_ENV} names a dataset that cannot be read: {escape_markdown(error)}")
        st.stop()


# The date range as the link or the last run wrote it: filters.date_settings keeps an end written so
# (?from=2016) while the widget's day is still its day
DATES_WRITTEN = "filter_dates_written"


def _asked_scope(bounds: tuple | None) -> dict:
    """The outlets and dates the sidebar holds (on a session's first run, the link's): what of an
    archive to read. A date range from the archive's first day to its last asks for every date."""
    state = st.session_state
    if state.get("filters_loaded"):
        outlets = tuple(state.get("filter_outlets") or ())
        dates = date_settings(tuple(state.get("filter_dates") or ()), bounds, written=state.get(DATES_WRITTEN, ("", "")))
    else:
        asked, _ = Filters.from_link(query())  # the sidebar says what is wrong with the link's dates
        outlets, dates = asked.outlets, {"date_from": asked.date_from, "date_to": asked.date_to}
    return {"outlets": outlets,
            "date_from": date_period(dates["date_from"])[0] if dates["date_from"] else None,
            "date_to": date_period(dates["date_to"])[1] if dates["date_to"] else None}


def _lexicon_problems(error: LexiconError) -> None:
    """Say what is wrong with the lexicon and stop the page; a broken edited copy (a cell of
    200,000 characters saved by an older Marsad) never locks the analyst out: every page offers
    to go back to the shipped lexicon."""
    current = subject.active()
    edited = current.shipped and current.lexicon_dir != DATA_DIR
    where = "Your edited lexicon" if edited else ("The lexicon files in data/" if current.shipped else "This subject's lexicon")
    st.error(f"{where} cannot be used:\n\n" + markdown_list(error.problems))
    if not current.shipped:
        st.caption("Fix it on the Lexicons page, or choose another subject in the sidebar.")
    if edited:
        st.caption(f"Your edits are in `{escape_markdown(user_lexicon_dir().name)}`; going back deletes them.")
        # A callback: it runs before the next run reads the lexicon, whichever script that is.
        st.button(
            "Go back to the shipped lexicon", icon=":material/restart_alt:", key="reset_broken_lexicon",
            on_click=lambda: reset_to_defaults(user_lexicon_dir()),
        )
    st.stop()


@st.cache_resource(show_spinner=False, max_entries=2)
def _unnested(key: str, _corpus: Corpus) -> Frames:
    return _corpus.frames.without_nested()


def analysed(corpus: Corpus, *, nested: bool = True) -> Frames:
    """The corpus's frames, or (``nested`` False) without the nested mentions, made once per
    corpus (read-only)."""
    return corpus.frames if nested else _unnested(corpus.key, corpus)


# Filtered frames kept at once: at most this many settings, holding together at most this share of
# the corpus's rows in copies of their own (the newest is kept whatever its size). Four filtered
# copies by count alone held four date ranges of 100,000 articles at once: 2.7 GB against 1.0 GB
# for the corpus.
MAX_FILTERED = 4
FILTERED_ROWS_SHARE = 0.5


@st.cache_resource(show_spinner=False)
def _filtered() -> tuple[dict[str, tuple[Frames, int]], threading.Lock]:
    """Filtered frames by key, oldest first, with the rows each holds apart from the corpus."""
    return {}, threading.Lock()


def filtered(corpus: Corpus, active: Filters, *, nested: bool = True) -> Frames:
    """:func:`analysis.explore.filters.filter_frames` of the corpus (without the nested mentions
    when ``nested`` is False), cached per corpus and filters: every page of a view, and every
    rerun that changes no filter (a click on a chart, a page of a table), gets the same frames
    without filtering again. Read-only, like the corpus's frames. The oldest settings' frames are
    let go past :data:`MAX_FILTERED` or :data:`FILTERED_ROWS_SHARE` of the corpus's rows."""
    return _held(_digest(corpus.key, active.to_query(), nested), corpus, nested, lambda whole: filter_frames(whole, active))


def filtered_frame(corpus: Corpus, active: Filters, name: str, *, nested: bool = True) -> pd.DataFrame:
    """:func:`filtered`'s frame ``name`` (``"mentions"``…), without filtering the other frames
    where it does not depend on them (:func:`analysis.explore.filters.stands_alone`): the
    filtered frames when they are held for these settings already, else that frame filtered alone
    (:func:`analysis.explore.filters.filter_frame`), held as they are (read-only; a rerun that
    changes no filter filters nothing again). A date range on the Actors page, which draws the
    mentions alone, filtered every frame of 5,000 articles."""
    whole_key = _digest(corpus.key, active.to_query(), nested)
    held, lock = _filtered()
    with lock:
        if whole_key in held:
            held[whole_key] = held.pop(whole_key)  # the newest again
            return getattr(held[whole_key][0], name)
    if not stands_alone(active, name):
        return getattr(filtered(corpus, active, nested=nested), name)
    # Held beside the filtered frames, under a key of its own: the other frames are the corpus's own
    # (no rows apart), never mistaken for filtered ones.
    frames = _held(_digest(corpus.key, active.to_query(), nested, name), corpus, nested,
                   lambda whole: replace(whole, **{name: filter_frame(whole, active, name)}))
    return getattr(frames, name)


def _held(key: str, corpus: Corpus, nested: bool, make: Callable[[Frames], Frames]) -> Frames:
    """The frames held under ``key``, else ``make`` of the corpus's frames, held: the oldest let go
    past :data:`MAX_FILTERED` or :data:`FILTERED_ROWS_SHARE` of the corpus's rows."""
    held, lock = _filtered()
    with lock:
        if key in held:
            held[key] = held.pop(key)  # the newest again
            return held[key][0]
    whole = analysed(corpus, nested=nested)
    frames = make(whole)
    rows = rows_apart(frames, whole)
    with lock:
        for old in oldest_to_drop({k: n for k, (_, n) in held.items() if k != key}, rows, most=MAX_FILTERED,
                                  size=int(FILTERED_ROWS_SHARE * sum(len(frame) for _, frame in whole.items()))):
            held.pop(old)
            results.release_memory()  # the Arrow columns' buffers, back to the system
        held[key] = (frames, rows)
    return frames


@st.cache_resource(show_spinner=False, max_entries=4)
def _article_choices(corpus_key: str, _corpus: Corpus, outlet_first: bool = False) -> dict[str, str]:
    return {doc_id: _corpus.article_choice(doc_id, outlet_first=outlet_first) for doc_id in _corpus.doc_ids}


def article_choice_of(corpus: Corpus, *, outlet_first: bool = False) -> Callable[[str], str]:
    """:meth:`Corpus.article_choice`, as a list of articles formats its options: Streamlit formats
    every option on every rerun, and the Groups page's list of 10,000 articles took 50-60 ms of each
    filter change. Worked out once per analysed corpus (``corpus.key``; each time without one)."""
    if not corpus.key:
        return lambda doc_id: corpus.article_choice(doc_id, outlet_first=outlet_first)
    choices = _article_choices(corpus.key, corpus, outlet_first)
    return lambda doc_id: choices.get(doc_id) or corpus.article_choice(doc_id, outlet_first=outlet_first)


def held_filtered(corpus: Corpus, active: Filters, *, nested: bool = True) -> Frames | None:
    """The frames :func:`filtered` holds for these filters already, or None: nothing is filtered."""
    key = _digest(corpus.key, active.to_query(), nested)
    held, lock = _filtered()
    with lock:
        found = held.get(key)
    return found[0] if found else None


@st.cache_resource(show_spinner=False, max_entries=16)
def _computed(key: str, _compute: Callable[[], object]) -> object:
    return _compute()


def computed(corpus: Corpus, active: Filters, what: str, compute: Callable[[Frames], object], *, nested: bool = True):
    """``compute`` of the frames :func:`filtered` gives, cached per corpus, filters and ``what``
    (which names the computation and every argument it was given besides the frames): a rerun
    that changes no filter (a click on a chart, another page of a table) computes nothing again.
    Read-only, like the frames."""
    key = _digest(corpus.key, active.to_query(), nested, what)
    return _computed(key, lambda: compute(filtered(corpus, active, nested=nested)))


@st.cache_resource(show_spinner=False, max_entries=2)
def _engine(key: str, _corpus: Corpus) -> Engine:
    # The sentences' pairs of actors for the Network page: the ones kept beside the store.
    engine = Engine(_corpus.frames, pairs=lambda: cooccurrences_under(_corpus, Filters()))
    # Up to CODED_APART_FROM articles the first view makes the engine, unfiltered
    # (_engine_when_filtered): every column it reads is coded then too, not by the first filter
    # change, which coded the speakers and targets (50 ms of the Overview's first change, its
    # heaviest, 213 ms at 10,000 articles). A larger corpus's engine waits for a page that filters.
    return engine.prime() if len(_corpus.doc_ids) <= CODED_APART_FROM else engine


def engine_for(corpus: Corpus, active: Filters) -> Engine | None:
    """The corpus's frames registered in DuckDB (:class:`analysis.explore.engine.Engine`), made once
    per analysed corpus, when it answers for ``active`` (every setting but a search); None otherwise,
    and for a corpus without a key: the pages then aggregate the filtered frames in pandas."""
    if not corpus.key or not Engine.answers(active):
        return None
    return _engine(corpus.key, corpus)


def _engine_when_filtered(corpus: Corpus, active: Filters) -> Engine | None:
    """:func:`engine_for`, but None unfiltered past :data:`CODED_APART_FROM` articles, where the
    corpus's frames are the kept ones as they are. The Overview's first view (unfiltered) built the
    engine for its profile of nine articles: on a fresh server of 100,000 articles, beside the word
    codes made apart, that took its first page from 8.6 to 10.6-12.3 s and the dashboard's processes
    past 2 GB at once. A smaller corpus makes it there (0.1-0.2 s at 10,000 articles), not in its
    first filter change (312 ms where the target is 300)."""
    if not active.active and len(corpus.doc_ids) > CODED_APART_FROM:
        return None
    return engine_for(corpus, active)


def kept_documents(corpus: Corpus, active: Filters) -> pd.DataFrame:
    """``filtered(corpus, active).documents``, from the engine where it answers (cached per corpus
    and filters, read-only): the Trends and Outlets pages draw the rest from the engine too, and
    filtering every frame was a third of their filter changes."""
    engine = _engine_when_filtered(corpus, active)
    if engine is None:
        return filtered(corpus, active).documents
    return _computed(_digest(corpus.key, active.to_query(), "engine documents"), lambda: engine.documents(active))


def trend_of(corpus: Corpus, active: Filters, measure: str, *, placement: Placement, split: str, top: int) -> Trend:
    """:func:`analysis.explore.trends.trend` of the frames ``active`` keeps: the engine's counts where
    it answers, the filtered frames' otherwise (the same values)."""
    engine = engine_for(corpus, active)
    if engine is None:
        return trend(filtered(corpus, active), measure, placement=placement, split=split, top=top)
    return engine.trend(active, measure, placement=placement, split=split, top=top)


RATES = {"actors": actor_rates, "speakers": speaker_rates, "topics": topic_rates}


def rates_of(corpus: Corpus, active: Filters, table: str, columns: pd.Series, sizes: pd.DataFrame) -> pd.DataFrame:
    """The Outlets page's ``table`` (``actors``, ``speakers``, ``topics``: :mod:`analysis.explore.outlets`'
    rates) of the frames ``active`` keeps, from the engine where it answers, cached per setting (read-only):
    the columns and sizes are the kept articles' (:func:`analysis.explore.outlets.outlet_columns`), so
    the setting decides them. Clearing the filter went back to the whole corpus's three tables, made
    again by DuckDB and pandas (150-190 ms of the Outlets page's heaviest change at 10,000 articles)."""
    engine = engine_for(corpus, active)
    if engine is None:
        return RATES[table](filtered(corpus, active), columns)
    return _computed(_digest(corpus.key, active.to_query(), table, sizes.to_dict("list"), "engine rates"),
                     lambda: engine.rates(active, table, columns, sizes))


def actor_counts_of(corpus: Corpus, active: Filters, *, nested: bool) -> tuple[pd.DataFrame, pd.Series]:
    """The Actors page's totals (:func:`analysis.explore.aggregate.actor_totals`) and mentions per
    article (:func:`~analysis.explore.aggregate.article_totals`, in the corpus's order) of the mentions
    ``active`` keeps (``nested`` False: without the nested ones): the engine's counts where it answers,
    cached per setting (a click on a bar counts nothing again), the filtered mentions' otherwise."""
    engine = engine_for(corpus, active)
    if engine is None:
        mentions = filtered_frame(corpus, active, "mentions", nested=nested)
        return aggregate.actor_totals(mentions), aggregate.article_totals(mentions, corpus.doc_ids)
    return _computed(_digest(corpus.key, active.to_query(), nested, "engine actor totals"),
                     lambda: (engine.actor_totals(active, nested=nested), engine.article_totals(active, nested=nested)))


def actor_article_counts_of(corpus: Corpus, active: Filters, doc_ids: list[str], *, nested: bool) -> pd.DataFrame:
    """:func:`analysis.explore.aggregate.actor_article_counts` of the mentions ``active`` keeps, for
    the charted articles ``doc_ids``: from the engine where it answers."""
    engine = engine_for(corpus, active)
    if engine is None:
        return aggregate.actor_article_counts(filtered_frame(corpus, active, "mentions", nested=nested), doc_ids)
    return engine.actor_article_counts(active, doc_ids, nested=nested)


def stances_of(corpus: Corpus, active: Filters) -> pd.DataFrame | aggregate.Taken:
    """The stances ``active`` keeps: where the engine answers, its kept rows of the corpus's frame
    (:class:`analysis.explore.aggregate.Taken`, cached per setting; a table takes a page's rows at a
    time, :func:`dashboard.render.paged`), no frame filtered; otherwise the filtered stances."""
    engine = engine_for(corpus, active)
    if engine is None:
        return filtered(corpus, active).stances
    rows = _computed(_digest(corpus.key, active.to_query(), "engine stance rows"), lambda: engine.kept_rows(active, "stances"))
    return aggregate.Taken(corpus.frames.stances, rows)


def polarity_by_speaker_of(corpus: Corpus, active: Filters, stances: pd.DataFrame | aggregate.Taken, *, top: int) -> pd.DataFrame:
    """:func:`analysis.explore.aggregate.polarity_by_speaker` of the kept ``stances``
    (:func:`stances_of`): counted by the engine where they are its rows."""
    if isinstance(stances, aggregate.Taken):
        return engine_for(corpus, active).polarity_by_speaker(active, top=top)
    return aggregate.polarity_by_speaker(stances, top=top)


def topic_counts_of(corpus: Corpus, active: Filters, topic_ids: list[str]) -> tuple[pd.Series, pd.DataFrame]:
    """The Topics page's hits of ``topic_ids`` per article (:func:`analysis.explore.aggregate.topic_totals`)
    and per term (:func:`~analysis.explore.aggregate.term_counts`) under ``active``: the engine's
    counts where it answers (cached per setting), the filtered frames' otherwise."""
    engine = engine_for(corpus, active)
    if engine is None:
        frames = filtered(corpus, active)
        return (aggregate.topic_totals(frames.topic_counts, topic_ids),
                aggregate.term_counts(frames.topics[frames.topics["topic"].isin(topic_ids)]))
    return _computed(_digest(corpus.key, active.to_query(), topic_ids, "engine topic counts"),
                     lambda: (engine.topic_totals(active, topic_ids), engine.term_counts(active, topic_ids)))


def topic_rows_of(corpus: Corpus, active: Filters, topic_ids: list[str], doc_ids: list[str]) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    """The Topics page's rows for the charted articles ``doc_ids``: their topic counts and topic hits
    (``topic_ids`` only) under ``active``, and their sentences' positions by ``(doc_id, sentence_id)``
    (the kept sentences'): taken from the corpus's frames by the engine's kept rows where it answers."""
    engine = engine_for(corpus, active)
    if engine is None:
        frames = filtered(corpus, active)
        counts, hits = (frame[frame["topic"].isin(topic_ids) & frame["doc_id"].isin(doc_ids)] for frame in (frames.topic_counts, frames.topics))
        return counts, hits, aggregate.sentence_positions(frames.sentences)
    whole = corpus.frames

    def taken() -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
        counts, hits = (getattr(whole, name).take(engine.kept_rows(active, name, topics=topic_ids, doc_ids=doc_ids))
                        for name in ("topic_counts", "topics"))
        rows = engine.sentence_rows(doc_ids)
        sentences = whole.sentences.take(rows) if rows is not None else whole.sentences
        return counts, hits, aggregate.sentence_positions(sentences, doc_ids, engine.kept_sentences(active, doc_ids))

    # Cached per setting (a click on a bar takes nothing again): the rows of a few charted articles.
    return _computed(_digest(corpus.key, active.to_query(), topic_ids, doc_ids, "engine topic rows"), taken)


@st.cache_resource(show_spinner=False, max_entries=8)
def _network(key: str, _corpus: Corpus, _filters: Filters, kind: str) -> network.Network:
    engine = engine_for(_corpus, _filters)
    if engine is not None:
        return engine.network(_filters, kind)
    frames = filtered(_corpus, _filters)
    if kind == "together":
        return network.together(frames.mentions, pairs=cooccurrences_under(_corpus, _filters))
    return network.speech(frames.stances, frames.mentions)


def network_of(corpus: Corpus, active: Filters, kind: str) -> network.Network:
    """The Network page's graph (:func:`analysis.explore.network.together` or ``speech``) of the
    frames ``active`` keeps, from the engine where it answers; cached per corpus, filters and kind
    (read-only)."""
    return _network(_digest(corpus.key, active.to_query(), kind), corpus, active, kind)


def actors_named(corpus: Corpus, active: Filters) -> set[str]:
    """The actors of the mentions ``active`` keeps (``filtered(corpus, active).mentions``), from
    the engine where it answers."""
    engine = engine_for(corpus, active)
    if engine is None:
        return set(filtered(corpus, active).mentions["actor_id"])
    return _computed(_digest(corpus.key, active.to_query(), "actors named"), lambda: engine.actors_named(active))


@st.cache_resource(show_spinner=False, max_entries=2)
def _kept_headline(key: str, _corpus: Corpus) -> pd.DataFrame:
    return results.kept(_corpus.store, "headline", f"{key}|{results.source_version(Path(summary.__file__))}",
                        lambda: summary.headline(_corpus.frames))


def headline_of(corpus: Corpus, active: Filters) -> pd.DataFrame:
    """:func:`analysis.explore.summary.headline` of the articles ``active`` keeps (read-only).
    Unfiltered, it is kept beside the store's results, so that a new server's first page reads
    100,000 rows instead of counting 4.4 million (1-2 s of its CPU)."""
    engine = engine_for(corpus, active) if active.active else None
    if engine is not None:  # counted by the engine: no frame filtered
        return _computed(_digest(corpus.key, active.to_query(), "engine headline"), lambda: engine.headline(active))
    if corpus.store is None or active.active:
        return computed(corpus, active, "headline", summary.headline)
    return _kept_headline(corpus.key, corpus)


def shown_frames_of(corpus: Corpus, active: Filters, doc_ids: list[str]) -> Frames:
    """The frames ``active`` keeps, for reading the articles ``doc_ids`` (a chart's few) alone:
    where the engine answers, their kept rows taken from the corpus's frames
    (:meth:`analysis.explore.engine.Engine.shown_frames`, cached per setting); otherwise every
    frame filtered (:func:`filtered`)."""
    engine = _engine_when_filtered(corpus, active)
    if engine is None:
        return filtered(corpus, active)
    return _computed(_digest(corpus.key, active.to_query(), doc_ids, "engine shown frames"),
                     lambda: engine.shown_frames(active, doc_ids))


def profile_of(corpus: Corpus, active: Filters, topics: list[str], doc_ids: list[str]) -> pd.DataFrame:
    """:func:`analysis.explore.summary.profile` of the charted articles ``doc_ids`` under ``active``
    (read-only), from :func:`shown_frames_of`'s frames."""
    if _engine_when_filtered(corpus, active) is None:
        return computed(corpus, active, f"profile {topics} {doc_ids}", lambda kept: summary.profile(kept, topics=topics, doc_ids=doc_ids))
    return _computed(_digest(corpus.key, active.to_query(), topics, doc_ids, "engine profile"),
                     lambda: summary.profile(shown_frames_of(corpus, active, doc_ids), topics=topics, doc_ids=doc_ids))


@st.cache_resource(show_spinner=False, max_entries=8)
def _cooccurring(key: str, _corpus: Corpus, _filters: Filters) -> pd.DataFrame:
    # The frames the page filtered already: filtering them again here was a fifth of the Actors
    # page's date-range change at 10,000 articles.
    return cooccurrence.cooccurrences(filtered(_corpus, _filters).mentions)


@st.cache_resource(show_spinner=False, max_entries=2)
def _kept_cooccurrences(key: str, _corpus: Corpus) -> pd.DataFrame:
    return results.kept(_corpus.store, "cooccurrences", f"{key}|{results.source_version(Path(cooccurrence.__file__))}",
                        lambda: cooccurrence.cooccurrences(_corpus.frames.mentions))


def cooccurrences_under(corpus: Corpus, active: Filters) -> pd.DataFrame:
    """:func:`analysis.explore.cooccurrence.cooccurrences` of the mentions ``active`` keeps, cached per
    corpus and filters (read-only: filter it into a new frame). Unfiltered, they are kept beside
    the store's results: pairing 2.2 million mentions took the Actors page's first view 4-5 s of
    CPU at 100,000 articles, on every new server."""
    if corpus.store is not None and not active.active:
        return _kept_cooccurrences(corpus.key, corpus)
    if corpus.store is not None and active.only(ARTICLE_SETTINGS) == active:
        # Articles chosen (by id, outlet or date) and nothing else: their pairs are the kept pairs
        # of those articles. Pairing a year of 10,000 articles' mentions again took 100 ms.
        # The kept articles alone (filtered_frame): filtering every frame for them was most of it.
        return _computed(_digest(corpus.key, active.to_query(), True, "cooccurrences"),
                         lambda: _of_articles(_kept_cooccurrences(corpus.key, corpus), filtered_frame(corpus, active, "documents")["doc_id"]))
    return _cooccurring(_digest(corpus.key, active.to_query()), corpus, active)


def _of_articles(rows: pd.DataFrame, doc_ids: pd.Series) -> pd.DataFrame:
    return rows[is_in(rows["doc_id"], doc_ids.tolist()).to_numpy(dtype=bool)].reset_index(drop=True)


@st.cache_resource(show_spinner="Counting the words…", max_entries=4)
def _word_counts(key: str, _corpus: Corpus) -> Coded:
    def count() -> pd.DataFrame:
        frames = _corpus.frames
        return corpus_word_counts(frames.sentences, frames.texts, function_words=load_language().function_words)

    if _corpus.store is None:
        return coded_words(count()).ready()
    coding = _CODING.get(_words_key(_corpus.key))
    if coding is not None:
        coding.join()  # being made apart: waited for, not made twice
    # Each article's words counted once and kept (kept_word_counts), then the corpus's coded
    # and kept as codes, mapped from disk: read as a table (442 MB as a frame at 100,000
    # articles), decoding it was the Groups page's peak; only a server after a change joins them.
    return Coded.from_arrays(results.kept_arrays(_corpus.store, "words", _words_key(_corpus.key), lambda: kept_coded_word_counts(
        _corpus.store, _corpus.lexicon, _corpus.frames.sentences).arrays())).ready()


def _words_key(corpus_key: str) -> str:
    """What the words' codes depend on: the corpus and lexicon (the corpus's key), the counting
    code (the rows kept per article) and the coding code."""
    return f"{corpus_key}|{results.source_version(Path(words_module.__file__), Path(keyness_module.__file__))}"


def word_counts_of(corpus: Corpus) -> Coded:
    """:func:`analysis.explore.words.word_counts` of the corpus, counted once per analysis, as
    :func:`analysis.explore.keyness.coded_words` holds them (read-only): the table itself is not
    kept in memory (442 MB at 100,000 articles, its codes about 270)."""
    return _word_counts(corpus.key, corpus)


@st.cache_resource(show_spinner="Scoring the words…", max_entries=6)
def _keyness(key: str, _corpus: Corpus, _a: Filters, _b: Filters | None, _within: Filters) -> Keyness:
    return keyness(_corpus.frames, _a, _b, within=_within, words=word_counts_of(_corpus))


def keyness_under(corpus: Corpus, group_a: Filters, group_b: Filters | None, within: Filters) -> Keyness:
    """:func:`analysis.explore.keyness.keyness`, cached per corpus and settings (read-only; a set
    without articles raises :class:`analysis.explore.keyness.GroupError`, never cached)."""
    key = _digest(corpus.key, group_a.to_query(), None if group_b is None else group_b.to_query(), within.to_query())
    return _keyness(key, corpus, group_a, group_b, within)
