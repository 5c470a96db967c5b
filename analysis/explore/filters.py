"""Filters: which rows of the frames an analyst is looking at, and the sentences behind them.

A :class:`Filters` holds the dashboard's filter settings (articles, outlets, a date range, actors,
actor types, topics, speakers, polarities, a free-text search). It round-trips through a URL query, so a link
reproduces a view. :func:`apply` filters one frame by the settings that concern its columns;
:func:`filter_frames` filters them all and keeps only the sentences that hold a kept row.
:func:`evidence` gives the sentences behind a number, with the spans that make it.

The search is Arabic-aware: both sides are normalised as the matcher does
(:func:`analysis.arabic.text.normalise`), so ``الأمم`` finds ``الامم`` and ``للأمم``, ``موسكو`` finds
``مُوسكو``, and ``التسوية`` finds ``التسويه``. Latin letters match in any case.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from datetime import date
from urllib.parse import parse_qs

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.extract import schema
from analysis.explore.highlight import Span, topic_kind
from analysis.extract.pipeline import Frames
from analysis.extract.texts import Texts
from analysis.arabic.dates import DateError, article_period, date_period, parse_date
from analysis.arabic.text import NormalisedText, normalise, normalise_word

# Filter field -> URL query key (short, readable: ?actor=lavrov&polarity=negative).
QUERY_KEYS = {
    "doc_ids": "article",
    "outlets": "outlet",
    "date_from": "from",
    "date_to": "to",
    "actor_ids": "actor",
    "actor_types": "type",
    "topics": "topic",
    "speakers": "speaker",
    "polarities": "polarity",
    "search": "q",
}

# The columns a free-text search looks in, per frame.
SEARCH_COLUMNS = {
    "documents": ("title", "outlet", "text"),
    "sentences": ("text",),
    "mentions": ("surface", "actor_name", "actor_name_ar"),
    "topics": ("surface", "term", "topic"),
    "topic_counts": ("topic",),
    "stances": ("cue", "cue_lemma", "speaker_name", "target"),
}

LAYERS = ("actors", "topics", "stances")
# The frame whose rows each layer marks.
LAYER_FRAMES = {"actors": "mentions", "topics": "topics", "stances": "stances"}

# Which settings narrow which frame (as :func:`apply` and :func:`filter_frames` do it): a page shows
# the others as not applying rather than ignore them silently (a polarity says nothing about a mention).
# Article settings (which articles: by id, outlet, date) narrow every frame.
ARTICLE_SETTINGS = ("doc_ids", "outlets", "date_from", "date_to")
FRAME_FILTERS = {
    "documents": (*ARTICLE_SETTINGS, "search"),
    "sentences": (*ARTICLE_SETTINGS, "actor_ids", "actor_types", "topics", "speakers", "polarities", "search"),
    "mentions": (*ARTICLE_SETTINGS, "actor_ids", "actor_types", "search"),
    "topics": (*ARTICLE_SETTINGS, "topics", "search"),
    "topic_counts": (*ARTICLE_SETTINGS, "topics", "search"),
    "stances": (*ARTICLE_SETTINGS, "actor_ids", "topics", "speakers", "polarities", "search"),
}
# Settings holding one value (text), not a list of values.
SINGLE_VALUED = ("date_from", "date_to", "search")


def applicable(frame_names: Iterable[str]) -> set[str]:
    """The settings that narrow at least one of ``frame_names``: ``applicable(["mentions"])`` has
    no ``polarities``."""
    return {setting for name in frame_names for setting in FRAME_FILTERS[name]}

# Names a stance's speaker in a mark's title, from (speaker_id, speaker_name).
SpeakerLabel = Callable[[str, str], str]


def by_name(speaker_id: str, speaker_name: str) -> str:
    """The speaker as the stances frame names it (``Sergey Lavrov``, ``(article)``)."""
    return speaker_name


@dataclass(frozen=True)
class Filters:
    """Filter settings; an empty setting does not restrict.

    ``speakers`` are ``speaker_name`` values (an unresolved speaker has no id). ``date_from`` and
    ``date_to`` are dates at any precision (``2024``, ``2024-05``, ``2024-05-10``): ``date_to=2024``
    runs to 31 December 2024. An article is in the date range when its whole date is: one dated
    only ``2024`` is not in May 2024 (it may be from any month), and an undated article is in no
    range (:func:`undated_left_out` counts them, so a page can say so).
    """

    doc_ids: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    actor_ids: tuple[str, ...] = ()
    actor_types: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    polarities: tuple[str, ...] = ()
    search: str = ""

    def __post_init__(self) -> None:
        # Validated at the one place settings are made: a bad bound is refused, never read as "no bound".
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value:
                object.__setattr__(self, name, parse_date(value))
        # A search with nothing left to look for once normalised (a lone diacritic «َ», a bidi mark
        # from a pasted link, ?q=%E2%80%AE) matches every row: it is no search, not a filter that
        # pages announce ("filtered by Search: \u202e") above all 113 of 113 rows.
        if self.search and search_pattern(self.search) is None:
            object.__setattr__(self, "search", "")

    @property
    def active(self) -> bool:
        """Whether any setting restricts."""
        return any(getattr(self, field.name) for field in fields(self))

    @property
    def dated(self) -> bool:
        """Whether a date bound is set (undated articles are then left out)."""
        return bool(self.date_from or self.date_to)

    def to_query(self) -> dict[str, str | list[str]]:
        """The settings as URL query parameters (empty settings left out)."""
        query: dict[str, str | list[str]] = {}
        for field_name, key in QUERY_KEYS.items():
            value = getattr(self, field_name)
            if value:
                query[key] = value if isinstance(value, str) else list(value)
        return query

    @classmethod
    def from_query(cls, params: Mapping[str, str | Sequence[str]]) -> Filters:
        """Settings from URL query parameters (as :meth:`to_query` writes them; unknown keys ignored).

        Raises:
            DateError: ``from`` or ``to`` is not a date (the message says what to write).
        """
        values: dict[str, str | tuple[str, ...]] = {}
        for field_name, key in QUERY_KEYS.items():
            raw = params.get(key)
            if raw is None:
                continue
            items = [raw] if isinstance(raw, str) else list(raw)
            if field_name in SINGLE_VALUED:
                values[field_name] = (items[-1] if items else "").strip()
            else:
                values[field_name] = tuple(dict.fromkeys(item for item in items if item))
        return cls(**values)

    @classmethod
    def from_link(cls, params: Mapping[str, str | Sequence[str]]) -> tuple[Filters, DateError | None]:
        """:meth:`from_query` for a link from outside: a date that is no date is left out (with the
        error, for the page to say), every other setting kept."""
        try:
            return cls.from_query(params), None
        except DateError as error:
            return cls.from_query({key: value for key, value in params.items() if key not in ("from", "to")}), error

    def only(self, settings: Iterable[str]) -> Filters:
        """These settings with every other one cleared."""
        keep = set(settings)
        return replace(self, **{f.name: ("" if f.name in SINGLE_VALUED else ()) for f in fields(self) if f.name not in keep})

    def describe(self) -> str:
        """A one-line English summary, e.g. ``actor: lavrov; polarity: negative`` (``all rows``)."""
        parts = [
            f"{QUERY_KEYS[f.name]}: {getattr(self, f.name) if f.name in SINGLE_VALUED else ', '.join(getattr(self, f.name))}"
            for f in fields(self)
            if getattr(self, f.name)
        ]
        return "; ".join(parts) or "all rows"


def is_in(values: pd.Series, wanted: Iterable[str] | pa.Array) -> pd.Series:
    """``values.isin(wanted)`` for a column of text and many wanted values (the 10,000 ids of
    the kept articles): pandas makes an Arrow scalar of each wanted value, one at a time (50 ms
    for 10,000), where Arrow takes the whole set at once. Missing values are never in it.
    ``wanted`` may be Arrow strings already (:func:`value_set`), for a set asked of many columns."""
    if not isinstance(wanted, pa.Array):
        wanted = [value for value in wanted if isinstance(value, str)]
    if not isinstance(values.dtype, pd.StringDtype) or values.dtype.storage != "pyarrow" or len(wanted) < 100:
        return values.isin(wanted.to_pylist() if isinstance(wanted, pa.Array) else wanted)
    column = pa.chunked_array(pa.array(values))
    wanted = wanted if isinstance(wanted, pa.Array) else pa.array(wanted, type=column.type)
    found = pc.is_in(column, value_set=wanted if wanted.type == column.type else wanted.cast(column.type))
    return pd.Series(found.to_numpy(zero_copy_only=False), index=values.index, dtype=bool)


def value_set(wanted: Iterable[str]) -> pa.Array:
    """``wanted``'s text values as Arrow strings, for :func:`is_in` to ask of several columns: making
    them from a set of 10,000 article ids took 3-4 ms each time."""
    return pa.array([value for value in wanted if isinstance(value, str)], type=pa.string())


# Each frame's article codes (pd.factorize of doc_id), by the frame object, for the few frames a
# server filters again and again (the corpus's six); the oldest let go past this many.
DOC_CODES_KEPT = 16
_DOC_CODES: dict[int, tuple[weakref.ref, np.ndarray, pd.Series]] = {}
_DOC_CODES_LOCK = threading.Lock()


def in_articles(frame: pd.DataFrame, articles: Collection[str]) -> np.ndarray:
    """Which rows of ``frame`` belong to one of ``articles`` (a mask, as ``is_in`` of its doc_id).

    The article ids are looked up once each, then spread over the rows by each row's article code,
    worked out once per frame object (frames are never changed in place): a date range keeps half
    the articles, and their 5,000 ids looked up in each frame's 100,000-200,000 rows took 15-20 ms
    of every filter change at 10,000 articles.
    """
    held = _DOC_CODES.get(id(frame))
    if held is None or held[0]() is not frame:
        codes, docs = pd.factorize(frame["doc_id"])
        held = (weakref.ref(frame), np.asarray(codes, dtype=np.intp), pd.Series(docs, dtype=frame["doc_id"].dtype))
        with _DOC_CODES_LOCK:
            while len(_DOC_CODES) >= DOC_CODES_KEPT:
                _DOC_CODES.pop(next(iter(_DOC_CODES)))
            _DOC_CODES[id(frame)] = held
    _, codes, docs = held
    # A missing id is code -1: the False appended last.
    inside = np.append(is_in(docs, articles).to_numpy(dtype=bool), False)
    return inside[codes]


def positions_in(values: pd.Series, wanted: Sequence[str]) -> np.ndarray:
    """Where each of ``values`` is in ``wanted`` (their positions, -1 where absent), found by Arrow
    over the whole column at once: ``positions_in(mentions["doc_id"], documents["doc_id"])``."""
    column = pa.chunked_array(pa.array(values, from_pandas=True, type=pa.large_string()))
    found = pc.index_in(column, value_set=pa.array(list(wanted), type=pa.large_string()))
    return found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)


def kept_articles(documents: pd.DataFrame, filters: Filters) -> set[str]:
    """The ids of the articles the article settings keep (ids, outlets, date range): with
    ``Filters(date_from="2024-05")`` an article dated ``2024-05-10`` or ``2024-06`` is kept, one dated
    ``2024`` or undated is not."""
    return set(documents.loc[_kept_mask(documents, filters), "doc_id"].tolist())  # tolist(): an Arrow column iterated value by value is slow


def _kept_mask(documents: pd.DataFrame, filters: Filters) -> pd.Series:
    """Which rows of ``documents`` the article settings keep (see :func:`kept_articles`)."""
    keep = pd.Series(True, index=documents.index)
    if filters.doc_ids:
        keep &= documents["doc_id"].isin(filters.doc_ids)
    if filters.outlets:
        keep &= documents["outlet"].isin(filters.outlets)
    if filters.dated:
        first = date_period(filters.date_from)[0] if filters.date_from else date.min
        last = date_period(filters.date_to)[1] if filters.date_to else date.max
        codes, periods = _period_codes(documents)
        # Each distinct date tested once, then spread over the rows by its code.
        inside = np.array([period is not None and first <= period[0] and period[1] <= last for period in periods], dtype=bool)
        keep &= pd.Series(inside[codes], index=documents.index, dtype=bool)
    return keep


def undated_left_out(documents: pd.DataFrame, filters: Filters) -> int:
    """How many articles the date range leaves out only because their date is unknown (0 with
    no date bound): a page says so instead of dropping them silently."""
    if not filters.dated:
        return 0
    # Masks over the same rows, not ids looked up: pandas looked 10,000 kept ids up one by one.
    others = _kept_mask(documents, replace(filters, date_from="", date_to=""))
    codes, periods = _period_codes(documents)
    undated = pd.Series(np.array([period is None for period in periods], dtype=bool)[codes], index=documents.index, dtype=bool)
    return int((undated & others).sum())


def _period_codes(documents: pd.DataFrame) -> tuple[np.ndarray, list[tuple[date, date] | None]]:
    """Each article's date as a code (in row order) and each code's date as the period it covers,
    None when undated. Each distinct date is read once: 100,000 articles over two years have some
    700 dates, and reading every row's took half a second; a list of 10,000 periods made and tested
    row by row took 10-20 ms of every filter change with a date range at 10,000 articles."""
    codes, dates = pd.factorize(documents["date"].fillna(""))
    return np.asarray(codes, dtype=np.intp), [cached_article_period(value) for value in dates.tolist()]


# A date read once per process (as analysis.explore.trends does): a rerun with a date range read
# the corpus's 700 distinct dates again in each of the three or four places that ask (8 ms each).
cached_article_period = lru_cache(maxsize=65536)(article_period)


def date_bounds(documents: pd.DataFrame) -> tuple[date, date] | None:
    """The first and last day the dated articles cover (None when none is dated)."""
    periods = [period for period in map(article_period, set(documents["date"].dropna().tolist())) if period]
    return (min(p[0] for p in periods), max(p[1] for p in periods)) if periods else None


def date_settings(days: tuple[date, ...], bounds: tuple[date, date] | None, *,
                  written: tuple[str, str] = ("", "")) -> dict[str, str]:
    """``date_from``/``date_to`` from the widget's days: a bound at the corpus's edge is open, and
    while the analyst has picked only the first day it is the lower bound.

    ``written`` is the range as the link (or the last run) wrote it: an end whose day, clamped to
    the corpus as the widget clamps it, is still the widget's is kept as written. ``?from=2016`` on a
    corpus that starts on 29 November 2016 put the widget on its first day, which reads as no bound:
    the link lost ``from=`` and, with it, its leaving out of the undated articles. A range that
    runs backwards (``?from=2025&to=2017``, said by the sidebar) is kept as written too, even where an
    end lies past the corpus: it became ``from=2024-12-31``, so the link copied was not the one opened.
    """
    if not bounds or not days:
        return {"date_from": "", "date_to": ""}
    backwards = len(days) == 2 and days[0] > days[1]
    first = days[0] if days[0] > bounds[0] else None
    last = days[1] if len(days) == 2 and days[1] < bounds[1] else None
    found = {"date_from": first.isoformat() if first else "", "date_to": last.isoformat() if last else ""}
    for index, (key, held) in enumerate(zip(("date_from", "date_to"), written)):
        if not held or index >= len(days):
            continue
        try:
            period = date_period(held)
        except DateError:
            continue  # a link's bad date, said and ignored by the sidebar
        outside = period[0] > bounds[1] if index == 0 else period[1] < bounds[0]
        if (backwards or not outside) and min(max(period[index], bounds[0]), bounds[1]) == days[index]:
            # (a link's range wholly past the corpus, ?from=2099, is moved inside it, as the sidebar says)
            found[key] = held
    return found


def date_span(dates: Iterable[str]) -> str:
    """The dates rows come from, for a file name: ``2024-05`` when every date shares that month,
    ``2017-2024`` across years, ``""`` when none is known."""
    known = sorted({value for value in (dates.tolist() if isinstance(dates, pd.Series) else dates) if value})
    if not known:
        return ""
    for length in (10, 7, 4):
        prefixes = {value[:length] for value in known}
        if len(prefixes) == 1 and all(len(value) >= length for value in known):
            return prefixes.pop()
    return f"{known[0][:4]}-{known[-1][:4]}" if known[0][:4] != known[-1][:4] else known[0][:4]


_NOT_IN_NAME = re.compile(r"[^0-9a-z]+")


def file_stem(frame: str, filters: Filters, dates: Iterable[str] = (), *, about: Iterable[str] = ()) -> str:
    """A download's name that says what it holds: ``marsad-stances-2024-05-lavrov-negative``.

    The frame, what of it (``about``, a page's own choice: ``marsad-concordance-actor-lavrov``;
    what has no Latin spelling is left out), the span of the articles' dates, then the filter
    values that have a Latin spelling (actor and topic ids, types, polarities, speakers), capped so the name
    stays usable.
    """
    parts = ["marsad", frame, *(_NOT_IN_NAME.sub("-", value.lower()).strip("-") for value in about), date_span(dates)]
    for values in (filters.actor_ids, filters.actor_types, filters.topics, filters.polarities):
        parts += [_NOT_IN_NAME.sub("-", value.lower()).strip("-") for value in values]
    if filters.doc_ids:
        parts.append(f"{len(filters.doc_ids)}-articles" if len(filters.doc_ids) != 1 else "1-article")
    if filters.outlets:
        parts.append(f"{len(filters.outlets)}-outlets" if len(filters.outlets) != 1 else "1-outlet")
    # A speaker by his English name (``maria-zakharova``): "filtered" alone named a download of
    # Zakharova's statements no better than any other filtered one. An Arabic name has no Latin
    # spelling, and a search none either: those stay "filtered".
    speakers = [_NOT_IN_NAME.sub("-", value.lower()).strip("-") for value in filters.speakers]
    parts += [speaker for speaker in speakers if speaker]
    if filters.search or not all(speakers):
        parts.append("filtered")
    stem = "-".join(part for part in parts if part)
    return stem if len(stem) <= 80 else stem[:80].rstrip("-")


def frame_name(frame: pd.DataFrame) -> str:
    """Which :data:`analysis.extract.schema.FRAMES` entry ``frame`` is, by its columns."""
    columns = list(frame.columns)
    for name in schema.FRAMES:
        if columns == schema.held(name):
            return name
    raise ValueError(f"not a Marsad frame: columns {columns}")


def search_pattern(query: str) -> re.Pattern[str] | None:
    """The regular expression a search runs on normalised text (None for an empty query).

    Words may stand apart or fused (``الأمم المتحدة`` finds ``الأممالمتحدة``), and a word with
    the article finds it after the preposition ل too (``الأمم`` finds ``للأمم``: ل + ال → لل).
    """
    words = normalise_word(query).split()
    if not words:
        return None
    parts = [f"(?:ال|لل){re.escape(word[2:])}" if word.startswith("ال") and len(word) > 2 else re.escape(word) for word in words]
    return re.compile(r"\s*".join(parts), re.IGNORECASE)


def contains(values: pd.Series, query: str) -> pd.Series:
    """Boolean mask: which ``values`` contain ``query``, ignoring diacritics, alef forms and case."""
    pattern = search_pattern(query)
    if pattern is None:
        return pd.Series(True, index=values.index)
    return values.fillna("").astype(str).map(lambda value: pattern.search(normalise(value)) is not None).astype(bool)


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text``, as ``(start, end)`` offsets into ``text`` as written.

    ``find_matches("مُوسكو وموسكو", "موسكو")`` → ``[(0, 6), (8, 13)]``: the vowel sign is inside
    the first match, and the conjunction و before the second is not part of it.
    """
    pattern = search_pattern(query)
    if pattern is None:
        return []
    normalised = NormalisedText(text)
    return [normalised.span_to_original(match.start(), match.end()) for match in pattern.finditer(normalised.norm)]


