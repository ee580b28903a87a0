"""Every error as ``application/problem+json`` (RFC 9457), whatever raised it.

Clients get one shape to handle: ``type``, ``title``, ``status``, ``detail`` and, for
validation failures, ``errors`` (one entry a field, with a JSON ``pointer`` into the body or
the query ``parameter`` name). Unexpected exceptions are logged with their traceback on the
server and answered with a bare 500, so no stack trace or SQL ever reaches a client.
"""

from __future__ import annotations

import contextlib
import http
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn

import marshmallow as ma
import peewee
from flask import Flask, current_app, json, request
from flask_smorest import Api
from werkzeug.exceptions import HTTPException

if TYPE_CHECKING:
    # flask-smorest ships no types: its ``abort`` always raises, and the views rely on that to
    # know that what they looked up is there after ``if found is None: abort(404)``.
    def abort(http_status_code: int, exc: Exception | None = None, **kwargs: Any) -> NoReturn: ...
else:
    from flask_smorest import abort as abort  # re-exported: the views import it from here

PROBLEM_JSON = "application/problem+json"
VALIDATION_TYPE = "urn:quotes-api:problem:validation-error"

# webargs reports failures by request location; query, path and header problems are the
# client's malformed request (400), body problems are a well-formed but invalid entity (422).
_PARAMETER_LOCATIONS = {"query", "querystring", "path", "view_args", "headers"}


class FieldErrorSchema(ma.Schema):
    """One invalid field: where it is and what is wrong with it."""

    detail = ma.fields.String(required=True, metadata={"description": "What is wrong."})
    pointer = ma.fields.String(
        metadata={"description": "JSON Pointer to the field in the request body, e.g. `#/text`."}
    )
    parameter = ma.fields.String(metadata={"description": "Name of the query or path parameter."})


class ProblemSchema(ma.Schema):
    """A problem detail (RFC 9457)."""

    type = ma.fields.String(
        required=True,
        metadata={"description": "URI naming the kind of problem; `about:blank` when the status says it."},
    )
    title = ma.fields.String(required=True, metadata={"description": "Short summary of the kind."})
    status = ma.fields.Integer(required=True, metadata={"description": "The HTTP status code."})
    detail = ma.fields.String(metadata={"description": "What went wrong with this request."})
    instance = ma.fields.String(metadata={"description": "The request path."})
    errors = ma.fields.List(
        ma.fields.Nested(FieldErrorSchema), metadata={"description": "Validation failures, one a field."}
    )


