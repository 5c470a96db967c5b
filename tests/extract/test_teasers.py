"""A line pointing to another article (اقرأ أيضاً …) holds no mention, no topic hit and no statement."""

from analysis.arabic.text import prepare
from analysis.extract.pipeline import analyze
from analysis.extract.teasers import TeaserLines

from conftest import snippet

# Written for the test, as news pages lay a teaser out: a bare «اقرأ أيضاً:» line, a blank line,
# another article's headline; then the article goes on; then a teaser on one line.
PAGE = (
    "قال لافروف إن موسكو تدعم الحوار.\n"
    "اقرأ أيضاً:\n"
    "\n"
    "زاخاروفا: روسيا ترفض العقوبات\n"
    "وأضاف لافروف أن بلاده مستعدة.\n"
    "اقرأ أيضاً: النفط الليبي يرتفع\n"
    "وقال بيسكوف إن الكرملين يرحب."
)
# The same with its paragraphs as long as a page's (over 100 characters): short lines in a row
# are read as one paragraph wrapped at a fixed width (analysis.arabic.text), whose sentences run
# over the breaks.
LONG = "، في مؤتمر صحفي عقده في العاصمة الروسية اليوم بعد لقائه وفدا ليبيا يمثل حكومة الوحدة الوطنية،"
PAGE_LONG = (
    f"قال لافروف{LONG} إن موسكو تدعم الحوار.\n"
    "اقرأ أيضاً:\n"
    "\n"
    "زاخاروفا: روسيا ترفض العقوبات\n"
    f"وأضاف لافروف{LONG} أن بلاده مستعدة.\n"
    "اقرأ أيضاً: النفط الليبي يرتفع\n"
    f"وقال بيسكوف{LONG} إن الكرملين يرحب."
)


def test_the_teaser_lines_are_the_phrases_line_and_the_headline_under_it(lexicon):
    lines = TeaserLines.of(prepare(PAGE), lexicon.language.teasers)
    assert [PAGE[start:end] for start, end in lines.spans] == [
        "اقرأ أيضاً:", "زاخاروفا: روسيا ترفض العقوبات", "اقرأ أيضاً: النفط الليبي يرتفع",
    ]
    assert lines.spans[1] == (46, 75)
    assert lines.covers(46) and lines.covers(74) and not lines.covers(75) and not lines.covers(76)


def test_a_headline_four_lines_below_a_bare_teaser_phrase_is_the_article_again(lexicon):
    text = "اقرأ أيضاً\n\n\n\nزاخاروفا: روسيا ترفض العقوبات"
    assert TeaserLines.of(prepare(text), lexicon.language.teasers).spans == ((0, 10),)


def test_share_buttons_and_labels_between_the_phrase_and_its_headline_keep_the_headline_a_teaser(lexicon):
    # As a real page saved it: the phrase, two share buttons, the phrase again, a label twice,
    # then the other article's headline (its petrol price was an energy hit of this article).
    text = "وأكد لافروف دعم الحوار.\n\nإقرأ أيضاً\nWhatsApp\nTelegram\nإقرأ أيضاً\nعاجل\nعاجل\nارتفاع أسعار البنزين للمرة الثالثة"
    lines = TeaserLines.of(prepare(text), lexicon.language.teasers)
    assert [text[start:end] for start, end in lines.spans] == [
        "إقرأ أيضاً", "WhatsApp", "Telegram", "إقرأ أيضاً", "عاجل", "عاجل", "ارتفاع أسعار البنزين للمرة الثالثة",
    ]
    assert analyze([snippet(text)], lexicon).topics.empty
    # A headline of several words ends the run: the line after it is the article's again.
    text = "إقرأ أيضاً\nعاجل\nارتفاع أسعار البنزين\nوأكد لافروف أن النفط الليبي مهم."
    assert [text[start:end] for start, end in TeaserLines.of(prepare(text), lexicon.language.teasers).spans] == [
        "إقرأ أيضاً", "عاجل", "ارتفاع أسعار البنزين",
    ]


def test_another_articles_headline_is_no_statement_topic_or_mention(lexicon):
    frames = analyze([snippet(PAGE_LONG)], lexicon)
    # Before, the headline under «اقرأ أيضاً:» was Zakharova's negative statement, and «النفط» an
    # energy hit of an article about neither.
    assert frames.stances[["speaker_name", "cue", "polarity", "attribution"]].values.tolist() == [
        ["Sergey Lavrov", "قال", "neutral", "after_verb"],
        ["Sergey Lavrov", "تدعم", "positive", "in_statement"],
        ["Sergey Lavrov", "وأضاف", "neutral", "after_verb"],
        ["Sergey Lavrov", "مستعدة", "positive", "in_statement"],
        ["Dmitry Peskov", "وقال", "neutral", "after_verb"],
        ["Dmitry Peskov", "يرحب", "positive", "in_statement"],
    ]
    assert frames.topics.empty
    assert "zakharova" not in set(frames.mentions["actor_id"])


def test_a_headline_that_runs_into_the_articles_next_line_gives_the_next_line_its_speaker(lexicon):
    # Short lines in a row are one hard-wrapped paragraph: the teaser's headline and «وأضاف لافروف …»
    # are one sentence. Before, it was Zakharova's headline and she took «وأضاف» too.
    frames = analyze([snippet(PAGE)], lexicon)
    rows = frames.stances[["sentence_id", "speaker_name", "cue", "polarity"]].values.tolist()
    assert rows[2:4] == [[3, "Sergey Lavrov", "وأضاف", "neutral"], [3, "Sergey Lavrov", "مستعدة", "positive"]]
    assert frames.topics.empty


def test_a_teaser_phrase_with_one_letter_slipped_is_a_teaser_line(lexicon):
    # «اقرأ أبضا» (ب for ي) opens a teaser line as «اقرأ أيضا» does: no mention of Peskov there
    text = "قال لافروف إن موسكو تدعم الحوار.\nاقرأ أبضا: بيسكوف يعلق على الانتخابات\n"
    lines = TeaserLines.of(prepare(text), lexicon.language.teasers)
    assert [text[start:end] for start, end in lines.spans] == ["اقرأ أبضا: بيسكوف يعلق على الانتخابات"]
    frames = analyze([snippet(text)], lexicon)
    assert frames.mentions["actor_id"].tolist() == ["lavrov", "moscow"]
