"""What the dashboard keeps beside a corpus store, brought up to date at once: the analysis, the
Suggestions page's places and the Groups page's words (rows per article, then the corpus's codes).

With many articles waiting (a new lexicon, new analysis code, a large upload from the command
line) this runs in two processes of their own (:func:`bring_up_to_date_apart`), and the server
then reads what they wrote. In the server's own process, the memory the analysis's Python objects took
was not handed back once they were freed (100,000 articles: the process held 1,250 MB after
analysing everything, 850 MB after only reading the results back), and coding the words took
630 MB more above that.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from analysis.corpus.store import CorpusStore
from analysis.explore.keyness import kept_coded_word_counts
from analysis.explore.words import kept_word_counts, word_rows_waiting
from analysis.explore.name_places import places_waiting, spelling_places, suggestion_places
from analysis.extract import results
from analysis.extract.pipeline import Frames
from analysis.lexicon.read import Lexicon, build_lexicon, tables_from_files

# Articles waiting that the server brings up to date in its own process; more go to another.
IN_PROCESS_AT_MOST = 2000

Stages = Callable[[str, int, int], None]  # (stage, done, total); stages: STAGES
STAGES = ("analysis", "suggestions", "spellings", "words")


def waiting(store: CorpusStore, lexicon: Lexicon) -> int:
    """The most articles any kept table lacks: the analysis, the places or the word rows."""
    return max(results.waiting(store, lexicon), places_waiting(store, lexicon), word_rows_waiting(store, lexicon))


def bring_up_to_date(store: CorpusStore, lexicon: Lexicon, *, words_key: str | None = None,
                     progress: Stages | None = None) -> Frames:
    """Analyse the articles without results, find their places and count their words, keep it
    all beside the store, and, given ``words_key`` (what the Groups page's codes are kept under),
    the corpus's word codes too. Returns the frames."""
    frames, _ = results.load(store, lexicon, progress=_stage(progress, "analysis"))
    _places(store, lexicon, progress)
    _words(store, lexicon, frames.sentences, words_key, progress)
    return frames


def _stage(progress: Stages | None, name: str):
    return None if progress is None else (lambda done, total: progress(name, done, total))


def _places(store: CorpusStore, lexicon: Lexicon, progress: Stages | None) -> None:
    suggestion_places(store, lexicon, read=False, progress=_stage(progress, "suggestions"))
    spelling_places(store, lexicon, read=False, progress=_stage(progress, "spellings"))


def _words(store: CorpusStore, lexicon: Lexicon, sentences, words_key: str | None, progress: Stages | None) -> None:
    kept_word_counts(store, lexicon, sentences, read=False, progress=_stage(progress, "words"))
    if words_key is not None:
        results.kept_arrays(store, "words", words_key, lambda: kept_coded_word_counts(store, lexicon, sentences).arrays())


# What each process apart does: the analysis and the places (which read every text), then the
# words, in a fresh process reading only the sentences (counted beside all six frames and the
# analysis's freed memory, the words took one process to 2.1 GB at 100,000 articles).
PARTS = ("analysis", "words")


def _part(part: str, store: CorpusStore, lexicon: Lexicon, words_key: str | None, progress: Stages | None) -> None:
    if part == "analysis":
        results.analyse(store, lexicon, progress=_stage(progress, "analysis"))
        _places(store, lexicon, progress)
    else:
        _words(store, lexicon, results.stored_frame(store, lexicon, "sentences"), words_key, progress)


def bring_up_to_date_apart(store: CorpusStore, files: tuple[tuple[str, str], ...], *, words_key: str | None = None,
                           progress: Stages | None = None) -> None:
    """:func:`bring_up_to_date` in processes of their own (``python -m analysis.explore.kept``,
    one for the analysis and places, one for the words: :data:`PARTS`),
    with the lexicon built there from the same ``files`` (sent on its standard input); its
    progress is reported here as it goes. A new interpreter, not ``multiprocessing``: a fork
    of a threaded server copies locks other threads hold, and a spawned child runs the parent's
    ``__main__`` again (under Streamlit's test runner, the dashboard's script). Raises
    RuntimeError when the process fails, with its last line of errors (what it kept stays kept)."""
    for part in PARTS:
        _apart(part, store, files, words_key, progress)


def code_words_apart(store: CorpusStore, files: tuple[tuple[str, str], ...], *, words_key: str) -> None:
    """The Groups page's word codes (kept under ``words_key``, with any word rows missing) made
    in a process of its own (:func:`bring_up_to_date_apart`'s words part): coding 100,000
    articles' 16.8 million word rows took 450 MB above the process doing it for a moment."""
    _apart("words", store, files, words_key, None)


def _apart(part: str, store: CorpusStore, files: tuple[tuple[str, str], ...], words_key: str | None,
           progress: Stages | None) -> None:
    command = [sys.executable, "-m", "analysis.explore.kept", part, str(store.path)] + (["--words-key", words_key] if words_key else [])
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        with subprocess.Popen(command, cwd=PACKAGE_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
                              text=True, encoding="utf-8") as process:
            try:
                process.stdin.write(json.dumps(files, ensure_ascii=False))
                process.stdin.close()
            except BrokenPipeError:
                pass  # it stopped before reading: its errors say why
            for line in process.stdout:
                stage, done, total = line.rstrip("\n").split("\t")
                if progress is not None:
                    progress(stage, int(done), int(total))
        if process.returncode != 0:
            errors.seek(0)
            last = next((line.strip() for line in reversed(errors.read().splitlines()) if line.strip()), "")
            raise RuntimeError(f"bringing the analysis up to date stopped (exit code {process.returncode}): {last}")


# The folder holding the analysis package: where ``python -m analysis.explore.kept`` is run.
PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def _main(arguments: list[str]) -> None:
    """The other process: the part (:data:`PARTS`), the store's path (and ``--words-key KEY``) as
    arguments, the lexicon's files as JSON on standard input, progress as
    ``stage<TAB>done<TAB>total`` lines out."""
    words_key = arguments[arguments.index("--words-key") + 1] if "--words-key" in arguments else None
    files = tuple((name, text) for name, text in json.load(sys.stdin))
    lexicon = build_lexicon(tables_from_files(dict(files)))

    def report(stage: str, done: int, total: int) -> None:
        print(f"{stage}\t{done}\t{total}", flush=True)

    _part(arguments[0], CorpusStore(Path(arguments[1])), lexicon, words_key, report)


__all__ = ["IN_PROCESS_AT_MOST", "STAGES", "bring_up_to_date", "bring_up_to_date_apart", "code_words_apart", "waiting"]


if __name__ == "__main__":
    _main(sys.argv[1:])
