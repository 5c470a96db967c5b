"""Arabic text for matching: normalised form, tokens, sentences, and the offset map back.

Matching works on a normalised copy of the text; findings are reported as offsets into the
original, so the user only ever sees what the article says. Every normalisation step here is a
per-character replacement or deletion, which is what makes the offset map exact.

The replacement table is derived from camel-tools' own normalisers (alef forms, alef maqsura,
ta marbuta, dediacritisation) and tokens come from camel-tools' ``simple_word_tokenize``.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


TATWEEL = "\u0640"
# Zero-width and bidi control characters: invisible, and they split words for a naive matcher.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c\u202a\u202b\u202c\u202d\u202e\u00ad\u2066\u2067\u2068\u2069"
# Letters of Persian and Urdu that Arabic news pages carry in names: ی ک ۀ, and the letters for
# sounds Arabic lacks (ڤلاديمير، گ، پ، چ). Each becomes the Arabic letter outlets use most.
PERSIAN_LETTERS = {"ی": "ي", "ے": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه", "ڤ": "ف", "گ": "غ", "پ": "ب", "چ": "ج", "ژ": "ز", "ڨ": "ق"}
# Odd spaces (no-break, thin, ideographic, ...) become an ordinary space.
ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

SENTENCE_END = frozenset(".!?؟…")
OPENING_QUOTES = frozenset("“«‘")
CLOSING_QUOTES = frozenset("”»’")
STRAIGHT_QUOTES = frozenset('"')
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | STRAIGHT_QUOTES


# What camel-tools' dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar and
# normalize_teh_marbuta_ar do, as the characters they touch. Importing camel_tools.utils builds
# its Unicode character sets, 0.8 s of every process that analyses or only reads results;
# tests/arabic/test_text.py checks these give what camel-tools gives, character by character.
CAMEL_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"  # ً ٌ ٍ َ ُ ِ ّ ْ ٰ
CAMEL_LETTERS = {"\u0625": "\u0627", "\u0623": "\u0627", "\u0671": "\u0627", "\u0622": "\u0627",  # إ أ ٱ آ → ا
                 "\u0649": "\u064a", "\u0629": "\u0647"}  # ى → ي, ة → ه


def written_letter(written: str) -> str:
    """The last letter of a word as the text writes it, vowel marks and tatweel aside: ة where
    normalising made ه («حملةٌ» the noun, «حمّله» the verb with a pronoun)."""
    return written.rstrip(CAMEL_DIACRITICS + TATWEEL)[-1:]


def without_marks(written: str) -> str:
    """Text as written without vowel marks or tatweel, its letters kept: «للتسوَية» → «للتسوية»."""
    return "".join(char for char in written if char not in CAMEL_DIACRITICS and char != TATWEEL)


def _camel_normalise(char: str) -> str:
    """camel-tools' normalisation of one character: deleted, replaced or itself."""
    return "" if char in CAMEL_DIACRITICS else CAMEL_LETTERS.get(char, char)


_PRESENTATION_FORMS = list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00))


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Arabic, Arabic Supplement and Extended-A blocks: ask camel-tools what each character becomes.
    for code in list(range(0x0600, 0x0700)) + list(range(0x0750, 0x0780)) + list(range(0x08A0, 0x0900)):
        char = chr(code)
        mapped = _camel_normalise(char)
        if mapped != char:
            table[code] = mapped or None
    for char, letter in PERSIAN_LETTERS.items():
        table[ord(char)] = letter
    # Arabic-Indic and Persian digits are matched as ASCII digits: ٢٠٢٤ is 2024.
    for zero in (0x0660, 0x06F0):
        for digit in range(10):
            table[zero + digit] = str(digit)
    # Presentation forms (ﺍﻟﺴﻼﻡ from old PDFs and pages) are the letters they draw. The ligatures
    # that draw several letters (ﻻ, ﷲ) are expanded separately, see _EXPANSIONS.
    for code in _PRESENTATION_FORMS:
        letters = unicodedata.normalize("NFKC", chr(code))
        if len(letters) == 1 and letters != chr(code):
            mapped = _camel_normalise(letters)
            table[code] = mapped if len(mapped) == 1 else letters
    table[ord(TATWEEL)] = None
    for char in INVISIBLE:
        table[ord(char)] = None
    for char in ODD_SPACES:
        table[ord(char)] = " "
    # A replacement is final: ﮎ (a presentation form of ک) → ک → ك in one step.
    for code, value in list(table.items()):
        seen = set()
        while value is not None and ord(value) in table and ord(value) not in seen and ord(value) != code:
            seen.add(ord(value))
            value = table[ord(value)]
        table[code] = value
    # Only 1:1 replacements or deletions keep the offset map exact.
    assert all(value is None or len(value) == 1 for value in table.values())
    return table


