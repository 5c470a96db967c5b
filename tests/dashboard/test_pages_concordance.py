"""The Concordance page through Streamlit's AppTest, on the seeds: what to look up and the sort in the
URL, the right-to-left lines, paging through many, and the download."""

from __future__ import annotations

import io
import json

import pandas as pd

from analysis.corpus.documents import Document
from analysis.corpus.seeds import open_store
from analysis.explore.concordance import COLUMNS

from test_pages import download_buttons, fresh_corpus, html_of, run  # noqa: F401 (fresh_corpus: autouse fixture)

from conftest import SEED_2024, rendered


def captions(at) -> list[str]:
    return [rendered(c.value) for c in at.caption]


def rows(at) -> list[str]:
    """The table's rows as HTML, in the order shown."""
    page = html_of(at)
    body = page[page.index("<tbody>") + 7:page.index("</tbody>")]
    return [row + "</tr>" for row in body.split("</tr>") if row]


def test_an_actor_sorted_by_the_words_before():
    at = run("concordance", query={"kw": "lavrov", "sort": "left", "words": "4"})
    assert at.title[0].value == "Concordance"
    assert "Lines 1–13 of 13 occurrences of Sergey Lavrov · سيرغي لافروف" in captions(at)
    shown = rows(at)
    assert len(shown) == 13
    # L1 of the 2024 article's opening line is الاثنين (after its comma): first in the sort.
    assert shown[0].startswith(
        '<tr><td class="kwic-left"><span dir="rtl">الطاهر الباعور، اليوم الاثنين،</span></td>'
        '<td class="kwic-key"><mark class="hl hl-actor-person">وزير الخارجية الروسي سيرغي لافروف</mark></td>'
        '<td class="kwic-right">بالعاصمة الروسية موسكو، وذلك</td>'
        '<td class="kwic-where" dir="ltr"><bdi>Article 2</bdi>\u00a0· <bdi>العربي الجديد</bdi>\u00a0· <bdi>2024</bdi>\u00a0· <bdi>s.1</bdi></td>'
    )
    # …and وكشف last (و, the last letter, after وقال).
    assert '<td class="kwic-left"><span dir="rtl">بشأن مستقبل ليبيا. وكشف</span></td>' in shown[-1]
    assert '<div class="marsad-kwic-box"><table class="marsad-kwic" dir="rtl" lang="ar">' in html_of(at)
    assert (at.query_params["of"], at.query_params["kw"], at.query_params["sort"], at.query_params["words"]) == (
        "actor", "lavrov", "left", "4")


def test_cues_and_terms_by_their_lexicon_entry():
    at = run("concordance", query={"of": "cue", "kw": "أكد"})
    assert "Lines 1–5 of 5 occurrences of أكد · neutral reporting cue" in captions(at)
    assert all('<mark class="hl hl-cue-neutral">' in row for row in rows(at))
    at = run("concordance", query={"of": "term"})
    # The most frequent term comes first: عسكري, four times, of the arms topic.
    assert "Lines 1–4 of 4 occurrences of عسكري · Arms" in captions(at)
    assert at.query_params["kw"] == "عسكري"


def test_the_filters_narrow_the_lines():
    at = run("concordance", query={"kw": "lavrov", "outlet": "العربي الجديد"})
    assert "Lines 1–6 of 6 occurrences of Sergey Lavrov · سيرغي لافروف" in captions(at)
    assert all("<bdi>Article 2</bdi>" in row for row in rows(at))


def test_many_lines_are_paged(fresh_corpus):
    # Sixty more mentions of Lavrov, in an article of sixty sentences.
    open_store(fresh_corpus).add([Document("many", " ".join(["وقال لافروف إن موسكو تدعم الحوار."] * 60), date="2024-07", outlet="Outlet C")])
    at = run("concordance", query={"kw": "lavrov"})
    assert "Lines 1–50 of 73 occurrences of Sergey Lavrov · سيرغي لافروف" in captions(at)
    assert len(rows(at)) == 50
    at.number_input(key="kwic_page").set_value(2).run()
    assert "Lines 51–73 of 73 occurrences of Sergey Lavrov · سيرغي لافروف" in captions(at)
    assert len(rows(at)) == 23
    assert all("<bdi>Outlet C</bdi>" in row for row in rows(at))


def test_the_download_holds_every_line_in_the_order_shown(monkeypatch):
    added = download_buttons(monkeypatch)
    run("concordance", query={"kw": "lavrov", "sort": "right", "words": "3"})
    # The page's downloads, beside the sidebar's report of the view.
    files = {name: data for data, name in added if not name.startswith("marsad-report-")}
    # Named for whose lines they are (marsad-concordance-2017-2024 did not say), and the JSON's
    # provenance records the keyword.
    stem = "marsad-concordance-actor-lavrov-2017-2024"
    assert sorted(files) == [f"{stem}.{suffix}" for suffix in ("csv", "json", "xlsx", "zip")]
    settings = json.loads(json.loads(files[f"{stem}.json"]())["provenance"]["settings"])
    assert (settings["of"], settings["keyword"]) == ("actor", "lavrov")
    lines = pd.read_csv(io.BytesIO(files[f"{stem}.csv"]()), encoding="utf-8-sig", keep_default_na=False)
    assert list(lines.columns) == COLUMNS and len(lines) == 13
    # R1 normalised: أبدى (ابدي) before أكد (اكد) twice, which R2 orders: استمرار before للوفد.
    assert lines[["doc_id", "keyword", "right"]].head(3).values.tolist() == [
        [SEED_2024, "لافروف", " أبدى استعداد بلاده"], [SEED_2024, "لافروف", " أكد استمرار دعم"],
        [SEED_2024, "لافروف", " أكد للوفد الليبي"],
    ]


def test_an_actors_count_is_drawn_after_both_names():
    # Without the left-to-right mark the count joined the Arabic name's direction and was drawn
    # between the names: "Sergey Lavrov · (13) سيرغي لافروف".
    at = run("concordance", query={"kw": "lavrov"})
    assert at.selectbox[0].value == "lavrov"
    assert "Sergey Lavrov · سيرغي لافروف\u200e (13)" in at.selectbox[0].options


def warnings(at) -> list[str]:
    return [rendered(w.value) for w in at.warning]


def test_a_link_naming_what_the_filters_leave_out_says_so():
    # Wagner is named in the 2024 article only: a link to his lines within 2017 showed Libya's
    # lines in their place without a word (the README: a link naming what the corpus lacks says so).
    at = run("concordance", query={"kw": "wagner", "from": "2017", "to": "2017"})
    assert warnings(at) == [
        "The link's actor “Wagner Group · مجموعة فاغنر” does not occur under these filters; "
        "Libya · ليبيا is shown instead."
    ]
    assert at.query_params["kw"] == "libya"
    # Said once, for the link: the lines the analyst then picks are the analyst's own.
    at.selectbox[0].set_value("lavrov").run()
    assert warnings(at) == []
    # An occurrence kind no page has, and a keyword no lexicon has, are said too.
    at = run("concordance", query={"of": "quotes", "kw": "<b>x</b>"})
    assert warnings(at) == [
        "The link's “of=quotes” is none of actor, term or cue; actor is shown instead.",
        "The link's actor “<b>x</b>” does not occur under these filters; Libya · ليبيا is shown instead.",
    ]
    # A link that names what is there says nothing.
    assert warnings(run("concordance", query={"kw": "wagner"})) == []
