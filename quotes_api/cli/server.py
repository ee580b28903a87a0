"""The production server of ``quotes-api serve``: waitress, in one or several processes.

Why waitress: its single I/O thread (an event loop) reads each request whole, headers and
body, before a request thread sees it, so a client that sends its bytes slowly, or stops half
way, holds a socket and some buffer but never a thread. Connections that stay silent are
closed after ``channel_timeout`` seconds. gunicorn's threaded workers read the request in the
request thread, so a handful of stalled clients took every thread (issue 15, item 1).

Several processes (``--workers``) share one listening socket, bound here before the fork, each
with its own event loop, request threads and app (so no database connection crosses a fork).
Each accepts a connection only while no other holds fewer (:mod:`quotes_api.cli.balance`), so
that clients are spread over the cores. The parent only starts them, restarts one that dies,
and stops them all on SIGTERM/SIGINT.

Errors waitress answers itself (headers too large, a body over ``max_request_body_size``,
bytes that are not HTTP) are ``application/problem+json`` like every other error of the API
(:func:`install_problem_errors`); so is a request line over :data:`MAX_REQUEST_LINE` (414).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from quotes_api.cli.balance import ConnectionTable, balanced

log = logging.getLogger("quotes_api.server")

#: The longest request target (path and query string) accepted: room for long search URLs;
#: longer ones get 414.
MAX_REQUEST_LINE = 8190

DETAILS = {
    400: "The request is not valid HTTP/1.1.",
    413: "The request body is larger than the server accepts.",
    414: "The request line (method, path and query string) is too long.",
    431: "The request headers are too large.",
    500: "An unexpected error occurred; it has been logged.",
    501: "The transfer coding is not supported.",
}


@dataclass(frozen=True)
class ServerSettings:
    """What ``quotes-api serve`` passes to waitress (see docs/deployment.md)."""

    host: str
    port: int
    workers: int = 1
    #: Request threads per process.
    threads: int = 16
    #: Open connections a process keeps (stalled ones included); more wait in the backlog.
    connection_limit: int = 1000
    #: Seconds of silence after which a connection is closed.
    channel_timeout: int = 30
    #: The largest header block (431 beyond): a few long cookies and tokens, not 256 KiB.
    max_header_bytes: int = 32 * 1024
    #: The largest body waitress buffers (413 beyond); the app applies its own smaller limits.
    max_body_bytes: int = 16 * 1024 * 1024
    #: Addresses of reverse proxies whose X-Forwarded-* headers are believed ("*": any).
    trusted_proxy: str | None = None


def problem_body(status: int, reason: str) -> bytes:
    """The problem+json body for a status the server answers itself (no request text echoed)."""
    detail = DETAILS.get(status, reason)
    return json.dumps({"type": "about:blank", "title": reason, "status": status, "detail": detail}).encode()


def install_problem_errors() -> None:
    """Make waitress's own error answers problem+json (its default is a text/plain page)."""
    from waitress.utilities import Error

    def to_response(self: Any, ident: str | None = None) -> tuple[str, list[tuple[str, str]], bytes]:
        headers = [("Content-Type", "application/problem+json"), ("X-Content-Type-Options", "nosniff")]
        return f"{self.code} {self.reason}", headers, problem_body(self.code, self.reason)

    # Patching waitress's class is the point (method-assign); types-waitress says the body is
    # str where waitress itself returns bytes, as this does (assignment).
    Error.to_response = to_response  # type: ignore[method-assign,assignment]


