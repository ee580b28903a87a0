"""The server's public base URL, for absolute links (``Link`` headers, JSON-LD ``@id``s, Web
Annotation ids): ``QUOTES_API_BASE_URL`` (e.g. ``https://quotes.example.org``) when set, so no
client's ``Host`` header decides them. Without it the request's own host is used, and every
response that used it says ``Vary: Host``, so that a shared cache never serves one client's
links to another (issue 15, item 10).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from flask import Flask, current_app, g, request
from werkzeug.wrappers import Response


def configured_base_url(environ: dict[str, str] | None = None) -> str | None:
    """``QUOTES_API_BASE_URL`` without a trailing slash; None when unset.

    >>> configured_base_url({"QUOTES_API_BASE_URL": "https://quotes.example.org/"})
    'https://quotes.example.org'
    """
    raw = ((environ if environ is not None else os.environ).get("QUOTES_API_BASE_URL") or "").strip()
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"QUOTES_API_BASE_URL must be an http(s) URL without query: {raw!r}")
    return raw.rstrip("/")


def public_base_url() -> str:
    """The base URL absolute links start with (no trailing slash)."""
    configured = current_app.config.get("PUBLIC_BASE_URL")
    if configured:
        return str(configured)
    g.links_from_host = True
    return request.host_url.rstrip("/")


def public_url(path: str) -> str:
    """``path`` (of this app, e.g. ``request.path``) as an absolute public URL."""
    return f"{public_base_url()}{request.script_root}{path}"


def init_public_url(app: Flask) -> None:
    """Read ``QUOTES_API_BASE_URL`` (unless configured in code) and add ``Vary: Host`` where due."""
    app.config.setdefault("PUBLIC_BASE_URL", configured_base_url())

    @app.after_request
    def _vary_on_host(response: Response) -> Response:
        if g.pop("links_from_host", False):
            response.vary.add("Host")
        return response
