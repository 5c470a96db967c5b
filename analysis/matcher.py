"""Arabic-aware phrase matching over tokens: clitics, multiword phrases, fused spellings.

A phrase (an alias, a topic term, a cue) is found when its words stand as whole tokens, the
first one optionally carrying proclitics and, for matchers that allow it, the last one an
enclitic pronoun. Overlapping candidates are resolved longest first. Nothing matches inside
an unrelated word: ``روسيا`` is not found in ``الروسية``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .text import Token, normalise_word

Payload = TypeVar("Payload")

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
# و ف ب ل ك and their combinations: وبحفتر, فلروسيا, كالمجلس
PROCLITICS = tuple(sorted({c + p for c in _CONJUNCTIONS for p in _PREPOSITIONS} - {""}, key=len, reverse=True))
# Pronoun suffixes: تأكيده, بترحيبه, دعمها, مواقعها
ENCLITICS = ("هما", "هم", "هن", "ها", "كما", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
MIN_STEM = 2


@dataclass(frozen=True)
class Match(Generic[Payload]):
    """Tokens ``[first, last)`` matched a phrase; ``form`` says how (exact, clitic, fused)."""

    first: int
    last: int
    phrase: str
    payloads: tuple[Payload, ...]
    form: str


@dataclass(frozen=True)
class _Phrase(Generic[Payload]):
    words: tuple[str, ...]
    payloads: tuple[Payload, ...]
    fused: bool


def proclitic_readings(word: str) -> list[tuple[str, bool]]:
    """The ways ``word`` may be a stem behind proclitics, itself first.

    Each reading is (stem, stripped). ل + ال → لل is undone: للجيش → الجيش, وللأمم → الامم.
    """
    readings = [(word, False)]
    for prefix in PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            readings.append((word[len(prefix):], True))
            if prefix[-1] == "ل" and word.startswith(prefix + "ل") and len(word) - len(prefix) - 1 >= MIN_STEM:
                readings.append(("ال" + word[len(prefix) + 1:], True))
    return readings


def enclitic_readings(word: str) -> list[str]:
    """Stems of ``word`` without a pronoun suffix; ta marbuta comes back: تأكيدته ← تاكيده."""
    stems = []
    for suffix in ENCLITICS:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM + 1:
            stem = word[: -len(suffix)]
            stems.append(stem)
            if stem.endswith("ت"):
                stems.append(stem[:-1] + "ه")
    return stems


class PhraseMatcher(Generic[Payload]):
    """Finds lexicon phrases in a token list.

    Args:
        entries: (phrase as written, payload) pairs; a phrase may carry several payloads.
        enclitics: whether the phrase's last word may carry a pronoun suffix (cues and topic
            terms: yes; names: no, since ``سلامه`` is not ``سلام`` + ه).
    """

    def __init__(self, entries: Iterable[tuple[str, Payload]], *, enclitics: bool = False):
        grouped: dict[tuple[str, ...], list[Payload]] = {}
        for phrase, payload in entries:
            words = tuple(normalise_word(phrase).split())
            if words:
                grouped.setdefault(words, []).append(payload)
        self._by_first: dict[str, list[_Phrase[Payload]]] = {}
        for words, payloads in grouped.items():
            self._add(_Phrase(words, tuple(payloads), fused=False))
            if len(words) > 1:
                # Multiword phrases also appear with their spaces lost: الأممالمتحدة
                self._add(_Phrase(("".join(words),), tuple(payloads), fused=True))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda phrase: len(phrase.words), reverse=True)
        self.enclitics = enclitics

    def _add(self, phrase: _Phrase[Payload]) -> None:
        self._by_first.setdefault(phrase.words[0], []).append(phrase)

    def find(self, tokens: list[Token], *, accept: Callable[[Payload], bool] | None = None) -> list[Match[Payload]]:
        """Non-overlapping matches in token order, longest first where candidates overlap.

        ``accept`` filters payloads (e.g. a title not held at the article's date); a phrase
        with no accepted payload does not match, so a shorter one may.
        """
        candidates: list[Match[Payload]] = []
        by_first = self._by_first
        for index, token in enumerate(tokens):
            if not token.is_word:
                continue
            for stem, stripped in proclitic_readings(token.norm):
                for phrase in by_first.get(stem, ()):
                    match = self._extend(tokens, index, phrase, stripped, accept)
                    if match is not None:
                        candidates.append(match)
                if self.enclitics:
                    for base in enclitic_readings(stem):
                        for phrase in by_first.get(base, ()):
                            if len(phrase.words) == 1:
                                match = self._accepted(index, index + 1, phrase, "clitic", accept)
                                if match is not None:
                                    candidates.append(match)
        return _longest_first(candidates)

    def _extend(self, tokens, index, phrase, stripped, accept):
        words = phrase.words
        last = index + len(words)
        if last > len(tokens):
            return None
        for offset in range(1, len(words)):
            actual, wanted = tokens[index + offset].norm, words[offset]
            if actual == wanted:
                continue
            if offset == len(words) - 1 and self.enclitics and wanted in enclitic_readings(actual):
                stripped = True
                continue
            return None
        form = "fused" if phrase.fused else ("clitic" if stripped else "exact")
        return self._accepted(index, last, phrase, form, accept)

    @staticmethod
    def _accepted(first, last, phrase, form, accept):
        payloads = phrase.payloads if accept is None else tuple(p for p in phrase.payloads if accept(p))
        if not payloads:
            return None
        return Match(first, last, " ".join(phrase.words), payloads, form)


def _longest_first(candidates: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches (then the earliest, then the exact form)."""
    form_rank = {"exact": 0, "fused": 1, "clitic": 2}
    ordered = sorted(candidates, key=lambda m: (-(m.last - m.first), m.first, form_rank[m.form]))
    taken: set[int] = set()
    kept: list[Match] = []
    for match in ordered:
        span = range(match.first, match.last)
        if any(index in taken for index in span):
            continue
        taken.update(span)
        kept.append(match)
    return sorted(kept, key=lambda m: m.first)
