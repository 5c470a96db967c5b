"""Lexicons: load and validate the subject's data files (actors, aliases, topics, cues, titles,
events).

The files are described in ``data/README.md``. Every problem is reported with its file and
line (``aliases.csv:14: unknown actor_id 'lavrov2'``), all at once, so an analyst editing a
spreadsheet fixes them in one pass.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from analysis.arabic.dates import DateError, date_period, parse_date
from analysis.arabic.text import normalise_word
from analysis.lexicon.language import Language, language_version, load_language

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
# Longer than any name, title or phrase an article uses; a pasted paragraph is a mistake. The
# dashboard saves a cell only this long, and every page reads the lexicon back on each run.
MAX_CELL_CHARS = 200
# Lexicons edited on the dashboard are saved here, never over the shipped defaults in data/.
USER_LEXICON_ENV = "MARSAD_LEXICON"
USER_LEXICON_DIR = Path(__file__).resolve().parents[2] / "user_lexicon"

FILES = {
    "actors": ("actor_id", "name_en", "name_ar", "type", "affiliation"),
    "aliases": ("actor_id", "alias", "kind", "valid_from", "valid_to"),
    "topics": ("topic", "term", "label", "colour", "role", "supports"),
    "cues": ("cue", "cue_type", "polarity", "holder"),
    "titles": ("title", "note"),
    "subject": ("name", "description"),
    "events": ("date", "label"),
}
# Files added after the first release: a lexicon folder without them still loads, with them empty.
OPTIONAL_FILES = ("titles", "subject", "events")
# Files that change no finding, only what the pages show beside them (the subject's name, the events
# on the time axis): they are not part of the lexicon's version, so editing them re-analyses nothing.
DISPLAY_FILES = ("subject", "events")
# Columns added after the first release: a file without them still loads, with them empty.
OPTIONAL_COLUMNS = {"cues": ("holder",), "topics": ("label", "colour", "role", "supports")}
# topics.csv rows of this "topic" are no topic: phrases that hold a term but say nothing of its
# topic (مجلس الأمن القومي holds مجلس الأمن); the longest match wins, so they silence the term.
IGNORE_TOPIC = "ignore"
# topics.csv's role column: empty, a term that counts alone; ``broad``, a term that counts only
# with another term or a context word of its topic near it in its sentence (قوات alone is any
# army's forces, قوات with السيطرة near it is fighting); ``context``, no term, only such support.
BROAD, CONTEXT = "broad", "context"
TOPIC_ROLES = ("", BROAD, CONTEXT)
# topics.csv's supports column, on a context row: the broad terms of its topic it supports, split by
# this sign (ليبيا supports الانتخابات|انتخابات, not الأمم المتحدة); empty, every broad term of its topic.
SUPPORTS_SEPARATOR = "|"
# A topic's colour on the dashboard: a light background under dark Arabic glyphs (#ffa8a8).
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# Topics without a colour of their own get one of these, in the order they first appear: hues apart
# from each other (#96f2d7 and #99e9f2, mint and cyan, read as one colour on a chip or a line), and
# from the states' light blue (#a5d8ff) beside them in the texts (#99e9f2 read as it): teal.
TOPIC_PALETTE = ("#ffa8a8", "#ffe066", "#eebefa", "#20c997", "#b2f2bb", "#ffc078", "#bac8ff", "#d8f5a2", "#fcc2d7", "#ced4da")
MAX_LABEL = 60
# An event's label is drawn on a chart's time axis: a line, not a paragraph.
MAX_EVENT_LABEL = 100
ACTOR_TYPES = ("person", "state", "organisation", "armed_group", "media", "city", "location")
ALIAS_KINDS = ("name", "variant", "title", "abbreviation", "anaphor")
# The match kind (and alias kind) of a title several actors held in turn, in an undated article;
# its actor id is this prefix and the title's normalised form.
UNRESOLVED = "unresolved"
UNRESOLVED_PREFIX = "unresolved:"
UNRESOLVED_NAME = "Unresolved title"  # the stand-in's English name begins so: "Unresolved title (A or B)"
CUE_TYPES = ("reporting", "relay", "source", "evaluative", "ignore", "stigma")
POLARITIES = ("positive", "negative", "neutral")
HOLDERS = ("", "subject", "quoted")


class LexiconError(ValueError):
    """The lexicon files have problems; ``problems`` lists them as ``file:line: message``."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name_en: str
    name_ar: str
    type: str
    affiliation: str