# Rows whose texts a search reads at a time: every article's text at once (100,000 articles) took
# the memory holding them had taken (schema.APART).
SEARCHED_AT_ONCE = {"documents": 5_000, "sentences": 100_000}


def _texts_contain(frame: pd.DataFrame, name: str, texts: Texts, query: str) -> pd.Series:
    """Which rows' texts (an article's, or a sentence's slice of it) contain ``query``."""
    text_of = schema.article_text if name == "documents" else schema.sentence_text
    step = SEARCHED_AT_ONCE[name]
    parts = [contains(text_of(frame.iloc[first:first + step], texts), query) for first in range(0, len(frame), step)]
    return pd.concat(parts) if parts else pd.Series(False, index=frame.index, dtype=bool)


def apply(frame: pd.DataFrame, filters: Filters, *, articles: Collection[str] | None = None,
          texts: Texts | None = None) -> pd.DataFrame:
    """The rows of one frame that pass ``filters``.

    ``articles`` are the ids :func:`kept_articles` gives: outlets and dates are columns of the
    documents frame only, so the other frames need them when an outlet or a date bound is set.
    ``texts`` (``Frames.texts``) is needed to search articles and sentences: their text is held
    apart from the frames (:func:`analysis.extract.schema.sentence_text`).

    A setting applies to the frames that have what it names: articles to all; actors to mentions
    and to stances by or about the actor; actor types to mentions; topics to topic hits, topic
    counts and stances about the topic; speakers and polarities to stances; the search to each
    frame's text columns (:data:`SEARCH_COLUMNS`). Sentences are narrowed by
    :func:`filter_frames`, which knows the other frames.
    """
    name = frame_name(frame)
    keep = pd.Series(True, index=frame.index)
    if articles is None and (filters.outlets or filters.dated):
        if name != "documents":
            raise ValueError("outlet and date settings need the documents frame: pass articles=kept_articles(...)")
        articles = kept_articles(frame, filters)
    if articles is not None:
        keep &= in_articles(frame, articles)
    elif filters.doc_ids:
        keep &= frame["doc_id"].isin(filters.doc_ids)
    if name == "mentions":
        if filters.actor_ids:
            keep &= frame["actor_id"].isin(filters.actor_ids)
        if filters.actor_types:
            keep &= frame["actor_type"].isin(filters.actor_types)
    if name in ("topics", "topic_counts") and filters.topics:
        keep &= frame["topic"].isin(filters.topics)
    if name == "stances":
        if filters.actor_ids:
            about = (frame["target_kind"] == "actor") & frame["target"].isin(filters.actor_ids)
            keep &= frame["speaker_id"].isin(filters.actor_ids) | about
        if filters.topics:
            keep &= (frame["target_kind"] == "topic") & frame["target"].isin(filters.topics)
        if filters.speakers:
            keep &= frame["speaker_name"].isin(filters.speakers)
        if filters.polarities:
            keep &= frame["polarity"].isin(filters.polarities)
    if filters.search:
        found = pd.Series(False, index=frame.index)
        for column in SEARCH_COLUMNS[name]:
            if column in frame.columns:
                found |= contains(frame[column], filters.search)
            elif texts is None:
                raise ValueError(f"searching {name} needs their articles' texts: pass texts=frames.texts")
            else:
                found |= _texts_contain(frame, name, texts, filters.search)
        keep &= found
    if keep.all():
        # Nothing filtered: a new frame over the same columns (copy-on-write), not a copy of a
        # million rows on every rerun at 10,000 articles.
        return frame.reset_index(drop=True)
    return frame[keep.astype(bool)].reset_index(drop=True)


