"""Ids in words: actors, actor types, topics, speakers, polarities, filter settings and the lexicon as an analyst reads them.

The frames join on ids (``lavrov``, ``un_mediation``, ``(article)``); whatever is shown — a
dashboard page, a report, a file name's caption — names them from the lexicon instead:
``Sergey Lavrov · سيرغي لافروف``, ``UN mediation``, ``the article itself (no quote)``. The dashboard
(``dashboard/labels.py``, ``dashboard.loading.Corpus``) and the HTML report
(:mod:`analysis.explore.report`) both read them here, so a name is spelled the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from datetime import datetime
from pathlib import Path

import pandas as pd

from analysis.explore.filters import SINGLE_VALUED, Filters
from analysis.extract.schema import ARTICLE_VOICE
from analysis.extract.unlisted import UNLISTED_PREFIX, is_unlisted
from analysis.lexicon.read import DATA_DIR, FILES, UNRESOLVED_NAME, Lexicon, is_unresolved

POLARITY_COLOURS = {"positive": "#2f9e44", "negative": "#e03131", "neutral": "#868e96"}
TYPE_LABELS = {
    "person": "Person", "state": "State", "organisation": "Organisation",
    "armed_group": "Armed group", "city": "City", "location": "Location",
}
# Speakers that are not actors, as the stances frame names them.
# In an analyst's words (issue 9): "the article's own voice", "Unlisted" and "Undated title" were our
# words, which a new analyst read as jargon or not at all; "Unnamed" is the newsroom's (an unnamed
# source), and the Stances page says what each prefix means.
SPEAKER_LABELS = {ARTICLE_VOICE: "the article itself (no quote)", "(unknown)": "speaker not found"}
# Between an actor's English and Arabic names (``Sergey Lavrov · سيرغي لافروف``), and the word in
# place of the English name of a person the lexicon lacks (``Not in lexicon · سامر الزيداني``).
NAME_SEPARATOR = " · "
UNLISTED = "Not in lexicon"
# Where ``Not in lexicon · …`` does not fit (a chart's axis, a short list), the mark before the name:
# ``* سيرغي ميدفيديف``, explained beside it (:data:`UNLISTED_NOTE`). Dropped, a bare Arabic name read
# as a lexicon actor without an English name.
UNLISTED_MARK = "*"
UNLISTED_NOTE = f"{UNLISTED_MARK} not in the lexicon (add it on the Suggestions page)"
# The word before a speaker no name identifies (``Unnamed · مصادر ليبية``): the stance rule
# ``unnamed`` credited it (وقال مسؤول عسكري، وأفادت مصادر ليبية), apart from a named person or body
# the lexicon lacks (``Not in lexicon · سالم الورفلي``), whom the Suggestions page can add.
UNNAMED = "Unnamed"
UNNAMED_RULE = "unnamed"
# A title several people held, in an article no date places (analysis/lexicon/read.py names it
# "Unresolved title (A or B)"): shown everywhere as ``Holder unclear · الرئيس الروسي``, who may hold
# it (:func:`title_holders`) beside it where there is room (a chart's hover, the sentences' header).
# The Stances page's caption, bars and table said "Holder unclear", its hover and sentences
# "Unresolved title (Dmitry Medvedev or Vladimir Putin)": two names for one thing.
UNDATED_TITLE = "Holder unclear"
# Each filter setting's heading, as the sidebar titles it.
SETTING_TITLES = {
    "doc_ids": "Articles", "outlets": "Outlets", "date_from": "From", "date_to": "To", "actor_ids": "Actors",
    "actor_types": "Actor types", "topics": "Topics", "speakers": "Speakers", "polarities": "Polarity", "search": "Search",
}


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """A count and its noun, singular for one: ``1 article``, ``1,204 articles``, ``0 articles``;
    ``plural`` for a noun that does not take an s (``counted(2, "entry", "entries")``).

    The one place counts are put into words: pages once wrote ``article(s)`` or spelled the rule
    out each time, and a tooltip said "1 articles" where it was forgotten."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def type_label(actor_type: str) -> str:
    """``armed_group`` → ``Armed group``; a type the table lacks is spelled from its id."""
    return TYPE_LABELS.get(actor_type, actor_type.replace("_", " ").capitalize())


