"""Marsad's server: ``streamlit run serve.py`` serves ``app.py`` (what ``scripts/start.sh`` does).

``streamlit run app.py`` works too. The difference is when the code the pages run is imported:
a plain server imports pandas, plotly and Marsad's modules in the first view, so the analyst who
opens the dashboard first waits for them (0.4-0.6 s of a 3 s first view at 10,000 articles).
Here they are imported while the server starts, before it answers, through ``st.App``'s
lifespan hook. Then, while the server already answers, the shipped subject's analysed store is
read into the pages' cache (``dashboard.loading.warm``): a first view that comes before it is done
waits for it rather than reading the store again.
"""

import importlib
import logging
import pkgutil
import threading
from contextlib import asynccontextmanager

import streamlit as st

# What the pages import: the dashboard's helpers and the views' computations (which bring in
# pandas, pyarrow, plotly and the rest of ``analysis``), the Corpus page's uploads, and
# camel-tools' tokeniser, which ``analysis.arabic.text`` imports when it first meets a word with
# punctuation (0.7 s of the Suggestions page's first view at 10,000 articles: it reads the titles
# before unlisted names).
_IMPORTED = ("dashboard", "analysis.explore", "analysis.corpus.uploads", "camel_tools.tokenizers.word")


def imported_modules() -> list[str]:
    """Import the modules of :data:`_IMPORTED` (every module of a package), and name them."""
    names = []
    for name in _IMPORTED:
        imported = importlib.import_module(name)
        names.append(name)
        for module in pkgutil.iter_modules(getattr(imported, "__path__", []), prefix=f"{name}."):
            importlib.import_module(module.name)
            names.append(module.name)
    return names


def _warm() -> None:
    try:
        from dashboard import loading

        loading.warm()
    except Exception:  # noqa: BLE001 - the first view reads the store itself and shows any error on the page
        logging.getLogger(__name__).exception("serve.py: reading the analysed store ahead failed; the first view will read it")


@asynccontextmanager
async def _imported_first(_app):
    try:
        imported_modules()
    except Exception:  # noqa: BLE001 - the first view imports them again and shows the error on the page
        logging.getLogger(__name__).exception("serve.py: importing the pages' modules failed; the first view will say why")
    else:
        threading.Thread(target=_warm, name="marsad-warm", daemon=True).start()
    yield


app = st.App("app.py", lifespan=_imported_first)
