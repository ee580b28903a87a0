"""Whether a database is whole: what a crash, a kill or a race must never break."""

from __future__ import annotations

from peewee import JOIN, fn

from quotes_api.storage.backend import is_postgres
from quotes_api.storage.db import connect
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker


def check_consistency(url: str) -> None:
    """Integrity check, FTS index check, and every denormalised value matching its source."""
    db = connect(url)
    try:
        if not is_postgres(db):
            assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
            db.execute_sql("INSERT INTO quote_fts(quote_fts) VALUES ('integrity-check')")
            indexed = db.execute_sql("SELECT COUNT(*) FROM quote_fts").fetchone()[0]
            assert indexed == Quote.select().count()
        orphans = Quote.select().join(Document, on=(Quote.document == Document.id), join_type=JOIN.LEFT_OUTER)
        assert orphans.where(Document.id.is_null()).count() == 0
        linked = dict(
            QuoteSpeaker.select(QuoteSpeaker.speaker, fn.COUNT(QuoteSpeaker.quote))
            .group_by(QuoteSpeaker.speaker)
            .tuples()
        )
        counts = dict(Speaker.select(Speaker.id, Speaker.quote_count).tuples())
        assert {k: v for k, v in counts.items() if v} == linked
        # Every stored document has all of its quotes: positions run 0..n-1 without a gap.
        gaps = (
            Quote.select(Quote.document)
            .group_by(Quote.document)
            .having(fn.MAX(Quote.position) + 1 != fn.COUNT(Quote.id))
        )
        assert gaps.count() == 0
    finally:
        db.close()
