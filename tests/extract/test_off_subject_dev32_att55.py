"""A development set off Libya read, thirty-seventh session (att55: eval/README.md "A development set
off Libya read, thirty-seventh session (att55)"): the constructions `dev32` showed the rules missing
or misreading, one class a test, each on sentences written for it."""
from conftest import scored_statements


def test_nader_opens_a_name_after_a_title(lexicon):
    # «المتحدث باسم الوزارة نادر حسن،»: نادر (also "rare") is a given name, the name comes before the comma
    text = "قال المتحدث باسم الوزارة نادر حسن، إن الشحنة وصلت إلى الميناء."
    assert scored_statements(text, lexicon, date="2022-02-27") == [("نادر حسن", "neutral", "unlisted")]
