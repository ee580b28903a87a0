"""Bulk ingestion: documents in, quotes stored, in batches, optionally extracting on every core.

The pipeline, per batch of documents:

0. web pages (:class:`~quotes_api.sources.Page`) are reduced to their article, in the
   writer process or, with ``workers``, in the worker processes (it costs more than
   extraction: see docs/performance.md);
1. validate each document (empty text, NUL characters, bad dates are reported and skipped);
2. drop those whose content hash is already stored, before spending time extracting them
   (this is what makes re-running an interrupted ingest fast);
3. extract quotes, in the writer process or in ``workers`` worker processes;
4. write the batch in one transaction (:func:`quotes_api.storage.writer.write_batch`).

Only the main process touches the database (one writer); workers only read pages and run
the extractor.
If a batch fails to write, it is retried one document at a time so that one bad document
does not cost its neighbours.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool

from peewee import DatabaseError, InterfaceError, OperationalError

from quotes_api.extraction import extract
from quotes_api.extraction.model import Quote as ExtractedQuote
from quotes_api.sources import Document as SourceDocument
from quotes_api.sources import Page, SourceError
from quotes_api.storage.backend import AnyDatabase
from quotes_api.storage.base import database_proxy
from quotes_api.storage.bulk import select_in
from quotes_api.storage.models import Document
from quotes_api.storage.speakers import group_new_forms
from quotes_api.storage.writer import InvalidDocument, Prepared, prepare, write_batch

# Documents per transaction. Each transaction adds a segment to the full-text index, which
# SQLite merges as they pile up: 1,000 writes a fifth faster than 250 (tens of milliseconds a
# transaction), and holds the write lock for about a quarter of a second.
DEFAULT_BATCH_SIZE = 1000
_CHUNK = 25  # documents a worker extracts per task: about 30 ms, small next to a batch
_PAGES_AHEAD = 8  # web pages being read per worker, ahead of the one the writer waits for


@dataclass
class IngestSummary:
    """What an ingest did. ``errors`` are ``"file:line: message"`` strings, in input order."""

    new: int = 0
    existing: int = 0
    failed: int = 0
    quotes: int = 0
    speakers: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.new + self.existing + self.failed

    def fail(self, where: str, message: str) -> None:
        self.failed += 1
        self.errors.append(f"{where}: {message}" if where else message)

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"{self.documents} documents: {self.new} new, {self.existing} already present, "
            f"{self.failed} failed; {self.quotes} quotes, {self.speakers} new speakers"
        )

    def to_dict(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "new": self.new,
            "existing": self.existing,
            "failed": self.failed,
            "quotes": self.quotes,
            "speakers": self.speakers,
        }


InputItem = SourceDocument | Page | SourceError | dict
#: An item once its web page, if it was one, is read into a document.
ReadItem = SourceDocument | SourceError | dict


def ingest_documents(
    items: Iterable[InputItem],
    *,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], object] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest ``items`` and return counts; never raises for bad documents, only for a broken database.

    ``items`` are :class:`quotes_api.sources.Document` and :class:`~quotes_api.sources.Page`
    (from ``read_sources``), their :class:`~quotes_api.sources.SourceError` (counted as
    failed), or plain dicts with ``text`` and optional ``id``, ``title``, ``url``, ``source``,
    ``published``. ``progress`` is called with the number of documents just finished;
    ``on_error`` with each error message as it happens. ``workers > 1`` reads web pages and
    runs extraction in that many processes. Works on the database the models are bound to
    (see :func:`quotes_api.storage.connect`).
    """
    db = database_proxy
    summary = IngestSummary()
    group_new_forms(db)  # speakers carried over from before m0005 join the grouping first
    report = on_error or (lambda message: None)

    def fail(where: str, message: str) -> None:
        summary.fail(where, message)
        report(summary.errors[-1])
        if progress:
            progress(1)

    if workers <= 1:
        documents = (item.document() if isinstance(item, Page) else item for item in items)
        for batch in _batches(documents, batch_size, fail):
            todo = _skip_stored(batch, summary, progress)
            _write(db, _extract_here(todo, fail), summary, fail, progress)
        return summary
    with _worker_context().Pool(workers) as pool:
        pending: deque[tuple[list[Prepared], AsyncResult]] = deque()
        for batch in _batches(_pages_read_by(pool, items, ahead=_PAGES_AHEAD * workers), batch_size, fail):
            todo = _skip_stored(batch, summary, progress)
            # Each batch is shared out in small chunks, so every worker is busy on it and the
            # writer gets its first batch after 1/workers of the time one worker would take.
            texts = [d.text for d in todo]
            chunks = [texts[i : i + _CHUNK] for i in range(0, len(texts), _CHUNK)]
            pending.append((todo, pool.map_async(_extract_texts, chunks)))
            # Two batches in flight: workers extract the next one while this one is written.
            while len(pending) > 2:
                _finish(db, *pending.popleft(), summary, fail, progress)
        while pending:
            _finish(db, *pending.popleft(), summary, fail, progress)
    return summary


