"""Speakers named but missed, thirty-sixth session (att53: eval/README.md "Speakers named but missed,
thirty-sixth session (att53)"): statements whose annotated speaker Marsad recognised in the sentence
but did not choose, one class a test, each on sentences written for it."""
from conftest import scored_statements


def test_a_state_reported_by_an_outlet_a_source_or_another_side_speaks(lexicon):
    # «وذكرت وكالة سبوتنيك أن الخارجية الروسية أعلنت …»: a state or body named right before its
    # own verb of saying, after أن/إن in what an outlet, an unnamed source or another state's
    # speaker reports, speaks itself (the relay convention: the innermost teller)
    text = "وذكرت وكالة سبوتنيك أن وزارة الخارجية الروسية أعلنت أن الوضع في ليبيا يتدهور."
    assert ("russia_mfa", "negative", "before_verb") in scored_statements(text, lexicon, date="2020-01-01")
    text = "وأشار ماس إلى أن تركيا شددت على انسحاب المرتزقة من ليبيا."
    assert ("turkey", "neutral", "before_verb") in scored_statements(text, lexicon, date="2020-01-01")
    text = "وقالت مصادر دبلوماسية إن الولايات المتحدة رفضت المقترح الروسي."
    assert ("usa", "negative", "before_verb") in scored_statements(text, lexicon, date="2020-01-01")
    text = "قال تقرير أوروبي إن إيطاليا حذرت حلفاءها من التدخل الروسي في ليبيا."
    assert ("italy", "negative", "before_verb") in scored_statements(text, lexicon, date="2020-01-01")
    text = "وأضاف لافروف أن تركيا طالبت بسحب المرتزقة من ليبيا."
    assert ("turkey", "negative", "before_verb") in scored_statements(text, lexicon, date="2020-01-01")


def test_a_speaker_telling_of_his_own_state_keeps_the_words(lexicon):
    # «وأكد لافروف أن روسيا تطالب …»: the state's own speaker gives its position, it makes no
    # statement of its own; so do unnamed officials whose nisba is that state's
    text = "وأكد لافروف أن روسيا تطالب بوقف القتال في ليبيا."
    assert scored_statements(text, lexicon, date="2020-01-01") == [("lavrov", "positive", "after_verb")]
    text = "وقال المسؤولون الأمريكيون إن الولايات المتحدة رفضت المقترح الروسي."
    assert [row[0] for row in scored_statements(text, lexicon, date="2020-01-01")] == ["المسؤولون الأمريكيون"]
    # inside quotation marks the words are the quoted speaker's
    text = 'وقال ماس إن "تركيا شددت على انسحاب المرتزقة".'
    assert [row[0] for row in scored_statements(text, lexicon, date="2020-01-01")] == ["maas"]
