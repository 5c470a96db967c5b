import shutil

from analysis.extract import schema
from analysis.extract.actors import actor_matcher, find_mentions
from analysis.extract.pipeline import analyze
from analysis.lexicon.read import DATA_DIR, FILES, load_lexicon
from analysis.corpus.documents import date_period
from analysis.arabic.text import prepare

from conftest import SEED_2017, SEED_2024, scored_statements, snippet


def mentions_of(text, lexicon, date="2024"):
    return [
        (m.actor_id, text[m.start:m.end], m.match_kind)
        for m in find_mentions(prepare(text), actor_matcher(lexicon), period=date_period(date))
    ]


def counts(frames, doc_id):
    return frames.mentions[frames.mentions["doc_id"] == doc_id]["actor_id"].value_counts().to_dict()


def test_seed_2017_lavrov_and_haftar_seven_times_each(frames):
    # Lavrov: sentences 1-6 and "مع لافروف" in 8 (الوزير الروسي in 5); Haftar: 1, 2, 3, 7, 10
    # (قائد الجيش الوطني الليبي), 12, 13.
    seen = counts(frames, SEED_2017)
    assert seen["lavrov"] == 7
    assert seen["haftar_khalifa"] == 7
    assert seen["sarraj"] == 2
    assert seen["un"] == 3
    assert seen["moscow"] == 5


def test_seed_2024_counts(frames):
    seen = counts(frames, SEED_2024)
    assert seen["lavrov"] == 6
    assert seen["presidential_council"] == 5
    assert seen["lafi"] == 3
    assert seen["haftar_khalifa"] == 3
    assert seen["wagner"] == 2
    assert "sarraj" not in seen


def test_title_and_name_together_are_one_mention(seeds, frames):
    text = seeds[SEED_2017].text
    rows = frames.mentions[(frames.mentions["doc_id"] == SEED_2017) & (frames.mentions["sentence_id"] == 1)]
    lavrov = rows[rows["actor_id"] == "lavrov"].iloc[0]
    assert lavrov["surface"] == "وزير الخارجية الروسي سيرجي لافروف"
    assert text[lavrov["start"]:lavrov["end"]] == lavrov["surface"]
    assert lavrov["match_kind"] == "title+name"
    haftar = rows[rows["actor_id"] == "haftar_khalifa"].iloc[0]
    assert haftar["surface"] == "بالقائد العام للجيش الوطني الليبي المشير خليفة حفتر"
    assert haftar["start"] == 63  # seeds[SEED_2017].text.index("بالقائد")


def test_fused_united_nations_in_seed_2017(frames):
    un = frames.mentions[(frames.mentions["doc_id"] == SEED_2017) & (frames.mentions["actor_id"] == "un")]
    assert un["surface"].tolist() == ["الأممالمتحدة", "الأممالمتحدة", "للأمم المتحدة"]
    assert un["form"].tolist() == ["fused", "fused", "clitic"]


def test_family_members_are_different_actors(lexicon):
    text = "واستقبل خالد حفتر وفدا، بينما التقى صدام حفتر نائب وزير الدفاع الروسي، ثم زار المشير خليفة حفتر موسكو."
    found = [actor for actor, _, _ in mentions_of(text, lexicon)]
    assert found == ["haftar_khaled", "haftar_saddam", "yevkurov", "haftar_khalifa", "moscow"]


def test_transliteration_variants(lexicon):
    # سيرغي لافروف is the lexicon's name; سيرجي لافروف a listed variant; لافروف a short name
    for spelling, kind in (("سيرجي لافروف", "variant"), ("سيرغي لافروف", "name"), ("لافروف", "name")):
        assert mentions_of(f"وقال {spelling} إن", lexicon) == [("lavrov", spelling, kind)]
    assert [a for a, _, _ in mentions_of("وقال الرئيس الروسي فلاديمير بوتين وبوتن", lexicon)] == ["putin", "putin"]


def test_titles_resolve_by_article_date(lexicon):
    text = "التقى رئيس المجلس الرئاسي وفدا روسيا."
    assert mentions_of(text, lexicon, date="2017-08-14")[0][0] == "sarraj"
    assert mentions_of(text, lexicon, date="2024")[0][0] == "menfi"
    defence = "وصرح وزير الدفاع الروسي"
    assert mentions_of(defence, lexicon, date="2020-05-01")[0][0] == "shoigu"
    assert mentions_of(defence, lexicon, date="2025-01-10")[0][0] == "belousov"


def test_clitics_on_names(lexicon):
    text = "قدمت موسكو الدعم لحفتر وللجيش الوطني الليبي وبروسيا"
    assert mentions_of(text, lexicon) == [
        ("moscow", "موسكو", "name"), ("haftar_khalifa", "لحفتر", "name"),
        ("lna", "وللجيش الوطني الليبي", "name"), ("russia", "وبروسيا", "name"),
    ]


def test_no_mention_inside_an_unrelated_word_or_adjective(lexicon):
    assert mentions_of("العلاقات الليبية الروسية والشركات الروسية", lexicon) == []


def test_a_title_in_an_article_dated_in_arabic_indic_digits_names_its_holder_then(lexicon):
    # رئيس المجلس الرئاسي is al-Sarraj until March 2021 and al-Menfi after.
    text = "وقال رئيس المجلس الرئاسي إن الحوار مستمر."
    assert mentions_of(text, lexicon, date="٢٠١٩-٠٥-١٠")[0][0] == "sarraj"
    assert mentions_of(text, lexicon, date="٢٠٢٤")[0][0] == "menfi"


def test_an_adverb_with_tanwin_is_not_the_state(lexicon):
    # روسيًا: "in Russian terms"; روسيا beside it is the state
    assert mentions_of("وقال المحلل إن الموقف مدعوم روسيًا وإن روسيا لن تتراجع.", lexicon) == [("russia", "روسيا", "name")]


def test_an_undated_article_does_not_guess_who_held_a_title(lexicon):
    # رئيس المجلس الرئاسي was al-Sarraj until March 2021, al-Menfi after.
    text = "قال رئيس المجلس الرئاسي إن الحل سياسي. وأكد رئيس المجلس الرئاسي، محمد المنفي، أن الحوار مستمر."
    assert mentions_of(text.split(". ")[0], lexicon, date="") == [
        ("unresolved:رئيس المجلس الرئاسي", "رئيس المجلس الرئاسي", "unresolved"),
    ]
    assert mentions_of(text, lexicon, date="") == [
        # The article names one holder, al-Menfi: the bare title is his too.
        ("menfi", "رئيس المجلس الرئاسي", "title"),
        # The name beside it settles who held it.
        ("menfi", "رئيس المجلس الرئاسي، محمد المنفي", "title+name"),
    ]
    assert mentions_of(text, lexicon, date="2019")[0] == ("sarraj", "رئيس المجلس الرئاسي", "title")
    assert mentions_of(text, lexicon, date="2024")[0] == ("menfi", "رئيس المجلس الرئاسي", "title")
    # A title one person has held throughout needs no date.
    assert mentions_of("وقال وزير الخارجية الروسي سيرغي لافروف إن", lexicon, date="")[0][0] == "lavrov"


