"""Suggestions: names in the corpus that look like actors but are not in the lexicon yet.

Arabic has no capital letters to tell a name, so Marsad looks where news puts names:

- after a title from ``data/titles.csv``: ``المشير عبد الواحد الشتيوي``. This is the analysis' own
  rule for people the lexicon lacks (:mod:`analysis.extract.unlisted`): the Suggestions page lists
  the analysis' unlisted mentions, so what the Actors page counts as «Not in lexicon» is what it offers
  to add, and the speakers the analysis names as written (``وقالت شركة أمبري إن``);
- as the subject right after a reporting verb from ``cues.csv`` (``وقال عبد الواحد الشتيوي إن``),
  when the words end where the reported clause begins (إن، أن، a colon, a quotation mark,
  a preposition). This position is noisier (``وقالت مصادر مطلعة``), so such a name must be seen
  there at least twice, and one common word there (``أعرب السيد``، ``وذكرت المجلة``) is no name.

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

import pandas as pd

from analysis.explore.concordance import left_context, right_context
from analysis.explore.filters import is_in
from analysis.extract.actors import Mention, actor_matcher, find_mentions
from analysis.extract.pipeline import Frames, analyze
from analysis.extract.schema import sentence_text
from analysis.extract.unlisted import UNLISTED_PREFIX, spoken_to
from analysis.corpus.documents import Document
from analysis.lexicon.cue_forms import all_cues
from analysis.lexicon.derived import derived
from analysis.lexicon.language import Language
from analysis.lexicon.read import FILES, Lexicon, LexiconError, Rows, build_lexicon
from analysis.arabic.matcher import PhraseMatcher, has_article, proclitic_readings
from analysis.arabic.romanise import romanise
from analysis.arabic.text import PreparedText, normalise_word, prepare

COLUMNS = ["candidate", "cue", "count", "doc_ids", "first_doc_id", "start", "end", "sentence", "context"]
# Words either side of the name in ``context``: a table cell shows a short line whole, where a
# long sentence in a right-to-left cell was cut at its start.
CONTEXT_WORDS = 4
MAX_NAME_WORDS = 3
MIN_REPORTED = 2
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]{2,}")
_ID_SAFE = re.compile(r"[^a-z0-9]+")
_ACTOR_ID = re.compile(r"[a-z][a-z0-9_]*")


def likely_type(candidate: str, language: Language) -> str:
    """The actor type a suggested name most likely has, offered first when it is added: its first
    word heads an outlet's name (صحيفة، وكالة → media), an armed group's (قوات، كتيبة →
    armed_group) or another body's (شركة، هيئة، مركز → organisation); else a person."""
    words = normalise_word(candidate).split()
    head = words[0] if words else ""
    if head in language.media_heads:
        return "media"
    if head in language.armed_heads:
        return "armed_group"
    if head in language.institution_heads:
        return "organisation"
    return "person"


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
    min_reported: int = MIN_REPORTED,
    max_words: int = MAX_NAME_WORDS,
) -> pd.DataFrame:
    """Names that look like actors but are not in ``lexicon``, most frequent first.

    Args:
        documents: the articles to read (analysed here: the dashboard passes its own frames to
            :func:`analysed_places` instead).
        lexicon: the actors already known (their names, titles and cues).
        min_reported: how often a name seen only after a reporting verb must occur.
        max_words: the longest name taken after a reporting verb, in words.

    Returns:
        One row per candidate (grouped by its normalised form) with the columns of
        :data:`COLUMNS`: ``candidate`` as first written, ``cue`` (what signalled it first: the
        title as written, or the reporting verb as listed), ``count`` of occurrences, ``doc_ids``
        (a list, in corpus order), and ``first_doc_id``, ``start``, ``end`` (offsets into that
        article's text), ``sentence`` of the first occurrence and ``context``, the name with a
        few words either side of it there.
    """
    documents = list(documents)
    places = merged(
        occurrences(documents, lexicon, max_words=max_words),
        analysed_places(analyze(documents, lexicon), lexicon),
        doc_ids=[doc.doc_id for doc in documents],
    )
    return grouped(places, min_reported=min_reported)


