"""The ``quotes-api`` command line: a click group; each command lives in a module of its own."""

from __future__ import annotations

import importlib

import click

# Modules that each add commands to ``main`` when imported.
COMMAND_MODULES = ("extract", "storage", "serve", "export", "openapi", "corrections", "reextract")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotes-api")
def main() -> None:
    """Quotes API: who said what, and where, in the news."""


for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}")
