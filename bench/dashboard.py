"""The dashboard at corpus scale, in a real browser: first views, filter changes, memory.

``python -m bench.dashboard --articles 10000`` fills a corpus store with
:mod:`bench.realistic` articles (or uses ``--db FILE`` as it is), analyses it once (the results
are kept beside the store, :mod:`analysis.extract.results`), then:

1. **first view of every page** in headless Chromium (Debian's ``chromium`` through Playwright,
   as ``tests/dashboard/test_e2e.py`` drives it) on a fresh ``streamlit run app.py``: from
   ``page.goto`` until the script has stopped and nothing is stale. The first page of a fresh
   server also reads the stored results into memory; it is reported apart.
2. **a filter change, on the server**: the script's run time after the sidebar's actor filter
   changes, through ``streamlit.testing.v1.AppTest`` on the same store (the browser cannot see
   where the server's time ends and drawing begins).
3. **memory**: the resident set (``VmRSS``) and its peak (``VmHWM``) of the ``streamlit``
   process after every page was opened, and, sampled every quarter second, the most the server and
   the processes it started held at once (many waiting articles are analysed in processes of their
   own, :mod:`analysis.explore.kept`) and the largest of those processes' peaks.

Prints a Markdown table on stdout, progress on stderr. Not a test: nothing fails on a slow machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"]
# The app is settled when its script is not running and nothing is stale, checked this often
# and for this many checks in a row (a deep link can run the script twice).
POLL_MS, QUIET_CHECKS = 50, 6
IDLE = """() => { const app = document.querySelector('[data-testid="stApp"]');
    return !!app && app.getAttribute('data-test-script-state') === 'notRunning'
        && !document.querySelector('[data-stale="true"]')
        && !!document.querySelector('[data-testid="stMain"] h1'); }"""
FILTER_VALUES = (["lavrov"], ["haftar_khalifa", "putin"], [])


def say(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def prepare(db: Path, articles: int) -> dict[str, float]:
    """Fill an empty store with ``articles`` realistic articles and analyse it once."""
    from analysis.corpus.store import CorpusStore
    from analysis.explore.words import kept_word_counts
    from analysis.explore.name_places import spelling_places, suggestion_places
    from analysis.extract.results import load
    from analysis.lexicon.read import DATA_DIR, load_lexicon
    from bench.realistic import generate

    store = CorpusStore(db)
    # The lexicon read once: read again at the end, a lexicon edited in the checkout meanwhile (a
    # merge during a 25-minute run at 100,000 articles) was another analysis version, and the
    # results just made were thrown away and the store analysed again.
    lexicon = load_lexicon(DATA_DIR)
    figures = {}
    if len(store) == 0:
        start = time.perf_counter()
        store.add(generate(articles))
        figures["generate_and_store_s"] = time.perf_counter() - start
    start = time.perf_counter()
    frames, update = load(store, lexicon, progress=lambda done, total: say(f"analysing {done:,}/{total:,}") if done % 1000 == 0 else None)
    figures["analyse_s"] = time.perf_counter() - start
    figures["analysed"] = update.analysed
    # What the dashboard does with the analysis: the Suggestions page's places and the Groups
    # page's word counts, kept per article (a server then joins the counts once).
    start = time.perf_counter()
    for places in (suggestion_places, spelling_places):
        places(store, lexicon, read=False, progress=lambda done, total: say(f"places {done:,}/{total:,}") if done % 1000 == 0 else None)
    figures["places_s"] = time.perf_counter() - start
    start = time.perf_counter()
    kept_word_counts(store, lexicon, frames.sentences, read=False,
                     progress=lambda done, total: say(f"words {done:,}/{total:,}") if done % 1000 == 0 else None)
    figures["words_s"] = time.perf_counter() - start
    del frames
    figures["articles"] = len(store)
    start = time.perf_counter()
    load(store, lexicon)
    figures["read_results_s"] = time.perf_counter() - start
    return figures


def page_paths() -> list[tuple[str, str]]:
    """(url path, title) of every page, in the sidebar's order."""
    from dashboard.navigation import ANALYSIS_PAGES, MANAGE_PAGES

    return [("" if path.endswith("overview.py") else Path(path).stem, title)
            for path, title, _ in [*ANALYSIS_PAGES, *MANAGE_PAGES] if (ROOT / path).exists()]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _settle(page, *, timeout_s: float = 600) -> float:
    """When the app became idle (``perf_counter`` of the first of the quiet checks in a row)."""
    start = time.perf_counter()
    quiet_since, quiet = None, 0
    while quiet < QUIET_CHECKS:
        if time.perf_counter() - start > timeout_s:
            raise TimeoutError("the page did not settle")
        if page.evaluate(IDLE):
            quiet_since = quiet_since or time.perf_counter()
            quiet += 1
        else:
            quiet_since, quiet = None, 0
        page.wait_for_timeout(POLL_MS)
    return quiet_since


