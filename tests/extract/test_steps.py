"""The extraction steps share one shape: built with the lexicon, called with the findings."""

from analysis.arabic.text import prepare
from analysis.corpus.documents import date_period
from analysis.extract.steps import STEPS, Findings, Mentions, Stances, build_steps


def test_each_step_adds_its_findings_in_order(lexicon):
    text = "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو تدعم الحوار."
    found = Findings(prepare(text), date_period("2024"))
    seen = []
    for step in build_steps(lexicon):
        step(found)
        seen.append((type(step).__name__, len(found.mentions), len(found.stances)))
    # the mentions come first; the stances read them, and the title, once every matcher has run
    # المتحدثة باسم الخارجية الروسية ماريا زاخاروفا is one mention (her title and name), and Moscow
    assert seen[0] == ("Mentions", 2, 0)
    assert [name for name, _, _ in seen] == [step.__name__ for step in STEPS]
    assert [(s.speaker_id, s.attribution) for s in found.stances if s.cue_type == "reporting"] == [("zakharova", "after_verb")]


def test_a_step_can_run_alone_on_findings_made_by_hand(lexicon):
    found = Findings(prepare("وقال لافروف إن الوضع معقد."), date_period("2024"))
    Mentions(lexicon)(found)
    Stances(lexicon)(found)  # no cues found: a step only adds what its inputs allow
    assert [m.actor_id for m in found.mentions] == ["lavrov"] and found.stances == []
