"""Words and colours the dashboard shows for ids: actor types, topics, polarities, articles, speakers,
attribution rules and lexicon versions. The ids themselves stay in the downloads."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from analysis.explore.highlight import colour
from analysis.extract.schema import ARTICLE_VOICE
from analysis.lexicon.read import DATA_DIR, FILES

POLARITY_COLOURS = {"positive": "#2f9e44", "negative": "#e03131", "neutral": "#868e96"}
ARTICLE_COLOURS = ("#1c7ed6", "#f76707", "#0ca678", "#ae3ec9", "#e8590c", "#5c940d", "#c2255c", "#495057")
TYPE_LABELS = {
    "person": "Person", "state": "State", "organisation": "Organisation",
    "armed_group": "Armed group", "city": "City", "location": "Location",
}
# How the speaker of a stance was found: the rules of analysis/extract/stance.py (the `attribution`
# column), in an analyst's words. The one table of them; a rule added later gets a readable fallback.
ATTRIBUTION_LABELS = {
    "after_verb": "said (verb before name)",  # وقال لافروف
    "before_verb": "said (name before verb)",  # إن لافروف أكد
    "relay": "relayed (quoted by another speaker)",  # ونقل المجلس الرئاسي عن اللافي تأكيده
    "carried": "said (speaker carried over)",  # وأضاف: "…"
    "quote_owner": "inside the speaker's quotation",  # “…” قال لافروف
    "in_statement": "inside the speaker's statement",
    "unlisted_subject": "said (speaker not in the lexicon)",  # وقالت تقارير إعلامية
    # Rules of the subject-phrase reader (analysis/extract/speakers.py on main):
    "source": "according to (sourcing phrase)",  # وفقاً لنيبينزيا، بحسب مصادر
    "unlisted": "said (speaker not in the lexicon)",  # قال النائب في البرلمان علي التكبالي
    "unnamed": "said (unnamed speaker)",  # وقال مسؤول عسكري
    "fronted": "said (name opens the sentence)",  # وكان لافروف قد أكد
    "headline": "said (name and colon)",  # زاخاروفا: موسكو تدعم الهدنة
    "title_anaphora": "said (title of the previous speaker)",  # وأوضحت الناطقة، after Zakharova
    "article": "the article's own voice",
    "unresolved": "speaker not found",
}
# Speakers that are not actors, as the stances frame names them.
SPEAKER_LABELS = {ARTICLE_VOICE: "the article's own voice", "(unknown)": "speaker not found"}


def type_label(actor_type: str) -> str:
    return TYPE_LABELS.get(actor_type, actor_type.replace("_", " ").capitalize())


def attribution_label(rule: str) -> str:
    """``after_verb`` → ``said (verb before name)``; an unknown rule ``subject_pronoun`` → ``Subject pronoun``."""
    return ATTRIBUTION_LABELS.get(rule) or (rule.replace("_", " ").strip().capitalize() or "unknown rule")


def speaker_words(speaker_name: str) -> str:
    """A speaker that is not an actor in words: ``(article)`` → ``the article's own voice``."""
    return SPEAKER_LABELS.get(speaker_name, speaker_name)


def lexicon_label(folder: Path) -> str:
    """``the shipped lexicon``, or an edited one by when it was saved: ``lexicon of 28 Nov, 14:02``."""
    if Path(folder).resolve() == DATA_DIR.resolve():
        return "the shipped lexicon"
    times = [path.stat().st_mtime for name in FILES if (path := Path(folder) / f"{name}.csv").exists()]
    if not times:
        return "the edited lexicon"
    saved = datetime.fromtimestamp(max(times))
    return f"lexicon of {saved.day} {saved:%b, %H:%M}"


def type_colour(actor_type: str) -> str:
    """An actor type's colour: the one its mentions are highlighted in (``person`` → ``#ffd8a8``)."""
    return colour(f"actor-{actor_type}")
