"""Arabic-aware phrase matching over tokens: clitics, multiword phrases, fused spellings.

A phrase (an alias, a topic term, a cue) is found when its words stand as whole tokens, the
first one optionally carrying proclitics and, for matchers that allow it, the last one an
enclitic pronoun. Overlapping candidates are resolved by one named policy, longest first
(:func:`longest_first`); :meth:`PhraseMatcher.candidates` keeps them all, for a step that reads
what stands inside a longer match (the actor named inside a title). Nothing matches inside an
unrelated word: ``مصر`` is not found in ``المصرية``.

Matching is candidate-then-verify (issue #14): one Aho–Corasick scan (pyahocorasick) of the
tokens' normalised text, joined by spaces, finds every place a phrase's letters occur, clitics
and all; only the tokens found there are then checked word by word, as before. Most tokens of a
text start no phrase and are never looked at in Python.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import Generic, TypeVar

import ahocorasick

from analysis.arabic.text import Token, normalise, normalise_word

Payload = TypeVar("Payload")

# وو: a doubled conjunction is a slip readers never notice (ووتابعت)
_CONJUNCTIONS = ("", "و", "ف", "وو")
_PREPOSITIONS = ("", "ب", "ل", "ك")
# و ف ب ل ك and their combinations: وبحفتر, فلمصر, كالمجلس
PROCLITICS = tuple(sorted({c + p for c in _CONJUNCTIONS for p in _PREPOSITIONS} - {""}, key=len, reverse=True))
# Pronoun suffixes: تأكيده, بترحيبه, دعمها, مواقعها
ENCLITICS = ("هما", "هم", "هن", "ها", "كما", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
MIN_STEM = 2
# A word's final hamza on the line (استياء) sits on ya or waw before a pronoun suffix (استيائها، استياؤه)
HAMZA_SEATS = ("ئ", "ؤ")


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
    number: int  # its place in the matcher, to tell the scan's multiword candidates apart


# No word starts with two proclitic combinations of the same length, so trying each length
# once (longest first) gives the readings PROCLITICS would, without 15 startswith calls a token.
_PROCLITIC_SET = frozenset(PROCLITICS)
_PROCLITIC_LENGTHS = tuple(sorted({len(prefix) for prefix in PROCLITICS}, reverse=True))


@lru_cache(maxsize=1 << 18)
def proclitic_readings(word: str) -> tuple[tuple[str, bool], ...]:
    """The ways ``word`` may be a stem behind proclitics, itself first.

    Each reading is (stem, stripped). ل + ال → لل is undone: للجيش → الجيش, وللأمم → الامم.
    Cached: the rules ask it of every token several times (a profile counted nine calls a token),
    and news repeats its words.
    """
    readings = [(word, False)]
    for length in _PROCLITIC_LENGTHS:
        prefix = word[:length]
        if prefix in _PROCLITIC_SET and len(word) - length >= MIN_STEM:
            readings.append((word[length:], True))
            if prefix[-1] == "ل" and word[length] == "ل" and len(word) - length - 1 >= MIN_STEM:
                readings.append(("ال" + word[length + 1:], True))
    return tuple(readings)


def has_article(word: str, *, min_length: int = 2) -> bool:
    """Whether a normalised word carries the article, behind any proclitic (الروسي، والخارجية،
    للجامعة), its stem with the article at least ``min_length`` letters long (4 leaves out الي,
    the normalised إلى)."""
    return any(stem.startswith("ال") and len(stem) >= min_length for stem, _ in proclitic_readings(word))


def is_nisba(word: str) -> bool:
    """Whether a normalised word is a definite relative adjective (الروسي، البريطانية) that says
    whose or where."""
    return word.startswith("ال") and len(word) >= 5 and word.endswith(("ي", "يه"))


def _preposition_with_pronoun(actual: str, wanted: str) -> bool:
    """Whether ``actual`` is the two-letter word ``wanted`` that ends a phrase, a preposition,
    with a pronoun: وهو ما عبر عنه الوزير (عبر عن), وهذا ما يعاني منه السكان (يعاني من). Stems of
    two letters are too short for :func:`enclitic_readings` anywhere else."""
    return len(wanted) == MIN_STEM and actual.startswith(wanted) and actual[MIN_STEM:] in ENCLITICS


def enclitic_readings(word: str) -> list[str]:
    """Stems of ``word`` without a pronoun suffix; ta marbuta comes back: تأكيدته ← تاكيده; so
    does a final hamza written on its seat before the suffix: استيائها، استياؤه ← استياء."""
    if not word.endswith(ENCLITICS):
        return []  # most words: one C-level check instead of twelve
    stems = []
    for suffix in ENCLITICS:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM + 1:
            stem = word[: -len(suffix)]
            stems.append(stem)
            if stem.endswith("ت"):
                stems.append(stem[:-1] + "ه")
            elif stem.endswith(HAMZA_SEATS):
                stems.append(stem[:-1] + "ء")
    return stems


def reads_ta_marbuta_as_pronoun(match: Match, tokens: list[Token], text: str) -> bool:
    """Whether ``match`` took the ta marbuta of a word for the pronoun ه: the term مسلح with ه
    would find المسلحة (armed, feminine), سلام would find سلامة. Normalised text writes both
    letters ه, so only the original tells them apart; ة is never a pronoun.
    """
    if match.form != "clitic" or match.phrase.endswith("ه"):
        return False
    token = tokens[match.last - 1]
    # the word's last letter as written, behind any diacritic or tatweel (المسلحةُ)
    letter = next((char for char in reversed(text[token.start:token.end]) if normalise(char)), "")
    return letter == "ة"


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
        phrases: list[_Phrase[Payload]] = []
        for words, payloads in grouped.items():
            phrases.append(_Phrase(words, tuple(payloads), fused=False, text=" ".join(words), number=len(phrases)))
            if len(words) > 1:
                # Multiword phrases also appear with their spaces lost: الأممالمتحدة
                phrases.append(_Phrase(("".join(words),), tuple(payloads), fused=True, text="".join(words), number=len(phrases)))
        for phrase in phrases:
            self._by_first.setdefault(phrase.words[0], []).append(phrase)
        for candidates in self._by_first.values():
            candidates.sort(key=lambda phrase: len(phrase.words), reverse=True)
        self.enclitics = enclitics
        self._cache: dict[str, tuple[tuple[_Phrase[Payload], bool, str | None], ...]] = {}
        self._keys = _scan_keys(phrases, enclitics=enclitics)
        # Its own scanner until scan_together() gives it a share of one built for several
        self._scanner, self._slot = Scanner([self._keys]), 0

    def find(self, tokens: list[Token], *, accept: Callable[[Payload], bool] | None = None) -> list[Match[Payload]]:
        """Non-overlapping matches in token order, longest first where candidates overlap.

        ``accept`` filters payloads (e.g. a title not held at the article's date); a phrase
        with no accepted payload does not match, so a shorter one may.
        """
        return longest_first(self.candidates(tokens, accept=accept))

    def candidates(self, tokens: list[Token], *, accept: Callable[[Payload], bool] | None = None) -> list[Match[Payload]]:
        """Every match, overlapping ones included, in order of their first token (the "keep all"
        policy): ``رئيس المجلس الرئاسي`` and ``المجلس الرئاسي`` inside it. ``accept`` as for :meth:`find`."""
        starting, multiword = self.scanned(tokens)
        candidates: list[Match[Payload]] = []
        cache = self._cache
        for index in starting:
            token = tokens[index]
            if not token.is_word:
                continue
            # Which phrases a word may start depends only on the word; news repeats its words,
            # so the clitic readings are worked out once per distinct word.
            found = cache.get(token.norm)
            if found is None:
                found = self._candidates(token.norm)
            extend = multiword.get(index, ())
            for phrase, stripped, form in found:
                if form is not None:  # a one-word phrase: this token is the whole match
                    match = self._accepted(index, index + 1, phrase, form, accept)
                elif phrase.number in extend:  # the scan saw the phrase's later words follow
                    match = self._extend(tokens, index, phrase, stripped, accept)
                else:
                    continue
                if match is not None:
                    candidates.append(match)
        return candidates

    def scanned(self, tokens: list[Token]) -> tuple[list[int], dict[int, frozenset[int]]]:
        """The candidates of the scan: the tokens that may start a match, in order, and for
        each the multiword phrases (by number) whose later words the scan saw follow it.

        Every real match is among them (see :func:`_scan_keys`); the candidates are then
        checked as the per-token matcher always checked every token, so the matches are the same.
        """
        return self._scanner.candidates(tokens)[self._slot]

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
            if offset == len(words) - 1 and self.enclitics and (
                    wanted in enclitic_readings(actual) or _preposition_with_pronoun(actual, wanted)):
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


def _scan_keys(phrases: list[_Phrase], *, enclitics: bool) -> dict[str, frozenset[int]]:
    """The keys of the scan: for each phrase, a key its every match contains.

    A match's first token ENDS with the first word (behind proclitics): وحفتر holds حفتر; or,
    for a word with the article, holds it without its alif: للجيش holds لجيش. A later word
    stands as its whole token; the last may carry an enclitic (تأكيده holds تأكيد), a word in
    ه may show it as ت before one (اشادته holds اشادت), and a word in ء its hamza on ئ or ؤ
    (استيائها holds استيائ). So the key is the phrase, words joined by
    spaces as in :func:`token_stream`, with the alif of a leading article left off; where
    enclitics are allowed, a phrase in ه has a second key with ت in its place, one in ء two with
    ئ and ؤ in place of the hamza. Each key maps to
    the numbers of the multiword phrases it stands for (empty for one-word phrases).
    """
    keys: dict[str, set[int]] = {}
    for phrase in phrases:
        key = " ".join(phrase.words)
        if key.startswith("ال"):
            key = key[1:]
        forms = [key]
        if enclitics and key.endswith("ه"):
            forms.append(key[:-1] + "ت")  # مبادره → مبادرت(ه): the ت-form before a pronoun
        elif enclitics and key.endswith("ء"):
            forms.extend(key[:-1] + seat for seat in HAMZA_SEATS)  # استياء → استيائ(ها), استياؤ(ه)
        for form in forms:
            numbers = keys.setdefault(form, set())
            if len(phrase.words) > 1:
                numbers.add(phrase.number)
    return {key: frozenset(numbers) for key, numbers in keys.items()}


class Scanner:
    """One Aho–Corasick automaton over the keys of one or more matchers (their slots): one
    pass over an article's tokens gives every matcher its candidates."""

    def __init__(self, slots: list[dict[str, frozenset[int]]]):
        merged: dict[str, list[tuple[int, frozenset[int]]]] = {}
        for slot, keys in enumerate(slots):
            for key, numbers in keys.items():
                merged.setdefault(key, []).append((slot, numbers))
        self._automaton = ahocorasick.Automaton()
        for key, entries in merged.items():
            self._automaton.add_word(key, (len(key), tuple(entries)))
        if not merged:
            self._automaton.add_word("\n", (1, ()))  # never in a stream: tokens hold no whitespace
        self._automaton.make_automaton()
        self._slots = len(slots)
        self._last: tuple[list[Token], list[tuple[list[int], dict[int, frozenset[int]]]]] | None = None

    def candidates(self, tokens: list[Token]) -> list[tuple[list[int], dict[int, frozenset[int]]]]:
        """(tokens that may start a match, in order; multiword phrases per such token) for
        each slot. The steps of one article ask in turn, so the last answer is kept."""
        last = self._last  # read once: the dashboard's sessions run in threads
        if last is not None and last[0] is tokens:
            return last[1]
        stream, starts = token_stream(tokens)
        found: list[tuple[list[int], dict[int, frozenset[int]]]] = [([-1], {}) for _ in range(self._slots)]
        for end, (length, entries) in self._automaton.iter(stream):
            index = bisect_right(starts, end - length + 1) - 1
            for slot, numbers in entries:
                starting, multiword = found[slot]
                if numbers:
                    # Usually one key starts at a token; a second is joined in (a new frozenset)
                    known = multiword.get(index)
                    multiword[index] = numbers if known is None or known is numbers else known | numbers
                if starting[-1] != index:
                    starting.append(index)
        result = []
        for starting, multiword in found:
            del starting[0]
            # Hits come in order of their end, so a multiword key's may follow a later-starting one.
            result.append((sorted(set(starting)) if multiword else starting, multiword))
        self._last = (tokens, result)
        return result


def scan_together(matchers: Iterable[PhraseMatcher]) -> None:
    """Let ``matchers`` share one scanner: one pass over an article finds the candidates of
    all of them (the analysis's aliases, titles, topic terms and cues)."""
    matchers = list(matchers)
    scanner = Scanner([matcher._keys for matcher in matchers])
    for slot, matcher in enumerate(matchers):
        matcher._scanner, matcher._slot = scanner, slot


_NORM = attrgetter("norm")
_last_stream: tuple[list[Token], tuple[str, list[int]]] | None = None


def token_stream(tokens: list[Token]) -> tuple[str, list[int]]:
    """The tokens' normalised forms joined by spaces, and where each token starts in it.

    A token holds no whitespace, so a phrase's words follow each other in the stream exactly
    when they are consecutive tokens. The steps of one article scan the same tokens one after
    the other, so the last stream is kept for the next matcher (the list itself is kept with
    it, so its identity cannot be reused by another list while it is cached).
    """
    global _last_stream
    last = _last_stream  # read once: the dashboard's sessions run in threads
    if last is not None and last[0] is tokens:
        return last[1]
    norms = list(map(_NORM, tokens))
    # token k starts after the k tokens before it and their k separating spaces
    starts = list(accumulate(map((1).__add__, map(len, norms)), initial=0))
    stream = " ".join(norms), starts
    _last_stream = (tokens, stream)
    return stream