def _memory(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of process ``pid``, in MB: now, and the peak of its life."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def _family(pid: int) -> list[int]:
    """``pid`` and every process it started, and theirs (``/proc``'s parent ids)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue  # ended meanwhile
            children.setdefault(parent, []).append(int(entry))
    family, waiting = [], [pid]
    while waiting:
        family.append(waiting.pop())
        waiting.extend(children.get(family[-1], []))
    return family


@contextmanager
def watched(pid: int, *, every_s: float = 0.25) -> Iterator[dict[str, float]]:
    """While the block runs, the most that ``pid`` and the processes it started held resident at
    once (``together_mb``), and the largest peak of one of those other processes (``other_mb``):
    the server's own ``VmHWM`` does not see the analysis done in a process of its own."""
    seen = {"together_mb": 0.0, "other_mb": 0.0}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            together = 0.0
            for member in _family(pid):
                try:
                    rss, peak = _memory(member)
                except (OSError, KeyError):
                    continue  # ended meanwhile, or a kernel thread
                together += rss
                if member != pid:
                    seen["other_mb"] = max(seen["other_mb"], peak)
            seen["together_mb"] = max(seen["together_mb"], together)
            done.wait(every_s)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield seen
    finally:
        done.set()
        sampler.join()


@contextmanager
def serve(db: Path, lexicon_dir: Path, *, log_path: Path, root: Path = ROOT) -> Iterator[tuple[str, int]]:
    """``streamlit run serve.py`` of ``root`` (``app.py``, with its modules imported as the server
    starts; ``app.py`` itself for an older checkout without it) on a free port with the store
    ``db`` and the lexicon folder ``lexicon_dir``, until it answers its health check; stopped
    afterwards.

    Yields:
        The server's URL and its process id. The end-to-end test serves the app this way too.
    """
    port = _free_port()
    env = {**os.environ, "MARSAD_DB": str(db), "MARSAD_LEXICON": str(lexicon_dir)}
    entry = "serve.py" if (root / "serve.py").exists() else "app.py"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", entry, "--server.headless", "true", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.fileWatcherType", "none"],
            cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("streamlit did not start:\n" + log_path.read_text())
            time.sleep(0.3)
        yield url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) process ``pid`` has used: on a shared machine, the server's
    own work in a view, which other processes' load does not inflate."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def browser(db: Path, lexicon_dir: Path, root: Path = ROOT) -> dict[str, object]:
    """First view of every page in Chromium on a fresh server of the app in ``root``, and the
    server's memory."""
    from playwright.sync_api import sync_playwright

    views: list[tuple[str, float, float, float, float]] = []
    with serve(db, lexicon_dir, log_path=db.with_suffix(".streamlit.log"), root=root) as (url, pid), \
            watched(pid) as family:
        _, start_peak = _memory(pid)
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = chromium.new_context(viewport={"width": 1440, "height": 1600})
            page = context.new_page()
            for path, title in [("", "Overview (fresh server: reads the stored results)"), *page_paths()]:
                start, cpu = time.perf_counter(), _cpu_seconds(pid)
                page.goto(f"{url}/{path}")
                seconds = _settle(page) - start
                # The server's resident size after the view and its peak so far: which page holds what.
                views.append((title, seconds, _cpu_seconds(pid) - cpu, *_memory(pid)))
                say(f"{title}: {seconds:.2f} s, server CPU {views[-1][2]:.2f} s, {views[-1][3]:,.0f} MB resident, peak {views[-1][4]:,.0f} MB")
            chromium.close()
        rss, peak = _memory(pid)
    return {"views": views, "rss_mb": rss, "peak_mb": peak, "start_mb": start_peak, **family}


def distinct_values(db: Path, count: int) -> list[list[str]]:
    """``count`` actor filter values no two alike (one actor, then two, of the most named ones),
    so that no change finds what it asks for in a cache that an earlier change filled."""
    from analysis.corpus.store import CorpusStore
    from analysis.extract.results import load
    from analysis.lexicon.read import DATA_DIR, load_lexicon

    frames, _ = load(CorpusStore(db), load_lexicon(DATA_DIR))
    actors = frames.mentions["actor_id"].value_counts().index.tolist()
    singles = [[actor] for actor in actors]
    pairs = [[a, b] for a, b in zip(actors[::2], actors[1::2])]
    return [value for pair in zip(singles, pairs) for value in pair][:count]


