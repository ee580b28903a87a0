"""``quotes-api ingest`` and ``quotes-api stats``: load documents into the database, and count it."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain

import click
from peewee import Database, DatabaseError

from quotes_api.cli import main
from quotes_api.sources import SourceError, read_sources

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
@click.argument("paths", nargs=-1)
@click.option(
    "--urls",
    "urls_file",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="A file of URLs to fetch and store, one a line (- for stdin).",
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(1, 256),
    default=1,
    show_default=True,
    help="Processes reading web pages and extracting quotes (the database has one writer).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 100_000),
    default=1000,
    show_default=True,
    help="Documents per transaction.",
)  # as storage.ingest.DEFAULT_BATCH_SIZE
@click.option(
    "--max-bytes",
    type=click.IntRange(1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip (and report) a file, JSONL line or fetched page larger than this.",
)
@click.option(
    "--fetch-workers", type=click.IntRange(1, 16), default=4, show_default=True, help="URLs fetched at once."
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1, 600),
    default=20.0,
    show_default=True,
    help="Seconds a URL may take to connect, to answer, and to send the whole page.",
)
@click.option("--ignore-robots", is_flag=True, help="Fetch URLs that robots.txt disallows.")
@click.option("--database", "url", metavar="URL", help="Database URL (default: $DATABASE_URL or quotes.db).")
@click.option(
    "--progress/--no-progress", default=None, help="Progress bars (default: when stderr is a terminal)."
)
def ingest(
    paths: tuple[str, ...],
    urls_file: str | None,
    workers: int,
    batch_size: int,
    max_bytes: int,
    fetch_workers: int,
    timeout: float,
    ignore_robots: bool,
    url: str | None,
    progress: bool | None,
) -> None:
    """Store the quotes of PATHS: text files, web pages (.html, .htm), folders of them
    (recursively), .jsonl files, - for stdin, and http(s):// URLs.

    JSONL lines are {"text": ...} or {"html": ...}, with "id", "title", "url", "source",
    "author", "published" optional (they win over what a page says). Pages and URLs are
    reduced to their article text, title, author, date, canonical URL and site name. URLs are
    fetched a few at a time, with robots.txt respected. A document already stored (same text)
    is skipped, so an interrupted ingest can simply be run again. Unreadable or invalid
    documents and unfetchable URLs are reported (file:line: reason, URL: reason) and skipped;
    the exit status is then 1. Database failures exit with 2.
    """
    from quotes_api.fetching import FetchLimits, fetch_pages, is_url
    from quotes_api.storage.ingest import IngestSummary, ingest_documents

    urls = [p for p in paths if is_url(p)]
    files = [p for p in paths if not is_url(p)]
    bad_urls: list[SourceError] = []
    if urls_file is not None:
        listed, bad_urls = _read_url_list(urls_file)
        urls += listed
    if not (files or urls or bad_urls):
        raise click.UsageError("give PATHS, URLs or --urls FILE")
    limits = FetchLimits(
        timeout=timeout, max_bytes=max_bytes, workers=fetch_workers, respect_robots=not ignore_robots
    )
    show = sys.stderr.isatty() if progress is None else progress
    bar = fetch_bar = None
    summary = IngestSummary()
    with _database("ingest", url):
        if show:
            from tqdm import tqdm

            bar = tqdm(unit=" docs", file=sys.stderr, smoothing=0.1)
            if urls:
                fetch_bar = tqdm(total=len(urls), desc="fetched", unit=" pages", file=sys.stderr, position=1)

        def report(message: str) -> None:
            line = f"quotes-api ingest: {message}"
            if bar is not None:
                bar.write(line, file=sys.stderr)  # above the bars, not through them
            else:
                click.echo(line, err=True)

        items = chain(
            bad_urls,
            read_sources(files, recursive=True, max_bytes=max_bytes),
            fetch_pages(urls, limits, progress=fetch_bar.update if fetch_bar is not None else None),
        )
        try:
            summary = ingest_documents(
                items,
                workers=workers,
                batch_size=batch_size,
                progress=bar.update if bar is not None else None,
                on_error=report,
            )
        except KeyboardInterrupt:
            click.echo(
                "quotes-api ingest: interrupted; stored documents are complete, run again to finish", err=True
            )
            raise SystemExit(130) from None
        finally:
            for each in (fetch_bar, bar):
                if each is not None:
                    each.close()
    click.echo(summary.line())
    if summary.failed:
        raise SystemExit(1)


def _read_url_list(name: str) -> tuple[list[str], list[SourceError]]:
    """The URLs of a ``--urls`` file (blank lines and ``#`` comments skipped), and its bad lines."""
    from quotes_api.fetching import is_url

    try:
        with click.open_file(name, encoding="utf-8") as stream:
            lines = stream.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.strerror or str(exc)
        raise click.BadParameter(f"{name}: {reason}", param_hint="--urls") from None
    urls: list[str] = []
    bad: list[SourceError] = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_url(line):
            urls.append(line)
        else:
            bad.append(SourceError(f"{name}:{number}", f"{line[:80]!r} is not an http(s) URL"))
    return urls, bad


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
