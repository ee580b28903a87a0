"""``quotes-api speakers rename|merge|set-kind|import`` and ``quotes-api quotes reassign|reject``:
editors' corrections from the command line, logged like the API's (label ``--label``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from quotes_api.cli import main
from quotes_api.cli.storage import _database

DATABASE = click.option(
    "--database", "url", metavar="URL", help="Database URL (default: $DATABASE_URL or quotes.db)."
)
LABEL = click.option(
    "--label", default="cli", show_default=True, help="Who made the correction, for the log."
)


def _run(command: str, url: str | None, action: Callable[[], Any]) -> Any:
    """Run a correction, turning a refused one into one line on stderr and exit 1."""
    from quotes_api.storage.corrections import CorrectionError

    with _database(command, url):
        try:
            return action()
        except CorrectionError as exc:
            click.echo(f"quotes-api {command}: {exc}", err=True)
            raise SystemExit(1) from None


def _said(speaker: Any) -> None:
    click.echo(f"{speaker.slug}\t{speaker.name}\t{speaker.kind}\t{speaker.quote_count} quotes")


@main.group()
def speakers() -> None:
    """Correct speakers: rename, merge, set their kind, import a list of people."""


@speakers.command()
@click.argument("slug")
@click.argument("name")
@DATABASE
@LABEL
def rename(slug: str, name: str, url: str | None, label: str) -> None:
    """Give the speaker SLUG the name NAME (its slug follows; the old one redirects)."""
    from quotes_api.storage.corrections import edit_speaker

    _said(_run("speakers rename", url, lambda: edit_speaker(slug, {"name": name}, label)))


@speakers.command()
@click.argument("slug")
@click.argument("into")
@DATABASE
@LABEL
def merge(slug: str, into: str, url: str | None, label: str) -> None:
    """Move every quote and alias of SLUG to INTO."""
    from quotes_api.storage.corrections import merge_speakers

    _said(_run("speakers merge", url, lambda: merge_speakers(slug, into, label)))


@speakers.command("set-kind")
@click.argument("slug")
@click.argument("kind", type=click.Choice(["person", "organisation", "group", "unnamed"]))
@DATABASE
@LABEL
def set_kind(slug: str, kind: str, url: str | None, label: str) -> None:
    """Make the speaker SLUG a person, organisation, group or unnamed source."""
    from quotes_api.storage.corrections import edit_speaker

    _said(_run("speakers set-kind", url, lambda: edit_speaker(slug, {"kind": kind}, label)))


@speakers.command("import")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@DATABASE
@LABEL
def import_(path: str, url: str | None, label: str) -> None:
    """Anchor identity with a CSV of people: name, aliases (;-separated), kind, wikidata.

    Bad lines are reported as FILE:LINE: reason and nothing is imported (exit 1)."""
    from quotes_api.storage.people import PeopleFileError, import_people, read_people

    try:
        with click.open_file(path, encoding="utf-8-sig") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.strerror or str(exc)
        click.echo(f"quotes-api speakers import: {path}: {reason}", err=True)
        raise SystemExit(1) from None
    try:
        people = read_people(text, path)
    except PeopleFileError as exc:
        for problem in exc.problems:
            click.echo(f"quotes-api speakers import: {problem}", err=True)
        raise SystemExit(1) from None
    count = _run("speakers import", url, lambda: import_people(people, label))
    click.echo(f"{count} people imported")


@main.group()
def quotes() -> None:
    """Correct quotations: reassign them, or reject them as not quotations."""


@quotes.command()
@click.argument("quote_id", type=int)
@click.argument("slugs", nargs=-1, required=True)
@DATABASE
@LABEL
def reassign(quote_id: int, slugs: tuple[str, ...], url: str | None, label: str) -> None:
    """Make SLUGS (in order) the speakers of the quotation QUOTE_ID."""
    from quotes_api.storage.corrections import reassign_quote, speaker_slugs

    def run() -> list[str]:
        reassign_quote(quote_id, list(slugs), label)
        return speaker_slugs(quote_id)

    click.echo(f"{quote_id}\t{', '.join(_run('quotes reassign', url, run))}")


@quotes.command()
@click.argument("quote_id", type=int)
@click.option("--undo", is_flag=True, help="Bring a rejected quotation back.")
@DATABASE
@LABEL
def reject(quote_id: int, undo: bool, url: str | None, label: str) -> None:
    """Mark the quotation QUOTE_ID as not a quotation (kept stored; --undo brings it back)."""
    from quotes_api.storage.corrections import reject_quote

    result = _run("quotes reject", url, lambda: reject_quote(quote_id, not undo, label))
    click.echo(f"{quote_id}\t{'rejected' if result['rejected'] else 'restored'}")
