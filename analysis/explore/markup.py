"""Showing what came from outside: the one place it is escaped before HTML, markdown or a terminal.

Titles, outlets, dates, file names, lexicon entries and URL query parameters are all written by
someone else. Before any of them is put into ``st.html`` they go through :func:`escape_html`,
before ``st.markdown`` (and every Streamlit text that renders markdown: captions, alerts) through
:func:`escape_markdown`, and before a line on stderr/stdout through :func:`printable`. Markup is
only ever built from fixed strings around values escaped here.
"""

from __future__ import annotations

import html
import re
import unicodedata

from analysis.arabic.text import has_arabic

# Control characters split lines (\n, \r, \x85), move the cursor or recolour a terminal (\x1b),
# and bidi overrides reorder what follows (U+202E shows "txt.exe" as "exe.txt").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_FSI, _PDI = "\u2068", "\u2069"  # first strong isolate, pop directional isolate
_INVISIBLE_CATEGORIES = ("Cc", "Zl", "Zp", "Cs")
# CommonMark lets any ASCII punctuation be escaped with a backslash; escaping all of it also
# disarms Streamlit's own syntax (:red[…], :material/…:, $…$ formulas) without a list to keep.
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def escape_html(value: object) -> str:
    """``value`` as HTML text or attribute value: ``<a href="x">`` shows as those characters."""
    return html.escape(_text(value), quote=True)


def escape_chart_text(value: object) -> str:
    """``value`` as a plotly chart's label, legend or title: plotly reads a few tags (``<b>``,
    ``<br>``) in them and decodes only ``&amp;``, ``&lt;``, ``&gt;`` and numeric entities, so
    quotes are left as they are: ``RT & "Sputnik"`` escaped for HTML showed ``&quot;Sputnik&quot;``."""
    return html.escape(_text(value), quote=False)


def escape_markdown(value: object, *, isolate: bool = False) -> str:
    """``value`` as markdown text that renders as exactly its characters, on one line.

    ``**x** [y](https://example.org)`` shows with its stars and brackets, not bold or a link;
    a line break or other control character shows as ``\\n``, ``\\x1b``.

    ``isolate``, for a value in a list beside others: a value with no Arabic letter is put in a
    bidi isolate (FSI … PDI, added after escaping, so the value's own controls still show), or
    after an Arabic value it takes the Arabic's direction: ``العربي الجديد, =1+1`` showed ``1+1=``.
    """
    escaped = _MARKDOWN_PUNCTUATION.sub(r"\\\1", printable(value))
    return f"{_FSI}{escaped}{_PDI}" if isolate and not has_arabic(escaped) else escaped


def markdown_list(items) -> str:
    """A markdown bullet list of ``items``, each escaped: ``- aliases.csv:3: …`` one per line."""
    return "\n".join(f"- {escape_markdown(item)}" for item in items)


def printable(value: object) -> str:
    """``value`` with control characters, line breaks and bidi overrides shown as escapes
    (``a\\nb.txt``), so a file name stays one line of output and cannot rewrite the terminal."""
    text = _text(value)
    if text.isprintable() and not _BIDI_CONTROLS.intersection(text):
        return text  # the common case, and ordinary Arabic (with its spaces and ZWNJ) stays as it is
    return "".join(_visible(char) for char in text)


def _visible(char: str) -> str:
    if char in _BIDI_CONTROLS or unicodedata.category(char) in _INVISIBLE_CATEGORIES:
        return char.encode("unicode_escape", errors="backslashreplace").decode("ascii")
    return char


def _text(value: object) -> str:
    return "" if value is None else str(value)


__all__ = ["escape_chart_text", "escape_html", "escape_markdown", "markdown_list", "printable"]
