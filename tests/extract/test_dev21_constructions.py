"""Attribution read from eval/dev21 (unnamed groups, relays, ranks and quotations carried over
sentences), each construction checked on sentences written for the test: the speaker, the
polarity and the rule that found the speaker."""

from conftest import scored_statements


def statements(text, lexicon, date="2020"):
    return scored_statements(text, lexicon, date=date)


def test_unnamed_states_after_a_feminine_verb_speak_as_a_group(lexicon):
    # وحذرت عدة دول أوروبية: the states warn, not the observatory quoted before them
    text = ("قال المرصد إن مقاتلين وصلوا إلى المدينة. "
            "والأربعاء، حذرت عدة دول أوروبية من التصعيد، داعية أنقرة إلى التوقف.")
    assert statements(text, lexicon) == [
        ("المرصد", "neutral", "unlisted"), ("عدة دول أوروبية", "negative", "unnamed")]
    text = "قال المرصد إن مقاتلين وصلوا إلى المدينة. وقالت منظمات حقوقية إن التصعيد خطير."
    assert statements(text, lexicon)[1] == ("منظمات حقوقية", "negative", "unnamed")


def test_unnamed_states_after_a_masculine_verb_are_its_object(lexicon):
    # ودعا دول العالم: Lavrov calls on the states, and goes on speaking
    text = "وقال لافروف إن الوضع معقد. ودعا دول العالم إلى دعم الحوار."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb"), ("lavrov", "positive", "carried")]


def test_a_rank_s_branch_between_the_rank_and_the_name_is_passed(lexicon):
    # العقيد الطيار، اللواء الركن: the colonel named after them speaks, not the bare title
    text = "قال المتحدث باسم الكتيبة، العقيد الطيار سالم الفيتوري، إن القوات تقدمت نحو المدينة."
    assert statements(text, lexicon) == [("سالم الفيتوري", "neutral", "unlisted")]
    text = "ونفى اللواء الركن سالم الفيتوري أن تكون القوات قد انسحبت."
    assert statements(text, lexicon) == [("سالم الفيتوري", "negative", "unlisted")]


def test_a_counted_group_after_the_object_of_the_verb_speaks(lexicon):
    # وقد أكد عملية السحب هذه ثلاثة مسؤولين: the withdrawal is confirmed, the officials confirm it
    text = "قال مسؤولان غربيان إن القوات انسحبت. وقد أكد عملية السحب هذه ثلاثة مسؤولين آخرين."
    assert statements(text, lexicon) == [
        ("مسؤولان غربيان", "neutral", "unlisted"), ("ثلاثة مسؤولين آخرين", "neutral", "unnamed")]
    text = "قال مسؤولان غربيان إن القوات انسحبت. وأكد ذلك عدد من الخبراء."
    assert statements(text, lexicon)[1] == ("عدد من الخبراء", "neutral", "unnamed")


def test_a_verb_with_a_demonstrative_object_and_no_subject_goes_on_with_the_speaker(lexicon):
    # وأكد القرار هذا أن: no subject after the object, the minister before goes on
    text = "قال لافروف إن القوات انسحبت. وأكد القرار هذا أن روسيا لن تتدخل."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb"), ("lavrov", "neutral", "carried")]


def test_itar_tass_the_agency_s_old_name_is_tass(lexicon):
    # إيتار ـ تاس (a tatweel for a dash between), إيتار-تاس, إيتار – تاس, إيتار تاس: TASS before 2014,
    # one agency; the dashed spellings are the lexicon's rows, the tatweel is read as their dash
    for written in ("إيتار ـ تاس", "إيتار-تاس", "إيتار – تاس", "إيتار تاس"):
        text = f"وذكرت وكالة {written} الرسمية أن الوزير سيزور طرابلس."
        assert statements(text, lexicon, date="2011") == [("tass", "neutral", "after_verb")], written


def test_a_relayed_officer_whose_given_name_is_a_word_speaks(lexicon):
    # صقر (falcon) opens a name after عن in a relay with a colon: the officer speaks, not the agency
    text = "ونقلت الوكالة حينها عن صقر الفيتوري قائد القوات البحرية: “نرفض أي وجود أجنبي في الميناء”."
    assert statements(text, lexicon) == [("صقر الفيتوري", "negative", "unlisted")]
