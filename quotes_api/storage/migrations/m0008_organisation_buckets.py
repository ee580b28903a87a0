"""Organisations and groups are bucketed anew: an acronym with the full name it abbreviates
("FBI", "Federal Bureau of Investigation"), a campaign with its person's surname.

The grouping rules live in code that moves on, so, as in m0005, none is run here: the buckets
of organisation and group forms, and of forms an editor merged into one of them (``pin``), are
set to NULL, and the next ingest or ``quotes-api reextract`` gives them their new buckets and
groups them (:func:`quotes_api.storage.speakers.group_new_forms`), keeping every correction:
overrides stay on the forms, a pinned form follows its anchor, the forms of a speaker whose
kind an editor changed share their anchor's bucket. Until then every speaker row stays as it
was. Plain SQL, the same on both backends.
"""

from __future__ import annotations

from peewee import Database

_ORGANISATIONS = "('organisation', 'group')"


def up(db: Database) -> None:
    db.execute_sql(
        'UPDATE "speaker_form" SET "bucket" = NULL WHERE "kind" IN '
        + _ORGANISATIONS
        + ' OR "pin" IN (SELECT "key" FROM "speaker_form" WHERE "kind" IN '
        + _ORGANISATIONS
        + ")"
    )
