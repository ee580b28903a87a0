"""Errors on the pages are pages too: a friendly HTML answer with the right status, never a trace.

Inside the blueprint every error renders ``web/error.html``. Outside it, a browser asking for
an address that does not exist (404, 405) gets the same page; API clients, and any request
under ``/api/``, keep their ``application/problem+json``.
"""

from __future__ import annotations

import http

import peewee
from flask import current_app, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from quotes_api.web.blueprint import bp, with_policy
from quotes_api.web.params import BadParameters

#: Paths that always answer problem+json (the API, and the health checks).
API_PATHS = ("/api/", "/livez", "/readyz")


def error_page(status: int, message: str | None, problems: list[tuple[str, str]] | None = None) -> Response:
    title = http.HTTPStatus(status).phrase
    body = render_template(
        "web/error.html", status=status, title=title, message=message, problems=problems or []
    )
    response = current_app.response_class(body, status=status, mimetype="text/html")
    return with_policy(response)


@bp.errorhandler(BadParameters)
def _bad_parameters(error: BadParameters) -> Response:
    return error_page(400, "Some of what was asked for cannot be understood:", error.problems)


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException) -> Response:
    response = error_page(error.code or 500, _message(error))
    for name, value in error.get_headers():
        if name.lower() not in ("content-type", "content-length"):
            response.headers[name] = value
    return response


@bp.errorhandler(Exception)
def _unexpected(error: Exception) -> Response:
    if isinstance(error, peewee.OperationalError | peewee.InterfaceError):
        current_app.logger.warning("database unavailable: %s", error)
        response = error_page(503, "The database is not answering just now. Try again in a moment.")
        response.headers["Retry-After"] = "5"
        return response
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return error_page(500, "Something went wrong on our side; it has been logged.")


@bp.app_errorhandler(404)
@bp.app_errorhandler(405)
def _outside(error: HTTPException):  # noqa: ANN202  (a response or the API's problem tuple)
    """Unknown addresses: a page for browsers, problem+json for the API and its clients."""
    wants_html = request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html"
    if wants_html and not request.path.startswith(API_PATHS):
        return _http_error(error)
    api = current_app.extensions["flask-smorest"]["apis"][""]["ext_obj"]
    return api.handle_http_exception(error)


def _message(error: HTTPException) -> str:
    if error.code == 404:
        custom = error.description != type(error).description
        return error.description if custom and error.description else "There is no page at this address."
    if error.code == 405:
        return "This page cannot be used that way."
    return error.description or ""
