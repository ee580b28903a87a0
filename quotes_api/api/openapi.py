"""The OpenAPI document as a dict and as the text kept in ``schema/openapi.json``.

One function produces both, so the served document, the docs page, the committed copy and the
test that guards it can never drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from flask import current_app


def openapi_document() -> dict[str, Any]:
    """The current app's OpenAPI 3.1 document (needs an app context)."""
    api = current_app.extensions["flask-smorest"]["apis"][""]["ext_obj"]
    return api.spec.to_dict()


def openapi_text(document: dict[str, Any]) -> str:
    """Stable text of ``document``: 2-space indent, UTF-8, trailing newline (for diffs)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def generate_openapi_text() -> str:
    """The document of a fresh app on a throwaway in-memory database, as committed text."""
    from quotes_api.api.app import create_app

    app = create_app({"DATABASE_URL": "sqlite:///:memory:", "API_KEYS": ()})
    with app.app_context():
        return openapi_text(openapi_document())
