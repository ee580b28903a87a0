"""A real local web site for URL-ingest tests: the HTML fixture pages, and the ways fetching fails.

Served by ``http.server`` in a thread of the test process, on a free loopback port. Routes:

* ``/pages/NAME``: a page of ``tests/storage/pages``; ``/private/NAME`` the same, but
  ``/robots.txt`` disallows ``/private/``;
* ``/moved`` redirects (301) to ``/pages/byline.html``; ``/loop`` redirects to itself;
  ``/redirect?to=ADDRESS`` redirects (302) to any address, on this site or another;
* ``/missing`` is a 404; ``/data.json`` is JSON, not HTML;
* ``/slow`` answers after :data:`SLOW_SECONDS`; ``/pause/N`` after half a second (to watch
  how many fetches run at once);
* ``/latin1`` is a page in ISO-8859-1, saying so only in the Content-Type header;
* ``/huge`` is a page of :data:`HUGE_BYTES` with a Content-Length; ``/huge-stream`` the same
  without one, sent in pieces.

Every request is recorded (path and User-Agent) in :attr:`Site.requests`.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

from .paths import TESTS

PAGES = TESTS / "storage" / "pages"
SLOW_SECONDS = 8.0
HUGE_BYTES = 300_000
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


@dataclass
class Site:
    base: str
    requests: list[tuple[str, str]] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def paths(self) -> list[str]:
        with self.lock:
            return [path for path, _ in self.requests]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet: pytest shows failures, not traffic
            pass

        def send(
            self,
            status: int,
            body: bytes,
            content_type: str = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up: fine
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            with site.lock:
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
            path = self.path
            if path == "/robots.txt":
                self.send(200, ROBOTS, "text/plain")
            elif path.startswith(("/pages/", "/private/")):
                page = PAGES / path.rsplit("/", 1)[1]
                if page.suffix == ".html" and page.is_file():
                    self.send(200, page.read_bytes())
                else:
                    self.send(404, b"<h1>Not found</h1>")
            elif path == "/moved":
                self.send(301, b"", headers={"Location": "/pages/byline.html"})
            elif path.startswith("/redirect?to="):
                self.send(302, b"", headers={"Location": unquote(path.split("=", 1)[1])})
            elif path == "/loop":
                self.send(302, b"", headers={"Location": "/loop"})
            elif path == "/data.json":
                self.send(200, b'{"text": "\\"Hello,\\" said Ann."}', "application/json")
            elif path == "/slow":
                time.sleep(SLOW_SECONDS)
                self.send(200, (PAGES / "minimal.html").read_bytes())
            elif path.startswith("/pause/"):
                with site.lock:
                    site.in_flight += 1
                    site.most_in_flight = max(site.most_in_flight, site.in_flight)
                time.sleep(0.5)
                with site.lock:
                    site.in_flight -= 1
                body = (PAGES / "minimal.html").read_text(encoding="utf-8")
                self.send(200, body.replace("this year", f"this year (bulletin {path[7:]})").encode())
            elif path == "/latin1":
                page = (PAGES / "minimal.html").read_text(encoding="utf-8")
                page = page.replace("Jonas Berg", "Jos\u00e9 N\u00fa\u00f1ez")
                self.send(200, page.encode("iso-8859-1"), "text/html; charset=ISO-8859-1")
            elif path == "/huge":
                self.send(200, _huge_page())
            elif path == "/huge-stream":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                body = _huge_page()
                for i in range(0, len(body), 8192):
                    self.wfile.write(body[i : i + 8192])
            else:
                self.send(404, b"<h1>Not found</h1>")

    return Handler


def _huge_page() -> bytes:
    paragraph = b"<p>Filler paragraph of a page far too big to be one news article.</p>\n"
    return b"<html><body>" + paragraph * (HUGE_BYTES // len(paragraph) + 1) + b"</body></html>"


@contextmanager
def serving() -> Iterator[Site]:
    """The site, on a free loopback port, for the duration of the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), None)  # type: ignore[arg-type]
    site = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
