"""Constructions read in dev28 (the twenty-sixth blind set, retired in the thirty-fourth session:
eval/README.md "The twenty-sixth blind set read"), each on a sentence written for the test."""
from conftest import scored_statements


def test_a_listed_speakers_family_name_with_a_letter_slipped_is_still_he(lexicon):
    # «قال لافروف … وأضاف لافرورف»: a one-word name nobody listed that misses the family name of a
    # listed person who spoke just before by one letter is that person, not a new speaker
    text = ("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار الليبي. "
            "وأضاف لافرورف، أن الانتخابات ممكنة هذا العام.")
    assert scored_statements(text, lexicon, date="2020-05-01") == [
        ("lavrov", "positive", "after_verb"), ("lavrov", "neutral", "unlisted")]
    # a name the article spelt with a slip from the start and again alone: the same person
    text = ("حذر توماس فالدهاومسر، قائد القوات الأمريكية في أفريقيا، من أن روسيا تزيد وجودها في ليبيا. "
            "وتابع فالدهاومسر أن هذا الوجود يثير القلق.")
    assert [row[0] for row in scored_statements(text, lexicon, date="2017-03-01")] == ["waldhauser", "waldhauser"]
    # a family name that no listed speaker before it comes near stays as written
    text = ("قال لافروف إن موسكو تدعم الحوار الليبي. "
            "وأضاف الخبير العسكري فلاديمير كوزنتسوف أن الوضع معقد.")
    assert scored_statements(text, lexicon, date="2020-05-01")[-1][0] == "فلاديمير كوزنتسوف"


def test_a_headlines_office_in_construct_is_the_holder_the_body_names_with_it(lexicon):
    # «وزير خارجية ليبيا: …» ⏎ «أكد وزير خارجية ليبيا محمد الدايري»: the office in construct with its
    # state, no article on its head, is the man the next lines name with the same words
    text = ("وزير خارجية ليبيا: لا نريد قوات أجنبية على أرضنا\n"
            "وشدد وزير خارجية ليبيا محمد الدايري على أن بلاده لا تريد قوات أجنبية.")
    assert scored_statements(text, lexicon, date="2015-12-01") == [
        ("dairi", "negative", "named_later"), ("dairi", "negative", "after_verb")]
    # an indefinite official with a nisba is someone new, kept as written
    text = ("مسؤول ليبي: لا نريد قوات أجنبية على أرضنا\n"
            "وشدد وزير خارجية ليبيا محمد الدايري على أن بلاده لا تريد قوات أجنبية.")
    assert scored_statements(text, lexicon, date="2015-12-01")[0][0] == "مسؤول ليبي"


def test_a_body_speaking_through_its_spokesman_written_with_its_pronoun(lexicon):
    # «وتابعت الخارجية على لسان متحدثها نيد برايس»: متحدثها is المتحدث باسمها, the named person
    # makes the body's statement; the spokesman's titles (aliases.csv) name him after it
    text = ("قالت الخارجية الأمريكية إن الحل في ليبيا سياسي. "
            "وتابعت الخارجية على لسان متحدثها نيد برايس أن المرتزقة خطر على ليبيا. "
            "وصرح المتحدث باسم الخارجية الأمريكية بأن على المرتزقة مغادرة البلاد. "
            "وأوضح الناطق أن واشنطن تتابع الوضع.")
    assert scored_statements(text, lexicon, date="2022-06-01") == [
        ("us_state_dept", "neutral", "after_verb"), ("price_ned", "negative", "mouthpiece"),
        ("price_ned", "negative", "after_verb"), ("price_ned", "neutral", "title_anaphora")]
    # a pronoun on a word that speaks for nobody is no spokesman: the body speaks
    text = "وأضافت الخارجية الأمريكية على لسان وزيرها أن المرتزقة يمثلون خطرا."
    assert scored_statements(text, lexicon, date="2022-06-01")[0][0] == "us_state_dept"
