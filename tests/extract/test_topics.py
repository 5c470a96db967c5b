from analysis.extract.pipeline import analyze
from analysis.extract.topics import per_thousand

from conftest import SEED_2017, SEED_2024, snippet


def counts(frames, doc_id):
    rows = frames.topic_counts[frames.topic_counts["doc_id"] == doc_id]
    return dict(zip(rows["topic"], rows["hits"]))


def test_seed_2017_topic_hits(frames):
    # arms: قوات, القتال, والقضاء على الإرهاب (7), التسليح (7), العسكري, القضاء على الإرهاب,
    # معارك, التسليح (8), الأسلحة (14); energy: الطاقة; infrastructure: البنية الأساسية;
    # UN mediation: للتوصل إلى اتفاق (2), الأممالمتحدة ×2, جهود الوساطة, مبادرات الوساطة,
    # التوصل إلى اتفاق (5), غسان سلامة and المبعوث الخاص (6), للأمم المتحدة, التسوية السياسية (4),
    # للتسوية (5), العملية السياسية ×2 (10), تسوية سياسية (13)
    assert counts(frames, SEED_2017) == {"arms": 9, "energy": 1, "infrastructure": 1, "un_mediation": 14}


def test_seed_2024_topic_hits(frames):
    # arms: الدعم العسكري, فاغنر, مرتزقة, فاغنر, عسكرية, كقاعدة الجفرة, وقاعدة الخروبة (7),
    # العسكري (8), تعزيزات عسكرية, العسكرية, الفيلق الأفريقي (9); energy: قطاعات النفط, الغاز;
    # infrastructure: البنية التحتية; UN mediation: المبعوث and عبد الله باتيلي, العملية السياسية (5),
    # للبعثة الأممية, انتخابات (6), اللجنة العسكرية الليبية المشتركة (the UN-facilitated 5+5)
    assert counts(frames, SEED_2024) == {"arms": 11, "energy": 2, "infrastructure": 1, "un_mediation": 6}


def test_per_thousand_words(frames):
    rows = frames.topic_counts.set_index(["doc_id", "topic"])
    assert rows.loc[(SEED_2017, "un_mediation"), "per_1000_tokens"] == round(14000 / 362, 3)
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


def test_an_ignore_phrase_silences_the_term_inside_it(lexicon):
    # topics.csv lists مجلس الأمن الروسي as ignore: Russia's Security Council is no UN mediation
    text = "والتقى أمين مجلس الأمن الروسي نظيره الليبي، ثم عرضت موسكو الأمر على مجلس الأمن الدولي."
    frames = analyze([snippet(text)], lexicon)
    found = [(row.topic, row.surface, row.start, row.end) for row in frames.topics.itertuples()]
    assert found == [("un_mediation", "مجلس الأمن", 68, 78)]
    assert text[68:78] == "مجلس الأمن"
    assert "ignore" not in lexicon.topic_ids
    assert "ignore" not in set(frames.topic_counts["topic"])
