"""Reading documents from files: plain text, web pages, ``-`` for standard input, or JSON Lines.

Shared by every command that takes document paths. Problems are yielded as
:class:`SourceError` values rather than raised, so one bad line never stops the good
documents around it from being processed. Web pages (``.html``/``.htm`` files, JSON Lines
records with ``html``) are reduced to their article text and metadata by
:mod:`quotes_api.articles`; URLs are fetched by :mod:`quotes_api.fetching`. That reduction
costs more than extracting the quotes, so :func:`read_sources` leaves it to the caller
(``ingest --workers`` does it in worker processes) and :func:`read_documents` does it at once.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

METADATA_KEYS = ("title", "url", "source", "published", "author")
HTML_SUFFIXES = (".html", ".htm")
#: What a folder is read for; annotation files (``*.gold.json``, ``*.gold.jsonl``) are not articles.
DOCUMENT_SUFFIXES = (".txt", ".jsonl", *HTML_SUFFIXES)
ANNOTATION_SUFFIXES = (".gold.json", ".gold.jsonl")
MAX_TITLE = 200  # characters: a longer first line is a paragraph, not a headline
_SENTENCE_END = tuple('.!?:;,"”’')


@dataclass(frozen=True, slots=True)
class Document:
    """A document to process: ``id`` is the file path or the JSONL line's ``id``."""

    id: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    origin: str = ""  # "file.jsonl:12", for messages


@dataclass(frozen=True, slots=True)
class SourceError:
    """An unreadable input: where it is and what is wrong, in words a person can act on."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(frozen=True, slots=True)
class Page:
    """A web page not yet reduced to its article: ``id`` and ``origin`` as a :class:`Document`'s,
    ``url`` where it came from, ``given`` metadata that wins over the page's."""

    id: str
    html: str | bytes
    origin: str
    url: str | None = None
    given: dict[str, Any] = field(default_factory=dict)

    def document(self) -> Document | SourceError:
        """The page's article as a document, or why it has none."""
        from quotes_api.articles import NoArticle, article_from_html

        try:
            article = article_from_html(self.html, url=self.url)
        except NoArticle as exc:
            return SourceError(self.origin, str(exc))
        given = {k: v for k, v in self.given.items() if v is not None and v != ""}
        metadata = {**article.metadata, **given}
        if self.url and "url" not in metadata:
            metadata["url"] = self.url
        return Document(id=self.id, text=article.text, metadata=metadata, origin=self.origin)


def read_documents(
    paths: list[str], *, recursive: bool = False, max_bytes: int | None = None
) -> Iterator[Document | SourceError]:
    """Yield each document of ``paths`` in order, or an error for each one that cannot be read.

    A folder is read recursively (``*.txt``, ``*.jsonl``, ``*.html``, ``*.htm``, but not
    gold annotation files) when ``recursive`` is set.
    """
    for item in read_sources(paths, recursive=recursive, max_bytes=max_bytes):
        yield item.document() if isinstance(item, Page) else item


def read_sources(
    paths: list[str], *, recursive: bool = False, max_bytes: int | None = None
) -> Iterator[Document | Page | SourceError]:
    """As :func:`read_documents`, but a web page comes as a :class:`Page`, for the caller to
    reduce to its article (:meth:`Page.document`) where it likes."""
    for raw in paths:
        if raw == "-":
            yield from _read_text_stream("<stdin>", sys.stdin.buffer.read())
            continue
        path = Path(raw)
        if path.is_dir():
            if not recursive:
                yield SourceError(raw, "is a folder")
                continue
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                name = child.name.lower()
                if name.endswith(DOCUMENT_SUFFIXES) and not name.endswith(ANNOTATION_SUFFIXES):
                    yield from _read_path(child, max_bytes)
            continue
        yield from _read_path(path, max_bytes)


def _read_path(path: Path, max_bytes: int | None) -> Iterator[Document | Page | SourceError]:
    name = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes and suffix != ".jsonl":
            yield SourceError(name, f"is {size:,} bytes, over the limit of {max_bytes:,}")
            return
        if suffix == ".jsonl":
            # Streamed line by line: a JSONL file may hold millions of documents.
            with path.open("rb") as stream:
                yield from _read_jsonl(name, stream, max_bytes)
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield SourceError(name, "no such file")
        return
    except OSError as exc:
        yield SourceError(name, exc.strerror or str(exc))
        return
    if suffix in HTML_SUFFIXES:
        yield Page(name, data, origin=name)
    else:
        yield from _read_text_stream(name, data)


def _read_text_stream(name: str, data: bytes) -> Iterator[Document | SourceError]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        yield SourceError(f"{name}:{line}", f"invalid UTF-8 (byte {exc.start})")
        return
    text = text.removeprefix("\ufeff")
    title = _headline(text)
    yield Document(id=name, text=text, metadata={"title": title} if title else {}, origin=name)


def _headline(text: str) -> str | None:
    """A plain text article has no metadata, but news text opens with its headline: the first
    line, when it is short and more text follows it; or the second, when the first is only a
    section label ("Post Magazine") over it."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 2 or len(lines[0]) > MAX_TITLE:
        return None
    if len(lines) > 2 and _is_section_label(lines[0]) and _is_headline(lines[1]):
        return lines[1]
    return lines[0]


def _is_section_label(line: str) -> bool:
    """A kicker naming a section or a supplement: a few capitalised words, no sentence."""
    words = line.split()
    capitalised = all(w[:1].isupper() or w in ("&", "and", "of") for w in words)
    return len(words) <= 3 and capitalised and not line.endswith(_SENTENCE_END)


def _is_headline(line: str) -> bool:
    """A line that reads as a headline rather than as the first paragraph: short, more than a
    few words, and not ended as a sentence is."""
    return len(line) <= MAX_TITLE and len(line.split()) > 3 and not line.endswith(_SENTENCE_END)


def _read_jsonl(
    name: str, lines: Iterable[bytes], max_bytes: int | None
) -> Iterator[Document | Page | SourceError]:
    for number, raw_line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if not raw_line.strip():
            continue
        if max_bytes is not None and len(raw_line) > max_bytes:
            yield SourceError(where, f"line is {len(raw_line):,} bytes, over the limit of {max_bytes:,}")
            continue
        try:
            record = json.loads(raw_line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield SourceError(where, f"invalid UTF-8 (byte {exc.start} of the line)")
            continue
        except json.JSONDecodeError as exc:
            yield SourceError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield SourceError(where, "expected a JSON object with a 'text' field")
            continue
        text, html = record.get("text"), record.get("html")
        if text is not None and html is not None:
            yield SourceError(where, "give 'text' or 'html', not both")
            continue
        doc_id = record.get("id", record.get("doc_id"))
        doc_id = where if doc_id is None else str(doc_id)
        meta = {k: record[k] for k in METADATA_KEYS if record.get(k) is not None}
        if html is not None:
            if not isinstance(html, str):
                yield SourceError(where, "'html' must be a string")
                continue
            url = meta.get("url") if isinstance(meta.get("url"), str) else None
            yield Page(doc_id, html, origin=where, url=url, given=meta)
            continue
        if not isinstance(text, str):
            yield SourceError(where, "missing 'text' string field")
            continue
        yield Document(id=doc_id, text=text, metadata=meta, origin=where)
