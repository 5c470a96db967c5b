"""Tests for analysis.arabic.dates: the one date parser, for article dates and title periods."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.arabic.dates import DateError, article_period, date_period, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-10", "2024-05-10"),
        (" 2024-05 ", "2024-05"),
        ("2024", "2024"),
        ("٢٠٢٤-٠٥-١٠", "2024-05-10"),  # Arabic-Indic digits, as Arabic sites write them
        ("۲۰۲۳-۰۲", "2023-02"),  # the Persian/Urdu forms
        ("2024-02-29", "2024-02-29"),
        ("", ""),
        (None, ""),
    ],
)
def test_dates_at_every_precision_are_read_with_ascii_digits(value, expected) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2023-02-29", "the date '2023-02-29' is not a real day: 2023-02 has no day 29"),
        ("2024-13", "the date '2024-13' has no month 13"),
        ("10/05/2024", "the date '10/05/2024' is not written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-05-31)"),
        ('<a href="https://example.org">x</a>', "is not written YYYY-MM-DD, YYYY-MM or YYYY"),
        ("2024-05-10T12:00", "is not written"),
        ("24-05-01", "is not written"),
        ("0000", "has no year 0000"),
        ("x" * 200_000, "the date '" + "x" * 39 + "…' is not written"),
    ],
)
def test_anything_else_is_refused_saying_what_to_write(value, message) -> None:
    with pytest.raises(DateError) as error:
        parse_date(value)
    assert message in str(error.value)


def test_a_date_is_the_period_it_covers() -> None:
    assert date_period("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    assert date_period("2023-02") == (date(2023, 2, 1), date(2023, 2, 28))
    assert date_period("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_period("٢٠٢٤-٠٥-١٠") == (date(2024, 5, 10), date(2024, 5, 10))


def test_an_article_without_a_readable_date_is_undated() -> None:
    assert article_period("") is None
    assert article_period("May 2024") is None
    assert article_period("٢٠١٩-٠٥") == (date(2019, 5, 1), date(2019, 5, 31))
