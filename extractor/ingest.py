"""Ingest: find input files, read them safely, and turn raw bytes into text with its metadata.

Reading (`walk`, `read_source`): only regular files are read, within a size limit; links that leave
the inputs are not followed; every file and folder left out gets a `documents` row saying why.

Order of decoding, cheapest and surest first (`decode`): a byte-order mark, UTF-16 without one, strict
UTF-8, the charset the content declares, UTF-8 with a few damaged bytes replaced (said in the row's
reason), then charset-normalizer restricted to the legacy encodings press releases in our languages
actually arrive in (Thai TIS-620/cp874, Western cp1252/latin-1). Text is decoded from bytes and never
passed through text mode, so CRLF stays CRLF and every character offset we report is an offset into
exactly the string a user gets by decoding the file the same way.
"""
from __future__ import annotations

import codecs
import hashlib
import math
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

from functools import lru_cache

import regex

from extractor.errors import IngestError, SkipDocument

#: File endings we read, and how.
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm", ".xhtml"})

#: Legacy encodings tried after UTF-8, most specific first.
LEGACY_ENCODINGS: tuple[str, ...] = ("cp874", "cp1252", "latin_1")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: The codec that decodes a whole file starting with a byte-order mark to the text without it (the
#: `encoding` column: `raw.decode(encoding)` gives the text the claims' offsets index).
_WHOLE_FILE = {"utf-8-sig": "utf-8-sig", "utf-32-le": "utf-32", "utf-32-be": "utf-32", "utf-16-le": "utf-16",
               "utf-16-be": "utf-16"}

#: Magic numbers of files that turn up renamed as .txt in scraped folders.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"),
)

#: Scraper header: ` date 2024-05 ` or ` date 2026-01-13 ` at the very start.
RE_HEADER = regex.compile(r"\A[ \t\ufeff]*date[ \t]+(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
_RE_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f]")
_RE_LOOKS_HTML = regex.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", regex.I)


#: Largest file read, in bytes (`--max-size`). Press releases are 2-50 kB of text and their HTML pages rarely
#: pass a few MB (inline images and style sheets); 20 MB is ten times that, and bounds what one file can
#: cost a worker: with linear normalisers about 1.5 s of CPU per MB of prose and 7 s per MB of
#: number-dense adversarial text (measured on 1 MB), so at most a few minutes and a few hundred MB of memory.
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class Source:
    """A file to process: where it is and the id it gets in the tables.

    `verdict` is set when the walk already knows the file is not to be read (a link that leaves the
    inputs, a folder that cannot be listed): the `status` and `reason` of its `documents` row.
    `max_bytes` is the size limit (None: no limit).
    """

    path: str
    doc_id: str
    verdict: tuple[Literal["skipped", "error"], str] | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Ingested:
    """What ingest makes of one file.

    `text` is the decoded document (HTML already turned into text); offsets in
    the claims table point into it. `body` is the same string with the scraper
    header blanked out (same length, so offsets stay valid).
    """

    text: str
    body: str
    encoding: str
    title: str | None
    header_date: str | None
    html_date: str | None
    #: What a reader should know about how the text was got (bytes replaced): the `reason` of an ok row.
    note: str | None = None


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def walk(inputs: Iterable[str], *, exclude: Iterable[str | os.PathLike] = (),
         max_bytes: int | None = DEFAULT_MAX_BYTES) -> list[Source]:
    """Every file below `inputs`, in a deterministic order.

    A folder's files get ids relative to that folder; a file given directly
    gets its own name. With several inputs the ids are prefixed by the input's
    name, so that two folders holding `a.txt` do not collide.

    The rule for links and folders (README, "Inputs"): a symbolic link whose target lies outside every
    input is not followed (its row says where it points); a link to a folder inside the inputs is walked,
    each real folder once (a folder reached by several links or a loop is read at its first path, real
    folders before links); a folder that cannot be listed gets an `error` row. Folders in `exclude` (the
    run's OUT) and folders holding the tables of a run (`holds_tables`) are not read as input.
    """
    given = list(inputs)
    walker = _Walker(given, exclude)
    found: list[list[tuple[str, str, tuple | None]]] = [walker.walk_root(Path(g)) for g in given]
    for i, path, rel in walker.links():  # links to folders last: a folder is read at its real path first
        found[i] += walker.walk_folder(path, rel)
    sources: list[Source] = []
    for root, rows in zip(given, found):
        for rel, path, verdict in sorted(rows):
            if len(given) > 1 and Path(root).is_dir():
                name = Path(root).name or Path(root).resolve().name
                rel = f"{name}/" if rel == "./" else f"{name}/{rel}"
            sources.append(Source(path=path, doc_id=rel, verdict=verdict, max_bytes=max_bytes))
    return sources


