"""Language resources: the word lists of Arabic that every subject shares.

They live as documented text files in ``data/language/`` (one entry a line, ``#`` comments),
never as Python lists in a rule module, so that a linguist can correct them without reading
code. Entries are normalised on reading, the way the text they are compared with is.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.arabic.text import normalise_word

LANGUAGE_DIR = Path(__file__).resolve().parents[2] / "data" / "language"


@dataclass(frozen=True)
class Language:
    """The word lists, normalised. Each file's header says what reads it and why."""

    prepositions: frozenset[str]
    clause_openers: frozenset[str]
    negators: frozenset[str]
    adverbs: frozenset[str]
    generic_subjects: frozenset[str]
    function_words: frozenset[str]
    honorifics: frozenset[str]
    pluperfect: frozenset[str]
    institution_heads: frozenset[str]
    common_words: frozenset[str]
    given_names: frozenset[str]
    deputies: frozenset[str]
    weekdays: frozenset[str]
    documents: frozenset[str]
    boilerplate: tuple[str, ...]  # phrases, as normalised words joined by one space
    negation_bridges: frozenset[str] = frozenset()  # لا يمكن أن ندعم: what a negation reaches across
    modal_holders: frozenset[str] = frozenset()  # لا يمكن لأي وطني أن يقبل: crossed behind a modal
    issued: frozenset[str] = frozenset()  # بحسب تقرير لصحيفة…: a document whose issuer follows it
    same_reference: frozenset[str] = frozenset()  # المصدر ذاته: the speaker just named
    same_reference_before: frozenset[str] = frozenset()  # ذات المصادر: the speaker just named
    sources: frozenset[str] = frozenset()  # وأضاف المصدر: the one speaking goes on
    event_heads: frozenset[str] = frozenset()  # مؤتمر برلين: a place naming an event
    credits: frozenset[str] = frozenset()  # المصدر: وكالة سبوتنيك: a source credit line
    opinion_verbs: frozenset[str] = frozenset()  # إن ليبيا ترى: a state's view, given by the speaker
    relatives: frozenset[str] = frozenset()  # لافروف، الذي توقع: the antecedent is the subject
    without: frozenset[str] = frozenset()  # دون ذكر: what was not said
    avoiding: frozenset[str] = frozenset()  # تجنب الكرملين نفي أو تأكيد: what was not said either
    refusing: frozenset[str] = frozenset()  # رفض المتحدث التعليق: with a noun of speech, nothing said
    declined_speech: frozenset[str] = frozenset()  # the nouns of speech a refusal declines (التعليق)
    denying: frozenset[str] = frozenset()  # لم ينف، لم يستبعد: negated by its own speaker, no rejection
    confirming: frozenset[str] = frozenset()  # رفض تأكيد أو نفي: neither confirmed nor denied
    undisclosed: frozenset[str] = frozenset()  # ولم يكشف موعد الزيارة: a silence, no statement
    arenas: frozenset[str] = frozenset()  # ليست ساحة صراع: an arena refused, negated or not
    admitting: frozenset[str] = frozenset()  # روسيا تعترف: الوضع صعب: admitting, no stance of its own
    place_heads: frozenset[str] = frozenset()  # قاعدة "الجفرة": a place named in quotation marks
    person_descriptions: frozenset[str] = frozenset()  # المسؤول الروسي: a person named before
    sides: frozenset[str] = frozenset()  # الجانب التركي: a party to talks, the state of its nisba
    document_parts: frozenset[str] = frozenset()  # نص التعليق: the document's wording, the document
    resolutions: tuple[str, ...] = ()  # ونص مشروع القرار على: a resolution, nobody's words carried into it
    governments: frozenset[str] = frozenset()  # الحكومة التركية: the state, when no government is listed
    spokesmen: frozenset[str] = frozenset()  # ممثل الكرملين: whoever of the body was named last
    speech_nouns: frozenset[str] = frozenset()  # تصريحات لافروف: a statement carried by a noun
    occasions: frozenset[str] = frozenset()  # قال المتحدث في بيان: where it was said, not the title's host
    repetitions: frozenset[str] = frozenset()  # صرحوا أكثر من مرة: an adverbial, no subject
    saying_verbs: frozenset[str] = frozenset()  # وقال أستاذ العلوم السياسية: a noun after one is the subject
    topic_prepositions: frozenset[str] = frozenset()  # بشأن مزاعم: what is talked about, not judged
    discussing: frozenset[str] = frozenset()  # ناقشا سبل تعزيز التعاون: a topic of talks, not judged
    discussing_nouns: frozenset[str] = frozenset()  # تم مناقشة سبل التعاون: a readout's topic, not judged
    discussing_present: frozenset[str] = frozenset()  # من المقرر أن يناقش: talks to come, their topics not judged
    scheduling: frozenset[str] = frozenset()  # من المقرر أن، يفترض أن: what is to come
    claiming: frozenset[str] = frozenset()  # كما زعمت الصحيفة: another's claim cited to rebut it
    framing: frozenset[str] = frozenset()  # لمجرم الحرب: wrongdoing an outlet's report keeps as its charge
    purpose_heads: frozenset[str] = frozenset()  # اللجنة المشتركة للتعاون: a stance word in a body's name
    contrast: frozenset[str] = frozenset()  # ملتزمون لكننا نرفض: what follows is the point
    concessive: frozenset[str] = frozenset()  # رغم التحديات الصعبة، نحن ملتزمون: what is conceded
    continuing_verbs: frozenset[str] = frozenset()  # وأضاف: the previous speaker goes on
    preface_nouns: frozenset[str] = frozenset()  # وفي تعليق ساخر، قالت: the phrase describes the statement
    office_heads: frozenset[str] = frozenset()  # المكتب الإعلامي لرئاسة الأركان: speaks for the body
    member_heads: frozenset[str] = frozenset()  # أعضاء مجلس الأمن: the members speak as the listed body
    constituencies: frozenset[str] = frozenset()  # نواب عن دائرة طرابلس: whom an MP or a group stands for
    interrogatives: frozenset[str] = frozenset()  # كيف يمكن أن يكونوا هناك؟: a rhetorical question
    necessity: frozenset[str] = frozenset()  # ضرورة ألا يفوت الفرصة: with a negation, a warning
    mechanisms: frozenset[str] = frozenset()  # ضرورة تحديد موعد الانتخابات: a necessity of a mechanism, no call
    intensifiers: frozenset[str] = frozenset()  # عار تماما عن الصحة: an intensifier inside a cue
    definite_adjectives: frozenset[str] = frozenset()  # المبعوث الخاص: no nisba, no participle, still an adjective
    whereas: frozenset[str] = frozenset()  # فيما عبرت روسيا: a second main clause, its own speaker
    credit_connectors: frozenset[str] = frozenset()  # حسبما ذكرت الوكالة: the verb after credits an outlet
    increase: frozenset[str] = frozenset()  # تزايد نشاط التنظيمات الإرهابية: a threat growing
    fighting: frozenset[str] = frozenset()  # يحارب الإرهاب: a fight against a stigma
    even_handed: frozenset[str] = frozenset()  # لا تدعم طرفا على آخر: even-handedness, no rejection
    focus_adverbs: frozenset[str] = frozenset()  # خصوصا روسيا: the state, not the nisba of وفدا روسيا
    former: frozenset[str] = frozenset()  # الرئيس الأمريكي السابق: not the title's holder at the date
    work_heads: frozenset[str] = frozenset()  # فيلم "شوغالي": a work's title, not the person
    charging: frozenset[str] = frozenset()  # واتهمت فاغنر بارتكاب: the noun is the accused
    groups: frozenset[str] = frozenset()  # وأشار الخبراء: a group, not the person quoted before
    group_bodies: frozenset[str] = frozenset()  # وحذرت دول أوروبية: a subject only after a feminine verb
    quantifiers: frozenset[str] = frozenset()  # ويقول بعض المسؤولين: part of the unnamed group
    delegations: frozenset[str] = frozenset()  # أكد وفد من مجلس النواب: the group with its من
    homograph_verbs: frozenset[str] = frozenset()  # ثمن، بين: a verb only before a subject and its clause
    hedges: frozenset[str] = frozenset()  # على حد زعمه: the writer's hedge, no statement
    light_verbs: tuple[str, ...] = ()  # وجه دعوة: a verb and the noun of speech it takes, as phrases
    whereas_verbs: tuple[str, ...] = ()  # فيما طلب حفتر مهلة: a verb spelt like a noun, after whereas.txt
    reactions: frozenset[str] = frozenset()  # ، ما أثار ردود فعل رافضة: the writer's account
    circumstances: frozenset[str] = frozenset()  # ، في ظل تصاعد التوتر: the writer's context
    time_closers: frozenset[str] = frozenset()  # وفي وقت سابق نشرت: a preface of time ends, the verb follows
    stopping: frozenset[str] = frozenset()  # بوقف دعمها: the end of a good asked for
    calling: frozenset[str] = frozenset()  # تدعو روسيا لاستئناف: a call, with resumption.txt
    pledging: frozenset[str] = frozenset()  # تعهدا بوقف إطلاق النار: a pledge, read as a call for an aim
    resumption: frozenset[str] = frozenset()  # للعودة للعمل: asked for by a call, positive
    once_allowed: frozenset[str] = frozenset()  # حالما، عندما: an intention tied to conditions allowing
    allowing: frozenset[str] = frozenset()  # الظروف، الأمن، الحظر: the conditions such a clause names
    intending: frozenset[str] = frozenset()  # يعتزم، ننوي: an intention, as a future verb is
    for_now: frozenset[str] = frozenset()  # حتى اللحظة، حتى الآن: a negated intention deferred (for_now.txt)
    peace_aims: frozenset[str] = frozenset()  # إلى وقف إطلاق النار: asked for by a call, positive
    contributing: frozenset[str] = frozenset()  # تسهم في استقرار: a part credited in a good end
    contributed_ends: frozenset[str] = frozenset()  # استقرار، التوصل: the good ends contributing.txt reads
    negotiating: frozenset[str] = frozenset()  # نتفاوض مع روسيا لشراء: negotiating to buy, cooperation intended
    acquiring: frozenset[str] = frozenset()  # شراء، تجهيز: what negotiating.txt's verbs negotiate
    achieving_verbs: frozenset[str] = frozenset()  # سيحققان السلام: peace achieved, positive
    inclusion: frozenset[str] = frozenset()  # ينبغي أن يلعب الحزب دورا: a role asked for someone, positive
    reports: frozenset[str] = frozenset()  # وفقا لتقارير استخباراتية: unnamed sources, kept as written
    withdrawal: frozenset[str] = frozenset()  # طالبت موسكو بسحب قواتها: asked of a party by a call, negative
    demands: frozenset[str] = frozenset()  # طالب الحكومة بالإفراج عن: compliance asked of a party, negative
    feelings: frozenset[str] = frozenset()  # أن سيف الإسلام متفائل: another's mood, reported
    showing: frozenset[str] = frozenset()  # أن دمشق أبدت رغبتها: another's wish shown, reported
    copulas: frozenset[str] = frozenset()  # أصبحت أكثر قلقا: between a subject and its feeling
    held_nouns: frozenset[str] = frozenset()  # مخاوف واشنطن: another side's mood, reported
    hardships: frozenset[str] = frozenset()  # صعوبات تواجه روسيا: a difficulty met, told as news
    facing: frozenset[str] = frozenset()  # الصعوبات التي تواجهها روسيا: whoever meets the hardship
    mute_heads: frozenset[str] = frozenset()  # دور موسكو يلفت: the role, not Moscow, is the subject
    masculine_places: frozenset[str] = frozenset()  # العراق أكد: a place named by a masculine noun (att49)
    support_nouns: frozenset[str] = frozenset()  # الدعم الروسي لحفتر: another side's support, reported
    receiving: frozenset[str] = frozenset()  # يحظى بدعم روسيا: the genitive gives the support
    supporting: frozenset[str] = frozenset()  # إن روسيا أرسلت مقاتلات لدعم حفتر: another's support, reported
    conditionals: frozenset[str] = frozenset()  # إذا طلبت الحكومة: a supposition, no statement
    wishing: frozenset[str] = frozenset()  # لا نريد، ليس في مصلحة: a negated wish, with losing.txt
    losing: frozenset[str] = frozenset()  # لا نريد أن تخرج روسيا: a loss not wanted, positive
    leading: frozenset[str] = frozenset()  # ألا تؤدي العمليات إلى إراقة الدماء: a harm not wished, positive
    counterparts: frozenset[str] = frozenset()  # دعا بوتين ونظيره التركي أردوغان: a second speaker
    comment_verbs: frozenset[str] = frozenset()  # علقت الخارجية على: speech only with a complement
    blaming: frozenset[str] = frozenset()  # حمّل الوزير الحكومة المسؤولية: speech only with مسؤولية
    blocking: frozenset[str] = frozenset()  # منعت روسيا صدور بيان: a document never issued
    media_heads: frozenset[str] = frozenset()  # صحيفة الوسط: a suggested name that is an outlet
    addressed: frozenset[str] = frozenset()  # وقال الوزير للصحفيين: the ones told, behind ل
    monitor_heads: frozenset[str] = frozenset()  # تقرير سري للأمم المتحدة: its labels are no charge
    analyst_heads: frozenset[str] = frozenset()  # ويرى مراقبون: analysts report as an outlet does
    voting_verbs: frozenset[str] = frozenset()  # وافق مجلس الأمن على القرار: a council's vote, narration
    voting_bodies: frozenset[str] = frozenset()  # مجلس الأمن: a body that decides by vote
    directions: frozenset[str] = frozenset()  # مسؤول ملف شمال إفريقيا: the place after it, no object
    armed_heads: frozenset[str] = frozenset()  # كتيبة طارق بن زياد: a suggested armed group
    telling: frozenset[str] = frozenset()  # وأبلغت رويترز: the outlet is the one told, not the subject
    issuing_verbs: frozenset[str] = frozenset()  # رسالة وجهتها البعثة: the body that sent a document
    achieving: frozenset[str] = frozenset()  # لتحقيق هدنة: an aim of peace the speaker works for
    vows: frozenset[str] = frozenset()  # سنواصل القتال حتى: a vow to fight on
    placing: tuple[str, ...] = ()  # وجاء ذلك خلال لقائه: the statement before, placed; phrases
    placing_objects: tuple[str, ...] = ()  # وأدلى بهذا التصريح: the statement before, given; phrases
    subordinate_openers: frozenset[str] = frozenset()  # . حيث ساعدت: a clause of the statement before
    teasers: tuple[str, ...] = ()  # اقرأ أيضاً: a line pointing to another page, phrases as normalised words
    interview_questions: frozenset[str] = frozenset()  # س: …: an interviewer's question, no statement
    interview_answers: frozenset[str] = frozenset()  # ج: …: the interviewee's answer
    passive_auxiliaries: frozenset[str] = frozenset()  # تمت الإشارة: a readout's passive, no subject
    following: frozenset[str] = frozenset()  # بعد تقارير تفيد: what the news follows, narration
    writers_notes: tuple[str, ...] = ()  # يذكر أن: the writer's own note, nobody's statement carried into it
    # منى، هدى: names written with a final ى, other words with ي (مني: from me)
    maqsura_names: frozenset[str] = frozenset()


