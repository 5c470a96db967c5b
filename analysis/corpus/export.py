"""Writing frames out: CSV files for the CLI, and CSV / Excel / JSON downloads for the dashboard.

Downloads carry their provenance (the lexicon version and the analysis settings) beside the rows,
never inside them: a CSV starts with its header row, and its provenance goes in a ``.json`` sidecar
(:func:`csv_zip_bytes`), on the Excel file's second sheet, and in the JSON.

Formulas, decided once: no cell of a dashboard download runs as a spreadsheet formula. In CSV,
which has no cell types, a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a CR gets a
leading apostrophe (OWASP's advice for CSV injection); in Excel every text cell is stored as text,
exactly as written. The command line's CSVs (:func:`write_frames`) keep every text exact, because
offsets index the ``text`` column (``text[start:end]`` is what was found).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis import __version__
from analysis.corpus.documents import date_period

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 (and so an .xlsx cell) cannot carry: control characters but tab and line breaks
# (\x0b, \x0c, \x1b), lone surrogates, and the non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# The same characters for Arrow (RE2), which holds no lone surrogate (Python's pattern catches those):
# a column of such text is tested in C++, and 30,000 keyness terms passed to Python and joined
# took 25-30 ms of every filter change of the Groups page (its downloads ask on every rerun).
_NOT_XML_ARROW = r"[^\t\n\r\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]"
# The same characters as UTF-8 bytes (Arrow's text is UTF-8, without lone surrogates): the ASCII
# controls are bytes no other character's encoding holds, U+FFFE and U+FFFF are EF BF BE and EF BF BF.
_CONTROL_BYTES = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r")
_NOT_XML_UTF8 = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def provenance(*, lexicon_version: str, settings: dict | None = None) -> dict[str, str]:
    """What a download came from: Marsad's version, the lexicon hash, settings, and when."""
    return {
        "marsad_version": __version__,
        "lexicon_version": lexicon_version,
        "settings": json.dumps(settings or {}, ensure_ascii=False, sort_keys=True),
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def write_frames(frames, out_dir: Path | str, *, meta: dict[str, str] | None = None) -> list[Path]:
    """Write every frame of ``frames`` (:class:`analysis.extract.pipeline.Frames`) as ``<name>.csv``
    (UTF-8) in ``out_dir``, plus ``provenance.json`` when ``meta`` is given."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.exported().items():  # the sentences with their text
        path = out / f"{name}.csv"
        frame.to_csv(path, index=False, encoding="utf-8")
        written.append(path)
    if meta is not None:
        written.append(write_provenance(out, meta))
    return written


def write_provenance(out_dir: Path | str, meta: dict[str, str]) -> Path:
    """Write ``meta`` (:func:`provenance`) as ``provenance.json`` in ``out_dir``; returns its path."""
    path = Path(out_dir) / "provenance.json"
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot be run as spreadsheet formulas."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_string_dtype(safe[column]) or safe[column].dtype == object:
            safe[column] = safe[column].map(
                lambda value: "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
            )
    return safe


def csv_bytes(frame: pd.DataFrame, meta: dict[str, str] | None = None) -> bytes:
    """CSV in UTF-8 with a BOM (so Excel shows Arabic), the header row first: ``pd.read_csv`` and a
    spreadsheet read it as it is. ``meta`` is not written into it (see :func:`csv_zip_bytes`)."""
    body = neutralise_formulas(frame).to_csv(index=False, lineterminator="\n")
    return ("\ufeff" + body).encode("utf-8")


def csv_zip_bytes(frame: pd.DataFrame, meta: dict[str, str], *, stem: str) -> bytes:
    """A zip of ``<stem>.csv`` (:func:`csv_bytes`) and ``<stem>.provenance.json`` beside it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.csv", csv_bytes(frame))
        archive.writestr(f"{stem}.provenance.json", json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    return buffer.getvalue()


def xml_safe(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """``frame`` without the characters XML cannot carry (a copy if any cell had some), and how
    many cells lost some."""
    safe, changed = frame, 0
    for column in frame.columns:
        if pd.api.types.is_string_dtype(frame[column]) or frame[column].dtype == object:
            # Each distinct value tested once: most columns are labels shared by millions of rows
            # (2.2 million mentions at 100,000 articles, a few thousand names), and testing every
            # cell took the Data page's first view 3 s.
            # One scan of the distinct values joined, first: most views hold no such character, and
            # testing half a million words one by one (the Groups table at 100,000 articles) took 1.6 s.
            if _arrow_clean(frame[column]) or not _NOT_XML.search(
                    "\n".join(value for value in frame[column].unique().tolist() if isinstance(value, str))):
                continue
            codes, distinct = pd.factorize(frame[column])
            bad = [position for position, value in enumerate(distinct) if isinstance(value, str) and _NOT_XML.search(value)]
            if bad:
                unsafe = np.isin(codes, bad)
                changed += int(unsafe.sum())
                safe = safe.copy() if safe is frame else safe
                safe.loc[unsafe, column] = safe.loc[unsafe, column].map(lambda value: _NOT_XML.sub("", value))
    return safe, changed


def _arrow_clean(column: pd.Series) -> bool:
    """True when Arrow reads ``column`` as text and none of its distinct values holds a character
    XML cannot carry; False when one does, or when the column is not Arrow text (numbers among the
    strings, a lone surrogate): the caller then tests it in Python."""
    if _arrow_bytes_clean(column):
        return True
    try:
        # The distinct values first (pandas' hash table), then Arrow: the columns hold Python
        # strings, and a million rows made into Arrow text cost more than the test saves.
        values = pa.array(column.unique(), from_pandas=True)
    except (pa.ArrowException, UnicodeError, TypeError, ValueError):
        return False
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return False
    return not pc.any(pc.match_substring_regex(values, _NOT_XML_ARROW)).as_py()


# Past this a column is most likely labels repeated over many rows (2.2 million mentions' names:
# 26 MB, scanned in 100 ms), whose distinct values are found faster than its bytes are scanned.
SCANNED_BYTES_AT_MOST = 16 << 20


def _arrow_bytes_clean(column: pd.Series) -> bool:
    """True when ``column`` is Arrow text whose bytes hold no character XML cannot carry: one scan
    of its UTF-8 buffers, no value taken apart (the buffers may hold bytes of rows sliced away,
    which can only make this say False; the caller then tests the values). The distinct values of
    the Groups page's 100,000 terms took 6-25 ms a column to find before their test."""
    if not (isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow"):
        return False
    chunks = pa.chunked_array(pa.array(column)).chunks
    if not all(pa.types.is_string(chunk.type) or pa.types.is_large_string(chunk.type) for chunk in chunks):
        return False
    if sum(chunk.nbytes for chunk in chunks) > SCANNED_BYTES_AT_MOST:
        return False
    for chunk in chunks:
        data = chunk.buffers()[2]
        data = data.to_pybytes() if data is not None else b""
        # bytes.translate and ``in`` run at memory speed; a regular expression over the 1.3 MB of
        # 100,000 Arabic words took 16-30 ms.
        if len(data.translate(None, _CONTROL_BYTES)) != len(data) or any(bad in data for bad in _NOT_XML_UTF8):
            return False
    return True


# Excel holds at most this many characters in a cell; openpyxl cut a longer one there with only a
# warning on the server, so the Documents table's Excel file held a long article's first 32,767
# characters as if they were all of it.
EXCEL_CELL_CHARS = 32_767
EXCEL_CUT_WORDS = "Excel holds at most 32,767 characters a cell: those cells end there; CSV and JSON hold them whole"


# Rows an Excel sheet holds, its header among them: a longer table made openpyxl fail with
# "IndexError: At least one sheet must be visible" (the mentions of 50,000 articles are a million).
EXCEL_ROWS = 1_048_576


def excel_row_problem(rows: int) -> str:
    """Why ``rows`` rows cannot be one Excel sheet, in one line (empty when they can)."""
    if rows < EXCEL_ROWS:
        return ""
    return f"Excel holds {EXCEL_ROWS - 1:,} rows under its header and these are {rows:,}: take the CSV or JSON, which hold them all."


def _text_columns(frame: pd.DataFrame) -> list[str]:
    return [column for column in frame.columns if pd.api.types.is_string_dtype(frame[column]) or frame[column].dtype == object]


def cells_too_long_for_excel(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> int:
    """How many text cells of ``frame`` (of ``columns``, else every text column) are longer than
    an Excel cell holds (:data:`EXCEL_CELL_CHARS`): an article's text, a sentence of an article
    written as one line."""
    names = [column for column in (columns if columns is not None else _text_columns(frame)) if column in frame.columns]
    return sum(int(_lengths(frame[column]).gt(EXCEL_CELL_CHARS).sum()) for column in names)


def _lengths(column: pd.Series) -> pd.Series:
    """Each text's length (0 for a cell that is no text), vectorised where the column is all text:
    the sentences of 10,000 articles are 200,000."""
    try:
        return column.str.len().fillna(0)
    except AttributeError:  # no text at all in it
        return pd.Series(0, index=column.index)


def excel_bytes(frame: pd.DataFrame, meta: dict[str, str], *, sheet: str = "data") -> bytes:
    """An .xlsx workbook: the rows on a right-to-left sheet (bold frozen header, columns as wide as
    their content, dates as dates, text never a formula), the provenance on a second sheet.

    Characters XML cannot carry are left out (:func:`xml_safe`; openpyxl would refuse the whole
    file); the provenance then says in how many cells, and the caller can show the same count.

    Raises:
        ValueError: more rows than a sheet holds (:func:`excel_row_problem` says it beforehand).
    """
    if problem := excel_row_problem(len(frame)):
        raise ValueError(problem)
    rows, changed = xml_safe(frame)
    provenance_rows, _ = xml_safe(pd.DataFrame(list(meta.items()), columns=["key", "value"]))
    if changed:
        provenance_rows.loc[len(provenance_rows)] = ["cells_cleaned", f"{changed} (characters Excel cannot store were left out)"]
    cut = cells_too_long_for_excel(rows)
    if cut:
        provenance_rows.loc[len(provenance_rows)] = ["cells_cut", f"{cut} ({EXCEL_CUT_WORDS})"]
        rows = rows.copy()
        for column in _text_columns(rows):
            rows[column] = rows[column].map(lambda value: value[:EXCEL_CELL_CHARS] if isinstance(value, str) else value)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _excel_dates(rows).to_excel(writer, sheet_name=sheet[:31], index=False)
        provenance_rows.to_excel(writer, sheet_name="provenance", index=False)
        _format_sheet(writer.sheets[sheet[:31]], right_to_left=True)
        _date_precision(rows, writer.sheets[sheet[:31]])
        _format_sheet(writer.sheets["provenance"], right_to_left=False)
    return buffer.getvalue()


# An ISO date at its precision, and how Excel shows it: '2024' is the year, not 1 January.
_EXCEL_DATE_FORMATS = {4: "yyyy", 7: "yyyy-mm", 10: "yyyy-mm-dd"}
_MAX_COLUMN_WIDTH = 60


def _excel_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its ``date`` column as real dates (the first day of a year or month)."""
    if "date" not in frame.columns:
        return frame
    days = [date_period(value)[0] if date_period(value) else None for value in frame["date"].fillna("")]
    return frame.assign(date=pd.Series(days, index=frame.index, dtype=object))


def _format_sheet(worksheet, *, right_to_left: bool) -> None:
    """Direction, a bold frozen header, widths from the content, text as text, dates as dates."""
    # Imported here: openpyxl took 0.26 s of a fresh server's first page, for a file made on a click.
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    worksheet.sheet_view.rightToLeft = right_to_left
    worksheet.freeze_panes = "A2"
    widths: dict[int, int] = {}
    for row in worksheet.iter_rows():
        for cell in row:
            if cell.row == 1:
                cell.font = Font(bold=True)
            elif cell.data_type == "f":
                # openpyxl takes a string starting with "=" for a formula; it is article text.
                cell.data_type = "s"
            if isinstance(cell.value, (date, datetime)):
                cell.number_format = _EXCEL_DATE_FORMATS[10]
            text = "" if cell.value is None else str(cell.value)
            widths[cell.column] = max(widths.get(cell.column, 0), min(len(text), _MAX_COLUMN_WIDTH))
    for column, width in widths.items():
        worksheet.column_dimensions[get_column_letter(column)].width = max(width, 6) + 2


def _date_precision(frame: pd.DataFrame, worksheet) -> None:
    """Show each date of ``frame``'s ``date`` column at its precision on ``worksheet`` ('2024' as 2024)."""
    if "date" not in frame.columns:
        return
    column = list(frame.columns).index("date") + 1
    for row, value in enumerate(frame["date"].fillna(""), start=2):
        if len(value) in _EXCEL_DATE_FORMATS and date_period(value):
            worksheet.cell(row=row, column=column).number_format = _EXCEL_DATE_FORMATS[len(value)]


def json_bytes(frame: pd.DataFrame, meta: dict[str, str]) -> bytes:
    """JSON: ``{"provenance": {...}, "rows": [...]}``, Arabic kept readable (not escaped)."""
    rows = json.loads(frame.to_json(orient="records", force_ascii=False))
    return json.dumps({"provenance": meta, "rows": rows}, ensure_ascii=False, indent=1).encode("utf-8")
