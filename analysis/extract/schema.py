"""The frames Marsad produces: their columns, dtypes and meaning, in one place.

Every frame is tidy: one row per observation, snake_case columns. Offsets ``start``/``end``
are character offsets into ``documents.text`` of the same ``doc_id``, so that
``text[start:end] == surface`` (or ``== cue`` for stances). ``sentence_id`` counts from 1 within
a document. Join on ids (``doc_id``, ``actor_id``, ``topic``), never on labels.

A frame in memory holds the :func:`held` columns: an article's ``text`` is held apart from the
frames (:data:`APART`; ``Frames.texts``, :mod:`analysis.extract.texts`), read for the articles a
page shows, and a sentence's ``text`` is not held, as it is its article's ``text[start:end]``
(:data:`DERIVED`); :func:`with_text` and :func:`with_article_text` put them back where a file
or a table needs them, so every file still has every column below.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


class Texts(Protocol):
    """Where the articles' texts come from (:mod:`analysis.extract.texts`)."""

    def of(self, doc_ids) -> dict[str, str]: ...

# name -> {column: (dtype, meaning)}
FRAMES: dict[str, dict[str, tuple[str, str]]] = {
    "documents": {
        "doc_id": ("string", "document id (file stem or store id)"),
        "title": ("string", "title from metadata, may be empty"),
        "outlet": ("string", "outlet: from metadata, else from the article's dateline"),
        "date": ("string", "ISO date at the precision known (YYYY, YYYY-MM or YYYY-MM-DD), may be empty"),
        "date_source": ("string", "where the date came from: metadata (given with the article or typed on the Corpus page), text (read from the article, e.g. ١٤ أغسطس ٢٠١٧ under its title), or empty when undated"),
        "n_sentences": ("int64", "sentences analysed (the dateline is not one)"),
        "n_tokens": ("int64", "word tokens analysed (punctuation excluded)"),
        "source": ("string", "where the text came from: file name or 'pasted'"),
        "dateline": ("string", "the dateline line as written (e.g. 'العربي الجديد'), may be empty"),
        "body_start": ("int64", "offset where the analysed body starts (after the dateline)"),
        "text": ("string", "the exact text all offsets refer to"),
    },
    "sentences": {
        "doc_id": ("string", "document id"),
        "sentence_id": ("int64", "1-based sentence number within the document"),
        "start": ("int64", "offset of the sentence's first character"),
        "end": ("int64", "offset after its last character"),
        "position": ("float64", "relative position in the article: 0 = first sentence, 1 = last"),
        "text": ("string", "the sentence as written"),
    },
    "mentions": {
        "doc_id": ("string", "document id"),
        "sentence_id": ("int64", "sentence of the mention"),
        "actor_id": ("string", "actor id from data/actors.csv"),
        "actor_name": ("string", "English canonical name"),
        "actor_name_ar": ("string", "Arabic canonical name"),
        "actor_type": ("string", "person, state, organisation, armed_group, city, location"),
        "affiliation": ("string", "actor_id the actor belongs to, may be empty"),
        "surface": ("string", "the words as written: text[start:end]"),
        "start": ("int64", "offset of the mention"),
        "end": ("int64", "offset after the mention"),
        "match_kind": ("string", "alias kind: name, variant, title, abbreviation, title+name when a title and a name of the same actor stand together (name+abbreviation for a body's abbreviation in brackets after its name: حلف شمال الأطلسي (الناتو)), unlisted (a person the lexicon lacks, named after a title), unresolved (a title several actors held in turn, in an undated article), or anaphora (a bare الجيش referring back to the last army named, see data/README.md)"),
        "form": ("string", "exact, clitic (with و ف ب ل ك / لل), fused (a multiword name written without spaces), or counterpart (a state's nisba after ونظيره naming the holder of the person's title in that state: بوتين ونظيره التركي)"),
        "nested": ("bool", "True for an organisation, armed group or outlet named inside the title of another actor's mention (the army in القائد العام للجيش الوطني الليبي خليفة حفتر, which is also a row); its offsets are the inner words'. A state, city or person inside a title (ليبيا in سفير روسيا لدى ليبيا) is no mention, like the adjective الروسي. False for every other row"),
    },
    "topics": {
        "doc_id": ("string", "document id"),
        "sentence_id": ("int64", "sentence of the hit"),
        "topic": ("string", "topic id from data/topics.csv"),
        "term": ("string", "the lexicon term that matched, as listed"),
        "surface": ("string", "the words as written: text[start:end]"),
        "start": ("int64", "offset of the hit"),
        "end": ("int64", "offset after the hit"),
    },
    "topic_counts": {
        "doc_id": ("string", "document id"),
        "topic": ("string", "topic id (every topic, zero hits included)"),
        "hits": ("int64", "number of term hits"),
        "per_1000_tokens": ("float64", "hits per 1,000 word tokens of the document"),
    },
    "stances": {
        "doc_id": ("string", "document id"),
        "sentence_id": ("int64", "sentence of the cue"),
        "speaker_id": ("string", "actor id of the speaker; empty when unresolved or the article itself (no quote)"),
        "speaker_name": ("string", "English name of the speaker, '(article)' for the article itself (no quote), else the words naming the speaker"),
        "cue": ("string", "the cue as written: text[start:end]"),
        "cue_lemma": ("string", "the lexicon entry that matched"),
        "cue_type": ("string", "reporting, relay or evaluative"),
        "polarity": ("string", "positive, negative or neutral"),
        "target": ("string", "actor id, topic id, or short text the stance is about"),
        "target_kind": ("string", "actor, topic, text, or empty"),
        "quote": ("bool", "True when the cue is inside a quotation or introduces one"),
        "attribution": ("string", "how the speaker was found: after_verb, before_verb, relay, carried, title_anaphora (a definite title the previous speaker holds: وأضاف الوزير), document (a definite document standing for the previous speaker, who issued it: وأضاف البيان), same_source (the same source again: وأضاف المصدر ذاته; the unnamed outlet that relayed: ذكرت وكالة روسية نقلا عن مصادر … وأضافت الوكالة), mouthpiece (the person a body speaks through: نفت الخارجية على لسان زاخاروفا), opening_subject (a participle goes on with the subject of the verb that opens the sentence: وأصدرت السفارة تحذيراً، مشددة; a headline's second verb joined by و with the name that opens it: حفتر يلتقي لافروف ويدعو موسكو), quote_owner (inside the speaker's quotation, also a cue-less sentence a quotation runs on into), relative (the antecedent of a relative pronoun: لافروف، الذي توقع), speech_noun (a noun of speech with no verb names its speaker: تصريحات لافروف، تحذيرا صدر عن السفارة), nisba (a noun of speech with a state's adjective: نفي روسي، ترحيب تركي), narrated_subject (a verb with no subject after a narration sentence takes the person it opens with: واستقبل الدبيبة السفير. وأكد …), latter (الأخير as the subject is the person named last before the verb: تحدث ماكرون إلى بوتين، ونفى الأخير), ordinal (الأولى or الثاني as the subject is the first or second of two who spoke together last: وقالت المؤسسة وشركة تاتنفط إنهما … وقالت الأولى), bullet (a line opening with a bullet mark under a headline «X: …» or another such bullet is X's: ممثل روسيا: … ⏎ - نتوقع من المبعوثة), both_sides (الطرفان or الجانبان as the subject is each of the two people the sentence before named after their titles: بحث بوغدانوف مع السفير المصري … وأكد الطرفان), in_statement, placed (a sentence that only places the statement before it is that statement, with its polarity: جاء ذلك في رده على سؤال), subordinate (a sentence opening with حيث or مما after a statement is a clause of it: … . حيث ساعدت التوترات), preface (an evaluation in the phrase before the verb that describes the statement: وفي تعليق ساخر، قالت السفارة), unlisted, unnamed, source, fronted, headline, article"),
        "start": ("int64", "offset of the cue"),
        "end": ("int64", "offset after the cue"),
    },
}

