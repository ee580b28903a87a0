"""Speaker identity and corrections: name forms, redirects, the audit log, editors' rules.

* ``speaker_form``: every way a speaker was written; ``speaker`` rows are groups of forms.
  Existing speakers become one form each (same id), with ``bucket`` NULL: the grouping rules
  live in code that moves on, so they are not run here; the next ingest or
  ``quotes-api reextract`` groups forms whose bucket is NULL.
* ``quote_speaker.form_id``: the form a quotation's speaker was written in.
* ``speaker.ambiguous``, ``speaker.wikidata``; ``speaker_redirect``: old slugs (aliases,
  merged and renamed speakers) answered with 308.
* ``correction``: the audit log, and editors' corrections kept as rules re-applied after
  re-ingest and re-extraction (``active``).
* ``rejected_quote``: quotations editors marked as not quotations, stored whole for undo.

Frozen copies of the new tables and plain SQL; nothing here imports live code.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Database,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)


class Speaker(Model):
    id = AutoField()

    class Meta:
        table_name = "speaker"


class Document(Model):
    id = AutoField()

    class Meta:
        table_name = "document"


class SpeakerForm(Model):
    id = AutoField()
    key = CharField(max_length=512, unique=True)
    name = TextField()
    kind = CharField(max_length=16)
    bucket = CharField(max_length=512, null=True, index=True)
    roles = TextField(null=True)
    aliases = TextField(null=True)
    pin = CharField(max_length=512, null=True)
    override = TextField(null=True)
    document = ForeignKeyField(Document, null=True, on_delete="CASCADE")
    speaker = ForeignKeyField(Speaker, null=True, on_delete="SET NULL")

    class Meta:
        table_name = "speaker_form"


class SpeakerRedirect(Model):
    slug = CharField(max_length=200, primary_key=True)
    speaker = ForeignKeyField(Speaker, on_delete="CASCADE")

    class Meta:
        table_name = "speaker_redirect"


class Correction(Model):
    id = AutoField()
    created_at = DateTimeField(index=True)
    label = CharField(max_length=100, null=True)
    action = CharField(max_length=32)
    target = TextField()
    before = TextField(null=True)
    after = TextField(null=True)
    active = BooleanField(default=True)

    class Meta:
        table_name = "correction"


class RejectedQuote(Model):
    id = AutoField()
    content_hash = CharField(max_length=64)
    start = IntegerField(column_name="start_offset")
    end = IntegerField(column_name="end_offset")
    quote_id = IntegerField()
    row = TextField()

    class Meta:
        table_name = "rejected_quote"
        indexes = ((("content_hash", "start", "end"), True),)


TABLES = [SpeakerForm, SpeakerRedirect, Correction, RejectedQuote]


def up(db: Database) -> None:
    db.execute_sql('ALTER TABLE "speaker" ADD COLUMN "ambiguous" BOOLEAN NOT NULL DEFAULT FALSE')
    db.execute_sql('ALTER TABLE "speaker" ADD COLUMN "wikidata" VARCHAR(32)')
    db.execute_sql('ALTER TABLE "quote_speaker" ADD COLUMN "form_id" INTEGER')
    with db.bind_ctx(TABLES + [Speaker, Document]):
        db.create_tables(TABLES)
    db.execute_sql('CREATE INDEX "quote_speaker_form_id" ON "quote_speaker" ("form_id")')
    db.execute_sql(
        'INSERT INTO "speaker_form" ("id", "key", "name", "kind", "bucket", "roles", "aliases", '
        '"document_id", "speaker_id") SELECT "id", "key", "name", "kind", NULL, "roles", "aliases", '
        '"document_id", "id" FROM "speaker"'
    )
    db.execute_sql('UPDATE "quote_speaker" SET "form_id" = "speaker_id"')
    if isinstance(db, PostgresqlDatabase):  # ids were given explicitly: the sequence must start after them
        db.execute_sql(
            "SELECT setval(pg_get_serial_sequence('speaker_form', 'id'), "
            "COALESCE((SELECT MAX(id) FROM speaker_form), 0) + 1, false)"
        )
