"""Fixtures built from the real seeds and the shipped lexicon."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from analysis.corpus.documents import Document
from analysis.corpus.seeds import load_seeds
from analysis.lexicon.read import DATA_DIR, load_lexicon
from analysis.extract.pipeline import analyze

SEED_2017 = "000_6e8e4df2958d8f13"
SEED_2024 = "004_de159ab6a08af78c"


@pytest.fixture(scope="session", autouse=True)
def outside_the_checkout(tmp_path_factory: pytest.TempPathFactory):
    """Point the corpus store and the user's lexicon at a temporary folder for the whole run.

    Pages re-run under AppTest and CLI subprocesses open the default store; without this they
    would create ``marsad.sqlite3`` (and a ``user_lexicon/``) in the checkout. A test that needs
    its own store or lexicon still sets them itself (monkeypatch restores this folder after it).
    """
    folder = tmp_path_factory.mktemp("marsad-home")
    saved = {name: os.environ.get(name) for name in ("MARSAD_DB", "MARSAD_LEXICON")}
    os.environ["MARSAD_DB"] = str(folder / "marsad.sqlite3")
    os.environ["MARSAD_LEXICON"] = str(folder / "user_lexicon")
    yield folder
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def the_main_module_kept():
    """Put back ``sys.modules["__main__"]`` after every test.

    AppTest runs a page as Streamlit's server does, installing the script as ``__main__`` and
    leaving it there; a process started with ``spawn`` later in the run then imported app.py
    in place of pytest and died drawing a page outside a server (exit code 1, seen when the
    two-process store test ran after the dashboard tests).
    """
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture(scope="session")
def seeds() -> dict[str, Document]:
    return {doc.doc_id: doc for doc in load_seeds()}


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon(DATA_DIR)


@pytest.fixture(scope="session")
def frames(seeds, lexicon):
    return analyze(seeds.values(), lexicon)


def rendered(markdown: str) -> str:
    """A plain-text message as the analyst reads it: the dashboard escapes every value before
    markdown (``a\\.txt``), and markdown shows the escaped character itself; the bidi isolates
    around a filter's values (U+2068, U+2069) are invisible."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2068", "").replace("\u2069", "")


# Two outlets, three short articles written for the tests (keyness, the Groups page, compare-groups).
RT, ARABY = "روسيا اليوم", "العربي الجديد"
TWO_OUTLETS = [
    Document("rt1", "قال لافروف إن موسكو تدعم الحوار. وأكد لافروف أنّ الحوار هو الحلّ.", outlet=RT, date="2024-03-01", source="rt1.txt"),
    Document("rt2", "رحّب الكرملين بالحوار في ليبيا. وقال لافروف إن الحل سياسي.", outlet=RT, date="2024-04-02", source="rt2.txt"),
    Document("aj1", "انتقد حفتر موسكو. وقال المجلس الرئاسي إن الحوار متعثر.", outlet=ARABY, date="2023-05-01", source="aj1.txt"),
]


def snippet(text: str, *, date: str = "2024", doc_id: str = "snippet") -> Document:
    """A short article made of real Arabic text, for a rule's test."""
    return Document(doc_id, text, date=date, source="test")


def scored_statements(text: str, lexicon, *, date: str = "2024") -> list[tuple[str, str, str]]:
    """The statements of ``text`` as the scorer reads them: (speaker id or name, the statement's
    polarity, the attribution of its first row), one per sentence and speaker; the polarity is the
    first of its rows that carries one."""
    frame = analyze([snippet(text, date=date)], lexicon).stances
    out = []
    for _, rows in frame.groupby(["sentence_id", "speaker_id", "speaker_name"], sort=False):
        polarity = next((p for p in rows["polarity"] if p != "neutral"), "neutral")
        row = rows.iloc[0]
        out.append((row["speaker_id"] or row["speaker_name"], polarity, row["attribution"]))
    return out


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh corpus store and the folder the Lexicons page saves edits to, both in ``tmp_path``."""
    monkeypatch.setenv("MARSAD_DB", str(tmp_path / "corpus.sqlite3"))
    folder = tmp_path / "user_lexicon"
    monkeypatch.setenv("MARSAD_LEXICON", str(folder))
    return folder


# Five short articles from two outlets and none, dated to the day, to the month and not at all,
# written for the corpus views (Trends, Outlets). What the analysis finds in them:
#   a  سبوتنيك        2024-05-06 (a Monday)  14 words: lavrov, haftar_khalifa; un_mediation, energy;
#                                              Lavrov positive (رحب), Haftar neutral (وقال)
#   b  سبوتنيك        2024-05-08             6 words: dbeibah, moscow; arms; al-Dbeibah negative (انتقد)
#   c  العربي الجديد  2024-05-15             9 words: lavrov, russia, libya; un_mediation;
#                                              Lavrov neutral (قال) and positive (تدعم)
#   d  (no outlet)    2024-05 (a month)      7 words: haftar_khalifa, benghazi; Haftar positive (رحب)
#   e  العربي الجديد  undated               12 words: putin, tripoli; energy; Putin neutral (قال),
#                                              the article's own voice negative (العدوان)
OUTLET_ARTICLES = (
    ("a", "سبوتنيك", "2024-05-06", "رحب لافروف بالحوار الليبي. وقال حفتر إن النفط يجب أن يبقى بعيدا عن الصراع."),
    ("b", "سبوتنيك", "2024-05-08", "انتقد الدبيبة صفقات الأسلحة مع موسكو."),
    ("c", "العربي الجديد", "2024-05-15", "قال لافروف إن روسيا تدعم الحل السياسي في ليبيا."),
    ("d", "", "2024-05", "رحب حفتر بزيارة الوفد الروسي إلى بنغازي."),
    ("e", "العربي الجديد", "", "قال بوتين إن الغاز الروسي مهم. ويبقى العدوان على طرابلس جرحا مفتوحا."),
)


def outlet_articles() -> list[Document]:
    """:data:`OUTLET_ARTICLES` as documents."""
    return [Document(doc_id, text, outlet=outlet, date=date, source="test") for doc_id, outlet, date, text in OUTLET_ARTICLES]


@pytest.fixture(scope="session")
def outlet_frames(lexicon):
    return analyze(outlet_articles(), lexicon)


def _page_inside_the_entrypoint(page: str) -> None:
    # AppTest copies this function's source into a script file of its own: it imports for itself.
    import runpy

    from dashboard import navigation

    with navigation.entrypoint():
        runpy.run_path(page, run_name="__main__")


def page_alone(page: str, *, default_timeout: float):
    """An AppTest of one page file by itself, marked as run through the entrypoint so that
    :func:`dashboard.navigation.require_entrypoint` lets it draw: no sidebar, so the page's own
    elements are the only ones, and the page's own ``st.rerun()`` reruns the same page."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_function(_page_inside_the_entrypoint, args=(page,), default_timeout=default_timeout)