def test_an_unresolved_title_speaks_as_itself(lexicon):
    frames = analyze([snippet("قال رئيس المجلس الرئاسي إن الحل سياسي.", date="")], lexicon)
    row = frames.stances.iloc[0]
    assert (row.speaker_id, row.speaker_name, row.attribution) == (
        "unresolved:رئيس المجلس الرئاسي", "Unresolved title (Fayez al-Sarraj or Mohamed al-Menfi)", "after_verb")
    assert frames.mentions.iloc[0][["actor_name_ar", "actor_type"]].tolist() == ["رئيس المجلس الرئاسي", "person"]


def test_russia_today_before_a_weekday_is_russia_and_the_adverb(lexicon):
    # أعلنت روسيا اليوم الثلاثاء: Russia announced today, Tuesday; the outlet needs no weekday.
    text = "وأعلنت روسيا اليوم الثلاثاء أنها ستدعم الحوار."
    assert analyze([snippet(text, date="2020")], lexicon).mentions[["actor_id", "surface", "start", "end"]].values.tolist() == [
        ["russia", "روسيا", 7, 12]]
    outlet = "وقالت قناة روسيا اليوم إن الوفد وصل."
    assert analyze([snippet(outlet, date="2020")], lexicon).mentions[["actor_id", "surface"]].values.tolist() == [
        ["rt", "قناة روسيا اليوم"]]


# -- nested mentions and anaphora (issue #10) ------------------------------------------------------

def rows_of(text, lexicon, date="2024"):
    frames = analyze([snippet(text, date=date)], lexicon)
    schema.check(frames.mentions, "mentions")
    return frames, [
        (row.actor_id, text[row.start:row.end], row.match_kind, bool(row.nested))
        for row in frames.mentions.itertuples(index=False)
    ]


def test_the_army_inside_haftars_title_is_a_nested_mention(lexicon):
    text = "ووصل القائد العام للجيش الوطني الليبي خليفة حفتر إلى موسكو مساء الاثنين."
    frames, rows = rows_of(text, lexicon, date="2019-04-01")
    assert rows == [
        ("haftar_khalifa", "القائد العام للجيش الوطني الليبي خليفة حفتر", "title+name", False),
        ("lna", "للجيش الوطني الليبي", "name", True),
        ("moscow", "موسكو", "name", False),
    ]
    assert frames.mentions["surface"].tolist()[1] == "للجيش الوطني الليبي"


def test_the_council_inside_the_title_of_its_head(lexicon):
    text = "واستقبل رئيس المجلس الرئاسي محمد المنفي السفير الروسي لدى ليبيا في طرابلس."
    _, rows = rows_of(text, lexicon)
    # ليبيا in the ambassador's title only says where he serves, like الروسي: no mention.
    assert rows == [
        ("menfi", "رئيس المجلس الرئاسي محمد المنفي", "title+name", False),
        ("presidential_council", "المجلس الرئاسي", "name", True),
        ("aganin", "السفير الروسي لدى ليبيا", "title", False),
        ("tripoli", "طرابلس", "name", False),
    ]
    # The longest body inside a title, not also the shorter name within it.
    _, rows = rows_of("وأكد رئيس المجلس الرئاسي الليبي أن الانتخابات ممكنة.", lexicon)
    assert rows == [
        ("menfi", "رئيس المجلس الرئاسي الليبي", "title", False),
        ("presidential_council", "المجلس الرئاسي الليبي", "name", True),
    ]


def test_a_state_or_a_person_inside_a_title_is_not_nested(lexicon):
    text = "وقال سفير روسيا لدى ليبيا أغانين إن نائب وزير الخارجية الروسي ميخائيل بوغدانوف سيزور بنغازي."
    _, rows = rows_of(text, lexicon, date="2024-02-01")
    assert rows == [
        ("aganin", "سفير روسيا لدى ليبيا أغانين", "title+name", False),
        ("bogdanov", "نائب وزير الخارجية الروسي ميخائيل بوغدانوف", "title+name", False),
        ("benghazi", "بنغازي", "name", False),
    ]


def test_the_speaker_is_the_head_not_the_body_in_his_title(lexicon):
    frames, _ = rows_of("وقال رئيس المجلس الرئاسي محمد المنفي إن المصالحة الوطنية أولوية.", lexicon)
    # المصالحة (reconciliation) is his positive word (issue #9's vocabulary)
    assert frames.stances[["speaker_id", "attribution"]].values.tolist() == [["menfi", "after_verb"], ["menfi", "in_statement"]]


def test_a_bare_army_refers_back_to_the_army_named_before(lexicon):
    text = (
        "أعلن الجيش الوطني الليبي السيطرة على حقل الشرارة. وقال الجيش في بيان إن قواته تقدمت، "
        "فيما أشادت القبائل بالجيش."
    )
    frames, rows = rows_of(text, lexicon)
    assert rows == [
        ("lna", "الجيش الوطني الليبي", "name", False),
        ("lna", "الجيش", "anaphora", False),
        ("lna", "بالجيش", "anaphora", False),
    ]
    assert frames.mentions["form"].tolist() == ["exact", "exact", "clitic"]
    assert frames.stances.loc[frames.stances["cue"] == "وقال", "speaker_id"].tolist() == ["lna"]


def test_the_army_inside_a_title_is_named_for_the_anaphor_too(lexicon):
    text = "واستقبل القائد العام للجيش الوطني الليبي خليفة حفتر وفدا روسيا في بنغازي. وقال الجيش إن اللقاء بحث التدريب."
    _, rows = rows_of(text, lexicon, date="2019-04-01")
    assert [(actor, surface, kind) for actor, surface, kind, _ in rows][-1] == ("lna", "الجيش", "anaphora")


def test_no_anaphora_when_another_army_is_named_in_between(lexicon):
    # الجيش الجزائري is an army of its own (the lexicon lacks it): the next bare الجيش may be either.
    text = (
        "أعلن الجيش الوطني الليبي وصول معدات جديدة. ونشر الجيش الجزائري طائرات قرب الحدود. "
        "وقال الجيش إن الطائرات للتدريب."
    )
    _, rows = rows_of(text, lexicon)
    assert rows == [("lna", "الجيش الوطني الليبي", "name", False)]
    # An army the lexicon lists takes the anaphor over: here the Russian armed forces.
    listed = text.replace("الجيش الجزائري طائرات قرب الحدود", "الجيش الروسي طائرات في قاعدة الجفرة")
    assert rows_of(listed, lexicon)[1] == [
        ("lna", "الجيش الوطني الليبي", "name", False), ("russian_armed_forces", "الجيش الروسي", "name", False),
        ("jufra_base", "قاعدة الجفرة", "name", False), ("russian_armed_forces", "الجيش", "anaphora", False),
    ]
    # With no army named before it, a bare الجيش names nobody.
    assert rows_of("وقال الجيش إن الهدوء عاد إلى المدينة.", lexicon)[1] == []


def test_the_last_of_two_listed_armies_takes_the_anaphor(tmp_path):
    for name in FILES:
        if (DATA_DIR / f"{name}.csv").exists():
            shutil.copy(DATA_DIR / f"{name}.csv", tmp_path / f"{name}.csv")
    with open(tmp_path / "actors.csv", "a", encoding="utf-8") as actors:
        actors.write("saf,Sudanese Armed Forces,الجيش السوداني,armed_group,sudan\n")
    with open(tmp_path / "aliases.csv", "a", encoding="utf-8") as aliases:
        aliases.write("saf,الجيش,anaphor,,\n")
    lexicon = load_lexicon(tmp_path)
    text = (
        "والتقى وفد من الجيش الوطني الليبي ضباطا من الجيش السوداني. وقال الجيش إن اللقاء مثمر. "
        "ثم أشاد حفتر بالجيش الليبي، وأكد أن الجيش جاهز."
    )
    _, rows = rows_of(text, lexicon)
    anaphora = [(actor, surface) for actor, surface, kind, _ in rows if kind == "anaphora"]
    assert anaphora == [("saf", "الجيش"), ("lna", "الجيش")]



