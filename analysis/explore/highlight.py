"""Highlighted text: an article's words with its actors, topic terms and cues marked in place.

The dashboard shows Arabic text as HTML, so this module is where article text meets markup.
Every piece of article text goes through :func:`analysis.explore.markup.escape_html`; markup is
only ever built from the fixed strings below and escaped labels, so a text containing ``<script>``
shows as text.

A span is marked with ``<mark class="hl hl-<kind>" title="<English label>">``; the kind
(``actor-person``, ``topic-arms``, ``cue-negative``, ``search``) picks the colour. Spans may
overlap (a topic term inside an actor's name: ``اللجنة العسكرية الليبية المشتركة``): the text is
cut at every span boundary and each piece is marked with all the spans covering it.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from analysis.explore.markup import escape_html

# Colours chosen to stay readable under dark Arabic glyphs (light backgrounds, AA contrast).
KIND_COLOURS: dict[str, str] = {
    "actor-person": "#ffd8a8",
    "actor-state": "#a5d8ff",
    "actor-organisation": "#b2f2bb",
    "actor-armed_group": "#ffc9c9",
    "actor-city": "#d0bfff",
    "actor-location": "#e9ecef",
    "cue-positive": "#8ce99a",
    "cue-negative": "#ff8787",
    "cue-neutral": "#dee2e6",
    "search": "#fcc2d7",
}
# A topic's kind is this prefix and its id (topic-arms).
TOPIC_KIND_PREFIX = "topic-"
# Topics added to the lexicon later get one of these.
SPARE_COLOURS = ("#eebefa", "#c5f6fa", "#ffec99", "#d8f5a2", "#bac8ff", "#ffd43b")

_UNSAFE_KIND = re.compile(r"[^0-9A-Za-z_-]+")

FONT_STACK = '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Arial", sans-serif'


@dataclass(frozen=True)
class Span:
    """A stretch ``[start, end)`` of a text to mark, of a ``kind``, with an English ``label``."""

    start: int
    end: int
    kind: str
    label: str = ""


def topic_kind(topic_id: str) -> str:
    """The kind a topic's terms are marked with: ``arms`` → ``topic-arms``."""
    return TOPIC_KIND_PREFIX + topic_id


def css_class(kind: str) -> str:
    """The CSS class of a kind: ``topic-un_mediation`` → ``hl-topic-un_mediation``.

    Kinds come from lexicon data (topic ids), so anything but ``[0-9A-Za-z_-]`` is replaced.
    """
    return "hl-" + (_UNSAFE_KIND.sub("_", kind) or "other")


def colour(kind: str, colours: Mapping[str, str] | None = None) -> str:
    """The background colour of a kind: from ``colours`` (a topic's, as its lexicon gives it), else
    the fixed ones; an unknown kind gets a spare colour picked by a hash of its name, so it keeps
    its colour from one run to the next."""
    if colours and kind in colours:
        return colours[kind]
    if kind in KIND_COLOURS:
        return KIND_COLOURS[kind]
    return SPARE_COLOURS[zlib.crc32(kind.encode("utf-8")) % len(SPARE_COLOURS)]


def highlight_html(text: str, spans: Iterable[Span], *, offset: int = 0) -> str:
    """``text`` as escaped HTML with ``spans`` marked.

    Args:
        text: the text to show (an article, or one sentence of it).
        spans: what to mark; offsets refer to the text ``text`` was cut from.
        offset: where ``text`` starts in that text (a sentence's ``start``); spans are shifted
            by it and clipped to ``text``, so document offsets can be passed unchanged.

    Returns:
        HTML: escaped text and ``<mark>`` elements, nothing else. Line breaks stay ``\\n``
        (show it in a block with ``white-space: pre-wrap``).
    """
    shifted = []
    for span in spans:
        start, end = max(span.start - offset, 0), min(span.end - offset, len(text))
        if start < end:
            shifted.append(Span(start, end, span.kind, span.label))
    cuts = sorted({0, len(text), *(s.start for s in shifted), *(s.end for s in shifted)})
    # One sweep over the cuts, keeping the spans open at each: looking through every span for each
    # piece took 88 s for a 3,000,000-character line naming Lavrov 40,000 times.
    starting: dict[int, list[tuple[int, Span]]] = {}
    for order, span in enumerate(shifted):
        starting.setdefault(span.start, []).append((order, span))
    open_spans: list[tuple[int, Span]] = []
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        # No cut falls inside a span, so a span open at ``left`` covers the whole piece.
        open_spans = [(order, s) for order, s in open_spans if s.end > left] + starting.get(left, [])
        # Longest first, so the piece is coloured by the outer span and the inner one
        # still shows in the title: "Joint Military Commission (organisation) · topic: un_mediation"
        # (equal ones in the order given).
        covering = [s for _, s in sorted(open_spans, key=lambda o: (o[1].start - o[1].end, o[1].kind, o[0]))]
        piece = escape_html(text[left:right])
        if not covering:
            pieces.append(piece)
            continue
        kinds = list(dict.fromkeys(s.kind for s in covering))
        classes = " ".join(["hl", *(css_class(kind) for kind in kinds)] + (["hl-overlap"] if len(kinds) > 1 else []))
        title = " · ".join(dict.fromkeys(s.label for s in covering if s.label))
        title_attr = f' title="{escape_html(title)}"' if title else ""
        pieces.append(f'<mark class="{classes}"{title_attr}>{piece}</mark>')
    return "".join(pieces)


def legend_html(kinds: Sequence[tuple[str, str]]) -> str:
    """A row of coloured samples: ``kinds`` is ``(kind, English label)`` pairs in display order."""
    items = "".join(
        f'<mark class="hl {css_class(kind)}">{escape_html(label)}</mark>' for kind, label in kinds
    )
    return f'<div class="hl-legend" dir="ltr">{items}</div>'


def stylesheet(kinds: Iterable[str], colours: Mapping[str, str] | None = None) -> str:
    """CSS for the marks of ``kinds`` (plus the shared mark style), to put in a ``<style>``;
    ``colours`` gives kinds their own colour (``topic-arms`` → its lexicon's)."""
    rules = [
        "mark.hl { padding: 0 .12em; border-radius: .25em; color: inherit; }",
        "mark.hl-overlap { box-shadow: inset 0 -.22em 0 rgba(0, 0, 0, .35); }",
        ".hl-legend { display: flex; flex-wrap: wrap; gap: .35rem .5rem; font-size: .85rem; margin: .25rem 0 .5rem; }",
        ".hl-legend mark.hl { padding: .05rem .45rem; color: #1f2328; }",
    ]
    for kind in dict.fromkeys(kinds):
        rules.append(f"mark.{css_class(kind)} {{ background-color: {colour(kind, colours)}; color: #1f2328; }}")
    # A topic's term is underlined as well as coloured: thirteen light backgrounds cannot all be told
    # apart, and arms' salmon beside an armed group's pink (قوات فاغنر … السلاح) read as one kind.
    rules.extend(
        f"mark.{css_class(kind)} {{ border-bottom: .12em dashed #495057; }}"
        for kind in dict.fromkeys(kinds) if kind.startswith(TOPIC_KIND_PREFIX)
    )
    return "\n".join(rules)
