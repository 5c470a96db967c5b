"""A realistic, reproducible corpus of any size: many outlets, two years, a vocabulary that grows.

``bench/corpus.py`` deals the seeds' own sentences, so its vocabulary stops at the seeds' 442
words; a year of real coverage keeps meeting new words. This generator writes new text instead:

- **Words follow real Arabic frequencies.** Filler words are drawn by rank from a
  Zipf–Mandelbrot law, ``p(r) ∝ (r + 2.7) ** -1.25`` (the exponent chosen so that the
  vocabulary grows with a Heaps exponent near 0.7 here: Arabic's clitics keep making new forms),
  over ``data/language/common_words.txt`` (wordfreq 3.1.1's Arabic list, most frequent first, in
  the normalised spelling Marsad matches on: ة is written ه). Ranks past the list's end are
  the rarer clitic and suffixed forms of its words (وبالاتفاق, حكومتهم), so the vocabulary
  keeps growing with the corpus as Heaps' law says (``V ≈ K·N^β``; ``python -m bench.realistic
  --heaps`` prints the fit).
- **Sentences are built around real constructions**, from the shipped lexicon (``data/``): a
  reporting cue, then a speaker (a name, a title valid on the article's date followed by the
  name, or an institution), then ``إن``/``أن`` and a clause; evaluative statements (رحب, حذر,
  انتقد …) with an actor or topic as target; narration naming actors and topic terms.
- **Outlets differ.** 24 outlets with a skewed share of the articles, each with its own
  favourite speakers and its own lean towards positive or negative cues.
- **Dates** cover 2023–2024, with bursts of coverage around a few event days; one article in
  a hundred is undated (views must count those, not drop them).

Nothing is copied from web pages; the same ``n`` and ``seed`` always give the same articles.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from analysis.corpus.documents import Document
from analysis.lexicon.read import DATA_DIR, Lexicon, load_lexicon

SEED = 20261202
FIRST_DAY, DAYS = date(2023, 1, 1), 731
COMMON_WORDS = DATA_DIR / "language" / "common_words.txt"
# Zipf–Mandelbrot parameters for word ranks (Mandelbrot 1953); see the module's docstring.
ZIPF_S, ZIPF_Q = 1.25, 2.7
# Rare forms beyond the list: a proclitic and a suffix on a listed word (و+بال+اتفاق+ها).
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب")
SUFFIXES = ("", "ها", "هم", "هما", "كم", "نا", "ه", "ي", "ات", "ين")
UNDATED_SHARE = 0.01
EVENT_SHARE = 0.25  # articles written around one of the event days
OUTLETS = (
    "العربي الجديد", "سبوتنيك عربي", "روسيا اليوم", "الجزيرة نت", "العربية نت", "الشرق الأوسط",
    "بوابة الوسط", "ليبيا الأحرار", "عين ليبيا", "المرصد الليبي", "القدس العربي", "اندبندنت عربية",
    "سكاي نيوز عربية", "فرانس 24", "بي بي سي عربي", "الحرة", "الأناضول", "وكالة الأنباء الليبية",
    "الشروق", "الأهرام", "النهار العربي", "إرم نيوز", "الخليج", "المشهد الليبي",
)
# Speakers written with feminine verbs (قالت, أكدت): in this generator only, by actor id.
FEMININE = frozenset({"zakharova", "mangoush", "williams", "koury", "tetteh"})


@dataclass(frozen=True)
class _Speaker:
    actor_id: str
    names: tuple[str, ...]  # name_ar and name aliases
    titles: tuple[tuple[str, date | None, date | None], ...]
    feminine: bool


class Vocabulary:
    """Words drawn by Zipf–Mandelbrot rank; ranks past the list are clitic and suffixed forms."""

    def __init__(self, words: list[str], rng: np.random.Generator):
        self.words = words
        self.rng = rng
        self.forms = len(PROCLITICS) * len(SUFFIXES)
        size = len(words) * self.forms
        weights = (np.arange(1, size + 1, dtype=np.float64) + ZIPF_Q) ** -ZIPF_S
        self.cumulative = np.cumsum(weights)
        self.cumulative /= self.cumulative[-1]
        self._pool: list[int] = []

    def word(self) -> str:
        if not self._pool:
            self._pool = np.searchsorted(self.cumulative, self.rng.random(65536)).tolist()
        rank = self._pool.pop()
        if rank < len(self.words):
            return self.words[rank]
        # rank → (form, word): every rank is a distinct string, rarer ranks rarer forms.
        form, base = divmod(rank, len(self.words))
        return inflect(self.words[base], PROCLITICS[form % len(PROCLITICS)], SUFFIXES[form // len(PROCLITICS)])

    def clause(self, rng: random.Random, low: int = 5, high: int = 16) -> str:
        return " ".join(self.word() for _ in range(rng.randint(low, high)))


def inflect(word: str, prefix: str, suffix: str) -> str:
    """``word`` with a proclitic and a suffix, spelled as Arabic joins them: ل + ال → لل
    (للاتفاق), no pronoun on a word with the article, ة (written ه in the list) → ت before a
    suffix (حكومه + هم → حكومتهم), and ات replacing it (حكومات)."""
    if word.startswith("و"):
        prefix = ""  # the word already carries و: no second clitic
    if word.startswith("ال"):
        suffix = ""
        if prefix.endswith("ل"):
            prefix, word = prefix[:-1] + "ل", word[1:]  # ل + الاتفاق → للاتفاق
    if suffix and word.endswith("ه"):
        word = word[:-1] if suffix == "ات" else word[:-1] + "ت"
    return prefix + word + suffix


def common_words(path: Path = COMMON_WORDS) -> list[str]:
    """The frequency list, most frequent first (comment lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


class Generator:
    """Articles from the lexicon's actors, titles, cues and topics and the frequency list."""

    def __init__(self, lexicon: Lexicon, *, seed: int = SEED):
        self.rng = random.Random(seed)
        self.vocabulary = Vocabulary(common_words(), np.random.Generator(np.random.PCG64(seed)))
        persons, institutions = [], []
        for actor in lexicon.actors.values():
            names = [actor.name_ar] + [a.alias for a in lexicon.aliases if a.actor_id == actor.actor_id and a.kind == "name"]
            titles = [(a.alias, a.valid_from, a.valid_to) for a in lexicon.aliases if a.actor_id == actor.actor_id and a.kind == "title"]
            speaker = _Speaker(actor.actor_id, tuple(names), tuple(titles), actor.actor_id in FEMININE)
            (persons if actor.type == "person" else institutions).append(speaker)
        self.persons, self.institutions = persons, institutions
        # Verb pairs (قال, قالت) by polarity: a masculine past form whose +ت form is listed too.
        listed = {c.cue for c in lexicon.cues if c.cue_type == "reporting"}
        self.verbs: dict[str, list[tuple[str, str]]] = {"neutral": [], "positive": [], "negative": []}
        for cue in lexicon.cues:
            if cue.cue_type == "reporting" and cue.cue + "ت" in listed and " " not in cue.cue:
                self.verbs[cue.polarity].append((cue.cue, cue.cue + "ت"))
        self.topic_terms = [term for _, term in lexicon.topics]
        self.outlets = [self._outlet(name) for name in OUTLETS]
        self.outlet_weights = [1 / (i + 1) ** 0.8 for i in range(len(OUTLETS))]
        self.events = [FIRST_DAY + timedelta(days=self.rng.randrange(DAYS)) for _ in range(8)]

    def _outlet(self, name: str) -> dict:
        """An outlet's favourite speakers (a Zipf order over all persons) and its lean."""
        order = self.persons[:]
        self.rng.shuffle(order)
        lean = self.rng.choice((0.25, 0.4, 0.5, 0.6, 0.75))  # chance an evaluative cue is positive
        return {"name": name, "speakers": order, "weights": [1 / (i + 1) for i in range(len(order))], "lean": lean}

    # -- pieces ------------------------------------------------------------------------------

    def _speaker_phrase(self, outlet: dict, day: date | None) -> tuple[str, bool]:
        """Who speaks, as an article names them, and whether the verb is feminine."""
        if self.rng.random() < 0.2:
            institution = self.rng.choice(self.institutions)
            return self.rng.choice(institution.names), True  # الخارجية الروسية أكدت: feminine
        person = self.rng.choices(outlet["speakers"], outlet["weights"])[0]
        name = self.rng.choice(person.names)
        valid = [t for t, start, end in person.titles if day is None or ((start is None or start <= day) and (end is None or day <= end))]
        roll = self.rng.random()
        if valid and roll < 0.45:
            name = f"{self.rng.choice(valid)} {name}"  # title + name
        elif valid and roll < 0.55:
            name = self.rng.choice(valid)  # the title alone
        return name, person.feminine

    def _verb(self, polarity: str, feminine: bool) -> str:
        masculine, feminine_form = self.rng.choice(self.verbs[polarity])
        return feminine_form if feminine else masculine

    def _target(self) -> str:
        if self.rng.random() < 0.5:
            return self.rng.choice(self.rng.choice(self.institutions + self.persons).names)
        return self.rng.choice(self.topic_terms)

    def _narration(self) -> str:
        words = self.vocabulary.clause(self.rng, 8, 22).split()
        for _ in range(self.rng.choice((0, 1, 1, 2))):
            names = self.rng.choice(self.institutions + self.persons).names
            words.insert(self.rng.randrange(len(words) + 1), self.rng.choice(names))
        if self.rng.random() < 0.45:
            words.insert(self.rng.randrange(len(words) + 1), self.rng.choice(self.topic_terms))
        return " ".join(words) + "."

    def _sentence(self, outlet: dict, day: date | None) -> str:
        kind = self.rng.random()
        conj = self.rng.choice(("و", "و", "و", ""))
        if kind < 0.30:  # وقال وزير الخارجية الروسي سيرغي لافروف إن …
            speaker, feminine = self._speaker_phrase(outlet, day)
            verb = self._verb("neutral", feminine)
            that = "إن" if verb.startswith("قال") else "أن"
            topic = f" {self.rng.choice(self.topic_terms)}" if self.rng.random() < 0.35 else ""
            return f"{conj}{verb} {speaker} {that} {self.vocabulary.clause(self.rng)}{topic}."
        if kind < 0.45:  # ورحب المجلس الرئاسي بالاتفاق … / وحذر حفتر من …
            speaker, feminine = self._speaker_phrase(outlet, day)
            polarity = "positive" if self.rng.random() < outlet["lean"] else "negative"
            verb = self._verb(polarity, feminine)
            return f"{conj}{verb} {speaker} {self._target()} {self.vocabulary.clause(self.rng, 3, 10)}."
        if kind < 0.52:  # quotation: قال لافروف: "…".
            speaker, feminine = self._speaker_phrase(outlet, day)
            return f'{conj}{self._verb("neutral", feminine)} {speaker}: "{self.vocabulary.clause(self.rng)}".'
        if kind < 0.85:
            return self._narration()
        return self.vocabulary.clause(self.rng, 6, 18) + "."

    def _day(self) -> date | None:
        roll = self.rng.random()
        if roll < UNDATED_SHARE:
            return None
        if roll < UNDATED_SHARE + EVENT_SHARE:  # a burst of coverage after an event
            day = self.rng.choice(self.events) + timedelta(days=int(self.rng.expovariate(1 / 4)))
            return min(day, FIRST_DAY + timedelta(days=DAYS - 1))
        return FIRST_DAY + timedelta(days=self.rng.randrange(DAYS))

    def article(self, number: int) -> Document:
        outlet = self.rng.choices(self.outlets, self.outlet_weights)[0]
        day = self._day()
        sentences = [self._sentence(outlet, day) for _ in range(self.rng.randint(10, 30))]
        paragraphs, start = [], 0
        while start < len(sentences):
            size = self.rng.randint(1, 4)
            paragraphs.append(" ".join(sentences[start:start + size]))
            start += size
        title = self.vocabulary.clause(self.rng, 4, 9)
        return Document(
            f"real_{number:06d}", "\n".join(paragraphs) + "\n", title=title, outlet=outlet["name"],
            date=day.isoformat() if day else "", source="bench",
        )


def generate(n: int, *, seed: int = SEED, lexicon: Lexicon | None = None) -> list[Document]:
    """``n`` articles (``real_000001`` …), the same for the same ``n`` and ``seed``.

    Args:
        n: how many articles.
        seed: the generator's seed; the default gives the benchmark's corpus.
        lexicon: the lexicon whose actors, titles, cues and topics the text uses (default: ``data/``).
    """
    generator = Generator(lexicon or load_lexicon(DATA_DIR), seed=seed)
    documents, texts = [], set()
    while len(documents) < n:
        doc = generator.article(len(documents) + 1)
        if doc.text not in texts:  # the store rejects a duplicate text
            texts.add(doc.text)
            documents.append(doc)
    return documents


def heaps(documents: list[Document], points: int = 8) -> tuple[list[tuple[int, int]], float, float]:
    """Vocabulary size after N words at ``points`` sizes, and the fit ``V = K·N^β`` (K, β)."""
    total = sum(len(doc.text.split()) for doc in documents)
    marks = sorted({max(1, int(total * 2 ** -i)) for i in range(points)})
    seen, count, curve, next_mark = set(), 0, [], 0
    for doc in documents:
        for word in doc.text.split():
            seen.add(word.strip('.:"'))
            count += 1
            while next_mark < len(marks) and count >= marks[next_mark]:
                curve.append((count, len(seen)))
                next_mark += 1
    xs, ys = np.log([c for c, _ in curve]), np.log([v for _, v in curve])
    beta, log_k = np.polyfit(xs, ys, 1)
    return curve, math.exp(log_k), float(beta)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="articles to generate")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--heaps", action="store_true", help="print the vocabulary growth and its Heaps fit")
    parser.add_argument("--sample", type=int, default=0, help="print the first SAMPLE articles")
    args = parser.parse_args(argv)
    documents = generate(args.n, seed=args.seed)
    for doc in documents[: args.sample]:
        print(f"## {doc.doc_id} · {doc.outlet} · {doc.date or 'undated'}\n{doc.text}")
    if args.heaps:
        curve, k, beta = heaps(documents)
        for words, vocabulary in curve:
            print(f"{words:>12,} words  {vocabulary:>10,} distinct")
        print(f"Heaps: V = {k:.1f} · N^{beta:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
