"""Migration m0008 on a database grouped by the rules before it: organisation forms are bucketed
anew ("HTA" joins "Harbor Transit Authority"), and every editor's correction made before it (a
rename, a merge, a kind change) is kept, through the next ingest and a re-extraction. Names
with a typographic apostrophe are bucketed anew as well."""

from __future__ import annotations

import pytest

from quotes_api.storage import org_identity
from quotes_api.storage.clusters import Cluster
from quotes_api.storage.ingest import ingest_documents
from quotes_api.storage.migrations import migrate
from quotes_api.storage.models import Correction, Speaker, SpeakerForm
from quotes_api.storage.names import organisation_key
from quotes_api.storage.reextract import reextract
from quotes_api.storage.speaker_corrections import edit_speaker, merge_speakers
from quotes_api.storage.speakers import group_new_forms, redirect_target

DOCS = [
    {"id": "a", "text": '"We had no choice on fares," the Harbor Transit Authority said on Monday.'},
    {"id": "b", "text": '"Fares will rise again in May," HTA said in a statement.'},
    {"id": "c", "text": '"The ferry runs late every week," said the Bay Ferry Company.'},
    {"id": "d", "text": '"We print what we find," said Ann Marsh.'},
    {"id": "e", "text": '"We will print more of it," Marsh said in a statement.'},
    {"id": "f", "text": '"The pier needs work," said Ann O’Hara.'},
]


def _speakers(db) -> dict[str, tuple[str, str, int]]:
    return {s.slug: (s.name, s.kind, s.quote_count) for s in Speaker.select().where(Speaker.quote_count > 0)}


def _before_m0008(monkeypatch: pytest.MonkeyPatch) -> None:
    """The organisation rules before m0008: one bucket per written name, all of it one speaker."""
    monkeypatch.setattr(org_identity, "bucket_name", lambda name, kind: f"{kind}:{organisation_key(name)}")
    monkeypatch.setattr(
        org_identity, "group_organisations", lambda forms, people=(): [Cluster(list(forms))] if forms else []
    )
    monkeypatch.setattr(org_identity, "expand_in_text", lambda name, text: None)


def test_m0008_rebuckets_organisations_and_keeps_every_correction(db, monkeypatch):
    _before_m0008(monkeypatch)
    ingest_documents(DOCS)
    assert {"harbor-transit-authority", "hta", "bay-ferry-company", "ann-marsh"} <= set(_speakers(db))
    edit_speaker("harbor-transit-authority", {"name": "Harbor Transit Authority of Lake County"})
    merge_speakers("bay-ferry-company", "hta")  # an editor's call: the ferry company is the authority's
    edit_speaker("ann-marsh", {"kind": "organisation"})  # a firm, not a person: both its forms
    unpinned = SpeakerForm.update(pin=None).where(SpeakerForm.key == "person:marsh").execute()
    assert unpinned == 1  # as the kind change was stored before m0008: no pin
    corrected = _speakers(db)
    assert corrected["ann-marsh"] == ("Ann Marsh", "organisation", 2)
    assert corrected["bay-ferry-company"] == ("Bay Ferry Company", "organisation", 2)  # with HTA's quote

    # Folding used to drop a typographic apostrophe: "O’Hara" was bucketed apart.
    assert SpeakerForm.update(bucket="person:ohara").where(SpeakerForm.name == "Ann O’Hara").execute() == 1
    corrected = _speakers(db)

    # The database as m0008 finds it, then the migration and the rules of the day.
    monkeypatch.undo()
    db.execute_sql("DELETE FROM schema_version WHERE version = 8")
    migrate(db)
    assert SpeakerForm.select().where(SpeakerForm.bucket.is_null()).count() == 6
    assert _speakers(db) == corrected  # nothing moves until the forms are grouped
    assert group_new_forms(db) == 6
    assert SpeakerForm.get(SpeakerForm.name == "Ann O’Hara").bucket == "person:o'hara"
    after = _speakers(db)
    assert after == {
        "harbor-transit-authority-of-lake-county": (
            "Harbor Transit Authority of Lake County",
            "organisation",
            3,
        ),
        "ann-marsh": ("Ann Marsh", "organisation", 2),
        "ann-ohara": ("Ann O’Hara", "person", 1),
    }
    assert (
        redirect_target("bay-ferry-company") == "harbor-transit-authority-of-lake-county"
    )  # the old slug answers 308
    audit = Correction.select().count()

    # The next ingest and a re-extraction change nothing, and keep the corrections.
    ingest_documents(DOCS)
    assert _speakers(db) == after
    reextract()
    assert _speakers(db) == after
    assert group_new_forms(db) == 0
    assert Correction.select().count() == audit