def problem(
    status: int,
    detail: str | None = None,
    *,
    type_: str = "about:blank",
    title: str | None = None,
    errors: list[dict[str, str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> tuple[Any, int, dict[str, str]]:
    """A problem+json response tuple, usable as a Flask view or error handler return value."""
    body: dict[str, Any] = {
        "type": type_,
        "title": title or http.HTTPStatus(status).phrase,
        "status": status,
    }
    if detail:
        body["detail"] = detail
    with contextlib.suppress(RuntimeError):  # outside a request: never fail while failing
        body["instance"] = request.path
    if errors:
        body["errors"] = errors
    response = current_app.response_class(
        json.dumps(body, ensure_ascii=False) + "\n", status=status, mimetype=PROBLEM_JSON
    )
    return response, status, dict(headers or {})


def _flatten(messages: Any, location: str, path: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """webargs/marshmallow nested messages → RFC 9457 ``errors`` entries, in a stable order."""
    if isinstance(messages, Mapping):
        out: list[dict[str, str]] = []
        for key in sorted(messages, key=str):
            out.extend(_flatten(messages[key], location, (*path, str(key))))
        return out
    if isinstance(messages, list) and messages and all(isinstance(m, str) for m in messages):
        texts = messages
    elif isinstance(messages, list):
        out = []
        for item in messages:
            out.extend(_flatten(item, location, path))
        return out
    else:
        texts = [str(messages)]
    where = path if path and path[0] != "_schema" else ()
    entries = []
    for text in texts:
        entry = {"detail": text}
        if location in _PARAMETER_LOCATIONS:
            entry["parameter"] = ".".join(where)
        else:
            entry["pointer"] = "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in where)
        entries.append(entry)
    return entries


def validation_errors(messages: Mapping[str, Any]) -> tuple[int, list[dict[str, str]]]:
    """Status (400 or 422) and field errors for webargs' ``{location: messages}`` mapping."""
    errors: list[dict[str, str]] = []
    locations = set()
    for location, inner in messages.items():
        locations.add(location)
        errors.extend(_flatten(inner, location))
    status = 400 if locations <= _PARAMETER_LOCATIONS else 422
    return status, errors


class ProblemApi(Api):
    """flask-smorest's ``Api`` with its error payloads replaced by problem details."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException):
        """Turn any ``HTTPException`` (``abort``, routing, webargs) into problem+json."""
        status = error.code or 500
        headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
        data = getattr(error, "data", None) or {}
        headers.update(data.get("headers") or {})
        messages = data.get("errors") or data.get("messages")
        if status in (400, 422) and isinstance(messages, Mapping):
            if set(messages) == {"json"} and messages["json"] == ["Invalid JSON body."]:
                return problem(400, "The request body is not valid JSON.", headers=headers)
            status, errors = validation_errors(messages)
            return problem(
                status,
                data.get("message") or "The request has invalid fields; see `errors`.",
                type_=VALIDATION_TYPE,
                title="Invalid request",
                errors=errors,
                headers=headers,
            )
        detail = data.get("message") or _detail_for(error)
        return problem(status, detail, headers=headers)

    def _register_responses(self) -> None:
        """Document the error responses as problem+json rather than the default JSON."""
        from flask_smorest.utils import prepare_response

        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_JSON)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Problem detail (RFC 9457)", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_JSON)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)


def _detail_for(error: HTTPException) -> str | None:
    """Werkzeug's description, unless it is the generic text that only repeats the title."""
    if error.code == 404:
        return "No resource at this URL."
    if error.code == 405:
        return f"{request.method} is not allowed here."
    return error.description


def handle_unexpected(error: Exception):
    """Log the exception with its traceback, answer a bare 500 (or 503 when the database is down)."""
    if isinstance(error, peewee.OperationalError | peewee.InterfaceError):
        current_app.logger.warning("database unavailable: %s", error)
        return problem(503, "The database is unavailable; try again shortly.", headers={"Retry-After": "5"})
    if isinstance(error, RecursionError) and request.is_json:
        # json.loads recurses once per level: "[[[[..." a hundred thousand deep is not a document.
        return problem(400, "The request body is not valid JSON (nested too deeply).")
    if isinstance(error, ValueError) and request.is_json and "integer string conversion" in str(error):
        # json.loads refuses integers of over 4,300 digits (CVE-2020-10735) with a plain
        # ValueError, which the JSON parsers let through: the client's body is at fault.
        return problem(400, "The request body holds a number of more than 4,300 digits.")
    if isinstance(error, UnicodeEncodeError) and "surrogate" in str(error):
        # Only a client's JSON ("\\ud800") can put a lone surrogate into a string; endpoints that
        # do not validate for it fail when encoding their answer. The client's input is at fault.
        return problem(422, "The request holds text that is not valid Unicode (a lone surrogate).")
    if isinstance(error, peewee.IntegrityError):
        current_app.logger.info("conflicting write: %s", error)
        return problem(409, "The request conflicts with the stored data (a concurrent write?); retry it.")
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return problem(500, "An unexpected error occurred; it has been logged.")


def register_error_handlers(app: Flask) -> None:
    """Route non-HTTP exceptions (bugs, database failures) through :func:`handle_unexpected`."""
    app.register_error_handler(Exception, _dispatch)


def _dispatch(error: Exception):
    if isinstance(error, HTTPException):  # Flask gives HTTPException handlers priority; be safe
        api = current_app.extensions["flask-smorest"]["apis"][""]["ext_obj"]
        return api.handle_http_exception(error)
    return handle_unexpected(error)
