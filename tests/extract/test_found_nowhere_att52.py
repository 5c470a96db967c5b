"""Statements found nowhere, thirty-sixth session (att52: eval/README.md "Statements found nowhere,
thirty-sixth session (att52)"): annotated statements whose sentence gave no statement at all, one
class a test, each on sentences written for it."""
from conftest import scored_statements


def test_a_readouts_passive_is_the_readouts_speaker(lexicon):
    # «كما تمت الإشارة إلى …», «وتم التأكيد على …», «وجرت الإشارة إلى …»: a readout's passive, "it
    # was pointed out", goes on with the speaker whose statement is read out
    text = "قالت الخارجية الروسية إن الوضع في ليبيا خطير. كما تمت الإشارة إلى أهمية الحوار بين الأطراف."
    assert scored_statements(text, lexicon, date="2020-01-01") == [
        ("russia_mfa", "negative", "after_verb"), ("russia_mfa", "positive", "carried")]
    text = "وأكد لافروف دعم موسكو للحوار. وتم التأكيد على ضرورة وقف إطلاق النار."
    assert [row[:2] for row in scored_statements(text, lexicon, date="2020-01-01")][1] == ("lavrov", "positive")
    text = "وقالت السفارة الروسية إن اللقاء كان بناء. وجرت الإشارة إلى أهمية الانتخابات."
    rows = scored_statements(text, lexicon, date="2020-01-01")
    assert [row[2] for row in rows] == ["after_verb", "carried"] and rows[0][0] == rows[1][0]
    # the agent after «من قبل» said it
    text = "وتم التأكيد على بدء المشروع من قبل الخارجية الروسية."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("russia_mfa", "neutral", "after_verb")]
    text = "وقد تم تأكيد الخبر من قبل المتحدث باسم الكرملين."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("peskov", "neutral", "after_verb")]
    text = "وتم التأكيد على انطلاق التدريبات من قبل مصدر في الشركة."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("مصدر في الشركة", "neutral", "unnamed")]
    # a name after the passive is what was said, never its subject; with nobody quoted before,
    # and after a narration of a meeting (one of two sides), nobody is named
    text = "وتمت الإشارة إلى دور روسيا في التسوية."
    assert scored_statements(text, lexicon, date="2020-01-01") == []
    text = "استقبل لافروف السراج في موسكو. وتمت الإشارة إلى أهمية الحوار."
    assert scored_statements(text, lexicon, date="2020-01-01") == []
    # a passive of another verb is narration, its agent no speaker
    text = "تم اعتقال المشتبه به من قبل الشرطة."
    assert scored_statements(text, lexicon, date="2020-01-01") == []


def test_an_unnamed_group_a_verb_describes_speaks(lexicon):
    # «ظهرت تقارير إعلامية تحدثت عن …», «انتقادات من حكومات غربية تقول إن …»: an indefinite group
    # and a verb with no و right after it (an asyndetic relative clause): the group says it
    text = "وانتشرت تقارير صحفية كثيرة تحدثت عن وصول أسلحة روسية إلى الشرق."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("تقارير صحفية كثيرة", "neutral", "unnamed")]
    text = "وتواجه الشركة اعتراضات من حكومات أوروبية تقول إن المشروع يعزز النفوذ الروسي."
    assert [row[0] for row in scored_statements(text, lexicon, date="2020-01-01")][-1] == "حكومات أوروبية"
    text = "وقد ظهرت مصادر محلية عديدة قالت إن السفينة رست في الميناء."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("مصادر محلية عديدة", "neutral", "unnamed")]
    # the news a verb describes is no group of speakers, and its sayer not found here
    text = "وتداولت مواقع إخبارية أنباء تفيد بأن السفينة رست في الميناء."
    assert ("مواقع إخبارية أنباء", "neutral", "unnamed") not in scored_statements(text, lexicon, date="2020-01-01")
    # what the news follows (بعد، عقب) is the writer's account, narration
    text = "ويأتي ذلك عقب تقارير صحفية تفيد بأن السفينة رست في الميناء."
    assert scored_statements(text, lexicon, date="2020-01-01") == []
    # a masculine singular after a plural group has another subject, or is no verb
    text = "واستقبل الرئيس أوراق سفراء أجانب جدد من عدة دول."
    assert scored_statements(text, lexicon, date="2020-01-01") == []
    # a sentence whose speaker is named keeps him
    text = "وقال لافروف إن تقارير غربية تتحدث عن قوات روسية، وهذا غير صحيح."
    assert [row[0] for row in scored_statements(text, lexicon, date="2020-01-01")] == ["lavrov"]


def test_a_verb_joined_after_a_comma_goes_on_with_the_subject_that_opens_the_sentence(lexicon):
    # «روسيا قد أوقفت المشروع، وأكدت أن …»: the actor that opens the sentence before its first verb
    # is the subject of a verb of saying joined by و after a comma, as when the verb opens it
    text = "روسيا قد أوقفت مشروع القرار، وأكدت أن العقوبات ستعرقل الحوار."
    assert scored_statements(text, lexicon, date="2021-01-01") == [("russia", "negative", "fronted")]
    # two actors joined by و: each says it, past a writer's note
    text = "يشار إلى أن روسيا والصين أوقفتا مشروع القرار، وأكدتا أن العقوبات ستعرقل الحوار."
    assert sorted(row[0] for row in scored_statements(text, lexicon, date="2021-01-01")) == ["china", "russia"]
    text = "لافروف زار الجزائر أمس، وأكد أن الحل في ليبيا سياسي."
    assert scored_statements(text, lexicon, date="2021-01-01") == [("lavrov", "neutral", "fronted")]
    # a feminine dual's past ends in تا: two states before it are its subject
    text = "روسيا والصين أكدتا أن العقوبات ستعرقل الحوار."
    assert sorted(row[0] for row in scored_statements(text, lexicon, date="2021-01-01")) == ["china", "russia"]
    # a dateline is no clause: the verb's own subject speaks
    text = "موسكو، 5 أبريل، وأكدت الوزارة أن الحل سياسي."
    assert [row[0] for row in scored_statements(text, lexicon, date="2021-01-01")] == ["الوزارة"]
