"""The quote database: peewee models, SQLite by default, PostgreSQL by ``DATABASE_URL``.

Public API (everything else is internal):

* :func:`connect` / :func:`database_from_url` / :func:`init_db` - open and migrate a database;
* the models :class:`Document`, :class:`Speaker`, :class:`Quote`, :class:`QuoteSpeaker`.
"""

from quotes_api.storage.db import connect, database_from_url, database_url, init_db, is_postgres
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker, database_proxy

__all__ = [
    "Document",
    "Quote",
    "QuoteSpeaker",
    "Speaker",
    "connect",
    "database_from_url",
    "database_proxy",
    "database_url",
    "init_db",
    "is_postgres",
]
