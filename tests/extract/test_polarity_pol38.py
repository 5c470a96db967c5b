"""Polarity where the speaker is right, classed over every development set and a fresh tester's
sentences (pol38, eval/README.md): each test is a sentence written for the rule, not taken from an
article."""

from conftest import scored_statements


def test_verbs_of_thanking_wishing_deploring_and_lauding_open_a_statement(lexicon):
    # وشكر، وتمنى، وشجب، وامتدح: a past verb that carries its stance, as رحب and أشاد do, opens a
    # statement of its named subject; as evaluative words only someone's statement owned them
    # «وشكر الدبيبة موسكو على دعمها» → al-Dbeibah, positive
    assert scored_statements("وشكر الدبيبة الحكومة الروسية على مساعدتها في إعادة الإعمار.", lexicon) == [
        ("dbeibah", "positive", "after_verb"),
    ]
    assert scored_statements("وتمنى لافروف أن تنجح جهود المبعوث الأممي.", lexicon) == [
        ("lavrov", "positive", "after_verb"),
    ]
    assert scored_statements("وشجبت الخارجية الروسية الاعتداء على البعثة الدبلوماسية.", lexicon) == [
        ("russia_mfa", "negative", "after_verb"),
    ]
    assert scored_statements("وامتدحت زاخاروفا موقف الحكومة الليبية.", lexicon) == [
        ("zakharova", "positive", "after_verb"),
    ]
