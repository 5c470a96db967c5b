"""Who speaks, read on the two blind sets retired in the twenty-ninth session (eval/README, att34):
constructions found in dev24 and dev25, checked on sentences written for the test: the speaker,
the polarity and the rule that found the speaker."""

from conftest import scored_statements


def test_an_unnamed_title_is_the_person_named_next_with_that_title_after_his_name(lexicon):
    # المتحدث باسم الجيش الليبي ينفي … ⏎ ونفى اللواء أحمد المسماري، الناطق باسم الجيش الليبي: the
    # headline's office is the man the lede names, his title after his name; spokesman words are one
    text = ("المتحدث باسم الجيش الليبي ينفي وجود مرتزقة روس في سرت\n"
            "ونفى اللواء أحمد المسماري، الناطق باسم الجيش الليبي، الثلاثاء وجود مرتزقة روس في سرت.")
    assert scored_statements(text, lexicon, date="2019") == [
        ("mismari", "negative", "named_later"), ("mismari", "negative", "after_verb")]
    # another body's spokesman is someone else: the headline's title stays as written
    text = text.replace("الناطق باسم الجيش الليبي،", "الناطق باسم الحكومة،")
    assert scored_statements(text, lexicon, date="2019")[0] == ("المتحدث باسم الجيش الليبي", "negative", "unnamed")


def test_an_indefinite_envoy_of_a_state_is_the_one_named_next_as_envoy(lexicon):
    # قال مبعوث روسي … ⏎ وقال ميخائيل مارجيلوف مبعوث الرئيس الخاص: the envoy, not the president
    text = ("قال مبعوث روسي في طرابلس إن بلاده تدعم الحوار بين الليبيين.\n"
            "وقال ميخائيل مارجيلوف مبعوث الرئيس الخاص إن موسكو مستعدة للوساطة.")
    assert scored_statements(text, lexicon, date="2011") == [
        ("margelov", "positive", "named_later"), ("margelov", "positive", "after_verb")]
    # the foreign minister named next holds another office
    text = text.replace("ميخائيل مارجيلوف مبعوث الرئيس الخاص", "سيرغي لافروف وزير الخارجية الروسي")
    assert scored_statements(text, lexicon, date="2011")[0] == ("مبعوث روسي في طرابلس", "positive", "unnamed")


def test_a_name_after_a_comma_holds_the_whole_title_behind_lam(lexicon):
    # أعلن النائب الأول لمندوب روسيا …، دميتري بوليانسكي: the deputy speaks, not the office behind ل
    text = "أعلن النائب الأول لوزير الخارجية الروسي، سيرغي ريابكوف، أن موسكو مستعدة لدعم الحوار."
    assert scored_statements(text, lexicon, date="2023") == [("ryabkov", "positive", "after_verb")]


def test_a_disavowal_is_a_negative_statement_of_its_subject(lexicon):
    # تبرأ الكرملين من دعم …: disowning is said, as a denial is (cues.csv, تبرأ and its forms)
    text = "وتبرأت الخارجية الروسية من تصريحات نائب في الدوما عن إرسال قوات إلى ليبيا."
    assert scored_statements(text, lexicon, date="2020") == [("russia_mfa", "negative", "after_verb")]


def test_a_stance_inside_a_question_put_is_nobodys(lexicon):
    # وردا على سؤال عما إذا كانت موسكو تدعم …، قال بيسكوف: the question's support is nobody's
    text = "وردا على سؤال عما إذا كانت روسيا تدعم هجوم حفتر، قال بيسكوف: لا نتدخل في ذلك."
    assert scored_statements(text, lexicon, date="2019") == [("peskov", "neutral", "after_verb")]
    text = "وقال بيسكوف إن روسيا تدعم الحل السياسي."
    assert scored_statements(text, lexicon, date="2019") == [("peskov", "positive", "after_verb")]


def test_a_spokesman_of_the_foreign_ministry_is_its_spokesman_at_the_date(lexicon):
    # وقال متحدث باسم وزارة الخارجية الروسية: the indefinite title as the annotators read it (dev8,
    # dev14, dev25): the listed spokesman of the day, Lukashevich until August 2015, Zakharova after
    text = "وقال متحدث باسم وزارة الخارجية الروسية إن بلاده ترحب باتفاق الهدنة في طرابلس."
    assert scored_statements(text, lexicon, date="2013-10") == [("lukashevich", "positive", "after_verb")]
    text = "وانتقدت متحدثة باسم الخارجية الروسية قرار البرلمان الأوروبي بشأن ليبيا."
    assert scored_statements(text, lexicon, date="2019") == [("zakharova", "negative", "after_verb")]
    # before Lukashevich's time the spokesman is nobody listed
    text = "وقال متحدث باسم وزارة الخارجية الروسية إن بلاده ترحب باتفاق الهدنة في طرابلس."
    assert scored_statements(text, lexicon, date="2009")[0][0] == "متحدث باسم وزارة الخارجية الروسية"


def test_the_paper_behind_lam_refers_back_to_the_unlisted_paper_that_published(lexicon):
    # وكانت صحيفة “عربي بوست” قد نشرت أخباراً … ووفقا للصحيفة: the paper nobody listed speaks
    text = ("وكانت صحيفة “الصباح الجديد” قد نشرت أخبارا عن وصول مقاتلين إلى الجفرة.\n"
            "ووفقا للصحيفة فإن الوصول موثق بالصور.")
    # the news it had published is its statement too (data/cues.csv: نشرت أخبارا, as dev25 annotates it)
    assert scored_statements(text, lexicon, date="2024") == [
        ("صحيفة الصباح الجديد", "neutral", "unlisted"), ("صحيفة الصباح الجديد", "neutral", "document")]
    # with no paper named before, الصحيفة names nobody (not «للصحيفة» as written)
    assert scored_statements("ووفقا للصحيفة فإن الوصول موثق بالصور.", lexicon, date="2024") == []


def test_a_negated_adjective_inside_a_title_lets_the_name_after_it_speak(lexicon):
    # وزير الخارجية المفوض بحكومة المجلس الرئاسي غير الدستورية محمد سيالة: غير + adjective
    # qualifies the title; the holder named after it speaks, not the last foreign minister
    text = ("وقال سيرغي لافروف إن موسكو تدعم الحوار.\n"
            "بدوره، أكد وزير الخارجية المكلف بحكومة الوفاق غير المنتخبة محمد سيالة أن بلاده ترحب بالوساطة الروسية.")
    assert scored_statements(text, lexicon, date="2018") == [
        ("lavrov", "positive", "after_verb"), ("siala", "positive", "after_verb")]
    # with no name after it, the title and its qualifier stay unnamed
    assert scored_statements("وقال المتحدث غير الرسمي إن بلاده ترحب بالوساطة.", lexicon, date="2018") == [
        ("المتحدث غير الرسمي", "positive", "unnamed")]


def test_moscows_embassy_is_the_russian_embassy(lexicon):
    # سفارة موسكو تنفي …: the embassy speaks, not Moscow (as السفارة الروسية already is)
    text = "سفارة موسكو تنفي وصول مقاتلين جدد إلى ليبيا"
    assert scored_statements(text, lexicon, date="2024") == [("russian_embassy_libya", "negative", "before_verb")]
