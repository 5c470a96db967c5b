"""Unnamed-looking speakers that name an actor the article named (att30): a party to talks by its
state's nisba, a bare title for the last listed holder of it. Each construction is checked on
sentences written for the test: the speaker, the polarity and the rule that found the speaker."""

from conftest import scored_statements


def statements(text, lexicon, date="2024"):
    return scored_statements(text, lexicon, date=date)


def test_a_side_with_a_states_nisba_is_that_state(lexicon):
    # sides.txt: الجانب التركي is Turkey, as the listed الجانب الروسي is Russia
    text = "استقبل وزير الخارجية الليبي نظيره التركي في طرابلس. وأكد الجانب التركي دعمه للحوار بين الليبيين."
    assert statements(text, lexicon) == [("turkey", "positive", "after_verb")]
    text = "وقال الطرف المصري إن الحل السياسي هو الطريق الوحيد."
    assert statements(text, lexicon) == [("egypt", "positive", "after_verb")]


def test_a_side_without_a_states_nisba_stays_unnamed(lexicon):
    # الجانب الأمني is no state: the phrase is kept as written, and the dual names two parties
    text = "وقال الجانب الأمني إن الوضع مستقر."
    assert [speaker for speaker, _, _ in statements(text, lexicon)] == ["الجانب الأمني"]
    text = "أجرى لافروف اتصالا مع وزير الخارجية المصري سامح شكري. وأكد الجانبان ضرورة الحل السياسي."
    assert all(speaker not in ("egypt", "russia") for speaker, _, _ in statements(text, lexicon))


def test_a_bare_title_is_the_last_listed_person_who_may_hold_it(lexicon):
    # وقال الوزير: Lavrov, named before without speaking, holds a minister's title in the lexicon
    text = "زار لافروف القاهرة أمس. وقال الوزير إن بلاده تدعم الحوار."
    assert statements(text, lexicon) == [("lavrov", "positive", "title_anaphora")]
    text = "التقى لافروف بالسفير الليبي في موسكو. وقال الوزير إن بلاده تدعم الحوار."
    assert statements(text, lexicon) == [("lavrov", "positive", "title_anaphora")]


def test_a_bare_title_after_another_holder_or_of_another_state_is_not_guessed(lexicon):
    # a minister nobody listed named in between may be the one who speaks; a US minister is no Russian
    text = "التقى لافروف بوزير الزراعة الليبي في موسكو. وقال الوزير إن بلاده تدعم الحوار."
    assert statements(text, lexicon) == [("الوزير", "positive", "unnamed")]
    text = "زار لافروف القاهرة أمس. وقال الوزير الأمريكي إن بلاده تدعم الحوار."
    assert statements(text, lexicon) == [("الوزير الأمريكي", "positive", "unnamed")]
    # النائب alone is a member of parliament, not Bogdanov, the deputy foreign minister
    text = "التقى بوغدانوف بالسفير الليبي في موسكو. وقال النائب إن البرلمان يدعم الحوار."
    assert statements(text, lexicon) == [("النائب", "positive", "unnamed")]


def test_a_bare_body_with_none_named_is_the_body_of_the_person_who_spoke(lexicon):
    # وأضافت الوزارة after Lavrov, no ministry named: his, the Russian foreign ministry
    text = "قال لافروف إن موسكو قلقة. وأضافت الوزارة في بيان أن الوضع خطير."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb"), ("russia_mfa", "negative", "after_verb")]
    # a ministry named before keeps the anaphor
    text = "أعلنت وزارة الدفاع الروسية أن الوفد وصل. وقال لافروف إن موسكو قلقة. وأضافت الوزارة أن الوضع خطير."
    assert statements(text, lexicon)[-1] == ("russia_mod", "negative", "after_verb")


def test_a_title_before_a_body_is_the_person_of_that_body_named_before(lexicon):
    # spokesmen.txt: ممثل الكرملين after Peskov, the Kremlin's spokesman, is Peskov
    text = ("قال المتحدث باسم الرئاسة الروسية دميتري بيسكوف إن الجنود الروس لا يشاركون في القتال. "
            "وأكد ممثل الكرملين أنه لا يعرف شيئا عن ذلك.")
    assert statements(text, lexicon)[-1] == ("peskov", "negative", "title_anaphora")
    # المتحدثة باسم الوزارة after Zakharova: the ministry's spokeswoman just named
    text = ("قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو قلقة. "
            "وأوضحت المتحدثة باسم الوزارة أن بلادها ترفض التدخل.")
    assert statements(text, lexicon)[-1] == ("zakharova", "negative", "title_anaphora")


def test_a_spokesman_of_a_body_is_not_its_minister(lexicon):
    # Lavrov heads the ministry and holds no spokesman's title: the spokeswoman stays unnamed
    text = "قال لافروف إن موسكو قلقة. وأوضحت المتحدثة باسم الوزارة أن بلادها ترفض التدخل."
    assert statements(text, lexicon)[-1] == ("المتحدثة باسم الوزارة", "negative", "unnamed")


def test_the_presidency_s_spokesman_and_the_russian_representative_are_listed_titles(lexicon):
    # aliases.csv: المتحدث باسم الرئاسة الروسية is Peskov's title as المتحدث باسم الكرملين is
    text = "وقال المتحدث باسم الرئاسة الروسية إن اللقاء كان إيجابيا."
    assert statements(text, lexicon) == [("peskov", "positive", "after_verb")]
    # الممثل الروسي في مجلس الأمن: Nebenzia since 2017, Churkin before; undated, neither is guessed
    text = "وأكد الممثل الروسي في مجلس الأمن أن بلاده ترفض العقوبات."
    assert statements(text, lexicon, date="2023") == [("nebenzia", "negative", "after_verb")]
    assert statements(text, lexicon, date="2015") == [("churkin", "negative", "after_verb")]
    assert statements(text, lexicon, date="")[0][0].startswith("unresolved:")


def test_the_government_of_a_state_with_none_listed_is_the_state(lexicon):
    # governments.txt: Turkey's government is not listed, so الحكومة التركية is Turkey
    text = "وأكدت الحكومة التركية أنها تدعم وحدة ليبيا."
    assert statements(text, lexicon) == [("turkey", "positive", "after_verb")]
    # Russia's government is listed and speaks as itself
    text = "وأكدت الحكومة الروسية أنها تدعم وحدة ليبيا."
    assert statements(text, lexicon) == [("russian_government", "positive", "after_verb")]


def test_the_wording_of_a_definite_comment_is_the_previous_speaker_s(lexicon):
    # document_parts.txt, documents.txt: نص التعليق is the comment, issued by whoever spoke before
    text = ('قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو ترحب بالاتفاق. '
            'وتابع نص التعليق: "ندعو جميع الأطراف إلى الالتزام بالاتفاق".')
    assert statements(text, lexicon)[-1] == ("zakharova", "positive", "document")
