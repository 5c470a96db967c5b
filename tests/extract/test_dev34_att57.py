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
    # the listed man himself, with his own given name or the lineage alone, is still he
    assert scored_statements("وقال ولي العهد الأمير محمد بن سلمان إن الاتفاق جيد.", lexicon,
                             date="2021-01-01") == [("mbs", "positive", "after_verb")]
    assert scored_statements("وقال بن سلمان إن الاتفاق جيد.", lexicon, date="2021-01-01") == [
        ("mbs", "positive", "after_verb")]
