from dataclasses import replace

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


def found_topics(lexicon, text):
    frames = analyze([snippet(text)], lexicon)
    return [(row.topic, row.surface, row.start, row.end) for row in frames.topics.itertuples()]


def test_a_military_word_that_describes_no_force_is_no_arms(lexicon):
    # الوضع العسكري (the situation), القائد العسكري (Haftar's description), a solution that
    # "will not be military" and the crusade metaphor speak of no weapons or forces
    text = ("وبحث الجانبان الوضع العسكري والسياسي، ووصل القائد العسكري الليبي إلى موسكو، "
            "وأكد أن الحل لن يكون عسكريا، ووصف الأمر بالحرب الصليبية.")
    assert found_topics(lexicon, text) == []


def test_strikes_warships_and_foreign_bases_are_arms(lexicon):
    text = "وانتقدت موسكو الضربات الجوية، وحذر من قطع حربية تقترب، ونفى وجود قواعد روسية في ليبيا."
    found = found_topics(lexicon, text)
    assert found == [
        ("arms", "الضربات الجوية", 14, 28), ("arms", "قطع حربية", 38, 47), ("arms", "قواعد روسية", 65, 76),
    ]
    assert [text[start:end] for _, _, start, end in found] == ["الضربات الجوية", "قطع حربية", "قواعد روسية"]


def test_a_power_station_with_a_preposition_is_infrastructure(lexicon):
    text = "وعرضت الشركة بناء محطة للطاقة ومحطة لتوليد الكهرباء."
    assert found_topics(lexicon, text) == [
        ("infrastructure", "محطة للطاقة", 18, 29), ("infrastructure", "ومحطة لتوليد الكهرباء", 30, 51),
    ]


def test_mediation_a_peaceful_solution_and_a_unity_government_are_un_mediation(lexicon):
    text = "ودعت القمة روسيا للتوسط من أجل حل سلمي وتشكيل حكومة وحدة وطنية."
    found = found_topics(lexicon, text)
    assert found == [
        ("un_mediation", "للتوسط", 17, 23), ("un_mediation", "حل سلمي", 31, 38),
        ("un_mediation", "حكومة وحدة وطنية", 46, 62),  # the longer term wins over تشكيل حكومة
    ]
    assert text[46:62] == "حكومة وحدة وطنية"
    assert found_topics(lexicon, "ورحبت موسكو بتشكيل حكومة جديدة.") == [("un_mediation", "بتشكيل حكومة", 12, 24)]


def test_the_unity_government_by_name_and_bilateral_talks_are_no_un_mediation(lexicon):
    # حكومة الوحدة الوطنية names the Tripoli government (an actor); محادثات on energy are bilateral;
    # meddling in elections and the Russian contact group's name are no UN process
    text = ("وأجرى رئيس حكومة الوحدة الوطنية محادثات في موسكو، ووجهت إليهما تهمة التدخل في الانتخابات، "
            "وقال رئيس مجموعة الاتصال الروسية الخاصة بالتسوية الليبية إن العقد جاهز.")
    assert found_topics(lexicon, text) == []


def test_landing_ships_armour_clashes_and_mines_are_arms(lexicon):
    text = "وأنزلت سفن الإنزال مركبات مدرعة، واندلعت اشتباكات بعد هجمات بالقنابل والألغام."
    assert found_topics(lexicon, text) == [
        ("arms", "سفن الإنزال", 7, 18), ("arms", "مركبات مدرعة", 19, 31), ("arms", "اشتباكات", 41, 49),
        ("arms", "هجمات", 54, 59), ("arms", "بالقنابل", 60, 68), ("arms", "والألغام", 69, 77),
    ]


def test_exploration_blocks_and_a_company_written_apart_are_energy(lexicon):
    # تات نفط is Tatneft written in two words; a power station (محطة كهربائية) is infrastructure
    text = "وعادت شركة تات نفط إلى رقعها، وتعمل في حقول استكشافية بموجب اتفاق تقاسم الإنتاج، وستبني روساتوم محطة كهربائية."
    assert found_topics(lexicon, text) == [
        ("energy", "تات نفط", 11, 18), ("energy", "حقول استكشافية", 39, 53), ("energy", "تقاسم الإنتاج", 66, 79),
        ("energy", "روساتوم", 88, 95), ("infrastructure", "محطة كهربائية", 96, 109),
    ]


