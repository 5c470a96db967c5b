"""Words and colours the dashboard shows for ids: actor types, topics, polarities, articles."""

from __future__ import annotations


POLARITY_COLOURS = {"positive": "#2f9e44", "negative": "#e03131", "neutral": "#868e96"}
ARTICLE_COLOURS = ("#1c7ed6", "#f76707", "#0ca678", "#ae3ec9", "#e8590c", "#5c940d", "#c2255c", "#495057")
TYPE_LABELS = {
    "person": "Person", "state": "State", "organisation": "Organisation",
    "armed_group": "Armed group", "city": "City", "location": "Location",
}
TOPIC_LABELS = {"arms": "Arms", "energy": "Energy", "infrastructure": "Infrastructure", "un_mediation": "UN mediation"}
# Plotly's mode bar covers the legend on narrow charts and its lasso is rarely wanted on bars.


def topic_label(topic: str) -> str:
    return TOPIC_LABELS.get(topic, topic.replace("_", " ").capitalize())


def type_label(actor_type: str) -> str:
    return TYPE_LABELS.get(actor_type, actor_type.replace("_", " ").capitalize())