def speaker_words(speaker_name: str) -> str:
    """A speaker that is not an actor in words: ``(article)`` → ``the article itself (no quote)``."""
    return SPEAKER_LABELS.get(speaker_name, speaker_name)


def article_labels(documents: pd.DataFrame) -> dict[str, str]:
    """Each article's short name, in corpus order: ``Article 1 (2017-11-04)``, ``Article 2 (undated)``."""
    # From lists: iterating the Arrow-backed columns made a Python string per cell one at a
    # time (100,000 articles: 0.13 s against 0.04).
    return {
        doc_id: f"Article {n} ({date or 'undated'})"
        for n, (doc_id, date) in enumerate(zip(documents["doc_id"].tolist(), documents["date"].fillna("").tolist()), 1)
    }


def article_number(label: str) -> str:
    """``Article 1 (2017-11-04)`` → ``Article 1``: an article's label (:func:`article_labels`) without
    its date, for a column heading or a line that shows the date beside it."""
    return label.split(" (")[0]


def compact_article_label(label: str) -> str:
    """``Article 4 (undated)`` → ``Art. 4, undated``: an article's label (:func:`article_labels`) for a
    one-line field of about 30 characters (Compare's pickers at 800 px), where ``مرصد الاختبار ·
    Article 4 (undated)`` lost the date's end ("Article 4 (undat")."""
    number = article_number(label)
    date = label[len(number) + 2:-1] if label.startswith(number + " (") and label.endswith(")") else ""
    short_number = "Art." + number[len("Article"):] if number.startswith("Article ") else number
    return f"{short_number}, {date}" if date else short_number


def written_names(mentions: pd.DataFrame) -> dict[str, str]:
    """Each unlisted person's name as the corpus first writes it (``actor_name`` of its first
    mention): its id holds the normalised name (``unlisted:ارطغرل الكيلاني``), which is for
    matching, never for showing (أرطغرل الكيلاني)."""
    if mentions.empty:
        return {}
    ids = mentions["actor_id"].astype(str)
    unlisted = mentions.loc[ids.str.startswith(UNLISTED_PREFIX), ["actor_id", "actor_name"]]
    first = unlisted.drop_duplicates("actor_id")
    return dict(zip(first["actor_id"].astype(str), first["actor_name"].astype(str)))


def actor_name(lexicon: Lexicon, actor_id: str, written: Mapping[str, str] | None = None) -> str:
    """``lavrov`` → ``Sergey Lavrov``; a person the lexicon lacks by the name as written (``written``,
    from :func:`written_names`), else the name after its id's prefix (``unlisted:سامر الزيداني`` →
    ``سامر الزيداني``); the id itself for an actor the lexicon no longer has."""
    actor = lexicon.actors.get(actor_id)
    if actor and is_unresolved(actor_id):
        return f"{UNDATED_TITLE}{NAME_SEPARATOR}{actor.name_ar}"  # its English only lists who may hold it
    if actor:
        return actor.name_en
    if not is_unlisted(actor_id):
        return actor_id
    return (written or {}).get(actor_id) or actor_id[len(UNLISTED_PREFIX):]


def unlisted_marked(name: str) -> str:
    """``* سالم عبد الكريم``: the name of a person the lexicon lacks where ``Not in lexicon · …`` does
    not fit (a chart's axis, a list, a network's node), with the mark :data:`UNLISTED_NOTE` explains.
    The one maker of the mark: the Actors chart, Compare's lists and the Network's names use it."""
    return f"{UNLISTED_MARK} {name}"


def marked_name(lexicon: Lexicon, actor_id: str, written: Mapping[str, str] | None = None) -> str:
    """An actor's name (:func:`actor_name`), marked (:func:`unlisted_marked`) when the lexicon lacks it:
    ``Sergey Lavrov``, ``* سالم عبد الكريم``."""
    name = actor_name(lexicon, actor_id, written)
    return unlisted_marked(name) if is_unlisted(actor_id) else name


