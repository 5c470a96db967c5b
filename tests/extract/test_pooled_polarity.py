"""Polarity where the speaker is right, classed over every development set pooled (pol33,
eval/README.md): each test is a sentence written for the rule, not taken from an article."""

from conftest import scored_statements


def test_a_country_made_another_syria(lexicon):
    # سوريا جديدة، سورية أخرى: the figure of a war without end, a warning (negative); the phrase
    # opens with a name (سوريا) and goes on past it, so the name does not silence it
    assert scored_statements("وقال لافروف إن بعض العواصم تريد تحويل اليمن إلى سوريا جديدة.", lexicon) == [
        ("lavrov", "negative", "after_verb"),
    ]
    assert scored_statements('وأكد أردوغان أنه سيبحث مع بوتين منع تحول السودان إلى "سورية أخرى".', lexicon) == [
        ("erdogan", "negative", "after_verb"),
    ]
    # a cue word inside a name stays silent: قوات الدعم السريع is no support
    assert scored_statements("وقال لافروف إن قوات الدعم السريع دخلت المدينة.", lexicon) == [
        ("lavrov", "neutral", "after_verb"),
    ]


def test_not_knowing_of_a_reported_presence_denies_it(lexicon):
    # لا يعرف عن، لا نعرف شيئا عن: not knowing of what a report says is a denial (convention 3),
    # as the listed «لا علم لنا» and «ليس على علم» are; «لا نعرف متى» asks, no charge is answered
    assert scored_statements("وأكد بيسكوف أنه لا يعرف عن وجود أنشطة لشركات روسية في السودان.", lexicon) == [
        ("peskov", "negative", "after_verb"),
    ]
    assert scored_statements('وقال لافروف: "لا نعرف شيئا عن هذه الصفقة".', lexicon) == [("lavrov", "negative", "after_verb")]
    assert scored_statements('وقال لافروف: "لا نعرف متى ستجرى الانتخابات".', lexicon) == [("lavrov", "neutral", "after_verb")]
