"""A Python client for the Quotes API, on ``requests``.

>>> from quotes_api.client import QuotesClient
>>> api = QuotesClient("http://127.0.0.1:8000")            # doctest: +SKIP
>>> for quote in api.quotes_by_speaker("wang-yi"):         # doctest: +SKIP
...     print(quote["text"])

Lists are iterators that follow the server's ``Link: rel="next"`` headers, so callers never
handle pages. A 503 (database briefly unavailable) and connection failures on reads are retried
with exponential back-off by urllib3's ``Retry`` (honouring ``Retry-After``), mounted on the
session: one tested retry policy rather than loops in each method. Every error response
becomes a :class:`QuotesAPIError` carrying the problem+json fields (``type``, ``title``,
``status``, ``detail``, ``errors``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

DEFAULT_TIMEOUT = 30.0
EXPORT_FORMATS = ("csv", "jsonl", "jsonld", "annotation")


class QuotesAPIError(Exception):
    """An error answer of the API, with its RFC 9457 problem details."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str | None = None,
        *,
        type_: str = "about:blank",
        errors: list[dict[str, str]] | None = None,
        response: requests.Response | None = None,
    ) -> None:
        self.status, self.title, self.detail, self.type = status, title, detail, type_
        self.errors = errors or []
        self.response = response
        super().__init__(f"{status} {title}" + (f": {detail}" if detail else ""))

    @classmethod
    def from_response(cls, response: requests.Response) -> QuotesAPIError:
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            body = {}
        return cls(
            int(body.get("status") or response.status_code),
            str(body.get("title") or response.reason or "Error"),
            body.get("detail"),
            type_=str(body.get("type") or "about:blank"),
            errors=body.get("errors") if isinstance(body.get("errors"), list) else None,
            response=response,
        )


def retry_policy(total: int = 4, backoff_factor: float = 0.5) -> Retry:
    """Retry 503s (any method: a 503 means the request was not processed) and connection errors.

    Waits ``backoff_factor * 2**n`` seconds between tries, or the server's ``Retry-After``.
    """
    return Retry(
        total=total,
        connect=total,
        read=0,  # a read timeout may mean the server did the work: never repeat a POST for it
        status=total,
        status_forcelist=(503,),
        allowed_methods=None,  # 503 is safe to retry for every method, POST included
        backoff_factor=backoff_factor,
        respect_retry_after_header=True,
        raise_on_status=False,  # the last 503 is raised as a QuotesAPIError with its problem details
    )


class QuotesClient:
    """The Quotes API at ``base_url`` (e.g. ``http://127.0.0.1:8000``).

    ``api_key`` is sent as a bearer token (needed for uploads when the server has keys).
    ``timeout`` (seconds) applies to connecting and to each read; ``retries`` and
    ``backoff_factor`` shape the 503 retry policy.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        retries: int = 4,
        backoff_factor: float = 0.5,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        adapter = HTTPAdapter(max_retries=retry_policy(retries, backoff_factor))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = "quotes-api-client/1"
        if api_key:
            self.session.headers["Authorization"] = f"Bearer {api_key}"

    def __enter__(self) -> QuotesClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()

    # -- plumbing -------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}/api/v1{path}"

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """One request; raises :class:`QuotesAPIError` for any 4xx/5xx answer."""
        kwargs.setdefault("timeout", self.timeout)
        response = self.session.request(method, self._url(path), **kwargs)
        if response.status_code >= 400:
            error = QuotesAPIError.from_response(response)
            response.close()
            raise error
        return response

    def _get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self.request("GET", path, params=_clean(params)).json()

    def _pages(self, path: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a list, following ``Link: rel="next"`` until there is none."""
        params = {"per_page": 100, **_clean(params)}
        response = self.request("GET", path, params=params)
        while True:
            yield from response.json()["items"]
            following = response.links.get("next", {}).get("url")
            if not following:
                return
            response = self.request("GET", following)

    # -- reads ----------------------------------------------------------------------------

    def speakers(self, q: str | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
        """All speakers with quotes (``q`` name search, ``kind``, ``sort``), all pages."""
        return self._pages("/speakers", {"q": q, **filters})

    def speaker(self, slug: str) -> dict[str, Any]:
        return self._get_json(f"/speakers/{_segment(slug)}")

    def quotes_by_speaker(self, slug: str, **filters: Any) -> Iterator[dict[str, Any]]:
        """Everything ``slug`` said (filters: ``q``, ``since``, ``until``, ``document``, ``sort``...)."""
        return self._pages(f"/speakers/{_segment(slug)}/quotes", filters)

    def quotes(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """All quotes matching the filters of ``GET /quotes`` (``speaker``, ``q``, dates...)."""
        return self._pages("/quotes", filters)

    def quote(self, quote_id: int) -> dict[str, Any]:
        """One quote with full provenance (context, document, other pieces)."""
        return self._get_json(f"/quotes/{int(quote_id)}")

    def search(self, q: str, **filters: Any) -> Iterator[dict[str, Any]]:
        """Ranked full-text search hits, best first, all pages."""
        return self._pages("/search", {"q": q, **filters})

    def verify(self, claim: str, speaker: str | None = None) -> dict[str, Any]:
        """Check a claimed quote: ``{"verdict", "matches", ...}`` (see ``POST /verify``)."""
        body = {"claim": claim} if speaker is None else {"claim": claim, "speaker": speaker}
        return self.request("POST", "/verify", json=body).json()

    def export(
        self, format: str = "jsonl", *, speaker: str | None = None, chunk_size: int = 65536, **filters: Any
    ) -> Iterator[bytes]:
        """The export as it streams in, in byte chunks (write them to a file as they come).

        ``format``: ``csv``, ``jsonl``, ``jsonld`` or ``annotation``; filters as ``GET /export``.
        """
        if format not in EXPORT_FORMATS:
            raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}")
        params = _clean({"format": format, "speaker": speaker, **filters})
        response = self.request("GET", "/export", params=params, stream=True)
        return _chunks(response, chunk_size)

    # -- writes ---------------------------------------------------------------------------

    def upload_document(self, text: str, **meta: Any) -> dict[str, Any]:
        """Store an article (``title``, ``url``, ``source``, ``author``, ``published``, ``external_id``).

        Returns the stored document with its quotes; ``created`` tells whether it was new
        (``False``: the same text was already stored).
        """
        return self._store({"text": text, **_clean(meta)})

    def upload_page(self, html: str, **meta: Any) -> dict[str, Any]:
        """Store the article of a web page: its main text, and its title, author, date, canonical
        URL and site name unless given in ``meta`` (as for :meth:`upload_document`). The server
        does not fetch anything: fetch the page yourself, or use ``quotes-api ingest URL``."""
        return self._store({"html": html, **_clean(meta)})

    def _store(self, body: dict[str, Any]) -> dict[str, Any]:
        response = self.request("POST", "/documents", json=body)
        return {**response.json(), "created": response.status_code == 201}

    def delete_document(self, document_id: int) -> None:
        self.request("DELETE", f"/documents/{int(document_id)}")


def _chunks(response: requests.Response, size: int) -> Iterator[bytes]:
    with response:
        yield from response.iter_content(chunk_size=size)


def _clean(params: dict[str, Any] | None) -> dict[str, Any]:
    """Drop unset parameters; dates and other values go as their ``str``."""
    return {
        k: (v.isoformat() if hasattr(v, "isoformat") else v)
        for k, v in (params or {}).items()
        if v is not None
    }


def _segment(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")
