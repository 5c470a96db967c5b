"""Stances: who says what, with which polarity, about whom, attributed to the right speaker.

One stance per cue from data/cues.csv: a reporting verb (قال، أكد، مشيرا) is a statement by its
speaker; an evaluative expression (رحب، حظر ظالم، عدوان) carries a polarity and belongs to the
speaker of the statement it stands in, or to the article's own voice outside any statement.

Speakers are found the way Arabic news reports speech:
- verb–subject: ``وقال لافروف`` (after_verb), also through a title: ``وأكد الوزير الروسي``;
- subject–verb: ``إن لافروف أكد`` (before_verb);
- relayed speech: ``ونقل المجلس الرئاسي عن اللافي تأكيده`` → al-Lafi (relay);
- no subject: a participle (``مشيرا``) continues its sentence's first speaker, a bare verb
  (``وأضاف: "…"``) the last speaker of the preceding sentences (carried);
- an interlocutor is not a speaker: in ``وقال خلال مباحثاته مع لافروف`` Lavrov only listens.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.extract.actors import Mention
from analysis.lexicon.read import Cue, Lexicon
from analysis.arabic.matcher import Match, PhraseMatcher
from analysis.extract.schema import ARTICLE_VOICE
from analysis.arabic.text import PreparedText, in_spans
from analysis.extract.topics import TopicHit

# Normalised words that open a prepositional phrase: an actor after them is not a subject.
PREPOSITIONS = frozenset("مع الي علي عن في من خلال بين لدي امام حول ضد عند نحو بعد قبل منذ عبر تجاه بشان".split())
# Words after a verb that end the search for its subject: the reported clause begins.
CLAUSE_OPENERS = frozenset("ان انه انها انهم اننا بان وان فان لان عن".split())
NEGATORS = frozenset("لا لم لن ليس ليست عدم غير".split())
SPEAKER_TYPES = frozenset({"person", "organisation", "state", "armed_group", "city"})
# Words that may stand between a verb and its subject: وقال اليوم لافروف
ADVERBS = frozenset("اليوم امس ايضا كذلك بدوره بدورها مجددا بدورهم امس الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد".split())
SUBJECT_WORDS = 3  # an unlisted subject (تقارير إعلامية دولية) is taken up to this many words
TARGET_WINDOW = 6  # words after an evaluative cue within which its target stands
CARRY_SENTENCES = 2  # how far back a subjectless verb looks for its speaker


@dataclass(frozen=True)
class Speaker:
    actor_id: str
    name: str
    how: str
    after_token: int = -1  # the token after the speaker's own mention, when it follows the cue


@dataclass(frozen=True)
class Stance:
    sentence_id: int
    speaker_id: str
    speaker_name: str
    cue_lemma: str
    cue_type: str
    polarity: str
    target: str
    target_kind: str
    quote: bool
    attribution: str
    start: int
    end: int


def cue_matcher(lexicon: Lexicon) -> PhraseMatcher[Cue]:
    """A matcher over the cues; cues may carry a pronoun suffix (تأكيده, بترحيبه)."""
    return PhraseMatcher(((cue.cue, cue) for cue in lexicon.cues), enclitics=True)


def find_stances(
    prepared: PreparedText,
    cue_matches: list[Match[Cue]],
    mentions: list[Mention],
    topic_hits: list[TopicHit],
    lexicon: Lexicon,
) -> list[Stance]:
    """Stances of one article, in text order. See the module docstring for the rules."""
    context = _Context(prepared, mentions, topic_hits, lexicon)
    by_sentence: dict[int, list[Match[Cue]]] = {}
    stigma_tokens: set[int] = set()
    for match in cue_matches:
        cue = match.payloads[0]
        if cue.cue_type == "stigma":
            stigma_tokens.update(range(match.first, match.last))
        elif cue.cue_type != "ignore":
            sentence_id = prepared.sentence_of_token[match.first]
            if sentence_id:
                by_sentence.setdefault(sentence_id, []).append(match)

    stances: list[Stance] = []
    recent: list[tuple[int, Speaker]] = []  # (sentence_id, main speaker) of earlier sentences
    for sentence in prepared.sentences:
        matches = by_sentence.get(sentence.sentence_id, [])
        statements: list[tuple[Match[Cue], Speaker]] = []
        main: Speaker | None = None
        for match in matches:
            if match.payloads[0].cue_type == "evaluative":
                continue
            if statements and statements[-1][0].last == match.first:
                continue  # وشدد قائلا: one statement, two verbs
            speaker = context.speaker_of_statement(match, sentence, main, recent)
            statements.append((match, speaker))
            main = main or speaker
        if main is not None and main.actor_id:
            recent.append((sentence.sentence_id, main))
        for match, speaker in statements:
            cue = match.payloads[0]
            stances.append(context.stance(match, cue, speaker, cue.polarity, sentence.last_token, statements))
        for match in matches:
            cue = match.payloads[0]
            if cue.cue_type != "evaluative":
                continue
            speaker = context.speaker_of_evaluation(match, sentence, statements, recent)
            polarity, stigma = _polarity(cue.polarity, match, prepared, stigma_tokens)
            stances.append(context.stance(match, cue, speaker, polarity, sentence.last_token, statements, stigma=stigma))
    stances.sort(key=lambda stance: stance.start)
    return stances


def _polarity(polarity: str, match: Match[Cue], prepared: PreparedText, stigma_tokens: set[int]) -> tuple[str, int | None]:
    """The cue's polarity in context, and the stigma token it is aimed at, if any."""
    tokens = prepared.tokens
    flipped = match.first > 0 and tokens[match.first - 1].norm in NEGATORS  # لا ندعم
    # Support for terrorism is condemned, not supported: دعم غير محدود للإرهاب
    stigma = next((i for i in range(match.last, match.last + 4) if i in stigma_tokens), None)
    if polarity == "positive" and stigma is not None:
        flipped = not flipped
    if not flipped or polarity == "neutral":
        return polarity, stigma
    return ("negative" if polarity == "positive" else "positive"), stigma