@dataclass(frozen=True)
class Alias:
    actor_id: str
    alias: str
    kind: str
    valid_from: date | None = None
    valid_to: date | None = None
    # A title several actors held in turn: for an undated article, none of them is guessed.
    shared: bool = False
    # Of an ``unresolved`` alias: the actors who held the title, in the order they held it.
    holders: tuple[str, ...] = ()
    # Of a title generated without its host (سفير روسيا from سفير روسيا لدى ليبيا): the host's
    # last word, normalised, which must be named in the same sentence.
    host: str = ""
    # ... or one of the host state's listed cities, normalised (طرابلس for ليبيا)
    host_places: frozenset[str] = frozenset()

    def valid_during(self, period: tuple[date, date] | None) -> bool:
        """Whether the actor holds this alias at some point of ``period``.

        With no date (``period`` None) an alias holds any time, except a title several actors
        held in turn: then only its ``unresolved`` stand-in matches.
        """
        if self.kind == UNRESOLVED:
            return period is None
        if period is None:
            return not self.shared
        first, last = period
        return (self.valid_from is None or self.valid_from <= last) and (self.valid_to is None or self.valid_to >= first)


@dataclass(frozen=True)
class Cue:
    cue: str
    cue_type: str
    polarity: str
    holder: str = ""
    # Of a form generated from a listed cue (تحريضا from تحريض, see analysis.lexicon.cue_forms):
    # the listed cue, which the stance rows name; empty for a listed row.
    lemma: str = ""

    @property
    def listed(self) -> str:
        """The cue as cues.csv lists it: the row's own, or the one this form was generated from."""
        return self.lemma or self.cue


@dataclass(frozen=True)
class Event:
    """Something that happened, marked on the time axis of the Trends page (events.csv).

    ``date`` is ISO at the precision known (``2019-04-04``, ``2020-10``, ``2023``), as
    :func:`analysis.arabic.dates.parse_date` reads it; ``label`` is the analyst's text, shown
    escaped.
    """

    date: str
    label: str


@dataclass(frozen=True)
class Lexicon:
    actors: dict[str, Actor]
    aliases: tuple[Alias, ...]
    topics: tuple[tuple[str, str], ...]
    cues: tuple[Cue, ...]
    version: str = field(default="")
    # Words that announce a person's name (وزير، المتحدث باسم، المشير): titles.csv of the subject.
    titles: tuple[str, ...] = ()
    # The language's word lists (data/language/), shared by every subject.
    language: Language = field(default_factory=load_language, compare=False, repr=False)
    # Of the topic terms, those whose role is ``broad`` (topic, term); and the topics' ``context``
    # words (topic, word), which are no terms and only support a broad term near them.
    broad_terms: frozenset[tuple[str, str]] = frozenset()
    topic_context: tuple[tuple[str, str], ...] = ()
    # The context words that support only some broad terms of their topic, as (topic, word, broad
    # term), one per term (topics.csv's supports column); a context word not here supports them all.
    context_supports: frozenset[tuple[str, str, str]] = frozenset()
    # How the dashboard names and colours each topic (topics.csv's label and colour columns).
    topic_labels: dict[str, str] = field(default_factory=dict)
    topic_colours: dict[str, str] = field(default_factory=dict)
    # What the subject is, in the analyst's words (subject.csv): shown on the Overview page.
    subject_name: str = ""
    subject_description: str = ""
    # Events to mark on the time axis (events.csv), in date order; they change no finding.
    events: tuple[Event, ...] = ()

    @property
    def topic_ids(self) -> list[str]:
        """Topic ids in the order they first appear in topics.csv (``ignore`` rows are none)."""
        return list(dict.fromkeys(topic for topic, _ in self.topics if topic != IGNORE_TOPIC))


