"""Errors that gunicorn answers itself (before the app sees the request) as problem+json.

A request line over the limit (414), headers too large (431) or bytes that are not HTTP (400)
never reach Flask; gunicorn writes a small HTML page for them. Clients of this API expect
``application/problem+json`` for every error, so :func:`install` replaces gunicorn's
``util.write_error`` (the one function its workers call for these answers) in this process
and in the workers forked from it. The detail is fixed text per status: nothing of the
offending request is echoed back.
"""

from __future__ import annotations

import json
import socket
from typing import Any

from gunicorn import util

DETAILS = {
    400: "The request is not valid HTTP/1.1.",
    403: "The request is not allowed.",
    414: "The request line (method, path and query string) is too long.",
    417: "The Expect header is not supported.",
    431: "The request headers are too large.",
    500: "An unexpected error occurred; it has been logged.",
    501: "The transfer coding is not supported.",
}


def problem_response(status: int, reason: str) -> bytes:
    """A complete HTTP/1.1 response carrying a problem detail for ``status``."""
    body = json.dumps(
        {"type": "about:blank", "title": reason, "status": status, "detail": DETAILS.get(status, reason)}
    ).encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/problem+json\r\nContent-Length: {len(body)}\r\n"
        "X-Content-Type-Options: nosniff\r\n\r\n"
    )
    return head.encode("latin-1") + body


def write_problem(sock: socket.socket, status_int: int, reason: str, mesg: Any) -> None:
    """Drop-in for ``gunicorn.util.write_error`` (``mesg`` is not sent: it may echo the request)."""
    util.write_nonblock(sock, problem_response(int(status_int), str(reason)))


def install() -> None:
    """Make gunicorn's own error answers problem+json (call before the workers fork)."""
    util.write_error = write_problem
