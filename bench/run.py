"""The benchmark: ``.venv/bin/python -m bench.run`` (``--quick`` for a smoke run).

Prints a Markdown table: the whole analysis against the floor (camel-tools normalisation,
dediacritisation and ``simple_word_tokenize`` over the same texts) and against the peer (spaCy's
blank Arabic tokenizer and ``PhraseMatcher`` over the same lexicon), batch mode, scaling, peak
memory, recall on clitic forms, and the dashboard's rerun after a filter change. Each figure is
measured in the same run as its reference, repeats interleaved, and the best repeat is kept.
See bench/README.md for what each row means.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: bench/run.py
    sys.path.insert(0, str(ROOT))

from camel_tools.tokenizers.word import simple_word_tokenize  # noqa: E402
from camel_tools.utils.dediac import dediac_ar  # noqa: E402
from camel_tools.utils.normalize import (  # noqa: E402
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

from analysis.arabic import text  # noqa: E402
from analysis.extract import schema  # noqa: E402
from analysis.extract.actors import find_mentions  # noqa: E402
from analysis.extract.batch import analyze_parallel  # noqa: E402
from analysis.corpus.documents import Document, date_period  # noqa: E402
from analysis.corpus.seeds import load_seeds  # noqa: E402
from analysis.lexicon.read import DATA_DIR, Lexicon, load_lexicon  # noqa: E402
from analysis.extract import steps  # noqa: E402
from analysis.extract.pipeline import Analyser, Frames, analyze, frames_from_rows  # noqa: E402
from analysis.extract.topics import find_topic_hits  # noqa: E402
from bench import realistic  # noqa: E402
from bench.corpus import generate, word_count  # noqa: E402
from bench.dashboard import filter_changes  # noqa: E402
from bench.peer import SpacyPeer, clitic_occurrences, marsad_hits, recall  # noqa: E402

DEFAULT_SIZES = (1000, 10000)
DASHBOARD_ARTICLES = 1000


# -- what is timed -----------------------------------------------------------------------------

def floor(documents: list[Document]) -> None:
    """The least any Arabic analysis does: camel-tools' normalisers, dediacritisation and
    word tokenisation over every text."""
    for doc in documents:
        simple_word_tokenize(normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(doc.text)))))


def forget_words() -> None:
    """Empty the tokeniser's word cache, so each timed analysis starts as a fresh process does
    (the matchers' caches belong to the Analyser each run builds anew)."""
    text._word_pieces.cache_clear()


def whole_analysis(documents: list[Document], lexicon: Lexicon) -> Frames:
    forget_words()
    return analyze(documents, lexicon)


def whole_analysis_cold(documents: list[Document], lexicon: Lexicon) -> Frames:
    """The analysis with every cache emptied before each article: what it would cost if no
    word were ever seen twice across articles (the bound for a corpus of unseen vocabulary)."""
    analyser = Analyser(lexicon)
    collected: dict[str, list[dict]] = {name: [] for name in schema.FRAMES}
    for doc in documents:
        forget_words()
        for step in (steps.Mentions, steps.Topics, steps.Cues, steps.Titles):
            analyser.matcher(step)._cache.clear()
        for name, rows in analyser.rows(doc).items():
            collected[name].extend(rows)
    return frames_from_rows(collected)


def batch(documents: list[Document], lexicon: Lexicon, workers: int) -> Frames:
    forget_words()
    return analyze_parallel(documents, lexicon, workers=workers)


def actors_and_topics(documents: list[Document], lexicon: Lexicon) -> int:
    """What the peer does, the Marsad way: prepare each text, find its actors and topics."""
    forget_words()
    analyser = Analyser(lexicon)
    found = 0
    for doc in documents:
        prepared = text.prepare(doc.text)
        found += len(find_mentions(prepared, analyser.matcher(steps.Mentions), period=date_period(doc.date)))
        found += len(find_topic_hits(prepared, analyser.matcher(steps.Topics)))
    return found


@dataclass
class Timing:
    """Best wall-clock and best CPU seconds (this process's) over the repeats."""

    wall: float = float("inf")
    cpu: float = float("inf")


def interleaved(repeats: int, runs: dict[str, Callable[[], object]]) -> tuple[dict[str, Timing], dict[str, object]]:
    """Best times of each run over ``repeats`` rounds, the runs taking turns in each round (so
    a busy moment on the machine hurts all of them alike), and each run's last result."""
    best = {name: Timing() for name in runs}
    results: dict[str, object] = {}
    for _ in range(repeats):
        for name, run in runs.items():
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            results[name] = run()
            best[name].cpu = min(best[name].cpu, time.process_time() - cpu)
            best[name].wall = min(best[name].wall, time.perf_counter() - wall)
    return best, results


# -- import time, in a fresh process -----------------------------------------------------------

IMPORTS = ("analysis", "analysis.extract.pipeline")


def import_seconds(module: str, *, repeats: int = 3) -> float:
    """CPU seconds a fresh interpreter takes to import ``module``, best of ``repeats``."""
    code = f"import time; t = time.process_time(); import {module}; print(time.process_time() - t)"
    return min(
        float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
        for _ in range(repeats)
    )


# The two corpora (bench/README.md): realistic, whose vocabulary grows with the corpus as real
# coverage does (the reference since issue #14), and the seeds' sentences recombined (442 distinct
# words), the corpus of the earlier figures, kept as a second line so the change stays visible.
GENERATORS: dict[str, Callable[[int], list[Document]]] = {"realistic": realistic.generate, "recombined": generate}


# -- peak memory, in a fresh process per size --------------------------------------------------

def peak_memory(n: int, corpus: str = "realistic") -> dict[str, float]:
    """Peak resident memory of a fresh process that analyses ``n`` generated articles."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.run", "--peak-memory", str(n), "--corpus", corpus],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _measure_peak_memory(n: int, corpus: str) -> None:
    documents = GENERATORS[corpus](n)
    lexicon = load_lexicon(DATA_DIR)
    before = _max_rss_mb()
    frames = analyze(documents, lexicon)
    print(json.dumps({"before_mb": round(before, 1), "peak_mb": round(_max_rss_mb(), 1), "rows": sum(len(f) for _, f in frames.items())}))


def _max_rss_mb() -> float:
    """This process's peak resident memory, MB.

    On Linux, VmHWM: ru_maxrss would not do, since Linux keeps it across execve, so a child of
    a large benchmark process would report its parent's size at the fork.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# -- the dashboard -----------------------------------------------------------------------------

def dashboard(n: int, *, changes: int) -> dict[str, object]:
    """Rerun times of each analysis page after a sidebar filter change, ``n`` articles in the
    corpus store, the analysis cache warm. Runs in AppTest, in this process."""
    from streamlit.testing.v1 import AppTest

    from analysis.corpus.store import CorpusStore

    app = ROOT / "app.py"
    if not app.exists():
        return {"error": "app.py does not exist"}
    saved = {key: os.environ.get(key) for key in ("MARSAD_DB", "MARSAD_LEXICON")}
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        CorpusStore(db).add(generate(n))
        os.environ["MARSAD_DB"] = str(db)
        os.environ["MARSAD_LEXICON"] = str(Path(folder) / "no_user_lexicon")  # the shipped data/
        try:
            at = AppTest.from_file(str(app), default_timeout=900)
            start = time.perf_counter()
            at.run()
            first = time.perf_counter() - start
            if at.exception:
                return {"error": "; ".join(str(e.value) for e in at.exception)}
            try:
                # The same timing as bench.dashboard's (a warm rerun, then each filter change).
                times = filter_changes(db, Path(folder) / "no_user_lexicon", changes=changes)
            except RuntimeError as error:
                return {"error": str(error)}
            pages = {title.lower(): [wall for wall, _ in runs] for title, runs in times.items()}
            return {"first_run_s": first, "pages": pages}
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


# -- the report --------------------------------------------------------------------------------

def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC · {cpu} · {os.cpu_count()} CPUs · "
        f"Python {platform.python_version()} · {platform.system()} {platform.release()} · load average {load}"
    )