Rows = list[dict[str, str]]


def read_files(folder: Path | str = DATA_DIR) -> dict[str, str]:
    """The text of each lexicon file of ``folder``, by name.

    A missing file is an error, unless it is one of :data:`OPTIONAL_FILES`, which then reads as
    empty; so is a file that is not UTF-8.
    """
    contents, problems = _read_files(Path(folder))
    if problems:
        raise LexiconError([problem for _, problem in problems])
    return contents


def tables_from_files(contents: dict[str, str]) -> dict[str, Rows]:
    """Rows of each file's text (as from :func:`read_files`); an empty text has no rows."""
    return _tables(contents, [])


def read_tables(folder: Path | str = DATA_DIR, names: tuple[str, ...] | None = None) -> dict[str, Rows]:
    """The lexicon files of ``folder`` (those ``names``, default all) as lists of rows; every
    problem is reported at once."""
    contents, problems = _read_files(Path(folder), names)
    return _tables(contents, problems)


def _read_files(folder: Path, names: tuple[str, ...] | None = None) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The one place lexicon files are read: contents by name, and (name, problem) pairs."""
    contents: dict[str, str] = {}
    problems: list[tuple[str, str]] = []
    for name in FILES if names is None else names:
        try:
            contents[name] = (folder / f"{name}.csv").read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            if name in OPTIONAL_FILES:
                contents[name] = ""
            else:
                problems.append((name, f"{name}.csv: file not found in {folder.name}/"))
        except UnicodeDecodeError:
            problems.append((name, f"{name}.csv: not UTF-8 text"))
    return contents, problems


def _tables(contents: dict[str, str], read_problems: list[tuple[str, str]]) -> dict[str, Rows]:
    tables: dict[str, Rows] = {}
    problems: list[str] = []
    for name in FILES:
        problems.extend(problem for file, problem in read_problems if file == name)
        content = contents.get(name)
        if content is None:
            continue
        try:
            tables[name] = parse_csv(content, name=name) if content.strip() else []
        except LexiconError as error:
            problems.extend(error.problems)
    if problems:
        raise LexiconError(problems)
    return tables


def parse_csv(content: str, *, name: str) -> Rows:
    """Rows of one lexicon CSV, checking the header; blank lines are skipped."""
    reader = csv.DictReader(io.StringIO(content))
    try:
        return _rows(reader, name=name)
    except csv.Error as error:
        # A cell over csv's field limit (131,072 characters) or a broken quote: a problem to
        # report with its line, not a crash of every page that reads the lexicon.
        # The line being read when it failed is not counted yet in line_num.
        raise LexiconError([f"{name}.csv:{reader.line_num + 1}: the file cannot be read as CSV ({error})"]) from None


def _rows(reader: csv.DictReader, *, name: str) -> Rows:
    expected = FILES[name]
    header = tuple(column.strip() for column in (reader.fieldnames or ()))
    optional = OPTIONAL_COLUMNS.get(name, ())
    missing = [column for column in expected if column not in header and column not in optional]
    if missing:
        required = [column for column in expected if column not in optional]
        raise LexiconError([f"{name}.csv:1: missing column(s) {', '.join(missing)}; expected {','.join(required)}"])
    rows = []
    for row in reader:
        cleaned = {(key or "").strip(): (value or "").strip() for key, value in row.items() if key is not None}
        for column in optional:
            cleaned.setdefault(column, "")
        if any(cleaned.values()):
            cleaned["_line"] = str(reader.line_num)
            rows.append(cleaned)
    return rows


def user_lexicon_dir() -> Path:
    """Where edited lexicons live: ``$MARSAD_LEXICON`` or ``user_lexicon/`` beside ``data/``."""
    return Path(os.environ.get(USER_LEXICON_ENV) or USER_LEXICON_DIR)


def active_lexicon_dir() -> Path:
    """The user's edited lexicon when all its required files exist there, else the shipped ``data/``."""
    folder = user_lexicon_dir()
    required = [name for name in FILES if name not in OPTIONAL_FILES]
    return folder if all((folder / f"{name}.csv").is_file() for name in required) else DATA_DIR


