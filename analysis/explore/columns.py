"""Column widths for the dashboard's tables, so that no Arabic column is drawn out of view.

The tables (Streamlit's grid) draw a right-aligned cell's text from the cell's right edge, and
Arabic is right-aligned (left-aligned, the grid draws it leftwards out of the cell). A column
that straddles the edge of what a table shows has that right edge out of view: its Arabic is
drawn where the analyst cannot see it, and the column looks empty, or shows the last letters of
its longest names ("رون" of ماكرون). This was met table by table ("Cue lemma" on Data → Stances
at 1440 px, the outlet on the Overview, the Arabic name on Data → Mentions); here it is decided
for every table, from the widths of the columns before it:

- a straddling right-aligned column with at least :data:`LEAST` pixels in view ends at the edge
  (its text, anchored there, is in view: a longer one loses its end, as an English one cut at
  the right loses its end);
- one with less in view starts at the edge and ends where it did: the columns before it share
  the sliver, and the columns after it stay where they were.

A table shows :data:`FULL` pixels beside the open sidebar in an 800 and a 1440 px window
(:data:`IN_EXPANDER` inside an expander), measured in Chromium.
"""

from __future__ import annotations

from collections.abc import Sequence

# What a table as wide as the page shows, beside the open sidebar in an 800 px and a 1440 px window.
FULL = (468, 980)
IN_EXPANDER = (434, 946)
# The row picker's column, drawn before the first column of a table whose rows can be selected.
PICKER = 33
# Pixels of a straddling column worth keeping in view: a short Arabic name or two words.
LEAST = 90
# Streamlit's named widths.
NAMED = {"small": 75, "medium": 200, "large": 400}


def text_width(characters: int, *, least: int = 60, most: int = 400) -> int:
    """Pixels a column needs for ``characters`` of its font (about 7.5 each) and the cell's padding."""
    return min(max(int(characters * 7.5) + 24, least), most)


def latin_letters(width: int) -> int:
    """Latin characters a column of ``width`` pixels shows (about 5.8 px each, and the padding):
    the Stances table's 200 px Speaker column shows "GNU Ministry of Foreign Affairs" (31) whole."""
    return max(int((width - 16) / 5.8), 1)


def heading_width(label: str) -> int:
    """Pixels a column needs for its heading (its letters are narrower than a cell's, but a sort arrow shows beside them)."""
    return max(int(len(label) * 7) + 28, 60)


def fit_to_edges(widths: Sequence[int], right_aligned: Sequence[bool], *, start: int = 0,
                 edges: Sequence[int] = FULL, least: int = LEAST) -> list[int]:
    """The widths of a table's columns, in the order drawn, with no right-aligned column across an edge.

    Args:
        widths: each column's width in pixels.
        right_aligned: whether each column's text is drawn from its right edge.
        start: pixels before the first column (the row picker).
        edges: the widths at which the table's view ends, narrowest first.
        least: pixels of a straddling column kept in view; with fewer it moves past the edge.

    Returns:
        The new widths: a straddling right-aligned column ends at the edge when ``least`` of it is
        in view, else starts there and ends where it did, the columns before it (those past the
        previous edge) widened in proportion by what it had in view.
    """
    widths = [int(w) for w in widths]
    edges = sorted(edges)
    x = start  # where column i starts
    for i, right in enumerate(right_aligned):
        for n, edge in enumerate(edges):
            if not right or not x < edge < x + widths[i]:
                continue
            shown = edge - x
            if shown >= least:
                widths[i] = shown
                continue
            # The columns before it that reach past the previous edge share the sliver.
            before, end = [], start
            for j in range(i):
                end += widths[j]
                if end > (edges[n - 1] if n else start):
                    before.append(j)
            if not before:
                continue
            total, given = sum(widths[j] for j in before), 0
            for j in before:
                extra = shown - given if j == before[-1] else shown * widths[j] // total
                widths[j] += extra
                given += extra
            if widths[i] - shown >= least:
                widths[i] -= shown  # it ends where it did: the columns after it do not move
            x = edge
        x += widths[i]
    return widths


# Streamlit's grid wraps a cell's text only in rows taller than 64 px (4rem); a line of it takes about 21.
WRAPPING_ROW = 65
LINE = 21
MOST_LINES = 3


def wrapped_row_height(longest: int, width: int) -> int | None:
    """The row height that shows a text of ``longest`` characters whole, wrapped at words, in a
    column ``width`` pixels wide (at most :data:`MOST_LINES` lines); None when it fits on one line.

    An editor cannot cut a text at a word with an ellipsis (the cell holds what is saved), so a
    title longer than its column was cut mid-word ("…إلى اتفاق مع حكوم"): wrapped, it is read whole.
    """
    per_line = max((width - 16) / 7.5, 1)
    lines = min(-(-longest // int(per_line)), MOST_LINES)
    return None if lines <= 1 else max(WRAPPING_ROW, lines * LINE + 12)
