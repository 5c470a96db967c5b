"""An archive bigger than the dashboard reads at once, explored as on a laptop (issue #14).

``python -m bench.archive --articles 10000 --copies 50`` analyses ``--articles`` realistic
articles (:mod:`bench.realistic`, in one process per core) into a Parquet dataset, then files
``--copies`` copies of it into one archive: each copy moved back by two years for every
``--years`` step and, past that, under outlets of its own (``سبوتنيك 2``), with its own article
ids, so the archive holds ``articles × copies`` distinct articles over many outlets and months
(10,000 × 50: 500,000 articles, 120 outlets, 2005-2024). Copies are rewritten file by file with
Arrow; nothing is analysed twice.

Then, each in a fresh process (its wall clock, CPU and peak memory):

1. what the archive holds per outlet and month (:func:`analysis.extract.archive.holdings`, DuckDB);
2. the slice the dashboard reads with no filter (the newest months, up to ``--budget`` articles);
3. unless ``--skip-browser``, every page's first view in Chromium on a fresh server started with
   ``MARSAD_PARQUET`` on the archive (as :mod:`bench.dashboard` measures a store).

Prints a Markdown table on stdout, progress on stderr. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, unquote

ROOT = Path(__file__).resolve().parents[1]


def say(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def base_dataset(folder: Path, articles: int, workers: int) -> float:
    """Analyse ``articles`` realistic articles into a dataset at ``folder``; the seconds it took."""
    from analysis.extract.batch import analyze_parallel
    from analysis.extract.dataset import write_dataset
    from analysis.lexicon.read import DATA_DIR, load_lexicon
    from bench.realistic import generate

    lexicon = load_lexicon(DATA_DIR)
    start = time.perf_counter()
    write_dataset(analyze_parallel(generate(articles, lexicon=lexicon), lexicon, workers=workers), folder)
    return time.perf_counter() - start


def _copy_of(copy: int, years: int) -> tuple[str, int]:
    """The outlet suffix and the years back of copy number ``copy``."""
    return ("" if copy < years else f" {copy // years + 1}"), 2 * (copy % years)


def _moved(value: str, back: int) -> str:
    """An ISO date (or ``undated``) ``back`` years earlier: ``2024-05-06`` → ``2020-05-06``.
    29 February is moved to the 28th when the year is not a leap year."""
    if not value or not value[:4].isdigit():
        return value
    moved = f"{int(value[:4]) - back:04d}{value[4:]}"
    if moved[4:10] == "-02-29" and not _leap(int(moved[:4])):
        moved = moved[:8] + "28" + moved[10:]
    return moved


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def file_copies(base: Path, archive: Path, copies: int, years: int) -> int:
    """Write ``copies`` rewritten copies of every Parquet file of ``base`` under ``archive``; the files written."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    written = 0
    for path in sorted(base.rglob("*.parquet")):
        relative = path.relative_to(base)
        frame, outlet_part, month_part = relative.parts[0], relative.parts[1], relative.parts[2]
        outlet = unquote(outlet_part.split("=", 1)[1])
        month = month_part.split("=", 1)[1]
        table = pq.read_table(path)
        for copy in range(copies):
            suffix, back = _copy_of(copy, years)
            changed = table.set_column(table.schema.get_field_index("doc_id"), "doc_id",
                                       pc.binary_join_element_wise(table["doc_id"], pa.scalar(f"~{copy}", table["doc_id"].type),
                                                                   pa.scalar("", table["doc_id"].type)))
            if frame == "documents":
                outlets = [(value + suffix) if value else value for value in changed["outlet"].to_pylist()]
                changed = changed.set_column(changed.schema.get_field_index("outlet"), "outlet", pa.array(outlets, changed["outlet"].type))
                dates = [_moved(value, back) if value else value for value in changed["date"].to_pylist()]
                changed = changed.set_column(changed.schema.get_field_index("date"), "date", pa.array(dates, changed["date"].type))
            # No outlet stays "unknown" (as the dataset files it); the copy's own file name keeps it apart.
            new_outlet = outlet if outlet == "unknown" else outlet + suffix
            target = (archive / frame / f"by_outlet={quote(new_outlet, safe='')}" / f"by_month={_moved(month, back)}"
                      / f"part-{copy}.parquet")
            target.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(changed, target)
            written += 1
    return written


