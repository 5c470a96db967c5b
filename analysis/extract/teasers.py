"""Lines that point to other pages: a teaser for another article, the page's tags.

``اقرأ أيضاً: زاخاروفا: روسيا ترفض العقوبات`` on one line, or ``اقرأ أيضاً`` on a line of its own
and the other article's headline under it, is furniture: the guide lists such lines with no
actor, no topic and no statement, and the headline is another article's, not this one's. The
phrases are data (``data/language/teasers.txt``); actor mentions, topic hits and stances all ask
:class:`TeaserLines` which lines they are, so the three never disagree.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from analysis.arabic.slips import opening_phrase
from analysis.arabic.text import PreparedText

TEASER_BLANK_LINES = 3  # blank lines read back from a line for a bare اقرأ أيضاً: above it
_LINE_BREAK = re.compile("\n")


@dataclass(frozen=True)
class TeaserLines:
    """The teaser lines of one text, as sorted (start, end) character spans."""

    spans: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, prepared: PreparedText, teasers: tuple[str, ...]) -> TeaserLines:
        """The lines of ``prepared`` that open with a phrase of ``teasers`` (normalised phrases),
        and each line right under a line holding nothing but one (blank lines between). One pass
        over the lines; each reads only its first few tokens."""
        phrases = [tuple(teaser.split()) for teaser in teasers]
        if not phrases:
            return cls(())
        text, tokens = prepared.text, prepared.tokens
        longest = max(len(phrase) for phrase in phrases)
        token_starts = [token.start for token in tokens]
        spans: list[tuple[int, int]] = []
        bare_above = False  # the last non-blank line held nothing but a teaser phrase
        blank_run = 0
        start = 0
        for end in [found.start() for found in _LINE_BREAK.finditer(text)] + [len(text)]:
            if not text[start:end].strip():
                blank_run += 1
                bare_above = bare_above and blank_run < TEASER_BLANK_LINES
                start = end + 1
                continue
            first = bisect.bisect_left(token_starts, start)
            # the line's first words only: a teaser phrase and one word more
            words = [token.norm for token in tokens[first:first + 2 * longest + 2] if token.is_word and token.end <= end][:longest + 1]
            # one slip of a letter still opens a teaser line (اقرأ أبضا: analysis/arabic/slips.py)
            found = opening_phrase(words, phrases)
            if found is not None or bare_above:
                spans.append((start, end))
            # A one-word line under the bare phrase (a share button, a label: اقرأ أيضاً / WhatsApp /
            # عاجل / «headline») is the page's furniture, not yet the headline: the headline under it
            # is still the teaser's. Before, زيادة البنزين in such a headline was an energy hit.
            bare_above = found is not None and len(words) == len(found) or bare_above and len(words) <= 1
            blank_run = 0
            start = end + 1
        return cls(tuple(spans))

    def covers(self, offset: int) -> bool:
        """Whether the character at ``offset`` is on a teaser line."""
        at = bisect.bisect_right(self.spans, (offset, float("inf"))) - 1
        return at >= 0 and self.spans[at][0] <= offset < self.spans[at][1]
