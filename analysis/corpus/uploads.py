"""Uploads: what the dashboard's Corpus page does with files, pasted text and table edits.

The page only draws; here a batch of uploaded files becomes documents plus one problem per
file that did not make it (so the good ones are added and every bad one is listed with its
reason), a store's :class:`~analysis.corpus.store.AddReport` becomes messages, and an edited table of
articles becomes the metadata changes to save.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

import pandas as pd

from analysis.arabic.dates import DateError, parse_date
from analysis.corpus.documents import Document
from analysis.corpus.ingest import ACCEPTED_SUFFIXES, MAX_BYTES, PASTED, IngestProblem, ingest_files, ingest_text
from analysis.lexicon.edit import cell_text
from analysis.corpus.store import AddReport, content_hash
from analysis.explore.labels import counted

EDITABLE = ("title", "outlet", "date")
ADDED_LISTED = 10  # added files named one by one; the Corpus table lists them all
PASTED_ID_HEX = 12  # hex digits of a pasted text's hash in its id: no two texts of a corpus share them

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
    """Documents from the files dropped on the Corpus page, and a problem for each file that did
    not become one: :func:`analysis.corpus.ingest.ingest_files`, the one ingest path.

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
    return ingest_files(files, max_bytes=max_bytes, force=force, progress=progress)


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

    The doc id is made from the text (``pasted-`` and the start of its hash, :func:`content_hash`:
    ``pasted-3f2a9c1b0d4e``): the same text always gets the same id, two texts never look alike.
    Five pasted articles were ``pasted``, ``pasted_2`` … ``pasted_5`` in every download's ``doc_id``
    column; then, named after their outlet and date, two of one outlet and day were
    ``العربي_الجديد-2024-05-01`` and ``…_2``, and an outlet «<b>bold</b> & co» made ``b_bold_b_co``.
    """
    metadata = {"title": title, "outlet": outlet, "date": date}
    result = ingest_text(text, name="pasted", max_bytes=max_bytes, force=force, metadata=metadata)
    if result.document is None:
        problem = result.problem
        assert problem is not None
        return [], [IngestProblem("pasted text", problem.reason, problem.severity)]
    document = result.document
    return [replace(document, doc_id=f"{PASTED}-{content_hash(document.text)[:PASTED_ID_HEX]}")], []


def _added_as(doc: Document) -> str:
    """``lavrov.txt as lavrov``; a pasted text by its title and id: ``the pasted text “لافروف يدعو…”
    (id pasted_2)``. "the pasted text as pasted" read as a slip of the pen."""
    if doc.source != PASTED:
        return f"{doc.source} as {doc.doc_id}"
    title = f" “{doc.title}”" if doc.title else ""
    return f"the pasted text{title} (id {doc.doc_id})"


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
            # A file's name was asked for as its id; a pasted text's id is Marsad's own ("pasted"), so
            # "(the id pasted was taken)" after every second paste told the analyst nothing.
            _added_as(doc) + (f" (the id {asked[doc.doc_id]} was taken)" if doc.doc_id in asked and doc.source != PASTED else "")
            for doc in report.added[:ADDED_LISTED]
        ) + (f" and {count - ADDED_LISTED} more" if count > ADDED_LISTED else "")
        messages.append(Message("success", f"Added {counted(count, 'article')}: {added}."))
    for duplicate in report.duplicates:
        messages.append(Message(
            "warning", f"{duplicate.document.source}: not added, the same text is already stored as {duplicate.existing_id}."
        ))
    for problem in problems:
        messages.append(Message(problem.severity, f"{problem.source}: {problem.reason}"))
    return messages


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
    """One line per edited date that :func:`analysis.arabic.dates.parse_date` refuses."""
    problems = []
    for doc_id, fields in changes.items():
        try:
            parse_date(fields.get("date"))
        except DateError as error:
            problems.append(f"{doc_id}: {error}.")
    return problems


__all__ = [
    "ACCEPTED_SUFFIXES",
    "Message",
    "add_messages",
    "date_problems",
    "ingest_pasted",
    "ingest_uploads",
    "metadata_changes",
]
