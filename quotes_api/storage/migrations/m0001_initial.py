"""Documents, speakers, quotes, their tie, and full-text search (FTS5 or tsvector/GIN).

The models below are a frozen copy of the first schema; do not change them to follow
:mod:`quotes_api.storage.models` (add a new migration instead).
"""

from __future__ import annotations

from peewee import (
    AutoField,
    CharField,
    CompositeKey,
    Database,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


class Document(Model):
    id = AutoField()
    content_hash = CharField(max_length=64, unique=True)
    external_id = TextField(null=True)
    title = TextField(null=True)
    url = TextField(null=True)
    source = TextField(null=True)
    published = DateTimeField(null=True, index=True)
    text = TextField()
    ingested_at = DateTimeField()

    class Meta:
        table_name = "document"


class Speaker(Model):
    id = AutoField()
    key = CharField(max_length=512, unique=True)
    slug = CharField(max_length=200, unique=True)
    name = TextField()
    kind = CharField(max_length=16, index=True)
    roles = TextField(null=True)
    aliases = TextField(null=True)
    document = ForeignKeyField(Document, null=True, on_delete="CASCADE")
    quote_count = IntegerField(default=0, index=True)

    class Meta:
        table_name = "speaker"


class Quote(Model):
    id = AutoField()
    document = ForeignKeyField(Document, on_delete="CASCADE", index=False)
    position = IntegerField()
    start = IntegerField(column_name="start_offset")
    end = IntegerField(column_name="end_offset")
    text = TextField()
    mention = TextField(null=True)
    cue = TextField(null=True)
    confidence = FloatField(default=0.0)
    paragraph = IntegerField(default=0)
    group = IntegerField(column_name="group_position", default=0)
    part = IntegerField(default=0)
    published = DateTimeField(null=True)

    class Meta:
        table_name = "quote"
        indexes = ((("document", "position"), True), (("published", "id"), False))


class QuoteSpeaker(Model):
    quote = ForeignKeyField(Quote, on_delete="CASCADE", index=False)
    speaker = ForeignKeyField(Speaker, on_delete="CASCADE")
    position = IntegerField(default=0)
    published = DateTimeField(null=True)

    class Meta:
        table_name = "quote_speaker"
        primary_key = CompositeKey("quote", "speaker")
        indexes = ((("speaker", "published", "quote"), False),)


TABLES = [Document, Speaker, Quote, QuoteSpeaker]

SQLITE_FTS = [
    # External-content FTS5 index over quote.text, kept in step by triggers. Porter stemming
    # (so "stabilise" finds "stabilising") and diacritics folded, like PostgreSQL's 'english'.
    """CREATE VIRTUAL TABLE quote_fts USING fts5(
           text, content='quote', content_rowid='id',
           tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER quote_fts_ai AFTER INSERT ON quote BEGIN
           INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
       END""",
    """CREATE TRIGGER quote_fts_ad AFTER DELETE ON quote BEGIN
           INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
       END""",
    """CREATE TRIGGER quote_fts_au AFTER UPDATE OF text ON quote BEGIN
           INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
           INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
       END""",
]

POSTGRES_FTS = [
    """ALTER TABLE quote ADD COLUMN search tsvector
           GENERATED ALWAYS AS (to_tsvector('english', text)) STORED""",
    "CREATE INDEX quote_search_gin ON quote USING GIN (search)",
]


def up(db: Database) -> None:
    from quotes_api.storage.backend import is_postgres

    with db.bind_ctx(TABLES):
        db.create_tables(TABLES)
    for statement in POSTGRES_FTS if is_postgres(db) else SQLITE_FTS:
        db.execute_sql(statement)