def test_a_title_and_a_name_in_quotation_marks_are_one_mention(lexicon):
    def found(text):
        return [(m.actor_id, m.start, m.end, m.match_kind)
                for m in find_mentions(prepare(text), actor_matcher(lexicon), period=date_period("2019"))]

    text = "والتقى وزير الخارجية الروسي «سيرغي لافروف» نظيره المصري في موسكو."
    # والتقى(0-6) وزير(7-11) الخارجية(12-20) الروسي(21-27) «(28) سيرغي(29-34) لافروف(35-41) نظيره(43-48) المصري(49-55) في(56-58) موسكو(59-64)
    # the closing » (41) belongs to the mention its opening mark is inside: one balanced span
    assert found(text) == [("lavrov", 7, 42, "title+name"), ("moscow", 59, 64, "name")]
    text = "وبحث وزير الدفاع الروسي، ” سيرغي شويغو “ الأزمة."
    # وبحث(0-4) وزير(5-9) الدفاع(10-16) الروسي(17-23) ،(23) ”(25) سيرغي(27-32) شويغو(33-38)
    assert found(text) == [("shoigu", 5, 38, "title+name")]


def test_a_body_named_after_a_person_names_him_too(lexicon):
    # قوات حفتر is the army and, inside its name, Haftar (nested, so he is not its speaker).
    _, rows = rows_of("وتقدمت قوات حفتر نحو سرت فجر الأحد.", lexicon, date="2020")
    assert rows[:2] == [("lna", "قوات حفتر", "name", False), ("haftar_khalifa", "حفتر", "name", True)]
    # The head word before the person's fuller name, in quotation marks or not.
    text = "وقال مصدر إن قوات «خليفة حفتر» انسحبت من المدينة."
    frames, rows = rows_of(text, lexicon, date="2020")
    assert rows == [("lna", "قوات «خليفة حفتر»", "name", False), ("haftar_khalifa", "خليفة حفتر", "name", True)]
    assert frames.mentions[["start", "end"]].values.tolist() == [[13, 30], [19, 29]]
    text = "ودعت موسكو إلى الحوار مع حكومة فايز السراج في طرابلس."
    frames, rows = rows_of(text, lexicon, date="2019")
    assert rows[1:3] == [("gna", "حكومة فايز السراج", "name", False), ("sarraj", "فايز السراج", "name", True)]
    assert frames.mentions[["start", "end"]].values.tolist()[1:3] == [[25, 42], [31, 42]]


def test_the_place_inside_a_bodys_name_is_nested(lexicon):
    # The embassy is in Tripoli: the city inside its name is a mention too, nested.
    text = "وأعلنت موسكو استئناف عمل السفارة الروسية في طرابلس قريبا."
    # وأعلنت(0-6) موسكو(7-12) استئناف(13-20) عمل(21-24) السفارة(25-32) الروسية(33-40) في(41-43) طرابلس(44-50)
    frames, rows = rows_of(text, lexicon, date="2023")
    assert rows == [
        ("moscow", "موسكو", "name", False),
        ("russian_embassy_libya", "السفارة الروسية في طرابلس", "name", False),
        ("tripoli", "طرابلس", "name", True),
    ]
    assert frames.mentions[["start", "end"]].values.tolist() == [[7, 12], [25, 50], [44, 50]]
    # A city inside a title still only qualifies the office (see above); inside a body's name
    # it is the place the body is in.
    _, rows = rows_of("وافتتحت القنصلية الروسية في بنغازي أبوابها.", lexicon, date="2024")
    assert rows == [
        ("russian_consulate_benghazi", "القنصلية الروسية في بنغازي", "name", False),
        ("benghazi", "بنغازي", "name", True),
    ]


def test_the_libyan_side_is_libya(lexicon):
    text = "وأكد الوزير للجانب الليبى أن التعاون مستمر."
    # وأكد(0-4) الوزير(5-11) للجانب(12-18) الليبى(19-25): with the clitic and the Egyptian ى
    frames, rows = rows_of(text, lexicon)
    assert rows == [("libya", "للجانب الليبى", "name", False)]
    assert frames.mentions[["start", "end"]].values.tolist() == [[12, 25]]


def test_an_undated_title_is_the_one_holder_the_article_names(lexicon):
    # رئيس الحكومة الليبية has had several holders; the article names one of them by name.
    text = "استقبل رئيس الحكومة الليبية وفدا روسيا. وقال عبد الحميد الدبيبة إن التعاون مستمر."
    assert mentions_of(text, lexicon, date="") == [
        ("dbeibah", "رئيس الحكومة الليبية", "title"), ("russia", "روسيا", "name"),
        ("dbeibah", "عبد الحميد الدبيبة", "name")]
    # Two holders named: the title is not guessed.
    text = "استقبل رئيس الحكومة الليبية وفدا روسيا. والتقى الدبيبة لاحقا فايز السراج."
    assert mentions_of(text, lexicon, date="")[0] == (
        "unresolved:رئيس الحكومه الليبيه", "رئيس الحكومة الليبية", "unresolved")


def test_lexicon_diplomats_spokesmen_and_governments(lexicon):
    # Aganin was named ambassador by decree in December 2022, before he presented credentials.
    text = "وذكر أن سفير روسيا في ليبيا أيدار أغانين سيصل الأسبوع المقبل."
    assert mentions_of(text, lexicon, date="2023-03-28") == [
        ("aganin", "سفير روسيا في ليبيا أيدار أغانين", "title+name")]
    assert mentions_of("وقال إن البعثة الدبلوماسية الروسية ستعود إلى طرابلس قريبا.", lexicon, date="2023")[0] == (
        "russian_embassy_libya", "البعثة الدبلوماسية الروسية", "name")
    # A name, then the title he held: one mention, the ministry nested in it.
    text = "وأكد ألكسندر لوكاشيفيتش، الناطق الرسمي باسم وزارة الخارجية الروسية، أن موسكو قلقة."
    _, rows = rows_of(text, lexicon, date="")
    assert rows[:2] == [
        ("lukashevich", "ألكسندر لوكاشيفيتش، الناطق الرسمي باسم وزارة الخارجية الروسية", "name+title", False),
        ("russia_mfa", "وزارة الخارجية الروسية", "name", True)]
    # The eastern government is al-Thani's until 2021, the one the House of Representatives named after.
    text = "وتتنافس الحكومة الشرقية مع حكومة الوفاق على الشرعية."
    assert mentions_of(text, lexicon, date="2017")[0] == ("interim_gov", "الحكومة الشرقية", "title")
    assert mentions_of(text, lexicon, date="2023")[0] == ("gns", "الحكومة الشرقية", "title")


# -- generalisation on fresh articles (issue #10, third round) ------------------------------------

