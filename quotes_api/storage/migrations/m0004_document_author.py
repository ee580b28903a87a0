"""``document.author``: the byline of an article (web pages state it; plain text may not).

Plain SQL: ``ADD COLUMN`` of a nullable text column is the same statement on both backends,
and cheap on both (no table rewrite).
"""

from __future__ import annotations

from peewee import Database


def up(db: Database) -> None:
    db.execute_sql('ALTER TABLE "document" ADD COLUMN "author" TEXT')
