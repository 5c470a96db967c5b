"""Documents: the unit of analysis, and reading them from a folder of text files.

A :class:`Document` holds the text exactly as received (after decoding) and its metadata.
Everything downstream refers to ``Document.text`` by character offsets.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
METADATA_FILE = "metadata.csv"


@dataclass(frozen=True)
class Document:
    """One article.

    ``date`` is ISO 8601 at the precision known: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty
    when unknown. ``source`` names where the text came from (a file name, or ``pasted``).
    """

    doc_id: str
    text: str
    title: str = ""
    outlet: str = ""
    date: str = ""
    source: str = ""
    language: str = "ar"


_UNSAFE_ID = re.compile(r"[^0-9A-Za-z_\-\u0600-\u06FF]+")


def doc_id_for(name: str) -> str:
    """A doc id from a file name: its stem, with anything but letters, digits, _ and - replaced."""
    stem = Path(name).stem
    return _UNSAFE_ID.sub("_", stem).strip("_") or "document"


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """``metadata.csv`` beside the texts, keyed by file name; empty if there is none."""
    path = Path(folder) / METADATA_FILE
    if not path.exists():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


def with_metadata(doc: Document, meta: dict[str, str]) -> Document:
    """``doc`` with the non-empty fields of a metadata row filled in."""
    fields = {key: meta[key].strip() for key in ("title", "outlet", "date", "language") if meta.get(key, "").strip()}
    return replace(doc, **fields)