#: Files every run writes into OUT: a folder holding them is the output of a run, not input.
OUTPUT_TABLES: frozenset[str] = frozenset({"documents.parquet", "claims.parquet"})


def holds_tables(names: Iterable[str]) -> bool:
    """True when a folder's file `names` show it holds the tables of a run."""
    return OUTPUT_TABLES <= set(names)


class _Walker:
    """The walk of `walk`: which folders were read, and the links to folders still to follow."""

    def __init__(self, inputs: list[str], exclude: Iterable[str | os.PathLike]) -> None:
        self._inside = [os.path.realpath(g) for g in inputs]
        self._excluded = {os.path.realpath(e) for e in exclude}
        self._seen: dict[str, str] = {}  # real path of every folder read -> the path it was read at
        self._links: list[tuple[int, str, str]] = []
        self._root = 0

    def walk_root(self, root: Path) -> list[tuple[str, str, tuple | None]]:
        self._root += 1
        if not root.is_dir():
            return [(root.name, str(root), None)]
        return self.walk_folder(str(root), ".")

    def links(self) -> Iterable[tuple[int, str, str]]:
        while self._links:
            yield self._links.pop(0)

    def walk_folder(self, top: str, top_rel: str) -> list[tuple[str, str, tuple | None]]:
        rows: list[tuple[str, str, tuple | None]] = []
        stack = [(top, top_rel)]
        while stack:
            folder, rel = stack.pop()
            real = os.path.realpath(folder)
            if real in self._excluded:
                continue
            if real in self._seen:
                rows.append((f"{rel}/", folder, ("skipped", f"the same folder as {self._seen[real]}, whose files "
                                                 "are read there (reached again by a link or a second input)")))
                continue
            self._seen[real] = folder
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda e: e.name)
            except OSError as err:
                rows.append((f"{rel}/", folder, ("error", f"the folder could not be read ({err.strerror or err}); "
                                                 "its files were not processed. Check its permissions")))
                continue
            if rel != "." and holds_tables(e.name for e in entries):
                rows.append((f"{rel}/", folder, ("skipped", "the folder holds the tables of an extractor run "
                                                 f"({', '.join(sorted(OUTPUT_TABLES))}); it is not read as input")))
                continue
            for entry in entries:
                entry_rel = entry.name if rel == "." else f"{rel}/{entry.name}"
                if entry.is_symlink():
                    rows += self._link(entry, entry_rel)
                elif entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, entry_rel))
                else:
                    rows.append((entry_rel, entry.path, None))
        return rows

    def _link(self, entry: os.DirEntry, rel: str) -> list[tuple[str, str, tuple | None]]:
        """The row of a symbolic link; none for a link to a folder inside the inputs, walked later (`links`)."""
        target = os.path.realpath(entry.path)
        if not any(target == top or target.startswith(top.rstrip(os.sep) + os.sep) for top in self._inside):
            return [(rel, entry.path, ("skipped", f"a symbolic link to {target}, outside the inputs; links that "
                                                  "leave the inputs are not followed (give the target as an input "
                                                  "to read it)"))]
        if entry.is_dir():
            self._links.append((self._root - 1, entry.path, rel))
            return []
        return [(rel, entry.path, None)]


class TooLarge(SkipDocument):
    """A file above the size limit; `size_bytes` is its size."""

    def __init__(self, message: str, size_bytes: int) -> None:
        super().__init__(message)
        self.size_bytes = size_bytes