_TABLE = _build_table()


def _build_expansions() -> dict[str, str]:
    """The presentation-form ligatures that draw several letters, each to its normalised letters:
    ﻻ → لا, ﻷ → لا, ﷲ → الله. Pages typed with an old keyboard or copied from a PDF write
    «ﻻفروف» for لافروف. Ligatures of letters and spaces or vowels (ﷺ, ﱞ) are left as they are."""
    expansions = {}
    for code in _PRESENTATION_FORMS:
        letters = unicodedata.normalize("NFKC", chr(code))
        if len(letters) > 1 and all(unicodedata.category(char)[0] == "L" for char in letters):
            mapped = "".join(_TABLE.get(ord(char), char) or "" for char in letters)
            expansions[chr(code)] = mapped
    return expansions


# One character of the text becomes several of the normalised text: the offset map gives each of
# them the ligature's offset (NormalisedText.original_offsets).
_EXPANSIONS = _build_expansions()
_EXPANDING_RE = re.compile("[" + "".join(_EXPANSIONS) + "]")
_DELETED = "".join(chr(code) for code, value in _TABLE.items() if value is None)
# "\r" is deleted only before "\n" (CRLF → LF); a lone "\r" is a line break of its own.
_DELETED_RE = re.compile("[" + re.escape(_DELETED) + "]|\r(?=\n)")
_LONE_CR_TABLE = {ord("\r"): "\n"}
# Tatweel standing alone between spaces is a dash, not a stretched letter: «روسيا اليوم ـ أعلنت»
# credits the outlet, and deleting it would make the outlet the verb's subject. Each becomes "-"
# (one character for one, so offsets stay exact) before the other tatweels are deleted.
_LONE_TATWEEL_RE = re.compile(f"(?<!\\S){TATWEEL}+(?!\\S)")


def _lone_tatweel_as_dash(text: str) -> str:
    if TATWEEL not in text:
        return text
    return _LONE_TATWEEL_RE.sub(lambda match: "-" * len(match.group()), text)
_ATTACHED = frozenset(chr(code) for code, value in _TABLE.items() if value is None and chr(code) not in INVISIBLE)


# The 1:1 replacements of the table. str.translate looks every character up in a dict, which
# profiling showed is slow on Arabic text; a str.replace per character that occurs (most never
# do) is eight times faster, and the same since no replacement is itself replaced: أ → ا.
_REPLACEMENTS = tuple((chr(code), value) for code, value in _TABLE.items() if value is not None)
assert not {value for _, value in _REPLACEMENTS} & {char for char, _ in _REPLACEMENTS}
assert not {char for value in _EXPANSIONS.values() for char in value} & {char for char, _ in _REPLACEMENTS}


# The same replacements as one table, for short strings: str.translate pays per character, the
# str.replace loop per replacement (293 of them), so a word (والأمم: 0.7 µs against 7 µs) or a
# line is faster by table and an article by the loop; they cross near 128 characters.
_SHORT = 128
_SHORT_TABLE = {ord(char): replacement for char, replacement in _REPLACEMENTS + tuple(_EXPANSIONS.items())} | _LONE_CR_TABLE


def normalise(text: str) -> str:
    """The matching form of ``text`` (same as ``NormalisedText(text).norm``)."""
    text = _DELETED_RE.sub("", _lone_tatweel_as_dash(text))
    if len(text) < _SHORT:  # what is left of "\r" is a lone one, as below
        return text.translate(_SHORT_TABLE)
    for char, replacement in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, replacement)
    if "\r" in text:  # what is left of "\r" is a lone one (CRLF lost theirs above)
        text = text.translate(_LONE_CR_TABLE)
    if _EXPANDING_RE.search(text):  # one scan, not one per ligature: most texts have none
        text = _EXPANDING_RE.sub(lambda match: _EXPANSIONS[match.group()], text)
    return text


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> str:
    """``normalise`` for a lexicon entry or a search term; cached because lexicons repeat."""
    return " ".join(normalise(word).split())


