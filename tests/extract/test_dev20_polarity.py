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


def test_a_solution_for_the_crisis_or_ending_the_conflict_is_a_stated_aim(lexicon):
    # convention 2 (an aim of a settlement is positive), in the wordings only «حل الأزمة» and
    # «إنهاء الأزمة» had: a solution *for* the crisis (dev17: «أفضل حل للأزمة الليبية», where
    # the crisis word after it had made a praise of a peace plan negative), and ending the
    # conflict or the war (dev20: an EU official's call before his warning)
    text = "وأكد عقيلة صالح أن الإعلان هو أفضل حل للأزمة الليبية، وأن التدخل الأجنبي عقد الأزمة."
    assert statements(text, lexicon) == [("saleh_aguila", "positive", "after_verb")]
    text = "ودعا بوريل الأوروبيين إلى التغلب على انقساماتهم والعمل من أجل إنهاء النزاع في ليبيا، محذرا من تدهور الوضع."
    assert statements(text, lexicon) == [("borrell", "positive", "after_verb")]
    text = "وقال لافروف إن روسيا تبحث عن حل للأزمة في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]


def test_a_serious_or_courageous_stand_is_praise(lexicon):
    # dev20 (a Libyan speaker: Russia «وقفت موقفًا جادًا»): «serious» said of a stand, efforts or
    # steps praises them; only «موقف بناء» and «موقف مشرف» had rows
    text = "وقال عقيلة صالح إن روسيا وقفت موقفا جادا تجاه تطورات الوضع في ليبيا."
    assert statements(text, lexicon) == [("saleh_aguila", "positive", "after_verb")]
    text = "وأكد المنفي أن موسكو بذلت جهودا جادة."
    assert statements(text, lexicon) == [("menfi", "positive", "after_verb")]
    text = "واعتبر عقيلة صالح أن الموقف الروسي موقف شجاع."
    assert statements(text, lexicon) == [("saleh_aguila", "positive", "after_verb")]


def test_bandits_terrorising_and_a_mistake_are_charges(lexicon):
    # dev20 (Lavrov: a country crossed by «قطاع الطرق» who «يرهبون» its neighbours): words of
    # crime and terror in the speaker's own account carried no row; a mistake written with its
    # hamza on a yaa before a suffix (خطئها) was not read as خطأ
    text = "وأكد لافروف أن قطاع الطرق يعبرون الحدود بالسلاح."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    text = "وقال لافروف إن المتطرفين يرهبون دول الجوار."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    text = "وقالت زاخاروفا إن واشنطن انسحبت من الملف بسبب خطئها."
    assert statements(text, lexicon) == [("zakharova", "negative", "after_verb")]


def test_discrediting_a_report_or_a_critic_is_a_denial(lexicon):
    # convention 3, in dev20's rebuttals (a UN report resting on «معلومات غير محققة», «غير
    # موثوق به»; states with «no moral right» to speak of Libya): the words carried no row, so
    # the rebuttal was neutral when no verb of denial introduced it
    text = "وقال نيبينزيا إن التقرير يستند إلى معلومات غير محققة."
    assert statements(text, lexicon) == [("nebenzia", "negative", "after_verb")]
    text = "ووصف نيبينزيا التقرير بأنه غير موثوق به."
    assert statements(text, lexicon) == [("nebenzia", "negative", "after_verb")]
    text = "وقالت زاخاروفا إن الولايات المتحدة ليس لها حق أخلاقي في الحديث عن ليبيا."
    assert statements(text, lexicon) == [("zakharova", "negative", "after_verb")]
    text = "وقال بيسكوف إن دولا كثيرة لا يحق لها الحديث عن استقرار ليبيا."
    assert statements(text, lexicon) == [("peskov", "negative", "after_verb")]


