"""Scoring the analysis against hand annotations: precision and recall per frame.

An annotation says, for each sentence of a real article (found by its first words), who makes a
statement there and with which polarity, which actors it mentions and which topics it is about
(the format is documented in ``eval/README.md``). Scoring compares the frames of
:func:`analysis.extract.pipeline.analyze` with it, sentence by sentence, so an analyst who edits
a lexicon sees what the edit did, and a developer sees what a rule did, on articles nobody tuned for.

Names are compared on their normalised form, so ``ماريا زاخاروفا`` written in an annotation
matches the lexicon's Zakharova, and an unlisted speaker matches when one name contains the other.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from analysis.arabic.text import normalise_word
from analysis.extract.pipeline import Frames
from analysis.extract.schema import ARTICLE_VOICE
from analysis.extract.unlisted import is_unlisted
from analysis.lexicon.read import UNRESOLVED_PREFIX, Lexicon, is_unresolved

NEW_ACTOR = "new:"  # an annotated actor the lexicon lacks: new:person:علي التكبالي
# The details' rows for each statement the analysis found in an annotated sentence (frame column).
FOUND_STATEMENTS = "found statements"
# Where a missed statement's speaker was to be seen (the details' speaker_seen column; empty: nowhere near).
SEEN_IN_SENTENCE = "named in its sentence"
SEEN_BEFORE = "the statement before's"


@dataclass(frozen=True)
class Statement:
    speaker: str
    speaker_id: str
    polarity: str


@dataclass(frozen=True)
class AnnotatedSentence:
    starts: str
    statements: tuple[Statement, ...] = ()
    actors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Annotation:
    """One annotated article (its text is read separately: it is never committed)."""

    doc_id: str
    date: str
    sentences: tuple[AnnotatedSentence, ...]
    meta: Mapping[str, str] = field(default_factory=dict)


def annotation_from_json(data: Mapping) -> Annotation:
    """An :class:`Annotation` from the JSON format of ``eval/README.md``."""
    sentences = tuple(
        AnnotatedSentence(
            starts=str(item["starts"]),
            statements=tuple(
                Statement(str(s.get("speaker", "")), str(s.get("speaker_id", "") or ""), str(s.get("polarity", "neutral")))
                for s in item.get("statements", [])
            ),
            actors=tuple(str(a) for a in item.get("actors", [])),
            topics=tuple(str(t) for t in item.get("topics", [])),
        )
        for item in data["sentences"]
    )
    meta = {key: str(data.get(key, "")) for key in ("url", "query", "outlet")}
    return Annotation(str(data["id"]), str(data.get("date", "") or ""), sentences, meta)


def sentence_bounds(text: str, annotation: Annotation) -> list[tuple[int, int]]:
    """Where each annotated sentence runs in ``text``: from its first words to the next one's.

    Raises:
        ValueError: a sentence's first words are not found after the previous sentence's.
    """
    starts, position = [], 0
    for sentence in annotation.sentences:
        found = text.find(sentence.starts, position)
        if found < 0:
            raise ValueError(f"{annotation.doc_id}: sentence not found: {sentence.starts!r}")
        starts.append(found)
        position = found + len(sentence.starts)
    return [(start, end) for start, end in zip(starts, [*starts[1:], len(text)])]


def _norm(name: str) -> str:
    """A name's words normalised and without the article, so المسؤول matches مسؤول."""
    words = (normalise_word(word) for word in name.replace("«", " ").replace("»", " ").split())
    return " ".join(word[2:] if word.startswith("ال") and len(word) > 4 else word for word in words)


def _names_match(predicted: str, expected: str) -> bool:
    """Whether two names written differently name the same speaker: one contains the other
    word for word (زاخاروفا in ماريا زاخاروفا), or they end in the same surname."""
    predicted_words, expected_words = _norm(predicted).split(), _norm(expected).split()
    if not predicted_words or not expected_words:
        return False
    short, long_ = sorted((predicted_words, expected_words), key=len)
    n = len(short)
    if any(long_[i:i + n] == short for i in range(len(long_) - n + 1)):
        return True
    return len(predicted_words[-1]) > 3 and predicted_words[-1] == expected_words[-1]