def has_arabic(text: str) -> bool:
    """True when ``text`` contains at least one Arabic letter."""
    return any("\u0621" <= char <= "\u064a" or "\u0671" <= char <= "\u06d3" for char in text)


@dataclass(frozen=True, slots=True, init=False)
class Token:
    """A token of the normalised text: ``norm`` is its matching form, ``start``/``end`` are
    offsets into the ORIGINAL text."""

    index: int
    norm: str
    start: int
    end: int
    is_word: bool

    def __init__(self, index: int, norm: str, start: int, end: int, is_word: bool):
        # A text makes one Token per word and punctuation mark. The __init__ dataclass writes
        # for a frozen class (object.__setattr__ per field) took 1.7 µs a token, half of
        # tokenize; setting the slots through their descriptors is three times faster, and
        # Token stays frozen, hashable and comparable as before.
        _SET_TOKEN_INDEX(self, index)
        _SET_TOKEN_NORM(self, norm)
        _SET_TOKEN_START(self, start)
        _SET_TOKEN_END(self, end)
        _SET_TOKEN_IS_WORD(self, is_word)


_SET_TOKEN_INDEX, _SET_TOKEN_NORM, _SET_TOKEN_START, _SET_TOKEN_END, _SET_TOKEN_IS_WORD = (
    Token.__dict__[name].__set__ for name in ("index", "norm", "start", "end", "is_word")
)


@dataclass(frozen=True)
class Sentence:
    """A sentence: offsets into the original text and the range of its tokens."""

    sentence_id: int
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


