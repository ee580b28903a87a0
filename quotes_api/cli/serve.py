"""``quotes-api serve``: run the REST API; ``quotes-api openapi``: print its OpenAPI document.

gunicorn by default (several worker processes, each building its own app after the fork, with
a few threads, each with its own database connection; clients' connections are kept alive
between requests); the Werkzeug development server with ``--dev``. With no API keys
configured, writes are open, so the server binds to 127.0.0.1 only and says so.
"""

from __future__ import annotations

import ipaddress
import os
import sys
from typing import Any

import click

from quotes_api.cli import main

LOOPBACK = "127.0.0.1"
#: Threads per worker process. Kept-alive connections stay with the worker that accepted
#: them, so two busy clients can share one: with two threads neither waits for the other
#: (SQLite runs outside the GIL), where one thread would serve them in turn.
DEFAULT_THREADS = 2
#: Seconds an idle kept-alive connection stays open (gunicorn's default is 2).
KEEPALIVE_SECONDS = 5


def default_workers() -> int:
    """gunicorn's rule of thumb: 2 × cores + 1 (one busy on I/O while another computes)."""
    return 2 * (os.cpu_count() or 1) + 1


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
    "--workers",
    type=click.IntRange(1, 256),
    default=None,
    help="gunicorn worker processes [default: 2 × cores + 1].",
)
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=DEFAULT_THREADS,
    show_default=True,
    help="Threads per gunicorn worker (each keeps its clients' connections open between requests).",
)
@click.option(
    "--load",
    "load_paths",
    multiple=True,
    type=click.Path(exists=True),
    help="Store these files or folders first (skipping what is already stored); repeatable.",
)
def serve(host: str, port: int, dev: bool, workers: int | None, threads: int,
          load_paths: tuple[str, ...]) -> None:
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
    _run_gunicorn(host, port, workers or default_workers(), threads)


def _run_gunicorn(host: str, port: int, workers: int, threads: int = DEFAULT_THREADS) -> None:
    from gunicorn.app.base import BaseApplication

    from quotes_api.cli.gunicorn_errors import install

    install()

    class Application(BaseApplication):  # type: ignore[misc]
        """gunicorn that builds the app in each worker (no shared database connections)."""

        def load_config(self) -> None:
            settings: dict[str, Any] = {
                "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
                "workers": workers,
                # Threaded workers keep a client's connection open between its requests (sync
                # workers close it after each): no TCP handshake and accept per request.
                "worker_class": "gthread",
                "threads": threads,
                "keepalive": KEEPALIVE_SECONDS,
                "accesslog": "-",
                "errorlog": "-",
                "timeout": 60,
                "graceful_timeout": 10,
                "proc_name": "quotes-api",
                # The longest request line gunicorn accepts (its default is 4094): room for long
                # search URLs; longer ones get 414, as problem+json (see gunicorn_errors).
                "limit_request_line": 8190,
            }
            for key, value in settings.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            from quotes_api.app import create_app
            from quotes_api.storage.db import SQLITE_PRAGMAS

            # Each thread has its own SQLite connection and page cache: they share the one
            # cache size a connection would have, so a worker's memory does not grow with them.
            return create_app({"SQLITE_CACHE_KB": -int(SQLITE_PRAGMAS["cache_size"]) // threads})

    sys.argv = sys.argv[:1]  # gunicorn must not read our own options as its own
    Application().run()
