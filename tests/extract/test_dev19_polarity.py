"""Polarity groups read from eval/dev19 (the development set most like the blind sets) and from the
families of evaluative words an analyst would list for any subject (warnings, rejection,
accusation, threats, support, praise, hope, cooperation, agreement), each checked on sentences
written for the test: the speaker of the statement, the polarity it carries and the attribution
rule."""

from conftest import scored_statements


def statements(text, lexicon, date="2020"):
    return scored_statements(text, lexicon, date=date)


def test_warnings_accusations_and_rejections_a_reader_expects_are_negative(lexicon):
    # listed once as lemmas; cue_forms finds their other forms (ينذر → تنذر, معارضته by the matcher)
    text = "وقال الدبيبة إن الوضع في الجنوب ينذر بالأسوأ."
    assert statements(text, lexicon) == [("dbeibah", "negative", "after_verb")]
    text = "وقالت زاخاروفا إن واشنطن تعرف من يقف وراء الهجوم."
    assert statements(text, lexicon) == [("zakharova", "negative", "after_verb")]
    text = "وقال المنفي إن التحقيق أثبت ضلوع جهات أجنبية في الهجوم."
    assert statements(text, lexicon) == [("menfi", "negative", "after_verb")]
    text = "وقال الدبيبة إن الشرطة اعتقلت شخصين للاشتباه في صلتهما بالتفجير."
    assert statements(text, lexicon) == [("dbeibah", "negative", "after_verb")]
    text = "وأعلن عقيلة صالح معارضته للقرار."
    assert statements(text, lexicon) == [("saleh_aguila", "negative", "after_verb")]
    text = "وقالت زاخاروفا إن ما يجري في طرابلس ظلم للمدنيين."
    assert statements(text, lexicon) == [("zakharova", "negative", "after_verb")]
    text = "وقال الدبيبة إن ذلك القرار غير دستوري."
    assert statements(text, lexicon) == [("dbeibah", "negative", "after_verb")]
    text = "وقال المنفي إن بعض الأطراف يتجاهل مطالب الشعب."
    assert statements(text, lexicon) == [("menfi", "negative", "after_verb")]
    text = "وقال لافروف إن نتائج الاجتماع مخيبة."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    # fuelling the war frames it as wrongdoing (polarity convention 4); anger is the speaker's own
    text = "وقال لافروف إن تدفق السلاح يغذي الصراع في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    text = "وأعرب الدبيبة عن سخطه من القرار."
    assert statements(text, lexicon) == [("dbeibah", "negative", "after_verb")]
    text = "وقال لافروف إن هذا التصرف معيب ومستفز."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]


def test_support_praise_hope_cooperation_and_agreement_a_reader_expects_are_positive(lexicon):
    text = "وقال المنفي إن بلاده داعم أساسي للحل."
    assert statements(text, lexicon) == [("menfi", "positive", "after_verb")]
    text = "وقال لافروف إن الحكومة الجديدة تتصرف بحكمة."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    text = "وقال بوتين إن موسكو تتبنى موقفا متوازنا."
    assert statements(text, lexicon) == [("putin", "positive", "after_verb")]
    text = "وقال بوتين إن الاتفاق يمثل مكسبا للجميع."
    assert statements(text, lexicon) == [("putin", "positive", "after_verb")]
    text = "وقال الدبيبة إن الجهود الروسية مشكورة."
    assert statements(text, lexicon) == [("dbeibah", "positive", "after_verb")]
    text = "وقال بوتين إن العلاقات بين البلدين راسخة."
    assert statements(text, lexicon) == [("putin", "positive", "after_verb")]
    text = "وقال لافروف إن روسيا تريد شراكة حقيقية مع ليبيا."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    text = "وقال الدبيبة إن حكومته تعمل على تطوير العلاقات مع موسكو."
    assert statements(text, lexicon) == [("dbeibah", "positive", "after_verb")]
    text = "وقال الدبيبة إن موسكو مدت يد العون لليبيين."
    assert statements(text, lexicon) == [("dbeibah", "positive", "after_verb")]
    text = "وقال لافروف: نحن متفقون مع القاهرة في هذا الشأن."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    text = "وأكد بوتين أن ليبيا بحاجة إلى انتخابات حرة ونزيهة."
    assert statements(text, lexicon) == [("putin", "positive", "after_verb")]
    # a readout's topic stays neutral (polarity convention 7), as سبل تعزيز التعاون does
    text = "وقال الكرملين إن الجانبين ناقشا سبل تعزيز الشراكة."
    assert statements(text, lexicon) == [("kremlin", "neutral", "after_verb")]


def test_a_source_who_refused_to_be_named_rejects_nothing(lexicon):
    # dev19 (a diplomatic source «رفض الكشف عن هويته»): how an unnamed source is described is
    # no rejection of what he says, and the source is still only the words before the verb
    text = "ونقلت الوكالة عن مصدر عسكري رفض الكشف عن هويته قوله إن القوات وصلت إلى المدينة."
    assert statements(text, lexicon) == [("مصدر عسكري", "neutral", "unnamed")]
    text = "وقال دبلوماسيون غربيون رفضوا الكشف عن أسمائهم إن الوفد سيصل غدا."
    assert statements(text, lexicon) == [("دبلوماسيون غربيون", "neutral", "unnamed")]
    # a speaker's own refusal is still one
    text = "وقال لافروف إن روسيا ترفض التدخل الأجنبي في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]