def filter_frames(frames: Frames, filters: Filters) -> Frames:
    """Every frame filtered by :func:`apply`; sentences are also narrowed to those holding a
    mention (when actors or actor types are set), a topic hit (topics set), or a stance
    (speakers or polarities set) that passes the settings other than the search, and then every
    frame to the articles those sentences are in.

    The search narrows each frame by its own text: sentences by theirs, mentions by their
    surface. A sentence naming Lavrov that contains ``الأمم`` is kept for actor=lavrov, q=الأمم,
    although the mention ``لافروف`` itself does not contain ``الأمم``.
    """
    # No article setting keeps every article: no need to look each row's article up (that took
    # most of a rerun at 10,000 articles).
    articles = kept_articles(frames.documents, filters) if filters.doc_ids or filters.outlets or filters.dated else None
    kept = {name: apply(frame, filters, articles=articles, texts=frames.texts) for name, frame in frames.items()}
    # Without a search the frames just filtered are those "without the search".
    findings = _without_search(frames, filters, articles) if filters.search else kept
    kept["sentences"] = _narrow_sentences(kept["sentences"], findings, filters)
    if filters.actor_ids or filters.actor_types or filters.topics or filters.speakers or filters.polarities:
        # A setting of findings keeps the articles that hold one, in every frame: with
        # actor=putin, the articles naming Putin (their count, dates, words, topic hits and other
        # findings), not every article with no mention of him.
        holding_articles = kept["sentences"]["doc_id"].unique().tolist()
        for name in ("documents", "mentions", "topics", "topic_counts", "stances"):
            inside = is_in(kept[name]["doc_id"], holding_articles).to_numpy(dtype=bool)
            if not inside.all():
                kept[name] = kept[name][inside].reset_index(drop=True)
    return Frames(**kept, texts=frames.texts)


