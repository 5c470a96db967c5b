"""An archive bigger than the dashboard reads at once: what it holds (DuckDB over the Parquet
files), which slice is read, and the words that say so."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.extract.archive import DEFAULT_BUDGET, archive_bounds, budget, choose_slice, holdings, slice_words
from analysis.extract.dataset import DatasetError, read_dataset, write_dataset
from analysis.extract.pipeline import analyze

from conftest import outlet_articles

ARABI = "العربي الجديد"
SPUTNIK = "سبوتنيك"


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory, seeds, lexicon):
    """The two seeds and the five outlet articles (tests/conftest.py) as one Parquet dataset."""
    folder = tmp_path_factory.mktemp("archive") / "dataset"
    write_dataset(analyze([*seeds.values(), *outlet_articles()], lexicon), folder)
    return folder


@pytest.fixture(scope="module")
def held(archive_dir):
    return holdings(archive_dir)


def test_holdings_count_the_articles_of_each_outlet_and_month(held):
    # The first seed has no outlet (2017-08-14), the second is Al-Araby's with a year only (2024);
    # articles a-e: two of Sputnik's and one of Al-Araby's in May 2024, one without an outlet
    # dated only to the month, one of Al-Araby's undated.
    assert held[["outlet", "by_month", "articles", "first_date", "last_date"]].astype(object).where(
        held.notna(), None).values.tolist() == [
        ["", "2017-08", 1, "2017-08-14", "2017-08-14"],
        [ARABI, "2024", 1, "2024", "2024"],
        ["", "2024-05", 1, "2024-05", "2024-05"],
        [ARABI, "2024-05", 1, "2024-05-15", "2024-05-15"],
        [SPUTNIK, "2024-05", 2, "2024-05-06", "2024-05-08"],
        [ARABI, "undated", 1, None, None],
    ]
    assert held["by_outlet"].tolist() == ["unknown", ARABI, "unknown", ARABI, SPUTNIK, ARABI]
    # A year-only date reaches the year's last day, as the date filter reads it.
    assert archive_bounds(held) == (date(2017, 8, 14), date(2024, 12, 31))


def test_an_archive_within_the_budget_is_read_whole(held):
    chosen = choose_slice(held, limit=7, outlets=[SPUTNIK], date_from=date(2024, 5, 1))
    assert (chosen.whole, chosen.by_month, chosen.articles, chosen.archived) == (True, None, 7, 7)
    assert slice_words(chosen) == ""


def test_a_bigger_one_is_read_newest_month_first_in_whole_months(held, archive_dir):
    chosen = choose_slice(held, limit=4)
    assert (chosen.by_outlet, chosen.by_month, chosen.articles, chosen.matching, chosen.partial) == ((), ("2024-05",), 4, 7, True)
    assert slice_words(chosen) == (
        "This archive holds 7 articles, more than the 4 read at once (MARSAD_PARQUET_ARTICLES). The pages show 4 "
        "of the 7 articles in it: the newest month, 2024-05. Narrow the outlets or the dates in the sidebar to read others.")
    frames = read_dataset(archive_dir, by_outlet=chosen.by_outlet, by_month=chosen.by_month)
    assert frames.documents["doc_id"].tolist() == ["a", "b", "c", "d"]
    assert set(frames.mentions["doc_id"]) == {"a", "b", "c", "d"}
    # A year-only 2024 comes after May 2024 (its article may be of any month), before August 2017.
    five = choose_slice(held, limit=5)
    assert (five.by_month, five.articles) == (("2024", "2024-05"), 5)
    assert slice_words(five).endswith("the newest months, 2024 to 2024-05. Narrow the outlets or the dates in the sidebar to read others.")


def test_the_outlets_asked_for_are_read_with_their_undated_articles(held, archive_dir):
    chosen = choose_slice(held, limit=3, outlets=[ARABI])
    assert (chosen.by_outlet, chosen.by_month, chosen.articles, chosen.matching, chosen.partial) == (
        (ARABI,), ("undated", "2024", "2024-05"), 3, 3, False)
    assert slice_words(chosen) == (
        "This archive holds 7 articles, more than the 3 read at once (MARSAD_PARQUET_ARTICLES). The pages show all 3 "
        "articles of the outlets and dates asked for (2024 to 2024-05 and the undated).")
    frames = read_dataset(archive_dir, by_outlet=chosen.by_outlet, by_month=chosen.by_month)
    assert frames.documents["doc_id"].tolist() == ["004_de159ab6a08af78c", "c", "e"]


def test_a_date_range_leaves_the_undated_out_and_a_month_is_read_whole(held):
    chosen = choose_slice(held, limit=3, date_from=date(2024, 5, 10))
    # May 2024 holds 4 articles, more than 3; it is read whole, and said.
    assert (chosen.by_month, chosen.articles, chosen.matching) == (("2024-05",), 4, 5)
    assert "the newest month, 2024-05 (more than 3, but a month is read whole)." in slice_words(chosen)
    before = choose_slice(held, limit=3, date_to=date(2020, 1, 1))
    assert (before.by_month, before.articles, before.matching, before.partial) == (("2017-08",), 1, 1, False)


def test_a_month_comes_before_its_year_and_after_the_next_month():
    held = pd.DataFrame({"outlet": ["x"] * 4, "by_outlet": ["x"] * 4, "by_month": ["2023-12", "2024", "2024-01", "2024-02"],
                         "articles": [1, 1, 1, 1], "first_date": [None] * 4, "last_date": [None] * 4})
    assert choose_slice(held, limit=1).by_month == ("2024-02",)
    assert choose_slice(held, limit=2).by_month == ("2024-01", "2024-02")
    assert choose_slice(held, limit=3).by_month == ("2024", "2024-01", "2024-02")


def test_the_budget_comes_from_the_environment_and_is_checked():
    assert budget(None) == budget("  ") == DEFAULT_BUDGET == 25_000
    assert budget("250") == 250
    assert budget("1,000") == budget("1_000") == 1000
    for bad in ("0", "-5", "many", "١٠٠", "2.5"):
        with pytest.raises(DatasetError, match="^MARSAD_PARQUET_ARTICLES must be a whole number of articles, at least 1, not "):
            budget(bad)


def test_holdings_refuse_a_folder_that_is_no_dataset(tmp_path):
    with pytest.raises(DatasetError, match="is not a Marsad Parquet dataset: it has no 'documents' folder"):
        holdings(tmp_path)
    (tmp_path / "documents" / "by_outlet=x" / "by_month=2024-01").mkdir(parents=True)
    (tmp_path / "documents" / "by_outlet=x" / "by_month=2024-01" / "part-0.parquet").write_bytes(b"not parquet")
    with pytest.raises(DatasetError, match="cannot be read as the documents frame: "):
        holdings(tmp_path)


def test_a_folder_named_with_glob_and_quote_characters_is_read_as_named(tmp_path, archive_dir):
    import shutil

    odd = tmp_path / "أرشيف [2024]*'؟"
    shutil.copytree(archive_dir, odd)
    assert int(holdings(odd)["articles"].sum()) == 7


def test_an_outlet_the_archive_lacks_narrows_nothing_and_no_match_is_said(held):
    # ?outlet=… of a stale link: the sidebar drops it and says so; the slice is read as without it.
    assert choose_slice(held, limit=4, outlets=["لا يوجد"]) == choose_slice(held, limit=4)
    assert choose_slice(held, limit=4, outlets=["لا يوجد", SPUTNIK]).by_outlet == (SPUTNIK,)
    none = choose_slice(held, limit=4, date_from=date(2099, 1, 1))
    assert (none.by_month, none.articles, none.matching) == ((), 0, 0)
    assert slice_words(none) == ("This archive holds 7 articles, more than the 4 read at once (MARSAD_PARQUET_ARTICLES); "
                                 "none of them matches the outlets and dates asked for.")
