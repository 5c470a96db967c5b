from analysis.extract.actors import actor_matcher, find_mentions
from analysis.extract.pipeline import analyze
from analysis.corpus.documents import date_period
from analysis.arabic.text import prepare

from conftest import SEED_2017, SEED_2024, snippet


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
    assert mentions_of(text, lexicon, date="") == [
        ("unresolved:رئيس المجلس الرئاسي", "رئيس المجلس الرئاسي", "unresolved"),
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
