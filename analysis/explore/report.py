"""The report: one self-contained HTML file of a filtered view, readable offline and printable.

:func:`report_html` writes what an analyst hands on: the subject, when the report was made, the
lexicon version, the filters in words, the headline figures, three charts (top actors, topics per
1,000 words, stances by speaker and polarity), the sentences behind the top figures with their
words marked, and the articles. The charts are the dashboard's plotly figures
(:mod:`analysis.explore.charts`) with plotly.js inlined once, so the file opens with no network; a
print stylesheet keeps charts within the page and never breaks a sentence across pages.

Every value from outside (titles, outlets, article text, lexicon cells, filter values) goes through
:func:`analysis.explore.markup.escape_html`; Arabic is shown right-to-left, never normalised.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

import plotly.io as pio

from analysis.explore import charts
from analysis.explore.aggregate import OTHERS, polarity_by_speaker
from analysis.explore.filters import Evidence, Filters, date_span, evidence, file_stem, filter_frames, is_in, kept_articles, kept_documents, undated_left_out
from analysis.explore.highlight import FONT_STACK, KIND_COLOURS, highlight_html, legend_html, stylesheet, topic_kind
from analysis.explore.labels import (
    UNLISTED_NOTE, actor_label, article_labels, counted, filter_words, setting_formats, speaker_label, topic_label, type_label, unlisted_speakers,
    written_names,
)
from analysis.explore.markup import escape_html
from analysis.explore.summary import headline, topic_shares, totals
from analysis.extract.pipeline import Frames
from analysis.lexicon.read import Lexicon

# Sentences shown behind each top figure, and how many of the top actors and topics get theirs:
# a report is read, not searched; the dashboard and the Data page hold every row.
EVIDENCE_PER_FIGURE = 3
EVIDENCE_ACTORS = 3
EVIDENCE_TOPICS = 2
ARTICLES_LISTED = 50
# Speakers charted each with a bar of their own; the rest share one.
REPORT_SPEAKERS = 15
# Wide enough for the charts to read, narrow enough to print on A4 portrait at 12 mm margins
# (186 mm ≈ 703 CSS px): the charts are drawn at the width of this column.
COLUMN_PX = 680
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"]}


# The settings that choose articles by what they hold, not by their id, outlet or date.
FINDING_SETTINGS = ("actor_ids", "actor_types", "topics", "speakers", "polarities", "search")


def report_name(frames: Frames, filters: Filters, *, kept: Frames | None = None) -> str:
    """The report's file name, saying what it holds: ``marsad-report-2017-2024-lavrov.html``.

    The dates are those of the articles the report holds: with ``actor=lafi`` the 2024 article
    naming him, where the name said 2017-2024. ``kept``: ``frames`` filtered by ``filters``
    already (the dashboard's cached frames), used only when a setting chooses articles by what
    they hold; else the article settings decide and nothing is filtered.
    """
    if any(getattr(filters, name) for name in FINDING_SETTINGS):
        documents = kept.documents if kept is not None else kept_documents(frames, filters)
        dates = documents["date"].fillna("")
    else:
        documents = frames.documents
        dates = documents.loc[is_in(documents["doc_id"], kept_articles(documents, filters)), "date"].fillna("")
    return f"{file_stem('report', filters, dates)}.html"


def report_html(
    frames: Frames,
    lexicon: Lexicon,
    filters: Filters = Filters(),
    *,
    lexicon_words: str = "",
    view: str = "",
    generated: datetime | None = None,
    archive: str = "",
) -> str:
    """The report of ``frames`` (the whole analysis) narrowed by ``filters``, as one HTML document.

    Args:
        frames: the analysis of the corpus, unfiltered (the report filters it, and says how many
            articles of how many it covers).
        lexicon: the lexicon that made ``frames``: names, topic labels and colours, its version.
        filters: the view's settings, shown in words (``Actors: Sergey Lavrov · سيرغي لافروف``).
        lexicon_words: the lexicon in words beside its version (``the shipped lexicon``).
        view: where the report was made (``Stances page``), shown in the header when given.
        generated: when the report was made (default: now).
        archive: what of a bigger archive ``frames`` are, in words (``analysis.extract.archive.slice_words``).

    Returns:
        A complete HTML document (UTF-8 text) with no reference to any file or address outside it.
    """
    generated = generated or datetime.now()
    kept = filter_frames(frames, filters)
    articles = article_labels(frames.documents)
    figures = totals(kept)
    topics = lexicon.topic_ids
    shares = topic_shares(kept, topics=topics)
    sections = [
        _header(frames, kept, lexicon, filters, articles, lexicon_words=lexicon_words, view=view, generated=generated,
                archive=archive),
        _figures(figures, shares, lexicon),
    ]
    if figures["articles"]:
        sections += [_charts(kept, lexicon, shares), _evidence(frames, kept, lexicon, filters, articles, shares), _articles(kept, articles)]
    else:
        sections.append('<p class="empty">No article matches the filters.</p>')
    title = f"Marsad report · {lexicon.subject_name or 'Arabic news'}"
    span = date_span(kept.documents["date"].fillna(""))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape_html(title + (f' · {span}' if span else ''))}</title>"
        f"<style>{_css(lexicon)}</style></head>\n<body><main>\n" + "\n".join(sections) + "\n</main></body></html>\n"
    )


# -- sections --------------------------------------------------------------------------------------------


def _header(frames: Frames, kept: Frames, lexicon: Lexicon, filters: Filters, articles: dict[str, str], *,
            lexicon_words: str, view: str, generated: datetime, archive: str = "") -> str:
    settings = filter_words(filters, setting_formats(lexicon, articles, written_names(frames.mentions), unlisted_speakers(frames.stances)))
    if settings:
        described = "".join(
            f"<li><b>{escape_html(heading)}:</b> " + ", ".join(f"<bdi>{escape_html(value)}</bdi>" for value in values) + "</li>"
            for heading, values in settings
        )
        filters_html = f'<ul class="filters">{described}</ul>'
    else:
        filters_html = "none: every article"
    n_kept, n_all = len(kept.documents), len(frames.documents)
    scope = f"{n_kept:,} of {counted(n_all, 'article')}"
    undated = undated_left_out(frames.documents, filters)
    if undated:
        scope += f" ({counted(undated, 'undated article')} left out by the date range)"
    span = date_span(kept.documents["date"].fillna(""))
    rows = [
        ("Subject", f"<bdi>{escape_html(lexicon.subject_name or 'not named')}</bdi>"),
        ("Generated", escape_html(generated.strftime("%Y-%m-%d %H:%M"))),
        *([("View", escape_html(view))] if view else []),
        ("Filters", filters_html),
        ("Articles", escape_html(scope + (f", dated {span}" if span else ""))),
        *([("Archive", escape_html(archive))] if archive else []),
        ("Lexicon", f"version <code>{escape_html(lexicon.version)}</code>" + (f" ({escape_html(lexicon_words)})" if lexicon_words else "")),
    ]
    table = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    description = f"<p class=\"lede\">{escape_html(lexicon.subject_description)}</p>" if lexicon.subject_description else ""
    return (
        f"<header><h1>Marsad report: <bdi>{escape_html(lexicon.subject_name or 'Arabic news')}</bdi></h1>{description}"
        f'<table class="meta">{table}</table></header>'
    )


def _figures(figures: dict[str, int], shares, lexicon: Lexicon) -> str:
    cards = [
        ("Articles", figures["articles"], ""),
        ("Words", figures["words"], "word tokens analysed"),
        ("Mentions", figures["mentions"], "of actors"),
        ("Actors", figures["actors"], "distinct actors named"),
        ("Stances", figures["stances"], f"{figures['positive']:,} positive · {figures['negative']:,} negative · {figures['neutral']:,} neutral"),
        ("Topic hits", figures["topic_hits"], ""),
    ]
    grid = "".join(
        f'<div class="figure"><div class="value">{value:,}</div><div class="name">{name}</div>'
        f'{f"<div class=note>{escape_html(note)}</div>" if note else ""}</div>'
        for name, value, note in cards
    )
    rows = "".join(
        f"<tr><td>{escape_html(topic_label(lexicon, row.topic))}</td><td>{row.hits:,}</td><td>{row.share:.0%}</td>"
        f"<td>{row.per_1000_tokens:.2f}</td></tr>"
        for row in shares.itertuples(index=False)
    )
    polarity = "".join(
        f"<tr><td>{name.capitalize()}</td><td>{figures[name]:,}</td>"
        f"<td>{(figures[name] / figures['stances']) if figures['stances'] else 0:.0%}</td></tr>"
        for name in ("positive", "negative", "neutral")
    )
    return (
        '<section id="figures"><h2>Headline figures</h2>'
        f'<div class="figures">{grid}</div>'
        '<div class="tables"><table class="data"><caption>Topics</caption>'
        "<thead><tr><th>Topic</th><th>Hits</th><th>Share of topic hits</th><th>Per 1,000 words</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        '<table class="data"><caption>Stances by polarity</caption><thead><tr><th>Polarity</th><th>Cues</th><th>Share</th></tr></thead>'
        f"<tbody>{polarity}</tbody></table></div></section>"
    )


def _charts(kept: Frames, lexicon: Lexicon, shares) -> str:
    drawn: list[tuple[str, str, object]] = []
    if not kept.mentions.empty:
        top = charts.top_actors(kept.mentions)
        written = written_names(kept.mentions)
        drawn.append(("Top actors", "The actor mentioned most." if len(top) == 1 else f"The {len(top)} actors mentioned most.",
                      charts.top_actors_figure(top, lambda actor_id: actor_label(lexicon, actor_id, written))))
    if int(shares["hits"].sum()):
        colours = {topic: colour for topic, colour in lexicon.topic_colours.items()}
        drawn.append(("Topics per 1,000 words", "Topic term hits per 1,000 word tokens of the articles together.",
                      charts.topic_rates_figure(shares, lambda topic: topic_label(lexicon, topic), colours)))
    if not kept.stances.empty:
        counts = polarity_by_speaker(kept.stances, top=REPORT_SPEAKERS)
        speakers = list(dict.fromkeys(counts["speaker_name"]))
        unlisted = unlisted_speakers(kept.stances)
        axis = {row.speaker_name: f"{row.speakers:,} other speakers" if row.speaker_name == OTHERS
                else actor_label(lexicon, row.speaker_id) if row.speaker_id else speaker_label(lexicon, "", row.speaker_name, unlisted)
                for row in counts.itertuples()}
        drawn.append(("Stances by speaker and polarity", "Stance cues each speaker is found making, by polarity.",
                      charts.speaker_polarity_figure(counts, speakers, axis)))
    if not drawn:
        return ""
    blocks = []
    for index, (name, caption, figure) in enumerate(drawn):
        # A person the lexicon lacks, named too long for "Not in lexicon · …", is starred on the axis
        # («* عبد السلام الورشفاني»); the dashboard explains the star under its charts, and so does the file.
        if charts.marks_unlisted(figure):
            caption = f"{caption} {escape_html(UNLISTED_NOTE)}."
        figure.update_layout(width=None, autosize=True, font={"family": f"system-ui, {FONT_STACK}"})
        # Margins grown to the tick labels and axis titles: a page of its own has no Streamlit
        # around the chart, and the topics' "25" read "5" with its title over the ticks.
        figure.update_xaxes(automargin=True)
        figure.update_yaxes(automargin=True)
        # plotly.js is inlined once, with the first chart; the others use it.
        # Fixed ids: the same view makes the same file (plotly would pick random ones).
        markup = pio.to_html(figure, full_html=False, include_plotlyjs=index == 0, config=PLOTLY_CONFIG,
                             default_width="100%", default_height=f"{figure.layout.height or 360}px", div_id=f"chart-{index + 1}")
        blocks.append(f'<figure class="chart"><figcaption><b>{name}</b> · {caption}</figcaption>{markup}</figure>')
    return '<section id="charts"><h2>Charts</h2>' + "".join(blocks) + "</section>"


def _evidence(frames: Frames, kept: Frames, lexicon: Lexicon, filters: Filters, articles: dict[str, str], shares) -> str:
    """The sentences behind the top figures: the most mentioned actors, the most frequent topics,
    and the positive and negative stances, each capped at :data:`EVIDENCE_PER_FIGURE`."""
    # Each group: its heading, the sentences holding the figure's rows, how many of those the
    # filters keep, and the first of them.
    groups: list[tuple[str, int, int, list[Evidence]]] = []
    documents = kept.documents.set_index("doc_id")
    order = {doc_id: index for index, doc_id in enumerate(frames.documents["doc_id"])}
    unlisted = unlisted_speakers(kept.stances)
    name_speaker = lambda speaker_id, speaker_name: speaker_label(lexicon, speaker_id, speaker_name, unlisted)  # noqa: E731
    written = written_names(kept.mentions)
    for row in charts.top_actors(kept.mentions, limit=EVIDENCE_ACTORS).itertuples(index=False):
        total, items = _behind(kept, replace(filters, actor_ids=(row.actor_id,)), order, layers=("actors",))
        within = _sentences_holding(kept.mentions[kept.mentions["actor_id"] == row.actor_id])
        groups.append((f"{actor_label(lexicon, row.actor_id, written)} ({type_label(row.actor_type).lower()}), {counted(row.mentions, 'mention')}",
                       within, total, items))
    for row in shares[shares["hits"] > 0].sort_values("hits", ascending=False, kind="stable").head(EVIDENCE_TOPICS).itertuples(index=False):
        total, items = _behind(kept, replace(filters, topics=(row.topic,)), order, layers=("topics",))
        within = _sentences_holding(kept.topics[kept.topics["topic"] == row.topic])
        groups.append((f"Topic: {topic_label(lexicon, row.topic)}, {counted(row.hits, 'hit')}", within, total, items))
    for polarity in ("negative", "positive"):
        found = kept.stances[kept.stances["polarity"] == polarity]
        if len(found):
            total, items = _behind(kept, replace(filters, polarities=(polarity,)), order, layers=("stances", "actors"),
                                   speaker_label=name_speaker)
            groups.append((f"{polarity.capitalize()} stances, {counted(len(found), 'cue')}", _sentences_holding(found), total, items))
    if not groups:
        return ""
    kinds = [*(f"actor-{t}" for t in sorted(set(kept.mentions["actor_type"]))), *(topic_kind(t) for t in lexicon.topic_ids if t in set(kept.topics["topic"])),
             "cue-positive", "cue-negative", "cue-neutral"]
    legend = legend_html([(kind, _kind_words(kind, lexicon)) for kind in kinds])
    parts = []
    for heading, within, total, items in groups:
        if not total:  # topic hits are not narrowed by actors or polarities, their sentences are
            continue
        # "7 mentions in 7 sentences · 1 of them kept by the filters": with a polarity set, the
        # sentences shown are those also holding such a stance, and "7 mentions · 1 sentence" read
        # as seven mentions in one sentence.
        notes = [f"{total:,} of them kept by the filters"] if total < within else []
        if total > len(items):
            notes.append(f"the first {len(items)} shown")
        count = f' <span class="count">· {", ".join(notes)}</span>' if notes else ""
        sentences = "".join(_sentence(item, documents, articles) for item in items)
        parts.append(f'<div class="group"><h3><bdi>{escape_html(heading)} in {counted(within, "sentence")}</bdi>{count}</h3>{sentences}</div>')
    return '<section id="evidence"><h2>Evidence</h2><p class="hint">The sentences behind the top figures, words found marked.</p>' + legend + "".join(parts) + "</section>"


def _sentences_holding(found) -> int:
    """How many sentences hold the rows of ``found`` (mentions, topic hits or stances)."""
    return len(found[["doc_id", "sentence_id"]].drop_duplicates())


def _behind(kept: Frames, filters: Filters, order: dict[str, int], **marks) -> tuple[int, list[Evidence]]:
    """How many sentences are behind a figure, and the first :data:`EVIDENCE_PER_FIGURE` of them
    (in corpus order) with their spans marked.

    The count comes from :func:`filter_frames` (the sentences :func:`evidence` would give); spans are
    worked out only for the articles shown: marking every sentence of 10,000 articles to show three
    took minutes.
    """
    sentences = filter_frames(kept, filters).sentences
    if sentences.empty:
        return 0, []
    ranked = sentences.assign(_order=sentences["doc_id"].map(order)).sort_values(["_order", "sentence_id"], kind="stable")
    first = ranked.head(EVIDENCE_PER_FIGURE)
    docs = set(first["doc_id"])
    few = Frames(**{name: frame[frame["doc_id"].isin(docs)].reset_index(drop=True) for name, frame in kept.items()}, texts=kept.texts)
    wanted = set(zip(first["doc_id"], first["sentence_id"]))
    return len(sentences), [item for item in evidence(few, filters=filters, **marks) if (item.doc_id, item.sentence_id) in wanted]


def _sentence(item: Evidence, documents, articles: dict[str, str]) -> str:
    title = str(documents.at[item.doc_id, "title"] or "") if item.doc_id in documents.index else ""
    outlet = str(documents.at[item.doc_id, "outlet"] or "") if item.doc_id in documents.index else ""
    source = " · ".join(escape_html(part) for part in (articles.get(item.doc_id, item.doc_id),) if part)
    if outlet:
        source += f' · <bdi lang="ar">{escape_html(outlet)}</bdi>'
    source += f" · sentence {item.sentence_id} · {item.position:.0%} into the article"
    if title:
        source += f' · <bdi class="ar-inline" dir="rtl" lang="ar">{escape_html(title)}</bdi>'
    return (
        f'<div class="sentence"><div class="source" dir="ltr">{source}</div>'
        f'<div class="ar" dir="rtl" lang="ar">{highlight_html(item.text, item.spans, offset=item.start)}</div></div>'
    )


def _articles(kept: Frames, articles: dict[str, str]) -> str:
    table = headline(kept)
    listed = table.head(ARTICLES_LISTED)
    rows = "".join(
        f"<tr><td>{escape_html(articles.get(row.doc_id, row.doc_id))}</td>"
        f'<td class="ar" dir="rtl" lang="ar">{escape_html(row.title or "(untitled)")}</td>'
        f'<td><bdi lang="ar">{escape_html(row.outlet or "")}</bdi></td><td>{escape_html(row.date or "undated")}</td>'
        f"<td>{row.n_tokens:,}</td><td>{row.mentions:,}</td><td>{row.stances:,}</td></tr>"
        for row in listed.itertuples(index=False)
    )
    more = f" (the first {len(listed)} of {len(table):,})" if len(table) > len(listed) else ""
    return (
        f'<section id="articles"><h2>Articles{more}</h2><table class="data articles">'
        "<thead><tr><th>Article</th><th>Title</th><th>Outlet</th><th>Date</th><th>Words</th><th>Mentions</th><th>Stances</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


def _kind_words(kind: str, lexicon: Lexicon) -> str:
    family, _, name = kind.partition("-")
    if family == "actor":
        return type_label(name)
    if family == "topic":
        return topic_label(lexicon, name)
    return f"{name} cue"


def _css(lexicon: Lexicon) -> str:
    kinds: Sequence[str] = [*KIND_COLOURS, *(topic_kind(topic) for topic in lexicon.topic_ids)]
    topic_colours = {topic_kind(topic): colour for topic, colour in lexicon.topic_colours.items()}
    return f"""
:root {{ color-scheme: light; }}
body {{ margin: 0; background: #f6f7f9; color: #1f2328; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }}
main {{ max-width: {COLUMN_PX}px; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; background: #fff; }}
h1 {{ font-size: 1.6rem; margin: 0 0 .4rem; }}
h2 {{ font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #dee2e6; padding-bottom: .2rem; }}
h3 {{ font-size: 1rem; margin: 1.2rem 0 .3rem; }}
.lede, .hint, .count, figcaption, .note, .source {{ color: #59636e; }}
.ar, .ar-inline, [lang="ar"] {{ font-family: {FONT_STACK}; }}
.ar {{ font-size: 1.12rem; line-height: 2; text-align: right; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; }}
table.meta th {{ text-align: left; vertical-align: top; padding: .15rem 1rem .15rem 0; white-space: nowrap; }}
table.meta td {{ padding: .15rem 0; }}
ul.filters {{ margin: 0; padding-left: 1.1rem; }}
.figures {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: .6rem; }}
.figure {{ border: 1px solid #dee2e6; border-radius: .4rem; padding: .5rem .7rem; }}
.figure .value {{ font-size: 1.5rem; font-weight: 650; }}
.figure .note {{ font-size: .8rem; }}
.tables {{ display: grid; grid-template-columns: 3fr 2fr; gap: 1rem; margin-top: 1rem; align-items: start; }}
table.data {{ border-collapse: collapse; width: 100%; font-size: .9rem; }}
table.data caption {{ text-align: left; font-weight: 600; padding-bottom: .2rem; }}
table.data th, table.data td {{ border-bottom: 1px solid #e9ecef; padding: .2rem .4rem; text-align: left; vertical-align: top; }}
table.data td.ar {{ text-align: right; font-size: 1rem; line-height: 1.7; }}
figure.chart {{ margin: 1rem 0; }}
.sentence {{ border-top: 1px solid #e9ecef; padding: .35rem 0 .4rem; }}
.source {{ font-size: .8rem; }}
code {{ font-size: .9em; }}
mark.hl {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
{stylesheet(kinds, topic_colours)}
@page {{ size: A4; margin: 12mm; }}
@media print {{
  body {{ background: #fff; font-size: 11pt; }}
  main {{ padding: 0; max-width: none; width: {COLUMN_PX}px; }}
  h2, h3 {{ break-after: avoid; page-break-after: avoid; }}
  figure.chart, .sentence, .figure, table.meta, tr {{ break-inside: avoid; page-break-inside: avoid; }}
  .modebar-container {{ display: none !important; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
"""