def test_the_veto_a_draft_resolution_and_the_missions_mandate_are_un_mediation(lexicon):
    text = "واستخدمت روسيا حق النقض ضد مشروع قرار يمدد ولاية البعثة، ودعت إلى وقف الأعمال العدائية."
    assert found_topics(lexicon, text) == [
        ("un_mediation", "حق النقض", 15, 23), ("un_mediation", "مشروع قرار", 27, 37),
        ("un_mediation", "ولاية البعثة", 43, 55), ("un_mediation", "وقف الأعمال العدائية", 66, 86),
    ]


def test_fighting_and_recruiting_are_arms(lexicon):
    text = "وقال إن المجموعة قاتلت في سوريا، وإن قواته تقاتل الإرهاب، وطالب بوقف تجنيد الشباب."
    assert found_topics(lexicon, text) == [
        ("arms", "قاتلت", 17, 22), ("arms", "قواته", 37, 42), ("arms", "تقاتل", 43, 48), ("arms", "تجنيد", 69, 74),
    ]


def test_an_envoy_by_surname_is_un_mediation_and_international_legitimacy_is_not(lexicon):
    text = "وأشاد باتيلي بالاجتماع، وكانت المحكمة قد أكدت الشرعية الدولية للحكومة."
    assert found_topics(lexicon, text) == [("un_mediation", "باتيلي", 6, 12)]


def test_a_un_backed_government_is_a_description_not_un_mediation(lexicon):
    # the descriptor names who backs the government; the UN envoy in the same sentence is mediation
    text = "وتقاتل المجموعة الحكومة المدعومة من الأمم المتحدة، وفق تقرير خبراء الأمم المتحدة، والتقى المبعوث الأممي بالطرفين."
    found = found_topics(lexicon, text)
    assert found == [("arms", "وتقاتل", 0, 6), ("un_mediation", "المبعوث الأممي", 89, 103)]
    assert text[89:103] == "المبعوث الأممي"


def test_the_parties_to_the_conflict_and_the_libyan_talks_are_un_mediation(lexicon):
    # the parties a mediator speaks to (الفرقاء، الأطراف المتحاربة، أطراف النزاع) and talks named as
    # Libyan are mediation; bare المحادثات is not listed (a visit's bilateral talks are no mediation)
    text = "ودعت موسكو جميع الفرقاء إلى الحوار، وحثت الأطراف المتحاربة وأطراف النزاع على العودة إلى المحادثات الليبية."
    assert found_topics(lexicon, text) == [
        ("un_mediation", "الفرقاء", 16, 23), ("un_mediation", "إلى الحوار", 24, 34),
        ("un_mediation", "الأطراف المتحاربة", 41, 58), ("un_mediation", "وأطراف النزاع", 59, 72),
        ("un_mediation", "المحادثات الليبية", 88, 105),
    ]
    assert found_topics(lexicon, "وأجرى الوزيران محادثات في موسكو.") == []


def test_a_military_presence_is_arms_and_the_eastern_forces_name_is_not(lexicon):
    # قوات الشرق and قائد قوات name Haftar's command, as القوات المسلحة العربية الليبية does
    text = "وقال إن بلاده لا تنوي أي تدخل عسكري، ونفى وجود عسكري روسي، والتقى قائد قوات الشرق الليبي الوزير."
    assert found_topics(lexicon, text) == [("arms", "تدخل عسكري", 25, 35), ("arms", "وجود عسكري", 42, 52)]
    assert text[25:35] == "تدخل عسكري"


def test_the_international_community_and_other_wars_are_no_topic(lexicon):
    # المجتمع الدولي is who is addressed, not a mediation; a war elsewhere or on terrorism is no
    # arms in Libya, while the war in Libya still is
    text = "ودعت موسكو المجتمع الدولي إلى الهدوء، وربطت ذلك بالحرب في أوكرانيا وبحربها ضد الإرهاب، وقالت إن الحرب في ليبيا طالت."
    # ودعت(0-4) موسكو(5-10) المجتمع(11-18) ... وقالت(87-92) إن(93-95) الحرب(96-101)
    found = found_topics(lexicon, text)
    assert found == [("arms", "الحرب", 96, 101)]
    assert text[96:101] == "الحرب"