def _worker_context() -> multiprocessing.context.BaseContext:
    """Processes for extraction workers. A fork server imports this module once and forks each
    worker from itself; spawned workers would each import the whole program again (about 0.2 s
    of CPU each). Plain fork is avoided: the writer holds a database connection and, on a
    terminal, a progress-bar thread. Spawn where there is no fork server (Windows)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([__name__])  # this module: the workers run _extract_texts
    return ctx


def _pages_read_by(pool: Pool, items: Iterable[InputItem], *, ahead: int) -> Iterator[ReadItem]:
    """``items`` in order, each web page reduced to its article by a worker of ``pool``, up to
    ``ahead`` of them at once."""
    pending: deque = deque()
    for item in items:
        pending.append(pool.apply_async(_page_document, (item,)) if isinstance(item, Page) else item)
        while len(pending) > ahead:
            yield _ready(pending.popleft())
    while pending:
        yield _ready(pending.popleft())


def _page_document(page: Page) -> SourceDocument | SourceError:
    """Worker-process entry point: the page's article."""
    return page.document()


def _ready(item: ReadItem | AsyncResult) -> ReadItem:
    return item.get() if isinstance(item, AsyncResult) else item


def _batches(
    items: Iterable[ReadItem], size: int, fail: Callable[[str, str], None]
) -> Iterator[list[Prepared]]:
    batch: list[Prepared] = []
    for item in items:
        if isinstance(item, SourceError):
            fail(item.location, item.message)
            continue
        try:
            if isinstance(item, SourceDocument):
                prepared = prepare(item.text, item.metadata, external_id=item.id, origin=item.origin)
            else:
                prepared = prepare(
                    item.get("text"), item, external_id=item.get("id"), origin=str(item.get("id", ""))
                )
        except InvalidDocument as exc:
            where = item.origin if isinstance(item, SourceDocument) else str(item.get("id", ""))
            fail(where, str(exc))
            continue
        batch.append(prepared)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _skip_stored(
    batch: list[Prepared], summary: IngestSummary, progress: Callable[[int], object] | None
) -> list[Prepared]:
    """The documents of ``batch`` not stored yet (nor repeated earlier in the batch)."""
    hashes = [d.content_hash for d in batch]
    stored = {h for (h,) in select_in(database_proxy, Document, ("content_hash",), "content_hash", hashes)}
    todo: list[Prepared] = []
    for doc in batch:
        if doc.content_hash in stored:
            summary.existing += 1
        else:
            stored.add(doc.content_hash)
            todo.append(doc)
    if progress and len(todo) < len(batch):
        progress(len(batch) - len(todo))
    return todo


def _extract_one(text: str) -> list[ExtractedQuote] | str:
    try:
        return extract(text)
    except Exception as exc:  # the extractor must never stop an ingest; report and go on
        return f"extraction failed ({type(exc).__name__}: {exc})"


def _extract_texts(texts: list[str]) -> list[list[ExtractedQuote] | str]:
    """Worker-process entry point: the quotes of each text, or an error message."""
    return [_extract_one(t) for t in texts]


def _extract_here(docs: list[Prepared], fail: Callable[[str, str], None]) -> list[Prepared]:
    return _attach(docs, [_extract_one(d.text) for d in docs], fail)


def _attach(
    docs: list[Prepared], results: list[list[ExtractedQuote] | str], fail: Callable[[str, str], None]
) -> list[Prepared]:
    ready = []
    for doc, quotes in zip(docs, results, strict=True):
        if isinstance(quotes, str):
            fail(doc.origin, quotes)
        else:
            doc.quotes = quotes
            ready.append(doc)
    return ready


def _finish(
    db: AnyDatabase,
    docs: list[Prepared],
    async_result: AsyncResult,
    summary: IngestSummary,
    fail: Callable[[str, str], None],
    progress: Callable[[int], object] | None,
) -> None:
    """Write ``docs`` once the workers' ``async_result`` (their quotes, chunk by chunk) is in."""
    results = [quotes for chunk in async_result.get() for quotes in chunk]
    _write(db, _attach(docs, results, fail), summary, fail, progress)


def _write(
    db: AnyDatabase,
    docs: list[Prepared],
    summary: IngestSummary,
    fail: Callable[[str, str], None],
    progress: Callable[[int], object] | None,
) -> None:
    if not docs:
        return
    try:
        results = [write_batch(db, docs)]
    except (OperationalError, InterfaceError):
        raise  # the database itself is unusable (locked, gone): stop, keep what is committed
    except DatabaseError:
        results = []
        for doc in docs:  # find the culprit; the others still go in
            try:
                results.append(write_batch(db, [doc]))
            except (OperationalError, InterfaceError):
                raise
            except DatabaseError as exc:
                fail(doc.origin, f"could not be stored ({str(exc).strip().splitlines()[0]})")
    for result in results:
        summary.new += len(result.new)
        summary.existing += result.existing
        summary.quotes += result.quotes
        summary.speakers += result.speakers
    if progress:
        progress(sum(len(r.new) + r.existing for r in results))
