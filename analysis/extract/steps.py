"""Extraction steps: one shape for every rule that adds findings to a document.

As spaCy's pipeline components do, a step takes the document with its findings so far and adds
its own: actor mentions, the bodies named inside titles, anaphors, title words, topic hits,
stance cues, stances (who says what), people named after a title whom the lexicon lacks. Each is
built once per lexicon, and the pipeline runs them in order (:data:`STEPS`). A new rule is a new
step, not an edit inside three others. Overlaps between the matches of one matcher are resolved in
one place, longest first (:func:`analysis.arabic.matcher.longest_first`); what that policy set
aside is kept in :class:`Findings` for the steps that read inside a match (nested mentions); a
step that needs another's findings reads them from :class:`Findings` (stances read mentions,
titles and topics).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from analysis.arabic.matcher import Match, scan_together
from analysis.arabic.text import PreparedText
from analysis.extract.actors import (
    Mention, actor_candidates, actor_matcher, add_nested, anaphors_of, families, find_mentions, name_slips, possessed_bodies,
    person_bodies, resolve_anaphora, resolve_descriptions, resolve_family_names, resolve_sides, resolve_title_anaphora, state_nisbas,
)
from analysis.extract.stance import Stance, cue_matcher, find_stances, title_matcher
from analysis.extract.topics import TopicHit, find_topic_hits, topic_matcher
from analysis.extract.unlisted import find_unlisted, join_title_phrases, other_bearers, titles_naming_another
from analysis.lexicon.read import Alias, Cue, Lexicon


@dataclass
class Findings:
    """A document being analysed and what the steps have found in it so far."""

    prepared: PreparedText
    period: tuple[date, date] | None  # the article's date as a range of days (titles depend on it)
    mentions: list[Mention] = field(default_factory=list)
    # Every actor alias match, overlapping ones included (what is named inside a title).
    actor_matches: list[Match[Alias]] = field(default_factory=list)
    titles: list[Match[str]] = field(default_factory=list)
    topics: list[TopicHit] = field(default_factory=list)
    cues: list[Match[Cue]] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)

    def speaking_mentions(self) -> list[Mention]:
        """The mentions without the nested ones: who speaks and whom a stance is about are read
        from these (the speaker of ``وقال رئيس المجلس الرئاسي`` is the head, not the council)."""
        return [mention for mention in self.mentions if not mention.nested]


class Step(Protocol):
    """A step: built with the lexicon, called with the findings, adds to them."""

    def __call__(self, found: Findings) -> None: ...


class Mentions:
    """Actor mentions, with titles held at the article's date and generated spelling variants."""

    def __init__(self, lexicon: Lexicon):
        self.matcher = actor_matcher(lexicon)
        self.lexicon = lexicon
        self.state_adjectives = frozenset(state_nisbas(lexicon))
        self.slips = name_slips(lexicon)  # حيدر أغانينو: a listed full name with one slip

    def __call__(self, found: Findings) -> None:
        found.actor_matches = actor_candidates(found.prepared, self.matcher, period=found.period,
                                               language=self.lexicon.language, state_adjectives=self.state_adjectives,
                                               slips=self.slips)
        found.mentions = find_mentions(found.prepared, self.matcher, period=found.period, candidates=found.actor_matches,
                                       lexicon=self.lexicon)
        # وزير الخارجية الليبي منصور الكيلاني: the title names the unlisted person after it
        found.mentions = titles_naming_another(found.prepared, found.mentions, self.lexicon)


