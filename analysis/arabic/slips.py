"""Opening phrases matched through one slip of a letter: site furniture typed in a hurry.

A page's furniture is typed by hand more often than its templates suggest: «اقرأ أبضا» (ب for ي, a
dot misplaced) opened a line the list of furniture (data/language/boilerplate.txt, teasers.txt)
did not know, and its second word was read as a speaker named «أبضا». A line's first words match
a phrase of several words when they differ from it by one letter changed or two neighbours swapped,
the word count and every length kept. One-word phrases match only exactly: one slip from اشترك is
اشتركت («اشتركت روسيا في …»), from تابعوا is تابعو, both ordinary sentence openings; and so does a
slip that adds or drops a letter (شارك هذا المقال → شارك هذا المقاتل, a sentence).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA

SLIP_LEAST_WORDS = 2  # a phrase of fewer words is matched exactly
# A name this long (normalised letters) may be matched with one letter off: القليوشي for القيلوشي;
# shorter ones have too many neighbours among other names.
NAME_SLIP_LENGTH = 6


def one_letter_off(word: str, other: str, *, same_length: bool = False) -> bool:
    """Whether two normalised words differ by one letter changed, dropped or added, or two
    neighbours swapped (with ``same_length``, changed or swapped only); equal words do not."""
    if word == other or abs(len(word) - len(other)) > (0 if same_length else 1):
        return False
    return OSA.distance(word, other, score_cutoff=1) <= 1


def opening_phrase(words: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The phrase of ``phrases`` that ``words`` (normalised, in order) open with, exactly or
    through one slip (see the module doc); None if none does. An exact match is preferred.

    Args:
        words: the first words of a line or sentence (at least as many as the longest phrase).
        phrases: normalised phrases, each a tuple of words.

    Returns:
        The matching phrase as listed, else None.
    """
    slipped = None
    for phrase in phrases:
        head = tuple(words[:len(phrase)])
        if len(head) < len(phrase):
            continue
        if head == phrase:
            return phrase
        if slipped is None and len(phrase) >= SLIP_LEAST_WORDS and _one_slip(head, phrase):
            slipped = phrase
    return slipped


def _one_slip(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Whether ``words`` is ``phrase`` with one letter changed or two neighbours swapped in one word."""
    differing = [(word, listed) for word, listed in zip(words, phrase) if word != listed]
    if len(differing) != 1:
        return False
    word, listed = differing[0]
    return one_letter_off(word, listed, same_length=True)
