"""Fresh articles read live for speakers, thirty-fifth session (att48: eval/README.md "Fresh
articles read live for speakers, thirty-fifth session (att48)"): the constructions found there,
each on a sentence written for the test."""
from conftest import scored_statements


def test_a_document_owned_behind_lam_names_who_said_what_its_verb_tells(lexicon):
    # «تغريدة لباشاغا قال فيها»: the actor behind ل, in construct with an indefinite document, owns
    # it, and the verb with the document's pronoun (فيها، فيه) tells what he said; the speaker
    # before is not carried into it
    text = "وقالت الخارجية الروسية إن الوضع مستقر. وتلت ذلك تغريدة لباشاغا قال فيها إن التصعيد خطير على المدنيين."
    assert scored_statements(text, lexicon, date="2022-03-02")[1:] == [("bashagha", "negative", "speech_noun")]
    text = "وقالت الخارجية الروسية إن الوضع مستقر. وفي بيان للدبيبة أكد فيه أن الحوار هو الحل الوحيد."
    assert scored_statements(text, lexicon, date="2022-03-02")[1:] == [("dbeibah", "positive", "speech_noun")]
    # a series of posts, the plural of the document
    text = "وجاءت بعد الاجتماع سلسلة تغريدات لباشاغا قال فيها إن التصعيد خطير على المدنيين."
    assert scored_statements(text, lexicon, date="2022-03-02") == [("bashagha", "negative", "speech_noun")]
    # with no pronoun taking the document back, the verb is not the owner's: nothing changes
    text = "وقالت الخارجية الروسية إن الوضع مستقر. ونشر موقع تقريرا للدبيبة قال إن الوضع مستقر."
    assert scored_statements(text, lexicon, date="2022-03-02")[1][0] != "dbeibah"


def test_a_modal_verb_after_a_verb_of_saying_is_no_subject(lexicon):
    # «وأضاف، يجب أن …»: the modal (necessity.txt, negation_bridges.txt) opens what is said, so
    # the verb goes on with the speaker before, not with «يجب» kept as an unnamed subject
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. وأضاف، يجب أن نبذل كل جهد لدعم الحوار."
    assert [row[0] for row in scored_statements(text, lexicon, date="2020-05-01")] == ["lavrov", "lavrov"]
    assert scored_statements(text, lexicon, date="2020-05-01")[1][2] == "carried"
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. وتابع، يمكن أن نتوصل إلى اتفاق."
    assert scored_statements(text, lexicon, date="2020-05-01")[1][::2] == ("lavrov", "carried")


def test_a_document_that_issued_from_a_body_speaks_for_it(lexicon):
    # «بيان صدر عن وزارة الخارجية»: the verb صدر behind the document, as the participle صادر, names
    # its issuer behind عن, who speaks; «بيان صدر» is no speaker as written
    text = "وأفاد بيان صدر عن وزارة الخارجية الروسية أن موسكو تدعم الحوار بين الليبيين."
    assert scored_statements(text, lexicon, date="2020-05-01") == [("russia_mfa", "positive", "after_verb")]
    text = "وقالت رسالة صدرت عن السفارة الروسية في ليبيا إن الوضع في العاصمة مستقر."
    assert scored_statements(text, lexicon, date="2024-05-01")[0][::2] == ("russian_embassy_libya", "after_verb")


def test_news_agencies_unnamed_in_the_plural_speak(lexicon):
    # «قالت وكالات أنباء روسية، إن …»: the plural of an outlet's head is an unnamed group, as
    # «وسائل إعلام روسية» is; before, the sentence had no statement at all
    text = "قالت وكالات أنباء روسية، إن الرئيس الروسي التقى المشير في موسكو."
    rows = scored_statements(text, lexicon, date="2023-09-28")
    assert len(rows) == 1 and rows[0][0].startswith("وكالات") and rows[0][1:] == ("neutral", "unnamed")
    text = "وذكرت وكالات الأنباء أن الوفد وصل إلى بنغازي."
    assert scored_statements(text, lexicon, date="2023-09-28")[0][2] == "unnamed"


def test_a_foreign_rank_as_outlets_write_it_is_a_title(lexicon):
    # «الميجور جنرال» before a name nobody listed: the rank is a title (titles.csv), so the name
    # after it is the speaker, not «الميجور جنرال» and the given name with the surname cut off
    text = "ونقلت وكالة سبوتنيك عن الميجور جنرال أندريه بتروف المتحدث باسم الوزارة قوله إن هذه الأنباء كاذبة."
    assert scored_statements(text, lexicon, date="2017-03-15") == [("أندريه بتروف", "negative", "unlisted")]
    text = "وقال الميجور أندريه بتروف إن هذه الأنباء كاذبة."
    assert scored_statements(text, lexicon, date="2017-03-15")[0][0] == "أندريه بتروف"
