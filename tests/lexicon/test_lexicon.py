from datetime import date

import pytest

from analysis.lexicon.read import FILES, LexiconError, load_lexicon

ACTORS = """actor_id,name_en,name_ar,type,affiliation
lavrov,Sergey Lavrov,سيرغي لافروف,person,russia
russia,Russia,روسيا,state,
sarraj,Fayez al-Sarraj,فايز السراج,person,
menfi,Mohamed al-Menfi,محمد المنفي,person,
"""
ALIASES = """actor_id,alias,kind,valid_from,valid_to
lavrov,لافروف,name,,
lavrov,سيرجي لافروف,variant,,
lavrov,وزير الخارجية الروسي,title,2004-03-09,
sarraj,رئيس المجلس الرئاسي,title,2016-03-30,2021-03-14
menfi,رئيس المجلس الرئاسي,title,2021-03-15,
"""
TOPICS = "topic,term\ninfrastructure,البنية التحتية\ninfrastructure,البنية الأساسية\n"
CUES = "cue,cue_type,polarity\nقال,reporting,neutral\nرحب,evaluative,positive\nالدعم العسكري,ignore,\n"


def write(folder, **overrides):
    contents = {"actors": ACTORS, "aliases": ALIASES, "topics": TOPICS, "cues": CUES, "titles": "title,note\n", "subject": "name,description\n",
                "events": "date,label\n"} | overrides
    for name in FILES:
        (folder / f"{name}.csv").write_text(contents[name], encoding="utf-8")
    return folder


def test_a_valid_lexicon_loads_with_name_ar_as_an_alias(tmp_path):
    lexicon = load_lexicon(write(tmp_path))
    assert lexicon.actors["lavrov"].name_en == "Sergey Lavrov"
    names = [(a.actor_id, a.alias, a.kind) for a in lexicon.aliases if a.actor_id == "lavrov"]
    assert names[0] == ("lavrov", "سيرغي لافروف", "name")
    assert len(names) == 4
    assert lexicon.topic_ids == ["infrastructure"]
    assert len(lexicon.version) == 12


def test_title_validity_is_checked_against_the_article_period(tmp_path):
    lexicon = load_lexicon(write(tmp_path))
    sarraj = next(a for a in lexicon.aliases if a.actor_id == "sarraj" and a.kind == "title")
    assert sarraj.valid_during((date(2017, 8, 14), date(2017, 8, 14)))
    assert not sarraj.valid_during((date(2024, 1, 1), date(2024, 12, 31)))
    # With no date, a title al-Sarraj and al-Menfi held in turn is not guessed: a stand-in holds it.
    assert not sarraj.valid_during(None)
    stand_in = next(a for a in lexicon.aliases if a.kind == "unresolved")
    assert (stand_in.actor_id, stand_in.holders) == ("unresolved:رئيس المجلس الرئاسي", ("sarraj", "menfi"))
    assert stand_in.valid_during(None) and not stand_in.valid_during((date(2017, 8, 14), date(2017, 8, 14)))
    assert lexicon.actors[stand_in.actor_id].name_en == "Unresolved title (Fayez al-Sarraj or Mohamed al-Menfi)"


def test_every_problem_is_reported_with_file_and_line(tmp_path):
    aliases = ALIASES + "lavrov2,لافروف,name,,\nrussia,لافروف,name,,\nrussia,,name,,\nrussia,الروس,nickname,,\n"
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, aliases=aliases))
    assert raised.value.problems == [
        "aliases.csv:7: unknown actor_id 'lavrov2'",
        "aliases.csv:9: empty alias for 'russia'",
        "aliases.csv:10: kind 'nickname' is not one of name, variant, title, abbreviation, anaphor",
        "aliases.csv:8: alias 'لافروف' is claimed by both 'lavrov' and 'russia'",
    ]


def test_overlapping_title_periods_are_a_conflict(tmp_path):
    aliases = ALIASES.replace("menfi,رئيس المجلس الرئاسي,title,2021-03-15,", "menfi,رئيس المجلس الرئاسي,title,2020-01-01,")
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, aliases=aliases))
    assert raised.value.problems == ["aliases.csv:6: alias 'رئيس المجلس الرئاسي' is claimed by both 'sarraj' and 'menfi'"]


