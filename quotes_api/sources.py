"""Reading documents from files: plain text, ``-`` for standard input, or JSON Lines.

Shared by every command that takes document paths. Problems are yielded as
:class:`SourceError` values rather than raised, so one bad line never stops the good
documents around it from being processed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

METADATA_KEYS = ("title", "url", "source", "published")


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


def read_documents(
    paths: list[str], *, recursive: bool = False, max_bytes: int | None = None
) -> Iterator[Document | SourceError]:
    """Yield each document of ``paths`` in order, or an error for each one that cannot be read.

    A folder is read recursively (``*.txt`` and ``*.jsonl``) when ``recursive`` is set.
    """
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
                if child.suffix in (".txt", ".jsonl"):
                    yield from _read_path(child, max_bytes)
            continue
        yield from _read_path(path, max_bytes)


def _read_path(path: Path, max_bytes: int | None) -> Iterator[Document | SourceError]:
    name = str(path)
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes and path.suffix != ".jsonl":
            yield SourceError(name, f"is {size:,} bytes, over the limit of {max_bytes:,}")
            return
        if path.suffix == ".jsonl":
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
    line, when it is short and more text follows it."""
    first, _, rest = text.strip().partition("\n")
    first = " ".join(first.split())
    return first if first and len(first) <= 200 and rest.strip() else None


def _read_jsonl(
    name: str, lines: Iterable[bytes], max_bytes: int | None
) -> Iterator[Document | SourceError]:
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
        text = record.get("text")
        if not isinstance(text, str):
            yield SourceError(where, "missing 'text' string field")
            continue
        doc_id = record.get("id", record.get("doc_id"))
        doc_id = where if doc_id is None else str(doc_id)
        meta = {k: record[k] for k in METADATA_KEYS if record.get(k) is not None}
        yield Document(id=doc_id, text=text, metadata=meta, origin=where)
