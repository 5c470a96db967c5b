"""Actor mentions: which people, states, organisations and armed groups an article names.

Aliases are matched with clitics (لحفتر, ومصر, للجيش الوطني الليبي) and fused spellings
(الأممالمتحدة); titles count only while their holder held them at the article's date. A title
standing next to a name of the same actor (وزير الخارجية الروسي سيرغي لافروف) is one mention.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from analysis.lexicon.read import UNRESOLVED, Alias, Lexicon
from analysis.arabic.matcher import Match, PhraseMatcher, proclitic_readings
from analysis.arabic.text import PreparedText, Token, normalise_word
from analysis.arabic.variants import name_variants

TANWIN_FATH = "\u064b"
# What may stand between a title and a name that form one mention: الروسي، يونس بك يفكوروف
_APPOSITION_GAP = frozenset(" \t,،")
TODAY = "اليوم"


@dataclass(frozen=True)
class Mention:
    actor_id: str
    sentence_id: int
    first_token: int
    last_token: int  # exclusive
    start: int
    end: int
    match_kind: str
    form: str


def actor_matcher(lexicon: Lexicon) -> PhraseMatcher[Alias]:
    """A matcher over every alias of the lexicon (names take no pronoun suffix), and over the
    spellings outlets use for a person's transliterated name that nobody listed (زاخارفا for
    زاخاروفا, يفكيروف for يفكوروف; see :mod:`analysis.arabic.variants`), as ``variant`` matches."""
    entries = [(alias.alias, alias) for alias in lexicon.aliases]
    listed = {normalise_word(alias.alias) for alias in lexicon.aliases}
    language = lexicon.language
    keep = language.given_names | {"عبد", "ابو", "بن", "ابن", "ال"}
    generated: set[tuple[str, str]] = set()
    for alias in lexicon.aliases:
        if alias.kind not in ("name", "variant") or lexicon.actors[alias.actor_id].type != "person":
            continue
        for variant in name_variants(normalise_word(alias.alias), common_words=language.common_words, keep=keep):
            if variant not in listed and (alias.actor_id, variant) not in generated:
                generated.add((alias.actor_id, variant))
                entries.append((variant, Alias(alias.actor_id, variant, "variant", alias.valid_from, alias.valid_to)))
    return PhraseMatcher(entries, enclitics=False)


def find_mentions(
    prepared: PreparedText, matcher: PhraseMatcher[Alias], *, period: tuple[date, date] | None = None,
    lexicon: Lexicon | None = None,
) -> list[Mention]:
    """Mentions in the article's sentences, in text order.

    Args:
        prepared: the article, from :func:`analysis.arabic.text.prepare`.
        matcher: from :func:`actor_matcher`.
        period: the article's date as a range of days; titles held outside it are not matched.
        lexicon: the lexicon the matcher was built from; without it, a title is its holder's
            even after a deputy word (``language/deputies.txt``) or before a colleague's name.
    """
    tokens = prepared.tokens
    deputies = lexicon.language.deputies if lexicon is not None else frozenset()
    weekdays = lexicon.language.weekdays if lexicon is not None else frozenset()
    mentions: list[Mention] = []
    holders: dict[int, tuple[str, ...]] = {}  # an unresolved title's mention index -> who held it
    accept = lambda alias: alias.valid_during(period)  # noqa: E731
    for match in _today_apart(matcher.find(tokens, accept=accept), matcher, tokens, accept, weekdays):
        sentence_id = prepared.sentence_of_token[match.first]
        if sentence_id == 0:
            continue  # the dateline
        if TANWIN_FATH in prepared.text[tokens[match.last - 1].start:tokens[match.last - 1].end]:
            continue  # روسيًا، دوليًا: an adverb ("in Russian terms"); a name never takes tanwin
        alias = match.payloads[0]
        if alias.kind in ("title", UNRESOLVED) and match.first > 0 and _is_deputy(tokens[match.first - 1].norm, deputies):
            continue  # نائب وزير خارجية روسيا: a deputy minister, not the minister
        if alias.holders:
            holders[len(mentions)] = alias.holders
        mentions.append(
            Mention(
                alias.actor_id, sentence_id, match.first, match.last,
                tokens[match.first].start, tokens[match.last - 1].end, alias.kind, match.form,
            )
        )
    return _merge_appositions(mentions, prepared.text, holders, lexicon)


def _today_apart(matches: list[Match[Alias]], matcher: PhraseMatcher[Alias], tokens: list[Token], accept,
                 weekdays: frozenset[str]) -> Iterator[Match[Alias]]:
    """``matches``, where a name ending in اليوم right before a weekday is matched again without
    it: ``أعلنت روسيا اليوم الثلاثاء`` names Russia, today, not the outlet روسيا اليوم."""
    for match in matches:
        after = match.last
        if (
            weekdays and match.last - match.first > 1 and tokens[match.last - 1].norm == TODAY
            and after < len(tokens) and tokens[after].norm in weekdays
        ):
            for shorter in matcher.find(tokens[match.first:match.last - 1], accept=accept):
                yield replace(shorter, first=shorter.first + match.first, last=shorter.last + match.first)
        else:
            yield match


def _colleagues(lexicon: Lexicon, holder: str, named: str) -> bool:
    """Two people of the same body (الخارجية الروسية): a title of one may be the other's too.
    Never across bodies: in ``استقبل الرئيس الروسي خليفة حفتر`` Haftar is received, not president."""
    first, second = lexicon.actors.get(holder), lexicon.actors.get(named)
    return (first is not None and second is not None and holder != named and first.type == second.type == "person"
            and bool(first.affiliation) and first.affiliation == second.affiliation)


def _is_deputy(word: str, deputies: frozenset[str]) -> bool:
    return any(stem in deputies for stem, _ in proclitic_readings(word))


def _merge_appositions(mentions: list[Mention], text: str, holders: dict[int, tuple[str, ...]] | None = None,
                       lexicon: Lexicon | None = None) -> list[Mention]:
    """A title and the name of the same actor standing together are one mention (``title+name``).

    The name beside a title says who holds it: in an undated article ``رئيس المجلس الرئاسي محمد
    المنفي`` is al-Menfi, and a title several colleagues hold at once names the one whose full name
    follows (``نائب وزير الخارجية الروسي غينادي غاتيلوف`` is Gatilov, not the deputy minister listed).
    """
    holders = holders or {}
    merged: list[Mention] = []
    for index, mention in enumerate(mentions):
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and mention.actor_id in holders.get(index - 1, ())
            and previous.sentence_id == mention.sentence_id
            and set(text[previous.end:mention.start]) <= _APPOSITION_GAP
        ):
            previous = merged[-1] = replace(previous, actor_id=mention.actor_id, match_kind="title")
        elif (
            previous is not None
            and lexicon is not None
            and previous.match_kind == "title"
            and mention.match_kind in ("name", "variant")
            and mention.last_token - mention.first_token >= 2
            and previous.sentence_id == mention.sentence_id
            and set(text[previous.end:mention.start]) <= _APPOSITION_GAP
            and _colleagues(lexicon, previous.actor_id, mention.actor_id)
        ):
            previous = merged[-1] = replace(previous, actor_id=mention.actor_id)
        if (
            previous is not None
            and previous.actor_id == mention.actor_id
            and previous.sentence_id == mention.sentence_id
            and "title" in (previous.match_kind, mention.match_kind)
            and set(text[previous.end:mention.start]) <= _APPOSITION_GAP
        ):
            kinds = "title+name" if previous.match_kind == "title" else f"{previous.match_kind}+title"
            if previous.match_kind == mention.match_kind:
                kinds = previous.match_kind
            form = previous.form if previous.form == mention.form else "clitic"
            merged[-1] = Mention(
                previous.actor_id, previous.sentence_id, previous.first_token, mention.last_token,
                previous.start, mention.end, kinds, form,
            )
        else:
            merged.append(mention)
    return merged