# The settings of findings: they narrow the sentences to those holding a kept finding, and then
# every frame to the articles those sentences are in (filter_frames).
FINDINGS_SETTINGS = ("actor_ids", "actor_types", "topics", "speakers", "polarities")


def stands_alone(filters: Filters, name: str) -> bool:
    """Whether :func:`filter_frames`' frame ``name`` is that frame filtered on its own
    (:func:`apply`): with no setting of findings (:data:`FINDINGS_SETTINGS`), every frame but the
    sentences (which a setting of findings narrows) depends on no other frame."""
    return name != "sentences" and not any(getattr(filters, setting) for setting in FINDINGS_SETTINGS)


def filter_frame(frames: Frames, filters: Filters, name: str) -> pd.DataFrame:
    """``filter_frames(frames, filters)``'s frame ``name``, filtering that frame alone where it
    :func:`stands_alone` (every frame otherwise).

    The Actors page draws the mentions alone: a date range filtered the sentences, topic hits,
    topic counts and stances of 5,000 articles as well, for nothing, on every change at 10,000
    articles. With an actor set, the mentions depend on the other frames: Putin's articles
    (``filter_frames``) are the articles whose kept sentences hold him."""
    if not stands_alone(filters, name):
        return getattr(filter_frames(frames, filters), name)
    articles = kept_articles(frames.documents, filters) if filters.doc_ids or filters.outlets or filters.dated else None
    return apply(getattr(frames, name), filters, articles=articles, texts=frames.texts)


