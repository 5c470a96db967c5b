from analysis.extract.pipeline import analyze
from analysis.extract.topics import per_thousand

from conftest import SEED_2017, SEED_2024, snippet


def counts(frames, doc_id):
    rows = frames.topic_counts[frames.topic_counts["doc_id"] == doc_id]
    return dict(zip(rows["topic"], rows["hits"]))


def test_seed_2017_topic_hits(frames):
    # arms: قوات, القتال, التسليح (7), العسكري, التسليح (8), الأسلحة (14); energy: الطاقة;
    # infrastructure: البنية الأساسية; UN mediation: الأممالمتحدة ×2, جهود الوساطة, مبادرات الوساطة,
    # المبعوث الخاص, للأمم المتحدة, التسوية السياسية (4), للتسوية (5), العملية السياسية ×2 (10),
    # تسوية سياسية (13)
    assert counts(frames, SEED_2017) == {"arms": 6, "energy": 1, "infrastructure": 1, "un_mediation": 11}


def test_seed_2024_topic_hits(frames):
    # arms: الدعم العسكري, مرتزقة, عسكرية (7), العسكري (8), تعزيزات عسكرية, العسكرية (9);
    # energy: النفط, الغاز; infrastructure: البنية التحتية; UN mediation: المبعوث, العملية السياسية (5),
    # للبعثة الأممية, انتخابات (6), اللجنة العسكرية الليبية المشتركة (the UN-facilitated 5+5)
    assert counts(frames, SEED_2024) == {"arms": 6, "energy": 2, "infrastructure": 1, "un_mediation": 5}


def test_per_thousand_words(frames):
    rows = frames.topic_counts.set_index(["doc_id", "topic"])
    assert rows.loc[(SEED_2017, "un_mediation"), "per_1000_tokens"] == round(11000 / 362, 3)
    assert rows.loc[(SEED_2024, "energy"), "per_1000_tokens"] == round(2000 / 368, 3)
    assert per_thousand(0, 0) == 0.0


def test_both_spellings_of_infrastructure_and_clitics(lexicon):
    frames = analyze([snippet("مشاريع الطاقة والبنية الأساسية، وإعادة تأهيل البنية التحتية.")], lexicon)
    assert frames.topics[["topic", "surface"]].values.tolist() == [
        ["energy", "الطاقة"], ["infrastructure", "والبنية الأساسية"], ["infrastructure", "البنية التحتية"],
    ]


def test_sentence_positions_place_topics_in_the_article(frames):
    hits = frames.topics.merge(frames.sentences[["doc_id", "sentence_id", "position"]], on=["doc_id", "sentence_id"])
    energy_2017 = hits[(hits["doc_id"] == SEED_2017) & (hits["topic"] == "energy")]
    assert energy_2017["position"].tolist() == [1.0]  # the last sentence
