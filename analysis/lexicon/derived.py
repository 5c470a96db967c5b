"""What the analysis works out from a lexicon once (its analyser, the adjectives of its states,
its split cues) and keeps while that lexicon object lives.

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

# Three things per lexicon, and the dashboard holds at most a few lexicons at a time.
KEPT = 16

_HELD: dict[tuple[int, str], tuple[weakref.ref, object]] = {}
_LOCK = threading.Lock()  # the dashboard's sessions run in threads


def derived(lexicon: Lexicon, name: str, build: Callable[[Lexicon], T]) -> T:
    """``build(lexicon)``, built once per lexicon object and ``name``."""
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
