"""Concordance: every occurrence of an actor, a topic term or a cue as key-word-in-context lines.

A line is the finding exactly as written (``text[start:end]``) with the words before it (``left``,
what an Arabic reader reads first, shown on the keyword's right) and after it (``right``), cut at
a number of whole words from the article's original text. ``left + keyword + right`` is always a
stretch of the article as written (a line break read as a space), so a line can be checked
against its source.

A clitic or punctuation glued to the keyword stays with the context it belongs to (``وقال
لافروف،`` around the mention ``لافروف`` gives left ``وقال `` and right ``،``) but is not one of the
counted words: L1 is the first whole word before the keyword, R1 the first whole word after it.

Lines sort by the words to the left (L1, then L2, L3) or to the right (R1, R2, R3), compared in their
normalised form (:func:`analysis.arabic.text.normalise_word`): ``أكد`` and ``اكد`` sort together,
while the lines keep the article's spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable, Sequence

import pandas as pd

from analysis.extract.texts import Texts
from analysis.arabic.text import normalise_word
from analysis.explore.highlight import FONT_STACK, css_class
from analysis.explore.markup import escape_html

COLUMNS = ["doc_id", "sentence_id", "outlet", "date", "start", "end", "left", "keyword", "right"]
DTYPES = {"doc_id": "string", "sentence_id": "int64", "outlet": "string", "date": "string", "start": "int64",
          "end": "int64", "left": "string", "keyword": "string", "right": "string"}
SORTS = ("position", "left", "right")
# Lines sort on up to three words each side (L1-L3, R1-R3), as concordancers do; further ties
# keep the keyword's spelling, then the article order.
SORT_DEPTH = 3
# The table's look. In a right-to-left table the first cell is on the right: the words before
# the keyword sit on its right and hug it from there (the cell is laid out left to right around
# an rtl span, so a line too long is cut at its far end, never next to the keyword); the words
# after it hug it from the left and are cut at their far (left) end.
STYLE = f"""
.marsad-kwic {{ width: 100%; table-layout: fixed; border-collapse: collapse; font-family: {FONT_STACK}; font-size: 1.1rem; }}
/* The words before and after share what the keyword and where leave. Where has a width of its own:
   at 12% of an 800 px window's table (56 px) it wrapped inside its dates and outlets (2023- / 05-04). */
.marsad-kwic col.kwic-key {{ width: 18%; }}
.marsad-kwic col.kwic-where {{ width: 7rem; }}
.marsad-kwic td, .marsad-kwic th {{ padding: .2rem .35rem; border-bottom: 1px solid rgba(128, 128, 128, .2);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; line-height: 1.9; }}
.marsad-kwic th {{ font-family: inherit; font-size: .8rem; font-weight: 600; opacity: .7; }}
.marsad-kwic td.kwic-left, .marsad-kwic th.kwic-left {{ direction: ltr; text-align: left; }}
.marsad-kwic td.kwic-left > span {{ unicode-bidi: isolate; }}
.marsad-kwic td.kwic-right, .marsad-kwic th.kwic-right {{ direction: rtl; text-align: right; }}
/* A long keyword (a minister's full title) wraps inside its column rather than lose its end. */
.marsad-kwic td.kwic-key, .marsad-kwic th.kwic-key {{ text-align: center; font-weight: 600; white-space: normal; }}
.marsad-kwic td.kwic-where {{ font-family: sans-serif; font-size: .72rem; opacity: .7; white-space: normal; text-align: left; line-height: 1.3; }}
/* A line breaks between the parts (article, outlet, date, sentence), never inside one. */
.marsad-kwic td.kwic-where > bdi {{ white-space: nowrap; }}
/* In a narrow column (an 800 px window beside the sidebar: a 470 px table) Where took 7rem and the
   keyword 85 px, so a title broke one word a line and each side kept some 15 letters: Where's
   parts go smaller and the keyword gets room; the box the page wraps the table in is measured. */
