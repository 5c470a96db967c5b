import dataclasses

from analysis.extract.pipeline import analyser_for
from analysis.extract.speakers import state_adjectives
from analysis.lexicon.derived import KEPT, derived


def test_two_lexicons_of_one_version_are_never_answered_from_each_other(lexicon):
    # A lexicon made in memory keeps the version of the one it came from; what is derived from
    # it must still be its own (a cache keyed by version answered the second from the first).
    without_russia = dataclasses.replace(lexicon, actors={k: v for k, v in lexicon.actors.items() if k != "russia"})
    assert without_russia.version == lexicon.version
    assert state_adjectives(lexicon)["روسي"] == "russia"
    assert state_adjectives(lexicon)["روسيه"] == "russia"
    assert "روسي" not in state_adjectives(without_russia)
    assert analyser_for(lexicon) is analyser_for(lexicon)
    assert analyser_for(dataclasses.replace(lexicon)) is not analyser_for(lexicon)


def test_only_the_last_few_are_kept(lexicon):
    built = []
    lexicons = [dataclasses.replace(lexicon) for _ in range(KEPT + 1)]
    for each in lexicons:
        derived(each, "test", lambda made: built.append(made) or len(built))
    assert len(built) == KEPT + 1
    # the newest is still held; the first was let go and is built again when asked
    assert derived(lexicons[-1], "test", lambda made: -1) == KEPT + 1
    assert derived(lexicons[0], "test", lambda made: -1) == -1