def limit_request_line(app: Callable[..., Any]) -> Callable[..., Any]:
    """WSGI middleware: 414 problem+json for a request target over :data:`MAX_REQUEST_LINE`."""

    def guarded(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        target = len(environ.get("PATH_INFO", "")) + len(environ.get("QUERY_STRING", "")) + 1
        if target > MAX_REQUEST_LINE:
            body = problem_body(414, "URI Too Long")
            start_response(
                "414 URI Too Long",
                [
                    ("Content-Type", "application/problem+json"),
                    ("Content-Length", str(len(body))),
                    ("X-Content-Type-Options", "nosniff"),
                ],
            )
            return [body]
        return app(environ, start_response)

    return guarded


def access_log(app: Callable[..., Any]) -> Callable[..., Any]:
    """WSGI middleware: one line per request on standard error, in the common log format
    (``ADDRESS - - [TIME] "METHOD TARGET PROTOCOL" STATUS SIZE``), as gunicorn's access log was."""
    out = logging.getLogger("quotes_api.access")

    def logged(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            query = environ.get("QUERY_STRING")
            target = environ.get("PATH_INFO", "") + (f"?{query}" if query else "")
            when = time.strftime("%d/%b/%Y:%H:%M:%S %z")
            size = next((v for k, v in headers if k.lower() == "content-length"), "-")
            out.info(
                '%s - - [%s] "%s %s %s" %s %s',
                environ.get("REMOTE_ADDR", "-"),
                when,
                environ.get("REQUEST_METHOD"),
                target,
                environ.get("SERVER_PROTOCOL"),
                status.split()[0],
                size,
            )
            return start_response(status, headers, exc_info)

        return app(environ, start)

    return logged


def waitress_options(settings: ServerSettings) -> dict[str, Any]:
    """The keyword arguments of ``waitress.serve`` for ``settings``."""
    options: dict[str, Any] = {
        "threads": settings.threads,
        "connection_limit": settings.connection_limit,
        "channel_timeout": settings.channel_timeout,
        "cleanup_interval": max(1, settings.channel_timeout // 3),
        "max_request_body_size": settings.max_body_bytes,
        "max_request_header_size": settings.max_header_bytes,
        # poll() rather than select(): select() cannot watch a descriptor numbered past 1023.
        "asyncore_use_poll": True,
        "ident": "quotes-api",
    }
    if settings.trusted_proxy:
        options.update(
            trusted_proxy=settings.trusted_proxy,
            trusted_proxy_headers={"x-forwarded-for", "x-forwarded-proto", "x-forwarded-host"},
        )
    return options


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound, listening TCP socket, shared by every worker process."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(1024)
    sock.setblocking(False)
    return sock


def make_server(
    app: Callable[..., Any],
    sock: socket.socket,
    settings: ServerSettings,
    balance: tuple[ConnectionTable, int] | None = None,
) -> Any:
    """waitress's server for ``app`` on the listening ``sock``, its request threads woken the
    last idle first (:mod:`quotes_api.cli.threads`); with ``balance`` (the workers' shared
    table and this worker's number in it), accepting only its share of the connections."""
    from waitress.adjustments import Adjustments
    from waitress.server import TcpWSGIServer

    from quotes_api.cli.threads import LastIdleFirstDispatcher  # imports waitress: only when serving

    adj = Adjustments(sockets=[sock], **waitress_options(settings))
    dispatcher = LastIdleFirstDispatcher()
    dispatcher.set_thread_count(adj.threads)
    server_class = TcpWSGIServer if balance is None else balanced(TcpWSGIServer, *balance)
    sockinfo = (sock.family, sock.type, sock.proto, sock.getsockname())
    return server_class(
        app, {}, True, sock, dispatcher=dispatcher, adj=adj, bind_socket=False, sockinfo=sockinfo
    )


def _serve_in_this_process(
    sock: socket.socket,
    settings: ServerSettings,
    make_app: Callable[[], Any],
    balance: tuple[ConnectionTable, int] | None = None,
) -> None:
    install_problem_errors()
    logging.basicConfig(level=logging.INFO, format="[%(process)d] %(name)s: %(message)s")
    server = make_server(access_log(limit_request_line(make_app())), sock, settings, balance)
    server.print_listen("Serving on http://{}:{}")
    if balance is not None:
        server.join()  # so that "listening" means the other workers count this one
        log.info("worker %d listening", balance[1])
    server.run()


def run(settings: ServerSettings, make_app: Callable[[], Any]) -> None:
    """Serve ``make_app()`` (built in each worker process) until SIGTERM or SIGINT."""
    import waitress.server  # noqa: F401  (imported once here, not again in each worker)

    import quotes_api.app  # noqa: F401  (the app's modules too; each worker builds its own app)

    sock = listening_socket(settings.host, settings.port)
    if settings.workers == 1:
        _serve_in_this_process(sock, settings, make_app)
        return
    children: dict[int, int] = {}  # pid -> worker number
    stopping = False
    table = ConnectionTable(settings.workers)

    def spawn(number: int) -> None:
        table.vacate(number)  # a dead worker's count must not hold the others back
        pid = os.fork()
        if pid == 0:  # the worker
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            try:
                _serve_in_this_process(sock, settings, make_app, (table, number))
            finally:
                os._exit(0)
        children[pid] = number

    def stop(_signum: int, _frame: Any) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for number in range(settings.workers):
        spawn(number)
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        slot = children.pop(pid, None)  # the exited worker's number
        if slot is not None:
            table.vacate(slot)
        if slot is not None and not stopping:
            print(f"quotes-api serve: worker {pid} exited ({status}); starting another", file=sys.stderr)
            time.sleep(0.5)  # a worker that dies at once must not turn this into a fork loop
            spawn(slot)