def load_lexicon(folder: Path | str | None = None) -> Lexicon:
    """Read and validate the lexicon files of ``folder`` (default: :func:`active_lexicon_dir`)."""
    return build_lexicon(read_tables(active_lexicon_dir() if folder is None else folder))


def too_common(text: str) -> str | None:
    """Why ``text`` cannot name an actor or be a cue (it would match nearly every sentence), or None."""
    form = normalise_word(text)
    if len(form.replace(" ", "")) == 1:
        return "is a single letter"
    if form in load_language().function_words:
        return "is a common function word (data/language/function_words.txt)"
    return None


def build_lexicon(tables: dict[str, Rows]) -> Lexicon:
    """Validate rows (as from :func:`read_tables`) into a :class:`Lexicon`, or raise LexiconError."""
    problems: list[str] = []
    for name, rows in tables.items():
        _check_cells(name, rows, problems)
    if problems:
        # Overlong or control-character cells are not looked at further: one line each is enough.
        raise LexiconError(problems)
    actors = _actors(tables["actors"], problems)
    aliases = _aliases(tables["aliases"], actors, problems)
    if not problems:
        aliases = _unresolved_titles(aliases, actors)
    topics, broad, context, supports = _topics(tables["topics"], problems)
    cues = _cues(tables["cues"], problems)
    titles = _titles(tables.get("titles", []), problems)
    shown = _displayed(tables, problems)
    labels, colours = _topic_looks(tables["topics"], problems)
    if problems:
        raise LexiconError(problems)
    return Lexicon(
        actors, tuple(aliases), tuple(topics), tuple(cues), version=lexicon_version(tables), titles=tuple(titles),
        topic_labels=labels, topic_colours=colours, broad_terms=frozenset(broad), topic_context=tuple(context),
        context_supports=frozenset(supports), **shown,
    )


