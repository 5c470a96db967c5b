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
