"""Organisations and groups are bucketed anew: an acronym with the full name it abbreviates
("FBI", "Federal Bureau of Investigation"), a campaign with its person's surname; and so are
names written with a typographic apostrophe, which folding used to drop ("O’Malley" was
bucketed apart from "O'Malley").

The grouping rules live in code that moves on, so, as in m0005, none is run here: the buckets
of those forms, and of the forms an editor merged into one of them (``pin``), are set to NULL,
and the next ingest or ``quotes-api reextract`` gives them their new buckets and groups them
(:func:`quotes_api.storage.speakers.group_new_forms`), keeping every correction: overrides
stay on the forms, a pinned form follows its anchor, the forms of a speaker whose kind an
editor changed stay with their anchor. Until then every speaker row stays as it was. Plain
SQL, the same on both backends.
"""

from __future__ import annotations

from peewee import Database

# No LIKE '%...': psycopg would read its "%" as a parameter. replace() is the same on both.
_REBUCKETED = """("kind" IN ('organisation', 'group') OR "name" <> replace("name", '\u2019', ''))"""


def up(db: Database) -> None:
    db.execute_sql(
        f'UPDATE "speaker_form" SET "bucket" = NULL WHERE {_REBUCKETED}'
        f' OR "pin" IN (SELECT "key" FROM "speaker_form" WHERE {_REBUCKETED})'
    )