def _topic_looks(rows: Rows, problems: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each topic's label and colour: the first given on any of its rows, else its id in words
    (``un_mediation`` → ``Un mediation``) and the next colour of :data:`TOPIC_PALETTE`."""
    labels: dict[str, str] = {}
    colours: dict[str, str] = {}
    order: list[str] = []
    for row in rows:
        topic = row.get("topic", "")
        if not topic or topic == IGNORE_TOPIC:
            continue
        if topic not in order:
            order.append(topic)
        label, colour = row.get("label", ""), row.get("colour", "")
        if label and topic not in labels:
            if len(label) > MAX_LABEL:
                problems.append(f"{_where('topics', row)}: label is {len(label)} characters long; at most {MAX_LABEL} are allowed")
            else:
                labels[topic] = label
        if colour and topic not in colours:
            if not COLOUR.fullmatch(colour):
                problems.append(f"{_where('topics', row)}: colour '{colour}' is not written #rrggbb (e.g. #ffa8a8)")
            else:
                colours[topic] = colour.lower()
    for index, topic in enumerate(order):
        labels.setdefault(topic, topic.replace("_", " ").capitalize())
        colours.setdefault(topic, TOPIC_PALETTE[index % len(TOPIC_PALETTE)])
    return labels, colours


def displayed(tables: dict[str, Rows]) -> dict[str, object]:
    """The :class:`Lexicon` fields :data:`DISPLAY_FILES` give (events, the subject's name and
    description), so that a cached analysis can show the ones saved since.

    Raises:
        LexiconError: events.csv has a row that is not an event.
    """
    problems: list[str] = []
    shown = _displayed(tables, problems)
    if problems:
        raise LexiconError(problems)
    return shown


def _displayed(tables: dict[str, Rows], problems: list[str]) -> dict[str, object]:
    subject = (tables.get("subject") or [{}])[0]
    return {"subject_name": subject.get("name", ""), "subject_description": subject.get("description", ""),
            "events": tuple(_events(tables.get("events", []), problems))}


def lexicon_version(tables: dict[str, Rows]) -> str:
    """A short hash of the lexicon's content, so an export can say which lexicon made it (the
    files that change no finding, :data:`DISPLAY_FILES`, are left out)."""
    canonical = {
        name: [{key: value for key, value in row.items() if key != "_line"} for row in rows]
        for name, rows in sorted(tables.items()) if name not in DISPLAY_FILES
    }
    # The language's word lists are read by every analysis too: they are part of the version.
    canonical["language"] = language_version()
    digest = hashlib.sha256(json.dumps(canonical, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()[:12]


def _where(name: str, row: dict[str, str]) -> str:
    return f"{name}.csv:{row.get('_line', '?')}"


# What a spreadsheet reads as the start of a formula (OWASP's CSV injection list, less tab and CR,
# which are control characters).
FORMULA_STARTS = frozenset("=+-@")


def _check_cells(name: str, rows: Rows, problems: list[str]) -> None:
    """Every cell at most :data:`MAX_CELL_CHARS` long, free of control characters, and not the
    start of a spreadsheet formula."""
    for row in rows:
        for column, value in row.items():
            if column == "_line":
                continue
            if len(value) > MAX_CELL_CHARS:
                problems.append(
                    f"{_where(name, row)}: {column} is {len(value):,} characters long; at most {MAX_CELL_CHARS} are allowed"
                )
            elif any(unicodedata.category(char) == "Cc" for char in value):
                control = next(char for char in value if unicodedata.category(char) == "Cc")
                problems.append(f"{_where(name, row)}: {column} contains a control character ({control!r})")
            elif value[:1] in FORMULA_STARTS:
                # The lexicon's own download is these files as they are: a spreadsheet opening
                # them would run =HYPERLINK(…) as a formula, and no name starts so.
                problems.append(f"{_where(name, row)}: {column} starts with {value[0]!r}, as a spreadsheet formula does")


def _english_key(name: str) -> str:
    """An English name as two actors could not share it: case and runs of spaces aside
    (``Russia`` and ``russia `` are one name)."""
    return " ".join(name.split()).casefold()


def _actors(rows: Rows, problems: list[str]) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    # Pages, charts and the speaker filter name actors by name_en: two actors of one name would be
    # two bars, two table rows and two filter choices an analyst cannot tell apart.
    named: dict[str, dict[str, str]] = {}
    for row in rows:
        where = _where("actors", row)
        actor_id = row["actor_id"]
        if not actor_id:
            problems.append(f"{where}: empty actor_id")
            continue
        if actor_id in actors:
            problems.append(f"{where}: duplicate actor_id '{actor_id}'")
            continue
        if row["type"] not in ACTOR_TYPES:
            problems.append(f"{where}: type '{row['type']}' is not one of {', '.join(ACTOR_TYPES)}")
        if not row["name_en"] or not row["name_ar"]:
            problems.append(f"{where}: actor '{actor_id}' needs both name_en and name_ar")
        elif (first := named.setdefault(_english_key(row["name_en"]), row)) is not row:
            problems.append(
                f"{where}: actor '{actor_id}' has the English name '{row['name_en']}' of actor '{first['actor_id']}' "
                f"({_where('actors', first)}); give each actor its own name_en"
            )
        actors[actor_id] = Actor(actor_id, row["name_en"], row["name_ar"], row["type"], row["affiliation"])
    for row in rows:
        affiliation = row["affiliation"]
        if affiliation and affiliation not in actors:
            problems.append(f"{_where('actors', row)}: affiliation '{affiliation}' is not an actor_id")
    return actors


def _period_bound(value: str, where: str, column: str, problems: list[str]) -> date | None:
    """A title period's bound: ``valid_from`` 2023 is 2023-01-01, ``valid_to`` 2023-02 is 2023-02-28."""
    if not value:
        return None
    try:
        first, last = date_period(value)
    except DateError as error:
        problems.append(f"{where}: {column}: {error}")
        return None
    return first if column == "valid_from" else last