def test_the_embassy_with_its_host_is_one_mention_and_a_bare_embassy_refers_back(lexicon):
    text = "وأصدرت السفارة الروسية في ليبيا تحذيرا للمواطنين. وأكدت السفارة أن الوضع غير مستقر."
    _, rows = rows_of(text, lexicon)
    # one mention of the embassy, the host inside its name only nested (counted when asked for)
    assert rows == [
        ("russian_embassy_libya", "السفارة الروسية في ليبيا", "name", False),
        ("libya", "ليبيا", "name", True),
        ("russian_embassy_libya", "السفارة", "anaphora", False),
    ]
    assert text[text.index("وأكدت") + 6:text.index("وأكدت") + 13] == "السفارة"


def test_a_bare_ministry_is_the_last_one_named_unless_another_is_named_since(lexicon):
    text = "وأعلنت وزارة الخارجية الروسية موقفها. وقالت الوزارة إن الحوار ضروري."
    _, rows = rows_of(text, lexicon)
    assert rows == [
        ("russia_mfa", "وزارة الخارجية الروسية", "name", False),
        ("russia_mfa", "الوزارة", "anaphora", False),
    ]
    # وزارة الداخلية, a ministry the lexicon lacks, is named in between: الوزارة may be that one.
    between = text.replace("موقفها.", "موقفها، فيما أصدرت وزارة الداخلية بيانا.")
    assert rows_of(between, lexicon)[1] == [("russia_mfa", "وزارة الخارجية الروسية", "name", False)]


def test_berlin_is_a_city_not_germany(lexicon):
    text = "وشاركت ألمانيا في التحضير لمؤتمر برلين حول ليبيا."
    _, rows = rows_of(text, lexicon)
    assert rows == [("germany", "ألمانيا", "name", False), ("libya", "ليبيا", "name", False)]


def test_a_common_word_is_not_a_clitic_and_a_name(lexicon):
    # وسيلة (means) is not و + a spelling of سيالة; فسرت after التي is the verb, not ف + سرت.
    text = "وقال إن الحوار أفضل وسيلة، وانتقد الطريقة التي فسرت بها الدول القرار في سرت."
    _, rows = rows_of(text, lexicon)
    assert rows == [("sirte", "سرت", "name", False)]
    assert text[text.rindex("سرت"):] == "سرت."[:3] + "."
    # A name behind a conjunction is still found where Arabic puts one.
    assert rows_of("وزار الوفد طرابلس وسرت.", lexicon)[1] == [
        ("tripoli", "طرابلس", "name", False), ("sirte", "وسرت", "name", False),
    ]


def test_datelines_and_credits_inside_the_article_name_nobody(lexicon):
    text = (
        "لافروف يزور طرابلس\n"
        "موسكو 12 مايو 2024 ( وال ) - أعلن وزير الخارجية الروسي سيرغي لافروف زيارة إلى ليبيا.\n"
        "ليبيا – قالت زاخاروفا إن الزيارة مهمة.\n"
        "المصدر: وكالة سبوتنيك\n"
        "(وال – بنغازي) ع م"
    )
    _, rows = rows_of(text, lexicon)
    assert [(actor, surface) for actor, surface, _, _ in rows] == [
        ("lavrov", "لافروف"), ("tripoli", "طرابلس"),
        ("lavrov", "وزير الخارجية الروسي سيرغي لافروف"), ("libya", "ليبيا"),
        ("zakharova", "زاخاروفا"),
    ]
    assert text[text.index("ليبيا."):text.index("ليبيا.") + 5] == "ليبيا"
    # A state before a headline colon with no person after it speaks: it stays a mention.
    assert rows_of("روسيا: لن نقبل التدخل في ليبيا\n", lexicon)[1] == [
        ("russia", "روسيا", "name", False), ("libya", "ليبيا", "name", False),
    ]
    # An outlet in brackets after its own name is no credit, and one mention with it.
    assert rows_of("ونقلت وكالة الأنباء الليبية (وال) الخبر.", lexicon)[1] == [
        ("lana", "وكالة الأنباء الليبية (وال)", "name+abbreviation", False),
    ]


def test_a_place_naming_an_event_is_no_mention(lexicon):
    text = "وشارك السراج في قمة روسيا - أفريقيا ثم في لمؤتمر موسكو، وزار روسيا."
    _, rows = rows_of(text, lexicon, date="2019-10-24")
    assert rows == [("sarraj", "السراج", "name", False), ("russia", "روسيا", "name", False)]
    frames, _ = rows_of(text, lexicon, date="2019-10-24")
    assert frames.mentions["start"].tolist()[1] == text.index("وزار روسيا") + 5


def test_a_title_phrase_ending_in_its_holders_name_is_one_mention(lexicon):
    text = "وأعلن حفتر أن رئيس المجلس الرئاسي لحكومة الوفاق الوطني في ليبيا، فايز السراج، لا يملك القدرات."
    _, rows = rows_of(text, lexicon, date="2019-11-01")
    # ليبيا says where the office is, like الروسي; the bodies are nested.
    assert rows == [
        ("haftar_khalifa", "حفتر", "name", False),
        ("sarraj", "رئيس المجلس الرئاسي لحكومة الوفاق الوطني في ليبيا، فايز السراج", "title+name", False),
        ("presidential_council", "المجلس الرئاسي", "name", True),
        ("gna", "لحكومة الوفاق الوطني", "name", True),
    ]
    text = 'وقال لافروف خلال لقائه رئيس مجلس النواب المنعقد بطبرق " عقيلة صالح " إن البلدين متفقان.'
    _, rows = rows_of(text, lexicon, date="2020-07-03")
    assert rows[1] == ("saleh_aguila", 'رئيس مجلس النواب المنعقد بطبرق " عقيلة صالح', "title+name", False)
    assert [row[0] for row in rows] == ["lavrov", "saleh_aguila", "hor"]


def test_the_given_names_before_a_listed_name_are_no_unlisted_person(lexicon):
    _, rows = rows_of("وحضر الاجتماع وزير خارجية ليبيا محمد طه سيالة.", lexicon, date="2019-10-24")
    # وزير خارجية ليبيا is وزير الخارجية الليبي in construct: title and name are one mention
    assert rows == [("siala", "وزير خارجية ليبيا محمد طه سيالة", "title+name", False)]
    # Adjectives and a word with tanwin after a title are no name either.
    assert rows_of("ويتوقع تعيين مبعوث أممي خاص قريبا، بعدما ظل المنصب شاغراً.", lexicon)[1] == []


def test_an_outlet_named_in_quotation_marks_after_its_head_noun(lexicon):
    text = 'وقال المسماري إن ما نشرته صحيفة "صن" البريطانية غير صحيح، وكانت الصحيفة قد نقلت عن مصدر.'
    _, rows = rows_of(text, lexicon, date="2018-10-10")
    assert rows == [
        ("mismari", "المسماري", "name", False),
        ("the_sun", 'صحيفة "صن"', "variant", False),
        ("the_sun", "الصحيفة", "anaphora", False),
    ]
    # السعودية agrees with the channel: an adjective, not Saudi Arabia.
    text = "وقال متحدث باسم البيت الأبيض لقناة “الحدث” السعودية إن واشنطن تراقب."
    _, rows = rows_of(text, lexicon, date="2020-01-01")
    assert ("alhadath", "لقناة “الحدث”", "name", False) in rows
    assert "saudi_arabia" not in [row[0] for row in rows]


