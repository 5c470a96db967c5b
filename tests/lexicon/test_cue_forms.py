"""Cue forms (analysis/lexicon/cue_forms.py): an evaluative cue listed once is found in its regular
forms, with its listed row's polarity, holder and lemma; a form that would be read wrongly is not
generated. Sentences written for the test."""

from dataclasses import replace

import pytest
from conftest import scored_statements, snippet

from analysis.extract.pipeline import analyze
from analysis.lexicon.cue_forms import generated_cues
from analysis.lexicon.read import Cue


def forms(lexicon, *cues: Cue) -> dict[str, Cue]:
    return {cue.cue: cue for cue in generated_cues(replace(lexicon, cues=cues))}


def test_a_cue_gets_its_accusative_plural_and_article_off_forms(lexicon):
    found = forms(lexicon, Cue("تحريض", "evaluative", "negative", "quoted"), Cue("مؤامرة", "evaluative", "negative", "quoted"),
                  Cue("الاستفزازي", "evaluative", "negative", "quoted"), Cue("تدخل سافر", "evaluative", "negative", ""))
    assert found["تحريضا"] == Cue("تحريضا", "evaluative", "negative", "quoted", lemma="تحريض")
    assert {"مؤامرات", "مؤامرتان", "مؤامرتين"} <= found.keys()  # ة → ات، تان، تين (normalised: ه)
    assert {"استفزازي", "استفزازيون", "استفزازيين", "استفزازيا"} <= found.keys()  # the nisba, article off
    assert found["تدخلا سافرا"].lemma == "تدخل سافر"  # a phrase's accusative, its adjective agreeing
    # the article is not put on: a definite phrase mostly names what the sentence is about
    assert "التحريض" not in found and "التدخل السافر" not in found


def test_a_form_listed_or_clashing_or_common_or_an_alias_is_not_generated(lexicon):
    # listed as a cue of its own (here a reporting one): the listed row says what حربا is
    found = forms(lexicon, Cue("حرب", "evaluative", "negative", "quoted"), Cue("حربا", "reporting", "neutral", ""))
    assert "حربا" not in found
    # two cues of other polarities make the same form (نزاعا): neither is sure
    found = forms(lexicon, Cue("نزاع", "evaluative", "negative", "quoted"), Cue("النزاع", "evaluative", "positive", "quoted"))
    assert "نزاعا" not in found
    # a common word: سافر (travelled) is no form of السافر (blatant); its accusative is
    found = forms(lexicon, Cue("السافر", "evaluative", "negative", "quoted"))
    assert "سافر" not in found and "سافرا" in found
    # an actor's alias: روسيا is Russia, not the adverb of روسي
    found = forms(lexicon, Cue("الروسي", "evaluative", "positive", "quoted"))
    assert "روسيا" not in found and "روسيين" in found
    # a cue written with a pronoun (تطلعه: his aspiration) has no ة to make a plural of
    assert not forms(lexicon, Cue("تطلعه", "evaluative", "positive", "quoted"))
    # a nisba's feminine plural is a noun of its own: سلبيات وإيجابيات, the pros and cons
    assert "سلبيات" not in forms(lexicon, Cue("سلبية", "evaluative", "negative", "quoted"))
    # ال of the root, not the article: التزام gives no تزام
    assert "تزام" not in forms(lexicon, Cue("التزام", "evaluative", "positive", "quoted"))


def test_the_shipped_lexicon_generates_no_listed_cue(lexicon):
    listed = {" ".join(cue.cue.split()) for cue in lexicon.cues}
    generated = generated_cues(lexicon)
    assert len(generated) > 1000
    assert not [cue for cue in generated if cue.cue in listed]


@pytest.mark.parametrize(("text", "expected"), [
    # تحريضا: only تحريض is listed
    ("وقال لافروف إن تصريحات الوزير الأخيرة تعد تحريضا على العنف في طرابلس.", [("lavrov", "negative", "after_verb")]),
    # مؤامرات: only مؤامرة is listed
    ("وأكدت زاخاروفا أن هذه الاتهامات مؤامرات مكشوفة ضد موسكو.", [("zakharova", "negative", "after_verb")]),
    # استفزازية: only الاستفزازي is listed (its feminine, not the pronoun)
    ("وقالت زاخاروفا إن تحركات الحلف في المتوسط استفزازية.", [("zakharova", "negative", "after_verb")]),
    # مثمرة: only المثمرة is listed
    ("وقال الدبيبة إن المحادثات مع الجانب الروسي كانت مثمرة.", [("dbeibah", "positive", "after_verb")]),
])
def test_a_statement_whose_stance_word_is_a_generated_form_carries_its_polarity(lexicon, text, expected):
    assert scored_statements(text, lexicon) == expected


def test_a_generated_form_names_its_listed_lemma(lexicon):
    text = "وقال لافروف إن تصريحات الوزير الأخيرة تعد تحريضا على العنف في طرابلس."
    stances = analyze([snippet(text, date="2024")], lexicon).stances
    row = stances[stances["cue_type"] == "evaluative"].iloc[0]
    assert (row["cue_lemma"], row["polarity"], row["speaker_id"], row["attribution"]) == ("تحريض", "negative", "lavrov", "in_statement")


def test_a_generated_form_in_taa_is_not_a_word_with_the_pronoun(lexicon):
    # مصالحة is generated from the listed المصالحة; مصالحه (his interests) writes the pronoun ه
    text = "وقال لافروف إن ليبيا تحتاج إلى مصالحة وطنية شاملة."
    assert scored_statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    text = "وقال لافروف إن لكل طرف في ليبيا مصالحه."
    assert scored_statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    # a nisba's feminine with ه is the nisba with the pronoun, the same cue: تعازيه (his condolences)
    text = "وأعرب بوتين عن تعازيه للشعب الليبي."
    assert scored_statements(text, lexicon) == [("putin", "positive", "after_verb")]


def test_a_verb_gets_its_regular_persons_and_a_weak_one_none(lexicon):
    found = forms(lexicon, Cue("شجب", "evaluative", "negative", "quoted"), Cue("شجبت", "evaluative", "negative", "quoted"),
                  Cue("يعرقل", "evaluative", "negative", "quoted"), Cue("يسيء", "evaluative", "negative", "quoted"))
    assert {"شجبوا", "شجبتا"} <= found.keys() and found["شجبوا"].lemma == "شجب"
    assert {"تعرقل", "نعرقل", "يعرقلون", "يعرقلان"} <= found.keys()
    # the future's س on each person: سيعرقل، سنعرقل، ستعرقلان
    assert {"سيعرقل", "سنعرقل", "سيعرقلون", "ستعرقلان"} <= found.keys() and found["سنعرقل"].lemma == "يعرقل"
    assert not [form for form in found if form.endswith("سيء") or "يسيء" in form]  # يسيئون: the hamza's seat moves
    # a neutral verb of saying is the speaker rules' business
    assert not forms(lexicon, Cue("لاحظ", "reporting", "neutral", ""), Cue("لاحظت", "reporting", "neutral", ""))


def test_a_statement_in_a_generated_person_of_a_verb_carries_its_polarity(lexicon):
    # يعرقلون: only يعرقل is listed
    text = "وقال المنفي إن بعض الأطراف يعرقلون الحوار بين الليبيين."
    assert scored_statements(text, lexicon) == [("menfi", "negative", "after_verb")]
