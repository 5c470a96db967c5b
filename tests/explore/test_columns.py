"""Column widths that keep every right-aligned (Arabic) column on one side of a table's visible edges."""

from analysis.explore.columns import FULL, fit_to_edges, heading_width, text_width


def test_a_column_mostly_in_view_ends_at_the_edge():
    # Data → Stances at 1440 px: the cue lemma from 866 px, 200 wide, across the edge at 980 px,
    # drew its right-aligned Arabic out of view; ending at the edge, its 114 px show each lemma's start.
    widths = fit_to_edges([320, 121, 256, 136, 200], [True, False, True, True, True], start=33, edges=(980,))
    assert widths == [320, 121, 256, 136, 114]
    assert 33 + sum(widths) == 980


def test_a_sliver_in_view_moves_past_the_edge_and_the_columns_after_it_stay():
    # Overview at 800 px: the title started 13 px before the edge at 468 px, and those 13 px showed
    # the last letters of every title. The figures before it share the 13 px; the title ends where it did.
    widths = fit_to_edges([160, 66, 56, 78, 62, 280, 150], [False] * 5 + [True, True], start=33, edges=FULL)
    assert widths == [164, 68, 57, 80, 66, 267, 150]
    assert 33 + sum(widths[:5]) == 468 and 33 + sum(widths[:6]) == 33 + 160 + 66 + 56 + 78 + 62 + 280


def test_columns_left_aligned_or_within_the_edges_keep_their_widths():
    assert fit_to_edges([200, 300, 600], [False, False, False], start=33) == [200, 300, 600]
    assert fit_to_edges([200, 200], [True, True], start=33) == [200, 200]  # 433 px: within 468
    # The first column has none before it to move it: it keeps its width.
    assert fit_to_edges([100], [True], start=400, edges=(468,)) == [100]
    # A column narrower than LEAST once past the edge keeps its width; the columns after it move.
    assert fit_to_edges([40, 100], [False, True], start=400, edges=(468,)) == [68, 100]
    assert fit_to_edges([40, 200], [False, True], start=400, edges=(468,)) == [68, 172]


def test_widths_for_letters():
    assert text_width(10) == 99 and text_width(0) == 60 and text_width(100) == 400
    assert heading_width("Sentence id") == 105 and heading_width("z") == 60


def test_a_text_longer_than_its_column_wraps_onto_as_many_lines_as_it_needs():
    from analysis.explore.columns import wrapped_row_height
    assert wrapped_row_height(40, 384) is None  # 49 letters a line
    assert wrapped_row_height(65, 384) == 65  # two lines: the grid wraps only in rows over 64 px
    assert wrapped_row_height(120, 384) == 75 and wrapped_row_height(400, 384) == 75  # three at most