class _Names:
    """Every way the lexicon writes an actor, to match annotations written as names."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.names: dict[str, list[str]] = {}
        for actor_id, actor in lexicon.actors.items():
            if not is_unresolved(actor_id):  # its "name" is a title several people held
                self.names.setdefault(actor_id, []).append(actor.name_ar)
        for alias in lexicon.aliases:
            if alias.kind not in ("title", "anaphor"):
                self.names.setdefault(alias.actor_id, []).append(alias.alias)

    def same_speaker(self, predicted_id: str, predicted_name: str, expected: Statement) -> bool:
        if is_unresolved(predicted_id) and not expected.speaker_id:
            # an undated «مندوب روسيا لدى مجلس الأمن»: Marsad keeps the title, unresolved, as the
            # annotator writes it; the title is its words (after the prefix), not the stand-in's
            # English name «Unresolved title (A or B)»
            return _names_match(predicted_id.removeprefix(UNRESOLVED_PREFIX), expected.speaker)
        if predicted_id and expected.speaker_id:
            return predicted_id == expected.speaker_id
        if predicted_id:  # a lexicon actor against a name the annotator wrote
            return any(_names_match(name, expected.speaker) for name in self.names.get(predicted_id, ()))
        if expected.speaker_id:  # an unlisted name against a lexicon actor, or the words the annotator wrote
            # for it: «تقارير أممية عديدة» found is the annotator's «تقارير أممية» (speaker_id un)
            return any(_names_match(predicted_name, name)
                       for name in (expected.speaker, *self.names.get(expected.speaker_id, ())) if name)
        return _names_match(predicted_name, expected.speaker)

    def same_actor(self, predicted_id: str, predicted_name: str, expected: str) -> bool:
        if is_unlisted(predicted_id):
            predicted_id = ""  # a person named after a title: compare the names
        if not expected.startswith(NEW_ACTOR):
            if not predicted_id:
                return any(_names_match(predicted_name, name) for name in self.names.get(expected, ()))
            return predicted_id == expected
        name = expected.split(":", 2)[-1]
        if predicted_id:
            return any(_names_match(known, name) for known in self.names.get(predicted_id, ()))
        return _names_match(predicted_name, name)


def _statement_polarity(polarities: Iterable[str]) -> str:
    """A statement's polarity from its rows, in text order: the first that carries one decides.
    The head of a statement says its stance and what follows qualifies it: in رحب بالاتفاق الذي
    ينهي العنف والفوضى the welcome is the stance, the violence is what the agreement ends."""
    return next((p for p in polarities if p != "neutral"), "neutral")


def score(frames: Frames, annotations: Iterable[Annotation], lexicon: Lexicon) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Compare ``frames`` with ``annotations`` (one per analysed document).

    Returns:
        (summary, details): ``summary`` has one row per measure (frame, measure, value, n);
        ``details`` one row per annotated statement, speaker-less sentence, actor and topic
        with what was expected and found, for reading where the analysis went wrong.
    """
    names = _Names(lexicon)
    texts = frames.texts.of(frames.documents["doc_id"].tolist())
    stances = frames.stances
    stances = stances[stances["speaker_name"] != ARTICLE_VOICE]
    stance_groups = {doc: group for doc, group in stances.groupby("doc_id", sort=False)}
    article_voice = frames.stances[frames.stances["speaker_name"] == ARTICLE_VOICE]
    voice_groups = {doc: group for doc, group in article_voice.groupby("doc_id", sort=False)}
    mention_groups = {doc: group for doc, group in frames.mentions.groupby("doc_id", sort=False)}
    # Per article, its sentences in text order: (starts, ends, ids), for bisection.
    sentence_groups = {
        doc: (group["start"].tolist(), group["end"].tolist(), group["sentence_id"].tolist())
        for doc, group in frames.sentences.sort_values(["doc_id", "start"]).groupby("doc_id", sort=False)
    }
    topic_groups = {doc: group for doc, group in frames.topics.groupby("doc_id", sort=False)}
    empty_stances, empty_mentions, empty_topics = stances.iloc[:0], frames.mentions.iloc[:0], frames.topics.iloc[:0]

    details: list[dict] = []
    tally = Counter()
    for annotation in annotations:
        doc = annotation.doc_id
        bounds = sentence_bounds(texts[doc], annotation)
        doc_stances = stance_groups.get(doc, empty_stances)
        doc_voice = voice_groups.get(doc, empty_stances)
        doc_mentions = mention_groups.get(doc, empty_mentions)
        doc_topics = topic_groups.get(doc, empty_topics)
        expected_actors: list[str] = []
        starts, ends, sentence_ids = sentence_groups.get(doc, ([], [], []))
        # For a missed statement, where its speaker was to be seen: an actor named in the sentence
        # (a rule's miss) or the statement before (a carry-over missed), else nowhere near (an actor,
        # alias or unnamed group the lexicon lacks). By bisection on start offsets, not a scan per sentence.
        ordered_mentions = doc_mentions.sort_values("start")
        mention_starts = ordered_mentions["start"].tolist()
        mention_keys = list(zip(ordered_mentions["actor_id"], ordered_mentions["actor_name"]))
        ordered_stances = doc_stances.sort_values("start")
        stance_starts = ordered_stances["start"].tolist()
        stance_keys = list(zip(ordered_stances["speaker_id"], ordered_stances["speaker_name"]))
        for sentence, (start, end) in zip(annotation.sentences, bounds):
            # The rows of the stretch, and of an analysed sentence it lies inside: an annotator
            # who took each line of a hard-wrapped paragraph for a sentence is answered by the
            # sentence the analysis made of them.
            inside = bisect.bisect_left(starts, start) - 1  # the last sentence starting before the stretch
            begun = [sentence_ids[inside]] if inside >= 0 and start < ends[inside] else []
            rows = doc_stances[
                ((doc_stances["start"] >= start) & (doc_stances["start"] < end)) | doc_stances["sentence_id"].isin(begun)
            ]
            predicted: dict[tuple[str, str], list[str]] = {}
            rules: dict[tuple[str, str], str] = {}  # the rule of each found statement's first row
            for speaker_id, speaker_name, polarity, rule in zip(rows["speaker_id"], rows["speaker_name"], rows["polarity"],
                                                                rows["attribution"]):
                predicted.setdefault((speaker_id, speaker_name), []).append(polarity)
                rules.setdefault((speaker_id, speaker_name), rule)
            matched: set[tuple[str, str]] = set()
            polarity_of: dict[tuple[str, str], bool] = {}  # a matched statement: whether its polarity is right
            for statement in sentence.statements:
                hit = next((key for key in predicted if key not in matched and names.same_speaker(*key, statement)), None)
                tally["statements"] += 1
                found_polarity, seen = "", ""
                if hit is None:
                    named = mention_keys[bisect.bisect_left(mention_starts, start):bisect.bisect_left(mention_starts, end)]
                    before = bisect.bisect_left(stance_starts, start)
                    if any(names.same_speaker(*key, statement) for key in named):
                        seen = SEEN_IN_SENTENCE
                    elif before and names.same_speaker(*stance_keys[before - 1], statement):
                        seen = SEEN_BEFORE
                else:
                    matched.add(hit)
                    tally["speaker_right"] += 1
                    found_polarity = _statement_polarity(predicted[hit])
                    tally["polarity_right"] += found_polarity == statement.polarity
                    polarity_of[hit] = found_polarity == statement.polarity
                details.append({
                    "doc_id": doc, "sentence": sentence.starts, "frame": "stances", "expected": statement.speaker,
                    "expected_polarity": statement.polarity,
                    "found": "; ".join(f"{name} ({_statement_polarity(p)})" for (_, name), p in predicted.items()),
                    "found_polarity": found_polarity, "right": hit is not None, "speaker_seen": seen,
                })
            tally["predicted_statements"] += len(predicted)
            tally["predicted_right"] += len(matched)
            for key, polarities in predicted.items():
                details.append({
                    "doc_id": doc, "sentence": sentence.starts, "frame": FOUND_STATEMENTS, "found": key[1],
                    "found_polarity": _statement_polarity(polarities), "right": key in matched,
                    "rule": rules[key], "polarity_right": polarity_of.get(key),
                })
            if not sentence.statements:
                voice = doc_voice[(doc_voice["start"] >= start) & (doc_voice["start"] < end)]
                tally["speakerless"] += 1
                tally["speakerless_quiet"] += not predicted
                tally["speakerless_silent"] += not predicted and voice.empty
                if predicted:
                    details.append({
                        "doc_id": doc, "sentence": sentence.starts, "frame": "stances", "expected": "(no statement)",
                        "expected_polarity": "", "found": "; ".join(name for _, name in predicted), "found_polarity": "",
                        "right": False,
                    })
            expected_actors.extend(sentence.actors)
            hits = doc_topics[(doc_topics["start"] >= start) & (doc_topics["start"] < end)]
            found_topics, wanted_topics = set(hits["topic"]), set(sentence.topics)
            tally["topics_expected"] += len(wanted_topics)
            tally["topics_found"] += len(found_topics)
            tally["topics_right"] += len(found_topics & wanted_topics)
            for topic in sorted(found_topics ^ wanted_topics):
                details.append({
                    "doc_id": doc, "sentence": sentence.starts, "frame": "topics",
                    "expected": topic if topic in wanted_topics else "", "found": topic if topic in found_topics else "",
                    "right": False,
                })
        # Actors are counted per article: how often each is named, whatever the sentence.
        # A nested mention (the army inside Haftar's title) is one the guide neither asks for nor
        # forbids (a title and its name are one mention): it counts when annotated, and is no
        # error when not. Plain mentions answer an annotation first.
        in_body = doc_mentions[doc_mentions["start"] >= bounds[0][0]] if bounds else doc_mentions
        plain = in_body[~in_body["nested"]]
        inner = in_body[in_body["nested"]]
        found = Counter(zip(plain["actor_id"], plain["actor_name"]))
        optional = Counter(zip(inner["actor_id"], inner["actor_name"]))
        wanted = Counter(expected_actors)
        tally["actors_expected"] += sum(wanted.values())
        tally["actors_found"] += sum(found.values())
        for expected, count in wanted.items():
            got = 0
            for pool in (found, optional):
                for key in [key for key in pool if pool[key] and names.same_actor(*key, expected)]:
                    use = min(pool[key], count - got)
                    pool[key] -= use
                    got += use
                    tally["actors_found"] += use if pool is optional else 0
            tally["actors_right"] += got
            total = sum(n for pool in (found, optional) for key, n in pool.items() if names.same_actor(*key, expected)) + got
            if total != count:
                details.append({"doc_id": doc, "sentence": "", "frame": "mentions", "expected": f"{expected} ×{count}",
                                "found": f"×{total}", "right": False})
        for (actor_id, actor_name), left in found.items():
            if left:
                details.append({"doc_id": doc, "sentence": "", "frame": "mentions", "expected": "",
                                "found": f"{actor_id or actor_name} ×{left} (not annotated)", "right": False})

    def ratio(part: str, whole: str) -> tuple[float, int]:
        return (tally[part] / tally[whole] if tally[whole] else float("nan")), tally[whole]

    measures = [
        ("stances", "speaker recall (statements with the right speaker)", *ratio("speaker_right", "statements")),
        ("stances", "speaker precision (statements found that are right)", *ratio("predicted_right", "predicted_statements")),
        ("stances", "polarity right where the speaker is", *ratio("polarity_right", "speaker_right")),
        ("stances", "speaker-less sentences with no attributed stance", *ratio("speakerless_quiet", "speakerless")),
        ("stances", "speaker-less sentences with no stance at all", *ratio("speakerless_silent", "speakerless")),
        ("mentions", "actor recall", *ratio("actors_right", "actors_expected")),
        ("mentions", "actor precision", *ratio("actors_right", "actors_found")),
        ("topics", "topic recall (sentence × topic)", *ratio("topics_right", "topics_expected")),
        ("topics", "topic precision (sentence × topic)", *ratio("topics_right", "topics_found")),
    ]
    summary = pd.DataFrame(measures, columns=["frame", "measure", "value", "n"])
    return summary, pd.DataFrame(details, columns=[
        "doc_id", "sentence", "frame", "expected", "expected_polarity", "found", "found_polarity", "right",
        "rule", "polarity_right", "speaker_seen",
    ])