def _aliases(rows: Rows, actors: dict[str, Actor], problems: list[str]) -> list[Alias]:
    aliases = [Alias(actor.actor_id, actor.name_ar, "name") for actor in actors.values() if actor.name_ar]
    for row in rows:
        where = _where("aliases", row)
        if row["actor_id"] not in actors:
            problems.append(f"{where}: unknown actor_id '{row['actor_id']}'")
            continue
        if not normalise_word(row["alias"]):
            problems.append(f"{where}: empty alias for '{row['actor_id']}'")
            continue
        if reason := too_common(row["alias"]):
            problems.append(f"{where}: alias '{row['alias']}' {reason}; it would match nearly every sentence")
            continue
        if row["kind"] not in ALIAS_KINDS:
            problems.append(f"{where}: kind '{row['kind']}' is not one of {', '.join(ALIAS_KINDS)}")
            continue
        reported = len(problems)
        valid_from = _period_bound(row["valid_from"], where, "valid_from", problems)
        valid_to = _period_bound(row["valid_to"], where, "valid_to", problems)
        if len(problems) > reported:
            continue  # an unreadable period would read as "always" and claim the title from others
        if valid_from and valid_to and valid_from > valid_to:
            problems.append(f"{where}: valid_from {valid_from} is after valid_to {valid_to}")
        aliases.append(Alias(row["actor_id"], row["alias"], row["kind"], valid_from, valid_to))
    _check_alias_claims(aliases, rows, problems)
    return aliases


def _unresolved_titles(aliases: list[Alias], actors: dict[str, Actor]) -> list[Alias]:
    """``aliases`` with each title several actors held in turn marked ``shared``, and a stand-in
    actor and alias per such title for undated articles (added to ``actors``).

    ``رئيس المجلس الرئاسي`` is al-Sarraj until March 2021 and al-Menfi after: in an article with no
    date it is a mention of ``unresolved:رئيس المجلس الرئاسي``, "Unresolved title (Fayez al-Sarraj
    or Mohamed al-Menfi)", never a guess between them.
    """
    by_form: dict[str, list[Alias]] = {}
    for alias in aliases:
        if alias.kind == "title":
            by_form.setdefault(normalise_word(alias.alias), []).append(alias)
    shared: dict[int, Alias] = {}
    stand_ins: list[Alias] = []
    for form, claims in by_form.items():
        in_turn = sorted(claims, key=lambda alias: alias.valid_from or date.min)
        holders = tuple(dict.fromkeys(alias.actor_id for alias in in_turn))
        if len(holders) < 2:
            continue
        for alias in claims:
            shared[id(alias)] = Alias(alias.actor_id, alias.alias, alias.kind, alias.valid_from, alias.valid_to, shared=True)
        stand_in = UNRESOLVED_PREFIX + form
        kinds = {actors[holder].type for holder in holders}
        affiliations = {actors[holder].affiliation for holder in holders}
        actors[stand_in] = Actor(
            stand_in, f"{UNRESOLVED_NAME} ({' or '.join(actors[holder].name_en for holder in holders)})", in_turn[0].alias,
            kinds.pop() if len(kinds) == 1 else "person", affiliations.pop() if len(affiliations) == 1 else "",
        )
        stand_ins.append(Alias(stand_in, in_turn[0].alias, UNRESOLVED, holders=holders))
    return [shared.get(id(alias), alias) for alias in aliases] + stand_ins


def is_unresolved(actor_id: str) -> bool:
    """Whether ``actor_id`` is the stand-in for a title no date resolves (see :func:`_unresolved_titles`)."""
    return actor_id.startswith(UNRESOLVED_PREFIX)