#: What a path that is not a regular file is, for its `reason`.
_NOT_REGULAR: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def read_source(source: Source) -> bytes:
    """The bytes of a regular file, read without following it anywhere it could block or exhaust memory.

    Raises:
        SkipDocument: not a regular file (a FIFO, socket or device is never opened for reading in a way
            that could wait), a link the walk did not follow, a broken link; `TooLarge` above
            `source.max_bytes`.
        IngestError: the file cannot be read (permissions, I/O), or the walk could not list its folder.
    """
    if source.verdict is not None:
        status, reason = source.verdict
        raise (SkipDocument if status == "skipped" else IngestError)(reason)
    try:
        _check_regular(os.stat(source.path).st_mode)  # a socket cannot even be opened: tell what it is first
        # O_NONBLOCK: should the path have become a FIFO since, opening it does not wait for a writer.
        fd = os.open(source.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        if os.path.islink(source.path) and not os.path.exists(source.path):
            raise SkipDocument(f"a broken symbolic link (to {os.readlink(source.path)}, which does not "
                               "exist)") from err
        raise IngestError(f"could not read the file: {err.strerror or err}; check that it exists and is "
                          "readable") from err
    with os.fdopen(fd, "rb") as file:
        status = os.fstat(fd)
        _check_regular(status.st_mode)
        limit = source.max_bytes
        if limit is not None and status.st_size > limit:
            raise TooLarge(_too_large(status.st_size, limit), status.st_size)
        try:
            raw = file.read() if limit is None else file.read(limit + 1)
        except OSError as err:
            raise IngestError(f"could not read the file: {err.strerror or err}") from err
    if limit is not None and len(raw) > limit:  # it grew while being read
        raise TooLarge(_too_large(len(raw), limit), len(raw))
    return raw


def _check_regular(mode: int) -> None:
    for is_kind, what in _NOT_REGULAR:
        if is_kind(mode):
            raise SkipDocument(f"not a regular file but {what}; only regular files are read")


def megabytes(text: str) -> int | None:
    """A `--max-size` value in MB as bytes; 0 is no limit (None).

    >>> megabytes("20"), megabytes("0.5"), megabytes("0")
    (20000000, 500000, None)
    """
    value = float(text)
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"not a size in MB: {text!r}")  # argparse says "invalid megabytes value"
    return round(value * 1e6) or None


def _too_large(size: int, limit: int) -> str:
    return (f"the file is {size / 1e6:.1f} MB, above the limit of {limit / 1e6:g} MB per file; "
            f"raise it with --max-size {math.ceil(size / 1e6)} to read this file")


class Decoded(NamedTuple):
    """Text decoded from bytes, the encoding that decodes it, and a note when the bytes were not clean."""

    text: str
    encoding: str
    note: str | None = None


def decode(raw: bytes) -> Decoded:
    """Decode bytes into text: `(text, encoding, note)`.

    >>> decode("ข่าว".encode("cp874"))
    Decoded(text='ข่าว', encoding='cp874', note=None)
    >>> decode(b"caf\\xc3\\xa9")
    Decoded(text='café', encoding='utf-8', note=None)

    Order, surest first: a byte-order mark; UTF-16 without one (`_utf16_order`); strict UTF-8; the
    charset the content declares (`<meta charset>`, `<?xml encoding>`); UTF-8 with a few damaged bytes
    replaced by U+FFFD (`_damaged_utf8`, said in `note`); then the legacy encodings.

    Raises:
        SkipDocument: empty, whitespace-only or binary input.
        IngestError: bytes that no supported encoding explains.
    """
    if not raw:
        raise SkipDocument("the file is empty (0 bytes); nothing to extract")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise SkipDocument(f"the file is {what}, not text; convert it to .txt or .html or remove it")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError as err:
                raise IngestError(f"the file starts with a {encoding} byte-order mark but is not valid "
                                  f"{encoding} (byte {err.start}); re-save it as UTF-8") from err
            return Decoded(_checked(text, encoding), _WHOLE_FILE[encoding])
    utf16 = _utf16_order(raw)
    if utf16 is not None:
        return Decoded(_checked(raw.decode(utf16), utf16), utf16)
    if b"\x00" in raw:
        raise SkipDocument("the file contains NUL bytes, so it is binary, not text; "
                           "convert it to .txt or .html or remove it")
    try:
        return Decoded(_checked(raw.decode("utf-8"), "utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(raw)
    if declared not in (None, "utf-8"):
        try:
            return Decoded(_checked(raw.decode(declared), declared), declared)
        except UnicodeDecodeError:
            pass  # the declaration is wrong: tell the encoding from the bytes
    damaged = _damaged_utf8(raw, declared=declared == "utf-8")
    if damaged is not None:
        text, replaced = damaged
        return Decoded(_checked(text, "utf-8"), "utf-8", (
            f"{replaced} invalid byte{'s' if replaced != 1 else ''} in otherwise UTF-8 text replaced by U+FFFD "
            "(decode the file with errors='replace' to get this text)"))
    import charset_normalizer  # imported here: only legacy files pay for it

    best = charset_normalizer.from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise IngestError("the bytes are not UTF-8 and match none of the encodings tried "
                          f"({', '.join(LEGACY_ENCODINGS)}); re-save the file as UTF-8")
    encoding = best.encoding
    return Decoded(_checked(raw.decode(encoding), encoding), encoding)


#: Where a page or XML file says its charset; only the start of a file is looked at.
_RE_DECLARED = regex.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})"
                             rb"|<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{1,40})", regex.I)
#: Declared charsets read as browsers read them (the WHATWG Encoding standard): Latin-1 and ASCII labels
#: mean windows-1252, TIS-620 means windows-874 (its superset).
_AS_BROWSERS_READ = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
                     "tis-620": "cp874", "iso8859-11": "cp874"}


def declared_charset(raw: bytes) -> str | None:
    """The Python codec of the charset the first 4 kB declare, if any and known.

    >>> declared_charset(b'<html><head><meta charset="ISO-8859-1">')
    'cp1252'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    'utf-8'
    """
    match = _RE_DECLARED.search(raw, 0, 4096)
    if match is None:
        return None
    try:
        name = codecs.lookup((match.group(1) or match.group(2)).decode("ascii")).name
    except LookupError:
        return None
    return _AS_BROWSERS_READ.get(name, name)


def _damaged_utf8(raw: bytes, *, declared: bool) -> tuple[str, int] | None:
    """UTF-8 text with a few invalid bytes: the text with them replaced, and how many bytes were replaced.

    None when the bytes look like another encoding: more invalid bytes than valid non-ASCII characters
    (Western legacy text has no valid multi-byte sequences at all; Thai TIS-620 about one for every three
    invalid bytes) or more than 5% of the file, unless the content declares UTF-8.
    """
    escaped = raw.decode("utf-8", errors="surrogateescape")  # each invalid byte -> one of U+DC80..U+DCFF
    replaced = len(_RE_ESCAPED_BYTE.findall(escaped))
    non_ascii = len(escaped) - len(escaped.encode("ascii", errors="ignore")) - replaced
    if not declared and (replaced > non_ascii or replaced * 20 > len(raw)):
        return None
    return raw.decode("utf-8", errors="replace"), replaced


_RE_ESCAPED_BYTE = regex.compile("[\udc80-\udcff]")


def _utf16_order(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark, else None.

    In UTF-16 text of one script the high bytes of its characters take one or two values (0x00 for
    ASCII, 0x0e for Thai, 0x20 for punctuation such as '€'), while the low bytes vary; legacy text and
    binary data show no such column. The text must then decode.
    """
    if len(raw) < 8 or len(raw) % 2:
        return None
    sample = raw[:8192]
    for order, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        low = sample[0::2] if order == "utf-16-le" else sample[1::2]
        if _one_column(high) and not _one_column(low):
            try:
                raw.decode(order)
            except UnicodeDecodeError:
                return None
            return order
    return None


def _one_column(column: bytes) -> bool:
    """True when two byte values, the commoner of them an ASCII control byte (as the high byte of a letter
    of the Latin or Thai script is: 0x00, 0x0e), make up at least 95% of `column`."""
    top = Counter(column).most_common(2)
    return top[0][0] < 0x20 and sum(n for _, n in top) >= 0.95 * len(column)


def _checked(text: str, encoding: str) -> str:
    if not text.strip():
        raise SkipDocument("the file holds only white space; nothing to extract")
    controls = len(_RE_CONTROL.findall(text, 0, 4096))
    if controls > 0.05 * min(len(text), 4096):
        raise SkipDocument(f"decoded as {encoding} the file is mostly control characters, "
                           "so it is probably binary; convert it to text or remove it")
    return text


def html_to_text(markup: str) -> tuple[str, str | None, str | None]:
    """Visible text, title and publication date (if the page states one) of an HTML page."""
    from bs4 import BeautifulSoup  # imported here: plain-text runs never need it

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    title = None
    if soup.title and soup.title.string:
        title = soup.title.string.strip() or None
    h1 = soup.find("h1")
    if h1 is not None and h1.get_text(strip=True):
        title = h1.get_text(" ", strip=True)
    published = _published(soup)
    if soup.head is not None:
        soup.head.decompose()
    body = soup.body or soup
    text = body.get_text("\n")
    text = regex.sub(r"[ \t\r\f\v]*\n[\s]*\n\s*", "\n\n", text).strip()
    if published:
        match = regex.match(r"\d{4}-\d{2}(?:-\d{2})?", published)
        published = match.group(0) if match else None
    return text, title, published


def _published(soup) -> str | None:
    """The publication date a page's metadata states, as written."""
    for attrs in ({"property": "article:published_time"}, {"name": "date"}, {"name": "pubdate"},
                  {"itemprop": "datePublished"}, {"name": "DC.date.issued"}):
        meta = soup.find("meta", attrs=attrs)
        if meta is not None and meta.get("content"):
            return str(meta["content"])
    time_tag = soup.find("time", attrs={"datetime": True})
    return None if time_tag is None else str(time_tag["datetime"])


def ingest(raw: bytes, *, suffix: str) -> Ingested:
    """Bytes of one file -> `Ingested`.

    Raises:
        SkipDocument: unsupported file type, empty or binary file.
        IngestError: bytes that cannot be decoded.
    """
    suffix = suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        shown = suffix or "(no ending)"
        raise SkipDocument(f"file type {shown} is not read; supported: "
                           f"{', '.join(sorted(TEXT_SUFFIXES | HTML_SUFFIXES))}. Convert it to one of these")
    text, encoding, note = decode(raw)
    title = html_date = None
    if suffix in HTML_SUFFIXES or _RE_LOOKS_HTML.match(text):
        text, title, html_date = html_to_text(text)
        if not text.strip():
            raise SkipDocument("the HTML page has no visible text; nothing to extract")
    header = RE_HEADER.match(text)
    header_date = header.group("date") if header else None
    body = text if header is None else " " * header.end() + text[header.end():]
    if title is None:
        title = guess_title(body)
    return Ingested(text=text, body=body, encoding=encoding, title=title,
                    header_date=header_date, html_date=html_date, note=note)


@lru_cache(maxsize=1)
def _dateline_start() -> regex.Pattern:
    """A line that opens with a dateline: a place in capitals and a comma, or a newswire's mark in any
    language (`WIRE_MARKS` of lang/<code>/patterns.py: "/PRNewswire/", "/พีอาร์นิวส์ไวร์/")."""
    from extractor import lang as languages

    marks = "|".join(regex.escape(m) for m in languages.joined("wire_marks"))
    return regex.compile(r"^\p{Lu}[\p{Lu} .'-]+," + (f"|{marks}" if marks else ""))


def guess_title(body: str) -> str | None:
    """The headline: the first short non-empty line that is not a dateline."""
    for line in body.splitlines():
        line = line.strip(" \t\r\u200b\ufeff•")
        if not line or _dateline_start().search(line):
            continue
        if len(line) <= 300:
            return line
        return line[:297].rstrip() + "..."
    return None
