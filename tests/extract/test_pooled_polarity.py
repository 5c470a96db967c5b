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
