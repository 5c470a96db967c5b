"""The thirtieth blind set read, thirty-ninth session (att57: eval/README.md "The thirtieth blind set
read, thirty-ninth session (att57)"): the classes of speaker errors fixed on `dev34`, one test each, on
sentences written for them."""
from conftest import scored_statements


def test_a_listed_lineage_name_after_another_given_name_is_another_man(lexicon):
    # «بن سلمان» is listed for the crown prince; after another given name it is his brother's
    # lineage: «وزير الدفاع الأمير خالد بن سلمان» is a man nobody listed, named as written, and the
    # title after him goes on with him
    text = "وقال وزير الدفاع الأمير خالد بن سلمان، إن المحادثات مثمرة. وأضاف الوزير أن التعاون سيستمر."
    assert scored_statements(text, lexicon, date="2021-01-01") == [
        ("خالد بن سلمان", "positive", "unlisted"), ("خالد بن سلمان", "positive", "title_anaphora")]
    # a compound given name (عبد and a noun) written apart is one word of the name, not the crown prince
    text = "قال وزير الطاقة الأمير عبد العزيز بن سلمان، إن الاتفاق جيد."
    assert scored_statements(text, lexicon, date="2021-01-01") == [("عبد العزيز بن سلمان", "positive", "unlisted")]
    # a compound given name, a father's name and a family name: four tokens, one man (qa37's finding)
    text = "وقال الباحث عبد الرحمن محمد الزيداني إن موسكو تريد قاعدة بحرية."
    assert scored_statements(text, lexicon, date="2021-01-01") == [("عبد الرحمن محمد الزيداني", "neutral", "unlisted")]
    # the listed man himself, with his own given name or the lineage alone, is still he
    assert scored_statements("وقال ولي العهد الأمير محمد بن سلمان إن الاتفاق جيد.", lexicon,
                             date="2021-01-01") == [("mbs", "positive", "after_verb")]
    assert scored_statements("وقال بن سلمان إن الاتفاق جيد.", lexicon, date="2021-01-01") == [
        ("mbs", "positive", "after_verb")]


def test_a_title_holder_and_a_capital_the_lexicon_lacked(lexicon):
    # the American ambassador to Libya in office (2019-2024) is a listed person: a headline that
    # gives his words under his title, undated or dated, is his, and the sentence after that names
    # him and goes on «حيث قال» carries him, not the title as written
    text = ("سفير أمريكا في ليبيا: «نؤيد الحوار بين الأطراف الليبية»\n"
            "وبثت قناة إخبارية حديث نورلاند، سفير أمريكا في ليبيا، حيث قال إن بلاده تؤيد الحوار.")
    rows = scored_statements(text, lexicon, date="")
    assert [row[0] for row in rows] == ["norland", "norland"]
    assert rows[0][2] == "headline"
    assert scored_statements("وقال السفير الأمريكي لدى ليبيا إن بلاده تؤيد الحوار.", lexicon, date="2022-03-01") == [
        ("norland", "positive", "after_verb")]
    # before he took office the title is nobody listed
    assert scored_statements("وقال السفير الأمريكي لدى ليبيا إن بلاده تؤيد الحوار.", lexicon, date="2015-03-01") == [
        ("السفير الأمريكي لدى ليبيا", "positive", "unnamed")]
    # Rome speaks for Italy as Moscow does for Russia: a headline «روما تدعو طرابلس» is Rome's,
    # not Tripoli's, the object after the verb
    rows = scored_statements("روما تدعو طرابلس إلى وقف الهجرة غير النظامية", lexicon, date="2023-06-01")
    assert [(row[0], row[2]) for row in rows] == [("rome", "before_verb")]


def test_a_states_authorities_speak_as_written(lexicon):
    # «السلطات» and a state's nisba are the authorities as written, as the development sets annotate
    # them four times in five (the fifth gives the state's id with the same words): not the state
    assert scored_statements("ونفت السلطات التونسية أي علاقة لها بالهجوم.", lexicon, date="2020-06-01") == [
        ("السلطات التونسية", "negative", "unlisted")]
    assert scored_statements("وقالت السلطات النيجرية إن الخبراء الروس وصلوا.", lexicon, date="2024-04-01") == [
        ("السلطات النيجرية", "neutral", "unlisted")]
    # before the verb too, and a state's government keeps naming the state where none is listed
    assert [row[0] for row in scored_statements("السلطات الجزائرية تدعو إلى الحوار بين الليبيين", lexicon,
                                                date="2020-06-01")] == ["السلطات الجزائرية"]
    assert [row[0] for row in scored_statements("وأكدت الحكومة التركية أنها تدعم الحوار.", lexicon,
                                                date="2020-06-01")] == ["turkey"]
