"""Settings of the API, read from the environment so that one process image serves every deployment.

The same variables drive ``quotes-api serve`` and any WSGI server that imports
:func:`quotes_api.api.create_app`, so a gunicorn worker and the development server never
disagree about which database or which keys are in force.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

#: Requests with a larger body get 413. News articles are tens of kilobytes; two mebibytes
#: leaves room for long reports while keeping one request from exhausting a worker's memory.
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024

#: Page size used when the client asks for none, and the most a client may ask for.
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def parse_api_keys(raw: str | None) -> tuple[str, ...]:
    """Split ``QUOTES_API_KEYS`` ("key1,key2" or whitespace-separated) into keys, dropping blanks.

    Several keys let an operator rotate one without locking out the others. An entry may carry
    a label, ``alice:KEY1``: the key is ``KEY1`` (see :func:`parse_api_key_labels`).
    """
    return tuple(_labelled(raw).values())


def parse_api_key_labels(raw: str | None) -> dict[str, str]:
    """``{key: label}`` for ``QUOTES_API_KEYS``; a key given without a label is ``key-N`` (its place).

    The audit log of corrections names the label, never the key.

    >>> parse_api_key_labels("alice:KEY1,bot:KEY2 KEY3")
    {'KEY1': 'alice', 'KEY2': 'bot', 'KEY3': 'key-3'}
    """
    return {key: label for label, key in _labelled(raw).items()}


def _labelled(raw: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for i, entry in enumerate(k for k in (raw or "").replace(",", " ").split() if k):
        label, sep, key = entry.partition(":")
        if not (sep and label and key):
            label, key = f"key-{i + 1}", entry
        out[label] = key
    return out


def config_from_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The Flask configuration implied by the environment.

    ``DATABASE_URL``: the database (the storage layer's default when unset).
    ``QUOTES_API_KEYS``: keys accepted for writes, each optionally labelled (``alice:KEY1``); none
    means writes are open (local use only).
    ``QUOTES_API_MAX_BODY_BYTES``: the request body limit.
    """
    env = os.environ if environ is None else environ
    max_body = env.get("QUOTES_API_MAX_BODY_BYTES", "").strip()
    return {
        "DATABASE_URL": env.get("DATABASE_URL") or None,
        "API_KEYS": parse_api_keys(env.get("QUOTES_API_KEYS")),
        "API_KEY_LABELS": parse_api_key_labels(env.get("QUOTES_API_KEYS")),
        "MAX_CONTENT_LENGTH": int(max_body) if max_body.isdigit() else DEFAULT_MAX_BODY_BYTES,
    }


def base_config() -> dict[str, Any]:
    """Fixed settings of flask-smorest and Flask that no deployment needs to change."""
    return {
        "API_TITLE": "Quotes API",
        "API_VERSION": "1.0.0",
        "OPENAPI_VERSION": "3.1.0",
        "OPENAPI_URL_PREFIX": "/api/v1",
        "OPENAPI_JSON_PATH": "openapi.json",
        "PAGE_SIZE": DEFAULT_PAGE_SIZE,
        "MAX_PAGE_SIZE": MAX_PAGE_SIZE,
    }
