"""A resolution or its draft as the subject of the verb that opens a sentence (att58): nobody
quoted before is carried into what it says, and after a verb of saying with على أن it speaks as
written. Sentences written for the constructions, after real articles' shapes."""
from conftest import scored_statements


def test_a_draft_opening_the_sentence_is_not_the_envoy_quoted_before(lexicon):
    # «ونص مشروع القرار على "… ودعم البعثة"»: the draft's text, not the envoy's words
    text = ("وأعرب المندوب الروسي فاسيلي نيبينزيا عن أسفه لتقصير مدة الولاية. "
            "ونص مشروع القرار على \"تمديد عمل البعثة ودعم الحكومة في طرابلس\".")
    assert [row[0] for row in scored_statements(text, lexicon, date="2022-01-01")] == ["nebenzia"]
    # «وصدر القرار … ويجدد»: a verb joined to the resolution's goes on with it, not with him
    text = ("وقال نيبينزيا إن بلاده امتنعت عن التصويت. "
            "وصدر القرار بأغلبية 13 صوتا، ويجدد لعام كامل مهمة المراقبة في البحر.")
    assert [row[0] for row in scored_statements(text, lexicon, date="2022-01-01")] == ["nebenzia"]


def test_a_resolution_after_a_verb_of_saying_and_ala_anna_speaks_as_written(lexicon):
    # «وأكد القرار على أن …»: the resolution stresses it
    text = ("وقال نيبينزيا إن بلاده امتنعت عن التصويت. "
            "وأكد القرار على أن الوضع في ليبيا يشكل تهديدا للسلم.")
    rows = scored_statements(text, lexicon, date="2022-01-01")
    assert rows[0][0] == "nebenzia"
    assert rows[1:] == [("القرار", "negative", "unnamed")]


def test_a_feminine_verb_before_the_resolution_still_goes_on_with_the_speaker(lexicon):
    # «ورفضت القرار»: she rejected it; the resolution is the object
    text = "وقالت زاخاروفا إن موسكو تدعم الحوار. ورفضت القرار ووصفته بأنه خطير."
    assert [row[0] for row in scored_statements(text, lexicon, date="2022-01-01")][1:] == ["zakharova"]


def test_a_decision_with_a_demonstrative_is_the_object_and_the_speaker_goes_on(lexicon):
    # «وأكد القرار هذا …»: he confirmed this decision; the speaker before goes on
    text = "قال نيبينزيا إن بلاده امتنعت عن التصويت. وأكد القرار هذا وقال إنه نهائي."
    assert [row[::2] for row in scored_statements(text, lexicon, date="2022-01-01")][:2] == [
        ("nebenzia", "after_verb"), ("nebenzia", "carried")]


def test_a_resolution_after_a_preposition_or_as_a_verb_of_saying_s_object_keeps_the_speaker(lexicon):
    # «وعن القرار، قال إنه …»: what he speaks about; he goes on
    text = "وقال نيبينزيا إن بلاده امتنعت عن التصويت. وعن القرار، قال إنه لا يحدد المسؤوليات."
    assert [row[::2] for row in scored_statements(text, lexicon, date="2022-01-01")] == [
        ("nebenzia", "after_verb"), ("nebenzia", "carried")]
    # «ووصف القرار بأنه منحاز»: he describes the resolution, its object
    text = "وقال نيبينزيا إن بلاده امتنعت عن التصويت. ووصف القرار بأنه منحاز."
    assert [row[0] for row in scored_statements(text, lexicon, date="2022-01-01")][1:] == ["nebenzia"]
