"""Constructions read in dev26 (the twenty-fourth blind set, retired in the thirty-first session:
eval/README.md "The twenty-fourth blind set read"), each on a sentence written for the test."""
from conftest import scored_statements


def test_a_clause_cut_off_by_a_full_stop_goes_on_with_the_statement_before(lexicon):
    # «… . حيث …», «… . مما …»: the full stop cuts a clause of the statement from it; the clause
    # is the same speaker's, with the statement's polarity (language/subordinate_openers.txt)
    text = ("وقالت وزارة الخارجية الروسية إن الحوار في ليبيا يتقدم. "
            "حيث يعمل الطرفان على إعداد جدول للانتخابات.")
    assert scored_statements(text, lexicon) == [
        ("russia_mfa", "neutral", "after_verb"), ("russia_mfa", "neutral", "subordinate")]
    text = ("وانتقدت وزارة الخارجية الروسية نشر قوات أجنبية في ليبيا. "
            "مما يجعل الحل السياسي أبعد من أي وقت مضى.")
    assert scored_statements(text, lexicon) == [
        ("russia_mfa", "negative", "after_verb"), ("russia_mfa", "negative", "subordinate")]
    # after narration, the clause is narration too
    text = "ووصل الوفد الروسي إلى طرابلس أمس. حيث يلتقي رئيس الحكومة اليوم."
    assert scored_statements(text, lexicon) == []


def test_the_same_sources_written_before_the_noun_are_the_sources_just_quoted(lexicon):
    # «وأضافت ذات المصادر»: ذات before the noun refers back as ذاتها after it does
    # (language/same_reference_before.txt), so the speaker is the sources quoted before
    text = ("أفادت مصادر دبلوماسية أوروبية بأن موسكو تعد لاتفاق جديد مع طبرق. "
            "وأضافت ذات المصادر أن الاتفاق يشمل صيانة السفن.")
    assert scored_statements(text, lexicon) == [
        ("مصادر دبلوماسية أوروبية", "neutral", "unnamed"), ("مصادر دبلوماسية أوروبية", "neutral", "same_source")]
    text = ("وقال مصدر عسكري ليبي إن الطائرات هبطت في الجفرة. "
            "وأضاف نفس المصدر أن الشحنة ضمت ذخائر.")
    assert scored_statements(text, lexicon)[-1] == ("مصدر عسكري ليبي", "neutral", "same_source")


def test_how_often_it_was_said_is_no_subject_of_the_verb_of_saying(lexicon):
    # «صرحوا أكثر من مرة بأن»: the words between the verb and its clause count how often it was
    # said (language/repetitions.txt); they are no speaker, so the speaker before goes on
    said = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار الليبي. "
    assert scored_statements(said + "وصرح أكثر من مرة بأن بلاده لن ترسل قوات إلى ليبيا.", lexicon) == [
        ("lavrov", "positive", "after_verb"), ("lavrov", "neutral", "carried")]
    assert scored_statements(said + "وصرح مرات عدة بأن بلاده لن ترسل قوات إلى ليبيا.", lexicon)[-1] == (
        "lavrov", "neutral", "carried")
    # a subject there is still the subject
    assert scored_statements(said + "وصرح مسؤول ليبي بأن بلاده لن تقبل قوات.", lexicon)[-1] == (
        "مسؤول ليبي", "negative", "unnamed")


def test_others_unnamed_are_a_group_of_their_own(lexicon):
    # «ويقول آخرون إن»: others, unnamed, speak as a group (generic_subjects.txt), never the
    # speaker quoted before them
    text = "قال مسؤول ليبي إن الوضع في سرت هادئ. ويقول آخرون إن الطائرات هبطت في الجفرة أمس."
    assert scored_statements(text, lexicon) == [
        ("مسؤول ليبي", "neutral", "unnamed"), ("آخرون", "neutral", "unnamed")]


def test_a_body_in_the_clause_does_not_make_the_group_before_it_an_object(lexicon):
    # «كما يرى آخرون أن دول الناتو لن تتنازل»: دول after أن is in what they see; only the group's
    # own words decide whether a masculine verb makes it its object (ودعا دول العالم إلى الحوار)
    text = "كما يرى آخرون أن دول حلف الناتو لن تتنازل عن نفوذها."
    assert scored_statements(text, lexicon) == [("آخرون", "neutral", "unnamed")]
    text = "قال لافروف إن الحل في ليبيا سياسي. ودعا دول العالم إلى دعم الحوار."
    assert scored_statements(text, lexicon)[-1] == ("lavrov", "positive", "carried")


def test_via_before_the_verb_expressed_is_no_split_cue_of_its_own(lexicon):
    # «ونشر رسالة عبر مواقع التواصل عبر فيها عن شكره»: the first عبر is "via", the second the
    # verb (a pronoun after it, then عن); the sites are no speaker, the writer goes on
    text = ("وقال رئيس المؤسسة ألكسندر مالكفيتش إن الباحثين في طريقهم إلى موسكو. "
            "ونشر رسالة عبر مواقع التواصل الاجتماعي عبر فيها عن شكره لوزارة الخارجية الروسية.")
    assert scored_statements(text, lexicon) == [
        ("malkevich", "neutral", "after_verb"), ("malkevich", "positive", "carried")]
    # the document's issuer still speaks when the document stands right before the verb
    text = "وأصدرت وزارة الخارجية الروسية بيانا عبرت فيه عن قلقها من التصعيد."
    assert scored_statements(text, lexicon) == [("russia_mfa", "negative", "opening_subject")]


def test_forces_in_construct_with_a_listed_body_speak_for_it(lexicon):
    # «أعلنت قوات حكومة الوفاق»: forces (armed_heads.txt) in construct with a listed body are that
    # body speaking, not «قوات» as a speaker nobody listed
    text = "وقالت قوات حكومة الوفاق إنها استعادت السيطرة على مطار طرابلس."
    assert scored_statements(text, lexicon) == [("gna", "neutral", "after_verb")]


def test_the_source_going_on_is_the_one_who_was_speaking(lexicon):
    # «وأضاف المصدر»: a definite source noun alone after a verb that goes on is whoever spoke
    # before (language/sources.txt), here a page nobody listed, not a new unnamed «المصدر»
    text = ("وقالت الصفحة الرسمية لعملية الدرع إن ثلاث طائرات هبطت في المطار. "
            "وأضاف المصدر أن الطائرات نقلت جنودا وذخائر.")
    assert scored_statements(text, lexicon) == [
        ("الصفحة الرسمية لعملية الدرع", "neutral", "unnamed"), ("الصفحة الرسمية لعملية الدرع", "neutral", "same_source")]
    # a verb that does not go on leaves the source as written
    text = ("وقالت الصفحة الرسمية لعملية الدرع إن ثلاث طائرات هبطت في المطار. "
            "وأكد المصدر أن الطائرات نقلت جنودا وذخائر.")
    assert scored_statements(text, lexicon)[-1] == ("المصدر", "neutral", "unnamed")


def test_the_article_a_writer_wrote_speaks_for_the_writer(lexicon):
    # «كتبت X في “صحيفة” … وجاء في المقال:»: the column is the writer's (documents.txt,
    # generic_subjects.txt), as «وجاء في البيان» is the issuer's
    text = ("كتب الصحفي يوري سافين، في “إزفستيا”، حول صفقة الحبوب مع ليبيا. "
            "وجاء في المقال: يبحث وفد ليبي في موسكو شراء الحبوب مباشرة.")
    assert scored_statements(text, lexicon) == [
        ("يوري سافين", "neutral", "unlisted"), ("يوري سافين", "neutral", "document")]
