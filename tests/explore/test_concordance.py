"""analysis.explore.concordance: key-word-in-context lines from the original text, sorted on normalised words."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from analysis.extract.texts import Texts
from analysis.explore.concordance import (
    COLUMNS, STYLE, concordance, context_words, glued, kwic_html, left_context, right_context, sort_key, sort_lines,
)
from analysis.extract.pipeline import analyze

from conftest import SEED_2017, SEED_2024, snippet

FIRST = "التقى لافروف وحفتر في موسكو أمس.\nوقال «لافروف» إن موسكو تدعم الحوار."
SECOND = "وانتقد الدبيبة لافروف بشدة. ورحب حفتر بتصريحات لافروف."


@pytest.fixture(scope="module")
def small(lexicon):
    """Two articles of two sentences each, from two outlets (the network's tests use them too)."""
    return analyze([replace(snippet(FIRST, date="2024-05-02", doc_id="a"), outlet="Outlet A"),
                    replace(snippet(SECOND, date="2024-06", doc_id="b"), outlet="Outlet B")], lexicon)


def lavrov_lines(frames, words=3):
    mentions = frames.mentions
    return concordance(mentions[mentions["actor_id"] == "lavrov"], frames.documents, frames.texts, words=words)


def test_lines_cut_at_whole_words_with_glued_marks_kept(small):
    lines = lavrov_lines(small)
    assert list(lines.columns) == COLUMNS
    assert lines[["doc_id", "sentence_id", "outlet", "date", "start", "end"]].values.tolist() == [
        ["a", 1, "Outlet A", "2024-05-02", 6, 12], ["a", 2, "Outlet A", "2024-05-02", 39, 45],
        ["b", 1, "Outlet B", "2024-06", 15, 21], ["b", 2, "Outlet B", "2024-06", 47, 53],
    ]
    assert lines[["left", "keyword", "right"]].values.tolist() == [
        # Only one word before the first one: the article starts there.
        ["التقى ", "لافروف", " وحفتر في موسكو"],
        # The guillemets are glued to the name: they come along, the three words are whole, and
        # the paragraph break before وقال reads as a space.
        ["موسكو أمس. وقال «", "لافروف", "» إن موسكو تدعم"],
        ["وانتقد الدبيبة ", "لافروف", " بشدة. ورحب حفتر"],
        # The last word of the article, with its full stop.
        ["ورحب حفتر بتصريحات ", "لافروف", "."],
    ]


def test_the_keyword_is_the_text_at_the_offsets(small):
    lines = lavrov_lines(small, words=6)
    texts = small.texts.of(small.documents["doc_id"].tolist())
    for line in lines.itertuples():
        text = texts[line.doc_id]
        assert line.keyword == text[line.start:line.end]
        stretch = text[line.start - len(line.left):line.end + len(line.right)].replace("\n", " ")
        assert stretch == line.left + line.keyword + line.right


def test_a_clitic_mention_is_the_keyword_whole(lexicon):
    # ولافروف is one mention with its conjunction (form "clitic"): the keyword, as written.
    # (after a function word, و + a name is no mention: التي فسرت is not ف + سرت; so حفتر stands between)
    frames = analyze([snippet("وقال وزير الخارجية الليبي إن حكومته رحبت بتصريحات لافروف، وأكد أن حفتر ولافروف اتفقا على دعم الحوار.",
                              doc_id="c")], lexicon)
    lines = lavrov_lines(frames, words=2)
    assert lines[["left", "keyword", "right"]].values.tolist() == [
        ["رحبت بتصريحات ", "لافروف", "، وأكد أن"],
        ["أن حفتر ", "ولافروف", " اتفقا على"],
    ]


def test_contexts_on_the_seeds(frames):
    lines = lavrov_lines(frames, words=4)
    assert len(lines) == 13
    first = lines.iloc[0]
    assert (first["doc_id"], first["sentence_id"]) == (SEED_2017, 1)
    assert (first["left"], first["keyword"], first["right"]) == (
        "اليوم الاثنين في موسكو ", "وزير الخارجية الروسي سيرجي لافروف", " بالقائد العام للجيش الوطني")
    third = lines.iloc[2]
    assert (third["left"], third["keyword"], third["right"]) == ("الوساطة في ليبيا. وقال ", "لافروف", " في مستهل لقائه مع")
    assert lines.iloc[7]["doc_id"] == SEED_2024


def test_a_long_word_is_taken_whole():
    # Longer than the first slice looked at (16 characters a word): the slice grows until the word is whole.
    long_word = "ب" * 200
    text = f"قال {long_word} لافروف {long_word} أمس"
    start = text.index("لافروف")
    assert left_context(text, start, 1) == f"{long_word} "
    assert left_context(text, start, 2) == f"قال {long_word} "
    assert left_context(text, start, 9) == f"قال {long_word} "
    assert right_context(text, start + 6, 1) == f" {long_word}"
    assert right_context(text, start + 6, 2) == f" {long_word} أمس"
    assert left_context(text, start, 0) == "" and right_context(text, start + 6, 0) == ""


def test_words_of_a_context_nearest_first():
    assert context_words("موسكو أمس. وقال «", side="left") == ["وقال", "أمس.", "موسكو"]
    assert context_words("» إن موسكو تدعم", side="right") == ["إن", "موسكو", "تدعم"]
    assert sort_key("موسكو أمس. وقال «", side="left") == ("وقال", "امس", "موسكو")
    assert sort_key(".", side="right") == ()
    assert glued("موسكو أمس. وقال «", side="left") == ("موسكو أمس. وقال ", "«")
    assert glued("» إن موسكو تدعم", side="right") == ("»", " إن موسكو تدعم")
    assert glued("وانتقد الدبيبة ", side="left") == ("وانتقد الدبيبة ", "")


def test_sorting_by_the_words_before_and_after(small):
    lines = lavrov_lines(small)
    key = ["doc_id", "sentence_id"]
    # L1: التقى (التقي), الدبيبة (الدبيبه), بتصريحات, وقال: in Arabic alphabetical order, ت before د.
    assert sort_lines(lines, by="left")[key].values.tolist() == [["a", 1], ["b", 1], ["b", 2], ["a", 2]]
    # R1: none (the article ends), إن (ان), بشدة (بشده), وحفتر.
    assert sort_lines(lines, by="right")[key].values.tolist() == [["b", 2], ["a", 2], ["b", 1], ["a", 1]]
    assert sort_lines(lines, by="position", doc_order=["b", "a"])[key].values.tolist() == [["b", 1], ["b", 2], ["a", 1], ["a", 2]]
    with pytest.raises(ValueError, match="sort by one of position, left, right"):
        sort_lines(lines, by="middle")


def test_spellings_of_a_word_sort_together():
    # أكد, اكد and أكّد are one word to the sort (hamza, shadda): the word before them decides.
    text = "قال الوزير أكد لافروف. وقد اكد لافروف. بل أكّد لافروف."
    starts = [i for i in range(len(text)) if text.startswith("لافروف", i)]
    hits = pd.DataFrame({"doc_id": "x", "sentence_id": [1, 2, 3], "start": starts, "end": [s + 6 for s in starts]})
    documents = pd.DataFrame({"doc_id": ["x"], "outlet": [""], "date": [""]})
    lines = sort_lines(concordance(hits, documents, Texts({"x": text}), words=2), by="left")
    # L2: الوزير, بل, وقد; the lines still show each spelling as written.
    assert lines["left"].tolist() == ["الوزير أكد ", "بل أكّد ", "وقد اكد "]


def test_the_table_reads_right_to_left_and_escapes_every_cell(small):
    lines = lavrov_lines(small).iloc[[1]]
    markup = kwic_html(lines, [("Article 1", "Outlet A", "2024-05-02", "s.2")], kind="actor-person")
    assert markup.startswith('<table class="marsad-kwic" dir="rtl" lang="ar">')
    # The words before on the right (first cell), the guillemets beside the keyword in its cell.
    assert ('<td class="kwic-left"><span dir="rtl">موسكو أمس. وقال</span></td>'
            '<td class="kwic-key">«<mark class="hl hl-actor-person">لافروف</mark>»</td>'
            '<td class="kwic-right">إن موسكو تدعم</td>'
            '<td class="kwic-where" dir="ltr"><bdi>Article 1</bdi>\u00a0· <bdi>Outlet A</bdi>\u00a0· <bdi>2024-05-02</bdi>\u00a0· <bdi>s.2</bdi></td>') in markup
    # Where wraps between its parts only, in a column of its own width: at 12% of an 800 px
    # window's table it broke inside dates (2023- / 05-04) and outlet names.
    assert ".marsad-kwic col.kwic-where { width: 7rem; }" in STYLE and ".marsad-kwic td.kwic-where > bdi { white-space: nowrap; }" in STYLE
    hostile = pd.DataFrame({"left": ["<b>قال "], "keyword": ['<img src=x onerror="alert(1)">'], "right": [" <script>"]})
    markup = kwic_html(hostile, [("<i>", "", "", "")], kind="topic-<x>")
    assert "<img" not in markup and "<script>" not in markup and "<b>" not in markup and "<i>" not in markup
    assert '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;' in markup
    assert 'class="hl hl-topic-_x_"' in markup


def test_a_narrow_table_gives_the_keyword_room_and_where_less():
    # at 800 px beside the sidebar (a 470 px table) a title broke one word a line in an 85 px keyword
    # column, beside a 7rem Where; the box the page wraps the table in is measured, not the window
    narrow = STYLE[STYLE.index("@container (max-width: 640px)"):]
    assert ".marsad-kwic-box { container-type: inline-size; }" in STYLE
    assert ".marsad-kwic col.kwic-key { width: 27%; }" in narrow and ".marsad-kwic col.kwic-where { width: 4.5rem; }" in narrow
