"""Suggestions: names in the corpus that look like actors but are not in the lexicon yet.

Arabic has no capital letters to tell a name, so Marsad looks where news puts names:

- after a title from ``data/titles.csv``: ``المشير عبد الواحد الشتيوي``. The portfolio and
  nisba that follow a title are skipped (``وزير الداخلية التركي أرطغرل كاراطاش أوغلو``), and so is
  an institution the lexicon knows (``المتحدث باسم الجيش الوطني الليبي أحمد المسماري``);
- as the subject right after a reporting verb from ``cues.csv`` (``وقال عبد الواحد الشتيوي إن``),
  when the words end where the reported clause begins (إن، أن، a colon, a quotation mark,
  a preposition). This position is noisier (``وقالت مصادر مطلعة``), so such a name must be seen
  there at least twice.

A name is one to three word tokens, ending at punctuation, a function word, a cue, another
title or an actor the lexicon knows. Names the lexicon already matches are never suggested, nor
is a name that runs into a known actor (``ديمتري بيسكوف`` is Peskov spelled another way).
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.extract.actors import Mention, actor_matcher, find_mentions
from analysis.extract.unlisted import spoken_to
from analysis.corpus.documents import Document
from analysis.lexicon.read import DATA_DIR, FILES, Lexicon, LexiconError, Rows, build_lexicon
from analysis.arabic.matcher import PhraseMatcher, has_article, proclitic_readings
from analysis.arabic.romanise import romanise
from analysis.arabic.text import PreparedText, normalise_word, prepare

COLUMNS = ["candidate", "cue", "count", "doc_ids", "first_doc_id", "start", "end", "sentence"]
MAX_NAME_WORDS = 3
MIN_REPORTED = 2
# Words after a title that qualify it rather than name its holder: الخارجية التركي، لدى مصر.
MAX_QUALIFIER_WORDS = 4
# A preposition inside a title's qualifier takes its object with it: السفير التركي لدى مصر
QUALIFIER_PREPOSITIONS = frozenset("لدي في باسم عن".split())
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]{2,}")
_ID_SAFE = re.compile(r"[^a-z0-9]+")
_ACTOR_ID = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class _Occurrence:
    key: str
    candidate: str
    cue: str
    doc_id: str
    start: int
    end: int
    sentence: str
    reported: bool  # found as the subject of reported speech, not after a title
    first_token: int
    last_token: int


# One row per place a name is suggested (:func:`occurrences`): what :func:`grouped` turns into
# the table, kept per article beside the analysis so that a new article is read alone.
OCCURRENCE_COLUMNS = ["key", "candidate", "cue", "doc_id", "start", "end", "sentence", "reported"]


def suggest_actors(
    documents: Iterable[Document],
    lexicon: Lexicon,
    *,
    titles: Sequence[str] | None = None,
    min_reported: int = MIN_REPORTED,
    max_words: int = MAX_NAME_WORDS,
) -> pd.DataFrame:
    """Names that look like actors but are not in ``lexicon``, most frequent first.

    Args:
        documents: the articles to read.
        lexicon: the actors already known (their names, titles and cues).
        titles: title words; default the lexicon's (its ``titles.csv``).
        min_reported: how often a name seen only after a reporting verb must occur.
        max_words: the longest name taken, in words.

    Returns:
        One row per candidate (grouped by its normalised form) with the columns of
        :data:`COLUMNS`: ``candidate`` as first written, ``cue`` (the title or reporting verb
        as listed that signalled it first), ``count`` of occurrences, ``doc_ids`` (a list, in
        corpus order), and ``first_doc_id``, ``start``, ``end`` (offsets into that article's text)
        and ``sentence`` of the first occurrence.
    """
    return grouped(occurrences(documents, lexicon, titles=titles, max_words=max_words), min_reported=min_reported)


def occurrences(
    documents: Iterable[Document],
    lexicon: Lexicon,
    *,
    titles: Sequence[str] | None = None,
    max_words: int = MAX_NAME_WORDS,
) -> pd.DataFrame:
    """Every place in ``documents`` where a name the lexicon does not know is signalled, in
    order: :data:`OCCURRENCE_COLUMNS` (``key`` the normalised name, ``candidate`` as written at
    ``start:end``, ``reported`` when a reporting verb rather than a title signalled it)."""
    finder = _Finder(lexicon, lexicon.titles if titles is None else titles, max_words)
    rows = [
        (o.key, o.candidate, o.cue, o.doc_id, o.start, o.end, o.sentence, o.reported)
        for doc in documents for o in finder.occurrences(doc) if o.key not in finder.known
    ]
    frame = pd.DataFrame(rows, columns=OCCURRENCE_COLUMNS)
    return frame.astype({"key": "str", "candidate": "str", "cue": "str", "doc_id": "str", "start": "int64", "end": "int64",
                         "sentence": "str", "reported": "bool"})


def grouped(found: pd.DataFrame, *, min_reported: int = MIN_REPORTED) -> pd.DataFrame:
    """:func:`occurrences` (of a whole corpus, in its order) as the table of :func:`suggest_actors`.
    A name seen only after a reporting verb (``وقالت مصادر``) needs ``min_reported`` occurrences."""
    places: dict[str, list[int]] = {}
    for row, key in enumerate(found["key"].tolist()):
        places.setdefault(key, []).append(row)
    candidate, cue, doc_id = found["candidate"].tolist(), found["cue"].tolist(), found["doc_id"].tolist()
    start, end, sentence, reported = (found[c].tolist() for c in ("start", "end", "sentence", "reported"))
    rows = []
    for rows_of_key in places.values():
        if all(reported[row] for row in rows_of_key) and len(rows_of_key) < min_reported:
            continue
        first = rows_of_key[0]
        rows.append({
            "candidate": candidate[first], "cue": cue[first], "count": len(rows_of_key),
            "doc_ids": list(dict.fromkeys(doc_id[row] for row in rows_of_key)), "first_doc_id": doc_id[first],
            "start": start[first], "end": end[first], "sentence": sentence[first],
        })
    frame = pd.DataFrame(rows, columns=COLUMNS)
    # A stable sort keeps candidates of equal count in the order they first appear.
    frame = frame.sort_values("count", ascending=False, kind="stable").reset_index(drop=True)
    return frame.astype({"count": "int64", "start": "int64", "end": "int64"})


class _Finder:
    """Matchers built once per lexicon, and the two rules applied to one article."""

    def __init__(self, lexicon: Lexicon, titles: Sequence[str], max_words: int):
        self.lexicon = lexicon
        self.language = language = lexicon.language
        self.stop_words = (
            language.prepositions | language.clause_openers | language.adverbs | language.negators | language.function_words
        )
        self.max_words = max_words
        self.actors = actor_matcher(lexicon)
        self.titles = PhraseMatcher((title, title) for title in titles)
        self.cues = PhraseMatcher(((cue.cue, cue) for cue in lexicon.cues if cue.cue_type != "ignore"), enclitics=True)
        # Forms never suggested: what the lexicon already names, and the signal words themselves.
        self.known = (
            {normalise_word(alias.alias) for alias in lexicon.aliases}
            | {normalise_word(title) for title in titles}
            | {normalise_word(cue.cue) for cue in lexicon.cues}
        )

    def occurrences(self, doc: Document) -> list[_Occurrence]:
        prepared = prepare(doc.text)
        # Titles of every period count as known: excluding is safer than suggesting them again.
        mentions = find_mentions(prepared, self.actors, period=None)
        article = _Article(doc, prepared, mentions, self.titles.find(prepared.tokens), self.cues.find(prepared.tokens))
        found = []
        for match in article.titles:
            span = self._after_title(article, match.first, match.last)
            if span is not None:
                found.append(article.occurrence(span, match.payloads[0], reported=False))
        taken = {index for o in found for index in range(o.first_token, o.last_token)}
        for match in article.cues:
            cue = match.payloads[0]
            if cue.cue_type not in ("reporting", "relay") or not takes_subject_after(cue.cue):
                continue
            span = self._after_verb(article, match.last)
            if span is not None and span[0] not in taken:
                found.append(article.occurrence(span, cue.cue, reported=True))
        found.sort(key=lambda o: o.start)
        return found

    def _after_title(self, article: _Article, first: int, last: int) -> tuple[int, int] | None:
        """The name after the title at tokens [first, last), as a token range, or None."""
        sentence_end = article.sentence_end(first)
        if sentence_end is None or any(index in article.covered for index in range(first, last)):
            return None  # in the dateline, or the title is part of a known actor (وزير الخارجية الروسي)
        index, skipped = last, 0
        while index < sentence_end and skipped < MAX_QUALIFIER_WORDS:
            mention = article.mention_at.get(index)
            if mention is not None:
                if self.lexicon.actors[mention.actor_id].type == "person":
                    return None  # the title's holder is known: الرئيس الروسي فلاديمير بوتين
                index, skipped = mention.last_token, skipped + 1  # باسم الجيش الوطني الليبي
                continue
            norm = article.tokens[index].norm
            if norm in QUALIFIER_PREPOSITIONS and index + 1 < sentence_end:
                following = article.mention_at.get(index + 1)
                index = following.last_token if following is not None else index + 2
                skipped += 1
                continue
            if has_article(norm) and index not in article.title_tokens and self._is_name_word(norm):
                index, skipped = index + 1, skipped + 1  # الخارجية، التركي
                continue
            break
        # The holder's name starts without ال; a word with it is one more qualifier (الروسي).
        return self._name(article, index, sentence_end, definite_start=False)

    def _after_verb(self, article: _Article, index: int) -> tuple[int, int] | None:
        """The subject right after a reporting verb, when it ends where the reported clause begins."""
        sentence_end = article.sentence_end(index - 1)
        if sentence_end is None:
            return None
        tokens = article.tokens
        while index < sentence_end and (tokens[index].norm in self.language.adverbs or tokens[index].norm in ("،", ",")):
            index += 1  # وقال اليوم، …
        if index >= sentence_end or index in article.covered or index in article.title_tokens:
            return None  # a known speaker, or a title the other rule reads
        if tokens[index].norm in self.language.generic_subjects:
            return None
        span = self._name(article, index, sentence_end, definite_start=True)  # وقال الشتيوي
        if span is None or span[1] >= sentence_end:
            return None
        after = tokens[span[1]]
        ends_subject = not after.is_word or after.norm in self.language.clause_openers or after.norm in self.language.prepositions
        return span if ends_subject else None

    def _name(self, article: _Article, start: int, sentence_end: int, *, definite_start: bool) -> tuple[int, int] | None:
        """One to ``max_words`` name tokens from ``start``; None when there are none or they run
        into a known actor (a variant of its name, or part of an institution's)."""
        tokens = article.tokens
        if start >= sentence_end or not definite_start and has_article(tokens[start].norm):
            return None
        index = start
        while index < sentence_end and index - start < self.max_words:
            if index in article.covered:
                if index > start and spoken_to(article.prepared, article.mention_at.get(index), self.lexicon):
                    break  # سالم الورفلي لقناة روسيا اليوم: the outlet he spoke to ends his name
                return None
            if index in article.title_tokens or index in article.cue_tokens or not self._is_name_word(tokens[index].norm):
                break
            index += 1
        return (start, index) if index > start else None


    def _is_name_word(self, norm: str) -> bool:
        """An Arabic word that is not a function word, even behind a proclitic (وفي، بأن)."""
        if not _ARABIC_WORD.fullmatch(norm):
            return False
        return not any(stem in self.stop_words for stem, _ in proclitic_readings(norm))


class _Article:
    """One prepared article with its mentions, titles and cues indexed by token."""

    def __init__(self, doc: Document, prepared: PreparedText, mentions: list[Mention], titles, cues):
        self.doc = doc
        self.prepared = prepared
        self.tokens = prepared.tokens
        self.mention_at = {mention.first_token: mention for mention in mentions}
        self.covered = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
        self.titles = titles
        self.title_tokens = {index for match in titles for index in range(match.first, match.last)}
        self.cues = cues
        self.cue_tokens = {index for match in cues for index in range(match.first, match.last)}

    def sentence_end(self, token: int) -> int | None:
        """The token after the last of ``token``'s sentence; None in the dateline."""
        sentence_id = self.prepared.sentence_of_token[token] if 0 <= token < len(self.tokens) else 0
        return self.prepared.sentences[sentence_id - 1].last_token if sentence_id else None

    def occurrence(self, span: tuple[int, int], cue: str, *, reported: bool) -> _Occurrence:
        first, last = span
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        text = self.prepared.text
        sentence = self.prepared.sentences[self.prepared.sentence_of_token[first] - 1]
        written = text[start:end]
        return _Occurrence(
            normalise_word(written), written, cue, self.doc.doc_id, start, end,
            text[sentence.start:sentence.end], reported, first, last,
        )


def takes_subject_after(cue: str) -> bool:
    """Whether a reporting cue is a finite verb, whose subject may follow it (وقال فلان).

    A participle continues a subject named before it (مؤكدا، قائلة، نقلا عن) and a verbal noun
    heads a phrase (تأكيد، تشديد), so the words after them are not a speaker.
    """
    form = normalise_word(cue)
    # Verbs end in neither: مؤكدا، قائلا، نقلا (accusative alef) or مؤكدة، قائلة (ta marbuta → ه).
    if len(form) >= 4 and form.endswith("ا") or cue.strip().endswith("ة"):
        return False
    # تفعيل: تأكيد، تشديد
    return not (len(form) == 5 and form.startswith("ت") and form[3] == "ي")


def add_actor_rows(
    tables: dict[str, Rows],
    *,
    actor_id: str,
    name_en: str,
    name_ar: str,
    type: str,
    aliases: Iterable[str] = (),
    affiliation: str = "",
) -> dict[str, Rows]:
    """New tables with one more actor and its aliases (kind ``name``), validated.

    ``tables`` is not changed. An alias equal to ``name_ar`` is left out, since the Arabic name
    is matched already.

    Raises:
        LexiconError: the new rows make the lexicon invalid (an id taken, an alias claimed by
            another actor, an unknown type), or ``actor_id`` is not lowercase ascii with ``_``.
    """
    new = _copy(tables)
    line = str(len(new["actors"]) + 2)
    actor_id = actor_id.strip()
    if not _ACTOR_ID.fullmatch(actor_id):
        raise LexiconError([f"actors.csv:{line}: actor_id '{actor_id}' must be lowercase ascii letters, digits and _"])
    new["actors"].append({
        "actor_id": actor_id, "name_en": name_en.strip(), "name_ar": name_ar.strip(),
        "type": type.strip(), "affiliation": affiliation.strip(), "_line": line,
    })
    name_form = normalise_word(name_ar)
    seen = {name_form}
    for alias in aliases:
        form = normalise_word(alias)
        if not form or form in seen:
            continue
        seen.add(form)
        _append_alias(new, actor_id, alias, "name")
    build_lexicon(new)
    return new


def add_alias_row(tables: dict[str, Rows], *, actor_id: str, alias: str, kind: str = "variant") -> dict[str, Rows]:
    """New tables with one more alias of a known actor (a spelling confirmed by the analyst:
    يوفكوروف for Yevkurov), validated; ``tables`` is not changed.

    Raises:
        LexiconError: the new row makes the lexicon invalid (an unknown actor, an alias claimed
            by another actor or listed twice, a function word).
    """
    new = _copy(tables)
    _append_alias(new, actor_id.strip(), alias, kind)
    build_lexicon(new)
    return new


def _copy(tables: dict[str, Rows]) -> dict[str, Rows]:
    return {name: [dict(row) for row in tables.get(name, [])] for name in FILES}


def _append_alias(tables: dict[str, Rows], actor_id: str, alias: str, kind: str) -> None:
    tables["aliases"].append({
        "actor_id": actor_id, "alias": alias.strip(), "kind": kind, "valid_from": "", "valid_to": "",
        "_line": str(len(tables["aliases"]) + 2),
    })


def actor_id_for(name_en: str, *, name_ar: str = "", taken: Iterable[str] = ()) -> str:
    """An actor id from an English name: ``Abdulwahid al-Shtaiwi`` → ``abdulwahid_al_shtaiwi``.

    Without ascii letters in ``name_en`` (left empty), the Arabic name spelled in ascii gives it
    (:func:`analysis.arabic.romanise.romanise`: وليام بيرنز → ``wlyam_birnz``), so the same Arabic
    name always gives the same id; a name with neither gives ``ar_`` and a hash of the normalised
    Arabic, or ``actor``. A taken id gets a number (``_2``, ``_3``, …).
    """
    base = _ID_SAFE.sub("_", name_en.lower()).strip("_") or _ID_SAFE.sub("_", romanise(name_ar).lower()).strip("_")
    if not base:
        form = " ".join(normalise_word(word) for word in name_ar.split())
        base = "ar_" + hashlib.sha1(form.encode("utf-8")).hexdigest()[:8] if form else "actor"
    if not base[0].isalpha():
        base = f"actor_{base}"
    taken = set(taken)
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}_{n}"
    return candidate


__all__ = [
    "COLUMNS",
    "actor_id_for",
    "add_alias_row",
    "add_actor_rows",
    "grouped",
    "occurrences",
    "suggest_actors",
    "takes_subject_after",
]
