"""The places the Suggestions page is built from, kept per article beside the store's analysis.

Both of its tables read every text: names after a title or a reporting verb
(:mod:`analysis.explore.suggestions`) and words spelled close to a known name
(:mod:`analysis.explore.near_misses`). Their places are kept per article and analysis version
(:func:`analysis.extract.results.per_article`), so the dashboard brings them up to date with the
analysis: a new article is read once, and the page only groups what is stored.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.corpus.store import CorpusStore
from analysis.explore import near_misses, suggestions
from analysis.extract.results import Progress, per_article, source_version, waiting
from analysis.lexicon.read import Lexicon


def places_waiting(store: CorpusStore, lexicon: Lexicon) -> int:
    """The most articles either table of places lacks (see :func:`analysis.extract.results.waiting`)."""
    return max(waiting(store, lexicon, "suggestions", code=source_version(Path(suggestions.__file__))),
               waiting(store, lexicon, "spellings", code=source_version(Path(near_misses.__file__))))


def suggestion_places(store: CorpusStore, lexicon: Lexicon, *, progress: Progress | None = None,
                      read: bool = True) -> pd.DataFrame | None:
    """:func:`analysis.explore.suggestions.occurrences` of every article in ``store`` (``read=False``:
    only brought up to date, see :func:`analysis.extract.results.per_article`)."""
    return per_article(store, lexicon, "suggestions", lambda documents: suggestions.occurrences(documents, lexicon),
                       code=source_version(Path(suggestions.__file__)), progress=progress, read=read)


def spelling_places(store: CorpusStore, lexicon: Lexicon, *, progress: Progress | None = None,
                    read: bool = True) -> pd.DataFrame | None:
    """:func:`analysis.explore.near_misses.occurrences` of every article in ``store``, like
    :func:`suggestion_places`."""
    return per_article(store, lexicon, "spellings", lambda documents: near_misses.occurrences(documents, lexicon),
                       code=source_version(Path(near_misses.__file__)), progress=progress, read=read)


__all__ = ["places_waiting", "spelling_places", "suggestion_places"]