def test_two_armies_may_share_an_anaphor_but_not_a_name(tmp_path):
    actors = ACTORS + "lna,Libyan National Army,الجيش الوطني الليبي,armed_group,\nsaf,Sudanese Armed Forces,الجيش السوداني,armed_group,\n"
    shared = ALIASES + "lna,الجيش,anaphor,,\nsaf,الجيش,anaphor,,\n"
    lexicon = load_lexicon(write(tmp_path, actors=actors, aliases=shared))
    assert sorted(a.actor_id for a in lexicon.aliases if a.kind == "anaphor") == ["lna", "saf"]
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, actors=actors, aliases=shared.replace("saf,الجيش,anaphor", "saf,الجيش,name")))
    assert raised.value.problems == ["aliases.csv:8: alias 'الجيش' is claimed by both 'lna' and 'saf'"]


def test_duplicates_after_normalisation_and_bad_values(tmp_path):
    actors = ACTORS + "lavrov,Lavrov again,لافروف,person,\nwagner,Wagner,فاغنر,militia,ghost\n"
    cues = CUES + "قالَ,reporting,neutral\nأكد,reporting,loud\n"
    topics = TOPICS + "energy,البنيه التحتيه\n"
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, actors=actors, cues=cues, topics=topics))
    assert raised.value.problems == [
        "actors.csv:6: duplicate actor_id 'lavrov'",
        "actors.csv:7: type 'militia' is not one of person, state, organisation, armed_group, media, city, location",
        "actors.csv:7: affiliation 'ghost' is not an actor_id",
        "topics.csv:4: term 'البنيه التحتيه' is already listed for topic 'infrastructure'",
        "cues.csv:5: cue 'قالَ' is listed twice (after normalisation)",
        "cues.csv:6: polarity 'loud' is not one of positive, negative, neutral",
    ]


def test_two_actors_may_not_share_an_english_name(tmp_path):
    # Rows 2-5 are ACTORS' own; row 6 names a second Russia, row 7 a third written " russia " (case
    # and spaces aside, the same name): each is named with the first row that holds it.
    actors = ACTORS + "russia_fed,Russia,روسيا الاتحادية,state,\nrf, russia ,الاتحاد الروسي,state,\n"
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, actors=actors))
    assert raised.value.problems == [
        "actors.csv:6: actor 'russia_fed' has the English name 'Russia' of actor 'russia' (actors.csv:3); give each actor its own name_en",
        "actors.csv:7: actor 'rf' has the English name 'russia' of actor 'russia' (actors.csv:3); give each actor its own name_en",
    ]


def test_missing_file_and_missing_column(tmp_path):
    write(tmp_path, topics="topic,word\narms,السلاح\n")
    (tmp_path / "cues.csv").unlink()
    with pytest.raises(LexiconError) as raised:
        load_lexicon(tmp_path)
    assert raised.value.problems == [
        "topics.csv:1: missing column(s) term; expected topic,term",
        f"cues.csv: file not found in {tmp_path.name}/",
    ]


def test_cue_holder_column_is_optional_and_checked(tmp_path):
    lexicon = load_lexicon(write(tmp_path))
    assert [cue.holder for cue in lexicon.cues] == ["", "", ""]
    cues = "cue,cue_type,polarity,holder\nانتقد,evaluative,negative,subject\nعدوان,evaluative,negative,\nرحب,evaluative,positive,agent\n"
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, cues=cues))
    assert raised.value.problems == ["cues.csv:4: holder 'agent' must be empty, 'subject' or 'quoted'"]


def test_title_periods_may_be_a_year_or_a_month(tmp_path):
    # valid_from takes the period's first day, valid_to its last: 2021-03 ends on 31 March.
    aliases = ALIASES.replace("2016-03-30,2021-03-14", "2016,2021-02").replace("title,2021-03-15,", "title,٢٠٢١-٠٣,")
    lexicon = load_lexicon(write(tmp_path, aliases=aliases))
    titles = {a.actor_id: (a.valid_from, a.valid_to) for a in lexicon.aliases if a.alias == "رئيس المجلس الرئاسي" and a.kind == "title"}
    assert titles == {"sarraj": (date(2016, 1, 1), date(2021, 2, 28)), "menfi": (date(2021, 3, 1), None)}