class _Context:
    """Lookups over one article shared by the attribution rules."""

    def __init__(self, prepared: PreparedText, mentions: list[Mention], topic_hits: list[TopicHit], lexicon: Lexicon):
        self.prepared = prepared
        self.tokens = prepared.tokens
        self.lexicon = lexicon
        self.mention_at = {mention.first_token: mention for mention in mentions}
        self.mention_ending = {mention.last_token: mention for mention in mentions}
        self.topic_at = {hit.first_token: hit for hit in topic_hits}
        self.mentions = mentions

    # --- speakers -------------------------------------------------------------------------
    def speaker_of_statement(self, match, sentence, main, recent) -> Speaker:
        cue: Cue = match.payloads[0]
        if cue.cue_type == "relay":
            relayed = self._after_an(match, sentence)
            if relayed is not None:
                return self._speaker(relayed, "relay")
        own = self._own_subject(match, sentence)
        if own is not None:
            return own
        if main is not None:
            return Speaker(main.actor_id, main.name, "carried")
        carried = self._carried(sentence, recent)
        if carried.actor_id:
            return carried
        unlisted = self._unlisted_subject(match, sentence)
        return Speaker("", unlisted, "unlisted_subject") if unlisted else carried

    def speaker_of_evaluation(self, match, sentence, statements, recent) -> Speaker:
        quote = in_spans(self.tokens[match.first].start, self.prepared.quotes)
        if quote is None and match.payloads[0].holder == "subject":
            # انتقد الدبيبة ...، إدانة مصر: the cue names who takes the stance
            own = self._own_subject(match, sentence)
            if own is not None:
                return own
        if quote is not None:
            for statement, speaker in reversed(statements):
                if self.tokens[statement.first].start < quote[0]:
                    return Speaker(speaker.actor_id, speaker.name, "quote_owner")
            for statement, speaker in statements:
                if self.tokens[statement.first].start >= quote[1]:
                    return Speaker(speaker.actor_id, speaker.name, "quote_owner")  # “…” قال لافروف
            return self._carried(sentence, recent)
        for statement, speaker in reversed(statements):
            if statement.first < match.first:
                return Speaker(speaker.actor_id, speaker.name, "in_statement")
        return Speaker("", ARTICLE_VOICE, "article")

    def _own_subject(self, match, sentence) -> Speaker | None:
        before = self.mention_ending.get(match.first)
        if before is not None and self._can_speak(before) and not self._prepositional(before):
            return self._speaker(before, "before_verb")
        after = self._subject_after(match, sentence)
        return self._speaker(after, "after_verb") if after is not None else None

    def _carried(self, sentence, recent) -> Speaker:
        for sentence_id, speaker in reversed(recent):
            if sentence.sentence_id - sentence_id <= CARRY_SENTENCES:
                return Speaker(speaker.actor_id, speaker.name, "carried")
        return Speaker("", "(unknown)", "unresolved")

    def _after_an(self, match, sentence) -> Mention | None:
        """The actor named after عن: نقل المجلس الرئاسي عن اللافي."""
        for index in range(match.last, min(match.last + 8, sentence.last_token)):
            if self.tokens[index].norm == "عن":
                mention = self.mention_at.get(index + 1)
                return mention if mention is not None and self._can_speak(mention) else None
        return None

    def _subject_after(self, match, sentence) -> Mention | None:
        """The actor right after the verb (past adverbs and commas): وقال لافروف، وأكد الوزير الروسي."""
        index = match.last
        while index < sentence.last_token:
            token = self.tokens[index]
            if token.norm in ADVERBS or token.norm in "،,":
                index += 1
                continue
            mention = self.mention_at.get(index)
            if mention is not None and self._can_speak(mention) and not self._prepositional(mention):
                return mention
            return None
        return None

    def _unlisted_subject(self, match, sentence) -> str:
        """Words right after the verb naming a speaker the lexicon lacks: وكشفت تقارير إعلامية دولية."""
        words = []
        for index in range(match.last, sentence.last_token):
            token = self.tokens[index]
            if not token.is_word or token.norm in PREPOSITIONS or token.norm in CLAUSE_OPENERS or token.norm in ADVERBS:
                break
            if index in self.mention_at or len(words) == SUBJECT_WORDS:
                break
            words.append(self.text_of(index))
        return " ".join(words)

    def _prepositional(self, mention: Mention) -> bool:
        first = self.tokens[mention.first_token]
        if mention.form == "clitic" and first.norm.lstrip("وف")[:1] in ("ب", "ل", "ك"):
            return True
        return mention.first_token > 0 and self.tokens[mention.first_token - 1].norm in PREPOSITIONS

    def _can_speak(self, mention: Mention) -> bool:
        return self.lexicon.actors[mention.actor_id].type in SPEAKER_TYPES

    def _speaker(self, mention: Mention, how: str) -> Speaker:
        return Speaker(mention.actor_id, self.lexicon.actors[mention.actor_id].name_en, how, mention.last_token)

    # --- targets and rows ----------------------------------------------------------------
    def stance(self, match, cue: Cue, speaker: Speaker, polarity: str, sentence_end: int, statements, *, stigma=None) -> Stance:
        tokens = self.tokens
        start, end = tokens[match.first].start, tokens[match.last - 1].end
        quote_span = in_spans(start, self.prepared.quotes)
        if cue.cue_type == "evaluative":
            if stigma is not None:
                target, kind = self.text_of(stigma), "text"
            else:
                target, kind = self._target_of_evaluation(match, speaker, sentence_end, quote_span)
            quote = quote_span is not None
        else:
            # What is said runs from the verb (or its subject) to the next statement.
            following = [m.first for m, _ in statements if m.first > match.first]
            limit = min(following) if following else sentence_end
            first = max(match.last, speaker.after_token)
            target, kind = self._first_reference(first, limit, exclude=speaker.actor_id)
            said_end = tokens[limit - 1].end
            quote = quote_span is not None or any(start < q_start < said_end for q_start, _ in self.prepared.quotes)
        return Stance(
            self.prepared.sentence_of_token[match.first], speaker.actor_id, speaker.name, cue.cue, cue.cue_type,
            polarity, target, kind, quote, speaker.how, start, end,
        )

    def _first_reference(self, first: int, limit: int, *, exclude: str, skip_interlocutor: bool = True) -> tuple[str, str]:
        index = first
        while index < limit:
            mention = self.mention_at.get(index)
            if mention is not None:
                # Whom a speaker talks WITH is not what the statement is about; whom relations
                # are strengthened with is: لتعزيز العلاقات مع روسيا
                interlocutor = skip_interlocutor and index > 0 and self.tokens[index - 1].norm == "مع"
                if mention.actor_id != exclude and not interlocutor:
                    return mention.actor_id, "actor"
                index = mention.last_token
                continue
            hit = self.topic_at.get(index)
            if hit is not None:
                return hit.topic, "topic"
            index += 1
        return "", ""

    def _target_of_evaluation(self, match, speaker: Speaker, sentence_end: int, quote_span) -> tuple[str, str]:
        limit = min(sentence_end, match.last + TARGET_WINDOW)
        target = self._first_reference(match.last, limit, exclude=speaker.actor_id, skip_interlocutor=False)
        if target[0]:
            return target
        # Looking back stays inside the quotation (أخل بها: the one who broke the deal was named
        # earlier in the quote), so an outer reporter is never taken for the target.
        if quote_span is not None:
            for mention in reversed(self.mentions):
                if mention.last_token <= match.first and self.tokens[mention.first_token].start > quote_span[0]:
                    if mention.actor_id != speaker.actor_id:
                        return mention.actor_id, "actor"
        words = [
            self.text_of(index) for index in range(match.last, min(sentence_end, match.last + 3))
            if self.tokens[index].is_word
        ]
        return (" ".join(words), "text") if words else ("", "")

    def text_of(self, index: int) -> str:
        token = self.tokens[index]
        return self.prepared.text[token.start:token.end]
