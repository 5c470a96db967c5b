"""Tests for analysis.corpus.export: the Excel download with text XML cannot carry."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from analysis.corpus.export import excel_bytes, xml_safe

META = {"lexicon_version": "abc123", "settings": '{"q": "\ufffe"}'}


def hostile_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["a", "b", "c"],
        "text": ["وقال\x0b لافروف", "نص\x0c عادي\x1b[0m", "سطر\nثان\tمع جدول"],
        "surface": ["لافروف\ufffe", "حفتر", "=1+1"],
        "start": [5, 0, 7],
    })


def test_cells_xml_cannot_carry_are_cleaned_and_counted() -> None:
    safe, changed = xml_safe(hostile_frame())
    assert changed == 3
    assert safe["text"].tolist() == ["وقال لافروف", "نص عادي[0m", "سطر\nثان\tمع جدول"]
    assert safe["surface"].tolist() == ["لافروف", "حفتر", "=1+1"]
    assert safe["start"].tolist() == [5, 0, 7]
    # The frame given is left as it is; a value shared by many rows is tested once, each cell counted.
    hostile = hostile_frame()
    xml_safe(hostile)
    assert hostile["surface"].tolist()[0] == "لافروف\ufffe"
    shared = pd.DataFrame({"surface": pd.array(["لافروف\ufffe", "حفتر"] * 3, dtype="string")})
    cleaned, count = xml_safe(shared)
    assert count == 3 and cleaned["surface"].tolist() == ["لافروف", "حفتر"] * 3
    assert xml_safe(shared.iloc[[1, 3]])[1] == 0


def test_the_excel_file_is_written_and_says_how_many_cells_were_cleaned() -> None:
    workbook = pd.read_excel(io.BytesIO(excel_bytes(hostile_frame(), META, sheet="mentions")), sheet_name=None)
    assert workbook["mentions"]["text"].tolist() == ["وقال لافروف", "نص عادي[0m", "سطر\nثان\tمع جدول"]
    assert workbook["mentions"]["surface"].tolist() == ["لافروف", "حفتر", "=1+1"]  # exact text, stored as a text cell (never run)
    provenance = dict(zip(workbook["provenance"]["key"], workbook["provenance"]["value"]))
    assert provenance["settings"] == '{"q": ""}'
    assert provenance["cells_cleaned"] == "3 (characters Excel cannot store were left out)"


def test_a_clean_frame_says_nothing_about_cleaning() -> None:
    frame = pd.DataFrame({"surface": ["لافروف"]})
    assert xml_safe(frame)[1] == 0
    provenance = pd.read_excel(io.BytesIO(excel_bytes(frame, META)), sheet_name="provenance")
    assert "cells_cleaned" not in provenance["key"].tolist()


def test_arrow_tells_a_clean_text_column_from_one_xml_cannot_carry() -> None:
    from analysis.corpus.export import _arrow_clean

    assert _arrow_clean(pd.Series(["لافروف", "سطر\nثان\tمع جدول", None, "\U0001F600"], dtype="string"))
    assert _arrow_clean(pd.Series(["حفتر", "مصر"], dtype=object))
    assert _arrow_clean(pd.Series([], dtype="string"))
    # Each character XML leaves out: a control character, U+FFFE, U+FFFF, NUL.
    for bad in ("قال\x0b", "\ufffe", "نص\uffff", "\x00"):
        assert not _arrow_clean(pd.Series(["حفتر", bad], dtype="string"))
    # Not Arrow text (a number among the strings, a lone surrogate): tested in Python instead.
    assert not _arrow_clean(pd.Series(["حفتر", 3], dtype=object))
    assert not _arrow_clean(pd.Series(["\ud800"], dtype=object))
    surrogate = pd.DataFrame({"surface": pd.Series(["حفتر", "x\ud800"], dtype=object)})
    assert xml_safe(surrogate)[1] == 1 and xml_safe(surrogate)[0]["surface"].tolist() == ["حفتر", "x"]


def test_the_bytes_of_an_arrow_text_column_are_scanned_once_for_what_xml_cannot_carry() -> None:
    from analysis.corpus.export import _arrow_bytes_clean

    assert _arrow_bytes_clean(pd.Series(["لافروف", "سطر\nثان\tمع جدول", None, "ﻻ", "\U0001F600"], dtype="string"))
    for bad in ("قال\x0b", "\ufffe", "نص\uffff", "\x00", "\x1b[0m"):
        assert not _arrow_bytes_clean(pd.Series(["حفتر", bad], dtype="string"))
    # U+FFFD (EF BF BD) is a character XML carries: only BE and BF after EF BF are left out.
    assert _arrow_bytes_clean(pd.Series(["نص\ufffd"], dtype="string"))
    # Python strings are not scanned (the distinct values are tested instead).
    assert not _arrow_bytes_clean(pd.Series(["حفتر"], dtype=object))
    # A slice shares the whole column's bytes: the scan sees the bad row cut away and says no,
    # and the values themselves, tested next, are clean.
    shared = pd.Series(["لافروف\ufffe", "حفتر", "مصر"], dtype="string")
    assert not _arrow_bytes_clean(shared.iloc[1:])
    assert xml_safe(pd.DataFrame({"surface": shared.iloc[1:]}))[1] == 0


def test_more_rows_than_an_excel_sheet_holds_are_refused_in_one_line() -> None:
    # openpyxl failed with "IndexError: At least one sheet must be visible" past 1,048,575 rows.
    from analysis.corpus.export import EXCEL_ROWS, excel_row_problem

    assert excel_row_problem(EXCEL_ROWS - 1) == ""
    frame = pd.DataFrame({"sentence_id": range(EXCEL_ROWS)})
    with pytest.raises(ValueError, match=r"^Excel holds 1,048,575 rows under its header and these are 1,048,576: take the CSV or JSON"):
        excel_bytes(frame, META)