def kept_documents(frames: Frames, filters: Filters) -> pd.DataFrame:
    """``filter_frames(frames, filters).documents``, without filtering the frames it does not
    need: the documents, the sentences and the frames of the findings set (mentions for actors,
    topic hits for topics, stances for speakers or polarities). The report's file name asks for the
    kept articles' dates on every rerun of every page; filtering every frame for them took 40-65 ms
    at 10,000 articles where a page (Groups) filters nothing itself.
    """
    articles = kept_articles(frames.documents, filters) if filters.doc_ids or filters.outlets or filters.dated else None
    documents = apply(frames.documents, filters, articles=articles, texts=frames.texts)
    wanted = {"mentions": filters.actor_ids or filters.actor_types, "topics": filters.topics,
              "stances": filters.speakers or filters.polarities}
    if not any(wanted.values()):
        return documents
    # As filter_frames: the findings without the search narrow the sentences, which the search narrows.
    unsearched = replace(filters, search="")
    findings = {name: apply(getattr(frames, name), unsearched, articles=articles) for name, on in wanted.items() if on}
    sentences = _narrow_sentences(apply(frames.sentences, filters, articles=articles, texts=frames.texts), findings, filters)
    inside = is_in(documents["doc_id"], sentences["doc_id"].unique().tolist()).to_numpy(dtype=bool)
    return documents if inside.all() else documents[inside].reset_index(drop=True)