def test_a_negated_modal_reaches_past_whom_it_is_said_of(lexicon):
    # dev20 (a head of government: «لا يمكن لأي وطني أن يقبل بدخول قوة أجنبية»): the one the
    # modal is said of (لأي وطني، لنا) stood between the negation and the verb of accepting,
    # beyond the negation's reach, so the refusal read as acceptance
    text = "وقال الدبيبة إنه لا يمكن لأي وطني أن يقبل بدخول قوة أجنبية."
    assert statements(text, lexicon) == [("dbeibah", "negative", "after_verb")]
    text = "وقال لافروف إنه لا يمكن لنا أن ندعم هذا القرار."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]


def test_a_description_by_a_variant_spelling_of_the_state_refers_back(lexicon):
    # dev20: «المسؤول الأميركي» after «نورلاند» was an unnamed official, since only the alias of
    # kind name (أمريكا) gave the nisba and أميركا is a variant; the ambassador's concern is his
    text = "ورفض نورلاند الدعوات لوقف إنتاج النفط. وأعرب المسؤول الأميركي عن قلقه من الخلاف السياسي."
    assert statements(text, lexicon)[-1] == ("norland", "negative", "after_verb")
    text = "ورفض نورلاند الدعوات لوقف إنتاج النفط. وأعرب المسؤول الأمريكي عن قلقه من الخلاف السياسي."
    assert statements(text, lexicon)[-1] == ("norland", "negative", "after_verb")


def test_verbs_of_breaching_and_obstructing_charge_in_their_other_forms(lexicon):
    # the nouns and some persons of these verbs had rows (خرق، عرقلة، يقوض، تعرقل); the other
    # forms a statement uses were silent, so a charge with nothing else evaluative in it read as
    # neutral, the commonest miss of the blind sets (nothing but the reporting verb found)
    text = "وقال لافروف إن قوات الحلف خرقت قرار مجلس الأمن."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    text = "وقال المنفي إن بعض الأطراف عرقلت الانتخابات."
    assert statements(text, lexicon) == [("menfi", "negative", "after_verb")]
    text = "وأكد المشري أن الوجود الأجنبي يعيق توحيد المؤسسة العسكرية."
    assert statements(text, lexicon) == [("mishri", "negative", "after_verb")]
    text = "وقال بوغدانوف إن العملية السياسية وصلت إلى مأزق."
    assert statements(text, lexicon) == [("bogdanov", "negative", "after_verb")]


def test_praise_of_the_relations_and_solidarity_are_positive(lexicon):
    # historic, close or excellent relations and solidarity (متضامن) said by someone praise the tie;
    # only the adjectives that are evaluative alone (متينة، مثمرة) had rows
    text = "وقال المنفي إن ليبيا وروسيا تجمعهما علاقات تاريخية."
    assert statements(text, lexicon) == [("menfi", "positive", "after_verb")]
    text = "وأكد الدبيبة أن حكومته متضامنة مع الشعب الروسي."
    assert statements(text, lexicon) == [("dbeibah", "positive", "after_verb")]
    # told by the article, the tie is nobody's stance
    assert statements("وتقيم موسكو علاقات وثيقة مع حفتر.", lexicon) == []


def test_bearing_responsibility_without_the_article_blames_and_useful_in_the_accusative_praises(lexicon):
    # only «يتحمل المسؤولية» had a row: bearing «مسؤولية ما حدث» (a genitive, no article) was
    # silent; and «مفيد، مفيدة» had rows but not the accusative after كان (مفيدا)
    text = "وقال المشري إن روسيا تتحمل مسؤولية ما حدث في طرابلس."
    assert statements(text, lexicon) == [("mishri", "negative", "after_verb")]
    text = "وقال لافروف إن الاجتماع كان مفيدا."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]


def test_an_evaluative_noun_or_adjective_in_the_accusative_is_read(lexicon):
    # the matcher reads clitics and pronoun suffixes, not the alif of the accusative: nouns and
    # adjectives had no row for the form an object or a predicate of يعد, أبدى, كان takes
    # (ارتياحا، استفزازا), so «يعد استفزازا» was neutral
    text = "وأبدى المنفي ارتياحا لنتائج اللقاء."
    assert statements(text, lexicon) == [("menfi", "positive", "after_verb")]
    text = "وقال لافروف إن هذا التصرف يعد استفزازا."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    # جيدا is also «well»: left out
    text = "وقال لافروف إن روسيا تعرف جيدا ما يجري في ليبيا."
    assert statements(text, lexicon) == [("lavrov", "neutral", "after_verb")]


