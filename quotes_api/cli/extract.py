"""``quotes-api extract``: print every quotation in the given documents as JSON Lines."""

from __future__ import annotations

import json
import sys

import click

from quotes_api.cli import main
from quotes_api.extraction import extract as extract_quotes
from quotes_api.sources import SourceError, read_documents


@main.command()
@click.argument("paths", nargs=-1, required=True)
def extract(paths: tuple[str, ...]) -> None:
    """Extract quotations from PATHS (text files, .jsonl files of {"id", "text"}, or - for stdin).

    Prints one JSON object a quote. Unreadable inputs are reported on standard error by file
    and line; the other documents are still processed, and the exit status is 1.
    """
    failed = 0
    out = sys.stdout
    for item in read_documents(list(paths)):
        if isinstance(item, SourceError):
            failed += 1
            click.echo(f"quotes-api extract: {item}", err=True)
            continue
        for quote in extract_quotes(item.text):
            record = {"document": item.id, **quote.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    if failed:
        raise SystemExit(1)