def rows_apart(filtered: Frames, whole: Frames) -> int:
    """The rows ``filtered`` (:func:`filter_frames` of ``whole``) holds in copies of its own: a
    frame the settings left whole is a new frame over the same columns and holds none."""
    return sum(len(frame) for (_, frame), (_, full) in zip(filtered.items(), whole.items()) if len(frame) != len(full))


def _without_search(frames: Frames, filters: Filters, articles: Collection[str]) -> dict[str, pd.DataFrame]:
    unsearched = replace(filters, search="")
    return {name: apply(frame, unsearched, articles=articles) for name, frame in frames.items() if name in ("mentions", "topics", "stances")}


def _narrow_sentences(sentences: pd.DataFrame, findings: dict[str, pd.DataFrame], filters: Filters) -> pd.DataFrame:
    for frame_key, active in (
        ("mentions", filters.actor_ids or filters.actor_types),
        ("topics", filters.topics),
        ("stances", filters.speakers or filters.polarities),
    ):
        if active:
            mask = holding(sentences, findings[frame_key])
            if not mask.all():  # every sentence kept: the same columns, not a copy (rows_apart)
                sentences = sentences[mask].reset_index(drop=True)
    return sentences


def holding(sentences: pd.DataFrame, found: pd.DataFrame) -> np.ndarray:
    """Boolean mask over ``sentences``: which hold a row of ``found`` (same ``doc_id`` and
    ``sentence_id``; any frame with those columns).

    Vectorised: each (article, sentence) pair becomes one integer (the article's code from one
    factorisation of both id columns, shifted, plus the sentence number), looked up with
    pandas' hash table (``Series.isin``). A Python set of 200,000 tuples took most of a filter
    change at 10,000 articles; ``numpy.isin``, which sorts both, 12 ms of a change's 35.
    """
    if sentences.empty or found.empty:
        return np.zeros(len(sentences), dtype=bool)
    codes, _ = pd.factorize(pd.concat([sentences["doc_id"], found["doc_id"]], ignore_index=True))
    codes = codes.astype(np.int64) << 32
    sentence_keys = codes[: len(sentences)] | sentences["sentence_id"].to_numpy(dtype=np.int64)
    found_keys = codes[len(sentences):] | found["sentence_id"].to_numpy(dtype=np.int64)
    return pd.Series(sentence_keys, copy=False).isin(found_keys).to_numpy(dtype=bool)