def test_bloodshed_an_attack_on_an_embassy_and_defence_ministries_are_arms(lexicon):
    text = "وحذر الكرملين من حمام دم جديد، وأدان الاعتداء على السفارة، وبحث التعاون بين وزارتي الدفاع."
    # وحذر(0-4) الكرملين(5-13) من(14-16) حمام(17-21) دم(22-24) جديد(25-29) ،(29) وأدان(31-36)
    # الاعتداء(37-45) ... وزارتي(76-82) الدفاع(83-89)
    assert found_topics(lexicon, text) == [
        ("arms", "حمام دم", 17, 24), ("arms", "الاعتداء", 37, 45), ("arms", "وزارتي الدفاع", 76, 89),
    ]


def test_the_solution_in_libya_the_libyan_process_and_a_new_government_are_un_mediation(lexicon):
    text = "وقال إنه لا خيار آخر للحل في ليبيا، وإن موسكو على اتصال بالمشاركين في العملية الليبية وترحب بحكومة جديدة."
    # وقال(0-4) ... للحل(21-25) في(26-28) ليبيا(29-34) ... العملية(70-77) الليبية(78-85) ... بحكومة(92-98) جديدة(99-104)
    assert found_topics(lexicon, text) == [
        ("un_mediation", "للحل في ليبيا", 21, 34), ("un_mediation", "العملية الليبية", 70, 85),
        ("un_mediation", "بحكومة جديدة", 92, 104),
    ]


def test_the_un_in_an_envoys_title_or_its_charter_is_no_mediation(lexicon):
    # the ambassador's title and the Charter name the UN without any mediation; peace in Libya and
    # lifting the (UN) embargo are
    text = "وقال مندوب روسيا الدائم لدى الأمم المتحدة إن ميثاق الأمم المتحدة واضح، ودعا إلى السلام في ليبيا ورفع الحظر."
    found = found_topics(lexicon, text)
    start = text.index("السلام في ليبيا")
    assert (start, text.index("ورفع الحظر")) == (80, 96)
    assert found == [("un_mediation", "السلام في ليبيا", 80, 95), ("un_mediation", "ورفع الحظر", 96, 106)]


def test_english_in_an_embedded_post_and_haftars_campaign(lexicon):
    # outlets embed posts in English: a ceasefire is mediation, weaponry is arms
    text = "NEWS: Wagner Group complicating Libyan ceasefire efforts; Russia moves weaponry. وتواصل حملة حفتر."
    # NEWS(0-4) Wagner(6-12) ... ceasefire(39-48) ... weaponry(71-79) ... وتواصل(81-87) حملة(88-92) حفتر(93-97)
    assert found_topics(lexicon, text) == [
        ("arms", "Wagner", 6, 12), ("un_mediation", "ceasefire", 39, 48), ("arms", "weaponry", 71, 79),
        ("arms", "حملة حفتر", 88, 97),
    ]


def test_a_solution_peaceful_and_political_and_a_denied_presence(lexicon):
    # حل "سلمي وسياسي": the quotation mark cuts حل from its adjective, the pair says it alone;
    # a denial of any presence (لأي تواجد، أي وجود) is of a military one in this coverage
    text = 'ودعا إلى حل "سلمي وسياسي"، ونفى أي وجود لقواته أو لأي تواجد بليبيا.'
    # ودعا(0-4) إلى(5-8) حل(9-11) "(12) سلمي(13-17) وسياسي(18-24) "(24) ،(25) ونفى(27-31) أي(32-34)
    # وجود(35-39) لقواته(40-46) أو(47-49) لأي(50-53) تواجد(54-59)
    assert found_topics(lexicon, text) == [
        ("un_mediation", "سلمي وسياسي", 13, 24), ("arms", "أي وجود", 32, 39), ("arms", "لقواته", 40, 46),
        ("arms", "لأي تواجد", 50, 59),
    ]


