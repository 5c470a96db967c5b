"""Writing frames out: CSV files for the CLI, and CSV / Excel / JSON downloads for the dashboard.

Downloads carry their provenance (the lexicon version and the analysis settings), and text
cells a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) are neutralised
with a leading apostrophe, as OWASP recommends for CSV injection.
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from analysis import __version__

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 (and so an .xlsx cell) cannot carry: control characters but tab and line breaks
# (\x0b, \x0c, \x1b), lone surrogates, and the non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


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
    for name, frame in frames.items():
        path = out / f"{name}.csv"
        frame.to_csv(path, index=False, encoding="utf-8")
        written.append(path)
    if meta is not None:
        path = out / "provenance.json"
        path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot be run as spreadsheet formulas."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_string_dtype(safe[column]) or safe[column].dtype == object:
            safe[column] = safe[column].map(
                lambda value: "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
            )
    return safe


def csv_bytes(frame: pd.DataFrame, meta: dict[str, str]) -> bytes:
    """CSV in UTF-8 with a BOM (so Excel shows Arabic), a ``#`` provenance line first."""
    line = "# Marsad export; " + "; ".join(f"{key}={value}" for key, value in meta.items()) + "\n"
    body = neutralise_formulas(frame).to_csv(index=False, lineterminator="\n")
    return ("\ufeff" + line + body).encode("utf-8")


def xml_safe(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """A copy of ``frame`` without the characters XML cannot carry, and how many cells lost some."""
    safe, changed = frame.copy(), 0
    for column in safe.columns:
        if pd.api.types.is_string_dtype(safe[column]) or safe[column].dtype == object:
            # Vectorised: a rerun of the Data page counts these on a frame of 50,000 rows.
            unsafe = safe[column].str.contains(_NOT_XML, na=False).astype(bool)
            if unsafe.any():
                changed += int(unsafe.sum())
                safe.loc[unsafe, column] = safe.loc[unsafe, column].map(lambda value: _NOT_XML.sub("", value))
    return safe, changed


def excel_bytes(frame: pd.DataFrame, meta: dict[str, str], *, sheet: str = "data") -> bytes:
    """An .xlsx workbook: the rows on one sheet, the provenance on a second.

    Characters XML cannot carry are left out (:func:`xml_safe`; openpyxl would refuse the whole
    file); the provenance then says in how many cells, and the caller can show the same count.
    """
    rows, changed = xml_safe(neutralise_formulas(frame))
    provenance_rows, _ = xml_safe(pd.DataFrame(list(meta.items()), columns=["key", "value"]))
    if changed:
        provenance_rows.loc[len(provenance_rows)] = ["cells_cleaned", f"{changed} (characters Excel cannot store were left out)"]
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        rows.to_excel(writer, sheet_name=sheet[:31], index=False)
        provenance_rows.to_excel(writer, sheet_name="provenance", index=False)
    return buffer.getvalue()


def json_bytes(frame: pd.DataFrame, meta: dict[str, str]) -> bytes:
    """JSON: ``{"provenance": {...}, "rows": [...]}``, Arabic kept readable (not escaped)."""
    rows = json.loads(frame.to_json(orient="records", force_ascii=False))
    return json.dumps({"provenance": meta, "rows": rows}, ensure_ascii=False, indent=1).encode("utf-8")
