"""Constructions read in dev28 (the twenty-sixth blind set, retired in the thirty-fourth session:
eval/README.md "The twenty-sixth blind set read"), each on a sentence written for the test."""
from conftest import scored_statements


def test_a_listed_speakers_family_name_with_a_letter_slipped_is_still_he(lexicon):
    # «قال لافروف … وأضاف لافرورف»: a one-word name nobody listed that misses the family name of a
    # listed person who spoke just before by one letter is that person, not a new speaker
    text = ("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار الليبي. "
            "وأضاف لافرورف، أن الانتخابات ممكنة هذا العام.")
    assert scored_statements(text, lexicon, date="2020-05-01") == [
        ("lavrov", "positive", "after_verb"), ("lavrov", "neutral", "unlisted")]
    # a name the article spelt with a slip from the start and again alone: the same person
    text = ("صرح قائد القوات الأمريكية في أفريقيا، توماس فالدهاومسر، بأن روسيا تزيد وجودها في ليبيا. "
            "وأضاف فالدهاومسر أن هذا الوجود يثير القلق.")
    assert [row[0] for row in scored_statements(text, lexicon, date="2017-03-01")] == ["waldhauser", "waldhauser"]
    # a family name that no listed speaker before it comes near stays as written
    text = ("قال لافروف إن موسكو تدعم الحوار الليبي. "
            "وأضاف الخبير العسكري فلاديمير كوزنتسوف أن الوضع معقد.")
    assert scored_statements(text, lexicon, date="2020-05-01")[-1][0] == "فلاديمير كوزنتسوف"

