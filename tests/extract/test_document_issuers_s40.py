"""A document's issuer named after the verb that issued it, fortieth session: behind the indefinite
head of its name (تقرير نشرته وكالة رويترز) and after an adjective of the document (تقرير إخباري
نشره، بيان رسمي أصدرته). Sentences written for the constructions, after real articles' shapes."""
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
