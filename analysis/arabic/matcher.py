"""Arabic-aware phrase matching over tokens: clitics, multiword phrases, fused spellings.

A phrase (an alias, a topic term, a cue) is found when its words stand as whole tokens, the
first one optionally carrying proclitics and, for matchers that allow it, the last one an
enclitic pronoun. Overlapping candidates are resolved by one named policy, longest first
(:func:`longest_first`); :meth:`PhraseMatcher.candidates` keeps them all, for a step that reads
what stands inside a longer match (the actor named inside a title). Nothing matches inside an
unrelated word: ``مصر`` is not found in ``المصرية``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from analysis.arabic.text import Token, normalise_word

Payload = TypeVar("Payload")

# وو: a doubled conjunction is a slip readers never notice (ووتابعت)
_CONJUNCTIONS = ("", "و", "ف", "وو")
_PREPOSITIONS = ("", "ب", "ل", "ك")
# و ف ب ل ك and their combinations: وبحفتر, فلمصر, كالمجلس
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
    text: str  # the words joined, as Match.phrase reports them


# No word starts with two proclitic combinations of the same length, so trying each length
# once (longest first) gives the readings PROCLITICS would, without 15 startswith calls a token.
_PROCLITIC_SET = frozenset(PROCLITICS)
_PROCLITIC_LENGTHS = tuple(sorted({len(prefix) for prefix in PROCLITICS}, reverse=True))


def proclitic_readings(word: str) -> list[tuple[str, bool]]:
    """The ways ``word`` may be a stem behind proclitics, itself first.

    Each reading is (stem, stripped). ل + ال → لل is undone: للجيش → الجيش, وللأمم → الامم.
    """
    readings = [(word, False)]
    for length in _PROCLITIC_LENGTHS:
        prefix = word[:length]
        if prefix in _PROCLITIC_SET and len(word) - length >= MIN_STEM:
            readings.append((word[length:], True))
            if prefix[-1] == "ل" and word[length] == "ل" and len(word) - length - 1 >= MIN_STEM:
                readings.append(("ال" + word[length + 1:], True))
    return readings


def has_article(word: str, *, min_length: int = 2) -> bool:
    """Whether a normalised word carries the article, behind any proclitic (الروسي، والخارجية،
    للجامعة), its stem with the article at least ``min_length`` letters long (4 leaves out الي,
    the normalised إلى)."""
    return any(stem.startswith("ال") and len(stem) >= min_length for stem, _ in proclitic_readings(word))


def enclitic_readings(word: str) -> list[str]:
    """Stems of ``word`` without a pronoun suffix; ta marbuta comes back: تأكيدته ← تاكيده."""
    if not word.endswith(ENCLITICS):
        return []  # most words: one C-level check instead of twelve
    stems = []
    for suffix in ENCLITICS:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM + 1:
            stem = word[: -len(suffix)]
            stems.append(stem)
            if stem.endswith("ت"):
                stems.append(stem[:-1] + "ه")
    return stems


# Candidates are cached per token text (see PhraseMatcher._candidates); past this many
# distinct words the cache starts afresh, so a long run's memory stays bounded.
CANDIDATE_CACHE_SIZE = 200_000


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
            self._add(_Phrase(words, tuple(payloads), fused=False, text=" ".join(words)))
            if len(words) > 1:
                # Multiword phrases also appear with their spaces lost: الأممالمتحدة
                self._add(_Phrase(("".join(words),), tuple(payloads), fused=True, text="".join(words)))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda phrase: len(phrase.words), reverse=True)
        self.enclitics = enclitics
        self._cache: dict[str, tuple[tuple[_Phrase[Payload], bool, str | None], ...]] = {}

    def _add(self, phrase: _Phrase[Payload]) -> None:
        self._by_first.setdefault(phrase.words[0], []).append(phrase)

    def find(self, tokens: list[Token], *, accept: Callable[[Payload], bool] | None = None) -> list[Match[Payload]]:
        """Non-overlapping matches in token order, longest first where candidates overlap.

        ``accept`` filters payloads (e.g. a title not held at the article's date); a phrase
        with no accepted payload does not match, so a shorter one may.
        """
        return longest_first(self.candidates(tokens, accept=accept))

    def candidates(self, tokens: list[Token], *, accept: Callable[[Payload], bool] | None = None) -> list[Match[Payload]]:
        """Every match, overlapping ones included, in order of their first token (the "keep all"
        policy): ``رئيس المجلس الرئاسي`` and ``المجلس الرئاسي`` inside it. ``accept`` as for :meth:`find`."""
        candidates: list[Match[Payload]] = []
        cache = self._cache
        for index, token in enumerate(tokens):
            if not token.is_word:
                continue
            # Which phrases a word may start depends only on the word; profiling showed the
            # clitic readings of every token were half of all matching time, and news repeats
            # its words, so they are worked out once per distinct word.
            found = cache.get(token.norm)
            if found is None:
                found = self._candidates(token.norm)
            for phrase, stripped, form in found:
                if form is not None:  # a one-word phrase: this token is the whole match
                    match = self._accepted(index, index + 1, phrase, form, accept)
                else:
                    match = self._extend(tokens, index, phrase, stripped, accept)
                if match is not None:
                    candidates.append(match)
        return candidates

    def _candidates(self, word: str) -> tuple[tuple[_Phrase[Payload], bool, str | None], ...]:
        """(phrase, stripped, form) for each phrase a token ``word`` may start, in the order
        they are tried. ``form`` is the match's form when the phrase is one word, so the token
        alone matches it; None when the following tokens must match too (see _extend)."""
        by_first = self._by_first
        found = []
        for stem, stripped in proclitic_readings(word):
            for phrase in by_first.get(stem, ()):
                if len(phrase.words) > 1:
                    found.append((phrase, stripped, None))
                else:
                    found.append((phrase, stripped, _form(phrase, stripped)))
            if self.enclitics:
                for base in enclitic_readings(stem):
                    for phrase in by_first.get(base, ()):
                        if len(phrase.words) == 1:
                            found.append((phrase, True, "clitic"))
        if len(self._cache) >= CANDIDATE_CACHE_SIZE:
            self._cache.clear()
        self._cache[word] = result = tuple(found)
        return result

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
        return self._accepted(index, last, phrase, _form(phrase, stripped), accept)

    @staticmethod
    def _accepted(first, last, phrase, form, accept):
        payloads = phrase.payloads if accept is None else tuple(filter(accept, phrase.payloads))
        if not payloads:
            return None
        return Match(first, last, phrase.text, payloads, form)


def _form(phrase: _Phrase, stripped: bool) -> str:
    return "fused" if phrase.fused else ("clitic" if stripped else "exact")


def longest_first(candidates: list[Match]) -> list[Match]:
    """The overlap policy: keep the longest of overlapping matches (then the earliest, then the
    exact form), in token order."""
    form_rank = {"exact": 0, "fused": 1, "clitic": 2}
    ordered = sorted(candidates, key=lambda m: (-(m.last - m.first), m.first, form_rank[m.form]))
    taken: set[int] = set()
    kept: list[Match] = []
    for match in ordered:
        span = range(match.first, match.last)
        if not taken.isdisjoint(span):  # one C call rather than a generator per candidate
            continue
        taken.update(span)
        kept.append(match)
    return sorted(kept, key=lambda m: m.first)
