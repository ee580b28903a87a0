"""Guards on the requests that cost CPU: extraction (``POST /extract``, ``POST /documents``)
and claim checking (``POST /verify``). Issue 15, item 2.

* **A smaller body limit without a key**: a request that carries no valid API key (when keys
  are configured) may send ``KEYLESS_MAX_CONTENT_LENGTH`` bytes (256 KiB by default), a keyed
  one ``MAX_CONTENT_LENGTH`` (2 MiB). Beyond: 413.
* **Rate limits per client** on ``/extract`` and ``/verify`` for requests without a key
  (Flask-Limiter; ``RATE_LIMIT``, default 120 a minute per client address; counted in memory,
  or in the shared store named by ``RATE_LIMIT_STORAGE_URI``): beyond, 429 with ``Retry-After``.
* **Slots**: at most ``COSTLY_SLOTS`` costly requests are admitted at once in a process
  (``quotes-api serve`` sets its threads less two, so two threads always stay free for health
  checks and cheap reads, whatever keyed clients send); one that finds no slot gets 503 with
  ``Retry-After`` at once. Of those admitted, only :data:`RUNNING_PER_PROCESS` compute at
  once, the others wait (up to ``COSTLY_WAIT_SECONDS``, then 503) without holding the GIL: a
  process computes on one core anyway, and every thread that computes makes each GIL
  hand-over to a health check slower (six computing threads made ``/livez`` take a second).
* **A time budget**: extraction stops after ``EXTRACT_BUDGET_SECONDS`` (10 s by default) and
  the request gets 503 with ``Retry-After`` (see :mod:`quotes_api.extraction.budget`).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from typing import Any

from flask import Flask, abort, current_app, g, request
from flask_limiter import Limiter, RateLimitExceeded
from flask_limiter.util import get_remote_address

from quotes_api.api.auth import key_is_valid, presented_key
from quotes_api.api.errors import problem
from quotes_api.extraction.budget import BudgetExceeded, end_budget, start_budget

#: Endpoints whose work is extraction or matching, so CPU-bound.
COSTLY_ENDPOINTS = frozenset({"extract.extract", "verify.verify", "documents.create_document"})
#: The costly endpoints open to anyone, which are rate-limited for requests without a key.
RATE_LIMITED_ENDPOINTS = ("extract.extract", "verify.verify")

DEFAULT_KEYLESS_MAX_BYTES = 256 * 1024
DEFAULT_RATE_LIMIT = "120 per minute"
DEFAULT_BUDGET_SECONDS = 10.0
#: Costly requests that compute at once in one process (when slots are configured).
RUNNING_PER_PROCESS = 2
DEFAULT_WAIT_SECONDS = 10.0
#: Seconds a client is told to wait when every slot is busy, or its extraction ran out of time.
BUSY_RETRY_AFTER = "1"
BUDGET_RETRY_AFTER = "10"


def has_valid_key() -> bool:
    """Whether the request carries a configured key; with no keys configured (a local server,
    writes open) every request counts as keyed."""
    configured: tuple[str, ...] = current_app.config.get("API_KEYS", ())
    if not configured:
        return True
    key = presented_key()
    return key is not None and key_is_valid(key, configured)


def settings_from_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """This module's settings: ``QUOTES_API_KEYLESS_MAX_BODY_BYTES``, ``QUOTES_API_RATE_LIMIT``
    (e.g. ``"120 per minute; 10 per second"``), ``QUOTES_API_RATELIMIT_STORAGE_URI`` (e.g.
    ``redis://host:6379``), ``QUOTES_API_EXTRACT_BUDGET_SECONDS``, ``QUOTES_API_COSTLY_SLOTS``;
    the defaults where unset."""
    env = os.environ if environ is None else environ
    keyless = env.get("QUOTES_API_KEYLESS_MAX_BODY_BYTES", "").strip()
    budget = env.get("QUOTES_API_EXTRACT_BUDGET_SECONDS", "").strip()
    slots = env.get("QUOTES_API_COSTLY_SLOTS", "").strip()
    return {
        "KEYLESS_MAX_CONTENT_LENGTH": int(keyless) if keyless.isdigit() else DEFAULT_KEYLESS_MAX_BYTES,
        "RATE_LIMIT": env.get("QUOTES_API_RATE_LIMIT", "").strip() or DEFAULT_RATE_LIMIT,
        "RATE_LIMIT_STORAGE_URI": env.get("QUOTES_API_RATELIMIT_STORAGE_URI", "").strip() or "memory://",
        "EXTRACT_BUDGET_SECONDS": (
            float(budget) if budget.replace(".", "", 1).isdigit() else DEFAULT_BUDGET_SECONDS
        ),
        "COSTLY_SLOTS": int(slots) if slots.isdigit() and int(slots) > 0 else None,
        "COSTLY_WAIT_SECONDS": DEFAULT_WAIT_SECONDS,
    }


def guard_costly_requests(app: Flask) -> Limiter:
    """Install the guards of the module docstring; call after the blueprints are registered."""
    for name, default in settings_from_env().items():
        app.config.setdefault(name, default)
    slots = app.config.get("COSTLY_SLOTS")
    admitted = threading.BoundedSemaphore(int(slots)) if slots else None
    running = threading.BoundedSemaphore(min(int(slots), RUNNING_PER_PROCESS)) if slots else None

    def check_keyless_size() -> None:
        limit = app.config["KEYLESS_MAX_CONTENT_LENGTH"]
        if (
            request.method in ("POST", "PUT", "PATCH")
            and (request.content_length or 0) > limit
            and not has_valid_key()
        ):
            abort(
                413,
                description=f"The request body is larger than the limit of {limit:,} bytes for "
                "requests without an API key.",
            )

    def take_slot() -> Any:
        if request.endpoint not in COSTLY_ENDPOINTS:
            return None
        if admitted is not None and running is not None:
            if not admitted.acquire(blocking=False):
                return busy()
            if not running.acquire(timeout=float(app.config["COSTLY_WAIT_SECONDS"])):
                admitted.release()
                return busy()
            g.costly_slots = (running, admitted)
        g.extraction_budget = start_budget(float(app.config["EXTRACT_BUDGET_SECONDS"]))
        return None

    def give_back(_exc: BaseException | None) -> None:
        token = g.pop("extraction_budget", None)
        if token is not None:
            end_budget(token)
        for slot in g.pop("costly_slots", ()):
            slot.release()

    def busy() -> Any:
        return problem(
            503,
            "The server is busy with other costly requests; retry shortly.",
            headers={"Retry-After": BUSY_RETRY_AFTER},
        )

    # Before every other check: a keyless body over its limit is refused before it is parsed.
    app.before_request_funcs.setdefault(None, []).insert(0, check_keyless_size)
    app.before_request(take_slot)
    app.teardown_request(give_back)

    @app.errorhandler(BudgetExceeded)
    def over_budget(error: BudgetExceeded) -> Any:
        detail = (
            f"Extraction was stopped after {error.seconds:g} s, its time budget; send a shorter "
            "text or retry later."
        )
        return problem(503, detail, headers={"Retry-After": BUDGET_RETRY_AFTER})

    limiter = Limiter(
        get_remote_address,
        app=app,
        storage_uri=app.config["RATE_LIMIT_STORAGE_URI"],
        strategy="moving-window",
    )

    @app.errorhandler(RateLimitExceeded)
    def too_many(error: RateLimitExceeded) -> Any:
        current = limiter.current_limit
        wait = max(1, min(int(current.reset_at - time.time()), 3600)) if current else 1
        return problem(
            429,
            "Too many requests from this client; retry after the time in Retry-After.",
            headers={"Retry-After": str(wait)},
        )

    for endpoint in RATE_LIMITED_ENDPOINTS:
        view = app.view_functions[endpoint]
        # flask-limiter types its decorator for sync and async views at once; these are sync.
        app.view_functions[endpoint] = limiter.limit(  # type: ignore[assignment]
            lambda: current_app.config["RATE_LIMIT"],
            exempt_when=has_valid_key,
        )(view)
    return limiter
