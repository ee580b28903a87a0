"""The web pages for people: browse speakers, read quotes in context, check a claim.

Server-rendered Jinja templates on the same queries and serialisers as the JSON API
(:mod:`quotes_api.storage.queries`, :mod:`quotes_api.api.serialize`, :mod:`quotes_api.factcheck`),
one stylesheet, no script: every page reads without JavaScript and works offline. The app
factory registers :data:`bp` at ``/``.
"""

from quotes_api.web import browse, check, errors, reading  # noqa: F401  (routes and handlers)
from quotes_api.web.blueprint import bp

__all__ = ["bp"]
