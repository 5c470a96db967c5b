"""Near misses: words of the corpus spelled close to a known person's name, to be confirmed by hand.

Outlets spell a foreign name in more ways than :mod:`analysis.arabic.variants` generates
(يوفكوروف for يفكوروف: a و written after the initial ي, which no rule adds). Matching such a word
silently would also match real words that happen to be close to a name, so it is only ever
suggested: "possibly Yevkurov", with the sentence it stands in, and the analyst adds it to the
lexicon as a ``variant`` alias with one click.

What is compared:

- a word of the corpus, read with and without its proclitic (ويوفكوروف → يوفكوروف), of at least
  :data:`MIN_LETTERS` Arabic letters, in a sentence, outside every mention the matcher found (so
  never a listed alias nor a generated variant), and neither a common Arabic word
  (``data/language/common_words.txt``), nor one with the article (السراح: سراح is common), nor a
  function word;
- two adjacent words of one sentence, outside every mention, neither a function word nor close to
  a name on its own, at least one not a common word, :data:`MIN_LETTERS` letters together;
- against the normalised single-word names and spelling variants of the lexicon's persons
  (kinds ``name``/``variant``) and the family name of a longer one (يفكوروف of يونس بك
  يفكوروف), each of at least :data:`MIN_LETTERS` letters; a pair, against the last two words of
  those names (خليفه حفتر of المشير خليفه حفتر). A given name (محمد، سيرغي) is shared by too many
  people to say whose it is, a common word (الحداد) has inflections that are not names, and a
  form two persons share is nobody's in particular: none of these is compared.

A word is close when :func:`rapidfuzz.fuzz.ratio` is at least :data:`MIN_SCORE` and the
Levenshtein distance at most :data:`MAX_EDITS`. The ratio counts insertions and deletions (a
substitution is two) against both lengths: 80 lets a five-letter word differ from a name by one
letter (one substitution in five letters scores exactly 80; يوفكوروف for يفكوروف, one letter
added, scores 93.3) and refuses two substitutions in anything under ten letters; the edit cap
keeps long names from admitting three changes. A name of exactly five letters admits a letter added
or dropped, not changed (مستهل is a word, not a spelling of مساهل). Each distinct word is looked up once (one
``extractOne`` over the name forms, a few dozen), and the answer kept for its other occurrences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from analysis.arabic.matcher import proclitic_readings
from analysis.arabic.text import PreparedText, Token, normalise, normalise_word, prepare
from analysis.corpus.documents import Document
from analysis.extract.actors import actor_matcher, find_mentions
from analysis.lexicon.read import Lexicon

COLUMNS = [
    "candidate", "actor_id", "actor_name", "actor_name_ar", "near", "score", "count", "doc_ids",
    "first_doc_id", "start", "end", "sentence", "sentence_start",
]
MIN_LETTERS = 5  # as analysis.arabic.variants: shorter words have too many Arabic neighbours
MIN_SCORE = 80.0
MAX_EDITS = 2
_LETTERS = re.compile("[\u0621-\u063a\u0641-\u064a]+")


@dataclass(frozen=True)
class _Closest:
    """The name form a word is close to."""

    actor_id: str
    near: str
    score: float


@dataclass(frozen=True)
class _Word:
    """A distinct token: whether it may be part of a two-word name (Arabic letters, not a
    function word), whether it is a common word, and its reading close to a name if any."""

    pairable: bool
    common: bool
    reading: tuple[str, _Closest] | None


@dataclass(frozen=True)
class _Occurrence:
    key: str  # the normalised candidate: occurrences are grouped by it
    written: str
    closest: _Closest
    doc_id: str
    start: int
    end: int
    sentence: str
    sentence_start: int


def near_misses(
    documents: Iterable[Document],
    lexicon: Lexicon,
    *,
    min_score: float = MIN_SCORE,
    max_edits: int = MAX_EDITS,
) -> pd.DataFrame:
    """Words spelled close to a known person's name that the matcher did not find, most frequent first.

    Args:
        documents: the articles to read.
        lexicon: the actors, their aliases (the spellings the matcher finds, listed and
            generated) and the language's word lists.
        min_score: the least :func:`rapidfuzz.fuzz.ratio` (0–100) a word must reach.
        max_edits: the most Levenshtein edits between the word and the name form.

    Returns:
        One row per candidate, grouped by its normalised form, with the columns of
        :data:`COLUMNS`: ``candidate`` as first written (``text[start:end]`` of that article,
        proclitic left out); ``actor_id``, ``actor_name`` (English), ``actor_name_ar`` of the
        person it is possibly; ``near``, the normalised name form it is close to, and ``score``;
        ``count`` of occurrences and ``doc_ids`` (a list, in corpus order); ``first_doc_id``,
        ``start``, ``end``, ``sentence`` and ``sentence_start`` (the sentence's offset in the
        article) of the first occurrence.
    """
    return grouped(occurrences(documents, lexicon, min_score=min_score, max_edits=max_edits), lexicon)


# One row per word close to a name (:func:`occurrences`), kept per article beside the analysis.
OCCURRENCE_COLUMNS = ["key", "written", "actor_id", "near", "score", "doc_id", "start", "end", "sentence", "sentence_start"]


def occurrences(
    documents: Iterable[Document],
    lexicon: Lexicon,
    *,
    min_score: float = MIN_SCORE,
    max_edits: int = MAX_EDITS,
) -> pd.DataFrame:
    """Every word (or pair of words) of ``documents`` close to a known person's name, in order:
    :data:`OCCURRENCE_COLUMNS` (``key`` the normalised word, ``written`` as written at
    ``start:end``, the person, the name form it is close to and the score)."""
    finder = _Finder(lexicon, min_score, max_edits)
    rows = [
        (o.key, o.written, o.closest.actor_id, o.closest.near, o.closest.score, o.doc_id, o.start, o.end, o.sentence, o.sentence_start)
        for doc in documents for o in finder.occurrences(doc)
    ]
    return pd.DataFrame(rows, columns=OCCURRENCE_COLUMNS).astype({
        "key": "str", "written": "str", "actor_id": "str", "near": "str", "score": "float64", "doc_id": "str",
        "start": "int64", "end": "int64", "sentence": "str", "sentence_start": "int64"})


def not_named_otherwise(found: pd.DataFrame, mentions: pd.DataFrame, names: pd.DataFrame) -> pd.DataFrame:
    """:func:`occurrences` less the words the analysis or the names to suggest account for already:
    a word inside a mention (أغانينو in حيدر أغانينو, counted as Aganin), inside a name the
    Suggestions page offers as new (إيفانوف in سيرغي إيفانوف), or that name's last word alone in the
    same article (إيفانوف after سيرغي إيفانوف: the same person, not a spelling of Timur Ivanov).

    ``mentions``: the mentions frame (``doc_id``, ``start``, ``end``); ``names``: the suggestion
    places (:func:`analysis.explore.suggestions.merged`: ``key``, ``doc_id``, ``start``, ``end``).
    Only the articles of ``found`` are looked at."""
    if found.empty:
        return found
    articles = set(found["doc_id"].tolist())
    spans: dict[str, list[tuple[int, int]]] = {}
    family: dict[str, set[str]] = {}
    for frame in (mentions, names):
        inside = frame[frame["doc_id"].isin(articles)]
        for doc_id, start, end in zip(inside["doc_id"].tolist(), inside["start"].tolist(), inside["end"].tolist()):
            spans.setdefault(doc_id, []).append((int(start), int(end)))
    named = names[names["doc_id"].isin(articles)]
    for doc_id, key in zip(named["doc_id"].tolist(), named["key"].tolist()):
        if " " in key:
            family.setdefault(doc_id, set()).add(key.rsplit(" ", 1)[1])
    keep = [
        not any(start <= place_start and place_end <= end for start, end in spans.get(doc_id, ()))
        and key not in family.get(doc_id, ())
        for doc_id, key, place_start, place_end in zip(found["doc_id"].tolist(), found["key"].tolist(),
                                                       found["start"].tolist(), found["end"].tolist())
    ]
    return found[keep].reset_index(drop=True)


def grouped(found: pd.DataFrame, lexicon: Lexicon) -> pd.DataFrame:
    """:func:`occurrences` (of a whole corpus, in its order) as the table of :func:`near_misses`."""
    places: dict[str, list[int]] = {}
    for row, key in enumerate(found["key"].tolist()):
        places.setdefault(key, []).append(row)
    columns = {name: found[name].tolist() for name in OCCURRENCE_COLUMNS}
    rows = []
    for rows_of_key in places.values():
        first = rows_of_key[0]
        actor = lexicon.actors[columns["actor_id"][first]]
        rows.append({
            "candidate": columns["written"][first], "actor_id": actor.actor_id, "actor_name": actor.name_en,
            "actor_name_ar": actor.name_ar, "near": columns["near"][first], "score": round(columns["score"][first], 1),
            "count": len(rows_of_key), "doc_ids": list(dict.fromkeys(columns["doc_id"][row] for row in rows_of_key)),
            "first_doc_id": columns["doc_id"][first], "start": columns["start"][first], "end": columns["end"][first],
            "sentence": columns["sentence"][first], "sentence_start": columns["sentence_start"][first],
        })
    frame = pd.DataFrame(rows, columns=COLUMNS)
    # A stable sort keeps candidates of equal count in the order they first appear.
    frame = frame.sort_values("count", ascending=False, kind="stable").reset_index(drop=True)
    return frame.astype({"score": "float64", "count": "int64", "start": "int64", "end": "int64", "sentence_start": "int64"})


class _Finder:
    """The name forms, the matcher and the per-word cache, built once per lexicon."""

    def __init__(self, lexicon: Lexicon, min_score: float, max_edits: int):
        language = lexicon.language
        self.min_score = min_score
        self.max_edits = max_edits
        self.common = language.common_words
        self.stop_words = (
            language.function_words | language.prepositions | language.clause_openers | language.adverbs | language.negators
        )
        self.matcher = actor_matcher(lexicon)
        # given_names.txt also lists the particles (عبد، ابو، بن) that start a compound name.
        self.given_names = language.given_names
        ignored = language.given_names | language.common_words
        words: dict[str, set[str]] = {}
        pairs: dict[str, set[str]] = {}
        for alias in lexicon.aliases:
            if alias.kind not in ("name", "variant") or lexicon.actors[alias.actor_id].type != "person":
                continue
            parts = normalise_word(alias.alias).split()
            if len(parts[-1]) >= MIN_LETTERS and parts[-1] not in ignored:
                words.setdefault(parts[-1], set()).add(alias.actor_id)
            # Not the end of a compound: الله الثني of عبد الله الثني names nobody.
            if len(parts) >= 2 and not set(parts[-2:]) <= ignored and (len(parts) == 2 or parts[-3] not in language.given_names):
                pairs.setdefault(" ".join(parts[-2:]), set()).add(alias.actor_id)
        # A form two persons share says nothing of which one a near miss is.
        self.words = {form: ids.pop() for form, ids in words.items() if len(ids) == 1}
        self.pairs = {form: ids.pop() for form, ids in pairs.items() if len(ids) == 1}
        self._words: dict[str, _Word] = {}
        self._closest_words: dict[str, _Closest | None] = {}
        self._closest_pairs: dict[str, _Closest | None] = {}

    def occurrences(self, doc: Document) -> list[_Occurrence]:
        prepared = prepare(doc.text)
        # Titles of every period count as found: a title is no spelling of a name.
        taken = {
            index for mention in find_mentions(prepared, self.matcher, period=None)
            for index in range(mention.first_token, mention.last_token)
        }
        tokens, sentence_of = prepared.tokens, prepared.sentence_of_token
        words = [self._words.get(token.norm) or self._word(token.norm) for token in tokens]
        found: list[_Occurrence] = []
        # A family name after a given name is that person's (سالم الورفلي is not Mahmoud
        # al-Werfalli): it is read only with its given name, as a pair below.
        alone = [word.reading is not None and not (index and tokens[index - 1].norm in self.given_names)
                 for index, word in enumerate(words)]
        for index, (token, word) in enumerate(zip(tokens, words)):
            if alone[index] and sentence_of[index] and index not in taken:
                stem, closest = word.reading
                start = _stem_start(doc.text, token, len(token.norm) - len(stem))
                found.append(self._occurrence(prepared, doc.doc_id, index, stem, closest, start, token.end))
        # A word close to a name on its own is suggested alone, not with its neighbour.
        taken.update(index for index, single in enumerate(alone) if single)
        for index in range(len(tokens) - 1):
            first, second = words[index], words[index + 1]
            if (
                not (first.pairable and second.pairable) or first.common and second.common  # في ذلك
                or index in taken or index + 1 in taken
                or not sentence_of[index] or sentence_of[index + 1] != sentence_of[index]
            ):
                continue
            pair = f"{tokens[index].norm} {tokens[index + 1].norm}"
            if len(pair) - 1 < MIN_LETTERS:
                continue
            closest = self._closest_pairs.get(pair, False)
            if closest is False:
                closest = self._closest_pairs[pair] = self._closest(pair, self.pairs)
            if closest is not None:
                found.append(self._occurrence(prepared, doc.doc_id, index, pair, closest, tokens[index].start, tokens[index + 1].end))
        found.sort(key=lambda o: o.start)
        return found

    def _occurrence(self, prepared: PreparedText, doc_id: str, index: int, key: str, closest: _Closest, start: int, end: int) -> _Occurrence:
        sentence = prepared.sentences[prepared.sentence_of_token[index] - 1]
        text = prepared.text
        return _Occurrence(key, text[start:end], closest, doc_id, start, end, text[sentence.start:sentence.end], sentence.start)

    def _word(self, norm: str) -> _Word:
        """What a token says about names, worked out once per distinct token (news repeats its words)."""
        pairable = bool(_LETTERS.fullmatch(norm)) and norm not in self.stop_words
        word = _Word(pairable, norm in self.common, self._closest_reading(norm) if pairable else None)
        self._words[norm] = word
        return word

    def _closest_reading(self, word: str) -> tuple[str, _Closest] | None:
        """The reading of ``word`` (itself, or without a proclitic) closest to a name, or None.

        A word any of whose readings is a common or function word is no name: والمستقبل."""
        best: tuple[str, _Closest] | None = None
        for stem, stripped in proclitic_readings(word):
            if stripped and not word.endswith(stem):
                continue  # ل + ال → لل undone: الجيش is not written in للجيش, so has no offsets
            if stem in self.common or stem in self.stop_words:
                return None
            if stem.startswith("ال") and stem[2:] in self.common:
                return None  # a common word with the article: السراح (إطلاق السراح) is not السراج
            if len(stem) < MIN_LETTERS:
                continue
            closest = self._closest_words.get(stem, False)
            if closest is False:
                closest = self._closest_words[stem] = self._closest(stem, self.words)
            if closest is not None and (best is None or closest.score > best[1].score):
                best = (stem, closest)  # ties keep the longer reading: بوغدانوفا keeps its ب
        return best

    def _closest(self, form: str, names: dict[str, str]) -> _Closest | None:
        """The name form closest to ``form`` within the score and edit limits: one rapidfuzz call."""
        best = process.extractOne(form, names.keys(), scorer=fuzz.ratio, score_cutoff=self.min_score)
        if best is None:
            return None
        near, score, _ = best
        if Levenshtein.distance(form, near, score_cutoff=self.max_edits) > self.max_edits:
            return None
        if len(near) == MIN_LETTERS and len(form) == len(near):
            # A letter changed in a name of five is too often another word (مستهل, "at the start
            # of", for مساهل); a letter added or dropped (مساهيل) is still a spelling.
            return None
        return _Closest(names[near], near, score)


def _stem_start(text: str, token: Token, letters: int) -> int:
    """The original offset after the first ``letters`` normalised letters of ``token`` (its
    proclitic) and the diacritics on them: ``وَيوفكوروف`` → the offset of ي."""
    position = token.start
    while letters > 0 and position < token.end:
        letters -= len(normalise(text[position]))  # a ligature is two letters: ﻻ
        position += 1
    while position < token.end and not normalise(text[position]):
        position += 1
    return position


__all__ = ["COLUMNS", "MAX_EDITS", "MIN_LETTERS", "MIN_SCORE", "grouped", "near_misses", "not_named_otherwise", "occurrences"]
