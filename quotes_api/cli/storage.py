"""``quotes-api ingest`` and ``quotes-api stats``: load documents into the database, and count it."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click
from peewee import Database, DatabaseError

from quotes_api.cli import main
from quotes_api.sources import read_documents

DEFAULT_MAX_BYTES = 10_000_000  # a news article is ~5 KB; anything this big is not one


@contextmanager
def _database(command: str, url: str | None) -> Iterator[Database]:
    """Open the database, turning any database failure into one line on stderr and exit 2."""
    from quotes_api.storage.db import DatabaseURLError, connect, database_url, redact_url

    db = None
    try:
        db = connect(url)
        yield db
    except DatabaseURLError as exc:
        click.echo(f"quotes-api {command}: {exc}", err=True)
        raise SystemExit(2) from None
    except DatabaseError as exc:
        where = redact_url(database_url(url))
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        click.echo(f"quotes-api {command}: database error on {where}: {detail}", err=True)
        raise SystemExit(2) from None
    finally:
        if db is not None and not db.is_closed():
            db.close()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Processes extracting quotes (the database has one writer).")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=1000, show_default=True,
              help="Documents per transaction.")  # as storage.ingest.DEFAULT_BATCH_SIZE
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Skip (and report) a text file or JSONL line larger than this.")
@click.option("--database", "url", metavar="URL", help="Database URL (default: $DATABASE_URL or quotes.db).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: when stderr is a terminal).")
def ingest(paths: tuple[str, ...], workers: int, batch_size: int, max_bytes: int, url: str | None,
           progress: bool | None) -> None:
    """Store the quotes of PATHS: text files, folders of them (recursively), .jsonl files, - for stdin.

    JSONL lines are {"text": ..., "id", "title", "url", "source", "published" optional}.
    A document already stored (same text) is skipped, so an interrupted ingest can simply be
    run again. Unreadable or invalid documents are reported by file and line and skipped;
    the exit status is then 1. Database failures exit with 2.
    """
    from quotes_api.storage.ingest import IngestSummary, ingest_documents

    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    summary = IngestSummary()
    with _database("ingest", url):
        if show:
            from tqdm import tqdm

            bar = tqdm(unit=" docs", file=sys.stderr, smoothing=0.1)

        def report(message: str) -> None:
            (bar.write if bar else lambda m: click.echo(m, err=True))(f"quotes-api ingest: {message}")

        try:
            summary = ingest_documents(
                read_documents(list(paths), recursive=True, max_bytes=max_bytes),
                workers=workers,
                batch_size=batch_size,
                progress=bar.update if bar else None,
                on_error=report,
            )
        except KeyboardInterrupt:
            click.echo("quotes-api ingest: interrupted; stored documents are complete, run again to finish",
                       err=True)
            raise SystemExit(130) from None
        finally:
            if bar:
                bar.close()
    click.echo(summary.line())
    if summary.failed:
        raise SystemExit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
@click.option("--database", "url", metavar="URL", help="Database URL (default: $DATABASE_URL or quotes.db).")
def stats(as_json: bool, url: str | None) -> None:
    """Count the documents, quotes and speakers in the database."""
    from quotes_api.storage.documents import stats as count

    with _database("stats", url):
        counts = count()
    if as_json:
        click.echo(json.dumps(counts))
        return
    kinds = ", ".join(f"{n} {kind}" for kind, n in counts["speakers_by_kind"].items())
    click.echo(f"documents  {counts['documents']}")
    click.echo(f"quotes     {counts['quotes']}")
    click.echo(f"speakers   {counts['speakers']} ({kinds})")
