"""Lexicon editing: saving edited tables safely, going back to the defaults, and downloading.

The dashboard's Lexicons page edits the four tables of ``data/README.md`` as DataFrames. This
module turns them back into the rows :func:`analysis.lexicon.read.build_lexicon` validates (keeping
the spreadsheet line of each row, so a problem reads ``aliases.csv:14: …`` just as it would for
the file), and writes them to the user's lexicon folder only once every row is valid. The
shipped ``data/`` folder is never written: deleting the user copy is the way back to it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import pandas as pd

from analysis.lexicon.read import DATA_DIR, FILES, OPTIONAL_FILES, Lexicon, LexiconError, Rows, build_lexicon, read_tables

README = DATA_DIR / "README.md"
_TEMP_PREFIX = ".marsad-"
_TEMP_SUFFIX = ".tmp"


def clean_tables(tables: dict[str, Rows]) -> dict[str, Rows]:
    """The rows with exactly the columns of ``FILES``, every value a trimmed string.

    Blank rows are dropped (an editor's empty last line is not an entry); ``_line`` is kept.
    Values are put on one line, since a line break inside an alias is never meant: whitespace
    runs become one space, as matching treats them anyway.

    Raises:
        LexiconError: a table is missing.
    """
    missing = [f"{name}.csv: the table is missing" for name in FILES if name not in tables]
    if missing:
        raise LexiconError(missing)
    cleaned: dict[str, Rows] = {}
    for name, columns in FILES.items():
        rows = []
        for position, row in enumerate(tables[name]):
            values = {column: " ".join(cell_text(row.get(column)).split()) for column in columns}
            if any(values.values()):
                values["_line"] = str(row.get("_line") or position + 2)
                rows.append(values)
        cleaned[name] = rows
    return cleaned


def save_tables(tables: dict[str, Rows], folder: Path | str) -> Lexicon:
    """Validate ``tables`` and write them as the four CSV files of ``folder``.

    Nothing is written unless every row is valid. Each file is written to a temporary file in
    ``folder``, flushed to disk, and only when all four are complete moved over the old files
    with :func:`os.replace`; a failure while writing leaves the previous files as they were.

    Args:
        tables: rows per table name (``actors``, ``aliases``, ``topics``, ``cues``), as from
            :func:`analysis.lexicon.read_tables` or :func:`tables_from_frames`.
        folder: the user's lexicon folder (created if needed); never the shipped ``data/``.

    Returns:
        The lexicon as saved; ``load_lexicon(folder)`` returns the same one.

    Raises:
        LexiconError: the rows have problems, listed as ``file:line: message``.
        ValueError: ``folder`` is the shipped ``data/`` folder.
    """
    folder = Path(folder)
    _refuse_defaults(folder)
    cleaned = clean_tables(tables)
    lexicon = build_lexicon(cleaned)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, Path]] = []
    try:
        for name, columns in FILES.items():
            temp = _write_temp(folder, name, columns, cleaned[name])
            written.append((temp, folder / f"{name}.csv"))
    except BaseException:
        for temp, _ in written:
            temp.unlink(missing_ok=True)
        raise
    # All four are complete on disk; the renames that follow are each atomic.
    for temp, target in written:
        os.replace(temp, target)
    _fsync_folder(folder)
    return lexicon


def reset_to_defaults(folder: Path | str) -> None:
    """Delete the user's lexicon files from ``folder``, so the shipped ``data/`` applies again.

    Only the four lexicon files (and temporary files this module left behind) are removed; the
    folder itself goes only if nothing else is in it. A folder without a copy is left alone.

    Raises:
        ValueError: ``folder`` is the shipped ``data/`` folder.
    """
    folder = Path(folder)
    _refuse_defaults(folder)
    if not folder.is_dir():
        return
    for name in FILES:
        (folder / f"{name}.csv").unlink(missing_ok=True)
    for leftover in folder.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass  # the folder holds something else of the user's: keep it


def frames_from_tables(tables: dict[str, Rows]) -> dict[str, pd.DataFrame]:
    """One DataFrame per table, with the columns of ``FILES`` as strings, for ``st.data_editor``."""
    return {
        name: pd.DataFrame(
            [[cell_text(row.get(column)) for column in columns] for row in tables.get(name, [])],
            columns=list(columns),
            dtype="str",
        )
        for name, columns in FILES.items()
    }


def tables_from_frames(frames: dict[str, pd.DataFrame]) -> dict[str, Rows]:
    """Rows for :func:`save_tables` from edited DataFrames.

    Each row's ``_line`` is its position + 2, the line it takes in the CSV file (after the
    header), so a problem names the line the analyst sees. Empty cells become ``""`` and blank
    rows are dropped.
    """
    tables: dict[str, Rows] = {}
    for name, columns in FILES.items():
        frame = frames[name]
        rows = []
        for position, record in enumerate(frame.to_dict(orient="records")):
            row = {column: cell_text(record.get(column)) for column in columns}
            row["_line"] = str(position + 2)
            rows.append(row)
        tables[name] = rows
    return clean_tables(tables)


def lexicon_zip_bytes(folder: Path | str, *, settings: dict | None = None) -> bytes:
    """A zip of the lexicon in ``folder``: the four CSVs, ``README.md`` and ``provenance.json``.

    The provenance names the lexicon version (the hash exports carry), so a downloaded
    lexicon can be matched to the results it produced.

    Raises:
        LexiconError: the files of ``folder`` cannot be read or are invalid.
    """
    from analysis.corpus.export import provenance

    folder = Path(folder)
    lexicon = build_lexicon(read_tables(folder))
    meta = provenance(lexicon_version=lexicon.version, settings=settings)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in FILES:
            # An optional file a folder saved by an older Marsad lacks (events.csv) reads as empty.
            if (folder / f"{name}.csv").is_file() or name not in OPTIONAL_FILES:
                archive.writestr(f"{name}.csv", (folder / f"{name}.csv").read_bytes())
        if README.is_file():
            archive.writestr("README.md", README.read_bytes())
        archive.writestr("provenance.json", json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    return buffer.getvalue()


def _write_temp(folder: Path, name: str, columns: tuple[str, ...], rows: Rows) -> Path:
    """Write one table to a new temporary file in ``folder`` and flush it to disk."""
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=folder, prefix=f"{_TEMP_PREFIX}{name}-",
        suffix=_TEMP_SUFFIX, delete=False,
    )
    path = Path(handle.name)
    try:
        os.chmod(path, 0o644)  # a temporary file is the owner's alone (0600); the tables are not
        with handle:
            writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable; some systems (Windows) cannot open a folder, which is fine."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _refuse_defaults(folder: Path) -> None:
    if folder.resolve() == DATA_DIR.resolve():
        raise ValueError("The shipped lexicon in data/ is never changed; save edits to the user's lexicon folder.")


def cell_text(value: object) -> str:
    """A cell as text: missing values (None, NaN, pd.NA) are empty."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value).strip()


__all__ = [
    "clean_tables",
    "frames_from_tables",
    "lexicon_zip_bytes",
    "reset_to_defaults",
    "save_tables",
    "tables_from_frames",
]
