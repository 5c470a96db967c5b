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
