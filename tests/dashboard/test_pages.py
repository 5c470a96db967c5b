"""The dashboard through Streamlit's AppTest, on the real seeds and the shipped lexicon.

Every page runs from the entrypoint (``app.py``), as ``streamlit run`` runs it, so the sidebar
filters and the URL are part of each test. Plotly selections cannot be made in AppTest, so
:func:`select` stands in for the browser: it answers the page's ``st.plotly_chart`` call with a
selection of the points whose ``customdata`` a test picks, exactly as the frontend would send it.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import zipfile
from datetime import date, datetime
from collections.abc import Callable
from pathlib import Path

import numpy as np
import openpyxl
import openpyxl.utils
import pandas as pd
import pytest
import streamlit as st
from streamlit.elements.plotly_chart import PlotlySelectionState, PlotlyState
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from analysis.corpus.documents import Document
from analysis.corpus.seeds import open_store
from analysis.explore.filters import Filters
from analysis.lexicon.read import DATA_DIR, FILES, load_lexicon
from analysis.lexicon.subjects import SHIPPED
from dashboard import labels

from conftest import SEED_2017, SEED_2024, rendered

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["overview", "actors", "stances", "topics", "compare", "data"]


@pytest.fixture(autouse=True)
def fresh_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new corpus database (seeded on first use) and no edited lexicon, for every test."""
    db = tmp_path / "corpus.sqlite3"
    monkeypatch.setenv("MARSAD_DB", str(db))
    monkeypatch.setenv("MARSAD_LEXICON", str(tmp_path / "user_lexicon"))
    return db