ARTICLE_VOICE = "(article)"

# Columns of the schema that a frame in memory does not hold, worked out where they are needed:
# a sentence's text is its article's text[start:end], and holding it twice took 295 MB at
# 100,000 articles (2 million sentences).
DERIVED: dict[str, tuple[str, ...]] = {"sentences": ("text",)}

# Columns held apart from the frame in memory: an article's text is asked for by id, for the
# articles a page shows (``Frames.texts``). Held in the documents frame, the texts took 282 MB
# of the dashboard's memory at 100,000 articles, and each filtered copy of the frame more.
APART: dict[str, tuple[str, ...]] = {"documents": ("text",)}

# Text columns that repeat a few thousand values over millions of rows (at 100,000 articles: 966
# actors over 2.3 million mentions, 3 polarities over 1.3 million stances). They are held as
# Python strings shared between the rows that repeat them, still of dtype ``string``: 8 bytes a
# row instead of each row's own copy of its bytes (the mentions frame took 466 MB at 100,000
# articles, 366 MB of it in these columns). Same values, same dtype name and string methods; a
# category dtype would have saved more but changes what value_counts, map and concat give.
SHARED: dict[str, tuple[str, ...]] = {
    "documents": ("outlet", "date", "date_source", "source", "dateline"),
    "mentions": ("actor_id", "actor_name", "actor_name_ar", "actor_type", "affiliation", "surface", "match_kind", "form"),
    "topics": ("topic", "term", "surface"),
    "topic_counts": ("topic",),
    "stances": ("speaker_id", "speaker_name", "cue", "cue_lemma", "cue_type", "polarity", "target", "target_kind", "attribution"),
}
SHARED_DTYPE = pd.StringDtype("python")


