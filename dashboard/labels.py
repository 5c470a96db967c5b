"""Words and colours the dashboard shows for ids: actor types, topics, polarities, articles, speakers,
attribution rules and lexicon versions. The ids themselves stay in the downloads."""

from __future__ import annotations

# The words for ids that the report shares live in analysis; pages keep reading them from here.
from analysis.explore.labels import (  # noqa: F401
    POLARITY_COLOURS, SPEAKER_LABELS, TYPE_LABELS, UNLISTED, UNLISTED_MARK, UNLISTED_NOTE, counted, lexicon_label, speaker_words,
    title_holders, type_label, unlisted_marked,
)

from analysis.explore.highlight import colour

# Told apart at a glance: the fifth was once a second orange (#e8590c beside #f76707), and Article 5's
# bars read as Article 2's.
ARTICLE_COLOURS = ("#1c7ed6", "#f76707", "#0ca678", "#ae3ec9", "#fab005", "#5c940d", "#c2255c", "#495057")
# What a chart draws for the articles it leaves out (light grey, apart from every article colour).
OTHER_COLOUR = "#ced4da"
# How the speaker of a stance was found: the rules of analysis/extract/stance.py (the `attribution`
# column), in an analyst's words. The one table of them; a rule added later gets a readable fallback.
ATTRIBUTION_LABELS = {
    "after_verb": "said (verb before name)",  # وقال لافروف
    "before_verb": "said (name before verb)",  # إن لافروف أكد
    "relay": "relayed (quoted by another speaker)",  # ونقل المجلس الرئاسي عن اللافي تأكيده
    "carried": "said (speaker carried over)",  # وأضاف: "…"
    "quote_owner": "inside the speaker's quotation",  # “…” قال لافروف
    "in_statement": "inside the speaker's statement",
    "preface": "in the phrase opening the speaker's statement",  # وفي تعليق ساخر، قالت السفارة
    "unlisted_subject": "said (speaker not in the lexicon)",  # وقالت تقارير إعلامية
    # Rules of the subject-phrase reader (analysis/extract/speakers.py on main):
    "source": "according to (sourcing phrase)",  # وفقاً لنيبينزيا، بحسب مصادر
    "unlisted": "said (speaker not in the lexicon)",  # قال النائب في البرلمان علي التكبالي
    "unnamed": "said (unnamed speaker)",  # وقال مسؤول عسكري
    "fronted": "said (name opens the sentence)",  # وكان لافروف قد أكد
    "headline": "said (name and colon)",  # زاخاروفا: موسكو تدعم الهدنة
    "title_anaphora": "said (title of the previous speaker)",  # وأوضحت الناطقة، after Zakharova
    "document": "said (statement of the previous speaker)",  # وأضاف البيان، after the ministry's statement
    "same_source": "said (the same source again)",  # وأضاف المصدر ذاته
    "mouthpiece": "said for a body (through its spokesperson)",  # نفت الخارجية على لسان زاخاروفا
    "opening_subject": "said (subject of the sentence's first verb)",  # وأصدرت السفارة تحذيراً، مشددة
    "speech_noun": "said (noun of speech, no verb)",  # وتنطوي تصريحات لافروف على مخاوف
    "nisba": "said (state named by its adjective)",  # نفي روسي جديد، ترحيب تركي
    "narrated_subject": "said (person of the sentence before)",  # واستقبل الدبيبة السفير. وأكد …
    "latter": "said (the latter: person named last)",  # تحدث ماكرون إلى بوتين، ونفى الأخير
    "ordinal": "said (the first or second of two who spoke together)",
    "placed": "where the previous statement was made",  # وجاء ذلك خلال لقائه السفير  # وقالت المؤسسة وشركة تاتنفت … وقالت الأولى
    "article": "the article itself (no quote)",
    "unresolved": "speaker not found",
}


def attribution_label(rule: str) -> str:
    """``after_verb`` → ``said (verb before name)``; an unknown rule ``subject_pronoun`` → ``Subject pronoun``."""
    return ATTRIBUTION_LABELS.get(rule) or (rule.replace("_", " ").strip().capitalize() or "unknown rule")


def type_colour(actor_type: str) -> str:
    """An actor type's colour: the one its mentions are highlighted in (``person`` → ``#ffd8a8``)."""
    return colour(f"actor-{actor_type}")
