"""Fresh articles read live for speakers, thirty-fifth session (att49: eval/README.md "Fresh articles
read live for speakers, thirty-fifth session (att49)"): the constructions found there, each on a
sentence written for the test."""
from conftest import scored_statements


def test_a_listed_persons_family_name_with_an_aside_after_it(lexicon):
    # «وأضافت رايس في مقابلة … أن»: the family name alone, an aside between it and what she says,
    # is the listed person the article named in full before
    text = ("وقالت سوزان رايس إن بلادها ستواصل الضغط على النظام. "
            "وأضافت رايس في مقابلة مع شبكة تلفزيونية أن الحوار هو الحل الوحيد.")
    rows = scored_statements(text, lexicon, date="2011-05-01")
    assert [row[0] for row in rows] == ["rice_susan", "rice_susan"]
    assert rows[1] == ("rice_susan", "positive", "after_verb")
    text = ("وأكد عقيلة صالح أن البرلمان يرفض التدخل الأجنبي. "
            "وأضاف صالح، خلال لقائه بالسفير، أن البرلمان يرحب بالحوار.")
    rows = scored_statements(text, lexicon, date="2017-05-01")
    assert rows[1] == ("saleh_aguila", "positive", "after_verb")
    # not named in full before, the bare word is kept as written: it may be another man's name
    text = "وأضاف صالح في مقابلة مع شبكة تلفزيونية أن الحوار هو الحل الوحيد."
    assert scored_statements(text, lexicon, date="2017-05-01")[0][0] == "صالح"


def test_a_given_name_spelt_otherwise_before_a_listed_family_name(lexicon):
    # «الرئيس ديمتري مدفيديف» (listed as دميتري): the given name spelt another way joins the listed
    # family name, so the title before it and the verb's subject are his
    text = "استنكر الرئيس ديمتري مدفيديف استخدام القوة ضد المدنيين."
    assert scored_statements(text, lexicon, date="2011-03-01") == [("medvedev", "negative", "after_verb")]
    text = "وقال ديمتري بيسكوف للصحفيين إن الكرملين يرحب بالحوار بين الليبيين."
    assert scored_statements(text, lexicon, date="2019-03-01") == [("peskov", "positive", "after_verb")]
    text = "وأكد وزير الدفاع سيرجي شويجو أن موسكو تدعم الحل السياسي."
    assert scored_statements(text, lexicon, date="2019-03-01")[0][:2] == ("shoigu", "positive")
    # another given name before a listed family name is still another man
    text = "قال السيناتور فيكتور أوزروف إن موسكو تدعم الحل السياسي."
    assert scored_statements(text, lexicon, date="2019-03-01")[0][0] != "ozerov"


def test_a_feminine_place_before_a_masculine_verb_is_no_subject(lexicon):
    # «… سفير جديد لدى مصر قال الباحث X»: a subject before its verb agrees with it (مصر قالت), so
    # the country before a masculine verb is a genitive, and the subject comes after the verb
    text = "وفي تعليقه على تعيين سفير جديد لدى مصر قال الباحث الروسي إيغور باكين إن الخطوة متأخرة."
    rows = scored_statements(text, lexicon, date="2011-11-01")
    assert rows and rows[0][0] == "إيغور باكين" and rows[0][2] == "unlisted"
    # a feminine verb after the state, or a masculine one after a place named by a masculine noun
    text = "روسيا تؤكد دعمها للحوار بين الليبيين."
    assert scored_statements(text, lexicon, date="2016-11-01") == [("russia", "positive", "before_verb")]
    text = "العراق يؤكد دعمه للحوار بين الليبيين."
    assert scored_statements(text, lexicon, date="2016-11-01") == [("iraq", "positive", "before_verb")]
    # a relative pronoun agrees for the verb: موسكو التي وعدت
    text = "ويعد ذلك تحولا في موقف موسكو التي وعدت حفتر بالسعي لرفع حظر السلاح."
    assert [row[0] for row in scored_statements(text, lexicon, date="2016-11-01")] == ["moscow"]
