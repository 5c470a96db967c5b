"""analysis.explore.highlight: escaped text, marks per kind, overlapping spans, legend and stylesheet."""

from __future__ import annotations

from analysis.explore.filters import evidence
from analysis.explore.highlight import Span, css_class, highlight_html, legend_html, stylesheet

from conftest import SEED_2024


def test_marks_a_span_with_its_kind_and_english_title():
    text = "وقال لافروف إن الوضع معقد"
    html = highlight_html(text, [Span(5, 11, "actor-person", "Sergey Lavrov (person)")])
    assert html == 'وقال <mark class="hl hl-actor-person" title="Sergey Lavrov (person)">لافروف</mark> إن الوضع معقد'


def test_article_text_cannot_inject_markup():
    text = 'قال <script>alert("x")</script> و<img src=x onerror=alert(1)> لافروف'
    start = text.index("لافروف")
    html = highlight_html(text, [Span(start, start + 6, "actor-person", 'Lavrov" onmouseover="alert(1)')])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    # The label is escaped inside its attribute: the quote cannot end it.
    assert 'title="Lavrov&quot; onmouseover=&quot;alert(1)"' in html
    assert html.count("<mark") == 1


def test_overlapping_spans_are_cut_and_marked_with_every_kind():
    text = "دعم عمل اللجنة العسكرية الليبية المشتركة"
    committee = text.index("اللجنة")
    spans = [
        Span(committee, len(text), "actor-organisation", "Joint Military Commission (5+5)"),
        Span(committee, committee + len("اللجنة العسكرية"), "topic-arms", "topic: arms"),
    ]
    html = highlight_html(text, spans)
    assert html == (
        'دعم عمل <mark class="hl hl-actor-organisation hl-topic-arms hl-overlap" '
        'title="Joint Military Commission (5+5) · topic: arms">اللجنة العسكرية</mark>'
        '<mark class="hl hl-actor-organisation" title="Joint Military Commission (5+5)"> الليبية المشتركة</mark>'
    )


def test_offset_shifts_document_spans_into_a_sentence_and_clips_them():
    sentence = "وأكد لافروف مساعي موسكو"
    html = highlight_html(sentence, [Span(100 + 5, 100 + 11, "actor-person"), Span(90, 95, "search")], offset=100)
    assert html == 'وأكد <mark class="hl hl-actor-person">لافروف</mark> مساعي موسكو'


def test_evidence_spans_mark_the_real_seed_sentence(frames):
    (item,) = evidence(frames, doc_id=SEED_2024, sentence_ids=[6], layers=("actors",))
    html = highlight_html(item.text, item.spans, offset=item.start)
    assert '<mark class="hl hl-actor-person" title="Abdullah al-Lafi (person)">اللافي</mark>' in html
    assert 'title="Joint Military Commission (5+5) (organisation)">اللجنة العسكرية الليبية المشتركة</mark>' in html


def test_css_class_keeps_lexicon_ids_safe():
    assert css_class("topic-un_mediation") == "hl-topic-un_mediation"
    assert css_class('topic-x"><script>') == "hl-topic-x_script_"


def test_legend_and_stylesheet_share_the_classes():
    legend = legend_html([("actor-person", "Person"), ("topic-arms", "Arms & weapons")])
    assert legend == (
        '<div class="hl-legend" dir="ltr"><mark class="hl hl-actor-person">Person</mark>'
        '<mark class="hl hl-topic-arms">Arms &amp; weapons</mark></div>'
    )
    css = stylesheet(["actor-person", "topic-new_topic"])
    assert "mark.hl-actor-person { background-color: #ffd8a8;" in css
    # A topic the lexicon adds later still gets a colour.
    assert "mark.hl-topic-new_topic { background-color: #" in css
    # A topic is underlined too, so arms' salmon is not read as an armed group's pink; an actor is not.
    assert "mark.hl-topic-new_topic { border-bottom: .12em dashed #495057; }" in css
    assert "hl-actor-person { border-bottom" not in css


def test_a_text_with_many_marks_is_marked_in_linear_time():
    # A pasted text of one 3,000,000-character line naming Lavrov 40,000 times: its one sentence took
    # the Actors page 88 s to mark, each piece looking through every span. 20,000 marks in ten times
    # as many characters take well under a second now (quadratic: about 25 s here).
    import time

    text = "قال لافروف " * 20_000
    spans = [Span(11 * i + 4, 11 * i + 10, "actor-person", "Sergey Lavrov (person)") for i in range(20_000)]
    # Every tenth mark overlaps a topic term: the pieces inside it carry both kinds.
    spans += [Span(11 * i, 11 * i + 10, "topic-arms", "topic: arms") for i in range(0, 20_000, 10)]
    began = time.perf_counter()
    html = highlight_html(text, spans)
    took = time.perf_counter() - began
    assert html.count('<mark class="hl hl-actor-person" title="Sergey Lavrov (person)">لافروف</mark>') == 18_000
    # The longer span first, as for one mark alone.
    assert html.count('<mark class="hl hl-topic-arms hl-actor-person hl-overlap" title="topic: arms · Sergey Lavrov (person)">لافروف</mark>') == 2_000
    assert html.startswith('<mark class="hl hl-topic-arms" title="topic: arms">قال </mark><mark class="hl hl-topic-arms hl-actor-person')
    assert took < 3, took
