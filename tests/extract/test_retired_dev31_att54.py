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
    assert scored_statements(text, lexicon, date="2020-01-01")[-1] == ("التلفزيون", "neutral", "unnamed")
    # an adverb of time (اليوم) or the ones told after a verb of telling (الصحفيين) is no subject:
    # the verb goes on with the last speaker
    text = "قال لافروف إن الوضع صعب. وأكد اليوم أن موسكو تدعم الحوار. وأبلغ الصحفيين أن روسيا ترفض التدخل."
    assert scored_statements(text, lexicon, date="2020-01-01") == [
        ("lavrov", "neutral", "after_verb"), ("lavrov", "positive", "carried"), ("lavrov", "negative", "carried")]
