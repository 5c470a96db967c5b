"""Who says it: the speaker of a reporting cue, read off the words around it.

Arabic news reports speech in a handful of shapes, each a rule here, tried in this order:

- a relay names the one quoted after عن: ``ونقلت وكالة تاس عن لافروف قوله`` → Lavrov (relay);
- a sourcing phrase names its source right after it: ``وفقاً لنيبينزيا``, ``بحسب مصادر`` (source);
- the subject right after the verb (after_verb), read as a noun phrase: a title, its
  qualifiers and then the name of its holder, ``وقالت المتحدثة باسم الخارجية الروسية ماريا
  زاخاروفا`` → Zakharova, never the head word ``المتحدثة``; a person the lexicon does not know
  after a title is kept as written, ``قال النائب في البرلمان علي التكبالي`` → علي التكبالي
  (unlisted); an institution speaks for itself, ``أكدت وزارة الخارجية الروسية``; an unnamed
  group is kept as written, ``وقال مسؤول عسكري`` (unnamed);
- the subject after a short object that comes first, a demonstrative or a preposition with a
  pronoun: ``فيما أكد هذه المعلومة الناطق باسم الكرملين``، ``وهو ما صرح به الوزير`` (after_verb);
- the subject right before the verb, ``إن لافروف أكد`` (before_verb), also an unnamed one set off
  by a comma after إن/أن: ``أن مسئول روسي رفيع المستوى، صرح`` (unnamed);
- the subject that opens the sentence when the verb comes later: ``وكان لافروف قد أكد``,
  ``وزير النفط محمد العكروت، في تصريح له، أضاف`` (fronted); a headline ``زاخاروفا: …`` (headline);
- in a sentence with no reporting verb, a noun of speech names the actor after it, in construct,
  behind ل or behind صادر عن: ``وتنطوي تصريحات لافروف على مخاوف`` → Lavrov (speech_noun);
- a noun of speech with a state's adjective right after it: ``نفي روسي جديد`` → Russia (nisba);
- a verb of saying that takes no object (language/saying_verbs.txt) keeps the words before its
  clause as its subject when no rule above named one: ``وقال أستاذ العلوم السياسية خالد
  المنتصر إن`` (unnamed), never the previous speaker;
- otherwise the statement continues the previous speaker, across sentences (carried), and the
  one merely mentioned is never taken for it: in ``وأضاف خلال لقائه مع لافروف`` Lavrov listens.

Everything here looks at a bounded window of tokens around one cue, so an article's analysis
stays linear in its length.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import bisect
import re
from collections.abc import Sequence

from analysis.arabic.matcher import Match, has_article, is_nisba, proclitic_readings
from analysis.arabic.text import TITLE_ABBREVIATIONS, PreparedText, Sentence, Token, normalise_word, written_letter
from analysis.extract.actors import Mention, spelt_like_listed, state_nisbas
from analysis.lexicon.derived import derived
from analysis.lexicon.language import Language
from analysis.lexicon.read import Lexicon, people_names

SPEAKER_TYPES = frozenset({"person", "organisation", "state", "armed_group", "city", "media"})
# A subject noun phrase is read at most this many tokens far: a title with its qualifiers and a
# three-word name (المندوب الروسي الدائم لدى الأمم المتحدة فاسيلي نيبينزيا) fits.
PHRASE_TOKENS = 16
# How far back the head of an unnamed group described by a verb is looked for (described_group):
# «تقارير إعلامية عديدة تحدثت» has three words before the verb.
GROUP_BEFORE_TOKENS = 4
NAME_WORDS = 3  # an unlisted name is taken up to this many words: عبد الحميد الدبيبة
# Prepositions that qualify a title rather than end its phrase: المندوب لدى الأمم المتحدة،
# المتحدثة باسم الخارجية، السفير في طرابلس، المبعوث الخاص إلى الشرق الأوسط (not before a clause:
# أشار الوزير إلى أن …)
QUALIFYING = frozenset("لدي باسم في ل الي".split())
# Punctuation that may stand inside a subject phrase: a comma or dash before the name, quotes or
# brackets around it (السفيرة الأميركية “ليندا توماس غرينفيلد”، محمد حمدان دقلو (حميدتي)).
OWN_QUALIFIERS = frozenset("باسمه باسمها باسمهم".split())  # a title's body as a pronoun
OWN_PRONOUNS = ("هما", "هم", "ها", "ه")  # the body as a pronoun on a spokesman's word: متحدثها
NEGATED_ADJECTIVE = "غير"  # غير الدستورية: «not» before a definite adjective, one qualifier
APPOSITION = frozenset("،,-–—«»\"“”'‘’()[]")
# Endings of a definite relative adjective in any number and gender: الروسي، الليبيون، الغربيين
NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يان", "يات")
# تصريحات أدلى بها X: the verb of giving a statement and its resumptive pronoun, within GAVE_REACH
# words after the noun (one adjective between: تصريحات صحفية أدلى بها)
GAVE = frozenset("ادلي ادلت ادلوا".split())  # normalised أدلى، أدلت، أدلوا
GAVE_PRONOUNS = frozenset("به بها بهما بهم".split())
GAVE_REACH = 2
DESCRIBED_NOUN_WORDS = 2  # words describing a noun of speech before ل and its owner: تصريحات نارية جديدة لزاخاروفا
QUOTE_MARKS = frozenset("«»\"“”'‘’")
DASHES = frozenset("-–—")  # a dateline's or a credit's dash: طرابلس - ، الشروق –
LETTER_MARKS = "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"  # tatweel and the short vowels
CLOSING_MARKS = frozenset("»\"”'’)]")
ADDRESSEE_TOKENS = 5  # tokens of whom a headline's speaker told, before its colon (لـ"الشرق الأوسط":)
# نقله، نقلته: a relay verb with the pronoun of what it carried, no عن after it: بحسب ما نقله عدد
# من وسائل الإعلام names its carriers, and the relay makes no statement of its own
RELAYING_VERBS = frozenset("نقله نقلته نقلها نقلوه نقلتها".split())
ATTRIBUTING = frozenset({"نسب", "نسبت", "ينسب", "تنسب"})  # ونسبت الوكالة إلى مسؤول قوله
QUOTED_VERB_MARKS = frozenset("«“")  # a quotation opening with its verb: أن مولوتكوف “جدد
STRAIGHT_MARKS = frozenset("\"'")  # open and close alike
OPENING_MARKS = QUOTE_MARKS | {"("}  # what may set off a name: «شينخوا»، (نوفوستي)
ENDING_MARKS = QUOTE_MARKS | {")"}
# What may stand between a fronted subject and its verb, besides adverbs and a parenthesis.
FRONTED_GAP_TOKENS = 14
ADJECTIVE_WORDS = 3  # adjectives between a subject and a second one joined by و
PARTITIVE_PRONOUNS = frozenset(("منهم", "منها", "منهن", "منهما"))  # أكثر من 20 منهم: of the group just named
APPOSITION_WORDS = 5  # a title set off by commas between two coordinated subjects: لافروف، وزير الخارجية، و
RELATIVE_CLAUSE_TOKENS = 14  # tokens from a relative pronoun to the verb its antecedent is the subject of
# A document that speaks for its issuer: بيان صادر عن الخارجية الروسية → the ministry.
# Where a definite group noun (الإعلام، الصحف) reads as the subject: before the verb, or named by a
# sourcing or relaying word; right after a verb it may be the object of a dropped subject (وانتقد
# الإعلام الغربي: he criticised the media).
GROUP_HOWS = frozenset({"fronted", "before_verb", "headline", "source", "relay"})
PLACE_TYPES = frozenset({"state", "city", "location"})  # a headline's section label (ليبيا: …)
DOCUMENT_SOURCES = frozenset("صادر الصادر صادره الصادره".split())
_ISSUING_PRONOUN = re.compile(r"(?:ه|ها|هم|هما)$")  # وجهتها → وجهت: the pronoun of the document sent
# A verb's prepositional phrase before its subject is passed up to this many tokens: ورحب
# بالاتفاق الموقع أمس رئيس البرلمان (ADVERBIAL_TOKENS after the preposition's first word).
ADVERBIAL_TOKENS = 4
PREFACE_TOKENS = 5  # a prepositional phrase before the sentence's verb: في سياق متصل،
ASIDE_TOKENS = 10  # tokens an aside set off by commas may add between a subject and its clause
COMMA_ASIDE_TOKENS = 25  # tokens of a circumstantial phrase set off by commas between a verb and its subject
IN_PLACE = "في"  # a body's seat after it: مفوضية الانتخابات في ليبيا
PLACE_TYPES = frozenset({"state", "city", "location"})
THAT_OPENERS = frozenset("ان بان وان".split())  # إن، أن، بأن: the clause a verb of saying opens
DEMONSTRATIVES = frozenset("هذا هذه ذلك تلك ذاك".split())
TOPIC_MARKERS = frozenset("اما واما".split())  # أما المشري فأكد: the topic before ف is the subject
TOPIC_VERB_PARTICLES = frozenset("فقد فلقد".split())  # أما المشري فقد أكد
LATTER = frozenset("الاخير الاخيره".split())  # ونفى الأخير: the actor named last
# إن لافروف سبق أن أكد، الوزير سبق له أن أعلن: "had already" between a subject and its verb,
# normalised (سبق; the pronoun behind ل; أن), read back from the verb like قد
ALREADY = "سبق"
IN_IT = frozenset({"فيه", "فيها", "فيهم"})  # بيانا أدانوا فيه: the verb's pronoun of the document, normalised
ALREADY_PRONOUNS = frozenset("له لها لهم لهما".split())
LATTER_MENTIONS = 6  # mentions looked back over for the one الأخير refers to
# وقالت الأولى، وأضاف الثاني: the first or second of two speakers of one verb just quoted
ORDINALS = {"الاول": 0, "الاولي": 0, "الثاني": 1, "الثانيه": 1}


def state_adjectives(lexicon: Lexicon) -> dict[str, str]:
    """The indefinite nisba adjective of each state named in one word (روسي، روسيه → Russia),
    from :func:`analysis.extract.actors.state_nisbas`, built once per lexicon."""
    return derived(lexicon, "state adjectives", lambda lexicon: {
        adjective[2:]: actor_id for adjective, actor_id in state_nisbas(lexicon).items()})


def closed_words(lexicon: Lexicon) -> frozenset[str]:
    """The language's closed-class words, which never open or continue a name (و، في، أن، أمس،
    مصادر، لا), built once per lexicon."""
    return derived(lexicon, "closed words", lambda lexicon: frozenset(
        lexicon.language.function_words | lexicon.language.prepositions | lexicon.language.clause_openers
        | lexicon.language.adverbs | lexicon.language.generic_subjects | lexicon.language.negators))


@dataclass(frozen=True)
class Speaker:
    actor_id: str
    name: str
    how: str
    after_token: int = -1  # the token after the speaker's own words, when they follow the cue


def _dual_media_heads(lexicon: Lexicon) -> frozenset[str]:
    """The duals in construct of the indefinite nouns in ة that head an outlet's name
    (language/media_heads.txt): صحيفة → صحيفتا، صحيفتي; وكالة → وكالتا، وكالتي."""
    return frozenset(head[:-1] + ending for head in lexicon.language.media_heads
                     if head.endswith("ه") and not has_article(head, min_length=4) for ending in ("تا", "تي"))


def _attributing(word: str) -> bool:
    """Whether a relay verb is نسب (attributed), whose quoted one stands behind إلى, not عن."""
    return (word[1:] if word[:1] in ("و", "ف") else word) in ATTRIBUTING


def issuing_verb(word: str, language) -> bool:
    """Whether a normalised word is a verb of issuing or carrying a document with the pronoun of
    that document (language/issuing_verbs.txt: وجهتها، أصدره، أوردته); with no pronoun (بيان نشر)
    the verb is no relative clause on the document."""
    stem = _ISSUING_PRONOUN.sub("", word)
    return stem != word and stem.removesuffix("ت") in language.issuing_verbs


DECLINED_REACH = 8  # words between a verb of refusing and its object (رفضت المتحدثة باسم الوزارة ماريا زاخاروفا التعليق)


def refusing_verb(word: str, language: Language) -> bool:
    """Whether a normalised word is a verb of refusing (language/refusing.txt), behind و or ف too."""
    return word in language.refusing or (word[:1] in ("و", "ف") and word[1:] in language.refusing)


def declines_speech(tokens: Sequence[Token], index: int, sentence: Sentence, language: Language) -> bool:
    """Whether the verb of refusing at ``index`` has for object, past its subject, a noun of speech
    (language/declined_speech.txt): ``ورفض الدبلوماسي الروسي التعليق على الضربات`` says that
    nothing was said, neither a rejection nor a comment (dev22's annotation), and رفض read as
    the noun «refusal» names no speaker either. At most DECLINED_REACH words after the verb are
    read, up to a mark or a clause opener."""
    if not refusing_verb(tokens[index].norm, language):
        return False
    return refused_object_in(tokens, index + 1, sentence.last_token, language.declined_speech, language)


def refused_object_in(tokens, first: int, end: int, words: frozenset[str], language) -> bool:
    """Whether one of ``words`` stands among the DECLINED_REACH tokens from ``first`` (before
    ``end``), the object of a verb of refusing, before a mark or a clause opener ends it."""
    for after in range(first, min(end, first + DECLINED_REACH)):
        word = tokens[after].norm
        if word in words:
            return True
        if not tokens[after].is_word or word in language.clause_openers:
            return False
    return False


HEADLINE_VERBS_REACH = 12  # tokens from a headline's first verb to its second (حفتر يلتقي وزير خارجية روسيا ويدعو)


class SpeakerFinder:
    """The attribution rules over one article (see the module docstring).

    Args:
        prepared: the article.
        mentions: its actor mentions.
        lexicon: for actor types and the language's word lists.
        titles: the matches of the lexicon's title words (وزير، المتحدث باسم).
        cue_tokens: every token inside a cue, so that a verb ends a subject phrase.
        first_person: the first tokens of cues in the first person plural (نرفض، رفضنا).
        nominal: the first tokens of evaluative nouns whose holder is the one quoted (استهداف).
    """

    def __init__(self, prepared: PreparedText, mentions: list[Mention], lexicon: Lexicon,
                 titles: list[Match], cue_tokens: set[int], first_person: set[int] = frozenset(),
                 nominal: set[int] = frozenset(), *, spelt_alike: bool = True):
        self.prepared = prepared
        # whether a name nobody listed, spelt like a listed person's, is that person (off where the
        # names as written are wanted: unlisted.find_unlisted)
        self.spelt_alike = spelt_alike
        self.tokens = prepared.tokens
        self.lexicon = lexicon
        self.language = lexicon.language
        self.mention_at = {mention.first_token: mention for mention in mentions}
        self.in_mention = {index for mention in mentions for index in range(mention.first_token + 1, mention.last_token)}
        self.mention_ending = {mention.last_token: mention for mention in mentions}
        self.mentions = sorted(mentions, key=lambda mention: mention.last_token)
        self.mention_lasts = [mention.last_token for mention in self.mentions]
        self.first_named: dict[str, int] = {}  # each actor's first mention, by its first token
        for mention in mentions:
            if mention.first_token < self.first_named.get(mention.actor_id, len(prepared.tokens)):
                self.first_named[mention.actor_id] = mention.first_token
        self.title_spans = {match.first: match.last for match in titles}
        self.title_starts = sorted(self.title_spans)
        # Titles behind a preposition (لوزير الخارجية، بالسفير) name an object, not a subject.
        self.titles_after_preposition = {
            match.first for match in titles if match.form == "clitic" and _has_preposition(prepared.tokens[match.first].norm)
        }
        self.cue_tokens = cue_tokens
        self.first_person = first_person  # cues in the first person plural (نرفض): no subject of their own
        self.nominal = nominal  # evaluative nouns whose holder is the one quoted (استهداف): no verb
        self.state_adjectives = state_adjectives(lexicon)
        # The words of the titles the article has given a speaker so far, bare, by actor id
        # (أعلن الناطق الرسمي باسم الجيش العميد أحمد المسماري → ناطق، رسمي): وأضاف الناطق
        # الرسمي later refers back to him although the lexicon lists no such title.
        self.given_titles: dict[str, set[str]] = {}
        # while True, a phrase read only to note who the narration names (stance.py
        # note_introduced) gives no titles: a speaker's titles come from the speaker's phrases
        self.quiet_titles = False

    # --- the rules ---------------------------------------------------------------------------
    def after(self, first: int, sentence: Sentence, *, how: str = "after_verb") -> Speaker | None:
        """The subject phrase right after a verb ending at ``first``: وقال (اليوم،) لافروف;
        ``كل من`` before coordinated subjects is passed (كتبت كل من آر بي سي وذا صن)."""
        index = self._skip(first, sentence.last_token)
        if self._quotation_after_comma(first, index, sentence.last_token):
            return None  # وقال، “ليبيا تحتاج إلى حكومة موحدة”: what is said follows, no subject
        if self._words_after_comma(first, index, sentence.last_token):
            return None  # وأكمل، روسيا رفضت التعاون: the previous speaker goes on, Russia is what he says
        if self._quotation_goes_on(first, index, sentence.last_token):
            return None  # وتابع "معلومات كثيرة مرتبطة بالرعايا…": the words he goes on with, no subject
        each = index + 2 < sentence.last_token and self.tokens[index].norm == "كل" and self.tokens[index + 1].norm == "من"
        if each:
            index += 2
        elif index >= sentence.last_token:
            return None
        elif self._prepositional_at(index):
            set_off = self._past_comma_aside(first, index, sentence, how)
            if set_off is not None:
                return set_off
            return self._past_adverbial(index, sentence, how)
        else:
            fronted_object = self._past_short_object(index, sentence, how)
            if fronted_object is not None:
                return fronted_object
        group = self._quantified_group(index, sentence.last_token, how) if not each else None
        if group is not None:
            return None if self._object_bodies(first, index, group.after_token) else group
        speaker = self.phrase(index, sentence.last_token, how=how, after_preposition=each)
        if speaker is None and not each and self.tokens[index].norm in OPENING_MARKS:
            speaker = self._past_quoted_object(index, sentence, how)
        if (speaker is not None and (speaker.how == "unnamed" or self.tokens[index].norm in self.language.group_bodies)
                and self._object_bodies(first, index, speaker.after_token)):
            return None  # ودعا السلطات الليبية إلى: a body named or kept as written is the object too
        return speaker

    def _object_bodies(self, first: int, index: int, end: int) -> bool:
        """Whether the unnamed group at ``index`` (after a quantifier or not) is a plural of bodies
        (language/group_bodies.txt) that the verb ending at ``first`` does not agree with: دول and
        منظمات take a feminine verb as their subject (وحذرت دول أوروبية), so after a masculine one
        they are its object (ودعا دول العالم إلى الحوار: the speaker before goes on). Reads the verb
        and the first three words of the group, never past its end ``end``: in كما يرى آخرون أن دول
        الناتو لن تتنازل the states are in the clause, the others the subject."""
        tokens, bodies = self.tokens, self.language.group_bodies
        reach = index + 3 if end < 0 else min(index + 3, end)
        # وأكد سفراء دول الجوار: a group of people heads the phrase, and the bodies after it are
        # whose they are; the people speak whatever the verb's gender (att38)
        head = next((k for k in range(index, min(reach, len(tokens)))
                     if tokens[k].norm in bodies or tokens[k].norm in self.language.generic_subjects), -1)
        if head < 0 or tokens[head].norm not in bodies:
            return False
        verb = tokens[first - 1].norm if first > 0 else ""
        stem = verb[1:] if verb[:1] in ("و", "ف") and len(verb) > 3 else verb
        return not (stem.endswith("ت") or stem.startswith("ت"))

    def _quotation_after_comma(self, first: int, index: int, limit: int) -> bool:
        """Whether a quotation longer than a name opens at ``index`` right after a comma that
        follows the verb (وأضاف، "روسيا لن تتدخل"): the words said, not a subject. A short quoted
        name closing within NAME_WORDS words is left to the subject rules."""
        tokens = self.tokens
        if index >= limit or tokens[index].norm not in OPENING_MARKS:
            return False
        if not any(tokens[k].norm in ("،", ",") for k in range(first, index)):
            return False
        reach = min(limit, index + NAME_WORDS + 2)
        return not any(tokens[k].norm in CLOSING_MARKS for k in range(index + 1, reach))

    def _quotation_goes_on(self, first: int, index: int, limit: int) -> bool:
        """Whether a quotation longer than a name opens right after a verb that goes on with the
        previous speaker (language/continuing_verbs.txt): ``وتابع "معلومات كثيرة مرتبطة بالرعايا
        الروس…"`` is what he adds, its first words no subject. A short quoted name closing within
        NAME_WORDS words (وأضافت "ميدوزا" أن) is left to the subject rules. Only the verb and the
        NAME_WORDS + 2 tokens after it are read."""
        tokens = self.tokens
        if index != first or index >= limit or first < 1 or tokens[index].norm not in OPENING_MARKS:
            return False
        verb, verbs = tokens[first - 1].norm, self.language.continuing_verbs
        if verb not in verbs and not (verb[:1] in ("و", "ف") and verb[1:] in verbs):
            return False
        reach = min(limit, index + NAME_WORDS + 2)
        return not any(tokens[k].norm in CLOSING_MARKS for k in range(index + 1, reach))

    def _words_after_comma(self, first: int, index: int, limit: int) -> bool:
        """Whether a verb that goes on with the previous speaker (language/continuing_verbs.txt)
        has a comma right after it and then the words said, not a subject: وأكمل، روسيا رفضت
        التعاون. Adverbs set off by commas (وأضاف، اليوم، لافروف) or a phrase behind a preposition
        (وأضاف، من جهته، لافروف) are left to the subject rules, and so is a name set off by a
        second comma before a clause opener (وأضاف، فالدهاومسر، إن). Only the verb, the comma and
        the NAME_WORDS + 2 tokens after it are read."""
        tokens = self.tokens
        if index != first + 1 or index >= limit or tokens[first].norm not in ("،", ","):
            return False
        verb, verbs = tokens[first - 1].norm, self.language.continuing_verbs
        if verb not in verbs and not (verb[:1] in ("و", "ف") and verb[1:] in verbs):
            return False
        for k in range(index + 1, min(limit - 1, index + NAME_WORDS + 1)):
            if tokens[k].norm in ("،", ",") and tokens[k + 1].norm in self.language.clause_openers:
                return False
        return not self._prepositional_at(index)

    def _quantified_group(self, index: int, limit: int, how: str) -> Speaker | None:
        """An unnamed group opened by a quantifier (language/quantifiers.txt), behind من or not:
        ``ويقول بعض المسؤولين الليبيين إن``، ``وأكد عدد من الخبراء أن`` → the group as written,
        quantifier included. None unless a word of generic_subjects.txt follows the quantifier;
        two tokens are looked at before the group's own phrase."""
        tokens, language = self.tokens, self.language
        if index >= limit or not (tokens[index].norm in language.quantifiers or tokens[index].norm.isdigit()):
            return None
        head = index + 1
        if head < limit and tokens[head].norm == "من":
            head += 1
            if (head + 1 < limit and (tokens[head].norm.isdigit() or tokens[head].norm in language.quantifiers)
                    and tokens[head + 1].norm in language.generic_subjects):
                head += 1  # أكثر من خمسة مصادر: a number counts the group
        if head + 1 < limit and tokens[head].norm.isdigit() and tokens[head + 1].norm in PARTITIVE_PRONOUNS:
            # وأكد أكثر من 20 منهم حضورهم: a number of the group just named
            return Speaker("", self._text(index, head + 2), "unnamed", head + 2)
        if head < limit and tokens[head].norm[:2] == "ال" and tokens[head].norm[2:] in language.reports:
            # كشفت بعض التقارير الإعلامية عن: some reports, with their definite adjectives, speak as
            # written, as indefinite تقارير does; alone, التقارير is what a speaker talks about
            last = head + 1
            while (last < limit and last - head <= ADJECTIVE_WORDS and has_article(tokens[last].norm, min_length=4)
                   and is_nisba(tokens[last].norm) and last not in self.cue_tokens and last not in self.mention_at):
                last += 1  # الصحفية، الغربية (a title's word too: الصحفية فلانة)
            return Speaker("", self._text(index, last), "unnamed", last)
        if head >= limit or tokens[head].norm not in language.generic_subjects:
            return None
        group = self.phrase(head, limit, how=how)
        if group is None or group.how != "unnamed" or group.actor_id:
            return None
        return Speaker("", self._text(index, group.after_token), "unnamed", group.after_token)

    def _past_quoted_object(self, opening: int, sentence: Sentence, how: str) -> Speaker | None:
        """The subject after a short name in quotes that is the verb's object, the one told:
        ``وأبلغت «الحياة» مصادر في الزاوية أن`` → the sources. The quoted words (at most NAME_WORDS,
        no cue, no clause) must close, and an unnamed subject, a title or an actor must follow."""
        tokens, language = self.tokens, self.language
        for close in range(opening + 1, min(sentence.last_token, opening + NAME_WORDS + 2)):
            word = tokens[close].norm
            if word in ENDING_MARKS:
                break
            if close in self.cue_tokens or word in language.clause_openers or not tokens[close].is_word:
                return None
        else:
            return None
        if close == opening + 1 or close + 1 >= sentence.last_token:
            return None
        subject = close + 1
        word = tokens[subject].norm
        if not (subject in self.mention_at or subject in self.title_spans or word in language.generic_subjects):
            return None
        speaker = self.phrase(subject, sentence.last_token, how=how)
        if speaker is None or not (speaker.actor_id or speaker.how in ("unnamed", "unlisted")):
            return None
        return speaker

    def nisba(self, index: int, limit: int) -> Speaker | None:
        """The state whose indefinite adjective stands right after a noun of speech at ``index - 1``:
        ``نفي روسي جديد``، ``تحذيرات أمريكية``، ``تصريحات روسية`` → the state speaks. A verb is never
        followed by a bare adjective, so the rule reads only the next word."""
        if index >= limit or index in self.mention_at or index in self.in_mention:
            return None
        actor_id = self.state_adjectives.get(self.tokens[index].norm)
        if actor_id is None or actor_id not in self.lexicon.actors:
            return None
        return Speaker(actor_id, self.lexicon.actors[actor_id].name_en, "nisba", index + 1)

    def explicit_subject(self, first: int, sentence: Sentence) -> Speaker | None:
        """The words between a verb of saying (language/saying_verbs.txt) ending at ``first`` and
        its clause, kept as written when no rule named a speaker in them: ``وقال أستاذ العلوم
        السياسية بجامعة طرابلس خالد المنتصر إن …``. Such a verb takes no object noun, so the
        words are its subject and the previous speaker is not carried over to it. Not a
        prepositional phrase (وقال للصحفيين إن), an adverbial accusative (وقال ردا على سؤال إن) or
        a noun with a pronoun (وتابع حديثه:); the clause must open within PHRASE_TOKENS, and an
        aside after a comma is left out."""
        tokens, language = self.tokens, self.language
        index = self._skip(first, sentence.last_token)
        limit = min(sentence.last_token, index + PHRASE_TOKENS)
        if index >= limit or not tokens[index].is_word or self._prepositional_at(index) or index in self.cue_tokens:
            return None
        # an aside after a comma may carry the clause past the phrase: وقال X المستشار الإعلامي
        # لرئيس المجلس، في تصريحات صحفية من العاصمة الروسية، إن …
        aside_limit = min(sentence.last_token, limit + ASIDE_TOKENS)
        word = tokens[index].norm
        if (word in language.clause_openers or word in language.function_words or word in language.negators
                or word in language.prepositions or self._with_pronoun(index)
                or (len(word) >= 3 and word.endswith("ا") and word not in language.given_names)
                or word in language.necessity or word in language.negation_bridges):
            # وأضاف، يجب أن نفعل: a modal verb (necessity.txt, negation_bridges.txt) opens what
            # is said, it is no subject (att48)
            return None
        end = -1
        for j in range(index + 1, aside_limit):
            if j >= limit and end < 0:
                return None
            norm = tokens[j].norm
            if j in self.cue_tokens:
                return None  # وتابع حديثه قائلا
            if norm == ":" or norm in QUOTE_MARKS or norm in language.clause_openers:
                end = j if end < 0 else end
                break
            if norm in ("،", ",") and end < 0:
                end = j  # وقال الكاتب محمود المصراتي، في تصريح لـ…، إن: the aside is no part of him
        else:
            return None
        if any(tokens[k].norm in language.repetitions for k in range(index, end)):
            # صرحوا أكثر من مرة بأن: how often they said it, an adverbial; the subject is elsewhere
            return None
        # a description, then a listed person's name in apposition closing it: وقال رجل الأعمال
        # الروسي يفغيني بريغوجين إن → Prigozhin, not the words as written; a name after an
        # indefinite word is its genitive (وقال مستشار الرئيس إن: the adviser), and a title is
        # whom the description serves (المستشار الإعلامي لرئيس المجلس: the adviser)
        named = self.mention_ending.get(end)
        if (named is not None and named.first_token > index and named.actor_id in self.lexicon.actors
                and self.lexicon.actors[named.actor_id].type == "person"
                and named.match_kind in ("name", "variant") and named.form != "clitic"
                and tokens[named.first_token - 1].norm.startswith("ال") and len(tokens[named.first_token - 1].norm) >= 4):
            return self._known(named, "after_verb")
        # a name, then its holder's title in apposition: وقال عبد الحميد صافي المستشار الإعلامي
        # لرئيس المجلس → the name is the speaker, as written
        title = next((k for k in range(index + 1, min(end, index + NAME_WORDS + 1)) if k in self.title_spans), -1)
        if title > index and (word in language.given_names or word not in language.common_words):
            return Speaker("", self._text(index, title), self._as_written(index, title), end)
        # a name, then whom he spoke to: وقال دميتري بيسكوف للصحفيين إن، لوكالة تاس → the name, without
        # them (ل before the article or an outlet's head; a name starting بال is a surname: عبد الحكيم بالحاج)
        addressee = next((k for k in range(index + 1, end) if (tokens[k].norm.startswith("لل") and len(tokens[k].norm) >= 5)
                          or (tokens[k].norm[:1] == "ل" and tokens[k].norm[1:] in language.media_heads)), -1)
        if addressee > index and (word in language.given_names or word not in language.common_words):
            return Speaker("", self._text(index, addressee), self._as_written(index, addressee), end)
        # a subject, then the occasion of what it says behind في: وقالت الصحيفة اليومية في تقرير لها
        # إن → the subject, without the occasion (language/occasions.txt, as in a title's phrase)
        occasion = next((k for k in range(index + 1, end - 1)
                         if tokens[k].norm == IN_PLACE and self._occasion(k + 1)), -1)
        if occasion > index:
            return Speaker("", self._text(index, occasion), "unnamed", end)
        return Speaker("", self._text(index, end), self._as_written(index, end), end)

    def _as_written(self, first: int, last: int) -> str:
        """The rule of words kept as written after a verb of saying: ``unlisted`` for a person's
        name nobody listed, a given name without the article and up to NAME_WORDS more words
        (قال سالم بن عمران إن: a man, though سالم and عمران are also words), else ``unnamed``
        (وقال مصدر مطلع إن: a source the article does not name)."""
        words = [self.tokens[k] for k in range(first, last)]
        if (2 <= len(words) <= NAME_WORDS + 1 and words[0].norm in self.language.given_names
                and not has_article(words[0].norm, min_length=4)
                and all(token.is_word and token.norm not in self.language.function_words for token in words)):
            return "unlisted"
        return "unnamed"

    def _past_comma_aside(self, first: int, index: int, sentence: Sentence, how: str) -> Speaker | None:
        """The subject after a circumstantial phrase set off by commas between the verb and it:
        ``وأشاد، في مؤتمر صحفي عقده أمس، وزير الخارجية المغربي يوسف العلمي بالتعاون``. The phrase
        opens with a preposition right after the verb's comma and ends at the next comma within
        COMMA_ASIDE_TOKENS tokens, with no cue, clause opener or quotation inside; the subject
        after it must be a listed actor, a name, or a title (a body nobody listed or a bare word
        there is more likely what was said)."""
        tokens, language = self.tokens, self.language
        if not any(tokens[k].norm in ("،", ",") for k in range(first, index)):
            return None
        limit = min(sentence.last_token, index + COMMA_ASIDE_TOKENS)
        j = index + 1
        while j < limit and tokens[j].norm not in ("،", ","):
            token = tokens[j]
            if (j in self.cue_tokens or token.norm in language.clause_openers or token.norm in QUOTE_MARKS
                    or (not token.is_word and token.norm not in APPOSITION)):
                return None
            j += 1
        if j >= limit:
            return None
        start = j + 1
        if start >= sentence.last_token or not tokens[start].is_word or start in self.titles_after_preposition:
            return None
        mention = self.mention_at.get(start)
        if mention is not None and self._prepositional(mention):
            return None
        speaker = self.phrase(start, sentence.last_token, how=how)
        if speaker is None or not (speaker.actor_id or speaker.how == "unlisted" or start in self.title_spans):
            return None
        return speaker

    def _past_adverbial(self, index: int, sentence: Sentence, how: str) -> Speaker | None:
        """The subject after a short prepositional phrase with a definite object that follows the
        verb: ``ورحب بالاتفاق رئيس البرلمان عقيلة صالح``، ``وأكد في هذا السياق وزير الخارجية
        الروسي``، ``وأكد على أهمية الحوار المتحدث باسم الكرملين``. A definite object (the article,
        a demonstrative, an indefinite noun before a definite one) takes no further noun in
        construct, so a title or a person right after it is the verb's subject; after an
        indefinite one it is not (رحب بزيارة وزير الخارجية: the minister visits), nor after a
        noun with a pronoun, which may take an object (خلال لقائه وزير الخارجية). A person, a title
        or a body named by a noun qualifies (:meth:`_body_as_subject`), and at most ADVERBIAL_TOKENS
        words are passed."""
        tokens, language = self.tokens, self.language
        limit = min(sentence.last_token, index + ADVERBIAL_TOKENS + 1)
        j = index + 1 if tokens[index].norm in language.prepositions else index  # في هذا السياق / بالاتفاق
        if j >= limit or not tokens[j].is_word or j in self.cue_tokens or self._names_someone(j):
            return None
        word = tokens[j].norm if j > index else _without_preposition(tokens[j].norm)
        if j == index and word == tokens[j].norm:
            return None  # no preposition on the word: not a prepositional phrase
        definite = has_article(word, min_length=4) or word in DEMONSTRATIVES
        j += 1
        if not definite:
            # أهمية الحوار: an indefinite noun made definite by a definite noun in construct, not
            # a title or a name (بزيارة وزير الخارجية)
            if (j >= limit or word not in language.common_words or self._names_someone(j)
                    or not has_article(tokens[j].norm, min_length=4)):
                return None
            j += 1
        while j < limit:
            if self._names_someone(j) or self._body_head(j):
                break
            word = tokens[j].norm
            if j in self.cue_tokens or not has_article(word, min_length=4) or word in language.generic_subjects:
                return None  # ورحب بالاتفاق الذي: a clause, not the subject
            j += 1  # the object's adjectives: بالاتفاق الموقع
        else:
            return None
        mention = self.mention_at.get(j)
        if mention is not None and (self._prepositional(mention) or not (
                self.lexicon.actors[mention.actor_id].type == "person" or self._body_as_subject(mention))):
            return None
        if j in self.titles_after_preposition:
            return None
        speaker = self.phrase(j, sentence.last_token, how=how)
        if speaker is None or not (speaker.actor_id or speaker.how == "unlisted"):
            return None
        return speaker

    def _body_head(self, index: int) -> bool:
        """Whether the word at ``index`` heads a body's name (institution_heads.txt) as a noun, so
        that it is no adjective of an object before it: ورحبت بذلك الحكومة الليبية, but not the
        nisba in وأشاد بالسياسة الخارجية الروسية. An outlet is left out: after a short object it
        credits what another said (وذلك حسب ما أفاد به موقع X)."""
        word = self.tokens[index].norm
        return word in self.language.institution_heads and not is_nisba(word) and word not in self.language.media_heads

    def _body_as_subject(self, mention: Mention) -> bool:
        """Whether a body's mention after a definite prepositional object is the verb's subject: a
        noun that names it (ورحب بالقرار المجلس الرئاسي، ورحبت بالخطوة وزارة الخارجية الروسية),
        never a state's adjective, which qualifies the object (وأشاد بالدور الروسي), nor a word
        joined by و, a second object (ورحب بالاتفاق وبروسيا), nor a place."""
        word = self.tokens[mention.first_token].norm
        kind = self.lexicon.actors[mention.actor_id].type
        return (kind in ("state", "organisation", "armed_group", "media") and not is_nisba(word)
                and not (mention.form == "clitic" and word[:1] in ("و", "ف")))

    def _past_short_object(self, index: int, sentence: Sentence, how: str) -> Speaker | None:
        """The subject after a short object or complement that stands between the verb and it:
        a demonstrative, alone or with the definite nouns it points to (فيما أكد هذه المعلومة
        الناطق باسم الكرملين، وأكد ذلك بيسكوف), or a preposition with a pronoun (وهو ما صرح به
        وزير الخارجية، وذلك ما أبلغ به الوزير السفير، وأكد له السفير). Such an object is whole, so
        an actor, a title or an unlisted body (institution_heads.txt) right after it is the verb's
        subject. A demonstrative before an
        unnamed subject word is that subject's (وقال هذا المسؤول), and nothing is read past it; at
        most ADVERBIAL_TOKENS words are passed."""
        tokens, language = self.tokens, self.language
        limit = min(sentence.last_token, index + ADVERBIAL_TOKENS + 1)
        word = tokens[index].norm
        # ورحب بذلك، ورحبت بهذه الخطوة: a demonstrative behind ب or ل is as whole an object
        if word in DEMONSTRATIVES or _without_preposition(word) in DEMONSTRATIVES:
            j = index + 1
            # بهذه السياسة الخارجية الروسية: a nisba after the object's noun is its adjective, even
            # where it also names a body (الخارجية الروسية)
            while j < limit and not ((self._names_someone(j) and not (j > index + 1 and is_nisba(tokens[j].norm)))
                                     or self._body_head(j)):
                if j > index + 1 and tokens[j].norm in language.generic_subjects and not has_article(tokens[j].norm, min_length=4):
                    break  # وأكد هذا الأمر مصدر مطلع: an indefinite unnamed subject after the object
                if self._counted_group_at(j, limit):
                    break  # وأكد ذلك عدد من الخبراء، وأكد هذه المعلومات ثلاثة مسؤولين
                if j == index + 1 and word in DEMONSTRATIVES and j not in self.cue_tokens and not has_article(tokens[j].norm, min_length=4):
                    name = self._name(j, sentence.last_token, unknown_only=True)
                    if name is not None and name[1] - name[0] >= 2:
                        # وأعلن ذلك شون تيرنر: a name nobody listed, two words at least, right after
                        # the bare demonstrative is the verb's subject, as a listed one is
                        return _unlisted(self, name, how)
                if j in self.cue_tokens or not has_article(tokens[j].norm, min_length=4) or tokens[j].norm in language.generic_subjects:
                    return None  # وأكد ذلك أن، وقال هذا المسؤول: no subject after an object
                j += 1
        elif _pronoun_complement(word, language.prepositions) and not self._after_relative(index):
            j = index + 1
        else:
            j = self._demonstrative_after(index, limit)
            if j < 0:
                return None
        j = self._skip(j, limit)
        if self._counted_group_at(j, limit):
            # وقد أكد ذلك ثلاثة مسؤولين آخرين: a counted group after the object
            return self._quantified_group(j, sentence.last_token, how)
        unnamed = j < limit and tokens[j].norm in language.generic_subjects and not has_article(tokens[j].norm, min_length=4)
        if j >= limit or not (self._names_someone(j) or unnamed or self._body_head(j)) or j in self.titles_after_preposition:
            return None  # وأكد له أن، صرح به لوكالة: no subject after the object
        mention = self.mention_at.get(j)
        if mention is not None and (self._prepositional(mention) or not self._can_speak(mention)):
            return None
        speaker = self.phrase(j, sentence.last_token, how=how)
        if speaker is None or not (speaker.actor_id or speaker.how in ("unlisted", "unnamed")):
            return None
        return speaker

    def _counted_group_at(self, j: int, limit: int) -> bool:
        """Whether a quantifier or a number at ``j`` opens an unnamed group (a word of
        generic_subjects.txt within the next two tokens, behind من or not): ثلاثة مسؤولين، عدد من
        الخبراء. Three tokens are read."""
        tokens, language = self.tokens, self.language
        if j >= limit or not (tokens[j].norm in language.quantifiers or tokens[j].norm.isdigit()):
            return False
        return any(k < len(tokens) and tokens[k].norm in language.generic_subjects for k in (j + 1, j + 2))

    def _demonstrative_after(self, index: int, limit: int) -> int:
        """The token after an object whose demonstrative follows its nouns (وقد أكد عملية السحب
        هذه ثلاثة مسؤولين: the withdrawal is the object, the officials the subject), or -1. The
        nouns are words, no cue, no mention and no unnamed subject; the demonstrative stands within
        the first three tokens and the last noun before it is definite."""
        tokens, language = self.tokens, self.language
        for k in range(index + 1, min(limit, index + 3)):
            if tokens[k].norm in DEMONSTRATIVES:
                if not has_article(tokens[k - 1].norm, min_length=4):
                    return -1
                return k + 1
            if (not tokens[k].is_word or k in self.cue_tokens or k in self.mention_at
                    or tokens[k].norm in language.generic_subjects):
                return -1
        return -1

    def _after_relative(self, index: int) -> bool:
        """Whether the one-word verb before ``index`` opens a relative clause (التصريحات التي أدلى
        بها رئيس الحكومة): the clause describes its antecedent, and the relative rules of
        stance.py decide who speaks in it."""
        if index < 2:
            return False
        word = self.tokens[index - 2].norm
        return word in self.language.relatives or (word[:1] in ("و", "ف") and word[1:] in self.language.relatives)

    def _names_someone(self, index: int) -> bool:
        """Whether an actor's mention or a title starts or stands at ``index``."""
        return index in self.mention_at or index in self.in_mention or index in self.title_spans

    def coordinated(self, speaker: Speaker, sentence: Sentence, cue_first: int = -1) -> Speaker | None:
        """A second subject joined to a named speaker by و: ``وأكد لافروف وشويغو``، ``كتبت كل من
        آر بي سي وذا صن``: both speak. Only an actor of the speaker's kind (a person with a person,
        an outlet with an outlet, a body with a body), so ``قال لافروف وموسكو…`` stays one speaker.
        Before the verb (``cue_first``) the first of the two is the partner: ``بوتين وأردوغان
        يدعوان``; after it, a counterpart named as such is one: ``دعا بوتين، ونظيره التركي أردوغان``."""
        if speaker.how == "before_verb" and cue_first >= 0:
            return self._coordinated_before(speaker, sentence, cue_first)
        if not speaker.actor_id and speaker.how == "unnamed" and speaker.after_token >= 0:
            return self._second_group(speaker.after_token, sentence.last_token) or self._unnamed_counterpart(
                speaker.after_token, sentence.last_token)
        if not speaker.actor_id and speaker.how == "unlisted" and speaker.after_token >= 0 and speaker.name:
            return self._second_body(speaker, sentence.last_token)
        if not speaker.actor_id or speaker.after_token < 0 or speaker.how not in ("after_verb", "fronted", "relay", "source"):
            return None
        group = self._coordinated_group(speaker.after_token, sentence.last_token)
        if group is not None:
            return group
        if speaker.how == "relay":
            return None
        index = speaker.after_token
        while index < sentence.last_token and (self.tokens[index].norm in CLOSING_MARKS or self.tokens[index].norm in ("،", ",")):
            index += 1  # وفق ما أعلن الكرملين، وقوات حفتر
        index = self._past_adjectives(index, sentence.last_token)
        apart = index + 1 < sentence.last_token and self.tokens[index].norm == "و"
        word = self.tokens[index].norm if index + 1 < sentence.last_token else ""
        headed = not apart and word[:1] == "و" and word[1:] in self.language.institution_heads and index + 1 in self.mention_at
        if headed:
            # المؤسسة الوطنية للنفط وشركة تاتنفط: the second body's head noun before its name
            index += 1
        elif apart:
            # كتبت كل من "آر بي سي" و "ذا صن": the conjunction written apart, the name in quotes
            index += 1
            while index < sentence.last_token and index - speaker.after_token < 6 and self.tokens[index].norm in OPENING_MARKS:
                index += 1
        if (not apart and not headed and speaker.after_token < sentence.last_token
                and self.tokens[speaker.after_token].norm in ("،", ",") and index not in self.mention_at):
            # أعلن كل من لافروف، وزير الخارجية، وكذلك وزير الدفاع، شويغو: the
            # second subject after the first one's title set off by commas
            kind = _speaker_kind(self.lexicon.actors[speaker.actor_id].type)
            if index + 1 < sentence.last_token and self._conjunction(index):
                past = self._second_subject(index + 1, sentence.last_token, kind)
            else:
                past = self._past_apposition(index, sentence.last_token, kind, speaker.actor_id)
            if past is not None:
                apart, index = True, past
        counterpart = self._past_counterpart(index, sentence.last_token)
        if counterpart > index:
            # دعا بوتين، ونظيره التركي رجب طيب أردوغان: his counterpart, named, is a second person
            mention = self.mention_at.get(counterpart)
            if mention is None or self.lexicon.actors[speaker.actor_id].type != "person":
                return None
            apart, index = True, counterpart
        mention = self.mention_at.get(index)
        if (
            mention is None or (not apart and not headed and (mention.form != "clitic" or not self.tokens[index].norm.startswith("و")))
            or mention.actor_id == speaker.actor_id or not self._can_speak(mention)
        ):
            return None
        kinds = (_speaker_kind(self.lexicon.actors[speaker.actor_id].type), _speaker_kind(self.lexicon.actors[mention.actor_id].type))
        return self._known(mention, speaker.how) if kinds[0] == kinds[1] else None

    def _second_body(self, speaker: Speaker, limit: int) -> Speaker | None:
        """A listed body joined by و to a body nobody listed, past the first one's seat: ``بحسب ما
        أعلنت الحكومة في طرابلس ووزارة الخارجية الروسية`` → the ministry speaks too. Only when the
        first is an institution (its head in language/institution_heads.txt); a few tokens read."""
        if self._first_word(speaker) not in self.language.institution_heads:
            return None
        index = speaker.after_token
        if index + 1 < limit and self.tokens[index].norm == IN_PLACE:
            place = self.mention_at.get(index + 1)
            if place is None or self.lexicon.actors[place.actor_id].type not in PLACE_TYPES:
                return None
            index = place.last_token
        mention = self.mention_at.get(index)
        if (mention is None or mention.form != "clitic" or not self.tokens[index].norm.startswith("و")
                or not self._can_speak(mention) or _speaker_kind(self.lexicon.actors[mention.actor_id].type) != "body"):
            return None
        return self._known(mention, speaker.how)

    def _first_word(self, speaker: Speaker) -> str:
        """The normalised first word of a speaker's name as written (الحكومة → الحكومه)."""
        for index in range(speaker.after_token - 1, max(-1, speaker.after_token - PHRASE_TOKENS - 1), -1):
            if self.prepared.text[self.tokens[index].start:self.tokens[index].end] == speaker.name.split()[0]:
                return self.tokens[index].norm
        return ""

    def _coordinated_group(self, index: int, limit: int) -> Speaker | None:
        """An unnamed group (language/generic_subjects.txt) joined by و right after a named
        source: ``نقلا عن وكالة رويترز ومصادر دبلوماسية`` → the sources speak too, kept as
        their head noun (as written, without و). Past closing marks only; one token is read."""
        tokens = self.tokens
        while index < limit and tokens[index].norm in CLOSING_MARKS:
            index += 1
        word = tokens[index].norm if index < limit else ""
        if not (word.startswith("و") and word[1:] in self.language.generic_subjects) or index in self.mention_at:
            return None
        return Speaker("", self._text(index, index + 1)[1:], "unnamed", index + 1)

    def _second_group(self, index: int, limit: int) -> Speaker | None:
        """A second unnamed group joined by و to an unnamed one (a word of generic_subjects.txt or
        groups.txt behind و): ``وقالت مصادر عسكرية ومصادر محلية إن``، ``بحسب ما نقلته وسائل الإعلام
        المحلية والنشطاء الليبيون`` → each speaks, as written (eval/README.md: a claim credited to
        two sources is one statement per source). The group takes up to ADJECTIVE_WORDS words
        after its head that are no function word, cue, mention or conjunction; the و is left out."""
        tokens, language = self.tokens, self.language
        if index >= limit or not self._second_group_at(index):
            return None
        last = index + 1
        while (last < limit and last - index <= ADJECTIVE_WORDS and tokens[last].is_word
               and tokens[last].norm not in language.function_words and tokens[last].norm not in language.prepositions
               and tokens[last].norm not in language.adverbs and tokens[last].norm not in language.clause_openers
               and tokens[last].norm[:1] != "و" and last not in self.cue_tokens and last not in self.mention_at):
            last += 1
        return Speaker("", self._text(index, last)[1:].lstrip(LETTER_MARKS), "unnamed", last)

    def _unnamed_counterpart(self, index: int, limit: int) -> Speaker | None:
        """The counterpart joined by و to an unnamed titled speaker, with its state's nisba and no
        name: ``وأكد كل من وزير الخارجية السوداني ونظيره المصري`` → نظيره المصري speaks too, as
        written (which minister he is takes the date and his state, which no rule here reads)."""
        tokens = self.tokens
        word = tokens[index].norm if index < limit else ""
        if not (word.startswith("و") and word[1:] in self.language.counterparts) or index + 1 >= limit:
            return None
        nisba = tokens[index + 1].norm
        if index + 1 in self.mention_at or index + 1 in self.cue_tokens or not (has_article(nisba, min_length=4) and is_nisba(nisba)):
            return None
        return Speaker("", self._text(index, index + 2)[1:].lstrip(LETTER_MARKS), "unnamed", index + 2)

    def _second_group_at(self, index: int) -> bool:
        """Whether the token at ``index`` opens a second unnamed group behind و (ومصادر، والنشطاء),
        not a second adjective of the first: in ``مصدر عسكري ودبلوماسي`` one source is military and
        diplomatic (an indefinite adjective in ي after another)."""
        word = self.tokens[index].norm
        if word[:1] != "و" or index in self.mention_at or not (
                word[1:] in self.language.generic_subjects or word[1:] in self.language.groups):
            return False
        return not (word.endswith("ي") and index > 0 and self.tokens[index - 1].norm.endswith("ي"))

    def _past_apposition(self, index: int, limit: int, kind: str, actor_id: str) -> int | None:
        """Where a second subject's mention starts after an apposition that opens at ``index``
        and a conjunction (و, or و with an adverb: وكذا، وكذلك): ``لافروف، وزير الخارجية، وكذلك
        وزير الدفاع، سيرغي شويغو`` → وزير الدفاع. The apposition and the second one's own title are
        at most APPOSITION_WORDS words each, with no verb of saying and no quotation; the second
        title may be set off from its name by one comma. None when the phrase is not of that
        form. Only mentions of the first subject's ``kind`` count as names. A few tokens are read."""
        tokens = self.tokens
        j = index
        while j < limit and j - index <= APPOSITION_WORDS and tokens[j].norm not in ("،", ","):
            if not tokens[j].is_word or j in self.cue_tokens or tokens[j].norm.startswith("و"):
                return None
            if self._named_here(j, kind) and self.mention_at[j].actor_id != actor_id:
                return None  # لافروف، بوتين، و…: a list, not a title; his own title (وزير الخارجية) is one
            j += 1
        if j == index or j + 1 >= limit or tokens[j].norm not in ("،", ","):
            return None
        if not self._conjunction(j + 1):
            return None
        return self._second_subject(j + 2, limit, kind)

    def _conjunction(self, index: int) -> bool:
        """Whether و stands alone at ``index`` or with an adverb (وكذا، وكذلك، وأيضا)."""
        word = self.tokens[index].norm
        return word == "و" or (word.startswith("و") and word[1:] in self.language.adverbs)

    def _second_subject(self, start: int, limit: int, kind: str) -> int | None:
        """Where the mention of a second subject of ``kind`` starts, at ``start`` or after its
        own title of at most APPOSITION_WORDS words and one comma (رئيس البرلمان، فلان الفلاني),
        or None."""
        tokens = self.tokens
        k = start
        while k < limit and k - start <= APPOSITION_WORDS and not self._named_here(k, kind):
            if k in self.cue_tokens or (not tokens[k].is_word and tokens[k].norm not in ("،", ",")):
                return None
            k += 1
        if k >= limit or not self._named_here(k, kind) or sum(tokens[m].norm in ("،", ",") for m in range(start, k)) > 1:
            return None
        return k

    def _named_here(self, index: int, kind: str) -> bool:
        """Whether a mention of an actor of ``kind`` starts at ``index`` (a body named in a
        person's title, رئيس حكومة الوفاق, is of another kind)."""
        mention = self.mention_at.get(index)
        actor = self.lexicon.actors.get(mention.actor_id) if mention is not None else None
        return actor is not None and _speaker_kind(actor.type) == kind

    def _past_adjectives(self, index: int, limit: int) -> int:
        """Past at most ADJECTIVE_WORDS definite words, or ones behind ل, that qualify a subject
        and end right before و (المؤسسة الوطنية للنفط الليبية المملوكة للدولة وشركة تاتنفط), or
        ``index`` when no و follows them."""
        tokens = self.tokens
        j = index
        while j < limit and j - index < ADJECTIVE_WORDS and j not in self.mention_at and j not in self.cue_tokens:
            word = tokens[j].norm
            if not (has_article(word, min_length=4) or (word.startswith("لل") and len(word) >= 5)):
                break
            j += 1
        return j if j > index and j < limit and tokens[j].norm.startswith("و") else index

    def _past_counterpart(self, index: int, limit: int) -> int:
        """Where the name after ``ونظيره`` (language/counterparts.txt) and at most two adjectives
        and commas starts (ونظيره التركي، مولود تشاووش أوغلو), or ``index`` when no counterpart
        word stands at ``index``. A few tokens are read."""
        tokens = self.tokens
        word = tokens[index].norm if index < limit else ""
        if not (word.startswith("و") and word[1:] in self.language.counterparts):
            return index
        j, adjectives = index + 1, 0
        while j < limit and j not in self.mention_at and j not in self.title_spans:
            if tokens[j].norm in ("،", ","):
                j += 1
            elif adjectives < 2 and has_article(tokens[j].norm, min_length=4):
                adjectives += 1
                j += 1
            else:
                return index
        return j if j < limit else index

    def _coordinated_before(self, speaker: Speaker, sentence: Sentence, cue_first: int) -> Speaker | None:
        """The first of two actors joined by و right before a verb whose subject is the second:
        ``بوتين وأردوغان يدعوان``، ``إن لافروف وشويغو أكدا``. The two must stand next to each
        other (a comma between makes the first part of another clause), be of one kind, and the
        first be no preposition's object (مع لافروف وشويغو). Reads a few tokens back."""
        if not speaker.actor_id:
            return None
        tokens = self.tokens
        index = cue_first
        while index > sentence.first_token and (tokens[index - 1].norm in self.language.adverbs or tokens[index - 1].norm in CLOSING_MARKS):
            index -= 1
        second = self.mention_ending.get(index)
        if second is None or second.actor_id != speaker.actor_id:
            return None
        if second.form == "clitic" and tokens[second.first_token].norm.startswith("و"):
            before = second.first_token
        elif second.first_token - 1 > sentence.first_token and tokens[second.first_token - 1].norm == "و":
            before = second.first_token - 1
        else:
            return None
        first = self.mention_ending.get(before)
        if (first is None or first.first_token < sentence.first_token or first.actor_id == speaker.actor_id
                or not self._can_speak(first) or self._prepositional(first)):
            return None
        kinds = (_speaker_kind(self.lexicon.actors[speaker.actor_id].type), _speaker_kind(self.lexicon.actors[first.actor_id].type))
        return self._known(first, "before_verb") if kinds[0] == kinds[1] else None

    def source(self, first: int, sentence: Sentence) -> Speaker | None:
        """The source named right after a sourcing phrase: وفقاً لـ X، بحسب X، على لسان X."""
        index = first
        limit = sentence.last_token
        while index < limit and not self.tokens[index].is_word:
            index += 1
        if index < limit and self.tokens[index].norm == "ل":  # وفقاً لـ نيبينزيا, with the ل apart
            index += 1
        if index < limit and self.tokens[index].norm == "ما":
            return self._published_by(index + 1, limit)
        if index >= limit or self.tokens[index].norm == "ماذا":
            return None
        return self.phrase(index, limit, how="source", after_preposition=True)

    # بحسب ما نشره الجيش الوطني الليبي: a verb of issuing with the pronoun of what it issued is
    # no verb of saying, so no other rule names its subject; whoever published it is the source.
    def _published_by(self, verb: int, limit: int) -> Speaker | None:
        """The source after ``بحسب ما``, ``وفق ما``: None when a verb of saying follows (بحسب ما
        أعلنت الخارجية: that verb names its speaker), else, after a verb of issuing with its
        object pronoun (language/issuing_verbs.txt: نشره، أصدرته، بثته), the actor or the name
        nobody listed that is its subject. Only the verb and one subject phrase are read."""
        if verb + 1 >= limit or not issuing_verb(self.tokens[verb].norm, self.language):
            return None
        group = self._quantified_group(verb + 1, limit, "source")
        if group is not None and (verb not in self.cue_tokens or self.tokens[verb].norm in RELAYING_VERBS):
            return group  # بحسب ما نقله عدد من وسائل الإعلام المحلية: the group as written
        if verb in self.cue_tokens:
            return None
        speaker = self.phrase(verb + 1, limit, how="source")
        return speaker if speaker is not None and (speaker.actor_id or speaker.how == "unlisted") else None

    def relayed(self, first: int, sentence: Sentence) -> Speaker | None:
        """The one quoted after عن in a relay: ونقلت وكالة تاس عن لافروف قوله."""
        for index in range(first, min(first + PHRASE_TOKENS, sentence.last_token)):
            if self.tokens[index].norm == "عن" or (self.tokens[index].norm == "الي" and _attributing(self.tokens[first - 1].norm)):
                # عن ثلاثة مصادر مطلعة، عن بعض المسؤولين: a counted or quantified group is quoted;
                # ونسبت الوكالة إلى مسؤول روسي قوله: نسب quotes behind إلى
                group = self._quantified_group(index + 1, sentence.last_token, "relay")
                quoted = (group or self.phrase(index + 1, sentence.last_token, how="relay", after_preposition=True)
                          or self._own_sources(index + 1, sentence.last_token))
                if self.tokens[index].norm == "الي" and not self._words_follow(quoted, sentence):
                    return None  # وينسب القرار إلى الحكومة: a deed ascribed, no words quoted
                return quoted
        return None

    # ونقلت الوكالة عن مصادرها: the relaying outlet's own unnamed sources, a source noun with the
    # pronoun of the outlet, are quoted as written (the relay convention: the innermost teller)
    def _own_sources(self, index: int, limit: int) -> Speaker | None:
        """An unnamed source noun with a possessive pronoun at ``index`` (مصادرها، مراسله, its stem
        in language/generic_subjects.txt), kept as written, or None."""
        if index >= limit:
            return None
        word = self.tokens[index].norm
        if not any(word.endswith(suffix) and word[:-len(suffix)] in self.language.generic_subjects
                   and not has_article(word, min_length=4) for suffix in PRONOUN_SUFFIXES):
            return None
        return Speaker("", self._text(index, index + 1), "unnamed", index + 1)

    def _words_follow(self, quoted: Speaker | None, sentence: Sentence) -> bool:
        """Whether a noun of saying with a pronoun follows the one quoted (مسؤول روسي قوله،
        تأكيده، تصريحاته): only the next token is read."""
        if quoted is None or not 0 <= quoted.after_token < sentence.last_token:
            return False
        word = self.tokens[quoted.after_token].norm
        return word.startswith(("قول", "تاكيد", "تصريح")) and len(word) > 3

    def before(self, cue_first: int, sentence: Sentence, *, comma: bool = False, relative: bool = False) -> Speaker | None:
        """An actor ending right before the verb (past قد): إن لافروف أكد، إن موسكو قد أعلنت.
        With ``relative``, the antecedent of a relative pronoun, which may be the object of a
        preposition: محادثات مع لافروف الذي أكد."""
        cue_first = index = self._past_already(cue_first, sentence)
        if index > sentence.first_token and self.tokens[index - 1].norm in QUOTED_VERB_MARKS:
            # أن مولوتكوف «جدد دعم بلاده»: the quotation opens with the verb, its subject stands
            # before the mark, as with a straight quote
            cue_first = index = index - 1
        # A comma may set off a subject from a verb with no conjunction (أن بوغدانوف، أكد), never
        # from one with و: in استقبل بوتين حفتر، وأكد the name before the comma is an object.
        asyndetic = comma and not self.tokens[cue_first].norm.startswith(("و", "ف"))
        while index > sentence.first_token and (
            self.tokens[index - 1].norm in self.language.adverbs or self.tokens[index - 1].norm in CLOSING_MARKS
            or (asyndetic and self.tokens[index - 1].norm in ("،", ","))
        ):
            index -= 1  # «موسكو» تنفي، لافروف قد أكد
        mention = self.mention_ending.get(index)
        if mention is None and relative and asyndetic and self.tokens[index].norm in ("،", ","):
            # محادثات مع وزير الزراعة الروسي فلان فلانوف، الذي أعلن: a title and its
            # holder's name nobody listed, set off by a comma before the pronoun, are its antecedent
            # also behind a preposition (att54)
            named = self._titled_name_before(index, sentence)
            if named is not None:
                return named
        if mention is None and (index == cue_first or (asyndetic and self.tokens[index].norm in ("،", ","))):
            # أن مسؤولا روسيا رفيع المستوى، صرح: a comma may end an unnamed subject too
            return self._titled_before(index, sentence)
        if mention is None or mention.first_token < sentence.first_token:
            return None
        if self._alone_on_line(cue_first):
            return None  # …لقرارات مجلس الأمن⏎أكد⏎المتحدث باسم السفارة: the verb opens the next paragraph
        if index < cue_first and self.tokens[index].norm in ("،", ",") and self.lexicon.actors[mention.actor_id].type != "person":
            return None  # a place before a comma (في ليبيا، تحدث) is no subject; a person may be
        if not self._can_speak(mention) or (self._prepositional(mention) and not relative):
            return None
        if mention.first_token > sentence.first_token and self.tokens[mention.first_token - 1].norm in self.language.mute_heads:
            return None  # أن دور موسكو يلفت انتباه واشنطن: the role is the subject, Moscow its genitive
        if not relative and self._feminine_place_before_masculine(mention, cue_first):
            return None
        named = self._named_before_title(mention)
        if named is not None:
            return self._known(named, "before_verb")
        return self._known(mention, "before_verb")

    def _feminine_place_before_masculine(self, mention: Mention, cue_first: int) -> bool:
        """Whether a state or city named before the verb at ``cue_first`` is feminine and the verb
        masculine (يـ, or a past verb neither opening nor ending in ت): a subject before its verb
        agrees with it (مصر قالت), so in «في تعليقه على تعيين سفير لدى مصر قال الباحث فلان» the
        country is a genitive and the subject comes after. A place named by a masculine noun
        (language/masculine_places.txt: العراق، الجانب) agrees with a masculine verb. (att49)"""
        if self.lexicon.actors[mention.actor_id].type not in ("state", "city"):
            return False
        if self.tokens[mention.first_token].norm in self.language.masculine_places:
            return False
        verb = self.tokens[cue_first].norm
        if verb[:1] in ("و", "ف") and len(verb) > 3:
            verb = verb[1:]
        # أكدتا: the feminine dual's past ends in تا (روسيا والصين أكدتا)
        return verb.startswith("ي") or not (verb.startswith("ت") or verb.endswith(("ت", "تا")))

    def _alone_on_line(self, index: int) -> bool:
        """Whether the word at ``index`` stands alone on its line, as some outlets set the first
        word of each paragraph (``أكد⏎المتحدث باسم السفارة …``): what ends the line before it is
        no subject of it. Only the two gaps around the word are read."""
        tokens, text = self.tokens, self.prepared.text
        if index == 0 or index + 1 >= len(tokens):
            return False
        return "\n" in text[tokens[index - 1].end:tokens[index].start] and "\n" in text[tokens[index].end:tokens[index + 1].start]

    def _named_before_title(self, mention: Mention) -> Mention | None:
        """The person named right before a title that describes him (أن محمد الدايري وزير خارجية
        ليبيا يتوقع: al-Dairi, whatever minister the date gives the title): the title is in
        apposition to the name. Only the mention ending where the title starts is read."""
        if mention.match_kind != "title":
            return None
        named = self.mention_ending.get(mention.first_token)
        if named is None or named.match_kind == "title" or named.actor_id == mention.actor_id:
            return None
        actor = self.lexicon.actors.get(named.actor_id)
        return named if actor is not None and actor.type == "person" else None

    def _described_person(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is a definite noun for a person with its state's adjective and
        nothing else (أن المسؤول الروسي “عبر، أن الدبلوماسي الأمريكي أكد): a description of someone
        the article named, whom stance.py finds. The plural is a group (المسؤولون)."""
        words = [self.tokens[k].norm for k in range(start + 1, end)]
        return (bool(words) and all(is_nisba(word) for word in words) and start + 1 not in self.mention_at
                and self.tokens[start].norm not in self.language.groups)

    def already_named(self, cue_first: int, sentence: Sentence) -> Speaker | None:
        """The speaker named behind ل between سبق and أن right before the verb: ``وسبق
        لزاخاروفا أن انتقدت``، ``كما سبق لوزير الخارجية الروسي أن أكد``. The phrase after سبق must
        end at أن; only the few tokens before the verb are read (PHRASE_TOKENS at most)."""
        tokens = self.tokens
        if cue_first - 3 < sentence.first_token or tokens[cue_first - 1].norm != "ان":
            return None
        for start in range(cue_first - 2, max(sentence.first_token, cue_first - 2 - PHRASE_TOKENS) - 1, -1):
            word = tokens[start].norm
            if (word[1:] if word[:1] in ("و", "ف") else word) != ALREADY:
                continue
            if start + 1 >= cue_first - 1 or tokens[start + 1].norm[:1] != "ل":
                return None
            speaker = self.phrase(start + 1, cue_first - 1, how="before_verb", after_preposition=True)
            if speaker is None or speaker.after_token != cue_first - 1 or not (speaker.actor_id or speaker.how == "unlisted"):
                return None
            return speaker
        return None

    def _past_already(self, cue_first: int, sentence: Sentence) -> int:
        """Where ``سبق أن`` or ``سبق له أن`` right before a verb starts (three tokens at most), or
        ``cue_first``: in ``إلا أن الوزير، سامر الدوري، سبق أن قال`` the subject ends
        before سبق, as it ends before قد in ``لافروف قد أكد``."""
        tokens = self.tokens
        if cue_first - 2 < sentence.first_token or tokens[cue_first - 1].norm != "ان":
            return cue_first
        index = cue_first - 2
        if tokens[index].norm in ALREADY_PRONOUNS and index - 1 >= sentence.first_token:
            index -= 1
        return index if tokens[index].norm == ALREADY else cue_first

    def _titled_name_before(self, index: int, sentence: Sentence) -> Speaker | None:
        """A title and a name nobody listed after it ending right at ``index`` (a comma before a
        relative pronoun): ``مع وزير الطاقة الروسي فلان فلانوف، الذي`` → the name as written. The
        title is looked for at most PHRASE_TOKENS back; the phrase must be read as a name (unlisted)
        and end at ``index``. (att54)"""
        for start in range(index - 1, max(sentence.first_token, index - PHRASE_TOKENS) - 1, -1):
            if start not in self.title_spans:
                continue
            speaker = self.phrase(start, index, how="relative", after_preposition=True)
            if speaker is None or speaker.after_token != index or speaker.actor_id or speaker.how != "unlisted":
                return None
            return Speaker("", speaker.name, "relative", index)
        return None

    def _titled_before(self, index: int, sentence: Sentence) -> Speaker | None:
        """A title and the name of its holder, nobody listed, between a clause opener and the verb
        ending at ``index``: ``إلى أن وزير الخارجية الليبي منصور الكيلاني أكد للجانب الروسي`` →
        the minister, not the body whose statement holds the clause. The title is looked for at
        most PHRASE_TOKENS back, and its phrase must end right at the verb."""
        tokens, language = self.tokens, self.language
        for start in range(index - 1, max(sentence.first_token, index - PHRASE_TOKENS) - 1, -1):
            word = tokens[start].norm
            unnamed = word in language.generic_subjects and (
                not has_article(word, min_length=4) or self._described_person(start, index))
            if (start not in self.title_spans and not unnamed) or start in self.titles_after_preposition:
                continue
            if start - 1 < sentence.first_token or tokens[start - 1].norm not in language.clause_openers:
                continue
            speaker = self.phrase(start, index, how="before_verb")
            if speaker is None or speaker.after_token != index or speaker.actor_id:
                return None
            return Speaker("", speaker.name, "before_verb" if speaker.how == "unlisted" else speaker.how, index)
        return None

    def described_group(self, cue_first: int, sentence: Sentence) -> Speaker | None:
        """An unnamed group kept as written, indefinite, that a verb with no و describes inside the
        sentence (an asyndetic relative clause): ``ظهرت تقارير إعلامية تحدثت عن …``، ``انتقادات
        من حكومات غربية تقول إن …`` → the reports, the governments. The group's head is a word of
        language/generic_subjects.txt without the article, at most GROUP_BEFORE_TOKENS back, and
        its phrase must end right at the verb; a listed actor is left to the other rules. The verb
        agrees with a plural group: feminine (تقول، تحدثت) or plural (يقولون، قالوا), never a
        masculine singular, which has another subject (من مصادر محدودة يشير إلى أن) or is no verb
        (سفراء عرب جدد). A group after a word of language/following.txt (بعد تقارير تفيد بأن) is
        what the news follows, narration. (att52)"""
        tokens, language = self.tokens, self.language
        verb = tokens[cue_first].norm
        if cue_first <= sentence.first_token or verb[:1] in ("و", "ف") or not _plural_agreement(verb):
            return None
        for start in range(cue_first - 1, max(sentence.first_token, cue_first - GROUP_BEFORE_TOKENS) - 1, -1):
            word = tokens[start].norm
            if not tokens[start].is_word or start in self.cue_tokens:
                return None
            if word not in language.generic_subjects or has_article(word, min_length=4):
                continue
            if start > sentence.first_token and _without_conjunction(tokens[start - 1].norm) in language.following:
                return None
            if not all(_describing(tokens[k].norm) for k in range(start + 1, cue_first)):
                return None  # وتداولت مواقع أنباء تفيد: the news the verb describes is no group of speakers
            speaker = self.phrase(start, cue_first, how="unnamed")
            if speaker is None or speaker.actor_id or speaker.after_token != cue_first:
                return None
            return Speaker("", speaker.name, "unnamed", cue_first)
        return None

    def latter(self, cue_first: int, cue_last: int, sentence: Sentence) -> Speaker | None:
        """``الأخير`` as a verb's subject is the actor named last before the verb, in its sentence
        or the one before: ``تحدث ماكرون إلى بوتين، ونفى الأخير أي وجود عسكري`` → Putin, not the
        speaker before. Only a person counts (الأخير after في ليبيا is still the person); a title
        between him and the verb (السفير الروسي) is someone else, so nobody; at most LATTER_MENTIONS
        mentions back are looked at, found by bisection."""
        index = self._skip(cue_last, sentence.last_token)
        if index >= sentence.last_token or self.tokens[index].norm not in LATTER:
            return None
        earliest = sentence.first_token
        if sentence.sentence_id > 1:
            earliest = self.prepared.sentences[sentence.sentence_id - 2].first_token
        position = bisect.bisect_right(self.mention_lasts, cue_first) - 1
        for mention in self.mentions[max(0, position - LATTER_MENTIONS + 1):position + 1][::-1]:
            if mention.first_token < earliest:
                return None
            if mention.last_token <= cue_first and self.lexicon.actors[mention.actor_id].type == "person":
                if any(mention.last_token <= title < cue_first for title in self._titles_between(mention.last_token, cue_first)):
                    return None  # التقى الدبيبة السفير الروسي، وأكد الأخير: the ambassador, nobody listed
                known = self._known(mention, "latter")
                return replace(known, after_token=index + 1)
        return None

    def ordinal(self, cue_last: int, sentence: Sentence) -> tuple[int, int] | None:
        """``الأولى`` or ``الثاني`` as a verb's subject (past adverbs): which of two coordinated
        speakers it names (0 or 1) and the token after it; None otherwise, and before من (``أعلن
        الأول من أمس`` is a date, ``الأولى من نوعها`` a description)."""
        index = self._skip(cue_last, sentence.last_token)
        if index >= sentence.last_token or self.tokens[index].norm not in ORDINALS:
            return None
        if index + 1 < sentence.last_token and self.tokens[index + 1].norm == "من":
            return None
        return ORDINALS[self.tokens[index].norm], index + 1

    def _titles_between(self, first: int, last: int) -> list[int]:
        """The starts of title matches in ``[first, last)``, by bisection."""
        low = bisect.bisect_left(self.title_starts, first)
        high = bisect.bisect_left(self.title_starts, last)
        return self.title_starts[low:high]

    def topic(self, cue_first: int, sentence: Sentence) -> Speaker | None:
        """The subject put first with أما, the verb after it behind ف: ``أما المشري فأكد``,
        ``أما الكرملين فقد نفى`` → the topic speaks, although the verb carries a conjunction. The
        phrase between أما and the verb must reach the verb; at most PHRASE_TOKENS back are read."""
        tokens = self.tokens
        end = cue_first
        if end - 1 >= sentence.first_token and tokens[end - 1].norm in TOPIC_VERB_PARTICLES:
            end -= 1
        elif not tokens[cue_first].norm.startswith("ف"):
            return None
        for start in range(end - 1, max(sentence.first_token, end - PHRASE_TOKENS) - 1, -1):
            if tokens[start].norm in TOPIC_MARKERS:
                speaker = self.phrase(start + 1, end, how="fronted")
                return speaker if speaker is not None and speaker.after_token == end else None
            if tokens[start].norm in self.language.clause_openers or start in self.cue_tokens:
                return None
        return None

    def fronted(self, cue_first: int, sentence: Sentence) -> Speaker | None:
        """The subject that opens the sentence when its verb comes later.

        ``وكان وزير الخارجية الروسي سيرغي لافروف قد أكد`` and ``وزير النفط محمد العكروت، في تصريح
        لوكالة، أضاف``: the phrase must reach the verb through adverbs, قد, or one parenthesis
        set off by commas, and no clause (أن، إن) may open in between.
        """
        tokens = self.tokens
        index = sentence.first_token
        if index < len(tokens) and tokens[index].norm in ("و", "ف"):
            index += 1
        if index < cue_first and tokens[index].norm in self.language.contrast:
            index += 1  # لكن خبراء يقولون إن: the subject comes after the word of contrast
        if index >= cue_first:
            return None
        index = self._past_label(index, cue_first)
        opener = tokens[index].norm
        for stem, _ in proclitic_readings(opener):
            if stem in self.language.pluperfect:  # وكان، وكانت
                index += 1
                break
        cue_first = self._past_already(cue_first, sentence)  # وكانت الوزارة سبق أن أعلنت
        if index >= cue_first or cue_first - index > PHRASE_TOKENS + FRONTED_GAP_TOKENS:
            return None
        speaker = self.phrase(index, cue_first, how="fronted")
        if speaker is None or speaker.after_token < 0:
            return None
        if not self._reaches(speaker.after_token, cue_first):
            return None
        return speaker

    def _past_label(self, index: int, cue_first: int) -> int:
        """Past a section label that opens a headline: one or two words that name no speaker (a
        place, or a word such as خاص) and a colon: ``ليبيا : نائب الرئيس الروسي يعلن`` → the title
        after the colon is the subject. A speaker before the colon is the headline rule's."""
        tokens = self.tokens
        for colon in (index + 1, index + 2):
            if colon < cue_first - 1 and tokens[colon].norm in DASHES and all(
                    tokens[k].is_word and k not in self.cue_tokens for k in range(index, colon)):
                # الشروق - المتحدث باسم الجيش ينفي: the outlet's or the city's credit before a dash
                # opens the line; the subject is after it, whoever the credit names
                return colon + 1
            if colon >= cue_first - 1 or tokens[colon].norm != ":":
                continue
            if not all(tokens[k].is_word and k not in self.cue_tokens for k in range(index, colon)):
                return index
            mention = self.mention_at.get(index)
            if mention is not None and (mention.last_token != colon or self.lexicon.actors[mention.actor_id].type not in PLACE_TYPES):
                return index
            if mention is None and colon - index == 1 and self.phrase(index, colon, how="headline") is not None:
                return index  # كوبلر: a name nobody listed says what follows
            return colon + 1
        return index

    def relative_subject(self, cue_first: int, sentence: Sentence) -> Speaker | None:
        """The subject that opens a clause and a relative clause describes before the verb comes:
        ``لكن روسيا التي تحتفظ بحق النقض داخل مجلس الأمن حذرت`` → Russia, not the council the
        relative clause names last. The relative pronoun must stand within RELATIVE_CLAUSE_TOKENS
        before the verb with at least one word between (a verb right after it is the relative
        clause's own: لافروف، الذي توقع), no clause opener between; the subject phrase
        must run from the clause's start (the sentence's, past و/ف or لكن, or a clause opener's)
        to the pronoun, past one comma. Reads a bounded number of tokens back."""
        tokens, language = self.tokens, self.language
        start = max(sentence.first_token, cue_first - RELATIVE_CLAUSE_TOKENS)
        relative = cue_first - 1
        while relative >= start:
            word = tokens[relative].norm
            if word in language.relatives:
                break
            if word in language.clause_openers or word in language.contrast:
                return None  # a stance word inside the relative clause (التي تدعم حفتر) is passed
            relative -= 1
        else:
            return None
        if relative >= cue_first - 1 or relative <= sentence.first_token:
            return None
        end = relative - 1 if tokens[relative - 1].norm in ("،", ",") else relative
        clause = max(sentence.first_token, end - PHRASE_TOKENS)
        for k in range(end - 1, clause - 1, -1):
            word = tokens[k].norm
            if word in language.clause_openers or word in language.contrast:
                clause = k + 1
                break
            if k in self.cue_tokens:
                return None
        else:
            if clause > sentence.first_token:
                return None  # the clause starts further back than a subject phrase reaches
            if tokens[clause].norm in ("و", "ف"):
                clause += 1
        if clause >= end:
            return None
        speaker = self.phrase(clause, end, how="fronted")
        if speaker is None or not speaker.actor_id or speaker.after_token != end:
            return None
        return speaker

    def opened_subject(self, cue_first: int, sentence: Sentence) -> Speaker | None:
        """The subject a clause opener (إن، أن، بأن) introduces, set off by commas from its verb:
        ``إن نائب وزير الدفاع الروسي، يونس بك يفكوروف، أبلغ قائد الجيش`` → the deputy minister;
        the noun after إن is its subject, so the title and name after the verb are its object.
        The phrase must start right after the opener and reach the verb past commas and adverbs;
        at most PHRASE_TOKENS + FRONTED_GAP_TOKENS tokens are read back."""
        tokens, language = self.tokens, self.language
        start = max(sentence.first_token, cue_first - PHRASE_TOKENS - FRONTED_GAP_TOKENS)
        if cue_first - 1 < start or tokens[cue_first - 1].norm not in ("،", ","):
            return None  # with no comma the subject right before the verb is the older rule's
        for opener in range(cue_first - 2, start - 1, -1):
            if opener in self.cue_tokens:
                return None
            if tokens[opener].norm in language.clause_openers:
                break
        else:
            return None
        speaker = self.phrase(opener + 1, cue_first, how="before_verb")
        if speaker is None or not speaker.actor_id or speaker.after_token < 0 or not self._reaches(speaker.after_token, cue_first):
            return None
        return speaker

    def headline_subject(self, cue_first: int, sentence: Sentence) -> Speaker | None:
        """The subject that opens the sentence before a present-tense verb (a headline's order),
        for a second present-tense verb of the same person joined by و: ``حفتر يلتقي وزير خارجية
        روسيا ويدعو موسكو لتلعب دوراً`` goes on with Haftar, and Moscow is the one called on. Only
        the words between the two verbs are read, at most HEADLINE_VERBS_REACH, none of them a
        mark or a clause opener."""
        tokens = self.tokens
        verb = tokens[cue_first].norm
        if verb[:1] != "و" or verb[1:2] not in ("ي", "ت"):
            return None
        mention = self.mention_at.get(sentence.first_token)
        if mention is None:
            return None
        opening = mention.last_token
        if (opening + 1 >= cue_first or cue_first - opening > HEADLINE_VERBS_REACH or opening in self.cue_tokens
                or not tokens[opening].norm.startswith(verb[1])):
            return None
        if any(not tokens[index].is_word or tokens[index].norm in self.language.clause_openers
               for index in range(opening, cue_first)):
            return None
        speaker = self.before(opening, sentence)
        return replace(speaker, how="opening_subject") if speaker is not None and speaker.actor_id else None

    def opening_subject(self, sentence: Sentence, before: int) -> Speaker | None:
        """The subject right after the word that opens the sentence, when that word is a verb
        (not a preposition, a name or a title) and the subject is an actor: وأصدرت السفارة
        الروسية في ليبيا تحذيراً … مشددة."""
        verb = self._past_preface(sentence, before)
        if verb + 1 >= before or not self.tokens[verb].is_word or verb in self.mention_at or verb in self.title_spans:
            return None
        word = self.tokens[verb].norm
        if word in self.language.prepositions or _without_preposition(word) != word or word[1:] in self.language.prepositions:
            return None
        if self._prepositional_at(verb + 1):
            # ووفقاً للعقد مع القاهرة ستبدأ الأعمال: a word behind ل or ب after the opening word
            # is what that word governs (a source credited, an object), never its subject (att54)
            return None
        speaker = self.phrase(verb + 1, before, how="opening_subject")
        # an unnamed group kept as written speaks too: قدمت مصادر أمنية مصرية تفاصيل، واصفة …
        return speaker if speaker is not None and (speaker.actor_id or speaker.how in ("unlisted", "unnamed")) else None

    def subject_first(self, sentence: Sentence, before: int) -> Speaker | None:
        """The actor that opens the sentence as the subject of its first verb, for a verb of saying
        joined by و after a comma further on: ``روسيا قد منعت القرار، وأكدت أن …`` → Russia; a second
        actor joined by و (``روسيا والصين قد منعتا …، وأكدتا``) is left to ``coordinated``. A writer's
        note before it (language/writers_notes.txt: يذكر أن) is passed. After the actors and قد
        must come a word that can be the verb: no name, title, cue, definite noun, preposition,
        function word or mark (a dateline «موسكو، 5 أبريل» or «روسيا اليوم:» is no clause). (att52)"""
        tokens, language = self.tokens, self.language
        index = sentence.first_token
        for phrase in language.writers_notes:
            parts = phrase.split()
            if [tokens[k].norm for k in range(index, min(before, index + len(parts)))] == parts:
                index += len(parts)
                break
        if index < before and tokens[index].norm in ("و", "ف"):
            index += 1
        mention = self.mention_at.get(index)
        if mention is None or index in self.title_spans or not self._can_speak(mention):
            return None
        end = mention.last_token
        second = self.mention_at.get(end + 1) if end < before and tokens[end].norm == "و" else self.mention_at.get(end)
        if second is not None and (tokens[end].norm == "و" or (second.form == "clitic" and tokens[end].norm.startswith("و"))):
            end = second.last_token
        while end < before and tokens[end].norm in language.adverbs:
            end += 1
        if end >= before or not tokens[end].is_word:
            return None
        word = tokens[end].norm
        if (end in self.mention_at or end in self.title_spans or end in self.cue_tokens or has_article(word, min_length=4)
                or word in language.prepositions or word in language.function_words or word in language.clause_openers):
            return None
        return self._known(mention, "fronted")

    def _past_preface(self, sentence: Sentence, before: int) -> int:
        """The first token after a short prepositional preface and its comma (في سياق متصل،
        من جهته، وفي هذا الإطار،), or after a phrase of time closed by a word of
        language/time_closers.txt with no comma (وفي وقت سابق نشرت), or the sentence's first token
        when there is none. At most PREFACE_TOKENS are read, with no cue among them."""
        tokens, first = self.tokens, sentence.first_token
        word = tokens[first].norm
        stripped = word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word
        if stripped not in self.language.prepositions:
            return first
        for index in range(first + 1, min(before, first + PREFACE_TOKENS + 1)):
            if index in self.cue_tokens:
                return first
            if tokens[index].norm in ("،", ","):
                return index + 1
            if (tokens[index].norm in self.language.time_closers and index + 1 < before
                    and tokens[index + 1].is_word):
                return index + 1  # وفي وقت سابق نشرت منصة: a phrase of time closes with no comma
        return first

    def speech_noun(self, sentence: Sentence) -> list[tuple[int, Speaker]]:
        """Statements carried by a noun of speech (language/speech_nouns.txt) with no verb: the
        noun names its speaker when a listed actor follows it in construct (وتنطوي تصريحات لافروف
        على مخاوف), behind ل (وفق بيان لقوات الشرق), or behind صادر/صدر عن (تحذيرا صدر عن
        السفارة الروسية). Returns each noun's token and its speaker, in text order; each noun
        reads a bounded phrase after it, so a sentence costs its length."""
        tokens, nouns = self.tokens, self.language.speech_nouns
        found: list[tuple[int, Speaker]] = []
        limit = sentence.last_token
        for index in range(sentence.first_token, limit - 1):
            token = tokens[index]
            if not token.is_word or index in self.in_mention or index in self.mention_at:
                continue
            if not any(stem in nouns for stem, _ in proclitic_readings(token.norm)):
                continue
            if self._object_of_cue(index, sentence):
                continue  # أدانوا فيه تصريحات لافروف: Lavrov's words are what is condemned here
            if ((token.norm in self.language.declined_speech and self._refused(index, sentence))
                    or declines_speech(tokens, index, sentence, self.language)):
                continue  # ورفض الدبلوماسي الروسي التعليق على …: a refusal to comment says nothing
            speaker = self._speech_noun_speaker(index + 1, limit)
            if speaker is not None and not self._accused(token.norm, speaker, limit):
                found.append((index, speaker))
        return found

    def _object_of_cue(self, index: int, sentence: Sentence) -> bool:
        """Whether the noun of speech at ``index`` is the object of a verb of speech in a document,
        the verb and فيه/فيها right before it (بيانا أدانوا فيه تصريحات الوزير): the words are what
        the document's signatories speak of, not a statement made here. Without فيه the verb
        may carry the noun's words (وتحمل تصريحات لافروف انتقادا). Only the two tokens before the
        noun are read."""
        before = index - 1
        if before <= sentence.first_token or self.tokens[before].norm not in IN_IT:
            return False
        return before - 1 in self.cue_tokens

    def _refused(self, index: int, sentence: Sentence) -> bool:
        """Whether a verb of refusing (language/refusing.txt) governs the noun of speech at
        ``index``, past its subject: ``رفض المتحدث باسم الوزارة التعليق``. At most DECLINED_REACH
        words back are read, up to a mark."""
        for before in range(index - 1, max(sentence.first_token, index - DECLINED_REACH) - 1, -1):
            token = self.tokens[before]
            if not token.is_word:
                return False
            if refusing_verb(token.norm, self.language):
                return True
        return False

    def _accused(self, noun: str, speaker: Speaker, limit: int) -> bool:
        """Whether the actor after a noun of accusing is the accused, the charge following behind
        ب: محاولات اتهام روسيا باستغلال النزاع (Russia is accused; بأن would be what was said)."""
        if not any(stem in self.language.charging for stem, _ in proclitic_readings(noun)):
            return False
        after = speaker.after_token
        if after >= limit or not self.tokens[after].is_word:
            return False
        word = self.tokens[after].norm
        return word[:1] == "ب" and not word.startswith(("بان", "بشان", "بخصوص")) and word not in self.language.topic_prepositions

    def _speech_noun_speaker(self, index: int, limit: int) -> Speaker | None:
        """The speaker a noun of speech names from the token after it (see speech_noun)."""
        tokens = self.tokens
        word = tokens[index].norm
        for gave in range(index, min(limit - 2, index + GAVE_REACH)):
            # وفي تصريحات سابقة أدلى بها مصدر برلماني: whoever gave them speaks, named or not
            if tokens[gave].norm in GAVE and tokens[gave + 1].norm in GAVE_PRONOUNS:
                return self.phrase(gave + 2, limit, how="speech_noun")
            if not tokens[gave].is_word:
                break
        adjective = self.nisba(index, limit)
        if adjective is not None:
            return adjective  # تصريحات روسية: Russia's statements
        if word in DOCUMENT_SOURCES or word == "صدر":
            if index + 2 < limit and tokens[index + 1].norm == "عن":
                speaker = self.phrase(index + 2, limit, how="speech_noun", after_preposition=True)
                return speaker if speaker is not None and (speaker.actor_id or speaker.how == "unlisted") else None
            return None
        described = self._described_noun_owner(index, limit)
        if described is not None:
            return described
        mention = self.mention_at.get(index)
        if mention is None and index in self.title_spans and index not in self.titles_after_preposition:
            # تصريح قائد الجيش الوطني الليبي خليفة حفتر: a title, then its holder
            speaker = self.phrase(index, limit, how="speech_noun")
            return speaker if speaker is not None and speaker.actor_id else None
        if mention is None or not self._can_speak(mention):
            return None
        stripped = word[1:] if word[:1] in ("و", "ف") else word
        if mention.form == "clitic" and stripped[:1] in ("ب", "ك"):
            return None  # تصريحات بموسكو: where, not who
        if stripped.startswith("و") or (mention.form == "clitic" and word[:1] in ("و", "ف")):
            return None  # بيان وروسيا: a new item of a list, no construct
        speaker = self.phrase(index, limit, how="speech_noun", after_preposition=True)
        return speaker if speaker is not None and speaker.actor_id else None

    def _described_noun_owner(self, index: int, limit: int) -> Speaker | None:
        """The owner of a noun of speech behind ل, past up to DESCRIBED_NOUN_WORDS words describing
        the noun, or with ل written apart (لـ): ``تصريح خطير لـ لافروف``، ``تصريحات نارية لزاخاروفا``
        (a headline's label of the words, whose speaker is the one behind ل). An outlet there is
        whom the words were given to (تصريح خاص لوكالة سبوتنيك), no speaker. At most
        DESCRIBED_NOUN_WORDS + 2 tokens read."""
        tokens = self.tokens
        for at in range(index, min(limit - 1, index + DESCRIBED_NOUN_WORDS + 1)):
            token = tokens[at]
            if token.norm == "ل":
                owner = self.mention_at.get(at + 1)
                start, after_preposition = at + 1, False
            elif at > index and token.norm[:1] == "ل" and at in self.mention_at and self.mention_at[at].form == "clitic":
                owner = self.mention_at[at]
                start, after_preposition = at, True
            else:
                owner = None
            if owner is not None:
                if not self._can_speak(owner) or self.lexicon.actors[owner.actor_id].type == "media":
                    return None
                speaker = self.phrase(start, limit, how="speech_noun", after_preposition=after_preposition)
                return speaker if speaker is not None and speaker.actor_id else None
            if (not token.is_word or at in self.mention_at or at in self.in_mention or at in self.title_spans
                    or has_article(token.norm, min_length=4) or token.norm in self.language.function_words
                    or token.norm in self.language.prepositions):
                return None  # not a word describing the noun: the rule does not apply
        return None

    def headline(self, sentence: Sentence) -> tuple[Speaker, int] | None:
        """A name, a colon and what they say: ``زاخاروفا: موسكو تدعم الهدنة``.

        Returns:
            The speaker and the colon's token, or None.
        """
        tokens = self.tokens
        speaker = self.phrase(sentence.first_token, sentence.last_token, how="headline")
        if (speaker is not None and not speaker.actor_id and speaker.how in ("unnamed", "unlisted")
                and sentence.first_token in self.title_spans and has_article(tokens[sentence.first_token].norm, min_length=4)):
            # السفير الروسي: …: an office with no name, its holder named in the body
            # (stance.py named_later keeps it only then)
            speaker = replace(speaker, how="headline_title")
        if speaker is None or speaker.after_token < 0 or not (
                speaker.actor_id or speaker.how in ("headline", "headline_title") or self._unnamed_headline(speaker, sentence)
                or self._state_body_headline(speaker, sentence)):
            return None  # المصدر: وكالة الأناضول is a credit line, not a statement
        if not speaker.actor_id and not any("\u0621" <= char <= "\u064a" for char in speaker.name):
            return None  # NEWS: …, Exclusive: … in an embedded post: a label, no Arabic name
        if not speaker.actor_id and sum(char.isalpha() for char in speaker.name) < 2:
            return None  # س: …، ج: …: an interview's question and answer labels, no one's name (att38)
        colon = speaker.after_token
        while colon < sentence.last_token and tokens[colon].norm in CLOSING_MARKS:
            colon += 1  # «لافروف»: …
        if colon < sentence.last_token and tokens[colon].norm in QUALIFYING and speaker.actor_id:
            # السفارة الروسية في ليبيا: …: where the body sits, then the colon
            place = self.mention_at.get(colon + 1)
            if place is not None and place.last_token < sentence.last_token:
                colon = place.last_token
        if colon < sentence.last_token and tokens[colon].norm != ":" and tokens[colon].norm[:1] == "ل":
            # مسؤولون أمريكيون لـ"رويترز": …، لافروف لنظيره الليبي: …: whom the words were told
            # stands between the speaker and the colon
            for k in range(colon + 1, min(sentence.last_token, colon + ADDRESSEE_TOKENS + 1)):
                if k in self.cue_tokens:
                    break
                if tokens[k].norm == ":":
                    colon = k
                    break
        if colon >= sentence.last_token or tokens[colon].norm != ":":
            return None
        if speaker.actor_id and self.lexicon.actors[speaker.actor_id].type in PLACE_TYPES and self._own_subject(colon + 1, sentence):
            return None  # ليبيا: بوليانسكي يتوقع…: the place is the section, the statement has its own speaker
        return speaker, colon

    def _state_body_headline(self, speaker: Speaker, sentence: Sentence) -> bool:
        """Whether a body nobody listed opens a headline: a definite institution's head and a
        state's adjective, two words (الجيش الأمريكي: روسيا أرسلت 14 مقاتلة), a credit line's
        words (المصدر، الصورة) being no institution's head."""
        words = [token.norm for token in self.tokens[sentence.first_token:speaker.after_token]]
        return (speaker.how == "unlisted" and len(words) == 2 and has_article(words[0], min_length=4)
                and words[0] in self.language.institution_heads and words[1][2:] in self.state_adjectives)

    def _unnamed_headline(self, speaker: Speaker, sentence: Sentence) -> bool:
        """Whether an unnamed speaker may open a headline: an indefinite noun with its qualifier
        (مسؤول روسي: …، مصادر دبلوماسية: …), never a definite credit line (المصدر: وكالة الأناضول)."""
        first = self.tokens[sentence.first_token].norm
        return (speaker.how == "unnamed" and not has_article(first, min_length=4)
                and speaker.after_token - sentence.first_token >= 2)

    # --- the subject phrase ------------------------------------------------------------------
    def _spokesman_of_it(self, index: int) -> bool:
        """Whether the word at ``index`` is a spokesman's title word (language/spokesmen.txt) with
        a possessive pronoun for the body it speaks for (متحدثها، ناطقتها، ممثلهم) and a listed
        person is named right after it: ``نددت الخارجية على لسان متحدثها فلان``. Two tokens read."""
        tokens = self.tokens
        if index in self.mention_at or index in self.cue_tokens:
            return False
        person = self.mention_at.get(index + 1)
        if person is None or self.lexicon.actors[person.actor_id].type != "person":
            return False
        word = tokens[index].norm
        for suffix in OWN_PRONOUNS:
            stem = word[:-len(suffix)]
            if word.endswith(suffix) and len(stem) > 3:
                if stem.endswith("ت"):
                    stem = stem[:-1] + "ه"  # متحدثتها → متحدثه
                return stem in self.language.spokesmen
        return False

    def phrase(self, index: int, limit: int, *, how: str, after_preposition: bool = False) -> Speaker | None:
        """The speaker a subject phrase starting at ``index`` names, or None.

        A person named in the phrase wins (the holder of the title before it); else a name the
        lexicon does not know after a title; else the first institution or state; else an
        unnamed group (مصادر مطلعة، مسؤول عسكري); else an institution the lexicon lacks
        (السفارة الروسية), kept as written.
        """
        tokens, language = self.tokens, self.language
        if index + 1 < limit and tokens[index].norm in derived(self.lexicon, "dual media heads", _dual_media_heads):
            outlet = self.mention_at.get(index + 1)
            if outlet is not None and self.lexicon.actors[outlet.actor_id].type == "media":
                # ذكرت صحيفتا نيويورك تايمز وواشنطن بوست: the dual names two outlets, the first
                # here and the second joined to it (coordinated)
                index += 1
                after_preposition = True
        if index + 1 < limit and self._spokesman_of_it(index):
            # نددت الوزارة على لسان متحدثها فلان: a spokesman's word with the body's pronoun (as المتحدث
            # باسمها) before a listed person's name; the person is the subject (att45)
            index += 1
        if how == "after_verb" and index not in self.mention_at:
            surnamed = self._bare_surname(index, limit)
            if surnamed is not None:
                return surnamed  # وأشاد صالح بالدور، حذر حماد من: a listed person by his family name alone
        if index + 1 < limit and bare_word(tokens[index].norm) in STATE_WORDS and not has_article(tokens[index].norm, min_length=4):
            state = self.mention_at.get(index + 1)
            if state is not None and self.lexicon.actors[state.actor_id].type == "state" and not self._prepositional(state):
                return self._known(state, how)  # وأدانت دولة الإمارات: the state named after the word for it
        end = min(limit, index + PHRASE_TOKENS)
        j = index
        first_actor: Mention | None = None
        titled = False
        generic_at = -1
        last_word = -1
        object_of_preposition = False  # the word after لدى/في/باسم qualifies, whatever it is
        title_words: list[int] = []  # tokens of the titles met, for given_titles
        addressee = -1  # where a body behind ل starts: لقناة الحدث (an unnamed title ends before it)
        qualifier_object = -1  # the word a title's في/لدى/باسم qualifies it with: الباحث في معهد
        past_qualifying_body = -1  # the token after a body a title's باسم/لدى governs, and its adjectives
        behind_preposition = False  # the first word read without its ل or ب (وفقاً لمصادر محلية)
        behind_definite = False  # the first word a ل of ال (للصحيفة): shown as الصحيفة
        construct_end = -1  # past the nouns in construct after a title: رئيس غرفة تجارة (طرابلس)
        while j < end:
            token = tokens[j]
            if not token.is_word:
                # not behind a preposition: مصادر ليبية لـ"العربي الجديد" is whom the sources spoke to
                named = self._quoted_mention(j, end) if generic_at >= 0 and first_actor is None and not object_of_preposition else None
                if named is not None:
                    holder = self._holder_after_outlet(generic_at, named, end, how)
                    if holder is not None:
                        return holder  # مراسل “التايمز” البريطانية سامر الأطرش: the correspondent speaks
                    self._give_titles(named.actor_id, [generic_at])  # وقالت الوكالة later refers back to it
                    return self._known(named, how)  # وكالة الأنباء الصينية «شينخوا»، صحيفة «صن» البريطانية
                if (titled and generic_at < 0 and first_actor is None and j > index
                        and token.norm in QUOTE_MARKS and token.norm not in CLOSING_MARKS - STRAIGHT_MARKS):
                    # a title's quoted body right before the holder's name: رئيس “جمهورية الشيشان”
                    # رمضان قديروف (the marks close within a name's words, a person follows)
                    past = self._quoted_body_before_name(j, end)
                    if past is not None:
                        last_word, j = past - 1, past
                        continue
                if token.norm in QUOTE_MARKS and (generic_at >= 0 or first_actor is not None):
                    past = self._quoted_qualifier(j, end, titled)
                    if past is None:
                        break  # وفق البيان “في إطار…”: a quotation opens, the phrase is over
                    last_word, j = past - 1, past  # مندوب روسيا لدى حلف شمال الأطلسي "الناتو" دميتري روغوزين
                    continue
                if titled and token.norm in QUOTE_MARKS and self._quotation_opens(j, index, limit):
                    break  # قال السفير الروسي "حفتر يريد …": the quotation is what he says; no name of his is in it
                if token.norm in ("،", ",") and generic_at >= 0 and j + 1 < end and not (
                    j + 1 in self.mention_at or j + 1 in self.title_spans
                ):
                    break  # مسؤولون عسكريون، في اليوم نفسه، …; بيان الجهاز، أسفرت: an aside or a clause, no more of the name
                if token.norm in APPOSITION:
                    j += 1
                    continue
                break
            mention = self.mention_at.get(j)
            if (mention is not None and generic_at >= 0 and first_actor is None and not object_of_preposition
                    and last_word == j - 1 > generic_at and not has_article(tokens[j - 1].norm, min_length=4)
                    and tokens[j - 1].norm.endswith("ون") and len(tokens[j - 1].norm) > 4 and not self._prepositional(mention)):
                # وحذر مسؤولون أمريكيون حفتر: past a plural adjective in the nominative the group is
                # whole, and no one name stands in apposition to it; the name is the verb's object
                break
            if (mention is not None and generic_at >= 0 and first_actor is None and not titled and j > index
                    and self.lexicon.actors[mention.actor_id].type == "media" and self._prepositional(mention)
                    and tokens[generic_at].norm not in language.issued):
                # وقال مسؤول في الخارجية الروسية لوكالة سبوتنيك: the outlet an unnamed speaker told
                # ends the speaker, named or not (تقرير لوكالة رويترز: the document's issuer goes on)
                break
            if (mention is None and generic_at == j - 1 == index and tokens[generic_at].norm in language.member_heads
                    and has_article(token.norm, min_length=4) and bare_word(token.norm) in language.institution_heads
                    and (j + 1 >= end or not tokens[j + 1].is_word or not has_article(tokens[j + 1].norm, min_length=4))):
                # ونفى أعضاء المجلس: the members of a body named before, by its head noun alone; who
                # they are is the article's earlier speaker's business, not a group of their own
                return None
            if (mention is not None and generic_at == j - 1 and first_actor is None and not titled
                    and tokens[generic_at].norm in language.member_heads and self._can_speak(mention)
                    and not self._prepositional(mention)
                    and self.lexicon.actors[mention.actor_id].type not in ("person", "state", "city")):
                return self._known(mention, how)  # وأعرب أعضاء مجلس الأمن: the members speak as the Council
            if mention is not None and (after_preposition or j > index or not self._prepositional(mention)):
                if self._issued_by(generic_at, j) and self._can_speak(mention):
                    return self._known(mention, how)  # وفقاً لمعلومات وكالة الأنباء الألمانية: the agency speaks
                if titled and j > index and self._comma_named(mention):
                    # أعلن النائب الأول لمندوب روسيا لدى الأمم المتحدة، دميتري بوليانسكي: a name set off
                    # by a comma after the office behind ل holds the whole title; without the comma
                    # (مستشار الرئيس فلاديمير بوتين) the name is the inner office's
                    self._give_titles(mention.actor_id, title_words)
                    return self._known(mention, how)
                # A body behind ل or ب inside the phrase is whom the title serves or whom it spoke
                # to, not the speaker: متحدث باسم البيت الأبيض لقناة الحدث السعودية
                addressed = j > index and (titled and self._prepositional(mention) or self._adjective(mention))
                if addressed and titled and self._prepositional(mention) and addressee < 0 and not object_of_preposition:
                    addressee = j  # not the body a title's لدى/باسم governs: مبعوث روسيا لدى ليبيا is whole
                # وتابع رئيس المؤسسة: a body named by its anaphor in construct with a title is
                # whose head speaks, the title referring back to him (title_anaphora)
                governed = titled and mention.match_kind == "anaphora" and j == last_word + 1
                if (titled and title_words and (title_words[-1] == j - 1 or construct_end == j)
                        and not has_article(tokens[j - 1].norm, min_length=4)
                        and self.lexicon.actors[mention.actor_id].type != "person"):
                    # وقال مبعوث روسيا إن: a state in construct with an indefinite title says whose
                    # envoy speaks, as in a listed title (سفير روسيا لدى ليبيا); the envoy speaks, not
                    # the state, whatever the state's words (سفير الولايات المتحدة لدى الأمم المتحدة);
                    # so does a city or a body (سفير موسكو لدى طرابلس, عميد بلدية مصراتة, قائد قوات
                    # الدعم السريع: the office speaks, not Moscow, Misrata or the force)
                    after = _past_number_label(tokens, mention.last_token, end)  # اللجنة العسكرية المشتركة 5+5
                    title_words.extend(range(j, after))
                    last_word = after - 1
                    j = after
                    object_of_preposition = False
                    continue
                if self._can_speak(mention) and not object_of_preposition and generic_at < 0 and not addressed and not governed:
                    if (self.lexicon.actors[mention.actor_id].type == "person" and first_actor is not None and not titled
                            and j == first_actor.last_token and self.lexicon.actors[first_actor.actor_id].type in ("state", "city")):
                        break  # وطالبت موسكو حفتر بالانسحاب: a name right after a state is whom it addresses
                    if self.lexicon.actors[mention.actor_id].type == "person":
                        # نائب وزير الخارجية الروسي غينادي غاتيلوف, one title+name mention: its title's
                        # words are the ones a later نائب الوزير refers back with
                        own_title = list(range(mention.first_token, mention.last_token)) if "title" in mention.match_kind else []
                        # غينادي غاتيلوف، نائب وزير الخارجية الروسي: a title set off after the name too
                        self._give_titles(mention.actor_id, title_words + own_title + self.apposed_title(mention.last_token))
                        return self._known(mention, how)
                    if titled and j == past_qualifying_body and self.lexicon.actors[mention.actor_id].type != "person":
                        # انتقد متحدث باسم وزارة الخارجية الروسية الولايات المتحدة: a state or body right
                        # after the body a title's باسم/لدى governs is the verb's object; the title,
                        # with its qualifier, is the unnamed speaker
                        break
                    if (titled and qualifier_object > index and j > qualifier_object + 1 and last_word == j - 1
                            and self.lexicon.actors[mention.actor_id].type != "person"
                            and all(has_article(tokens[k].norm, min_length=4) and tokens[k].is_word
                                    for k in range(qualifier_object, j))):
                        # واتهم الناطق باسم القوات المسلحة السودانية قوات الدعم السريع: a body nobody
                        # listed behind the title's باسم, with its adjectives, closes the title; a body
                        # named right after it is the verb's object, as after a listed one
                        break
                    if titled and qualifier_object > index and j == qualifier_object + 1:
                        # وأشار السفير إلى رغبة ليبيا: a body or state right after the word a title's
                        # preposition governs is that word's genitive, not the speaker, and the
                        # preposition opened the verb's complement: the title ends before it
                        if addressee < 0:
                            addressee = qualifier_object - 1
                        break
                    if (titled and first_actor is None and j == last_word + 1 and has_article(tokens[j - 1].norm, min_length=4)
                            and self.lexicon.actors[mention.actor_id].type != "person"):
                        # ودعا الوزير تركيا إلى، وحث الوزير مجلس النواب على: a definite title governs no
                        # state or body after it, which is the verb's object; the title is the speaker
                        break
                    if first_actor is None:
                        first_actor = mention
                # عضو اللجنة العسكرية المشتركة 5+5 الفريق خيري التميمي: the body's number label
                # is part of its name, and the holder follows it
                j = _past_number_label(tokens, mention.last_token, end)
                last_word = j - 1
                if object_of_preposition:
                    past_qualifying_body = j
                object_of_preposition = False
                continue
            title_end = self.title_spans.get(j)
            if (title_end is not None and generic_at >= 0 and not titled and first_actor is None and last_word == j - 1
                    and has_article(tokens[j - 1].norm, min_length=4) and has_article(tokens[j].norm, min_length=4)):
                break  # وسألت الصحيفة الوزير: a definite title after a definite unnamed subject is the verb's object
            if title_end is not None and (j not in self.titles_after_preposition or (j == index and after_preposition)):
                titled = True
                title_words.extend(range(j, title_end))
                j = title_end
                last_word = j - 1
                object_of_preposition = False
                continue
            word = token.norm
            if j == index and after_preposition and word not in language.generic_subjects and (
                word not in language.common_words or _without_preposition(word) in language.generic_subjects
                or _preposition_on_head(word, language.institution_heads)
            ):
                # وفقاً لمعلومات وكالة…: معلومات; not بيان (جاء في بيان); وفقا لشركة ستاندرد آند بورز: شركة
                if _without_preposition(word) != word and word[:2] != "لل":
                    behind_preposition = True  # the name shown without it: تقارير استخباراتية, not لتقارير
                elif word[:2] == "لل":
                    # ووفقا للصحيفة: الصحيفة, the article the ل took back (and so a reference to the
                    # paper named before, as after وقالت)
                    behind_definite = True
                word = _without_preposition(word)
            if titled and first_actor is None and j == last_word + 1 and self._second_portfolio(j, end):
                # وزير الخارجية والتعاون الدولي الليبي محمد عبد العزيز: a second portfolio joined
                # by و belongs to the title when the holder's name follows its adjectives (a
                # cue word among them too: التعاون)
                title_words.append(j)
                last_word = j
                j += 1
                continue
            if (titled and first_actor is None and word == NEGATED_ADJECTIVE and j == last_word + 1 and j + 2 < end
                    and has_article(tokens[j + 1].norm, min_length=4) and j + 1 not in self.mention_at
                    and j + 1 not in self.cue_tokens):
                # وزير الخارجية المفوض بحكومة المجلس الرئاسي غير الدستورية محمد سيالة: غير and its
                # definite adjective qualify the title, and the holder's name may follow them
                last_word = j + 1
                j += 2
                continue
            if j in self.cue_tokens or word in language.clause_openers or word in language.negators:
                break
            if j > index and (generic_at >= 0 or titled) and first_actor is None and word in language.relatives:
                # قال مبعوث روسي في بنغازي التي يسيطر عليها المعارضون: a relative clause tells of
                # the place or the group; the unnamed speaker's name ends before it
                break
            if self._is_ali(j) and (titled or j == index):
                name = self._name(j, end)
                if name is not None:
                    return _unlisted(self, name, how)
            if object_of_preposition:
                object_of_preposition = False
                qualifier_object = j
                last_word = j
                j += 1
                continue
            qualified = titled or first_actor is not None or generic_at >= 0
            if titled and word in OWN_QUALIFIERS:
                last_word = j  # المتحدثة باسمها ماريا زاخاروفا: the pronoun is the body, the name follows
                j += 1
                continue
            if word in language.prepositions or word in QUALIFYING:
                if word == "عن" and qualified and first_actor is None:
                    past = self._past_constituency(j + 1, end)
                    if past > j + 1:
                        # نواب عن الجنوب الليبي، عضو مجلس النواب عن دائرة سبها علي أبوبكر: whom the MP
                        # or group stands for qualifies it, and the holder's name may follow
                        last_word = past - 1
                        j = past
                        object_of_preposition = False
                        continue
                if (word in QUALIFYING and qualified and j + 1 < end and tokens[j + 1].norm not in language.clause_openers
                        and not (word == "في" and self._occasion(j + 1))
                        and (word != "الي" or self._destination(j + 1, titled))):
                    object_of_preposition = True
                    j += 1
                    continue
                if titled and word in language.topic_prepositions and j + 1 < end and tokens[j + 1].is_word:
                    # رئيس مجموعة الاتصال حول التسوية الليبية ليف دينغوف: what the office deals
                    # with qualifies the title; with no name after it, the title is shown without it
                    if addressee < 0:
                        addressee = j
                    object_of_preposition = True
                    j += 1
                    continue
                if word == "عن" and generic_at >= 0 and (tokens[j - 1].norm in DOCUMENT_SOURCES
                                                         or (tokens[j - 1].norm in ("صدر", "صدرت") and j - 1 > generic_at)):
                    # بيان صادر عن الخارجية الروسية: the issuer speaks; so with the verb, بيان صدر عن
                    # وزارة الخارجية (att48), not «بيان صدر» as written
                    object_of_preposition = False
                    generic_at = -1
                    j += 1
                    continue
                if word == "من" and generic_at >= 0 and first_actor is None and tokens[generic_at].norm in language.delegations:
                    # أكد وفد من مجلس النواب: whom a delegation comes from is part of its description,
                    # the delegation speaks, as written with it
                    drawn = self._drawn_from(j + 1, end)
                    if drawn > j + 1:
                        return Speaker("", self._text(generic_at, drawn), "unnamed", drawn)
                    break
                if word == "من" and generic_at >= 0 and self._issued_from(generic_at, j + 1, end):
                    # وفقاً لتقرير سري من خبراء الأمم المتحدة: the issuer after من speaks, as after صادر عن
                    object_of_preposition = False
                    generic_at = -1
                    j += 1
                    continue
                break
            if (generic_at >= 0 and not titled and first_actor is None and word.startswith("ل") and _has_preposition(word)
                    and (_without_preposition(word) in language.media_heads or self._addressed(j))
                    and has_article(_without_preposition(word), min_length=4)
                    and tokens[generic_at].norm not in language.issued):
                # وأكد مسؤول ليبي رفيع للصحيفة البريطانية انسحاب…: the outlet an unnamed speaker
                # told ends the speaker (a document's ل names its issuer: تقرير للصحيفة)
                break
            if (titled and first_actor is None and generic_at < 0 and addressee < 0 and _bare_ba(word) and j == last_word + 1
                    and (has_article(tokens[j - 1].norm, min_length=4) or j == past_qualifying_body
                         or (j - 1 == qualifier_object and tokens[j - 1].norm not in language.common_words))  # عميد بلدية غات بالجهود
                    and _without_preposition(word) in language.common_words):
                # ورحب الوزير بالانتخابات, وأشاد السفير الروسي بدور: ب after a definite title may open the
                # verb's complement; with no name after it, the unnamed title is shown without it (the
                # name read on: الخبير بشؤون الشرق الأوسط أليكسي كليبنيكوف); so may ب right after the
                # state or body the title's لدى governs (وأشادت السفيرة البريطانية لدى ليبيا بجهود اللجنة)
                addressee = j
            if (generic_at >= 0 and not titled and first_actor is None and _bare_ba(word) and j == last_word + 1 > generic_at + 1
                    and has_article(tokens[j - 1].norm, min_length=4) and _without_preposition(word) in language.common_words):
                # ورحب قادة الدول الأفريقية بتشكيل الحكومة: ب after a group's definite qualifier opens
                # the verb's complement, as after a definite title; the group ends before it (att38)
                break
            if (generic_at >= 0 and not titled and first_actor is None and _bare_ba(word) and j == last_word + 1 > generic_at
                    and _without_preposition(word) in language.common_words
                    and not has_article(_without_preposition(word), min_length=4)
                    and bare_word(_without_preposition(word)) not in language.institution_heads):
                # وأشاد رجال أعمال ليبيون بقرار، ورحب نواب عن مصراتة بقرار: ب and an indefinite noun
                # past a group's words opens the verb's complement (مسؤول بوزارة: a body, read on)
                break
            if (generic_at >= 0 and not titled and first_actor is None and j == last_word + 1 > generic_at + 1
                    and tokens[j - 1].norm.endswith("ون") and len(tokens[j - 1].norm) > 4 and word in language.common_words
                    and not word.endswith(("ون", "ين")) and word not in language.function_words):
                break  # وانتقد تجار ليبيون قرار: past a plural adjective in the nominative, a noun is the object
            if qualified and addressee < 0 and j > index and self._addressed(j):
                addressee = j  # وتحدث وزير الداخلية الكويتي للصحفيين: the title is shown without the ones told
            if (qualified and _has_preposition(word) and _without_preposition(word) in language.common_words
                    and word not in language.given_names):  # كمال is a name, not ك and مال
                # القائم بأعمال السفارة الروسية لوكالة سبوتنيك جامشيد بولتايف: لوكالة سبوتنيك is
                # whom he spoke to, and the holder's name comes after it; a definite object takes
                # no noun in construct, so the name may follow it at once (رئيس الهيئة العامة
                # للاستثمار خالد الورفلي)
                object_of_preposition = not has_article(_without_preposition(word), min_length=4)
                last_word = j
                j += 1
                continue
            if word in language.adverbs:
                break
            if (titled and generic_at < 0 and j == last_word + 1 and has_article(tokens[j - 1].norm, min_length=4)
                    and self._written_accusative(j)):
                # وقال الوزير روسيًا إن، الوزير شخصياً: an indefinite word written with its tanwin after
                # a definite title qualifies no title and names nobody; it says how he spoke (an
                # adverb), and the title ends before it. After an indefinite head it may be an
                # adjective (مسؤولاً روسياً), which is read on.
                break
            if word in language.honorifics:
                titled = True
                last_word = j
                j += 1
                if j < end and word in TITLE_ABBREVIATIONS and tokens[j].norm == "." and tokens[j].start == tokens[j - 1].end:
                    j += 1  # وقال د. محمد الزاهي: the abbreviation's full stop
                continue
            if j == index and word in language.institution_heads:
                outlet = self._named_after_head(index, end, how)
                if outlet is not None:
                    if outlet.actor_id:
                        # ذكر موقع “أفريكا إنتليجنس” …، وأفاد الموقع: the head noun is the outlet's
                        # title in this article (a name nobody listed keeps it in its own name)
                        # and so is a nisba right after its name: كشفت مجلة لوبوان الفرنسية …،
                        # وبحسب المجلة الفرنسية
                        after = outlet.after_token
                        if after < end and tokens[after].norm in CLOSING_MARKS:
                            after += 1
                        nisba = [after] if after < end and is_nisba(tokens[after].norm) else []
                        self._give_titles(outlet.actor_id, [index] + nisba)
                    return outlet  # وأكدت مجلة بوليتيكو، وأفاد موقع ميدل إيست آي: the outlet named
                if word not in language.generic_subjects:
                    return self._institution(index, end, how)
            after_document = generic_at >= 0 and first_actor is None and not titled and last_word == j - 1
            issuer = self._issued_by_verb(generic_at, j, end) if after_document else None
            if issuer is not None:
                # وفق ما أكدته رسالة وجهتها البعثة الأممية: the body that sent the document speaks
                return self._known(issuer, how)
            if after_document and self._issued_by_unlisted(generic_at, j, end):
                # وفقا لأرقام نشرها مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية: a body named after
                # the verb that published them, listed or not, speaks
                return self._institution(j + 1, end, how)
            if generic_at == j - 1 and first_actor is None and not titled and self._issuer_in_construct(j):
                # وأشار بيان الشركة الصادر إلى: an indefinite document in construct with a body nobody
                # listed is that body's, and the body speaks, as بيان الخارجية الروسية is the ministry's
                if not has_article(word, min_length=4):
                    return self._institution(j, end, how)  # بيان وزارة الداخلية الليبية
                last = j + 1
                while last < end and is_nisba(tokens[last].norm) and last not in self.mention_at and last not in self.cue_tokens:
                    last += 1  # بيان الشركة الروسية
                return Speaker("", self._text(j, last), "unlisted", last)
            if word in language.generic_subjects or (j == index and word in language.issued):
                if generic_at < 0 and first_actor is None and not titled:
                    generic_at = j
                last_word = j
                j += 1
                continue
            if (generic_at >= 0 and first_actor is None and not titled and self._second_group_at(j)
                    and not (j == generic_at + 1 and tokens[generic_at].norm in language.delegations)):
                break  # مصادر عسكرية ومصادر محلية: a second group, a speaker of its own (coordinated)
            if has_article(word, min_length=4):
                if (titled and first_actor is None and generic_at < 0 and word in language.given_names
                        and j + 1 < end and tokens[j + 1].is_word and not has_article(tokens[j + 1].norm, min_length=4)):
                    # ووصف المحلل السياسي الطاهر حمدان الاتفاق: a given name with the article (الطاهر،
                    # الصادق، المهدي) opens the holder's name when a second name word follows it
                    name = self._name(j, end)
                    if name is not None and name[1] - name[0] > 2:
                        third = tokens[name[0] + 2].norm
                        if has_article(third, min_length=4) and third in language.common_words and third not in language.given_names:
                            name = (name[0], name[0] + 2)  # الطاهر حمدان الاتفاق: a definite noun after two words is the object
                    if name is not None and name[1] - name[0] >= 2:
                        self._give_titles(self._text(*name), title_words)
                        return _unlisted(self, name, how)
                if qualified and self._object_after_definite(j, last_word, qualifier_object):
                    break  # وحث المبعوث الأطراف على الحوار: a definite noun after a definite head is the verb's object
                if (generic_at >= 0 and not titled and first_actor is None and j == last_word + 1 > generic_at + 1
                        and not has_article(tokens[j - 1].norm, min_length=4) and is_nisba("ال" + tokens[j - 1].norm)):
                    break  # وانتقدت منظمات حقوقية القرار: after an indefinite adjective, a definite noun is the object
                if qualified:
                    if titled and title_words and title_words[-1] == j - 1:
                        title_words.append(j)  # الناطق الرسمي: the qualifier is part of the title
                    if j == past_qualifying_body:
                        past_qualifying_body = j + 1  # باسم وزارة الخارجية الروسية: the body's adjective
                    last_word = j  # a qualifier: الروسي، العسكري، الدائم
                    j += 1
                    continue
                if j == index and (_nominative_plural(word, language) or (word in language.groups and how in GROUP_HOWS)):
                    # وطالب المتظاهرون الليبيون: a plural in the nominative is the subject, an unnamed
                    # group, with the definite adjectives after it; so is a definite group noun
                    # (language/groups.txt) before its verb or after a sourcing word, where no dropped
                    # subject can make it the object: الإعلام الروسي يكشف، بحسب الصحف الروسية
                    last = j + 1
                    while (last < end and last - j <= NAME_WORDS and has_article(tokens[last].norm, min_length=4)
                           and last not in self.cue_tokens and last not in self.mention_at and last not in self.title_spans):
                        last += 1
                    return Speaker("", self._text(j, last), "unnamed", last)
                if j == index and how == "after_verb":
                    surnamed = self._common_word_surname(j, end)
                    if surnamed is not None:
                        return surnamed  # وأكد الكوني أن: Musa al-Koni, though الكوني is also a word
                if j == index and (word not in language.common_words or (how == "headline" and word in language.given_names)):
                    # وقال المسماري: a family name with the article that no one listed; الكسندر
                    # سلطانوف: …: a given name in ال opening a headline
                    name = self._name(j, end, unknown_only=True)
                    if name is not None:
                        return _unlisted(self, name, how)
                break
            # An indefinite word: after a title it starts the holder's name; after an unnamed
            # subject it qualifies it (مسؤول عسكري); at the start, a name nobody listed.
            if (titled or j == index) and generic_at < 0:
                spelt = self._given_name_spelt_otherwise(j)
                if spelt is not None:
                    # وقال الوزير سيرغيه لافروف: a given name in a spelling nobody listed, before
                    # the family name the lexicon lists, is that person's
                    self._give_titles(spelt.actor_id, title_words)
                    return self._known(spelt, how)
            if titled and first_actor is None and j == last_word + 1:
                past = self._lam_genitive(j, end)
                if past > j:
                    # رئيس الاتحاد العام لنقابات عمال ليبيا عبد الرزاق الشريف: the genitive belongs to
                    # the body the title heads, and the holder's name may follow it
                    last_word = past - 1
                    j = past
                    continue
            if titled:
                name = self._name(j, end)
                if name is not None and j == qualifier_object + 1:
                    name = self._past_body(name, end)
                if name is not None:
                    self._give_titles(self._text(*name), title_words)
                    return _unlisted(self, name, how)
                if (j == last_word + 1 and word in language.common_words and word not in language.given_names
                        and word not in language.function_words and j not in self.mention_ending
                        and not (has_article(tokens[j - 1].norm, min_length=4) and j + 1 in self.mention_at)):
                    # نائب وزير خارجية روسيا، سيرغي ريابكوف: a noun in construct with the title;
                    # not past the body it heads (لرئيس شركة تاتنفت قدم عرضا: a verb, the clause), nor
                    # a quantifier, which opens the verb's object (ودعا الوزير جميع الأطراف), nor a
                    # noun in construct with an actor after a definite word, which governs none
                    # (وثمن الوزير جهود روسيا: the object)
                    last_word = j
                    j += 1
                    construct_end = j  # رئيس غرفة تجارة طرابلس: a city after them is their genitive too
                    continue
                break
            if generic_at >= 0 and word not in language.function_words:
                if (j - 1 > generic_at and last_word == j - 1 and has_article(tokens[j - 1].norm, min_length=4)
                        and word in language.common_words and word not in language.given_names
                        and word not in language.same_reference and word not in language.directions
                        and word not in DOCUMENT_SOURCES and not titled and first_actor is None):
                    break  # وانتقدت نائبات في البرلمان الليبي غياب: an indefinite word after a definite one opens the object
                if has_article(tokens[generic_at].norm, min_length=4) and word not in language.same_reference:
                    break  # وأكد الطرفان ضرورة الحل: an indefinite word is no adjective of a definite head
                if (word.endswith("ا") and len(word) > 3 and not tokens[generic_at].norm.endswith("ا")
                        and not tokens[j - 1].norm.endswith("ا") and tokens[j - 1].norm not in language.directions):
                    # قدمت مصادر أمنية مصرية مزيدا: an accusative after a nominative group is the verb's
                    # object; not a place after a direction (مسؤول ملف شمال إفريقيا)
                    break
                last_word = j
                j += 1
                continue
            if j == index:
                name = self._name(j, end, unknown_only=True)
                if name is not None:
                    return _unlisted(self, name, how)
            break
        if first_actor is not None:
            return self._known(first_actor, how)
        if generic_at >= 0:
            name = self._text(generic_at, last_word + 1)
            if generic_at == index and behind_preposition:
                # وفقاً لمصادر محلية: the sources are مصادر محلية (past the ل's vowel or tatweel: لِمصادر، لـمصادر)
                name = name[1:].lstrip(LETTER_MARKS)
            elif generic_at == index and behind_definite and name[:2] == "لل":
                name = "ال" + name[2:]  # ووفقا للصحيفة: الصحيفة
            return Speaker("", name, "unnamed", last_word + 1)
        if titled and last_word >= index:
            holder = self._apposed_holder(j, limit, how, title_words)
            if holder is not None:
                return holder
            shown = addressee if addressee > index else last_word + 1
            return Speaker("", self._text(index, shown), "unnamed", last_word + 1)
        return None

    def _object_after_definite(self, index: int, last_word: int, qualifier_object: int) -> bool:
        """Whether the definite word at ``index``, right after a definite head or qualifier, can
        be no adjective of it: a definite head takes no noun in construct, so what follows it is
        an adjective (a nisba, a participle, العام، الخاص) or the verb's object (ودعا المتحدث
        الأطراف الليبية إلى الحوار)."""
        before = index - 1
        if last_word != before:
            return False
        previous, word = self.tokens[before].norm, self.tokens[index].norm
        # عميد بلدية غات الجهود: a place's name with no article ends the chain of nouns in
        # construct as a definite word would; a common noun (وزير خارجية المملكة) still governs the next
        definite = has_article(previous, min_length=4) or (
            self.tokens[before].is_word and previous not in self.language.common_words and previous not in self.language.given_names)
        if not definite:
            return False
        if (word.startswith("ال") and word.endswith("ات") and not previous.endswith("ات") and word in self.language.common_words
                and word not in self.language.given_names):
            # وانتقد وزير الخارجية المنظمات الدولية، رئيس المجلس البلدي في الكفرة المنظمات: a
            # feminine plural qualifies no singular head, nor a place
            return True
        if has_article(previous, min_length=4) and (before in self.mention_ending or before == qualifier_object):
            return False  # إلى الشرق الأوسط: a preposition's object has adjectives of its own
        if not word.startswith("ال"):
            return False  # المبعوثان الروسي والأمريكي: a word behind و or a preposition is read as before
        if word not in self.language.common_words or word in self.language.given_names:
            return False  # المتحدث باسم الخارجية أليكساندر لوكاشفيتش: a name that opens like the article
        stem = word[2:] if word.startswith("ال") else word
        return not (
            word.startswith("ال") and (
                word.endswith(NISBA_ENDINGS) or stem.startswith("م") or word in self.language.definite_adjectives
                or (stem.startswith("ا") and len(stem) == 4 and not stem.endswith("ه"))  # an elative: الأعلى، الأوسط
                or (len(stem) >= 4 and stem[1] == "ا" and (len(stem) == 4 or stem.endswith(("ه", "ون", "ين"))))  # التابعة، الحاضرون
            )
        )

    def _destination(self, index: int, titled: bool) -> bool:
        """Whether the word at ``index``, after إلى, is where the head before it is sent: after
        a title, whatever follows (المبعوث الخاص إلى الشرق الأوسط); after an unnamed group, a
        document or a body, an actor named there only. Otherwise إلى opens the verb's own
        complement and ends the subject: وأشار المسؤول إلى وجود مقاتلين، وأشار التقرير إلى وجود."""
        return titled or index in self.mention_at

    def _holder_after_outlet(self, head: int, outlet: Mention, end: int, how: str) -> Speaker | None:
        """The person named after a quoted outlet that follows a noun for a person (مراسل، not a
        body's head such as وكالة): ``قال مراسل “التايمز” البريطانية سامر الأطرش`` → the
        correspondent, the outlet being whose he is. Past the closing mark and up to two nisba
        adjectives, a person the lexicon lists or a name nobody listed must follow; else None."""
        tokens = self.tokens
        if tokens[head].norm in self.language.institution_heads:
            return None  # وكالة الأنباء الصينية «شينخوا»: the agency itself
        start = outlet.last_token + 1
        while start < end and start - outlet.last_token <= 2 and tokens[start].is_word and is_nisba(tokens[start].norm):
            start += 1
        if start >= end:
            return None
        mention = self.mention_at.get(start)
        if mention is not None:
            return self._known(mention, how) if self.lexicon.actors[mention.actor_id].type == "person" else None
        name = self._name(start, end)  # a common word that is no given name is no name
        return _unlisted(self, name, how) if name is not None else None

    def _apposed_holder(self, index: int, limit: int, how: str, title_words: list[int]) -> Speaker | None:
        """The holder of a title whose phrase ended at ``index`` with no name, named further on
        between two commas: ``أعلن رئيس لجنة الشؤون الدولية …، مبعوث الرئيس لشؤون التعاون مع بلدان
        أفريقيا، ميخائيل مارغيلوف، أنه``، ``أعرب وزير الاستثمار في الحكومة المكلفة من البرلمان، علي
        السعيدي، عن أمله``. The words up to the first comma go on describing the office (a stance
        word may stand there: التعاون): no verb after و, no clause, quotation or colon, and no noun
        with a pronoun (خلال لقائه مع نظيره الروسي، سيرغي
        لافروف، is whom he met). After the comma, a person the lexicon lists, or a name nobody
        listed opening with a given name, then a comma. At most PHRASE_TOKENS tokens are read."""
        tokens, language = self.tokens, self.language
        end = min(limit, index + PHRASE_TOKENS)
        for j in (index, index + 1):
            if 0 < j < end and tokens[j - 1].norm in ("،", ",") and self._foreign_pair(j, end):
                # رئيس اللجنة الدولية في البرلمان البريطاني، توم تاغندهات،: two words set off by
                # commas after the title, the second no word of the language (a surname written as
                # heard), are the holder's name though the first is also a word
                self._give_titles(self._text(j, j + 2), title_words)
                return _unlisted(self, (j, j + 2), how)
        j = index
        while j < end and tokens[j].norm not in ("،", ","):
            word = tokens[j].norm
            if ((j in self.cue_tokens and word[:1] in ("و", "ف")) or word in language.clause_openers
                    or word in QUOTE_MARKS or word == ":" or (tokens[j].is_word and self._with_pronoun(j))):
                return None
            j += 1
        j += 1
        if j >= end:
            return None
        mention = self.mention_at.get(j)
        if mention is not None:
            if self.lexicon.actors[mention.actor_id].type != "person" or mention.last_token >= limit:
                return None
            if tokens[mention.last_token].norm not in ("،", ","):
                return None
            self._give_titles(mention.actor_id, title_words)
            return self._known(mention, how)
        word = tokens[j].norm
        if not tokens[j].is_word or (word not in language.given_names and not self._is_ali(j)) or (word == "علي" and not self._is_ali(j)):
            return None
        name = self._name(j, end)
        if name is None or name[1] - name[0] < 2 or name[1] >= limit or tokens[name[1]].norm not in ("،", ","):
            return None
        self._give_titles(self._text(*name), title_words)
        return _unlisted(self, name, how)

    def _undefined_name_word(self, j: int, end: int) -> bool:
        """Whether the word at ``j`` is a given name without the article (a father's name: محمد in
        عبد الرحمن محمد الزيداني) with a definite family name after it. Two tokens read."""
        tokens, given = self.tokens, self.language.given_names
        return (j + 1 < end and tokens[j].is_word and tokens[j].norm in given and not has_article(tokens[j].norm)
                and tokens[j + 1].is_word and has_article(tokens[j + 1].norm, min_length=4)
                and j + 1 not in self.mention_at and j + 1 not in self.cue_tokens)

    def _foreign_pair(self, j: int, end: int) -> bool:
        """Whether the two tokens at ``j`` are a name set off by commas whose first word is no given
        name the lists hold: two words, then a comma; neither a closed word, a cue, a mention or a
        title; the second no common word (تاغندهات) and the first no verb or pronoun-suffixed noun."""
        tokens, language = self.tokens, self.language
        if j + 2 >= end or tokens[j + 2].norm not in ("،", ","):
            return False
        for k in (j, j + 1):
            if (not tokens[k].is_word or k in self.cue_tokens or k in self.mention_at or k in self.in_mention
                    or k in self.title_spans or tokens[k].norm in closed_words(self.lexicon)
                    or not self._may_start_name(tokens[k].norm)):
                return False
        second = tokens[j + 1].norm
        return second not in language.common_words and not has_article(second, min_length=4)

    def _name(self, first: int, end: int, *, unknown_only: bool = False) -> tuple[int, int] | None:
        """Tokens ``[first, last)`` of a name the lexicon lacks: up to three words with no
        article, no function word and no verb; with ``unknown_only``, its first word may not be a
        common word (وأكد ضرورة: ضرورة is the verb's object, not a speaker)."""
        tokens, language = self.tokens, self.language
        j = first
        compound = 0  # a compound given name counts as one word: عبد العزيز بن سلمان is four tokens
        while j < end and j - first - compound < NAME_WORDS:
            token = tokens[j]
            word = token.norm
            if not token.is_word or j in self.cue_tokens or j in self.mention_at or j in self.in_mention or j in self.title_spans:
                break
            if (j == first and word == "عبد" and j + 2 < end and tokens[j + 1].is_word and has_article(tokens[j + 1].norm)
                    and j + 1 not in self.mention_at and j + 1 not in self.cue_tokens
                    and (tokens[j + 2].norm in ("بن", "ابن") or self._undefined_name_word(j + 2, end))):
                # وزير الطاقة الأمير عبد العزيز بن سلمان، الباحث عبد الرحمن محمد الزيداني: عبد and a
                # noun are one given name before a lineage or a father's name, which take two words
                # more (عبد الواحد الشتيوي وفدا: three words only) (att57)
                j += 2
                compound = 1
                continue
            if self._madda_name(j):
                j += 1  # نائبة المندوب، آنا يفستيغنييفا: آنا is a name, not the pronoun أنا
                continue
            if (j == first and j + 1 < end and tokens[j + 1].norm == "الله" and j + 1 not in self.mention_at
                    and word not in closed_words(self.lexicon) and self._may_start_name(word)):
                j += 2  # عضو مجلس النواب جاب الله الشيباني: a given name made with الله, whatever its first word
                continue
            if not self._is_ali(j) and (
                word in language.function_words or word in language.prepositions or word in language.clause_openers
                or word in language.adverbs or word in language.generic_subjects
            ):
                break
            if j > first and word[:1] in ("و", "ف") and word[1:] in closed_words(self.lexicon):
                break  # مدير المخابرات جون بيرنز وعندما التقى: a conjunction and a closed word end the name
            if j > first and word[:1] == "و" and word[1:] in language.given_names and word not in language.given_names:
                break  # النائبان حسن الزرقاء وعبد المنعم القطعاني: و and a given name open a second person
            if (j > first and has_article(word, min_length=4) and word in language.common_words and not _name_particle(tokens[j - 1].norm)
                    and tokens[j - 1].norm not in language.given_names
                    and not (j - 2 >= first and (_name_particle(tokens[j - 2].norm) or tokens[j - 1].norm == "الله")
                             and self._clause_after_name(j + 1, end))):
                # عبد الفتاح السيسي and طاهر السني go on; لافروف الروسي stops; after a compound
                # given name, a common word the clause follows is the family name: المحلل عبد الله الكبير أن
                break
            if (j > first and word[:1] in ("ل", "ب") and word[1:] in language.common_words
                    and not (word[:1] == "ل" and j + 1 < end and tokens[j + 1].norm in language.clause_openers
                             and tokens[j - 1].norm in language.given_names and word[1:] not in language.media_heads)):
                # وأوضح بولتايف لوكالة: the name ends where a preposition's object starts; not a family
                # name in ل right after a given name, the clause after it: عضو مجلس الدولة أحمد لنقي إن
                break
            if j - first >= 2 and self._object_in_construct(j, end):
                break  # وانتقد الوزير سليم بوزيد قرار أوبك: after two name words, a noun governing a genitive is the object
            if j > first and self._with_pronoun(j) and any(
                    word.endswith(suffix) and word[: -len(suffix)] in language.common_words for suffix in ("ه", "ها", "هم")):
                break  # عن رئيس الشركة فلاديمير ياكونين قوله: a noun with a pronoun ends the name
            if j == first and word in language.common_words and (
                    word not in language.given_names or (unknown_only and not self._named_subject(j, end))):
                # مندوب مصر مطالبة بلاده: a common word after a title is not a name; وأكد حسن
                # الهوني أن: a given name that is also a word opens one when a surname follows
                # and the clause or an apposition comes right after it (وأكد جمال الموقف الروسي: no)
                return None
            if (j == first and word.endswith("ا") and len(word) > 3 and word[:-1] in language.common_words
                    and not self._surname_after(j, end)):
                # ثم أبدى شكوكا في: the accusative of a common word, no surname after it, is the
                # verb's object, no name (إيرينا أندريانوفا is one)
                return None
            if j == first and self._vowelled_participle(j) and word not in language.given_names:
                # وقال السفير مُفزع إن: a word written مُ… is a participle (مُفزع "alarming", مُقلق),
                # an adjective, no name; a given name so written (مُحمد) is in given_names
                return None
            if j == first and word in language.common_words and not self._surname_after(j, end):
                if self._lone_given_name(j, end):
                    return (j, j + 1)  # وقال الوزير علي إن: a given name alone, then what he said
                return None  # الباحثة منى الشريف is a name; طلب الوزير منى ذلك is not (منى a given name and a word)
            if j == first and (word in language.institution_heads or word in language.generic_subjects
                               or not self._may_start_name(word)):
                return None
            j += 1
        return (first, j) if j > first else None

    def _clause_after_name(self, index: int, end: int) -> bool:
        """Whether what a speaker says or the complement of his verb opens at ``index``, right after
        a name: أن، إن، a colon, a comma, عن (أعرب … عن)."""
        if index >= end:
            return False
        word = self.tokens[index].norm
        return word in self.language.clause_openers or word in (":", "،", ",", "عن")

    def _past_constituency(self, index: int, end: int) -> int:
        """Where the place an MP or a group stands for, after عن at ``index`` - 1, ends: a place
        the lexicon lists (عن مصراتة), a noun of language/constituencies.txt with the place named
        after it (عن دائرة سبها، عن مدينة سرت), or a definite one alone (عن الجنوب, its adjectives
        read on). ``index`` when none stands there: any other عن opens the verb's complement
        (أعرب مسؤولون عن قلقهم)."""
        if index >= end or not self.tokens[index].is_word:
            return index
        mention = self.mention_at.get(index)
        if mention is not None:
            return mention.last_token if self.lexicon.actors[mention.actor_id].type in PLACE_TYPES else index
        word = self.tokens[index].norm
        definite = has_article(word, min_length=4)
        if (word[2:] if definite else word) not in self.language.constituencies:
            return index
        if definite or index + 1 >= end:
            return index + 1
        place = self.mention_at.get(index + 1)
        if place is not None:
            return place.last_token if self.lexicon.actors[place.actor_id].type in PLACE_TYPES else index
        after = self.tokens[index + 1]
        if not after.is_word or index + 1 in self.cue_tokens or index + 1 in self.title_spans or after.norm in closed_words(self.lexicon):
            return index
        return index + 2  # دائرة سبها: the place nobody listed

    def _object_in_construct(self, index: int, end: int) -> bool:
        """Whether the word at ``index``, after two words of a name, opens the verb's object
        rather than ending the name: an indefinite common word that is no given name, with a
        genitive after it, a definite word or a listed name (وانتقد المحلل إدريس الحمداوي اعتماد
        الرباط على القمح; انتقد عميد البلدية محمود القاضي تأخر صرف الميزانيات). A family name that
        is a common word stands at the name's end, before إن, a preposition or a comma (علي محمد
        حداد إن), and is kept."""
        tokens, language = self.tokens, self.language
        word = tokens[index].norm
        if (word not in language.common_words or word in language.given_names or has_article(word, min_length=4)
                or _name_particle(word) or _name_particle(tokens[index - 1].norm) or index + 1 >= end):
            return False
        after = tokens[index + 1]
        if not after.is_word or index + 1 in self.cue_tokens:
            return False
        following = after.norm
        if index + 1 in self.mention_at or has_article(following, min_length=4):
            return True
        return (following in language.common_words and following not in language.given_names
                and following not in language.function_words and following not in language.prepositions
                and following not in language.clause_openers and following not in QUALIFYING)

    def _vowelled_participle(self, index: int) -> bool:
        """Whether the word at ``index`` is written with the participle's prefix vowelled, م and a
        damma (مُفزع، مُقلق), and at least four letters: a participle, an adjective or a noun of the
        clause, where a name is hardly ever written with its vowels."""
        token = self.tokens[index]
        return self.prepared.text[token.start:token.start + 2] == "\u0645\u064f" and len(token.norm) >= 4

    def _written_accusative(self, index: int) -> bool:
        """Whether the word at ``index`` is written with the tanwin of the accusative, ً on its
        last letter or before its last alef (روسيًا، شخصياً، رسمياً)."""
        token = self.tokens[index]
        written = self.prepared.text[token.start:token.end].rstrip("\u0640")
        return written.endswith("\u064b") or written.endswith("\u064bا")

    def _madda_name(self, index: int) -> bool:
        """Whether the word at ``index`` is a function word only once normalised, written with a
        madda the function word never has: ``آنا`` (Anna) is not ``أنا`` (I)."""
        token = self.tokens[index]
        return self.prepared.text[token.start:token.start + 1] == "\u0622" and token.norm in self.language.function_words

    def apposed_title(self, after: int) -> list[int]:
        """The tokens of a title set off by a comma right after a name ending at ``after``, up to the
        next punctuation, preposition or clause opener: ``غينادي غاتيلوف، نائب وزير الخارجية الروسي،``
        → نائب وزير الخارجية الروسي, so that a later وأضاف نائب الوزير refers back to him. At most
        PHRASE_TOKENS read."""
        tokens = self.tokens
        if after + 1 >= len(tokens) or tokens[after].norm not in ("،", ",") or after + 1 not in self.title_spans:
            return []
        words = []
        for k in range(after + 1, min(len(tokens), after + 1 + PHRASE_TOKENS)):
            word = tokens[k].norm
            if not tokens[k].is_word or word in self.language.clause_openers or word in self.language.prepositions:
                break  # نائب وزير الخارجية الروسي، في حديث: the title ends at the aside
            words.append(k)
        return words

    def following_title(self, after: int) -> list[int]:
        """The tokens of a title in construct with a state right after a name nobody listed, with no
        comma between: ``السفير نواف سلام مندوب لبنان الدائم لدى`` → مندوب لبنان الدائم, so that a
        later السفير اللبناني refers back to him (the state's nisba, stance.nisba_of_named_state).
        Up to the next punctuation, preposition or clause opener; at most PHRASE_TOKENS read."""
        tokens = self.tokens
        if after + 1 >= len(tokens) or self.title_spans.get(after) != after + 1 or not tokens[after].is_word:
            return []
        state = self.mention_at.get(after + 1)
        if state is None or self.lexicon.actors[state.actor_id].type != "state":
            return []
        words = []
        for k in range(after, min(len(tokens), after + PHRASE_TOKENS)):
            word = tokens[k].norm
            if not tokens[k].is_word or word in self.language.clause_openers or word in self.language.prepositions:
                break
            words.append(k)
        return words

    def _named_subject(self, index: int, end: int) -> bool:
        """Whether the given name at ``index`` and the surname after it are a verb's subject: the
        word after the surname opens the clause (أن، إن), sets off an aside or a title (، :), or
        starts a title: ``وأكد حسن الهوني، المستشار الإعلامي``. Two tokens read."""
        after = index + 2
        if not self._surname_after(index, end) or after >= len(self.tokens):
            return False
        word = self.tokens[after].norm
        if word in self.language.clause_openers or word in ("،", ",", ":") or after in self.title_spans:
            return True
        # وأشاد سليمان البيوضي بالدور، وانتقد سليمان البيوضي الموقف: a surname no dictionary holds,
        # then the verb's definite object or its ب complement (وأكد جمال الموقف الروسي: الموقف a word)
        surname = self.tokens[index + 1].norm
        complement = word[1:] if word[:1] == "ب" else word
        return (surname not in self.language.common_words and after < end and self.tokens[after].is_word
                and has_article(complement, min_length=4))

    def _surname_after(self, index: int, end: int) -> bool:
        """Whether a given name that is also a word, at ``index``, opens a name: a word that no
        closed class holds and no cue follows it (منى الشريف، أمل قاسم), and a name in ى is written
        so."""
        written = self.prepared.text[self.tokens[index].start:self.tokens[index].end]
        if self.tokens[index].norm in self.language.maqsura_names and not written.endswith("ى"):
            return False  # منى and هدى the names end in ى; مني (from me) in ي (سامي in ي is a name)
        k = index + 1
        if k >= end or k in self.cue_tokens or k in self.mention_at or k in self.title_spans:
            return False
        token = self.tokens[k]
        word = token.norm
        # a common word may still be the family name (فايز سراج), so only the closed classes and
        # verbs or pronoun-suffixed nouns end it
        return (token.is_word and word not in closed_words(self.lexicon)
                and self._may_start_name(word, in_taa=self._written_in_taa(k)))

    def opens_name(self, index: int, sentence: Sentence) -> bool:
        """Whether the cue word at ``index``, a given name (language/given_names.txt), opens the
        name of the holder of the title nearest before it in the sentence: ``وقالت الباحثة أمل
        قاسم إن`` (أمل, hope, is her name), or goes on with it after a given name or بن (عادل سعيد). Then it is taken out of the cue tokens and is no cue.
        Only the nearest title within PHRASE_TOKENS is read, one phrase per such word."""
        if self.tokens[index].norm not in self.language.given_names or index not in self.cue_tokens:
            return False
        for start in range(index - 1, max(sentence.first_token, index - PHRASE_TOKENS) - 1, -1):
            if start not in self.title_spans:
                continue
            self.cue_tokens.discard(index)
            speaker = self.phrase(start, sentence.last_token, how="after_verb", after_preposition=True)
            if (speaker is not None and speaker.how == "unlisted" and speaker.after_token > index
                    and speaker.name.startswith(self._text(index, index + 1))
                    and self.tokens[speaker.after_token - 1].end - self.tokens[index].start == len(speaker.name)):
                return True
            previous = self.tokens[index - 1].norm if index > start + 1 else ""
            if (speaker is not None and speaker.how == "unlisted" and speaker.after_token > index
                    and (previous in self.language.given_names or _name_particle(previous))
                    and any(self._text(k, speaker.after_token) == speaker.name for k in range(max(start + 1, index - 2), index))):
                # وقال الخبير عادل سعيد إن، رئيس الغرفة مختار بن سعيد: a given name after another
                # or after بن is a word of the holder's name, not a cue (سعيد, happy)
                return True
            self.cue_tokens.add(index)
            return False
        return False

    def homograph_read(self, index: int, cue_word: str, sentence: Sentence) -> bool | None:
        """For a one-word cue ``cue_word`` at ``index`` spelt like a common word
        (language/homograph_verbs.txt: ثمن price or ثمّن praised, بين between or بيّن explained),
        whether it is the verb. The verb opens its clause: it stands first in the sentence, after
        a mark, behind و or ف, or after an adverb (قد) or فيما, never after the noun a preposition
        or a noun in construct follows (الحوار بين، دفع ثمن), and bears no pronoun (بينهم). A
        subject follows it (an actor, an unlisted person, an unnamed group or title) and then,
        past closing marks and a comma, a definite object (ثمن المبعوث، مارتن كوبلر، الدور البناء)
        or, within ASIDE_TOKENS after a comma, إن or أن (وبين مولوتكوف، خلال مقابلة، إن).
        None when the word is no such homograph. When it is not the verb, it leaves the cue
        tokens. One subject phrase and a bounded window after it are read."""
        tokens, language = self.tokens, self.language
        if cue_word not in language.homograph_verbs:
            return None
        word = tokens[index].norm
        conjoined = word[:1] in ("و", "ف") and word[1:] == cue_word
        before = tokens[index - 1] if index > sentence.first_token else None
        opens = (conjoined or before is None or not before.is_word or before.norm in language.adverbs
                 or before.norm in language.whereas
                 or (before.norm[:1] in ("و", "ف") and before.norm[1:] in language.adverbs))  # وقد علم
        speaker = self.after(index + 1, sentence) if opens and (word == cue_word or conjoined) else None
        if speaker is not None and (speaker.actor_id or speaker.how in ("unlisted", "unnamed")) and speaker.after_token > index + 1:
            j, limit = speaker.after_token, sentence.last_token
            while j < limit and tokens[j].norm in CLOSING_MARKS:
                j += 1
            if j in self.title_spans and speaker.actor_id:
                # وشبه بوتين رئيس الوزراء الروسي القرار: the named subject's title, then the object
                j = self._past_adjectives(self.title_spans[j], limit)
            comma = j < limit and tokens[j].norm in ("،", ",")
            j = self._skip(j, limit)
            if j < limit and (tokens[j].norm.startswith("ال") and has_article(tokens[j].norm, min_length=4)
                              and j not in self.mention_at and j not in self.title_spans):
                return True  # the verb's object: ثمن كوبلر الدور البناء
            if j < limit and tokens[j].norm in language.clause_openers:
                return True  # وبين مولوتكوف أن
            if (j + 1 < limit and tokens[j].is_word and j not in self.mention_at
                    and tokens[j].norm not in language.clause_openers and j + 1 in self.mention_at):
                return True  # وثمن اللافي حرص روسيا: the object in construct with an actor
            if comma:
                for k in range(j, min(limit, j + ASIDE_TOKENS)):
                    if k in self.cue_tokens:
                        break
                    if tokens[k].norm in language.clause_openers:
                        return tokens[k].norm in THAT_OPENERS  # past an aside: إن or أن, not a relative
        self.cue_tokens.discard(index)
        return False

    def _lone_given_name(self, index: int, end: int) -> bool:
        """Whether a given name that is also a word, at ``index``, is a name standing alone: the
        clause of a verb of saying follows it at once, written إن (never after the preposition
        على, which takes أن) or a colon: ``وقال الوزير علي إن`` names the minister علي, while
        ``وشدد الوزير علي أن`` is "stressed that"."""
        word = self.tokens[index].norm
        if word not in self.language.given_names:
            return False
        written = self.prepared.text[self.tokens[index].start:self.tokens[index].end]
        if word.endswith("ي") and not written.endswith("ى" if word != "علي" else "ي"):
            return False  # علي the name is written with ي (على the preposition with ى), منى with ى
        k = index + 1
        if k >= end:
            return False
        token = self.tokens[k]
        return token.norm == ":" or self.prepared.text[token.start:token.end] == "إن"

    def _past_body(self, name: tuple[int, int], end: int) -> tuple[int, int]:
        """The holder's name in ``name`` read right after a title's qualifier: the body's own
        name comes first and the holder's starts at a given name inside it (الباحث في معهد
        كارنيغي علي يركس: كارنيغي is the institute, علي يركس the researcher). With no given name
        the lists know, a full window of NAME_WORDS words after a body's head noun
        (language/institution_heads.txt) is the body's one-word name and a two-word personal
        name: الباحث في معهد كارنيغي يزيد صايغ → يزيد صايغ. Else ``name``."""
        first, last = name
        if self.tokens[first].norm in self.language.given_names and self.tokens[first].norm != "علي":
            return name  # عميد بلدية غريان سالم المبروك: a name opening with a given name is the holder's whole
        for k in range(first + 1, last):
            word = self.tokens[k].norm
            if (word in self.language.given_names and (word != "علي" or self._is_ali(k))
                    and not _name_particle(self.tokens[k - 1].norm)):
                return self._name(k, end) or name
        head = self.tokens[first - 1].norm
        if (last - first == NAME_WORDS and bare_word(head) in self.language.institution_heads
                and not any(_name_particle(self.tokens[k].norm) for k in range(first, last - 1))):
            return (first + 1, last)  # its words were read as a name already; يزيد is also a word
        return name

    def _given_name_spelt_otherwise(self, index: int) -> Mention | None:
        """The listed person whose family name follows the word at ``index`` when that word is
        a given name in a spelling no list holds (سيرغيه لافروف، ميخايل بوغدانوف): not a common word,
        not a listed given name (خالد حفتر is another Haftar), with no article and no conjunction,
        and the person listed with a name of two words or more. Only the next token is read."""
        token = self.tokens[index]
        mention = self.mention_at.get(index + 1)
        if mention is None or not token.is_word or index in self.cue_tokens or index in self.title_spans:
            return None
        word, language = token.norm, self.language
        if (word in language.common_words or word in language.given_names or has_article(word, min_length=4)
                or word[:1] in ("و", "ف", "ل", "ب") or len(word) < 3 or not word.isalpha()):
            return None
        actor = self.lexicon.actors[mention.actor_id]
        if actor.type != "person" or len(actor.name_ar.split()) < 2 or mention.last_token - mention.first_token != 1:
            return None
        return mention

    def _may_start_name(self, word: str, *, in_taa: bool = False) -> bool:
        """Whether a word nobody listed may open a person's name. Not a verb in the future or
        imperfect (سيتوجه، يتوعد), not a conjunction and a word (وسألناه), not a common noun
        with a pronoun (دفاعه), not an adjective whose feminine is a common word (لافت);
        given names always may (وليد، حمزة). ``in_taa``: the text writes the word's last letter ة,
        so its normalised ه is no pronoun (عمارة, سلامة are family names, not عمار, سلام and "his")."""
        language = self.language
        if not any(char.isalpha() for char in word):
            return False  # ١١:٠٤ بتوقيت غرينتش: a time, not a name and a colon
        if word in language.given_names:
            return True
        if (len(word) > 2 and not word.startswith("ال") and not word.endswith("ي")
                and word not in language.common_words and word + "ه" in language.common_words):
            # وفي ترحيب لافت، أشاد الوزير: a rarer indefinite masculine whose feminine is a frequent
            # word (لافتة) is an adjective after the noun, not an unknown name; a nisba surname
            # (الزاوي, after the city الزاوية) is left to be one
            return False
        if word.startswith(("سي", "ست", "سن", "يت", "تت")) and len(word) > 4:
            return False
        if _reflexive_past_verb(word):
            return False  # تزايدت الانتقادات الغربية لموسكو: the verb that opens it is nobody's name
        if word.startswith(("و", "ف")) and word[1:] not in language.given_names and not (
                word[0] == "ف" and len(word) > 5 and word[1:] not in language.common_words):
            # وسألناه، فأكد: a conjunction and a word; فياتشيسلاف، فالدهاوزر: a foreign name in ف
            if not (word.startswith("وو") and len(word) > 4 and word[1:] not in language.common_words
                    and word[1:] not in closed_words(self.lexicon)):
                return False  # ووستر، وولف: a foreign name in وو; ووصف، ووزير: و and a word
        for suffix in ("ها", "هم") if in_taa else ("ه", "ها", "هم"):
            stem = word[: -len(suffix)]
            # دفاعه; لاعتقاده، بقراره: a preposition, a noun and its pronoun
            if word.endswith(suffix) and (stem in language.common_words or stem[:1] in ("ل", "ب") and stem[1:] in language.common_words):
                return False
        return True

    def _named_after_head(self, head: int, end: int, how: str) -> Speaker | None:
        """The body named right after the noun that heads it (language/institution_heads.txt),
        in quotes or not: an outlet the lexicon lists (مجلة بوليتيكو، صحيفة «نيويورك تايمز») is
        that outlet; up to NAME_WORDS words that are no common word, no closed-class word and no
        definite word are a name nobody listed, kept with its head (موقع ميدل إيست آي). Else None:
        a definite qualifier (وزارة الخارجية) or an adjective (صحيفة روسية) is read as before."""
        tokens, language = self.tokens, self.language
        j = head + 1
        if j < end and tokens[j].norm in OPENING_MARKS:
            j += 1
        if j >= end:
            return None
        mention = self.mention_at.get(j)
        if mention is not None and self.lexicon.actors[mention.actor_id].type == "media" and not self._prepositional(mention):
            return self._known(mention, how)
        if mention is not None:
            return None
        if j > head + 1:
            return self._quoted_name_after_head(head, j, end)
        closed = closed_words(self.lexicon)
        last = j
        signs = 0
        while last < end and last - j - signs < NAME_WORDS:
            token = tokens[last]
            word = token.norm
            if last > j and last + 1 < end and self._ampersand(last):
                last += 1  # شركة S&P Global: the sign joins two Latin words of one name
                signs += 1
                continue
            if (not token.is_word or last in self.cue_tokens or last in self.mention_at or last in self.title_spans
                    or word in closed or word in language.common_words or has_article(word, min_length=4)
                    or word.startswith(("و", "ف")) or not any(char.isalpha() for char in word)):
                break
            if word.endswith(("يه", "ي")) and word[:-1] + "ه" in language.common_words:
                break  # روسي، روسيه: an adjective, whichever form the list holds
            last += 1
        if last == j:
            return None
        name = self._text(head, last)
        if _preposition_on_head(tokens[head].norm, language.institution_heads):
            name = name[1:]  # وفقا لشركة ستاندرد: the company is شركة ستاندرد, without its ل
        return Speaker("", name, "unlisted", last)

    def _ampersand(self, index: int) -> bool:
        """Whether the token at ``index`` is & written with no space between two Latin words
        (S&P, AT&T): one name nobody listed. Only the two neighbours are read."""
        tokens = self.tokens
        before, after = tokens[index - 1], tokens[index + 1]
        return (tokens[index].norm == "&" and before.end == tokens[index].start and tokens[index].end == after.start
                and before.norm.isascii() and before.norm.isalpha() and after.norm.isascii() and after.norm.isalpha())

    def _quoted_name_after_head(self, head: int, first: int, end: int) -> Speaker | None:
        """A name nobody listed in quotation marks right after the noun that heads it, with the
        nisba adjectives after the marks: ``وتحدثت صحيفة “لو بوان” الفرنسية عن`` → صحيفة لو بوان
        الفرنسية (without the marks), so that ``الصحيفة الفرنسية`` later refers back to it. The quoted words (at most
        NAME_WORDS, no cue, no clause) must close; else None, and the phrase is read as before."""
        tokens, language = self.tokens, self.language
        close = first
        while close < end and close - first < NAME_WORDS and tokens[close].is_word:
            if close in self.cue_tokens or tokens[close].norm in language.clause_openers:
                return None
            close += 1
        if close == first or close >= end or tokens[close].norm not in ENDING_MARKS:
            return None
        last = close + 1
        while last < end and last - close <= 2 and tokens[last].is_word and last not in self.cue_tokens and last not in self.mention_at:
            word = tokens[last].norm
            if not (word.startswith("ال") and len(word) >= 5 and word.endswith(("ي", "يه"))):
                break  # only nisba adjectives: الفرنسية، البريطانية
            last += 1
        # the name without its marks, as the other names are given: صحيفة لو بوان الفرنسية
        words = [self._text(head, head + 1), self._text(first, close)] + ([self._text(close + 1, last)] if last > close + 1 else [])
        return Speaker("", " ".join(words), "unlisted", last)

    def _institution(self, index: int, end: int, how: str) -> Speaker:
        """A body the lexicon lacks, as written: its head noun and the qualifiers that follow
        (أعلنت السفارة الروسية في طرابلس → السفارة الروسية; وقالت وزارة الداخلية). A name in
        quotes right after its head is kept with it (تقرير نشره موقع “المونيتور” الأميركي → موقع
        المونيتور الأميركي), as after a verb."""
        tokens, language = self.tokens, self.language
        if (index + 2 < end and tokens[index + 1].norm in QUOTE_MARKS and index + 2 not in self.mention_at
                and not has_article(tokens[index].norm, min_length=4)):
            quoted = self._quoted_name_after_head(index, index + 2, end)
            if quoted is not None:
                return quoted
        if tokens[index].norm in language.office_heads and not has_article(tokens[index].norm, min_length=4):
            owner = self._office_owner(index + 1, end, how) or self._office_in_body(index, end, how)
            if owner is not None:
                return owner  # وقال مكتب حفتر الإعلامي: the office speaks for whom it serves
        if tokens[index].norm in language.armed_heads and not has_article(tokens[index].norm, min_length=4):
            owner = self._office_owner(index + 1, end, how)
            if owner is not None:
                return owner  # أعلنت قوات حكومة الوفاق: the forces speak for the body they serve
        j = index + 1
        if (j + 1 < end and not has_article(tokens[index].norm, min_length=4) and tokens[j].is_word
                and not has_article(tokens[j].norm, min_length=4) and tokens[j].norm in language.common_words
                and tokens[j].norm not in language.function_words and j not in self.cue_tokens and j not in self.mention_at
                and not _has_preposition(tokens[j].norm) and tokens[j].norm[:1] not in ("و", "ف")
                and not _indefinite_nisba(tokens[j].norm, language)  # منظمة حقوقية الهجوم: an adjective, then the object
                and has_article(tokens[j + 1].norm, min_length=4) and tokens[j + 1].norm[:1] not in ("و", "ف", "ب", "ل")
                and j + 1 not in self.cue_tokens and j + 1 not in self.mention_at):
            j += 2  # جمعية حماية المستهلك: an indefinite noun in construct with the head, then its definite genitive
        while j < end and j - index < NAME_WORDS + 1:
            token = tokens[j]
            mention = self.mention_at.get(j)
            if (mention is not None and j > index and mention.last_token == j + 1 and is_nisba(token.norm)
                    and self.lexicon.actors[mention.actor_id].type == "state"):
                j += 1  # وأكدت الخارجية السعودية: a state's adjective says whose body it is, and ends it
                break
            if j > index and tokens[index].norm not in language.office_heads:
                past = self._lam_genitive(j, end)
                if past > j:
                    j = past  # المجلس الاجتماعي لقبائل التبو: the genitive is part of the body's name
                    continue
            if (not token.is_word or not has_article(token.norm, min_length=4) or j in self.cue_tokens or j in self.mention_at
                    or token.norm in language.function_words or token.norm in language.adverbs):
                break
            if _bare_ba(token.norm) or self._addressed(j):
                # ورحبت وزارة الخارجية القطرية بالاتفاق: ب opens the verb's complement; وقالت الوزارة
                # للصحفيين: the ones told; neither is part of the body's name
                break
            j += 1
        named = self._quoted_mention(j, end) if j < end else None
        if named is not None:
            return self._known(named, how)  # المكتب الإعلامي بالرئاسة الروسية “الكرملين”
        if j < end and tokens[index].norm in language.office_heads:
            body = self._office_body(j, end, how)
            if body is not None:
                return body if body.actor_id else Speaker("", self._text(index, body.after_token), "unlisted", body.after_token)
        return Speaker("", self._text(index, j), "unlisted", j)

    def _lam_genitive(self, index: int, end: int) -> int:
        """Past ل and an indefinite noun that, with the nouns in construct after it, ends in a
        definite word or a listed state or city: the genitive part of a body's name (المجلس
        الاجتماعي لقبائل التبو، الاتحاد العام لنقابات عمال ليبيا); ``index`` for anything else, as
        an outlet or a person told (لوكالة سبوتنيك، لمراسل). At most NAME_WORDS words are read."""
        tokens, language = self.tokens, self.language
        word = tokens[index].norm
        stem = word[1:]
        if (word[:1] != "ل" or word[:2] == "لل" or len(word) < 4 or stem in language.given_names
                or (stem not in language.common_words and not stem.endswith(("ات", "ه")))
                or stem in language.media_heads or stem in language.generic_subjects or stem in language.institution_heads
                or index in self.title_spans or index in self.mention_at or index in self.cue_tokens):
            return index
        k = index + 1
        while k < end and k - index <= NAME_WORDS:
            token = tokens[k]
            if not token.is_word or k in self.cue_tokens or k in self.title_spans or token.norm in language.function_words:
                return index
            mention = self.mention_at.get(k)
            if mention is not None:
                listed = self.lexicon.actors[mention.actor_id].type in ("state", "city")
                return mention.last_token if listed else index
            if has_article(token.norm, min_length=4):
                return k + 1 if token.norm[:1] not in ("و", "ف", "ب", "ل") else index
            if token.norm not in language.common_words and token.norm not in language.given_names:
                return k + 1  # لقبائل ورفلة: a place's or a tribe's name nobody listed
            if _has_preposition(token.norm) or token.norm[:1] in ("و", "ف"):
                return index
            k += 1
        return index

    def _addressed(self, index: int) -> bool:
        """Whether the word at ``index`` is ل and the people a speaker tells (language/addressed.txt):
        للصحفيين، للصحافيين: whom he spoke to, never part of his title or his body's name."""
        word = self.tokens[index].norm
        return word[:2] == "لل" and "ال" + word[2:] in self.language.addressed

    def _office_owner(self, index: int, end: int, how: str) -> Speaker | None:
        """The actor an office in construct serves, named right after its head, past a second
        office noun (مكتب حفتر الإعلامي → Haftar; مكتب إعلام القيادة العامة → the army), or None."""
        if index < end and index not in self.mention_at and self.tokens[index].norm in self.language.office_heads:
            index += 1
        mention = self.mention_at.get(index)
        if mention is None or mention.form != "exact" or not self._can_speak(mention):
            return None
        return self._known(mention, how)

    def _office_in_body(self, index: int, end: int, how: str) -> Speaker | None:
        """The listed body (no state, no person) that an office in construct belongs to, behind
        في after the nouns it governs: ``إدارة شؤون الإعلام والاتصالات في وزارة الدفاع الروسية``
        → the ministry. At most NAME_WORDS + 1 words are passed; None for anything else."""
        tokens = self.tokens
        closed = closed_words(self.lexicon)
        j = index + 1
        while j < end and j - index <= NAME_WORDS + 1:
            token = tokens[j]
            if token.norm == "في" and j > index + 1:
                mention = self.mention_at.get(j + 1)
                if mention is None or not self._can_speak(mention) or self.lexicon.actors[mention.actor_id].type in ("person", "state", "city"):
                    return None
                return self._known(mention, how)
            if not token.is_word or j in self.cue_tokens or j in self.mention_at or j in self.title_spans or token.norm in closed:
                return None
            j += 1
        return None

    def _office_body(self, index: int, end: int, how: str) -> Speaker | None:
        """The body behind ل or ب at ``index`` that an office (language/office_heads.txt) speaks
        for: a body or state the lexicon lists (المكتب الإعلامي للجيش الوطني الليبي → the army),
        or a body nobody listed, its head (language/institution_heads.txt), the nouns it governs
        and their adjectives, up to NAME_WORDS words after the head (لرئاسة أركان الوحدات
        الأمنية), returned unnamed with its end. None for anything else (المكتب الإعلامي للصحفيين)."""
        tokens, language = self.tokens, self.language
        word = tokens[index].norm
        if not tokens[index].is_word or word[:1] in ("و", "ف") or not _has_preposition(word):
            return None
        mention = self.mention_at.get(index)
        if mention is not None:
            if mention.form == "clitic" and self._can_speak(mention):  # also a person's: المكتب الإعلامي للدبيبة
                return self._known(mention, how)
            return None
        if bare_word(_without_preposition(word)) not in language.institution_heads:
            return None
        closed = closed_words(self.lexicon)
        j, definite = index + 1, has_article(_without_preposition(word), min_length=4)
        while j < end and j - index <= NAME_WORDS:
            token = tokens[j]
            if not token.is_word or j in self.cue_tokens or j in self.mention_at or token.norm in closed:
                break
            article = has_article(token.norm, min_length=4)
            if (definite and not article) or self._with_pronoun(j) or _has_preposition(token.norm) and not article:
                break  # after a definite word only adjectives follow
            definite = definite or article
            j += 1
        if not definite:
            return None  # رئاسة أركان …: the chain ends in a definite noun that names the body
        return Speaker("", "", "unlisted", j)

    # --- helpers -----------------------------------------------------------------------------
    def _skip(self, index: int, limit: int) -> int:
        """Past adverbs, قد and commas: وقال اليوم، لافروف."""
        tokens = self.tokens
        while index < limit and (tokens[index].norm in self.language.adverbs or tokens[index].norm in ("،", ",")):
            index += 1
        return index

    def _reaches(self, index: int, cue_first: int) -> bool:
        """Whether only adverbs, قد and one comma-delimited parenthesis lie in ``[index, cue_first)``."""
        tokens, language = self.tokens, self.language
        if index < cue_first and index in self.mention_ending:
            # وكانت وكالة بلومبيرغ الأمريكية قد كشفت: the adjectives of a named subject say whose it is
            while index < cue_first and is_nisba(tokens[index].norm) and index not in self.mention_at:
                index += 1
        place = self.mention_at.get(index + 1) if index + 1 < cue_first and tokens[index].norm == IN_PLACE else None
        if place is not None and self.lexicon.actors[place.actor_id].type in PLACE_TYPES:
            # وكانت مفوضية الانتخابات في ليبيا، قد أعلنت: where the body sits, not a clause
            index = place.last_token
        index = self._skip(index, cue_first)
        if index == cue_first:
            return True
        if tokens[index - 1].norm not in ("،", ","):
            return False
        # a parenthesis: في تصريح لوكالة سبوتنيك، — up to the next comma, with no clause in it
        j = index
        while j < cue_first and j - index < FRONTED_GAP_TOKENS:
            word = tokens[j].norm
            if word in language.clause_openers or j in self.cue_tokens:
                return False
            if word in ("،", ","):
                return self._skip(j, cue_first) == cue_first
            j += 1
        return False

    def _with_pronoun(self, index: int) -> bool:
        """Whether the word at ``index`` ends in a pronoun (حديثه، تصريحاتها، رأيهم), told from a
        word in ة by its spelling: normalised, الصحافة and حديثه both end in ه (وقالت الصحافة
        الروسية: the press speaks)."""
        word = self.tokens[index].norm
        if len(word) <= 3 or not word.endswith(("ه", "ها", "هم")):
            return False
        return not self._written_in_taa(index)

    def _written_in_taa(self, index: int) -> bool:
        """Whether the text writes the word at ``index`` with a final ة (diacritics aside), which
        normalising made ه."""
        token = self.tokens[index]
        return written_letter(self.prepared.text[token.start:token.end]) == "ة"

    def _occasion(self, index: int) -> bool:
        """Whether the word at ``index``, right after في, names the occasion of what is said, no
        host of a title: a noun with a pronoun (شدد السفير الروسي في كلمته) or an indefinite noun
        of language/occasions.txt (وقال المتحدث باسم الجيش في بيان صحفي)."""
        token = self.tokens[index]
        return token.is_word and (self._with_pronoun(index) or token.norm in self.language.occasions)

    def _is_ali(self, index: int) -> bool:
        """The name علي, told from the preposition على by its spelling: the normalised forms
        are the same, the written ones are not (قال الدكتور علي القرقني)."""
        token = self.tokens[index]
        return token.norm == "علي" and self.prepared.text[token.start:token.end].endswith("ي")

    def _prepositional_at(self, index: int) -> bool:
        """Whether a preposition opens the phrase at ``index``: وقال خلال لقائه، وأكد لوزير."""
        mention = self.mention_at.get(index)
        if mention is not None:
            return self._prepositional(mention)
        word = self.tokens[index].norm
        stripped = word[1:] if word[:1] in ("و", "ف") else word
        # أكد للوفد، رحب بالزيارة: a definite word behind ب or ل is an object, never a subject
        # (وكالة is a word of its own, not و + ك + ال)
        return (word in self.language.prepositions or index in self.titles_after_preposition
                or (stripped.startswith(("لل", "بال", "كال")) and len(stripped) >= 5 and word not in self.language.generic_subjects)
                or self._verbal_noun_behind_b(stripped))

    def _verbal_noun_behind_b(self, word: str) -> bool:
        """Whether ``word`` is ب and a common noun with no article (طالب بتدخل الرئيس الروسي: the
        president is the one asked to step in, in construct with تدخل, not the one who asks). A
        word whose rest is no common word (بلقاسم, بيسكوف) or shorter than four letters (بعض، بيان)
        is left alone, and so is a generic subject."""
        rest = word[1:]
        return (word[:1] == "ب" and len(rest) >= 4 and rest in self.language.common_words
                and word not in self.language.given_names and word not in self.language.quantifiers
                and word not in self.language.function_words and word not in self.language.generic_subjects)

    def _comma_named(self, mention: Mention) -> bool:
        """Whether a person's title and name mention stands behind ل or ب with a comma before the
        name: ``لمندوب روسيا لدى الأمم المتحدة، دميتري بوليانسكي``. Its tokens are read."""
        if "title" not in mention.match_kind or self.lexicon.actors[mention.actor_id].type != "person":
            return False
        if not self._prepositional(mention):
            return False
        return any(self.tokens[k].norm in ("،", ",") for k in range(mention.first_token, mention.last_token))

    def _prepositional(self, mention: Mention) -> bool:
        """Whether the mention is a preposition's object: لحفتر، مع لافروف, also behind quote marks
        and the outlet's kind (في مقابلة مع وكالة “سبوتنيك”، لصحيفة «إزفستيا»)."""
        tokens, language = self.tokens, self.language
        first = tokens[mention.first_token]
        if mention.form == "clitic" and first.norm.lstrip("وف")[:1] in ("ب", "ل", "ك"):
            return True
        index = mention.first_token - 1
        if index >= 0 and tokens[index].norm in QUOTE_MARKS:
            index -= 1
            if index >= 0 and tokens[index].norm in language.generic_subjects:
                index -= 1  # مع وكالة “سبوتنيك”
            elif index >= 0 and _has_preposition(tokens[index].norm) and _without_preposition(tokens[index].norm) in language.generic_subjects:
                return True  # لوكالة “سبوتنيك”
        return index >= 0 and tokens[index].norm in language.prepositions

    def _can_speak(self, mention: Mention) -> bool:
        return self.lexicon.actors[mention.actor_id].type in SPEAKER_TYPES

    def _quoted_qualifier(self, opening: int, end: int, titled: bool) -> int | None:
        """The token after a short quoted qualifier that opens at ``opening`` when a person's name
        follows it (القائد العام “للجيش الليبي” خليفة حفتر، حلف شمال الأطلسي "الناتو" دميتري
        روغوزين), else None: a quotation that opens is what is said."""
        tokens = self.tokens
        if tokens[opening].norm in CLOSING_MARKS:
            after = self._person_at(opening + 1, end, titled)
            if after is None and opening + 2 < end and tokens[opening + 1].norm in ("،", ","):
                after = self._person_at(opening + 2, end, titled)  # قائد “الجيش الوطني الليبي”، خليفة حفتر
            if after is not None or tokens[opening].norm not in STRAIGHT_MARKS:
                return after  # “للجيش الليبي” خليفة حفتر: the quoted qualifier closes before the name
        for index in range(opening + 1, min(end, opening + NAME_WORDS + 2)):
            if tokens[index].norm in QUOTE_MARKS:
                return self._person_at(index + 1, end, titled)
        return None

    def _quoted_body_before_name(self, opening: int, end: int) -> int | None:
        """The token where a listed person's name starts right after a short quoted body that
        opens at ``opening`` (رئيس “جمهورية الشيشان” رمضان قديروف), else None: a quotation that
        holds more words, or no person right after it, is what is said."""
        tokens = self.tokens
        for index in range(opening + 2, min(end, opening + NAME_WORDS + 2)):
            if tokens[index].norm in QUOTE_MARKS:
                mention = self.mention_at.get(index + 1)
                if mention is not None and self.lexicon.actors[mention.actor_id].type == "person":
                    return index + 1
                return None
            if not tokens[index].is_word:
                return None
        return None

    def _issued_by_verb(self, document: int, index: int, end: int) -> Mention | None:
        """The actor who issued an indefinite document (رسالة، بيان) when the word at ``index``,
        right after it, is a verb of issuing it with its pronoun (language/issuing_verbs.txt:
        وجهتها، أصدره) and that actor, able to speak, is its subject, next: رسالة وجهتها البعثة
        الأممية; also behind the indefinite head of its name that no alias holds: تقرير نشرته
        وكالة رويترز (وكالة alone was read as a body nobody listed), and after one adjective of the
        document (``document`` is its head's token): تقرير إخباري نشره موقع المونيتور. None otherwise."""
        tokens, language = self.tokens, self.language
        head, word = tokens[document].norm, tokens[index].norm
        if (head not in language.issued or has_article(head, min_length=4) or index + 1 >= end
                or not 0 < index - document <= 2 or not issuing_verb(word, language)):
            return None
        mention = self.mention_at.get(index + 1)
        if mention is None and index + 2 < end and tokens[index + 1].norm in language.institution_heads:
            mention = self.mention_at.get(index + 2)
        return mention if mention is not None and self._can_speak(mention) else None

    def _issued_by_unlisted(self, document: int, index: int, end: int) -> bool:
        """Whether the word at ``index``, right after an indefinite document (its head's token
        ``document``, one adjective between allowed: تقرير إخباري نشره موقع), is a verb of issuing
        it with its pronoun and the head of a body's name follows (language/institution_heads.txt,
        indefinite: مكتب، منظمة), whoever the body is: أرقام نشرها مكتب الأمم المتحدة."""
        tokens, language = self.tokens, self.language
        head = tokens[document].norm
        head = head if head in language.issued else _without_preposition(head)  # لأرقام
        if head not in language.issued or has_article(head, min_length=4) or index + 1 >= end or not 0 < index - document <= 2:
            return False
        word = tokens[index + 1].norm
        return (issuing_verb(tokens[index].norm, language) and index + 1 not in self.mention_at
                and word in language.institution_heads and not has_article(word, min_length=4))

    def _issuer_in_construct(self, index: int) -> bool:
        """Whether the word at ``index``, right after an indefinite document (بيان، تقرير، رسالة),
        heads the body that issued it (language/institution_heads.txt: بيان الشركة، بيان وزارة
        الداخلية), not another document or unnamed subject (تقرير الصحيفة is read as before)."""
        tokens, language = self.tokens, self.language
        head, word = tokens[index - 1].norm, tokens[index].norm
        return (head in language.issued and not has_article(head, min_length=4) and tokens[index].is_word
                and word in language.institution_heads and word not in language.generic_subjects
                and word not in language.issued and index not in self.cue_tokens)

    def _quotation_opens(self, mark: int, first: int, end: int) -> bool:
        """Whether the quote mark at ``mark``, met in a title's phrase begun at ``first``, opens a
        quotation rather than setting off a name or a qualifier: it is no closing mark (a straight
        one closes when the phrase opened one before it), and no mark closes it within a name's
        length (المتحدث باسم الخارجية "ماريا زاخاروفا" is his name; "حفتر يريد السلاح …" what
        he says) and an actor right inside it goes on into a clause. Bounded: a name's words after the
        mark, the phrase before it."""
        tokens = self.tokens
        word = tokens[mark].norm
        if word in CLOSING_MARKS and word not in STRAIGHT_MARKS:
            return False
        if word in STRAIGHT_MARKS and sum(tokens[k].norm == word for k in range(first, mark)) % 2:
            return False  # the straight mark closes one the phrase opened: “للجيش الليبي” خليفة حفتر
        if any(tokens[k].norm in QUOTE_MARKS for k in range(mark + 1, min(end, mark + NAME_WORDS + 2))):
            return False
        # the actor right inside the mark goes on into a clause (a word, no comma): he is what is
        # said about, while “الجيش الوطني الليبي، خليفة حفتر (a mark left open) still qualifies the title
        named = self.mention_at.get(mark + 1)
        return named is not None and named.last_token < end and tokens[named.last_token].is_word

    def _adjective(self, mention: Mention) -> bool:
        """Whether a state's name follows a word as its adjective: قناة “الحدث” السعودية (the Saudi
        channel), not Saudi Arabia speaking."""
        index = mention.first_token
        word = self.tokens[index].norm
        if self.lexicon.actors[mention.actor_id].type != "state" or mention.last_token - index != 1:
            return False
        if not (word.startswith("ال") and word.endswith(("يه", "ي"))):
            return False
        before = self.tokens[index - 1]
        return before.is_word or before.norm in CLOSING_MARKS

    def _own_subject(self, index: int, sentence: Sentence) -> bool:
        """Whether a person opens the clause at ``index`` (بوليانسكي يتوقع), an actor with a
        reporting cue right after it (موسكو تنفي), or a reporting verb."""
        if index in self.cue_tokens:
            # موسكو: اعتبرت روسيا…: a dateline, the verb after it names its own subject; but
            # روسيا: نرفض التدخل: «we» is the state before the colon, and so is روسيا: استهداف
            # الناتو للقذافي تجاوز, a noun of evaluation with no subject of its own
            return index not in self.first_person and index not in self.nominal
        mention = self.mention_at.get(index)
        if mention is None:
            # ليبيا : نائب الرئيس الروسي يعلن: an unnamed title or group right before its verb
            subject = self.phrase(index, sentence.last_token, how="fronted")
            return (subject is not None and not subject.actor_id and subject.after_token in self.cue_tokens
                    and subject.after_token not in self.first_person)
        if mention.last_token >= sentence.last_token:
            return False
        return self.lexicon.actors[mention.actor_id].type == "person" or mention.last_token in self.cue_tokens

    def _quoted_mention(self, opening: int, end: int) -> Mention | None:
        """The actor quoted or bracketed alone right after an unnamed head (وكالة الأنباء الصينية
        «شينخوا»، وكالة الأنباء الروسية (نوفوستي)): the marks hold one mention and nothing else."""
        if self.tokens[opening].norm not in OPENING_MARKS or opening + 1 >= end:
            return None
        mention = self.mention_at.get(opening + 1)
        if mention is None or mention.last_token >= end or self.tokens[mention.last_token].norm not in ENDING_MARKS:
            return None
        return mention if self._can_speak(mention) else None

    def _second_portfolio(self, index: int, end: int) -> bool:
        """Whether the word at ``index`` is و and a definite noun (والتعاون، والإنتاج) that a listed
        person's name follows within ADJECTIVE_WORDS definite words: a title's second portfolio,
        not a second subject (والسفير الروسي has no name after it here). A few tokens are read."""
        tokens = self.tokens
        word = tokens[index].norm
        if not (word[:1] == "و" and has_article(word[1:], min_length=4) and tokens[index].is_word
                and index not in self.mention_at and index not in self.title_spans):
            return False
        k = index + 1
        while k < end and k - index <= ADJECTIVE_WORDS and k not in self.mention_at and has_article(tokens[k].norm, min_length=4):
            k += 1
        k = self._past_serving_body(k, end)
        mention = self.mention_at.get(k)
        if mention is None and k > index + 1 and k < end and self.tokens[k].is_word:
            # وزير الخارجية والتعاون الدولي خالد الفلاني: a holder nobody listed (att38)
            return self._name(k, end) is not None
        return mention is not None and self.lexicon.actors[mention.actor_id].type == "person" and mention.match_kind != "title"

    def _past_serving_body(self, index: int, end: int) -> int:
        """Where the holder's name may start after a title's second portfolio: past the body
        behind ب or ل that the office serves, with its definite adjectives, and past a dash or
        comma that sets the name off (وزيرة الخارجية والتعاون الدولي بحكومة الوحدة الوطنية –
        نجلاء المنقوش –). ``index`` when neither stands there; a few tokens are read. (att38)"""
        tokens, k = self.tokens, index
        body = self.mention_at.get(k)
        if body is not None and self.lexicon.actors[body.actor_id].type != "person" and self._prepositional(body):
            k = body.last_token
            while k < end and k - body.last_token < ADJECTIVE_WORDS and k not in self.mention_at and has_article(tokens[k].norm, min_length=4):
                k += 1
        if k < end and tokens[k].norm in APPOSITION and tokens[k].norm not in QUOTE_MARKS:
            k += 1
        return k

    def _person_at(self, index: int, end: int, titled: bool) -> int | None:
        """``index`` if a person's name starts there (listed, or after a title one nobody listed)."""
        if index >= end:
            return None
        mention = self.mention_at.get(index)
        if mention is not None and self.lexicon.actors[mention.actor_id].type == "person":
            return index
        if titled and self.tokens[index].is_word and self._name(index, end, unknown_only=True) is not None:
            return index
        return None

    def _drawn_from(self, index: int, end: int) -> int:
        """Where the body a delegation comes from, starting at ``index`` after its من, ends: an
        actor's mention (مجلس النواب), a title (وزارة الخارجية), or a definite noun with its
        definite adjectives (البرلمان الليبي); ``index`` when none stands there."""
        if index >= end:
            return index
        mention = self.mention_at.get(index)
        if mention is not None:
            return min(mention.last_token, end)
        if index in self.title_spans:
            return min(self.title_spans[index], end)
        j = index
        while j < end and j - index <= NAME_WORDS and has_article(self.tokens[j].norm, min_length=4) and j not in self.cue_tokens:
            j += 1
        return j

    def _give_titles(self, speaker: str, title_words: list[int]) -> None:
        """Remember the title words met before a speaker (an actor id, or a name as written)."""
        if title_words and not self.quiet_titles:
            self.given_titles.setdefault(speaker, set()).update(bare_word(self.tokens[index].norm) for index in title_words)

    def _issued_by(self, document: int, actor: int) -> bool:
        """Whether the word at ``document`` is a document (language/issued.txt) whose issuer is the
        actor at ``actor``: right after it (معلومات وكالة الأنباء الألمانية، بيان للخارجية), or
        behind unnamed words of its kind or its adjectives (تقرير لصحيفة نيويورك تايمز، الصفحة
        الرسمية لوزارة الخارجية)."""
        if document < 0 or not (actor - 4 <= document < actor):
            return False
        word = self.tokens[document].norm
        if word not in self.language.issued and _without_preposition(word) not in self.language.issued:
            return False
        # a title's words too: وفقاً لتصريح الرئيس فلاديمير بوتين, the president's statement is his
        titled = {index for first in range(document + 1, actor) if first in self.title_spans
                  for index in range(first, self.title_spans[first])}
        between = [self.tokens[index].norm for index in range(document + 1, actor)
                   if self.tokens[index].norm not in QUOTE_MARKS and index not in titled]
        # الصفحة الرسمية لوزارة الخارجية: a nisba adjective of the document may stand between
        return all(_without_preposition(word) in self.language.generic_subjects or (word.startswith("ال") and word.endswith(("يه", "ي")))
                   for word in between)

    def _issued_from(self, document: int, index: int, end: int) -> bool:
        """Whether the word at ``document`` is a document (language/issued.txt) and the word at
        ``index``, after its من, names who issued it: an actor, a title or an unnamed group (تقرير
        من خبراء الأمم المتحدة، بيان من وزارة الخارجية), not a number or a thing (بيان من عشر نقاط)."""
        word = self.tokens[document].norm
        if word not in self.language.issued and _without_preposition(word) not in self.language.issued:
            return False
        if index >= end:
            return False
        mention = self.mention_at.get(index)
        if mention is not None:
            return self._can_speak(mention)
        return index in self.title_spans or self.tokens[index].norm in self.language.generic_subjects

    def _common_word_surname(self, index: int, end: int) -> Speaker | None:
        """The listed person whose family name is the definite common word at ``index`` (الكوني،
        الكبير: adjectives too, so never aliases alone), when it stands alone right after a verb of
        saying and the clause, a colon or his title set off by a comma follows it at once: ``وأكد
        الكوني أن`` is Musa al-Koni, where an adjective could qualify nothing. One bearer only;
        three tokens read. (att38)"""
        after = self.tokens[index + 1].norm if index + 1 < end else ""
        # what he says opens (أن، إن، a colon), or his title is set off by a comma: وأكد الكوني، نائب
        # رئيس المجلس الرئاسي، أن
        if not (after in self.language.clause_openers or after == ":"
                or (after in ("،", ",") and index + 2 in self.title_spans)):
            return None
        bearers = derived(self.lexicon, "common-word surnames", _common_word_surnames).get(self.tokens[index].norm, ())
        if len(bearers) != 1:
            return None
        actor_id = next(iter(bearers))
        return Speaker(actor_id, self.lexicon.actors[actor_id].name_en, "after_verb", index + 1)

    def _bare_surname(self, index: int, end: int) -> Speaker | None:
        """The listed person whose Arabic name ends in the word at ``index`` with no article (عقيلة
        صالح، أسامة حماد), when it stands alone right after a verb and what he says or the verb's
        complement follows it at once (إن، أن، a colon, عن، من، على، إلى، ب…): ``وأشاد باشاغا بالدور``.
        One bearer only; a word of a closed class never; a word that is also a given name (صالح،
        حماد، محمد) only after the article named its bearer; two tokens read."""
        tokens, language = self.tokens, self.language
        word = tokens[index].norm
        if not tokens[index].is_word or index + 1 >= end or has_article(word, min_length=4) or index in self.title_spans:
            return None
        after = tokens[index + 1].norm
        # وأضافت رايس في مقابلة، وأضاف صالح، خلال: an aside between the name and what he says is
        # his only once the article named him in full before (att49)
        aside = after in ("في", "،", ",")
        if not (aside or after in language.clause_openers or after in (":", "عن", "من", "علي", "الي")
                or (_bare_ba(after) and has_article(after, min_length=4))):
            return None
        bearers = derived(self.lexicon, "bare surnames", _bare_surnames).get(word, ())
        if len(bearers) != 1 or word in closed_words(self.lexicon):
            return None
        actor_id = next(iter(bearers))
        if aside and self.first_named.get(actor_id, index) >= index:
            return None
        if word in language.given_names and self.first_named.get(actor_id, index) >= index:
            return None  # وقال محمد إن: a given name too is the listed bearer's only once the article named him
        return Speaker(actor_id, self.lexicon.actors[actor_id].name_en, "after_verb", index + 1)

    def _known(self, mention: Mention, how: str) -> Speaker:
        return Speaker(mention.actor_id, self.lexicon.actors[mention.actor_id].name_en, how, mention.last_token)

    def _text(self, first: int, last: int) -> str:
        tokens = self.tokens
        return self.prepared.text[tokens[first].start:tokens[last - 1].end]


def _plural_agreement(verb: str) -> bool:
    """Whether a verb (normalised, no و) agrees with a plural subject: a feminine imperfect or past
    (تقول، تحدثت، أفادت، تحدثتا) or a plural one (يقولون، قالوا)."""
    return (verb.startswith("ت") or verb.endswith(("ت", "تا", "ون", "وا"))) and len(verb) > 2


def _describing(word: str) -> bool:
    """Whether a word after a plural group's head describes it: a nisba (إعلامية، غربية، وغربية) or
    another feminine adjective, as a plural of things takes (عديدة، كثيرة)."""
    word = _without_conjunction(word)
    return is_nisba(word) or word.endswith("ه")


def _without_conjunction(word: str) -> str:
    """A word without a و before it (وبعد → بعد)."""
    return word[1:] if word[:1] == "و" and len(word) > 3 else word


def _indefinite_nisba(word: str, language) -> bool:
    """Whether a normalised word is an indefinite relative adjective, told by its other gender being
    a word too: حقوقية (حقوقي)، دولي (دولية); not حماية, whose حماي is none."""
    if word.endswith("يه"):
        return word[:-1] in language.common_words
    return word.endswith("ي") and word + "ه" in language.common_words


def _bare_surnames(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Listed people's family names with no article (صالح، حماد), the last word of an Arabic name of
    theirs of two words or more, each to its bearers; not after a name particle (عبد الله: الله)."""
    found: dict[str, set[str]] = {}
    for actor_id, words in people_names(lexicon):
        if len(words) >= 2 and not has_article(words[-1], min_length=4) and not _name_particle(words[-2]) and len(words[-1]) > 2:
            found.setdefault(words[-1], set()).add(actor_id)
    return {word: frozenset(bearers) for word, bearers in found.items()}


# The words a state's name may follow in construct (دولة الإمارات، جمهورية مصر، مملكة البحرين،
# سلطنة عمان): the state speaks, not an unnamed state.
STATE_WORDS = frozenset({"دوله", "جمهوريه", "مملكه", "سلطنه", "اماره"})


def _common_word_surnames(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Listed people's family names that are definite common words (الكوني، الكبير), the last
    word of an Arabic name of theirs, each to its bearers; not the second half of a compound
    name (عبد الكافي: الكافي), nor a stand-in for a title no date resolves."""
    found: dict[str, set[str]] = {}
    language = lexicon.language
    for actor_id, words in people_names(lexicon):
        if (len(words) >= 2 and has_article(words[-1], min_length=4) and words[-1] in language.common_words
                and not _name_particle(words[-2])):
            found.setdefault(words[-1], set()).add(actor_id)
    return {word: frozenset(bearers) for word, bearers in found.items()}


def _past_number_label(tokens, index: int, end: int) -> int:
    """Past a label of two numbers joined by + (5+5، 6+6) at ``index``, or ``index``."""
    if (index + 2 < end and tokens[index].norm.isdigit() and tokens[index + 1].norm == "+"
            and tokens[index + 2].norm.isdigit()):
        return index + 3
    return index


def _reflexive_past_verb(word: str) -> bool:
    """Whether a normalised word has the shape of a past verb of the fifth or sixth form in the
    feminine (تفعّلت، تفاعلت): ت, three or four letters, then ت, as تزايدت، تصاعدت، توسعت. A
    plural in ات (تحركات) and a noun in يت or وت (تصويت) are left out, and so is a word with ا
    second (تاتنفت, a company), which no such verb has."""
    return (len(word) in (5, 6) and word[0] == "ت" and word[-1] == "ت"
            and word[1] != "ا" and word[-2] not in "اوي")


def _speaker_kind(actor_type: str) -> str:
    """Speakers that may be coordinated: people, outlets, and bodies (states and organisations)."""
    return actor_type if actor_type in ("person", "media") else "body"


def _unlisted(finder: SpeakerFinder, span: tuple[int, int], how: str) -> Speaker:
    """A person the lexicon does not know, named as written; a headline keeps its rule's name."""
    first, last = span
    following = finder.mention_at.get(last)
    if following is not None and following.form == "exact" and finder.lexicon.actors[following.actor_id].type == "person":
        # وزير خارجية ليبيا محمد طه سيالة: given names nobody listed before a listed family name
        return finder._known(following, how)
    name = finder._text(first, last)
    listed = spelt_like_listed(name, finder.lexicon) if finder.spelt_alike else None
    if listed is not None:
        # قال قائد القوات الأمريكية توماس فالدهاومسر: Waldhauser, his name one letter off
        return Speaker(listed, finder.lexicon.actors[listed].name_en, how, last)
    finder._give_titles(name, finder.apposed_title(last) or finder.following_title(last))
    return Speaker("", name, "headline" if how == "headline" else "unlisted", last)


def bare_word(word: str) -> str:
    """A normalised word without its proclitics and article: والناطقه → ناطقه, وزير → وزير."""
    for stem, _ in proclitic_readings(word):
        if stem.startswith("ال") and len(stem) > 3:
            return stem[2:]
    return word


def _bare_ba(word: str) -> bool:
    """Whether a normalised word opens with the preposition ب, no conjunction before it: بالانتخابات."""
    return word[:1] == "ب" and len(word) > 3


def _without_preposition(word: str) -> str:
    """A word without a leading ب or ل (behind و/ف): لمعلومات → معلومات, لوكالة → وكاله."""
    stripped = word[1:] if word[:1] in ("و", "ف") else word
    if stripped.startswith("لل"):
        return "ال" + stripped[2:]
    return stripped[1:] if stripped[:1] in ("ب", "ل") and len(stripped) > 3 else word



# The attached pronouns a preposition takes: به، عنه، إليها، لهم
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


def _pronoun_complement(word: str, prepositions: frozenset[str]) -> bool:
    """Whether a normalised word is a preposition with an attached pronoun (به، له، عنه، عليه،
    إليها، منهم): a complement that ends at once, never a subject."""
    for suffix in PRONOUN_SUFFIXES:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and (stem in ("ب", "ل") or stem in prepositions):
            return True
    return False


def _name_particle(word: str) -> bool:
    """Words after which a name goes on with the article: عبد الحميد، أبو القاسم، بن علي."""
    return word in ("عبد", "ابو", "ابن", "بن", "بنت", "ام", "ذو")


def _nominative_plural(word: str, language) -> bool:
    """A definite masculine plural in the nominative (المتظاهرون، المشاركون), told by its
    accusative form being a common word (المتظاهرين): a subject, never an object."""
    stem = word[1:] if word[:1] in ("و", "ف") else word
    return stem.startswith("ال") and stem.endswith("ون") and len(stem) > 6 and stem[:-2] + "ين" in language.common_words


# وفقا لشركة ستاندرد آند بورز: لشركة is a common word as written (for the company), so the
# preposition was left on it and the body's head was not seen.
def _preposition_on_head(word: str, heads: frozenset[str]) -> bool:
    """Whether a word is ل or ب and an indefinite head of a body's name (language/
    institution_heads.txt): لشركة، بمؤسسة; not a definite one (للشركة), which names a body read
    as before."""
    stripped = word[1:] if word[:1] in ("و", "ف") else word
    return stripped[:1] in ("ل", "ب") and not stripped.startswith("لل") and stripped[1:] in heads


def _has_preposition(word: str) -> bool:
    """Whether a word opens with the prepositions ب ل ك (behind و/ف): لوزير، وبالسفير."""
    stripped = word[1:] if word[:1] in ("و", "ف") else word
    return stripped[:1] in ("ب", "ل", "ك")