def columns(name: str) -> list[str]:
    """Column names of frame ``name`` in order, as a file of it has them."""
    return list(FRAMES[name])


def held(name: str) -> list[str]:
    """Column names of frame ``name`` as a frame in memory holds them: :func:`columns` without
    the :data:`DERIVED` and :data:`APART` ones."""
    left_out = DERIVED.get(name, ()) + APART.get(name, ())
    return [column for column in FRAMES[name] if column not in left_out]


def empty(name: str) -> pd.DataFrame:
    """An empty frame with the right (held) columns and dtypes."""
    return conform(pd.DataFrame(columns=held(name)), name)


def conform(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """``frame`` with exactly the schema's held columns (:func:`held`), in order, cast to the
    schema's dtypes; a derived column ``frame`` has is left out."""
    spec = {column: FRAMES[name][column] for column in held(name)}
    missing = [column for column in spec if column not in frame.columns]
    if missing:
        raise ValueError(f"{name} frame lacks column(s): {', '.join(missing)}")
    frame = frame[list(spec)]
    shared = SHARED.get(name, ())
    # A column already held as shared strings (from_arrow) is not cast: "string" is Arrow's
    # storage, and casting there and back hashed every row again.
    frame = frame.astype({column: dtype for column, (dtype, _) in spec.items()
                          if not (column in shared and frame[column].dtype == SHARED_DTYPE)}).reset_index(drop=True)
    return frame.assign(**{column: shared_strings(frame[column]) for column in shared}) if shared else frame


def shared_strings(column: pd.Series) -> pd.Series:
    """``column`` (dtype ``string``) with every repeated value one Python string that its rows
    share (:data:`SHARED`): the values and the dtype's name are unchanged."""
    if isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "python" and column.dtype.na_value is pd.NA:
        return column
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    return pd.Series(_taken(np.asarray(uniques, dtype=object), codes), index=column.index, name=column.name)


def _taken(distinct, codes: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """Rows of shared strings: ``distinct[code]`` for each code, NA for -1. The distinct values
    are checked as strings once and every row takes one: checking each of 2 million rows' took
    0.2-0.6 s a column."""
    return pd.array(distinct, dtype=SHARED_DTYPE).take(codes, allow_fill=True)


def to_arrow(frame: pd.DataFrame) -> pa.Table:
    """``frame`` as an Arrow table for a Parquet file, every text column as ``large_string``
    whichever way pandas holds it (:data:`SHARED` columns would otherwise be ``string``), so
    files written before and after read with one schema."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    fields = [pa.field(field.name, pa.large_string()) if field.type == pa.string() else field for field in table.schema]
    return table.cast(pa.schema(fields, metadata=table.schema.metadata))


def from_arrow(table: pa.Table, name: str) -> pd.DataFrame:
    """Frame ``name`` from an Arrow table of its held columns (a results file, read back), typed
    by the schema. A :data:`SHARED` column is dictionary-encoded by Arrow (unless it was read as
    a dictionary, results.py) and its rows given the dictionary's Python strings: the same frame as ``conform(table.to_pandas(), name)``, without
    hashing 2 million rows' strings in pandas (100,000 articles' mentions)."""
    shared = set(SHARED.get(name, ()))
    columns = {}
    for column in table.column_names:
        values = table.column(column)
        if column in shared:
            if not len(values):
                columns[column] = pd.array([], dtype=SHARED_DTYPE)
                continue
            encoded = pc.dictionary_encode(values).combine_chunks()
            columns[column] = _taken(encoded.dictionary.to_pylist(), encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False))
        else:
            columns[column] = values.to_pandas()
    # Not copied: every array above is this call's own, and copying the shared-string columns
    # again took 1.4 of the 1.8 s of CPU turning 100,000 articles' tables into frames.
    return conform(pd.DataFrame(columns, copy=False), name)


def sentence_text(sentences: pd.DataFrame, texts: Texts) -> pd.Series:
    """Each sentence's text (dtype ``string``, on ``sentences``' index): its article's
    ``text[start:end]``, reading ``texts`` (``Frames.texts``) for the articles ``sentences`` has
    only (a page of 500 sentences reads a few texts, not 100,000), a few thousand at a time. An
    article no longer in the store (removed since the analysis) gives empty sentences."""
    if sentences.empty:
        return pd.Series([], index=sentences.index, dtype="string", name="text")
    doc_ids = sentences["doc_id"].tolist()
    starts, ends = sentences["start"].tolist(), sentences["end"].tolist()
    values: list[str] = [""] * len(doc_ids)
    rows_of: dict[str, list[int]] = {}
    for row, doc_id in enumerate(doc_ids):
        rows_of.setdefault(doc_id, []).append(row)
    wanted = list(rows_of)
    for first in range(0, len(wanted), TEXTS_AT_ONCE):
        for doc_id, text in texts.of(wanted[first:first + TEXTS_AT_ONCE]).items():
            for row in rows_of[doc_id]:
                values[row] = text[starts[row]:ends[row]]
    return pd.Series(values, index=sentences.index, dtype="string", name="text")


# Articles whose texts are read at once where every sentence's text is asked for (a search, the
# word counts): all 100,000 articles' texts at once are the memory holding them took.
TEXTS_AT_ONCE = 5000


def article_text(documents: pd.DataFrame, texts: Texts) -> pd.Series:
    """Each article's text (dtype ``string``, on ``documents``' index); empty for an article no
    longer in the store."""
    found = texts.of(documents["doc_id"].tolist())
    return pd.Series([found.get(doc_id, "") for doc_id in documents["doc_id"].tolist()], index=documents.index,
                     dtype="string", name="text")


def with_text(sentences: pd.DataFrame, texts: Texts) -> pd.DataFrame:
    """``sentences`` with their ``text`` (:func:`sentence_text`) where the schema has it: every
    column of a file of sentences. A frame that has it already is returned as it is."""
    return _with(sentences, "sentences", lambda: sentence_text(sentences, texts))


def with_article_text(documents: pd.DataFrame, texts: Texts) -> pd.DataFrame:
    """``documents`` with their ``text`` (:func:`article_text`) where the schema has it: every
    column of a file of documents. A frame that has it already is returned as it is."""
    return _with(documents, "documents", lambda: article_text(documents, texts))


def _with(frame: pd.DataFrame, name: str, text) -> pd.DataFrame:
    if "text" in frame.columns:
        return frame
    position = columns(name).index("text")
    return frame.iloc[:, :position].assign(text=text()).join(frame.iloc[:, position:])


def check(frame: pd.DataFrame, name: str) -> None:
    """Raise AssertionError unless ``frame`` has the schema's held columns (:func:`held`) and
    dtypes, in order."""
    spec = {column: FRAMES[name][column] for column in held(name)}
    assert list(frame.columns) == list(spec), f"{name}: columns {list(frame.columns)} != {list(spec)}"
    for column, (dtype, _) in spec.items():
        assert str(frame[column].dtype) == str(pd.Series([], dtype=dtype).dtype), (
            f"{name}.{column}: dtype {frame[column].dtype}, expected {dtype}"
        )


def describe() -> pd.DataFrame:
    """The schema as a frame (frame, column, dtype, meaning), for the README and the dashboard."""
    return pd.DataFrame(
        [(name, column, dtype, meaning) for name, spec in FRAMES.items() for column, (dtype, meaning) in spec.items()],
        columns=["frame", "column", "dtype", "meaning"],
    )
