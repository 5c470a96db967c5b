"""Evaluative words of political news the development sets never wrote (pol28): each family's
words, read in a statement, give it their polarity; the sentences are written for the test, in
the ways other writers evaluate (Syria, Yemen, Sudan news), with speakers the lexicon lists."""

import pytest
from conftest import scored_statements


@pytest.mark.parametrize("text", [
    "وقال لافروف إن الدول الغربية يدينون الضربات حين تناسبهم فقط.",  # a person the generator does not make
    "وقال غوتيريش إن الهجوم على المستشفى مستهجن.",  # the predicative participle
    "وقال بوريل إن الرد جاء في بيان لاذع اللهجة.",  # a sharp statement
])
def test_condemnation_and_criticism(lexicon, text):
    assert scored_statements(text, lexicon)[0][1] == "negative"


@pytest.mark.parametrize("text", [
    "وقال غوتيريش إن قصف المدارس عمل شنيع.",
    "وقال لافروف إن طرد الدبلوماسيين خطوة غير ودية.",  # found before by the negated ودية; its feminine is listed so غير ودي + ة is no pronoun
    "وقال لافروف إن القرار متسرع.",
    "وقال لافروف إن الإجراءات القسرية مستمرة منذ سنوات.",
])
def test_judgements_of_wrongdoing(lexicon, text):
    assert scored_statements(text, lexicon)[0][1] == "negative"


@pytest.mark.parametrize("text", [
    "وقال لافروف إن هذه الرواية أكذوبة أخرى من الغرب.",
    "وقال لافروف إن ما نشرته الصحيفة مجرد بروباغندا.",
])
def test_denials_and_falsehood(lexicon, text):
    assert scored_statements(text, lexicon)[0][1] == "negative"


@pytest.mark.parametrize("text", [
    "وقال لافروف إن الوضع في المنطقة قنبلة موقوتة.",
    "وقال لافروف إن المهاجمين سيدفعون الثمن.",
])
def test_warnings_and_threats(lexicon, text):
    assert scored_statements(text, lexicon)[0][1] == "negative"


def test_a_rejection_in_full_is_negative(lexicon):
    text = "وقال لافروف إن موسكو ترى المقترح غير صالح جملة وتفصيلا."
    assert scored_statements(text, lexicon) == [("lavrov", "negative", "after_verb")]


@pytest.mark.parametrize("text", [
    "وقال غوتيريش: «أشيد بالعاملين في الإغاثة».",
    "وقال غوتيريش إن الجهود المخلصة للوسطاء أثمرت.",
    "وقال غوتيريش إن الاتفاق يمثل نقلة نوعية في العلاقات بين البلدين.",
])
def test_praise_and_gratitude(lexicon, text):
    assert scored_statements(text, lexicon)[0][1] == "positive"


@pytest.mark.parametrize("text", [
    "وقال غوتيريش إن الأمم المتحدة تقف مع الشعب اليمني في محنته.",
    "وقال بوريل إن الأوروبيين آملون في أن تصمد الهدنة.",
    "وقال غوتيريش إنه مرتاح لسير المحادثات.",
])
def test_support_hope_and_satisfaction(lexicon, text):
    assert scored_statements(text, lexicon)[0][1] == "positive"


@pytest.mark.parametrize("text", [
    "وقال لافروف إن هذه التصريحات تسمم الأجواء قبل المحادثات.",
    "وقال لافروف إن أجهزة غربية تقف خلف الهجوم.",
    "وقال لافروف إن نشر قوات أجنبية غير وارد.",
])
def test_undermining_and_blame(lexicon, text):
    assert scored_statements(text, lexicon)[0][1] == "negative"


def test_regret(lexicon):
    text = "وقال غوتيريش: «يحزننا أن نرى المدنيين يدفعون ثمن الحرب»."
    assert scored_statements(text, lexicon) == [("guterres", "negative", "after_verb")]