def test_the_second_body_of_a_dual_head(lexicon):
    text = "وأعرب عن أسف موسكو للخلاف بين مجلسي النواب والدولة في ليبيا."
    _, rows = rows_of(text, lexicon, date="2021")
    assert rows == [
        ("moscow", "موسكو", "name", False), ("hor", "مجلسي النواب", "name", False),
        ("hcs", "والدولة", "name", False), ("libya", "ليبيا", "name", False),
    ]


def test_a_feminine_dual_head_names_both_bodies(lexicon):
    # قاعدتي is the dual of قاعدة in construct: قاعدة الجفرة and, behind و, قاعدة براك الشاطئ (two words)
    text = "وينتشر عناصر فاغنر في قاعدتي الجفرة وبراك الشاطئ في الجنوب."
    _, rows = rows_of(text, lexicon, date="2020")
    assert rows == [
        ("wagner", "فاغنر", "name", False), ("jufra_base", "قاعدتي الجفرة", "name", False),
        ("brak_base", "وبراك الشاطئ", "name", False),
    ]
    text = "واجتمع ممثلو حكومتي الوفاق الوطني والإنقاذ الوطني في تونس."
    _, rows = rows_of(text, lexicon, date="2016")
    assert rows[:2] == [("gna", "حكومتي الوفاق الوطني", "name", False), ("salvation_gov", "والإنقاذ الوطني", "name", False)]


def test_an_anaphor_followed_by_its_body_behind_li_is_one_mention(lexicon):
    text = "وقالت القيادة العامة لـ«القوات المسلحة العربية الليبية» إن حفتر وصل. وأكدت القيادة العامة الخبر."
    _, rows = rows_of(text, lexicon, date="2019")
    assert rows == [
        ("lna", "القوات المسلحة العربية الليبية", "name", False),
        ("haftar_khalifa", "حفتر", "name", False),
        ("lna", "القيادة العامة", "anaphora", False),
    ]


def test_a_base_named_in_quotation_marks_after_its_head_noun(lexicon):
    # place_heads.txt: قاعدة heads a base whose proper part stands in quotation marks
    text = 'وهبطت الطائرات في قاعدة "الجفرة" الجوية ثم في قاعدة «الخروبة».'
    frames, rows = rows_of(text, lexicon)
    assert rows == [
        ("jufra_base", 'قاعدة "الجفرة"', "name", False), ("kharruba_base", "قاعدة «الخروبة»", "name", False),
    ]
    assert frames.mentions[["start", "end"]].values.tolist() == [[18, 32], [46, 61]]


def test_a_description_with_a_states_nisba_refers_back_to_its_one_person(lexicon):
    # person_descriptions.txt: المسؤول + الروسي is the one Russian person named just before;
    # السراج (Libyan) is no candidate, and الدبلوماسية الروسية (diplomacy) is not listed
    text = "وأكد ليف دينغوف أن موسكو تدعم الحوار. وجاء التصريح عقب لقاء المسؤول الروسي مع فايز السراج."
    frames, rows = rows_of(text, lexicon, date="2019-10-01")
    assert ("dengov", "المسؤول الروسي", "anaphora", False) in rows
    described = frames.mentions[frames.mentions["match_kind"] == "anaphora"]
    assert described[["start", "end"]].values.tolist() == [[60, 74]]
    # two Russians named before: the description is not guessed
    text = "والتقى لافروف وبوغدانوف بالوفد. وقال المسؤول الروسي إن الاجتماع مفيد."
    _, rows = rows_of(text, lexicon, date="2019-10-01")
    assert [row for row in rows if row[2] == "anaphora"] == []
    text = "وعلقت زاخاروفا على الخبر، ونقلت مصادر عن الدبلوماسية الروسية أنها ترفضه."
    _, rows = rows_of(text, lexicon, date="2019-10-01")
    assert [row for row in rows if row[2] == "anaphora"] == []


def test_an_ambassadors_title_without_its_host_when_the_host_is_in_the_sentence(lexicon):
    # aliases.csv lists سفير روسيا الاتحادية لدى ليبيا; ليبيا later in the sentence stands for the host
    text = "وقال بوغدانوف إن سفير روسيا الاتحادية سيتوجه إلى ليبيا قريبا."
    frames, rows = rows_of(text, lexicon, date="2023-05-01")
    assert ("aganin", "سفير روسيا الاتحادية", "title", False) in rows
    assert frames.mentions[frames.mentions["actor_id"] == "aganin"][["start", "end"]].values.tolist() == [[17, 37]]
    # another host, or none in the sentence: Russia, no ambassador to Libya
    for text in ("وقال بوغدانوف إن سفير روسيا الاتحادية سيتوجه إلى القاهرة.",
                 "وقال إن سفير روسيا الاتحادية لدى مصر زار ليبيا."):
        _, rows = rows_of(text, lexicon, date="2023-05-01")
        assert "aganin" not in [row[0] for row in rows]


def test_an_ambassadors_host_is_also_named_by_its_capital(lexicon):
    # السفير الروسي لدى ليبيا is listed; طرابلس, a city of Libya's, names the host right after في
    # وقال(0-4) السفير(5-11) الروسي(12-18)
    text = "وقال السفير الروسي في طرابلس إن موسكو تدعم الحوار."
    frames, rows = rows_of(text, lexicon, date="2023-05-01")
    assert ("aganin", "السفير الروسي", "title", False) in rows
    assert frames.mentions[frames.mentions["actor_id"] == "aganin"][["start", "end"]].values.tolist() == [[5, 18]]
    assert frames.stances["speaker_id"].tolist()[:1] == ["aganin"]
    # a city of another state is another host: the ambassador in Cairo is not the one in Tripoli
    _, rows = rows_of("وقال السفير الروسي في القاهرة إن موسكو تدعم الحوار.", lexicon, date="2023-05-01")
    assert "aganin" not in [row[0] for row in rows]


def with_lexicon(text, lexicon):
    return [(m.actor_id, text[m.start:m.end], m.match_kind)
            for m in find_mentions(prepare(text), actor_matcher(lexicon), period=date_period("2024"), lexicon=lexicon)]


def test_a_title_a_comma_and_two_unlisted_given_names_before_the_surname_are_one_mention(lexicon):
    # جونوس بيك is no listed spelling of Yevkurov's given names (بيك is a common word elsewhere)
    text = "وصل نائب وزير الدفاع الروسي، جونوس بيك إفكوروف، إلى بنغازي."
    mentions = find_mentions(prepare(text), actor_matcher(lexicon), period=date_period("2024"), lexicon=lexicon)
    assert [(m.actor_id, m.start, m.end, m.match_kind) for m in mentions][0] == ("yevkurov", 4, 46, "title+name")
    assert text[4:46] == "نائب وزير الدفاع الروسي، جونوس بيك إفكوروف"
    # a particle or a common word between them is no given name: two mentions
    assert with_lexicon("وقال نائب وزير الدفاع الروسي، إن إفكوروف سيزور بنغازي.", lexicon)[:2] == [
        ("yevkurov", "نائب وزير الدفاع الروسي", "title"), ("yevkurov", "إفكوروف", "variant"),
    ]
    assert with_lexicon("وقال نائب وزير الدفاع الروسي أمس إفكوروف", lexicon) == [
        ("yevkurov", "نائب وزير الدفاع الروسي", "title"), ("yevkurov", "إفكوروف", "variant"),
    ]