def run(page: str | None = None, *, query: dict | None = None) -> AppTest:
    """The app after its first run with ``query`` in the URL, switched to ``pages/<page>.py``."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if page and page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shipped_copy(folder: Path) -> Path:
    """``folder`` made an edited lexicon: a copy of the shipped files, as the Lexicons page saves one."""
    folder.mkdir()
    for name in FILES:
        if (DATA_DIR / f"{name}.csv").exists():
            (folder / f"{name}.csv").write_text((DATA_DIR / f"{name}.csv").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def html_of(at: AppTest) -> str:
    return "\n".join(element.value for element in at.get("html"))


def select(monkeypatch: pytest.MonkeyPatch, key_prefix: str, pick: Callable[[list], bool]) -> None:
    """Make the chart whose key starts with ``key_prefix`` report the points ``pick`` accepts."""
    real = st.plotly_chart

    def plotly_chart(figure, *args, **kwargs):
        state = real(figure, *args, **kwargs)
        if not str(kwargs.get("key", "")).startswith(key_prefix):
            return state
        points = [
            {"customdata": list(data)} for trace in figure.data for data in (trace.customdata or []) if pick(list(data))
        ]
        return PlotlyState({"selection": PlotlySelectionState({"points": points, "point_indices": [], "box": [], "lasso": []})})

    monkeypatch.setattr(st, "plotly_chart", plotly_chart)


def download_buttons(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Callable[[], bytes], str]]:
    """The ``(build, file name)`` of every download button drawn from now on.

    The buttons build their files when clicked (a callable each): a test calls them as a click would.
    """
    added: list[tuple[Callable[[], bytes], str]] = []
    real_add = MediaFileManager.add_deferred

    def spy(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        added.append((data_callable, file_name))
        return real_add(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    return added


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(page):
    at = run(page)
    assert at.title[0].value == page.capitalize()
    assert not at.error
    # The shared sidebar is there on every page, with the stylesheet for Arabic blocks.
    assert [m.label for m in at.sidebar.multiselect] == ["Articles", "Outlets", "Actors", "Actor types", "Topics", "Speakers", "Polarity"]
    assert '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Arial", sans-serif' in html_of(at)


def test_overview_shows_the_articles_and_their_figures():
    at = run()
    table = at.dataframe[0].value
    assert table["article"].tolist() == ["Article 1 (2017-08-14)", "Article 2 (2024)"]
    # Nested mentions and the anaphoric الجيش count (tests/explore/test_summary.py says which).
    assert table[["n_sentences", "n_tokens", "mentions", "actors"]].values.tolist() == [[14, 362, 43, 12], [9, 368, 49, 21]]
    page = html_of(at)
    assert '<div class="marsad-ar marsad-title" dir="rtl" lang="ar">اللافي والباعور يلتقيان لافروف في موسكو</div>' in page
    # Two figures a row, read column by column: Sentences, Actors, Topic hits | Tokens, Mentions, Stances.
    assert [(m.label, m.value) for m in at.metric][:6] == [
        ("Sentences", "14"), ("Actors", "12"), ("Topic hits", "25"), ("Tokens", "362"), ("Mentions", "43"), ("Stances", "24")]


def test_overview_bar_selection_shows_its_sentences(monkeypatch):
    select(monkeypatch, "overview-profile", lambda data: data == [SEED_2024, "stance:negative"])
    at = run()
    # Captions are markdown: the label's brackets come escaped, and render as written.
    assert "1 sentence behind negative stances in Article 2 (2024)" in [rendered(c.value) for c in at.caption]
    assert '<mark class="hl hl-cue-negative" title="the article itself (no quote): negative evaluative cue">عدوانه</mark>' in html_of(at)


def test_actors_table_carries_english_and_arabic_names():
    at = run("actors")
    table = at.dataframe[0].value.set_index("actor_name")
    assert table.loc["Sergey Lavrov", ["actor_name_ar", "Article 1 (2017-08-14)", "Article 2 (2024)", "total"]].tolist() == [
        "سيرغي لافروف", 7, 6, 13,
    ]
    assert table.loc["Wagner Group", "actor_type"] == "Armed group"


def test_actor_bars_stand_side_by_side_for_two_articles_and_stack_past_three(fresh_corpus):
    assert json.loads(run("actors").get("plotly_chart")[0].proto.spec)["layout"]["barmode"] == "group"
    # Side by side, four articles left empty slots on each row, so a lone bar stood by the next
    # actor's name: the bars stack, one row per actor, each article's part its own colour.
    open_store(fresh_corpus).add([
        Document("rt1", "قال لافروف إن موسكو تدعم الحوار في ليبيا.", outlet="روسيا اليوم", date="2024-03-01"),
        Document("rt2", "وأكدت زاخاروفا أن موسكو ترفض التدخل في ليبيا.", outlet="روسيا اليوم", date="2024-04-01"),
    ])
    figure = json.loads(run("actors").get("plotly_chart")[0].proto.spec)
    assert figure["layout"]["barmode"] == "stack"
    lavrov = {trace["name"]: x for trace in figure["data"] for name, x in zip(trace["hovertext"], trace["x"])
              if name == "Sergey Lavrov · سيرغي لافروف"}
    assert lavrov == {"Article 1 (2017-08-14)": 7, "Article 2 (2024)": 6, "Article 3 (2024-03-01)": 1, "Article 4 (2024-04-01)": 0}


def test_the_articles_a_chart_leaves_out_are_one_grey_bar_that_opens_their_sentences(fresh_corpus, monkeypatch):
    # Seven more articles (texts apart, or the store keeps one): six naming Lavrov and Moscow, the
    # last Lavrov alone (the fewest mentions, so the one of nine the chart leaves out: it draws eight).
    open_store(fresh_corpus).add(
        [Document(f"rt{n}", f"قال لافروف في اللقاء رقم {n} إن موسكو تدعم الحوار.", date=f"2024-0{n}-01") for n in range(1, 7)]
        + [Document("rt7", "وقال لافروف إن الحل سياسي.", date="2024-07-01")])
    select(monkeypatch, "actors-bars", lambda data: data == ["", "lavrov"])
    at = run("actors")
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    lavrov = {trace["name"]: x for trace in figure["data"] for name, x in zip(trace["hovertext"], trace["x"])
              if name == "Sergey Lavrov · سيرغي لافروف"}
    # 7 + 6 in the seeds, 1 in each of rt1…rt6 charted, rt7's 1 in the grey bar: 20, its total.
    assert lavrov["Other articles (1)"] == 1 and sum(lavrov.values()) == 20 and len(lavrov) == 9
    grey = next(trace for trace in figure["data"] if trace["name"] == "Other articles (1)")
    assert grey["marker"]["color"] == "#ced4da"
    assert "1 sentence behind Sergey Lavrov in the other articles" in [c.value for c in at.caption]
    assert '<mark class="hl hl-actor-person" title="Sergey Lavrov (person)">لافروف</mark> إن الحل سياسي' in html_of(at)


def test_more_sentences_than_a_page_are_read_a_page_at_a_time(fresh_corpus, monkeypatch):
    # Fifty short articles naming Lavrov once: the chart draws the two seeds and six of them, the
    # grey bar holds the other 44, whose sentences are 40 on the first page and 4 on the second.
    open_store(fresh_corpus).add(
        [Document(f"n{n:02d}", f"وقال لافروف في اللقاء رقم {n} إن الحوار مهم.", date="2024-05-01") for n in range(50)])
    select(monkeypatch, "actors-bars", lambda data: data == ["", "lavrov"])
    at = run("actors")
    assert "44 sentences behind Sergey Lavrov in the other articles (1–40 shown)" in [c.value for c in at.caption]
    assert html_of(at).count('class="marsad-evidence"') == 40
    at.number_input(key=next(n.key for n in at.number_input if n.label == "Sentences page")).set_value(2).run()
    assert "44 sentences behind Sergey Lavrov in the other articles (41–44 shown)" in [c.value for c in at.caption]
    assert html_of(at).count('class="marsad-evidence"') == 4


def test_nested_mentions_can_be_left_out_and_the_choice_is_in_the_url():
    # 2017 names the army inside Haftar's title twice (sentences 1 and 10), as الجيش الليبي (7, 8)
    # and bare الجيش (9); the Presidential Council only inside al-Sarraj's title (10).
    at = run("actors")
    toggle = at.toggle(key="w_actors_nested")
    assert toggle.label == "Include nested mentions" and toggle.value is True
    table = at.dataframe[0].value.set_index("actor_name")
    assert table.loc["Libyan National Army", "Article 1 (2017-08-14)"] == 5
    assert table.loc["Presidential Council", "Article 1 (2017-08-14)"] == 1
    assert "nested" not in at.query_params
    toggle.set_value(False).run()
    table = at.dataframe[0].value.set_index("actor_name")
    assert table.loc["Libyan National Army", "Article 1 (2017-08-14)"] == 3
    assert table.loc["Presidential Council", "Article 1 (2017-08-14)"] == 0
    assert table.loc["Khalifa Haftar", "Article 1 (2017-08-14)"] == 7
    assert at.query_params["nested"] == "0"
    # A shared link opens the page as it was left; a page switch keeps the choice.
    shared = run("actors", query={"nested": "0"})
    assert shared.toggle(key="w_actors_nested").value is False
    shared.switch_page("pages/data.py").run()
    shared.switch_page("pages/actors.py").run()
    assert shared.toggle(key="w_actors_nested").value is False
    assert shared.query_params["nested"] == "0"


def test_actor_bar_selection_filters_the_evidence(monkeypatch):
    select(monkeypatch, "actors-bars", lambda data: data[:2] == [SEED_2017, "haftar_khalifa"])
    at = run("actors")
    assert r"7 sentences behind Khalifa Haftar in Article 1 \(2017\-08\-14\)" in [c.value for c in at.caption]
    page = html_of(at)
    assert '<mark class="hl hl-actor-person" title="Khalifa Haftar (person)">المشير حفتر</mark>' in page
    # Only the selected actor is marked in the evidence.
    assert 'title="Sergey Lavrov (person)"' not in page


def test_cooccurrence_selection_shows_shared_sentences(monkeypatch):
    select(monkeypatch, "actors-pairs", lambda data: data[:2] == ["haftar_khalifa", "lavrov"])
    at = run("actors")
    assert "3 sentences behind Khalifa Haftar with Sergey Lavrov" in [c.value for c in at.caption]


def test_actor_filter_from_the_url_narrows_the_actors_page():
    at = run("actors", query={"actor": ["lavrov", "haftar_khalifa"]})
    assert at.sidebar.multiselect(key="filter_actor_ids").value == ["lavrov", "haftar_khalifa"]
    assert sorted(at.dataframe[0].value["actor_name"]) == ["Khalifa Haftar", "Sergey Lavrov"]
    assert at.query_params["actor"] == ["lavrov", "haftar_khalifa"]


def test_stances_table_and_polarity_filter():
    at = run("stances")
    table = at.dataframe[0].value
    # 45 rows before the broader vocabulary; then بالتعاون and التعاون (2024, sentence 2) joined
    # the foreign ministry's statement and تعزيز العلاقة (2024, 8) left the article itself (no quote);
    # 48 once Haftar's two vows to fight on until … were read as negative (convention 6); 49 once
    # cues were found in their regular forms (Lavrov's «لا يزال معقدا», only معقد listed); 50 once a
    # necessity told with its aim was a call (his «يتعين أن يساهم في إيجاد حلول للتسوية», convention 2)
    assert len(table) == 50
    assert list(table.columns)[:7] == ["article", "sentence_id", "speaker", "cue", "polarity", "target_label", "quote"]
    at.sidebar.multiselect(key="filter_polarities").set_value(["negative"]).run()
    negative = at.dataframe[0].value
    assert negative[["speaker", "cue"]].values.tolist() == [
        ["Sergey Lavrov", "معقدا"], ["Sergey Lavrov", "خطر"], ["Khalifa Haftar", "مواصلة القتال"], ["Khalifa Haftar", "حظر ظالم"],
        ["Khalifa Haftar", "حظر ظالم"], ["Khalifa Haftar", "دعم"], ["Khalifa Haftar", "مواصلة الكفاح"], ["Khalifa Haftar", "أخل"], ["the article itself (no quote)", "عدوانه"],
        ["the article itself (no quote)", "مرتزقة"],
    ]
    # Targets are shown by name: an actor in English, a topic by its label.
    assert negative["target_label"].tolist()[:4] == ["Libya", "التطرف", "حتى السيطرة", "topic: Arms"]
    assert at.query_params["polarity"] == "negative"


def test_a_stance_target_longer_than_its_column_keeps_its_start():
    # Right-aligned for its Arabic targets and narrowed to 119 px (so that it does not straddle an
    # 800 px window's edge), the Target column showed "opic: UN mediation" and "ernment of National
    # Accord". A label is cut at a word to what the column holds, as the speakers are.
    at = run("stances")
    table = at.dataframe[0]
    width = json.loads(table.proto.columns)["target_label"]["width"]
    assert width == 119  # (119 - 16) / 5.8: 17 Latin letters
    targets = set(table.value["target_label"])
    # What fits stays whole; an Arabic target is never cut (overflowing, it loses its end).
    assert {"topic: UN…", "topic: Arms", "Khalifa Haftar", "United Nations", "التطرف", "حتى السيطرة"} <= targets
    assert "topic: UN mediation" not in targets
    assert max(len(t.rstrip("…")) for t in targets if not re.search("[\u0621-\u064a]", t)) <= 17


def test_stance_bar_selection_marks_the_cues(monkeypatch):
    select(monkeypatch, "stances-speakers", lambda data: data == ["Khalifa Haftar", "negative"])
    at = run("stances")
    assert "4 sentences behind negative cues of Khalifa Haftar" in [c.value for c in at.caption]
    assert '<mark class="hl hl-cue-negative" title="Khalifa Haftar: negative evaluative cue">حظر ظالم</mark>' in html_of(at)


def test_topics_raw_and_per_thousand():
    at = run("topics")
    rates = at.dataframe[0].value
    # the 14 hits listed in tests/extract/test_topics.py
    assert rates.loc["UN mediation", "Article 1 (2017-08-14): hits"] == 14
    assert rates.loc["UN mediation", "Article 1 (2017-08-14): per 1,000"] == pytest.approx(14000 / 362, abs=1e-3)
    assert at.query_params["measure"] == "rate"
    at.button_group[0].set_value("hits").run()
    assert at.query_params["measure"] == "hits"


def test_the_topics_table_puts_its_articles_in_the_corpus_order(fresh_corpus):
    # Eight short articles after the seeds (Articles 3-10); 9 and 10 name the weapons twice, so
    # the eight charted are 1-6, 9 and 10, and the columns follow their numbers, not the
    # labels' spelling (Article 1, Article 10, Article 2 before).
    open_store(fresh_corpus).add(
        [Document(f"n{n}", f"وقال لافروف إن صفقة الأسلحة رقم {n} مهمة." + (" وتشمل الصفقة صواريخ." if n >= 6 else ""),
                  date="2024-05-01") for n in range(8)])
    columns = list(run("topics").dataframe[0].value.columns)
    numbers = [int(column.split()[1]) for column in columns if column.endswith(": hits")]
    assert numbers == [1, 2, 3, 4, 5, 6, 9, 10]


def test_topic_position_selection_shows_the_sentence(monkeypatch):
    select(monkeypatch, "topics-positions", lambda data: data[:3] == [SEED_2024, 4, "energy"])
    at = run("topics")
    page = html_of(at)
    assert "Article 2 (2024) · sentence 4 · 38% into the article" in page
    assert '<mark class="hl hl-topic-energy" title="topic: energy (قطاعات النفط)">قطاعات النفط</mark>' in page


def test_compare_lists_actors_in_both_and_only_in_one():
    at = run("compare")
    both, only_a, only_b = [h for h in at.get("html") if h.value.startswith('<div class="marsad-list">')]
    assert (
        '<div class="marsad-item" title="Person"><div class="marsad-names"><span>Sergey Lavrov</span>'
        '<span class="marsad-inline" lang="ar" dir="rtl">سيرغي لافروف</span></div><b>7 / 6</b></div>'
    ) in both.value
    assert "Ghassan Salamé" in only_a.value and "Ghassan Salamé" not in only_b.value
    assert "Wagner Group" in only_b.value and "Wagner Group" not in both.value
    assert r"**Only in A · Article 1 \(2017\-08\-14\)** (6)" in [m.value for m in at.markdown]
    actors = at.dataframe[0].value.set_index("actor_name")
    assert actors.loc["Ghassan Salamé", "presence"] == "only_a"


def test_compare_texts_are_marked_and_follow_the_url():
    at = run("compare", query={"a": SEED_2024, "b": SEED_2017})
    assert at.selectbox(key="w_compare_a").value == SEED_2024
    texts = [h.value for h in at.get("html") if h.value.startswith('<div class="marsad-ar marsad-panel"')]
    assert len(texts) == 2
    assert texts[0].startswith('<div class="marsad-ar marsad-panel" dir="rtl" lang="ar">العربي الجديد-')
    assert '<mark class="hl hl-armed_group' not in texts[0]
    # Wagner and the UN envoy are actors and topic terms too: one mark, both kinds, both titles
    assert ('<mark class="hl hl-actor-armed_group hl-topic-arms hl-overlap" '
            'title="Wagner Group (armed group) · topic: arms (فاغنر)">فاغنر</mark>') in texts[0]
    assert 'title="Ghassan Salamé (person) · topic: un_mediation (غسان سلامة)">غسان سلامة</mark>' in texts[1]
    assert at.query_params["a"] == SEED_2024 and at.query_params["b"] == SEED_2017


def test_article_colours_are_told_apart():
    # Seven articles on the Overview: Article 5 was drawn in #e8590c, beside Article 2's #f76707.
    def rgb(colour: str) -> tuple[int, ...]:
        return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))

    closest = min(
        sum((x - y) ** 2 for x, y in zip(rgb(a), rgb(b))) ** 0.5
        for i, a in enumerate(labels.ARTICLE_COLOURS) for b in labels.ARTICLE_COLOURS[i + 1:]
    )
    assert labels.ARTICLE_COLOURS[1:5] == ("#f76707", "#0ca678", "#ae3ec9", "#fab005")
    assert closest > 70


def test_compare_offers_only_the_articles_the_filters_keep(fresh_corpus):
    # A link (or a session) picking the 2017 seed while the dates keep 2018 onwards stopped the
    # page with "KeyError: unknown doc_id": the comparison reads the filtered frames.
    store = open_store(fresh_corpus)
    store.add([Document("rt1", "قال لافروف إن موسكو تدعم الحوار في ليبيا.", outlet="روسيا اليوم", date="2024-03-01")])
    at = run("compare", query={"from": "2018", "a": SEED_2017})
    assert at.selectbox(key="w_compare_a").options == [
        "\u2068العربي الجديد\u2069 · Art. 2, 2024", "\u2068روسيا اليوم\u2069 · Art. 3, 2024-03-01"]
    assert (at.selectbox(key="w_compare_a").value, at.selectbox(key="w_compare_b").value) == (SEED_2024, "rt1")
    assert at.query_params["a"] == SEED_2024
    # …and says why the linked article is not the one shown.
    assert [rendered(w.value) for w in at.warning] == [
        "The link's article A, Article 1 (2017-08-14), is left out by the sidebar filters; another article is shown instead."]


def test_articles_of_one_day_are_told_apart_where_they_are_picked(fresh_corpus):
    # Three articles of 2024-03-01 were "Article 3 (2024-03-01)", "Article 4 (2024-03-01)"… in the
    # Compare pickers and the sidebar's Articles filter: which is the outlet wanted, only the
    # Overview's cards said. Outlet and title follow the label, each isolated (an Arabic outlet
    # before an Arabic title swapped places when read right to left).
    store = open_store(fresh_corpus)
    store.add([
        Document("rt1", "قال لافروف إن موسكو تدعم الحوار في ليبيا.", title="لافروف: موسكو تدعم الحوار الليبي بين جميع الأطراف دون استثناء",
                 outlet="روسيا اليوم", date="2024-03-01"),
        Document("sp1", "قال حفتر إن الجيش سيواصل القتال.", outlet="Sputnik", date="2024-03-01"),
        Document("nt1", "رحبت موسكو بالحوار في ليبيا.", date="2024-03-01"),
    ])
    at = run("compare")
    # In the Compare page's one-line pickers the outlet comes first: after the article's number, in
    # a 290 px picker at 800 px, the field's right edge cut an Arabic outlet at its start
    # («مرصد الاختبار» read «صد الاختبار»). Then the date's end was cut ("Article 4 (undat"), and a
    # title after the label showed its end: the label is short, the outlet cut to leave it whole,
    # and the title cut to what is left, so that its start shows, or left to the header below.
    assert at.selectbox(key="w_compare_a").options == [
        "Art. 1, 2017-08-14 · \u2068لافروف…\u200f\u2069",
        "\u2068العربي الجديد\u2069 · Art. 2, 2024",
        "Art. 3, 2024-03-01",  # nt1: no outlet, no title
        "\u2068روسيا اليوم\u2069 · Art. 4, 2024-03-01",
        "\u2068Sputnik\u2069 · Art. 5, 2024-03-01",
    ]
    at = run()
    assert at.sidebar.multiselect(key="filter_doc_ids").options[1] == (
        "Article 2 (2024) · \u2068العربي الجديد\u2069 · \u2068اللافي والباعور يلتقيان…\u200f\u2069")
    # The filter's note keeps the short label.
    at.sidebar.multiselect(key="filter_doc_ids").select("sp1").run()
    assert "Filtered: Articles: Article 5 (2024-03-01)" in [rendered(c.value) for c in at.caption]


def test_a_compare_link_to_an_article_the_corpus_lacks_says_so():
    # The page showed another article in its place without a word.
    at = run("compare", query={"a": SEED_2024, "b": "no_such_article"})
    assert [rendered(w.value) for w in at.warning] == [
        "The link's article B, “no_such_article”, is not in this corpus; another article is shown instead."]
    assert (at.selectbox(key="w_compare_a").value, at.selectbox(key="w_compare_b").value) == (SEED_2024, SEED_2017)
    assert at.query_params["b"] == SEED_2017


def test_compare_says_so_when_the_filters_keep_fewer_than_two_articles():
    at = run("compare", query={"outlet": "العربي الجديد", "a": SEED_2017, "b": SEED_2024})
    assert [i.value for i in at.info] == [
        "Comparing needs two articles; 1 of the 2 match the sidebar filters. Widen the filters to pick two."
    ]
    assert not at.selectbox


def test_article_text_cannot_inject_html(fresh_corpus):
    store = open_store(fresh_corpus)  # seeded, as the app would find it
    store.add([Document("hostile", 'قال لافروف <img src=x onerror="alert(1)"> و<script>alert(2)</script> في موسكو.', title="<b>عنوان</b>")])
    at = run("compare", query={"a": "hostile", "b": SEED_2024})
    page = html_of(at)
    assert "<img" not in page and "<script>" not in page and "<b>عنوان</b>" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    assert "&lt;b&gt;عنوان&lt;/b&gt;" in page


LINK = '<a href="https://example.org">x</a>'


@pytest.mark.parametrize("page", ["overview", "compare"])
def test_metadata_markup_is_shown_as_text_never_run(fresh_corpus, page):
    # A store written before dates were checked (or by another tool) may hold any text as a date.
    store = open_store(fresh_corpus)
    store.add([Document("hostile", "وقال لافروف إن موسكو تدعم الحوار.", outlet="<style>body{display:none}</style>", date=LINK)])
    at = run(page, query={"a": "hostile", "b": SEED_2024})
    shown = html_of(at)
    assert "<a href" not in shown and "<style>body" not in shown
    assert "&lt;a href=&quot;https://example.org&quot;&gt;x&lt;/a&gt;" in shown
    assert "&lt;style&gt;body{display:none}&lt;/style&gt;" in shown
    # The article's label carries its date into markdown: there too it is text, not a link.
    label = next(m.value for m in at.markdown if "Article 3" in m.value)
    assert r"Article 3 \(\<a href\=\"https\:\/\/example\.org\"\>x\<\/a\>\)" in label


def test_the_search_from_the_url_is_shown_as_typed_not_as_markdown():
    at = run("data", query={"q": "=HYPERLINK(1) **x** [y](https://example.org)"})
    # The value in a bidi isolate (U+2068 … U+2069): it has no Arabic letter.
    expected = "filtered by Search\\: \u2068" + r"\=HYPERLINK\(1\) \*\*x\*\* \[y\]\(https\:\/\/example\.org\)" + "\u2069"
    assert any(m.value.endswith(expected) for m in at.markdown)
    overview = run(query={"q": "[y](https://example.org)"})
    assert "Filtered: Search\\: \u2068" + r"\[y\]\(https\:\/\/example\.org\)" + "\u2069" in [c.value for c in overview.caption]
    # A search of 10,000 letters is quoted by its first 79 and an ellipsis, not a screen of text;
    # the ellipsis at the Arabic's end (a right-to-left mark after it), not before its start.
    long = run(query={"q": "ليبيا" * 2000})
    assert "Filtered: Search\\: " + "ليبيا" * 15 + "ليبي…\u200f" in [c.value for c in long.caption]


def test_data_filter_reduces_the_table_and_the_download_holds_those_rows(monkeypatch):
    added = download_buttons(monkeypatch)
    at = run("data")
    assert len(at.dataframe[0].value) == 92  # 87, and the 4 nested mentions and bare الجيش of the seeds
    added.clear()
    at.sidebar.multiselect(key="filter_actor_ids").set_value(["lavrov"]).run()
    shown = at.dataframe[0].value
    assert len(shown) == 13 and set(shown["actor_name"]) == {"Sergey Lavrov"}
    assert "**13** of 92 rows · filtered by Actors: Sergey Lavrov · سيرغي لافروف" in [rendered(m.value) for m in at.markdown]
    assert at.query_params["actor"] == "lavrov"
    # The sidebar's report (tests/dashboard/test_pages_report.py) aside: the table's four files.
    files = dict((name, data()) for data, name in added if not name.startswith("marsad-report-"))
    # The names say what the files hold: the frame, the articles' dates, the filter.
    stem = "marsad-mentions-2017-2024-lavrov"
    assert sorted(files) == [f"{stem}.csv", f"{stem}.json", f"{stem}.xlsx", f"{stem}.zip"]
    csv = files[f"{stem}.csv"]
    # The header is the first row: pandas (and a spreadsheet) read the file as it is.
    assert csv.startswith("\ufeffdoc_id,sentence_id,actor_id,".encode("utf-8"))
    rows = pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig")
    assert len(rows) == 13 and set(rows["actor_id"]) == {"lavrov"}
    assert rows["surface"].tolist() == shown["surface"].tolist()
    settings = '{"filters": {"actor": ["lavrov"]}, "frame": "mentions", "lexicon": "the shipped lexicon"}'
    with zipfile.ZipFile(io.BytesIO(files[f"{stem}.zip"])) as archive:
        assert archive.namelist() == [f"{stem}.csv", f"{stem}.provenance.json"]
        assert archive.read(f"{stem}.csv") == csv
        sidecar = json.loads(archive.read(f"{stem}.provenance.json"))
    assert sidecar["settings"] == settings and sidecar["lexicon_version"] == load_lexicon(DATA_DIR).version
    payload = json.loads(files[f"{stem}.json"])
    assert len(payload["rows"]) == 13 and payload["provenance"]["settings"] == settings
    excel = pd.read_excel(io.BytesIO(files[f"{stem}.xlsx"]), sheet_name=None)
    assert list(excel) == ["mentions", "provenance"]
    assert excel["mentions"]["start"].tolist() == rows["start"].tolist()
    assert dict(zip(excel["provenance"]["key"], excel["provenance"]["value"]))["settings"] == settings
    # on_click="ignore": downloading does not rerun the page.
    buttons = at.main.get("download_button")
    assert [b.label for b in buttons] == ["CSV", "CSV + provenance", "Excel", "JSON"] and all(b.proto.ignore_rerun for b in buttons)


def test_control_characters_do_not_break_the_excel_download_and_are_counted(fresh_corpus, monkeypatch):
    added = download_buttons(monkeypatch)
    open_store(fresh_corpus).add([Document("ctrl", "وقال لافروف\x0b إن موسكو تدعم الحوار\x1b.", date="2024")])
    at = run("data", query={"frame": "documents"})
    assert "1 cell holds control characters that Excel cannot store" in " ".join(c.value for c in at.caption)
    excel = next(data for data, name in added if name.startswith("marsad-documents") and name.endswith(".xlsx"))()
    cells = pd.read_excel(io.BytesIO(excel), sheet_name=None)
    assert cells["documents"]["text"].tolist()[-1] == "وقال لافروف إن موسكو تدعم الحوار."
    assert dict(zip(cells["provenance"]["key"], cells["provenance"]["value"]))["cells_cleaned"].startswith("1 ")


def test_an_article_longer_than_an_excel_cell_is_said_to_be_cut_there(fresh_corpus, monkeypatch):
    # openpyxl cut a text past 32,767 characters with only a warning on the server: the Documents
    # table's Excel file held a long article's start as if it were all of it.
    added = download_buttons(monkeypatch)
    long_text = "وقال لافروف إن موسكو تدعم الحوار بين الأطراف الليبية. " * 700  # 38,500 characters
    open_store(fresh_corpus).add([Document("long", long_text, date="2024")])
    at = run("data", query={"frame": "documents"})
    assert "1 text is longer than the 32,767 characters an Excel cell holds" in " ".join(c.value for c in at.caption)
    excel = next(data for data, name in added if name.startswith("marsad-documents") and name.endswith(".xlsx"))()
    cells = pd.read_excel(io.BytesIO(excel), sheet_name=None)
    assert cells["documents"]["text"].tolist()[-1] == long_text[:32_767]
    assert dict(zip(cells["provenance"]["key"], cells["provenance"]["value"]))["cells_cut"].startswith("1 (Excel holds at most")


def test_a_table_longer_than_an_excel_sheet_offers_no_excel_file(monkeypatch):
    # Past a sheet's 1,048,576 rows the Excel button failed on the click; it is greyed out and says why
    # (a sheet of 40 rows stands in for it: the seeds' 92 mentions are too many for it).
    monkeypatch.setattr("analysis.corpus.export.EXCEL_ROWS", 40)
    at = run("data", query={"frame": "mentions"})
    excel = next(b for b in at.main.get("download_button") if b.label == "Excel")
    assert excel.proto.disabled and "Excel holds 39 rows under its header and these are 92" in excel.proto.help
    assert "Excel holds 39 rows under its header and these are 92: take the CSV or JSON, which hold them all." in [c.value for c in at.caption]
    assert not any(b.proto.disabled for b in at.main.get("download_button") if b.label != "Excel")


def test_search_ignores_diacritics_and_alef_forms():
    at = run("data", query={"frame": "sentences"})
    at.sidebar.text_input(key="filter_search").input("الامم المتحده").run()
    shown = at.dataframe[0].value
    assert shown["sentence_id"].tolist() == [2, 5, 6] and set(shown["article"]) == {"Article 1"}
    assert at.query_params["q"] == "الامم المتحده"


def test_filters_hold_across_pages():
    at = run("data")
    at.sidebar.multiselect(key="filter_actor_types").set_value(["armed_group"]).run()
    at.switch_page("pages/actors.py").run()
    assert at.sidebar.multiselect(key="filter_actor_types").value == ["armed_group"]
    assert sorted(at.dataframe[0].value["actor_name"]) == ["Africa Corps", "Libyan National Army", "Wagner Group"]
    at.sidebar.button[0].click().run()
    assert at.sidebar.multiselect(key="filter_actor_types").value == []


def test_a_broken_lexicon_is_reported_with_file_and_line(tmp_path, monkeypatch):
    edited = shipped_copy(tmp_path / "user_lexicon")
    with (edited / "aliases.csv").open("a", encoding="utf-8") as handle:
        handle.write("lavrov2,لافروف,name,,\n")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    assert not at.exception
    assert "unknown actor_id 'lavrov2'" in rendered(at.error[0].value)


# -- words, not internal names -------------------------------------------------------------------------

ID_LIKE = re.compile(r"\b[0-9a-f]{16}\b|\b[a-z]+_[a-z_]+\b|\(article\)")


def on_screen(at: AppTest) -> str:
    """Every text the page shows outside its tables and stylesheet."""
    texts = [e.value for kind in ("title", "caption", "markdown", "subheader", "info", "success", "warning", "error") for e in at.get(kind)]
    return "\n".join(str(t) for t in texts)


def test_stances_say_how_the_speaker_was_found_in_words():
    at = run("stances")
    table = at.dataframe[0].value
    assert "attribution" not in table.columns
    found_by = dict(zip(table["cue"], table["found_by"]))
    assert found_by["عدوانه"] == "the article itself (no quote)"
    assert set(table["found_by"]) <= set(labels.ATTRIBUTION_LABELS.values())
    assert "said (verb before name)" in set(table["found_by"])
    assert "(article)" not in set(table["speaker"])
    assert not ID_LIKE.search(on_screen(at)), ID_LIKE.search(on_screen(at))


def test_an_attribution_rule_added_later_reads_as_words():
    assert labels.attribution_label("after_verb") == "said (verb before name)"
    assert labels.attribution_label("quote_owner") == "inside the speaker's quotation"
    assert labels.attribution_label("headline") == "said (name and colon)"
    assert labels.attribution_label("subject_pronoun") == "Subject pronoun"


def test_the_filter_note_names_actors_not_ids():
    at = run("actors", query={"actor": "haftar_khalifa"})
    notes = [rendered(c.value) for c in at.caption if c.value.startswith("Filtered:")]
    assert notes == ["Filtered: Actors: Khalifa Haftar · خليفة حفتر"]
    assert "haftar_khalifa" not in on_screen(at)


def test_the_sidebar_names_the_lexicon_by_when_it_was_saved(tmp_path):
    at = run()
    assert at.sidebar.caption[0].value == "2 articles · the shipped lexicon"
    edited = shipped_copy(tmp_path / "user_lexicon")
    for path in edited.glob("*.csv"):
        os.utime(path, (0, datetime(2024, 11, 28, 14, 2).timestamp()))
    again = run()
    assert again.sidebar.caption[0].value == "2 articles · lexicon of 28 Nov, 14:02"


def test_a_filter_a_page_cannot_apply_is_disabled_and_named():
    at = run("actors", query={"polarity": "negative"})
    disabled = {m.label for m in at.sidebar.multiselect if m.disabled}
    assert disabled == {"Topics", "Speakers", "Polarity"}
    # The polarity is kept (it applies on Stances) and the page says it is not applied here.
    assert at.sidebar.multiselect(key="filter_polarities").value == ["negative"]
    assert "Not applied on this page: Polarity" in [c.value for c in at.caption]
    assert len(at.dataframe[0].value) == 27  # every actor, as without the filter
    at.switch_page("pages/stances.py").run()
    assert {m.label for m in at.sidebar.multiselect if m.disabled} == {"Actor types"}
    assert len(at.dataframe[0].value) == 10  # the negative stances
    at.switch_page("pages/data.py").run()
    assert {m.label for m in at.sidebar.multiselect if m.disabled} == {"Topics", "Speakers", "Polarity"}
    at.segmented_control(key="w_data_frame").set_value("stances").run()
    assert {m.label for m in at.sidebar.multiselect if m.disabled} == {"Actor types"}
    assert len(at.dataframe[0].value) == 10


def test_the_data_page_says_when_no_row_matches(monkeypatch):
    # It showed an empty grid, "Select rows to read their sentences" and four downloads of a header.
    added = download_buttons(monkeypatch)
    at = run("data", query={"frame": "stances", "q": "زززز"})
    assert [i.value for i in at.info] == ["No stance matches the filters."]
    assert "**0** of 50 rows · filtered by Search: زززز" in [rendered(m.value) for m in at.markdown]
    assert not at.dataframe
    assert [name for _, name in added if not name.startswith("marsad-report-")] == []


def test_the_data_pages_documents_name_the_article_by_number_beside_its_title():
    # "Article 1 — title…" beside the title took 390 px: at 1440 px the outlet column straddled the
    # table's edge and its right-aligned names were out of view.
    at = run("data", query={"frame": "documents"})
    shown = at.dataframe[0].value
    assert shown["article"].tolist() == ["Article 1", "Article 2"]
    assert not re.search(r"[0-9a-f]{16}", "\n".join(shown.astype(str).to_numpy().ravel()))
    assert shown["title"].tolist()[1] == "اللافي والباعور يلتقيان لافروف في موسكو"
    labels_of = {c: v.get("label") for c, v in json.loads(at.dataframe[0].proto.columns).items()}
    assert (labels_of["n_sentences"], labels_of["n_tokens"]) == ("Sentences", "Tokens")
    at = run("data", query={"frame": "mentions"})
    settings = json.loads(at.dataframe[0].proto.columns)
    assert settings["actor_name_ar"]["label"] == "Arabic name"
    # Arabic columns at most 320 px: sized to their longest cell, the article and an Arabic name
    # pushed the Arabic name across the table's edge at 1440 px, cut mid-word.
    assert settings["actor_name_ar"]["width"] <= 320
    # The article by its number (its title last): "Article 1 — title…" took 320 px, and at 800 px
    # (468 px of table beside the sidebar) the actor's name was past the table's edge.
    assert settings["article"]["width"] < 100
    assert 33 + sum(settings[c]["width"] for c in ["article", "sentence_id"]) + 200 <= 468  # 200 px of the name in view


def test_no_arabic_column_of_a_data_table_straddles_the_tables_edge():
    # Right-aligned, Data → Stances' cue lemma ran from 866 px past the table's edge at 1440 px
    # (980 px), its Arabic drawn out of view: now it ends at the edge, and every table's columns
    # up to its last Arabic one are sized so that none crosses 468 or 980 px (beside the open
    # sidebar at 800 and 1440 px).
    for frame in ("documents", "sentences", "mentions", "topics", "topic_counts", "stances"):
        table = run("data", query={"frame": frame}).dataframe[0]
        settings = column_settings(table)
        x = 33  # the row picker
        for column in table.value.columns:
            width = settings.get(column, {}).get("width")
            if not isinstance(width, int):
                break
            if settings[column].get("alignment") == "right":
                assert not any(x < edge < x + width for edge in (468, 980)), (frame, column, x, width)
            x += width
        if frame == "stances":
            assert (settings["cue_lemma"]["alignment"], settings["cue_lemma"]["label"]) == ("right", "Cue lemma")
            # who, the cue and its polarity first: the speaker ends at 800 px's edge, the polarity in view at 1440
            assert list(table.value.columns[:5]) == ["article", "sentence_id", "speaker_name", "cue", "polarity"]
            assert 33 + sum(settings[c]["width"] for c in ["article", "sentence_id", "speaker_name"]) == 468
        if frame == "sentences":
            # the sentence right after its number, ending at 800 px's edge (its offsets came first, the text at 468 px)
            assert list(table.value.columns[:3]) == ["article", "sentence_id", "text"]
            assert 33 + sum(settings[c]["width"] for c in ["article", "sentence_id", "text"]) == 468


@pytest.mark.parametrize("frame", ["sentences", "mentions", "topics", "topic_counts", "stances"])
def test_the_data_page_shows_articles_by_number_and_title_never_by_id(frame):
    at = run("data", query={"frame": frame})
    shown = at.dataframe[0].value
    cells = "\n".join(shown.astype(str).to_numpy().ravel()) + "\n".join(shown.columns)
    assert not re.search(r"[0-9a-f]{16}", cells)
    assert not {"doc_id", "actor_id", "speaker_id"} & set(shown.columns)
    # By number, the title in the last column (at 800 px "Article 1 — title…" took the table's width),
    # cut between words, the ellipsis at the Arabic's end (a right-to-left mark after it).
    assert set(shown["article"]) == {"Article 1", "Article 2"}
    assert shown.columns[-1] == "title"
    assert set(shown["title"]) == {"لافروف يستقبل حفتر في موسكو ويرحب…\u200f", "اللافي والباعور يلتقيان لافروف في…\u200f"}


def downloaded(monkeypatch: pytest.MonkeyPatch) -> dict[str, Callable[[], bytes]]:
    """The files the page's download buttons would give, by file name (built when called, as a click does)."""
    files: dict[str, Callable[[], bytes]] = {}
    real_add = MediaFileManager.add_deferred

    def spy(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        files[file_name] = data_callable
        return real_add(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    return files


def test_the_excel_download_is_right_to_left_with_a_frozen_bold_header_and_real_dates(monkeypatch):
    files = downloaded(monkeypatch)
    run("data", query={"frame": "documents"})
    book = openpyxl.load_workbook(io.BytesIO(files["marsad-documents-2017-2024.xlsx"]()))
    sheet = book["documents"]
    assert sheet.sheet_view.rightToLeft and not book["provenance"].sheet_view.rightToLeft
    assert sheet.freeze_panes == "A2" and all(cell.font.b for cell in sheet[1])
    header = [cell.value for cell in sheet[1]]
    dates = sheet.cell(row=2, column=header.index("date") + 1), sheet.cell(row=3, column=header.index("date") + 1)
    # 2017-08-14 is that day; "2024" is the year (its first day, shown as 2024).
    assert [(d.value, d.number_format) for d in dates] == [(datetime(2017, 8, 14), "yyyy-mm-dd"), (datetime(2024, 1, 1), "yyyy")]
    title = sheet.column_dimensions[openpyxl.utils.get_column_letter(header.index("title") + 1)].width
    assert title == 62  # the longer title is 66 characters, capped at 60, plus a margin
    assert book["provenance"]["A2"].value == "marsad_version"


def test_no_download_cell_runs_as_a_formula(fresh_corpus, monkeypatch):
    store = open_store(fresh_corpus)
    store.add([Document("formula", "=HYPERLINK(\"http://example.com\",\"انقر\")\nقال لافروف إن الوضع معقد.",
                        title="=1+1", outlet="@العربي", date="2024-05-02", source="formula.txt")])
    files = downloaded(monkeypatch)
    run("data", query={"frame": "documents", "article": "formula"})
    rows = pd.read_csv(io.BytesIO(files["marsad-documents-2024-05-02-1-article.csv"]()), encoding="utf-8-sig", keep_default_na=False)
    assert rows[["title", "outlet"]].values.tolist() == [["'=1+1", "'@العربي"]]
    assert rows["text"][0].startswith("'=HYPERLINK(")
    sheet = openpyxl.load_workbook(io.BytesIO(files["marsad-documents-2024-05-02-1-article.xlsx"]()))["documents"]
    header = [cell.value for cell in sheet[1]]
    title = sheet.cell(row=2, column=header.index("title") + 1)
    # Excel: the exact text, stored as text (an "f" cell would be run).
    assert (title.value, title.data_type) == ("=1+1", "s")
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    payload = json.loads(files["marsad-documents-2024-05-02-1-article.json"]())
    assert payload["rows"][0]["title"] == "=1+1"


def column_settings(element) -> dict:
    """The column settings a table was drawn with, as the browser receives them."""
    return json.loads(element.proto.columns)


def test_arabic_columns_are_right_aligned_and_as_wide_as_their_text():
    overview = column_settings(run().dataframe[0])
    # The longer title has 65 characters: 65 × 7.5 + 24 = 511 px, capped at 280 so that its first
    # words stay on an 800 px screen and the outlet (150 px, set by the page) and the date fit
    # beside it at 1440 px; 267 of them, as the 13 px it had before the table's edge at 800 px went to
    # the figures before it (analysis/explore/columns.py).
    assert overview["title"]["alignment"] == "right" and overview["title"]["width"] == 267
    assert overview["outlet"]["alignment"] == "right" and overview["outlet"]["width"] == 150
    stances = column_settings(run("stances").dataframe[0])
    assert stances["cue"]["alignment"] == "right"
    # Mostly English, but with Arabic in some cells (the seed's unnamed speaker تقارير إعلامية دولية,
    # the text target التطرف): right-aligned, since the table draws Arabic in a left-aligned cell
    # leftwards out of it.
    assert stances["speaker"]["alignment"] == "right"
    assert stances["target_label"]["alignment"] == "right"
    compare = run("compare")
    topics = next(column_settings(d) for d in compare.dataframe if "diff_per_1000" in column_settings(d))
    # Narrow enough for all six columns and the row picker (33 px) beside the open sidebar in an 800 px
    # window (468 px).
    assert topics["diff_per_1000"]["label"] == "B − A" and topics["diff_per_1000"]["width"] == 56
    assert 33 + sum(topics[c]["width"] for c in ("topic", "per_1000_a", "per_1000_b", "diff_per_1000", "hits_a", "hits_b")) == 453


# Beside the open sidebar in an 800 px window a table has 468 px, 33 of them the row picker: the
# article or actor and its figures come first, sized to fit there; the rest scrolls.

def test_the_overview_table_shows_the_figures_beside_the_article_within_800_px():
    overview = run().dataframe[0]
    order, settings = list(overview.proto.column_order), column_settings(overview)
    assert order == ["article", "mentions", "actors", "topic_hits", "stances", "title", "outlet", "date", "positive",
                     "negative", "n_sentences", "n_tokens"]
    assert settings["article"]["pinned"] is True
    # 455 px as the page sets them, widened to 468 in proportion: the right-aligned title then starts
    # at the table's edge at 800 px, where its first 13 px showed the last letters of each title.
    assert 33 + sum(settings[c]["width"] for c in order[:5]) == 468
    assert [settings[c]["width"] for c in order[:5]] == [164, 68, 57, 80, 66]
    # At 1440 px (980 px of table) the outlet and the date are in view whole: after Positive and
    # Negative the outlet straddled the edge and its right-aligned names were drawn out of view.
    assert (settings["outlet"]["width"], settings["outlet"]["alignment"], settings["date"]["width"]) == (150, "right", 95)
    assert settings["title"]["width"] <= 280
    assert 33 + sum(settings[c]["width"] for c in order[:8]) <= 980


def test_the_actors_table_shows_the_counts_beside_the_actor_within_800_px():
    actors = run("actors").dataframe[0]
    order, settings = list(actors.proto.column_order), column_settings(actors)
    assert order == ["actor_name", "total", "Article 1 (2017-08-14)", "Article 2 (2024)", "actor_name_ar", "actor_type"]
    # An article's column is headed by its number; the date is in the heading's tooltip.
    assert [settings[c]["label"] for c in order[2:4]] == ["Article 1", "Article 2"]
    assert settings["Article 2 (2024)"]["help"] == "Article 2 (2024)"
    # 453 px as the page sets them, widened to 468: the right-aligned Arabic name then starts at the
    # table's edge at 800 px, where its first 15 px showed the last letters of each name.
    assert 33 + sum(settings[c]["width"] for c in order[:4]) == 468


def test_the_topics_table_has_short_headings_and_the_charts_measure_first():
    topics = run("topics").dataframe[0]
    settings = column_settings(topics)
    # per 1,000 tokens, the chart's measure unless the URL says hits
    assert list(topics.value.columns) == ["Article 1 (2017-08-14): per 1,000", "Article 2 (2024): per 1,000",
                                          "Article 1 (2017-08-14): hits", "Article 2 (2024): hits"]
    assert [settings[c]["label"] for c in topics.value.columns] == [
        "Article 1 per 1,000", "Article 2 per 1,000", "Article 1 hits", "Article 2 hits"]
    assert settings["Article 2 (2024): hits"]["help"] == "Article 2 (2024): hits"
    # Two articles' rates within 800 px: 33 + 110 + 130 + 130.
    assert 33 + settings["_index"]["width"] + sum(settings[c]["width"] for c in topics.value.columns[:2]) == 403
    hits = run("topics", query={"measure": "hits"}).dataframe[0].value
    assert list(hits.columns[:2]) == ["Article 1 (2017-08-14): hits", "Article 2 (2024): hits"]


def test_the_stances_table_shows_who_says_what_within_800_px():
    stances = run("stances").dataframe[0]
    order, settings = list(stances.proto.column_order), column_settings(stances)
    assert order[:4] == ["speaker", "cue", "polarity", "target_label"]
    # Speaker and cue capped (the speaker column is right-aligned: the seed's unnamed تقارير إعلامية دولية).
    # 200 and 100 px as the page sets them, widened with the polarity by the 55 px the target showed
    # at the table's edge at 800 px (its right-aligned Arabic out of view): the target starts there.
    assert (settings["speaker"]["width"], settings["speaker"]["alignment"]) == (226, "right")
    assert settings["cue"]["width"] == 113
    assert 33 + sum(settings[c]["width"] for c in order[:3]) == 468


def test_a_long_speaker_name_keeps_its_start_in_the_stances_table(fresh_corpus):
    # Right-aligned in 200 px (the column holds Arabic names too), "Russian Ministry of Foreign
    # Affairs" lost its first letters at the cell's left edge: cut at a word, its start stays.
    open_store(fresh_corpus).add([Document("mfa", "وقالت وزارة الخارجية الروسية في بيان إن موسكو ترحب بالحوار في ليبيا.",
                                           date="2024-05-01")])
    table = run("stances").dataframe[0].value
    assert set(table["speaker"]) >= {"Russian Ministry of Foreign…", "GNU Ministry of Foreign Affairs", "Unnamed · تقارير إعلامية دولية"}


def test_the_stances_page_names_a_title_no_date_resolves_by_its_arabic(fresh_corpus):
    # Undated, الرئيس الروسي is Medvedev's or Putin's: the table showed "Unresolved title (Dmitry…",
    # the same start for every such title, and the Arabic the article says nowhere.
    open_store(fresh_corpus).add([Document("undated", "وقال الرئيس الروسي إن موسكو تدعم الحوار في ليبيا.")])
    at = run("stances")
    assert "Holder unclear · الرئيس الروسي" in set(at.dataframe[0].value["speaker"])
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Holder unclear · الرئيس الروسي" in figure["data"][0]["y"]


def test_the_stances_page_tells_an_unnamed_source_from_a_person_the_lexicon_lacks(fresh_corpus):
    # Both were shown as bare Arabic on the chart, the table and the Speakers filter: the seed's
    # تقارير إعلامية دولية and a deputy the lexicon lacks read alike (issue 9's last bullet).
    open_store(fresh_corpus).add([Document("mp", "قال النائب في البرلمان الليبي سالم الورفلي إن الوجود الأجنبي خطر.",
                                           date="2024-05-01")])
    at = run("stances")
    speakers = set(at.dataframe[0].value["speaker"])
    assert {"Not in lexicon · سالم الورفلي", "Unnamed · تقارير إعلامية دولية"} <= speakers
    assert "سالم الورفلي" not in speakers and "تقارير إعلامية دولية" not in speakers
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert {"Not in lexicon · سالم الورفلي", "Unnamed · تقارير إعلامية دولية"} <= set(figure["data"][0]["y"])
    options = at.sidebar.multiselect(key="filter_speakers").options
    assert "Not in lexicon · سالم الورفلي" in options and "Unnamed · تقارير إعلامية دولية" in options
    # The prefixes in an analyst's words, said where they are read ("Unlisted" was ours: issue 9).
    assert at.caption[1].value.startswith("Not in lexicon · a person or body named in the text whom the lexicon lacks")
    assert "Unlisted" not in " ".join(c.value for c in at.caption) and "own voice" not in at.caption[0].value


def test_a_long_unnamed_source_keeps_its_word_on_the_stances_page(fresh_corpus):
    # «المختص في الشأن الليبي» names no one, but cut to the Speaker column's 31 letters it lost its
    # "Unnamed ·" and read as a person's name beside the named speakers.
    open_store(fresh_corpus).add([Document("expert", "وقال المختص في الشأن الليبي إن الوجود الروسي في الجنوب يتوسع.",
                                           date="2024-05-01")])
    at = run("stances")
    assert "Unnamed · المختص في الشأن…\u200f" in set(at.dataframe[0].value["speaker"])
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Unnamed · المختص في الشأن…\u200f" in figure["data"][0]["y"]
    assert "المختص في الشأن الليبي" not in figure["data"][0]["y"]


def test_compare_shows_a_zero_difference_as_zero():
    # Infrastructure: one hit in each seed, 2.762 and 2.717 per 1,000 tokens: B − A is -0.045,
    # once shown as "-0.0". The frame holds 0.0 (no sign), written "%.1f" ("%+.1f" wrote "+0.0").
    compare = run("compare")
    table = next(d for d in compare.dataframe if "diff_per_1000" in column_settings(d))
    diffs = dict(zip(table.value["topic"], table.value["diff_per_1000"]))
    assert diffs == {"Arms": 5.0, "Energy": 2.7, "Infrastructure": 0.0, "UN mediation": -22.4}
    assert str(diffs["Infrastructure"]) == "0.0"
    assert column_settings(table)["diff_per_1000"]["type_config"]["format"] == "%.1f"


def pick_row(at: AppTest, key_prefix: str, row: int) -> AppTest:
    """Select row ``row`` of the table whose key starts with ``key_prefix``, as a click in the
    browser does (Streamlit takes a table's selection through Session State), and rerun."""
    table = next(d for d in at.dataframe if d.key and d.key.startswith(key_prefix))
    at.session_state[table.key] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def evidence_captions(at: AppTest) -> list[str]:
    """The captions over the sentences shown ("9 sentences behind …"), not the hints to click."""
    return [rendered(c.value) for c in at.caption if re.match(r"\d+ sentences? behind ", c.value)]


def test_a_row_of_the_overview_table_shows_the_sentences_behind_its_figures():
    at = pick_row(run(), "overview-articles-table", 1)
    # Every one of the 2024 seed's 9 sentences holds a finding (an actor in each).
    assert evidence_captions(at) == ["9 sentences behind the figures of Article 2 (2024)"]
    assert html_of(at).count('class="marsad-evidence"') == 9
    assert "Article 2 (2024) · sentence 9 · 100% into the article" in html_of(at)


def test_a_row_of_the_topics_table_shows_the_topics_sentences():
    at = run("topics")
    assert at.dataframe[0].value.index.tolist() == ["Arms", "Energy", "Infrastructure", "UN mediation"]
    at = pick_row(at, "topics-table", 2)
    # One infrastructure term in each seed, with its و: والبنية الأساسية in 2017's sentence 14, والبنية
    # التحتية in 2024's 4.
    assert evidence_captions(at) == ["2 sentences behind Infrastructure"]
    page = html_of(at)
    assert page.count('class="marsad-evidence"') == 2
    assert "Article 1 (2017-08-14) · sentence 14" in page and "Article 2 (2024) · sentence 4" in page
    assert '(البنية الأساسية)">والبنية الأساسية</mark>' in page and '(البنية التحتية)">والبنية التحتية</mark>' in page


def test_a_row_of_a_compare_table_shows_its_sentences_in_each_article():
    at = run("compare")
    actors = next(d for d in at.dataframe if d.key and d.key.startswith("compare-actors-table")).value
    at = pick_row(at, "compare-actors-table", actors["actor_name"].tolist().index("Sergey Lavrov"))
    # Lavrov is named in 2017's sentences 1-6 and 8 (7 mentions) and in 2024's 1-5 (6 mentions).
    assert evidence_captions(at) == [
        "7 sentences behind Sergey Lavrov in A · Article 1 (2017-08-14)",
        "5 sentences behind Sergey Lavrov in B · Article 2 (2024)",
    ]
    assert html_of(at).count('class="marsad-evidence"') == 12
    at = pick_row(run("compare"), "compare-topics-table", 2)  # Infrastructure
    assert evidence_captions(at) == [
        "1 sentence behind Infrastructure in A · Article 1 (2017-08-14)",
        "1 sentence behind Infrastructure in B · Article 2 (2024)",
    ]


def test_a_row_of_the_outlets_table_shows_the_sentences_of_its_articles():
    at = run("outlets")
    assert at.dataframe[0].value["Outlet"].tolist() == ["(no outlet)", "العربي الجديد"]
    at = pick_row(at, "outlets-table", 1)
    # العربي الجديد is the 2024 seed's outlet: its 9 sentences, each holding a finding.
    assert evidence_captions(at) == ["9 sentences behind the figures of العربي الجديد"]
    assert html_of(at).count('class="marsad-evidence"') == 9


def test_an_unreadable_edited_lexicon_never_locks_the_analyst_out(tmp_path):
    # What an older Marsad let the Lexicons page save: a cell of 200,000 characters.
    edited = shipped_copy(tmp_path / "user_lexicon")
    with (edited / "aliases.csv").open("a", encoding="utf-8") as handle:
        handle.write(f"lavrov,{'ل' * 200_000},variant,,\n")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    assert not at.exception, [e.value for e in at.exception]
    message = rendered(at.error[0].value)
    assert message.startswith("Your edited lexicon cannot be used:")
    assert "the file cannot be read as CSV (field larger than field limit (131072))" in message
    at.button(key="reset_broken_lexicon").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert not edited.exists()
    assert at.title[0].value == "Overview"


def test_a_topic_added_to_the_lexicon_works_everywhere_with_its_label_and_colour(fresh_corpus, tmp_path):
    edited = shipped_copy(tmp_path / "user_lexicon")
    with (edited / "topics.csv").open("a", encoding="utf-8") as handle:
        handle.write("migration,الهجرة,Migration,#c0eb75\nmigration,المهاجرين,,\n")
    (edited / "subject.csv").write_text("name,description\nMediterranean,Migration across the Mediterranean.\n", encoding="utf-8")
    open_store(fresh_corpus).add([Document("m", "وقال الدبيبة إن الهجرة غير النظامية تهدد البلاد وإن المهاجرين يعبرون الجنوب.", date="2024")])
    overview = run()
    assert "Migration across the Mediterranean." in [rendered(c.value) for c in overview.caption]
    assert "mark.hl-topic-migration { background-color: #c0eb75;" in html_of(overview)
    topics = run("topics")
    assert topics.dataframe[0].value.loc["Migration"].filter(like="hits").sum() == 2


def test_a_topic_colour_that_is_not_a_colour_is_refused_with_its_line(tmp_path):
    edited = shipped_copy(tmp_path / "user_lexicon")
    lines = (edited / "topics.csv").read_text(encoding="utf-8").count("\n")
    with (edited / "topics.csv").open("a", encoding="utf-8") as handle:
        handle.write("migration,الهجرة,Migration,red;}body{display:none\n")
    at = run()
    assert f"topics.csv:{lines + 1}: colour 'red;}}body{{display:none' is not written #rrggbb (e.g. #ffa8a8)" in rendered(at.error[0].value)


def test_a_second_subject_end_to_end_its_own_lexicon_articles_and_analysis(fresh_corpus):
    from analysis.lexicon.subjects import create_subject

    nile = create_subject("nile", "The Nile dam")
    (nile.lexicon_dir / "actors.csv").write_text(
        "actor_id,name_en,name_ar,type,affiliation\negypt,Egypt,مصر,state,\nethiopia,Ethiopia,إثيوبيا,state,\n", encoding="utf-8")
    (nile.lexicon_dir / "topics.csv").write_text("topic,term,label,colour\ndam,سد النهضة,The dam,#74c0fc\n", encoding="utf-8")
    (nile.lexicon_dir / "cues.csv").write_text("cue,cue_type,polarity,holder\nقالت,reporting,neutral,\n", encoding="utf-8")
    open_store(nile.db_path, demo=False).add([Document("n1", "وقالت مصر إن سد النهضة يهدد حصتها من المياه.", date="2024")])
    at = run(query={"subject": "nile"})
    assert at.sidebar.selectbox(key="subject_key").value == "nile"
    assert "The Nile dam: who is named, what is discussed, and who takes which stance." in [rendered(c.value) for c in at.caption]
    assert at.sidebar.caption[0].value.startswith("1 article · ")  # its own store: no seeds; one article in the singular
    actors = run("actors", query={"subject": "nile"})
    assert "Egypt" in " ".join(map(str, actors.dataframe[0].value.to_numpy().ravel()))
    stances = run("stances", query={"subject": "nile"}).dataframe[0].value
    assert stances["speaker"].tolist()[:1] == ["Egypt"]
    # back on the shipped subject: its seeds and its lexicon, untouched
    shipped = run(query={"subject": ""})
    assert shipped.sidebar.caption[0].value.startswith("2 articles")


def test_outlet_and_date_filters_from_the_url_narrow_the_pages_and_stay_in_it():
    # The 2024 seed (العربي الجديد, dated 2024) holds 6 of Lavrov's 13 mentions.
    at = run("actors", query={"outlet": ["العربي الجديد"], "actor": "lavrov"})
    assert at.sidebar.multiselect(key="filter_outlets").value == ["العربي الجديد"]
    assert at.dataframe[0].value["total"].tolist() == [6]
    assert Filters.from_query(dict(at.query_params)).outlets == ("العربي الجديد",)
    dated = run("actors", query={"from": "2018", "actor": "lavrov"})
    assert dated.sidebar.date_input(key="filter_dates").value == (date(2018, 1, 1), date(2024, 12, 31))
    assert dated.dataframe[0].value["total"].tolist() == [6]
    assert (Filters.from_query(dict(dated.query_params)).date_from, "to" in dated.query_params) == ("2018", False)
    # Narrowing the range in the sidebar to the 2017 seed's month: its first day is the corpus's
    # first (2017-08-14), so only the upper bound restricts.
    dated.sidebar.date_input(key="filter_dates").set_value((date(2017, 8, 14), date(2017, 8, 31))).run()
    assert dated.dataframe[0].value["total"].tolist() == [7]
    linked = Filters.from_query(dict(dated.query_params))
    assert (linked.date_from, linked.date_to) == ("", "2017-08-31")


def test_a_link_from_the_corpuss_first_year_keeps_its_from():
    # The seeds start on 2017-08-14: ?from=2017 put the widget on that first day, which read as no
    # bound, and the link lost from= on its first run (and with it, its leaving out of undated articles)
    at = run("actors", query={"from": "2017", "actor": "lavrov"})
    assert at.sidebar.date_input(key="filter_dates").value == (date(2017, 8, 14), date(2024, 12, 31))
    assert at.query_params["from"] == "2017" and "to" not in at.query_params
    assert at.dataframe[0].value["total"].tolist() == [13]
    at.switch_page("pages/stances.py").run()
    assert at.query_params["from"] == "2017"
    # a day the analyst picks replaces it; the corpus's edges again are no bound
    at.sidebar.date_input(key="filter_dates").set_value((date(2018, 1, 1), date(2024, 12, 31))).run()
    assert at.query_params["from"] == "2018-01-01"
    at.sidebar.date_input(key="filter_dates").set_value((date(2017, 8, 14), date(2024, 12, 31))).run()
    assert "from" not in at.query_params


def test_a_date_in_the_link_that_is_not_a_date_is_said_and_the_rest_kept():
    at = run(query={"from": "2024-13", "actor": "lavrov"})
    assert [w.value for w in at.warning] == ["The link's date range was ignored: the date \\'2024\\-13\\' has no month 13."]
    at.switch_page("pages/actors.py").run()
    assert at.dataframe[0].value["total"].tolist() == [13]
    assert "from" not in at.query_params


def test_a_link_dated_outside_the_corpus_is_said_to_be_moved_inside_it():
    # The seeds are dated 2017-08-14 and 2024 (the whole year).
    at = run(query={"from": "2099-01-01"})
    assert [w.value for w in at.warning] == [
        "The link's dates fall outside this corpus's articles (2017-08-14 to 2024-12-31): they were moved inside them."]
    assert [w.value for w in run(query={"from": "2017-09-01"}).warning] == []
    backwards = run(query={"from": "2024-05", "to": "2017"})
    assert [w.value for w in backwards.warning] == [
        "The link's date range runs backwards (from 2024\\-05 to 2017): no article can fall in it."]


def test_what_a_link_names_and_the_corpus_lacks_is_said_and_a_speaker_may_be_an_id():
    at = run(query={"actor": ["lavrov", "<b>x</b>"], "polarity": "evil", "speaker": "lavrov"})
    # Said once, escaped (the tag is shown as written, never drawn).
    assert [w.value for w in at.warning] == [
        "The link names what this corpus does not have, so it was left out: actor “\\<b\\>x\\<\\/b\\>”\\, polarity “evil”."]
    # speaker=lavrov (his id, as every other setting is written) is the speaker the stances name.
    assert at.query_params["speaker"] == "Sergey Lavrov" and at.query_params["actor"] == "lavrov"
    assert "polarity" not in at.query_params


def test_a_link_key_no_page_reads_is_said_and_taken_out_of_the_address():
    # date_from for from: the hand-written link showed every article, its key still in the address
    # as if it applied. A key another page reads (nested, the Actors page's) is no mistake.
    at = run(query={"date_from": "2024-01-01", "outlet": "العربي الجديد", "nested": "0"})
    assert [rendered(w.value) for w in at.warning] == [
        "The link's “date_from” is no setting of these pages, so it was ignored; the filters are written "
        "article, outlet, from, to, actor, type, topic, speaker, polarity and q (as in ?from=2024-05&actor=lavrov)."]
    assert "date_from" not in at.query_params
    assert (at.query_params["outlet"], at.query_params["nested"]) == ("العربي الجديد", "0")
    assert [w.value for w in run(query={"from": "2024", "gb.outlet": "x", "subject": SHIPPED}).warning] == []


def test_every_key_a_page_keeps_in_the_address_is_known_to_the_link_check():
    # A page that keeps a new key in the URL and not in url.PAGE_KEYS would have its own links called wrong.
    from dashboard import subject, url

    written = {subject.PARAM}
    for path in [*(ROOT / "pages").glob("*.py"), *(ROOT / "dashboard").glob("*.py")]:
        source = path.read_text(encoding="utf-8")
        written |= set(re.findall(r'param="([^"]+)"', source))
        written |= set(re.findall(r'query_params\.get(?:_all)?\("([^"]+)"\)', source))
        written |= set(re.findall(r'keys=\["([^"]+)"\]', source))
    assert written >= {"nested", "a", "mark", "frame", "gkind", "link", "bin"}
    assert written - url.PAGE_KEYS == set()


# A person named after a title whom the lexicon lacks (an unlisted actor, id unlisted:اسامه الزيداني:
# normalised, so never shown).
UNLISTED = "وقال المحلل السياسي أسامة الزيداني إن موسكو تدعم الحوار في ليبيا."


def test_an_unlisted_person_is_shown_by_name_and_the_table_by_its_headings(fresh_corpus):
    open_store(fresh_corpus).add([Document("unlisted", UNLISTED, date="2024-06-01")])
    at = run("actors")
    table = at.dataframe[0]
    config = json.loads(table.proto.columns)
    # The id column stays hidden: its Arabic once made it a visible column headed "actor_id".
    assert config["actor_id"] == {"hidden": True}
    assert [config[c]["label"] for c in ("actor_name", "actor_name_ar", "actor_type", "total")] == ["Actor", "Arabic name", "Type", "Total"]
    row = table.value.set_index("actor_name").loc["أسامة الزيداني"]
    assert row[["actor_type", "Article 3 (2024-06-01)", "total"]].tolist() == ["Person", 1, 1]
    # The chart's bar and the sidebar's filter name him, never by the raw id.
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = [name for trace in figure["data"] for name in trace.get("hovertext", [])]
    assert "Not in lexicon · أسامة الزيداني" in names and not [name for name in names if "unlisted:" in name]
    options = at.sidebar.multiselect(key="filter_actor_ids").options
    assert "Not in lexicon · أسامة الزيداني" in options and not [o for o in options if "unlisted:" in o]


def test_an_outlet_with_quotes_and_an_ampersand_is_drawn_as_written(fresh_corpus):
    open_store(fresh_corpus).add([Document("q1", "قال لافروف إن موسكو تدعم الحوار.", outlet='RT & "Sputnik"', date="2024-03-01")])
    figure = json.loads(run("outlets").get("plotly_chart")[0].proto.spec)
    # Escaped for plotly, which decodes &amp; but would show &quot; as those six characters.
    assert 'RT &amp; "Sputnik"' in figure["layout"]["xaxis"]["categoryarray"]


def test_a_latin_or_neutral_outlet_in_the_filter_note_is_isolated_from_the_arabic_before_it(fresh_corpus):
    # Without the isolate, "العربي الجديد, =1+1" showed as "1+1= ,العربي الجديد".
    open_store(fresh_corpus).add([Document("neutral", "قال لافروف إن موسكو تدعم الحوار في ليبيا.", outlet="=1+1", date="2024-06-01")])
    at = run(query={"outlet": ["العربي الجديد", "=1+1"]})
    notes = [c.value for c in at.caption if c.value.startswith("Filtered:")]
    assert notes == ["Filtered: Outlets\\: العربي الجديد\\, \u2068\\=1\\+1\u2069"]
    assert at.dataframe[0].value["outlet"].tolist() == ["العربي الجديد", "=1+1"]


def test_a_large_corpus_takes_article_numbers_instead_of_a_list(monkeypatch):
    from dashboard import sidebar

    # The seeds stand for a corpus over the limit: a list of 100,000 articles slowed every page.
    monkeypatch.setattr(sidebar, "ARTICLES_LISTED", 1)
    at = run()
    assert not [w for w in at.sidebar.multiselect if w.key == "filter_doc_ids"]
    field = at.sidebar.text_input(key="filter_doc_numbers")
    assert field.value == "" and "1-2" in field.placeholder
    field.set_value("2").run()
    assert at.dataframe[0].value["article"].tolist() == ["Article 2 (2024)"]
    assert at.query_params["article"] == SEED_2024
    # A number the corpus lacks is said in one line and changes nothing.
    at.sidebar.text_input(key="filter_doc_numbers").set_value("٥").run()
    assert any("the corpus has articles 1 to 2; “5” is outside them" in rendered(c.value) for c in at.sidebar.caption)
    assert at.dataframe[0].value["article"].tolist() == ["Article 2 (2024)"]
    at.sidebar.text_input(key="filter_doc_numbers").set_value(" 1 - 2 ").run()
    assert len(at.dataframe[0].value) == 2 and not any("outside" in rendered(c.value) for c in at.sidebar.caption)
    # A link names articles by id; the field shows their numbers, and Clear filters empties it.
    linked = run(query={"article": SEED_2017})
    assert linked.sidebar.text_input(key="filter_doc_numbers").value == "1"
    assert linked.dataframe[0].value["article"].tolist() == ["Article 1 (2017-08-14)"]
    linked.sidebar.button[-1].click().run()
    assert linked.sidebar.text_input(key="filter_doc_numbers").value == "" and len(linked.dataframe[0].value) == 2


def test_compare_takes_article_numbers_in_a_large_corpus(monkeypatch, fresh_corpus):
    from dashboard import sidebar

    # The seeds and one more stand for a corpus over the limit: two lists of 100,000 articles
    # took the browser 5 s to draw.
    open_store(fresh_corpus).add([Document("rt1", "قال لافروف إن موسكو تدعم الحوار في ليبيا.", outlet="روسيا اليوم", date="2024-03-01")])
    monkeypatch.setattr(sidebar, "ARTICLES_LISTED", 1)
    at = run("compare", query={"b": SEED_2024})
    assert not at.selectbox
    assert (at.number_input(key="w_compare_a_number").value, at.number_input(key="w_compare_b_number").value) == (1, 2)
    at.number_input(key="w_compare_a_number").set_value(3).run()
    assert at.query_params["a"] == "rt1" and at.query_params["b"] == SEED_2024
    assert r"**A · Article 3 \(2024\-03\-01\)**" in [m.value for m in at.markdown]
    # A number the filters leave out is said, and the article before it stays.
    at = run("compare", query={"from": "2018", "a": "rt1", "b": SEED_2024})
    at.number_input(key="w_compare_a_number").set_value(1).run()
    assert [w.value for w in at.warning] == ["Article 1 is left out by the sidebar filters; Article 3 stays."]
    assert at.query_params["a"] == "rt1"


def test_the_outlets_bubbles_stand_clear_of_each_other_and_of_the_names_above_them():
    # The biggest bubble was 30 px across on rows 30 px apart: two rows' biggest touched, and the
    # first row's touched the outlets' names above the chart.
    figure = json.loads(run("outlets").get("plotly_chart")[0].proto.spec)
    rows = len(figure["layout"]["yaxis"]["categoryarray"])
    assert rows == 15
    assert figure["layout"]["yaxis"]["range"] == [-0.75, 14.75]
    marker = figure["data"][0]["marker"]
    biggest = max(np.frombuffer(base64.b64decode(marker["size"]["bdata"]), dtype=marker["size"]["dtype"]))
    # Drawn 22 px across (plotly's area sizing: sizeref = 2 × the biggest value / diameter²).
    assert round((2 * biggest / marker["sizeref"]) ** 0.5) == 22