@dataclass(frozen=True)
class Evidence:
    """One sentence behind a number: where it is, its text, and the spans to mark in it.

    ``spans`` use document offsets (pass ``offset=start`` to :func:`analysis.explore.highlight.highlight_html`).
    """

    doc_id: str
    sentence_id: int
    position: float
    start: int
    text: str
    spans: tuple[Span, ...]


def evidence(
    frames: Frames,
    *,
    doc_id: str | None = None,
    sentence_ids: Iterable[int] | None = None,
    filters: Filters = Filters(),
    layers: Sequence[str] = LAYERS,
    speaker_label: SpeakerLabel = by_name,
    found_only: bool = False,
) -> list[Evidence]:
    """The sentences behind a selection, in article and sentence order, with the matched spans.

    Args:
        frames: the analysis.
        doc_id: only this article (else every article ``filters`` allows).
        sentence_ids: only these sentences (of ``doc_id``, or of every article).
        filters: the selection as settings, e.g. ``Filters(actor_ids=("lavrov",))`` gives the
            sentences naming Lavrov; the settings narrow the spans too (only Lavrov is marked).
        layers: which findings to mark: ``actors`` (mentions), ``topics`` (topic hits),
            ``stances`` (cues). Matches of ``filters.search`` are always marked.
        speaker_label: how a cue's mark names its speaker, from ``(speaker_id, speaker_name)``
            (the dashboard says "the article itself (no quote)" where the frame has ``(article)``).
        found_only: only the sentences holding a finding of ``layers`` that passes ``filters``:
            the sentences behind an article's counts, not every sentence of it.

    Returns:
        One :class:`Evidence` per sentence.
    """
    if doc_id is not None:
        filters = replace(filters, doc_ids=(doc_id,))
    articles = kept_articles(frames.documents, filters)
    findings = _without_search(frames, filters, articles)
    sentences = _narrow_sentences(apply(frames.sentences, filters, articles=articles, texts=frames.texts), findings, filters)
    if sentence_ids is not None:
        wanted = {int(sentence_id) for sentence_id in sentence_ids}
        sentences = sentences[sentences["sentence_id"].isin(wanted)]
    if found_only:
        keys = ["doc_id", "sentence_id"]
        found = pd.concat([findings[frame][keys] for layer, frame in LAYER_FRAMES.items() if layer in layers]
                          or [findings["mentions"][keys].iloc[:0]], ignore_index=True)
        sentences = sentences[holding(sentences, found)]
    doc_order = {value: index for index, value in enumerate(frames.documents["doc_id"])}
    sentences = sentences.assign(_order=sentences["doc_id"].map(doc_order)).sort_values(["_order", "sentence_id"])
    marks = _spans_by_sentence(findings, layers, speaker_label)
    result = []
    for row, text in zip(sentences.itertuples(index=False), schema.sentence_text(sentences, frames.texts).tolist()):
        found = list(marks.get((row.doc_id, row.sentence_id), []))
        if filters.search:
            found += [
                Span(row.start + start, row.start + end, "search", f"search: {filters.search}")
                for start, end in find_matches(text, filters.search)
            ]
        result.append(Evidence(row.doc_id, int(row.sentence_id), float(row.position), int(row.start), text, tuple(found)))
    return result


def spans(frames: Frames, doc_id: str, *, filters: Filters = Filters(), layers: Sequence[str] = LAYERS,
          speaker_label: SpeakerLabel = by_name) -> list[Span]:
    """The spans to mark in a whole article (document offsets): its mentions, topic hits and
    cues that pass ``filters`` (the search aside), plus the search's matches."""
    filters = replace(filters, doc_ids=(doc_id,))
    by_sentence = _spans_by_sentence(_without_search(frames, filters, kept_articles(frames.documents, filters)), layers, speaker_label)
    found = [span for sentence_spans in by_sentence.values() for span in sentence_spans]
    if filters.search:
        text = frames.texts.of([doc_id]).get(doc_id)
        if text is not None:
            found += [Span(start, end, "search", f"search: {filters.search}") for start, end in find_matches(text, filters.search)]
    return found


