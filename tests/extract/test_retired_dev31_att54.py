"""The twenty-ninth blind set read, thirty-seventh session (att54: eval/README.md "The twenty-ninth
blind set read, thirty-seventh session (att54)"): the speaker errors Marsad made on the retired blind
set off Libya, one class a test, each on sentences written for it."""
from conftest import scored_statements


def test_a_phrase_behind_a_preposition_is_no_narrated_subject(lexicon):
    # «ووفقاً للاتفاق مع روسيا سيتم …»: the word behind ل after the opening word is the source
    # credited, not the subject of a narration, so the verb of the next sentence goes on with the
    # last speaker instead of taking «للاتفاق» for one
    text = ("وقال لافروف إن التعاون مع مصر يتطور. ووفقاً للعقد مع القاهرة ستبدأ الأعمال العام المقبل. "
            "وأوضح أن المشروع يخدم مصالح البلدين.")
    assert scored_statements(text, lexicon, date="2020-01-01") == [
        ("lavrov", "positive", "after_verb"), ("lavrov", "positive", "carried")]
    # a person who opens the narration before is still the subject the verb goes on with
    text = "قال لافروف إن الوضع صعب. واستقبل شويغو وفدا ليبيا في موسكو. وأكد أن التعاون العسكري مستمر."
    assert scored_statements(text, lexicon, date="2020-01-01")[-1] == ("shoigu", "neutral", "narrated_subject")


def test_a_definite_subject_nobody_listed_stops_the_carry_over(lexicon):
    # «وأوضح التلفزيون "أنه …"»: definite words nobody listed stand between the verb and what is
    # said; they are its subject, a new speaker, kept as written, and the last speaker quoted (the
    # agency) is not carried past them
    text = "وذكرت وكالة تاس أن الوفد الليبي وصل إلى موسكو. وأوضحت النشرة الرسمية أن الزيارة تستمر يومين."
    assert scored_statements(text, lexicon, date="2020-01-01") == [
        ("tass", "neutral", "after_verb"), ("النشرة الرسمية", "neutral", "unnamed")]
    text = 'وذكرت وكالة تاس أن الوفد الليبي وصل إلى موسكو. وأكد التلفزيون: "المحادثات ستتناول التعاون العسكري".'
    # (a television heads a body's name, institution_heads.txt: a body nobody listed)
    assert scored_statements(text, lexicon, date="2020-01-01")[-1] == ("التلفزيون", "neutral", "unlisted")
    # an adverb of time (اليوم) or the ones told after a verb of telling (الصحفيين) is no subject:
    # the verb goes on with the last speaker
    text = "قال لافروف إن الوضع صعب. وأكد اليوم أن موسكو تدعم الحوار. وأبلغ الصحفيين أن روسيا ترفض التدخل."
    assert scored_statements(text, lexicon, date="2020-01-01") == [
        ("lavrov", "neutral", "after_verb"), ("lavrov", "positive", "carried"), ("lavrov", "negative", "carried")]


def test_a_state_television_and_a_directorate_speak_as_bodies(lexicon):
    # «وفق ما ذكر التلفزيون الرسمي»، «نقلت الوكالة عن مديرية الإعلام …»: a television and a
    # directorate head the name of a body that speaks, kept as written when nobody listed it
    text = "وصلت شحنة من القمح الروسي إلى الميناء، وفق ما ذكر التلفزيون الرسمي في تونس."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("التلفزيون الرسمي", "neutral", "unlisted")]
    text = "ونقلت وكالة الأنباء عن مديرية الإعلام في وزارة الدفاع، أن التدريبات المشتركة مع روسيا بدأت."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("مديرية الإعلام", "neutral", "unlisted")]


def test_a_titled_name_nobody_listed_is_the_antecedent_of_a_relative_verb(lexicon):
    # «محادثات مع وزير … الروسي فلان فلانوف، الذي أعلن …»: a title and its holder's name nobody
    # listed, set off by a comma before the relative pronoun, behind a preposition or not, are the
    # subject of the verb of saying the pronoun opens
    text = "واستقبل الوزير في موسكو نائب رئيس الوزراء الروسي فلاديمير كاشين، الذي أكد أن بلاده تدعم الحوار."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("فلاديمير كاشين", "positive", "relative")]
    text = "وأجرى الوفد محادثات مع وزير الزراعة الروسي أندريه باتروشيف، الذي أعلن عن اتفاق لتوريد القمح."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("أندريه باتروشيف", "neutral", "relative")]