def occurrences(
    documents: Iterable[Document],
    lexicon: Lexicon,
    *,
    max_words: int = MAX_NAME_WORDS,
) -> pd.DataFrame:
    """Every place in ``documents`` where a name the lexicon does not know stands as the subject
    right after a reporting verb, in order: :data:`OCCURRENCE_COLUMNS` (``key`` the normalised
    name, ``candidate`` as written at ``start:end``, ``reported`` True)."""
    finder = _Finder(lexicon, lexicon.titles, max_words)
    rows = [
        (o.key, o.candidate, o.cue, o.doc_id, o.start, o.end, o.sentence, o.reported)
        for doc in documents for o in finder.occurrences(doc) if o.key not in finder.known
    ]
    return _places(rows)


def analysed_places(frames: Frames, lexicon: Lexicon) -> pd.DataFrame:
    """The places of people and bodies the analysis found and the lexicon lacks, as
    :data:`OCCURRENCE_COLUMNS`: its unlisted mentions (a name after a title: ``وقال وزير الداخلية
    التركي أرطغرل كاراطاش أوغلو``, signalled by the title) and the speakers it names as written
    (``وقالت شركة أمبري إن``, signalled by the verb). Read from the frames the pages already hold,
    so the table and the Actors page's «Not in lexicon» rows come from one rule.

    Args:
        frames: the analysis (:class:`analysis.extract.pipeline.Frames`, nested mentions kept).
        lexicon: the lexicon the frames were analysed with (its titles, and its common words:
            one common word is no name, ``وقال مركز``).
    """
    mentions, stances, sentences = frames.mentions, frames.stances, frames.sentences
    unlisted = mentions[mentions["actor_id"].str.startswith(UNLISTED_PREFIX)]
    speakers = stances[(stances["speaker_id"].fillna("") == "") & (stances["attribution"] == "unlisted")]
    if unlisted.empty and speakers.empty:
        return _places([])
    wanted = set(zip(unlisted["doc_id"].tolist(), unlisted["sentence_id"].tolist())) | set(
        zip(speakers["doc_id"].tolist(), speakers["sentence_id"].tolist()))
    # Only the sentences that hold one are looked up, and their titles matched. The articles that
    # hold one first, by Arrow: a key per sentence of the corpus (2 million at 100,000 articles)
    # took 1.9 s and 200 MB.
    in_articles = sentences[is_in(sentences["doc_id"], {doc_id for doc_id, _ in wanted}).to_numpy(dtype=bool)]
    keys = list(zip(in_articles["doc_id"].tolist(), in_articles["sentence_id"].tolist()))
    held = in_articles[[key in wanted for key in keys]]
    texts = held["text"] if "text" in held.columns else sentence_text(held, frames.texts)
    sentence_at = {key: (start, text) for key, start, text in zip(
        zip(held["doc_id"].tolist(), held["sentence_id"].tolist()), held["start"].tolist(), texts.tolist())}
    titles = PhraseMatcher((title, title) for title in lexicon.titles)
    common = lexicon.language.common_words
    rows: list[tuple] = []
    taken: set[tuple[str, int]] = set()
    for doc_id, sentence_id, surface, start, end in zip(
        unlisted["doc_id"], unlisted["sentence_id"], unlisted["surface"], unlisted["start"], unlisted["end"]
    ):
        sentence_start, text = sentence_at.get((doc_id, sentence_id), (start, surface))
        rows.append((normalise_word(surface), surface, _title_before(titles, text, start - sentence_start),
                     doc_id, int(start), int(end), text, False))
        taken.add((doc_id, int(start)))
    for doc_id, sentence_id, name, cue in zip(speakers["doc_id"], speakers["sentence_id"], speakers["speaker_name"], speakers["cue_lemma"]):
        if not name or (doc_id, sentence_id) not in sentence_at:
            continue
        sentence_start, text = sentence_at[(doc_id, sentence_id)]
        written = name
        found = text.find(written)
        if found < 0 and " " in name:
            # وأضاف إيفانوف, shown by the full name an earlier sentence gave: the family name is what is written here
            written = name.split()[-1]
            found = text.find(written)
        key = normalise_word(name)
        if found < 0 or (doc_id, sentence_start + found) in taken or _description(key, common):
            continue
        taken.add((doc_id, sentence_start + found))
        rows.append((key, written, cue, doc_id, sentence_start + found, sentence_start + found + len(written), text, False))
    return _places(rows)