def date_ranges(db: Path, count: int) -> list[tuple]:
    """``count`` date ranges no two alike, as the sidebar's date widget takes them: each starts a
    month later than the one before and runs for a year or to the corpus's last day (each keeps
    many articles: a copy of a large share of every frame)."""
    from datetime import timedelta

    from analysis.corpus.store import CorpusStore
    from analysis.explore.filters import date_bounds
    from analysis.extract.results import load
    from analysis.lexicon.read import DATA_DIR, load_lexicon

    frames, _ = load(CorpusStore(db), load_lexicon(DATA_DIR))
    first, last = date_bounds(frames.documents)
    return [(first + timedelta(days=30 * (n + 1)), min(first + timedelta(days=30 * (n + 1) + 365), last)) for n in range(count)]


def outlet_sets(db: Path, count: int) -> list[list[str]]:
    """``count`` outlet settings no two alike: one outlet, then two, of the outlets in turn."""
    from analysis.corpus.store import CorpusStore

    outlets = sorted({outlet for outlet in CorpusStore(db).list()["outlet"].tolist() if outlet})
    sets = [[outlet] for outlet in outlets] + [[a, b] for a, b in zip(outlets[::2], outlets[1::2])]
    return (sets * (count // max(len(sets), 1) + 1))[:count]


# The sidebar widget each kind of filter change sets.
SETTING_WIDGETS = {"actor": ("multiselect", "filter_actor_ids"), "dates": ("date_input", "filter_dates"),
                   "outlets": ("multiselect", "filter_outlets")}


@contextmanager
def compiled_once() -> Iterator[None]:
    """AppTest runs as the server does, but with each page script compiled once: AppTest makes a
    new script cache for every run and compiled the Trends page again each time (70 ms of a
    filter change on a busy machine), where a server compiles a page once and keeps it."""
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    shared = ScriptCache()
    saved = app_test.ScriptCache, local_script_runner.ScriptCache
    app_test.ScriptCache = local_script_runner.ScriptCache = lambda: shared
    try:
        yield
    finally:
        app_test.ScriptCache, local_script_runner.ScriptCache = saved


def filter_changes(db: Path, lexicon_dir: Path, *, changes: int, root: Path = ROOT,
                   distinct: bool = False, setting: str = "actor", pages: set[str] | None = None,
                   first_views: dict[str, tuple[float, float]] | None = None) -> dict[str, list[tuple[float, float]]]:
    """The script's run time on each analysis page after a sidebar filter changes (AppTest), as
    ``(wall-clock s, CPU s of this process)`` per change: the CPU time is what a busy machine's
    other processes do not inflate. ``setting``: which filter changes, ``actor`` (cycling
    :data:`FILTER_VALUES`; ``distinct``: every change of the run sets an actor filter no earlier
    change set, :func:`distinct_values`), ``dates`` (:func:`date_ranges`) or ``outlets``
    (:func:`outlet_sets`), always distinct. ``pages``: only the pages of these titles (the
    Overview's first run opens the corpus whatever they are); ``first_views``, given, gets each
    timed page's first view after the page before it, ``(wall-clock s, CPU s)``."""
    from streamlit.testing.v1 import AppTest

    from dashboard.navigation import ANALYSIS_PAGES

    many = changes * len(ANALYSIS_PAGES)
    values = {"dates": lambda: date_ranges(db, many), "outlets": lambda: outlet_sets(db, many)}.get(
        setting, lambda: distinct_values(db, many) if distinct else None)()
    kind, widget_key = SETTING_WIDGETS[setting]

    os.environ["MARSAD_DB"], os.environ["MARSAD_LEXICON"] = str(db), str(lexicon_dir)
    at = AppTest.from_file(str(root / "app.py"), default_timeout=900)
    at.run()
    times: dict[str, list[tuple[float, float]]] = {}
    for path, title, _ in ANALYSIS_PAGES:
        if pages is not None and title not in pages:
            continue
        if not path.endswith("overview.py"):
            start, cpu = time.perf_counter(), time.process_time()
            at.switch_page(path).run()
            if first_views is not None:
                first_views[title] = (time.perf_counter() - start, time.process_time() - cpu)
                say(f"{title}: first view {first_views[title][0] * 1000:.0f} ({first_views[title][1] * 1000:.0f} CPU) ms")
        at.run()  # a plain rerun first: whatever the page caches on its own is warm
        widget = getattr(at.sidebar, kind)(key=widget_key)
        if widget.disabled:
            say(f"{title}: the {setting} filter does not apply here; not timed")
            continue
        runs = []
        for change in range(changes):
            value = values.pop(0) if values else FILTER_VALUES[change % len(FILTER_VALUES)]
            getattr(at.sidebar, kind)(key=widget_key).set_value(value)
            start, cpu = time.perf_counter(), time.process_time()
            at.run()
            runs.append((time.perf_counter() - start, time.process_time() - cpu))
            if at.exception:
                raise RuntimeError(f"{title}: " + "; ".join(str(e.value) for e in at.exception))
        times[title] = runs
        say(f"{title}: filter change {', '.join(f'{wall * 1000:.0f} ({cpu * 1000:.0f} CPU)' for wall, cpu in runs)} ms")
    return times


def report(articles: int, prepared: dict, seen: dict, changed: dict[str, list[tuple[float, float]]]) -> str:
    lines = [
        f"Dashboard with {prepared['articles']:,} articles ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"{os.cpu_count()} CPUs, load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}).",
        "",
        f"Analysis of the store: {prepared['analyse_s']:.1f} s ({prepared['analysed']:,} articles analysed), then the "
        f"Suggestions page's places: {prepared.get('places_s', 0):.1f} s, the Groups page's word counts: "
        f"{prepared.get('words_s', 0):.1f} s; "
        f"reading the stored results back: {prepared['read_results_s']:.2f} s.",
        "",
        "| page | first view in Chromium, s | the server's CPU in it, s | resident after, MB (peak so far) | filter change on the server, ms: median (worst) | the same, CPU ms |",
        "|---|---|---|---|---|---|",
    ]
    for title, seconds, cpu, rss, peak in seen["views"]:
        walls = sorted(wall for wall, _ in changed.get(title, []))
        cpus = sorted(used for _, used in changed.get(title, []))
        change = f"{walls[len(walls) // 2] * 1000:.0f} ({walls[-1] * 1000:.0f})" if walls else "—"
        change_cpu = f"{cpus[len(cpus) // 2] * 1000:.0f} ({cpus[-1] * 1000:.0f})" if cpus else "—"
        lines.append(f"| {title} | {seconds:.2f} | {cpu:.2f} | {rss:,.0f} ({peak:,.0f}) | {change} | {change_cpu} |")
    lines += ["", f"streamlit process after every page: {seen['rss_mb']:.0f} MB resident, peak {seen['peak_mb']:.0f} MB "
                  f"({seen['start_mb']:.0f} MB before the first page); with the processes it started, at most "
                  f"{seen.get('together_mb', 0):.0f} MB resident at once, the largest of those peaking at "
                  f"{seen.get('other_mb', 0):.0f} MB."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles to generate into an empty store")
    parser.add_argument("--db", type=Path, help="the store to use (default: a new one in a temporary folder)")
    parser.add_argument("--changes", type=int, default=5, help="filter changes timed per page")
    parser.add_argument("--skip-browser", action="store_true", help="only the server-side filter changes")
    parser.add_argument("--app-root", type=Path, default=ROOT,
                        help="serve the app of another checkout (an export of an older commit, for before/after figures)")
    parser.add_argument("--distinct", action="store_true",
                        help="no two filter changes of the run alike (no cache holds any change's result)")
    parser.add_argument("--setting", choices=sorted(SETTING_WIDGETS), default="actor",
                        help="the sidebar filter each change sets (dates and outlets: every change distinct)")
    parser.add_argument("--lexicon", type=Path,
                        help="the server's lexicon folder (default: the shipped data/); one alias more re-analyses everything")
    parser.add_argument("--pages", help="only these pages' filter changes (titles, comma-separated: Trends,Outlets); "
                                         "their first views in AppTest are printed too")
    parser.add_argument("--as-is", action="store_true",
                        help="use --db as it is, not analysed beforehand (an older app analyses on its first view)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "bench.sqlite3"
        lexicon_dir = args.lexicon or Path(folder) / "no_user_lexicon"  # the shipped data/
        if not args.as_is:
            prepared = prepare(db, args.articles)
        else:
            from analysis.corpus.store import CorpusStore

            prepared = {"articles": len(CorpusStore(db)), "analyse_s": float("nan"), "analysed": 0, "read_results_s": float("nan")}
        say(f"store ready: {prepared}")
        root = args.app_root.resolve()
        seen = {"views": [], "rss_mb": 0, "peak_mb": 0, "start_mb": 0} if args.skip_browser else browser(db, lexicon_dir, root)
        pages = set(args.pages.split(",")) if args.pages else None
        first_views: dict[str, tuple[float, float]] = {}
        with compiled_once():
            changed = filter_changes(db, lexicon_dir, changes=args.changes, root=root, distinct=args.distinct, setting=args.setting,
                                     pages=pages, first_views=first_views)
        if args.skip_browser:
            seen["views"] = [(title, float("nan"), float("nan"), float("nan"), float("nan")) for title in changed]
        print(report(args.articles, prepared, seen, changed))
        if first_views:
            print("\nFirst views in AppTest, after the page before, ms (CPU ms): "
                  + "; ".join(f"{title} {wall * 1000:.0f} ({cpu * 1000:.0f})" for title, (wall, cpu) in first_views.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