.marsad-kwic-box {{ container-type: inline-size; }}
@container (max-width: 640px) {{
  .marsad-kwic {{ font-size: 1rem; }}
  .marsad-kwic col.kwic-where {{ width: 4.5rem; }}
  .marsad-kwic col.kwic-key {{ width: 27%; }}
  .marsad-kwic td.kwic-where {{ font-size: .62rem; padding: .2rem .2rem; }}
}}
"""
# Between the parts of a line's place: the dot stays at the end of the part before it when the cell wraps.
WHERE_SEPARATOR = "\u00a0· "
# Characters looked at per wanted word before looking further: Arabic news words are 4-6
# letters, so a window of 6 words is nearly always found in one slice of 6 x 16 characters.
_CHARS_PER_WORD = 16
# What a sort key compares: letters and digits only (punctuation does not order a line).
_NOT_LETTER = re.compile(r"[^\w]+")


def concordance(hits: pd.DataFrame, documents: pd.DataFrame, texts: Texts, *, words: int = 6) -> pd.DataFrame:
    """Key-word-in-context lines for ``hits``, one per hit, in the hits' order.

    Linear: each hit slices its own article around its offsets (a few dozen characters, more
    only when a word is longer), so the time grows with the number of hits, never with the
    length of the articles searched.

    Args:
        hits: rows with ``doc_id``, ``sentence_id``, ``start``, ``end`` (a mentions, topics or
            stances frame, already filtered to what is wanted).
        documents: the documents frame (each article's outlet and date).
        texts: the articles' texts the offsets refer to (``Frames.texts``).
        words: whole words of context kept on each side.

    Returns:
        doc_id, sentence_id, outlet, date, start, end, left, keyword, right (:data:`COLUMNS`);
        ``keyword == text[start:end]`` and ``left + keyword + right`` is the article's text
        from the first left word to the last right word (line breaks as spaces).
    """
    if words < 0:
        raise ValueError(f"words must be 0 or more, not {words}")
    # The texts of the articles hit only: a Python copy of every text was 300 MB at 100,000 articles.
    hit = set(hits["doc_id"].tolist())
    if len(hit) < len(documents):
        documents = documents[documents["doc_id"].isin(hit)]
    texts = texts.of(hit)
    outlets = dict(zip(documents["doc_id"].tolist(), documents["outlet"].fillna("").tolist()))
    dates = dict(zip(documents["doc_id"].tolist(), documents["date"].fillna("").tolist()))
    rows = []
    for doc_id, sentence_id, start, end in zip(hits["doc_id"].tolist(), hits["sentence_id"].tolist(),
                                               hits["start"].tolist(), hits["end"].tolist()):
        text = texts.get(doc_id, "")  # an article removed since the analysis: no context
        rows.append((doc_id, sentence_id, outlets[doc_id], dates[doc_id], start, end,
                     left_context(text, start, words), text[start:end], right_context(text, end, words)))
    return pd.DataFrame(rows, columns=COLUMNS).astype(DTYPES)


def left_context(text: str, start: int, words: int) -> str:
    """The text before ``start`` back to the start of the ``words``-th whole word before it.

    ``left_context("وقال وزير الخارجية ولافروف", 20, 2)`` → ``"وزير الخارجية و"``: the
    conjunction glued to the keyword comes along but does not count as a word.
    """
    width = _CHARS_PER_WORD * (words + 1)
    while True:
        first = max(0, start - width)
        piece = text[first:start]
        # str.rsplit works from the keyword back in C; a fragment glued to the keyword (و, «) is
        # one more piece to split off. With fewer pieces than wanted, the slice was too short.
        wanted = words + (1 if piece and not piece[-1].isspace() else 0)
        parts = piece.rsplit(None, wanted)
        if len(parts) > wanted or first == 0:
            # parts[0] is what lies before the kept words (whole: whitespace follows it).
            kept = piece[len(parts[0]):].lstrip() if len(parts) > wanted else piece.lstrip()
            return _one_line(kept)
        width *= 2


def right_context(text: str, end: int, words: int) -> str:
    """The text after ``end`` up to the end of the ``words``-th whole word after it.

    ``right_context("قال لافروف، إن موسكو", 10, 2)`` → ``"، إن موسكو"``.
    """
    width = _CHARS_PER_WORD * (words + 1)
    while True:
        last = min(len(text), end + width)
        piece = text[end:last]
        wanted = words + (1 if piece and not piece[0].isspace() else 0)
        parts = piece.split(None, wanted)
        if len(parts) > wanted or last == len(text):
            kept = piece[: len(piece) - len(parts[-1])].rstrip() if len(parts) > wanted else piece.rstrip()
            return _one_line(kept)
        width *= 2


def _one_line(context: str) -> str:
    # A paragraph break inside the window reads as a space on a one-line KWIC row; the length
    # is kept, so offsets within the context still count the same characters.
    if "\n" not in context and "\r" not in context:
        return context
    return context.replace("\r", " ").replace("\n", " ")


def context_words(context: str, *, side: str) -> list[str]:
    """The whole words of a context, nearest the keyword first, each as it is written:
    ``context_words("وزير الخارجية و", side="left")`` → ``["الخارجية", "وزير"]``."""
    words = context.split()
    if side == "left":
        if words and not context[-1:].isspace():
            words = words[:-1]
        return words[::-1]
    if side == "right":
        if words and not context[:1].isspace():
            words = words[1:]
        return words
    raise ValueError(f"side is 'left' or 'right', not {side!r}")


def sort_key(context: str, *, side: str, depth: int = SORT_DEPTH) -> tuple[str, ...]:
    """What a line sorts by on ``side``: its first ``depth`` words nearest the keyword (L1, L2,
    L3 or R1, R2, R3), normalised, punctuation left out (a word of punctuation only is skipped)."""
    keys = (_sort_word(word) for word in context_words(context, side=side)[: depth + 2])
    return tuple(key for key in keys if key)[:depth]


@lru_cache(maxsize=1 << 16)
def _sort_word(word: str) -> str:
    # News repeats its words: each is normalised once (a large concordance sorts ten thousand lines).
    return _NOT_LETTER.sub("", normalise_word(word))


def sort_lines(lines: pd.DataFrame, *, by: str = "position", doc_order: Iterable[str] | None = None) -> pd.DataFrame:
    """The lines ordered ``by`` ``"left"`` (L1, L2, L3), ``"right"`` (R1, R2, R3) or ``"position"``
    (article, then offset); ties keep the article order. Returns a new frame, index reset."""
    if by not in SORTS:
        raise ValueError(f"sort by one of {', '.join(SORTS)}, not {by!r}")
    order = {doc_id: rank for rank, doc_id in enumerate(doc_order if doc_order is not None else dict.fromkeys(lines["doc_id"].tolist()))}
    place = [(order.get(doc_id, len(order)), start) for doc_id, start in zip(lines["doc_id"].tolist(), lines["start"].tolist())]
    if by == "position":
        keys = place
    else:
        contexts = lines[by].tolist()
        keyword = [normalise_word(word) for word in lines["keyword"].tolist()]
        keys = [(sort_key(context, side=by), word, at) for context, word, at in zip(contexts, keyword, place)]
    ranked = sorted(range(len(lines)), key=keys.__getitem__)
    return lines.iloc[ranked].reset_index(drop=True)


def glued(context: str, *, side: str) -> tuple[str, str]:
    """A context split where its whole words meet what is glued to the keyword, in text order:
    ``glued("وزير الخارجية و", side="left")`` → ``("وزير الخارجية ", "و")`` (words, glue);
    ``glued("، إن موسكو", side="right")`` → ``("،", " إن موسكو")`` (glue, words)."""
    if side == "left":
        if not context or context[-1].isspace():
            return context, ""
        glue = context.split()[-1]
        return context[: len(context) - len(glue)], glue
    if side == "right":
        if not context or context[0].isspace():
            return "", context
        glue = context.split()[0]
        return glue, context[len(glue):]
    raise ValueError(f"side is 'left' or 'right', not {side!r}")


def kwic_html(lines: pd.DataFrame, where: list[Sequence[str]], *, kind: str) -> str:
    """The lines as an HTML table read right to left: the words before the keyword on its
    right, the words after it on its left, the keywords aligned in one column.

    Every cell is escaped (:func:`analysis.explore.markup.escape_html`). A clitic or punctuation
    glued to the keyword is shown beside it in the keyword's cell (``و`` + ``لافروف`` + ``،``
    reads ``ولافروف،``) rather than cut off at the cell's edge.

    Args:
        lines: rows from :func:`concordance` (in the order to show).
        where: per line, the parts of its last column (article, outlet, date, sentence), each
            isolated from the others' direction (an Arabic outlet beside an English article number).
        kind: the highlight kind of the keyword (``actor-person``, ``topic-arms``, ``cue-negative``).
    """
    rows = []
    for left, keyword, right, place in zip(lines["left"].tolist(), lines["keyword"].tolist(), lines["right"].tolist(), where):
        before, glue_before = glued(left, side="left")
        glue_after, after = glued(right, side="right")
        rows.append(
            f'<tr><td class="kwic-left"><span dir="rtl">{escape_html(before.strip())}</span></td>'
            f'<td class="kwic-key">{escape_html(glue_before)}<mark class="hl {css_class(kind)}">{escape_html(keyword)}</mark>'
            f'{escape_html(glue_after)}</td>'
            f'<td class="kwic-right">{escape_html(after.strip())}</td>'
            f'<td class="kwic-where" dir="ltr">{WHERE_SEPARATOR.join(f"<bdi>{escape_html(part)}</bdi>" for part in place)}</td></tr>'
        )
    return (
        '<table class="marsad-kwic" dir="rtl" lang="ar"><colgroup><col class="kwic-left"><col class="kwic-key">'
        '<col class="kwic-right"><col class="kwic-where"></colgroup>'
        '<thead><tr><th class="kwic-left">Before</th><th class="kwic-key">Keyword</th><th class="kwic-right">After</th>'
        f'<th class="kwic-where" dir="ltr">Where</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )
