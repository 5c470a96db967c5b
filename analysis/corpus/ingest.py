"""Ingest: turning what a user gives us (files, folders, uploads, pasted text) into Documents.

Shared by the ``corpus`` CLI and the dashboard. Every input ends either as a
:class:`~analysis.corpus.documents.Document` or as an :class:`IngestProblem` saying why not, so a batch
never loses a file silently and one bad file never stops the rest.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
from html import unescape
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path, PureWindowsPath
from typing import Literal

from analysis.arabic.dates import DateError
from analysis.corpus.documents import DATE_FROM_TEXT, METADATA_FILE, Document, doc_id_for, read_metadata, with_metadata
from analysis.corpus.metadata import metadata_from_text

MAX_BYTES = 10_000_000
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
ACCEPTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
PASTED = "pasted"

Severity = Literal["error", "warning"]

# Arabic-script letters (not digits or punctuation): the basic block, Arabic Supplement, Extended-A
# and the presentation forms that legacy PDFs and old sites produce (ﻟﻴﺒﻴﺎ).
_ARABIC_LETTER = re.compile(
    "[\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]"
)

# The legacy Arabic code pages: Windows (Word, old news sites), ISO 8859-6, DOS and Mac.
_ARABIC_CODE_PAGES = ("cp1256", "iso8859_6", "cp720", "cp864", "mac_arabic")

# Longest first: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class IngestProblem:
    """Why one input did not become a document (``error``) or needs a decision (``warning``)."""

    source: str
    reason: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.severity}: {self.source}: {self.reason}"


@dataclass(frozen=True)
class IngestResult:
    """The outcome for one input: a document, or the problem that kept it out."""

    document: Document | None = None
    problem: IngestProblem | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None


def display_name(name: str) -> str:
    """The base name of a user-supplied file name, safe to show and to derive an id from.

    Both separators count, since browsers on Windows may send ``C:\\Users\\me\\a.txt``:
    ``../../etc/passwd.txt`` → ``passwd.txt``.
    """
    base = PureWindowsPath(name.replace("\x00", "")).name.strip()
    return base if base not in ("", ".", "..") else "unnamed"


def ingest_text(
    text: str,
    *,
    name: str = PASTED,
    max_bytes: int = MAX_BYTES,
    force: bool = False,
    metadata: Mapping[str, str] | None = None,
    doc_id: str | None = None,
) -> IngestResult:
    """A document from text pasted by the user, kept exactly as given.

    Args:
        text: the article text.
        name: where it came from; its base name becomes ``source`` and the default doc id.
        max_bytes: the largest accepted size, counted in UTF-8 bytes.
        force: add a text with no Arabic letters instead of warning about it.
        metadata: a ``metadata.csv``-style row (title, outlet, date, language) to apply.
        doc_id: the id to use instead of one derived from ``name``.

    Returns:
        The document, or the problem that kept it out.
    """
    source = display_name(name)
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes:
        return _problem(source, _too_big(size, max_bytes, what="text"))
    return _to_document(text, source=source, force=force, metadata=metadata, doc_id=doc_id, metadata_from="")


def ingest_bytes(
    data: bytes,
    *,
    name: str,
    max_bytes: int = MAX_BYTES,
    force: bool = False,
    metadata: Mapping[str, str] | None = None,
    doc_id: str | None = None,
) -> IngestResult:
    """A document from the bytes of an uploaded or read file.

    The bytes are decoded (UTF-8 with or without BOM, UTF-16/32 with BOM, else what
    ``charset_normalizer`` detects, e.g. Windows-1256); ``.html``/``.htm`` files then have their
    main article text extracted. ``name`` is only displayed and turned into an id, never opened.

    Args:
        data: the file's content.
        name: the file's name as the user gave it; only its base name is used.
        max_bytes: the largest accepted size.
        force: add a text with no Arabic letters instead of warning about it.
        metadata: a ``metadata.csv``-style row (title, outlet, date, language) to apply; it wins
            over the page's own title.
        doc_id: the id to use instead of one derived from ``name``.

    Returns:
        The document, or the problem that kept it out.
    """
    source = display_name(name)
    if len(data) > max_bytes:
        return _problem(source, _too_big(len(data), max_bytes))
    if not data:
        return _problem(source, "The file is empty.")
    text, reason = _decode(data)
    if reason:
        return _problem(source, reason)
    if not text.strip():
        return _problem(source, "The file contains only whitespace.")
    page_title = ""
    if source.lower().endswith(HTML_SUFFIXES) or _is_web_page(text):
        text, page_title, page = _extract_html(text)
        if not text.strip():
            return _problem(source, "No article text could be extracted from this web page.")
        # A saved page's own outlet and date stand in for what the analyst's metadata leaves blank.
        metadata = {**page, **{key: value for key, value in (metadata or {}).items() if value}} or None
    return _to_document(
        text, source=source, force=force, metadata=metadata, doc_id=doc_id, title=page_title,
        metadata_from=METADATA_FILE,
    )


def ingest_path(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    force: bool = False,
    metadata: Mapping[str, str] | None = None,
) -> IngestResult:
    """A document from one file on disk; see :func:`ingest_bytes`.

    The size is checked before reading, so an oversized file is never loaded whole.
    """
    path = Path(path)
    source = display_name(path.name)
    try:
        info = path.stat()
    except FileNotFoundError:
        return _problem(source, "The file does not exist.")
    except OSError as exc:
        return _problem(source, f"The file could not be read ({exc.strerror or exc}).")
    if not path.is_file():
        return _problem(source, "This is not a regular file.")
    if info.st_size > max_bytes:
        return _problem(source, _too_big(info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            # One byte more than allowed tells a file that grew since stat() from one at the limit.
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return _problem(source, f"The file could not be read ({exc.strerror or exc}).")
    return ingest_bytes(data, name=path.name, max_bytes=max_bytes, force=force, metadata=metadata)


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = MAX_BYTES,
    force: bool = False,
) -> tuple[list[Document], list[IngestProblem]]:
    """Documents from files and folders, with ``metadata.csv`` applied where one sits beside them.

    A folder stands for its own ``.txt``, ``.html`` and ``.htm`` files (not its subfolders), in
    name order.

    Args:
        paths: files and folders, in the order given.
        max_bytes: the largest accepted file size.
        force: add texts with no Arabic letters instead of warning about them.

    Returns:
        The documents, and one problem for each input that did not become one.
    """
    return _gather(_path_results(paths, max_bytes=max_bytes, force=force))


def ingest_files(
    files: Iterable[tuple[str, bytes]],
    *,
    max_bytes: int = MAX_BYTES,
    force: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> tuple[list[Document], list[IngestProblem]]:
    """Documents from named contents (files uploaded to the dashboard), as :func:`ingest_paths`.

    Args:
        files: ``(name, content)`` pairs as the browser sent them; the name is only shown and
            turned into an id, and must end in ``.txt``, ``.html`` or ``.htm``.
        max_bytes: the largest accepted file.
        force: add texts with no Arabic letters instead of warning about them.
        progress: called as ``progress(done, total, name)`` before each file (a long import
            shows a progress bar).

    A ``metadata.csv`` among them gives the others their title, outlet and date, as it does beside
    them in a folder: ten texts uploaded from a folder came in with no outlet and no date, to be
    typed one by one on the Corpus page before Outlets, Groups or Trends could use them.

    Returns:
        The documents in the order given, and one problem for each file that did not become one.
    """
    files = list(files)
    metadata, read_problems = _uploaded_metadata(files)

    def results() -> Iterable[IngestResult]:
        yield from (IngestResult(problem=problem) for problem in read_problems)
        for done, (name, content) in enumerate(files):
            if progress is not None:
                progress(done, len(files), display_name(name))
            if display_name(name) == METADATA_FILE:
                continue
            if display_name(name).lower().endswith(ACCEPTED_SUFFIXES):
                yield ingest_bytes(content, name=name, max_bytes=max_bytes, force=force, metadata=metadata.get(display_name(name)))
            else:
                yield _problem(display_name(name), f"Only .txt, .html and .htm files (and a {METADATA_FILE} for them) can be added.")

    return _gather(results())


def _uploaded_metadata(files: list[tuple[str, bytes]]) -> tuple[dict[str, dict[str, str]], list[IngestProblem]]:
    """The rows of an uploaded ``metadata.csv`` by file name, and a warning if it cannot be read or
    names files not uploaded with it (a typo there leaves an article without its outlet)."""
    given = [content for name, content in files if display_name(name) == METADATA_FILE]
    if not given:
        return {}, []
    try:
        reader = csv.DictReader(given[-1].decode("utf-8-sig").splitlines())
        if "file" not in (reader.fieldnames or []):
            raise KeyError("file")
        metadata = {display_name(row["file"]): row for row in reader if row.get("file")}
    except (UnicodeDecodeError, KeyError, csv.Error) as exc:
        reason = f"no 'file' column, only {', '.join(reader.fieldnames or [])}" if isinstance(exc, KeyError) else str(exc)
        return {}, [_problem(METADATA_FILE, f"The metadata file could not be read ({reason}); the texts were added without it.", "warning").problem]
    names = {display_name(name) for name, _ in files}
    unknown = [name for name in metadata if name not in names]
    if not unknown:
        return metadata, []
    listed = ", ".join(unknown[:METADATA_UNKNOWN_LISTED]) + (f" and {len(unknown) - METADATA_UNKNOWN_LISTED} more" if len(unknown) > METADATA_UNKNOWN_LISTED else "")
    return metadata, [_problem(METADATA_FILE, f"It names files not uploaded with it: {listed}.", "warning").problem]


METADATA_UNKNOWN_LISTED = 5  # file names a metadata.csv lists but the upload lacks, named one by one


def _gather(results: Iterable[IngestResult]) -> tuple[list[Document], list[IngestProblem]]:
    """The documents and the problems of a batch, each in input order: no input is lost."""
    documents: list[Document] = []
    problems: list[IngestProblem] = []
    for result in results:
        if result.document is not None:
            documents.append(result.document)
        if result.problem is not None:
            problems.append(result.problem)
    return documents, problems


def _path_results(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int, force: bool
) -> Iterable[IngestResult]:
    """One result per file of ``paths``, with its folder's ``metadata.csv`` applied."""
    metadata_by_folder: dict[Path, dict[str, dict[str, str]]] = {}
    for file, problem in _expand(paths):
        if problem:
            yield IngestResult(problem=problem)
            continue
        folder = file.parent
        if folder not in metadata_by_folder:
            try:
                metadata_by_folder[folder] = read_metadata(folder)
            except (OSError, UnicodeDecodeError, KeyError, csv.Error) as exc:
                # A broken metadata.csv should not cost the analyst the texts beside it.
                yield _problem(
                    str(folder / METADATA_FILE),
                    f"The metadata file could not be read ({exc}); its texts were read without it.",
                    "warning",
                )
                metadata_by_folder[folder] = {}
        meta = metadata_by_folder[folder].get(file.name)
        yield ingest_path(file, max_bytes=max_bytes, force=force, metadata=meta)


def _expand(
    paths: Iterable[str | os.PathLike[str]],
) -> Iterable[tuple[Path, IngestProblem | None]]:
    """Each file to read, or a problem for an input that names none."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                files = sorted(
                    child
                    for child in path.iterdir()
                    if child.suffix.lower() in ACCEPTED_SUFFIXES and child.is_file() and not child.name.startswith(".")
                )
            except OSError as exc:
                yield path, IngestProblem(str(path), f"The folder could not be read ({exc.strerror or exc}).")
                continue
            if not files:
                yield path, IngestProblem(str(path), "The folder has no .txt, .html or .htm files.")
            for child in files:
                yield child, None
        elif path.name == METADATA_FILE:
            yield path, IngestProblem(
                str(path),
                "This is a metadata file, not an article; add its folder to use it.",
                "warning",
            )
        else:
            yield path, None


def _decode(data: bytes) -> tuple[str, str]:
    """``(text, "")`` for decodable bytes, else ``("", reason)``; the text is kept exactly as decoded."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), ""
            except UnicodeDecodeError:
                return "", f"The file starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}."
    if b"\x00" in data:
        # UTF-16 and UTF-32 saved without a byte-order mark are full of NUL bytes too (every
        # Arabic letter of قال in UTF-16-LE is one byte and 0x06); only they may have NULs.
        wide = _detect_wide_unicode(data)
        if wide is None:
            return "", "The file looks binary (it contains NUL bytes), not like text."
        return data.decode(wide), ""
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    encoding = _detect_encoding(data)
    if encoding is None:
        return "", "The file looks binary: its encoding could not be recognised as text."
    try:
        return data.decode(encoding), ""
    except (UnicodeDecodeError, LookupError):
        return "", f"The file looks binary: it is not valid text in the detected encoding {encoding}."


def _detect_wide_unicode(data: bytes) -> str | None:
    """``utf_16_le``/``_be`` or ``utf_32_le``/``_be`` when ``charset_normalizer`` reads the bytes
    as one of them (a file saved without a byte-order mark), else None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
        return None
    try:
        text = data.decode(best.encoding)
    except UnicodeDecodeError:
        return None
    return best.encoding if "\x00" not in text else None


def _detect_encoding(data: bytes) -> str | None:
    """The legacy encoding ``charset_normalizer`` rates best, or None if nothing reads as text.

    Short texts fool an open-ended detection: the bytes of وقال لافروف in Windows-1256 read as
    plausible Big5, and قال as Urdu cp1006. Marsad reads Arabic news, so the library is also asked
    to rate the Arabic code pages alone, and their best wins whenever the library rates it at least
    as well as its overall best (no more "chaos", no less "coherence"); a longer Latin or Cyrillic
    text reads worse in an Arabic code page and keeps its own encoding.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    arabic = from_bytes(data, cp_isolation=list(_ARABIC_CODE_PAGES)).best()
    if arabic is not None and (
        best is None or (arabic.chaos <= best.chaos and arabic.coherence >= best.coherence)
    ):
        return arabic.encoding
    return best.encoding if best is not None else None


# A whole web page saved under a .txt name (a browser's "save as text" that kept the source, a
# scraper's dump) starts with its doctype or <html> tag, after comments at most: read as a page, its
# scripts and menus are not taken for the article («<script>… "وقال بوتين إن …" …</script>»).
WEB_PAGE_SNIFFED = 4096  # characters looked at: comments before the doctype are short


def _is_web_page(text: str) -> bool:
    head = text[:WEB_PAGE_SNIFFED].lstrip("\ufeff \t\r\n")
    while head.startswith("<!--"):
        end = head.find("-->")
        if end < 0:
            return False
        head = head[end + 3:].lstrip("\ufeff \t\r\n")
    head = head[:15].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") and head[5:6] in (" ", "\t", "\r", "\n", ">")


def _extract_html(html: str) -> tuple[str, str, dict[str, str]]:
    """The main article text of a web page, its title, and the outlet and date its markup gives
    (``og:site_name``, ``article:published_time``, JSON-LD, ``<time>``), without navigation,
    scripts or styles."""
    # Imported here so that importing analysis.corpus.ingest stays cheap for the dashboard and tests.
    import trafilatura
    from htmldate import find_date

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, output_format="python"
    )
    if extracted is None:
        return "", "", {}
    # The date from the markup only: trafilatura's own search made 2019-01-01 of a footer's "© 2019".
    date = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d") or ""
    found = {"outlet": _site_name_as_written((extracted.sitename or "").strip(), html), "date": date}
    return extracted.text or "", (extracted.title or "").strip(), {key: value for key, value in found.items() if value}


def _site_name_as_written(name: str, page: str) -> str:
    """The site's name as the page writes it. trafilatura title-cases a name that does not start
    with a capital and has no dot («alwasat» → «Alwasat», «بوابة الوسط - alwasat» → «… - Alwasat»), so
    the outlet of a saved page differed from the same outlet typed in a metadata.csv; the page's own
    spelling is the first one, not starting with a capital, that title-cases to the name."""
    if not name or "." in name or name != name.title() or not any(letter.isupper() for letter in name):
        return name  # not title-cased by it («بوابة الوسط» has no capitals to undo)
    for found in re.finditer(re.escape(name), unescape(page), re.IGNORECASE):
        written = found.group(0)
        if not written[:1].isupper() and written.title() == name:
            return written
    return name


def _to_document(
    text: str,
    *,
    source: str,
    force: bool,
    metadata: Mapping[str, str] | None,
    doc_id: str | None,
    metadata_from: str,
    title: str = "",
) -> IngestResult:
    """The checks every input shares once it is text, then the document.

    ``metadata_from`` names where ``metadata`` came from in a problem (``metadata.csv``), or is
    empty for fields typed beside a pasted text.
    """
    if not text:
        return _problem(source, "The text is empty.")
    if not text.strip():
        return _problem(source, "The text contains only whitespace.")
    has_arabic = _ARABIC_LETTER.search(text) is not None
    if not has_arabic and not force:
        return _problem(
            source,
            "The text contains no Arabic letters, so it was not added (force it to add it anyway).",
            "warning",
        )
    document = Document(
        doc_id=doc_id or doc_id_for(source),
        text=text,
        title=title,
        source=source,
        # A forced non-Arabic text must not pass for Arabic downstream; metadata may name its language.
        language="ar" if has_arabic else "",
    )
    if metadata:
        try:
            document = with_metadata(document, dict(metadata))
        except DateError as error:
            # Kept, a date that is not one would make the article undated, and a title in it
            # could name the wrong holder (رئيس المجلس الرئاسي is al-Sarraj, then al-Menfi).
            reason = f"{metadata_from}: {error}." if metadata_from else f"{str(error)[:1].upper()}{str(error)[1:]}."
            return _problem(source, reason)
    # What the analyst (or metadata.csv, or the web page) left blank, the text itself may say:
    # the title on its first line, the outlet in its dateline, a date near the top.
    found = {key: value for key, value in metadata_from_text(text).items() if value and not getattr(document, key)}
    if found.get("date"):
        found["date_source"] = DATE_FROM_TEXT
    document = replace(document, **found)
    return IngestResult(document=document)


def _problem(source: str, reason: str, severity: Severity = "error") -> IngestResult:
    return IngestResult(problem=IngestProblem(source, reason, severity))


def _too_big(size: int, max_bytes: int, *, what: str = "file") -> str:
    return f"The {what} is {size:,} bytes, over the limit of {max_bytes:,} bytes."


__all__ = [
    "ACCEPTED_SUFFIXES",
    "MAX_BYTES",
    "IngestProblem",
    "IngestResult",
    "display_name",
    "ingest_bytes",
    "ingest_files",
    "ingest_path",
    "ingest_paths",
    "ingest_text",
]