class NormalisedText:
    """The normalised form of a text and the map from its offsets back to the original's."""

    def __init__(self, text: str):
        self.text = text
        self.norm = normalise(text)
        # Original positions of deleted characters; a normalised offset j maps to the original
        # offset j + (number of deletions at or before it), found by bisection.
        # The text with its lone tatweels as dashes (same length): what was deleted, and what a
        # span's end may take in (a stretched letter's tatweel, not a dash after a space).
        self.dashed = _lone_tatweel_as_dash(text)
        self._deleted = [match.start() for match in _DELETED_RE.finditer(self.dashed)]
        # Ligatures that became several letters (rare: one regex scan finds none in most texts).
        self._expanded = [match.start() for match in _EXPANDING_RE.finditer(text)] if _EXPANDING_RE.search(text) else []
        self._offsets: list[int] | None = None

    def original_offsets(self) -> list[int] | None:
        """``to_original(j)`` for every offset ``j`` of the normalised text, or None when no
        character was deleted or expanded (every offset is its own)."""
        if not self._deleted and not self._expanded:
            return None
        if self._offsets is None:
            kept = bytearray(b"\x01") * len(self.text)
            for position in self._deleted:
                kept[position] = 0
            offsets = list(compress(range(len(self.text)), kept))
            if self._expanded:
                # each letter of an expanded ligature points at the ligature: ﻻ → ل and ا, both at its offset
                text, repeated = self.text, []
                for offset in offsets:
                    repeated.extend([offset] * len(_EXPANSIONS.get(text[offset], "_")))
                offsets = repeated
            self._offsets = offsets
        return self._offsets

    def to_original(self, norm_offset: int) -> int:
        """Original offset of the character at ``norm_offset`` in the normalised text."""
        if self._expanded:
            return self.original_offsets()[norm_offset]
        deleted = self._deleted
        if not deleted:
            return norm_offset
        position = norm_offset
        # Each deletion at or before the candidate position pushes it one further right.
        count = bisect.bisect_right(deleted, position)
        while True:
            candidate = norm_offset + count
            new_count = bisect.bisect_right(deleted, candidate)
            if new_count == count:
                return candidate
            count = new_count

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end).

        The end is extended over diacritics and tatweel that were deleted right after the last
        character, so that ``لافروفُ`` is found whole rather than without its final vowel.
        """
        original_start = self.to_original(start)
        original_end = self.to_original(end - 1) + 1
        text = self.dashed
        while original_end < len(text) and text[original_end] in _ATTACHED:
            original_end += 1
        return original_start, original_end


def tokenize(normalised: NormalisedText) -> list[Token]:
    """Tokens of the text (camel-tools' ``simple_word_tokenize``), with original offsets."""
    norm, text = normalised.norm, normalised.dashed
    # The original offset of every normalised character, built in C by compress(): the same
    # as to_original(j) for each j, without bisecting once per token (profiling showed
    # span_to_original was a fifth of tokenize). None when nothing was deleted: the identity.
    original = normalised.original_offsets()
    tokens: list[Token] = []
    index = 0
    # simple_word_tokenize splits each whitespace-separated word on its own, so tokenising word
    # by word (cached, see _word_pieces) gives the same pieces, and each word's offset is known.
    for word in _WORD_RE.finditer(norm):
        position = word.start()
        for piece, length, is_word in _word_pieces(word.group()):
            end = position + length
            if original is None:
                tokens.append(Token(index, piece, position, end, is_word))
            else:
                # As span_to_original: the end takes the diacritics deleted right after it.
                original_end = original[end - 1] + 1
                while original_end < len(text) and text[original_end] in _ATTACHED:
                    original_end += 1
                tokens.append(Token(index, piece, original[position], original_end, is_word))
            index += 1
            position = end
    return tokens


# The words ``str.split()`` yields, with their offsets: ``\s`` is the same set of characters.
_WORD_RE = re.compile(r"\S+")
# A word of Arabic letters only (ء..غ, ف..ي) holds nothing simple_word_tokenize would split
# off (punctuation, symbols, emoji), so it is a token as it stands: most words are like this.
_PLAIN_WORD_RE = re.compile("[\u0621-\u063a\u0641-\u064a]+")


@lru_cache(maxsize=1 << 17)
def _word_pieces(word: str) -> tuple[tuple[str, int, bool], ...]:
    """(piece, length, is_word) for each piece of ``simple_word_tokenize(word)``, ``word``
    holding no whitespace. Cached, since news repeats its words: profiling showed camel-tools'
    per-character regex loop was a third of ``prepare``."""
    if _PLAIN_WORD_RE.fullmatch(word):
        return ((word, len(word), _is_word(word)),)
    # imported here, not at the top: camel-tools builds its character sets on import (0.8 s),
    # which a process that only reads stored results never needs
    from camel_tools.tokenizers.word import simple_word_tokenize
    return tuple((piece, len(piece), _is_word(piece)) for piece in simple_word_tokenize(word))


def _is_word(piece: str) -> bool:
    return len(piece) > 1 or unicodedata.category(piece)[0] in "LN"


def split_sentences(text: str, tokens: list[Token], *, body_start: int = 0) -> list[Sentence]:
    """Sentences from tokens: a sentence ends at . ! ? ؟ … (not a decimal point), at a line
    break, and takes a closing quotation mark that follows its full stop (``"…كامل".``).

    Tokens before ``body_start`` (a dateline) belong to no sentence.
    """
    sentences: list[Sentence] = []
    before_break = _tokens_before_breaks(text, tokens)
    first = next((i for i, token in enumerate(tokens) if token.start >= body_start), len(tokens))
    i = first
    while i < len(tokens):
        token = tokens[i]
        is_last = i + 1 == len(tokens)
        ends = False
        if token.norm in SENTENCE_END and not _is_decimal_point(text, tokens, i) and not _is_title_abbreviation(text, tokens, i):
            ends = True
            # absorb a run of closing punctuation: ..." or ؟» or ...
            while i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end and (
                tokens[i + 1].norm in SENTENCE_END or tokens[i + 1].norm in CLOSING_QUOTES
                or tokens[i + 1].norm in STRAIGHT_QUOTES
            ):
                i += 1
        if not is_last and not ends and i in before_break:
            ends = True
        if ends or i + 1 == len(tokens):
            sentences.append(Sentence(len(sentences) + 1, tokens[first].start, tokens[i].end, first, i + 1))
            first = i + 1
        i += 1
    return sentences


# Words a sentence never ends on (normalised): a line break after one is inside a sentence, as
# in a paragraph a page broke in two: "…الحصار المفروض على" / "الحقول النفطية ووقف تصديره".
_NEVER_LAST = frozenset(
    "في من الي علي عن مع بين حول عبر لدي ضد نحو منذ تجاه بشان خلال ان انه انها الذي التي الذين و او ثم لكن بل حتي الا لان".split()
) | {"،", ","}  # a comma: "كشف فيرشينين، اليوم الاثنين،" / "عن أن روسيا ستركز…", a paragraph pasted in two
# A run of at least this many lines, most of them ending without a full stop, three in four at most
# HARD_WRAP_WIDTH characters and none longer than HARD_WRAP_LIMIT, is one paragraph hard-wrapped
# (text copied from a PDF, an e-mail, some sites' plain-text view, a forum's copy wrapped at the
# width its editor showed): its line breaks are spaces unless a sentence ends there. A line wrapped
# by a window rather than a fixed count of characters runs a word or two past the others
# ("…وأكد المتحدث باسم الكرملين دميتري بيسكوف للصحفيين اليوم أن موسكو" at 110 beside lines of 60–90).
HARD_WRAP_LINES = 4
HARD_WRAP_WIDTH = 100
HARD_WRAP_LIMIT = 160
_ENDS_SENTENCE = re.compile(r"[.!?؟…][\"”»’)]*\s*\Z")


def _tokens_before_breaks(text: str, tokens: list[Token]) -> set[int]:
    """Indices of the tokens with a line break between them and the next token that ends a sentence.

    A break after a word no sentence ends on (:data:`_NEVER_LAST`), or inside a hard-wrapped
    paragraph (:func:`_wrapped_breaks`), does not. Found from the breaks, a few per text, rather
    than by slicing the gap after every token (which profiling showed was most of split_sentences).
    """
    if "\n" not in text:
        return set()
    starts = [token.start for token in tokens]
    wrapped = _wrapped_breaks(text)
    found = set()
    position = text.find("\n")
    while position != -1:
        index = bisect.bisect_right(starts, position) - 1  # the last token starting before it
        if (
            0 <= index < len(tokens) - 1 and tokens[index].end <= position
            and position not in wrapped and tokens[index].norm not in _NEVER_LAST
        ):
            found.add(index)
        position = text.find("\n", position + 1)
    return found


def _wrapped_breaks(text: str) -> set[int]:
    """Offsets of the line breaks inside hard-wrapped paragraphs that end no sentence.

    A block of consecutive non-empty lines (one break between each) is hard-wrapped when it has
    at least :data:`HARD_WRAP_LINES` lines, three in four of them no longer than
    :data:`HARD_WRAP_WIDTH` and none longer than :data:`HARD_WRAP_LIMIT`, and most of them end
    without a full stop; a paragraph per line, as pages give them, has long lines that end in one.
    One pass over the lines.
    """
    soft: set[int] = set()
    block: list[tuple[int, bool]] = []  # (offset of the break after the line, the line ends a sentence)
    wide, overlong = 0, False  # the block's lines longer than HARD_WRAP_WIDTH; one longer than HARD_WRAP_LIMIT
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if line.strip():
            block.append((end, _ENDS_SENTENCE.search(line) is not None))
            width = len(line.strip())
            wide += width > HARD_WRAP_WIDTH
            overlong = overlong or width > HARD_WRAP_LIMIT
        else:
            _keep_wrapped(block, wide, overlong, soft)
            block, wide, overlong = [], 0, False
        offset = end + 1
    _keep_wrapped(block, wide, overlong, soft)
    return soft


def _keep_wrapped(block: list[tuple[int, bool]], wide: int, overlong: bool, soft: set[int]) -> None:
    open_lines = sum(not ends for _, ends in block[:-1])
    if not overlong and len(block) >= HARD_WRAP_LINES and wide * 4 <= len(block) and open_lines * 2 > len(block) - 1:
        soft.update(position for position, ends in block[:-1] if not ends)


# «د.» abbreviates الدكتور before a name: «وقال د. محمد الزاهي إن …» is one sentence, not «وقال د.»
# (which spoke as «د»). Only د: «م.» after an hour (الساعة 8 م.) ends its sentence.
TITLE_ABBREVIATIONS = frozenset({"د"})


def _is_title_abbreviation(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the full stop at ``i`` closes a title's abbreviation (د.) written against it, with
    a word after it on the same line."""
    token = tokens[i]
    if token.norm != "." or i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if before.end != token.start or before.norm not in TITLE_ABBREVIATIONS or not after.is_word:
        return False
    if i >= 2 and tokens[i - 2].end == before.start:
        return False  # the letter ends a longer token: a word, not an abbreviation
    return "\n" not in text[token.end:after.start]


def _is_decimal_point(text: str, tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if token.norm != "." or i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return before.end == token.start and after.start == token.end and before.norm[-1:].isdigit() and after.norm[:1].isdigit()


# A dateline names the outlet (or the place and the outlet) before the article's first words; it
# is metadata, not a sentence, and its place is no mention. The forms outlets use:
# - a first line ending in a dash or colon: "العربي الجديد-", "طرابلس (رويترز) -";
_DATELINE_RE = re.compile(r"\A[ \t\ufeff]*(?P<line>[^\n.!?؟:\-–—]{2,60}?)[ \t]*[-–—:][ \t]*(?:\r?\n|\Z)")
# A place, a dash and an outlet: one or two words, then one to three ("بورتسودان – صقر الجديان").
_WORD = r"[^\s.!?؟:\-–—()]+"
_PLACE_DASH_OUTLET = rf"{_WORD}(?:[ \t]{_WORD})?[ \t]*[-–—][ \t]*{_WORD}(?:[ \t]{_WORD}){{0,2}}"
# - a first line that is a place, a dash and an outlet, alone: "الخرطوم- الصيحة", "موسكو - سبوتنيك";
# - a one-word place, a dash and an outlet before the first sentence on its line, closed by a full
#   stop: "موسكو- سبوتنيك. وقال …";
# - a place and a bracketed outlet before the first sentence, closed by a dash or colon:
#   "طرابلس (رويترز) - قال …", "موسكو-28 مارس 2023م (وام) -- أكد …".
_DATELINE_PATTERNS = (
    _DATELINE_RE,
    re.compile(rf"\A[ \t\ufeff]*(?P<line>{_PLACE_DASH_OUTLET})[ \t]*\r?\n"),
    re.compile(rf"\A[ \t\ufeff]*(?P<line>{_WORD}[ \t]*[-–—][ \t]*{_WORD}(?:[ \t]{_WORD})?)[ \t]*\.[ \t]+"),
    re.compile(r"\A[ \t\ufeff]*(?P<line>[^\n.!?؟:()]{2,40}?[ \t]*\([^()\n]{2,30}\))[ \t]*[-–—:]+[ \t]*"),
)
DATELINE_WORDS = 6


def find_dateline(text: str) -> tuple[str, int]:
    """The dateline at the start of ``text`` and where the body starts after it.

    Returns ``("", 0)`` when the text has none. A dateline has at most six words, so a first
    sentence that happens to end in a colon is not mistaken for one.
    """
    for pattern in _DATELINE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        line = match.group("line").strip()
        if len(line.split()) > DATELINE_WORDS or not has_arabic(line) and not line.isascii():
            continue
        if _introduces_quotation(text, match):
            continue
        return line, match.end()
    return "", 0


def _introduces_quotation(text: str, match: re.Match[str]) -> bool:
    """Whether a short first line ending in a colon opens the quotation on the next line: it is the
    sentence that says who speaks, not an outlet's name (قالت زاخاروفا في مؤتمر صحفي:\n"بحث …")."""
    if not match.group(0).rstrip().endswith(":"):
        return False
    after = text[match.end():match.end() + QUOTATION_LOOKAHEAD].lstrip()
    return after[:1] in OPENING_QUOTES or after[:1] in STRAIGHT_QUOTES


QUOTATION_LOOKAHEAD = 8  # characters after the line where the quotation mark may stand (blank lines)


_DASH_RE = re.compile(r"\s*[-–—]\s*")
_BRACKETED_RE = re.compile(r"[(\[]\s*([^()\[\]]+?)\s*[)\]]")


def dateline_outlet(dateline: str) -> str:
    """The outlet a dateline names: the bracketed part of "طرابلس (رويترز)", the part after the
    dash of "الخرطوم- الصيحة" (the place comes first, by the outlets' convention), else the whole
    line ("العربي الجديد")."""
    bracketed = _BRACKETED_RE.search(dateline)
    if bracketed:
        return bracketed.group(1)
    parts = _DASH_RE.split(dateline, maxsplit=1)
    return parts[1] if len(parts) == 2 and parts[1] else dateline


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included: "…", “…”, «…».

    Straight quotes pair up in order; a quotation left open ends with its line, since a
    reporter who forgets to close a quote has still opened one. A line of a hard-wrapped
    paragraph (:func:`_wrapped_breaks`) that ends no sentence ends no quotation either: in
    «وقال المبعوث "نحن مستعدون للعمل ⏎ كوسطاء. روسيا مستعدة للمساعدة ⏎ بأي شكل."» the last two
    lines are still quoted.
    """
    spans: list[tuple[int, int]] = []
    wrapped: set[int] | None = None  # the soft breaks, found the first time a quotation meets a break
    open_at: int | None = None
    closer = ""
    reversed_end = -1  # where a name set off by reversed marks ends
    for match in _QUOTE_OR_BREAK_RE.finditer(text):
        char, position = match.group(), match.start()
        if position < reversed_end:
            continue
        if open_at is None:
            if char == "”":
                # الناقلة ”ميكانيك تشيبوتاريف“ التي: some outlets set a name off with the marks
                # reversed; the “ after it closes the name and opens no quotation to the line's end.
                # Only a short stretch with no other mark or comma is such a name (bounded look-ahead).
                turned = text.find("“", position + 1, position + 2 + REVERSED_NAME_CHARS)
                if turned > 0 and _QUOTE_OR_BREAK_RE.search(text, position + 1, turned) is None and not any(
                        mark in text[position + 1:turned] for mark in "،,.:؛"):
                    spans.append((position, turned + 1))
                    reversed_end = turned + 1
                continue
            if char != "\n" and char not in CLOSING_QUOTES:
                open_at, closer = position, _CLOSER[char]
        elif char == closer:
            spans.append((open_at, position + 1))
            open_at = None
        elif char == "\n":
            if wrapped is None:
                wrapped = _wrapped_breaks(text)
            if position in wrapped:
                continue
            spans.append((open_at, position))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


_CLOSER = {"“": "”", "«": "»", "‘": "’", '"': '"'}
REVERSED_NAME_CHARS = 40  # the longest name set off by reversed marks (”أنباء الشرق الأوسط“)
_QUOTE_OR_BREAK_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "\n]")


def in_spans(position: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span containing ``position``, or None. ``spans`` is sorted and non-overlapping."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    if index >= 0 and spans[index][0] <= position < spans[index][1]:
        return spans[index]
    return None


@dataclass(frozen=True)
class PreparedText:
    """Everything the analysers need about one text, computed once."""

    text: str
    normalised: NormalisedText
    tokens: list[Token]
    sentences: list[Sentence]
    dateline: str
    body_start: int
    quotes: list[tuple[int, int]]
    sentence_of_token: list[int]  # sentence_id per token, 0 for tokens in no sentence

    @property
    def n_words(self) -> int:
        """Word tokens in the analysed sentences (punctuation excluded)."""
        return sum(
            1 for sentence in self.sentences for token in self.tokens[sentence.first_token:sentence.last_token] if token.is_word
        )


def prepare(text: str) -> PreparedText:
    """Normalise, tokenise, find the dateline, split sentences and find quotations."""
    normalised = NormalisedText(text)
    tokens = tokenize(normalised)
    dateline, body_start = find_dateline(text)
    sentences = split_sentences(text, tokens, body_start=body_start)
    sentence_of_token = [0] * len(tokens)
    for sentence in sentences:
        for index in range(sentence.first_token, sentence.last_token):
            sentence_of_token[index] = sentence.sentence_id
    return PreparedText(text, normalised, tokens, sentences, dateline, body_start, quote_spans(text), sentence_of_token)
