"""JSON responses written once, straight from the dicts :mod:`quotes_api.api.serialize` builds.

The hot endpoints (quote lists, search, quote detail, verify) keep their marshmallow response
schema as the documented contract (``@blp.response`` still generates the OpenAPI document),
but return a finished :class:`~flask.Response` from here, which flask-smorest passes through
as is. Before this, each list page was built as dicts, re-dumped field by field by the
schema (a fifth of a heavy speaker's request), encoded with sorted keys for the ETag, then
encoded again for the body. Here the body is encoded once and the ETag is a digest of it.

The dicts already have the schema's fields and values (``tests/api/test_api_contract.py``
checks that dumping a response through its schema changes nothing); the one conversion the
schemas did, naive UTC datetimes to ISO 8601 with ``Z``, is the encoder's ``default``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from flask import current_app, request
from flask_smorest import Blueprint
from werkzeug.wrappers import Response

from quotes_api.api.pagination import Page
from quotes_api.storage.records import utc_iso


def _default(value: Any) -> Any:
    # As schemas.UTCDateTime writes them: second precision, "Z" for the (naive) UTC.
    if isinstance(value, dt.datetime):
        return utc_iso(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


# Flask's own output settings (compact, field order kept, UTF-8 rather than \u escapes), with
# the C encoder.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_default)


def encode(payload: Any) -> bytes:
    """``payload`` as the JSON body Flask's ``jsonify`` would send (newline included)."""
    return (_ENCODER.encode(payload) + "\n").encode("utf-8")


def page_payload(page: Page) -> dict[str, Any]:
    """The list envelope of :func:`quotes_api.api.pagination.page_of`, in its field order."""
    return {
        "total": page.total,
        "page": page.page,
        "per_page": page.per_page,
        "pages": page.pages,
        "items": page.items,
    }


def json_response(
    blp: Blueprint | None, payload: Any, headers: dict[str, str] | None = None, status: int = 200
) -> Response:
    """A JSON response of ``payload``; with ``blp`` (a view under ``@blp.etag``), an ETag from
    the body, and 304 when the request's ``If-None-Match`` holds it."""
    body = encode(payload)
    if blp is not None and request.method in ("GET", "HEAD"):
        # The body is all the response says (headers repeat its total and paging): its digest
        # is a strong validator. set_etag raises NotModified when the client has it already.
        blp.set_etag(hashlib.sha1(body).hexdigest())
    response = current_app.response_class(body, status=status, mimetype="application/json")
    if headers:
        response.headers.update(headers)
    return response


def page_response(blp: Blueprint, page: Page) -> Response:
    """A list page with its ``X-Total-Count`` and ``Link`` headers (see :class:`Page`)."""
    return json_response(blp, page_payload(page), page.headers())