def test_yevkurov_without_his_first_letter_is_a_listed_variant(lexicon):
    # فكيروف drops the initial ي of يفكوروف and writes ي for و: two changes, so listed in aliases.csv
    text = "والتقى فكيروف بحفتر في بنغازي."
    assert mentions_of(text, lexicon)[0] == ("yevkurov", "فكيروف", "variant")
    assert text.index("فكيروف") == 7


def test_a_title_in_brackets_before_its_holders_name_is_one_mention(lexicon):
    text = "وتقصف الطائرات مواقع قوات (الزعيم الليبي) معمر القذافي قرب سرت."
    found = [(m.actor_id, m.start, m.end, m.match_kind)
             for m in find_mentions(prepare(text), actor_matcher(lexicon), period=date_period("2011-03"))]
    gaddafi = [row for row in found if row[0] == "gaddafi_muammar"]
    # وتقصف(0-5) الطائرات(6-14) مواقع(15-20) قوات(21-25) ((26) الزعيم(27-33) الليبي(34-40) )(40) معمر(42-46) القذافي(47-54)
    assert gaddafi == [("gaddafi_muammar", 26, 54, "title+name")]
    assert text[26:54] == "(الزعيم الليبي) معمر القذافي"


def test_a_teaser_or_tags_line_names_nobody(lexicon):
    # teasers.txt: a line opening with اقرأ أيضا points to another article, one opening with
    # كلمات البحث lists the page's tags; under a bare «إقرأ أيضاً:» the next line is the teaser's headline
    text = (
        "وأكد لافروف دعم موسكو للحوار.\n"
        "اقرأ أيضا: «أفريكوم»: روسيا نشرت طائرات في ليبيا\n"
        "إقرأ أيضاً:\n"
        "\n"
        "ضبط شحنة أسلحة في بنغازي\n"
        "وقال لافروف إن روسيا مستعدة.\n"
        "كلمات البحث :سفارة روسيا;محمد عبد العزيز"
    )
    frames, rows = rows_of(text, lexicon, date="2020-07-16")
    assert [(actor, surface) for actor, surface, _, _ in rows] == [
        ("lavrov", "لافروف"), ("moscow", "موسكو"), ("lavrov", "لافروف"), ("russia", "روسيا"),
    ]
    russia = frames.mentions[frames.mentions["actor_id"] == "russia"].iloc[0]
    assert (russia["start"], russia["end"]) == (text.index("إن روسيا") + 3, text.index("إن روسيا") + 8)
    assert text[russia["start"]:russia["end"]] == "روسيا"


def test_a_title_held_in_turn_before_another_holders_name_is_that_holder(lexicon):
    # رئيس مجلس النواب الروسي was Naryshkin's until October 2016 and Volodin's after: in an
    # article of December 2016 the name beside the title says whose it is, also behind a given
    # name spelt as nobody listed (سيرجي)
    text = "وقال إن صالح التقى رئيس مجلس النواب الروسي سيرجي ناريشكين في موسكو."
    found = [(m.actor_id, m.start, m.end, m.match_kind)
             for m in find_mentions(prepare(text), actor_matcher(lexicon), period=date_period("2016-12"), lexicon=lexicon)]
    # وقال(0-4) إن(5-7) صالح(8-12) التقى(13-18) رئيس(19-23) ... ناريشكين(49-57) في(58-60) موسكو(61-66)
    assert found == [("naryshkin", 19, 57, "title+name"), ("moscow", 61, 66, "name")]
    assert text[19:57] == "رئيس مجلس النواب الروسي سيرجي ناريشكين"
    assert not any(row[0] == "volodin" for row in found)
    # the title alone is still the holder the date says
    alone = find_mentions(prepare("وزار رئيس مجلس النواب الروسي القاهرة."), actor_matcher(lexicon),
                          period=date_period("2016-12"), lexicon=lexicon)
    assert [(m.actor_id, m.start, m.end) for m in alone] == [("volodin", 5, 28), ("cairo", 29, 36)]


def offsets_of(text, lexicon, date="2020-05-01"):
    frames = analyze([snippet(text, date=date)], lexicon)
    return [(row.actor_id, row.start, row.end) for row in frames.mentions.itertuples(index=False)]


def test_a_state_name_after_an_indefinite_noun_in_alef_is_its_nisba(lexicon):
    # وفدًا روسيًا: a Russian delegation; the second روسيا is the state
    text = "استقبلت القاهرة وفدا روسيا يضم خبراء في الطاقة، وأكدت أن روسيا شريك مهم."
    assert offsets_of(text, lexicon) == [("cairo", 8, 15), ("russia", 57, 62)]
    assert offsets_of("وأفرجت السلطات عن معتقلا روسيا بعد عام من احتجازه.", lexicon) == []


def test_a_state_name_after_a_verb_or_an_adverb_in_alef_is_the_state(lexicon):
    # خاطبوا: a plural verb; خصوصا: an adverb that singles the state out
    text = "وقال الوزير إن الدول الغربية خاطبوا روسيا بشأن الأسلحة، خصوصا روسيا وتركيا."
    assert offsets_of(text, lexicon) == [("russia", 36, 41), ("russia", 62, 67), ("turkey", 68, 74)]
    # two states coordinated: وفدا is the dual in construct, the delegations of Russia and Turkey
    assert offsets_of("والتقى وفدا روسيا وتركيا على هامش المؤتمر.", lexicon) == [("russia", 12, 17), ("turkey", 18, 24)]


def test_saif_al_islams_full_name_and_sueifans_spelling(lexicon):
    # the father's name inside the son's full name is no mention of the father
    text = "وقال إن سيف الإسلام معمر القذافي التقى الباحث سامر سويفان في طرابلس."
    assert offsets_of(text, lexicon) == [("gaddafi_saif", 8, 32), ("sueifan", 46, 57), ("tripoli", 61, 67)]


def test_a_dateline_with_a_comma_and_a_day_of_a_named_month(lexicon):
    # the year left out and a full stop after it: still the dateline, not Moscow as an actor
    text = "موسكو ، 5 أبريل.\nوقال لافروف إن موسكو تدعم الحوار."
    assert offsets_of(text, lexicon) == [("lavrov", 22, 28), ("moscow", 32, 37)]
    text = "القاهرة، 12 آذار/مارس - أكد لافروف أن روسيا تدعم الحوار."
    assert offsets_of(text, lexicon) == [("lavrov", 28, 34), ("russia", 38, 43)]
    # a number of something else after the comma is no date: the city is named
    assert offsets_of("طرابلس، 5 أشخاص قتلوا في الاشتباكات.", lexicon) == [("tripoli", 0, 6)]


def test_a_name_in_quotation_marks_after_a_film_is_the_films_title(lexicon):
    # the film called after Shugaley is no mention of him; the man named after it is
    text = 'وعرض التلفزيون الروسي فيلم "شوغالي" عن الباحث مكسيم شوغالي المحتجز في طرابلس.'
    assert offsets_of(text, lexicon) == [("shugaley", 46, 58), ("tripoli", 70, 76)]
    # without quotation marks the name is the author's: Putin's new book
    assert offsets_of("وقال إن كتاب بوتين الجديد يتناول ليبيا.", lexicon) == [("putin", 13, 18), ("libya", 33, 38)]


