"""The whole application: the JSON API at ``/api/v1`` and the web pages for people at ``/``.

The one module that knows both layers, so that neither imports the other: the web pages use
the API's queries and schemas, and the API knows nothing of the pages.
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from quotes_api import web
from quotes_api.api import create_api_app


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The API app (see :func:`quotes_api.api.app.create_api_app` for ``config``) with the web
    pages registered last, so that their error pages answer browsers outside ``/api/``."""
    app = create_api_app(config)
    app.register_blueprint(web.bp)
    return app
