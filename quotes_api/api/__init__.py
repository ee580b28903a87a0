"""The JSON REST API (Flask + flask-smorest): ``create_api_app()`` builds it; :mod:`quotes_api.app`
adds the web pages, and ``quotes-api serve`` runs the result."""

from quotes_api.api.app import create_api_app

__all__ = ["create_api_app"]
