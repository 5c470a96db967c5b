"""The dashboard through Streamlit's AppTest, on the real seeds and the shipped lexicon.

Every page runs from the entrypoint (``app.py``), as ``streamlit run`` runs it, so the sidebar
filters and the URL are part of each test. Plotly selections cannot be made in AppTest, so
:func:`select` stands in for the browser: it answers the page's ``st.plotly_chart`` call with a
selection of the points whose ``customdata`` a test picks, exactly as the frontend would send it.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.elements.plotly_chart import PlotlySelectionState, PlotlyState
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from analysis.corpus.documents import Document
from analysis.corpus.seeds import open_store
from analysis.lexicon.read import DATA_DIR, FILES

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
    assert [m.label for m in at.sidebar.multiselect] == ["Articles", "Actors", "Actor types", "Topics", "Speakers", "Polarity"]
    assert '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Arial", sans-serif' in html_of(at)


def test_overview_shows_the_articles_and_their_figures():
    at = run()
    table = at.dataframe[0].value
    assert table["article"].tolist() == ["Article 1 (2017-08-14)", "Article 2 (2024)"]
    assert table[["n_sentences", "n_tokens", "mentions", "actors"]].values.tolist() == [[14, 362, 39, 11], [9, 368, 48, 21]]
    page = html_of(at)
    assert '<div class="marsad-ar marsad-title" dir="rtl" lang="ar">اللافي والباعور يلتقيان لافروف في موسكو</div>' in page
    assert [m.label for m in at.metric][:3] == ["Sentences", "Mentions", "Tokens"]


def test_overview_bar_selection_shows_its_sentences(monkeypatch):
    select(monkeypatch, "overview-profile", lambda data: data == [SEED_2024, "stance:negative"])
    at = run()
    # Captions are markdown: the label's brackets come escaped, and render as written.
    assert r"1 sentence behind negative stances in Article 2 \(2024\)" in [c.value for c in at.caption]
    assert '<mark class="hl hl-cue-negative" title="(article): negative evaluative cue">عدوانه</mark>' in html_of(at)


def test_actors_table_carries_english_and_arabic_names():
    at = run("actors")
    table = at.dataframe[0].value.set_index("actor_name")
    assert table.loc["Sergey Lavrov", ["actor_name_ar", "Article 1 (2017-08-14)", "Article 2 (2024)", "total"]].tolist() == [
        "سيرغي لافروف", 7, 6, 13,
    ]
    assert table.loc["Wagner Group", "actor_type"] == "Armed group"


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
    assert len(table) == 45
    assert list(table.columns)[:7] == ["article", "sentence_id", "speaker", "cue", "polarity", "target_label", "quote"]
    at.sidebar.multiselect(key="filter_polarities").set_value(["negative"]).run()
    negative = at.dataframe[0].value
    assert negative[["speaker", "cue"]].values.tolist() == [
        ["Sergey Lavrov", "خطر"], ["Khalifa Haftar", "حظر ظالم"], ["Khalifa Haftar", "حظر ظالم"],
        ["Khalifa Haftar", "دعم"], ["Khalifa Haftar", "أخل"], ["(article)", "عدوانه"], ["(article)", "مرتزقة"],
    ]
    # Targets are shown by name: an actor in English, a topic by its label.
    assert negative["target_label"].tolist()[:2] == ["التطرف", "topic: Arms"]
    assert at.query_params["polarity"] == "negative"


def test_stance_bar_selection_marks_the_cues(monkeypatch):
    select(monkeypatch, "stances-speakers", lambda data: data == ["Khalifa Haftar", "negative"])
    at = run("stances")
    assert "3 sentences behind negative cues of Khalifa Haftar" in [c.value for c in at.caption]
    assert '<mark class="hl hl-cue-negative" title="Khalifa Haftar: negative evaluative cue">حظر ظالم</mark>' in html_of(at)


def test_topics_raw_and_per_thousand():
    at = run("topics")
    rates = at.dataframe[0].value
    assert rates.loc["UN mediation", "Article 1 (2017-08-14): hits"] == 6
    assert rates.loc["UN mediation", "Article 1 (2017-08-14): per 1,000"] == pytest.approx(16.575)
    assert at.query_params["measure"] == "rate"
    at.button_group[0].set_value("hits").run()
    assert at.query_params["measure"] == "hits"


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
    texts = [h.value for h in at.get("html") if h.value.startswith('<div class="marsad-ar marsad-box"')]
    assert len(texts) == 2
    assert texts[0].startswith('<div class="marsad-ar marsad-box" dir="rtl" lang="ar">العربي الجديد-')
    assert '<mark class="hl hl-armed_group' not in texts[0]
    assert '<mark class="hl hl-actor-armed_group" title="Wagner Group (armed group)">فاغنر</mark>' in texts[0]
    assert 'title="Ghassan Salamé (person)">غسان سلامة</mark>' in texts[1]
    assert at.query_params["a"] == SEED_2024 and at.query_params["b"] == SEED_2017


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
    expected = r"filtered by q\: \=HYPERLINK\(1\) \*\*x\*\* \[y\]\(https\:\/\/example\.org\)"
    assert any(m.value.endswith(expected) for m in at.markdown)
    overview = run(query={"q": "[y](https://example.org)"})
    assert r"Filtered: q\: \[y\]\(https\:\/\/example\.org\)" in [c.value for c in overview.caption]


def test_data_filter_reduces_the_table_and_the_download_holds_those_rows(monkeypatch):
    added = download_buttons(monkeypatch)
    at = run("data")
    assert len(at.dataframe[0].value) == 87
    added.clear()
    at.sidebar.multiselect(key="filter_actor_ids").set_value(["lavrov"]).run()
    shown = at.dataframe[0].value
    assert len(shown) == 13 and set(shown["actor_id"]) == {"lavrov"}
    assert r"**13** of 87 rows · filtered by actor\: lavrov" in [m.value for m in at.markdown]
    assert at.query_params["actor"] == "lavrov"
    files = dict((name, data()) for data, name in added)
    csv = files["marsad-mentions.csv"]
    assert csv.startswith("\ufeff# Marsad export; ".encode("utf-8"))
    rows = pd.read_csv(io.BytesIO(csv), comment=None, skiprows=1, encoding="utf-8")
    assert len(rows) == 13 and set(rows["actor_id"]) == {"lavrov"}
    assert rows["surface"].tolist() == shown["surface"].tolist()
    payload = json.loads(files["marsad-mentions.json"])
    assert len(payload["rows"]) == 13 and payload["provenance"]["settings"] == '{"filters": {"actor": ["lavrov"]}, "frame": "mentions"}'
    excel = pd.read_excel(io.BytesIO(files["marsad-mentions.xlsx"]), sheet_name="mentions")
    assert excel["start"].tolist() == shown["start"].tolist()
    # on_click="ignore": downloading does not rerun the page.
    buttons = at.get("download_button")
    assert [b.label for b in buttons] == ["CSV", "Excel", "JSON"] and all(b.proto.ignore_rerun for b in buttons)


def test_control_characters_do_not_break_the_excel_download_and_are_counted(fresh_corpus, monkeypatch):
    added = download_buttons(monkeypatch)
    open_store(fresh_corpus).add([Document("ctrl", "وقال لافروف\x0b إن موسكو تدعم الحوار\x1b.", date="2024")])
    at = run("data", query={"frame": "documents"})
    assert "1 cell holds control characters that Excel cannot store" in " ".join(c.value for c in at.caption)
    excel = dict((name, data) for data, name in added)["marsad-documents.xlsx"]()
    cells = pd.read_excel(io.BytesIO(excel), sheet_name=None)
    assert cells["documents"]["text"].tolist()[-1] == "وقال لافروف إن موسكو تدعم الحوار."
    assert dict(zip(cells["provenance"]["key"], cells["provenance"]["value"]))["cells_cleaned"].startswith("1 ")


def test_search_ignores_diacritics_and_alef_forms():
    at = run("data", query={"frame": "sentences"})
    at.sidebar.text_input(key="filter_search").input("الامم المتحده").run()
    shown = at.dataframe[0].value
    assert shown[["doc_id", "sentence_id"]].values.tolist() == [[SEED_2017, 2], [SEED_2017, 5], [SEED_2017, 6]]
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
    edited = tmp_path / "user_lexicon"
    edited.mkdir()
    for name in FILES:
        (edited / f"{name}.csv").write_text((DATA_DIR / f"{name}.csv").read_text(encoding="utf-8"), encoding="utf-8")
    with (edited / "aliases.csv").open("a", encoding="utf-8") as handle:
        handle.write("lavrov2,لافروف,name,,\n")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    assert not at.exception
    assert r"unknown actor\_id \'lavrov2\'" in at.error[0].value


def test_an_unreadable_edited_lexicon_never_locks_the_analyst_out(tmp_path):
    # What an older Marsad let the Lexicons page save: a cell of 200,000 characters.
    edited = tmp_path / "user_lexicon"
    edited.mkdir()
    for name in FILES:
        (edited / f"{name}.csv").write_text((DATA_DIR / f"{name}.csv").read_text(encoding="utf-8"), encoding="utf-8")
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