def test_a_broad_term_counts_only_with_support_near_it_in_its_sentence(lexicon):
    # topics.csv marks الأمم المتحدة broad (un_mediation) with جهود among its context words
    assert ("un_mediation", "الأمم المتحدة") in lexicon.broad_terms
    assert found_topics(lexicon, "وقالت الأمم المتحدة إنها ستنشر تقريرها الشهر المقبل.") == []
    text = "وتدعم روسيا جهود الأمم المتحدة في ليبيا."
    assert found_topics(lexicon, text) == [("un_mediation", "الأمم المتحدة", 17, 30)]  # the context word is no hit
    assert text[17:30] == "الأمم المتحدة"
    # the support in the previous sentence, or more than SUPPORT_WINDOW words away, is none
    assert found_topics(lexicon, "وتحدثوا عن الحوار. وأشادوا بالأمم المتحدة.") == []
    far = ("وأكد الوزير أن بلاده تدعم جهود السلام التي ترعاها المنظمة منذ سنوات طويلة في البلاد "
           "وفي كل الدول المجاورة لها ثم أشار إلى الأمم المتحدة.")
    assert found_topics(lexicon, far) == []


def test_broad_terms_support_each_other_and_a_specific_term_supports_them(lexicon):
    # هجوم alone may be a verbal attack or an attack on an embassy; beside قوات it is fighting
    assert found_topics(lexicon, "ونقلت الصحيفة أن الهجوم على السفارة وقع ليلا.") == []
    assert found_topics(lexicon, "وأطلقت قوات حفتر هجوما على طرابلس.") == [("arms", "قوات", 7, 11), ("arms", "هجوما", 17, 22)]
    text = "وشنت الميليشيات هجوما على المدينة."
    assert found_topics(lexicon, text) == [("arms", "الميليشيات", 5, 15), ("arms", "هجوما", 16, 21)]
    assert [text[5:15], text[16:21]] == ["الميليشيات", "هجوما"]
    # the same broad term twice is no support of itself
    assert found_topics(lexicon, "وتحدث عن الهجوم، ثم عن الهجوم الثاني.") == []


def test_a_context_word_may_support_only_the_broad_terms_it_names(lexicon):
    # topics.csv's supports column: موعد supports الانتخابات (a date set for the elections), not
    # الأمم المتحدة (a date set for a visit); a context word naming none supports them all (جهود)
    elections = ("un_mediation", "الانتخابات")
    narrowed = replace(
        lexicon, broad_terms=lexicon.broad_terms | {elections},
        topic_context=(*lexicon.topic_context, ("un_mediation", "موعد")),
        context_supports=frozenset({("un_mediation", "موعد", "الانتخابات")}),
    )
    text = "وحددت المفوضية موعد الانتخابات في ديسمبر."
    # وحددت(0-5) المفوضية(6-14) موعد(15-19) الانتخابات(20-30)
    assert found_topics(narrowed, text) == [("un_mediation", "الانتخابات", 20, 30)]
    assert text[20:30] == "الانتخابات"
    assert found_topics(narrowed, "وحددت الأمم المتحدة موعد زيارتها المقبلة.") == []
    # without the supports cell, the same word supports every broad term of its topic
    open_ended = replace(narrowed, context_supports=frozenset())
    # وحددت(0-5) الأمم المتحدة(6-19)
    assert found_topics(open_ended, "وحددت الأمم المتحدة موعد زيارتها المقبلة.") == [("un_mediation", "الأمم المتحدة", 6, 19)]
    # the supported broad term, alone, is still no hit
    assert found_topics(narrowed, "وفاز حزبه في الانتخابات الماضية.") == []


def test_the_embargo_operation_cargo_planes_and_nato_operations_are_arms(lexicon):
    # Irini enforces the UN arms embargo at sea; a Russian cargo plane flying in is military
    # supply in this coverage; the Africa Corps by its transliterated name; NATO's operations are
    # arms, while الناتو alone is broad: NATO holding a summit is no arms
    text = "وقالت عملية إيريني إنها فتشت سفينة قبالة بنغازي، وإن تفتيش السفن سيستمر."
    # وقالت(0-5) عملية(6-11) إيريني(12-18) ... وإن(49-52) تفتيش(53-58) السفن(59-64)
    assert found_topics(lexicon, text) == [("arms", "إيريني", 12, 18), ("arms", "تفتيش السفن", 53, 64)]
    assert [text[12:18], text[53:64]] == ["إيريني", "تفتيش السفن"]
    text = "وهبطت طائرة شحن روسية في شرق البلاد، وأعلن أفريكا كوربس وصول دفعة جديدة."
    assert found_topics(lexicon, text) == [("arms", "طائرة شحن روسية", 6, 21), ("arms", "أفريكا كوربس", 43, 55)]
    assert [text[6:21], text[43:55]] == ["طائرة شحن روسية", "أفريكا كوربس"]
    text = "وانتقدت موسكو لعمليات الناتو في ليبيا."
    assert found_topics(lexicon, text) == [("arms", "لعمليات الناتو", 14, 28)]
    assert text[14:28] == "لعمليات الناتو"
    assert found_topics(lexicon, "وقال إن الناتو عقد قمة في بروكسل.") == []


