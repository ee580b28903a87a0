"""``quotes-api openapi``: the API's OpenAPI document, as kept in ``schema/openapi.json``."""

from __future__ import annotations

import click

from quotes_api.cli import main


def generate_openapi_text() -> str:
    """The document of a fresh app on a throwaway in-memory database, as committed text."""
    from quotes_api.api import create_api_app
    from quotes_api.api.openapi import openapi_document, openapi_text

    app = create_api_app({"DATABASE_URL": "sqlite:///:memory:", "API_KEYS": ()})
    with app.app_context():
        return openapi_text(openapi_document())


@main.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
def openapi(output: str | None) -> None:
    """Print the OpenAPI 3.1 document of the API (as kept in schema/openapi.json).

    Regenerate the committed copy with: quotes-api openapi -o schema/openapi.json
    """
    text = generate_openapi_text()
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
