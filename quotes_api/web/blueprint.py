"""The ``web`` blueprint: its templates, stylesheet, template helpers and security policy."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint
from werkzeug.wrappers import Response

from quotes_api.api.pagination import page_url
from quotes_api.api.public_url import public_base_url

bp = Blueprint(
    "web", __name__, template_folder="templates", static_folder="static", static_url_path="/assets"
)

#: The pages' Content-Security-Policy: their own stylesheet and forms, nothing inline, no script,
#: nothing from elsewhere. Set before the app's generic HTML policy, which only fills it in when
#: absent (see :mod:`quotes_api.api.hardening`).
WEB_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


def with_policy(response: Response) -> Response:
    """Give an HTML page of this blueprint its policy (also used by the app-wide 404 page)."""
    if response.mimetype == "text/html":
        response.headers["Content-Security-Policy"] = WEB_CSP
    return response


bp.after_request(with_policy)


def format_date(value: Any) -> str:
    """``2024-05-01`` → "1 May 2024"; a time is shown only when it is not midnight (UTC)."""
    if value is None:
        return "undated"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    text = f"{value.day} {value:%B %Y}"
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        text += f", {value:%H:%M} UTC"
    return text


def iso_date(value: Any) -> str:
    """The ``datetime`` attribute of a ``<time>`` element."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _page_url(number: int) -> str:
    """This page's URL with ``page`` set (the API's paging links, kept relative)."""
    url = page_url(number)
    root = public_base_url()
    return url[len(root) :] if url.startswith(root) else url


def document_name(document: dict[str, Any]) -> str:
    """A document's title; else the caller's identifier (a file name); else "Article N"."""
    external = (document.get("external_id") or "").replace("\\", "/").rsplit("/", 1)[-1]
    return document.get("title") or external or f"Article {document['id']}"  # never a server path


# Globals rather than context variables, so the imported macros see them too.
bp.add_app_template_global(format_date, "web_date")
bp.add_app_template_global(iso_date, "web_iso")
bp.add_app_template_global(_page_url, "web_page_url")
bp.add_app_template_global(document_name, "web_doc_name")