def read_word_list(path: Path) -> list[str]:
    """The normalised entries of one list file, in order, without comments or blank lines."""
    entries = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(" ".join(normalise_word(word) for word in line.split()))
    return entries


def language_version(folder: Path = LANGUAGE_DIR) -> str:
    """A short hash of the word lists' content: caches of an analysis key on it, since every
    analysis reads these files (an edited boilerplate list must re-analyse)."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.txt")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


@lru_cache(maxsize=4)
def load_language(folder: Path = LANGUAGE_DIR) -> Language:
    """The language resources of ``folder`` (default ``data/language/``), read once."""
    def words(name: str) -> frozenset[str]:
        return frozenset(read_word_list(folder / f"{name}.txt"))

    return Language(
        prepositions=words("prepositions"),
        clause_openers=words("clause_openers"),
        negators=words("negators"),
        adverbs=words("adverbs"),
        generic_subjects=words("generic_subjects"),
        function_words=words("function_words"),
        honorifics=words("honorifics"),
        pluperfect=words("pluperfect"),
        telling=words("telling"),
        institution_heads=words("institution_heads"),
        common_words=words("common_words"),
        given_names=words("given_names"),
        maqsura_names=words("maqsura_names"),
        deputies=words("deputies"),
        weekdays=words("weekdays"),
        documents=words("documents"),
        boilerplate=tuple(read_word_list(folder / "boilerplate.txt")),
        negation_bridges=words("negation_bridges"),
        modal_holders=words("modal_holders"),
        issued=words("issued"),
        issuing_verbs=words("issuing_verbs"),
        achieving=words("achieving"),
        vows=words("vows"),
        placing=tuple(read_word_list(folder / "placing.txt")),
        placing_objects=tuple(read_word_list(folder / "placing_objects.txt")),
        subordinate_openers=words("subordinate_openers"),
        same_reference=words("same_reference"),
        same_reference_before=words("same_reference_before"),
        sources=words("sources"),
        event_heads=words("event_heads"),
        credits=words("credits"),
        opinion_verbs=words("opinion_verbs"),
        relatives=words("relatives"),
        without=words("without"),
        avoiding=words("avoiding"),
        refusing=words("refusing"),
        declined_speech=words("declined_speech"),
        denying=words("denying"),
        confirming=words("confirming"),
        undisclosed=words("undisclosed"),
        arenas=words("arenas"),
        admitting=words("admitting"),
        place_heads=words("place_heads"),
        person_descriptions=words("person_descriptions"),
        sides=words("sides"),
        spokesmen=words("spokesmen"),
        governments=words("governments"),
        document_parts=words("document_parts"),
        resolutions=tuple(read_word_list(folder / "resolutions.txt")),
        speech_nouns=words("speech_nouns"),
        occasions=words("occasions"),
        saying_verbs=words("saying_verbs"),
        repetitions=words("repetitions"),
        topic_prepositions=words("topic_prepositions"),
        discussing=words("discussing"),
        discussing_nouns=words("discussing_nouns"),
        discussing_present=words("discussing_present"),
        scheduling=words("scheduling"),
        claiming=words("claiming"),
        framing=words("framing"),
        purpose_heads=words("purpose_heads"),
        contrast=words("contrast"),
        concessive=words("concessive"),
        continuing_verbs=words("continuing_verbs"),
        preface_nouns=words("preface_nouns"),
        office_heads=words("office_heads"),
        member_heads=words("member_heads"),
        constituencies=words("constituencies"),
        interrogatives=words("interrogatives"),
        necessity=words("necessity"),
        mechanisms=words("mechanisms"),
        intensifiers=words("intensifiers"),
        definite_adjectives=words("definite_adjectives"),
        whereas=words("whereas"),
        credit_connectors=words("credit_connectors"),
        even_handed=words("even_handed"),
        increase=words("increase"),
        fighting=words("fighting"),
        focus_adverbs=words("focus_adverbs"),
        former=words("former"),
        work_heads=words("work_heads"),
        charging=words("charging"),
        counterparts=words("counterparts"),
        comment_verbs=words("comment_verbs"),
        blaming=words("blaming"),
        blocking=words("blocking"),
        media_heads=words("media_heads"),
        addressed=words("addressed"),
        monitor_heads=words("monitor_heads"),
        analyst_heads=words("analyst_heads"),
        voting_verbs=words("voting_verbs"),
        passive_auxiliaries=words("passive_auxiliaries"),
        following=words("following"),
        voting_bodies=words("voting_bodies"),
        directions=words("directions"),
        armed_heads=words("armed_heads"),
        groups=words("groups"),
        group_bodies=words("group_bodies"),
        quantifiers=words("quantifiers"),
        delegations=words("delegations"),
        homograph_verbs=words("homograph_verbs"),
        hedges=words("hedges"),
        reactions=words("reactions"),
        circumstances=words("circumstances"),
        time_closers=words("time_closers"),
        stopping=words("stopping"),
        calling=words("calling"),
        pledging=words("pledging"),
        resumption=words("resumption"),
        once_allowed=words("once_allowed"),
        allowing=words("allowing"),
        intending=words("intending"),
        for_now=words("for_now"),
        peace_aims=words("peace_aims"),
        contributing=words("contributing"),
        contributed_ends=words("contributed_ends"),
        negotiating=words("negotiating"),
        inclusion=words("inclusion"),
        acquiring=words("acquiring"),
        achieving_verbs=words("achieving_verbs"),
        reports=words("reports"),
        withdrawal=words("withdrawal"),
        demands=words("demands"),
        feelings=words("feelings"),
        showing=words("showing"),
        copulas=words("copulas"),
        held_nouns=words("held_nouns"),
        hardships=words("hardships"),
        facing=words("facing"),
        mute_heads=words("mute_heads"),
        masculine_places=words("masculine_places"),
        support_nouns=words("support_nouns"),
        receiving=words("receiving"),
        supporting=words("supporting"),
        conditionals=words("conditionals"),
        wishing=words("wishing"),
        losing=words("losing"),
        leading=words("leading"),
        teasers=tuple(read_word_list(folder / "teasers.txt")),
        interview_questions=words("interview_questions"),
        interview_answers=words("interview_answers"),
        writers_notes=tuple(read_word_list(folder / "writers_notes.txt")),
        light_verbs=tuple(read_word_list(folder / "light_verbs.txt")),
        whereas_verbs=tuple(read_word_list(folder / "whereas_verbs.txt")),
    )
