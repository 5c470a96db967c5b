"""Speakers named where the rules lost them, fortieth session: a document's issuer named after the
verb that issued it, behind the indefinite head of its name (تقرير نشرته وكالة رويترز) and after an
adjective of the document (تقرير إخباري نشره، بيان رسمي أصدرته); a name after the abbreviation of
doctor (د.). Sentences written for the constructions, after real articles' shapes."""
from conftest import scored_statements


def test_the_issuer_behind_the_head_of_its_name_speaks(lexicon):
    # «وكالة» is no alias of Reuters: it was read alone as a body nobody listed
    text = "وذكر تقرير نشرته وكالة رويترز أن روسيا نقلت معدات عسكرية إلى ليبيا."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("reuters", "neutral", "after_verb")]


def test_the_issuer_after_an_adjective_of_the_document_speaks(lexicon):
    # «تقرير إخباري نشرته»: the report's adjective stood between the document and the verb
    text = "كشف تقرير إخباري نشرته وكالة رويترز عن استمرار التحضيرات الروسية."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("reuters", "neutral", "after_verb")]
    text = "وقال بيان رسمي أصدرته وزارة الخارجية الروسية إن موسكو تدعم الحوار بين الليبيين."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("russia_mfa", "positive", "after_verb")]
    # a body nobody listed, named after the verb, speaks as written
    text = "كشف تقرير إخباري نشره موقع المونيتور الأميركي عن استمرار التحضيرات الروسية."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("موقع المونيتور الأميركي", "neutral", "unlisted")]


def test_a_name_after_the_abbreviation_of_doctor_speaks(lexicon):
    # «د.» is الدكتور: its full stop neither ends the sentence nor the title before the name
    text = "وقال المحلل السياسي د. محمد الزاهي إن روسيا تسعى إلى توسيع نفوذها."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("محمد الزاهي", "neutral", "unlisted")]


def test_a_name_nobody_listed_after_a_bare_demonstrative_object_speaks(lexicon):
    # «وأعلن ذلك جون سميث»: the object ذلك stands between the verb and its subject, as in «وأكد ذلك
    # بيسكوف»; a name nobody listed was carried to the speaker before
    text = "وقال روغوزين إن الغرب أخطأ. وأعلن ذلك جون سميث رئيس الاستخبارات الأمريكية."
    assert scored_statements(text, lexicon, date="2012-10-01") == [
        ("rogozin", "neutral", "after_verb"), ("جون سميث", "neutral", "unlisted")]
    # a preposition or an adverb after the object names nobody: the speaker before goes on
    text = "وقال روغوزين إن الغرب أخطأ. وأكد ذلك خلال لقائه بالسفير."
    assert [row[::2] for row in scored_statements(text, lexicon, date="2012-10-01")] == [
        ("rogozin", "after_verb"), ("rogozin", "carried")]


def test_the_lna_chief_of_staff_by_the_armed_forces_official_name(lexicon):
    # from August 2025 Khaled Haftar holds the title under the LNA's official name; the shorter
    # «رئيس الأركان العامة» alone stays Tripoli's al-Haddad
    text = "وقال رئيس الأركان العامة للقوات المسلحة العربية الليبية إن التعاون مع روسيا مستمر."
    assert scored_statements(text, lexicon, date="2025-10-01") == [("haftar_khaled", "positive", "after_verb")]
    text = "وقال رئيس الأركان العامة إن التعاون مع روسيا مستمر."
    assert scored_statements(text, lexicon, date="2025-10-01") == [("haddad", "positive", "after_verb")]


def test_a_state_or_body_after_a_definite_title_is_the_object(lexicon):
    # «ودعا الوزير تركيا إلى»: الوزير governs no genitive; Turkey is the one called on, and the
    # minister just quoted speaks (pol47's finding)
    text = "وقال لافروف إن الحل سياسي. ودعا الوزير تركيا إلى سحب قواتها."
    assert [row[::2] for row in scored_statements(text, lexicon, date="2020-06-01")] == [
        ("lavrov", "after_verb"), ("lavrov", "title_anaphora")]
    text = "وحث الوزير مجلس النواب على الانعقاد."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("الوزير", "neutral", "unnamed")]
    # a person after the title is its holder, as before
    text = "وقال الوزير لافروف إن الحل سياسي."
    assert scored_statements(text, lexicon, date="2020-06-01")[0][0] == "lavrov"