def test_title_dates_that_are_not_dates_are_refused_with_their_line(tmp_path):
    aliases = ALIASES.replace("2016-03-30,2021-03-14", "2016-02-30,14/03/2021")
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, aliases=aliases))
    assert raised.value.problems == [
        "aliases.csv:5: valid_from: the date '2016-02-30' is not a real day: 2016-02 has no day 30",
        "aliases.csv:5: valid_to: the date '14/03/2021' is not written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-05-31)",
    ]


def test_events_are_read_in_date_order_at_any_precision(tmp_path):
    events = "date,label\n2023-08-23,Death of Prigozhin\n٢٠١٩-٠٤-٠٤,Offensive on Tripoli\n2020-10,  Geneva   ceasefire \n"
    lexicon = load_lexicon(write(tmp_path, events=events))
    # Arabic-Indic digits read as the same date; a month sorts at its first day; spaces collapsed.
    assert [(e.date, e.label) for e in lexicon.events] == [
        ("2019-04-04", "Offensive on Tripoli"), ("2020-10", "Geneva ceasefire"), ("2023-08-23", "Death of Prigozhin")]


def test_bad_events_are_refused_with_their_line(tmp_path):
    events = ("date,label\n04/04/2019,Offensive\n2023-02-30,No such day\n,No date\n2020-01-19,\n"
              f"2020-01-19,{'x' * 101}\n2020-01-19,Berlin\n2020-01-19,Berlin\n")
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, events=events))
    assert raised.value.problems == [
        "events.csv:2: date: the date '04/04/2019' is not written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-05-31)",
        "events.csv:3: date: the date '2023-02-30' is not a real day: 2023-02 has no day 30",
        "events.csv:4: empty date; write YYYY-MM-DD, YYYY-MM or YYYY",
        "events.csv:5: empty label",
        "events.csv:6: label is 101 characters long; at most 100 are allowed",
        "events.csv:8: the event 'Berlin' on 2020-01-19 is listed twice",
    ]


def test_a_lexicon_without_events_loads_and_the_shipped_events_are_valid(tmp_path):
    write(tmp_path)
    (tmp_path / "events.csv").unlink()
    assert load_lexicon(tmp_path).events == ()
    shipped = load_lexicon()
    assert shipped.events[0].date == "2019-04-04" and "Tripoli" in shipped.events[0].label
    assert any(e.date == "2020-10-23" for e in shipped.events) and any(e.date == "2023-08-23" for e in shipped.events)


def test_events_and_the_subject_change_no_finding_so_not_the_version(tmp_path):
    def folder(name, **overrides):
        (tmp_path / name).mkdir()
        return write(tmp_path / name, **overrides)

    plain = load_lexicon(folder("plain"))
    marked = load_lexicon(folder("marked", events="date,label\n2020-10-23,وقف إطلاق النار في جنيف\n",
                                 subject="name,description\nليبيا,\n"))
    assert plain.version == marked.version
    assert [event.label for event in marked.events] == ["وقف إطلاق النار في جنيف"] and marked.subject_name == "ليبيا"
    # A title, by contrast, changes what is found.
    assert load_lexicon(folder("titled", titles="title,note\nالمشير,\n")).version != plain.version


def test_topic_role_column_is_optional_and_checked(tmp_path):
    lexicon = load_lexicon(write(tmp_path))
    assert lexicon.broad_terms == frozenset() and lexicon.topic_context == ()
    topics = ("topic,term,role\narms,قوات,broad\narms,السيطرة,context\narms,السلاح,\n"
              "arms,الجيش,wide\nignore,قوات الشرق,broad\nmigration,القوارب,context\n")
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, topics=topics))
    assert raised.value.problems == [
        "topics.csv:5: role 'wide' is not one of broad, context (or empty)",
        "topics.csv:6: an ignore phrase takes no role",
        "topics.csv:7: context word 'القوارب' supports topic 'migration', which has no term",
    ]
    lexicon = load_lexicon(write(tmp_path, topics="topic,term,role\narms,قوات,broad\narms,السيطرة,context\narms,السلاح,\n"))
    assert lexicon.topics == (("arms", "قوات"), ("arms", "السلاح"))  # a context word is no term
    assert lexicon.broad_terms == frozenset({("arms", "قوات")})
    assert lexicon.topic_context == (("arms", "السيطرة"),)


