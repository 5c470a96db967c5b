"""Tests for analysis.explore.markup: outside values escaped before HTML, markdown and terminal lines."""

from __future__ import annotations

import pytest

from analysis.explore.markup import escape_chart_text, escape_html, escape_markdown, markdown_list, printable


def test_html_shows_tags_and_quotes_as_text() -> None:
    assert escape_html('<a href="https://example.org">x</a>') == "&lt;a href=&quot;https://example.org&quot;&gt;x&lt;/a&gt;"
    assert escape_html("العربي الجديد") == "العربي الجديد"
    assert escape_html(None) == ""


def test_a_chart_label_shows_tags_as_text_and_keeps_its_quotes() -> None:
    # plotly decodes &amp; &lt; &gt; but not &quot;: an outlet 'RT & "Sputnik"' showed &quot;Sputnik&quot;
    assert escape_chart_text('RT & "Sputnik" <b>x</b>') == 'RT &amp; "Sputnik" &lt;b&gt;x&lt;/b&gt;'
    assert escape_chart_text("روسيا اليوم") == "روسيا اليوم"


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("**عاجل** [x](https://example.org)", r"\*\*عاجل\*\* \[x\]\(https\:\/\/example\.org\)"),
        ("![](https://example.org/pixel.png)", r"\!\[\]\(https\:\/\/example\.org\/pixel\.png\)"),
        ("# 1. `code`", r"\# 1\. \`code\`"),
        ("<b>x</b> &amp;", r"\<b\>x\<\/b\> \&amp\;"),
        ("=1+1", r"\=1\+1"),
    ],
)
def test_markdown_escapes_every_ascii_punctuation_mark(value: str, escaped: str) -> None:
    # CommonMark reads a backslash before any ASCII punctuation as that character, shown as itself.
    assert escape_markdown(value) == escaped


def test_markdown_disarms_streamlit_syntax() -> None:
    assert escape_markdown(":red[x] $x$") == r"\:red\[x\] \$x\$"


def test_control_characters_stay_on_one_line() -> None:
    assert printable("a\nb\r.txt") == r"a\nb\r.txt"
    assert printable("\x1b[31mred\x1b[0m") == r"\x1b[31mred\x1b[0m"
    assert printable("invoice\u202etxt.exe") == r"invoice\u202etxt.exe"
    assert printable("وزير\u200cالخارجية لافروف") == "وزير\u200cالخارجية لافروف"  # ZWNJ is part of the spelling
    assert escape_markdown("a\nb") == r"a\\nb"


def test_a_list_of_problems_is_one_escaped_bullet_each() -> None:
    assert markdown_list(["aliases.csv:3: alias `x`", "cues.csv:2: empty cue"]) == (
        "- aliases\\.csv\\:3\\: alias \\`x\\`\n- cues\\.csv\\:2\\: empty cue"
    )


def test_a_value_without_arabic_is_isolated_from_its_neighbours_when_asked() -> None:
    # After العربي الجديد in a list, =1+1 took the Arabic's direction and showed as 1+1=.
    assert escape_markdown("=1+1", isolate=True) == "\u2068\\=1\\+1\u2069"
    assert escape_markdown("Article 4 (2024)", isolate=True) == "\u2068Article 4 \\(2024\\)\u2069"
    assert escape_markdown("العربي الجديد", isolate=True) == "العربي الجديد"
    assert escape_markdown("=1+1") == "\\=1\\+1"
    # The value's own isolate is still shown as an escape, inside the one added.
    assert escape_markdown("\u2068x", isolate=True) == "\u2068\\\\u2068x\u2069"
