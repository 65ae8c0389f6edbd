"""Ingest: find input files, and turn raw bytes into text with its metadata.

Order of decoding, cheapest and surest first: a byte-order mark, then strict
UTF-8, then charset-normalizer restricted to the legacy encodings press
releases in our languages actually arrive in (Thai TIS-620/cp874, Western
cp1252/latin-1). Text is decoded from bytes and never passed through text
mode, so CRLF stays CRLF and every character offset we report is an offset
into exactly the string a user gets by decoding the file the same way.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True)
class Source:
    """A file to process: where it is and the id it gets in the tables."""

    path: str
    doc_id: str


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


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def walk(inputs: list[str] | tuple[str, ...]) -> list[Source]:
    """Every file below `inputs`, in a deterministic order.

    A folder's files get ids relative to that folder; a file given directly
    gets its own name. With several inputs the ids are prefixed by the input's
    name, so that two folders holding `a.txt` do not collide.
    """
    sources: list[Source] = []
    prefix_needed = len(inputs) > 1
    for given in inputs:
        root = Path(given)
        if root.is_file():
            found = [(root.name, str(root))]
        else:
            found = []
            for d, _dirs, fs in os.walk(root):
                folder = Path(d)  # one Path per folder, not per file: a batch may hold tens of thousands
                rel_dir, where = folder.relative_to(root).as_posix(), str(folder)
                for f in fs:
                    found.append((f if rel_dir == "." else f"{rel_dir}/{f}",
                                  f if where == "." else os.path.join(where, f)))
            found.sort()
        for rel, path in found:
            if prefix_needed and root.is_dir():
                rel = f"{root.name or root.resolve().name}/{rel}"
            sources.append(Source(path=path, doc_id=rel))
    return sources


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes into text, returning `(text, encoding)`.

    >>> decode("ข่าว".encode("cp874"))
    ('ข่าว', 'cp874')
    >>> decode(b"caf\\xc3\\xa9")
    ('café', 'utf-8')

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
            return _checked(text, encoding), _WHOLE_FILE[encoding]
    if b"\x00" in raw:
        raise SkipDocument("the file contains NUL bytes, so it is binary, not text; "
                           "convert it to .txt or .html or remove it")
    try:
        return _checked(raw.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # imported here: only legacy files pay for it

    best = charset_normalizer.from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise IngestError("the bytes are not UTF-8 and match none of the encodings tried "
                          f"({', '.join(LEGACY_ENCODINGS)}); re-save the file as UTF-8")
    encoding = best.encoding
    return _checked(raw.decode(encoding), encoding), encoding


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
    published = None
    for attrs in ({"property": "article:published_time"}, {"name": "date"}, {"name": "pubdate"},
                  {"itemprop": "datePublished"}, {"name": "DC.date.issued"}):
        meta = soup.find("meta", attrs=attrs)
        if meta is not None and meta.get("content"):
            published = str(meta["content"])
            break
    if published is None:
        time_tag = soup.find("time", attrs={"datetime": True})
        if time_tag is not None:
            published = str(time_tag["datetime"])
    if soup.head is not None:
        soup.head.decompose()
    body = soup.body or soup
    text = body.get_text("\n")
    text = regex.sub(r"[ \t\r\f\v]*\n[\s]*\n\s*", "\n\n", text).strip()
    if published:
        match = regex.match(r"\d{4}-\d{2}(?:-\d{2})?", published)
        published = match.group(0) if match else None
    return text, title, published


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
    text, encoding = decode(raw)
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
                    header_date=header_date, html_date=html_date)


_RE_DATELINE_START = regex.compile(r"^\p{Lu}[\p{Lu} .'-]+,|/PRNewswire/|/พีอาร์นิวส์ไวร์/")


def guess_title(body: str) -> str | None:
    """The headline: the first short non-empty line that is not a dateline."""
    for line in body.splitlines():
        line = line.strip(" \t\r\u200b\ufeff•")
        if not line or _RE_DATELINE_START.search(line):
            continue
        if len(line) <= 300:
            return line
        return line[:297].rstrip() + "..."
    return None
