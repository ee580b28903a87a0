"""The OpenAPI document as a dict and as the text kept in ``schema/openapi.json``.

The served document, the docs page and the committed copy (written by ``quotes-api openapi``,
:mod:`quotes_api.cli.openapi`) all come from these two functions, so they can never drift apart.
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
