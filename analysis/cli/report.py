"""``python -m analysis report --out FILE.html [--filter QUERY]``: the dashboard's report, from the command line.

``--filter`` takes the filters as the dashboard's address bar holds them (the part after ``?``):
``--filter "actor=lavrov&polarity=negative&from=2024-05"``, so a view's link and its report name
the same articles. A key that is no filter, a date that is no date, or an actor, topic, type,
polarity, article or outlet the lexicon and corpus do not have is a usage error: one line on
stderr, exit 2, nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from analysis.cli.output import reported, say


def add_report_command(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report", help="write a self-contained HTML report of the corpus, or of a filtered view of it",
        description="Write the dashboard's HTML report (filters, headline figures, charts, evidence sentences, "
                    "lexicon version): one file that opens offline and prints.",
    )
    report.add_argument("--out", required=True, type=Path, metavar="FILE.html", help="the report to write")
    report.add_argument("--filter", default="", metavar="QUERY",
                        help='filters as in the dashboard\'s URL, e.g. "actor=lavrov&polarity=negative&from=2024-05" '
                             "(keys: article, outlet, from, to, actor, type, topic, speaker, polarity, q)")
    report.add_argument("--lexicon", metavar="DIR", help="lexicon folder (default: the edited lexicon if any, else data/)")
    from analysis.cli.corpus import add_db_option

    add_db_option(report)
    report.set_defaults(handler=reported(run_report))


def run_report(args: argparse.Namespace) -> int:
    from analysis.arabic.dates import DateError
    from analysis.cli.corpus import open_store
    from analysis.explore.filters import FilterError, kept_articles, parse_query, with_speaker_names
    from analysis.explore.labels import lexicon_label
    from analysis.explore.report import report_html
    from analysis.extract.pipeline import analyze
    from analysis.lexicon.read import LexiconError, active_lexicon_dir, load_lexicon

    try:
        filters = parse_query(args.filter)
    except (FilterError, DateError) as error:
        say("error: --filter: ", error, error=True)
        return 2
    if args.out.is_dir():
        say("error: ", args.out, ": This is a folder; give the report's file name (FILE.html).", error=True)
        return 2
    lexicon_dir = Path(args.lexicon) if args.lexicon else active_lexicon_dir()
    try:
        lexicon = load_lexicon(lexicon_dir)
    except LexiconError as error:
        for problem in error.problems:
            say("error: ", problem, error=True)
        return 1
    documents = open_store(args.db).documents()
    unknown = _unknown_value(filters, lexicon, documents)
    if unknown:
        say("error: --filter: ", unknown, error=True)
        return 2
    frames = analyze(documents, lexicon)
    filters = with_speaker_names(filters, frames.stances)
    speakers = set(frames.stances["speaker_name"].dropna().tolist())
    missing = [speaker for speaker in filters.speakers if speaker not in speakers]
    if missing:
        say("error: --filter: ", f"speaker {missing[0]!r} is no speaker of the corpus (a speaker's name, or an actor id)", error=True)
        return 2
    html = report_html(frames, lexicon, filters, lexicon_words=lexicon_label(lexicon_dir), view="command line")
    args.out.write_text(html, encoding="utf-8")
    kept = len(kept_articles(frames.documents, filters))
    say(f"wrote the report ({kept} of {len(frames.documents)} articles) to ", args.out)
    return 0


def _unknown_value(filters, lexicon, documents) -> str | None:
    """What in ``filters`` names nothing there is (``no actor 'lavrof' in the lexicon``), or None."""
    from analysis.explore.labels import POLARITY_COLOURS, TYPE_LABELS

    known = {
        "actor": (filters.actor_ids, set(lexicon.actors), "an actor id of the lexicon"),
        "topic": (filters.topics, set(lexicon.topic_ids), "a topic of the lexicon"),
        "type": (filters.actor_types, set(TYPE_LABELS) | {actor.type for actor in lexicon.actors.values()}, "an actor type"),
        "polarity": (filters.polarities, set(POLARITY_COLOURS), "a polarity"),
        "article": (filters.doc_ids, {doc.doc_id for doc in documents}, "an article id of the corpus"),
        "outlet": (filters.outlets, {doc.outlet for doc in documents if doc.outlet}, "an outlet of the corpus"),
    }
    for key, (values, allowed, what) in known.items():
        for value in values:
            if value not in allowed:
                listed = f" ({', '.join(sorted(allowed))})" if len(allowed) <= 12 else ""
                return f"{key} {value!r} is not {what}{listed}"
    return None
