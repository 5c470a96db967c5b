"""The twenty-seventh blind set read, thirty-sixth session (att51: eval/README.md "The
twenty-seventh blind set read, thirty-sixth session (att51)"): each class fixed, on sentences
written for the test."""
from conftest import scored_statements


def test_a_nisba_refers_back_to_the_state_a_title_names_in_construct(lexicon):
    # «السفير … مندوب لبنان …، وأعرب السفير اللبناني»: the nisba of the state his title names in
    # construct is his, as «السفير الإيطالي جوزيبي …، وأكد السفير الإيطالي» was already
    text = ("وقال السفير كريم حداد، مندوب لبنان لدى الأمم المتحدة، إن بلاده ترفض التدخل العسكري. "
            "وقال لافروف إن الحل سياسي. وأعرب السفير اللبناني عن أمله في التهدئة.")
    assert scored_statements(text, lexicon, date="2019-05-01") == [
        ("كريم حداد", "negative", "unlisted"), ("lavrov", "neutral", "after_verb"),
        ("كريم حداد", "positive", "title_anaphora")]
    # the title in construct right after the name, with no comma, is his too
    text = ("وقال السفير كريم حداد مندوب لبنان الدائم لدى الأمم المتحدة إن بلاده ترفض التدخل العسكري. "
            "وقال لافروف إن الحل سياسي. وأعرب السفير اللبناني عن أمله في التهدئة.")
    assert [row[0] for row in scored_statements(text, lexicon, date="2019-05-01")] == ["كريم حداد", "lavrov", "كريم حداد"]
    # an unnamed title in construct with a state, then the same head with its nisba
    text = "وقال مندوب مصر لدى الجامعة العربية إن الحوار ضروري. وأضاف المندوب المصري أن الحل سياسي."
    assert [row[:1] + row[2:] for row in scored_statements(text, lexicon, date="2019-05-01")] == [
        ("مندوب مصر لدى الجامعة العربية", "unnamed"), ("مندوب مصر لدى الجامعة العربية", "title_anaphora")]
    # another state's nisba is someone else
    text = ("وقال السفير كريم حداد، مندوب لبنان لدى الأمم المتحدة، إن بلاده ترفض التدخل العسكري. "
            "وقال لافروف إن الحل سياسي. وأعرب السفير المصري عن أمله في التهدئة.")
    assert [row[0] for row in scored_statements(text, lexicon, date="2019-05-01")] == ["كريم حداد", "lavrov", "السفير المصري"]


def test_a_stance_word_told_in_the_past_by_its_fronted_subject_is_narration(lexicon):
    # «وكانت موسكو قد أيدت العقوبات»، «الشركة، وهي …، دعمت القوات»: a word that is a stance only in
    # someone's words (holder quoted) told in the past is what the subject did (a vote, military
    # support), no statement; in the present of a headline or a lead it stays the subject's stance
    for text in ("وكانت روسيا قد أيدت عقوبات الأمم المتحدة على الحكومة الليبية.",
                 "الشركة الروسية، وهي مجموعة مسلحة خاصة، دعمت قوات حفتر في هجومها."):
        assert scored_statements(text, lexicon, date="2019-05-01") == [], text
    assert scored_statements("روسيا تؤيد الحوار بين الليبيين.", lexicon, date="2019-05-01") == [
        ("russia", "positive", "fronted")]
    assert scored_statements("روسيا منزعجة من التدخل الأجنبي", lexicon, date="2019-05-01") == [
        ("russia", "negative", "fronted")]
    # in someone's statement it is his stance, as before
    assert scored_statements("وقال لافروف إن روسيا أيدت الاتفاق السياسي.", lexicon, date="2019-05-01") == [
        ("lavrov", "positive", "after_verb")]


def test_a_foreign_name_set_off_by_commas_after_a_title(lexicon):
    # «رئيس لجنة الدفاع في البرلمان البريطاني، توم برانكوفيتش،»: two words between commas after the
    # title, the second no word of the language, are the holder's name though the first («توم») is
    # also a word; a time or a place set off there stays no name
    text = "وقال رئيس لجنة الدفاع في البرلمان البريطاني، توم برانكوفيتش، إن التدخل الروسي خطير."
    assert scored_statements(text, lexicon, date="2019-05-01") == [("توم برانكوفيتش", "negative", "unlisted")]
    text = "من جانبه وصف رئيس لجنة الدفاع في البرلمان البريطاني، توم برانكوفيتش، هذه الأنباء بأنها مقلقة."
    assert [row[0] for row in scored_statements(text, lexicon, date="2019-05-01")] == ["توم برانكوفيتش"]
    for text in ("وقال رئيس لجنة الدفاع في البرلمان البريطاني، أمس الاثنين، إن التدخل الروسي خطير.",
                 "وقال رئيس لجنة الدفاع في البرلمان، في بيان، إن التدخل الروسي خطير."):
        assert [row[2] for row in scored_statements(text, lexicon, date="2019-05-01")] == ["unnamed"], text
