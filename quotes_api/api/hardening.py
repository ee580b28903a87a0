"""Defences that hold for every request and response, whatever the view.

* Row ids in paths are bounded (``<int:...>`` accepts 0 to 2³¹−1), so an enormous id is a
  404 at routing instead of an integer overflow in the database driver.
* A NUL character in the path is a 404 (nothing is named with one), in the query string a
  400 (the documented patterns exclude it), in a JSON body a 422: PostgreSQL can neither
  store nor compare it, and no text of this API needs one.
* Security headers on every response: ``X-Content-Type-Options: nosniff``, no referrer, no
  framing, and a ``Content-Security-Policy``: on HTML, stylesheets and images from this
  server only (the docs page's inline stylesheet pinned by its hash), forms back to it, no
  script, nothing from elsewhere; on everything else, nothing at all.
* Debug mode is off unless the caller asks for it in code (``config={"DEBUG": True}``);
  ``FLASK_DEBUG`` in the environment of a production server does not turn it on.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from flask import Flask, abort, request
from werkzeug.routing import IntegerConverter, Map
from werkzeug.wrappers import Response

from quotes_api.api.args import MAX_ROW_ID
from quotes_api.api.errors import VALIDATION_TYPE, problem

TEMPLATES = Path(__file__).parent / "templates"

#: Headers sent on every response.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
#: The policy of JSON and other non-HTML responses: nothing may load from them.
API_CSP = "default-src 'none'; frame-ancestors 'none'"


class RowIdConverter(IntegerConverter):
    """``<int:...>`` with an upper bound: the largest id the database can hold."""

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:  # noqa: A002 (werkzeug's name)
        kwargs.setdefault("max", MAX_ROW_ID)
        super().__init__(map, *args, **kwargs)


def inline_style_hashes(template: Path) -> list[str]:
    """CSP source expressions (``'sha256-...'``) of every ``<style>`` block in ``template``."""
    text = template.read_text(encoding="utf-8")
    hashes = []
    for block in re.findall(r"<style>(.*?)</style>", text, flags=re.DOTALL):
        digest = hashlib.sha256(block.encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return hashes


def html_policy() -> str:
    """The policy of HTML pages: stylesheets from this server (and the docs page's own inline
    one, by hash), images from this server, forms that post back to it; no script at all, no
    other origin, no framing. A view that needs more sets its own header."""
    styles = " ".join(["'self'", *inline_style_hashes(TEMPLATES / "docs.html")])
    return (
        f"default-src 'none'; style-src {styles}; img-src 'self' data:; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


def json_has_nul(body: bytes) -> bool:
    """Whether a JSON text holds an escaped NUL character, ``\\u0000`` (not the six characters
    ``\\\\u0000``; a raw NUL is no JSON at all). Linear: the backslashes before each candidate
    are counted once."""
    start = body.find(b"\\u0000")
    while start != -1:
        backslashes, i = 0, start
        while i >= 0 and body[i] == 0x5C:  # "\\"
            backslashes, i = backslashes + 1, i - 1
        if backslashes % 2 == 1:
            return True
        start = body.find(b"\\u0000", start + 1)
    return False


def nul_pointers(value: Any, path: str = "#") -> list[str]:
    """JSON Pointers of the strings (keys included) in ``value`` that hold a NUL character."""
    if isinstance(value, str):
        return [path] if "\x00" in value else []
    if isinstance(value, dict):
        found = []
        for key, item in value.items():
            where = f"{path}/{key.replace('~', '~0').replace('/', '~1')}"
            found += [where] if "\x00" in key else nul_pointers(item, where)
        return found
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in nul_pointers(item, f"{path}/{i}")]
    return []


def install_converters(app: Flask) -> None:
    """Bound ``<int:...>`` path ids; must run before any blueprint is registered."""
    app.url_map.converters["int"] = RowIdConverter


def harden(app: Flask, *, debug: bool = False) -> None:
    """Install the request checks and response headers described in the module docstring."""
    app.debug = debug
    html_csp = html_policy()

    @app.before_request
    def _reject_nul() -> None:
        if "\x00" in request.path:  # nothing is named with a NUL
            abort(404)
        if any("\x00" in key or "\x00" in value for key, value in request.args.items(multi=True)):
            abort(400, description="NUL characters are not allowed in the query string.")

    @app.before_request
    def _reject_json_nul() -> Any:
        # Every JSON string of this API is text for a person or a database; neither holds NUL.
        # Checked once here, so no endpoint can forget it (PostgreSQL fails on NUL in a query).
        limit = app.config.get("MAX_CONTENT_LENGTH")
        if request.routing_exception is not None or request.method not in ("POST", "PUT", "PATCH"):
            return
        if not request.is_json or (limit is not None and (request.content_length or 0) > limit):
            return  # the body checks answer 413/415
        body = request.get_data(cache=True)
        if not json_has_nul(body):
            return None
        try:
            pointers = nul_pointers(json.loads(body))
        except (ValueError, RecursionError):
            return None  # not JSON: the parser's own 400 says so
        errors = [{"detail": "contains a NUL character", "pointer": pointer} for pointer in pointers]
        detail = "The request has invalid fields; see `errors`."
        return problem(422, detail, type_=VALIDATION_TYPE, title="Invalid request", errors=errors)

    @app.after_request
    def _security_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        policy = html_csp if response.mimetype == "text/html" else API_CSP
        response.headers.setdefault("Content-Security-Policy", policy)
        return response
