"""Write data/language/common_words.txt: the Arabic words frequent enough never to be a name.

Run once by hand, with wordfreq installed apart from the project (it is 57 MB and the dashboard
needs only its list):  python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1 &&
/tmp/wf/bin/python scripts/make_common_words.py
The list is normalised the way Marsad matches (camel-tools is not needed for that: the same
letter folding is applied here by hand and checked by tests/lexicon/test_language.py).
"""

import re
import sys
from pathlib import Path

import wordfreq

ZIPF = 3.5  # about once in 300,000 words of Arabic text, or more often
OUT = Path(__file__).resolve().parents[1] / "data" / "language" / "common_words.txt"
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
ARABIC = re.compile("[\u0621-\u064a]+")


def main() -> int:
    words = {}
    for word in wordfreq.top_n_list("ar", 100_000):
        if wordfreq.zipf_frequency(word, "ar") < ZIPF:
            break
        norm = DIACRITICS.sub("", word).translate(FOLD)
        if ARABIC.fullmatch(norm) and len(norm) > 1:
            words.setdefault(norm, None)
    header = (
        f"# Arabic words with a Zipf frequency of {ZIPF} or more in wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else '3.1.1'}\n"
        "# (Robyn Speer, https://github.com/rspeer/wordfreq; its data is CC BY-SA 4.0), normalised\n"
        "# (alef forms, ى → ي, ة → ه, no diacritics). Read by: attribution (a frequent word after a verb\n"
        "# is its object, not an unknown speaker: وأكد ضرورة) and name variants (a generated spelling\n"
        "# that is a common word is not used). Made by scripts/make_common_words.py; do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