def actor_names(lexicon: Lexicon, types: tuple[str, ...],
                kinds: tuple[str, ...] | None = ("name",)) -> list[tuple[str, list[str]]]:
    """Each listed actor of ``types``'s Arabic names, normalised into words: the actor's own name,
    then its aliases of ``kinds`` (``name``; with ``variant`` the spellings an editor added too;
    None: every alias); not the stand-in for a title no date resolves, whose name is the title
    (رئيس المجلس الرئاسي). The one reader of actors' names for the rules that read names word by word."""
    chosen = {actor_id for actor_id, actor in lexicon.actors.items() if actor.type in types and not is_unresolved(actor_id)}
    names = [(actor_id, lexicon.actors[actor_id].name_ar) for actor_id in lexicon.actors if actor_id in chosen]
    names += [(alias.actor_id, alias.alias) for alias in lexicon.aliases
              if (kinds is None or alias.kind in kinds) and alias.actor_id in chosen]
    return [(actor_id, normalise_word(name).split()) for actor_id, name in names]


def people_names(lexicon: Lexicon, kinds: tuple[str, ...] = ("name",)) -> list[tuple[str, list[str]]]:
    """Each listed person's Arabic names (:func:`actor_names`), for the rules that look for a family name."""
    return actor_names(lexicon, ("person",), kinds)


def _check_alias_claims(aliases: list[Alias], rows: Rows, problems: list[str]) -> None:
    """An alias may name two actors only as a title held at different times, or as an anaphor."""
    lines = {(row["actor_id"], normalise_word(row["alias"])): row.get("_line", "?") for row in rows}
    by_form: dict[str, list[Alias]] = {}
    for alias in aliases:
        by_form.setdefault(normalise_word(alias.alias), []).append(alias)
    for form, claims in by_form.items():
        for i, first in enumerate(claims):
            for second in claims[i + 1:]:
                line = lines.get((second.actor_id, form), "?")
                if first.actor_id == second.actor_id:
                    problems.append(f"aliases.csv:{line}: alias '{second.alias}' is listed twice for '{first.actor_id}'")
                elif first.kind == second.kind == "anaphor":
                    pass  # الجيش refers back to whichever of the armies was named last
                elif first.kind != "title" or second.kind != "title" or _overlap(first, second):
                    problems.append(
                        f"aliases.csv:{line}: alias '{second.alias}' is claimed by both "
                        f"'{first.actor_id}' and '{second.actor_id}'"
                    )


def _overlap(first: Alias, second: Alias) -> bool:
    lo = max(first.valid_from or date.min, second.valid_from or date.min)
    hi = min(first.valid_to or date.max, second.valid_to or date.max)
    return lo <= hi


def _topics(rows: Rows, problems: list[str]) -> tuple[
    list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str, str]]
]:
    """(terms, the broad ones among them, context words), each as (topic, term); and the broad terms
    the context words narrowed by ``supports`` support, as (topic, word, broad term)."""
    topics: list[tuple[str, str]] = []
    broad: list[tuple[str, str]] = []
    context: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    lines: list[str] = []  # where each context word is written
    named: list[tuple[str, str, str, str]] = []  # (where, topic, word, broad term) of each supports cell
    for row in rows:
        where = _where("topics", row)
        if not row["topic"] or not normalise_word(row["term"]):
            problems.append(f"{where}: a topic row needs both topic and term")
            continue
        role = row.get("role", "")
        if role not in TOPIC_ROLES:
            problems.append(f"{where}: role '{role}' is not one of {', '.join(r for r in TOPIC_ROLES if r)} (or empty)")
            continue
        if role and row["topic"] == IGNORE_TOPIC:
            problems.append(f"{where}: an ignore phrase takes no role")
            continue
        if row.get("supports", "") and role != CONTEXT:
            problems.append(f"{where}: only a context row names the broad terms it supports")
            continue
        form = normalise_word(row["term"])
        if form in seen:
            problems.append(f"{where}: term '{row['term']}' is already listed for topic '{seen[form]}'")
            continue
        seen[form] = row["topic"]
        if role == CONTEXT:
            context.append((row["topic"], row["term"]))
            lines.append(where)
            for term in row.get("supports", "").split(SUPPORTS_SEPARATOR):
                if term.strip():
                    named.append((where, row["topic"], row["term"], term.strip()))
            continue
        topics.append((row["topic"], row["term"]))
        if role == BROAD:
            broad.append((row["topic"], row["term"]))
    known = {topic for topic, _ in topics}
    for (topic, word), where in zip(context, lines):
        if topic not in known:
            problems.append(f"{where}: context word '{word}' supports topic '{topic}', which has no term")
    # A supported term is named as written in its own row, or in any spelling that normalises alike.
    broad_by_form = {(topic, normalise_word(term)): term for topic, term in broad}
    supports = []
    for where, topic, word, term in named:
        listed = broad_by_form.get((topic, normalise_word(term)))
        if listed is None:
            problems.append(f"{where}: context word '{word}' supports '{term}', which is no broad term of topic '{topic}'")
        else:
            supports.append((topic, word, listed))
    return topics, broad, context, supports


