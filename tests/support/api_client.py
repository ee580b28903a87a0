"""The API through Flask's test client: a client that validates every response against the
OpenAPI document, short texts with unambiguous attributions, and storing a document."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
from flask import Flask

from quotes_api.storage.base import database_proxy

API_KEY = "test-key-0123456789"


class ValidatingClient:
    """Flask's test client, checking each response against the OpenAPI document.

    Every error must be problem+json; every documented response body must validate against
    the schema documented for its path, method, status and content type.
    """

    def __init__(self, app: Flask, spec: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        self.app, self.spec, self.client = app, spec, app.test_client()
        self.headers = headers or {}

    def open(self, method: str, path: str, **kwargs: Any):
        headers = {**self.headers, **kwargs.pop("headers", {})}
        response = self.client.open(path, method=method, headers=headers, **kwargs)
        check_response(self.app, self.spec, method, path, response)
        return response

    def get(self, path: str, **kw: Any):
        return self.open("GET", path, **kw)

    def post(self, path: str, **kw: Any):
        return self.open("POST", path, **kw)

    def delete(self, path: str, **kw: Any):
        return self.open("DELETE", path, **kw)

    def patch(self, path: str, **kw: Any):
        return self.open("PATCH", path, **kw)

    def head(self, path: str, **kw: Any):
        return self.open("HEAD", path, **kw)

    def options(self, path: str, **kw: Any):
        return self.open("OPTIONS", path, **kw)


def spec_path(app: Flask, method: str, path: str) -> str | None:
    """The OpenAPI path template that ``path`` is served by, if any."""
    from werkzeug.exceptions import HTTPException

    try:
        rule, _ = app.url_map.bind("localhost").match(path.split("?")[0], method=method, return_rule=True)
    except HTTPException:
        return None
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def check_response(app: Flask, spec: dict[str, Any], method: str, path: str, response: Any) -> None:
    status = response.status_code
    if status >= 400:
        assert response.mimetype == "application/problem+json", (status, response.data[:300])
        body = response.get_json()
        assert body["status"] == status and body["title"] and body["type"]
        assert "Traceback" not in response.get_data(as_text=True)
    if method in ("HEAD", "OPTIONS") or status in (204, 304):
        assert not response.data or method == "OPTIONS"
        return
    template = spec_path(app, method, path)
    if template is None or template not in spec["paths"]:
        return
    operation = spec["paths"][template].get(method.lower())
    assert operation is not None, f"{method} {template} is served but not documented"
    key = str(status) if str(status) in operation["responses"] else "default"
    assert key in operation["responses"], f"{method} {template} answered undocumented {status}"
    where = ("paths", template, method.lower(), "responses", key)
    resp_doc = operation["responses"][key]
    if "$ref" in resp_doc:
        name = resp_doc["$ref"].rsplit("/", 1)[1]
        where, resp_doc = ("components", "responses", name), spec["components"]["responses"][name]
    content = resp_doc.get("content", {})
    assert response.mimetype in content, f"{method} {template} {status}: {response.mimetype} not documented"
    root = {**spec, "$ref": _pointer(*where, "content", response.mimetype, "schema")}
    jsonschema.Draft202012Validator(root).validate(json.loads(response.data))


def bind(app: Flask) -> None:
    """Point the models at ``app``'s database, for direct storage calls outside a request."""
    database_proxy.initialize(app.extensions["quotes_db"])


def post_doc(writer: ValidatingClient, text: str, **meta: Any) -> dict[str, Any]:
    """Store a document through the API and return its JSON (asserting it was created)."""
    response = writer.post("/api/v1/documents", json={"text": text, **meta})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


# Short texts with unambiguous attributions, so these tests do not depend on the seed.
TRAN = '"We will win the election," said Governor Amy Tran on Monday.\n\n"Taxes will not rise," Tran said.'
REED = (
    '"The bridge opens in May," said Mayor Tom Reed.\n\n"We will win," said Governor Amy Tran.\n\n'
    '"The harbour needs dredging," the Port Authority said in a statement.'
)
LIND = (
    '"We have listened to the islanders," said Transport Minister Sara Lind, '
    '"and we heard them loud and clear."'
)

#: For suites that send many keyless /extract or /verify requests to measure something else
#: (accuracy, the contract): the rate limit itself is tested in tests/attack.
UNLIMITED_RATE = "1000000 per minute"
