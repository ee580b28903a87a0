"""Migration m0005 on a database written before it: speakers become forms, nothing is lost, and
the next ingest groups them with the rules of the day."""

from __future__ import annotations

from quotes_api.storage.backend import is_postgres
from quotes_api.storage.base import utcnow
from quotes_api.storage.db import connect, database_from_url
from quotes_api.storage.ingest import ingest_documents
from quotes_api.storage.migrations import _CREATE_VERSION_TABLE, m0001_initial, m0004_document_author
from quotes_api.storage.models import Speaker, SpeakerForm


def _old_database(url: str) -> None:
    """A database at schema version 4 holding one document with a quote by "Obama"."""
    db = database_from_url(url)
    with db.atomic():
        db.execute_sql(_CREATE_VERSION_TABLE)
        m0001_initial.up(db)
        m0004_document_author.up(db)
        p = db.param
        for version, name in ((1, "m0001_initial"), (4, "m0004_document_author")):
            db.execute_sql(f"INSERT INTO schema_version VALUES ({p}, {p}, {p})", (version, name, utcnow()))
        text = '"The ports are open," Obama said.'
        db.execute_sql(
            f"INSERT INTO document (content_hash, text, ingested_at) VALUES ({p}, {p}, {p})",
            ("0" * 64, text, utcnow()),
        )
        db.execute_sql(
            f"INSERT INTO speaker (key, slug, name, kind, roles, aliases, quote_count) VALUES "
            f"({p}, {p}, {p}, {p}, {p}, {p}, {p})",
            ("person:obama", "obama", "Obama", "person", "[]", "[]", 1),
        )
        db.execute_sql(
            f"INSERT INTO quote (document_id, position, start_offset, end_offset, text, confidence, "
            f"paragraph, group_position, part) VALUES (1, 0, 1, 19, {p}, 0.9, 0, 0, 0)",
            ("The ports are open",),
        )
        db.execute_sql("INSERT INTO quote_speaker (quote_id, speaker_id, position) VALUES (1, 1, 0)")
    if is_postgres(db):
        db.execute_sql("SELECT setval(pg_get_serial_sequence('speaker', 'id'), 2, false)")
    db.close()


def test_old_speakers_become_forms_and_are_grouped_by_the_next_ingest(fresh_url):
    url = fresh_url()
    _old_database(url)
    db = connect(url)  # migrates to the latest version
    try:
        [form] = SpeakerForm.select()
        assert (form.key, form.speaker_id, form.bucket) == ("person:obama", 1, None)
        ingest_documents([{"text": '"Ohio will see the first ships," said Barack Obama.'}])
        [obama] = Speaker.select().where(Speaker.quote_count > 0)
        assert (obama.slug, obama.name, obama.quote_count) == ("barack-obama", "Barack Obama", 2)
        assert (
            form.bucket is None
            and SpeakerForm.get(SpeakerForm.key == "person:obama").bucket == "person:obama"
        )
    finally:
        db.close()
