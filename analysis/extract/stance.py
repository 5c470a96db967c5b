"""Stances: who says what, with which polarity, about whom, attributed to the right speaker.

One stance per cue from the lexicon's cues.csv (a two-word reporting cue also with its subject
between the words: عبّر لافروف عن قلقه): a reporting verb (قال، أكد، مشيرا، حذّر) is a
statement by its speaker, with the polarity the verb itself carries (حذّر, ندّد are negative); a
sourcing phrase (وفقاً لـ، بحسب) and a relay (نقل عن) attribute what follows; an evaluative
expression (رحب، حظر ظالم، عدوان) carries a polarity and belongs to the speaker of the statement
it stands in, or to the article's own voice outside any statement. A construction with no
evaluative word carries a stance too (_constructions): a rhetorical question (كيف يمكن …؟) and a
necessity with a negation (ضرورة ألا، لا ينبغي) are negative.

Who the speaker is comes from :mod:`analysis.extract.speakers`. What is not a statement: site
furniture (data/language/boilerplate.txt), a cue word inside an actor's name (قوات الدعم
السريع), a relay with nobody after عن (لنقل النفط), an evaluative word that carries a stance
only when someone says it (``holder`` = ``quoted``) met in the article's narration, a reporting
word after دون (دون ذكر معلومات), a state or body as the subject of a verb inside what someone
says (قال لوكاشيفيتش إن روسيا ترى: the words are his), a paper that relays another's words
before نقلاً عن, and a bare outlet or document word that nothing named before it refers back to
(وأفاد الموقع، وأشار التقرير; with ذكر موقع “أفريكا إنتليجنس” or ونشرت صحيفة X تقريراً before,
they are that outlet's).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace

import bisect
import re

from analysis.arabic.matcher import HAMZA_SEATS, Match, PhraseMatcher, has_article, is_nisba, proclitic_readings
from analysis.arabic.slips import NAME_SLIP_LENGTH, one_letter_off, opening_phrase
from analysis.arabic.text import (CLOSING_QUOTES, QUOTE_MARKS, PreparedText, Sentence, in_spans, normalise_word,
                                  without_marks, written_letter)
from analysis.extract.actors import COMPOUND_GIVEN, LINEAGE_WORDS, Mention, affiliation_root, state_nisbas
from analysis.extract.schema import ARTICLE_VOICE
from analysis.extract.teasers import TeaserLines
from analysis.extract.person import first_person as _first_person
from analysis.extract.speakers import ADVERBIAL_TOKENS, CLOSING_MARKS, DEMONSTRATIVES, PHRASE_TOKENS, Speaker, SpeakerFinder, THAT_OPENERS, _without_preposition, bare_word, declines_speech, issuing_verb, refused_object_in, refusing_verb
from analysis.extract.topics import TopicHit
from analysis.lexicon.cue_forms import all_cues
from analysis.lexicon.derived import derived
from analysis.lexicon.read import Cue, Lexicon, actor_names, is_unresolved, people_names

QUOTE_OPENERS = frozenset("«“\"")
# وسأل الصحفيون بيسكوف …، فأجاب: a verb of asking and one of answering (_Context._asked_one)
ASKING = frozenset(normalise_word(word) for word in "سأل سألت سألوا".split())
ANSWERING = frozenset(normalise_word(word) for word in "أجاب أجابت".split())
THAT = normalise_word("أن")  # غير أن: a negator before أن is a conjunction (_polarity)
# What _relative returns for a verb that does not agree with the feminine relative before it
MASCULINE_AFTER_FEMININE = object()
RELAY_REACH = 12  # tokens between a verb and the relay that names whom its subject quotes
AGENT_REACH = 12  # tokens after a readout's passive within which its agent's «من قبل» stands (تم التأكيد على بدء المشروع من قبل)
SAID_THAT = frozenset({"ان", "انه", "انها", "انهم"})  # normalised أن، إنه …: what is said opens
OBJECT_BETWEEN = 8  # words of object between a verb's subject and a verb joined to it by و: استقبل الدبيبة السفير الروسي وأكد
# The marks that open a bullet point's line (ـ is the tatweel outlets use as a dash), and how far
# before its first word a line's start is looked for
BULLET_MARKS = frozenset({"-", "ـ", "–", "—", "•", "*", "·", "▪"})
BULLET_GAP = 4
TOLD_CLAUSE = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})  # a clause after a verb: وأضاف أن تصريحات
TOLD_OPENERS = frozenset({"بان", "بانه", "بانها", "حول"})  # what a noun of speech told follows it: تصريحاته بأن
SPEECH_TAG_DASHES = frozenset({"-", "–", "—"})  # a line of dialogue names its speaker after the dash
# «both sides» as a subject, normalised: the two people a meeting's sentence just named (both_sides)
BOTH_SIDES = frozenset({"الطرفان", "الجانبان"})
SAID_CLAUSE_OPENERS = frozenset("ان بان وان لان".split())  # normalised إن، أن، بأن، وأن، لأن: what is said opens
RECENT_SPEAKERS = 4  # speakers a definite title may refer back to (وأضاف الناطق الرسمي)
DOTS_GAP = 4  # characters of white space between two dots and the sentence they do not end
NOTE_WORDS = 3  # the words of the longest phrase of language/writers_notes.txt
# A bare definite title (وقال الوزير) refers back to the last listed holder of such a title named in
# this many sentences before it, speaker or not (_last_holder)
HOLDER_SENTENCES = 6
LATER_SENTENCES = 3  # sentences after an unnamed title within which its holder may be named with it
TARGET_WINDOW = 6  # words after an evaluative cue within which its target stands
TARGET_BACK_MENTIONS = 10  # mentions looked back over inside a quotation for an evaluation's target
TEXT_TARGET_WORDS = 3  # words after an evaluation shown as its target when no actor or topic follows
NEGATION_REACH = 3  # bridge words (language/negation_bridges.txt) a negation reaches across
SPEECH_OWNER_REACH = 14  # tokens from a relative pronoun back to the noun of speech it describes
SPLIT_SUBJECT_WORDS = 3  # words of an unlisted subject between a split cue's verb and particle
SPLIT_ASIDE_TOKENS = 5  # a prepositional aside between a split cue's subject and particle: في بيان له
OPEN_QUESTION_REACH = 4  # words after a negated verb within which a question word leaves it open
BLAME_REACH = 14  # tokens after a verb of blaming within which the word for responsibility stands
RESPONSIBILITY = frozenset({"مسؤوليه", "مسئوليه"})  # normalised: مسؤولية، المسؤولية، بمسؤولية
BLOCK_REACH = 4  # tokens before a document within which a verb of blocking stands (منعت روسيا صدور بيان)
SLIP_NAMES = 8  # earlier full names a family name with a slip is compared with
COMMENT_REACH = 8  # tokens after a verb of commenting's subject within which its complement (على) stands
PARAGRAPH_GAP = 8  # characters of white space between paragraphs looked back over
BOILERPLATE_WORDS = 14  # a sentence this short that opens with a boilerplate phrase is site furniture
CARRIED_REACH = 6  # tokens back from a verb with a pronoun to the document it carried (بيان لوزارة الطاقة الروسية، أوردته)
DOCUMENT_ASIDE_TOKENS = 24  # tokens between a document and a verb with its pronoun: تعليقا على نتائج القمة، في موسكو، أكدت فيه
VOW_REACH = 4  # tokens from the fighting to its حتى: مواصلة القتال ضد الإرهاب حتى
UNTIL = normalise_word("حتى")
HEADED_BY = frozenset({"برئاسه"})  # وفد برئاسة وزير الخارجية
DELEGATION_REACH = 4  # tokens back from برئاسة to the delegation it heads (وفدا من الاتحاد الروسي برئاسة)
HEAD_REACH = 12  # tokens after برئاسة to the head's name, past his title (برئاسة مدير إدارة التخطيط بوزارة الخارجية، فلان)
DELEGATION_TITLES = frozenset({"رئيس", "رئيسه"})  # رئيس الوفد، رئيسة الوفد
SEEKING_PREFACES = frozenset({"اجل", "بهدف", "سبيل"})  # من أجل، بهدف، في سبيل تحقيق السلام
DESCRIBED_AIMS = frozenset({"الراميه", "الرامي", "الهادفه", "الهادف", "الساعيه", "الساعي"})  # الجهود الرامية لتحقيق
AGREEMENTS = frozenset({"اتفاق", "اتفاقيه", "اتفاقات"})  # للتوصل إلى اتفاق لوقف إطلاق النار (_sought)
_LATIN_TAIL = re.compile(r"(?<=[\u0621-\u064a])[A-Za-z0-9].*$")  # the link after an Arabic word it is glued to
BYLINE_MARKS = frozenset("-:/.")  # inside a byline's date and time: 08-04-2019 09:16
BYLINE_WORDS = 4  # a byline's name has at most four words (كتب: محمد علي)
WHEREAS_WORDS = 3  # the longest connector of a second main clause: في الوقت الذي


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



INTENSIFIED_WORDS = 3  # the fewest words of an evaluative cue an intensifier may stand inside: عار عن الصحة


def cue_matcher(lexicon: Lexicon) -> PhraseMatcher[Cue]:
    """A matcher over the cues and their generated forms (تحريضا from تحريض, see
    :mod:`analysis.lexicon.cue_forms`); cues may carry a pronoun suffix (تأكيده, بترحيبه). An
    evaluative cue of INTENSIFIED_WORDS words or more is also found with an intensifier
    (language/intensifiers.txt) right after its first word: «عار تماما عن الصحة» is the cue «عار عن
    الصحة» (its payload, so its lemma, is the listed cue's)."""
    cues = all_cues(lexicon)
    intensifiers = lexicon.language.intensifiers
    intensified = [(f"{words[0]} {intensifier} {' '.join(words[1:])}", cue)
                   for cue in cues if cue.cue_type == "evaluative"
                   for words in (cue.cue.split(),) if len(words) >= INTENSIFIED_WORDS
                   for intensifier in intensifiers]
    return PhraseMatcher([*((cue.cue, cue) for cue in cues), *intensified], enclitics=True)


def title_matcher(lexicon: Lexicon) -> PhraseMatcher[str]:
    """A matcher over the title words that announce a name (وزير، المتحدث باسم)."""
    return PhraseMatcher((title, title) for title in lexicon.titles)


QUOTED_VERB_GAP = 2  # characters from a quotation's mark to a verb that opens it («أكد، “ أكد)
# لفت draws attention in speech only towards something (لفت إلى أن، لفت الانتباه إلى): with
# the attention of someone as its object and no إلى after it (يلفت انتباه واشنطن) it says nothing.
ATTENTION_VERBS = frozenset(normalise_word(word) for word in "لفت لفتت يلفت تلفت".split())
ATTENTION_NOUNS = frozenset(normalise_word(word) for word in "انتباه أنظار نظر".split())
ATTENTION_REACH = 4  # tokens after the attention noun where إلى would make it speech
PRONOUN_OPENERS = frozenset({"انه", "انها", "انهم", "انهما", "انني", "اننا", "لانه", "لانها"})  # إنها رصدت: the subject is in the opener
PLACING_WORDS = 4  # the words of the longest phrase of language/placing.txt, read at a sentence's start
PLACING_OBJECT_REACH = 5  # words after a reporting verb a phrase of language/placing_objects.txt may start at


def find_stances(
    prepared: PreparedText,
    cue_matches: list[Match[Cue]],
    mentions: list[Mention],
    topic_hits: list[TopicHit],
    lexicon: Lexicon,
    titles: list[Match[str]] = (),
) -> list[Stance]:
    """Stances of one article, in text order. See the module docstring for the rules."""
    # اقرأ أيضاً ⏎ زاخاروفا: روسيا ترفض …: another article's headline says nothing in this one
    teasers = TeaserLines.of(prepared, lexicon.language.teasers)
    fused = _fused_sources(prepared, cue_matches, lexicon) + _issued_document_sources(prepared, cue_matches, lexicon)
    if fused:
        cue_matches = sorted([*cue_matches, *fused], key=lambda match: match.first)
    if teasers.spans:
        cue_matches = [match for match in cue_matches if not teasers.covers(prepared.tokens[match.first].start)]
    mention_tokens = {index for mention in mentions for index in range(mention.first_token, mention.last_token)}
    by_sentence: dict[int, list[Match[Cue]]] = {}
    stigma_tokens: set[int] = set()
    cue_tokens: set[int] = set()
    first_person: set[int] = set()  # روسيا: نرفض: the verb's subject is the one before the colon
    # روسيا: استهداف الناتو للقذافي تجاوز: an evaluative noun (holder "quoted") opens no clause of
    # its own, so the state before the colon is no section label
    nominal: set[int] = set()
    for match in cue_matches:
        cue = match.payloads[0]
        if cue.lemma and _pronoun_for_taa(prepared, match):
            continue  # ومصالحه (his interests) is no مصالحة, which only المصالحة lists
        if cue.cue_type == "stigma":
            stigma_tokens.update(range(match.first, match.last))
        elif cue.cue_type == "ignore":
            if _opens_with_cue(cue, lexicon):
                # نقل عن مصدر رفض الكشف عن هويته: the phrase silences رفض, but its verb still ends
                # the unnamed subject before it (the source is مصدر, not مصدر رفض الكشف)
                cue_tokens.add(match.first)
        else:
            if not mention_tokens.isdisjoint(range(match.first, match.last)) and (
                    match.last - match.first == 1 or match.last - 1 in mention_tokens):
                # a cue word inside a name: قوات الدعم السريع; a phrase that only opens with a
                # name and goes on past it is a figure of speech: «تحويل ليبيا إلى سوريا جديدة»
                continue
            if _noun_in_taa(prepared, match):
                continue  # حملة عسكرية، في إشارة إلى، قوات تابعة لروسيا: a noun, not حمّل، أشار، تابع with ه
            sentence_id = prepared.sentence_of_token[match.first]
            if sentence_id:
                by_sentence.setdefault(sentence_id, []).append(match)
                cue_tokens.update(range(match.first, match.last))
                if _we(prepared, match, cue):
                    first_person.add(match.first)
                if cue.cue_type == "evaluative" and cue.holder == "quoted":
                    nominal.add(match.first)
    finder = SpeakerFinder(prepared, mentions, lexicon, list(titles), cue_tokens, first_person, nominal)
    for sentence_id, sentence_matches in by_sentence.items():
        # وقالت الباحثة أمل قاسم إن: أمل (hope) is a given name there, the holder's, and no cue
        by_sentence[sentence_id] = [
            match for match in sentence_matches
            if match.last - match.first != 1 or not (
                finder.opens_name(match.first, prepared.sentences[sentence_id - 1])
                or _adjectival_participle(prepared, match, prepared.sentences[sentence_id - 1], mention_tokens, lexicon)
                or _read_with_ya(prepared, match)
                # ثمن النفط، بين روسيا وليبيا: a word spelt like a verb of saying, read by what follows
                or finder.homograph_read(match.first, normalise_word(match.payloads[0].cue), prepared.sentences[sentence_id - 1]) is False)
        ]
    for match in _split_cues(prepared, lexicon, finder, cue_tokens):
        sentence_matches = by_sentence.setdefault(prepared.sentence_of_token[match.first], [])
        bisect.insort(sentence_matches, match, key=lambda found: found.first)
        cue_tokens.add(match.first)
    # ووجه بوتين دعوة إلى، شن لافروف هجوما حادا على: a verb that speaks with its noun of speech
    for match in _light_verbs(prepared, lexicon, finder, cue_tokens, by_sentence):
        sentence_matches = by_sentence.setdefault(prepared.sentence_of_token[match.first], [])
        bisect.insort(sentence_matches, match, key=lambda found: found.first)
        cue_tokens.add(match.first)
    # بينما طلب قائد الجيش مهلة: a verb spelt like a noun, a verb after a connector of a second clause
    for match in _whereas_verbs(prepared, lexicon, finder, cue_tokens):
        sentence_matches = by_sentence.setdefault(prepared.sentence_of_token[match.first], [])
        bisect.insort(sentence_matches, match, key=lambda found: found.first)
        cue_tokens.add(match.first)
    # What a verb of avoiding may have between it and the reporting word it governs (_avoided),
    # made once: a union of the two per cue made one endless sentence of statements quadratic.
    named_or_cue = mention_tokens | cue_tokens
    context = _Context(prepared, mentions, topic_hits, lexicon, finder)
    context.note_titled(prepared.sentences)
    boilerplate = _Boilerplate(prepared, lexicon.language.boilerplate)

    stances: list[Stance] = []
    line_breaks = [found.start() for found in LINE_BREAK.finditer(prepared.text)]  # for _wrapped_statements
    opened: tuple[int, int] | None = None  # a sentence ending in a colon, and where its rows start
    previous: Speaker | None = None  # the speaker of the last statement, for وأضاف
    quiet: Sentence | None = None  # the sentence before, when it made no statement (narration)
    stated = -1  # the last sentence whose first speaker is ``previous``
    pair: tuple[Speaker, Speaker] | None = None  # وقالت المؤسسة وشركة تاتنفط: the two, for وقالت الأولى
    listing: tuple[int, Speaker] | None = None  # the last headline «X: …» or bullet under it, and X
    unsaid: set[int] = set()  # sentences that made no statement, for a quotation whose speaker follows it
    for sentence in prepared.sentences:
        context.narration = quiet if quiet is not None and quiet.sentence_id == sentence.sentence_id - 1 else None
        quiet = None
        if boilerplate.holds(sentence) or teasers.covers(prepared.tokens[sentence.last_token - 1].start):
            continue  # (a sentence ending on a teaser line; one that only starts on one speaks after it)
        label = _interview_label(prepared, sentence, lexicon.language)
        if label is not None and label[0] == "question":
            continue  # س: كيف تقيّمون التنسيق؟: the interviewer asks, nobody states anything (att38)
        context.note_issued(sentence)  # ونشرت صحيفة نيويورك تايمز تقريراً: whose report التقرير is later
        sentence_from = len(stances)
        context.note_delegation_head(sentence)  # وفد ليبي برئاسة سيالة: whom رئيس الوفد names later
        context.note_introduced(sentence)  # استقبل المنفي السفير الإيطالي جوزيبي بوتشينو: whom السفير الإيطالي names later
        context.note_bodies(sentence)  # اجتمع مجلس الأمن أمس: which body وحث المجلس names later
        matches = by_sentence.get(sentence.sentence_id, [])
        statements: list[tuple[Match[Cue], Speaker]] = []
        partners: dict[str, Speaker] = {}  # a speaker's coordinated partner (لافروف → شويغو)
        main: Speaker | None = None
        headline = finder.headline(sentence) if not matches or matches[0].first > sentence.first_token else None
        if label is not None:
            # ج: نحن نرفض أي وجود أجنبي: the answer is the interviewee's, the speaker of the last
            # statement (وفي حوار مع الصحيفة، تحدث الوزير …), carried; with none, nobody's (att38)
            headline = (Speaker(previous.actor_id, previous.name, "carried"), label[1]) if previous is not None else None
        if headline is not None and teasers.covers(prepared.tokens[headline[1]].start):
            headline = None  # اقرأ أيضاً ⏎ زاخاروفا: …: the other article's headline, not a speaker here
        if headline is not None and headline[0].how == "headline_title":
            # السفير الروسي: … with the ambassador named in the next lines: his; else no statement
            later = context.named_later(headline[0], sentence.sentence_id)
            headline = (later, headline[1]) if later is not None else None
        elif headline is not None and headline[0].how == "unnamed":
            # صحيفة بريطانية: … ⏎ قالت صحيفة “فايننشال تايمز” البريطانية: the outlet named next
            later = context.outlet_named_later(headline[0], sentence.sentence_id)
            if later is None and _construct_title(headline[0].name, context._title_words):
                # وزير خارجية ليبيا: … ⏎ أكد وزير خارجية ليبيا محمد الدايري: the office in
                # construct with a state, its holder named with the same words in the body
                later = context.named_later(replace(headline[0], how="headline_title"), sentence.sentence_id)
            headline = (later, headline[1]) if later is not None else headline
        opener: tuple[Speaker, int] | None = None  # a headline's speaker and colon: زاخاروفا: …
        listed, listing = listing, None
        if headline is not None and not any(m.first < headline[1] for m in matches):
            speaker, colon = headline
            stances.append(context.colon_stance(colon, speaker, sentence))
            main = speaker
            opener = headline
            if context.bullet_mark(sentence) is None:
                listing = (sentence.sentence_id, speaker)  # – مسؤولون ليبيون: … is one teaser of a list
        elif listed is not None and listed[0] == sentence.sentence_id - 1:
            # ممثل روسيا لدى مجلس الأمن: … ⏎ - نتوقع من المبعوثة …: each bullet under a headline
            # «X: …» is X's statement (dev14), with the stance words in it
            bullet = context.bullet_stance(sentence, listed[1])
            if bullet is not None:
                stances.append(bullet)
                main = replace(listed[1], how="bullet")
                opener = (main, sentence.first_token - 1)
                listing = (sentence.sentence_id, listed[1])
        for match in matches:
            cue = match.payloads[0]
            if cue.cue_type == "evaluative":
                continue
            if statements and statements[-1][0].last == match.first:
                continue  # وشدد قائلا: one statement, two verbs
            if boilerplate.byline(match, sentence, prepared.text):
                continue  # كتب: محمد علي: the writer of the article says nothing
            if _referred_to(prepared, match.first, sentence, lexicon):
                continue  # أن ما ذكرته الصحيفة غير صحيح: what the paper reported is talked about, not said here
            if _unblamed(prepared, match, sentence, lexicon):
                continue  # حمل الوفد رسالة: carried, nobody blamed
            if (_unsaid(prepared, match.first, sentence, lexicon) or _left_open(prepared, match, sentence, lexicon)
                    or _avoided(prepared, match.first, sentence, named_or_cue, lexicon)
                    or _declined(prepared, match, sentence, lexicon)):
                continue  # دون ذكر معلومات، من دون أن يوضح، ولم توضح هل: what was not said is no statement
            if _hedged(prepared, match, sentence, lexicon):
                continue  # على حد زعمه: the writer's hedge on what was said, no statement
            if _asked(prepared, match.first, sentence):
                continue  # سئل عما إذا كانت موسكو أكدت الزيارة: a question, nobody confirmed anything
            said_from = statements[-1][0].last if statements else -1
            # وبحسب وكالة سبوتنيك قال لافروف: where the source named before the verb ends
            sourced = statements[-1][1].after_token if statements and statements[-1][0].payloads[0].cue_type == "source" else -1
            ordinal = finder.ordinal(match.last, sentence) if pair is not None and cue.cue_type == "reporting" else None
            if ordinal is not None:
                # وقالت المؤسسة الوطنية للنفط وشركة تاتنفط إنهما … وقالت الأولى في بيان: the
                # first (or second) of the two who spoke together last
                named = pair[ordinal[0]]
                speaker = Speaker(named.actor_id, named.name, "ordinal", ordinal[1])
            else:
                speaker = context.speaker_of_statement(match, sentence, main, previous, said_from, sourced)
            if speaker is None:
                if cue.cue_type == "reporting":
                    context.unspoken_verb = match.last  # for the clause it opens (speaker_of_evaluation)
                continue  # لنقل النفط، بحسب ما: no statement here
            if _council_vote(prepared.tokens, match, speaker, sentence, lexicon.language):
                continue  # وأقر مجلس الأمن قرارا: the Council's vote, narration
            # جدد السفير الروسي دعم بلاده … وقال بيان أن السفير الروسي، إيفان مولوتكوف: named after
            later = context.named_later(speaker, sentence.sentence_id)
            if later is not None:
                speaker = later
            sides = context.both_sides(speaker, sentence.sentence_id)
            if sides is not None:
                speaker, partners[sides[0].actor_id] = sides  # وأكد الطرفان: each of the two just met
            if (speaker.how == "carried" and statements and statements[-1][0].payloads[0].cue_type == "relay"
                    and statements[-1][1].after_token == match.first):
                # قالت الحكومة إن…، فيما نقل عن السفير تأكيده: the noun of speech right after whom
                # a relay quotes is his, not the sentence's first speaker's
                speaker = replace(statements[-1][1], how="carried")
            if statements and _state_view(match, speaker, lexicon):
                # وقال الوزير إن ليبيا ترى في الاتفاق خطوة مهمة: the minister gives his state's view, the
                # state makes no statement of its own
                speaker = replace(statements[-1][1], how="carried")
            also = finder.coordinated(speaker, sentence, match.first)
            if also is not None:
                partners[speaker.actor_id] = also  # وأكد لافروف وشويغو: one verb, two speakers
                if also.after_token > speaker.after_token:
                    speaker = replace(speaker, after_token=also.after_token)  # what they say follows both
            statements.append((match, speaker))
            if main is not None and sourced >= 0 and statements[-2][1] is main:
                # وبحسب وكالة سبوتنيك، أكد لافروف …، محذرا: the source only relays; the verb's
                # subject is the one the sentence goes on with
                main = speaker
            main = main or speaker
        relayed_by = {
            speaker.after_token for (m, speaker), (relay, _) in zip(statements, statements[1:])
            if relay.payloads[0].cue_type == "relay" and _next_word(prepared, speaker.after_token) == relay.first
        }
        relaying = {
            m.first for (m, speaker), (relay, _) in zip(statements, statements[1:])
            if relay.payloads[0].cue_type == "relay" and m.payloads[0].cue_type != "relay" and context.relays(m, relay)
        }
        if relayed_by or relaying:
            # وقالت صحيفة إزفستيا (،) نقلاً عن نيبينزيا، أعلنته صحيفة صن أمس نقلاً عن مصدر: the
            # paper relays, the one quoted speaks
            for m, speaker in statements:
                if m.payloads[0].cue_type != "relay" and (speaker.after_token in relayed_by or m.first in relaying):
                    context.note_relayer(speaker)
            statements = [(m, speaker) for m, speaker in statements if m.payloads[0].cue_type == "relay"
                          or (speaker.after_token not in relayed_by and m.first not in relaying)]
            main = statements[0][1] if headline is None and statements else main
        statements = _mouthpieces(statements, lexicon)
        statements = _credited_outlets(statements, prepared, lexicon)
        if previous is not None and stated == sentence.sentence_id - 1 and headline is None:
            # … أن حفتر التقى شويغو. حسب وكالة نوفستي الروسية.: the line credits the statement before it
            statements = _credit_line(statements, previous, prepared, sentence, lexicon)
        relays: list[Speaker] = []  # the outlets that relay this sentence's statements
        statements, relays = _sourced_outlet(statements, lexicon)
        if relays and statements:
            main = statements[0][1] if headline is None else main  # the army, not the site that relays it
        if any(m.payloads[0].cue_type != "source" for m, _ in statements):
            # وأكد لافروف، وفق وكالة انترفاكس: the agency relays Lavrov's statement, it makes none;
            # a source of the clause before «فيما تقدر المنظمة» speaks for that clause (whereas.txt)
            own = _sources_of_first_clause(statements, prepared.tokens, lexicon.language.whereas)
            relays += [speaker for m, speaker in statements
                       if m.payloads[0].cue_type == "source" and speaker.actor_id and m.first not in own]
            statements = [(m, speaker) for m, speaker in statements if m.payloads[0].cue_type != "source" or m.first in own]
            main = statements[0][1] if headline is None else main
        continued = None
        if not statements and headline is None and previous is not None:
            said = prepared.sentences[stated - 1] if 0 < stated <= len(prepared.sentences) else None
            continued = context.continued_quotation(sentence, previous, said.end if said is not None else -1)
            if continued is None and stated == sentence.sentence_id - 1:
                continued = context.quotation_across_paragraphs(sentence, previous)
            if continued is None and stated == sentence.sentence_id - 1:
                continued = context.after_dots(sentence, previous, _said_polarity(stances, stated, previous))
            if continued is None and stated == sentence.sentence_id - 1:
                continued = context.wrapped_line(sentence, previous, _said_polarity(stances, stated, previous))
            if continued is None and stated == sentence.sentence_id - 1:
                # ووفقا للوكالة كان التدخل مدمرا. حيث ساعدت التوترات على …: a clause after a full stop
                continued = context.subordinate_clause(sentence, previous, _said_polarity(stances, stated, previous))
            if continued is None and stated == sentence.sentence_id - 1 and opened is not None and opened[0] == stated:
                # قال بوغدانوف: ⏎ وستؤيد بلاده البيان: what the colon announced, with no quotation mark
                continued = context.after_colon(sentence, previous, _said_polarity(stances, stated, previous))
            if continued is not None:
                stances.append(continued)
                # “… . والدفعة الثانية تبحر بعد أيام.” then a paragraph reopening the quotation:
                # a sentence that goes on with the quotation states it as its speaker's, so the
                # next paragraph may carry it on too
                stated = sentence.sentence_id
        if not statements and headline is None and continued is None and previous is not None and stated == sentence.sentence_id - 1:
            # قال الدبيبة إن… . جاء ذلك في رده على سؤال: the sentence places his statement, it is his
            placed = context.placed_statement(sentence, previous, _said_polarity(stances, stated, previous))
            if placed is not None:
                stances.append(placed)
        noun_tokens: set[int] = set()
        # جاء ذلك في تصريحات للمسماري …، بحسب "بوابة أفريقيا الإخبارية": an outlet credited as the
        # only source relays the words a noun of speech names
        credited = bool(statements) and all(m.payloads[0].cue_type == "source" and _outlet(speaker, lexicon)
                                            for m, speaker in statements)
        if (not statements or credited) and headline is None and continued is None:
            # وتنطوي تصريحات لافروف على مخاوف موسكو: no verb, a noun of speech names the speaker;
            # it stays in its sentence (the next وأضاف does not continue it)
            nouns = context.speech_noun_statements(sentence, matches)
            if nouns or not credited:
                if credited:
                    main = None
                statements = nouns
                noun_tokens = {match.first for match, _ in statements}
        if statements and not noun_tokens and headline is None and continued is None:
            # وأضاف أن تصريحات الخارجية الروسية بأن الوضع يتدهور دعوة للتدخل: a noun of speech whose
            # owner is named and whose words follow it (بأن، حول) states them as its owner's, beside
            # the verb's speaker
            told = context.told_by_noun(sentence, matches, statements)
            if told:
                statements = sorted(statements + told, key=lambda statement: statement[0].first)
                noun_tokens = {match.first for match, _ in told}
        if not statements and headline is None and continued is None:
            quiet = sentence
            unsaid.add(sentence.sentence_id)
        # what a sentence that goes on with the statement before evaluates is that speaker's
        going_on = continued or (stances[-1] if stances and stances[-1].sentence_id == sentence.sentence_id
                                 and stances[-1].attribution == "placed" else None)
        earlier, earlier_stated = previous, stated  # the statement before, for a verb that gives it again
        if main is not None:
            stated = sentence.sentence_id
            previous = main  # وأضاف in a later sentence continues this sentence's first speaker
            partner = partners.get(main.actor_id)
            pair = (main, partner) if partner is not None and partner.actor_id != main.actor_id else None
            for relay in relays:
                # وبحسب وكالة سبوتنيك قال لافروف …، وأضافت الوكالة: the agency may be referred back to
                # (its speaker stays the latest)
                context.remember(relay)
            for _, speaker in statements:
                # نفت روسيا …، إذ لفت السيناتور فيكتور أوزروف: a person speaking after the main
                # speaker may be referred back to as well (المسؤول الروسي), the main one stays latest
                if (speaker.actor_id or speaker.name) != (main.actor_id or main.name) and context.is_person(speaker):
                    context.remember(speaker)
            context.remember(main)
            context.note_occasion(sentence, statements)  # وقالت الوزارة في بيان: whose statement البيان is later
        said = _Statements(statements, prepared)
        if headline is None and statements:
            said.preface_end = _preface(prepared, sentence, statements[0][0].first, cue_tokens, lexicon)
            if statements[0][1].how == "opening_subject" and statements[0][1].after_token >= 0:
                # وأصدرت السفارة تحذيراً لرعاياها، مشددة: what the subject does in the clause its
                # verb opens is the stance its participle goes on with
                said.opening = (statements[0][1].after_token, statements[0][0].first)
        for index, (match, speaker) in enumerate(statements):
            cue = match.payloads[0]
            limit = statements[index + 1][0].first if index + 1 < len(statements) else sentence.last_token
            # the verb's own subject is the speaker, named or carried (not a verb inside his words)
            own = speaker.how not in ("in_statement", "quote_owner", "carried")
            polarity, _ = _polarity(cue.polarity, match, prepared, stigma_tokens, lexicon, own=own)
            if (index == 0 and polarity == "neutral" and earlier is not None and earlier_stated == sentence.sentence_id - 1
                    and (speaker.actor_id, speaker.name) == (earlier.actor_id, earlier.name)
                    and (context.gives_statement_again(match, limit) or _bare_verb(prepared, match, sentence)
                         or ((match.first in noun_tokens
                              or _after_whereas(prepared.tokens, match.first, lexicon.language.credit_connectors))
                             and context.placed_statement(sentence, earlier, polarity) is not None))):
                # قالت زاخاروفا إن موسكو تأمل … . وقد أدلت زاخاروفا بهذا التصريح اليوم: the verb
                # gives the statement before again, with its polarity (polarity convention 1); so
                # does a noun of speech in a sentence placing it (نفى المسماري التقرير … . جاء ذلك في
                # تصريحات للمسماري …، بحسب "بوابة أفريقيا"), and a verb of its credit clause
                # (جاء ذلك خلال مشاركته في ندوة، حسب ما أفاد به موقع): the site credited only tells
                # where the words it places were heard
                polarity = _said_polarity(stances, earlier_stated, earlier)
            elif (index == 0 and polarity == "neutral" and earlier is not None
                  and earlier_stated == sentence.sentence_id - 1 and _placed_mouthpiece(prepared, match, sentence, lexicon)):
                # أدانت الخارجية التركية القرار. ⏎ جاء ذلك على لسان وزير الخارجية: the line only says
                # whose mouth the statement before came out of, so it has that statement's polarity
                # (polarity convention 1), though the one named is not who the sentence before named
                polarity = _said_polarity(stances, earlier_stated, earlier)
            if (polarity == "neutral" and speaker.how == "in_statement"
                    and any(stem in lexicon.language.claiming for stem, _ in proclitic_readings(prepared.tokens[match.first].norm))):
                # وأكد المتحدث أن الأرقام مبالغ فيها، كما زعمت الصحيفة: another's claim, cited
                # inside the speaker's words, is cited to be rebutted (polarity convention 3)
                polarity = "negative"
            stances.append(context.statement(match, cue, speaker, polarity, limit))
            if speaker.actor_id in partners:
                stances.append(context.statement(match, cue, partners[speaker.actor_id], polarity, limit))
        evaluated_from = len(stances)
        # مبعوث الرئيس لشؤون التعاون مع بلدان أفريقيا، ميخائيل مارغيلوف: a stance word inside the
        # subject phrase after a verb is the speaker's title, no stance
        # (a set of the phrases' tokens, each phrase a few words: asking every statement for every
        # evaluative word made a page-long sentence quadratic)
        in_subject = {index for m, speaker in statements for index in range(m.last, speaker.after_token)}
        asides: set[int] = set()  # وقال الدبيبة، الذي تواجه حكومته أزمة، إن: the writer's description
        for m, speaker in statements:
            in_subject.update(_subject_tail(prepared, speaker.after_token, sentence, lexicon))
            asides.update(_relative_aside(prepared, speaker.after_token, sentence, lexicon))
        described = {speaker.after_token for _, speaker in statements
                     if speaker.how == "after_verb" and _describes_speaker(prepared.tokens, speaker.after_token, sentence)}
        reaction = _reaction_clause(prepared, sentence, lexicon) if statements else -1
        constructions = [found for found in _constructions(prepared, sentence, lexicon, stigma_tokens)
                         if found.first not in cue_tokens]  # التوصل إلى تسوية: a listed cue already holds the word
        if constructions:
            matches = sorted(matches + constructions, key=lambda found: found.first)
        # ناقش الجانبان سبل تعزيز التعاون، ثم رحبا بالاتفاق: a verb of saying or a stance verb ends
        # the topics a verb of discussing lists (_discussed)
        topic_ends = {found.first for found in matches
                      if found.payloads[0].cue_type != "evaluative" or found.payloads[0].holder == "subject"}
        for match in matches:
            cue = match.payloads[0]
            if cue.cue_type != "evaluative" or match.first in noun_tokens:
                continue  # an evaluative noun of speech (اتهام الولايات المتحدة) is the statement itself
            if match.first in in_subject:
                continue
            if _declined(prepared, match, sentence, lexicon):
                continue  # رفض المتحدث التعليق: a refusal to comment is no statement, nor a rejection
            if match.first in described:
                continue  # زعمت الحكومة غير الشرعية أنها: the writer's label of the speaker, no stance of his
            if _about(prepared, match.first, lexicon):
                continue  # خاطبنا روسيا بشأن مزاعم نقل أسلحة: the claims are the subject, not judged
            if _named_purpose(prepared, match.first, sentence, lexicon):
                continue  # اللجنة الحكومية المشتركة للتعاون: the body's name, no stance
            if _asked(prepared, match.first, sentence):
                continue  # ردا على سؤال عما إذا كانت موسكو تدعم حفتر: asked, nobody supports anyone
            # ، ما أثار ردود فعل رافضة: the writer's account of the reactions, not the speaker's words
            received = cue.holder != "subject" and (
                (0 <= reaction < match.first
                 and bisect.bisect_left(said.firsts, reaction) == bisect.bisect_left(said.firsts, match.first))
                or match.first in asides)
            if received and cue.holder == "quoted":
                continue  # a stance word only someone says, in the narration: nobody's
            speaker = (Speaker("", ARTICLE_VOICE, "article") if received
                       else context.speaker_of_evaluation(match, sentence, said, previous, opener, going_on))
            if speaker is None:
                continue  # في إطار تعزيز العلاقة: narration, not a stance
            if cue.holder == "subject" and _council_vote(prepared.tokens, match, speaker, sentence, lexicon.language):
                continue  # ووافق مجلس الأمن على مشروع القرار: the Council's vote, narration
            if speaker.how != "article" and _felt_by_other(prepared, match, sentence, speaker, context.mention_at, lexicon):
                continue  # وتابع أن سيف الإسلام متفائل: another's mood, which the speaker only reports
            if speaker.how != "article" and _held_by_other(prepared, match, speaker, context.mention_at, lexicon, sentence):
                continue  # أثار مخاوف واشنطن، الدعم الروسي لحفتر: another side's, which the speaker only reports
            if speaker.how != "article" and _faced(prepared.tokens, match, sentence, speaker, context.mention_at, lexicon):
                continue  # صعوبات تواجه روسيا في إجلاء قواتها: a difficulty met, told as news (convention 5)
            if cue.holder != "subject" and (_outlet(speaker, lexicon) or _analysts(speaker, lexicon)) and not _framing(cue, lexicon):
                # وذكرت الوكالة أن مسلحين قاموا بالاعتداء على السفارة، وأكدت الصحيفة أن ليبيا ساحة للمرتزقة:
                # an outlet's report is another article's narration, its labels included; only a cue
                # whose own subject takes the stance (انتقدت الصحيفة) is the outlet's, and a word of
                # wrongdoing that frames the report as a charge (لمجرم الحرب، بشكل مريب: framing.txt).
                # So is unnamed analysts' (convention 4: reports by experts): ويرى مراقبون أن موسكو
                # تسعى إلى موطئ قدم
                continue
            if not cue.holder and _monitor(speaker, lexicon) and not _framing(cue, lexicon):
                # وكشفت منظمة حقوقية أن شركة نقلت مرتزقة من بنغازي: a monitor's or a report's account
                # of presence and transfers, its label no charge (convention 4); a word of framing.txt
                # is its charge, and a stance it holds by saying it (قالت منظمات حقوقية إن التصعيد
                # خطير) stays
                continue
            polarity, stigma = _polarity(cue.polarity, match, prepared, stigma_tokens, lexicon)
            if polarity == "positive" and (_received(prepared.tokens, match, sentence, lexicon)
                                           or _about_phrase(prepared.tokens, match.first, sentence, lexicon)
                                           or _discussed(prepared.tokens, match.first, sentence, topic_ends, lexicon)
                                           or (speaker.how != "article" and _supported_by_other(
                                               prepared, match, sentence, speaker, context.mention_at, lexicon))):
                # إن روسيا أرسلت مقاتلات لدعم حفتر: another side's support of a party, reported;
                # تلقى الشكر: thanks received, another's; neither is the speaker's praise
                polarity = "neutral"
            if _admitting(prepared, match, lexicon):
                polarity = "neutral"  # روسيا تعترف: الوضع صعب: what is admitted takes the stance, not the admission
                if opener is None and prepared.tokens[match.last].norm == ":" and speaker.how != "article":
                    opener = (speaker, match.last)  # and what follows the colon is the admitter's, as in a headline
            stances.append(context.evaluation(match, cue, speaker, polarity, sentence.last_token, stigma=stigma))
            if speaker.actor_id in partners and speaker.how in ("in_statement", "quote_owner"):
                partner = replace(partners[speaker.actor_id], how=speaker.how)
                stances.append(context.evaluation(match, cue, partner, polarity, sentence.last_token, stigma=stigma))
            elif cue.holder == "subject" and speaker.how in ("after_verb", "fronted", "before_verb"):
                # توافق بوتين وأردوغان على الهدنة: a verb that is its subject's stance, with two
                # subjects joined by و, is the stance of each, as for a verb of saying
                partner = finder.coordinated(speaker, sentence, match.first)
                if partner is not None:
                    stances.append(context.evaluation(match, cue, partner, polarity, sentence.last_token, stigma=stigma))
        _questioned(stances, evaluated_from, constructions, prepared)
        verbs = [prepared.tokens[match.first].start for match, _ in statements]
        _conceded(stances, evaluated_from, verbs, prepared, sentence, lexicon)
        if statements:
            # “في البداية شمل السحب السوريين. وهم لا يزالون هناك”، يوضح بادي: the quotation's first
            # sentences are his too
            context.quotation_before_verb(stances, statements[0], sentence, unsaid)
            # نقدر جهودك في حل الأزمة. ⏎ - قال نائب الرئيس.: the speech first, who said it after
            context.tag_after_speech(stances, statements[0], sentence, unsaid)
        _wrapped_statements(stances, sentence_from, line_breaks)
        if opened is not None and opened[0] == sentence.sentence_id - 1:
            _said_after_colon(stances, opened[1], sentence_from)  # وقال لافروف: ⏎ "…": the piece before
        opened = None
        if len(stances) > sentence_from and prepared.tokens[sentence.last_token - 1].norm in COLONS:
            opened = (sentence.sentence_id, sentence_from)
    stances.sort(key=lambda stance: stance.start)
    _dotted_pieces(stances, prepared)
    return _full_names(stances, lexicon)


DOTTED_ENDS = ("..", "…", "(...", "(…")  # a pause on the line, not a sentence's end
PIECE_RULES = frozenset({"quote_owner", "after_dots"})  # a sentence that goes on with the speaker before


def _dotted_pieces(stances: list[Stance], prepared: PreparedText) -> None:
    """A statement whose sentence ends in two or three dots on its line (``“لن نقبل بأي تدخل..``)
    goes on in the next sentence when that sentence's first row of the same speaker only carries
    the statement on (quote_owner, after_dots): one statement in pieces, each of which takes the
    polarity of the whole (polarity convention 1). When one of the two pieces carries a polarity
    and the other, a few quoted words and no clause (_fragment), none, the other's first row takes
    it: «تنقصها أهم شيء..» before «فقرة واضحة تستبعد …» is the same complaint; a full clause cut
    by dots («نتابع عن كثب الوضع...») is a sentence labelled on its own. Pairs of neighbouring sentences only, left to right, so a chain of
    pieces passes a polarity on; ``stances`` is in text order and read once."""
    text, sentences = prepared.text, prepared.sentences
    rows: dict[int, dict[tuple[str, str], list[int]]] = {}
    for index, stance in enumerate(stances):
        rows.setdefault(stance.sentence_id, {}).setdefault((stance.speaker_id, stance.speaker_name), []).append(index)

    def polarity(indices: list[int]) -> str:
        return next((stances[i].polarity for i in indices if stances[i].polarity != "neutral"), "neutral")

    for sentence_id in sorted(rows):
        after = rows.get(sentence_id + 1)
        if after is None or not 0 < sentence_id < len(sentences):
            continue
        this, following = sentences[sentence_id - 1], sentences[sentence_id]
        written = text[this.start:following.start]
        if "\n" in written[len(written.rstrip()):] or not written.rstrip().endswith(DOTTED_ENDS):
            continue
        for key, indices in rows[sentence_id].items():
            going_on = after.get(key)
            if going_on is None or stances[going_on[0]].attribution not in PIECE_RULES:
                continue
            before_polarity, after_polarity = polarity(indices), polarity(going_on)
            if before_polarity != "neutral" and after_polarity == "neutral" and _fragment(prepared, following):
                stances[going_on[0]] = replace(stances[going_on[0]], polarity=before_polarity)
            elif before_polarity == "neutral" and after_polarity != "neutral" and _fragment(prepared, this):
                stances[indices[0]] = replace(stances[indices[0]], polarity=after_polarity)


PIECE_WORDS = 4  # the most words a quoted piece cut off by dots has and is no sentence: "نحن... ، "تنقصها أهم شيء..


def _fragment(prepared: PreparedText, sentence: Sentence) -> bool:
    """Whether a sentence's last quoted words, after its last quotation mark (or all its words,
    with none), are at most PIECE_WORDS: a few words cut off by dots (``وتابع "نحن...``) are a
    piece of a statement, where a full clause (``"نتابع عن كثب الوضع في ليبيا...``) is a sentence
    labelled on its own (polarity convention 1). The sentence's tokens are read once."""
    tokens = prepared.tokens
    words = 0
    end = sentence.last_token
    while end > sentence.first_token and not tokens[end - 1].is_word:
        end -= 1  # the dots and a closing quotation mark after the last word
    for index in range(end - 1, sentence.first_token - 1, -1):
        if tokens[index].norm in QUOTE_MARKS:
            break
        words += tokens[index].is_word
        if words > PIECE_WORDS:
            return False
    return True


LINE_BREAK = re.compile("\n")


def _wrapped_statements(stances: list[Stance], first: int, line_breaks: list[int]) -> None:
    """A statement whose words run over a line break (a page wrapped at a fixed width): a verb's
    row with no other row of its speaker after it on its line takes the polarity of the first row
    of the same speaker after it that carries one. ``وقالت الخارجية في`` ⏎ ``بيان: "هذه الأنباء
    ملفقة"`` is one statement cut in pieces, each of which carries its polarity (polarity
    convention 1), as a placed statement does (جاء ذلك في بيان). A sentence ends at a full stop,
    so a complete statement before the break is a sentence of its own and keeps its polarity.
    Only this sentence's rows (from ``first``) are read, each once; a line break is looked up by
    bisection."""
    rows = sorted(range(first, len(stances)), key=lambda index: stances[index].start)
    polar: dict[tuple[str, str], Stance] = {}  # the speaker's first row after, that carries a polarity
    following: dict[tuple[str, str], Stance] = {}  # the speaker's next row, whatever it carries
    for index in reversed(rows):
        row = stances[index]
        key = (row.speaker_id, row.speaker_name)
        after, decides = following.get(key), polar.get(key)
        following[key] = row
        if row.polarity != "neutral":
            polar[key] = row
        elif (row.cue_type == "reporting" and after is not None and decides is not None
              and bisect.bisect_left(line_breaks, row.end) < bisect.bisect_left(line_breaks, after.start)):
            stances[index] = replace(row, polarity=decides.polarity)


COLONS = frozenset(":：")


def _said_after_colon(stances: list[Stance], first: int, after: int) -> None:
    """A sentence that ends in a colon (``وقال لافروف:``) whose statement the next sentence says
    (the quotation on the line after it): the verb the colon ends, its sentence's last row, takes
    the polarity of the first row of the same speaker in the next sentence that carries one, as
    every piece of one statement does (polarity convention 1), when it is the speaker's only row
    in its sentence: a sentence that says more before its colon is labelled on its own.
    ``first`` is where the colon's sentence's rows start, ``after`` where the next sentence's do;
    each row is read once."""
    if after <= first:
        return
    last = max(range(first, after), key=lambda index: stances[index].start)
    row = stances[last]
    key = (row.speaker_id, row.speaker_name)
    if row.cue_type != "reporting" or row.polarity != "neutral":
        return
    if sum((stances[index].speaker_id, stances[index].speaker_name) == key for index in range(first, after)) > 1:
        return  # وقال إن العقد سيوقع قريبا، وقال المسؤول: a statement of its own before the colon's
    said = sorted((stance for stance in stances[after:] if (stance.speaker_id, stance.speaker_name) == key
                   and stance.polarity != "neutral"), key=lambda stance: stance.start)
    if said:
        stances[last] = replace(row, polarity=said[0].polarity)


def _bare_verb(prepared: PreparedText, match: Match[Cue], sentence: Sentence) -> bool:
    """Whether the reporting verb is the sentence's only word: «إننا واثقون من النصر. قال.», a
    translation's «he said» cut off as a sentence of its own, gives the statement before again
    (polarity convention 1). «وأضاف:» opens what follows and is left to _said_after_colon. Reads
    the sentence's tokens outside the cue until the first word, which are a few marks."""
    tokens = prepared.tokens
    return not any(tokens[i].is_word or tokens[i].norm in COLONS for i in range(sentence.first_token, sentence.last_token)
                   if not match.first <= i < match.last)


def _said_polarity(stances: list[Stance], sentence_id: int, speaker: Speaker) -> str:
    """The polarity of what ``speaker`` said in sentence ``sentence_id``, read as a statement's
    is: the first of its rows in text order that carries one. Only that sentence's rows, at the
    end of ``stances``, are read."""
    rows = []
    for stance in reversed(stances):
        if stance.sentence_id != sentence_id:
            break
        if stance.speaker_id == speaker.actor_id and stance.speaker_name == speaker.name:
            rows.append(stance)
    rows.sort(key=lambda stance: stance.start)
    return next((stance.polarity for stance in rows if stance.polarity != "neutral"), "neutral")


def _we(prepared: PreparedText, match: Match[Cue], cue: Cue) -> bool:
    """Whether a cue speaks in the first person plural (نرفض، رفضنا), also in the future (سنتصدى،
    وسندعم) or as the verb of a phrase (لن نسمح): in ``روسيا: لن نسمح بالتدخل`` «we» is the state
    before the colon, which stays the speaker. Only the cue's own tokens are read."""
    listed = cue.cue.split()
    words = [prepared.tokens[index].norm for index in range(match.first, match.last)]
    if len(words) != len(listed):
        words, listed = words[:1], listed[:1]
    for word, entry in zip(words, listed):
        if _first_person(word, entry):
            return True
        bare, stem = (word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word), normalise_word(entry)
        if bare[:2] == "سن" and stem[:2] == "سن" and _first_person(bare[1:], stem[1:]):
            return True  # سنتصدى: the future's س before the imperfect's ن
    return False


def _source_verbs(lexicon: Lexicon) -> dict[str, Cue]:
    """verb -> cue for each two-word source cue of a verb and the preposition في (جاء في، ورد في)."""
    verbs = {}
    for cue in lexicon.cues:
        words = normalise_word(cue.cue).split()
        if cue.cue_type == "source" and len(words) == 2 and words[1] == "في":
            verbs[words[0]] = cue
    return verbs


FUSED_MIN = 6  # letters of ب, the article and a noun of three: بالتقرير، بالبيان
ISSUED = frozenset(("الصادر", "الصادره"))  # normalised الصادر، الصادرة: a document's issuer follows behind عن
SENTENCE_IN = frozenset(("في", "وفي"))


def _issued_document_sources(prepared: PreparedText, cue_matches: list[Match[Cue]], lexicon: Lexicon) -> list[Match[Cue]]:
    """A sentence opening with في and a definite document issued by someone (language/documents.txt,
    then الصادر عن): ``وفي البيان الصادر عن وزارة الخارجية، فإن ليبيا "ترفض …"`` is ``وجاء في
    البيان الصادر عن``, the issuer's words. The match is في alone, with the source cue of جاء في;
    the source is read from the document on. Only each sentence's first four tokens are read."""
    verbs = derived(lexicon, "source verbs with في", _source_verbs)
    cue = verbs.get("جاء")
    if cue is None:
        return []
    tokens, documents = prepared.tokens, lexicon.language.documents
    taken = {index for match in cue_matches for index in range(match.first, match.last)}
    found = []
    for sentence in prepared.sentences:
        first = sentence.first_token
        if (first + 3 < sentence.last_token and first not in taken and tokens[first].norm in SENTENCE_IN
                and tokens[first + 1].norm in documents and tokens[first + 2].norm in ISSUED and tokens[first + 3].norm == "عن"):
            found.append(Match(first, first + 1, cue.cue, (cue,), "issued"))
    return found


def _fused_sources(prepared: PreparedText, cue_matches: list[Match[Cue]], lexicon: Lexicon) -> list[Match[Cue]]:
    """A source cue of a verb and في (جاء في) written with ب fused to the definite noun after the
    verb: ``وجاء بالتقرير المؤلف من 57 صفحة أن`` is ``وجاء في التقرير``, the report's own words.
    The match is the verb alone; the source is read from the next word, its ب a preposition as في
    is. One pass over the tokens, each reading the next one."""
    verbs = derived(lexicon, "source verbs with في", _source_verbs)
    if not verbs:
        return []
    tokens = prepared.tokens
    taken = {index for match in cue_matches for index in range(match.first, match.last)}
    found = []
    for index in range(len(tokens) - 1):
        word = tokens[index].norm
        cue = verbs.get(word) or (verbs.get(word[1:]) if word[:1] in ("و", "ف") else None)
        following = tokens[index + 1]
        if (cue is not None and index not in taken and following.is_word and following.norm.startswith("بال")
                and len(following.norm) >= FUSED_MIN):
            found.append(Match(index, index + 1, cue.cue, (cue,), "fused"))
    return found


def _opens_with_cue(cue: Cue, lexicon: Lexicon) -> bool:
    """Whether an ignore phrase opens with a word that is a listed reporting or evaluative verb
    on its own (رفض in رفض الكشف, a past verb with a person of it listed: رفضت): read as a verb
    of its own, it ends a subject phrase as that cue would."""
    return normalise_word(cue.listed.split()[0]) in derived(lexicon, "cue verbs opening ignore phrases", _cue_verbs)


def _cue_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The listed one-word reporting and evaluative cues that are past verbs, known by another
    person of them listed (رفض with رفضت or رفضوا; رفضت with رفض), normalised."""
    listed = {normalise_word(cue.cue) for cue in lexicon.cues if cue.cue_type in ("reporting", "evaluative")}

    def past_verb(word: str) -> bool:
        stems = [word, *(word.removesuffix(ending) for ending in ("ت", "وا") if word.endswith(ending))]
        return any(stem + ending in listed for stem in stems for ending in ("", "ت", "وا") if stem + ending != word)

    return frozenset(word for word in listed if " " not in word and past_verb(word))


def _pronoun_for_taa(prepared: PreparedText, match: Match[Cue]) -> bool:
    """Whether a generated cue form in ة (normalised ه) matched a word the text writes with the
    pronoun ه: مصالحه is his interests, never مصالحة (reconciliation), which cues.csv lists only
    with the article, المصالحة, for that reason; the form made without the article must keep to
    ة too. A pronoun after the ة (مصالحته) is the matcher's and is left alone. Only the match's
    last token is read."""
    last = normalise_word(match.payloads[0].cue).split()[-1]
    token = prepared.tokens[match.last - 1]
    # a nisba's feminine (عسكرية) with ه is its masculine with the pronoun, the same cue: تعازيه
    if not last.endswith("ه") or last.endswith("يه") or not token.norm.endswith(last):
        return False
    return written_letter(prepared.text[token.start:token.end]) == "ه"


def _noun_in_taa(prepared: PreparedText, match: Match[Cue]) -> bool:
    """Whether a verb cue matched only by reading its last word's final ه as a pronoun, where the
    text writes ة: normalised, حملة (a campaign) is حمّل with ه (he charged him), إشارة (a sign) is
    أشار with ه, تابعة (belonging) is تابع with ه, إضافة (an addition) is أضاف with ه. The ة
    writes the noun, never the pronoun. Only the match's last token is read."""
    cue = normalise_word(match.payloads[0].cue)
    if cue.endswith("ه"):
        return False  # the cue's own ة or ه: تعرب عن قلقه is listed as such
    token = prepared.tokens[match.last - 1]
    last = cue.split()[-1]
    # a cue in ء shows its hamza on ئ or ؤ before the pronoun (استيائه), so a noun in ئة (بيئة) may look like one
    stems = (last, *(last[:-1] + seat for seat in HAMZA_SEATS)) if last.endswith("ء") else (last,)
    if not any(token.norm.endswith(stem + "ه") for stem in stems):
        return False
    return written_letter(prepared.text[token.start:token.end]) == "ة"


def _full_names(stances: list[Stance], lexicon: Lexicon | None = None) -> list[Stance]:
    """The speakers named by their family name alone given the full name an earlier statement gave
    them, when nobody listed them: ``صرح قائد القوات الأمريكية توماس فالدهاومسر`` … ``وأضاف
    فالدهاومسر`` is one speaker, توماس فالدهاومسر. A one-letter slip in the family name folds too
    (القيلوشي, then القليوشي). A family name of عبد or أبو and a noun is one name however it is
    spaced: شريف عبدالله, then وقال عبد الله. A name written again with other diacritics or letter
    forms (معلّى, then معلى) is the name as first written. One pass over the stances, in text order."""
    full: dict[str, str] = {}  # a family name, normalised -> the full name as first written
    spelled: dict[str, str] = {}  # a whole name, normalised -> as first written
    recent: deque[tuple[str, str]] = deque(maxlen=SLIP_NAMES)  # the last family names, for a slip
    # the listed people who spoke last, for a family name written with a slip after them
    listed: deque[tuple[str, str]] = deque(maxlen=SLIP_NAMES)
    families = derived(lexicon, "family names by person", _family_names) if lexicon is not None else {}
    folded: list[Stance] = []
    for stance in stances:
        if stance.speaker_id in families and (not listed or listed[-1] != (stance.speaker_id, stance.speaker_name)):
            listed.append((stance.speaker_id, stance.speaker_name))
        if not stance.speaker_id and stance.speaker_name != ARTICLE_VOICE:
            first = spelled.setdefault(" ".join(normalise_word(word) for word in stance.speaker_name.split()),
                                       stance.speaker_name)
            if first != stance.speaker_name:
                stance = replace(stance, speaker_name=first)
        words = stance.speaker_name.split()
        compound = len(words) >= 2 and normalise_word(words[-2]) in COMPOUND_HEADS
        if not stance.speaker_id and (len(words) == 1 or (len(words) == 2 and compound)):
            family = "".join(normalise_word(word) for word in words)
            name = full.get(family) or _slipped(family, recent)
            if name is not None:
                stance = replace(stance, speaker_name=name)
            else:
                person = _listed_slip(family, listed, families)
                if person is not None:
                    # قال لافروف … وأضاف لافرورف: a letter slipped into the family name of the
                    # listed person who spoke before is still he, not a new name
                    stance = replace(stance, speaker_id=person[0], speaker_name=person[1])
        elif not stance.speaker_id and len(words) >= 2 and stance.speaker_name != ARTICLE_VOICE:
            family = _family_key([normalise_word(word) for word in words])
            if family not in full:
                full[family] = stance.speaker_name
                recent.append((family, stance.speaker_name))
        folded.append(stance)
    return folded


# The first words of compound names (عبد الله، أبو بكر) and the بن, ابن of a lineage (سالم بن
# عمران … وأضاف بن عمران), normalised: such a family name is two words or one (شريف عبد الله، شريف عبدالله).
COMPOUND_HEADS = COMPOUND_GIVEN | LINEAGE_WORDS


def _family_names(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Each listed person's family names, normalised: the last word of his Arabic name and of each
    name or variant alias of two words or more, and a one-word name alias (لافروف). A family name
    of بن, عبد or أبو and a noun is also the two joined, as an unlisted one is folded: ``قال عبد الله
    بن زايد … وأكد بن زايد`` is the same man."""
    found: dict[str, set[str]] = {}
    for actor_id, words in people_names(lexicon, kinds=("name", "variant")):
        if words:
            found.setdefault(actor_id, set()).update((words[-1], _family_key(words)))
    return {actor_id: frozenset(words) for actor_id, words in found.items()}


def _family_key(words: list[str]) -> str:
    """The family name of a name of normalised words: its last word, or its last two joined after
    a compound's head (عبد الله بن زايد → بنزايد), as a family name written alone is read."""
    return words[-2] + words[-1] if len(words) > 2 and words[-2] in COMPOUND_HEADS else words[-1]


def _listed_slip(family: str, listed, families: dict[str, frozenset[str]]) -> tuple[str, str] | None:
    """The listed person, among the last SLIP_NAMES who spoke, latest first, whose family name
    ``family`` (a one-word name nobody listed, of NAME_SLIP_LENGTH letters or more) is or misses by
    one letter changed, dropped, added or two swapped: وأضاف لافرورف after Lavrov. One comparison
    per family name of a recent speaker."""
    if len(family) < NAME_SLIP_LENGTH:
        return None
    for actor_id, name in reversed(listed):
        if any(known == family or one_letter_off(known, family) for known in families.get(actor_id, ())
               if len(known) >= NAME_SLIP_LENGTH):
            return actor_id, name
    return None


def _slipped(family: str, recent) -> str | None:
    """The full name, among the last SLIP_NAMES given, whose family name differs from ``family`` by
    one letter changed, dropped or two swapped (القليوشي for القيلوشي), for names of six letters
    and more."""
    if len(family) < NAME_SLIP_LENGTH:
        return None
    return next((name for known, name in recent if known == family or one_letter_off(known, family)), None)


SUBJECT_TAIL = 6  # words of a holder's title the subject phrase may have stopped short of
SAYING_THAT = frozenset(normalise_word(word) for word in "إن أن بأن".split())


def _subject_tail(prepared: PreparedText, after: int, sentence: Sentence, lexicon: Lexicon) -> range:
    """The rest of a holder's title that the subject phrase stopped short of at a stance word,
    up to the إن/أن that opens what is said: in ``وقال رئيس لجنة المصالحة الوطنية إن`` the
    speaker is read as رئيس لجنة and المصالحة is his committee's name, no stance. The rest opens
    with a definite noun (بارتياح in ``قالت روسيا بارتياح إن`` is a manner, the speaker's) and
    runs over words only, no preposition, for at most SUBJECT_TAIL words. An empty range when
    there is none; at most SUBJECT_TAIL + 1 tokens read."""
    tokens, language = prepared.tokens, lexicon.language
    if after < sentence.first_token or after >= sentence.last_token:
        return range(0)
    first = tokens[after]
    if not first.is_word or not has_article(first.norm, min_length=4) or first.norm[:1] == "ب":
        return range(0)
    for index in range(after, min(sentence.last_token, after + SUBJECT_TAIL + 1)):
        word = tokens[index].norm
        if word in SAYING_THAT:
            return range(after, index)
        if not tokens[index].is_word or word in language.prepositions:
            break
    return range(0)


NOT = normalise_word("غير")


def _describes_speaker(tokens, after: int, sentence: Sentence) -> bool:
    """Whether the words right after a speaker named after the verb are غير and a word with the
    article, an adjective of his: «زعمت حكومة السراج غير الشرعية أنها رصدت» is the writer's label of
    the speaker, no stance of the speaker's. A bare definite word there is as often the verb's
    object (أكد لافروف الدعم الروسي) and is not read. Two tokens read."""
    return (after + 1 < sentence.last_token and tokens[after].norm == NOT and tokens[after + 1].is_word
            and tokens[after + 1].norm.startswith("ال"))


ASIDE_REACH = 16  # words of a relative clause between a speaker and what he says


def _relative_aside(prepared: PreparedText, after: int, sentence: Sentence, lexicon: Lexicon) -> range:
    """A relative clause between commas right after a statement's subject and before the إن/أن
    of what is said: ``وقال الدبيبة، الذي تواجه حكومته أزمة خانقة، إن الانتخابات ستجرى``. It is
    the writer's description of the speaker, not what he says: its stance words are narration (a
    cue whose holder is its own subject, الذي يعارض الاتفاق, stays the speaker's). An empty range
    when there is none; at most ASIDE_REACH + 3 tokens read."""
    tokens, relatives = prepared.tokens, lexicon.language.relatives
    if after < sentence.first_token or after + 2 >= sentence.last_token or tokens[after].norm not in ("،", ","):
        return range(0)
    word = tokens[after + 1].norm
    if word not in relatives and not (word[:1] == "و" and word[1:] in relatives):
        return range(0)
    for index in range(after + 2, min(sentence.last_token - 1, after + 2 + ASIDE_REACH)):
        if tokens[index].is_word:
            continue
        if tokens[index].norm in ("،", ",") and tokens[index + 1].norm in SAYING_THAT:
            return range(after + 1, index)
        break
    return range(0)


def _split_cue_verbs(lexicon: Lexicon) -> dict[str, tuple[str, Cue]]:
    """verb -> (particle, cue) for each two-word reporting cue whose verb alone is no cue (عبر عن)."""
    single = {normalise_word(cue.cue) for cue in lexicon.cues}
    verbs = {}
    for cue in lexicon.cues:
        words = normalise_word(cue.cue).split()
        if cue.cue_type == "reporting" and len(words) == 2 and words[0] not in single:
            verbs[words[0]] = (words[1], cue)
    return verbs


def _split_cues(prepared: PreparedText, lexicon: Lexicon, finder: SpeakerFinder, cue_tokens: set[int]) -> list[Match[Cue]]:
    """Two-word reporting cues whose subject stands between the verb and its particle, where the
    verb alone is no cue (عبر is also "via"): ``ورغم ذلك عبّر زعماء روسيا علنا عن قلقهم``.

    The verb counts only when the phrase right after it names a speaker and reaches the particle
    (past adverbs), what is expressed follows the particle, and no cue stands shortly before it
    (أعلنت روسيا عبر وزارتها عن: "via"). Each token is looked at once, and each verb reads a
    bounded phrase: linear in the article.
    """
    verbs = derived(lexicon, "split cues", _split_cue_verbs)
    if not verbs:
        return []
    tokens = prepared.tokens
    found = []
    for sentence in prepared.sentences:
        if not sentence.sentence_id:
            continue
        for index in range(sentence.first_token, sentence.last_token - 2):
            if index in cue_tokens or not tokens[index].is_word:
                continue
            word = tokens[index].norm
            verb = word if word in verbs else word[1:] if word[:1] in ("و", "ف") and word[1:] in verbs else None
            if verb is None or tokens[index + 1].norm == verbs[verb][0]:
                continue  # عبر عن together is the cue itself
            if _resumptive(tokens[index + 1].norm) and tokens[index + 2].norm == verbs[verb][0]:
                # بياناً عبرت فيه عن ترحيبها: the document's issuer speaks (see _in_issued_document);
                # ونشر رسالة عبر مواقع التواصل عبر فيها عن شكره: "via" takes no pronoun, so a verb
                # all the same, its subject the one who wrote (carried)
                found.append(Match(index, index + 1, tokens[index].norm, (verbs[verb][1],), "split"))
                continue
            if (not cue_tokens.isdisjoint(range(max(sentence.first_token, index - RELAY_REACH), index))
                    and not _after_whereas(tokens, index, lexicon.language.whereas)):
                continue  # وكشف لافروف عبر حسابه عن: "via", after a verb of its own (not after فيما)
            # عبر is also a preposition, so the phrase is read as if behind one
            speaker = _split_subject(finder, index, sentence, verbs[verb][0])
            if speaker is None or speaker.after_token < 0:
                continue
            particle = _particle_after(finder, speaker.after_token, sentence, verbs[verb][0])
            if particle < 0:
                continue
            if any(tokens[k].norm in (verb, "و" + verb) for k in range(speaker.after_token, particle)):
                # ونشر رسالة عبر مواقع التواصل عبر فيها عن شكره: the second عبر before the particle
                # is the verb, the first "via"
                continue
            # what is expressed follows: a stance word or a noun with the subject's pronoun (عن
            # قلقه، عن رفضهم); عبر البحر عن طريق الميناء is "via … by way of"
            said = tokens[particle + 1].norm
            if particle + 1 in cue_tokens or (len(said) > 3 and said.endswith(("ه", "ها", "هم", "هما"))):
                found.append(Match(index, index + 1, tokens[index].norm, (verbs[verb][1],), "split"))
    return found


LIGHT_FORMS = ("", "ت", "ا", "وا", "تا")  # the past persons a light verb is read in: وجه، وجهت، وقعوا


def _light_verb_pairs(lexicon: Lexicon) -> dict[str, tuple[str, tuple[tuple[str, ...], ...]]]:
    """form -> (stem, nouns) for the pairs of language/light_verbs.txt: وجهت -> (وجه, (دعوه,) …)."""
    nouns: dict[str, list[tuple[str, ...]]] = {}
    for line in lexicon.language.light_verbs:
        stem, *noun = line.split()
        if noun:
            nouns.setdefault(stem, []).append(tuple(noun))
    return {stem + ending: (stem, tuple(listed)) for stem, listed in nouns.items() for ending in LIGHT_FORMS}


def _light_verbs(prepared: PreparedText, lexicon: Lexicon, finder: SpeakerFinder, cue_tokens: set[int],
                 by_sentence: dict[int, list[Match[Cue]]]) -> list[Match[Cue]]:
    """Verbs that make a statement with the noun of speech they take after their subject
    (language/light_verbs.txt): ``ووجه بوتين عبر البيان دعوة إلى الأطراف``، ``شن وزير الخارجية
    الروسي، سيرغي لافروف، هجوما حادا على الغرب``. Read only where no reporting verb stands before
    the verb in its sentence (a statement seen already says it); the subject right after the verb
    must name a speaker, and the noun must follow it, past adverbs, commas and one short
    prepositional aside (عبر البيان). The match is the verb alone, read as a reporting verb is,
    with a neutral cue that speaks only for its subject. Each
    verb reads one subject phrase and a bounded window after it: linear in the article."""
    forms = derived(lexicon, "light verbs", _light_verb_pairs)
    if not forms:
        return []
    tokens = prepared.tokens
    found = []
    for sentence in prepared.sentences:
        if not sentence.sentence_id:
            continue
        seen = [match.first for match in by_sentence.get(sentence.sentence_id, ())
                if match.payloads[0].cue_type != "evaluative"]
        last = min([*seen, sentence.last_token - 2])
        for index in range(sentence.first_token, last):
            if index in cue_tokens or not tokens[index].is_word:
                continue
            word = tokens[index].norm
            verb = word if word in forms else word[1:] if word[:1] in ("و", "ف") and word[1:] in forms else None
            if verb is None:
                continue
            stem, nouns = forms[verb]
            speaker = finder.after(index + 1, sentence)
            if speaker is None or speaker.after_token <= index + 1:
                continue
            at = _light_noun(finder, speaker.after_token, sentence, nouns)
            if at >= 0:
                cue = Cue(f"{stem} {' '.join(nouns[at])}", "reporting", "neutral", "subject")
                found.append(Match(index, index + 1, word, (cue,), "light"))
    return found


def _whereas_verb_entries(lexicon: Lexicon) -> dict[str, tuple[str, bool]]:
    """word -> (polarity, whether إن/أن must follow the subject) for language/whereas_verbs.txt."""
    entries = {}
    for line in lexicon.language.whereas_verbs:
        word, polarity, *clause = line.split()
        entries[word] = (polarity, bool(clause))
    return entries


def _whereas_verbs(prepared: PreparedText, lexicon: Lexicon, finder: SpeakerFinder,
                   cue_tokens: set[int]) -> list[Match[Cue]]:
    """Verbs of saying spelt like a noun (language/whereas_verbs.txt: طلب، أيد، بين، تقدر), read as
    verbs right after a connector that opens a second main clause (whereas.txt): ``وقعت الحكومة
    الاتفاق، بينما طلب قائد الجيش مهلة`` → the commander makes a statement of his own, beside
    the one before. The phrase right after the word must name a speaker (a listed actor, an
    unlisted name, an unnamed group); بين also needs إن/أن after it (فيما بين الطرفين is
    "between"). The match is the word alone, a reporting cue that speaks for its subject. Each
    word reads one connector and one subject phrase: linear in the article."""
    entries = derived(lexicon, "whereas verbs", _whereas_verb_entries)
    if not entries:
        return []
    tokens, language = prepared.tokens, lexicon.language
    found = []
    for sentence in prepared.sentences:
        if not sentence.sentence_id:
            continue
        for index in range(sentence.first_token + 1, sentence.last_token - 1):
            word = tokens[index].norm
            if word not in entries or index in cue_tokens or not _after_whereas(tokens, index, language.whereas):
                continue
            speaker = finder.after(index + 1, sentence)
            if (speaker is None or speaker.after_token <= index + 1
                    or not (speaker.actor_id or speaker.how in ("unlisted", "unnamed", "after_verb"))):
                continue
            polarity, clause = entries[word]
            if clause:
                after = finder._skip(speaker.after_token, sentence.last_token)
                if after >= sentence.last_token or tokens[after].norm not in THAT_OPENERS:
                    continue
            found.append(Match(index, index + 1, word, (Cue(word, "reporting", polarity, "subject"),), "whereas"))
    return found


def _sources_of_first_clause(statements: list, tokens, whereas: frozenset[str]) -> set[int]:
    """The sources (بحسب، وفق) that stand before every other statement of their sentence when the
    first statement after them opens a second main clause (whereas.txt): ``خلفت المعارك مئات
    القتلى حسب منظمة الصحة العالمية، فيما تقدر المنظمة الدولية للهجرة`` → the health body speaks
    for the clause it is credited with, the migration body for its own. Their cue tokens."""
    own: set[int] = set()
    for m, _ in statements:
        if m.payloads[0].cue_type == "source":
            own.add(m.first)
        elif _after_whereas(tokens, m.first, whereas):
            return own
        else:
            return set()
    return set()


def _object_in_cue(match: Match, cue: Cue) -> bool:
    """Whether a reporting cue whose holder is its subject spans its verb's object too
    (``نشرت تقارير``): what follows it describes the object, so its subject stands before it.

    ``وكانت صحيفة التايمز قد نشرت تقارير عن …`` is the paper's; ``نشرت تقارير أممية عن …``
    names no speaker (not «أممية»). A light verb's cue (``أدلى … بتصريح``) covers its verb only."""
    return cue.cue_type == "reporting" and cue.holder == "subject" and match.last - match.first > 1


def _light_noun(finder: SpeakerFinder, index: int, sentence: Sentence, nouns: tuple[tuple[str, ...], ...]) -> int:
    """Which of a light verb's nouns stands at ``index`` (its subject's end), past adverbs, commas
    and one prepositional aside of at most SPLIT_ASIDE_TOKENS tokens with no cue and no clause in
    it (ووجه بوتين عبر البيان دعوة); -1 when none does."""
    tokens, language = finder.tokens, finder.language
    limit = sentence.last_token

    def noun_at(j: int) -> int:
        for at, noun in enumerate(nouns):
            if j + len(noun) <= limit and all(tokens[j + k].norm == word for k, word in enumerate(noun)):
                return at
        return -1

    index = finder._skip(index, limit)
    if index < limit and (tokens[index].norm in language.weekdays or tokens[index].norm.isdigit()):
        # وقدم بوتين، الاثنين 16 فبراير/شباط، تعازيه: a date set off by commas, then the noun
        for j in range(index + 1, min(limit, index + SPLIT_ASIDE_TOKENS + 2)):
            if tokens[j].norm in ("،", ","):
                return noun_at(finder._skip(j + 1, limit)) if j + 1 < limit else -1
            if j in finder.cue_tokens or tokens[j].norm in language.clause_openers:
                return -1
        return -1
    if index < limit and tokens[index].norm in language.prepositions:
        for j in range(index + 1, min(limit, index + SPLIT_ASIDE_TOKENS + 1)):
            if noun_at(j) >= 0:
                return noun_at(j)
            if j in finder.cue_tokens or tokens[j].norm in language.clause_openers or not tokens[j].is_word:
                return -1
        return -1
    return noun_at(index) if index < limit else -1


def _after_whereas(tokens, index: int, whereas: frozenset[str]) -> bool:
    """Whether a connector that opens a second main clause (language/whereas.txt: فيما، في حين،
    في الوقت الذي) ends right before the verb at ``index``: ``أكدت الجزائر أنها تؤيد الحل، فيما
    عبرت روسيا عن استعدادها`` → Russia speaks too. At most WHEREAS_WORDS tokens back are read."""
    for length in range(1, WHEREAS_WORDS + 1):
        first = index - length
        if first < 0 or not tokens[first].is_word:
            return False
        if " ".join(token.norm for token in tokens[first:index]) in whereas:
            return True
    return False


def _issued_before(tokens, index: int, sentence: Sentence, language) -> bool:
    """Whether an indefinite document (language/issued.txt: بياناً، رسالةً، تقريراً) stands right
    before the token at ``index``."""
    before = index - 1
    if before <= sentence.first_token or not tokens[before].is_word:
        return False
    return _document_word(tokens[before].norm, language)


def _owned_document(tokens, named: Mention, match: Match[Cue], sentence: Sentence, language) -> bool:
    """Whether an actor named with ل attached (form clitic: لباشاغا، للخارجية) stands right after
    an indefinite document (language/issued.txt: تغريدة، تغريدات، بيان) and right before the
    verb, and the verb takes the document back with a pronoun (قال فيها، أكد فيه): the actor owns
    the document and says what the verb tells. Three tokens read."""
    if named.form != "clitic" or not tokens[named.first_token].norm.startswith("ل") or match.form == "split":
        return False
    if named.last_token != match.first or match.last >= sentence.last_token or not _resumptive(tokens[match.last].norm):
        return False
    return _issued_before(tokens, named.first_token, sentence, language)


def _document_word(word: str, language) -> bool:
    """Whether a normalised word is a document of language/issued.txt, also in the accusative (بياناً)."""
    return word in language.issued or (word.endswith("ا") and word[:-1] in language.issued)


def _carries_document(tokens, match: Match[Cue], cue: Cue, sentence: Sentence, language) -> bool:
    """Whether the cue is a verb with a pronoun for an indefinite document a few words before it
    (its adjective, its issuer behind ل, a comma may stand between: CARRIED_REACH tokens): a
    relative clause saying who carried the document, بيان صحفي أوردته وكالة سبوتنيك، بيان لها
    أوردته وكالة نوفوستي, not a statement of the verb's subject."""
    if match.form == "split" or match.last - match.first != 1:
        return False
    if normalise_word(cue.cue).endswith(("ه", "ها")) or not issuing_verb(tokens[match.first].norm, language):
        return False  # ولا ينفيها أحد: a verb of saying with its object is a statement
    for before in range(match.first - 1, max(sentence.first_token, match.first - 1 - CARRIED_REACH), -1):
        norm = tokens[before].norm
        if norm in language.clause_openers:
            return False
        if tokens[before].is_word and _document_word(norm, language):
            return not has_article(norm, min_length=4)
    return False


def _in_issued_document(tokens, match: Match[Cue], sentence: Sentence, language) -> bool:
    """Whether the cue is a verb right after an indefinite document with a pronoun referring back
    to it: after the verb (أكدت فيه) or, for a split cue, between its verb and particle (عبرت
    فيه عن)."""
    if not _issued_before(tokens, match.first, sentence, language):
        return False
    after = match.first + 1 if match.form == "split" else match.last
    return after < sentence.last_token and _resumptive(tokens[after].norm)


def _particle_after(finder: SpeakerFinder, index: int, sentence: Sentence, particle: str) -> int:
    """The token of a split cue's particle after its subject ending at ``index``, past adverbs
    and one short prepositional aside (عبّر المجلس الرئاسي في بيان له عن رفضه): at most
    SPLIT_ASIDE_TOKENS tokens, no cue and no clause in it. -1 when it is not there."""
    tokens, language = finder.tokens, finder.language
    index = finder._skip(index, sentence.last_token)
    addressee = finder.mention_at.get(index)
    if addressee is not None and tokens[index].norm.lstrip("وف")[:1] == "ل" and finder._prepositional(addressee):
        # عبّر الأمير للرئيس الروسي عن تعازيه: the one addressed, behind ل, stands before the particle (att55)
        index = finder._skip(addressee.last_token, sentence.last_token)
    if index < sentence.last_token and tokens[index].norm in language.prepositions and tokens[index].norm != particle:
        for j in range(index + 1, min(sentence.last_token, index + SPLIT_ASIDE_TOKENS + 1)):
            word = tokens[j].norm
            if word == particle:
                index = finder._skip(j, sentence.last_token)
                break
            if j in finder.cue_tokens or word in language.clause_openers or (not tokens[j].is_word and word not in ("،", ",")):
                return -1
    if index + 1 >= sentence.last_token or tokens[index].norm != particle:
        return -1
    return index


def _split_subject(finder: SpeakerFinder, verb: int, sentence: Sentence, particle: str) -> Speaker | None:
    """The subject between a split cue's verb and its particle: عبّر لافروف عن (see _split_cues);
    عبر is also a preposition, so the phrase is read as if behind one. The frame leaves no other
    reading, so a short phrase nobody listed is kept as written: عبّر زعماء روسيا علنا عن قلقهم."""
    speaker = finder.phrase(verb + 1, sentence.last_token, how="after_verb", after_preposition=True)
    if speaker is not None:
        return speaker
    tokens, language = finder.tokens, finder.language
    end = verb + 1
    while (end < sentence.last_token and end - verb - 1 < SPLIT_SUBJECT_WORDS and tokens[end].is_word
           and tokens[end].norm != particle and tokens[end].norm not in language.adverbs
           and tokens[end].norm not in language.function_words and tokens[end].norm not in language.prepositions):
        end += 1
    if end == verb + 1:
        return None
    reached = finder._skip(end, sentence.last_token)
    if reached >= sentence.last_token or tokens[reached].norm != particle:
        return None
    return Speaker("", finder._text(verb + 1, end), "unnamed", end)


def _conceded(stances: list[Stance], first: int, verbs: list[int], prepared: PreparedText, sentence: Sentence,
              lexicon: Lexicon) -> None:
    """A speaker's evaluations before a turn (لكن، غير أن؛ language/contrast.txt) are conceded when
    one of theirs follows it in the same statement, and count as neutral: in نحن ملتزمون بتعهداتنا
    لكنني لست مسؤولا عن سلبية السراج the stance is the complaint. A reporting verb between the
    evaluation and the turn (…تم تحريفها، مشيرا إلى أن… ولكنها) opens another statement, which
    concedes nothing before it. Only this sentence's tokens, its statements' verbs (``verbs``, in
    text order) and its evaluation rows (``stances[first:]``) are looked at, each row by bisection."""
    evaluations = [index for index in range(first, len(stances)) if stances[index].polarity != "neutral"]
    if len(evaluations) < 2:
        return
    tokens = prepared.tokens
    _despite(stances, evaluations, prepared, sentence, lexicon)
    evaluations = [index for index in evaluations if stances[index].polarity != "neutral"]
    contrast = lexicon.language.contrast
    turns = [
        tokens[index].start for index in range(sentence.first_token, sentence.last_token)
        if tokens[index].norm in contrast
        or (index + 1 < sentence.last_token and f"{tokens[index].norm} {tokens[index + 1].norm}" in contrast)
    ]
    if not turns:
        return
    latest: dict[tuple[str, str], int] = {}  # each speaker's last evaluation in the sentence
    for index in evaluations:
        key = (stances[index].speaker_id, stances[index].speaker_name)
        latest[key] = max(latest.get(key, -1), stances[index].start)
    for index in evaluations:
        row = stances[index]
        position = bisect.bisect_right(turns, row.start)
        if position == len(turns):
            continue
        turn = turns[position]  # the first turn after the evaluation
        verb = bisect.bisect_right(verbs, row.start)
        if turn < latest[(row.speaker_id, row.speaker_name)] and (verb == len(verbs) or verbs[verb] > turn):
            stances[index] = replace(row, polarity="neutral")


BACK_REFERENCES = frozenset(normalise_word(word) for word in "ذلك هذا هذه".split())  # رغم ذلك: nevertheless
MAIN_CLAUSE = frozenset(normalise_word(word) for word in "فإن فإنه فإنها فإنهم فإننا".split())  # رغم …، فإن


def _despite(stances: list[Stance], evaluations: list[int], prepared: PreparedText, sentence: Sentence,
             lexicon: Lexicon) -> None:
    """Evaluations in a clause opened by a concessive word (language/concessive.txt: رغم، على الرغم
    من) up to the next punctuation mark count as neutral when their speaker evaluates outside such a
    clause in the sentence: in ``رغم التحديات الصعبة، نحن ملتزمون بالاتفاق`` the commitment is the
    stance, the difficulty conceded. ``رغم ذلك`` (nevertheless) opens no clause. One pass over the
    sentence's tokens; each evaluation row is placed by bisection."""
    tokens, concessive = prepared.tokens, lexicon.language.concessive
    spans: list[tuple[int, int]] = []  # character spans of the conceded clauses, in text order
    index = sentence.first_token
    while index < sentence.last_token:
        word = tokens[index].norm
        if tokens[index].is_word and any(stem in concessive or (stem[:2] == "ال" and stem[2:] in concessive)
                                         for stem, _ in proclitic_readings(word)):
            after = index + 1
            if after < sentence.last_token and tokens[after].norm == "من":
                after += 1
            if after < sentence.last_token and tokens[after].norm in BACK_REFERENCES:
                index = after + 1
                continue
            end = after
            while end < sentence.last_token and tokens[end].is_word and tokens[end].norm not in MAIN_CLAUSE \
                    and tokens[end].norm not in lexicon.language.contrast:
                end += 1  # to a punctuation mark, فإن or لكن: رغم الجهود فإن الوضع متدهور
            spans.append((tokens[index].start, tokens[end - 1].end if end > index else tokens[index].end))
            index = end
            continue
        index += 1
    if not spans:
        return
    starts = [start for start, _ in spans]

    def conceded(row: Stance) -> bool:
        position = bisect.bisect_right(starts, row.start) - 1
        return position >= 0 and row.start < spans[position][1]

    outside = {(stances[i].speaker_id, stances[i].speaker_name) for i in evaluations if not conceded(stances[i])}
    for i in evaluations:
        row = stances[i]
        if conceded(row) and (row.speaker_id, row.speaker_name) in outside:
            stances[i] = replace(row, polarity="neutral")


QUESTION_MARKS = frozenset("?؟")
QUESTION_END = 3  # tokens at a sentence's end where its question mark stands (؟”.)
NECESSITY_REACH = 4  # tokens between a word of necessity and its negation: يجب على الأطراف الليبية عدم
RHETORICAL = Cue("؟", "evaluative", "negative", "quoted")
VOW = Cue("مواصلة القتال حتى", "evaluative", "negative", "quoted")  # the lemma of every vow to fight on
GROWTH_REACH = 4  # words between a word of growth and the stigma it grows: تزايد نشاط التنظيمات الإرهابية
PROHIBITION_NEGATIONS = frozenset(normalise_word(word) for word in "ألا عدم لا".split())
CALL_REACH = 6  # words between a verb of calling and the resumption it asks for: دعت بعض شركات النفط الروسية للعودة
LONG_CALL_REACH = 16  # tokens from إلى back to its verb of calling past long names and commas (see _called_back)
TOWARDS = normalise_word("إلى")
AFTER_CALL = frozenset(normalise_word(word) for word in ("إلى", "على"))  # دعا إلى الحوار، حث على التهدئة
BARE_NOT = normalise_word("لا")  # بلا، للا: a bare لا behind ب or ل is no negation asked for


def _constructions(prepared: PreparedText, sentence: Sentence, lexicon: Lexicon,
                   stigma_tokens: set[int] = frozenset()) -> list[Match[Cue]]:
    """Stances a construction carries with no evaluative word, as evaluative matches of the
    sentence (negative, holder ``quoted``: in the article's narration they are nobody's):

    - a rhetorical question: the sentence ends in ؟ and a question word (language/interrogatives.txt)
      opens a clause of it, at its start or after a colon, comma or quotation mark: ``كيف يمكن أن
      يكونوا هناك بدون طلب رسمي؟`` challenges what it asks;
    - a prohibition or warning: a word of necessity (language/necessity.txt) with a negation
      within NECESSITY_REACH words after it (``ضرورة ألا يفوت الفرصة``، ``يجب على الدول عدم``) or a
      negator right before it (``لا ينبغي``، ``لا يجوز``);
    - a threat growing: a word of growth (language/increase.txt) with a stigma cue within
      GROWTH_REACH words after it (``تزايد نشاط التنظيمات الإرهابية``، ``تنامي الإرهاب``);
    - a call to resume (positive): a word of resumption (language/resumption.txt) behind ل or ب
      or after إلى, with a verb of calling (language/calling.txt) within CALL_REACH words before
      it and no punctuation between (``تدعو روسيا لاستئناف تفعيل الخط``، ``دعت الشركات للعودة``);
      a resumption only mentioned is none (``أشار إلى استئناف عمل الشركة``).

    One pass over the sentence's tokens, each looking a bounded number of tokens around it."""
    tokens, language = prepared.tokens, lexicon.language
    first, last = sentence.first_token, sentence.last_token
    found: list[Match[Cue]] = []
    question = any(tokens[index].norm in QUESTION_MARKS for index in range(max(first, last - QUESTION_END), last))
    asked = False
    tails = derived(lexicon, "construction tails", _construction_tails)
    for index in range(first, last):
        token = tokens[index]
        if not token.is_word:
            continue
        word = token.norm
        if question and not asked and (index == first or not tokens[index - 1].is_word) and (
                word in language.interrogatives or (word[:1] in ("و", "ف") and word[1:] in language.interrogatives)):
            found.append(Match(index, index + 1, word, (RHETORICAL,), "construction"))
            asked = True  # one question, one stance
            continue
        intended = _once_allowed(tokens, index, first, last, language)
        if intended is not None:
            # ستوجه خبراءها إلى ليبيا حالما تصبح الظروف ملائمة: cooperation intended (convention 7)
            cue = Cue(_written(prepared, intended, intended + 1), "evaluative", "positive", "quoted")
            found.append(Match(intended, intended + 1, cue.cue, (cue,), "construction"))
            continue
        if _achieved_aim(tokens, index, last, language):
            # سيحققان السلام الدائم: peace achieved or to be achieved (convention 2)
            cue = Cue(_written(prepared, index, index + 1), "evaluative", "positive", "quoted")
            found.append(Match(index, index + 1, cue.cue, (cue,), "construction"))
            continue
        if _negotiated_purchase(tokens, index, last, language):
            # العراق يتفاوض على شراء منظومة الدفاع الجوي: negotiating to buy, cooperation intended (convention 7)
            cue = Cue(_written(prepared, index, index + 1), "evaluative", "positive", "quoted")
            found.append(Match(index, index + 1, cue.cue, (cue,), "construction"))
            continue
        if _included(tokens, index, first, last, language, prepared.quotes):
            # ينبغي أن يلعب الحزب، دورا في المشهد السياسي: a role asked for a party (conventions 2, 7)
            cue = Cue(_written(prepared, index, index + 1), "evaluative", "positive", "quoted")
            found.append(Match(index, index + 1, cue.cue, (cue,), "construction"))
            continue
        contributed = _contributed(tokens, index, first, last, language)
        if contributed:
            # الجهود المشتركة تسهم في استقرار المنطقة: a part credited in a good end (conventions 2, 7)
            cue = Cue(_written(prepared, index, index + 1), "evaluative", contributed, "quoted")
            found.append(Match(index, index + 1, cue.cue, (cue,), "construction"))
            continue
        if _called_off(tokens, index, first, last, language, stigma_tokens):
            # حثت السفارة رعاياها على عدم زيارة الجنوب: one party asked not to do something, a warning
            # or demand, negative (polarity conventions 2 and 5)
            cue = Cue(_written(prepared, index, index + 1), "evaluative", "negative", "quoted")
            found.append(Match(index, index + 1, cue.cue, (cue,), "construction"))
            continue
        if word[-2:] not in tails:
            continue  # no word of growth or necessity ends so: nearly every token, at a set lookup
        if any(stem in language.increase or (stem[:2] == "ال" and stem[2:] in language.increase)
               for stem, _ in proclitic_readings(word)) and any(
                j in stigma_tokens for j in range(index + 1, min(last, index + 1 + GROWTH_REACH))):
            cue = Cue(_written(prepared, index, index + 1), "evaluative", "negative", "quoted")
            found.append(Match(index, index + 1, cue.cue, (cue,), "construction"))
            continue
        vowed = _vowed(tokens, index, last, language)
        if vowed:
            # سنواصل القتال حتى تحرير آخر مدينة: a vow to fight on until, convention 6
            found.append(Match(index, vowed, VOW.cue, (VOW,), "construction"))
            continue
        if _called_back(tokens, index, first, last, language, prepared.quotes):
            cue = Cue(_written(prepared, index, index + 1), "evaluative", "positive", "quoted")
            found.append(Match(index, index + 1, cue.cue, (cue,), "construction"))
            continue
        if _called_out(tokens, index, first, last, language, prepared.quotes):
            cue = Cue(_written(prepared, index, index + 1), "evaluative", "negative", "quoted")
            found.append(Match(index, index + 1, cue.cue, (cue,), "construction"))
            continue
        pair = f"{word} {tokens[index + 1].norm}" if index + 1 < last else ""
        if pair in language.necessity:
            end = index + 2
        elif any(stem in language.necessity for stem, _ in proclitic_readings(word)):
            end = index + 1
        else:
            continue
        negated = index > first and _negator(tokens[index - 1].norm, language.negators)
        start = index - 1 if negated else index  # ولا ينبغي
        if start == index:
            # ضرورة ألا، يجب أن لا، يجب على الدول عدم: the negation after the word, past a few words
            if not any(tokens[j].norm in PROHIBITION_NEGATIONS for j in range(end, min(last, end + NECESSITY_REACH))):
                continue
        cue = Cue(_written(prepared, start, end), "evaluative", "negative", "quoted")
        found.append(Match(start, end, cue.cue, (cue,), "construction"))
    return found


CONTRIBUTE_REACH = 8  # tokens from a word of contributing to its في: تسهم، من بين أمور أخرى، في استقرار
CONTRIBUTED_TO = frozenset(normalise_word(word) for word in ("في", "فى", "على"))


def _contributed(tokens, index: int, first: int, last: int, language) -> str:
    """The polarity "positive" when the word at ``index`` is a word of contributing or helping
    (language/contributing.txt: تسهم، ساهمت، المساهمة، مساعدة) whose في or على, past at most
    CONTRIBUTE_REACH - 1 tokens of words and commas (the one helped, a parenthesis), or whose next
    word behind ب, opens a good end (language/contributed_ends.txt, or an aim of peace of
    peace_aims.txt): «الجهود تسهم، من بين أمور أخرى، في استقرار الأسواق», «ساهمت في التوصل إلى
    اتفاق», «المساعدة بتطبيع الوضع» credit or offer a part in it (polarity conventions 2 and 7);
    negated (لن يسهم في حل الأزمة) the negation is read as for any cue. "" otherwise, as for «ساهم
    في تضاعف قوة الجيش». A bounded number of tokens read."""
    word = tokens[index].norm
    if not any(stem in language.contributing for stem, _ in proclitic_readings(word)):
        return ""

    def good(at: int, stem_only: bool) -> bool:
        following = tokens[at + 1].norm if at + 1 < last and tokens[at + 1].is_word else ""
        for stem, stripped in proclitic_readings(tokens[at].norm):
            if stem_only and not (stripped and tokens[at].norm[:1] == "ب"):
                continue
            bare = _without_article(stem)
            for ends in (language.contributed_ends, language.peace_aims):
                if bare in ends or (following and f"{bare} {following}" in ends):
                    return True
        return False

    for at in range(index + 1, min(last, index + 1 + CONTRIBUTE_REACH)):
        token = tokens[at]
        if not token.is_word:
            if token.norm in ("،", ","):
                continue  # تسهم، من بين أمور أخرى، في: a parenthesis
            return ""
        if at == index + 1 and good(at, True):
            break  # المساعدة بتطبيع الوضع
        if token.norm in CONTRIBUTED_TO:
            if at + 1 < last and tokens[at + 1].is_word and good(at + 1, False):
                break
            return ""
    else:
        return ""
    return "positive"  # لن يسهم في حل الأزمة: the negation is read as for any cue (_polarity)


def _achieved_aim(tokens, index: int, last: int, language) -> bool:
    """Whether the word at ``index`` is a verb of achieving (language/achieving_verbs.txt) whose next
    word is an aim of peace (peace_aims.txt) or a good end (contributed_ends.txt), with or without
    the article, alone or with the word after it: «سيحققان السلام الدائم» (polarity convention 2).
    Two tokens read."""
    if index + 1 >= last or not tokens[index + 1].is_word:
        return False
    if not any(stem in language.achieving_verbs for stem, _ in proclitic_readings(tokens[index].norm)):
        return False
    word = tokens[index + 1].norm
    bare = _without_article(word)
    following = tokens[index + 2].norm if index + 2 < last and tokens[index + 2].is_word else ""
    return any(bare in ends or (following and f"{bare} {following}" in ends)
               for ends in (language.peace_aims, language.contributed_ends))


NEGOTIATED_ON = normalise_word("على")
NEGOTIATED_REACH = 4  # tokens from a verb of negotiating to the على or ل of what it buys: نتفاوض مع روسيا الاتحادية لشراء


INCLUSION_REACH = 6  # tokens from a verb to the role it gives the one named between: أن يلعب سيف الإسلام القذافي، دورا


def _included(tokens, index: int, first: int, last: int, language, quotes=()) -> bool:
    """Whether a word of necessity at ``index`` (language/necessity.txt, not negated: _obliges)
    asks a role or a part for someone named after it: أن right after it, then the first word of a
    pair of language/inclusion.txt (يلعب، يكون) and its second (دورا، جزءا) within INCLUSION_REACH
    tokens of words and commas after that: «ينبغي أن يلعب الحزب ومؤيدوه، دورا في المشهد السياسي»
    asks that a party take part, positive (polarity conventions 2 and 7), as «دعا روسيا إلى لعب
    دور» does; the pair side by side (أن تلعب دورا) is peace_aims.txt's. Other punctuation ends
    the reach. At most INCLUSION_REACH + 3 tokens read."""
    if index + 3 >= last or tokens[index + 1].norm != THAT or not tokens[index + 2].is_word:
        return False
    verb = tokens[index + 2].norm
    for at in range(index + 3, min(last, index + 3 + INCLUSION_REACH)):
        token = tokens[at]
        if not token.is_word:
            if token.norm in COMMAS:
                continue
            return False
        if f"{verb} {token.norm}" in language.inclusion:
            return at > index + 3 and _obliges(tokens, index, first, language, quotes, index + 2)
    return False


def _negotiated_purchase(tokens, index: int, last: int, language) -> bool:
    """Whether the word at ``index`` is a verb of negotiating (language/negotiating.txt) whose على,
    or a word behind ل, within NEGOTIATED_REACH tokens of words (the partner: مع روسيا) opens a noun
    of acquiring or supplying (language/acquiring.txt): «نتفاوض مع روسيا لتجهيز الجيش», «يتفاوض على
    شراء منظومة»: negotiating to buy is an intention to cooperate (polarity convention 7); negated it
    is read as any negated cue. Punctuation ends the reach. A bounded number of tokens read."""
    if not any(stem in language.negotiating for stem, _ in proclitic_readings(tokens[index].norm)):
        return False
    for at in range(index + 1, min(last, index + 1 + NEGOTIATED_REACH)):
        token = tokens[at]
        if not token.is_word:
            return False
        if token.norm == NEGOTIATED_ON:
            following = tokens[at + 1] if at + 1 < last else None
            return following is not None and following.is_word and any(
                _without_article(stem) in language.acquiring
                for stem, _ in proclitic_readings(following.norm))
        if token.norm[:1] == "ل" and any(stripped and _without_article(stem) in language.acquiring
                                          for stem, stripped in proclitic_readings(token.norm)):
            return True
    return False


INTENT_REACH = 8  # tokens from an intended act back from its حالما / عندما: سنجري اتصالات مع الحكومة الليبية لمجرد
ALLOWING_REACH = 4  # words after حالما within which the condition allowing stands: حالما تصبح الظروف
FUTURE_PERSONS = frozenset("يتنا")  # سيعود، ستعود، سنعود، سأعود (normalised): the future prefix سـ and a person


def _once_allowed(tokens, index: int, first: int, last: int, language) -> int | None:
    """The token of an intended act that a conjunction of "as soon as / when" at ``index``
    (language/once_allowed.txt) ties to conditions allowing (allowing.txt, within ALLOWING_REACH
    words after it): a verb of intending (intending.txt) or a future verb (سـ and a person) within
    INTENT_REACH tokens before it, no punctuation and no negator between: «ستستأنف الشركة عملها
    عندما تتحسن الظروف» is cooperation intended, positive (polarity convention 7); «لن نرسل خبراءنا
    حتى يرفع الحظر» a standing policy, none. None when there is none. A bounded number of tokens read."""
    word = tokens[index].norm
    if word not in language.once_allowed and not (word[:1] in ("و", "ف") and word[1:] in language.once_allowed):
        return None
    allowed = False
    for at in range(index + 1, min(last, index + 1 + ALLOWING_REACH)):
        if not tokens[at].is_word:
            break
        if any(stem in language.allowing for stem, _ in proclitic_readings(tokens[at].norm)):
            allowed = True
            break
    if not allowed:
        return None
    intended = None
    for at in range(index - 1, max(first, index - INTENT_REACH) - 1, -1):
        token = tokens[at]
        if not token.is_word:
            return intended
        verb = token.norm
        if _negator(verb, language.negators):
            return None  # لن نرسل … حتى: a standing policy, convention 7
        bare = verb[1:] if verb[:1] in ("و", "ف") and len(verb) > 4 else verb
        if bare in language.intending or (bare[:1] == "س" and bare[1:2] in FUTURE_PERSONS and len(bare) >= 5):
            intended = at
    if intended is not None and intended > first and _negator(tokens[intended - 1].norm, language.negators):
        return None
    return intended


def _without_article(stem: str) -> str:
    """A stem without its article, as the word lists hold it: السلام → سلام, شراء → شراء."""
    return stem[2:] if stem[:2] == "ال" else stem


def _written(prepared: PreparedText, first: int, last: int) -> str:
    """The text of tokens ``first`` to ``last`` as a construction's cue, without vowel marks or
    tatweel: «للتسوَية» and «للتسوية» are one cue (a lemma that varied with the marks made one
    stance two)."""
    tokens = prepared.tokens
    return without_marks(prepared.text[tokens[first].start:tokens[last - 1].end])


REACTION_OPENERS = frozenset(normalise_word(word) for word in "ما مما".split())
AFFAIR = (normalise_word("الأمر"), normalise_word("الذي"))  # الأمر الذي أثار


def _reaction_clause(prepared: PreparedText, sentence: Sentence, lexicon: Lexicon) -> int:
    """The first token of the writer's own clause after a comma: an account of how a statement was
    received, ما or مما right after a comma, or الأمر الذي, with a verb of language/reactions.txt
    next (``، ما أثار ردود فعل دولية رافضة``), or of its circumstances, a phrase of
    language/circumstances.txt (also behind و) right after a comma outside quotation marks (``، في
    ظل تصاعد التوتر``، ``، وذلك وسط مخاوف من انهيار الهدنة``); -1 when the sentence has none. One
    pass over the sentence's tokens, each reading at most the three after it."""
    tokens, reactions = prepared.tokens, lexicon.language.reactions
    circumstances = lexicon.language.circumstances
    for index in range(sentence.first_token + 1, sentence.last_token - 1):
        word = tokens[index].norm
        after_comma = tokens[index - 1].norm in ("،", ",")
        if after_comma and circumstances and _circumstance(tokens, index, sentence.last_token, circumstances) \
                and in_spans(tokens[index].start, prepared.quotes) is None:
            return index
        if word in REACTION_OPENERS and after_comma:
            start = index
        elif word == AFFAIR[1] and tokens[index - 1].norm == AFFAIR[0]:
            start = index - 1
        else:
            continue
        if tokens[index + 1].norm in reactions:
            return start
    return -1


CIRCUMSTANCE_WORDS = 3  # the longest phrase of language/circumstances.txt: ذلك على خلفية


def _circumstance(tokens, index: int, last: int, circumstances: frozenset[str]) -> bool:
    """Whether a phrase of language/circumstances.txt starts at ``index``, its first word also
    behind و (وفي ظل، ووسط، وذلك بعد). At most CIRCUMSTANCE_WORDS tokens read."""
    first = tokens[index].norm
    heads = (first, first[1:]) if first[:1] == "و" and len(first) > 2 else (first,)
    for head in heads:
        phrase = head
        for offset in range(1, CIRCUMSTANCE_WORDS + 1):
            if phrase in circumstances:
                return True
            if index + offset >= last or not tokens[index + offset].is_word:
                break
            phrase = f"{phrase} {tokens[index + offset].norm}"
    return False


def _construction_tails(lexicon: Lexicon) -> frozenset[str]:
    """The last two letters of every word of growth and resumption and of the first word of every
    necessity: a word ending otherwise (behind any proclitic, a reading is a suffix of the word)
    is none of them."""
    language = lexicon.language
    return frozenset(entry.split()[0][-2:] for entry in language.increase | language.necessity | language.resumption
                     | language.peace_aims | language.vows | language.withdrawal | language.demands if entry.strip())


def _vowed(tokens, index: int, last: int, language) -> int:
    """Where a vow to fight on ends, when one starts at ``index``: a word of going on
    (language/vows.txt: مواصلة، سنواصل، الاستمرار في) with a word of fighting (fighting.txt) in
    the next two tokens and حتى within VOW_REACH tokens after it: ``تعتزم مواصلة القتال حتى
    السيطرة على كافة الأراضي`` (polarity convention 6). 0 when none. A few tokens read."""
    word = tokens[index].norm
    if not any(stem.removeprefix("ال") in language.vows for stem, _ in proclitic_readings(word)):
        return 0
    for at in range(index + 1, min(last, index + 3)):
        fight = tokens[at].norm
        if not any(stem.removeprefix("ال") in language.fighting or stem in language.fighting
                   for stem, _ in proclitic_readings(fight)):
            continue
        for until in range(at + 1, min(last, at + 1 + VOW_REACH)):
            if tokens[until].norm == UNTIL:
                return at + 1
            if not tokens[until].is_word:
                break
        return 0
    return 0


def _sought(tokens, index: int, first: int, language) -> bool:
    """Whether the aim of peace at ``index`` is what a noun of achieving right before it seeks
    (language/achieving.txt), behind ل or after من أجل، بهدف، في سبيل: لتحقيق هدنة، للتوصل إلى
    حل سياسي، من أجل إحلال السلام; an agreement on the aim between (AGREEMENTS: ستواصل جهودها للتوصل
    إلى اتفاق لوقف إطلاق النار) is sought as the aim is. At most four tokens read."""
    at = index - 1
    if at > first and tokens[at].norm in AGREEMENTS:
        at -= 1  # للتوصل إلى اتفاق لوقف إطلاق النار
    if at > first and tokens[at].norm in AFTER_CALL:
        at -= 1  # للتوصل إلى
    if at < first or not tokens[at].is_word:
        return False
    word = tokens[at].norm
    if at > first and tokens[at - 1].norm in DESCRIBED_AIMS:
        return False  # الجهود الرامية لتحقيق السلام فشلت: others' efforts, described
    if any(stripped and word[:1] == "ل" and stem.removeprefix("ال") in language.achieving
           for stem, stripped in proclitic_readings(word)):
        return True
    return (word.removeprefix("ال") in language.achieving and at > first
            and tokens[at - 1].norm in SEEKING_PREFACES)


FORBIDDING_REACH = 3  # words after a negation within which a stigma cue makes the call one for calm: على عدم اللجوء إلى العنف


def _called_off(tokens, index: int, first: int, last: int, language, stigma_tokens=frozenset()) -> bool:
    """Whether the word at ``index`` is a negation (عدم، ألا) asked for by a call: right after إلى
    or على or behind ب or ل (بعدم، لعدم، لألا), with a word of language/calling.txt within CALL_REACH
    words before it and no punctuation between. A call on one party not to do something is a
    warning or a demand to back down, negative (eval/README.md, polarity conventions 2 and 5):
    ``حثت السفارة رعاياها على عدم زيارة الجنوب``. Not when the call is addressed to all (جميع، كل،
    كافة، الأطراف between: ``دعا جميع الأطراف إلى عدم القيام بخطوات`` is a call for calm), nor when
    a stigma cue follows within FORBIDDING_REACH words (``إلى عدم اللجوء إلى العنف``: its words
    decide). At most CALL_REACH + FORBIDDING_REACH + 2 tokens read."""
    word = tokens[index].norm
    if word in PROHIBITION_NEGATIONS and word != BARE_NOT:
        if index <= first or tokens[index - 1].norm not in AFTER_CALL:
            return False
        start = index - 1
    elif word[:1] in ("ب", "ل") and word[1:] in PROHIBITION_NEGATIONS and word[1:] != BARE_NOT:
        start = index
    else:
        return False
    if any(at in stigma_tokens for at in range(index + 1, min(last, index + 1 + FORBIDDING_REACH))):
        return False
    for before in range(start - 1, max(first, start - CALL_REACH - 1) - 1, -1):
        token = tokens[before]
        if not token.is_word:
            return False
        if token.norm in ALL_OF or token.norm in PARTIES:
            return False  # دعا جميع الأطراف إلى عدم: asked of all
        if _calls(token.norm, language):
            return True
    return False


def _called_back(tokens, index: int, first: int, last: int, language, quotes=()) -> bool:
    """Whether the word at ``index`` is something good asked for by a call: a word of
    language/resumption.txt or language/peace_aims.txt (one word, or two) behind ل or ب
    (لاستئناف، للعودة، بعودة، للتهدئة) or right after إلى or على, with a word of
    language/calling.txt (also behind و or ف) within CALL_REACH words before it and no
    punctuation between: ``ليبيا تدعو روسيا لاستئناف تفعيل الخط``، ``حث المبعوث الأطراف على
    التهدئة``. At most CALL_REACH + 2 tokens read."""
    word = tokens[index].norm
    following = tokens[index + 1].norm if index + 1 < last else ""

    # وقف فوري لإطلاق النار: one word may qualify the first word of a two-word aim, its second then
    # behind ل (للقتال is ل with القتال)
    after = tokens[index + 2].norm if index + 2 < last and tokens[index + 1].is_word else ""
    qualified = (after[1:], "ا" + after[1:]) if after[:1] == "ل" and len(after) > 2 else ()

    def peace(stem: str) -> bool:
        return (_without_article(stem) in language.peace_aims or bool(following and f"{_without_article(stem)} {following}" in language.peace_aims)
                or any(f"{_without_article(stem)} {second}" in language.peace_aims for second in qualified))

    # A resumption is asked for right after إلى or على or behind ل or ب (أشار إلى استئناف is no
    # call); an aim of peace anywhere in the call's reach (يدعوان الأطراف إلى إعلان هدنة).
    asked = any(peace(stem) for stem, _ in proclitic_readings(word))
    if asked and _sought(tokens, index, first, language):
        return True  # ستواصل العمل مع جميع الليبيين لتحقيق هدنة دائمة: an aim the speaker states
    def resumed(stem: str) -> bool:
        # استئناف، العودة; or two words: إعادة فتح السفارة (re-opening)
        return _without_article(stem) in language.resumption or bool(following and f"{_without_article(stem)} {following}" in language.resumption)

    if not asked:
        asked = index > first and tokens[index - 1].norm in AFTER_CALL and resumed(word)
    if not asked:
        asked = any(stripped and word[:1] in ("ل", "ب") and resumed(stem)
                    for stem, stripped in proclitic_readings(word))
    if not asked:
        return False

    def calls(verb: str) -> bool:
        # دعا، ودعت، الدعوة: a verb or noun of calling, behind و or ف and the article too
        # تعهدا، والتعهد: a pledge (language/pledging.txt) asks for its aim as a call does
        stems = (verb, verb[1:]) if verb[:1] in ("و", "ف") else (verb,)
        return any(_without_article(stem) in language.calling or _without_article(stem) in language.pledging for stem in stems)

    # الامتناع عن: restraint (a word of both peace_aims.txt and demands.txt) is an aim of peace only
    # asked of all: «دعا جميع الأطراف إلى الامتناع» positive; in «طالبت واشنطن بالامتناع عن التدخل»
    # it is no construction (_called_out leaves it too), and the interference named decides
    demand = any(_without_article(stem) in language.demands for stem, _ in proclitic_readings(word))

    def of_all(call: int) -> bool:
        return not demand or any(tokens[at].norm in ALL_OF or tokens[at].norm in PARTIES for at in range(call + 1, index))

    for before in range(index - 1, max(first, index - CALL_REACH - 1) - 1, -1):
        if not tokens[before].is_word:
            break
        if calls(tokens[before].norm) or _obliges(tokens, before, first, language, quotes, index):
            return of_all(before)
    # دعا الرئيس الروسي فلاديمير بوتين، ونظيره التركي …، إلى إعلان هدنة: the one called and the
    # callers may be long, with commas; an aim right after إلى or على (one word between at most)
    # is still the call's, from a verb of calling up to LONG_CALL_REACH tokens back
    towards = next((at for at in (index - 1, index - 2) if at > first and tokens[at].norm in AFTER_CALL), None)
    if towards is None and word[:1] == "ب" and any(stripped and peace(stem) for stem, stripped in proclitic_readings(word)):
        # وكان الطرفان تعهدا، خلال محادثات في باريس، بوقف إطلاق النار: the aim behind ب is the
        # call's or the pledge's as one after إلى is
        towards = index
    if towards is None:
        return False
    for before in range(towards - 1, max(first, towards - LONG_CALL_REACH - 1) - 1, -1):
        token = tokens[before]
        if not token.is_word:
            if token.norm in ("،", ",", ":", "/"):
                # ودعا لافروف: طرفي النزاع إلى وقف القتال: a colon after the caller, too; and the
                # slash of a month's two names (في نهاية يوليو/تموز الماضي)
                continue
            return False
        if calls(token.norm):
            return of_all(before)
    return False


FROM = normalise_word("من")
PARTIES = frozenset(normalise_word(word) for word in ("الأطراف", "والأطراف", "الطرفين", "الطرفان"))  # دعا الأطراف إلى الامتناع: asked of all
ASKED_PRONOUNS = frozenset(normalise_word(word) for word in "منها منه منهم منهما".split())  # طالبها منها سحب
ALL_OF = frozenset(normalise_word(word) for word in "جميع كل كافة".split())  # انسحاب جميع القوات: asked of all
# words of the one asked between من and a bare withdrawal: من روسيا سحب، من كافة القوات الأجنبية الخروج
ASKED_WORDS = 3
ALL_REACH = 3  # words after a withdrawal within which جميع marks a call on all (انسحاب القوات الأجنبية كافة)


def _called_out(tokens, index: int, first: int, last: int, language, quotes=()) -> bool:
    """Whether the word at ``index`` is a withdrawal (language/withdrawal.txt), or another act of
    compliance (language/demands.txt: بالإفراج، إلى الكشف، بتوضيح; جميع after it then names what
    is released, not who is asked), that a call demands:
    behind ب or ل (بسحب، لانسحاب), right after إلى or على, or bare right after the one asked behind
    من, up to ASKED_WORDS words (من روسيا سحب، من كافة القوات الأجنبية الخروج), with a word of
    language/calling.txt within CALL_REACH words before it (behind ب up to LONG_CALL_REACH tokens,
    past a long subject and the one asked, with no said clause between: ``وطالب عضو مجلس النواب
    فلان الفلاني الحكومة بتوضيح``) and
    no punctuation between, and no word for all (جميع، كل، كافة) within ALL_REACH words after
    it: ``طالبت الحكومة موسكو بسحب قواتها`` is a call on one party to withdraw, negative
    (eval/README.md, polarity convention 2); ``دعا إلى انسحاب جميع القوات الأجنبية`` asks it of
    all, and ``بحث سحب المرتزقة`` only mentions it. At most LONG_CALL_REACH + ALL_REACH + ASKED_WORDS + 1 tokens read."""
    word = tokens[index].norm
    following = tokens[index + 1].norm if index + 1 < last else ""
    demanded = False

    def out(stem: str) -> bool:
        nonlocal demanded
        bare = stem.removeprefix("ال")
        if (bare in language.demands and bare not in language.peace_aims) or (
                following and f"{bare} {following}" in language.demands):
            # بالإفراج عن، إلى الكشف عن، إطلاق سراح: compliance asked (demands.txt); restraint, also
            # an aim of peace (الامتناع), asked of one party is left to the words after it
            demanded = True
            return True
        return bare in language.withdrawal

    asked = any(stripped and word[:1] in ("ب", "ل") and out(stem) for stem, stripped in proclitic_readings(word))
    if not asked and out(word) and index > first:
        before = tokens[index - 1].norm
        asked = (before in AFTER_CALL or before in ASKED_PRONOUNS
                 or any(at >= first and tokens[at].norm == FROM for at in range(index - 2, index - ASKED_WORDS - 2, -1)))
    if not asked:
        return False
    if not demanded and any(tokens[at].norm in ALL_OF for at in range(index + 1, min(last, index + 1 + ALL_REACH))):
        return False  # انسحاب جميع القوات: asked of all; بالإفراج عن جميع المحتجزين names the released
    parenthetical = False
    for before in range(index - 1, max(first, index - CALL_REACH - 1) - 1, -1):
        if not tokens[before].is_word:
            if tokens[before].norm in COMMAS and word[:1] in ("ب", "ل"):
                parenthetical = True  # دعا الوزير أنقرة، دون ذكرها بالاسم، لسحب قواتها: read on below
                break
            return False
        if _calls(tokens[before].norm, language) or _obliges(tokens, before, first, language, quotes, index):
            return True
    if word[:1] != "ب" and not parenthetical:
        return False
    # وطالب عضو مجلس النواب فلان الفلاني الحكومة بتوضيح: a demand or withdrawal behind ب is the object of
    # the verb of calling past a long subject and the one asked, with no said clause (إن، أن) between;
    # up to LONG_CALL_REACH tokens back. Commas may set off a parenthesis, the caller's or the one
    # asked's (دعا الوزير أنقرة، دون ذكرها بالاسم، لسحب قواتها; وطالب الوزير، في مؤتمر صحفي، الدول
    # الغربية بسحب قواتها), as for an aim of peace (_called_back); behind ل only then, ل being also
    # the purpose of an act (زار الوفد موسكو لسحب الاستثمارات is no call)
    for before in range(index - 1, max(first, index - LONG_CALL_REACH - 1) - 1, -1):
        token = tokens[before]
        if not token.is_word:
            if token.norm in COMMAS:
                continue
            return False
        if token.norm in SAYING_THAT:
            return False
        if _calls(token.norm, language):
            return True
    return False


COMMAS = frozenset(("،", ","))  # a parenthesis between a call and what it demands (_called_out)


def _obliges(tokens, index: int, first: int, language, quotes=(), aim: int | None = None) -> bool:
    """Whether the word at ``index`` is a word of necessity (language/necessity.txt: يجب، ينبغي،
    ضرورة, behind و ف ب), no negator right before it nor a negation after it: it makes the call a
    verb of calling makes, «يجب وقف إطلاق النار فورا» as «دعا إلى وقف إطلاق النار» (polarity
    convention 2). Inside a quotation (``quotes``, the text's quotation spans) always; told in the
    narration (وأكد غوتيريش ضرورة إجراء الانتخابات) only when no word of language/mechanisms.txt
    stands between it and the ``aim`` it asks for: وشدد على ضرورة تحديد موعد الانتخابات asks for a
    mechanism, a proposal (neutral). A bisection and at most CALL_REACH + NECESSITY_REACH + 2 tokens read."""
    if in_spans(tokens[index].start, quotes) is None:
        if aim is None or aim - index > CALL_REACH + 1:
            return False
        if any(stem.removeprefix("ال") in language.mechanisms
               for at in range(index + 1, aim) for stem, _ in proclitic_readings(tokens[at].norm)):
            return False  # ضرورة تحديد موعد الانتخابات: a mechanism
    if index > first and f"{tokens[index - 1].norm} {tokens[index].norm}" in language.necessity:
        return True  # لا بد من وقف القتال: a two-word entry, its negator part of it
    if index > first and _negator(tokens[index - 1].norm, language.negators):
        return False  # لا ينبغي: a prohibition (_constructions)
    if not any(stem in language.necessity for stem, _ in proclitic_readings(tokens[index].norm)):
        return False
    # ضرورة ألا تضيع فرصة الحوار: a warning (_constructions), not a call for what it names
    return not any(tokens[at].norm in PROHIBITION_NEGATIONS
                   for at in range(index + 1, min(len(tokens), index + 1 + NECESSITY_REACH)))


def _calls(verb: str, language) -> bool:
    """Whether ``verb`` is a verb or noun of calling (language/calling.txt), also behind و or ف and
    with the article: دعا، ودعت، الدعوة، المطالبة."""
    stems = (verb, verb[1:]) if verb[:1] in ("و", "ف") else (verb,)
    return any(stem.removeprefix("ال") in language.calling for stem in stems)


def _fighting(tokens, index: int, last: int, language) -> int:
    """The token after a word (or two-word phrase: الحرب على) of language/fighting.txt that
    starts at ``index`` (behind و ب ل and ال: لمكافحة، والتصدي), else 0. Two tokens read."""
    word = tokens[index].norm
    if index + 1 < last and f"{word} {tokens[index + 1].norm}" in language.fighting:
        return index + 2
    for stem, _ in proclitic_readings(word):
        if stem in language.fighting or (stem[:2] == "ال" and stem[2:] in language.fighting):
            return index + 1
        if index + 1 < last and f"{stem} {tokens[index + 1].norm}" in language.fighting:
            return index + 2
    return 0


def _questioned(stances: list[Stance], first: int, constructions: list[Match[Cue]], prepared: PreparedText) -> None:
    """A rhetorical question denies what it asks: a positive evaluation inside it, of the same
    speaker, counts as negative (كيف يمكن أن نثق بهم؟). Only this sentence's rows are looked at."""
    asked = next((match for match in constructions if match.payloads[0] is RHETORICAL), None)
    if asked is None:
        return
    start = prepared.tokens[asked.first].start
    owner = next((row for row in stances[first:] if row.start == start and row.cue_lemma == RHETORICAL.cue), None)
    if owner is None:
        return
    for index in range(first, len(stances)):
        row = stances[index]
        if row.start > start and row.polarity == "positive" and row.speaker_id == owner.speaker_id and row.speaker_name == owner.speaker_name:
            stances[index] = replace(row, polarity="negative")


def _preface(prepared: PreparedText, sentence: Sentence, verb: int, cue_tokens: set[int], lexicon: Lexicon) -> int:
    """The comma ending a phrase that opens the sentence and describes the statement whose verb
    comes right after it (past adverbs): ``وفي تعليق ساخر على موقع تلغرام، قالت السفارة``,
    ``وردا على اتهامات واشنطن، قالت زاخاروفا``. The phrase opens, behind و or في, with a noun
    of language/preface_nouns.txt or a cue word; a circumstance (وفي ظل التوتر، قال) is no
    preface. -1 when there is none. Only the sentence's first words and the words before the
    verb are read."""
    tokens, language = prepared.tokens, lexicon.language
    comma = verb - 1
    while comma > sentence.first_token and tokens[comma].norm in language.adverbs:
        comma -= 1
    if comma <= sentence.first_token or tokens[comma].norm not in ("،", ","):
        return -1
    head = sentence.first_token
    if any(stem == "في" for stem, _ in proclitic_readings(tokens[head].norm)) or tokens[head].norm == "في":
        head += 1
    if head >= comma or not tokens[head].is_word:
        return -1
    if head in cue_tokens or any(stem in language.preface_nouns for stem, _ in proclitic_readings(tokens[head].norm)):
        return comma
    return -1


def _polarity(polarity: str, match: Match[Cue], prepared: PreparedText, stigma_tokens: set[int],
              lexicon: Lexicon, *, own: bool = False) -> tuple[str, int | None]:
    """The cue's polarity in context, and the stigma token it is aimed at, if any. ``own``: the cue
    is the verb of the speaker's statement, its subject the speaker (ولم يستبعد الوزير أن)."""
    tokens = prepared.tokens
    language = lexicon.language
    if _counted(tokens, match, language):
        # حوالي 5000 من المرتزقة، سحب روسيا لمرتزقتها: a count or a departure, no charge (convention 4)
        return "neutral", None
    if polarity == "negative" and _for_now(tokens, match, language):
        # لا تنوي موسكو حتى اللحظة إرسال مراقبين: an intention denied for now is a deferral, a standing
        # policy, no rejection (convention 7)
        return "neutral", None
    if polarity == "negative" and (_either_way(tokens, match, language) or _refused_answer(tokens, match, language)):
        # ورفض المتحدث تأكيد أو نفي الخبر: neither confirmed nor denied, no denial nor rejection
        return "neutral", None
    before = match.first - 1  # لا ندعم; across a modal or أن: لا يمكن أن ندعم، لم يعد يؤيد
    held = 0  # tokens of the one a modal is said of, crossed beyond the reach: لا يمكن لأي وطني أن يقبل
    while before >= 0 and match.first - before - held <= NEGATION_REACH:
        if tokens[before].norm in language.negation_bridges:
            before -= 1
            continue
        holder = _modal_holder(tokens, before, language)
        if not holder:
            break
        before -= holder
        held += holder
    flipped = before >= 0 and _negator(tokens[before].norm, language.negators)
    if flipped and before + 1 < match.first and tokens[before + 1].norm == THAT:
        # A negator with أن right after it is a conjunction, no negation: غير أن التعاون مستمر (however)
        flipped = False
    if before >= 0 and tokens[before].norm in language.without:
        # What is done without an evil is upheld, without a good is missed: دون تدخلات أجنبية (a
        # sovereign choice), من دون أن يحقق أي تقدم; before أن too, unlike غير أن
        flipped = True
    if flipped and _excepted(tokens, match):
        # لا يمكن تسوية الأزمة إلا من خلال الحوار، لا نريد إلا السلام: a negation with إلا after it
        # restricts, it does not deny: the good is wanted, only by this way
        flipped = False
    if flipped and _not_only(tokens, match, before):
        # لا يستغلون البلد فحسب، بل يعرضون المدنيين للخطر: "not only … but also" adds, it denies nothing
        flipped = False
    if flipped and polarity == "negative" and normalise_word(match.payloads[0].listed.split()[0]) in language.arenas:
        # ليبيا ليست ساحة لتصفية الحسابات، لن تكون ساحة صراع: an arena refused is still against it
        flipped = False
    if flipped and _own_denial(tokens, match, before, language, own):
        # ولم ينف المتحدث وجود اتصالات، وقال إنه لا ينفي ذلك، إننا لا ننفي، لم يستبعد الوزير عودة
        # الشركات: the speaker denies nothing and rules nothing out, neither a rejection nor praise;
        # what follows decides. Another's denial negated stays a charge affirmed (below)
        return "neutral", None
    if flipped and polarity == "negative" and match.payloads[0].cue_type == "reporting" and not _participle(match.payloads[0]):
        # A negated verb of denial or warning affirms, it does not praise: ولا ينفيها أحد (nobody
        # denies the reports of bombing); a negated participle is an adjective and does flip:
        # ليس مستغربا أن نأتي إلى روسيا (not surprising)
        flipped = False
    if polarity == "positive" and _stopped(tokens, match.first, language.stopping, language.negators):
        # بوقف دعمها لحفتر، الكف عن دعم: asking for the end of support is against it; so is
        # abandoning it (تخلت واشنطن عن دعم الحكومة), unless that is denied (لن نتخلى عن دعم الحوار)
        flipped = not flipped
    if flipped and polarity == "positive" and _even_handed(tokens, match.last, language, prepared.text):
        return "neutral", None  # لا تدعم طرفا على آخر: the speaker takes no side, rejects nothing
    if (not flipped and polarity == "positive" and _supporting(tokens[match.first].norm, language)
            and _even_handed(tokens, match.last, language, reach=PARTISAN_REACH, pairs_only=True)):
        # ينزلق باتجاه دعم طرف في النزاع على حساب الآخر: support of one side against another,
        # told of someone else (supporting.txt has no «we» forms), is a charge of taking sides
        return "negative", None
    # Support for terrorism is condemned, not supported: دعم غير محدود للإرهاب; support for a
    # fight against it is not: لدعم ليبيا في مكافحة الإرهاب (at most three tokens read between)
    stigma = next((i for i in range(match.last, match.last + 4) if i in stigma_tokens), None)
    if stigma is not None and any(_fighting(tokens, i, stigma, language) for i in range(match.last, stigma)):
        stigma = None
    if polarity == "positive" and stigma is not None:
        flipped = not flipped
    if not flipped and polarity == "negative" and _unwanted_loss(tokens, match, language):
        # ليس في مصلحة روسيا خسارة شريك كهذا: a loss not wanted, a wish to keep what would be lost
        return "positive", stigma
    if not flipped and polarity == "negative" and _not_led_to(tokens, match, language):
        # أهم شيء ألا تؤدي العمليات إلى إراقة الدماء: a wish that the fighting cause no harm, an aim
        # of peace (convention 2)
        return "positive", stigma
    if not flipped or polarity == "neutral":
        return polarity, stigma
    return ("negative" if polarity == "positive" else "positive"), stigma


# What opens a clause whose subject is the speaker himself, before its negator: وقال إنه لا ينفي،
# وأضافت أننا لن نستبعد (normalised)
OWN_OPENERS = frozenset(normalise_word(word) for word in
                        "إنه أنه بأنه وأنه إنها أنها بأنها وأنها إننا أننا بأننا وأننا إنني أنني بأنني إني أني".split())
FIRST_PERSON_DENIALS = frozenset(normalise_word(word) for word in "ننفي ننف نستبعد أنفي أستبعد".split())
NOBODY = frozenset(normalise_word(word) for word in "أحد".split())  # ولا ينفيها أحد: another subject


def _denial_word(match: Match[Cue], tokens, language) -> str:
    """The cue's word of language/denying.txt (its first word, as listed or as written, behind و
    or ف), or ''."""
    for word in (normalise_word(match.payloads[0].listed.split()[0]), tokens[match.first].norm):
        for stem in (word, word[1:] if word[:1] in ("و", "ف") else word):
            if stem in language.denying:
                return stem
    return ""


def _own_denial(tokens, match: Match[Cue], negator: int, language, own: bool) -> bool:
    """Whether a negated word of denying or ruling out (language/denying.txt) is the speaker's
    own, or at least no one else's named before it: the verb of his statement (``own``), a
    first-person form (لا ننفي), a clause opened by a pronoun of his (قال إنه لا ينفي) or by the
    negator itself, behind و or after a mark (وأضاف أن …، ولم يستبعد أن); not a negator after a
    noun (إن الوثيقة لا تستبعد التدخل: the document's, a charge), nor with «أحد» after the word
    as its subject (تقارير ولا ينفيها أحد: nobody denies them, a charge affirmed). Two tokens read."""
    word = _denial_word(match, tokens, language)
    if not word or negator < 0:
        return False
    if match.last < len(tokens) and tokens[match.last].norm in NOBODY:
        return False
    if own or word in FIRST_PERSON_DENIALS:
        return True
    if tokens[negator].norm[:1] in ("و", "ف") or negator == 0 or not tokens[negator - 1].is_word:
        return True
    return tokens[negator - 1].norm in OWN_OPENERS


OR = normalise_word("أو")
EITHER_SUBJECT_WORDS = 3  # the subject between «لم يؤكد» and «أو ينف»: المتحدث باسم الكرملين


def _either_way(tokens, match: Match[Cue], language) -> bool:
    """Whether a word of denying is joined by أو to a word of confirming (language/confirming.txt)
    right before or after it: «تأكيد أو نفي»، «نفي أو تأكيد» is neither, and so are the verbs negated
    together, also with their subject between them: «ولم يؤكد المتحدث أو ينفِ». Up to
    :data:`EITHER_SUBJECT_WORDS` words read before أو, two tokens after the cue."""
    if match.last - match.first != 1 or not _denial_word(match, tokens, language):
        return False
    before = False
    if match.first >= 2 and tokens[match.first - 1].norm == OR:
        for back in range(match.first - 2, max(match.first - 3 - EITHER_SUBJECT_WORDS, -1), -1):
            if not tokens[back].is_word:
                break
            if tokens[back].norm in language.confirming:
                before = True
                break
    after = (match.last + 1 < len(tokens) and tokens[match.last].norm == OR
             and tokens[match.last + 1].norm in language.confirming)
    return before or after


def _refused_answer(tokens, match: Match[Cue], language) -> bool:
    """Whether a verb of refusing has for object, past its subject, a word of confirming or
    denying (language/confirming.txt): «ورفض المتحدث تأكيد أو نفي الخبر» rejects nothing, as
    «رفض التعليق» says nothing. At most DECLINED_REACH words after the verb are read, up to a
    mark or a clause opener."""
    if match.last - match.first != 1 or not refusing_verb(tokens[match.first].norm, language):
        return False
    return refused_object_in(tokens, match.last, len(tokens), language.confirming, language)


LOSS_REACH = 4  # tokens after a negated wish within which the loss stands: ليس في مصلحة روسيا أبدا خسارة


def _unwanted_loss(tokens, match: Match[Cue], language) -> bool:
    """Whether a cue that opens with a negator and holds a word of language/wishing.txt (لا نريد،
    ليس في مصلحة) has a word of language/losing.txt within LOSS_REACH tokens after it, past
    words only: «لا نريد أن تخرج روسيا من سوريا» does not want Russia to leave, which is for its
    staying (the negative cue is no rejection). At most LOSS_REACH tokens read after the cue."""
    words = [tokens[index].norm for index in range(match.first, match.last)]
    if not words or not _negator(words[0], language.negators) or not language.wishing.intersection(words[1:]):
        return False
    for index in range(match.last, min(len(tokens), match.last + LOSS_REACH)):
        if not tokens[index].is_word:
            return False
        if any(_without_article(stem) in language.losing
               for stem, _ in proclitic_readings(tokens[index].norm)):
            return True
    return False


LED_GAP = 1  # words between إلى and the harm it leads to: إلى حمام دم، إلى صراع خطير
LED_SUBJECT = 6  # tokens of what leads between the verb and إلى: ألا تؤدي العمليات (العسكرية) هناك إلى
AND_NOT = normalise_word("لا")


def _not_led_to(tokens, match: Match[Cue], language) -> bool:
    """Whether a negative cue is what something is wished not to lead to: إلى at most LED_GAP
    words before it, and a verb of language/leading.txt at most LED_SUBJECT tokens before that,
    behind ألا or أن لا (``ألا يؤدي أي عمل إلى حمام دم جديد``، ``أن لا تؤدي التناقضات إلى صراع``).
    لن تؤدي إلا إلى تصعيد states what will follow and is left alone. At most LED_GAP + LED_SUBJECT
    + 4 tokens read."""
    towards = next((at for at in range(match.first - 1, max(-1, match.first - LED_GAP - 2), -1)
                    if tokens[at].norm == TOWARDS), None)
    if towards is None or towards < 1 or tokens[towards - 1].norm == normalise_word("إلا"):
        return False
    for verb in range(towards - 1, max(0, towards - LED_SUBJECT - 1), -1):
        if tokens[verb].norm not in language.leading:
            continue
        before = tokens[verb - 1].norm
        if before == normalise_word("ألا") or (before == AND_NOT and verb >= 2 and tokens[verb - 2].norm == THAT):
            return True
        return False
    return False


FEELING_SUBJECT = 4  # words of a feeling's subject between أن and it: إن الدول الغربية الكبرى
FEELING_COPULAS = 2  # copulas and comparatives between them: أصبحت أكثر قلقا
FEELING_COORDINATED = 12  # tokens back from a feeling behind و to the feeling it is joined to


def _felt_by_other(prepared: PreparedText, match: Match[Cue], sentence: Sentence, speaker: Speaker,
                   mention_at: dict, lexicon: Lexicon) -> bool:
    """Whether an adjective of feeling (language/feelings.txt) is the predicate of a clause whose
    subject is not the speaker's side: after أن, إن, بأن or فإن, a subject that is one mention of
    an actor of another allegiance than the speaker's (``وتابع دينجوف أن سيف الإسلام متفائل``) or
    a definite phrase naming nobody (``وقالت مصادر إن الدول الغربية أصبحت أكثر قلقا``), then at
    most FEELING_COPULAS words of language/copulas.txt. That is the subject's mood, which the
    speaker only reports. The speaker's own side (``قال لافروف إن موسكو قلقة``), a pronoun (``أنه
    قلق``) and a speaker of unknown allegiance naming an actor keep the stance. At most
    FEELING_SUBJECT + FEELING_COPULAS + 1 tokens read."""
    tokens, language = prepared.tokens, lexicon.language
    first = match.first
    word = tokens[first].norm
    if word[:1] == "و" and word[1:] in language.feelings:
        # أصبحت أكثر قلقا من تمدد النفوذ، ومنزعجة من …: a feeling joined by و to an earlier one
        # shares its subject; the nearest feeling at most FEELING_COORDINATED tokens back decides
        first = next((i for i in range(first - 1, max(sentence.first_token, first - FEELING_COORDINATED) - 1, -1)
                      if tokens[i].norm in language.feelings), -1)
        if first < 0:
            return False
    elif word not in language.feelings:
        # تشعر بخيبة أمل: a verb of feeling (feelings.txt) right before the evaluative noun it takes
        # behind ب is the predicate, as the adjective is (مستعدة للتعاون: the readiness is the
        # predicate, and what it is ready for is read on its own); so is a verb of showing
        # (showing.txt) right before its object: أن دمشق أبدت رغبتها في بقاء القواعد
        if first - 1 <= sentence.first_token:
            return False
        before = tokens[first - 1].norm
        if not ((before in language.feelings and word[:1] == "ب") or before in language.showing):
            return False
        first -= 1
    end = first
    if end - 1 > sentence.first_token and _negator(tokens[end - 1].norm, language.negators):
        end -= 1  # أن الليبيين لا يرحبون: the subject's feeling denied is still the subject's
    while end - 1 > sentence.first_token and first - end < FEELING_COPULAS and tokens[end - 1].norm in language.copulas:
        end -= 1
    if end - 1 > sentence.first_token and tokens[end - 1].norm in ("،", ","):
        end -= 1  # أن الليبيين، لا يرحبون: a comma between the subject and its predicate
    start = next((i for i in range(end - 1, max(sentence.first_token, end - FEELING_SUBJECT - 1) - 1, -1)
                  if not tokens[i].is_word or tokens[i].norm in SAYING_THAT or tokens[i].norm in MAIN_CLAUSE
                  or tokens[i].norm in language.clause_openers), None)
    if start is None or not tokens[start].is_word or start + 1 >= end:
        return False
    if tokens[start].norm not in SAYING_THAT and tokens[start].norm not in (normalise_word("فإن"), normalise_word("وأن")):
        return False  # أنه قلق: the pronoun is whom the speaker speaks of or for; left alone
    mention = mention_at.get(start + 1)
    if mention is not None:
        if mention.last_token != end:
            return False
        side = _titled_side(tokens, sentence, start, speaker, lexicon)
        if side:
            # وقال المبعوث الروسي إن العراق أكد استعداده: a speaker nobody listed, whose title names
            # his state, reports another state's readiness as a listed one would
            return affiliation_root(lexicon, mention.actor_id) != affiliation_root(lexicon, side)
        if not speaker.actor_id:
            # ويقول محللون إن روسيا تأمل: an unnamed group (language/groups.txt, here without its
            # article) takes no side, so the named actor's hope is another's, reported (convention 4);
            # so does one with its adjectives: أفادت مصادر إعلامية غربية أن الاتحاد الأوروبي قلق
            name = speaker.name.split()
            return bool(name) and "ال" + normalise_word(name[0]).removeprefix("ال") in lexicon.language.groups
        return affiliation_root(lexicon, mention.actor_id) != affiliation_root(lexicon, speaker.actor_id)
    if match.payloads[0].holder == "subject":
        # أن المجلس يرحب بالاتفاق: a verb whose subject holds its stance (يرحب) is another's only
        # with that subject named; a bare definite body may be the speaker's own
        return False
    # a definite phrase naming nobody, which a place may qualify behind في or من: إن المعارضة في
    # اليمن تأمل is the opposition's hope, reported
    inside = start + 1
    while inside < end and tokens[inside].norm.startswith("ال") and inside not in mention_at:
        inside += 1
    if inside == start + 1:
        return False
    if inside < end and tokens[inside].norm in PLACE_PREPOSITIONS and inside + 1 < end:
        inside += 1
        qualifier = mention_at.get(inside)
        inside = qualifier.last_token if qualifier is not None else inside + 1 if tokens[inside].norm.startswith("ال") else inside
    return inside == end


PLACE_PREPOSITIONS = frozenset(normalise_word(word) for word in ("في", "من"))  # المعارضة في اليمن: the subject qualified


FACING_AFTER = 2  # tokens from a hardship to its verb of facing after it: الصعوبات التي تواجهها
FACING_BEFORE = 5  # tokens from a verb of facing to its hardship after it: ويواجه المجلس الوطني الحاكم صعوبات


def _faced(tokens, match: Match[Cue], sentence: Sentence, speaker: Speaker, mention_at: dict, lexicon: Lexicon) -> bool:
    """Whether a one-word hardship (language/hardships.txt: صعوبات، عقبات) is met by a named actor
    of another side than the speaker's: a third-person verb of facing (language/facing.txt) within
    FACING_AFTER tokens after the hardship (``صعوبات تواجه روسيا``، ``للصعوبات التي تواجهها
    روسيا``) or within FACING_BEFORE words before it (``ويواجه المجلس الانتقالي صعوبات``), no
    punctuation between, with an actor's mention right after the verb. That is another's
    difficulty told as news, a bad event announced without evaluation (eval/README.md, polarity
    conventions, rules 4 and 5), no stance. The speaker's own side (``قال لافروف إن روسيا تواجه
    صعوبات``), a thing facing it (``الشحنات تواجه صعوبات``) and a hardship alone (``وجود صعوبات
    أمام المشروع``) keep theirs; a speaker of unknown side reports any named actor's. At most
    FACING_AFTER + FACING_BEFORE + 1 tokens read."""
    if match.last - match.first != 1:
        return False
    language = lexicon.language
    word = tokens[match.first].norm
    if not any(stem.removeprefix("ال") in language.hardships for stem, _ in proclitic_readings(word)):
        return False

    def faced_by_other(at: int) -> bool:
        verb = tokens[at].norm
        if verb not in language.facing and not (verb[:1] in ("و", "ف") and verb[1:] in language.facing):
            return False
        mention = mention_at.get(at + 1)
        if mention is None:
            return False
        return not speaker.actor_id or affiliation_root(lexicon, mention.actor_id) != affiliation_root(lexicon, speaker.actor_id)

    for at in range(match.last, min(sentence.last_token, match.last + FACING_AFTER)):
        if not tokens[at].is_word:
            break
        if faced_by_other(at):
            return True
    for at in range(match.first - 1, max(sentence.first_token, match.first - FACING_BEFORE) - 1, -1):
        if not tokens[at].is_word:
            break
        if faced_by_other(at):
            return True
    return False


def _held_by_other(prepared: PreparedText, match: Match[Cue], speaker: Speaker, mention_at: dict,
                   lexicon: Lexicon, sentence: Sentence | None = None) -> bool:
    """Whether a one-word noun of a feeling (language/held_nouns.txt: قلق، مخاوف) or of support
    (support_nouns.txt: دعم) is followed right after by who holds it, of another allegiance than
    the speaker's: that side's mood or support, which the speaker only reports. The holder is a
    state's nisba (``الدعم التركي``، ``القلق الأمريكي``) or an actor's mention in the genitive, for a
    feeling always (``مخاوف واشنطن``), for support only with the one supported after it behind ل
    (``دعم روسيا لحفتر``; ``لدعم ليبيا`` names whom Moscow supports) or after a verb of receiving
    (language/receiving.txt: ``يحظى بدعم روسيا``). A speaker of unknown
    allegiance keeps the stance, as in _felt_by_other. At most three tokens after the cue read."""
    tokens = prepared.tokens
    side = _titled_side(tokens, sentence, match.first, speaker, lexicon) if sentence is not None else speaker.actor_id
    if match.last - match.first != 1 or not side or match.last >= len(tokens):
        return False
    language = lexicon.language
    word = tokens[match.first].norm
    stems = [_without_article(stem) for stem, _ in proclitic_readings(word)]
    feeling = any(stem in language.held_nouns for stem in stems)
    if not feeling and not any(stem in language.support_nouns for stem in stems):
        return False
    holder = None
    mention = mention_at.get(match.last)
    if mention is not None:
        after = tokens[mention.last_token].norm if mention.last_token < len(tokens) else ""
        received = match.first > 0 and word[:1] == "ب" and tokens[match.first - 1].norm in language.receiving
        if feeling or received or (after[:1] == "ل" and tokens[mention.last_token].is_word):
            holder = mention.actor_id
    elif has_article(word):
        holder = derived(lexicon, "definite state nisbas", state_nisbas).get(tokens[match.last].norm)
    if not holder:
        return False
    return affiliation_root(lexicon, holder) != affiliation_root(lexicon, side)


def _titled_side(tokens, sentence: Sentence, upto: int, speaker: Speaker, lexicon: Lexicon) -> str:
    """The side a speaker speaks for: his actor, or for a speaker nobody listed the state whose
    definite nisba stands in the sentence before ``upto`` and before the first أن، إن، بأن، فإن,
    colon or quotation mark that opens his words, in his title: «أعلن مبعوث الرئيس الروسي فلان أن
    العراق …» is Russia's. Empty when neither is there (a title of no state, a speaker carried over
    from an earlier sentence). At most ``upto`` − the sentence's first token tokens read."""
    if speaker.actor_id:
        return speaker.actor_id
    nisbas = derived(lexicon, "definite state nisbas", state_nisbas)
    for at in range(sentence.first_token, min(upto, sentence.last_token)):
        word = tokens[at].norm
        if word in SAYING_THAT or word in MAIN_CLAUSE or word in (":", "：") or word in QUOTE_MARKS:
            return ""
        if word in nisbas:
            return nisbas[word]
    return ""


# the kinds of actor that speak through a statement another reports (قال تقرير إن إيطاليا حذرت،
# أن الخارجية الروسية أعلنت، أن موسكو تدعو): states, their capitals and bodies, not armed groups
SPEAKING_BODIES = frozenset({"state", "organisation", "city"})


def _own_side(lexicon: Lexicon, actor_id: str) -> set[str]:
    """An actor and the bodies it belongs to, up its chain of affiliations (الدبيبة → حكومة الوحدة
    الوطنية → ليبيا); a cycle stops the walk. Rival bodies of one state are not each other's side."""
    side: set[str] = set()
    while actor_id in lexicon.actors and actor_id not in side:
        side.add(actor_id)
        actor_id = lexicon.actors[actor_id].affiliation
    return side


SUPPORTED_GAP = 2  # words between a support word and the party supported: ساندت المواطن الأمريكي خليفة حفتر
CLAUSE_ENDS = frozenset(".:؛;؟?!")  # punctuation that ends a clause searched back from a cue; a comma only joins
SUPPORTED_TITLE = 4  # words of a title between a support word and the party named: دعم القائد العسكري الليبي خليفة حفتر
SUPPORT_BREAKS = frozenset(normalise_word(word) for word in "في على من إلى الى مع عن".split())
SUPPORTER_REACH = 12  # tokens from a clause's opener to a support word in it: أن روسيا أرسلت مؤخرا مقاتلات إلى ليبيا لدعم


PARTISAN_REACH = 8  # words after a support word within which «against the other» ends: دعم طرف في النزاع الليبي على حساب الآخر


def _supporting(word: str, language) -> bool:
    """Whether a normalised word is one of language/supporting.txt, behind و ب ل and the article."""
    return any(_without_article(stem) in language.supporting for stem, _ in proclitic_readings(word))


def _state_of_nisba(word: str, nisbas: dict[str, str]) -> str:
    """The state a relative adjective names, definite or not, in the masculine, feminine or sound
    plural (قوات روسية، عسكريين فرنسيين، السلطات الإماراتية), behind و ب ل; '' for none."""
    for stem, _ in proclitic_readings(word):
        stem = stem[2:] if stem.startswith("ال") else stem
        for ending in ("ين", "ون", ""):
            if ending and not stem.endswith(ending):
                continue
            base = stem[: len(stem) - len(ending)] if ending else stem
            for form in (base, base + "ه" if base.endswith("ي") else base):
                state = nisbas.get("ال" + form)
                if state:
                    return state
    return ""


def _speaker_state(speaker: Speaker, lexicon: Lexicon, nisbas: dict[str, str]) -> str:
    """The allegiance of a speaker: his actor's top affiliation, or for an unlisted one the state
    of a relative adjective in his name (مسؤولون أمريكيون → the United States); '' if unknown."""
    if speaker.actor_id:
        return affiliation_root(lexicon, speaker.actor_id)
    for word in speaker.name.split():
        state = _state_of_nisba(normalise_word(word), nisbas)
        if state:
            return state
    return ""


def _supported_by_other(prepared: PreparedText, match: Match[Cue], sentence: Sentence, speaker: Speaker,
                        mention_at: dict, lexicon: Lexicon) -> bool:
    """Whether a word of support (language/supporting.txt) stands in a clause opened by إن، أن،
    بأن، وأن، فإن or عن at most SUPPORTER_REACH tokens before it, whose subject is another
    allegiance than the speaker's: a named actor right after the opener («وقالت أفريكوم إن روسيا
    أرسلت مقاتلات لدعم قوات حفتر»), or the first state adjective after it («إن هناك عسكريين
    فرنسيين يقدمون دعما لحفتر», «تحدثت عن تواجد قوات روسية لدعم حفتر»). That reports the
    supporter's act, no praise of the speaker (convention 4), when the one supported is a party
    named right after, not of the speaker's side. A full stop, colon or quotation mark between
    ends the search; a speaker of unknown allegiance (an unlisted person, a report) is read so only
    when the supporter is a state adjective of another state than his name's (مسؤولون أمريكيون).
    At most SUPPORTER_REACH tokens read."""
    tokens, language = prepared.tokens, lexicon.language
    if not any(_without_article(stem) in language.supporting
               for stem, _ in proclitic_readings(tokens[match.first].norm)):
        return False
    nisbas = derived(lexicon, "definite state nisbas", state_nisbas)
    own = _speaker_state(speaker, lexicon, nisbas)
    openers = SAYING_THAT | MAIN_CLAUSE | {normalise_word("وأن"), normalise_word("فإن"), "عن"}
    for at in range(match.first - 1, max(sentence.first_token, match.first - SUPPORTER_REACH - 1) - 1, -1):
        word = tokens[at].norm
        if word in CLAUSE_ENDS or word in QUOTE_MARKS:
            return False
        if word not in openers:
            continue
        mention = mention_at.get(at + 1)
        if mention is not None and mention.actor_id and mention.last_token <= match.first:
            if not speaker.actor_id:
                # «إن ليبيا تقدر دعم روسيا»: the actor after the opener may be the subject of
                # another verb, the supporter named after the support word; only a listed speaker's
                # allegiance is sure enough to read it so
                return False
            supporter = affiliation_root(lexicon, mention.actor_id)
        elif word == "عن" or mention is None:
            # no actor named after the opener: the first state adjective of the clause, if any
            supporter = next((state for state in (_state_of_nisba(tokens[index].norm, nisbas)
                                                  for index in range(at + 1, match.first)) if state), "")
            if not supporter:
                return False
        else:
            return False
        if supporter == own:
            return False
        # the one supported is a party named right after (لدعم الجيش الوطني، ساندت المشير حفتر):
        # support of an aim (تدعم العملية السياسية) may be the speaker's praise of the supporter,
        # and support of the speaker's own side is thanked for (إن تركيا ساندت حكومتنا)
        # («محاولة دعم القائد العسكري الليبي خليفة حفتر»: a title of up to SUPPORTED_TITLE words
        # between); a preposition between ends it (لدعم الاستقرار في ليبيا: an aim, and a place)
        supported = None
        for index in range(match.last, min(sentence.last_token, match.last + SUPPORTED_TITLE + 1)):
            if index in mention_at:
                supported = mention_at[index]
                break
            if tokens[index].norm in SUPPORT_BREAKS or tokens[index].norm in CLAUSE_ENDS or tokens[index].norm == "،":
                break
        return (supported is not None and bool(supported.actor_id)
                and supported.actor_id not in (_own_side(lexicon, speaker.actor_id) if speaker.actor_id else set())
                and affiliation_root(lexicon, supported.actor_id) != supporter)
    return False


def _received(tokens, match: Match[Cue], sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether an evaluative noun follows right after a verb of receiving (language/receiving.txt),
    behind ب or not: «وأكد أنه تلقى الشكر بعد إرسال البرقية» tells what another gave him, thanks
    or support (يحظى بتأييد), no praise of the speaker's. One token read."""
    before = match.first - 1
    return (before >= sentence.first_token and tokens[before].norm in lexicon.language.receiving
            and match.payloads[0].holder != "subject")


EXCEPT = normalise_word("إلا")
EXCEPT_REACH = 6  # tokens after a negated cue within which إلا restricts it: لا يمكن تسوية الأزمة الليبية إلا
HOWEVER_OPENERS = frozenset(normalise_word(word) for word in "أن أنه أنها أننا أنهم".split())  # إلا أن: however


def _excepted(tokens, match: Match[Cue]) -> bool:
    """Whether إلا follows a negated cue within EXCEPT_REACH tokens of its clause (no punctuation
    between), not as «إلا أن» (however): «لا يمكن تسوية الأزمة إلا من خلال الحوار» wants the
    settlement, only by dialogue; the negation with إلا restricts and denies nothing. At most
    EXCEPT_REACH + 1 tokens read."""
    for at in range(match.last, min(len(tokens), match.last + EXCEPT_REACH)):
        if not tokens[at].is_word:
            return False
        if tokens[at].norm == EXCEPT:
            return at + 1 >= len(tokens) or tokens[at + 1].norm not in HOWEVER_OPENERS
    return False


NOT_ONLY_REACH = 6  # tokens after a negated cue to its فحسب: لا يستغلون هذا البلد فحسب، بل
ONLY_WORDS = frozenset(normalise_word(word) for word in ("فحسب", "فقط"))
BUT_ALSO = frozenset(normalise_word(word) for word in ("بل", "وبل", "وإنما", "إنما", "ولكن"))


def _not_only(tokens, match: Match[Cue], before: int) -> bool:
    """Whether the negation of a cue is the first half of "not only … but also": فقط or فحسب right
    after the negator (ليس فقط داعما بل شريكا), or within NOT_ONLY_REACH word tokens after the cue
    and followed, past a comma, by بل or وإنما (لا يستغلون هذا البلد فحسب، بل يعرضون جنود حفظ السلام
    للخطر). The cue is affirmed and something added, so the negation does not flip it. At most
    NOT_ONLY_REACH + 3 tokens read."""
    if 0 <= before < match.first - 1 and tokens[before + 1].norm in ONLY_WORDS:
        return True
    for at in range(match.last, min(len(tokens), match.last + NOT_ONLY_REACH)):
        if not tokens[at].is_word:
            return False
        if tokens[at].norm in ONLY_WORDS:
            after = at + 1
            if after < len(tokens) and tokens[after].norm in ("،", ","):
                after += 1
            return after < len(tokens) and tokens[after].norm in BUT_ALSO
    return False


FOR_NOW_GAP = 2  # words between a negated intention and its «for now»: لا تنوي أيضا حتى اللحظة
FOR_NOW_WORDS = 3  # the words of the longest phrase of language/for_now.txt: في الوقت الراهن


def _for_now(tokens, match: Match[Cue], language) -> bool:
    """Whether a negated verb of intending (the cue «لا تنوي»، «لا ننوي»: its last word one of
    language/intending.txt) is limited to the present by a phrase of language/for_now.txt (حتى
    اللحظة، حتى الآن، في الوقت الراهن) within FOR_NOW_GAP words after it: «لا تنوي أيضا حتى اللحظة
    إرسال مراقبين» defers, it refuses nothing (convention 7, a deferral or standing policy). At
    most FOR_NOW_GAP + FOR_NOW_WORDS tokens read."""
    if not language.for_now or tokens[match.last - 1].norm not in language.intending:
        return False
    for start in range(match.last, min(len(tokens), match.last + FOR_NOW_GAP + 1)):
        if not tokens[start].is_word:
            return False
        phrase = ""
        for at in range(start, min(len(tokens), start + FOR_NOW_WORDS)):
            if not tokens[at].is_word:
                break
            phrase = f"{phrase} {tokens[at].norm}".strip()
            if phrase in language.for_now:
                return True
    return False


COUNT_HEADS = frozenset(normalise_word(word) for word in "عدد أعداد".split())  # عدد المرتزقة: a count, the label its complement


def _counted(tokens, match: Match[Cue], language) -> bool:
    """Whether an evaluative label that is the speaker's own word (``holder`` empty: مرتزقة) is
    counted or withdrawn: a number or a quantifier (language/quantifiers.txt) before من right
    before it (``200 من المرتزقة``، ``عدد من المرتزقة``), a noun of counting right before it
    (``عدد المرتزقة``، ``أعداد مرتزقة فاغنر``), or a word of language/withdrawal.txt one
    or two tokens before it (``سحب روسيا لمرتزقتها``). A report of how many, or of their leaving, is
    no charge (eval/README.md, polarity convention 4); a call for it is the caller's stance
    (_called_out), and ``مرتزقة فاغنر`` alone keeps its charge. Two tokens read."""
    cue = match.payloads[0]
    if cue.cue_type != "evaluative" or cue.holder or match.first < 2:
        return False
    if any(stem.removeprefix("ال") in language.withdrawal
           for at in (match.first - 2, match.first - 1) for stem, _ in proclitic_readings(tokens[at].norm)):
        return True  # سحب روسيا لمرتزقتها: a withdrawal reported, as سحب المرتزقة (an ignore row)
    if any(stem in COUNT_HEADS for stem, _ in proclitic_readings(tokens[match.first - 1].norm)):
        # إن عدد المرتزقة الأجانب انخفض، وأعداد مرتزقة فاغنر: how many, told as the noun they count
        return True
    if tokens[match.first - 1].norm != FROM:
        return False
    count = tokens[match.first - 2].norm
    return count.isdigit() or count in language.quantifiers


def _stopped(tokens, first: int, stopping: frozenset[str], negators: frozenset[str] = frozenset()) -> bool:
    """Whether a word (or two-word phrase: الكف عن، تخلى عن) of language/stopping.txt ends right
    before token ``first``, behind و ب ل and the article: ``بوقف دعمها``، ``إلى الكف عن دعم``،
    ``تخلت عن دعم``; not when a negator (``negators``) stands right before it: ``لن نتخلى عن
    دعم الحوار`` keeps the support. Three tokens read."""
    if first < 1 or not stopping:
        return False
    word = tokens[first - 1].norm
    pair = f"{tokens[first - 2].norm} {word}" if first >= 2 else ""
    for length, phrase in ((1, word), (2, pair)):
        if not phrase:
            continue
        for stem, _ in proclitic_readings(phrase.split()[0]):
            head = " ".join([stem, *phrase.split()[1:]])
            if head in stopping or (head[:2] == "ال" and head[2:] in stopping):
                before = first - length - 1
                return before < 0 or not _negator(tokens[before].norm, negators)
    if word in STOPPING_PREPOSITIONS:
        # انسحبت واشنطن عمليا منذ سنوات من تسوية الأزمة: the verb of a two-word
        # entry (انسحبت من) with its subject and adverbs between it and its preposition
        for at in range(first - 2, max(-1, first - 3 - STOPPED_GAP), -1):
            if not tokens[at].is_word:
                return False
            if f"{tokens[at].norm} {word}" in stopping:
                return at < 1 or not _negator(tokens[at - 1].norm, negators)
    return False


STOPPING_PREPOSITIONS = frozenset(normalise_word(word) for word in "من عن".split())  # انسحب من، تخلى عن
STOPPED_GAP = 6  # words between a verb of abandoning and its preposition: تخلت الحكومة نفسها منذ أشهر طويلة عن


def _modal_holder(tokens, index: int, language) -> int:
    """The tokens ending at ``index`` that name whom a modal is said of (language/modal_holders.txt
    alone, or with the one word after it), when a bridge word other than أن stands right before
    them: ``يمكن لأي وطني`` → 2, ``يمكن لنا`` → 1; else 0."""
    holders, bridges = language.modal_holders, language.negation_bridges
    for size in (1, 2):
        first = index - size + 1
        if first < 1 or not all(tokens[i].is_word for i in range(first, index + 1)):
            return 0
        modal = tokens[first - 1].norm
        if tokens[first].norm in holders and modal in bridges and modal != THAT:
            return size
    return 0


def _negator(word: str, negators: frozenset[str]) -> bool:
    """Whether a normalised word is a negator of language/negators.txt, also behind و or ف:
    in ``لا تؤيد ولا تدعم التدخل`` both verbs are refused."""
    return word in negators or (word[:1] in ("و", "ف") and word[1:] in negators)


EVEN_HANDED_REACH = 5  # words after a cue where "one side over another" ends: لا تدعم أي طرف على حساب آخر
EVEN_HANDED_ASIDE = 12  # tokens of an aside in brackets after the object: لا ندعم حفتر (قائد الجيش) وحده


def _even_handed(tokens, after: int, language, text: str = "", *, reach: int = EVEN_HANDED_REACH,
                 pairs_only: bool = False) -> bool:
    """Whether a phrase of language/even_handed.txt (على آخر، ضد الآخر، حساب آخر) ends within
    EVEN_HANDED_REACH words after a cue, before any punctuation: ``لا ندعم طرفا ضد آخر`` says the
    speaker takes no side. A one-word entry (وحده، بعينه: alone, in particular) counts right after
    the cue's object of one or two words, ``لا ندعم حفتر وحده``، ``لا ندعم أي طرف بعينه`` (polarity
    convention 8), and not when the text writes it with ة (وحدة، unity). An aside in brackets
    after the object is stepped over (``لا ندعم حفتر (قائد الجيش) وحده``). A bounded look ahead of
    the cue: at most ``reach`` words and one aside of EVEN_HANDED_ASIDE tokens; ``pairs_only``
    reads the two-word entries only (one side against another)."""
    if after >= len(tokens) or not tokens[after].is_word:
        return False
    words = [after]  # the words after the cue, an aside in brackets left out
    index = after + 1
    while index < len(tokens) and len(words) <= reach:
        if tokens[index].norm == "(" and len(words) <= 2:
            # لا نؤيد حفتر (خليفة حفتر قاد الجيش الوطني الليبي) وحده: the writer's gloss on the object
            close = next((i for i in range(index + 1, min(len(tokens), index + EVEN_HANDED_ASIDE + 1))
                          if tokens[i].norm == ")"), None)
            if close is None:
                return False
            index = close + 1
            continue
        if not tokens[index].is_word:
            break
        words.append(index)
        index += 1
    for position in range(1, len(words)):
        word, before = tokens[words[position]], tokens[words[position - 1]]
        if f"{before.norm} {word.norm}" in language.even_handed:
            return True
        if (not pairs_only and position <= 2 and word.norm in language.even_handed
                and written_letter(text[word.start:word.end]) != "ة"):
            return True
    return False


class _Statements:
    """A sentence's statements, looked up by position with bisection: a sentence of thousands of
    statements (a page without full stops) costs a logarithm per lookup, not a scan."""

    def __init__(self, statements: list[tuple[Match[Cue], Speaker]], prepared: PreparedText):
        self.items = statements
        self.preface_end = -1  # the comma ending a phrase that describes the first statement (_preface)
        # the tokens after an opening subject up to its participle (وأصدرت السفارة تحذيراً، مشددة)
        self.opening = (-1, -1)
        self.firsts = [match.first for match, _ in statements]
        self.starts = [prepared.tokens[match.first].start for match, _ in statements]

    def before_token(self, index: int) -> Speaker | None:
        """The speaker of the last statement whose cue starts before token ``index``."""
        position = bisect.bisect_left(self.firsts, index) - 1
        return self.items[position][1] if position >= 0 else None

    def around(self, start: int, end: int) -> Speaker | None:
        """The speaker of a quotation ``[start, end)``: the last statement before it, else the
        first one after it (“…” قال لافروف), or the one whose verb opens it (أن مولوتكوف “جدد دعم
        بلاده”: his words, not those of the statement that reports him)."""
        opening = bisect.bisect_left(self.starts, start)
        if opening < len(self.starts) and self.starts[opening] - start <= QUOTED_VERB_GAP:
            return self.items[opening][1]
        position = opening - 1
        if position >= 0:
            return self.items[position][1]
        position = bisect.bisect_left(self.starts, end)
        return self.items[position][1] if position < len(self.items) else None


def _first_word(name: str) -> str:
    words = name.split()
    return normalise_word(words[0]) if words else ""


class _Boilerplate:
    """Site furniture: a short sentence that opens with a phrase of data/language/boilerplate.txt."""

    def __init__(self, prepared: PreparedText, phrases: tuple[str, ...]):
        self.tokens = prepared.tokens
        self.phrases = {tuple(phrase.split()) for phrase in phrases if not phrase.endswith(":")}
        # كتب: a byline verb, furniture only with its colon and a name after it (كتب: محمد علي)
        self.bylines = {phrase[:-1].strip() for phrase in phrases if phrase.endswith(":")}
        self.longest = max((len(phrase) for phrase in self.phrases), default=0)

    def byline(self, match, sentence: Sentence, text: str) -> bool:
        """Whether the cue at ``match`` opens a byline: كتب, a colon or slash and at most
        BYLINE_WORDS - 1 words up to the end of the line or sentence (كتب: محمد علي، كتب/مروان
        محمد), a date and time among them (كتب: بوابة الأخبار الإثنين 08-04-2019 09:16). A line
        break does not end a sentence, so the words after the byline's line are read as usual."""
        tokens, first = self.tokens, match.first
        if first != sentence.first_token or tokens[first].norm not in self.bylines:
            return False
        if first + 2 >= sentence.last_token or tokens[first + 1].norm not in (":", "/"):
            return False
        words = 0
        for index in range(first + 2, min(sentence.last_token, first + 2 + 3 * BYLINE_WORDS)):
            token = tokens[index]
            if token.norm.isdigit():
                pass  # a date or time: 08-04-2019 09:16
            elif token.is_word:
                words += 1
            elif token.norm not in BYLINE_MARKS:
                return False
            if words >= BYLINE_WORDS:
                return False
            if index + 1 == sentence.last_token or "\n" in text[token.end:tokens[index + 1].start]:
                return words > 0
        return False

    def holds(self, sentence: Sentence) -> bool:
        # A link glued to the phrase is one token (انسخ الرابطhttps://…): its Arabic head is compared.
        words = [_LATIN_TAIL.sub("", token.norm) for token in self.tokens[sentence.first_token:sentence.last_token] if token.is_word]
        if len(words) > BOILERPLATE_WORDS:
            return False
        # one slip of a letter in a phrase of several words is still furniture (اقرأ أبضا: analysis/arabic/slips.py)
        return opening_phrase(words[:self.longest], self.phrases) is not None


class _Context:
    """Lookups over one article shared by the attribution rules."""

    def __init__(self, prepared: PreparedText, mentions: list[Mention], topic_hits: list[TopicHit], lexicon: Lexicon,
                 finder: SpeakerFinder):
        self.prepared = prepared
        self.tokens = prepared.tokens
        self.lexicon = lexicon
        self.finder = finder
        self.mention_at = {mention.first_token: mention for mention in mentions}
        self.topic_at = {hit.first_token: hit for hit in topic_hits}
        self.mentions = mentions
        self.mention_firsts = [mention.first_token for mention in mentions]
        self.quote_starts = [start for start, _ in prepared.quotes]
        openers = lexicon.language.clause_openers
        # a colon opens what is said as أن does (وقال لافروف لصحيفة: لقد أعلن التحالف أن …)
        # and so does a comma right after a verb that goes on with the previous speaker (وأكمل،
        # روسيا رفضت التعاون: Russia is what he says, see SpeakerFinder._words_after_comma)
        self.openers = [
            index for index, token in enumerate(prepared.tokens)
            if token.norm in openers or token.norm == ":" or self._words_after_comma(index)
        ]
        self._title_heads: dict[str, frozenset[str]] = {}  # actor id -> words of its titles, bare
        # the one-word title words (titles.csv) that may head an indefinite title: متحدثة، سفير
        self._title_words = frozenset(normalise_word(title) for title in lexicon.titles if " " not in title)
        self.recent: list[Speaker] = []  # the last RECENT_SPEAKERS distinct speakers, oldest first
        self._institution_heads = {bare_word(word) for word in lexicon.language.institution_heads}
        self.narration: Sentence | None = None  # the sentence before, when it made no statement
        # the last token of the last verb of saying no rule found a speaker for (وأكد الحكيم أن …)
        self.unspoken_verb = -1
        self.issuers: dict[str, Speaker] = {}  # a document's noun, bare (تقرير) -> who issued the last one
        self.relayers: dict[str, Speaker] = {}  # an outlet's head noun, bare (وكاله) -> the last unnamed one that relayed
        self.delegation_head: Speaker | None = None  # وفد … برئاسة سيالة: whom رئيس الوفد names later
        # the last RECENT_SPEAKERS people the narration named with a title, speakers or not
        # (التقى الدبيبة المبعوث الروسي ميخائيل بوغدانوف): whom وقال المبعوث الروسي names later
        self.introduced: list[tuple[Speaker, frozenset[str]]] = []  # with the title's words, bare
        # the body the narration named last with each head noun, bare (مجلس → UN Security Council),
        # whom the bare definite head (وحث المجلس) names later, and how far the mentions were read
        self.bodies: dict[str, Speaker] = {}
        self.bodies_read = 0
        # every sentence's people named after a title, by sentence id (note_titled)
        self.titled_in: dict[int, list[tuple[Speaker, frozenset[str], str]]] = {}
        self.last_sides: tuple[int, Speaker, Speaker] | None = None  # the sentence «both sides» last spoke in, and who
        # every sentence's outlets named after their head noun (جريدة “فيدوموستي”), by sentence id (note_titled)
        self.outlets_in: dict[int, list[tuple[Mention, str]]] = {}
        # every sentence's listed people with a title set after the name (حذر دميتري روغوزين نائب
        # رئيس الوزراء الروسي), by sentence id, as titled_in holds them (note_titled; named_later only)
        self.apposed_in: dict[int, list[tuple[Speaker, frozenset[str], str]]] = {}
        # a bare title's head (وزير) -> where the people who may hold it were named, in token order,
        # and who (None: a title nobody listed is named there); built once, on first use (_last_holder)
        self._holders: dict[str, tuple[list[int], list[str | None]]] | None = None
        self._bodies_people: dict[str, tuple[list[int], list[str]]] | None = None  # _people_of

    def note_delegation_head(self, sentence: Sentence) -> None:
        """Remember the person named as the head of a delegation (language/delegations.txt) by
        برئاسة after it: ``وصل وفد ليبي برئاسة وزير الخارجية محمد سيالة`` → Siala, so that a later
        ``وقال رئيس الوفد الليبي`` is his statement. A few tokens around each برئاسة are read."""
        tokens, delegations = self.tokens, self.lexicon.language.delegations
        for index in range(sentence.first_token + 1, sentence.last_token):
            if tokens[index].norm not in HEADED_BY:
                continue
            if not any(bare_word(tokens[k].norm).removesuffix("ا") in delegations
                       for k in range(max(sentence.first_token, index - DELEGATION_REACH), index)):
                continue
            head = self._named_head(index + 1, sentence)
            if head is not None:
                # برئاسة مدير إدارة التخطيط بوزارة الخارجية الروسية، حيدر رشيد أغانيد، والقائم
                # بأعمال السفارة، دجاشميد بولتايف: the name right after the title heads it, listed
                # or not, not the next listed person of the list
                self.delegation_head = replace(head, how="title_anaphora")
                continue
            for k in range(index + 1, min(sentence.last_token, index + 1 + HEAD_REACH)):
                if k in self.finder.cue_tokens or tokens[k].norm in (".", "؟", "!"):
                    break
                mention = self.mention_at.get(k)
                if mention is not None and self.lexicon.actors[mention.actor_id].type == "person":
                    self.delegation_head = self.finder._known(mention, "title_anaphora")
                    break

    def _named_head(self, index: int, sentence: Sentence) -> Speaker | None:
        """The person a title phrase from ``index`` names, listed or written after the title
        (مدير إدارة التخطيط بوزارة الخارجية الروسية، حيدر رشيد أغانيد), or None: one bounded
        phrase, read without giving titles to anyone."""
        finder = self.finder
        finder.quiet_titles = True
        try:
            person = finder.phrase(index, sentence.last_token, how="title_anaphora", after_preposition=True)
        finally:
            finder.quiet_titles = False
        if person is None or person.after_token <= index:
            return None
        if person.actor_id:
            return person if self.lexicon.actors[person.actor_id].type == "person" else None
        return person if person.how == "unlisted" else None

    def note_titled(self, sentences: list[Sentence]) -> None:
        """Read, once before the statements, each person every sentence names after a title,
        with the title's words (:meth:`_titled_people`): note_introduced looks back at them and
        named_later ahead. Each title start reads one bounded subject phrase, so an article costs
        its length."""
        for sentence in sentences:
            people = self._titled_people(sentence)
            if people:
                self.titled_in[sentence.sentence_id] = people
        heads, tokens = self.lexicon.language.media_heads, self.tokens
        for mention in self.mentions:
            if not mention.nested and self.lexicon.actors[mention.actor_id].type == "person":
                self._note_apposed(mention)
            if mention.nested or self.lexicon.actors[mention.actor_id].type != "media":
                continue
            before = mention.first_token - 1
            if before > 0 and not tokens[before].is_word:
                before -= 1  # جريدة “فيدوموستي”: past the opening mark
            if before >= 0 and tokens[before].norm in heads:
                sentence_id = self.prepared.sentence_of_token[mention.first_token]
                self.outlets_in.setdefault(sentence_id, []).append((mention, bare_word(tokens[before].norm)))

    def _note_apposed(self, mention: Mention) -> None:
        """Note a listed person whose title follows his name, a comma between or not (نفى العميد
        أحمد المسماري، الناطق باسم الجيش الليبي): the title's words, bare, up to a mark or a clause
        opener, and its head, for named_later. At most PHRASE_TOKENS words read."""
        tokens, start = self.tokens, mention.last_token
        if start < len(tokens) and tokens[start].norm in ("،", ","):
            start += 1
        if start not in self.finder.title_spans or start in self.finder.titles_after_preposition:
            return
        openers = self.lexicon.language.clause_openers
        words = []
        for k in range(start, min(len(tokens), start + PHRASE_TOKENS)):
            if not tokens[k].is_word or tokens[k].norm in openers or k in self.finder.cue_tokens:
                break
            words.append(bare_word(tokens[k].norm))
        person = self.finder._known(mention, "named_later")
        sentence_id = self.prepared.sentence_of_token[mention.first_token]
        self.apposed_in.setdefault(sentence_id, []).append((person, frozenset(words), words[0]))

    def _titled_people(self, sentence: Sentence) -> list[tuple[Speaker, frozenset[str], str]]:
        """The people a sentence names after a title, whatever the verb does with them (استقبل
        المنفي السفير الإيطالي جوزيبي بوتشينو), each with the title's words, bare, and its first
        word (سفير)."""
        finder = self.finder
        first = bisect.bisect_left(finder.title_starts, sentence.first_token)
        last = bisect.bisect_left(finder.title_starts, sentence.last_token)
        reached = sentence.first_token
        people = []
        for start in finder.title_starts[first:last]:
            if start < reached:
                continue  # inside the phrase read from an earlier title
            person = self._named_head(start, sentence)
            if person is None:
                continue  # المبعوث الروسي with no name, or a body: nobody to refer back to
            reached = person.after_token
            words = frozenset(bare_word(self.tokens[k].norm) for k in range(start, person.after_token) if self.tokens[k].is_word)
            people.append((person, words, bare_word(self.tokens[start].norm)))
        return people

    def both_sides(self, speaker: Speaker, sentence_id: int) -> tuple[Speaker, Speaker] | None:
        """The two people the sentence before names after their titles, when an unnamed «both
        sides» speaks: ``بحث نائب وزير الخارجية الروسي ميخائيل بوغدانوف مع سفير مصر في موسكو نزيه
        النجاري … وأكد الطرفان`` is one statement of each (heldout5's convention for «وحث
        الطرفان»). None when that sentence names fewer or more than two; only its titled people
        (note_titled) are read."""
        if speaker.actor_id or speaker.how not in ("unnamed", "unlisted") or not speaker.name:
            return None
        words = [normalise_word(word) for word in speaker.name.split()]
        if not self._two_sides(words[0]) or (len(words) > 1 and words[0] not in BOTH_SIDES):
            return None
        if len(words) > 1 and all(is_nisba(word) for word in words[1:]):
            return None  # الطرفان الليبيان: two sides the adjective names, not the two who just met
        # وحث الطرفان مجلس النواب: the phrase ran on into the verb's object; the dual is whole
        if self.last_sides is not None and self.last_sides[0] in (sentence_id - 1, sentence_id):
            # وشدد الطرفان … . وحث الطرفان: the same two, however far back they met
            return tuple(replace(side, after_token=speaker.after_token) for side in self.last_sides[1:])
        # كما تم التطرق خلال اللقاء … حيث أعرب الجانبان: the two met two sentences before, the
        # one between telling of the meeting and naming nobody
        named = [k for k in (sentence_id - 1, sentence_id - 2) if self.titled_in.get(k) or self._listed_people(k)]
        if not named:
            return None
        people = []
        for person, _, _ in self.titled_in.get(named[0], ()):
            if all((person.actor_id or person.name) != (other.actor_id or other.name) for other in people):
                people.append(person)
        listed = self._listed_people(named[0])
        if (len(people) == 2 and len(listed) > 2 and all(listed[0].actor_id != person.actor_id for person in people)
                and listed[0].actor_id):
            # التقى كوبيش وزير الخارجية سيرجي لافروف ونائبه ميخائيل بوغدانوف … وشدد الطرفان: the one
            # who met them, named first with no title, is one side, the first he met the other
            people = [listed[0], people[0]]
        if len(people) != 2:
            # التقى سيالة بنظيره الروسي سيرغي لافروف … أعرب الوزيران: a counterpart is no title;
            # the two listed people the sentence names
            people = listed
        if len(people) != 2:
            return None
        first, second = (Speaker(person.actor_id, person.name, "both_sides", speaker.after_token) for person in people)
        self.last_sides = (sentence_id, first, second)
        return first, second

    def _qualified_title_holder(self, own: Speaker) -> Speaker | None:
        """The person the narration named after a title qualified by a preposition and a body
        (وزير الخارجية في حكومة الوفاق محمد سيالة), when an unnamed phrase repeats that title whole:
        every word of the phrase is a word of his title, the preposition among them. Only the last
        RECENT_SPEAKERS people introduced are read."""
        if own.how != "unnamed" or not self.introduced:
            return None
        words = [bare_word(normalise_word(word)) for word in own.name.split()]
        if len(words) < 4 or not any(word in self.lexicon.language.prepositions for word in words[1:]):
            return None
        for earlier, titles in reversed(self.introduced):
            if all(word in titles for word in words):
                return earlier
        return None

    def _listed_people(self, sentence_id: int) -> list[Speaker]:
        """The distinct listed people a sentence mentions, in text order (its tokens are read)."""
        if not 0 < sentence_id <= len(self.prepared.sentences):
            return []
        sentence = self.prepared.sentences[sentence_id - 1]
        people: list[Speaker] = []
        for index in range(sentence.first_token, sentence.last_token):
            mention = self.finder.mention_at.get(index)
            if (mention is not None and self.lexicon.actors[mention.actor_id].type == "person"
                    and all(other.actor_id != mention.actor_id for other in people)):
                people.append(self.finder._known(mention, "both_sides"))
        return people

    def _two_sides(self, word: str) -> bool:
        """Whether a word is «both sides» (الطرفان، الجانبان) or the definite dual of a title
        (أعرب الوزيران، الرئيسين): two people, the two named before."""
        if word in BOTH_SIDES:
            return True
        return (has_article(word, min_length=6) and word.endswith(("ان", "ين"))
                and bare_word(word[:-2]) in self._title_words)

    def note_bodies(self, sentence: Sentence) -> None:
        """Remember, for each head noun of a body (institution_heads.txt: مجلس، لجنة), the listed
        body the narration names with it up to this sentence, so that the bare definite head later
        (اجتمع مجلس الأمن … . وحث المجلس الأطراف) refers back to it though it had not spoken. The
        mentions are read once, in order, across the article."""
        mentions, heads = self.mentions, self.lexicon.language.institution_heads
        while self.bodies_read < len(mentions) and mentions[self.bodies_read].sentence_id <= sentence.sentence_id:
            mention = mentions[self.bodies_read]
            self.bodies_read += 1
            actor = self.lexicon.actors.get(mention.actor_id)
            if mention.nested or actor is None or actor.type in ("person", "state", "city", "location", "media"):
                continue
            head = bare_word(self.tokens[mention.first_token].norm)
            if head in heads:
                self.bodies[head] = self.finder._known(mention, "introduced_title")

    def _named_body(self, own: Speaker) -> Speaker | None:
        """The body a bare definite head noun (المجلس) names: the one the narration named last with
        that head (note_bodies). A definite word after it that is no nisba is the verb's object the
        phrase ran into (وحث المجلس الأطراف), not part of the name; a nisba makes another body
        (المجلس العسكري) and refers back to none."""
        words = [normalise_word(word) for word in own.name.split()]
        if not words or not has_article(words[0], min_length=4):
            return None
        body = self.bodies.get(bare_word(words[0]))
        if body is None or any(not has_article(word, min_length=4) or is_nisba(word) for word in words[1:]):
            return None
        after = own.after_token - (len(words) - 1) if own.after_token >= 0 else own.after_token
        return Speaker(body.actor_id, body.name, "introduced_title", after)

    def note_introduced(self, sentence: Sentence) -> None:
        """Remember each person the sentence names after a title (note_titled), so that a later
        definite title with no name (وأكد السفير الإيطالي) refers back to them as a speaker's title
        does."""
        for person, words, _ in self.titled_in.get(sentence.sentence_id, ()):
            key = person.actor_id or person.name
            self.introduced = [(earlier, titles) for earlier, titles in self.introduced
                               if (earlier.actor_id or earlier.name) != key][-(RECENT_SPEAKERS - 1):]
            self.introduced.append((person, words))

    # A title with no name that nobody before it holds, and that one of the next few sentences gives
    # a named person: the headline or the opening line names the office, the body the man in it
    # (السفير الروسي: … ⏎ قال السفير الروسي، أيدار أغانين، إن … → Aganin). A holder named later
    # without the title (مدير الشركة … وقال أناتولي إيسايكين) is not guessed: the title stays as written.
    def named_later(self, speaker: Speaker, sentence_id: int) -> Speaker | None:
        """The person one of the next LATER_SENTENCES sentences names after the very title that
        ``speaker``, unnamed, is (_titled), nearest first; None otherwise. Only the first
        RECENT_SPEAKERS titled people (note_titled) of those sentences are read, so a statement
        costs a bounded number of comparisons however long the sentences after it are."""
        if speaker.actor_id or speaker.how not in ("unnamed", "unlisted", "headline_title") or not speaker.name:
            return None
        head = bare_word(normalise_word(speaker.name.split()[0]))
        outlet = self.outlet_named_later(speaker, sentence_id)
        if outlet is not None:
            return outlet
        spokesmen = frozenset(bare_word(word) for word in self.lexicon.language.spokesmen)
        for later in range(sentence_id + 1, sentence_id + 1 + LATER_SENTENCES):
            # المتحدث باسم الجيش الليبي ينفي … ⏎ نفى العميد أحمد المسماري، الناطق باسم الجيش الليبي: the
            # title after the listed name; a spokesman's words (language/spokesmen.txt) are one head.
            # Read before the titled, the name's own title: مارجيلوف مبعوث الرئيس ديميتري ميدفيديف
            # is the envoy, the president named after the title is not
            for person, words, title_head in self.apposed_in.get(later, ())[:RECENT_SPEAKERS]:
                same = head == title_head or (head in spokesmen and title_head in spokesmen)
                if same and (_titled(speaker.name, words | spokesmen) or self._introduced_by(speaker.name, person)):
                    return Speaker(person.actor_id, person.name, "named_later", speaker.after_token)
            for person, words, title_head in self.titled_in.get(later, ())[:RECENT_SPEAKERS]:
                # the same office, not a word of it: الخارجية is the ministry, not its minister
                if head == title_head and (_titled(speaker.name, words) or self._introduced_by(speaker.name, person)
                                           or (speaker.how == "headline_title" and _same_office(speaker.name, words))):
                    return Speaker(person.actor_id, person.name, "named_later", speaker.after_token)
        return None

    def outlet_named_later(self, speaker: Speaker, sentence_id: int) -> Speaker | None:
        """The outlet one of the next LATER_SENTENCES sentences names after the head noun of an
        unnamed outlet of a state (كشفت جريدة روسية … ⏎ وأفادت جريدة “فيدوموستي” الروسية → Vedomosti;
        صحيفة بريطانية: … ⏎ قالت صحيفة “فايننشال تايمز” → the FT), nearest first; the outlet must
        belong to that state. Only the first RECENT_SPEAKERS outlets of each sentence are read."""
        words = [normalise_word(word) for word in speaker.name.split()]
        if len(words) != 2 or words[0] not in self.lexicon.language.media_heads or has_article(words[0], min_length=4):
            return None
        state = self.finder.state_adjectives.get(words[1])
        if state is None or speaker.actor_id:
            return None
        head = bare_word(words[0])
        for later in range(sentence_id + 1, sentence_id + 1 + LATER_SENTENCES):
            for mention, outlet_head in self.outlets_in.get(later, ())[:RECENT_SPEAKERS]:
                if outlet_head == head and affiliation_root(self.lexicon, mention.actor_id) == state:
                    actor = self.lexicon.actors[mention.actor_id]
                    return Speaker(mention.actor_id, actor.name_en, "named_later", speaker.after_token)
        return None

    def _introduced_by(self, phrase: str, person: Speaker) -> bool:
        """Whether an indefinite title phrase (متحدثة باسم وزارة الخارجية الروسية), its head a title
        word (titles.csv), may be the listed person a later sentence names with the same head made
        definite (وقالت المتحدثة ماريا زاخاروفا): the phrase's state adjectives name his state, and
        only it (dev14). Only the phrase's words are read."""
        words = [normalise_word(word) for word in phrase.split()]
        if not person.actor_id or not words or has_article(words[0], min_length=4) or words[0] not in self._title_words:
            return False
        named = derived(self.lexicon, "definite state nisbas", state_nisbas)
        indefinite = self.finder.state_adjectives  # مبعوث روسي: the nisba without its article
        states = {named.get(word) or indefinite[word] for word in words[1:] if word in named or word in indefinite}
        # a state's adjective must say whose office it is (متحدث باسم البيت الأبيض … وقال المتحدث
        # باسم الكرملين دميتري بيسكوف: two offices)
        return (self.lexicon.actors[person.actor_id].type == "person"
                and states == {affiliation_root(self.lexicon, person.actor_id)})

    def note_issued(self, sentence: Sentence) -> None:
        """Remember the issuer of an indefinite document that the verb opening the sentence has
        for its object right after its subject: ``ونشرت صحيفة نيويورك تايمز الأمريكية تقريراً`` →
        the paper, so that ``وأشار التقرير`` later is the paper's (language/issued.txt lists the
        documents)."""
        issued, tokens = self.lexicon.language.issued, self.tokens
        if not any(tokens[index].norm in issued or tokens[index].norm[:-1] in issued
                   for index in range(sentence.first_token + 1, sentence.last_token)):
            return  # no document in the sentence (nearly every one): its subject is not read
        found = self._issued_document(sentence, sentence.last_token)
        if found is None:
            return
        issuer, index = found
        word = self.tokens[index].norm
        self.issuers[word[:-1] if word not in self.lexicon.language.issued else word] = issuer
        head = normalise_word(issuer.name.split()[0]) if issuer.name and not issuer.actor_id else ""
        if head in self.lexicon.language.media_heads:
            # وكانت صحيفة “عربي بوست” قد نشرت أخباراً … ووفقا للصحيفة: an outlet nobody listed is
            # what its head noun alone refers back to, as its report is
            self.issuers[bare_word(head)] = issuer

    def _issued_document(self, sentence: Sentence, before: int) -> tuple[Speaker, int] | None:
        """The subject of the verb opening the sentence and the token of the indefinite document
        that is that verb's object, before ``before``: ``ونشرت صحيفة نيويورك تايمز الأمريكية
        تقريراً``; after an auxiliary (language/pluperfect.txt) the document follows قد and the
        verb: ``وكانت وكالة بلومبرغ الأميركية قد نشرت تقريراً``. One subject phrase is read, two
        nisba adjectives and one verb after it."""
        finder, tokens = self.finder, self.tokens
        issuer = finder.opening_subject(sentence, before)
        if issuer is None or issuer.after_token < 0:
            return None
        index = finder._skip(issuer.after_token, before)
        for _ in range(2):
            if index < before and is_nisba(tokens[index].norm):
                index += 1  # صحيفة نيويورك تايمز الأمريكية
        opener = tokens[sentence.first_token].norm
        if any(stem in self.lexicon.language.pluperfect for stem, _ in proclitic_readings(opener)):
            index = finder._skip(index, before) + 1  # وكانت الوكالة قد نشرت: past قد and the verb
        if index + 1 > before or not _issued_before(tokens, index + 1, sentence, self.lexicon.language):
            return None
        return issuer, index

    def note_occasion(self, sentence: Sentence, statements: list[tuple[Match[Cue], Speaker]]) -> None:
        """Remember the speaker who spoke in an indefinite document behind في or ب right after the
        verb (language/issued.txt): ``وقالت وزارة الخارجية، في بيان نشرته على موقعها`` → the
        ministry, so that ``وأكد البيان`` later is hers, though another speaker was quoted in
        between. A document with an owner after it (في بيان للجيش) is that owner's, left to the
        source rules. At most OCCASION_REACH tokens after each verb are read."""
        tokens, issued = self.tokens, self.lexicon.language.issued
        for position, (match, speaker) in enumerate(statements):
            if match.payloads[0].cue_type == "relay" or not (speaker.actor_id or speaker.name):
                continue
            stop = statements[position + 1][0].first if position + 1 < len(statements) else sentence.last_token
            for index in range(match.last, min(stop, sentence.last_token, match.last + OCCASION_REACH)):
                word = tokens[index].norm
                if word == "في" and index + 1 < stop:
                    index, word = index + 1, tokens[index + 1].norm
                elif not (word[:1] == "ب" and word[1:] in issued):
                    continue
                else:
                    word = word[1:]
                if word not in issued or has_article(word, min_length=4):
                    continue
                owner = tokens[index + 1].norm if index + 1 < sentence.last_token else ""
                if owner.startswith("لل") or index + 1 in self.finder.mention_at:
                    break  # في بيان للخارجية: the document's owner is named
                self.issuers[word] = Speaker(speaker.actor_id, speaker.name, speaker.how, speaker.after_token)
                break

    def _note_source_document(self, first: int, sentence: Sentence, source: Speaker | None) -> None:
        """Remember the issuer a sourcing phrase names for an indefinite document at its head:
        ``وفقاً لتقرير سري من خبراء الأمم المتحدة`` → the experts, whose report ``وذكر التقرير`` is
        later. Only the phrase's first word is read."""
        if source is None or not (source.actor_id or source.how == "unlisted"):
            return
        tokens = self.tokens
        index = first
        while index < sentence.last_token and (not tokens[index].is_word or tokens[index].norm == "ل"):
            index += 1
        if index >= sentence.last_token:
            return
        word = _without_preposition(tokens[index].norm)
        if word in self.lexicon.language.issued and not has_article(word, min_length=4):
            self.issuers[word] = source

    def note_relayer(self, speaker: Speaker) -> None:
        """Remember an outlet nobody listed that relayed someone's words (ذكرت وكالة إعلام روسية
        نقلا عن مصادر), by its head noun, so that ``وأضافت الوكالة`` later is that outlet, not the
        sources it quoted. Only the name's first word is read."""
        if speaker.actor_id or speaker.how not in ("unnamed", "unlisted") or not speaker.name.split():
            return
        head = normalise_word(speaker.name.split()[0])
        language = self.lexicon.language
        if not has_article(head, min_length=4) and head in language.generic_subjects and head in language.institution_heads:
            self.relayers[head] = speaker

    def _relayer(self, speaker: Speaker) -> Speaker | None:
        """The outlet remembered (note_relayer) for a definite head noun standing alone as the
        speaker: ``وأضافت الوكالة`` after ``ذكرت وكالة إعلام روسية نقلا عن مصادر``."""
        words = speaker.name.split()
        if not self.relayers or speaker.actor_id or len(words) != 1:
            return None
        word = normalise_word(words[0])
        relayer = self.relayers.get(bare_word(word)) if has_article(word, min_length=4) else None
        return None if relayer is None else Speaker("", relayer.name, "same_source", speaker.after_token)

    def _document_issuer(self, speaker: Speaker | None) -> Speaker | None:
        """The issuer remembered (note_issued) for a definite document standing alone as the
        speaker: ``وأشار التقرير إلى أن`` after ``ونشرت صحيفة نيويورك تايمز تقريراً`` → the paper."""
        if speaker is None or speaker.actor_id or speaker.how not in ("unnamed", "source") or not self.issuers:
            return None
        words = speaker.name.split()
        if len(words) != 1:
            return None
        word = normalise_word(words[0])
        issuer = self.issuers.get(bare_word(word)) if has_article(word, min_length=4) else None
        if issuer is None:
            return None
        return Speaker(issuer.actor_id, issuer.name, "document", speaker.after_token)

    def _bare_reference(self, speaker: Speaker | None, main: Speaker | None) -> bool:
        """Whether an unnamed speaker is one definite noun that stands for an outlet or a document
        named elsewhere (a generic subject that heads a body's name or is issued: الموقع، الصحيفة،
        الوكالة، التقرير): with nothing to refer back to, it names nobody. A report
        (``monitor_heads.txt``) speaks as written, as annotators read it (``وأوضح التقرير أن`` with
        no issuer named), unless its sentence has a speaker whose report it is (``وزعمت رويترز في
        تقريرها …، بحسب التقرير``)."""
        if speaker is None or speaker.actor_id or speaker.how not in ("unnamed", "source") or " " in speaker.name.strip():
            return False
        word = normalise_word(speaker.name)
        language = self.lexicon.language
        return (has_article(word, min_length=4) and word in language.generic_subjects
                and (word in language.institution_heads or word in language.issued)
                and (word not in language.monitor_heads or main is not None))

    def remember(self, speaker: Speaker) -> None:
        """Keep ``speaker`` as the latest of the recent speakers (a bounded list: no look-back
        over the article)."""
        key = speaker.actor_id or speaker.name
        self.recent = [earlier for earlier in self.recent if (earlier.actor_id or earlier.name) != key][-(RECENT_SPEAKERS - 1):]
        self.recent.append(speaker)

    # --- speakers -------------------------------------------------------------------------
    def speech_noun_statements(self, sentence: Sentence, matches: list[Match[Cue]]) -> list[tuple[Match[Cue], Speaker]]:
        """Statements carried by nouns of speech (SpeakerFinder.speech_noun), each with a cue of
        its own: the noun, reporting, with the polarity of the evaluative cue it is, if any
        (اتهام is negative; تصريحات neutral), so what the statement says decides the rest."""
        evaluative = {match.first: match.payloads[0] for match in matches if match.payloads[0].cue_type == "evaluative"}
        statements = []
        for index, speaker in self.finder.speech_noun(sentence):
            own = evaluative.get(index)
            word = self.text_of(index)
            cue = Cue(word, "reporting", own.polarity if own is not None else "neutral")
            statements.append((Match(index, index + 1, word, (cue,), "exact"), speaker))
        return statements

    def told_by_noun(self, sentence: Sentence, matches: list[Match[Cue]],
                     statements: list[tuple[Match[Cue], Speaker]]) -> list[tuple[Match[Cue], Speaker]]:
        """The nouns of speech (speech_noun_statements) of a sentence that has statements already
        whose named owner is followed by what was said, behind بأن or حول (past a comma):
        ``وعن تصريح الوزير الإيطالي، بأن …، قال المتحدث`` is the minister's statement too. A noun
        that is a statement's cue or its object (after the verb, no أن opening a clause between), or
        whose owner speaks in the sentence already, adds nothing. Only the tokens between each noun and
        the verb before it, and the token after its owner's phrase, are read."""
        spoken = {(speaker.actor_id, speaker.name) for _, speaker in statements}
        cues = {match.first for match, _ in statements}
        verbs = sorted({match.last for match, _ in statements} | {match.last for match in matches})
        told = []
        for match, speaker in self.speech_noun_statements(sentence, matches):
            if match.first in cues or (speaker.actor_id, speaker.name) in spoken:
                continue
            verb = next((last for last in reversed(verbs) if last <= match.first), None)
            if verb is not None and not any(self.tokens[i].norm in TOLD_CLAUSE for i in range(verb, match.first)):
                # انتقد بيسكوف، المتحدث باسم الكرملين، اتهامات واشنطن بأن …: a noun after a verb with no
                # clause opened between is its object, the words answered, not a statement made here
                continue
            after = speaker.after_token
            while 0 <= after < sentence.last_token and self.tokens[after].norm in ("،", ","):
                after += 1
            if 0 <= after < sentence.last_token and self.tokens[after].norm in TOLD_OPENERS:
                told.append((match, speaker))
        return told

    def relays(self, said: Match[Cue], relay: Match[Cue]) -> bool:
        """Whether a relay (نقلاً عن) follows a statement's verb closely, with no clause opened
        between them: أعلنته صحيفة صن البريطانية، أمس، نقلاً عن مصدر (the paper relays the source)."""
        if relay.first - said.last > RELAY_REACH:
            return False
        position = bisect.bisect_left(self.openers, said.last)
        return position == len(self.openers) or self.openers[position] >= relay.first

    def _relative(self, match: Match[Cue], sentence: Sentence) -> Speaker | bool | object | None:
        """A verb opening a relative clause (الذي، التي) with no pronoun referring back to the
        antecedent has the antecedent for subject: its speaker, or False when the antecedent is
        no actor that speaks; None when the rule does not apply (الذي أعلنه لافروف, الذي أعلن عنه)."""
        tokens = self.tokens
        before = match.first - 1
        if before <= sentence.first_token or _stem(tokens[before].norm) not in self.lexicon.language.relatives:
            return None
        cue_word = normalise_word(match.payloads[0].cue).split()[-1]
        if tokens[match.last - 1].norm != cue_word and not tokens[match.last - 1].norm.startswith(("و", "ف")):
            return None  # الذي أعلنه: the pronoun is the antecedent, the subject follows
        if match.last < sentence.last_token and _resumptive(tokens[match.last].norm):
            return self._speech_owner(before, match.last + 1, sentence)  # None: الذي أعلن عنه لافروف
        verb = tokens[match.first].norm
        if _stem(tokens[before].norm) == "التي" and match.last - match.first == 1 and not verb.startswith("ت") and not verb.endswith("ت"):
            # ليبيا التي قال إنها ستكون محطة: a masculine verb after التي does not agree with the
            # antecedent, which is what is said; the verb's subject is the sentence's speaker
            return MASCULINE_AFTER_FEMININE
        antecedent = self.finder.before(before, sentence, comma=True, relative=True)
        if antecedent is None:
            return False
        return replace(antecedent, how="relative")

    def _speech_owner(self, relative: int, after: int, sentence: Sentence) -> Speaker | None:
        """The one whose words a relative clause describes, when its verb has no subject of its
        own: ``معلقا على تصريحات شينكر التي قال فيها إن …`` → Schenker said it, not the one
        commenting. The antecedent is a noun of speech (language/speech_nouns.txt) at most
        SPEECH_OWNER_REACH tokens before the relative pronoun, with no cue between; its owner is
        the subject phrase right after it (a definite noun passes its adjectives: التصريحات الأخيرة
        للرئيس). None when the verb has a person or a title after the pronoun for subject (الذي
        أعلن عنه لافروف) or no noun of speech stands before; a state or body named there is the
        verb's object (التي انتقد فيها حلف الناتو)."""
        tokens, finder = self.tokens, self.finder
        named = finder.mention_at.get(after) if after < sentence.last_token else None
        if after < sentence.last_token and after in finder.title_spans or (
                named is not None and self.lexicon.actors[named.actor_id].type == "person"):
            return None
        nouns = self.lexicon.language.speech_nouns
        for index in range(relative - 1, max(sentence.first_token, relative - SPEECH_OWNER_REACH) - 1, -1):
            word = tokens[index].norm
            definite = word.startswith("ال") and word[2:] in nouns
            if tokens[index].is_word and (definite or any(stem in nouns for stem, _ in proclitic_readings(word))):
                start = index + 1
                while definite and start < relative and has_article(tokens[start].norm, min_length=4) and start not in finder.mention_at:
                    start += 1  # التصريحات الأخيرة لماكرون التي أقر فيها: the definite noun, its adjective, its owner
                # تصريحات لافروف التي انتقد فيها حلف الناتو: with the words' owner named, a body
                # after the pronoun is what the verb is about, not its subject (att47)
                speaker = finder.phrase(start, relative, how="relative", after_preposition=True)
                return speaker if speaker is not None and speaker.after_token >= relative - 1 else None
            if index in finder.cue_tokens:
                return None
        return None

    def _adjectival(self, match: Match[Cue], sentence: Sentence) -> bool:
        """Whether a verb right after an indefinite noun has a pronoun referring back to it right
        after (قمة دعت إليها، اتفاق أعلن عنه): a clause describing that noun, as with الذي after a
        definite one. Its own subject may speak (في وقت رد فيه باشاغا), but nobody the article
        quoted before is carried into it."""
        tokens, language = self.tokens, self.lexicon.language
        before = match.first - 1
        if before < sentence.first_token or match.last >= sentence.last_token or not _resumptive(tokens[match.last].norm):
            return False
        word = tokens[before].norm
        if not tokens[before].is_word or before in self.finder.cue_tokens or self.finder.mention_ending.get(match.first):
            return False
        return not (has_article(word, min_length=4) or word in language.function_words or word in language.clause_openers
                    or word in language.adverbs or word in language.negators or word in language.prepositions)

    def _in_document(self, match: Match[Cue], sentence: Sentence) -> Speaker | None:
        """The issuer of an indefinite document that a verb right after it describes:
        ``وأصدرت الخارجية بياناً عبرت فيه عن ترحيبها`` → the ministry, the subject of the verb
        that opens the sentence (language/issued.txt lists the documents). With a pronoun
        referring back to the document (right after the verb, or between a split cue's verb and
        its particle) the issuer is the verb's subject; with none the document is, and speaks for
        its issuer: ``وكانت وكالة بلومبرغ قد نشرت تقريراً في يناير الماضي يؤكد سعي روسيا`` →
        Bloomberg, past a short prepositional phrase (ADVERBIAL_TOKENS words) and never when a
        named subject follows the verb (تقريراً أكد فيه لافروف is Lavrov's)."""
        tokens = self.tokens
        found = self._issued_document(sentence, match.first)
        if found is None:
            return None
        issuer, document = found
        after = match.first + 1 if match.form == "split" else match.last
        resumptive = after < sentence.last_token and _resumptive(tokens[after].norm)
        if document + 1 < match.first and not self._short_aside(document + 1, match.first) and not (
                resumptive and self._document_aside(document + 1, match.first)):
            return None
        if not resumptive and (match.form == "split" or after >= sentence.last_token
                               or after in self.finder.mention_at or after in self.finder.title_spans):
            return None
        return replace(issuer, how="opening_subject", after_token=match.last)

    def _described_document(self, match: Match[Cue], sentence: Sentence) -> Speaker | bool | None:
        """The issuer of an indefinite document that the verb right after it describes, when the
        sentence's opening verb is not its issuing one (see _in_document): ``بيانًا عن مجلس الأمن
        يدعو الجيش`` → the council, named behind عن or من; ``كان مجلس الأمن قد عقد جلسة، أصدر في
        ختامها بيانا صحفيا دعا فيه الجيش`` → the sentence's opening subject. What follows the verb
        is its object, never its speaker. False when the document is nobody's that is named, or was
        blocked (language/blocking.txt: منعت روسيا صدور بيان … يدعو): no statement. None when no
        document stands before the verb. Reads a few tokens back: one accusative adjective
        (صحفيا), a comma, an issuer behind عن/من."""
        tokens, finder, language = self.tokens, self.finder, self.lexicon.language
        if match.form == "split":
            return None
        index = match.first
        if index - 1 > sentence.first_token and tokens[index - 1].norm in ("،", ","):
            index -= 1  # بيان عن مجلس الأمن الدولي، يدعو
        issuer: Speaker | None = None
        named = finder.mention_ending.get(index)
        if named is not None and named.first_token - 1 > sentence.first_token and tokens[named.first_token - 1].norm in ("عن", "من"):
            if finder._can_speak(named):
                issuer = finder._known(named, "opening_subject")
            index = named.first_token - 1
        elif (named is not None and _owned_document(tokens, named, match, sentence, language)
              and finder._can_speak(named)):
            # سلسلة تغريدات لباشاغا قال فيها إن …: the document's owner, behind ل in construct
            # with it, said what the verb with the document's pronoun tells (att48)
            return finder._known(named, "speech_noun")
        elif index - 1 > sentence.first_token and index - 1 not in finder.mention_ending:
            word = tokens[index - 1].norm
            if (tokens[index - 1].is_word and word.endswith("ا") and len(word) > 4 and not has_article(word, min_length=4)
                    and word not in language.issued and word[:-1] not in language.issued):
                index -= 1  # بيانا صحفيا، تقريرا مفصلا: an adjective of the document
        if not _issued_before(tokens, index, sentence, language) or has_article(tokens[index - 1].norm, min_length=4):
            return None
        document = index - 1
        after = match.last
        if after < sentence.last_token and _resumptive(tokens[after].norm):
            after += 1
        named_after = finder.mention_at.get(after)
        if named_after is not None and self.lexicon.actors[named_after.actor_id].type == "person":
            return None  # تقريراً أكد فيه لافروف: the verb's own subject follows it
        if any(tokens[k].norm in language.blocking or tokens[k].norm[1:] in language.blocking
               for k in range(max(sentence.first_token, document - BLOCK_REACH), document)):
            return False  # منعت روسيا صدور بيان يدعو: the statement was never issued
        if issuer is None and not any(k in finder.cue_tokens or tokens[k].norm in language.clause_openers
                                      for k in range(sentence.first_token, document)):
            # the sentence's own subject, when nothing said or reported stands before the document
            issuer = finder.opening_subject(sentence, document)
            if issuer is not None:
                issuer = replace(issuer, how="opening_subject")
        return replace(issuer, after_token=match.last) if issuer is not None else False

    def _document_aside(self, first: int, end: int) -> bool:
        """Whether the tokens from ``first`` to ``end``, between an indefinite document and a verb
        with the document's pronoun (فيه), only describe the document: what it is on, where, when
        (تعليقا مطولا على نتائج القمة، في موسكو، أكدت فيه), at most DOCUMENT_ASIDE_TOKENS, no cue,
        no clause opened and no quotation; the pronoun takes the verb back to the document, so its
        issuer speaks (att45)."""
        tokens, language = self.tokens, self.lexicon.language
        if end - first > DOCUMENT_ASIDE_TOKENS:
            return False
        # a relative pronoun opens a clause of its own (تصريحات شينكر التي قال فيها: Schenker's)
        return all(index not in self.finder.cue_tokens and tokens[index].norm not in language.clause_openers
                   and tokens[index].norm not in language.relatives
                   and (tokens[index].is_word or tokens[index].norm in ("،", ",")) for index in range(first, end))

    def _short_aside(self, first: int, end: int) -> bool:
        """Whether the tokens from ``first`` to ``end`` are one short prepositional phrase of
        words only, no cue and no clause opened: في يناير الماضي."""
        tokens, language = self.tokens, self.lexicon.language
        if end - first > ADVERBIAL_TOKENS or tokens[first].norm not in language.prepositions:
            return False
        return all(tokens[index].is_word and index not in self.finder.cue_tokens
                   and tokens[index].norm not in language.clause_openers for index in range(first, end))

    def _accused(self, match: Match[Cue], own: Speaker, sentence: Sentence) -> bool:
        """Whether the subject read after a verb of accusing (language/charging.txt) is its object:
        the charge follows it at once behind ب (past adverbs), a common word, not a name:
        ``واتهمت فاغنر حينها بارتكاب جرائم`` (not ``اتهمت روسيا بريطانيا``); or, after a verb of
        blaming (language/blaming.txt), the word for responsibility does: ``وحمّل الغرب المسؤولية``.
        One token is read."""
        tokens, language = self.tokens, self.lexicon.language
        verb = tokens[match.first].norm
        blaming = match.last - match.first == 1 and normalise_word(match.payloads[0].cue) in language.blaming
        if not blaming and not any(stem in language.charging for stem, _ in proclitic_readings(verb)):
            return False
        if own.after_token <= match.last:
            return False  # a subject before the verb, or none read
        index = self.finder._skip(own.after_token, sentence.last_token)
        if index >= sentence.last_token or not tokens[index].is_word or index in self.finder.mention_at:
            return False
        word = tokens[index].norm
        if blaming:
            return _responsibility(word)  # وحمّل الغرب المسؤولية: the West is blamed
        return word.startswith("ب") and word[1:] in language.common_words

    def _words_after_comma(self, comma: int) -> bool:
        """Whether the token at ``comma`` is a comma after a verb that goes on with the previous
        speaker, the words said following it (SpeakerFinder._words_after_comma). Only the comma's
        neighbours are read."""
        if comma == 0 or self.tokens[comma].norm not in ("،", ","):
            return False
        sentence_id = self.prepared.sentence_of_token[comma]
        if sentence_id == 0:
            return False
        return self.finder._words_after_comma(comma, comma + 1, self.prepared.sentences[sentence_id - 1].last_token)

    def _named_right_after(self, match) -> bool:
        """Whether an actor or a title opens right after the cue: ``لم يحدد لافروف``."""
        return match.last in self.finder.mention_at or match.last in self.finder.title_spans

    def _uncommented(self, match, own: Speaker, sentence: Sentence) -> bool:
        """Whether a verb that reports speech only with a complement (language/comment_verbs.txt:
        علق) has none within COMMENT_REACH tokens after its subject: على، a colon, a quotation,
        a clause opener or قائلا/بالقول (علقت زاخاروفا على، علق الوزير قائلا). With a direct object
        instead it means something else: وعلقت شركة تاتنفت عملياتها (suspended)."""
        tokens, language = self.tokens, self.lexicon.language
        if match.last - match.first != 1 or normalise_word(match.payloads[0].cue) not in language.comment_verbs:
            return False
        if self.finder._words_after_comma(match.last, match.last + 1, sentence.last_token):
            return False  # وأكمل، روسيا رفضت التعاون: what he goes on to say follows the comma
        start = max(match.last, own.after_token)
        for index in range(start, min(sentence.last_token, start + COMMENT_REACH)):
            word = tokens[index].norm
            if word in COMMENT_COMPLEMENTS or word in QUOTE_MARKS or word in language.clause_openers:
                return False
        return True

    def _source_reaches(self, sourced: int, verb: int) -> bool:
        """Whether a sourcing phrase's source, ending at ``sourced``, reaches the verb at ``verb``
        past closing marks, adverbs and commas only: ``وبحسب موقع “أفريكا إنتليجنس” قال``. Only the
        tokens between them are read."""
        if sourced <= 0 or sourced > verb:
            return False
        index = sourced
        while index < verb and self.tokens[index].norm in CLOSING_MARKS:
            index += 1
        return self.finder._skip(index, verb) == verb

    def _said_by(self, own: Speaker, main: Speaker, said_from: int, cue_first: int) -> bool:
        """Whether ``own``, a body or state (not a person), is the subject of a clause that a
        clause opener (أن، إن) set off after the sentence's last statement, at ``said_from``: the
        words are that statement's, and the body is what it speaks of."""
        if not own.actor_id or own.how not in ("before_verb", "after_verb") or own.actor_id == main.actor_id:
            return False
        if self.lexicon.actors[own.actor_id].type == "person" or said_from < 0:
            return False
        if _after_whereas(self.tokens, cue_first, self.lexicon.language.whereas):
            return False  # أكدت الجزائر أنها تؤيد الحل، فيما عبرت روسيا عن…: a second main clause
        if own.how == "before_verb" and self._contrasted_subject(cue_first):
            return False  # وأجاب بيسكوف بـ"لا"، إلا أن وزارة الخارجية قد أعلنت: the writer turns to another
        position = bisect.bisect_left(self.openers, said_from)
        if position < len(self.openers) and self.openers[position] < cue_first:
            # قال تقرير أوروبي إن إيطاليا حذرت حلفاءها: a state or body named right before its own
            # verb of saying, in what an outlet, an unnamed source or another state's speaker
            # reports after أن، إن, speaks itself (the relay convention: the innermost teller);
            # inside quotation marks the words stay the quoted speaker's
            # (after a comma that goes on with him, وأكمل، روسيا رفضت, the words stay his too)
            # A claim cited (إن واشنطن زعمت: polarity convention 3) and a wish or readiness shown (إن
            # دمشق أبدت رغبتها، إن العراق أكد استعداده: showing.txt) stay what the speaker reports.
            opener = self.tokens[self.openers[bisect.bisect_left(self.openers, cue_first) - 1]].norm
            language = self.lexicon.language
            verb = [stem for stem, _ in proclitic_readings(self.tokens[cue_first].norm)]
            return not (own.how == "before_verb" and opener in THAT_OPENERS
                        and not any(stem in language.claiming or stem in language.showing for stem in verb)
                        and in_spans(self.tokens[cue_first].start, self.prepared.quotes) is None
                        and self._reports_another(own, main))
        # نقلت الوكالة عن ياكونين قوله "لم تعلن ليبيا حالة الطوارئ": a quotation opened after the
        # statement's verb holds his words too
        quote = in_spans(self.tokens[cue_first].start, self.prepared.quotes)
        return quote is not None and quote[0] > self.tokens[said_from - 1].start

    def _reports_another(self, own: Speaker, main: Speaker) -> bool:
        """Whether ``main``, the speaker whose words hold ``own``'s verb, reports another side: an
        outlet (وذكرت وكالة سبوتنيك أن الخارجية الروسية أعلنت), an unnamed source whose nisba is
        not ``own``'s state (وقالت مصادر دبلوماسية إن الولايات المتحدة رفضت), or an actor of
        another state (وأشار ماس إلى أن تركيا شددت). A state's own speaker speaking of it (وأكد
        لافروف أن روسيا تدعم) and a headline's label keep the words his."""
        lexicon = self.lexicon
        if lexicon.actors[own.actor_id].type not in SPEAKING_BODIES:
            return False  # إن مرتزقة فاغنر يهددون الاستقرار: an armed group threatens, it tells nothing
        state = affiliation_root(lexicon, own.actor_id)
        if main.actor_id:
            if _outlet(main, lexicon):
                return True
            return (affiliation_root(lexicon, main.actor_id) != state
                    and own.actor_id not in _own_side(lexicon, main.actor_id)
                    and main.actor_id not in _own_side(lexicon, own.actor_id))
        if main.how != "unnamed" or not main.name:
            return False  # موعود: …, an unlisted name carried: whose side is not known
        nisbas = state_nisbas(lexicon)
        for word in main.name.split():
            word = normalise_word(word)
            stem = word[:-2] if word.endswith(("ون", "ين")) else word
            if nisbas.get(stem) == state or nisbas.get(word) == state:
                return False  # وقال المسؤولون الأمريكيون إن الولايات المتحدة لاحظت: their own state
        return True

    def _contrasted_subject(self, cue_first: int) -> bool:
        """Whether the subject ending right before the verb at ``cue_first`` (past قد) follows a
        turn of the narration, a connector of contrast or of a second main clause (language/
        contrast.txt, whereas.txt: إلا أن، غير أن، بينما), outside any quotation: what it says is
        its own statement, not the last speaker's. Only the tokens before the subject are read."""
        tokens, language = self.tokens, self.lexicon.language
        end = cue_first
        while end - 1 > 0 and tokens[end - 1].norm in ("قد", "لقد"):
            end -= 1
        subject = self.finder.mention_ending.get(end)
        if subject is None or in_spans(tokens[subject.first_token].start, self.prepared.quotes) is not None:
            return False
        return _after_whereas(tokens, subject.first_token, language.contrast | language.whereas)

    def speaker_of_statement(self, match, sentence, main, previous, said_from: int = -1,
                             sourced: int = -1) -> Speaker | None:
        cue: Cue = match.payloads[0]
        finder = self.finder
        if _hypothetical(self.tokens, match.first, sentence, self.lexicon.language.conditionals):
            return None  # ما إذا طلبت الحكومة الضربات: a supposition, nobody asked or said anything
        if _drawing_attention(self.tokens, match, sentence):
            return None  # أن دور موسكو يلفت انتباه واشنطن: the role draws attention, nobody speaks
        if self._charged_passive(match, sentence):
            return None  # وتُتهم بارتكاب فظاعات: accused, by nobody named; the subject is the accused
        if _undisclosed(self.tokens, match, sentence, self.lexicon.language) and not self._named_right_after(match):
            # ولم يكشف موعد الزيارة: the narration notes what was not told, nobody speaks; a
            # subject named right after the verb (ولم يحدد المسؤول …، لكنه ذكر أن) is kept, the
            # sentence's later verb going on with it
            return None
        if cue.cue_type == "relay":
            # ونقلت الوكالة عن السفير قوله، after a statement of Aganin: the title refers back
            # as after any verb of saying
            relayed = finder.relayed(match.last, sentence)
            quiet, finder.quiet_titles = finder.quiet_titles, True
            relayer = finder.after(match.last, sentence)
            finder.quiet_titles = quiet
            if relayer is not None:
                self.note_relayer(relayer)  # نقلت صحيفة “…” عن مصادر … وأضافت الصحيفة: the paper
            return self._referred_back(relayed, main) or relayed
        issuer = self._in_document(match, sentence)
        if issuer is not None:
            return issuer  # أصدرت الخارجية بياناً أكدت فيه: the issuer of the statement speaks
        described = self._described_document(match, sentence)
        if described is not None:
            # بيانًا عن مجلس الأمن يدعو الجيش: the document calls, the army is called on
            return described or None
        if _carries_document(self.tokens, match, cue, sentence, self.lexicon.language):
            return None  # في بيان صحفي أوردته وكالة سبوتنيك: the agency carried the statement, it made none
        if match.form == "split" and match.first + 1 < sentence.last_token and _resumptive(self.tokens[match.first + 1].norm):
            # ونشر رسالة عبر مواقع التواصل عبر فيها عن شكره: the pronoun's antecedent is the
            # object, so the subject is the one the sentence or the article goes on with
            named = main if main is not None else previous
            return Speaker(named.actor_id, named.name, "carried") if named is not None else None
        if match.form == "split":
            # وعبر المندوب الروسي عن قلقه: an unnamed subject may refer back like any other
            subject = _split_subject(finder, match.first, sentence, normalise_word(cue.cue).split()[1])
            return self._referred_back(subject, main) or subject
        adjective = finder.nisba(match.last, sentence.last_token)
        if adjective is not None:
            return adjective  # نفي روسي جديد: a noun of speech with a state's adjective, the state speaks
        if cue.cue_type == "source":
            if _pronoun_after(self.prepared, match.last, sentence):
                # ووفقا له، فإن…: the source is the one just quoted, in this sentence or the last
                named = main if main is not None else previous
                return Speaker(named.actor_id, named.name, "carried") if named is not None else None
            source = finder.source(match.last, sentence)
            self._note_source_document(match.last, sentence, source)
            source = self._document_issuer(source) or self._issuer(source, previous)
            # وبحسب المجلة الفرنسية، after كشفت مجلة لوبوان الفرنسية: a source refers back as a subject does
            source = self._referred_back(source, main) or source
            if source is not None and (self._unnamed_document(source) or self._bare_reference(source, main)):
                return None  # وبحسب بيان الجهاز، أسفرت: a document nobody is named for is no speaker
            return source
        if main is None and previous is not None:
            quote = in_spans(self.tokens[match.first].start, self.prepared.quotes)
            if quote is not None and quote[0] < self.tokens[sentence.first_token].start:
                # “القوات تتدفق إلى القاعدة. تقول هيئة تحرير الشام إنهم سيغادرون”: a speaker
                # inside a quotation opened in an earlier sentence is part of what is quoted
                return Speaker(previous.actor_id, previous.name, "quote_owner")
        if self._passive(cue):
            # وتمت الإشارة إلى أهمية الحوار: a readout's passive names no subject of its own
            return self._passive_speaker(match, sentence, main, previous)
        relative = None if _participle(cue) else self._relative(match, sentence)
        if relative is MASCULINE_AFTER_FEMININE:
            return Speaker(main.actor_id, main.name, "carried") if main is not None else None
        # قال الوزير إن …، ردا على تصريحات X التي أقر فيها بأن: a verb with the pronoun of a noun
        # of speech is its owner's, inside the speaker's clause or not (_speech_owner)
        owned = match.last < sentence.last_token and _resumptive(self.tokens[match.last].norm)
        if relative and main is not None and (relative.actor_id or relative.name) != (main.actor_id or main.name) \
                and self._inside_clause(said_from, match.first) and not owned:
            # وأعرب سيالة عن أمله في أن تحذو موسكو حذو القاهرة التي وعدت بفتح سفارتها: the
            # antecedent inside what the sentence's speaker says is told of by him, it says nothing
            return Speaker(main.actor_id, main.name, "carried")
        if relative is not None:
            # لافروف، الذي توقع أن…: the antecedent speaks; القرار الذي صرح بالتدخل: nobody does
            return relative or None
        if _participle(cue):
            # منتقدًا المجلس الرئاسي: a circumstantial participle goes on with the clause's
            # subject; what follows it is its object (the one criticised), never a speaker.
            own = None
        else:
            # A subject that opens the sentence and reaches the verb is its subject (الدبيبة
            # يتوعد روسيا): what follows the verb is then its object, not a speaker.
            # A subject set off by a comma (أن بوغدانوف، أكد) comes last: في موسكو، قالت الخارجية
            # names its speaker after the verb.
            # وبحسب وكالة سبوتنيك قال لافروف: the source phrase reaches the verb, so the name right
            # before it is the source's, and the verb's own subject follows it
            conjoined = _conjoined(match, self.prepared) or self._source_reaches(sourced, match.first)
            # أما المشري فأكد: the topic before أما's ف is the subject, conjunction and all;
            # ونفى الأخير: the actor named last; حفتر يلتقي لافروف ويدعو موسكو: a headline's
            # second verb goes on with the name that opens it, nobody quoted before
            own = ((finder.headline_subject(match.first, sentence) if main is None and said_from < 0 else None)
                   or finder.latter(match.first, match.last, sentence) or finder.topic(match.first, sentence)
                   or finder.already_named(match.first, sentence)  # وسبق لزاخاروفا أن انتقدت
                   or (None if conjoined else finder.relative_subject(match.first, sentence) or finder.before(match.first, sentence))
                   or finder.fronted(match.first, sentence)
                   or (None if conjoined else finder.opened_subject(match.first, sentence))
                   or (None if self._pronoun_subject(match.first, sentence) or _object_in_cue(match, cue)
                       else finder.after(match.last, sentence))
                   # وتعليقا على تصريح لافروف، قال رجل الأعمال الروسي يفغيني بريغوجين إن: the
                   # listed name closing the verb's subject speaks, not the name before the comma
                   or (self._apposed_person(match, sentence) if not conjoined else None)
                   or (None if conjoined else finder.before(match.first, sentence, comma=True)))
            if own is not None and own.how == "after_verb" and match.first in finder.first_person:
                own = None  # المسماري: طالبنا روسيا بدعم…: «we» asked, the actor after the verb is asked
            told = self._told_outlet(match, own, sentence)
            if told is not False:
                own = told  # وأبلغت رويترز "…": the outlet is the one told, the subject is dropped
            if own is not None and self._called_on(match, own, main, sentence):
                own = None  # أكدت الحكومة التزامها، ودعت روسيا إلى التهدئة: Russia is called on
            if own is None and _saying_verb(match, self.prepared, self.lexicon) and not _object_in_cue(match, cue):
                # وقال أستاذ العلوم السياسية خالد المنتصر إن…: an explicit subject nobody listed is
                # kept as written, never replaced by the previous speaker
                own = finder.explicit_subject(match.last, sentence)
            if own is None and not _object_in_cue(match, cue):
                # وأوضحت النشرة الرسمية أن …: a definite noun nobody listed stands between the verb
                # and what is said; it is the verb's subject, a new speaker, so the last one
                # quoted is not carried past it (att54)
                own = self._definite_subject(match, sentence)
            if own is not None and own.how in ("after_verb", "unlisted", "unnamed") and self._accused(match, own, sentence):
                own = None  # واتهمت فاغنر بارتكاب جرائم: Wagner is the accused, not the accuser
            if own is not None and self._uncommented(match, own, sentence):
                return None  # وعلقت شركة تاتنفت عملياتها: suspended, not commented
            if own is None and self._uncommented(match, Speaker("", "", "", match.last), sentence):
                return None  # وأكمل الإجراءات: completed, nobody goes on speaking
            if own is not None and main is not None and self._said_by(own, main, said_from, match.first):
                # قال لوكاشيفيتش إن روسيا ترى أن…: a state or body inside what a speaker says is
                # what he says of it, not a statement of its own
                return Speaker(main.actor_id, main.name, "in_statement", own.after_token)
        referred = self._referred_back(own, main)
        if referred is not None:
            return referred
        own = self._going_on_source(match, own, previous) or self._issuer(own, previous)
        if self._bare_reference(own, main):
            return None  # وأفاد الموقع بأن… with no site named before: nobody named, no statement
        if own is not None:
            return own
        described = finder.described_group(match.first, sentence) if main is None else None
        if described is not None:
            return described  # ظهرت تقارير إعلامية تحدثت عن …: the reports the verb describes speak
        if cue.holder == "subject":
            return None  # وقد عُلّقت العقود: علق speaks only with its own subject (علقت الخارجية)
        if self._adjectival(match, sentence):
            return None  # قمة دعت إليها كلا من …: a clause describing the summit, nobody carried into it
        if self._pluperfect_with_subject(match, sentence):
            return None  # وكانت مفوضية الانتخابات قد أعلنت: the commission announced, nobody quoted before
        asked = self._asked_one(match, sentence, finder)
        if asked is not None:
            return asked  # وسأل الصحفيون بيسكوف عن …، فأجاب بأن: the one asked answers
        if main is not None:
            return Speaker(main.actor_id, main.name, "carried")
        if _participle(cue) and previous is not None:
            opened = in_spans(self.tokens[sentence.first_token].start, self.prepared.quotes)
            if opened is not None and opened[0] < self.tokens[sentence.first_token].start:
                # قائلا: “.. هجوم روسيا انتهاك واضح” مصرحا: a participle after the end of a quotation
                # opened in an earlier sentence goes on with whoever is quoted, not a name inside it
                return Speaker(previous.actor_id, previous.name, "carried")
        fronted = finder.fronted(match.first, sentence)
        if fronted is not None:
            return fronted
        if _participle(cue) or self._joined_after_comma(match, sentence) or self._joined_to_subject(match, sentence):
            # وأصدرت السفارة الروسية تحذيراً، مشددة على…: the participle goes on with the subject of
            # the verb that opens the sentence, although that verb reports nothing; so does a verb
            # joined by و after a comma (وتزور ميركل روسيا للمرة الأولى، وأشادت بجهود موسكو)
            clause = finder.opening_subject(sentence, match.first)
            if clause is None and not _participle(cue):
                # روسيا قد منعت القرار، وأكدت أن: the subject that opens the sentence before its verb
                clause = finder.subject_first(sentence, match.first)
            if clause is not None:
                # وأرجع الموقع التشابه …، مشيرا: a bare site (or title) there refers back as a
                # verb's subject does, to the outlet named before it
                referred = self._referred_back(clause, None)
                return clause if referred is None else replace(referred, how="opening_subject")
        narrated = self._narrated_subject(match)
        if narrated is not None:
            return narrated
        if self._pluperfect_with_subject(match, sentence, after_qad=False):
            # وكان الرئيس الروسي قد قبل أوراق سفراء جدد: a narration with a subject of its own
            return None
        if self._describes_noun(match, sentence):
            return None  # بعد تقارير واسعة النطاق تفيد بأن: the reports tell, nobody quoted before
        if (previous is not None and not self._writers_note(sentence) and not self._plural_after_one(match, previous)
                and not self._resolution_opens(match, sentence)):
            return Speaker(previous.actor_id, previous.name, "carried")
        return None  # كتب: محمد علي, وأكد with nobody quoted before: no speaker, no statement

    def _clause_follows(self, index: int, sentence: Sentence) -> bool:
        """Whether what is said opens at ``index``: أن، إنه، a colon, a quotation mark, or على
        before أن (وأكد القرار على أن: أكد and شدد take it behind على). Two tokens are read."""
        if index >= sentence.last_token:
            return False
        word = self.tokens[index].norm
        if word in SAID_THAT or word == ":" or word in QUOTE_MARKS:
            return True
        return word == "علي" and index + 1 < sentence.last_token and self.tokens[index + 1].norm in SAID_THAT

    def _resolution_opens(self, match, sentence: Sentence) -> bool:
        """Whether the sentence opens with a verb whose subject, right after it, is a resolution
        or its draft (language/resolutions.txt) and the cue is that verb or comes after it: what the
        sentence says is the resolution's, not the words of whoever was quoted before (the envoy
        who regretted the vote: «ونص مشروع القرار على تمديد ولاية البعثة»; «وصدر القرار … ويجدد»).
        A feminine past verb before a masculine one has it as its object («وأيدت القرار»), and
        the rule does not apply, nor where a demonstrative follows it: «وأكد القرار هذا أن» is the
        speaker before confirming this decision. Only the sentence's first tokens are read."""
        tokens = self.tokens
        first = sentence.first_token
        if match.first < first or first + 1 >= sentence.last_token or not tokens[first].is_word:
            return False
        verb = tokens[first].norm
        language = self.lexicon.language
        bare = verb[1:] if verb[:1] in ("و", "ف") and len(verb) > 2 else verb
        if any(word in language.prepositions or word in language.topic_prepositions or word in language.function_words
               or word in language.clause_openers for word in (verb, bare)):
            return False  # وعن القرار، قال إن: what he speaks about, the speaker before goes on
        for phrase in language.resolutions:
            parts = phrase.split()
            end = first + 1 + len(parts)
            if end > sentence.last_token or [tokens[k].norm for k in range(first + 1, end)] != parts:
                continue
            if end < sentence.last_token and tokens[end].norm in DEMONSTRATIVES:
                return False
            if first in self.finder.cue_tokens and not self._clause_follows(end, sentence):
                # ووصف القرار بأنه منحاز، وانتقد القرار وقال: a verb of saying or judging takes the
                # resolution as its object unless what is said follows it at once (وأكد القرار أن)
                return False
            feminine = parts[0].endswith("ه")
            return not (verb.endswith("ت") and len(verb) > 3 and not feminine)
        return False

    def _plural_after_one(self, match, previous: Speaker) -> bool:
        """Whether a verb in the plural (وأشاروا، وأضافوا) would go on with one listed person: a
        plural verb with no subject of its own goes on with a group, never with one man or woman
        (قال التقرير … وأشاروا إلى أن: the researchers the report quotes, not the report's author)."""
        word = self.tokens[match.first].norm
        if not (word.endswith("وا") and len(word) > 4):
            return False
        actor = self.lexicon.actors.get(previous.actor_id) if previous.actor_id else None
        return actor is not None and actor.type == "person"

    def _definite_subject(self, match, sentence: Sentence) -> Speaker | None:
        """The definite words right after a verb of saying, up to the clause of what is said (أن،
        إن، a quotation mark or a colon), when no rule named anyone there: ``وأكد التلفزيون: "…"``,
        ``وأكدت الهيئة العليا أن`` → the words as written (an unnamed speaker). One to three words,
        each with the article, the first no adverb of time (وأكد اليوم أن), no word behind a
        preposition and no verb of telling before them (وأبلغ الصحفيين أن: the ones told); بأن
        is not read as the clause (ونفى الاتهامات بأن: the object and its content). A verb after a
        relative pronoun or ما has its subject before it (ومما يلفت النظر أن). (att54)"""
        tokens, language, finder = self.tokens, self.lexicon.language, self.finder
        if match.last - match.first != 1 or _participle(match.payloads[0]):
            return None
        verb = tokens[match.first].norm
        if any(stem in language.telling for stem in (verb, verb[1:] if verb[:1] in ("و", "ف") else verb)):
            return None
        before = tokens[match.first - 1].norm if match.first > sentence.first_token else ""
        if _stem(before) in language.relatives or before in ("ما", "مما", "وما", "ومما"):
            return None  # ومما يلفت النظر أن: the verb's subject is the pronoun before it, the noun its object
        first = match.last
        for index in range(first, min(sentence.last_token, first + 4)):
            token = tokens[index]
            if index > first and self._clause_follows(index, sentence):
                # the words before أن (or على أن: وأكد القرار على أن) are the subject
                return Speaker("", self.prepared.text[tokens[first].start:tokens[index - 1].end], "unnamed", index)
            if (not token.is_word or not has_article(token.norm, min_length=4) or index in finder.cue_tokens
                    or index in finder.mention_at or index in finder.title_spans
                    or token.norm in language.adverbs or token.norm in language.weekdays
                    or finder._prepositional_at(index)):
                return None
        return None

    def _apposed_person(self, match: Match[Cue], sentence: Sentence) -> Speaker | None:
        """A listed person whose name closes the explicit subject of a verb of saying, after a
        description no rule reads as a title (SpeakerFinder.explicit_subject): «قال رجل الأعمال
        الروسي يفغيني بريغوجين إن» → Prigozhin. None for anything else."""
        cue = match.payloads[0]
        if not _saying_verb(match, self.prepared, self.lexicon) or _object_in_cue(match, cue):
            return None
        own = self.finder.explicit_subject(match.last, sentence)
        return own if own is not None and own.actor_id else None

    def _asked_one(self, match: Match[Cue], sentence: Sentence, finder: SpeakerFinder) -> Speaker | None:
        """The one a verb of asking earlier in the sentence asked, for a verb of answering with no
        subject of its own: ``وسأل الصحفيون بيسكوف عما إذا …، فأجاب بأن`` → Peskov (the asker's
        phrase is passed, the one after it is the answerer). None for anything else."""
        tokens = self.tokens
        word = tokens[match.first].norm
        if (word[1:] if word[:1] in ("و", "ف") else word) not in ANSWERING:
            return None
        for k in range(sentence.first_token, match.first):
            word = tokens[k].norm
            if (word[1:] if word[:1] in ("و", "ف") else word) in ASKING:
                asker = finder.after(k + 1, sentence)
                if asker is None or asker.after_token >= match.first:
                    return None
                asked = finder.phrase(asker.after_token, match.first, how="after_verb")
                return replace(asked, how="carried") if asked is not None else None
        return None

    def _inside_clause(self, said_from: int, cue_first: int) -> bool:
        """Whether a clause of what was said (إن، أن، بأن) opens between the end of the sentence's
        last statement's cue and the verb at ``cue_first``: the verb is in that statement. Only
        the tokens between them, within the sentence, are read."""
        if said_from < 0:
            return False
        return any(self.tokens[k].norm in SAID_CLAUSE_OPENERS for k in range(said_from, cue_first))

    def _joined_after_comma(self, match, sentence: Sentence) -> bool:
        """Whether the verb at ``match`` is joined by و right after a comma inside its sentence
        (…، وأشادت) with no definite noun or name after it: a second clause of the sentence's
        opening subject. Three tokens are read."""
        first, after = match.first, match.last
        if after < sentence.last_token and (has_article(self.tokens[after].norm, min_length=4)
                                            or after in self.finder.mention_at or after in self.finder.title_spans):
            return False  # وأكد الأخير، وأكد الوزير: a subject of its own, found or not
        return (first > sentence.first_token + 1 and self.tokens[first].norm[:1] == "و"
                and self.tokens[first - 1].norm in ("،", ","))

    def _charged_passive(self, match, sentence: Sentence) -> bool:
        """Whether a verb of accusing (language/charging.txt) has the charge right after it behind ب,
        no object between: the passive, ``وتُتهم بارتكاب فظاعات`` (is accused of), which no one
        says; the active names the accused first (اتهمت روسيا الغرب بتأجيج، واتهمها بالتصعيد).
        The nouns of the list (اتهامات بارتكاب) are left to speech_noun. One token read. (att55)"""
        if match.last - match.first != 1:
            return False
        tokens, language = self.tokens, self.lexicon.language
        if not any(stem in language.charging and not stem.startswith("اتهام")
                   for stem, _ in proclitic_readings(tokens[match.first].norm)):
            return False
        index = self.finder._skip(match.last, sentence.last_token)
        if index >= sentence.last_token or not tokens[index].is_word or index in self.finder.mention_at:
            return False
        word = tokens[index].norm
        return word[:1] == "ب" and len(word) > 3 and word[1:] in language.common_words

    def _joined_to_subject(self, match, sentence: Sentence) -> bool:
        """Whether the verb at ``match``, joined by و with no comma, follows right on the subject of
        the verb that opens the sentence: ``ابتسم وزير الخارجية السعودي وقال لنظيره`` (the minister
        smiled and said). The subject is an actor named right after that opening verb and ending
        right before this one, so nothing (no object, no clause) stands between; an object between
        (استقبل السيسي الوزير وقال) is refused. (att55)"""
        first = match.first
        if not _conjoined(match, self.prepared) or first - 1 <= sentence.first_token:
            return False
        verb = self.finder._past_preface(sentence, first)
        subject = self.finder.mention_ending.get(first)
        if subject is not None:
            return subject.first_token == verb + 1 and self.finder.opening_subject(sentence, first) is not None
        return self._object_between(verb, first, sentence)

    def _object_between(self, verb: int, first: int, sentence: Sentence) -> bool:
        """Whether only the opening verb's subject and its object or prepositional phrase stand
        before a verb joined by و with no comma: ``واستقبل الدبيبة السفير الروسي وأكد أهمية
        التعاون``, ``وسارعت موسكو إلى التعليق على التقرير ونفت صحته`` (the one who received, who
        hastened, goes on). Coordinated verbs share their subject; the object after the opening verb
        never governs the second verb without being named again. The opening word must be a verb
        of narration, no cue (a statement of its own is ``main``); between its subject and the verb,
        one to OBJECT_BETWEEN tokens, no mark, clause opener, relative or cue."""
        tokens, language = self.tokens, self.lexicon.language
        if verb in self.finder.cue_tokens:
            return False
        opening = self.finder.opening_subject(sentence, first)
        if opening is None or opening.after_token < 0 or not 0 < first - opening.after_token <= OBJECT_BETWEEN:
            return False
        for index in range(opening.after_token, first):
            word = tokens[index].norm
            if (not tokens[index].is_word or index in self.finder.cue_tokens or word in language.clause_openers
                    or word in language.relatives or word[1:] in language.relatives):
                return False
        return True

    # A verb of calling joined by و to the sentence's statement keeps its subject, and the actor
    # after it is the one called on: والثلاثاء أكدت الحكومة التزامها، ودعت روسيا إلى التهدئة.
    def _called_on(self, match, own: Speaker, main: Speaker | None, sentence: Sentence) -> bool:
        """Whether the actor right after a verb of calling (language/calling.txt) behind و is the
        one called on: the sentence already has a statement of another speaker, the verb is one
        word after a comma, and إلى follows the actor at once. A body nobody listed is called on
        the same way (اعترفت روسيا بالمجلس، ودعت المجلس إلى القيام بإصلاحات). Only the verb's
        neighbours are read."""
        if main is None:
            return False
        if own.how == "after_verb":
            if not own.actor_id or own.actor_id == main.actor_id:
                return False
        elif own.how not in ("unlisted", "unnamed") or own.actor_id:
            return False
        tokens = self.tokens
        verb = tokens[match.first].norm
        if match.last - match.first != 1 or verb[:1] != "و" or verb[1:] not in self.lexicon.language.calling:
            return False
        if match.first - 1 <= sentence.first_token or tokens[match.first - 1].norm not in ("،", ","):
            return False
        return own.after_token < sentence.last_token and tokens[own.after_token].norm in ("الي", "لـ")

    # يذكر أن الناطق باسم القوات اعترف بوجود قوات أجنبية: the writer's note; when no rule names the
    # verb's subject, the speaker of the sentences before does not say it either.
    def _writers_note(self, sentence: Sentence) -> bool:
        """Whether the sentence opens with a phrase of language/writers_notes.txt. Only its first
        NOTE_WORDS words are read."""
        words = [self.tokens[i].norm for i in range(sentence.first_token, min(sentence.last_token, sentence.first_token + NOTE_WORDS))]
        return any(words[:len(parts)] == parts for parts in (phrase.split() for phrase in self.lexicon.language.writers_notes))

    def _pronoun_subject(self, cue_first: int, sentence: Sentence) -> bool:
        """Whether the verb at ``cue_first`` follows a clause opener carrying its subject as a
        pronoun (إنها رصدت، أنهم أكدوا): the noun after the verb is its object (وقالت المؤسسة إنها
        رصدت تسربا: no speaker «تسربا»). Only the token before the verb is read."""
        if cue_first <= sentence.first_token:
            return False
        word = self.tokens[cue_first - 1].norm
        word = word[1:] if word[:1] in ("و", "ف", "ل", "ب") and len(word) > 3 else word
        return word in PRONOUN_OPENERS

    def _told_outlet(self, match, own: Speaker | None, sentence: Sentence) -> Speaker | None | bool:
        """For a verb of telling (language/telling.txt) with a listed outlet right after it, the
        outlet being the one told: the subject named right after the outlet (وأبلغ رويترز مسؤول
        ليبي أن → the official), or None when a quotation or a clause follows it and the subject is
        the speaker just quoted (وأبلغت رويترز "نقوم …"). False when the rule does not apply.
        The outlet is the phrase right after the verb (its finder is after_verb). Only the verb,
        the outlet's phrase and the subject phrase after it are read."""
        if own is None or own.how != "after_verb" or not own.actor_id or match.last - match.first != 1:
            return False
        if self.lexicon.actors[own.actor_id].type != "media":
            return False
        verb = self.tokens[match.first].norm
        telling = self.lexicon.language.telling
        if verb not in telling and not (verb[:1] in ("و", "ف") and verb[1:] in telling):
            return False
        after = own.after_token
        if after >= sentence.last_token:
            return False
        word = self.tokens[after].norm
        if word in QUOTE_OPENERS or word == ":" or word in self.lexicon.language.clause_openers:
            return None  # the words told follow the outlet: the subject is the one quoted before
        subject = self.finder.after(after, sentence)
        if subject is None or not (subject.actor_id or subject.how in ("unnamed", "unlisted")):
            return False
        return subject

    def _pluperfect_with_subject(self, match, sentence: Sentence, *, after_qad: bool = True) -> bool:
        """Whether the sentence opens with an auxiliary (language/pluperfect.txt) and a word of its
        own after it, and (``after_qad``) the verb follows قد: ``وكانت مفوضية الانتخابات في ليبيا،
        قد أعلنت`` has its subject between the two, whether or not anyone can name it, so nobody
        quoted before is carried into it (``وكان قد أكد`` has none and goes on). Without
        ``after_qad`` any later verb of the sentence: ``وكانت الصحيفتان قد نشرتا تقارير، لكن
        الأمم لم تؤكد`` narrates what others did. Only the sentence's first two tokens and the one
        before the verb are read."""
        tokens = self.tokens
        first, qad = sentence.first_token, match.first - 1
        if qad <= first + 1 or (after_qad and tokens[qad].norm != "قد"):
            return False
        if not any(stem in self.lexicon.language.pluperfect for stem, _ in proclitic_readings(tokens[first].norm)):
            return False
        subject = tokens[first + 1]
        return subject.is_word and subject.norm != "قد" and first + 1 not in self.finder.cue_tokens

    def _describes_noun(self, match, sentence: Sentence) -> bool:
        """Whether an imperfect verb (ي or ت first, no و) inside the sentence follows a noun with
        no pronoun or particle between: ``حكومات غربية تقول إن``، ``تقارير واسعة النطاق تفيد
        بأن`` — the noun is its subject, named or not, so nobody quoted before is carried into
        it. So does one that opens the sentence with no و (``تشير الصور إلى أن``): its subject
        follows. Only the word before the verb is read."""
        tokens, language = self.tokens, self.lexicon.language
        before = match.first - 1
        verb = tokens[match.first].norm
        if verb[:1] not in ("ي", "ت") or match.first in self.finder.first_person:
            return False
        if match.first == sentence.first_token:
            # تشير الصور إلى أن: an imperfect with no و opens the sentence, its subject follows
            return verb not in language.continuing_verbs
        if before <= sentence.first_token:
            return False
        word = tokens[before].norm
        if not tokens[before].is_word or before in self.finder.cue_tokens:
            return False
        return not (word in language.function_words or word in language.clause_openers or word in language.adverbs
                    or word in language.negators or word in language.prepositions or word in language.relatives)

    def _passive(self, cue: Cue) -> bool:
        """Whether a cue is a readout's passive (language/passive_auxiliaries.txt): «تمت الإشارة»,
        «جرى التأكيد», "it was pointed out"."""
        head = normalise_word(cue.cue.split()[0])
        return head in self.lexicon.language.passive_auxiliaries

    def _passive_speaker(self, match, sentence: Sentence, main: Speaker | None,
                         previous: Speaker | None) -> Speaker | None:
        """Who said what a readout's passive reports: the agent after «من قبل» (وتم التأكيد على بدء
        المشروع من قبل مصدر في الشركة), else the speaker of the statement read out, this sentence's or
        the last one before it (أكدت الخارجية … . كما تمت الإشارة إلى …). The words after the cue are
        what was said, never its subject, and a narration's subject is not carried into it (أجرى
        لافروف محادثات مع … . وتمت الإشارة: both sides, or the page that issued the readout)."""
        tokens, finder = self.tokens, self.finder
        for index in range(match.last + 1, min(sentence.last_token - 1, match.last + AGENT_REACH)):
            if tokens[index].norm == "من" and tokens[index + 1].norm == "قبل":
                mention = finder.mention_at.get(index + 2)
                if mention is not None and mention.actor_id:
                    return finder._known(mention, "after_verb")
                return finder.phrase(index + 2, sentence.last_token, how="after_verb")
        named = main if main is not None else previous
        if named is None or self._writers_note(sentence):
            return None
        return Speaker(named.actor_id, named.name, "carried")

    def _narrated_subject(self, match) -> Speaker | None:
        """The person a narration sentence right before opens with as its verb's subject, for a
        verb of saying with no subject of its own: ``واستقبل الدبيبة السفير الروسي. وأكد خلال
        اللقاء …`` → al-Dbeibah, not the last one quoted. A verb that goes on with the previous
        speaker (language/continuing_verbs.txt: وأضاف، وتابع) keeps him; a body or a state that
        opens the narration (وتشهد ليبيا …) is background, never taken. One sentence back only."""
        sentence = self.narration
        if sentence is None:
            return None
        word = self.tokens[match.first].norm
        verbs = self.lexicon.language.continuing_verbs
        if word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs):
            return None
        subject = self.finder.opening_subject(sentence, sentence.last_token)
        if subject is None:
            return None
        if subject.actor_id:
            person = self.lexicon.actors[subject.actor_id].type == "person"
        else:  # a name nobody listed, not a body nobody listed (السفارة الروسية)
            person = subject.how == "unlisted" and bare_word(normalise_word(subject.name.split()[0])) not in self._institution_heads
        if not person:
            return None
        return Speaker(subject.actor_id, subject.name, "narrated_subject")

    def _clause_subject(self, match, sentence: Sentence) -> Speaker | None:
        """The subject right before an evaluative verb (before_verb), unless it opens the clause
        of a verb of saying in this sentence whose speaker no rule found: in ``وأكد الحكيم أن
        المجلس الرئاسي يدعم الحوار`` the council's support is what the unknown speaker says, not
        a statement of the council's own. Two tokens read. (att38)"""
        own = self.finder.before(match.first, sentence)
        if own is None or not (sentence.first_token <= self.unspoken_verb < match.first):
            return own
        subject = self.finder.mention_ending.get(own.after_token)
        start = subject.first_token if subject is not None else -1
        return None if start > self.unspoken_verb and self.tokens[start - 1].norm in self.lexicon.language.clause_openers else own

    def _speech_noun_name(self, speaker: Speaker) -> bool:
        """Whether an unnamed speaker kept as written is headed by a noun of speech
        (language/speech_nouns.txt): ``تصريح خطير``، ``تصريحات نارية`` label the words, they say nothing."""
        words = speaker.name.split()
        return bool(words) and any(stem in self.lexicon.language.speech_nouns
                                   for stem, _ in proclitic_readings(normalise_word(words[0])))

    def speaker_of_evaluation(self, match, sentence, said: _Statements, previous, opener=None,
                              going_on: Stance | None = None) -> Speaker | None:
        cue: Cue = match.payloads[0]
        quote = in_spans(self.tokens[match.first].start, self.prepared.quotes)
        before = said.before_token(match.first)
        # الحكومة التي تدعمها الأمم المتحدة: a relative clause in the narration describes the
        # government; the UN makes no statement there
        after_relative = (match.first - 1 > sentence.first_token
                          and _stem(self.tokens[match.first - 1].norm) in self.lexicon.language.relatives)
        headlined = before is None and opener is not None and match.first > opener[1]
        if quote is None and cue.holder == "subject" and before is None and not after_relative and not headlined:
            # انتقد الدبيبة ...، إدانة مصر: the cue names who takes the stance (not after a
            # headline's colon: زاخاروفا: موسكو تدعم الهدنة is hers, as the state's view in her statement)
            # مسؤول روسي يرحب بالاتفاق، لافروف ينتقد حفتر: a subject that opens the sentence and
            # reaches the verb is its subject, as for a reporting verb; what follows is the object
            own = (self.finder.nisba(match.last, sentence.last_token)  # ترحيب تركي بالاتفاق: Turkey welcomes
                   or self._clause_subject(match, sentence) or self.finder.fronted(match.first, sentence)
                   or self.finder.after(match.last, sentence))
            if own is not None:
                return own
        if quote is None and cue.holder == "quoted" and before is None and not after_relative and not headlined:
            # الخارجية الليبية تدين الهجوم، روسيا تعترف بالمجلس: a word that is a stance only in
            # someone's words is one when its subject opens the sentence and reaches it, the
            # shape of a headline or a lead; told anywhere else (الحكومة التي تؤيدها) it stays none
            own = self.finder.fronted(match.first, sentence) if not _told_in_past(self.tokens[match.first].norm) else None
            if own is not None and not own.actor_id and own.how == "unnamed" and self._speech_noun_name(own):
                own = None  # تصريح خطير لمسؤول: a headline's label of words, the noun of speech is no speaker
            if own is not None and (own.actor_id or own.how in ("unnamed", "unlisted")):
                return own
        if headlined:
            # لافروف: الوضع في ليبيا لا يزال صعبا — what follows a headline's colon is its speaker's
            # (an interview's answer, ج: …, keeps the interviewee carried into it)
            return Speaker(opener[0].actor_id, opener[0].name, "carried" if opener[0].how == "carried" else "headline")
        if quote is not None and after_relative and _third_party_object(self.tokens[match.last - 1].norm, cue):
            return None  # “… القوات المنافسة في طرابلس، التي يدعمها الجيش التركي”: as outside a quotation (below)
        if quote is not None:
            owner = said.around(quote[0], quote[1])
            if owner is not None:
                return Speaker(owner.actor_id, owner.name, "quote_owner")
            if previous is not None and not self._resolution_opens(match, sentence):
                # ونص مشروع القرار على "… ودعم البعثة": the draft's text, not the envoy quoted before
                return Speaker(previous.actor_id, previous.name, "carried")
            return None  # a quotation nobody is known to have said is no stance of anyone
        if before is not None:
            if after_relative and _third_party_object(self.tokens[match.last - 1].norm, cue):
                # قال المرصد إن المقاتلين يحاربون حكومة الوفاق التي تدعمها تركيا: a third party's
                # verb whose object is the antecedent describes it, in a statement as in the
                # narration; it is neither the speaker's stance nor the third party's statement
                return None
            return Speaker(before.actor_id, before.name, "in_statement")
        if match.last <= said.preface_end:
            # وفي تعليق ساخر على موقع تلغرام، قالت السفارة: the phrase before the verb describes
            # the statement, so its evaluation is the speaker's
            first = said.items[0][1]
            return Speaker(first.actor_id, first.name, "preface")
        if said.opening[0] <= match.first and match.last <= said.opening[1]:
            # وسعى الرئيس إلى طمأنة روسيا، واصفا إياها: the opening verb's clause, before the
            # participle that goes on with its subject, is that subject's act and stance
            first = said.items[0][1]
            return Speaker(first.actor_id, first.name, "opening_subject")
        if going_on is not None and self.tokens[match.first].start >= going_on.start:
            # قال لافروف إن الوضع صعب.. ونرفض التدخل: a sentence that goes on with the statement
            # before evaluates as its speaker, not in the article's voice
            return Speaker(going_on.speaker_id, going_on.speaker_name, "in_statement")
        if cue.holder == "quoted":
            return None
        return Speaker("", ARTICLE_VOICE, "article")

    def _going_on_source(self, match, speaker: Speaker | None, previous: Speaker | None) -> Speaker | None:
        """A definite source noun alone (المصدر، المصادر: generic_subjects.txt, with the article) as
        the subject of a verb that goes on (language/continuing_verbs.txt: وأضاف، وتابع) is the
        one who was speaking: ``وقالت الصفحة الرسمية للعملية إن … وأضاف المصدر أن …`` → the page;
        the last speaker introduced with that noun if there is one (as ``المصدر ذاته``). Only the
        verb and the subject's one word are read; None for anything else."""
        if speaker is None or previous is None or speaker.how != "unnamed" or speaker.actor_id:
            return None
        words = speaker.name.split()
        if len(words) != 1:
            return None
        word = normalise_word(words[0])
        language = self.lexicon.language
        head = bare_word(word)
        if not has_article(word, min_length=4) or head not in language.generic_subjects or head not in language.sources:
            return None
        verb = self.tokens[match.first].norm
        if verb not in language.continuing_verbs and not (verb[:1] in ("و", "ف") and verb[1:] in language.continuing_verbs):
            return None
        same = next((earlier for earlier in reversed(self.recent)
                     if earlier.name and _first_word(earlier.name) == head), previous)
        return Speaker(same.actor_id, same.name, "same_source", speaker.after_token)

    def _issuer(self, speaker: Speaker | None, previous: Speaker | None) -> Speaker | None:
        """A definite document standing for its issuer (``وأضاف البيان``، ``وفق البيان``) is the
        previous statement's speaker (``language/documents.txt``); anything else is kept."""
        if speaker is None or previous is None or speaker.how not in ("unnamed", "source") or speaker.actor_id:
            return speaker
        words = [normalise_word(word) for word in speaker.name.split()]
        language = self.lexicon.language
        heads = [bare_word(before) for before, word in zip(words, words[1:])
                 if word in language.same_reference and bare_word(before) in language.generic_subjects]
        # وأضافت ذات المصادر، وقال نفس المصدر: the same word written before the noun
        heads += [bare_word(word) for before, word in zip(words, words[1:])
                  if before in language.same_reference_before and bare_word(word) in language.generic_subjects]
        if heads:
            # وأضاف المصدر ذاته، بيان آخر للمصدر نفسه: the source just named, or the last one
            # introduced with that very noun (قال مسؤول ليبي …، وقال مسؤولون غربيون …، ووفقا
            # للمسؤول ذاته: the one official, not the Western officials just quoted)
            same = next((earlier for earlier in reversed(self.recent)
                         if earlier.name and _first_word(earlier.name) == heads[0]), previous)
            return Speaker(same.actor_id, same.name, "same_source", speaker.after_token)
        if len(words) >= 2 and words[0] in language.document_parts and words[1] in language.documents:
            words = words[1:]  # وتابع نص التعليق: the comment's wording is the comment
        if not words or words[0] not in self.lexicon.language.documents:
            return speaker
        nisbas = [word for word in words[1:] if is_nisba(word)]
        if nisbas and not self._own_state(nisbas, previous):
            return speaker  # وقال حفتر …، وأفاد البيان الروسي: another document, not his
        return Speaker(previous.actor_id, previous.name, "document", speaker.after_token)

    def _state_agrees(self, nisbas: list[str], person: Speaker) -> bool:
        """Whether a description's state adjectives (المسؤول الأمريكي) may describe ``person``:
        none are given, the lexicon ties him to no state, or they name his (_own_state)."""
        if not nisbas or not person.actor_id:
            return True
        root = self.lexicon.actors.get(affiliation_root(self.lexicon, person.actor_id))
        return root is None or root.type != "state" or self._own_state(nisbas, person)

    def _own_state(self, nisbas: list[str], previous: Speaker) -> bool:
        """Whether every adjective of a document (``وفق البيان الليبي``) names the state the previous
        speaker belongs to (al-Mismari → the army → Libya): the document is still his statement,
        told apart by its country from the other side's. Only the adjectives are looked up."""
        if not previous.actor_id:
            return False
        state = affiliation_root(self.lexicon, previous.actor_id)
        named = derived(self.lexicon, "definite state nisbas", state_nisbas)
        return all(named.get(word) == state for word in nisbas)

    def _unnamed_document(self, speaker: Speaker) -> bool:
        """Whether an unnamed speaker is an indefinite document that names nobody: وفقاً لتقرير
        سري، بحسب معلومات جديدة (language/issued.txt, its adjectives indefinite too). A definite
        noun or an unnamed group after it names the issuer (بحسب بيان الجهاز، تقرير خبراء
        مستقلين) and is kept, and so are plural reports (language/reports.txt: وفقًا لتقارير
        استخباراتية), unnamed sources as مصادر are."""
        if speaker.actor_id or speaker.how != "unnamed" or not speaker.name:
            return False
        words = [normalise_word(word) for word in speaker.name.split()]
        issued = self.lexicon.language.issued
        head = words[0] if words[0] in issued else _without_preposition(words[0])
        if head in self.lexicon.language.reports:
            return False
        subjects = self.lexicon.language.generic_subjects
        return (head in issued and not has_article(head, min_length=4)
                and not any(has_article(word, min_length=4) or word in subjects for word in words[1:]))

    def _refers_back(self, phrase: str, named: Speaker) -> bool:
        """Whether an unnamed phrase is a bare definite noun for a person (المسؤول، المتحدث,
        with a nisba at most: المسؤول الروسي) and ``named``, the speaker it would refer back to,
        is a person: a document (البيان) or a body's word stays as it is."""
        words = [normalise_word(word) for word in phrase.split()]
        language = self.lexicon.language
        if (not words or not has_article(words[0], min_length=4) or words[0] in language.documents
                or words[0] in language.institution_heads or words[0] in language.issued):
            return False  # الموقع، التقرير: an outlet or a document, never a person
        if words[0] not in language.generic_subjects or not all(is_nisba(word) for word in words[1:]):
            return False
        if words[0] in language.groups or bare_word(words[0]) in language.delegations:
            # وأشار الخبراء، وأوضح المسؤولون، وأعرب الوفد الروسي: a plural or a delegation is a
            # group, never the one person just named
            return False
        if named.actor_id:
            return self.lexicon.actors[named.actor_id].type == "person"
        # a body nobody listed (المكتب الإعلامي لرئيس الحكومة) is kept as unlisted too, and is no person
        # … or such a name already referred back to or carried (قال فيكتور بيلوف … وشدد الدبلوماسي
        # الروسي … ونوه الدبلوماسي: the second description is the same person as the first); an
        # unnamed phrase carried (مصدر عسكري) is no name
        first = bare_word(normalise_word(named.name.split()[0])) if named.name else ""
        if named.how in ("title_anaphora", "carried") and (
                first in language.generic_subjects or normalise_word(named.name.split()[0]) in language.generic_subjects):
            return False
        return named.how in ("unlisted", "title_anaphora", "carried") and bool(first) and first not in self._institution_heads

    def is_person(self, speaker: Speaker) -> bool:
        """Whether a speaker is one person: a listed person, or a name nobody listed that opens
        with no institution's head word (فيكتور أوزروف, not المكتب الإعلامي لرئيس الحكومة)."""
        if speaker.actor_id:
            actor = self.lexicon.actors.get(speaker.actor_id)
            return actor is not None and actor.type == "person"
        return (speaker.how == "unlisted" and bool(speaker.name)
                and bare_word(normalise_word(speaker.name.split()[0])) not in self._institution_heads)

    def _same_unnamed(self, phrase: str, earlier: Speaker) -> bool:
        """Whether a definite phrase (المسؤول المتمركز، الصحيفة الفرنسية) refers back to an
        unnamed speaker the article introduced with the same noun made indefinite (مسؤول أمني
        سوري، صحيفة «لو بوان» الفرنسية): its first word is that noun with the article, its other
        words are definite adjectives, and any nisba among them (السوري) is one of the earlier
        speaker's words. Only the phrase's and the speaker's own words are read."""
        if earlier.actor_id or not earlier.name:
            return False
        words = [normalise_word(word) for word in phrase.split()]
        if not words or not has_article(words[0], min_length=4) or words[0] in self.lexicon.language.documents:
            return False
        theirs = [normalise_word(word) for word in earlier.name.split()]
        definite = has_article(theirs[0], min_length=4)
        if earlier.how not in ("unnamed", "unlisted", "title_anaphora") and not (definite and earlier.how == "carried"):
            # the longer title goes on as itself after it was referred back to or carried: أكد موقع
            # “ميليتراي أفريكا” … وأوضح الموقع … وأردف الموقع: the second reference as the first
            return False
        if definite:
            # المتحدث باسم السفارة الروسية في لندن …، وقال المتحدث الروسي: the same definite
            # head, shortened to it and a nisba of the longer phrase (either gender)
            if bare_word(theirs[0]) != bare_word(words[0]) or len(theirs) <= len(words) or not any(map(is_nisba, words[1:])):
                return False
        elif bare_word(words[0]) != theirs[0]:
            return False
        bare_theirs = {bare_word(word) for word in theirs}
        bare_theirs |= {word[:-1] for word in bare_theirs if word.endswith("يه")}
        # مندوب روسيا لدى مجلس الأمن …، وأضاف المندوب الروسي: the nisba of the state the earlier
        # phrase names in construct is its own
        return all(has_article(word, min_length=4) and (not is_nisba(word) or bare_word(word) in bare_theirs
                                                        or nisba_of_named_state(self.lexicon, word, bare_theirs))
                   for word in words[1:])

    def _referred_back(self, own: Speaker | None, main: Speaker | None) -> Speaker | None:
        """The speaker an unnamed subject refers back to (a document's issuer, a title the last
        speakers hold, the same unnamed source, a bare noun for the person just named), or None."""
        if own is None or own.how not in ("unnamed", "unlisted"):
            return None
        issuer = self._document_issuer(own)
        if issuer is not None:
            return issuer  # ونشرت صحيفة نيويورك تايمز تقريراً … وأشار التقرير: the paper
        relayer = self._relayer(own)
        if relayer is not None:
            return relayer  # ذكرت وكالة إعلام روسية نقلا عن مصادر … وأضافت الوكالة: the agency
        words = [normalise_word(word) for word in own.name.split()[:2]]
        if self.delegation_head is not None and len(words) == 2 and words[0] in DELEGATION_TITLES and words[1] == "الوفد":
            # وفد ليبي برئاسة سيالة … وقال رئيس الوفد الليبي: the head named with برئاسة
            return replace(self.delegation_head, after_token=own.after_token)
        qualified = self._qualified_title_holder(own)
        if qualified is not None:
            # أجرى وزير الخارجية في حكومة الوفاق محمد سيالة زيارة … بدوره، قال وزير الخارجية في
            # حكومة الوفاق: the whole qualified title given him, not the last foreign minister who spoke
            return Speaker(qualified.actor_id, qualified.name, "introduced_title", own.after_token)
        # وأوضحت الناطقة أن…، after a statement of Zakharova: the title refers back to her,
        # also past a witness quoted in between (the last few speakers are tried, latest first)
        for earlier in reversed(self.recent):
            if self._holds_title(earlier, own.name):
                return Speaker(earlier.actor_id, earlier.name, "title_anaphora", own.after_token)
        issued = self._issued_by_title(own.name)
        if issued:
            # وأكد بيان المتحدثة الرسمية، after المتحدثة الرسمية …، مورغان أورتاغوس: the document
            # in construct with a title the last speakers hold is theirs
            for earlier in reversed(self.recent):
                if self._holds_title(earlier, issued):
                    return Speaker(earlier.actor_id, earlier.name, "title_anaphora", own.after_token)
        for earlier in reversed(self.recent):
            if self._same_unnamed(own.name, earlier):
                # قال مسؤول أمني سوري …، وأضاف المسؤول المتمركز عند البوابة: the definite noun
                # is the unnamed speaker introduced with it
                return Speaker("", earlier.name, "title_anaphora", own.after_token)
        body = self._named_body(own)
        if body is not None:
            # اجتمع مجلس الأمن الدولي أمس … . وحث المجلس الأطراف على: the body the narration named
            return body
        named = main if main is not None else (self.recent[-1] if self.recent else None)
        nisbas = [word for word in (normalise_word(word) for word in own.name.split()[1:]) if is_nisba(word)]
        if named is not None and self._refers_back(own.name, named) and self._state_agrees(nisbas, named):
            # وقال دينغوف إن…، وقال المسؤول: a bare definite noun for a person goes back to the
            # person just named
            return Speaker(named.actor_id, named.name, "title_anaphora", own.after_token)
        if named is not None and not self.is_person(named):
            # نفت روسيا …، إذ لفت السيناتور فيكتور أوزروف أن … . ويلفت المسؤول الروسي: the state
            # spoke first, but the bare noun for a person is the person who spoke after it (the
            # last few speakers are tried, latest first)
            for earlier in reversed(self.recent):
                if self.is_person(earlier) and self._refers_back(own.name, earlier) and self._state_agrees(nisbas, earlier):
                    return Speaker(earlier.actor_id, earlier.name, "title_anaphora", own.after_token)
        for earlier, titles in reversed(self.introduced if own.how == "unnamed" else ()):
            if _titled(own.name, titles):
                # استقبل المنفي السفير الإيطالي جوزيبي بوتشينو … وأكد السفير الإيطالي: the
                # person the narration named with that title, though he had not spoken yet
                return Speaker(earlier.actor_id, earlier.name, "introduced_title", own.after_token)
        # بحث نائب وزير الدفاع الروسي يونس بك يفكيروف مع حفتر … وأضاف أن المسؤول الروسي “عبر:
        # a noun for a person with a state's adjective is the person the narration named last
        # who belongs to that state
        for earlier, _ in reversed(self.introduced if own.how == "unnamed" and nisbas else ()):
            if earlier.actor_id and self._refers_back(own.name, earlier) and self._own_state(nisbas, earlier):
                return Speaker(earlier.actor_id, earlier.name, "introduced_title", own.after_token)
        # التقى لافروف بالسفير الليبي … وقال الوزير: a bare title is the last listed person named
        # who may hold it, speaker or not
        return self._last_holder(own)

    def _holder_index(self) -> dict[str, tuple[list[int], list[str | None]]]:
        """Per bare title head (سفير), the tokens where someone who may hold it is named, in text
        order, with who: a listed person (not a stand-in for an undated title, issue #9) under each
        head of the lexicon's titles for him (وزير الخارجية الروسي → وزير), and nobody (None) at a
        title word outside every such mention (بوزير الخارجية الليبي: a minister nobody listed,
        whom a later الوزير may be). One pass over the mentions and the title words."""
        if self._holders is not None:
            return self._holders
        heads_of = self._heads_of()
        entries: list[tuple[int, str | None, str]] = []
        covered: set[int] = set()
        for mention in self.mentions:
            actor = self.lexicon.actors.get(mention.actor_id)
            if actor is None or actor.type != "person" or is_unresolved(mention.actor_id):
                continue
            covered.update(range(mention.first_token, mention.last_token))
            entries.extend((mention.first_token, mention.actor_id, head) for head in heads_of.get(mention.actor_id, ()))
        for start in self.finder.title_starts:
            if start not in covered:  # بوزير: under وزير, its head behind the preposition
                heads = {bare_word(stem) for stem, _ in proclitic_readings(self.tokens[start].norm)}
                entries.extend((start, None, head) for head in heads)
        entries.sort(key=lambda entry: entry[0])
        self._holders = {}
        for token, actor_id, head in entries:
            tokens, holders = self._holders.setdefault(head, ([], []))
            tokens.append(token)
            holders.append(actor_id)
        return self._holders

    def _last_holder(self, own: Speaker) -> Speaker | None:
        """The listed person a bare definite title refers back to: its head is a one-word title
        (titles.csv: الوزير، السفير، الرئيس), any words after it are state nisbas of his state, and he
        is the last person named in the last HOLDER_SENTENCES sentences who may hold it, speaker or
        not (_holder_index): ``التقى لافروف بالسفير الليبي … وقال الوزير`` → Lavrov. A title word
        nobody listed in between (بوزير الخارجية الليبي) leaves it to nobody. One bisection."""
        words = [normalise_word(word) for word in own.name.split()]
        if own.actor_id or own.how != "unnamed" or not words or words[0] not in self._title_words:
            return None
        body = self._body_holder(own, words)
        if body is not None:
            return body
        if not has_article(words[0], min_length=4):
            return None
        named = derived(self.lexicon, "definite state nisbas", state_nisbas)
        if not all(word in named for word in words[1:]):
            return None  # المتحدث باسم الوزارة, الرئيس التنفيذي: more than a title and its state
        head = bare_word(words[0])
        entry = self._holder_index().get(head)
        if entry is None:
            return None
        tokens, holders = entry
        # the phrase's own title word is the last one of that head before the phrase's end
        at = bisect.bisect_left(tokens, own.after_token) - 1
        if at < 0 or holders[at] is not None:
            return None
        at -= 1
        if at < 0 or holders[at] is None:
            return None
        sentence = self.prepared.sentence_of_token[own.after_token - 1]
        if sentence - self.prepared.sentence_of_token[tokens[at]] >= HOLDER_SENTENCES:
            return None
        holder = Speaker(holders[at], self.lexicon.actors[holders[at]].name_en, "title_anaphora", own.after_token)
        if words[1:] and not self._own_state(words[1:], holder):
            return None  # وقال السفير الأمريكي after the Russian ambassador: someone else
        return holder

    def _body_holder(self, own: Speaker, words: list[str]) -> Speaker | None:
        """The listed person a title before a listed body names: the title word in construct with the
        body or behind باسم (ممثل الكرملين، المتحدثة باسم الوزارة), nothing after the body but its
        adjectives; he is the last person of that body (his affiliation) named in the last
        HOLDER_SENTENCES sentences, and the title word heads one of his titles, or speaks for a body
        (language/spokesmen.txt) as one of his titles does: ``قال بيسكوف … وأكد ممثل الكرملين`` →
        Peskov, a spokesman; never Lavrov for المتحدثة باسم الوزارة. Bisections only."""
        starts = self.finder.title_starts
        at = bisect.bisect_left(starts, own.after_token) - 1
        if at < 0:
            return None
        start = starts[at]
        head = bare_word(words[0])
        if bare_word(self.tokens[start].norm) != head:
            return None
        index = self.finder.title_spans[start]
        if index < own.after_token and self.tokens[index].norm == "باسم":
            index += 1
        mention = self.mention_at.get(index)
        if mention is None or mention.last_token > own.after_token:
            return None
        actor = self.lexicon.actors.get(mention.actor_id)
        if actor is None or actor.type != "organisation":
            return None
        if not all(token.is_word and is_nisba(token.norm) for token in self.tokens[mention.last_token:own.after_token]):
            return None  # المتحدث باسم الوزارة في طرابلس: more than the body
        people = self._people_of().get(mention.actor_id)
        if people is None:
            return None
        firsts, ids = people
        before = bisect.bisect_left(firsts, start) - 1
        if before < 0:
            return None
        sentence = self.prepared.sentence_of_token[start]
        if sentence - self.prepared.sentence_of_token[firsts[before]] >= HOLDER_SENTENCES:
            return None
        holder = ids[before]
        heads = self._heads_of().get(holder, frozenset())
        spokesmen = {bare_word(word) for word in self.lexicon.language.spokesmen}
        if head not in heads and not (head in spokesmen and not heads.isdisjoint(spokesmen)):
            return None  # المتحدثة باسم الوزارة after لافروف: the minister is no spokesman
        return Speaker(holder, self.lexicon.actors[holder].name_en, "title_anaphora", own.after_token)

    def _people_of(self) -> dict[str, tuple[list[int], list[str]]]:
        """Per body, where its listed people are named, in text order, and who (built once)."""
        if self._bodies_people is None:
            self._bodies_people = {}
            for mention in self.mentions:
                actor = self.lexicon.actors.get(mention.actor_id)
                if actor is None or actor.type != "person" or not actor.affiliation or is_unresolved(mention.actor_id):
                    continue
                firsts, ids = self._bodies_people.setdefault(actor.affiliation, ([], []))
                firsts.append(mention.first_token)
                ids.append(mention.actor_id)
        return self._bodies_people

    def _heads_of(self) -> dict[str, frozenset[str]]:
        """Each listed person's title heads, bare (وزير الخارجية الروسي → وزير), from the lexicon."""
        return derived(self.lexicon, "title heads by person", _title_heads_by_person)

    def _issued_by_title(self, phrase: str) -> str:
        """The words after an indefinite document noun (language/issued.txt) in construct with a
        definite one (بيان المتحدثة الرسمية → المتحدثة الرسمية), or ''."""
        words = phrase.split()
        if len(words) < 2:
            return ""
        head, issuer = normalise_word(words[0]), normalise_word(words[1])
        if head not in self.lexicon.language.issued or has_article(head, min_length=4) or not has_article(issuer, min_length=4):
            return ""
        return " ".join(words[1:])

    def _holds_title(self, previous: Speaker, phrase: str) -> bool:
        """Whether ``phrase`` opens with a definite word of the previous speaker's titles (الناطقة،
        الوزير), or of a body's name (الخارجية), or of the title the article gave them, so that it
        may refer back to them; an indefinite phrase (مسؤول عسكري) never does."""
        words = [normalise_word(word) for word in phrase.split()]
        if not words:
            return False
        # رئيس المؤسسة: a title made definite by the definite noun it governs refers back as
        # الوزير does, when both words are the holder's
        construct = len(words) >= 2 and not has_article(words[0], min_length=4) and has_article(words[1], min_length=4)
        if not has_article(words[0], min_length=4) and not construct:
            return False
        actor_id = previous.actor_id
        heads = self._title_heads.get(actor_id, frozenset()) if actor_id else frozenset()
        if actor_id and actor_id not in self._title_heads:
            # A person is referred back to by a title (الوزير), a body by a word of its name too
            # (وقالت الخارجية، after the Russian foreign ministry's statement).
            person = self.lexicon.actors[actor_id].type == "person"
            heads = self._title_heads[actor_id] = frozenset(
                bare_word(word) for alias in self.lexicon.aliases
                if alias.actor_id == actor_id and (alias.kind == "title" or not person)
                for word in normalise_word(alias.alias).split()
            )
        # The title the article itself gave the person counts too: الناطق الرسمي … أحمد المسماري,
        # then وأضاف الناطق الرسمي.
        heads = heads | self.finder.given_titles.get(actor_id or previous.name, frozenset())
        # A nisba adjective after it must be the actor's too: الصحيفة البريطانية is not The New
        # York Times, while المتحدثة الرسمية is still Zakharova.
        if construct and bare_word(words[1]) not in heads:
            return False
        if (not construct and actor_id and self.lexicon.actors[actor_id].type == "person"
                and bare_word(words[0]) in derived(self.lexicon, "body heads", _body_heads)):
            return False  # وأشارت المؤسسة after رئيس المؤسسة الوطنية للنفط: the body, not its head
        # السفير نواف سلام مندوب لبنان …، وأعرب السفير اللبناني: a nisba of the state his title
        # names in construct is his too
        return bare_word(words[0]) in heads and all(
            bare_word(word) in heads or nisba_of_named_state(self.lexicon, word, heads) for word in words[1:] if is_nisba(word))

    # --- rows -----------------------------------------------------------------------------
    def quotes_between(self, start: int, end: int) -> list[int]:
        """Starts of the quotations opening in ``[start, end)`` (by bisection: no scan of the article)."""
        first = bisect.bisect_left(self.quote_starts, start)
        last = bisect.bisect_left(self.quote_starts, end)
        return self.quote_starts[first:last]

    def statement(self, match, cue: Cue, speaker: Speaker, polarity: str, limit: int) -> Stance:
        """A statement's row: what is said runs from the verb (or its subject) to the next statement."""
        tokens = self.tokens
        start, end = tokens[match.first].start, tokens[match.last - 1].end
        first = max(match.last, speaker.after_token)
        target, kind = self._first_reference(first, limit, exclude=speaker.actor_id)
        said_end = tokens[limit - 1].end
        quote = in_spans(start, self.prepared.quotes) is not None or bool(self.quotes_between(start + 1, said_end))
        return Stance(
            self.prepared.sentence_of_token[match.first], speaker.actor_id, speaker.name, cue.listed, cue.cue_type,
            polarity, target, kind, quote, speaker.how, start, end,
        )

    def continued_quotation(self, sentence: Sentence, speaker: Speaker, said_end: int = -1) -> Stance | None:
        """A sentence with no cue inside a quotation opened before it goes on with the quoted
        speaker: ``وأضاف: "ننطلق من … . ونحن نحافظ على الحوار"``; its cue is its first word.
        ``said_end`` is where the sentence of the speaker's last statement ends: a quotation
        opened after it, in the narration, is no one's (a mark never closed: من أجل “الدفاع عن
        مصالحها. ويتوزع الفيلق …)."""
        first = next((i for i in range(sentence.first_token, sentence.last_token) if self.tokens[i].is_word), None)
        if first is None:
            return None
        token = self.tokens[first]
        quote = in_spans(token.start, self.prepared.quotes)
        if quote is None or quote[0] >= self.tokens[sentence.first_token].start:
            return None  # a quotation opening with this sentence is no continuation
        if 0 <= said_end <= quote[0]:
            return None  # opened in a sentence after the statement, by the writer
        target, kind = self._first_reference(first + 1, sentence.last_token, exclude=speaker.actor_id)
        return Stance(sentence.sentence_id, speaker.actor_id, speaker.name, "", "reporting", "neutral", target, kind,
                      True, "quote_owner", token.start, token.end)

    # Two dots on the line of a statement are a pause in it, not its end (polarity convention 1: one
    # statement in pieces): وأضاف قائلا ( ليبيا لا تريد حروبا ..ونحن نريد أن نعيش ..نريد بناء الدولة.
    def after_dots(self, sentence: Sentence, speaker: Speaker, polarity: str) -> Stance | None:
        """A sentence with no cue that the sentence before, a statement, ends with two or three
        dots on the same line goes on with its speaker and the polarity of what it said, as a
        piece of one statement does; its cue is its first word. Only the few characters between
        the sentences are read."""
        text, tokens = self.prepared.text, self.tokens
        word = next((i for i in range(sentence.first_token, sentence.last_token) if tokens[i].is_word), None)
        if word is None or sentence.first_token == 0:
            return None
        start = tokens[sentence.first_token].start
        end = tokens[sentence.first_token - 1].end
        between = text[max(end, start - DOTS_GAP):start]
        if text[end - 1:end] != "." or "\n" in between or not text[max(0, end - 3):end].endswith(".."):
            return None  # one full stop, or a line break: another sentence
        if tokens[sentence.last_token - 1].norm in ("؟", "?") and in_spans(end - 1, self.prepared.quotes) is None:
            return None  # سيف الإسلام يتودد لبوتين.. ماذا يريد؟: the writer asks, outside any quotation
        target, kind = self._first_reference(word + 1, sentence.last_token, exclude=speaker.actor_id)
        return Stance(sentence.sentence_id, speaker.actor_id, speaker.name, "", "reporting", polarity, target, kind,
                      False, "after_dots", tokens[word].start, tokens[word].end)

    def quotation_before_verb(self, stances: list[Stance], statement: tuple[Match[Cue], Speaker], sentence: Sentence,
                              unsaid: set[int]) -> None:
        """A statement whose verb follows the close of a quotation (past a comma) opened in an
        earlier sentence: ``“… السوريين. وهم لا يزالون هناك”، يوضح بادي``. Each earlier sentence
        inside the quotation that made no statement (``unsaid``) is the verb's speaker's, with the
        polarity of what he says here (one statement in pieces). Only the sentences the quotation
        spans are read, each once."""
        match, speaker = statement
        tokens = self.tokens
        mark = match.first - 1
        while mark > sentence.first_token and tokens[mark].norm in ("،", ","):
            mark -= 1
        if mark < sentence.first_token or tokens[mark].norm not in CLOSING_QUOTES | {'"'}:
            return
        quote = in_spans(tokens[mark].start, self.prepared.quotes)
        if quote is None or quote[0] >= tokens[sentence.first_token].start:
            return  # the quotation opens in this sentence: one statement already
        polarity = _said_polarity(stances, sentence.sentence_id, speaker)
        for earlier in range(sentence.sentence_id - 1, 0, -1):
            piece = self.prepared.sentences[earlier - 1]
            if piece.end <= quote[0]:
                break
            if earlier not in unsaid:
                continue
            first = next((i for i in range(piece.first_token, piece.last_token) if tokens[i].is_word), None)
            if first is None:
                continue
            target, kind = self._first_reference(first + 1, piece.last_token, exclude=speaker.actor_id)
            stances.append(Stance(earlier, speaker.actor_id, speaker.name, "", "reporting", polarity, target, kind,
                                  True, "quote_owner", tokens[first].start, tokens[first].end))

    def tag_after_speech(self, stances: list[Stance], statement: tuple[Match[Cue], Speaker], sentence: Sentence,
                         unsaid: set[int]) -> None:
        """Words said before the verb that names who said them, with no quotation mark to tie
        them to it: a line that opens with a dash and a verb of saying (``- قال نائب الرئيس في
        بداية الاجتماع.``, the form of interviews and translated dialogue) closes the speech of the
        line before it; a sentence that is the verb alone, or the verb and its subject (``… الأزمة
        الطويلة. قال.``), closes the speech of the sentences before it on its own line. Each of
        those sentences that made no statement (``unsaid``), back to one that did, is the verb's
        speaker's, with the polarity of what he says here (one statement in pieces). Only the line
        before (or this line) is read, each sentence once."""
        match, speaker = statement
        tokens, text = self.tokens, self.prepared.text
        if match.payloads[0].cue_type != "reporting":
            return
        word = next((i for i in range(sentence.first_token, sentence.last_token) if tokens[i].is_word), None)
        if word is None or match.first != word or sentence.sentence_id < 2:
            return  # the verb does not open the sentence
        line_start = text.rfind("\n", 0, tokens[word].start) + 1
        lead = text[line_start:tokens[word].start].strip()
        if lead in SPEECH_TAG_DASHES:
            if not speaker.actor_id and speaker.how == "unnamed":
                # - قال نائب رئيس الوزراء: a bare title stands for someone the dialogue named
                # elsewhere, whom the rules do not resolve; the lines before are left unsaid
                return
            # the line before this one, past blank lines
            end = line_start - 1
            while end > 0 and text[end - 1] in " \t\r\n":
                end -= 1
            reach = text.rfind("\n", 0, end) + 1
        else:
            words = [i for i in range(match.last, sentence.last_token) if tokens[i].is_word]
            if words and (speaker.after_token < 0 or words[-1] >= speaker.after_token):
                return  # something is said after the verb, or it is not the subject that follows
            reach = line_start
        said = _said_polarity(stances, sentence.sentence_id, speaker)
        for earlier in range(sentence.sentence_id - 1, 0, -1):
            piece = self.prepared.sentences[earlier - 1]
            if piece.start < reach or earlier not in unsaid:
                break
            first = next((i for i in range(piece.first_token, piece.last_token) if tokens[i].is_word), None)
            if first is None:
                continue
            # نقدر جهودك: what the piece evaluates, read as the article's own voice, is the speaker's
            polarity = said
            for row in range(len(stances) - 1, -1, -1):
                if stances[row].sentence_id < earlier:
                    break
                if stances[row].sentence_id == earlier and stances[row].speaker_name == ARTICLE_VOICE:
                    stances[row] = replace(stances[row], speaker_id=speaker.actor_id, speaker_name=speaker.name,
                                           attribution="tagged_after")
                    polarity = stances[row].polarity if stances[row].polarity != "neutral" else polarity
            target, kind = self._first_reference(first + 1, piece.last_token, exclude=speaker.actor_id)
            stances.append(Stance(earlier, speaker.actor_id, speaker.name, "", "reporting", polarity, target, kind,
                                  False, "tagged_after", tokens[first].start, tokens[first].end))

    def after_colon(self, sentence: Sentence, speaker: Speaker, polarity: str) -> Stance | None:
        """A sentence with no cue right after a statement's sentence that ends in its colon
        (``قال بوغدانوف:`` ⏎ ``وستؤيد بلاده البيان``) is what the colon announced, though no
        quotation mark opens it: it goes on with the speaker and the polarity of what he said, as
        a piece of one statement does; its cue is its first word. Only the sentence's first word
        is read."""
        tokens = self.tokens
        word = next((i for i in range(sentence.first_token, sentence.last_token) if tokens[i].is_word), None)
        if word is None or word != sentence.first_token:
            return None  # a mark or a bullet opens it: read by the rules of those
        target, kind = self._first_reference(word + 1, sentence.last_token, exclude=speaker.actor_id)
        return Stance(sentence.sentence_id, speaker.actor_id, speaker.name, "", "reporting", polarity, target, kind,
                      False, "after_colon", tokens[word].start, tokens[word].end)

    def subordinate_clause(self, sentence: Sentence, speaker: Speaker, polarity: str) -> Stance | None:
        """A sentence with no cue right after a statement's sentence, opening with a word that binds
        a clause to what came before (language/subordinate_openers.txt: ``حيث``، ``مما``), is a
        clause of that statement cut off by a full stop: ``أفادت مصادر بأن … . مما يجعلها أسرع``
        goes on with the speaker and the polarity of what he said. Only the first word is read."""
        tokens = self.tokens
        word = next((i for i in range(sentence.first_token, sentence.last_token) if tokens[i].is_word), None)
        if word is None:
            return None
        norm = tokens[word].norm
        openers = self.lexicon.language.subordinate_openers
        if norm not in openers and not (norm[:1] == "و" and norm[1:] in openers):
            return None
        if self.placed_statement(sentence, speaker, polarity) is not None:
            return None  # حيث جاء التصريح عقب لقائه: a phrase that places the statement (placed)
        target, kind = self._first_reference(word + 1, sentence.last_token, exclude=speaker.actor_id)
        return Stance(sentence.sentence_id, speaker.actor_id, speaker.name, "", "reporting", polarity, target, kind,
                      False, "subordinate", tokens[word].start, tokens[word].end)

    # A line break that cuts a phrase is no sentence's end, though the splitter ends one there: أن
    # الجنرال خليفة ⏎ حفتر التقى (a name cut in two), الهيئة السياسية للثورة ⏎ الليبية (a noun
    # and its adjective). The piece after it goes on with the statement (polarity convention 1).
    def wrapped_line(self, sentence: Sentence, speaker: Speaker, polarity: str) -> Stance | None:
        """A sentence with no cue on the line after a statement's line that ends in a word, when
        its first word goes on with the phrase the line broke: the rest of a name begun before the
        break, or a definite adjective of the noun before it (no actor's name); it goes on with
        the speaker and the polarity of what he said. Only the break and the first word are read."""
        text, tokens, finder = self.prepared.text, self.tokens, self.finder
        first = sentence.first_token
        if first == 0 or not tokens[first - 1].is_word or not tokens[first].is_word:
            return None
        between = text[tokens[first - 1].end:tokens[first].start]
        if between.count("\n") != 1 or between.strip():
            return None  # a blank line, or a mark between: a new paragraph or sentence
        cut_name = first in finder.in_mention  # خليفة ⏎ حفتر: one mention over the break
        adjective = (is_nisba(tokens[first].norm) and first not in finder.mention_at
                     and not is_nisba(tokens[first - 1].norm) and first - 1 not in finder.cue_tokens)
        if not (cut_name or adjective):
            return None
        target, kind = self._first_reference(first + 1, sentence.last_token, exclude=speaker.actor_id)
        return Stance(sentence.sentence_id, speaker.actor_id, speaker.name, "", "reporting", polarity, target, kind,
                      False, "wrapped_line", tokens[first].start, tokens[first].end)

    def placed_statement(self, sentence: Sentence, speaker: Speaker, polarity: str) -> Stance | None:
        """A sentence opening with a phrase that places the statement before it
        (language/placing.txt: ``وجاء ذلك خلال لقائه السفير``) is that statement's, with its
        polarity; its cue is the phrase. Only the sentence's first words are read."""
        tokens = self.tokens
        words = [i for i in range(sentence.first_token, min(sentence.last_token, sentence.first_token + PLACING_WORDS + 1))
                 if tokens[i].is_word]
        if not words:
            return None
        first = tokens[words[0]].norm
        for phrase in self.lexicon.language.placing:
            parts = phrase.split()
            if len(words) < len(parts) or first not in (parts[0], "و" + parts[0]):
                continue
            if all(tokens[words[k]].norm == part for k, part in enumerate(parts[1:], 1)):
                last = words[len(parts) - 1]
                if self._names_another(last + 1, speaker):
                    return None  # قال لافروف … . وجاءت تصريحات بيسكوف بعد …: Peskov's words, not a place for Lavrov's
                target, kind = self._first_reference(last + 1, sentence.last_token, exclude=speaker.actor_id)
                return Stance(sentence.sentence_id, speaker.actor_id, speaker.name, phrase, "reporting", polarity,
                              target, kind, False, "placed", tokens[words[0]].start, tokens[last].end)
        return None

    def gives_statement_again(self, match: Match[Cue], limit: int) -> bool:
        """Whether a phrase of language/placing_objects.txt (بهذا التصريح) follows the reporting
        verb within PLACING_OBJECT_REACH words, past its subject and commas: the verb only gives
        the statement before again (وأدلى كوندراتييف، بهذا التصريح، ردا على …)."""
        phrases = self.lexicon.language.placing_objects
        if not phrases:
            return False
        words = [token.norm for token in self.tokens[match.last:min(limit, match.last + 2 * PLACING_OBJECT_REACH)]
                 if token.is_word][:PLACING_OBJECT_REACH + 2]
        for phrase in phrases:
            parts = phrase.split()
            if any(words[k:k + len(parts)] == parts for k in range(min(len(words), PLACING_OBJECT_REACH))):
                return True
        return False

    def _names_another(self, index: int, speaker: Speaker) -> bool:
        """Whether the word at ``index`` opens a mention of someone other than ``speaker``, or a
        name other than his as written (an unlisted speaker's): ``وجاء تصريح دينغوف`` after
        Dengov places his statement, ``وجاءت تصريحات بيسكوف`` after Lavrov does not. One token."""
        mention = self.mention_at.get(index)
        if mention is not None:
            return mention.actor_id != speaker.actor_id
        if index >= len(self.tokens) or not self.tokens[index].is_word or speaker.actor_id:
            return False
        word = self.tokens[index].norm
        return word not in self.lexicon.language.common_words and word not in {normalise_word(part) for part in speaker.name.split()}

    def quotation_across_paragraphs(self, sentence: Sentence, speaker: Speaker) -> Stance | None:
        """A paragraph a quotation runs on into, the sentence before having stated it and left it
        open at the end of its line: ``وأضاف أن "الوجود الروسي يهدد الاستقرار.`` then ``ونحن لن
        نقبل بذلك".`` (closed, never opened here) or ``«نحن ندعم الحل السلمي».`` (reopened, as
        outlets do at each paragraph of a long quotation). The speaker goes on; only the line
        break before the sentence and its own marks are read."""
        text, tokens = self.prepared.text, self.tokens
        start = tokens[sentence.first_token].start
        last = start - 1
        while last >= 0 and start - last <= PARAGRAPH_GAP and text[last] in " \t\r\n":
            last -= 1  # back over the line break(s) to the previous paragraph's last character
        if last < 0 or "\n" not in text[last + 1:start]:
            return None  # not the first sentence of its paragraph
        before = in_spans(last, self.prepared.quotes)
        if before is None or text[before[1]:before[1] + 1] != "\n" or text[last] in CLOSING_QUOTES:
            return None  # no quotation left open by the line before
        marks = [token for token in tokens[sentence.first_token:sentence.last_token] if token.norm in QUOTE_MARKS]
        if not marks:
            return None
        first = marks[0]
        reopened = first.start == start and first.norm in ("«", "“", '"')
        closed = len(marks) == 1 and first.norm in ("»", "”", '"') and first.start > start
        if not (reopened or closed):
            return None
        word = next((i for i in range(sentence.first_token, sentence.last_token) if tokens[i].is_word), None)
        if word is None:
            return None
        target, kind = self._first_reference(word + 1, sentence.last_token, exclude=speaker.actor_id)
        return Stance(sentence.sentence_id, speaker.actor_id, speaker.name, "", "reporting", "neutral", target, kind,
                      True, "quote_owner", tokens[word].start, tokens[word].end)

    def bullet_stance(self, sentence: Sentence, speaker: Speaker) -> Stance | None:
        """A sentence whose line opens with a bullet mark (BULLET_MARKS, before its first word) is
        a statement of ``speaker``, its cue the mark; None for any other line. Only the characters
        between the line's start and the first word are read."""
        mark = self.bullet_mark(sentence)
        if mark is None:
            return None
        word = next(i for i in range(sentence.first_token, sentence.last_token) if self.tokens[i].is_word)
        target, kind = self._first_reference(word, sentence.last_token, exclude=speaker.actor_id)
        return Stance(sentence.sentence_id, speaker.actor_id, speaker.name, self.prepared.text[mark[0]:mark[1]], "reporting",
                      "neutral", target, kind, False, "bullet", mark[0], mark[1])

    def bullet_mark(self, sentence: Sentence) -> tuple[int, int] | None:
        """Where the bullet mark opening the sentence's line is, or None."""
        text, tokens = self.prepared.text, self.tokens
        word = next((i for i in range(sentence.first_token, sentence.last_token) if tokens[i].is_word), None)
        if word is None:
            return None
        start = tokens[word].start
        line_start = text.rfind("\n", max(0, start - BULLET_GAP), start) + 1
        if line_start == 0 and start > BULLET_GAP:
            return None  # no line starts just before the word
        lead = text[line_start:start].strip()
        if lead not in BULLET_MARKS:
            return None
        mark = line_start + text[line_start:start].index(lead)
        return mark, mark + len(lead)

    def colon_stance(self, colon: int, speaker: Speaker, sentence: Sentence) -> Stance:
        """A headline statement, its cue the colon: ``زاخاروفا: موسكو تدعم الهدنة``."""
        token = self.tokens[colon]
        target, kind = self._first_reference(colon + 1, sentence.last_token, exclude=speaker.actor_id)
        return Stance(sentence.sentence_id, speaker.actor_id, speaker.name, ":", "reporting", "neutral", target, kind,
                      False, speaker.how, token.start, token.end)

    def evaluation(self, match, cue: Cue, speaker: Speaker, polarity: str, sentence_end: int, *, stigma=None) -> Stance:
        tokens = self.tokens
        start, end = tokens[match.first].start, tokens[match.last - 1].end
        quote_span = in_spans(start, self.prepared.quotes)
        if stigma is not None:
            target, kind = self.text_of(stigma), "text"
        else:
            target, kind = self._target_of_evaluation(match, speaker, sentence_end, quote_span)
        return Stance(
            self.prepared.sentence_of_token[match.first], speaker.actor_id, speaker.name, cue.listed, cue.cue_type,
            polarity, target, kind, quote_span is not None, speaker.how, start, end,
        )

    def _first_reference(self, first: int, limit: int, *, exclude: str, skip_interlocutor: bool = True) -> tuple[str, str]:
        index = first
        while index < limit:
            mention = self.mention_at.get(index)
            if mention is not None:
                # Whom a speaker talks WITH is not what the statement is about; whom relations
                # are strengthened with is: لتعزيز العلاقات مع مصر. Nor is the outlet spoken TO:
                # وقال لافروف لوكالة تاس إن
                interlocutor = skip_interlocutor and (
                    (index > 0 and self.tokens[index - 1].norm == "مع") or self._addressed(mention))
                if mention.actor_id != exclude and not interlocutor:
                    return mention.actor_id, "actor"
                index = mention.last_token
                continue
            hit = self.topic_at.get(index)
            if hit is not None:
                owner = self.mention_at.get(hit.last_token)
                if owner is not None and owner.actor_id != exclude:
                    return owner.actor_id, "actor"  # قوات الجيش الليبي: the army, not arms in general
                return hit.topic, "topic"
            index += 1
        return "", ""

    def _addressed(self, mention) -> bool:
        """Whether a mention is an outlet behind the preposition ل (لوكالة تاس، للتلفزيون الروسي):
        the one a statement was made to."""
        return (mention.form == "clitic" and self.tokens[mention.first_token].norm.startswith("ل")
                and self.lexicon.actors[mention.actor_id].type == "media")

    def _target_of_evaluation(self, match, speaker: Speaker, sentence_end: int, quote_span) -> tuple[str, str]:
        limit = min(sentence_end, match.last + TARGET_WINDOW)
        target = self._first_reference(match.last, limit, exclude=speaker.actor_id, skip_interlocutor=False)
        if target[0]:
            return target
        # Looking back stays inside the quotation (أخل بها: the one who broke the deal was named
        # earlier in the quote), so an outer reporter is never taken for the target. The
        # mentions are searched by bisection, back to the quotation's start and at most
        # TARGET_BACK_MENTIONS mentions: a quotation never closed («… to the page's end) would
        # otherwise be walked back over once per evaluation in it.
        if quote_span is not None:
            position = bisect.bisect_right(self.mention_firsts, match.first) - 1
            stop = max(-1, position - TARGET_BACK_MENTIONS)
            while position > stop:
                mention = self.mentions[position]
                if self.tokens[mention.first_token].start <= quote_span[0]:
                    break
                if mention.last_token <= match.first and mention.actor_id != speaker.actor_id:
                    return mention.actor_id, "actor"
                position -= 1
        words = self._text_target(match.last, min(sentence_end, match.last + TEXT_TARGET_WORDS))
        return (" ".join(words), "text") if words else ("", "")

    def _text_target(self, first: int, limit: int) -> list[str]:
        """The words after an evaluation that say what it is about, when no actor or topic does:
        up to the first punctuation, clause opener (أن، إن) or new conjunct (والسلام، وفي), with no
        preposition left dangling at the end (ندد بالهجوم على السفارة → بالهجوم على السفارة;
        حلول للتسوية وفي الحوار → none: what follows is another phrase)."""
        language = self.lexicon.language
        kept: list[int] = []
        for index in range(first, limit):
            token = self.tokens[index]
            word = token.norm
            if not kept and word in QUOTE_MARKS:
                continue  # أهمية “دور روسي: the quotation opens on what is judged
            if not token.is_word or word in language.clause_openers or word in language.negators:
                break
            if word[:1] == "و" and (word[1:] in language.prepositions or word[1:] in language.function_words
                                    or has_article(word[1:], min_length=4)):
                break
            kept.append(index)
        while kept and (self.tokens[kept[-1]].norm in language.prepositions or self.tokens[kept[-1]].norm in language.function_words):
            kept.pop()
        return [self.text_of(index) for index in kept]

    def text_of(self, index: int) -> str:
        token = self.tokens[index]
        return self.prepared.text[token.start:token.end]


def _title_heads_by_person(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Each actor's title heads, bare: the first word of each of its title aliases (وزير الخارجية
    الروسي → وزير، المتحدث باسم الكرملين → متحدث). A deputy's word before another title (نائب وزير
    الخارجية) heads none: alone, النائب is a member of parliament, not the deputy minister."""
    titles = {normalise_word(title) for title in lexicon.titles if " " not in title.strip()}
    deputies = lexicon.language.deputies
    heads: dict[str, set[str]] = {}
    for alias in lexicon.aliases:
        if alias.kind == "title":
            words = normalise_word(alias.alias).split()
            if not words or (len(words) > 1 and words[0] in deputies and words[1] in titles):
                continue
            heads.setdefault(alias.actor_id, set()).add(bare_word(words[0]))
    return {actor_id: frozenset(found) for actor_id, found in heads.items()}


def _titled(phrase: str, titles: frozenset[str]) -> bool:
    """Whether a definite phrase with no name (السفير الإيطالي، رئيس الوفد) is made of the words of
    a title given before (السفير الإيطالي جوزيبي بوتشينو): its head definite, or in construct with
    a definite noun, and its head, that noun and every nisba among its words are the title's."""
    words = [normalise_word(word) for word in phrase.split()]
    if not words:
        return False
    construct = len(words) >= 2 and not has_article(words[0], min_length=4) and has_article(words[1], min_length=4)
    if not has_article(words[0], min_length=4) and not construct:
        return False  # مسؤول عسكري: an indefinite phrase introduces someone new
    if construct and bare_word(words[1]) not in titles:
        return False
    return bare_word(words[0]) in titles and all(bare_word(word) in titles for word in words[1:] if is_nisba(word))


def _construct_title(phrase: str, title_words: frozenset[str]) -> bool:
    """Whether a headline's unnamed phrase is an office in construct with no article on its head:
    a title word, and a last word that is no adjective in ي (وزير خارجية ليبيا، مندوب روسيا; not
    نائب ليبي or مسؤول عسكري, someone new)."""
    words = [normalise_word(word) for word in phrase.split()]
    return (len(words) >= 2 and words[0] in title_words and not has_article(words[0], min_length=4)
            and not words[-1].endswith(("ي", "يه")))


def _same_office(phrase: str, titles: frozenset[str]) -> bool:
    """Whether every word of a title phrase with no name (وزير خارجية ليبيا) is a word of the title
    a later sentence gives a named person (وزير خارجية ليبيا محمد الدايري): the same office."""
    words = [bare_word(normalise_word(word)) for word in phrase.split()]
    return len(words) >= 2 and all(word in titles for word in words)


def _state_view(match: Match[Cue], speaker: Speaker, lexicon: Lexicon) -> bool:
    """Whether a verb of seeing or deeming (language/opinion_verbs.txt) has a state for its subject
    before it (إن ليبيا ترى): inside another statement, that speaker's view of his state."""
    if speaker.how != "before_verb" or not speaker.actor_id:
        return False
    actor = lexicon.actors.get(speaker.actor_id)
    return actor is not None and actor.type == "state" and normalise_word(match.payloads[0].cue) in lexicon.language.opinion_verbs


def _outlet(speaker: Speaker, lexicon: Lexicon) -> bool:
    """Whether ``speaker`` is a media outlet (type ``media``), or an unnamed one kept as written
    whose head noun heads an outlet's name (language/media_heads.txt: صحيفة أمريكية، الإعلام
    الروسي): what it reports is another article's narration."""
    if not speaker.actor_id:
        if not speaker.name or speaker.how == "article":
            return False
        head = normalise_word(speaker.name.split()[0])
        return head in lexicon.language.media_heads or (head[:1] in ("و", "ف") and head[1:] in lexicon.language.media_heads)
    actor = lexicon.actors.get(speaker.actor_id)
    return actor is not None and actor.type == "media"


def _headed_by(speaker: Speaker, heads: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether ``speaker`` is unnamed and kept as written, its first word, or its second after a
    quantifier of language/quantifiers.txt (بعض المراقبين), in ``heads``, behind و or ف too. A
    listed body (the UN) is none of these: it speaks in its own name."""
    if speaker.actor_id or not speaker.name or speaker.how == "article":
        return False
    words = [normalise_word(word) for word in speaker.name.split()]
    head = words[1] if len(words) > 1 and words[0] in lexicon.language.quantifiers else words[0]
    return head in heads or (head[:1] in ("و", "ف") and head[1:] in heads)


def _monitor(speaker: Speaker, lexicon: Lexicon) -> bool:
    """Whether ``speaker`` is an unnamed monitor, study or report (language/monitor_heads.txt:
    منظمة حقوقية، تقرير سري للأمم المتحدة): its labels are no charge (polarity convention 4)."""
    return _headed_by(speaker, lexicon.language.monitor_heads, lexicon)


VOTING_SUBJECT_REACH = 5  # tokens of a subject phrase read for a voting body: ووافق أعضاء مجلس الأمن الدولي
VOTING_MEMBERS = frozenset(normalise_word(word) for word in ("أعضاء", "وأعضاء"))  # ووافق أعضاء مجلس الأمن


def _council_vote(tokens, match: Match, speaker: Speaker, sentence: Sentence, language) -> bool:
    """Whether the cue is a verb of voting or adopting (language/voting_verbs.txt), behind و or ف
    or not, whose own subject is a body that decides by vote (language/voting_bodies.txt): ``ووافق
    مجلس الأمن الدولي على مشروع القرار``، ``مجلس الأمن يوافق على تمديد الولاية``. The vote is the
    body's act, narration (eval/README.md, dev7: adopting a resolution), not a statement. Only
    the subject phrase, at most VOTING_SUBJECT_REACH tokens after or before the verb, is read."""
    if speaker.how not in ("after_verb", "before_verb", "fronted"):
        return False
    verb = tokens[match.first].norm
    if verb not in language.voting_verbs and not (verb[:1] in ("و", "ف") and verb[1:] in language.voting_verbs):
        return False
    if speaker.how == "after_verb":
        end = speaker.after_token if speaker.after_token > match.last else match.last + VOTING_SUBJECT_REACH
        span = range(match.last, min(end, match.last + VOTING_SUBJECT_REACH, sentence.last_token))
    else:
        span = range(max(sentence.first_token, match.first - VOTING_SUBJECT_REACH), match.first)
    for k in span:
        for body in language.voting_bodies:
            words = body.split()
            if k + len(words) > sentence.last_token or words[1:] != [tokens[k + i].norm for i in range(1, len(words))]:
                continue
            if tokens[k].norm not in (words[0], "و" + words[0]):
                continue
            # the body heads the subject (أعضاء مجلس الأمن, إن مجلس الأمن), not a genitive or a place
            # in it (مندوب روسيا لدى مجلس الأمن يوافق: the envoy)
            before = tokens[k - 1] if k > sentence.first_token else None
            if (before is None or not before.is_word or k == match.last
                    or before.norm in VOTING_MEMBERS or before.norm in language.clause_openers):
                return True
    return False


def _analysts(speaker: Speaker, lexicon: Lexicon) -> bool:
    """Whether ``speaker`` is an unnamed group of analysts or observers (language/analyst_heads.txt:
    محللون، بعض المراقبين): it reports as an outlet does (polarity convention 4)."""
    return _headed_by(speaker, lexicon.language.analyst_heads, lexicon)


def _undisclosed(tokens, match, sentence: Sentence, language) -> bool:
    """Whether the cue is a verb of disclosing or confirming (language/undisclosed.txt) right after
    لم or لن, behind و or ف or not: ``ولم يكشف موعد الزيارة``، ``لكن المصادر لم تؤكد وصوله``. What
    was not told is the narration's note of a silence, not a statement. Only the token before the
    verb is read."""
    before = match.first - 1
    if match.last - match.first != 1 or before < sentence.first_token:
        return False
    if tokens[match.first].norm not in language.undisclosed:
        return False
    word = tokens[before].norm
    return (word[1:] if word[:1] in ("و", "ف") and len(word) == 3 else word) in ("لم", "لن")


def _drawing_attention(tokens, match, sentence: Sentence) -> bool:
    """Whether a one-word cue of لفت has someone's attention as its object, the attention noun
    right after it without the article, and no إلى within ATTENTION_REACH tokens after that: يلفت
    انتباه واشنطن (draws Washington's attention), not لفت انتباه الحضور إلى أن. Only those
    tokens are read."""
    if match.last - match.first != 1 or match.last >= sentence.last_token:
        return False
    verb = tokens[match.first].norm
    verb = verb[1:] if verb[:1] in ("و", "ف") and verb[1:] in ATTENTION_VERBS else verb
    if verb not in ATTENTION_VERBS or tokens[match.last].norm not in ATTENTION_NOUNS:
        return False
    reach = range(match.last + 1, min(sentence.last_token, match.last + 1 + ATTENTION_REACH))
    return not any(tokens[k].norm in ("الي", "إلى") for k in reach)


def _participle(cue: Cue) -> bool:
    """A reporting cue that is an active participle: of a derived verb it opens with م (مضيفاً،
    منتقدةً، مؤكدين), of a plain one it has ا second and the accusative or feminine ending
    (قائلاً، داعياً، نافيةً، قائلين), which no past verb has (طالبوا is a verb)."""
    if cue.cue_type != "reporting":
        return False
    word = normalise_word(cue.cue)
    if word.startswith("م"):
        return True
    return (" " not in word and len(word) >= 5 and word[1] == "ا" and word.endswith(("ا", "ه", "ين"))
            and not word.endswith("وا"))


def _adjectival_participle(prepared: PreparedText, match: Match[Cue], sentence: Sentence, mention_tokens: set[int],
                           lexicon: Lexicon) -> bool:
    """Whether a reporting participle is an adjective of the indefinite noun right before it, in
    agreement with it, and ends its phrase (a comma, a full stop or و after it): ``ليسا خيارا بل
    ضرورة مؤكدة،``، ``وفق معلومات مؤكدة.`` A participle that reports has a comma before it or its
    clause after it (``، مؤكدة أن``); after غير it is always an adjective (``وغير معلنة``). Only the
    two tokens around the cue are read."""
    if not _participle(match.payloads[0]):
        return False
    tokens, language = prepared.tokens, lexicon.language
    before, after = match.first - 1, match.last
    if before < sentence.first_token or not tokens[before].is_word or before in mention_tokens:
        return False
    noun, participle = tokens[before].norm, tokens[match.first].norm
    if noun in NOT_WORDS:
        return True  # زيارة مفاجئة وغير معلنة: a participle after غير is an adjective (unannounced)
    if (has_article(noun, min_length=4) or noun in language.function_words or noun in language.clause_openers
            or noun in language.prepositions or noun in language.adverbs):
        return False
    agrees = ((participle.endswith("ه") and noun.endswith(("ه", "ات")))
              or (participle.endswith("ا") and noun.endswith("ا"))
              or (participle.endswith("ين") and noun.endswith("ين")))
    if not agrees:
        return False
    if after >= sentence.last_token:
        return True
    follower = tokens[after]
    if follower.is_word:
        return follower.norm[:1] == "و" and follower.norm not in language.clause_openers
    return follower.norm in ("،", ",", ".", "؛")


def _told_in_past(word: str) -> bool:
    """Whether a verb (normalised) is in the past tense, third person feminine or plural:
    ``أيدت``، ``دعمت``، ``أيدوا``, not ``تؤيد``، ``يدعم`` nor a participle (``منزعجة``). A word
    that is a stance only in someone's words (holder ``quoted``) is its fronted subject's stance
    in the present of a headline or a lead (``روسيا تعترف بالمجلس``); told in the past, it is the
    narration of what the subject did: «وكانت موسكو قد أيدت العقوبات»، «الشركة، وهي …، دعمت
    القوات» (a vote, military support), no statement. A masculine past (أيد) is spelt like a
    noun and is left as it was."""
    if word[:1] in ("و", "ف") and len(word) > 4:
        word = word[1:]
    if len(word) < 4 or word[0] in "يتنم":
        return False
    return (word.endswith("ت") and not word.endswith("ات")) or word.endswith("وا")


def _state_words(lexicon: Lexicon) -> dict[str, str]:
    """The one-word names of states, normalised, each to its state: روسيا → russia, لبنان →
    lebanon (the name and its aliases of one word). A title in construct with one (مندوب روسيا)
    says whose it is as a nisba does (المندوب الروسي)."""
    found: dict[str, str] = {}
    for actor_id, words in actor_names(lexicon, ("state",), kinds=None):
        if len(words) == 1 and len(words[0]) >= 3:
            found.setdefault(words[0], actor_id)
    return found


def nisba_of_named_state(lexicon: Lexicon, nisba: str, words) -> bool:
    """Whether a state's nisba (normalised, definite: اللبناني) is the adjective of a state one of
    ``words`` names (bare words of an earlier title: مندوب لبنان): «السفير نواف سلام مندوب لبنان …
    وأعرب السفير اللبناني» is the same man. Two lookups per word."""
    state = derived(lexicon, "definite state nisbas", state_nisbas).get(nisba)
    if state is None:
        return False
    named = derived(lexicon, "one-word state names", _state_words)
    return any(named.get(word) == state for word in words)


def _body_heads(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the names of bodies (organisations, armed groups, outlets), bare: مؤسسه
    (المؤسسة الوطنية للنفط), خارجيه (الخارجية الروسية). Alone and definite, such a word names a
    body, never the person whose title holds it."""
    kinds = ("organisation", "armed_group", "media")
    return frozenset(
        bare_word(normalise_word(alias.alias).split()[0]) for alias in lexicon.aliases
        if alias.actor_id in lexicon.actors and lexicon.actors[alias.actor_id].type in kinds and alias.alias.strip()
    )


def _read_with_ya(prepared: PreparedText, match: Match[Cue]) -> bool:
    """Whether a verb of saying was read into a noun or an adjective by taking its last letter ي
    for the pronoun: إضافي (additional) is no أضاف, ذكرى (anniversary, normalised ذكري) no ذكر.
    A verb takes ني for "me", never ي alone, so a reporting, relay or source cue read with the
    bare suffix ي is no verb. Evaluative cues keep it (دعمي: my support)."""
    if match.form != "clitic" or match.payloads[0].cue_type == "evaluative":
        return False
    word = prepared.tokens[match.first].norm
    return word.endswith("ي") and not word.endswith("ني") and word[:-1].endswith(match.phrase)


OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # longest first: تدعمهما، تدعمها، يدعمه


def _third_party_object(word: str, cue: Cue) -> bool:
    """Whether ``word``, a cue verb right after a relative pronoun, is in the third person of the
    imperfect (ت، ي) and carries an object pronoun after the cue's letters: تدعمها، يدعمه، ترعاها
    (the antecedent is its object, someone else its subject); not ندعمها (the speaker's own)."""
    verb = normalise_word(cue.cue).split()[-1]
    if word[:1] not in ("ت", "ي") or verb[:1] not in ("ت", "ي"):
        return False
    # a final ى is written ا before the pronoun: ترعى → ترعاها
    stems = {verb, verb[:-1] + "ا"} if verb.endswith("ي") else {verb}
    return any(word.endswith(pronoun) and word[: -len(pronoun)] in stems for pronoun in OBJECT_PRONOUNS)


def _hypothetical(tokens, first: int, sentence: Sentence, conditionals: frozenset[str]) -> bool:
    """Whether the cue at ``first`` follows a conditional particle (language/conditionals.txt),
    behind و or ف or not, right before it or before ما: إذا طلبت، وإذا ما قال، لو أعلنت; or a
    particle of two words listed with its space: في حال طلبت ذلك الحكومة (att55). Two tokens read."""
    before = first - 1
    if before > sentence.first_token and tokens[before].norm == "ما":
        before -= 1
    if before < sentence.first_token:
        return False
    word = tokens[before].norm
    if word in conditionals or (word[:1] in ("و", "ف") and word[1:] in conditionals):
        return True
    if before == sentence.first_token:
        return False
    opening = tokens[before - 1].norm
    return f"{opening} {word}" in conditionals or (opening[:1] in ("و", "ف") and f"{opening[1:]} {word}" in conditionals)


def _stem(word: str) -> str:
    """A word without the conjunction و or ف: والذي → الذي."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _resumptive(word: str) -> bool:
    """A preposition with a pronoun (عنه، فيها، به، إليه): in a relative clause, the antecedent."""
    return any(word == stem + suffix for stem in ("عن", "في", "ب", "ل", "الي", "من", "علي")
               for suffix in ("ه", "ها", "هم", "هما"))


def _about(prepared: PreparedText, cue_first: int, lexicon: Lexicon) -> bool:
    """Whether an evaluative word follows a preposition of subject matter (بشأن، حول؛
    language/topic_prepositions.txt), with or without و: ناقشا الوضع حول الانتهاكات names what
    was discussed. Only the one word before the cue is looked at."""
    if cue_first == 0:
        return False
    topics = lexicon.language.topic_prepositions
    return any(stem in topics for stem, _ in proclitic_readings(prepared.tokens[cue_first - 1].norm))


ABOUT_REACH = 3  # words of a topic between بشأن/حول and a positive word in it: حول خطط روسيا لتحقيق المصالحة


def _about_phrase(tokens, cue_first: int, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a positive word stands in the phrase a preposition of subject matter opens
    (language/topic_prepositions.txt), at most ABOUT_REACH words after it with only words
    between: «تحدث الموفد حول خطط روسيا لتحقيق المصالحة» names what he spoke about. The word right
    after the preposition is _about's. At most ABOUT_REACH + 1 tokens read."""
    topics = lexicon.language.topic_prepositions
    for at in range(cue_first - 2, max(sentence.first_token, cue_first - ABOUT_REACH - 1) - 1, -1):
        if not tokens[at + 1].is_word or tokens[at + 1].norm in SAYING_THAT or not tokens[at].is_word:
            return False  # حول الوضع، إن الحوار: a mark or a clause of its own ends the phrase
        if any(stem in topics for stem, _ in proclitic_readings(tokens[at].norm)):
            return True
    return False


DISCUSSED_REACH = 16  # tokens from a verb of discussing to a topic it lists: ستتطرق إلى “تطورات الأوضاع، والعلاقات الثنائية وسبل تعزيز دعمها
DISCUSSED_STOPS = frozenset(".:؛;؟?!")  # a clause's end; a comma only joins the topics of a list
SEEKING = normalise_word("عن")  # البحث عن حل: a search, no discussing


def _discussed(tokens, cue_first: int, sentence: Sentence, topic_ends: set[int], lexicon: Lexicon) -> bool:
    """Whether a positive word is a topic that a verb or noun of discussing (language/discussing.txt)
    lists: one at most DISCUSSED_REACH tokens before it, in the same clause, with no أن/إن, no cue
    of saying and no stance verb (``topic_ends``) between. «وقال بيسكوف إن المجلس بحث قضية الإرهاب
    وتسوية الأزمة» reports what was discussed, and «ناقش الجانبان سبل تعزيز التعاون» is a readout
    that lists topics (polarity convention 7): neither is the speaker's support. Before عن the
    word seeks (البحث عن حل سياسي) and lists nothing. At most DISCUSSED_REACH + 1 tokens read."""
    discussing = lexicon.language.discussing
    for at in range(cue_first - 1, max(sentence.first_token, cue_first - DISCUSSED_REACH) - 1, -1):
        word = tokens[at].norm
        if word in DISCUSSED_STOPS or word in SAYING_THAT or word in MAIN_CLAUSE or at in topic_ends:
            return False
        if any(stem in discussing for stem, _ in proclitic_readings(word)) or _scheduled_talks(tokens, at, sentence, lexicon):
            return not (at + 1 < len(tokens) and tokens[at + 1].norm == SEEKING)
        if _readout_noun(tokens, at, sentence, lexicon):
            return True
    return False


def _scheduled_talks(tokens, at: int, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the token at ``at`` is a present verb of discussing (language/discussing_present.txt:
    يبحث، يناقش، يتناول) right after أن that a word of schedule or expectation
    (language/scheduling.txt: من المتوقع، من المقرر، يفترض) stands before: «ومن المقرر أن يناقش
    الطرفان سبل تعزيز التعاون» is the readout of talks to come, as «سيناقش» is (convention 7),
    while a present alone («روسيا تناقش مع الحكومة إمكانية استئناف التعاون») is an effort going on.
    Two tokens read before the verb."""
    language = lexicon.language
    if not any(stem in language.discussing_present for stem, _ in proclitic_readings(tokens[at].norm)):
        return False
    if at - 2 < sentence.first_token or tokens[at - 1].norm != normalise_word("أن"):
        return False
    return any(stem.removeprefix("ال") in language.scheduling for stem, _ in proclitic_readings(tokens[at - 2].norm))


READOUT_PASSIVES = frozenset(normalise_word(word) for word in "تم تمت جرى".split())  # تم مناقشة: it was discussed
READOUT_PASSIVE_REACH = 4  # tokens from تم to the noun it makes a readout of: تم خلال الاجتماع الموسع مناقشة


def _readout_noun(tokens, at: int, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the token at ``at`` is a noun of discussing (language/discussing_nouns.txt: مناقشة،
    مباحثات) that tells talks held, not proposed: right before a preposition of subject matter
    (``مباحثات بشأن العلاقات وسبل تعزيزها``) or at most READOUT_PASSIVE_REACH words after تم، تمت
    or جرى (``حيث تم مناقشة كيفية تسوية الأزمة``). The noun alone is as often a proposal (``الجلوس
    معا ومناقشة مجالات التعاون``) or an occasion (``خلال مباحثات بفرنسا``) and lists nothing. At
    most READOUT_PASSIVE_REACH + 2 tokens read."""
    if not any(stem.removeprefix("ال") in lexicon.language.discussing_nouns for stem, _ in proclitic_readings(tokens[at].norm)):
        return False
    if at + 1 < len(tokens) and any(stem in lexicon.language.topic_prepositions
                                    for stem, _ in proclitic_readings(tokens[at + 1].norm)):
        return True
    for before in range(at - 1, max(sentence.first_token, at - READOUT_PASSIVE_REACH) - 1, -1):
        if not tokens[before].is_word:
            return False
        if any(stem in READOUT_PASSIVES for stem, _ in proclitic_readings(tokens[before].norm)):
            return True
    return False


def _framing(cue: Cue, lexicon: Lexicon) -> bool:
    """Whether an evaluative cue is a word of wrongdoing (language/framing.txt) that an outlet's
    report keeps as its own charge: ``وأضافت الصحيفة أن روسيا تقدم دعما لمجرم الحرب``."""
    return " ".join(normalise_word(word) for word in cue.listed.split()) in lexicon.language.framing


PURPOSE_ADJECTIVES = 4  # adjectives between a name's head and its purpose: اللجنة الحكومية الروسية الليبية للتعاون


def _named_purpose(prepared: PreparedText, cue_first: int, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether an evaluative word is the purpose in the name of a body or a document whose head
    is in language/purpose_heads.txt: in construct right after the head without its article
    (إدارة التعاون الاقتصادي، اتفاقية تعاون), or behind لل after the head and at most
    PURPOSE_ADJECTIVES adjectives (اللجنة الحكومية المشتركة للتعاون، اتفاق للتعاون في مجال الطاقة).
    Only the few tokens before the cue are read."""
    heads = lexicon.language.purpose_heads
    tokens = prepared.tokens
    if not heads or cue_first <= sentence.first_token:
        return False

    def head(index: int, *, bare: bool) -> bool:
        return any(stem in heads and not (bare and stem.startswith("ال"))
                   for stem, _ in proclitic_readings(tokens[index].norm))

    def sought(index: int) -> bool:
        # للتوصل إلى اتفاق لوقف إطلاق النار: an agreement an achieving noun seeks is the speaker's
        # aim, not the name of a document (_sought)
        return tokens[index].norm in AGREEMENTS and _sought(tokens, index + 1, sentence.first_token, lexicon.language)

    word = _stem(tokens[cue_first].norm)
    if not word.startswith("لل"):
        return (tokens[cue_first - 1].is_word and head(cue_first - 1, bare=True)  # إدارة التعاون
                and not sought(cue_first - 1))
    for index in range(cue_first - 1, max(sentence.first_token, cue_first - PURPOSE_ADJECTIVES - 1) - 1, -1):
        token = tokens[index]
        if not token.is_word:
            return False
        if head(index, bare=False):
            return not sought(index)
        if not (token.norm.startswith("ال") or token.norm.endswith(("ه", "ي"))):
            return False  # مستعدة للتعاون: no name
    return False


def _unblamed(prepared: PreparedText, match: Match[Cue], sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a verb of blaming (language/blaming.txt: حمّل) has no word for responsibility within
    BLAME_REACH tokens after it, in its sentence: ``وحمّل الوزير الحكومة مسؤولية التدهور`` blames,
    ``وحمل الوفد رسالة من بوتين`` carried a letter."""
    tokens = prepared.tokens
    if match.last - match.first != 1 or normalise_word(match.payloads[0].cue) not in lexicon.language.blaming:
        return False
    return not any(_responsibility(tokens[index].norm)
                   for index in range(match.last, min(sentence.last_token, match.last + BLAME_REACH)))


def _responsibility(word: str) -> bool:
    """Whether ``word`` is the noun for responsibility, with its clitics: مسؤولية، المسؤولية، بمسؤولية."""
    return any((stem[2:] if stem.startswith("ال") else stem) in RESPONSIBILITY for stem, _ in proclitic_readings(word))


def _unsaid(prepared: PreparedText, cue_first: int, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a reporting word follows دون or بدون, past أن (دون ذكر معلومات، من دون أن يوضح):
    what was not said (data/language/without.txt)."""
    tokens = prepared.tokens
    index = cue_first - 1
    if index > sentence.first_token and tokens[index].norm in lexicon.language.clause_openers:
        index -= 1
    return index >= sentence.first_token and tokens[index].norm in lexicon.language.without


def _admitting(prepared: PreparedText, match: Match[Cue], lexicon: Lexicon) -> bool:
    """Whether a word of recognising (language/admitting.txt) is followed by a colon or a clause
    opener (روسيا تعترف: …، اعترف بأن …): admitting, not recognising a body. One token is read."""
    tokens, language = prepared.tokens, lexicon.language
    word = tokens[match.first].norm
    if match.last - match.first != 1 or (word not in language.admitting and word[1:] not in language.admitting):
        return False
    after = match.last
    return after < len(tokens) and (tokens[after].norm == ":" or tokens[after].norm in language.clause_openers)


AVOIDED_REACH = 6  # words back from a reporting word to a verb of avoiding (تجنب الكرملين نفي أو)


def _avoided(prepared: PreparedText, cue_first: int, sentence: Sentence, passed: set[int], lexicon: Lexicon) -> bool:
    """Whether a reporting word is what a verb of avoiding or refraining (language/avoiding.txt)
    governs, with nothing between them but its subject, عن and other reporting words joined by أو
    (``passed``: the tokens of mentions and cues): ``تجنب الكرملين نفي أو تأكيد``، ``امتنعت
    الوزارة عن التعليق``: nothing was said. ``امتنعت روسيا عن التصويت وقال المندوب`` is a vote and
    then a statement. At most AVOIDED_REACH words back are read."""
    tokens, language = prepared.tokens, lexicon.language
    for index in range(cue_first - 1, max(sentence.first_token, cue_first - AVOIDED_REACH) - 1, -1):
        word = tokens[index].norm
        if word in language.avoiding or (word[:1] in ("و", "ف") and word[1:] in language.avoiding):
            return True
        if not (index in passed or word in ("عن", "او")):
            return False
    return False


def _declined(prepared: PreparedText, match: Match[Cue], sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a one-word cue is a verb of refusing whose object is a noun of speech
    (speakers.declines_speech): ``ورفض الدبلوماسي الروسي التعليق`` is no statement."""
    return match.last - match.first == 1 and declines_speech(prepared.tokens, match.first, sentence, lexicon.language)


def _left_open(prepared: PreparedText, match: Match[Cue], sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a negated reporting verb is followed, at once or past its subject, by a question
    word (language/interrogatives.txt) or ما إذا: ``ولم توضح هل عليها الطائرات``، ``ولم يوضح لافروف
    ما إذا كانت``: the writer says a question was left open, nobody states anything. At most
    OPEN_QUESTION_REACH words after the cue are read, up to a mark or a clause opener."""
    tokens, language = prepared.tokens, lexicon.language
    before, after = match.first - 1, match.last
    if before < sentence.first_token or after >= sentence.last_token:
        return False
    negated = tokens[before].norm
    if negated not in language.negators and not (negated[:1] in ("و", "ف") and negated[1:] in language.negators):
        return False
    for index in range(after, min(sentence.last_token - 1, after + OPEN_QUESTION_REACH)):
        word = tokens[index].norm
        if word in language.interrogatives or (word == "ما" and tokens[index + 1].norm == "اذا"):
            return True
        if not tokens[index].is_word or word in language.clause_openers:
            return False
    return False


ASKED_REACH = 5  # words back from a cue to the ما إذا of the question it is in
WHETHER = frozenset(normalise_word(word) for word in "ما عما فيما".split())  # before إذا: whether
QUESTION_PARTICLES = frozenset({"هل", "وهل", "فهل"})
OCCASION_REACH = 8  # tokens after a verb of saying to the document it was said in (في بيان)  # right before a verb: a question, هل توافق روسيا؟


def _asked(prepared: PreparedText, cue_first: int, sentence: Sentence) -> bool:
    """Whether a cue is inside a question put to someone, not an answer: it follows ما إذا
    (عما إذا، فيما إذا) with only words between: ``وردا على سؤال عما إذا كانت موسكو تدعم
    التحركات`` → nobody supports anything. At most ASKED_REACH tokens back are read.
    A verb right after the particle هل in the narration is asked too, in a headline and in an
    indirect question alike: «هل توافق روسيا على مطلب ليبيا؟» asks whether Russia agrees, Russia
    says nothing; inside a quotation the speaker may answer his own question («هل سنلتزم؟ نعم»)."""
    tokens = prepared.tokens
    if (cue_first > sentence.first_token and tokens[cue_first - 1].norm in QUESTION_PARTICLES
            and in_spans(tokens[cue_first].start, prepared.quotes) is None):
        return True
    for index in range(cue_first - 1, max(sentence.first_token, cue_first - 1 - ASKED_REACH), -1):
        if not tokens[index].is_word:
            return False
        if tokens[index].norm == "اذا" and tokens[index - 1].norm in WHETHER:
            return True
    return False


ON = frozenset(normalise_word(word) for word in "على وعلى".split())  # على حد زعمه
NOT_WORDS = frozenset(normalise_word(word) for word in "غير وغير".split())  # غير معلنة: not announced
# What follows a verb of commenting when it reports speech (علق على، علق قائلا، علق:)
# علق على، تحدث عن/حول/إلى: what a verb of commenting must have after its subject to report speech
COMMENT_COMPLEMENTS = frozenset(normalise_word(word) for word in
                                "على عليه عليها عليهم قائلا قائلة بالقول : عن عنه عنها حول إلى".split())


def _hedged(prepared: PreparedText, match: Match[Cue], sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a one-word cue carries a pronoun and follows a hedge word (language/hedges.txt):
    ``وقال حفتر إن قواته ستدخل طرابلس، على حد زعمه`` → زعمه is the writer's doubt, no statement
    (negative) of Haftar's. A hedge that opens the sentence (وعلى حد قوله، فإن …) sources what
    follows instead and is left alone. Only the two tokens before the cue are read."""
    tokens = prepared.tokens
    before = match.first - 1
    if match.last - match.first != 1 or before < sentence.first_token or tokens[before].norm not in lexicon.language.hedges:
        return False
    start = before - 1 if before > sentence.first_token and tokens[before - 1].norm in ON else before  # على حد
    if start <= sentence.first_token:
        return False
    return tokens[match.first].norm != normalise_word(match.payloads[0].cue)  # the pronoun: زعمه, not زعم


def _saying_verb(match: Match[Cue], prepared: PreparedText, lexicon: Lexicon) -> bool:
    """Whether the cue is a verb of saying that takes no object noun (language/saying_verbs.txt),
    as written in the text, behind و or ف at most: وقال، فقالت."""
    if match.last - match.first != 1:
        return False
    word = prepared.tokens[match.first].norm
    verbs = lexicon.language.saying_verbs
    return word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs)


def _conjoined(match: Match[Cue], prepared: PreparedText) -> bool:
    """Whether the cue's word carries the conjunction و or ف (وأكد، فرأت): a verb after و opens
    a clause of its own, so the word right before it is never its subject (برئاسة باشاغا ورأت)."""
    word = prepared.tokens[match.first].norm
    cue_word = normalise_word(match.payloads[0].cue).split()[0]
    return word[:1] in ("و", "ف") and word[1:].startswith(cue_word)


MOUTHPIECE = normalise_word("على لسان")


def _placed_mouthpiece(prepared: PreparedText, match: Match[Cue], sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether ``match`` is «على لسان» right after a phrase of language/placing.txt that opens the
    sentence (و before it allowed): «جاء ذلك على لسان الوزير» names who spoke the statement before."""
    tokens = prepared.tokens
    if normalise_word(match.payloads[0].cue) != MOUTHPIECE:
        return False
    words = [tokens[i].norm for i in range(sentence.first_token, match.first) if tokens[i].is_word]
    if not words:
        return False
    for phrase in lexicon.language.placing:
        parts = phrase.split()
        if len(words) == len(parts) and words[0] in (parts[0], "و" + parts[0]) and words[1:] == parts[1:]:
            return True
    return False


def _credited_outlets(statements: list, prepared: PreparedText, lexicon: Lexicon) -> list:
    """An outlet credited after a statement of someone who is not an outlet (وأشار بوغدانوف إلى
    ضرورة الحوار، حسبما ذكرت وكالة تاس): the outlet only relays her words and makes no statement of
    its own, as after وفق وكالة انترفاكس. Its verb must follow a crediting connector
    (language/credit_connectors.txt); a body or person credited there (وفق ما أعلن الكرملين) still
    speaks, and so does an outlet credited when nobody else spoke."""
    if len(statements) < 2:
        return statements
    kept = []
    spoken = False  # a statement of someone who is not an outlet came before
    for match, speaker in statements:
        outlet = _outlet(speaker, lexicon)
        if (spoken and outlet and match.payloads[0].cue_type in ("reporting", "relay")
                and _after_whereas(prepared.tokens, match.first, lexicon.language.credit_connectors)):
            continue
        spoken = spoken or (not outlet and bool(speaker.name))
        kept.append((match, speaker))
    return kept


# The mirror of an outlet credited after someone's statement: an outlet whose report credits a
# source that is no outlet only relays it, and the source speaks (the relay convention of issue #9):
# وذكر الموقع أن حفتر ويفكوروف ناقشا التطورات، بحسب ما نشره الجيش الوطني الليبي → the army.
def _sourced_outlet(statements: list, lexicon: Lexicon) -> tuple[list, list[Speaker]]:
    """The statements of a sentence where every verb's speaker is an outlet (``_outlet``) and a
    sourcing phrase names a speaker who is not: the outlets' rows are dropped and returned apart,
    to be remembered as relays; else the statements as they are and no relay. One pass."""
    sources = [speaker for match, speaker in statements if match.payloads[0].cue_type == "source"]
    said = [speaker for match, speaker in statements if match.payloads[0].cue_type != "source"]
    if (not said or not any(speaker.actor_id or speaker.how == "unlisted" for speaker in sources)
            or any(_outlet(speaker, lexicon) for speaker in sources) or not all(_outlet(speaker, lexicon) for speaker in said)):
        return statements, []
    kept = [(match, speaker) for match, speaker in statements if match.payloads[0].cue_type == "source"]
    return kept, [speaker for speaker in said if speaker.actor_id or speaker.name]


# An outlet credited after a statement relays it (_credited_outlets), also when the credit is a
# sentence of its own: وأعلن السفير أن حفتر التقى شويغو. حسب وكالة نوفستي الروسية.
def _interview_label(prepared: PreparedText, sentence: Sentence, language) -> tuple[str, int] | None:
    """("question" or "answer", the colon's token) when the sentence opens with an interview's
    label and a colon (س: …، ج: …; language/interview_questions.txt, interview_answers.txt),
    else None. Two tokens read."""
    first = sentence.first_token
    if first + 1 >= sentence.last_token or prepared.tokens[first + 1].norm != ":":
        return None
    word = prepared.tokens[first].norm
    if word in language.interview_questions:
        return "question", first + 1
    if word in language.interview_answers:
        return "answer", first + 1
    return None


def _credit_line(statements: list, previous: Speaker, prepared: PreparedText, sentence: Sentence, lexicon: Lexicon) -> list:
    """A sentence that is only a sourcing phrase naming an outlet (``حسب وكالة نوفستي.``), right
    after a statement of someone who is no outlet: the row is that speaker's, the outlet only
    relays. Else the statements as they are. Only the sentence's own tokens are read."""
    if len(statements) != 1 or _outlet(previous, lexicon) or not (previous.actor_id or previous.name):
        return statements
    match, speaker = statements[0]
    if match.payloads[0].cue_type != "source" or not _outlet(speaker, lexicon) or speaker.after_token < 0:
        return statements
    tokens = prepared.tokens
    opening = sentence.first_token
    if tokens[opening].norm in ("و", "ف"):
        opening += 1
    if match.first != opening or any(tokens[k].is_word and not is_nisba(tokens[k].norm)
                                     for k in range(speaker.after_token, sentence.last_token)):
        return statements  # حسب الوكالة، وصل الوفد: the outlet's own report
    return [(match, Speaker(previous.actor_id, previous.name, "credited", speaker.after_token))]


def _mouthpieces(statements: list, lexicon: Lexicon) -> list:
    """A body that speaks through a person (نفت الخارجية الروسية على لسان المتحدثة باسمها ماريا
    زاخاروفا): the person named after على لسان makes the body's statement."""
    kept = []
    spoken_for: dict[str, Speaker] = {}  # a body's actor id -> the person it spoke through
    for match, speaker in statements:
        cue = match.payloads[0]
        if (cue.cue_type == "source" and normalise_word(cue.cue) == MOUTHPIECE and kept and speaker.actor_id
                and lexicon.actors[speaker.actor_id].type == "person"):
            body_match, body = kept[-1]
            if not body.actor_id or lexicon.actors[body.actor_id].type != "person":
                kept[-1] = (body_match, replace(speaker, how="mouthpiece"))
                if body.actor_id:
                    spoken_for[body.actor_id] = speaker
                continue
        if speaker.how == "carried" and speaker.actor_id in spoken_for:
            # حذرت روسيا على لسان لافروف …، معتبرا: the participle goes on with the person
            person = spoken_for[speaker.actor_id]
            speaker = replace(speaker, actor_id=person.actor_id, name=person.name)
        kept.append((match, speaker))
    return kept


def _referred_to(prepared: PreparedText, cue_first: int, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a reporting verb follows ما that opens a clause or a quotation (أن ما ذكرته صحيفة صن
    غير صحيح، “ما نشرته الصحيفة…”): a report referred to, not a statement. After a sourcing word
    (وفق ما أعلنت الخارجية) it is one."""
    tokens = prepared.tokens
    if cue_first - 2 < sentence.first_token or tokens[cue_first - 1].norm != "ما":
        return False
    before = tokens[cue_first - 2].norm
    return before in lexicon.language.clause_openers or before in QUOTE_OPENERS


PRONOUN_OBJECTS = frozenset(normalise_word(word) for word in "له لها لهم لهما".split())


def _pronoun_after(prepared: PreparedText, index: int, sentence: Sentence) -> bool:
    """Whether a sourcing phrase ending before ``index`` has a pronoun for its source (ووفقا له،
    وطبقا لها): the speaker already named."""
    return index < sentence.last_token and prepared.tokens[index].norm in PRONOUN_OBJECTS


def _next_word(prepared: PreparedText, index: int) -> int:
    """The first word token at or after ``index`` (past commas and marks), within a few tokens."""
    tokens = prepared.tokens
    for position in range(index, min(index + 3, len(tokens))):
        if tokens[position].is_word:
            return position
    return index

