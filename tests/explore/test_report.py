"""analysis.explore.report: the HTML report of a filtered view, on the seeds and on hostile metadata."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime

import pytest

from analysis.explore.filters import Filters, parse_query
from analysis.explore.report import EVIDENCE_PER_FIGURE, report_html, report_name
from analysis.extract.pipeline import analyze

from conftest import snippet

WHEN = datetime(2025, 3, 4, 9, 30)


def figure(html: str, name: str) -> str:
    """The value of a headline figure card, as printed."""
    found = re.search(rf'<div class="value">([\d,]+)</div><div class="name">{name}</div>', html)
    assert found, name
    return found.group(1)


@pytest.fixture(scope="module")
def whole(frames, lexicon) -> str:
    return report_html(frames, lexicon, Filters(), lexicon_words="the shipped lexicon", generated=WHEN)


def test_the_header_names_the_subject_the_date_and_the_lexicon_version(whole, lexicon):
    assert "<h1>Marsad report: <bdi>Russia–Libya relations</bdi></h1>" in whole
    assert "<tr><th>Generated</th><td>2025-03-04 09:30</td></tr>" in whole
    assert f"<tr><th>Lexicon</th><td>version <code>{lexicon.version}</code> (the shipped lexicon)</td></tr>" in whole
    assert "<tr><th>Filters</th><td>none: every article</td></tr>" in whole
    assert "<tr><th>Articles</th><td>2 of 2 articles, dated 2017-2024</td></tr>" in whole


def test_the_headline_figures_of_the_seeds(whole):
    # 362 + 368 tokens, 43 + 49 mentions (nested ones counted), 25 + 20 topic hits (tests/extract/test_topics.py).
    assert [figure(whole, name) for name in ("Articles", "Words", "Mentions", "Actors", "Stances", "Topic hits")] == [
        "2", "730", "92", "27", "50", "45",
    ]
    assert "15 positive · 10 negative · 25 neutral" in whole
    # Topic shares: 20 of 45 hits are arms (9 + 11), 20 per 730 words = 27.40 per 1,000; as many UN mediation (14 + 6).
    assert "<tr><td>Arms</td><td>20</td><td>44%</td><td>27.40</td></tr>" in whole
    assert "<tr><td>UN mediation</td><td>20</td><td>44%</td><td>27.40</td></tr>" in whole
    assert "<tr><td>Negative</td><td>10</td><td>20%</td></tr>" in whole


def test_the_filters_are_said_in_words_and_narrow_every_figure(frames, lexicon):
    html = report_html(frames, lexicon, Filters(actor_ids=("lavrov",), polarities=("negative",)), generated=WHEN)
    assert '<li><b>Actors:</b> <bdi>Sergey Lavrov · سيرغي لافروف</bdi></li><li><b>Polarity:</b> <bdi>Negative</bdi></li>' in html
    assert ">lavrov<" not in html and "actor: lavrov" not in html
    # Two negative stances by or about Lavrov, in one sentence of the 2017 article (معقدا، خطر): that
    # article is the one kept, with his 7 mentions there (13 in both seeds).
    assert (figure(html, "Mentions"), figure(html, "Actors"), figure(html, "Stances")) == ("7", "1", "2")
    # His 7 mentions there are in 7 sentences (1-6 and 8); the one holding that negative stance is
    # shown, and said to be one of them: "7 mentions · 1 sentence" read as 7 mentions in one sentence.
    # Topic sentences naming Lavrov hold no negative stance, so the topics get no evidence group.
    assert re.findall(r"<h3><bdi>(.*?)</bdi>(?: <span class=\"count\">· (.*?)</span>)?</h3>", html) == [
        ("Sergey Lavrov · سيرغي لافروف (person), 7 mentions in 7 sentences", "1 of them kept by the filters"),
        ("Negative stances, 2 cues in 1 sentence", ""),
    ]
    html = report_html(frames, lexicon, Filters(actor_ids=("lavrov",)), generated=WHEN)
    assert "Sergey Lavrov · سيرغي لافروف (person), 13 mentions in 12 sentences</bdi> <span class=\"count\">· the first 3 shown" in html
    # UN mediation: 20 hits in 8 sentences of the seeds (2017: 2, 4, 5, 6, 10, 13; 2024: 5, 6), of which
    # 2017's 2, 4, 5, 6 and 2024's 5 name Lavrov (the topic's figure is not narrowed by actors, its sentences are).
    assert "Topic: UN mediation, 20 hits in 8 sentences</bdi> <span class=\"count\">· 5 of them kept by the filters, the first 3 shown" in html


def test_the_report_opens_offline_with_plotly_inlined_once(whole):
    assert whole.count('class="plotly-graph-div"') == 3  # top actors, topics, stances by speaker
    # The axes make room for their labels (a file has no Streamlit around it): the topics' axis title
    # stood over its ticks.
    assert '"yaxis":{"title":{"text":"hits per 1,000 words"},"automargin":true}' in whole
    assert '"xaxis":{"title":{"text":"stance cues"},"nticks":6,"automargin":true}' in whole
    assert not re.search(r"<script[^>]*\bsrc=", whole)
    # Outside the scripts (plotly.js holds addresses as strings of its own), nothing names an address.
    markup = re.sub(r"<script\b[^>]*>.*?</script>", "", whole, flags=re.S)
    assert not re.search(r"<link\b|<iframe\b|<img\b", markup)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", markup)
    assert not re.search(r"@import|url\(", markup)
    # The bundle is in the first chart only: plotly's own header comment appears once.
    assert len(re.findall(r"\* plotly\.js v\d", whole)) == 1


def test_arabic_is_right_to_left_and_the_evidence_is_marked_and_capped(whole):
    blocks = re.findall(r'<div class="ar"[^>]*>', whole)
    assert blocks and set(blocks) == {'<div class="ar" dir="rtl" lang="ar">'}
    assert re.search(r'<td class="ar" dir="rtl" lang="ar">لافروف يستقبل حفتر في موسكو', whole)
    # Sentence 1 of the 2017 seed, with the title and the name marked as one person mention.
    assert '<mark class="hl hl-actor-person" title="Sergey Lavrov (person)">وزير الخارجية الروسي سيرجي لافروف</mark>' in whole
    groups = re.findall(r'<div class="group">(.*?)(?=<div class="group">|</section>)', whole, flags=re.S)
    # Three top actors, two top topics, negative and positive stances.
    assert len(groups) == 7
    assert all(group.count('<div class="sentence">') <= EVIDENCE_PER_FIGURE for group in groups)
    assert "@media print" in whole and "break-inside: avoid" in whole


def test_hostile_metadata_and_filter_values_are_escaped(seeds, lexicon):
    hostile = replace(
        snippet("وقال لافروف إن موسكو ترحب بالحوار بين الأطراف الليبية في جنيف.", date="2024-06-01", doc_id="hostile"),
        title="<script>alert(1)</script>", outlet='<img src=x onerror="alert(2)">',
    )
    frames = analyze([*seeds.values(), hostile], lexicon)
    html = report_html(frames, lexicon, Filters(outlets=(hostile.outlet,)), generated=WHEN)
    assert figure(html, "Articles") == "1"
    # In the filters, the articles table and above each evidence sentence.
    assert html.count("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;") >= 3
    assert html.count('<bdi class="ar-inline" dir="rtl" lang="ar">&lt;script&gt;alert(1)&lt;/script&gt;</bdi>') >= 1
    assert '<td class="ar" dir="rtl" lang="ar">&lt;script&gt;alert(1)&lt;/script&gt;</td>' in html
    assert "<script>alert" not in html and "<img" not in html


def test_no_article_left_is_said_and_draws_no_chart(frames, lexicon):
    html = report_html(frames, lexicon, Filters(outlets=("no such outlet",)), generated=WHEN)
    assert '<p class="empty">No article matches the filters.</p>' in html
    assert figure(html, "Articles") == "0" and "plotly" not in html


def test_the_file_name_says_what_the_report_holds(frames):
    assert report_name(frames, Filters()) == "marsad-report-2017-2024.html"
    assert report_name(frames, parse_query("actor=lavrov&from=2024")) == "marsad-report-2024-lavrov.html"


def test_the_file_name_spans_the_dates_of_the_articles_the_report_holds(frames, lexicon):
    # Al-Lafi is named in the 2024 seed only: his report holds that article, and its name said
    # 2017-2024 (the dates of every article, before the actor chose them).
    assert report_name(frames, parse_query("actor=lafi")) == "marsad-report-2024-lafi.html"
    assert "<tr><th>Articles</th><td>1 of 2 articles, dated 2024</td></tr>" in report_html(frames, lexicon, parse_query("actor=lafi"))
    # A search that only the 2017 seed's text holds (حظر ظالم, "an unjust embargo").
    assert report_name(frames, parse_query("q=حظر ظالم")) == "marsad-report-2017-08-14-filtered.html"


def test_the_file_name_names_a_speaker_by_his_english_name(frames):
    # "marsad-report-2017-2024-filtered" said nothing of whose statements it held.
    assert report_name(frames, parse_query("speaker=Khalifa Haftar")) == "marsad-report-2017-08-14-khalifa-haftar.html"
    # A speaker the lexicon lacks has only his Arabic name: the name says the view is filtered.
    assert report_name(frames, parse_query("speaker=تقارير إعلامية دولية")) == "marsad-report-2024-filtered.html"


def test_a_starred_speaker_on_the_stances_chart_is_explained(seeds, lexicon):
    # «* عبد السلام الورشفاني»: "Not in lexicon · " and a name of 21 letters do not fit the axis, so the
    # name is starred, as on the dashboard; the dashboard says what the star means, and so must the file.
    unlisted = snippet("وقال الباحث السياسي عبد السلام الورشفاني إن الاتفاق خطوة مهمة.", date="2024-06-01", doc_id="starred")
    html = report_html(analyze([*seeds.values(), unlisted], lexicon), lexicon, Filters(), generated=WHEN)
    assert json.dumps("* عبد السلام الورشفاني")[1:-1] in html  # on the axis: plotly writes its Arabic as \u escapes
    stances = re.search(r"<figcaption><b>Stances by speaker and polarity</b> · ([^<]*)</figcaption>", html).group(1)
    assert stances.endswith("* not in the lexicon (add it on the Suggestions page).")


def test_no_star_no_note(whole):
    # The seeds' speakers are all in the lexicon or unnamed: no chart explains a star it does not show.
    assert "not in the lexicon (add it" not in whole
