"""Documents: the unit of analysis, its id from a file name, and the metadata.csv beside the texts.

A :class:`Document` holds the text exactly as received (after decoding) and its metadata.
Everything downstream refers to ``Document.text`` by character offsets.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.arabic.dates import article_period, parse_date

# The analysis asks for an article's period under this name (an undated article has None).
date_period = article_period

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
METADATA_FILE = "metadata.csv"
# Where a document's date came from (Document.date_source).
DATE_FROM_METADATA = "metadata"
DATE_FROM_TEXT = "text"


@dataclass(frozen=True)
class Document:
    """One article.

    ``date`` is ISO 8601 at the precision known: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty
    when unknown. ``date_source`` says where it came from: ``metadata`` (given with the article:
    metadata.csv, the web page, typed on the Corpus page), ``text`` (read from the article's own
    text, as ``14 أغسطس 2017`` under its title), or empty when there is no date.
    ``source`` names where the text came from (a file name, or ``pasted``).
    """

    doc_id: str
    text: str
    title: str = ""
    outlet: str = ""
    date: str = ""
    date_source: str = ""
    source: str = ""
    language: str = "ar"


_UNSAFE_ID = re.compile(r"[^0-9A-Za-z_\-\u0600-\u06FF]+")


def doc_id_for(name: str) -> str:
    """A doc id from a file name: its stem, with anything but letters, digits, _ and - replaced."""
    return safe_id(Path(name).stem)


def safe_id(words: str) -> str:
    """``words`` as a doc id: anything but letters, digits, _ and - replaced (``RT Arabic`` → ``RT_Arabic``)."""
    return _UNSAFE_ID.sub("_", words).strip("_") or "document"


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """``metadata.csv`` beside the texts, keyed by file name; empty if there is none."""
    path = Path(folder) / METADATA_FILE
    if not path.exists():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


def with_metadata(doc: Document, meta: dict[str, str]) -> Document:
    """``doc`` with the non-empty fields of a metadata row filled in, its date read by
    :func:`analysis.arabic.dates.parse_date` (``٢٠٢٤-٠٥-١٠`` is stored as ``2024-05-10``).

    Raises:
        DateError: the row's date is not a date.
    """
    fields = {key: (meta.get(key) or "").strip() for key in ("title", "outlet", "date", "language")}
    fields["date"] = parse_date(fields["date"])
    if fields["date"]:
        fields["date_source"] = DATE_FROM_METADATA
    return replace(doc, **{key: value for key, value in fields.items() if value})
