"""The twenty-eighth blind set read, thirty-eighth session (att56: eval/README.md "The twenty-eighth
blind set read, thirty-eighth session (att56)"): the classes of speaker errors fixed on `dev33`, one
test each, on sentences written for them."""
from conftest import scored_statements


def test_a_verb_right_after_the_question_particle_is_asked_not_stated(lexicon):
    # «هل توافق روسيا على …؟»: the narration asks whether the state agrees; nobody agrees or says
    # anything, in a headline, in a line cut after the question, or in an indirect question
    assert scored_statements("هل توافق موسكو على طلب طرابلس بتزويدها بالسلاح؟", lexicon, date="2020-01-01") == []
    assert scored_statements("وهل يرفض لافروف المبادرة الأوروبية؟", lexicon, date="2020-01-01") == []
    text = "طباعة هل تدعم روسيا حكومة الوحدة\nتزايدت المخاوف في العواصم الأوروبية."
    assert scored_statements(text, lexicon, date="2022-01-01") == []
    # the verb's subject still speaks when no question particle stands before the verb
    assert scored_statements("توافق موسكو على طلب طرابلس.", lexicon, date="2020-01-01") == [
        ("moscow", "positive", "after_verb")]
    # inside a quotation the speaker answers his own question: his words, as before
    text = "وقال الدبيبة «هل سنلتزم بالاتفاقات السابقة؟ نعم»."
    rows = scored_statements(text, lexicon, date="2022-01-01")
    assert rows and {row[0] for row in rows} == {"dbeibah"}


def test_a_document_refers_back_to_whoever_spoke_in_it_not_to_the_last_speaker(lexicon):
    # «وقالت الوزارة، في بيان …» … another speaker … «وأكد البيان أن …»: the statement is the
    # ministry's, though someone else was quoted in between
    text = ("وقالت وزارة الخارجية الروسية، في بيان نشرته على موقعها، إن الأنباء كاذبة. "
            "وكانت صحف عربية نقلت عن مصدر ليبي قوله إن الخبراء وصلوا. "
            "وأكد البيان أن روسيا تدعم الحل السياسي.")
    rows = scored_statements(text, lexicon, date="2020-09-01")
    assert rows[-1] == ("russia_mfa", "positive", "document")
    # with no one said to speak in it, the document is still the last speaker's, as before
    text = "وقال لافروف إن الأنباء كاذبة. وأضاف البيان أن روسيا تدعم الحل السياسي."
    assert scored_statements(text, lexicon, date="2020-09-01")[-1] == ("lavrov", "positive", "document")


def test_a_person_behind_a_description_or_a_title_the_recogniser_did_not_know(lexicon):
    # «قال رجل الأعمال الروسي يفغيني بريغوجين إن»: a description no title lists, then a listed
    # person's name closing the verb's subject: he speaks, not the name fronted before the comma
    text = "وتعليقاً على تصريحات وزير الخارجية الروسي، قال رجل الأعمال الروسي يفغيني بريغوجين إن الاتفاق غير موجود."
    assert scored_statements(text, lexicon, date="2022-05-01") == [("prigozhin", "neutral", "after_verb")]
    # a name after an indefinite word is its genitive: the adviser speaks, as written
    text = "وقال مستشار الرئيس الروسي إن الوضع صعب."
    assert [row[0] for row in scored_statements(text, lexicon, date="2022-05-01")] == ["مستشار الرئيس الروسي"]
    # «رد السيناتور فلان الفلاني، عضو …»: a senator is a title, and the name after it a person
    # nobody listed, who goes on speaking in the next sentence
    text = ("ومن جانبه رد السيناتور أندريه كوزلوفسكي، عضو لجنة الدفاع في مجلس الاتحاد، في تصريح لوكالة روسية: "
            "«لم نرسل أي قوات إلى ليبيا». وأضاف كوزلوفسكي أن هذه الأنباء مختلقة.")
    rows = scored_statements(text, lexicon, date="2022-05-01")
    assert rows[0] == ("أندريه كوزلوفسكي", "negative", "unlisted")
    assert rows[-1][0] == "أندريه كوزلوفسكي"
