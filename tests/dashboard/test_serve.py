"""``serve.py``: the server ``scripts/start.sh`` runs imports, as it starts, every module of the
dashboard and of the views that the pages import (the end-to-end test serves the pages through it)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import serve

ROOT = Path(__file__).resolve().parents[2]


def modules_the_pages_import() -> set[str]:
    """The dashboard's and the views' modules that ``app.py`` and the pages import, read from their code."""
    found = set()
    for script in [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]:
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found |= {name for name in names if name.count(".") >= 1 and (ROOT / (name.replace(".", "/") + ".py")).exists()}
    return found


def test_the_server_imports_every_module_the_pages_import():
    wanted = modules_the_pages_import()
    # app.py's own imports, and some that only one page uses
    assert {"dashboard.loading", "dashboard.sidebar", "analysis.explore.keyness", "analysis.explore.concordance",
            "analysis.corpus.uploads", "analysis.lexicon.edit"} <= wanted
    # In a fresh interpreter: this one has imported them all already, through the other tests.
    code = "import json, sys, serve; serve.imported_modules(); print(json.dumps(sorted(sys.modules)))"
    imported = json.loads(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    assert sorted(wanted - set(imported)) == []
    assert {"pandas", "plotly.graph_objects", "pyarrow"} <= set(imported)
    # Imported by analysis.arabic.text only when it first meets punctuation, as the Suggestions page does.
    assert "camel_tools.tokenizers.word" in imported


def test_the_server_serves_app_py():
    assert Path(serve.app.script_path).name == "app.py"
    assert "streamlit run serve.py" in (ROOT / "scripts" / "start.sh").read_text(encoding="utf-8")


def test_a_module_that_cannot_be_imported_leaves_the_server_starting(monkeypatch, caplog):
    import asyncio

    # The first view imports it again and shows the error on the page, as `streamlit run app.py` does.
    monkeypatch.setattr(serve, "_IMPORTED", ("analysis.no_such_module",))

    async def start() -> bool:
        async with serve._imported_first(serve.app):
            return True

    assert asyncio.run(start()) is True
    assert "importing the pages' modules failed" in caplog.text and "analysis.no_such_module" in caplog.text