def words_per_second(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f}"


def run_benchmark(sizes: list[int], *, repeats: int, workers: int, dashboard_articles: int, dashboard_changes: int,
                  recombined: bool = True) -> str:
    lexicon = load_lexicon(DATA_DIR)
    peer = SpacyPeer(lexicon)
    # The seeds, the realistic corpus at each size, and the recombined one at the first size.
    corpora: list[tuple[str, str, list[Document]]] = (
        [("seeds", "seeds", load_seeds())]
        + [(f"{n:,} realistic", "realistic", GENERATORS["realistic"](n)) for n in sizes]
        + [(f"{n:,} recombined", "recombined", GENERATORS["recombined"](n)) for n in sizes[:1] if recombined]
    )
    columns = []
    for label, kind, documents in corpora:
        print(f"… {label} articles", file=sys.stderr, flush=True)
        words = word_count(documents)
        # The seeds take milliseconds: repeat them enough for a stable figure.
        rounds = repeats * 10 if label == "seeds" else repeats
        times, results = interleaved(rounds, {
            "floor": lambda: floor(documents),
            "analysis": lambda: whole_analysis(documents, lexicon),
            "batch": lambda: batch(documents, lexicon, workers),
        })
        peer_times, peer_results = interleaved(rounds, {
            "peer": lambda: peer.find(documents),
            "actors_topics": lambda: actors_and_topics(documents, lexicon),
        })
        times.update(peer_times)
        cold, _ = interleaved(1, {"cold": lambda: whole_analysis_cold(documents, lexicon)})
        times.update(cold)
        memory = peak_memory(len(documents), kind) if kind != "seeds" else None
        columns.append({"label": label, "kind": kind, "n": len(documents), "words": words, "times": times, "memory": memory})
        if len(columns) == min(2, len(corpora)):
            # The recall is measured on the first generated corpus (the seeds alone if none).
            occurrences = clitic_occurrences(documents, results["analysis"], lexicon)
            ours = recall(occurrences, marsad_hits(results["analysis"]))
            theirs = recall(occurrences, peer_results["peer"])
        del results, peer_results
    reference = columns[min(1, len(columns) - 1)]
    imports = {module: import_seconds(module) for module in IMPORTS}
    print("… dashboard", file=sys.stderr, flush=True)
    board = dashboard(dashboard_articles, changes=dashboard_changes) if dashboard_articles else {"error": "left out (--skip-dashboard)"}

    def row(name: str, cells: list[str], target: str = "") -> str:
        return f"| {name} | " + " | ".join(cells) + f" | {target} |"

    def cpu(c: dict, name: str) -> float:
        return c["times"][name].cpu

    lines = [
        f"Machine: {machine()}",
        "",
        "Seconds are this process's CPU time, best of the repeats: other work on a shared machine",
        "does not count against them, and on an idle machine they equal the wall-clock time (shown",
        "for the whole analysis). Batch mode is timed by the wall clock, since its work is in other",
        "processes. Words per second are whitespace-separated words over those seconds.",
        "",
        "| measure | " + " | ".join(f"{c['label']} articles" for c in columns) + " | target |",
        "|---|" + "---|" * len(columns) + "---|",
        row("words (whitespace-separated)", [f"{c['words']:,}" for c in columns]),
        row("floor: camel-tools normalise + dediac + tokenise, s", [f"{cpu(c, 'floor'):.3f}" for c in columns]),
        row("floor, words/s", [words_per_second(c["words"], cpu(c, "floor")) for c in columns]),
        row("Marsad whole analysis (actors, topics, stances, frames), s", [f"{cpu(c, 'analysis'):.3f}" for c in columns]),
        row("Marsad whole analysis, wall-clock s", [f"{c['times']['analysis'].wall:.3f}" for c in columns]),
        row("Marsad whole analysis, words/s", [words_per_second(c["words"], cpu(c, "analysis")) for c in columns]),
        row("**whole analysis ÷ floor**", [f"**{cpu(c, 'analysis') / cpu(c, 'floor'):.2f}×**" for c in columns], "≤ 1× (issue #14)"),
        row("whole analysis with every cache emptied before each article ÷ floor", [f"{cpu(c, 'cold') / cpu(c, 'floor'):.2f}×" for c in columns], "(bound for unseen words)"),
        row(
            f"batch `--workers {workers}`, wall-clock s (speed-up over one process's wall clock)",
            [f"{c['times']['batch'].wall:.3f} ({c['times']['analysis'].wall / c['times']['batch'].wall:.2f}×)" for c in columns],
        ),
        row("peer: spaCy blank `ar` + PhraseMatcher (actors, topics), s", [f"{cpu(c, 'peer'):.3f}" for c in columns]),
        row("peer, words/s", [words_per_second(c["words"], cpu(c, "peer")) for c in columns]),
        row("Marsad actors + topics (prepare + two matchers), s", [f"{cpu(c, 'actors_topics'):.3f}" for c in columns]),
        row("Marsad actors + topics, words/s", [words_per_second(c["words"], cpu(c, "actors_topics")) for c in columns]),
        row("**Marsad actors + topics ÷ peer**", [f"**{cpu(c, 'actors_topics') / cpu(c, 'peer'):.2f}×**" for c in columns], "≤ 0.5× (issue #14)"),
        row("floor ÷ peer", [f"{cpu(c, 'floor') / cpu(c, 'peer'):.2f}×" for c in columns]),
        row(
            "**seconds per word ÷ the same at " + reference["label"] + "**",
            [f"**{(cpu(c, 'analysis') / c['words']) / (cpu(reference, 'analysis') / reference['words']):.2f}**" if c["kind"] == reference["kind"] else "—" for c in columns],
            "≈ 1 (linear)",
        ),
        row(
            "**peak memory of a fresh process, MB** (before analysing)",
            [f"**{c['memory']['peak_mb']:,.0f}** ({c['memory']['before_mb']:,.0f})" if c["memory"] else "—" for c in columns],
            "< 1,024 at 10,000",
        ),
        "",
        f"Recall on clitic forms ({len(occurrences)} distinct occurrences labelled in the {reference['label']}-article corpus, "
        f"{sum(o.copies for o in occurrences):,} in all): **Marsad {ours:.0%}**, spaCy peer {theirs:.0%}.",
        "",
        "Import, CPU s of a fresh interpreter (best of 3; target for `import analysis` ≤ 0.5 s): "
        + ", ".join(f"`import {module}` **{seconds:.3f}**" for module, seconds in imports.items()) + ".",
        "",
    ]
    if "error" in board:
        lines.append(f"Dashboard: not measured ({board['error']}).")
    else:
        lines += [
            f"Dashboard, {dashboard_articles:,} articles in the store (AppTest, analysis cache warm; first run, "
            f"which analyses, {board['first_run_s']:.1f} s). Rerun after a sidebar filter change, ms; target < 300 ms:",
            "",
            "| page | median | best | worst |",
            "|---|---|---|---|",
        ]
        for page, times in board["pages"].items():
            lines.append(f"| {page} | **{statistics.median(times) * 1000:.0f}** | {min(times) * 1000:.0f} | {max(times) * 1000:.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="corpus sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 200 articles, one repeat, 100 in the dashboard")
    parser.add_argument("--repeats", type=int, default=3, help="rounds per figure; the best is kept (default 3)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="processes for the batch figure (default: CPUs)")
    parser.add_argument("--peak-memory", type=int, metavar="N", help=argparse.SUPPRESS)  # the fresh process of peak_memory()
    parser.add_argument("--corpus", choices=sorted(GENERATORS), default="realistic", help=argparse.SUPPRESS)  # its corpus
    parser.add_argument("--no-recombined", action="store_true", help="leave out the recombined corpus (the earlier figures' line)")
    parser.add_argument("--skip-dashboard", action="store_true", help="leave out the dashboard's filter changes")
    args = parser.parse_args(argv)
    if args.peak_memory:
        _measure_peak_memory(args.peak_memory, args.corpus)
        return 0
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("error: the peer needs spaCy: .venv/bin/python -m pip install -r bench/requirements.txt", file=sys.stderr)
        return 1
    if args.quick:
        sizes, repeats, articles, changes = [200], 1, 100, 2
    else:
        sizes, repeats, articles, changes = [int(s) for s in args.sizes.split(",") if s], args.repeats, DASHBOARD_ARTICLES, 6
    print(run_benchmark(sizes, repeats=repeats, workers=max(2, args.workers), dashboard_articles=0 if args.skip_dashboard else articles,
                        dashboard_changes=changes, recombined=not args.no_recombined))
    return 0


if __name__ == "__main__":
    sys.exit(main())
