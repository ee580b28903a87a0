"""API keys for writes: ``Authorization: Bearer KEY`` or ``X-API-Key: KEY``.

Reads stay open (the database holds published news). Writes change what every client sees,
so when keys are configured each write must carry one. Keys are compared with
:func:`hmac.compare_digest` against every configured key, so the time taken reveals
neither which key nearly matched nor how many characters did.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import current_app, g, request

from quotes_api.api.errors import abort

F = TypeVar("F", bound=Callable[..., Any])

#: Documented in the OpenAPI document as the two ways to present a key.
SECURITY_SCHEMES = {
    "bearerAuth": {"type": "http", "scheme": "bearer", "description": "An API key as a bearer token."},
    "apiKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
}
WRITE_SECURITY: list[dict[str, list[str]]] = [{"bearerAuth": []}, {"apiKeyHeader": []}]


def presented_key() -> str | None:
    """The key the request carries, if any (Bearer wins when both are sent)."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    key = request.headers.get("X-API-Key", "").strip()
    return key or None


def key_is_valid(key: str, configured: tuple[str, ...]) -> bool:
    """True when ``key`` equals one of ``configured``, in time independent of where they differ."""
    given = key.encode("utf-8")
    matched = False
    for candidate in configured:  # no early exit: every key is compared every time
        matched |= hmac.compare_digest(given, candidate.encode("utf-8"))
    return matched


def key_label(key: str, configured: tuple[str, ...], labels: dict[str, str]) -> str | None:
    """The label of the configured key equal to ``key`` (compared as :func:`key_is_valid` does)."""
    given, found = key.encode("utf-8"), None
    for i, candidate in enumerate(configured):
        if hmac.compare_digest(given, candidate.encode("utf-8")):
            found = labels.get(candidate, f"key-{i + 1}")
    return found


def require_api_key(view: F) -> F:
    """Reject the request with 401 unless it carries a configured key (no-op with none configured).

    The key's label (never the key) is left in ``flask.g.api_key_label`` for the audit log.
    """

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        configured: tuple[str, ...] = current_app.config.get("API_KEYS", ())
        if configured:
            key = presented_key()
            challenge = {"WWW-Authenticate": 'Bearer realm="quotes-api"'}
            if key is None:
                abort(
                    401,
                    message="This request needs an API key (Authorization: Bearer or X-API-Key).",
                    headers=challenge,
                )
            if not key_is_valid(key, configured):
                abort(401, message="The API key is not valid.", headers=challenge)
            g.api_key_label = key_label(key, configured, current_app.config.get("API_KEY_LABELS", {}))
        else:
            g.api_key_label = None
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