def test_open_to_all_parties_is_even_handed_not_support(lexicon):
    # dev19 («روسيا منفتحة على كافة الأطراف»): polarity convention 8, contacts with all → neutral;
    # open to a dialogue is still welcoming it
    text = "وقال لافروف إن موسكو منفتحة على جميع الأطراف الليبية."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    text = "وقال لافروف إن روسيا منفتحة على كافة القوى السياسية في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    text = "وقال لافروف إن موسكو منفتحة على الحوار مع الحكومة الجديدة."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]


def test_a_call_on_foreign_forces_to_leave_is_negative(lexicon):
    # dev19 («طالب النواب من كافة القوات الأجنبية الخروج»): خروج is a withdrawal like انسحاب,
    # and the one asked behind من may be three words long (convention 2: a call on one party)
    text = "وطالب البرلمان من كافة القوات الأجنبية الخروج من ليبيا فورا."
    assert statements(text, lexicon) == [("البرلمان", "negative", "unlisted")]
    text = "وطالبت الحكومة موسكو بخروج قواتها من البلاد."
    assert statements(text, lexicon) == [("الحكومة", "negative", "unlisted")]
    # asked of all, or only mentioned: no call on one party
    text = "ودعا المنفي إلى خروج جميع القوات الأجنبية."
    assert statements(text, lexicon) == [("menfi", "neutral", "after_verb")]
    text = "وقال لافروف إن خروج القوات من سرت يحتاج إلى ترتيبات."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]


def test_abandoning_a_good_is_against_it_unless_denied(lexicon):
    # dev20 (Zakharova: the United States «انسحبت … من تسوية الأزمة»): a verb of abandoning right
    # before a positive word (language/stopping.txt, as وقف دعم) turns it against it
    text = "وقال لافروف إن واشنطن تخلت عن دعم الحكومة الليبية."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    text = "وقالت زاخاروفا إن الولايات المتحدة انسحبت من تسوية الأزمة."
    assert statements(text, lexicon) == [("zakharova", "negative", "after_verb")]
    # a negator before the verb denies the abandoning: the support stands
    text = "وقال المنفي إن بلاده لن تتخلى عن دعم الحوار."
    assert statements(text, lexicon) == [("menfi", "positive", "after_verb")]


def test_a_body_named_for_cooperation_is_no_cooperation(lexicon):
    # dev17 (a senator, «عضو مجموعة التعاون مع البرلمانات العربية», meeting a delegation): the
    # word in a body's name, as in مجلس التعاون, is no wish to cooperate
    text = "وقال لافروف إن رئيس مجموعة التعاون البرلمانية استقبل الوفد لدى وصوله."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]
    text = "وقال الدبيبة إن حكومته تريد التعاون مع موسكو."
    assert statements(text, lexicon) == [("dbeibah", "positive", "after_verb")]


def test_betrayal_legitimate_targets_a_new_page_and_agreeing_carry_a_stance(lexicon):
    # dev21: betrayal (خيانة) is a charge; «أهداف مشروعة» names what one threatens to strike
    # (convention 6); «صفحة جديدة» is the wish for better relations (convention 7); «متفق مع»
    # is agreement
    text = "وقال لافروف إن هذا القرار خيانة لمصالح الشعب الليبي."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    text = "وقال المسماري إن جميع المواقع التركية أهداف مشروعة لطائراتنا."
    assert statements(text, lexicon) == [("mismari", "negative", "after_verb")]
    text = "وقال الدبيبة إن بلاده تريد فتح صفحة جديدة مع موسكو."
    assert statements(text, lexicon) == [("dbeibah", "positive", "after_verb")]
    text = "وقال المنفي إنه متفق مع الرئيس المصري في هذا الشأن."
    assert statements(text, lexicon) == [("menfi", "positive", "after_verb")]


def test_a_count_of_mercenaries_is_a_report_not_a_charge(lexicon):
    # dev21 (Western officials: «تم سحب حوالي 200 من المرتزقة الروس»): convention 4, numbers are
    # neutral, also with the word مرتزقة; without a count the word keeps its charge
    text = "وقال مسؤول ليبي إن حوالي 300 من المرتزقة غادروا القاعدة."
    assert statements(text, lexicon) == [("مسؤول ليبي", "neutral", "unnamed")]
    text = "وأكد المنفي وصول عدد من المرتزقة إلى سرت."
    assert statements(text, lexicon) == [("menfi", "neutral", "after_verb")]
    text = "وقال المنفي إن المرتزقة يهددون أمن البلاد."
    assert statements(text, lexicon) == [("menfi", "negative", "after_verb")]
    # dev21 («أكد مسؤول ليبي سحب روسيا لمرتزقتها»): their withdrawal reported, as سحب المرتزقة;
    # demanded, it is still a call on one party (convention 2)
    text = "وقال مسؤول ليبي إن سحب روسيا لمرتزقتها بدأ الأسبوع الماضي."
    assert statements(text, lexicon) == [("مسؤول ليبي", "neutral", "unnamed")]
    text = "وطالبت الحكومة موسكو بسحب مرتزقتها من البلاد."
    assert statements(text, lexicon) == [("الحكومة", "negative", "unlisted")]