def by_rule(details: pd.DataFrame) -> pd.DataFrame:
    """Speaker precision and polarity per attribution rule (``stances.attribution``), from the
    details :func:`score` gives: which rule finds statements that hold on these articles, and which
    names the wrong speaker. One row per rule, most statements first: rule, found (statements the
    rule attributed in annotated sentences), right (with the annotated speaker), precision,
    polarity_right (of the right ones, with the annotated polarity). Counts only, so it can be
    read on a blind set without reading its sentences."""
    found = details[details["frame"] == FOUND_STATEMENTS]
    if found.empty:
        return pd.DataFrame(columns=["rule", "found", "right", "precision", "polarity_right"])
    right = found["right"].astype(bool)
    table = pd.DataFrame({
        "rule": found["rule"], "found": 1, "right": right.astype(int),
        "polarity_right": (right & (found["polarity_right"] == True)).astype(int),  # noqa: E712 (None for a miss)
    }).groupby("rule", as_index=False).sum()
    table["precision"] = table["right"] / table["found"]
    table = table.sort_values(["found", "rule"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return table[["rule", "found", "right", "precision", "polarity_right"]]


POLARITIES = ("negative", "neutral", "positive")


def speaker_errors(details: pd.DataFrame) -> pd.DataFrame:
    """What kind of speaker error the details hold, counted: a statement missed with nothing found
    in its sentence, a statement missed where another speaker was found, and a statement found in a
    sentence annotated with none. One row per kind (kind, count), in that order, zeros kept. Counts
    only, so it can be read on a blind set; an analyst who edits the cues sees which kind moved."""
    stances = details[details["frame"] == "stances"]
    missed = stances[(stances["right"] != True) & (stances["expected"] != "(no statement)")]  # noqa: E712
    seen = missed["speaker_seen"].fillna("")
    counts = [
        ("statement missed, nothing found in its sentence", int((missed["found"].fillna("") == "").sum())),
        ("statement missed, another speaker found", int((missed["found"].fillna("") != "").sum())),
        ("statement found in a sentence without one", int((stances["expected"] == "(no statement)").sum())),
        # the misses again, by where the speaker was to be seen: a rule's miss, a carry-over's, or an
        # actor, alias or unnamed group the lexicon lacks (what an analyst can add)
        ("missed, its speaker an actor named in the sentence", int((seen == SEEN_IN_SENTENCE).sum())),
        ("missed, its speaker the statement before's", int((seen == SEEN_BEFORE).sum())),
        ("missed, its speaker recognised nowhere near", int((seen == "").sum())),
    ]
    return pd.DataFrame(counts, columns=["kind", "count"])


def polarity_confusion(details: pd.DataFrame) -> pd.DataFrame:
    """Polarity annotated (rows) against polarity found (columns) for the statements whose speaker
    is right: the diagonal is right, the cell (positive, neutral) counts praise the cues did not see.
    Always the three polarities in both directions, zeros kept."""
    right = details[(details["frame"] == "stances") & (details["right"] == True)]  # noqa: E712
    table = pd.crosstab(right["expected_polarity"], right["found_polarity"])
    table = table.reindex(index=list(POLARITIES), columns=list(POLARITIES), fill_value=0).astype(int)
    table.index.name, table.columns.name = "annotated", "found"
    return table