def _spans_by_sentence(kept: dict[str, pd.DataFrame], layers: Sequence[str],
                       speaker_label: SpeakerLabel = by_name) -> dict[tuple[str, int], list[Span]]:
    found: dict[tuple[str, int], list[Span]] = {}
    if "actors" in layers:
        for m in kept["mentions"].itertuples(index=False):
            label = f"{m.actor_name} ({m.actor_type.replace('_', ' ')})"
            found.setdefault((m.doc_id, m.sentence_id), []).append(Span(m.start, m.end, f"actor-{m.actor_type}", label))
    if "topics" in layers:
        for t in kept["topics"].itertuples(index=False):
            found.setdefault((t.doc_id, t.sentence_id), []).append(
                Span(t.start, t.end, topic_kind(t.topic), f"topic: {t.topic} ({t.term})")
            )
    if "stances" in layers:
        for s in kept["stances"].itertuples(index=False):
            label = f"{speaker_label(s.speaker_id, s.speaker_name)}: {s.polarity} {s.cue_type} cue"
            found.setdefault((s.doc_id, s.sentence_id), []).append(Span(s.start, s.end, f"cue-{s.polarity}", label))
    return found


class FilterError(ValueError):
    """A filter written by hand (a link, a command line) that names no setting or no known value."""


def with_speaker_names(filters: Filters, stances: pd.DataFrame) -> Filters:
    """``filters`` with a speaker given by its lexicon id (``speaker=zakharova``, as every other
    setting is written) given as the stances frame names it (``Maria Zakharova``): the setting holds
    names, since a speaker the lexicon lacks has no id. A value that is neither stays as it is."""
    if not filters.speakers:
        return filters
    pairs = stances.loc[stances["speaker_id"].fillna("") != "", ["speaker_id", "speaker_name"]].drop_duplicates("speaker_id")
    names = dict(zip(pairs["speaker_id"].tolist(), pairs["speaker_name"].tolist()))
    known = set(stances["speaker_name"].dropna().unique().tolist())
    speakers = tuple(dict.fromkeys(value if value in known else names.get(value, value) for value in filters.speakers))
    return replace(filters, speakers=speakers)


def parse_query(text: str) -> Filters:
    """Settings from a URL query string as the dashboard's address bar shows it:
    ``actor=lavrov&polarity=negative&from=2024-05`` (a setting given twice holds both values:
    ``actor=lavrov&actor=haftar``; a leading ``?`` is allowed, values may be %-encoded).

    Raises:
        FilterError: a part that is not ``key=value``, or a key that is no setting (the message
            lists the keys there are).
        DateError: ``from`` or ``to`` is not a date.
    """
    text = text.strip().removeprefix("?")
    for part in filter(None, text.split("&")):
        if "=" not in part:
            raise FilterError(f"{part!r} is not key=value")
    params = parse_qs(text, keep_blank_values=True)
    unknown = [key for key in params if key not in QUERY_KEYS.values()]
    if unknown:
        raise FilterError(f"unknown filter {unknown[0]!r}; the filters are {', '.join(QUERY_KEYS.values())}")
    return Filters.from_query(params)


# The longest list of article numbers the Articles field takes: a pasted page of text is refused.
ARTICLE_NUMBERS_LIMIT = 500
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER_OR_RANGE = re.compile(r"(\d+)(?:[-–—](\d+))?")


def parse_article_numbers(text: str, count: int) -> list[int]:
    """The article numbers an analyst typed, in the order of the corpus: ``12, 40-45`` (commas,
    spaces or ``،`` between them; a range with a hyphen or a dash; Arabic or Persian digits)
    → [12, 40, 41, 42, 43, 44, 45]. Empty text is every article (no numbers).

    Raises:
        FilterError: with a one-line reason, for anything else or a number outside 1–``count``.
    """
    text = text.strip()
    if len(text) > ARTICLE_NUMBERS_LIMIT:
        raise FilterError(f"Articles: at most {ARTICLE_NUMBERS_LIMIT} characters of numbers, such as 12, 40-45.")
    numbers: set[int] = set()
    text = re.sub(r"\s*([-–—])\s*", r"\1", text.translate(_ARABIC_DIGITS))  # 40 - 45 is one range
    for part in re.split(r"[,،;\s]+", text):
        part = part.strip()
        if not part:
            continue
        found = _NUMBER_OR_RANGE.fullmatch(part)
        if found is None:
            raise FilterError(f"Articles: “{part[:20]}” is not an article number or a range such as 40-45.")
        first = int(found.group(1))
        last = int(found.group(2)) if found.group(2) else first
        if first > last:
            first, last = last, first
        if first < 1 or last > count:
            raise FilterError(f"Articles: the corpus has articles 1 to {count:,}; “{part[:20]}” is outside them.")
        numbers.update(range(first, last + 1))
    return sorted(numbers)


def article_numbers_text(numbers: Iterable[int]) -> str:
    """Article numbers as the Articles field shows them, runs as ranges: [3, 7, 8, 9] → ``3, 7-9``."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(first) if first == last else f"{first}-{last}" for first, last in runs)
