"""One paging convention for every list: ``page``/``per_page`` in, an envelope and links out.

A list response is ``{"items": [...], "total": N, "page": P, "per_page": S, "pages": K}`` with
the same facts in headers (``X-Total-Count``, and ``Link`` with ``rel="next"``/``"prev"``/
``"first"``/``"last"``) so that generic HTTP tools can follow pages without reading the body.
Queries must end their ``ORDER BY`` with a unique column, so the order is stable across pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import marshmallow as ma
from flask import current_app, request
from werkzeug.urls import iri_to_uri

from quotes_api.api.config import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from quotes_api.api.public_url import public_url

#: Highest page number accepted: far past any real list, small enough that the SQL OFFSET it
#: implies fits every integer type on both backends (an enormous page is a 400, not a 500).
MAX_PAGE = 2**31 - 1

LIST_HEADERS = {
    "Link": {
        "description": "RFC 8288 links to the `first`, `prev`, `next` and `last` pages.",
        "schema": {"type": "string"},
    },
    "X-Total-Count": {"description": "Number of items in all pages.", "schema": {"type": "integer"}},
}


class PageArgsSchema(ma.Schema):
    """Paging parameters shared by every list endpoint."""

    class Meta:
        unknown = ma.EXCLUDE

    page = ma.fields.Integer(
        load_default=1,
        validate=ma.validate.Range(min=1, max=MAX_PAGE),
        metadata={"description": "Page number, from 1."},
    )
    per_page = ma.fields.Integer(
        load_default=DEFAULT_PAGE_SIZE,
        validate=ma.validate.Range(min=1, max=MAX_PAGE_SIZE),
        metadata={"description": f"Items a page (at most {MAX_PAGE_SIZE})."},
    )


class PageMetaSchema(ma.Schema):
    """The envelope fields around ``items``."""

    total = ma.fields.Integer(required=True, metadata={"description": "Items in all pages."})
    page = ma.fields.Integer(required=True)
    per_page = ma.fields.Integer(required=True)
    pages = ma.fields.Integer(required=True, metadata={"description": "Number of pages."})


_envelopes: dict[str, type[ma.Schema]] = {}


def page_of(item_schema: type[ma.Schema]) -> type[ma.Schema]:
    """The list envelope schema for ``item_schema`` (one class a name, so OpenAPI gets one component)."""
    name = item_schema.__name__.removesuffix("Schema") + "PageSchema"
    if name not in _envelopes:
        _envelopes[name] = type(
            name,
            (PageMetaSchema,),
            {
                "items": ma.fields.List(ma.fields.Nested(item_schema), required=True),
                "__doc__": f"A page of {item_schema.__name__.removesuffix('Schema')} items.",
            },
        )
    return _envelopes[name]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of results, ready to dump with a :func:`page_of` schema."""

    items: list[Any]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return (self.total + self.per_page - 1) // self.per_page

    def headers(self) -> dict[str, str]:
        """``X-Total-Count`` and ``Link`` for this page, built on the request's own URL."""
        links = {"first": 1, "last": max(self.pages, 1)}
        if self.page > 1:
            links["prev"] = min(self.page - 1, max(self.pages, 1))
        if self.page < self.pages:
            links["next"] = self.page + 1
        url = page_url_maker()
        parts = [f'<{url(number)}>; rel="{rel}"' for rel, number in links.items()]
        return {"X-Total-Count": str(self.total), "Link": ", ".join(parts)}


def page_url(number: int) -> str:
    """The current request's URL with ``page`` set to ``number`` (other parameters kept in order)."""
    return page_url_maker()(number)


def page_url_maker() -> Callable[[int], str]:
    """:func:`page_url` for any page number, the request's URL and parameters read once (a list
    response links four pages)."""
    # Every parameter is percent-encoded with nothing safe, so the query is plain ASCII that
    # iri_to_uri leaves as is: only the base URL needs it, once.
    root = iri_to_uri(public_url(request.path))
    pairs = [(k, _quote(v)) for k, v in request.args.items(multi=True)]
    if not any(k == "page" for k, _ in pairs):
        pairs.append(("page", ""))
    # MultiDict's "args['page'] = n" semantics: the first page parameter takes the number, in
    # its place; any further ones are dropped.
    first = next(i for i, (k, _) in enumerate(pairs) if k == "page")
    before = "&".join(f"{_quote(k)}={v}" for k, v in pairs[:first])
    after = "&".join(f"{_quote(k)}={v}" for k, v in pairs[first + 1 :] if k != "page")
    head = f"{root}?{before}&page=" if before else f"{root}?page="
    tail = f"&{after}" if after else ""
    return lambda number: f"{head}{number}{tail}"


def _quote(value: str) -> str:
    return quote(value, safe="")


def paginate(query: Any, args: dict[str, Any], *, serialize: Any = None) -> Page:
    """Run ``query`` (a peewee select with a stable order) for the page asked for in ``args``.

    ``serialize`` maps each row to what the item schema dumps (rows themselves by default).
    """
    page, per_page = args.get("page", 1), args.get("per_page", current_app.config["PAGE_SIZE"])
    total = query.count(clear_limit=True)
    rows = list(query.paginate(page, per_page)) if total else []
    items = [serialize(r) for r in rows] if serialize else rows
    return Page(items=items, total=total, page=page, per_page=per_page)
