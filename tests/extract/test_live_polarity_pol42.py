"""Fresh articles read live for polarity, thirty-fifth session (pol42: eval/README.md "Fresh
articles read live for polarity, thirty-fifth session (pol42)"): the constructions found there,
each on a sentence written for the test."""
from conftest import scored_statements


def test_a_speaker_nobody_listed_speaks_for_the_state_his_title_names(lexicon):
    # convention 4: another state's readiness reported is neutral; a speaker nobody listed has no
    # side of his own, but the nisba of his title (المبعوث الروسي) gives him Russia's
    text = "وقال المبعوث الروسي الخاص فيكتور بيلوف إن الحكومة العراقية مستعدة لتسلم الملف الأمني."
    assert scored_statements(text, lexicon) == [("فيكتور بيلوف", "neutral", "unlisted")]
    text = "أعلن الممثل الروسي الخاص فيكتور بيلوف أن العراق أبلغ موسكو باستعداد الولايات المتحدة لسحب قواتها."
    assert scored_statements(text, lexicon) == [("فيكتور بيلوف", "neutral", "unlisted")]
    # his own state's readiness is his stance
    text = "وقال المبعوث الروسي الخاص فيكتور بيلوف إن موسكو مستعدة للمساعدة في تسوية الأزمة."
    assert scored_statements(text, lexicon)[0][:2] == ("فيكتور بيلوف", "positive")
    # with no state in his title the stance stays, as before
    text = "وقال المبعوث الخاص فيكتور بيلوف إن الحكومة العراقية مستعدة لتسلم الملف الأمني."
    assert scored_statements(text, lexicon)[0][:2] == ("فيكتور بيلوف", "positive")


def test_a_readiness_affirmed_by_another_side_is_reported(lexicon):
    # a verb of affirming or renewing (showing.txt) before the readiness it affirms is its
    # predicate: «إن العراق أكد استعداده» is Iraq's, which the Russian minister reports
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن العراق أكد استعداده لتسلم الملف الأمني."
    assert scored_statements(text, lexicon, date="2024-03-01") == [("lavrov", "neutral", "after_verb")]
    text = "وأوضح سيرغي لافروف أن الحكومة السورية جددت رغبتها في بقاء القواعد."
    assert scored_statements(text, lexicon, date="2025-10-10") == [("lavrov", "neutral", "after_verb")]
    # his own side's affirmed readiness is his stance
    text = "وقال سيرغي لافروف إن موسكو أكدت استعدادها لتعزيز التعاون."
    assert scored_statements(text, lexicon, date="2024-03-01")[0][:2] == ("lavrov", "positive")


def test_a_readout_in_nouns_of_talks_held_lists_topics(lexicon):
    # convention 7: a readout that lists topics is neutral; a noun of discussing tells talks held
    # after تم or right before بشأن (discussing_nouns.txt), and a first person plural past verb of
    # discussing is the speaker's own readout (discussing.txt)
    for text in ("وقال الوزير محمد علي إنه تم خلال اللقاء مناقشة دعم الحوار الوطني.",
                 "وقال الوزير محمد علي إن الزيارة تشمل مباحثات بشأن دعم الحوار الوطني.",
                 "وقال الوزير محمد علي: ناقشنا دعم الحوار الوطني."):
        assert scored_statements(text, lexicon) == [("الوزير", "neutral", "unnamed")], text
    # the noun alone may be a proposal, and talks an occasion: the stance stays
    for text in ("وقال الوزير محمد علي إن من الضروري الجلوس معا ومناقشة دعم الحوار الوطني.",
                 "وأكد الوزير محمد علي خلال مباحثات في موسكو دعم بلاده للحوار الوطني."):
        assert scored_statements(text, lexicon) == [("الوزير", "positive", "unnamed")], text


def test_words_that_read_evaluative_only_in_another_sense(lexicon):
    # «عن طريق الخطأ» (by mistake) and «الحالة الصحية السيئة» (ill health) tell what happened,
    # no judgement (convention 5: a bad event announced); cues.csv, ignore rows
    text = "وقالت الشركة البحرية محمد علي إن المسلحين أصابوا عن طريق الخطأ سفينة شحن."
    assert [row[1] for row in scored_statements(text, lexicon)] == ["neutral"]
    text = "وقال المصدر إن سبب عودة الطائرة هو الحالة الصحية السيئة لأحد الركاب."
    assert scored_statements(text, lexicon) == [("المصدر", "neutral", "unnamed")]
    # torture is a charge
    text = "وقال المصدر إن سبب حالتهما الصحية السيئة هو تعرضهما للتعذيب في السجن."
    assert scored_statements(text, lexicon) == [("المصدر", "negative", "unnamed")]
