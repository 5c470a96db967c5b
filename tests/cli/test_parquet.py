"""``analyze --format parquet`` and ``--engine dask``, run as a user runs them."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

from analysis.extract import schema
from analysis.extract.dataset import read_dataset

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


def run(*args, prelude=""):
    code = f"{prelude}import sys; from analysis.cli.main import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True)


def read_csv_frame(path: Path, name: str) -> pd.DataFrame:
    """A CSV the command wrote, with the schema's dtypes ('' stays '', 'False' is False)."""
    spec = schema.FRAMES[name]
    frame = pd.read_csv(path, dtype={column: str for column, (dtype, _) in spec.items() if dtype in ("string", "bool")},
                        keep_default_na=False)
    for column, (dtype, _) in spec.items():
        if dtype == "bool":
            frame[column] = frame[column].map({"True": True, "False": False})
    return schema.conform(frame, name)


def test_parquet_holds_what_the_csvs_hold(tmp_path):
    for fmt in ("csv", "parquet"):
        result = run("analyze", str(SEEDS), "--format", fmt, "--out", str(tmp_path / fmt))
        assert result.returncode == 0, result.stderr
    assert "wrote 13 files" in result.stdout  # 6 frames × 2 partitions, and provenance.json
    back = read_dataset(tmp_path / "parquet")
    for name, got in back.items():
        want = read_csv_frame(tmp_path / "csv" / f"{name}.csv", name).sort_values("doc_id", kind="stable")
        pdt.assert_frame_equal(got, want.reset_index(drop=True), check_exact=True, obj=name)
    assert back.stances["quote"].any() and not back.stances["quote"].all()
    assert (tmp_path / "parquet" / "provenance.json").is_file()


def test_a_second_run_into_the_same_dataset_is_refused(tmp_path):
    assert run("analyze", str(SEEDS), "--format", "parquet", "--out", str(tmp_path)).returncode == 0
    result = run("analyze", str(SEEDS), "--format", "parquet", "--out", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == f"error: {tmp_path / 'documents'} already exists; give an empty folder for a Parquet dataset\n"


def test_engine_dask_without_dask_says_what_to_install(tmp_path):
    # As if Dask were not installed: importing it fails.
    result = run("analyze", str(SEEDS), "--engine", "dask", "--out", str(tmp_path),
                 prelude="import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None; ")
    assert result.returncode == 2
    assert result.stderr == "error: --engine dask needs Dask: pip install -r requirements-dask.txt\n"
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"],
     "--workers sets a local cluster's size; a running scheduler has its own workers"),
    (["--workers", "0"], "--workers must be at least 1"),
])
def test_engine_usage_errors(tmp_path, args, message):
    result = run("analyze", str(SEEDS), *args, "--out", str(tmp_path))
    assert (result.returncode, result.stderr) == (2, f"error: {message}\n")


def test_engine_dask_writes_the_dataset_of_one_process(tmp_path):
    pytest.importorskip("distributed", reason="needs requirements-dask.txt (scripts/test.sh installs it)")
    local = run("analyze", str(SEEDS), "--format", "parquet", "--out", str(tmp_path / "local"))
    dask = run("analyze", str(SEEDS), "--format", "parquet", "--engine", "dask", "--workers", "2", "--out", str(tmp_path / "dask"))
    assert local.returncode == 0 and dask.returncode == 0, dask.stderr
    assert dask.stdout == local.stdout.replace("local", "dask")
    for (name, got), (_, want) in zip(read_dataset(tmp_path / "dask").items(), read_dataset(tmp_path / "local").items()):
        pdt.assert_frame_equal(got, want, check_exact=True, obj=name)