def test_a_section_heading_of_top_news_is_furniture(lexicon):
    # أهم أخبار مصر heads a list of other pages: Egypt there is no mention (Rome, a listed city
    # since att57, is one in the sentence after it)
    text = "وقال لافروف إن روسيا تدعم الحوار.\nأهم أخبار مصر\nوزار السيسي روما."
    assert offsets_of(text, lexicon) == [("lavrov", 5, 11), ("russia", 15, 20), ("sisi", 53, 59), ("rome", 60, 64)]


# -- issue #10, recog14 ----------------------------------------------------------------------------

def spans_of(text, lexicon, date):
    frames = analyze([snippet(text, date=date)], lexicon)
    return [(row.actor_id, row.start, row.end, row.match_kind) for row in frames.mentions.itertuples(index=False)]


def test_a_name_in_brackets_that_open_an_aside_is_a_mention_of_its_own(lexicon):
    # the brackets go on after the name: an aside that names him again, not an apposition
    text = "وقال دينغوف إن موسكو لا تدعم حفتر (خليفة حفتر يقود الجيش الوطني الليبي) وحده."
    assert spans_of(text, lexicon, "2017") == [
        ("dengov", 5, 11, "name"), ("moscow", 15, 20, "name"), ("haftar_khalifa", 29, 33, "name"),
        ("haftar_khalifa", 35, 45, "name"), ("lna", 51, 70, "name"),
    ]
    assert text[35:45] == "خليفة حفتر"
    # the name alone in brackets is the same mention
    text = "وقال دينغوف إن موسكو لا تدعم حفتر (خليفة حفتر) وحده."
    assert spans_of(text, lexicon, "2017")[-1] == ("haftar_khalifa", 29, 46, "name")
    assert text[29:46] == "حفتر (خليفة حفتر)"


def test_the_second_of_a_dual_behind_an_adjective_takes_the_article(lexicon):
    text = "ودعا بوغدانوف إلى توحيد المؤسسات بين مجلسي النواب والأعلى للدولة قبل الانتخابات."
    assert spans_of(text, lexicon, "2021") == [
        ("bogdanov", 5, 13, "name"), ("hor", 37, 49, "name"), ("hcs", 50, 64, "name"),
    ]
    assert text[50:64] == "والأعلى للدولة"


def test_a_title_used_bare_is_the_person_it_introduced(lexicon):
    text = ("وقالت الناطقة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن موسكو تتابع الوضع. "
            "وأوضحت الناطقة أن السفارة تعمل.")
    spans = spans_of(text, lexicon, "2020")
    assert spans[-1] == ("zakharova", 88, 95, "anaphora")
    assert text[88:95] == "الناطقة"
    assert [span[0] for span in spans] == ["zakharova", "russia_mfa", "moscow", "zakharova"]
    # a rank before the name introduces him as well
    text = "واستقبل بوتين المشير الليبي خليفة حفتر في الكرملين. وكان المشير قد وصل أمس إلى موسكو."
    assert spans_of(text, lexicon, "2020") == [
        ("putin", 8, 13, "name"), ("haftar_khalifa", 28, 38, "name"), ("kremlin", 42, 50, "name"),
        ("haftar_khalifa", 57, 63, "anaphora"), ("moscow", 79, 84, "name"),
    ]
    assert text[57:63] == "المشير"


def test_a_title_that_is_part_of_another_title_is_no_reference(lexicon):
    first = "وقالت الناطقة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن موسكو تتابع الوضع. "
    for second in (
        "وقالت الناطقة باسم الحكومة إن الوضع هادئ.",  # a longer title: someone else's
        "وقال الناطق الرسمي للحكومة إن الوضع هادئ.",  # a definite word after it: another title
    ):
        assert [span[3] for span in spans_of(first + second, lexicon, "2020")] == ["title+name", "name", "name"]
    # the genitive of a deputy's title: نائب المشير is his deputy
    text = "واستقبل بوتين المشير الليبي خليفة حفتر في الكرملين. وقال نائب المشير إن الزيارة ناجحة."
    assert [span[0] for span in spans_of(text, lexicon, "2020")] == ["putin", "haftar_khalifa", "kremlin"]


def test_the_national_army_named_first_is_the_lna_unless_a_states_adjective_follows(lexicon):
    text = "وقال الجيش الوطني إن قواته تقدمت نحو سرت."
    assert spans_of(text, lexicon, "2020") == [("lna", 5, 17, "name"), ("sirte", 37, 40, "name")]
    assert text[5:17] == "الجيش الوطني"
    # Chad's national army is another: the name ends in an adjective and a state's follows it
    text = "وأعلن الجيش الوطني التشادي إغلاق الحدود مع ليبيا."
    assert spans_of(text, lexicon, "2020") == [("libya", 43, 48, "name")]
    # a name ending in a state's adjective says whose it is already
    text = "وأعلن البرلمان الليبي الشرعي رفضه."
    assert spans_of(text, lexicon, "2020") == [("hor", 6, 21, "name")]


def test_a_definite_dual_title_with_two_nisbas_names_both_holders(lexicon):
    # الرئيسين الروسي والتركي in January 2020: the Russian and the Turkish presidents
    text = "وأشار المتحدث إلى أن الرئيسين الروسي والتركي أعربا عن استعدادهما للإسهام في التسوية."
    frame = analyze([snippet(text, date="2020-01-08")], lexicon)
    assert frame.mentions[["actor_id", "surface"]].values.tolist() == [
        ["putin", "الرئيسين الروسي"], ["erdogan", "والتركي"]]
    # and both speak, the one before و as the partner of the one after it
    assert sorted(frame.stances[frame.stances["cue"] == "أعربا"][["speaker_id", "polarity", "attribution"]].values.tolist()) == [
        ["erdogan", "neutral", "before_verb"], ["putin", "neutral", "before_verb"]]
    # a nisba with no title for it (no Maltese president listed) names nobody
    text = "وأشار المتحدث إلى أن الرئيسين الروسي والمالطي أعربا عن استعدادهما."
    assert analyze([snippet(text, date="2020-01-08")], lexicon).mentions["actor_id"].tolist() == []


def test_a_shared_family_name_alone_is_the_bearer_named_first_in_full(lexicon):
    # حفتر alone is Khalifa in the lexicon; after اللواء خالد حفتر it is the son the article is about
    text = "أكد رئيس الأركان اللواء خالد حفتر أن العلاقات ممتازة. وأوضح حفتر أن التعاون يشمل التدريب."
    frame = analyze([snippet(text)], lexicon)
    assert frame.mentions["actor_id"].tolist() == ["haftar_khaled", "haftar_khaled"]
    assert frame.stances[frame.stances["cue_type"] != "evaluative"]["speaker_id"].tolist() == ["haftar_khaled"] * 2
    # the father named first in full keeps the bare name, the son named after him too; in the
    # sentence that names the son, the bare name is the father (see test_actors_coverage)
    text = "التقى المشير خليفة حفتر الوفد بحضور نجله صدام حفتر. وقال حفتر إن الجيش مستعد."
    actors = analyze([snippet(text)], lexicon).mentions["actor_id"].tolist()
    assert actors == ["haftar_khalifa", "haftar_saddam", "haftar_khalifa"]
    # with no full name before it, the bare name stays the lexicon's, as does any other family's
    text = "وقال حفتر إن الجيش مستعد. وأكد صدام حفتر ذلك."
    assert analyze([snippet(text)], lexicon).mentions["actor_id"].tolist() == ["haftar_khalifa", "haftar_saddam"]


