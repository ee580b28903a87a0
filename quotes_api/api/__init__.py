"""The JSON REST API (Flask + flask-smorest): ``create_app()`` builds it; ``quotes-api serve`` runs it."""

from quotes_api.api.app import create_app

__all__ = ["create_app"]
