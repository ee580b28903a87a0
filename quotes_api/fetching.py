"""Fetching articles by URL, politely: robots.txt, a timeout, a size cap, few redirects, few threads.

Every failure is a :class:`~quotes_api.sources.SourceError` ``URL: reason`` (unreachable, HTTP
404, not an HTML page, too big, too slow, disallowed by robots.txt), never an exception, so
one dead link never stops the other URLs of an ingest. Only the command line fetches: the
API never fetches a URL it is given (no server-side request forgery).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.message import Message
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import requests

from quotes_api.sources import Page, SourceError

HTML_TYPES = ("text/html", "application/xhtml+xml")
ROBOTS_MAX_BYTES = 500_000  # RFC 9309: crawlers may ignore a robots.txt past 500 KiB
AGENT_TOKEN = "quotes-api"  # what robots.txt rules name us by


def _user_agent() -> str:
    try:
        release = version("quotes-api")
    except PackageNotFoundError:  # running from a source tree that is not installed
        release = "dev"
    return f"{AGENT_TOKEN}/{release} (quotation extraction; +https://github.com/quotes-api/quotes-api)"


USER_AGENT = _user_agent()


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How much one fetch may cost: ``timeout`` seconds to connect, to answer and to read it all,
    ``max_bytes`` of page, ``max_redirects`` hops; ``workers`` pages fetched at once."""

    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    workers: int = 4
    respect_robots: bool = True


#: What one GET gives: the final URL (after redirects), the body, and the charset it names.
Response = tuple[str, bytes, str | None]
#: Raises :class:`FetchError` when robots.txt disallows the URL.
RobotsCheck = Callable[[str], None]


class FetchError(Exception):
    """Why a URL gave no page, in words for the ``URL: reason`` line."""


def is_url(value: str) -> bool:
    """Whether ``value`` is an address to fetch (``http://`` or ``https://``), not a file path."""
    return value.lower().startswith(("http://", "https://"))


