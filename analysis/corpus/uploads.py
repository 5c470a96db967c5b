"""Uploads: what the dashboard's Corpus page does with files, pasted text and table edits.

The page only draws; here a batch of uploaded files becomes documents plus one problem per
file that did not make it (so the good ones are added and every bad one is listed with its
reason), a store's :class:`~analysis.corpus.store.AddReport` becomes messages, and an edited table of
articles becomes the metadata changes to save.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

import pandas as pd

from analysis.corpus.documents import Document
from analysis.corpus.ingest import HTML_SUFFIXES, MAX_BYTES, PASTED, TEXT_SUFFIXES, IngestProblem, display_name, ingest_bytes, ingest_text
from analysis.lexicon.edit import cell_text
from analysis.corpus.store import AddReport

ACCEPTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
EDITABLE = ("title", "outlet", "date")
ADDED_LISTED = 10  # added files named one by one; the Corpus table lists them all
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

Level = Literal["success", "info", "warning", "error"]


@dataclass(frozen=True)
class Message:
    """One line for the analyst: ``level`` picks st.success / st.info / st.warning / st.error."""

    level: Level
    text: str


def ingest_uploads(
    files: Iterable[tuple[str, bytes]],
    *,
    max_bytes: int = MAX_BYTES,
    force: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> tuple[list[Document], list[IngestProblem]]:
    """Documents from uploaded files, and a problem for each file that did not become one.

    Args:
        files: ``(name, content)`` pairs as the browser sent them (the name is only shown and
            turned into an id).
        max_bytes: the largest accepted file.
        force: add texts with no Arabic letters instead of warning about them.
        progress: called before each file with ``(files done, files in all, file name)``, so a
            page can show how far an import of hundreds of files has got.

    Returns:
        The documents in upload order, and the problems in upload order.
    """
    documents: list[Document] = []
    problems: list[IngestProblem] = []
    files = list(files)
    for done, (name, content) in enumerate(files):
        if progress is not None:
            progress(done, len(files), display_name(name))
        if not display_name(name).lower().endswith(ACCEPTED_SUFFIXES):
            problems.append(IngestProblem(display_name(name), "Only .txt, .html and .htm files can be added."))
            continue
        result = ingest_bytes(content, name=name, max_bytes=max_bytes, force=force)
        if result.document is not None:
            documents.append(result.document)
        if result.problem is not None:
            problems.append(result.problem)
    return documents, problems


def ingest_pasted(
    text: str,
    *,
    title: str = "",
    outlet: str = "",
    date: str = "",
    max_bytes: int = MAX_BYTES,
    force: bool = False,
) -> tuple[list[Document], list[IngestProblem]]:
    """A document from pasted text with the metadata typed beside it (as :func:`ingest_uploads`).

    The doc id is ``pasted``; the store numbers a taken one (``pasted_2``).
    """
    when = date.strip()
    if when and not valid_date(when):
        return [], [IngestProblem("pasted text", f"The date {when!r} is not YYYY, YYYY-MM or YYYY-MM-DD.")]
    metadata = {"title": title, "outlet": outlet, "date": when}
    result = ingest_text(text, name="pasted", max_bytes=max_bytes, force=force, metadata=metadata)
    if result.document is None:
        problem = result.problem
        assert problem is not None
        return [], [IngestProblem("pasted text", problem.reason, problem.severity)]
    return [result.document], []


def add_messages(report: AddReport, problems: Iterable[IngestProblem]) -> list[Message]:
    """What happened to a batch: for more than :data:`ADDED_LISTED` files a summary first (added,
    skipped, refused and why), one line for what was added, then one per file left out and why."""
    problems = list(problems)
    asked = {given: wanted for wanted, given in report.renamed}
    messages = []
    offered = len(report.added) + len(report.duplicates) + len(problems)
    if offered > ADDED_LISTED:
        reasons = Counter(problem.reason for problem in problems)
        why = "; ".join(f"{count} × {reason.rstrip('.')}" for reason, count in reasons.most_common())
        messages.append(Message("info", (
            f"{offered} files: {len(report.added)} added, {len(report.duplicates)} skipped as already stored, "
            f"{len(problems)} not added" + (f" ({why})." if why else ".")
        )))
    if report.added:
        count = len(report.added)
        added = ", ".join(
            f"{'the pasted text' if doc.source == PASTED else doc.source} as {doc.doc_id}" + (f" (the id {asked[doc.doc_id]} was taken)" if doc.doc_id in asked else "")
            for doc in report.added[:ADDED_LISTED]
        ) + (f" and {count - ADDED_LISTED} more" if count > ADDED_LISTED else "")
        messages.append(Message("success", f"Added {count} article{'s' if count != 1 else ''}: {added}."))
    for duplicate in report.duplicates:
        messages.append(Message(
            "warning", f"{duplicate.document.source}: not added, the same text is already stored as {duplicate.existing_id}."
        ))
    for problem in problems:
        messages.append(Message(problem.severity, f"{problem.source}: {problem.reason}"))
    return messages


def valid_date(value: str) -> bool:
    """Whether ``value`` is a real date at a known precision: ``2024``, ``2024-05``, ``2024-05-31``."""
    if not _DATE.fullmatch(value):
        return False
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def metadata_changes(before: pd.DataFrame, after: pd.DataFrame) -> dict[str, dict[str, str]]:
    """The title, outlet and date edits between two article tables, by ``doc_id``.

    Both frames have ``doc_id`` and the :data:`EDITABLE` columns (as from
    :meth:`analysis.corpus.store.CorpusStore.list` and its edited copy). Values are compared trimmed;
    a cleared cell is ``""``.
    """
    old = before.set_index("doc_id")
    changes: dict[str, dict[str, str]] = {}
    for record in after.to_dict(orient="records"):
        doc_id = record["doc_id"]
        if doc_id not in old.index:
            continue
        changed = {
            column: cell_text(record.get(column))
            for column in EDITABLE
            if cell_text(record.get(column)) != cell_text(old.at[doc_id, column])
        }
        if changed:
            changes[doc_id] = changed
    return changes


def date_problems(changes: Mapping[str, Mapping[str, str]]) -> list[str]:
    """One line per edited date that is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    return [
        f"{doc_id}: the date {fields['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD."
        for doc_id, fields in changes.items()
        if fields.get("date") and not valid_date(fields["date"])
    ]


__all__ = [
    "ACCEPTED_SUFFIXES",
    "Message",
    "add_messages",
    "date_problems",
    "ingest_pasted",
    "ingest_uploads",
    "metadata_changes",
    "valid_date",
]
