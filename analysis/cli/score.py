"""``python -m analysis score ANNOTATIONS --texts DIR``: how well the analysis does on annotated articles.

Reads every ``*.json`` annotation (format in ``eval/README.md``) and the article text saved as
``<id>.txt`` in ``--texts``, analyses the texts with the active lexicon (or ``--lexicon``), and
prints precision and recall per frame. ``--details FILE`` writes each miss (and each statement
found, with the rule that found its speaker) for reading; ``--by-rule`` prints speaker precision
and polarity per attribution rule, and ``--by-class`` the kinds of speaker error and the polarities
confused, both counts only (safe to run on a blind set).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analysis.cli.output import reported, say


def add_score_command(commands: argparse._SubParsersAction) -> None:
    score = commands.add_parser("score", help="score the analysis against annotated articles")
    score.add_argument("annotations", nargs="+", metavar="DIR", help="folders of annotation .json files")
    score.add_argument("--texts", required=True, metavar="DIR",
                       help="folder holding each annotated article as <id>.txt (subfolders are searched)")
    score.add_argument("--lexicon", metavar="DIR", help="lexicon folder (default: the active lexicon)")
    score.add_argument("--details", metavar="FILE", help="write every expected/found difference to this CSV")
    score.add_argument("--by-rule", action="store_true",
                       help="also print, per attribution rule, the statements it found and how many name the right speaker")
    score.add_argument("--by-class", action="store_true",
                       help="also print the kinds of speaker error and which polarity was found for which")
    score.set_defaults(handler=reported(run_score))


def run_score(args: argparse.Namespace) -> int:
    from analysis.corpus.documents import DATE_FROM_METADATA, Document
    from analysis.explore.scoring import annotation_from_json, by_rule, polarity_confusion, score, speaker_errors
    from analysis.extract.pipeline import analyze
    from analysis.lexicon.read import LexiconError, active_lexicon_dir, load_lexicon

    try:
        lexicon = load_lexicon(Path(args.lexicon) if args.lexicon else active_lexicon_dir())
    except LexiconError as error:
        for problem in error.problems:
            say(f"error: {problem}", error=True)
        return 1
    texts_dir = Path(args.texts)
    texts = {path.stem: path for path in sorted(texts_dir.rglob("*.txt"))}
    annotations, documents, status = [], [], 0
    for folder in map(Path, args.annotations):
        for path in sorted(folder.glob("*.json")):
            try:
                annotation = annotation_from_json(json.loads(path.read_text(encoding="utf-8")))
            except (ValueError, KeyError, TypeError) as exc:
                say(f"error: {path.name}: not an annotation ({exc})", error=True)
                status = 1
                continue
            text_path = texts.get(annotation.doc_id)
            if text_path is None:
                say(f"error: {path.name}: no {annotation.doc_id}.txt in {texts_dir} (save the article from its url)", error=True)
                status = 1
                continue
            annotations.append(annotation)
            documents.append(Document(annotation.doc_id, text_path.read_text(encoding="utf-8"), date=annotation.date,
                                      date_source=DATE_FROM_METADATA if annotation.date else "",
                                      outlet=annotation.meta.get("outlet", ""), source=text_path.name))
    if not annotations:
        say("error: no annotated article with its text", error=True)
        return 1
    frames = analyze(documents, lexicon)
    try:
        summary, details = score(frames, annotations, lexicon)
    except ValueError as error:
        say(f"error: {error}", error=True)
        return 1
    print(f"{len(annotations)} articles, lexicon {lexicon.version}")
    for row in summary.itertuples():
        print(f"{row.frame:<9} {row.measure:<55} {row.value:6.1%}  (n={row.n})")
    if args.by_rule:
        print(f"{'attribution rule':<20} {'found':>6} {'right':>6} {'precision':>9} {'polarity right':>14}")
        for row in by_rule(details).itertuples():
            print(f"{row.rule:<20} {row.found:>6} {row.right:>6} {row.precision:>9.1%} {row.polarity_right:>14}")
    if args.by_class:
        print(f"{'speaker errors':<52} {'count':>6}")
        for row in speaker_errors(details).itertuples():
            print(f"{row.kind:<52} {row.count:>6}")
        confusion = polarity_confusion(details)
        print(f"{'polarity annotated / found':<27}" + "".join(f"{found:>10}" for found in confusion.columns))
        for annotated, counts in confusion.iterrows():
            print(f"{annotated:<27}" + "".join(f"{count:>10}" for count in counts))
    if args.details:
        details.to_csv(args.details, index=False)
    return status