MEASURE = r"""
import json, resource, sys, time
from analysis.extract import archive
from analysis.extract.dataset import read_dataset
folder, what, budget = sys.argv[1], sys.argv[2], int(sys.argv[3])
start, cpu = time.perf_counter(), time.process_time()
held = archive.holdings(folder)
out = {"holdings_s": time.perf_counter() - start, "holdings_cpu_s": time.process_time() - cpu,
       "articles": int(held["articles"].sum()), "outlets": int(held["outlet"].nunique()), "months": int(held["by_month"].nunique())}
if what == "slice":
    chosen = archive.choose_slice(held, limit=budget)
    start, cpu = time.perf_counter(), time.process_time()
    frames = read_dataset(folder, by_outlet=chosen.by_outlet, by_month=chosen.by_month)
    out.update(read_s=time.perf_counter() - start, read_cpu_s=time.process_time() - cpu, read=len(frames.documents),
               months_read=list(chosen.by_month or ()))
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def measured(folder: Path, what: str, budget: int) -> dict:
    """One fresh process's figures for ``what`` (``holdings`` or ``slice``)."""
    done = subprocess.run([sys.executable, "-c", MEASURE, str(folder), what, str(budget)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.archive", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="realistic articles analysed once (default 10,000)")
    parser.add_argument("--copies", type=int, default=50, help="copies filed into the archive (default 50)")
    parser.add_argument("--years", type=int, default=10, help="copies moved back two years each before outlets are copied")
    parser.add_argument("--budget", type=int, default=25_000, help="MARSAD_PARQUET_ARTICLES (default 25,000, as the dashboard)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for the analysis")
    parser.add_argument("--base", type=Path, help="an analysed dataset to copy (default: analyse into a temporary folder)")
    parser.add_argument("--out", type=Path, help="where to file the archive (default: a temporary folder)")
    parser.add_argument("--skip-browser", action="store_true", help="leave out the pages in Chromium")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="marsad-archive-"))
    figures: dict[str, object] = {}
    base = args.base or work / "base"
    archive = args.out or work / "archive"
    if not (archive / "documents").is_dir():  # an archive filed by an earlier run is measured as it is
        if not (base / "documents").is_dir():
            say(f"analysing {args.articles:,} articles into {base}")
            figures["analyse_s"] = base_dataset(base, args.articles, args.workers)
        say(f"filing {args.copies} copies into {archive}")
        start = time.perf_counter()
        figures["files"] = file_copies(base, archive, args.copies, args.years)
        figures["copy_s"] = time.perf_counter() - start
    figures["holdings"] = measured(archive, "holdings", args.budget)
    say(f"holdings: {figures['holdings']}")
    figures["slice"] = measured(archive, "slice", args.budget)
    say(f"slice: {figures['slice']}")
    if not args.skip_browser:
        from bench.dashboard import browser

        os.environ["MARSAD_PARQUET"] = str(archive)
        os.environ["MARSAD_PARQUET_ARTICLES"] = str(args.budget)
        lexicon_dir = work / "lexicon"  # an empty user lexicon folder: the shipped lexicon
        seen = browser(work / "store.sqlite3", lexicon_dir)
        figures["browser"] = seen
    print(report(figures, args))
    return 0


def report(figures: dict, args: argparse.Namespace) -> str:
    held, cut = figures["holdings"], figures["slice"]
    lines = [
        f"Archive: {held['articles']:,} articles, {held['outlets']:,} outlets, {held['months']:,} months"
        + (f", {figures['files']:,} files (filed in {figures['copy_s']:.0f} s)" if "files" in figures else ""),
        "",
        "| step (a fresh process each) | wall s | CPU s | peak MB |",
        "|---|---|---|---|",
        f"| holdings: articles per outlet and month (DuckDB) | {held['holdings_s']:.2f} | {held['holdings_cpu_s']:.2f} | {held['peak_mb']:,.0f} |",
        f"| holdings, then the newest {cut['read']:,} articles read ({len(cut['months_read'])} months) "
        f"| {cut['holdings_s'] + cut['read_s']:.2f} | {cut['holdings_cpu_s'] + cut['read_cpu_s']:.2f} | {cut['peak_mb']:,.0f} |",
    ]
    seen = figures.get("browser")
    if seen:
        lines += ["", f"Every page in Chromium, `MARSAD_PARQUET_ARTICLES={args.budget}`:", "",
                  "| page | first view, s | server CPU, s | resident MB | peak MB |", "|---|---|---|---|---|"]
        lines += [f"| {title} | {seconds:.2f} | {cpu:.2f} | {rss:,.0f} | {peak:,.0f} |" for title, seconds, cpu, rss, peak in seen["views"]]
        lines.append(f"\nServer peak {seen['peak_mb']:,.0f} MB; with the processes it started, {seen['together_mb']:,.0f} MB at most at once.")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