class Fetcher:
    """Fetches pages within :class:`FetchLimits`; safe to share between threads (each thread
    has its own HTTP session, robots.txt files are read once per site)."""

    def __init__(self, limits: FetchLimits) -> None:
        self.limits = limits
        self._local = threading.local()
        self._robots: dict[str, RobotFileParser | str] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            session.max_redirects = self.limits.max_redirects
            session.headers.update(
                {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"}
            )
        return session

    def fetch(self, url: str) -> tuple[str, str | bytes]:
        """``(final URL after redirects, the page)``; raises :class:`FetchError`.

        robots.txt is asked about ``url`` and about every address a redirect leads to (on
        this site or another). The page is text when the response names its charset, else
        bytes, which the HTML parser decodes by the page's own ``<meta charset>`` or by detection.
        """
        robots = self._check_robots if self.limits.respect_robots else None
        final, body, charset = self._request(url, HTML_TYPES, self.limits.max_bytes, robots)
        if charset:
            try:
                return final, body.decode(charset, errors="replace")
            except LookupError:  # a charset Python does not know: let the parser guess
                pass
        return final, body

    def _request(
        self, url: str, types: tuple[str, ...] | None, max_bytes: int, robots: RobotsCheck | None = None
    ) -> Response:
        """GET ``url``: ``types`` are the media types accepted (None: any), ``robots`` checks
        each address before it is asked for."""
        try:
            return self._get(url, types, max_bytes, robots)
        except requests.exceptions.Timeout:
            raise FetchError(f"timed out after {self.limits.timeout:g} s") from None
        except requests.exceptions.ConnectionError as exc:
            raise FetchError(f"unreachable ({_root_cause(exc)})") from None
        except requests.exceptions.RequestException as exc:
            raise FetchError(f"cannot be fetched ({_root_cause(exc)})") from None

    def _get(
        self, url: str, types: tuple[str, ...] | None, max_bytes: int, robots: RobotsCheck | None
    ) -> Response:
        if robots is not None:
            robots(url)
        deadline = time.monotonic() + self.limits.timeout
        with self._follow_redirects(url, robots) as response:
            return self._read(response, types, max_bytes, deadline)

    def _follow_redirects(self, url: str, robots: RobotsCheck | None) -> requests.Response:
        """The response at the end of ``url``'s redirects (its body not read yet). They are
        followed here rather than by requests so that robots.txt rules every hop."""
        session = self._session()
        response = session.get(url, timeout=self.limits.timeout, stream=True, allow_redirects=False)
        hops = 0
        while response.is_redirect and response.next is not None:
            response.close()
            hops += 1
            if hops > self.limits.max_redirects:
                raise FetchError(f"more than {self.limits.max_redirects} redirects")
            following = response.next
            if robots is not None and following.url:
                try:
                    robots(following.url)
                except FetchError as exc:
                    raise FetchError(f"redirected to {following.url}: {exc}") from None
            response = session.send(
                following, timeout=self.limits.timeout, stream=True, allow_redirects=False
            )
        return response

    def _read(
        self, response: requests.Response, types: tuple[str, ...] | None, max_bytes: int, deadline: float
    ) -> Response:
        """The response's body, if it is of ``types`` and within ``max_bytes`` and the deadline."""
        if response.status_code >= 400:
            raise FetchError(f"HTTP {response.status_code} {response.reason or ''}".rstrip())
        content_type = response.headers.get("Content-Type", "")
        media = content_type.split(";")[0].strip().lower()
        if types is not None and media not in types:
            raise FetchError(f"not an HTML page (Content-Type: {media or 'none'})")
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"is {int(declared):,} bytes, over the limit of {max_bytes:,}")
        body = bytearray()
        for chunk in response.iter_content(65536):
            body += chunk
            if len(body) > max_bytes:
                raise FetchError(f"is over the limit of {max_bytes:,} bytes")
            if time.monotonic() > deadline:  # a page trickling in never ends otherwise
                raise FetchError(f"timed out after {self.limits.timeout:g} s")
        # Only a charset the server states (requests would assume ISO-8859-1 for any text/*).
        header = Message()
        header["Content-Type"] = content_type
        return response.url, bytes(body), header.get_content_charset()

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            site_lock = self._robots_locks.setdefault(site, threading.Lock())
        with site_lock:  # one read of a site's robots.txt, however many of its pages are queued
            if site not in self._robots:
                self._robots[site] = self._read_robots(site)
        rules = self._robots[site]
        if isinstance(rules, str):
            raise FetchError(rules)
        if not rules.can_fetch(AGENT_TOKEN, url):
            raise FetchError("disallowed by robots.txt (--ignore-robots to fetch anyway)")

    def _read_robots(self, site: str) -> RobotFileParser | str:
        """The site's rules, or why none could be read. As RFC 9309 says: no robots.txt (a 4xx)
        allows everything; one that cannot be reached (a 5xx, no answer) allows nothing."""
        rules = RobotFileParser(f"{site}/robots.txt")
        try:
            _, body, _ = self._request(f"{site}/robots.txt", None, ROBOTS_MAX_BYTES)
        except FetchError as exc:
            reason = str(exc)
            if reason.startswith("HTTP 4"):
                # What RobotFileParser.read() itself sets on a 4xx; typeshed leaves the flag out.
                rules.allow_all = True  # type: ignore[attr-defined]
                return rules
            if reason.startswith("HTTP"):
                return f"robots.txt could not be read ({reason}), so nothing may be fetched"
            return reason  # the site itself is unreachable, slow, or redirects without end
        rules.parse(body.decode("utf-8", errors="replace").splitlines())
        return rules


def _root_cause(exc: BaseException) -> str:
    """The innermost reason of a requests error: 'Connection refused', not three wrappers."""
    while exc.__context__ is not None or exc.__cause__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    text = str(exc)
    if "] " in text:  # "[Errno 111] Connection refused"
        text = text.split("] ", 1)[1]
    return text.strip() or type(exc).__name__


def fetch_pages(
    urls: Iterable[str], limits: FetchLimits, *, progress: Callable[[int], object] | None = None
) -> Iterator[Page | SourceError]:
    """The page of each URL, in the order given, fetched ``limits.workers`` at a time.

    ``progress`` is called with 1 as each fetch ends. A page's ``url`` is the address the last
    redirect led to (its article's ``url`` is the canonical one when the page states it).
    """
    fetcher = Fetcher(limits)

    def one(url: str) -> Page | SourceError:
        try:
            final, body = fetcher.fetch(url)
        except FetchError as exc:
            return SourceError(url, str(exc))
        finally:
            if progress is not None:
                progress(1)
        return Page(url, body, origin=url, url=final)

    pool = ThreadPoolExecutor(max_workers=limits.workers, thread_name_prefix="fetch")
    try:
        yield from pool.map(one, urls)
    finally:  # stopped early (Ctrl-C, a broken database): the queued URLs are not fetched
        pool.shutdown(wait=True, cancel_futures=True)