class NestedMentions:
    """The bodies named inside an actor's title (the army in القائد العام للجيش الوطني الليبي)."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.bodies = possessed_bodies(lexicon)

    def __call__(self, found: Findings) -> None:
        found.mentions = add_nested(found.prepared, found.mentions, found.actor_matches, self.lexicon, self.bodies)


class Anaphora:
    """A bare الجيش after the army was named: a mention of that army; a shared family name alone,
    the bearer named first in full."""

    def __init__(self, lexicon: Lexicon):
        self.listing = anaphors_of(lexicon)
        self.bodies = person_bodies(lexicon)
        self.lexicon = lexicon
        self.nisbas = state_nisbas(lexicon)
        self.families = families(lexicon)

    def __call__(self, found: Findings) -> None:
        found.mentions = resolve_anaphora(found.prepared, found.mentions, found.actor_matches, self.listing, self.bodies)
        found.mentions = resolve_descriptions(found.prepared, found.mentions, self.lexicon, self.nisbas)
        # وأكد الجانب التركي: the party to talks is Turkey, as the listed الجانب الروسي is Russia
        found.mentions = resolve_sides(found.prepared, found.mentions, self.lexicon, self.nisbas)
        # وأوضح حفتر after اللواء خالد حفتر: the son, not the father the bare name lists
        found.mentions = resolve_family_names(found.prepared, found.mentions, self.families)


class Titles:
    """The title words that announce a name (وزير، المتحدث باسم)."""

    def __init__(self, lexicon: Lexicon):
        self.matcher = title_matcher(lexicon)

    def __call__(self, found: Findings) -> None:
        found.titles = self.matcher.find(found.prepared.tokens)


class TitlePhrases:
    """A title phrase ending in a listed person's name is one mention of him: the places inside
    it are no mentions, the bodies nested (رئيس المجلس الرئاسي لحكومة الوفاق في ليبيا، فايز السراج).
    After the stances, whose subject phrases read the bodies inside a title as they stand."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, found: Findings) -> None:
        if found.titles:
            found.mentions = join_title_phrases(found.prepared, found.mentions, found.titles, self.lexicon)


class Topics:
    """Topic term hits, in the terms' inflected forms."""

    def __init__(self, lexicon: Lexicon):
        self.matcher = topic_matcher(lexicon)

    def __call__(self, found: Findings) -> None:
        found.topics = find_topic_hits(found.prepared, self.matcher)


class Cues:
    """Stance cues: reporting verbs, relays, sourcing phrases, evaluative words."""

    def __init__(self, lexicon: Lexicon):
        self.matcher = cue_matcher(lexicon)

    def __call__(self, found: Findings) -> None:
        found.cues = self.matcher.find(found.prepared.tokens)


class Stances:
    """Who says what with which polarity (reads mentions, titles, topics and cues)."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, found: Findings) -> None:
        found.stances = find_stances(
            found.prepared, found.cues, found.speaking_mentions(), found.topics, self.lexicon, found.titles
        )


class UnlistedPeople:
    """People named after a title whom the lexicon lacks, added to the mentions (after the
    stances, which read only the lexicon's actors)."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, found: Findings) -> None:
        nested = [mention for mention in found.mentions if mention.nested]
        unlisted = find_unlisted(found.prepared, found.speaking_mentions(), found.titles, self.lexicon, nested)
        # فلاديمير دولغوف with no title: another man than the listed Dolgov, named all the same
        unlisted += other_bearers(found.prepared, [*found.mentions, *unlisted], self.lexicon)
        if unlisted:
            found.mentions = sorted([*found.mentions, *unlisted], key=lambda mention: mention.first_token)


class TitleAnaphora:
    """A title used bare for the person it introduced (وأوضحت الناطقة after الناطقة باسم الخارجية
    ماريا زاخاروفا). After the unlisted people, who may be introduced so too, and after the stances:
    a bare title speaking is the speakers' business, not this step's."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, found: Findings) -> None:
        if found.titles:
            found.mentions = resolve_title_anaphora(found.prepared, found.mentions, found.titles, self.lexicon)


# The steps in the order they run; each may read what the earlier ones found.
STEPS: tuple[type, ...] = (Mentions, NestedMentions, Anaphora, Titles, Topics, Cues, Stances, TitlePhrases, UnlistedPeople, TitleAnaphora)


def build_steps(lexicon: Lexicon) -> list[Step]:
    """The steps of :data:`STEPS`, built once for ``lexicon``; the phrase matchers among them
    share one scan of each article (aliases, titles, topic terms and cues in one pass)."""
    built = [step(lexicon) for step in STEPS]
    scan_together(step.matcher for step in built if isinstance(step, (Mentions, Titles, Topics, Cues)))
    return built
