"""Is the whole analysis linear in the corpus, from 1,000 to 100,000 articles? (issue #14)

``python -m bench.linear --sizes 1000,10000,100000`` generates the realistic corpus at each size
(:mod:`bench.realistic`: its vocabulary grows with the corpus) and times, in this process, the
floor (camel-tools' normalise + dediacritise + tokenise, :func:`bench.run.floor`) and Marsad's
whole analysis (:func:`bench.run.whole_analysis`) over it, taking turns, once each per size
(``--repeats`` for more; the best is kept). Prints CPU microseconds per word of each and their
ratio; the analysis is linear when its time per word stays flat as the corpus grows. ``bench.run``
holds the other figures; this one only needs sizes ``bench.run`` would take an hour over.
"""

from __future__ import annotations

import argparse
import resource
import sys

from bench.corpus import word_count
from bench.realistic import generate
from bench.run import floor, interleaved, whole_analysis
from analysis.lexicon.read import DATA_DIR, load_lexicon


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.linear", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes, in articles")
    parser.add_argument("--repeats", type=int, default=1, help="rounds per size; the best is kept (default 1)")
    args = parser.parse_args(argv)
    lexicon = load_lexicon(DATA_DIR)
    # Paid once per process, not per word: the analyser built for this lexicon, camel-tools imported.
    whole_analysis(generate(20, lexicon=lexicon), lexicon)
    floor(generate(20, lexicon=lexicon))
    rows = []
    for n in [int(size) for size in args.sizes.split(",") if size]:
        print(f"… {n:,} realistic articles", file=sys.stderr, flush=True)
        documents = generate(n, lexicon=lexicon)
        words = word_count(documents)
        times, _ = interleaved(args.repeats, {"floor": lambda: floor(documents), "analysis": lambda: whole_analysis(documents, lexicon)})
        rows.append((n, words, times["floor"].cpu, times["analysis"].cpu))
        print(f"  {words:,} words: floor {times['floor'].cpu:.1f} s, analysis {times['analysis'].cpu:.1f} s", file=sys.stderr, flush=True)
        del documents, _
    first = rows[0][3] / rows[0][1]
    print("| articles | words | floor, CPU s | analysis, CPU s | µs per word | ÷ floor | per word ÷ the smallest size's |")
    print("|---|---|---|---|---|---|---|")
    for n, words, floor_s, analysis_s in rows:
        per_word = analysis_s / words
        print(f"| {n:,} | {words:,} | {floor_s:.1f} | {analysis_s:.1f} | {per_word * 1e6:.1f} | {analysis_s / floor_s:.2f}× "
              f"| {per_word / first:.2f} |")
    print(f"\nPeak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB "
          "(the largest corpus, its texts and its frames).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
