"""Conventions the annotations of every development set follow and the rules did not, read from
the sets pooled (thirtieth session, eval/README.md "Conventions across the development sets")."""
from conftest import scored_statements


def test_an_undated_title_is_the_holder_in_office_after_the_persons_named_took_theirs(lexicon):
    # ممثل روسيا في مجلس الأمن: Churkin to 2017-02-20, Nebenzia from 2017-07-27. No date, but
    # Bathily (the envoy from 2022) is named: the article is no older, so Nebenzia.
    text = "انتقد ممثل روسيا في مجلس الأمن خطة الانتخابات المتسرعة. وكان المبعوث {} قد عرض خطته أمس."
    stand_in = ("unresolved:ممثل روسيا في مجلس الامن", "negative", "after_verb")
    assert scored_statements(text.format("عبدولاي باتيلي"), lexicon, date="") == [("nebenzia", "negative", "after_verb")]
    # a person of the past beside him sets no later bound (Gaddafi's rule ended in 2011)
    assert scored_statements(text.format("باتيلي بعد سقوط نظام معمر القذافي"), lexicon, date="") == [
        ("nebenzia", "negative", "after_verb")]
    # Kobler (envoy 2015-2017): both held the title after 2015, so nobody is guessed; nor with
    # nobody dated named, nor with Gaddafi alone
    assert scored_statements(text.format("مارتن كوبلر"), lexicon, date="") == [stand_in]
    assert scored_statements(text.format(""), lexicon, date="") == [stand_in]
    assert scored_statements("انتقد ممثل روسيا في مجلس الأمن الخطة. وكان القذافي قد سقط عام 2011.", lexicon,
                             date="") == [stand_in]


def test_an_undated_libyan_foreign_minister_is_the_one_the_article_names(lexicon):
    # Mohamed Abdelaziz held the title in 2013-2014 (data/aliases.csv): named once, the bare title
    # after him in an undated article is his, not a stand-in for Koussa, Siala and al-Baour.
    text = ("التقى وزير الخارجية الليبي محمد عبد العزيز نظيره الروسي في موسكو. "
            "ورحب وزير الخارجية الليبي بالمبادرة الروسية للتعاون القضائي.")
    assert scored_statements(text, lexicon, date="")[-1] == ("abdelaziz_mohamed", "positive", "after_verb")


def test_an_outlet_that_had_published_reports_makes_a_statement(lexicon):
    # «وكانت صحيفة X قد نشرت تقارير/أخبارا عن …»: what the outlet published is its statement
    # (dev28, dev25), as «وكانت وكالة بلومبرغ قد نشرت تقريرا … يؤكد» already was.
    text = "وكانت صحيفة نيويورك تايمز قد نشرت تقارير حول وصول خبراء روس إلى قاعدة الجفرة."
    assert scored_statements(text, lexicon) == [("nyt", "neutral", "before_verb")]
    text = "وكانت صحيفة “الوسط” قد نشرت أخبارا مفادها وصول شحنة أسلحة إلى بنغازي."
    assert scored_statements(text, lexicon) == [("صحيفة الوسط", "neutral", "unlisted")]
    # نشرت alone is no cue: نشرت روسيا قوات is a deployment, nobody speaks.
    assert scored_statements("ونشرت روسيا قوات إضافية قرب سرت.", lexicon) == []
