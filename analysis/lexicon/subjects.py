"""Subjects: a lexicon folder, its own corpus store, and whether the shipped demo seeds it.

Marsad ships one subject, the lexicon in ``data/`` (its ``subject.csv`` names it), whose store
starts with the seed articles. An analyst creates others (empty, or copied from one) under
``user_lexicon/subjects/<key>/`` (``$MARSAD_LEXICON``); each has its own store beside the shipped
one (``marsad.<key>.sqlite3``), which starts empty, so a subject keeps its own articles and its
own analysis. Edits to the shipped subject still go to ``user_lexicon/`` itself, never to
``data/``.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from analysis.corpus.store import default_db_path
from analysis.lexicon.read import FILES, LexiconError, active_lexicon_dir, read_tables, user_lexicon_dir

SHIPPED = ""  # the shipped subject's key
SUBJECTS_FOLDER = "subjects"
KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_NAME = 80


class SubjectError(ValueError):
    """A subject that cannot be made or found; the message is one line for the analyst."""


@dataclass(frozen=True)
class Subject:
    key: str  # "" for the shipped subject
    name: str
    lexicon_dir: Path  # where its lexicon is read from
    edit_dir: Path  # where the Lexicons page saves its edits
    db_path: Path  # its corpus store
    shipped: bool

    @property
    def seeded_with_demo(self) -> bool:
        """Whether its store starts with the seed articles (the shipped subject's demo only)."""
        return self.shipped


def subjects_root() -> Path:
    return user_lexicon_dir() / SUBJECTS_FOLDER


def subject(key: str = SHIPPED) -> Subject:
    """The subject of ``key`` ("" or unknown-but-valid keys raise; "" is the shipped one)."""
    if key == SHIPPED:
        folder = active_lexicon_dir()
        return Subject(SHIPPED, _name(folder, "The shipped subject"), folder, user_lexicon_dir(), default_db_path(), True)
    if not KEY.fullmatch(key or ""):
        raise SubjectError(f"'{key[:40]}' is not a subject key (lowercase letters, digits and _, starting with a letter).")
    folder = subjects_root() / key
    if not (folder / "actors.csv").is_file():
        raise SubjectError(f"There is no subject '{key}'.")
    return Subject(key, _name(folder, key), folder, folder, _db_path(key), False)


def subjects() -> list[Subject]:
    """The shipped subject first, then the analyst's, by key."""
    found = [subject(SHIPPED)]
    root = subjects_root()
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            if KEY.fullmatch(folder.name) and (folder / "actors.csv").is_file():
                found.append(subject(folder.name))
    return found


def create_subject(key: str, name: str, *, copy_from: Subject | None = None) -> Subject:
    """A new subject: empty lexicon files with their headers, or a copy of ``copy_from``'s.

    Raises:
        SubjectError: the key or the name is not acceptable, or the subject exists.
    """
    if not KEY.fullmatch(key or ""):
        raise SubjectError("The key is lowercase letters, digits and _, starting with a letter (at most 40).")
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_NAME or any(ord(char) < 32 for char in name):
        raise SubjectError(f"Give the subject a name of at most {MAX_NAME} characters.")
    folder = subjects_root() / key
    if folder.exists():
        raise SubjectError(f"A subject '{key}' exists already.")
    folder.mkdir(parents=True)
    for file, columns in FILES.items():
        source = copy_from.lexicon_dir / f"{file}.csv" if copy_from else None
        if source is not None and source.is_file():
            shutil.copyfile(source, folder / f"{file}.csv")
        else:
            (folder / f"{file}.csv").write_text(",".join(columns) + "\n", encoding="utf-8")
    description = f"{name}: who is named, what is discussed, and who takes which stance."
    (folder / "subject.csv").write_text(f'name,description\n"{name.replace(chr(34), "")}","{description.replace(chr(34), "")}"\n',
                                        encoding="utf-8")
    return subject(key)


def _db_path(key: str) -> Path:
    shipped = default_db_path()
    return shipped.with_name(f"{shipped.stem}.{key}{shipped.suffix or '.sqlite3'}")


def _name(folder: Path, fallback: str) -> str:
    try:
        # subject.csv only: every file of the lexicon was parsed for the name, twice a rerun (0.16 s)
        rows = read_tables(folder, ("subject",)).get("subject") or []
    except LexiconError:
        return fallback
    return (rows[0].get("name") if rows else "") or fallback
