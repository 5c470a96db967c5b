"""``python -m analysis compare-groups --a FILTER --b FILTER --out DIR``: the Groups view's keyness table.

A FILTER is written as the dashboard's URL query: ``outlet=RT Arabic&from=2024-01``,
``actor=haftar``, ``article=ID1&article=ID2`` (keys in :data:`analysis.explore.filters.QUERY_KEYS`).
``rest`` (or an empty FILTER) for ``--b`` is every article not in A. ``--within FILTER`` narrows the
articles both sets are drawn from, as the dashboard's sidebar does.

Writes ``keyness.csv`` (term, kind, count_a, count_b, log_odds, z, label) and ``provenance.json``.
Exit 2 for a FILTER that cannot be read, 1 when a set holds no article or the lexicon is invalid.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from analysis.arabic.dates import DateError
from analysis.explore.filters import FilterError, Filters, parse_query
from analysis.explore.labels import counted

REST = "rest"
CSV_COLUMNS = ["term", "kind", "count_a", "count_b", "log_odds", "z", "label"]


class FilterSyntaxError(ValueError):
    """A FILTER the command cannot read; the message says what is wrong."""


def parse_filter(text: str, *, rest_allowed: bool = False) -> Filters | None:
    """The settings a FILTER writes (``None`` for ``rest`` or an empty FILTER when ``rest_allowed``).

    ``parse_filter("outlet=RT Arabic&from=2024-01")`` → ``Filters(outlets=("RT Arabic",), date_from="2024-01")``.

    Raises:
        FilterSyntaxError: a key that is not a filter, a part without ``=``, or a bad date (read
            by :func:`analysis.explore.filters.parse_query`, as the report's ``--filter``).
    """
    text = text.strip()
    if rest_allowed and text.lower() in ("", REST):
        return None
    try:
        return parse_query(text)
    except (FilterError, DateError) as error:
        raise FilterSyntaxError(str(error)) from None


def add_compare_groups_command(subparsers: argparse._SubParsersAction) -> None:
    from analysis.cli.corpus import add_db_option
    from analysis.cli.output import reported

    command = subparsers.add_parser(
        "compare-groups", help="words, actors and cues that distinguish two sets of articles (keyness.csv)",
        description="Score the terms of set A against set B by the log-odds ratio with an informative Dirichlet "
                    "prior (Monroe et al. 2008). FILTER is a dashboard URL query, e.g. 'outlet=RT Arabic&from=2024-01'.",
    )
    command.add_argument("--a", required=True, metavar="FILTER", help="set A, e.g. 'outlet=RT Arabic&from=2024-01'")
    command.add_argument("--b", default=REST, metavar="FILTER", help="set B; 'rest' or empty (the default) = every article not in A")
    command.add_argument("--within", default="", metavar="FILTER", help="articles both sets are drawn from (default: all)")
    command.add_argument("--out", required=True, metavar="DIR", help="folder for keyness.csv and provenance.json")
    command.add_argument("--lexicon", metavar="DIR",
                         help="folder of lexicon CSVs (default: the edited lexicon if any, else data/)")
    add_db_option(command)
    command.set_defaults(handler=reported(run_compare_groups))


def run_compare_groups(args: argparse.Namespace) -> int:
    from analysis.cli.corpus import open_store
    from analysis.cli.output import lexicon_or_report, out_folder_problem, print_problems, say
    from analysis.corpus.export import provenance, write_provenance
    from analysis.explore.keyness import GroupError, keyness
    from analysis.extract.pipeline import analyze

    try:
        group_a = parse_filter(args.a)
        group_b = parse_filter(args.b, rest_allowed=True)
        within = parse_filter(args.within)
    except FilterSyntaxError as error:
        say("error: bad FILTER: ", error, error=True)
        return 2
    loaded = lexicon_or_report(args.lexicon)
    if loaded is None:
        return 1
    lexicon_dir, lexicon = loaded
    out_problem = out_folder_problem(Path(args.out))
    if out_problem:
        print_problems([out_problem])
        return 1
    frames = analyze(open_store(args.db).documents(), lexicon)
    try:
        result = keyness(frames, group_a, group_b, within=within)
    except GroupError as error:
        say("error: ", error, error=True)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    result.table[CSV_COLUMNS].to_csv(out / "keyness.csv", index=False, encoding="utf-8")
    settings = {"a": group_a.to_query(), "b": group_b.to_query() if group_b else REST, "within": within.to_query(),
                "articles_a": len(result.articles_a), "articles_b": len(result.articles_b), "lexicon": lexicon_dir.name}
    write_provenance(out, provenance(lexicon_version=lexicon.version, settings=settings))
    say(f"compared {counted(len(result.articles_a), 'article')} in A with {len(result.articles_b)} in B; "
        f"wrote {counted(len(result.table), 'term')} to ", out / "keyness.csv")
    return 0
