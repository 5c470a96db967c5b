"""Metadata an article carries in its own text, for when the analyst gives none: the title on its
first line, the outlet in its dateline (``العربي الجديد-``), a date near the top
(``14 أغسطس 2017``, ``يونيو 17، 2011``, ``14/08/2017``, ``2017-08-14``). The analyst corrects them on the Corpus page.
"""

from __future__ import annotations

import re

from analysis.arabic.text import dateline_outlet, find_dateline
from analysis.corpus.documents import date_period

TITLE_MAX = 150  # a first line longer than this is a paragraph, not a title
TITLE_WORDS = 80  # characters kept of a paragraph standing in for a missing title
DATE_WINDOW = 400  # characters from the top where a date is the article's own

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Both month series: the Levantine (آب) and the Egyptian/Maghrebi (أغسطس), as في 14 آب/أغسطس 2017.
MONTHS = {
    "كانون الثاني": 1, "يناير": 1, "شباط": 2, "فبراير": 2, "آذار": 3, "اذار": 3, "مارس": 3, "نيسان": 4, "أبريل": 4,
    "ابريل": 4, "إبريل": 4, "أيار": 5, "ايار": 5, "مايو": 5, "حزيران": 6, "يونيو": 6, "تموز": 7, "يوليو": 7, "آب": 8,
    "اب": 8, "أغسطس": 8, "اغسطس": 8, "أيلول": 9, "ايلول": 9, "سبتمبر": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "أكتوبر": 10, "اكتوبر": 10, "تشرين الثاني": 11, "نوفمبر": 11, "كانون الأول": 12, "كانون الاول": 12, "ديسمبر": 12,
}
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# 14 أغسطس 2017, 14 آب/أغسطس 2017, أغسطس، 2017; and month first, as some sites write their top line:
# الجمعة، يونيو 17، 2011.
_NAMED = re.compile(rf"(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{_MONTH})(?:\s*/\s*(?:{_MONTH}))?(?:\s*[،,]\s*|\s+)(?P<year>(?:19|20)\d\d)")
_MDY = re.compile(rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:\s*[،,]\s*|\s+)(?P<year>(?:19|20)\d\d)")
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")
_DMY = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b")


def title_from_text(text: str) -> str:
    """The first line after the dateline (a line that is only a place, a date and an agency
    skipped); a first line that is a paragraph gives its first words."""
    _, body_start = find_dateline(text)
    lines = [line.strip() for line in text[body_start:].splitlines() if line.strip()]
    if len(lines) > 1 and _place_and_date(lines[0]):
        lines = lines[1:]
    if not lines:
        return ""
    first = " ".join(lines[0].split())
    if len(first) <= TITLE_MAX and (len(lines) > 1 or len(first) <= TITLE_WORDS):
        return first
    return first[:TITLE_WORDS].rsplit(" ", 1)[0] + "…"


# Words besides the date in a top line that is a place, a date and an agency (موسكو-28 مارس 2023م (وام)):
# a title holding a date has more (قمة موسكو في 14 آب/أغسطس 2017 تبحث الأزمة).
PLACE_AND_AGENCY_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


def _place_and_date(line: str) -> bool:
    """Whether ``line`` is a date with at most a place and an agency around it, not a title."""
    rest, dates = line.translate(_ARABIC_DIGITS), 0
    for pattern in (_NAMED, _MDY, _ISO, _DMY):
        rest, found = pattern.subn(" ", rest)
        dates += found
    return dates > 0 and len(_WORD.findall(rest)) <= PLACE_AND_AGENCY_WORDS


def date_from_text(text: str) -> str:
    """The first date near the top, ISO at the precision written (``2017-08-14``, ``2024-05``), or ``""``."""
    top = text[:DATE_WINDOW].translate(_ARABIC_DIGITS)
    found = []
    for pattern in (_NAMED, _MDY, _ISO, _DMY):
        for match in pattern.finditer(top):
            month = match["month"]
            number = MONTHS[month] if month in MONTHS else int(month)
            value = f"{match['year']}-{number:02d}" + (f"-{int(match['day']):02d}" if match["day"] else "")
            if date_period(value):
                found.append((match.start(), value))
    return min(found)[1] if found else ""


def metadata_from_text(text: str) -> dict[str, str]:
    """``title``, ``outlet`` and ``date`` as the text gives them (empty where it does not)."""
    dateline, _ = find_dateline(text)
    return {"title": title_from_text(text), "outlet": dateline_outlet(dateline) if dateline else "", "date": date_from_text(text)}