def _context(sentence: str, name: str) -> str:
    """The name with ``CONTEXT_WORDS`` words either side, … where the sentence goes on."""
    found = sentence.find(name)
    if found < 0:
        return sentence
    left = left_context(sentence, found, CONTEXT_WORDS)
    right = right_context(sentence, found + len(name), CONTEXT_WORDS)
    before = "… " if sentence[:found].strip() != left.strip() else ""
    after = " …" if sentence[found + len(name):].strip() != right.strip() else ""
    return f"{before}{left}{name}{right}{after}"


def _description(key: str, common: frozenset[str]) -> bool:
    """Whether a speaker's name as written is a description, no name: one common word (a head
    the analysis could not complete: وقال مركز), or common words that all carry the article
    (وحسب المجلة الفرنسية, pointing back to a magazine named before)."""
    words = key.split()
    return words[0] in common and (len(words) == 1 or all(has_article(word) for word in words))


def merged(*places: pd.DataFrame, doc_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Places from :func:`occurrences` and :func:`analysed_places` as one table, in the corpus'
    order (``doc_ids``) and by offset, the first place of each name once (for :func:`grouped`)."""
    frame = pd.concat([p for p in places if not p.empty] or [places[0]], ignore_index=True)
    if doc_ids is not None:
        order = {doc_id: n for n, doc_id in enumerate(doc_ids)}
        frame = frame.assign(_order=frame["doc_id"].map(order).fillna(len(order)))
        frame = frame.sort_values(["_order", "start"], kind="stable").drop(columns="_order")
    return frame.drop_duplicates(["doc_id", "start"]).reset_index(drop=True)


def _title_before(titles: PhraseMatcher, sentence: str, offset: int) -> str:
    """The title that introduced the unlisted name at ``offset`` in ``sentence``, as written: from
    the first of the titles right next to each other before it to the name (``وقال نائب رئيس
    الوزراء الروسي سيرغي إيفانوف`` → نائب رئيس الوزراء الروسي), its qualifiers included."""
    prepared = prepare(sentence)
    tokens = prepared.tokens
    before = [match for match in titles.find(tokens) if tokens[match.last - 1].end <= offset]
    if not before:
        return ""
    first = before[-1]
    for match in reversed(before[:-1]):
        if match.last != first.first:
            break
        first = match  # نائب + رئيس: one title
    return sentence[tokens[first.first].start:offset].strip(" ،,-–—:\"«»“”")


def _places(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=OCCURRENCE_COLUMNS)
    return frame.astype({"key": "str", "candidate": "str", "cue": "str", "doc_id": "str", "start": "int64", "end": "int64",
                         "sentence": "str", "reported": "bool"})


def _groups(found: pd.DataFrame, min_reported: int) -> dict[str, list[int]]:
    """The rows of each name :func:`grouped` lists, by the name's key."""
    keys = found["key"].tolist()
    # A family name alone is the person named in full elsewhere: إيفانوف after سيرغي إيفانوف.
    full = {}
    for key in dict.fromkeys(keys):
        if " " in key:
            full.setdefault(key.rsplit(" ", 1)[1], set()).add(key)
    places: dict[str, list[int]] = {}
    for row, key in enumerate(keys):
        longer = full.get(key, ())
        places.setdefault(next(iter(longer)) if len(longer) == 1 else key, []).append(row)
    reported = found["reported"].tolist()
    return {key: rows for key, rows in places.items()
            if not (all(reported[row] for row in rows) and len(rows) < min_reported)}


def suggested_places(found: pd.DataFrame, *, min_reported: int = MIN_REPORTED) -> pd.DataFrame:
    """The rows of ``found`` (:func:`merged`) whose name :func:`grouped` lists."""
    kept = sorted(row for rows in _groups(found, min_reported).values() for row in rows)
    return found.iloc[kept].reset_index(drop=True)


def grouped(found: pd.DataFrame, *, min_reported: int = MIN_REPORTED) -> pd.DataFrame:
    """Places (of a whole corpus, in its order: :func:`merged`) as the table of :func:`suggest_actors`.
    A name seen only after a reporting verb (``وقالت مصادر``) needs ``min_reported`` occurrences."""
    keys = found["key"].tolist()
    candidate, cue, doc_id = found["candidate"].tolist(), found["cue"].tolist(), found["doc_id"].tolist()
    start, end, sentence = (found[c].tolist() for c in ("start", "end", "sentence"))
    rows = []
    for key, rows_of_key in _groups(found, min_reported).items():
        first = next((row for row in rows_of_key if keys[row] == key), rows_of_key[0])  # the full name
        rows.append({
            "candidate": candidate[first], "cue": cue[first], "count": len(rows_of_key),
            "doc_ids": list(dict.fromkeys(doc_id[row] for row in rows_of_key)), "first_doc_id": doc_id[first],
            "start": start[first], "end": end[first], "sentence": sentence[first],
            "context": _context(sentence[first], candidate[first]),
        })
    frame = pd.DataFrame(rows, columns=COLUMNS)
    # A stable sort keeps candidates of equal count in the order they first appear.
    frame = frame.sort_values("count", ascending=False, kind="stable").reset_index(drop=True)
    return frame.astype({"count": "int64", "start": "int64", "end": "int64"})


class _Finder:
    """Matchers built once per lexicon, and the reported-speech rule applied to one article."""

    def __init__(self, lexicon: Lexicon, titles: Sequence[str], max_words: int):
        self.lexicon = lexicon
        self.language = language = lexicon.language
        self.stop_words = (
            language.prepositions | language.clause_openers | language.adverbs | language.negators | language.function_words
        )
        self.max_words = max_words
        self.actors = actor_matcher(lexicon)
        self.titles = PhraseMatcher((title, title) for title in titles)
        # the listed cues and their generated forms (أشادت from أشاد), as the stances find them
        cues = all_cues(lexicon)
        self.cues = PhraseMatcher(((cue.cue, cue) for cue in cues if cue.cue_type != "ignore"), enclitics=True)
        # Forms never suggested: what the lexicon already names, and the signal words themselves.
        self.known = (
            {normalise_word(alias.alias) for alias in lexicon.aliases}
            | {normalise_word(title) for title in titles}
            | {normalise_word(cue.cue) for cue in cues}
        )

    def occurrences(self, doc: Document) -> list[_Occurrence]:
        prepared = prepare(doc.text)
        # Titles of every period count as known: excluding is safer than suggesting them again.
        mentions = find_mentions(prepared, self.actors, period=None)
        article = _Article(doc, prepared, mentions, self.titles.find(prepared.tokens), self.cues.find(prepared.tokens))
        found = []
        for match in article.cues:
            cue = match.payloads[0]
            if cue.cue_type not in ("reporting", "relay") or not takes_subject_after(cue.cue):
                continue
            span = self._after_verb(article, match.last)
            if span is not None and not self._one_common_word(article, span):
                found.append(article.occurrence(span, cue.listed, reported=True))
        return found

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


    def _one_common_word(self, article: _Article, span: tuple[int, int]) -> bool:
        """Whether the subject is one common word, no name: ``أعرب السيد``، ``وذكرت المجلة``."""
        first, last = span
        return last - first == 1 and article.tokens[first].norm in self.language.common_words

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


# Words after which a family name goes on: عبد الكافي، أبو زعكوك، بن علي (normalised)
_FAMILY_PARTICLES = frozenset({"عبد", "ابو", "ابن", "بن", "بنت", "ام", "ذو"})


def family_name(name_ar: str, lexicon: Lexicon) -> str:
    """The family name of a person added by his full name, as written, to be matched alone as the
    shipped lexicon matches حفتر for Khalifa Haftar: سالم الورفلي → الورفلي, so that ``وأضاف
    الورفلي`` after the full name is the same person and no «Not in lexicon» one. A particle goes with
    it (عادل عبد الكافي → عبد الكافي).

    Empty when the name is one word, or its last word is a given name (محمد علي), a common or
    function word, or another actor's name already (a shared family name stays the analyst's
    choice, on the Lexicons page).
    """
    words = name_ar.split()
    if len(words) < 2:
        return ""
    family = words[-2:] if len(words) >= 3 and normalise_word(words[-2]) in _FAMILY_PARTICLES else words[-1:]
    written = " ".join(family)
    form = normalise_word(written)
    language = lexicon.language
    claimed = derived(lexicon, "alias forms", lambda lexicon: frozenset(normalise_word(alias.alias) for alias in lexicon.aliases))
    if (form in language.given_names or form in language.common_words or form in language.function_words
            or form in claimed or len(form.replace(" ", "")) < 3):
        return ""
    return written


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
    "analysed_places",
    "family_name",
    "grouped",
    "merged",
    "occurrences",
    "suggest_actors",
    "suggested_places",
    "takes_subject_after",
]
