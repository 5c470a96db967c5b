"""A plain ascii spelling of an Arabic name, for the English name and id of an actor the analyst
adds without typing one: وليام بيرنز → ``Wlyam Birnz``, عبد الواحد الشتيوي → ``Abd al-Wahd al-Shtywi``.

Arabic writes no short vowels, so this is no English spelling of the name, only a stable one: the
same normalised name gives the same letters (أ and ا, ة and ه alike), and the analyst corrects it
on the Lexicons page.
"""

from __future__ import annotations

from analysis.arabic.text import normalise_word

# One ascii spelling per letter of a normalised word (normalise_word: أ إ آ → ا, ة → ه, ى → ي).
# و and ي are vowels between consonants (بوتين → butin) and consonants elsewhere (وليام، يوسف).
CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "", "ؤ": "", "ئ": "",
}
LONG_VOWELS = {"ا": "a", "و": "u", "ي": "i"}
SEMIVOWELS = {"و": "w", "ي": "y"}
GOD = "الله"  # عبد الله: its ه is no ة


def romanise_word(word: str) -> str:
    """One normalised Arabic word in lowercase ascii: الشتيوي → ``al-shtywi``; other characters
    (latin letters, digits) are kept lowercased, anything else is dropped."""
    if word.endswith(GOD) and len(word) > len(GOD):
        return romanise_word(word[: -len(GOD)]) + "allah"  # عبدالله → abdallah
    if word == GOD:
        return "allah"
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al-", word[2:]
    letters = []
    for i, char in enumerate(word):
        after = word[i + 1] if i + 1 < len(word) else ""
        if char in SEMIVOWELS and (i == 0 or after in LONG_VOWELS and after != char):
            letters.append(SEMIVOWELS[char])  # وليام → wlyam: a vowel after it makes it a consonant
        elif char in LONG_VOWELS:
            letters.append(LONG_VOWELS[char])
        elif char == "ه" and not after and i > 0:
            letters.append("a")  # الجمعية → al-jmia: a final ه is mostly ة
        elif char in CONSONANTS:
            letters.append(CONSONANTS[char])
        elif char.isascii() and char.isalnum():
            letters.append(char.lower())
    spelled = "".join(letters)
    return prefix + spelled if spelled else ""


def romanise(name: str) -> str:
    """An Arabic name in ascii letters, each word capitalised and the article kept lowercase:
    عبد الواحد الشتيوي → ``Abd al-Wahd al-Shtywi``; empty when no letter could be spelled."""
    words = []
    for word in name.split():
        spelled = romanise_word(normalise_word(word))
        if not spelled:
            continue
        if spelled.startswith("al-"):
            words.append("al-" + spelled[3:4].upper() + spelled[4:])
        else:
            words.append(spelled[:1].upper() + spelled[1:])
    return " ".join(words)


__all__ = ["romanise", "romanise_word"]