def test_topic_supports_column_names_broad_terms_of_its_topic(tmp_path):
    lexicon = load_lexicon(write(tmp_path))
    assert lexicon.context_supports == frozenset()
    topics = ("topic,term,role,supports\nun,الانتخابات,broad,\nun,انتخابات,broad,\nun,الأمم المتحدة,broad,\n"
              "un,موعد,context,الانتخابات|انتخابات\nun,جهود,context,\n")
    lexicon = load_lexicon(write(tmp_path, topics=topics))
    assert lexicon.context_supports == frozenset({("un", "موعد", "الانتخابات"), ("un", "موعد", "انتخابات")})
    assert lexicon.topic_context == (("un", "موعد"), ("un", "جهود"))
    bad = ("topic,term,role,supports\nun,الانتخابات,broad,\nun,المبعوث,,\narms,هجوم,broad,\n"
           "un,موعد,context,المبعوث\nun,إجراء,context,هجوم\nun,الحوار,,الانتخابات\n")
    with pytest.raises(LexiconError) as raised:
        load_lexicon(write(tmp_path, topics=bad))
    assert raised.value.problems == [
        "topics.csv:7: only a context row names the broad terms it supports",
        "topics.csv:5: context word 'موعد' supports 'المبعوث', which is no broad term of topic 'un'",
        "topics.csv:6: context word 'إجراء' supports 'هجوم', which is no broad term of topic 'un'",
    ]


def _hue(colour: str) -> float:
    import colorsys
    red, green, blue = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(red, green, blue)[0] * 360


def _hues_apart(colours) -> float:
    hues = [_hue(colour) for colour in colours]
    return min(min(abs(a - b), 360 - abs(a - b)) for i, a in enumerate(hues) for b in hues[i + 1:])


def test_the_shipped_topics_and_the_palette_have_colours_told_apart():
    # Infrastructure (#96f2d7) and UN mediation (#99e9f2) were mint and cyan, 24° of hue apart, and
    # read as one colour on the Topics page's chips and the Trends page's lines
    from analysis.lexicon.read import DATA_DIR
    lexicon = load_lexicon(DATA_DIR)
    # UN mediation's cyan (#99e9f2) was then 19° from the states' light blue (#a5d8ff), marked beside it
    # in the texts: a state and a UN term read alike on the Compare page. Teal now.
    assert lexicon.topic_colours == {"arms": "#ffa8a8", "energy": "#ffe066", "infrastructure": "#eebefa", "un_mediation": "#20c997"}
    assert _hues_apart(lexicon.topic_colours.values()) >= 45
    from analysis.lexicon.read import TOPIC_PALETTE
    assert _hues_apart(TOPIC_PALETTE[:4]) >= 45 and len(set(TOPIC_PALETTE)) == len(TOPIC_PALETTE)
    from analysis.explore.highlight import KIND_COLOURS
    assert _hues_apart([lexicon.topic_colours["un_mediation"], KIND_COLOURS["actor-state"]]) >= 40
    assert _hues_apart([TOPIC_PALETTE[3], KIND_COLOURS["actor-state"]]) >= 40


def test_people_names_are_the_persons_own_names_and_their_name_aliases(lexicon):
    from analysis.lexicon.read import people_names

    names = people_names(lexicon)
    # the actor's own name first, then its name aliases (لافروف); not its titles, not the spelling variant
    lavrov = [words for actor_id, words in names if actor_id == "lavrov"]
    assert lavrov[0] == ["سيرغي", "لافروف"] and ["لافروف"] in lavrov
    assert ["سيرجي", "لافروف"] not in lavrov and ["وزير", "الخارجيه", "الروسي"] not in lavrov
    with_variants = people_names(lexicon, kinds=("name", "variant"))
    assert ["سيرجي", "لافروف"] in [words for actor_id, words in with_variants if actor_id == "lavrov"]
    # a state is no person, and a title several people held in turn has a stand-in that is not listed
    assert not any(actor_id == "russia" or actor_id.startswith("unresolved:") for actor_id, _ in with_variants)
    assert any(actor_id.startswith("unresolved:") and actor.type == "person" for actor_id, actor in lexicon.actors.items())
