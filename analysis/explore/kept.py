"""What the dashboard keeps beside a corpus store, brought up to date at once: the analysis, the
Suggestions page's places and the Groups page's words (rows per article, then the corpus's codes).

With many articles waiting (a new lexicon, new analysis code, a large upload from the command
line) this runs in a process of its own (:func:`bring_up_to_date_apart`), and the server then
reads what it wrote. In the server's own process, the memory the analysis's Python objects took
was not handed back once they were freed (100,000 articles: the process held 1,250 MB after
analysing everything, 850 MB after only reading the results back), and coding the words took
630 MB more above that.
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable
from pathlib import Path

from analysis.corpus.store import CorpusStore
from analysis.explore.keyness import kept_coded_word_counts, kept_word_counts, word_rows_waiting
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
    def stage(name: str):
        return None if progress is None else (lambda done, total: progress(name, done, total))

    frames, _ = results.load(store, lexicon, progress=stage("analysis"))
    suggestion_places(store, lexicon, read=False, progress=stage("suggestions"))
    spelling_places(store, lexicon, read=False, progress=stage("spellings"))
    kept_word_counts(store, lexicon, frames.sentences, read=False, progress=stage("words"))
    if words_key is not None:
        results.kept_arrays(store, "words", words_key,
                            lambda: kept_coded_word_counts(store, lexicon, frames.sentences).arrays())
    return frames


def bring_up_to_date_apart(store: CorpusStore, files: tuple[tuple[str, str], ...], *, words_key: str | None = None,
                           progress: Stages | None = None) -> None:
    """:func:`bring_up_to_date` in a process of its own, with the lexicon built there from the
    same ``files``; its progress is reported here as it goes. The process is spawned, not forked:
    a fork of a threaded server copies locks other threads hold. Raises RuntimeError when the
    process fails (what it kept stays kept)."""
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    process = context.Process(target=_apart, args=(str(store.path), files, words_key, messages), daemon=True)
    process.start()
    try:
        while process.is_alive() or not messages.empty():
            try:
                message = messages.get(timeout=0.2)
            except queue.Empty:
                continue
            if progress is not None:
                progress(*message)
    finally:
        process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"bringing the analysis up to date stopped (exit code {process.exitcode})")


def _apart(store_path: str, files: tuple[tuple[str, str], ...], words_key: str | None, messages) -> None:
    lexicon = build_lexicon(tables_from_files(dict(files)))
    bring_up_to_date(CorpusStore(Path(store_path)), lexicon, words_key=words_key,
                     progress=lambda stage, done, total: messages.put((stage, done, total)))


__all__ = ["IN_PROCESS_AT_MOST", "STAGES", "bring_up_to_date", "bring_up_to_date_apart", "waiting"]
