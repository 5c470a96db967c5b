"""Dates as Marsad reads them: the one parser for article dates and lexicon title periods.

A date is ISO 8601 at the precision known, and each precision is a period: ``2024-05-10`` is one
day, ``2024-05`` the month of May 2024, ``2024`` the whole year. Arabic-Indic digits are read
as the same digits (``٢٠٢٤-٠٥-١٠`` is ``2024-05-10``), since Arabic sites and spreadsheets write
them; anything else (``10/05/2024``, ``2024-02-30``, ``May 2024``) is refused with a message that
says what to write instead, never kept and silently treated as undated.

It lives in ``arabic/``, the lowest layer, so the corpus (article dates) and the lexicon (the
periods a title is held) read dates the same way.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

# Arabic-Indic (U+0660–U+0669, ٠١٢…) and the Persian/Urdu extended forms (U+06F0–U+06F9, ۰۱۲…).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)
EXPECTED = "YYYY-MM-DD, YYYY-MM or YYYY"


class DateError(ValueError):
    """A value that is not a date Marsad reads; the message says what was expected."""


def parse_date(value: object) -> str:
    """The date ``value`` as ISO text with ASCII digits, or ``""`` for an empty value.

    >>> parse_date(" ٢٠٢٤-٠٥-١٠ ")
    '2024-05-10'

    Raises:
        DateError: ``value`` is not a real calendar day, month or year written as above.
    """
    text = str(value if value is not None else "").strip().translate(_DIGITS)
    if not text:
        return ""
    shown = _shown(value)
    match = _SHAPE.fullmatch(text)
    if match is None:
        raise DateError(f"the date {shown} is not written {EXPECTED} (e.g. 2024-05-31)")
    year, month, day = (int(part) if part else None for part in match.groups())
    if year == 0:
        raise DateError(f"the date {shown} has no year 0000")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"the date {shown} has no month {month:02d}")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateError(f"the date {shown} is not a real day: {year}-{month:02d} has no day {day:02d}")
    return text


def date_period(value: object) -> tuple[date, date]:
    """The first and last day a date covers: ``2024`` → 1 January to 31 December 2024.

    Raises:
        DateError: ``value`` is empty or not a date (see :func:`parse_date`).
    """
    text = parse_date(value)
    if not text:
        raise DateError("the date is empty")
    parts = [int(part) for part in text.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31)
    month = parts[1]
    if len(parts) == 2:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    day = date(year, month, parts[2])
    return day, day


def article_period(value: object) -> tuple[date, date] | None:
    """The period of an article's date, or None when it is undated.

    A stored date that is not valid (kept by an older Marsad) also counts as undated here: the
    analysis of the rest of the corpus must not stop for it. New dates are refused on the way in.
    """
    try:
        return date_period(value)
    except DateError:
        return None


def _shown(value: object) -> str:
    """The value as the message quotes it, cut short: a 200,000-character cell is not echoed."""
    text = str(value).strip()
    return repr(text if len(text) <= 40 else text[:39] + "…")


__all__ = ["EXPECTED", "DateError", "article_period", "date_period", "parse_date"]
