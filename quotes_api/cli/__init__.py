"""The ``quotes-api`` command line: a click group; each command lives in a module of its own."""

from __future__ import annotations

import importlib

import click

# Modules that each add commands to ``main``; imported lazily so one layer's absence
# (or its optional dependencies) never breaks the others.
COMMAND_MODULES = ("extract", "storage", "serve", "export")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotes-api")
def main() -> None:
    """Quotes API: who said what, and where, in the news."""


for _name in COMMAND_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # a command module not written yet
        if exc.name != f"{__name__}.{_name}":
            raise
