"""Polarity groups read from eval/dev20 (articles chosen for evaluative statements by Russian,
Libyan, Western and UN speakers, from outlets the rules were not read from) and the older
development sets, each checked on sentences written for the test: the speaker of the statement,
the polarity it carries and the attribution rule."""

from conftest import scored_statements


def statements(text, lexicon, date="2020"):
    return scored_statements(text, lexicon, date=date)


def test_accepting_is_a_stance_and_refusing_to_accept_is_negative(lexicon):
    # dev20 (an EU official: «لا يمكننا أن نقبل بأن يتكرر …»): a verb of accepting carried no
    # row, so a refusal phrased as a negated acceptance was neutral; negated through the bridge
    # words (لا يمكننا أن) it is a rejection
    text = "وقال بوريل: «لا يمكننا أن نقبل بأن تتكرر الحرب في ليبيا»."
    assert statements(text, lexicon) == [("borrell", "negative", "after_verb")]
    text = "وقال لافروف إن موسكو لن تقبل بأي قواعد أجنبية في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    # accepting, not negated, is agreement
    text = "وأكد عقيلة صالح أن البرلمان يقبل بالمقترح الجديد."
    assert statements(text, lexicon) == [("saleh_aguila", "positive", "after_verb")]


def test_summoning_an_ambassador_is_a_protest(lexicon):
    # dev20: a head of government saying that his government summoned the Russian ambassador over
    # reports of arms transfers protests; only the noun (استدعاء) carried a row
    text = "وأشار الدبيبة إلى أن حكومته استدعت السفير الروسي لمناقشة تقارير عن نقل معدات."
    assert statements(text, lexicon) == [("dbeibah", "negative", "after_verb")]
    text = "وقال المنفي إن المجلس الرئاسي استدعى القائم بالأعمال الروسي."
    assert statements(text, lexicon) == [("menfi", "negative", "after_verb")]
    # the verb alone is also «required»: no stance
    text = "وقال لافروف إن الوضع استدعى عقد اجتماع للجنة."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