def actor_label(lexicon: Lexicon, actor_id: str, written: Mapping[str, str] | None = None) -> str:
    """``Sergey Lavrov · سيرغي لافروف``: English first, Arabic beside it; ``Not in lexicon · سامر الزيداني``
    for a person named after a title whom the lexicon lacks (never the raw ``unlisted:`` id), as
    written where ``written`` (:func:`written_names`) has it."""
    actor = lexicon.actors.get(actor_id)
    if actor and is_unresolved(actor_id):
        return actor_name(lexicon, actor_id)
    if actor:
        return f"{actor.name_en}{NAME_SEPARATOR}{actor.name_ar}"
    return f"{UNLISTED}{NAME_SEPARATOR}{actor_name(lexicon, actor_id, written)}" if is_unlisted(actor_id) else actor_id


def topic_label(lexicon: Lexicon, topic: str) -> str:
    """A topic as its lexicon names it (topics.csv's label column): ``UN mediation``."""
    return lexicon.topic_labels.get(topic, topic.replace("_", " ").capitalize())


def unlisted_speakers(stances: pd.DataFrame) -> dict[str, str]:
    """Each speaker without an actor id, by ``speaker_name``, as shown: ``Unnamed · خبراء
    عسكريون`` when the ``unnamed`` rule credited any of its statements, else ``Not in lexicon · سالم الورفلي``.

    Shown bare, an unnamed group and a person the lexicon lacks read alike on the Stances page
    (``خبراء عسكريون`` beside ``سالم الورفلي``). The article's own voice and an unfound speaker keep
    their words (:data:`SPEAKER_LABELS`). One pass over the stances, at load.
    """
    if stances.empty:
        return {}
    no_id = stances.loc[stances["speaker_id"].fillna("").astype(str) == "", ["speaker_name", "attribution"]]
    names = no_id["speaker_name"].astype(str)
    no_id = no_id[~names.isin(list(SPEAKER_LABELS)) & (names != "")]
    unnamed = set(no_id.loc[no_id["attribution"].astype(str) == UNNAMED_RULE, "speaker_name"].astype(str))
    return {name: f"{UNNAMED if name in unnamed else UNLISTED}{NAME_SEPARATOR}{name}"
            for name in dict.fromkeys(no_id["speaker_name"].astype(str).tolist())}


def is_unresolved_name(name: str) -> bool:
    """Whether ``name`` is the English name of a title no date resolves (``Unresolved title (…)``)."""
    return name.startswith(UNRESOLVED_NAME)


def title_holders(lexicon: Lexicon, actor_id: str) -> str:
    """Who may hold a title no date resolves, in words: ``Dmitry Medvedev or Vladimir Putin``
    (its lexicon name, ``Unresolved title (Dmitry Medvedev or Vladimir Putin)``, lists them);
    ``""`` for any other actor."""
    actor = lexicon.actors.get(actor_id)
    if not actor or not is_unresolved(actor_id) or not is_unresolved_name(actor.name_en):
        return ""
    return actor.name_en[len(UNRESOLVED_NAME):].strip().removeprefix("(").removesuffix(")")


def unresolved_speaker(lexicon: Lexicon, speaker_name: str) -> str:
    """The id of the title a speaker name of the stances frame stands for (``Unresolved title (A or
    B)``, as the extraction names it), else ``""``: the Speakers filter holds names, not ids."""
    if not is_unresolved_name(speaker_name):
        return ""
    return next((actor_id for actor_id, actor in lexicon.actors.items()
                 if is_unresolved(actor_id) and actor.name_en == speaker_name), "")


