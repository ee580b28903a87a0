"""PostgreSQL's full-text search keeps stop words, as SQLite's FTS5 always has.

The ``english`` configuration drops stop words ("we", "will", "not", ...), so on PostgreSQL a
search for ``we will`` found nothing while SQLite found every quote with both words. A quote
search must find the words that were said. ``quotes_search`` is ``english`` with its Snowball
stemmer given no stop-word list: stemming stays ("stabilise" finds "stabilising", as with
SQLite's porter tokenizer), stop words are kept. The generated ``search`` column is rebuilt
with it (one table rewrite). Nothing changes on SQLite.
"""

from __future__ import annotations

from peewee import Database

POSTGRES = [
    "CREATE TEXT SEARCH DICTIONARY quotes_english_stem (TEMPLATE = snowball, Language = english)",
    "CREATE TEXT SEARCH CONFIGURATION quotes_search (COPY = english)",
    """ALTER TEXT SEARCH CONFIGURATION quotes_search
           ALTER MAPPING REPLACE english_stem WITH quotes_english_stem""",
    "DROP INDEX IF EXISTS quote_search_gin",
    "ALTER TABLE quote DROP COLUMN search",
    """ALTER TABLE quote ADD COLUMN search tsvector
           GENERATED ALWAYS AS (to_tsvector('quotes_search', text)) STORED""",
    "CREATE INDEX quote_search_gin ON quote USING GIN (search)",
]


def up(db: Database) -> None:
    from quotes_api.storage.backend import is_postgres

    if is_postgres(db):
        for statement in POSTGRES:
            db.execute_sql(statement)
