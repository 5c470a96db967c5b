"""The first person plural of a verb cue (نرفض، رفضنا): the verb's subject is the speaker the
line opens with (روسيا: نرفض، موسكو: لن نسمح). Read by the stances and by the dateline rule of
actor mentions, so it lives apart from both."""

from __future__ import annotations

from analysis.arabic.text import normalise_word


def first_person(word: str, listed: str) -> bool:
    """Whether a verb cue is in the first person plural: نرفض، ونرحب (the imperfect's ن), رفضنا
    (the perfect's نا). Where the entry has ن itself, the third person's forms are told apart by
    their shape: a perfect ends in ت (نقلت، نددت), has ا second (ناشد) or three letters (نفى),
    and نقلا is the participle."""
    stem = normalise_word(listed)
    word = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    if word.endswith("نا") and not stem.endswith("نا") and len(word) > len(stem):
        return True
    if not word.startswith("ن"):
        return False
    if not stem.startswith("ن"):
        return len(word) > len(stem)
    if stem.endswith(("ت", "ا")) and word.startswith(stem):
        return False  # نقلتهم: the entry's own perfect (or participle) with a pronoun after it
    return len(word) >= 4 and word[1] != "ا" and not word.endswith(("ت", "ا"))