def speaker_label(lexicon: Lexicon, speaker_id: str, speaker_name: str, unlisted: Mapping[str, str] | None = None) -> str:
    """A known speaker by English name; a title no date resolves with its Arabic too (the English
    only lists who may hold it); the article itself (no quote) in words; a speaker the lexicon lacks as
    ``unlisted`` (:func:`unlisted_speakers`) shows it, else by the name as written."""
    if speaker_id and is_unresolved(speaker_id):
        return actor_label(lexicon, speaker_id)
    if speaker_id:
        return actor_name(lexicon, speaker_id)
    return (unlisted or {}).get(speaker_name) or speaker_words(speaker_name)


def setting_formats(
    lexicon: Lexicon, articles: Mapping[str, str], written: Mapping[str, str] | None = None,
    unlisted: Mapping[str, str] | None = None,
) -> dict[str, Callable[[str], str]]:
    """How each list setting's values are shown: names and words, never ids (``articles``: doc_id →
    label; ``written``: unlisted persons as written, :func:`written_names`; ``unlisted``: speakers
    without an id, :func:`unlisted_speakers`)."""
    speakers = unlisted or {}
    return {
        "doc_ids": lambda doc_id: articles.get(doc_id, doc_id),
        "outlets": str,
        "actor_ids": lambda actor_id: actor_label(lexicon, actor_id, written),
        "actor_types": type_label,
        "topics": lambda topic: topic_label(lexicon, topic),
        "speakers": lambda name: speakers.get(name) or (actor_label(lexicon, title) if (title := unresolved_speaker(lexicon, name))
                                                         else speaker_words(name)),
        "polarities": lambda name: name.capitalize(),
    }


def filter_words(filters: Filters, formats: Mapping[str, Callable[[str], str]]) -> list[tuple[str, list[str]]]:
    """The settings that restrict, each as ``(heading, [value in words, …])``:
    ``[("Actors", ["Sergey Lavrov · سيرغي لافروف"]), ("Polarity", ["Negative"])]``."""
    words = []
    for field in fields(filters):
        value = getattr(filters, field.name)
        if value:
            shown: Iterable[str] = [value] if field.name in SINGLE_VALUED else (formats[field.name](item) for item in value)
            words.append((SETTING_TITLES[field.name], list(shown)))
    return words


def describe(filters: Filters, formats: Mapping[str, Callable[[str], str]]) -> str:
    """The settings in one line: ``Actors: Khalifa Haftar · خليفة حفتر; Polarity: Negative`` (``all rows``)."""
    return "; ".join(f"{heading}: {', '.join(values)}" for heading, values in filter_words(filters, formats)) or "all rows"


def lexicon_label(folder: Path) -> str:
    """``the shipped lexicon``, or an edited one by when it was saved: ``lexicon of 28 Nov, 14:02``."""
    if Path(folder).resolve() == DATA_DIR.resolve():
        return "the shipped lexicon"
    times = [path.stat().st_mtime for name in FILES if (path := Path(folder) / f"{name}.csv").exists()]
    if not times:
        return "the edited lexicon"
    saved = datetime.fromtimestamp(max(times))
    return f"lexicon of {saved.day} {saved:%b, %H:%M}"


def lexicon_heading(folder: Path, *, edited_copy: bool, subject: str = "") -> str:
    """Which lexicon the Lexicons page shows, said once: ``The shipped lexicon``, ``Your edited copy
    of the shipped lexicon, saved 28 Nov, 14:02``, ``The lexicon of The Nile dam, saved 28 Nov, 14:02``.

    Args:
        folder: the lexicon folder the pages analyse with.
        edited_copy: whether ``folder`` is the analyst's edited copy of the shipped lexicon.
        subject: the subject's name, for a lexicon of a subject of the analyst's own.
    """
    label = lexicon_label(folder)
    when = label.removeprefix("lexicon of ") if label.startswith("lexicon of ") else ""
    saved = f", saved {when}" if when else ""
    if Path(folder).resolve() == DATA_DIR.resolve():
        return "The shipped lexicon"
    if edited_copy:
        return f"Your edited copy of the shipped lexicon{saved}"
    return f"The lexicon of {subject}{saved}" if subject else f"The {label}"
