"""``quotes-api export``: the quote list as CSV, JSON Lines, JSON-LD or Web Annotations.

The same rows and serialisers as ``GET /api/v1/export`` (:mod:`quotes_api.exports`), without
the web stack: the database is read a chunk at a time and written as it goes, so a million
quotes need no more memory than a thousand.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

import click

from quotes_api.cli import main
from quotes_api.cli.storage import _database

FORMAT_CHOICES = ("csv", "jsonl", "jsonld", "annotation")


@main.command()
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default="jsonl",
    show_default=True,
    help="csv (RFC 4180), jsonl (JSON Lines), jsonld (schema.org), annotation (W3C).",
)
@click.option("--speaker", metavar="SLUG", help="Only this speaker's quotes (e.g. wang-yi).")
@click.option("--q", "q", metavar="TEXT", help="Only quotes matching this full-text search.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before (YYYY-MM-DD).")
@click.option("--document", type=click.IntRange(1), help="Only this document's quotes (its id).")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    default="-",
    help="File to write [default: standard output].",
)
@click.option(
    "--base-url",
    default="",
    metavar="URL",
    help="Make identifiers absolute, e.g. https://quotes.example (JSON-LD, annotations).",
)
@click.option("--database", "url", metavar="URL", help="Database URL (default: $DATABASE_URL or quotes.db).")
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal)."
)
def export(
    fmt: str,
    speaker: str | None,
    q: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    document: int | None,
    output: str,
    base_url: str,
    url: str | None,
    progress: bool | None,
) -> None:
    """Write the stored quotes (all, or filtered) in one export format, streaming."""
    from quotes_api.exports import export_chunks
    from quotes_api.storage.queries import find_speaker, fingerprint

    args: dict[str, Any] = {
        "q": q,
        "document": document,
        "since": since.date() if since else None,
        "until": until.date() if until else None,
    }
    if args["since"] and args["until"] and args["since"] > args["until"]:
        raise click.BadParameter("must not be after --until", param_hint="--since")
    show = sys.stderr.isatty() if progress is None else progress
    with _database("export", url):
        speaker_id = None
        if speaker:
            found = find_speaker(speaker)
            if found is None:
                raise click.BadParameter(f"no speaker with slug {speaker!r}", param_hint="--speaker")
            speaker_id = found.id
        bar = None
        if show:
            from tqdm import tqdm

            total = fingerprint(args, speaker_id=speaker_id)[0]
            bar = tqdm(total=total, unit=" quotes", file=sys.stderr, smoothing=0.1)
        try:
            # Binary, so that CSV's CRLF line ends pass unchanged on every platform. A file is
            # written beside its target and renamed at the end: no half-written export is left.
            with click.open_file(output, "wb", atomic=output != "-") as out:
                for chunk in export_chunks(
                    fmt, args, speaker_id=speaker_id, base_url=base_url, progress=bar.update if bar else None
                ):
                    out.write(chunk.encode("utf-8"))
        except BrokenPipeError:  # `quotes-api export | head`: the reader has what it wanted
            sys.stderr.close()
            raise SystemExit(0) from None
        finally:
            if bar:
                bar.close()