@pytest.mark.parametrize("text", [
    "وقال غوتيريش إن الأولوية هي إرساء الاستقرار في السودان.",
    "وقال بوريل إن على الأطراف العودة إلى طاولة المفاوضات.",
    "وقال غوتيريش إن الأولوية هي حقن الدماء في اليمن.",
])
def test_aims_of_peace(lexicon, text):
    assert scored_statements(text, lexicon)[0][1] == "positive"


def test_lowering_tension_is_an_aim_not_a_tension(lexicon):
    # «التوتر» inside «خفض التوتر» made the stated aim negative
    text = "وقال غوتيريش إن الأولوية اليوم هي خفض التوتر في المنطقة."
    assert scored_statements(text, lexicon) == [("guterres", "positive", "after_verb")]


@pytest.mark.parametrize("text, polarity", [
    ("وقال لافروف إن الهجوم من تدبير المأجورين.", "negative"),  # a pejorative name for a side
    ("وقال لافروف إن القصف كان متعمدا.", "negative"),
    ("وقال لافروف: «نرغب في توسيع التجارة مع الخرطوم»." , "positive"),
])
def test_pejoratives_intent_and_wishes(lexicon, text, polarity):
    assert scored_statements(text, lexicon)[0][1] == polarity


@pytest.mark.parametrize("text, polarity", [
    ("وقالت زاخاروفا إن هذه اللهجة المتعجرفة تعكس سياسة واشنطن.", "negative"),
    ("وقالت زاخاروفا إن روسيا ممتنة للجزائر على موقفها.", "positive"),  # a listed masculine's feminine
    ("وقالت زاخاروفا إن هذه التصريحات مستفزة.", "negative"),
])
def test_contempt_and_the_feminines_of_listed_adjectives(lexicon, text, polarity):
    assert scored_statements(text, lexicon)[0][1] == polarity


@pytest.mark.parametrize("text, polarity", [
    ("وقال لافروف إن هذه الخطوة تثير تساؤلات جدية حول نوايا واشنطن.", "negative"),  # doubt raised
    ("وقال لافروف إن التدخل سيجر المنطقة إلى المستنقع.", "negative"),  # making things worse
    ("وقال غوتيريش إن الإفراج عن الأسرى بادرة حسن نية.", "positive"),  # good faith
    ("وقال لافروف إن واشنطن تتصرف بسوء نية.", "negative"),
    ("وقال لافروف إن البرلمان فاقد للشرعية.", "negative"),  # legitimacy denied
    ("وقال غوتيريش إن القرار في محله.", "positive"),  # approval
    ("وقال غوتيريش إن هذه الرؤية سديدة.", "positive"),
])
def test_doubt_worsening_faith_legitimacy_and_approval(lexicon, text, polarity):
    assert scored_statements(text, lexicon)[0][1] == polarity


@pytest.mark.parametrize("text, polarity", [
    ("وقال لافروف إن موسكو سترد على رسالة الأمين العام الأسبوع المقبل.", "neutral"),  # replying is no threat
    ("وقال لافروف إن موسكو سترد بحزم على أي خطوة من هذا النوع.", "negative"),
    ("وقال غوتيريش إن الطرفين على شفا اتفاق.", "neutral"),  # on the verge of a deal is no danger
    ("وقال لافروف إن الحل العسكري غير وارد.", "positive"),  # as «لا حل عسكري»
])
def test_a_reply_a_verge_and_no_military_solution(lexicon, text, polarity):
    assert scored_statements(text, lexicon)[0][1] == polarity


@pytest.mark.parametrize("text, polarity", [
    ("وقال لافروف إن واشنطن تتنصل من وعودها.", "negative"),  # evasion
    ("وقال لافروف إن الانتخابات كانت صورية.", "negative"),  # a sham
    ("وقال غوتيريش إن إغلاق المعابر عقاب جماعي للسكان.", "negative"),  # abuse
    ("وقالت زاخاروفا: «يشرفنا استقبال الوفد في موسكو».", "positive"),  # honour
])
def test_evasion_sham_abuse_and_honour(lexicon, text, polarity):
    assert scored_statements(text, lexicon)[0][1] == polarity
