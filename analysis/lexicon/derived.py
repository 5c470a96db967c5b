"""What the analysis works out from a lexicon once (its analyser, the adjectives of its states,
its split cues) and keeps while that lexicon object lives; also what is worked out once from a
frame the dashboard holds for its whole life (the Groups page's codes, :mod:`analysis.explore.keyness`).

Keyed by the object itself (its id, checked through a weak reference), never by its version: a
lexicon a test or an analyst makes with other contents has the version of none of the files, and
must not be answered from another's. Only the last few are kept, so a dashboard whose analyst
edits the lexicon all afternoon does not hold every version.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

from analysis.lexicon.read import Lexicon

T = TypeVar("T")

# Three things per lexicon, and the dashboard holds at most a few lexicons at a time; thirteen per
# corpus the Groups page compares in (each of its three codes' totals and terms' order among them).
KEPT = 48

_HELD: dict[tuple[int, str], tuple[weakref.ref, object]] = {}
_LOCK = threading.Lock()  # the dashboard's sessions run in threads


def derived(lexicon: Lexicon | object, name: str, build: Callable[[Lexicon], T]) -> T:
    """``build(lexicon)``, built once per lexicon object (or any object a weak reference can
    follow, such as a frame that is never changed in place) and ``name``."""
    key = (id(lexicon), name)
    held = _HELD.get(key)
    if held is not None and held[0]() is lexicon:
        return held[1]  # type: ignore[return-value]
    value = build(lexicon)
    with _LOCK:
        while len(_HELD) >= KEPT:
            _HELD.pop(next(iter(_HELD)))
        _HELD[key] = (weakref.ref(lexicon), value)
    return value
