"""``quotes-api serve``: run the REST API; ``quotes-api openapi``: print its OpenAPI document.

waitress by default (see :mod:`quotes_api.cli.server`: whole requests are read by an event loop
before a request thread sees them, so slow clients hold no thread; ``--workers`` processes
share the listening socket, each with ``--threads`` request threads and its own database
connections); the Werkzeug development server with ``--dev``. With no API keys configured,
writes are open, so the server binds to 127.0.0.1 only and says so.
"""

from __future__ import annotations

import ipaddress
import os

import click

from quotes_api.cli import main
from quotes_api.cli.server import ServerSettings

LOOPBACK = "127.0.0.1"
#: Request threads of each process that costly requests can never occupy.
RESERVED_THREADS = 2
DEFAULTS = ServerSettings(host=LOOPBACK, port=8000)


def default_workers() -> int:
    """One process per core: a process computes on one core at a time (the GIL)."""
    return os.cpu_count() or 1


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@click.option("--host", default=LOOPBACK, show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--dev", is_flag=True, help="Use the Werkzeug development server (one process).")
@click.option(
    "--workers", type=click.IntRange(1, 256), default=None, help="Server processes [default: one per core]."
)
@click.option(
    "--threads",
    type=click.IntRange(2, 256),
    default=DEFAULTS.threads,
    show_default=True,
    help="Request threads per process (slow clients hold none: requests are read whole first).",
)
@click.option(
    "--connection-limit",
    type=click.IntRange(10, 100_000),
    default=DEFAULTS.connection_limit,
    show_default=True,
    help="Open connections per process, idle and stalled ones included.",
)
@click.option(
    "--timeout",
    "channel_timeout",
    type=click.IntRange(1, 3600),
    default=DEFAULTS.channel_timeout,
    show_default=True,
    help="Seconds a connection may stay silent before it is closed.",
)
@click.option(
    "--trusted-proxy",
    default=None,
    help="Address of the reverse proxy whose X-Forwarded-For names the client ('*': any).",
)
@click.option(
    "--load",
    "load_paths",
    multiple=True,
    type=click.Path(exists=True),
    help="Store these files or folders first (skipping what is already stored); repeatable.",
)
def serve(
    host: str,
    port: int,
    dev: bool,
    workers: int | None,
    threads: int,
    connection_limit: int,
    channel_timeout: int,
    trusted_proxy: str | None,
    load_paths: tuple[str, ...],
) -> None:
    """Serve the JSON REST API on the database given by DATABASE_URL (default: ./quotes.db).

    Writes (POST, DELETE) need one of the keys in QUOTES_API_KEYS (comma-separated); with
    none set, the server listens on 127.0.0.1 only.
    """
    from quotes_api.api.config import parse_api_keys
    from quotes_api.storage.db import connect, database_url, redact_url

    if not parse_api_keys(os.environ.get("QUOTES_API_KEYS")) and not _is_loopback(host):
        click.echo(
            f"quotes-api serve: no API keys configured (QUOTES_API_KEYS), so writes are open; "
            f"listening on {LOOPBACK} only instead of {host}.",
            err=True,
        )
        host = LOOPBACK
    elif not parse_api_keys(os.environ.get("QUOTES_API_KEYS")):
        click.echo(
            "quotes-api serve: no API keys configured (QUOTES_API_KEYS): writes are open, "
            f"so the server listens on {LOOPBACK} only.",
            err=True,
        )
    db = connect()  # migrate once here, before any worker starts
    try:
        if load_paths:
            from quotes_api.api.writes import load_paths as load

            summary = load(list(load_paths))
            click.echo(
                f"quotes-api serve: loaded {', '.join(load_paths)}: {summary['new']} new, "
                f"{summary['existing']} already stored, {summary['failed']} failed, "
                f"{summary['quotes']} quotes",
                err=True,
            )
    finally:
        db.close()
    where = f"http://{host}:{port}"
    click.echo(
        f"quotes-api serve: {redact_url(database_url())} on {where}/api/v1 (docs: {where}/api/v1/docs)",
        err=True,
    )
    if dev:
        from quotes_api.app import create_app

        create_app().run(host=host, port=port, debug=False, threaded=True, use_reloader=False)
        return
    from quotes_api.cli.server import run

    settings = ServerSettings(
        host=host,
        port=port,
        workers=workers or default_workers(),
        threads=threads,
        connection_limit=connection_limit,
        channel_timeout=channel_timeout,
        trusted_proxy=trusted_proxy,
    )
    run(settings, make_app=lambda: _make_app(threads))


def _make_app(threads: int) -> object:
    from quotes_api.app import create_app
    from quotes_api.storage.db import SQLITE_PRAGMAS

    # Each thread has its own SQLite connection and page cache: they share the one cache size
    # a connection would have, so a process's memory does not grow with them.
    # Costly requests (extraction) may take all threads but two: those stay for health checks
    # and cheap reads whatever clients send (quotes_api.api.costly).
    return create_app(
        {
            "SQLITE_CACHE_KB": -int(SQLITE_PRAGMAS["cache_size"]) // threads,
            "COSTLY_SLOTS": threads - RESERVED_THREADS,
        }
    )