def test_an_active_role_or_tangible_results_are_praise(lexicon):
    # dev20 (Zakharova: Russia «شاركت بشكل فاعل في الجهود الدولية») and dev15 (an ambassador on
    # talks to agree «خطوات ملموسة»): فاعل alone is also «actor» (الجهات الفاعلة), so the rows
    # name the role or the manner
    text = "وقالت زاخاروفا إن روسيا شاركت بشكل فاعل في الجهود الدولية."
    assert statements(text, lexicon) == [("zakharova", "positive", "after_verb")]
    text = "وقال عقيلة صالح إن لروسيا دورا فاعلا في ليبيا."
    assert statements(text, lexicon) == [("saleh_aguila", "positive", "after_verb")]
    text = "وقال لافروف إن المحادثات حققت نتائج ملموسة."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    # the actors of a conflict are no praise
    text = "وقال غوتيريش إن الجهات الفاعلة في ليبيا كثيرة."
    assert statements(text, lexicon) == [("guterres", "neutral", "after_verb")]


def test_improvement_and_quality_are_praise(lexicon):
    # dev15 (an ambassador: security «أصبحت أفضل بكثير») and dev9 (a trader: Russian wheat is
    # cheaper «والجودة عالية»): only «تحسنا» and «تحسن ملحوظ» had rows
    text = "وقال الدبيبة إن الوضع الأمني تحسن في العاصمة."
    assert statements(text, lexicon) == [("dbeibah", "positive", "after_verb")]
    text = "وقال لافروف إن الظروف الأمنية أصبحت أفضل بكثير."
    assert statements(text, lexicon) == [("lavrov", "positive", "after_verb")]
    text = "وقالت زاخاروفا إن القمح الروسي رخيص والجودة عالية."
    assert statements(text, lexicon) == [("zakharova", "positive", "after_verb")]


def test_helping_is_praise_and_not_helping_a_charge(lexicon):
    # dev10 (a deputy minister: Haftar «يساعد الحكومة في استعادة السيطرة»): only the negated
    # forms (لا يساعد، لا تساعد) had rows; the longest match keeps them negative
    text = "وقال غاتيلوف إن حفتر يساعد الحكومة في استعادة السيطرة على الحقول."
    assert statements(text, lexicon) == [("gatilov", "positive", "after_verb")]
    text = "وقال المنفي إن روسيا ساعدت ليبيا كثيرا."
    assert statements(text, lexicon) == [("menfi", "positive", "after_verb")]
    text = "وقال لافروف إن الوجود الأجنبي لا يساعد على التسوية."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]


def test_the_russian_representative_in_the_council_is_the_permanent_representative(lexicon):
    # dev20 (d20_03, «ممثل روسيا في مجلس الأمن»): the title was listed with لدى only; dated, it is
    # Nebenzia (undated, Churkin and he both hold it, and it stays the title as written)
    text = "حذّر ممثل روسيا في مجلس الأمن من التسرع في تنظيم الانتخابات."
    assert statements(text, lexicon, date="2023") == [("nebenzia", "negative", "after_verb")]
    assert statements(text, lexicon, date="2015")[0][0] == "churkin"


def test_hypocrisy_and_double_standards_are_charges(lexicon):
    # dev20 (d20_03: «الدول الغربية منافقة»): only the noun نفاق had a row
    text = "وقال لافروف إن الدول الغربية منافقة وتسعى لخدمة مصالحها."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
    text = "وقال لافروف إن موقف واشنطن يعكس ازدواجية واضحة."
    assert statements(text, lexicon) == [("lavrov", "negative", "after_verb")]
