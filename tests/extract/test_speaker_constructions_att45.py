"""The wrong known speaker and carry-over across the development sets, thirty-fourth session (att45:
eval/README.md "The wrong known speaker and carry-over, thirty-fourth session (att45)"), each on a
sentence written for the test."""
from conftest import scored_statements


def test_a_spokesmans_word_with_the_bodys_pronoun_before_a_listed_name(lexicon):
    # «على لسان متحدثها X»: the spokesman's word with the body's pronoun stands for «المتحدث باسمها»;
    # the person named after it makes the body's statement, and a later وأضاف goes on with him
    text = ("رأت الخارجية الأمريكية أن الوضع في البلاد خطير. "
            "ونددت الخارجية الأمريكية على لسان متحدثها نيد برايس بالهجمات على المدنيين. "
            "وتابع أن الحل يجب أن يكون سياسيا.")
    rows = scored_statements(text, lexicon, date="2022-03-01")
    assert rows[1] == ("price_ned", "negative", "mouthpiece")
    assert rows[2][0] == "price_ned" and rows[2][2] == "carried"
    # the feminine word and ناطق too
    text = "نفت الخارجية الروسية على لسان ناطقتها ماريا زاخاروفا هذه الأنباء."
    assert scored_statements(text, lexicon, date="2020-06-01") == [("zakharova", "negative", "mouthpiece")]
    # a word of another office with the pronoun is no spokesman's: the body keeps the statement
    text = "نفت الخارجية الروسية على لسان سائقها ماريا زاخاروفا هذه الأنباء."
    assert scored_statements(text, lexicon, date="2020-06-01")[0][0] == "russia_mfa"


def test_the_issuer_of_a_comment_speaks_through_its_pronoun_past_a_description(lexicon):
    # «أصدرت X تعليقا على …، في …، قالت فيه»: a comment is issued like a statement, and what the
    # words between the document and the verb say is only what it is on and where; فيه takes the
    # verb back to the comment, whose issuer (a person named after the body's title) speaks, not
    # the body that spoke before, and «التعليق» later is hers too
    text = ("رحبت وزارة الخارجية الروسية بنتائج القمة. "
            "ونشرت الناطقة باسم الوزارة، ماريا زاخاروفا، تعليقا مطولا على نتائج القمة، في موسكو، "
            "أكدت فيه أن الحوار هو الطريق الوحيد إلى السلام. "
            "وأضاف التعليق أن موسكو مستعدة للمساعدة.")
    rows = scored_statements(text, lexicon, date="2020-10-24")
    assert rows[0][0] == "russia_mfa" and rows[0][2] == "after_verb"
    assert rows[1] == ("zakharova", "positive", "opening_subject")
    assert rows[2][0] == "zakharova" and rows[2][2] == "document"
    # a clause opened between the comment and the verb is no description of it: فيه is the other
    # document's, and she is not its issuer
    text = ("رحبت وزارة الخارجية الروسية بالاتفاق الجديد. "
            "ونشرت الناطقة باسم الوزارة، ماريا زاخاروفا، تعليقا مطولا، بينما نشر السفير بيانا أكد فيه أن الحوار مهم.")
    assert ("zakharova", "positive", "opening_subject") not in scored_statements(text, lexicon, date="2020-10-24")
