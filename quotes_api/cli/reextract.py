"""``quotes-api reextract``: the current extractor over every stored document, in place."""

from __future__ import annotations

import sys

import click

from quotes_api.cli import main
from quotes_api.cli.storage import _database


@main.command()
@click.option(
    "--batch-size",
    type=click.IntRange(1, 10_000),
    default=200,
    show_default=True,
    help="Documents per transaction.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes that run the extractor (the result does not depend on it).",
)
@click.option("--database", "url", metavar="URL", help="Database URL (default: $DATABASE_URL or quotes.db).")
@click.option(
    "--progress/--no-progress", default=None, help="A progress bar (default: when stderr is a terminal)."
)
def reextract(batch_size: int, workers: int, url: str | None, progress: bool | None) -> None:
    """Run the current extractor over every stored document and update quotes and speakers.

    Documents whose quotations come out the same are left alone; editors' corrections are
    kept. Safe to interrupt (whole batches are committed) and to run again.
    """
    from quotes_api.storage.reextract import reextract as run

    show = sys.stderr.isatty() if progress is None else progress
    with _database("reextract", url):
        from quotes_api.storage.queries import document_count

        bar = None
        if show:
            from tqdm import tqdm

            bar = tqdm(total=document_count(), unit=" docs", file=sys.stderr, smoothing=0.1)

        def report(message: str) -> None:
            line = f"quotes-api reextract: {message}"
            if bar is not None:
                bar.write(line, file=sys.stderr)
            else:
                click.echo(line, err=True)

        try:
            summary = run(
                batch_size=batch_size,
                workers=workers,
                progress=bar.update if bar is not None else None,
                on_error=report,
            )
        except KeyboardInterrupt:
            click.echo(
                "quotes-api reextract: interrupted; finished batches are stored, run again to finish",
                err=True,
            )
            raise SystemExit(130) from None
        finally:
            if bar is not None:
                bar.close()
    click.echo(summary.line())
    if summary.failed:
        raise SystemExit(1)