def test_a_mission_a_company_and_a_group_named_again_by_their_common_noun(lexicon):
    # البعثة after بعثة الأمم المتحدة, الشركة after تاتنفت, المجموعة after فاغنر: the one named before
    text = ("مدد مجلس الأمن ولاية بعثة الأمم المتحدة للدعم في ليبيا. وأنشئت هذه البعثة عام 2011. "
            "وعادت شركة تاتنفت إلى ليبيا. وقالت الشركة إنها ستستأنف الحفر. "
            "وتنشط مجموعة فاغنر في الجفرة. وتنفي المجموعة ذلك.")
    frame = analyze([snippet(text)], lexicon).mentions
    anaphora = frame[frame["match_kind"] == "anaphora"]
    assert list(zip(anaphora["actor_id"], anaphora["surface"])) == [
        ("unsmil", "البعثة"), ("tatneft", "الشركة"), ("wagner", "المجموعة")]


def test_a_title_over_a_body_named_by_its_anaphor_is_the_head_speaking(lexicon):
    # وتابع رئيس المؤسسة: the NOC's head, referring back to the man named with that title
    text = "وقال رئيس المؤسسة الوطنية للنفط مصطفى صنع الله إن الإنتاج ارتفع. وتابع رئيس المؤسسة أن العمل مستمر."
    stances = analyze([snippet(text, date="2019")], lexicon).stances
    statements = stances[stances["cue_type"] != "evaluative"]
    assert list(zip(statements["speaker_id"], statements["attribution"])) == [
        ("sanalla", "after_verb"), ("sanalla", "title_anaphora")]


def test_a_listed_full_name_with_one_slip_in_the_family_name_is_that_person(lexicon):
    # حيدر أغانينو, أيدار أغانينو (a stray و glued on) are Aganin, listed as حيدر أغانين /
    # أيدار أغانين; the ambassador then speaks, and السفير الروسي refers back to him
    text = ("رحب السفير الروسي حيدر أغانينو بالاتفاق الجديد بين الطرفين. "
            "وقال السفير الروسي إن بلاده تدعم الحوار بين الليبيين.")
    frame = analyze([snippet(text, date="2024-03-01")], lexicon)
    people = frame.mentions[frame.mentions["actor_id"] == "aganin"]
    assert people["surface"].tolist()[:1] == ["حيدر أغانينو"]
    assert people["match_kind"].tolist()[:1] == ["variant"]
    rows = frame.stances[frame.stances["cue"].isin(["رحب", "وقال"])]
    assert rows[["speaker_id", "polarity", "attribution"]].values.tolist() == [
        ["aganin", "positive", "after_verb"], ["aganin", "neutral", "after_verb"]]
    text = "وأكد أيدار أغانينو أن العلاقات بين البلدين متينة."
    assert analyze([snippet(text, date="2024-03-01")], lexicon).stances[["speaker_id", "attribution"]].values.tolist()[:1] == [
        ["aganin", "after_verb"]]
    # one letter changed inside it, after his given name, is him too (unlisted.spelt_like_listed)
    text = "وقال السفير الروسي حيدر أغامين إن العلاقات متينة."
    assert analyze([snippet(text, date="2024-03-01")], lexicon).mentions["actor_id"].tolist() == ["aganin"]
    # the family name with its stray letter alone, after another given name, or with two letters
    # changed inside it, is nobody listed
    for text in ("وقال أغانينو إن العلاقات متينة.", "وقال السفير الروسي كريم أغانينو إن العلاقات متينة.",
                 "وقال السفير الروسي حيدر أغاميم إن العلاقات متينة."):
        assert "aganin" not in analyze([snippet(text, date="2024-03-01")], lexicon).mentions["actor_id"].tolist()


def test_a_title_with_its_state_in_construct_is_the_titles_holder(lexicon):
    # وزير الدفاع الروسي is listed; outlets also write وزير دفاع روسيا, the state in construct
    text = "وقال وزير دفاع روسيا إن المناورات انتهت."
    assert mentions_of(text, lexicon, date="2019") == [("shoigu", "وزير دفاع روسيا", "title")]
    # رئيس الوزراء الليبي in 2019 is al-Sarraj; رئيس وزراء ليبيا is the same title
    text = "وأوضح رئيس وزراء ليبيا أن التدخلات الخارجية عمقت الانقسام."
    assert mentions_of(text, lexicon, date="2019") == [("sarraj", "رئيس وزراء ليبيا", "title")]
    # and one mention with the name after a comma, as for the listed form: a colleague's
    # shared title names the deputy whose name follows it
    text = "وقال نائب وزير خارجية روسيا، سيرغي ريابكوف، إن الاتصالات مستمرة."
    mentions = analyze([snippet(text, date="2019")], lexicon).mentions
    assert mentions[["actor_id", "surface"]].values.tolist() == [["ryabkov", "نائب وزير خارجية روسيا، سيرغي ريابكوف"]]
    # a title with a preposition before the adjective keeps its one listed form
    text = "وقالت المتحدثة باسم خارجية روسيا إن الوضع هادئ."
    assert [row[0] for row in mentions_of(text, lexicon, date="2019")] == ["russia"]


def test_the_actor_matcher_is_built_once_per_lexicon_object(lexicon):
    from analysis.extract.actors import actor_matcher
    from analysis.lexicon.read import DATA_DIR, build_lexicon, read_tables

    # The analysis and the Suggestions page's two searches share it: each built its own before.
    assert actor_matcher(lexicon) is actor_matcher(lexicon)
    other = build_lexicon(read_tables(DATA_DIR))  # the same files, another object: built anew
    assert actor_matcher(other) is not actor_matcher(lexicon)


def test_an_envoys_title_is_found_with_any_preposition_of_his_post(lexicon):
    # المبعوث الأممي إلى ليبيا is listed (Bathily, 2022-2024); outlets also write لدى and في
    for preposition in ("إلى", "لدى", "في"):
        text = f"وقال المبعوث الأممي {preposition} ليبيا إن الحوار ضروري."
        assert mentions_of(text, lexicon, date="2023-06") == [("bathily", f"المبعوث الأممي {preposition} ليبيا", "title")]


def test_states_beyond_the_first_subject_are_mentioned_by_their_longest_name(lexicon):
    # جنوب السودان is South Sudan, not Sudan; غينيا الاستوائية and غينيا بيساو are not Guinea:
    # the longest listed name wins, and a state any news reader knows speaks (وقالت باكستان)
    text = "وزار رئيس جنوب السودان كينيا، وأيدت غينيا الاستوائية وغينيا بيساو الاتفاق."
    assert mentions_of(text, lexicon) == [
        ("south_sudan", "جنوب السودان", "name"), ("kenya", "كينيا", "name"),
        ("equatorial_guinea", "غينيا الاستوائية", "name"), ("guinea_bissau", "وغينيا بيساو", "name"),
    ]
    text = "وقالت باكستان إنها ترفض أي تدخل عسكري أجنبي في ليبيا."
    assert scored_statements(text, lexicon) == [("pakistan", "negative", "after_verb")]