def _cues(rows: Rows, problems: list[str]) -> list[Cue]:
    cues: list[Cue] = []
    seen: set[str] = set()
    for row in rows:
        where = _where("cues", row)
        form = normalise_word(row["cue"])
        if not form:
            problems.append(f"{where}: empty cue")
            continue
        if reason := too_common(row["cue"]):
            problems.append(f"{where}: cue '{row['cue']}' {reason}; it would match nearly every sentence")
            continue
        if row["cue_type"] not in CUE_TYPES:
            problems.append(f"{where}: cue_type '{row['cue_type']}' is not one of {', '.join(CUE_TYPES)}")
            continue
        polarity = row["polarity"]
        if row["cue_type"] in ("ignore", "stigma"):
            polarity = ""
        elif polarity not in POLARITIES:
            problems.append(f"{where}: polarity '{polarity}' is not one of {', '.join(POLARITIES)}")
            continue
        if row.get("holder", "") not in HOLDERS:
            problems.append(f"{where}: holder '{row['holder']}' must be empty, 'subject' or 'quoted'")
            continue
        if form in seen:
            problems.append(f"{where}: cue '{row['cue']}' is listed twice (after normalisation)")
            continue
        seen.add(form)
        cues.append(Cue(row["cue"], row["cue_type"], polarity, row.get("holder", "")))
    return cues


def _titles(rows: Rows, problems: list[str]) -> list[str]:
    titles: list[str] = []
    seen: set[str] = set()
    for row in rows:
        form = normalise_word(row.get("title", ""))
        if not form:
            problems.append(f"{_where('titles', row)}: empty title")
            continue
        if form in seen:
            problems.append(f"{_where('titles', row)}: title '{row['title']}' is listed twice (after normalisation)")
            continue
        seen.add(form)
        titles.append(row["title"])
    return titles


def _events(rows: Rows, problems: list[str]) -> list[Event]:
    """events.csv's rows in date order (an event of a month or a year sorts at its first day)."""
    events: list[tuple[date, Event]] = []
    seen: set[tuple[str, str]] = set()
    for row in rows:
        where = _where("events", row)
        label = " ".join(row.get("label", "").split())
        if not row.get("date"):
            problems.append(f"{where}: empty date; write YYYY-MM-DD, YYYY-MM or YYYY")
            continue
        try:
            first, _ = date_period(row["date"])
        except DateError as error:
            problems.append(f"{where}: date: {error}")
            continue
        if not label:
            problems.append(f"{where}: empty label")
            continue
        if len(label) > MAX_EVENT_LABEL:
            problems.append(f"{where}: label is {len(label)} characters long; at most {MAX_EVENT_LABEL} are allowed")
            continue
        event = Event(parse_date(row["date"]), label)
        if (event.date, label) in seen:
            problems.append(f"{where}: the event '{label[:40]}' on {event.date} is listed twice")
            continue
        seen.add((event.date, label))
        events.append((first, event))
    return [event for _, event in sorted(events, key=lambda pair: pair[0])]
