"""A plain ascii spelling of an Arabic name, for the English name and id of an actor the analyst
adds without typing one: وليام بيرنز → ``Wlyam Birnz``, سالم بن عمران → ``Salem bin Omran``.

Arabic writes no short vowels, so this is no English spelling of the name, only a stable one: the
same normalised name gives the same letters (أ and ا, ة and ه alike), and the analyst corrects it
on the Lexicons page. The common name parts of ``data/language/name_spellings.csv`` take their usual
English forms (بن bin, عبد Abd, محمد Mohammed, with the article: الدين al-Din), also after a part
often written joined to them (عبدالواحد as عبد الواحد: Abd al-Wahid); no other word gets a vowel
its letters do not write (``Salm Bn Amran`` read oddly).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from analysis.arabic.text import normalise_word

SPELLINGS_FILE = Path(__file__).resolve().parents[2] / "data" / "language" / "name_spellings.csv"

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


@lru_cache(maxsize=4)
def name_spellings(path: Path = SPELLINGS_FILE) -> dict[str, str]:
    """The usual English forms of common name parts, by normalised Arabic word: ``{"بن": "bin"}``."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {normalise_word(row["arabic"].strip()): row["english"].strip()
                for row in csv.DictReader(handle) if (row.get("arabic") or "").strip() and (row.get("english") or "").strip()}


@lru_cache(maxsize=4)
def joining_parts(path: Path = SPELLINGS_FILE) -> frozenset[str]:
    """The name parts often written joined to the name after them (``joins`` is ``yes``: عبد, أبو),
    by normalised Arabic word: ``عبدالواحد`` is read as ``عبد الواحد``."""
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(normalise_word(row["arabic"].strip()) for row in csv.DictReader(handle)
                         if (row.get("joins") or "").strip().lower() == "yes" and (row.get("arabic") or "").strip())


def _listed(word: str, spellings: dict[str, str]) -> str:
    """A normalised word's usual form where the list has it (with the article: الدين → al-Din), else ""."""
    if word in spellings:
        return spellings[word]
    if word.startswith("ال") and word[2:] in spellings and len(word) > 3:
        listed = spellings[word[2:]]
        return "al-" + listed[:1].upper() + listed[1:]
    return ""


def _spelled(word: str, spellings: dict[str, str], joins: frozenset[str] = frozenset()) -> str:
    """One normalised word: its usual form where the list has it (with the article: الدين → al-Din),
    a joining part and a listed name written as one word as the two words (عبدالواحد → Abd al-Wahid,
    أبوبكر → Abu Bakr; read letter by letter they were "Abdalwahd", "Abubkr"), else its letters, each
    word capitalised and the article kept lowercase."""
    if listed := _listed(word, spellings):
        return listed
    for head in joins:
        if word.startswith(head) and head in spellings and (rest := _listed(word[len(head):], spellings)):
            return f"{spellings[head]} {rest}"
    spelled = romanise_word(word)
    if spelled.startswith("al-"):
        return "al-" + spelled[3:4].upper() + spelled[4:]
    return spelled[:1].upper() + spelled[1:]


def romanise(name: str, spellings: dict[str, str] | None = None) -> str:
    """An Arabic name in ascii letters: سالم بن عمران → ``Salem bin Omran`` (listed name parts in
    their usual form, ``spellings``, else :func:`name_spellings`), عبد الواحد الشتيوي → ``Abd
    al-Wahid al-Shtywi`` (an unlisted word by its letters); empty when no letter could be spelled."""
    joins = joining_parts() if spellings is None else frozenset()
    spellings = name_spellings() if spellings is None else spellings
    words = [spelled for word in name.split() if (spelled := _spelled(normalise_word(word), spellings, joins))]
    if words and words[0][:1].islower() and not words[0].startswith("al-"):
        words[0] = words[0][:1].upper() + words[0][1:]  # بن عمران → Bin Omran
    return " ".join(words)


__all__ = ["joining_parts", "name_spellings", "romanise", "romanise_word"]
