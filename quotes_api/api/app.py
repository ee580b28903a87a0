"""The API's application factory: ``create_api_app()`` builds a configured Flask app serving the JSON
API, as in Flask's tutorial; :func:`quotes_api.app.create_app` adds the web pages to it.

A factory (rather than a module-level app) lets tests build one app per database, lets
the server build one per worker process after the fork (so no database connection is shared
between processes), and keeps configuration in one place: the environment, then ``config``.
"""

from __future__ import annotations

import logging
from typing import Any

import peewee
from flask import Flask, abort, request
from flask_cors import CORS

from quotes_api.api.auth import SECURITY_SCHEMES
from quotes_api.api.config import base_config, config_from_env
from quotes_api.api.errors import ProblemApi, register_error_handlers
from quotes_api.api.hardening import harden, install_converters

log = logging.getLogger(__name__)

#: Headers a browser script may read on cross-origin responses (paging and caching).
EXPOSED_HEADERS = ["Link", "ETag", "X-Total-Count", "Location"]

API_DESCRIPTION = """\
Who said what, and where, in the news: direct quotations found in news articles, attributed
to their speakers by rules, with full provenance (document, offsets, cue, context).

Lists are paged with `page`/`per_page` and carry `X-Total-Count` and `Link` headers.
Errors are `application/problem+json` (RFC 9457). Writes need an API key when the server
has keys configured (`Authorization: Bearer KEY` or `X-API-Key: KEY`).
"""


def create_api_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the JSON API app: settings from the environment, overridden by ``config``.

    ``config`` may set ``DATABASE_URL``, ``API_KEYS`` (a tuple), ``MAX_CONTENT_LENGTH``,
    ``SQLITE_CACHE_KB`` (the page cache of each SQLite connection, one a serving thread) and
    any Flask setting. The database is connected and migrated here, once per process.
    """
    app = Flask(__name__)
    app.config.update(base_config())
    app.config.update(config_from_env())
    app.config.update(config or {})
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the documented field order
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    # Debug mode only when asked for in code, never from FLASK_DEBUG in a server's environment.
    harden(app, debug=bool((config or {}).get("DEBUG", False)))
    install_converters(app)
    from quotes_api.api.public_url import init_public_url

    init_public_url(app)

    _init_database(app)
    _init_request_checks(app)
    CORS(
        app,
        resources={
            # Checking a claim or extracting from text stores nothing: fact-check tools in a
            # browser on another site may call them, as they read.
            r"/api/v1/(verify|extract)": {
                "origins": "*",
                "methods": ["POST", "OPTIONS"],
                "allow_headers": ["Content-Type", "Accept"],
            },
            r"/api/*": {"origins": "*"},
            r"/(livez|readyz)": {"origins": "*"},
        },
        methods=["GET", "HEAD", "OPTIONS"],
        expose_headers=EXPOSED_HEADERS,
        allow_headers=["If-None-Match", "Accept"],
        max_age=3600,
        send_wildcard=True,  # "*" rather than echoing the Origin: shared caches keep one copy
    )

    api = ProblemApi(
        app,
        spec_kwargs={
            "info": {"description": API_DESCRIPTION, "license": {"name": "MIT", "identifier": "MIT"}},
        },
    )
    for name, scheme in SECURITY_SCHEMES.items():
        api.spec.components.security_scheme(name, scheme)
    from quotes_api.api.schemas import ExportedQuoteSchema  # no view returns it: exports stream it

    api.spec.components.schema("ExportedQuote", schema=ExportedQuoteSchema)
    register_error_handlers(app)
    _register_blueprints(app, api)
    from quotes_api.api.costly import guard_costly_requests

    guard_costly_requests(app)
    from quotes_api.api.args import DOCUMENT_IN_ONE_OF

    api.spec.components.schemas["DocumentIn"]["oneOf"] = DOCUMENT_IN_ONE_OF
    from quotes_api.api.corrections import SCHEMA_CONSTRAINTS

    for name, constraint in SCHEMA_CONSTRAINTS.items():
        api.spec.components.schemas[name].update(constraint)
    return app


def _register_blueprints(app: Flask, api: ProblemApi) -> None:
    from quotes_api.api import (
        corrections,
        docs,
        documents,
        exports,
        extract,
        health,
        quotes,
        search,
        speakers,
        verify,
    )

    for module in (health, speakers, quotes, search, documents, extract, verify, exports, corrections):
        api.register_blueprint(module.blp)
    app.register_blueprint(docs.bp)


def _init_database(app: Flask) -> None:
    """Open and migrate the database; bind it before each request, release it after.

    A database that is down at start does not stop the process: ``/readyz`` reports 503
    until it answers, and requests that need it get 503 instead of a crash loop.
    """
    from quotes_api.storage.backend import is_postgres
    from quotes_api.storage.base import database_proxy
    from quotes_api.storage.db import connect, database_from_url

    url = app.config.get("DATABASE_URL")
    try:
        db = connect(url)
        cache_kb = app.config.get("SQLITE_CACHE_KB")
        if cache_kb and isinstance(db, peewee.SqliteDatabase):
            # Every connection this process opens from now on (one a thread) gets it.
            db.pragma("cache_size", -int(cache_kb), permanent=True)
    except peewee.OperationalError as exc:
        log.warning("database not reachable at start (%s); /readyz will report 503", exc)
        db = database_from_url(url)
        database_proxy.initialize(db)
    finally:
        if database_proxy.obj is not None and not database_proxy.obj.is_closed():
            database_proxy.obj.close()
    app.extensions["quotes_db"] = db

    @app.before_request
    def _bind_database() -> None:
        # Several apps (one per backend in the tests) may live in one process; the models
        # follow whichever app is serving this request.
        if database_proxy.obj is not db:
            database_proxy.initialize(db)

    @app.teardown_request
    def _release_database(_exc: BaseException | None) -> None:
        # A SQLite connection stays open between requests (one a worker thread): opening it
        # costs its pragmas and a cold page cache, about a millisecond a request. A server
        # connection is released, so that a restarted PostgreSQL costs no request a dead one.
        if not db.is_closed() and is_postgres(db):
            db.close()


def _init_request_checks(app: Flask) -> None:
    """Reject oversized (413) and non-JSON (415) write bodies before any work is done."""

    @app.before_request
    def _check_body() -> None:
        if request.routing_exception is not None:  # 404/405 say more than a body complaint
            return
        limit = app.config.get("MAX_CONTENT_LENGTH")
        if limit is not None and (request.content_length or 0) > limit:
            abort(413, description=f"The request body is larger than the limit of {limit:,} bytes.")
        if request.method in ("POST", "PUT", "PATCH") and not request.is_json:
            got = request.mimetype or "none"
            abort(415, description=f"Send the body as application/json (Content-Type was {got}).")