def test_un_resolutions_frozen_assets_and_the_joint_committees_are_un_mediation(lexicon):
    # the frozen Libyan assets are held under the Security Council's sanctions; the 5+5 military
    # committee and the 6+6 committee on the electoral laws (Bouznika) by their numbers
    text = "وطالب الوفد بحماية الأموال الليبية المجمدة وفق قرارات الأمم المتحدة."
    assert found_topics(lexicon, text) == [
        ("un_mediation", "الأموال الليبية المجمدة", 19, 42), ("un_mediation", "قرارات الأمم المتحدة", 47, 67),
    ]
    assert [text[19:42], text[47:67]] == ["الأموال الليبية المجمدة", "قرارات الأمم المتحدة"]
    text = "واجتمعت اللجنة العسكرية 5+5 ثم لجنة (6+6) في بوزنيقة."
    assert found_topics(lexicon, text) == [
        ("un_mediation", "اللجنة العسكرية 5+5", 8, 27), ("un_mediation", "لجنة (6+6)", 31, 41), ("un_mediation", "بوزنيقة", 45, 52),
    ]
    assert [text[8:27], text[31:41], text[45:52]] == ["اللجنة العسكرية 5+5", "لجنة (6+6)", "بوزنيقة"]


def test_refuelling_a_presidential_envoy_and_a_force_named_for_counter_terrorism_are_no_topic(lexicon):
    # التزود بالوقود is a stop on the way, not energy; the Russian president's personal envoy is no
    # UN envoy; قوة الردع لمكافحة الإرهاب is a force's name, not counter-terrorism as such
    assert found_topics(lexicon, "وهبطت المقاتلات للتزود بالوقود في طبرق.") == [("arms", "المقاتلات", 6, 15)]
    assert found_topics(lexicon, "والتقى المبعوث الشخصي للرئيس الروسي رئيس البرلمان.") == []
    assert found_topics(lexicon, "واعتقلت قوة الردع لمكافحة الإرهاب صحفيا.") == []


def test_clashes_in_the_plural_are_arms_and_facing_a_crisis_is_not(lexicon):
    # مواجهات, like اشتباكات, are armed clashes; the singular مواجهة is any facing up to something
    text = "وشهدت المدينة مواجهات عنيفة ليلة أمس."
    # وشهدت(0-5) المدينة(6-13) مواجهات(14-21)
    assert found_topics(lexicon, text) == [("arms", "مواجهات", 14, 21)]
    assert text[14:21] == "مواجهات"
    assert found_topics(lexicon, "وتعمل الحكومة على مواجهة الأزمة الاقتصادية.") == []


def test_nuclear_plants_reactors_oil_products_and_military_instructors_have_their_topics(lexicon):
    # محطة نووية is built (infrastructure), as a power station is; المفاعل النووي and
    # المنتجات البترولية are energy; مدربون عسكريون and القدرات الدفاعية are arms
    text = "ووقعت الشركة عقد إنشاء محطة نووية، وتستورد البلاد المنتجات البترولية."
    # ووقعت(0-5) الشركة(6-12) عقد(13-16) إنشاء(17-22) محطة نووية(23-33)، وتستورد(35-42) البلاد(43-49)
    assert found_topics(lexicon, text) == [
        ("infrastructure", "محطة نووية", 23, 33), ("energy", "المنتجات البترولية", 50, 68),
    ]
    assert text[50:68] == "المنتجات البترولية"
    text = "ووصل مدربون عسكريون لتعزيز القدرات الدفاعية، وسيعمل المفاعل النووي عام 2030."
    assert [(topic, surface) for topic, surface, _, _ in found_topics(lexicon, text)] == [
        ("arms", "مدربون عسكريون"), ("arms", "القدرات الدفاعية"), ("energy", "المفاعل النووي"),
    ]
