"""Defences that hold for every request and response, whatever the view.

* Row ids in paths are bounded (``<int:...>`` accepts 0 to 2³¹−1), so an enormous id is a
  404 at routing instead of an integer overflow in the database driver.
* A NUL character in the path is a 404 (nothing is named with one), in the query string a
  400 (the documented patterns exclude it): PostgreSQL cannot store or compare them.
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
import re
from pathlib import Path
from typing import Any

from flask import Flask, abort, request
from werkzeug.routing import IntegerConverter, Map
from werkzeug.wrappers import Response

from quotes_api.api.args import MAX_ROW_ID

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

    @app.after_request
    def _security_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        policy = html_csp if response.mimetype == "text/html" else API_CSP
        response.headers.setdefault("Content-Security-Policy", policy)
        return response
