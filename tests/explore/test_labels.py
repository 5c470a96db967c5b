"""analysis.explore.labels: ids in words, as the dashboard and the report show them."""

from __future__ import annotations

from analysis.explore.filters import Filters
from analysis.explore.labels import (
    actor_label, actor_name, article_labels, counted, article_number, describe, filter_words, setting_formats, speaker_label, topic_label, type_label,
    title_holders, unlisted_speakers, written_names,
)
from analysis.corpus.documents import Document
from analysis.extract.pipeline import analyze

from conftest import SEED_2017, SEED_2024, snippet


def test_ids_in_words(lexicon):
    assert actor_label(lexicon, "lavrov") == "Sergey Lavrov · سيرغي لافروف"
    assert actor_label(lexicon, "gone_from_the_lexicon") == "gone_from_the_lexicon"
    # A person named after a title whom the lexicon lacks: the name, never the raw id.
    assert actor_label(lexicon, "unlisted:سامر الزيداني") == "Not in lexicon · سامر الزيداني"
    assert actor_name(lexicon, "unlisted:سامر الزيداني") == "سامر الزيداني"
    assert topic_label(lexicon, "un_mediation") == "UN mediation"
    assert type_label("armed_group") == "Armed group" and type_label("militia_unit") == "Militia unit"
    assert speaker_label(lexicon, "lavrov", "Sergey Lavrov") == "Sergey Lavrov"
    assert speaker_label(lexicon, "", "(article)") == "the article itself (no quote)"


def test_a_count_of_one_is_singular():
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(1204, "mention") == "1,204 mentions"
    assert counted(1, "negative cue") == "1 negative cue"
    assert counted(2, "entry", "entries") == "2 entries" and counted(1, "entry", "entries") == "1 entry"


def test_an_article_is_numbered_without_its_date(frames):
    labels = article_labels(frames.documents)
    assert labels == {SEED_2017: "Article 1 (2017-08-14)", SEED_2024: "Article 2 (2024)"}
    assert [article_number(label) for label in labels.values()] == ["Article 1", "Article 2"]
    assert article_number("Article 3 (undated)") == "Article 3"


def test_an_unlisted_person_is_named_as_first_written_not_by_the_normalised_id(lexicon):
    # The id holds the normalised name (hamza and ta marbuta gone); the label shows the article's
    # spelling, the first one where two spellings occur.
    text = "وقال المحلل السياسي أسامة الزيداني إن موسكو تدعم الحوار. وقال الخبير أسامه الزيداني إن الحل سياسي."
    mentions = analyze([snippet(text)], lexicon).mentions
    unlisted = mentions[mentions["actor_id"] == "unlisted:اسامه الزيداني"]
    assert unlisted[["start", "end"]].values.tolist() == [[20, 34], [69, 83]]
    assert [text[start:end] for start, end in unlisted[["start", "end"]].values] == ["أسامة الزيداني", "أسامه الزيداني"]
    written = written_names(mentions)
    assert written == {"unlisted:اسامه الزيداني": "أسامة الزيداني"}
    assert actor_label(lexicon, "unlisted:اسامه الزيداني", written) == "Not in lexicon · أسامة الزيداني"
    assert actor_name(lexicon, "unlisted:اسامه الزيداني", written) == "أسامة الزيداني"
    assert actor_label(lexicon, "lavrov", written) == "Sergey Lavrov · سيرغي لافروف"


def test_filters_in_words(frames, lexicon):
    articles = article_labels(frames.documents)
    assert articles == {SEED_2017: "Article 1 (2017-08-14)", SEED_2024: "Article 2 (2024)"}
    formats = setting_formats(lexicon, articles)
    filters = Filters(doc_ids=(SEED_2024,), date_from="2024", actor_ids=("lavrov", "haftar_khalifa"), speakers=("(article)",))
    assert filter_words(filters, formats) == [
        ("Articles", ["Article 2 (2024)"]), ("From", ["2024"]),
        ("Actors", ["Sergey Lavrov · سيرغي لافروف", "Khalifa Haftar · خليفة حفتر"]), ("Speakers", ["the article itself (no quote)"]),
    ]
    assert describe(Filters(polarities=("negative",)), formats) == "Polarity: Negative"
    assert describe(Filters(), formats) == "all rows"


def test_a_speaker_the_lexicon_lacks_is_shown_unlisted_or_unnamed(lexicon):
    # One person the lexicon lacks, named after his title, and one unnamed group: bare, the two
    # read alike on the Stances page (سالم الورفلي beside دبلوماسيون غربيون).
    text = ("قال النائب في البرلمان الليبي سالم الورفلي إن الوجود الأجنبي خطر. "
            "وأعلن دبلوماسيون غربيون أن المحادثات فشلت. وقال لافروف إن الحوار مستمر.")
    stances = analyze([Document(doc_id="d", text=text)], lexicon).stances
    unlisted = unlisted_speakers(stances)
    assert unlisted == {"سالم الورفلي": "Not in lexicon · سالم الورفلي", "دبلوماسيون غربيون": "Unnamed · دبلوماسيون غربيون"}
    assert speaker_label(lexicon, "", "دبلوماسيون غربيون", unlisted) == "Unnamed · دبلوماسيون غربيون"
    assert speaker_label(lexicon, "", "سالم الورفلي", unlisted) == "Not in lexicon · سالم الورفلي"
    assert speaker_label(lexicon, "lavrov", "Sergey Lavrov", unlisted) == "Sergey Lavrov"
    assert speaker_label(lexicon, "", "(article)", unlisted) == "the article itself (no quote)"
    # The sidebar's Speakers filter and the report's filter line say it the same way.
    formats = setting_formats(lexicon, {}, {}, unlisted)
    assert formats["speakers"]("سالم الورفلي") == "Not in lexicon · سالم الورفلي"
    assert formats["speakers"]("Sergey Lavrov") == "Sergey Lavrov"
    assert unlisted_speakers(stances.iloc[0:0]) == {}


def test_a_speaker_holding_a_title_no_date_resolves_is_named_with_the_title(lexicon):
    # Its English name only lists who may hold it; the Arabic title is what the article says.
    # One name wherever it is read (the Stances page's bars said "Holder unclear", its hover and
    # sentences "Unresolved title (…)"); who may hold it is said beside it.
    assert speaker_label(lexicon, "unresolved:الرئيس الروسي", "Unresolved title (Dmitry Medvedev or Vladimir Putin)") == \
        "Holder unclear · الرئيس الروسي"
    assert title_holders(lexicon, "unresolved:الرئيس الروسي") == "Dmitry Medvedev or Vladimir Putin"
    assert title_holders(lexicon, "lavrov") == ""
