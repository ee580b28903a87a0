"""This folder's fixtures: the seeded database and a live server on it
(``tests/support/fixtures/seeded.py``).

``api`` here also accepts the export media types: for those it checks that the response's
content type is one the OpenAPI document lists for the path (the shared validating client
parses every documented body as JSON, which CSV and JSON Lines are not).
"""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from tests.support.api_client import ValidatingClient, check_response, spec_path
from tests.support.fixtures.seeded import database_url, live_server, seeded_app, seeded_spec  # noqa: F401

JSON_TYPES = ("application/json", "application/problem+json")


class ExportClient(ValidatingClient):
    def open(self, method: str, path: str, **kwargs: Any):
        headers = {**self.headers, **kwargs.pop("headers", {})}
        response = self.client.open(path, method=method, headers=headers, **kwargs)
        if response.mimetype in JSON_TYPES or response.status_code >= 300:
            check_response(self.app, self.spec, method, path, response)
            return response
        template = spec_path(self.app, method, path)
        content = self.spec["paths"][template][method.lower()]["responses"][str(response.status_code)][
            "content"
        ]
        served = response.headers["Content-Type"]
        assert served in content or served.split(";")[0] in content, (served, list(content))
        return response


@pytest.fixture
def api(seeded_app: Flask, seeded_spec: dict[str, Any]) -> ExportClient:
    return ExportClient(seeded_app, seeded_spec)
